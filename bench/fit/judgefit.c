/* judgefit.c (bench/fit/, the library sc_judgefit: the fitting and evaluation programs and the
 * tests that fit link it; the runtime library only applies the model, sc_cmp_lr_prob in
 * judge.c): the statistics behind the judge: L2-penalised logistic regression fitted by
 * Newton-Raphson (iteratively reweighted least squares), grouped k-fold cross-validation, and
 * the metrics used to report it.
 *
 * Logistic regression by IRLS (Hastie, Tibshirani & Friedman, The Elements of Statistical
 * Learning, 2nd ed., section 4.4.1): with Z the standardised design plus a column of ones and
 * beta = (w, b), each step solves  (Z'WZ + lambda*D) delta = Z'(p - y) + lambda*D*beta,
 * W = diag(p(1-p)), D = diag(1, ..., 1, 0) (the bias is not penalised), by Cholesky (GSL).
 * The penalised objective is strictly convex, so Newton converges; a step that does not lower
 * the objective is halved (this only matters far from the optimum with tiny lambda).
 * Features are standardised first so one lambda means the same for every feature.
 *
 * Cross-validation never lets a held-out row influence anything applied to it: folds are
 * grouped (rows sharing a source URL stay together, so a premise and its paraphrase cannot
 * sit on both sides), and sc_cmp_nested_cv re-runs the whole selection (lambda by out-of-fold
 * log-loss, then the decision threshold on the same out-of-fold scores) inside each outer
 * training part (Varma & Simon 2006, "Bias in error estimation when using cross-validation
 * for model selection").
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_blas.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "judgefit.h"

#define LR_MAX_ITER 100
#define LR_TOL 1e-9

/* log(1 + exp(t)) without overflow */
static double log1pexp(double t)
{
	return t > 0 ? t + log1p(exp(-t)) : log1p(exp(t));
}

/* penalised negative log-likelihood at beta (eta = Z beta) */
static double objective(const gsl_vector *eta, const int *y, const gsl_vector *beta, size_t d,
                        double lambda)
{
	double f = 0;
	for (size_t i = 0; i < eta->size; i++) {
		double t = gsl_vector_get(eta, i);
		f += log1pexp(t) - (y[i] ? t : 0);
	}
	for (size_t j = 0; j < d; j++)
		f += 0.5 * lambda * gsl_vector_get(beta, j) * gsl_vector_get(beta, j);
	return f;
}

int sc_cmp_lr_fit(const double *x, const int *y, size_t n, size_t d, double lambda, sc_lr_t *m,
                  int *iters)
{
	int rc = SC_ENOMEM, it = 0;
	if (!n || d > SC_JF_MAX || lambda < 0 || !(lambda == lambda)) return SC_EPARAM;
	size_t D = d + 1;
	gsl_matrix *Z = gsl_matrix_alloc(n, D), *Zw = gsl_matrix_alloc(n, D),
	           *H = gsl_matrix_alloc(D, D);
	gsl_vector *beta = gsl_vector_calloc(D), *eta = gsl_vector_alloc(n),
	           *r = gsl_vector_alloc(n), *g = gsl_vector_alloc(D), *delta = gsl_vector_alloc(D),
	           *trial = gsl_vector_alloc(D);
	if (!Z || !Zw || !H || !beta || !eta || !r || !g || !delta || !trial) goto done;

	memset(m, 0, sizeof *m);
	m->d = d;
	for (size_t j = 0; j < d; j++) {
		double s = 0, s2 = 0;
		for (size_t i = 0; i < n; i++)
			s += x[i * d + j];
		double mu = s / (double)n;
		for (size_t i = 0; i < n; i++)
			s2 += (x[i * d + j] - mu) * (x[i * d + j] - mu);
		double sd = sqrt(s2 / (double)n);
		m->mean[j] = mu;
		m->scale[j] = sd > 1e-12 ? sd : 1.0;
	}
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < d; j++)
			gsl_matrix_set(Z, i, j, (x[i * d + j] - m->mean[j]) / m->scale[j]);
		gsl_matrix_set(Z, i, d, 1.0);
	}
	gsl_blas_dgemv(CblasNoTrans, 1.0, Z, beta, 0.0, eta);
	double f = objective(eta, y, beta, d, lambda);
	for (it = 1; it <= LR_MAX_ITER; it++) {
		/* gradient g = Z'(p - y) + lambda*D*beta; Zw = sqrt(W) Z */
		for (size_t i = 0; i < n; i++) {
			double p = sc_cmp_sigmoid(gsl_vector_get(eta, i));
			double w = p * (1 - p);
			if (w < 1e-12) w = 1e-12;
			gsl_vector_set(r, i, p - y[i]);
			double sw = sqrt(w);
			for (size_t j = 0; j < D; j++)
				gsl_matrix_set(Zw, i, j, sw * gsl_matrix_get(Z, i, j));
		}
		gsl_blas_dgemv(CblasTrans, 1.0, Z, r, 0.0, g);
		for (size_t j = 0; j < d; j++)
			gsl_vector_set(g, j,
			               gsl_vector_get(g, j) + lambda * gsl_vector_get(beta, j));
		/* H = Zw'Zw + lambda*D (+ a tiny ridge on the bias for one-class data) */
		gsl_blas_dsyrk(CblasLower, CblasTrans, 1.0, Zw, 0.0, H);
		for (size_t j = 0; j < D; j++)
			gsl_matrix_set(H, j, j,
			               gsl_matrix_get(H, j, j) + (j < d ? lambda : 0) + 1e-9);
		if (gsl_linalg_cholesky_decomp1(H) || gsl_linalg_cholesky_solve(H, g, delta)) {
			rc = SC_EPARAM;
			goto done;
		}
		/* beta - step*delta, halving until the objective does not rise */
		double step = 1.0, fn = f;
		for (int h = 0; h < 30; h++) {
			gsl_vector_memcpy(trial, beta);
			gsl_blas_daxpy(-step, delta, trial);
			gsl_blas_dgemv(CblasNoTrans, 1.0, Z, trial, 0.0, eta);
			fn = objective(eta, y, trial, d, lambda);
			if (fn <= f + 1e-12 * fabs(f)) break;
			step *= 0.5;
		}
		gsl_vector_memcpy(beta, trial);
		double mx = step * gsl_vector_get(delta, gsl_blas_idamax(delta));
		f = fn;
		if (fabs(mx) < LR_TOL) break;
	}
	for (size_t j = 0; j < d; j++)
		m->w[j] = gsl_vector_get(beta, j);
	m->b = gsl_vector_get(beta, d);
	rc = SC_OK;
