/* det_internal.h: private to detect/, the pieces of the clustering half shared between its files:
 *   lsh.c      options, the band/row plan, candidate generation, binomial intervals
 *   cluster.c  connected components with the anti-chaining rule
 *   boiler.c   boilerplate: repeated blocks and incoherent trailing link lists
 *   detector.c the detector object: documents, run, result
 *   det_stream.c streaming (opts.reread): sketching as documents are added, the passes over
 *              the input read again
 * Not part of the manual: detect.h is. Ownership rules are those of shingle.h. */
#ifndef SC_DET_INTERNAL_H
#define SC_DET_INTERNAL_H

#include "detect.h"

#include <pthread.h>

#define SC_DET_NODAY INT32_MIN

/* Parallel for (det_pool.c): calls fn(ctx, worker, lo, hi) on chunks [lo, hi) of [0, n) of
 * at most grain indices, on nthreads threads (worker in 0..nthreads-1; the caller is worker 0).
 * A job must write only its own indices' slots or per-worker/per-chunk outputs. Returns SC_OK,
 * SC_ENOMEM, or the error of the failing chunk with the lowest start (the others stop early). */
typedef int (*sc_det_job_fn)(void *ctx, int worker, size_t lo, size_t hi);
int sc_det_parallel(int nthreads, size_t n, size_t grain, sc_det_job_fn fn, void *ctx);
/* Threads for an option value: itself when > 0, else the online cores (1..1024). */
int sc_det_nthreads(int opt);

/* A size from the environment variable name (a whole number >= 1), else dflt: block sizes that
 * tests make small (SC_DET_DUP_BLOCK, SC_DET_EV_BLOCK). */
size_t sc_det_env_size(const char *name, size_t dflt);

/* The documents' small strings (det_strs.c): sc_det_add moves id, title, source, url,
 * published and path into blocks that hold such strings only, so that the texts are not
 * interleaved with strings that outlive them. take copies *s into a block, frees the original
 * and points *s at the copy (NULL stays NULL); the copies live until destroy, and nothing
 * else may free them. */
#define SC_DET_STR_BLOCK ((size_t)1 << 20)
typedef struct sc_det_strs_s sc_det_strs_t;
sc_det_strs_t *sc_det_strs_create(void);
void sc_det_strs_destroy(sc_det_strs_t *t);
int sc_det_strs_take(sc_det_strs_t *t, char **s);
size_t sc_det_strs_blocks(const sc_det_strs_t *t); /* blocks held */

/* malloc_trim(0) where glibc has it (SC_DET_TRIM=0 skips it): the heap's free pages back to
 * the system after a step frees many blocks (detector.c). */
void sc_det_trim(void);

/* A 64-bit key with a payload, for sorting. */
typedef struct sc_det_rec_s {
	uint64_t key, val;
} sc_det_rec_t;

/* Clustering (cluster.c; the rule is documented in detect.h "Clusters"). link(ctx, a, b, &j)
 * with a < b sets j to the pair's exact Jaccard and returns 1 when the pair is linked (reaches
 * the tier's threshold), 0 when not, or a negative code. */
typedef int (*sc_det_link_fn)(void *ctx, uint32_t a, uint32_t b, double *j);
typedef struct sc_det_clopts_s {
	const int32_t
	    *day;        /* per document: days since 1970-01-01, SC_DET_NODAY if unknown; or NULL */
	int window_days; /* 0: no time window */
	int strict;      /* 1: more than half of cross pairs linked (event); 0: at least half */
	double min_mean; /* the mean cross-pair Jaccard must reach this (the tier's threshold) */
	sc_det_link_fn link;
	void *ctx;
	/* Optional (NULL: not recorded), nedges bytes in the caller's edge order: set to
	 * SC_LINK_DENSITY or SC_LINK_WINDOW for an edge whose merge was refused at its turn, to 0
	 * for the others (merged, or already in one component). */
	unsigned char *refused;
} sc_det_clopts_t;
typedef struct sc_det_clstats_s {
	uint64_t merges, refused_density, refused_window, link_checks;
} sc_det_clstats_t;
/* Labels each of n documents with the representative of its component (label[n]). Edges need
 * not be sorted. Returns SC_OK, SC_EPARAM (an edge out of range), SC_ENOMEM or link's error. */
