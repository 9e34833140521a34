/* det_pool.c: a parallel for over index ranges, for the detector's per-document and per-pair
 * work (sketching, building shingle sets, exact verification).
 *
 * Work is cut into chunks of `grain` indices handed out by an atomic counter, so a slow chunk
 * (a long document) does not hold the other threads back. Determinism does not depend on the
 * schedule: a job writes only the slots of its own indices, or into per-chunk outputs that the
 * caller joins in chunk order. On error the code of the failing chunk with the lowest start is
 * returned, so the error reported does not depend on the schedule either. Threads are created
 * per call: calls are few (one per batch of thousands of documents) and a thread costs tens of
 * microseconds.
 */
#include "det_internal.h"
#include "sc_prim.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct pool_s {
	sc_det_job_fn fn;
	void *ctx;
	size_t n, grain;
	atomic_size_t next;
	atomic_int stop;
	pthread_mutex_t mu;
	size_t err_lo; /* start of the failing chunk with the lowest start */
	int err;
} pool_t;

typedef struct worker_s {
	pool_t *p;
	int id;
} worker_t;

static void *work(void *arg)
{
	worker_t *w = arg;
	pool_t *p = w->p;
	for (;;) {
		if (atomic_load(&p->stop)) break;
		size_t lo = atomic_fetch_add(&p->next, p->grain);
		if (lo >= p->n) break;
		size_t hi = p->n - lo < p->grain ? p->n : lo + p->grain;
		int rc = p->fn(p->ctx, w->id, lo, hi);
		if (rc) {
			pthread_mutex_lock(&p->mu);
			if (!p->err || lo < p->err_lo) p->err = rc, p->err_lo = lo;
			pthread_mutex_unlock(&p->mu);
			atomic_store(&p->stop, 1);
		}
	}
	return NULL;
}

int sc_det_nthreads(int opt)
{
	if (opt > 0) return opt;
	long c = sysconf(_SC_NPROCESSORS_ONLN);
	return c < 1 ? 1 : c > 1024 ? 1024 : (int)c;
}

int sc_det_parallel(int nthreads, size_t n, size_t grain, sc_det_job_fn fn, void *ctx)
{
	if (grain < 1) grain = 1;
	if (n == 0) return SC_OK;
	size_t chunks = (n + grain - 1) / grain;
	if (nthreads < 1) nthreads = 1;
	if ((size_t)nthreads > chunks) nthreads = (int)chunks;
	if (nthreads == 1) {
		for (size_t lo = 0; lo < n; lo += grain) {
			int rc = fn(ctx, 0, lo, n - lo < grain ? n : lo + grain);
			if (rc) return rc;
		}
		return SC_OK;
	}
	pool_t p = {.fn = fn, .ctx = ctx, .n = n, .grain = grain};
	atomic_init(&p.next, 0);
	atomic_init(&p.stop, 0);
	pthread_mutex_init(&p.mu, NULL);
	pthread_t *th = malloc((size_t)nthreads * sizeof *th);
	worker_t *w = malloc((size_t)nthreads * sizeof *w);
	int started = 0, rc = SC_OK;
	if (!th || !w) {
		rc = SC_ENOMEM;
		goto done;
	}
	/* Worker 0 is the calling thread; if a thread cannot be created, fewer do the work. */
	for (int i = 1; i < nthreads; i++) {
		w[i] = (worker_t){&p, i};
		if (sc_thread_start(&th[i], work, &w[i])) break;
		started = i;
	}
	w[0] = (worker_t){&p, 0};
	work(&w[0]);
	for (int i = 1; i <= started; i++)
		pthread_join(th[i], NULL);
	rc = p.err;
done:
	pthread_mutex_destroy(&p.mu);
	free(th);
	free(w);
	return rc;
}
