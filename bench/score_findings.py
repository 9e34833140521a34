#!/usr/bin/env python3
"""Re-scores a detect report against labelled findings: the precision of what the tool reports.

bench/truth/realnews-extra/findings.tsv labels every finding (default list and leads) that
`storycheck detect --leads` reported on the 13 ECB+ development topics that carry no conflict
truth (topics 1 5 6 9 10 11 22 23 25 27 31 34 35), as `conflict` (the two statements cannot both
be true) or `false`, with the cause of each false one (see bench/truth/realnews-extra/README.md).
It measures false alarms, not recall: a conflict nobody reported is in no such file.

What it does: writes the articles of those topics (read from ../shared/realnews relative to the
repository root, or --data) to a temporary JSONL file, runs `storycheck detect --leads` on it
(plus anything after --), or reads --report, and prints CSV on stdout:

  split,list,measure,value,hits,total

  split       extra-dev (odd topics: their findings may be read, --list) / extra-held (even
              topics: figures only) / all
  list        conflicts (the default list) / leads / both
  precision   reported findings labelled `conflict` / reported findings that carry a label
  unlabelled  reported findings no label matches / reported findings (a change made them
              appear: label them before trusting precision)
  precision_KIND   the same over one reported kind (negation, denial, number, date, antonym)
  precision_reason_R  the same over the leads of one reason (their `lead:R` cue: negation,
              asserts-nothing, other-subject, ...; `none` for a candidate below the score bar)
  false_CAUSE      false findings of one cause / labelled findings
  cross_event      findings whose two articles belong to two different true events / findings
  kept_conflicts   labelled conflicts still reported in this list / labelled conflicts

A reported finding matches a label when its two documents are the label's (either order) and
each reported side's byte span overlaps the span of that document's quote (quotes are matched
with whitespace runs folded to one space). Options: --storycheck BIN (build/storycheck),
--data DIR, --truth FILE, --report FILE, --save FILE, --list SPLIT (print that split's
findings with their labels, and the unlabelled ones, on stderr). Exit 0, or 2 when the data is
absent (said on stderr, for the benchmark runner to skip).
"""
import argparse
import json
import os
import re
import sys

from score_realnews import read_events, report_of

SPLITS = ("extra-dev", "extra-held", "all")