done:
	if (iters) *iters = it;
	gsl_matrix_free(Z);
	gsl_matrix_free(Zw);
	gsl_matrix_free(H);
	gsl_vector_free(beta);
	gsl_vector_free(eta);
	gsl_vector_free(r);
	gsl_vector_free(g);
	gsl_vector_free(delta);
	gsl_vector_free(trial);
	return rc;
}

/* -------------------------------------------------------------- metrics */
void sc_cmp_metrics(const int *pred, const int *y, size_t n, sc_metrics_t *m)
{
	memset(m, 0, sizeof *m);
	m->n = n;
	for (size_t i = 0; i < n; i++) {
		if (pred[i] && y[i])
			m->tp++;
		else if (pred[i])
			m->fp++;
		else if (y[i])
			m->fn++;
		else
			m->tn++;
	}
	double tp = (double)m->tp, fp = (double)m->fp, tn = (double)m->tn, fn = (double)m->fn;
	m->precision = tp + fp > 0 ? tp / (tp + fp) : 0;
	m->recall = tp + fn > 0 ? tp / (tp + fn) : 0;
	m->f1 = m->precision + m->recall > 0
	            ? 2 * m->precision * m->recall / (m->precision + m->recall)
	            : 0;
	m->accuracy = n ? (tp + tn) / (double)n : 0;
	double den = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn);
	m->mcc = den > 0 ? (tp * tn - fp * fn) / sqrt(den) : 0;
}

typedef struct {
	double s;
	int y;
} scored_t;

static int by_score_desc(const void *a, const void *b)
{
	const scored_t *x = a, *z = b;
	if (x->s != z->s) return x->s < z->s ? 1 : -1;
	return x->y - z->y;
}

double sc_cmp_pick_threshold(const double *score, const int *y, size_t n, double min_precision)
{
	scored_t *v = malloc(n * sizeof *v);
	if (!v || !n) {
		free(v);
		return 0.5;
	}
	size_t pos = 0;
	for (size_t i = 0; i < n; i++) {
		v[i].s = score[i];
		v[i].y = y[i] != 0;
		pos += v[i].y;
	}
	qsort(v, n, sizeof *v, by_score_desc);
	/* candidate i: the top i rows are predicted positive */
	double best_thr = v[0].s + 1e-6, best_acc = (double)(n - pos) / (double)n;
	double any_thr = best_thr, any_acc = best_acc;
	int found = min_precision <= 0;
	size_t tp = 0;
	for (size_t i = 1; i <= n; i++) {
		tp += (size_t)v[i - 1].y;
		if (i < n && v[i].s == v[i - 1].s) continue;
		double thr = i < n ? 0.5 * (v[i - 1].s + v[i].s) : v[n - 1].s - 1e-6;
		size_t fp = i - tp;
		double acc = (double)(tp + (n - pos - fp)) / (double)n;
		double prec = (double)tp / (double)i;
		if (acc > any_acc) {
			any_acc = acc;
			any_thr = thr;
		}
		if (prec >= min_precision && (acc > best_acc || !found)) {
			best_acc = acc;
			best_thr = thr;
			found = 1;
		}
	}
	free(v);
	return found ? best_thr : any_thr;
}

