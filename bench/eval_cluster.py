#!/usr/bin/env python3
"""Cluster-mode evaluation of the comparator on fixtures/newsset (see its README).

Runs `storycheck detect` on the corpus's articles, then scores the report against the planted
truth and prints CSV (split,measure,kind,value,hits,total) on stdout:

  precision  reported conflicts that match a planted conflict / reported conflicts. A reported
             conflict matches a truth item when its two sentences overlap (byte spans) the two
             quoted sentences of the item, in either order, in the same documents. A report
             matching a trap, or matching nothing planted, is a false positive (the unplanned
             ones are listed with --list so a reader can judge them). kind "all" or the kind the
             tool reported.
  recall     planted conflicts matched by at least one report / planted conflicts, per planted
             kind and "all" (the tool's kind need not equal the planted kind).
  kind_agree matched conflicts whose reported kind equals the planted kind.
  source     sides of matched conflicts whose reported source names the planted speaker (the
             words of one contain the other's, case-folded; "" planted = the article's own voice,
             where a reported source is counted wrong).
  trap_fired traps matched by a report / traps, per trap kind (lower is better).
  unplanned  reports matching no planted item / reports; cross_event: false alarms whose two
             documents belong to two planted events / reports.
  cluster_pair_precision / cluster_pair_recall
             document pairs put in one event cluster that belong to one planted event, and the
             reverse. events_exact: planted events that are exactly one cluster.

A report belongs to the split of its first document's event. Splits: dev, test, all.

Options: --storycheck BIN (default build/storycheck), --corpus DIR (default fixtures/newsset),
--report FILE (score an existing JSON report instead of running detect), --list (print every
report and its match on stderr; --list-split dev lists only the dev ones), --floor SPLIT:MEASURE:KIND=VALUE (repeatable: exit 1 when a
figure is below VALUE; trap_fired, unplanned and cross_event floors are ceilings: exit 1 when
above), any other argument
after -- is passed to detect.
"""
import argparse
import json
import os
import subprocess
import sys

from unionfind import UnionFind


def read_tsv(path):
	with open(path, encoding="utf-8") as f:
		head = f.readline().rstrip("\n").split("\t")
		return [dict(zip(head, line.rstrip("\n").split("\t"))) for line in f if line.strip()]


def spans(text, quote):
	"""Byte spans of each alternative of a quote in a text (each must occur once)."""
	out = []
	raw = text.encode("utf-8")
	for alt in quote.split("||"):
		b = alt.encode("utf-8")
		i = raw.find(b)
		if i < 0 or raw.find(b, i + 1) >= 0:
			sys.exit("eval_cluster: quote %r must occur once in its article" % alt)
		out.append((i, i + len(b)))
	return out


def overlaps(side, doc, sp):
	return side["doc"] == doc and any(side["start"] < e and s < side["end"] for s, e in sp)


def words(s):
	import re
	return set(w for w in re.findall(r"\w+", s.casefold()) if len(w) > 2)


def source_ok(planted, reported):
	if not planted:
		return reported is None
	if reported is None:
		return False
	p, r = words(planted), words(reported)
	p -= {"les", "the", "des", "porte", "parole"}
	return bool(p & r)