int sc_det_components(size_t n, const sc_pair_t *edges, size_t nedges, const sc_det_clopts_t *o,
                      uint32_t *label, sc_det_clstats_t *st);

/* The event tier (event.c; the method is in its file comment, the rules in detect.h).
 * sc_det_ev_create builds every document's TF-IDF vector (df over the documents whose copy[i]
 * is 0, copy NULL: all; a copy of an earlier document does not count twice) on
 * nthreads threads, one tokenizer each (tk[0..nthreads-1], borrowed); *bad names the document
 * at fault on a tokenizer error. sc_det_ev_edges: candidate pairs (every pair with all_pairs,
 * else the inverted index over the heaviest stems, within the budget), kept when their cosine
 * reaches t: *out (caller frees) sorted by ids, jaccard -1 (the caller fills it and eq).
 * sc_det_ev_cluster: average linkage over edges (sorted by ids, cosine >= t), copies
 * (dup, verified duplicate pairs) merged first; label[i] gets the smallest index of i's
 * cluster; refused[e] (nedges bytes, or NULL) why edge e's documents stayed apart. */
typedef struct sc_det_ev_s sc_det_ev_t;
/* An event edge from its candidates to clustering: 16 bytes, not sc_pair_t's 48 (15.8M edges
 * at 1M generated documents). Its cosine is not held: sc_det_ev_cosine gives the same double
 * again from the vectors. Its MinHash estimate and interval follow from the count of equal
 * positions of the two content signatures (estimate eq / k), which is not held here either but
 * beside the edges (sc_det_run_t.eeq, from the content pass on: 2 bytes an edge; it was a
 * field that padded the edge to 24 bytes, 126 MiB more at 1M). Sorted by (a, b). The edges
 * the result lists become sc_pair_t once the tier is clustered (detector.c). */
typedef struct sc_det_edge_s {
	uint32_t a, b;  /* document indices, a < b */
	double jaccard; /* exact, of the content sets; -1 until verified */
} sc_det_edge_t;
_Static_assert(sizeof(sc_det_edge_t) == 16, "an event edge is 16 bytes");
typedef struct sc_det_ev_stats_s {
	uint64_t keys, emitted, candidates; /* index entries, pairs emitted, distinct pairs */
	uint64_t lists_cut, pairs_cut;      /* posting lists (and their pairs) over the budget */
	uint64_t means, budget_cut;         /* cluster means computed, and not computed (budget) */
	uint64_t merges, dup_merges, refused_year, refused_window, refused_cohesion;
	uint64_t refused_weekday;
	uint64_t time_cut; /* key-sharing pairs not compared: their years or days rule them out */
	uint64_t means_vetoed; /* cluster means not computed: the year veto or window rules out
	                          the merge whatever the mean */
} sc_det_ev_stats_t;
int sc_det_ev_create(sc_det_ev_t **ev, sc_det_doc_t *docs, size_t n, sc_tokenizer_t **tk,
                     int nthreads, const unsigned char *copy, size_t *bad);
/* sc_det_ev_create in its two halves (so that documents can be tokenised elsewhere, e.g. on
 * other MPI ranks, and the vectors built from their lists with the same results, to the bit).
 * sc_det_ev_create calls sc_det_ev_terms, and sc_det_ev_create_terms' own steps (count, then
 * weigh) batch by batch, so that one process never holds every list at 16 bytes a stem:
 * - sc_det_ev_terms: what the event tier reads from one document's text, with no corpus
 *   state: the distinct content stems of its head (the first SC_DET_EVENT_HEAD content tokens
 *   outside doc->boiler, of doc->doc.lang) with their counts, a name counted
 *   SC_DET_EVENT_NAME_BOOST times, sorted by hash, and the weekday its text names
 *   (sc_det_text_weekday). out->a is grown with realloc as needed (the caller frees it; start
 *   from a zeroed sc_det_evterms_t; reuse one across documents). tk: the caller's, one per
 *   thread. Returns the number of stems (out->n), or a negative code (SC_ENOMEM).
 * - sc_det_ev_create_terms: the corpus half, from terms[0..n) in document order (docs[i]'s
 *   list in terms[i]): document frequencies over the documents whose copy[i] is 0 (copy NULL:
 *   all), term ids in order of first appearance, TF-IDF weights, the SC_DET_EVENT_TERMS
 *   heaviest stems, unit length, on nthreads threads. It takes the lists: every terms[i].a is
 *   freed (and zeroed) before it returns, on failure too; the array terms stays the caller's.
 *   docs is borrowed for the life of *ev (languages and dates are read; texts are not, except
 *   by the SC_DET_EVENT_DF_OUT table, which only sc_det_ev_create writes). Returns SC_OK or
 *   SC_ENOMEM. */
