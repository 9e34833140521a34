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
 * pairs of its documents. Working memory is one band of records (16 bytes per document) plus
 * the pair list, which is deduplicated (radix sort + unique) whenever it doubles.
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

/* ---------------------------------------------------------- candidates */
typedef struct pairbuf_s {
	uint64_t *a, *tmp;
	size_t n, m, last_unique;
	uint64_t pushed;
	size_t max; /* distinct pairs allowed, 0: no limit */
} pairbuf_t;

static int pb_push(pairbuf_t *p, uint32_t x, uint32_t y)
{
	if (p->n == p->m) {
		/* Deduplicate before growing: a close pair collides in many bands. */
		if (p->n && (p->n > 2 * p->last_unique || p->max)) {
			p->n = p->last_unique = sort_unique(p->a, p->tmp, p->n);
			if (p->max && p->n > p->max) return SC_DET_ETOOMANY;
		}
		/* a and its sort scratch tmp grow together */
		if (SC_GROW2(p->a, p->tmp, p->m, p->n + 1)) return SC_ENOMEM;
	}
	uint32_t lo = x < y ? x : y, hi = x < y ? y : x;
	p->pushed++;
	p->a[p->n++] = (uint64_t)lo << 32 | hi;
	return SC_OK;
}

int sc_det_lsh_candidates(const uint32_t *sigs, size_t n, int k, const sc_lsh_plan_t *plan,
                          size_t bucket_cap, uint64_t **pairs, size_t *npairs, sc_lsh_stats_t *st)
{
	return sc_det_lsh_candidates_max(sigs, n, k, plan, bucket_cap, 0, pairs, npairs, st);
}

int sc_det_lsh_candidates_max(const uint32_t *sigs, size_t n, int k, const sc_lsh_plan_t *plan,
                              size_t bucket_cap, size_t max_pairs, uint64_t **pairs, size_t *npairs,
                              sc_lsh_stats_t *st)
{
	int rc = SC_OK;
	rec_t *rec = NULL, *tmp = NULL;
	pairbuf_t pb = {.max = max_pairs};
	*pairs = NULL;
	*npairs = 0;
	memset(st, 0, sizeof *st);
	if (plan->b < 1 || plan->r < 1 || plan->b * plan->r > k || n > UINT32_MAX) return SC_EPARAM;
	if (bucket_cap < 2) bucket_cap = 2;
	if (n < 2) return SC_OK;
	if (!(rec = malloc(n * sizeof *rec)) || !(tmp = malloc(n * sizeof *tmp))) {
		rc = SC_ENOMEM;
		goto done;
	}
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
			size_t m = j - i;
			if (m < 2) continue;
			if (m <= bucket_cap) {
				for (size_t x = i; x < j; x++)
					for (size_t y = x + 1; y < j; y++)
						if ((rc = pb_push(&pb, (uint32_t)rec[x].val,
						                  (uint32_t)rec[y].val)))
							goto done;
			} else {
				/* A huge bucket is nearly always many copies of one text (or many
				 * empty texts): link each member to the first and to its
				 * predecessor, enough to connect them; the clustering checks the
				 * remaining pairs itself. Counted, never silent. */
				st->buckets_capped++;
				st->pairs_capped += (uint64_t)m * (m - 1) / 2 - (2 * m - 3);
				for (size_t x = i + 1; x < j; x++) {
					if ((rc = pb_push(&pb, (uint32_t)rec[i].val,
					                  (uint32_t)rec[x].val)))
						goto done;
					if (x > i + 1 &&
					    (rc = pb_push(&pb, (uint32_t)rec[x - 1].val,
					                  (uint32_t)rec[x].val)))
						goto done;
				}
			}
		}
	}
	st->collisions = pb.pushed;
	if (pb.n) pb.n = sort_unique(pb.a, pb.tmp, pb.n);
	st->candidates = pb.n;
	if (max_pairs && pb.n > max_pairs) {
		rc = SC_DET_ETOOMANY;
		goto done;
	}
	*pairs = pb.a;
	*npairs = pb.n;
	pb.a = NULL;
done:
	if (rc == SC_DET_ETOOMANY) st->candidates = pb.n;
	free(pb.a);
	free(pb.tmp);
	free(rec);
	free(tmp);
	return rc;
}
