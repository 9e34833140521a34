/* The detector end to end on fixtures: the seeds, the planted near-duplicates, the constructed
 * chains, the event window, boilerplate, and determinism. It also prints the measurements the
 * defaults were chosen from (the content-word Jaccard matrix of the seeds, boilerplate set
 * aside), so `ctest -V -R detect_seeds` shows them. */
#include "check.h"
#include "det_run.h"
#include "det_internal.h"
#include "det_test.h"

#include <stdlib.h>
#include <string.h>


/* Length of a text without its trailing whitespace. */
static size_t trimmed(const sc_doc_t *d)
{
	size_t n = d->len;
	while (n && strchr(" \t\r\n", d->text[n - 1]))
		n--;
	return n;
}

static long find(const sc_det_result_t *r, const char *prefix)
{
	for (size_t i = 0; i < r->ndocs; i++)
		if (!strncmp(r->docs[i].doc.id, prefix, strlen(prefix))) return (long)i;
	return -1;
}

/* The cluster of a kind holding document prefix, or NULL. */
static const sc_cluster_t *cluster_of(const sc_det_result_t *r, int kind, const char *prefix)
{
	long x = find(r, prefix);
	for (size_t c = 0; x >= 0 && c < r->nclusters; c++) {
		if (r->clusters[c].kind != kind) continue;
		for (size_t i = 0; i < r->clusters[c].nmembers; i++)
			if (r->clusters[c].members[i] == (uint32_t)x) return &r->clusters[c];
	}
	return NULL;
}

static int together(const sc_det_result_t *r, int kind, const char *a, const char *b)
{
	const sc_cluster_t *c = cluster_of(r, kind, a);
	return c && c == cluster_of(r, kind, b);
}

static void print_clusters(const char *what, const sc_det_result_t *r)
{
	printf("%s: %zu documents, %zu clusters\n", what, r->ndocs, r->nclusters);
	for (size_t c = 0; c < r->nclusters; c++) {
		const sc_cluster_t *k = &r->clusters[c];
		printf("  %s:", k->kind == SC_CLUSTER_EVENT ? "event" : "duplicate");
		for (size_t i = 0; i < k->nmembers; i++)
			printf(" %s", r->docs[k->members[i]].doc.id);
		printf("\n");
		for (size_t p = 0; p < k->npairs; p++)
			printf("    %s %s J=%.4f est=%.4f [%.4f, %.4f]\n",
			       r->docs[k->pairs[p].a].doc.id, r->docs[k->pairs[p].b].doc.id,
			       k->pairs[p].jaccard, k->pairs[p].estimate, k->pairs[p].ci_lo,
			       k->pairs[p].ci_hi);
	}
}

/* The content-word Jaccard of every pair of documents, boilerplate left out: the measurement
 * behind the event threshold. Returns the largest value among pairs not listed in related
 * and the smallest among related ones. */
static void matrix(const sc_det_result_t *r, const char *const (*related)[2], size_t nrel,
                   double *max_unrel, double *min_rel)
{
	sc_shingle_opts_t co;
	sc_sh_shingle_opts_init(&co, SC_VIEW_CONTENT);
	sc_tokenizer_t *tk = sc_sh_tokenizer_create(&co.norm);
	sc_u64v_t *s = calloc(r->ndocs, sizeof *s);
	size_t skip[64];
	*max_unrel = 0.0;
	*min_rel = 1.0;
	for (size_t i = 0; i < r->ndocs; i++) {
		const sc_det_doc_t *x = &r->docs[i];
		for (size_t j = 0; j < x->nboiler && j < 32; j++)
			skip[2 * j] = x->boiler[j].start, skip[2 * j + 1] = x->boiler[j].end;
		sc_sh_shingle_set(tk, &co, x->doc.text, x->doc.len, x->doc.lang, skip, x->nboiler,
		                  &s[i]);
	}
	printf("content-word Jaccard (stemmed, boilerplate left out):\n");
	for (size_t i = 0; i < r->ndocs; i++) {
		printf("  %-22.22s", r->docs[i].doc.id);
		for (size_t j = 0; j < r->ndocs; j++) {
			if (j <= i) {
				printf("       ");
				continue;
			}
			double v = sc_det_jaccard(s[i].a, s[i].n, s[j].a, s[j].n);
			printf(" %.4f", v);
			int rel = 0;
			for (size_t k = 0; k < nrel; k++)
				if ((!strncmp(r->docs[i].doc.id, related[k][0], 3) &&
				     !strncmp(r->docs[j].doc.id, related[k][1], 3)))
					rel = 1;
			if (rel && v < *min_rel) *min_rel = v;
			if (!rel && v > *max_unrel) *max_unrel = v;
		}
		printf("\n");
	}
	for (size_t i = 0; i < r->ndocs; i++)
		sc_u64v_free(&s[i]);
	free(s);
	sc_sh_tokenizer_free(tk);
}