typedef struct sc_det_evterm_s {
	uint64_t h;     /* the stem's hash (XXH3 of its bytes; never 0) */
	float tf;       /* its count in the head, a name's counted SC_DET_EVENT_NAME_BOOST times */
	uint32_t first; /* its first occurrence among the head's content tokens: weight ties keep
	                   text order */
} sc_det_evterm_t;
typedef struct sc_det_evterms_s {
	sc_det_evterm_t *a; /* distinct stems, sorted by h */
	size_t n, m;        /* count, allocated */
	int wday;           /* 1 (Monday) .. 7, 0: none */
	unsigned char cited[SC_DET_YEAR_CITES]; /* years its head writes (sc_det_text_years) */
	struct sc_det_ev_hc_s *hc;              /* NULL, or a worker's stem hashes by token
	                                           (sc_det_ev_terms_cache); the caller frees it with free() */
} sc_det_evterms_t;
long sc_det_ev_terms(sc_tokenizer_t *tk, const sc_det_doc_t *doc, sc_det_evterms_t *out);
/* Gives a worker's scratch list w a cache of stem hashes by token (w->hc), if it has none:
 * sc_det_ev_terms then stems and hashes a word once, not at each occurrence, with the same
 * lists. If it cannot be had, w->hc stays NULL and the lists are the same, made without. */
void sc_det_ev_terms_cache(sc_det_evterms_t *w);
int sc_det_ev_create_terms(sc_det_ev_t **ev, sc_det_doc_t *docs, size_t n, sc_det_evterms_t *terms,
                           const unsigned char *copy, int nthreads);
void sc_det_ev_free(sc_det_ev_t *ev);
/* sc_det_ev_create in steps, for streaming (det_stream.c), where the texts come back in input
 * order: begin; put document i's list (taken, as sc_det_ev_create_terms takes them; copy as
 * there), once per document, in any order; finish once all are put: term ids renumbered into
 * their order of first appearance in document order, then the weights. The vectors are those
 * of sc_det_ev_create on the same lists, to the bit. SC_DET_EVENT_DF_OUT is not written. */
int sc_det_ev_begin(sc_det_ev_t **ev, sc_det_doc_t *docs, size_t n, int nthreads);
int sc_det_ev_put(sc_det_ev_t *ev, size_t i, sc_det_evterms_t *terms, const unsigned char *copy);
int sc_det_ev_finish(sc_det_ev_t *ev);
int sc_det_ev_edges(sc_det_ev_t *ev, int all_pairs, double t, sc_det_edge_t **out, size_t *nout,
                    sc_det_ev_stats_t *st);
double sc_det_ev_cosine(const sc_det_ev_t *ev, uint32_t a, uint32_t b);
/* out[k] = sc_det_ev_cosine of edges[idx[k]], k < n, on the threads (idx increasing, edges
 * sorted by a: each run of one a is scattered once). Not counted against the budget: these are
 * cosines of edges, already paid for as candidates. Returns SC_OK or SC_ENOMEM. */
int sc_det_ev_cosines(sc_det_ev_t *ev, const sc_det_edge_t *edges, const size_t *idx, size_t n,
                      double *out);
/* Exact comparisons (cosines and cluster means) spent so far, of SC_DET_EVENT_BUDGET(n). */
uint64_t sc_det_ev_spent(const sc_det_ev_t *ev);
int sc_det_ev_cluster(sc_det_ev_t *ev, const sc_det_edge_t *edges, size_t nedges,
                      const sc_pair_t *dup, size_t ndup, double t, int window, uint32_t *label,
                      unsigned char *refused, sc_det_ev_stats_t *st);
