/* lexicon.c: the comparator's per-language lexicons, and the scanner that cuts sentences
 * into the tokens the lexicons are matched against.
 *
 * Word lists live only in detect/compare/lexicon/{fr,en}.json (embedded at build time, or read from
 * --lexicons DIR). Loading validates everything it reads: unknown or missing keys, wrong types,
 * empty or over-long entries, entries that are not lower case, a word in two synonym classes
 * or antonym pairs. Every error names the file and the entry ("fr.json: antonyms[3][1][0]: ...")
 * because a lexicon is edited by hand and a silent skip would quietly weaken the comparator.
 *
 * Layout: one open-addressing table from XXH3-64 of a surface form to a value (categories
 * merged), one such table keyed by Snowball stems (filled by sc_cmp_lex_stem once a stemmer
 * exists), and multiword phrases as arrays of token hashes sorted by their first hash. */
#include "cmp_internal.h"
#include "sc_prim.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

extern const unsigned char sc_lexicon_fr[];
extern const size_t sc_lexicon_fr_len;
extern const unsigned char sc_lexicon_en[];
extern const size_t sc_lexicon_en_len;

#define LX_MAXPH 8 /* tokens in a multiword entry */
#define LX_MAXLEN 63

typedef struct lxtab_s {
	uint64_t *keys; /* 0 marks an empty slot (a zero hash is remapped to 1) */
	uint32_t *vals; /* index into sc_lxlang_t.vals */
	size_t cap, n;
} lxtab_t;

typedef struct lxphrase_s {
	uint64_t h[LX_MAXPH];
	uint32_t n, val;
} lxphrase_t;

typedef struct lxpending_s { /* a stem-matched single word waiting for sc_cmp_lex_stem */
	char *norm;
	uint64_t cat;
	int32_t anto;
	uint64_t cls;
	const char *where; /* owned copy of "antonyms[3][1][0]" for error messages */
} lxpending_t;

struct sc_lxlang_s {
	char code[4];
	const char *file;
	lxtab_t surf, stem;
	lxtab_t phfirst; /* first-token hashes of the phrases: most tokens start none */
	sc_lxval_t *vals;
	size_t nvals, mvals;
	lxphrase_t *ph;
	size_t nph, mph;
	lxpending_t *pend;
	size_t npend, mpend;
	char **strs; /* every string the lexicon owns */
	size_t nstrs, mstrs;
	char **abbrev, **cond, **adv, **contr, **part;
	size_t nabbrev, ncond, nadv, ncontr, npart;
	char (*alt)[2][16]; /* stem alternates: suffix, replacement */
	size_t nalt;
	char **anto_names;
	size_t nantos;
	int months_cap;
	sc_scan_t scan; /* scratch for tokenising entries at load time */
};

struct sc_lexicon_s {
	sc_lxlang_t L[2]; /* fr, en */
};

static uint64_t hkey(const char *s, size_t n)
{
	uint64_t h = XXH3_64bits(s, n);
	return h ? h : 1;
}

/* ------------------------------------------------------------------ tables */
static int tab_grow(lxtab_t *t)
{
	size_t cap = t->cap ? t->cap * 2 : 256;
	uint64_t *k = calloc(cap, sizeof *k);
	uint32_t *v = calloc(cap, sizeof *v);
	if (!k || !v) {
		free(k);
		free(v);
		return SC_ENOMEM;
	}
	for (size_t i = 0; i < t->cap; i++) {
		if (!t->keys[i]) continue;
		size_t j = t->keys[i] & (cap - 1);
		while (k[j]) j = (j + 1) & (cap - 1);
		k[j] = t->keys[i];
		v[j] = t->vals[i];
	}
	free(t->keys);
	free(t->vals);
	t->keys = k;
	t->vals = v;
	t->cap = cap;
	return SC_OK;
}

static long tab_find(const lxtab_t *t, uint64_t h)
{
	if (!t->cap) return -1;
	size_t j = h & (t->cap - 1);
	while (t->keys[j]) {
		if (t->keys[j] == h) return (long)t->vals[j];
		j = (j + 1) & (t->cap - 1);
	}
	return -1;
}

static void tab_free(lxtab_t *t)
{
	free(t->keys);
	free(t->vals);
	memset(t, 0, sizeof *t);
}

static long new_val(sc_lxlang_t *L)
{
	if (SC_GROW(L->vals, L->mvals, L->nvals + 1)) return SC_ENOMEM;
	sc_lxval_t *v = &L->vals[L->nvals];
	memset(v, 0, sizeof *v);
	v->anto = -1;
	return (long)L->nvals++;
}

/* The value stored under h in t, created when absent. Returns its index or SC_ENOMEM. */
static long tab_get(sc_lxlang_t *L, lxtab_t *t, uint64_t h)
{
	long i = tab_find(t, h);
	if (i >= 0) return i;
	if ((t->n + 1) * 2 > t->cap && tab_grow(t)) return SC_ENOMEM;
	long v = new_val(L);
	if (v < 0) return v;
	size_t j = h & (t->cap - 1);
	while (t->keys[j]) j = (j + 1) & (t->cap - 1);
	t->keys[j] = h;
	t->vals[j] = (uint32_t)v;
	t->n++;
	return v;
}

static char *own(sc_lxlang_t *L, const char *s, size_t n)
{
	if (SC_GROW(L->strs, L->mstrs, L->nstrs + 1)) return NULL;
	char *c = malloc(n + 1);
	if (!c) return NULL;
	memcpy(c, s, n);
	c[n] = 0;
	L->strs[L->nstrs++] = c;
	return c;
}

/* ----------------------------------------------------------------- scanner */
static int push_tok(sc_scan_t *sc, const char *s, uint32_t start, uint32_t end, const char *norm,
                    size_t nlen, uint32_t flags)
{
	if (SC_GROW(sc->t, sc->m, sc->n + 1) || SC_GROW(sc->buf, sc->bcap, sc->blen + nlen + 1))
		return SC_ENOMEM;
	sc_ctok_t *t = &sc->t[sc->n++];
	t->start = start;
	t->end = end;
	t->noff = (uint32_t)sc->blen;
	t->nlen = (uint32_t)nlen;
	t->flags = flags;
	memcpy(sc->buf + sc->blen, norm, nlen);
	sc->buf[sc->blen + nlen] = 0;
	sc->blen += nlen + 1;
	t->h = hkey(norm, nlen);
	(void)s;
	return SC_OK;
}

/* Characters: decoding and the Unicode classes are the shingle tokenizer's (shingle.h
 * sc_sh_char_class), so both stages agree on what a word character is. The comparator keeps
 * its own narrower sets of apostrophes, hyphens and spaces: an en or em dash is a clause mark
 * here ("Paris -- and Lyon"), a word joiner for shingles; a left single quote opens a
 * quotation here. */
