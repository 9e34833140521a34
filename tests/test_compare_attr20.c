/* test_compare_attr20.c: a class word that describes the counted people ("two badly injured
 * hikers died", "trois pompiers blessés ont été hospitalisés") does not make the figure the
 * class's count, and a capitalised month is no march (quantity.c attributive_class,
 * qclass_at). Pair mode: rows in tests/cases/attr20.tsv. Cluster mode (the path review20's
 * false alarms took, where the count classes pair sentences that share no term): the cases
 * below, each a number conflict on main 69ab6a1. Every sentence was written for this test. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

static sc_cmp_t *C;

static void clash(const char *what, const char *lang, const char *x, const char *y, int want)
{
	sc_test_clash_is(C, what, lang, x, "2026-03-05", y, "2026-03-05", SC_CONFLICT_NUMBER, want);
}

/* The class of the first number of s that starts with `at`. */
static void class_is(const char *s, const char *lang, const char *at, const char *want)
{
	sc_stmt_t st;
	int rc = sc_cmp_analyse(C, s, strlen(s), lang, &st);
	CHECK(rc == SC_OK, "analyse rc=%d: %s", rc, s);
	if (rc) return;
	const sc_quant_t *q = NULL;
	for (size_t i = 0; i < st.nq && !q; i++)
		if (st.q[i].kind == SC_Q_NUMBER && !strncmp(s + st.q[i].start, at, strlen(at)))
			q = &st.q[i];
	CHECK(q && !strcmp(sc_cmp_qclass_name(q->qcls), want), "class '%s' want '%s': %s",
	      q ? sc_cmp_qclass_name(q->qcls) : "(no number)", want, s);
	sc_cmp_stmt_free(&st);
}

int main(void)
{
	int rc = sc_test_judge_langs("tests/cases/attr20.tsv", 6, 4);
	if (sc_test_cmp_open(&C)) return CHECK_DONE();
	clash("injured who died", "en",
	      "Two badly injured hikers died in hospital in Orlet overnight, officials said.",
	      "About 30 hikers were injured in the Orlet rockfall on Sunday, officials said.", 0);
	clash("injured taken to hospital", "en",
	      "Three injured firefighters were taken to hospital after the Orlet blaze.",
	      "Twelve firefighters were injured in the Orlet blaze, the chief said.", 0);
	/* the month is no march; the noun is (on main 69ab6a1 the striker's 23 was attending) */
	class_is("The Orlet striker, who turned 23 in March, has scored nine goals.", "en", "23",
	         "");
	class_is("Some 20,000 people joined the march in Orlet.", "en", "20,000", "attending");
	/* guards: the same counts said plainly clash */
	clash("were injured", "en",
	      "Three firefighters were injured in the Orlet blaze, police said.",
	      "Twelve firefighters were injured in the Orlet blaze, the chief said.", 1);
	clash("le cortège", "fr", "Quelque 20 000 personnes ont rejoint le cortège à Orlet samedi.",
	      "Quelque 8 000 personnes ont rejoint le cortège à Orlet samedi.", 1);
	sc_cmp_free(C);
	return rc ? rc : CHECK_DONE();
}
