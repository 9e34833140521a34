/* detect.h: the detect stage of storycheck, and its manual.
 *
 * What it does: takes documents from the shingle stage, sets boilerplate aside, finds candidate
 * pairs by LSH banding over MinHash signatures, verifies every candidate by the exact Jaccard of
 * its shingle sets, and clusters documents into two tiers: near-duplicate copies (word
 * 5-shingles) and articles about the same event (stemmed content words). Its last step hands
 * the documents and the event clusters to the comparator stage (compare.h, its own library and
 * manual), which finds pairs of statements that cannot both be true and says who asserted each
 * side; the result carries its findings so that front ends make one call and get one result.
 *
 * Memory: the detector holds the documents as added (texts included until verification has
 * read them; opts.release_texts says which stay after), two signatures per document (2 x k x 4
 * bytes), a cache of shingle sets bounded by opts->set_cache_bytes (sets beyond it are rebuilt
 * for documents in candidate pairs only), one band of LSH records at a time (16 bytes per
 * document), the duplicate candidate pairs, and the event tier's edges (its candidates are
 * compared in blocks, by ranges of their first document: only the pairs that reach the
 * threshold are kept). Streaming (opts.reread) holds no texts: each step that reads them
 * reads the input again.
 * Threads (opts->threads, 0 = all cores): sketching (tokens, shingle sets, MinHash, the
 * language guess), rebuilding the sets of candidate documents and exact verification run on
 * that many threads, each with its own tokenizer, and so does the comparator (one event
 * cluster per job, one comparator per thread); the boilerplate scan, banding and clustering
 * run on one. The result is the same whatever the thread count
 * (tests/test_detect_threads.c). Times are in sc_det_result_t.stats.
 *
 * It sees shingle/shingle.h and the comparator's compare.h; its private header det_internal.h
 * is on no public include path. Conventions (errors, ownership, free(NULL)) are those stated
 * at the top of shingle.h. Exported symbols start with sc_det_.
 */
#ifndef SC_DETECT_H
#define SC_DETECT_H

#include "compare.h" /* the comparator stage: conflicts in the result */
#include "shingle.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------- options
 * Options follow defaults -> check -> derive: sc_det_opts_init sets the defaults below,
 * sc_det_opts_check validates ranges, sc_det_create derives the LSH plans.
 *
 * Defaults and why:
 *  - dup_threshold 0.5 on word 5-shingles: copies, syndication and light rewrites share at least
 *    half of their 5-word sequences; unrelated articles on the same topic share almost none
 *    (the seeds: at most 0.005; the planted copies of fixtures/planted: 0.68 to 1.0).
 *  - event_threshold SC_DET_EVENT_THRESHOLD: the cosine of TF-IDF vectors of content-word
 *    stems (see "The event tier" below) that the mean cosine of two clusters must reach for
 *    them to merge (average linkage cut there). Chosen leave-topics-out on the development half
 *    of ECB+ (644 real English articles, 27 topics of two events of the same kind each;
 *    bench/eval_events.py, doc/events.md): on each of 3 fixed folds of topics the best value on
 *    the training topics was picked from a grid; SC_DET_EVENT_THRESHOLD is the value picked.
 *  - event_window_days SC_DET_EVENT_WINDOW (see "Dates"): an event is bounded in time.
 *  - fp_weight SC_DET_FP_WEIGHT (1), fn_weight SC_DET_FN_WEIGHT (32): recall first. A false
 *    positive of LSH costs one exact Jaccard (it is verified away); a false negative is a copy
 *    never found. 32 is the smallest power of two whose plan keeps the mean miss rate above
 *    t = 0.5 under the 0.005 of the recall target: with k = 128 it picks b = 42, r = 3
 *    (P(0.5) = 0.996, mean miss 0.0002; 126 of 128 rows, a partial plan clearly better than
 *    b = 32, r = 4 whose P(0.5) is 0.87). For the event tier (t = 0.135) it picks b = 64, r = 2.
 */
#define SC_DET_EVENT_THRESHOLD 0.1
#define SC_DET_EVENT_WINDOW 90
/* Leads (opts->leads) start at this score. 0: every candidate the judge called a
 * contradiction and min_conflict_score left out is a lead (with the built-in model, whose
 * own threshold is 0.39, those scoring 0.39 to 0.5). A floor for reading, not a claim of
 * precision: leads are for an editor who wants more to check. */
