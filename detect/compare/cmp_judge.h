/* cmp_judge.h: private to detect/ (and to the fitting and evaluation programs in bench/).
 * The judge of the comparator: the features of a pair of statements and the fitted model that
 * turns them into a probability of contradiction.
 *   judge.c     features, model loading/validation, sc_cmp_judge, sc_cmp_pair
 * The statistics used to fit and evaluate it (L2 logistic regression by IRLS, grouped k-fold
 * cross-validation, metrics) are not in the runtime library: bench/fit/judgefit.h.
 * Ownership and error rules are those of shingle.h. */
#ifndef SC_CMP_JUDGE_H
#define SC_CMP_JUDGE_H

#include "cmp_internal.h"

#include <math.h>
#include <stdio.h>

/* ------------------------------------------------------------- features */
#define SC_JF_MAX 48 /* room for the feature vector */
/* Number of features and their names (static strings), in the order of the vector. */
size_t sc_cmp_nfeatures(void);
const char *sc_cmp_feature_name(size_t i);
/* Features of the pair (premise p, hypothesis h) into x[sc_cmp_nfeatures()]. Uses c's
 * tokenizer and word lists; needs no model. Returns SC_OK or a negative code. */
int sc_cmp_features(sc_cmp_t *c, const sc_stmt_t *p, const sc_stmt_t *h, double *x);
/* 1 when at least one evidence feature (a cue of denial, negation, number, date, antonym or
 * quantifier conflict) fired in x and the statements share at least one key term (cov_h > 0;
 * when none is shared, one word inflected for number or gender that the stemmer keeps apart
 * counts as one, judge.c infl_tie: "passagers" / "passager", not a derivation such as
 * "danseur" / "danse"), or when
 * the cue is a short negated restatement of the other side (feature neg_short, judge.c),
 * which needs no shared key term but fires only with a tie to the other side (a shared key
 * term or name): the judge never calls a pair a contradiction otherwise. */
int sc_cmp_evidence(const double *x);

/* The pair layer's features (pair mode's F1 operating point, judge.c "pair_f1"): SC_PF_N
 * values into z, in sc_cmp_pair_feature_name's order: judged (the built-in judge's
 * contradiction, 0/1, as the caller got it from sc_cmp_judge), any evidence feature fired
 * (without the shared-term gate), a negation word (or a negative predicate governing the
 * clause, "refused to") in p (the premise), in h (the hypothesis).
 * Roles matter here, unlike sc_cmp_features: pair mode only. Needs c's judge state. Returns
 * SC_OK or a negative code. */
#define SC_PF_N 4
const char *sc_cmp_pair_feature_name(size_t i);
int sc_cmp_pair_features(sc_cmp_t *c, const sc_stmt_t *p, const sc_stmt_t *h, int judged,
                         double *z);
/* Pair mode's cells (bench/eval_compare --add: candidate additions to the judge's
 * contradictions, measured before any of them ships), as bits into *cells: a cue of the judge
 * fired (an evidence feature, without the shared-term gate); a cue fired and the shared-term
 * gate stopped it (sc_cmp_evidence 0: the judge cannot call the pair a contradiction);
 * a negation word (is_negword, the one-line rule's reading, or a governing negative
 * predicate) in p, in h; a negation read as one (judge.c real_negation: French "plus",
 * "jamais", "rien", "personne" only with "ne", the particle only with its complement, "pas",
 * "aucun", "sans" alone; English "not", "never", "no", "nothing", "without"...; or a governing
 * negative predicate) in p, in h. Pair mode's reading (roles matter). Returns SC_OK or a
 * negative code. */
enum {
	SC_PC_CUE = 1,
	SC_PC_GATED = 2,
	SC_PC_NEGWORD_P = 4,
	SC_PC_NEGWORD_H = 8,
	SC_PC_REALNEG_P = 16,
	SC_PC_REALNEG_H = 32
};
int sc_cmp_pair_cells(sc_cmp_t *c, const sc_stmt_t *p, const sc_stmt_t *h, unsigned *cells);
/* The F1 layer on pair features z: *p its probability; returns 1 when it reports a
 * contradiction (p reaches its threshold and a cue explains it: the judge's decision, a judge
 * cue, or a negation word on one side only), 0 when not, -1 when c's model has no layer (then
 * *p is untouched). sc_cmp_pair applies it at the F1 operating point; the evaluation programs
 * call it on their own rows (bench/eval_compare: DACCORD's nested-CV judge decisions). */
int sc_cmp_pair_layer(const sc_cmp_t *c, const double *z, double *p);

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
/* P(y=1|x) of a fitted model (fitting: bench/fit/judgefit.h). */
double sc_cmp_lr_prob(const sc_lr_t *m, const double *x);
/* 1/(1+exp(-t)) without overflow. */
static inline double sc_cmp_sigmoid(double t)
{
	if (t >= 0) return 1.0 / (1.0 + exp(-t));
	double e = exp(t);
	return e / (1.0 + e);
}

/* ------------------------------------------------ calibration fitting hook */
/* From now on (f not NULL) cluster mode's calibration stage (calib.c) writes every candidate
 * the judge accepted to f, one TSV row: id_a, start_a, end_a, id_b, start_b, end_b, then the
 * calibration features in sc_cmp_calib_feature_name's order. NULL stops it. Process-wide and
 * thread-safe; the caller keeps f open until it passes NULL. For bench/fit/calib_dump (the
 * fitter's data); reports are unaffected. */
void sc_cmp_calib_dump_to(FILE *f);
/* Recall trace (bench/fit/cmp_trace, bench/recall_stages.py): after sc_cmp_trace_to(f), cluster
 * mode writes to f, as TSV, every statement it made of a sentence (or the sentence it left out
 * as boilerplate) and, for every candidate pair its index touched, the stage that dropped it and
 * why, or the verdict; then which verdicts the one-per-voice selection kept. Line formats are
 * in conflict.c (trace_*). Off (NULL) by default: reports are not affected. Safe to call
 * while workers run (lines are whole, never mixed), but set it between runs to trace a whole
 * run; lines come in the workers' order, so sort them to compare two traces. The caller keeps
 * f open until it passes NULL. */
void sc_cmp_trace_to(FILE *f);

#endif
