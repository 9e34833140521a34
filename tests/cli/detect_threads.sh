#!/usr/bin/env bash
# `storycheck detect` gives byte-identical reports whatever --threads is (issue 6), on the
# fixtures in the default configuration (both tiers, boilerplate pass) and on the streaming
# path (--tier duplicate --no-boilerplate on files: texts sketched as read, read again for
# verification). The streaming report must also equal the in-memory one for the same options
# (standard input is never streamed: it cannot be read twice). The generated-corpus version
# of this check is tests/test_detect_threads.c.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
inputs="fixtures/seeds fixtures/planted fixtures/chain"

for cfg in default stream; do
	args=(--no-compare -q)
	[ $cfg = stream ] && args+=(--tier duplicate --no-boilerplate)
	for t in 1 2 3 0; do
		# shellcheck disable=SC2086
		"$bin" detect "${args[@]}" -t $t -o "$tmp/$cfg.$t.json" $inputs || {
			echo "FAIL $cfg -t $t: exit $?"
			fail=1
		}
	done
	for t in 2 3 0; do
		cmp -s "$tmp/$cfg.1.json" "$tmp/$cfg.$t.json" ||
			{ echo "FAIL $cfg: -t $t differs from -t 1"; fail=1; }
	done
done
grep -q '"tier": "duplicate"' "$tmp/stream.1.json" || { echo "FAIL: tier not recorded"; fail=1; }
grep -q '"tier": "both"' "$tmp/default.1.json" || { echo "FAIL: default tier not recorded"; fail=1; }
grep -q '"kind": "duplicate"' "$tmp/stream.1.json" || { echo "FAIL: no duplicate cluster"; fail=1; }
if grep -q '"kind": "event"' "$tmp/stream.1.json"; then
	echo "FAIL: --tier duplicate reported an event cluster"
	fail=1
fi
[ $fail = 0 ] && echo "detect reports identical for -t 1, 2, 3 and 0"
exit $fail