static void test_seeds(const sc_det_opts_t *o)
{
	const char *in[] = {"fixtures/seeds"};
	sc_det_t *d = det_run(in, 1, o);
	if (!d) return;
	const sc_det_result_t *r = sc_det_result(d);
	print_clusters("seeds", r);
	CHECK(r->ndocs == 5 && r->nrejects == 0 && r->inputs == 5, "5 seeds read");
	CHECK(together(r, SC_CLUSTER_EVENT, "000", "001"), "000 and 001 form one event");
	const sc_cluster_t *c = cluster_of(r, SC_CLUSTER_EVENT, "000");
	CHECK(c && c->nmembers == 2, "and only them");
	CHECK(!cluster_of(r, SC_CLUSTER_EVENT, "002") && !cluster_of(r, SC_CLUSTER_EVENT, "003") &&
	          !cluster_of(r, SC_CLUSTER_EVENT, "004"),
	      "002, 003 and 004 stand alone");
	CHECK(r->nclusters == 1, "no duplicate cluster among the seeds (%zu clusters)",
	      r->nclusters);
	if (c && c->npairs == 1) {
		const sc_pair_t *p = &c->pairs[0];
		CHECK(p->cosine >= o->event_threshold && p->jaccard > 0 && p->ci_lo <= p->estimate &&
		          p->estimate <= p->ci_hi,
		      "pair verified, estimate inside its interval");
	}
	/* 003 ends in "Related Posts" and unrelated celebrity teasers: set aside from the
	 * heading to the end; the other seeds have none. */
	long i3 = find(r, "003");
	if (i3 >= 0) {
		const sc_det_doc_t *x = &r->docs[i3];
		const char *rp = strstr(x->doc.text, "Related Posts");
		CHECK(x->nboiler == 1 && rp && x->boiler[0].start == (size_t)(rp - x->doc.text) &&
		          x->boiler[0].end == trimmed(&x->doc),
		      "003: boilerplate from \"Related Posts\" to the end (%zu spans)", x->nboiler);
		printf("003: %zu boilerplate bytes of %zu\n", x->boilerplate_bytes, x->doc.len);
	}
	size_t others = 0;
	for (size_t i = 0; i < r->ndocs; i++)
		if ((long)i != i3) others += r->docs[i].boilerplate_bytes;
	CHECK(others == 0, "no boilerplate in the other seeds (%zu bytes)", others);
	double mu, mr;
	static const char *const rel[][2] = {{"000", "001"}};
	matrix(r, rel, 1, &mu, &mr);
	printf("content-word Jaccard: related pair %.4f; unrelated pairs at most %.4f\n", mr, mu);
	sc_det_free(d);
	/* The event tier clusters by TF-IDF cosine: every pair's cosine, from a run whose
	 * threshold keeps them all. */
	sc_det_opts_t lo = *o;
	lo.event_threshold = 1e-6;
	if (!(d = det_run(in, 1, &lo))) return;
	r = sc_det_result(d);
	double cr = -1, cu = -1;
	for (size_t i = 0; i < r->nevent_pairs; i++) {
		const sc_pair_t *p = &r->event_pairs[i];
		const int related = !strncmp(r->docs[p->a].doc.id, "000", 3) &&
		                !strncmp(r->docs[p->b].doc.id, "001", 3);
		printf("  cosine %s %s %.4f\n", r->docs[p->a].doc.id, r->docs[p->b].doc.id, p->cosine);
		if (related) cr = p->cosine;
		else if (p->cosine > cu)
			cu = p->cosine;
	}
	printf("cosine: related pair %.4f; unrelated pairs at most %.4f; event threshold %.3f\n", cr,
	       cu, o->event_threshold);
	CHECK(cu < o->event_threshold && o->event_threshold <= cr, "the threshold separates them");
	sc_det_free(d);
}

