/* Links: the verified pairs the anti-chaining rule kept apart (detect.h "Links"). Every
 * verified pair of a reported tier must be accounted for exactly once: inside one cluster of
 * that tier (in its pairs), or listed as a link (or counted as unlisted beyond max_links). The
 * fixtures: fixtures/chain (round-ups spliced from two unrelated seeds: density refusals),
 * seeds 000 and 001 dated 30 days apart under a 7-day window (a window refusal), made-up
 * texts where one edge bridges two pairs of copies (a duplicate-tier refusal), and the whole
 * seeds + planted + chain corpus. */
#include "check.h"
#include "det_run.h"
#include "det_internal.h"
#include "det_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static const char *tier_name(int t)
{
	return t == SC_CLUSTER_EVENT ? "event" : "duplicate";
}

static void print_links(const char *what, const sc_det_result_t *r)
{
	printf("%s: %zu links listed (event %llu + %llu unlisted, duplicate %llu + %llu "
	       "unlisted; refused density/window: event %llu/%llu, duplicate %llu/%llu)\n",
	       what, r->nlinks, (unsigned long long)r->stats.event.links,
	       (unsigned long long)r->stats.event.links_unlisted,
	       (unsigned long long)r->stats.dup.links,
	       (unsigned long long)r->stats.dup.links_unlisted,
	       (unsigned long long)r->stats.event.refused_density,
	       (unsigned long long)r->stats.event.refused_window,
	       (unsigned long long)r->stats.dup.refused_density,
	       (unsigned long long)r->stats.dup.refused_window);
	for (size_t i = 0; i < r->nlinks; i++) {
		const sc_link_t *l = &r->links[i];
		printf("  %-9s %s ~ %s  J=%.4f  refused: %s\n", tier_name(l->tier),
		       r->docs[l->pair.a].doc.id, r->docs[l->pair.b].doc.id, l->pair.jaccard,
		       sc_det_link_reason(l->refused));
	}
	if (r->links_warning[0]) printf("  warning: %s\n", r->links_warning);
}

/* The cluster of a tier holding document x: its index, or -1. */
static long cluster_of(const sc_det_result_t *r, int tier, uint32_t x)
{
	for (size_t c = 0; c < r->nclusters; c++) {
		if (r->clusters[c].kind != tier) continue;
		for (size_t i = 0; i < r->clusters[c].nmembers; i++)
			if (r->clusters[c].members[i] == x) return (long)c;
	}
	return -1;
}

static int in_pairs(const sc_cluster_t *c, const sc_pair_t *p)
{
	for (size_t i = 0; i < c->npairs; i++)
		if (c->pairs[i].a == p->a && c->pairs[i].b == p->b) return 1;
	return 0;
}

static long find_link(const sc_det_result_t *r, int tier, const sc_pair_t *p)
{
	for (size_t i = 0; i < r->nlinks; i++)
		if (r->links[i].tier == tier && r->links[i].pair.a == p->a &&
		    r->links[i].pair.b == p->b)
			return (long)i;
	return -1;
}

/* The accounting of one tier against an independent reading of the result: each verified
 * pair is in its common cluster's pairs, or apart (then a link, unless unlisted). Returns the
 * number of pairs found apart. */
