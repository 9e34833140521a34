/* det_texts.c: the detector's texts, in blocks apart from everything else.
 *
 * The reader allocates a document's text between its id, date and path strings, which stay to
 * the end of the run. Once the run had released every text (opts.release_texts), glibc could
 * give back almost none of their pages: each page still held a few live small strings (1M
 * generated documents: 2.7 GiB resident with no text held, for 0.9 GiB of texts). sc_det_add
 * therefore copies each text into a block of SC_DET_TEXT_BLOCK bytes that holds texts only,
 * and frees the reader's copy (its hole is reused by the next document read); a block is freed
 * when its last text is, and its pages go back to the system at once. A text of more than a
 * quarter of a block keeps its own allocation. */
#include "det_internal.h"
#include "sc_prim.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct tblk_s {
	uintptr_t lo, hi; /* the block's address range, kept after it is freed */
	char *mem;        /* NULL once freed */
	size_t used, live;
} tblk_t;

struct sc_det_texts_s {
	tblk_t *b;
	size_t nb, mb;
	int sorted; /* b sorted by lo (no block is added after the first release) */
};

sc_det_texts_t *sc_det_texts_create(void)
{
	return calloc(1, sizeof(sc_det_texts_t));
}

void sc_det_texts_destroy(sc_det_texts_t *t)
{
	if (!t) return;
	for (size_t i = 0; i < t->nb; i++)
		free(t->b[i].mem);
	free(t->b);
	free(t);
}

int sc_det_texts_take(sc_det_texts_t *t, char **text, size_t len)
{
	if (!*text || len + 1 > SC_DET_TEXT_BLOCK / 4) return SC_OK;
	if (t->sorted) return SC_EPARAM;
	tblk_t *k = t->nb ? &t->b[t->nb - 1] : NULL;
	if (!k || SC_DET_TEXT_BLOCK - k->used < len + 1) {
		if (SC_GROW(t->b, t->mb, t->nb + 1)) return SC_ENOMEM;
		char *mem = malloc(SC_DET_TEXT_BLOCK);
		if (!mem) return SC_ENOMEM;
		k = &t->b[t->nb++];
		*k = (tblk_t){(uintptr_t)mem, (uintptr_t)mem + SC_DET_TEXT_BLOCK, mem, 0, 0};
	}
	char *p = k->mem + k->used;
	memcpy(p, *text, len);
	p[len] = '\0';
	k->used += len + 1;
	k->live++;
	free(*text);
	*text = p;
	return SC_OK;
}

static int cmp_lo(const void *x, const void *y)
{
	const tblk_t *a = x, *b = y;
	return a->lo < b->lo ? -1 : a->lo > b->lo;
}

/* The block holding p, or NULL (a text of its own). */
static tblk_t *find(sc_det_texts_t *t, const char *p)
{
	if (!t || !t->nb) return NULL;
	if (!t->sorted) {
		qsort(t->b, t->nb, sizeof *t->b, cmp_lo);
		t->sorted = 1;
	}
	const uintptr_t a = (uintptr_t)p;
	size_t lo = 0, hi = t->nb;
	while (lo < hi) {
		const size_t mid = lo + (hi - lo) / 2;
		if (t->b[mid].hi <= a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < t->nb && t->b[lo].lo <= a && a < t->b[lo].hi ? &t->b[lo] : NULL;
}

void sc_det_texts_release(sc_det_texts_t *t, char **text)
{
	if (!*text) return;
	tblk_t *k = find(t, *text);
	if (!k) {
		free(*text);
	} else if (--k->live == 0) {
		free(k->mem);
		k->mem = NULL;
	}
	*text = NULL;
}

size_t sc_det_texts_blocks(const sc_det_texts_t *t)
{
	size_t n = 0;
	for (size_t i = 0; t && i < t->nb; i++)
		n += t->b[i].mem != NULL;
	return n;
}
