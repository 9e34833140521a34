/* lsh.c: options of the clustering half of detect, the choice of LSH bands and rows, candidate
 * generation by banding, and the binomial interval of a MinHash estimate.
 *
 * Banding (Indyk & Motwani 1998; Leskovec, Rajaraman & Ullman, "Mining of Massive Datasets",
 * ch. 3.4): a signature of k MinHash values is cut into b bands of r rows; two documents are a
 * candidate pair when all r rows of at least one band agree. A pair of Jaccard s agrees on one
 * row with probability s, so it becomes a candidate with probability P(s) = 1 - (1 - s^r)^b,
 * an S-curve. For a threshold t, the area under P left of t is the false-positive mass and the
 * area above P right of t the false-negative mass. We divide each by the length of its
 * interval, so that each becomes the mean error rate of pairs uniformly spread on its side of
 * t: the weights then compare "a false positive" with "a false negative" whatever t is
 * (without this, at t = 0.5 equal weights would be equal costs but at t = 0.1 a false negative
 * would silently weigh nine times less). The integrals are computed with GSL's adaptive QAGS.
 *
 * Candidate generation: for each band in turn, the r rows of every document are hashed with
 * XXH3 (seeded by the band number, so equal rows in different bands never meet) into a 64-bit
 * key; the (key, document) records are radix-sorted and every run of equal keys yields the
 * pairs of its documents. Working memory is one band of records (16 bytes per document), the
 * members of buckets of two or more (at most 4 bytes per document and band), and the pairs
 * of one block of first documents at a time (see "candidates" below) beside the output.
 */
#include "det_internal.h"
#include "sc_prim.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_integration.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

/* ------------------------------------------------------------- options */
void sc_det_opts_init(sc_det_opts_t *o)
{
	memset(o, 0, sizeof *o);
	sc_sh_mh_params_init(&o->mh);
	o->dup_k = 5;
	o->dup_threshold = 0.5;
	o->event_threshold = SC_DET_EVENT_THRESHOLD;
	o->event_window_days = SC_DET_EVENT_WINDOW;
	o->fp_weight = SC_DET_FP_WEIGHT;
	o->fn_weight = SC_DET_FN_WEIGHT;
	o->event_tier = 1;
	o->dup_tier = 1;
	o->set_cache_bytes = SC_DET_SET_CACHE;
	o->max_links = SC_DET_MAX_LINKS;
	o->boilerplate = 1;
	o->compare = 1;
	o->min_conflict_score = 0.5;
	o->lead_floor = SC_DET_LEAD_FLOOR;
}

int sc_det_opts_check(const sc_det_opts_t *o, char *err, size_t errlen)
{
#define BAD(...)                                                                                   \
	do {                                                                                       \
		if (err && errlen) snprintf(err, errlen, __VA_ARGS__);                             \
		return SC_EPARAM;                                                                  \
	} while (0)
	if (o->mh.k < 1 || o->mh.k > 4096) BAD("-k must be in 1..4096 (got %d)", o->mh.k);
	if (o->mh.scheme != SC_MH_KPERM && o->mh.scheme != SC_MH_OPH)
		BAD("unknown MinHash scheme %d", (int)o->mh.scheme);
	if (o->dup_k < 1 || o->dup_k > 64) BAD("--shingle-k must be in 1..64 (got %d)", o->dup_k);
	if (!(o->dup_threshold > 0.0 && o->dup_threshold < 1.0))
		BAD("--dup-threshold must be strictly between 0 and 1 (got %g)", o->dup_threshold);
	if (!(o->event_threshold > 0.0 && o->event_threshold < 1.0))
		BAD("--event-threshold must be strictly between 0 and 1 (got %g)",
		    o->event_threshold);
	if (!(o->fp_weight >= 0.0 && o->fp_weight <= 1e6) ||
	    !(o->fn_weight >= 0.0 && o->fn_weight <= 1e6))
		BAD("--fp-weight and --fn-weight must be in 0..1e6 (got %g and %g)", o->fp_weight,
		    o->fn_weight);
	if (o->fp_weight + o->fn_weight <= 0.0) BAD("--fp-weight and --fn-weight cannot both be 0");
	if (!o->dup_tier && !o->event_tier) BAD("--tier: at least one tier must run");
	if (o->event_window_days < 0) BAD("--event-window must not be negative");
	if (!(o->min_conflict_score >= 0.0 && o->min_conflict_score <= 1.0))
		BAD("--min-score must be in 0..1 (got %g)", o->min_conflict_score);
	if (!(o->lead_floor >= 0.0 && o->lead_floor <= o->min_conflict_score))
		BAD("--lead-floor must be in 0..--min-score (got %g)", o->lead_floor);
	if (o->threads < 0 || o->threads > 1024) BAD("--threads must be in 0..1024");
	return SC_OK;
#undef BAD
}

