/* fuzz_sigfile.c: the signature-file reader (sc_sh_sig_open / sc_sh_sig_read) on arbitrary
 * bytes written to a temporary file. Checked: open succeeds or fails with one of the codes
 * shingle.h names (EVERSION, ETRUNC, EFORMAT) and a message; header values of an opened file
 * are in range; records read back have a non-empty id; reading ends with 0 or a named error
 * and never yields more records than the header announced.
 * Round trip (issue 13, fault 5): the records read are written to a new file with the same
 * header (sc_sh_sig_create/write/close must accept every record the reader gave), and that file
 * reads back to the very same records: an id the reader lets through but the writer cannot
 * carry (a NUL byte inside it) would break an index rewritten from it. */
#include "fuzz_common.h"
#include "shingle.h"

typedef struct rec_s {
	char *id;
	char lang[3];
	uint32_t *sig;
} rec_t;

static void round_trip(const sc_sig_header_t *h, const rec_t *r, size_t n)
{
	const char *path = fz_write("roundtrip.bin", (const uint8_t *)"", 0);
	sc_sigfile_t *w = NULL;
	sc_sig_header_t hw = *h;
	char err[512] = "";
	FZ_ASSERT(sc_sh_sig_create(&w, path, &hw, err, sizeof err) == SC_OK);
	for (size_t i = 0; i < n; i++)
		FZ_ASSERT(sc_sh_sig_write(w, r[i].id, r[i].lang, r[i].sig) == SC_OK);
	FZ_ASSERT(sc_sh_sig_close(w, err, sizeof err) == SC_OK);
	sc_sigfile_t *f = NULL;
	sc_sig_header_t h2;
	FZ_ASSERT(sc_sh_sig_open(&f, path, &h2, err, sizeof err) == SC_OK);
	FZ_ASSERT(h2.k == h->k && h2.scheme == h->scheme && h2.seed == h->seed &&
	          h2.view == h->view && h2.shingle_k == h->shingle_k &&
	          h2.fold_accents == h->fold_accents && h2.count == n);
	uint32_t *sig = malloc(sizeof *sig * h->k);
	FZ_ASSERT(sig);
	for (size_t i = 0;; i++) {
		char *id = NULL, lang[3];
		int k = sc_sh_sig_read(f, &id, lang, sig);
		if (i == n) {
			FZ_ASSERT(k == 0);
			break;
		}
		FZ_ASSERT(k == 1);
		FZ_ASSERT(!strcmp(id, r[i].id));
		/* a language byte of 0 ends the code: what follows it is not kept */
		FZ_ASSERT(lang[0] == r[i].lang[0] && (!lang[0] || lang[1] == r[i].lang[1]));
		FZ_ASSERT(!memcmp(sig, r[i].sig, sizeof *sig * h->k));
		free(id);
	}
	free(sig);
	FZ_ASSERT(sc_sh_sig_close(f, NULL, 0) == SC_OK);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fz_write("sigs.bin", data, size);
	sc_sigfile_t *f = NULL;
	sc_sig_header_t h;
	char err[512] = "";
	int rc = sc_sh_sig_open(&f, path, &h, err, sizeof err);
	if (rc) {
		FZ_ASSERT(!f && err[0]);
		FZ_ASSERT(rc == SC_EVERSION || rc == SC_ETRUNC || rc == SC_EFORMAT);
		return 0;
	}
	FZ_ASSERT(h.k >= 1 && h.k <= 65536 && h.scheme <= 1 && h.view <= 1 && h.shingle_k);
	rec_t *recs = NULL;
	size_t n = 0, cap = 0;
	int clean = 0;
	for (;;) {
		char *id = NULL, lang[3];
		uint32_t *sig = malloc(sizeof *sig * h.k);
		FZ_ASSERT(sig);
		int k = sc_sh_sig_read(f, &id, lang, sig);
		if (k <= 0) {
			free(sig);
			FZ_ASSERT(!id);
			FZ_ASSERT(k == 0 || k == SC_ETRUNC || k == SC_EFORMAT);
			clean = k == 0;
			break;
		}
		FZ_ASSERT(id && id[0]);
		FZ_ASSERT(lang[2] == '\0');
		if (n == cap) {
			cap = cap ? 2 * cap : 8;
			recs = realloc(recs, cap * sizeof *recs);
			FZ_ASSERT(recs);
		}
		recs[n].id = id;
		memcpy(recs[n].lang, lang, 3);
		recs[n].sig = sig;
		n++;
		FZ_ASSERT(h.count == UINT64_MAX || n <= h.count);
	}
	FZ_ASSERT(sc_sh_sig_close(f, NULL, 0) == SC_OK);
	/* a file read to its end without error is one an index could be rewritten from */
	if (clean) round_trip(&h, recs, n);
	for (size_t i = 0; i < n; i++) {
		free(recs[i].id);
		free(recs[i].sig);
	}
	free(recs);
	return 0;
}
