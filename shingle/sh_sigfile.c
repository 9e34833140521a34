/* sh_sigfile.c: the signature file (format in shingle.h), written atomically.
 *
 * Writing goes through the one atomic writer (sc_out_open, sh_outfile.c): readers see the old
 * file or the complete new one, never a partial one. close() patches the record count, then
 * the writer fsyncs, renames and fsyncs the directory. Standard output and devices cannot be
 * patched or renamed: the count is written as UINT64_MAX ("read to the end") there.
 * All integers are little-endian, written byte by byte so the format does not depend on the
 * machine. */
#define _XOPEN_SOURCE 700 /* pwrite */
#include "sh_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#define SIG_MAGIC "SCSIG\r\n\x1a"
enum { SIG_VERSION = 1, SIG_HEADER = 56, SIG_MAX_ID = SC_SH_MAX_ID };
#define COUNT_UNKNOWN UINT64_MAX

struct sc_sigfile_s {
	FILE *fp;
	int writing, is_stdin; /* reading standard input: never closed */
	sc_outfile_t *out; /* writing: the one atomic writer (shingle.h) */
	int direct;    /* written in place (stdout, a device, a pipe): the count is not patched */
	char *path;
	sc_sig_header_t h;
	uint64_t n;   /* records written or read */
	uint8_t *rec; /* k * 4 bytes of scratch */
};

static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}
static void put64(uint8_t *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}
static uint32_t get32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint64_t get64(const uint8_t *p)
{
	return (uint64_t)get32(p) | (uint64_t)get32(p + 4) << 32;
}

static void encode_header(uint8_t *b, const sc_sig_header_t *h, uint64_t count)
{
	memcpy(b, SIG_MAGIC, 8);
	put32(b + 8, SIG_VERSION);
	put32(b + 12, SIG_HEADER);
	put32(b + 16, h->k);
	put32(b + 20, h->scheme);
	put64(b + 24, h->seed);
	put32(b + 32, h->view);
	put32(b + 36, h->shingle_k);
	put32(b + 40, h->fold_accents);
	put32(b + 44, h->xxh_version);
	put64(b + 48, count);
}

static void sig_free(sc_sigfile_t *f)
{
	if (!f) return;
	if (f->out) sc_out_abort(f->out);
	else if (f->fp && !f->is_stdin) fclose(f->fp);
	free(f->path);
	free(f->rec);
	free(f);
}

int sc_sh_sig_create(sc_sigfile_t **out, const char *path, const sc_sig_header_t *h, char *err,
                     size_t errlen)
{
	*out = NULL;
	if (!path || !h || h->k < 1 || h->k > 65536) {
		sc_sh_seterr(err, errlen, "invalid signature parameters");
		return SC_EPARAM;
	}
	sc_sigfile_t *f = calloc(1, sizeof *f);
	if (!f || !(f->path = strdup(path)) || !(f->rec = malloc((size_t)h->k * 4))) {
		sig_free(f);
		sc_sh_seterr(err, errlen, "out of memory");
		return SC_ENOMEM;
	}
	f->writing = 1;
	f->h = *h;
	f->h.version = SIG_VERSION;
	if (!f->h.xxh_version) f->h.xxh_version = XXH_versionNumber();
	int rc = sc_out_open(&f->out, path, err, errlen);
	if (rc) {
		sig_free(f);
		return rc;
	}
	f->fp = sc_out_fp(f->out);
	f->direct = sc_out_in_place(f->out);
	uint8_t b[SIG_HEADER];
	encode_header(b, &f->h, f->direct ? COUNT_UNKNOWN : 0);
	if (fwrite(b, 1, sizeof b, f->fp) != sizeof b) {
		sc_sh_seterr(err, errlen, "cannot write %s: %s", path, strerror(errno));
		sc_sh_sig_abort(f);
		return SC_EIO;
	}
	*out = f;
	return SC_OK;
}

int sc_sh_sig_write(sc_sigfile_t *f, const char *id, const char *lang, const uint32_t *sig)
{
	if (!f || !f->writing || !id || !sig) return SC_EPARAM;
	size_t n = strlen(id);
	/* an empty id would be written as a record the reader refuses (length 0) */
	if (n == 0 || n > SIG_MAX_ID) return SC_EPARAM;
	uint8_t b[8];
	put32(b, (uint32_t)n);
	memset(b + 4, 0, 4);
	if (lang && lang[0]) b[4] = (uint8_t)lang[0], b[5] = (uint8_t)lang[1];
	for (uint32_t i = 0; i < f->h.k; i++)
		put32(f->rec + 4 * i, sig[i]);
	if (fwrite(b, 1, 4, f->fp) != 4 || fwrite(id, 1, n, f->fp) != n ||
	    fwrite(b + 4, 1, 4, f->fp) != 4 || fwrite(f->rec, 4, f->h.k, f->fp) != f->h.k)
		return SC_EIO;
	f->n++;
	return SC_OK;
}

