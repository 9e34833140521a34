/* bench_lsh: LSH candidate recall and precision against exact Jaccard, at J >= 0.5 (duplicate
 * tier: word 5-shingles, k = 128). Prints CSV.
 *
 * The corpus is generated in memory (default 50000 documents of ~400 words; gen_corpus's
 * generator, full truth: every pair with J >= 0.3 found exactly by its inverted-index pass) or
 * read from --corpus FILE with --truth FILE written by gen_corpus. For each MinHash scheme and
 * each banding plan (the detector's default, recall-first weights; and equal weights, for
 * comparison with libraries whose default balances the two errors) it runs the detect stage's
 * own building blocks in the order sc_det_run uses them:
 *   sc_sh_shingle_set + sc_sh_minhash_sketch -> sc_det_lsh_plan -> sc_det_lsh_candidates ->
 *   sc_det_verify,
 * and compares with the truth T = {pairs with exact J >= 0.5}:
 *   cand_recall    = |candidates n T| / |T|      cand_precision = |candidates n T| / |candidates|
 *   recall         = |verified n T| / |T|        precision      = |verified n T| / |verified|
 * Verification reads the same shingle sets as the truth, so precision must be 1.0 and every
 * verified Jaccard must equal the truth's (checked; a mismatch is reported on stderr and in the
 * "jaccard_mismatch" column). Boilerplate removal and clustering are not part of this bench:
 * they change which sets are compared, not how well LSH finds pairs.
 * Times, one core: sketching all documents (from their sets), banding, verification; sec_* from
 * CLOCK_MONOTONIC, cpu_* from CLOCK_THREAD_CPUTIME_ID (meaningful on a shared machine). */
#include "bench_clock.h"
#include "bench_read.h"
#include "detect.h"
#include "gen/corpus_gen.h"
#include "sc_prim.h"

#include <errno.h>
#include <getopt.h>
#include <gsl/gsl_errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct corpus_s {
	uint64_t *H;   /* all shingle sets, concatenated */
	size_t *off;   /* n + 1 */
	size_t n, nH, mH, bytes;
	sc_gen_pair_t *truth;
	size_t ntruth;
	uint64_t *tkey; /* packed (a << 32 | b) of truth pairs with J >= 0.5, sorted */
	double *tj;     /* their Jaccard */
	size_t nt;
} corpus_t;

static int add_set(corpus_t *c, const sc_u64v_t *s)
{
	if (SC_GROW(c->H, c->mH, c->nH + s->n)) return SC_ENOMEM;
	memcpy(c->H + c->nH, s->a, s->n * sizeof *s->a);
	c->nH += s->n;
	c->off[c->n + 1] = c->nH;
	c->n++;
	return SC_OK;
}

/* Shingle sets of a generated corpus, with the generator's truth. */
static int load_generated(const sc_gen_opts_t *go, corpus_t *c, char *err, size_t errlen)
{
	sc_gen_t *g = NULL;
	sc_tokenizer_t *tok = NULL;
	sc_u64v_t set = {0};
	sc_shingle_opts_t so;
	sc_norm_opts_t no = {0};
	int rc = SC_ENOMEM;
	sc_sh_shingle_opts_init(&so, SC_VIEW_WORD);
	c->off = calloc(go->n + 1, sizeof *c->off);
	tok = sc_sh_tokenizer_create(&no);
	if (!c->off || !tok) goto done;
	if ((rc = sc_gen_create(&g, go, err, errlen))) goto done;
	sc_gen_doc_t d;
	while ((rc = sc_gen_next(g, &d, err, errlen)) == 1) {
		long ns = sc_sh_shingle_set(tok, &so, d.text, d.len, d.lang, NULL, 0, &set);
		if (ns < 0) {
			rc = (int)ns;
			snprintf(err, errlen, "%s: shingles: %s", d.id, sc_strerror(rc));
			goto done;
		}
		if ((rc = add_set(c, &set))) goto done;
		c->bytes += d.len;
	}
	if (rc < 0) goto done;
	const sc_gen_pair_t *p;
	if ((rc = sc_gen_truth(g, &p, &c->ntruth, err, errlen))) goto done;
	c->truth = malloc((c->ntruth ? c->ntruth : 1) * sizeof *c->truth);
	if (!c->truth) {
		rc = SC_ENOMEM;
		goto done;
	}
	memcpy(c->truth, p, c->ntruth * sizeof *p);
	rc = SC_OK;
done:
	if (rc == SC_ENOMEM) snprintf(err, errlen, "out of memory");
	sc_gen_free(g);
	sc_sh_tokenizer_free(tok);
	sc_u64v_free(&set);
	return rc;
}

