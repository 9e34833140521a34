/* MinHash: both schemes estimate Jaccard without bias (tolerances from theory, fixed seeds
 * printed on failure), signatures do not depend on order, repetition or chunking, and the
 * streaming sketcher gives the one-shot signature whatever the chunk sizes. */
#include "check.h"
#include "test_util.h"
#include "shingle.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;
static uint64_t rnd(void) { return sc_test_splitmix(&rng_state); }

/* Two sets with |A n B| = c, |A \ B| = a, |B \ A| = b, from data seed ds. */
static void make_pair(uint64_t ds, size_t a, size_t b, size_t c, uint64_t *A, uint64_t *B)
{
	rng_state = ds;
	for (size_t i = 0; i < c; i++)
		A[i] = B[i] = rnd();
	for (size_t i = 0; i < a; i++)
		A[c + i] = rnd();
	for (size_t i = 0; i < b; i++)
		B[c + i] = rnd();
}

static const char *scheme_name(int s)
{
	return s == SC_MH_OPH ? "oph" : "kperm";
}

/* One estimate per (J, union size, k, scheme), each within 6 sigma of J. */
static void test_accuracy(void)
{
	const double Js[] = {0.05, 0.2, 0.5, 0.8, 0.95};
	const size_t Us[] = {200, 1000, 20000};
	const int Ks[] = {64, 128, 256};
	uint64_t *A = malloc(20000 * sizeof *A), *B = malloc(20000 * sizeof *B);
	uint32_t *sa = malloc(256 * 4), *sb = malloc(256 * 4);
	int cases = 0;
	for (int scheme = 0; scheme < 2; scheme++)
		for (size_t ki = 0; ki < 3; ki++)
			for (size_t ji = 0; ji < 5; ji++)
				for (size_t ui = 0; ui < 3; ui++) {
					uint64_t seed = 1000 + (uint64_t)cases,
					         ds = 7000 + (uint64_t)cases;
					cases++;
					size_t u = Us[ui], c = (size_t)llround(Js[ji] * (double)u);
					size_t a = (u - c) / 2, b = u - c - a;
					double J = (double)c / (double)u;
					make_pair(ds, a, b, c, A, B);
					sc_mh_params_t p = {Ks[ki], seed, (sc_mh_scheme_t)scheme};
					sc_minhash_t *m = sc_sh_minhash_create(&p);
					sc_sh_minhash_sketch(m, A, a + c, sa);
					sc_sh_minhash_sketch(m, B, b + c, sb);
					double est = sc_sh_minhash_estimate(sa, sb, p.k);
					double tol = 6 * sqrt(J * (1 - J) / p.k);
					CHECK(fabs(est - J) <= tol,
					      "%s k=%d |A u B|=%zu J=%.4f est=%.4f tol=%.4f "
					      "(minhash seed %llu, data "
					      "seed %llu)",
					      scheme_name(scheme), p.k, u, J, est, tol,
					      (unsigned long long)seed, (unsigned long long)ds);
					sc_sh_minhash_free(m);
				}
	free(A), free(B), free(sa), free(sb);
}

/* N estimates of k = 128 (sets from make_pair with data and key seeds base..base+N-1, a new
 * MinHash each time): their mean and variance. A and B hold a + b + c elements. */
static void estimates(int scheme, int N, uint64_t base, size_t a, size_t b, size_t c,
                      uint64_t *A, uint64_t *B, double *mean, double *var)
{
	uint32_t sa[128], sb[128];
	double sum = 0, sum2 = 0;
	for (int r = 0; r < N; r++) {
		make_pair(base + (uint64_t)r, a, b, c, A, B);
		sc_mh_params_t p = {128, base + (uint64_t)r, (sc_mh_scheme_t)scheme};
		sc_minhash_t *m = sc_sh_minhash_create(&p);
		sc_sh_minhash_sketch(m, A, a + c, sa);
		sc_sh_minhash_sketch(m, B, b + c, sb);
		double e = sc_sh_minhash_estimate(sa, sb, 128);
		sum += e, sum2 += e * e;
		sc_sh_minhash_free(m);
	}
	*mean = sum / N, *var = sum2 / N - *mean * *mean;
}

/* Bias: the mean of many independent estimates (new keys and new sets each time) is within
 * 6 standard errors of J. For KPERM the variance of one estimate is J(1-J)/k exactly; the
 * check also bounds the observed variance, which shows that the k mixes are not correlated
 * (correlated positions inflate it). OPH's variance is J(1-J)/k up to a factor close to 1
 * (Shrivastava 2017, Thm 2) for sets much larger than k; we use sets of 4k elements. */
