/* check.h: the small test harness of storycheck's C tests.
 * CHECK(cond, fmt, ...) records a failure with its location and goes on; CHECK_DONE() prints
 * "N passed, N failed" and returns the exit status. Seeded tests print their seed on failure. */
#ifndef SC_CHECK_H
#define SC_CHECK_H
#include <stdio.h>

static int sc_check_pass, sc_check_fail;
#define CHECK(cond, ...)                                                              \
	do {                                                                              \
		if (cond) {                                                                   \
			sc_check_pass++;                                                          \
		} else {                                                                      \
			sc_check_fail++;                                                          \
			fprintf(stderr, "%s:%d: CHECK(%s) failed: ", __FILE__, __LINE__, #cond); \
			fprintf(stderr, __VA_ARGS__);                                             \
			fputc('\n', stderr);                                                      \
		}                                                                             \
	} while (0)
#define CHECK_DONE()                                                          \
	(printf("%d passed, %d failed\n", sc_check_pass, sc_check_fail), \
	 sc_check_fail ? 1 : 0)
#endif
