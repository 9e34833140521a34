/* Count frames read from the claim's structure in cluster mode (doc/compare-recall.md, session
 * 6), on sentences written for this test in English and French:
 *  - a magnitude is given to its last written digit: "7.4" and "7.2" are two readings (a 2%
 *    rounding joined them), "7" may be "7.4";
 *  - a magnitude measures the thing it names, found after the class word ("a 7.2-magnitude
 *    earthquake") or before the class word or the figure ("a quake with a magnitude of 7.4",
 *    "the quake measured 7.6 on the Richter scale", "un séisme de magnitude 6,1"); quake,
 *    earthquake, tremor are one thing (lexicon synonyms), an aftershock is another, and a
 *    magnitude whose thing is unread meets none;
 *  - an aside that lists some of the counted ("Three people, including a child, died",
 *    "Trois personnes, dont un enfant, ont trouvé la mort") does not cut the counted noun from
 *    its predicate;
 *  - a negated participle ("three unarmed men", "trois hommes non armés") counts another set
 *    than the plain one ("two armed men"): no finding, where one document against three was a
 *    conflict (review of session 5, row 5);
 *  - digits with an ordinal suffix ("the 2nd victim", "la 2e victime", "le 1er blessé") rank,
 *    they do not count;
 *  - "a single" / "une seule" + noun is a count of one ("A single person died" against "two
 *    people died"); "single", "seule" alone qualify ("the single biggest", "seule la mairie");
 *  - (guards) killed and injured in one sentence are two counts: "Three were killed and 40
 *    injured" agrees with "Forty were injured". */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

static sc_cmp_t *C;

/* Two one-sentence documents of one event: whether cluster mode must report a number conflict
 * (default bar, not a lead) between them. */
static const sc_test_pair_t PAIRS[] = {
	/* magnitudes of one quake, each form of saying it */
	{"magnitude, Richter scale", "en", 1,
	 "The quake measured 7.6 on the Richter scale as it shook the valley, the institute said.",
	 "A magnitude 7.3 earthquake shook the valley, the institute said."},
	{"magnitude, written precision", "en", 1,
	 "A tremor with a magnitude of 7.4 shook the valley on Monday, the institute said.",
	 "The 7.2-magnitude quake shook the valley on Monday, the institute said."},
	{"magnitude, precision of a round figure", "en", 0,
	 "A magnitude 7 earthquake shook the valley on Monday, the institute said.",
	 "A magnitude 7.4 earthquake shook the valley on Monday, the institute said."},
	{"magnitude, aftershock", "en", 0,
	 "A magnitude 7.4 earthquake shook the valley on Monday, the institute said.",
	 "Aftershocks of magnitude 5.1 shook the valley on Monday, the institute said."},
	{"magnitude, thing unread", "en", 0,
	 "A magnitude 7.4 earthquake shook the valley on Monday, the institute said.",
	 "It had a magnitude of 6.9, the institute said of Monday in the valley."},
	{"magnitude, sismologie", "fr", 1,
	 "Le séisme, de magnitude 6,2, a secoué la vallée lundi, selon l'institut.",
	 "Un séisme de magnitude 5,8 a secoué la vallée lundi, selon l'institut."},
	{"magnitude, échelle de Richter", "fr", 1,
	 "Le séisme a mesuré 6,4 sur l'échelle de Richter dans la vallée lundi, selon l'institut.",
	 "Un séisme de magnitude 5,8 a secoué la vallée lundi, selon l'institut."},
	{"magnitude, réplique", "fr", 0,
	 "Un séisme de magnitude 6,2 a secoué la vallée lundi, selon l'institut.",
	 "Des répliques de magnitude 4,3 ont secoué la vallée lundi, selon l'institut."},
	/* a count of one */
	{"a single victim", "en", 1, "A single person died when the bridge collapsed, police said.",
	 "Police said two people died when the bridge collapsed."},
	{"une seule victime", "fr", 1,
	 "Une seule personne est morte dans l'effondrement du pont, selon la police.",
	 "Selon la police, deux personnes sont mortes dans l'effondrement du pont."},
	/* the counted noun and its predicate around an aside that lists some of them */
	{"aside between noun and verb", "en", 1,
	 "Three people, including a child, died when the bridge collapsed, police said.",
	 "Police said two people died when the bridge collapsed."},
	{"incise entre le nom et le verbe", "fr", 1,
	 "Trois personnes, dont un enfant, ont trouvé la mort dans l'effondrement du pont, selon la "
	 "police.",
	 "Selon la police, deux personnes sont mortes dans l'effondrement du pont."},
	/* a rank is no count */
	{"ordinal digits", "en", 0, "The 2nd victim died in hospital on Monday night, police said.",
	 "Police said three people died in hospital on Monday night."},
	{"chiffres ordinaux", "fr", 0, "La 2e victime est morte à l'hôpital lundi soir, selon la police.",
	 "Selon la police, trois personnes sont mortes à l'hôpital lundi soir."},
	{"premier blessé", "fr", 0, "Le 1er blessé a été évacué par hélicoptère, selon la police.",
	 "Selon la police, quatre personnes ont été blessées et évacuées par hélicoptère."},
	/* killed and injured in one sentence: two counts, one of them agreed */
	{"killed and injured", "en", 0,
	 "Three people were killed and 40 injured when the bridge collapsed, police said.",
	 "Police said 40 people were injured when the bridge collapsed."},
	{"tués et blessés", "fr", 0,
	 "Trois personnes ont été tuées et 40 blessées dans l'effondrement du pont, selon la police.",
	 "Selon la police, 40 personnes ont été blessées dans l'effondrement du pont."},
};

