/* cluster.c: connected components over verified edges, guarded against chaining.
 *
 * Plain connected components (single linkage) let one weak edge join two groups that have
 * nothing else in common: A1 A2 A3 about one event, C1 C2 C3 about another, and one pair
 * (A3, C1) just over the threshold; or a round-up article B that quotes both A and C. The rule
 * here guards each merge, in the spirit of average-linkage agglomerative clustering (UPGMA)
 * cut at the tier's threshold t, with a density condition counted on t itself:
 *
 *   Edges are taken in decreasing Jaccard order (ties by document indices), as in Kruskal's
 *   algorithm. An edge between two different components P and Q merges them only if
 *    (1) enough of the cross pairs (p in P, q in Q) are themselves linked (reach t by exact
 *        Jaccard): at least half in the duplicate tier, more than half in the event tier;
 *    (2) the mean exact Jaccard over the cross pairs is at least t (average linkage);
 *    (3) with a time window, the merged component's dated members span at most the window.
 *
 * Two singletons always merge on their edge. In the duplicate tier, a light edit C of an edit
 * B of A joins {A, B} when linked to B and close enough to A on average: copies of copies stay
 * together. In the event tier, where t is low and unrelated articles are not far below it, a
 * third article must be linked to both members of a pair, so a chain A ~ B ~ C never puts two
 * unrelated articles A and C in one event; and a single bridge between two established groups
 * is refused in both tiers. Cross pairs are judged by the caller's link function, which
 * computes the exact Jaccard, so pairs LSH missed still count. To bound the cost of a merge
 * between large components, at most SC_DET_LINK_SAMPLE members of each side are examined (the
 * first ones in each component's member ring, a deterministic choice). Refused merges are
 * counted, and with o->refused each edge's refusal is recorded, so that the caller can list
 * the verified edges whose documents end apart (detect.h "Links": nothing dropped silently).
 */
#include "det_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct uf_s {
	uint32_t *parent, *size, *next; /* next: circular list of a component's members */
	int32_t *dmin, *dmax;           /* date range of dated members, per root */
} uf_t;

static uint32_t uf_find(uf_t *u, uint32_t x)
{
	while (u->parent[x] != x) {
		u->parent[x] = u->parent[u->parent[x]];
		x = u->parent[x];
	}
	return x;
}

static int cmp_edge(const void *x, const void *y)
{
	const sc_pair_t *a = *(const sc_pair_t *const *)x, *b = *(const sc_pair_t *const *)y;
	if (a->jaccard != b->jaccard) return a->jaccard > b->jaccard ? -1 : 1;
	if (a->a != b->a) return a->a < b->a ? -1 : 1;
	if (a->b != b->b) return a->b < b->b ? -1 : 1;
	return 0;
}

/* Collects up to SC_DET_LINK_SAMPLE members of the component containing x. */
static size_t members(const uf_t *u, uint32_t x, uint32_t *out)
{
	size_t n = 0;
	uint32_t y = x;
	do {
		out[n++] = y;
		y = u->next[y];
	} while (y != x && n < SC_DET_LINK_SAMPLE);
	return n;
}

const char *sc_det_link_reason(int refused)
{
	return refused == SC_LINK_DENSITY   ? "density"
	       : refused == SC_LINK_WINDOW  ? "window"
	       : refused == SC_LINK_AVERAGE ? "average"
	       : refused == SC_LINK_YEAR    ? "year"
	                                    : "?";
}

