#!/usr/bin/env bash
# What a streaming detect (files and directories, read once per pass) does not read, and what
# it says (house13; the passes are driven by SC_TEST_PASS_FIFO, see pass_fifo.bash):
#  A. a JSONL file empty at the walk, lines appended after it (before pass 1, or between
#     passes 1 and 2): read up to its size at the walk, as any JSONL file: nothing. It is the
#     reject "no JSONL records", the run does not start over, and the file is listed under
#     not_read ("grew during the run"). Before: lines appended before pass 1 were read, and
#     lines appended between two passes made the run start over without the file.
#  B. a file added to an input directory during the run (a new file, and one in a new
#     subdirectory; duplicate tier, and the default run's pass 3): not read, said on stderr
#     naming it, and listed under not_read with summary.not_read; summary.inputs does not
#     count it. Before: nothing said, nothing in the report.
#  C. a JSONL file rewritten between two passes, so the run starts over without it: each of
#     its lines the first pass read is a reject naming its id and line (its documents with
#     "changed while the run read it", a bad line with its own reason), so summary.inputs is
#     the plain run's. Before: one reject for the file, its documents' ids nowhere. The same
#     with g.jsonl named before its directory (its second path, a reject of the same path, is
#     not taken for one of its lines).
bin=$1
source tests/cli/hostile_lib.bash
source tests/cli/pass_fifo.bash
dup=(--tier duplicate --no-boilerplate --no-compare)

mkdir -p "$tmp/src"
"$PY" - "$tmp/src" << 'PYEOF'
import json, random, sys
d = sys.argv[1]
rng = random.Random(13)
def art(n):
    return " ".join("w%d" % rng.randrange(10**5) for _ in range(n))
base = [art(80) for _ in range(3)]
for k, t in {"a": base[0], "b": base[0] + " and one more", "c": base[1], "d": base[2]}.items():
    open("%s/%s.txt" % (d, k), "w").write(t + "\n")
open(d + "/empty.jsonl", "w").close()
with open(d + "/g.jsonl", "w") as f:
    for i in range(3):
        f.write(json.dumps({"id": "g%d" % i, "text": art(40)}) + "\n")
    f.write("{not json\n")
open(d + "/line", "w").write(json.dumps({"id": "late", "text": art(40)}) + "\n")
PYEOF

# check PLAIN REPORT PY: runs the Python assertions PY with a (PLAIN) and b (REPORT) loaded;
# they set bad to a message when they fail
check() {
	"$PY" - "$1" "$2" "$3" << 'PYEOF' || FAIL "$(basename "$2") against $(basename "$1") (above)"
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
bad = None
exec(sys.argv[3])
if bad:
    print("  ", bad)
sys.exit(1 if bad else 0)
PYEOF
}
# the JSON of a report without its not_read key and count
strip='def strip(r):
    r = json.loads(json.dumps(r)); r.pop("not_read", None); r["summary"].pop("not_read", None); return r
'

fresh
run 0 detect -q "${dup[@]}" -o "$tmp/plain.json" "$tmp/in"
report_check "$tmp/plain.json" 9 # 4 texts, empty.jsonl, 4 lines of g.jsonl
check "$tmp/plain.json" "$tmp/plain.json" 'bad = "not_read" in a and "a run that read all has not_read"'
fresh
run 0 detect -q -o "$tmp/plainfull.json" "$tmp/in"

# A. an empty JSONL file appended to
for n in 1 2; do
	fresh
	hooked 0 $n "cat $tmp/src/line >> $tmp/in/empty.jsonl" "${dup[@]}"
	[ -s "$tmp/in/empty.jsonl" ] || FAIL "A$n: the hook did not run"
	[ -e "$tmp/r.json" ] || { FAIL "A$n: no report"; continue; }
	grep -qF "starting over" "$tmp/err" && FAIL "A$n: the run started over"
	err_has "$tmp/in/empty.jsonl grew during the run: its bytes past 0"
	check "$tmp/plain.json" "$tmp/r.json" "$strip"'
nr = b.get("not_read") or []
if strip(a) != strip(b):
    bad = "A'$n': not the plain run: documents %s, rejected %s" % ([d["id"] for d in b["documents"]], b["rejected"])
elif [(x["path"], x["reason"][:20]) for x in nr] != [("'"$tmp/in/empty.jsonl"'", "grew during the run:")] or b["summary"].get("not_read") != 1:
    bad = "A'$n': not_read is %s" % nr'
done

# B. files added: in the directory and in a new subdirectory, before pass 2 (duplicate tier)
fresh
hooked 0 2 "cp $tmp/src/c.txt $tmp/in/zz.txt; mkdir $tmp/in/new; cp $tmp/src/d.txt $tmp/in/new/d2.txt" "${dup[@]}"
[ -e "$tmp/in/new/d2.txt" ] || FAIL "B: the hook did not run"
err_has "$tmp/in/new/d2.txt was added to an input directory during the run: not read"
err_has "$tmp/in/zz.txt was added to an input directory during the run: not read"
[ -e "$tmp/r.json" ] && check "$tmp/plain.json" "$tmp/r.json" "$strip"'
nr = [x["path"] for x in b.get("not_read") or []]
if strip(a) != strip(b):
    bad = "B: not the plain run"
