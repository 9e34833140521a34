/* corpus_stats: how alike unrelated documents are, in both views (word 5-shingles; stemmed
 * content words), so that the generated corpus can be compared with real text. Prints CSV:
 * mean, quantiles and tail fractions of the exact Jaccard over pairs of documents.
 *  - generated (default): the originals of a gen_corpus corpus (-n, -w, --seed; copies left
 *    out, so every pair is unrelated), --pairs pairs drawn uniformly with GSL's RNG;
 *  - --corpus INPUT: any storycheck input (e.g. fixtures/seeds): every pair when there are at
 *    most --pairs of them, else a uniform sample. These pairs may include related documents.
 * The event tier's threshold and LSH plan act on the content view: the fraction of pairs above
 * a threshold says how many candidates (and false edges) unrelated documents will make. */
#include "bench_read.h"
#include "gen/corpus_gen.h"

#include <getopt.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <stdlib.h>
#include <string.h>

typedef struct sets_s {
	sc_u64v_t *v; /* [2 * i + view] */
	size_t n, m;
} sets_t;

static int add_doc(sets_t *s, sc_tokenizer_t *tok, const char *text, size_t len, const char *lang)
{
	if (s->n == s->m) {
		size_t nm = s->m ? 2 * s->m : 1024;
		sc_u64v_t *v = realloc(s->v, 2 * nm * sizeof *v);
		if (!v) return SC_ENOMEM;
		memset(v + 2 * s->m, 0, 2 * (nm - s->m) * sizeof *v);
		s->v = v;
		s->m = nm;
	}
	char lg[4] = "";
	snprintf(lg, sizeof lg, "%s", lang ? lang : "");
	if (!lg[0]) { /* the content view needs a language: guess it as the CLI does */
		const sc_token_t *t;
		long nt = sc_sh_tokenize(tok, text, len, "", &t);
		if (nt < 0) return (int)nt;
		snprintf(lg, sizeof lg, "%s", sc_sh_lang_guess(tok, t, (size_t)nt));
	}
	for (int view = 0; view < 2; view++) {
		sc_shingle_opts_t so;
		sc_sh_shingle_opts_init(&so, (sc_view_t)view);
		long r = sc_sh_shingle_set(tok, &so, text, len, lg, NULL, 0, &s->v[2 * s->n + (size_t)view]);
		if (r < 0) return (int)r;
	}
	s->n++;
	return SC_OK;
}

static int cmp_double(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;
	return (a > b) - (a < b);
}

/* Reading a corpus file: bench_read_all's callbacks. */
typedef struct stats_in_s {
	sets_t *s;
	sc_tokenizer_t *tok;
} stats_in_t;
static int stats_doc(void *ctx, sc_doc_t *d)
{
	const stats_in_t *in = ctx;
	const int rc = add_doc(in->s, in->tok, d->text, d->len, d->lang);
	sc_doc_free(d);
	return rc;
}
static int stats_rej(void *ctx, sc_reject_t *j)
{
	(void)ctx;
	fprintf(stderr, "corpus_stats: %s: rejected: %s\n", j->path, j->reason);
	sc_reject_free(j);
	return SC_OK;
}

