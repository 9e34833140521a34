#!/usr/bin/env bash
# CI mode of `storycheck report`: --fail-on exit codes (0/1), --baseline (a report against
# itself has no new findings; a later report keeps only what is new), the one-line summary on
# stderr (never stdout), and clear errors with exit codes for bad input.
bin=$1
source tests/cli/golden_lib.bash # expect, $tmp, $fail
S=fixtures/reports/sample.json
N=fixtures/reports/sample-next.json
E=fixtures/reports/empty.json
# stderr_has TEXT
stderr_has() { grep -qF -- "$1" "$tmp/err" || { echo "FAIL: stderr lacks '$1':"; cat "$tmp/err"; fail=1; }; }

# --fail-on: the sample has conflicts scoring 0.91, 0.74, 0.6234 and one duplicate cluster
expect 1 "$bin" report -q --fail-on conflict $S
expect 1 "$bin" report -q --fail-on conflict:0.91 $S
expect 0 "$bin" report -q --fail-on conflict:0.95 $S
expect 1 "$bin" report -q --fail-on duplicate $S
expect 1 "$bin" report -q --fail-on conflict:0.95 --fail-on duplicate $S
expect 0 "$bin" report -q --fail-on conflict --fail-on duplicate $E
expect 0 "$bin" report -q $S
expect 2 "$bin" report -q --fail-on conflict:2 $S
expect 2 "$bin" report -q --fail-on conflicts $S
expect 2 "$bin" report -q --fail-on duplicate:0.5 $S

# --baseline: the same report as baseline -> no findings -> exit 0
expect 0 "$bin" report --fail-on conflict --fail-on duplicate --baseline $S $S
stderr_has "0 conflicts"
stderr_has "baseline: 3 known conflicts and 1 known duplicate cluster left out"
[ -s "$tmp/out" ] || { echo "FAIL: no report on stdout"; fail=1; }
grep -q '^storycheck: ' "$tmp/out" && grep -q 'No conflicts' "$tmp/out" || { echo "FAIL: text report"; fail=1; }
# a later run: k1 is the same finding (sides swapped, offsets, score and typography changed),
# k3 is the same as the old k2, k2 is new, and one duplicate cluster is new
expect 1 "$bin" report -q --format json --fail-on conflict --baseline $S $N
[ "$(grep -c '"kind": "date"' "$tmp/out")" -eq 1 ] && ! grep -q '"kind": "denial"' "$tmp/out" ||
	{ echo "FAIL: baseline kept the wrong conflicts"; fail=1; }
expect 1 "$bin" report -q --fail-on duplicate --baseline $S $N
expect 0 "$bin" report -q --fail-on conflict:0.85 --baseline $S $N
# detect takes --baseline and --fail-on too (checked once detect works; see report_schema.sh)

# the summary goes to stderr, the data to stdout; -q silences the summary
expect 0 "$bin" report --format json $S
stderr_has "storycheck: 5 documents, 1 rejected, 2 clusters (1 event, 1 duplicate), 3 conflicts (top score 0.91)"
grep -q 'storycheck: 5 documents' "$tmp/out" && { echo "FAIL: summary on stdout"; fail=1; }
expect 0 "$bin" report -q --format json $S
[ -s "$tmp/err" ] && { echo "FAIL: -q still wrote to stderr"; fail=1; }

# "-" reads the report from standard input
"$bin" report -q --format json - < $S | cmp -s - $S || { echo "FAIL: report - (stdin)"; fail=1; }
printf '{' | "$bin" report - > /dev/null 2> "$tmp/err"
stderr_has "standard input: not JSON"

# bad input: clear errors naming the file
printf 'not json at all\n' > "$tmp/bad.json"
expect 3 "$bin" report "$tmp/bad.json"
stderr_has "bad.json: not JSON (syntax error at line 1"
sed 's#storycheck/report/v1#storycheck/report/v2#' $S > "$tmp/v2.json"
expect 3 "$bin" report "$tmp/v2.json"
stderr_has 'report schema is "storycheck/report/v2"; this storycheck reads "storycheck/report/v1"'
expect 3 "$bin" report "$tmp/missing.json"
stderr_has "cannot read $tmp/missing.json"
expect 2 "$bin" report --baseline "$tmp/bad.json" $S
stderr_has "baseline: $tmp/bad.json: not JSON"
expect 2 "$bin" report --format pdf $S
expect 2 "$bin" report

# -o: atomic; an unwritable target leaves nothing behind and exits 3
expect 3 "$bin" report -q --format html -o "$tmp/no/such/dir/out.html" $S
stderr_has "cannot write $tmp/no/such/dir/out.html"
expect 0 "$bin" report -q --format html -o "$tmp/out.html" $S
[ "$(ls -A "$tmp" | grep -c tmp)" -eq 0 ] || { echo "FAIL: temporary file left: $(ls -A "$tmp")"; fail=1; }
exit $fail
