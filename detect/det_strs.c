/* det_strs.c: the documents' small strings (id, title, source, url, published, path), in blocks
 * apart from the texts.
 *
 * The reader allocates a document's text between its small strings. The strings stay to the
 * end of the run; the texts go once read for the last time (opts.release_texts). Interleaved,
 * each page of released texts still held a few live strings, and glibc could give back almost
 * none of them (1M generated documents: 2.7 GiB resident with no text held, for 0.9 GiB of
 * texts). sc_det_add therefore copies the small strings into blocks that hold strings only and
 * frees the reader's copies: the texts are then the heap's only long-lived blocks besides the
 * run's own arrays, so a released text leaves a hole that the next set reuses and pages that
 * malloc_trim can give back. (Texts in blocks of their own were tried first: a block goes only
 * with its last text, and the event tier releases texts in time order, not in input order, so
 * they stayed until the end of the event edges, 77 MiB above the old peak at 1M.) */
#include "det_internal.h"
#include "sc_prim.h"

#include <stdlib.h>
#include <string.h>

struct sc_det_strs_s {
	char **b; /* blocks of SC_DET_STR_BLOCK bytes (or one string's own, when larger) */
	size_t nb, mb;
	size_t used; /* bytes used in the last block */
};

sc_det_strs_t *sc_det_strs_create(void)
{
	return calloc(1, sizeof(sc_det_strs_t));
}

void sc_det_strs_destroy(sc_det_strs_t *t)
{
	if (!t) return;
	SC_FREE_EACH(t->b, t->nb);
	free(t);
}

int sc_det_strs_take(sc_det_strs_t *t, char **s)
{
	if (!*s) return SC_OK;
	const size_t len = strlen(*s) + 1;
	char *p;
	if (SC_GROW(t->b, t->mb, t->nb + 1)) return SC_ENOMEM;
	if (len > SC_DET_STR_BLOCK / 4) {
		/* a long string gets a block of its own, before the current one */
		if (!(p = malloc(len))) return SC_ENOMEM;
		if (t->nb) {
			t->b[t->nb] = t->b[t->nb - 1];
			t->b[t->nb - 1] = p;
		} else {
			t->b[0] = p;
			t->used = SC_DET_STR_BLOCK; /* full: the next string opens a block */
		}
		t->nb++;
	} else {
		if (!t->nb || SC_DET_STR_BLOCK - t->used < len) {
			char *k = malloc(SC_DET_STR_BLOCK);
			if (!k) return SC_ENOMEM;
			t->b[t->nb++] = k;
			t->used = 0;
		}
		p = t->b[t->nb - 1] + t->used;
		t->used += len;
	}
	memcpy(p, *s, len);
	free(*s);
	*s = p;
	return SC_OK;
}

size_t sc_det_strs_blocks(const sc_det_strs_t *t)
{
	return t ? t->nb : 0;
}