#define SC_DET_LEAD_FLOOR 0.0
#define SC_DET_FP_WEIGHT 1.0
#define SC_DET_FN_WEIGHT 32.0
typedef struct sc_det_s sc_det_t;
typedef struct sc_det_opts_s {
	sc_mh_params_t mh;          /* k, seed, scheme */
	int fold_accents;           /* default 0 */
	/* duplicate tier: word shingles */
	int dup_k;                  /* default 5 */
	double dup_threshold;       /* default 0.5 (exact Jaccard) */
	/* event tier: stemmed content words */
	double event_threshold;     /* default SC_DET_EVENT_THRESHOLD (a cosine), see above */
	/* LSH banding: b, r chosen to minimise fp_weight*FP + fn_weight*FN (normalised areas) */
	double fp_weight, fn_weight; /* default recall-first: 1 and 32 */
	int event_tier;             /* default 1; 0: the duplicate tier only (large corpora: on a
	                               corpus of one topic the event tier's low threshold makes a
	                               sizeable fraction of all pairs LSH candidates) */
	int dup_tier;               /* default 1; 0 (with event_tier 1): duplicate clusters are not
	                               reported (duplicate pairs are still verified: they link
	                               copies in the event tier). CLI: --tier duplicate|event|both */
	int event_window_days;      /* default SC_DET_EVENT_WINDOW; 0: no time window */
	int boilerplate;            /* default 1: set boilerplate aside */
	int compare;                /* default 1: run the comparator on event clusters */
	int over_time;              /* default 0: also offer changes over time (labelled so) */
	int negation_conflicts;     /* default 0: plain negations are leads only (compare.h,
	                               sc_cmp_set_negation_conflicts). CLI: --negation-conflicts */
	int event_days;             /* default 0: reports' relative event days are not compared
	                               past the gate (compare.h, sc_cmp_set_event_days).
	                               CLI: --event-days */
	double min_conflict_score;  /* default 0.5: conflicts score at least this */
	int leads;                  /* default 0; 1: keep leads (sc_det_result_t.leads): candidates
	                               the comparator marked lead, and those scoring in
	                               [lead_floor, min_conflict_score). CLI: --leads */
	double lead_floor;          /* default SC_DET_LEAD_FLOOR; at most min_conflict_score */
	const char *lexicon_dir;    /* NULL: built-in lexicons (borrowed) */
	const sc_cmp_judge_iface_t *judge; /* NULL: the built-in judge; else borrowed, called from
	                               every comparator thread (see compare.h "The judge") */
	int threads;                /* 0: all cores; see "Threads" at the top */
	size_t set_cache_bytes;     /* default SC_DET_SET_CACHE: shingle sets kept from sketching
	                               for verification; beyond it they are built again */
	size_t max_links;           /* default SC_DET_MAX_LINKS: verified pairs kept apart by the
	                               anti-chaining rule listed per tier (sc_det_result_t.links);
	                               beyond it they are counted, not listed, and a warning says
	                               so. 0 lists none (counts and warning remain) */
	int release_texts;          /* default 0 (every text kept); 1: sc_det_run frees texts as
	                               soon as nothing more will read them (doc.text NULL,
	                               doc.len kept; the CLI sets it, except with --over-time).
	                               What is kept when:
	                               - once the duplicate tier is verified (event tier off) or
	                                 the event tier is clustered: the texts of documents in
	                                 no event edge the content pass scores (none inside a
	                                 cluster, none a listed link) go (texts_plan), unless the
	                                 comparator and over_time are both on;
	                               - the comparator off: a text goes once its content set is
	                                 built, so no text is held after verification;
	                               - the comparator on: after it, the texts of documents in
	                                 no event cluster go (the report quotes conflicts from
	                                 event clusters only); with over_time every text stays
	                                 until the comparator is done, then as above, so an
	                                 over-time finding's lone document (in no cluster) loses
	                                 its text and the report its context: leave this 0 with
	                                 over_time when the report is wanted, as the CLI does.
	                               Streaming mode frees each text as it sketches it (see
	                               reread for the texts the comparator gets back). */
	int all_event_pairs;        /* default 0: sc_det_result_t.event_pairs holds the verified
	                               event pairs the result lists (every one, unless the event
	                               tier's links were more than max_links: then the pairs inside
	                               clusters and the listed links; stats.event.verified and
	                               .links still count them all). 1: every verified event pair,
	                               listed or not (a benchmark against brute force; 48 bytes a
	                               pair: 25M pairs at 1M generated documents) */
	/* Streaming (large corpora), default NULL. When reread is set, sc_det_add sketches
	 * documents in batches as they come (on opts->threads threads; with opts->boilerplate, the
	 * boilerplate scan too, in input order on one thread) and frees their texts: memory holds
	 * the signatures and per-document metadata, not the corpus. sc_det_run then calls
	 * reread(reread_ctx, d) once per step that needs texts again; each call must read the same
	 * inputs again, in the same order, and pass each accepted document to sc_det_supply
	 * (a document whose length differs fails the run, naming it). Two modes:
	 * - opts->boilerplate 0 and opts->event_tier 0 (the duplicate tier alone): one call. The
	 *   shingle sets of the documents in candidate pairs are built from those texts, each pair
	 *   is verified exactly as soon as both of its documents have come, and a set is freed when
	 *   its last partner has come. Clustering's anti-chaining guard then knows the exact
	 *   Jaccard of candidate pairs only; a cross pair LSH did not propose counts as not linked,
	 *   with its MinHash estimate in the mean (see doc/design.md, "Scale").
	 * - otherwise (boilerplate pass or event tier): the result is the in-memory run's, to the
	 *   byte (tests/test_detect_restream.c), with up to five calls, each taking only the
	 *   documents its step needs: the word sketches without boilerplate (documents that have
	 *   some); duplicate verification (documents in candidate pairs; the sets of documents in
	 *   a verified pair stay until the duplicate tier is clustered, so its guard is exact);
	 *   the event tier's stem lists (every document); the event edges' content sets
	 *   (documents in an edge; a set is freed after its last edge); and, with opts->compare,
	 *   the texts of event clusters' documents (every document with over_time), which are
	 *   kept for the comparator and the report. Then no text is held otherwise, whatever
	 *   release_texts says (SC_DET_EVENT_DF_OUT is not written in this mode). */
	int (*reread)(void *reread_ctx, sc_det_t *d);
	void *reread_ctx;
} sc_det_opts_t;
void sc_det_opts_init(sc_det_opts_t *o);
/* Checks ranges; writes a message naming the option. Returns SC_OK or SC_EPARAM. */
int sc_det_opts_check(const sc_det_opts_t *o, char *err, size_t errlen);

