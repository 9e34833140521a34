#!/usr/bin/env bash
# detect and shingle under mpirun -np 1..4 give the plain run's output byte for byte, on the
# fixtures (rejects of every kind included) and on a JSONL made to cross share boundaries:
# duplicate ids across shares (a document, and a reject whose id repeats an earlier one),
# blank and malformed lines, no newline at the end, a text file and a JSONL line with one id;
# and the default command (the boilerplate pass on) on both.
source "$(dirname "$0")/mpi_lib.bash"
DUP=(detect --tier duplicate --no-boilerplate -q)
same_output fixtures "${DUP[@]}" fixtures

mkdir -p "$TMP/mix/sub"
python3 - "$TMP/mix" <<'PY'
import json, sys, random
out = sys.argv[1]
rnd = random.Random(15)
words = ("the council voted on the new budget after a long debate about schools roads "
         "water prices and the harbour project which the mayor said would bring jobs").split()
def text(n):
    return " ".join(rnd.choice(words) for _ in range(n))
base = [text(rnd.randint(30, 120)) for _ in range(120)]
lines = []
for i in range(600):
    t = base[i % 120] if i % 7 == 0 else text(rnd.randint(20, 200))
    lines.append(json.dumps({"id": "d%04d" % i, "text": t}))
lines[150] = ""                                   # blank: not an input
lines[151] = '{"id": "bad", "text": '              # malformed
lines[400] = json.dumps({"id": "d0010", "text": text(40)})   # duplicate of an early id
lines[450] = json.dumps({"id": "d0020", "text": "too few"})  # duplicate id, bad text too
lines[500] = json.dumps({"id": "d0030"})                      # duplicate id, no text: no text
lines[550] = json.dumps({"id": "sub/x", "text": text(50)})   # the text file's id (its later)
with open(out + "/a.jsonl", "w") as f:
    f.write("\n".join(lines))                     # no newline at the end
with open(out + "/sub/x.txt", "w") as f:
    f.write(text(60) + "\n")
with open(out + "/z.jsonl", "w") as f:
    f.write(json.dumps({"id": "d0001", "text": text(30)}) + "\n")  # duplicate in another file
PY
same_output mix "${DUP[@]}" "$TMP/mix"
# the mixture really holds what it is made for (else the comparison proves little)
python3 - "$TMP/mix.plain" <<'PY'
import json, sys
r = {(x.get("id"), x["reason"].split(" ")[0]) for x in json.load(open(sys.argv[1]))["rejected"]}
for want in [("d0010", "duplicate"), ("d0020", "duplicate"), ("d0030", "missing"),
             ("sub/x", "duplicate"), ("d0001", "duplicate"), (None, "malformed")]:
    assert want in r, (want, r)
print("ok: mix: its rejects are the intended ones")
PY
same_output mix_text "${DUP[@]}" --format text "$TMP/mix" fixtures/planted

same_output shingle_bin shingle fixtures "$TMP/mix"
same_output shingle_jsonl shingle --format jsonl --view content fixtures "$TMP/mix"

# the default command (both tiers, the boilerplate pass, the comparator) and the boilerplate
# pass with the duplicate tier alone: the texts go to rank 0, which runs the detector
same_output default detect -q fixtures
same_output default_mix detect -q "$TMP/mix"
same_output boiler_dup detect --tier duplicate -q fixtures
same_output boiler_dup_mix detect --tier duplicate -q "$TMP/mix" fixtures/planted
# the boilerplate pass ran and set text aside (else identity proves little)
python3 - "$TMP/default.plain" "$TMP/boiler_dup.plain" <<'PY'
import json, sys
for f in sys.argv[1:]:
    r = json.load(open(f))
    assert r["tool"]["params"]["boilerplate"] is True, f
    n = sum(1 for d in r["documents"] if d["boilerplate_bytes"] > 0)
    assert n >= 3, (f, n)
    print("ok:", f.rsplit("/", 1)[1], n, "documents with boilerplate set aside")
PY

# what does not run over ranks is refused, before any work, with exit 2 and a message
# (--index; standard input)
refused() {
	local why=$1
	shift
	local rc=0
	mpi 2 "$SC" "$@" -o "$TMP/refused.json" 2>"$TMP/refused.err" || rc=$?
	[ "$rc" = 2 ] || fail "'$*' under mpirun: exit $rc, expected 2"
	grep -q "under mpirun" "$TMP/refused.err" || fail "'$*': no message saying why"
	grep -q -- "$why" "$TMP/refused.err" || fail "'$*': the message does not say '$why'"
	[ ! -e "$TMP/refused.json" ] || fail "'$*': a report was written"
	echo "ok: '$*' refused under mpirun (exit 2)"
}
refused "--index does not run" detect --tier duplicate --no-boilerplate --index "$TMP/ix" fixtures/planted
refused "standard input" detect --tier both --no-boilerplate - <fixtures/planted/000_edited.txt
