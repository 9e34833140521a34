/* The event tier at scale (issue 12, item 4; branch evscale3).
 * 1. event_pairs holds what the result lists (detect.h, sc_det_opts_t.all_event_pairs): with
 *    the event links cut (max_links 3 on the seeds + planted + chain corpus), the default
 *    result holds exactly the pairs inside event clusters and the listed links, the same bytes
 *    as in the all_event_pairs run, whose clusters, links and counts it shares; without a cut
 *    the two runs hold the same pairs.
 * 2. Candidates blocked by time (det_internal.h sc_det_ev_set_window): on 640 made-up English
 *    reports (over SC_DET_ALLPAIRS pairs, so the inverted index runs) of 80 events in 40 twin
 *    pairs, each twin naming the same people and places as its twin but in another year or
 *    200 days later in the same year, no verified event pair joins two documents of different
 *    years or more than the window apart, such pairs are counted as dated out, no cluster
 *    mixes twins, and each event's reports are found together. */
#include "check.h"
#include "det_internal.h"
#include "det_run.h"
#include "det_test.h"
#include "sc_prim.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int same_pair(const sc_pair_t *x, const sc_pair_t *y)
{
	return !memcmp(x, y, sizeof *x);
}

static int in_event_cluster(const sc_det_result_t *r, const sc_pair_t *p)
{
	for (size_t c = 0; c < r->nclusters; c++) {
		const sc_cluster_t *k = &r->clusters[c];
		if (k->kind != SC_CLUSTER_EVENT) continue;
		for (size_t i = 0; i < k->npairs; i++)
			if (same_pair(&k->pairs[i], p)) return 1;
	}
	return 0;
}

static int listed(const sc_det_result_t *r, const sc_pair_t *p)
{
	for (size_t i = 0; i < r->nlinks; i++)
		if (r->links[i].tier == SC_CLUSTER_EVENT && same_pair(&r->links[i].pair, p))
			return 1;
	return 0;
}

/* Same clusters (members and pairs), links and event counts. */
static int same_listing(const sc_det_result_t *a, const sc_det_result_t *b)
{
	if (a->nclusters != b->nclusters || a->nlinks != b->nlinks) return 0;
	for (size_t c = 0; c < a->nclusters; c++) {
		const sc_cluster_t *x = &a->clusters[c], *y = &b->clusters[c];
		if (x->kind != y->kind || x->nmembers != y->nmembers || x->npairs != y->npairs ||
		    memcmp(x->members, y->members, x->nmembers * sizeof *x->members))
			return 0;
		for (size_t i = 0; i < x->npairs; i++)
			if (!same_pair(&x->pairs[i], &y->pairs[i])) return 0;
	}
	for (size_t i = 0; i < a->nlinks; i++)
		if (a->links[i].tier != b->links[i].tier ||
		    a->links[i].refused != b->links[i].refused ||
		    !same_pair(&a->links[i].pair, &b->links[i].pair))
			return 0;
	return a->stats.event.links == b->stats.event.links &&
	       a->stats.event.links_unlisted == b->stats.event.links_unlisted &&
	       a->stats.event.verified == b->stats.event.verified &&
	       !strcmp(a->links_warning, b->links_warning);
}

