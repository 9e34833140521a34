/* test_compare_denied19.c: a denied clause whose subject is a pronoun is matched whole by its
 * predicate ("denied that he was armed" against "Police said the man was armed with a knife":
 * conflict.c denies_shared), English and French, in cluster mode. On main bbfe3e1 the one
 * shared word made it a lead (denies-another-proposition). Guard: a denial of another
 * predicate ("denied that he was drunk" / "arrived at the scene") is no conflict. Every
 * sentence was written for this test. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

static sc_cmp_t *C;

static void denial(const char *what, const char *lang, const char *x, const char *y, int want)
{
	const char *const t[2] = {x, y};
	size_t k = sc_test_kind_findings(C, what, lang, t, NULL, 2, 0.5, SC_CONFLICT_DENIAL, 1);
	CHECK((k > 0) == want, "%s: %zu denial conflicts, want %s", what, k, want ? "some" : "none");
}

int main(void)
{
	if (sc_test_cmp_open(&C)) return CHECK_DONE();
	denial("he was armed", "en",
	       "Police in Orlet said the man shot by an officer on Sunday was armed with a knife.",
	       "The family of the man shot by an officer in Orlet on Sunday denied that he was armed.",
	       1);
	denial("il était armé", "fr",
	       "Selon la police d'Orlet, l'homme abattu dimanche par un policier était armé d'un "
	       "couteau.",
	       "La famille de l'homme abattu dimanche par un policier à Orlet a démenti qu'il était "
	       "armé.",
	       1);
	denial("another proposition", "en",
	       "Police in Orlet said the officer arrived at the scene on Sunday night.",
	       "The family of the man shot by an officer in Orlet on Sunday denied that he was "
	       "drunk.",
	       0);
	sc_cmp_free(C);
	return CHECK_DONE();
}
