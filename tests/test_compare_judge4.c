/* test_compare_judge4.c: pair mode's judge on a short negated restatement (issue 11, the French
 * XNLI target: helper judge4's change, doc/compare-judge.md "Session 6").
 * A reader contradicts a longer account in a few words of their own, negated, often with no
 * key term in common with it ("Il n'a jamais vécu sur l'eau" against a childhood on a barge).
 * The judge's neg_short cue (judge.c) lets such a pair through the evidence gate without a
 * shared key term; two long statements, a non-assertion ("could not say") and two negated
 * sides still need what they needed before.
 * Every sentence was written for this test (none is copied from an evaluation set). The cases
 * are the rows of tests/cases/judge4.tsv (and test_feature's, below); the contradiction rows
 * were checked to fail on the judge before the change (main e09bdc1: compatible, score at the
 * gate's cap); the compatible rows pass on both. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "cmp_judge.h"
#include "cmp_test.h"

/* The feature itself, on analysed statements: fires for the short negated side in either
 * order, and the gate lets it through with no shared term; not for a long negated side. */
static void test_feature(sc_cmp_t *c)
{
	static const char *longp = "Marco cycled to the office every day for ten years, rain or shine.";
	static const char *shorth = "He never rode a bike.";
	static const char *longneg =
	    "Nobody in the village had ever complained about the noise from the old sawmill.";
	size_t nf = sc_cmp_nfeatures(), ins = nf;
	for (size_t i = 0; i < nf; i++)
		if (!strcmp(sc_cmp_feature_name(i), "neg_short")) ins = i;
	CHECK(ins < nf, "feature neg_short is in the judge's table");
	if (ins == nf) return;
	struct {
		const char *p, *h;
		int want;
	} rows[] = {
	    {longp, shorth, 0}, {shorth, longp, 0}, {longp, longneg, 0}}; /* judgefix2: no tie */
	for (size_t r = 0; r < sizeof rows / sizeof *rows; r++) {
		sc_stmt_t a, b;
		double x[SC_JF_MAX];
		int rc = sc_cmp_pair_analyse(c, rows[r].p, strlen(rows[r].p), rows[r].h,
		                             strlen(rows[r].h), "en", &a, &b);
		CHECK(rc == SC_OK, "analyse row %zu: rc %d", r, rc);
		if (rc) continue;
		rc = sc_cmp_features(c, &a, &b, x);
		CHECK(rc == SC_OK, "features row %zu: rc %d", r, rc);
		if (!rc) {
			CHECK((x[ins] != 0) == rows[r].want, "row %zu: neg_short %g, want %d", r,
			      x[ins], rows[r].want);
			CHECK(sc_cmp_evidence(x) == rows[r].want, "row %zu: gate %d, want %d", r,
			      sc_cmp_evidence(x), rows[r].want);
		}
		sc_cmp_stmt_free(&a);
		sc_cmp_stmt_free(&b);
	}
}

int main(void)
{
	sc_cmp_t *c;
	if (sc_test_cmp_open_checked(&c)) return CHECK_DONE();
	sc_test_judge_file(c, "tests/cases/judge4.tsv");
	{ /* the negative predicate is named among the cues */
		static const char *p = "The goalkeeper signed the new contract on Friday.",
		                  *h = "The goalkeeper refused to sign the new contract.";
		sc_judgement_t j;
		int rc = sc_cmp_pair(c, p, strlen(p), h, strlen(h), "en", &j);
		CHECK(rc == SC_OK && j.contradiction && strstr(j.cues, "refused"),
		      "cue of a negative predicate: rc %d cues [%s]", rc, j.cues);
	}
	/* sc_cmp_features needs the model's word lists: one judgement above loaded them */
	test_feature(c);
	sc_cmp_free(c);
	return CHECK_DONE();
}
