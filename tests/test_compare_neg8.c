/* The claim layer, session 9 (doc/compare-claims.md, "Session 9, neg"): negation bound to the
 * clause's own predicate, English and French. Sentences written for this test (none copied
 * from any data set):
 *   - a subject relative clause ("the minister who had promised ...", "qui avait promis ...")
 *     closes at the main clause's negated verb group; an object relative keeps its negation;
 *   - a negation word after an article or a number is a noun ("un pas", "a not guilty plea");
 *   - a negative verb after "sans"/"without" ("sans cesse", "without stopping") or used as a
 *     participle on its noun ("les routes bloquées par la neige") asserts nothing;
 *   - a knowing verb negated before an indirect question ("ne savait pas si") asserts
 *     nothing, and its "si"/"if" sets no condition.
 * Controls keep what was right (spoken "c'est pas", coordinated and quoted negations,
 * hypotheticals, asserted negative verbs). The polarity checks are the rows of
 * tests/cases/neg8.tsv, the claim checks those of tests/cases/neg8claims.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

int main(void)
{
	sc_cmp_t *c;
	if (sc_test_cmp_open(&c)) return 1;
	sc_test_claim_file(c, "tests/cases/neg8.tsv");
	sc_test_claim_rows(c, "tests/cases/neg8claims.tsv");
	sc_cmp_free(c);
	return CHECK_DONE();
}
