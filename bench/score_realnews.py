#!/usr/bin/env python3
"""Scores the comparator on real news (ECB+ development half) against hand-labelled truth.

The articles are not in the repository: they are read from ../shared/realnews (relative to the
repository root) or --data. The truth is bench/truth/realnews-conflicts.tsv: per event, pairs of
sentences (document id + a verbatim quote of each side) labelled `conflict`, `update` or `trap`,
with the speaker of each side. It was written by reading the articles, before the tool was run
on them (see bench/truth/README.md).

What it does: writes the articles of the labelled topics (both events of each) to a temporary
JSONL file, runs `storycheck detect` on it with default options (plus anything after --), or
reads --report, and prints CSV on stdout:

  split,measure,value,hits,total

  precision   reported conflicts matching a truth conflict / reported conflicts (conflicts of
              the report's default list, whose first document is in the split's topics)
  recall      truth conflicts matched by at least one reported conflict / truth conflicts
  traps_fired traps matched by a reported conflict / traps (lower is better)
  updates_as_conflicts  truth updates reported as conflicts / truth updates (lower is better)
  cross_event reported conflicts whose two documents belong to two different true events
              / reported conflicts (lower is better)
  recall_KIND recall of the truth conflicts of one kind (number, date, denial, negation,
              antonym)
  precision_KIND  precision of the reported conflicts of one reported kind (whatever the kind
              of the truth item they match)
  source      sides of matched conflicts whose reported source is right / sides: a truth
              source "" (the article's own voice) needs a null source; otherwise the case-folded
              words of one must contain the other's
  path_precision_PATH  precision of the reported conflicts by the rule path that made them,
              read from their cues (rule_path below): count-frame (a count class: killed,
              injured, arrested, attending ...), age-frame, generic-frame (a counted noun with a
              consensus), judge-duration / judge-money / judge-percent / judge-clock /
              judge-number (a number clash of the judge that no frame backs, by what the
              clashing figures measure), date, update, or the kind (denial, negation, antonym):
              so that the false alarms of a split can be attributed without reading them
  leads_*     the same precision and recall over the report's "leads" list, when it has one
  updates_*   precision and recall of the report's "updates" list against truth updates

A reported pair matches a truth item when its two documents are the item's two documents (in
either order) and each reported side's byte span overlaps the span of that document's quote.
Splits (leave-topics-out): "fit" topics are the ones rules may be developed on (their individual
errors may be read: --list fit); "held" topics are measured only; "all" is both.

Options: --storycheck BIN (build/storycheck), --data DIR (../shared/realnews), --truth FILE,
--report FILE (score an existing report), --list SPLIT (print every reported conflict of that
split with its match on stderr, and the missed truth conflicts), --save FILE (keep the report),
--floor SPLIT:MEASURE=VALUE (repeatable; exit 1 when below; ceilings for traps_fired,
updates_as_conflicts, cross_event). Exit 0, or 1 on a floor, or 2 when the data is absent
(printed as a note, for the benchmark runner to skip).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

FIT = {4, 12, 13, 14, 16, 21, 24}
HELD = {7, 26, 28, 29, 30, 32, 33}
CEILINGS = {"traps_fired", "updates_as_conflicts", "cross_event"}


def topic_of(event):
	return int(event.split("_")[0])


COUNT_CLASSES = {"killed", "injured", "arrested", "missing", "evacuated", "attending", "magnitude"}
DURATION_WORDS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
                  "weeks", "month", "months", "year", "years", "decade", "decades", "seconde",
                  "secondes", "heure", "heures", "jour", "jours", "semaine", "semaines", "mois",
                  "an", "ans", "année", "années"}


def rule_path(c):
	"""The rule path of a reported finding, from its kind and cues (see the docstring)."""
	kind = c["kind"]
	cues = (c.get("evidence") or {}).get("cues") or c.get("cues") or []
	if kind not in ("number",):
		return kind
	if "age" in cues:
		return "age-frame"
	if any(x in COUNT_CLASSES for x in cues):
		return "count-frame"
	if "counted-noun" in cues:
		return "generic-frame"
	figs = " ".join(x for x in cues if "<>" in x).lower()
	w = set(figs.replace("-", " ").split())
	if w & DURATION_WORDS:
		return "judge-duration"
	if "%" in figs or "percent" in figs or "per cent" in figs or "pour cent" in figs:
		return "judge-percent"
	if any(x in figs for x in ("$", "€", "£", "euro", "dollar", "pound")):
		return "judge-money"
	if any(x in figs for x in (" am", " pm", "a.m", "p.m", "gmt", "utc", ":")):
		return "judge-clock"
	return "judge-number"


def read_truth(path):
	items = []
	with open(path, encoding="utf-8") as f:
		head = f.readline().rstrip("\n").split("\t")
		for n, line in enumerate(f, 2):
			if not line.strip() or line.startswith("#"):
				continue
			row = dict(zip(head, line.rstrip("\n").split("\t")))
			row["line"] = n
			items.append(row)
	return items


def byte_span(text_bytes, quote, where):
	q = quote.encode("utf-8")
	i = text_bytes.find(q)
	if i < 0:
		sys.exit("score_realnews: %s: quote not found: %r" % (where, quote))
	return (i, i + len(q))


def overlaps(a0, a1, b0, b1):
	return a0 < b1 and b0 < a1


def words(s):
	return set("".join(ch.lower() if ch.isalnum() else " " for ch in s).split())


def source_ok(truth_src, rep_src):
	if not truth_src:
		return rep_src is None or rep_src == ""
	if not rep_src:
		return False
	t, r = words(truth_src), words(rep_src)
	return bool(t) and bool(r) and (t <= r or r <= t)


def read_events(tpath):
	"""ecbplus-dev.truth.tsv: each article id's event."""
	event = {}
	with open(tpath, encoding="utf-8") as f:
		f.readline()
		for line in f:
			p = line.rstrip("\n").split("\t")
			event[p[0]] = p[1]
	return event


