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

#include <libstemmer.h>
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

/* Typographic unification before decomposition. Returns the code point to use; *second gets a
 * second code point for the ligatures (0 otherwise). */
static int32_t map_cp(int32_t c, int32_t *second)
{
	*second = 0;
	switch (c) {
	case 0x2019: case 0x2018: case 0x02BC: case 0x201B: case 0x2032: case 0xFF07:
		return '\'';
	case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
	case 0x2039: case 0x203A:
		return '"';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
	case 0x2212: case 0xFE63: case 0xFF0D:
		return '-';
	case 0x0153: case 0x0152: *second = 'e'; return 'o'; /* oe: "cœur" = "coeur" */
	case 0x00E6: case 0x00C6: *second = 'e'; return 'a';
	}
	return c;
}

/* W_IGN: format characters (soft hyphen, zero-width joiners, BOM) that do not cut a word */
enum { W_NO = 0, W_LETTER, W_DIGIT, W_MARK, W_APOS, W_HYPH, W_DEC, W_IGN };

/* Class of the character at s[i] (len bytes in s); *l gets its length and *cp the mapped code
 * point (for ASCII, the byte). */
static int char_class(const char *s, size_t len, size_t i, int32_t *cp, size_t *l)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80) {
		*l = 1;
		*cp = c;
		switch (cls_tab[c]) {
		case C_LOW: case C_UP: return W_LETTER;
		case C_DIG: return W_DIGIT;
		case C_APOS: return W_APOS;
		case C_HYPH: return W_HYPH;
		case C_DEC: return W_DEC;
		}
		return W_NO;
	}
	int32_t u;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
	                                      (utf8proc_ssize_t)(len - i), &u);
	if (k <= 0) { /* not repaired: one byte of nothing */
		*l = 1;
		*cp = 0xFFFD;
		return W_NO;
	}
	*l = (size_t)k;
	int32_t second;
	u = map_cp(u, &second);
	*cp = u;
	if (u == '\'') return W_APOS;
	if (u == '-') return W_HYPH;
	if (second) return W_LETTER; /* a ligature, now ASCII letters */
	if (u < 0x80) return W_NO;
	switch (utf8proc_category(u)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
		return W_LETTER;
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return W_DIGIT;
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
		return W_MARK;
	case UTF8PROC_CATEGORY_CF: return W_IGN;
	default: return W_NO;
	}
}

static int is_upper_cp(int32_t c)
{
	if (c < 0x80) return c >= 'A' && c <= 'Z';
	utf8proc_category_t k = utf8proc_category(c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

static const char *const elisions[] = {"l", "d", "qu", "n", "s", "c", "j", "m", "t",
                                       "jusqu", "lorsqu", "puisqu"};

static int is_elision(const char *s, size_t n)
{
	if (n > 6) return 0;
	for (size_t i = 0; i < sizeof elisions / sizeof *elisions; i++)
		if (strlen(elisions[i]) == n && !memcmp(elisions[i], s, n)) return 1;
	return 0;
}

/* ------------------------------------------------------------ buffers */
static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap) return 0;
	size_t m = *cap ? *cap : 64;
	while (m < need) m *= 2;
	void *q = realloc(*p, m * elem);
	if (!q) return -1;
	*p = q;
	*cap = m;
	return 0;
}

static inline int arena_need(sc_tokenizer_t *t, size_t extra)
{
	return grow((void **)&t->arena, &t->acap, t->alen + extra, 1);
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
			while (nh[j]) j = (j + 1) & (m - 1);
			nh[j] = st->h[i];
			no[j] = st->off[i];
		}
		free(st->h), free(st->off);
		st->h = nh, st->off = no, st->m = m;
	}
	if (grow((void **)&st->pool, &st->pcap, st->plen + n + 1, 1)) return SC_ENOMEM;
	size_t j = (size_t)h & (st->m - 1);
	while (st->h[j]) j = (j + 1) & (st->m - 1);
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
static int stop_load(sc_tokenizer_t *t, sc_sh_stoptab_t *st, const unsigned char *data,
                     size_t len)
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

