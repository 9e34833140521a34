/* test_compare_pair_eval.c: a guard on the judge's measured quality, not a tuning target.
 * Pair mode's features on DACCORD (fixtures/eval) under the full fitting protocol, nested
 * and grouped by source URL (5 outer folds to keep it quick): out-of-fold accuracy must stay
 * well above the trivial baseline (0.49, always "contradiction") and MCC well above 0. The
 * bounds sit about 3 standard errors (sd of an accuracy on 502 pairs ~ 0.021) below the
 * figure measured when the model was fitted (see detect/compare/model/judge-fr.json), so a broken
 * feature, analysis or fit fails it while fold noise does not. The file ships in fixtures/eval/ (BSD-2-Clause). */
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>

#include "check.h"
#include "judgefit.h"

int main(void)
{
	const char *path = "fixtures/eval/daccord-dev.tsv";
	char err[512] = "";
	FILE *f = fopen(path, "rb");
	if (!f) {
		/* The data ships in fixtures/eval/: its absence is a broken checkout, not a skip. */
		printf("FAIL: %s is absent\n", path);
		return 1;
	}
	gsl_set_error_handler_off();
	sc_cmp_t *c = NULL;
	sc_tsv_t *t = NULL;
	CHECK(sc_cmp_create(&c, NULL, err, sizeof err) == SC_OK, "sc_cmp_create: %s", err);
	CHECK(c && sc_cmp_judge_init(c, NULL, 0, err, sizeof err) == SC_OK, "judge: %s", err);
	CHECK(sc_cmp_tsv_open(&t, f, path, err, sizeof err) == SC_OK, "open: %s", err);
	if (!c || !t) goto done;
	size_t d = sc_cmp_nfeatures(), n = 0, cap = 600, ip = 0, ih = 0, il = 0, iu = 0;
	double *x = malloc(cap * d * sizeof *x), *score = malloc(cap * sizeof *score);
	int *y = malloc(cap * sizeof *y), *pred = malloc(cap * sizeof *pred);
	char **g = calloc(cap, sizeof *g);
	for (size_t i = 0; i < sc_cmp_tsv_ncols(t); i++) {
		const char *nm = sc_cmp_tsv_colname(t, i);
		if (!strcmp(nm, "premise")) ip = i;
		if (!strcmp(nm, "hypothesis")) ih = i;
		if (!strcmp(nm, "label")) il = i;
		if (!strcmp(nm, "url")) iu = i;
	}
	for (;;) {
		const char *const *fl;
		uint64_t line;
		int k = sc_cmp_tsv_next(t, &fl, &line, err, sizeof err);
		if (k <= 0) {
			CHECK(k == 0, "%s", err);
			break;
		}
		if (n == cap) break;
		sc_stmt_t a, b;
		int rc = sc_cmp_pair_analyse(c, fl[ip], strlen(fl[ip]), fl[ih], strlen(fl[ih]), "",
		                             &a, &b);
		if (!rc) rc = sc_cmp_features(c, &a, &b, x + n * d);
		sc_cmp_stmt_free(&a);
		sc_cmp_stmt_free(&b);
		CHECK(rc == SC_OK, "line %llu: %d", (unsigned long long)line, rc);
		y[n] = !strcmp(fl[il], "1");
		g[n] = strdup(fl[iu]);
		n++;
	}
	CHECK(n == 502, "%zu pairs", n);
	sc_cv_opts_t o;
	sc_cmp_cv_opts_init(&o);
	o.k = 5;
	o.gate = sc_cmp_evidence;
	CHECK(sc_cmp_nested_cv(x, y, (const char *const *)g, n, d, &o, score, pred) == SC_OK, "cv");
	sc_metrics_t m;
	sc_cmp_metrics(pred, y, n, &m);
	printf("daccord nested CV (5 folds): precision %.4f recall %.4f accuracy %.4f mcc %.4f\n",
	       m.precision, m.recall, m.accuracy, m.mcc);
	CHECK(m.accuracy >= 0.63, "accuracy %.4f", m.accuracy);
	CHECK(m.mcc >= 0.25, "mcc %.4f", m.mcc);
	for (size_t i = 0; i < n; i++)
		free(g[i]);
	free(g);
	free(x);
	free(score);
	free(y);
	free(pred);
done:
	sc_cmp_tsv_close(t);
	fclose(f);
	sc_cmp_free(c);
	return CHECK_DONE();
}
