/* The claim layer, fixes to claims4's rules (doc/compare-claims.md, "Session 6, claimsfix").
 * Sentences written for this test, English and French (none copied from any data set):
 *   - split litotes ("did not X without Y": the negatives cancel) only within the negated
 *     predicate's clause: a coordinated clause ("and"/"but"/"et"/"mais") or a relative clause
 *     carries its own "without", and the negation stands;
 *   - "without (any) doubt", "without question", "sans (aucun) doute" are certainty idioms, no litotes;
 *   - a "without" after a prepositional phrase qualifies its noun ("the grant to the school
 *     without a library"), not the predicate;
 *   - "role + complement" subjects: a name closing the subject after a content word is the
 *     speaker; a long complement is cut at its second preposition, not down to the role.
 * Each rule has controls that keep claims4's gains (a real litotes still cancels; a role with
 * a short complement is still the full phrase). The checks are the rows of
 * tests/cases/claimsfix.tsv. */
#include "check.h"
#include "cmp_test.h"

int main(void)
{
	return sc_test_claim_main("tests/cases/claimsfix.tsv");
}
