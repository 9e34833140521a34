#!/usr/bin/env bash
# Words (issue 13, faults 9 and 10).
#  9. Texts with no letter or digit (punctuation, symbols, emoji) give no token, so their
#     signatures are all alike: each is rejected "no words to compare" on every path (detect,
#     detect --index, shingle), also with --min-words 0, and none is paired.
# 10. Unicode spaces (Zs: U+00A0, U+202F, U+3000 ...) separate words: an 800-word article
#     whose words are separated by them is read like the same article with ASCII spaces.
bin=$1
source tests/cli/hostile_lib.bash

"$PY" - "$tmp" << 'PYEOF'
import json, sys
d = sys.argv[1]
with open(d + "/sym.jsonl", "w") as f:
    for i in range(4):
        f.write(json.dumps({"id": "p%d" % i, "text": "!!! ??? ... --- *** ;;; " + "#" * (i + 1)}) + "\n")
        f.write(json.dumps({"id": "e%d" % i, "text": "\U0001F600 \U0001F389 \u2605 \u2192 \u00a9 " + "\U0001F600" * (i + 1)}) + "\n")
    # a real article beside them, which must stay
    f.write(json.dumps({"id": "real", "text": " ".join("word%d" % k for k in range(40))}) + "\n")
words = ["mot%d" % (k % 97) + "abc"[k % 3] for k in range(800)]
with open(d + "/spaces.jsonl", "w") as f:
    for name, sep in [("ascii", " "), ("nbsp", "\u00a0"), ("nnbsp", "\u202f"), ("ideo", "\u3000"),
                      ("thin", "\u2009"), ("mixed", None)]:
        if sep is None:
            seps = ["\u00a0", "\u202f", "\u3000", "\u2007", " "]
            text = "".join(w + seps[k % 5] for k, w in enumerate(words)).rstrip()
        else:
            text = sep.join(words)
        f.write(json.dumps({"id": name, "text": text}) + "\n")
    f.write(json.dumps({"id": "five", "text": "\u00a0".join(["un", "deux", "trois", "quatre", "cinq"])}) + "\n")
PYEOF

# 9
for mw in 5 0; do
	run 0 detect --min-words $mw -o "$tmp/r.json" "$tmp/sym.jsonl"
	report_check "$tmp/r.json" 9
	[ "$(grep -c 'no words to compare' "$tmp/err")" -eq 8 ] || FAIL "--min-words $mw: not 8 'no words to compare' rejects"
	"$PY" -c 'import json,sys; r=json.load(open(sys.argv[1])); sys.exit(0 if r["clusters"]==[] and [d["id"] for d in r["documents"]]==["real"] else 1)' "$tmp/r.json" ||
		FAIL "--min-words $mw: symbol-only texts were kept or paired"
	run 0 shingle --min-words $mw --format jsonl -o "$tmp/s.jsonl" "$tmp/sym.jsonl"
	[ "$(wc -l < "$tmp/s.jsonl")" -eq 1 ] || FAIL "shingle --min-words $mw wrote signatures of symbol-only texts"
	err_has "no words to compare"
done
rm -f "$tmp/ix.sig"
run 0 detect -q --no-compare --index "$tmp/ix.sig" -o "$tmp/r1.json" "$tmp/sym.jsonl"
grep -v real "$tmp/sym.jsonl" | sed 's/"id": "/"id": "again-/' > "$tmp/sym2.jsonl"
run 3 detect --no-compare --index "$tmp/ix.sig" -o "$tmp/r2.json" "$tmp/sym2.jsonl"
err_has "no document could be read (8 rejected)"
err_has "0 pairs against old documents"

# 10
run 0 detect --no-compare --tier duplicate --min-words 6 -o "$tmp/r.json" "$tmp/spaces.jsonl"
report_check "$tmp/r.json" 7
err_has "near-empty: 5 words (minimum 6)"
"$PY" - "$tmp/r.json" << 'PYEOF' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
toks = {d["id"]: d["tokens"] for d in r["documents"]}
dup = [c["members"] for c in r["clusters"] if c["kind"] == "duplicate"]
want = ["ascii", "ideo", "mixed", "nbsp", "nnbsp", "thin"]
ok = sorted(toks) == want and len(set(toks.values())) == 1 and dup == [want]
print(("" if ok else "FAIL: ") + "unicode spaces: tokens %r, duplicate clusters %r" % (toks, dup))
sys.exit(0 if ok else 1)
PYEOF
finish
