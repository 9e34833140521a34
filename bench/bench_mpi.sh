#!/usr/bin/env bash
# MPI runs (issue 15): `mpirun -np R storycheck detect ...` on generated corpora, beside the
# plain one-process run of the same command. Two modes (SC_MPI_MODE):
#   duplicate (default)  `detect --tier duplicate --no-boilerplate` on bench/gen_corpus (400-word
#                        originals, 20% planted copies) -> bench/results/mpi.csv
#   events               `detect --tier both --no-boilerplate` (the event tier and the comparator)
#                        on bench/gen_events (about 150 words a document, copies, updates, dates)
#                        -> bench/results/mpi_events.csv
#   default              `detect` with its defaults (both tiers, the boilerplate pass, the
#                        comparator) on bench/gen_corpus (20% of originals end in an outlet
#                        block: boilerplate) -> bench/results/mpi_boiler.csv
# One row per (documents, ranks); ranks 0 is the plain run:
#   wall_s, user_s, sys_s, cpu_s   /usr/bin/time of the whole run (mpirun and every rank)
#   rank_cpu_max_s                 the most CPU one rank used (getrusage; duplicate mode: before
#                                  rank 0's clustering and report; events mode: after rank 0's
#                                  detector run, before the report)
#   rank_rss_max_kib               the largest peak RSS of a rank (getrusage, same moment)
#   maxrss_kib                     /usr/bin/time: the largest process of the run, report included
#   bytes_sent, bytes_sent_max_rank  every byte the ranks handed to MPI (band keys, candidates,
#                                  sets, metadata, results; events mode: documents and texts to
#                                  rank 0), and the most one rank sent
#   band_keys, candidates, verified, sets_moved   exchanged over ranks (0 in events mode)
#   identical                      the report cmp-identical to the plain run's
# This machine has 2 cores: runs with more ranks than cores show correctness and the volume of
# communication, not speed-up (the ranks share the cores; wall time cannot fall below CPU/2).
#   SC_MPI_SIZES="100000 1000000"  SC_MPI_RANKS="1 2 4"  SC_MPI_TIMEOUT=3600 (per run)
#   SC_MPI_MODE=duplicate|events|default
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SC_MPI_SIZES:-"100000 1000000"}
ranks=${SC_MPI_RANKS:-"1 2 4"}
limit=${SC_MPI_TIMEOUT:-3600}
build=build-mpi-release
out=bench/results
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
if ! command -v mpirun >/dev/null; then
  echo "bench_mpi: mpirun not found (apt-get install libopenmpi-dev openmpi-bin); skipped" >&2
  exit 0
fi
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSC_MPI=ON -DSC_BENCH=ON -DSC_TESTS=OFF >/dev/null
mode=${SC_MPI_MODE:-duplicate}
case $mode in
  duplicate) gen=gen_corpus; args=(detect --tier duplicate --no-boilerplate); csv=mpi.csv ;;
  events) gen=gen_events; args=(detect --tier both --no-boilerplate); csv=mpi_events.csv ;;
  default) gen=gen_corpus; args=(detect); csv=mpi_boiler.csv ;;
  *) echo "bench_mpi: SC_MPI_MODE is duplicate, events or default" >&2; exit 2 ;;
esac
cmake --build "$build" -j2 --target storycheck "$gen" >/dev/null
sc=$build/storycheck

# Rows of sizes not run this time are kept, so `SC_MPI_SIZES=1000000` adds the 1M rows beside the
# 100k ones rather than replacing the file. The machine is described beside the CSV.
header="docs,mb,ranks,status,load,wall_s,user_s,sys_s,cpu_s,rank_cpu_max_s,rank_rss_max_kib,maxrss_kib,bytes_sent,bytes_sent_max_rank,band_keys,candidates,verified,sets_moved,identical"
: > "$tmp/kept"
if [ -f "$out/$csv" ] && [ "$(head -1 "$out/$csv")" = "$header" ]; then
  tail -n +2 "$out/$csv" | awk -F, -v s=" $sizes " 'index(s, " " $1 " ") == 0' > "$tmp/kept"
fi
{ echo "$header"; cat "$tmp/kept"; } > "$out/$csv"
source bench/machine.bash
{ machine_info; echo "mode: $mode; load at start: $(cut -d" " -f1-3 /proc/loadavg)"; } > "$out/${csv%.csv}_machine.txt"
for n in $sizes; do
  "$build/bench/$gen" -n "$n" --seed 42 -o "$tmp/c.jsonl" 2> "$tmp/gen.log"
  mb=$(awk '/MB$/ {print $(NF-1)}' "$tmp/gen.log")
  [ -n "$mb" ] || mb=$(du -m "$tmp/c.jsonl" | cut -f1)
  for np in 0 $ranks; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    echo "== $n documents ($mb MB), ranks $np (0: plain run), load $load" >&2
    launch=()
    [ "$np" -gt 0 ] && launch=(mpirun --oversubscribe -np "$np")
    status=ok
    timeout "$limit" /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" \
      "${launch[@]}" "$sc" "${args[@]}" -o "$tmp/r$np.json" "$tmp/c.jsonl" 2> "$tmp/err" || status=failed
    grep -v '^storycheck: rejected' "$tmp/err" | tail -4 >&2
    read -r wall user sys rss < <(tail -1 "$tmp/time")
    cpu=$(echo "$user + $sys" | bc)
    line=$(grep 'MPI:' "$tmp/err" || true)
    num() { echo "$line" | grep -oE "$1" | grep -oE '[0-9.]+' | head -1; }
    if [ -n "$line" ]; then
      bytes=$(num '[0-9]+ bytes sent'); bmax=$(num 'at most [0-9]+ by one rank')
      keys=$(num '[0-9]+ band keys'); cand=$(num '[0-9]+ candidate pairs')
      ver=$(num '[0-9]+ verified'); sets=$(num '[0-9]+ sets moved')
      rcpu=$(num 'at most [0-9.]+ s on one rank'); rrss=$(num 'peak RSS [0-9]+ KiB')
    else
      bytes=0 bmax=0 keys= cand= sets=0 rcpu=$cpu rrss=$rss
      # the duplicate tier's line (with the event tier, a links warning also says "verified")
      ver=$(grep 'detect: duplicate tier:' "$tmp/err" | grep -oE '[0-9]+ verified' | grep -oE '[0-9]+' | head -1)
    fi
    same=na
    [ "$np" -gt 0 ] && { cmp -s "$tmp/r0.json" "$tmp/r$np.json" && same=yes || same=NO; }
    echo "$n,$mb,$np,$status,$load,$wall,$user,$sys,$cpu,$rcpu,$rrss,$rss,$bytes,$bmax,$keys,$cand,$ver,$sets,$same" >> "$out/$csv"
  done
done
cat "$out/$csv"
