/* sh_reader.c: the input boundary. Turns paths (files, directories, "-") into documents or
 * rejects under the bad-input policy written in shingle.h, one item at a time, so memory holds
 * one document (at most max_doc_bytes + 1 bytes of it) plus the set of ids seen.
 *
 * Directories are listed whole first (paths only), sorted with strcmp, then read one file at a
 * time: sorting full paths gives the documented order ("a.txt" before "a/b.txt"), which a
 * depth-first walk with per-directory sorting would not. Cycles through symlinked directories
 * are caught by keeping the (device, inode) pairs of the directories on the walk stack;
 * symlink chains that loop fail stat() with ELOOP. */
#include "sh_internal.h"
#include "sc_prim.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

enum { BLK = 1 << 16 };

typedef struct item_s {
	char *path;   /* file to read, or the path a reject is about */
	char *id;     /* id of a text file (relative path without extension) */
	char *reason; /* non-NULL: a reject found while walking */
	/* parts (sc_sh_reader_open_parts): the JSONL lines starting in [start, end) are read;
	 * openerr: the errno with which the planner could not open the file (0: it could) */
	uint64_t start, end;
	uint64_t size; /* parts: the file's size when listed (a part reaching it is whole) */
	int openerr;
	dev_t dev;    /* the file's device and inode (files to read only) */
	ino_t ino;
} item_t;

/* Real files and directories met so far in a run, by (device, inode), with the first path that
 * reached each: a file reached again (a symlink, a hard link, a file named directly and inside
 * a directory given too) is read once, and a directory reached again is walked once. The
 * second is what stops symlink "diamonds" (each level holding two links to the next) from
 * growing the walk as 2^depth. */
typedef struct seen_s {
	dev_t dev;
	ino_t ino;
	char *path; /* owned; NULL: empty slot */
} seen_t;
typedef struct seenset_s {
	seen_t *slot;
	size_t n, m;
} seenset_t;


struct sc_reader_s {
	sc_reader_opts_t o;
	char **inputs;
	int ninputs, cur;
	item_t *items;
	size_t nitems, iitem;
	/* the JSONL source being read, if any (jfd >= 0) */
	int jfd, jclose;
	int jslow; /* jfd is a pipe, socket or terminal (read_stoppable polls it) */
	char *jpath;
	uint64_t jline, jrecords;
	char *blk; /* read-ahead block */
	size_t bpos, blen;
	int beof;
	char *line; /* current line, at most line_cap bytes kept */
	size_t llen, lcap;
	/* whole-file buffer for text files, at most max_doc_bytes + 1 */
	char *fbuf;
	size_t fcap;
	sc_strset_t ids; /* ids of accepted documents */
	seenset_t files, dirs;
	uint64_t count;
	/* parts mode (sc_sh_reader_open_parts): items are the parts; an open that fails where
	 * the planner succeeded is fatal (SC_EIO, errno kept), not a reject */
	int parts;
	size_t ipart;      /* part of the item last returned */
	uint64_t *plines;  /* per part: lines read (JSONL) */
	uint64_t jabs;     /* file offset of the byte after blk[blen - 1] */
	uint64_t jend;     /* the current JSONL part ends before the line starting here */
	int jwhole;        /* the part is the whole file ("no JSONL records" applies) */
	int idchecked;     /* the item last returned passed the duplicate-id check */
};

static size_t seen_slot(const seenset_t *s, dev_t dev, ino_t ino)
{
	uint64_t h = ((uint64_t)dev * 0x9E3779B97F4A7C15ULL) ^ ((uint64_t)ino * 0xC2B2AE3D27D4EB4FULL);
	size_t i = (size_t)(h ^ (h >> 31)) & (s->m - 1);
	while (s->slot[i].path && !(s->slot[i].dev == dev && s->slot[i].ino == ino))
		i = (i + 1) & (s->m - 1);
	return i;
}

/* The path that first reached (dev, ino), or NULL after adding path (copied) for it; sets *oom
 * when it cannot be added. */
static const char *seen_check(seenset_t *s, dev_t dev, ino_t ino, const char *path, int *oom)
{
	if (s->m && s->slot[seen_slot(s, dev, ino)].path) return s->slot[seen_slot(s, dev, ino)].path;
	if (2 * (s->n + 1) > s->m) {
		seenset_t g = {calloc(s->m ? 2 * s->m : 64, sizeof(seen_t)), s->n, s->m ? 2 * s->m : 64};
		if (!g.slot) {
			*oom = 1;
			return NULL;
		}
		for (size_t i = 0; i < s->m; i++)
			if (s->slot[i].path) g.slot[seen_slot(&g, s->slot[i].dev, s->slot[i].ino)] = s->slot[i];
		free(s->slot);
		*s = g;
	}
	char *c = strdup(path);
	if (!c) {
		*oom = 1;
		return NULL;
	}
	s->slot[seen_slot(s, dev, ino)] = (seen_t){dev, ino, c};
	s->n++;
	return NULL;
}

static void seen_free(seenset_t *s)
{
	for (size_t i = 0; i < s->m; i++)
		free(s->slot[i].path);
	free(s->slot);
	memset(s, 0, sizeof *s);
}

void sc_sh_reader_opts_init(sc_reader_opts_t *o)
{
	o->max_doc_bytes = (size_t)16 << 20;
	o->min_words = 5;
	o->interrupt = NULL;
}

/* Whether the run stops reading (the caller's flag is set): checked before each read, and
 * after a read a signal interrupted (read_stoppable). */
static int stop_now(const sc_reader_t *r) { return r->o.interrupt && *r->o.interrupt; }

