/* rep_ci.c: what a CI job needs from a report: fingerprints of findings, --baseline (keep only
 * new findings), --fail-on (the bar) and the one-line summary.
 *
 * A fingerprint must survive everything that does not change the finding itself: other
 * documents being added (so no ids like "k3", which are ranks), edits elsewhere in an article
 * (so no byte offsets), re-typesetting (so the sentence is normalised: NFKC, case folded,
 * only letters, digits and marks kept, runs of anything else collapsed to one space), a
 * different score or kind from a retuned comparator, and the two sides being swapped (so the
 * sides are sorted). What it keeps is what a desk would call "the same disagreement": which
 * documents, which sentences. Duplicate clusters are fingerprinted by their sorted member ids.
 * The hash is XXH3-64 over a framed byte string (domain tag, then fields separated by
 * control characters that cannot occur in the normalised text). */
#include "rep_util.h"
#include "sc_prim.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

/* s as NFKC, case folded, in UTF-8 (caller frees m with free): utf8proc_map's steps
 * (decompose to measure, decompose, re-encode in place), its buffer from sc_rep_realloc so that
 * a test can fail it. Returns the length, or a negative utf8proc error (UTF8PROC_ERROR_NOMEM
 * when the buffer could not be had). */
static utf8proc_ssize_t nfkc_fold(const char *s, utf8proc_uint8_t **m)
{
	const utf8proc_option_t opt = UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
	                              UTF8PROC_COMPAT | UTF8PROC_CASEFOLD;
	const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
	*m = NULL;
	utf8proc_ssize_t n = utf8proc_decompose(u, 0, NULL, 0, opt);
	if (n < 0) return n;
	utf8proc_int32_t *buf = sc_rep_realloc(NULL, (size_t)n * sizeof *buf + 1);
	if (!buf) return UTF8PROC_ERROR_NOMEM;
	if ((n = utf8proc_decompose(u, 0, buf, n, opt)) >= 0) n = utf8proc_reencode(buf, n, opt);
	if (n < 0) {
		free(buf);
		return n;
	}
	*m = (utf8proc_uint8_t *)buf;
	return n;
}

/* Normalised sentence text into b: see the file comment. */
static void norm_text(sc_rep_buf_t *b, const char *s)
{
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t n = nfkc_fold(s, &m);
	if (n == UTF8PROC_ERROR_NOMEM) { /* never a fingerprint of other bytes: the caller fails */
		b->oom = 1;
		return;
	}
	if (n < 0) { /* not UTF-8: hash the bytes as they are, lower-cased ASCII */
		int sep = 0;
		for (; *s; s++) {
			unsigned char c = (unsigned char)*s;
			if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
			    (c >= 'A' && c <= 'Z') || c >= 0x80) {
				if (sep && b->n) sc_rep_buf_put(b, " ", 1);
				sep = 0;
				char l = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
				sc_rep_buf_put(b, &l, 1);
			} else
				sep = 1;
		}
		return;
	}
	size_t start = b->n;
	int sep = 0;
	for (utf8proc_ssize_t i = 0; i < n;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(m + i, n - i, &cp);
		if (k <= 0) break;
		utf8proc_category_t cat = utf8proc_category(cp);
		int keep = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO);
		if (keep) {
			if (sep && b->n > start) sc_rep_buf_put(b, " ", 1);
			sep = 0;
			sc_rep_buf_put(b, (const char *)m + i, (size_t)k);
		} else
			sep = 1;
		i += k;
	}
	free(m);
}

