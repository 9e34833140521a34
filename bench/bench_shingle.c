/* bench_shingle: single-core throughput of shingling + MinHash (word 5-shingles, k = 128), for
 * both schemes (k permutations, one-permutation hashing), and peak RSS. Prints CSV.
 *
 * Two modes:
 *  - memory (default): generates -n documents with the corpus generator into one buffer, then
 *    times, for each scheme, the two ways the library offers: sc_sh_shingle_set +
 *    sc_sh_minhash_sketch ("set+sketch") and the streaming sketcher fed the whole text, or
 *    chunks of --chunk bytes ("sketcher"). The clock covers only those calls, over the whole batch; each is run --reps
 *    times and the pass of median CPU time is reported. Generation is not timed.
 *  - --stream FILE: reads FILE (JSONL, e.g. from gen_corpus) through the reader, sketches every
 *    document with the sketcher and keeps only its signature, as the CLI does. Reports the time
 *    in the sketcher alone and the time including reading, and the process's peak RSS. Running
 *    it on two corpus sizes (bench/run_benchmarks.sh does) shows that memory grows by the
 *    signatures only.
 * rss_less_sigs_mib is peak RSS minus the signatures' bytes: what memory costs besides them
 * (in memory mode it includes the generated batch).
 * MB are 10^6 bytes of document text (after UTF-8 repair, as the stage sees it). Times come from
 * clock_gettime(CLOCK_MONOTONIC) (seconds, mb_per_s, docs_per_s), and the thread's CPU time from
 * CLOCK_THREAD_CPUTIME_ID (cpu_seconds, mb_per_cpu_s), which stays meaningful when the machine is
 * shared: on a busy machine the wall clock also counts other processes. Peak RSS from getrusage(RUSAGE_SELF).ru_maxrss. */
#include "bench_clock.h"
#include "gen/corpus_gen.h"
#include "sc_prim.h"

#include <errno.h>
#include <getopt.h>
#include <gsl/gsl_errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static long maxrss_kib(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss; /* KiB on Linux */
}

static const char *scheme_name(sc_mh_scheme_t s) { return s == SC_MH_OPH ? "oph" : "kperm"; }

typedef struct span_s {
	double wall, cpu;
} span_t;

static void row(const char *mode, sc_mh_scheme_t scheme, const char *path, size_t docs,
                size_t bytes, span_t t, int k)
{
	const double sig_mib = (double)docs * (double)k * 4 / 1048576.0;
	const double mb = (double)bytes / 1e6;
	const long rss = maxrss_kib();
	printf("%s,%s,%s,%d,%zu,%.3f,%.4f,%.1f,%.0f,%.4f,%.1f,%ld,%.2f,%.2f\n", mode,
	       scheme_name(scheme), path, k, docs, mb, t.wall, mb / t.wall, (double)docs / t.wall,
	       t.cpu, mb / t.cpu, rss, sig_mib, (double)rss / 1024.0 - sig_mib);
}

/* orders passes by CPU time, to report the median pass */
static int cmp_span(const void *x, const void *y)
{
	double a = ((const span_t *)x)->cpu, b = ((const span_t *)y)->cpu;
	return (a > b) - (a < b);
}

typedef struct batch_s {
	char *buf;
	size_t *off; /* n + 1 */
	size_t n, bytes;
} batch_t;

static int make_batch(const sc_gen_opts_t *go, batch_t *b, char *err, size_t errlen)
{
	sc_gen_t *g = NULL;
	int rc = sc_gen_create(&g, go, err, errlen);
	size_t cap = go->n * go->words * 8 + 1;
	if (rc) return rc;
	b->buf = malloc(cap);
	b->off = malloc((go->n + 1) * sizeof *b->off);
	if (!b->buf || !b->off) {
		rc = SC_ENOMEM;
		goto done;
	}
	b->off[0] = 0;
	sc_gen_doc_t d;
	while ((rc = sc_gen_next(g, &d, err, errlen)) == 1) {
		if (b->bytes + d.len + 1 > cap) {
			cap = 2 * (b->bytes + d.len + 1);
			char *nb = realloc(b->buf, cap);
			if (!nb) {
				rc = SC_ENOMEM;
				goto done;
			}
			b->buf = nb;
		}
		memcpy(b->buf + b->bytes, d.text, d.len + 1);
		b->bytes += d.len + 1;
		b->off[++b->n] = b->bytes;
	}
	b->bytes -= b->n; /* count text bytes, not the NULs */
done:
	sc_gen_free(g);
	if (rc < 0) snprintf(err, errlen, "generating the batch: %s", sc_strerror(rc));
	return rc < 0 ? rc : SC_OK;
}