/* Dates (detect.h "Dates"): days since 1970-01-01 of a civil date, or SC_DET_NODAY; of a
 * "YYYY-MM-DD..." prefix; a date written in the first SC_DET_DATE_BYTES of a text (*year alone
 * when only a year is found, 0 when none); and a document's date (sets day, year,
 * date_source). */
int32_t sc_det_civil_day(int y, int m, int d);
int32_t sc_det_parse_day(const char *s);
void sc_det_text_date(const char *text, size_t len, int32_t *day, int *year);
/* The weekday an undated report names for its event (detect.h "weekday"): the first weekday
 * name (English or French, any case, a whole word) in the first SC_DET_WEEKDAY_BYTES bytes of
 * text outside the spans skip[0..nskip) (sorted: boilerplate), not followed by a number or a
 * month name (a dateline: the report's day); 1 (Monday) .. 7 (Sunday), 0 when none. */
int sc_det_text_weekday(const char *text, size_t len, const sc_span_t *skip, size_t nskip);
/* The years a text writes (detect.h "year", cited years): the first SC_DET_YEAR_CITES distinct
 * years (SC_DET_YEAR_MIN..SC_DET_YEAR_MAX, whole 4-digit numbers, not a decade "1990s" nor a
 * clock time "2045 GMT") in its first SC_DET_YEAR_CITE_BYTES bytes, stored in out[] as
 * year - SC_DET_YEAR_MIN + 1 (0: no more). Returns how many. */
int sc_det_text_years(const char *text, size_t len, unsigned char out[SC_DET_YEAR_CITES]);
void sc_det_doc_date(sc_det_doc_t *x);

/* Boilerplate (boiler.c; the rules are in its file comment and detect.h). Scan every document
 * in index order, then finish once: finish writes boiler spans into docs. neardup(ctx, a, b)
 * returns 1 when documents a and b may be copies of each other, 0 if not, or a negative code. */
typedef struct sc_det_boiler_s sc_det_boiler_t;
typedef int (*sc_det_neardup_fn)(void *ctx, uint32_t a, uint32_t b);
int sc_det_boiler_create(sc_det_boiler_t **b, sc_tokenizer_t *tk);
void sc_det_boiler_free(sc_det_boiler_t *b);
/* Tokenises d (guessing its language when empty, and setting d->doc.lang and d->tokens),
 * cuts it into blocks and applies the per-document rules. */
int sc_det_boiler_scan(sc_det_boiler_t *b, sc_tokenizer_t *tk, sc_det_doc_t *d);
int sc_det_boiler_finish(sc_det_boiler_t *b, sc_det_doc_t *docs, size_t n,
                         sc_det_neardup_fn neardup, void *ctx);
/* Documents scanned in another order than their index (streaming scans them in input order,
 * before they are sorted by id): perm[i] is the scan position of the document of index i.
 * Call once, between the last scan and finish; finish then gives what a scan in index order
 * would have. Returns SC_OK, SC_EPARAM (n is not the number scanned) or SC_ENOMEM. */
int sc_det_boiler_order(sc_det_boiler_t *b, const uint32_t *perm, size_t n);
/* What the boilerplate finder saw in document doc (for tests and diagnostics): up to max
 * blocks into out; returns the number of blocks of the document. */
typedef struct sc_det_block_s {
	size_t start, end;
	unsigned ncontent; /* distinct content stems */
	double coherence;  /* share of them in the article's head; -1: too short to judge */
	int boiler;        /* set aside */
} sc_det_block_t;
size_t sc_det_boiler_blocks(const sc_det_boiler_t *b, size_t doc, sc_det_block_t *out, size_t max);
/* The bytes the blocks scanned so far take (held from the scan to the end of the finish). A
 * block's ncontent saturates at 2^24 - 1. */
size_t sc_det_boiler_bytes(const sc_det_boiler_t *b);

/* Many processes (det_mpi.c, the MPI build). Documents are read, sketched and verified
 * elsewhere; the detector on the process that writes the report gets them sketched and the
 * duplicate tier's candidates with their exact Jaccard, then runs as in streaming mode
 * (detect.h, opts.reread) from clustering on. The detector must have been created in
 * streaming mode (reread set, no boilerplate pass, no event tier). */