static int is_wordcp(utf8proc_int32_t c) { return sc_sh_word_class(sc_sh_cp_class(c)); }
static int is_digitcp(utf8proc_int32_t c) { return c >= '0' && c <= '9'; }
static int is_apos(utf8proc_int32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
static int is_hyphen(utf8proc_int32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
static int is_spacecp(utf8proc_int32_t c)
{
	if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F ||
	       c == 0x2009 || c == 0x2007 || c == 0x200B || c == 0xFEFF ||
	       utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}

/* Decodes the code point at s[i] (invalid bytes as U+FFFD of length 1) and tells whether it
 * is a word character. */
static utf8proc_int32_t cp_at(const char *s, size_t len, size_t i, size_t *clen, int *word)
{
	int32_t c;
	*word = sc_sh_word_class(sc_sh_char_class(s, len, i, &c, clen));
	return c;
}

static int lex_has(const sc_lxlang_t *L, const char *w, size_t n, int cat)
{
	if (!L) return 0;
	long i = tab_find(&L->surf, hkey(w, n));
	return i >= 0 && (L->vals[i].cats & SC_LX_BIT(cat));
}

/* Appends codepoint c lower-cased (apostrophes unified) to w. */
static size_t put_lower(char *w, size_t wn, size_t wcap, utf8proc_int32_t c)
{
	if (c < 0x80) {
		if (wn + 1 >= wcap) return wn;
		w[wn] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		return wn + 1;
	}
	if (is_apos(c)) c = '\'';
	else c = utf8proc_tolower(c);
	if (wn + 4 >= wcap) return wn;
	return wn + (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)w + wn);
}

long sc_cmp_scan(const sc_lxlang_t *L, const char *s, size_t len, sc_scan_t *sc)
{
	sc->n = 0;
	sc->blen = 0;
	char w[512];
	size_t i = 0;
	while (i < len) {
		size_t cl;
		int word;
		utf8proc_int32_t c = cp_at(s, len, i, &cl, &word);
		if (is_spacecp(c)) {
			i += cl;
			continue;
		}
		if (!word) { /* one punctuation mark */
			size_t wn = put_lower(w, 0, sizeof w, c);
			if (push_tok(sc, s, (uint32_t)i, (uint32_t)(i + cl), w, wn, SC_CT_PUNCT))
				return SC_ENOMEM;
			i += cl;
			continue;
		}
		/* a word or a number */
		size_t start = i, wn = 0, last = i;
		int digit = is_digitcp(c), letters = 0, upper = 0, first_upper = 0;
		uint32_t flags = 0;
		while (i < len) {
			c = cp_at(s, len, i, &cl, &word);
			if (word) {
				if (digit && !is_digitcp(c) && utf8proc_category(c) <= UTF8PROC_CATEGORY_LO)
					break; /* "14h", "5km": the number ends where letters start */
				if (!digit && is_digitcp(c) && letters) break;
				if (!digit && c < 0x80) {
					if (!is_digitcp(c)) {
						if (c >= 'A' && c <= 'Z') {
							upper++;
							if (!letters) first_upper = 1;
						}
						letters++;
					}
				} else if (!digit) {
					utf8proc_category_t k = utf8proc_category(c);
					if (k <= UTF8PROC_CATEGORY_LO) {
						if (k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT) {
							upper++;
							if (!letters) first_upper = 1;
						}
						letters++;
					}
				}
				wn = put_lower(w, wn, sizeof w, c);
				i += cl;
				last = i;
				continue;
			}
			size_t cl2 = 0;
			int word2 = 0;
			utf8proc_int32_t n2 = i + cl < len ? cp_at(s, len, i + cl, &cl2, &word2) : 0;
			if (digit && (c == ',' || c == '.') && is_digitcp(n2)) {
				wn = put_lower(w, wn, sizeof w, c);
				i += cl;
				last = i;
				continue;
			}
			if (digit && (c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009) && wn <= 3 &&
			    is_digitcp(n2)) {
				/* "10 000": merge a group of exactly three digits */
				size_t k = i + cl, g = 0;
				while (k < len && is_digitcp((unsigned char)s[k])) k++, g++;
				int ok = g == 3 && (k >= len || !is_wordcp((unsigned char)s[k]));
				for (size_t q = 0; q < wn; q++)
					if (!is_digitcp((unsigned char)w[q])) ok = 0;
				if (ok) { /* the space is dropped from the form, kept in the span */
					i += cl;
					continue;
				}
			}
			if (!digit && is_apos(c)) {
				/* French elision: "l'", "qu'" become tokens of their own; also before a
				 * space ("n' a", or a lexicon entry "d'") */
				w[wn] = 0;
				if (lex_has(L, w, wn, SC_LX_ELISION)) {
					w[wn++] = '\'';
					flags |= SC_CT_ELIDED;
					i += cl;
					break;
				}
			}
			if (!digit && is_apos(c) && word2) {
				/* English contraction: "n't" splits one letter early */
				int split = 0;
				for (size_t q = 0; L && q < L->ncontr && !split; q++) {
					const char *ct = L->contr[q];
					const char *ap = strchr(ct, '\'');
					if (!ap) continue;
					size_t pre = (size_t)(ap - ct), rest = strlen(ap + 1);
					if (wn <= pre || memcmp(w + wn - pre, ct, pre)) continue;
					size_t k = i + cl;
					if (k + rest > len) continue;
					int same = 1;
					for (size_t r = 0; r < rest; r++)
						if ((s[k + r] | 0x20) != ap[1 + r]) same = 0;
					if (!same || (k + rest < len && is_wordcp((unsigned char)s[k + rest])))
						continue;
					/* emit the stem of the word, then the contraction */
					size_t wend = i - pre;
					if (wn > pre) {
						if (push_tok(sc, s, (uint32_t)start, (uint32_t)wend, w, wn - pre,
						             (first_upper ? SC_CT_CAP : 0) | SC_CT_WORD | SC_CT_GLUED))
							return SC_ENOMEM;
					}
					if (push_tok(sc, s, (uint32_t)wend, (uint32_t)(k + rest), ct, strlen(ct),
					             SC_CT_WORD | SC_CT_ELIDED))
						return SC_ENOMEM;
					i = k + rest;
					split = 1;
				}
				if (split) {
					wn = 0;
					break;
				}
				wn = put_lower(w, wn, sizeof w, c);
				i += cl;
				continue;
			}
			if (!digit && is_hyphen(c) && word2) {
				flags |= SC_CT_HYPH;
				i += cl;
				break;
			}
			break;
		}
		if (!wn) continue;
		size_t end = (flags & SC_CT_ELIDED) ? i : last;
		uint32_t f = flags | (digit ? SC_CT_NUM : SC_CT_WORD);
		if (first_upper) f |= SC_CT_CAP;
		if (letters >= 2 && upper == letters) f |= SC_CT_ALLCAP;
		if (i < len) {
			size_t l2;
			int w2;
			utf8proc_int32_t c2 = cp_at(s, len, i, &l2, &w2);
			if (!is_spacecp(c2)) f |= SC_CT_GLUED;
		}
		if (push_tok(sc, s, (uint32_t)start, (uint32_t)end, w, wn, f)) return SC_ENOMEM;
	}
	return (long)sc->n;
}

void sc_cmp_scan_free(sc_scan_t *sc)
{
	if (!sc) return;
	free(sc->t);
	free(sc->buf);
	memset(sc, 0, sizeof *sc);
}

/* ------------------------------------------------------------------ loading */
typedef struct ld_s {
	sc_lxlang_t *L;
	char *err;
	size_t errlen;
} ld_t;

static int fail(ld_t *ld, const char *fmt, ...)
{
	if (ld->err && ld->errlen) {
		int k = snprintf(ld->err, ld->errlen, "%s: ", ld->L->file);
		if (k < 0) k = 0;
		if ((size_t)k < ld->errlen) {
			va_list ap;
			va_start(ap, fmt);
			vsnprintf(ld->err + k, ld->errlen - (size_t)k, fmt, ap);
			va_end(ap);
		}
	}
	return SC_EFORMAT;
}

/* Categories whose single words match by stem. */
static const uint64_t STEM_CATS =
	SC_LX_BIT(SC_LX_DENIAL) | SC_LX_BIT(SC_LX_DISMISS_NOUN) | SC_LX_BIT(SC_LX_DISMISS_FRAME) |
	SC_LX_BIT(SC_LX_REPORT) | SC_LX_BIT(SC_LX_CLAIM_NOUN) |
	SC_LX_BIT(SC_LX_ANTONYM) | SC_LX_BIT(SC_LX_SYNONYM) | SC_LX_BIT(SC_LX_REJECT) |
	SC_LX_BIT(SC_LX_NEG_VERB) | SC_LX_BIT(SC_LX_NEG_PVERB) | SC_LX_BIT(SC_LX_NONASSERT) |
	SC_LX_BIT(SC_LX_REQUEST_NOUN) | SC_LX_BIT(SC_LX_DECLINE);

typedef struct extra_s { /* what an entry carries besides its category */
	double num;
	int m0, m1;
	int32_t anto;
	uint64_t cls;
	const char *cur;
	int qcls;  /* count class (SC_QC_*) */
	int qmark; /* SC_QM_* */
	int cmark; /* SC_CM_* */
} extra_t;

static void apply(sc_lxval_t *v, int cat, const extra_t *x, const char *word)
{
	v->cats |= SC_LX_BIT(cat);
	if (!v->word) v->word = word;
	switch (cat) {
	case SC_LX_NUMBER:
	case SC_LX_FRACTION:
	case SC_LX_DURATION:
	case SC_LX_MONTH: v->num = x->num; break;
	case SC_LX_WEEKDAY: /* weekday_numbers; the plain list leaves it */
		if (x->num) v->num = x->num;
		break;
	case SC_LX_SEASON:
		v->m0 = x->m0;
		v->m1 = x->m1;
		break;
	case SC_LX_MONEY: snprintf(v->cur, sizeof v->cur, "%s", x->cur); break;
	case SC_LX_ANTONYM:
		v->anto = x->anto;
		v->cls = x->cls;
		break;
	case SC_LX_SYNONYM: v->cls = x->cls; break;
	case SC_LX_QFRAME:
		if (x->qcls) v->qcls = x->qcls;
		v->qmark |= x->qmark;
		v->cmark |= x->cmark;
		break;
	default: break;
	}
}

/* Adds one entry (already type-checked) of category cat; where names it in errors. */
static int add_entry(ld_t *ld, const char *entry, int cat, const extra_t *x, const char *where)
{
	sc_lxlang_t *L = ld->L;
	size_t n = strlen(entry);
	if (!n) return fail(ld, "%s: empty entry", where);
	if (n > LX_MAXLEN) return fail(ld, "%s: \"%s\" is longer than %d bytes", where, entry, LX_MAXLEN);
	if (entry[0] == ' ' || entry[n - 1] == ' ' || strstr(entry, "  "))
		return fail(ld, "%s: \"%s\" has stray spaces", where, entry);
	if (sc_cmp_scan(L, entry, n, &L->scan) < 0) return SC_ENOMEM;
	if (!L->scan.n) return fail(ld, "%s: \"%s\" has no word in it", where, entry);
	if (L->scan.n > LX_MAXPH)
		return fail(ld, "%s: \"%s\" has more than %d tokens", where, entry, LX_MAXPH);
	/* entries are lower case: the scanner's form must equal the entry (apostrophes aside) */
	for (size_t i = 0; i < L->scan.n; i++) {
		const sc_ctok_t *t = &L->scan.t[i];
		if (t->flags & SC_CT_CAP)
			return fail(ld, "%s: \"%s\" is not lower case", where, entry);
	}
	const char *word = own(L, entry, n);
	if (!word) return SC_ENOMEM;
	if (L->scan.n == 1) {
		long v = tab_get(L, &L->surf, L->scan.t[0].h);
		if (v < 0) return (int)v;
		sc_lxval_t *val = &L->vals[v];
		if ((cat == SC_LX_ANTONYM || cat == SC_LX_SYNONYM) && val->cls && val->cls != x->cls)
			return fail(ld, "%s: \"%s\" is already in another synonym class or antonym pair",
			            where, entry);
		apply(val, cat, x, word);
		if (SC_LX_BIT(cat) & STEM_CATS) {
			if (SC_GROW(L->pend, L->mpend, L->npend + 1)) return SC_ENOMEM;
			lxpending_t *p = &L->pend[L->npend];
			p->norm = own(L, SC_CT_NORM(&L->scan, 0), L->scan.t[0].nlen);
			p->where = own(L, where, strlen(where));
			if (!p->norm || !p->where) return SC_ENOMEM;
			p->cat = (uint64_t)cat;
			p->anto = x->anto;
			p->cls = x->cls;
			L->npend++;
		}
		return SC_OK;
	}
	/* a phrase */
	if (SC_GROW(L->ph, L->mph, L->nph + 1)) return SC_ENOMEM;
	long v = new_val(L);
	if (v < 0) return (int)v;
	apply(&L->vals[v], cat, x, word);
	lxphrase_t *p = &L->ph[L->nph++];
	memset(p, 0, sizeof *p);
	p->n = (uint32_t)L->scan.n;
	p->val = (uint32_t)v;
	for (size_t i = 0; i < L->scan.n; i++) p->h[i] = L->scan.t[i].h;
	return SC_OK;
}

/* The top-level member key, which must be there and pass is(); what names the expected type
 * in the error. Every key is checked here, so a missing or mistyped one reads the same
 * whichever list it is. */
static int member(ld_t *ld, const cJSON *root, const char *key, cJSON_bool (*is)(const cJSON *),
                  const char *what, const cJSON **out)
{
	*out = cJSON_GetObjectItemCaseSensitive(root, key);
	if (!is(*out)) return fail(ld, "\"%s\": missing or not %s", key, what);
	return SC_OK;
}

/* Adds every element of the array a (each must be a string) as an entry of category cat with
 * the extras x; element i is named "at[i]" in errors. Plain word lists, synonym classes and
 * the list sides of antonym pairs all read their words this way. */
static int word_list(ld_t *ld, const cJSON *a, const char *at, int cat, const extra_t *x)
{
	int i = 0;
	const cJSON *e;
	cJSON_ArrayForEach(e, a)
	{
		char where[128];
		snprintf(where, sizeof where, "%s[%d]", at, i++);
		if (!cJSON_IsString(e)) return fail(ld, "%s: not a string", where);
		int rc = add_entry(ld, e->valuestring, cat, x, where);
		if (rc) return rc;
	}
	return SC_OK;
}

static int str_list(ld_t *ld, const cJSON *root, const char *key, int cat)
{
	const cJSON *a;
	int rc = member(ld, root, key, cJSON_IsArray, "an array of strings", &a);
	if (rc) return rc;
	const extra_t x = {.anto = -1};
	return word_list(ld, a, key, cat, &x);
}

/* Reads member e of an object map into x (x->anto is -1 already); false when e is not what the
 * map holds, with what was expected in msg. */
typedef int (*map_fn)(const cJSON *e, const void *ctx, extra_t *x, char *msg, size_t nmsg);

/* Adds every member of the object root.key as an entry of category cat, its value read by fn;
 * member "m" is named key."m" in errors. Number maps, money units and seasons. */
static int obj_map(ld_t *ld, const cJSON *root, const char *key, int cat, map_fn fn,
                   const void *ctx)
{
	const cJSON *o, *e;
	int rc = member(ld, root, key, cJSON_IsObject, "an object", &o);
	if (rc) return rc;
	cJSON_ArrayForEach(e, o)
	{
		char where[128], msg[96];
		snprintf(where, sizeof where, "%s.\"%s\"", key, e->string);
		extra_t x = {.anto = -1};
		if (!fn(e, ctx, &x, msg, sizeof msg)) return fail(ld, "%s: %s", where, msg);
		if ((rc = add_entry(ld, e->string, cat, &x, where))) return rc;
	}
	return SC_OK;
}

/* A number in [lo, hi] (ctx: the two bounds). */
static int map_num(const cJSON *e, const void *ctx, extra_t *x, char *msg, size_t nmsg)
{
	const double *b = ctx;
	if (!cJSON_IsNumber(e) || !isfinite(e->valuedouble) || e->valuedouble < b[0] ||
	    e->valuedouble > b[1]) {
		snprintf(msg, nmsg, "expected a number in [%g, %g]", b[0], b[1]);
		return 0;
	}
	x->num = e->valuedouble;
	return 1;
}

static int num_map(ld_t *ld, const cJSON *root, const char *key, int cat, double lo, double hi)
{
	const double b[2] = {lo, hi};
	return obj_map(ld, root, key, cat, map_num, b);
}

/* A list of raw strings kept as given (abbreviations keep their case; suffixes). */
static int raw_list(ld_t *ld, const cJSON *root, const char *key, char ***out, size_t *nout)
{
	const cJSON *a, *e;
	int rc = member(ld, root, key, cJSON_IsArray, "an array of strings", &a);
	if (rc) return rc;
	size_t n = (size_t)cJSON_GetArraySize(a), i = 0;
	*out = calloc(n ? n : 1, sizeof **out);
	if (!*out) return SC_ENOMEM;
	cJSON_ArrayForEach(e, a)
	{
		if (!cJSON_IsString(e) || !e->valuestring[0] || strlen(e->valuestring) > LX_MAXLEN ||
		    strchr(e->valuestring, ' '))
			return fail(ld, "%s[%zu]: expected a non-empty string without spaces", key, i);
		(*out)[i] = own(ld->L, e->valuestring, strlen(e->valuestring));
		if (!(*out)[i]) return SC_ENOMEM;
		i++;
	}
	*nout = n;
	return SC_OK;
}

static const char *const KEYS[] = {
	"lang", "about", "elisions", "contractions", "abbreviations", "negation",
	"negation_particles", "negation_complements", "negation_subjects", "negation_prepositions",
	"negation_exceptions", "negation_particle_verbs", "denial_verbs", "rejection_verbs",
	"negative_verbs", "infinitive_markers", "function_words", "stem_alternates",
	"adjunct_prepositions", "participle_suffixes", "dismissal_nouns", "dismissal_frames",
	"dismissal_adjectives", "reporting_verbs", "reporting_prepositions", "hedges",
	"conditional_suffixes", "conditional_exceptions", "adverb_suffixes", "claim_nouns",
	"demonstratives", "anaphora", "anaphora_exceptions", "role_nouns", "pronouns", "auxiliaries",
	"relative_pronouns", "complementizers", "approximators", "lower_bounds", "upper_bounds",
	"number_words", "approximate_numbers", "article_numbers", "number_connectors", "fractions",
	"units_duration", "units_money", "units_percent", "months", "months_capitalised", "seasons", "date_prepositions", "date_from", "date_until", "weekdays", "weekday_numbers",
	"antonyms", "opposites", "opposite_idioms", "synonyms", "noun_determiners", "negation_determiners", "generic_count_nouns", "complement_prepositions",
	"nonassertive_verbs", "conditional_markers", "concessive_conditionals", "possibility_modals", "conditional_modals", "background_markers", "request_nouns",
	"declining_verbs", "place_prepositions", "passive_auxiliaries",
	"count_classes", "update_cues", "time_zones", "several_words", "partial_markers", "count_heads",
	"cumulative_cues", "measure_units", "offset_anchors", "offset_now", "offset_from_now",
	"zero_quantifiers", "severity_words", "sentence_verbs", "person_nouns", "rate_nouns", "earlier_cues",
	"clock_prepositions", "clock_am", "clock_pm", "clock_lower", "clock_upper", "clock_near",
	"rumour_markers", "fear_markers", "charge_markers", "answer_verbs", "stance_ended",
	"admission_verbs", "background_month_before", "background_month_after",
	"pluperfect_auxiliaries", "subject_pronouns", NULL};

/* The top level: an object of known keys, "lang" the code asked for, "about" a string. */
static int check_top(ld_t *ld, const cJSON *root, const char *code)
{
	if (!cJSON_IsObject(root)) return fail(ld, "the top level is not an object");
	const cJSON *e;
	cJSON_ArrayForEach(e, root)
	{
		int known = 0;
		for (int k = 0; KEYS[k]; k++)
			known |= !strcmp(KEYS[k], e->string);
		if (!known) return fail(ld, "unknown key \"%s\"", e->string);
	}
	const cJSON *lg = cJSON_GetObjectItemCaseSensitive(root, "lang");
	if (!cJSON_IsString(lg) || strcmp(lg->valuestring, code))
		return fail(ld, "\"lang\": expected \"%s\"", code);
	const cJSON *ab = cJSON_GetObjectItemCaseSensitive(root, "about");
	if (ab && !cJSON_IsString(ab)) return fail(ld, "\"about\": not a string");
	return SC_OK;
}

/* What the scanner needs before any phrase is cut (elisions, contractions), the other raw
 * lists, and the stem alternates: [suffix, replacement] pairs. */
static int load_raw(ld_t *ld, const cJSON *root)
{
	sc_lxlang_t *L = ld->L;
	int rc;
	if ((rc = str_list(ld, root, "elisions", SC_LX_ELISION)) ||
	    (rc = raw_list(ld, root, "contractions", &L->contr, &L->ncontr)) ||
	    (rc = raw_list(ld, root, "abbreviations", &L->abbrev, &L->nabbrev)) ||
	    (rc = raw_list(ld, root, "conditional_suffixes", &L->cond, &L->ncond)) ||
	    (rc = raw_list(ld, root, "adverb_suffixes", &L->adv, &L->nadv)) ||
	    (rc = raw_list(ld, root, "participle_suffixes", &L->part, &L->npart)))
		return rc;
	const cJSON *al, *e;
	if ((rc = member(ld, root, "stem_alternates", cJSON_IsArray, "an array", &al))) return rc;
	L->nalt = (size_t)cJSON_GetArraySize(al);
	L->alt = calloc(L->nalt ? L->nalt : 1, sizeof *L->alt);
	if (!L->alt) return SC_ENOMEM;
	size_t ai = 0;
	cJSON_ArrayForEach(e, al)
	{
		const cJSON *x = cJSON_GetArrayItem(e, 0), *y = cJSON_GetArrayItem(e, 1);
		if (!cJSON_IsArray(e) || cJSON_GetArraySize(e) != 2 || !cJSON_IsString(x) ||
		    !cJSON_IsString(y) || !x->valuestring[0] || strlen(x->valuestring) >= 16 ||
		    strlen(y->valuestring) >= 16)
			return fail(ld, "stem_alternates[%zu]: expected [suffix, replacement]", ai);
		snprintf(L->alt[ai][0], 16, "%s", x->valuestring);
		snprintf(L->alt[ai][1], 16, "%s", y->valuestring);
		ai++;
	}
	return SC_OK;
}

/* The plain word lists, one category each, then the number maps and months_capitalised. */
static int load_words(ld_t *ld, const cJSON *root)
{
	int rc;
	static const struct {
		const char *key;
		int cat;
	} lists[] = {
	    {"negation", SC_LX_NEG},
	    {"negation_particles", SC_LX_NEG_PART},
	    {"negation_complements", SC_LX_NEG_COMP},
	    {"negation_subjects", SC_LX_NEG_SUBJ},
	    {"negation_prepositions", SC_LX_NEG_PREP},
	    {"negation_exceptions", SC_LX_NEG_EXC},
	    {"denial_verbs", SC_LX_DENIAL},
	    {"rejection_verbs", SC_LX_REJECT},
	    {"negative_verbs", SC_LX_NEG_VERB},
	    {"negation_particle_verbs", SC_LX_NEG_PVERB},
	    {"infinitive_markers", SC_LX_INF},
	    {"function_words", SC_LX_FUNC},
	    {"date_prepositions", SC_LX_DATE_PREP},
	    {"weekdays", SC_LX_WEEKDAY},
	    {"date_from", SC_LX_DATE_FROM},
	    {"date_until", SC_LX_DATE_UNTIL},
	    {"adjunct_prepositions", SC_LX_ADJ_PREP},
	    {"dismissal_nouns", SC_LX_DISMISS_NOUN},
	    {"dismissal_frames", SC_LX_DISMISS_FRAME},
	    {"dismissal_adjectives", SC_LX_DISMISS_ADJ},
	    {"reporting_verbs", SC_LX_REPORT},
	    {"reporting_prepositions", SC_LX_REPORT_PREP},
	    {"hedges", SC_LX_HEDGE},
	    {"conditional_exceptions", SC_LX_COND_EXC},
	    {"claim_nouns", SC_LX_CLAIM_NOUN},
	    {"demonstratives", SC_LX_DEMONSTR},
	    {"anaphora", SC_LX_ANAPHORA},
	    {"anaphora_exceptions", SC_LX_ANAPH_EXC},
	    {"role_nouns", SC_LX_ROLE},
	    {"pronouns", SC_LX_PRONOUN},
	    {"auxiliaries", SC_LX_AUX},
	    {"relative_pronouns", SC_LX_RELPRON},
	    {"complementizers", SC_LX_COMPL},
	    {"approximators", SC_LX_APPROX},
	    {"lower_bounds", SC_LX_LOWER},
	    {"upper_bounds", SC_LX_UPPER},
	    {"approximate_numbers", SC_LX_APPROX_NUM},
	    {"article_numbers", SC_LX_ARTNUM},
	    {"number_connectors", SC_LX_NUMCONN},
	    {"units_percent", SC_LX_PERCENT},
	    {"noun_determiners", SC_LX_DETERMINER},
	    {"negation_determiners", SC_LX_NEG_DET},
	    {"generic_count_nouns", SC_LX_GENERIC_NOUN},
	    {"complement_prepositions", SC_LX_COMPL_PREP},
	    {"nonassertive_verbs", SC_LX_NONASSERT},
	    {"conditional_markers", SC_LX_COND_MARK},
	    {"concessive_conditionals", SC_LX_CONCESSIVE},
	    {"possibility_modals", SC_LX_POSS_MODAL},
	    {"conditional_modals", SC_LX_HYPO_MODAL},
	    {"background_markers", SC_LX_BACKGROUND},
	    {"request_nouns", SC_LX_REQUEST_NOUN},
	    {"declining_verbs", SC_LX_DECLINE},
	    {"place_prepositions", SC_LX_PLACE_PREP},
	    {"passive_auxiliaries", SC_LX_PASSIVE},
	};
	for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++)
		if ((rc = str_list(ld, root, lists[k].key, lists[k].cat))) return rc;
	if ((rc = num_map(ld, root, "number_words", SC_LX_NUMBER, 0, 1e12)) ||
	    (rc = num_map(ld, root, "fractions", SC_LX_FRACTION, 0, 1)) ||
	    (rc = num_map(ld, root, "units_duration", SC_LX_DURATION, 1e-3, 1e11)) ||
	    (rc = num_map(ld, root, "months", SC_LX_MONTH, 1, 12)))
		return rc;
	/* optional (cluster mode's relative days, quantity.c): 1-7 Monday-Sunday, -1 the day before */
	if (cJSON_GetObjectItemCaseSensitive(root, "weekday_numbers") &&
	    (rc = num_map(ld, root, "weekday_numbers", SC_LX_WEEKDAY, -1, 7)))
		return rc;
	const cJSON *o;
	if ((rc = member(ld, root, "months_capitalised", cJSON_IsBool, "true/false", &o)))
		return rc;
	ld->L->months_cap = cJSON_IsTrue(o);
	return SC_OK;
}

