/* test_compare_pair8.c: pair mode's operating points (compare.h SC_CMP_OP_*, judge.c
 * pair_f1, doc/compare-judge.md "Session 9, pair"). SC_CMP_OP_F1 is a layer stacked on the
 * judge; SC_CMP_OP_PRECISION, the default, is the judge's own decision. The cases are data
 * (tests/cases/pair8.tsv): every row is judged at the F1 operating point for its answer; the
 * rows of [f1] must be compatible at the precision operating point (what the layer adds), the
 * rows of [same] compatible at both. The label reads off the score at both points. */
#include <stdio.h>
#include <string.h>

#include "cmp_test.h"

#define CASES "tests/cases/pair8.tsv"

static void check_row(sc_cmp_t *c, const sc_test_row_t *r)
{
	const char *what = r->f[0], *lang = r->f[1], *p = r->f[2], *h = r->f[3], *want = r->f[4];
	int f1 = !strcmp(r->table, "f1");
	sc_judgement_t j;
	sc_cmp_set_operating_point(c, SC_CMP_OP_F1);
	int rc = sc_cmp_pair(c, p, strlen(p), h, strlen(h), lang, &j);
	int want_c = strcmp(want, "compatible") != 0;
	CHECK(rc == SC_OK && j.contradiction == want_c &&
	          (!want_c || j.kind == SC_CONFLICT_NEGATION),
	      "%s:%d (%s): f1: rc %d, contradiction %d kind %d score %.4f, want %s", CASES, r->line,
	      what, rc, j.contradiction, j.kind, j.score, want);
	double f1score = j.score;
	sc_cmp_set_operating_point(c, SC_CMP_OP_PRECISION);
	rc = sc_cmp_pair(c, p, strlen(p), h, strlen(h), lang, &j);
	CHECK(rc == SC_OK && !j.contradiction, "%s:%d (%s): precision: rc %d, contradiction %d",
	      CASES, r->line, what, rc, j.contradiction);
	/* in [f1] the two points disagree, so the scores differ: the layer's probability */
	CHECK(!f1 || f1score > j.score, "%s:%d (%s): f1 score %.4f above precision score %.4f",
	      CASES, r->line, what, f1score, j.score);
}

int main(void)
{
	sc_cmp_t *c = NULL;
	sc_test_tsv_t t;
	size_t n = 0, nf1 = 0;
	if (sc_test_judge_open(&c)) return CHECK_DONE();
	/* the default (a fresh comparator, or one reset with 0) is the judge's own point: the F1
	 * layer lost on one HELD half (doc/compare-judge.md, session 9) */
	sc_cmp_set_operating_point(c, 0);
	CHECK(sc_cmp_get_operating_point(c) == SC_CMP_OP_PRECISION, "default operating point %d",
	      sc_cmp_get_operating_point(c));
	if (!sc_test_cases_open(CASES, &t)) {
		for (size_t i = 0; i < t.n; i++)
			if (sc_test_row_ok(CASES, &t.row[i], 5)) {
				check_row(c, &t.row[i]);
				n++;
				nf1 += !strcmp(t.row[i].table, "f1");
			}
		sc_test_tsv_free(&t);
	}
	CHECK(n == 10 && nf1 == 4, "%s: %zu rows (%zu in [f1]), want 10 (4)", CASES, n, nf1);
	sc_cmp_free(c);
	return CHECK_DONE();
}