typedef struct sc_det_ext_s {
	uint64_t *cand;     /* candidate pairs (i << 32 | j, i < j, indices in id order), sorted
	                       and unique; taken by sc_det_run (set to NULL) */
	double *candj;      /* the exact Jaccard of each; taken likewise */
	size_t ncand;
	sc_lsh_stats_t lsh; /* banding's counts, summed over the processes */
	int all_pairs;      /* the candidates are every pair (a corpus of SC_DET_ALLPAIRS or fewer) */
} sc_det_ext_t;
/* Adds a document sketched elsewhere (its text not needed: NULL), with its language set, its
 * token count and the date its reader took from it (day, year, date_source as sc_det_doc_date
 * sets them: the text is not here to read it again); as sc_det_add otherwise. The word signature is then written with
 * sc_det_ext_sig (zeros until then). */
int sc_det_add_sketched(sc_det_t *d, sc_doc_t *doc, size_t tokens, int32_t day, int year,
                        int date_source);
/* The word signature row (k values) of the document added in position pos (add order). */
uint32_t *sc_det_ext_sig(sc_det_t *d, size_t pos);
/* Makes the next sc_det_run take its candidates from x (borrowed until sc_det_run). */
void sc_det_set_ext(sc_det_t *d, sc_det_ext_t *x);
/* What streaming's sketching does to one document: the language guess when none is given
 * (doc.lang set), the token count, the word shingle set (into *set) and its signature.
 * tk and mh are the caller's; wo: the word view of the options. Returns SC_OK or an error. */
int sc_det_sketch_one(sc_tokenizer_t *tk, const sc_shingle_opts_t *wo, const sc_minhash_t *mh,
                      sc_det_doc_t *x, sc_u64v_t *set, uint32_t *sig);

/* The event tier's candidates at scale (evscale3): sc_det_ev_edges's inverted index emits only
 * the pairs of a posting list that the year veto and a time window of window_days (0: none)
 * leave possible (see time_pairs in event.c), cheapest list first, and counts the others in
 * sc_det_ev_stats_t.time_cut. Call before sc_det_ev_edges; the default is no window (years
 * only). Every pair is compared when all_pairs is set, as before. */
void sc_det_ev_set_window(sc_det_ev_t *ev, int window_days);
/* The bytes the event tier holds (vectors, stem table, scratch), for SC_DET_PROFILE. */
size_t sc_det_ev_bytes(const sc_det_ev_t *ev);

/* The detector object and the state of one sc_det_run (detector.c), shared with streaming
 * (det_stream.c): the run's steps are in detector.c, the streaming life cycle in
 * det_stream.c, and both read and write these. */
/* Sketching runs on threads in batches of SC_DET_SKETCH_BATCH documents (see keep_sets). */
#define SC_DET_SKETCH_BATCH 8192
#define SC_DET_SKETCH_GRAIN 32

struct sc_det_wk_s;
struct sc_det_run_s;
struct sc_det_s {
	sc_det_opts_t o;
	sc_det_result_t res;
	size_t mdocs, mrej;
	uint32_t *slot; /* id hash table: index + 1, 0 empty */
	size_t nslot;   /* power of two */
	int ran;
	/* streaming (opts.reread; see detect.h): documents are sketched as they are added */
	int stream;
	int sfull;             /* ... with the boilerplate pass or the event tier: the run reads
	                          the input again for each of its passes (det_stream.c) */
	sc_det_boiler_t *sbp;  /* sfull with boilerplate: the scan, in input order, as they come */
	struct sc_det_wk_s *swk; /* per-thread scratch of the add-time sketching */
	int snth;
	sc_minhash_t *smh;
	sc_shingle_opts_t swo;
	uint32_t *sig; /* word signatures in add order (sorted by id in sc_det_run) */
	size_t sbase;  /* first document not handed to sketching yet */
	/* The batch being sketched in the background while reading goes on: its texts are
	 * taken out of docs (which may move when it grows), and its results written here and
	 * copied back when it is joined. */
	pthread_t bg;
	int bg_running; /* a batch's results wait to be copied back */
	int bg_thread;  /* ... computed by the thread bg, to be joined */
	size_t bbase, bn;
	char **btext;
	size_t *blen, *btok;
	char (*blang)[4];
	uint32_t *bsig;
	int brc;
	struct sc_det_run_s *run; /* set while reread runs: where sc_det_supply puts texts */
	sc_det_strs_t *strs;      /* the documents' small strings, in blocks apart (det_strs.c) */
	sc_det_ext_t *ext;        /* documents sketched and verified elsewhere (det_mpi.c) */
};