/* units_money: {"euro": "EUR", ...}, ISO 4217 codes. */
static int map_money(const cJSON *e, const void *ctx, extra_t *x, char *msg, size_t nmsg)
{
	(void)ctx;
	const char *v = cJSON_IsString(e) ? e->valuestring : "";
	if (strlen(v) != 3 || v[0] < 'A' || v[0] > 'Z' || v[1] < 'A' || v[1] > 'Z' || v[2] < 'A' ||
	    v[2] > 'Z') {
		snprintf(msg, nmsg, "expected an ISO 4217 code such as \"EUR\"");
		return 0;
	}
	x->cur = v;
	return 1;
}

/* seasons: {"summer": [first month, last month], ...}. */
static int map_season(const cJSON *e, const void *ctx, extra_t *x, char *msg, size_t nmsg)
{
	(void)ctx;
	const cJSON *a0 = cJSON_GetArrayItem(e, 0), *a1 = cJSON_GetArrayItem(e, 1);
	if (!cJSON_IsArray(e) || cJSON_GetArraySize(e) != 2 || !cJSON_IsNumber(a0) ||
	    !cJSON_IsNumber(a1) || a0->valueint < 1 || a0->valueint > 12 || a1->valueint < 1 ||
	    a1->valueint > 12) {
		snprintf(msg, nmsg, "expected [first month, last month]");
		return 0;
	}
	x->m0 = a0->valueint;
	x->m1 = a1->valueint;
	return 1;
}

