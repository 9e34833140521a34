/* pair_data.h: the rows of pair mode's F1 layer (judge.c "pair_f1"), shared by fit_compare
 * --pair-layer and eval_compare (bench/ only). Each pair is analysed and judged exactly as
 * `storycheck compare` does (sc_cmp_pair_analyse, sc_cmp_judge with the comparator's model),
 * then sc_cmp_pair_features gives the layer's inputs. */
#ifndef SC_PAIR_DATA_H
#define SC_PAIR_DATA_H

#include "compare_data.h"

/* The split of an NLI-style pair id "g<GG>_p<NN>_<x>" (bench/truth/nli-fr*): 0 DEV (genres
 * 01-05), 1 HELD (06-10), -1 another id (DACCORD, RTE3-FR: no split). Same rule as
 * bench/score_nli.py split_of. */
static inline int pair_split(const char *id)
{
	if (id[0] != 'g' || id[1] < '0' || id[1] > '9' || id[2] < '0' || id[2] > '9' ||
	    id[3] != '_')
		return -1;
	int g = (id[1] - '0') * 10 + (id[2] - '0');
	return g >= 1 && g <= 5 ? 0 : 1;
}

/* z[i * SC_PF_N ..] = the layer's features of row i of s (read with features 0 or 1), judged
 * by c's judge; judged[i] (may be NULL) = the judge's own decision. Returns SC_OK or a
 * negative code (err says which row). */
static inline int pair_rows(sc_cmp_t *c, const pairset_t *s, double *z, int *judged, char *err,
                            size_t errlen)
{
	for (size_t i = 0; i < s->n; i++) {
		sc_stmt_t a, b;
		sc_judgement_t j;
		int rc = sc_cmp_pair_analyse(c, s->p[i], strlen(s->p[i]), s->h[i], strlen(s->h[i]),
		                             "", &a, &b);
		if (!rc) {
			rc = sc_cmp_judge(c, &a, &b, &j);
			if (!rc)
				rc = sc_cmp_pair_features(c, &a, &b, j.contradiction,
				                          z + i * SC_PF_N);
			sc_cmp_stmt_free(&a);
			sc_cmp_stmt_free(&b);
		}
		if (rc) {
			snprintf(err, errlen, "%s: row %s: %s", s->name, s->id[i], sc_strerror(rc));
			return rc;
		}
		if (judged) judged[i] = j.contradiction;
	}
	return SC_OK;
}

/* cells[i] = pair mode's cells of row i of s (sc_cmp_pair_cells, SC_PC_* bits), each pair
 * analysed as `storycheck compare` does. Returns SC_OK or a negative code (err says which
 * row). */
static inline int pair_cells(sc_cmp_t *c, const pairset_t *s, unsigned *cells, char *err,
                             size_t errlen)
{
	for (size_t i = 0; i < s->n; i++) {
		sc_stmt_t a, b;
		int rc = sc_cmp_pair_analyse(c, s->p[i], strlen(s->p[i]), s->h[i], strlen(s->h[i]),
		                             "", &a, &b);
		if (!rc) {
			rc = sc_cmp_pair_cells(c, &a, &b, cells + i);
			sc_cmp_stmt_free(&a);
			sc_cmp_stmt_free(&b);
		}
		if (rc) {
			snprintf(err, errlen, "%s: row %s: %s", s->name, s->id[i], sc_strerror(rc));
			return rc;
		}
	}
	return SC_OK;
}

/* The cells bench/eval_compare --add can add to the judge's contradictions (PAIR_ADD_* bits;
 * each a set of pairs the judge cannot call contradictions: a gated cue, or no cue at all):
 *   c1        a judge cue fired and the shared-term gate stopped it, no negation word on either
 *             side (doc/compare-judge.md, session 10's C1);
 *   hneg      no cue, a negation read as one (judge.c real_negation) in the hypothesis and none
 *             in the premise;
 *   hnegword  the same with any negation word (is_negword, the one-line rule's reading):
 *             session 10 and 11's cell. */
