/* report.h: the report stage of storycheck, and its manual.
 *
 * What it does: turns a detect result into the JSON report of doc/CONTRACT.md (schema
 * "storycheck/report/v1", described by report/schema/report-v1.json), reads such reports
 * back, renders them as self-contained HTML or as text, applies --baseline (report only new
 * findings, matched by fingerprint) and --fail-on (the CI bar), and writes files atomically.
 *
 * It sees only detect/detect.h (and through it compare.h and shingle.h). Conventions are
 * those of shingle.h.
 * Exported symbols start with sc_rep_. Reports are cJSON trees: the caller owns a tree it is
 * given and frees it with cJSON_Delete.
 */
#ifndef SC_REPORT_H
#define SC_REPORT_H

#include "detect.h"
#include <cjson/cJSON.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SC_REP_SCHEMA "storycheck/report/v1"

typedef enum sc_rep_format_e { SC_FMT_JSON = 0, SC_FMT_HTML, SC_FMT_TEXT } sc_rep_format_t;
/* "json", "html", "text" -> format; -1 when unknown. */
int sc_rep_format_parse(const char *s);

/* Builds the report tree of a finished detect run. params is an object of every effective
 * option (the CLI builds it; it is copied). Returns NULL on OOM. Numbers are finite and
 * printed with fixed precision (see sc_rep_print).
 *
 * Beyond CONTRACT.md (extensions, all described in report/schema/report-v1.json):
 *  - tool.params.lsh: the LSH plans of both tiers {b, r, fp_area, fn_area};
 *  - summary.event_clusters, summary.duplicate_clusters;
 *  - links: the verified pairs the anti-chaining rule kept apart (detect.h "Links"), sorted by
 *    tier (events first), then a, b ids: [{tier, a, b, jaccard, jaccard_estimate, refused}],
 *    refused "density" or "window"; summary.links counts them all, summary.links_unlisted
 *    those beyond opts->max_links per tier (then summary.warnings says so). Every verified
 *    pair of a reported tier is in one cluster's pairs or here (or counted as unlisted);
 *  - documents[].boilerplate: the spans set aside [{start, end}];
 *  - clusters[].fingerprint, conflicts[].fingerprint (see sc_rep_fingerprint);
 *  - clusters[].pairs[].ci: [lo, hi], the 95% interval of the MinHash estimate;
 *  - conflicts[].a/b.url: the document's url, when it has one (where the claim appeared);
 *  - conflicts[].a/b.context_before/context_after: up to SC_REP_CONTEXT_BYTES of the document
 *    text around the sentence (cut at a word boundary, starting/ending with "…" where cut),
 *    present only when the document text was still held by the detector;
 *  - updates (r->updates: kind "update", ids u1..uN), present only when there is one, and
 *    leads (r->leads, ids l1..lN), present whenever r->leads_listed (detect --leads), even
 *    empty; each with its count in summary (summary.updates, summary.leads) and the shape of
 *    a conflict (doc/CONTRACT.md "Extensions"). Absent otherwise, so default reports keep
 *    their bytes. --baseline and --fail-on look at conflicts only.
 * Ids: clusters are "c1".."cN", conflicts "k1".."kN" (updates "u", leads "l") in their sorted
 * order; they name a finding inside one report. The fingerprint names it across runs. */
cJSON *sc_rep_build(const sc_det_t *d, const cJSON *params);
/* The same from a result struct directly (sc_rep_build calls it with sc_det_result(d)); lets
 * tests and other front ends build a report without a detector. */
cJSON *sc_rep_build_result(const sc_det_result_t *r, const cJSON *params);
#define SC_REP_CONTEXT_BYTES 240
/* Pairs listed per cluster when tool.params has no "max_pairs" (see sc_rep_build): the rest
 * are counted in the cluster's pairs_total / pairs_unlisted and summary.pairs_unlisted, and
 * summary.warnings says the list was cut. */
#define SC_REP_MAX_PAIRS 1000

/* tool.params of a detect run: every effective option of o and ro, so that the run can be
 * reproduced, plus max_pairs (the --max-pairs cut that sc_rep_build reads back). "leads" and
 * "lead_floor" appear only when o->leads is set, so default reports keep their bytes. Returns
 * a new object (caller deletes; pass it to sc_rep_build, which copies it) or NULL on OOM. */
