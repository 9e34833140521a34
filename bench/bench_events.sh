#!/usr/bin/env bash
# Scale runs of the event tier (issue 12): on corpora from bench/gen_events (many events of a
# few kinds, outlets, copies, updates; see bench/gen/event_gen.h) of several sizes, runs
# `storycheck detect` (Release build, comparator off) twice per size:
#   both       both tiers:            detect --no-compare
#   duplicate  the duplicate tier:    detect --tier duplicate --no-compare
# with every other option at its default (boilerplate set aside in both runs, so that the two
# differ only by the event tier). Writes bench/results/events_scale.csv, one row per run:
# wall and CPU time (user + sys: the 2 cores are shared, so wall time depends on the load, also
# recorded), peak RSS (/usr/bin/time), clusters of each kind, the run's warnings (e.g. "event
# tier skipped"), and B-cubed P/R/F1 of the event clusters against the generator's events and
# of the duplicate clusters against its copy groups, with the fraction of copies clustered with
# their source (bench/score_events.py). The machine goes beside the CSV
# (bench/results/events_scale_machine.txt).
#   SC_EVB_SIZES="10000 100000 1000000"   sizes (default)
#   SC_EVB_SEED=42                        generator seed
#   SC_EVB_THREADS=0                      --threads (0 = all cores)
#   SC_EVB_TIMEOUT=1800                   seconds allowed per run (status "timeout" beyond)
#   SC_EVB_MEM_GIB=12                     address-space cap per run (status "failed" beyond),
#                                         so that a run that blows up cannot take the machine
#   SC_EVB_OPTS=""                        extra detect options, for both runs
#   SC_EVB_TIERS="both duplicate"         the runs per size, in this order (duplicate first
#                                         gets the baseline row early from a long 1M run)
#   SC_EVB_TMP=/tmp                       where corpora and reports go (deleted after use)
#   SC_EVB_OUT=bench/results/events_scale.csv
#   SC_EVB_LOGDIR=                        a directory: each run's stderr is copied there
#                                         (with SC_DET_PROFILE=1, the detector's per-step
#                                         CPU, memory and structure sizes)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/machine.bash

sizes=${SC_EVB_SIZES:-"10000 100000 1000000"}
seed=${SC_EVB_SEED:-42}
threads=${SC_EVB_THREADS:-0}
limit=${SC_EVB_TIMEOUT:-1800}
mem_gib=${SC_EVB_MEM_GIB:-12}
extra=${SC_EVB_OPTS:-}
tiers=${SC_EVB_TIERS:-"both duplicate"}
csv=${SC_EVB_OUT:-bench/results/events_scale.csv}
build="build-release"
tmp=$(mktemp -d -p "${SC_EVB_TMP:-/tmp}" bench_events.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$(dirname "$csv")"

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSC_BENCH=ON -DSC_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target storycheck gen_events >/dev/null
bin=$build/bench

machine=${csv%.csv}_machine.txt
{
  machine_info
  echo "sizes: $sizes; runs: $tiers; seed $seed; threads $threads; timeout ${limit}s; address space ${mem_gib} GiB"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; the cores are shared:"
  echo "  compare the cpu_s column, which counts this process's CPU time only)"
} > "$machine"
cat "$machine" >&2

echo "docs,mb,words_per_doc,events,tier,status,load,wall_s,user_s,sys_s,cpu_s,maxrss_kib,truth_docs,missing,event_clusters,dup_clusters,event_p,event_r,event_f1,dup_p,dup_r,dup_f1,copy_recall,warnings" > "$csv"
for n in $sizes; do
  # ~0.9 KB of JSONL per document; the corpus, its truth and two reports must fit
  need_kb=$((n * 4))
  avail_kb=$(df -Pk "$tmp" | awk 'NR == 2 {print $4}')
  if [ "$avail_kb" -lt "$need_kb" ]; then
    echo "== $n documents: skipped, ${avail_kb} KB free on $(df -P "$tmp" | awk 'NR == 2 {print $6}'), ~${need_kb} KB needed" >&2
    echo "$n,,,,both,no-disk,,,,,,,,,,,,,,,,,,\"not enough disk\"" >> "$csv"
    continue
  fi
  "$bin/gen_events" -n "$n" --seed "$seed" -o "$tmp/c.jsonl" --truth "$tmp/t.tsv" 2> "$tmp/gen.log"
  cat "$tmp/gen.log" >&2
  mb=$(sed -n 's/.*; \([0-9.]*\) MB$/\1/p' "$tmp/gen.log")
  wpd=$(sed -n 's/.*; \([0-9.]*\) words per document.*/\1/p' "$tmp/gen.log")
  events=$(sed -n 's/.* in \([0-9]*\) events;.*/\1/p' "$tmp/gen.log")
  for tier in $tiers; do
    args=(--no-compare)
    [ $tier = duplicate ] && args+=(--tier duplicate)
    # shellcheck disable=SC2206
    [ -n "$extra" ] && args+=($extra)
    load=$(cut -d' ' -f1 /proc/loadavg)
    echo "== $n documents, $tier: storycheck detect ${args[*]} (load $load)" >&2
    rc=0
    (ulimit -v $((mem_gib * 1024 * 1024)) &&
     exec /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" \
       timeout --kill-after=10 "$limit" \
       "$build/storycheck" detect "${args[@]}" -t "$threads" -o "$tmp/r.json" "$tmp/c.jsonl") \
      2> "$tmp/err" || rc=$?
    tail -4 "$tmp/err" >&2
    [ -n "${SC_EVB_LOGDIR:-}" ] && cp "$tmp/err" "$SC_EVB_LOGDIR/detect_${n}_${tier}.err"
    if [ $rc -eq 0 ] && [ -s "$tmp/r.json" ]; then
      read -r wall user sys rss < <(tail -1 "$tmp/time")
      cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
      score=$(python3 bench/score_events.py "$tmp/r.json" "$tmp/t.tsv" --no-header)
      # no event tier in a duplicate run: its event P/R/F1 would only score singletons
      [ $tier = duplicate ] && score=$(echo "$score" | awk -F, -v OFS=, '{$5 = $6 = $7 = ""; print}')
      echo "$n,$mb,$wpd,$events,$tier,ok,$load,$wall,$user,$sys,$cpu,$rss,$score" >> "$csv"
    else
      status=failed
      [ $rc -eq 124 ] || [ $rc -eq 137 ] && status=timeout
      why=$(grep -v '^Command' "$tmp/err" | tail -1 | tr '"' "'" || true)
      echo "$n,$mb,$wpd,$events,$tier,$status,$load,,,,,,,,,,,,,,,,,\"exit $rc: $why\"" >> "$csv"
    fi
    rm -f "$tmp/r.json"
    tail -1 "$csv" >&2
  done
  rm -f "$tmp/c.jsonl" "$tmp/t.tsv"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$machine"
echo "== results in $csv" >&2
