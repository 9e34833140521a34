/* Event clustering's memory, session 12 (issue 12, branch evtier12): a document alone keeps
 * neither a neighbour list nor its years, dates and weekdays in clustering. Its neighbours are
 * read from the edges (their later ends in place, a reverse index for the earlier ones) and its
 * years from its document; only merged clusters own either. SC_DET_EV_OWN=1 makes every
 * document own both at the start, as before (a list built by one pass over the edges, its years
 * filled once), and the run must give the same result to the byte, with the same counts of
 * means, merges and refusals: 700 generated documents (copies, updates, the year veto, the
 * window and the weekday rule at work), at 1 and 2 threads, the default budget and one that
 * runs out in the first round. It fails when the reverse index misses a document's last
 * earlier neighbour (the 29 detect, event and cluster tests before this one passed with that),
 * and when a document alone reads no date; it does not fail when a document alone reads no
 * weekday (tried: on these documents a lone report's weekday never decides a merge). */
#include "check.h"
#include "det_gen_test.h"
#include "det_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_DOCS 700

static sc_det_t *run(const sc_det_opts_t *o, const char *own, const char *budget)
{
	if (budget) setenv("SC_DET_EV_MEANS", budget, 1);
	sc_det_t *d = sc_test_evg_run(o, N_DOCS, 29, "SC_DET_EV_OWN", own, NULL);
	unsetenv("SC_DET_EV_MEANS");
	return d;
}

int main(void)
{
	sc_det_opts_t o;
	if (!sc_test_det_start(&o)) return CHECK_DONE();
	o.all_event_pairs = 1;
	static const char *budgets[] = {NULL, "40"};
	for (size_t k = 0; k < sizeof budgets / sizeof *budgets; k++)
		for (int threads = 1; threads <= 2; threads++) {
			o.threads = threads;
			sc_det_t *a = run(&o, NULL, budgets[k]), *b = run(&o, "1", budgets[k]);
			const sc_det_result_t *ra = a ? sc_det_result(a) : NULL;
			const sc_det_result_t *rb = b ? sc_det_result(b) : NULL;
			if (ra && !budgets[k]) {
				const sc_det_tier_stats_t *e = &ra->stats.event;
				CHECK(e->merges > 100 && e->link_checks > 100 &&
				          e->means_vetoed + e->refused_year + e->refused_window +
				                  e->refused_weekday + e->refused_cohesion >
				              0,
				      "%llu merges, %llu means, some refused or vetoed",
				      (unsigned long long)e->merges, (unsigned long long)e->link_checks);
			}
			CHECK(ra && rb && sc_test_same_event_result(ra, rb),
			      "budget %s, %d threads: neighbours from the edges and years from the "
			      "documents = every document owning both",
			      budgets[k] ? budgets[k] : "default", threads);
			sc_det_free(a);
			sc_det_free(b);
		}
	return CHECK_DONE();
}
