#!/usr/bin/env python3
"""score_events.py: scores a `storycheck detect` report against the truth written by
bench/gen_events (the generator with events). A small standalone scorer for the generator's
truth; real news (ECB+) has its own, bench/eval_events.py.

Prints one CSV row (with a header unless --no-header):
  docs            documents in the truth
  missing         truth documents absent from the report's documents (scored as singletons)
  event_clusters  clusters of kind "event";  dup_clusters  clusters of kind "duplicate"
  event_p, event_r, event_f1
                  B-cubed precision, recall and F1 of the event clusters against the truth's
                  events (Bagga & Baldwin 1998): every document counts once; a document in no
                  event cluster is a singleton; P = mean over documents of |C(d) n T(d)| / |C(d)|,
                  R = mean of |C(d) n T(d)| / |T(d)|, F1 = 2PR / (P + R)
  dup_p, dup_r, dup_f1
                  the same for the duplicate clusters against the copy groups (a document and
                  every copy of it, transitively)
  copy_recall     copies in one duplicate cluster with the document they copy, over all copies
  warnings        the report's summary.warnings joined with " | " (quoted)

usage: score_events.py REPORT.json TRUTH.tsv [--no-header]
"""
import csv
import json
import sys
from collections import Counter

from unionfind import UnionFind


def bcubed(pred, gold):
    """pred, gold: dict doc -> cluster label (every doc in gold). Returns P, R, F1."""
    n = len(gold)
    if n == 0:
        return 0.0, 0.0, 0.0
    csize = Counter(pred[d] for d in gold)
    tsize = Counter(gold.values())
    both = Counter((pred[d], gold[d]) for d in gold)
    p = sum(k * k / csize[c] for (c, _), k in both.items()) / n
    r = sum(k * k / tsize[t] for (_, t), k in both.items()) / n
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    header = "--no-header" not in argv
    if len(args) != 2 or "-h" in argv or "--help" in argv:
        print(__doc__.split("usage:")[1].strip() if "usage:" in __doc__ else __doc__,
              file=sys.stderr)
        return 2
    report_path, truth_path = args

    event, copy_of = {}, {}
    with open(truth_path, encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            event[row["id"]] = row["event"]
            if row["copy_of"] != "-":
                copy_of[row["id"]] = row["copy_of"]

    with open(report_path, encoding="utf-8") as f:
        rep = json.load(f)
    seen = {d["id"] for d in rep.get("documents", [])}
    missing = sum(1 for d in event if d not in seen)

    pred_ev, pred_dup = {}, {}
    nev = ndup = 0
    for c in rep.get("clusters", []):
        kind = c.get("kind")
        target = pred_ev if kind == "event" else pred_dup if kind == "duplicate" else None
        if target is None:
            continue
        if kind == "event":
            nev += 1
        else:
            ndup += 1
        label = c.get("id", f"{kind}{nev + ndup}")
        for m in c.get("members", []):
            target.setdefault(m, label)  # a document in two clusters of a tier: the first
    for d in event:
        pred_ev.setdefault(d, "single:" + d)
        pred_dup.setdefault(d, "single:" + d)

    # copy groups: union-find over copy_of
    sets = UnionFind(event)
    for c, src in copy_of.items():
        if c in sets and src in sets:
            sets.union(c, src)
    group = {d: sets.find(d) for d in event}

    ep, er, ef = bcubed(pred_ev, event)
    dp, dr, df = bcubed(pred_dup, group)
    together = sum(1 for c, s in copy_of.items()
                   if s in pred_dup and not pred_dup[c].startswith("single:")
                   and pred_dup[c] == pred_dup[s])
    crec = together / len(copy_of) if copy_of else 0.0
    warnings = " | ".join(rep.get("summary", {}).get("warnings", []))

    w = csv.writer(sys.stdout, lineterminator="\n")
    if header:
        w.writerow(["docs", "missing", "event_clusters", "dup_clusters", "event_p", "event_r",
                    "event_f1", "dup_p", "dup_r", "dup_f1", "copy_recall", "warnings"])
    w.writerow([len(event), missing, nev, ndup, f"{ep:.4f}", f"{er:.4f}", f"{ef:.4f}",
                f"{dp:.4f}", f"{dr:.4f}", f"{df:.4f}", f"{crec:.4f}", warnings])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