elif nr != ["'"$tmp/in/new/d2.txt"'", "'"$tmp/in/zz.txt"'"] or b["summary"].get("not_read") != 2:
    bad = "B: not_read is %s" % b.get("not_read")
elif b["summary"]["inputs"] != a["summary"]["inputs"]:
    bad = "B: inputs counts an added file"'
# the report with not_read is valid against the schema (objects are closed there)
[ -e "$tmp/r.json" ] && { "$PY" tests/cli/report_validate.py report/schema/report-v1.json "$tmp/r.json" > /dev/null ||
	FAIL "B: the report does not validate"; }
# the default run (event tier, comparator): added before pass 3
fresh
hooked 0 3 "cp $tmp/src/c.txt $tmp/in/zz.txt"
err_has "$tmp/in/zz.txt was added to an input directory during the run: not read"
[ -e "$tmp/r.json" ] && check "$tmp/plainfull.json" "$tmp/r.json" "$strip"'
nr = [x["path"] for x in b.get("not_read") or []]
if strip(a) != strip(b) or nr != ["'"$tmp/in/zz.txt"'"]:
    bad = "B (default run): not the plain run, or not_read is %s" % nr'
# the text format says nothing new and fails on nothing
fresh
hooked 0 2 "cp $tmp/src/c.txt $tmp/in/zz.txt" "${dup[@]}" --format text
err_has "$tmp/in/zz.txt was added to an input directory during the run: not read"

# B2. what the end walk cannot read is no file added (final13): a symlink loop that appeared
# says the walk's own reason; an input directory named on the command line and removed during
# the run is not listed (the report accounts for it as the first walk found it)
fresh
mkdir -p "$tmp/in/sub" "$tmp/in2"
cp "$tmp/src/c.txt" "$tmp/in2/"
rm -f "$tmp/r.json"
served_at 2 "ln -sfn .. $tmp/in/sub/loop; rm -r $tmp/in2" run 0 detect -q "${dup[@]}" -o "$tmp/r.json" "$tmp/in" "$tmp/in2"
[ -e "$tmp/in2" ] && FAIL "B2: the hook did not run"
err_has "$tmp/in/sub/loop appeared during the run and was not read"
[ -e "$tmp/r.json" ] && "$PY" - "$tmp/r.json" "$tmp" << 'PYEOF' || FAIL "B2: not_read wrong"
import json, sys
r = json.load(open(sys.argv[1])); t = sys.argv[2]
nr = {x["path"]: x["reason"] for x in r.get("not_read") or []}
sys.exit(0 if list(nr) == [t + "/in/sub/loop"] and "was added" not in nr[t + "/in/sub/loop"] else 1)
PYEOF

# C. a JSONL file rewritten between passes 1 and 2 (one document changed)
fresh
rm "$tmp/in/g.jsonl"
run 0 detect -q "${dup[@]}" -o "$tmp/without_g.json" "$tmp/in"
fresh
hooked 0 2 "sed -i 's/\"g1\", \"text\": \"w/\"g1\", \"text\": \"v/' $tmp/in/g.jsonl" "${dup[@]}"
err_has "$tmp/in/g.jsonl changed between two passes over the input (document g1 is not what the first pass read)"
err_has "starting over without $tmp/in/g.jsonl"
if [ -e "$tmp/r.json" ]; then
	report_check "$tmp/r.json" 9
	"$PY" tests/cli/report_validate.py report/schema/report-v1.json "$tmp/r.json" > /dev/null ||
		FAIL "C: the report does not validate"
	check "$tmp/without_g.json" "$tmp/r.json" '
g = [(x.get("id"), x.get("line"), x["reason"].split(" (")[0]) for x in b["rejected"] if x["path"].endswith("/g.jsonl")]
want = [("g0", 1, "changed while the run read it"), ("g1", 2, "changed while the run read it"),
        ("g2", 3, "changed while the run read it"), (None, 4, "malformed JSON near byte 2")]
if g != want:
    bad = "C: the rejects of g.jsonl are %s" % g
elif a["documents"] != b["documents"] or a["clusters"] != b["clusters"]:
    bad = "C: documents or clusters are not those of the run without g.jsonl"'
else
	FAIL "C: no report"
fi
# the same, g.jsonl named before its directory: the directory's g.jsonl is another input (the
# reject "the same file as", of the same path), not one of g.jsonl's lines
fresh
hooked 0 2 "sed -i 's/\"g1\", \"text\": \"w/\"g1\", \"text\": \"v/' $tmp/in/g.jsonl" "${dup[@]}" "$tmp/in/g.jsonl"
err_has "starting over without $tmp/in/g.jsonl"
if [ -e "$tmp/r.json" ]; then
	report_check "$tmp/r.json" 10
	check "$tmp/without_g.json" "$tmp/r.json" '
g = [(x.get("id"), x.get("line"), x["reason"].split(" (")[0]) for x in b["rejected"] if x["path"].endswith("/g.jsonl")]
if [x[:2] for x in g] != [("g0", 1), ("g1", 2), ("g2", 3), (None, 4), (None, None)] or not g[4][2].startswith("the same file as"):
    bad = "C2: the rejects of g.jsonl are %s" % g'
else
	FAIL "C2: no report"
fi
finish
