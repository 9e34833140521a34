/* The event tier's memory, session 13 (issue 12, branch mem13): a vector's term ids are held
 * as 16-bit gaps, with an escape (0xFFFF and the id's two halves) for a gap that does not fit
 * (event.c, vec_ids). SC_DET_EV_ESC=1 escapes every id (6 bytes an id instead of 2), and must
 * give the same vectors:
 * 1. 800 documents of stems of their own plus some shared with a neighbour, 84,000 terms in
 *    all, so that the later documents' first id is past 0xFFFF and escaped in the default
 *    coding too: every pair's cosine is the same double both ways, the shared pairs' above 0,
 *    and the default coding is 4 bytes an id smaller (sc_det_ev_bytes).
 * 2. 700 generated documents through the whole detector (candidates, clustering with its
 *    documents alone reading their ids from the codes, the listed pairs' cosines), at 1 and 2
 *    threads: the same result and counts to the byte.
 * It fails when the escape's halves are read swapped, when a gap is read one too large, and
 * when the escape is taken for gaps of 0xFFFE (tried). */
#include "check.h"
#include "det_gen_test.h"
#include "det_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_SYN 800
#define OWN 100   /* stems of a document's own */
#define SHARED 10 /* stems documents 2i and 2i+1 share */

/* A stem "hash": a bijection of a nonzero key (never 0), spread over the bits as XXH3's are
 * (the stem table is indexed by the low bits) */
static uint64_t mix(uint64_t key)
{
	return key * 0x9E3779B97F4A7C15ull;
}

static int cmp_h(const void *x, const void *y)
{
	const sc_det_evterm_t *a = x, *b = y;
	return (a->h > b->h) - (a->h < b->h);
}

static sc_det_ev_t *synthetic(sc_det_doc_t *docs, const char *esc)
{
	sc_det_evterms_t *terms = calloc(N_SYN, sizeof *terms);
	sc_det_ev_t *ev = NULL;
	if (!terms) return NULL;
	for (size_t i = 0; i < N_SYN; i++) {
		sc_det_evterms_t *t = &terms[i];
		t->n = t->m = OWN + SHARED;
		if (!(t->a = malloc(t->m * sizeof *t->a))) return NULL;
		for (uint32_t j = 0; j < OWN; j++)
			t->a[j] = (sc_det_evterm_t){.h = mix((uint64_t)(i + 1) << 20 | j),
			                            .tf = (float)(1 + (i + j) % 3),
			                            .first = j};
		for (uint32_t j = 0; j < SHARED; j++)
			t->a[OWN + j] = (sc_det_evterm_t){
			    .h = mix((uint64_t)1 << 40 | (uint64_t)(i / 2) << 8 | j),
			    .tf = 1,
			    .first = OWN + j};
		qsort(t->a, t->n, sizeof *t->a, cmp_h); /* a list is sorted by hash */
	}
	sc_test_env("SC_DET_EV_ESC", esc);
	const int rc = sc_det_ev_create_terms(&ev, docs, N_SYN, terms, NULL, 1);
	unsetenv("SC_DET_EV_ESC");
	free(terms);
	CHECK(rc == SC_OK, "create_terms: %d", rc);
	return rc ? NULL : ev;
}

static void check_synthetic(void)
{
	sc_det_doc_t *docs = calloc(N_SYN, sizeof *docs);
	if (!docs) return;
	for (size_t i = 0; i < N_SYN; i++)
		docs[i].day = SC_DET_NODAY;
	sc_det_ev_t *a = synthetic(docs, NULL), *b = synthetic(docs, "1");
	if (a && b) {
		size_t same = 0, pairs = 0, shared = 0;
		for (uint32_t x = 0; x < N_SYN; x++)
			for (uint32_t y = x + 1; y < N_SYN; y += 1 + (y * 7 + x) % 37) {
				const double ca = sc_det_ev_cosine(a, x, y),
				             cb = sc_det_ev_cosine(b, x, y);
				pairs++;
				same += ca == cb;
				shared += x / 2 == y / 2 && ca > 0.01;
			}
		CHECK(same == pairs, "%zu of %zu cosines the same with every id escaped", same,
		      pairs);
		CHECK(shared == N_SYN / 2, "%zu of %d neighbours share stems", shared, N_SYN / 2);
		/* the same ids, at 2 bytes a code: 4 bytes an id less, but for the ~140 documents
		 * whose first id is escaped either way */
		const size_t ids = (size_t)N_SYN * (OWN + SHARED);
		const size_t ba = sc_det_ev_bytes(a), bb = sc_det_ev_bytes(b);
		CHECK(bb > ba && bb - ba >= 4 * (ids - 200) && bb - ba < 4 * ids,
		      "vectors: %zu bytes, %zu with every id escaped (%zu ids)", ba, bb, ids);
	}
	sc_det_ev_free(a);
	sc_det_ev_free(b);
	free(docs);
}

int main(void)
{
	check_synthetic();
	sc_det_opts_t o;
	if (!sc_test_det_start(&o)) return CHECK_DONE();
	o.all_event_pairs = 1;
	for (int threads = 1; threads <= 2; threads++) {
		o.threads = threads;
		sc_det_t *a = sc_test_evg_run(&o, 700, 31, "SC_DET_EV_ESC", NULL, NULL);
		sc_det_t *b = sc_test_evg_run(&o, 700, 31, "SC_DET_EV_ESC", "1", NULL);
		const sc_det_result_t *ra = a ? sc_det_result(a) : NULL;
		const sc_det_result_t *rb = b ? sc_det_result(b) : NULL;
		CHECK(ra && ra->stats.event.merges > 100, "%llu event merges",
		      ra ? (unsigned long long)ra->stats.event.merges : 0ull);
		CHECK(ra && rb && sc_test_same_event_result(ra, rb),
		      "%d threads: ids as gaps = every id escaped", threads);
		sc_det_free(a);
		sc_det_free(b);
	}
	return CHECK_DONE();
}