static uint64_t check_tier(const sc_det_result_t *r, int tier, const char *what)
{
	const sc_pair_t *pv = tier == SC_CLUSTER_EVENT ? r->event_pairs : r->dup_pairs;
	const size_t np = tier == SC_CLUSTER_EVENT ? r->nevent_pairs : r->ndup_pairs;
	const sc_det_tier_stats_t *ts = tier == SC_CLUSTER_EVENT ? &r->stats.event : &r->stats.dup;
	uint64_t apart = 0, listed = 0, bad_in = 0, bad_out = 0, n_dens = 0, n_win = 0, n_ev = 0;
	for (size_t i = 0; i < np; i++) {
		long ca = cluster_of(r, tier, pv[i].a), cb = cluster_of(r, tier, pv[i].b);
		long l = find_link(r, tier, &pv[i]);
		if (ca >= 0 && ca == cb) {
			bad_in += !in_pairs(&r->clusters[ca], &pv[i]) || l >= 0;
			continue;
		}
		apart++;
		if (l < 0) continue;
		listed++;
		bad_out += r->links[l].pair.jaccard != pv[i].jaccard;
		n_dens += r->links[l].refused == SC_LINK_DENSITY;
		n_win += r->links[l].refused == SC_LINK_WINDOW;
		n_ev += r->links[l].refused == SC_LINK_AVERAGE || r->links[l].refused == SC_LINK_YEAR;
	}
	size_t in_list = 0;
	for (size_t i = 0; i < r->nlinks; i++)
		in_list += r->links[i].tier == tier;
	CHECK(!bad_in, "%s %s: %llu pairs inside a cluster misplaced", what, tier_name(tier),
	      (unsigned long long)bad_in);
	CHECK(!bad_out, "%s %s: %llu links differ from the verified pair", what, tier_name(tier),
	      (unsigned long long)bad_out);
	CHECK(ts->links == apart, "%s %s: stats.links %llu, pairs apart %llu", what,
	      tier_name(tier), (unsigned long long)ts->links, (unsigned long long)apart);
	CHECK(listed == in_list && listed + ts->links_unlisted == apart,
	      "%s %s: %llu listed + %llu unlisted vs %llu apart (%zu in the list)", what,
	      tier_name(tier), (unsigned long long)listed, (unsigned long long)ts->links_unlisted,
	      (unsigned long long)apart, in_list);
	/* Duplicate tier: the reason is the refusal at the edge's turn, counted in the stats.
	 * Event tier: judged on the two final clusters (average, year or window). */
	if (tier == SC_CLUSTER_DUPLICATE)
		CHECK(n_dens <= ts->refused_density && n_win <= ts->refused_window &&
		          n_dens + n_win == listed && !n_ev,
		      "%s %s: reasons %llu density, %llu window vs stats %llu, %llu", what,
		      tier_name(tier), (unsigned long long)n_dens, (unsigned long long)n_win,
		      (unsigned long long)ts->refused_density, (unsigned long long)ts->refused_window);
	else
		CHECK(!n_dens && n_ev + n_win == listed,
		      "%s %s: reasons %llu average or year, %llu window, %llu density of %llu", what,
		      tier_name(tier), (unsigned long long)n_ev, (unsigned long long)n_win,
		      (unsigned long long)n_dens, (unsigned long long)listed);
	CHECK(!!ts->links_unlisted == !!strstr(r->links_warning, tier_name(tier)),
	      "%s %s: a warning exactly when links are cut: '%s'", what, tier_name(tier),
	      r->links_warning);
	return apart;
}

static void check_order(const sc_det_result_t *r, const char *what)
{
	int ok = 1;
	for (size_t i = 0; i < r->nlinks; i++) {
		const sc_link_t *l = &r->links[i];
		ok &= l->pair.a < l->pair.b;
		if (i) {
			const sc_link_t *p = &r->links[i - 1];
			ok &= p->tier < l->tier ||
			      (p->tier == l->tier &&
			       (p->pair.a < l->pair.a ||
			        (p->pair.a == l->pair.a && p->pair.b < l->pair.b)));
		}
	}
	CHECK(ok, "%s: links sorted by tier, a, b", what);
}

static int has_link(const sc_det_result_t *r, int tier, const char *a, const char *b, int reason)
{
	for (size_t i = 0; i < r->nlinks; i++) {
		const sc_link_t *l = &r->links[i];
		if (l->tier == tier && l->refused == reason &&
		    !strncmp(r->docs[l->pair.a].doc.id, a, strlen(a)) &&
		    !strncmp(r->docs[l->pair.b].doc.id, b, strlen(b)))
			return 1;
	}
	return 0;
}

/* A detector of options o (NULL, and a failed check, when it cannot be made). */
static sc_det_t *created(const sc_det_opts_t *o)
{
	sc_det_t *d = sc_det_create(o);
	if (!d) CHECK(0, "create");
	return d;
}

