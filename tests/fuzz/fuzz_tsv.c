/* fuzz_tsv.c: the pair-file reader of `storycheck compare` (sc_cmp_tsv_*) on arbitrary bytes
 * through fmemopen. Checked: open either succeeds with a header naming premise and hypothesis
 * once each (unique names) or fails with a message; every row either gives ncols field
 * pointers (NULL only for missing trailing fields) or SC_EFORMAT with a message, and reading
 * goes on after SC_EFORMAT until the end; line numbers never go backwards. */
#include "fuzz_common.h"
#include "detect.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char empty[1];
	/* fmemopen refuses a zero-length buffer: read an empty stream as zero bytes of one */
	FILE *f = size ? fmemopen((void *)data, size, "rb") : fmemopen((void *)empty, 1, "rb");
	FZ_ASSERT(f);
	if (!size) fgetc(f);
	char err[512] = "";
	sc_tsv_t *t = NULL;
	int rc = sc_cmp_tsv_open(&t, f, "fuzz.tsv", err, sizeof err);
	if (rc) {
		FZ_ASSERT(rc < 0 && !t && err[0]);
		fclose(f);
		return 0;
	}
	const size_t nc = sc_cmp_tsv_ncols(t);
	int np = 0, nh = 0;
	for (size_t i = 0; i < nc; i++) {
		const char *c = sc_cmp_tsv_colname(t, i);
		FZ_ASSERT(c);
		np += !strcmp(c, "premise");
		nh += !strcmp(c, "hypothesis");
		for (size_t j = 0; j < i; j++) FZ_ASSERT(strcmp(c, sc_cmp_tsv_colname(t, j)));
	}
	FZ_ASSERT(np == 1 && nh == 1);
	FZ_ASSERT(!sc_cmp_tsv_colname(t, nc));
	uint64_t last = 0;
	for (size_t rows = 0;; rows++) {
		FZ_ASSERT(rows <= size + 1); /* each row consumes at least one byte */
		const char *const *fields;
		uint64_t line = 0;
		err[0] = '\0';
		int k = sc_cmp_tsv_next(t, &fields, &line, err, sizeof err);
		if (k == 0) break;
		FZ_ASSERT(line >= last);
		last = line;
		if (k == SC_EFORMAT) {
			FZ_ASSERT(err[0]);
			continue;
		}
		FZ_ASSERT(k == 1);
		int seen_null = 0;
		for (size_t i = 0; i < nc; i++) {
			if (!fields[i]) seen_null = 1;
			else FZ_ASSERT(!seen_null); /* only trailing fields are missing */
		}
	}
	sc_cmp_tsv_close(t);
	fclose(f);
	return 0;
}
