/* compare_data.h: shared by fit_compare, eval_compare and bench_compare (bench/ only).
 * Reads a labelled pair file with the library's TSV reader, analyses both sentences of every
 * pair and computes the judge's features, with the comparator built by hand so that fitting
 * works even when the embedded model is stale or absent. */
#ifndef SC_COMPARE_DATA_H
#define SC_COMPARE_DATA_H

#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>

#include "judgefit.h"
#include "sc_prim.h"

typedef struct {
	char *name; /* file name */
	size_t n;
	double *x;    /* n x d features */
	int *y;       /* 1 = the positive class (contradiction) */
	char **group; /* fold groups (URL, else premise) */
	char **id;
	char **p, **h; /* the sentences */
	size_t d;
	size_t bad; /* rows skipped (malformed, or a missing label) */
} pairset_t;

static inline void pairset_free(pairset_t *s)
{
	SC_FREE_EACH(s->group, s->n);
	SC_FREE_EACH(s->id, s->n);
	SC_FREE_EACH(s->p, s->n);
	SC_FREE_EACH(s->h, s->n);
	SC_FREE_ALL(s->x, s->y, s->name);
	memset(s, 0, sizeof *s);
}

/* The comparator as sc_cmp_create makes it (lexicons, stems, tokenizer), with the judge loaded
 * here: from model (NULL: the built-in one), and optionally without a usable model (fitting
 * needs the features only). */
static inline int cmp_open(sc_cmp_t **c, const char *model, int require_model, char *err,
                           size_t errlen)
{
	int rc = sc_cmp_create(c, NULL, err, errlen);
	if (!rc && (rc = sc_cmp_judge_init(*c, model, require_model, err, errlen))) {
		sc_cmp_free(*c);
		*c = NULL;
	}
	return rc;
}

static inline void cmp_close(sc_cmp_t **c)
{
	sc_cmp_free(*c);
	*c = NULL;
}

static inline int grow(void **a, size_t n, size_t sz)
{
	void *p = realloc(*a, n * sz);
	if (!p) return -1;
	*a = p;
	return 0;
}

/* Reads path; labelcol == pos marks the positive class; features need c's judge state.
 * features may be 0 to read the sentences only. Malformed rows are reported on stderr and
 * counted in s->bad. */
