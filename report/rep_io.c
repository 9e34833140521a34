/* rep_io.c: atomic output files.
 *
 * A CI job or an editor's tool must never read half a report: the data goes to a temporary
 * file in the target's directory (same file system, so rename is atomic), is fsynced, and is
 * renamed over the target; the directory is then fsynced so the rename itself survives a
 * crash. On any failure the temporary file is removed and the target is left as it was.
 * Devices and pipes (/dev/null, /dev/full, a FIFO) are written directly: there is nothing to
 * replace there. A symlink is followed and its target replaced; the link stays. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "rep_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int write_all(int fd, const char *data, size_t len)
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
	return write_all(fd, m->data, m->len);
}

int sc_rep_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
	mem_t m = {data ? data : "", data ? len : 0};
	return sc_rep_write_atomic_fn(path, emit_mem, &m, err, errlen);
}

int sc_rep_write_atomic_fn(const char *path, int (*emit)(int fd, void *ctx), void *ctx,
                           char *err, size_t errlen)
{
	int rc = SC_EIO, fd = -1;
	char *tmp = NULL, *dir = NULL, *real = NULL;
	if (!path || !strcmp(path, "-")) {
		/* straight to the descriptor, after whatever stdio still holds */
		if (fflush(stdout) || emit(STDOUT_FILENO, ctx)) {
			snprintf(err, errlen, "cannot write to standard output: %s",
			         strerror(errno));
			return SC_EIO;
		}
		return SC_OK;
	}
	struct stat st;
	if (!stat(path, &st) && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
		/* A device or a pipe (-o /dev/null, /dev/stdout, /dev/full, a FIFO): there is nothing
		 * to replace atomically, and renaming a temporary file over it would replace the
		 * device node itself (as root, /dev is writable). Write to it directly. */
		if ((fd = open(path, O_WRONLY)) < 0 || emit(fd, ctx)) {
			snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
			goto done;
		}
		int c = close(fd);
		fd = -1;
		if (c) {
			snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
			goto done;
		}
		return SC_OK;
	}
	/* A symlink is followed: the file it names is replaced, in its own directory, and the link
	 * stays (renaming over the link would replace the link, e.g. /dev/stdout itself). */
	struct stat lst;
	const char *target = path;
	if (!lstat(path, &lst) && S_ISLNK(lst.st_mode) && (real = realpath(path, NULL)))
		target = real;
	const char *slash = strrchr(target, '/');
	size_t dlen = slash ? (size_t)(slash - target) : 0;
	const char *base = slash ? slash + 1 : target;
	if (!*base) {
		snprintf(err, errlen, "cannot write %s: not a file name", path);
		return SC_EIO;
	}
	dir = malloc(dlen + 2);
	tmp = malloc(dlen + strlen(base) + 32);
	if (!dir || !tmp) {
		snprintf(err, errlen, "cannot write %s: out of memory", path);
		goto done;
	}
	if (slash) {
		memcpy(dir, target, dlen ? dlen : 1); /* "/x" -> "/" */
		dir[dlen ? dlen : 1] = '\0';
	} else
		strcpy(dir, ".");
	sprintf(tmp, "%.*s%s.%s.tmp.XXXXXX", (int)dlen, target, slash ? "/" : "", base);
	if ((fd = mkstemp(tmp)) < 0) {
		snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
		tmp[0] = '\0'; /* nothing to remove */
		goto done;
	}
	/* mkstemp makes 0600; a report is an ordinary file: 0666 less the umask */
	mode_t mask = umask(0);
	umask(mask);
	if (emit(fd, ctx) || fchmod(fd, 0666 & ~mask) || fsync(fd)) {
		snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
		goto done;
	}
	int c = close(fd);
	fd = -1;
	if (c) {
		snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
		goto done;
	}
	if (rename(tmp, target)) {
		snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
		goto done;
	}
	tmp[0] = '\0';
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);
	if (dfd >= 0) { /* best effort: some file systems refuse fsync on a directory */
		(void)fsync(dfd);
		close(dfd);
	}
	rc = SC_OK;
done:
	if (fd >= 0) close(fd);
	if (tmp && tmp[0]) unlink(tmp);
	free(tmp);
	free(dir);
	free(real);
	return rc;
}
