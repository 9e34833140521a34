#!/usr/bin/env python3
"""score_nli.py: scores `storycheck compare` on the French XNLI-style set bench/truth/nli-fr/pairs.tsv
(hand-written before anyone ran storycheck on it; see its README.md), contradiction against the rest.

usage: bench/score_nli.py [--storycheck PATH] [--pairs FILE] [--output FILE] [--details]
                          [-- COMPARE_OPTIONS...]
  Runs `PATH compare COMPARE_OPTIONS PAIRS` (PATH defaults to build/storycheck, PAIRS to
  bench/truth/nli-fr/pairs.tsv, both relative to the repository root), reads its JSON lines
  (`{"id", "label": "contradiction" | "compatible", ...}`, see the CONTRACT's "compare") and prints CSV
      split,system,n,precision,recall,f1,accuracy
  on standard output, split dev (genres g01-g05), held (g06-g10) or all; positive class =
  contradiction, gold entailment and neutral both count as "the rest". A ratio whose denominator
  is zero prints as empty. Systems:
    storycheck    storycheck's label
    negword-rule  the baseline: contradiction iff a negation word appears on exactly one side.
                  Words (lowercased, whole words): ne n' pas jamais rien aucun aucune personne nul
                  nulle ni non sans plus guère; the elided n' counts as a word of its own wherever
                  it is glued to the next one (n'a, n'est, n’y), as does ne.
  --details lists storycheck's errors (false alarms and misses) of the DEV split only, on standard
  error: the HELD split (g06-g10) is for figures only, so that nobody tunes on it.
  Options after -- go to storycheck compare: `-- --operating-point f1` scores pair mode's F1
  operating point (the default is precision, the judge's own decision).
  --output saves storycheck's raw JSON lines. Wall and CPU time of the storycheck run go to
  standard error.
"""
import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEG_WORDS = {"ne", "n'", "pas", "jamais", "rien", "aucun", "aucune", "personne", "nul", "nulle",
             "ni", "non", "sans", "plus", "guère"}
# A token is a run of word characters, keeping one trailing apostrophe so that the elided
# forms (n', qu', l') stay tokens of their own: "n'a" -> "n'", "a".
TOKEN = re.compile(r"\w+['’]?")


def split_of(pair_id):
    """dev for genres 01-05, held for 06-10 (ids g<GG>_p<NN>_<e|n|c>)."""
    m = re.match(r"g(\d\d)_", pair_id)
    if not m:
        raise ValueError(f"pair id {pair_id!r} is not g<GG>_p<NN>_<x>")
    return "dev" if int(m.group(1)) <= 5 else "held"


def has_negword(text):
    for tok in TOKEN.findall(text.lower()):
        tok = tok.replace("’", "'")
        if tok in NEG_WORDS or tok.rstrip("'") in NEG_WORDS:
            return True
    return False


def negword_rule(premise, hypothesis):
    return has_negword(premise) != has_negword(hypothesis)


def read_pairs(path):
    """The pairs file is written by us: plain TSV, no quoting, one header line."""
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = []
        for lineno, line in enumerate(f, 2):
            line = line.rstrip("\n")
            if not line:
                continue
            fields = line.split("\t")
            if len(fields) != len(header):
                sys.exit(f"score_nli: {path}:{lineno}: {len(fields)} fields, header has {len(header)}")
            rows.append(dict(zip(header, fields)))
    for need in ("id", "premise", "hypothesis", "label"):
        if need not in header:
            sys.exit(f"score_nli: {path}: no column {need!r}")
    return rows


def run_storycheck(exe, pairs_path, options, save):
    cmd = [exe, "compare", *options, pairs_path]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        sys.exit(f"score_nli: {' '.join(cmd)} exited {proc.returncode}")
    if proc.stderr:
        sys.stderr.write(proc.stderr)
    print(f"score_nli: {' '.join(cmd)}: wall {wall:.2f} s, cpu {cpu:.2f} s", file=sys.stderr)
    if save:
        with open(save, "w", encoding="utf-8") as f:
            f.write(proc.stdout)
    out = {}
    for line in proc.stdout.splitlines():
        if line.strip():
            obj = json.loads(line)
            out[obj["id"]] = obj
    return out


def metrics(gold, pred):
    """gold, pred: lists of booleans (True = contradiction)."""
    tp = sum(g and p for g, p in zip(gold, pred))
    fp = sum(p and not g for g, p in zip(gold, pred))
    fn = sum(g and not p for g, p in zip(gold, pred))
    correct = sum(g == p for g, p in zip(gold, pred))
    prec = tp / (tp + fp) if tp + fp else None
    rec = tp / (tp + fn) if tp + fn else None
    f1 = 2 * prec * rec / (prec + rec) if prec and rec else (0.0 if prec == 0 or rec == 0 else None)
    acc = correct / len(gold) if gold else None
    return len(gold), prec, rec, f1, acc


def fmt(x):
    return "" if x is None else f"{x:.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--storycheck", default=os.path.join(ROOT, "build", "storycheck"))
    ap.add_argument("--pairs", default=os.path.join(ROOT, "bench", "truth", "nli-fr", "pairs.tsv"))
    ap.add_argument("--output", help="save storycheck's JSON lines here")
    ap.add_argument("--details", action="store_true", help="list storycheck's DEV errors on stderr")
    ap.add_argument("options", nargs="*", help="options passed to storycheck compare (after --)")
    args = ap.parse_args()

    rows = read_pairs(args.pairs)
    judged = run_storycheck(args.storycheck, args.pairs, args.options, args.output)
    missing = [r["id"] for r in rows if r["id"] not in judged]
    if missing:
        sys.exit(f"score_nli: storycheck gave no verdict for {len(missing)} pairs, e.g. {missing[:3]}")

    preds = {
        "storycheck": {r["id"]: judged[r["id"]]["label"] == "contradiction" for r in rows},
        "negword-rule": {r["id"]: negword_rule(r["premise"], r["hypothesis"]) for r in rows},
    }
    print("split,system,n,precision,recall,f1,accuracy")
    for split in ("dev", "held", "all"):
        sel = [r for r in rows if split == "all" or split_of(r["id"]) == split]
        gold = [r["label"] == "contradiction" for r in sel]
        for system, pred in preds.items():
            n, p, rc, f1, acc = metrics(gold, [pred[r["id"]] for r in sel])
            print(f"{split},{system},{n},{fmt(p)},{fmt(rc)},{fmt(f1)},{fmt(acc)}")

    if args.details:
        for kind, want_gold in (("false alarms", False), ("misses", True)):
            errs = [r for r in rows if split_of(r["id"]) == "dev"
                    and (r["label"] == "contradiction") == want_gold
                    and preds["storycheck"][r["id"]] != want_gold]
            print(f"# DEV {kind}: {len(errs)}", file=sys.stderr)
            for r in errs:
                j = judged[r["id"]]
                print(f"{r['id']}\t{r['label']}\tkind={j.get('kind')}\tscore={j.get('score')}"
                      f"\tcues={json.dumps(j.get('cues', []), ensure_ascii=False)}\n"
                      f"  P: {r['premise']}\n  H: {r['hypothesis']}", file=sys.stderr)


if __name__ == "__main__":
    main()
