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
 *
 *   fit_compare --pair-layer SET.tsv[,SET.tsv...] [-o detect/compare/model/judge-fr.json]
 *
 * Fits pair mode's F1 layer instead (judge.c "pair_f1"; its features sc_cmp_pair_features),
 * stacked on the model the build embeds (fit the judge first, rebuild, then the layer: a
 * refit of the judge drops the block). Rows: the DEV halves (genres 01-05) of the NLI-style
 * sets given (label "contradiction" against the rest), pooled; grouped by premise; lambda by
 * grouped CV log-loss as above, then the threshold of best out-of-fold F1 (the task's
 * measure; not accuracy). Prints each set's DEV figures when the layer is fitted on the other
 * sets only (leave-one-set-out: the closest thing to a set never seen), and the pooled
 * out-of-fold figures. Writes the block into the model file in place of an older one (the
 * judge's own entries keep their bytes).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gsl/gsl_errno.h>

#include "pair_data.h"

static void json_metrics(FILE *f, const char *key, const sc_metrics_t *m, const char *end)
{
	fprintf(f,
	        "    \"%s\": {\"n\": %zu, \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, "
	        "\"accuracy\": %.4f, \"mcc\": %.4f}%s\n",
	        key, m->n, m->precision, m->recall, m->f1, m->accuracy, m->mcc, end);
}

/* Closes f (written to tmp) and renames it over out, so that a model file is replaced whole
 * or not at all; on failure says why and removes tmp. */
static int commit_file(FILE *f, const char *tmp, const char *out)
{
	if (fclose(f) || rename(tmp, out)) {
		fprintf(stderr, "fit_compare: cannot write %s: %s\n", out, strerror(errno));
		remove(tmp);
		return -1;
	}
	return 0;
}

static const char *base(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

/* The DEV rows of the sets in list (comma-separated paths) into one pairset-like table: z
 * (n x SC_PF_N), y, group, set index. Caller frees. */
typedef struct {
	size_t n;
	double *z;
	int *y, *set;
	char **group;
} pl_rows_t;

static void pl_free(pl_rows_t *r)
{
	SC_FREE_EACH(r->group, r->n);
	SC_FREE_ALL(r->z, r->y, r->set);
	memset(r, 0, sizeof *r);
}

/* names[] of pl_read: more sets on the command line are an error, not dropped */
#define PL_MAX_SETS 8

static int pl_read(sc_cmp_t *c, char *list, pl_rows_t *r, char **names, int *nsets, char *err,
                   size_t errlen)
{
	int rc = SC_OK;
	*nsets = 0;
	for (char *tok = strtok(list, ","); tok && !rc; tok = strtok(NULL, ",")) {
		pairset_t s = {0};
		double *z = NULL;
		if (*nsets ==
		    PL_MAX_SETS) { /* names[] holds no more: say so, drop nothing silently */
			snprintf(err, errlen, "--pair-layer takes at most %d sets (the next is %s)",
			         PL_MAX_SETS, tok);
			return SC_EPARAM;
		}
		if ((rc = pairset_read(c, tok, "label", "contradiction", 0, &s, err, errlen)))
			break;
		if (!(z = malloc((s.n ? s.n : 1) * SC_PF_N * sizeof *z)) ||
		    grow((void **)&r->z, (r->n + s.n) * SC_PF_N, sizeof *r->z) ||
		    grow((void **)&r->y, r->n + s.n, sizeof *r->y) ||
		    grow((void **)&r->set, r->n + s.n, sizeof *r->set) ||
		    grow((void **)&r->group, r->n + s.n, sizeof *r->group))
			rc = SC_ENOMEM;
		if (rc) snprintf(err, errlen, "%s: out of memory", tok);
		if (!rc) rc = pair_rows(c, &s, z, NULL, err, errlen);
		for (size_t i = 0; !rc && i < s.n; i++) {
			if (pair_split(s.id[i]) != 0) continue; /* DEV halves only */
			memcpy(r->z + r->n * SC_PF_N, z + i * SC_PF_N, SC_PF_N * sizeof *z);
			r->y[r->n] = s.y[i];
			r->set[r->n] = *nsets;
			size_t gl = strlen(tok) + strlen(s.p[i]) + 2;
			if (!(r->group[r->n] = malloc(gl))) {
				rc = SC_ENOMEM;
				snprintf(err, errlen, "%s: out of memory", tok);
			} else
				snprintf(r->group[r->n++], gl, "%s\t%s", tok, s.p[i]);
		}
		names[(*nsets)++] = tok;
		free(z);
		pairset_free(&s);
	}
	return rc;
}

static int pair_layer(char *list, const char *out, sc_cv_opts_t *o)
{
	char err[512], *names[PL_MAX_SETS];
	int rc = 1, nsets;
	sc_cmp_t *c = NULL;
	pl_rows_t r = {0};
	double *oof = NULL, *sc = NULL, *zz = NULL;
	int *pred = NULL, *yy = NULL;
	char **gg = NULL, *text = NULL, tmp[4096];
	FILE *f = NULL;
	o->gate = NULL;
	if (cmp_open(&c, NULL, 1, err, sizeof err) ||
	    pl_read(c, list, &r, names, &nsets, err, sizeof err)) {
		fprintf(stderr, "fit_compare: %s\n", err);
		goto done;
	}
	oof = malloc(r.n * sizeof *oof);
	sc = malloc(r.n * sizeof *sc);
	pred = malloc(r.n * sizeof *pred);
	zz = malloc(r.n * SC_PF_N * sizeof *zz);
	yy = malloc(r.n * sizeof *yy);
	gg = malloc(r.n * sizeof *gg);
	if (!r.n) {
		fprintf(
		    stderr,
		    "fit_compare: --pair-layer: no DEV rows (ids g01_..g05_) in the sets given\n");
		goto done;
	}
	if (!oof || !sc || !pred || !zz || !yy || !gg) {
		fprintf(stderr, "fit_compare: --pair-layer: out of memory (%zu rows)\n", r.n);
		goto done;
	}
	printf("dataset,protocol,n,precision,recall,f1,accuracy,mcc\n");
	/* leave one set out: fitted (lambda, weights, F1 threshold) on the others' DEV rows */
	for (int k = 0; k < nsets && nsets > 1; k++) {
		size_t m = 0, t = 0;
		for (size_t i = 0; i < r.n; i++)
			if (r.set[i] != k) {
				memcpy(zz + m * SC_PF_N, r.z + i * SC_PF_N, SC_PF_N * sizeof *zz);
				yy[m] = r.y[i];
				gg[m++] = r.group[i];
			}
		sc_lr_t lm;
		double lam, thr;
		if (sc_cmp_select(zz, yy, (const char *const *)gg, m, SC_PF_N, o, &lm, &lam, &thr,
		                  oof)) {
			fprintf(stderr, "fit_compare: --pair-layer: the fit without %s failed\n",
			        names[k]);
			goto done;
		}
		thr = pair_pick_f1(oof, yy, m);
		for (size_t i = 0; i < r.n; i++)
			if (r.set[i] == k) {
				yy[t] = r.y[i];
				pred[t++] = sc_cmp_lr_prob(&lm, r.z + i * SC_PF_N) >= thr;
			}
		sc_metrics_t met;
		sc_cmp_metrics(pred, yy, t, &met);
		print_metrics(names[k], "dev-leave-set-out", &met);
	}
	/* the layer: all DEV rows */
	sc_lr_t lm;
	double lam, thr;
	if (sc_cmp_select(r.z, r.y, (const char *const *)r.group, r.n, SC_PF_N, o, &lm, &lam, &thr,
	                  oof)) {
		fprintf(stderr, "fit_compare: --pair-layer: the fit on all %zu DEV rows failed\n",
		        r.n);
		goto done;
	}
	thr = pair_pick_f1(oof, r.y, r.n);
	sc_metrics_t oofm;
	for (size_t i = 0; i < r.n; i++)
		pred[i] = oof[i] >= thr;
	sc_cmp_metrics(pred, r.y, r.n, &oofm);
	print_metrics("dev-pooled", "out-of-fold", &oofm);

	/* splice the block into the model file: everything before an older block (or before the
	 * closing brace) is kept byte for byte */
	FILE *in = fopen(out, "rb");
	long len = -1;
	if (in && !fseek(in, 0, SEEK_END) && (len = ftell(in)) >= 0 && !fseek(in, 0, SEEK_SET) &&
	    (text = malloc((size_t)len + 1)) && fread(text, 1, (size_t)len, in) == (size_t)len)
		text[len] = '\0';
	else
		len = -1;
	if (in) fclose(in);
	if (len < 0) {
		fprintf(stderr, "fit_compare: cannot read %s\n", out);
		goto done;
	}
	char *cut = strstr(text, ",\n  \"pair_f1\":");
	if (!cut) {
		cut = strrchr(text, '}');
		while (cut && cut > text && (cut[-1] == '\n' || cut[-1] == ' '))
			cut--;
	}
	if (!cut) {
		fprintf(stderr, "fit_compare: %s is not a model file\n", out);
		goto done;
	}
	snprintf(tmp, sizeof tmp, "%s.tmp.%ld", out, (long)getpid());
	if (!(f = fopen(tmp, "w"))) {
		fprintf(stderr, "fit_compare: cannot write %s: %s\n", tmp, strerror(errno));
		goto done;
	}
	fwrite(text, 1, (size_t)(cut - text), f);
	fprintf(f, ",\n  \"pair_f1\": {\n    \"about\": \"Pair mode's F1 operating point (judge.c "
	           "pair_f1): p = 1/(1+exp(-(bias + sum weight*(x-mean)/scale))) over the pair "
	           "features; contradiction when p >= threshold and a cue explains it. Written by "
	           "bench/fit_compare --pair-layer; do not edit by hand.\",\n");
	fprintf(f, "    \"features\": [\n");
	for (size_t j = 0; j < SC_PF_N; j++)
		fprintf(f,
		        "      {\"name\": \"%s\", \"weight\": %.6f, \"mean\": %.6f, \"scale\": "
		        "%.6f}%s\n",
		        sc_cmp_pair_feature_name(j), lm.w[j], lm.mean[j], lm.scale[j],
		        j + 1 < SC_PF_N ? "," : "");
	fprintf(f, "    ],\n    \"bias\": %.6f,\n    \"threshold\": %.6f,\n", lm.b, thr);
	fprintf(f, "    \"fitted\": {\n      \"data\": [");
	for (int k = 0; k < nsets; k++)
		fprintf(f, "\"%s\"%s", names[k], k + 1 < nsets ? ", " : "");
	fprintf(f, "],\n      \"rows\": \"DEV halves (genres 01-05), %zu pairs\",\n", r.n);
	fprintf(f, "      \"positive_label\": \"contradiction\",\n      \"lambda\": %g,\n", lam);
	fprintf(f,
	        "      \"lambda_rule\": \"lowest out-of-fold log-loss\",\n      \"folds\": %d,\n"
	        "      \"grouped_by\": \"premise\",\n      \"seed\": %lu,\n",
	        o->k, o->seed);
	fprintf(f, "      \"threshold_rule\": \"highest out-of-fold F1\",\n");
	fprintf(f,
	        "      \"out_of_fold\": {\"n\": %zu, \"precision\": %.4f, \"recall\": %.4f, "
	        "\"f1\": %.4f}\n    }\n  }\n}\n",
	        oofm.n, oofm.precision, oofm.recall, oofm.f1);
	if (commit_file(f, tmp, out)) {
		f = NULL;
		goto done;
	}
	f = NULL;
	fprintf(stderr,
	        "fit_compare: wrote pair_f1 into %s (lambda %g, threshold %.4f); rebuild to embed "
	        "it\n",
	        out, lam, thr);
	rc = 0;
done:
	if (f) {
		fclose(f);
		remove(tmp);
	}
	SC_FREE_ALL(oof, sc, pred, zz, yy, gg, text);
	pl_free(&r);
	cmp_close(&c);
	return rc;
}

int main(int argc, char **argv)
{
	const char *out = "detect/compare/model/judge-fr.json", *data = "fixtures/eval/daccord-dev.tsv",
	           *pos = "1", *transfer = "fixtures/eval/rte3fr-dev.tsv", *tpos = "2";
	char *pair_sets = NULL;
	sc_cv_opts_t o;
	sc_cmp_cv_opts_init(&o);
	o.gate = sc_cmp_evidence;
	static const struct option lo[] = {
	    {"output", required_argument, 0, 'o'},
	    {"data", required_argument, 0, 1},
	    {"positive", required_argument, 0, 2},
	    {"transfer", required_argument, 0, 6},
	    {"transfer-positive", required_argument, 0, 7},
	    {"no-gate", no_argument, 0, 8},
	    {"pair-layer", required_argument, 0, 9},
	    CV_LONG_OPTIONS,
	    {0, 0, 0, 0},
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
		case 9: pair_sets = optarg; break;
		default:
			if (!cv_opt(ch, optarg, &o)) return usage_error("fit_compare");
		}
	}
	if (cv_opts_ready("fit_compare", &o)) return 2;
	if (pair_sets) return pair_layer(pair_sets, out, &o);
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
	if (commit_file(f, tmp, out)) {
		f = NULL;
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