enum { PAIR_ADD_C1 = 1, PAIR_ADD_HNEG = 2, PAIR_ADD_HNEGWORD = 4, PAIR_ADD_N = 3 };
static const char *const pair_add_names[PAIR_ADD_N] = {"c1", "hneg", "hnegword"};

/* The PAIR_ADD_* cells a pair with cells m (SC_PC_* bits, sc_cmp_pair_cells) is in */
static inline unsigned pair_add_cells(unsigned m)
{
	unsigned r = 0;
	if ((m & SC_PC_GATED) && !(m & (SC_PC_NEGWORD_P | SC_PC_NEGWORD_H))) r |= PAIR_ADD_C1;
	if (!(m & SC_PC_CUE) && (m & SC_PC_REALNEG_H) && !(m & SC_PC_REALNEG_P)) r |= PAIR_ADD_HNEG;
	if (!(m & SC_PC_CUE) && (m & SC_PC_NEGWORD_H) && !(m & SC_PC_NEGWORD_P))
		r |= PAIR_ADD_HNEGWORD;
	return r;
}

/* The cells of mask (PAIR_ADD_* bits) added to pred[n] (pairs with SC_PC_* bits cells[i],
 * labels y[i]). fold NULL: to every pair of a cell (a fixed rule). Otherwise fold[i] in
 * [0, k) is the outer fold of pair i, and in each fold a cell is added to that fold's pairs
 * only when more than half of the other folds' pairs of the cell are contradictions (the
 * accuracy the judge's threshold maximises, decided without the held-out fold: the nested-CV
 * protocol an addition chosen on the data needs). added[PAIR_ADD_N] (may be NULL) gets, per
 * cell, the folds where it was added. */
static inline void pair_add(size_t n, const unsigned *cells, const int *y, const int *fold, int k,
                            unsigned mask, int *pred, int *added)
{
	int nf = fold ? k : 1;
	if (added) memset(added, 0, PAIR_ADD_N * sizeof *added);
	for (int f = 0; f < nf; f++) {
		unsigned use = 0;
		for (int c = 0; c < PAIR_ADD_N; c++) {
			if (!(mask & (1u << c))) continue;
			size_t pos = 0, m = 0;
			for (size_t i = 0; fold && i < n; i++)
				if (fold[i] != f && (pair_add_cells(cells[i]) & (1u << c))) {
					m++;
					pos += y[i] != 0;
				}
			if (!fold || 2 * pos > m) {
				use |= 1u << c;
				if (added) added[c]++;
			}
		}
		for (size_t i = 0; i < n; i++)
			if ((!fold || fold[i] == f) && (pair_add_cells(cells[i]) & use))
				pred[i] = 1;
	}
}

/* The threshold of best F1 on scores (midpoints between consecutive distinct scores; ties: the
 * higher threshold). F1 is the pair layer's target: at an NLI base rate of 1/3, accuracy would
 * pick "never contradiction" territory, F1 rewards the recall the task scores. */
static inline int pair_cmp_desc(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x < y) - (x > y);
}
static inline double pair_pick_f1(const double *score, const int *y, size_t n)
{
	double *v = malloc(2 * n * sizeof *v), best_t = 0.5, best_f = -1;
	size_t npos = 0;
	if (!v || !n) {
		free(v);
		return best_t;
	}
	for (size_t i = 0; i < n; i++) {
		v[2 * i] = score[i];
		v[2 * i + 1] = y[i];
		npos += (size_t)y[i];
	}
	qsort(v, n, 2 * sizeof *v, pair_cmp_desc); /* by score, descending */
	size_t tp = 0, fp = 0;
	for (size_t i = 0; i < n; i++) {
		if (v[2 * i + 1] != 0)
			tp++;
		else
			fp++;
		double next = i + 1 < n ? v[2 * (i + 1)] : v[2 * i] - 1e-6;
		if (next == v[2 * i]) continue;
		double f = 2.0 * (double)tp / (double)(tp + fp + npos);
		if (f > best_f) {
			best_f = f;
			best_t = (v[2 * i] + next) / 2;
		}
	}
	free(v);
	return best_t;
}

#endif