def flat_find(text_bytes, quote, where):
	"""The byte span of quote in the text, whitespace runs folded on both sides; exits when
	the quote is absent or not unique (the truth file is then stale)."""
	toks = [(m.start(), m.end()) for m in re.finditer(rb"\S+", text_bytes)]
	flat = b" ".join(text_bytes[s:e] for s, e in toks)
	q = quote.encode("utf-8")
	i = flat.find(q)
	if i < 0 or flat.find(q, i + 1) >= 0:
		sys.exit("score_findings: %s: quote %s: %r" % (where, "absent" if i < 0 else "not unique",
		                                               quote))
	# map flat offsets back: token k starts at flat offset sum(len)+k
	pos, first, last = 0, None, None
	for s, e in toks:
		if first is None and pos + (e - s) > i:
			first = s + max(0, i - pos)
		if pos < i + len(q):
			last = s + min(e - s, i + len(q) - pos)
		pos += e - s + 1
	return first, last


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("--data", default="../shared/realnews")
	ap.add_argument("--truth", default="bench/truth/realnews-extra/findings.tsv")
	ap.add_argument("--storycheck", default="build/storycheck")
	ap.add_argument("--report")
	ap.add_argument("--save")
	ap.add_argument("--list", choices=["extra-dev", "extra-held", "all"])
	ap.add_argument("rest", nargs=argparse.REMAINDER)
	a = ap.parse_args()
	extra = a.rest[1:] if a.rest[:1] == ["--"] else a.rest

	jpath = os.path.join(a.data, "ecbplus-dev.jsonl")
	tpath = os.path.join(a.data, "ecbplus-dev.truth.tsv")
	if not os.path.exists(jpath) or not os.path.exists(tpath):
		print("score_findings: %s is absent: nothing done" % jpath, file=sys.stderr)
		return 2
	event = read_events(tpath)
	labels = []
	with open(a.truth, encoding="utf-8") as f:
		head = f.readline().rstrip("\n").split("\t")
		for n, line in enumerate(f, 2):
			if line.strip():
				row = dict(zip(head, line.rstrip("\n").split("\t")))
				row["line"] = n
				labels.append(row)
	topics = {int(t["topic"]) for t in labels}
	split_of_topic = {int(t["topic"]): t["split"] for t in labels}
	docs = {}
	with open(jpath, encoding="utf-8") as f:
		for line in f:
			d = json.loads(line)
			if int(event[d["id"]].split("_")[0]) in topics:
				docs[d["id"]] = d
	for t in labels:
		for side in "ab":
			t["span_" + side] = flat_find(docs[t["doc_" + side]]["text"].encode("utf-8"),
			                              t["quote_" + side], "%s line %d" % (a.truth, t["line"]))

	rep = report_of(a, docs, "score_findings", ["-q", "--leads"], extra)

	def overlaps(a0, a1, b0, b1):
		return a0 < b1 and b0 < a1

	def match(c):
		for t in labels:
			for x, y in (("a", "b"), ("b", "a")):
				if c["a"]["doc"] == t["doc_" + x] and c["b"]["doc"] == t["doc_" + y] and \
				   overlaps(c["a"]["start"], c["a"]["end"], *t["span_" + x]) and \
				   overlaps(c["b"]["start"], c["b"]["end"], *t["span_" + y]):
					return t
		return None

	lists = {"conflicts": rep.get("conflicts", []), "leads": rep.get("leads", [])}
	lists["both"] = lists["conflicts"] + lists["leads"]
	rows = []
	causes = sorted({t["cause"] for t in labels if t["label"] == "false"})
	for sp in SPLITS:
		inside = lambda d: d in docs and (sp == "all" or
		                                  split_of_topic[int(event[d].split("_")[0])] == sp)
		truth_conf = [t for t in labels if t["label"] == "conflict" and
		              (sp == "all" or t["split"] == sp)]
		for name in ("conflicts", "leads", "both"):
			rl = [c for c in lists[name] if inside(c["a"]["doc"])]
			m = [(c, match(c)) for c in rl]
			lab = [(c, t) for c, t in m if t]
			hit = sum(t["label"] == "conflict" for c, t in lab)
			rows.append((sp, name, "precision", hit, len(lab)))
			rows.append((sp, name, "unlabelled", len(rl) - len(lab), len(rl)))
			for k in sorted({c["kind"] for c, t in lab}):
				ck = [t for c, t in lab if c["kind"] == k]
				rows.append((sp, name, "precision_" + k,
				             sum(t["label"] == "conflict" for t in ck), len(ck)))
			if name == "leads":
				reason = lambda c: ([x[5:] for x in c["evidence"]["cues"] if x.startswith("lead:")]
				                    or ["none"])[0]
				for r in sorted({reason(c) for c, t in lab}):
					cr = [t for c, t in lab if reason(c) == r]
					rows.append((sp, name, "precision_reason_" + r,
					             sum(t["label"] == "conflict" for t in cr), len(cr)))
			for cause in causes:
				rows.append((sp, name, "false_" + cause, sum(t["cause"] == cause for c, t in lab),
				             len(lab)))
			rows.append((sp, name, "cross_event",
			             sum(event[c["a"]["doc"]] != event[c["b"]["doc"]] for c in rl), len(rl)))
			kept = {id(t) for c, t in lab if t["label"] == "conflict"}
			rows.append((sp, name, "kept_conflicts", len(kept), len(truth_conf)))
			if a.list == sp and name != "both":
				for c, t in m:
					tag = ("%s %s line %d" % (t["label"], t["cause"], t["line"])) if t \
					      else "UNLABELLED"
					print("[%s] %s %s %.3f %s\n  A %s (%s): %s\n  B %s (%s): %s" %
					      (tag, name, c["kind"], c["score"], ",".join(c["evidence"]["cues"]),
					       c["a"]["doc"], c["a"].get("source"), c["a"]["text"], c["b"]["doc"],
					       c["b"].get("source"), c["b"]["text"]), file=sys.stderr)
	print("split,list,measure,value,hits,total")
	for sp, name, meas, h, n in rows:
		print("%s,%s,%s,%.4f,%d,%d" % (sp, name, meas, h / n if n else 0.0, h, n))
	return 0


if __name__ == "__main__":
	sys.exit(main())