/* read(2) that ends when the caller's flag is set: -1 with errno EINTR then. A signal that
 * lands after the flag was checked but before read() blocks would leave the run asleep on a
 * quiet pipe for ever (the classic check-then-block race; valgrind's slowness made it bite in
 * CI): so on an input that can be quiet (slow: a pipe, a socket, a terminal; slow_fd), with a
 * flag, the run waits in poll(2) with a timeout and looks at the flag between waits. Regular
 * files and anything else read as before, without a poll. (Another reader of the same pipe
 * could still take the data between poll and read; only O_NONBLOCK would close that, and it
 * would change the caller's file description.) */
#define READ_POLL_MS 200
static int slow_fd(int fd)
{
	struct stat st;
	const int fl = fcntl(fd, F_GETFL);
	/* not open for reading (a write end given as input): poll would never say so, read()
	 * fails at once with the reason */
	if (fl < 0 || (fl & O_ACCMODE) == O_WRONLY) return 0;
	return !fstat(fd, &st) && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) || S_ISCHR(st.st_mode));
}

static ssize_t read_stoppable(const sc_reader_t *r, int fd, int slow, void *buf, size_t n)
{
	for (;;) {
		if (stop_now(r)) {
			errno = EINTR;
			return -1;
		}
		if (slow && r->o.interrupt) {
			struct pollfd p = {.fd = fd, .events = POLLIN};
			const int k = poll(&p, 1, READ_POLL_MS);
			if (k == 0 || (k < 0 && errno == EINTR)) continue;
			/* k < 0 otherwise (an fd poll cannot watch): read() says what is wrong */
		}
		const ssize_t k = read(fd, buf, n);
		if (k < 0 && errno == EINTR) continue; /* the flag decides, above */
		return k;
	}
}

/* -------------------------------------------------------------- helpers */
static char *xprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) return NULL;
	char *s = malloc((size_t)n + 1);
	if (!s) return NULL;
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

static const char *ext_of(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	return dot && dot != base ? dot : "";
}

int sc_sh_reader_reads(const char *path)
{
	const char *x = ext_of(path);
	return !strcmp(x, ".txt") || !strcmp(x, ".md") || !strcmp(x, ".jsonl");
}

static int is_jsonl(const char *path)
{
	return !strcmp(ext_of(path), ".jsonl");
}

/* path without its extension, from rel (relative path or base name) */
static char *id_from(const char *rel)
{
	size_t n = strlen(rel) - strlen(ext_of(rel));
	char *s = malloc(n + 1);
	if (!s) return NULL;
	memcpy(s, rel, n);
	s[n] = '\0';
	return s;
}

/* Why stat() failed on path, as a reject reason. */
static char *stat_reason(const char *path, int err)
{
	struct stat st;
	if (err == ELOOP) return xprintf("symlink loop (too many levels of symbolic links)");
	if (err == ENOENT && !lstat(path, &st) && S_ISLNK(st.st_mode))
		return xprintf("dangling symlink (its target does not exist)");
	return xprintf("cannot read: %s", strerror(err));
}

/* A copy of s that is valid UTF-8: paths and reasons are shown to the user and go into the
 * report, which must be UTF-8, but file names and quoted input need not be. */
static char *utf8_dup(const char *s)
{
	return sc_sh_utf8_repair(s, strlen(s), NULL, NULL);
}

/* Fills a reject; takes ownership of reason. Returns 2 (the reader_next code) or SC_ENOMEM. */
static int make_reject(sc_reject_t *rej, const char *id, const char *path, uint64_t line,
                       char *reason)
{
	memset(rej, 0, sizeof *rej);
	rej->line = line;
	rej->reason = reason;
	if (reason && sc_sh_utf8_count_invalid(reason, strlen(reason))) {
		rej->reason = utf8_dup(reason);
		free(reason);
	}
	rej->path = utf8_dup(path);
	if (id) rej->id = utf8_dup(id);
	if (!rej->reason || !rej->path || (id && !rej->id)) {
		sc_reject_free(rej);
		return SC_ENOMEM;
	}
	return 2;
}

/* ---------------------------------------------------------- the checks */
/* Checks a text against the policy; returns NULL when it is acceptable, else a reason (owned by
 * the caller), or sets *oom. *nbad gets the number of invalid UTF-8 subparts. One pass counts
 * control bytes, the first NUL, invalid UTF-8 and words. */
