/* sh_util.c: small shared pieces of the shingle stage: error strings, destructors, the
 * growable hash vector and its sort. */
#include "sh_internal.h"
#include "sc_prim.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

const char *sc_strerror(int code)
{
	switch (code) {
	case SC_OK: return "success";
	case SC_ENOMEM: return "out of memory";
	case SC_EIO: return "input/output error";
	case SC_EFORMAT: return "bad format";
	case SC_EVERSION: return "unsupported format version";
	case SC_ETRUNC: return "truncated file";
	case SC_EPARAM: return "invalid parameter";
	case SC_EMISMATCH: return "parameters do not match";
	case SC_EINTR: return "interrupted";
	case SC_ENOMODEL: return "no fitted model";
	}
	return "unknown error";
}

void sc_doc_free(sc_doc_t *d)
{
	if (!d) return;
	SC_FREE_ALL(d->id, d->text, d->title, d->source, d->url, d->published, d->path);
	memset(d, 0, sizeof *d);
}

void sc_reject_free(sc_reject_t *r)
{
	if (!r) return;
	SC_FREE_ALL(r->id, r->path, r->reason);
	memset(r, 0, sizeof *r);
}

void sc_u64v_free(sc_u64v_t *v)
{
	if (!v) return;
	free(v->a);
	memset(v, 0, sizeof *v);
}

int sc_sh_u64v_reserve(sc_u64v_t *v, size_t n)
{
	if (n <= v->m) return SC_OK;
	size_t m = v->m ? v->m : 256;
	while (m < n)
		m += m >> 1;
	uint64_t *a = realloc(v->a, m * sizeof *a);
	if (!a) return SC_ENOMEM;
	v->a = a;
	v->m = m;
	return SC_OK;
}

/* Spread hashes (shingle sets): a counting pass on the top bits puts every key within a
 * bucket of about one key of its place, and an insertion sort finishes in expected linear time
 * (sets up to 8K keys: 2^b >= 2n buckets, b <= 14). When a bucket holds too many keys (packed
 * keys such as LSH's (i, j) pairs, whose top bits are alike) or the set is larger, an LSD radix
 * sort that skips passes whose digit is constant. Then one sweep removes repeats. */
static void insertion_sort(uint64_t *a, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		uint64_t x = a[i];
		size_t j = i;
		while (j > 0 && a[j - 1] > x)
			a[j] = a[j - 1], j--;
		a[j] = x;
	}
}

/* Bucket pass + insertion sort; returns 0 (and leaves a as it was) when the keys are not
 * spread enough for it. */
static int bucket_sort(uint64_t *a, uint64_t *scratch, size_t n)
{
	/* at least two buckets per key: the insertion sort then rarely moves anything */
	int b = 6;
	while (b < 14 && ((size_t)1 << b) < 2 * n)
		b++;
	uint32_t cnt[1 << 14];
	size_t nb = (size_t)1 << b;
	memset(cnt, 0, nb * sizeof *cnt);
	for (size_t i = 0; i < n; i++)
		cnt[a[i] >> (64 - b)]++;
	uint32_t pos = 0, most = 0;
	for (size_t c = 0; c < nb; c++) {
		uint32_t t = cnt[c];
		if (t > most) most = t;
		cnt[c] = pos;
		pos += t;
	}
	if (most > 32) return 0;
	for (size_t i = 0; i < n; i++)
		scratch[cnt[a[i] >> (64 - b)]++] = a[i];
	insertion_sort(scratch, n);
	memcpy(a, scratch, n * sizeof *a);
	return 1;
}

/* LSD radix sort, bits (8 or 11) a pass; a pass whose digit is the same for every key is
 * skipped. 8-bit digits cost less per pass on small sets (256 counters), 11-bit ones need
 * fewer passes on large ones. */