/* One side of an antonym pair, written at at ("antonyms[3][1]"), as side `side` of the loaded
 * pair pi: a word or a list of words; *first = its first word. */
static int antonym_side(ld_t *ld, const cJSON *sd, const char *at, int pi, int side,
                        const char **first)
{
	char cls[32];
	snprintf(cls, sizeof cls,
	         "\x01"
	         "anto%d",
	         pi);
	const extra_t x = {.anto = pi << 1 | side, .cls = hkey(cls, strlen(cls))};
	int rc;
	if (cJSON_IsString(sd)) {
		if ((rc = add_entry(ld, sd->valuestring, SC_LX_ANTONYM, &x, at))) return rc;
		*first = sd->valuestring;
		return SC_OK;
	}
	if (!cJSON_IsArray(sd) || !cJSON_GetArraySize(sd))
		return fail(ld, "%s: expected a word or a list of words", at);
	if ((rc = word_list(ld, sd, at, SC_LX_ANTONYM, &x))) return rc;
	/* word_list took every word, so the first element is a string */
	*first = cJSON_GetArrayItem(sd, 0)->valuestring;
	return SC_OK;
}

/* Union-find with parity over the written pairs: up[i] the parent, par[i] whether i's sides
 * are swapped relative to its parent's. */
static int anto_find(int *up, unsigned char *par, int i, int *parity)
{
	int p = 0, r = i;
	while (up[r] != r) {
		p ^= par[r];
		r = up[r];
	}
	/* path compression, parities kept relative to the root */
	for (int k = i, kp = p; up[k] != k;) {
		int nx = up[k], np = kp ^ par[k];
		up[k] = r;
		par[k] = (unsigned char)kp;
		k = nx;
		kp = np;
	}
	*parity = p;
	return r;
}

