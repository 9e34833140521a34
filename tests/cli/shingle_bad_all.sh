#!/usr/bin/env bash
# The whole of fixtures/bad in one run: every input item gives exactly one signature or one
# reject (listed on stderr, in sorted path order), and the run exits 0 because some documents
# were read. Golden: fixtures/golden/shingle_bad.err (SC_REGEN=1 rewrites it).
bin=$1
source tests/cli/shingle_lib.bash
run 0 shingle --format jsonl fixtures/bad
golden=fixtures/golden/shingle_bad.err
if [ "${SC_REGEN:-0}" = 1 ]; then
	cp "$tmp/err" "$golden"
	echo "regenerated $golden"
fi
diff -u "$golden" "$tmp/err" || { echo "FAIL: stderr differs from $golden"; fail=1; }
# items: 9 regular entries + 3 JSONL lines + cycle = 13; docs + rejects must add up
ndocs=$(grep -c '"sig":\[' "$tmp/out")
nrej=$(grep -c '^storycheck: rejected ' "$tmp/err")
[ "$ndocs" -eq 3 ] && [ "$nrej" -eq 10 ] || { echo "FAIL: $ndocs documents and $nrej rejects, expected 3 and 10"; fail=1; }
err_has "3 documents, 10 rejected"
finish