/* Runs d (a check), prints its links under `what`, and returns its result. */
static const sc_det_result_t *ran(sc_det_t *d, const char *what)
{
	char err[256];
	CHECK(sc_det_run(d, err, sizeof err) == SC_OK, "run: %s", err);
	const sc_det_result_t *r = sc_det_result(d);
	print_links(what, r);
	return r;
}

/* The round-up splices 001 and 004: its edge to one of the two events is refused. */
static void test_chain(const sc_det_opts_t *o)
{
	const char *in[] = {
	    "fixtures/seeds/000_b38a9e9196d169f0.txt", "fixtures/seeds/001_d9dcfc18c8c5b1ee.txt",
	    "fixtures/seeds/004_e3dd04c419d25de4.txt", "fixtures/chain/roundup_001_004.txt"};
	sc_det_t *d = det_run(in, 4, o);
	if (!d) return;
	const sc_det_result_t *r = sc_det_result(d);
	print_links("chain 000+001 ~ roundup ~ 004", r);
	CHECK(r->stats.event.links >= 1, "the chain keeps an edge apart (fixture still valid)");
	CHECK(check_tier(r, SC_CLUSTER_EVENT, "chain") >= 1, "a verified event pair kept apart");
	check_tier(r, SC_CLUSTER_DUPLICATE, "chain");
	check_order(r, "chain");
	/* the round-up joins 004 or the 000/001 event; its edge to the other side is listed */
	CHECK(has_link(r, SC_CLUSTER_EVENT, "001", "roundup", SC_LINK_AVERAGE) ||
	          has_link(r, SC_CLUSTER_EVENT, "004", "roundup", SC_LINK_AVERAGE),
	      "the round-up edge kept apart is listed, reason average");
	CHECK(!r->links_warning[0], "no cut: no warning");
	uint64_t total = r->stats.event.links;
	sc_det_free(d);

	/* the cap at 0: nothing listed, everything counted, a warning */
	sc_det_opts_t c = *o;
	c.max_links = 0;
	c.all_event_pairs = 1; /* the accounting below reads every verified pair, listed or not */
	if ((d = det_run(in, 4, &c))) {
		r = sc_det_result(d);
		check_tier(r, SC_CLUSTER_EVENT, "chain cap 0");
		CHECK(r->nlinks == 0 && r->stats.event.links_unlisted == total &&
		          strstr(r->links_warning, "not listed"),
		      "cap 0: none listed, all counted, warned ('%s')", r->links_warning);
		sc_det_free(d);
	}
}

/* 000 and 001 (one event) 30 days apart under a 7-day window: listed, reason window. */
static void test_window(sc_det_opts_t o)
{
	o.event_window_days = 7;
	sc_det_t *d = created(&o);
	if (!d) return;
	add_dated(d, "fixtures/seeds/000_b38a9e9196d169f0.txt", "a", "2024-08-21");
	add_dated(d, "fixtures/seeds/001_d9dcfc18c8c5b1ee.txt", "b", "2024-09-20T10:00:00Z");
	const sc_det_result_t *r = ran(d, "window 7 days, 30 days apart");
	CHECK(r->nlinks == 1 && has_link(r, SC_CLUSTER_EVENT, "a", "b", SC_LINK_WINDOW),
	      "the pair is listed with reason window");
	CHECK(r->stats.event.refused_window == 1 && r->stats.event.links == 1,
	      "stats: one window refusal, one link");
	check_tier(r, SC_CLUSTER_EVENT, "window");
	sc_det_free(d);
}

/* The whole fixture corpus: the accounting holds in both tiers, and a second run (inputs in
 * another order) gives the same links. */
