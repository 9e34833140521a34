/* test_compare_prec12.c: false alarms of claim reading, session 12 (doc/compare-claims.md,
 * "Session 12, prec12" and the lead's follow-up), English and French:
 *   - negation idioms that deny nothing ("no later than", "none other than", "wasted no
 *     time", "did not hesitate to", "aucun doute", "pas faux", ...: lexicon
 *     negation_exceptions); "not the only" / "pas le seul" and "did not fail to" keep their
 *     negation (direct denials: rows "only survivor", "manqué de");
 *   - negations that only report what nobody knew, established or expected ("not yet clear
 *     what", "nobody was surprised", "pas encore établi la cause": statement.c
 *     NONASSERT_STATE, exact forms before the question they govern; "was not cleared to land",
 *     "the road is not clear", "have not established contact" stay denials);
 *   - a French negated knowing verb (savoir, connaître) with its object or "que" clause ("ne
 *     savait pas que", "ne connaissait pas le") asserts nothing about the object, as English
 *     "did not know X" (statement.c nonassertive_inside), unless the other side of the pair
 *     asserts that very verb (sc_cmp_claims_pair); "ne pense pas que" is an opinion, asserted.
 * Pair rows in tests/cases/prec12.tsv, claim rows in tests/cases/prec12claims.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

int main(void)
{
	sc_cmp_t *c;
	if (sc_test_cmp_open(&c)) return 1;
	sc_test_claim_rows(c, "tests/cases/prec12claims.tsv");
	sc_cmp_free(c);
	return sc_test_judge_langs("tests/cases/prec12.tsv", 15, 20);
}