static char *check_text(const sc_reader_opts_t *o, const char *s, size_t len, int *oom,
                        size_t *nbad)
{
	char *why = NULL;
	*nbad = 0;
	if (len == 0) {
		why = xprintf("empty document");
		goto done;
	}
	if (len > o->max_doc_bytes) {
		why = xprintf("too large: %zu bytes (maximum %zu)", len, o->max_doc_bytes);
		goto done;
	}
	const unsigned char *p = (const unsigned char *)s;
	if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
		why = xprintf("UTF-16 text (byte order mark %02X %02X); convert it to UTF-8", p[0],
		              p[1]);
		goto done;
	}
	/* runs: white-space-separated runs; words: runs holding a letter or digit (a run of
	 * punctuation or emoji alone gives no token, so it is no word) */
	size_t ctrl = 0, inval = 0, runs = 0, words = 0, nul_at = (size_t)-1, i = 0;
	unsigned in = 0, lettered = 0;
	/* Words are counted only until there are enough (min_words, and at least one): past
	 * that point no count enters a message, and what is left to find is control bytes, NUL
	 * and invalid UTF-8, which the second loop skips over eight plain bytes at a time. This
	 * pass was a third of `storycheck shingle`'s CPU time when it classified every
	 * character. */
	while (i < len && (words < o->min_words || !words)) {
		unsigned c = p[i];
		unsigned ws, wc;
		if (c < 0x80) {
			ws = (c - 9u < 5u) | (c == ' '); /* \t \n \v \f \r and space */
			wc = (c - '0' < 10u) | ((c | 0x20u) - 'a' < 26u);
			ctrl += (c < 0x20) & !ws;
			if (!c && nul_at == (size_t)-1) nul_at = i;
			i++;
		} else {
			int l = sc_sh_utf8_seq_len(p + i, len - i);
			ws = wc = 0;
			if (l < 0) {
				inval++, l = -l;
			} else {
				int32_t cp = sh_utf8_decode(p + i, l);
				ws = (unsigned)sc_sh_is_space(cp);
				wc = !ws && sc_sh_is_wordchar(cp);
			}
			i += (size_t)l;
		}
		runs += !ws & !in;
		if (ws | !in) lettered = 0;
		words += wc & !lettered;
		lettered |= wc;
		in = !ws;
	}
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	while (i < len) {
		if (i + 8 <= len) {
			uint64_t x;
			memcpy(&x, p + i, 8);
			/* no byte >= 0x80 and none < 0x20 (the has-less-than test of "Bit Twiddling
			 * Hacks", exact for a bound <= 128): nothing to count in these eight */
			if (!((x | ((x - 0x20 * ones) & ~x)) & highs)) {
				i += 8;
				continue;
			}
		}
		unsigned c = p[i];
		if (c < 0x80) {
			ctrl += c < 0x20 && !((c - 9u < 5u) | (c == ' '));
			if (!c && nul_at == (size_t)-1) nul_at = i;
			i++;
		} else {
			int l = sc_sh_utf8_seq_len(p + i, len - i);
			if (l < 0) inval++, l = -l;
			i += (size_t)l;
		}
	}
	*nbad = inval;
	/* Binary: more than 10% control bytes or invalid UTF-8 (at least 4 of them). Text in a
	 * legacy 8-bit encoding stays well below (accented letters are a few percent of French). */
	size_t bad = ctrl + inval;
	if (bad >= 4 && bad * 10 > len) {
		why = xprintf("binary content: %zu of %zu bytes are control bytes or invalid UTF-8",
		              bad, len);
		goto done;
	}
	if (nul_at != (size_t)-1) {
		why = xprintf("NUL byte at offset %zu", nul_at);
		goto done;
	}
	if (runs == 0)
		why = xprintf("empty document (only white space)");
	else if (words == 0)
		why = xprintf("no words to compare: not one letter or digit (punctuation, symbols "
		              "or emoji only)");
	else if (words < o->min_words)
		why = xprintf("near-empty: %zu word%s (minimum %zu)", words, words == 1 ? "" : "s",
		              o->min_words);
	else
		return NULL;
done:
	if (!why) *oom = 1;
	return why;
}

/* Repairs src into a new string for a document field; adds the repairs to *nrep. */
static char *repaired_dup(const char *src, size_t len, size_t *nrep)
{
	size_t n;
	char *s = sc_sh_utf8_repair(src, len, NULL, &n);
	if (s) *nrep += n;
	return s;
}

/* --------------------------------------------------------- directories */
typedef struct walk_s {
	item_t *v;
	size_t n, m;
	dev_t dev[SC_SH_MAX_DEPTH + 1];
	ino_t ino[SC_SH_MAX_DEPTH + 1];
	int depth;
	int oom, intr;
	sc_reader_t *r;
} walk_t;

static void walk_push(walk_t *w, char *path, char *id, char *reason)
{
	if (!path || (!id && !reason)) goto fail;
	if (SC_GROW(w->v, w->m, w->n + 1)) goto fail;
	w->v[w->n++] = (item_t){.path = path, .id = id, .reason = reason, .end = UINT64_MAX};
	return;
fail:
	free(path), free(id), free(reason);
	w->oom = 1;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists dir (whose path relative to the root is rel, "" for the root) into w. Entries are
 * taken in sorted order, not readdir's: which of two paths to one directory is walked (and
 * which is the reject) must not depend on the file system. */
static void walk_dir(walk_t *w, const char *dir, const char *rel)
{
	DIR *d = opendir(dir);
	if (!d) {
		walk_push(w, strdup(dir), NULL,
		          xprintf("cannot read directory: %s", strerror(errno)));
		return;
	}
	char **names = NULL;
	size_t nn = 0, mn = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.') continue; /* ".", ".." and hidden files such as .git */
		if (nn == mn) {
			char **g = realloc(names, (mn = mn ? 2 * mn : 32) * sizeof *g);
			if (!g) break;
			names = g;
		}
		if (!(names[nn] = strdup(de->d_name))) break;
		nn++;
	}
	if (de) w->oom = 1;
	closedir(d);
	if (nn) qsort(names, nn, sizeof *names, name_cmp);
	for (size_t ni = 0; ni < nn && !w->oom; ni++) {
		if (w->r->o.interrupt && *w->r->o.interrupt) {
			w->intr = 1; /* SIGINT/SIGTERM: a huge tree is not walked to its end first */
			break;
		}
		const char *name = names[ni];
		char *path = xprintf("%s/%s", dir, name);
		char *sub = *rel ? xprintf("%s/%s", rel, name) : strdup(name);
		if (!path || !sub) {
			free(path), free(sub);
			w->oom = 1;
			break;
		}
		struct stat st;
		if (stat(path, &st)) {
			walk_push(w, path, NULL, stat_reason(path, errno));
		} else if (S_ISDIR(st.st_mode)) {
			int loop = 0;
			for (int i = 0; i < w->depth; i++)
				if (w->dev[i] == st.st_dev && w->ino[i] == st.st_ino) loop = 1;
			const char *first = NULL;
			if (loop) {
				walk_push(
				    w, path, NULL,
				    xprintf("symlink loop: the directory is already being walked"));
			} else if (w->depth > SC_SH_MAX_DEPTH) {
				walk_push(w, path, NULL,
				          xprintf("directory nested deeper than %d levels below the input "
				                  "(not walked)", SC_SH_MAX_DEPTH));
			} else if ((first = seen_check(&w->r->dirs, st.st_dev, st.st_ino, path,
			                               &w->oom)) ||
			           w->oom) {
				if (first)
					walk_push(w, path, NULL,
					          xprintf("the same directory as %s (walked once)", first));
				else
					free(path);
			} else {
				w->dev[w->depth] = st.st_dev;
				w->ino[w->depth] = st.st_ino;
				w->depth++;
				walk_dir(w, path, sub);
				w->depth--;
				free(path);
			}
		} else {
			if (!sc_sh_reader_reads(name))
				free(path); /* not an input: only *.txt, *.md, *.jsonl are read here */
			else if (S_ISREG(st.st_mode)) {
				walk_push(w, path, id_from(sub), NULL);
				if (!w->oom) w->v[w->n - 1].dev = st.st_dev, w->v[w->n - 1].ino = st.st_ino;
			} else /* a FIFO would block the walk for ever; a socket or device is no article */
				walk_push(w, path, NULL,
				          xprintf("not a regular file (a FIFO, socket or device)"));
		}
		free(sub);
	}
	SC_FREE_EACH(names, nn);
}