/* Per-thread scratch: a tokenizer (stemmers and buffers are per thread) and the skip spans. */
typedef struct sc_det_wk_s {
	sc_tokenizer_t *tk;
	size_t *skip; /* boilerplate spans as start,end pairs */
	size_t mskip;
	sc_u64v_t tmp; /* scratch of sc_det_build_set_fit: the set being built, copied out at its size */
} sc_det_wk_t;

typedef struct sc_det_run_s {
	sc_det_t *d;
	double t_run; /* when sc_det_run started (the profile's wall seconds, SC_DET_PROFILE) */
	sc_tokenizer_t *tk; /* worker 0's: the sequential steps (boilerplate scan) use it */
	sc_det_wk_t *wk;
	int nthreads;
	int phase;             /* what job_sketch does, PH_* */
	size_t base;           /* first document of the batch given to job_sketch */
	const uint64_t *vcand; /* job_verify: candidates, sets, signatures, threshold */
	const sc_det_set_t *vsets;
	const uint32_t *vsigs;
	double vt;
	sc_pair_t **vout; /* per chunk */
	size_t *vnout;
	/* streaming verification (sc_det_stream_verify) */
	const uint64_t *scand; /* candidate pairs, sorted */
	size_t nscand;
	double *candj;   /* exact Jaccard of each candidate (NAN until both came) */
	/* The pairs of each document (sc_det_stream_verify and the passes over pairs;
	 * sc_det_pairs_build): the pairs are sorted by first document, so those of
	 * which i is the first are the range foff[i] .. foff[i+1]) of the pairs themselves, and
	 * only the second ends need an index: the pairs of which i is the second are
	 * adj[soff[i] .. soff[i+1]), ascending. 4 bytes a pair, not 8 (24M candidates at 1M
	 * generated documents). */
	uint32_t *foff, *soff; /* n + 1 each */
	uint32_t *adj;         /* pair indices, by second document */
	uint32_t *rem;   /* partners of i not yet come */
	uint32_t *batch; /* documents supplied and waiting to be shingled */
	size_t nbatch;
	/* full streaming's passes (sc_det_stream_pass) */
	int spass;                 /* what the pass does with each document (det_stream.c) */
	unsigned char *want;       /* documents the pass reads (cleared as they come) */
	size_t nwant;
	unsigned char *got;        /* come in this pass (its sets built) */
	unsigned char *vmark;      /* the duplicate pass: in a verified pair */
	uint32_t sbad;             /* the document a pass's job failed on (UINT32_MAX: none) */
	sc_det_evterms_t *eterms;  /* the terms pass: one list per batch slot ... */
	sc_det_evterms_t *ewk;     /* ... and per worker */
	struct sc_det_sver_s *sver; /* the duplicate pass: (candidate, Jaccard) of verified ones */
	size_t nsver, msver;
	unsigned char *cdone; /* the duplicate pass: a bit per candidate, verified */
	size_t npend;         /* ... candidates still to verify */
	size_t held_bytes;    /* ... bytes of the sets held for pairs to come (got[i]) */
	/* the duplicate and content passes, per batch: the pairs to score (candidate or edge
	 * indices, scored on the threads), their Jaccard (duplicate pass), and the documents
	 * whose sets go once they are scored (bit 32: whatever vmark says) */
	uint32_t *splan;
	double *sjac;
	size_t nsplan, msplan;
	uint64_t *sfree;
	size_t nsfree, msfree;
	sc_minhash_t *mh;
	sc_shingle_opts_t wo, co;
	int k;
	uint32_t *wsig;         /* n x k: word view */
	uint32_t **csig;        /* event tier, per document: its content signature (k values),
	                           built with its content set for the event edges and freed with
	                           it (run_event_pairs) */
	uint32_t *todo;         /* run_event_pairs: the documents whose content set to build */
	double *cilo, *cihi;    /* k + 1: the binomial interval of x equal positions of k */
	sc_u64v_t *wset, *cset; /* per document: cached while within SC_DET_SET_CACHE bytes,
	                           else built again for documents in candidate pairs */
	unsigned char *have;    /* bit 0: wset[i] holds the set, bit 1: cset[i] */
	size_t cached;          /* bytes held by the cache */
	/* sc_det_run's own: the error buffer its steps write, and every resource of the run,
	 * released in one place (run_release) whatever step failed */
	char *err;
	size_t errlen;
	sc_det_boiler_t *bp;
	uint64_t *dcand, *lshd; /* duplicate candidates; with all_pairs, LSH's kept aside */
	size_t ndc, nlshd;
	int all_pairs;
	sc_det_ev_t *ev;
	sc_pair_t *dedges;     /* duplicate edges */
	sc_det_edge_t *eedges; /* event edges, compact until clustered ... */
	size_t nde, nee;
	/* ... and each one's count of equal content-signature positions (of k), from the
	 * content pass to the listed pairs (sc_det_edge_eq): 2 bytes an edge, 4 when k is
	 * 65536 (an eq of 65536 does not fit 16 bits); one of the two is set */
	uint16_t *eeq;
	uint32_t *eeq32;
	sc_pair_t *epairs; /* ... then those the result lists, whole (event_pairs_out) */
	size_t nep;
	sc_det_set_t *ws, *cs; /* verification's view of wset, cset */
	size_t mcl, mlk;       /* capacity of the result's clusters and links */
	uint32_t *label;
	unsigned char *refused;
	sc_det_ev_stats_t evst; /* the event tier's clustering (run_event_tier) */
	unsigned char *elisted; /* per event edge: a link the result lists (event_links_choose);
	                           NULL when every link is listed */
	unsigned char *need; /* ndocs bytes of scratch */
	uint16_t *deq;       /* in memory: per duplicate candidate, its equal word-signature
	                        positions (cand_eq), so that the signatures go before verification */
	const uint16_t *veq; /* job_verify: deq of the candidates given (NULL: from vsigs) */
	uint32_t *eord;      /* run_event_pairs: the event edges in the order they are verified */
	unsigned char *copy; /* event tier: probable copies of an earlier document (copy_flags),
	                        left out of document frequencies */
	uint32_t *dlabel;    /* the duplicate tier's components, found right after its
	                        verification (run_dup_components) so that its sets go before the
	                        event tier starts */
	unsigned char *drefused;
	sc_cmp_t *cmp;
} sc_det_run_t;

