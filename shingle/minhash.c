/* minhash.c: MinHash signatures (k permutations, or one permutation with optimal
 * densification). The streaming sketcher, which feeds text to them, is in sh_sketcher.c.
 *
 * The problem. Two documents are near-duplicates when their shingle sets A and B have a high
 * Jaccard similarity J = |A n B| / |A u B|. Comparing sets is too slow and too big at corpus
 * scale, so each set is summarised by a short signature whose positions agree with probability
 * exactly J (Broder, "On the resemblance and containment of documents", 1997; Broder, Charikar,
 * Frieze, Mitzenmacher, "Min-wise independent permutations", STOC 1998).
 *
 * K permutations (SC_MH_KPERM). For i = 0..k-1, apply a pseudo-random permutation h_i of the
 * 64-bit hash space and keep min over x in A of h_i(x). The element reaching the minimum over
 * A u B is uniformly distributed over A u B (the shingle hashes are XXH3 outputs, i.e. random
 * points, and h_i is a bijection), so P[min_A = min_B] = J for each i, and the fraction of equal
 * positions is an unbiased estimate of J with variance J(1-J)/k when the h_i are independent.
 * Here h_i(x) = (x ^ a_i) * m_i mod 2^64, with a random key a_i and a random odd multiplier
 * m_i: a bijection (xor, then an odd multiply), whose high bits depend on every bit of x. One
 * multiply per lane is enough because x is already a uniform XXH3 output: for any fixed
 * bijection the minimum of A u B falls on a uniformly random element, so each position is
 * unbiased; what the family must avoid is positions that agree with each other, and random
 * (a_i, m_i) pairs give orders that are decorrelated in practice (the test bounds the observed
 * variance by 1.5x the independent-permutation variance J(1-J)/k). A full finaliser such as
 * murmur3's fmix64 costs three times more per lane for no measurable gain here.
 * The keys are drawn from GSL's Mersenne Twister (gsl_rng_mt19937) seeded with the low 32 bits
 * of the seed (all mt19937 uses), two draws per 64-bit value, xored with fmix64 of the high 32
 * bits so that every seed bit counts. Cost: k multiplies per shingle. The inner loop runs over
 * the k lanes with no branch (min is a select) and four shingles per pass, so compilers
 * vectorise it; on x86-64 with GCC it is compiled for x86-64-v4 (AVX-512: 8 lanes, native
 * 64-bit multiply), v3 (AVX2) and baseline, and the best version is picked at load time
 * (target_clones).
 *
 * One permutation (SC_MH_OPH). Li, Owen, Zhang, "One permutation hashing", NIPS 2012: hash
 * each element once, v = fmix64(x ^ a_0); the high 32 bits choose one of k bins (Lemire's
 * multiply-shift range reduction), the low 32 bits are its value, and each bin keeps its
 * minimum. Cost: one mix per shingle, k times cheaper. Bins left empty (small sets) are filled
 * by optimal densification, Shrivastava, "Optimal densification for fast and accurate minwise
 * hashing", ICML 2017: an empty bin i takes the value of bin j = u(i, t) for t = 1, 2, ...
 * until bin j is not empty, where u is a hash of (i, t) fixed by the seed (not by the data), so
 * two sets borrow along the same sequence. Theorem 1 of that paper: P[sig_i(A) = sig_i(B)] = J
 * for every bin, so the estimator stays unbiased, and its variance is close to that of k
 * independent permutations.
 *
 * Values are kept as 64-bit slots so that streaming and one-shot sketches agree exactly and
 * the empty state is UINT64_MAX. KPERM slots hold the full mixed value; OPH slots hold the bin
 * value in the high 32 bits (low bits zero, so never UINT64_MAX). The signature is the high 32
 * bits of each slot (b-bit MinHash, Li and König 2010, with b = 32: a false match needs two
 * different 32-bit values to be equal, probability 2^-32 per position). */
#include "sc_prim.h"
#include "sh_internal.h"

#include <gsl/gsl_rng.h>
#include <stdlib.h>
#include <string.h>

struct sc_minhash_s {
	int k;
	sc_mh_scheme_t scheme;
	uint64_t seed;
	uint64_t dens; /* OPH densification key */
	uint64_t *key; /* k keys a_i (KPERM; OPH uses key[0]), 64-byte aligned */
	uint64_t *mul; /* k odd multipliers m_i (KPERM) */
};

static inline uint64_t fmix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x;
}

void sc_sh_mh_params_init(sc_mh_params_t *p)
{
	p->k = 128;
	p->seed = 42;
	p->scheme = SC_MH_KPERM;
}

const char *sc_sh_mh_scheme_name(int scheme)
{
	return scheme == SC_MH_OPH ? "oph" : "kperm";
}

