/* eval_compare: precision, recall, F1, accuracy and MCC of the comparator's judge.
 *
 *   eval_compare [--model FILE] [--eval-dir fixtures/eval] [--folds 10] [--seed 42]
 *                [--extra FILE:POSITIVE_LABEL]... [--dump FILE] [--seeds N]
 *                [--only NAME,NAME,...] [--cross-col genre] [--min-precision P]
 *                [--fit-gated] [--joint FILE:POSITIVE_LABEL] [--add CELL,...]
 *
 * Prints CSV: dataset,protocol,n,precision,recall,f1,accuracy,mcc. Protocols:
 *   nested-cv             the fitting protocol re-run inside each outer fold (grouped by URL,
 *                         else premise): the honest estimate on that data set;
 *   nested-cv-f1          (DACCORD) pair mode's F1 operating point: the shipped F1 layer
 *                         (judge.c pair_f1, fitted on the NLI-style DEV halves) over the
 *                         judge's nested-CV out-of-fold decisions;
 *   shipped-f1            (other sets) the same over the shipped judge, as `storycheck
 *                         compare --operating-point f1` does (the default is precision); on NLI-style ids (g<GG>_...) also its
 *                         .dev and .held halves;
 *   shipped-model         the embedded model (or --model) as is, at the judge's own
 *                         (precision) operating point: on DACCORD, the set it was
 *                         fitted on, this is a resubstitution figure and is NOT printed; on
 *                         the other sets it measures transfer;
 *   always-contradiction  the trivial baseline;
 *   cue-rule              contradiction iff exactly one side is negated or denies (the
 *                         polarity-asymmetry cue alone), a reference point;
 *   negword-rule          contradiction iff a negation word appears on exactly one side, on
 *                         the raw text (no analysis): the one-line baseline that issue 11
 *                         quotes on French XNLI (F1 0.54 there). The word list (negword
 *                         below) is ours; the issue does not give the rule's exact list.
 * --seeds N repeats DACCORD's nested CV with fold seeds seed .. seed+N-1 and prints each and
 * their mean (protocol nested-cv-mean): one fold assignment moves a few pairs either way,
 * so compare feature sets on the mean. --only keeps the named features and sets the others
 * to 0 in every row (a constant column gets weight 0): for trying a smaller feature set
 * before changing judge.c's table; the shipped model is unaffected.
 * --cross-col COL adds DACCORD's protocol cross-COL: for each value of that column (genre:
 * "conflit ukrainien-russe", "covid", "climat"), the whole fitting protocol (lambda by
 * grouped CV, threshold, weights) runs on the rows of the other values and predicts the rows
 * of this one; the predictions pooled. A shift in subject is the closest thing we have to
 * the hidden half, which the dev figures flatter (issue 11): prefer a judge that holds here.
 * --fit-gated fits weights, lambda and threshold on the rows the evidence gate lets through
 * only (sc_cv_opts_t.fit_gated). --joint FILE:POS fits DACCORD and FILE together (see
 * joint_eval) and fits FILE alone to predict DACCORD: the leave-one-dataset-out protocols.
 * DACCORD's positive class is label 1; RTE3-FR's is label 2 (contradiction) against
 * entailment and unknown. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>

#include "pair_data.h"

#include <ctype.h>

static const char *dump_path; /* --dump: per-row features and out-of-fold scores */
static const char *only;      /* --only: comma-separated feature names kept */
static int nseeds = 1;        /* --seeds */
static const char *cross_col; /* --cross-col */
static const char *joint;     /* --joint */

/* --add CELL[,CELL...]: pair mode's cells (c1, hneg, hnegword: bench/pair_data.h
 * pair_add_cells) added to the judge's contradictions; each is a set of pairs the judge cannot
 * call contradictions (a gated cue, or no cue at all), so an addition only turns compatible
 * pairs into contradictions.
 * Protocols: on DACCORD, PROTO+CELLS adds them to the nested-CV out-of-fold decisions (a fixed
 * rule), PROTO+CELLS-infold decides each cell inside each outer fold from the other folds'
 * rows alone (added to the held-out fold's pairs only when more than half of the training
 * folds' pairs of the cell are contradictions: the accuracy the judge's threshold maximises),
 * the nested-CV protocol an addition chosen on the data needs; on the other sets
 * shipped-model+CELLS (the shipped judge, the cells added: what `storycheck compare` would do
 * with the addition as a default), with .dev and .held halves on NLI-style ids. Every cell's
 * contradictions among the pairs the judge calls compatible go to standard error
 * ("cell,SET,CELL,SPLIT,contradictions,pairs, ids", contradictions marked '+'; NLI-style
 * sets: DEV half only). */
