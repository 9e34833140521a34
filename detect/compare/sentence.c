/* sentence.c: splits an article into sentences, with byte offsets into the text as read.
 *
 * A rule-based splitter in the manner of Punkt's hand-written cousins (Kiss & Strunk 2006 learn
 * the abbreviation list; here it comes from the lexicon). A sentence ends:
 *  - after a run of terminators (. ! ? … and "...") and the closing quotes or brackets that
 *    follow them, when the next word does not start with a lower-case letter, unless
 *      . the period closes an abbreviation of the lexicon ("M.", "Mme", "U.S.", "av. J.-C."),
 *      . the period closes an initial ("J. R. R. Tolkien"),
 *      . the period has no space after it ("2.5", "lci.fr", "U.S.A."),
 *      . we are inside a « » or “ ” (or "...") quotation: a sentence that ends inside a
 *        quotation stays with the rest of it and with its attribution ("« ... . ... », a-t-il
 *        déclaré"), up to SC_SENT_MAXQUOTE bytes, after which the quotation is taken to be
 *        unbalanced and ignored;
 *  - at a blank line, always;
 *  - at a line break, unless the next line starts with a lower-case letter (a hard-wrapped
 *    line): headlines and list items without final punctuation are sentences of their own.
 * Decimal commas never end anything. Offsets are trimmed of surrounding white space. */
#include "cmp_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#define SC_SENT_MAXQUOTE 600

static utf8proc_int32_t cp(const char *s, size_t len, size_t i, size_t *cl)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
	if (k <= 0) {
		*cl = 1;
		return 0xFFFD;
	}
	*cl = (size_t)k;
	return c;
}

static int is_space(utf8proc_int32_t c)
{
	/* \v, \f and the Unicode space separators (Zs, Zl, Zp) too: a sentence is trimmed of
	 * every kind of space (found by fuzz_sentences: a form feed started a sentence) */
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' ||
	       c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x200B || c == 0xFEFF ||
	       (c > 0x7F && utf8proc_category(c) >= UTF8PROC_CATEGORY_ZS &&
	        utf8proc_category(c) <= UTF8PROC_CATEGORY_ZP);
}
static int is_hspace(utf8proc_int32_t c) { return is_space(c) && c != '\n'; }
static int is_lower(utf8proc_int32_t c) { return utf8proc_category(c) == UTF8PROC_CATEGORY_LL; }
static int is_upper(utf8proc_int32_t c)
{
	utf8proc_category_t k = utf8proc_category(c);
	return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}
static int is_open_quote(utf8proc_int32_t c) { return c == 0xAB || c == 0x201C || c == 0x201E; }
static int is_close_quote(utf8proc_int32_t c) { return c == 0xBB || c == 0x201D; }
static int is_closer(utf8proc_int32_t c)
{
	return is_close_quote(c) || c == '"' || c == ')' || c == ']' || c == 0x2019 || c == '\'' ||
	       c == '*' || c == '_';
}