static void test_listed_pairs(const sc_det_opts_t *o)
{
	const char *in[] = {"fixtures/seeds", "fixtures/planted", "fixtures/chain"};
	for (int cut = 0; cut < 2; cut++) {
		sc_det_opts_t c = *o, all;
		if (cut) c.max_links = 3;
		all = c;
		all.all_event_pairs = 1;
		sc_det_t *d = det_run(in, 3, &c), *e = det_run(in, 3, &all);
		if (!d || !e) {
			sc_det_free(d);
			sc_det_free(e);
			return;
		}
		const sc_det_result_t *r = sc_det_result(d), *q = sc_det_result(e);
		const char *what = cut ? "max_links 3" : "no cut";
		CHECK(same_listing(r, q), "%s: the same clusters, links and counts either way",
		      what);
		printf("%s: %zu event pairs held by default, %zu with all_event_pairs; "
		       "%llu links, %llu unlisted\n",
		       what, r->nevent_pairs, q->nevent_pairs,
		       (unsigned long long)q->stats.event.links,
		       (unsigned long long)q->stats.event.links_unlisted);
		if (cut)
			CHECK(q->stats.event.links_unlisted > 0 &&
			          r->nevent_pairs < q->nevent_pairs,
			      "%s: links were cut (%llu) and fewer pairs are held (%zu of %zu)",
			      what, (unsigned long long)q->stats.event.links_unlisted,
			      r->nevent_pairs, q->nevent_pairs);
		else
			CHECK(!q->stats.event.links_unlisted && r->nevent_pairs == q->nevent_pairs,
			      "%s: every pair held (%zu of %zu)", what, r->nevent_pairs,
			      q->nevent_pairs);
		CHECK(q->nevent_pairs == q->stats.event.verified,
		      "%s: all_event_pairs holds them all", what);
		/* the default's pairs: in order, each in a cluster or listed, each one of q's */
		size_t j = 0, bad = 0, expect = 0;
		for (size_t i = 0; i < r->nevent_pairs; i++) {
			const sc_pair_t *p = &r->event_pairs[i];
			while (j < q->nevent_pairs && !same_pair(&q->event_pairs[j], p))
				j++;
			bad += j == q->nevent_pairs || !(in_event_cluster(r, p) || listed(r, p));
		}
		for (size_t i = 0; i < q->nevent_pairs; i++)
			expect += in_event_cluster(q, &q->event_pairs[i]) ||
			          listed(q, &q->event_pairs[i]);
		CHECK(!bad && expect == r->nevent_pairs,
		      "%s: held pairs are the listed ones (%zu bad; %zu listed, %zu held)", what,
		      bad, expect, r->nevent_pairs);
		sc_det_free(d);
		sc_det_free(e);
	}
}

/* A made-up word of 3 syllables from a number (no stop word, no English stem clash). */
static void word(unsigned x, int cap, char *out)
{
	static const char *const syl[] = {"zor", "vak", "qui", "lem", "dra", "nop", "tul", "brek",
	                                  "sav", "mib", "gor", "fen", "wix", "hal", "dun", "pry"};
	out[0] = '\0';
	for (int i = 0; i < 3; i++, x /= 16)
		strcat(out, syl[x % 16]);
	if (cap) out[0] = (char)(out[0] - 'a' + 'A');
}

#define EV_N 80   /* events, twins 2k and 2k+1 */
#define EV_DOCS 8 /* reports per event */

/* Event e's year and day of year: twins of even k in two years, of odd k 200 days apart. */
static void event_date(int e, int *y, int *doy)
{
	const int k = e / 2;
	*y = 2011 + (k % 4) + ((k % 2 == 0 && e % 2) ? 5 : 0);
	*doy = 20 + (k * 3) % 100 + ((k % 2 == 1 && e % 2) ? 200 : 0);
}

