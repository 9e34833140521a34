/* sh_sketcher.c: the streaming sketcher, MinHash signatures of texts that arrive in chunks.
 *
 * Where a text may be cut. Tokens never span ASCII white space, and the tokenizer never looks
 * past a white-space byte (a joiner such as ' - , . is kept only when a word character follows
 * it, and white space is not one), so the text up to any white-space byte tokenises exactly as
 * it does inside the whole text. White space is ASCII, hence never inside a UTF-8 character.
 * The sketcher therefore tokenises what has arrived up to its last white-space byte and keeps
 * the rest (an unfinished word) for the next chunk.
 *
 * Same work as sc_sh_shingle_set, without the set. The word view goes through the fused path
 * of sc_sh_shingle_set: the lite tokenizer (no per-token hash or stopword probe) writes the
 * normalised tokens as "u1 u2 ... " into its arena, and each k-shingle is hashed in place, one
 * XXH3 call per shingle, no copy. Shingles across a cut need the previous piece's last k-1
 * units: they are carried in s->u and copied to the start of the arena before the next piece
 * (sc_sh_tokenize_lite_after), so a shingle across the cut is a contiguous slice too. The
 * content view (stems, usually k = 1) goes through sc_sh_units_add as sc_sh_shingle_set does.
 * The set is never built: the minimum is idempotent and does not depend on order, so feeding
 * every shingle (repeats included) straight into the MinHash state gives the signature of the
 * deduplicated set, with no sort. A text with fewer than k units in all gives one shingle of
 * all of them, as in sc_sh_shingle_set; those units are all in the carry at the end.
 *
 * Memory. A chunk is tokenised in place, in slices of about SK_SLICE bytes cut after white
 * space, so the tokenizer's buffers stay near SK_SLICE whatever the chunk size. Copied into the
 * carry: the unfinished word at the end of a chunk, and whole chunks while the carry holds
 * less than SK_MIN bytes (a tokenizer call per tiny chunk costs more than copying it). The
 * carry thus holds less than SK_MIN bytes plus the longest white-space-free stretch, and the
 * carried units k-1 tokens: neither grows with the document. */
#include "sh_internal.h"
#include "sc_prim.h"

#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

enum {
	SK_MIN = 4096,      /* small chunks gather in the carry up to this many bytes */
	SK_SLICE = 1 << 16, /* large chunks are tokenised in slices of about this many bytes */
};

struct sc_sketcher_s {
	const sc_minhash_t *m;
	sc_shingle_opts_t o;
	sc_tokenizer_t *t;
	char lang[4];
	char *carry; /* text not yet tokenised */
	size_t clen, ccap;
	sc_sh_units_t u; /* the last k-1 units, "ua ub " from u.buf[0]; u.total counts all units */
	sc_u64v_t hv;    /* shingle hashes of one piece */
	uint64_t *state; /* k MinHash slots */
	int err;
};

sc_sketcher_t *sc_sh_sketcher_create(const sc_minhash_t *m, const sc_shingle_opts_t *o)
{
	if (!m || !o || o->k < 1) return NULL;
	sc_sketcher_t *s = calloc(1, sizeof *s);
	if (!s) return NULL;
	s->m = m;
	s->o = *o;
	/* start[0..k-1]: room for the k-1 carried units' starts and the end */
	s->u.m = (size_t)o->k + 1;
	if (!(s->t = sc_sh_tokenizer_create(&o->norm)) ||
	    !(s->state = malloc((size_t)sc_sh_minhash_k(m) * sizeof *s->state)) ||
	    !(s->u.start = malloc(s->u.m * sizeof *s->u.start))) {
		sc_sh_sketcher_free(s);
		return NULL;
	}
	sc_sh_sketcher_reset(s, "");
	return s;
}

void sc_sh_sketcher_free(sc_sketcher_t *s)
{
	if (!s) return;
	sc_sh_tokenizer_free(s->t);
	free(s->carry);
	sc_sh_units_free(&s->u);
	sc_u64v_free(&s->hv);
	free(s->state);
	free(s);
}

void sc_sh_sketcher_reset(sc_sketcher_t *s, const char *lang)
{
	memset(s->lang, 0, sizeof s->lang);
	if (lang) strncpy(s->lang, lang, 3);
	s->clen = 0;
	s->u.len = s->u.n = 0;
	s->u.start[0] = 0;
	s->u.total = 0;
	s->err = 0;
	sc_sh_minhash_init(s->m, s->state);
}

/* Start of unit i in the arena, counting the nc carried units first, then the piece's tokens
 * (their starts in noff). */
static inline size_t ustart(const sc_sh_units_t *u, size_t nc, const size_t *noff, size_t i)
{
	return i < nc ? u->start[i] : noff[i - nc];
}

