/* test_compare_nli7.c: the judge's inflection tie (judge.c infl_tie, doc/compare-judge.md
 * "Session 8"). A premise and a hypothesis translated separately often share no key term at
 * all, only one word in two forms the stemmer keeps apart ("passagers" / "passager",
 * "voyageuses" / "voyageur"); such a pair with a negation on one side was stopped by the
 * evidence gate (no shared key term). The tie counts as one shared term: two surface words
 * that are one word inflected for number or gender (the same base of at least 5 characters).
 * A derivation (the agent against the act: "jardinier" / "jardin", "robber" / "robbery"),
 * words that merely begin alike, a short word inside a longer one and a verb against its
 * agent noun are no tie.
 * The cases are data (tests/cases/nli7.tsv): the verdict of every row through
 * sc_test_judge_file, then the coverage feature of every row here (the tie is what moved). */
#include <stdio.h>
#include <string.h>

#include "cmp_test.h"

#define CASES "tests/cases/nli7.tsv"

static size_t feature(const char *name)
{
	size_t nf = sc_cmp_nfeatures(), i = 0;
	while (i < nf && strcmp(sc_cmp_feature_name(i), name))
		i++;
	return i;
}

/* A row of the case file: cov_h > 0 exactly in the table [tie] (the rows share no key term). */
static void check_cov(sc_cmp_t *c, const sc_test_row_t *r, size_t cov)
{
	const char *what = r->f[0], *lang = r->f[1], *p = r->f[2], *h = r->f[3];
	int tie = !strcmp(r->table, "tie");
	sc_stmt_t a, b;
	double x[SC_JF_MAX];
	int rc = sc_cmp_pair_analyse(c, p, strlen(p), h, strlen(h), lang, &a, &b);
	CHECK(rc == SC_OK, "%s:%d (%s): analyse rc %d", CASES, r->line, what, rc);
	if (rc) return;
	rc = sc_cmp_features(c, &a, &b, x);
	CHECK(rc == SC_OK && (x[cov] > 0) == tie, "%s:%d (%s): rc %d, cov_h %g, want tie %d", CASES,
	      r->line, what, rc, x[cov], tie);
	sc_cmp_stmt_free(&a);
	sc_cmp_stmt_free(&b);
}

int main(void)
{
	sc_cmp_t *c = NULL;
	sc_test_tsv_t t;
	if (sc_test_judge_open(&c)) return CHECK_DONE();
	sc_test_judge_file(c, CASES);
	size_t cov = feature("cov_h"), n = 0;
	CHECK(cov < sc_cmp_nfeatures(), "feature cov_h is in the judge's table");
	if (cov < sc_cmp_nfeatures() && !sc_test_cases_open(CASES, &t)) {
		for (size_t i = 0; i < t.n; i++)
			if (sc_test_row_ok(CASES, &t.row[i], 5)) check_cov(c, &t.row[i], cov), n++;
		sc_test_tsv_free(&t);
	}
	CHECK(n == 14, "%s: %zu rows, want 14", CASES, n);
	sc_cmp_free(c);
	return CHECK_DONE();
}
