/* test_compare_judge2.c: the judge's score does not depend on which statement comes first when
 * the two say the same thing apart from the negation (detect/compare/judge.c, "No feature is a
 * state of one side alone"). Cluster mode hands the judge its two statements in an arbitrary
 * order, and in pair mode "the premise is negated" is a trait of the fitting data's genre
 * (DACCORD's premises are fact-checks that negate the claim), not evidence about the pair: the
 * judge used to weigh it (neg_p, den_h), and the score of "A, not A" differed from that of
 * "not A, A". Sentences written for this test. */
#include <math.h>
#include <string.h>

#include "check.h"
#include "cmp_judge.h"
#include "cmp_test.h"

/* The same content on both sides, the negation (or the denial) on one side, then the other. */
static void test_order_features(sc_cmp_t *c)
{
	uint64_t t[] = {11, 12, 13, 14};
	sc_stmt_t a = sc_test_stmt("a", t, 4), b = sc_test_stmt("b", t, 4);
	sc_judgement_t ja, jb;
	for (int den = 0; den < 2; den++) {
		a.negated = !den, a.denial = den;
		b.negated = b.denial = 0;
		CHECK(sc_cmp_judge(c, &a, &b, &ja) == SC_OK, "judge, polar side first");
		CHECK(sc_cmp_judge(c, &b, &a, &jb) == SC_OK, "judge, polar side second");
		CHECK(fabs(ja.score - jb.score) < 1e-12,
		      "%s: score %.6f with the polar side first, %.6f second",
		      den ? "denial" : "negation", ja.score, jb.score);
		CHECK(ja.contradiction == jb.contradiction && ja.kind == jb.kind,
		      "%s: same decision both ways", den ? "denial" : "negation");
		a.negated = a.denial = 0;
	}
}

/* End to end: a statement and its negation, French and English, either order. */
static void test_order_pairs(sc_cmp_t *c)
{
	static const char *const pairs[][2] = {
	    {"La mairie a fermé la piscine municipale pendant tout l'été.",
	     "La mairie n'a pas fermé la piscine municipale pendant tout l'été."},
	    {"Le conseil régional a voté la nouvelle taxe sur les parkings.",
	     "Le conseil régional n'a jamais voté la nouvelle taxe sur les parkings."},
	    {"The council approved the new parking fees on Tuesday.",
	     "The council did not approve the new parking fees on Tuesday."},
	    {"The ferry company cancelled the evening crossings.",
	     "The ferry company never cancelled the evening crossings."},
	};
	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		const char *x = pairs[i][0], *y = pairs[i][1];
		sc_judgement_t j1, j2;
		CHECK(sc_cmp_pair(c, x, strlen(x), y, strlen(y), "", &j1) == SC_OK, "pair %zu", i);
		CHECK(sc_cmp_pair(c, y, strlen(y), x, strlen(x), "", &j2) == SC_OK, "pair %zu", i);
		CHECK(j1.contradiction && j2.contradiction && j1.kind == SC_CONFLICT_NEGATION &&
		          j2.kind == SC_CONFLICT_NEGATION,
		      "pair %zu: a negated restatement is a negation conflict both ways (%d %d)", i,
		      j1.contradiction, j2.contradiction);
		CHECK(fabs(j1.score - j2.score) < 1e-9,
		      "pair %zu: score %.6f affirmative first, %.6f negated first", i, j1.score,
		      j2.score);
	}
}

int main(void)
{
	sc_cmp_t *c;
	if (sc_test_judge_open(&c)) return CHECK_DONE();
	test_order_features(c);
	test_order_pairs(c);
	sc_cmp_free(c);
	return CHECK_DONE();
}
