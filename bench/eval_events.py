#!/usr/bin/env python3
"""Event clustering against ECB+ dev truth: B-cubed precision, recall and F1, printed as CSV.

Reads ../shared/realnews/ecbplus-dev.{jsonl,truth.tsv} relative to the repository root (or
--data DIR); when they are absent it says so on stderr and exits 0 (a benchmark, not a test).

  B-cubed (Bagga and Baldwin 1998) over every article of the truth: for article d with
  predicted cluster C(d) (its event cluster, or {d} when in none) and true event E(d),
  P(d) = |C(d) & E(d)| / |C(d)|, R(d) = |C(d) & E(d)| / |E(d)|; P and R are their means over
  the articles, F1 their harmonic mean. Only clusters of kind "event" count; duplicate
  clusters are ignored (a copy is also in its event cluster).

Output (CSV on stdout): protocol,split,param,value,precision,recall,f1,articles
  dev,all,...        the whole dev half clustered at once, B-cubed over all 644 articles
  dev,topic=N,...    the same run, restricted to the articles of topic N (their clusters as
                     predicted over the whole run)
  lto,fold=F,...     leave-topics-out: the 27 topics in FOLDS fixed folds (sorted topic
                     numbers dealt round-robin). For each fold the parameter (--grid) is chosen
                     on a run over the training topics' articles alone (best B-cubed F1), then
                     the held-out topics' articles are clustered alone with that value and
                     scored. "param" names the chosen value.
  lto,pooled,...     B-cubed over the held-out articles of all folds pooled (each article
                     scored in its own fold's run).

Options:
  --storycheck BIN   default build/storycheck
  --data DIR         default ../shared/realnews (in a git worktree: beside the main checkout)
  --report FILE      score an existing detect JSON report (dev rows only)
  --grid OPT=V1,V2,.. a detect option tuned leave-topics-out, e.g. event-threshold=0.2,0.3
                     (repeatable: every combination is tried; env:NAME=... sets an environment
                     variable instead, for experiments); without it the LTO rows run defaults
                     on every fold (param "default")
  --folds N          default 3
  --no-topics        leave out the per-topic rows
  --show-train       also print each grid setting's B-cubed on each fold's training topics
  --builtin-idf      LTO runs use the built-in background IDF table (detect/model/idf-en.tsv,
                     built from every dev article, so the held-out topics' own df are in it);
                     by default each fold builds its table from its training articles alone
                     (SC_DET_EVENT_DF_OUT on a training run, SC_DET_EVENT_IDF on every run of
                     the fold). The dev rows always use the built-in table (in-sample).
  --keep DIR         also write each held-out fold's report to DIR/fold-F.json
  --small DIR        instead of ECB+: every small corpus of K events with R reports each drawn
                     from DIR (one .txt per report, DIR/truth.tsv: id, event, topic), each
                     clustered alone, for (K, R) = (2, 2), (2, 3), (3, 3); rows
                     small,events=K,reports=R,,mean_f1,worst_f1,corpora,articles (the French
                     background table was measured on fixtures/incendies this way)
  -- ARGS            passed to every detect run (e.g. -- --event-window 30d)
"""
import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile


def read_truth(path):
	truth = {}
	with open(path, encoding="utf-8") as f:
		head = f.readline().rstrip("\n").split("\t")
		for line in f:
			if not line.strip():
				continue
			row = dict(zip(head, line.rstrip("\n").split("\t")))
			truth[row["id"]] = (row["event"], row["topic"])
	return truth


def bcubed(ids, truth, cluster_of):
	"""B-cubed P, R, F1 over the article ids given; cluster_of maps id -> frozenset of ids
	(ids in no cluster are their own singleton). Clusters are restricted to the ids scored."""
	idset = set(ids)
	ev = {}
	for d in ids:
		ev.setdefault(truth[d][0], set()).add(d)
	p = r = 0.0
	for d in ids:
		c = cluster_of.get(d)
		c = (c & idset) if c else {d}
		e = ev[truth[d][0]]
		inter = len(c & e)
		p += inter / len(c)
		r += inter / len(e)
	n = len(ids)
	if not n:
		return 0.0, 0.0, 0.0
	p /= n
	r /= n
	f = 2 * p * r / (p + r) if p + r else 0.0
	return p, r, f


def clusters_of_report(rep):
	out = {}
	for c in rep.get("clusters", []):
		if c.get("kind") != "event":
			continue
		m = frozenset(c["members"])
		for d in m:
			out[d] = m
	return out