static void test_planted(const sc_det_opts_t *o)
{
	const char *in[] = {"fixtures/seeds", "fixtures/planted"};
	sc_det_t *d = det_run(in, 2, o);
	if (!d) return;
	const sc_det_result_t *r = sc_det_result(d);
	print_clusters("seeds + planted", r);
	static const char *const dup[][2] = {{"000_b", "000_edited"},
	                                     {"001_d", "001_outlet"},
	                                     {"002_d", "002_edited"},
	                                     {"003_e", "003_unicode"},
	                                     {"004_e", "004_outlet"}};
	for (size_t i = 0; i < 5; i++) {
		CHECK(together(r, SC_CLUSTER_DUPLICATE, dup[i][0], dup[i][1]),
		      "%s is a duplicate of its original", dup[i][1]);
		const sc_cluster_t *c = cluster_of(r, SC_CLUSTER_DUPLICATE, dup[i][0]);
		CHECK(c && c->nmembers == 2, "%s: a cluster of two", dup[i][1]);
		CHECK(together(r, SC_CLUSTER_EVENT, dup[i][0], dup[i][1]),
		      "%s: a copy is also in its original's event", dup[i][1]);
	}
	CHECK(together(r, SC_CLUSTER_EVENT, "000_b", "001_d") &&
	          together(r, SC_CLUSTER_EVENT, "000_b", "001_outlet") &&
	          together(r, SC_CLUSTER_EVENT, "000_edited", "001_d"),
	      "the 000/001 event holds their copies");
	CHECK(!together(r, SC_CLUSTER_EVENT, "000_b", "002_d") &&
	          !together(r, SC_CLUSTER_EVENT, "000_b", "004_e") &&
	          !together(r, SC_CLUSTER_EVENT, "002_d", "004_e"),
	      "the other events stay apart");
	/* Boilerplate: the outlet footer and prompt (in two unrelated copies) are set aside in
	 * both; the edited copy's text, shared with its original, is not. */
	long a = find(r, "001_outlet"), b = find(r, "004_outlet"), e = find(r, "000_edited"),
	     u = find(r, "003_unicode");
	if (a >= 0 && b >= 0 && e >= 0 && u >= 0) {
		const sc_det_doc_t *x = &r->docs[a], *y = &r->docs[b];
		const char *fa = strstr(x->doc.text, "Partagez cet article");
		CHECK(x->nboiler == 1 && fa && x->boiler[0].start == (size_t)(fa - x->doc.text) &&
		          x->boiler[0].end == trimmed(&x->doc),
		      "001_outlet: prompt and footer set aside (%zu spans)", x->nboiler);
		const char *fb = strstr(y->doc.text, "Partagez cet article");
		CHECK(y->nboiler == 1 && fb && y->boiler[0].start == (size_t)(fb - y->doc.text) &&
		          y->boiler[0].end == trimmed(&y->doc),
		      "004_outlet: prompt and footer set aside (%zu spans)", y->nboiler);
		CHECK(r->docs[e].boilerplate_bytes == 0, "000_edited: nothing set aside");
		CHECK(r->docs[u].nboiler == 1, "003_unicode: its link list set aside");
	}
	for (size_t i = 0; i < r->ndocs; i++)
		if (!strncmp(r->docs[i].doc.id, "000", 3) || !strncmp(r->docs[i].doc.id, "002", 3))
			CHECK(r->docs[i].boilerplate_bytes == 0, "%s: copies protect shared text",
			      r->docs[i].doc.id);
	sc_det_free(d);
}

