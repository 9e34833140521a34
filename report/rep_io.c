/* rep_io.c: output files of the report stage.
 *
 * A CI job or an editor's tool must never read half a report: every file goes through the
 * shingle stage's one atomic writer (sc_out_open, rules in shingle.h): temporary file made by
 * mkstemp in the target's directory, fsynced, renamed over the target, directory fsynced;
 * standard output (under any name), devices and pipes written in place. */
#include "rep_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int sc_rep_write_all(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t k = write(fd, data, len);
		if (k < 0) {
			if (errno == EINTR) continue;
			return -1;
		}
		data += k;
		len -= (size_t)k;
	}
	return 0;
}

typedef struct {
	const char *data;
	size_t len;
} mem_t;

static int emit_mem(int fd, void *ctx)
{
	const mem_t *m = ctx;
	return sc_rep_write_all(fd, m->data, m->len);
}

int sc_rep_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
	mem_t m = {data ? data : "", data ? len : 0};
	return sc_rep_write_atomic_fn(path, emit_mem, &m, err, errlen);
}

int sc_rep_write_atomic_fn(const char *path, int (*emit)(int fd, void *ctx), void *ctx,
                           char *err, size_t errlen)
{
	/* the rules (stdout under any name, devices in place, mkstemp, mode and owner kept) are
	 * the shingle stage's one writer: sc_out_open */
	sc_outfile_t *o = NULL;
	int rc = sc_out_open(&o, path, err, errlen);
	if (rc) return rc;
	FILE *fp = sc_out_fp(o);
	if (fflush(fp) || emit(fileno(fp), ctx)) {
		int e = errno;
		snprintf(err, errlen, "cannot write %s: %s", path && strcmp(path, "-") ? path
		         : "standard output", strerror(e));
		sc_out_abort(o);
		return SC_EIO;
	}
	return sc_out_commit(o, err, errlen);
}