/* ------------------------------------------------------------ the plan */
typedef struct curve_s {
	double b, r;
} curve_t;

/* 1 - P(s) = (1 - s^r)^b, computed through log1p so that large b stays accurate. */
static double miss(double s, const curve_t *c)
{
	double sr = pow(s, c->r);
	if (sr >= 1.0) return 0.0;
	return exp(c->b * log1p(-sr));
}
static double f_hit(double s, void *p)
{
	return 1.0 - miss(s, p);
}
static double f_miss(double s, void *p)
{
	return miss(s, p);
}

static int integrate(double (*fn)(double, void *), curve_t *c, double a, double b,
                     gsl_integration_workspace *w, double *out)
{
	gsl_function F = {.function = fn, .params = c};
	double abserr;
	if (b <= a) {
		*out = 0.0;
		return SC_OK;
	}
	int st = gsl_integration_qags(&F, a, b, 1e-12, 1e-9, w->limit, w, out, &abserr);
	/* A roundoff warning on a smooth polynomial still leaves a usable value; anything else
	 * (no convergence, bad integrand) is an error. */
	if (st && st != GSL_EROUND) return SC_EPARAM;
	return SC_OK;
}

int sc_det_lsh_areas(double t, int b, int r, double *fp, double *fn)
{
	if (!(t > 0.0 && t < 1.0) || b < 1 || r < 1) return SC_EPARAM;
	gsl_integration_workspace *w = gsl_integration_workspace_alloc(256);
	if (!w) return SC_ENOMEM;
	curve_t c = {b, r};
	double a1, a2;
	int rc = integrate(f_hit, &c, 0.0, t, w, &a1);
	if (!rc) rc = integrate(f_miss, &c, t, 1.0, w, &a2);
	gsl_integration_workspace_free(w);
	if (rc) return rc;
	*fp = a1 / t;
	*fn = a2 / (1.0 - t);
	return SC_OK;
}

int sc_det_lsh_plan(double t, int k, double fp_weight, double fn_weight, sc_lsh_plan_t *out)
{
	if (!(t > 0.0 && t < 1.0) || k < 1 || !(fp_weight >= 0.0) || !(fn_weight >= 0.0) ||
	    fp_weight + fn_weight <= 0.0)
		return SC_EPARAM;
	gsl_integration_workspace *w = gsl_integration_workspace_alloc(256);
	if (!w) return SC_ENOMEM;
	int rc = SC_OK;
	/* Pass 0: plans using every row (r divides k). Pass 1: for each other r, the largest b
	 * that fits (fewer bands would leave more rows unused and only lower recall further). */
	sc_lsh_plan_t best[2];
	double cost[2] = {HUGE_VAL, HUGE_VAL};
	for (int r = 1; r <= k; r++) {
		int b = k / r, pass = (k % r) ? 1 : 0;
		curve_t c = {b, r};
		double a1, a2;
		if ((rc = integrate(f_hit, &c, 0.0, t, w, &a1)) ||
		    (rc = integrate(f_miss, &c, t, 1.0, w, &a2)))
			goto done;
		a1 /= t;
		a2 /= 1.0 - t;
		double cst = fp_weight * a1 + fn_weight * a2;
		/* Strict comparison: ties keep the smaller r, i.e. the higher recall. */
		if (cst < cost[pass]) {
			cost[pass] = cst;
			best[pass] = (sc_lsh_plan_t){.b = b, .r = r, .fp_area = a1, .fn_area = a2};
		}
	}
	*out = best[0];
	if (cost[1] < SC_DET_PLAN_PARTIAL_GAIN * cost[0]) *out = best[1];
	out->cost = fp_weight * out->fp_area + fn_weight * out->fn_area;
	out->threshold = t;
	out->fp_weight = fp_weight;
	out->fn_weight = fn_weight;
done:
	gsl_integration_workspace_free(w);
	return rc;
}

double sc_det_lsh_prob(const sc_lsh_plan_t *p, double s)
{
	curve_t c = {p->b, p->r};
	return 1.0 - miss(s, &c);
}

/* -------------------------------------------------- binomial interval */
void sc_det_binom_ci(unsigned x, unsigned n, double *lo, double *hi)
{
	/* Clopper-Pearson: the exact interval from the beta quantiles; the ends are 0 and 1
	 * where the beta distribution degenerates. */
	if (n == 0) {
		*lo = 0.0, *hi = 1.0;
		return;
	}
	if (x > n) x = n;
	*lo = x == 0 ? 0.0 : gsl_cdf_beta_Pinv(0.025, x, (double)(n - x) + 1.0);
	*hi = x == n ? 1.0 : gsl_cdf_beta_Pinv(0.975, (double)x + 1.0, n - x);
	if (!isfinite(*lo)) *lo = 0.0;
	if (!isfinite(*hi)) *hi = 1.0;
}

