/* rep_json.c: the report as JSON text, and back.
 *
 * cJSON's own printer is not used for output: it prints numbers with up to 17 significant
 * digits (0.15 may come out as 0.15000000000000002), NaN and Inf as null without a word, and
 * gives no control over layout. The printer here walks the tree in insertion order (the
 * builder inserts keys in schema order), prints every number through sc_rep_fmt_num (at most 4
 * decimals, -0 as 0), indents by two spaces, and keeps arrays of scalars on one line so
 * member lists and cue lists read naturally. The same printer serves built and loaded trees,
 * so `report --format json` of a report reproduces it byte for byte. */
#include "rep_internal.h"
#include "sc_prim.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>

/* ------------------------------------------------------------- printer */
/* JSON strings: quote and backslash escaped, control characters as their short escape or
 * \u00XX; every other byte as it is. */
static const char *json_esc(unsigned char c, char u[8])
{
	switch (c) {
	case '"': return "\\\"";
	case '\\': return "\\\\";
	case '\n': return "\\n";
	case '\r': return "\\r";
	case '\t': return "\\t";
	case '\b': return "\\b";
	case '\f': return "\\f";
	default:
		if (c >= 0x20 && c != 0x7f) return NULL;
		snprintf(u, 8, "\\u%04x", c);
		return u;
	}
}

static void put_jstr(sc_rep_buf_t *b, const char *s)
{
	sc_rep_buf_put(b, "\"", 1);
	sc_rep_buf_escape(b, s, strlen(s), json_esc);
	sc_rep_buf_put(b, "\"", 1);
}

static int is_scalar(const cJSON *x)
{
	return !cJSON_IsArray(x) && !cJSON_IsObject(x);
}

static void put_indent(sc_rep_buf_t *b, int depth)
{
	static const char sp[] = "                                                                ";
	size_t n = (size_t)depth * 2;
	while (n > 0) {
		size_t k = n < sizeof sp - 1 ? n : sizeof sp - 1;
		sc_rep_buf_put(b, sp, k);
		n -= k;
	}
}

static void put_value(sc_rep_buf_t *b, const cJSON *x, int depth)
{
	char num[32];
	if (cJSON_IsString(x))
		put_jstr(b, x->valuestring ? x->valuestring : "");
	else if (cJSON_IsNumber(x))
		sc_rep_buf_puts(b, sc_rep_fmt_num(x->valuedouble, num));
	else if (cJSON_IsTrue(x))
		sc_rep_buf_puts(b, "true");
	else if (cJSON_IsFalse(x))
		sc_rep_buf_puts(b, "false");
	else if (cJSON_IsRaw(x))
		sc_rep_buf_puts(b, x->valuestring ? x->valuestring : "null");
	else if (cJSON_IsArray(x) || cJSON_IsObject(x)) {
		int obj = cJSON_IsObject(x);
		const cJSON *c = x->child;
		if (!c) {
			sc_rep_buf_puts(b, obj ? "{}" : "[]");
			return;
		}
		int inl = !obj;
		for (const cJSON *y = c; inl && y; y = y->next)
			inl = is_scalar(y);
		sc_rep_buf_puts(b, obj ? "{" : "[");
		for (const cJSON *y = c; y; y = y->next) {
			if (inl) {
				if (y != c) sc_rep_buf_puts(b, ", ");
			} else {
				sc_rep_buf_puts(b, y != c ? ",\n" : "\n");
				put_indent(b, depth + 1);
			}
			if (obj) {
				put_jstr(b, y->string ? y->string : "");
				sc_rep_buf_puts(b, ": ");
			}
			put_value(b, y, depth + 1);
		}
		if (!inl) {
			sc_rep_buf_puts(b, "\n");
			put_indent(b, depth);
		}
		sc_rep_buf_puts(b, obj ? "}" : "]");
	} else
		sc_rep_buf_puts(b, "null");
}