int sc_sh_sig_close(sc_sigfile_t *f, char *err, size_t errlen)
{
	if (!f) return SC_EPARAM;
	if (!f->writing) {
		sig_free(f);
		return SC_OK;
	}
	if (!f->direct) { /* patch the record count into the header */
		uint8_t c[8];
		put64(c, f->n);
		if (fflush(f->fp) || pwrite(fileno(f->fp), c, 8, 48) != 8) {
			sc_sh_seterr(err, errlen, "cannot write %s: %s", f->path, strerror(errno));
			sig_free(f);
			return SC_EIO;
		}
	}
	sc_outfile_t *o = f->out;
	f->out = NULL;
	f->fp = NULL;
	sig_free(f);
	return sc_out_commit(o, err, errlen);
}

void sc_sh_sig_abort(sc_sigfile_t *f)
{
	sig_free(f); /* sc_out_abort: the temporary file goes, the target stays as it was */
}

int sc_sh_sig_open(sc_sigfile_t **out, const char *path, sc_sig_header_t *h, char *err,
                   size_t errlen)
{
	*out = NULL;
	uint8_t b[SIG_HEADER];
	int rc;
	sc_sigfile_t *f = calloc(1, sizeof *f);
	if (!f || !(f->path = strdup(path))) {
		sc_sh_seterr(err, errlen, "out of memory");
		sig_free(f);
		return SC_ENOMEM;
	}
	if (!strcmp(path, "-"))
		f->fp = stdin, f->is_stdin = 1;
	else if (!(f->fp = fopen(path, "rb"))) {
		sc_sh_seterr(err, errlen, "cannot read %s: %s", path, strerror(errno));
		rc = SC_EIO;
		goto fail;
	}
	size_t got = fread(b, 1, 16, f->fp);
	if (ferror(f->fp)) { /* e.g. a directory: fopen succeeds, reading fails */
		sc_sh_seterr(err, errlen, "cannot read %s: %s", path, strerror(errno));
		rc = SC_EIO;
		goto fail;
	}
	if (got < 8 && !memcmp(b, SIG_MAGIC, got)) {
		sc_sh_seterr(err, errlen, "%s is truncated: %zu bytes, the header alone has %d", path,
		       got, SIG_HEADER);
		rc = SC_ETRUNC;
		goto fail;
	}
	if (got < 8 || memcmp(b, SIG_MAGIC, 8)) {
		sc_sh_seterr(err, errlen, "%s is not a storycheck signature file (bad magic)", path);
		rc = SC_EFORMAT;
		goto fail;
	}
	if (got < 16) {
		sc_sh_seterr(err, errlen, "%s is truncated: %zu bytes, the header alone has %d", path,
		       got, SIG_HEADER);
		rc = SC_ETRUNC;
		goto fail;
	}
	uint32_t version = get32(b + 8), hbytes = get32(b + 12);
	if (version != SIG_VERSION) {
		sc_sh_seterr(err, errlen,
		       "%s has signature format version %u; this storycheck reads version %d "
		       "(write the signatures again)",
		       path, version, SIG_VERSION);
		rc = SC_EVERSION;
		goto fail;
	}
	if (hbytes < SIG_HEADER || hbytes > 4096) {
		sc_sh_seterr(err, errlen, "%s: bad header size %u", path, hbytes);
		rc = SC_EFORMAT;
		goto fail;
	}
	if ((got = fread(b + 16, 1, SIG_HEADER - 16, f->fp)) != SIG_HEADER - 16) {
		sc_sh_seterr(err, errlen, "%s is truncated: %zu bytes, the header alone has %d", path,
		       got + 16, SIG_HEADER);
		rc = SC_ETRUNC;
		goto fail;
	}
	for (uint32_t i = SIG_HEADER; i < hbytes; i++) /* a longer header: skip what we ignore */
		if (fgetc(f->fp) == EOF) {
			sc_sh_seterr(err, errlen, "%s is truncated in its header", path);
			rc = SC_ETRUNC;
			goto fail;
		}
	f->h.version = version;
	f->h.k = get32(b + 16);
	f->h.scheme = get32(b + 20);
	f->h.seed = get64(b + 24);
	f->h.view = get32(b + 32);
	f->h.shingle_k = get32(b + 36);
	f->h.fold_accents = get32(b + 40);
	f->h.xxh_version = get32(b + 44);
	f->h.count = get64(b + 48);
	if (f->h.k < 1 || f->h.k > 65536 || f->h.scheme > 1 || f->h.view > 1 || !f->h.shingle_k) {
		sc_sh_seterr(err, errlen,
		       "%s: bad header values (k %u, scheme %u, view %u, shingle k %u)", path,
		       f->h.k, f->h.scheme, f->h.view, f->h.shingle_k);
		rc = SC_EFORMAT;
		goto fail;
	}
	/* every record has at least 4 + 1 + 4 + 4k bytes: a shorter file is truncated */
	struct stat st;
	if (f->h.count != COUNT_UNKNOWN && !fstat(fileno(f->fp), &st) && S_ISREG(st.st_mode)) {
		uint64_t minrec = 9 + 4 * (uint64_t)f->h.k;
		uint64_t body = (uint64_t)st.st_size - hbytes;
		if (f->h.count > body / minrec) {
			sc_sh_seterr(err, errlen,
			       "%s is truncated: its header announces %llu records, %llu bytes "
			       "hold at "
			       "most %llu",
			       path, (unsigned long long)f->h.count, (unsigned long long)body,
			       (unsigned long long)(body / minrec));
			rc = SC_ETRUNC;
			goto fail;
		}
	}
	if (!(f->rec = malloc((size_t)f->h.k * 4))) {
		sc_sh_seterr(err, errlen, "out of memory");
		rc = SC_ENOMEM;
		goto fail;
	}
	if (h) *h = f->h;
	*out = f;
	return SC_OK;
fail:
	sig_free(f);
	return rc;
}

