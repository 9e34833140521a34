/* event.c: the event tier. Articles about the same event, by TF-IDF cosine and average linkage.
 *
 * Representation (Salton and Buckley 1988, "Term-weighting approaches in automatic text
 * retrieval"): each document is a vector over its content-word stems (the content view's
 * units: no stopwords, no elisions, at least two code points, Snowball stems), read from the
 * head of the text only (the first SC_DET_EVENT_HEAD content tokens, boilerplate left out:
 * the lead paragraphs carry the event, and a 900-word obituary then weighs like a short
 * report). A stem's weight is (1 + ln tf) * idf, idf = ln((N + 1) / (df + 1)) over the
 * corpus itself plus, for a document in its language, a built-in background table counted as
 * SC_DET_EVENT_BG_DOCS more documents (five articles cannot estimate IDF), where tf counts an occurrence capitalised away from the start of a sentence
 * (a name, a place, an outlet) SC_DET_EVENT_NAME_BOOST times: names tell two events of the
 * same kind apart, their template words do not. Each vector keeps its SC_DET_EVENT_TERMS
 * heaviest stems (memory: 8 bytes a stem) and is scaled to unit length, so that the
 * similarity of two documents is the cosine of their vectors.
 *
 * Candidates: an inverted index over each document's SC_DET_EVENT_KEYS heaviest stems (the
 * rarest, most repeated, capitalised ones). Two documents that share none of their heaviest
 * stems are rarely about one event. Posting lists are taken from the shortest up, and all
 * the pairs of each list emitted, until the next list would pass the candidate budget
 * (3/4 of SC_DET_EVENT_BUDGET(n)): then the longer lists (stems shared by very many
 * documents, i.e. the vocabulary of a topic, not of an event) are cut, and the run says so.
 * Small corpora (SC_DET_ALLPAIRS) compare every pair.
 *
 * Clustering: average-linkage agglomerative clustering (UPGMA, Sokal and Michener 1958) cut at
 * the threshold t = event_threshold: the two clusters with the highest mean cosine over their
 * cross pairs merge, while that mean reaches t. For unit vectors the mean cosine of the cross
 * pairs of A and B is exactly  <sum_A, sum_B> / (|A| |B|)  (the sums of the members' vectors),
 * so every cross pair counts with its exact cosine, compared or not, at the cost of one sparse
 * dot product; there is no chaining (a bridge pair between two groups is one pair among
 * |A||B|). Clusters are only compared when some candidate pair between them reaches t: when
 * none does, no mean can. Verified duplicate pairs (copies) are merged first, whatever their
 * cosine. Vetoes (detect.h "The event tier"): a year conflict, the time window, cohesion, and
 * the weekday rule (undated reports of two events naming different days). Every sparse
 * dot product (candidate pairs and cluster means) is counted against SC_DET_EVENT_BUDGET(n);
 * beyond it no further merge is tried, and the run says so.
 *
 * Dates (detect.h "Dates"): `published`, else a date written in the first lines of the text.
 */
#include "det_internal.h"
#include "sc_prim.h"

#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

/* A document's vector: n weights (unit length) in the order of their term ids, then the ids
 * as 16-bit codes (vec_ids): each id less the one before it (the first: less 0), or, when
 * that gap is 0xFFFF or more, 0xFFFF and the id's two halves. One block at w: n floats, then
 * nc codes. The ids of a vector are a few of the corpus's terms, spread over all of them
 * (gaps of ~500 at 1M generated documents, ~73 of ~60k terms): 2 bytes an id, not 4, and the
 * same ids and weights, so the same products in the same order (150 MiB less at 1M). */
typedef struct ev_vec_s {
	uint32_t n, nc;
	float *w;
} ev_vec_t;
#define EV_ESC 0xFFFFu
_Static_assert(SC_DET_EVENT_TERMS <= 1024, "vec_ids' buffers are on the stack");

static const uint16_t *vec_codes(const ev_vec_t *v)
{
	return (const uint16_t *)(v->w + v->n);
}

/* The id after id, from codes c at *k (moved past them) */
static inline uint32_t code_next(const uint16_t *c, uint32_t *k, uint32_t id)
{
	const uint32_t d = c[(*k)++];
	if (d != EV_ESC) return id + d;
	id = (uint32_t)c[*k] << 16 | c[*k + 1];
	*k += 2;
	return id;
}

/* v's term ids into buf (SC_DET_EVENT_TERMS of room), in increasing order; returns buf. */
static const uint32_t *vec_ids(const ev_vec_t *v, uint32_t *buf)
{
	if (!v->n) return buf; /* no block (w is NULL) */
	const uint16_t *c = vec_codes(v);
	uint32_t id = 0, k = 0;
	for (uint32_t j = 0; j < v->n; j++)
		buf[j] = id = code_next(c, &k, id);
	return buf;
}

/* The sum over n terms of w[j] times dense[id j], the ids decoded from their codes c as they
 * are read: vec_ids then dense_dot's loop fused (the same products in the same order, so the
 * same double), without the ids' round trip through a buffer. The products of a document's
 * vector with a scattered one are the event tier's most frequent operation (candidates'
 * cosines, the first round's and the merge loop's means, the report's cosines): at 1M
 * generated documents the decoding alone was 5% of the run's CPU. */
static double codes_dense_dot(const float *dense, const uint16_t *c, const float *w, uint32_t n)
{
	double s = 0.0;
	uint32_t id = 0, k = 0;
	for (uint32_t j = 0; j < n; j++) {
		id = code_next(c, &k, id);
		s += (double)dense[id] * w[j];
	}
	return s;
}

/* A cosine of unit vectors as the tier reports it: rounding can take a sum of float products
 * just past 1 or under 0. Every cosine (candidates, links, a pair of lone documents' mean)
 * goes through here, so that the same pair reads the same double wherever it is computed. */
static double cos_clamp(double c)
{
	return c > 1.0 ? 1.0 : c < 0.0 ? 0.0 : c;
}

/* dense_dot of v with the vector scattered in dense */
static double vec_dense_dot(const float *dense, const ev_vec_t *v)
{
	return v->n ? codes_dense_dot(dense, vec_codes(v), v->w, v->n) : 0.0;
}

/* vec_dense_dot of u and of v, the two sums taken side by side: each is the same products
 * added in the same order, so the same double, but the second's additions run while the
 * first's wait on theirs (a sum's chain of dependent additions bounded the candidates'
 * cosines once their vectors were fetched ahead). */
static void vec_dense_dot2(const float *dense, const ev_vec_t *u, const ev_vec_t *v, double *su,
                           double *sv)
{
	if (!u->n || !v->n) {
		*su = vec_dense_dot(dense, u);
		*sv = vec_dense_dot(dense, v);
		return;
	}
	const uint16_t *cu = vec_codes(u), *cv = vec_codes(v);
	const uint32_t m = u->n < v->n ? u->n : v->n;
	double s = 0.0, t = 0.0;
	uint32_t iu = 0, ku = 0, iv = 0, kv = 0, j = 0;
	for (; j < m; j++) {
		iu = code_next(cu, &ku, iu);
		iv = code_next(cv, &kv, iv);
		s += (double)dense[iu] * u->w[j];
		t += (double)dense[iv] * v->w[j];
	}
	for (uint32_t k = j; k < u->n; k++) {
		iu = code_next(cu, &ku, iu);
		s += (double)dense[iu] * u->w[k];
	}
	for (uint32_t k = j; k < v->n; k++) {
		iv = code_next(cv, &kv, iv);
		t += (double)dense[iv] * v->w[k];
	}
	*su = s;
	*sv = t;
}

/* v's weights into dense at its ids (w: v's own, or NULL for zeros) */
static void vec_scatter(float *dense, const ev_vec_t *v, const float *w)
{
	if (!v->n) return;
	const uint16_t *c = vec_codes(v);
	uint32_t id = 0, k = 0;
	for (uint32_t j = 0; j < v->n; j++) {
		id = code_next(c, &k, id);
		dense[id] = w ? w[j] : 0.0f;
	}
}

/* The codes of the n ids t[] (increasing) into out (NULL: only counted); returns their count.
 * all_esc: every id escaped (SC_DET_EV_ESC=1, for tests: the same vectors, 6 bytes an id). */
static uint32_t vec_encode(const uint32_t *t, uint32_t n, uint16_t *out, int all_esc)
{
	uint32_t k = 0, prev = 0;
	for (uint32_t j = 0; j < n; j++) {
		const uint32_t d = t[j] - prev;
		if (d < EV_ESC && !all_esc) {
			if (out) out[k] = (uint16_t)d;
			k++;
		} else {
			if (out) out[k] = EV_ESC, out[k + 1] = (uint16_t)(t[j] >> 16), out[k + 2] = (uint16_t)t[j];
			k += 3;
		}
		prev = t[j];
	}
	return k;
}

/* <v, v>: dot() of v with itself, the same products in the same order */
static double vec_self(const ev_vec_t *v)
{
	double s = 0.0;
	for (uint32_t j = 0; j < v->n; j++)
		s += (double)v->w[j] * v->w[j];
	return s;
}

/* A background table: sorted stem hashes and their df over n documents of language lang. */
typedef struct ev_bg_s {
	uint64_t *h;
	uint32_t *df;
	size_t len;
	double n;
	char lang[4];
} ev_bg_t;
/* the languages a run may hold tables for (built in, or SC_DET_EVENT_IDF) */
#define EV_BG_MAX 8

/* stem hash -> (df, id): open addressing, power-of-two size */
typedef struct tslot_s {
	uint64_t h; /* 0: empty (a stem hashing to 0 is stored as 1) */
	uint32_t df, id;
} tslot_t;

/* one stem of a document (det_internal.h): its hash, then its id; its count, then its weight */
typedef sc_det_evterm_t tf_t;

/* A stem of a document between counting and weighing (8 bytes, half of sc_det_evterm_t: every
 * document's list is held until df is complete, ~1 KB a generated document at 16 bytes a
 * stem). tf is a sum of 1s and name boosts, at most 2 SC_DET_EVENT_HEAD boosts: exact in 16
 * bits while the boost is a whole number. */
typedef struct ctf_s {
	uint32_t id;
	uint16_t tf, first;
} ctf_t;
/* Only the bound can be checked at compile time: C11 lets a floating constant into an integer
 * constant expression only as a cast's operand, so "the boost is whole" (2.0 in detect.h) is
 * checked by tests/test_detect_evterms.c (clang refuses the comparison of doubles here). */
_Static_assert((int)(SC_DET_EVENT_NAME_BOOST) * SC_DET_EVENT_HEAD < 65536,
               "ctf_t.tf holds a stem's boosted count");

typedef struct ev_wk_s {
	tf_t *a; /* job_weigh: one document's stems (id, weight, first) */
	size_t m;
	float *dense; /* nterms weights, all 0 between uses: one document's vector scattered */
} ev_wk_t;

/* sc_det_ev_cosine's cache: its callers ask for the edges in id order, many with one first
 * document in a row, whose vector stays scattered in dense (nterms floats) between calls.
 * Behind a pointer, so that the function keeps its const ev; one caller at a time (busy). */
typedef struct ev_cos_s {
	atomic_flag busy;
	uint32_t cur; /* the document scattered, UINT32_MAX: none */
	float *dense;
} ev_cos_t;

struct sc_det_ev_s {
	sc_det_doc_t *docs;
	size_t n;
	sc_tokenizer_t **tk;
	int nthreads;
	ev_wk_t *wk;
	ev_vec_t *v;
	char *pack; /* the vectors' blocks, one after another (vec_pack); NULL: one block each */
	tslot_t *tab;
	size_t ntab, nterms;
	size_t ndf;              /* documents counted in df: copies of earlier ones are not */
	ctf_t **ct;    /* counted, not yet weighed: per document its stems by id ... */
	uint32_t *cn;  /* ... and their count */
	uint64_t *hof; /* the stem hash of each id (the background table is by hash) */
	size_t mhof;
	uint64_t budget, spent;
	/* the background tables (see bg_load), at most one per language: a document is weighed
	 * with the table of its language, if any */
	ev_bg_t bg[EV_BG_MAX];
	int nbg;
	double bg_docs; /* SC_DET_EVENT_BG_DOCS, or SC_DET_EVENT_BG for measuring */
	/* SC_DET_EVENT_DF_OUT: the stems of the df table, by id, to write it out */
	char **stem_of;
	unsigned char *wday; /* per document: the weekday its text names (sc_det_text_weekday) */
	unsigned char *cited; /* per document: SC_DET_YEAR_CITES cited years (sc_det_text_years) */
	int window;           /* sc_det_ev_set_window: candidates' time blocks (0: years only) */
	ev_cos_t *cos;        /* sc_det_ev_cosine's scattered first document */
	int all_esc;          /* SC_DET_EV_ESC=1: every term id escaped in the vectors (vec_encode) */
	int id_shift;         /* while weighing: an id's top 8 bits are id >> id_shift (tw_sort) */
	/* per term id, while weighing (ev_idf): idf outside every table's language, idf_bg[t]
	 * inside the language of table bg[t] */
	double *idf, *idf_bg[EV_BG_MAX];
};

/* ------------------------------------------------------------------ dates */
int32_t sc_det_civil_day(int y, int m, int d)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1]) return SC_DET_NODAY;
	const int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (m == 2 && d == 29 && !leap) return SC_DET_NODAY;
	return (int32_t)sc_days_from_civil(y, m, d);
}

int32_t sc_det_parse_day(const char *s)
{
	int y, m, dd;
	char c1, c2;
	if (!s || sscanf(s, "%4d%c%2d%c%2d", &y, &c1, &m, &c2, &dd) != 5 || c1 != '-' || c2 != '-')
		return SC_DET_NODAY;
	return sc_det_civil_day(y, m, dd);
}

/* Month names and their usual abbreviations, English and French, lower case (UTF-8). */
static const struct {
	const char *s;
	int m;
} months[] = {
    {"january", 1},   {"jan", 1},       {"janvier", 1},  {"february", 2}, {"feb", 2},
    {"février", 2},   {"fevrier", 2},   {"march", 3},    {"mar", 3},      {"mars", 3},
    {"april", 4},     {"apr", 4},       {"avril", 4},    {"may", 5},      {"mai", 5},
    {"june", 6},      {"jun", 6},       {"juin", 6},     {"july", 7},     {"jul", 7},
    {"juillet", 7},   {"august", 8},    {"aug", 8},      {"août", 8},     {"aout", 8},
    {"september", 9}, {"sep", 9},       {"sept", 9},     {"septembre", 9}, {"october", 10},
    {"oct", 10},      {"octobre", 10},  {"november", 11}, {"nov", 11},    {"novembre", 11},
    {"december", 12}, {"dec", 12},      {"décembre", 12}, {"decembre", 12},
};

typedef struct dtok_s {
	const char *s;
	size_t len;
	int num; /* value when all digits (or digits + st/nd/rd/th/er), else -1 */
	int digits;
} dtok_t;