def load(data, truth_path, who):
	"""The articles of the labelled topics, the event of every article and the truth with the
	byte span of each quote: (event, truth, docs), or None (said on stderr) when the data is
	absent. Shared by the scorer and bench/fit_calib.py."""
	jpath = os.path.join(data, "ecbplus-dev.jsonl")
	tpath = os.path.join(data, "ecbplus-dev.truth.tsv")
	if not os.path.exists(jpath) or not os.path.exists(tpath):
		print("%s: %s is absent: nothing done" % (who, jpath), file=sys.stderr)
		return None
	event = read_events(tpath)
	truth = read_truth(truth_path)
	topics = {topic_of(t["event"]) for t in truth}
	docs = {}
	with open(jpath, encoding="utf-8") as f:
		for line in f:
			d = json.loads(line)
			if topic_of(event[d["id"]]) in topics:
				docs[d["id"]] = d
	for t in truth:
		for side in "ab":
			doc = docs.get(t["doc_" + side])
			if doc is None:
				sys.exit("%s: %s line %d: unknown document %s"
				         % (who, truth_path, t["line"], t["doc_" + side]))
			t["span_" + side] = byte_span(doc["text"].encode("utf-8"), t["quote_" + side],
			                              "%s line %d" % (truth_path, t["line"]))
	return event, truth, docs


def data_parser(doc):
	"""An argument parser described by the first line of doc, with the options every reader of
	the real-news data takes: --data (the folder) and --truth (the conflict truth)."""
	ap = argparse.ArgumentParser(description=doc.split("\n")[0])
	ap.add_argument("--data", default="../shared/realnews")
	ap.add_argument("--truth", default="bench/truth/realnews-conflicts.tsv")
	return ap


def report_of(a, docs, who, opts, extra):
	"""The report to score: a.report when given, else a run of `a.storycheck detect opts IN -o OUT
	extra` over docs (written as JSONL in id order; OUT is a.save when given)."""
	if a.report:
		with open(a.report, encoding="utf-8") as f:
			return json.load(f)
	with tempfile.TemporaryDirectory() as tmp:
		inp = os.path.join(tmp, "in.jsonl")
		out = a.save or os.path.join(tmp, "report.json")
		with open(inp, "w", encoding="utf-8") as f:
			for i in sorted(docs):
				f.write(json.dumps(docs[i], ensure_ascii=False) + "\n")
		cmd = [a.storycheck, "detect"] + opts + [inp, "-o", out] + extra
		r = subprocess.run(cmd, stderr=subprocess.PIPE, text=True)
		if r.returncode not in (0, 1):
			sys.exit("%s: %s failed (%d): %s" % (who, " ".join(cmd), r.returncode, r.stderr))
		with open(out, encoding="utf-8") as f:
			return json.load(f)


