#!/usr/bin/env bash
# Runs every libFuzzer harness of a SC_FUZZ=ON build for a bounded time, seeded from
# fixtures/ (the list and seed directories come from tests/fuzz/CMakeLists.txt).
#   tests/fuzz/run_fuzzers.sh BUILD_DIR [SECONDS_PER_HARNESS] [HARNESS...]
# Run from the repository root. New corpus entries go to BUILD_DIR/fuzz-corpus/<name> (kept
# between runs, never committed); a crash is written to BUILD_DIR/fuzz-artifacts/ and printed
# as a hex dump. Every harness runs even when an earlier one crashed; the exit status is 1 if
# any crashed, leaked, timed out or ran out of memory. A crash must become a regression input
# in fixtures/hostile/<name>/ (replayed by ctest) and be fixed.
set -u
build=${1:?usage: run_fuzzers.sh BUILD_DIR [SECONDS] [HARNESS...]}
secs=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
list=$build/tests/fuzz/harnesses.txt
[ -f "$list" ] || { echo "run_fuzzers: $list missing: configure with -DSC_FUZZ=ON"; exit 2; }
mkdir -p "$build/fuzz-corpus" "$build/fuzz-artifacts"
status=0
printf '%-8s %8s %10s %8s %8s %s\n' harness seconds execs exec/s corpus result
while read -r name seeds; do
	[ -n "$name" ] || continue
	if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qxF "$name"; then continue; fi
	corpus=$build/fuzz-corpus/$name
	log=$build/fuzz-$name.log
	mkdir -p "$corpus"
	# -timeout: one input taking 10 s is a hang; -rss_limit_mb: a hostile input must not make
	# memory grow without bound.
	# shellcheck disable=SC2086
	"$build/tests/fuzz/fuzz_$name" -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 \
		-print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$name-" \
		"$corpus" $seeds > "$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
	ncorp=$(find "$corpus" -type f | wc -l)
	if [ $rc -eq 0 ]; then
		result=ok
	else
		result="FAILED (exit $rc)"
		status=1
	fi
	printf '%-8s %8s %10s %8s %8s %s\n' "$name" "$secs" "${execs:-?}" "${rate:-?}" "$ncorp" "$result"
	if [ $rc -ne 0 ]; then
		grep -E 'ERROR|invariant|SUMMARY|runtime error' "$log" | head -5 | sed 's/^/    /'
		for a in $(grep -o "Test unit written to .*" "$log" | sed 's/Test unit written to //'); do
			echo "    input ($a):"
			od -A d -c "$a" | head -20 | sed 's/^/      /'
		done
	fi
done < "$list"
exit $status