/* A chain A ~ B ~ C: B spliced from A (or A's event) and C, two unrelated events. */
static void test_chain(const sc_det_opts_t *o)
{
	const char *in1[] = {
	    "fixtures/seeds/000_b38a9e9196d169f0.txt", "fixtures/seeds/001_d9dcfc18c8c5b1ee.txt",
	    "fixtures/seeds/004_e3dd04c419d25de4.txt", "fixtures/chain/roundup_001_004.txt"};
	sc_det_t *d = det_run(in1, 4, o);
	if (d) {
		const sc_det_result_t *r = sc_det_result(d);
		print_clusters("chain 000+001 ~ roundup ~ 004", r);
		CHECK(!together(r, SC_CLUSTER_EVENT, "000", "004") &&
		          !together(r, SC_CLUSTER_EVENT, "001", "004"),
		      "the round-up does not merge the two events");
		/* Known limitation (doc/events.md): in this corpus of four, the round-up repeats
		 * 001's words, so corpus IDF weighs the words 000 and 001 share low (cosine 0.04):
		 * 000 no longer joins 001 here. Printed, not asserted, until a background IDF table
		 * is shipped. */
		printf("chain: 000/001 %s\n",
		       together(r, SC_CLUSTER_EVENT, "000", "001") ? "one event" : "apart");
		size_t kept = 0;
		for (size_t i = 0; i < r->nlinks; i++)
			kept += r->links[i].tier == SC_CLUSTER_EVENT &&
			        r->links[i].refused == SC_LINK_AVERAGE;
		CHECK(kept >= 1, "an edge kept apart by average linkage is listed");
		sc_det_free(d);
	}
	const char *in2[] = {"fixtures/seeds/002_d8b1cb26158f392a.txt",
	                     "fixtures/seeds/004_e3dd04c419d25de4.txt",
	                     "fixtures/chain/roundup_002_004.txt"};
	d = det_run(in2, 3, o);
	if (d) {
		const sc_det_result_t *r = sc_det_result(d);
		print_clusters("chain 002 ~ roundup ~ 004", r);
		CHECK(!together(r, SC_CLUSTER_EVENT, "002", "004"), "A and C apart");
		CHECK(cluster_of(r, SC_CLUSTER_EVENT, "roundup"), "B joins one of them");
		sc_det_free(d);
	}
}

static void test_window(sc_det_opts_t o)
{
	static const int windows[] = {0, 7, 60};
	for (int w = 0; w < 3; w++) {
		o.event_window_days = windows[w];
		sc_det_t *d = sc_det_create(&o);
		char err[256];
		add_dated(d, "fixtures/seeds/000_b38a9e9196d169f0.txt", "a", "2024-08-21");
		add_dated(d, "fixtures/seeds/001_d9dcfc18c8c5b1ee.txt", "b",
		          "2024-09-20T10:00:00Z");
		add_dated(d, "fixtures/seeds/000_b38a9e9196d169f0.txt", "a",
		          NULL); /* duplicate id */
		CHECK(sc_det_run(d, err, sizeof err) == SC_OK, "run: %s", err);
		const sc_det_result_t *r = sc_det_result(d);
		CHECK(r->ndocs == 2 && r->nrejects == 1 && r->inputs == 3 &&
		          strstr(r->rejects[0].reason, "duplicate id"),
		      "duplicate id rejected with a reason");
		int joined = together(r, SC_CLUSTER_EVENT, "a", "b");
		CHECK(joined == (windows[w] != 7), "window %d days: 30 days apart %s", windows[w],
		      joined ? "joined" : "apart");
		sc_det_free(d);
	}
}

static int cmp_ids(const sc_pair_t *x, const sc_pair_t *y)
{
	if (x->a != y->a) return x->a < y->a ? -1 : 1;
	return x->b < y->b ? -1 : x->b > y->b;
}

static int same_result(const sc_det_result_t *a, const sc_det_result_t *b)
{
	if (a->ndocs != b->ndocs || a->nclusters != b->nclusters) return 0;
	for (size_t i = 0; i < a->ndocs; i++) {
		if (strcmp(a->docs[i].doc.id, b->docs[i].doc.id) ||
		    a->docs[i].nboiler != b->docs[i].nboiler)
			return 0;
		for (size_t j = 0; j < a->docs[i].nboiler; j++)
			if (a->docs[i].boiler[j].start != b->docs[i].boiler[j].start ||
			    a->docs[i].boiler[j].end != b->docs[i].boiler[j].end)
				return 0;
	}
	for (size_t c = 0; c < a->nclusters; c++) {
		const sc_cluster_t *x = &a->clusters[c], *y = &b->clusters[c];
		if (x->kind != y->kind || x->nmembers != y->nmembers || x->npairs != y->npairs)
			return 0;
		if (memcmp(x->members, y->members, x->nmembers * sizeof *x->members)) return 0;
		for (size_t p = 0; p < x->npairs; p++)
			if (x->pairs[p].a != y->pairs[p].a || x->pairs[p].b != y->pairs[p].b ||
			    x->pairs[p].jaccard != y->pairs[p].jaccard ||
			    x->pairs[p].estimate != y->pairs[p].estimate)
				return 0;
	}
	return 1;
}