/* Four one-sentence documents of one event: whether cluster mode reports any number finding,
 * leads included (a figure against three reports that agree is promoted to a conflict when the
 * two count one thing: lone outlier). */
static const sc_test_group_t GROUPS[] = {
	{"armed / unarmed", "en", 0,
	 {"Police said two armed men robbed the bank on Friday.",
	  "Two armed men robbed the bank on Friday, police said.",
	  "Police said three unarmed men robbed the bank on Friday.",
	  "According to police, two armed men robbed the bank on Friday."}},
	{"armed / armed", "en", 1,
	 {"Police said two armed men robbed the bank on Friday.",
	  "Two armed men robbed the bank on Friday, police said.",
	  "Police said three armed men robbed the bank on Friday.",
	  "According to police, two armed men robbed the bank on Friday."}},
	{"armés / non armés", "fr", 0,
	 {"Selon la police, deux hommes armés ont braqué la banque vendredi.",
	  "Deux hommes armés ont braqué la banque vendredi, selon la police.",
	  "Selon la police, trois hommes non armés ont braqué la banque vendredi.",
	  "D'après la police, deux hommes armés ont braqué la banque vendredi."}},
	{"armés / armés", "fr", 1,
	 {"Selon la police, deux hommes armés ont braqué la banque vendredi.",
	  "Deux hommes armés ont braqué la banque vendredi, selon la police.",
	  "Selon la police, trois hommes armés ont braqué la banque vendredi.",
	  "D'après la police, deux hommes armés ont braqué la banque vendredi."}},
	/* "under" is no negative prefix: one set of schools, told two ways */
	{"underfunded is no negation", "en", 1,
	 {"Two schools closed in the district on Friday, the council said.",
	  "The council said two schools closed in the district on Friday.",
	  "Three underfunded schools closed in the district on Friday, the council said.",
	  "On Friday two schools closed in the district, the council said."}},
	/* a count class: the arrested */
	{"arrested armed / unarmed", "en", 0,
	 {"Police said two armed men were arrested after the robbery.",
	  "Two armed men were arrested after the robbery, police said.",
	  "Police said three unarmed men were arrested after the robbery.",
	  "According to police, two armed men were arrested after the robbery."}},
};

int main(void)
{
	if (sc_test_cmp_open(&C)) return 1;

	/* "single", "seule" and ranks: the counts of tests/cases/numbers4.tsv */
	sc_test_claim_file(C, "tests/cases/numbers4.tsv");

	sc_test_number_tables(C, "numbers4", PAIRS, sizeof PAIRS / sizeof *PAIRS, GROUPS,
	                      sizeof GROUPS / sizeof *GROUPS, 0);
	sc_cmp_free(C);
	return CHECK_DONE();
}