/* Event edge e's count of equal content-signature positions (sc_det_run_t.eeq): written by
 * the content pass (in memory or streamed), read when the listed pairs are made whole. */
static inline void sc_det_edge_eq_set(sc_det_run_t *R, size_t e, unsigned eq)
{
	if (R->eeq32) R->eeq32[e] = eq;
	else R->eeq[e] = (uint16_t)eq;
}
static inline unsigned sc_det_edge_eq(const sc_det_run_t *R, size_t e)
{
	return R->eeq32 ? R->eeq32[e] : R->eeq[e];
}

/* detector.c's helpers that streaming uses too. sc_det_id_slot: the slot of id in the id
 * table (empty or holding id). sc_det_build_set: the shingle set of x in view so (skip: leave
 * its boilerplate spans out) into *out; sc_det_build_set_fit: the same into a set of its exact
 * size (a set that is kept). Both return the number of shingles or a negative code.
 * sc_det_doc_tokens: the language guess (when not given) and the token count of x.
 * sc_det_edges_from_candj: the verified pairs (exact Jaccard R->candj[e] >= t) of the
 * candidates, in candidate order, with the MinHash estimate of R->wsig and its interval (the
 * streaming and ext runs' edges; *out the caller's). */
size_t sc_det_id_slot(const sc_det_t *d, const char *id);
long sc_det_build_set(sc_det_wk_t *w, const sc_det_doc_t *x, const sc_shingle_opts_t *so, int skip,
                      sc_u64v_t *out);
