/* The claim layer, fourth round (issue 11 item 2; doc/compare-claims.md, "Session 6"): the
 * polarity and the speaker of a claim read from its structure. Sentences written for this
 * test, English and French (none copied from any data set):
 *   - a negation whose clause goes on to "without"/"sans" is a litotes split by its
 *     predicate: "did not pass without opposition" asserts the passing (with opposition),
 *     "n'a pas été adoptée sans résistance" the adoption; the two negatives cancel;
 *   - a role noun opening the subject, then its complement up to the verb, is the speaker,
 *     not the complement's last noun ("A spokeswoman *for the port authority* said": the
 *     spokeswoman; "une source *proche des enquêteurs* a affirmé": not the investigators);
 *   - an English action noun in "-ment" of a verb of the lists is no verb ("Monday's
 *     *announcement*", of "announce"), as claims3's "-ion", "-age" nouns (English only: French
 *     "-ment" words are adverbs).
 * Each rule has a control that must keep its former reading. The checks are the rows of
 * tests/cases/claims4.tsv. */
#include "check.h"
#include "cmp_test.h"

int main(void)
{
	return sc_test_claim_main("tests/cases/claims4.tsv");
}
