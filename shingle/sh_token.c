/* sh_token.c: normalisation and tokenisation, stopwords, stemming and language guessing.
 *
 * One pass over the text. ASCII bytes go through a 256-entry class table and are lower-cased
 * straight into the norm arena (the fast path: most bytes of French and English news are
 * ASCII). The first non-ASCII character of a token switches that token to the slow path: each
 * code point is mapped (typographic apostrophes, quotes, dashes and the oe/ae ligatures
 * unified), then decomposed by utf8proc_decompose_char with COMPAT | CASEFOLD | DECOMPOSE
 * (| STRIPMARK when folding accents) into a code point scratch buffer; at the end of the token
 * the combining marks are put in canonical order and the buffer is recomposed
 * (utf8proc_normalize_utf32 with COMPOSE), which gives NFKC_Casefold for all practical text.
 * Nothing is allocated per token: the token array, arena and scratch grow geometrically and
 * are reused across calls.
 *
 * A word is a maximal run of letters, digits and combining marks (Unicode categories L*, N*,
 * M*). Inside a word an apostrophe or a hyphen is kept when a word character follows it, and
 * '.' or ',' is kept between two digits ("2,5", "3.14"). A French elision (l' d' qu' n' s' c'
 * j' m' t' jusqu' lorsqu' puisqu') is split off as its own token, ending with the apostrophe,
 * even when a space follows it ("n' a"). Scripts are not split: a Cyrillic word inside French
 * is a word like any other, and keeps its own letters. */
#include "sh_internal.h"
#include "sc_prim.h"

#include <libstemmer.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

extern const unsigned char sc_stopwords_fr[];
extern const size_t sc_stopwords_fr_len;
extern const unsigned char sc_stopwords_en[];
extern const size_t sc_stopwords_en_len;

/* ASCII byte classes */
enum { C_SEP = 0, C_LOW, C_UP, C_DIG, C_APOS, C_HYPH, C_DEC, C_HI };
/* S separator, L lower, U upper, D digit, A apostrophe, H hyphen, E decimal separator (, .),
 * X a byte of a multi-byte character */
#define S C_SEP
#define L C_LOW
#define U C_UP
#define D C_DIG
#define A C_APOS
#define H C_HYPH
#define E C_DEC
#define X C_HI
/* clang-format off */
static const unsigned char cls_tab[256] = {
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, S, S, S, S, S, S, A, S, S, S, S, E, H, E, S,
	D, D, D, D, D, D, D, D, D, D, S, S, S, S, S, S,
	S, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
	U, U, U, U, U, U, U, U, U, U, U, S, S, S, S, S,
	S, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
	L, L, L, L, L, L, L, L, L, L, L, S, S, S, S, S,
	X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
	X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
	X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
	X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
	X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
	X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
	X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
	X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
};
#undef S
#undef L
#undef U
#undef D
#undef A
#undef H
#undef E
#undef X
/* clang-format on */

/* Typographic unification before decomposition. Returns the code point to use; *second gets a
 * second code point for the ligatures (0 otherwise). */
static int32_t map_cp(int32_t c, int32_t *second)
{
	*second = 0;
	switch (c) {
	case 0x2019:
	case 0x2018:
	case 0x02BC:
	case 0x201B:
	case 0x2032:
	case 0xFF07: return '\'';
	case 0x00AB:
	case 0x00BB:
	case 0x201C:
	case 0x201D:
	case 0x201E:
	case 0x201F:
	case 0x2039:
	case 0x203A: return '"';
	case 0x2010:
	case 0x2011:
	case 0x2012:
	case 0x2013:
	case 0x2014:
	case 0x2015:
	case 0x2212:
	case 0xFE63:
	case 0xFF0D: return '-';
	case 0x0153:
	case 0x0152: *second = 'e'; return 'o'; /* oe: "cœur" = "coeur" */
	case 0x00E6:
	case 0x00C6: *second = 'e'; return 'a';
	}
	return c;
}

/* W_IGN: format characters (soft hyphen, zero-width joiners, BOM) that do not cut a word. The
 * classes are shingle.h's SC_CH_* (other stages' scanners share them). */
enum {
	W_NO = SC_CH_OTHER,
	W_LETTER = SC_CH_LETTER,
	W_DIGIT = SC_CH_DIGIT,
	W_MARK = SC_CH_MARK,
	W_APOS = SC_CH_APOS,
	W_HYPH = SC_CH_HYPH,
	W_DEC = SC_CH_DEC,
	W_IGN = SC_CH_IGNORE,
	W_SLOW = 0xFF
};

