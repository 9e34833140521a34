/* fit_compare: fits the judge's logistic model and writes it as a data file.
 *
 *   fit_compare [-o detect/compare/model/judge-fr.json] [--data fixtures/eval/daccord-dev.tsv]
 *               [--positive 1] [--folds 10] [--seed 42] [--min-precision 0]
 *               [--transfer fixtures/eval/rte3fr-dev.tsv] [--transfer-positive 2]
 *
 * Protocol (detect/judgefit.c): features of every pair; the regularisation lambda chosen by
 * grouped k-fold CV (rows sharing a source URL together) on out-of-fold log-loss; the
 * threshold chosen on those out-of-fold scores (best accuracy with precision >= the target
 * when reachable); the final weights fitted on all rows. The honest estimate written into
 * the file is a NESTED CV of that whole protocol; the transfer figures apply the final model
 * to another data set it never saw. Rebuild after fitting: the model is embedded.
 * Prints the figures as CSV on stdout (dataset,protocol,n,precision,recall,f1,accuracy,mcc).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gsl/gsl_errno.h>

#include "compare_data.h"

static void json_metrics(FILE *f, const char *key, const sc_metrics_t *m, const char *end)
{
	fprintf(f,
	        "    \"%s\": {\"n\": %zu, \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, "
	        "\"accuracy\": %.4f, \"mcc\": %.4f}%s\n",
	        key, m->n, m->precision, m->recall, m->f1, m->accuracy, m->mcc, end);
}

static const char *base(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

int main(int argc, char **argv)
{
	const char *out = "detect/compare/model/judge-fr.json", *data = "fixtures/eval/daccord-dev.tsv",
	           *pos = "1", *transfer = "fixtures/eval/rte3fr-dev.tsv", *tpos = "2";
	sc_cv_opts_t o;
	sc_cmp_cv_opts_init(&o);
	o.gate = sc_cmp_evidence;
	static const struct option lo[] = {
	    {"output", required_argument, 0, 'o'}, {"data", required_argument, 0, 1},
	    {"positive", required_argument, 0, 2}, {"transfer", required_argument, 0, 6},
	    {"transfer-positive", required_argument, 0, 7}, {"no-gate", no_argument, 0, 8},
	    CV_LONG_OPTIONS, {0, 0, 0, 0},
	};
	int ch;
	while ((ch = getopt_long(argc, argv, "o:", lo, NULL)) != -1) {
		switch (ch) {
		case 'o': out = optarg; break;
		case 1: data = optarg; break;
		case 2: pos = optarg; break;
		case 6: transfer = *optarg ? optarg : NULL; break;
		case 7: tpos = optarg; break;
		case 8: o.gate = NULL; break;
		default:
			if (!cv_opt(ch, optarg, &o)) return usage_error("fit_compare");
		}
	}
	if (cv_opts_ready("fit_compare", &o)) return 2;
	char err[512];
	int rc = 1;
	sc_cmp_t *c = NULL;
	pairset_t s = {0}, t = {0};
	double *score = NULL, *tscore = NULL;
	int *pred = NULL, *tpred = NULL;
	FILE *f = NULL;
	char tmp[4096];
	if (cmp_open(&c, NULL, 0, err, sizeof err)) {
		fprintf(stderr, "fit_compare: %s\n", err);
		return 1;
	}
	if (pairset_read(c, data, "label", pos, 1, &s, err, sizeof err)) {
		fprintf(stderr, "fit_compare: %s\n", err);
		goto done;
	}
	size_t d = s.d, npos = 0;
	for (size_t i = 0; i < s.n; i++)
		npos += (size_t)s.y[i];
	score = malloc(s.n * sizeof *score);
	pred = malloc(s.n * sizeof *pred);
	if (!score || !pred) goto done;

	/* 1. the honest estimate: nested CV of the whole protocol */
	sc_metrics_t cvm, tm = {0}, tcv = {0};
	if (sc_cmp_nested_cv(s.x, s.y, (const char *const *)s.group, s.n, d, &o, score, pred)) {
		fprintf(stderr, "fit_compare: nested cross-validation failed\n");
		goto done;
	}
	sc_cmp_metrics(pred, s.y, s.n, &cvm);
	printf("dataset,protocol,n,precision,recall,f1,accuracy,mcc\n");
	print_metrics(base(data), "nested-cv", &cvm);

	/* 2. the shipped model: selection and fit on all rows */
	sc_lr_t m;
	double lambda, thr;
	if (sc_cmp_select(s.x, s.y, (const char *const *)s.group, s.n, d, &o, &m, &lambda, &thr,
	                  NULL)) {
		fprintf(stderr, "fit_compare: fit failed\n");
		goto done;
	}

	/* 3. transfer to another data set, and that set's own nested CV */
	if (transfer) {
		if (pairset_read(c, transfer, "label", tpos, 1, &t, err, sizeof err)) {
			fprintf(stderr, "fit_compare: %s\n", err);
			goto done;
		}
		tscore = malloc(t.n * sizeof *tscore);
		tpred = malloc(t.n * sizeof *tpred);
		if (!tscore || !tpred) goto done;
		for (size_t i = 0; i < t.n; i++) {
			tscore[i] = sc_cmp_lr_prob(&m, t.x + i * d);
			tpred[i] = tscore[i] >= thr && (!o.gate || o.gate(t.x + i * d));
		}
		sc_cmp_metrics(tpred, t.y, t.n, &tm);
		print_metrics(base(transfer), "transfer", &tm);
		if (sc_cmp_nested_cv(t.x, t.y, (const char *const *)t.group, t.n, d, &o, tscore,
		                     tpred)) {
			fprintf(
			    stderr,
			    "fit_compare: nested cross-validation of the transfer set failed\n");
			goto done;
		}
		sc_cmp_metrics(tpred, t.y, t.n, &tcv);
		print_metrics(base(transfer), "nested-cv", &tcv);
	}

	/* 4. the data file, written atomically; numbers checked finite by construction (IRLS
	 * failures stop above) and printed with fixed precision */
	snprintf(tmp, sizeof tmp, "%s.tmp.%ld", out, (long)getpid());
	if (!(f = fopen(tmp, "w"))) {
		fprintf(stderr, "fit_compare: cannot write %s: %s\n", tmp, strerror(errno));
		goto done;
	}
	fprintf(f, "{\n  \"schema\": \"storycheck/judge/v1\",\n  \"lang\": \"fr\",\n");
	fprintf(f, "  \"about\": \"Logistic model of the comparator's judge (detect/judge.c): "
	           "p = 1/(1+exp(-(bias + sum weight*(x-mean)/scale))); a pair is a contradiction "
	           "when p >= threshold and an evidence feature fired. Written by "
	           "bench/fit_compare; do not edit by hand.\",\n");
	fprintf(f, "  \"features\": [\n");
	for (size_t j = 0; j < d; j++)
		fprintf(
		    f,
		    "    {\"name\": \"%s\", \"weight\": %.6f, \"mean\": %.6f, \"scale\": %.6f}%s\n",
		    sc_cmp_feature_name(j), m.w[j], m.mean[j], m.scale[j], j + 1 < d ? "," : "");
	fprintf(f, "  ],\n  \"bias\": %.6f,\n  \"threshold\": %.6f,\n", m.b, thr);
	fprintf(f, "  \"fitted\": {\n");
	fprintf(f, "    \"data\": \"%s\",\n    \"rows\": %zu,\n    \"positives\": %zu,\n",
	        base(data), s.n, npos);
	fprintf(f, "    \"positive_label\": \"%s\",\n", pos);
	fprintf(f, "    \"method\": \"L2-penalised logistic regression on standardised features, "
	           "Newton-Raphson (IRLS) with GSL Cholesky\",\n");
	fprintf(f, "    \"lambda\": %g,\n    \"lambda_grid\": [", lambda);
	for (size_t l = 0; l < o.nlambdas; l++)
		fprintf(f, "%g%s", o.lambdas[l], l + 1 < o.nlambdas ? ", " : "");
	fprintf(f, "],\n    \"lambda_rule\": \"lowest out-of-fold log-loss\",\n");
	fprintf(f, "    \"folds\": %d,\n    \"grouped_by\": \"url (else premise)\",\n", o.k);
	fprintf(f, "    \"fold_rng\": \"gsl mt19937\",\n    \"seed\": %lu,\n", o.seed);
	if (o.min_precision > 0)
		fprintf(f,
		        "    \"threshold_rule\": \"highest out-of-fold accuracy with precision >= "
		        "%.2f (else highest accuracy)\",\n",
		        o.min_precision);
	else
		fprintf(f, "    \"threshold_rule\": \"highest out-of-fold accuracy\",\n");
	fprintf(f, "    \"evidence_gate\": %s,\n", o.gate ? "true" : "false");
	fprintf(f, "    \"estimate\": \"nested CV: lambda, threshold and weights refitted inside "
	           "each outer training part\",\n");
	json_metrics(f, "nested_cv", &cvm, transfer ? "," : "");
	if (transfer) {
		fprintf(
		    f, "    \"transfer_data\": \"%s\",\n    \"transfer_positive_label\": \"%s\",\n",
		    base(transfer), tpos);
		json_metrics(f, "transfer", &tm, ",");
		json_metrics(f, "transfer_nested_cv", &tcv, "");
	}
	fprintf(f, "  }\n}\n");
	if (fclose(f) || rename(tmp, out)) {
		f = NULL;
		fprintf(stderr, "fit_compare: cannot write %s: %s\n", out, strerror(errno));
		remove(tmp);
		goto done;
	}
	f = NULL;
	fprintf(stderr, "fit_compare: wrote %s (lambda %g, threshold %.4f); rebuild to embed it\n",
	        out, lambda, thr);
	rc = 0;
done:
	if (f) {
		fclose(f);
		remove(tmp);
	}
	free(score);
	free(pred);
	free(tscore);
	free(tpred);
	pairset_free(&s);
	pairset_free(&t);
	cmp_close(&c);
	return rc;
}
