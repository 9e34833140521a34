/* sh_shingle.c: the two views of a text as sets of 64-bit hashes, and exact Jaccard.
 *
 * A view turns tokens into "units": the normalised token (word view) or the Snowball stem of
 * a content word (content view: stopwords, elisions and one-character tokens out). Units are
 * written one after the other, each followed by a space, into one buffer; a k-shingle is then
 * a contiguous slice (k units joined by single spaces) and costs one XXH3-64 call, with no
 * copy. The set is sorted (radix) and deduplicated. */
#include "sh_internal.h"
#include "sc_prim.h"

#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

void sc_sh_shingle_opts_init(sc_shingle_opts_t *o, sc_view_t view)
{
	memset(o, 0, sizeof *o);
	o->view = view;
	o->k = view == SC_VIEW_WORD ? 5 : 1;
	o->norm.fold_accents = 0;
}

void sc_sh_units_free(sc_sh_units_t *u)
{
	free(u->buf);
	free(u->start);
	memset(u, 0, sizeof *u);
}

static int units_push(sc_sh_units_t *u, const char *s, size_t n)
{
	if (SC_GROW(u->buf, u->cap, u->len + n + 1) || SC_GROW(u->start, u->m, u->n + 2))
		return SC_ENOMEM;
	if (!u->n) u->start[0] = u->len;
	memcpy(u->buf + u->len, s, n);
	u->len += n;
	u->buf[u->len++] = ' ';
	u->n++;
	u->start[u->n] = u->len;
	u->total++;
	return SC_OK;
}

int sc_sh_units_add(sc_tokenizer_t *t, const sc_shingle_opts_t *o, const sc_token_t *toks, size_t n,
                    const char *lang, const size_t *skip, size_t nskip, sc_sh_units_t *u)
{
	size_t si = 0;
	for (size_t i = 0; i < n; i++) {
		const sc_token_t *k = &toks[i];
		/* spans are sorted: advance past those ending before this token */
		while (si < nskip && skip[2 * si + 1] <= k->start)
			si++;
		if (si < nskip && skip[2 * si] < k->end) continue; /* overlaps a skipped span */
		int rc;
		if (o->view == SC_VIEW_CONTENT) {
			if (k->flags & (SC_TOK_STOP | SC_TOK_ELIDED)) continue;
			if (sc_utf8_count(k->norm, k->nlen) < 2) continue;
			uint32_t sl;
			const char *st = sc_sh_stem(t, lang, k->norm, k->nlen, &sl);
			if (!sl) continue;
			rc = units_push(u, st, sl);
		} else {
			rc = units_push(u, k->norm, k->nlen);
		}
		if (rc) return rc;
	}
	return SC_OK;
}

int sc_sh_units_hash(const sc_sh_units_t *u, int k, sc_u64v_t *out)
{
	if (k < 1 || u->n < (size_t)k) return SC_OK;
	size_t nw = u->n - (size_t)k + 1;
	if (sc_sh_u64v_reserve(out, out->n + nw)) return SC_ENOMEM;
	uint64_t *o = out->a + out->n;
	const size_t *st = u->start;
	for (size_t i = 0; i < nw; i++)
		o[i] =
		    XXH3_64bits(u->buf + st[i], st[i + (size_t)k] - st[i] - 1); /* no final space */
	out->n += nw;
	return SC_OK;
}

uint64_t sc_sh_units_hash_all(const sc_sh_units_t *u)
{
	size_t a = u->start[0];
	return XXH3_64bits(u->buf + a, u->len - a - 1);
}

void sc_sh_units_keep_tail(sc_sh_units_t *u, int k)
{
	size_t keep = (size_t)(k > 1 ? k - 1 : 0);
	if (u->n <= keep) return;
	size_t from = u->start[u->n - keep], shift = from;
	memmove(u->buf, u->buf + from, u->len - from);
	u->len -= shift;
	for (size_t i = 0; i <= keep; i++)
		u->start[i] = u->start[u->n - keep + i] - shift;
	u->n = keep;
}

long sc_sh_shingle_set(sc_tokenizer_t *t, const sc_shingle_opts_t *o, const char *text, size_t len,
                       const char *lang, const size_t *skip, size_t nskip, sc_u64v_t *out)
{
	if (!t || !o || !out || o->k < 1 || (nskip && !skip)) return SC_EPARAM;
	if (o->norm.fold_accents != t->o.fold_accents) return SC_EPARAM;
	const sc_token_t *toks;
	/* the word view needs neither token hashes nor stopword flags */
	long n = o->view == SC_VIEW_WORD ? sc_sh_tokenize_lite(t, text, len, &toks)
	                                 : sc_sh_tokenize(t, text, len, lang, &toks);
	if (n < 0) return n;
	out->n = 0;
	int rc;
	if (o->view == SC_VIEW_WORD && !nskip) {
		/* the lite arena is already "u1 u2 ... ": hash its slices, no copy */
		if (n == 0) return 0;
		if (sc_sh_u64v_reserve(out, (size_t)n)) return SC_ENOMEM;
		const char *a = t->arena;
		const size_t *st = t->noff, k = (size_t)o->k;
		if ((size_t)n < k) {
			out->a[out->n++] = XXH3_64bits(a + st[0], t->alen - st[0] - 1);
			return 1;
		}
		size_t nw = (size_t)n - k + 1;
		for (size_t i = 0; i + 1 < nw; i++)
			out->a[i] = XXH3_64bits(a + st[i], st[i + k] - st[i] - 1);
		out->a[nw - 1] = XXH3_64bits(a + st[nw - 1], t->alen - st[nw - 1] - 1);
		out->n = nw;
	} else {
		sc_sh_units_t *u = &t->units;
		u->len = u->n = 0;
		u->total = 0;
		if ((rc = sc_sh_units_add(t, o, toks, (size_t)n, lang, skip, nskip, u))) return rc;
		if (u->n == 0) return 0;
		if (u->n < (size_t)o->k) {
			if (sc_sh_u64v_reserve(out, 1)) return SC_ENOMEM;
			out->a[out->n++] = sc_sh_units_hash_all(u);
			return 1;
		}
		if ((rc = sc_sh_units_hash(u, o->k, out))) return rc;
	}
	if (out->n > t->mscratch) {
		uint64_t *s = realloc(t->scratch, out->n * sizeof *s);
		if (!s) return SC_ENOMEM;
		t->scratch = s;
		t->mscratch = out->n;
	}
	sc_sh_u64v_sort_uniq(out, t->scratch);
	return (long)out->n;
}

double sc_sh_jaccard(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	if (!na && !nb) return 1.0;
	const size_t inter = sc_u64_inter_count(a, na, b, nb);
	return (double)inter / (double)(na + nb - inter);
}