/* Class of a non-ASCII code point after map_cp (second: it was a ligature). */
static int mapped_class(int32_t u, int32_t second)
{
	if (u == '\'') return W_APOS;
	if (u == '-') return W_HYPH;
	if (second) return W_LETTER; /* a ligature, now ASCII letters */
	if (u < 0x80) return W_NO;
	switch (utf8proc_category(u)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: return W_LETTER;
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO: return W_DIGIT;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME: return W_MARK;
	case UTF8PROC_CATEGORY_CF: return W_IGN;
	default: return W_NO;
	}
}

static int ascii_class(unsigned char c);

int sc_sh_cp_class(int32_t u)
{
	if (u >= 0 && u < 0x80) return ascii_class((unsigned char)u);
	int32_t second;
	u = map_cp(u, &second);
	return mapped_class(u, second);
}

/* Class of the character at s[i] (len bytes in s); *l gets its length and *cp the mapped code
 * point (for ASCII, the byte). */
static int char_class(const char *s, size_t len, size_t i, int32_t *cp, size_t *l)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80) {
		*l = 1;
		*cp = c;
		return ascii_class(c);
	}
	int32_t u;
	utf8proc_ssize_t k =
	    utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &u);
	if (k <= 0) { /* not repaired: one byte of nothing */
		*l = 1;
		*cp = 0xFFFD;
		return W_NO;
	}
	*l = (size_t)k;
	int32_t second;
	u = map_cp(u, &second);
	*cp = u;
	return mapped_class(u, second);
}

int sc_sh_char_class(const char *s, size_t len, size_t i, int32_t *raw, size_t *l)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80) { /* ASCII fast path */
		*l = 1;
		*raw = c;
		return ascii_class(c);
	}
	utf8proc_ssize_t k =
	    utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), raw);
	if (k <= 0) {
		*l = 1;
		*raw = 0xFFFD;
		return W_NO;
	}
	*l = (size_t)k;
	int32_t second, u = map_cp(*raw, &second);
	return mapped_class(u, second);
}

static int ascii_class(unsigned char c)
{
	switch (cls_tab[c]) {
	case C_LOW:
	case C_UP: return W_LETTER;
	case C_DIG: return W_DIGIT;
	case C_APOS: return W_APOS;
	case C_HYPH: return W_HYPH;
	case C_DEC: return W_DEC;
	}
	return W_NO;
}

