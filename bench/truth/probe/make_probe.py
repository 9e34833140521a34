#!/usr/bin/env python3
"""Writes probe.jsonl and probe-truth.tsv from the hand-written event modules, and checks them:
every quote is a verbatim substring found exactly once in its document, articles are 120-300 words,
ids are p<EV>_<N>. Run from this directory: python3 make_probe.py"""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_lib import DOCS, TRUTH
import events_en1, events_en2, events_en3, events_en4, events_fr1, events_fr2, events_fr3  # noqa: F401
import amend

# alternative quotes: copies of conflict/update lines with one quote replaced (see amend.py)
primary = list(TRUTH)
for n, row in enumerate(primary, 1):
    if row[1] == "trap":
        continue
    variants = [row]
    for doc_id, q, alt, alt_src in amend.ALTS:
        for v in list(variants):
            for qi, di in ((4, 3), (7, 6)):
                if v[di] == doc_id and v[qi] == q:
                    w = list(v); w[qi] = alt; w[qi + 1] = alt_src
                    if tuple(w) not in variants:
                        variants.append(tuple(w))
    for v in variants[1:]:
        TRUTH.append(v[:9] + (f"alt of #{n}: {row[9]}",))

here = os.path.dirname(os.path.abspath(__file__))
byid = {d["id"]: d for d in DOCS}
bad = 0
assert len(byid) == len(DOCS), "duplicate ids"
for d in DOCS:
    assert re.fullmatch(r"p\d\d_[1-3]", d["id"]), d["id"]
    n = len(d["text"].split())
    if not 120 <= n <= 300:
        print(f"{d['id']}: {n} words", file=sys.stderr); bad += 1
for row in TRUTH:
    ev, label, kind, a, qa, sa, b, qb, sb, note = row
    assert label in ("conflict", "trap", "update"), row
    assert kind in ("number", "date", "denial", "negation", "antonym"), row
    for doc_id, q in ((a, qa), (b, qb)):
        assert doc_id.startswith(ev + "_"), row
        c = byid[doc_id]["text"].count(q)
        nw = len(q.split())
        if c != 1 or not 2 <= nw <= 15:
            print(f"{doc_id}: quote {q!r} found {c} times, {nw} words", file=sys.stderr); bad += 1
    for f in row:
        assert "\t" not in f and "\n" not in f, row
if bad:
    sys.exit(f"{bad} problems")
with open(os.path.join(here, "probe.jsonl"), "w", encoding="utf-8") as f:
    for d in sorted(DOCS, key=lambda d: d["id"]):
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
with open(os.path.join(here, "probe-truth.tsv"), "w", encoding="utf-8") as f:
    f.write("event\tlabel\tkind\tdoc_a\tquote_a\tsource_a\tdoc_b\tquote_b\tsource_b\tnote\n")
    for row in TRUTH:
        f.write("\t".join(row) + "\n")
from collections import Counter
print(len(DOCS), "documents;", Counter((r[1]) for r in TRUTH))
