#!/usr/bin/env python3
"""build_idf_fr_news.py: builds detect/model/idf-fr-news.tsv, a French NEWS background table for
the event tier (detect.h "The event tier", background table), from the news sentences we may
use, with the Littre table (detect/model/idf-fr.tsv, build_idf_fr.py) as a floor for the stems
they lack. The table holds stems and document counts only, no text.

Sources (both BSD-2-Clause, Copyright (c) 2023 Maximos Skandalis; the licence is the file
LICENSE-daccord-rte3fr beside them, which this script requires):
  - daccord-dev.tsv: the premises of the DACCORD dev split, excerpts of AFP fact-checks
    (factuel.afp.com; genres: the Russia-Ukraine war, covid, climate), 440 unique premises;
  - rte3fr-dev.tsv: the premises of RTE3-FR dev, French translations of RTE-3 news
    sentences (many topics), 780 unique premises.
Only the premises are read (the hypotheses are annotators' rewrites of them).

How: the unique premises, in file order (DACCORD, then RTE3-FR), are joined into
pseudo-documents of at least WORDS words (the document frequency of a word depends on the
length of a document: counted over single sentences, "egalement" or "president" look ten
times rarer than in articles; 300 words is a short article, the tool reads at most 400 content
words of each); `storycheck detect` writes their df table (SC_DET_EVENT_DF_OUT, stems of df >= 2,
as for the other tables). 43,000 words are few: a stem they lack (df < 2) takes its share of
documents from the Littre table instead (a floor: the news share wins where both have the stem).
Both shares are written as df per SCALE documents, rounded (first line "fr<TAB>SCALE").

usage (from the repository root, after building): python3 detect/model/build_idf_fr_news.py
  [--eval /work/shared/eval] [--storycheck build/storycheck] [--floor detect/model/idf-fr.tsv]
  [-o detect/model/idf-fr-news.tsv]
Byte for byte reproducible from the same inputs and the same storycheck stemmer.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

WORDS, SCALE = 300, 10000
SOURCES = ("daccord-dev.tsv", "rte3fr-dev.tsv")
LICENSE = "LICENSE-daccord-rte3fr"


def premises(path):
	"""The unique premises of one TSV (csv quoting: DACCORD quotes fields with "")."""
	seen, out = set(), []
	with open(path, newline="", encoding="utf-8") as f:
		for r in csv.DictReader(f, delimiter="\t"):
			p = " ".join(r["premise"].split())
			if p and p not in seen:
				seen.add(p)
				out.append(p)
	return out


def read_table(path):
	"""(documents, {stem: df}) of a background table."""
	with open(path, encoding="utf-8") as f:
		lang, n = f.readline().rstrip("\n").split("\t")
		rows = {}
		for line in f:
			s, df = line.rstrip("\n").split("\t")
			rows[s] = int(df)
	return float(n), rows


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("--eval", default="/work/shared/eval", help="the folder of the two TSVs")
	ap.add_argument("--storycheck", default="build/storycheck")
	ap.add_argument("--floor", default="detect/model/idf-fr.tsv", help="the Littre table")
	ap.add_argument("-o", "--out", default="detect/model/idf-fr-news.tsv")
	a = ap.parse_args()
	if not os.path.exists(os.path.join(a.eval, LICENSE)):
		sys.exit("build_idf_fr_news: %s not found in %s: no licence, no table" % (LICENSE, a.eval))
	prem = [p for s in SOURCES for p in premises(os.path.join(a.eval, s))]
	docs, cur, n = [], [], 0
	for p in prem:
		cur.append(p)
		n += len(p.split())
		if n >= WORDS:
			docs.append(" ".join(cur))
			cur, n = [], 0
	if cur:
		docs.append(" ".join(cur))
	with tempfile.TemporaryDirectory() as tmp:
		corpus, news = os.path.join(tmp, "news.jsonl"), os.path.join(tmp, "news.tsv")
		with open(corpus, "w", encoding="utf-8") as f:
			for i, d in enumerate(docs):
				f.write(json.dumps({"id": "news%04d" % i, "lang": "fr", "text": d},
				                   ensure_ascii=False) + "\n")
		env = dict(os.environ, SC_DET_EVENT_IDF="none", SC_DET_EVENT_DF_OUT=news)
		# from standard input: a file input is streamed, and a streamed run writes no df table
		with open(corpus, "rb") as inp:
			subprocess.run([a.storycheck, "detect", "--no-compare", "-q", "-o", os.devnull, "-"],
			               stdin=inp, env=env, check=True)
		nn, nrows = read_table(news)
	nf, frows = read_table(a.floor)
	rows = {}
	for s in set(nrows) | set(frows):
		share = nrows[s] / nn if s in nrows else frows[s] / nf
		df = int(share * SCALE + 0.5)
		if df >= 1:
			rows[s] = df
	with open(a.out, "w", encoding="utf-8", newline="\n") as f:
		f.write("fr\t%d\n" % SCALE)
		for s in sorted(rows):
			f.write("%s\t%d\n" % (s, rows[s]))
	print("build_idf_fr_news: %d premises, %d pseudo-documents of >= %d words (%d news stems), "
	      "Littre floor: %d stems -> %s" % (len(prem), len(docs), WORDS, len(nrows), len(rows), a.out),
	      file=sys.stderr)
	return 0


if __name__ == "__main__":
	sys.exit(main())