/* LSH banding for a threshold t with k rows in total: picks b bands of r rows (b*r <= k)
 * minimising  fp_weight * FP/t + fn_weight * FN/(1-t), where FP = int_0^t P(s) ds and
 * FN = int_t^1 (1 - P(s)) ds with P(s) = 1-(1-s^r)^b, integrated with GSL (QAGS).
 * Dividing by the interval lengths makes the weights mean "relative cost of a false
 * positive vs a false negative" whatever t is: FP/t is the mean candidate probability of a
 * pair whose Jaccard is uniform on [0,t), FN/(1-t) the mean miss probability on [t,1].
 * All k rows are used where possible: the best plan with r dividing k (b = k/r) is taken,
 * unless the best plan with b = floor(k/r) for another r costs less than
 * SC_DET_PLAN_PARTIAL_GAIN times as much. Ties go to the smaller r (higher recall).
 * Returns SC_OK, SC_EPARAM (t not in (0,1), k < 1, weights negative or both 0, or GSL could
 * not integrate) or SC_ENOMEM. */
#define SC_DET_PLAN_PARTIAL_GAIN 0.9
typedef struct sc_lsh_plan_s {
	int b, r;
	double fp_area, fn_area; /* normalised areas of the chosen plan: FP/t and FN/(1-t) */
	double cost;             /* fp_weight * fp_area + fn_weight * fn_area */
	double threshold;        /* t, and the weights the plan was chosen with */
	double fp_weight, fn_weight;
	int all_pairs;           /* set by sc_det_run: the corpus was small enough to verify every
	                            pair (SC_DET_ALLPAIRS), the plan only served to count misses */
} sc_lsh_plan_t;
int sc_det_lsh_plan(double t, int k, double fp_weight, double fn_weight, sc_lsh_plan_t *out);
/* The normalised areas FP/t and FN/(1-t) of a given (b, r) at t, as above. */
int sc_det_lsh_areas(double t, int b, int r, double *fp, double *fn);
/* P(s) = 1-(1-s^r)^b of a plan: the probability that a pair of Jaccard s becomes a candidate. */
double sc_det_lsh_prob(const sc_lsh_plan_t *p, double s);

/* Candidate pairs by banding over n signatures of k values each (sigs[i*k .. i*k+k-1]).
 * Each band's r rows are hashed with XXH3 (seeded by the band number) into a 64-bit key and
 * the keys radix-sorted; documents with equal keys in some band are candidates. Buckets of
 * more than bucket_cap documents (SC_DET_BUCKET_CAP in sc_det_run) do not emit all their
 * m(m-1)/2 pairs but a chain (each member with the first member and with its predecessor),
 * which still connects them; such buckets and the pairs not emitted are counted in *st.
 * On success *pairs (caller frees) holds *npairs packed pairs (i << 32 | j, i < j), sorted and
 * unique. Returns SC_OK, SC_EPARAM (bad plan) or SC_ENOMEM. */
#define SC_DET_BUCKET_CAP 512
/* sc_det_run verifies every pair, instead of LSH candidates only, when a corpus has at most
 * this many pairs (n(n-1)/2; 447 documents): exact and cheap there, and it removes the chance
 * miss of a pair near a low threshold (the event tier's P(t) is about 0.7 at t = 0.135). LSH
 * still runs, so tier stats count the verified pairs banding alone would have missed. */
#define SC_DET_ALLPAIRS 100000
/* Default of set_cache_bytes: shingle sets built while sketching are kept for verification up
 * to this many bytes; beyond, the sets of documents in candidate pairs are built again when
 * needed (memory stays bounded: signatures, plus this cache). */
#define SC_DET_SET_CACHE ((size_t)256 << 20)
typedef struct sc_lsh_stats_s {
	uint64_t keys;           /* band keys hashed: n * b */
	uint64_t collisions;     /* pairs emitted by buckets, before deduplication */
	uint64_t candidates;     /* distinct candidate pairs */
	uint64_t buckets_capped; /* buckets larger than the cap */
	uint64_t pairs_capped;   /* pairs those buckets did not emit */
} sc_lsh_stats_t;
int sc_det_lsh_candidates(const uint32_t *sigs, size_t n, int k, const sc_lsh_plan_t *plan,
                          size_t bucket_cap, uint64_t **pairs, size_t *npairs,
                          sc_lsh_stats_t *st);

/* 95% Clopper-Pearson interval of a binomial proportion x/n (GSL beta quantiles): the
 * interval of a MinHash estimate with x equal positions out of n = k. */
void sc_det_binom_ci(unsigned x, unsigned n, double *lo, double *hi);

/* ---------------------------------------------------------- boilerplate
 * Text that is not the article (outlet footers, share prompts, "Related Posts" link lists) is
 * set aside before shingling and never reaches the comparator. It is found on blocks (the
 * non-blank lines of a text) by repetition across documents that are not copies of each other,
 * by incoherence with the article's head, and by cues from detect/boilerplate/cues.txt (list
 * headings, prompts); the rules are written out at the top of detect/boiler.c. Constants:
 *  - SC_DET_BOILER_COHERENCE: a block with at least SC_DET_BOILER_MIN_CONTENT distinct content
 *    stems is incoherent when fewer than this fraction of them occur in the head of its
 *    article (the first half of its tokens, the block itself left out). Measured on the seeds
 *    (tests/test_detect_boiler.c prints every block): 33 of the 34 article blocks with 3+
 *    stems share 0.13 to 0.89 of their stems with the head (the 34th, a 4-stem subheading of
 *    002, shares none); of the 12 blocks of seed 003's link list, the ten English ones share
 *    0.00 and the two French teasers 0.17 and 0.20. Coherence alone is a weak signal on short
 *    texts, so it only acts together with repetition, a list heading or teaser endings; the
 *    French teasers are caught by the "Related Posts" heading rule.
 *  - SC_DET_BOILER_MIN_BODY: a link-list rule never leaves less than this fraction of the
 *    tokens as article.
 *  - SC_DET_BOILER_CHECK: a block repeated in many documents is checked for "not copies of
 *    each other" among its first this-many documents (by index).
 * Copies are protected: a block shared only by documents whose word-shingle MinHash estimates
 * reach half of dup_threshold is never boilerplate by repetition; a block repeated across
 * unrelated documents is set aside when it is incoherent in more than half of the documents
 * holding it, or too short to judge (fewer than SC_DET_BOILER_MIN_CONTENT content stems) and
 * among the first or last SC_DET_BOILER_EDGE blocks of most of them. sc_det_doc_t.boiler
 * lists the spans set aside per document and boilerplate_bytes their total. */