typedef struct {
	uint64_t h; /* hash of the word as written */
	int pair, side;
	const char *word;
} antoword_t;

static int antoword_cmp(const void *a, const void *b)
{
	const antoword_t *x = a, *y = b;
	if (x->h != y->h) return x->h < y->h ? -1 : 1;
	return x->pair != y->pair ? (x->pair < y->pair ? -1 : 1)
	                          : (x->side > y->side) - (x->side < y->side);
}

/* Antonym pairs: "antonyms" (required) and "opposites" (optional, added later: general opposed
 * predicates), each an array of [a, b] where a side is a word or a list of words. A word
 * written in two pairs joins them: ["augmenter", "baisse"] in "opposites" makes one pair of
 * augmenter/diminuer and hausse/baisse, with "augmenter" and "hausse" on one side, so that a
 * later list extends the earlier one without editing it (one antonym code per word). A word
 * that the joins would put on both sides of one pair is an error naming it. The loaded pair
 * takes the name "a/b" of its first written pair. */
static int load_antonyms(ld_t *ld, const cJSON *root)
{
	sc_lxlang_t *L = ld->L;
	const cJSON *o[2], *e;
	static const char *const keys[2] = {"antonyms", "opposites"};
	int rc = member(ld, root, "antonyms", cJSON_IsArray, "an array", &o[0]);
	if (rc) return rc;
	o[1] = cJSON_GetObjectItemCaseSensitive(root, "opposites");
	if (o[1] && !cJSON_IsArray(o[1])) return fail(ld, "opposites: expected an array");
	int n0 = cJSON_GetArraySize(o[0]), n = n0 + (o[1] ? cJSON_GetArraySize(o[1]) : 0);
	const cJSON **pairs = calloc((size_t)n + 1, sizeof *pairs);
	int *up = calloc((size_t)n + 1, sizeof *up), *cid = calloc((size_t)n + 1, sizeof *cid);
	unsigned char *par = calloc((size_t)n + 1, 1);
	antoword_t *wv = NULL;
	size_t nw = 0, mw = 0;
	rc = SC_ENOMEM;
	if (!pairs || !up || !cid || !par) goto done;
	int pi = 0;
	for (int k = 0; k < 2; k++) {
		if (!o[k]) continue;
		int qi = 0;
		cJSON_ArrayForEach(e, o[k])
		{
			if (!cJSON_IsArray(e) || cJSON_GetArraySize(e) != 2) {
				rc = fail(ld, "%s[%d]: expected two sides", keys[k], qi);
				goto done;
			}
			pairs[pi] = e;
			up[pi] = pi;
			for (int side = 0; side < 2; side++) {
				const cJSON *sd = cJSON_GetArrayItem(e, side);
				const cJSON *w = cJSON_IsString(sd)  ? sd
				                 : cJSON_IsArray(sd) ? sd->child
				                                     : NULL;
				/* a side's other shapes are reported when it is loaded, below */
				for (; w && cJSON_IsString(w); w = w == sd ? NULL : w->next) {
					if (SC_GROW(wv, mw, nw + 1)) goto done;
					wv[nw++] = (antoword_t){
					    hkey(w->valuestring, strlen(w->valuestring)), pi, side,
					    w->valuestring};
				}
			}
			pi++, qi++;
		}
	}
	/* join the pairs that share a written word */
	if (nw) qsort(wv, nw, sizeof *wv, antoword_cmp);
	for (size_t i = 1; i < nw; i++) {
		if (wv[i].h != wv[i - 1].h || strcmp(wv[i].word, wv[i - 1].word)) continue;
		int pa, pb, ra = anto_find(up, par, wv[i - 1].pair, &pa),
		            rb = anto_find(up, par, wv[i].pair, &pb);
		int sa = wv[i - 1].side ^ pa, sb = wv[i].side ^ pb;
		if (ra == rb) {
			if (sa != sb) {
				rc = fail(ld,
				          "\"%s\": the antonym pairs it joins put it on both sides",
				          wv[i].word);
				goto done;
			}
			continue;
		}
		/* the earlier written pair stays the root (its name and code order) */
		if (rb < ra) {
			int t = ra;
			ra = rb, rb = t;
		}
		up[rb] = ra;
		par[rb] = (unsigned char)(sa ^ sb);
	}
	L->nantos = 0;
	for (int i = 0; i < n; i++) {
		int p;
		if (anto_find(up, par, i, &p) == i) cid[i] = (int)L->nantos++;
	}
	L->anto_names = calloc(L->nantos ? L->nantos : 1, sizeof *L->anto_names);
	if (!L->anto_names) goto done;
	for (int i = 0; i < n; i++) {
		int p, r = anto_find(up, par, i, &p);
		int k = i >= n0, qi = k ? i - n0 : i;
		const char *first[2] = {NULL, NULL};
		for (int side = 0; side < 2; side++) {
			char at[64];
			snprintf(at, sizeof at, "%s[%d][%d]", keys[k], qi, side);
			if ((rc = antonym_side(ld, cJSON_GetArrayItem(pairs[i], side), at, cid[r],
			                       side ^ p, &first[side])))
				goto done;
		}
		if (r == i) {
			char name[140];
			snprintf(name, sizeof name, "%s/%s", first[0], first[1]);
			if (!(L->anto_names[cid[r]] = own(L, name, strlen(name)))) {
				rc = SC_ENOMEM;
				goto done;
			}
		}
	}
	/* "opposite_idioms" (optional): fixed phrases whose words are not opposites ("à partir
	 * de", "high school"); loaded as antonym phrases without a pair (anto -2), so that a scan
	 * taking the longest phrase first (judge.c) skips their words */
	const cJSON *idi = cJSON_GetObjectItemCaseSensitive(root, "opposite_idioms");
	if (idi && !cJSON_IsArray(idi)) {
		rc = fail(ld, "opposite_idioms: expected an array of phrases");
		goto done;
	}
	if (idi) {
		const extra_t xi = {.anto = -2};
		int qi = 0;
		cJSON_ArrayForEach(e, idi)
		{
			char at[64];
			snprintf(at, sizeof at, "opposite_idioms[%d]", qi++);
			if (!cJSON_IsString(e) || !strchr(e->valuestring, ' ')) {
				rc = fail(ld, "%s: expected a phrase of several words", at);
				goto done;
			}
			if ((rc = add_entry(ld, e->valuestring, SC_LX_ANTONYM, &xi, at))) goto done;
		}
	}
	rc = SC_OK;
done:
	free(pairs);
	free(up);
	free(cid);
	free(par);
	free(wv);
	return rc;
}

