/* corpus_gen.c: a deterministic synthetic corpus with planted near-duplicates and exact truth.
 *
 * Text. A vocabulary is drawn once: the top ranks are real function words of the language
 * (about 70, ~40% of the tokens, as in news text), the others pseudo-words: word r has a length growing
 * with log(r) (frequent words are short, as in real text) and letters drawn from French letter
 * frequencies, accented letters included; words are distinct. Body words are drawn from a Zipf
 * law P(r) ~ 1/(r+1)^s with GSL's Walker alias tables (gsl_ran_discrete, O(1) per draw).
 * Sentences of 8-25 words, occasional commas, paragraphs of 3-6 sentences. A fifth of the
 * originals (boiler_rate) end in one of 16 outlet blocks: an "À lire aussi" list of headlines,
 * a share prompt and a copyright line, repeated verbatim across documents, like real
 * boilerplate.
 *
 * Copies. With probability dup_rate a document is a copy of an original picked uniformly from
 * the last SC_GEN_RING originals (at most SC_GEN_MAX_COPIES copies each). A target Jaccard t is
 * drawn uniformly in [jmin, jmax] (5% of copies are verbatim: t = 1), then one of three recipes
 * spends it:
 *   - edits: each word is edited with probability p (60% substitution by a Zipf word, 20%
 *     deletion, 20% insertion). A 5-shingle survives when its 5 words do, so the shared fraction
 *     is s = (1-p)^5 and J = s / (2 - s) for sets of equal size: p = 1 - (2t/(1+t))^(1/5);
 *   - truncation to a fraction f in [max(t, 0.25), 1] (kept from the start, or 30% of the time
 *     from the end), J ~ f, the rest of t spent on edits;
 *   - boilerplate: the original's block removed or swapped for another outlet's, or a block
 *     added, J ~ L / (L + block), the rest spent on edits.
 * These are only targets that spread the pairs; the truth is measured.
 *
 * Truth. Every shingle set is computed with sc_sh_shingle_set (default word view, k = 5), i.e.
 * exactly as the tool computes it. Planted pairs (copy vs original, copy vs copy of the same
 * original) are measured as they are made, from sets kept in the ring: that costs O(ring), not
 * O(n). In full mode every set is also kept, and after the last document all pairs with
 * J >= min_j are found exactly with prefix filtering (Bayardo, Ma, Srikant, "Scaling up all pairs
 * similarity search", WWW 2007; Xiao et al., PPJoin, WWW 2008):
 *   1. shingles are renumbered by increasing document frequency (rare first);
 *   2. if J(x, y) >= t then |x n y| >= ceil(t * max(|x|, |y|)), so the first
 *      |x| - ceil(t|x|) + 1 shingles of x and the first |y| - ceil(t|y|) + 1 of y share at least
 *      one shingle (any order works for exactness; rare-first keeps the lists short, since the
 *      repeated boilerplate shingles fall outside every prefix);
 *   3. an inverted index over the prefixes of shingles seen in two or more documents gives the
 *      candidates; each is checked with the size filter min/max >= t, then verified by merging
 *      the two sorted sets.
 * No sampling: the result is the exact set of pairs at or above min_j. */
#include "corpus_gen.h"
#include "sc_prim.h"

#include <ctype.h>
#include <errno.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

enum { NBLOCKS = 16 };

typedef struct u32v_s {
	uint32_t *a;
	size_t n, m;
} u32v_t;

/* An original kept to be copied, with what the truth needs. */
typedef struct slot_s {
	int used;
	uint32_t index;
	u32v_t body;
	int footer; /* block id or -1 */
	int day, minute;
	int ncopies;
	uint32_t copy_idx[SC_GEN_MAX_COPIES];
	sc_u64v_t set;                         /* the original's shingle set (truth only) */
	sc_u64v_t cset[SC_GEN_MAX_COPIES];     /* its copies' sets (truth only) */
} slot_t;

struct sc_gen_s {
	sc_gen_opts_t o;
	gsl_rng *rng;
	gsl_ran_discrete_t *zipf, *letters;
	char *vbuf; /* the vocabulary: word r is vbuf[voff[r] .. voff[r] + vlen[r]) */
	uint32_t *voff;
	uint8_t *vlen;
	char *block[NBLOCKS];
	size_t block_words[NBLOCKS];
	slot_t *ring;
	size_t ring_fill, ring_next;
	uint32_t next; /* documents made so far */
	/* scratch of the current document */
	u32v_t work, tmp;
	char *buf;
	size_t blen, bcap;
	char id[16], date[80];
	/* truth */
	sc_tokenizer_t *tok;
	sc_shingle_opts_t so;
	sc_u64v_t cur;
	sc_gen_pair_t *pairs;
	size_t npairs, mpairs;
	uint64_t *H; /* full mode: every set, concatenated */
	size_t nH, mH;
	size_t *off; /* n + 1 offsets into H */
	int truth_done;
	sc_gen_stats_t st;
};

/* French letter frequencies (per mille, rounded), accented letters included, so that the
 * pseudo-words exercise the UTF-8 and normalisation paths of the tokenizer. */
static const char *const g_letters[] = {
    "e", "a", "s", "i", "t", "n", "r", "u", "l", "o", "d", "c", "p", "m", "é", "v", "q", "f", "b",
    "g", "h", "j", "à", "x", "è", "y", "ê", "ç", "z", "ô", "ù", "î", "â", "û", "ë", "ï", "k", "w"};
static const double g_letter_w[] = {140, 80, 80, 70, 70, 70, 65, 60, 55, 53, 37, 33, 30, 30, 20, 16, 10, 10, 9,
                                    9,   7,  5,  5,  4,  3,  3,  2,  1,  1,  .5, .5, .5, .5, .5, .2, .2, .5, .5};
#define NLETTERS (sizeof g_letters / sizeof g_letters[0])

/* The most frequent ranks are real function words of the document language, roughly in corpus
 * frequency order: like real news, about 40% of the tokens are then stopwords, which the content
 * view drops; without them, pseudo-words of top rank would be "content words" shared by every
 * document and make unrelated documents look alike in the event tier. */