def main():
	ap = argparse.ArgumentParser()
	ap.add_argument("--storycheck", default="build/storycheck")
	ap.add_argument("--corpus", default="fixtures/newsset")
	ap.add_argument("--report")
	ap.add_argument("--list", action="store_true")
	ap.add_argument("--list-split", default="all", help="list only reports of this split")
	ap.add_argument("--floor", action="append", default=[])
	ap.add_argument("extra", nargs="*")
	a = ap.parse_args()

	events = {r["doc"]: r for r in read_tsv(os.path.join(a.corpus, "events.tsv"))}
	truth = read_tsv(os.path.join(a.corpus, "truth.tsv"))
	texts = {}
	for d in events:
		with open(os.path.join(a.corpus, "articles", d + ".txt"), encoding="utf-8") as f:
			texts[d] = f.read()
	for t in truth:
		t["sa"] = spans(texts[t["doc_a"]], t["quote_a"])
		t["sb"] = spans(texts[t["doc_b"]], t["quote_b"])

	if a.report:
		with open(a.report, encoding="utf-8") as f:
			rep = json.load(f)
	else:
		cmd = [a.storycheck, "detect", "-q", "-t", "1", os.path.join(a.corpus, "articles")] + a.extra
		p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
		if p.returncode not in (0, 1):
			sys.exit("eval_cluster: %s failed (%d): %s" % (" ".join(cmd), p.returncode,
			                                               p.stderr.decode(errors="replace")))
		rep = json.loads(p.stdout.decode("utf-8"))

	# match each reported conflict to the truth
	hits = {}  # truth item -> list of reports
	reports = []
	for c in rep.get("conflicts", []):
		m = None
		for t in truth:
			fwd = overlaps(c["a"], t["doc_a"], t["sa"]) and overlaps(c["b"], t["doc_b"], t["sb"])
			rev = overlaps(c["b"], t["doc_a"], t["sa"]) and overlaps(c["a"], t["doc_b"], t["sb"])
			if fwd or rev:
				m = (t, fwd)
				# a conflict item wins over a trap sharing the same sentences
				if t["label"] == "conflict":
					break
		reports.append((c, m))
		if m:
			hits.setdefault(m[0]["item"], []).append((c, m[1]))
		if a.list and a.list_split in ("all", events.get(c["a"]["doc"], {}).get("split")):
			tag = "%s %s %s" % (m[0]["item"], m[0]["label"], m[0]["kind"]) if m else "UNPLANNED"
			print("%s %s %.4f [%s] %s:%d «%s» (%s) <> %s:%d «%s» (%s)" % (
				c["id"], c["kind"], c["score"], tag, c["a"]["doc"], c["a"]["start"],
				c["a"]["text"][:120], c["a"].get("source"), c["b"]["doc"], c["b"]["start"],
				c["b"]["text"][:120], c["b"].get("source")), file=sys.stderr)

	def split_of_doc(d):
		return events[d]["split"] if d in events else "?"

	rows = []

	def row(split, measure, kind, hit, tot):
		v = hit / tot if tot else float("nan")
		rows.append((split, measure, kind, v, hit, tot))

	# clustering: union of event and duplicate clusters
	sets = UnionFind(events)
	find = sets.find
	for cl in rep.get("clusters", []):
		mem = [m for m in cl["members"] if m in sets]
		for m in mem[1:]:
			sets.union(m, mem[0])

	for split in ("dev", "test", "all"):
		ins = lambda s: split == "all" or s == split
		# conflicts
		mine = [(c, m) for c, m in reports if ins(split_of_doc(c["a"]["doc"]))]
		tp = [(c, m) for c, m in mine if m and m[0]["label"] == "conflict"]
		row(split, "precision", "all", len(tp), len(mine))
		for k in sorted(set(c["kind"] for c, _ in mine)):
			row(split, "precision", k, sum(1 for c, _ in tp if c["kind"] == k),
			    sum(1 for c, _ in mine if c["kind"] == k))
		conf = [t for t in truth if t["label"] == "conflict" and ins(t["split"])]
		row(split, "recall", "all", sum(1 for t in conf if t["item"] in hits), len(conf))
		for k in sorted(set(t["kind"] for t in conf)):
			ck = [t for t in conf if t["kind"] == k]
			row(split, "recall", k, sum(1 for t in ck if t["item"] in hits), len(ck))
		found = [t for t in conf if t["item"] in hits]
		row(split, "kind_agree", "all",
		    sum(1 for t in found if hits[t["item"]][0][0]["kind"] == t["kind"]), len(found))
		ok = n = 0
		for t in found:
			c, fwd = hits[t["item"]][0]
			sa, sb = (c["a"], c["b"]) if fwd else (c["b"], c["a"])
			ok += source_ok(t["source_a"], sa.get("source")) + source_ok(t["source_b"], sb.get("source"))
			n += 2
		row(split, "source", "all", ok, n)
		traps = [t for t in truth if t["label"] == "trap" and ins(t["split"])]
		row(split, "trap_fired", "all", sum(1 for t in traps if t["item"] in hits), len(traps))
		for k in sorted(set(t["kind"] for t in traps)):
			tk = [t for t in traps if t["kind"] == k]
			row(split, "trap_fired", k, sum(1 for t in tk if t["item"] in hits), len(tk))
		row(split, "unplanned", "all", sum(1 for _, m in mine if not m), len(mine))
		# false alarms between two planted events (a change over time, or two stories merged
		# into one cluster): never a conflict in default mode
		row(split, "cross_event", "all", sum(1 for c, m in mine if not (m and m[0]["label"] == "conflict") and
		                                     events.get(c["a"]["doc"], {}).get("event") !=
		                                     events.get(c["b"]["doc"], {}).get("event")), len(mine))
		# clustering
		docs = sorted(d for d in events if ins(events[d]["split"]))
		same_c = same_e = both = 0
		for i, x in enumerate(docs):
			for y in docs[i + 1:]:
				c = find(x) == find(y)
				e = events[x]["event"] == events[y]["event"]
				same_c += c
				same_e += e
				both += c and e
		row(split, "cluster_pair_precision", "all", both, same_c)
		row(split, "cluster_pair_recall", "all", both, same_e)
		evs = sorted(set(events[d]["event"] for d in docs))
		exact = 0
		for e in evs:
			mem = set(d for d in events if events[d]["event"] == e)
			root = find(next(iter(mem)))
			exact += mem == set(d for d in events if find(d) == root)
		row(split, "events_exact", "all", exact, len(evs))

	print("split,measure,kind,value,hits,total")
	for r in rows:
		print("%s,%s,%s,%s,%d,%d" % (r[0], r[1], r[2], "nan" if r[3] != r[3] else "%.4f" % r[3],
		                            r[4], r[5]))

	bad = 0
	for fl in a.floor:
		key, val = fl.split("=")
		val = float(val)
		got = [r for r in rows if ":".join(r[:3]) == key]
		if not got:
			print("eval_cluster: no figure %s" % key, file=sys.stderr)
			bad = 1
			continue
		v = got[0][3]
		ceiling = key.split(":")[1] in ("trap_fired", "unplanned", "cross_event")
		worse = not (v <= val) if ceiling else not (v >= val)
		if worse:
			print("eval_cluster: %s = %.4f, floor %s" % (key, v, val), file=sys.stderr)
			bad = 1
	return bad


if __name__ == "__main__":
	sys.exit(main())
