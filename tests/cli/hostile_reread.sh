#!/usr/bin/env bash
# The two streaming passes of detect (--tier duplicate --no-boilerplate) (issue 13, faults 7, 8).
#  7. A FIFO given as input (anything not a regular file or directory) is read once, as - is:
#     the run used to reopen it for the second pass and block for ever.
#  8. An input rewritten between the two passes (same length, other words) is an error naming
#     the file, not a silently different report: it was exit 3 and no report; since house12
#     the run starts over without that file, which is a reject saying it changed.
bin=$1
source tests/cli/hostile_lib.bash
opts=(--tier duplicate --no-boilerplate --no-compare)

nbig=60000
[ $SLOWRUN = 1 ] && nbig=10000 && echo "(sanitizer/valgrind build: $nbig documents in big.jsonl)"
"$PY" - "$tmp" $nbig << 'PYEOF'
import json, random, sys
d = sys.argv[1]
rng = random.Random(7)
def art(n):
    return " ".join("w%d" % rng.randrange(10**6) for _ in range(n))
base = art(60)
with open(d + "/small.jsonl", "w") as f:
    f.write(json.dumps({"id": "s1", "text": base}) + "\n")
    f.write(json.dumps({"id": "s2", "text": base + " extra"}) + "\n")
with open(d + "/small.changed", "w") as f:  # same bytes per line, other words
    f.write(json.dumps({"id": "s1", "text": base}) + "\n")
    f.write(json.dumps({"id": "s2", "text": base.replace("w", "v") + " extra"}) + "\n")
with open(d + "/big.jsonl", "w") as f:
    for i in range(int(sys.argv[2])):
        f.write(json.dumps({"id": "b%d" % i, "text": art(25)}) + "\n")
PYEOF
cmp -s "$tmp/small.jsonl" "$tmp/small.changed" && FAIL "the changed input is the same"
[ "$(stat -c %s "$tmp/small.jsonl")" = "$(stat -c %s "$tmp/small.changed")" ] || FAIL "the changed input has another length"

# 7. a FIFO
mkfifo "$tmp/fifo.jsonl"
cat "$tmp/small.jsonl" > "$tmp/fifo.jsonl" &
writer=$!
timeout 60 "$bin" detect -q "${opts[@]}" -o "$tmp/r.json" "$tmp/fifo.jsonl" 2> "$tmp/err"
rc=$?
[ $rc -eq 0 ] || FAIL "a FIFO as input: exit $rc (124: blocked on reopening it): $(head -3 "$tmp/err")"
kill $writer 2> /dev/null
wait $writer 2> /dev/null
grep -q '"kind": *"duplicate"' "$tmp/r.json" 2> /dev/null || FAIL "a FIFO as input: no duplicate cluster"

# 8. small.jsonl rewritten once the first pass is past it (reading big.jsonl), before the
# second pass comes back to it
"$bin" detect -q "${opts[@]}" -o "$tmp/r8.json" "$tmp/small.jsonl" "$tmp/big.jsonl" 2> "$tmp/err" &
pid=$!
seen=0
for _ in $(seq 1 3000); do
	if ls -l /proc/$pid/fd 2> /dev/null | grep -q 'big.jsonl'; then
		seen=1
		break
	fi
	kill -0 $pid 2> /dev/null || break
	sleep 0.01
done
if [ $seen = 1 ]; then
	cp "$tmp/small.changed" "$tmp/small.jsonl.new"
	touch -r "$tmp/small.jsonl" "$tmp/small.jsonl.new" # same mtime too: only the content tells
	cat "$tmp/small.jsonl.new" > "$tmp/small.jsonl"
	touch -r "$tmp/small.jsonl.new" "$tmp/small.jsonl"
	wait $pid
	rc=$?
	# (house12) the run starts over without the changed file, which is a reject saying so
	[ $rc -eq 0 ] || FAIL "an input rewritten between the passes: exit $rc, expected 0"
	grep -qF "$tmp/small.jsonl changed between two passes over the input (document s2" "$tmp/err" ||
		FAIL "no message naming the changed file: $(head -3 "$tmp/err")"
	"$PY" - "$tmp/r8.json" "$tmp/small.jsonl" $nbig << 'PYEOF' || FAIL "the changed input is not a reject, or documents are missing"
import json, sys
r = json.load(open(sys.argv[1]))
ids = {d["id"] for d in r["documents"]}
rej = [x for x in r["rejected"] if x["path"] == sys.argv[2] and "changed while the run read it" in x["reason"]]
# (house13) each line the first pass read is a reject by its id and line, not one for the file
ok = [(x.get("id"), x.get("line")) for x in rej] == [("s1", 1), ("s2", 2)] and "s1" not in ids and "s2" not in ids and len(ids) == int(sys.argv[3])
if not ok:
    print("rejected:", r["rejected"], "documents:", len(ids))
sys.exit(0 if ok else 1)
PYEOF
else
	wait $pid
	echo "SKIP part 8: the first pass ended before it could be seen reading big.jsonl"
fi
# 9. Dates read from the texts: the streaming pass frees each text once it is sketched, and used
#    to free it before the date was read, so a file gave documents without the dates the same
#    JSONL on standard input (texts kept) gave.
"$PY" - "$tmp" << 'PYEOF'
import json, sys
with open(sys.argv[1] + "/dated.jsonl", "w") as f:
    f.write(json.dumps({"id": "t1", "text": "LYON, 14 March 2021 - The river rose overnight and the old bridge was closed to traffic."}) + "\n")
    f.write(json.dumps({"id": "t2", "text": "The council met on 2 June 2019 to vote on the budget for the coming year."}) + "\n")
    f.write(json.dumps({"id": "t3", "text": "A festival opened in the square, with music until late in the evening."}) + "\n")
    f.write(json.dumps({"id": "t4", "published": "2020-05-01", "text": "Results of the regional vote were published on Friday."}) + "\n")
PYEOF
"$bin" detect -q "${opts[@]}" -o "$tmp/d_file.json" "$tmp/dated.jsonl" || FAIL "dated.jsonl: exit $?"
"$bin" detect -q "${opts[@]}" -o "$tmp/d_stdin.json" - < "$tmp/dated.jsonl" || FAIL "dated.jsonl on stdin: exit $?"
"$PY" - "$tmp/d_file.json" "$tmp/d_stdin.json" << 'PYEOF' || FAIL "streaming and stdin runs disagree on dates"
import json, sys
def dates(p):
    return {d["id"]: (d.get("date_source"), d.get("date"), d.get("year")) for d in json.load(open(p))["documents"]}
f, s = dates(sys.argv[1]), dates(sys.argv[2])
ok = f == s and f["t1"][0] == "text" and f["t2"][0] == "text" and f["t4"][0] == "published"
if not ok:
    print("file:", f); print("stdin:", s)
sys.exit(0 if ok else 1)
PYEOF
finish