static int month_of(const dtok_t *t)
{
	char low[16];
	if (t->len >= sizeof low || t->num >= 0) return 0;
	for (size_t i = 0; i < t->len; i++) {
		unsigned char c = (unsigned char)t->s[i];
		low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	low[t->len] = '\0';
	/* "Décembre" capitalised: fold the 2-byte É to é */
	if (t->len >= 2 && (unsigned char)low[0] == 0xC3 && (unsigned char)low[1] == 0x89)
		low[1] = (char)0xA9;
	for (size_t i = 0; i < sizeof months / sizeof *months; i++)
		if (!strcmp(low, months[i].s)) return months[i].m;
	return 0;
}

static int is_year(const dtok_t *t)
{
	return t->digits == 4 && t->len == 4 && t->num >= SC_DET_YEAR_MIN && t->num <= SC_DET_YEAR_MAX;
}

/* The separator of two number tokens written "a / b", "a.b", "a - b" (spaces around it
 * allowed): '/', '.' or '-', else 0. */
static char num_sep(const dtok_t *a, const dtok_t *b)
{
	if (a->num < 0 || b->num < 0) return 0;
	char sep = 0;
	for (const char *p = a->s + a->len; p < b->s; p++) {
		if (*p == ' ') continue;
		if (sep || (*p != '/' && *p != '.' && *p != '-')) return 0;
		sep = *p;
	}
	return sep;
}

/* A time zone or clock word after four digits makes them a time: "2045 GMT", "0300 hrs". */
static int clock_zone(const dtok_t *t)
{
	static const char *const z[] = {"GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT",
	                                "BST", "CET", "CEST", "IST", "JST", "hrs", "hours", "local"};
	for (size_t i = 0; i < sizeof z / sizeof *z; i++)
		if (t->len == strlen(z[i]) && !strncmp(t->s, z[i], t->len)) return 1;
	return 0;
}

void sc_det_text_date(const char *text, size_t len, int32_t *day, int *year)
{
	dtok_t tok[160];
	size_t nt = 0;
	*day = SC_DET_NODAY;
	*year = 0;
	if (!text) return;
	if (len > SC_DET_DATE_BYTES) len = SC_DET_DATE_BYTES;
	/* ISO dates first: "2008-12-15" */
	for (size_t i = 0; i + 10 <= len; i++) {
		if ((i && text[i - 1] >= '0' && text[i - 1] <= '9') || text[i] < '1' || text[i] > '2')
			continue;
		int y, m, d;
		char c1, c2;
		if (sscanf(text + i, "%4d%c%2d%c%2d", &y, &c1, &m, &c2, &d) == 5 && c1 == '-' &&
		    c2 == '-' && y >= SC_DET_YEAR_MIN && y <= SC_DET_YEAR_MAX &&
		    (*day = sc_det_civil_day(y, m, d)) != SC_DET_NODAY) {
			*year = y;
			return;
		}
	}
	/* words: runs of letters (any byte >= 0x80 counts as a letter) or of digits */
	for (size_t i = 0; i < len && nt < sizeof tok / sizeof *tok;) {
		unsigned char c = (unsigned char)text[i];
		int dig = c >= '0' && c <= '9';
		int let = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
		if (!dig && !let) {
			i++;
			continue;
		}
		size_t j = i, nd = 0;
		while (j < len && ((unsigned char)text[j] >= '0' && (unsigned char)text[j] <= '9'))
			j++, nd++;
		if (nd) {
			/* ordinal suffix: 15th, 1st, 1er */
			size_t k = j;
			while (k < len && k - j < 2 &&
			       (((unsigned char)text[k] | 32) >= 'a' && ((unsigned char)text[k] | 32) <= 'z'))
				k++;
			if (k - j == 2 &&
			    (!strncmp(text + j, "st", 2) || !strncmp(text + j, "nd", 2) ||
			     !strncmp(text + j, "rd", 2) || !strncmp(text + j, "th", 2) ||
			     !strncmp(text + j, "er", 2)) &&
			    !(k < len && (((unsigned char)text[k] | 32) >= 'a' && ((unsigned char)text[k] | 32) <= 'z')))
				j = k;
			int v = 0;
			for (size_t x = i; x < i + nd && nd <= 6; x++)
				v = v * 10 + (text[x] - '0');
			/* a digit run glued to letters is no number ("5G") */
			if (j < len && ((((unsigned char)text[j] | 32) >= 'a' &&
			                 ((unsigned char)text[j] | 32) <= 'z') || (unsigned char)text[j] >= 0x80))
				v = -1;
			tok[nt++] = (dtok_t){text + i, j - i, nd <= 6 ? v : -1, (int)nd};
		} else {
			while (j < len && ((((unsigned char)text[j] | 32) >= 'a' &&
			                    ((unsigned char)text[j] | 32) <= 'z') ||
			                   (unsigned char)text[j] >= 0x80))
				j++;
			tok[nt++] = (dtok_t){text + i, j - i, -1, 0};
		}
		i = j;
	}
	/* "December 15th, 2008", "Dec. 15 2008"; "15 December 2008", "1er mai 2008" */
	for (size_t i = 0; i + 2 < nt; i++) {
		int m, d, y;
		if ((m = month_of(&tok[i])) && tok[i + 1].num >= 1 && tok[i + 1].digits <= 2 &&
		    is_year(&tok[i + 2]))
			d = tok[i + 1].num, y = tok[i + 2].num;
		else if (tok[i].num >= 1 && tok[i].digits <= 2 && (m = month_of(&tok[i + 1])) &&
		         is_year(&tok[i + 2]))
			d = tok[i].num, y = tok[i + 2].num;
		else
			continue;
		int32_t dd = sc_det_civil_day(y, m, d);
		if (dd != SC_DET_NODAY) {
			*day = dd;
			*year = y;
			return;
		}
	}
	/* numeric dates: "2 / 3 / 2009", "14.09.2013", "2012 - 04 - 04" (a 2-digit year, "12/16/08",
	 * is not read: its century is a guess, and "4/2/07" may be a score or a fraction) */
	for (size_t i = 0; i + 2 < nt; i++) {
		int y, m, d;
		const dtok_t *a = &tok[i], *b = &tok[i + 1], *c = &tok[i + 2];
		const char sep = num_sep(a, b);
		if (!sep || num_sep(b, c) != sep || a->num < 1 || b->num < 1 || c->num < 0) continue;
		if (is_year(a) && b->digits <= 2 && c->digits <= 2) {
			y = a->num, m = b->num, d = c->num; /* year first: always y-m-d */
		} else if (a->digits <= 2 && b->digits <= 2 && is_year(c)) {
			y = c->num;
			/* day first or month first: dots are written day first ("08.07.2012"); with
			 * slashes or dashes only a part over 12 tells, and when both could be the
			 * month (and differ), the year alone is known */
			if (sep == '.' || (a->num > 12 && b->num <= 12))
				d = a->num, m = b->num;
			else if (b->num > 12 && a->num <= 12)
				m = a->num, d = b->num;
			else if (a->num == b->num)
				m = d = a->num;
			else {
				if (sc_det_civil_day(y, a->num, b->num) == SC_DET_NODAY &&
				    sc_det_civil_day(y, b->num, a->num) == SC_DET_NODAY)
					continue;
				*year = y;
				return;
			}
		} else
			continue;
		int32_t dd = sc_det_civil_day(y, m, d);
		if (dd != SC_DET_NODAY) {
			*day = dd;
			*year = y;
			return;
		}
	}
	/* a year alone, early in the text (a dateline "2008", "in March 2008"), but not a
	 * decade ("1980's style", "the 1990s") nor a clock time ("at 2045 GMT") */
	for (size_t i = 0; i < nt; i++) {
		if (!is_year(&tok[i]) || (size_t)(tok[i].s - text) >= SC_DET_YEAR_BYTES) continue;
		const char *e = tok[i].s + tok[i].len, *end = text + len;
		if (e < end && (*e == 's' || (*e == '\'' && e + 1 < end && e[1] == 's'))) continue;
		if (i + 1 < nt && clock_zone(&tok[i + 1])) continue;
		*year = tok[i].num;
		return;
	}
}

/* Days from the Unix epoch to a year (for a "published" day). */
static int year_of_day(int32_t day)
{
	int64_t y;
	sc_civil_from_days(day, &y, NULL, NULL);
	return (int)y;
}

void sc_det_doc_date(sc_det_doc_t *x)
{
	int32_t day = sc_det_parse_day(x->doc.published);
	if (day != SC_DET_NODAY) {
		x->day = day;
		x->year = year_of_day(day);
		x->date_source = SC_DATE_PUBLISHED;
		return;
	}
	int y;
	sc_det_text_date(x->doc.text, x->doc.text ? x->doc.len : 0, &day, &y);
	x->day = day;
	x->year = y;
	x->date_source = day != SC_DET_NODAY ? SC_DATE_TEXT : y ? SC_DATE_TEXT_YEAR : SC_DATE_NONE;
}

/* Weekday names, English and French, lower case; index % 7 + 1 is the day (1 Monday). */
static const char *const wdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                    "saturday", "sunday", "lundi", "mardi", "mercredi",
                                    "jeudi", "vendredi", "samedi", "dimanche"};

static int ascii_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int sc_det_text_weekday(const char *text, size_t len, const sc_span_t *skip, size_t nskip)
{
	if (!text) return 0;
	if (len > SC_DET_WEEKDAY_BYTES) len = SC_DET_WEEKDAY_BYTES;
	size_t si = 0;
	for (size_t i = 0; i < len;) {
		if (!ascii_letter((unsigned char)text[i])) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < len && ascii_letter((unsigned char)text[j]))
			j++;
		/* a word glued to other letters (UTF-8 bytes) is not a weekday name */
		const int glued = (i && (unsigned char)text[i - 1] >= 0x80) ||
		                  (j < len && (unsigned char)text[j] >= 0x80);
		while (si < nskip && skip[si].end <= i)
			si++;
		const int boiler = si < nskip && skip[si].start < j;
		int wd = 0;
		char low[12];
		if (!glued && !boiler && j - i >= 5 && j - i < sizeof low) {
			for (size_t k = i; k < j; k++)
				low[k - i] = (char)((unsigned char)text[k] | 32);
			low[j - i] = '\0';
			/* the first letter first: most words are no weekday, and a strcmp with each
			 * of the 14 names was ~8% of the vectors' pass (100k generated docs) */
			for (size_t k = 0; k < sizeof wdays / sizeof *wdays && !wd; k++)
				if (low[0] == wdays[k][0] && !strcmp(low, wdays[k]))
					wd = (int)(k % 7) + 1;
		}
		if (wd) {
			/* a dateline ("Tuesday, March 3, 2009", "mardi 3 mars") dates the report, not
			 * the event: a weekday followed by a number or a month name is skipped */
			size_t k = j;
			while (k < len && (text[k] == ' ' || text[k] == ',' || text[k] == '.'))
				k++;
			size_t e = k;
			while (e < len && (ascii_letter((unsigned char)text[e]) ||
			                   (unsigned char)text[e] >= 0x80))
				e++;
			const dtok_t next = {text + k, e - k, -1, 0};
			if (!(k < len && text[k] >= '0' && text[k] <= '9') && !(e > k && month_of(&next)))
				return wd;
		}
		i = j;
	}
	return 0;
}

/* SC_DET_EVENT_CITE: "off" (no cited years: the year veto on dates alone) or a number of bytes
 * read instead of SC_DET_YEAR_CITE_BYTES, for measuring the rule (bench/eval_events.py --grid
 * env:SC_DET_EVENT_CITE=...). */
static long cite_bytes(void)
{
	const char *e = getenv("SC_DET_EVENT_CITE");
	if (e && !strcmp(e, "off")) return 0;
	long b;
	if (e && sscanf(e, "%ld", &b) == 1 && b >= 0) return b;
	return SC_DET_YEAR_CITE_BYTES;
}

/* Whether the word before text[i] (one "the" skipped) is "since" or "depuis": "the worst
 * flooding since 2019", "for the first time since 2005" compare with a point in the past, they
 * do not follow up an event of that year (doc/events.md, session 6: all 7 "since YEAR" in the
 * first 1000 bytes of the ECB+ dev articles, 6 topics, name no event of the report's topic). */
static int after_since(const char *text, size_t i)
{
	size_t b = i;
	for (int w = 0; w < 2; w++) {
		while (b && text[b - 1] == ' ')
			b--;
		size_t a = b;
		while (a && ascii_letter((unsigned char)text[a - 1]))
			a--;
		if ((b - a == 5 && !strncasecmp(text + a, "since", 5)) ||
		    (b - a == 6 && !strncasecmp(text + a, "depuis", 6)))
			return 1;
		if (!(b - a == 3 && !strncasecmp(text + a, "the", 3))) return 0;
		b = a;
	}
	return 0;
}

int sc_det_text_years(const char *text, size_t len, unsigned char out[SC_DET_YEAR_CITES])
{
	int n = 0;
	memset(out, 0, SC_DET_YEAR_CITES);
	if (!text) return 0;
	const long cap = cite_bytes();
	if (len > (size_t)cap) len = (size_t)cap;
	for (size_t i = 0; i < len && n < SC_DET_YEAR_CITES;) {
		if (text[i] < '0' || text[i] > '9') {
			i++;
			continue;
		}
		size_t j = i;
		while (j < len && text[j] >= '0' && text[j] <= '9')
			j++;
		const int y = j - i == 4 ? atoi(text + i) : 0;
		const int glued =
		    (i && ascii_letter((unsigned char)text[i - 1])) ||
		    (j < len && (ascii_letter((unsigned char)text[j]) ||
		                 (text[j] == '\'' && j + 1 < len && text[j + 1] == 's')));
		if (y >= SC_DET_YEAR_MIN && y <= SC_DET_YEAR_MAX && !glued) {
			/* a clock time: "2045 GMT" */
			size_t k = j;
			while (k < len && text[k] == ' ')
				k++;
			size_t e = k;
			while (e < len && ascii_letter((unsigned char)text[e]))
				e++;
			const dtok_t next = {text + k, e - k, -1, 0};
			const unsigned char v = (unsigned char)(y - SC_DET_YEAR_MIN + 1);
			int seen = 0;
			for (int x = 0; x < n; x++)
				seen |= out[x] == v;
			if (!(e > k && clock_zone(&next)) && !seen && !after_since(text, i)) out[n++] = v;
		}
		i = j;
	}
	return n;
}

const char *sc_det_date_source_name(int s)
{
	return s == SC_DATE_PUBLISHED ? "published"
	       : s == SC_DATE_TEXT    ? "text"
	       : s == SC_DATE_TEXT_YEAR ? "text-year"
	                              : "none";
}

/* ------------------------------------------------------------- vectors */
static int sentence_start(const char *text, size_t at)
{
	while (at > 0) {
		unsigned char c = (unsigned char)text[at - 1];
		if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(' || c == '\r') {
			at--;
			continue;
		}
		/* closing/opening typographic quotes and guillemets (UTF-8 tails) */
		if (c >= 0x80 && at >= 2 && ((unsigned char)text[at - 2] >= 0x80)) {
			const unsigned char *p = (const unsigned char *)text + at;
			if ((at >= 3 && p[-3] == 0xE2 && p[-2] == 0x80 &&
			     (p[-1] == 0x9C || p[-1] == 0x9D || p[-1] == 0x98 || p[-1] == 0x99)) ||
			    (p[-2] == 0xC2 && (p[-1] == 0xAB || p[-1] == 0xBB))) {
				at -= p[-2] == 0xC2 ? 2 : 3;
				continue;
			}
		}
		return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';';
	}
	return 1;
}

