/* test_compare_nli12.c: pair mode's cells (judge.c sc_cmp_pair_cells, the sets of pairs that
 * bench/eval_compare --add measures as additions to the judge's contradictions;
 * doc/compare-judge.md "Session 12, nli12"). The reading tested is real_negation: a negation
 * that negates, against the lexicon's negation words (is_negword, the one-line rule's
 * reading). French "plus", "personne", "jamais", "rien" count only with the particle "ne" in
 * their clause, the particle only with its complement ("ne ... que" is no negation), "pas",
 * "aucun", "sans" alone; English "not", "never", "nobody", "nothing", "without", "n't"; the
 * lexicon's exceptions ("pas mal", "no fewer than", "no doubt") never. Each sentence is the
 * hypothesis of a pair whose premise has no negation: the REALNEG_H bit is the reading, and
 * NEGWORD_H shows where the two readings part. Sentences of my own, English and French.
 * Then bench/pair_data.h pair_add, eval_compare --add's protocols: a cell added to every pair
 * (fixed), or decided in each outer fold from the other folds' pairs alone (infold). */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "cmp_judge.h"
#include "cmp_test.h"
#include "pair_data.h"

typedef struct {
	const char *lang, *h;
	int real; /* a real negation expected */
} neg_case_t;

static const neg_case_t cases[] = {
    /* French: negations */
    {"fr", "Le maire ne viendra plus à la réunion du conseil.", 1},
    {"fr", "Personne au conseil municipal n'a voté la mesure.", 1},
    {"fr", "La mairie n'a jamais publié le rapport sur le pont.", 1},
    {"fr", "Le comité n'a rien décidé sur le pont.", 1},
    {"fr", "Aucun témoin ne s'est présenté à la mairie.", 1},
    {"fr", "Les ouvriers n'ont pas fini le pont.", 1},
    {"fr", "Le maire est parti sans prévenir le conseil.", 1},
    /* French: negation words that negate nothing */
    {"fr", "Le pont est plus long que prévu.", 0},
    {"fr", "Plus de deux cents habitants sont venus à la réunion.", 0},
    {"fr", "Le maire est arrivé plus tard que les conseillers.", 0},
    {"fr", "Une personne a appelé les pompiers pendant la réunion.", 0},
    {"fr", "Le maire ne parle que de la route du port.", 0},
    {"fr", "Le pont est plus fréquenté que jamais.", 0},
    {"fr", "Les travaux du pont coûtent de plus en plus cher.", 0},
    /* English: negations */
    {"en", "The mayor did not attend the council meeting.", 1},
    {"en", "Nobody on the council voted for the bridge.", 1},
    {"en", "The bridge was never finished.", 1},
    {"en", "The workers can't finish the bridge this year.", 1},
    {"en", "The mayor left without telling the council.", 1},
    {"en", "The committee decided nothing about the bridge.", 1},
    /* English: negation words that negate nothing */
    {"en", "The company cut no fewer than twenty jobs at the port.", 0},
    {"en", "No doubt the mayor will open the bridge in May.", 0},
    {"en", "The mayor spoke not only about the road but also about the port.", 0},
    {"en", "The bridge is longer than the council expected.", 0},
};

/* pair_add on ten pairs in four folds: the c1 cell (rows 0, 2, 4, 6; contradictions 0, 2, 4)
 * is a majority of contradictions whichever fold is held out; the hneg cell (rows 1, 7 in fold
 * 0, both contradictions, 3 and 5) is one over all its pairs (3 of 4) but not without fold 0
 * (1 of 2), so fold 0's pairs stay compatible: a decision that saw the held-out fold would
 * add them. A c1 pair with a negation word and an hneg pair with a cue belong to neither. */