static int is_upper_cp(int32_t c)
{
	if (c < 0x80) return c >= 'A' && c <= 'Z';
	utf8proc_category_t k = utf8proc_category(c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

static const char *const elisions[] = {"l", "d", "qu", "n",     "s",      "c",
                                       "j", "m", "t",  "jusqu", "lorsqu", "puisqu"};

static int is_elision(const char *s, size_t n)
{
	if (n > 6) return 0;
	for (size_t i = 0; i < sizeof elisions / sizeof *elisions; i++)
		if (strlen(elisions[i]) == n && !memcmp(elisions[i], s, n)) return 1;
	return 0;
}

/* ------------------------------------------------------------ buffers */
static inline int arena_need(sc_tokenizer_t *t, size_t extra)
{
	if (t->alen + extra <= t->acap) return 0;
	return sc_grow((void **)&t->arena, &t->acap, t->alen + extra, 1);
}

/* ----------------------------------------------------------- stopwords */
static uint64_t nzhash(const char *s, size_t n)
{
	uint64_t h = XXH3_64bits(s, n);
	return h ? h : 1;
}

static int stop_has(const sc_sh_stoptab_t *st, uint64_t h, const char *s, size_t n)
{
	if (!st->m) return 0;
	h = h ? h : 1;
	for (size_t i = (size_t)h & (st->m - 1);; i = (i + 1) & (st->m - 1)) {
		if (!st->h[i]) return 0;
		if (st->h[i] == h) {
			const char *w = st->pool + st->off[i];
			if ((unsigned char)w[0] == n && !memcmp(w + 1, s, n)) return 1;
		}
	}
}

static int stop_add(sc_sh_stoptab_t *st, const char *s, size_t n)
{
	if (n > 255) return 0;
	uint64_t h = nzhash(s, n);
	if (stop_has(st, h, s, n)) return 0;
	if ((st->n + 1) * 2 > st->m) { /* rehash at half load */
		size_t m = st->m ? st->m * 2 : 512;
		uint64_t *nh = calloc(m, sizeof *nh);
		uint32_t *no = calloc(m, sizeof *no);
		if (!nh || !no) {
			free(nh), free(no);
			return SC_ENOMEM;
		}
		for (size_t i = 0; i < st->m; i++) {
			if (!st->h[i]) continue;
			size_t j = (size_t)st->h[i] & (m - 1);
			while (nh[j])
				j = (j + 1) & (m - 1);
			nh[j] = st->h[i];
			no[j] = st->off[i];
		}
		free(st->h), free(st->off);
		st->h = nh, st->off = no, st->m = m;
	}
	if (sc_grow((void **)&st->pool, &st->pcap, st->plen + n + 1, 1)) return SC_ENOMEM;
	size_t j = (size_t)h & (st->m - 1);
	while (st->h[j])
		j = (j + 1) & (st->m - 1);
	st->h[j] = h;
	st->off[j] = (uint32_t)st->plen;
	st->pool[st->plen] = (char)n;
	memcpy(st->pool + st->plen + 1, s, n);
	st->plen += n + 1;
	st->n++;
	return 0;
}

static void stop_free(sc_sh_stoptab_t *st)
{
	free(st->h), free(st->off), free(st->pool);
	memset(st, 0, sizeof *st);
}

/* Loads a list (one word per line, '#' starts a comment), normalising each word with the
 * tokenizer itself so that lookups compare like with like (accent folding included). */
static int stop_load(sc_tokenizer_t *t, sc_sh_stoptab_t *st, const unsigned char *data, size_t len)
{
	const char *s = (const char *)data, *e = s + len;
	while (s < e) {
		const char *nl = memchr(s, '\n', (size_t)(e - s));
		const char *le = nl ? nl : e;
		const char *h = memchr(s, '#', (size_t)(le - s));
		const sc_token_t *toks;
		long n = sc_sh_tokenize(t, s, (size_t)((h ? h : le) - s), "", &toks);
		if (n < 0) return (int)n;
		for (long i = 0; i < n; i++)
			if (stop_add(st, toks[i].norm, toks[i].nlen)) return SC_ENOMEM;
		s = le + 1;
	}
	return 0;
}

static int lang_index(const char *lang)
{
	if (lang && lang[0] == 'f' && lang[1] == 'r' && !lang[2]) return 0;
	if (lang && lang[0] == 'e' && lang[1] == 'n' && !lang[2]) return 1;
	return -1;
}

int sc_sh_is_stopword(const sc_tokenizer_t *t, const char *lang, const char *norm, uint32_t nlen)
{
	uint64_t h = XXH3_64bits(norm, nlen);
	int li = lang_index(lang);
	if (li >= 0) return stop_has(&t->stop[li], h, norm, nlen);
	return stop_has(&t->stop[0], h, norm, nlen) || stop_has(&t->stop[1], h, norm, nlen);
}

/* ---------------------------------------------------------- stem cache */
/* Snowball is the cost of the content view (about 2/3 of it without a cache), and news
 * vocabulary is Zipfian: a direct-mapped cache of 16384 recent (language, word) -> stem pairs
 * answers most calls. Words or stems longer than 22 bytes bypass it. */
enum { STEMCACHE = 16384, STEMSHORT = 23 };
struct sc_sh_stemcache_s {
	struct {
		uint64_t key; /* XXH3 of the word, xor the language; 0 = empty */
		unsigned char nlen, slen;
		char norm[STEMSHORT], stem[STEMSHORT];
	} e[STEMCACHE];
};

/* ------------------------------------------------------------ lifecycle */
static int fill_fast2(sc_tokenizer_t *t);

sc_tokenizer_t *sc_sh_tokenizer_create(const sc_norm_opts_t *o)
{
	sc_tokenizer_t *t = calloc(1, sizeof *t);
	if (!t) return NULL;
	if (o) t->o = *o;
	t->opt = UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE;
	if (t->o.fold_accents) t->opt |= UTF8PROC_STRIPMARK;
	t->stem[0] = sb_stemmer_new("french", "UTF_8");
	t->stem[1] = sb_stemmer_new("english", "UTF_8");
	t->stemcache = calloc(1, sizeof *t->stemcache); /* optional: stems work without it */
	if (!t->stem[0] || !t->stem[1] || fill_fast2(t) ||
	    stop_load(t, &t->stop[0], sc_stopwords_fr, sc_stopwords_fr_len) ||
	    stop_load(t, &t->stop[1], sc_stopwords_en, sc_stopwords_en_len)) {
		sc_sh_tokenizer_free(t);
		return NULL;
	}
	return t;
}

void sc_sh_tokenizer_free(sc_tokenizer_t *t)
{
	if (!t) return;
	free(t->tok), free(t->noff), free(t->arena), free(t->cp), free(t->stembuf);
	free(t->scratch);
	free(t->stemcache);
	for (int i = 0; i < 2; i++) {
		stop_free(&t->stop[i]);
		if (t->stem[i]) sb_stemmer_delete(t->stem[i]);
	}
	sc_sh_units_free(&t->units);
	free(t);
}

/* ------------------------------------------------------------ tokenize */
/* Canonical ordering of combining marks (stable insertion sort on runs of non-zero class). */
static void canonical_order(int32_t *c, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		int ci = utf8proc_get_property(c[i])->combining_class;
		if (!ci) continue;
		int32_t x = c[i];
		size_t j = i;
		while (j > 0) {
			int cj = utf8proc_get_property(c[j - 1])->combining_class;
			if (!cj || cj <= ci) break;
			c[j] = c[j - 1];
			j--;
		}
		c[j] = x;
	}
}

/* Appends the decomposition of code point u to the scratch (ncp entries used). */
static int push_cp(sc_tokenizer_t *t, size_t *ncp, int32_t u, utf8proc_option_t opt)
{
	if (sc_grow((void **)&t->cp, &t->mcp, *ncp + 40, sizeof *t->cp)) return SC_ENOMEM;
	if (u < 0x80) {
		t->cp[(*ncp)++] = (u >= 'A' && u <= 'Z') ? u + 32 : u;
		return 0;
	}
	int bc = 0;
	utf8proc_ssize_t k = utf8proc_decompose_char(u, t->cp + *ncp, 40, opt, &bc);
	if (k < 0 || k > 40) return 0; /* cannot happen for a valid code point; drop it */
	*ncp += (size_t)k;
	return 0;
}

static int add_token(sc_tokenizer_t *t, size_t start, size_t end, size_t noff, uint32_t flags,
                     int li, int lite)
{
	size_t nlen = t->alen - noff;
	if (!nlen) return 0;      /* e.g. a lone combining mark removed by accent folding */
	if (SC_GROW2(t->tok, t->noff, t->mtok, t->ntok + 1)) return SC_ENOMEM; /* together */
	if (arena_need(t, 1)) return SC_ENOMEM;
	/* lite tokens end with a space: the arena is then the word view's unit buffer */
	t->arena[t->alen++] = lite ? ' ' : '\0';
	sc_token_t *k = &t->tok[t->ntok];
	k->start = (uint32_t)start;
	k->end = (uint32_t)end;
	k->nlen = (uint32_t)nlen;
	k->flags = flags;
	k->norm = NULL;
	k->hash = 0;
	if (!lite) {
		const char *norm = t->arena + noff;
		k->hash = XXH3_64bits(norm, nlen);
		int stop = li >= 0 ? stop_has(&t->stop[li], k->hash, norm, nlen)
		                   : (stop_has(&t->stop[0], k->hash, norm, nlen) ||
		                      stop_has(&t->stop[1], k->hash, norm, nlen));
		k->flags |= stop ? SC_TOK_STOP : 0;
	}
	t->noff[t->ntok++] = noff;
	return 0;
}

/* One character of the text: its class, byte length, mapped code point, and its normalised
 * bytes when known without utf8proc (ASCII, and the two-byte table); olen < 0 otherwise. */
typedef struct ch_s {
	int w;
	int olen;
	size_t l;
	int32_t cp;
	int upper;
	const unsigned char *out;
} ch_t;

/* clang-format off */
static const unsigned char ascii_lower[128] = {
	0,   1,   2,   3,   4,   5,   6,   7,   8,   9,   10,  11,  12,  13,  14,  15,
	16,  17,  18,  19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,
	' ', '!', '"', '#', '$', '%', '&', '\'', '(', ')', '*', '+', ',', '-', '.', '/',
	'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
	'@', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
	'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '[', '\\', ']', '^', '_',
	'`', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
	'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '{', '|', '}', '~', 127,
};
/* clang-format on */
static const unsigned char ascii_w[8] = {
    [C_SEP] = W_NO,    [C_LOW] = W_LETTER, [C_UP] = W_LETTER, [C_DIG] = W_DIGIT,
    [C_APOS] = W_APOS, [C_HYPH] = W_HYPH,  [C_DEC] = W_DEC,   [C_HI] = W_NO,
};

static inline void next_char(const sc_tokenizer_t *t, const unsigned char *s, size_t len, size_t i,
                             ch_t *c)
{
	unsigned b = s[i];
	if (b < 0x80) {
		unsigned k = cls_tab[b];
		c->w = ascii_w[k];
		c->l = 1;
		c->cp = (int32_t)b;
		c->out = ascii_lower + b;
		c->olen = 1;
		c->upper = k == C_UP;
		return;
	}
	if (b >= 0xC2 && b <= 0xDF && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
		size_t idx = ((size_t)(b & 0x1F) << 6 | (s[i + 1] & 0x3F)) - 0x80;
		const unsigned char *e = t->fast2[idx];
		if (e[0] != W_SLOW) {
			c->w = e[0];
			c->olen = e[1];
			c->upper = e[2];
			c->out = e + 3;
			c->l = 2;
			c->cp = (int32_t)(idx + 0x80);
			return;
		}
	}
	c->w = char_class((const char *)s, len, i, &c->cp, &c->l);
	c->olen = -1;
	c->out = NULL;
	c->upper = -1; /* not known: ask is_upper_cp on the original */
}

/* Moves the token's bytes so far (arena[noff..alen), NFC text) to the code point scratch,
 * fully decomposed, so that the slow path can go on from there. */
static int go_slow(sc_tokenizer_t *t, size_t noff, size_t *ncp, utf8proc_option_t opt)
{
	const utf8proc_uint8_t *a = (const utf8proc_uint8_t *)t->arena;
	size_t j = noff;
	*ncp = 0;
	while (j < t->alen) {
		int32_t u;
		utf8proc_ssize_t k = utf8proc_iterate(a + j, (utf8proc_ssize_t)(t->alen - j), &u);
		if (k <= 0) break;
		j += (size_t)k;
		int rc = push_cp(t, ncp, u, opt);
		if (rc) return rc;
	}
	t->alen = noff;
	return 0;
}

/* Appends character c (at s + i) to the token being built. */
static inline int append_char(sc_tokenizer_t *t, const unsigned char *s, size_t i, const ch_t *c,
                              int *slow, size_t noff, size_t *ncp, utf8proc_option_t opt)
{
	int rc;
	if (!*slow && c->olen >= 0) {
		if (arena_need(t, 8)) return SC_ENOMEM;
		memcpy(t->arena + t->alen, c->out, (size_t)c->olen);
		t->alen += (size_t)c->olen;
		return 0;
	}
	if (!*slow) {
		*slow = 1;
		if ((rc = go_slow(t, noff, ncp, opt))) return rc;
	}
	int32_t second = 0;
	if (c->l > 1) { /* c->cp is mapped already; ligatures give a second letter */
		int32_t orig;
		utf8proc_iterate(s + i, (utf8proc_ssize_t)c->l, &orig);
		map_cp(orig, &second);
	}
	if ((rc = push_cp(t, ncp, c->cp, opt))) return rc;
	if (second && (rc = push_cp(t, ncp, second, opt))) return rc;
	return 0;
}

/* The tokenizer's fast path: from s[*i], the run of ASCII letters and digits (lower-cased)
 * and of two-byte characters whose normal form is in the table, appended to the arena; stops
 * at anything else, with *i there. Updates the token's flags (SC_TOK_NUM) and the class of
 * the last character taken (*prev). 0, or SC_ENOMEM. */
static inline int fast_run(sc_tokenizer_t *t, const unsigned char *s, size_t len, size_t *i,
                           uint32_t *flags, int *prev)
{
	size_t j = *i; /* in locals: the loop keeps them in registers */
	uint32_t fl = *flags;
	int pv = *prev;
	char *a = t->arena + t->alen, *aend = t->arena + t->acap;
#ifdef __SSE2__
	/* 16 bytes at a time: the length of the run of ASCII letters and
	 * digits is the count of trailing ones of a mask, and lower-casing
	 * is OR 0x20 (digits already have that bit), stored whole (the
	 * arena has room past the run) */
	while (j + 16 <= len && aend - a >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
		__m128i lo = _mm_or_si128(v, _mm_set1_epi8(0x20));
		__m128i isl = _mm_and_si128(_mm_cmpgt_epi8(lo, _mm_set1_epi8('a' - 1)),
		                            _mm_cmplt_epi8(lo, _mm_set1_epi8('z' + 1)));
		__m128i isd = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
		                            _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(isl, isd));
		unsigned dm = (unsigned)_mm_movemask_epi8(isd);
		unsigned run = (unsigned)__builtin_ctz(~m); /* m < 2^16: ~m has a zero bit */
		_mm_storeu_si128((__m128i *)(void *)a, lo);
		if (run) {
			unsigned in = (1u << run) - 1;
			if (dm & in) fl |= SC_TOK_NUM;
			pv = (dm >> (run - 1)) & 1 ? W_DIGIT : W_LETTER;
			a += run;
			j += run;
		}
		if (run < 16) break;
	}
#endif
	while (j < len) {
		unsigned b = s[j], k = cls_tab[b];
		if (k == C_LOW || k == C_UP) {
			*a++ = (char)ascii_lower[b];
			j++;
			pv = W_LETTER;
		} else if (k == C_DIG) {
			*a++ = (char)b;
			j++;
			fl |= SC_TOK_NUM;
			pv = W_DIGIT;
		} else if (b >= 0xC2 && b <= 0xDF && j + 1 < len && (s[j + 1] & 0xC0) == 0x80) {
			const unsigned char *e =
			    t->fast2[((size_t)(b & 0x1F) << 6 | (s[j + 1] & 0x3F)) - 0x80];
			if (e[0] != W_LETTER && e[0] != W_DIGIT) break;
			if (aend - a < 8) { /* two bytes in may give up to five out */
				t->alen = (size_t)(a - t->arena);
				if (arena_need(t, len - j + 16)) return SC_ENOMEM;
				a = t->arena + t->alen;
				aend = t->arena + t->acap;
			}
			memcpy(a, e + 3, 5);
			a += e[1];
			j += 2;
			pv = e[0];
			if (e[0] == W_DIGIT) fl |= SC_TOK_NUM;
		} else {
			break;
		}
	}
	t->alen = (size_t)(a - t->arena);
	*i = j, *flags = fl, *prev = pv;
	return 0;
}