/* ---------------------------------------------------------- radix sort */
typedef sc_det_rec_t rec_t;

/* LSD radix sort by key, 8 bits per pass, stable; passes whose digit is constant are skipped.
 * tmp has room for n records. */
static void radix_recs(rec_t *a, rec_t *tmp, size_t n)
{
	if (n < 2) return;
	for (int sh = 0; sh < 64; sh += 8) {
		size_t cnt[256] = {0};
		for (size_t i = 0; i < n; i++)
			cnt[(a[i].key >> sh) & 255]++;
		if (n && cnt[(a[0].key >> sh) & 255] == n) continue;
		size_t sum = 0;
		for (int d = 0; d < 256; d++) {
			size_t c = cnt[d];
			cnt[d] = sum;
			sum += c;
		}
		for (size_t i = 0; i < n; i++)
			tmp[cnt[(a[i].key >> sh) & 255]++] = a[i];
		memcpy(a, tmp, n * sizeof *a);
	}
}

/* Sorts and removes repeats; returns the new length. */
static size_t sort_unique(uint64_t *a, uint64_t *tmp, size_t n)
{
	return sc_u64_sort_unique(a, tmp, n);
}

/* ---------------------------------------------------------- candidates
 * In two phases, so that the pairs are never all gathered before they are deduplicated
 * (24M distinct candidates at 1M generated documents, emitted by 42 bands, took the pair
 * buffer and its sort scratch to several times that):
 *  1. Buckets: for each band, the documents' keys are radix-sorted and every run of two or more
 *     equal keys (a bucket) is kept as its members, ascending. A document alone in its
 *     bucket emits nothing and is not kept, so this holds at most 4 b bytes a document, and
 *     far less in practice. Each member's count of pairs it will emit as the first document
 *     is added up per document.
 *  2. Blocks: documents are taken in index order in blocks whose pairs fit in a bounded
 *     buffer (LSH_BLOCK pairs, or one document's own when more); every bucket has a cursor on
 *     its first member not yet done, so a block emits, for each of its documents, its pairs
 *     with later members of its buckets. A block's pairs all start with one of its documents:
 *     sorted and deduplicated, they follow the previous block's in the output, which is
 *     therefore sorted and unique as a whole.
 * The pairs, their order and every count (keys, collisions, capped buckets) are those of
 * emitting every band's pairs and sorting them once. */
/* Phase 1's buckets, one after the other in one array of 32-bit words: the count of members
 * not yet done, a flag word (B_CAPPED: more than the cap; B_FIRST: its first member is still
 * to come), then those members, ascending. Phase 2 drops each member once it has emitted its
 * pairs, and a bucket once one member is left, compacting the array as it goes. */
enum { B_CAPPED = 1, B_FIRST = 2 };

/* The pairs a member at position p of a bucket of m emits as their first document: every
 * later member; in a bucket over the cap, the first member with every other and each later
 * member with the next (enough to connect them; the clustering checks the rest itself). */
static size_t emits(size_t p, size_t m, size_t cap)
{
	if (m <= cap) return m - 1 - p;
	return p == 0 ? m - 1 : p + 1 < m;
}

/* Pairs emitted per block (phase 2): 16 MiB with their sort scratch. SC_DET_LSH_BLOCK=N from
 * the environment: tests run blocks of a few pairs, where a member dropped too early or a
 * block emitted twice would show. */
#define LSH_BLOCK ((size_t)1 << 20)