static void radix_sort(uint64_t *a, uint64_t *scratch, size_t n, int bits)
{
	uint64_t *x = a, *y = scratch;
	const uint64_t mask = ((uint64_t)1 << bits) - 1;
	size_t cnt[2048];
	for (int shift = 0; shift < 64; shift += bits) {
		memset(cnt, 0, ((size_t)mask + 1) * sizeof *cnt);
		for (size_t i = 0; i < n; i++)
			cnt[(x[i] >> shift) & mask]++;
		if (cnt[(x[0] >> shift) & mask] == n) continue;
		size_t pos = 0;
		for (size_t c = 0; c <= mask; c++) {
			size_t t = cnt[c];
			cnt[c] = pos;
			pos += t;
		}
		for (size_t i = 0; i < n; i++)
			y[cnt[(x[i] >> shift) & mask]++] = x[i];
		uint64_t *t = x;
		x = y;
		y = t;
	}
	if (x != a) memcpy(a, x, n * sizeof *a);
}

int sc_read_file(const char *path, char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) return SC_EIO;
	char *b = NULL;
	size_t n = 0, m = 0;
	int rc = SC_OK;
	for (;;) {
		if (SC_GROW(b, m, n + 4096)) {
			rc = SC_ENOMEM;
			break;
		}
		size_t k = fread(b + n, 1, m - n - 1, f); /* room for the NUL */
		n += k;
		if (k == 0) {
			if (ferror(f)) rc = SC_EIO;
			break;
		}
	}
	const int e = errno; /* the read's, for the caller's message */
	fclose(f);
	errno = e;
	if (rc) {
		free(b);
		return rc;
	}
	b[n] = '\0';
	*out = b;
	*len = n;
	return SC_OK;
}

size_t sc_u64_sort_unique(uint64_t *a, uint64_t *tmp, size_t n)
{
	if (n < 2) return n;
	if (n < 64)
		insertion_sort(a, n);
	else if (n > 8192)
		radix_sort(a, tmp, n, 11);
	else if (!bucket_sort(a, tmp, n))
		radix_sort(a, tmp, n, 8);
	size_t o = 1;
	for (size_t i = 1; i < n; i++)
		if (a[i] != a[o - 1]) a[o++] = a[i];
	return o;
}

void sc_sh_u64v_sort_uniq(sc_u64v_t *v, uint64_t *scratch)
{
	v->n = sc_u64_sort_unique(v->a, scratch, v->n);
}

/* 1 when id is in s; else 0, with *pos (when given) the free slot where it belongs */
static int strset_find(const sc_strset_t *s, const char *id, size_t *pos)
{
	if (!s->m) return 0;
	size_t i = (size_t)XXH3_64bits(id, strlen(id)) & (s->m - 1);
	while (s->slot[i]) {
		if (!strcmp(s->slot[i], id)) return 1;
		i = (i + 1) & (s->m - 1);
	}
	if (pos) *pos = i;
	return 0;
}

int sc_strset_add(sc_strset_t *s, const char *id)
{
	if ((s->n + 1) * 2 > s->m) {
		size_t m = s->m ? s->m * 2 : 1024;
		char **slot = calloc(m, sizeof *slot);
		if (!slot) return SC_ENOMEM;
		sc_strset_t t = {slot, 0, m};
		for (size_t i = 0; i < s->m; i++) {
			if (!s->slot[i]) continue;
			size_t p = 0; /* set by strset_find (the table is never full); 0 quiets -O3 */
			strset_find(&t, s->slot[i], &p);
			t.slot[p] = s->slot[i];
			t.n++;
		}
		free(s->slot);
		*s = t;
	}
	size_t p = 0;
	if (strset_find(s, id, &p)) return SC_OK;
	if (!(s->slot[p] = strdup(id))) return SC_ENOMEM;
	s->n++;
	return SC_OK;
}

void sc_strset_free(sc_strset_t *s)
{
	SC_FREE_EACH(s->slot, s->m);
	memset(s, 0, sizeof *s);
}

int sc_strset_has(const sc_strset_t *s, const char *k) { return strset_find(s, k, NULL); }

void sc_sh_seterr(char *err, size_t errlen, const char *fmt, ...)
{
	if (!err || !errlen) return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

int sc_thread_start(pthread_t *t, void *(*fn)(void *), void *arg)
{
	sigset_t stop, old;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGHUP);
	sigaddset(&stop, SIGQUIT);
	/* the new thread inherits the creator's mask: blocked here around the create only */
	pthread_sigmask(SIG_BLOCK, &stop, &old);
	const int rc = pthread_create(t, NULL, fn, arg);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return rc;
}