static void test_bias(void)
{
	const int k = 128, N = 400;
	const double Js[] = {0.1, 0.5, 0.9};
	const size_t u = 512;
	uint64_t A[512], B[512];
	for (int scheme = 0; scheme < 2; scheme++)
		for (int ji = 0; ji < 3; ji++) {
			size_t c = (size_t)llround(Js[ji] * (double)u), a = (u - c) / 2,
			       b = u - c - a;
			double J = (double)c / (double)u;
			uint64_t base = 50000 + 1000 * (uint64_t)(scheme * 3 + ji);
			double mean, var;
			estimates(scheme, N, base, a, b, c, A, B, &mean, &var);
			double theo = J * (1 - J) / k, se = sqrt(theo / N);
			CHECK(fabs(mean - J) <= 6 * se,
			      "%s bias: J=%.4f mean=%.5f over %d pairs, 6 SE = %.5f (seeds "
			      "%llu..%llu)",
			      scheme_name(scheme), J, mean, N, 6 * se, (unsigned long long)base,
			      (unsigned long long)(base + N - 1));
			/* sample variance of N draws: its relative SD is about sqrt(2/N) = 7%; 1.5x
			 * theory is > 6 of those */
			CHECK(var <= 1.5 * theo && var >= 0.5 * theo,
			      "%s variance: J=%.4f observed %.3g, theory %.3g (seeds %llu..)",
			      scheme_name(scheme), J, var, theo, (unsigned long long)base);
		}
}

/* Tiny sets (fewer elements than k): most OPH bins are empty and filled by densification,
 * whose variance is not J(1-J)/k (the documented exception), so the tolerance of the mean uses
 * the observed variance: |mean - J| <= 6 s / sqrt(N). A densification that copied a constant or
 * favoured one set would be off by tenths here. */
static void test_bias_tiny(void)
{
	const int N = 400;
	const size_t u = 40;
	uint64_t A[64], B[64];
	for (int scheme = 0; scheme < 2; scheme++)
		for (size_t c = 4; c <= 36; c += 16) {
			size_t a = (u - c) / 2, b = u - c - a;
			double J = (double)c / (double)u;
			uint64_t base = 90000 + 1000 * (uint64_t)(scheme * 3 + c);
			double mean, var;
			estimates(scheme, N, base, a, b, c, A, B, &mean, &var);
			double tol = 6 * sqrt(var / N) + 1e-9;
			CHECK(fabs(mean - J) <= tol,
			      "%s tiny-set bias: |A u B|=%zu J=%.3f mean=%.5f tol=%.5f (seeds "
			      "%llu..)",
			      scheme_name(scheme), u, J, mean, tol, (unsigned long long)base);
		}
}

static void test_invariance(void)
{
	uint64_t h[1000], r[2000];
	rng_state = 99;
	for (int i = 0; i < 1000; i++)
		h[i] = rnd();
	for (int scheme = 0; scheme < 2; scheme++) {
		sc_mh_params_t p;
		sc_sh_mh_params_init(&p);
		CHECK(p.k == 128 && p.seed == 42 && p.scheme == SC_MH_KPERM, "defaults");
		p.scheme = (sc_mh_scheme_t)scheme;
		sc_minhash_t *m = sc_sh_minhash_create(&p);
		CHECK(sc_sh_minhash_k(m) == 128, "k");
		uint32_t s1[128], s2[128], s3[128];
		sc_sh_minhash_sketch(m, h, 1000, s1);
		/* reversed and every element twice */
		for (int i = 0; i < 1000; i++)
			r[i] = h[999 - i], r[1000 + i] = h[i];
		sc_sh_minhash_sketch(m, r, 2000, s2);
		CHECK(!memcmp(s1, s2, sizeof s1), "%s: order and repetition do not matter",
		      scheme_name(scheme));
		/* streaming in uneven pieces */
		uint64_t st[128];
		sc_sh_minhash_init(m, st);
		for (size_t i = 0, step = 1; i < 1000; i += step, step = step * 3 % 17 + 1)
			sc_sh_minhash_update(m, st, h + i, i + step > 1000 ? 1000 - i : step);
		sc_sh_minhash_final(m, st, s3);
		CHECK(!memcmp(s1, s3, sizeof s1), "%s: streamed = one shot", scheme_name(scheme));
		/* empty set */
		sc_sh_minhash_sketch(m, h, 0, s3);
		int allff = 1;
		for (int i = 0; i < 128; i++)
			allff &= s3[i] == 0xFFFFFFFFu;
		CHECK(allff, "%s: empty set gives all 0xFFFFFFFF", scheme_name(scheme));
		/* one element: OPH densification fills every bin */
		sc_sh_minhash_sketch(m, h, 1, s3);
		int none = 1;
		for (int i = 0; i < 128; i++)
			none &= s3[i] != 0xFFFFFFFFu;
		CHECK(none, "%s: a one-element set fills every position", scheme_name(scheme));
		/* another seed gives another signature; the same seed the same */
		sc_mh_params_t q = p;
		q.seed = 43;
		sc_minhash_t *m2 = sc_sh_minhash_create(&q);
		sc_sh_minhash_sketch(m2, h, 1000, s2);
		CHECK(memcmp(s1, s2, sizeof s1), "%s: seed matters", scheme_name(scheme));
		q.seed = 42 + (1ULL << 40); /* high seed bits count too */
		sc_sh_minhash_free(m2);
		m2 = sc_sh_minhash_create(&q);
		sc_sh_minhash_sketch(m2, h, 1000, s2);
		CHECK(memcmp(s1, s2, sizeof s1), "%s: high seed bits matter", scheme_name(scheme));
		sc_sh_minhash_free(m2);
		sc_sh_minhash_free(m);
	}
	sc_mh_params_t bad = {0, 1, SC_MH_KPERM};
	CHECK(!sc_sh_minhash_create(&bad), "k = 0 refused");
	sc_sh_minhash_free(NULL);
	uint32_t a[4] = {1, 2, 3, 4}, b[4] = {1, 0, 3, 0};
	CHECK(sc_sh_minhash_estimate(a, b, 4) == 0.5,
	      "estimate is the fraction of equal positions");
}