static const char *const g_func_fr[] = {
    "de", "la", "le", "et", "les", "des", "à", "du", "en", "un", "une", "que", "est", "pour",
    "qui", "dans", "a", "par", "plus", "pas", "au", "sur", "ne", "se", "il", "ce", "son", "avec",
    "elle", "ont", "sa", "ses", "aux", "été", "mais", "ou", "leur", "comme", "on", "sont", "nous",
    "y", "tout", "cette", "était", "être", "fait", "aussi", "ces", "même", "bien", "deux", "ans",
    "après", "entre", "sans", "dont", "elles", "ils", "lui", "très", "sous", "depuis", "encore",
    "ainsi", "avant", "où", "contre", "si", "selon"};
static const char *const g_func_en[] = {
    "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with", "as",
    "he", "be", "by", "at", "from", "his", "an", "have", "are", "this", "which", "or", "had",
    "not", "but", "were", "they", "has", "their", "been", "one", "its", "who", "all", "would",
    "there", "more", "she", "after", "when", "also", "than", "two", "first", "other", "into",
    "about", "we", "her", "them", "said", "will", "can", "only", "new", "over", "up", "out",
    "some", "could", "what", "then", "these", "so", "no", "most"};

void sc_gen_opts_init(sc_gen_opts_t *o)
{
	memset(o, 0, sizeof *o);
	o->n = 10000;
	o->words = 400;
	o->dup_rate = 0.2;
	o->seed = 42;
	o->vocab = 50000;
	o->zipf = 1.0;
	o->boiler_rate = 0.2;
	o->jmin = 0.2;
	o->jmax = 1.0;
	o->published = 0;
	strcpy(o->lang, "fr");
	o->truth = SC_GEN_TRUTH_NONE;
	o->min_j = 0.3;
}

int sc_gen_opts_check(const sc_gen_opts_t *o, char *err, size_t errlen)
{
	const char *bad = NULL;
	if (o->n < 1 || o->n > 99999999) bad = "-n must be in 1..99999999";
	else if (o->words < 20 || o->words > 1000000) bad = "-w must be in 20..1000000";
	else if (!(o->dup_rate >= 0 && o->dup_rate < 1)) bad = "--dup-rate must be in [0, 1)";
	else if (o->vocab < 100 || o->vocab > 10000000) bad = "--vocab must be in 100..10000000";
	else if (!(o->zipf > 0 && o->zipf <= 4)) bad = "--zipf must be in (0, 4]";
	else if (!(o->boiler_rate >= 0 && o->boiler_rate <= 1)) bad = "--boiler-rate must be in [0, 1]";
	else if (!(o->jmin > 0 && o->jmin <= o->jmax && o->jmax <= 1))
		bad = "--jmin/--jmax must satisfy 0 < jmin <= jmax <= 1";
	else if (strcmp(o->lang, "fr") && strcmp(o->lang, "en")) bad = "--lang must be fr or en";
	else if (o->truth < SC_GEN_TRUTH_NONE || o->truth > SC_GEN_TRUTH_FULL) bad = "bad truth mode";
	else if (!(o->min_j >= 0.05 && o->min_j <= 1)) bad = "--min-j must be in [0.05, 1]";
	if (!bad) return SC_OK;
	snprintf(err, errlen, "%s", bad);
	return SC_EPARAM;
}

const char *sc_gen_kind_name(int kind)
{
	switch (kind) {
	case SC_GEN_PLANTED: return "planted";
	case SC_GEN_SIBLING: return "sibling";
	case SC_GEN_CHANCE: return "chance";
	}
	return "?";
}

/* ------------------------------------------------------------ small vectors */
static int u32v_reserve(u32v_t *v, size_t m)
{
	return SC_GROW(v->a, v->m, m) ? SC_ENOMEM : SC_OK;
}

static int buf_reserve(sc_gen_t *g, size_t extra)
{
	return SC_GROW(g->buf, g->bcap, g->blen + extra + 1) ? SC_ENOMEM : SC_OK;
}

/* Appends without checking room: callers reserve first. */
static void buf_put(sc_gen_t *g, const char *s, size_t n)
{
	memcpy(g->buf + g->blen, s, n);
	g->blen += n;
	g->buf[g->blen] = 0;
}

static int pair_push(sc_gen_t *g, uint32_t a, uint32_t b, uint32_t inter, uint32_t uni, int kind)
{
	if (SC_GROW(g->pairs, g->mpairs, g->npairs + 1)) return SC_ENOMEM;
	sc_gen_pair_t *p = &g->pairs[g->npairs++];
	p->a = a < b ? a : b;
	p->b = a < b ? b : a;
	p->inter = inter;
	p->uni = uni;
	p->kind = kind;
	return SC_OK;
}

