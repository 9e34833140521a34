/* test_compare_part18.c: a count its own article gives as a part of a larger total is no
 * conflict with another article's total (conflict.c mark_doc_parts; doc/compare-frames.md,
 * "Session 18, parts of a total"), English and French, in cluster mode. "One person died when
 * a house collapsed" in an article that says "At least 12 people were killed" counts some of
 * the dead: against another article's "Eight people were killed" it clashes with nothing, while
 * the two totals clash, and so do two articles' parts that say the same thing. Guards: two
 * named sources of one article giving two totals are no part of each other; a later figure
 * ("rose to") makes no part of the first; a crowd is no count of parts. Every sentence was
 * written for this test. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

static sc_cmp_t *C;

/* Whether cluster mode over docs[0..n) reports a default-list conflict (not a lead) whose two
 * sentences contain x and y (either order). */
static int reports(const char *lang, const char *const *docs, size_t n, const char *x,
                   const char *y)
{
	sc_conflict_t *v;
	size_t nv, hit = 0;
	int rc = sc_test_cmp_run(C, lang, docs, NULL, n, 0.5, &v, &nv);
	CHECK(rc == SC_OK, "cluster mode rc=%d", rc);
	for (size_t i = 0; i < nv; i++) {
		const char *a = v[i].a.text, *b = v[i].b.text;
		if (!v[i].lead && v[i].kind == SC_CONFLICT_NUMBER &&
		    ((strstr(a, x) && strstr(b, y)) || (strstr(a, y) && strstr(b, x))))
			hit++;
	}
	sc_test_cmp_free(v, nv);
	return hit > 0;
}

static void want(int yes, const char *lang, const char *const *docs, size_t n, const char *x,
                 const char *y, const char *what)
{
	int got = reports(lang, docs, n, x, y);
	CHECK(got == yes, "%s: %s \"%s\" / \"%s\"", what,
	      got ? "reported a conflict" : "no conflict", x, y);
}

int main(void)
{
	if (sc_test_cmp_open(&C)) return CHECK_DONE();
	static const char *const en[] = {
	    "A strong earthquake struck the Varne valley on Sunday. At least 12 people were killed "
	    "and dozens were injured, the regional governor said. One person died when a bridge "
	    "collapsed in Orlet.",
	    "A strong earthquake shook the Varne valley on Sunday. Eight people were killed and 40 "
	    "were injured, the regional governor said. Two people died when a bridge collapsed in "
	    "Orlet.",
	};
	want(1, "en", en, 2, "At least 12 people", "Eight people", "EN totals");
	want(1, "en", en, 2, "One person died", "Two people died", "EN the same part");
	want(0, "en", en, 2, "At least 12 people", "Two people died", "EN total vs a part");
	want(0, "en", en, 2, "One person died", "Eight people", "EN a part vs total");
	want(0, "en", en + 1, 1, "Eight people", "Two people died",
	     "EN one article's total vs its part");

	static const char *const fr[] = {
	    "Un violent séisme a frappé la vallée de la Varne dimanche. Au moins 12 personnes ont "
	    "été tuées et des dizaines blessées, selon le préfet. Une personne a été tuée par la "
	    "chute d'un pont à Orlet.",
	    "Un violent séisme a secoué la vallée de la Varne dimanche. Huit personnes ont été "
	    "tuées et 40 blessées, selon le préfet. Deux personnes ont été tuées par la chute d'un "
	    "pont à Orlet.",
	};
	/* (main did not offer the French total against the part: these rows guard the totals and
	 * the same part, which must still clash) */
	want(1, "fr", fr, 2, "Au moins 12 personnes", "Huit personnes", "FR totals");
	want(1, "fr", fr, 2, "Une personne a été tuée", "Deux personnes", "FR the same part");
	want(0, "fr", fr, 2, "Au moins 12 personnes", "Deux personnes", "FR total vs a part");
	want(0, "fr", fr, 2, "Une personne a été tuée", "Huit personnes", "FR a part vs total");

	/* two named sources of one article: two totals, the smaller no part */
	static const char *const src[] = {
	    "A storm hit the Varne coast on Monday. Six people were killed on the Varne coast, "
	    "the coast guard said. Eleven people were killed on the Varne coast, the Red Cross "
	    "said.",
	    "A storm hit the Varne coast on Monday. Nine people were killed on the Varne coast, "
	    "the coast guard said.",
	};
	want(1, "en", src, 2, "Six people were killed", "Nine people were killed",
	     "two sources in one article");
	/* a later figure of the same article makes no part of its first one */
	static const char *const upd[] = {
	    "A storm hit the Varne coast on Monday. Six people were killed on the Varne coast, "
	    "officials said. The death toll rose to 15 on Tuesday, officials said.",
	    "A storm hit the Varne coast on Monday. Nine people were killed on the Varne coast, "
	    "officials said.",
	};
	want(1, "en", upd, 2, "Six people were killed", "Nine people were killed",
	     "a later figure in the same article");

	/* review18's shapes: other people counted (a head of their own), a named source's
	 * larger toll, another town of the same article: the like figures still clash */
	static const char *const heads[] = {
	    "Fighting broke out near the Varne border post on Monday. Three soldiers were killed "
	    "in "
	    "the fighting near the Varne border post. About 20 militants were killed in the "
	    "fighting, the army said.",
	    "Fighting broke out near the Varne border post on Monday. Five soldiers were killed in "
	    "the fighting near the Varne border post, officials said.",
	};
	want(1, "en", heads, 2, "Three soldiers", "Five soldiers", "other people counted");
	static const char *const toll[] = {
	    "An air strike hit a market in the Varne district on Monday. Eight people were killed "
	    "in the strike on the Varne market. An opposition group said 40 people were killed.",
	    "An air strike hit a market in the Varne district on Monday. Fifteen people were "
	    "killed "
	    "in the strike on the Varne market, officials said.",
	};
	want(1, "en", toll, 2, "Eight people", "Fifteen people", "a named source's larger toll");
	static const char *const towns[] = {
	    "Des inondations ont frappé la région de la Varne dimanche. Dans la commune de Mirn, "
	    "quatre personnes ont été tuées par les inondations. Dans la commune d'Osk, sept "
	    "personnes ont été tuées par les inondations.",
	    "Des inondations ont frappé la région de la Varne dimanche. Dans la commune de Mirn, "
	    "six personnes ont été tuées par les inondations, selon le maire.",
	};
	want(1, "fr", towns, 2, "quatre personnes", "six personnes", "another town");

	sc_cmp_free(C);
	return CHECK_DONE();
}
