#!/usr/bin/env python3
"""build_idf_fr.py: builds detect/model/idf-fr.tsv, the French background table of the event
tier (detect.h "The event tier", background table), from the text of Debian's
stardict-xmlittre package: Emile Littre's Dictionnaire de la langue francaise (1863-1872),
public domain in France (the package's copyright file; its XML markup, if copyrightable, is
GPL-2+). The table holds stems and document counts only, no text.

How: the dictionary's text, tags stripped, is cut into pseudo-documents of 300 words
(news articles' heads are 400 content words at most); 4,000 of them, evenly spaced over the
alphabet, are written as one JSONL corpus (lang "fr") and `storycheck detect` writes their df
table (SC_DET_EVENT_DF_OUT, stems of df >= 2, as the English table was built).

usage (from the repository root, after building): python3 detect/model/build_idf_fr.py
  [--storycheck build/storycheck] [--deb FILE.deb] [-o detect/model/idf-fr.tsv]
The package is fetched with `apt-get download stardict-xmlittre` when --deb is not given.
"""
import argparse
import glob
import gzip
import html
import json
import os
import re
import subprocess
import sys
import tempfile

WORDS, DOCS = 300, 4000


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("--storycheck", default="build/storycheck")
	ap.add_argument("--deb")
	ap.add_argument("-o", "--out", default="detect/model/idf-fr.tsv")
	a = ap.parse_args()
	with tempfile.TemporaryDirectory() as tmp:
		deb = a.deb
		if not deb:
			subprocess.run(["apt-get", "download", "stardict-xmlittre"], cwd=tmp, check=True)
			deb = glob.glob(os.path.join(tmp, "stardict-xmlittre_*.deb"))[0]
		subprocess.run(["dpkg-deb", "-x", deb, os.path.join(tmp, "x")], check=True)
		dz = os.path.join(tmp, "x", "usr", "share", "stardict", "dic", "XMLittre.dict.dz")
		text = gzip.open(dz).read().decode("utf-8", "replace")
		words = html.unescape(re.sub(r"<[^>]+>", " ", text)).split()
		chunks = [words[i : i + WORDS] for i in range(0, len(words) - WORDS // 2, WORDS)]
		chunks = chunks[:: max(1, len(chunks) // DOCS)][:DOCS]
		corpus = os.path.join(tmp, "littre.jsonl")
		with open(corpus, "w", encoding="utf-8") as f:
			for i, c in enumerate(chunks):
				f.write(json.dumps({"id": "littre%05d" % i, "lang": "fr", "text": " ".join(c)},
				                   ensure_ascii=False) + "\n")
		env = dict(os.environ, SC_DET_EVENT_IDF="none", SC_DET_EVENT_DF_OUT=os.path.abspath(a.out))
		# from standard input: a file input is streamed, and a streamed run writes no df table
		with open(corpus, "rb") as inp:
			subprocess.run([a.storycheck, "detect", "--no-compare", "-q", "-o", os.devnull, "-"],
			               stdin=inp, env=env, check=False)
	print("build_idf_fr: %d pseudo-documents of %d words -> %s" % (len(chunks), WORDS, a.out),
	      file=sys.stderr)
	return 0


if __name__ == "__main__":
	sys.exit(main())
