/* detect.h: the detect stage of storycheck, and its manual.
 *
 * What it does: takes documents from the shingle stage, sets boilerplate aside, finds candidate
 * pairs by LSH banding over MinHash signatures, verifies every candidate by the exact Jaccard of
 * its shingle sets, and clusters documents into two tiers: near-duplicate copies (word
 * 5-shingles) and articles about the same event (stemmed content words). Inside each event
 * cluster the comparator then finds pairs of statements that cannot both be true, and says who
 * asserted each side.
 *
 * It sees only shingle/shingle.h. Conventions (errors, ownership, free(NULL)) are those stated
 * at the top of shingle.h. Exported symbols start with sc_det_ (clustering) or sc_cmp_ (the
 * comparator).
 */
#ifndef SC_DETECT_H
#define SC_DETECT_H

#include "shingle.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------- options */
typedef struct sc_det_opts_s {
	sc_mh_params_t mh;          /* k, seed, scheme */
	int fold_accents;           /* default 0 */
	/* duplicate tier: word shingles */
	int dup_k;                  /* default 5 */
	double dup_threshold;       /* default 0.5 (exact Jaccard) */
	/* event tier: stemmed content words */
	double event_threshold;     /* default chosen from measurements: see README */
	/* LSH banding: b, r chosen to minimise fp_weight*FP + fn_weight*FN (normalised areas) */
	double fp_weight, fn_weight; /* default recall-first */
	int event_window_days;      /* 0: no time window */
	int boilerplate;            /* default 1: set boilerplate aside */
	int compare;                /* default 1: run the comparator on event clusters */
	int over_time;              /* default 0: also offer changes over time (labelled so) */
	double min_conflict_score;  /* default 0.5 */
	const char *lexicon_dir;    /* NULL: built-in lexicons (borrowed) */
	int threads;                /* 0: all cores */
} sc_det_opts_t;
void sc_det_opts_init(sc_det_opts_t *o);
/* Checks ranges; writes a message naming the option. Returns SC_OK or SC_EPARAM. */
int sc_det_opts_check(const sc_det_opts_t *o, char *err, size_t errlen);

/* LSH banding for a threshold t with k rows in total: picks b bands of r rows (b*r <= k)
 * minimising  fp_weight * FP/t + fn_weight * FN/(1-t), where FP = int_0^t P(s) ds and
 * FN = int_t^1 (1 - P(s)) ds with P(s) = 1-(1-s^r)^b, integrated with GSL (QAGS).
 * Dividing by the interval lengths makes the weights mean "relative cost of a false
 * positive vs a false negative" whatever t is. */
typedef struct sc_lsh_plan_s {
	int b, r;
	double fp_area, fn_area; /* normalised areas of the chosen plan */
} sc_lsh_plan_t;
int sc_det_lsh_plan(double t, int k, double fp_weight, double fn_weight, sc_lsh_plan_t *out);

/* ------------------------------------------------------------ results */
typedef struct sc_span_s {
	size_t start, end; /* byte offsets in the document's text, end exclusive */
} sc_span_t;

typedef struct sc_det_doc_s {
	sc_doc_t doc;          /* as read (text may be NULL once released; see sc_det_run) */
	size_t tokens;         /* word tokens */
	sc_span_t *boiler;     /* spans set aside as boilerplate, sorted */
	size_t nboiler;
	size_t boilerplate_bytes;
} sc_det_doc_t;

enum { SC_CLUSTER_EVENT = 0, SC_CLUSTER_DUPLICATE = 1 };
typedef struct sc_pair_s {
	uint32_t a, b;           /* document indices (into docs), a < b by id */
	double jaccard;          /* exact, over the tier's shingle sets */
	double estimate;         /* MinHash estimate */
	double ci_lo, ci_hi;     /* 95% binomial (Clopper-Pearson) interval of the estimate */
} sc_pair_t;
typedef struct sc_cluster_s {
	int kind;                /* SC_CLUSTER_* */
	uint32_t *members;       /* document indices, sorted by id */
	size_t nmembers;
	sc_pair_t *pairs;        /* verified edges inside the cluster, sorted */
	size_t npairs;
} sc_cluster_t;

/* Conflict kinds */
enum {
	SC_CONFLICT_DENIAL = 0,
	SC_CONFLICT_NEGATION,
	SC_CONFLICT_NUMBER,
	SC_CONFLICT_DATE,
	SC_CONFLICT_ANTONYM,
	SC_CONFLICT_OVER_TIME, /* only with over_time: a change of position between events */
	SC_CONFLICT_NKINDS
};
const char *sc_cmp_kind_name(int kind); /* "denial", "negation", ... */

