#!/usr/bin/env bash
# Golden outputs of `storycheck report` over the hand-made reports in fixtures/reports/:
# fixtures/golden/report_<name>.{html,txt} and the --baseline result as .json/.txt.
# SC_REGEN=1 rewrites the golden files instead of comparing.
bin=$1
source tests/cli/golden_lib.bash

n=0
for f in fixtures/reports/*.json; do
	name=$(basename "$f" .json)
	golden "report_$name.html" "$bin" report -q --format html "$f"
	golden "report_$name.txt" "$bin" report -q --format text "$f"
	# fixtures are written in the canonical format: json -> json reproduces them byte for byte
	"$bin" report -q --format json "$f" > "$tmp/rt.json" && cmp -s "$tmp/rt.json" "$f" ||
		{ echo "FAIL $f: --format json does not reproduce it"; diff -u "$f" "$tmp/rt.json" | head -20; fail=1; }
	n=$((n + 1))
done
[ $n -ge 3 ] || { echo "FAIL: expected at least 3 fixtures, found $n"; fail=1; }
golden report_sample-next_baseline.json "$bin" report -q --format json \
	--baseline fixtures/reports/sample.json fixtures/reports/sample-next.json
golden report_sample-next_baseline.txt "$bin" report -q --format text \
	--baseline fixtures/reports/sample.json fixtures/reports/sample-next.json

# byte-identical across runs, and -o FILE writes exactly what stdout gets
for fmt in json html text; do
	"$bin" report -q --format $fmt fixtures/reports/sample.json > "$tmp/a"
	"$bin" report -q --format $fmt fixtures/reports/sample.json > "$tmp/b"
	"$bin" report -q --format $fmt fixtures/reports/sample.json -o "$tmp/c"
	cmp -s "$tmp/a" "$tmp/b" && cmp -s "$tmp/a" "$tmp/c" || { echo "FAIL: $fmt output not deterministic or -o differs"; fail=1; }
done
# the default format is text
"$bin" report -q fixtures/reports/sample.json | cmp -s - "$g/report_sample.txt" || { echo "FAIL: default format"; fail=1; }
exit $fail