/* ---------------------------------------------------- streaming writer */
/* Items [lo, hi) of a section into b, each as put_value prints an array's element (its
 * elements are objects: never inline), after the separator. */
typedef struct items_s {
	sc_rep_buf_t *b;
	const sc_rep_secs_t *s;
	sc_rep_sec_t sec;
	size_t lo, hi;
	int depth;
} items_t;

static void *put_items(void *arg)
{
	const items_t *t = arg;
	for (size_t i = t->lo; i < t->hi && !t->b->oom; i++) {
		cJSON *x = sc_rep_secs_item(t->s, t->sec, i);
		if (!x) {
			t->b->oom = 1;
			break;
		}
		sc_rep_buf_puts(t->b, i ? ",\n" : "\n");
		put_indent(t->b, t->depth + 1);
		put_value(t->b, x, t->depth + 1);
		cJSON_Delete(x);
	}
	return NULL;
}

/* A section left to the writer (a placeholder in the tree), printed from the detect result
 * one small tree at a time, exactly as put_value prints the full tree's arrays. A section of
 * many items is printed SECT_BLOCK items at a time on two threads (a helper takes the second
 * half of each block into a buffer of its own, appended after the first half): building and
 * printing the trees was ~20 s on one thread for the 4.5M event pairs of 1M generated
 * documents. The bytes are the same; without a thread, one thread prints all. */
#define SECT_BLOCK ((size_t)4096)
static void put_section(sc_rep_buf_t *b, const sc_rep_secs_t *s, const sc_det_result_t *r,
                        sc_rep_sec_t sec, int depth)
{
	size_t n = sc_rep_sec_count(r, sec);
	if (!n) {
		sc_rep_buf_puts(b, "[]");
		return;
	}
	sc_rep_buf_puts(b, "[");
	for (size_t lo = 0; lo < n && !b->oom; lo += SECT_BLOCK) {
		const size_t hi = n - lo < SECT_BLOCK ? n : lo + SECT_BLOCK,
		             mid = lo + (hi - lo) / 2;
		sc_rep_buf_t t = {0};
		items_t first = {b, s, sec, lo, mid, depth}, second = {&t, s, sec, mid, hi, depth};
		pthread_t th;
		const int two = hi - lo >= 64 && !sc_thread_start(&th, put_items, &second);
		put_items(&first);
		if (two) {
			pthread_join(th, NULL);
			if (t.oom)
				b->oom = 1;
			else if (t.n)
				sc_rep_buf_put(b, t.s, t.n);
		} else {
			second.b = b;
			put_items(&second);
		}
		free(t.s);
	}
	sc_rep_buf_puts(b, "\n");
	put_indent(b, depth);
	sc_rep_buf_puts(b, "]");
}

/* The section whose key is name, SC_SEC_N for none. */
static sc_rep_sec_t sec_of(const char *name)
{
	int k = 0;
	while (k < SC_SEC_N && (!name || strcmp(name, sc_rep_sec_key((sc_rep_sec_t)k))))
		k++;
	return (sc_rep_sec_t)k;
}

typedef struct {
	const cJSON *report;
	const sc_det_result_t *r;
	const sc_rep_secs_t *secs;
	int fd;
} stream_t;

static int flush_fd(void *ctx, const char *s, size_t n)
{
	const stream_t *st = ctx;
	return sc_rep_write_all(st->fd, s, n);
}

/* The top-level object as put_value prints it, each placeholder replaced by its section
 * printed from the result, through a buffer that passes every SC_REP_BUF_FLUSH bytes to fd. */
