#!/usr/bin/env python3
"""Where detect loses the labelled real-news conflicts: one stage per truth conflict, tabulated
by kind.

Runs bench/fit/cmp_trace (what `storycheck detect --leads` runs, with the comparator's recall
trace on; line formats at the top of detect/compare/conflict.c) on the articles of the labelled
topics, the same input as bench/score_realnews.py, maps each truth conflict's two quotes to the
statements (sentences) that overlap them, and says the furthest stage any pair of those
statements reached:

  no-item       a quote overlaps no statement (left out as boilerplate, or not split out)
  not-clustered no statement of one side is in an event cluster with one of the other
  untouched     in one cluster, but the pair index never offered the pair (no shared term of
                a usable frequency, no shared count class or counted noun with a consensus)
  voice         one document and one voice (or its own headline): never paired
  gate          offered, refused by the shared-term gate, and no frame index brought it
  judge         judged: the judge (or the frames, for a pair only they brought) said no; the
                reason is tabulated separately (--why)
  dup           a verdict, dropped by the one-per-voice / copies selection for a better one
  lead          kept, but a lead (lead flag, or score below --min-score)
  update        kept as an update
  conflict      kept in the default conflict list (with its kind: the truth kind or another)

Prints CSV on stdout: split,kind,stage,count. With --why, also split,kind,why,count for the pairs
lost at the judge stage (the first words of the reason), and for those lost at the gate, what the
judge's model alone says of them ("gate model:KIND" when it calls the pair a contradiction of
that kind, "gate model:compatible" otherwise, "gate model:error" when the judge failed on it;
the trace's model= field, conflict.c gate_model):
the gate losses the judge would accept, issue 11's "pairs the judge accepts in pair mode but
detect never offered". Held topics give these as aggregates too. With --list (fit only), one line per
truth conflict on stderr: its truth line, kind, stage and detail. Held topics are aggregates only:
--list refuses them.

Options: --trace-bin (build/bench/fit/cmp_trace), --data DIR (../shared/realnews), --truth FILE,
--trace FILE (reuse a trace written before), --keep FILE (keep the trace), --min-score (0.5, as
detect's default), --split fit|held|all (fit). Exit 0, or 2 when the data is absent.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_realnews as sr  # noqa: E402

STAGES = ["no-item", "not-clustered", "untouched", "voice", "gate", "judge", "dup", "lead",
          "update", "conflict"]
RANK = {s: i for i, s in enumerate(STAGES)}


def overlapping(items, doc, span):
	return [it for it in items.get(doc, []) if it[1] < span[1] and span[0] < it[2]]


def main():
	ap = sr.data_parser(__doc__)
	ap.add_argument("--trace-bin", default="build/bench/fit/cmp_trace")
	ap.add_argument("--trace")
	ap.add_argument("--keep")
	ap.add_argument("--min-score", type=float, default=0.5)
	ap.add_argument("--split", choices=["fit", "held", "all"], default="fit")
	ap.add_argument("--list", action="store_true")
	ap.add_argument("--why", action="store_true")
	a = ap.parse_args()
	if a.list and a.split != "fit":
		sys.exit("recall_stages: --list is for the fit topics only (held topics: aggregates)")
	loaded = sr.load(a.data, a.truth, "recall_stages")
	if not loaded:
		return 2
	event, truth, docs = loaded
	split_topics = {"fit": sr.FIT, "held": sr.HELD, "all": sr.FIT | sr.HELD}[a.split]
	items_t = [t for t in truth if t["label"] == "conflict" and
	           sr.topic_of(event[t["doc_a"]]) in split_topics]

	tmp = None
	path = a.trace
	if not path:
		tmp = tempfile.TemporaryDirectory()
		inp = os.path.join(tmp.name, "in.jsonl")
		path = a.keep or os.path.join(tmp.name, "trace.tsv")
		with open(inp, "w", encoding="utf-8") as f:
			for i in sorted(docs):
				f.write(json.dumps(docs[i], ensure_ascii=False) + "\n")
		r = subprocess.run([a.trace_bin, "-o", path, inp], stderr=subprocess.PIPE, text=True)
		if r.returncode:
			sys.exit("recall_stages: %s failed (%d): %s" % (a.trace_bin, r.returncode, r.stderr))

	# pass 1: statements and skipped sentences of the documents the truth names
	want = {t["doc_" + s] for t in items_t for s in "ab"}
	items = collections.defaultdict(list)   # doc -> [(cluster, start, end, flags)]
	skips = collections.defaultdict(list)   # doc -> [(start, end)]
	with open(path, encoding="utf-8") as f:
		for line in f:
			p = line.rstrip("\n").split("\t")
			if p[0] == "item" and p[2] in want:
				items[p[2]].append((int(p[1]), int(p[3]), int(p[4]), p[5] if len(p) > 5 else ""))
			elif p[0] == "skip" and p[1] in want:
				skips[p[1]].append((int(p[2]), int(p[3])))
	# the statement pairs each truth conflict could be found as
	keys = {}
	for n, t in enumerate(items_t):
		ia = overlapping(items, t["doc_a"], t["span_a"])
		ib = overlapping(items, t["doc_b"], t["span_b"])
		t["_ia"], t["_ib"] = ia, ib
		for x in ia:
			for y in ib:
				if x[0] != y[0]:
					continue
				for k in ((x[0], t["doc_a"], x[1], t["doc_b"], y[1]),
				          (x[0], t["doc_b"], y[1], t["doc_a"], x[1])):
					keys.setdefault(k, []).append(n)
	# pass 2: the stages of those pairs
	seen = collections.defaultdict(list)  # truth index -> [(stage, detail)]
	with open(path, encoding="utf-8") as f:
		for line in f:
			p = line.rstrip("\n").split("\t")
			if p[0] not in ("pair", "keep", "dup"):
				continue
			k = (int(p[1]), p[2], int(p[3]), p[5], int(p[6]))
			if k not in keys:
				continue
			if p[0] == "pair":
				stage = p[8]
				if stage in ("cand", "bar"):
					continue  # the keep/dup line says what became of it
				detail = p[9] if len(p) > 9 else ""
			elif p[0] == "dup":
				stage, detail = "dup", p[8]
			else:
				kind, score, lead = p[8], float(p[9]), int(p[10])
				stage = "update" if kind == "update" else \
				        "lead" if lead or score < a.min_score else "conflict"
				detail = "%s %.3f" % (kind, score)
			for n in keys[k]:
				seen[n].append((stage, detail))

	table = collections.Counter()
	whys = collections.Counter()
	for n, t in enumerate(items_t):
		kind = t["kind"]
		if not t["_ia"] or not t["_ib"]:
			side = "a" if not t["_ia"] else "b"
			doc, span = t["doc_" + side], t["span_" + side]
			boiler = any(s < span[1] and span[0] < e for s, e in skips.get(doc, []))
			stage, detail = "no-item", "%s %s" % (side, "boilerplate" if boiler else "no sentence")
		elif not any(x[0] == y[0] for x in t["_ia"] for y in t["_ib"]):
			stage, detail = "not-clustered", ""
		elif not seen[n]:
			stage, detail = "untouched", ""
		else:
			stage, detail = max(seen[n], key=lambda s: RANK[s[0]])
		if stage == "conflict" and not detail.startswith(kind + " "):
			stage = "conflict-other-kind"
		table[(kind, stage)] += 1
		if stage == "judge":
			w = detail.split(";")[0].split()
			w = [x for x in w if not x.replace(".", "").isdigit()]
			whys[(kind, " ".join(w[:2]))] += 1
		elif stage == "gate":
			# the best model verdict over the truth item's statement pairs at the gate
			models = [f.split("=", 1)[1].split("/")[0] for st, d in seen[n] if st == "gate"
			          for f in d.split() if f.startswith("model=")]
			acc = [m for m in models if m not in ("compatible", "question", "no-model", "error")]
			whys[(kind, "gate model:" + (acc[0] if acc else models[0] if models else "?"))] += 1
		if a.list:
			print("[line %d] %s %s: %s | %s" % (t["line"], kind, stage, detail,
			      " ; ".join("%s %s" % s for s in sorted(set(seen[n]))[:6])), file=sys.stderr)
			print("    A %s: %s\n    B %s: %s" % (t["doc_a"], t["quote_a"], t["doc_b"],
			      t["quote_b"]), file=sys.stderr)
	print("split,kind,stage,count")
	for (kind, stage), c in sorted(table.items()):
		print("%s,%s,%s,%d" % (a.split, kind, stage, c))
	for stage in STAGES + ["conflict-other-kind"]:
		c = sum(v for (k, s), v in table.items() if s == stage)
		if c:
			print("%s,all,%s,%d" % (a.split, stage, c))
	if a.why:
		print("split,kind,why,count")
		for (kind, w), c in sorted(whys.items()):
			print("%s,%s,%s,%d" % (a.split, kind, w, c))
	if tmp:
		tmp.cleanup()
	return 0


if __name__ == "__main__":
	sys.exit(main())
