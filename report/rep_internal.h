/* rep_internal.h: entry points shared by the files of the report stage (not part of the API).
 *
 * The helpers every view uses (buffer, number format, accessors, document index) are in
 * rep_util.h, included here. This header adds what one file of the stage offers another:
 * pieces of the builder for the streaming writer, the atomic writer with a callback, and the
 * two renderers that sc_rep_print (rep_json.c) dispatches to. */
#ifndef SC_REP_INTERNAL_H
#define SC_REP_INTERNAL_H

#include "rep_util.h"

/* Pieces of the builder (rep_build.c) that the streaming JSON writer (rep_json.c) reuses.
 * One document or rejection as a small tree (caller deletes). */
cJSON *sc_rep_doc_json(const sc_det_doc_t *d);
cJSON *sc_rep_reject_json(const sc_reject_t *j);
/* The pairs listed per cluster: params' "max_pairs", SC_REP_MAX_PAIRS when absent or absurd. */
size_t sc_rep_max_pairs_of(const cJSON *params);

/* The sections of a report that grow with the corpus, in the report's key order. Both the
 * tree (sc_rep_build) and the stream (sc_rep_write_json) make them here, one element at a
 * time, so that the two cannot print different things. */
typedef enum sc_rep_sec_e {
	SC_SEC_DOCUMENTS = 0,
	SC_SEC_REJECTED,
	SC_SEC_CLUSTERS,
	SC_SEC_CONFLICTS, /* conflicts, updates and leads: in this order, one after another */
	SC_SEC_UPDATES,
	SC_SEC_LEADS,
	SC_SEC_LINKS,
	SC_SEC_N
} sc_rep_sec_t;
/* The section's key in the report ("documents", ...), NULL for no section. */
const char *sc_rep_sec_key(sc_rep_sec_t sec);
/* The number of elements of the section in r. */
size_t sc_rep_sec_count(const sc_det_result_t *r, sc_rep_sec_t sec);
/* The orders of every section of r (documents, clusters with their sorted members, findings,
 * links: about 40 bytes per document and per cluster, no tree), for sc_rep_secs_item. r must
 * outlive it. NULL on OOM. */
typedef struct sc_rep_secs_s sc_rep_secs_t;
sc_rep_secs_t *sc_rep_secs_open(const sc_det_result_t *r, size_t max_pairs);
/* Element i of a section as a small tree (caller deletes), exactly as the full tree holds it.
 * NULL on OOM or when i is out of range. */
cJSON *sc_rep_secs_item(const sc_rep_secs_t *s, sc_rep_sec_t sec, size_t i);
void sc_rep_secs_close(sc_rep_secs_t *s);

/* sc_rep_write_atomic with the data made by emit, which writes all of it to fd and returns 0,
 * or -1 with errno set (rep_io.c). */
int sc_rep_write_atomic_fn(const char *path, int (*emit)(int fd, void *ctx), void *ctx,
                           char *err, size_t errlen);

/* Writes all len bytes to fd, again after EINTR and short writes (rep_io.c). 0, or -1 with
 * errno set. */
int sc_rep_write_all(int fd, const char *data, size_t len);

/* Renderers (rep_html.c, rep_text.c). */
char *sc_rep_render_html(const cJSON *report);
char *sc_rep_render_text(const cJSON *report);

#endif