def run_detect(binary, lines, extra, tmp, tag, env=None):
	src = os.path.join(tmp, tag + ".jsonl")
	with open(src, "w", encoding="utf-8") as f:
		f.writelines(lines)
	out = os.path.join(tmp, tag + ".json")
	env = dict(os.environ, **(env or {}))
	# a df table (SC_DET_EVENT_DF_OUT) is written by an in-memory run only: a file input is
	# streamed, so the corpus goes through standard input
	df = bool(env.get("SC_DET_EVENT_DF_OUT"))
	cmd = [binary, "detect", "--no-compare", "-q", "-o", out] + extra + ["-" if df else src]
	with open(src, "rb") as inp:
		p = subprocess.run(cmd, stdin=inp if df else subprocess.DEVNULL, stdout=subprocess.PIPE,
		                   stderr=subprocess.PIPE, env=env)
	if p.returncode not in (0, 1):
		sys.exit("eval_events: %s failed (%d): %s" % (" ".join(cmd), p.returncode,
		                                               p.stderr.decode("utf-8", "replace")))
	with open(out, encoding="utf-8") as f:
		return json.load(f)


def default_data():
	"""../shared/realnews from the repository root; in a git worktree, also from the root of
	the main checkout (worktrees live elsewhere)."""
	here = os.path.join("..", "shared", "realnews")
	if os.path.isdir(here):
		return here
	try:
		common = subprocess.run(["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
		                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout.strip()
	except OSError:
		return here
	alt = os.path.join(os.path.dirname(os.path.dirname(common)), "shared", "realnews") if common else ""
	return alt if alt and os.path.isdir(alt) else here


def row(*xs):
	print(",".join(("%.4f" % x) if isinstance(x, float) else str(x) for x in xs))


def dev_paths(data, who):
	"""The ECB+ dev corpus and truth under data, or None (said on stderr: the benchmark is
	skipped) when either is absent."""
	corpus = os.path.join(data, "ecbplus-dev.jsonl")
	tpath = os.path.join(data, "ecbplus-dev.truth.tsv")
	if not (os.path.exists(corpus) and os.path.exists(tpath)):
		print("%s: %s not found: skipped" % (who, corpus), file=sys.stderr)
		return None
	return corpus, tpath


def read_dev(data, who):
	"""The ECB+ dev set under data: (truth, lines, ids, topics). lines maps an article id to its
	JSONL line (ending in a newline); ids are the articles the truth knows, sorted; topics are
	sorted by (length, name). None (said on stderr: the benchmark is skipped) when absent."""
	paths = dev_paths(data, who)
	if not paths:
		return None
	corpus, tpath = paths
	truth = read_truth(tpath)
	lines = {}
	with open(corpus, encoding="utf-8") as f:
		for line in f:
			if line.strip():
				lines[json.loads(line)["id"]] = line if line.endswith("\n") else line + "\n"
	ids = sorted(d for d in lines if d in truth)
	topics = sorted({truth[d][1] for d in ids}, key=lambda t: (len(t), t))
	return truth, lines, ids, topics


def dev_rows(ids, topics, truth, cl, param, value, per_topic):
	"""The in-sample rows of a clustering cl of the whole dev set: "all", then one a topic."""
	row("dev", "all", param, value, *bcubed(ids, truth, cl), len(ids))
	if per_topic:
		for t in topics:
			tid = [d for d in ids if truth[d][1] == t]
			row("dev", "topic=" + t, param, value, *bcubed(tid, truth, cl), len(tid))


def pooled_row(truth, pooled):
	"""The row of every held-out fold's clusters pooled (pooled: id -> cluster or None)."""
	pid = sorted(pooled)
	row("lto", "pooled", "per-fold", "", *bcubed(pid, truth, {d: c for d, c in pooled.items() if c}),
	    len(pid))


def small_corpora(a):
	"""--small: the sub-corpora of a directory of reports, each clustered alone."""
	truth = read_truth(os.path.join(a.small, "truth.tsv"))
	events = sorted({t[0] for t in truth.values()})
	members = {e: sorted(d for d in truth if truth[d][0] == e) for e in events}
	row("protocol", "split", "param", "value", "mean_f1", "worst_f1", "corpora", "articles")
	with tempfile.TemporaryDirectory() as tmp:
		for k, r in ((2, 2), (2, 3), (3, 3)):
			fs, n = [], 0
			for combo in itertools.combinations(events, k):
				# every choice of r reports of each event
				for pick in itertools.product(*(itertools.combinations(members[e], r) for e in combo)):
					ids = [d for p in pick for d in p]
					out = os.path.join(tmp, "s.json")
					cmd = [a.storycheck, "detect", "--no-compare", "-q", "-o", out] + a.extra + \
					      [os.path.join(a.small, d + ".txt") for d in ids]
					subprocess.run(cmd, check=True)
					with open(out, encoding="utf-8") as f:
						fs.append(bcubed(ids, truth, clusters_of_report(json.load(f)))[2])
					n += len(ids)
			row("small", "events=%d" % k, "reports=%d" % r, "", sum(fs) / len(fs), min(fs), len(fs), n)
	return 0


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("--storycheck", default="build/storycheck")
	ap.add_argument("--data", default=None)
	ap.add_argument("--report")
	ap.add_argument("--grid", action="append", default=[])
	ap.add_argument("--folds", type=int, default=3)
	ap.add_argument("--no-topics", action="store_true")
	ap.add_argument("--builtin-idf", dest="fold_idf", action="store_false",
	                help="LTO with the built-in background table (built from all dev articles, "
	                     "held-out ones included: not a held-out figure)")
	ap.add_argument("--show-train", action="store_true",
	                help="also print every grid setting's training score (rows \"train,fold=F\")")
	ap.add_argument("--keep", metavar="DIR",
	                help="also write each held-out fold's report there (DIR/fold-F.json), for "
	                     "looking at its clusters")
	ap.add_argument("--small", metavar="DIR",
	                help="instead of ECB+: score every small corpus drawn from DIR (one text file "
	                     "per report, DIR/truth.tsv: id, event, topic): K events of R reports "
	                     "each, for (K, R) = (2, 2), (2, 3), (3, 3); rows \"small\" give the mean "
	                     "and the worst B-cubed F1 (fixtures/incendies: the French table)")
	ap.add_argument("extra", nargs="*")
	a = ap.parse_args()
	if a.small:
		return small_corpora(a)
	if a.data is None:
		a.data = default_data()
	dev = read_dev(a.data, "eval_events")
	if not dev:
		return 0
	truth, lines, ids, topics = dev
	row("protocol", "split", "param", "value", "precision", "recall", "f1", "articles")
	with tempfile.TemporaryDirectory() as tmp:
		if a.report:
			with open(a.report, encoding="utf-8") as f:
				rep = json.load(f)
		else:
			rep = run_detect(a.storycheck, [lines[d] for d in ids], a.extra, tmp, "all")
		dev_rows(ids, topics, truth, clusters_of_report(rep), "default", "", not a.no_topics)
		if a.report:
			return 0
		# the grid: the cartesian product of every --grid; "env:NAME" sets an environment
		# variable of the run instead of an option (for experiments on build-time constants)
		combos = [[]]
		for g in a.grid:
			opt, v = g.split("=", 1)
			combos = [c + [(opt, x)] for c in combos for x in v.split(",")]

		def setting(combo):
			args, env = [], {}
			for opt, x in combo:
				if opt.startswith("env:"):
					env[opt[4:]] = x
				else:
					args += ["--" + opt, x]
			return args + a.extra, env

		folds = [topics[i :: a.folds] for i in range(a.folds)]
		pooled = {}
		for fi, test in enumerate(folds):
			train = [t for t in topics if t not in test]
			trid = [d for d in ids if truth[d][1] in train]
			teid = [d for d in ids if truth[d][1] in test]
			# the background IDF table of this fold: the training articles' df only (the
			# built-in table holds every dev article, the held-out ones too)
			table = os.path.join(tmp, "idf%d.tsv" % fi)
			if a.fold_idf:
				run_detect(a.storycheck, [lines[d] for d in trid], a.extra, tmp, "df",
				           {"SC_DET_EVENT_IDF": "none", "SC_DET_EVENT_DF_OUT": table})
			fold_env = {"SC_DET_EVENT_IDF": table} if a.fold_idf else {}
			best = None
			for combo in combos:
				args, env = setting(combo)
				env = dict(fold_env, **env)
				r = run_detect(a.storycheck, [lines[d] for d in trid], args, tmp, "tr", env)
				sc = bcubed(trid, truth, clusters_of_report(r))
				if a.show_train:
					row("train", "fold=%d" % fi, " ".join("%s=%s" % kv for kv in combo) or "default",
					    "", *sc, len(trid))
				if best is None or sc[2] > best[1][2]:
					best = (combo, sc)
			args, env = setting(best[0])
			env = dict(fold_env, **env)
			r = run_detect(a.storycheck, [lines[d] for d in teid], args, tmp, "te", env)
			if a.keep:
				os.makedirs(a.keep, exist_ok=True)
				with open(os.path.join(a.keep, "fold-%d.json" % fi), "w", encoding="utf-8") as f:
					json.dump(r, f)
			c = clusters_of_report(r)
			for d in teid:
				pooled[d] = c.get(d)
			name = " ".join("%s=%s" % kv for kv in best[0]) or "default"
			row("lto", "fold=%d" % fi, name, "train_f1=%.4f" % best[1][2],
			    *bcubed(teid, truth, c), len(teid))
		pooled_row(truth, pooled)
	return 0


if __name__ == "__main__":
	sys.exit(main())
