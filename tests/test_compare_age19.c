/* test_compare_age19.c: an obituary's age said after the death ("died at the age of 91", "died
 * on Thursday aged 91", "est mort mardi à 84 ans") is the age of the name before the death
 * word (quantity.c age_word_before, death_subject), English and French, in cluster mode. On main
 * bbfe3e1 these ages were no age ("at the age of", "à 84 ans") or nobody's ("aged"), and three
 * years apart they clashed with nothing. Guards: one year apart is a birthday between two
 * reports, no clash; two people's ages are not set against each other. Every sentence was
 * written for this test. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

static sc_cmp_t *C;

/* dated, in one month: an age of undated reports is a lead (a birthday may lie between) */
static void clash(const char *what, const char *lang, const char *x, const char *y, int want)
{
	sc_test_clash_is(C, what, lang, x, "2026-03-05", y, "2026-03-06", SC_CONFLICT_NUMBER, want);
}

int main(void)
{
	if (sc_test_cmp_open(&C)) return CHECK_DONE();
	clash(
	    "age of", "en",
	    "The actress Bettie Orlet died at the age of 91 at her home in Orlet, her agent said.",
	    "The actress Bettie Orlet died at the age of 94 at her home in Orlet, her agent said.",
	    1);
	clash("aged", "en",
	      "The actress Bettie Orlet died on Thursday aged 91 at her home in Orlet, her agent "
	      "said.",
	      "The actress Bettie Orlet died on Thursday aged 94 at her home in Orlet, her agent "
	      "said.",
	      1);
	clash(
	    "mort à", "fr",
	    "Le comédien Jean Orlet est mort mardi à 84 ans dans sa maison de Brest, a annoncé sa "
	    "famille.",
	    "Le comédien Jean Orlet est mort mardi à 87 ans dans sa maison de Brest, a annoncé sa "
	    "famille.",
	    1);
	clash(
	    "passed away", "en",
	    "The actress Bettie Orlet passed away at the age of 91 at her home in Orlet, her agent "
	    "said.",
	    "The actress Bettie Orlet passed away at the age of 94 at her home in Orlet, her agent "
	    "said.",
	    1);
	/* guards */
	clash(
	    "a birthday apart", "en",
	    "The actress Bettie Orlet died at the age of 91 at her home in Orlet, her agent said.",
	    "The actress Bettie Orlet died at the age of 92 at her home in Orlet, her agent said.",
	    0);
	clash(
	    "two people", "en",
	    "The actress Bettie Orlet died at the age of 91 at her home in Orlet, her agent said.",
	    "Her husband Paul Varga died at the age of 85 at their home in Orlet, her agent said.",
	    0);
	/* a time, a speed, a distance after "died at" / "mort à" (review19b) */
	clash("a time", "en",
	      "The former minister Paul Orlet died at 6 on Sunday evening, his family said.",
	      "The former minister Paul Orlet, 84, died on Sunday evening, his family said.", 0);
	clash("a speed", "en",
	      "The biker Paul Orlet died at 90 mph on the Orlet road, police said.",
	      "The biker Paul Orlet, 45, died on the Orlet road, police said.", 0);
	clash("une distance", "fr",
	      "Le motard Paul Orlet est mort dimanche à 2 kilomètres de son domicile, selon la "
	      "police.",
	      "Le motard Paul Orlet, 45 ans, est mort dimanche près de son domicile, selon la "
	      "police.",
	      0);
	sc_cmp_free(C);
	return CHECK_DONE();
}