#define SC_DET_BOILER_COHERENCE 0.1
#define SC_DET_BOILER_MIN_CONTENT 3
#define SC_DET_BOILER_MIN_BODY 0.4
#define SC_DET_BOILER_CHECK 16
#define SC_DET_BOILER_EDGE 3

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
	/* The document's date (see "Dates"), set by sc_det_run: days since 1970-01-01 or
	 * INT32_MIN when unknown; the year (0 when unknown; a year alone may be known); and
	 * where it came from (SC_DATE_*). */
	int32_t day;
	int year;
	int date_source;
} sc_det_doc_t;
/* Dates. A document's date is its `published` field (YYYY-MM-DD prefix), else the first date
 * written in the first SC_DET_DATE_BYTES bytes of its text (a dateline: "2008-12-15",
 * "December 15th, 2008", "Dec. 15 2008", "15 December 2008", "1er mai 2008"; English and
 * French month names; numeric "2 / 3 / 2009", "14. 09. 2013", "2012 - 04 - 04": dots are day
 * first, with slashes or dashes day and month are told apart only by a part over 12, else the
 * year alone is known; a 2-digit year is not read), else a year alone
 * (SC_DET_YEAR_MIN..SC_DET_YEAR_MAX, a 4-digit word, not a decade "1980's" nor a clock time
 * "2045 GMT") in the first SC_DET_YEAR_BYTES bytes. The report says which (documents[].date_source:
 * "published", "text", "text-year"; absent when none). */
enum { SC_DATE_NONE = 0, SC_DATE_PUBLISHED, SC_DATE_TEXT, SC_DATE_TEXT_YEAR };
const char *sc_det_date_source_name(int s); /* "published", "text", "text-year", "none" */
#define SC_DET_DATE_BYTES 400
#define SC_DET_YEAR_BYTES 300
#define SC_DET_YEAR_MIN 1900
#define SC_DET_YEAR_MAX 2099
/* Cited years (the year veto, "The event tier"): the years written in a text's first
 * SC_DET_YEAR_CITE_BYTES bytes, at most SC_DET_YEAR_CITES of them. 700 bytes: chosen
 * leave-topics-out on ECB+ dev from {200, 400, 700, 1000, 2000} (picked on 2 of 3 folds' training
 * topics, the best or tied on the third; doc/events.md, session 5). */
#define SC_DET_YEAR_CITE_BYTES 700
#define SC_DET_YEAR_CITES 4

