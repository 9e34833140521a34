/* cmp_judge.h: private to detect/ (and to the fitting and evaluation programs in bench/).
 * The judge of the comparator: the features of a pair of statements, the fitted model that
 * turns them into a probability of contradiction, and the statistics used to fit and evaluate
 * it (L2 logistic regression by IRLS, grouped k-fold cross-validation, metrics).
 *   judge.c     features, model loading/validation, sc_cmp_judge, sc_cmp_pair
 *   judgefit.c  logistic regression, folds, nested cross-validation, metrics (GSL)
 * Ownership and error rules are those of shingle.h. */
#ifndef SC_CMP_JUDGE_H
#define SC_CMP_JUDGE_H

#include "cmp_internal.h"

/* ------------------------------------------------------------- features */
#define SC_JF_MAX 48 /* room for the feature vector */
/* Number of features and their names (static strings), in the order of the vector. */
size_t sc_cmp_nfeatures(void);
const char *sc_cmp_feature_name(size_t i);
/* Features of the pair (premise p, hypothesis h) into x[sc_cmp_nfeatures()]. Uses c's
 * tokenizer and word lists; needs no model. Returns SC_OK or a negative code. */
int sc_cmp_features(sc_cmp_t *c, const sc_stmt_t *p, const sc_stmt_t *h, double *x);
/* 1 when at least one evidence feature (a cue of denial, negation, number, date, antonym or
 * quantifier conflict) fired in x and the statements share at least one key term: the judge
 * never calls a pair a contradiction otherwise. */
int sc_cmp_evidence(const double *x);

/* Pair mode's analysis (sc_cmp_pair, and the fitting programs so that they measure exactly
 * what pair mode does): each side analysed whole, even a premise of several sentences.
 * Measured: keeping only the premise sentence that shares the most key terms with the
 * hypothesis scored lower (DACCORD nested CV accuracy 0.678 against 0.690, mean of 6 fold
 * seeds): a fact-check's verdict and the claim it judges often sit in different sentences.
 * Texts must be valid UTF-8 (sc_sh_utf8_repair); a and b borrow them. On error both are
 * freed. */
int sc_cmp_pair_analyse(sc_cmp_t *c, const char *p, size_t plen, const char *h, size_t hlen,
                        const char *lang, sc_stmt_t *a, sc_stmt_t *b);

/* The judge's state kept in c->model: the fitted model and the pair word lists. Loaded from
 * the JSON embedded at build time (detect/compare/model/) or, when dir is not NULL, from
 * dir/judge-fr.json and dir/pairwords.json. Validated: err names the file and the entry at
 * fault. sc_cmp_create calls it; with require_model 0 a missing model is not an error (the
 * fitting program works without one) and sc_cmp_judge then fails with SC_EPARAM. */
int sc_cmp_judge_init(sc_cmp_t *c, const char *dir, int require_model, char *err, size_t errlen);
void sc_cmp_judge_free(sc_cmp_t *c);

/* --------------------------------------------------- logistic regression */
typedef struct sc_lr_s {
	size_t d;
	double w[SC_JF_MAX];     /* weights on standardised features */
	double mean[SC_JF_MAX];  /* standardisation: z = (x - mean) / scale */
	double scale[SC_JF_MAX]; /* > 0; 1 for a constant feature */
	double b;                /* bias (not penalised) */
} sc_lr_t;
/* Fits P(y=1|x) = 1/(1+exp(-(b + w.z))) by Newton-Raphson (IRLS) on the L2-penalised
 * log-likelihood  sum log p(y_i|x_i) - lambda/2 |w|^2, x row-major n x d, y in {0,1}.
 * Solves each Newton step with GSL's Cholesky. Returns SC_OK, SC_EPARAM (bad sizes) or
 * SC_ENOMEM; *iters gets the iterations used (may be NULL). */
int sc_cmp_lr_fit(const double *x, const int *y, size_t n, size_t d, double lambda, sc_lr_t *m,
                  int *iters);
double sc_cmp_lr_prob(const sc_lr_t *m, const double *x);

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
} sc_cv_opts_t;
/* Defaults: 10 folds, seed 42, a grid 0.01 .. 100, min_precision 0 (the threshold of best
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
