/* bench_clock.h: the clocks every benchmark reads (bench/ only). Wall time comes from
 * CLOCK_MONOTONIC; CPU time from CLOCK_THREAD_CPUTIME_ID (or the process clock), which stays
 * meaningful on a shared machine, where the wall clock also counts other processes. One
 * definition, so that the figures of different benchmarks are read the same way. */
#ifndef SC_BENCH_CLOCK_H
#define SC_BENCH_CLOCK_H

#include <time.h>

/* Seconds on clock id. */
static inline double bench_clock_s(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Wall-clock seconds (monotonic). */
static inline double bench_wall_s(void)
{
	return bench_clock_s(CLOCK_MONOTONIC);
}

/* CPU seconds of the calling thread. */
static inline double bench_cpu_s(void)
{
	return bench_clock_s(CLOCK_THREAD_CPUTIME_ID);
}

#endif