enum { SC_CLUSTER_EVENT = 0, SC_CLUSTER_DUPLICATE = 1 };
typedef struct sc_pair_s {
	uint32_t a, b;           /* document indices (into docs), a < b by id */
	double jaccard;          /* exact, over the tier's shingle sets (event tier: the content-word
	                            stems of the whole texts, boilerplate out) */
	double estimate;         /* MinHash estimate */
	double ci_lo, ci_hi;     /* 95% binomial (Clopper-Pearson) interval of the estimate */
	double cosine;           /* event tier: the TF-IDF cosine the tier clusters by; duplicate
	                            tier: -1 */
} sc_pair_t;
/* Duplicate clusters are connected components over verified edges, guarded against chaining
 * (one weak link joining two unrelated groups). Edges are taken in decreasing exact Jaccard
 * (ties by indices); an edge between two components P and Q merges them only if
 *  (1) at least half of the cross pairs (p in P, q in Q) are themselves linked, i.e. reach
 *      dup_threshold by exact Jaccard whether or not LSH proposed them;
 *  (2) the mean exact Jaccard of the cross pairs is at least dup_threshold.
 * So two singletons merge on their edge, a light edit of an edit joins its copies, and a
 * single bridge between two established groups is refused. At most SC_DET_LINK_SAMPLE members
 * of each side are examined (a deterministic choice) to bound the cost of merging large
 * components. A duplicate cluster lists its word-shingle edges.
 *
 * The event tier (detect/event.c). Each document is a TF-IDF vector over the content-word
 * stems of its head (the first SC_DET_EVENT_HEAD content words, boilerplate out): weight
 * (1 + ln tf) * ln((N + 1) / (df + 1)), N and df over the corpus (a stem in every document
 * weighs nothing: the vocabulary of a topic does not tell its events apart), an occurrence
 * capitalised away from a sentence start counting SC_DET_EVENT_NAME_BOOST times (names and
 * places tell two events of the same kind apart); the SC_DET_EVENT_TERMS heaviest stems kept,
 * unit length. Candidates are the pairs sharing one of their SC_DET_EVENT_KEYS heaviest stems
 * (every pair up to SC_DET_ALLPAIRS pairs), compared by exact cosine. Clusters are then built
 * by average linkage: copies (verified duplicate pairs) start together; then, repeatedly, the
 * two clusters whose cross pairs have the highest mean cosine (every cross pair counted
 * exactly, compared before or not) merge, as long as that mean reaches event_threshold and
 * no veto applies:
 *  - year: each cluster has the set of its documents' years (see "Dates"); two clusters whose
 *    sets are both non-empty and share no year do not merge, unless one cites the other (below).
 *    Two events of the same kind in different years (two quakes in one region, two releases of
 *    one product) share their template words and often their names; the year written at the
 *    head of each report is what tells them apart. A document without a year is not
 *    constrained.
 *  - window (event_window_days > 0): the dated members (a day known) of one cluster must come
 *    within the window of those of the other (the gap between their date ranges, not the span
 *    of the merged cluster), unless one cites the other.
 *  - cited years lift both: a cluster cites another when one of its documents writes, in its
 *    first SC_DET_YEAR_CITE_BYTES bytes (at most SC_DET_YEAR_CITES years each, decades and clock
 *    times not counted, as for dates), a year that is a date of the other cluster and not one
 *    of its own. A report of a trial, a sentence or an anniversary names the year of the event
 *    it follows up ("convicted of the 2010 shooting"), which reports of another event of the
 *    same kind rarely do: on ECB+ dev, in the first 400 bytes, 52 of the 103 same-event pairs
 *    of a topic kept apart by their years cite each other's year, and none of the 241
 *    different-event pairs (doc/events.md, session 5). A year right after "since" or "depuis"
 *    ("since 2019", "since the 2010 merger") is not cited: it is a point of comparison ("the
 *    worst flooding since 2019" reports a new flood), not the event followed up (session 6).
 *    A cluster that took in such a report
 *    spans years, hence the window's gap. SC_DET_EVENT_CITE=off (or a number of bytes) in the
 *    environment switches the citing off (or reads that many bytes), for measuring.
 *  - cohesion: the mean of the cross pairs must reach SC_DET_EVENT_COHESION times the mean of
 *    the own pairs of the more cohesive cluster (within an event, similarity is about twice
 *    the similarity between two events of one kind), except when a single document (or copy
 *    group) joins a cluster of at least SC_DET_EVENT_COHESION_MIN: a few near-copies or short
 *    reports make a group's cohesion high, and the rule kept out the event's other reports
 *    one by one (ECB+ dev topics 22, 23, 31, 34). A document joining a group of two is still
 *    held to it: that group may be a round-up and one of its events (fixtures/chain).
 *  - weekday: each document names at most one weekday for its event, the first weekday name
 *    (English or French, a whole word) in its first SC_DET_WEEKDAY_BYTES bytes outside
 *    boilerplate that is not part of a dateline (a weekday followed by a number or a month
 *    name, "Tuesday, March 3, 2009", dates the report, not the event); a copy group names one.
 *    When both clusters have at least SC_DET_EVENT_WEEKDAY_MIN members naming a weekday and
 *    the shares of each weekday among them overlap by less than SC_DET_EVENT_WEEKDAY_OVERLAP
 *    (sum over the seven days of the smaller of the two shares), they do not merge. Reports of
 *    one event name its day ("the quake struck on Sunday"); two events of the same kind
 *    rarely fall on the same weekday, and many reports carry no date that the year and window
 *    rules could use. On ECB+ dev the first weekday named is one day for most reports of an
 *    event, and differs between the two events of a topic in most topics (doc/events.md). A
 *    few reports naming other days (a follow-up, "on Friday the victims were buried") leave
 *    an overlap; the rule fires only when the groups' weekdays barely overlap, and needs
 *    three reports on each side (two may be chance). Refused edges are links with reason
 *    "average" (the link reasons are a public enum; a new one would break scripts).
 * There is no chaining: a bridge pair between two groups is one pair among |P||Q| in their
 * mean. Every exact comparison (candidate cosines, cluster means) counts against one budget,
 * SC_DET_EVENT_BUDGET(n) for n documents; candidates take at most 3/4 of it, from the posting
 * lists of the rarest stems up, and what the budget cut is said in sc_det_result_t.warning.
 * Beyond SC_DET_ALLPAIRS pairs, a posting list offers only the pairs the year veto and the
 * window leave possible (two documents of different years, or dated more than
 * event_window_days apart, can never share a cluster), and the lists are taken cheapest first
 * by that count: the budget goes to pairs that can merge (stats.event.pairs_dated_out).
 * An event cluster lists its edges: candidate pairs whose cosine reaches event_threshold,
 * plus its verified duplicate pairs (sc_pair_t.cosine; jaccard and estimate over the
 * content-word sets). A copy is in a duplicate cluster and, with the articles of its event,
 * in an event cluster. Only clusters of two or more documents are reported. */
#define SC_DET_EVENT_HEAD 400
#define SC_DET_EVENT_TERMS 128
#define SC_DET_EVENT_KEYS 10
#define SC_DET_EVENT_NAME_BOOST 2.0
/* The background table (detect/model/idf-en.tsv, built in): document frequencies of English
 * content stems over news articles, so that a small corpus does not estimate IDF from itself
 * alone (five articles on one topic make every shared word look common). A document in the
 * table's language weighs its stems as if the corpus held SC_DET_EVENT_BG_DOCS more
 * documents whose df are the table's, scaled to that many: idf = ln((N + B + 1) / (df + B
 * df_table / N_table + 1)). Large corpora outweigh it; a topic's own template words stay
 * common through the corpus's df. Tables are per language: a document is weighed with the
 * table of its language, if there is one. The environment variable SC_DET_EVENT_IDF=FILE[:FILE...]
 * reads tables of the same format, each replacing the table of its own language or adding one
 * ("none": no table at all); SC_DET_EVENT_DF_OUT=FILE writes the
 * corpus's own df table in that format (first line "lang<TAB>documents", then "stem<TAB>df",
 * df >= 2); SC_DET_EVENT_BG=B sets SC_DET_EVENT_BG_DOCS instead, for measuring.
 * French: two tables ship, neither built in: detect/model/idf-fr.tsv (the public-domain Littre
 * dictionary, detect/model/build_idf_fr.py) and detect/model/idf-fr-news.tsv (news sentences:
 * DACCORD and RTE3-FR dev premises, BSD-2, Littre as floor; build_idf_fr_news.py). With either,
 * three French reports of one event form one event when run alone (without a table every word
 * they share is in all of them and weighs nothing), but the five seeds (fixtures/seeds, one war)
 * join into one event at any B >= 3 (doc/events.md, sessions 6 and 10); SC_DET_EVENT_IDF loads
 * one. */