/* --------------------------------------------------------------- vocabulary */
static int make_vocab(sc_gen_t *g, char *err, size_t errlen)
{
	const size_t V = g->o.vocab;
	int rc = SC_ENOMEM;
	size_t tsize = 1;
	while (tsize < 2 * V) tsize *= 2;
	uint32_t *table = calloc(tsize, sizeof *table); /* 1 + word index, 0 = empty */
	size_t cap = V * 8, used = 0;
	g->vbuf = malloc(cap);
	g->voff = malloc(V * sizeof *g->voff);
	g->vlen = malloc(V);
	if (!table || !g->vbuf || !g->voff || !g->vlen) goto done;
	char w[64];
	const int en = !strcmp(g->o.lang, "en");
	const char *const *func = en ? g_func_en : g_func_fr;
	const size_t nfunc = en ? sizeof g_func_en / sizeof *g_func_en : sizeof g_func_fr / sizeof *g_func_fr;
	for (size_t r = 0; r < V; r++) {
		if (r < nfunc) { /* distinct by construction; entered in the table below */
			size_t wl = strlen(func[r]);
			uint64_t h = XXH3_64bits(func[r], wl);
			size_t pos = h & (tsize - 1);
			while (table[pos]) pos = (pos + 1) & (tsize - 1);
			memcpy(g->vbuf + used, func[r], wl);
			g->voff[r] = (uint32_t)used;
			g->vlen[r] = (uint8_t)wl;
			used += wl;
			table[pos] = (uint32_t)r + 1;
			continue;
		}
		/* Length grows with log(rank): about 2-4 letters for the top words, 10-12 at 50k. */
		int len = 1 + (int)(log((double)r + 1) / log(3.0)) + (int)gsl_rng_uniform_int(g->rng, 3) - 1;
		for (int tries = 0;; tries++) {
			if (len < 1) len = 1;
			if (len > 20) len = 20;
			size_t wl = 0;
			for (int i = 0; i < len; i++) {
				const char *l = g_letters[gsl_ran_discrete(g->rng, g->letters)];
				size_t ll = strlen(l);
				memcpy(w + wl, l, ll);
				wl += ll;
			}
			uint64_t h = XXH3_64bits(w, wl);
			size_t pos = h & (tsize - 1);
			int dup = 0;
			while (table[pos]) {
				uint32_t j = table[pos] - 1;
				if (g->vlen[j] == wl && !memcmp(g->vbuf + g->voff[j], w, wl)) {
					dup = 1;
					break;
				}
				pos = (pos + 1) & (tsize - 1);
			}
			if (dup) {
				/* short words run out: lengthen after a few tries */
				if (tries >= 8) len++;
				continue;
			}
			if (used + wl > cap) {
				cap *= 2;
				char *nb = realloc(g->vbuf, cap);
				if (!nb) goto done;
				g->vbuf = nb;
			}
			memcpy(g->vbuf + used, w, wl);
			g->voff[r] = (uint32_t)used;
			g->vlen[r] = (uint8_t)wl;
			used += wl;
			table[pos] = (uint32_t)r + 1;
			break;
		}
	}
	double *wz = malloc(V * sizeof *wz);
	if (!wz) goto done;
	for (size_t r = 0; r < V; r++) wz[r] = pow((double)r + 1, -g->o.zipf);
	g->zipf = gsl_ran_discrete_preproc(V, wz);
	free(wz);
	if (!g->zipf) goto done;
	rc = SC_OK;
done:
	free(table);
	if (rc) snprintf(err, errlen, "vocabulary: %s", sc_strerror(rc));
	return rc;
}

static uint32_t zipf_word(sc_gen_t *g) { return (uint32_t)gsl_ran_discrete(g->rng, g->zipf); }

/* Appends word r, capitalised (ASCII first letter only) when cap is set. */
static void put_word(sc_gen_t *g, uint32_t r, int cap)
{
	const char *w = g->vbuf + g->voff[r];
	size_t n = g->vlen[r];
	buf_put(g, w, n);
	if (cap && w[0] >= 'a' && w[0] <= 'z') g->buf[g->blen - n] = (char)(w[0] - 'a' + 'A');
}

/* The outlet blocks: repeated verbatim across documents, as real boilerplate is. */
static int make_blocks(sc_gen_t *g)
{
	for (int b = 0; b < NBLOCKS; b++) {
		g->blen = 0;
		size_t words = 0;
		int nh = 3 + (int)gsl_rng_uniform_int(g->rng, 3);
		if (buf_reserve(g, 64)) return SC_ENOMEM;
		buf_put(g, "À lire aussi :", strlen("À lire aussi :"));
		words += 3;
		for (int h = 0; h < nh; h++) {
			int hw = 6 + (int)gsl_rng_uniform_int(g->rng, 5);
			if (buf_reserve(g, 8 + (size_t)hw * 24)) return SC_ENOMEM;
			buf_put(g, "\n- ", 3);
			for (int i = 0; i < hw; i++) {
				if (i) buf_put(g, " ", 1);
				put_word(g, zipf_word(g), i == 0);
			}
			words += (size_t)hw;
		}
		static const char share[] = "\nPartagez cet article : Facebook, X, e-mail.\n© ";
		if (buf_reserve(g, sizeof share + 96)) return SC_ENOMEM;
		buf_put(g, share, strlen(share));
		/* the outlet's name: two words from the rarer half of the vocabulary */
		const size_t half = g->o.vocab / 2;
		put_word(g, (uint32_t)(half + gsl_rng_uniform_int(g->rng, g->o.vocab - half)), 1);
		buf_put(g, " ", 1);
		put_word(g, (uint32_t)(half + gsl_rng_uniform_int(g->rng, g->o.vocab - half)), 1);
		buf_put(g, " 2024. Tous droits réservés.", strlen(" 2024. Tous droits réservés."));
		words += 5 + 2 + 4;
		g->block[b] = malloc(g->blen + 1);
		if (!g->block[b]) return SC_ENOMEM;
		memcpy(g->block[b], g->buf, g->blen + 1);
		g->block_words[b] = words;
	}
	g->blen = 0;
	return SC_OK;
}

int sc_gen_create(sc_gen_t **out, const sc_gen_opts_t *o, char *err, size_t errlen)
{
	int rc = SC_ENOMEM;
	*out = NULL;
	if (errlen) err[0] = 0;
	sc_gen_t *g = calloc(1, sizeof *g);
	if (!g) goto done;
	g->o = *o;
	g->rng = gsl_rng_alloc(gsl_rng_mt19937);
	g->ring = calloc(SC_GEN_RING, sizeof *g->ring);
	if (!g->rng || !g->ring) goto done;
	gsl_rng_set(g->rng, (unsigned long)o->seed);
	g->letters = gsl_ran_discrete_preproc(NLETTERS, g_letter_w);
	if (!g->letters) goto done;
	if ((rc = make_vocab(g, err, errlen))) goto done;
	if ((rc = make_blocks(g))) goto done;
	if (o->truth != SC_GEN_TRUTH_NONE) {
		sc_norm_opts_t no = {0};
		g->tok = sc_sh_tokenizer_create(&no);
		if (!g->tok) {
			rc = SC_ENOMEM;
			goto done;
		}
		sc_sh_shingle_opts_init(&g->so, SC_VIEW_WORD);
	}
	if (o->truth == SC_GEN_TRUTH_FULL) {
		g->off = calloc(o->n + 1, sizeof *g->off);
		if (!g->off) goto done;
	}
	rc = SC_OK;
	*out = g;
	g = NULL;
done:
	if (rc && errlen && !err[0]) snprintf(err, errlen, "generator: %s", sc_strerror(rc));
	sc_gen_free(g);
	return rc;
}

