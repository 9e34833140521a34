/* LSH plan, candidate generation and binomial intervals of the detect stage.
 * The areas are checked against a midpoint Riemann sum, the candidates against brute-force
 * banding on seeded random signatures (the seed is printed on failure). */
#include "check.h"
#include "det_internal.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static double riemann(int b, int r, double lo, double hi, int hit)
{
	const int steps = 200000;
	double h = (hi - lo) / steps, sum = 0.0;
	for (int i = 0; i < steps; i++) {
		double s = lo + (i + 0.5) * h, p = 1.0 - pow(1.0 - pow(s, r), b);
		sum += hit ? p : 1.0 - p;
	}
	return sum * h;
}

static void test_areas(void)
{
	static const struct {
		double t;
		int b, r;
	} cases[] = {{0.5, 32, 4}, {0.5, 42, 3}, {0.1, 128, 1}, {0.8, 8, 16}, {0.3, 20, 5}};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		double fp, fn, t = cases[i].t;
		int rc = sc_det_lsh_areas(t, cases[i].b, cases[i].r, &fp, &fn);
		CHECK(rc == SC_OK, "areas rc %d", rc);
		double rfp = riemann(cases[i].b, cases[i].r, 0, t, 1) / t;
		double rfn = riemann(cases[i].b, cases[i].r, t, 1, 0) / (1 - t);
		CHECK(fabs(fp - rfp) < 1e-7, "t=%g b=%d r=%d FP %.10f vs Riemann %.10f", t,
		      cases[i].b, cases[i].r, fp, rfp);
		CHECK(fabs(fn - rfn) < 1e-7, "t=%g b=%d r=%d FN %.10f vs Riemann %.10f", t,
		      cases[i].b, cases[i].r, fn, rfn);
	}
	/* Closed form for b = 1: FP/t = t^r/(r+1), FN/(1-t) = (1 - t - (1-t^(r+1))/(r+1))/(1-t). */
	double fp, fn, t = 0.6;
	sc_det_lsh_areas(t, 1, 3, &fp, &fn);
	CHECK(fabs(fp - pow(t, 3) / 4) < 1e-10, "closed-form FP %.12f", fp);
	CHECK(fabs(fn - (1 - t - (1 - pow(t, 4)) / 4) / (1 - t)) < 1e-10, "closed-form FN %.12f",
	      fn);
	CHECK(sc_det_lsh_areas(0.0, 1, 1, &fp, &fn) == SC_EPARAM, "t = 0 refused");
}

static void test_plan(void)
{
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	sc_lsh_plan_t p;
	int rc = sc_det_lsh_plan(o.dup_threshold, o.mh.k, o.fp_weight, o.fn_weight, &p);
	CHECK(rc == SC_OK, "plan rc %d", rc);
	CHECK(p.b * p.r <= o.mh.k, "b*r = %d fits k", p.b * p.r);
	/* Recall first: a pair right at the threshold is found with high probability, and the
	 * mean miss rate above it is within the recall target. */
	CHECK(sc_det_lsh_prob(&p, o.dup_threshold) >= 0.99, "P(t) = %.4f (b=%d r=%d)",
	      sc_det_lsh_prob(&p, o.dup_threshold), p.b, p.r);
	CHECK(p.fn_area <= 0.005, "mean miss above t %.5f", p.fn_area);
	CHECK(p.fp_weight == o.fp_weight && p.fn_weight == o.fn_weight && p.threshold == 0.5,
	      "weights recorded");
	/* The chosen plan is the minimum over every (b = k/r, r) with all rows used, unless a
	 * partial plan is clearly better: check against a brute-force scan. */
	double best = HUGE_VAL;
	for (int r = 1; r <= 128; r++) {
		if (128 % r) continue;
		double fp, fn;
		sc_det_lsh_areas(0.5, 128 / r, r, &fp, &fn);
		double c = o.fp_weight * fp + o.fn_weight * fn;
		if (c < best) best = c;
	}
	CHECK(p.cost <= best + 1e-12, "plan cost %.6f <= best full plan %.6f", p.cost, best);
	if (p.b * p.r < 128)
		CHECK(p.cost < SC_DET_PLAN_PARTIAL_GAIN * best,
		      "partial plan only when clearly better");
	/* Equal weights: the S-curve's steep part straddles t. */
	rc = sc_det_lsh_plan(0.5, 128, 1, 1, &p);
	CHECK(rc == SC_OK, "symmetric plan rc %d", rc);
	double mid = pow(1.0 / p.b, 1.0 / p.r);
	CHECK(fabs(mid - 0.5) < 0.15, "symmetric plan threshold (1/b)^(1/r) = %.3f", mid);
	/* Weighting false negatives more never lowers P(t). */
	sc_lsh_plan_t q;
	sc_det_lsh_plan(0.5, 128, 1, 100, &q);
	CHECK(sc_det_lsh_prob(&q, 0.5) >= sc_det_lsh_prob(&p, 0.5), "recall grows with fn_weight");
	sc_det_lsh_plan(0.5, 128, 100, 1, &q);
	CHECK(sc_det_lsh_prob(&q, 0.3) <= sc_det_lsh_prob(&p, 0.3),
	      "precision grows with fp_weight");
	CHECK(sc_det_lsh_plan(1.0, 128, 1, 1, &q) == SC_EPARAM, "t = 1 refused");
	CHECK(sc_det_lsh_plan(0.5, 128, 0, 0, &q) == SC_EPARAM, "zero weights refused");
	/* k = 1 has one plan. */
	CHECK(sc_det_lsh_plan(0.5, 1, 1, 1, &q) == SC_OK && q.b == 1 && q.r == 1, "k = 1");
}