static int item_cmp(const void *a, const void *b)
{
	return strcmp(((const item_t *)a)->path, ((const item_t *)b)->path);
}

static void items_free(sc_reader_t *r)
{
	for (size_t i = 0; i < r->nitems; i++) {
		free(r->items[i].path);
		free(r->items[i].id);
		free(r->items[i].reason);
	}
	free(r->items);
	r->items = NULL;
	r->nitems = r->iitem = 0;
}

/* --------------------------------------------------------------- JSONL */
static int jsonl_open(sc_reader_t *r, const char *path, int fd)
{
	r->jpath = strdup(path);
	if (!r->jpath) return SC_ENOMEM;
	r->jfd = fd;
	r->jslow = slow_fd(fd);
	r->jclose = fd != STDIN_FILENO;
	r->jline = r->jrecords = 0;
	r->bpos = r->blen = 0;
	r->beof = 0;
	r->jabs = 0;
	r->jend = UINT64_MAX;
	r->jwhole = 1;
	return SC_OK;
}

static void jsonl_close(sc_reader_t *r)
{
	if (r->jfd >= 0 && r->jclose) close(r->jfd);
	r->jfd = -1;
	free(r->jpath);
	r->jpath = NULL;
}

/* Parts (sc_sh_reader_open_parts): positions a JSONL source at the first line starting at or
 * after it->start (the byte before start is read: a newline there makes start a line start)
 * and sets where the part ends. Lines are numbered from 1 within the part. */
static int next_line(sc_reader_t *r, size_t cap, int *toolong);
static int jsonl_seek(sc_reader_t *r, const item_t *it)
{
	r->jend = it->end;
	/* a part ending at or past the listed size is the whole file, as one ending nowhere: a
	 * caller may bound a whole file by its listed size so that lines appended later are
	 * not read (storycheck detect's later passes read what the first one did) */
	r->jwhole = it->start == 0 && (it->end == UINT64_MAX || it->end >= it->size);
	if (!it->start) return SC_OK;
	if (lseek(r->jfd, (off_t)(it->start - 1), SEEK_SET) < 0) return SC_EIO;
	r->jabs = it->start - 1;
	int toolong;
	int k = next_line(r, 0, &toolong); /* the rest of the line before the part, not kept */
	return k < 0 ? k : SC_OK;
}

/* Reads the next line into r->line (without its newline), keeping at most cap bytes: *toolong
 * is set when the line was longer (the rest is skipped, never buffered). Returns 1, 0 at the
 * end, or SC_EIO / SC_ENOMEM. */
static int next_line(sc_reader_t *r, size_t cap, int *toolong)
{
	r->llen = 0;
	*toolong = 0;
	int any = 0;
	for (;;) {
		if (r->bpos == r->blen) {
			if (r->beof) return any ? 1 : 0;
			const ssize_t k = read_stoppable(r, r->jfd, r->jslow, r->blk, BLK);
			if (k < 0) return errno == EINTR ? SC_EINTR : SC_EIO;
			if (k == 0) {
				r->beof = 1;
				continue;
			}
			r->bpos = 0;
			r->blen = (size_t)k;
			r->jabs += (uint64_t)k;
		}
		any = 1;
		const char *p = r->blk + r->bpos;
		size_t avail = r->blen - r->bpos;
		const char *nl = memchr(p, '\n', avail);
		size_t take = nl ? (size_t)(nl - p) : avail;
		if (!*toolong) {
			if (r->llen + take > cap) {
				*toolong = 1;
			} else {
				if (SC_GROW(r->line, r->lcap, r->llen + take + 1)) return SC_ENOMEM;
				memcpy(r->line + r->llen, p, take);
				r->llen += take;
			}
		}
		r->bpos += take + (nl ? 1 : 0);
		if (nl) return 1;
	}
}

/* Whether the JSON text has a \u0000 escape (cJSON would cut the string there). */
static int has_nul_escape(const char *s, size_t n)
{
	for (size_t i = 0; i + 6 <= n; i++) {
		const char *b = memchr(s + i, '\\', n - i - 5);
		if (!b) return 0;
		i = (size_t)(b - s);
		if (memcmp(s + i + 1, "u0000", 5)) continue;
		size_t bs = 0; /* backslashes ending here: odd means s[i] starts an escape */
		while (bs <= i && s[i - bs] == '\\')
			bs++;
		if (bs & 1) return 1;
	}
	return 0;
}

/* The key of the top-level field whose value holds a \u0000 escape, in a line cJSON parsed as
 * an object (so it is valid JSON): copied to key (at most keylen - 1 bytes, escapes left as
 * written); "" when the escape is in a key or a nested value. cJSON cuts a string at its NUL, so
 * without this an id "a\u0000b" would be reported as the document "a". */