static unsigned codepoints(const char *s, uint32_t n)
{
	unsigned c = 0;
	for (uint32_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/* EV_SORT(T, a, n, LESS): sorts a[0 .. n) of type T in place by LESS(x, y) (x, y: T values, a
 * strict total order), by Shell's sort with Ciura's gaps (past 701, each 2.25 times the last).
 * For the tier's short lists (a long head's stems by weight, a cluster's neighbours: tens to
 * hundreds; a head's stems by hash and a vector's terms by id have their own, tf_sort and
 * tw_sort), where qsort's call through its comparator at each step cost more than the
 * comparisons: at 100k generated documents ~14% of the vectors' pass and ~10% of the merge
 * loop's offers. The orders are total, so the array is the one qsort (a stable merge sort in
 * glibc) left, to the byte. */
static const size_t ev_gaps[] = {1035711, 460316, 204585, 90927, 40412, 17961, 7983, 3548, 1577,
                                 701,     301,    132,    57,    23,    10,    4,    1};
#define EV_SORT(T, a, n, LESS)                                                                     \
	do {                                                                                       \
		T *ev_a_ = (a);                                                                    \
		const size_t ev_n_ = (n);                                                          \
		for (size_t ev_g_ = 0; ev_g_ < sizeof ev_gaps / sizeof *ev_gaps; ev_g_++) {        \
			const size_t gap_ = ev_gaps[ev_g_];                                        \
			for (size_t i_ = gap_; i_ < ev_n_; i_++) {                                 \
				const T x_ = ev_a_[i_];                                            \
				size_t j_ = i_;                                                    \
				for (; j_ >= gap_ && LESS(x_, ev_a_[j_ - gap_]); j_ -= gap_)       \
					ev_a_[j_] = ev_a_[j_ - gap_];                              \
				ev_a_[j_] = x_;                                                    \
			}                                                                          \
		}                                                                                  \
	} while (0)

/* EV_BUCKET_SORT(name, T, KEY, LESS) defines static void name(const T *a, T *b, size_t n, int
 * shift): a[0 .. n) into b, sorted by LESS (a strict total order that KEY's top bits follow).
 * A counting pass on the bucket KEY(x) >> shift (which must be below 256), in occurrence order,
 * then an insertion sort finishes within the buckets. For keys spread evenly over their bits
 * (stem hashes, term ids): each entry lands within its bucket of its place. Used for a head's
 * stems by hash (tf_sort) and a vector's terms by id (tw_sort), where EV_SORT's Shell sort
 * mispredicted most branches on keys in hash order. */
#define EV_BUCKET_SORT(name, T, KEY, LESS)                                                         \
	static void name(const T *a, T *b, size_t n, int shift)                                    \
	{                                                                                          \
		uint32_t at[256] = {0};                                                            \
		for (size_t i = 0; i < n; i++)                                                     \
			at[KEY(a[i]) >> shift]++;                                                  \
		for (uint32_t k = 0, sum = 0; k < 256; k++) {                                      \
			const uint32_t c = at[k];                                                  \
			at[k] = sum;                                                               \
			sum += c;                                                                  \
		}                                                                                  \
		for (size_t i = 0; i < n; i++)                                                     \
			b[at[KEY(a[i]) >> shift]++] = a[i];                                        \
		for (size_t i = 1; i < n; i++) {                                                   \
			const T x = b[i];                                                          \
			size_t j = i;                                                              \
			for (; j > 0 && LESS(x, b[j - 1]); j--)                                    \
				b[j] = b[j - 1];                                                   \
			b[j] = x;                                                                  \
		}                                                                                  \
	}
#define EV_U32_LESS(x, y) ((x) < (y))
/* by hash, then first occurrence: qsort by hash alone left equal hashes in their order (it is
 * stable), which is that of first */
#define EV_TF_H_LESS(x, y) ((x).h < (y).h || ((x).h == (y).h && (x).first < (y).first))

static tslot_t *tab_find(const sc_det_ev_t *ev, uint64_t h);

/* A stem's key in the df table and the background table (0 is the empty slot). */
static uint64_t stem_hash(const char *s, size_t len)
{
	const uint64_t h = XXH3_64bits(s, len);
	return h ? h : 1;
}

/* sc_det_ev_terms_cache: per worker, the stem hash of a word already met, by its token's hash
 * (sc_token_t.hash, XXH3 of the normalised form, which the tokeniser computes anyway) and
 * checked against the word's bytes and the document's language, so that a hit is the word
 * sc_sh_stem would have stemmed. Snowball's own cache (sh_token.c) hashes the word again and
 * then the stem is hashed: both were ~12% of the vectors' step (perf, 100k generated
 * documents). A direct-mapped table, as sh_token.c's; words of EV_HC_SHORT bytes or more are
 * stemmed each time. */
enum { EV_HC_SLOTS = 16384, EV_HC_SHORT = 27, EV_HC_AHEAD = 4 };
typedef struct ev_hce_s {
	uint64_t key;  /* the token's hash; 0 = empty */
	uint64_t h;    /* stem_hash of its stem */
	uint32_t lang; /* the document's language's bytes (ev_lang_key) */
	unsigned char nlen;
	char norm[EV_HC_SHORT];
} ev_hce_t;
struct sc_det_ev_hc_s {
	ev_hce_t e[EV_HC_SLOTS];
};

void sc_det_ev_terms_cache(sc_det_evterms_t *w)
{
	if (!w->hc) w->hc = calloc(1, sizeof *w->hc);
}

static uint32_t ev_lang_key(const char *lang)
{
	uint32_t k = 0;
	for (int i = 0; i < 3 && lang[i]; i++)
		k |= (uint32_t)(unsigned char)lang[i] << (8 * i);
	return k;
}

/* w->a[0 .. w->n) sorted by EV_TF_H_LESS into w->a[w->n .. 2 w->n) (w->a grown to hold both),
 * which it returns (NULL: out of memory). The hashes are XXH3's, uniform: a counting pass on
 * their top byte puts each list (a head's ~100 stems, at most SC_DET_EVENT_HEAD) within a
 * bucket of its place, in occurrence order, and an insertion sort finishes within the
 * buckets. EV_SORT's Shell sort here was ~12% of the vectors' step (perf, 100k generated
 * documents), mostly moving 16-byte entries; the order is the same total order, so the same
 * list. */
#define EV_TF_KEY(x) ((x).h)
EV_BUCKET_SORT(tf_bucket_sort, tf_t, EV_TF_KEY, EV_TF_H_LESS)
static const tf_t *tf_sort(sc_det_evterms_t *w)
{
	const size_t n = w->n;
	if (w->m < 2 * n) {
		tf_t *a = realloc(w->a, 2 * n * sizeof *a);
		if (!a) return NULL;
		w->a = a;
		w->m = 2 * n;
	}
	tf_t *b = w->a + n;
	tf_bucket_sort(w->a, b, n, 56);
	return b;
}

/* *h: the stem hash of token t of a document in language lang (x->doc.lang), through the
 * cache hc (or NULL). keep: see head_stems (it needs the stem's bytes: no cache then). */
static int token_stem(sc_tokenizer_t *tk, const char *lang, struct sc_det_ev_hc_s *hc,
                      sc_det_ev_t *keep, const sc_token_t *t, uint64_t *h)
{
	ev_hce_t *e = NULL;
	const uint32_t lk = ev_lang_key(lang);
	if (hc && t->hash && t->nlen < EV_HC_SHORT) {
		e = &hc->e[(t->hash >> 40) & (EV_HC_SLOTS - 1)];
		if (e->key == t->hash && e->lang == lk && e->nlen == t->nlen &&
		    !memcmp(e->norm, t->norm, t->nlen)) {
			*h = e->h;
			return SC_OK;
		}
	}
	uint32_t slen;
	const char *st = sc_sh_stem(tk, lang[0] ? lang : "fr", t->norm, t->nlen, &slen);
	if (!st) return SC_ENOMEM;
	*h = stem_hash(st, slen);
	if (e) {
		e->key = t->hash, e->h = *h, e->lang = lk, e->nlen = (unsigned char)t->nlen;
		memcpy(e->norm, t->norm, t->nlen);
	}
	if (keep) {
		const tslot_t *s = tab_find(keep, *h);
		if (s->h && !keep->stem_of[s->id] && !(keep->stem_of[s->id] = strndup(st, slen)))
			return SC_ENOMEM;
	}
	return SC_OK;
}

/* The head's content stems of document x with their (boosted) counts, sorted by hash and
 * merged, into w->a[0 .. return) (grown as needed). keep (or NULL): a df table whose stems'
 * strings are recorded (df_write). */
static long head_stems(sc_tokenizer_t *tk, const sc_det_doc_t *x, sc_det_evterms_t *w,
                       sc_det_ev_t *keep)
{
	const sc_token_t *toks;
	const char *text = x->doc.text ? x->doc.text : "";
	const size_t len = x->doc.text ? x->doc.len : 0;
	const char *lang = x->doc.lang[0] ? x->doc.lang : "";
	long nt = sc_sh_tokenize(tk, text, len, lang, &toks);
	if (nt < 0) return nt;
	w->n = 0;
	size_t bi = 0, kept = 0;
	for (long i = 0; i < nt && kept < SC_DET_EVENT_HEAD; i++) {
		const sc_token_t *t = &toks[i];
		/* the cache's slot of a token ahead: a hit waited on it (~half of this loop's own
		 * time, perf at 100k generated documents) */
		if (w->hc && i + EV_HC_AHEAD < nt) {
			const char *slot =
			    (const char *)&w->hc
			        ->e[(toks[i + EV_HC_AHEAD].hash >> 40) & (EV_HC_SLOTS - 1)];
			__builtin_prefetch(slot);
			__builtin_prefetch(slot + sizeof(ev_hce_t) - 1);
		}
		while (bi < x->nboiler && x->boiler[bi].end <= t->start)
			bi++;
		if (bi < x->nboiler && x->boiler[bi].start < t->end) continue;
		if (t->flags & (SC_TOK_STOP | SC_TOK_ELIDED)) continue;
		if (codepoints(t->norm, t->nlen) < 2) continue;
		uint64_t h;
		const int rc = token_stem(tk, lang, keep ? NULL : w->hc, keep, t, &h);
		if (rc) return rc;
		float b = 1.0f;
		if ((t->flags & SC_TOK_CAP) && !(t->flags & SC_TOK_NUM) && !sentence_start(text, t->start))
			b = (float)SC_DET_EVENT_NAME_BOOST;
		if (w->n == w->m) {
			size_t m = w->m ? 2 * w->m : 256;
			tf_t *a = realloc(w->a, m * sizeof *a);
			if (!a) return SC_ENOMEM;
			w->a = a;
			w->m = m;
		}
		w->a[w->n++] = (tf_t){h, b, (uint32_t)kept};
		kept++;
	}
	const tf_t *sorted = w->n ? tf_sort(w) : w->a;
	if (w->n && !sorted) return SC_ENOMEM;
	size_t m = 0;
	for (size_t i = 0; i < w->n; i++) {
		if (m && w->a[m - 1].h == sorted[i].h) {
			w->a[m - 1].tf += sorted[i].tf;
			if (sorted[i].first < w->a[m - 1].first)
				w->a[m - 1].first = sorted[i].first;
		} else {
			w->a[m++] = sorted[i];
		}
	}
	w->n = m;
	return (long)m;
}

long sc_det_ev_terms(sc_tokenizer_t *tk, const sc_det_doc_t *doc, sc_det_evterms_t *out)
{
	const long m = head_stems(tk, doc, out, NULL);
	if (m >= 0) {
		out->wday = sc_det_text_weekday(doc->doc.text, doc->doc.text ? doc->doc.len : 0,
		                                doc->boiler, doc->nboiler);
		sc_det_text_years(doc->doc.text, doc->doc.text ? doc->doc.len : 0, out->cited);
	}
	return m;
}

static tslot_t *tab_find(const sc_det_ev_t *ev, uint64_t h)
{
	size_t mask = ev->ntab - 1, i = (size_t)(h ^ (h >> 29)) & mask;
	while (ev->tab[i].h && ev->tab[i].h != h)
		i = (i + 1) & mask;
	return &ev->tab[i];
}

static int tab_grow(sc_det_ev_t *ev)
{
	size_t old = ev->ntab;
	tslot_t *ot = ev->tab;
	ev->ntab = old ? 2 * old : 1 << 16;
	if (!(ev->tab = calloc(ev->ntab, sizeof *ev->tab))) {
		ev->tab = ot;
		ev->ntab = old;
		return SC_ENOMEM;
	}
	for (size_t i = 0; i < old; i++)
		if (ot[i].h) *tab_find(ev, ot[i].h) = ot[i];
	free(ot);
	return SC_OK;
}

/* heavier first (tf holds the weight here), then first occurrence */
#define EV_WEIGHT_LESS(x, y) ((x).tf > (y).tf || ((x).tf == (y).tf && (x).first < (y).first))

typedef struct tw_s {
	uint32_t t;
	float w;
} tw_t;
#define EV_TW_LESS(x, y) ((x).t < (y).t)

/* a[0 .. n) (distinct ids) sorted by id into b: a counting pass on the ids' top byte (id >>
 * shift, shift from the number of terms: ev->id_shift), then an insertion sort within the
 * buckets. The ids come in stem-hash order, so EV_SORT's Shell sort mispredicted most of its
 * branches: ~60% of the weighing (perf, 100k generated documents). Ids of frequent stems are
 * low, so the first buckets hold more than their share; the insertion sort stays short. */
#define EV_TW_KEY(x) ((x).t)
EV_BUCKET_SORT(tw_sort, tw_t, EV_TW_KEY, EV_TW_LESS)

/* The table's df of a stem hash (0 when absent). */
static double bg_df(const ev_bg_t *t, uint64_t h)
{
	size_t lo = 0, hi = t->len;
	while (lo < hi) {
		const size_t mid = lo + (hi - lo) / 2;
		if (t->h[mid] < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < t->len && t->h[lo] == h ? (double)t->df[lo] : 0.0;
}

/* The table of a document's language, or NULL. */
static const ev_bg_t *bg_for(const sc_det_ev_t *ev, const char *lang)
{
	for (int i = 0; i < ev->nbg; i++)
		if (!strcmp(ev->bg[i].lang, lang)) return &ev->bg[i];
	return NULL;
}

typedef struct bgrow_s {
	uint64_t h;
	uint32_t df;
} bgrow_t;
static int cmp_bgrow(const void *x, const void *y)
{
	const bgrow_t *a = x, *b = y;
	return a->h < b->h ? -1 : a->h > b->h;
}

/* Reads a background table (detect.h "The event tier"): a first line "lang<TAB>documents",
 * then "stem<TAB>df" lines, into *t (zeroed first). Returns SC_OK (a malformed table is no
 * table: t->n stays 0), or SC_ENOMEM. */
static int bg_parse(ev_bg_t *t, const char *s, size_t len)
{
	*t = (ev_bg_t){0};
	const char *end = s + len, *nl = memchr(s, '\n', len);
	char lang[4] = "", head[64];
	double docs = 0;
	/* the first line, NUL-terminated (the buffer is not) */
	if (!nl || (size_t)(nl - s) >= sizeof head) return SC_OK;
	memcpy(head, s, (size_t)(nl - s));
	head[nl - s] = '\0';
	/* "nan" or "inf" would make every weight of the language NaN or 0 and the tier find
	 * nothing (fuzz_idf, house12): a count that is not a finite number is no table */
	if (sscanf(head, "%3[a-z]\t%lf", lang, &docs) != 2 || !isfinite(docs) || docs < 1)
		return SC_OK;
	size_t cap = 0;
	for (const char *p = nl; p < end; p++)
		cap += *p == '\n';
	bgrow_t *rows = malloc((cap ? cap : 1) * sizeof *rows);
	if (!rows) return SC_ENOMEM;
	size_t n = 0;
	for (const char *p = nl + 1; p < end && n < cap;) {
		const char *e = memchr(p, '\n', (size_t)(end - p));
		if (!e) e = end;
		const char *tab = memchr(p, '\t', (size_t)(e - p));
		if (tab && tab > p) {
			/* the df: digits up to the end of the line (strtoul could read past the buffer) */
			uint64_t df = 0;
			for (const char *q = tab + 1; q < e && *q >= '0' && *q <= '9' && df < UINT32_MAX; q++)
				df = df * 10 + (uint64_t)(*q - '0');
			rows[n++] = (bgrow_t){stem_hash(p, (size_t)(tab - p)),
			                      (uint32_t)(df < UINT32_MAX ? df : UINT32_MAX)};
		}
		p = e + 1;
	}
	qsort(rows, n, sizeof *rows, cmp_bgrow);
	if (!(t->h = malloc((n ? n : 1) * sizeof *t->h)) ||
	    !(t->df = malloc((n ? n : 1) * sizeof *t->df))) {
		SC_FREE_ALL(rows, t->h);
		t->h = NULL;
		return SC_ENOMEM;
	}
	for (size_t i = 0; i < n; i++)
		t->h[i] = rows[i].h, t->df[i] = rows[i].df;
	free(rows);
	t->len = n;
	t->n = docs;
	memcpy(t->lang, lang, sizeof lang);
	return SC_OK;
}

/* Puts table t in ev: it replaces the table of its language, or is added. */
static void bg_put(sc_det_ev_t *ev, ev_bg_t *t, const char *path)
{
	ev_bg_t *old = (ev_bg_t *)bg_for(ev, t->lang);
	if (!old && ev->nbg == EV_BG_MAX) {
		fprintf(
		    stderr,
		    "storycheck: detect: SC_DET_EVENT_IDF: %s: more than %d languages: not read\n",
		    path, EV_BG_MAX);
		SC_FREE_ALL(t->h, t->df);
		return;
	}
	if (old)
		SC_FREE_ALL(old->h, old->df);
	else
		old = &ev->bg[ev->nbg++];
	*old = *t;
}

extern const unsigned char sc_event_idf_en[];
extern const size_t sc_event_idf_en_len;

/* Reads one table file into *t (t->n == 0: none, said on stderr). SC_OK or SC_ENOMEM. */
static int bg_read(ev_bg_t *t, const char *path)
{
	*t = (ev_bg_t){0};
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "storycheck: detect: SC_DET_EVENT_IDF: cannot read %s: no table\n",
		        path);
		return SC_OK;
	}
	char *buf = NULL;
	size_t n = 0, m = 0, r;
	int rc = SC_OK;
	do {
		if (n == m) {
			char *b = realloc(buf, m = m ? 2 * m : 1 << 16);
			if (!b) {
				rc = SC_ENOMEM;
				break;
			}
			buf = b;
		}
		r = fread(buf + n, 1, m - n, f);
		n += r;
	} while (r);
	fclose(f);
	if (!rc) rc = bg_parse(t, buf, n);
	free(buf);
	if (!rc && !t->n) /* bg_parse takes a malformed table for none: say so, not silently */
		fprintf(stderr,
		        "storycheck: detect: SC_DET_EVENT_IDF: %s is not a table (first line "
		        "\"lang<TAB>documents\"): no table\n",
		        path);
	return rc;
}

/* The built-in tables (English), then the files named by SC_DET_EVENT_IDF=FILE[:FILE...], each
 * replacing the table of its language or adding one ("none": no table at all). A document is
 * weighed with the table of its language (bg_for). */
static int bg_load(sc_det_ev_t *ev)
{
	const char *path = getenv("SC_DET_EVENT_IDF");
	if (path && !strcmp(path, "none")) return SC_OK;
	ev_bg_t t;
	int rc = bg_parse(&t, (const char *)sc_event_idf_en, sc_event_idf_en_len);
	if (rc) return rc;
	if (t.n) bg_put(ev, &t, "built-in");
	for (const char *p = path; p && *p;) {
		const char *e = strchr(p, ':');
		const size_t len = e ? (size_t)(e - p) : strlen(p);
		char *one = strndup(p, len);
		if (!one) return SC_ENOMEM;
		if (len && !(rc = bg_read(&t, one)) && t.n) bg_put(ev, &t, one);
		free(one);
		if (rc) return rc;
		p += len + (e != NULL);
	}
	return SC_OK;
}

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* SC_DET_EVENT_DF_OUT=FILE: writes this corpus's df table in the background table's format
 * (stems of df >= 2, sorted; the language is the first document's), for building a table
 * (bench/eval_events.py builds one per leave-topics-out fold). Serial, once. */
static int df_write(sc_det_ev_t *ev, const char *path)
{
	if (!(ev->stem_of = calloc(ev->nterms ? ev->nterms : 1, sizeof *ev->stem_of))) return SC_ENOMEM;
	sc_det_evterms_t w = {0};
	for (size_t i = 0; i < ev->n; i++) {
		const long m = head_stems(ev->tk[0], &ev->docs[i], &w, ev);
		if (m < 0) {
			free(w.a);
			return (int)m;
		}
	}
	free(w.a);
	char **row = malloc((ev->nterms ? ev->nterms : 1) * sizeof *row);
	if (!row) return SC_ENOMEM;
	size_t k = 0;
	for (size_t i = 0; i < ev->nterms; i++)
		if (ev->stem_of[i] && tab_find(ev, stem_hash(ev->stem_of[i], strlen(ev->stem_of[i])))->df >= 2)
			row[k++] = ev->stem_of[i];
	qsort(row, k, sizeof *row, cmp_str);
	FILE *f = fopen(path, "w");
	if (f) {
		fprintf(f, "%s\t%zu\n", ev->n && ev->docs[0].doc.lang[0] ? ev->docs[0].doc.lang : "fr", ev->ndf);
		for (size_t i = 0; i < k; i++)
			fprintf(f, "%s\t%u\n", row[i], tab_find(ev, stem_hash(row[i], strlen(row[i])))->df);
		if (fclose(f)) f = NULL;
	}
	if (!f) fprintf(stderr, "storycheck: detect: SC_DET_EVENT_DF_OUT: cannot write %s\n", path);
	free(row);
	return SC_OK;
}

/* Weights, the heaviest stems and unit length, for documents [lo, hi) of ev->ct: each list
 * becomes its document's vector and is freed. */
static int job_weigh(void *ctx, int worker, size_t lo, size_t hi)
{
	sc_det_ev_t *ev = ctx;
	ev_wk_t *w = &ev->wk[worker];
	for (size_t i = lo; i < hi; i++) {
		long m = (long)ev->cn[i];
		if ((size_t)m > w->m) {
			tf_t *a = realloc(w->a, (size_t)m * sizeof *a);
			if (!a) return SC_ENOMEM;
			w->a = a;
			w->m = (size_t)m;
		}
		/* weights: (1 + ln tf) * idf; a document in the background table's language counts
		 * SC_DET_EVENT_BG_DOCS more documents, whose df are the table's, scaled */
		const sc_det_doc_t *x = &ev->docs[i];
		const ev_bg_t *tb = bg_for(ev, x->doc.lang);
		const double *idf = tb ? ev->idf_bg[tb - ev->bg] : ev->idf;
		for (long j = 0; j < m; j++) {
			const ctf_t *c = &ev->ct[i][j];
			w->a[j] = (tf_t){c->id, (float)((1.0 + log((double)c->tf)) * idf[c->id]), c->first};
		}
		free(ev->ct[i]);
		ev->ct[i] = NULL;
		if (m > SC_DET_EVENT_TERMS) {
			EV_SORT(tf_t, w->a, (size_t)m, EV_WEIGHT_LESS);
			m = SC_DET_EVENT_TERMS;
		}
		double norm = 0.0;
		for (long j = 0; j < m; j++)
			norm += (double)w->a[j].tf * w->a[j].tf;
		norm = norm > 0 ? 1.0 / sqrt(norm) : 0.0;
		ev_vec_t *v = &ev->v[i];
		v->n = (uint32_t)m;
		/* sorted by id as (id, weight) pairs, then written out as w[] and the ids' codes */
		tw_t raw[SC_DET_EVENT_TERMS], tw[SC_DET_EVENT_TERMS];
		uint32_t ids[SC_DET_EVENT_TERMS];
		for (long j = 0; j < m; j++)
			raw[j] = (tw_t){(uint32_t)w->a[j].h, (float)(w->a[j].tf * norm)};
		tw_sort(raw, tw, (size_t)m, ev->id_shift);
		for (long j = 0; j < m; j++)
			ids[j] = tw[j].t;
		v->nc = vec_encode(ids, v->n, NULL, ev->all_esc);
		void *mem = m ? malloc((size_t)m * sizeof *v->w + (size_t)v->nc * sizeof(uint16_t)) : NULL;
		if (m && !mem) return SC_ENOMEM;
		v->w = mem;
		for (long j = 0; j < m; j++)
			v->w[j] = tw[j].w;
		if (m) vec_encode(ids, v->n, (uint16_t *)(v->w + m), ev->all_esc);
	}
	return SC_OK;
}

#define EV_BATCH 8192
#define EV_GRAIN 32

static void terms_free(sc_det_evterms_t *terms, size_t n)
{
	for (size_t i = 0; terms && i < n; i++) {
		free(terms[i].a);
		terms[i].a = NULL;
		terms[i].n = terms[i].m = 0;
	}
}

/* The corpus half's three steps, shared by sc_det_ev_create_terms and sc_det_ev_create:
 * ev_alloc; ev_count for the lists of documents base .. base + m (terms[0 .. m), taken), in
 * document order; ev_weigh once all are counted. */
static int ev_alloc(sc_det_ev_t **out, sc_det_doc_t *docs, size_t n, int nthreads)
{
	int rc;
	sc_det_ev_t *ev = calloc(1, sizeof *ev);
	*out = NULL;
	if (!ev) return SC_ENOMEM;
	ev->docs = docs, ev->n = n, ev->nthreads = nthreads > 0 ? nthreads : 1;
	ev->budget = SC_DET_EVENT_BUDGET(n);
	if (!(ev->wk = calloc((size_t)ev->nthreads, sizeof *ev->wk)) ||
	    (n && !(ev->v = calloc(n, sizeof *ev->v))) || (n && !(ev->wday = calloc(n, 1))) ||
	    (n && !(ev->cited = calloc(n, SC_DET_YEAR_CITES))) ||
	    (n && !(ev->ct = calloc(n, sizeof *ev->ct))) ||
	    (n && !(ev->cn = calloc(n, sizeof *ev->cn))) || !(ev->cos = calloc(1, sizeof *ev->cos)) ||
	    tab_grow(ev)) {
		sc_det_ev_free(ev);
		return SC_ENOMEM;
	}
	atomic_flag_clear(&ev->cos->busy);
	ev->cos->cur = UINT32_MAX;
	ev->all_esc = sc_det_env_size("SC_DET_EV_ESC", 0) == 1;
	{
		const char *b = getenv("SC_DET_EVENT_BG");
		ev->bg_docs = b && atof(b) > 0 ? atof(b) : SC_DET_EVENT_BG_DOCS;
	}
	if ((rc = bg_load(ev))) {
		sc_det_ev_free(ev);
		return rc;
	}
	*out = ev;
	return SC_OK;
}

static int ev_count(sc_det_ev_t *ev, sc_det_evterms_t *terms, size_t base, size_t m,
                    const unsigned char *copy)
{
	int rc = SC_OK;
	for (size_t k = 0; k < m && !rc; k++) {
		const size_t i = base + k;
		const sc_det_evterms_t *x = &terms[k];
		/* a copy of an earlier document adds no evidence of how common a stem is */
		const int counted = !(copy && copy[i]);
		ev->ndf += counted;
		ev->wday[i] = (unsigned char)x->wday;
		memcpy(ev->cited + i * SC_DET_YEAR_CITES, x->cited, SC_DET_YEAR_CITES);
		if (x->n && !(ev->ct[i] = malloc(x->n * sizeof *ev->ct[i]))) {
			rc = SC_ENOMEM;
			break;
		}
		ev->cn[i] = (uint32_t)x->n;
		for (size_t j = 0; j < x->n; j++) {
			if (2 * (ev->nterms + 1) > ev->ntab && (rc = tab_grow(ev))) break;
			tslot_t *s = tab_find(ev, x->a[j].h);
			if (!s->h) {
				if (ev->nterms == ev->mhof) {
					const size_t mh = ev->mhof ? 2 * ev->mhof : 1 << 16;
					uint64_t *h = realloc(ev->hof, mh * sizeof *h);
					if (!h) {
						rc = SC_ENOMEM;
						break;
					}
					ev->hof = h;
					ev->mhof = mh;
				}
				s->h = x->a[j].h;
				s->id = (uint32_t)ev->nterms;
				ev->hof[ev->nterms++] = s->h;
			}
			s->df += counted;
			ev->ct[i][j] = (ctf_t){s->id, (uint16_t)x->a[j].tf, (uint16_t)x->a[j].first};
		}
	}
	terms_free(terms, m);
	return rc;
}

/* Each term's idf, once (job_weigh read the df table and searched the background table for
 * every stem of every document): idf[id] for a document in no table's language, idf_bg[t][id]
 * for one in the language of table bg[t]. The same expressions, so the same doubles. */
static int ev_idf(sc_det_ev_t *ev)
{
	const size_t nt = ev->nterms ? ev->nterms : 1;
	for (int t = -1; t < ev->nbg; t++) {
		const ev_bg_t *tb = t < 0 ? NULL : &ev->bg[t];
		double *out = malloc(nt * sizeof *out);
		if (!out) return SC_ENOMEM;
		if (tb) ev->idf_bg[t] = out;
		else ev->idf = out;
		const double B = ev->bg_docs;
		const double N = (double)ev->ndf + (tb ? B : 0);
		for (size_t id = 0; id < ev->nterms; id++) {
			const uint64_t h = ev->hof[id];
			const tslot_t *s = tab_find(ev, h);
			const double df = (double)s->df + (tb ? bg_df(tb, h) * B / tb->n : 0);
			/* With fewer than 3 documents every shared stem is in all of them (idf 0): no
			 * pair could ever be similar, so all stems weigh alike there. */
			out[id] = N < 3 ? 1.0 : log((N + 1.0) / (df + 1.0));
		}
	}
	return SC_OK;
}

/* A vector's bytes in the pack: its weights and codes, to a multiple of 4 (the next weights) */
static size_t vec_room(const ev_vec_t *v)
{
	return ((size_t)v->n * sizeof *v->w + (size_t)v->nc * sizeof(uint16_t) + 3) & ~(size_t)3;
}

/* The vectors moved into one block, then the heap's free pages given back (sc_det_trim).
 * Weighed on the threads, each vector was a block of ~450 bytes among the freed stem lists
 * (ev->ct, 8 bytes a stem of the whole head): pages each holding a few vectors, not given
 * back, so that 2 bytes an id less did not show in RSS (300k generated documents: 4 MiB of
 * the 45 fewer bytes). If the block cannot be had, the vectors stay where they are. */
static void vec_pack(sc_det_ev_t *ev)
{
	size_t total = 0, off = 0;
	for (size_t i = 0; i < ev->n; i++)
		total += vec_room(&ev->v[i]);
	char *pack = total ? malloc(total) : NULL;
	if (!pack) return;
	for (size_t i = 0; i < ev->n; i++) {
		ev_vec_t *v = &ev->v[i];
		if (!v->n) continue;
		memcpy(pack + off, v->w, (size_t)v->n * sizeof *v->w + (size_t)v->nc * sizeof(uint16_t));
		free(v->w);
		v->w = (float *)(void *)(pack + off);
		off += vec_room(v);
	}
	ev->pack = pack;
	sc_det_trim();
}

/* Once weighed (and the df table written out, if asked), the stem table and the hashes of the
 * ids serve nothing more: edges, cosines and clustering read the vectors' ids only. At 1M
 * generated documents they were 9 MiB; on a real archive, with its long tail of rare stems, the
 * table grows with the vocabulary. */
static void ev_drop_table(sc_det_ev_t *ev)
{
	SC_FREE_ALL(ev->tab, ev->hof);
	ev->tab = NULL;
	ev->hof = NULL;
	ev->ntab = ev->mhof = 0;
}

static int ev_weigh(sc_det_ev_t *ev)
{
	int rc = ev_idf(ev);
	/* tw_sort's buckets: the ids' top 8 bits */
	ev->id_shift = 0;
	while (ev->nterms > ((size_t)256 << ev->id_shift))
		ev->id_shift++;
	if (!rc) rc = sc_det_parallel(ev->nthreads, ev->n, EV_GRAIN, job_weigh, ev);
	free(ev->idf);
	ev->idf = NULL;
	for (int t = 0; t < ev->nbg; t++) {
		free(ev->idf_bg[t]);
		ev->idf_bg[t] = NULL;
	}
	/* each list is freed (NULL) once weighed: on an error, those not reached yet go here */
	SC_FREE_EACH(ev->ct, ev->n);
	free(ev->cn);
	ev->ct = NULL;
	ev->cn = NULL;
	if (!rc) vec_pack(ev);
	return rc;
}

int sc_det_ev_create_terms(sc_det_ev_t **out, sc_det_doc_t *docs, size_t n, sc_det_evterms_t *terms,
                           const unsigned char *copy, int nthreads)
{
	sc_det_ev_t *ev = NULL;
	int rc = ev_alloc(&ev, docs, n, nthreads);
	*out = NULL;
	if (!rc) rc = ev_count(ev, terms, 0, n, copy);
	if (!rc) rc = ev_weigh(ev);
	if (!rc) ev_drop_table(ev);
	if (rc) {
		terms_free(terms, n);
		sc_det_ev_free(ev);
		return rc;
	}
	*out = ev;
	return SC_OK;
}

/* Streaming (det_stream.c): sc_det_ev_create in steps, each document's list put as the input
 * is read again, in input order. Term ids are then renumbered into their order of first
 * appearance in document order, which is what ev_count gives when the lists come in document
 * order: the vectors are sorted by id and their products summed in that order, so the same ids
 * give the same doubles. */
int sc_det_ev_begin(sc_det_ev_t **ev, sc_det_doc_t *docs, size_t n, int nthreads)
{
	return ev_alloc(ev, docs, n, nthreads);
}

int sc_det_ev_put(sc_det_ev_t *ev, size_t i, sc_det_evterms_t *terms, const unsigned char *copy)
{
	return ev_count(ev, terms, i, 1, copy);
}

int sc_det_ev_finish(sc_det_ev_t *ev)
{
	const size_t nt = ev->nterms;
	uint32_t *map = malloc((nt ? nt : 1) * sizeof *map);
	uint64_t *hof = malloc((nt ? nt : 1) * sizeof *hof);
	if (!map || !hof) {
		SC_FREE_ALL(map, hof);
		return SC_ENOMEM;
	}
	memset(map, 0xff, (nt ? nt : 1) * sizeof *map);
	uint32_t next = 0;
	for (size_t i = 0; i < ev->n; i++)
		for (uint32_t j = 0; j < ev->cn[i]; j++) {
			ctf_t *c = &ev->ct[i][j];
			if (map[c->id] == UINT32_MAX) {
				map[c->id] = next;
				hof[next++] = ev->hof[c->id];
			}
			c->id = map[c->id];
		}
	for (size_t s = 0; s < ev->ntab; s++)
		if (ev->tab[s].h) ev->tab[s].id = map[ev->tab[s].id];
	free(ev->hof);
	ev->hof = hof;
	ev->mhof = nt ? nt : 1;
	free(map);
	/* the df table is written only where every document's stems are seen at once (in
	 * memory): say so rather than exit 0 with no table */
	const char *dfo = getenv("SC_DET_EVENT_DF_OUT");
	if (dfo && *dfo)
		fprintf(stderr, "storycheck: detect: SC_DET_EVENT_DF_OUT: not written when the input "
		                "is streamed; give the corpus on standard input (- < FILE)\n");
	const int rc = ev_weigh(ev);
	if (!rc) ev_drop_table(ev);
	return rc;
}

typedef struct terms_ctx_s {
	const sc_det_doc_t *docs;
	sc_tokenizer_t **tk;
	sc_det_evterms_t *wk; /* per worker: the scratch list */
	sc_det_evterms_t *terms;
} terms_ctx_t;

/* sc_det_ev_terms for documents [lo, hi), each list copied out at its size. */
static int job_terms(void *ctx, int worker, size_t lo, size_t hi)
{
	terms_ctx_t *c = ctx;
	sc_det_evterms_t *w = &c->wk[worker];
	sc_det_ev_terms_cache(w);
	for (size_t i = lo; i < hi; i++) {
		const long m = sc_det_ev_terms(c->tk[worker], &c->docs[i], w);
		if (m < 0) return (int)m;
		sc_det_evterms_t *o = &c->terms[i];
		free(o->a); /* a retried document */
		*o = (sc_det_evterms_t){.n = (size_t)m, .m = (size_t)m, .wday = w->wday};
		memcpy(o->cited, w->cited, sizeof o->cited);
		if (m && !(o->a = malloc((size_t)m * sizeof *o->a))) return SC_ENOMEM;
		if (m) memcpy(o->a, w->a, (size_t)m * sizeof *o->a);
	}
	return SC_OK;
}

int sc_det_ev_create(sc_det_ev_t **out, sc_det_doc_t *docs, size_t n, sc_tokenizer_t **tk,
                     int nthreads, const unsigned char *copy, size_t *bad)
{
	sc_det_ev_t *ev = NULL;
	int rc = ev_alloc(&ev, docs, n, nthreads);
	*out = NULL;
	if (rc) return rc;
	terms_ctx_t c = {.tk = tk};
	if (!(c.wk = calloc((size_t)nthreads, sizeof *c.wk)) ||
	    !(c.terms = calloc(EV_BATCH, sizeof *c.terms))) {
		rc = SC_ENOMEM;
		goto done;
	}
	/* sc_det_ev_terms on threads and ev_count in order, batch by batch (one batch of lists at
	 * 16 bytes a stem, all of them at 8), then the weights: what sc_det_ev_create_terms does
	 * with every list at once */
	for (size_t b = 0; b < n && !rc; b += EV_BATCH) {
		const size_t m = n - b < EV_BATCH ? n - b : EV_BATCH;
		c.docs = docs + b;
		if ((rc = sc_det_parallel(nthreads, m, EV_GRAIN, job_terms, &c))) {
			for (size_t i = 0; i < m; i++)
				if (job_terms(&c, 0, i, i + 1)) {
					*bad = b + i;
					break;
				}
			break;
		}
		rc = ev_count(ev, c.terms, b, m, copy);
	}
	if (!rc) rc = ev_weigh(ev);
	ev->tk = tk;
	const char *dfo = getenv("SC_DET_EVENT_DF_OUT");
	if (!rc && dfo && *dfo) rc = df_write(ev, dfo);
	if (!rc) ev_drop_table(ev);
done:
	if (c.wk)
		for (int i = 0; i < nthreads; i++)
			SC_FREE_ALL(c.wk[i].a, c.wk[i].hc);
	free(c.wk);
	terms_free(c.terms, c.terms ? EV_BATCH : 0);
	free(c.terms);
	if (rc) {
		sc_det_ev_free(ev);
		return rc;
	}
	*out = ev;
	return SC_OK;
}

void sc_det_ev_free(sc_det_ev_t *ev)
{
	if (!ev) return;
	if (ev->wk)
		for (int i = 0; i < ev->nthreads; i++)
			SC_FREE_ALL(ev->wk[i].a, ev->wk[i].dense);
	if (ev->v && !ev->pack)
		for (size_t i = 0; i < ev->n; i++)
			free(ev->v[i].w);
	free(ev->pack);
	/* ct is freed (NULL) once weighed, stem_of exists only for SC_DET_EVENT_DF_OUT */
	SC_FREE_EACH(ev->ct, ev->ct ? ev->n : 0);
	SC_FREE_EACH(ev->stem_of, ev->stem_of ? ev->nterms : 0);
	for (int i = 0; i < ev->nbg; i++)
		SC_FREE_ALL(ev->bg[i].h, ev->bg[i].df);
	if (ev->cos) free(ev->cos->dense);
	SC_FREE_ALL(ev->cn, ev->hof, ev->wk, ev->v, ev->wday, ev->cited, ev->tab, ev->cos, ev);
}

static double dot(const uint32_t *ta, const float *wa, size_t na, const uint32_t *tb,
                  const float *wb, size_t nb)
{
	double s = 0.0;
	size_t i = 0, j = 0;
	while (i < na && j < nb) {
		if (ta[i] < tb[j])
			i++;
		else if (ta[i] > tb[j])
			j++;
		else
			s += (double)wa[i++] * wb[j++];
	}
	return s;
}

/* The sum of y's weights times those scattered in dense (all 0 elsewhere): dot()'s products
 * summed in the same (term id) order, so the same double, at the cost of y's terms instead of
 * a merge of both lists (a term of y that the scattered vector lacks adds 0.0, which leaves
 * any sum as it is: weights are finite). */
static double dense_dot(const float *dense, const uint32_t *t, const float *w, uint32_t n)
{
	double s = 0.0;
	for (uint32_t j = 0; j < n; j++)
		s += (double)dense[t[j]] * w[j];
	return s;
}

double sc_det_ev_cosine(const sc_det_ev_t *ev, uint32_t a, uint32_t b)
{
	const ev_vec_t *x = &ev->v[a], *y = &ev->v[b];
	ev_cos_t *k = ev->cos;
	double c = 0.0;
	int done = 0;
	uint32_t xb[SC_DET_EVENT_TERMS], yb[SC_DET_EVENT_TERMS];
	if (k && !atomic_flag_test_and_set(&k->busy)) {
		/* a's vector scattered once for all its edges in a row (dense_dot: the same double) */
		if (!k->dense) k->dense = calloc(ev->nterms ? ev->nterms : 1, sizeof *k->dense);
		if (k->dense && k->cur != a) {
			if (k->cur != UINT32_MAX) vec_scatter(k->dense, &ev->v[k->cur], NULL);
			vec_scatter(k->dense, x, x->w);
			k->cur = a;
		}
		if (k->dense) c = vec_dense_dot(k->dense, y), done = 1;
		atomic_flag_clear(&k->busy);
	}
	if (!done) c = dot(vec_ids(x, xb), x->w, x->n, vec_ids(y, yb), y->w, y->n);
	return cos_clamp(c);
}

uint64_t sc_det_ev_spent(const sc_det_ev_t *ev)
{
	return ev->spent;
}

size_t sc_det_ev_bytes(const sc_det_ev_t *ev)
{
	if (!ev) return 0;
	size_t b = sizeof *ev + ev->n * sizeof *ev->v + ev->ntab * sizeof *ev->tab +
	           ev->mhof * sizeof *ev->hof + ev->n * (ev->wday ? 1 : 0) +
	           ev->n * (ev->cited ? SC_DET_YEAR_CITES : 0);
	for (size_t i = 0; ev->v && i < ev->n; i++)
		b += ev->v[i].n * sizeof *ev->v[i].w + ev->v[i].nc * sizeof(uint16_t);
	for (int w = 0; ev->wk && w < ev->nthreads; w++)
		b += ev->wk[w].dense ? ev->nterms * sizeof(float) : 0;
	if (ev->cos) b += sizeof *ev->cos + (ev->cos->dense ? ev->nterms * sizeof(float) : 0);
	return b;
}

void sc_det_ev_set_window(sc_det_ev_t *ev, int window_days)
{
	ev->window = window_days > 0 ? window_days : 0;
}

/* ---------------------------------------------------------- candidates */
/* A posting entry: a key stem, a document and the document's time (year 0: unknown or out of
 * SC_DET_YEAR_MIN..MAX, as the year veto reads it; day SC_DET_NODAY: unknown, or no window). */
typedef struct kp_s {
	uint32_t term, doc;
	int32_t year, day;
} kp_t;
/* Within a posting list: undated first, then by year, day (undated days first), document. */
static int cmp_kp_time(const void *x, const void *y)
{
	const kp_t *a = x, *b = y;
	if (a->year != b->year) return a->year < b->year ? -1 : 1;
	if (a->day != b->day) return a->day < b->day ? -1 : 1;
	return a->doc < b->doc ? -1 : a->doc > b->doc;
}
typedef struct run_s {
	uint32_t start, len, term;
	uint64_t pairs; /* its pairs that no year or window rules out (time_pairs) */
} prun_t;
static int cmp_run(const void *x, const void *y)
{
	const prun_t *a = x, *b = y;
	if (a->pairs != b->pairs) return a->pairs < b->pairs ? -1 : 1;
	if (a->len != b->len) return a->len < b->len ? -1 : 1;
	return a->term < b->term ? -1 : a->term > b->term;
}

/* Where time_pairs puts the pairs it enumerates: with hist, hist[a] += 1 for each pair's lower
 * index a (every pair counted); else only the pairs whose lower index is in [lo, hi) go to out
 * (packed, lower index first), and only they are counted. */
typedef struct tsink_s {
	uint64_t *out;
	uint32_t *hist;
	uint32_t lo, hi;
} tsink_t;

/* The pairs of a posting list p[0..m) (sorted by cmp_kp_time) that the year veto and the time
 * window do not rule out: a document without a year pairs with every other; two with a year
 * pair when it is the same year and, when both have a day (window > 0), at most window days
 * apart. Such pairs can never end in one cluster (detect.h "The event tier": two clusters
 * whose years share none, or whose dates span more than the window, do not merge), so
 * comparing them would spend the budget on nothing. Without a sink, counts them; with one,
 * enumerates them in a fixed order into it (see tsink_t) and returns what it counted. */
static uint64_t time_pairs(const kp_t *p, size_t m, int window, tsink_t *s)
{
	uint64_t np = 0;
	size_t u = 0;
#define EMIT(x, y)                                                                                 \
	do {                                                                                       \
		if (!s) {                                                                          \
			np++;                                                                      \
			break;                                                                     \
		}                                                                                  \
		const uint32_t a_ = p[x].doc, b_ = p[y].doc, l_ = a_ < b_ ? a_ : b_;               \
		if (s->hist) {                                                                     \
			s->hist[l_]++;                                                             \
			np++;                                                                      \
		} else if (l_ >= s->lo && l_ < s->hi) {                                            \
			s->out[np++] = (uint64_t)l_ << 32 | (a_ < b_ ? b_ : a_);                   \
		}                                                                                  \
	} while (0)
	while (u < m && p[u].year == 0)
		u++;
	/* undated: with every other document of the list */
	if (!s)
		np += (uint64_t)u * (u - 1) / 2 + (uint64_t)u * (m - u);
	else
		for (size_t x = 0; x < u; x++)
			for (size_t y = x + 1; y < m; y++)
				EMIT(x, y);
	for (size_t g = u; g < m;) {
		size_t e = g, o = g;
		while (e < m && p[e].year == p[g].year)
			e++;
		while (o < e && p[o].day == SC_DET_NODAY)
			o++;
		/* a year without a day: with all of its year */
		if (!s)
			np += (uint64_t)(o - g) * (o - g - 1) / 2 + (uint64_t)(o - g) * (e - o);
		else
			for (size_t x = g; x < o; x++)
				for (size_t y = x + 1; y < e; y++)
					EMIT(x, y);
		/* two days: within the window (days sorted) */
		for (size_t x = o; x < e; x++) {
			size_t y = x + 1;
			if (!s && window <= 0) {
				np += e - y;
				continue;
			}
			for (; y < e && (window <= 0 || (int64_t)p[y].day - p[x].day <= window); y++)
				EMIT(x, y);
		}
		g = e;
	}
#undef EMIT
	return np;
}

typedef struct cos_ctx_s {
	const sc_det_ev_t *ev;
	const uint64_t *cand;
	double *cos; /* per candidate */
} cos_ctx_t;
#define COS_GRAIN 16384
/* How far ahead job_cos fetches a partner's vector: its entry in ev->v at 2 * COS_AHEAD
 * candidates, its weights and codes (read through that entry) at COS_AHEAD. Written in the
 * loop, not as a function: GCC 12 takes a function that only prefetches for one without
 * effects and drops its calls. */
#define COS_AHEAD 8

/* The cosines of a chunk of candidates (sorted: runs of one first document a). a's vector
 * is scattered once into the worker's dense array, and each partner's terms are looked up in
 * it: the same products summed in the same (term id) order as dot(), so the same doubles,
 * at the cost of b's terms instead of a merge of both lists per pair. Each candidate's cosine
 * goes to its own slot. The partners' vectors are all over the pack (413 MiB at 1M generated
 * documents): taken one after the other, the loop waited on each one's entry, then its block
 * (perf at 100k: ~55% of the step on those two loads), so they are fetched ahead. */
static int job_cos(void *ctx, int worker, size_t lo, size_t hi)
{
	cos_ctx_t *c = ctx;
	const sc_det_ev_t *ev = c->ev;
	float *dense = ev->wk[worker].dense;
	for (size_t i = lo; i < hi;) {
		const uint32_t a = (uint32_t)(c->cand[i] >> 32);
		const ev_vec_t *x = &ev->v[a];
		vec_scatter(dense, x, x->w);
		while (i < hi && (uint32_t)(c->cand[i] >> 32) == a) {
			for (size_t k = i; k < i + 2; k++) {
				if (k + 2 * COS_AHEAD < hi)
					__builtin_prefetch(
					    &ev->v[(uint32_t)c->cand[k + 2 * COS_AHEAD]]);
				if (k + COS_AHEAD < hi) {
					const ev_vec_t *y =
					    &ev->v[(uint32_t)c->cand[k + COS_AHEAD]];
					/* NULL for an empty vector: a prefetch never faults */
					__builtin_prefetch(y->w);
					__builtin_prefetch(y->w + y->n);
				}
			}
			const ev_vec_t *u = &ev->v[(uint32_t)c->cand[i]];
			if (i + 1 < hi && (uint32_t)(c->cand[i + 1] >> 32) == a) {
				double su, sv;
				vec_dense_dot2(dense, u, &ev->v[(uint32_t)c->cand[i + 1]], &su,
				               &sv);
				c->cos[i] = cos_clamp(su);
				c->cos[i + 1] = cos_clamp(sv);
				i += 2;
			} else {
				c->cos[i] = cos_clamp(vec_dense_dot(dense, u));
				i++;
			}
		}
		vec_scatter(dense, x, NULL);
	}
	return SC_OK;
}

/* The cosines of edges already found (sc_det_ev_cosines): job_cos's loop over a list of edge
 * indices. */
typedef struct ecos_ctx_s {
	const sc_det_ev_t *ev;
	const sc_det_edge_t *e;
	const size_t *idx;
	double *out;
} ecos_ctx_t;

static int job_ecos(void *ctx, int worker, size_t lo, size_t hi)
{
	const ecos_ctx_t *c = ctx;
	const sc_det_ev_t *ev = c->ev;
	float *dense = ev->wk[worker].dense;
	for (size_t i = lo; i < hi;) {
		const uint32_t a = c->e[c->idx[i]].a;
		const ev_vec_t *x = &ev->v[a];
		vec_scatter(dense, x, x->w);
		for (; i < hi && c->e[c->idx[i]].a == a; i++) {
			/* the partners' vectors fetched ahead, as job_cos does */
			if (i + 2 * COS_AHEAD < hi)
				__builtin_prefetch(&ev->v[c->e[c->idx[i + 2 * COS_AHEAD]].b]);
			if (i + COS_AHEAD < hi) {
				const ev_vec_t *y = &ev->v[c->e[c->idx[i + COS_AHEAD]].b];
				__builtin_prefetch(y->w);
				__builtin_prefetch(y->w + y->n);
			}
			const double s = vec_dense_dot(dense, &ev->v[c->e[c->idx[i]].b]);
			c->out[i] = cos_clamp(s);
		}
		vec_scatter(dense, x, NULL);
	}
	return SC_OK;
}

int sc_det_ev_cosines(sc_det_ev_t *ev, const sc_det_edge_t *edges, const size_t *idx, size_t n,
                      double *out)
{
	for (int w = 0; w < ev->nthreads; w++)
		if (!ev->wk[w].dense &&
		    !(ev->wk[w].dense = calloc(ev->nterms ? ev->nterms : 1, sizeof(float))))
			return SC_ENOMEM;
	ecos_ctx_t c = {ev, edges, idx, out};
	return sc_det_parallel(ev->nthreads, n, COS_GRAIN, job_ecos, &c);
}

/* One block of candidates, sorted and unique: their exact cosines on threads (cs: nc slots of
 * scratch), counted as spent, and the edges (cosine >= t) appended to *out (capacity *mout)
 * in candidate order. */
static int cos_block(sc_det_ev_t *ev, const uint64_t *cand, size_t nc, double *cs, double t,
                     sc_det_edge_t **out, size_t *nout, size_t *mout)
{
	cos_ctx_t cx = {ev, cand, cs};
	int rc = nc ? sc_det_parallel(ev->nthreads, nc, COS_GRAIN, job_cos, &cx) : SC_OK;
	if (rc) return rc;
	ev->spent += nc;
	size_t tot = 0;
	for (size_t i = 0; i < nc; i++)
		tot += cs[i] >= t;
	if (SC_GROW(*out, *mout, *nout + tot)) return SC_ENOMEM;
	for (size_t i = 0; i < nc; i++)
		if (cs[i] >= t)
			(*out)[(*nout)++] = (sc_det_edge_t){
			    .a = (uint32_t)(cand[i] >> 32), .b = (uint32_t)cand[i], .jaccard = -1};
	return SC_OK;
}

/* Every pair of a small corpus (SC_DET_ALLPAIRS), as one block. */
static int all_pair_edges(sc_det_ev_t *ev, double t, sc_det_edge_t **out, size_t *nout,
                          size_t *mout, sc_det_ev_stats_t *st)
{
	const size_t n = ev->n, nc = n * (n - 1) / 2;
	uint64_t *cand = malloc(nc * sizeof *cand);
	double *cs = malloc(nc * sizeof *cs);
	int rc = cand && cs ? SC_OK : SC_ENOMEM;
	for (size_t i = 0, m = 0; !rc && i < n; i++)
		for (size_t j = i + 1; j < n; j++)
			cand[m++] = (uint64_t)i << 32 | j;
	if (!rc) rc = cos_block(ev, cand, nc, cs, t, out, nout, mout);
	st->candidates = nc;
	free(cand);
	free(cs);
	return rc;
}

/* The keys: each document's SC_DET_EVENT_KEYS heaviest stems (ties: lower id, by partial
 * selection), as posting entries with the document's year and day, sorted by stem then
 * document. */
static int ev_keys(const sc_det_ev_t *ev, kp_t **out, size_t *nout)
{
	const size_t n = ev->n;
	size_t nk = 0;
	for (size_t i = 0; i < n; i++)
		nk += ev->v[i].n < SC_DET_EVENT_KEYS ? ev->v[i].n : SC_DET_EVENT_KEYS;
	kp_t *kp = malloc((nk ? nk : 1) * sizeof *kp);
	if (!kp) return SC_ENOMEM;
	nk = 0;
	for (size_t i = 0; i < n; i++) {
		const ev_vec_t *v = &ev->v[i];
		uint32_t pick[SC_DET_EVENT_KEYS], tb[SC_DET_EVENT_TERMS];
		const uint32_t *vt = vec_ids(v, tb);
		size_t np = 0;
		for (uint32_t j = 0; j < v->n; j++) {
			size_t p = np < SC_DET_EVENT_KEYS ? np++ : SC_DET_EVENT_KEYS;
			if (p == SC_DET_EVENT_KEYS) {
				if (v->w[j] <= v->w[pick[SC_DET_EVENT_KEYS - 1]]) continue;
				p = SC_DET_EVENT_KEYS - 1;
			}
			while (p > 0 && v->w[pick[p - 1]] < v->w[j]) {
				pick[p] = pick[p - 1];
				p--;
			}
			pick[p] = j;
		}
		const sc_det_doc_t *x = &ev->docs[i];
		const int32_t year =
		    x->year >= SC_DET_YEAR_MIN && x->year <= SC_DET_YEAR_MAX ? x->year : 0;
		const int32_t day = year && ev->window ? x->day : SC_DET_NODAY;
		for (size_t j = 0; j < np; j++)
			kp[nk++] = (kp_t){vt[pick[j]], (uint32_t)i, year, day};
	}
	/* sorted by stem, then document, by counting: the entries come in document order and a
	 * document's keys are distinct stems, so the stable pass gives the order qsort gave by
	 * (stem, document), at ~7% of the candidates' step less (perf, 100k generated
	 * documents); qsort's merge sort took scratch as large as the second array */
	uint32_t *at = calloc(ev->nterms + 1, sizeof *at);
	kp_t *sorted = malloc((nk ? nk : 1) * sizeof *sorted);
	if (!at || !sorted) {
		SC_FREE_ALL(at, sorted, kp);
		return SC_ENOMEM;
	}
	for (size_t k = 0; k < nk; k++)
		at[kp[k].term]++;
	for (size_t t = 0, sum = 0; t < ev->nterms; t++) {
		const uint32_t c = at[t];
		at[t] = (uint32_t)sum;
		sum += c;
	}
	for (size_t k = 0; k < nk; k++)
		sorted[at[kp[k].term]++] = kp[k];
	SC_FREE_ALL(at, kp);
	*out = sorted;
	*nout = nk;
	return SC_OK;
}

/* The posting lists of kp[0..nk) (each sorted in time) with the pairs dates leave possible,
 * cheapest first (*runs, *nr); st->time_cut counts the pairs dates rule out. */
static int ev_runs(const sc_det_ev_t *ev, kp_t *kp, size_t nk, prun_t **runs, size_t *nr,
                   sc_det_ev_stats_t *st)
{
	prun_t *r = malloc((nk ? nk : 1) * sizeof *r);
	size_t m = 0;
	if (!r) return SC_ENOMEM;
	for (size_t i = 0; i < nk;) {
		size_t j = i;
		while (j < nk && kp[j].term == kp[i].term)
			j++;
		if (j - i >= 2) {
			qsort(kp + i, j - i, sizeof *kp, cmp_kp_time);
			const uint64_t np = time_pairs(kp + i, j - i, ev->window, NULL);
			if (np) r[m++] = (prun_t){(uint32_t)i, (uint32_t)(j - i), kp[i].term, np};
			st->time_cut += (uint64_t)(j - i) * (j - i - 1) / 2 - np;
		}
		i = j;
	}
	qsort(r, m, sizeof *r, cmp_run);
	*runs = r;
	*nr = m;
	return SC_OK;
}

/* Candidates are compared in blocks of about EV_CAND_BLOCK pairs (emitted, before duplicates
 * go), by ranges of their lower document: 8 bytes a pair, its sort scratch and its cosine
 * are held for one block, not for all (44M candidates at 1M generated documents, 1 GiB with
 * scratch and cosines). SC_DET_EV_BLOCK=N (N >= 1) in the environment sets it (tests). */
#define EV_CAND_BLOCK ((size_t)1 << 22)
static size_t cand_block(void)
{
	return sc_det_env_size("SC_DET_EV_BLOCK", EV_CAND_BLOCK);
}
/* The end of the block of lower documents that starts at lo: as many documents as keep its
 * pairs (hist) within blk, at least one. */
static uint32_t block_end(const uint32_t *hist, size_t n, uint32_t lo, size_t blk, size_t *npairs)
{
	size_t acc = 0;
	uint32_t hi = lo;
	while (hi < n && (hi == lo || acc + hist[hi] <= blk))
		acc += hist[hi++];
	*npairs = acc;
	return hi;
}

/* The pairs of the lists runs[0..take), in blocks of lower documents (EV_CAND_BLOCK): each
 * block's pairs are enumerated again from every list, sorted and made unique, and compared
 * (cos_block). The edges are those of one sort over all the pairs, in the same order: a pair
 * belongs to the block of its lower document. */
static int index_edges(sc_det_ev_t *ev, const kp_t *kp, const prun_t *runs, size_t take, double t,
                       sc_det_edge_t **out, size_t *nout, size_t *mout, sc_det_ev_stats_t *st)
{
	const size_t n = ev->n, blk = cand_block();
	uint32_t *hist = calloc(n, sizeof *hist);
	uint64_t *cand = NULL, *tmp = NULL;
	double *cs = NULL;
	size_t mb = 0, np;
	if (!hist) return SC_ENOMEM;
	tsink_t s = {.hist = hist};
	for (size_t r = 0; r < take; r++)
		time_pairs(kp + runs[r].start, runs[r].len, ev->window, &s);
	for (uint32_t lo = 0, hi; lo < n; lo = hi) {
		hi = block_end(hist, n, lo, blk, &np);
		mb = np > mb ? np : mb;
	}
	int rc = SC_OK;
	if (mb && (!(cand = malloc(mb * sizeof *cand)) || !(tmp = malloc(mb * sizeof *tmp)) ||
	           !(cs = malloc(mb * sizeof *cs))))
		rc = SC_ENOMEM;
	for (uint32_t lo = 0, hi; !rc && lo < n; lo = hi) {
		hi = block_end(hist, n, lo, blk, &np);
		if (!np) continue;
		s = (tsink_t){.lo = lo, .hi = hi};
		size_t nc = 0;
		for (size_t r = 0; r < take; r++) {
			s.out = cand + nc;
			nc += (size_t)time_pairs(kp + runs[r].start, runs[r].len, ev->window, &s);
		}
		nc = nc > 1 ? sc_u64_sort_unique(cand, tmp, nc) : nc;
		st->candidates += nc;
		rc = cos_block(ev, cand, nc, cs, t, out, nout, mout);
	}
	SC_FREE_ALL(hist, cand, tmp, cs);
	return rc;
}

int sc_det_ev_edges(sc_det_ev_t *ev, int all_pairs, double t, sc_det_edge_t **out, size_t *nout,
                    sc_det_ev_stats_t *st)
{
	const size_t n = ev->n;
	kp_t *kp = NULL;
	prun_t *runs = NULL;
	size_t mout = 0, nk = 0, nr = 0;
	int rc = SC_OK;
	*out = NULL;
	*nout = 0;
	memset(st, 0, sizeof *st);
	if (n < 2) return SC_OK;
	for (int w = 0; w < ev->nthreads; w++)
		if (!ev->wk[w].dense &&
		    !(ev->wk[w].dense = calloc(ev->nterms ? ev->nterms : 1, sizeof(float))))
			return SC_ENOMEM;
	if (all_pairs) {
		rc = all_pair_edges(ev, t, out, nout, &mout, st);
	} else if (!(rc = ev_keys(ev, &kp, &nk)) && !(rc = ev_runs(ev, kp, nk, &runs, &nr, st))) {
		/* the pairs of each posting list that dates do not rule out, the cheapest list
		 * first, within 3/4 of the budget */
		const uint64_t cap = ev->budget / 4 * 3;
		uint64_t emitted = 0;
		size_t take = 0;
		for (; take < nr && emitted + runs[take].pairs <= cap; take++)
			emitted += runs[take].pairs;
		st->keys = nk;
		st->emitted = emitted;
		for (size_t r = take; r < nr; r++) {
			st->lists_cut++;
			st->pairs_cut += runs[r].pairs;
		}
		rc = index_edges(ev, kp, runs, take, t, out, nout, &mout, st);
	}
	SC_FREE_ALL(kp, runs);
	if (rc || !*nout) {
		free(*out);
		*out = NULL;
		*nout = 0;
	} else if (*nout < mout) {
		/* the exact size: shrinking cannot fail in practice (else the larger block stays) */
		sc_det_edge_t *e = realloc(*out, *nout * sizeof **out);
		if (e) *out = e;
	}
	return rc;
}

/* ---------------------------------------------------------- clustering */
#define YEAR_WORDS ((SC_DET_YEAR_MAX - SC_DET_YEAR_MIN + 64) / 64)
/* What the year veto, the window and the weekday rule read of a cluster. A merged cluster owns
 * its own (cl_t.x); a document alone has none, and clx fills one from its document when a rule
 * asks: 100 bytes a document held through clustering (96 MiB at 1M generated documents) for
 * what every document already holds. */
typedef struct clx_s {
	uint64_t years[YEAR_WORDS];
	uint64_t cited[YEAR_WORDS]; /* years its members write, their own years included */
	int32_t dmin, dmax;
	uint32_t wd[7]; /* members naming each weekday (sc_det_text_weekday) */
} clx_t;

typedef struct cl_s {
	uint32_t size, nsum, nnb, mnb;
	/* What the year veto and the window read of x (or of the document), in a few bytes
	 * (cl_sum): enough to decide most vetoes without x (sum_veto). At 1M generated documents
	 * an offer's neighbours are mostly merged clusters, and reading their x, a block of its
	 * own, was ~45% of the merge loop (perf). These 11 bytes took the room of the versions
	 * (now heap_t.ver; the first round's entries are told stale by the loop's changed bits):
	 * cl_t grew from 72 bytes to 80. */
	int32_t dmin, dmax; /* as x's */
	uint8_t ylo, yhi; /* the lowest and highest of its years, as bit indices; ylo > yhi: none */
	uint8_t fc;       /* it writes a year not its own (x->cited & ~x->years), which cites may
	                     need */
	uint32_t *st;  /* sum vector: sorted term ids ... */
	float *sw;     /* ... and summed weights; a document alone borrows its vector's weights
	                  (sw == ev->v[i].w) and has no st (its ids are read with vec_ids), a
	                  merged cluster owns its sum */
	uint32_t *nb;  /* neighbour documents (mapped to their clusters when needed); NULL for a
	                  document alone: its neighbours are read from the edges (clnb_t) */
	clx_t *x;      /* a merged cluster's years, dates and weekdays; NULL: its document's (clx) */
	double self; /* <sum, sum> */
	double diag; /* sum of the units' own <v, v> (1 for a document; a copy group, see below) */
} cl_t;

/* The neighbours of every document, read from the edges (sorted by ids): the later ends of the
 * edges that start at p (edges[fo[p] .. fo[p + 1]) are p's, forward) and the earlier ends of
 * those that end at p (rv[ro[p] .. ro[p + 1]), reverse). A merged cluster owns a list of its
 * members' neighbours (cl_t.nb). At 1M generated documents a list per document was 8 bytes an
 * edge (121 MiB) and a block per document; this is 4 bytes an edge and 16 a document. */
typedef struct clnb_s {
	const sc_det_edge_t *e;
	size_t *fo, *ro;
	uint32_t *rv;
} clnb_t;

static uint32_t nb_deg(const clnb_t *g, uint32_t p)
{
	return (uint32_t)(g->fo[p + 1] - g->fo[p] + g->ro[p + 1] - g->ro[p]);
}

/* Document p's neighbours into out (nb_deg of them), in increasing order: the earlier ends,
 * then the later. */
static void nb_copy(const clnb_t *g, uint32_t p, uint32_t *out)
{
	size_t k = 0;
	for (size_t i = g->ro[p]; i < g->ro[p + 1]; i++)
		out[k++] = g->rv[i];
	for (size_t i = g->fo[p]; i < g->fo[p + 1]; i++)
		out[k++] = g->e[i].b;
}

/* Document i's years, dates (with a window only) and weekday into *x. */
static void clx_doc(const sc_det_ev_t *ev, size_t i, int window, clx_t *x)
{
	memset(x, 0, sizeof *x);
	x->dmin = x->dmax = window > 0 ? ev->docs[i].day : SC_DET_NODAY;
	if (ev->wday[i]) x->wd[ev->wday[i] - 1] = 1;
	const int y = ev->docs[i].year;
	if (y >= SC_DET_YEAR_MIN && y <= SC_DET_YEAR_MAX) {
		x->years[(y - SC_DET_YEAR_MIN) / 64] |= 1ull << ((y - SC_DET_YEAR_MIN) % 64);
		x->cited[(y - SC_DET_YEAR_MIN) / 64] |= x->years[(y - SC_DET_YEAR_MIN) / 64];
	}
	for (int k = 0; k < SC_DET_YEAR_CITES; k++) {
		const unsigned cy = ev->cited[i * SC_DET_YEAR_CITES + k];
		if (cy) x->cited[(cy - 1) / 64] |= 1ull << ((cy - 1) % 64);
	}
}

/* Cluster a's summary (cl_t.dmin .. fc) from its years and dates x. */
static void cl_sum(cl_t *a, const clx_t *x)
{
	int lo = -1, hi = -1, fc = 0;
	for (int i = 0; i < YEAR_WORDS; i++) {
		if (x->years[i] && lo < 0) lo = i * 64 + __builtin_ctzll(x->years[i]);
		if (x->years[i]) hi = i * 64 + 63 - __builtin_clzll(x->years[i]);
		fc |= (x->cited[i] & ~x->years[i]) != 0;
	}
	a->dmin = x->dmin;
	a->dmax = x->dmax;
	a->ylo = lo < 0 ? UINT8_MAX : (uint8_t)lo;
	a->yhi = hi < 0 ? 0 : (uint8_t)hi;
	a->fc = (uint8_t)fc;
}

/* Cluster p's years, dates and weekdays: its own, or its document's filled into *tmp. */
static const clx_t *clx(const sc_det_ev_t *ev, const cl_t *c, uint32_t p, int window, clx_t *tmp)
{
	if (c[p].x) return c[p].x;
	clx_doc(ev, p, window, tmp);
	return tmp;
}

typedef struct hent_s {
	double v;
	uint32_t a, b, va, vb;
} hent_t;

/* ver[x]: cluster x's version, grown by each merge into x, CL_GONE once x is merged into
 * another. An entry (a, b, va, vb) is valid while ver[a] == va and ver[b] == vb: the heap's
 * checks read this array of n (4 MB at 1M generated documents), not parent and the clusters
 * (two misses in 80 MB each way; heap_prune was ~10% of the merge loop at 1M, perf). */
#define CL_GONE UINT32_MAX
typedef struct heap_s {
	hent_t *h;
	size_t n, m;
	size_t first; /* the first capacity (entries) */
	uint32_t *ver; /* per cluster (above) */
} heap_t;

static int hbetter(const hent_t *x, const hent_t *y)
{
	if (x->v != y->v) return x->v > y->v;
	if (x->a != y->a) return x->a < y->a;
	return x->b < y->b;
}
static int hpush(heap_t *h, hent_t e)
{
	if (h->n == h->m) {
		size_t m = h->m ? 2 * h->m : h->first;
		hent_t *a = realloc(h->h, m * sizeof *a);
		if (!a) return SC_ENOMEM;
		h->h = a;
		h->m = m;
	}
	size_t i = h->n++;
	h->h[i] = e;
	while (i && hbetter(&h->h[i], &h->h[(i - 1) / 2])) {
		hent_t t = h->h[i];
		h->h[i] = h->h[(i - 1) / 2];
		h->h[(i - 1) / 2] = t;
		i = (i - 1) / 2;
	}
	return SC_OK;
}
static void hdown(heap_t *h, size_t i)
{
	for (;;) {
		size_t w = i, l = 2 * i + 1, r = l + 1;
		if (l < h->n && hbetter(&h->h[l], &h->h[w])) w = l;
		if (r < h->n && hbetter(&h->h[r], &h->h[w])) w = r;
		if (w == i) break;
		hent_t t = h->h[i];
		h->h[i] = h->h[w];
		h->h[w] = t;
		i = w;
	}
}
static hent_t hpop(heap_t *h)
{
	hent_t top = h->h[0];
	h->h[0] = h->h[--h->n];
	hdown(h, 0);
	return top;
}

static uint32_t find(uint32_t *parent, uint32_t x)
{
	while (parent[x] != x) {
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

/* Whether cluster y cites cluster x: a document of y writes a year that is a date of x, not a
 * date of y, and earlier than y's latest date (a report follows up an event of the past; a
 * later year is a plan, "rules out a 2028 run", or a misread one). */
static int cites_dir(const clx_t *x, const clx_t *y)
{
	int top = -1; /* y's latest year, as a bit index */
	for (int i = YEAR_WORDS - 1; i >= 0 && top < 0; i--)
		if (y->years[i]) top = i * 64 + 63 - __builtin_clzll(y->years[i]);
	for (int i = 0; i < YEAR_WORDS && i * 64 < top; i++) {
		const uint64_t below = top - i * 64 >= 64 ? ~0ull : (1ull << (top - i * 64)) - 1;
		if (x->years[i] & y->cited[i] & ~y->years[i] & below) return 1;
	}
	return 0;
}

/* One cluster cites the other (cites_dir): a later report of the event ("convicted of the 2010
 * shooting"), so the two may be one event across years, and neither the year veto nor the
 * window keeps them apart (detect.h, cited years). */
static int cites(const clx_t *a, const clx_t *b)
{
	return cites_dir(a, b) || cites_dir(b, a);
}

/* The year veto (detect.h): both clusters dated by years, no year in common, and neither cites
 * a year of the other. */
static int years_conflict(const clx_t *a, const clx_t *b)
{
	int ha = 0, hb = 0;
	for (int i = 0; i < YEAR_WORDS; i++) {
		if (a->years[i] & b->years[i]) return 0;
		ha |= a->years[i] != 0;
		hb |= b->years[i] != 0;
	}
	return ha && hb && !cites(a, b);
}

/* Mean cosine of a cluster's own pairs (its cohesion), from <sum, sum> = sum of all ordered
 * pairs' cosines, the members' own (1 each) included; -1 for a single document. */
static double cohesion(const cl_t *a)
{
	if (a->size < 2) return -1.0;
	return (a->self - a->diag) / ((double)a->size * (a->size - 1));
}

/* The cohesion rule's least cluster size: SC_DET_EVENT_COHESION_MIN, or SC_DET_EVENT_COHESION_MIN
 * from the environment (for measuring it, bench/eval_events.py --grid env:...). */
static uint32_t cohesion_min(void)
{
	const char *e = getenv("SC_DET_EVENT_COHESION_MIN");
	unsigned long m;
	if (e && sscanf(e, "%lu", &m) == 1 && m >= 1 && m <= UINT32_MAX) return (uint32_t)m;
	return SC_DET_EVENT_COHESION_MIN;
}

/* The cohesion rule (detect.h): the mean of the cross pairs must reach rho times the cohesion
 * of the more cohesive side, unless a single unit joins a cluster of at least cmin units. */
static int cohesion_conflict(const cl_t *a, const cl_t *b, double mean, double rho, uint32_t cmin)
{
	const uint32_t lo = a->size < b->size ? a->size : b->size, hi = a->size ^ b->size ^ lo;
	if (lo == 1 && hi >= cmin) return 0;
	const double ca = cohesion(a), cb = cohesion(b);
	const double c = ca > cb ? ca : cb;
	return c > 0 && mean < rho * c;
}

/* The weekday rule (detect.h): both clusters have at least wmin (SC_DET_EVENT_WEEKDAY_MIN)
 * members naming a weekday, and the shares of each weekday overlap by less than wov
 * (SC_DET_EVENT_WEEKDAY_OVERLAP; sum over the days of the smaller share). */
typedef struct wdrule_s {
	double min, overlap;
} wdrule_t;

/* The rule's two values: the defaults, or "MIN:OVERLAP" from SC_DET_EVENT_WEEKDAY (for
 * measuring them, bench/eval_events.py --grid env:SC_DET_EVENT_WEEKDAY=...; "off": no rule). */
static wdrule_t wdrule(void)
{
	wdrule_t r = {SC_DET_EVENT_WEEKDAY_MIN, SC_DET_EVENT_WEEKDAY_OVERLAP};
	const char *e = getenv("SC_DET_EVENT_WEEKDAY");
	double m, o;
	if (e && !strcmp(e, "off"))
		r.min = 1e18;
	else if (e && sscanf(e, "%lf:%lf", &m, &o) == 2 && m >= 1 && o >= 0)
		r.min = m, r.overlap = o;
	return r;
}

static int weekday_conflict(const clx_t *a, const clx_t *b, wdrule_t rule)
{
	uint32_t na = 0, nb = 0;
	for (int d = 0; d < 7; d++)
		na += a->wd[d], nb += b->wd[d];
	if (na < rule.min || nb < rule.min) return 0;
	double ov = 0;
	for (int d = 0; d < 7; d++) {
		const double x = (double)a->wd[d] / na, y = (double)b->wd[d] / nb;
		ov += x < y ? x : y;
	}
	return ov < rule.overlap;
}

/* Days between two spans of days, 0 when they overlap. */
static int64_t day_gap(int32_t amin, int32_t amax, int32_t bmin, int32_t bmax)
{
	return amax < bmin ? (int64_t)bmin - amax : bmax < amin ? (int64_t)amin - bmax : 0;
}

static int window_conflict(const clx_t *a, const clx_t *b, int window)
{
	if (window <= 0 || a->dmin == SC_DET_NODAY || b->dmin == SC_DET_NODAY || cites(a, b))
		return 0;
	/* the gap between the two clusters' dates, not the span of the merged cluster: a cluster
	 * that took in a later report by a cited year spans years, and its own reports of the
	 * first days must still meet the next one */
	return day_gap(a->dmin, a->dmax, b->dmin, b->dmax) > window;
}

/* What the year veto and the window say of cluster x and document q, a cluster of its own
 * (no clx_t): VETO_YEAR for years_conflict, else VETO_WINDOW for window_conflict, else 0; the
 * two rules read from the document, not from a clx_t filled by clx_doc. A document has one
 * year at most (bit yb), so cites_dir either way is a test of a few bits. The offers ask this
 * of every neighbour of every merged cluster: filling a clx_t each time (100 bytes zeroed,
 * then the rules' loops over its words) was ~half the offers' time at 100k generated
 * documents. */
enum { VETO_YEAR = 1, VETO_WINDOW = 2 };
static int doc_veto(const sc_det_ev_t *ev, const clx_t *x, uint32_t q, int window)
{
	const int y = ev->docs[q].year;
	const int32_t d = window > 0 ? ev->docs[q].day : SC_DET_NODAY;
	int cited = 0; /* cites (cites_dir both ways); no year, no citing */
	if (y >= SC_DET_YEAR_MIN && y <= SC_DET_YEAR_MAX) {
		const int yb = y - SC_DET_YEAR_MIN;
		const int common = (int)(x->years[yb / 64] >> (yb % 64) & 1);
		int top = -1; /* x's latest year, as a bit index */
		for (int i = YEAR_WORDS - 1; i >= 0 && top < 0; i--)
			if (x->years[i]) top = i * 64 + 63 - __builtin_clzll(x->years[i]);
		/* x writes q's year, not one of its own, earlier than its latest; or q writes a
		 * year of x earlier than its own */
		cited = !common && yb < top && (x->cited[yb / 64] >> (yb % 64) & 1);
		for (int k = 0; k < SC_DET_YEAR_CITES && !cited; k++) {
			const int cy = ev->cited[(size_t)q * SC_DET_YEAR_CITES + k];
			cited =
			    cy && cy - 1 < yb && (x->years[(cy - 1) / 64] >> ((cy - 1) % 64) & 1);
		}
		if (!common && top >= 0 && !cited) return VETO_YEAR;
	}
	if (window <= 0 || x->dmin == SC_DET_NODAY || d == SC_DET_NODAY || cited) return 0;
	return day_gap(x->dmin, x->dmax, d, d) > window ? VETO_WINDOW : 0;
}

/* What the year veto and the window say of clusters a and b from their summaries alone: 0,
 * VETO_YEAR or VETO_WINDOW as years_conflict and window_conflict would, or -1 when the
 * summaries cannot tell (their years' ranges overlap, or a citing is possible and would
 * decide). cites_dir(x, y) needs a year of y not its own (y's fc) below y's latest, and x a
 * year there (x's lowest below y's highest). */
static int sum_veto(const cl_t *a, const cl_t *b, int window)
{
	const int ha = a->ylo <= a->yhi, hb = b->ylo <= b->yhi;
	const int may_cite = ha && hb && ((b->fc && a->ylo < b->yhi) || (a->fc && b->ylo < a->yhi));
	if (ha && hb) {
		/* the lowest and the highest are years of the cluster: one in common is one */
		const int common =
		    a->ylo == b->ylo || a->ylo == b->yhi || a->yhi == b->ylo || a->yhi == b->yhi;
		if (a->yhi < b->ylo || b->yhi < a->ylo) return may_cite ? -1 : VETO_YEAR;
		if (!common) return -1; /* the ranges overlap: the bits tell */
	}
	if (window <= 0 || a->dmin == SC_DET_NODAY || b->dmin == SC_DET_NODAY ||
	    day_gap(a->dmin, a->dmax, b->dmin, b->dmax) <= window)
		return 0;
	return may_cite ? -1 : VETO_WINDOW;
}

/* The same of cluster p (x: its years and dates) and cluster q, a document of its own or not:
 * from the summaries when they tell, else from x and q's years (doc_veto, or its clx_t). */
static int cl_veto(const sc_det_ev_t *ev, const cl_t *c, uint32_t p, const clx_t *x, uint32_t q,
                   int window)
{
	const int v = sum_veto(&c[p], &c[q], window);
	if (v >= 0) return v;
	if (!c[q].x) return doc_veto(ev, x, q, window);
	return years_conflict(x, c[q].x)            ? VETO_YEAR
	       : window_conflict(x, c[q].x, window) ? VETO_WINDOW
	                                            : 0;
}

/* Merges cluster q into p (p < q): sums, sizes, years, dates, neighbours. */
static int cl_merge(const sc_det_ev_t *ev, cl_t *c, const clnb_t *g, uint32_t *parent,
                    uint32_t *ver, uint32_t p, uint32_t q, int window)
{
	cl_t *a = &c[p], *b = &c[q];
	if (!a->x) {
		if (!(a->x = malloc(sizeof *a->x))) return SC_ENOMEM;
		clx_doc(ev, p, window, a->x);
	}
	clx_t bt;
	const clx_t *bx = clx(ev, c, q, window, &bt);
	clx_t *ax = a->x;
	uint32_t atb[SC_DET_EVENT_TERMS], btb[SC_DET_EVENT_TERMS];
	const uint32_t *ast = a->st ? a->st : vec_ids(&ev->v[p], atb);
	const uint32_t *bst = b->st ? b->st : vec_ids(&ev->v[q], btb);
	/* the sum holds the terms of both sides once: counted first, so that its block is had at
	 * its size (a block shrunk after the merge left its tail free among the sums, pages that
	 * RSS kept: ~65 MiB at 1M generated documents) */
	size_t common;
	const uint32_t na = a->nsum, nb = b->nsum;
	SC_INTER_COUNT(common, ast, na, bst, nb);
	const uint32_t n = na + nb - (uint32_t)common;
	void *mem = malloc((size_t)(n ? n : 1) * (sizeof(uint32_t) + sizeof(float)));
	if (!mem) return SC_ENOMEM;
	uint32_t *t = mem;
	float *w = (float *)(t + n);
	uint32_t i = 0, j = 0, k = 0;
	while (i < a->nsum || j < b->nsum) {
		if (j == b->nsum || (i < a->nsum && ast[i] < bst[j]))
			t[k] = ast[i], w[k++] = a->sw[i++];
		else if (i == a->nsum || bst[j] < ast[i])
			t[k] = bst[j], w[k++] = b->sw[j++];
		else
			t[k] = ast[i], w[k++] = a->sw[i++] + b->sw[j++];
	}
	free(a->st); /* NULL when borrowed */
	free(b->st);
	a->st = t;
	a->sw = w;
	a->nsum = k;
	b->st = NULL;
	b->sw = NULL;
	b->nsum = 0;
	a->size += b->size;
	a->diag += b->diag;
	a->self = dot(a->st, a->sw, a->nsum, a->st, a->sw, a->nsum);
	for (int y = 0; y < YEAR_WORDS; y++)
		ax->years[y] |= bx->years[y], ax->cited[y] |= bx->cited[y];
	for (int d = 0; d < 7; d++)
		ax->wd[d] += bx->wd[d];
	if (bx->dmin != SC_DET_NODAY) {
		if (ax->dmin == SC_DET_NODAY || bx->dmin < ax->dmin) ax->dmin = bx->dmin;
		if (ax->dmax == SC_DET_NODAY || bx->dmax > ax->dmax) ax->dmax = bx->dmax;
	}
	cl_sum(a, ax);
	free(b->x);
	b->x = NULL;
	/* a merged cluster owns its list: a document's from the edges, then the other side's */
	const uint32_t nbq = b->nb ? b->nnb : nb_deg(g, q);
	if (!a->nb) {
		const uint32_t np = nb_deg(g, p), m = np + nbq;
		if (!(a->nb = malloc((size_t)(m ? m : 1) * sizeof *a->nb))) return SC_ENOMEM;
		nb_copy(g, p, a->nb);
		a->nnb = np;
		a->mnb = m ? m : 1;
	}
	if (nbq) {
		if (a->nnb + nbq > a->mnb) {
			uint32_t m = a->nnb + nbq;
			uint32_t *x = realloc(a->nb, (size_t)m * sizeof *x);
			if (!x) return SC_ENOMEM;
			a->nb = x;
			a->mnb = m;
		}
		if (b->nb)
			memcpy(a->nb + a->nnb, b->nb, (size_t)nbq * sizeof *b->nb);
		else
			nb_copy(g, q, a->nb + a->nnb);
		a->nnb += nbq;
	}
	free(b->nb);
	b->nb = NULL;
	b->nnb = b->mnb = 0;
	ver[p]++;
	ver[q] = CL_GONE;
	parent[q] = p;
	return SC_OK;
}

/* Maps p's neighbour list (p merged: it owns one) to current clusters, sorted, unique, itself
 * out. */
static void cl_neighbours(cl_t *c, uint32_t *parent, uint32_t p)
{
	cl_t *a = &c[p];
	/* each a miss in parent (n of them) at 1M generated documents: fetched ahead */
	for (uint32_t i = 0; i < a->nnb && i < 16; i++)
		__builtin_prefetch(&parent[a->nb[i]]);
	for (uint32_t i = 0; i < a->nnb; i++) {
		if (i + 16 < a->nnb) __builtin_prefetch(&parent[a->nb[i + 16]]);
		a->nb[i] = find(parent, a->nb[i]);
	}
	EV_SORT(uint32_t, a->nb, a->nnb, EV_U32_LESS);
	uint32_t m = 0;
	for (uint32_t i = 0; i < a->nnb; i++)
		if (a->nb[i] != p && (!m || a->nb[m - 1] != a->nb[i])) a->nb[m++] = a->nb[i];
	a->nnb = m;
}

/* Cluster p's sum into dense (w: its weights, or NULL for zeros). A document's own vector
 * (no st: sw is its weights, nsum its n) is decoded as it is written (vec_scatter). */
static void cl_scatter(const sc_det_ev_t *ev, float *dense, const cl_t *c, uint32_t p,
                       const float *w)
{
	if (!c[p].st) {
		vec_scatter(dense, &ev->v[p], w);
		return;
	}
	for (uint32_t j = 0; j < c[p].nsum; j++)
		dense[c[p].st[j]] = w ? w[j] : 0.0f;
}

static void scatter(const sc_det_ev_t *ev, float *dense, const cl_t *c, uint32_t p)
{
	cl_scatter(ev, dense, c, p, c[p].sw);
}

static void unscatter(const sc_det_ev_t *ev, float *dense, const cl_t *c, uint32_t p)
{
	cl_scatter(ev, dense, c, p, NULL);
}

/* The codes of document q's vector, a cluster alone without st (vec_codes from its cluster:
 * sw and nsum are the vector's w and n): ev->v[q], another miss at each mean (~12% of cl_dot's
 * samples at 300k generated documents), is not read. */
static const uint16_t *cl_codes(const cl_t *c, uint32_t q)
{
	return (const uint16_t *)(c[q].sw + c[q].nsum);
}

/* dense_dot of cluster q's sum with the one scattered in dense */
static double cl_dot(const float *dense, const cl_t *c, uint32_t q)
{
	if (c[q].st) return dense_dot(dense, c[q].st, c[q].sw, c[q].nsum);
	return c[q].nsum ? codes_dense_dot(dense, cl_codes(c, q), c[q].sw, c[q].nsum) : 0.0;
}

/* Drops the heap's stale entries (a side merged since the offer; the merge loop skips them
 * when popped) and makes a heap of the rest again. An entry once stale stays stale (a version
 * only grows, a cluster merged into another never becomes a root again), so the valid entries,
 * and the order (v desc, a, b) they are popped in, are the same. Most offers go stale before
 * they are popped (at 100k generated documents 1.96M of 2.03M pops were): pruned with the first
 * round's compaction every few thousand merges (the merge loop), and when the heap is full,
 * before it would double (heap_compact). Pruned only when full, the heap doubled to 4M entries
 * (96 MiB) at 1M generated documents; pruned with the queue too, it stays at 2M. */
static void heap_prune(heap_t *h)
{
	const uint32_t *ver = h->ver;
	size_t m = 0;
	for (size_t i = 0; i < h->n; i++) {
		const hent_t *e = &h->h[i];
		if (ver[e->a] == e->va && ver[e->b] == e->vb) h->h[m++] = *e;
	}
	h->n = m;
	for (size_t i = m / 2; i-- > 0;)
		hdown(h, i);
}

/* heap_prune, then the heap doubled if over half of it is valid. Returns SC_OK or SC_ENOMEM. */
static int heap_compact(heap_t *h)
{
	heap_prune(h);
	const size_t m = h->n;
	/* over half valid: doubled now, so that the next compaction is m/2 pushes away at least
	 * (amortised O(1) a push) */
	if (m > h->m / 2) {
		hent_t *a = realloc(h->h, 2 * h->m * sizeof *a);
		if (!a) return SC_ENOMEM;
		h->h = a;
		h->m *= 2;
	}
	return SC_OK;
}

/* The reads of the neighbours of an offer, nb[0 .. nn), ahead of their turn at i: the clusters
 * (nb[i + 2 * CL_AHEAD]), then what they point to (nb[i + CL_AHEAD]): the sum's head, and the
 * years and dates (or the document's) when the summaries cannot tell the veto (sum_veto); a
 * vetoed one's sum is not read. Each neighbour is a cache miss (a cluster in an array of n, its
 * years in a block of its own), two in a row for a merged one; taken one after the other the
 * offers waited on them (at 100k generated documents the vetoes' reads were ~40% of the
 * offers' time, the means' ~35%). The first ones are fetched before the loop (cl_offer): at 1M
 * an offer has a few tens of neighbours, and the first 2 * CL_AHEAD, never fetched ahead, were
 * most of the misses left on the clusters (perf: the summary's first read). */
#define CL_AHEAD 8
static void cl_prefetch_cl(const cl_t *c, uint32_t q)
{
	__builtin_prefetch((const char *)&c[q]);
	__builtin_prefetch((const char *)&c[q] + sizeof *c - 1);
}
static void cl_prefetch_refs(const sc_det_ev_t *ev, const cl_t *c, uint32_t p, uint32_t q,
                             int window)
{
	const int v = sum_veto(&c[p], &c[q], window);
	if (v > 0) return;
	if (v < 0 && c[q].x) {
		__builtin_prefetch(c[q].x);
		__builtin_prefetch((const char *)c[q].x + sizeof(clx_t) - 1);
	} else if (v < 0) {
		__builtin_prefetch(&ev->docs[q].day);
	}
	if (c[q].st)
		__builtin_prefetch(c[q].st);
	else if (c[q].nsum)
		__builtin_prefetch(cl_codes(c, q));
	if (c[q].sw) __builtin_prefetch(c[q].sw);
}
static void cl_prefetch(const sc_det_ev_t *ev, const cl_t *c, uint32_t p, const uint32_t *nb,
                        uint32_t nn, uint32_t i, int window)
{
	if (i + 2 * CL_AHEAD < nn) cl_prefetch_cl(c, nb[i + 2 * CL_AHEAD]);
	if (i + CL_AHEAD < nn) cl_prefetch_refs(ev, c, p, nb[i + CL_AHEAD], window);
}

/* Pushes the means of p (just merged) with each of its neighbours that reach t. p's sum vector
 * is scattered once into the dense scratch (ev->wk[0].dense, all 0 between calls) and each
 * neighbour's terms looked up in it (dense_dot). The first round's offers are made by
 * first_round. */
static int cl_offer(sc_det_ev_t *ev, cl_t *c, uint32_t *parent, heap_t *h, uint32_t p, double t,
                    int window, sc_det_ev_stats_t *st)
{
	cl_neighbours(c, parent, p);
	if (!c[p].nnb) return SC_OK;
	const uint32_t *nb = c[p].nb, nn = c[p].nnb;
	/* the first neighbours' reads, ahead of the scatter (cl_prefetch) */
	for (uint32_t i = 0; i < nn && i < 2 * CL_AHEAD; i++)
		cl_prefetch_cl(c, nb[i]);
	float *dense = ev->wk[0].dense;
	scatter(ev, dense, c, p);
	int rc = SC_OK;
	clx_t pt;
	const clx_t *px = clx(ev, c, p, window, &pt);
	for (uint32_t i = 0; i < nn && i < CL_AHEAD; i++)
		cl_prefetch_refs(ev, c, p, nb[i], window);
	for (uint32_t i = 0; !rc && i < nn; i++) {
		const uint32_t q = nb[i];
		cl_prefetch(ev, c, p, nb, nn, i, window);
		/* a merge the year veto or the window rules out whatever the mean: not computed
		 * (the budget would pay for a mean that cannot change anything; the pop below
		 * would refuse it) */
		if (cl_veto(ev, c, p, px, q, window)) {
			st->means_vetoed++;
			continue;
		}
		if (ev->spent >= ev->budget) {
			st->budget_cut++;
			continue;
		}
		ev->spent++;
		st->means++;
		const cl_t *y = &c[q];
		/* the mean of the cross pairs */
		const double v = cl_dot(dense, c, q) / ((double)c[p].size * y->size);
		if (v < t) continue;
		const uint32_t a = p < q ? p : q, b = p < q ? q : p;
		if (h->n && h->n == h->m && (rc = heap_compact(h))) break;
		rc = hpush(h, (hent_t){v, a, b, h->ver[a], h->ver[b]});
	}
	unscatter(ev, dense, c, p);
	return rc;
}

/* ------------------------------------------------------ the first round
 * Every cluster (a document, or a copy group) offers its mean with each neighbour of higher
 * index: as many means as edges, and no merge in between, so they are computed on threads,
 * block by block of clusters, and then taken in cluster order on one thread, where the budget
 * is applied exactly as one loop over the clusters would (the k-th mean of a cluster that
 * needs the budget is paid for, or cut, in that order). The means that reach t do not go to
 * the heap: they are sorted once (r1q_t) and merged with the heap at each pop. A pop takes the
 * best entry by (mean desc, a, b) from either; which structure holds an entry changes nothing,
 * since every valid entry is taken in that one order (two entries of the same key are the same
 * pair: after the first is taken, the second is stale). */
typedef struct r1ent_s {
	double v;
	uint32_t a, b;
} r1ent_t;

/* One chunk's means that reach t, in (a, b) order; ord: -1 for a mean known from its edge (two
 * documents alone), else its rank among the means of a that the budget pays for. */
typedef struct r1out_s {
	r1ent_t *e;
	int32_t *ord;
	size_t n, m;
	uint64_t vetoed;
} r1out_t;

typedef struct r1ctx_s {
	sc_det_ev_t *ev;
	cl_t *c;
	const clnb_t *g;
	uint32_t **scr; /* per worker: a document's neighbours, mapped (it owns no list) ... */
	uint32_t *mscr; /* ... and their room */
	const uint32_t *parent; /* flat: parent[x] is x's cluster */
	uint32_t *nbud;         /* per cluster: its means that the budget pays for */
	r1out_t *out;           /* per chunk of the block */
	size_t p0, grain;
	double t;
	int window;
} r1ctx_t;

/* A document alone, not in a copy group: its cluster's mean with another such is their
 * cosine, already compared (and paid for) as a candidate, and their edge exists (a neighbour
 * comes from an edge to one of its members, and such a cluster has one member). */
static int cl_alone(const sc_det_ev_t *ev, const cl_t *c, uint32_t p)
{
	(void)ev;
	return c[p].size == 1 && !c[p].st;
}

static int job_first(void *ctx, int worker, size_t lo, size_t hi)
{
	r1ctx_t *x = ctx;
	const sc_det_ev_t *ev = x->ev;
	cl_t *c = x->c;
	r1out_t *o = &x->out[lo / x->grain];
	float *dense = ev->wk[worker].dense;
	o->n = 0;
	o->vetoed = 0;
	for (size_t i = x->p0 + lo; i < x->p0 + hi; i++) {
		const uint32_t p = (uint32_t)i;
		x->nbud[p] = 0;
		if (x->parent[p] != p) continue;
		cl_t *a = &c[p];
		/* cl_neighbours with the flat parents (read only: other threads read them); a
		 * document alone maps its neighbours from the edges in the worker's scratch */
		uint32_t m = 0, deg = a->nb ? a->nnb : nb_deg(x->g, p);
		uint32_t *nbl = a->nb;
		if (!nbl) {
			if (deg > x->mscr[worker]) {
				uint32_t *s = realloc(x->scr[worker], (size_t)deg * sizeof *s);
				if (!s) return SC_ENOMEM;
				x->scr[worker] = s;
				x->mscr[worker] = deg;
			}
			nbl = x->scr[worker];
			nb_copy(x->g, p, nbl);
		}
		for (uint32_t k = 0; k < deg; k++)
			nbl[k] = x->parent[nbl[k]];
		EV_SORT(uint32_t, nbl, deg, EV_U32_LESS);
		for (uint32_t k = 0; k < deg; k++)
			if (nbl[k] != p && (!m || nbl[m - 1] != nbl[k])) nbl[m++] = nbl[k];
		if (a->nb) a->nnb = m;
		if (!m) continue;
		const int alone = cl_alone(ev, c, p);
		scatter(ev, dense, c, p);
		int32_t nb = 0;
		clx_t pt;
		const clx_t *px = clx(ev, c, p, x->window, &pt);
		for (uint32_t k = 0; k < m; k++) {
			const uint32_t q = nbl[k];
			if (q < p) continue; /* each pair once */
			const cl_t *y = &c[q];
			double v;
			int32_t ord = -1;
			if (alone && cl_alone(ev, c, q)) {
				v = cl_dot(dense, c, q);
				v = cos_clamp(v);
			} else {
				if (cl_veto(ev, c, p, px, q, x->window)) {
					o->vetoed++;
					continue;
				}
				ord = nb++;
				v = cl_dot(dense, c, q) / ((double)a->size * y->size);
			}
			if (v < x->t) continue;
			if (o->n == o->m) {
				const size_t mm = o->m ? 2 * o->m : 1024;
				r1ent_t *e = realloc(o->e, mm * sizeof *e);
				if (e) o->e = e;
				int32_t *r = e ? realloc(o->ord, mm * sizeof *r) : NULL;
				if (r) o->ord = r;
				if (!e || !r) {
					unscatter(ev, dense, c, p);
					return SC_ENOMEM;
				}
				o->m = mm;
			}
			o->e[o->n] = (r1ent_t){v, p, q};
			o->ord[o->n++] = ord;
		}
		x->nbud[p] = (uint32_t)nb;
		unscatter(ev, dense, c, p);
	}
	return SC_OK;
}

/* The first round's entries, sorted lazily: bucketed by their mean (the bits of a positive
 * double order as the double does), a bucket sorted when the pops reach it. The buckets lie
 * in increasing mean, the best at the end of the array, so that the pops consume it from the
 * end and its consumed tail is given back as they go (r1q_peek): at 1M generated documents it
 * holds ~15M entries (16 bytes each) when the merge loop starts, while the heap and the merged
 * clusters' sums grow during it. */
typedef struct r1q_s {
	r1ent_t *a;
	size_t n, m;
	size_t *start; /* nbk + 1 bucket starts */
	size_t nbk, bk, cur, end;
} r1q_t;

static int cmp_r1(const void *x, const void *y)
{
	const r1ent_t *a = x, *b = y;
	if (a->v != b->v) return a->v > b->v ? -1 : 1;
	if (a->a != b->a) return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

static uint64_t dbits(double v)
{
	uint64_t u;
	memcpy(&u, &v, sizeof u);
	return u;
}

/* The slot of an entry among nbk (bucket k, 0 the highest means, at slot nbk - 1 - k): the
 * bits of its mean below those of the highest (hi), shifted by sh. */
static size_t r1_slot(const r1ent_t *e, uint64_t hi, int sh, size_t nbk)
{
	return nbk - 1 - (size_t)((hi - dbits(e->v)) >> sh);
}

/* One pass of r1q_bucket: the entries of slots base .. base + nk * 2^ss (all there already) in
 * order of their key (slot - base) >> ss, in place, by cycles (next: nk places). */
static void r1q_cycles(r1ent_t *a, const size_t *start, size_t *next, size_t base, int ss,
                       size_t nk, uint64_t hi, int sh, size_t nbk)
{
	for (size_t j = 0; j < nk; j++)
		next[j] = start[base + (j << ss)];
	for (size_t j = 0; j < nk; j++) {
		const size_t end = start[base + ((j + 1) << ss)];
		while (next[j] < end) {
			r1ent_t e = a[next[j]];
			size_t d;
			while ((d = (r1_slot(&e, hi, sh, nbk) - base) >> ss) != j) {
				const r1ent_t x = a[next[d]];
				a[next[d]++] = e;
				e = x;
			}
			a[next[j]++] = e;
		}
	}
}

/* Puts q->a[0..n) in buckets of increasing mean (in place, by cycles: the order inside a
 * bucket does not matter, each is sorted whole when reached). In two passes: by the high half
 * of the slot's bits, then by the low half within each group, so that a pass's cycles write at
 * most ~2^11 places at once, whose lines stay in the cache; one pass over the 2^18 slots of
 * the 15M entries at 1M generated documents was a miss or two per entry (~3.7 s serial,
 * perf). */
static int r1q_bucket(r1q_t *q)
{
	size_t nbk = 1;
	int lb = 0;
	while (nbk < ((size_t)1 << 22) && nbk * 64 < q->n)
		nbk *= 2, lb++;
	uint64_t hi = 0, lo = UINT64_MAX;
	for (size_t i = 0; i < q->n; i++) {
		const uint64_t u = dbits(q->a[i].v);
		hi = u > hi ? u : hi;
		lo = u < lo ? u : lo;
	}
	int sh = 0;
	while (q->n && ((hi - lo) >> sh) >= nbk)
		sh++;
	const int l2 = lb / 2; /* the low half's bits */
	const size_t nlo = (size_t)1 << l2, nhi = nbk >> l2;
	size_t *next = NULL;
	if (!(q->start = calloc(nbk + 1, sizeof *q->start)) ||
	    !(next = malloc((nhi > nlo ? nhi : nlo) * sizeof *next))) {
		free(next);
		return SC_ENOMEM;
	}
	q->nbk = nbk;
	for (size_t i = 0; i < q->n; i++)
		q->start[r1_slot(&q->a[i], hi, sh, nbk) + 1]++;
	for (size_t k = 0; k < nbk; k++)
		q->start[k + 1] += q->start[k];
	r1q_cycles(q->a, q->start, next, 0, l2, nhi, hi, sh, nbk);
	for (size_t g = 0; g < nhi; g++)
		r1q_cycles(q->a, q->start, next, g << l2, 0, nlo, hi, sh, nbk);
	free(next);
	q->bk = q->cur = q->end = 0;
	return SC_OK;
}

/* The best entry left, or NULL. Entering a bucket, the consumed buckets after it go back to
 * the allocator once they are an eighth of the array and 1 MiB or more (a shrinking realloc:
 * glibc unmaps the tail of a large block in place). */
static const r1ent_t *r1q_peek(r1q_t *q)
{
	while (q->cur == q->end) {
		if (q->bk >= q->nbk) return NULL;
		const size_t s = q->nbk - 1 - q->bk++;
		q->cur = q->start[s];
		q->end = q->start[s + 1];
		const size_t dead = q->m - q->end;
		if (q->end && dead >= q->m / 8 && dead * sizeof *q->a >= ((size_t)1 << 20)) {
			r1ent_t *a = realloc(q->a, q->end * sizeof *a);
			if (a) q->a = a, q->m = q->end; /* else the larger block stays */
		}
		if (q->end - q->cur > 1) qsort(q->a + q->cur, q->end - q->cur, sizeof *q->a, cmp_r1);
	}
	return &q->a[q->cur];
}

/* Drops the entries not yet taken whose clusters merged since the first round (changed: a bit
 * per cluster, set for both sides of each merge of the loop; such an entry is stale, the loop
 * would skip it), bucket by bucket in place, and gives the room back. The entries left keep
 * their buckets and order (the current bucket is sorted), so the pops are the same. At 1M
 * generated documents the first round leaves ~15M entries, most of them near t: taken last,
 * they held the array whole through the merge loop while each merge made tens of them stale. */
static void r1q_compact(r1q_t *q, const uint64_t *changed)
{
#define R1_BIT(x) (changed[(x) >> 6] >> ((x) & 63) & 1)
#define R1_STALE(e) (R1_BIT((e).a) || R1_BIT((e).b))
	/* slots 0 .. s are left, the current one s from cur (its consumed entries go too) */
	const size_t s = q->bk ? q->nbk - q->bk : q->nbk - 1;
	size_t w = 0;
	for (size_t k = 0; k <= s; k++) {
		const size_t lo = k == s && q->bk ? q->cur : q->start[k];
		const size_t hi = k == s && q->bk ? q->end : q->start[k + 1];
		const size_t w0 = w;
		for (size_t i = lo; i < hi; i++)
			if (!R1_STALE(q->a[i])) q->a[w++] = q->a[i];
		q->start[k] = w0;
		if (k == s && q->bk) q->cur = w0, q->end = w;
	}
	q->start[s + 1] = w;
#undef R1_STALE
#undef R1_BIT
	if (w + (w >> 3) < q->m) {
		r1ent_t *a = realloc(q->a, (w ? w : 1) * sizeof *a);
		if (a) q->a = a, q->m = w ? w : 1;
	}
}

/* The first round, block by block of R1_BLOCK clusters on threads (job_first), each block's
 * chunks then taken in order: the budget, the vetoed count and the entries (into q). */
#define R1_BLOCK ((size_t)1 << 16)
#define R1_GRAIN ((size_t)256)
static int first_round(sc_det_ev_t *ev, cl_t *c, const clnb_t *g, const uint32_t *parent,
                       double t, int window, r1q_t *q, sc_det_ev_stats_t *st)
{
	/* SC_DET_EV_R1_BLOCK=N in the environment sets the block (tests: blocks and chunks of a
	 * few clusters give the result of one) */
	const size_t n = ev->n, blk = sc_det_env_size("SC_DET_EV_R1_BLOCK", R1_BLOCK);
	const size_t grain = blk < R1_GRAIN ? blk : R1_GRAIN, nch = (blk + grain - 1) / grain;
	r1ctx_t x = {.ev = ev, .c = c, .g = g, .parent = parent, .grain = grain, .t = t,
	             .window = window};
	int rc = SC_OK;
	if (!(x.nbud = malloc(n * sizeof *x.nbud)) || !(x.out = calloc(nch, sizeof *x.out)) ||
	    !(x.scr = calloc((size_t)ev->nthreads, sizeof *x.scr)) ||
	    !(x.mscr = calloc((size_t)ev->nthreads, sizeof *x.mscr))) {
		SC_FREE_ALL(x.nbud, x.out, x.scr);
		return SC_ENOMEM;
	}
	for (size_t p0 = 0; !rc && p0 < n; p0 += blk) {
		const size_t m = n - p0 < blk ? n - p0 : blk;
		x.p0 = p0;
		if ((rc = sc_det_parallel(ev->nthreads, m, grain, job_first, &x))) break;
		for (size_t k = 0; !rc && k < (m + grain - 1) / grain; k++) {
			const r1out_t *o = &x.out[k];
			st->means_vetoed += o->vetoed;
			size_t e = 0;
			const size_t lo = p0 + k * grain, hi = lo + grain < p0 + m ? lo + grain : p0 + m;
			for (size_t p = lo; p < hi; p++) {
				/* the means of p that the budget pays for: all, or those before it ran out */
				const uint64_t left = ev->spent < ev->budget ? ev->budget - ev->spent : 0;
				const uint64_t paid = x.nbud[p] < left ? x.nbud[p] : left;
				ev->spent += paid;
				st->means += paid;
				st->budget_cut += x.nbud[p] - paid;
				for (; e < o->n && o->e[e].a == p; e++) {
					if (o->ord[e] >= 0 && (uint64_t)o->ord[e] >= paid) continue;
					if (SC_GROW(q->a, q->m, q->n + 1)) {
						rc = SC_ENOMEM;
						break;
					}
					q->a[q->n++] = o->e[e];
				}
			}
		}
		/* the blocks the queue left behind as it grew, and the chunks' (on the threads'
		 * heaps): given back block by block, not held to the end of the round */
		sc_det_trim();
	}
	for (size_t k = 0; k < nch; k++)
		SC_FREE_ALL(x.out[k].e, x.out[k].ord);
	for (int w = 0; w < ev->nthreads; w++)
		free(x.scr[w]);
	SC_FREE_ALL(x.out, x.nbud, x.scr, x.mscr);
	return rc ? rc : r1q_bucket(q);
}

int sc_det_ev_cluster(sc_det_ev_t *ev, const sc_det_edge_t *edges, size_t nedges,
                      const sc_pair_t *dup,
                      size_t ndup, double t, int window, uint32_t *label, unsigned char *refused,
                      sc_det_ev_stats_t *st)
{
	const size_t n = ev->n;
	int rc = SC_OK;
	cl_t *c = NULL;
	uint32_t *parent = NULL;
	/* SC_DET_EV_COMPACT=N in the environment: the first round's stale entries dropped every N
	 * merges, and the heap's first capacity N (else 1024), so that tests compact early and
	 * often */
	const size_t every = sc_det_env_size("SC_DET_EV_COMPACT", 0);
	heap_t h = {.first = every ? every : 1024};
	r1q_t q1 = {0};
	uint64_t *changed = NULL; /* a bit per cluster merged in the loop (r1q_compact) */
	clnb_t g = {.e = edges};
	size_t since = 0;         /* merges since the last r1q_compact */
	const wdrule_t wrule = wdrule();
	const uint32_t cmin = cohesion_min();
	if (!n) return SC_OK;
	if (!(c = calloc(n, sizeof *c)) || !(parent = malloc(n * sizeof *parent)) ||
	    !(h.ver = calloc(n, sizeof *h.ver))) {
		rc = SC_ENOMEM;
		goto done;
	}
	for (int w = 0; w < ev->nthreads; w++)
		if (!ev->wk[w].dense &&
		    !(ev->wk[w].dense = calloc(ev->nterms ? ev->nterms : 1, sizeof(float)))) {
			rc = SC_ENOMEM;
			goto done;
		}
	for (size_t i = 0; i < n; i++) {
		const ev_vec_t *v = &ev->v[i];
		parent[i] = (uint32_t)i;
		c[i].size = 1;
		/* borrowed, not copied: n vectors' bytes (520 MB at 1M documents) */
		c[i].st = NULL;
		c[i].sw = v->w;
		c[i].nsum = v->n;
		if (v->n) c[i].self = c[i].diag = vec_self(v);
		clx_t x;
		clx_doc(ev, i, window, &x);
		cl_sum(&c[i], &x);
	}
	/* neighbours: both ends of every edge (clnb_t) */
	if (!(g.fo = calloc(n + 1, sizeof *g.fo)) || !(g.ro = calloc(n + 1, sizeof *g.ro)) ||
	    (nedges && !(g.rv = malloc(nedges * sizeof *g.rv)))) {
		rc = SC_ENOMEM;
		goto done;
	}
	for (size_t e = 0; e < nedges; e++) {
		if (e && edges[e].a < edges[e - 1].a) { /* not sorted by ids (det_internal.h) */
			rc = SC_EPARAM;
			goto done;
		}
		g.fo[edges[e].a + 1]++;
		g.ro[edges[e].b + 1]++;
	}
	for (size_t i = 0; i < n; i++)
		g.fo[i + 1] += g.fo[i], g.ro[i + 1] += g.ro[i];
	for (size_t e = 0; e < nedges; e++) /* ro[b] moves to b's end ... */
		g.rv[g.ro[edges[e].b]++] = edges[e].a;
	for (size_t i = n; i > 0; i--) /* ... and back to its start */
		g.ro[i] = g.ro[i - 1];
	g.ro[0] = 0;
	/* SC_DET_EV_OWN=1 in the environment: every document owns its neighbour list and its
	 * years from the start, as before clnb_t and clx_t (tests: the same result); the list is
	 * built by its own pass over the edges, not from g */
	if (sc_det_env_size("SC_DET_EV_OWN", 0)) {
		for (size_t e = 0; e < nedges; e++)
			c[edges[e].a].mnb++, c[edges[e].b].mnb++;
		for (size_t i = 0; i < n; i++)
			if (!(c[i].nb = malloc((c[i].mnb ? c[i].mnb : 1) * sizeof *c[i].nb)) ||
			    !(c[i].x = malloc(sizeof *c[i].x))) {
				rc = SC_ENOMEM;
				goto done;
			} else {
				clx_doc(ev, i, window, c[i].x);
			}
		for (size_t e = 0; e < nedges; e++) {
			cl_t *a = &c[edges[e].a], *b = &c[edges[e].b];
			a->nb[a->nnb++] = edges[e].b;
			b->nb[b->nnb++] = edges[e].a;
		}
	}
	/* copies first, whatever their cosine */
	for (size_t e = 0; e < ndup; e++) {
		uint32_t p = find(parent, dup[e].a), q = find(parent, dup[e].b);
		if (p == q) continue;
		if (q < p) {
			uint32_t x = p;
			p = q;
			q = x;
		}
		if ((rc = cl_merge(ev, c, &g, parent, h.ver, p, q, window))) goto done;
		st->merges++;
		st->dup_merges++;
	}
	/* A copy group is one unit: its mean vector, size 1, so that copies neither outvote the
	 * other articles of their event in a mean nor make a cluster look tightly knit. */
	for (size_t i = 0; i < n; i++) {
		cl_t *a = &c[i];
		if (parent[i] != i || a->size < 2) continue;
		for (uint32_t j = 0; j < a->nsum; j++)
			a->sw[j] /= (float)a->size;
		for (int d = 0; d < 7; d++) /* and one report's weekday, not one per copy */
			a->x->wd[d] = a->x->wd[d] > 0;
		a->size = 1;
		a->self = a->diag = dot(a->st, a->sw, a->nsum, a->st, a->sw, a->nsum);
	}
	/* SC_DET_EV_MEANS=N in the environment leaves N cluster means of the budget to clustering
	 * (tests: a budget that runs out in the first round; stats.event.budget still says the
	 * default) */
	const size_t means_left = sc_det_env_size("SC_DET_EV_MEANS", 0);
	if (means_left && ev->spent + means_left < ev->budget) ev->budget = ev->spent + means_left;
	/* the first round (first_round), with the parents flat: job_first reads them on threads */
	for (size_t i = 0; i < n; i++)
		parent[i] = find(parent, (uint32_t)i);
	if ((rc = first_round(ev, c, &g, parent, t, window, &q1, st))) goto done;
	/* the freed sums, lists and queue blocks go back to the system as the loop goes (here, at
	 * each compaction and at the end; 86 calls and 0.03 s at 1M generated documents): the
	 * loop's peak was its garbage, not what it held */
	sc_det_trim();
	if (!(changed = calloc((n + 63) / 64, sizeof *changed))) {
		rc = SC_ENOMEM;
		goto done;
	}
	for (;;) {
		/* the best of the first round's entries and the heap's */
		const r1ent_t *f = r1q_peek(&q1);
		hent_t e;
		if (f && (!h.n || hbetter(&(hent_t){f->v, f->a, f->b, 0, 0}, &h.h[0]))) {
			/* two clusters when the first round offered them: stale if either side
			 * merged in the loop since (each merge of the loop sets both sides' changed
			 * bits) */
			e = (hent_t){f->v, f->a, f->b, 0, 0};
			q1.cur++;
			if ((changed[e.a >> 6] >> (e.a & 63) & 1) ||
			    (changed[e.b >> 6] >> (e.b & 63) & 1))
				continue;
		} else if (h.n) {
			e = hpop(&h);
			if (h.ver[e.a] != e.va || h.ver[e.b] != e.vb) continue;
		} else {
			break;
		}
		clx_t at, bt;
		const clx_t *ax = clx(ev, c, e.a, window, &at), *bx = clx(ev, c, e.b, window, &bt);
		if (years_conflict(ax, bx)) {
			st->refused_year++;
			continue;
		}
		if (cohesion_conflict(&c[e.a], &c[e.b], e.v, SC_DET_EVENT_COHESION, cmin)) {
			st->refused_cohesion++;
			continue;
		}
		if (window_conflict(ax, bx, window)) {
			st->refused_window++;
			continue;
		}
		if (weekday_conflict(ax, bx, wrule)) {
			st->refused_weekday++;
			continue;
		}
		if ((rc = cl_merge(ev, c, &g, parent, h.ver, e.a, e.b, window))) goto done;
		st->merges++;
		changed[e.a >> 6] |= 1ull << (e.a & 63);
		changed[e.b >> 6] |= 1ull << (e.b & 63);
		/* the first round's stale entries dropped every (entries left / 256) merges, 4096 at
		 * least: about 256 checks a merge in all, for a queue that shrinks as it goes stale
		 * (at 1M generated documents, / 64 held it at 153 MiB for the first 150k merges,
		 * where the peak was) */
		if (++since >= (every ? every : q1.end / 256 > 4096 ? q1.end / 256 : 4096)) {
			r1q_compact(&q1, changed);
			/* and the heap's stale entries with them (heap_prune); under a quarter full, it
			 * gives half its room back */
			heap_prune(&h);
			if (h.m > h.first && h.n < h.m / 4) {
				hent_t *a = realloc(h.h, h.m / 2 * sizeof *a);
				if (a) h.h = a, h.m /= 2;
			}
			sc_det_trim();
			since = 0;
		}
		if ((rc = cl_offer(ev, c, parent, &h, e.a, t, window, st))) goto done;
	}
	for (size_t i = 0; i < n; i++)
		label[i] = find(parent, (uint32_t)i);
	/* why each edge left between two clusters stayed apart, judged on the final clusters */
	if (refused)
		for (size_t e = 0; e < nedges; e++) {
			const uint32_t p = label[edges[e].a], q = label[edges[e].b];
			if (p == q) {
				refused[e] = 0;
				continue;
			}
			/* the rules are symmetric: a document of its own, if any, on the right */
			clx_t pt;
			const int swap = !c[p].x;
			const uint32_t l = swap ? q : p, r = swap ? p : q;
			const int v = cl_veto(ev, c, l, clx(ev, c, l, window, &pt), r, window);
			refused[e] = v == VETO_YEAR     ? SC_LINK_YEAR
			             : v == VETO_WINDOW ? SC_LINK_WINDOW
			                                : SC_LINK_AVERAGE;
		}
done:
	if (c)
		for (size_t i = 0; i < n; i++) {
			free(c[i].st); /* NULL when borrowed */
			free(c[i].nb);
			free(c[i].x);
		}
	SC_FREE_ALL(c, parent, h.ver, h.h, q1.a, q1.start, changed, g.fo, g.ro, g.rv);
	sc_det_trim();
	return rc;
}