cJSON *sc_rep_params(const sc_det_opts_t *o, const sc_reader_opts_t *ro, size_t max_pairs);
/* The tiers o runs, as options and tool.params spell them: "duplicate", "event" or "both".
 * A static string. */
const char *sc_rep_tier_name(const sc_det_opts_t *o);
/* Adds the "index" section of detect --index to a built (full or lean) report: the index
 * path, whether this run created it, the count of old documents, the ids of the new ones and
 * their pairs against old ones [{old, new, jaccard_estimate, ci: [lo, hi], verified: false,
 * basis: "estimate"}] (the old texts are not in the index: estimates only), in the order of
 * sc_det_index_match. *npairs receives the number of pairs. SC_OK, SC_ENOMEM, or the error
 * of sc_det_index_match (rep is then unchanged). */
int sc_rep_add_index(cJSON *rep, const sc_det_index_t *ix, const char *path,
                     const sc_det_opts_t *o, size_t *npairs);

/* Adds what the run did not read of its inputs (detect, streaming: a file added to an input
 * directory during the run, a JSONL file that grew past its size at the walk) to a built
 * (full, lean or streamed) report: "not_read": [{path, reason}] in the order given, and
 * summary.not_read, its length. Not inputs of the run (summary.inputs does not count them):
 * a report holds the key only when n > 0, so other reports keep their bytes. SC_OK or
 * SC_ENOMEM (rep then unusable: do not write it). */
int sc_rep_add_not_read(cJSON *rep, const char *const *path, const char *const *reason,
                        size_t n);

/* For large runs: the JSON report written as a stream, without a tree of the corpus.
 *
 * sc_rep_build_stream gives the tree of sc_rep_build with every section that grows with the
 * corpus (documents, rejected, clusters, conflicts, updates, leads, links) replaced by a
 * placeholder, an object {"streamed": true} (conflicts': also "top_score", the highest score
 * or -1, and "unscored", how many have no finite score). sc_rep_write_json then writes it to
 * path exactly as sc_rep_write_atomic would write sc_rep_print(sc_rep_build(d, params),
 * SC_FMT_JSON), byte for byte: the other keys from the tree, each placeholder's section from d
 * one element at a time (each element made as a small cJSON tree by the builder's own code,
 * printed by sc_rep_print's printer, then freed), through a 1 MiB buffer into the atomic
 * writer's temporary file. What stays in memory is the small tree, the sections' sort orders
 * (about 40 bytes per document and per cluster) and one element. d must stay alive until
 * written. summary has every count, so sc_rep_failon_hit, sc_rep_summary_line and
 * sc_rep_add_index work on a streamed tree; sc_rep_apply_baseline does not (SC_EPARAM: it
 * needs the findings themselves): with --baseline use sc_rep_build_lean.
 * Texts: the report reads a document's text only for the context of a finding (conflicts,
 * updates, leads: context_before/after), never for documents, clusters or links; so with the
 * comparator off it reads no text, and the detector may free them all before the report
 * (doc.len is still read, for "bytes" when bytes_in is 0).
 *
 * sc_rep_build_lean streams only documents and rejected (their placeholders as above) and
 * keeps the findings (clusters, conflicts, updates, leads, links) as arrays, so that
 * sc_rep_apply_baseline can filter them before sc_rep_write_json writes the whole.
 *
 * Views that need the whole report keep building it: HTML and text (sc_rep_print of
 * sc_rep_build) and --baseline (the findings of sc_rep_build_lean). A lean or streamed tree is
 * for sc_rep_write_json only: sc_rep_print would print its placeholders. */
cJSON *sc_rep_build_stream(const sc_det_t *d, const cJSON *params);
cJSON *sc_rep_build_lean(const sc_det_t *d, const cJSON *params);
/* SC_OK, SC_EIO (message names path), SC_ENOMEM (nothing written) or SC_EPARAM. */
int sc_rep_write_json(const char *path, const cJSON *lean, const sc_det_t *d, char *err,
                      size_t errlen);
/* The same from a result struct (as sc_rep_build_result): r must stay alive until written. */
cJSON *sc_rep_build_stream_result(const sc_det_result_t *r, const cJSON *params);
int sc_rep_write_json_result(const char *path, const cJSON *lean, const sc_det_result_t *r,
                             char *err, size_t errlen);

