#!/usr/bin/env bash
# Golden test of `storycheck compare` over fixtures/compare/pairs.tsv: standard output (one
# JSON object per pair), standard error (the malformed row named with its line) and the exit
# status. SC_REGEN=1 rewrites the expected files instead of comparing.
set -u
bin=$1
gold=fixtures/golden
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" compare fixtures/compare/pairs.tsv >"$tmp/out" 2>"$tmp/err"
echo $? >"$tmp/rc"
# -o writes the same bytes to a file, and stdout stays empty
"$bin" compare -o "$tmp/out2" fixtures/compare/pairs.tsv >"$tmp/stdout2" 2>/dev/null
if [ "${SC_REGEN:-0}" = 1 ]; then
	cp "$tmp/out" $gold/compare_pairs.out
	cp "$tmp/err" $gold/compare_pairs.err
	cp "$tmp/rc" $gold/compare_pairs.rc
	echo "regenerated $gold/compare_pairs.{out,err,rc}"
	exit 0
fi
fail=0
for k in out err rc; do
	if ! diff -u $gold/compare_pairs.$k "$tmp/$k"; then
		echo "compare_pairs: $k differs from $gold/compare_pairs.$k" >&2
		fail=1
	fi
done
cmp -s "$tmp/out" "$tmp/out2" || { echo "compare_pairs: -o output differs from stdout" >&2; fail=1; }
[ -s "$tmp/stdout2" ] && { echo "compare_pairs: data on stdout with -o" >&2; fail=1; }
# every well-formed row gives exactly one line, in input order
n=$(wc -l <"$tmp/out")
[ "$n" = 14 ] || { echo "compare_pairs: $n output lines, expected 14" >&2; fail=1; }
grep -q 'line 8' "$tmp/err" || { echo "compare_pairs: the malformed row's line is not named" >&2; fail=1; }
exit $fail