void sc_gen_free(sc_gen_t *g)
{
	if (!g) return;
	gsl_rng_free(g->rng);
	gsl_ran_discrete_free(g->zipf);
	gsl_ran_discrete_free(g->letters);
	SC_FREE_ALL(g->vbuf, g->voff, g->vlen);
	for (int b = 0; b < NBLOCKS; b++) free(g->block[b]);
	if (g->ring) {
		for (size_t i = 0; i < SC_GEN_RING; i++) {
			slot_t *s = &g->ring[i];
			free(s->body.a);
			sc_u64v_free(&s->set);
			for (int c = 0; c < SC_GEN_MAX_COPIES; c++) sc_u64v_free(&s->cset[c]);
		}
		free(g->ring);
	}
	SC_FREE_ALL(g->work.a, g->tmp.a, g->buf);
	sc_sh_tokenizer_free(g->tok);
	sc_u64v_free(&g->cur);
	SC_FREE_ALL(g->pairs, g->H, g->off, g);
}

const sc_gen_stats_t *sc_gen_stats(const sc_gen_t *g) { return &g->st; }

/* --------------------------------------------------------------- documents */
/* Proleptic Gregorian date of a day number (days since 1970-01-01); H. Hinnant's algorithm. */
static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

static void format_date(sc_gen_t *g, int day, int minute)
{
	int y, m, d;
	civil_from_days(19723L + day, &y, &m, &d); /* day 0 = 2024-01-01 */
	snprintf(g->date, sizeof g->date, "%04d-%02d-%02dT%02d:%02d:00Z", y, m, d, minute / 60,
	         minute % 60);
}

/* Renders body words as sentences and paragraphs, then the outlet block, into g->buf. */
static int render(sc_gen_t *g, const u32v_t *body, int footer)
{
	g->blen = 0;
	if (buf_reserve(g, body->n * 8 + 64)) return SC_ENOMEM; /* the usual need, at once */
	int left = 0, para = 3 + (int)gsl_rng_uniform_int(g->rng, 4);
	for (size_t i = 0; i < body->n; i++) {
		/* a word is at most 20 letters of at most 2 bytes, plus separators */
		if (buf_reserve(g, 48)) return SC_ENOMEM;
		int start = left == 0;
		if (start) {
			left = 8 + (int)gsl_rng_uniform_int(g->rng, 18);
			if (i) {
				if (--para == 0) {
					buf_put(g, "\n\n", 2);
					para = 3 + (int)gsl_rng_uniform_int(g->rng, 4);
				} else {
					buf_put(g, " ", 1);
				}
			}
		} else {
			buf_put(g, " ", 1);
		}
		put_word(g, body->a[i], start);
		left--;
		if (left == 0 || i + 1 == body->n) {
			buf_put(g, ".", 1);
			left = 0;
		} else if (gsl_rng_uniform(g->rng) < 0.06) {
			buf_put(g, ",", 1);
		}
	}
	if (footer >= 0) {
		size_t bl = strlen(g->block[footer]);
		if (buf_reserve(g, bl + 2)) return SC_ENOMEM;
		buf_put(g, "\n\n", 2);
		buf_put(g, g->block[footer], bl);
	}
	return SC_OK;
}

/* Size of the intersection of two sorted, deduplicated sets. */
static int truth_pair(sc_gen_t *g, uint32_t a, const sc_u64v_t *sa, uint32_t b,
                      const sc_u64v_t *sb, int kind)
{
	uint32_t in = (uint32_t)sc_u64_inter_count(sa->a, sa->n, sb->a, sb->n);
	return pair_push(g, a, b, in, (uint32_t)(sa->n + sb->n - in), kind);
}

/* Applies word edits at rate p to g->work (in place through g->tmp). */
static int edit_words(sc_gen_t *g, double p)
{
	if (p <= 0) return SC_OK;
	if (u32v_reserve(&g->tmp, 2 * g->work.n + 1)) return SC_ENOMEM;
	size_t n = 0;
	for (size_t i = 0; i < g->work.n; i++) {
		if (gsl_rng_uniform(g->rng) < p) {
			double op = gsl_rng_uniform(g->rng);
			if (op < 0.6) {
				g->tmp.a[n++] = zipf_word(g);
			} else if (op < 0.8) {
				/* deletion */
			} else {
				g->tmp.a[n++] = zipf_word(g);
				g->tmp.a[n++] = g->work.a[i];
			}
		} else {
			g->tmp.a[n++] = g->work.a[i];
		}
	}
	if (n == 0) g->tmp.a[n++] = g->work.a[0]; /* never empty */
	u32v_t t = g->work;
	g->work = g->tmp;
	g->tmp = t;
	g->work.n = n;
	return SC_OK;
}

static double edit_rate(double t)
{
	if (t >= 1) return 0;
	double s = 2 * t / (1 + t);
	return 1 - pow(s, 0.2);
}