static int cmp_cstr(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Sets *oom when memory ran out (the value is then meaningless). */
static uint64_t fp64(const cJSON *f, int is_conflict, int *oom)
{
	sc_rep_buf_t b = {0};
	if (is_conflict) {
		/* each side as "doc \x1f normalised text", the two sides sorted */
		char *side[2] = {NULL, NULL};
		static const char *const keys[2] = {"a", "b"};
		for (int i = 0; i < 2; i++) {
			const cJSON *s = sc_rep_obj(f, keys[i]);
			const char *doc = sc_rep_str(s, "doc"), *text = sc_rep_str(s, "text");
			sc_rep_buf_t sb = {0};
			sc_rep_buf_puts(&sb, doc ? doc : "");
			sc_rep_buf_put(&sb, "\x1f", 1);
			norm_text(&sb, text ? text : "");
			side[i] = sc_rep_buf_finish(&sb);
		}
		sc_rep_buf_puts(&b, "conflict\x1e");
		if (side[0] && side[1]) {
			if (strcmp(side[0], side[1]) > 0) {
				char *t = side[0];
				side[0] = side[1];
				side[1] = t;
			}
			sc_rep_buf_puts(&b, side[0]);
			sc_rep_buf_put(&b, "\x1e", 1);
			sc_rep_buf_puts(&b, side[1]);
		} else
			b.oom = 1;
		free(side[0]);
		free(side[1]);
	} else {
		const char *kind = sc_rep_str(f, "kind");
		const cJSON *m = sc_rep_arr(f, "members");
		int n = cJSON_GetArraySize(m), k = 0;
		char **ids = n > 0 ? sc_rep_realloc(NULL, (size_t)n * sizeof *ids) : NULL;
		const cJSON *x;
		cJSON_ArrayForEach(x, m)
		{
			if (ids && cJSON_IsString(x)) ids[k++] = x->valuestring;
		}
		if (k) qsort(ids, (size_t)k, sizeof *ids, cmp_cstr);
		sc_rep_buf_puts(&b, "cluster:");
		sc_rep_buf_puts(&b, kind ? kind : "");
		for (int i = 0; i < k; i++) {
			sc_rep_buf_put(&b, "\x1e", 1);
			sc_rep_buf_puts(&b, ids[i]);
		}
		if (n > 0 && !ids) b.oom = 1;
		free(ids);
	}
	size_t len = b.n;
	char *s = sc_rep_buf_finish(&b);
	uint64_t h = s ? XXH3_64bits(s, len) : 0;
	if (!s) *oom = 1;
	free(s);
	return h;
}

int sc_rep_fingerprint(const cJSON *finding, int is_conflict, char out[17])
{
	int oom = 0;
	uint64_t h = fp64(finding, is_conflict, &oom);
	out[0] = 0;
	if (oom) return SC_ENOMEM;
	snprintf(out, 17, "%016llx", (unsigned long long)h);
	return SC_OK;
}

static int is_dup(const cJSON *c)
{
	const char *k = sc_rep_str(c, "kind");
	return k && !strcmp(k, "duplicate");
}

/* Fingerprints of the baseline's conflicts and duplicate clusters, sorted; NULL on OOM. */
static uint64_t *baseline_set(const cJSON *base, size_t *n, long *nconf, long *ndup)
{
	int oom = 0;
	const cJSON *k = sc_rep_arr(base, "conflicts"), *c = sc_rep_arr(base, "clusters"), *x;
	size_t m = (size_t)cJSON_GetArraySize(k) + (size_t)cJSON_GetArraySize(c);
	uint64_t *v = malloc((m ? m : 1) * sizeof *v);
	*n = 0;
	*nconf = *ndup = 0;
	if (!v) return NULL;
	cJSON_ArrayForEach(x, k)
	{
		v[(*n)++] = fp64(x, 1, &oom);
		(*nconf)++;
	}
	cJSON_ArrayForEach(x, c)
	{
		if (!is_dup(x)) continue;
		v[(*n)++] = fp64(x, 0, &oom);
		(*ndup)++;
	}
	if (oom) {
		free(v);
		return NULL;
	}
	qsort(v, *n, sizeof *v, sc_cmp_u64);
	return v;
}

/* 1, or 0 when memory ran out */
static int set_num(cJSON *o, const char *key, double v)
{
	cJSON *x = cJSON_CreateNumber(v);
	if (!x) return 0;
	if (cJSON_GetObjectItemCaseSensitive(o, key))
		return cJSON_ReplaceItemInObjectCaseSensitive(o, key, x);
	return cJSON_AddItemToObject(o, key, x);
}

/* Removes from arr the items whose fingerprint is in set (only duplicate clusters when
 * clusters); appends the removed fingerprints to sup. Returns the number removed. */
static long filter(cJSON *arr, int is_conflict, const uint64_t *set, size_t nset, cJSON *sup)
{
	long removed = 0;
	cJSON *x = arr ? arr->child : NULL;
	while (x) {
		cJSON *next = x->next;
		if (is_conflict || is_dup(x)) {
			int oom = 0;
			uint64_t h = fp64(x, is_conflict, &oom);
			if (oom) return -1;
			if (bsearch(&h, set, nset, sizeof *set, sc_cmp_u64)) {
				char hex[17];
				snprintf(hex, sizeof hex, "%016llx", (unsigned long long)h);
				/* a finding left out is always named in the record, or the run fails */
				cJSON *s = cJSON_CreateString(hex);
				if (!s) return -1;
				cJSON_AddItemToArray(sup, s);
				cJSON_Delete(cJSON_DetachItemViaPointer(arr, x));
				removed++;
			}
		}
		x = next;
	}
	return removed;
}

static int cmp_json_str(const void *x, const void *y)
{
	return strcmp((*(cJSON *const *)x)->valuestring, (*(cJSON *const *)y)->valuestring);
}

long sc_rep_apply_baseline(cJSON *report, const cJSON *baseline)
{
	size_t nset = 0;
	long bconf = 0, bdup = 0;
	if (!report || !baseline) return -1;
	/* a streamed tree holds no findings to filter (report.h: --baseline builds them) */
	if (sc_rep_is_streamed(cJSON_GetObjectItemCaseSensitive(report, "conflicts")) ||
	    sc_rep_is_streamed(cJSON_GetObjectItemCaseSensitive(report, "clusters")))
		return SC_EPARAM;
	uint64_t *set = baseline_set(baseline, &nset, &bconf, &bdup);
	cJSON *sup = cJSON_CreateArray();
	if (!set || !sup) {
		free(set);
		cJSON_Delete(sup);
		return SC_ENOMEM;
	}
	cJSON *conf = cJSON_GetObjectItemCaseSensitive(report, "conflicts");
	cJSON *clus = cJSON_GetObjectItemCaseSensitive(report, "clusters");
	long rc = filter(cJSON_IsArray(conf) ? conf : NULL, 1, set, nset, sup);
	long rd = rc < 0 ? -1 : filter(cJSON_IsArray(clus) ? clus : NULL, 0, set, nset, sup);
	free(set);
	if (rc < 0 || rd < 0) {
		cJSON_Delete(sup);
		return SC_ENOMEM;
	}

	/* suppressed fingerprints sorted, so the record is deterministic */
	int ns = cJSON_GetArraySize(sup);
	if (ns > 1) {
		cJSON **v = malloc((size_t)ns * sizeof *v);
		if (v) {
			int i = 0;
			while (sup->child)
				v[i++] = cJSON_DetachItemViaPointer(sup, sup->child);
			qsort(v, (size_t)ns, sizeof *v, cmp_json_str);
			for (i = 0; i < ns; i++)
				cJSON_AddItemToArray(sup, v[i]);
			free(v);
		}
	}
	long nconf = cJSON_GetArraySize(conf), nclus = cJSON_GetArraySize(clus), ndup = 0;
	const cJSON *x;
	cJSON_ArrayForEach(x, clus) ndup += is_dup(x);

	cJSON *sum = cJSON_GetObjectItemCaseSensitive(report, "summary");
	if (!cJSON_IsObject(sum)) {
		cJSON_DeleteItemFromObjectCaseSensitive(report, "summary");
		sum = cJSON_AddObjectToObject(report, "summary");
	}
	/* the summary must say what was left out: out of memory there fails the call */
	int ok = sum && set_num(sum, "clusters", (double)nclus) &&
	         set_num(sum, "conflicts", (double)nconf) &&
	         (!cJSON_GetObjectItemCaseSensitive(sum, "duplicate_clusters") ||
	          set_num(sum, "duplicate_clusters", (double)ndup));
	cJSON *b = NULL;
	if (ok) {
		cJSON_DeleteItemFromObjectCaseSensitive(sum, "baseline");
		b = cJSON_AddObjectToObject(sum, "baseline");
		ok = b && cJSON_AddNumberToObject(b, "conflicts", (double)bconf) &&
		     cJSON_AddNumberToObject(b, "duplicate_clusters", (double)bdup) &&
		     cJSON_AddNumberToObject(b, "suppressed_conflicts", (double)rc) &&
		     cJSON_AddNumberToObject(b, "suppressed_duplicates", (double)rd);
	}
	if (ok && (ok = cJSON_AddItemToObject(b, "suppressed", sup))) sup = NULL;
	cJSON_Delete(sup);
	return ok ? nconf + ndup : SC_ENOMEM;
}

/* ------------------------------------------------------------- fail-on */
int sc_rep_failon_parse(const char *s, sc_rep_failon_t *f)
{
	if (!s || !f) return SC_EPARAM;
	if (!strcmp(s, "duplicate")) {
		f->duplicate = 1;
		return SC_OK;
	}
	if (!strncmp(s, "conflict", 8) && (s[8] == '\0' || s[8] == ':')) {
		double min = 0;
		if (s[8] == ':') {
			char *end;
			min = strtod(s + 9, &end);
			if (end == s + 9 || *end || !isfinite(min) || min < 0 || min > 1)
				return SC_EPARAM;
		}
		/* Given twice, the lower bar wins: both asked to fail at their level. */
		if (!f->conflict || min < f->conflict_min) f->conflict_min = min;
		f->conflict = 1;
		return SC_OK;
	}
	return SC_EPARAM;
}

/* The score as printed (4 decimals), so `detect --fail-on` and `report --fail-on` over the
 * written report agree at the edge of the bar. */
static double printed(double v)
{
	char s[32];
	sc_rep_fmt_num(v, s);
	return strtod(s, NULL);
}

/* The conflicts' count, top score (-1 when none is above) and how many have no finite score:
 * from the array, or from the placeholder of a streamed tree (sc_rep_build_stream). */
static long conflict_stats(const cJSON *report, double *top, long *unscored)
{
	const cJSON *k = cJSON_GetObjectItemCaseSensitive(report, "conflicts"), *x;
	long n = 0;
	*top = -1;
	*unscored = 0;
	if (sc_rep_is_streamed(k)) {
		*top = sc_rep_num(k, "top_score", -1);
		*unscored = (long)sc_rep_num(k, "unscored", 0);
		return (long)sc_rep_num(sc_rep_obj(report, "summary"), "conflicts", 0);
	}
	cJSON_ArrayForEach(x, sc_rep_arr(report, "conflicts"))
	{
		double s = sc_rep_num(x, "score", NAN);
		if (s > *top) *top = s;
		*unscored += !isfinite(s);
		n++;
	}
	return n;
}

/* The clusters' count and how many are duplicates: from the array, or from summary when the
 * tree streams them. */
static long cluster_stats(const cJSON *report, long *ndup)
{
	const cJSON *x;
	long n = 0;
	*ndup = 0;
	if (sc_rep_is_streamed(cJSON_GetObjectItemCaseSensitive(report, "clusters"))) {
		const cJSON *sum = sc_rep_obj(report, "summary");
		*ndup = (long)sc_rep_num(sum, "duplicate_clusters", 0);
		return (long)sc_rep_num(sum, "clusters", 0);
	}
	cJSON_ArrayForEach(x, sc_rep_arr(report, "clusters"))
	{
		n++;
		*ndup += is_dup(x);
	}
	return n;
}

/* Entries of a list: its array's size, or summary's count (key) when the tree streams it. */
static long list_count(const cJSON *report, const char *key)
{
	const cJSON *x = cJSON_GetObjectItemCaseSensitive(report, key);
	if (sc_rep_is_streamed(x)) return (long)sc_rep_num(sc_rep_obj(report, "summary"), key, 0);
	return cJSON_GetArraySize(sc_rep_arr(report, key));
}

int sc_rep_failon_hit(const cJSON *report, const sc_rep_failon_t *f)
{
	if (!report || !f) return 0;
	if (f->conflict) {
		double top;
		long unscored, n = conflict_stats(report, &top, &unscored);
		/* a conflict without a usable score still counts: the bar cannot clear it; the
		 * printed scores keep the order of the scores, so the top one decides */
		if (unscored || (n && printed(top) >= printed(f->conflict_min))) return 1;
	}
	long ndup;
	if (f->duplicate && (cluster_stats(report, &ndup), ndup)) return 1;
	return 0;
}

char *sc_rep_summary_line(const cJSON *report)
{
	sc_rep_buf_t b = {0};
	const cJSON *sum = sc_rep_obj(report, "summary");
	long ndoc = list_count(report, "documents"), nrej = list_count(report, "rejected");
	long ndup, ncl = cluster_stats(report, &ndup), unscored;
	double top;
	long nk = conflict_stats(report, &top, &unscored);
	sc_rep_buf_printf(&b,
	                  "storycheck: %ld document%s, %ld rejected, %ld cluster%s (%ld event, %ld "
	                  "duplicate), %ld conflict%s",
	                  ndoc, ndoc == 1 ? "" : "s", nrej, ncl, ncl == 1 ? "" : "s", ncl - ndup,
	                  ndup, nk, nk == 1 ? "" : "s");
	if (nk && top >= 0) {
		char n[32];
		sc_rep_buf_printf(&b, " (top score %s)", sc_rep_fmt_num(top, n));
	}
	/* updates and leads: said only when the report has them (CONTRACT.md extensions) */
	static const char *const lists[2] = {"updates", "leads"};
	for (int i = 0; i < 2; i++) {
		if (!sc_rep_arr(report, lists[i]) &&
		    !sc_rep_is_streamed(cJSON_GetObjectItemCaseSensitive(report, lists[i])))
			continue;
		long n = list_count(report, lists[i]);
		sc_rep_buf_printf(&b, ", %ld %.*s%s", n, (int)strlen(lists[i]) - 1, lists[i],
		                  n == 1 ? "" : "s");
	}
	/* verified pairs kept apart by the anti-chaining rule: in no cluster, so said here */
	double nl = sc_rep_num(sum, "links", 0);
	if (nl > 0)
		sc_rep_buf_printf(&b, ", %.0f pair%s kept apart (links)", nl, nl == 1 ? "" : "s");
	const cJSON *bl = sc_rep_obj(sc_rep_obj(report, "summary"), "baseline");
	if (bl)
		sc_rep_buf_printf(
		    &b,
		    "; baseline: %.0f known conflict%s and %.0f known duplicate cluster%s left out",
		    sc_rep_num(bl, "suppressed_conflicts", 0),
		    sc_rep_num(bl, "suppressed_conflicts", 0) == 1 ? "" : "s",
		    sc_rep_num(bl, "suppressed_duplicates", 0),
		    sc_rep_num(bl, "suppressed_duplicates", 0) == 1 ? "" : "s");
	return sc_rep_buf_finish(&b);
}
