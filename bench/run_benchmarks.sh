#!/usr/bin/env bash
# Builds Release and runs every benchmark, writing CSVs to bench/results/ (and the machine they
# ran on to bench/results/machine.txt). Single-threaded benchmarks: run them on a quiet machine.
#   bench/run_benchmarks.sh            all benchmarks at the sizes of the issues
#   SC_BENCH_SMALL=1 bench/run_benchmarks.sh   a quick smoke run (small corpora)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/machine.bash

build=build-release
out=bench/results
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

n_mem=20000 n_small=10000 n_large=50000
if [ -n "${SC_BENCH_SMALL:-}" ]; then n_mem=2000 n_small=1000 n_large=5000; fi

echo "== build (Release)"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSC_BENCH=ON -DSC_TESTS=OFF >/dev/null
cmake --build "$build" -j2 --target gen_corpus bench_shingle bench_lsh bench_detect corpus_stats >/dev/null
bin=$build/bench

{
  machine_info
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; the cores are shared:"
  echo "  compare the cpu_* columns, which count this process's CPU time only)"
} > "$out/machine.txt"
cat "$out/machine.txt"

echo "== corpus_stats: unrelated pairs, generated (default and --vocab 3000) vs fixtures/seeds"
"$bin/corpus_stats" -n "$n_small" > "$out/corpus_stats.csv"
"$bin/corpus_stats" -n "$n_small" --vocab 3000 --no-header | sed 's/^generated,/generated-vocab3000,/' >> "$out/corpus_stats.csv"
"$bin/corpus_stats" --corpus fixtures/seeds --no-header >> "$out/corpus_stats.csv"
cat "$out/corpus_stats.csv"

echo "== corpora"
"$bin/gen_corpus" -n "$n_small" --seed 42 -o "$tmp/small.jsonl" --truth "$tmp/small.tsv"
"$bin/gen_corpus" -n "$n_large" --seed 42 -o "$tmp/large.jsonl" --truth "$tmp/large.tsv"

echo "== bench_shingle: in-memory throughput, both schemes ($n_mem documents)"
"$bin/bench_shingle" -n "$n_mem" --seed 42 > "$out/shingle.csv"
cat "$out/shingle.csv"

echo "== bench_shingle: streaming from a file, peak RSS at two corpus sizes"
first=1
for c in small large; do
  for s in kperm oph; do
    if [ $first = 1 ]; then hdr=; first=0; else hdr=--no-header; fi
    "$bin/bench_shingle" --stream "$tmp/$c.jsonl" --scheme $s $hdr
  done
done > "$out/shingle_stream.csv"
cat "$out/shingle_stream.csv"

echo "== storycheck shingle -t 1 / -t 2 beside the sketcher floor ($n_large documents)"
cmake --build "$build" -j2 --target storycheck >/dev/null
N=$n_large bench/bench_shingle_cli.sh "$build" > "$out/shingle_cli.csv"
cat "$out/shingle_cli.csv"

echo "== bench_lsh: recall and precision at J >= 0.5 ($n_large documents)"
"$bin/bench_lsh" --corpus "$tmp/large.jsonl" --truth "$tmp/large.tsv" > "$out/lsh.csv"
cat "$out/lsh.csv"
echo "== bench_detect: the duplicate tier end to end through sc_det_run ($n_small documents)"
# $n_small, not $n_large: the event tier (content words, t = 0.10) makes ~7% of all pairs
# candidates on this corpus, quadratic in N (see doc/benchmarks.md).
"$bin/bench_detect" --corpus "$tmp/small.jsonl" --truth "$tmp/small.tsv" --no-boilerplate > "$out/detect.csv"
"$bin/bench_detect" --corpus "$tmp/small.jsonl" --truth "$tmp/small.tsv" --boilerplate --no-header >> "$out/detect.csv"
cat "$out/detect.csv"

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
echo "== results in $out/"
