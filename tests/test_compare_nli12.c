/* test_compare_nli12.c: pair mode's cells (judge.c sc_cmp_pair_cells, the sets of pairs that
 * bench/eval_compare --add measures as additions to the judge's contradictions;
 * doc/compare-judge.md "Session 12, nli12"). The reading tested is real_negation: a negation
 * that negates, against the lexicon's negation words (is_negword, the one-line rule's
 * reading). French "plus", "personne", "jamais", "rien" count only with the particle "ne" in
 * their clause, the particle only with its complement ("ne ... que" is no negation), "pas",
 * "aucun", "sans" alone; English "not", "never", "nobody", "nothing", "without", "n't"; the
 * lexicon's exceptions ("pas mal", "no fewer than", "no doubt") never. Each sentence is the
 * hypothesis of a pair whose premise has no negation: the REALNEG_H bit is the reading, and
 * NEGWORD_H shows where the two readings part. Sentences of my own, English and French. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "cmp_judge.h"
#include "cmp_test.h"

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

int main(void)
{
	sc_cmp_t *c = NULL;
	if (sc_test_judge_open(&c)) return CHECK_DONE();
	size_t nfr = 0, nen = 0, differ = 0;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const neg_case_t *k = &cases[i];
		const char *p = !strcmp(k->lang, "fr") ? "Le conseil s'est réuni lundi à la mairie."
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
		/* a negation word of the lexicon (the one-line rule's reading) read as no negation */
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
