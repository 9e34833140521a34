/* Smoke test of the build: the error table and option defaults; sc_read_file (sc_prim.h), the
 * one whole-file reader of the lexicons and the judge model. */
#include "check.h"
#include "report.h"
#include "sc_prim.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Writes n bytes (a pattern with NULs and every byte value) to a temp file, reads it back. */
static void read_back(size_t n)
{
	char path[] = "/tmp/sc_read_file_XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0, "mkstemp");
	if (fd < 0) return;
	char *w = malloc(n ? n : 1);
	for (size_t i = 0; i < n; i++)
		w[i] = (char)(i * 7 % 256);
	CHECK(write(fd, w, n) == (ssize_t)n, "write %zu", n);
	close(fd);
	char *r = NULL;
	size_t len = 12345;
	CHECK(sc_read_file(path, &r, &len) == SC_OK, "read %zu bytes", n);
	CHECK(r && len == n, "length %zu for %zu", len, n);
	CHECK(r && !memcmp(r, w, n) && r[n] == '\0', "bytes of %zu and the NUL after them", n);
	free(r);
	free(w);
	unlink(path);
}

int main(void)
{
	sc_mh_params_t p;
	sc_sh_mh_params_init(&p);
	CHECK(p.k == 128, "default k is %d", p.k);
	CHECK(strcmp(sc_strerror(SC_ETRUNC), "unknown error") != 0, "SC_ETRUNC has a message");

	/* empty, around the first growth steps (4096 + the NUL), and several doublings */
	const size_t sizes[] = {0, 1, 4095, 4096, 4097, 8191, 200000};
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		read_back(sizes[i]);
	char *r = (char *)"untouched";
	size_t len = 7;
	errno = 0;
	CHECK(sc_read_file("/nonexistent/sc_read_file", &r, &len) == SC_EIO && errno == ENOENT &&
	          len == 7 && !strcmp(r, "untouched"),
	      "a missing file: SC_EIO, errno ENOENT, outputs untouched");
	return CHECK_DONE();
}