static void check_add(void)
{
	const unsigned c1 = SC_PC_CUE | SC_PC_GATED, hn = SC_PC_REALNEG_H | SC_PC_NEGWORD_H;
	const unsigned cells[10] = {
	    c1, hn, c1, hn, c1, hn, c1, hn, c1 | SC_PC_NEGWORD_P, hn | SC_PC_CUE};
	const int y[10] = {1, 1, 1, 0, 1, 1, 0, 1, 1, 1}, fold[10] = {0, 0, 1, 1, 2, 2, 3, 0, 0, 1};
	const int want_fixed[10] = {1, 1, 1, 1, 1, 1, 1, 1, 0, 0},
	          want_infold[10] = {1, 0, 1, 1, 1, 1, 1, 0, 0, 0};
	int pred[10], added[PAIR_ADD_N];
	memset(pred, 0, sizeof pred);
	pair_add(10, cells, y, NULL, 4, PAIR_ADD_C1 | PAIR_ADD_HNEG, pred, added);
	for (int i = 0; i < 10; i++)
		CHECK(pred[i] == want_fixed[i], "fixed: pair %d: %d", i, pred[i]);
	CHECK(added[0] == 1 && added[1] == 1 && added[2] == 0, "fixed: added %d %d %d", added[0],
	      added[1], added[2]);
	memset(pred, 0, sizeof pred);
	pair_add(10, cells, y, fold, 4, PAIR_ADD_C1 | PAIR_ADD_HNEG, pred, added);
	for (int i = 0; i < 10; i++)
		CHECK(pred[i] == want_infold[i], "infold: pair %d: %d", i, pred[i]);
	CHECK(added[0] == 4 && added[1] == 3, "infold: c1 in %d folds, hneg in %d", added[0],
	      added[1]);
	/* hnegword is the lexicon-word reading: the hn pairs are in it, the cue one not */
	CHECK(pair_add_cells(hn) == (PAIR_ADD_HNEG | PAIR_ADD_HNEGWORD) &&
	          pair_add_cells(hn | SC_PC_CUE) == 0 &&
	          pair_add_cells(SC_PC_NEGWORD_H) == PAIR_ADD_HNEGWORD,
	      "cells of hn: %u", pair_add_cells(hn));
	/* a judge's contradiction stays one */
	int one[1] = {1};
	const unsigned none[1] = {0};
	const int y0[1] = {0};
	pair_add(1, none, y0, NULL, 1, PAIR_ADD_C1, one, NULL);
	CHECK(one[0] == 1, "a contradiction was taken back");
}

int main(void)
{
	check_add();
	sc_cmp_t *c = NULL;
	if (sc_test_judge_open(&c)) return CHECK_DONE();
	size_t nfr = 0, nen = 0, differ = 0;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const neg_case_t *k = &cases[i];
		const char *p = !strcmp(k->lang, "fr")
		                    ? "Le conseil s'est réuni lundi à la mairie."
		                    : "The council met on Monday at the town hall.";
		sc_stmt_t a, b;
		unsigned m = 0;
		int rc = sc_cmp_pair_analyse(c, p, strlen(p), k->h, strlen(k->h), k->lang, &a, &b);
		CHECK(rc == SC_OK, "analyse rc=%d: %s", rc, k->h);
		if (rc) continue;
		rc = sc_cmp_pair_cells(c, &a, &b, &m);
		CHECK(rc == SC_OK, "cells rc=%d: %s", rc, k->h);
		CHECK(!(m & (SC_PC_REALNEG_P | SC_PC_NEGWORD_P)), "premise read as negated: %s", p);
		CHECK(!!(m & SC_PC_REALNEG_H) == k->real, "%s: real negation %d, want %d", k->h,
		      !!(m & SC_PC_REALNEG_H), k->real);
		/* a negation word of the lexicon (the one-line rule's reading) read as no negation
		 */
		differ += (m & SC_PC_NEGWORD_H) && !k->real;
		nfr += !strcmp(k->lang, "fr");
		nen += !strcmp(k->lang, "en");
		sc_cmp_stmt_free(&a);
		sc_cmp_stmt_free(&b);
	}
	CHECK(nfr >= 10 && nen >= 10, "cases: %zu French, %zu English", nfr, nen);
	/* the point of the reading: sentences the lexicon's words call negated and it does not */
	CHECK(differ >= 8, "only %zu sentences where the two readings part", differ);
	sc_cmp_free(c);
	return CHECK_DONE();
}