/* ------------------------------------------------------ cross-validation */
typedef struct {
	const char *g;
	size_t i;
} grow_t;

static int by_group(const void *a, const void *b)
{
	const grow_t *x = a, *z = b;
	int c = strcmp(x->g, z->g);
	if (c) return c;
	return x->i < z->i ? -1 : x->i > z->i;
}

int sc_cmp_folds(const char *const *groups, size_t n, int k, unsigned long seed, int *fold)
{
	int rc = SC_ENOMEM;
	if (k < 2 || !n) return SC_EPARAM;
	grow_t *v = malloc(n * sizeof *v);
	size_t *gstart = malloc((n + 1) * sizeof *gstart), *order = malloc(n * sizeof *order);
	size_t *load = calloc((size_t)k, sizeof *load);
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	char num[32];
	if (!v || !gstart || !order || !load || !rng) goto done;
	size_t ng = 0;
	if (groups) {
		for (size_t i = 0; i < n; i++) {
			v[i].g = groups[i] ? groups[i] : "";
			v[i].i = i;
		}
		qsort(v, n, sizeof *v, by_group);
		for (size_t i = 0; i < n; i++)
			if (i == 0 || strcmp(v[i].g, v[i - 1].g)) gstart[ng++] = i;
	} else {
		for (size_t i = 0; i < n; i++) {
			v[i].g = num;
			v[i].i = i;
			gstart[ng++] = i;
		}
	}
	gstart[ng] = n;
	for (size_t j = 0; j < ng; j++)
		order[j] = j;
	gsl_rng_set(rng, seed);
	gsl_ran_shuffle(rng, order, ng, sizeof *order);
	for (size_t j = 0; j < ng; j++) {
		size_t gi = order[j], best = 0;
		for (size_t f = 1; f < (size_t)k; f++)
			if (load[f] < load[best]) best = f;
		for (size_t r = gstart[gi]; r < gstart[gi + 1]; r++)
			fold[v[r].i] = (int)best;
		load[best] += gstart[gi + 1] - gstart[gi];
	}
	rc = SC_OK;
done:
	gsl_rng_free(rng);
	free(v);
	free(gstart);
	free(order);
	free(load);
	return rc;
}

void sc_cmp_cv_opts_init(sc_cv_opts_t *o)
{
	static const double grid[] = {0.01, 0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000};
	o->k = 10;
	o->seed = 42;
	o->lambdas = grid;
	o->nlambdas = sizeof grid / sizeof *grid;
	o->min_precision = 0; /* plain accuracy: see cmp_judge.h */
	o->gate = NULL;
	o->fit_gated = 0;
}

/* Copies the rows with (fold[i] == f) == keep into the buffers; returns their number. */
static size_t take(const double *x, const int *y, const char *const *groups, size_t n, size_t d,
                   const int *fold, int f, int keep, double *xs, int *ys, const char **gs,
                   size_t *idx)
{
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		if ((fold[i] == f) != keep) continue;
		memcpy(xs + m * d, x + i * d, d * sizeof *xs);
		ys[m] = y[i];
		if (gs) gs[m] = groups ? groups[i] : NULL;
		if (idx) idx[m] = i;
		m++;
	}
	return m;
}

static int select_rows(const double *x, const int *y, const char *const *groups, size_t n,
                       size_t d, const sc_cv_opts_t *o, sc_lr_t *m, double *lambda, double *thr,
                       double *oof);