static const char *add_spec;
static unsigned add_mask; /* PAIR_ADD_* bits */
#define ADD_N PAIR_ADD_N
#define add_names pair_add_names

/* --add's argument into add_mask; 1 on an unknown cell */
static int parse_add(const char *spec)
{
	while (*spec) {
		const char *e = strchr(spec, ',');
		size_t n = e ? (size_t)(e - spec) : strlen(spec);
		int k = 0;
		while (k < ADD_N && !(strlen(add_names[k]) == n && !memcmp(spec, add_names[k], n)))
			k++;
		if (k == ADD_N) {
			fprintf(stderr,
			        "eval_compare: --add: unknown cell '%.*s' (c1, hneg, hnegword)\n",
			        (int)n, spec);
			return 1;
		}
		add_mask |= 1u << k;
		spec += n + (e != NULL);
	}
	return 0;
}

/* pair_add over s: fixed (infold 0) or inside each outer fold of o's assignment (sc_cmp_folds
 * with o->k and o->seed: sc_cmp_nested_cv's folds). Returns 0, or 1 out of memory. */
static int add_rows(const pairset_t *s, const unsigned *cells, unsigned mask, int infold,
                    const sc_cv_opts_t *o, int *pred, int added[ADD_N])
{
	int *fold = NULL;
	if (infold) {
		if (!(fold = malloc((s->n ? s->n : 1) * sizeof *fold)) ||
		    sc_cmp_folds((const char *const *)s->group, s->n, o->k, o->seed, fold)) {
			free(fold);
			return 1;
		}
	}
	pair_add(s->n, cells, s->y, fold, o->k, mask, pred, added);
	free(fold);
	return 0;
}

/* "+c1+hneg": the protocol suffix (no comma: the output is CSV) of the cells of add_mask */
static void add_suffix(char *buf, size_t cap)
{
	size_t n = 0;
	buf[0] = '\0';
	for (int k = 0; k < ADD_N; k++)
		if (add_mask & (1u << k))
			n += (size_t)snprintf(buf + n, n < cap ? cap - n : 0, "+%s", add_names[k]);
}

/* The metrics of pred under protocol proto; on NLI-style ids those of its DEV and HELD halves
 * (proto.dev, proto.held), and the whole set's only when whole is set (it mixes a HELD figure
 * into what one reads while choosing: the --add protocols leave it out). Returns 0, or 1 out of
 * memory. */
static int print_split(const char *name, const char *proto, const pairset_t *s, const int *pred,
                       int whole)
{
	sc_metrics_t m;
	int any = 0;
	for (size_t i = 0; i < s->n; i++)
		any |= pair_split(s->id[i]) >= 0;
	if (!any || whole) {
		sc_cmp_metrics(pred, s->y, s->n, &m);
		print_metrics(name, proto, &m);
		if (!any) return 0;
	}
	int *pp = malloc(s->n * sizeof *pp), *yy = malloc(s->n * sizeof *yy);
	if (!pp || !yy) {
		free(pp);
		free(yy);
		return 1;
	}
	for (int half = 0; half < 2; half++) {
		size_t n = 0;
		char pr[128];
		for (size_t i = 0; i < s->n; i++)
			if (pair_split(s->id[i]) == half) {
				pp[n] = pred[i];
				yy[n++] = s->y[i];
			}
		sc_cmp_metrics(pp, yy, n, &m);
		snprintf(pr, sizeof pr, "%s.%s", proto, half ? "held" : "dev");
		print_metrics(name, pr, &m);
	}
	free(pp);
	free(yy);
	return 0;
}

