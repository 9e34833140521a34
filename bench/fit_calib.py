#!/usr/bin/env python3
"""Fits the cluster-mode score calibration (detect/compare/calib.c) on labelled real news.

Runs bench/fit/calib_dump (what `storycheck detect --leads --lead-floor 0` runs, writing
every candidate the judge accepted with its features, calib.c, to the file given with -o) on
the labelled topics of bench/truth/realnews-conflicts.tsv (articles from ../shared/realnews or
--data). A candidate is labelled 1 when it matches a truth conflict by
bench/score_realnews.py's rule (same two documents, overlapping spans), else 0 (traps, updates
and unmatched). An L2-regularised logistic model (IRLS, pure Python: a few hundred rows and a
dozen features) is fitted on the FIT topics only, and the bar is the lowest calibrated score
whose fit precision (over candidates) reaches --precision. Prints CSV (the weights, then
precision/recall per bar on fit), writes the model (--out, default
detect/compare/model/calib-en.json). Held topics are never read here: measure them with
score_realnews.py. Exit 2 when the data is absent.

Options: --features a,b,c (names from calib.c), --l2 LAMBDA, --precision P, --min-hits N,
--apply auto|yes|no (the flag calib.c obeys; auto: only when the fit precision at the bar reaches
--precision), --dump FILE (keep the dump in FILE; with --reuse, read FILE instead of running
calib_dump), --calib-dump BIN (default build/bench/fit/calib_dump).
"""
import json
import math
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_realnews as sr  # noqa: E402

ALL = ["bias", "kind_number", "kind_date", "kind_polar", "judge", "sim", "src_diff", "src_none",
       "same_doc", "headline", "short", "digits", "lead", "shared_ent", "reported", "asserted",
       "nshared", "copy", "frame", "frame_gap"]


def solve(A, b):
	n = len(b)
	M = [row[:] + [b[i]] for i, row in enumerate(A)]
	for c in range(n):
		p = max(range(c, n), key=lambda r: abs(M[r][c]))
		M[c], M[p] = M[p], M[c]
		for r in range(n):
			if r != c and M[c][c]:
				f = M[r][c] / M[c][c]
				for k in range(c, n + 1):
					M[r][k] -= f * M[c][k]
	return [M[i][n] / M[i][i] for i in range(n)]


def fit(X, y, l2):
	"""Newton-Raphson (IRLS) on the L2-penalised log-likelihood; the bias is not penalised."""
	d = len(X[0])
	w = [0.0] * d
	for _ in range(50):
		H = [[0.0] * d for _ in range(d)]
		g = [0.0] * d
		for x, t in zip(X, y):
			p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))
			s = p * (1 - p)
			for i in range(d):
				g[i] += (t - p) * x[i]
				for j in range(d):
					H[i][j] += s * x[i] * x[j]
		for i in range(1, d):
			g[i] -= l2 * w[i]
			H[i][i] += l2
		step = solve(H, g)
		w = [a + b for a, b in zip(w, step)]
		if max(abs(s) for s in step) < 1e-8:
			break
	return w


