/* fuzz_cmp.h: what the comparator's harnesses (fuzz_compare, fuzz_sentences) share: one
 * comparator over the embedded lexicons, made on the first input and freed at exit. Include
 * after fuzz_common.h and detect.h. */
#ifndef SC_FUZZ_CMP_H
#define SC_FUZZ_CMP_H

static sc_cmp_t *fz_cmp;
static void fz_cmp_free(void) { sc_cmp_free(fz_cmp); }

/* The harness's comparator (created once; creation must succeed). */
static inline sc_cmp_t *fz_comparator(void)
{
	if (!fz_cmp) {
		char err[512];
		FZ_ASSERT(sc_cmp_create(&fz_cmp, NULL, err, sizeof err) == SC_OK);
		atexit(fz_cmp_free);
	}
	return fz_cmp;
}

#endif