def main():
	ap = data_parser(__doc__)
	ap.add_argument("--storycheck", default="build/storycheck")
	ap.add_argument("--report")
	ap.add_argument("--save")
	ap.add_argument("--list", choices=["fit", "held", "all"])
	ap.add_argument("--floor", action="append", default=[])
	ap.add_argument("rest", nargs=argparse.REMAINDER)
	a = ap.parse_args()
	extra = a.rest[1:] if a.rest[:1] == ["--"] else a.rest

	loaded = load(a.data, a.truth, "score_realnews")
	if not loaded:
		return 2
	event, truth, docs = loaded

	rep = report_of(a, docs, "score_realnews", [], extra)

	def split_of(docid):
		tp = topic_of(event[docid])
		return "fit" if tp in FIT else "held" if tp in HELD else None

	def match(c, t):
		for x, y in (("a", "b"), ("b", "a")):
			if c["a"]["doc"] == t["doc_" + x] and c["b"]["doc"] == t["doc_" + y] and \
			   overlaps(c["a"]["start"], c["a"]["end"], *t["span_" + x]) and \
			   overlaps(c["b"]["start"], c["b"]["end"], *t["span_" + y]):
				return x, y
		return None

	rows = []

	def score_list(lst, prefix, label, splits):
		items = [t for t in truth if t["label"] == label]
		for sp in splits:
			inside = lambda d: sp == "all" or split_of(d) == sp
			rl = [c for c in lst if c["a"]["doc"] in docs and inside(c["a"]["doc"])]
			ti = [t for t in items if inside(t["doc_a"])]
			hit = [c for c in rl if any(match(c, t) for t in ti)]
			found = [t for t in ti if any(match(c, t) for c in rl)]
			rows.append((sp, prefix + "precision", len(hit), len(rl)))
			rows.append((sp, prefix + "recall", len(found), len(ti)))
			yield sp, rl, ti

	splits = ("fit", "held", "all")
	conflicts = rep.get("conflicts", [])
	for sp, rl, ti in score_list(conflicts, "", "conflict", splits):
		inside = lambda d: sp == "all" or split_of(d) == sp
		traps = [t for t in truth if t["label"] == "trap" and inside(t["doc_a"])]
		ups = [t for t in truth if t["label"] == "update" and inside(t["doc_a"])]
		rows.append((sp, "traps_fired", sum(any(match(c, t) for c in rl) for t in traps),
		             len(traps)))
		rows.append((sp, "updates_as_conflicts", sum(any(match(c, t) for c in rl) for t in ups),
		             len(ups)))
		rows.append((sp, "cross_event",
		             sum(event[c["a"]["doc"]] != event.get(c["b"]["doc"]) for c in rl), len(rl)))
		good = total = 0
		for c in rl:
			for t in ti:
				m = match(c, t)
				if m:
					total += 2
					good += source_ok(t["source_" + m[0]], c["a"].get("source"))
					good += source_ok(t["source_" + m[1]], c["b"].get("source"))
					break
		rows.append((sp, "source", good, total))
		for k in sorted({t["kind"] for t in ti}):
			tk = [t for t in ti if t["kind"] == k]
			rows.append((sp, "recall_" + k, sum(any(match(c, t) for c in rl) for t in tk),
			             len(tk)))
		for k in sorted({c["kind"] for c in rl}):
			ck = [c for c in rl if c["kind"] == k]
			rows.append((sp, "precision_" + k, sum(any(match(c, t) for t in ti) for c in ck),
			             len(ck)))
		for p in sorted({rule_path(c) for c in rl}):
			cp = [c for c in rl if rule_path(c) == p]
			rows.append((sp, "path_precision_" + p, sum(any(match(c, t) for t in ti) for c in cp),
			             len(cp)))
		if a.list == sp:
			for c in rl:
				m = [t for t in truth if match(c, t)]
				tag = ("%s %s line %d" % (m[0]["label"], m[0]["kind"], m[0]["line"])) if m \
				      else "FALSE ALARM"
				print("[%s] %s %.3f %s\n  A %s (%s): %s\n  B %s (%s): %s" %
				      (tag, c["kind"], c["score"], c["id"], c["a"]["doc"], c["a"].get("source"),
				       c["a"]["text"], c["b"]["doc"], c["b"].get("source"), c["b"]["text"]),
				      file=sys.stderr)
			for t in ti:
				if not any(match(c, t) for c in rl):
					print("[MISSED line %d] %s %s: %s | %s: %s" %
					      (t["line"], t["kind"], t["doc_a"], t["quote_a"], t["doc_b"],
					       t["quote_b"]), file=sys.stderr)
	if "leads" in rep:
		for sp, rl, ti in score_list(rep["leads"], "leads_", "conflict", splits):
			for p in sorted({rule_path(c) for c in rl}):
				cp = [c for c in rl if rule_path(c) == p]
				rows.append((sp, "leads_path_precision_" + p,
				             sum(any(match(c, t) for t in ti) for c in cp), len(cp)))
	if "updates" in rep:
		list(score_list(rep["updates"], "updates_", "update", splits))

	print("split,measure,value,hits,total")
	vals = {}
	for sp, m, h, n in rows:
		v = h / n if n else 0.0
		vals[(sp, m)] = v
		print("%s,%s,%.4f,%d,%d" % (sp, m, v, h, n))
	bad = 0
	for fl in a.floor:
		key, val = fl.split("=")
		sp, m = key.split(":")
		v = vals.get((sp, m))
		if v is None or (v > float(val) if m in CEILINGS else v < float(val)):
			print("score_realnews: floor %s not met: %s" % (fl, v), file=sys.stderr)
			bad = 1
	return bad


if __name__ == "__main__":
	sys.exit(main())
