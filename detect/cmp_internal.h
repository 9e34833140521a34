/* cmp_internal.h: private to detect/. The comparator's pieces shared between its files:
 *   lexicon.c   loads and validates the per-language lexicons (detect/lexicon/{fr,en}.json)
 *   sentence.c  splits text into sentences with byte offsets
 *   statement.c analyses one sentence into a statement (attribution, polarity, hedging,
 *               quantities and dates, key terms)
 *   judge.c     scores a pair of statements (features + fitted model) -> contradiction or not
 *   conflict.c  cluster mode: which statements to pair, and the resulting conflicts
 *   pairtsv.c   the TSV reader of pair mode
 * Not installed, not part of the manual: detect.h is. Ownership rules are those of shingle.h. */
#ifndef SC_CMP_INTERNAL_H
#define SC_CMP_INTERNAL_H

#include "detect.h"

/* ------------------------------------------------------------- lexicons */
typedef struct sc_lexicon_s sc_lexicon_t;
/* Loads fr.json and en.json from dir (NULL: the copies embedded at build time) and validates
 * every entry; err names the file and the entry at fault. */
int sc_cmp_lex_load(sc_lexicon_t **lx, const char *dir, char *err, size_t errlen);
void sc_cmp_lex_free(sc_lexicon_t *lx);

/* ------------------------------------------------------------ sentences */
typedef struct sc_sent_s {
	size_t start, end; /* byte offsets, end exclusive, trimmed of surrounding space */
} sc_sent_t;
/* Splits text into sentences (abbreviations, initials, decimal commas, quotations kept whole).
 * *out is realloc'd (caller frees); returns the number of sentences or a negative code. */
long sc_cmp_sentences(const sc_lexicon_t *lx, const char *text, size_t len, const char *lang,
                      sc_sent_t **out, size_t *cap);

/* ----------------------------------------------------------- statements */
enum { SC_Q_NUMBER = 0, SC_Q_DURATION, SC_Q_DATE, SC_Q_MONEY, SC_Q_PERCENT };
typedef struct sc_quant_s {
	int kind;          /* SC_Q_* */
	double value;      /* normalised: durations in seconds, dates as days since 1970-01-01 */
	double lo, hi;     /* the interval the text allows (approximate values are wide) */
	int approx;        /* "environ", "about", "plus de" ... */
	char unit[16];     /* normalised unit ("s", "EUR", "%", "" ...) */
	uint64_t what;     /* hash of the stemmed noun the number counts ("morts", "régions"), 0 if none */
	size_t start, end; /* byte offsets in the sentence */
} sc_quant_t;

typedef struct sc_stmt_s {
	const char *text;  /* borrowed: the sentence */
	size_t len;
	char lang[4];
	/* polarity and stance */
	int negated;       /* a negation cue governs the main predicate */
	int denial;        /* the speaker denies / dismisses a claim (nier, démentir, deny, ...) */
	int hedged;        /* conditional, allegedly, reported claim */
	int reported;      /* the sentence reports someone else's claim (a rapporté, selon X) */
	char *source;      /* who asserts it (owned), NULL: the writer's own voice */
	char *cues;        /* cues that fired, comma-separated (owned) */
	/* content */
	uint64_t *terms;   /* stemmed content-word hashes, sorted unique (owned) */
	size_t nterms;
	uint64_t *ents;    /* named-entity hashes (capitalised multiword names), sorted (owned) */
	size_t nents;
	sc_quant_t *q;     /* quantities, dates, durations (owned) */
	size_t nq;
	uint64_t *antos;   /* hashes of stems that have an antonym in the lexicon (owned) */
	size_t nantos;
} sc_stmt_t;

/* The comparator object (opaque in detect.h). */
struct sc_cmp_s {
	sc_lexicon_t *lex;
	sc_tokenizer_t *tok;
	void *model;       /* judge.c's fitted model */
};

/* Analyses one sentence. st is overwritten; free with sc_cmp_stmt_free. */
int sc_cmp_analyse(sc_cmp_t *c, const char *s, size_t len, const char *lang, sc_stmt_t *st);
void sc_cmp_stmt_free(sc_stmt_t *st);

/* Scores a pair of statements: fills out (contradiction, score, kind, cues). The same judge
 * serves pair mode and cluster mode. */
int sc_cmp_judge(sc_cmp_t *c, const sc_stmt_t *a, const sc_stmt_t *b, sc_judgement_t *out);

#endif