static void test_opts(void)
{
	sc_det_opts_t o;
	char err[256];
	sc_det_opts_init(&o);
	CHECK(sc_det_opts_check(&o, err, sizeof err) == SC_OK, "defaults pass");
	o.dup_threshold = 1.0;
	CHECK(sc_det_opts_check(&o, err, sizeof err) == SC_EPARAM && strstr(err, "--dup-threshold"),
	      "message names the option: %s", err);
	sc_det_opts_init(&o);
	o.event_threshold = NAN;
	CHECK(sc_det_opts_check(&o, err, sizeof err) == SC_EPARAM, "NaN threshold refused");
	sc_det_opts_init(&o);
	o.fp_weight = -1;
	CHECK(sc_det_opts_check(&o, err, sizeof err) == SC_EPARAM, "negative weight refused");
}

static void test_ci(void)
{
	double lo, hi;
	/* Reference values of the exact (Clopper-Pearson) interval. */
	sc_det_binom_ci(5, 10, &lo, &hi);
	CHECK(fabs(lo - 0.187086) < 1e-5 && fabs(hi - 0.812914) < 1e-5, "5/10: [%f, %f]", lo, hi);
	sc_det_binom_ci(0, 10, &lo, &hi);
	CHECK(lo == 0.0 && fabs(hi - (1 - pow(0.025, 0.1))) < 1e-9, "0/10: [%f, %f]", lo, hi);
	sc_det_binom_ci(10, 10, &lo, &hi);
	CHECK(hi == 1.0 && fabs(lo - pow(0.025, 0.1)) < 1e-9, "10/10: [%f, %f]", lo, hi);
	sc_det_binom_ci(64, 128, &lo, &hi);
	CHECK(lo < 0.5 && hi > 0.5 && fabs((lo + hi) - 1.0) < 1e-9, "64/128 symmetric [%f, %f]", lo,
	      hi);
}

/* Brute-force banding: is (i, j) a candidate? */
static int banded(const uint32_t *s, int k, int b, int r, size_t i, size_t j)
{
	for (int band = 0; band < b; band++)
		if (!memcmp(s + i * k + band * r, s + j * k + band * r, r * sizeof *s)) return 1;
	return 0;
}

