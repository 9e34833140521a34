/* fuzz_sigfile.c: the signature-file reader (sc_sh_sig_open / sc_sh_sig_read) on arbitrary
 * bytes written to a temporary file. Checked: open succeeds or fails with one of the codes
 * shingle.h names (EVERSION, ETRUNC, EFORMAT) and a message; header values of an opened file
 * are in range; records read back have a non-empty id; reading ends with 0 or a named error
 * and never yields more records than the header announced. */
#include "fuzz_common.h"
#include "shingle.h"

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
	uint32_t *sig = malloc(sizeof *sig * h.k);
	FZ_ASSERT(sig);
	uint64_t n = 0;
	for (;;) {
		char *id = NULL, lang[3];
		int k = sc_sh_sig_read(f, &id, lang, sig);
		if (k <= 0) {
			FZ_ASSERT(!id);
			FZ_ASSERT(k == 0 || k == SC_ETRUNC || k == SC_EFORMAT);
			break;
		}
		FZ_ASSERT(id);
		FZ_ASSERT(lang[2] == '\0');
		free(id);
		n++;
		FZ_ASSERT(h.count == UINT64_MAX || n <= h.count);
	}
	free(sig);
	FZ_ASSERT(sc_sh_sig_close(f, NULL, 0) == SC_OK);
	return 0;
}
