/* rep_util.c: the report stage's shop of helpers, used by every view (rep_json.c, rep_html.c,
 * rep_text.c, rep_ci.c): the growable output buffer, the one number formatter, tolerant cJSON
 * accessors and the document index. It calls nothing else in report/, so the views depend on
 * it and the dispatcher (sc_rep_print in rep_json.c) depends on the views: no circle. */
#include "rep_util.h"
#include "sc_prim.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- buffer */
static void *(*g_alloc_hook)(void *p, size_t n);

void *sc_rep_realloc(void *p, size_t n)
{
	return g_alloc_hook ? g_alloc_hook(p, n) : realloc(p, n);
}

void sc_rep_set_alloc_hook(void *(*f)(void *p, size_t n)) { g_alloc_hook = f; }

static int buf_reserve(sc_rep_buf_t *b, size_t extra)
{
	if (b->oom) return 0;
	if (b->flush && b->n && b->n + extra + 1 > SC_REP_BUF_FLUSH) {
		if (b->flush(b->ctx, b->s, b->n)) {
			b->oom = 1;
			return 0;
		}
		b->n = 0;
	}
	if (b->n + extra + 1 <= b->m) return 1;
	size_t m = b->m ? b->m : 4096;
	while (m < b->n + extra + 1)
		m *= 2;
	char *s = sc_rep_realloc(b->s, m);
	if (!s) {
		b->oom = 1;
		return 0;
	}
	b->s = s;
	b->m = m;
	return 1;
}

void sc_rep_buf_put(sc_rep_buf_t *b, const char *s, size_t n)
{
	if (!buf_reserve(b, n)) return;
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

void sc_rep_buf_puts(sc_rep_buf_t *b, const char *s)
{
	sc_rep_buf_put(b, s, strlen(s));
}

void sc_rep_buf_escape(sc_rep_buf_t *b, const char *s, size_t len,
                       const char *(*esc)(unsigned char c, char u[8]))
{
	char u[8];
	size_t run = 0;
	for (size_t i = 0; i < len; i++) {
		const char *e = esc((unsigned char)s[i], u);
		if (!e) continue;
		sc_rep_buf_put(b, s + run, i - run);
		sc_rep_buf_puts(b, e);
		run = i + 1;
	}
	sc_rep_buf_put(b, s + run, len - run);
}

void sc_rep_buf_printf(sc_rep_buf_t *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !buf_reserve(b, (size_t)n)) return;
	va_start(ap, fmt);
	vsnprintf(b->s + b->n, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->n += (size_t)n;
}

char *sc_rep_buf_finish(sc_rep_buf_t *b)
{
	if (!b->oom && !b->s) buf_reserve(b, 0);
	if (b->oom) {
		free(b->s);
		b->s = NULL;
		return NULL;
	}
	if (b->s) b->s[b->n] = '\0';
	char *s = b->s;
	b->s = NULL;
	b->n = b->m = 0;
	return s;
}

int sc_rep_buf_drain(sc_rep_buf_t *b)
{
	int rc = b->oom || (b->n && b->flush(b->ctx, b->s, b->n)) ? -1 : 0;
	free(b->s);
	b->s = NULL;
	b->n = b->m = 0;
	return rc;
}

/* ------------------------------------------------------------- numbers */
/* "%.4f" of v, trailing zeros and point stripped, without printf: the report of 1M generated
 * documents writes ~30M such numbers (Jaccards, estimates, intervals, cosines), and printf's
 * exact decimal expansion was the larger part of writing them. v * 10^4 in a double is within
 * 2^-53 of it relative (1.2e-6 absolute for |v| < 10^6), so its nearest integer is printf's
 * rounding of v's exact value unless that product lies within 10^-5 of a half: then, and for
 * larger |v|, 0 is returned and printf decides. Returns 1 when out was written. */
static int fmt_fixed4(double v, char out[32])
{
	const double x = v * 10000.0, fl = floor(x);
	if (!(fabs(v) < 1e6) || fabs(x - fl - 0.5) <= 1e-5) return 0;
	long long q = (long long)(x - fl < 0.5 ? fl : fl + 1.0);
	char *o = out, d[24];
	if (q < 0) *o++ = '-', q = -q;
	long long ip = q / 10000;
	int fp = (int)(q % 10000), n = 0;
	if (!q) { /* "-0.0000" stripped is "-0", written 0 */
		strcpy(out, "0");
		return 1;
	}
	do
		d[n++] = (char)('0' + ip % 10);
	while ((ip /= 10));
	while (n)
		*o++ = d[--n];
	if (fp) {
		int w = 4;
		while (fp % 10 == 0)
			fp /= 10, w--;
		*o++ = '.';
		for (int k = w - 1; k >= 0; k--, fp /= 10)
			o[k] = (char)('0' + fp % 10);
		o += w;
	}
	*o = '\0';
	return 1;
}

char *sc_rep_fmt_num(double v, char out[32])
{
	if (!isfinite(v)) {
		strcpy(out, "null");
		return out;
	}
	if (v == 0) { /* also -0 */
		strcpy(out, "0");
		return out;
	}
	if (fabs(v) >= 9007199254740992.0) { /* 2^53: beyond it every double is an integer */
		snprintf(out, 32, "%.17g", v);
		return out;
	}
	if (v == floor(v)) {
		snprintf(out, 32, "%.0f", v);
		return out;
	}
	if (fmt_fixed4(v, out)) return out;
	snprintf(out, 32, "%.4f", v);
	size_t n = strlen(out);
	while (n > 0 && out[n - 1] == '0')
		out[--n] = '\0';
	if (n > 0 && out[n - 1] == '.') out[--n] = '\0';
	if (!strcmp(out, "-0")) strcpy(out, "0"); /* e.g. -0.00001 */
	return out;
}

/* ----------------------------------------------------------- accessors */
const char *sc_rep_str(const cJSON *o, const char *key)
{
	const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsString(x) ? x->valuestring : NULL;
}

double sc_rep_num(const cJSON *o, const char *key, double def)
{
	const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsNumber(x) ? x->valuedouble : def;
}

const cJSON *sc_rep_arr(const cJSON *o, const char *key)
{
	const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsArray(x) ? x : NULL;
}

const cJSON *sc_rep_obj(const cJSON *o, const char *key)
{
	const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
	return cJSON_IsObject(x) ? x : NULL;
}

int sc_rep_is_streamed(const cJSON *x)
{
	return cJSON_IsObject(x) && cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(x, "streamed"));
}