static void test_candidates(unsigned long seed)
{
	const int k = 128;
	const size_t n = 600;
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	gsl_rng_set(rng, seed);
	uint32_t *s = malloc(n * k * sizeof *s);
	/* Groups of related signatures: each row copied from the group's base with probability
	 * q (so the pair agreement is about q^2 or q), others random. Small alphabet rows make
	 * chance collisions frequent, to exercise buckets. */
	for (size_t i = 0; i < n; i++) {
		size_t base = i - i % 6;
		double q = 0.3 + 0.1 * (double)(i % 6);
		for (int x = 0; x < k; x++) {
			if (i != base && gsl_rng_uniform(rng) < q)
				s[i * k + x] = s[base * k + x];
			else
				s[i * k + x] = (uint32_t)gsl_rng_uniform_int(rng, 4);
		}
	}
	sc_lsh_plan_t plan = {.b = 32, .r = 4};
	uint64_t *pairs;
	size_t np;
	sc_lsh_stats_t st;
	int rc = sc_det_lsh_candidates(s, n, k, &plan, 1u << 20, &pairs, &np, &st);
	CHECK(rc == SC_OK, "candidates rc %d (seed %lu)", rc, seed);
	size_t want = 0, missing = 0, extra = 0, p = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			int w = banded(s, k, plan.b, plan.r, i, j);
			uint64_t key = (uint64_t)i << 32 | j;
			while (p < np && pairs[p] < key)
				p++, extra++;
			int got = p < np && pairs[p] == key;
			if (got) p++;
			want += w;
			if (w && !got) missing++;
			if (!w && got) extra++;
		}
	extra += np - p;
	CHECK(missing == 0 && extra == 0,
	      "banding equals brute force: %zu missing, %zu extra of %zu "
	      "(seed %lu)",
	      missing, extra, want, seed);
	CHECK(st.candidates == np && st.keys == n * 32, "stats: %llu candidates, %llu keys",
	      (unsigned long long)st.candidates, (unsigned long long)st.keys);
	for (size_t i = 1; i < np; i++)
		if (pairs[i] <= pairs[i - 1]) {
			CHECK(0, "pairs sorted and unique at %zu", i);
			break;
		}
	free(pairs);

	/* A huge bucket: 700 identical signatures. The cap is counted and the chain connects. */
	const size_t m = 700;
	uint32_t *t = calloc(m * k, sizeof *t);
	rc = sc_det_lsh_candidates(t, m, k, &plan, SC_DET_BUCKET_CAP, &pairs, &np, &st);
	CHECK(rc == SC_OK && st.buckets_capped == 32, "capped buckets %llu",
	      (unsigned long long)st.buckets_capped);
	CHECK(np == 2 * m - 3, "chain of %zu pairs, got %zu", 2 * m - 3, np);
	CHECK(st.pairs_capped == 32 * ((uint64_t)m * (m - 1) / 2 - (2 * m - 3)),
	      "capped pairs counted");
	free(pairs);
	free(t);
	free(s);
	gsl_rng_free(rng);
}

/* The pairs buckets emit, by brute force over each band: all pairs of a bucket of at most cap
 * documents, else the chain (the first member with every other, each member with the next);
 * want[i * n + j] (i < j) set, *pushed the pairs emitted before deduplication. */
static void bucket_pairs(const uint32_t *s, size_t n, int k, int b, int r, size_t cap,
                         unsigned char *want, uint64_t *pushed)
{
	size_t *mem = malloc(n * sizeof *mem);
	unsigned char *seen = malloc(n);
	*pushed = 0;
	for (int band = 0; band < b; band++) {
		memset(seen, 0, n);
		for (size_t i = 0; i < n; i++) {
			if (seen[i]) continue;
			size_t m = 0;
			for (size_t j = i; j < n; j++)
				if (!seen[j] && !memcmp(s + i * k + band * r, s + j * k + band * r,
				                        r * sizeof *s))
					seen[j] = 1, mem[m++] = j;
			for (size_t x = 0; x < m; x++)
				for (size_t y = x + 1; y < m; y++)
					if (m <= cap || x == 0 || y == x + 1) {
						want[mem[x] * n + mem[y]] = 1;
						++*pushed;
					}
		}
	}
	free(mem);
	free(seen);
}

/* Banding in blocks of first documents (lsh.c phase 2) against the buckets' pairs by brute
 * force, with a cap low enough that many buckets are capped, for blocks of every size from
 * one pair to all: the same pairs, sorted and unique, and the same counts. */