/* Makes a copy of slot s into g->work; returns its footer through *footer. */
static int make_copy(sc_gen_t *g, const slot_t *s, int *footer)
{
	if (u32v_reserve(&g->work, s->body.n)) return SC_ENOMEM;
	memcpy(g->work.a, s->body.a, s->body.n * sizeof *g->work.a);
	g->work.n = s->body.n;
	*footer = s->footer;
	if (gsl_rng_uniform(g->rng) < 0.05) {
		g->st.verbatim++;
		return SC_OK;
	}
	double t = g->o.jmin + (g->o.jmax - g->o.jmin) * gsl_rng_uniform(g->rng);
	double te = t;
	switch (gsl_rng_uniform_int(g->rng, 3)) {
	case 0: g->st.edited++; break;
	case 1: {
		double lo = t > 0.25 ? t : 0.25;
		double f = lo + (1 - lo) * gsl_rng_uniform(g->rng);
		size_t keep = (size_t)(f * (double)g->work.n + 0.5);
		if (keep < 1) keep = 1;
		if (gsl_rng_uniform(g->rng) < 0.3) /* keep the end */
			memmove(g->work.a, g->work.a + (g->work.n - keep), keep * sizeof *g->work.a);
		g->work.n = keep;
		te = t / f;
		g->st.truncated++;
		break;
	}
	default: {
		double L = (double)g->work.n, B;
		if (s->footer >= 0 && gsl_rng_uniform(g->rng) < 0.5) {
			B = (double)g->block_words[s->footer];
			*footer = -1;
		} else {
			int nb = (int)gsl_rng_uniform_int(g->rng, NBLOCKS);
			if (nb == s->footer) nb = (nb + 1) % NBLOCKS;
			B = (double)g->block_words[nb] + (s->footer >= 0 ? (double)g->block_words[s->footer] : 0);
			*footer = nb;
		}
		te = t / (L / (L + B));
		g->st.boiler_changed++;
		break;
	}
	}
	if (te > 1) te = 1;
	return edit_words(g, edit_rate(te));
}

int sc_gen_next(sc_gen_t *g, sc_gen_doc_t *d, char *err, size_t errlen)
{
	int rc;
	if (g->next >= g->o.n) return 0;
	const uint32_t idx = g->next;
	slot_t *src = NULL;
	memset(d, 0, sizeof *d);
	d->copy_of = -1;
	if (g->ring_fill && gsl_rng_uniform(g->rng) < g->o.dup_rate) {
		src = &g->ring[gsl_rng_uniform_int(g->rng, g->ring_fill)];
		if (src->ncopies >= SC_GEN_MAX_COPIES) src = NULL; /* an original instead */
	}
	int footer, day, minute;
	if (src) {
		if ((rc = make_copy(g, src, &footer))) goto fail;
		day = src->day + (int)gsl_rng_uniform_int(g->rng, 4);
		minute = (int)gsl_rng_uniform_int(g->rng, 1440);
		d->copy_of = src->index;
		g->st.copies++;
	} else {
		/* body length uniform in words +-25% */
		size_t lo = g->o.words - g->o.words / 4;
		size_t n = lo + gsl_rng_uniform_int(g->rng, g->o.words / 2 + 1);
		if ((rc = u32v_reserve(&g->work, n))) goto fail;
		for (size_t i = 0; i < n; i++) g->work.a[i] = zipf_word(g);
		g->work.n = n;
		footer = gsl_rng_uniform(g->rng) < g->o.boiler_rate ? (int)gsl_rng_uniform_int(g->rng, NBLOCKS) : -1;
		day = (int)gsl_rng_uniform_int(g->rng, 366);
		minute = (int)gsl_rng_uniform_int(g->rng, 1440);
		g->st.originals++;
	}
	if (footer >= 0) g->st.with_boiler++;
	if ((rc = render(g, &g->work, footer))) goto fail;
	snprintf(g->id, sizeof g->id, "d%08u", idx);
	format_date(g, day, minute);
	d->index = idx;
	d->id = g->id;
	d->text = g->buf;
	d->len = g->blen;
	d->lang = g->o.lang;
	d->published = g->o.published ? g->date : NULL;
	g->st.bytes += g->blen;

	if (g->o.truth != SC_GEN_TRUTH_NONE) {
		long ns = sc_sh_shingle_set(g->tok, &g->so, g->buf, g->blen, g->o.lang, NULL, 0, &g->cur);
		if (ns < 0) {
			rc = (int)ns;
			snprintf(err, errlen, "%s: shingles: %s", g->id, sc_strerror(rc));
			return rc;
		}
		if (g->o.truth == SC_GEN_TRUTH_FULL) {
			if (SC_GROW(g->H, g->mH, g->nH + g->cur.n)) goto oom;
			memcpy(g->H + g->nH, g->cur.a, g->cur.n * sizeof *g->H);
			g->nH += g->cur.n;
			g->off[idx + 1] = g->nH;
		}
		if (src) {
			if ((rc = truth_pair(g, src->index, &src->set, idx, &g->cur, SC_GEN_PLANTED))) goto oom;
			for (int c = 0; c < src->ncopies; c++)
				if ((rc = truth_pair(g, src->copy_idx[c], &src->cset[c], idx, &g->cur, SC_GEN_SIBLING)))
					goto oom;
		}
	}
	if (src) {
		src->copy_idx[src->ncopies] = idx;
		/* keep the set by swapping buffers: no copy, no allocation */
		sc_u64v_t t = src->cset[src->ncopies];
		src->cset[src->ncopies] = g->cur;
		g->cur = t;
		src->ncopies++;
	} else {
		slot_t *s = &g->ring[g->ring_next];
		g->ring_next = (g->ring_next + 1) % SC_GEN_RING;
		if (g->ring_fill < SC_GEN_RING) g->ring_fill++;
		s->used = 1;
		s->index = idx;
		s->footer = footer;
		s->day = day;
		s->minute = minute;
		s->ncopies = 0;
		u32v_t t = s->body;
		s->body = g->work;
		g->work = t;
		sc_u64v_t ts = s->set;
		s->set = g->cur;
		g->cur = ts;
	}
	g->next++;
	return 1;
oom:
	rc = SC_ENOMEM;
fail:
	snprintf(err, errlen, "document %u: %s", idx, sc_strerror(rc));
	return rc;
}

/* ------------------------------------------------------------------ truth */
/* LSD radix sort, 8 bits a pass, histograms of all passes in one read; passes where every
 * key has the same byte are skipped. */
