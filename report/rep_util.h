/* rep_util.h: the report stage's shop of helpers (rep_util.c; not part of the API).
 *
 * A growable string buffer with a sticky out-of-memory flag (so renderers can append freely and
 * check once at the end), the one number formatter every output uses, small accessors for
 * cJSON trees that tolerate missing fields (a loaded report is outside input), and an index of
 * a report's documents by id. The views (JSON, HTML, text, CI) depend on this file; it
 * depends on none of them. */
#ifndef SC_REP_UTIL_H
#define SC_REP_UTIL_H

#include "report.h"

#include <stdarg.h>

/* The report stage's own allocations (sc_rep_buf's growth, the fingerprint's scratch: its
 * normalised text and sorted ids) go through sc_rep_realloc: realloc(p, n), or the hook a test
 * set. sc_rep_set_alloc_hook(f) sends every later one to f (NULL: back to realloc), so that a
 * test can fail the n-th allocation and walk the out-of-memory paths (test_house12_fp.c); not
 * for concurrent use while it is being set. cJSON's own allocations have cJSON_InitHooks. */
void *sc_rep_realloc(void *p, size_t n);
void sc_rep_set_alloc_hook(void *(*f)(void *p, size_t n));

typedef struct sc_rep_buf_s {
	char *s;
	size_t n, m;
	int oom; /* 1 once an allocation failed (or flush did); further appends do nothing */
	/* Optional sink: when set, the buffer hands its contents to flush once they pass
	 * SC_REP_BUF_FLUSH bytes and starts again, so that a large output is written as it is
	 * made instead of being held whole. flush returns 0, or -1 with errno set (sticky, as
	 * oom). sc_rep_buf_drain passes the rest. */
	int (*flush)(void *ctx, const char *s, size_t n);
	void *ctx;
} sc_rep_buf_t;
#define SC_REP_BUF_FLUSH ((size_t)1 << 20)

void sc_rep_buf_put(sc_rep_buf_t *b, const char *s, size_t n);
void sc_rep_buf_puts(sc_rep_buf_t *b, const char *s);
void sc_rep_buf_printf(sc_rep_buf_t *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s[0, len) with the bytes that esc maps replaced: esc(c, u) returns the text that
 * stands for byte c (it may build it in u), or NULL to copy c as it is. Runs of bytes kept as
 * they are are copied whole. The one escape loop of the views (HTML text, JSON strings). */
void sc_rep_buf_escape(sc_rep_buf_t *b, const char *s, size_t len,
                       const char *(*esc)(unsigned char c, char u[8]));
/* Returns the NUL-terminated string (caller frees) or NULL after an allocation failure. */
char *sc_rep_buf_finish(sc_rep_buf_t *b);
/* With a sink: passes what is left to flush and frees the buffer. 0, or -1 after a failed
 * allocation or flush. */
int sc_rep_buf_drain(sc_rep_buf_t *b);

/* The number format of every output: integers (|v| < 2^53) without decimals, others with at
 * most 4 decimals and no trailing zeros, -0 as 0; NaN and infinities as "null". out must hold
 * 32 bytes. Returns out. */
char *sc_rep_fmt_num(double v, char out[32]);

/* Field accessors: NULL / def when the field is missing or of another type. */
const char *sc_rep_str(const cJSON *o, const char *key);
double sc_rep_num(const cJSON *o, const char *key, double def);
const cJSON *sc_rep_arr(const cJSON *o, const char *key);
const cJSON *sc_rep_obj(const cJSON *o, const char *key);

/* 1 when x is the placeholder of a section that a lean or streamed tree left to
 * sc_rep_write_json (an object with "streamed": true where an array would be; report.h). */
int sc_rep_is_streamed(const cJSON *x);

/* The strings of arr (other items skipped) each through put, separated by sep; none when
 * there is no string (a loaded report may hold anything): how the views print lists of cues,
 * terms and members. */
void sc_rep_put_strings(sc_rep_buf_t *b, const cJSON *arr, const char *sep, const char *none,
                        void (*put)(sc_rep_buf_t *b, const char *s));

/* Documents of a report by id (sorted pointers, bsearch), for the renderers. */
typedef struct sc_rep_docent_s {
	const cJSON *doc;
	long pos; /* position in the report's documents array */
} sc_rep_docent_t;
typedef struct sc_rep_docidx_s {
	sc_rep_docent_t *v;
	size_t n;
} sc_rep_docidx_t;
int sc_rep_docidx_init(sc_rep_docidx_t *x, const cJSON *report); /* SC_OK or SC_ENOMEM */
const cJSON *sc_rep_docidx_get(const sc_rep_docidx_t *x, const char *id);
/* position of the document in the documents array, -1 when absent */
long sc_rep_docidx_pos(const sc_rep_docidx_t *x, const char *id);
void sc_rep_docidx_free(sc_rep_docidx_t *x);

#endif