static void test_corpus(const sc_det_opts_t *o)
{
	const char *in1[] = {"fixtures/seeds", "fixtures/planted", "fixtures/chain"};
	const char *in2[] = {"fixtures/chain", "fixtures/planted", "fixtures/seeds"};
	sc_det_t *d1 = det_run(in1, 3, o), *d2 = det_run(in2, 3, o);
	if (d1 && d2) {
		const sc_det_result_t *r = sc_det_result(d1), *q = sc_det_result(d2);
		print_links("seeds + planted + chain", r);
		check_tier(r, SC_CLUSTER_EVENT, "corpus");
		check_tier(r, SC_CLUSTER_DUPLICATE, "corpus");
		check_order(r, "corpus");
		int same = r->nlinks == q->nlinks;
		for (size_t i = 0; same && i < r->nlinks; i++)
			same = r->links[i].tier == q->links[i].tier &&
			       r->links[i].refused == q->links[i].refused &&
			       !strcmp(r->docs[r->links[i].pair.a].doc.id,
			               q->docs[q->links[i].pair.a].doc.id) &&
			       !strcmp(r->docs[r->links[i].pair.b].doc.id,
			               q->docs[q->links[i].pair.b].doc.id);
		CHECK(same, "links do not depend on input order");
	}
	sc_det_free(d1);
	sc_det_free(d2);
	/* the cap: max_links 3 keeps the event tier's three highest cosines (its own measure,
	 * detect.h "Links"), counts the rest and warns; their Jaccards are scored, in the default
	 * run too, where the content pass scores only the pairs the result lists */
	sc_det_opts_t c = *o;
	c.max_links = 3;
	for (int all = 1; all >= 0; all--) { /* all: every verified pair held, listed or not */
		c.all_event_pairs = all;
		if (!(d1 = det_run(in1, 3, &c))) continue;
		const sc_det_result_t *r = sc_det_result(d1);
		const char *what = all ? "corpus cap 3, all_event_pairs" : "corpus cap 3";
		print_links(what, r);
		uint64_t apart = all ? check_tier(r, SC_CLUSTER_EVENT, what) : r->stats.event.links;
		check_order(r, what);
		CHECK(apart > 3 && r->nlinks == 3 && r->stats.event.links_unlisted == apart - 3 &&
		          strstr(r->links_warning, "event tier"),
		      "%s of %llu: three listed, the rest counted, a warning ('%s')", what,
		      (unsigned long long)apart, r->links_warning);
		double lo = 2, hi = -1, jlo = 2;
		for (size_t i = 0; i < r->nlinks; i++) {
			if (r->links[i].pair.cosine < lo) lo = r->links[i].pair.cosine;
			if (r->links[i].pair.jaccard < jlo) jlo = r->links[i].pair.jaccard;
		}
		CHECK(jlo >= 0, "%s: the listed links' Jaccards are scored (lowest %.4f)", what,
		      jlo);
		if (all) {
			/* every unlisted pair apart has a cosine no higher than every listed one */
			for (size_t i = 0; i < r->nevent_pairs; i++) {
				const sc_pair_t *p = &r->event_pairs[i];
				long ca = cluster_of(r, SC_CLUSTER_EVENT, p->a);
				if ((ca < 0 || ca != cluster_of(r, SC_CLUSTER_EVENT, p->b)) &&
				    find_link(r, SC_CLUSTER_EVENT, p) < 0 && p->cosine > hi)
					hi = p->cosine;
			}
			CHECK(
			    hi >= 0 && hi <= lo,
			    "%s: listed, the highest cosines (lowest listed %.4f, highest unlisted "
			    "%.4f)",
			    what, lo, hi);
		}
		sc_det_free(d1);
	}
	/* duplicate tier not reported: no duplicate links */
	sc_det_opts_t e = *o;
	e.dup_tier = 0;
	if ((d1 = det_run(in1, 3, &e))) {
		const sc_det_result_t *r = sc_det_result(d1);
		int dup = 0;
		for (size_t i = 0; i < r->nlinks; i++)
			dup |= r->links[i].tier == SC_CLUSTER_DUPLICATE;
		CHECK(!dup && r->stats.dup.links == 0, "--tier event: no duplicate links");
		check_tier(r, SC_CLUSTER_EVENT, "corpus, event tier only");
		sc_det_free(d1);
	}
}

/* A made-up word for index i ("bakodu..."): distinct indices give distinct words, none of
 * them a stopword. */