static void nul_field(const char *s, size_t n, char *key, size_t keylen)
{
	size_t i = 0, ks = 0, ke = 0;
	int depth = 0, inkey = 0, nul = 0;
	key[0] = '\0';
	while (i < n) {
		char c = s[i];
		if (c == '"') {
			size_t st = ++i;
			nul = 0;
			while (i < n && s[i] != '"') {
				if (s[i] == '\\') {
					if (i + 5 < n && !memcmp(s + i + 1, "u0000", 5)) nul = 1;
					i++;
				}
				i++;
			}
			/* a string at depth 1 is a key when the next non-blank byte is ':' */
			size_t j = i + 1;
			while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n'))
				j++;
			inkey = depth == 1 && j < n && s[j] == ':';
			if (inkey) ks = st, ke = i;
			if (nul) {
				if (!inkey && depth == 1) {
					size_t m = ke - ks < keylen - 1 ? ke - ks : keylen - 1;
					memcpy(key, s + ks, m);
					key[m] = '\0';
				}
				return;
			}
		} else if (c == '{' || c == '[') {
			depth++;
		} else if (c == '}' || c == ']') {
			depth--;
		}
		i++;
	}
}

/* 'f' for fr, 'e' for en, 0 otherwise: any case, and a region or script subtag is ignored
 * ("FR", "fr-CA", "en_GB"). */
static char lang_code(const char *l)
{
	char a = (char)(l[0] | 0x20), b = l[0] ? (char)(l[1] | 0x20) : 0;
	char c = l[0] && l[1] ? l[2] : 0;
	if (c && c != '-' && c != '_') return 0;
	if (a == 'f' && b == 'r') return 'f';
	if (a == 'e' && b == 'n') return 'e';
	return 0;
}

static int opt_string(const cJSON *o, const char *key, const char **out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	*out = NULL;
	if (!v || cJSON_IsNull(v)) return 0;
	if (!cJSON_IsString(v)) return -1;
	*out = v->valuestring;
	return 0;
}

/* One JSONL line into a document or reject: returns 1, 2, or SC_ENOMEM. */
static int jsonl_item(sc_reader_t *r, int toolong, sc_doc_t *doc, sc_reject_t *rej)
{
	const char *line = r->line;
	size_t len = r->llen;
	const char *path = r->jpath;
	uint64_t ln = r->jline;
	size_t linecap = r->o.max_doc_bytes + BLK;
	if (toolong)
		return make_reject(rej, NULL, path, ln,
		                   xprintf("line too long: more than %zu bytes", linecap));
	const char *z = memchr(line, '\0', len);
	if (z)
		return make_reject(
		    rej, NULL, path, ln,
		    xprintf("NUL byte at offset %zu of the line", (size_t)(z - line)));
	int rc;
	const char *end = NULL;
	cJSON *o = cJSON_ParseWithLengthOpts(line, len, &end, 0);
	if (!o) {
		size_t at = end && end >= line && end <= line + len ? (size_t)(end - line) : 0;
		return make_reject(rej, NULL, path, ln,
		                   xprintf("malformed JSON near byte %zu", at));
	}
	while (end && end < line + len && (*end == ' ' || *end == '\t' || *end == '\r'))
		end++;
	const cJSON *jid = cJSON_GetObjectItemCaseSensitive(o, "id");
	const cJSON *jtext = cJSON_GetObjectItemCaseSensitive(o, "text");
	/* Ids are compared and kept as repaired: two raw ids that repair to the same string
	 * (e.g. "a\xff" and "a\xfe") are duplicates, and no invalid UTF-8 reaches a report. */
	size_t nrep = 0;
	char *rid = cJSON_IsString(jid)
	                ? repaired_dup(jid->valuestring, strlen(jid->valuestring), &nrep)
	                : NULL;
	if (cJSON_IsString(jid) && !rid) {
		cJSON_Delete(o);
		return SC_ENOMEM;
	}
	const char *id = rid;
	const char *title = NULL, *source = NULL, *url = NULL, *published = NULL, *lang = NULL;
	char langbuf[1] = {0};
	const char *bad = NULL;
	if (end && end < line + len)
		rc = make_reject(rej, NULL, path, ln,
		                 xprintf("malformed JSON: trailing characters at byte %zu",
		                         (size_t)(end - line)));
	else if (!cJSON_IsObject(o))
		rc = make_reject(rej, NULL, path, ln, xprintf("not a JSON object"));
	else if (has_nul_escape(line, len)) {
		/* before the id checks: the id as cJSON gives it may be cut at the NUL */
		char key[40];
		nul_field(line, len, key, sizeof key);
		rc = make_reject(rej, strcmp(key, "id") ? id : NULL, path, ln,
		                 key[0] ? xprintf("NUL character (\\u0000) in \"%s\"", key)
		                        : xprintf("NUL character (\\u0000) in the line"));
	}
	else if (!id)
		rc = make_reject(rej, NULL, path, ln, xprintf("missing or non-string \"id\""));
	else if (!*id)
		rc = make_reject(rej, NULL, path, ln, xprintf("empty \"id\""));
	else if (strlen(id) > SC_SH_MAX_ID)
		rc = make_reject(rej, NULL, path, ln,
		                 xprintf("\"id\" too long: %zu bytes (maximum %u)", strlen(id),
		                         SC_SH_MAX_ID));
	else if (!cJSON_IsString(jtext))
		rc = make_reject(rej, id, path, ln, xprintf("missing or non-string \"text\""));
	else if ((opt_string(o, "title", &title) && (bad = "title")) ||
	         (opt_string(o, "source", &source) && (bad = "source")) ||
	         (opt_string(o, "url", &url) && (bad = "url")) ||
	         (opt_string(o, "published", &published) && (bad = "published")) ||
	         (opt_string(o, "lang", &lang) && (bad = "lang")))
		rc = make_reject(rej, id, path, ln, xprintf("\"%s\" is not a string", bad));
	else if (lang && *lang && !(langbuf[0] = lang_code(lang)))
		rc = make_reject(rej, id, path, ln,
		                 xprintf("bad lang \"%.16s\" (expected fr or en)", lang));
	else if (sc_strset_has(&r->ids, id))
		rc = make_reject(rej, id, path, ln, xprintf(SC_SH_DUP_REASON, id));
	else {
		const char *text = jtext->valuestring;
		size_t tlen = strlen(text);
		int oom = 0;
		r->idchecked = 1;
		size_t nbad;
		char *why = check_text(&r->o, text, tlen, &oom, &nbad);
		if (why || oom) {
			rc = oom ? SC_ENOMEM : make_reject(rej, id, path, ln, why);
			goto done;
		}
		memset(doc, 0, sizeof *doc);
		doc->bytes_in = tlen;
		doc->text = sc_sh_utf8_repair_known(text, tlen, nbad, &doc->len);
		nrep += nbad;
		doc->id = rid;
		rid = NULL;
		doc->path = utf8_dup(path);
		doc->line = ln;
		int oomf = !doc->text || !doc->id || !doc->path;
#define FIELD(f)                                                                                   \
	if (f && !(doc->f = repaired_dup(f, strlen(f), &nrep))) oomf = 1;
		FIELD(title)
		FIELD(source)
		FIELD(url)
		FIELD(published)
#undef FIELD
		doc->repaired = nrep;
		if (lang && *lang) memcpy(doc->lang, langbuf[0] == 'f' ? "fr" : "en", 3);
		if (oomf || sc_strset_add(&r->ids, doc->id)) {
			sc_doc_free(doc);
			rc = SC_ENOMEM;
		} else {
			rc = 1;
		}
	}
done:
	free(rid);
	cJSON_Delete(o);
	return rc;
}