/* The tokenizer proper; lite skips the token hashes and stopword flags (the word view needs
 * neither). The arena's first keep bytes are left as they are (the sketcher's carried units);
 * tokens are written after them. */
static long tokenize(sc_tokenizer_t *t, const char *text, size_t len, const char *lang,
                     const sc_token_t **out, int lite, size_t keep)
{
	if (!t || (!text && len) || !out) return SC_EPARAM;
	if (len > UINT32_MAX) return SC_EPARAM; /* offsets are 32-bit */
	utf8proc_option_t opt = t->opt;
	int li = lang_index(lang);
	t->ntok = 0;
	t->alen = keep;
	if (arena_need(t, len + len / 4 + 16)) return SC_ENOMEM;
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;
	int rc = 0;
	ch_t c = {0}, c2 = {0};
	while (i < len) {
		/* skip to the start of a word */
		if (s[i] < 0x80) {
			unsigned k = cls_tab[s[i]];
			if (k != C_LOW && k != C_UP && k != C_DIG) {
				i++;
				continue;
			}
		}
		next_char(t, s, len, i, &c);
		if (c.w != W_LETTER && c.w != W_DIGIT && c.w != W_MARK) {
			i += c.l;
			continue;
		}
		/* one word (which may split into an elision and the rest) */
		size_t start = i, noff = t->alen, ncp = 0;
		int slow = 0, prev;
		int upper = c.upper;
		if (upper < 0) {
			int32_t first;
			utf8proc_iterate(s + i, (utf8proc_ssize_t)c.l, &first); /* before mapping */
			upper = is_upper_cp(first);
		}
		uint32_t flags = upper ? SC_TOK_CAP : 0;
		/* room for a run of ASCII: at most one byte out per byte in */
		if (arena_need(t, len - i + 16)) return SC_ENOMEM;
		/* c is appended by the generic step unless the fast loop below can take it */
		int have = c.olen < 0;
		prev = c.w;
		for (;;) {
			if (have) { /* append c, the character at i */
				if (c.w == W_DIGIT) flags |= SC_TOK_NUM;
				if ((rc = append_char(t, s, i, &c, &slow, noff, &ncp, opt)))
					return rc;
				i += c.l;
				prev = c.w;
			}
			have = 1;
			if (!slow) {
				/* the common case: a run of ASCII letters and digits, and of
				 * two-byte letters whose normal form is in the table */
				if ((rc = fast_run(t, s, len, &i, &flags, &prev))) return rc;
			}
			if (i >= len) break;
			next_char(t, s, len, i, &c);
			if (c.w == W_LETTER || c.w == W_DIGIT || c.w == W_MARK) continue;
			if (c.w == W_NO) break;
			/* a joiner: look at the character after it */
			if (i + c.l < len)
				next_char(t, s, len, i + c.l, &c2);
			else
				c2 = (ch_t){0};
			if (c.w == W_APOS && !slow && is_elision(t->arena + noff, t->alen - noff)) {
				/* French elision: "l'" is a token of its own, whatever follows */
				if (arena_need(t, 1)) return SC_ENOMEM;
				t->arena[t->alen++] = '\'';
				i += c.l;
				if ((rc = add_token(t, start, i, noff, flags | SC_TOK_ELIDED, li,
				                    lite)))
					return rc;
				noff = SIZE_MAX; /* token emitted */
				break;
			}
			int w2 = c2.w;
			int joins = c.w == W_DEC   ? prev == W_DIGIT && w2 == W_DIGIT
			            : c.w == W_IGN ? w2 == W_LETTER || w2 == W_DIGIT || w2 == W_MARK
			                           : w2 == W_LETTER || w2 == W_DIGIT;
			if (!joins) break;
			if (c.w !=
			    W_IGN) { /* keep the joiner (its unified ASCII form) inside the word */
				if (!slow) {
					if (arena_need(t, 1)) return SC_ENOMEM;
					t->arena[t->alen++] = (char)c.cp;
				} else if ((rc = push_cp(t, &ncp, c.cp, opt))) {
					return rc;
				}
			}
			i += c.l;
			c = c2;
		}
		if (noff == SIZE_MAX) continue;
		if (slow) {
			canonical_order(t->cp, ncp);
			utf8proc_ssize_t n = utf8proc_normalize_utf32(
			    t->cp, (utf8proc_ssize_t)ncp, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
			if (n < 0) n = 0;
			if (arena_need(t, (size_t)n * 4 + 1)) return SC_ENOMEM;
			for (utf8proc_ssize_t j = 0; j < n; j++)
				t->alen += (size_t)utf8proc_encode_char(
				    t->cp[j], (utf8proc_uint8_t *)t->arena + t->alen);
		}
		if ((rc = add_token(t, start, i, noff, flags, li, lite))) return rc;
	}
	for (size_t j = 0; j < t->ntok; j++)
		t->tok[j].norm = t->arena + t->noff[j];
	*out = t->tok;
	return (long)t->ntok;
}

long sc_sh_tokenize(sc_tokenizer_t *t, const char *text, size_t len, const char *lang,
                    const sc_token_t **out)
{
	return tokenize(t, text, len, lang, out, 0, 0);
}

long sc_sh_tokenize_lite(sc_tokenizer_t *t, const char *text, size_t len, const sc_token_t **out)
{
	return tokenize(t, text, len, "", out, 1, 0);
}

long sc_sh_tokenize_lite_after(sc_tokenizer_t *t, const char *pre, size_t plen, const char *text,
                               size_t len, const sc_token_t **out)
{
	if (!t || (!pre && plen)) return SC_EPARAM;
	t->alen = 0;
	if (arena_need(t, plen)) return SC_ENOMEM;
	if (plen) memcpy(t->arena, pre, plen);
	return tokenize(t, text, len, "", out, 1, plen);
}

/* Fills the two-byte table (U+0080..U+07FF: Latin-1, Latin Extended, Greek, Cyrillic, ...)
 * by running each code point through the slow path once, so the fast path gives the same
 * bytes by construction. Marks, joiners and format characters stay on the slow path: they
 * interact with their neighbours. */
static int fill_fast2(sc_tokenizer_t *t)
{
	for (int32_t u = 0x80; u < 0x800; u++) {
		unsigned char *e = t->fast2[u - 0x80];
		unsigned char b[2] = {(unsigned char)(0xC0 | (u >> 6)),
		                      (unsigned char)(0x80 | (u & 0x3F))};
		int32_t cp;
		size_t l;
		int w = char_class((const char *)b, 2, 0, &cp, &l);
		e[0] = W_SLOW;
		if (w == W_NO) {
			e[0] = W_NO;
			continue;
		}
		if (w != W_LETTER && w != W_DIGIT) continue;
		size_t ncp = 0;
		int32_t second;
		map_cp(u, &second);
		if (push_cp(t, &ncp, cp, t->opt) || (second && push_cp(t, &ncp, second, t->opt)))
			return SC_ENOMEM;
		canonical_order(t->cp, ncp);
		utf8proc_ssize_t n = utf8proc_normalize_utf32(t->cp, (utf8proc_ssize_t)ncp,
		                                              UTF8PROC_STABLE | UTF8PROC_COMPOSE);
		unsigned char o[64];
		size_t ol = 0;
		for (utf8proc_ssize_t j = 0; j < n && ol < 32; j++)
			ol += (size_t)utf8proc_encode_char(t->cp[j], o + ol);
		if (n < 0 || ol > sizeof t->fast2[0] - 3) continue; /* rare long forms: slow path */
		e[0] = (unsigned char)w;
		e[1] = (unsigned char)ol;
		e[2] = (unsigned char)is_upper_cp(u);
		memcpy(e + 3, o, ol);
	}
	return 0;
}

/* ------------------------------------------------------------ stemming */
const char *sc_sh_stem(sc_tokenizer_t *t, const char *lang, const char *norm, uint32_t nlen,
                       uint32_t *slen)
{
	int li = lang_index(lang) == 1 ? 1 : 0;
	uint64_t key = 0;
	struct sc_sh_stemcache_s *c = t->stemcache;
	if (c && nlen < STEMSHORT) {
		key = XXH3_64bits(norm, nlen) ^ (li ? 0x9e3779b97f4a7c15ULL : 0);
		key += !key; /* 0 marks an empty slot */
		size_t i = (size_t)(key >> 40) & (STEMCACHE - 1);
		if (c->e[i].key == key && c->e[i].nlen == nlen &&
		    !memcmp(c->e[i].norm, norm, nlen)) {
			if (slen) *slen = c->e[i].slen;
			return c->e[i].stem;
		}
	}
	struct sb_stemmer *st = t->stem[li];
	const sb_symbol *r = sb_stemmer_stem(st, (const sb_symbol *)norm, (int)nlen);
	size_t n = r ? (size_t)sb_stemmer_length(st) : 0;
	if (!r) { /* out of memory inside Snowball: the word itself is the best stem */
		r = (const sb_symbol *)norm;
		n = nlen;
	}
	if (sc_grow((void **)&t->stembuf, &t->stemcap, n + 1, 1)) {
		if (slen) *slen = 0;
		return "";
	}
	memcpy(t->stembuf, r, n); /* the stemmer owns r until its next call: copy now */
	t->stembuf[n] = '\0';
	if (slen) *slen = (uint32_t)n;
	if (key && n < STEMSHORT) {
		size_t i = (size_t)(key >> 40) & (STEMCACHE - 1);
		c->e[i].key = key;
		c->e[i].nlen = (unsigned char)nlen;
		c->e[i].slen = (unsigned char)n;
		memcpy(c->e[i].norm, norm, nlen);
		memcpy(c->e[i].stem, t->stembuf, n + 1);
	}
	return t->stembuf;
}

/* ---------------------------------------------------- language guessing */
const char *sc_sh_lang_guess(const sc_tokenizer_t *t, const sc_token_t *toks, size_t n)
{
	/* Count tokens that are stopwords of one language only ("a", "on", "me" are in both
	 * lists and say nothing). Function words are a large share of any text, so a short
	 * paragraph is enough; a tie is no evidence. */
	size_t fr = 0, en = 0;
	for (size_t i = 0; i < n; i++) {
		int a = stop_has(&t->stop[0], toks[i].hash, toks[i].norm, toks[i].nlen);
		int b = stop_has(&t->stop[1], toks[i].hash, toks[i].norm, toks[i].nlen);
		fr += a && !b;
		en += b && !a;
	}
	if (fr > en) return "fr";
	if (en > fr) return "en";
	return "";
}

const char *sc_sh_lang_guess_text(sc_tokenizer_t *t, const char *text, size_t len)
{
	/* function words are dense: the first 4 KiB decide as well as the whole text, at a fixed
	 * cost whatever the document's size */
	size_t n = len < 4096 ? len : 4096;
	while (n < len && ((unsigned char)text[n] & 0xC0) == 0x80)
		n++; /* whole characters */
	const sc_token_t *k;
	long nt = sc_sh_tokenize(t, text, n, "", &k);
	return nt > 0 ? sc_sh_lang_guess(t, k, (size_t)nt) : "";
}

long sc_sh_tokenize_doc(sc_tokenizer_t *t, sc_doc_t *doc, const sc_token_t **out)
{
	const char *text = doc->text ? doc->text : "";
	const size_t len = doc->text ? doc->len : 0;
	long nt = sc_sh_tokenize(t, text, len, doc->lang, out);
	if (nt < 0 || doc->lang[0]) return nt;
	const char *g = sc_sh_lang_guess(t, *out, (size_t)nt);
	if (!g || !g[0]) return nt;
	snprintf(doc->lang, sizeof doc->lang, "%s", g);
	return sc_sh_tokenize(t, text, len, doc->lang, out);
}
