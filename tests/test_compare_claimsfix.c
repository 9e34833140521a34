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
 * a short complement is still the full phrase). */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

static sc_cmp_t *C;

typedef struct {
	const char *s, *lang, *want;
} src_case_t;

int main(void)
{
	if (sc_test_cmp_open(&C)) return 1;

	static const sc_test_pol_case_t pol[] = {
	        /* a coordinated clause ends the litotes' scope: the negation stands */
	        {"The guards did not open the gate and the visitors waited without complaint.", "en", 1},
	        {"The council did not vote but the meeting ended without a quarrel.", "en", 1},
	        {"Les gardiens n'ont pas ouvert la grille et les visiteurs ont attendu sans bruit.", "fr",
	         1},
	        {"Le conseil n'a pas voté mais la réunion s'est achevée sans dispute.", "fr", 1},
	        /* a relative clause too */
	        {"The court did not free the driver who stays without a licence.", "en", 1},
	        {"Le tribunal n'a pas relâché le chauffeur qui reste sans permis.", "fr", 1},
	        /* certainty idioms */
	        {"The museum will not reopen this year without doubt.", "en", 1},
	        {"The museum will not reopen this year without any doubt.", "en", 1},
	        {"Le musée ne rouvrira pas cette année sans doute.", "fr", 1},
	        {"Le musée ne rouvrira pas cette année sans aucun doute.", "fr", 1},
	        {"The museum will not reopen this year without question.", "en", 1},
	        /* "without" on the noun of a prepositional phrase */
	        {"The ministry did not send the grant to the school without a library.", "en", 1},
	        {"Le ministère n'a pas versé la subvention à l'école sans bibliothèque.", "fr", 1},
	        {"The town did not give the flats to the families without homes.", "en", 1},
	        /* controls, claims4's gain: a real split litotes still cancels */
	        {"The treaty was not signed without long talks.", "en", 0},
	        {"The treaty was not signed without a doubtful clause.", "en", 0},
	        {"She did not leave the office without her keys.", "en", 0},
	        {"Le traité n'a pas été signé sans longues négociations.", "fr", 0},
	        {"Elle n'a pas quitté le bureau sans ses clés.", "fr", 0},
	        {"Le blessé ne peut pas marcher sans béquilles.", "fr", 0},
	};
	sc_test_polarity_cases(C, pol, sizeof pol / sizeof *pol);

	static const src_case_t src[] = {
	        /* a name after the role and its complement is the speaker */
	        {"Spokeswoman for the river police Captain Ines Moreau said the boat sank at dawn.", "en",
	         "Captain Ines Moreau"},
	        {"Director of the city museum Paul Lenoir said the painting was stolen.", "en",
	         "Paul Lenoir"},
	        {"Porte-parole de la police fluviale Ines Moreau a affirmé que le bateau avait coulé.",
	         "fr", "Ines Moreau"},
	        /* a long complement is cut at its second preposition, not to the role alone */
	        {"The lawyer for the tenants of the north tower said the heating failed.", "en",
	         "lawyer for the tenants"},
	        {"L'avocat du propriétaire de l'entrepôt du port a affirmé que les alarmes fonctionnaient.", "fr",
	         "avocat du propriétaire"},
	        /* controls, claims4's gain: the full role phrase when short, a name complementing
	         * the role stays the complement */
	        {"A spokesman for the river police said the boat sank at dawn.", "en",
	         "spokesman for the river police"},
	        {"A spokesman for Greenpeace said the boat sank at dawn.", "en", "spokesman for Greenpeace"},
	        {"Un porte-parole de la police fluviale a affirmé que le bateau avait coulé.", "fr",
	         "porte-parole de la police fluviale"},
	};
	for (size_t i = 0; i < sizeof src / sizeof *src; i++)
		sc_test_source_is(C, src[i].s, src[i].lang, src[i].want);

	/* in cluster mode: a coordinated "without" no longer hides the negation conflict; a real
	 * litotes still gives none */
	CHECK(sc_test_cmp_kind_findings(C, "en", "The guards did not open the gate and the visitors waited without complaint.",
	               "The guards opened the gate for the visitors.", SC_CONFLICT_NEGATION) >= 1,
	      "did not open ... and ... without / opened is a negation finding");
	CHECK(sc_test_cmp_kind_findings(C, "fr", "Les gardiens n'ont pas ouvert la grille et les visiteurs ont attendu sans bruit.",
	               "Les gardiens ont ouvert la grille aux visiteurs.", SC_CONFLICT_NEGATION) >= 1,
	      "n'ont pas ouvert ... et ... sans / ont ouvert is a negation finding");
	CHECK(sc_test_cmp_kind_findings(C, "en", "The treaty was not signed without long talks in the capital.",
	               "The treaty was signed in the capital after long talks.", SC_CONFLICT_NEGATION) == 0,
	      "control: was not signed without long talks is no negation");

	sc_cmp_free(C);
	return CHECK_DONE();
}