/* ------------------------------------------------------------- lists */
void sc_rep_put_strings(sc_rep_buf_t *b, const cJSON *arr, const char *sep, const char *none,
                        void (*put)(sc_rep_buf_t *b, const char *s))
{
	const cJSON *x;
	int first = 1;
	cJSON_ArrayForEach(x, arr)
	{
		if (!cJSON_IsString(x)) continue;
		if (!first) sc_rep_buf_puts(b, sep);
		put(b, x->valuestring);
		first = 0;
	}
	if (first) sc_rep_buf_puts(b, none);
}

/* ------------------------------------------------------- document index */
static int cmp_docent(const void *x, const void *y)
{
	const sc_rep_docent_t *a = x, *b = y;
	int c = strcmp(sc_rep_str(a->doc, "id"), sc_rep_str(b->doc, "id"));
	return c ? c : (a->pos > b->pos) - (a->pos < b->pos); /* duplicate ids: the first wins */
}

int sc_rep_docidx_init(sc_rep_docidx_t *x, const cJSON *report)
{
	const cJSON *docs = sc_rep_arr(report, "documents"), *d;
	size_t n = (size_t)cJSON_GetArraySize(docs);
	long pos = 0;
	x->n = 0;
	x->v = malloc((n ? n : 1) * sizeof *x->v);
	if (!x->v) return SC_ENOMEM;
	cJSON_ArrayForEach(d, docs)
	{
		if (cJSON_IsObject(d) && sc_rep_str(d, "id")) {
			x->v[x->n].doc = d;
			x->v[x->n++].pos = pos;
		}
		pos++;
	}
	qsort(x->v, x->n, sizeof *x->v, cmp_docent);
	return SC_OK;
}

static const sc_rep_docent_t *docidx_find(const sc_rep_docidx_t *x, const char *id)
{
	size_t lo;
	if (!id) return NULL;
	SC_LOWER_BOUND(lo, x->n, mid,
	               strcmp(sc_rep_str(x->v[mid].doc, "id"), id) < 0); /* leftmost */
	return lo < x->n && !strcmp(sc_rep_str(x->v[lo].doc, "id"), id) ? &x->v[lo] : NULL;
}

const cJSON *sc_rep_docidx_get(const sc_rep_docidx_t *x, const char *id)
{
	const sc_rep_docent_t *e = docidx_find(x, id);
	return e ? e->doc : NULL;
}

long sc_rep_docidx_pos(const sc_rep_docidx_t *x, const char *id)
{
	const sc_rep_docent_t *e = docidx_find(x, id);
	return e ? e->pos : -1;
}

void sc_rep_docidx_free(sc_rep_docidx_t *x)
{
	free(x->v);
	x->v = NULL;
	x->n = 0;
}