/* The quantity frames: count classes ({"killed": [words], ...}, the class names those of
 * sc_cmp_qclass_name), the marker lists, and the optional ones. */
static int load_qframes(ld_t *ld, const cJSON *root)
{
	const cJSON *o, *e;
	int rc = member(ld, root, "count_classes", cJSON_IsObject, "an object", &o);
	if (rc) return rc;
	cJSON_ArrayForEach(e, o)
	{
		char at[96];
		snprintf(at, sizeof at, "count_classes.\"%s\"", e->string);
		int qc = sc_cmp_qclass(e->string);
		if (!qc) return fail(ld, "%s: unknown count class", at);
		if (!cJSON_IsArray(e)) return fail(ld, "%s: expected a list of words", at);
		const extra_t x = {.anto = -1, .qcls = qc, .qmark = SC_QM_COUNTED};
		if ((rc = word_list(ld, e, at, SC_LX_QFRAME, &x))) return rc;
	}
	/* the marker lists; the optional ones were added after the format was published: a
	 * lexicon directory written before them still loads, without the generic frames' two
	 * vetoes */
	static const struct {
		const char *key;
		int qmark, optional;
	} ql[] = {
	    {"update_cues", SC_QM_UPDATE, 0},    {"time_zones", SC_QM_TZ, 0},
	    {"several_words", SC_QM_SEVERAL, 0}, {"partial_markers", SC_QM_PARTIAL, 0},
	    {"count_heads", SC_QM_HEAD, 0},      {"cumulative_cues", SC_QM_CUMUL, 1},
	    {"measure_units", SC_QM_MEASURE, 1}, {"offset_anchors", SC_QM_OFFSET_AFTER, 1},
	    {"offset_now", SC_QM_OFFSET_NOW, 1}, {"offset_from_now", SC_QM_OFFSET_FROM_NOW, 1},
	    {"zero_quantifiers", SC_QM_ZERO, 1}, {"severity_words", SC_QM_SEVERE, 1},
	    {"sentence_verbs", SC_QM_SENTENCED, 1}, {"person_nouns", SC_QM_PERSON, 1},
	    {"rate_nouns", SC_QM_RATE, 1},       {"earlier_cues", SC_QM_EARLIER, 1},
	    {"clock_prepositions", SC_QM_CLOCK_PREP, 1}, {"clock_am", SC_QM_CLOCK_AM, 1},
	    {"clock_pm", SC_QM_CLOCK_PM, 1},     {"clock_lower", SC_QM_CLOCK_LOWER, 1},
	    {"clock_upper", SC_QM_CLOCK_UPPER, 1}, {"clock_near", SC_QM_CLOCK_NEAR, 1}};
	for (size_t k = 0; k < sizeof ql / sizeof ql[0]; k++) {
		if (!ql[k].optional) {
			if ((rc = member(ld, root, ql[k].key, cJSON_IsArray, "an array of strings",
			                 &o)))
				return rc;
		} else if (!(o = cJSON_GetObjectItemCaseSensitive(root, ql[k].key))) {
			continue;
		} else if (!cJSON_IsArray(o)) {
			return fail(ld, "%s: expected an array of strings", ql[k].key);
		}
		const extra_t x = {.anto = -1, .qmark = ql[k].qmark};
		if ((rc = word_list(ld, o, ql[k].key, SC_LX_QFRAME, &x))) return rc;
	}
	/* the claim layer's marker lists (statement.c), optional for the same reason: they share
	 * the frames' category (the 64 category bits are full) and carry their role in cmark */
	static const struct {
		const char *key;
		int cmark;
	} cl[] = {{"rumour_markers", SC_CM_RUMOUR},
	          {"fear_markers", SC_CM_FEAR},
	          {"charge_markers", SC_CM_CHARGE},
	          {"answer_verbs", SC_CM_ANSWER},
	          {"stance_ended", SC_CM_ENDED},
	          {"admission_verbs", SC_CM_ADMIT},
	          {"background_month_before", SC_CM_MONTH_BEFORE},
	          {"background_month_after", SC_CM_MONTH_AFTER},
	          {"pluperfect_auxiliaries", SC_CM_PLUPERFECT},
	          {"subject_pronouns", SC_CM_SUBJ_PRONOUN}};
	for (size_t k = 0; k < sizeof cl / sizeof cl[0]; k++) {
		if (!(o = cJSON_GetObjectItemCaseSensitive(root, cl[k].key))) continue;
		if (!cJSON_IsArray(o)) return fail(ld, "%s: expected an array of strings", cl[k].key);
		const extra_t x = {.anto = -1, .cmark = cl[k].cmark};
		if ((rc = word_list(ld, o, cl[k].key, SC_LX_QFRAME, &x))) return rc;
	}
	return SC_OK;
}

