/* rep_internal.h: entry points shared by the files of the report stage (not part of the API).
 *
 * The helpers every view uses (buffer, number format, accessors, document index) are in
 * rep_util.h, included here. This header adds what one file of the stage offers another:
 * pieces of the builder for the streaming writer, the atomic writer with a callback, and the
 * two renderers that sc_rep_print (rep_json.c) dispatches to. */
#ifndef SC_REP_INTERNAL_H
#define SC_REP_INTERNAL_H

#include "rep_util.h"

/* Pieces of the builder (rep_build.c) that the streaming JSON writer (rep_json.c) reuses:
 * one document or rejection as a small tree (caller deletes), and the documents' print order
 * (indices sorted by id; caller frees; NULL on OOM or when there are none). */
cJSON *sc_rep_doc_json(const sc_det_doc_t *d);
cJSON *sc_rep_reject_json(const sc_reject_t *j);
uint32_t *sc_rep_doc_order(const sc_det_result_t *r);
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