static int radix_u64(uint64_t *a, size_t n)
{
	size_t (*cnt)[256] = calloc(8, sizeof *cnt);
	uint64_t *tmp = malloc((n ? n : 1) * sizeof *tmp);
	if (!cnt || !tmp) {
		free(cnt);
		free(tmp);
		return SC_ENOMEM;
	}
	for (size_t i = 0; i < n; i++)
		for (int p = 0; p < 8; p++) cnt[p][(a[i] >> (8 * p)) & 255]++;
	uint64_t *src = a, *dst = tmp;
	for (int p = 0; p < 8; p++) {
		if (n && cnt[p][(a[0] >> (8 * p)) & 255] == n) continue;
		size_t sum = 0;
		for (int v = 0; v < 256; v++) {
			size_t c = cnt[p][v];
			cnt[p][v] = sum;
			sum += c;
		}
		for (size_t i = 0; i < n; i++) dst[cnt[p][(src[i] >> (8 * p)) & 255]++] = src[i];
		uint64_t *t = src;
		src = dst;
		dst = t;
	}
	if (src != a) memcpy(a, src, n * sizeof *a);
	free(cnt);
	free(tmp);
	return SC_OK;
}
static int cmp_u32(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
	return (a > b) - (a < b);
}
int sc_gen_pair_cmp(const void *x, const void *y)
{
	const sc_gen_pair_t *a = x, *b = y;
	if (a->a != b->a) return a->a < b->a ? -1 : 1;
	if (a->b != b->b) return a->b < b->b ? -1 : 1;
	return (a->kind > b->kind) - (a->kind < b->kind);
}

static uint32_t inter_u32(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	uint32_t c;
	SC_INTER_COUNT(c, a, na, b, nb);
	return c;
}

/* Prefix length that guarantees a shared shingle for J >= t (see the top of the file). The
 * epsilon only lengthens the prefix, which is always safe. */
static size_t prefix_len(size_t sz, double t)
{
	size_t need = (size_t)ceil(t * (double)sz - 1e-9);
	if (need < 1) need = 1;
	return sz - need + 1;
}

/* Steps 1-2 of truth_full: the distinct shingles S[0, *nu) (sorted) and their ranks by
 * (document frequency, hash); *nu1 = how many have df 1 (ranks [0, nu1): they never pair).
 * Returns 0 or an SC_E* code; *S and *rank are the caller's to free either way. */
static int rank_shingles(const sc_gen_t *g, uint64_t **Sp, uint32_t **rankp, size_t *nu,
                         size_t *nu1)
{
	const size_t T = g->nH;
	uint32_t *df = NULL;
	size_t *cnt = NULL;
	int rc = SC_ENOMEM;
	/* 1. distinct shingles and their document frequencies */
	uint64_t *S = *Sp = malloc((T ? T : 1) * sizeof *S);
	df = malloc((T ? T : 1) * sizeof *df);
	if (!S || !df) goto done;
	memcpy(S, g->H, T * sizeof *S);
	if ((rc = radix_u64(S, T))) goto done;
	rc = SC_ENOMEM;
	size_t U = 0;
	uint32_t maxdf = 0;
	for (size_t i = 0; i < T; i++) {
		if (U && S[i] == S[U - 1]) {
			df[U - 1]++;
		} else {
			S[U] = S[i];
			df[U++] = 1;
		}
	}
	for (size_t i = 0; i < U; i++)
		if (df[i] > maxdf) maxdf = df[i];
	/* 2. rank by (df, hash): a stable counting sort by df over hash-sorted shingles */
	cnt = calloc((size_t)maxdf + 2, sizeof *cnt);
	uint32_t *rank = *rankp = malloc((U ? U : 1) * sizeof *rank);
	if (!cnt || !rank) goto done;
	for (size_t i = 0; i < U; i++) cnt[df[i] + 1]++;
	for (size_t v = 1; v <= (size_t)maxdf + 1; v++) cnt[v] += cnt[v - 1];
	*nu1 = cnt[2];
	for (size_t i = 0; i < U; i++) rank[i] = (uint32_t)cnt[df[i]]++;
	*nu = U;
	rc = SC_OK;
done:
	SC_FREE_ALL(df, cnt);
	return rc;
}

/* Step 3 of truth_full: R[i] = the rank of shingle g->H[i] (S[0, U) sorted, rank[] its
 * ranks). A directory on the top bits of the (uniform) hashes narrows each lookup to a few
 * entries: a binary search over all of S costs ~25 cache misses per shingle. Returns 0 or
 * SC_ENOMEM. */
static int ranks_of_sets(const sc_gen_t *g, const uint64_t *S, const uint32_t *rank, size_t U,
                         uint32_t *R)
{
	int bits = 1;
	while (bits < 40 && ((size_t)1 << bits) < U / 4 + 1) bits++;
	const int shift = 64 - bits;
	size_t *dir = malloc((((size_t)1 << bits) + 1) * sizeof *dir);
	if (!dir) return SC_ENOMEM;
	for (size_t bkt = 0, i = 0; bkt <= ((size_t)1 << bits); bkt++) {
		while (i < U && (S[i] >> shift) < bkt) i++;
		dir[bkt] = i;
	}
	for (size_t i = 0; i < g->nH; i++) {
		const uint64_t h = g->H[i];
		size_t lo = dir[h >> shift], hi = dir[(h >> shift) + 1]; /* S[lo..hi) holds h */
		while (hi - lo > 1) {
			size_t mid = lo + (hi - lo) / 2;
			if (S[mid] <= h) lo = mid;
			else hi = mid;
		}
		R[i] = rank[lo];
	}
	free(dir);
	return SC_OK;
}

/* Step 4 of truth_full: the inverted index (CSR) over the prefix shingles of df >= 2 (ranks
 * >= U1, nidx of them): documents of shingle r - U1 are post[pcnt[r - U1], pcnt[r - U1 + 1]),
 * in increasing order. Returns 0 or SC_ENOMEM (*pcnt, *post the caller's to free). */
