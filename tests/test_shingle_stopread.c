/* test_shingle_stopread: a reader blocked on a quiet pipe stops once the caller's interrupt flag
 * is set, even when no signal interrupts its read(). That is the check-then-block race: a
 * signal whose handler runs after the reader looked at the flag but before read() blocks
 * leaves nothing to wake it (tests/cli/hostile_interrupt.sh hung so under valgrind in CI,
 * stop 29). Here another thread sets the flag while the reader waits, and no signal is sent;
 * an alarm ends the test (a failure) if the reader never returns. Also: with the flag clear,
 * the documents before the pause are read in full, and a pipe that then closes ends normally;
 * and a write end given as the input is a reject at once, not a wait. */
#include "check.h"
#include "shingle.h"

#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t g_flag;

static void *raise_flag(void *arg)
{
	(void)arg;
	nanosleep(&(struct timespec){.tv_nsec = 300 * 1000 * 1000}, NULL);
	g_flag = 1;
	return NULL;
}

static const char LINES[] = "{\"id\":\"a\",\"text\":\"one two three four five six\"}\n"
                            "{\"id\":\"b\",\"text\":\"seven eight nine ten eleven twelve\"}\n";

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Reads "-" until the end or an error; returns the last code (0 at the end), *ndocs the
 * documents read. */
static int drain(int fd, int *ndocs)
{
	dup2(fd, STDIN_FILENO);
	close(fd);
	sc_reader_opts_t o;
	sc_sh_reader_opts_init(&o);
	o.interrupt = &g_flag;
	sc_reader_t *r = NULL;
	const char *in[] = {"-"};
	int rc = sc_sh_reader_open(&r, in, 1, &o);
	*ndocs = 0;
	for (; rc == SC_OK;) {
		sc_doc_t d = {0};
		sc_reject_t j = {0};
		rc = sc_sh_reader_next(r, &d, &j);
		*ndocs += rc == 1;
		if (rc == 1) sc_doc_free(&d);
		if (rc == 2) sc_reject_free(&j);
		if (rc > 0) rc = SC_OK;
		else break;
	}
	sc_sh_reader_close(r);
	return rc;
}

int main(void)
{
	alarm(30); /* a reader that never wakes fails the test instead of hanging it */
	int p[2], nd = -1;

	/* the writer stays open and quiet: only the flag can end the read */
	CHECK(pipe(p) == 0, "pipe");
	CHECK(write(p[1], LINES, sizeof LINES - 1) == (ssize_t)(sizeof LINES - 1), "write");
	g_flag = 0;
	pthread_t t;
	const double t0 = now(); /* before the thread, whose sleep starts after this */
	pthread_create(&t, NULL, raise_flag, NULL);
	int rc = drain(p[0], &nd);
	const double dt = now() - t0;
	pthread_join(t, NULL);
	CHECK(rc == SC_EINTR, "a quiet pipe with the flag set: %d, expected SC_EINTR", rc);
	CHECK(nd == 2, "%d documents before the pause, expected 2", nd);
	CHECK(dt >= 0.25, "returned after %.3f s, before the flag was set", dt);
	close(p[1]);

	/* flag clear, the writer closes after the documents: a normal end */
	CHECK(pipe(p) == 0, "pipe");
	CHECK(write(p[1], LINES, sizeof LINES - 1) == (ssize_t)(sizeof LINES - 1), "write");
	close(p[1]);
	g_flag = 0;
	rc = drain(p[0], &nd);
	CHECK(rc == 0 && nd == 2, "a closed pipe: rc %d, %d documents", rc, nd);

	/* a write end given as the input: poll would never report it; the reader must say at once
	 * that it cannot read it (a reject), not wait for a flag (the alarm fails a hang) */
	CHECK(pipe(p) == 0, "pipe");
	g_flag = 0;
	int nrej = 0;
	dup2(p[1], STDIN_FILENO);
	close(p[1]);
	sc_reader_opts_t o;
	sc_sh_reader_opts_init(&o);
	o.interrupt = &g_flag;
	sc_reader_t *r = NULL;
	const char *in[] = {"-"};
	rc = sc_sh_reader_open(&r, in, 1, &o);
	while (rc == SC_OK) {
		sc_doc_t d = {0};
		sc_reject_t j = {0};
		rc = sc_sh_reader_next(r, &d, &j);
		if (rc == 1) sc_doc_free(&d);
		if (rc == 2) {
			nrej += j.reason && strstr(j.reason, "read error") != NULL;
			sc_reject_free(&j);
		}
		if (rc <= 0) break; /* the end (0) or an error */
		rc = SC_OK;
	}
	sc_sh_reader_close(r);
	close(p[0]);
	CHECK(rc == 0 && nrej == 1, "a write-only input: rc %d, %d read-error rejects", rc, nrej);
	return CHECK_DONE();
}