int sc_sh_sig_read(sc_sigfile_t *f, char **id, char lang[3], uint32_t *sig)
{
	if (!f || f->writing || !id || !sig) return SC_EPARAM;
	*id = NULL;
	uint8_t b[4];
	if (f->h.count != COUNT_UNKNOWN && f->n == f->h.count) {
		/* the announced records are read: anything more is not ours */
		return fgetc(f->fp) == EOF ? 0 : SC_EFORMAT;
	}
	size_t got = fread(b, 1, 4, f->fp);
	if (got == 0 && f->h.count == COUNT_UNKNOWN && feof(f->fp)) return 0;
	if (got != 4) return ferror(f->fp) ? SC_EIO : SC_ETRUNC;
	uint32_t n = get32(b);
	if (n == 0 || n > SIG_MAX_ID) return SC_EFORMAT;
	char *s = malloc((size_t)n + 1);
	if (!s) return SC_ENOMEM;
	if (fread(s, 1, n, f->fp) != n || fread(b, 1, 4, f->fp) != 4 ||
	    fread(f->rec, 4, f->h.k, f->fp) != f->h.k) {
		free(s);
		return ferror(f->fp) ? SC_EIO : SC_ETRUNC;
	}
	s[n] = '\0';
	if (memchr(s, '\0', n)) { /* ids are C strings everywhere after this: one would be cut */
		free(s);
		return SC_EFORMAT;
	}
	if (lang) lang[0] = (char)b[0], lang[1] = (char)b[1], lang[2] = '\0';
	for (uint32_t i = 0; i < f->h.k; i++)
		sig[i] = get32(f->rec + 4 * i);
	*id = s;
	f->n++;
	return 1;
}

void sc_sh_sig_header_init(sc_sig_header_t *h, const sc_mh_params_t *mh,
                           const sc_shingle_opts_t *so)
{
	memset(h, 0, sizeof *h);
	h->version = SIG_VERSION;
	h->k = (uint32_t)mh->k;
	h->scheme = (uint32_t)mh->scheme;
	h->seed = mh->seed;
	h->view = (uint32_t)so->view;
	h->shingle_k = (uint32_t)so->k;
	h->fold_accents = (uint32_t)so->norm.fold_accents;
	h->xxh_version = XXH_versionNumber();
}

int sc_sh_sig_header_check(const sc_sig_header_t *a, const sc_sig_header_t *b, char *err,
                           size_t errlen)
{
#define SAME(f)                                                                                    \
	if (a->f != b->f) {                                                                        \
		sc_sh_seterr(err, errlen, #f " differs: %llu vs %llu", (unsigned long long)a->f,         \
		       (unsigned long long)b->f);                                                  \
		return SC_EMISMATCH;                                                               \
	}
	SAME(k)
	SAME(scheme)
	SAME(seed)
	SAME(view)
	SAME(shingle_k)
	SAME(fold_accents)
#undef SAME
	/* XXH3 output is stable since 0.8.0: only a major change of the hash matters */
	if ((a->xxh_version < 800) != (b->xxh_version < 800)) {
		sc_sh_seterr(err, errlen, "xxHash versions %u and %u hash differently", a->xxh_version,
		       b->xxh_version);
		return SC_EMISMATCH;
	}
	return SC_OK;
}
