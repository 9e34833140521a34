/* Average linkage's first round on threads (issue 12, the 2x wall target; branch evspeed9):
 * event.c first_round computes every cluster's means with its higher neighbours on threads,
 * block by block of clusters (SC_DET_EV_R1_BLOCK=N sets the block), and applies the budget
 * afterwards in cluster order, as one loop over the clusters did. Checked on 700 generated
 * documents (over SC_DET_ALLPAIRS pairs: the event tier's inverted index):
 * - blocks of 1 and 37 clusters at 2 and 3 threads give the result of one thread and one
 *   block: clusters, links, event pairs (bytes), and the counts of means computed, cut and
 *   vetoed, and of exact comparisons spent;
 * - the same with a budget that runs out inside the first round (SC_DET_EV_MEANS=N: N cluster
 *   means left once the candidates are compared): the run spends exactly the budget and says
 *   what it cut, whatever the threads and blocks. A budget applied per block or per thread,
 *   in schedule order, would cut other means.
 * The merge loop's memory (branch evmem11): the first round's entries that a merge made stale
 * are dropped as the loop goes, and so are the heap's when it is full (SC_DET_EV_COMPACT=1:
 * after every merge, and a heap of one entry at first): the same result to the byte, at 1 and
 * 2 threads, with the default budget and with one cut in the first round. */
#include "check.h"
#include "det_gen_test.h"
#include "det_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_DOCS 700

static sc_det_t *run(const sc_det_opts_t *o, const char *block, const char *budget)
{
	if (budget) setenv("SC_DET_EV_MEANS", budget, 1);
	sc_det_t *d = sc_test_evg_run(o, N_DOCS, 23, "SC_DET_EV_R1_BLOCK", block, NULL);
	unsetenv("SC_DET_EV_MEANS");
	return d;
}

/* Runs every (threads, block) of the table against one thread and one block. */
static void check_blocks(const sc_det_opts_t *o, const sc_det_result_t *ra, const char *budget)
{
	static const struct {
		int threads;
		const char *block;
	} runs[] = {{2, "1"}, {3, "37"}, {2, NULL}};
	for (size_t k = 0; ra && k < sizeof runs / sizeof *runs; k++) {
		sc_det_opts_t x = *o;
		x.threads = runs[k].threads;
		sc_det_t *b = run(&x, runs[k].block, budget);
		CHECK(b && sc_test_same_event_result(ra, sc_det_result(b)),
		      "budget %s: first round in blocks of %s clusters (%d threads) = one block, one "
		      "thread",
		      budget ? budget : "default", runs[k].block ? runs[k].block : "default",
		      runs[k].threads);
		sc_det_free(b);
	}
	/* stale entries dropped after every merge: the same pops, the same result */
	for (int threads = 1; ra && threads <= 2; threads++) {
		sc_det_opts_t x = *o;
		x.threads = threads;
		setenv("SC_DET_EV_COMPACT", "1", 1);
		sc_det_t *b = run(&x, NULL, budget);
		unsetenv("SC_DET_EV_COMPACT");
		CHECK(b && sc_test_same_event_result(ra, sc_det_result(b)),
		      "budget %s: stale entries dropped after every merge (%d threads) = as the loop "
		      "meets them",
		      budget ? budget : "default", threads);
		sc_det_free(b);
	}
}

int main(void)
{
	sc_det_opts_t o;
	if (!sc_test_det_start(&o)) return CHECK_DONE();
	o.all_event_pairs = 1;
	o.threads = 1;

	/* the default budget: nothing cut in clustering */
	sc_det_t *a = run(&o, NULL, NULL);
	const sc_det_result_t *ra = a ? sc_det_result(a) : NULL;
	if (ra) {
		const sc_det_tier_stats_t *e = &ra->stats.event;
		CHECK(!ra->event_plan.all_pairs && ra->ndocs == N_DOCS,
		      "%zu documents, the event tier's index (not every pair)", ra->ndocs);
		CHECK(e->merges > 100 && e->link_checks > 100 && e->means_cut == 0,
		      "%llu merges, %llu cluster means, %llu cut", (unsigned long long)e->merges,
		      (unsigned long long)e->link_checks, (unsigned long long)e->means_cut);
	}
	check_blocks(&o, ra, NULL);
	sc_det_free(a);

	/* a budget that runs out among the first round's means (SC_DET_EV_MEANS: that many left
	 * to clustering once the candidates are compared; the first round asks for more) */
	const char *budget = "40";
	a = run(&o, NULL, budget);
	ra = a ? sc_det_result(a) : NULL;
	if (ra) {
		const sc_det_tier_stats_t *e = &ra->stats.event;
		CHECK(e->means_cut > 0 && e->link_checks == 40 &&
		          e->exact == e->lsh.candidates + 40 && strstr(ra->warning, "budget"),
		      "40 means left: %llu computed, %llu cut, %llu exact comparisons spent of %llu "
		      "candidates + 40, warning \"%s\"",
		      (unsigned long long)e->link_checks, (unsigned long long)e->means_cut,
		      (unsigned long long)e->exact, (unsigned long long)e->lsh.candidates, ra->warning);
	}
	check_blocks(&o, ra, budget);
	sc_det_free(a);
	return CHECK_DONE();
}