typedef struct sc_claim_s {
	uint32_t doc;        /* document index */
	size_t start, end;   /* byte offsets of the sentence in the document's text */
	char *text;          /* the sentence */
	char *source;        /* who asserts it; NULL: the article in its own voice */
} sc_claim_t;
typedef struct sc_conflict_s {
	uint32_t cluster;    /* index into clusters */
	int kind;
	double score;        /* 0..1 */
	sc_claim_t a, b;
	char **cues;         /* cues that fired, e.g. "nier", "aucun" */
	size_t ncues;
	char **shared;       /* shared key terms */
	size_t nshared;
} sc_conflict_t;

typedef struct sc_det_result_s {
	uint64_t inputs;              /* items seen: ndocs + nrejects */
	sc_det_doc_t *docs;           /* sorted by id */
	size_t ndocs;
	sc_reject_t *rejects;         /* in input order */
	size_t nrejects;
	sc_cluster_t *clusters;       /* sorted by first member id, events before duplicates */
	size_t nclusters;
	sc_conflict_t *conflicts;     /* sorted by score (desc) then ids */
	size_t nconflicts;
	sc_lsh_plan_t dup_plan, event_plan;
} sc_det_result_t;

/* ----------------------------------------------------------------- run */
typedef struct sc_det_s sc_det_t;
/* Makes a detector. Returns NULL on OOM; call sc_det_opts_check first. */
sc_det_t *sc_det_create(const sc_det_opts_t *o);
void sc_det_free(sc_det_t *d);
/* Adds a document; takes ownership of doc's fields (the struct is zeroed). Rejects duplicate
 * ids itself. Returns SC_OK or a negative code. */
int sc_det_add(sc_det_t *d, sc_doc_t *doc);
/* Records a rejected input; takes ownership of rej's fields. */
int sc_det_reject(sc_det_t *d, sc_reject_t *rej);
/* Runs boilerplate detection, sketching, LSH, verification, clustering and the comparator.
 * Returns SC_OK or a negative code with a message in err. */
int sc_det_run(sc_det_t *d, char *err, size_t errlen);
/* The result of sc_det_run (borrowed, valid until sc_det_free). */
const sc_det_result_t *sc_det_result(const sc_det_t *d);
/* The effective options (borrowed). */
const sc_det_opts_t *sc_det_options(const sc_det_t *d);

/* ---------------------------------------------------------- comparator */
typedef struct sc_cmp_s sc_cmp_t;
/* Loads the French and English lexicons (negation, denial, reporting verbs, hedges, antonyms,
 * number words) from dir (files fr.json, en.json), or the built-in copies when dir is NULL,
 * and validates them; a message names the file and the entry at fault. */
int sc_cmp_create(sc_cmp_t **c, const char *dir, char *err, size_t errlen);
void sc_cmp_free(sc_cmp_t *c);

typedef struct sc_judgement_s {
	int contradiction;   /* 1: cannot both be true */
	double score;        /* 0..1, probability-like */
	int kind;            /* SC_CONFLICT_* when contradiction, else -1 */
	char cues[256];      /* cues that fired, comma-separated */
} sc_judgement_t;
/* Judges a pair of sentences (pair mode, `storycheck compare`). lang may be "" (guessed). */
int sc_cmp_pair(sc_cmp_t *c, const char *p, size_t plen, const char *h, size_t hlen,
                const char *lang, sc_judgement_t *out);

/* Finds conflicts inside one cluster of documents (indices into docs): across its articles and
 * inside each article, boilerplate spans excluded. Appends to *out / *nout (realloc'd; caller
 * frees each with sc_cmp_conflict_free, then the array). cluster is stored in each conflict.
 * Pairs scoring below min_score are not reported. */
int sc_cmp_cluster(sc_cmp_t *c, const sc_det_doc_t *docs, const uint32_t *members, size_t n,
                   uint32_t cluster, double min_score, sc_conflict_t **out, size_t *nout);
void sc_cmp_conflict_free(sc_conflict_t *x); /* frees the fields */

/* Reader of pair files (`storycheck compare`): tab-separated, a header naming at least
 * "premise" and "hypothesis", fields optionally quoted with " (doubled "" inside, tabs and
 * newlines allowed inside quotes). Other columns are carried through. */
typedef struct sc_tsv_s sc_tsv_t;
int sc_cmp_tsv_open(sc_tsv_t **t, FILE *f, const char *name, char *err, size_t errlen);
/* Number of columns and their names (borrowed). */
size_t sc_cmp_tsv_ncols(const sc_tsv_t *t);
const char *sc_cmp_tsv_colname(const sc_tsv_t *t, size_t i);
/* Reads the next row: returns 1 with fields (borrowed until the next call; NULL for missing
 * trailing fields), 0 at the end, or SC_EFORMAT with a message naming the line (the row is
 * skipped and reading can go on). *line gets the 1-based line where the row starts. */
int sc_cmp_tsv_next(sc_tsv_t *t, const char *const **fields, uint64_t *line, char *err,
                    size_t errlen);
void sc_cmp_tsv_close(sc_tsv_t *t);

#ifdef __cplusplus
}
#endif
#endif