static int prefix_index(const sc_gen_t *g, const uint32_t *R, size_t U1, size_t nidx,
                        size_t **pcntp, uint32_t **postp)
{
	const size_t n = g->next;
	const double t = g->o.min_j;
	size_t *pcnt = *pcntp = calloc(nidx + 1, sizeof *pcnt);
	if (!pcnt) return SC_ENOMEM;
	for (size_t x = 0; x < n; x++) {
		const uint32_t *r = R + g->off[x];
		size_t sz = g->off[x + 1] - g->off[x], pl = sz ? prefix_len(sz, t) : 0;
		for (size_t i = 0; i < pl; i++)
			if (r[i] >= U1) pcnt[r[i] - U1 + 1]++;
	}
	for (size_t v = 1; v <= nidx; v++) pcnt[v] += pcnt[v - 1];
	uint32_t *post = *postp = malloc((pcnt[nidx] ? pcnt[nidx] : 1) * sizeof *post);
	size_t *fill = malloc((nidx + 1) * sizeof *fill);
	if (!post || !fill) {
		free(fill);
		return SC_ENOMEM;
	}
	memcpy(fill, pcnt, (nidx + 1) * sizeof *fill);
	for (size_t x = 0; x < n; x++) {
		const uint32_t *r = R + g->off[x];
		size_t sz = g->off[x + 1] - g->off[x], pl = sz ? prefix_len(sz, t) : 0;
		for (size_t i = 0; i < pl; i++)
			if (r[i] >= U1) post[fill[r[i] - U1]++] = (uint32_t)x;
	}
	free(fill);
	return SC_OK;
}

/* Step 5 of truth_full: for each document x, the candidates y > x sharing a prefix shingle,
 * the size filter, then exact verification; pairs with J >= min_j are pushed as CHANCE.
 * Returns 0 or an SC_E* code. */
static int probe(sc_gen_t *g, const uint32_t *R, size_t U1, const size_t *pcnt,
                 const uint32_t *post)
{
	const size_t n = g->next;
	const double t = g->o.min_j;
	uint32_t *mark = calloc(n ? n : 1, sizeof *mark);
	if (!mark) return SC_ENOMEM;
	int rc = SC_OK;
	for (size_t x = 0; x < n && !rc; x++) {
		const uint32_t *rx = R + g->off[x];
		const size_t sx = g->off[x + 1] - g->off[x], pl = sx ? prefix_len(sx, t) : 0;
		for (size_t i = 0; i < pl && !rc; i++) {
			if (rx[i] < U1) continue;
			const size_t lo = pcnt[rx[i] - U1], hi = pcnt[rx[i] - U1 + 1];
			for (size_t k = hi; k > lo && !rc; k--) {
				const uint32_t y = post[k - 1];
				if (y <= x) break; /* lists are in increasing document order */
				if (mark[y] == x + 1) continue;
				mark[y] = (uint32_t)x + 1;
				const size_t sy = g->off[y + 1] - g->off[y];
				const double mn = (double)(sx < sy ? sx : sy), mx = (double)(sx < sy ? sy : sx);
				if (mn / mx < t) continue;
				uint32_t in = inter_u32(rx, sx, R + g->off[y], sy);
				uint32_t uni = (uint32_t)(sx + sy - in);
				if ((double)in / (double)uni >= t)
					rc = pair_push(g, (uint32_t)x, y, in, uni, SC_GEN_CHANCE);
			}
		}
	}
	free(mark);
	return rc;
}

/* The full truth: every pair with J >= min_j, by a prefix-filter join over the shingle sets
 * in ranks (rare first). Frees g->H on the way (the ranks replace it). */
static int truth_full(sc_gen_t *g)
{
	uint64_t *S = NULL;
	uint32_t *rank = NULL, *R = NULL, *post = NULL;
	size_t *pcnt = NULL, U = 0, U1 = 0;
	int rc = rank_shingles(g, &S, &rank, &U, &U1);
	if (rc) goto done;
	/* 3. every set in ranks, sorted rare-first */
	rc = SC_ENOMEM;
	if (!(R = malloc((g->nH ? g->nH : 1) * sizeof *R))) goto done;
	if ((rc = ranks_of_sets(g, S, rank, U, R))) goto done;
	SC_FREE_ALL(S, rank, g->H);
	S = NULL;
	rank = NULL;
	g->H = NULL;
	for (size_t x = 0; x < g->next; x++)
		qsort(R + g->off[x], g->off[x + 1] - g->off[x], sizeof *R, cmp_u32);
	/* 4. inverted index over prefix shingles of df >= 2; 5. probe */
	if (!(rc = prefix_index(g, R, U1, U - U1, &pcnt, &post))) rc = probe(g, R, U1, pcnt, post);
done:
	SC_FREE_ALL(S, rank, R, pcnt, post);
	return rc;
}

int sc_gen_truth(sc_gen_t *g, const sc_gen_pair_t **pairs, size_t *npairs, char *err,
                 size_t errlen)
{
	int rc;
	if (!g->truth_done) {
		if (g->next < g->o.n) {
			snprintf(err, errlen, "truth asked after %u of %zu documents", g->next, g->o.n);
			return SC_EPARAM;
		}
		if (g->o.truth == SC_GEN_TRUTH_FULL && (rc = truth_full(g))) {
			snprintf(err, errlen, "truth index pass: %s", sc_strerror(rc));
			return rc;
		}
		/* planted pairs come first for equal (a, b): keep them, drop the chance duplicate */
		qsort(g->pairs, g->npairs, sizeof *g->pairs, sc_gen_pair_cmp);
		size_t m = 0;
		for (size_t i = 0; i < g->npairs; i++)
			if (!m || g->pairs[i].a != g->pairs[m - 1].a || g->pairs[i].b != g->pairs[m - 1].b)
				g->pairs[m++] = g->pairs[i];
		g->npairs = m;
		g->truth_done = 1;
	}
	*pairs = g->pairs;
	*npairs = g->npairs;
	return SC_OK;
}