#define SC_DET_EVENT_BG_DOCS 300.0
#define SC_DET_EVENT_COHESION 0.45
/* The cohesion rule's exception (above): a single document joining a cluster of at least this
 * many. Chosen leave-topics-out on ECB+ dev from {3, 4, 5, 6, 8, off}: every fold's training
 * topics picked 3 (3 and 4 tie); 2 scored as high but joins the chain fixture's round-up and
 * its two events (doc/events.md, session 5). SC_DET_EVENT_COHESION_MIN=N in the environment
 * sets it instead, for measuring. */
#define SC_DET_EVENT_COHESION_MIN 3
/* The weekday rule (above): chosen on the ECB+ dev half, doc/events.md (800 bytes read as much
 * as 1500 or 3000 there). The environment variable SC_DET_EVENT_WEEKDAY="MIN:OVERLAP" sets
 * the two values instead ("off": no rule), for measuring them. */
#define SC_DET_WEEKDAY_BYTES 800
#define SC_DET_EVENT_WEEKDAY_MIN 3
#define SC_DET_EVENT_WEEKDAY_OVERLAP 0.5
#define SC_DET_EVENT_BUDGET(n) ((uint64_t)(n) * 64 + 1000000)
#define SC_DET_LINK_SAMPLE 64
typedef struct sc_cluster_s {
	int kind;                /* SC_CLUSTER_* */
	uint32_t *members;       /* document indices, sorted by id */
	size_t nmembers;
	sc_pair_t *pairs;        /* verified edges inside the cluster, sorted */
	size_t npairs;
} sc_cluster_t;
/* Links: verified pairs kept apart. A verified edge whose two documents end in different
 * clusters of its tier is in no cluster's pairs; it is listed here instead, so that every
 * verified pair of a reported tier is accounted for: in exactly one cluster's pairs, or a
 * link. refused says why. Duplicate tier: the condition that refused the merge when the
 * edge's turn came (an edge is examined once, in decreasing Jaccard order), SC_LINK_DENSITY;
 * the tier's stats count every refusal, including edges whose documents another path joined
 * later. Event tier, judged on the two final clusters: SC_LINK_YEAR when their years
 * conflict, SC_LINK_WINDOW when their dates lie more than the window apart, else SC_LINK_AVERAGE
 * (the mean cosine of their cross pairs is under event_threshold, or the cohesion or weekday
 * rule kept them apart).
 * Memory: on a corpus of one topic the event tier can refuse very many merges, so at most
 * opts->max_links (default SC_DET_MAX_LINKS) are listed per tier: those with the highest
 * Jaccard in the duplicate tier, the highest cosine in the event tier (its own measure; ties
 * by indices). The event tier is clustered before its content pass, which then computes the
 * content Jaccard and estimate of the pairs listed only (inside clusters, and these links):
 * at 1M generated documents (bench/bench_events.sh) 11.3M of its 15.8M verified pairs are
 * links, 10,000 listed. sc_det_tier_stats_t.links counts them all, links_unlisted those left
 * out, and a cut writes links_warning. The list is sorted by tier (events first, as
 * clusters), then a, then b. */
#define SC_DET_MAX_LINKS 10000
enum { SC_LINK_DENSITY = 1, SC_LINK_WINDOW = 2, SC_LINK_AVERAGE = 3, SC_LINK_YEAR = 4 };
/* "density", "window", "average", "year"; "?" otherwise */
const char *sc_det_link_reason(int refused);
typedef struct sc_link_s {
	int tier;                /* SC_CLUSTER_EVENT or SC_CLUSTER_DUPLICATE */
	int refused;             /* SC_LINK_DENSITY or SC_LINK_WINDOW */
	sc_pair_t pair;          /* the verified edge, as in sc_det_result_t.dup/event_pairs */
} sc_link_t;

/* Verification. A shingle set: sorted, deduplicated hashes (borrowed). */
typedef struct sc_det_set_s {
	const uint64_t *a;
	size_t n;
} sc_det_set_t;
/* Exact Jaccard of two sorted sets by merging. Exact up to 64-bit hash collisions between
 * different shingles (about n^2 / 2^65 for sets of n shingles: 1e-14 at n = 400). Unlike
 * sc_sh_jaccard, an empty set is similar to nothing (0.0): a text left without shingles
 * (e.g. all boilerplate) must not join every other such text. */
double sc_det_jaccard(const uint64_t *a, size_t na, const uint64_t *b, size_t nb);
/* Verifies candidate pairs (packed i << 32 | j, i < j, as from sc_det_lsh_candidates): keeps
 * those whose exact Jaccard over sets[i], sets[j] reaches t, with the MinHash estimate of
 * sigs (n x k) and its 95% Clopper-Pearson interval beside it. *out (caller frees) gets the
 * kept pairs in candidate order. Returns SC_OK or SC_ENOMEM. */
int sc_det_verify(const uint64_t *cand, size_t ncand, const sc_det_set_t *sets,
                  const uint32_t *sigs, int k, double t, sc_pair_t **out, size_t *nout);
