/* Signature files: round trip, and clear errors for a truncated file, another format version,
 * a wrong magic, trailing bytes; parameters compared by sc_sh_sig_header_check. */
#include "check.h"
#include "shingle.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[256], path[300];

static long file_size(const char *p)
{
	FILE *f = fopen(p, "rb");
	if (!f) return -1;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fclose(f);
	return n;
}

/* Copies path to dst, keeping the first keep bytes and patching byte at (off) to v if off >= 0;
 * appends extra bytes when keep is larger than the file. */
static void derive(const char *dst, long keep, long off, unsigned char v)
{
	FILE *f = fopen(path, "rb"), *g = fopen(dst, "wb");
	if (!f || !g) {
		if (f) fclose(f);
		if (g) fclose(g);
		return;
	}
	int c;
	long i = 0;
	while (i < keep && (c = fgetc(f)) != EOF)
		fputc(i++ == off ? v : c, g);
	while (i++ < keep)
		fputc('x', g);
	fclose(f);
	fclose(g);
}

static int read_all(const char *p, sc_sig_header_t *h, char *err, size_t errlen, int *nrec)
{
	sc_sigfile_t *f;
	int rc = sc_sh_sig_open(&f, p, h, err, errlen);
	*nrec = 0;
	if (rc) return rc;
	uint32_t sig[16];
	char *id, lang[3];
	while ((rc = sc_sh_sig_read(f, &id, lang, sig)) == 1) {
		free(id);
		(*nrec)++;
	}
	sc_sh_sig_close(f, NULL, 0);
	return rc;
}

int main(void)
{
	snprintf(dir, sizeof dir, "/tmp/sc_sig_XXXXXX");
	if (!mkdtemp(dir)) {
		printf("SKIP: cannot make a temporary directory\n");
		return 77;
	}
	snprintf(path, sizeof path, "%s/s.bin", dir);
	sc_mh_params_t mh = {16, 1234567890123ULL, SC_MH_OPH};
	sc_shingle_opts_t so;
	sc_sh_shingle_opts_init(&so, SC_VIEW_CONTENT);
	so.norm.fold_accents = 1;
	sc_sig_header_t h, r;
	sc_sh_sig_header_init(&h, &mh, &so);
	char err[512];
	sc_sigfile_t *f;
	CHECK(sc_sh_sig_create(&f, path, &h, err, sizeof err) == SC_OK, "create: %s", err);
	CHECK(access(path, F_OK) != 0, "nothing at the path before close (atomic)");
	const char *ids[] = {"a", "sub/b\xc3\xa9", "c"}, *langs[] = {"fr", "en", ""};
	uint32_t sig[3][16];
	for (int d = 0; d < 3; d++) {
		for (int i = 0; i < 16; i++)
			sig[d][i] = (uint32_t)(d * 1000003u + i * 0x9E3779B9u);
		CHECK(sc_sh_sig_write(f, ids[d], langs[d], sig[d]) == SC_OK, "write %d", d);
	}
	CHECK(sc_sh_sig_close(f, err, sizeof err) == SC_OK, "close: %s", err);
	long size = file_size(path);
	CHECK(size == 56 + (4 + 1 + 4 + 64) + (4 + 7 + 4 + 64) + (4 + 1 + 4 + 64), "size %ld",
	      size);

	/* round trip */
	CHECK(sc_sh_sig_open(&f, path, &r, err, sizeof err) == SC_OK, "open: %s", err);
	CHECK(r.version == 1 && r.k == 16 && r.scheme == SC_MH_OPH && r.seed == 1234567890123ULL &&
	          r.view == SC_VIEW_CONTENT && r.shingle_k == 1 && r.fold_accents == 1 &&
	          r.count == 3 && r.xxh_version >= 800,
	      "header read back");
	CHECK(sc_sh_sig_header_check(&h, &r, err, sizeof err) == SC_OK, "same parameters: %s", err);
	for (int d = 0; d < 3; d++) {
		char *id = NULL, lang[3];
		uint32_t got[16];
		int k = sc_sh_sig_read(f, &id, lang, got);
		CHECK(k == 1 && !strcmp(id, ids[d]) && !strcmp(lang, langs[d]) &&
		          !memcmp(got, sig[d], sizeof got),
		      "record %d read back", d);
		free(id);
	}
	char *id;
	char lang[3];
	uint32_t got[16];
	CHECK(sc_sh_sig_read(f, &id, lang, got) == 0, "end after 3 records");
	sc_sh_sig_close(f, NULL, 0);

	sc_sig_header_t other = h;
	other.seed++;
	CHECK(sc_sh_sig_header_check(&h, &other, err, sizeof err) == SC_EMISMATCH &&
	          strstr(err, "seed"),
	      "another seed is a mismatch: %s", err);

	/* truncations: inside the header, inside the last record, a record missing */
	char bad[320];
	int n;
	snprintf(bad, sizeof bad, "%s/t.bin", dir);
	long cuts[] = {5, 30, size - 1, size - 60, 56 + 73 + 79};
	for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++) {
		derive(bad, cuts[i], -1, 0);
		err[0] = '\0';
		int rc = read_all(bad, &r, err, sizeof err, &n);
		CHECK(rc == SC_ETRUNC, "cut at %ld: SC_ETRUNC, got %d (%s) after %d records",
		      cuts[i], rc, err, n);
		if (cuts[i] < 56)
			CHECK(strstr(err, "truncated") != NULL, "message says truncated: %s", err);
	}
	/* another version */
	derive(bad, size, 8, 2);
	int rc = read_all(bad, &r, err, sizeof err, &n);
	CHECK(rc == SC_EVERSION && strstr(err, "version 2"), "version 2: %d %s", rc, err);
	/* wrong magic */
	derive(bad, size, 0, 'X');
	rc = read_all(bad, &r, err, sizeof err, &n);
	CHECK(rc == SC_EFORMAT && strstr(err, "magic"), "bad magic: %d %s", rc, err);
	/* trailing bytes */
	derive(bad, size + 3, -1, 0);
	rc = read_all(bad, &r, err, sizeof err, &n);
	CHECK(rc == SC_EFORMAT && n == 3, "trailing bytes: %d after %d records", rc, n);
	/* a missing file */
	snprintf(bad, sizeof bad, "%s/none.bin", dir);
	CHECK(sc_sh_sig_open(&f, bad, &r, err, sizeof err) == SC_EIO && strstr(err, "none.bin"),
	      "missing file named: %s", err);
	/* abort leaves nothing behind */
	snprintf(bad, sizeof bad, "%s/aborted.bin", dir);
	CHECK(sc_sh_sig_create(&f, bad, &h, err, sizeof err) == SC_OK, "create");
	sc_sh_sig_write(f, "x", "fr", sig[0]);
	sc_sh_sig_abort(f);
	CHECK(access(bad, F_OK) != 0, "aborted file not published");
	/* a directory that does not exist */
	CHECK(sc_sh_sig_create(&f, "/nonexistent/dir/s.bin", &h, err, sizeof err) == SC_EIO &&
	          strstr(err, "/nonexistent/dir/s.bin"),
	      "unwritable path named: %s", err);

	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd)) fprintf(stderr, "could not remove %s\n", dir);
	return CHECK_DONE();
}