/* Next item of the current JSONL source: 1, 2, 0 when it is exhausted, or an error. */
static int jsonl_next(sc_reader_t *r, sc_doc_t *doc, sc_reject_t *rej)
{
	for (;;) {
		int toolong = 0;
		/* a part ends before the first line starting at or after its end (a whole file
		 * bounded by its size still says when it held no record, below) */
		int k = r->jabs - (r->blen - r->bpos) >= r->jend
		            ? 0
		            : next_line(r, r->o.max_doc_bytes + BLK, &toolong);
		if (k < 0) {
			if (k == SC_ENOMEM || k == SC_EINTR) return k;
			int e = errno;
			r->beof = 1;
			r->bpos = r->blen = 0;
			return make_reject(rej, NULL, r->jpath, r->jline + 1,
			                   xprintf("read error: %s", strerror(e)));
		}
		if (k == 0) {
			if (r->jrecords == 0 && r->jwhole) {
				r->jrecords = 1; /* report once */
				return make_reject(rej, NULL, r->jpath, 0,
				                   xprintf("no JSONL records (empty input)"));
			}
			return 0;
		}
		r->jline++;
		size_t i = 0;
		while (i < r->llen &&
		       (r->line[i] == ' ' || (r->line[i] >= '\t' && r->line[i] <= '\r')))
			i++;
		if (i == r->llen && !toolong) continue; /* blank lines are not inputs */
		r->jrecords++;
		return jsonl_item(r, toolong, doc, rej);
	}
}

/* ---------------------------------------------------------- text files */
static int text_file(sc_reader_t *r, const char *path, const char *rawid, int openerr,
                     sc_doc_t *doc, sc_reject_t *rej)
{
	/* File names need not be UTF-8: the id is repaired, then checked for duplicates. */
	size_t idrep = 0;
	char *id = repaired_dup(rawid, strlen(rawid), &idrep);
	if (!id) return SC_ENOMEM;
	int rc = 0, fd = -1;
	if (sc_strset_has(&r->ids, id)) {
		rc = make_reject(rej, id, path, 0, xprintf(SC_SH_DUP_REASON, id));
		goto done;
	}
	r->idchecked = 1;
	fd = openerr ? -1 : open(path, O_RDONLY);
	if (fd < 0) {
		int e = openerr ? openerr : errno;
		if (r->parts && !openerr) { /* readable for the planner, not here: fatal */
			errno = e;
			rc = SC_EIO;
			goto done;
		}
		rc = make_reject(rej, id, path, 0, stat_reason(path, e));
		goto done;
	}
	size_t cap = r->o.max_doc_bytes + 1, len = 0;
	const int slow = r->o.interrupt && slow_fd(fd);
	for (;;) {
		if (len == r->fcap) {
			if (len >= cap) break;
			size_t m = r->fcap ? r->fcap * 2 : BLK;
			if (m > cap) m = cap;
			char *b = realloc(r->fbuf, m);
			if (!b) {
				rc = SC_ENOMEM;
				goto done;
			}
			r->fbuf = b;
			r->fcap = m;
		}
		size_t want = r->fcap - len;
		if (want > cap - len) want = cap - len;
		if (!want) break;
		ssize_t k = read_stoppable(r, fd, slow, r->fbuf + len, want);
		if (k < 0 && errno == EINTR) {
			rc = SC_EINTR;
			goto done;
		}
		if (k < 0) {
			rc = make_reject(rej, id, path, 0,
			                 xprintf("read error: %s", strerror(errno)));
			goto done;
		}
		if (k == 0) break;
		len += (size_t)k;
	}
	if (len > r->o.max_doc_bytes) {
		rc = make_reject(rej, id, path, 0,
		                 xprintf("too large: more than %zu bytes", r->o.max_doc_bytes));
		goto done;
	}
	int oom = 0;
	size_t nbad;
	char *why = check_text(&r->o, r->fbuf, len, &oom, &nbad);
	if (oom) {
		rc = SC_ENOMEM;
		goto done;
	}
	if (why) {
		rc = make_reject(rej, id, path, 0, why);
		goto done;
	}
	memset(doc, 0, sizeof *doc);
	doc->bytes_in = len;
	doc->text = sc_sh_utf8_repair_known(r->fbuf, len, nbad, &doc->len);
	doc->repaired = nbad + idrep;
	doc->id = id;
	id = NULL;
	doc->path = utf8_dup(path);
	if (!doc->text || !doc->path || sc_strset_add(&r->ids, doc->id)) {
		sc_doc_free(doc);
		rc = SC_ENOMEM;
		goto done;
	}
	rc = 1;
done:
	free(id);
	if (fd >= 0) close(fd);
	return rc;
}