/* Folds n signature values into a checksum: all k in the untimed pass (to check that both
 * paths give the same signatures), the first only in timed passes. */
static uint64_t fold(uint64_t c, const uint32_t *sig, int n)
{
	for (int i = 0; i < n; i++) c = (c ^ sig[i]) * 0x100000001b3ULL;
	return c;
}

/* One timed pass over the batch; wall < 0 on error. */
static span_t pass_set_sketch(const batch_t *b, sc_tokenizer_t *tok, const sc_shingle_opts_t *so,
                              const sc_minhash_t *mh, sc_u64v_t *set, uint32_t *sig,
                              const char *lang, uint64_t *check, int k, int full)
{
	span_t t = {bench_wall_s(), bench_cpu_s()};
	for (size_t i = 0; i < b->n; i++) {
		const char *text = b->buf + b->off[i];
		size_t len = b->off[i + 1] - b->off[i] - 1;
		long n = sc_sh_shingle_set(tok, so, text, len, lang, NULL, 0, set);
		if (n < 0) return (span_t){-1, -1};
		sc_sh_minhash_sketch(mh, set->a, set->n, sig);
		*check = fold(*check, sig, full ? k : 1); /* keeps the work observable */
	}
	return (span_t){bench_wall_s() - t.wall, bench_cpu_s() - t.cpu};
}

/* sketcher chunk size in memory mode (0: the whole text in one call) */
static size_t g_chunk = 0;

static span_t pass_sketcher(const batch_t *b, sc_sketcher_t *sk, uint32_t *sig, const char *lang,
                            uint64_t *check, int k, int full)
{
	span_t t = {bench_wall_s(), bench_cpu_s()};
	for (size_t i = 0; i < b->n; i++) {
		const char *text = b->buf + b->off[i];
		size_t len = b->off[i + 1] - b->off[i] - 1;
		sc_sh_sketcher_reset(sk, lang);
		/* whole text in one call, or in chunks of g_chunk bytes (cutting words and
		 * characters anywhere), as a reader with a fixed buffer would */
		const size_t step = g_chunk ? g_chunk : len;
		for (size_t o = 0; o < len; o += step)
			if (sc_sh_sketcher_feed(sk, text + o, len - o < step ? len - o : step))
				return (span_t){-1, -1};
		if (sc_sh_sketcher_final(sk, sig)) return (span_t){-1, -1};
		*check = fold(*check, sig, full ? k : 1);
	}
	return (span_t){bench_wall_s() - t.wall, bench_cpu_s() - t.cpu};
}

/* paths measured in memory mode: bit 0 set+sketch, bit 1 sketcher */
static int g_paths = 3;

