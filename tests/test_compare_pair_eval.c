/* test_compare_pair_eval.c: a guard on the judge's measured quality, not a tuning target.
 * Pair mode's features on DACCORD (fixtures/eval) under the full fitting protocol, nested
 * and grouped by source URL (5 outer folds to keep it quick): out-of-fold accuracy must stay
 * well above the trivial baseline (0.49, always "contradiction") and MCC well above 0. The
 * bounds sit about 3 standard errors (sd of an accuracy on 502 pairs ~ 0.021) below the
 * figure measured when the model was fitted (see detect/compare/model/judge-fr.json), so a broken
 * feature, analysis or fit fails it while fold noise does not. The file ships in fixtures/eval/ (BSD-2-Clause). */
#include <stdlib.h>
#include <stdio.h>

#include <gsl/gsl_errno.h>

#include "check.h"
#include "compare_data.h"

int main(void)
{
	const char *path = "fixtures/eval/daccord-dev.tsv";
	char err[512] = "";
	FILE *f = fopen(path, "rb");
	if (!f) {
		/* The data ships in fixtures/eval/: absent, the checkout is broken (not a skip). */
		printf("FAIL: %s is absent\n", path);
		return 1;
	}
	fclose(f);
	gsl_set_error_handler_off();
	/* the judge's features need no usable model: the fit below is the model under test */
	sc_cmp_t *c = NULL;
	CHECK(cmp_open(&c, NULL, 0, err, sizeof err) == SC_OK, "comparator: %s", err);
	if (!c) return CHECK_DONE();
	/* bench/compare_data.h: the one DACCORD reader (fit_compare and eval_compare read it so);
	 * fold groups are the source URLs */
	pairset_t s;
	CHECK(pairset_read(c, path, "label", "1", 1, &s, err, sizeof err) == SC_OK, "read: %s",
	      err);
	CHECK(s.bad == 0, "%zu rows not read", s.bad);
	CHECK(s.n == 502, "%zu pairs", s.n);
	double *score = malloc((s.n ? s.n : 1) * sizeof *score);
	int *pred = malloc((s.n ? s.n : 1) * sizeof *pred);
	CHECK(score && pred, "out of memory");
	if (s.n && score && pred) {
		sc_cv_opts_t o;
		sc_cmp_cv_opts_init(&o);
		o.k = 5;
		o.gate = sc_cmp_evidence;
		CHECK(sc_cmp_nested_cv(s.x, s.y, (const char *const *)s.group, s.n, s.d, &o, score,
		                       pred) == SC_OK,
		      "cv");
		sc_metrics_t m;
		sc_cmp_metrics(pred, s.y, s.n, &m);
		printf("daccord nested CV (5 folds): precision %.4f recall %.4f accuracy %.4f mcc "
		       "%.4f\n",
		       m.precision, m.recall, m.accuracy, m.mcc);
		CHECK(m.accuracy >= 0.63, "accuracy %.4f", m.accuracy);
		CHECK(m.mcc >= 0.25, "mcc %.4f", m.mcc);
	}
	free(score);
	free(pred);
	pairset_free(&s);
	cmp_close(&c);
	return CHECK_DONE();
}
