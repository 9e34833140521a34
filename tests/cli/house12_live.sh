#!/usr/bin/env bash
# A live input directory (issue 12, house12): detect's streaming passes read the first walk's
# file list. With SC_TEST_PASS_FIFO (main.c, pass_hook) set, each pass writes its number (1:
# the first, after the walk; 2, ...) to that FIFO and waits for one byte back: this script
# answers (pass_fifo.bash) and changes the directory in between; storycheck runs no command
# for it (house13: it ran a shell on SC_TEST_PASS_HOOK's command). Before this, every pass
# walked the directory again: a file added or removed between two passes stopped the run
# (exit 3, no report), and a file removed after the walk was not accounted for.
#  A. a file added before pass 2: not read by any pass; the report is the plain run's but for
#     the file listed under not_read (house13; before, byte for byte the plain run's)
#  B. a JSONL file appended to before pass 2: read up to its size at the walk; the same, the
#     file listed under not_read as grown
#  C. a file removed before pass 2: the run starts over without it; it is a reject naming it,
#     and documents and clusters are those of a run on the directory without it
#  D. a file rewritten before pass 2 (same length): the same, its reject saying it changed
#  E. a file removed after the walk, before pass 1: a reject naming it
#  F. the same with the event tier and the comparator (several later passes): removed
#     before pass 3
#  G. a directory that keeps changing: after 3 restarts, exit 3 and no report
bin=$1
source tests/cli/hostile_lib.bash
source tests/cli/pass_fifo.bash
dup=(--tier duplicate --no-boilerplate --no-compare)

mkdir -p "$tmp/src"
"$PY" - "$tmp/src" << 'PYEOF'
import json, random, sys
d = sys.argv[1]
rng = random.Random(12)
def art(n):
    return " ".join("w%d" % rng.randrange(10**5) for _ in range(n))
base = [art(80) for _ in range(4)]
texts = {"a": base[0], "b": base[0] + " and one more", "c": base[1], "d": base[1] + " too",
         "e": base[2], "f": base[3]}
for k, t in texts.items():
    open("%s/%s.txt" % (d, k), "w").write(t + "\n")
# c rewritten: the same length, other words
open(d + "/c.changed", "w").write(base[1].replace("w", "v") + "\n")
with open(d + "/feed.jsonl", "w") as f:
    f.write(json.dumps({"id": "j1", "text": base[2] + " again"}) + "\n")
    f.write(json.dumps({"id": "j2", "text": art(60)}) + "\n")
open(d + "/extra.line", "w").write(json.dumps({"id": "j3", "text": base[3]}) + "\n")
PYEOF
[ "$(stat -c %s "$tmp/src/c.txt")" = "$(stat -c %s "$tmp/src/c.changed")" ] || FAIL "c.changed has another length"

# passes ARGS...: the number of passes of a run (the server counts them)
count_pass() { echo "$1" >> "$tmp/npass"; }
passes() {
	fresh
	rm -f "$tmp/npass"
	served count_pass "$bin" detect -q "$@" -o /dev/null "$tmp/in" 2> /dev/null
	wc -l < "$tmp/npass" 2> /dev/null || echo 0
}
# same_arrays A B KEYS...: the reports agree on these top-level keys
same_arrays() {
	"$PY" - "$@" << 'PYEOF' || FAIL "reports differ on ${*:3}: $1 against $2"
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
bad = [k for k in sys.argv[3:] if a.get(k) != b.get(k)]
if bad:
    print("differ:", bad)
sys.exit(1 if bad else 0)
PYEOF
}
# plain_but_not_read PLAIN REPORT PATH TEXT: REPORT holds PLAIN's JSON once its not_read key and
# summary.not_read are taken out, and not_read is one entry: PATH, with TEXT in its reason
plain_but_not_read() {
	"$PY" - "$@" << 'PYEOF' || FAIL "$2 is not $1 plus $3 under not_read"
import json, sys
a = json.load(open(sys.argv[1]))
b = json.load(open(sys.argv[2]))
nr = b.pop("not_read", None)
n = b["summary"].pop("not_read", None)
ok = a == b and n == 1 and nr and len(nr) == 1 and nr[0]["path"] == sys.argv[3] \
    and sys.argv[4] in nr[0]["reason"]
if not ok:
    print("not_read:", nr, "summary.not_read:", n, "same otherwise:", a == b)
sys.exit(0 if ok else 1)
PYEOF
}
# rejected_has REPORT PATH TEXT: PATH is a reject whose reason holds TEXT
rejected_has() {
	"$PY" - "$@" << 'PYEOF' || FAIL "$2 is not rejected with '$3' in $1"
import json, sys
r = json.load(open(sys.argv[1]))
hit = [x for x in r["rejected"] if x["path"] == sys.argv[2] and sys.argv[3] in x["reason"]]
if not hit:
    print("rejected:", r["rejected"])
sys.exit(0 if hit else 1)
PYEOF
}