static void test_candidate_blocks(unsigned long seed)
{
	const int k = 24;
	const size_t n = 300, cap = 4;
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	gsl_rng_set(rng, seed);
	uint32_t *s = malloc(n * k * sizeof *s);
	for (size_t i = 0; i < n * k; i++)
		s[i] = (uint32_t)gsl_rng_uniform_int(rng, i % 3 ? 3 : 9);
	sc_lsh_plan_t plan = {.b = 12, .r = 2};
	unsigned char *want = calloc(n * n, 1);
	uint64_t pushed;
	bucket_pairs(s, n, k, plan.b, plan.r, cap, want, &pushed);
	size_t nwant = 0;
	for (size_t i = 0; i < n * n; i++)
		nwant += want[i];
	const char *blocks[] = {"1", "2", "7", "1000", NULL};
	for (int t = 0; t <= 4; t++) {
		if (blocks[t])
			setenv("SC_DET_LSH_BLOCK", blocks[t], 1);
		else
			unsetenv("SC_DET_LSH_BLOCK");
		uint64_t *pairs;
		size_t np, bad = 0;
		sc_lsh_stats_t st;
		int rc = sc_det_lsh_candidates(s, n, k, &plan, cap, &pairs, &np, &st);
		CHECK(rc == SC_OK, "blocks %s: rc %d", blocks[t] ? blocks[t] : "default", rc);
		for (size_t p = 0; p < np; p++) {
			const size_t i = pairs[p] >> 32, j = (uint32_t)pairs[p];
			bad += i >= j || j >= n || !want[i * n + j] || (p && pairs[p] <= pairs[p - 1]);
		}
		CHECK(np == nwant && !bad, "blocks %s: %zu pairs (want %zu), %zu wrong or unsorted",
		      blocks[t] ? blocks[t] : "default", np, nwant, bad);
		CHECK(st.collisions == pushed && st.candidates == np && st.keys == n * plan.b &&
		          st.buckets_capped > 0,
		      "blocks %s: collisions %llu (want %llu), capped %llu",
		      blocks[t] ? blocks[t] : "default", (unsigned long long)st.collisions,
		      (unsigned long long)pushed, (unsigned long long)st.buckets_capped);
		free(pairs);
	}
	unsetenv("SC_DET_LSH_BLOCK");
	free(want);
	free(s);
	gsl_rng_free(rng);
}

/* Verification: exact Jaccard by merge, against a direct count; estimate and interval. */
static void test_verify(unsigned long seed)
{
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	gsl_rng_set(rng, seed);
	enum { NS = 40, U = 300 };
	uint64_t buf[NS][U];
	sc_det_set_t sets[NS];
	uint32_t sigs[NS * 16];
	unsigned char in[NS][U];
	for (int i = 0; i < NS; i++) {
		size_t n = 0;
		double q = gsl_rng_uniform(rng);
		for (int x = 0; x < U; x++) {
			in[i][x] = gsl_rng_uniform(rng) < q;
			if (in[i][x])
				buf[i][n++] = (uint64_t)x * 0x9E3779B97F4A7C15ull >> 3 << 3 | 1;
		}
		/* sorted: the multiplier keeps order only by accident, so sort */
		for (size_t a = 1; a < n; a++)
			for (size_t b = a; b > 0 && buf[i][b - 1] > buf[i][b]; b--) {
				uint64_t t = buf[i][b];
				buf[i][b] = buf[i][b - 1];
				buf[i][b - 1] = t;
			}
		sets[i] = (sc_det_set_t){buf[i], n};
		for (int x = 0; x < 16; x++)
			sigs[i * 16 + x] = (uint32_t)(x < 8 ? 7 : i);
	}
	uint64_t cand[NS * NS];
	size_t nc = 0;
	for (uint64_t a = 0; a < NS; a++)
		for (uint64_t b = a + 1; b < NS; b++)
			cand[nc++] = a << 32 | b;
	sc_pair_t *v;
	size_t nv;
	CHECK(sc_det_verify(cand, nc, sets, sigs, 16, 0.3, &v, &nv) == SC_OK, "verify");
	size_t want = 0, bad = 0;
	for (int a = 0; a < NS; a++)
		for (int b = a + 1; b < NS; b++) {
			int i = 0, u = 0;
			for (int x = 0; x < U; x++)
				i += in[a][x] && in[b][x], u += in[a][x] || in[b][x];
			double j = u && sets[a].n && sets[b].n ? (double)i / u : 0.0;
			if (j >= 0.3) want++;
			for (size_t p = 0; p < nv; p++)
				if (v[p].a == (uint32_t)a && v[p].b == (uint32_t)b &&
				    fabs(v[p].jaccard - j) > 1e-12)
					bad++;
		}
	CHECK(nv == want && bad == 0, "kept %zu of %zu, %zu wrong (seed %lu)", nv, want, bad, seed);
	for (size_t p = 0; p < nv; p++)
		if (v[p].estimate != 0.5 || !(v[p].ci_lo < 0.5 && v[p].ci_hi > 0.5)) {
			CHECK(0, "estimate 8/16 with its interval");
			break;
		}
	free(v);
	CHECK(sc_det_jaccard(NULL, 0, NULL, 0) == 0.0, "two empty sets are not similar");
	gsl_rng_free(rng);
}

int main(void)
{
	gsl_set_error_handler_off();
	test_opts();
	test_areas();
	test_plan();
	test_ci();
	test_candidates(20261121);
	test_candidate_blocks(20261206);
	test_verify(7);
	return CHECK_DONE();
}