static int run_memory(const sc_gen_opts_t *go, int k, int reps, char *err, size_t errlen)
{
	batch_t b = {0};
	sc_tokenizer_t *tok = NULL;
	sc_minhash_t *mh = NULL;
	sc_sketcher_t *sk = NULL;
	sc_u64v_t set = {0};
	uint32_t *sig = malloc((size_t)k * sizeof *sig);
	span_t *t = malloc((size_t)reps * sizeof *t);
	uint64_t check = 0, full[2];
	int rc = SC_ENOMEM;
	sc_norm_opts_t no = {0};
	sc_shingle_opts_t so;
	if (!sig || !t) goto done;
	if ((rc = make_batch(go, &b, err, errlen))) goto done;
	sc_sh_shingle_opts_init(&so, SC_VIEW_WORD);
	tok = sc_sh_tokenizer_create(&no);
	if (!tok) {
		rc = SC_ENOMEM;
		goto done;
	}
	for (int s = SC_MH_KPERM; s <= SC_MH_OPH; s++) {
		sc_mh_params_t p;
		sc_sh_mh_params_init(&p);
		p.k = k;
		p.scheme = (sc_mh_scheme_t)s;
		sc_sh_minhash_free(mh);
		sc_sh_sketcher_free(sk);
		sk = NULL;
		mh = sc_sh_minhash_create(&p);
		if (mh) sk = sc_sh_sketcher_create(mh, &so);
		if (!mh || !sk) {
			rc = SC_ENOMEM;
			snprintf(err, errlen, "minhash/sketcher for %s: not created", scheme_name(p.scheme));
			goto done;
		}
		for (int path = 0; path < 2; path++) {
			if (!(g_paths & (1 << path))) continue;
			/* one untimed pass warms caches and lets the allocator settle */
			full[path] = 0;
			span_t w = path ? pass_sketcher(&b, sk, sig, go->lang, &full[path], k, 1)
			                : pass_set_sketch(&b, tok, &so, mh, &set, sig, go->lang, &full[path], k, 1);
			if (w.wall < 0) {
				rc = SC_EPARAM;
				snprintf(err, errlen, "%s failed", path ? "sketcher" : "set+sketch");
				goto done;
			}
			for (int r = 0; r < reps; r++)
				t[r] = path ? pass_sketcher(&b, sk, sig, go->lang, &check, k, 0)
				            : pass_set_sketch(&b, tok, &so, mh, &set, sig, go->lang, &check, k, 0);
			for (int r = 0; r < reps; r++)
				if (t[r].wall < 0) {
					rc = SC_EPARAM;
					snprintf(err, errlen, "a timed pass failed");
					goto done;
				}
			qsort(t, (size_t)reps, sizeof *t, cmp_span);
			row("memory", p.scheme, path ? "sketcher" : "set+sketch", b.n, b.bytes,
			    t[reps / 2], k);
			fflush(stdout);
		}
		if (g_paths == 3 && full[0] != full[1])
			fprintf(stderr, "bench_shingle: %s: the sketcher's signatures differ from "
			                "sc_sh_shingle_set + sc_sh_minhash_sketch\n", scheme_name(p.scheme));
		else if (g_paths == 3)
			fprintf(stderr, "bench_shingle: %s: both paths give the same %zu signatures\n",
			        scheme_name(p.scheme), b.n);
	}
	fprintf(stderr, "bench_shingle: checksum %llu\n", (unsigned long long)check);
	rc = SC_OK;
done:
	free(b.buf);
	free(b.off);
	sc_u64v_free(&set);
	sc_sh_sketcher_free(sk);
	sc_sh_minhash_free(mh);
	sc_sh_tokenizer_free(tok);
	free(sig);
	free(t);
	return rc;
}

static int run_stream(const char *path, sc_mh_scheme_t scheme, int k, char *err, size_t errlen)
{
	sc_reader_t *r = NULL;
	sc_reader_opts_t ro;
	sc_minhash_t *mh = NULL;
	sc_sketcher_t *sk = NULL;
	/* Signatures are kept in blocks of SIGBLOCK documents: a doubling realloc would leave freed
	 * copies resident in the heap and blur the measure of what the library itself keeps. */
	enum { SIGBLOCK = 4096 };
	uint32_t **blocks = NULL, *cur = NULL;
	size_t nsig = 0, nblocks = 0, bytes = 0, rejected = 0;
	span_t tsk = {0, 0};
	int rc = SC_ENOMEM;
	sc_mh_params_t p;
	sc_shingle_opts_t so;
	sc_doc_t d;
	sc_reject_t j;
	sc_sh_mh_params_init(&p);
	p.k = k;
	p.scheme = scheme;
	sc_sh_shingle_opts_init(&so, SC_VIEW_WORD);
	sc_sh_reader_opts_init(&ro);
	mh = sc_sh_minhash_create(&p);
	if (mh) sk = sc_sh_sketcher_create(mh, &so);
	if (!mh || !sk) goto done;
	const char *inputs[1] = {path};
	if ((rc = sc_sh_reader_open(&r, inputs, 1, &ro))) goto done;
	const span_t t0 = {bench_wall_s(), bench_cpu_s()};
	for (;;) {
		memset(&d, 0, sizeof d);
		memset(&j, 0, sizeof j);
		int got = sc_sh_reader_next(r, &d, &j);
		if (got == 0) break;
		if (got < 0) {
			rc = got;
			goto done;
		}
		if (got == 2) {
			rejected++;
			sc_reject_free(&j);
			continue;
		}
		if (nsig % SIGBLOCK == 0) {
			uint32_t **nb = realloc(blocks, (nblocks + 1) * sizeof *nb);
			if (nb) blocks = nb;
			if (!nb || !(cur = malloc((size_t)SIGBLOCK * (size_t)k * sizeof *cur))) {
				sc_doc_free(&d);
				rc = SC_ENOMEM;
				goto done;
			}
			blocks[nblocks++] = cur;
		}
		const double w1 = bench_wall_s(), c1 = bench_cpu_s();
		sc_sh_sketcher_reset(sk, d.lang);
		rc = sc_sh_sketcher_feed(sk, d.text, d.len);
		if (!rc) rc = sc_sh_sketcher_final(sk, cur + (nsig % SIGBLOCK) * (size_t)k);
		tsk.cpu += bench_cpu_s() - c1;
		tsk.wall += bench_wall_s() - w1;
		bytes += d.len;
		nsig++;
		sc_doc_free(&d);
		if (rc) goto done;
	}
	const span_t total = {bench_wall_s() - t0.wall, bench_cpu_s() - t0.cpu};
	if (rejected) fprintf(stderr, "bench_shingle: %s: %zu inputs rejected\n", path, rejected);
	row("stream", scheme, "sketcher", nsig, bytes, tsk, k);
	row("stream", scheme, "read+sketcher", nsig, bytes, total, k);
	rc = SC_OK;
done:
	if (rc) snprintf(err, errlen, "%s: %s", path, sc_strerror(rc));
	sc_sh_reader_close(r);
	sc_sh_sketcher_free(sk);
	sc_sh_minhash_free(mh);
	SC_FREE_EACH(blocks, nblocks);
	return rc;
}

