/* test_compare_num19.c: a figure whose thousands groups were cut off by a space after the comma
 * ("the crowd of 22, 000", "$1, 000, 000"), as converted news text has it, is one figure in
 * English; a date ("March 3, 200 people"), a height before a weight ("5 - 11, 220") and French
 * (where the comma is the decimal point) keep theirs apart. Every sentence was written for this
 * test. On main bbfe3e1 the first rows read 22 and 0 and failed. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

static sc_cmp_t *C;

/* s holds exactly `want` quantities (a count, a sum ...) of value v */
static void count_is(const char *s, const char *lang, double v, int want)
{
	sc_stmt_t st;
	if (sc_test_analyse(C, s, lang, &st)) return;
	int k = 0;
	for (size_t i = 0; i < st.nq; i++)
		k += st.q[i].value > v - 1e-9 && st.q[i].value < v + 1e-9;
	sc_cmp_stmt_free(&st);
	CHECK(k == want, "%d quantities of value %g, want %d: %s", k, v, want, s);
}

int main(void)
{
	if (sc_test_cmp_open(&C)) return CHECK_DONE();
	/* one figure */
	count_is("The crowd of 22, 000 sang for the trainer at Orlet.", "en", 22000, 1);
	count_is("The crowd of 22, 000 sang for the trainer at Orlet.", "en", 22, 0);
	count_is("The crowd of 22, 000 sang for the trainer at Orlet.", "en", 0, 0);
	count_is("The mill at Orlet was valued at $380, 600 by the county.", "en", 380600, 1);
	count_is("The Orlet fund received $1, 000, 000 from the brewer.", "en", 1000000, 1);
	count_is("About 5, 000 gallons of water a minute were poured on the Orlet depot.", "en", 5000,
	         1);
	/* the comma glued on both sides stays what it was */
	count_is("The crowd of 22,000 sang for the trainer at Orlet.", "en", 22000, 1);
	/* kept apart */
	count_is("On March 3, 200 people marched through Orlet.", "en", 200, 1);
	count_is("On March 3, 200 people marched through Orlet.", "en", 3200, 0);
	count_is("The Orlet guard (5 - 11, 220 pounds) signed on Monday.", "en", 11220, 0);
	count_is("Le débit a atteint 2, 500 litres par seconde à Orlet.", "fr", 2500, 0);
	sc_cmp_free(C);
	return CHECK_DONE();
}