/* Reads the seed articles into one text. */
static char *seeds_text(size_t *len)
{
	const char *names[] = {"000_b38a9e9196d169f0", "001_d9dcfc18c8c5b1ee",
	                       "002_d8b1cb26158f392a", "003_e491c17ebe66b93c",
	                       "004_e3dd04c419d25de4"};
	char *buf = malloc(1 << 20);
	size_t n = 0;
	for (int i = 0; i < 5; i++) {
		char p[128];
		snprintf(p, sizeof p, "fixtures/seeds/%s.txt", names[i]);
		FILE *f = fopen(p, "rb");
		if (!f) {
			free(buf);
			return NULL;
		}
		n += fread(buf + n, 1, (1 << 20) - n - 1, f);
		fclose(f);
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

static void test_sketcher(void)
{
	size_t len;
	char *text = seeds_text(&len);
	CHECK(text != NULL, "fixtures/seeds readable (tests run from the repository root)");
	if (!text) return;
	/* a long unbroken word and a text shorter than k, too */
	const char *extra[] = {"deux mots", "", "....", NULL};
	sc_norm_opts_t no = {0};
	sc_tokenizer_t *t = sc_sh_tokenizer_create(&no);
	sc_u64v_t set = {0};
	for (int scheme = 0; scheme < 2; scheme++)
		for (int view = 0; view < 2; view++)
			for (int k = 1; k <= 5; k += 2) {
				sc_mh_params_t p = {128, 7, (sc_mh_scheme_t)scheme};
				sc_minhash_t *m = sc_sh_minhash_create(&p);
				sc_shingle_opts_t o;
				sc_sh_shingle_opts_init(&o, (sc_view_t)view);
				o.k = k;
				sc_sketcher_t *s = sc_sh_sketcher_create(m, &o);
				for (int x = -1; extra[x + 1] || x == -1; x++) {
					const char *tx = x < 0 ? text : extra[x];
					size_t tl = x < 0 ? len : strlen(tx);
					uint32_t want[128], got[128];
					sc_sh_shingle_set(t, &o, tx, tl, "fr", NULL, 0, &set);
					sc_sh_minhash_sketch(m, set.a, set.n, want);
					for (int trial = 0; trial < 4; trial++) {
						uint64_t ds = 1234 + (uint64_t)trial;
						rng_state = ds;
						sc_sh_sketcher_reset(s, "fr");
						/* chunks of 1..max bytes: trial 0 byte by byte,
						 * others random */
						size_t maxc = trial == 0   ? 1
						              : trial == 1 ? 7
						              : trial == 2 ? 300
						                           : 5000;
						for (size_t i = 0; i < tl;) {
							size_t c = 1 + rnd() % maxc;
							if (c > tl - i) c = tl - i;
							sc_sh_sketcher_feed(s, tx + i, c);
							i += c;
						}
						int rc = sc_sh_sketcher_final(s, got);
						CHECK(rc == 0 && !memcmp(want, got, sizeof want),
						      "chunked = whole: %s view %d k %d text %d "
						      "chunks <= %zu (data seed "
						      "%llu)",
						      scheme_name(scheme), view, k, x, maxc,
						      (unsigned long long)ds);
					}
				}
				sc_sh_sketcher_free(s);
				sc_sh_minhash_free(m);
			}
	sc_u64v_free(&set);
	sc_sh_tokenizer_free(t);
	free(text);
}

/* Pieces of text where a cut is risky: multi-byte characters (2, 3 and 4 bytes), elisions with
 * and without a space after them, decimal numbers, apostrophes and hyphens inside words,
 * typographic apostrophes and quotes, a combining mark, a soft hyphen (a format character that
 * does not cut a word), CRLF, and tokens separated by punctuation only. */
static const char *const risky[] = {
    "l'\xc3\x89tat ",
    "qu'il ",
    "n' a ",
    "aujourd'hui ",
    "3,5 ",
    "2.718 ",
    "cessez-le-feu ",
    "jusqu'\xc3\xa0 ",
    "c\xc5\x93ur ",
    "na\xc3\xafve ",
    "e\xcc\x81t\xc3\xa9 ",
    "co\xc2\xad"
    "op\xc3\xa9ration ",
    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e ",
    "\xf0\x9f\x98\x80 ",
    "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 ",
    "l\xe2\x80\x99homme ",
    "\xc2\xab"
    "citation\xc2\xbb ",
    "a.b,c;d:e ",
    "x- ",
    "-y ",
    "1, ",
    "2 ",
    "\r\n",
    "mot' ",
    "Pr\xc3\xa9sident ",
    "la ",
    "de ",
    "\xef\xac\x81n ", /* fi ligature */
};

/* Appends random risky pieces to b (cap bytes) until it holds n bytes; with glue, the pieces'
 * white space is replaced by ';' so that the whole run has no white space at all. */
static size_t add_risky(char *b, size_t at, size_t n, size_t cap, int glue)
{
	const size_t np = sizeof risky / sizeof *risky;
	while (at < n) {
		const char *p = risky[rnd() % np];
		size_t l = strlen(p);
		if (at + l >= cap) break;
		for (size_t i = 0; i < l; i++) {
			char c = p[i];
			b[at++] = glue && (c == ' ' || c == '\r' || c == '\n') ? ';' : c;
		}
	}
	return at;
}

/* The sketcher against the set path on texts and cuts chosen to hit its boundaries: chunks of
 * at least 4 KiB are tokenised in place (only the unfinished word is carried), smaller ones
 * gather in the carry, and large ones are tokenised in slices of about 64 KiB cut after white
 * space (a longer run without white space is cut after its end). */
static int sketch_chunks(sc_sketcher_t *s, const char *tx, size_t tl, const size_t *cuts,
                         size_t ncuts, uint32_t *got)
{
	size_t at = 0;
	sc_sh_sketcher_reset(s, "fr");
	for (size_t i = 0; i <= ncuts; i++) {
		size_t e = i < ncuts ? cuts[i] : tl;
		if (sc_sh_sketcher_feed(s, tx + at, e - at)) return -1;
		at = e;
	}
	return sc_sh_sketcher_final(s, got);
}

static void test_sketcher_cuts(void)
{
	enum { CAP = 1 << 18, K = 64 };
	char *dense = malloc(CAP), *big = malloc(CAP), *few = malloc(CAP);
	size_t *cuts = malloc(CAP * sizeof *cuts);
	CHECK(dense && big && few && cuts, "test buffers");
	if (!dense || !big || !few || !cuts) goto done;
	rng_state = 77;
	/* a 12 KB text dense in risky places */
	size_t ndense = add_risky(dense, 0, 12000, CAP, 0);
	/* 200 KB: risky text around a 100 KB run with no white space, ending inside a word */
	size_t nbig = add_risky(big, 0, 60000, CAP, 0);
	nbig = add_risky(big, nbig, 160000, CAP, 1);
	nbig = add_risky(big, nbig, 200000, CAP, 0);
	nbig = add_risky(big, nbig, nbig + 8, CAP, 1);
	/* three words far apart: fewer than k units, seen in three different pieces */
	size_t nfew = 0;
	memcpy(few, "un", 2), nfew += 2;
	memset(few + nfew, ' ', 5000), nfew += 5000;
	memcpy(few + nfew, "deux", 4), nfew += 4;
	memset(few + nfew, '\n', 70000), nfew += 70000;
	memcpy(few + nfew, "trois", 5), nfew += 5;

	sc_norm_opts_t no = {0};
	sc_tokenizer_t *t = sc_sh_tokenizer_create(&no);
	sc_mh_params_t p = {K, 11, SC_MH_KPERM};
	sc_minhash_t *m = sc_sh_minhash_create(&p);
	sc_u64v_t set = {0};
	CHECK(t && m, "tokenizer and minhash");
	for (int view = 0; t && m && view < 2; view++)
		for (int k = view ? 1 : 3; k <= (view ? 2 : 5); k += view ? 1 : 2) {
			sc_shingle_opts_t o;
			sc_sh_shingle_opts_init(&o, (sc_view_t)view);
			o.k = k;
			sc_sketcher_t *s = sc_sh_sketcher_create(m, &o);
			uint32_t want[K], got[K];
			CHECK(s != NULL, "sketcher created");
			if (!s) continue;
			/* dense: every two-chunk cut from 3.8 KB to 4.6 KB (the first chunk
			 * carried, then completed by a large one; or tokenised in place, its tail
			 * carried) */
			sc_sh_shingle_set(t, &o, dense, ndense, "fr", NULL, 0, &set);
			sc_sh_minhash_sketch(m, set.a, set.n, want);
			size_t bad = 0, first = 0;
			for (size_t c = 3800; c < 4600; c++) {
				cuts[0] = c;
				if (sketch_chunks(s, dense, ndense, cuts, 1, got) ||
				    memcmp(want, got, sizeof want))
					bad++, first = first ? first : c;
			}
			CHECK(!bad,
			      "view %d k %d: dense text cut in two at 3800..4599: %zu wrong "
			      "(first at %zu)",
			      view, k, bad, first);
			/* three chunks: a small one, a large one cut inside the text, the rest */
			bad = 0;
			for (size_t c = 1; c < 200; c++) {
				cuts[0] = c, cuts[1] = c + 4096 + c * 13;
				if (sketch_chunks(s, dense, ndense, cuts, 2, got) ||
				    memcmp(want, got, sizeof want))
					bad++, first = first ? first : c;
			}
			CHECK(!bad, "view %d k %d: dense text cut in three: %zu wrong", view, k,
			      bad);
			/* big: whole, byte by byte, and random chunks up to 100 KB */
			sc_sh_shingle_set(t, &o, big, nbig, "fr", NULL, 0, &set);
			sc_sh_minhash_sketch(m, set.a, set.n, want);
			CHECK(set.n > (view ? 10u : 1000u), "big text has shingles (%zu)", set.n);
			for (int trial = 0; trial < 6; trial++) {
				size_t nc = 0, maxc = trial == 0   ? 0
				                      : trial == 1 ? 1
				                                   : 100000 >> trial;
				uint64_t ds = 500 + (uint64_t)trial;
				rng_state = ds;
				for (size_t at = 0; maxc && at < nbig;) {
					at += 1 + (maxc > 1 ? rnd() % maxc : 0);
					if (at < nbig) cuts[nc++] = at;
				}
				int rc = sketch_chunks(s, big, nbig, cuts, nc, got);
				CHECK(rc == 0 && !memcmp(want, got, sizeof want),
				      "view %d k %d: 200 KB text with a 100 KB run without white "
				      "space, %zu chunks of <= %zu bytes (data seed %llu)",
				      view, k, nc + 1, maxc, (unsigned long long)ds);
			}
			/* few: fewer than k units, spread over pieces */
			sc_sh_shingle_set(t, &o, few, nfew, "fr", NULL, 0, &set);
			sc_sh_minhash_sketch(m, set.a, set.n, want);
			for (size_t step = 1000; step <= nfew; step *= 9) {
				size_t nc = 0;
				for (size_t at = step; at < nfew; at += step)
					cuts[nc++] = at;
				int rc = sketch_chunks(s, few, nfew, cuts, nc, got);
				CHECK(rc == 0 && !memcmp(want, got, sizeof want),
				      "view %d k %d: three words far apart, chunks of %zu", view, k,
				      step);
			}
			sc_sh_sketcher_free(s);
		}
	sc_u64v_free(&set);
	sc_sh_minhash_free(m);
	sc_sh_tokenizer_free(t);
done:
	free(dense), free(big), free(few), free(cuts);
}

int main(void)
{
	test_invariance();
	test_accuracy();
	test_bias();
	test_bias_tiny();
	test_sketcher();
	test_sketcher_cuts();
	return CHECK_DONE();
}
