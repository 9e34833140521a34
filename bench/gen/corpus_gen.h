/* corpus_gen.h: the synthetic corpus generator shared by bench/gen_corpus.c, the other
 * benchmarks and tests/test_bench_gen.c, and its manual.
 *
 * What it makes: n documents of about `words` words drawn from a Zipf vocabulary of pseudo-words
 * (varied length, some accented French letters), rendered as sentences and paragraphs, some
 * ending in an outlet's boilerplate block ("À lire aussi" link lists, share prompts, a
 * copyright line). A fraction of the documents are planted near-duplicate copies of a recent
 * original: word edits (substitutions, deletions, insertions) at a rate derived from a target
 * Jaccard, truncation, boilerplate blocks added, removed or swapped. Target similarities are
 * spread uniformly over [jmin, jmax] (default 0.2 .. 1.0, with a share of verbatim copies), so
 * there are planted pairs well above, around and below J = 0.5.
 *
 * Truth: the exact Jaccard of word 5-shingle sets as the tool computes them
 * (sc_sh_shingle_set, default word view), for every planted pair (copy vs original, and two
 * copies of one original) and, in full mode, every other pair with J >= min_j, found exactly
 * by prefix filtering over an inverted index of shingles (see corpus_gen.c).
 *
 * Determinism: one GSL mt19937 stream seeded with `seed` drives everything; the corpus bytes
 * depend only on the options that shape the corpus (not on the truth mode nor on whether dates
 * are printed). Document i has id "d%08u" of i, so id order is index order.
 *
 * Memory: generation streams (a ring of the last SC_GEN_RING originals is kept to copy from).
 * Planted truth adds the pair list. Full truth keeps every shingle set until sc_gen_truth:
 * about 20 bytes per shingle at the peak (~450 MB for 50k documents of 400 words).
 *
 * Conventions as in shingle.h: functions return SC_OK or a negative SC_E* code, write a one-line
 * message into err when they take one, and print nothing. */
#ifndef SC_CORPUS_GEN_H
#define SC_CORPUS_GEN_H

