/* sh_outfile.c: the one writer of output files (rules in shingle.h, "output files").
 *
 * Why one writer: reports, views, signature files and JSONL signatures each had their own copy
 * of "temporary file, fsync, rename", and the copies drifted (one used fopen on a predictable
 * name, which a planted symlink could redirect; none kept the replaced file's mode and owner;
 * none recognised /dev/stdout as standard output). Everything now goes through here. */
#define _XOPEN_SOURCE 700 /* realpath, fchown */
#include "sh_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct sc_outfile_s {
	FILE *fp;
	int in_place;      /* stdout, a device or a pipe */
	int is_stdout;     /* fp is stdout: never closed here */
	char *name;        /* the path as given, for messages */
	char *target;      /* the file to replace (a symlink resolved) */
	char *tmp;         /* the mkstemp name, "" once renamed */
	int had_target;    /* target existed: keep its mode and owner */
	struct stat tst;   /* its stat then */
};

int sc_same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	if (!a || !b || stat(a, &sa) || stat(b, &sb)) return 0;
	return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Standard output under another name: the same open file as descriptor 1. */
static int is_stdout_path(const struct stat *st)
{
	struct stat so;
	if (fstat(STDOUT_FILENO, &so)) return 0;
	return so.st_dev == st->st_dev && so.st_ino == st->st_ino;
}

static void out_free(sc_outfile_t *o)
{
	if (!o) return;
	if (o->fp && !o->is_stdout) fclose(o->fp);
	if (o->tmp && o->tmp[0]) unlink(o->tmp);
	free(o->tmp);
	free(o->target);
	free(o->name);
	free(o);
}

int sc_out_open(sc_outfile_t **out, const char *path, char *err, size_t errlen)
{
	*out = NULL;
	sc_outfile_t *o = calloc(1, sizeof *o);
	if (!o) {
		sc_sh_seterr(err, errlen, "out of memory");
		return SC_ENOMEM;
	}
	struct stat st;
	int exists = path && strcmp(path, "-") && !stat(path, &st);
	if (!path || !strcmp(path, "-") || (exists && is_stdout_path(&st))) {
		o->fp = stdout;
		o->in_place = o->is_stdout = 1;
		*out = o;
		return SC_OK;
	}
	if (!(o->name = strdup(path))) {
		sc_sh_seterr(err, errlen, "out of memory");
		out_free(o);
		return SC_ENOMEM;
	}
	if (exists && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
		if (!(o->fp = fopen(path, "wb"))) {
			sc_sh_seterr(err, errlen, "cannot write %s: %s", path, strerror(errno));
			out_free(o);
			return SC_EIO;
		}
		o->in_place = 1;
		*out = o;
		return SC_OK;
	}
	/* a symlink is followed: the file it names is replaced in its own directory */
	struct stat lst;
	char *real = NULL;
	if (!lstat(path, &lst) && S_ISLNK(lst.st_mode)) real = realpath(path, NULL);
	o->target = real ? real : strdup(path);
	if (!o->target) {
		sc_sh_seterr(err, errlen, "out of memory");
		out_free(o);
		return SC_ENOMEM;
	}
	const char *slash = strrchr(o->target, '/');
	size_t dlen = slash ? (size_t)(slash - o->target) + 1 : 0;
	const char *base = o->target + dlen;
	if (!*base || (exists && S_ISDIR(st.st_mode))) {
		sc_sh_seterr(err, errlen, "cannot write %s: not a file name", path);
		out_free(o);
		return SC_EIO;
	}
	if (!(o->tmp = malloc(dlen + strlen(base) + 16))) {
		sc_sh_seterr(err, errlen, "out of memory");
		out_free(o);
		return SC_ENOMEM;
	}
	sprintf(o->tmp, "%.*s.%s.tmp.XXXXXX", (int)dlen, o->target, base);
	int fd = mkstemp(o->tmp);
	if (fd < 0) {
		sc_sh_seterr(err, errlen, "cannot write %s: %s", path, strerror(errno));
		o->tmp[0] = '\0';
		out_free(o);
		return SC_EIO;
	}
	if (!(o->fp = fdopen(fd, "wb"))) {
		sc_sh_seterr(err, errlen, "cannot write %s: %s", path, strerror(errno));
		close(fd);
		out_free(o);
		return SC_EIO;
	}
	o->had_target = !stat(o->target, &o->tst) && S_ISREG(o->tst.st_mode);
	*out = o;
	return SC_OK;
}

FILE *sc_out_fp(sc_outfile_t *o) { return o ? o->fp : NULL; }
int sc_out_in_place(const sc_outfile_t *o) { return o && o->in_place; }
void sc_out_abort(sc_outfile_t *o) { out_free(o); }

int sc_out_commit(sc_outfile_t *o, char *err, size_t errlen)
{
	if (!o) return SC_EPARAM;
	const char *name = o->name ? o->name : "standard output";
	int e = fflush(o->fp) ? errno : ferror(o->fp) ? EIO : 0;
	if (o->is_stdout) {
		if (e) sc_sh_seterr(err, errlen, "cannot write standard output: %s", strerror(e));
		out_free(o);
		return e ? SC_EIO : SC_OK;
	}
	if (o->in_place) {
		if (fclose(o->fp) && !e) e = errno;
		o->fp = NULL;
		if (e) sc_sh_seterr(err, errlen, "cannot write %s: %s", name, strerror(e));
		out_free(o);
		return e ? SC_EIO : SC_OK;
	}
	int fd = fileno(o->fp);
	if (!e) {
		/* the replaced file's mode and owner stay (editors and CI expect them); a new file is
		 * an ordinary one: 0666 less the umask (mkstemp made it 0600) */
		mode_t mode;
		if (o->had_target) {
			mode = o->tst.st_mode & 07777;
			if (fchown(fd, o->tst.st_uid, o->tst.st_gid)) { /* not ours to give: keep ours */ }
		} else {
			mode_t mask = umask(0);
			umask(mask);
			mode = 0666 & ~mask;
		}
		if (fchmod(fd, mode) || fsync(fd)) e = errno;
	}
	if (fclose(o->fp) && !e) e = errno;
	o->fp = NULL;
	if (!e && rename(o->tmp, o->target)) e = errno;
	if (e) {
		sc_sh_seterr(err, errlen, "cannot write %s: %s", name, strerror(e));
		out_free(o);
		return SC_EIO;
	}
	o->tmp[0] = '\0';
	/* make the rename durable (best effort: some file systems refuse fsync on a directory) */
	char *slash = strrchr(o->target, '/');
	char *dir = slash ? strndup(o->target, (size_t)(slash - o->target) + 1) : strdup(".");
	if (dir) {
		int dfd = open(dir, O_RDONLY | O_DIRECTORY);
		if (dfd >= 0) (void)fsync(dfd), close(dfd);
		free(dir);
	}
	out_free(o);
	return SC_OK;
}
