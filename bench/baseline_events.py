#!/usr/bin/env python3
"""The simple baseline of issue 12 for event clustering: TF-IDF cosine + average linkage.

Scores it on the ECB+ dev half exactly as bench/eval_events.py scores storycheck (same B-cubed,
same CSV rows, the same leave-topics-out folds), so the two can be read side by side. Standard
library only (no numpy): 644 articles take a few seconds.

The representation (what "a 100-line TF-IDF script" usually is):
  - tokens: maximal runs of letters or digits (Unicode \\w without "_"), lower-cased; English
    stopwords (the list below) and one-character tokens left out; no stemming;
  - tf: sublinear, 1 + ln tf; idf: ln((N + 1) / (df + 1)) + 1 over the corpus being clustered
    (the run's own articles, as storycheck's own df; no background table); L2-normalised;
  - text: the whole text (--head 0, the default), or its first --head N kept tokens (storycheck
    reads the first 400 content words: --head 400 is the same budget, without its boilerplate
    removal, stemming or name boost).
Clustering: average linkage (UPGMA) over the cosine, the full dendrogram built once per corpus
(Lance-Williams update over a dense similarity table, O(n^2 log n)); a threshold t cuts it
(clusters merge while the mean cross cosine is >= t). UPGMA heights never increase, so every
threshold of the grid is one prefix of the merges.

Output: the CSV rows of eval_events.py (protocol,split,param,value,precision,recall,f1,articles):
  dev,all,threshold=T,in-sample   all 644 articles, T the best of the grid on them (in-sample:
                                  the same articles choose and score; not a held-out figure)
  dev,topic=N,...                 that run restricted to topic N
  lto,fold=F,threshold=T,train_f1=..  T chosen on the fold's training topics (clustered alone),
                                  the held-out topics clustered alone with it and scored
  lto,pooled,per-fold             B-cubed over all held-out articles
  with --show-train, rows train,fold=F,threshold=T for every grid value.

Options: --data DIR (default as eval_events.py), --head N (default 0: whole text), --folds N
(default 3), --grid T1,T2,.. (default 0.02..0.60 by 0.01), --no-topics, --show-train.
"""
import argparse
import heapq
import json
import math
import os
import re
import sys

from eval_events import bcubed, default_data, dev_rows, pooled_row, read_dev, row

# English stopwords: function words, auxiliaries, pronouns, common adverbs (a short, usual list).
STOP = set("""
a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can cannot could couldn't did didn't do does doesn't doing don't
down during each few for from further had hadn't has hasn't have haven't having he her here hers
herself him himself his how i if in into is isn't it its itself just let me more most my myself no
nor not now of off on once only or other our ours ourselves out over own said same say says she
should shouldn't so some such than that the their theirs them themselves then there these they
this those through to too under until up very was wasn't we were weren't what when where which
while who whom why will with won't would wouldn't you your yours yourself yourselves s t ll ve re
d m will one two also would could may might must new
""".split())
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def vectors(texts, head):
	"""Unit TF-IDF vectors (dicts term -> weight) of the texts, idf over these texts."""
	tfs = []
	for text in texts:
		toks = [w for w in (m.group(0).lower() for m in TOKEN.finditer(text))
		        if len(w) > 1 and w not in STOP]
		if head:
			toks = toks[:head]
		tf = {}
		for w in toks:
			tf[w] = tf.get(w, 0) + 1
		tfs.append(tf)
	n = len(tfs)
	df = {}
	for tf in tfs:
		for w in tf:
			df[w] = df.get(w, 0) + 1
	out = []
	for tf in tfs:
		v = {w: (1 + math.log(c)) * (math.log((n + 1) / (df[w] + 1)) + 1) for w, c in tf.items()}
		norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
		out.append({w: x / norm for w, x in v.items()})
	return out


