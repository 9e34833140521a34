/* test_compare_prec12.c: false alarms of claim reading, session 12 (doc/compare-claims.md,
 * "Session 12, prec12"), English and French:
 *   - negation idioms that deny nothing ("no later than", "none other than", "wasted no
 *     time", "did not hesitate to", "aucun doute", "pas le seul", "pas faux", ...: lexicon
 *     negation_exceptions);
 *   - negations that only report what nobody knew, established or expected ("not yet clear",
 *     "nobody was surprised", "pas encore établi": lexicon nonassertive_verbs);
 *   - a French negated knowing or thinking verb with its object or "que" clause ("ne savait
 *     pas que", "ne connaissait pas le", "ne pense pas que") asserts nothing about the object,
 *     as English "did not know X" (statement.c nonassertive_inside), unless the other side of
 *     the pair asserts that very verb (sc_cmp_claims_pair).
 * Pair rows in tests/cases/prec12.tsv, claim rows in tests/cases/prec12claims.tsv. */
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
		if (!sc_test_row_ok(path, r, 6)) continue;
		const int mod = modality_of(f[4]);
		if (strcmp(f[0], "claim") || mod < 0) {
			SC_TEST_CASES_FAULT("%s:%d: bad row", path, r->line);
			continue;
		}
		sc_stmt_t st;
		if (sc_test_analyse(c, f[2], f[1], &st)) continue;
		CHECK(!!st.negated == atoi(f[3]) && st.modality == mod &&
		          !!st.nonassertive == atoi(f[5]),
		      "%s:%d: %s: negated %d modality %d nonassertive %d, want %s %s %s", path,
		      r->line, f[2], st.negated, st.modality, st.nonassertive, f[3], f[4], f[5]);
		sc_cmp_stmt_free(&st);
	}
	sc_test_tsv_free(&t);
}

int main(void)
{
	sc_cmp_t *c;
	if (sc_test_cmp_open(&c)) return 1;
	claim_rows(c, "tests/cases/prec12claims.tsv");
	sc_cmp_free(c);
	return sc_test_judge_langs("tests/cases/prec12.tsv", 15, 20);
}
