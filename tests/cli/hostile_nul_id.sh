#!/usr/bin/env bash
# Ids with a NUL byte (issue 13, fault 5). JSONL: "\u0000" inside an id is a reject that says
# the NUL is in "id" and does not name the document by the id cut at the NUL (which another
# document may carry); the index written after such a run reads back. Signature files: an id
# holding a NUL byte is a format error (exit 3, naming the file), never an index rewritten with
# an empty or cut id that the next run cannot read.
bin=$1
source tests/cli/hostile_lib.bash

words() { printf 'word%d ' $(seq "$1" "$2"); }
{
	printf '{"id":"a\\u0000b","text":"%s"}\n' "$(words 1 30)"
	printf '{"id":"a","text":"%s"}\n' "$(words 100 130)"
	printf '{"id":"t","title":"x\\u0000y","text":"%s"}\n' "$(words 200 230)"
} > "$tmp/n.jsonl"
run 0 detect --no-compare --index "$tmp/ix.sig" -o "$tmp/r.json" "$tmp/n.jsonl"
err_has 'line 1: NUL character (\u0000) in "id"'
err_has 'line 3: NUL character (\u0000) in "title"'
report_check "$tmp/r.json" 3
"$PY" - "$tmp/r.json" << 'PYEOF' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
rej = {x["line"]: x for x in r["rejected"]}
ok = "id" not in rej[1] and rej[3].get("id") == "t" and [d["id"] for d in r["documents"]] == ["a"]
print("rejects name the right documents" if ok else "FAIL: rejects %r" % r["rejected"])
sys.exit(0 if ok else 1)
PYEOF
run 0 shingle --dump "$tmp/ix.sig"
[ "$(wc -l < "$tmp/out")" -eq 1 ] || FAIL "index does not read back one record"
run 0 detect -q --no-compare --index "$tmp/ix.sig" -o "$tmp/r2.json" "$tmp/n.jsonl"

# a signature file whose id holds a NUL byte (made by patching a valid one)
printf '{"id":"zz","text":"%s"}\n' "$(words 1 30)" > "$tmp/z.jsonl"
run 0 shingle "$tmp/z.jsonl" -o "$tmp/z.sig"
for at in first inside; do
	"$PY" - "$tmp/z.sig" "$tmp/bad.sig" $at << 'PYEOF'
import sys
d = bytearray(open(sys.argv[1], "rb").read())
i = d.index(b"zz")
d[i + (0 if sys.argv[3] == "first" else 1)] = 0
open(sys.argv[2], "wb").write(d)
PYEOF
	cp "$tmp/bad.sig" "$tmp/bad.orig"
	run 3 detect -q --no-compare --index "$tmp/bad.sig" -o "$tmp/r3.json" "$tmp/z.jsonl"
	err_has "$tmp/bad.sig"
	cmp -s "$tmp/bad.sig" "$tmp/bad.orig" || FAIL "an index with a NUL in an id ($at) was rewritten"
	run 3 shingle --dump "$tmp/bad.sig"
done
finish
