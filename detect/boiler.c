/* boiler.c: boilerplate, the text of a page that is not the article.
 *
 * Boilerplate must neither make articles similar (a shared footer) nor reach the comparator (a
 * list of unrelated headlines). It is found on blocks, the non-blank lines of a text (news text
 * puts one paragraph, heading or link per line), by two kinds of evidence (doc/design.md,
 * "Boilerplate"; the constants are in detect.h):
 *
 *  1. Repetition across the corpus. A block whose normalised tokens (case, Unicode forms and
 *     punctuation as normalised by the tokenizer) recur in documents that are not copies of
 *     one another is boilerplate when it is incoherent with its article in more than half of
 *     the documents holding it (a footer belongs to none of the articles; a paragraph of one
 *     article quoted by round-ups stays coherent with its own article and its copies), or
 *     when it is too short to judge (fewer than 3 content words: a label or a prompt) and
 *     sits, in most of those documents, among the first or last SC_DET_BOILER_EDGE blocks
 *     (inside an article, a short repeated line is a subheading of syndicated text).
 *     Copies: documents whose full-text word-shingle MinHash estimate reaches half the
 *     duplicate threshold, a deliberately low bar, so that text copies share is never taken
 *     for boilerplate; the documents holding a block are grouped greedily into copies, and
 *     repetition needs two groups.
 *  2. Incoherence with the rest of the article. A block is incoherent when it has at least 3
 *     distinct content-word stems and fewer than SC_DET_BOILER_COHERENCE of them occur in the
 *     head of the article (the blocks of its first half by tokens, the block itself left
 *     out). Two rules use it at the end of a text, where link lists sit:
 *     - a list heading (a cue from boilerplate/cues.txt such as "Related Posts", "À lire
 *       aussi") in the second half, followed by blocks of which at least half are incoherent
 *       (or by two teasers, lines ending in an ellipsis): the heading and everything after it;
 *     - without a heading, a trailing run of incoherent or too-short blocks that holds at
 *       least two incoherent blocks and two teasers.
 *     Either rule is dropped if it would leave less than SC_DET_BOILER_MIN_BODY of the tokens.
 *  3. A line that is exactly a prompt cue ("Partager cet article", "Subscribe") anywhere.
 * Marked blocks become spans (merged across the whitespace between them); the shingle sets
 * and the comparator leave them out.
 */
#include "det_internal.h"
#include "sc_prim.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

extern const unsigned char sc_boiler_cues[];
extern const size_t sc_boiler_cues_len;

#define STEM_CACHE ((size_t)1 << 17)

/* B_GAPWS: only whitespace lies between the block and its document's previous block, so that
 * two marked blocks merge into one span (sc_det_boiler_finish) without the text, which a
 * streaming run no longer holds there. */
enum {
	B_INCOH = 1,
	B_MARK = 2,
	B_TEASER = 4,
	B_LIST = 8,
	B_PROMPT = 16,
	B_HEAD = 32,
	B_EDGE = 64,
	B_GAPWS = 128
};

/* Every block of the corpus is held from the scan to the end of the pass (12M blocks at 1M
 * generated documents, where they met the word signatures at prepare's peak), so a block is
 * 24 bytes: offsets are 32-bit (a text of 4 GiB or more is refused by sc_det_boiler_scan);
 * its document is not stored but found from boff (doc_of: a binary search, only in the
 * finish); its flags and its count of content stems share one word (the count saturates at
 * NCONTENT_MAX, far above SC_DET_BOILER_MIN_CONTENT, the only bound the rules compare it
 * with; coherence is computed from the exact count); and the index of its first token,
 * which only the local rules of its own document read, is kept in per-document scratch
 * (tok0 below). */