static int emit_lean(int fd, void *ctx)
{
	stream_t *st = ctx;
	sc_rep_buf_t b = {.flush = flush_fd, .ctx = st};
	st->fd = fd;
	sc_rep_buf_puts(&b, "{");
	for (const cJSON *y = st->report->child; y; y = y->next) {
		sc_rep_buf_puts(&b, y != st->report->child ? ",\n" : "\n");
		put_indent(&b, 1);
		put_jstr(&b, y->string ? y->string : "");
		sc_rep_buf_puts(&b, ": ");
		sc_rep_sec_t sec = sec_of(y->string);
		if (sec < SC_SEC_N && sc_rep_is_streamed(y))
			put_section(&b, st->secs, st->r, sec, 1);
		else
			put_value(&b, y, 1);
	}
	sc_rep_buf_puts(&b, st->report->child ? "\n}\n" : "}\n");
	return sc_rep_buf_drain(&b); /* errno: from write, or ENOMEM from malloc */
}

int sc_rep_write_json_result(const char *path, const cJSON *report, const sc_det_result_t *r,
                             char *err, size_t errlen)
{
	if (!cJSON_IsObject(report) || !r) {
		snprintf(err, errlen, "cannot write %s: no report", path ? path : "-");
		return SC_EPARAM;
	}
	/* the orders of every section (sorted indices, no tree), made before the output file is
	 * opened: out of memory here leaves nothing behind */
	const cJSON *params = sc_rep_obj(sc_rep_obj(report, "tool"), "params");
	sc_rep_secs_t *secs = sc_rep_secs_open(r, sc_rep_max_pairs_of(params));
	if (!secs) {
		snprintf(err, errlen, "cannot write %s: out of memory", path ? path : "-");
		return SC_ENOMEM;
	}
	stream_t st = {report, r, secs, -1};
	int rc = sc_rep_write_atomic_fn(path, emit_lean, &st, err, errlen);
	sc_rep_secs_close(secs);
	return rc;
}

int sc_rep_write_json(const char *path, const cJSON *report, const sc_det_t *d, char *err,
                      size_t errlen)
{
	return sc_rep_write_json_result(path, report, d ? sc_det_result(d) : NULL, err, errlen);
}

static char *render_json(const cJSON *report)
{
	sc_rep_buf_t b = {0};
	put_value(&b, report, 0);
	sc_rep_buf_puts(&b, "\n");
	return sc_rep_buf_finish(&b);
}

int sc_rep_format_parse(const char *s)
{
	if (!s) return -1;
	if (!strcmp(s, "json")) return SC_FMT_JSON;
	if (!strcmp(s, "html")) return SC_FMT_HTML;
	if (!strcmp(s, "text")) return SC_FMT_TEXT;
	return -1;
}

char *sc_rep_print(const cJSON *report, sc_rep_format_t fmt)
{
	if (!report) return NULL;
	switch (fmt) {
	case SC_FMT_JSON: return render_json(report);
	case SC_FMT_HTML: return sc_rep_render_html(report);
	case SC_FMT_TEXT: return sc_rep_render_text(report);
	}
	return NULL;
}

/* ---------------------------------------------------------------- load */
static char *slurp(const char *path, size_t *len, char *err, size_t errlen)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	char *s = NULL;
	size_t n = 0, m = 0;
	if (!f) {
		snprintf(err, errlen, "cannot read %s: %s", path, strerror(errno));
		return NULL;
	}
	for (;;) {
		if (n + 65536 + 1 > m) {
			size_t nm = m ? m * 2 : 65536 * 2;
			char *t = realloc(s, nm);
			if (!t) {
				snprintf(err, errlen, "%s: out of memory", path);
				goto fail;
			}
			s = t;
			m = nm;
		}
		size_t k = fread(s + n, 1, m - n - 1, f);
		n += k;
		if (k == 0) break;
	}
	if (ferror(f)) {
		snprintf(err, errlen, "cannot read %s: %s", path, strerror(errno));
		goto fail;
	}
	if (f != stdin) fclose(f);
	s[n] = '\0';
	*len = n;
	return s;
fail:
	if (f != stdin) fclose(f);
	free(s);
	return NULL;
}