#include "shingle.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifdef __cplusplus
extern "C" {
#endif

enum { SC_GEN_TRUTH_NONE = 0, SC_GEN_TRUTH_PLANTED = 1, SC_GEN_TRUTH_FULL = 2 };
enum { SC_GEN_RING = 1024, SC_GEN_MAX_COPIES = 3 };

typedef struct sc_gen_opts_s {
	size_t n;           /* documents written, copies included; default 10000 */
	size_t words;       /* mean words of an original's body; default 400 (+-25%) */
	double dup_rate;    /* fraction of documents that are planted copies; default 0.2 */
	uint64_t seed;      /* GSL mt19937 seed; default 42 */
	size_t vocab;       /* vocabulary size; default 50000 */
	double zipf;        /* Zipf exponent s (P(rank r) ~ 1/r^s); default 1.0 */
	double boiler_rate; /* fraction of originals ending in an outlet block; default 0.2 */
	double jmin, jmax;  /* range of target Jaccard of copies; default 0.2, 1.0 */
	int published;     /* 1: write "published" dates (originals over 2024, copies 0-3 days later) */
	char lang[4];       /* "lang" field; default "fr" */
	int truth;          /* SC_GEN_TRUTH_*; default NONE */
	double min_j;       /* full truth: chance pairs with J >= min_j; default 0.3 */
} sc_gen_opts_t;
void sc_gen_opts_init(sc_gen_opts_t *o);
/* The corpus options the benchmarks share on their command lines: -n N, -w W and the seed
 * (getopt value seed_opt). Stores arg (strtoull, range checked later by sc_gen_opts_check)
 * and returns 1 when c is one of them, else 0. */
static inline int sc_gen_opts_arg(sc_gen_opts_t *o, int c, int seed_opt, const char *arg)
{
	if (c == 'n') o->n = strtoull(arg, NULL, 10);
	else if (c == 'w') o->words = strtoull(arg, NULL, 10);
	else if (c == seed_opt) o->seed = strtoull(arg, NULL, 10);
	else return 0;
	return 1;
}
/* Checks ranges; SC_OK or SC_EPARAM with a message naming the option. */
int sc_gen_opts_check(const sc_gen_opts_t *o, char *err, size_t errlen);

/* One generated document; every pointer is borrowed until the next sc_gen_next. */
typedef struct sc_gen_doc_s {
	uint32_t index;        /* 0-based position in the corpus */
	const char *id;        /* "d%08u" */
	const char *text;      /* UTF-8, NUL-terminated */
	size_t len;            /* bytes in text */
	const char *lang;
	const char *published; /* NULL unless opts.published */
	int64_t copy_of;       /* index of the original, -1 for an original */
} sc_gen_doc_t;

/* A truth pair: a < b are document indices. J = inter / uni exactly. */
enum { SC_GEN_PLANTED = 0, SC_GEN_SIBLING = 1, SC_GEN_CHANCE = 2 };
typedef struct sc_gen_pair_s {
	uint32_t a, b;
	uint32_t inter, uni; /* shingles in common and in the union */
	int kind;            /* SC_GEN_PLANTED: copy vs original; SIBLING: two copies of one
	                        original; CHANCE: any other pair with J >= min_j */
} sc_gen_pair_t;
const char *sc_gen_kind_name(int kind);
/* The truth's order, a qsort comparator of sc_gen_pair_t: by a, then b, then kind. */
int sc_gen_pair_cmp(const void *x, const void *y);

typedef struct sc_gen_stats_s {
	size_t originals, copies, verbatim, edited, truncated, boiler_changed, with_boiler;
	size_t bytes;
} sc_gen_stats_t;

typedef struct sc_gen_s sc_gen_t;
/* Builds the vocabulary and the boilerplate blocks. Returns SC_OK or an SC_E* code with a
 * message; call sc_gen_opts_check first. *g is NULL on failure. */
int sc_gen_create(sc_gen_t **g, const sc_gen_opts_t *o, char *err, size_t errlen);
void sc_gen_free(sc_gen_t *g);
/* Makes the next document: returns 1 and fills *d, 0 after n documents, or a negative code. */
int sc_gen_next(sc_gen_t *g, sc_gen_doc_t *d, char *err, size_t errlen);
/* Once every document has been made: computes the remaining truth (the index pass in full mode)
 * and points *pairs at all truth pairs sorted by (a, b) (borrowed until sc_gen_free). */
int sc_gen_truth(sc_gen_t *g, const sc_gen_pair_t **pairs, size_t *npairs, char *err,
                 size_t errlen);
const sc_gen_stats_t *sc_gen_stats(const sc_gen_t *g);

/* Writes d as one JSONL line {"id","text","lang"[,"published"]}. Returns SC_OK or SC_EIO. */
int sc_gen_write_jsonl(const sc_gen_doc_t *d, FILE *f);
/* Writes the truth TSV: a comment line with the options, a header line
 * "a b jaccard inter union kind" (tab-separated) and one line per pair, J printed %.6f. */
int sc_gen_write_truth(const sc_gen_t *g, const sc_gen_pair_t *pairs, size_t npairs, FILE *f);

/* Reads a truth TSV written by sc_gen_write_truth. Ids must be "d%08u"; *pairs is malloc'd
 * (caller frees). Returns SC_OK, SC_EIO, SC_ENOMEM or SC_EFORMAT with a message naming the
 * line. */
int sc_gen_read_truth(FILE *f, const char *name, sc_gen_pair_t **pairs, size_t *npairs,
                      char *err, size_t errlen);

/* The pairs of the truth TSV at path whose Jaccard is >= threshold, as sorted keys
 * a << 32 | b (*keys malloc'd, caller frees; *n of them): what a benchmark's listed pairs are
 * scored against. Returns as sc_gen_read_truth, and SC_EIO naming path when it cannot be
 * opened. */
int sc_gen_truth_keys(const char *path, double threshold, uint64_t **keys, size_t *n, char *err,
                      size_t errlen);

#ifdef __cplusplus
}
#endif
#endif