/* synonyms: lists of at least two words, a class each. */
static int load_synonyms(ld_t *ld, const cJSON *root)
{
	const cJSON *o, *e;
	int rc = member(ld, root, "synonyms", cJSON_IsArray, "an array", &o);
	if (rc) return rc;
	int si = 0;
	cJSON_ArrayForEach(e, o)
	{
		if (!cJSON_IsArray(e) || cJSON_GetArraySize(e) < 2)
			return fail(ld, "synonyms[%d]: expected a list of at least two words", si);
		char cls[32], at[32];
		snprintf(cls, sizeof cls,
		         "\x01"
		         "syn%d",
		         si);
		snprintf(at, sizeof at, "synonyms[%d]", si);
		const extra_t x = {.anto = -1, .cls = hkey(cls, strlen(cls))};
		if ((rc = word_list(ld, e, at, SC_LX_SYNONYM, &x))) return rc;
		si++;
	}
	return SC_OK;
}

/* One language file: the steps in the order their errors are reported. */
static int load_lang(sc_lxlang_t *L, const char *code, const char *text, size_t len, char *err,
                     size_t errlen)
{
	ld_t ld = {L, err, errlen};
	cJSON *root = cJSON_ParseWithLength(text, len);
	if (!root) {
		const char *at = cJSON_GetErrorPtr();
		size_t off = at && at >= text && at <= text + len ? (size_t)(at - text) : 0;
		size_t line = 1;
		for (size_t i = 0; i < off; i++)
			line += text[i] == '\n';
		return fail(&ld, "not valid JSON (near line %zu)", line);
	}
	int rc;
	if (!(rc = check_top(&ld, root, code)) && !(rc = load_raw(&ld, root)) &&
	    !(rc = load_words(&ld, root)) &&
	    !(rc = obj_map(&ld, root, "units_money", SC_LX_MONEY, map_money, NULL)) &&
	    !(rc = obj_map(&ld, root, "seasons", SC_LX_SEASON, map_season, NULL)) &&
	    !(rc = load_antonyms(&ld, root)) && !(rc = load_qframes(&ld, root)))
		rc = load_synonyms(&ld, root);
	cJSON_Delete(root);
	return rc;
}

static int phcmp(const void *a, const void *b)
{
	const lxphrase_t *x = a, *y = b;
	if (x->h[0] != y->h[0]) return x->h[0] < y->h[0] ? -1 : 1;
	return x->n > y->n ? -1 : x->n < y->n; /* longest first */
}

int sc_cmp_lex_load(sc_lexicon_t **out, const char *dir, char *err, size_t errlen)
{
	*out = NULL;
	sc_lexicon_t *lx = calloc(1, sizeof *lx);
	if (!lx) return SC_ENOMEM;
	static const char *const codes[2] = {"fr", "en"};
	int rc = SC_OK;
	char *text = NULL;
	for (int k = 0; k < 2; k++) {
		sc_lxlang_t *L = &lx->L[k];
		snprintf(L->code, sizeof L->code, "%s", codes[k]);
		size_t len;
		char path[4096];
		if (dir) {
			snprintf(path, sizeof path, "%s/%s.json", dir, codes[k]);
			rc = sc_read_file(path, &text, &len);
			if (rc) {
				if (err) snprintf(err, errlen, "%s: %s", path, rc == SC_EIO ? strerror(errno) : sc_strerror(rc));
				goto done;
			}
		} else {
			snprintf(path, sizeof path, "built-in %s.json", codes[k]);
			len = k ? sc_lexicon_en_len : sc_lexicon_fr_len;
			text = malloc(len + 1);
			if (!text) {
				rc = SC_ENOMEM;
				goto done;
			}
			memcpy(text, k ? sc_lexicon_en : sc_lexicon_fr, len);
		}
		if (!(L->file = own(L, path, strlen(path)))) {
			rc = SC_ENOMEM;
			goto done;
		}
		rc = load_lang(L, codes[k], text, len, err, errlen);
		free(text);
		text = NULL;
		if (rc) goto done;
		if (L->nph) qsort(L->ph, L->nph, sizeof *L->ph, phcmp);
		for (size_t i = 0; i < L->nph; i++) {
			uint64_t h = L->ph[i].h[0];
			if (tab_find(&L->phfirst, h) >= 0) continue;
			if ((L->phfirst.n + 1) * 2 > L->phfirst.cap && tab_grow(&L->phfirst)) {
				rc = SC_ENOMEM;
				goto done;
			}
			size_t j = h & (L->phfirst.cap - 1);
			while (L->phfirst.keys[j]) j = (j + 1) & (L->phfirst.cap - 1);
			L->phfirst.keys[j] = h;
			L->phfirst.vals[j] = (uint32_t)i;
			L->phfirst.n++;
		}
	}
	*out = lx;
	lx = NULL;
done:
	free(text);
	sc_cmp_lex_free(lx);
	return rc;
}

