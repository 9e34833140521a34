/* det_gen_test.h: the detect tests that run the detector over a corpus of the event generator
 * (bench/gen/event_gen.h), and compare two runs' results byte for byte. */
#ifndef SC_DET_GEN_TEST_H
#define SC_DET_GEN_TEST_H

#include "check.h"
#include "det_test.h"
#include "event_gen.h"
#include "test_util.h"

#include <stdlib.h>
#include <string.h>

/* Runs a detector with options o over the first n documents the generator makes with seed,
 * with the environment variable env set to value for the run (value NULL: unset), unset after.
 * copy_of (n slots, or NULL) gets each document's source (-1: an original). Returns the
 * detector after its run (the caller frees it), or NULL after a failed CHECK. */
static inline sc_det_t *sc_test_evg_run(const sc_det_opts_t *o, size_t n, uint64_t seed,
                                        const char *env, const char *value, int64_t *copy_of)
{
	char err[256];
	sc_test_env(env, value);
	sc_evg_opts_t go;
	sc_evg_opts_init(&go);
	go.n = n;
	go.seed = seed;
	sc_evg_t *g = NULL;
	sc_det_t *d = sc_det_create(o);
	if (!d || sc_evg_create(&g, &go, err, sizeof err)) {
		CHECK(0, "create: %s", d ? err : "detector");
		sc_det_free(d);
		unsetenv(env);
		return NULL;
	}
	sc_evg_doc_t x;
	int k;
	while ((k = sc_evg_next(g, &x, err, sizeof err)) == 1) {
		sc_doc_t doc = {0};
		doc.id = strdup(x.id);
		doc.text = strdup(x.text);
		doc.len = x.len;
		doc.published = x.published ? strdup(x.published) : NULL;
		memcpy(doc.lang, x.lang, strlen(x.lang) + 1);
		if (copy_of && (size_t)x.index < n) copy_of[x.index] = x.copy_of;
		CHECK(doc.id && doc.text && (!x.published || doc.published) &&
		          sc_det_add(d, &doc) == SC_OK,
		      "add %s", x.id);
		sc_doc_free(&doc);
	}
	CHECK(k == 0, "generator: %s", err);
	sc_evg_free(g);
	d = sc_test_det_finish(d); /* the run reads env */
	unsetenv(env);
	return d;
}

static inline int sc_test_same_pairs(const sc_pair_t *a, size_t na, const sc_pair_t *b, size_t nb)
{
	return na == nb && (!na || !memcmp(a, b, na * sizeof *a));
}

/* The same clusters (members, pairs), links, duplicate and event pairs, to the byte. */
static inline int sc_test_same_result(const sc_det_result_t *a, const sc_det_result_t *b)
{
	if (a->nclusters != b->nclusters || a->nlinks != b->nlinks) return 0;
	for (size_t c = 0; c < a->nclusters; c++) {
		const sc_cluster_t *x = &a->clusters[c], *y = &b->clusters[c];
		if (x->kind != y->kind || x->nmembers != y->nmembers ||
		    memcmp(x->members, y->members, x->nmembers * sizeof *x->members) ||
		    !sc_test_same_pairs(x->pairs, x->npairs, y->pairs, y->npairs))
			return 0;
	}
	for (size_t i = 0; i < a->nlinks; i++)
		if (a->links[i].tier != b->links[i].tier ||
		    a->links[i].refused != b->links[i].refused ||
		    memcmp(&a->links[i].pair, &b->links[i].pair, sizeof a->links[i].pair))
			return 0;
	return sc_test_same_pairs(a->dup_pairs, a->ndup_pairs, b->dup_pairs, b->ndup_pairs) &&
	       sc_test_same_pairs(a->event_pairs, a->nevent_pairs, b->event_pairs,
	                          b->nevent_pairs);
}

/* The same result, and the same counts of the event tier's comparisons and refusals (a pair
 * refused twice, taken again from a queue, counts twice). */
static inline int sc_test_same_event_result(const sc_det_result_t *a, const sc_det_result_t *b)
{
	const sc_det_tier_stats_t *x = &a->stats.event, *y = &b->stats.event;
	return sc_test_same_result(a, b) && x->lsh.candidates == y->lsh.candidates &&
	       x->exact == y->exact && x->link_checks == y->link_checks &&
	       x->means_cut == y->means_cut && x->means_vetoed == y->means_vetoed &&
	       x->merges == y->merges && x->refused_year == y->refused_year &&
	       x->refused_window == y->refused_window &&
	       x->refused_cohesion == y->refused_cohesion &&
	       x->refused_weekday == y->refused_weekday && !strcmp(a->warning, b->warning);
}

#endif
