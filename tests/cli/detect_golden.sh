#!/usr/bin/env bash
# Golden reports of `storycheck detect` (clusters, pairs, boilerplate, params; the comparator is
# off so these files test the clustering half alone):
#   fixtures/golden/detect_seeds.json    the five seeds
#   fixtures/golden/detect_planted.json  seeds + planted near-duplicates + chain round-ups
#                                        (8 event links: the round-ups' refused merges)
# Each report must be byte-identical across two runs, with -o FILE, and whatever the order of
# the inputs. SC_REGEN=1 rewrites the golden files instead of comparing.
bin=$1
source tests/cli/golden_lib.bash

# detect_golden NAME ARGS...: the report of detect ARGS (comparator off) against $g/NAME, and
# the same bytes again from a second run writing with -o
detect_golden() {
	local name=$1
	shift
	golden "$name" "$bin" detect -q --no-compare "$@" || return
	"$bin" detect -q --no-compare "$@" -o "$tmp/again" 2>/dev/null
	cmp -s "$tmp/out" "$tmp/again" || { echo "FAIL $name: not byte-identical across runs / with -o"; fail=1; }
}

detect_golden detect_seeds.json fixtures/seeds
detect_golden detect_planted.json fixtures/seeds fixtures/planted fixtures/chain

# input order does not matter (documents are sorted by id)
"$bin" detect -q --no-compare fixtures/chain fixtures/planted fixtures/seeds > "$tmp/rev" 2>/dev/null
cmp -s "$tmp/rev" "$g/detect_planted.json" || { echo "FAIL: input order changes the report"; fail=1; }

# the event tier in the report: 000 and 001 together, nothing else among the seeds
python3 - "$g/detect_seeds.json" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
cl = [(c["kind"], [m[:3] for m in c["members"]]) for c in r["clusters"]]
if cl != [("event", ["000", "001"])]:
    print("FAIL: seeds clusters", cl); sys.exit(1)
b = {d["id"][:3]: d["boilerplate_bytes"] for d in r["documents"]}
if not (b["003"] > 0 and all(v == 0 for k, v in b.items() if k != "003")):
    print("FAIL: boilerplate bytes", b); sys.exit(1)
PY
# --event-window with `published` dates (JSONL): 000 and 001 thirty days apart
python3 - "$tmp/dated.jsonl" <<'PY'
import json, sys, glob
with open(sys.argv[1], "w") as out:
    for f, d in zip(sorted(glob.glob("fixtures/seeds/00[01]_*.txt")), ["2024-08-21", "2024-09-20T08:00:00Z"]):
        out.write(json.dumps({"id": f.split("/")[-1][:3], "text": open(f).read(), "published": d}) + "\n")
PY
for w in 7d 60d; do
	"$bin" detect -q --no-compare --event-window $w "$tmp/dated.jsonl" > "$tmp/w$w.json" 2>"$tmp/err" ||
		{ echo "FAIL --event-window $w: $(cat "$tmp/err")"; fail=1; }
done
python3 - "$tmp/w7d.json" "$tmp/w60d.json" <<'PY' || fail=1
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
if a["clusters"] or a["tool"]["params"]["event_window_days"] != 7:
    print("FAIL: a 7-day window keeps 30-day-apart articles apart:", a["clusters"]); sys.exit(1)
if [c["members"] for c in b["clusters"]] != [["000", "001"]]:
    print("FAIL: a 60-day window joins them:", b["clusters"]); sys.exit(1)
PY
# links (verified pairs kept apart by the anti-chaining rule) reach the text and HTML views
"$bin" report -q fixtures/golden/detect_planted.json --format text > "$tmp/planted.txt" 2>&1 ||
	{ echo "FAIL: report --format text"; fail=1; }
grep -q '^Pairs kept apart' "$tmp/planted.txt" &&
	grep -q '^  event: 004_e3dd04c419d25de4 ~ roundup_001_004 (Jaccard 0.3515, refused: average)$' "$tmp/planted.txt" &&
	grep -q ', 5 pairs kept apart (links)$' "$tmp/planted.txt" ||
	{ echo "FAIL: the text view does not list the links:"; cat "$tmp/planted.txt"; fail=1; }
"$bin" report -q fixtures/golden/detect_planted.json --format html > "$tmp/planted.html" 2>&1 ||
	{ echo "FAIL: report --format html"; fail=1; }
grep -q '<section id="links">' "$tmp/planted.html" && grep -q 'href="#links"' "$tmp/planted.html" &&
	[ "$(grep -c '<td>average</td>' "$tmp/planted.html")" = 5 ] ||
	{ echo "FAIL: the HTML view does not list the 5 links"; fail=1; }
exit $fail