int sc_cmp_lex_stem(sc_lexicon_t *lx, sc_tokenizer_t *tok, char *err, size_t errlen)
{
	for (int k = 0; k < 2; k++) {
		sc_lxlang_t *L = &lx->L[k];
		for (size_t i = 0; i < L->npend; i++) {
			const lxpending_t *p = &L->pend[i];
			uint32_t sl = 0;
			const char *st = sc_sh_stem(tok, L->code, p->norm, (uint32_t)strlen(p->norm), &sl);
			if (!st || !sl) continue; /* nothing to stem: the surface entry still matches */
			long v = tab_get(L, &L->stem, hkey(st, sl));
			if (v < 0) return (int)v;
			sc_lxval_t *val = &L->vals[v];
			if (p->cls && val->cls && val->cls != p->cls) {
				if (err)
					snprintf(err, errlen,
					         "%s: %s: \"%s\" has the stem \"%.*s\" of \"%s\", which is in "
					         "another synonym class or antonym pair",
					         L->file, p->where, p->norm, (int)sl, st, val->word);
				return SC_EFORMAT;
			}
			/* the surface value holds the category's extras: copy them */
			long sv = tab_find(&L->surf, hkey(p->norm, strlen(p->norm)));
			extra_t x = {.anto = p->anto, .cls = p->cls};
			if (sv >= 0) {
				x.num = L->vals[sv].num;
				x.m0 = L->vals[sv].m0;
				x.m1 = L->vals[sv].m1;
				x.cur = L->vals[sv].cur;
				x.qcls = L->vals[sv].qcls;
				x.qmark = L->vals[sv].qmark;
				x.cmark = L->vals[sv].cmark;
			}
			apply(val, (int)p->cat, &x, sv >= 0 ? L->vals[sv].word : p->norm);
		}
	}
	return SC_OK;
}

void sc_cmp_lex_free(sc_lexicon_t *lx)
{
	if (!lx) return;
	for (int k = 0; k < 2; k++) {
		sc_lxlang_t *L = &lx->L[k];
		tab_free(&L->surf);
		tab_free(&L->stem);
		tab_free(&L->phfirst);
		free(L->vals);
		free(L->ph);
		free(L->pend);
		for (size_t i = 0; i < L->nstrs; i++) free(L->strs[i]);
		free(L->strs);
		free(L->abbrev);
		free(L->cond);
		free(L->adv);
		free(L->contr);
		free(L->part);
		free(L->alt);
		free(L->anto_names);
		sc_cmp_scan_free(&L->scan);
	}
	free(lx);
}

/* ------------------------------------------------------------------ lookups */
const sc_lxlang_t *sc_cmp_lex_lang(const sc_lexicon_t *lx, const char *lang)
{
	return lang && !strcmp(lang, "en") ? &lx->L[1] : &lx->L[0];
}


const sc_lxval_t *sc_cmp_lex_surface(const sc_lxlang_t *L, uint64_t h)
{
	long i = tab_find(&L->surf, h);
	return i < 0 ? NULL : &L->vals[i];
}

const sc_lxval_t *sc_cmp_lex_stemmed(const sc_lxlang_t *L, uint64_t h)
{
	long i = tab_find(&L->stem, h);
	return i < 0 ? NULL : &L->vals[i];
}


size_t sc_cmp_lex_phrases(const sc_lxlang_t *L, const uint64_t *h, size_t n,
                          const sc_lxval_t **vals, uint8_t *lens, size_t max)
{
	if (n < 2 || !L->nph || tab_find(&L->phfirst, h[0]) < 0) return 0;
	size_t lo, k = 0;
	SC_LOWER_BOUND(lo, L->nph, mid, L->ph[mid].h[0] < h[0]);
	for (size_t i = lo; i < L->nph && L->ph[i].h[0] == h[0] && k < max; i++) {
		const lxphrase_t *p = &L->ph[i];
		if (p->n > n) continue;
		size_t j = 1;
		while (j < p->n && p->h[j] == h[j]) j++;
		if (j < p->n) continue;
		vals[k] = &L->vals[p->val];
		lens[k++] = (uint8_t)p->n;
	}
	return k;
}

int sc_cmp_lex_is_abbrev(const sc_lxlang_t *L, const char *w, size_t n)
{
	for (size_t i = 0; i < L->nabbrev; i++)
		if (strlen(L->abbrev[i]) == n && !memcmp(L->abbrev[i], w, n)) return 1;
	return 0;
}

int sc_cmp_lex_time_word(const sc_lxlang_t *L, const char *w, size_t n)
{
	char low[32];
	if (!n || n >= sizeof low) return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c >= 0x80) return 0; /* the lists' time words are ASCII in English; none needed */
		low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	const sc_lxval_t *v = sc_cmp_lex_surface(L, hkey(low, n));
	return v && ((v->cats & (SC_LX_BIT(SC_LX_WEEKDAY) | SC_LX_BIT(SC_LX_MONTH))) ||
	             ((v->cats & SC_LX_BIT(SC_LX_QFRAME)) && (v->qmark & SC_QM_TZ)));
}

static int ends_with(const char *s, size_t n, const char *suf)
{
	size_t k = strlen(suf);
	return n > k && !memcmp(s + n - k, suf, k);
}

int sc_cmp_lex_conditional(const sc_lxlang_t *L, const char *norm, size_t n)
{
	if (n < 6) return 0; /* "trait", "rait": too short to be a conjugated verb */
	for (size_t i = 0; i < L->ncond; i++)
		if (ends_with(norm, n, L->cond[i])) return 1;
	return 0;
}

int sc_cmp_lex_adverb(const sc_lxlang_t *L, const char *norm, size_t n)
{
	for (size_t i = 0; i < L->nadv; i++)
		if (n >= strlen(L->adv[i]) + 3 && ends_with(norm, n, L->adv[i])) return 1;
	return 0;
}

int sc_cmp_lex_months_capitalised(const sc_lxlang_t *L) { return L->months_cap; }

int sc_cmp_lex_participle(const sc_lxlang_t *L, const char *norm, size_t n)
{
	for (size_t i = 0; i < L->npart; i++)
		if (n > strlen(L->part[i]) + 2 && ends_with(norm, n, L->part[i])) return 1;
	return 0;
}

size_t sc_cmp_lex_alternate(const sc_lxlang_t *L, const char *norm, size_t n, char *out,
                            size_t cap)
{
	for (size_t i = 0; i < L->nalt; i++) {
		size_t k = strlen(L->alt[i][0]), r = strlen(L->alt[i][1]);
		if (n <= k + 2 || !ends_with(norm, n, L->alt[i][0]) || n - k + r + 1 > cap) continue;
		memcpy(out, norm, n - k);
		memcpy(out + n - k, L->alt[i][1], r);
		out[n - k + r] = 0;
		return n - k + r;
	}
	return 0;
}

const char *sc_cmp_lex_antonym_name(const sc_lxlang_t *L, int32_t pair)
{
	return pair >= 0 && (size_t)pair < L->nantos ? L->anto_names[pair] : "";
}