n=$(passes "${dup[@]}")
[ "$n" -ge 2 ] || FAIL "duplicate tier: $n passes, expected a later pass (no candidate pair?)"
nfull=$(passes)
[ "$nfull" -ge 3 ] || FAIL "default run: $nfull passes, expected at least 3"
echo "passes: duplicate tier $n, default run $nfull"

fresh
run 0 detect -q "${dup[@]}" -o "$tmp/plain.json" "$tmp/in"
report_check "$tmp/plain.json" 8 # 6 texts + 2 JSONL lines
grep -q '"kind": *"duplicate"' "$tmp/plain.json" || FAIL "no duplicate cluster in the plain run"

# A. a file added
fresh
hooked 0 2 "cp $tmp/src/a.txt $tmp/in/zz.txt" "${dup[@]}"
[ -e "$tmp/in/zz.txt" ] || FAIL "A: the hook did not run"
[ -e "$tmp/r.json" ] && plain_but_not_read "$tmp/plain.json" "$tmp/r.json" "$tmp/in/zz.txt" \
	"was added to an input directory during the run"
err_has "$tmp/in/zz.txt was added to an input directory during the run: not read"

# B. a JSONL file appended to
fresh
hooked 0 2 "cat $tmp/src/extra.line >> $tmp/in/feed.jsonl" "${dup[@]}"
[ "$(wc -l < "$tmp/in/feed.jsonl")" = 3 ] || FAIL "B: the hook did not run"
[ -e "$tmp/r.json" ] && plain_but_not_read "$tmp/plain.json" "$tmp/r.json" "$tmp/in/feed.jsonl" \
	"grew during the run"
err_has "$tmp/in/feed.jsonl grew during the run"

# C. a file removed, against a run on the directory without it
fresh
rm "$tmp/in/c.txt"
run 0 detect -q "${dup[@]}" -o "$tmp/without_c.json" "$tmp/in"
fresh
hooked 0 2 "rm $tmp/in/c.txt" "${dup[@]}"
err_has "$tmp/in/c.txt could not be read again"
err_has "starting over without $tmp/in/c.txt"
if [ -e "$tmp/r.json" ]; then
	report_check "$tmp/r.json" 8
	rejected_has "$tmp/r.json" "$tmp/in/c.txt" "could not be read again"
	same_arrays "$tmp/without_c.json" "$tmp/r.json" documents clusters
else
	FAIL "C: no report"
fi

# D. a file rewritten: the same length, other words
fresh
hooked 0 2 "cat $tmp/src/c.changed > $tmp/in/c.txt" "${dup[@]}"
err_has "$tmp/in/c.txt changed between two passes over the input (document c is not what the first pass read)"
if [ -e "$tmp/r.json" ]; then
	report_check "$tmp/r.json" 8
	rejected_has "$tmp/r.json" "$tmp/in/c.txt" "changed while the run read it"
	same_arrays "$tmp/without_c.json" "$tmp/r.json" documents clusters
else
	FAIL "D: no report"
fi

# E. removed after the walk, before pass 1
fresh
hooked 0 1 "rm $tmp/in/e.txt" "${dup[@]}"
if [ -e "$tmp/r.json" ]; then
	report_check "$tmp/r.json" 8
	rejected_has "$tmp/r.json" "$tmp/in/e.txt" "it was there when the input was walked"
else
	FAIL "E: no report"
fi

# F. the default run (event tier, boilerplate pass, comparator): c removed before pass 3
fresh
rm "$tmp/in/c.txt"
run 0 detect -q -o "$tmp/full_without_c.json" "$tmp/in"
fresh
hooked 0 3 "rm $tmp/in/c.txt"
err_has "starting over without $tmp/in/c.txt"
if [ -e "$tmp/r.json" ]; then
	report_check "$tmp/r.json" 8
	rejected_has "$tmp/r.json" "$tmp/in/c.txt" "could not be read again"
	same_arrays "$tmp/full_without_c.json" "$tmp/r.json" documents clusters conflicts
else
	FAIL "F: no report"
fi

# G. a directory that keeps changing: every pass after the first finds every text longer
# (the default run: its later passes read every document)
fresh
rm -f "$tmp/r.json"
grow_all() { [ "$1" -ge 2 ] && for f in "$tmp"/in/*.txt; do echo more >> "$f"; done; true; }
served grow_all run 3 detect -q -o "$tmp/r.json" "$tmp/in"
err_has "the input kept changing while the run read it"
[ -e "$tmp/r.json" ] && FAIL "G: a report was written from an input that kept changing"
finish
