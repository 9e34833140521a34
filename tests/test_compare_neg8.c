/* The claim layer, session 9 (doc/compare-claims.md, "Session 9, neg"): negation bound to the
 * clause's own predicate, English and French. Sentences written for this test (none copied
 * from any data set):
 *   - a subject relative clause ("the minister who had promised ...", "qui avait promis ...")
 *     closes at the main clause's negated verb group; an object relative keeps its negation;
 *   - a negation word after an article or a number is a noun ("un pas", "a not guilty plea");
 *   - a negative verb after "sans"/"without" ("sans cesse", "without stopping") or used as a
 *     participle on its noun ("les routes bloquées par la neige") asserts nothing;
 *   - a knowing verb negated before an indirect question ("ne savait pas si") asserts
 *     nothing, and its "si"/"if" sets no condition.
 * Controls keep what was right (spoken "c'est pas", coordinated and quoted negations,
 * hypotheticals, asserted negative verbs). The polarity checks are the rows of
 * tests/cases/neg8.tsv, the claim checks those of tests/cases/neg8claims.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

/* The SC_MOD_* value named, -1 when none is. */
static int modality_of(const char *name)
{
	static const char *const names[] = {"asserted",    "reported", "denied",  "hypothetical",
	                                    "conditional", "unknown",  "rumoured"};
	for (int m = 0; m < (int)(sizeof names / sizeof *names); m++)
		if (!strcmp(names[m], name)) return m;
	return -1;
}

/* The "claim" rows of the file at path: negated, modality and nonassertive of the sentence. */
static void claim_rows(sc_cmp_t *c, const char *path)
{
	sc_test_tsv_t t;
	if (sc_test_cases_open(path, &t)) return;
	for (size_t i = 0; i < t.n; i++) {
		const sc_test_row_t *r = &t.row[i];
		char *const *f = r->f;
		if (strcmp(f[0], "claim")) {
			SC_TEST_CASES_FAULT("%s:%d: unknown check \"%s\"", path, r->line, f[0]);
			continue;
		}
		if (!sc_test_row_ok(path, r, 6)) continue;
		const int mod = modality_of(f[4]);
		if (mod < 0) {
			SC_TEST_CASES_FAULT("%s:%d: modality \"%s\"?", path, r->line, f[4]);
			continue;
		}
		sc_stmt_t st;
		if (sc_test_analyse(c, f[2], f[1], &st)) continue;
		CHECK(!!st.negated == atoi(f[3]) && st.modality == mod &&
		          !!st.nonassertive == atoi(f[5]),
		      "%s:%d: %s: negated %d modality %d nonassertive %d, want %s %s %s", path, r->line,
		      f[2], st.negated, st.modality, st.nonassertive, f[3], f[4], f[5]);
		sc_cmp_stmt_free(&st);
	}
	sc_test_tsv_free(&t);
}

int main(void)
{
	sc_cmp_t *c;
	if (sc_test_cmp_open(&c)) return 1;
	sc_test_claim_file(c, "tests/cases/neg8.tsv");
	claim_rows(c, "tests/cases/neg8claims.tsv");
	sc_cmp_free(c);
	return CHECK_DONE();
}