static sc_det_t *run_twins(const sc_det_opts_t *o)
{
	sc_det_t *d = sc_det_create(o);
	if (!d) {
		CHECK(0, "create");
		return NULL;
	}
	/* the template: words every report of every event uses some of */
	char tmpl[24][32];
	for (int i = 0; i < 24; i++)
		word(4000u + (unsigned)i * 7, 0, tmpl[i]);
	for (int e = 0; e < EV_N; e++) {
		int y, doy;
		event_date(e, &y, &doy);
		for (int r = 0; r < EV_DOCS; r++) {
			char text[2048] = "", w[32], id[32], date[32];
			/* the twins' names (both events of a pair), then the report's own words */
			for (int j = 0; j < 5; j++) {
				word(100u + (unsigned)(e / 2) * 5 + (unsigned)j, 1, w);
				strcat(text, "Reports said ");
				strcat(text, w);
				strcat(text, " was there. ");
			}
			for (int j = 0; j < 10; j++) {
				strcat(text, "The ");
				strcat(text, tmpl[(unsigned)(e * 7 + r * 3 + j * 5) % 24]);
				strcat(text, " ");
				word(9000u + (unsigned)(e * EV_DOCS + r) * 10 + (unsigned)j, 0, w);
				strcat(text, w);
				strcat(text, " came. ");
			}
			/* the event's own words, in every one of its reports */
			for (int j = 0; j < 4; j++) {
				word(2000u + (unsigned)e * 4 + (unsigned)j, 0, w);
				strcat(text, "Witnesses saw the ");
				strcat(text, w);
				strcat(text, " again. ");
			}
			const int32_t day = sc_det_civil_day(y, 1, 1) + doy + r % 3;
			int64_t yy;
			int mm, dd;
			sc_civil_from_days(day, &yy, &mm, &dd);
			snprintf(id, sizeof id, "e%03d-%d", e, r);
			snprintf(date, sizeof date, "%04d-%02d-%02d", (int)yy, mm, dd);
			sc_doc_t doc = {0};
			doc.id = strdup(id);
			doc.text = strdup(text);
			doc.len = strlen(text);
			doc.published = strdup(date);
			memcpy(doc.lang, "en", 3);
			CHECK(doc.id && doc.text && doc.published && sc_det_add(d, &doc) == SC_OK,
			      "add %s", id);
			sc_doc_free(&doc);
		}
	}
	return sc_test_det_finish(d);
}

static int event_of(const sc_det_result_t *r, uint32_t i)
{
	return atoi(r->docs[i].doc.id + 1);
}

static void test_time_blocks(const sc_det_opts_t *o)
{
	sc_det_opts_t c = *o;
	c.all_event_pairs = 1;
	sc_det_t *d = run_twins(&c);
	if (!d) return;
	const sc_det_result_t *r = sc_det_result(d);
	CHECK(r->ndocs == EV_N * EV_DOCS && !r->event_plan.all_pairs,
	      "%zu documents, the inverted index (not every pair)", r->ndocs);
	size_t bad = 0, twins = 0;
	for (size_t i = 0; i < r->nevent_pairs; i++) {
		const sc_pair_t *p = &r->event_pairs[i];
		const sc_det_doc_t *a = &r->docs[p->a], *b = &r->docs[p->b];
		const int64_t gap = (int64_t)a->day - b->day;
		bad +=
		    a->year != b->year || gap > c.event_window_days || -gap > c.event_window_days;
		twins += event_of(r, p->a) != event_of(r, p->b);
	}
	printf("twins: %zu event pairs (%zu across events), %llu candidates, %llu dated out\n",
	       r->nevent_pairs, twins, (unsigned long long)r->stats.event.lsh.candidates,
	       (unsigned long long)r->stats.event.pairs_dated_out);
	CHECK(!bad, "%zu event pairs across years or beyond the window", bad);
	/* each twin pair shares its names: 8 x 8 of its cross pairs per twin pair at least */
	CHECK(r->stats.event.pairs_dated_out >= (uint64_t)EV_N / 2 * EV_DOCS * EV_DOCS,
	      "pairs dated out: %llu", (unsigned long long)r->stats.event.pairs_dated_out);
	/* no cluster mixes events; each event's reports together */
	size_t mixed = 0, whole = 0;
	for (size_t k = 0; k < r->nclusters; k++) {
		const sc_cluster_t *x = &r->clusters[k];
		if (x->kind != SC_CLUSTER_EVENT) continue;
		int e0 = event_of(r, x->members[0]), same = 1;
		for (size_t i = 1; i < x->nmembers; i++)
			same &= event_of(r, x->members[i]) == e0;
		mixed += !same;
		whole += same && x->nmembers == EV_DOCS;
	}
	CHECK(!mixed && whole == EV_N, "%zu mixed event clusters, %zu of %d events whole", mixed,
	      whole, EV_N);
	sc_det_free(d);
}

int main(void)
{
	(void)add_dated; /* det_run.h's other helper */
	sc_det_opts_t o;
	if (!sc_test_det_start(&o)) return CHECK_DONE();
	CHECK(o.all_event_pairs == 0, "default: event_pairs holds what the result lists");
	test_listed_pairs(&o);
	test_time_blocks(&o);
	return CHECK_DONE();
}
