/* test_detect_sigmask: the library's worker threads block the stop signals (SIGINT, SIGTERM,
 * SIGHUP, SIGQUIT), so a signal sent to the process reaches the command's thread. A worker that
 * took SIGINT set the command's flag but left `storycheck detect` asleep in read() on a quiet
 * pipe (tests/cli/hostile_interrupt.sh hung that way under valgrind in CI, stop 29). Checked on
 * sc_thread_start itself and on the detector's pool (sc_det_parallel), whose worker 0 is the
 * caller: its mask must be left as it was. Fault signals stay unblocked in workers (the MPI
 * build's death handler reports them). */
#include "det_internal.h"
#include "sc_prim.h"

#include "check.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <time.h>

#define NW 4

typedef struct {
	atomic_int seen[NW];    /* 1 when that worker ran a chunk */
	atomic_int stop_open;   /* workers other than 0 that did not block a stop signal */
	atomic_int fault_block; /* workers that blocked SIGSEGV */
	atomic_int caller_blk;  /* worker 0 (the caller) saw SIGINT blocked */
} probe_t;

static int mask_has(int sig)
{
	sigset_t cur;
	pthread_sigmask(SIG_BLOCK, NULL, &cur);
	return sigismember(&cur, sig) == 1;
}

static int job(void *ctx, int worker, size_t lo, size_t hi)
{
	probe_t *p = ctx;
	(void)lo, (void)hi;
	atomic_store(&p->seen[worker], 1);
	if (worker == 0) {
		if (mask_has(SIGINT)) atomic_fetch_add(&p->caller_blk, 1);
	} else {
		const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
		for (int i = 0; i < 4; i++)
			if (!mask_has(sigs[i])) atomic_fetch_add(&p->stop_open, 1);
	}
	if (mask_has(SIGSEGV)) atomic_fetch_add(&p->fault_block, 1);
	/* slow enough that every worker gets a chunk before the caller eats them all */
	nanosleep(&(struct timespec){.tv_nsec = 200000}, NULL);
	return 0;
}

static void *thread_fn(void *arg)
{
	int *out = arg;
	out[0] = mask_has(SIGINT) && mask_has(SIGTERM) && mask_has(SIGHUP) && mask_has(SIGQUIT);
	out[1] = mask_has(SIGSEGV) || mask_has(SIGBUS);
	return NULL;
}

int main(void)
{
	/* whatever started the test may have blocked them: this thread takes them */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGHUP);
	sigaddset(&stop, SIGQUIT);
	pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
	/* the helper: the new thread blocks the stop signals, the caller's mask is untouched */
	int got[2] = {-1, -1};
	pthread_t t;
	CHECK(sc_thread_start(&t, thread_fn, got) == 0, "sc_thread_start failed");
	pthread_join(t, NULL);
	CHECK(got[0] == 1, "a started thread does not block every stop signal");
	CHECK(got[1] == 0, "a started thread blocks a fault signal");
	CHECK(!mask_has(SIGINT) && !mask_has(SIGTERM), "the caller's mask changed");

	/* the pool: many chunks, so the workers beyond 0 run some */
	probe_t p = {0};
	CHECK(sc_det_parallel(NW, 256, 1, job, &p) == 0, "sc_det_parallel failed");
	int others = 0;
	for (int i = 1; i < NW; i++)
		others += atomic_load(&p.seen[i]);
	CHECK(others > 0, "no worker other than the caller ran a chunk (test is vacuous)");
	CHECK(atomic_load(&p.stop_open) == 0, "%d worker checks saw a stop signal unblocked",
	      atomic_load(&p.stop_open));
	CHECK(atomic_load(&p.fault_block) == 0, "a worker blocked SIGSEGV");
	CHECK(atomic_load(&p.caller_blk) == 0, "the caller's thread blocked SIGINT in the pool");
	CHECK(!mask_has(SIGINT), "the caller's mask changed after the pool");
	return CHECK_DONE();
}