/* line and column (1-based) of byte offset off */
static void where(const char *s, size_t off, size_t *line, size_t *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < off && s[i]; i++) {
		if (s[i] == '\n')
			(*line)++, *col = 1;
		else
			(*col)++;
	}
}

int sc_rep_parse(const char *buf, size_t len, const char *name, cJSON **out, char *err,
                 size_t errlen)
{
	int rc = SC_OK;
	cJSON *j = NULL;
	char *s = NULL;
	*out = NULL;
	if (!name) name = "report";
	if (len == 0) {
		snprintf(err, errlen, "%s: empty file, not a storycheck report", name);
		return SC_EFORMAT;
	}
	/* Reports are UTF-8 (and every string of ours is valid UTF-8): refuse anything else
	 * before parsing, with the offset, rather than pass broken bytes to the HTML view. */
	for (size_t i = 0; i < len;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)buf + i,
		                                      (utf8proc_ssize_t)(len - i), &cp);
		if (k <= 0 || cp == 0) {
			snprintf(
			    err, errlen,
			    "%s: not UTF-8 text (bad byte at offset %zu): not a storycheck report",
			    name, i);
			return SC_EFORMAT;
		}
		i += (size_t)k;
	}
	/* cJSON checks for trailing data only up to a NUL inside the given length */
	if (!(s = malloc(len + 1))) {
		snprintf(err, errlen, "%s: out of memory", name);
		return SC_ENOMEM;
	}
	memcpy(s, buf, len);
	s[len] = '\0';
	const char *end = NULL;
	j = cJSON_ParseWithLengthOpts(s, len + 1, &end, 1);
	if (!j) {
		size_t line, col;
		where(s, end && end >= s ? (size_t)(end - s) : 0, &line, &col);
		snprintf(err, errlen, "%s: not JSON (syntax error at line %zu, column %zu)", name,
		         line, col);
		rc = SC_EFORMAT;
		goto done;
	}
	if (!cJSON_IsObject(j)) {
		snprintf(err, errlen,
		         "%s: not a storycheck report (the top level is not a JSON object)", name);
		rc = SC_EFORMAT;
		goto done;
	}
	const char *schema = sc_rep_str(j, "schema");
	if (!schema) {
		snprintf(err, errlen, "%s: not a storycheck report (no \"schema\" string)", name);
		rc = SC_EFORMAT;
		goto done;
	}
	if (strcmp(schema, SC_REP_SCHEMA)) {
		if (!strncmp(schema, "storycheck/report/", 18))
			snprintf(err, errlen,
			         "%s: report schema is \"%.64s\"; this storycheck reads \"%s\"",
			         name, schema, SC_REP_SCHEMA);
		else
			snprintf(err, errlen, "%s: not a storycheck report (schema \"%.64s\")",
			         name, schema);
		rc = SC_EVERSION;
		goto done;
	}
	static const char *const arrays[] = {"documents", "rejected", "clusters", "conflicts"};
	for (size_t i = 0; i < sizeof arrays / sizeof *arrays; i++) {
		const cJSON *x = cJSON_GetObjectItemCaseSensitive(j, arrays[i]);
		if (!cJSON_IsArray(x)) {
			snprintf(err, errlen, "%s: malformed report: \"%s\" is %s", name, arrays[i],
			         x ? "not an array" : "missing");
			rc = SC_EFORMAT;
			goto done;
		}
	}
	*out = j;
	j = NULL;
done:
	cJSON_Delete(j);
	free(s);
	return rc;
}

int sc_rep_load(const char *path, cJSON **out, char *err, size_t errlen)
{
	size_t len = 0;
	*out = NULL;
	if (!path) path = "-";
	char *s = slurp(path, &len, err, errlen);
	if (!s) return SC_EIO;
	int rc =
	    sc_rep_parse(s, len, strcmp(path, "-") ? path : "standard input", out, err, errlen);
	free(s);
	return rc;
}
