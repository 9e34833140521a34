/* test_compare_pairfix8.c: a negation that asserts nothing is no asymmetry in pair mode
 * (judge.c neg_asserted, doc/compare-judge.md "Session 9, pairfix"). The judge's negation and
 * polarity features (neg_asym, pol_asym, neg_shared, neg_short) count a side's negation only
 * when its clause is asserted: not a non-assertion ("could not say whether", "n'a pas souhaité
 * dire si"), a hypothesis or counterfactual ("would not have"), a condition, or a question,
 * the claims cluster mode never sets against another (conflict.c opposable). The cases are
 * data (tests/cases/pairfix8.tsv): [asserts-nothing] rows were false alarms before, [compatible]
 * rows guard shapes that were already right, [asserted] rows are plain negations that must stay
 * contradictions. */
#include <stdio.h>
#include <string.h>

#include "cmp_test.h"

#define CASES "tests/cases/pairfix8.tsv"

int main(void)
{
	sc_cmp_t *c = NULL;
	sc_test_tsv_t t;
	size_t n = 0, nen = 0, nfr = 0;
	if (sc_test_judge_open(&c)) return CHECK_DONE();
	sc_test_judge_file(c, CASES);
	/* the file is all there: at least 8 rows per language, as the task asked */
	if (!sc_test_cases_open(CASES, &t)) {
		for (size_t i = 0; i < t.n; i++)
			if (sc_test_row_ok(CASES, &t.row[i], 5)) {
				n++;
				nen += !strcmp(t.row[i].f[1], "en");
				nfr += !strcmp(t.row[i].f[1], "fr");
			}
		sc_test_tsv_free(&t);
	}
	CHECK(n == 22 && nen == 11 && nfr == 11, "%s: %zu rows (%zu en, %zu fr), want 22 (11, 11)",
	      CASES, n, nen, nfr);
	sc_cmp_free(c);
	return CHECK_DONE();
}