/* What loading a corpus file needs beside the corpus: bench_read_all's callbacks' context. */
typedef struct load_s {
	corpus_t *c;
	const char *corpus;
	sc_tokenizer_t *tok;
	sc_shingle_opts_t so;
	sc_u64v_t set;
	size_t moff;
	char *err;
	size_t errlen;
} load_t;

static int load_doc(void *ctx, sc_doc_t *d)
{
	load_t *L = ctx;
	corpus_t *c = L->c;
	unsigned idx;
	int rc = SC_OK;
	if (sscanf(d->id, "d%8u", &idx) != 1 || idx != c->n) {
		snprintf(L->err, L->errlen, "%s: id %s out of order (expected d%08zu)", L->corpus,
		         d->id, c->n);
		rc = SC_EFORMAT;
	} else if (SC_GROW(c->off, L->moff, c->n + 2)) {
		rc = SC_ENOMEM;
	} else {
		if (c->n == 0) c->off[0] = 0;
		long ns = sc_sh_shingle_set(L->tok, &L->so, d->text, d->len, d->lang, NULL, 0, &L->set);
		c->bytes += d->len;
		rc = ns < 0 ? (int)ns : add_set(c, &L->set);
	}
	sc_doc_free(d);
	return rc;
}

static int load_rej(void *ctx, sc_reject_t *j)
{
	load_t *L = ctx;
	snprintf(L->err, L->errlen, "%s:%llu: rejected: %s", L->corpus, (unsigned long long)j->line,
	         j->reason ? j->reason : "?");
	sc_reject_free(j);
	return SC_EFORMAT;
}

/* Shingle sets of a corpus file written by gen_corpus (ids d%08u in order), and its truth. */
static int load_files(const char *corpus, const char *truth, corpus_t *c, char *err,
                      size_t errlen)
{
	load_t L = {.c = c, .corpus = corpus, .err = err, .errlen = errlen};
	sc_norm_opts_t no = {0};
	int rc = SC_ENOMEM;
	FILE *tf = NULL;
	sc_sh_shingle_opts_init(&L.so, SC_VIEW_WORD);
	if (!(L.tok = sc_sh_tokenizer_create(&no))) goto done;
	if ((rc = bench_read_all(corpus, load_doc, load_rej, &L))) goto done;
	tf = fopen(truth, "r");
	if (!tf) {
		snprintf(err, errlen, "%s: %s", truth, strerror(errno));
		rc = SC_EIO;
		goto done;
	}
	rc = sc_gen_read_truth(tf, truth, &c->truth, &c->ntruth, err, errlen);
done:
	if (rc && !err[0]) snprintf(err, errlen, "%s: %s", corpus, sc_strerror(rc));
	if (tf) fclose(tf);
	sc_sh_tokenizer_free(L.tok);
	sc_u64v_free(&L.set);
	return rc;
}

/* Index of key in the sorted truth keys, or -1. */
static long truth_find(const corpus_t *c, uint64_t key)
{
	size_t lo = sc_lower_bound_u64(c->tkey, c->nt, key);
	return lo < c->nt && c->tkey[lo] == key ? (long)lo : -1;
}

static uint64_t g_mh_seed = 42; /* MinHash seed (--mh-seed); the detector's default is 42 */