int sc_cmp_select(const double *x, const int *y, const char *const *groups, size_t n, size_t d,
                  const sc_cv_opts_t *o, sc_lr_t *m, double *lambda, double *thr, double *oof)
{
	if (!o->gate || !o->fit_gated) return select_rows(x, y, groups, n, d, o, m, lambda, thr, oof);
	/* the gated rows only; the others keep an out-of-fold score of 0 */
	int rc = SC_ENOMEM;
	double *xs = malloc(n * d * sizeof *xs + 1), *os = malloc(n * sizeof *os + 1);
	int *ys = malloc(n * sizeof *ys + 1);
	const char **gs = malloc(n * sizeof *gs + 1);
	size_t k = 0;
	if (!xs || !os || !ys || !gs) goto done;
	for (size_t i = 0; i < n; i++) {
		if (!o->gate(x + i * d)) continue;
		memcpy(xs + k * d, x + i * d, d * sizeof *xs);
		ys[k] = y[i];
		gs[k++] = groups ? groups[i] : NULL;
	}
	rc = SC_EPARAM;
	if (k < (size_t)o->k * 2) goto done;
	rc = select_rows(xs, ys, groups ? gs : NULL, k, d, o, m, lambda, thr, os);
	if (!rc && oof)
		for (size_t i = 0, r = 0; i < n; i++)
			oof[i] = o->gate(x + i * d) ? os[r++] : 0;
done:
	free(xs);
	free(os);
	free(ys);
	free(gs);
	return rc;
}

static int select_rows(const double *x, const int *y, const char *const *groups, size_t n,
                       size_t d, const sc_cv_opts_t *o, sc_lr_t *m, double *lambda, double *thr,
                       double *oof)
{
	int rc = SC_ENOMEM;
	int *fold = malloc(n * sizeof *fold), *ys = malloc(n * sizeof *ys);
	double *xs = malloc(n * d * sizeof *xs + 1), *cur = malloc(n * sizeof *cur),
	       *best = malloc(n * sizeof *best);
	if (!fold || !ys || !xs || !cur || !best) goto done;
	if ((rc = sc_cmp_folds(groups, n, o->k, o->seed, fold))) goto done;
	double best_ll = HUGE_VAL;
	*lambda = o->lambdas[0];
	for (size_t l = 0; l < o->nlambdas; l++) {
		for (int f = 0; f < o->k; f++) {
			sc_lr_t fm;
			size_t ntr = take(x, y, groups, n, d, fold, f, 0, xs, ys, NULL, NULL);
			if ((rc = sc_cmp_lr_fit(xs, ys, ntr, d, o->lambdas[l], &fm, NULL)))
				goto done;
			for (size_t i = 0; i < n; i++)
				if (fold[i] == f) cur[i] = sc_cmp_lr_prob(&fm, x + i * d);
		}
		double ll = 0;
		for (size_t i = 0; i < n; i++) {
			double p = cur[i] < 1e-12 ? 1e-12 : cur[i] > 1 - 1e-12 ? 1 - 1e-12 : cur[i];
			ll -= y[i] ? log(p) : log(1 - p);
		}
		if (ll < best_ll) {
			best_ll = ll;
			*lambda = o->lambdas[l];
			memcpy(best, cur, n * sizeof *best);
		}
	}
	if (o->gate)
		for (size_t i = 0; i < n; i++)
			if (!o->gate(x + i * d)) best[i] = 0; /* never positive */
	*thr = sc_cmp_pick_threshold(best, y, n, o->min_precision);
	if (*thr < 1e-9) *thr = 1e-9;
	if (oof) memcpy(oof, best, n * sizeof *oof);
	rc = sc_cmp_lr_fit(x, y, n, d, *lambda, m, NULL);
done:
	free(fold);
	free(ys);
	free(xs);
	free(cur);
	free(best);
	return rc;
}

int sc_cmp_nested_cv(const double *x, const int *y, const char *const *groups, size_t n, size_t d,
                     const sc_cv_opts_t *o, double *score, int *pred)
{
	int rc = SC_ENOMEM;
	int *fold = malloc(n * sizeof *fold), *ys = malloc(n * sizeof *ys);
	double *xs = malloc(n * d * sizeof *xs + 1);
	const char **gs = malloc(n * sizeof *gs);
	if (!fold || !ys || !xs || !gs) goto done;
	if ((rc = sc_cmp_folds(groups, n, o->k, o->seed, fold))) goto done;
	for (int f = 0; f < o->k; f++) {
		sc_lr_t fm;
		double lambda, thr;
		sc_cv_opts_t in = *o;
		in.seed = o->seed + 1 + (unsigned long)f; /* inner folds: another shuffle */
		size_t ntr = take(x, y, groups, n, d, fold, f, 0, xs, ys, gs, NULL);
		rc = sc_cmp_select(xs, ys, groups ? gs : NULL, ntr, d, &in, &fm, &lambda, &thr,
		                   NULL);
		if (rc) goto done;
		for (size_t i = 0; i < n; i++) {
			if (fold[i] != f) continue;
			score[i] = sc_cmp_lr_prob(&fm, x + i * d);
			pred[i] = score[i] >= thr && (!o->gate || o->gate(x + i * d));
		}
	}
	rc = SC_OK;
done:
	free(fold);
	free(ys);
	free(xs);
	free(gs);
	return rc;
}
