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

static void source_is(const char *s, const char *lang, const char *want)
{
	sc_test_source_is(C, s, lang, want);
}

/* negated, denial (-1: not checked) */
static void polarity_is(const char *s, const char *lang, int negated, int denial)
{
	sc_test_polarity_is(C, s, lang, negated, denial);
}

/* Findings of kind (conflicts and leads alike) between two one-paragraph documents. */
static size_t findings(const char *lang, const char *t1, const char *t2, int kind)
{
	const char *t[2] = {t1, t2};
	sc_conflict_t *v;
	size_t n, k = 0;
	CHECK(sc_test_cmp_run(C, lang, t, NULL, 2, 0.0, &v, &n) == SC_OK, "cluster");
	for (size_t i = 0; i < n; i++) {
		k += v[i].kind == kind;
		sc_cmp_conflict_free(&v[i]);
	}
	free(v);
	return k;
}

typedef struct {
	const char *s, *lang;
	int negated;
} pol_case_t;

int main(void)
{
	char err[256];
	if (sc_cmp_create(&C, NULL, err, sizeof err) != SC_OK) {
		printf("FAIL: %s\n", err);
		return 1;
	}

	/* ---- a litotes split by its predicate: "not ... without", "pas ... sans" */
	static const pol_case_t litotes[] = {
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
	for (size_t i = 0; i < sizeof litotes / sizeof *litotes; i++)
		polarity_is(litotes[i].s, litotes[i].lang, litotes[i].negated, 0);

	/* ---- a role noun and its complement before the verb: the role speaks */
	source_is("A spokeswoman for the port authority said the ferry had left on time.", "en",
	          "spokeswoman for the port authority");
	source_is("A source with knowledge of the board's plans said the vote was postponed.", "en",
	          "source with knowledge");
	source_is("Une source proche des enquêteurs a affirmé que le suspect avait avoué.", "fr",
	          "source proche des enquêteurs");
	source_is("Un porte-parole de la compagnie a indiqué que le vol était annulé.", "fr",
	          "porte-parole de la compagnie");
	/* controls: a name after its title, a comma before the verb (a later speaker), a name
	 * complementing the role */
	source_is("Harbour master Anna Berg said the ferry had left on time.", "en", "Anna Berg");
	source_is("There was no reason for the agencies to wait, Jansen said.", "en", "Jansen");
	source_is("Le ministre de la Santé a déclaré que l'hôpital fermerait.", "fr",
	          "ministre de la Santé");

	/* ---- an action noun in "-ment" is no verb of saying */
	source_is("Days after Monday's announcement, two unions filed a complaint.", "en", NULL);
	source_is("Hours after the club's announcement, the fans gathered outside the stadium.", "en",
	          NULL);
	/* controls: the verb itself, a later speaker */
	source_is("The two unions announced on Monday that they would strike.", "en", "unions");
	source_is("After the announcement, the mayor said the road would reopen.", "en", "mayor");

	/* ---- in cluster mode: a litotes against the plain assertion is no negation finding;
	 * the negation alone still gives one */
	CHECK(findings("en", "The new budget did not pass without a fight in the council.",
	               "The new budget passed in the council after a fight.", SC_CONFLICT_NEGATION) == 0,
	      "did not pass without a fight is no negation");
	CHECK(findings("fr", "Le nouveau budget n'est pas passé sans combat au conseil municipal.",
	               "Le nouveau budget est passé au conseil municipal après un combat.",
	               SC_CONFLICT_NEGATION) == 0,
	      "n'est pas passé sans combat is no negation");
	CHECK(findings("en", "The new budget did not pass in the council after the fight.",
	               "The new budget passed in the council after a fight.", SC_CONFLICT_NEGATION) >= 1,
	      "control: did not pass / passed is a negation finding");

	sc_cmp_free(C);
	return CHECK_DONE();
}