int main(int argc, char **argv)
{
	enum { O_SEED = 256, O_PAIRS, O_CORPUS, O_NOHDR, O_VOCAB, O_ZIPF };
	static const struct option lo[] = {
	    {"seed", required_argument, 0, O_SEED},     {"pairs", required_argument, 0, O_PAIRS},
	    {"corpus", required_argument, 0, O_CORPUS}, {"no-header", no_argument, 0, O_NOHDR},
	    {"vocab", required_argument, 0, O_VOCAB},   {"zipf", required_argument, 0, O_ZIPF},
	    {"help", no_argument, 0, 'h'},              {0, 0, 0, 0}};
	sc_gen_opts_t go;
	sc_gen_opts_init(&go);
	go.n = 5000;
	size_t npairs = 100000;
	const char *corpus = NULL;
	int header = 1, c, status = 1, rc = SC_OK;
	char err[512] = "";
	sets_t s = {0};
	sc_tokenizer_t *tok = NULL;
	sc_gen_t *g = NULL;
	gsl_rng *rng = NULL;
	double *j = NULL;
	gsl_set_error_handler_off();
	while ((c = getopt_long(argc, argv, "n:w:h", lo, NULL)) != -1) {
		if (sc_gen_opts_arg(&go, c, O_SEED, optarg)) continue;
		switch (c) {
		case O_PAIRS: npairs = strtoull(optarg, NULL, 10); break;
		case O_CORPUS: corpus = optarg; break;
		case O_NOHDR: header = 0; break;
		case O_VOCAB: go.vocab = strtoull(optarg, NULL, 10); break;
		case O_ZIPF: go.zipf = strtod(optarg, NULL); break;
		case 'h':
			printf("usage: corpus_stats [-n N] [-w W] [--seed S] [--vocab V] [--zipf S] [--pairs P]\n"
			       "                    [--no-header]\n"
			       "       corpus_stats --corpus INPUT [--pairs P]\n"
			       "defaults: N = %zu generated documents (originals only), P = %zu pairs, seed "
			       "%llu\n",
			       go.n, npairs, (unsigned long long)go.seed);
			return 0;
		default: return 2;
		}
	}
	if (npairs < 1 || sc_gen_opts_check(&go, err, sizeof err)) {
		fprintf(stderr, "corpus_stats: bad options %s\n", err);
		return 2;
	}
	sc_norm_opts_t no = {0};
	if (!(tok = sc_sh_tokenizer_create(&no)) || !(rng = gsl_rng_alloc(gsl_rng_mt19937))) {
		rc = SC_ENOMEM;
		goto done;
	}
	gsl_rng_set(rng, (unsigned long)go.seed);
	if (corpus) {
		stats_in_t in = {&s, tok};
		if ((rc = bench_read_all(corpus, stats_doc, stats_rej, &in))) goto done;
	} else {
		go.dup_rate = 0; /* originals only: every pair is unrelated */
		if ((rc = sc_gen_create(&g, &go, err, sizeof err))) goto done;
		sc_gen_doc_t d;
		while ((rc = sc_gen_next(g, &d, err, sizeof err)) == 1)
			if ((rc = add_doc(&s, tok, d.text, d.len, d.lang))) goto done;
		if (rc) goto done;
	}
	if (s.n < 2) {
		snprintf(err, sizeof err, "fewer than two documents");
		goto done;
	}
	const size_t all = s.n * (s.n - 1) / 2, np = all <= npairs ? all : npairs;
	if (!(j = malloc(2 * np * sizeof *j))) {
		rc = SC_ENOMEM;
		goto done;
	}
	size_t k = 0;
	for (size_t a = 0; a < s.n && all <= npairs; a++)
		for (size_t b = a + 1; b < s.n; b++, k++)
			for (int v = 0; v < 2; v++)
				j[2 * k + (size_t)v] = sc_sh_jaccard(s.v[2 * a + v].a, s.v[2 * a + v].n,
				                                     s.v[2 * b + v].a, s.v[2 * b + v].n);
	for (; k < np; k++) {
		size_t a = gsl_rng_uniform_int(rng, s.n), b = gsl_rng_uniform_int(rng, s.n - 1);
		if (b >= a) b++;
		for (int v = 0; v < 2; v++)
			j[2 * k + (size_t)v] = sc_sh_jaccard(s.v[2 * a + v].a, s.v[2 * a + v].n,
			                                     s.v[2 * b + v].a, s.v[2 * b + v].n);
	}
	if (header) puts("source,view,docs,pairs,mean,p50,p90,p99,max,ge_0.10,ge_0.14,ge_0.50");
	double *x = malloc(np * sizeof *x);
	if (!x) {
		rc = SC_ENOMEM;
		goto done;
	}
	for (int v = 0; v < 2; v++) {
		double sum = 0;
		size_t ge10 = 0, ge14 = 0, ge50 = 0;
		for (size_t i = 0; i < np; i++) {
			x[i] = j[2 * i + (size_t)v];
			sum += x[i];
			ge10 += x[i] >= 0.10;
			ge14 += x[i] >= 0.14;
			ge50 += x[i] >= 0.50;
		}
		qsort(x, np, sizeof *x, cmp_double);
		printf("%s,%s,%zu,%zu,%.4f,%.4f,%.4f,%.4f,%.4f,%.6f,%.6f,%.6f\n",
		       corpus ? corpus : "generated", v ? "content" : "word", s.n, np, sum / (double)np,
		       x[np / 2], x[(size_t)(0.9 * (double)(np - 1))], x[(size_t)(0.99 * (double)(np - 1))],
		       x[np - 1], (double)ge10 / (double)np, (double)ge14 / (double)np,
		       (double)ge50 / (double)np);
	}
	free(x);
	status = 0;
done:
	if (status) fprintf(stderr, "corpus_stats: %s\n", err[0] ? err : sc_strerror(rc));
	if (s.v)
		for (size_t i = 0; i < 2 * s.m; i++) sc_u64v_free(&s.v[i]);
	free(s.v);
	free(j);
	sc_gen_free(g);
	sc_sh_tokenizer_free(tok);
	gsl_rng_free(rng);
	return status;
}