#define NCONTENT_MAX ((1u << 24) - 1)
typedef struct blk_s {
	uint64_t hash;          /* sequence hash of the block's normalised tokens */
	uint32_t start, end;    /* bytes, trimmed */
	uint32_t flags : 8;     /* B_* */
	uint32_t ncontent : 24; /* distinct content stems, at most NCONTENT_MAX */
	float coherence; /* share of its stems found in the head; -1 when too short to judge */
} blk_t;

typedef struct tokc_s {
	uint32_t start, end, flags, nlen;
	size_t norm; /* offset into normbuf */
	uint64_t hash;
} tokc_t;

struct sc_det_boiler_s {
	uint64_t *list_cues, *prompt_cues;
	size_t nlist, nprompt;
	blk_t *b; /* blocks of every document, in scan order */
	size_t nb, mb;
	size_t *boff; /* first block of each document (scan order); boff[ndocs] = nb */
	size_t ndocs, mdocs;
	/* sc_det_boiler_order: the scan index of the document at each index, and its inverse
	 * (NULL: scanned in index order) */
	uint32_t *perm, *inv;
	/* scratch, reused across documents */
	tokc_t *tok;
	size_t mtok;
	char *normbuf;
	size_t mnorm;
	uint64_t *stems; /* content stem hashes of the current document, per block */
	size_t mstems;
	size_t *soff; /* block -> first stem; soff[nblocks] */
	size_t msoff;
	uint32_t *tok0; /* block -> index of its first token in the document */
	size_t mtok0;
	uint64_t *head; /* (stem) of head blocks, one per block containing it, sorted */
	size_t mhead;
	/* Stem cache: token hash (salted by language) -> stem hash. Words repeat (Zipf), and
	 * stemming dominated the scan before this cache. Open addressing, never evicted: when
	 * it is 3/4 full new words are stemmed without being cached. */
	uint64_t *ckey, *cval;
	size_t ncache;
};

/* Sequence hash of tokens [i, j): XXH3 over their norm hashes, so case and Unicode forms do
 * not matter. */
static uint64_t seq_hash(const tokc_t *t, size_t i, size_t j)
{
	XXH3_state_t st;
	XXH3_64bits_reset(&st);
	for (size_t x = i; x < j; x++)
		XXH3_64bits_update(&st, &t[x].hash, sizeof t[x].hash);
	return XXH3_64bits_digest(&st);
}

static uint64_t phrase_hash(sc_tokenizer_t *tk, const char *s, size_t len, int *ok)
{
	const sc_token_t *toks;
	long n = sc_sh_tokenize(tk, s, len, "", &toks);
	*ok = n > 0;
	if (n <= 0) return 0;
	XXH3_state_t st;
	XXH3_64bits_reset(&st);
	for (long x = 0; x < n; x++)
		XXH3_64bits_update(&st, &toks[x].hash, sizeof toks[x].hash);
	return XXH3_64bits_digest(&st);
}

int sc_det_boiler_create(sc_det_boiler_t **out, sc_tokenizer_t *tk)
{
	sc_det_boiler_t *b = calloc(1, sizeof *b);
	int rc = SC_OK;
	size_t ml = 0, mp = 0;
	*out = NULL;
	if (!b) return SC_ENOMEM;
	const char *s = (const char *)sc_boiler_cues, *end = s + sc_boiler_cues_len;
	while (s < end) {
		const char *e = memchr(s, '\n', (size_t)(end - s));
		if (!e) e = end;
		int list = !strncmp(s, "list:", 5), prompt = !strncmp(s, "prompt:", 7);
		if (list || prompt) {
			const char *p = s + (list ? 5 : 7);
			int ok;
			uint64_t h = phrase_hash(tk, p, (size_t)(e - p), &ok);
			if (ok) {
				uint64_t **arr = list ? &b->list_cues : &b->prompt_cues;
				size_t *n = list ? &b->nlist : &b->nprompt, *m = list ? &ml : &mp;
				if ((rc = sc_grow((void **)arr, m, *n + 1, sizeof **arr)))
					goto fail;
				(*arr)[(*n)++] = h;
			}
		}
		s = e + 1;
	}
	if (b->nlist) qsort(b->list_cues, b->nlist, sizeof *b->list_cues, sc_cmp_u64);
	if (b->nprompt) qsort(b->prompt_cues, b->nprompt, sizeof *b->prompt_cues, sc_cmp_u64);
	if ((rc = sc_grow((void **)&b->boff, &b->mdocs, 1, sizeof *b->boff))) goto fail;
	if (!(b->ckey = calloc(STEM_CACHE, sizeof *b->ckey)) ||
	    !(b->cval = malloc(STEM_CACHE * sizeof *b->cval))) {
		rc = SC_ENOMEM;
		goto fail;
	}
	b->boff[0] = 0;
	*out = b;
	return SC_OK;
fail:
	sc_det_boiler_free(b);
	return rc;
}