int main(int argc, char **argv)
{
	enum { O_SEED = 256, O_REPS, O_K, O_STREAM, O_SCHEME, O_NOHDR, O_PATH, O_CHUNK };
	static const struct option lo[] = {
	    {"seed", required_argument, 0, O_SEED},     {"reps", required_argument, 0, O_REPS},
	    {"k", required_argument, 0, O_K},           {"stream", required_argument, 0, O_STREAM},
	    {"scheme", required_argument, 0, O_SCHEME}, {"no-header", no_argument, 0, O_NOHDR},
	    {"path", required_argument, 0, O_PATH},     {"chunk", required_argument, 0, O_CHUNK},
	    {"help", no_argument, 0, 'h'},
	    {0, 0, 0, 0}};
	sc_gen_opts_t go;
	sc_gen_opts_init(&go);
	go.n = 20000;
	int k = 128, reps = 3, header = 1, c;
	const char *stream = NULL;
	sc_mh_scheme_t scheme = SC_MH_KPERM;
	char err[256] = "";
	gsl_set_error_handler_off();
	while ((c = getopt_long(argc, argv, "n:w:h", lo, NULL)) != -1) {
		if (sc_gen_opts_arg(&go, c, O_SEED, optarg)) continue;
		switch (c) {
		case O_REPS: reps = atoi(optarg); break;
		case O_K: k = atoi(optarg); break;
		case O_STREAM: stream = optarg; break;
		case O_SCHEME: scheme = !strcmp(optarg, "oph") ? SC_MH_OPH : SC_MH_KPERM; break;
		case O_NOHDR: header = 0; break;
		case O_CHUNK: g_chunk = strtoull(optarg, NULL, 10); break;
		case O_PATH: g_paths = !strcmp(optarg, "set") ? 1 : !strcmp(optarg, "sketcher") ? 2 : 3; break;
		case 'h':
			printf("usage: bench_shingle [-n N] [-w W] [--seed S] [--reps R] [--k K] [--no-header]\n"
			       "                     [--path set|sketcher|both] [--chunk BYTES]\n"
			       "       bench_shingle --stream CORPUS.jsonl [--scheme kperm|oph] [--k K]\n"
			       "memory mode (default): N = %zu generated documents of ~%zu words, seed %llu,\n"
			       "median of R = %d timed passes; k = %d. --chunk feeds the sketcher in\n"
			       "chunks of BYTES (default: each text in one call). Prints CSV on stdout.\n",
			       go.n, go.words, (unsigned long long)go.seed, reps, k);
			return 0;
		default: return 2;
		}
	}
	if (reps < 1 || k < 1 || sc_gen_opts_check(&go, err, sizeof err)) {
		fprintf(stderr, "bench_shingle: bad options %s\n", err);
		return 2;
	}
	if (header)
		puts("mode,scheme,path,k,docs,mb,seconds,mb_per_s,docs_per_s,cpu_seconds,mb_per_cpu_s,"
		     "maxrss_kib,sig_mib,rss_less_sigs_mib");
	int rc = stream ? run_stream(stream, scheme, k, err, sizeof err)
	                : run_memory(&go, k, reps, err, sizeof err);
	if (rc) {
		fprintf(stderr, "bench_shingle: %s\n", err);
		return 1;
	}
	return 0;
}
