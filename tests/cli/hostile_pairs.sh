#!/usr/bin/env bash
# Clusters of many tiny texts (issue 13, fault 11): n one-line articles differing by one number
# form one duplicate cluster of up to n(n-1)/2 verified pairs. At most --max-pairs of them
# (default 1000, the highest Jaccards) are listed per cluster; the cluster keeps the counts
# (pairs_total, pairs_unlisted), summary.pairs_unlisted sums them, tool.params.max_pairs
# records the cap and a warning says the list was cut. The report stays small.
bin=$1
source tests/cli/hostile_lib.bash

n=300
[ $SLOWRUN = 1 ] && n=120 && echo "(sanitizer/valgrind build: $n articles)"
for i in $(seq 1 $n); do
	printf '{"id":"t%04d","text":"The town council met on Monday evening and after a long debate approved the new budget for the public library, the swimming pool, the school canteen and the repair of the old bridge over the river, at a cost of %d euros."}\n' "$i" "$i"
done > "$tmp/tiny.jsonl"
check() { # check REPORT CAP
	"$PY" - "$1" "$2" << 'PYEOF' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
cap = int(sys.argv[2])
ok = r["tool"]["params"]["max_pairs"] == cap
unl = 0
for c in r["clusters"]:
    tot = c.get("pairs_total", len(c["pairs"]))
    if len(c["pairs"]) > cap:
        ok = False
    if "pairs_total" in c:
        ok = ok and len(c["pairs"]) == cap and c["pairs_unlisted"] == tot - cap
        unl += c["pairs_unlisted"]
        js = [p["jaccard"] for p in c["pairs"]]
        keys = [(p["a"], p["b"]) for p in c["pairs"]]
        ok = ok and keys == sorted(keys)
big = max(r["clusters"], key=lambda c: c.get("pairs_total", len(c["pairs"])))
ok = ok and big.get("pairs_total", 0) > cap and r["summary"].get("pairs_unlisted") == unl
ok = ok and any("not listed" in w for w in r["summary"].get("warnings", []))
print(("" if ok else "FAIL: ") + "cap %d: largest cluster %d members, %d pairs, %d listed; summary.pairs_unlisted %s"
      % (cap, len(big["members"]), big.get("pairs_total", len(big["pairs"])), len(big["pairs"]),
         r["summary"].get("pairs_unlisted")))
sys.exit(0 if ok else 1)
PYEOF
}
run 0 detect --no-compare --tier duplicate --max-pairs 50 -o "$tmp/r.json" "$tmp/tiny.jsonl"
check "$tmp/r.json" 50
err_has "verified pairs inside clusters not listed (at most 50 per cluster"
run 0 detect --no-compare --tier duplicate -o "$tmp/r.json" "$tmp/tiny.jsonl"
[ $n -ge 300 ] && check "$tmp/r.json" 1000
[ "$(stat -c %s "$tmp/r.json")" -lt 1500000 ] || FAIL "report of $n tiny texts is $(stat -c %s "$tmp/r.json") bytes"
run 0 report --format text -o "$tmp/r.txt" "$tmp/r.json"
run 2 detect --max-pairs -1 "$tmp/tiny.jsonl"
finish