/* ------------------------------------------------------------- the API */
uint64_t sc_sh_doc_hash(const sc_doc_t *doc)
{
	/* each field hashed with the previous hash as seed: "ab"+"c" and "a"+"bc" differ */
	const char *f[6] = {doc->id, doc->title, doc->source, doc->url, doc->published, doc->lang};
	uint64_t h = XXH3_64bits(doc->text ? doc->text : "", doc->text ? doc->len : 0);
	for (int i = 0; i < 6; i++)
		h = f[i] ? XXH3_64bits_withSeed(f[i], strlen(f[i]), h) : h * 0x9E3779B97F4A7C15ULL + 1;
	return h;
}

int sc_sh_reader_open(sc_reader_t **out, const char *const *inputs, int n,
                      const sc_reader_opts_t *o)
{
	*out = NULL;
	if (n < 0 || (n && !inputs)) return SC_EPARAM;
	sc_reader_t *r = calloc(1, sizeof *r);
	if (!r) return SC_ENOMEM;
	r->jfd = -1;
	if (o)
		r->o = *o;
	else
		sc_sh_reader_opts_init(&r->o);
	if (!(r->blk = malloc(BLK)) || !(r->inputs = calloc((size_t)n + 1, sizeof *r->inputs)))
		goto oom;
	for (int i = 0; i < n; i++) {
		if (!(r->inputs[i] = strdup(inputs[i]))) goto oom;
		r->ninputs++;
	}
	*out = r;
	return SC_OK;
oom:
	sc_sh_reader_close(r);
	return SC_ENOMEM;
}

/* The items of one named input (not "-"), in reading order, into w: a directory's walk (each
 * real directory walked once and each real file read once over the whole run, by device and
 * inode: r's seen-sets), a file, or a reject when the path cannot be used (a second path to a
 * file or directory already met is a reject naming both). Returns SC_OK, SC_ENOMEM or
 * SC_EINTR (a signal during a long walk). */
static int expand_input(sc_reader_t *r, const char *in, walk_t *w)
{
	struct stat st;
	int oom = 0;
	const char *seen;
	w->r = r;
	if (stat(in, &st)) {
		walk_push(w, strdup(in), NULL, stat_reason(in, errno));
		return w->oom ? SC_ENOMEM : SC_OK;
	}
	if (S_ISDIR(st.st_mode)) {
		size_t n = strlen(in), first = w->n;
		while (n > 1 && in[n - 1] == '/')
			n--; /* "dir/" and "dir" give the same paths */
		char *root = strndup(in, n);
		if (!root) return SC_ENOMEM;
		seen = seen_check(&r->dirs, st.st_dev, st.st_ino, root, &oom);
		if (seen || oom) {
			free(root);
			if (oom) return SC_ENOMEM;
			walk_push(w, strdup(in), NULL,
			          xprintf("the same directory as %s (walked once)", seen));
			return w->oom ? SC_ENOMEM : SC_OK;
		}
		w->dev[0] = st.st_dev;
		w->ino[0] = st.st_ino;
		w->depth = 1;
		walk_dir(w, root, "");
		free(root);
		if (w->oom) return SC_ENOMEM;
		if (w->intr) return SC_EINTR;
		/* an empty directory leaves w->v NULL: qsort's pointer must not be NULL (C11 7.22.5) */
		if (w->n > first) qsort(w->v + first, w->n - first, sizeof *w->v, item_cmp);
		/* in reading order, a file met again under another path is a reject naming both */
		for (size_t i = first; i < w->n; i++) {
			item_t *it = &w->v[i];
			if (it->reason) continue;
			seen = seen_check(&r->files, it->dev, it->ino, it->path, &oom);
			if (oom) return SC_ENOMEM;
			if (seen && !(it->reason = xprintf("the same file as %s (read once)", seen)))
				return SC_ENOMEM;
		}
		return SC_OK;
	}
	seen = seen_check(&r->files, st.st_dev, st.st_ino, in, &oom);
	if (oom) return SC_ENOMEM;
	const char *base = strrchr(in, '/');
	if (seen)
		walk_push(w, strdup(in), NULL, xprintf("the same file as %s (read once)", seen));
	else if (!is_jsonl(in) && !S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode) &&
	         !S_ISCHR(st.st_mode))
		walk_push(w, strdup(in), NULL, xprintf("not a regular file or directory"));
	else /* a named file: one item (a JSONL file is opened when its turn comes) */
		walk_push(w, strdup(in), id_from(base ? base + 1 : in), NULL);
	return w->oom ? SC_ENOMEM : SC_OK;
}

/* Starts the next named input; returns 0 to go on, or an error. */
static int start_input(sc_reader_t *r, const char *in, sc_reject_t *rej)
{
	(void)rej;
	if (!strcmp(in, "-")) return jsonl_open(r, "-", STDIN_FILENO);
	walk_t w = {0};
	int rc = expand_input(r, in, &w);
	r->items = w.v;
	r->nitems = w.n;
	r->iitem = 0;
	return rc;
}

/* ---------------------------------------------------------------- parts */
void sc_sh_reader_parts_free(sc_reader_part_t *p, size_t n)
{
	for (size_t i = 0; p && i < n; i++) {
		free(p[i].path);
		free(p[i].id);
		free(p[i].reason);
	}
	free(p);
}

/* sc_sh_reader_list and sc_sh_reader_list_names: one walk (expand_input, the reader's own
 * rules), and with open_each every file to read opened once for its openerr and size. */