static int run(const corpus_t *c, sc_mh_scheme_t scheme, int k, const char *planname, double fpw,
               double fnw, double t, char *err, size_t errlen)
{
	int rc = SC_ENOMEM;
	uint32_t *sigs = malloc(c->n * (size_t)k * sizeof *sigs);
	sc_det_set_t *sets = malloc(c->n * sizeof *sets);
	uint64_t *cand = NULL;
	size_t ncand = 0, nver = 0;
	sc_pair_t *ver = NULL;
	sc_minhash_t *mh = NULL;
	sc_mh_params_t p;
	sc_lsh_plan_t plan;
	sc_lsh_stats_t st;
	unsigned char *hit = calloc(c->nt ? c->nt : 1, 1);
	if (!sigs || !sets || !hit) goto done;
	sc_sh_mh_params_init(&p);
	p.k = k;
	p.scheme = scheme;
	p.seed = g_mh_seed;
	if (!(mh = sc_sh_minhash_create(&p))) goto done;
	for (size_t i = 0; i < c->n; i++) {
		sets[i].a = c->H + c->off[i];
		sets[i].n = c->off[i + 1] - c->off[i];
	}
	double t0 = bench_wall_s(), c0 = bench_cpu_s();
	for (size_t i = 0; i < c->n; i++) sc_sh_minhash_sketch(mh, sets[i].a, sets[i].n, sigs + i * (size_t)k);
	double t1 = bench_wall_s(), c1 = bench_cpu_s();
	if ((rc = sc_det_lsh_plan(t, k, fpw, fnw, &plan))) {
		snprintf(err, errlen, "sc_det_lsh_plan: %s", sc_strerror(rc));
		goto done;
	}
	double t2 = bench_wall_s(), c2 = bench_cpu_s();
	if ((rc = sc_det_lsh_candidates(sigs, c->n, k, &plan, SC_DET_BUCKET_CAP, &cand, &ncand, &st)))
		goto done;
	double t3 = bench_wall_s(), c3 = bench_cpu_s();
	if ((rc = sc_det_verify(cand, ncand, sets, sigs, k, t, &ver, &nver))) goto done;
	double t4 = bench_wall_s(), c4 = bench_cpu_s();

	size_t cand_true = 0, ver_true = 0, mismatch = 0;
	for (size_t i = 0; i < ncand; i++) {
		long at = truth_find(c, cand[i]);
		if (at >= 0) cand_true++, hit[at] = 1;
	}
	for (size_t i = 0; i < nver; i++) {
		long at = truth_find(c, (uint64_t)ver[i].a << 32 | ver[i].b);
		if (at < 0) continue;
		ver_true++;
		if (ver[i].jaccard != c->tj[at]) {
			if (mismatch++ < 5)
				fprintf(stderr, "bench_lsh: d%08u d%08u: verified J %.9f, truth %.9f\n",
				        ver[i].a, ver[i].b, ver[i].jaccard, c->tj[at]);
		}
	}
	/* misses by Jaccard band, for the report */
	size_t miss[5] = {0};
	for (size_t i = 0; i < c->nt; i++) {
		if (hit[i]) continue;
		int b = (int)((c->tj[i] - 0.5) * 10);
		miss[b < 0 ? 0 : b > 4 ? 4 : b]++;
	}
	fprintf(stderr,
	        "bench_lsh: %s/%s b=%d r=%d: %zu of %zu true pairs missed (J in [.5,.6) %zu, [.6,.7) "
	        "%zu, [.7,.8) %zu, [.8,.9) %zu, [.9,1] %zu); %llu capped buckets\n",
	        scheme == SC_MH_OPH ? "oph" : "kperm", planname, plan.b, plan.r,
	        c->nt - (size_t)cand_true, c->nt, miss[0], miss[1], miss[2], miss[3], miss[4],
	        (unsigned long long)st.buckets_capped);
	printf("%s,%s,%d,%d,%d,%zu,%.1f,%zu,%zu,%zu,%.6f,%.6f,%zu,%zu,%.6f,%.6f,%zu,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f\n",
	       scheme == SC_MH_OPH ? "oph" : "kperm", planname, k, plan.b, plan.r, c->n,
	       (double)c->bytes / 1e6, c->nt, ncand, cand_true,
	       c->nt ? (double)cand_true / (double)c->nt : 1.0,
	       ncand ? (double)cand_true / (double)ncand : 1.0, nver, ver_true,
	       c->nt ? (double)ver_true / (double)c->nt : 1.0,
	       nver ? (double)ver_true / (double)nver : 1.0, mismatch, t1 - t0, t3 - t2, t4 - t3, c1 - c0,
	       c3 - c2, c4 - c3);
	fflush(stdout);
	rc = SC_OK;
done:
	if (rc && !err[0]) snprintf(err, errlen, "%s", sc_strerror(rc));
	sc_sh_minhash_free(mh);
	free(sigs);
	free(sets);
	free(cand);
	free(ver);
	free(hit);
	return rc;
}