void sc_det_boiler_free(sc_det_boiler_t *b)
{
	if (!b) return;
	SC_FREE_ALL(b->list_cues, b->prompt_cues, b->b, b->boff, b->tok, b->normbuf, b->stems,
	            b->soff, b->tok0, b->head, b->ckey, b->cval, b->perm, b->inv, b);
}

/* Hash of the stem of a token, through the cache. */
static uint64_t stem_hash(sc_det_boiler_t *b, sc_tokenizer_t *tk, const char *lang,
                          const char *norm, uint32_t nlen, uint64_t thash)
{
	uint64_t key = (thash ^ (lang[0] == 'e' ? 0x9E3779B97F4A7C15ull : 0)) | 1;
	size_t i = (size_t)(key >> 7) & (STEM_CACHE - 1);
	while (b->ckey[i]) {
		if (b->ckey[i] == key) return b->cval[i];
		i = (i + 1) & (STEM_CACHE - 1);
	}
	uint32_t sl;
	const char *st = sc_sh_stem(tk, lang, norm, nlen, &sl);
	uint64_t h = st ? XXH3_64bits(st, sl) : thash;
	if (b->ncache < STEM_CACHE / 4 * 3) {
		b->ckey[i] = key;
		b->cval[i] = h;
		b->ncache++;
	}
	return h;
}

static int in_set(const uint64_t *a, size_t n, uint64_t h)
{
	return n && bsearch(&h, a, n, sizeof *a, sc_cmp_u64) != NULL;
}