/* Fills p->estimate, ci_lo and ci_hi from two signatures of k values. */
void sc_det_estimate(const uint32_t *sa, const uint32_t *sb, int k, sc_pair_t *p);

/* What a run did, for benchmarks and diagnostics. Counts are deterministic; times (seconds,
 * monotonic clock) are not, and do not belong in a golden report. */
typedef struct sc_det_tier_stats_s {
	sc_lsh_stats_t lsh;      /* candidate generation of the tier */
	uint64_t verified;       /* candidates whose exact Jaccard (duplicate tier) or cosine
	                            (event tier, plus the verified duplicate pairs) reached the
	                            threshold */
	uint64_t lsh_missed;     /* with all_pairs: verified pairs LSH did not propose */
	int skipped;             /* no longer set (the event tier never gives up); kept for users */
	uint64_t merges, refused_density, refused_window; /* clustering */
	uint64_t link_checks;    /* exact Jaccards computed by the anti-chaining guard */
	uint64_t links;          /* verified edges kept apart (see "Links"), listed or not */
	uint64_t links_unlisted; /* of those, not listed: beyond opts->max_links */
	/* event tier (see "The event tier"): */
	uint64_t refused_year;   /* merges refused by the year veto */
	uint64_t exact;          /* exact comparisons spent (cosines and cluster means) */
	uint64_t budget;         /* SC_DET_EVENT_BUDGET(n) */
	uint64_t pairs_cut;      /* candidate pairs the budget cut (posting lists of common stems) */
	uint64_t means_cut;      /* cluster means not computed (budget spent) */
	uint64_t refused_cohesion; /* merges refused by the cohesion rule */
	uint64_t refused_weekday;  /* merges refused by the weekday rule */
	uint64_t pairs_dated_out;  /* key-sharing pairs not compared: the year veto or the window
	                              rules them out (the inverted index only) */
	uint64_t means_vetoed;     /* cluster means not computed: the year veto or the window rules
	                              out that merge whatever its mean */
} sc_det_tier_stats_t;
typedef struct sc_det_stats_s {
	sc_det_tier_stats_t dup, event;
	uint64_t sets_built;     /* shingle sets built again for verification (not cached) */
	uint64_t boiler_spans;   /* spans set aside, all documents */
	double sec_prepare;      /* boilerplate, tokenising, shingling and MinHash */
	double sec_candidates;   /* banding, both tiers */
	double sec_verify;       /* exact Jaccard of candidates, both tiers (sets included) */
	double sec_cluster;      /* components and the anti-chaining guard */
	double sec_compare;      /* the comparator */
} sc_det_stats_t;

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
	/* Findings that are not conflicts, sorted as conflicts: updates (kind SC_CONFLICT_UPDATE,
	 * a later figure updates an earlier one), and, only with opts->leads, leads (weaker
	 * candidates, any kind; see compare.h "Tiers"). Empty otherwise. */
	sc_conflict_t *updates;
	size_t nupdates;
	sc_conflict_t *leads;
	size_t nleads;
	int leads_listed;             /* opts->leads (with compare): leads were asked for, so the
	                                 report lists them even when there are none */
	sc_lsh_plan_t dup_plan, event_plan;
	sc_det_stats_t stats;         /* counters and timings (not for the report: times vary) */
	/* Every verified pair of each tier (exact Jaccard >= the tier's threshold), sorted by ids,
	 * whether or not the anti-chaining rule let it join a cluster: what a benchmark compares
	 * with brute-force truth. Event pairs include the duplicate pairs (content-word figures).
	 * Event pairs kept apart and not listed as links (stats.event.links_unlisted > 0, a large
	 * corpus) are held only with opts->all_event_pairs: by default event_pairs then holds the
	 * pairs inside clusters and the listed links, as the report does, and is freed of the rest
	 * as soon as the event tier is clustered. */
	sc_pair_t *dup_pairs, *event_pairs;
	size_t ndup_pairs, nevent_pairs;
	/* Verified pairs kept apart by the anti-chaining rule, in reported tiers (see "Links"):
	 * at most opts->max_links per tier, sorted by tier, a, b. */
	sc_link_t *links;
	size_t nlinks;
	/* Empty, or one line the user must see (the CLI prints it on stderr): the links of a
	 * tier were more than opts->max_links and some are not listed. */
	char links_warning[512]; /* both tiers' messages fit with 20-digit counts */
	/* Empty, or one line the user must see (the CLI prints it on stderr): today only "event
	 * tier: budget ..." when the event tier's budget (SC_DET_EVENT_BUDGET) cut candidate
	 * pairs or cluster means; the clusters are then what the budget allowed. */
	char warning[256];
} sc_det_result_t;

/* ----------------------------------------------------------------- run */
/* Makes a detector with a copy of *o and derives the two LSH plans. Returns NULL on OOM or
 * when a plan cannot be derived; call sc_det_opts_check first. sc_det_free(NULL) is fine. */
sc_det_t *sc_det_create(const sc_det_opts_t *o);
void sc_det_free(sc_det_t *d);
/* Adds a document; takes ownership of doc's fields (the struct is zeroed). A duplicate id is
 * not an error: the first document with that id wins, the later one becomes a reject with the
 * reason "duplicate id (first seen in PATH[ line N])". Returns SC_OK, SC_ENOMEM, or SC_EPARAM
 * (no id, or sc_det_run already called). */
int sc_det_add(sc_det_t *d, sc_doc_t *doc);
/* Records a rejected input; takes ownership of rej's fields (zeroed). Rejects keep their input
 * order. Returns SC_OK, SC_ENOMEM or SC_EPARAM (after sc_det_run). */
