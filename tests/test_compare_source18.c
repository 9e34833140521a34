/* test_compare_source18.c: a verb of answering used of an act names no speaker (statement.c
 * answered_by_act, lexicon answer_verbs): "Police responded to the crash" is the police's act,
 * and a later "the city said" is the source; "replied to reporters that ..." still says
 * something. English and French sentences of our own. (The French participle "a répondu que"
 * is read as no verb of saying at all: its Snowball stem is not the lexicon's "répondre";
 * left as it was.) */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

int main(void)
{
	sc_cmp_t *c;
	if (sc_test_cmp_open(&c)) return CHECK_DONE();
	/* an act: no speaker, or the reporting clause's */
	sc_test_source_is(c,
	                  "Police responded to the crash on Orlet Road at 7 p.m., the city said.",
	                  "en", "city");
	sc_test_source_is(c,
	                  "Firefighters responded to the blaze at the Orlet depot within minutes.",
	                  "en", NULL);
	sc_test_source_is(c, "The coast guard replied to the distress call from the ferry.", "en",
	                  NULL);
	sc_test_source_is(c,
	                  "Les pompiers ont répondu à l'appel vers 20 heures, selon la préfecture.",
	                  "fr", "préfecture");
	sc_test_source_is(c, "Les secours ont répondu aux appels des habitants d'Orlet.", "fr",
	                  NULL);
	/* saying: the answerer speaks */
	sc_test_source_is(c, "The mayor replied to reporters that the depot would reopen.", "en",
	                  "mayor");
	sc_test_source_is(c, "The mayor responded that the depot would reopen in May.", "en",
	                  "mayor");
	sc_cmp_free(c);
	return CHECK_DONE();
}
