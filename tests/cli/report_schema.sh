#!/usr/bin/env bash
# Every report fixture and golden report validates against report/schema/report-v1.json (JSON
# Schema draft 2020-12, Debian's python3-jsonschema) and the contract rules of
# tests/cli/report_validate.py; deliberately broken copies of the sample must all fail; a report
# freshly written by `storycheck report` (baseline applied) and by `storycheck detect` (on
# fixtures/seeds, and with fixtures/bad) validates too.
# Exit 77 (skip) only when the jsonschema module is genuinely missing.
set -u
bin=$1
py=/usr/bin/python3
if ! "$py" -c 'import jsonschema' 2>/dev/null; then
	echo "SKIP: $py cannot import jsonschema (apt-get install python3-jsonschema)"
	exit 77
fi
schema=report/schema/report-v1.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

files=(fixtures/reports/*.json fixtures/golden/report_*.json fixtures/golden/detect_*.json)
[ ${#files[@]} -ge 4 ] || { echo "FAIL: expected fixtures and golden reports, found ${files[*]}"; exit 1; }
"$py" tests/cli/report_validate.py "$schema" "${files[@]}" || fail=1

# the validator must catch broken reports (it would otherwise pass vacuously)
"$py" tests/cli/report_validate.py --self-test "$schema" fixtures/reports/sample.json > "$tmp/self" || {
	cat "$tmp/self"
	fail=1
}
n=$(grep -c '^caught' "$tmp/self")
[ "$n" -ge 20 ] || { echo "FAIL: only $n broken copies were tried and caught"; fail=1; }

# live outputs of the binary
"$bin" report -q --format json --baseline fixtures/reports/sample.json fixtures/reports/sample-next.json \
	-o "$tmp/baselined.json" || { echo "FAIL: report --baseline"; fail=1; }
"$py" tests/cli/report_validate.py "$schema" "$tmp/baselined.json" || fail=1
# detect on the seeds, and on the seeds with every bad input of fixtures/bad (rejects with
# lines and ids, repaired UTF-8)
"$bin" detect -q fixtures/seeds -o "$tmp/seeds.json" 2> "$tmp/detect.err" || { echo "FAIL: detect: $(cat "$tmp/detect.err")"; fail=1; }
"$bin" detect -q fixtures/seeds fixtures/bad -o "$tmp/bad.json" 2> /dev/null || { echo "FAIL: detect with bad inputs"; fail=1; }
"$py" tests/cli/report_validate.py "$schema" "$tmp/seeds.json" "$tmp/bad.json" || fail=1
# with leads asked for (and a high bar, so that some conflicts become leads): "leads" and
# summary.leads present, and the conflicts plus the leads are the default run's conflicts
"$bin" detect -q --leads --min-score 0.85 --lead-floor 0.5 fixtures/seeds -o "$tmp/leads.json" 2> "$tmp/detect.err" ||
	{ echo "FAIL: detect --leads: $(cat "$tmp/detect.err")"; fail=1; }
"$py" tests/cli/report_validate.py "$schema" "$tmp/leads.json" || fail=1
"$py" - "$tmp/seeds.json" "$tmp/leads.json" <<'PY' || fail=1
import json, sys
d, l = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:])
fp = lambda r, k: sorted(x["fingerprint"] for x in r.get(k, []))
if "leads" in d or "updates" in d or "leads" in d["summary"]:
    sys.exit("FAIL: a default report lists leads or updates")
if not l["leads"] or not l["conflicts"]:
    sys.exit("FAIL: --min-score 0.85 on the seeds should leave conflicts and leads (%d, %d)"
             % (len(l["conflicts"]), len(l["leads"])))
# leads come by score (conflicts of the default run below the bar) or from the comparator
# itself (a candidate it flags as weak whatever its score, e.g. a negation whose other side
# asserts nothing: compare.h "Tiers"), which the default run never lists
dc = set(fp(d, "conflicts"))
routed = [x for x in l["leads"] if x["fingerprint"] in dc]
if sorted(fp(l, "conflicts") + [x["fingerprint"] for x in routed]) != fp(d, "conflicts"):
    sys.exit("FAIL: conflicts + leads at 0.85 are not the conflicts at 0.5")
if any(x["score"] >= 0.85 for x in routed) or any(x["score"] < 0.85 for x in l["conflicts"]):
    sys.exit("FAIL: leads and conflicts not split at --min-score")
PY
# links (verified pairs kept apart; event tier: by average linkage): the chain round-ups produce some;
# the report with them validates, its broken copies fail, and the round-up's refused edge is
# listed with its reason
"$bin" detect -q fixtures/seeds fixtures/planted fixtures/chain -o "$tmp/links.json" 2> /dev/null ||
	{ echo "FAIL: detect on the chain fixtures"; fail=1; }
"$py" tests/cli/report_validate.py --self-test "$schema" "$tmp/links.json" > "$tmp/self2" || {
	cat "$tmp/self2"
	fail=1
}
grep -q '^caught: link inside a cluster' "$tmp/self2" || { echo "FAIL: link breakages not tried"; fail=1; }
"$py" - "$tmp/links.json" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
l = [(x["tier"], x["a"][:3], x["b"], x["refused"]) for x in r["links"]]
if ("event", "004", "roundup_001_004", "average") not in l:
    print("FAIL: the round-up's refused edge is not listed:", l); sys.exit(1)
if r["summary"]["links"] != len(l) or r["summary"]["links_unlisted"] != 0:
    print("FAIL: summary link counts", r["summary"]); sys.exit(1)
PY
exit $fail
