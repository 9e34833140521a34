/* The claim layer, third round (issue 11 item 2; doc/compare-claims.md section 13): false
 * alarms found on the labelled findings of the unlabelled ECB+ topics
 * (bench/truth/realnews-extra). Sentences written for this test, English and French (none
 * copied from any data set):
 *   - a noun or adjective derived from a verb of the lists is no verb ("Local *observers*
 *     said", of "observe"; "*prevention* programmes", "l'*annulation* du concert");
 *   - a name opening the sentence before an apposition or adjunct between commas is the
 *     subject of the verb after them, not a pronoun or a noun phrase after the verb ("Dana
 *     Lowe, in a statement ..., said *he* ...");
 *   - a verb of saying in the passive without an agent names no speaker ("the results have
 *     not been revealed"; a progressive "is saying" is no passive);
 *   - a negative verb after a possessive or before a finite "be" is a noun ("Saturday's
 *     *contest*", "a genuine *contest* was impossible", "l'*abandon* était inévitable");
 *   - "not without" / "pas sans" (and "non sans") is a litotes, no negation.
 * Each rule has a control that must keep its former reading. The checks are the rows of
 * tests/cases/claims3.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

static sc_cmp_t *C;

static int ana(const char *s, const char *lang, sc_stmt_t *st)
{
	return sc_test_analyse(C, s, lang, st);
}

/* `test_compare_claims3 LANG SENTENCE...`: prints the analysis of each sentence (a probe for
 * whoever writes the next rule), no checks. */
static int probe(int argc, char **argv)
{
	for (int i = 2; i < argc; i++) {
		sc_stmt_t st;
		if (ana(argv[i], argv[1], &st)) return 1;
		printf("%s\n  source=%s negated=%d verb_only=%d denial=%d modality=%d nonassertive=%d "
		       "background=%d\n",
		       argv[i], st.source ? st.source : "(none)", st.negated, st.neg_verb_only, st.denial,
		       st.modality, st.nonassertive, st.background);
		sc_cmp_stmt_free(&st);
		if (getenv("SC_PROBE_TOKENS")) {
			sc_scan_t sc;
			memset(&sc, 0, sizeof sc);
			long n = sc_cmp_scan(sc_cmp_lex_lang(C->lex, argv[1]), argv[i], strlen(argv[i]), &sc);
			for (long t = 0; t < n; t++) printf("  [%s|%x]", SC_CT_NORM(&sc, t), sc.t[t].flags);
			printf("\n");
			sc_cmp_scan_free(&sc);
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc <= 2) return sc_test_claim_main("tests/cases/claims3.tsv");
	if (sc_test_cmp_open(&C)) return 1;
	int rc = probe(argc, argv);
	sc_cmp_free(C);
	return rc;
}
