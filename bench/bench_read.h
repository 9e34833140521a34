/* bench_read.h: the one reading loop of the benchmarks that read a corpus (bench/ only):
 * bench_detect, bench_lsh and corpus_stats each wrote it out, with only what they do with a
 * document or a reject differing. */
#ifndef SC_BENCH_READ_H
#define SC_BENCH_READ_H

#include "shingle.h"

/* Called with each document (doc) or reject (rej) in input order; the callback owns its
 * fields (sc_doc_free / sc_reject_free, or hand them on). A non-zero return stops the reading
 * and is returned. */
typedef int (*bench_doc_fn)(void *ctx, sc_doc_t *doc);
typedef int (*bench_rej_fn)(void *ctx, sc_reject_t *rej);

/* Reads path (a file or a directory) with the reader's default options. Returns SC_OK at the
 * end, the reader's negative code (open or read), or the first non-zero callback return. */
static inline int bench_read_all(const char *path, bench_doc_fn doc, bench_rej_fn rej, void *ctx)
{
	sc_reader_t *r = NULL;
	sc_reader_opts_t ro;
	sc_sh_reader_opts_init(&ro);
	const char *in[1] = {path};
	int rc = sc_sh_reader_open(&r, in, 1, &ro);
	while (!rc) {
		sc_doc_t d = {0};
		sc_reject_t j = {0};
		const int got = sc_sh_reader_next(r, &d, &j);
		if (got <= 0) {
			rc = got;
			break;
		}
		rc = got == 2 ? rej(ctx, &j) : doc(ctx, &d);
	}
	sc_sh_reader_close(r);
	return rc;
}

#endif