int sc_det_components(size_t n, const sc_pair_t *edges, size_t nedges, const sc_det_clopts_t *o,
                      uint32_t *label, sc_det_clstats_t *st)
{
	int rc = SC_OK;
	uf_t u = {0};
	const sc_pair_t **ord = NULL;
	uint32_t *mp = NULL, *mq = NULL;
	memset(st, 0, sizeof *st);
	if (n > UINT32_MAX) return SC_EPARAM;
	if (!n) return SC_OK;
	u.parent = malloc(n * sizeof *u.parent);
	u.size = malloc(n * sizeof *u.size);
	u.next = malloc(n * sizeof *u.next);
	u.dmin = malloc(n * sizeof *u.dmin);
	u.dmax = malloc(n * sizeof *u.dmax);
	ord = malloc((nedges ? nedges : 1) * sizeof *ord);
	mp = malloc(SC_DET_LINK_SAMPLE * sizeof *mp);
	mq = malloc(SC_DET_LINK_SAMPLE * sizeof *mq);
	if (!u.parent || !u.size || !u.next || !u.dmin || !u.dmax || !ord || !mp || !mq) {
		rc = SC_ENOMEM;
		goto done;
	}
	const int window = o->day && o->window_days > 0;
	for (size_t i = 0; i < n; i++) {
		u.parent[i] = u.next[i] = (uint32_t)i;
		u.size[i] = 1;
		u.dmin[i] = u.dmax[i] = window ? o->day[i] : SC_DET_NODAY;
	}
	for (size_t i = 0; i < nedges; i++)
		ord[i] = &edges[i];
	qsort(ord, nedges, sizeof *ord, cmp_edge);
	if (o->refused && nedges) memset(o->refused, 0, nedges);

	for (size_t i = 0; i < nedges; i++) {
		const sc_pair_t *e = ord[i];
		if (e->a >= n || e->b >= n) {
			rc = SC_EPARAM;
			goto done;
		}
		uint32_t p = uf_find(&u, e->a), q = uf_find(&u, e->b);
		if (p == q) continue;
		if (window) {
			int32_t lo = u.dmin[p], hi = u.dmax[p];
			if (u.dmin[q] != SC_DET_NODAY) {
				if (lo == SC_DET_NODAY || u.dmin[q] < lo) lo = u.dmin[q];
				if (hi == SC_DET_NODAY || u.dmax[q] > hi) hi = u.dmax[q];
			}
			if (lo != SC_DET_NODAY && (int64_t)hi - lo > o->window_days) {
				st->refused_window++;
				if (o->refused) o->refused[e - edges] = SC_LINK_WINDOW;
				continue;
			}
		}
		if (u.size[p] > 1 || u.size[q] > 1) {
			size_t np = members(&u, p, mp), nq = members(&u, q, mq), linked = 0;
			double sum = 0.0;
			for (size_t x = 0; x < np; x++)
				for (size_t y = 0; y < nq; y++) {
					uint32_t a = mp[x] < mq[y] ? mp[x] : mq[y];
					uint32_t b = mp[x] < mq[y] ? mq[y] : mp[x];
					double j = 0.0;
					int l = o->link(o->ctx, a, b, &j);
					if (l < 0) {
						rc = l;
						goto done;
					}
					linked += l ? 1 : 0;
					sum += j;
					st->link_checks++;
				}
			const size_t cross = np * nq;
			const int dense = o->strict ? 2 * linked > cross : 2 * linked >= cross;
			if (!dense || sum < o->min_mean * (double)cross) {
				st->refused_density++;
				if (o->refused) o->refused[e - edges] = SC_LINK_DENSITY;
				continue;
			}
		}
		/* Union by size; splice the two member rings. */
		if (u.size[p] < u.size[q]) {
			uint32_t t = p;
			p = q;
			q = t;
		}
		u.parent[q] = p;
		u.size[p] += u.size[q];
		uint32_t t = u.next[p];
		u.next[p] = u.next[q];
		u.next[q] = t;
		if (u.dmin[q] != SC_DET_NODAY) {
			if (u.dmin[p] == SC_DET_NODAY || u.dmin[q] < u.dmin[p])
				u.dmin[p] = u.dmin[q];
			if (u.dmax[p] == SC_DET_NODAY || u.dmax[q] > u.dmax[p])
				u.dmax[p] = u.dmax[q];
		}
		st->merges++;
	}
	for (size_t i = 0; i < n; i++)
		label[i] = uf_find(&u, (uint32_t)i);
done:
	free(u.parent);
	free(u.size);
	free(u.next);
	free(u.dmin);
	free(u.dmax);
	free(ord);
	free(mp);
	free(mq);
	return rc;
}