def dendrogram(vecs):
	"""UPGMA merges [(height, a, b)] in order (cluster ids: 0..n-1 the documents, n + k the
	k-th merge), every pair of clusters included (heights down to the lowest cosine)."""
	n = len(vecs)
	# inverted index for the cosine table
	post = {}
	for i, v in enumerate(vecs):
		for w, x in v.items():
			post.setdefault(w, []).append((i, x))
	sim = [dict() for _ in range(n)]
	for plist in post.values():
		for k, (i, x) in enumerate(plist):
			si = sim[i]
			for j, y in plist[k + 1 :]:
				si[j] = si.get(j, 0.0) + x * y
	# symmetric dict-of-dicts over active clusters; missing entries are cosine 0
	s = {i: {} for i in range(n)}
	heap = []
	for i in range(n):
		for j, v in sim[i].items():
			s[i][j] = v
			s[j][i] = v
			heapq.heappush(heap, (-v, i, j))
	size = {i: 1 for i in range(n)}
	merges = []
	nxt = n
	while heap:
		v, a, b = heapq.heappop(heap)
		if a not in size or b not in size or s[a].get(b) != -v:
			continue
		c = nxt
		nxt += 1
		na, nb = size.pop(a), size.pop(b)
		sa, sb = s.pop(a), s.pop(b)
		sc = {}
		for k in set(sa) | set(sb):
			if k in (a, b):
				continue
			x = (na * sa.get(k, 0.0) + nb * sb.get(k, 0.0)) / (na + nb)
			sc[k] = x
			sk = s[k]
			sk.pop(a, None)
			sk.pop(b, None)
			sk[c] = x
			heapq.heappush(heap, (-x, k, c) if k < c else (-x, c, k))
		s[c] = sc
		size[c] = na + nb
		merges.append((-v, a, b))
	return merges


def cut(ids, merges, t):
	"""id -> frozenset cluster, merging while the height reaches t."""
	n = len(ids)
	members = {i: [i] for i in range(n)}
	nxt = n
	for h, a, b in merges:
		if h < t:
			break
		members[nxt] = members.pop(a) + members.pop(b)
		nxt += 1
	out = {}
	for m in members.values():
		if len(m) > 1:
			c = frozenset(ids[i] for i in m)
			for i in m:
				out[ids[i]] = c
	return out


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("--data", default=None)
	ap.add_argument("--head", type=int, default=0)
	ap.add_argument("--folds", type=int, default=3)
	ap.add_argument("--grid", default=",".join("%.2f" % (k / 100) for k in range(2, 61)))
	ap.add_argument("--no-topics", action="store_true")
	ap.add_argument("--show-train", action="store_true")
	a = ap.parse_args()
	data = a.data or default_data()
	dev = read_dev(data, "baseline_events")
	if not dev:
		return 0
	truth, lines, ids, topics = dev
	text = {d: json.loads(lines[d]).get("text", "") for d in ids}
	grid = [float(x) for x in a.grid.split(",")]

	def best(sub):
		"""(t, (P, R, F1)) best on these articles clustered alone, and every setting's score."""
		merges = dendrogram(vectors([text[d] for d in sub], a.head))
		scores = [(t, bcubed(sub, truth, cut(sub, merges, t))) for t in grid]
		top = scores[0]
		for sc in scores:
			if sc[1][2] > top[1][2]:
				top = sc
		return top, scores, merges

	row("protocol", "split", "param", "value", "precision", "recall", "f1", "articles")
	(t, _), _, merges = best(ids)
	dev_rows(ids, topics, truth, cut(ids, merges, t), "threshold=%.2f" % t, "in-sample",
	         not a.no_topics)
	folds = [topics[i :: a.folds] for i in range(a.folds)]
	pooled = {}
	for fi, test in enumerate(folds):
		trid = [d for d in ids if truth[d][1] not in test]
		teid = [d for d in ids if truth[d][1] in test]
		(t, trsc), scores, _ = best(trid)
		if a.show_train:
			for tt, s in scores:
				row("train", "fold=%d" % fi, "threshold=%.2f" % tt, "", *s, len(trid))
		c = cut(teid, dendrogram(vectors([text[d] for d in teid], a.head)), t)
		for d in teid:
			pooled[d] = c.get(d)
		row("lto", "fold=%d" % fi, "threshold=%.2f" % t, "train_f1=%.4f" % trsc[2],
		    *bcubed(teid, truth, c), len(teid))
	pooled_row(truth, pooled)
	return 0


if __name__ == "__main__":
	sys.exit(main())