static int push(sc_sent_t **out, size_t *cap, size_t *n, const char *s, size_t a, size_t b)
{
	while (a < b && is_space((unsigned char)s[a])) a++;
	/* trim multi-byte spaces too */
	for (;;) {
		size_t cl;
		if (a >= b) break;
		utf8proc_int32_t c = cp(s, b, a, &cl);
		if (!is_space(c)) break;
		a += cl;
	}
	while (b > a) {
		size_t k = b - 1;
		while (k > a && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
		size_t cl;
		if (!is_space(cp(s, b, k, &cl))) break;
		b = k;
	}
	if (a >= b) return SC_OK;
	if (*n == *cap) {
		size_t m = *cap ? *cap * 2 : 64;
		sc_sent_t *p = realloc(*out, m * sizeof *p);
		if (!p) return SC_ENOMEM;
		*out = p;
		*cap = m;
	}
	(*out)[*n].start = a;
	(*out)[*n].end = b;
	(*n)++;
	return SC_OK;
}

/* Whether the period at s[dot] closes an abbreviation or an initial. */
static int abbrev_before(const sc_lexicon_t *lx, const char *lang, const char *s, size_t start,
                         size_t dot)
{
	size_t a = dot;
	while (a > start) {
		size_t k = a - 1;
		while (k > start && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
		size_t cl;
		utf8proc_int32_t c = cp(s, dot, k, &cl);
		if (is_space(c) || c == '(' || c == '[' || is_open_quote(c) || c == '"' || c == '\'' ||
		    c == 0x2019 || c == '/')
			break;
		a = k;
	}
	if (a == dot) return 0;
	size_t n = dot - a;
	/* an initial: one upper-case letter */
	size_t cl;
	utf8proc_int32_t c = cp(s, dot, a, &cl);
	if (cl == n && is_upper(c)) return 1;
	/* an initialism of single capitals joined by periods ("L.A. Times", "U.N. Security
	 * Council", "D.C. police"): the last period is the initialism's */
	{
		size_t q = a, letters = 0;
		int ok = 1;
		while (q < dot && ok) {
			utf8proc_int32_t d = cp(s, dot, q, &cl);
			if (!is_upper(d)) ok = 0;
			q += cl;
			letters++;
			if (q < dot) {
				if (s[q] != '.') ok = 0;
				q++;
			}
		}
		if (ok && letters >= 2) return 1;
	}
	if (lang && (!strcmp(lang, "fr") || !strcmp(lang, "en")))
		return sc_cmp_lex_is_abbrev(sc_cmp_lex_lang(lx, lang), s + a, n);
	return sc_cmp_lex_is_abbrev(sc_cmp_lex_lang(lx, "fr"), s + a, n) ||
	       sc_cmp_lex_is_abbrev(sc_cmp_lex_lang(lx, "en"), s + a, n);
}

/* Whether the period at s[dot] closes a clock time's "a.m."/"p.m.", also written spaced ("1: 30
 * a. m.", as in scraped news), and the word at s[next] is a weekday, a month or a time zone
 * ("a. m. Feb. 1", "p. m. Friday", "p. m. ET"): the time goes on, the sentence does not end
 * (13 of 42 such clock times in the development news). */
static int clock_goes_on(const sc_lexicon_t *lx, const char *lang, const char *s, size_t len,
                         size_t start, size_t dot, size_t next)
{
	if (dot < start + 1 || (s[dot - 1] | 0x20) != 'm') return 0;
	size_t k = dot - 1; /* the "m" */
	if (k > start && s[k - 1] == '.') k--;
	else if (k > start + 1 && s[k - 1] == ' ' && s[k - 2] == '.') k -= 2;
	else return 0;
	/* k: the period after "a"/"p" */
	if (k < start + 1 || ((s[k - 1] | 0x20) != 'a' && (s[k - 1] | 0x20) != 'p')) return 0;
	if (k - 1 > start && !is_space((unsigned char)s[k - 2]) && !(s[k - 2] >= '0' && s[k - 2] <= '9'))
		return 0;
	size_t e = next;
	while (e < len && ((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z')) e++;
	if (e == next) return 0;
	const char *lg = lang && !strcmp(lang, "fr") ? "fr" : "en";
	if (sc_cmp_lex_time_word(sc_cmp_lex_lang(lx, lg), s + next, e - next)) return 1;
	/* "at 6 a.m. Orlet time", "at 9 p.m. local time" (review19b): a place's time */
	size_t t = e;
	while (t < len && s[t] == ' ')
		t++;
	return t > e && t + 4 <= len && !strncasecmp(s + t, "time", 4) &&
	       (t + 4 == len || !((s[t + 4] | 0x20) >= 'a' && (s[t + 4] | 0x20) <= 'z'));
}

/* "$27. 5 million", "a magnitude 7. 6 quake", "at 9. 25 am": a decimal point followed by one
 * space, as text converted from typeset pages often has it (58 times in the 644 real English
 * articles of ../shared/realnews), is no sentence end: one to three digits before the point,
 * one or two after it, then no digit. English only (French writes its decimals with a comma,
 * which ends nothing). A year before a point ("in 2005. 12 people ...") is too long to be
 * taken; a sentence opening on a one- or two-digit numeral after a number is rare in news
 * style, which spells such numbers out. quantity.c reads the figure whole (split_figure). */
static int decimal_cut(const char *lang, const char *s, size_t len, size_t start, size_t dot)
{
	if (!lang || strcmp(lang, "en")) return 0;
	size_t b = dot;
	while (b > start && s[b - 1] >= '0' && s[b - 1] <= '9')
		b--;
	if (dot - b < 1 || dot - b > 3 || (b > start && s[b - 1] == '.')) return 0;
	size_t e = dot + 2;
	while (e < len && s[e] >= '0' && s[e] <= '9')
		e++;
	return e - (dot + 2) >= 1 && e - (dot + 2) <= 2 &&
	       !(e + 1 < len && s[e] == '.' && s[e + 1] >= '0' && s[e + 1] <= '9');
}

/* The period at s[dot] closes a clock's "a.m."/"p.m." after a digit or a space ("at 11:40 p.m.
 * Police said ..."): an abbreviation of the lexicon, but one that ends a sentence unless the
 * time goes on (clock_goes_on decides); "at 2 a.m. Firefighters arrived" was one sentence
 * (review19). */
static int meridiem(const char *s, size_t start, size_t dot)
{
	if (dot < start + 3 || (s[dot - 1] | 0x20) != 'm' || s[dot - 2] != '.' ||
	    ((s[dot - 3] | 0x20) != 'a' && (s[dot - 3] | 0x20) != 'p'))
		return 0;
	return dot == start + 3 || s[dot - 4] == ' ' || (s[dot - 4] >= '0' && s[dot - 4] <= '9');
}

long sc_cmp_sentences(const sc_lexicon_t *lx, const char *s, size_t len, const char *lang,
                      sc_sent_t **out, size_t *cap)
{
	size_t n = 0, start = 0, i = 0;
	int depth = 0, ascii_open = 0;
	size_t quote_at = 0; /* where the outermost open quotation started */
	while (i < len) {
		size_t cl;
		utf8proc_int32_t c = cp(s, len, i, &cl);
		if (depth && i - quote_at > SC_SENT_MAXQUOTE) depth = 0, ascii_open = 0;
		if (c == '\n') {
			/* a blank line always ends; a single line break ends unless the text goes on
			 * in lower case */
			size_t j = i + 1, nl = 1;
			while (j < len) {
				size_t l2;
				utf8proc_int32_t d = cp(s, len, j, &l2);
				if (d == '\n') nl++;
				else if (!is_hspace(d)) break;
				j += l2;
			}
			size_t l2 = 0;
			utf8proc_int32_t d = j < len ? cp(s, len, j, &l2) : 0;
			if (nl >= 2 || !is_lower(d)) {
				if (push(out, cap, &n, s, start, i)) return SC_ENOMEM;
				start = j;
				depth = 0;
				ascii_open = 0;
			}
			i = j;
			continue;
		}
		if (is_open_quote(c)) {
			if (!depth) quote_at = i;
			depth++;
		} else if (is_close_quote(c)) {
			if (depth) depth--;
		} else if (c == '"') {
			if (ascii_open) {
				ascii_open = 0;
				if (depth) depth--;
			} else {
				/* opens when it follows a space or the start */
				size_t k = i;
				int opens = k == start;
				if (k > start) {
					size_t pk = k - 1;
					while (pk > start && ((unsigned char)s[pk] & 0xC0) == 0x80) pk--;
					size_t l2;
					utf8proc_int32_t p = cp(s, len, pk, &l2);
					opens = is_space(p) || p == '(' || p == ':' || p == '-';
				}
				if (opens) {
					ascii_open = 1;
					if (!depth) quote_at = i;
					depth++;
				}
			}
		}
		int term = c == '.' || c == '!' || c == '?' || c == 0x2026;
		if (!term) {
			i += cl;
			continue;
		}
		/* a run of terminators, then closers */
		size_t j = i, nterm = 0, ndots = 0;
		while (j < len) {
			size_t l2;
			utf8proc_int32_t d = cp(s, len, j, &l2);
			if (d == '.' || d == '!' || d == '?' || d == 0x2026) {
				nterm++;
				ndots += d == '.';
				j += l2;
				continue;
			}
			break;
		}
		size_t after_terms = j;
		while (j < len) {
			size_t l2;
			utf8proc_int32_t d = cp(s, len, j, &l2);
			if (is_hspace(d) && depth) {
				/* French typography: "fini. »" (a space before the closing guillemet) */
				size_t q = j + l2, l3 = 0;
				while (q < len && is_hspace(cp(s, len, q, &l3))) q += l3;
				if (q < len && is_close_quote(cp(s, len, q, &l3))) {
					j = q;
					continue;
				}
			}
			if (!is_closer(d)) break;
			if (is_close_quote(d) && depth) depth--;
			if (d == '"' && ascii_open) {
				ascii_open = 0;
				if (depth) depth--;
			}
			j += l2;
		}
		size_t end = j;
		/* what follows */
		size_t k = j;
		int spaced = 0;
		while (k < len) {
			size_t l2;
			utf8proc_int32_t d = cp(s, len, k, &l2);
			if (!is_hspace(d)) break;
			spaced = 1;
			k += l2;
		}
		size_t l2 = 0;
		utf8proc_int32_t next = k < len ? cp(s, len, k, &l2) : 0;
		int brk = 1;
		if (k >= len || next == '\n') brk = 0; /* the line break or the end decides */
		else if (!spaced) brk = 0;             /* "2.5", "lci.fr", "U.S.A." */
		else if (depth) brk = 0;               /* inside a quotation */
		else if (is_lower(next) || next == ',' || next == ';' || next == ':') brk = 0;
		else if (nterm == 1 && ndots == 1 && abbrev_before(lx, lang, s, start, i) &&
		         !meridiem(s, start, i))
			brk = 0;
		else if (nterm == 1 && ndots == 1 && clock_goes_on(lx, lang, s, len, start, i, k)) brk = 0;
		else if (nterm == 1 && ndots == 1 && end == i + 1 && k == end + 1 &&
		         decimal_cut(lang, s, len, start, i))
			brk = 0;
		if (brk) {
			if (push(out, cap, &n, s, start, end)) return SC_ENOMEM;
			start = k;
		}
		i = after_terms > i ? (end > after_terms ? end : after_terms) : i + cl;
	}
	if (push(out, cap, &n, s, start, len)) return SC_ENOMEM;
	return (long)n;
}