int sc_det_reject(sc_det_t *d, sc_reject_t *rej);
/* Runs, once: sorts documents by id; guesses the language of documents without one (and sets
 * doc.lang); counts tokens; sets boilerplate aside (opts->boilerplate); sketches both views;
 * finds candidates (every pair when there are at most SC_DET_ALLPAIRS, else LSH); verifies them
 * exactly; clusters both tiers and lists the verified pairs kept apart (links, see "Links");
 * sorts clusters (first member, events first on a tie); and,
 * with opts->compare, runs the comparator (sc_cmp_create(opts->lexicon_dir), then
 * sc_cmp_cluster on each event cluster) and sorts conflicts by score (desc), then documents
 * and offsets. Same documents and options, same result, whatever the order they were added in.
 * Returns SC_OK, or a negative code with a one-line message in err (a document named when one
 * is at fault; "comparator: ..." when the lexicons cannot be loaded); the partial clusters are
 * then dropped. A second call returns SC_EPARAM ("sc_det_run called twice") and leaves the
 * first run's result as it was. */
int sc_det_run(sc_det_t *d, char *err, size_t errlen);
/* Streaming, second pass (see sc_det_opts_t.reread): called from inside reread with each
 * document read again. Borrows doc (the caller frees it). A document whose id was not added,
 * or that no candidate pair needs, is ignored. Returns SC_OK, SC_ENOMEM, SC_EPARAM (not
 * streaming, or not inside reread) or a shingling error. */
int sc_det_supply(sc_det_t *d, const sc_doc_t *doc);
/* True when d sketches documents as they are added (streaming; see sc_det_opts_t.reread). */
int sc_det_streaming(const sc_det_t *d);
/* The result (borrowed, valid until sc_det_free); empty before sc_det_run. */
const sc_det_result_t *sc_det_result(const sc_det_t *d);
/* The effective options (borrowed). */
const sc_det_opts_t *sc_det_options(const sc_det_t *d);

/* ------------------------------------------------------- incremental runs
 * An index is a signature file (shingle.h) of duplicate-tier word signatures (view word,
 * shingle k = dup_k, accents folded as fold_accents, MinHash k/seed/scheme of opts->mh) of
 * the whole texts, no boilerplate set aside, as `storycheck shingle` writes them. See
 * detect/index.c and doc/design.md, "Incremental runs".
 * Old texts are not stored: an old-vs-new pair is judged by its MinHash estimate alone
 * (kept when estimate >= dup_threshold), and its jaccard field is -1 (unknown); the report
 * marks such pairs "verified": false, "basis": "estimate". */
typedef struct sc_det_index_s sc_det_index_t;
/* Locks the index at path against other runs for the whole read-modify-write, so that two
 * runs adding to one index never lose each other's records: an exclusive flock(2) on
 * "PATH.lock", created beside the index (mode 0666 less the umask) and never removed, so that
 * every run locks the same inode. Take it before sc_det_index_open and keep it until after
 * sc_det_index_save. When another run holds it, waiting(arg, msg) is called once (msg names
 * the lock file; may be NULL) and the lock is retried every 100 ms for up to wait_s seconds
 * (0: no wait), stopping early when *interrupt (may be NULL) becomes nonzero. Returns the
 * lock's descriptor (>= 0; release with sc_det_index_unlock), SC_EINTR, or SC_EIO with err
 * naming the lock file (it cannot be created or locked, or the wait timed out). */
int sc_det_index_lock(const char *path, double wait_s, volatile sig_atomic_t *interrupt,
                      void (*waiting)(void *arg, const char *msg), void *arg, char *err,
                      size_t errlen);
/* Releases a lock from sc_det_index_lock; a negative fd does nothing. */
void sc_det_index_unlock(int fd);
/* Reads the index at path (all its records become "old"), or, when path does not exist,
 * starts an empty one (sc_det_index_created then returns 1). Returns SC_OK; SC_EMISMATCH
 * with a message naming the differing parameter when the file was built with other options;
 * SC_EPARAM for "-"; SC_EFORMAT for a file that repeats an id; the codes of sc_sh_sig_open /
 * sc_sh_sig_read (err names the file). */
int sc_det_index_open(sc_det_index_t **x, const char *path, const sc_det_opts_t *o, char *err,
                      size_t errlen);
void sc_det_index_free(sc_det_index_t *x);
int sc_det_index_created(const sc_det_index_t *x);
/* Records in the index (old + new); *nold (may be NULL) gets the old ones. */
size_t sc_det_index_count(const sc_det_index_t *x, size_t *nold);
/* Id of record i (borrowed): old records in file order, then new ones in sketch order. */
const char *sc_det_index_id(const sc_det_index_t *x, size_t i);
/* Sketches a new document (borrowed) and appends it as a new record. Returns 1 when added,
 * 0 when its id is already in the index (not added again: the first record wins), or
 * SC_ENOMEM / a shingling error. */
int sc_det_index_sketch(sc_det_index_t *x, const sc_doc_t *doc);
/* Old-vs-new pairs: LSH candidates (the duplicate tier's plan for o->dup_threshold, k,
 * fp_weight, fn_weight) whose MinHash estimate reaches o->dup_threshold. Pair indices are
 * record indices (a old, b new), sorted; jaccard -1. *out (caller frees). SC_OK or an error. */
int sc_det_index_match(const sc_det_index_t *x, const sc_det_opts_t *o, sc_pair_t **out,
                       size_t *nout);
/* Writes all records (old then new) to path atomically (temporary file renamed). */
int sc_det_index_save(const sc_det_index_t *x, const char *path, char *err, size_t errlen);

#ifdef __cplusplus
}
#endif
#endif