int sc_det_lsh_candidates(const uint32_t *sigs, size_t n, int k, const sc_lsh_plan_t *plan,
                          size_t bucket_cap, uint64_t **pairs, size_t *npairs, sc_lsh_stats_t *st)
{
	int rc = SC_OK;
	rec_t *rec = NULL, *tmp = NULL;
	uint32_t *bk = NULL; /* the buckets (see B_CAPPED) */
	size_t nbk = 0, mbk = 0;
	uint64_t *cnt = NULL; /* per document: the pairs it emits as first document */
	uint64_t *out = NULL, *blk = NULL, *btmp = NULL;
	size_t nout = 0, mout = 0, mblk = 0;
	*pairs = NULL;
	*npairs = 0;
	memset(st, 0, sizeof *st);
	if (plan->b < 1 || plan->r < 1 || plan->b * plan->r > k || n > UINT32_MAX) return SC_EPARAM;
	if (bucket_cap < 2) bucket_cap = 2;
	if (n < 2) return SC_OK;
	if (!(rec = malloc(n * sizeof *rec)) || !(tmp = malloc(n * sizeof *tmp)) ||
	    !(cnt = calloc(n, sizeof *cnt))) {
		rc = SC_ENOMEM;
		goto done;
	}
	/* 1. buckets */
	const size_t rowbytes = (size_t)plan->r * sizeof(uint32_t);
	for (int band = 0; band < plan->b; band++) {
		for (size_t i = 0; i < n; i++) {
			const uint32_t *row = sigs + i * (size_t)k + (size_t)band * (size_t)plan->r;
			rec[i].key = XXH3_64bits_withSeed(row, rowbytes, (XXH64_hash_t)band);
			rec[i].val = i;
		}
		st->keys += n;
		radix_recs(rec, tmp, n);
		/* Runs of equal keys; the sort is stable so documents are ascending in a run. */
		for (size_t i = 0, j; i < n; i = j) {
			for (j = i + 1; j < n && rec[j].key == rec[i].key; j++)
				;
			const size_t m = j - i;
			if (m < 2) continue;
			if (SC_GROW(bk, mbk, nbk + 2 + m)) {
				rc = SC_ENOMEM;
				goto done;
			}
			bk[nbk++] = (uint32_t)m;
			bk[nbk++] = B_FIRST | (m > bucket_cap ? B_CAPPED : 0);
			for (size_t x = i; x < j; x++) {
				bk[nbk++] = (uint32_t)rec[x].val;
				cnt[rec[x].val] += emits(x - i, m, bucket_cap);
			}
			if (m <= bucket_cap) {
				st->collisions += (uint64_t)m * (m - 1) / 2;
			} else {
				/* A huge bucket is nearly always many copies of one text (or many
				 * empty texts). Counted, never silent. */
				st->buckets_capped++;
				st->pairs_capped += (uint64_t)m * (m - 1) / 2 - (2 * m - 3);
				st->collisions += 2 * m - 3;
			}
		}
	}
	free(rec);
	free(tmp);
	rec = tmp = NULL;
	/* 2. blocks of first documents [lo, hi) */
	const size_t block = sc_det_env_size("SC_DET_LSH_BLOCK", LSH_BLOCK);
	for (size_t lo = 0, hi; lo < n && nbk; lo = hi) {
		uint64_t want = 0;
		for (hi = lo; hi < n && (hi == lo || want + cnt[hi] <= block); hi++)
			want += cnt[hi];
		if (!want) continue;
		if (want > mblk) {
			free(blk);
			free(btmp);
			blk = btmp = NULL;
			mblk = (size_t)want;
			if (want > SIZE_MAX / sizeof *blk || !(blk = malloc(mblk * sizeof *blk)) ||
			    !(btmp = malloc(mblk * sizeof *btmp))) {
				rc = SC_ENOMEM;
				goto done;
			}
		}
		size_t nb = 0, w = 0;
		for (size_t r = 0; r < nbk;) {
			uint32_t m = bk[r], fl = bk[r + 1];
			const uint32_t *mem = bk + r + 2;
			const size_t next = r + 2 + m;
			size_t p = 0;
			for (; p + 1 < m && mem[p] < hi; p++) {
				const uint64_t x = (uint64_t)mem[p] << 32;
				if (!(fl & B_CAPPED) || (fl & B_FIRST))
					for (size_t q = p + 1; q < m; q++)
						blk[nb++] = x | mem[q];
				else
					blk[nb++] = x | mem[p + 1];
				fl &= ~(uint32_t)B_FIRST;
			}
			if (m - p >= 2) { /* still pairs to come: kept, without its done members */
				bk[w] = m - (uint32_t)p;
				bk[w + 1] = fl;
				memmove(bk + w + 2, mem + p, (m - p) * sizeof *bk);
				w += 2 + (m - p);
			}
			r = next;
		}
		nbk = w;
		if (nbk < mbk / 2) { /* the done buckets' pages go back as the output grows */
			uint32_t *g = realloc(bk, (nbk ? nbk : 1) * sizeof *bk);
			if (g) bk = g, mbk = nbk ? nbk : 1;
		}
		nb = sort_unique(blk, btmp, nb);
		if (SC_GROW(out, mout, nout + nb)) {
			rc = SC_ENOMEM;
			goto done;
		}
		memcpy(out + nout, blk, nb * sizeof *out);
		nout += nb;
	}
	st->candidates = nout;
	if (nout && nout < mout) { /* exact size: the candidates are kept through verification */
		uint64_t *g = realloc(out, nout * sizeof *out);
		if (g) out = g;
	}
	*pairs = out;
	*npairs = nout;
	out = NULL;
done:
	free(out);
	free(blk);
	free(btmp);
	free(cnt);
	free(bk);
	free(rec);
	free(tmp);
	return rc;
}