/* HTML-escapes len bytes of s (& < > " ' and control characters other than tab and newline);
 * every piece of report text goes through it before it reaches the HTML output. Returns a
 * new string (caller frees) or NULL on OOM. */
char *sc_rep_html_escape(const char *s, size_t len);

/* Serialises a report in a format into a newly allocated string (caller frees with free()).
 * JSON output is deterministic: two-space indentation, keys in the tree's order (schema order
 * for built reports), arrays of scalars on one line, numbers with at most 4 decimals, -0
 * printed as 0, NaN/Inf as null; printing a loaded report reproduces its file byte for byte.
 * HTML: one self-contained page (see rep_html.c); text: for terminals, article text made
 * inert. Both accept any tree that sc_rep_parse accepted (missing fields are shown as "?").
 * Returns NULL on OOM. */
char *sc_rep_print(const cJSON *report, sc_rep_format_t fmt);

/* Reads a report from a file ("-" or NULL: standard input); checks that it is UTF-8, parses
 * as JSON with nothing after it, has "schema" equal to SC_REP_SCHEMA and the arrays
 * documents, rejected, clusters and conflicts. Returns SC_OK (*out owned by the caller),
 * SC_EIO, SC_EFORMAT or SC_EVERSION with a message naming the file (and line and column of a
 * syntax error). */
int sc_rep_load(const char *path, cJSON **out, char *err, size_t errlen);
/* The same over len bytes in memory (need not be NUL-terminated); name is used in messages. */
int sc_rep_parse(const char *buf, size_t len, const char *name, cJSON **out, char *err,
                 size_t errlen);

/* Fingerprint of a finding, stable across runs: 16 hex digits of XXH3-64 over the two
 * (document id, normalised sentence) sides of a conflict, sorted, or over the kind and sorted
 * member ids of a cluster. Normalised: NFKC, case folded, letters, digits and marks only,
 * other runs one space. Offsets, score, kind and side order do not enter it. The fixtures pin
 * its values (test_report_ci): changing it breaks every stored baseline. Returns SC_OK, or
 * SC_ENOMEM with out empty (never a fingerprint that could match another finding's). */
int sc_rep_fingerprint(const cJSON *finding, int is_conflict, char out[17]);
/* Removes from report every conflict and duplicate cluster whose fingerprint is in baseline
 * (fingerprints are recomputed, not read), updates summary.clusters/conflicts and records
 * under summary.baseline the baseline's counts, how many were left out and their
 * fingerprints. Event clusters stay. Returns the number of findings kept (conflicts plus
 * duplicate clusters), SC_ENOMEM (report then half filtered: do not write it), or SC_EPARAM for a streamed tree (sc_rep_build_stream). */
long sc_rep_apply_baseline(cJSON *report, const cJSON *baseline);

/* The CI bar: --fail-on conflict[:MIN_SCORE] and/or duplicate. */
typedef struct sc_rep_failon_s {
	int conflict;        /* 1: fail on conflicts scoring >= conflict_min */
	double conflict_min; /* default 0 */
	int duplicate;       /* 1: fail on any duplicate cluster */
} sc_rep_failon_t;
/* Parses one --fail-on value into f (zero it first; may be given several times, and for two
 * conflict bars the lower wins). MIN_SCORE must be in [0, 1]. SC_OK or SC_EPARAM. */
int sc_rep_failon_parse(const char *s, sc_rep_failon_t *f);
/* 1 when the report reaches the bar, else 0. Scores are compared as printed (4 decimals), so
 * detect and a later `report` of its file agree; a conflict without a finite score counts. */
int sc_rep_failon_hit(const cJSON *report, const sc_rep_failon_t *f);
/* One-line summary for stderr, counted from the arrays (from summary and the placeholders
 * for the sections a streamed or lean tree left out), e.g. "storycheck: 5 documents,
 * 0 rejected, 2 clusters (1 event, 1 duplicate), 2 conflicts (top score 0.91)", plus
 * "; baseline: ..." after sc_rep_apply_baseline. Caller frees; NULL on OOM. */
char *sc_rep_summary_line(const cJSON *report);

/* Writes data to path atomically: a temporary file in the same directory, fsync, rename.
 * On failure the temporary file is removed and nothing is left at path. path "-" or NULL
 * writes to stdout. Returns SC_OK or SC_EIO with a message. */
int sc_rep_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen);

#ifdef __cplusplus
}
#endif
#endif
