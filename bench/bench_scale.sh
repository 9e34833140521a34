#!/usr/bin/env bash
# Scale runs (issue 6): `storycheck detect --tier duplicate` end to end (comparator off,
# boilerplate removal off so that its sets are the truth's; this is the streaming path: texts
# sketched as read, candidates' texts read again for exact verification) on generated corpora
# of several sizes. Writes bench/results/scale.csv: wall time, CPU time (user + sys: the machine
# is shared, so wall time depends on the load, also recorded), docs/s and MB/s (wall), peak RSS
# (from /usr/bin/time), the pairs verified (exact J >= 0.5) and their recall against the
# truth's pair count, and recall/precision of the pairs listed in duplicate clusters against
# gen_corpus's exact truth (full truth up to 100,000 documents; planted pairs only above, see
# score_report.c). With gnuplot installed it also draws bench/results/scale.png (time and
# memory against size).
#   SC_SCALE_SIZES="10000 100000 1000000"  sizes (default)
#   SC_SCALE_THREADS=0                      --threads (0 = all cores)
#   SC_SCALE_TIMEOUT=1800                   seconds allowed per run
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${SC_SCALE_SIZES:-"10000 100000 1000000"}
threads=${SC_SCALE_THREADS:-0}
limit=${SC_SCALE_TIMEOUT:-1800}
build=build-release
out=bench/results
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSC_BENCH=ON -DSC_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target storycheck gen_corpus score_report >/dev/null
bin=$build/bench

echo "docs,mb,threads,truth,status,load,wall_s,user_s,sys_s,cpu_s,docs_per_s,mb_per_s,maxrss_kib,verified,verified_recall,true_pairs,listed,listed_true,recall,precision" > "$out/scale.csv"
for n in $sizes; do
  mode=full
  [ "$n" -gt 100000 ] && mode=planted
  "$bin/gen_corpus" -n "$n" --seed 42 -o "$tmp/c.jsonl" --truth "$tmp/t.tsv" --truth-mode $mode 2> "$tmp/gen.log"
  mb=$(awk '/MB$/ {print $(NF-1)}' "$tmp/gen.log")
  echo "== $n documents ($mb MB), load $(cut -d' ' -f1 /proc/loadavg)" >&2
  status=ok
  load=$(cut -d' ' -f1 /proc/loadavg)
  timeout "$limit" /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" \
    "$build/storycheck" detect --tier duplicate --no-compare --no-boilerplate -t "$threads" \
    -o "$tmp/r.json" "$tmp/c.jsonl" 2> "$tmp/err" || status=failed
  if [ $status = ok ]; then
    read -r wall user sys rss < "$tmp/time"
    score=$("$bin/score_report" "$tmp/r.json" "$tmp/t.tsv" --no-header)
    true_pairs=${score%%,*}
    # "duplicate tier: N LSH candidate pairs (...), M verified": every verified pair has exact
    # J >= 0.5; against planted-only truth (above 100k) chance pairs would count too (there
    # are none at 100k with full truth).
    verified=$(sed -n 's/.*duplicate tier: .*), \([0-9]*\) verified.*/\1/p' "$tmp/err")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
    vrec=$(awk -v v="$verified" -v t="$true_pairs" 'BEGIN {printf "%.6f", t ? v / t : 0}')
    dps=$(awk -v n="$n" -v w="$wall" 'BEGIN {printf "%.1f", n / w}')
    mbps=$(awk -v mb="$mb" -v w="$wall" 'BEGIN {printf "%.2f", mb / w}')
    echo "$n,$mb,$threads,$mode,ok,$load,$wall,$user,$sys,$cpu,$dps,$mbps,$rss,$verified,$vrec,$score" >> "$out/scale.csv"
  else
    echo "$n,$mb,$threads,$mode,$status,$load,,,,,,,,,,,,,," >> "$out/scale.csv"
  fi
  rm -f "$tmp/c.jsonl" "$tmp/r.json"
  tail -1 "$out/scale.csv" >&2
done

if command -v gnuplot >/dev/null; then
  gnuplot <<GP
set terminal pngcairo size 900,420
set output "$out/scale.png"
set datafile separator ","
set key autotitle columnhead
set logscale xy
set xlabel "documents"
set key top left
set grid
set multiplot layout 1,2 title "storycheck detect --tier duplicate (2 shared cores)"
set ylabel "seconds"
# linear reference through the smallest run's CPU time
stats "$out/scale.csv" using 1:10 every ::0::0 nooutput
n0 = STATS_min_x; c0 = STATS_min_y
plot "$out/scale.csv" using 1:10 with linespoints title "CPU (user+sys)", \
     "" using 1:7 with linespoints title "wall (loaded machine)", \
     [1e4:1e6] c0 * x / n0 with lines dashtype 2 title "linear"
set ylabel "peak RSS (MiB)"
plot "$out/scale.csv" using 1:(\$13/1024) with linespoints title "peak RSS", \
     1024 with lines dashtype 2 title "1 GiB"
unset multiplot
GP
  echo "plot: $out/scale.png" >&2
else
  echo "gnuplot not installed: no plot (apt-get install gnuplot-nox)" >&2
fi
