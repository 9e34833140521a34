#!/usr/bin/env python3
"""events_profile.py: how alike the documents of a gen_events corpus are, by the truth.

Prints, for the first N documents (default 3000), the content-word Jaccard (lower-cased
letter words of 3+ letters, a short English stopword list out: a rough stand-in for the event
tier's stemmed content words) of
  within      every pair of one event, copies left out
  same kind   a 2% sample of pairs of two events of one kind
  other kind  a 0.5% sample of pairs of two kinds
as count, mean, median, 10th and 90th percentiles. Sampling is seeded: same corpus, same
output. English documents only (French ones are skipped).

usage: events_profile.py CORPUS.jsonl TRUTH.tsv [N]
"""
import csv
import json
import random
import re
import statistics
import sys

STOP = set("the a an of and to in on at for with from by was were is are has have had that this "
           "it its as be been after said about more than but not or who which their they he she "
           "his her would will could into up out over near".split())


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    n = int(argv[3]) if len(argv) > 3 else 3000
    truth = {}
    with open(argv[2], encoding="utf-8") as f:
        for row in csv.DictReader((x for x in f if not x.startswith("#")), delimiter="\t"):
            truth[row["id"]] = row
    words = {}
    with open(argv[1], encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= n:
                break
            d = json.loads(line)
            if d.get("lang") != "en":
                continue
            words[d["id"]] = {w for w in re.findall(r"[a-z]+", d["text"].lower())
                              if len(w) > 2 and w not in STOP}
    ids = sorted(words)
    rnd = random.Random(1)
    groups = {"within": [], "same kind": [], "other kind": []}
    for i, a in enumerate(ids):
        ta, wa = truth[a], words[a]
        for b in ids[i + 1:]:
            tb = truth[b]
            if ta["event"] == tb["event"]:
                if ta["role"] == "copy" or tb["role"] == "copy":
                    continue
                key = "within"
            elif ta["kind"] == tb["kind"]:
                if rnd.random() >= 0.02:
                    continue
                key = "same kind"
            elif rnd.random() < 0.005:
                key = "other kind"
            else:
                continue
            wb = words[b]
            groups[key].append(len(wa & wb) / len(wa | wb))
    print("pairs,count,mean,median,p10,p90")
    for key, v in groups.items():
        v.sort()
        if not v:
            print(f"{key},0,,,,")
            continue
        print(f"{key},{len(v)},{statistics.mean(v):.3f},{v[len(v) // 2]:.3f},"
              f"{v[len(v) // 10]:.3f},{v[9 * len(v) // 10]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