static int list_items(const char *const *inputs, int n, sc_reader_part_t **parts,
                      size_t *nparts, int open_each)
{
	walk_t w = {0};
	*parts = NULL;
	*nparts = 0;
	/* a reader of no inputs holds the seen-sets, so files met twice are rejected here as
	 * the one-process reader rejects them */
	sc_reader_t *seen = NULL;
	int rc = sc_sh_reader_open(&seen, NULL, 0, NULL);
	for (int i = 0; i < n && !rc; i++)
		rc = strcmp(inputs[i], "-") ? expand_input(seen, inputs[i], &w) : SC_EPARAM;
	sc_sh_reader_close(seen);
	sc_reader_part_t *p = rc ? NULL : calloc(w.n ? w.n : 1, sizeof *p);
	if (!rc && !p) rc = SC_ENOMEM;
	for (size_t i = 0; i < w.n; i++) {
		item_t *it = &w.v[i];
		if (p) {
			p[i].path = it->path, p[i].id = it->id, p[i].reason = it->reason;
			p[i].start = 0, p[i].end = UINT64_MAX;
			it->path = it->id = it->reason = NULL;
			if (open_each && !p[i].reason) {
				/* Opened here as the one-process reader would open it; a failure is
				 * its reject when the item is read. O_NONBLOCK: a FIFO must not hang. */
				int fd = open(p[i].path, O_RDONLY | O_NONBLOCK);
				struct stat st;
				if (fd < 0) p[i].openerr = errno ? errno : EIO;
				else if (!fstat(fd, &st) && S_ISREG(st.st_mode)) p[i].size = (uint64_t)st.st_size;
				if (fd >= 0) close(fd);
			}
		}
		free(it->path), free(it->id), free(it->reason);
	}
	free(w.v);
	if (rc) {
		sc_sh_reader_parts_free(p, w.n);
		return rc;
	}
	*parts = p;
	*nparts = w.n;
	return SC_OK;
}

int sc_sh_reader_list(const char *const *inputs, int n, sc_reader_part_t **parts, size_t *nparts)
{
	return list_items(inputs, n, parts, nparts, 1);
}

int sc_sh_reader_list_names(const char *const *inputs, int n, sc_reader_part_t **parts,
                            size_t *nparts)
{
	return list_items(inputs, n, parts, nparts, 0);
}

int sc_sh_reader_open_parts(sc_reader_t **out, const sc_reader_part_t *parts, size_t n,
                            const sc_reader_opts_t *o)
{
	int rc = sc_sh_reader_open(out, NULL, 0, o);
	if (rc) return rc;
	sc_reader_t *r = *out;
	r->parts = 1;
	if (!(r->items = calloc(n ? n : 1, sizeof *r->items)) ||
	    !(r->plines = calloc(n ? n : 1, sizeof *r->plines)))
		goto oom;
	for (size_t i = 0; i < n; i++) {
		item_t *it = &r->items[r->nitems++];
		it->start = parts[i].start, it->end = parts[i].end, it->openerr = parts[i].openerr;
		it->size = parts[i].size;
		if (!(it->path = strdup(parts[i].path)) ||
		    (parts[i].id && !(it->id = strdup(parts[i].id))) ||
		    (parts[i].reason && !(it->reason = strdup(parts[i].reason))))
			goto oom;
	}
	return SC_OK;
oom:
	sc_sh_reader_close(r);
	*out = NULL;
	return SC_ENOMEM;
}

size_t sc_sh_reader_part(const sc_reader_t *r) { return r ? r->ipart : 0; }
uint64_t sc_sh_reader_part_lines(const sc_reader_t *r, size_t part)
{
	return r && r->parts && part < r->nitems ? r->plines[part] : 0;
}
int sc_sh_reader_id_checked(const sc_reader_t *r) { return r ? r->idchecked : 0; }

int sc_sh_reader_next(sc_reader_t *r, sc_doc_t *doc, sc_reject_t *rej)
{
	if (!r || !doc || !rej) return SC_EPARAM;
	int rc;
	r->idchecked = 0;
	for (;;) {
		if (r->jfd >= 0) {
			rc = jsonl_next(r, doc, rej);
			if (r->parts) r->plines[r->ipart] = r->jline;
			if (rc) break;
			jsonl_close(r);
			continue;
		}
		if (r->iitem < r->nitems) {
			if (r->parts) r->ipart = r->iitem;
			item_t *it = &r->items[r->iitem++];
			if (it->reason) {
				rc = make_reject(rej, NULL, it->path, 0, it->reason);
				it->reason = NULL;
				break;
			}
			if (is_jsonl(it->path)) {
				int fd = it->openerr ? -1 : open(it->path, O_RDONLY);
				if (fd < 0) {
					int e = it->openerr ? it->openerr : errno;
					if (r->parts && !it->openerr) { /* see text_file */
						errno = e;
						rc = SC_EIO;
						break;
					}
					rc = make_reject(rej, NULL, it->path, 0, stat_reason(it->path, e));
					break;
				}
				if ((rc = jsonl_open(r, it->path, fd))) {
					close(fd);
					break;
				}
				if ((rc = jsonl_seek(r, it))) break;
				continue;
			}
			rc = text_file(r, it->path, it->id, it->openerr, doc, rej);
			break;
		}
		if (r->parts) return 0; /* the parts were all the input */
		items_free(r);
		if (r->cur < r->ninputs) {
			rc = start_input(r, r->inputs[r->cur++], rej);
			if (rc) break;
			continue;
		}
		return 0;
	}
	if (rc == 1 || rc == 2) r->count++;
	return rc;
}

uint64_t sc_sh_reader_count(const sc_reader_t *r)
{
	return r ? r->count : 0;
}

void sc_sh_reader_close(sc_reader_t *r)
{
	if (!r) return;
	jsonl_close(r);
	items_free(r);
	SC_FREE_EACH(r->inputs, r->ninputs);
	SC_FREE_ALL(r->blk, r->line, r->fbuf, r->plines);
	sc_strset_free(&r->ids);
	seen_free(&r->files);
	seen_free(&r->dirs);
	free(r);
}