/* ------------------------------------------------------------------ output */
static int put_json_string(const char *s, size_t n, FILE *f)
{
	static const char hex[] = "0123456789abcdef";
	size_t run = 0;
	if (fputc('"', f) == EOF) return SC_EIO;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\') continue;
		if (i > run && fwrite(s + run, 1, i - run, f) != i - run) return SC_EIO;
		run = i + 1;
		char e[7] = {'\\', 0, 0, 0, 0, 0, 0};
		size_t el = 2;
		switch (c) {
		case '"': e[1] = '"'; break;
		case '\\': e[1] = '\\'; break;
		case '\n': e[1] = 'n'; break;
		case '\t': e[1] = 't'; break;
		case '\r': e[1] = 'r'; break;
		default:
			e[1] = 'u', e[2] = '0', e[3] = '0', e[4] = hex[c >> 4], e[5] = hex[c & 15];
			el = 6;
		}
		if (fwrite(e, 1, el, f) != el) return SC_EIO;
	}
	if (n > run && fwrite(s + run, 1, n - run, f) != n - run) return SC_EIO;
	return fputc('"', f) == EOF ? SC_EIO : SC_OK;
}

int sc_gen_write_jsonl(const sc_gen_doc_t *d, FILE *f)
{
	if (fputs("{\"id\":", f) == EOF || put_json_string(d->id, strlen(d->id), f) ||
	    fputs(",\"text\":", f) == EOF || put_json_string(d->text, d->len, f) ||
	    fputs(",\"lang\":", f) == EOF || put_json_string(d->lang, strlen(d->lang), f))
		return SC_EIO;
	if (d->published && (fputs(",\"published\":", f) == EOF ||
	                     put_json_string(d->published, strlen(d->published), f)))
		return SC_EIO;
	return fputs("}\n", f) == EOF ? SC_EIO : SC_OK;
}

int sc_gen_write_truth(const sc_gen_t *g, const sc_gen_pair_t *pairs, size_t npairs, FILE *f)
{
	const sc_gen_opts_t *o = &g->o;
	fprintf(f,
	        "# gen_corpus truth: seed=%llu n=%zu w=%zu dup_rate=%g vocab=%zu zipf=%g "
	        "boiler_rate=%g jmin=%g jmax=%g truth=%s min_j=%g view=word k=5\n",
	        (unsigned long long)o->seed, o->n, o->words, o->dup_rate, o->vocab, o->zipf,
	        o->boiler_rate, o->jmin, o->jmax, o->truth == SC_GEN_TRUTH_FULL ? "full" : "planted",
	        o->min_j);
	fputs("a\tb\tjaccard\tinter\tunion\tkind\n", f);
	for (size_t i = 0; i < npairs; i++) {
		const sc_gen_pair_t *p = &pairs[i];
		fprintf(f, "d%08u\td%08u\t%.6f\t%u\t%u\t%s\n", p->a, p->b, (double)p->inter / p->uni,
		        p->inter, p->uni, sc_gen_kind_name(p->kind));
	}
	return ferror(f) ? SC_EIO : SC_OK;
}

int sc_gen_read_truth(FILE *f, const char *name, sc_gen_pair_t **pairs, size_t *npairs,
                      char *err, size_t errlen)
{
	char line[512];
	uint64_t ln = 0;
	size_t n = 0, m = 0;
	sc_gen_pair_t *v = NULL;
	int rc = SC_OK;
	while (fgets(line, sizeof line, f)) {
		ln++;
		if (line[0] == '#' || line[0] == '\n' || !strncmp(line, "a\tb\t", 4)) continue;
		unsigned a, b, in, un;
		double j;
		char kind[16];
		if (sscanf(line, "d%8u\td%8u\t%lf\t%u\t%u\t%15s", &a, &b, &j, &in, &un, kind) != 6 ||
		    un == 0 || in > un) {
			snprintf(err, errlen, "%s:%llu: not a truth line", name, (unsigned long long)ln);
			rc = SC_EFORMAT;
			goto done;
		}
		if (SC_GROW(v, m, n + 1)) {
			rc = SC_ENOMEM;
			snprintf(err, errlen, "%s: %s", name, sc_strerror(rc));
			goto done;
		}
		sc_gen_pair_t *p = &v[n++];
		p->a = a;
		p->b = b;
		p->inter = in;
		p->uni = un;
		p->kind = !strcmp(kind, "planted") ? SC_GEN_PLANTED
		          : !strcmp(kind, "sibling") ? SC_GEN_SIBLING
		                                     : SC_GEN_CHANCE;
	}
	if (ferror(f)) {
		rc = SC_EIO;
		snprintf(err, errlen, "%s: read error", name);
	}
done:
	if (rc) {
		free(v);
		v = NULL;
		n = 0;
	}
	*pairs = v;
	*npairs = n;
	return rc;
}

static int cmp_key(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
	return (a > b) - (a < b);
}

int sc_gen_truth_keys(const char *path, double threshold, uint64_t **keys, size_t *n, char *err,
                      size_t errlen)
{
	sc_gen_pair_t *truth = NULL;
	size_t ntruth = 0, nt = 0;
	uint64_t *k = NULL;
	*keys = NULL;
	*n = 0;
	FILE *f = fopen(path, "r");
	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return SC_EIO;
	}
	int rc = sc_gen_read_truth(f, path, &truth, &ntruth, err, errlen);
	fclose(f);
	if (rc) return rc;
	if (!(k = malloc((ntruth ? ntruth : 1) * sizeof *k))) {
		free(truth);
		snprintf(err, errlen, "%s: %s", path, sc_strerror(SC_ENOMEM));
		return SC_ENOMEM;
	}
	for (size_t i = 0; i < ntruth; i++)
		if ((double)truth[i].inter / truth[i].uni >= threshold)
			k[nt++] = (uint64_t)truth[i].a << 32 | truth[i].b;
	free(truth);
	qsort(k, nt, sizeof *k, cmp_key);
	*keys = k;
	*n = nt;
	return SC_OK;
}
