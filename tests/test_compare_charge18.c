/* test_compare_charge18.c: a denial answers a charge, it does not contradict it (doc/
 * compare-claims.md, "Session 18, charges"), English and French. "denied arson" / "was charged
 * with arson" both hold: a charge or a suspicion the main clause reports as a fact (lexicon
 * charge_markers, statement.c find_claim) gives the judge no polarity evidence against the
 * other side's denial or plea of the charged act (judge.c features_ti, charge_answered). The
 * deed asserted, an accuser's claim, a denial of the charge itself, a threatened charge and a
 * denial of another clause than the charged act are still conflicts. Pair rows in
 * tests/cases/charge18.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

int main(void)
{
	return sc_test_judge_langs("tests/cases/charge18.tsv", 9, 8);
}
