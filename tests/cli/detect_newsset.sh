#!/usr/bin/env bash
# Cluster-mode acceptance on fixtures/newsset (see its README): runs bench/eval_cluster.py over
# the corpus (with --negation-conflicts, so that the negation rules stay guarded) and fails when a figure falls below the floor set from the values measured when
# the test was written (2026-11-21, main after the newsset fixes):
#   all  precision 10/17 = 0.588   recall 10/30 = 0.333   source 19/20   traps fired 1/47
#   dev  precision  8/8  = 1.000   recall  8/16 = 0.500
#   test precision  2/9  = 0.222   recall  2/14 = 0.143
#   events: pair recall 16/16, exact 10/14
# Since the TF-IDF event tier (issue 12): events pair precision 14/15, pair recall 14/16, exact
# 12/14. The two pairs lost are e06 and e07 (two bids of one senator): their second articles
# carry no full date and their only early year is the race's ("2028 presidential run"), which
# the year veto takes for the article's year (doc/events.md, known limitations).
# The margins allow one item to move (a recall item is 1/30, a false alarm costs ~0.03 of
# precision): a regression of two items or more fails. Raise the floors when the figures rise.
set -u
bin=$1
command -v python3 >/dev/null || { echo "SKIP: python3 is not installed"; exit 77; }
python3 bench/eval_cluster.py --storycheck "$bin" \
	--floor all:precision:all=0.55 \
	--floor all:recall:all=0.30 \
	--floor dev:precision:all=0.85 \
	--floor dev:recall:all=0.43 \
	--floor test:recall:all=0.07 \
	--floor all:source:all=0.85 \
	--floor all:trap_fired:all=0.05 \
	--floor all:cross_event:all=0.20 \
	--floor all:cluster_pair_recall:all=0.87 \
	--floor all:cluster_pair_precision:all=0.87 \
	--floor all:events_exact:all=0.78 -- --negation-conflicts >/dev/null
rc=$?
# The default report, where plain negations are leads (compare.h): measured 2026-12-05,
# all precision 5/6, recall 5/30 (dev 3/16, test 2/14), traps 1/47, no negation reported.
python3 bench/eval_cluster.py --storycheck "$bin" \
	--floor all:precision:all=0.80 \
	--floor all:recall:all=0.13 \
	--floor all:trap_fired:all=0.05 >/dev/null || rc=1
[ $rc = 0 ] || echo "detect_newsset: a figure fell below its floor (see above); run" \
	"python3 bench/eval_cluster.py --list for the details" >&2
exit $rc
