/* judgefit.h: fitting and evaluating the comparator's judge (bench/fit/judgefit.c, the library
 * sc_judgefit). Not part of the runtime library: linked by bench/fit_compare, eval_compare and
 * the tests that fit. The model type sc_lr_t and sc_cmp_lr_prob are in cmp_judge.h.
 * Ownership and error rules are those of shingle.h. */
#ifndef SC_JUDGEFIT_H
#define SC_JUDGEFIT_H

#include "cmp_judge.h"

/* Fits P(y=1|x) = 1/(1+exp(-(b + w.z))) by Newton-Raphson (IRLS) on the L2-penalised
 * log-likelihood  sum log p(y_i|x_i) - lambda/2 |w|^2, x row-major n x d, y in {0,1}.
 * Solves each Newton step with GSL's Cholesky. Returns SC_OK, SC_EPARAM (bad sizes) or
 * SC_ENOMEM; *iters gets the iterations used (may be NULL). */
int sc_cmp_lr_fit(const double *x, const int *y, size_t n, size_t d, double lambda, sc_lr_t *m,
                  int *iters);

/* -------------------------------------------------------------- metrics */
typedef struct sc_metrics_s {
	size_t n, tp, fp, tn, fn;
	double precision, recall, f1, accuracy, mcc; /* 0 where undefined (no positives...) */
} sc_metrics_t;
/* Metrics of predictions pred[i] in {0,1} against y. */
void sc_cmp_metrics(const int *pred, const int *y, size_t n, sc_metrics_t *m);
/* The threshold on scores that maximises accuracy among those whose precision is at least
 * min_precision (ties: the higher threshold); when none reaches it, the one that maximises
 * accuracy. Thresholds are midpoints between consecutive distinct scores. */
double sc_cmp_pick_threshold(const double *score, const int *y, size_t n, double min_precision);

/* ------------------------------------------------------ cross-validation */
/* Assigns rows to k folds, keeping rows of the same group (e.g. the source URL) together:
 * groups are shuffled with GSL's mt19937 seeded with seed, then each goes to the fold with
 * the fewest rows so far. groups may be NULL (every row its own group). */
int sc_cmp_folds(const char *const *groups, size_t n, int k, unsigned long seed, int *fold);

typedef struct sc_cv_opts_s {
	int k;                 /* folds, default 10 */
	unsigned long seed;    /* fold assignment, default 42 */
	const double *lambdas; /* regularisation grid */
	size_t nlambdas;
	double min_precision;         /* threshold rule, see sc_cmp_pick_threshold */
	int (*gate)(const double *x); /* NULL, or rows predict positive only when gate(x) is 1
	                                  (sc_cmp_evidence: CV then measures the judge as is) */
	int fit_gated; /* with a gate: the weights, lambda and threshold are chosen on the rows the
	                  gate lets through only (the others are predicted negative whatever the
	                  model says, so they teach it nothing it uses) */
} sc_cv_opts_t;
/* Defaults: 10 folds, seed 42, a grid 0.01 .. 1000 (lambda 100, the old top, was chosen: the grid must reach past the choice), min_precision 0 (the threshold of best
 * out-of-fold accuracy: a precision floor picked on few top-scored rows proved unstable, see
 * the fitted model's "fitted" section), no gate. */
void sc_cmp_cv_opts_init(sc_cv_opts_t *o);

/* Model selection on a data set: k-fold CV (grouped) for each lambda of the grid, the lambda
 * with the lowest out-of-fold log-loss, a threshold picked on those out-of-fold scores, then
 * a fit on all rows with that lambda. *m, *lambda, *thr are the result; oof (may be NULL)
 * gets the out-of-fold scores of the chosen lambda. */
int sc_cmp_select(const double *x, const int *y, const char *const *groups, size_t n, size_t d,
                  const sc_cv_opts_t *o, sc_lr_t *m, double *lambda, double *thr, double *oof);

/* Honest estimate of the whole procedure: nested CV. Each outer fold runs sc_cmp_select on
 * the other folds only (lambda, threshold and weights never see the held-out rows) and
 * predicts the held-out rows. score[n] and pred[n] get the out-of-fold results. */
int sc_cmp_nested_cv(const double *x, const int *y, const char *const *groups, size_t n, size_t d,
                     const sc_cv_opts_t *o, double *score, int *pred);

#endif
