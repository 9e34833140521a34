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
 * Each rule has a control that must keep its former reading. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

static sc_cmp_t *C;

int main(void)
{
	if (sc_test_cmp_open(&C)) return 1;

	/* ---- a litotes split by its predicate: "not ... without", "pas ... sans" */
	static const sc_test_pol_case_t litotes[] = {
	        {"The merger did not go through without objections from the unions.", "en", 0},
	        {"The new stadium was never built without public money.", "en", 0},
	        {"La réforme n'a pas été adoptée sans résistance au Sénat.", "fr", 0},
	        {"Le convoi ne pouvait pas avancer sans escorte militaire.", "fr", 0},
	        /* controls: the negation alone, and "without" in another clause */
	        {"The merger did not go through.", "en", 1},
	        {"The merger did not go through, and the talks ended without a deal.", "en", 1},
	        {"La réforme n'a pas été adoptée par le Sénat.", "fr", 1},
	        {"La réforme n'a pas été adoptée, et la séance s'est terminée sans vote.", "fr", 1},
	        {"The crowd left the square without incident.", "en", 0},
	};
	sc_test_polarity_cases(C, litotes, sizeof litotes / sizeof *litotes);

	/* ---- a role noun and its complement before the verb: the role speaks */
	sc_test_source_is(C, "A spokeswoman for the port authority said the ferry had left on time.", "en",
	          "spokeswoman for the port authority");
	sc_test_source_is(C, "A source with knowledge of the board's plans said the vote was postponed.", "en",
	          "source with knowledge");
	sc_test_source_is(C, "Une source proche des enquêteurs a affirmé que le suspect avait avoué.", "fr",
	          "source proche des enquêteurs");
	sc_test_source_is(C, "Un porte-parole de la compagnie a indiqué que le vol était annulé.", "fr",
	          "porte-parole de la compagnie");
	/* controls: a name after its title, a comma before the verb (a later speaker), a name
	 * complementing the role */
	sc_test_source_is(C, "Harbour master Anna Berg said the ferry had left on time.", "en", "Anna Berg");
	sc_test_source_is(C, "There was no reason for the agencies to wait, Jansen said.", "en", "Jansen");
	sc_test_source_is(C, "Le ministre de la Santé a déclaré que l'hôpital fermerait.", "fr",
	          "ministre de la Santé");

	/* ---- an action noun in "-ment" is no verb of saying */
	sc_test_source_is(C, "Days after Monday's announcement, two unions filed a complaint.", "en", NULL);
	sc_test_source_is(C, "Hours after the club's announcement, the fans gathered outside the stadium.", "en",
	          NULL);
	/* controls: the verb itself, a later speaker */
	sc_test_source_is(C, "The two unions announced on Monday that they would strike.", "en", "unions");
	sc_test_source_is(C, "After the announcement, the mayor said the road would reopen.", "en", "mayor");

	/* ---- in cluster mode: a litotes against the plain assertion is no negation finding;
	 * the negation alone still gives one */
	CHECK(sc_test_cmp_kind_findings(C, "en", "The new budget did not pass without a fight in the council.",
	               "The new budget passed in the council after a fight.", SC_CONFLICT_NEGATION) == 0,
	      "did not pass without a fight is no negation");
	CHECK(sc_test_cmp_kind_findings(C, "fr", "Le nouveau budget n'est pas passé sans combat au conseil municipal.",
	               "Le nouveau budget est passé au conseil municipal après un combat.",
	               SC_CONFLICT_NEGATION) == 0,
	      "n'est pas passé sans combat is no negation");
	CHECK(sc_test_cmp_kind_findings(C, "en", "The new budget did not pass in the council after the fight.",
	               "The new budget passed in the council after a fight.", SC_CONFLICT_NEGATION) >= 1,
	      "control: did not pass / passed is a negation finding");

	sc_cmp_free(C);
	return CHECK_DONE();
}