/* Knobs that must not change the duplicate tier: no set cache (every set built again when
 * needed), and the event tier off. */
static void test_knobs(const sc_det_opts_t *o)
{
	const char *in[] = {"fixtures/seeds", "fixtures/planted", "fixtures/chain"};
	sc_det_opts_t nc = *o, ne = *o;
	nc.set_cache_bytes = 0;
	ne.event_tier = 0;
	sc_det_t *a = det_run(in, 3, o), *b = det_run(in, 3, &nc), *c = det_run(in, 3, &ne);
	if (a && b && c) {
		const sc_det_result_t *ra = sc_det_result(a), *rb = sc_det_result(b),
		                      *rc = sc_det_result(c);
		CHECK(same_result(ra, rb), "no set cache: same result");
		/* 004's text recurs in both round-ups (subheading included): syndicated text, not
		 * boilerplate, although the three are not copies of each other */
		for (size_t i = 0; i < ra->ndocs; i++)
			if (!strncmp(ra->docs[i].doc.id, "004_e", 5) ||
			    !strncmp(ra->docs[i].doc.id, "roundup", 7))
				CHECK(ra->docs[i].boilerplate_bytes == 0,
				      "%s: nothing set aside (%zu bytes)", ra->docs[i].doc.id,
				      ra->docs[i].boilerplate_bytes);
		CHECK(rb->stats.sets_built > 0 && ra->stats.sets_built == 0,
		      "sets built again: %llu vs %llu", (unsigned long long)rb->stats.sets_built,
		      (unsigned long long)ra->stats.sets_built);
		size_t nd = 0, same = 1;
		for (size_t i = 0; i < ra->nclusters; i++) {
			if (ra->clusters[i].kind != SC_CLUSTER_DUPLICATE) continue;
			const sc_cluster_t *x = &ra->clusters[i],
			                   *y = nd < rc->nclusters ? &rc->clusters[nd] : NULL;
			nd++;
			if (!y || y->nmembers != x->nmembers ||
			    memcmp(x->members, y->members, x->nmembers * sizeof *x->members))
				same = 0;
		}
		CHECK(same && nd == rc->nclusters && rc->nevent_pairs == 0,
		      "event tier off: the same duplicate clusters and nothing else");
		/* All verified pairs are exposed, sorted, each at or above its threshold. */
		int ok = ra->ndup_pairs >= 5;
		for (size_t i = 0; i < ra->ndup_pairs; i++) {
			const sc_pair_t *p = &ra->dup_pairs[i];
			ok &= p->jaccard >= o->dup_threshold && p->a < p->b;
			if (i) ok &= cmp_ids(&ra->dup_pairs[i - 1], p) < 0;
		}
		for (size_t i = 0; i < ra->nevent_pairs; i++)
			if (i) ok &= cmp_ids(&ra->event_pairs[i - 1], &ra->event_pairs[i]) < 0;
		CHECK(ok, "verified pairs exposed, sorted, over the threshold (%zu dup, %zu event)",
		      ra->ndup_pairs, ra->nevent_pairs);
		CHECK(ra->dup_plan.all_pairs && ra->stats.dup.lsh_missed == 0,
		      "small corpus: all pairs verified, LSH missed %llu duplicate pairs",
		      (unsigned long long)ra->stats.dup.lsh_missed);
		printf("LSH missed %llu of %zu event pairs at t = %.3f (all pairs were verified)\n",
		       (unsigned long long)ra->stats.event.lsh_missed, ra->nevent_pairs,
		       o->event_threshold);
	}
	sc_det_free(a);
	sc_det_free(b);
	sc_det_free(c);

	/* release_texts with the comparator on: the same result, texts kept only for documents
	 * in an event cluster (the comparator reads only those; with it off no text is kept at
	 * all: tests/test_detect_evmem.c) */
	sc_det_opts_t rt = *o, ct = *o;
	rt.compare = ct.compare = 1;
	rt.release_texts = 1;
	a = det_run(in, 3, &ct);
	b = det_run(in, 3, &rt);
	if (a && b) {
		const sc_det_result_t *ra = sc_det_result(a), *rb = sc_det_result(b);
		CHECK(same_result(ra, rb), "release_texts: same result");
		size_t kept = 0, freed = 0, wrong = 0;
		for (size_t i = 0; i < rb->ndocs; i++) {
			int in_event = 0;
			for (size_t k = 0; k < rb->nclusters; k++)
				for (size_t j = 0; j < rb->clusters[k].nmembers; j++)
					in_event |= rb->clusters[k].kind == SC_CLUSTER_EVENT &&
					            rb->clusters[k].members[j] == i;
			if (rb->docs[i].doc.text)
				kept++;
			else
				freed++;
			wrong += !in_event != !rb->docs[i].doc.text;
		}
		CHECK(wrong == 0 && kept > 0,
		      "texts kept for %zu documents in events, freed for %zu", kept, freed);
	}
	sc_det_free(a);
	sc_det_free(b);
}

