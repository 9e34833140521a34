#!/usr/bin/env bash
# The report stage end to end over `storycheck detect fixtures/seeds`: the three formats are
# byte-identical across runs and thread counts, -o and stdout agree, the JSON validates
# (tests/cli/report_validate.py), `report` reproduces detect's JSON and renders the same HTML
# and text, and a report used as its own baseline leaves nothing for --fail-on.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

"$bin" detect -q fixtures/seeds -o "$tmp/a.json" 2> "$tmp/err"
rc=$?
[ $rc -eq 0 ] || { echo "FAIL: detect exited $rc: $(cat "$tmp/err")"; exit 1; }
for fmt in json html text; do
	"$bin" detect -q -t 1 --format $fmt fixtures/seeds > "$tmp/t1.$fmt" || fail=1
	"$bin" detect -q -t 2 --format $fmt fixtures/seeds > "$tmp/t2.$fmt" || fail=1
	cmp -s "$tmp/t1.$fmt" "$tmp/t2.$fmt" || { echo "FAIL: $fmt differs between 1 and 2 threads"; fail=1; }
	"$bin" report -q --format $fmt "$tmp/a.json" > "$tmp/r.$fmt" || fail=1
	cmp -s "$tmp/t1.$fmt" "$tmp/r.$fmt" || { echo "FAIL: report --format $fmt differs from detect --format $fmt"; diff "$tmp/t1.$fmt" "$tmp/r.$fmt" | head -10; fail=1; }
done
cmp -s "$tmp/a.json" "$tmp/t1.json" || { echo "FAIL: -o and stdout differ"; fail=1; }
if /usr/bin/python3 -c 'import jsonschema' 2> /dev/null; then
	/usr/bin/python3 tests/cli/report_validate.py report/schema/report-v1.json "$tmp/a.json" || fail=1
fi
n=$(/usr/bin/python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(len(r["conflicts"]), len(r["documents"]))' "$tmp/a.json")
echo "seeds: conflicts, documents = $n"
[ "${n#* }" -eq 5 ] || { echo "FAIL: expected the 5 seed documents"; fail=1; }
# --fail-on on a live run: exit 1 exactly when there is a conflict (resp. a duplicate cluster)
nk=${n% *}
"$bin" detect -q --fail-on conflict fixtures/seeds > /dev/null
rc=$?
[ $rc -eq $((nk > 0 ? 1 : 0)) ] || { echo "FAIL: detect --fail-on conflict exited $rc with $nk conflicts"; fail=1; }
nd=$(grep -c '"kind": "duplicate"' "$tmp/a.json")
"$bin" detect -q --fail-on duplicate fixtures/seeds > /dev/null
rc=$?
[ $rc -eq $((nd > 0 ? 1 : 0)) ] || { echo "FAIL: detect --fail-on duplicate exited $rc with $nd duplicate clusters"; fail=1; }
# a report is its own baseline: nothing new, --fail-on passes; and detect --baseline agrees
"$bin" report -q --fail-on conflict --fail-on duplicate --baseline "$tmp/a.json" "$tmp/a.json" > /dev/null
[ $? -eq 0 ] || { echo "FAIL: report --baseline itself should exit 0"; fail=1; }
"$bin" detect -q --fail-on conflict --fail-on duplicate --baseline "$tmp/a.json" fixtures/seeds > "$tmp/b.json"
[ $? -eq 0 ] || { echo "FAIL: detect --baseline of the same run should exit 0"; fail=1; }
grep -q '"conflicts": \[\]' "$tmp/b.json" || { echo "FAIL: conflicts left after the baseline"; fail=1; }
# a baseline that knows only part of the findings: detect keeps the new ones (exit 0, or 1
# with --fail-on), never an error
mkdir "$tmp/part" && cp fixtures/seeds/000* fixtures/seeds/002* fixtures/seeds/003* fixtures/seeds/004* "$tmp/part/"
"$bin" detect -q "$tmp/part" -o "$tmp/p.json" || fail=1
"$bin" detect -q --baseline "$tmp/p.json" fixtures/seeds -o "$tmp/pb.json"
[ $? -eq 0 ] || { echo "FAIL: detect --baseline with new findings should exit 0"; fail=1; }
/usr/bin/python3 - "$tmp/pb.json" << 'PY' || { echo "FAIL: detect --baseline kept no new finding"; fail=1; }
import json, sys
r = json.load(open(sys.argv[1]))
# 000+001 is one event only in the full run: a new cluster the baseline does not know
sys.exit(0 if r["clusters"] and "baseline" in r["summary"] else 1)
PY
"$bin" detect -q --fail-on duplicate --fail-on conflict --baseline "$tmp/p.json" fixtures/seeds > /dev/null
[ $? -eq 1 ] || { echo "FAIL: detect --baseline --fail-on with new findings should exit 1"; fail=1; }
# --max-links: the cap reaches the run, is recorded in params, and a cut is warned about
"$bin" detect -q --max-links 1 fixtures/seeds fixtures/chain -o "$tmp/l.json" 2> "$tmp/l.err" || fail=1
/usr/bin/python3 - "$tmp/l.json" << 'PY' || { echo "FAIL: --max-links 1"; fail=1; }
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summary"]
ok = (r["tool"]["params"]["max_links"] == 1 and s["links"] >= 2 and len(r["links"]) == 1
      and s["links_unlisted"] == s["links"] - 1 and any("not listed" in w for w in s["warnings"]))
print("max-links 1: links %d, listed %d, unlisted %d" % (s["links"], len(r["links"]), s["links_unlisted"]))
sys.exit(0 if ok else 1)
PY
grep -q "not listed" "$tmp/l.err" || { echo "FAIL: --max-links cut not warned on stderr"; fail=1; }
"$bin" detect -q --max-links x fixtures/seeds > /dev/null 2>&1
[ $? -eq 2 ] || { echo "FAIL: --max-links x should be a usage error"; fail=1; }
exit $fail