/* ------------------------------------------------------------ lifecycle */
sc_tokenizer_t *sc_sh_tokenizer_create(const sc_norm_opts_t *o)
{
	sc_tokenizer_t *t = calloc(1, sizeof *t);
	if (!t) return NULL;
	if (o) t->o = *o;
	t->stem[0] = sb_stemmer_new("french", "UTF_8");
	t->stem[1] = sb_stemmer_new("english", "UTF_8");
	if (!t->stem[0] || !t->stem[1] ||
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
	if (grow((void **)&t->cp, &t->mcp, *ncp + 40, sizeof *t->cp)) return SC_ENOMEM;
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
                     const char *lang)
{
	size_t nlen = t->alen - noff;
	if (!nlen) return 0; /* e.g. a lone combining mark removed by accent folding */
	if (t->ntok == t->mtok) { /* the two arrays grow together */
		size_t m = t->mtok ? t->mtok * 2 : 256;
		sc_token_t *tk = realloc(t->tok, m * sizeof *tk);
		if (!tk) return SC_ENOMEM;
		t->tok = tk;
		size_t *no = realloc(t->noff, m * sizeof *no);
		if (!no) return SC_ENOMEM;
		t->noff = no;
		t->mtok = m;
	}
	if (arena_need(t, 1)) return SC_ENOMEM;
	t->arena[t->alen++] = '\0';
	const char *norm = t->arena + noff;
	sc_token_t *k = &t->tok[t->ntok];
	k->start = (uint32_t)start;
	k->end = (uint32_t)end;
	k->nlen = (uint32_t)nlen;
	k->hash = XXH3_64bits(norm, nlen);
	int li = lang_index(lang);
	int stop = li >= 0 ? stop_has(&t->stop[li], k->hash, norm, nlen)
	                   : (stop_has(&t->stop[0], k->hash, norm, nlen) ||
	                      stop_has(&t->stop[1], k->hash, norm, nlen));
	k->flags = flags | (stop ? SC_TOK_STOP : 0);
	k->norm = NULL;
	t->noff[t->ntok++] = noff;
	return 0;
}

long sc_sh_tokenize(sc_tokenizer_t *t, const char *text, size_t len, const char *lang,
                    const sc_token_t **out)
{
	if (!t || (!text && len) || !out) return SC_EPARAM;
	if (len > UINT32_MAX) return SC_EPARAM; /* offsets are 32-bit */
	utf8proc_option_t opt = UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE;
	if (t->o.fold_accents) opt |= UTF8PROC_STRIPMARK;
	t->ntok = 0;
	t->alen = 0;
	if (arena_need(t, len + len / 4 + 16)) return SC_ENOMEM;
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;
	int rc = 0;
	while (i < len) {
		/* skip to the start of a word */
		int32_t cp;
		size_t l;
		int w;
		if (s[i] < 0x80) {
			unsigned c = cls_tab[s[i]];
			if (c != C_LOW && c != C_UP && c != C_DIG) {
				i++;
				continue;
			}
			w = c == C_DIG ? W_DIGIT : W_LETTER;
			cp = s[i];
			l = 1;
		} else {
			w = char_class(text, len, i, &cp, &l);
			if (w != W_LETTER && w != W_DIGIT && w != W_MARK) {
				i += l;
				continue;
			}
		}
		/* one word (which may split into an elision and the rest) */
		size_t start = i, noff = t->alen, ncp = 0;
		int slow = 0;
		int32_t first = cp;
		if (l > 1) utf8proc_iterate(s + i, (utf8proc_ssize_t)l, &first); /* before mapping */
		uint32_t flags = is_upper_cp(first) ? SC_TOK_CAP : 0;
		int prev = w;
		for (;;) {
			/* append the character at i, of class w, code point cp, length l */
			if (w == W_DIGIT) flags |= SC_TOK_NUM;
			if (!slow && l == 1) {
				if (arena_need(t, 1)) return SC_ENOMEM;
				t->arena[t->alen++] = (char)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
			} else {
				if (!slow) { /* move the ASCII prefix to the code point scratch */
					slow = 1;
					if (grow((void **)&t->cp, &t->mcp, t->alen - noff + 40, sizeof *t->cp))
						return SC_ENOMEM;
					for (size_t j = noff; j < t->alen; j++) t->cp[ncp++] = (unsigned char)t->arena[j];
					t->alen = noff;
				}
				int32_t second = 0;
				if (l > 1) {
					/* cp is already mapped by char_class; ligatures give two letters */
					int32_t orig;
					utf8proc_iterate(s + i, (utf8proc_ssize_t)l, &orig);
					map_cp(orig, &second);
				}
				if ((rc = push_cp(t, &ncp, cp, opt))) return rc;
				if (second && (rc = push_cp(t, &ncp, second, opt))) return rc;
			}
			i += l;
			prev = w;
			if (i >= len) break;
			/* what follows? */
			if (s[i] < 0x80) {
				unsigned c = cls_tab[s[i]];
				cp = s[i];
				l = 1;
				w = c == C_LOW || c == C_UP ? W_LETTER
				    : c == C_DIG           ? W_DIGIT
				    : c == C_APOS          ? W_APOS
				    : c == C_HYPH          ? W_HYPH
				    : c == C_DEC           ? W_DEC
				                           : W_NO;
			} else {
				w = char_class(text, len, i, &cp, &l);
			}
			if (w == W_LETTER || w == W_DIGIT || w == W_MARK) continue;
			if (w == W_NO) break;
			/* a joiner: look at the character after it */
			int32_t cp2;
			size_t l2;
			int w2 = i + l < len ? char_class(text, len, i + l, &cp2, &l2) : W_NO;
			if (w == W_APOS && !slow && is_elision(t->arena + noff, t->alen - noff)) {
				/* French elision: "l'" is a token of its own, whatever follows */
				if (arena_need(t, 1)) return SC_ENOMEM;
				t->arena[t->alen++] = '\'';
				i += l;
				if ((rc = add_token(t, start, i, noff, flags | SC_TOK_ELIDED, lang))) return rc;
				noff = SIZE_MAX; /* token emitted */
				break;
			}
			int joins = w == W_DEC ? prev == W_DIGIT && w2 == W_DIGIT
			            : w == W_IGN ? w2 == W_LETTER || w2 == W_DIGIT || w2 == W_MARK
			                         : w2 == W_LETTER || w2 == W_DIGIT;
			if (!joins) break;
			if (w == W_IGN) { /* skipped, not kept */
				i += l;
				cp = cp2, l = l2, w = w2;
				continue;
			}
			/* keep the joiner inside the word: the next loop turn appends it */
			if (!slow) {
				if (arena_need(t, 1)) return SC_ENOMEM;
				t->arena[t->alen++] = (char)cp;
			} else if ((rc = push_cp(t, &ncp, cp, opt))) {
				return rc;
			}
			i += l;
			cp = cp2, l = l2, w = w2;
		}
		if (noff == SIZE_MAX) continue;
		if (slow) {
			canonical_order(t->cp, ncp);
			utf8proc_ssize_t n = utf8proc_normalize_utf32(t->cp, (utf8proc_ssize_t)ncp,
			                                              UTF8PROC_STABLE | UTF8PROC_COMPOSE);
			if (n < 0) n = 0;
			if (arena_need(t, (size_t)n * 4 + 1)) return SC_ENOMEM;
			for (utf8proc_ssize_t j = 0; j < n; j++)
				t->alen += (size_t)utf8proc_encode_char(t->cp[j],
				                                        (utf8proc_uint8_t *)t->arena + t->alen);
		}
		if ((rc = add_token(t, start, i, noff, flags, lang))) return rc;
	}
	for (size_t j = 0; j < t->ntok; j++) t->tok[j].norm = t->arena + t->noff[j];
	*out = t->tok;
	return (long)t->ntok;
}

/* ------------------------------------------------------------ stemming */
const char *sc_sh_stem(sc_tokenizer_t *t, const char *lang, const char *norm, uint32_t nlen,
                       uint32_t *slen)
{
	struct sb_stemmer *st = t->stem[lang_index(lang) == 1 ? 1 : 0];
	const sb_symbol *r = sb_stemmer_stem(st, (const sb_symbol *)norm, (int)nlen);
	size_t n = r ? (size_t)sb_stemmer_length(st) : 0;
	if (!r) { /* out of memory inside Snowball: the word itself is the best stem */
		r = (const sb_symbol *)norm;
		n = nlen;
	}
	if (grow((void **)&t->stembuf, &t->stemcap, n + 1, 1)) {
		if (slen) *slen = 0;
		return "";
	}
	memcpy(t->stembuf, r, n); /* the stemmer owns r until its next call: copy now */
	t->stembuf[n] = '\0';
	if (slen) *slen = (uint32_t)n;
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