/* Each --add cell's contradictions among the pairs pred calls compatible, to standard error:
 * all pairs, or the DEV half alone of an NLI-style set (the HELD half is for aggregates). */
static void print_cells(const char *name, const pairset_t *s, const unsigned *cells,
                        const int *pred)
{
	for (int k = 0; k < ADD_N; k++) {
		size_t pos = 0, n = 0;
		int split = 0;
		for (size_t i = 0; i < s->n; i++)
			split |= pair_split(s->id[i]) >= 0;
		for (size_t i = 0; i < s->n; i++) {
			if (pred[i] || !(pair_add_cells(cells[i]) & (1u << k))) continue;
			if (split && pair_split(s->id[i]) != 0) continue;
			n++;
			pos += s->y[i] != 0;
		}
		fprintf(stderr, "cell,%s,%s,%s,%zu,%zu,", name, add_names[k], split ? "dev" : "all",
		        pos, n);
		/* the pairs, contradictions marked '+', for reading the cell */
		for (size_t i = 0; i < s->n; i++)
			if (!pred[i] && (pair_add_cells(cells[i]) & (1u << k)) &&
			    (!split || pair_split(s->id[i]) == 0))
				fprintf(stderr, " %s%s", s->id[i], s->y[i] ? "+" : "");
		fputc('\n', stderr);
	}
}

/* The value of column col for each row of s (matched by id), read again from path; NULL
 * when the column is missing. Caller frees each string and the array. */
static char **read_column(const char *path, const pairset_t *s, const char *col)
{
	char err[512];
	sc_tsv_t *t = NULL;
	FILE *f = fopen(path, "rb");
	char **v = calloc(s->n, sizeof *v);
	size_t ic, ii, row = 0;
	if (!f || !v || sc_cmp_tsv_open(&t, f, path, err, sizeof err)) goto fail;
	ic = ii = sc_cmp_tsv_ncols(t);
	for (size_t i = 0; i < sc_cmp_tsv_ncols(t); i++) {
		if (!strcmp(sc_cmp_tsv_colname(t, i), col)) ic = i;
		if (!strcmp(sc_cmp_tsv_colname(t, i), "id")) ii = i;
	}
	if (ic == sc_cmp_tsv_ncols(t) || ii == ic) goto fail;
	for (;;) {
		const char *const *fl;
		uint64_t line;
		int k = sc_cmp_tsv_next(t, &fl, &line, err, sizeof err);
		if (k == 0) break;
		if (k < 0 || !fl[ii] || !fl[ic]) continue;
		/* rows come in file order; pairset_read skipped the same bad rows */
		while (row < s->n && strcmp(s->id[row], fl[ii]))
			row++;
		if (row == s->n) break;
		if (!(v[row++] = strdup(fl[ic]))) goto fail;
	}
	sc_cmp_tsv_close(t);
	fclose(f);
	for (size_t i = 0; i < s->n; i++)
		if (!v[i]) goto fail2;
	return v;
fail:
	if (t) sc_cmp_tsv_close(t);
	if (f) fclose(f);
fail2:
	if (v)
		for (size_t i = 0; i < s->n; i++)
			free(v[i]);
	free(v);
	return NULL;
}

