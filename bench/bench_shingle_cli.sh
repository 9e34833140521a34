#!/usr/bin/env bash
# `storycheck shingle` against the sketcher floor (issue 14), side by side on one corpus.
# Prints CSV to stdout, one row per run:
#   run,threads,docs,mb,wall_s,cpu_s,wall_over_floor,cpu_over_floor,wall_min_s
#  - floor: bench_shingle --stream, the time spent in the streaming sketcher alone (the
#    signatures of every document, reading excluded): what signing costs at the least;
#  - read+sketch: the same program's whole loop, reading included, on one thread;
#  - shingle-tN: `storycheck shingle -t N -o FILE CORPUS` (binary signatures), the whole
#    process on N threads in all (-t 1: one thread reads and signs; -t 2: one reads while
#    the other signs): reading, signing, writing, fsync;
#  - before-t1: the same command with the binary named by BEFORE (optional; e.g. a build of
#    the commit before the signer), to compare before and after on the same corpus and load.
# wall_s is the median of REPS runs (default 3); cpu_s is user + system time of that run;
# wall_min_s the fastest run, the nearest to what the program does when the cores are free.
# The programs take turns, one run of each per repetition, so that load from other
# processes falls on each alike.
# The cores are shared: wall times count other processes too, the cpu_s column does not.
# The signature files of every storycheck run are compared byte for byte (with BEFORE's too):
# a difference stops the script.
#   bench/bench_shingle_cli.sh [BUILD_DIR]    (default build-release; N=50000 documents,
#                                              about 135 MB, as in issue 14)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-release}
n=${N:-50000}
reps=${REPS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ ! -x "$build/storycheck" ] || [ ! -x "$build/bench/bench_shingle" ]; then
	cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DSC_BENCH=ON -DSC_TESTS=OFF >/dev/null
	cmake --build "$build" -j2 --target storycheck gen_corpus bench_shingle >/dev/null
fi
"$build/bench/gen_corpus" -n "$n" --seed 42 -o "$tmp/c.jsonl" 2>/dev/null

# one timed run of a command, appended to the file named first: "wall cpu"
timed() {
	local to=$1
	shift
	/usr/bin/time -f "%e %U %S" -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err" || {
		cat "$tmp/err" >&2
		exit 1
	}
	awk '{printf "%.3f %.3f\n", $1, $2 + $3}' "$tmp/t" >>"$to"
}
# "wall cpu min_wall" of the runs in a file: the median run by wall time, the fastest wall
median() {
	sort -n "$1" | awk -v m=$(((reps + 1) / 2)) 'NR == 1 {min = $1} NR == m {w = $1; c = $2} END {print w, c, min}'
}

# Each repetition runs the floor, then storycheck -t 1, -t 2 (and BEFORE): the programs take
# turns, so that a change of load during the benchmark falls on all of them alike.
: >"$tmp/floor.csv"
: >"$tmp/t1.runs"
: >"$tmp/t2.runs"
: >"$tmp/before.runs"
for _ in $(seq "$reps"); do
	"$build/bench/bench_shingle" --stream "$tmp/c.jsonl" --no-header >>"$tmp/floor.csv"
	for t in 1 2; do
		timed "$tmp/t$t.runs" "$build/storycheck" shingle -q -t $t -o "$tmp/t$t.sig" "$tmp/c.jsonl"
	done
	if [ -n "${BEFORE:-}" ]; then
		timed "$tmp/before.runs" "$BEFORE" shingle -q -o "$tmp/before.sig" "$tmp/c.jsonl"
	fi
done
# the floor: the median of reps by the sketcher's CPU time
pick() { # pick PATH: docs mb wall cpu of the median row of that path (by CPU), fastest wall
	awk -F, -v p="$1" '$3 == p {print $10, $5, $6, $7}' "$tmp/floor.csv" | sort -n |
		awk -v m=$(((reps + 1) / 2)) 'NR == 1 || $4 < min {min = $4} NR == m {r = $2 " " $3 " " $4 " " $1} END {print r, min}'
}
read -r docs mb fwall fcpu fmin < <(pick sketcher)
read -r _ _ rwall rcpu rmin < <(pick read+sketcher)

echo "run,threads,docs,mb,wall_s,cpu_s,wall_over_floor,cpu_over_floor,wall_min_s"
row() { # row NAME THREADS WALL CPU MIN_WALL
	awk -v r="$1" -v t="$2" -v d="$docs" -v mb="$mb" -v w="$3" -v c="$4" -v fw="$fwall" \
		-v fc="$fcpu" -v mn="$5" 'BEGIN {printf "%s,%s,%s,%s,%.3f,%.3f,%.2f,%.2f,%.3f\n", r, t, d, mb, w, c, w / fw, c / fc, mn}'
}
row floor 1 "$fwall" "$fcpu" "$fmin"
row read+sketch 1 "$rwall" "$rcpu" "$rmin"
if [ -n "${BEFORE:-}" ]; then
	read -r w c mn < <(median "$tmp/before.runs")
	row before-t1 1 "$w" "$c" "$mn"
fi
for t in 1 2; do
	read -r w c mn < <(median "$tmp/t$t.runs")
	row shingle-t$t $t "$w" "$c" "$mn"
done
cmp "$tmp/t1.sig" "$tmp/t2.sig" >&2
if [ -n "${BEFORE:-}" ]; then cmp "$tmp/before.sig" "$tmp/t1.sig" >&2; fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min), $(nproc) cores" >&2
