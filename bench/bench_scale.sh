#!/usr/bin/env bash
# Scale runs (issue 6): `storycheck detect` end to end on generated corpora of several sizes,
# duplicate tier only (--tier duplicate, as issue 6's target says), comparator off, boilerplate
# removal off so that its sets are the truth's. SC_SCALE_TIER=both also runs the event tier. Writes
# bench/results/scale.csv: wall/user/sys time, docs/s, MB/s, peak RSS (from /usr/bin/time), and
# recall/precision of the pairs listed in duplicate clusters against gen_corpus's exact truth
# (full truth up to 100,000 documents; planted pairs only above, see score_report.c). With
# gnuplot installed it also draws bench/results/scale.png (time and memory against size).
#   SC_SCALE_SIZES="10000 100000 1000000"  sizes (default)
#   SC_SCALE_THREADS=0                      --threads (0 = all cores)
#   SC_SCALE_TIMEOUT=1800                   seconds allowed per run
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${SC_SCALE_SIZES:-"10000 100000 1000000"}
threads=${SC_SCALE_THREADS:-0}
limit=${SC_SCALE_TIMEOUT:-1800}
tier=${SC_SCALE_TIER:-duplicate}
build=build-release
out=bench/results
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSC_BENCH=ON -DSC_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target storycheck gen_corpus score_report >/dev/null
bin=$build/bench

echo "docs,mb,threads,tier,truth,status,wall_s,user_s,sys_s,docs_per_s,mb_per_s,maxrss_kib,true_pairs,listed,listed_true,recall,precision" > "$out/scale.csv"
for n in $sizes; do
  mode=full
  [ "$n" -gt 100000 ] && mode=planted
  "$bin/gen_corpus" -n "$n" --seed 42 -o "$tmp/c.jsonl" --truth "$tmp/t.tsv" --truth-mode $mode 2> "$tmp/gen.log"
  mb=$(awk '/MB$/ {print $(NF-1)}' "$tmp/gen.log")
  echo "== $n documents ($mb MB), load $(cut -d' ' -f1 /proc/loadavg)" >&2
  status=ok
  timeout "$limit" /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" \
    "$build/storycheck" detect --tier "$tier" --no-compare --no-boilerplate -q -t "$threads" -o "$tmp/r.json" "$tmp/c.jsonl" || status=failed
  if [ $status = ok ]; then
    read -r wall user sys rss < "$tmp/time"
    score=$("$bin/score_report" "$tmp/r.json" "$tmp/t.tsv" --no-header)
    dps=$(awk -v n="$n" -v w="$wall" 'BEGIN {printf "%.1f", n / w}')
    mbps=$(awk -v mb="$mb" -v w="$wall" 'BEGIN {printf "%.2f", mb / w}')
    echo "$n,$mb,$threads,$tier,$mode,ok,$wall,$user,$sys,$dps,$mbps,$rss,$score" >> "$out/scale.csv"
  else
    echo "$n,$mb,$threads,$tier,$mode,$status,,,,,,,,,," >> "$out/scale.csv"
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
set multiplot layout 1,2
set ylabel "wall seconds"
plot "$out/scale.csv" using 1:7 with linespoints title "wall time"
set ylabel "peak RSS (MiB)"
plot "$out/scale.csv" using 1:(\$12/1024) with linespoints title "peak RSS"
unset multiplot
GP
  echo "plot: $out/scale.png" >&2
else
  echo "gnuplot not installed: no plot (apt-get install gnuplot-nox)" >&2
fi
