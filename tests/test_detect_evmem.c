/* The detector's memory at scale (issue 12, item 4; branch evmem):
 * - the event tier's candidates are compared in blocks by ranges of their first document
 *   (event.c index_edges; SC_DET_EV_BLOCK=N sets the block): blocks of 1 and of 97 emitted
 *   pairs give the same event pairs (bytes: cosines, Jaccards, estimates), clusters, links,
 *   candidate count and budget spent as one block, at 1 to 3 threads; a pair compared in the
 *   wrong block, twice or not at all would change the candidate count or the pairs;
 * - opts.release_texts with the comparator off: the result is that of a run that keeps every
 *   text, and no text is held after the run; with the comparator on, exactly the documents of
 *   event clusters keep theirs. A text freed before its last set is built would give that
 *   document an empty shingle set and lose its pairs (and ASan/valgrind would see a read of
 *   freed memory).
 * On 700 generated documents (over SC_DET_ALLPAIRS pairs: the event tier's inverted index). */
#include "check.h"
#include "det_gen_test.h"
#include "det_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_DOCS 700

static sc_det_t *run(const sc_det_opts_t *o, const char *block)
{
	return sc_test_evg_run(o, N_DOCS, 11, "SC_DET_EV_BLOCK", block, NULL);
}

/* The same result, and the same event candidates and exact comparisons spent. */
static int same_result(const sc_det_result_t *a, const sc_det_result_t *b)
{
	return sc_test_same_result(a, b) &&
	       a->stats.event.lsh.candidates == b->stats.event.lsh.candidates &&
	       a->stats.event.exact == b->stats.event.exact;
}

/* Documents that kept their text; *wrong: those whose keeping differs from "in an event
 * cluster" (every document when in_event_only is 0: none should keep it). */
static size_t texts_kept(const sc_det_result_t *r, int in_event_only, size_t *wrong)
{
	unsigned char *in = calloc(r->ndocs ? r->ndocs : 1, 1);
	size_t kept = 0;
	*wrong = 0;
	if (!in) {
		CHECK(0, "out of memory");
		return 0;
	}
	for (size_t c = 0; c < r->nclusters; c++)
		if (r->clusters[c].kind == SC_CLUSTER_EVENT)
			for (size_t j = 0; j < r->clusters[c].nmembers; j++)
				in[r->clusters[c].members[j]] = 1;
	for (size_t i = 0; i < r->ndocs; i++) {
		const int has = r->docs[i].doc.text != NULL;
		kept += has;
		*wrong += has != (in_event_only && in[i]);
	}
	free(in);
	return kept;
}

int main(void)
{
	sc_det_opts_t o;
	if (!sc_test_det_start(&o)) return CHECK_DONE();
	o.all_event_pairs = 1;

	/* blocks of candidates: one block at 1 thread, then blocks of 1 and 97 emitted pairs */
	static const struct {
		int threads;
		const char *block;
	} runs[] = {{1, NULL}, {3, "1"}, {2, "97"}};
	sc_det_opts_t one = o;
	one.threads = 1;
	sc_det_t *a = run(&one, NULL);
	const sc_det_result_t *ra = a ? sc_det_result(a) : NULL;
	if (ra) {
		CHECK(!ra->event_plan.all_pairs && ra->ndocs == N_DOCS,
		      "%zu documents, the event tier's index (not every pair)", ra->ndocs);
		CHECK(ra->stats.event.lsh.candidates > 1000 && ra->nevent_pairs > 100,
		      "%llu event candidates, %zu event pairs",
		      (unsigned long long)ra->stats.event.lsh.candidates, ra->nevent_pairs);
	}
	for (size_t k = 1; ra && k < sizeof runs / sizeof *runs; k++) {
		sc_det_opts_t x = o;
		x.threads = runs[k].threads;
		sc_det_t *b = run(&x, runs[k].block);
		CHECK(b && same_result(ra, sc_det_result(b)),
		      "blocks of %s candidate pairs (%d threads) = one block", runs[k].block,
		      runs[k].threads);
		sc_det_free(b);
	}

	/* texts released, the comparator off: the same result, no text held */
	sc_det_opts_t rel = one;
	rel.release_texts = 1;
	sc_det_t *b = run(&rel, NULL);
	if (ra && b) {
		const sc_det_result_t *rb = sc_det_result(b);
		size_t wrong, kept = texts_kept(ra, 0, &wrong);
		CHECK(kept == N_DOCS, "release_texts 0: every text kept (%zu)", kept);
		CHECK(same_result(ra, rb), "release_texts, no comparator: the same result");
		kept = texts_kept(rb, 0, &wrong);
		CHECK(kept == 0, "release_texts, no comparator: %zu texts held after the run", kept);
		size_t lens = 0;
		for (size_t i = 0; i < rb->ndocs; i++)
			lens += rb->docs[i].doc.len == ra->docs[i].doc.len;
		CHECK(lens == N_DOCS, "lengths kept: %zu of %d", lens, N_DOCS);
	}
	sc_det_free(a);
	sc_det_free(b);

	/* the comparator on: texts of event clusters' documents only */
	sc_det_opts_t cmp = o, cmprel = o;
	cmp.compare = cmprel.compare = 1;
	cmprel.release_texts = 1;
	a = run(&cmp, NULL);
	b = run(&cmprel, NULL);
	if (a && b) {
		const sc_det_result_t *ca = sc_det_result(a), *cb = sc_det_result(b);
		CHECK(same_result(ca, cb) && ca->nconflicts == cb->nconflicts,
		      "release_texts, the comparator on: the same result (%zu conflicts)",
		      ca->nconflicts);
		size_t wrong, kept = texts_kept(cb, 1, &wrong);
		CHECK(wrong == 0 && kept > 0 && kept < N_DOCS,
		      "the comparator on: %zu texts kept, %zu not as the event clusters say", kept,
		      wrong);
	}
	sc_det_free(a);
	sc_det_free(b);
	return CHECK_DONE();
}
