/* The event tier's links when there are more than max_links (detect.h "Links"; issue 12, 2x
 * wall): the tier is clustered before its content pass, the listed links are those of highest
 * cosine (the tier's own measure), and the content pass scores only the pairs the result lists
 * (inside clusters, and those links). On a generated corpus where ranking by cosine and by
 * Jaccard list different links (checked: the test tells the two rules apart):
 * - the default run and the all_event_pairs run (every pair scored) give the same clusters,
 *   pairs, links and figures, to the byte;
 * - the listed links are the max_links of highest cosine among the pairs kept apart (ties: the
 *   lower pair), each with its Jaccard scored;
 * - without a cut, every link is listed and scored, as before. */
#include "check.h"
#include "det_gen_test.h"

#include <stdlib.h>
#include <string.h>

typedef struct apart_s {
	double cos, jac;
	uint32_t a, b;
} apart_t;

static int cmp_cos(const void *x, const void *y)
{
	const apart_t *p = x, *q = y;
	if (p->cos != q->cos) return p->cos > q->cos ? -1 : 1;
	if (p->a != q->a) return p->a < q->a ? -1 : 1;
	return (p->b > q->b) - (p->b < q->b);
}

static int cmp_jac(const void *x, const void *y)
{
	const apart_t *p = x, *q = y;
	if (p->jac != q->jac) return p->jac > q->jac ? -1 : 1;
	if (p->a != q->a) return p->a < q->a ? -1 : 1;
	return (p->b > q->b) - (p->b < q->b);
}

static long event_cluster_of(const sc_det_result_t *r, uint32_t doc)
{
	for (size_t c = 0; c < r->nclusters; c++)
		if (r->clusters[c].kind == SC_CLUSTER_EVENT)
			for (size_t j = 0; j < r->clusters[c].nmembers; j++)
				if (r->clusters[c].members[j] == doc) return (long)c;
	return -1;
}

static int is_listed(const sc_det_result_t *r, uint32_t a, uint32_t b)
{
	for (size_t i = 0; i < r->nlinks; i++)
		if (r->links[i].tier == SC_CLUSTER_EVENT && r->links[i].pair.a == a &&
		    r->links[i].pair.b == b)
			return 1;
	return 0;
}

int main(void)
{
	const size_t n = 1500, max = 25;
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	o.compare = 0;
	o.threads = 2;
	o.max_links = max;
	sc_det_opts_t all = o;
	all.all_event_pairs = 1;
	sc_det_t *d = sc_test_evg_run(&o, n, 23, "SC_DET_EV_OWN", NULL, NULL);
	sc_det_t *e = sc_test_evg_run(&all, n, 23, "SC_DET_EV_OWN", NULL, NULL);
	if (!d || !e) {
		sc_det_free(d);
		sc_det_free(e);
		return CHECK_DONE();
	}
	const sc_det_result_t *r = sc_det_result(d), *q = sc_det_result(e);
	CHECK(r->stats.event.links > max &&
	          r->stats.event.links_unlisted == r->stats.event.links - max,
	      "links cut: %llu of %llu unlisted", (unsigned long long)r->stats.event.links_unlisted,
	      (unsigned long long)r->stats.event.links);
	/* the clusters (their pairs' figures included) and links of both runs, to the byte */
	size_t nl = 0;
	for (size_t i = 0; i < r->nlinks; i++)
		nl += r->links[i].tier == SC_CLUSTER_EVENT;
	int same = r->nclusters == q->nclusters && r->nlinks == q->nlinks;
	for (size_t c = 0; same && c < r->nclusters; c++)
		same = r->clusters[c].nmembers == q->clusters[c].nmembers &&
		       sc_test_same_pairs(r->clusters[c].pairs, r->clusters[c].npairs,
		                          q->clusters[c].pairs, q->clusters[c].npairs);
	for (size_t i = 0; same && i < r->nlinks; i++)
		same = r->links[i].tier == q->links[i].tier &&
		       r->links[i].refused == q->links[i].refused &&
		       !memcmp(&r->links[i].pair, &q->links[i].pair, sizeof r->links[i].pair);
	CHECK(same && nl == max,
	      "the default run lists what the all_event_pairs run does, to the byte (%zu event "
	      "links)",
	      nl);
	/* the pairs kept apart, from the run that scored them all */
	apart_t *ap = malloc((q->nevent_pairs ? q->nevent_pairs : 1) * sizeof *ap);
	size_t m = 0;
	for (size_t i = 0; ap && i < q->nevent_pairs; i++) {
		const sc_pair_t *p = &q->event_pairs[i];
		const long ca = event_cluster_of(q, p->a);
		if (ca < 0 || ca != event_cluster_of(q, p->b))
			ap[m++] = (apart_t){p->cosine, p->jaccard, p->a, p->b};
	}
	CHECK(ap && m == q->stats.event.links, "%zu pairs apart, %llu links counted", m,
	      (unsigned long long)q->stats.event.links);
	if (ap && m > max) {
		qsort(ap, m, sizeof *ap, cmp_cos);
		size_t hit = 0, scored = 0;
		for (size_t k = 0; k < max; k++)
			hit += is_listed(r, ap[k].a, ap[k].b);
		for (size_t i = 0; i < r->nlinks; i++)
			scored += r->links[i].tier == SC_CLUSTER_EVENT &&
			          r->links[i].pair.jaccard >= 0 && r->links[i].pair.jaccard <= 1;
		CHECK(hit == max && scored == max,
		      "listed: the %zu highest cosines (%zu of them listed), each Jaccard scored "
		      "(%zu)",
		      max, hit, scored);
		/* the test tells the two rules apart: by Jaccard, other links would be listed */
		qsort(ap, m, sizeof *ap, cmp_jac);
		size_t byj = 0;
		for (size_t k = 0; k < max; k++)
			byj += is_listed(r, ap[k].a, ap[k].b);
		CHECK(byj < max, "ranking by Jaccard would list other links (%zu of %zu the same)",
		      byj, max);
	}
	free(ap);
	sc_det_free(d);
	sc_det_free(e);

	/* no cut: every link listed, each scored */
	o.max_links = SC_DET_MAX_LINKS;
	if ((d = sc_test_evg_run(&o, 400, 23, "SC_DET_EV_OWN", NULL, NULL))) {
		r = sc_det_result(d);
		size_t ev = 0, scored = 0;
		for (size_t i = 0; i < r->nlinks; i++)
			if (r->links[i].tier == SC_CLUSTER_EVENT)
				ev++, scored += r->links[i].pair.jaccard >= 0;
		CHECK(r->stats.event.links > 0 && !r->stats.event.links_unlisted &&
		          ev == r->stats.event.links && scored == ev &&
		          r->nevent_pairs == r->stats.event.verified,
		      "no cut: %zu links listed and scored of %llu, %zu event pairs held", ev,
		      (unsigned long long)r->stats.event.links, r->nevent_pairs);
		sc_det_free(d);
	}
	return CHECK_DONE();
}