/* Word view: the shingles of text[0..n) and those across the cut before it. */
static int piece_words(sc_sketcher_t *s, const char *text, size_t n)
{
	sc_sh_units_t *u = &s->u;
	const sc_token_t *toks;
	long nt = sc_sh_tokenize_lite_after(s->t, u->buf, u->len, text, n, &toks);
	if (nt <= 0) return (int)nt;
	const size_t k = (size_t)s->o.k, nc = u->n, N = nc + (size_t)nt;
	const char *a = s->t->arena;
	const size_t *st = s->t->noff, end = s->t->alen;
	if (N >= k) {
		const size_t nw = N - k + 1;
		if (sc_sh_u64v_reserve(&s->hv, nw)) return SC_ENOMEM;
		uint64_t *h = s->hv.a;
		size_t w = 0;
		/* windows that start in the carried units (nc < k: they end in this piece) */
		for (; w < nw && w < nc; w++) {
			const size_t b = u->start[w], e = w + k < N ? st[w + k - nc] : end;
			h[w] = XXH3_64bits(a + b, e - b - 1); /* no final space */
		}
		/* windows inside this piece, as in sc_sh_shingle_set */
		for (; w + 1 < nw; w++) {
			const size_t j = w - nc;
			h[w] = XXH3_64bits(a + st[j], st[j + k] - st[j] - 1);
		}
		if (w < nw) /* the last one ends at the end of the arena */
			h[w] = XXH3_64bits(a + st[w - nc], end - st[w - nc] - 1);
		sc_sh_minhash_update(s->m, s->state, h, nw);
	}
	/* carry the last k-1 units (all of them while there are fewer) */
	const size_t keep = N < k - 1 ? N : k - 1, from = N - keep;
	const size_t base = keep ? ustart(u, nc, st, from) : end, bytes = end - base;
	if (SC_GROW(u->buf, u->cap, bytes)) return SC_ENOMEM;
	if (bytes) memcpy(u->buf, a + base, bytes);
	for (size_t i = 0; i < keep; i++) /* from + i >= i: reads stay ahead of writes */
		u->start[i] = ustart(u, nc, st, from + i) - base;
	u->start[keep] = bytes;
	u->n = keep;
	u->len = bytes;
	u->total += (uint64_t)nt;
	return SC_OK;
}

/* Content view: units through sc_sh_units_add, as in sc_sh_shingle_set. */
static int piece_content(sc_sketcher_t *s, const char *text, size_t n)
{
	const sc_token_t *toks;
	long nt = sc_sh_tokenize(s->t, text, n, s->lang, &toks);
	if (nt < 0) return (int)nt;
	int rc = sc_sh_units_add(s->t, &s->o, toks, (size_t)nt, s->lang, NULL, 0, &s->u);
	if (rc) return rc;
	s->hv.n = 0;
	if ((rc = sc_sh_units_hash(&s->u, s->o.k, &s->hv))) return rc;
	sc_sh_minhash_update(s->m, s->state, s->hv.a, s->hv.n);
	sc_sh_units_keep_tail(&s->u, s->o.k);
	return SC_OK;
}

/* Sketches text[0..n), which ends with white space or ends the text. */
static int sketch_piece(sc_sketcher_t *s, const char *text, size_t n)
{
	if (!n) return SC_OK;
	return s->o.view == SC_VIEW_WORD ? piece_words(s, text, n) : piece_content(s, text, n);
}

static inline int is_ws(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Sketches p[0..len) up to its last white-space byte, in slices of about SK_SLICE bytes each
 * ending with white space; *used gets the bytes sketched (the rest is an unfinished word). */
static int sketch_run(sc_sketcher_t *s, const char *p, size_t len, size_t *used)
{
	size_t off = 0;
	int rc = SC_OK;
	while (off < len) {
		const size_t rest = len - off, lim = rest < SK_SLICE ? rest : SK_SLICE;
		size_t cut = lim;
		while (cut > 0 && !is_ws((unsigned char)p[off + cut - 1]))
			cut--;
		if (!cut) {
			/* no white space in the first SK_SLICE bytes: a very long word; cut after
			 * the next white space, if any */
			if (rest == lim) break;
			cut = lim;
			while (cut < rest && !is_ws((unsigned char)p[off + cut]))
				cut++;
			if (cut == rest) break;
			cut++;
		}
		if ((rc = sketch_piece(s, p + off, cut))) break;
		off += cut;
	}
	*used = off;
	return rc;
}

static int carry_append(sc_sketcher_t *s, const char *p, size_t n)
{
	if (!n) return SC_OK; /* the carry may still be NULL: NULL + 0 is undefined */
	if (SC_GROW(s->carry, s->ccap, s->clen + n)) return SC_ENOMEM;
	memcpy(s->carry + s->clen, p, n);
	s->clen += n;
	return SC_OK;
}

int sc_sh_sketcher_feed(sc_sketcher_t *s, const char *chunk, size_t len)
{
	if (s->err) return s->err;
	if (!len) return SC_OK;
	int rc;
	size_t used;
	/* small chunks gather first: one tokenizer call per SK_MIN bytes, not per chunk */
	if (s->clen + len < SK_MIN) {
		if ((rc = carry_append(s, chunk, len))) return s->err = rc;
		return SC_OK;
	}
	if (s->clen) {
		/* finish the carried text with the chunk up to its first white space */
		size_t w = 0;
		while (w < len && !is_ws((unsigned char)chunk[w]))
			w++;
		if (w == len) { /* still inside a word */
			if ((rc = carry_append(s, chunk, len))) return s->err = rc;
			return SC_OK;
		}
		if ((rc = carry_append(s, chunk, w + 1)) ||
		    (rc = sketch_run(s, s->carry, s->clen, &used)))
			return s->err = rc;
		s->clen = 0; /* the carry ended with white space: all of it was sketched */
		chunk += w + 1;
		len -= w + 1;
	}
	/* the rest in place; only its unfinished last word is copied */
	if ((rc = sketch_run(s, chunk, len, &used)) ||
	    (rc = carry_append(s, chunk + used, len - used)))
		return s->err = rc;
	return SC_OK;
}

int sc_sh_sketcher_final(sc_sketcher_t *s, uint32_t *sig)
{
	if (s->err) return s->err;
	int rc = sketch_piece(s, s->carry, s->clen);
	if (rc) return s->err = rc;
	s->clen = 0;
	if (s->u.total > 0 && s->u.total < (uint64_t)s->o.k) {
		/* fewer than k units in the whole text: one shingle of all (all carried in u) */
		uint64_t h = sc_sh_units_hash_all(&s->u);
		sc_sh_minhash_update(s->m, s->state, &h, 1);
	}
	sc_sh_minhash_final(s->m, s->state, sig);
	return SC_OK;
}
