/* test_compare_part19.c: two readings of review19's false alarms, on sentences written for this
 * test (EN and FR).
 *  - A count that names a part of a count before it in its sentence ("Quinze personnes ont été
 *    interpellées, dont six placées en garde à vue", "killed 12, including three children") is
 *    a part (sc_quant_t.partial); a list with no count before it keeps each item's count ("a
 *    cache including seven rifles"). On main bbfe3e1 the parts were not parts.
 *  - A figure someone fears ("Rescuers fear the toll could exceed 200", "craignent que le bilan
 *    ne dépasse") is asserted by no one (lexicon fear_markers: the claim is a rumour's); on
 *    bbfe3e1 these were asserted. Fear as a noun ("lived in fear") marks nothing, nor does a
 *    fear after the figure ("confirmed 85 deaths and fear the toll will rise"). */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

static sc_cmp_t *C;

/* the number of value v in s is (or is not) a part */
static void part_is(const char *s, const char *lang, double v, int want)
{
	sc_quant_t q;
	const int k = sc_test_count_value(C, s, lang, v, 0, &q);
	CHECK(k == 1, "%d numbers of value %g: %s", k, v, s);
	if (k == 1) CHECK(q.partial == want, "partial %d, want %d: %s", q.partial, want, s);
}

static void rumour_is(const char *s, const char *lang, int want)
{
	sc_stmt_t st;
	if (sc_test_analyse(C, s, lang, &st)) return;
	CHECK(st.rumour == want, "rumour %d, want %d: %s", st.rumour, want, s);
	sc_cmp_stmt_free(&st);
}

int main(void)
{
	if (sc_test_cmp_open(&C)) return CHECK_DONE();
	part_is("Quinze personnes ont été interpellées à Orlet, dont six ont été placées en garde "
	        "à vue.",
	        "fr", 6, 1);
	part_is("Quinze personnes ont été interpellées à Orlet, dont six ont été placées en garde "
	        "à vue.",
	        "fr", 15, 0);
	part_is("The blast at the Orlet depot killed 12 people, including three children.", "en", 3,
	        1);
	part_is("Police arrested 40 people in Orlet, of whom twelve were charged with rioting.",
	        "en", 12, 1);
	/* "among" names the whole set; an age before it is no count of the set (review19b) */
	part_is("A 45-year-old man was among 12 people killed in the Orlet bus crash.", "en", 12,
	        0);
	/* a list with no count before it: each item is counted */
	part_is("The Orlet cache included seven rifles, a grenade launcher and ammunition.", "en",
	        7, 0);
	part_is("Les douaniers ont saisi une cargaison comprenant sept fusils et des munitions.",
	        "fr", 7, 0);

	rumour_is("Rescuers fear the death toll from the Orlet quake could exceed 200.", "en", 1);
	rumour_is("Five climbers are feared dead after the avalanche on Mount Orlet.", "en", 1);
	rumour_is(
	    "Les secouristes craignent que le bilan du séisme d'Orlet ne dépasse la centaine.",
	    "fr", 1);
	rumour_is("The Orlet quake killed 85 people, officials said.", "en", 0);
	/* a figure before the fear is asserted (review19b) */
	rumour_is("Orlet officials confirmed 85 deaths in the quake and fear the toll will rise.",
	          "en", 0);
	rumour_is(
	    "La préfecture d'Orlet a confirmé 85 morts et craint que le bilan ne s'alourdisse.",
	    "fr", 0);
	rumour_is("Residents of Orlet lived in fear of the river for years.", "en", 0);
	rumour_is("Le séisme d'Orlet a fait 38 morts, selon le ministère.", "fr", 0);
	sc_cmp_free(C);
	return CHECK_DONE();
}
