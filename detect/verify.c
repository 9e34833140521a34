/* verify.c: every candidate pair is verified by the exact Jaccard of its shingle sets.
 *
 * The sets are sorted, deduplicated 64-bit XXH3 hashes of the shingles (shingle.h), so the
 * Jaccard is a linear merge. It is exact up to hash collisions: two different shingles share a
 * 64-bit hash with probability 2^-64 per pair of shingles, i.e. about n^2/2^65 for a pair of
 * documents of n shingles (1e-14 for n = 400): the only inexactness, and negligible.
 * Beside it, the MinHash estimate (the fraction of equal signature positions) and its exact
 * 95% binomial interval (Clopper-Pearson, GSL beta quantiles) show how far the sketch alone
 * could be trusted; no pair is reported on the estimate alone.
 */
#include "sc_prim.h"
#include "det_internal.h"

#include <stdlib.h>

double sc_det_jaccard(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	/* Two empty sets have nothing in common to compare: never similar (shingle.h's
	 * sc_sh_jaccard says 1.0; a document with no shingle left after boilerplate must not
	 * cluster with every other such document). */
	if (na == 0 || nb == 0) return 0.0;
	return sc_sh_jaccard(a, na, b, nb);
}

void sc_det_estimate(const uint32_t *sa, const uint32_t *sb, int k, sc_pair_t *p)
{
	unsigned eq = 0;
	for (int i = 0; i < k; i++)
		eq += sa[i] == sb[i];
	p->estimate = k ? (double)eq / k : 0.0;
	sc_det_binom_ci(eq, (unsigned)k, &p->ci_lo, &p->ci_hi);
}

int sc_det_verify(const uint64_t *cand, size_t ncand, const sc_det_set_t *sets,
                  const uint32_t *sigs, int k, double t, sc_pair_t **out, size_t *nout)
{
	size_t m = 0, cap = 0;
	sc_pair_t *v = NULL;
	*out = NULL;
	*nout = 0;
	for (size_t i = 0; i < ncand; i++) {
		uint32_t a = (uint32_t)(cand[i] >> 32), b = (uint32_t)cand[i];
		double j = sc_det_jaccard(sets[a].a, sets[a].n, sets[b].a, sets[b].n);
		if (j < t) continue;
		if (SC_GROW(v, cap, m + 1)) {
			free(v);
			return SC_ENOMEM;
		}
		sc_pair_t *p = &v[m++];
		p->a = a;
		p->b = b;
		p->jaccard = j;
		sc_det_estimate(sigs + (size_t)a * k, sigs + (size_t)b * k, k, p);
	}
	*out = v;
	*nout = m;
	return SC_OK;
}