sc_minhash_t *sc_sh_minhash_create(const sc_mh_params_t *p)
{
	if (!p || p->k < 1 || p->k > 65536 || (p->scheme != SC_MH_KPERM && p->scheme != SC_MH_OPH))
		return NULL;
	sc_minhash_t *m = calloc(1, sizeof *m);
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
	size_t nk = (size_t)p->k, bytes = (nk * sizeof(uint64_t) + 63) / 64 * 64;
	if (!m || !r || !(m->key = aligned_alloc(64, bytes)) ||
	    !(m->mul = aligned_alloc(64, bytes))) {
		gsl_rng_free(r);
		sc_sh_minhash_free(m);
		return NULL;
	}
	m->k = p->k;
	m->scheme = p->scheme;
	m->seed = p->seed;
	gsl_rng_set(r, (unsigned long)(p->seed & 0xffffffffu));
	uint64_t hi = fmix64((p->seed >> 32) + 0x9e3779b97f4a7c15ULL);
	/* mt19937 gives 32 random bits per draw */
	for (size_t i = 0; i < nk; i++) {
		uint64_t a = (uint64_t)gsl_rng_get(r) << 32;
		m->key[i] = (a | (uint64_t)gsl_rng_get(r)) ^ hi;
	}
	for (size_t i = 0; i < nk; i++) {
		uint64_t a = (uint64_t)gsl_rng_get(r) << 32;
		m->mul[i] = (a | (uint64_t)gsl_rng_get(r)) | 1; /* odd: a bijection mod 2^64 */
	}
	m->dens = ((uint64_t)gsl_rng_get(r) << 32 | (uint64_t)gsl_rng_get(r)) ^ hi;
	gsl_rng_free(r);
	return m;
}

void sc_sh_minhash_free(sc_minhash_t *m)
{
	if (!m) return;
	SC_FREE_ALL(m->key, m->mul, m);
}

void sc_sh_minhash_init(const sc_minhash_t *m, uint64_t *state)
{
	for (int i = 0; i < m->k; i++)
		state[i] = UINT64_MAX;
}

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) &&                             \
    !defined(__SANITIZE_ADDRESS__)
#define SC_CLONES __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#else
#define SC_CLONES
#endif

/* The k-lane loop: per shingle, k independent mix-and-min with no branch. */
SC_CLONES
static void kperm_update(const uint64_t *restrict key, const uint64_t *restrict mul, int k,
                         uint64_t *restrict st, const uint64_t *h, size_t n)
{
	size_t j = 0;
	/* four shingles per pass over the lanes: one load and store of the state per four */
	for (; j + 4 <= n; j += 4) {
		const uint64_t x0 = h[j], x1 = h[j + 1], x2 = h[j + 2], x3 = h[j + 3];
		for (int i = 0; i < k; i++) {
			const uint64_t a = key[i], m = mul[i];
			uint64_t v0 = (x0 ^ a) * m, v1 = (x1 ^ a) * m, v2 = (x2 ^ a) * m,
			         v3 = (x3 ^ a) * m;
			v0 = v1 < v0 ? v1 : v0;
			v2 = v3 < v2 ? v3 : v2;
			v0 = v2 < v0 ? v2 : v0;
			st[i] = v0 < st[i] ? v0 : st[i];
		}
	}
	for (; j < n; j++) {
		const uint64_t x = h[j];
		for (int i = 0; i < k; i++) {
			uint64_t v = (x ^ key[i]) * mul[i];
			st[i] = v < st[i] ? v : st[i];
		}
	}
}

static void oph_update(const sc_minhash_t *m, uint64_t *st, const uint64_t *h, size_t n)
{
	const uint64_t a = m->key[0];
	const uint64_t k = (uint64_t)m->k;
	for (size_t j = 0; j < n; j++) {
		uint64_t v = fmix64(h[j] ^ a);
		size_t bin = (size_t)(((v >> 32) * k) >> 32);
		uint64_t s = (v & 0xffffffffu) << 32;
		st[bin] = s < st[bin] ? s : st[bin];
	}
}

void sc_sh_minhash_update(const sc_minhash_t *m, uint64_t *state, const uint64_t *h, size_t n)
{
	if (m->scheme == SC_MH_OPH)
		oph_update(m, state, h, n);
	else
		kperm_update(m->key, m->mul, m->k, state, h, n);
}

void sc_sh_minhash_final(const sc_minhash_t *m, const uint64_t *state, uint32_t *sig)
{
	const int k = m->k;
	int empty = 0;
	for (int i = 0; i < k; i++) {
		sig[i] = (uint32_t)(state[i] >> 32);
		empty += state[i] == UINT64_MAX;
	}
	if (m->scheme != SC_MH_OPH || !empty || empty == k) return;
	/* optimal densification: bin i borrows from u(i, 1), u(i, 2), ... until non-empty */
	for (int i = 0; i < k; i++) {
		if (state[i] != UINT64_MAX) continue;
		for (uint64_t t = 1;; t++) {
			uint64_t u = fmix64(m->dens ^ ((uint64_t)i << 32 | t));
			size_t j = (size_t)(((u >> 32) * (uint64_t)k) >> 32);
			if (state[j] != UINT64_MAX) {
				sig[i] = (uint32_t)(state[j] >> 32);
				break;
			}
		}
	}
}

void sc_sh_minhash_sketch(const sc_minhash_t *m, const uint64_t *h, size_t n, uint32_t *sig)
{
	/* the state lives on the stack for usual k; larger k allocate once */
	uint64_t small[512], *st = m->k <= 512 ? small : malloc((size_t)m->k * sizeof *st);
	if (!st) {
		memset(sig, 0xff, (size_t)m->k * sizeof *sig); /* cannot happen in practice */
		return;
	}
	sc_sh_minhash_init(m, st);
	sc_sh_minhash_update(m, st, h, n);
	sc_sh_minhash_final(m, st, sig);
	if (st != small) free(st);
}

double sc_sh_minhash_estimate(const uint32_t *a, const uint32_t *b, int k)
{
	if (k <= 0) return 0.0;
	int eq = 0;
	for (int i = 0; i < k; i++)
		eq += a[i] == b[i];
	return (double)eq / (double)k;
}

int sc_sh_minhash_k(const sc_minhash_t *m)
{
	return m ? m->k : 0;
}