def main():
	ap = sr.data_parser(__doc__)
	ap.add_argument("--features", default="bias,judge,sim,kind_number,kind_date,src_diff,short")
	ap.add_argument("--l2", type=float, default=1.0)
	ap.add_argument("--precision", type=float, default=0.7)
	ap.add_argument("--min-hits", type=int, default=2)
	ap.add_argument("--apply", choices=["auto", "yes", "no"], default="auto",
	                help="the model's apply flag: auto = only when the fit precision at the bar "
	                     "reaches --precision")
	ap.add_argument("--dump", help="the dump file (default: a temporary file)")
	ap.add_argument("--reuse", action="store_true", help="read --dump instead of running calib_dump")
	ap.add_argument("--calib-dump", default="build/bench/fit/calib_dump")
	ap.add_argument("--out", default="detect/compare/model/calib-en.json")
	a = ap.parse_args()
	names = a.features.split(",")
	if names[0] != "bias" or any(n not in ALL for n in names):
		sys.exit("fit_calib: --features must start with bias and name features of calib.c")

	loaded = sr.load(a.data, a.truth, "fit_calib")
	if not loaded:
		return 2
	event, truth, docs = loaded
	conflicts = [t for t in truth if t["label"] == "conflict"]

	with tempfile.TemporaryDirectory() as tmp:
		dump = a.dump or os.path.join(tmp, "dump.tsv")
		if a.reuse and not a.dump:
			sys.exit("fit_calib: --reuse needs --dump FILE")
		if not a.reuse:
			inp = os.path.join(tmp, "in.jsonl")
			with open(inp, "w", encoding="utf-8") as f:
				for i in sorted(docs):
					f.write(json.dumps(docs[i], ensure_ascii=False) + "\n")
			r = subprocess.run([a.calib_dump, "-o", dump, inp], check=False,
			                   stderr=subprocess.PIPE, text=True)
			if r.returncode:
				sys.exit("fit_calib: %s failed: %s" % (a.calib_dump, r.stderr.strip()))
		rows = []
		with open(dump, encoding="utf-8") as f:
			for line in f:
				p = line.rstrip("\n").split("\t")
				if sr.topic_of(event[p[0]]) not in sr.FIT:
					continue  # held topics: never read
				da, sa, ea, db, sb, eb = p[0], int(p[1]), int(p[2]), p[3], int(p[4]), int(p[5])
				feats = dict(zip(ALL, map(float, p[6:])))

				def hit(t):
					for x, y in (("a", "b"), ("b", "a")):
						if da == t["doc_" + x] and db == t["doc_" + y] and \
						   sr.overlaps(sa, ea, *t["span_" + x]) and sr.overlaps(sb, eb, *t["span_" + y]):
							return True
					return False
				rows.append(([feats[n] for n in names], int(any(hit(t) for t in conflicts))))
	X = [r[0] for r in rows]
	y = [r[1] for r in rows]
	w = fit(X, y, a.l2)
	print("feature,weight")
	for n, v in zip(names, w):
		print("%s,%.4f" % (n, v))
	scored = sorted(((1 / (1 + math.exp(-sum(p * q for p, q in zip(w, x)))), t) for x, t in zip(X, y)),
	                reverse=True)
	print("bar,fit_candidates,fit_positives,fit_precision,positives_total")
	npos = sum(y)
	bar = None
	best = (-1, 0)
	tp = 0
	for k, (s, t) in enumerate(scored, 1):
		tp += t
		last = k == len(scored) or scored[k][0] < s
		if last:
			prec = tp / k
			print("%.4f,%d,%d,%.4f,%d" % (s, k, tp, prec, npos))
			nxt = scored[k][0] if k < len(scored) else 0.0
			# the lowest bar reaching --precision; failing that, the most precise bar with at
			# least --min-hits hits (ties: the lower bar). The bar is placed midway to the
			# next candidate down.
			key = (prec >= a.precision, prec if prec < a.precision else 0, k)
			if tp >= a.min_hits and key >= best:
				best, bar = key, ((s + nxt) / 2, s, nxt, prec, tp, k)
	reached = bool(bar) and bar[3] >= a.precision
	if bar:
		print("# bar %.4f (between %.4f and %.4f): fit precision %.4f (%d/%d)" %
		      (bar[0], bar[1], bar[2], bar[3], bar[4], bar[5]))
		bar = bar[0]
	apply = reached if a.apply == "auto" else a.apply == "yes"
	print("# apply: %s" % ("true" if apply else "false"))
	model = {"apply": apply, "features": names, "weights": [round(v, 6) for v in w],
	         "fitted_on": "bench/truth/realnews-conflicts.tsv fit topics %s" % sorted(sr.FIT),
	         "rows": len(rows), "positives": npos, "l2": a.l2,
	         "bar_for_precision_%.2f" % a.precision: None if bar is None else round(bar, 4)}
	tmpout = a.out + ".tmp"
	with open(tmpout, "w", encoding="utf-8") as f:
		json.dump(model, f, indent=1)
		f.write("\n")
	os.replace(tmpout, a.out)
	return 0


if __name__ == "__main__":
	sys.exit(main())