/* Number of head blocks containing stem h (head is sorted, one entry per block). */
static size_t head_count(const uint64_t *head, size_t n, uint64_t h)
{
	size_t lo = sc_lower_bound_u64(head, n, h);
	size_t c = 0;
	while (lo + c < n && head[lo + c] == h)
		c++;
	return c;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* Ends with "…" or "..." (after trimming). */
static int is_teaser(const char *s, size_t start, size_t end)
{
	if (end - start >= 3 && !memcmp(s + end - 3, "\xE2\x80\xA6", 3)) return 1;
	if (end - start >= 3 && !memcmp(s + end - 3, "...", 3)) return 1;
	return 0;
}

/* Copies what the scan needs of the nt tokens: the token array is only valid until the next
 * call on the tokenizer. */
static int copy_tokens(sc_det_boiler_t *b, const sc_token_t *toks, long nt)
{
	int rc;
	size_t normlen = 0;
	for (long i = 0; i < nt; i++)
		normlen += toks[i].nlen + 1;
	if ((rc = sc_grow((void **)&b->tok, &b->mtok, (size_t)nt + 1, sizeof *b->tok)) ||
	    (rc = sc_grow((void **)&b->normbuf, &b->mnorm, normlen + 1, 1)))
		return rc;
	normlen = 0;
	for (long i = 0; i < nt; i++) {
		tokc_t *t = &b->tok[i];
		t->start = toks[i].start;
		t->end = toks[i].end;
		t->flags = toks[i].flags;
		t->nlen = toks[i].nlen;
		t->hash = toks[i].hash;
		t->norm = normlen;
		memcpy(b->normbuf + normlen, toks[i].norm, toks[i].nlen);
		b->normbuf[normlen + toks[i].nlen] = '\0';
		normlen += toks[i].nlen + 1;
	}
	return SC_OK;
}

/* The distinct content stems of tokens [ti, tj) appended at b->stems[*nstems] (the
 * SC_VIEW_CONTENT definition: no stopwords, no elisions, no one-letter tokens). */
static int block_stems(sc_det_boiler_t *b, sc_tokenizer_t *tk, const char *lang, size_t ti,
                       size_t tj, size_t *nstems)
{
	int rc;
	size_t n = *nstems;
	const size_t s0 = n;
	for (size_t x = ti; x < tj; x++) {
		const tokc_t *t = &b->tok[x];
		if (t->flags & (SC_TOK_STOP | SC_TOK_ELIDED)) continue;
		if (sc_utf8_count(b->normbuf + t->norm, t->nlen) < 2) continue;
		if ((rc = sc_grow((void **)&b->stems, &b->mstems, n + 1, sizeof *b->stems)))
			return rc;
		b->stems[n++] = stem_hash(b, tk, lang, b->normbuf + t->norm, t->nlen, t->hash);
	}
	/* distinct within the block */
	if (n > s0) /* b->stems may still be NULL: NULL + 0 is undefined */
		qsort(b->stems + s0, n - s0, sizeof *b->stems, sc_cmp_u64);
	size_t u = s0;
	for (size_t x = s0; x < n; x++)
		if (u == s0 || b->stems[x] != b->stems[u - 1]) b->stems[u++] = b->stems[x];
	*nstems = u;
	return SC_OK;
}

/* Blocks of the document being scanned: its non-blank lines, trimmed, that hold a word, appended
 * from b->nb with their flags and content stems (b->soff: each block's first stem, from b0). */
static int scan_blocks(sc_det_boiler_t *b, sc_tokenizer_t *tk, const char *text, size_t len,
                       const char *lang, size_t nt)
{
	int rc;
	if ((rc = sc_grow((void **)&b->soff, &b->msoff, 1, sizeof *b->soff))) return rc;
	const size_t b0 = b->nb;
	size_t ti = 0, nstems = 0;
	for (size_t ls = 0; ls < len;) {
		const char *nl = memchr(text + ls, '\n', len - ls);
		size_t le = nl ? (size_t)(nl - text) : len, s = ls, e = le;
		while (s < e && is_space(text[s]))
			s++;
		while (e > s && is_space(text[e - 1]))
			e--;
		ls = le + 1;
		while (ti < nt && b->tok[ti].end <= s)
			ti++;
		size_t tj = ti;
		while (tj < nt && b->tok[tj].start < e)
			tj++;
		if (tj == ti) continue; /* no word: nothing to shingle anyway */
		if ((rc = sc_grow((void **)&b->b, &b->mb, b->nb + 1, sizeof *b->b)) ||
		    (rc = sc_grow((void **)&b->soff, &b->msoff, b->nb - b0 + 2, sizeof *b->soff)) ||
		    (rc = SC_GROW(b->tok0, b->mtok0, b->nb - b0 + 1)))
			return rc;
		blk_t *k = &b->b[b->nb];
		b->soff[b->nb - b0] = nstems;
		k->hash = seq_hash(b->tok, ti, tj);
		k->start = (uint32_t)s;
		k->end = (uint32_t)e;
		b->tok0[b->nb - b0] = (uint32_t)ti;
		k->flags = 0;
		if (b->nb > b0) {
			size_t g = b->b[b->nb - 1].end;
			while (g < s && is_space(text[g]))
				g++;
			if (g >= s) k->flags |= B_GAPWS;
		}
		if (is_teaser(text, s, e)) k->flags |= B_TEASER;
		if (in_set(b->list_cues, b->nlist, k->hash)) k->flags |= B_LIST;
		if (in_set(b->prompt_cues, b->nprompt, k->hash)) k->flags |= B_PROMPT;
		if (ti < nt / 2) k->flags |= B_HEAD;
		const size_t s0 = nstems;
		if ((rc = block_stems(b, tk, lang, ti, tj, &nstems))) return rc;
		k->ncontent = nstems - s0 < NCONTENT_MAX ? (uint32_t)(nstems - s0) : NCONTENT_MAX;
		b->nb++;
		ti = tj;
	}
	b->soff[b->nb - b0] = nstems;
	return SC_OK;
}

/* Coherence of the nb blocks from b0: the share of a block's content stems found in the head
 * (the stems of the first half's blocks, one entry per block, its own excepted); B_INCOH
 * below SC_DET_BOILER_COHERENCE. */
static int mark_coherence(sc_det_boiler_t *b, size_t b0, size_t nb)
{
	int rc;
	size_t nh = 0;
	for (size_t i = 0; i < nb; i++) {
		if (!(b->b[b0 + i].flags & B_HEAD)) continue;
		size_t n = b->soff[i + 1] - b->soff[i];
		if ((rc = sc_grow((void **)&b->head, &b->mhead, nh + n + 1, sizeof *b->head)))
			return rc;
		if (n)
			memcpy(b->head + nh, b->stems + b->soff[i],
			       n * sizeof *b->head); /* stems may be NULL */
		nh += n;
	}
	if (nh) qsort(b->head, nh, sizeof *b->head, sc_cmp_u64);
	for (size_t i = 0; i < nb; i++) {
		blk_t *k = &b->b[b0 + i];
		k->coherence = -1.0f;
		const size_t nc = b->soff[i + 1] - b->soff[i]; /* k->ncontent, not saturated */
		if (nc < SC_DET_BOILER_MIN_CONTENT) continue;
		size_t in = 0, self = (k->flags & B_HEAD) ? 1 : 0;
		for (size_t x = b->soff[i]; x < b->soff[i + 1]; x++)
			in += head_count(b->head, nh, b->stems[x]) > self;
		k->coherence = (float)((double)in / (double)nc);
		if ((double)in < SC_DET_BOILER_COHERENCE * (double)nc) k->flags |= B_INCOH;
	}
	return SC_OK;
}

/* Local rules on the nb blocks from b0 of a document of nt tokens: edges, prompts anywhere,
 * link lists at the end. */
static void local_rules(sc_det_boiler_t *b, size_t b0, size_t nb, size_t nt)
{
	for (size_t i = 0; i < nb; i++)
		if (i < SC_DET_BOILER_EDGE || i + SC_DET_BOILER_EDGE >= nb)
			b->b[b0 + i].flags |= B_EDGE;
	for (size_t i = 0; i < nb; i++)
		if (b->b[b0 + i].flags & B_PROMPT) b->b[b0 + i].flags |= B_MARK;
	size_t from = nb;
	for (size_t i = 0; i < nb; i++) {
		const blk_t *k = &b->b[b0 + i];
		if (!(k->flags & B_LIST) || (k->flags & B_HEAD) || i + 1 == nb) continue;
		size_t judged = 0, incoh = 0, teasers = 0;
		for (size_t j = i + 1; j < nb; j++) {
			const blk_t *q = &b->b[b0 + j];
			if (q->ncontent >= SC_DET_BOILER_MIN_CONTENT) judged++;
			incoh += (q->flags & B_INCOH) != 0;
			teasers += (q->flags & B_TEASER) != 0;
		}
		if ((judged && 2 * incoh >= judged) || teasers >= 2) {
			from = i;
			break;
		}
	}
	if (from == nb) {
		size_t s = nb, incoh = 0, teasers = 0;
		while (s > 0) {
			const blk_t *q = &b->b[b0 + s - 1];
			if (q->ncontent >= SC_DET_BOILER_MIN_CONTENT && !(q->flags & B_INCOH))
				break;
			incoh += (q->flags & B_INCOH) != 0;
			teasers += (q->flags & B_TEASER) != 0;
			s--;
		}
		if (incoh >= 2 && teasers >= 2) from = s;
	}
	if (from < nb) {
		size_t cut = b->tok0[from];
		if ((double)cut >= SC_DET_BOILER_MIN_BODY * (double)nt)
			for (size_t i = from; i < nb; i++)
				b->b[b0 + i].flags |= B_MARK;
	}
}

/* The steps in order: tokens (language guessed once), blocks, coherence, local rules. */
int sc_det_boiler_scan(sc_det_boiler_t *b, sc_tokenizer_t *tk, sc_det_doc_t *d)
{
	int rc;
	const sc_token_t *toks;
	const char *text = d->doc.text ? d->doc.text : "";
	const size_t len = d->doc.text ? d->doc.len : 0;
	if (len > UINT32_MAX) return SC_EPARAM;                 /* blk_t's offsets are 32-bit */
	const long nt = sc_sh_tokenize_doc(tk, &d->doc, &toks); /* the language guessed once */
	if (nt < 0) return (int)nt;
	d->tokens = (size_t)nt;
	if ((rc = copy_tokens(b, toks, nt))) return rc;
	const char *lang = d->doc.lang[0] ? d->doc.lang : "fr";
	const size_t b0 = b->nb;
	if ((rc = scan_blocks(b, tk, text, len, lang, (size_t)nt)) ||
	    (rc = mark_coherence(b, b0, b->nb - b0)))
		return rc;
	local_rules(b, b0, b->nb - b0, (size_t)nt);
	b->ndocs++;
	if ((rc = sc_grow((void **)&b->boff, &b->mdocs, b->ndocs + 1, sizeof *b->boff))) return rc;
	b->boff[b->ndocs] = b->nb;
	return SC_OK;
}

/* The index of the document holding block bi: its scan position from boff (the last
 * document whose first block is at or before bi; documents without blocks share their
 * boff with the next one and are skipped by taking the last), then through inv. */
static uint32_t doc_of(const sc_det_boiler_t *b, size_t bi)
{
	size_t lo = 0, hi = b->ndocs; /* boff[lo] <= bi < boff[hi] */
	while (hi - lo > 1) {
		const size_t mid = lo + (hi - lo) / 2;
		if (b->boff[mid] <= bi)
			lo = mid;
		else
			hi = mid;
	}
	return b->inv ? b->inv[lo] : (uint32_t)lo;
}

static int cmp_rec(const void *x, const void *y)
{
	const sc_det_rec_t *a = x, *b = y;
	if (a->key != b->key) return a->key < b->key ? -1 : 1;
	return a->val < b->val ? -1 : a->val > b->val;
}

/* The blocks in buckets by the top bits of their hash (*nbk buckets, about 64 blocks each):
 * *ord lists the block indices bucket after bucket, in block order within a bucket, *bo[g] is
 * bucket g's first. 4 bytes a block, where one array of (hash, block) for qsort took 16 and
 * glibc's qsort as much again for its merge (12M blocks at 1M generated documents). */
static int bucket_blocks(const sc_det_boiler_t *b, uint32_t **ord, size_t **bo, int *shift)
{
	int bits = 0;
	while (bits < 24 && ((size_t)64 << bits) < b->nb)
		bits++;
	const size_t nbk = (size_t)1 << bits;
	*shift = 64 - bits;
	*ord = malloc(b->nb * sizeof **ord);
	*bo = calloc(nbk + 1, sizeof **bo);
	if (!*ord || !*bo) return SC_ENOMEM;
	for (size_t i = 0; i < b->nb; i++)
		(*bo)[bits ? (b->b[i].hash >> *shift) + 1 : 1]++;
	for (size_t g = 0; g < nbk; g++)
		(*bo)[g + 1] += (*bo)[g];
	for (size_t i = 0; i < b->nb; i++)
		(*ord)[(*bo)[bits ? b->b[i].hash >> *shift : 0]++] = (uint32_t)i;
	for (size_t g = nbk; g > 0; g--) /* each start was moved to the next bucket's */
		(*bo)[g] = (*bo)[g - 1];
	(*bo)[0] = 0;
	return SC_OK;
}

int sc_det_boiler_finish(sc_det_boiler_t *b, sc_det_doc_t *docs, size_t n,
                         sc_det_neardup_fn neardup, void *ctx)
{
	int rc = SC_OK;
	sc_det_rec_t *r = NULL;
	uint32_t *dl = NULL, *gl = NULL, *ord = NULL;
	size_t *bo = NULL, mr = 0;
	int shift = 64;
	if (n != b->ndocs) return SC_EPARAM;
	if (b->nb > UINT32_MAX) return SC_EPARAM;
	/* Repetition: runs of equal hashes, in (hash, block) order, bucket by bucket (a run lies
	 * in one bucket). */
	if (b->nb && ((rc = bucket_blocks(b, &ord, &bo, &shift)) ||
	              !(dl = malloc(SC_DET_BOILER_CHECK * sizeof *dl)) ||
	              !(gl = malloc(SC_DET_BOILER_CHECK * sizeof *gl)))) {
		rc = SC_ENOMEM;
		goto done;
	}
	const size_t nbk = b->nb ? (size_t)1 << (64 - shift) : 0;
	for (size_t bk = 0; bk < nbk; bk++) {
		const size_t nr = bo[bk + 1] - bo[bk];
		if (nr < 2) continue;
		if ((rc = SC_GROW(r, mr, nr))) goto done;
		/* (hash, document, block): the order of a scan in index order, whatever order the
		 * documents were scanned in (sc_det_boiler_order) */
		for (size_t x = 0; x < nr; x++) {
			const uint32_t bi = ord[bo[bk] + x];
			r[x] = (sc_det_rec_t){b->b[bi].hash, (uint64_t)doc_of(b, bi) << 32 | bi};
		}
		qsort(r, nr, sizeof *r, cmp_rec);
		for (size_t i = 0, j; i < nr; i = j) {
			for (j = i + 1; j < nr && r[j].key == r[i].key; j++)
				;
			if (j - i < 2) continue;
			size_t nd = 0, ndoc = 0, nincoh = 0, nedge = 0;
			int shortb = 0;
			uint32_t last = UINT32_MAX;
			for (size_t x = i; x < j; x++) {
				const blk_t *k = &b->b[(uint32_t)r[x].val];
				const uint32_t kd = (uint32_t)(r[x].val >> 32);
				if (kd != last) {
					if (nd < SC_DET_BOILER_CHECK) dl[nd++] = kd;
					last = kd;
					ndoc++;
					nincoh += (k->flags & B_INCOH) != 0;
					nedge += (k->flags & B_EDGE) != 0;
				}
				shortb |= k->ncontent < SC_DET_BOILER_MIN_CONTENT;
			}
			const int incoh = 2 * nincoh > ndoc;
			/* a short label counts only at the edges of the pages (bylines, prompts,
			 * copyright lines); inside an article a short line is a subheading */
			shortb = shortb && 2 * nedge > ndoc;
			if (nd < 2) continue;
			/* Group the documents into copies (greedy, against each group's first
			 * document): text shared only within a group is the copies' text, never
			 * boilerplate. */
			size_t ng = 0;
			for (size_t x = 0; x < nd; x++) {
				size_t g;
				for (g = 0; g < ng; g++) {
					int c = neardup(ctx, gl[g] < dl[x] ? gl[g] : dl[x],
					                gl[g] < dl[x] ? dl[x] : gl[g]);
					if (c < 0) {
						rc = c;
						goto done;
					}
					if (c) break;
				}
				if (g == ng) gl[ng++] = dl[x];
			}
			if (ng < 2 || !(shortb || incoh)) continue;
			for (size_t x = i; x < j; x++)
				b->b[(uint32_t)r[x].val].flags |= B_MARK;
		}
	}
	free(ord);
	free(bo);
	ord = NULL, bo = NULL;
	/* Spans, merged across whitespace: a marked block right after a marked block with only
	 * whitespace between (B_GAPWS) extends its span; any other block between them holds a
	 * word. */
	for (size_t di = 0; di < n; di++) {
		sc_det_doc_t *d = &docs[di];
		const size_t sd = b->perm ? b->perm[di] : di;
		free(d->boiler);
		d->boiler = NULL;
		d->nboiler = 0;
		d->boilerplate_bytes = 0;
		/* Counted first, then held at their exact number: the documents keep their spans
		 * to the end of the run, and a grown array starts at 64 spans (1 KiB), which at
		 * 1M generated documents, about half of them with a span, was ~400 MiB. */
		size_t m = 0;
		for (size_t i = b->boff[sd]; i < b->boff[sd + 1]; i++)
			m += (b->b[i].flags & B_MARK) &&
			     !(i > b->boff[sd] && (b->b[i - 1].flags & B_MARK) &&
			       (b->b[i].flags & B_GAPWS));
		if (m && !(d->boiler = malloc(m * sizeof *d->boiler))) {
			rc = SC_ENOMEM;
			goto done;
		}
		for (size_t i = b->boff[sd]; i < b->boff[sd + 1]; i++) {
			const blk_t *k = &b->b[i];
			if (!(k->flags & B_MARK)) continue;
			if (d->nboiler && i > b->boff[sd] && (b->b[i - 1].flags & B_MARK) &&
			    (k->flags & B_GAPWS)) {
				d->boiler[d->nboiler - 1].end = k->end;
				continue;
			}
			d->boiler[d->nboiler++] = (sc_span_t){k->start, k->end};
		}
		for (size_t i = 0; i < d->nboiler; i++)
			d->boilerplate_bytes += d->boiler[i].end - d->boiler[i].start;
	}
done:
	SC_FREE_ALL(r, dl, gl, ord, bo);
	return rc;
}

int sc_det_boiler_order(sc_det_boiler_t *b, const uint32_t *perm, size_t n)
{
	if (n != b->ndocs) return SC_EPARAM;
	free(b->perm);
	free(b->inv);
	b->perm = malloc((n ? n : 1) * sizeof *b->perm);
	b->inv = malloc((n ? n : 1) * sizeof *b->inv);
	if (!b->perm || !b->inv) {
		free(b->perm);
		free(b->inv);
		b->perm = b->inv = NULL;
		return SC_ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		b->perm[i] = perm[i];
		b->inv[perm[i]] = (uint32_t)i;
	}
	return SC_OK;
}

size_t sc_det_boiler_blocks(const sc_det_boiler_t *b, size_t doc, sc_det_block_t *out, size_t max)
{
	if (doc >= b->ndocs) return 0;
	if (b->perm) doc = b->perm[doc];
	size_t n = b->boff[doc + 1] - b->boff[doc];
	for (size_t i = 0; i < n && i < max; i++) {
		const blk_t *k = &b->b[b->boff[doc] + i];
		out[i] = (sc_det_block_t){.start = k->start,
		                          .end = k->end,
		                          .ncontent = k->ncontent,
		                          .coherence = k->coherence,
		                          .boiler = (k->flags & B_MARK) != 0};
	}
	return n;
}

size_t sc_det_boiler_bytes(const sc_det_boiler_t *b)
{
	return b->nb * sizeof *b->b;
}
