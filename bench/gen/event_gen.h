/* event_gen.h: a synthetic news corpus WITH EVENTS, for the event tier's benchmarks
 * (bench/gen_events.c, bench/bench_events.sh, tests/test_bench_events.c), and its manual.
 * The one-topic generator (corpus_gen.h) stays for the duplicate tier.
 *
 * What it makes: n news-like articles (English; French for a fraction of events) about many
 * events of a few KINDS (earthquake, arrest, product release, sports result, fire, plane
 * crash). Events of one kind share their template words and differ in names, places, dates
 * and figures; some places, companies, teams and airlines recur across events of a kind (two
 * quakes in one region years apart, one team's two matches), as in real archives. Each event
 * is reported by several outlets with their own wording (sentence templates with paraphrase
 * choices, sentences picked and ordered per article) and length: short wire copies, standard
 * reports and long features with quotes and background. Some articles copy an earlier article
 * of the same event (near-duplicates: another outlet's dateline and footer, a few sentences
 * dropped or reworded, sometimes the tail cut), and some later articles update the figures
 * ("the death toll rose to N, up from M"). Articles of the events open at a time are
 * interleaved, so document order says little about events.
 *
 * Dates: every article has a true publication date (event day + 0..2 days, updates + 1..6).
 * A fraction (published_rate) carry it in "published"; of the others, dateline_rate open with a
 * dated dateline ("KORVALO, March 3, 2019 (The Daily Mirel) - "), the rest carry no full date
 * (only "on Tuesday" in the text; 5% of leads still name the event's full date). The truth says
 * where the date can be read: "published", "dateline", or "none" (neither of the two).
 *
 * Truth (one TSV line per document, see sc_evg_write_truth): its event, kind, language, role
 * (original, copy, update), the document it copies, its true date and the event's date, where
 * the date can be read (published, dateline, none) and its outlet.
 *
 * Determinism: one GSL mt19937 stream seeded with opts.seed drives everything; the bytes
 * depend only on the options. Document i has id "d%08u" of i.
 *
 * Memory: streaming; only the events open at once (opts.active) and the articles they may be
 * copied from are kept. Conventions as in shingle.h (SC_OK or a negative SC_E* code, a
 * one-line message in err, nothing printed). */
#ifndef SC_EVENT_GEN_H
#define SC_EVENT_GEN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
	SC_EVG_EARTHQUAKE,
	SC_EVG_ARREST,
	SC_EVG_PRODUCT,
	SC_EVG_SPORT,
	SC_EVG_FIRE,
	SC_EVG_CRASH,
	SC_EVG_NKINDS
};
/* "earthquake", "arrest", "product", "sport", "fire", "crash"; NULL out of range. */
const char *sc_evg_kind_name(int kind);
/* Parses a --kinds value: a number N (the first N kinds) or a comma-separated list of names.
 * Returns SC_OK with *mask set (bit k: kind k used) or SC_EPARAM with a message. */
int sc_evg_parse_kinds(const char *s, unsigned *mask, char *err, size_t errlen);

typedef struct sc_evg_opts_s {
	size_t n;               /* documents; default 10000 */
	uint64_t seed;          /* GSL mt19937 seed; default 42 */
	unsigned kinds;         /* bit mask of the kinds used; default all */
	double fr_rate;         /* fraction of events reported in French; default 0 */
	double copy_rate;       /* fraction of an event's later articles that copy an earlier one;
	                           default 0.2 */
	double update_rate;     /* fraction of an event's later articles that update its figures
	                           (kinds with figures that change); default 0.15 */
	double published_rate;  /* fraction of documents with a "published" field; default 0.5 */
	double dateline_rate;   /* of the others, fraction with a dated dateline; default 0.6 */
	double mean_articles;   /* mean articles per event (1 to 20% of events); default 6 */
	size_t active;          /* events open at once, their articles interleaved; default 64 */
	int year_from, year_to; /* event dates, whole years; default 2010, 2024 */
} sc_evg_opts_t;
void sc_evg_opts_init(sc_evg_opts_t *o);
/* Checks ranges; SC_OK or SC_EPARAM with a message naming the option. */
int sc_evg_opts_check(const sc_evg_opts_t *o, char *err, size_t errlen);

enum { SC_EVG_ORIGINAL = 0, SC_EVG_COPY = 1, SC_EVG_UPDATE = 2 };
enum { SC_EVG_DATE_PUBLISHED = 0, SC_EVG_DATE_DATELINE = 1, SC_EVG_DATE_NONE = 2 };
const char *sc_evg_role_name(int role);       /* "original", "copy", "update" */
const char *sc_evg_date_source_name(int src); /* "published", "dateline", "none" */

/* One generated document; every pointer is borrowed until the next sc_evg_next. */
typedef struct sc_evg_doc_s {
	uint32_t index;         /* 0-based position in the corpus */
	const char *id;         /* "d%08u" */
	const char *text;       /* UTF-8, NUL-terminated: headline, blank line, paragraphs */
	size_t len;             /* bytes in text */
	size_t words;           /* space-separated words in text */
	const char *lang;       /* "en" or "fr" */
	const char *published;  /* ISO 8601 date or date-time, or NULL */
	uint32_t event;         /* 0-based event number (events numbered as opened) */
	int kind;               /* SC_EVG_* kind */
	int role;               /* SC_EVG_ORIGINAL, COPY or UPDATE */
	int64_t copy_of;        /* index of the copied document, -1 unless a copy */
	const char *date;       /* true publication date, YYYY-MM-DD */
	const char *event_date; /* the event's day, YYYY-MM-DD */
	int date_source;        /* SC_EVG_DATE_*: where a reader can find the date */
	const char *outlet;
} sc_evg_doc_t;

typedef struct sc_evg_stats_s {
	size_t docs, events, originals, copies, updates, fr_docs;
	size_t dated[3]; /* by SC_EVG_DATE_* */
	size_t words, bytes;
	size_t per_kind[SC_EVG_NKINDS];
} sc_evg_stats_t;

typedef struct sc_evg_s sc_evg_t;
/* Draws the name pools (places, organisations, outlets). *g is NULL on failure. Call
 * sc_evg_opts_check first. Returns SC_OK or SC_ENOMEM with a message. */
int sc_evg_create(sc_evg_t **g, const sc_evg_opts_t *o, char *err, size_t errlen);
void sc_evg_free(sc_evg_t *g); /* NULL is fine */
/* Makes the next document: returns 1 and fills *d, 0 after n documents, or SC_ENOMEM. */
int sc_evg_next(sc_evg_t *g, sc_evg_doc_t *d, char *err, size_t errlen);
const sc_evg_stats_t *sc_evg_stats(const sc_evg_t *g);

/* Writes d as one JSONL line {"id","text","lang"[,"published"]}. Returns SC_OK or SC_EIO. */
int sc_evg_write_jsonl(const sc_evg_doc_t *d, FILE *f);
/* The truth TSV: sc_evg_write_truth_header writes a comment line with the options and the
 * header "id event kind lang role copy_of date event_date date_source outlet"
 * (tab-separated); sc_evg_write_truth one line per document: event as "e%07u", copy_of as
 * an id or "-". Return SC_OK or SC_EIO. */
int sc_evg_write_truth_header(const sc_evg_opts_t *o, FILE *f);
int sc_evg_write_truth(const sc_evg_doc_t *d, FILE *f);

#ifdef __cplusplus
}
#endif
#endif