/* --cross-col: leave one value of the column out, fit on the rest, predict it. */
static int cross_eval(const char *path, const char *name, const pairset_t *s,
                      const sc_cv_opts_t *o, int *pred)
{
	char **v = read_column(path, s, cross_col);
	int rc = 1;
	size_t d = s->d;
	double *x = malloc(s->n * d * sizeof *x);
	int *y = malloc(s->n * sizeof *y);
	const char **g = malloc(s->n * sizeof *g);
	if (!v) fprintf(stderr, "eval_compare: %s: no column '%s'\n", path, cross_col);
	if (!v || !x || !y || !g) goto done;
	for (size_t i = 0; i < s->n; i++)
		pred[i] = -1;
	for (size_t i = 0; i < s->n; i++) {
		if (pred[i] != -1) continue;
		size_t m = 0;
		for (size_t r = 0; r < s->n; r++) {
			if (!strcmp(v[r], v[i])) continue;
			memcpy(x + m * d, s->x + r * d, d * sizeof *x);
			y[m] = s->y[r];
			g[m++] = s->group[r];
		}
		sc_lr_t lr;
		double lambda, thr;
		if (m < 20 || sc_cmp_select(x, y, g, m, d, o, &lr, &lambda, &thr, NULL)) goto done;
		for (size_t r = 0; r < s->n; r++) {
			if (strcmp(v[r], v[i])) continue;
			const double *xr = s->x + r * d;
			pred[r] = sc_cmp_lr_prob(&lr, xr) >= thr && (!o->gate || o->gate(xr));
		}
	}
	sc_metrics_t m;
	sc_cmp_metrics(pred, s->y, s->n, &m);
	char proto[64];
	snprintf(proto, sizeof proto, "cross-%s", cross_col);
	print_metrics(name, proto, &m);
	rc = 0;
done:
	if (v)
		for (size_t i = 0; i < s->n; i++)
			free(v[i]);
	free(v);
	free(x);
	free(y);
	free(g);
	return rc;
}

/* --only: zero every feature not named */
static void mask_features(pairset_t *s)
{
	if (!only) return;
	for (size_t j = 0; j < s->d; j++) {
		const char *nm = sc_cmp_feature_name(j), *o = only;
		size_t l = strlen(nm);
		int keep = 0;
		while (*o && !keep) {
			const char *e = strchr(o, ',');
			size_t n = e ? (size_t)(e - o) : strlen(o);
			keep = n == l && !memcmp(o, nm, l);
			o += n + (e != NULL);
		}
		if (!keep)
			for (size_t i = 0; i < s->n; i++)
				s->x[i * s->d + j] = 0;
	}
}

/* One row per pair: id, group, label, the features, the nested-CV score and prediction (on the
 * sets other than DACCORD, written to FILE.<set>: the shipped model's); for analysing errors
 * and trying features outside C. */
static int dump_rows(const char *path, const pairset_t *s, const double *score, const int *pred)
{
	FILE *f = fopen(path, "w");
	if (!f) {
		fprintf(stderr, "eval_compare: %s: cannot write\n", path);
		return 1;
	}
	fprintf(f, "id\tgroup\ty");
	for (size_t j = 0; j < s->d; j++)
		fprintf(f, "\t%s", sc_cmp_feature_name(j));
	fprintf(f, "\tscore\tpred\n");
	for (size_t i = 0; i < s->n; i++) {
		fprintf(f, "%s\t%s\t%d", s->id[i], s->group[i], s->y[i]);
		for (size_t j = 0; j < s->d; j++)
			fprintf(f, "\t%.6g", s->x[i * s->d + j]);
		fprintf(f, "\t%.6f\t%d\n", score[i], pred[i]);
	}
	return fclose(f) ? 1 : 0;
}

/* The one-line rule's negation words, French and English, lower-case ASCII or UTF-8 as
 * written; "n" is the elided "n'"; English "n't" is caught after the word it ends. */
