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
	return sc_test_judge_langs(CASES, 11, 11);
}