static void word(unsigned i, char *w)
{
	static const char C[] = "bcdfglmnprstvz", V[] = "aeiou";
	size_t n = 0;
	do {
		w[n++] = C[i % 14];
		i /= 14;
		w[n++] = V[i % 5];
		i /= 5;
	} while (i);
	memcpy(w + n, "ka", 3); /* at least two syllables */
}

/* A text made of blocks of made-up words: block k is words base[k] .. base[k] + len[k] - 1. */
static void add_blocks(sc_det_t *d, const char *id, const unsigned *base, const unsigned *len,
                       int nb)
{
	sc_doc_t doc = {0};
	size_t cap = 1, n = 0;
	for (int k = 0; k < nb; k++)
		cap += (size_t)len[k] * 24;
	doc.text = malloc(cap);
	if (!doc.text) {
		CHECK(0, "out of memory");
		return;
	}
	for (int k = 0; k < nb; k++)
		for (unsigned i = 0; i < len[k]; i++) {
			char w[24];
			word(base[k] + i, w);
			n += (size_t)snprintf(doc.text + n, cap - n, "%s ", w);
		}
	doc.len = n;
	doc.id = strdup(id);
	memcpy(doc.lang, "fr", 3);
	CHECK(sc_det_add(d, &doc) == SC_OK, "add %s", id);
	sc_doc_free(&doc);
}

/* A refusal in the duplicate tier, on made-up texts. Blocks (words): X1 40, X2 60, X3 10,
 * Z 20, W 10, W2 20; A = X1 X2 X3, A2 = X1 X2 Z, B = X2 Z W, B2 = X2 W W2. Exact word
 * 5-shingle Jaccards: A ~ A2 0.76, A2 ~ B 0.60, B ~ B2 0.56, every other pair 0.38-0.41.
 * Edges in decreasing order: A ~ A2 merges; A2 ~ B merges ({A, A2} x {B}: one cross pair of
 * two linked, mean 0.51 >= 0.5); B ~ B2 then has one linked cross pair of three: refused, so
 * B2 stays out and B ~ B2 is listed as a duplicate-tier link, reason density. */
static void test_dup_bridge(sc_det_opts_t o)
{
	enum { X1 = 0, X2 = 1000, X3 = 2000, Z = 3000, W = 4000, W2 = 5000 };
	o.boilerplate = 0; /* the shared blocks are the point, not boilerplate */
	o.event_tier = 0;
	sc_det_t *d = created(&o);
	if (!d) return;
	add_blocks(d, "A", (const unsigned[]){X1, X2, X3}, (const unsigned[]){40, 60, 10}, 3);
	add_blocks(d, "A2", (const unsigned[]){X1, X2, Z}, (const unsigned[]){40, 60, 20}, 3);
	add_blocks(d, "B", (const unsigned[]){X2, Z, W}, (const unsigned[]){60, 20, 10}, 3);
	add_blocks(d, "B2", (const unsigned[]){X2, W, W2}, (const unsigned[]){60, 10, 20}, 3);
	const sc_det_result_t *r = ran(d, "duplicate tier: B2 kept apart from {A, A2, B}");
	CHECK(r->stats.dup.refused_density >= 1, "the bridge's merge is refused");
	CHECK(check_tier(r, SC_CLUSTER_DUPLICATE, "bridge") == 1, "one verified pair kept apart");
	CHECK(r->nlinks == 1 && has_link(r, SC_CLUSTER_DUPLICATE, "B", "B2", SC_LINK_DENSITY),
	      "B ~ B2 listed as a duplicate-tier link, reason density");
	check_order(r, "bridge");
	sc_det_free(d);
}

int main(void)
{
	sc_det_opts_t o;
	if (!sc_test_det_start(&o)) return CHECK_DONE();
	CHECK(o.max_links == SC_DET_MAX_LINKS, "default max_links");
	CHECK(!strcmp(sc_det_link_reason(SC_LINK_DENSITY), "density") &&
	          !strcmp(sc_det_link_reason(SC_LINK_WINDOW), "window"),
	      "reason names");
	test_chain(&o);
	test_window(o);
	test_dup_bridge(o);
	test_corpus(&o);
	return CHECK_DONE();
}