long sc_det_build_set_fit(sc_det_wk_t *w, const sc_det_doc_t *x, const sc_shingle_opts_t *so,
                          int skip, sc_u64v_t *out);
int sc_det_doc_tokens(sc_det_wk_t *w, sc_det_doc_t *x);
int sc_det_edges_from_candj(sc_det_run_t *R, const uint64_t *cand, size_t ncand, double t,
                            sc_pair_t **out, size_t *nout);

/* The pairs' adjacency (det_stream.c) for streaming's passes over pairs (the duplicate
 * candidates, the event edges): m pairs, packed candidates (cand: i << 32 | j) or edges
 * (edges; the other NULL), sorted by first document. build sets R->foff, R->soff, R->adj
 * (see sc_det_run_t) and R->rem (each document's count of pairs; a pair of a document with
 * itself counts twice), for R->d->res.ndocs documents; returns SC_OK, SC_ENOMEM (what was
 * allocated stays for sc_det_pairs_free), or SC_EPARAM (more than UINT32_MAX pairs, a
 * document out of range, or not sorted by first document). of/next walk document i's pairs
 * in ascending pair order: for (it = of(R, i); next(R, &it, &pi);). free releases the four
 * arrays (NULL ones too). */
typedef struct sc_det_pair_it_s {
	uint32_t f, fe, s, se; /* first ends' range left; second ends' list left (in adj) */
} sc_det_pair_it_t;
int sc_det_pairs_build(sc_det_run_t *R, size_t m, const uint64_t *cand, const sc_det_edge_t *edges);
sc_det_pair_it_t sc_det_pairs_of(const sc_det_run_t *R, uint32_t i);
int sc_det_pairs_next(const sc_det_run_t *R, sc_det_pair_it_t *it, uint32_t *pi);
void sc_det_pairs_free(sc_det_run_t *R);

/* Streaming (det_stream.c; what each does is in its comment there). init: at sc_det_create
 * (d->stream set, the add-time sketching's scratch); flush: hands the documents added since
 * the last call to the background sketching (sc_det_add, every SC_DET_SKETCH_BATCH, and the
 * run's start); join: waits for it (apply: copies its results into docs and sig); sort: docs
 * and signatures by id in place; verify: pass 2 (opts.reread) and the verified duplicate
 * pairs, writing its own message into err; free: whatever streaming holds (also joins). */
int sc_det_stream_init(sc_det_t *d);
void sc_det_stream_free(sc_det_t *d);
int sc_det_stream_flush(sc_det_t *d);
int sc_det_stream_join(sc_det_t *d, int apply);
int sc_det_stream_sort(sc_det_t *d);
int sc_det_stream_verify(sc_det_run_t *R, const uint64_t *cand, size_t ncand, double t,
                         sc_pair_t **out, size_t *nout, char *err, size_t errlen);
/* Full streaming (d->sfull), each a pass over the input read again (reread), documents in
 * input order, batches of SC_DET_SKETCH_BATCH on threads; each writes its message into R->err
 * (naming the document at fault) and returns SC_OK or the error.
 * - afterboil: the word signatures of documents with boilerplate, without it (R->wsig);
 * - dup: the duplicate candidates R->dcand verified (their estimates from R->deq): R->dedges
 *   in candidate order, as in memory; the word sets of documents in a verified pair stay
 *   (R->wset) for the duplicate tier's clustering;
 * - terms: the event vectors (R->ev; df without R->copy's documents);
 * - content: the event edges' content Jaccard and signature counts (R->eedges);
 * - texts: the texts of documents with need[i] set are read back and kept (the comparator). */
int sc_det_stream_afterboil(sc_det_run_t *R);
int sc_det_stream_dup(sc_det_run_t *R);
int sc_det_stream_terms(sc_det_run_t *R);
int sc_det_stream_content(sc_det_run_t *R);
int sc_det_stream_texts(sc_det_run_t *R, const unsigned char *need);
/* Frees the terms pass's stem lists and workers' scratch (R->eterms, R->ewk), if any: at the
 * pass's end, or with the run state when an error cut the pass short. */
void sc_det_stream_terms_free(sc_det_run_t *R);

#endif