static const char *const negword[] = {
    "ne", "n", "pas", "jamais", "aucun", "aucune", "rien", "nullement", "guère", "ni", "non",
    "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "cannot", NULL};

/* 1 when text has a negation word: words are runs of letters (any non-ASCII byte counts as a
 * letter, so accented words stay whole), ASCII letters lower-cased. */
static int has_negword(const char *text)
{
	char w[32];
	const unsigned char *s = (const unsigned char *)text;
	while (*s) {
		size_t n = 0;
		while (*s && (isalpha(*s) || *s >= 0x80)) {
			if (n < sizeof w - 1) w[n++] = (char)tolower(*s);
			s++;
		}
		w[n] = '\0';
		if (n) {
			if (n > 1 && w[n - 1] == 'n' && *s == '\'' && s[1] == 't') return 1; /* n't */
			for (size_t k = 0; negword[k]; k++)
				if (!strcmp(w, negword[k])) return 1;
		}
		while (*s && !(isalpha(*s) || *s >= 0x80))
			s++;
	}
	return 0;
}

/* Prints protocol `proto` for the F1 layer (sc_cmp_pair_layer) over the rows of s, with
 * judged[i] as the judge's decision (out-of-fold under nested CV, the shipped judge's
 * otherwise); on NLI-style ids also their DEV and HELD halves (protocol.dev, .held). Nothing
 * printed when the model has no layer. */
static int f1_rows(sc_cmp_t *c, const pairset_t *s, const int *judged, const char *name,
                   const char *proto)
{
	char err[512];
	double *z = malloc((s->n ? s->n : 1) * SC_PF_N * sizeof *z), p;
	int *pred = malloc((s->n ? s->n : 1) * sizeof *pred);
	int rc = 1;
	if (!z || !pred) goto done;
	if (pair_rows(c, s, z, NULL, err, sizeof err)) {
		fprintf(stderr, "eval_compare: %s\n", err);
		goto done;
	}
	for (size_t i = 0; i < s->n; i++) {
		z[i * SC_PF_N] = judged[i] != 0;
		int f = sc_cmp_pair_layer(c, z + i * SC_PF_N, &p);
		if (f < 0) {
			rc = 0; /* no layer in this model */
			goto done;
		}
		pred[i] = f;
	}
	if (print_split(name, proto, s, pred, 1)) goto done;
	rc = 0;
done:
	free(z);
	free(pred);
	return rc;
}

/* sum += m / n (a mean over n runs) */
static void metrics_add(sc_metrics_t *sum, const sc_metrics_t *m, int n)
{
	sum->precision += m->precision / n, sum->recall += m->recall / n;
	sum->f1 += m->f1 / n, sum->accuracy += m->accuracy / n;
	sum->mcc += m->mcc / n;
}

static int eval_set(sc_cmp_t *c, const char *path, const char *name, const char *pos, int nested,
                    int shipped, const sc_cv_opts_t *o)
{
	char err[512];
	pairset_t s;
	int rc = 1;
	double *score = NULL;
	int *pred = NULL, *pred2 = NULL;
	unsigned *cells = NULL;
	char suffix[64];
	if (pairset_read(c, path, "label", pos, 1, &s, err, sizeof err)) {
		fprintf(stderr, "eval_compare: %s\n", err);
		pairset_free(&s);
		return 1;
	}
	size_t d = s.d, ipol = d;
	for (size_t j = 0; j < d; j++)
		if (!strcmp(sc_cmp_feature_name(j), "pol_asym")) ipol = j;
	score = malloc(s.n * sizeof *score);
	pred = malloc(s.n * sizeof *pred);
	pred2 = malloc((s.n ? s.n : 1) * sizeof *pred2);
	if (!score || !pred || !pred2) goto done;
	add_suffix(suffix, sizeof suffix);
	if (add_mask) {
		if (!(cells = malloc((s.n ? s.n : 1) * sizeof *cells))) goto done;
		if (pair_cells(c, &s, cells, err, sizeof err)) {
			fprintf(stderr, "eval_compare: %s\n", err);
			goto done;
		}
	}
	sc_metrics_t m;
	mask_features(&s);
	if (nested && nseeds > 1) {
		sc_metrics_t sum = {0}, sum_f = {0}, sum_i = {0};
		sc_cv_opts_t o2 = *o;
		for (int k = 0; k < nseeds; k++) {
			char proto[160];
			o2.seed = o->seed + (unsigned long)k;
			if (sc_cmp_nested_cv(s.x, s.y, (const char *const *)s.group, s.n, d, &o2,
			                     score, pred))
				goto done;
			sc_cmp_metrics(pred, s.y, s.n, &m);
			snprintf(proto, sizeof proto, "nested-cv-seed%lu", o2.seed);
			print_metrics(name, proto, &m);
			metrics_add(&sum, &m, nseeds);
			if (!add_mask) continue;
			/* the cells, fixed, then decided inside each outer fold */
			for (int infold = 0; infold < 2; infold++) {
				memcpy(pred2, pred, s.n * sizeof *pred2);
				if (add_rows(&s, cells, add_mask, infold, &o2, pred2, NULL))
					goto done;
				sc_cmp_metrics(pred2, s.y, s.n, &m);
				snprintf(proto, sizeof proto, "nested-cv-seed%lu%s%s", o2.seed,
				         suffix, infold ? "-infold" : "");
				print_metrics(name, proto, &m);
				metrics_add(infold ? &sum_i : &sum_f, &m, nseeds);
			}
		}
		sum.n = sum_f.n = sum_i.n = s.n;
		print_metrics(name, "nested-cv-mean", &sum);
		if (add_mask) {
			char proto[160];
			snprintf(proto, sizeof proto, "nested-cv-mean%s", suffix);
			print_metrics(name, proto, &sum_f);
			snprintf(proto, sizeof proto, "nested-cv-mean%s-infold", suffix);
			print_metrics(name, proto, &sum_i);
		}
	}
	if (nested && cross_col && !strcmp(name, "daccord") && cross_eval(path, name, &s, o, pred))
		goto done;
	if (nested) {
		if (sc_cmp_nested_cv(s.x, s.y, (const char *const *)s.group, s.n, d, o, score,
		                     pred))
			goto done;
		sc_cmp_metrics(pred, s.y, s.n, &m);
		print_metrics(name, "nested-cv", &m);
		if (add_mask) {
			char proto[160];
			int added[ADD_N];
			print_cells(name, &s, cells, pred);
			for (int infold = 0; infold < 2; infold++) {
				memcpy(pred2, pred, s.n * sizeof *pred2);
				if (add_rows(&s, cells, add_mask, infold, o, pred2, added))
					goto done;
				sc_cmp_metrics(pred2, s.y, s.n, &m);
				snprintf(proto, sizeof proto, "nested-cv%s%s", suffix,
				         infold ? "-infold" : "");
				print_metrics(name, proto, &m);
			}
			for (int k = 0; k < ADD_N; k++)
				if (add_mask & (1u << k))
					fprintf(stderr, "infold,%s,%s,added in %d of %d folds\n",
					        name, add_names[k], added[k], o->k);
		}
		if (dump_path && !strcmp(name, "daccord") && dump_rows(dump_path, &s, score, pred))
			goto done;
		/* pair mode's F1 operating point on the same protocol: the shipped layer (fitted on
		 * other data, the NLI-style DEV halves) over the judge's out-of-fold decisions */
		if (f1_rows(c, &s, pred, name, "nested-cv-f1")) goto done;
	}
	if (shipped) {
		/* the judge's own operating point (the figure of earlier sessions), then the F1
		 * layer on top of it (storycheck compare --operating-point f1) */
		sc_cmp_set_operating_point(c, SC_CMP_OP_PRECISION);
		for (size_t i = 0; i < s.n; i++) {
			const char *p = s.p[i], *h = s.h[i];
			sc_judgement_t j;
			if (sc_cmp_pair(c, p, strlen(p), h, strlen(h), "", &j)) goto done;
			pred[i] = j.contradiction;
			score[i] = j.score;
		}
		sc_cmp_set_operating_point(c, 0);
		if (print_split(name, "shipped-model", &s, pred, 0)) goto done;
		if (add_mask) {
			char proto[160];
			print_cells(name, &s, cells, pred);
			memcpy(pred2, pred, s.n * sizeof *pred2);
			if (add_rows(&s, cells, add_mask, 0, o, pred2, NULL)) goto done;
			snprintf(proto, sizeof proto, "shipped-model%s", suffix);
			if (print_split(name, proto, &s, pred2, 0)) goto done;
		}
		if (f1_rows(c, &s, pred, name, "shipped-f1")) goto done;
		if (dump_path && strcmp(name, "daccord")) {
			/* the other sets: FILE.<name's base name>, the shipped model's scores */
			const char *b = strrchr(name, '/');
			char p2[4096];
			snprintf(p2, sizeof p2, "%s.%s", dump_path, b ? b + 1 : name);
			if (dump_rows(p2, &s, score, pred)) goto done;
		}
	}
	for (size_t i = 0; i < s.n; i++)
		pred[i] = 1;
	sc_cmp_metrics(pred, s.y, s.n, &m);
	print_metrics(name, "always-contradiction", &m);
	if (ipol < d) {
		for (size_t i = 0; i < s.n; i++)
			pred[i] = s.x[i * d + ipol] != 0;
		sc_cmp_metrics(pred, s.y, s.n, &m);
		print_metrics(name, "cue-rule", &m);
	}
	for (size_t i = 0; i < s.n; i++)
		pred[i] = has_negword(s.p[i]) != has_negword(s.h[i]);
	sc_cmp_metrics(pred, s.y, s.n, &m);
	print_metrics(name, "negword-rule", &m);
	rc = 0;
done:
	if (rc) fprintf(stderr, "eval_compare: %s: evaluation failed\n", path);
	free(score);
	free(pred);
	free(pred2);
	free(cells);
	pairset_free(&s);
	return rc;
}

/* --joint FILE:POS: DACCORD and another labelled set fitted together. Nested CV over the union
 * (each outer fold holds out rows of both; fold groups never span the two sets), the figures
 * given for each set's rows apart (protocol joint-nested-cv, mean over --seeds); then the
 * other set alone fits the whole protocol and predicts DACCORD (protocol from-<set>), the
 * reverse of the shipped model's transfer figure. */
static int joint_eval(sc_cmp_t *c, const char *dpath, const char *spec, const sc_cv_opts_t *o)
{
	char buf[4096], err[512];
	snprintf(buf, sizeof buf, "%s", spec);
	char *colon = strrchr(buf, ':');
	if (!colon) return 1;
	*colon = '\0';
	pairset_t a, b;
	int rc = 1;
	memset(&b, 0, sizeof b);
	if (pairset_read(c, dpath, "label", "1", 1, &a, err, sizeof err) ||
	    pairset_read(c, buf, "label", colon + 1, 1, &b, err, sizeof err)) {
		fprintf(stderr, "eval_compare: %s\n", err);
		pairset_free(&a);
		pairset_free(&b);
		return 1;
	}
	mask_features(&a);
	mask_features(&b);
	size_t n = a.n + b.n, d = a.d;
	double *x = malloc(n * d * sizeof *x), *score = malloc(n * sizeof *score);
	int *y = malloc(n * sizeof *y), *pred = malloc(n * sizeof *pred);
	char **g = calloc(n, sizeof *g);
	if (!x || !score || !y || !pred || !g) goto done;
	memcpy(x, a.x, a.n * d * sizeof *x);
	memcpy(x + a.n * d, b.x, b.n * d * sizeof *x);
	for (size_t i = 0; i < n; i++) {
		const char *gi = i < a.n ? a.group[i] : b.group[i - a.n];
		y[i] = i < a.n ? a.y[i] : b.y[i - a.n];
		if (!(g[i] = malloc(strlen(gi) + 3))) goto done;
		sprintf(g[i], "%c:%s", i < a.n ? 'a' : 'b', gi);
	}
	const char *bn = strrchr(buf, '/') ? strrchr(buf, '/') + 1 : buf;
	sc_metrics_t ma, mb, sa = {0}, sb = {0};
	sc_cv_opts_t o2 = *o;
	for (int k = 0; k < nseeds; k++) {
		o2.seed = o->seed + (unsigned long)k;
		if (sc_cmp_nested_cv(x, y, (const char *const *)g, n, d, &o2, score, pred)) goto done;
		sc_cmp_metrics(pred, y, a.n, &ma);
		sc_cmp_metrics(pred + a.n, y + a.n, b.n, &mb);
		sa.precision += ma.precision / nseeds, sa.recall += ma.recall / nseeds;
		sa.f1 += ma.f1 / nseeds, sa.accuracy += ma.accuracy / nseeds, sa.mcc += ma.mcc / nseeds;
		sb.precision += mb.precision / nseeds, sb.recall += mb.recall / nseeds;
		sb.f1 += mb.f1 / nseeds, sb.accuracy += mb.accuracy / nseeds, sb.mcc += mb.mcc / nseeds;
	}
	sa.n = a.n, sb.n = b.n;
	print_metrics("daccord", "joint-nested-cv-mean", &sa);
	print_metrics(bn, "joint-nested-cv-mean", &sb);
	/* the other set alone predicts DACCORD */
	{
		sc_lr_t lr;
		double lambda, thr;
		char proto[4200];
		if (sc_cmp_select(b.x, b.y, (const char *const *)b.group, b.n, d, o, &lr, &lambda,
		                  &thr, NULL))
			goto done;
		for (size_t i = 0; i < a.n; i++) {
			const double *xr = a.x + i * d;
			pred[i] = sc_cmp_lr_prob(&lr, xr) >= thr && (!o->gate || o->gate(xr));
		}
		sc_cmp_metrics(pred, a.y, a.n, &ma);
		snprintf(proto, sizeof proto, "from-%s", bn);
		print_metrics("daccord", proto, &ma);
	}
	rc = 0;
done:
	if (g)
		for (size_t i = 0; i < n; i++)
			free(g[i]);
	free(g);
	free(x);
	free(score);
	free(y);
	free(pred);
	pairset_free(&a);
	pairset_free(&b);
	return rc;
}

int main(int argc, char **argv)
{
	const char *model = NULL, *dir = "fixtures/eval";
	const char *extra[16];
	int nextra = 0;
	sc_cv_opts_t o;
	sc_cmp_cv_opts_init(&o);
	o.gate = sc_cmp_evidence;
	static const struct option lo[] = {
	    {"model", required_argument, 0, 1}, {"eval-dir", required_argument, 0, 2},
	    {"extra", required_argument, 0, 5}, {"dump", required_argument, 0, 6},
	    {"seeds", required_argument, 0, 7}, {"only", required_argument, 0, 8},
	    {"cross-col", required_argument, 0, 9}, {"fit-gated", no_argument, 0, 11},
	    {"joint", required_argument, 0, 12}, {"add", required_argument, 0, 13},
	    CV_LONG_OPTIONS, {0, 0, 0, 0},
	};
	int ch;
	while ((ch = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		switch (ch) {
		case 1: model = optarg; break;
		case 2: dir = optarg; break;
		case 6: dump_path = optarg; break;
		case 7: nseeds = atoi(optarg) > 0 ? atoi(optarg) : 1; break;
		case 8: only = optarg; break;
		case 9: cross_col = optarg; break;
		case 11: o.fit_gated = 1; break;
		case 12: joint = optarg; break;
		case 13:
			add_spec = optarg;
			if (parse_add(add_spec)) return 2;
			break;
		case 5:
			if (nextra < 16) extra[nextra++] = optarg;
			break;
		default:
			if (!cv_opt(ch, optarg, &o)) return usage_error("eval_compare");
		}
	}
	if (cv_opts_ready("eval_compare", &o)) return 2;
	char err[512], path[4096];
	sc_cmp_t *c = NULL;
	int rc = 0;
	if (cmp_open(&c, model, 1, err, sizeof err)) {
		fprintf(stderr, "eval_compare: %s\n", err);
		cmp_close(&c);
		return 1;
	}
	printf("dataset,protocol,n,precision,recall,f1,accuracy,mcc\n");
	snprintf(path, sizeof path, "%s/daccord-dev.tsv", dir);
	if (eval_set(c, path, "daccord", "1", 1, 0, &o)) {
		rc = 1;
		if (dump_path) fprintf(stderr, "eval_compare: --dump: %s not written\n", dump_path);
	}
	snprintf(path, sizeof path, "%s/rte3fr-dev.tsv", dir);
	rc |= eval_set(c, path, "rte3fr", "2", 1, 1, &o);
	for (int i = 0; i < nextra; i++) {
		char buf[4096];
		snprintf(buf, sizeof buf, "%s", extra[i]);
		char *colon = strrchr(buf, ':');
		if (!colon) {
			fprintf(stderr, "eval_compare: --extra expects FILE:POSITIVE_LABEL\n");
			rc = 1;
			continue;
		}
		*colon = '\0';
		rc |= eval_set(c, buf, buf, colon + 1, 0, 1, &o);
	}
	if (joint) {
		snprintf(path, sizeof path, "%s/daccord-dev.tsv", dir);
		rc |= joint_eval(c, path, joint, &o);
	}
	cmp_close(&c);
	return rc;
}