int main(int argc, char **argv)
{
	enum { O_SEED = 256, O_CORPUS, O_TRUTH, O_K, O_T, O_DUP, O_NOHDR, O_MHSEED };
	static const struct option lo[] = {
	    {"seed", required_argument, 0, O_SEED},   {"corpus", required_argument, 0, O_CORPUS},
	    {"truth", required_argument, 0, O_TRUTH}, {"k", required_argument, 0, O_K},
	    {"threshold", required_argument, 0, O_T}, {"dup-rate", required_argument, 0, O_DUP},
	    {"no-header", no_argument, 0, O_NOHDR},   {"help", no_argument, 0, 'h'},
	    {"mh-seed", required_argument, 0, O_MHSEED},
	    {0, 0, 0, 0}};
	sc_gen_opts_t go;
	sc_gen_opts_init(&go);
	go.n = 50000;
	go.truth = SC_GEN_TRUTH_FULL;
	int k = 128, header = 1, c, status = 1;
	double t = 0.5;
	const char *corpus = NULL, *truth = NULL;
	char err[512] = "";
	corpus_t cp = {0};
	sc_det_opts_t dopt;
	gsl_set_error_handler_off();
	sc_det_opts_init(&dopt);
	while ((c = getopt_long(argc, argv, "n:w:h", lo, NULL)) != -1) {
		if (sc_gen_opts_arg(&go, c, O_SEED, optarg)) continue;
		switch (c) {
		case O_CORPUS: corpus = optarg; break;
		case O_TRUTH: truth = optarg; break;
		case O_K: k = atoi(optarg); break;
		case O_T: t = strtod(optarg, NULL); break;
		case O_DUP: go.dup_rate = strtod(optarg, NULL); break;
		case O_NOHDR: header = 0; break;
		case O_MHSEED: g_mh_seed = strtoull(optarg, NULL, 10); break;
		case 'h':
			printf("usage: bench_lsh [-n N] [-w W] [--seed S] [--dup-rate R] [--k K] "
			       "[--threshold T] [--mh-seed S] [--no-header]\n"
			       "       bench_lsh --corpus CORPUS.jsonl --truth TRUTH.tsv [--k K]\n"
			       "defaults: N = %zu documents of ~%zu words, seed %llu, dup-rate %g, k = %d,\n"
			       "threshold %g; plans: detect's default weights (fp %g, fn %g) and equal "
			       "weights.\n",
			       go.n, go.words, (unsigned long long)go.seed, go.dup_rate, k, t,
			       dopt.fp_weight, dopt.fn_weight);
			return 0;
		default: return 2;
		}
	}
	if (!!corpus != !!truth || k < 1 || !(t > 0.3 && t < 1) ||
	    sc_gen_opts_check(&go, err, sizeof err)) {
		fprintf(stderr, "bench_lsh: bad options (--corpus and --truth go together; threshold in "
		                "(0.3, 1), as the truth lists pairs from 0.3) %s\n", err);
		return 2;
	}
	fprintf(stderr, "bench_lsh: %s\n", corpus ? corpus : "generating the corpus and its truth");
	int rc = corpus ? load_files(corpus, truth, &cp, err, sizeof err)
	                : load_generated(&go, &cp, err, sizeof err);
	if (rc) goto done;
	cp.tkey = malloc((cp.ntruth ? cp.ntruth : 1) * sizeof *cp.tkey);
	cp.tj = malloc((cp.ntruth ? cp.ntruth : 1) * sizeof *cp.tj);
	if (!cp.tkey || !cp.tj) {
		snprintf(err, sizeof err, "out of memory");
		goto done;
	}
	/* truth pairs are sorted by (a, b), so their packed keys are sorted too */
	for (size_t i = 0; i < cp.ntruth; i++) {
		const sc_gen_pair_t *p = &cp.truth[i];
		if (p->b >= cp.n) {
			snprintf(err, sizeof err, "truth pair d%08u d%08u: no such document", p->a, p->b);
			goto done;
		}
		if ((double)p->inter / p->uni < t) continue;
		cp.tkey[cp.nt] = (uint64_t)p->a << 32 | p->b;
		cp.tj[cp.nt++] = (double)p->inter / p->uni;
	}
	for (size_t i = 1; i < cp.nt; i++)
		if (cp.tkey[i] <= cp.tkey[i - 1]) {
			snprintf(err, sizeof err, "truth pairs not sorted by (a, b)");
			goto done;
		}
	if (header)
		puts("scheme,plan,k,b,r,docs,mb,true_pairs,candidates,cand_true,cand_recall,"
		     "cand_precision,verified,verified_true,recall,precision,jaccard_mismatch,"
		     "sec_sketch,sec_candidates,sec_verify,cpu_sketch,cpu_candidates,cpu_verify");
	for (int s = SC_MH_KPERM; s <= SC_MH_OPH; s++) {
		if (run(&cp, (sc_mh_scheme_t)s, k, "default", dopt.fp_weight, dopt.fn_weight, t, err,
		        sizeof err) ||
		    run(&cp, (sc_mh_scheme_t)s, k, "equal", 1, 1, t, err, sizeof err))
			goto done;
	}
	status = 0;
done:
	if (status) fprintf(stderr, "bench_lsh: %s\n", err);
	free(cp.H);
	free(cp.off);
	free(cp.truth);
	free(cp.tkey);
	free(cp.tj);
	return status;
}