static void test_deterministic(const sc_det_opts_t *o)
{
	/* The same corpus given in another order (planted first) gives the same result. */
	const char *in1[] = {"fixtures/seeds", "fixtures/planted", "fixtures/chain"};
	const char *in2[] = {"fixtures/chain", "fixtures/planted", "fixtures/seeds"};
	sc_det_t *a = det_run(in1, 3, o), *b = det_run(in2, 3, o);
	if (a && b)
		CHECK(same_result(sc_det_result(a), sc_det_result(b)),
		      "same result whatever the order");
	/* A second run is refused and leaves the first one's result as it was (it used to go
	 * through the failure path, which dropped the clusters, links and conflicts). */
	if (a && b) {
		char err[256];
		CHECK(sc_det_run(a, err, sizeof err) == SC_EPARAM &&
		          !strcmp(err, "sc_det_run called twice"),
		      "a second run is refused: %s", err);
		const sc_det_result_t *ra = sc_det_result(a), *rb = sc_det_result(b);
		CHECK(ra->nclusters > 0 && same_result(ra, rb) && ra->nlinks == rb->nlinks &&
		          ra->nconflicts == rb->nconflicts && ra->ndup_pairs == rb->ndup_pairs &&
		          ra->nevent_pairs == rb->nevent_pairs,
		      "the first run's result kept: %zu clusters (%zu expected), %zu links (%zu)",
		      ra->nclusters, rb->nclusters, ra->nlinks, rb->nlinks);
	}
	sc_det_free(a);
	sc_det_free(b);
}

/* Degenerate corpora: nothing, one document, a document with no words left. */
static void test_small(const sc_det_opts_t *o)
{
	char err[256];
	sc_det_t *d = sc_det_create(o);
	CHECK(d && sc_det_run(d, err, sizeof err) == SC_OK, "empty run: %s", err);
	CHECK(d && sc_det_result(d)->ndocs == 0 && sc_det_result(d)->nclusters == 0,
	      "nothing found");
	CHECK(d && sc_det_run(d, err, sizeof err) == SC_EPARAM, "a second run is refused");
	sc_det_free(d);
	d = sc_det_create(o);
	add_dated(d, "fixtures/seeds/000_b38a9e9196d169f0.txt", "only", "not a date");
	sc_doc_t e = {
	    .id = strdup("empty"), .text = strdup("... !!! ..."), .len = 11, .path = strdup("x")};
	CHECK(sc_det_add(d, &e) == SC_OK, "add empty");
	sc_doc_t e2 = {
	    .id = strdup("empty2"), .text = strdup("?? --"), .len = 5, .path = strdup("y")};
	CHECK(sc_det_add(d, &e2) == SC_OK, "add empty");
	CHECK(sc_det_run(d, err, sizeof err) == SC_OK, "run: %s", err);
	CHECK(sc_det_result(d)->ndocs == 3 && sc_det_result(d)->nclusters == 0,
	      "texts without words are similar to nothing");
	sc_det_free(d);
	sc_det_free(NULL);
}

int main(void)
{
	sc_det_opts_t o;
	if (!sc_test_det_start(&o)) return CHECK_DONE();
	test_seeds(&o);
	test_planted(&o);
	test_chain(&o);
	test_window(o);
	test_deterministic(&o);
	test_knobs(&o);
	test_small(&o);
	return CHECK_DONE();
}