static inline int pairset_read(sc_cmp_t *c, const char *path, const char *labelcol, const char *pos,
                               int features, pairset_t *s, char *err, size_t errlen)
{
	int rc = SC_EIO;
	size_t cap = 0, d = sc_cmp_nfeatures();
	sc_tsv_t *t = NULL;
	FILE *f = fopen(path, "rb");
	memset(s, 0, sizeof *s);
	s->d = d;
	if (!(s->name = strdup(path))) return SC_ENOMEM;
	if (!f) {
		snprintf(err, errlen, "%s: cannot open", path);
		return SC_EIO;
	}
	if ((rc = sc_cmp_tsv_open(&t, f, path, err, errlen))) goto done;
	size_t nc = sc_cmp_tsv_ncols(t), ip = nc, ih = nc, il = nc, ig = nc, ii = nc;
	for (size_t i = 0; i < nc; i++) {
		const char *nm = sc_cmp_tsv_colname(t, i);
		if (!strcmp(nm, "premise")) ip = i;
		if (!strcmp(nm, "hypothesis")) ih = i;
		if (!strcmp(nm, labelcol)) il = i;
		if (!strcmp(nm, "url")) ig = i;
		if (!strcmp(nm, "id")) ii = i;
	}
	if (il == nc) {
		snprintf(err, errlen, "%s: no '%s' column", path, labelcol);
		rc = SC_EFORMAT;
		goto done;
	}
	for (;;) {
		const char *const *fl;
		uint64_t line;
		int k = sc_cmp_tsv_next(t, &fl, &line, err, errlen);
		if (k == 0) break;
		if (k < 0) {
			fprintf(stderr, "%s\n", err);
			s->bad++;
			continue;
		}
		if (!fl[ip] || !fl[ih] || !fl[il] || !*fl[il]) {
			fprintf(stderr, "%s line %llu: missing premise, hypothesis or label\n",
			        path, (unsigned long long)line);
			s->bad++;
			continue;
		}
		rc = SC_ENOMEM;
		if (s->n == cap) {
			size_t m = cap ? cap * 2 : 256;
			if (grow((void **)&s->y, m, sizeof *s->y) ||
			    grow((void **)&s->group, m, sizeof *s->group) ||
			    grow((void **)&s->id, m, sizeof *s->id) ||
			    grow((void **)&s->p, m, sizeof *s->p) ||
			    grow((void **)&s->h, m, sizeof *s->h) ||
			    grow((void **)&s->x, m * d, sizeof *s->x))
				goto done;
			cap = m;
		}
		size_t i = s->n;
		char idb[32];
		snprintf(idb, sizeof idb, "%llu", (unsigned long long)line);
		s->y[i] = !strcmp(fl[il], pos);
		s->group[i] = strdup(ig < nc && fl[ig] && *fl[ig] ? fl[ig] : fl[ip]);
		s->id[i] = strdup(ii < nc && fl[ii] ? fl[ii] : idb);
		size_t l1, l2, nrep;
		s->p[i] = sc_sh_utf8_repair(fl[ip], strlen(fl[ip]), &l1, &nrep); /* as pair mode */
		s->h[i] = sc_sh_utf8_repair(fl[ih], strlen(fl[ih]), &l2, &nrep);
		s->n++;
		if (!s->group[i] || !s->id[i] || !s->p[i] || !s->h[i]) goto done;
		if (features) {
			sc_stmt_t a, b;
			memset(&a, 0, sizeof a);
			memset(&b, 0, sizeof b);
			rc = sc_cmp_pair_analyse(c, s->p[i], strlen(s->p[i]), s->h[i],
			                         strlen(s->h[i]), "", &a, &b);
			if (!rc) rc = sc_cmp_features(c, &a, &b, s->x + i * d);
			sc_cmp_stmt_free(&a);
			sc_cmp_stmt_free(&b);
			if (rc) {
				snprintf(err, errlen, "%s line %llu: cannot analyse the pair: %s",
				         path, (unsigned long long)line, sc_strerror(rc));
				goto done;
			}
		}
	}
	rc = s->n ? SC_OK : SC_EFORMAT;
	if (!s->n) snprintf(err, errlen, "%s: no pair could be read", path);
done:
	sc_cmp_tsv_close(t);
	fclose(f);
	return rc;
}

/* The options fit_compare and eval_compare share: the cross-validation folds, the fold seed
 * and the threshold's precision target. CV_LONG_OPTIONS goes into a program's getopt_long
 * table (its own codes stay below CV_FOLDS); cv_opt takes what getopt_long returned. */
enum { CV_FOLDS = 1000, CV_SEED, CV_MIN_PRECISION };
#define CV_LONG_OPTIONS                                                                            \
	{"folds", required_argument, 0, CV_FOLDS}, {"seed", required_argument, 0, CV_SEED},           \
	    {"min-precision", required_argument, 0, CV_MIN_PRECISION}

/* Returns 1 when ch is one of the shared options (o set from arg), else 0. */
static inline int cv_opt(int ch, const char *arg, sc_cv_opts_t *o)
{
	switch (ch) {
	case CV_FOLDS: o->k = atoi(arg); return 1;
	case CV_SEED: o->seed = strtoul(arg, NULL, 10); return 1;
	case CV_MIN_PRECISION: o->min_precision = atof(arg); return 1;
	default: return 0;
	}
}

/* A usage error of prog: points at its file-top comment; returns the exit code, 2. */
static inline int usage_error(const char *prog)
{
	fprintf(stderr, "usage: see the comment at the top of bench/%s.c\n", prog);
	return 2;
}

/* After the options: 2 when prog cannot run with them (fewer than 2 folds, said on stderr),
 * else 0 with GSL's abort-on-error handler switched off. */
static inline int cv_opts_ready(const char *prog, const sc_cv_opts_t *o)
{
	if (o->k < 2) {
		fprintf(stderr, "%s: --folds must be at least 2\n", prog);
		return 2;
	}
	gsl_set_error_handler_off();
	return 0;
}

static inline void print_metrics(const char *dataset, const char *protocol, const sc_metrics_t *m)
{
	printf("%s,%s,%zu,%.4f,%.4f,%.4f,%.4f,%.4f\n", dataset, protocol, m->n, m->precision,
	       m->recall, m->f1, m->accuracy, m->mcc);
}

#endif
