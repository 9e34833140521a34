/* rep_build.c: the detect result as the JSON report tree of CONTRACT.md.
 *
 * The tree is built in schema order (the printer keeps insertion order) and every array is
 * sorted here, whatever order detect used, so the report is deterministic by construction:
 *   documents by id; members by id; clusters by first member id, events before duplicates,
 *   then by the whole member list; pairs by (a, b) ids; conflicts (and updates, leads: each
 *   list on its own) by score (descending), then a.doc, a.start, b.doc, b.start, kind.
 * Numbers are stored as cJSON doubles; sc_rep_print gives them their fixed precision. */
#include "rep_internal.h"
#include "sc_prim.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A tree built with a chain of additions: o when all succeeded (ok), else NULL, o deleted. */
static cJSON *kept(cJSON *o, int ok)
{
	if (ok) return o;
	cJSON_Delete(o);
	return NULL;
}

/* A malloc'd copy of the n bytes at p (sorted and reordered without touching the result), or
 * NULL when out of memory. */
static void *copy_of(const void *p, size_t n)
{
	void *q = malloc(n);
	if (q) memcpy(q, p, n);
	return q;
}

static const char *doc_id(const sc_det_result_t *r, uint32_t i)
{
	return i < r->ndocs && r->docs[i].doc.id ? r->docs[i].doc.id : "?";
}

/* Swaps the documents a and b of a pair when b's id sorts first: a < b by id, as the
 * contract says, whatever the producer did. */
static void order_ids(const sc_det_result_t *r, uint32_t *a, uint32_t *b)
{
	if (strcmp(doc_id(r, *a), doc_id(r, *b)) > 0) {
		uint32_t t = *a;
		*a = *b;
		*b = t;
	}
}

/* qsort has no user pointer: the result being sorted is held here for the comparators, set and
 * cleared around each sort. Thread-local, as g_sort_k below: the JSON writer builds a section's
 * items on two threads (rep_json.c put_section), and cluster_json sorts pairs. */
static _Thread_local const sc_det_result_t *g_sort_r;

static int cmp_members(const void *x, const void *y)
{
	return strcmp(doc_id(g_sort_r, *(const uint32_t *)x),
	              doc_id(g_sort_r, *(const uint32_t *)y));
}

static int cmp_member_lists(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	for (size_t i = 0; i < na && i < nb; i++) {
		int c = strcmp(doc_id(g_sort_r, a[i]), doc_id(g_sort_r, b[i]));
		if (c) return c;
	}
	return (na > nb) - (na < nb);
}

typedef struct {
	size_t idx;        /* index in r->clusters */
	uint32_t *members; /* sorted copy */
	size_t n;
} cl_sorted_t;

static int cmp_clusters(const void *x, const void *y)
{
	const cl_sorted_t *a = x, *b = y;
	const sc_cluster_t *ca = &g_sort_r->clusters[a->idx], *cb = &g_sort_r->clusters[b->idx];
	if (a->n && b->n) {
		int c = strcmp(doc_id(g_sort_r, a->members[0]), doc_id(g_sort_r, b->members[0]));
		if (c) return c;
	}
	if (ca->kind != cb->kind) return ca->kind == SC_CLUSTER_EVENT ? -1 : 1;
	int c = cmp_member_lists(a->members, a->n, b->members, b->n);
	return c ? c : (a->idx > b->idx) - (a->idx < b->idx);
}

static int cmp_pairs(const void *x, const void *y)
{
	const sc_pair_t *a = x, *b = y;
	int c = strcmp(doc_id(g_sort_r, a->a), doc_id(g_sort_r, b->a));
	return c ? c : strcmp(doc_id(g_sort_r, a->b), doc_id(g_sort_r, b->b));
}

/* links: tier (events first, as clusters), then a, b by id */
static int cmp_links(const void *x, const void *y)
{
	const sc_link_t *a = x, *b = y;
	if (a->tier != b->tier) return a->tier == SC_CLUSTER_EVENT ? -1 : 1;
	return cmp_pairs(&a->pair, &b->pair);
}

static int cmp_size(size_t a, size_t b)
{
	return (a > b) - (a < b);
}

static _Thread_local const sc_conflict_t *g_sort_k; /* the finding list being sorted */
static int cmp_conflicts(const void *x, const void *y)
{
	const sc_conflict_t *a = g_sort_k + *(const size_t *)x;
	const sc_conflict_t *b = g_sort_k + *(const size_t *)y;
	/* NaN scores (a detect bug) sort last rather than breaking qsort's ordering. */
	double sa = a->score == a->score ? a->score : -1, sb = b->score == b->score ? b->score : -1;
	if (sa != sb) return sa > sb ? -1 : 1;
	int c = strcmp(doc_id(g_sort_r, a->a.doc), doc_id(g_sort_r, b->a.doc));
	if (!c) c = cmp_size(a->a.start, b->a.start);
	if (!c) c = strcmp(doc_id(g_sort_r, a->b.doc), doc_id(g_sort_r, b->b.doc));
	if (!c) c = cmp_size(a->b.start, b->b.start);
	if (!c) c = (a->kind > b->kind) - (a->kind < b->kind);
	if (!c) c = cmp_size(*(const size_t *)x, *(const size_t *)y);
	return c;
}

static int add_num(cJSON *o, const char *k, double v)
{
	return cJSON_AddNumberToObject(o, k, v) != NULL;
}

static int add_str_or_null(cJSON *o, const char *k, const char *v)
{
	return (v ? cJSON_AddStringToObject(o, k, v) : cJSON_AddNullToObject(o, k)) != NULL;
}

static int is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}
static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Context around [start, end): at most SC_REP_CONTEXT_BYTES on each side, moved to a UTF-8
 * boundary and then to a word boundary so no word is cut, with "…" marking a cut. It stops at
 * boilerplate: a "Related posts" block beside a sentence is noise to the reader, and detect
 * set it aside for that reason. */
static int add_context(cJSON *side, const sc_det_doc_t *dd, size_t start, size_t end)
{
	const sc_doc_t *doc = &dd->doc;
	if (!doc->text || start > end || end > doc->len) return 1;
	const unsigned char *t = (const unsigned char *)doc->text;
	size_t w = SC_REP_CONTEXT_BYTES, lo = 0, hi = doc->len;
	for (size_t i = 0; i < dd->nboiler; i++) {
		const sc_span_t *sp = &dd->boiler[i];
		if (sp->end <= start && sp->end > lo) lo = sp->end;
		if (sp->start >= end && sp->start < hi) hi = sp->start;
	}
	size_t b0 = start > lo + w ? start - w : lo;
	int cut0 = b0 > 0;
	if (b0 > lo) { /* the window cut the text: move to a UTF-8 and word boundary */
		while (b0 < start && is_cont(t[b0]))
			b0++;
		size_t k = b0;
		while (k < start && !is_space(t[k]))
			k++;
		if (k < start) b0 = k; /* else: one long word, keep the UTF-8-safe cut */
	}
	while (b0 < start && is_space(t[b0]))
		b0++;
	size_t e1 = end + w < hi ? end + w : hi;
	int cut1 = e1 < doc->len;
	if (e1 < hi) {
		while (e1 > end && is_cont(t[e1]))
			e1--;
		size_t k = e1;
		while (k > end && !is_space(t[k - 1]))
			k--;
		if (k > end) e1 = k;
	}
	while (e1 > end && is_space(t[e1 - 1]))
		e1--;
	size_t nb = start - b0, na = e1 - end;
	char *buf = malloc((nb > na ? nb : na) + 8);
	if (!buf) return 0;
	int ok = 1;
	size_t n = 0;
	if (cut0 && nb) {
		memcpy(buf, "\xE2\x80\xA6", 3);
		n = 3;
	}
	memcpy(buf + n, t + b0, nb);
	buf[n + nb] = '\0';
	ok = ok && cJSON_AddStringToObject(side, "context_before", buf);
	memcpy(buf, t + end, na);
	n = na;
	if (cut1 && na) {
		memcpy(buf + n, "\xE2\x80\xA6", 3);
		n += 3;
	}
	buf[n] = '\0';
	ok = ok && cJSON_AddStringToObject(side, "context_after", buf);
	free(buf);
	return ok;
}

static cJSON *claim_json(const sc_det_result_t *r, const sc_claim_t *c)
{
	cJSON *o = cJSON_CreateObject();
	if (!o) return NULL;
	int ok = cJSON_AddStringToObject(o, "doc", doc_id(r, c->doc)) &&
	         add_num(o, "start", (double)c->start) && add_num(o, "end", (double)c->end) &&
	         cJSON_AddStringToObject(o, "text", c->text ? c->text : "") &&
	         add_str_or_null(o, "source", c->source);
	/* where the claim appeared, so that a desk can take a conflict on its own (ClaimReview
	 * appearance); the same url as the document's */
	if (ok && c->doc < r->ndocs && r->docs[c->doc].doc.url)
		ok = cJSON_AddStringToObject(o, "url", r->docs[c->doc].doc.url) != NULL;
	if (ok && c->doc < r->ndocs) ok = add_context(o, &r->docs[c->doc], c->start, c->end);
	return kept(o, ok);
}

static cJSON *plan_json(const sc_lsh_plan_t *p)
{
	cJSON *o = cJSON_CreateObject();
	if (o && add_num(o, "b", p->b) && add_num(o, "r", p->r) &&
	    add_num(o, "fp_area", p->fp_area) && add_num(o, "fn_area", p->fn_area))
		return o;
	cJSON_Delete(o);
	return NULL;
}

static cJSON *str_array(char *const *v, size_t n)
{
	cJSON *a = cJSON_CreateArray();
	for (size_t i = 0; a && i < n; i++) {
		cJSON *s = cJSON_CreateString(v[i] ? v[i] : "");
		if (!s) {
			cJSON_Delete(a);
			return NULL;
		}
		cJSON_AddItemToArray(a, s);
	}
	return a;
}

/* "YYYY-MM-DD" of a day count since 1970-01-01 (civil_from_days, H. Hinnant), or "YYYY". */
static void fmt_date(char *buf, size_t n, int32_t day, int year)
{
	if (day == INT32_MIN) {
		snprintf(buf, n, "%04d", year);
		return;
	}
	const int64_t z = (int64_t)day + 719468;
	const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	const unsigned doe = (unsigned)(z - era * 146097);
	const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	const unsigned mp = (5 * doy + 2) / 153;
	const unsigned dd = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
	snprintf(buf, n, "%04d-%02u-%02u", (int)(yoe + era * 400 + (m <= 2)), m, dd);
}

cJSON *sc_rep_doc_json(const sc_det_doc_t *d)
{
	cJSON *o = cJSON_CreateObject();
	if (!o) return NULL;
	const sc_doc_t *doc = &d->doc;
	int ok = cJSON_AddStringToObject(o, "id", doc->id ? doc->id : "?") &&
	         cJSON_AddStringToObject(o, "lang", doc->lang) &&
	         add_num(o, "bytes", (double)(doc->bytes_in ? doc->bytes_in : doc->len)) &&
	         add_num(o, "tokens", (double)d->tokens) &&
	         add_num(o, "boilerplate_bytes", (double)d->boilerplate_bytes) &&
	         add_num(o, "repaired_bytes", (double)doc->repaired);
	if (ok && doc->source) ok = cJSON_AddStringToObject(o, "source", doc->source) != NULL;
	if (ok && doc->title) ok = cJSON_AddStringToObject(o, "title", doc->title) != NULL;
	if (ok && doc->url) ok = cJSON_AddStringToObject(o, "url", doc->url) != NULL;
	if (ok && doc->published)
		ok = cJSON_AddStringToObject(o, "published", doc->published) != NULL;
	if (ok && d->date_source != SC_DATE_NONE && (d->year || d->day != INT32_MIN)) {
		char buf[32];
		fmt_date(buf, sizeof buf, d->day, d->year);
		ok = cJSON_AddStringToObject(o, "date", buf) &&
		     cJSON_AddStringToObject(o, "date_source", sc_det_date_source_name(d->date_source));
	}
	cJSON *spans = ok ? cJSON_AddArrayToObject(o, "boilerplate") : NULL;
	ok = spans != NULL;
	for (size_t i = 0; ok && i < d->nboiler; i++) {
		cJSON *s = cJSON_CreateObject();
		ok = s && add_num(s, "start", (double)d->boiler[i].start) &&
		     add_num(s, "end", (double)d->boiler[i].end);
		if (s) cJSON_AddItemToArray(spans, s);
	}
	return kept(o, ok);
}

cJSON *sc_rep_reject_json(const sc_reject_t *j)
{
	cJSON *o = cJSON_CreateObject();
	if (!o) return NULL;
	int ok = 1;
	if (j->id) ok = cJSON_AddStringToObject(o, "id", j->id) != NULL;
	ok = ok && cJSON_AddStringToObject(o, "path", j->path ? j->path : "?");
	if (ok && j->line) ok = add_num(o, "line", (double)j->line);
	ok = ok && cJSON_AddStringToObject(o, "reason", j->reason ? j->reason : "rejected");
	return kept(o, ok);
}

/* highest Jaccard first, ties by ids: which pairs a capped cluster lists */
static int cmp_pairs_best(const void *x, const void *y)
{
	const sc_pair_t *a = x, *b = y;
	if (a->jaccard != b->jaccard) return a->jaccard > b->jaccard ? -1 : 1;
	return cmp_pairs(x, y);
}

/* The pairs listed per cluster (tool.params.max_pairs, default SC_REP_MAX_PAIRS): a cluster of
 * n tiny near-identical texts has up to n(n-1)/2 verified pairs (1,000 one-line articles gave
 * 970k pairs, a 166 MB report), so at most this many are listed, the highest Jaccards; the
 * cluster then says how many it has (pairs_total, pairs_unlisted) and summary.warnings says
 * the list was cut. */
size_t sc_rep_max_pairs_of(const cJSON *params)
{
	double v = sc_rep_num(params, "max_pairs", SC_REP_MAX_PAIRS);
	return v >= 0 && v < 1e15 ? (size_t)v : SC_REP_MAX_PAIRS;
}

static cJSON *cluster_json(const sc_det_result_t *r, const cl_sorted_t *s, size_t rank,
                           size_t cap)
{
	const sc_cluster_t *c = &r->clusters[s->idx];
	cJSON *o = cJSON_CreateObject();
	sc_pair_t *pairs = NULL;
	char id[32], fp[17];
	int ok = o != NULL;
	snprintf(id, sizeof id, "c%zu", rank + 1);
	ok = ok && cJSON_AddStringToObject(o, "id", id) &&
	     cJSON_AddStringToObject(o, "kind",
	                             c->kind == SC_CLUSTER_DUPLICATE ? "duplicate" : "event");
	cJSON *m = ok ? cJSON_AddArrayToObject(o, "members") : NULL;
	ok = m != NULL;
	for (size_t i = 0; ok && i < s->n; i++) {
		cJSON *x = cJSON_CreateString(doc_id(r, s->members[i]));
		ok = x != NULL;
		if (x) cJSON_AddItemToArray(m, x);
	}
	cJSON *pa = ok ? cJSON_AddArrayToObject(o, "pairs") : NULL;
	ok = pa != NULL;
	if (ok && c->npairs) ok = (pairs = copy_of(c->pairs, c->npairs * sizeof *pairs)) != NULL;
	if (ok && c->npairs) {
		/* a < b by id, as the contract says, whatever the producer did */
		for (size_t i = 0; i < c->npairs; i++)
			order_ids(r, &pairs[i].a, &pairs[i].b);
		if (c->npairs > cap) qsort(pairs, c->npairs, sizeof *pairs, cmp_pairs_best);
		qsort(pairs, c->npairs > cap ? cap : c->npairs, sizeof *pairs, cmp_pairs);
	}
	size_t nlist = c->npairs > cap ? cap : c->npairs;
	if (ok && nlist < c->npairs)
		ok = add_num(o, "pairs_total", (double)c->npairs) &&
		     add_num(o, "pairs_unlisted", (double)(c->npairs - nlist));
	for (size_t i = 0; ok && i < nlist; i++) {
		const sc_pair_t *p = &pairs[i];
		cJSON *x = cJSON_CreateObject(), *ci = NULL;
		ok = x && cJSON_AddStringToObject(x, "a", doc_id(r, p->a)) &&
		     cJSON_AddStringToObject(x, "b", doc_id(r, p->b)) &&
		     add_num(x, "jaccard", p->jaccard) &&
		     add_num(x, "jaccard_estimate", p->estimate) &&
		     (c->kind != SC_CLUSTER_EVENT || add_num(x, "cosine", p->cosine)) &&
		     (ci = cJSON_AddArrayToObject(x, "ci"));
		if (ok) {
			cJSON *lo = cJSON_CreateNumber(p->ci_lo),
			      *hi = cJSON_CreateNumber(p->ci_hi);
			if (lo) cJSON_AddItemToArray(ci, lo);
			if (hi) cJSON_AddItemToArray(ci, hi);
			ok = lo && hi;
		}
		if (x) cJSON_AddItemToArray(pa, x);
	}
	if (ok && c->kind == SC_CLUSTER_DUPLICATE) {
		ok = sc_rep_fingerprint(o, 0, fp) == SC_OK &&
		     cJSON_AddStringToObject(o, "fingerprint", fp) != NULL;
	}
	free(pairs);
	return kept(o, ok);
}

static cJSON *conflict_json(const sc_det_result_t *r, const sc_conflict_t *k, char prefix,
                            size_t rank, const char *cluster_id)
{
	cJSON *o = cJSON_CreateObject(), *a = NULL, *b = NULL, *ev = NULL, *cues = NULL, *sh = NULL;
	char id[32], fp[17];
	snprintf(id, sizeof id, "%c%zu", prefix, rank + 1);
	const char *kind =
	    k->kind >= 0 && k->kind < SC_CONFLICT_NKINDS ? sc_cmp_kind_name(k->kind) : NULL;
	int ok = o && cJSON_AddStringToObject(o, "id", id) &&
	         cJSON_AddStringToObject(o, "cluster", cluster_id) &&
	         cJSON_AddStringToObject(o, "kind", kind ? kind : "unknown") &&
	         add_num(o, "score", k->score);
	if (ok) {
		a = claim_json(r, &k->a);
		b = claim_json(r, &k->b);
		ok = a && b;
		if (a) cJSON_AddItemToObject(o, "a", a);
		if (b) cJSON_AddItemToObject(o, "b", b);
	}
	if (ok) {
		ev = cJSON_AddObjectToObject(o, "evidence");
		cues = str_array(k->cues, k->ncues);
		sh = str_array(k->shared, k->nshared);
		ok = ev && cues && sh;
		if (ev && cues) cJSON_AddItemToObject(ev, "cues", cues), cues = NULL;
		if (ev && sh) cJSON_AddItemToObject(ev, "shared_terms", sh), sh = NULL;
	}
	cJSON_Delete(cues);
	cJSON_Delete(sh);
	if (ok) {
		ok = sc_rep_fingerprint(o, 1, fp) == SC_OK &&
		     cJSON_AddStringToObject(o, "fingerprint", fp) != NULL;
	}
	return kept(o, ok);
}

/* One verified pair the anti-chaining rule kept apart (detect.h "Links"), a < b by id. */
static cJSON *link_json(const sc_det_result_t *r, const sc_link_t *l)
{
	cJSON *x = cJSON_CreateObject();
	int ok = x &&
	         cJSON_AddStringToObject(x, "tier",
	                                 l->tier == SC_CLUSTER_DUPLICATE ? "duplicate" : "event") &&
	         cJSON_AddStringToObject(x, "a", doc_id(r, l->pair.a)) &&
	         cJSON_AddStringToObject(x, "b", doc_id(r, l->pair.b)) &&
	         add_num(x, "jaccard", l->pair.jaccard) &&
	         add_num(x, "jaccard_estimate", l->pair.estimate) &&
	         (l->tier != SC_CLUSTER_EVENT || add_num(x, "cosine", l->pair.cosine)) &&
	         cJSON_AddStringToObject(x, "refused", sc_det_link_reason(l->refused));
	return kept(x, ok);
}

/* The links sorted here too (cmp_links; g_sort_r must be r): a sorted copy with a < b in
 * each pair, or NULL on OOM. */
static sc_link_t *links_sorted(const sc_det_result_t *r)
{
	sc_link_t *v = copy_of(r->links, r->nlinks * sizeof *v);
	if (!v) return NULL;
	for (size_t i = 0; i < r->nlinks; i++)
		order_ids(r, &v[i].pair.a, &v[i].pair.b);
	qsort(v, r->nlinks, sizeof *v, cmp_links);
	return v;
}

/* detect keeps documents sorted by id; sort an index anyway (cheap, and the contract is ours
 * to keep). Indices sorted by id, or NULL on OOM. */
static uint32_t *doc_order(const sc_det_result_t *r)
{
	uint32_t *di = malloc(r->ndocs * sizeof *di);
	if (!di) return NULL;
	for (size_t i = 0; i < r->ndocs; i++)
		di[i] = (uint32_t)i;
	g_sort_r = r;
	qsort(di, r->ndocs, sizeof *di, cmp_members);
	return di;
}

/* The report order of one list of findings (cmp_conflicts; g_sort_r must be r), or NULL on
 * OOM. */
static size_t *findings_order(const sc_conflict_t *v, size_t n)
{
	size_t *ord = malloc(n * sizeof *ord);
	if (!ord) return NULL;
	for (size_t i = 0; i < n; i++)
		ord[i] = i;
	g_sort_k = v;
	qsort(ord, n, sizeof *ord, cmp_conflicts);
	g_sort_k = NULL;
	return ord;
}

/* tool: name, version and the run's params (a copy of params, plus the LSH plans). Returns 0,
 * or -1 on OOM. */
static int add_tool(cJSON *rep, const sc_det_result_t *r, const cJSON *params)
{
	cJSON *tool = cJSON_AddObjectToObject(rep, "tool");
	if (!tool || !cJSON_AddStringToObject(tool, "name", "storycheck") ||
	    !cJSON_AddStringToObject(tool, "version", SC_VERSION))
		return -1;
	cJSON *p =
	    params && cJSON_IsObject(params) ? cJSON_Duplicate(params, 1) : cJSON_CreateObject();
	if (!p) return -1;
	cJSON_AddItemToObject(tool, "params", p);
	cJSON *lsh = cJSON_AddObjectToObject(p, "lsh"), *pd, *pe;
	if (!lsh || !(pd = plan_json(&r->dup_plan))) return -1;
	cJSON_AddItemToObject(lsh, "duplicate", pd);
	if (!(pe = plan_json(&r->event_plan))) return -1;
	cJSON_AddItemToObject(lsh, "event", pe);
	return 0;
}

/* The clusters in report order: cls[rank] with its members sorted (held in mem), and
 * rank_of[the cluster's index in r]. */
typedef struct cl_order_s {
	cl_sorted_t *cls;
	size_t *rank_of;
	uint32_t *mem;
} cl_order_t;

/* Fills o (zeroed first; g_sort_r must be r). Returns 0, or -1 on OOM (free o all the same). */
static int order_clusters(const sc_det_result_t *r, cl_order_t *o)
{
	memset(o, 0, sizeof *o);
	size_t ntot = 0;
	for (size_t i = 0; i < r->nclusters; i++)
		ntot += r->clusters[i].nmembers;
	if ((r->nclusters && !(o->cls = calloc(r->nclusters, sizeof *o->cls))) ||
	    (r->nclusters && !(o->rank_of = calloc(r->nclusters, sizeof *o->rank_of))) ||
	    (ntot && !(o->mem = malloc(ntot * sizeof *o->mem))))
		return -1;
	for (size_t i = 0, off = 0; i < r->nclusters; i++) {
		const sc_cluster_t *c = &r->clusters[i];
		o->cls[i].idx = i;
		o->cls[i].members = o->mem + off;
		o->cls[i].n = c->nmembers;
		if (c->nmembers) memcpy(o->mem + off, c->members, c->nmembers * sizeof *o->mem);
		qsort(o->mem + off, c->nmembers, sizeof *o->mem, cmp_members);
		off += c->nmembers;
	}
	if (r->nclusters) qsort(o->cls, r->nclusters, sizeof *o->cls, cmp_clusters);
	for (size_t i = 0; i < r->nclusters; i++)
		o->rank_of[o->cls[i].idx] = i;
	return 0;
}

/* summary: the counts, and the warnings about the run's completeness (pairs beyond maxp per
 * cluster among them). Returns 0, or -1 on OOM. */
static int add_summary(cJSON *rep, const sc_det_result_t *r, size_t maxp)
{
	uint64_t punl = 0, pcut = 0;
	size_t ndup = 0;
	for (size_t i = 0; i < r->nclusters; i++) {
		if (r->clusters[i].npairs > maxp) punl += r->clusters[i].npairs - maxp, pcut++;
		ndup += r->clusters[i].kind == SC_CLUSTER_DUPLICATE;
	}
	char pwarn[200] = "";
	if (punl)
		snprintf(pwarn, sizeof pwarn,
		         "%llu verified pairs inside %llu clusters not listed (at most %zu per cluster, "
		         "see --max-pairs; the clusters' pairs_total counts them)",
		         (unsigned long long)punl, (unsigned long long)pcut, maxp);
	cJSON *sum = cJSON_AddObjectToObject(rep, "summary");
	if (!sum || !add_num(sum, "inputs", (double)r->inputs) ||
	    !add_num(sum, "documents", (double)r->ndocs) ||
	    !add_num(sum, "rejected", (double)r->nrejects) ||
	    !add_num(sum, "clusters", (double)r->nclusters) ||
	    !add_num(sum, "conflicts", (double)r->nconflicts) ||
	    (r->nupdates && !add_num(sum, "updates", (double)r->nupdates)) ||
	    (r->leads_listed && !add_num(sum, "leads", (double)r->nleads)) ||
	    !add_num(sum, "event_clusters", (double)(r->nclusters - ndup)) ||
	    !add_num(sum, "duplicate_clusters", (double)ndup) ||
	    !add_num(sum, "links", (double)(r->stats.event.links + r->stats.dup.links)) ||
	    !add_num(sum, "links_unlisted",
	             (double)(r->stats.event.links_unlisted + r->stats.dup.links_unlisted)) ||
	    (punl && !add_num(sum, "pairs_unlisted", (double)punl)))
		return -1;
	/* What the user must know about the run's completeness (e.g. a tier skipped, links not
	 * all listed): in the report too, not only on stderr, so that nothing is dropped
	 * silently. */
	if (!r->warning[0] && !r->links_warning[0] && !pwarn[0]) return 0;
	cJSON *w = cJSON_AddArrayToObject(sum, "warnings");
	if (!w) return -1;
	const char *ws[3] = {r->warning, r->links_warning, pwarn};
	for (int i = 0; i < 3; i++) {
		cJSON *x = ws[i][0] ? cJSON_CreateString(ws[i]) : NULL;
		if (ws[i][0] && !x) return -1;
		if (x) cJSON_AddItemToArray(w, x);
	}
	return 0;
}

/* ------------------------------------------- sections, one element at a time */
/* The section's order and the list of findings of r it prints (conflicts, updates, leads). */
static const sc_conflict_t *findings_of(const sc_det_result_t *r, sc_rep_sec_t sec, size_t *n)
{
	*n = sec == SC_SEC_CONFLICTS ? r->nconflicts
	     : sec == SC_SEC_UPDATES ? r->nupdates
	                             : r->nleads;
	return sec == SC_SEC_CONFLICTS ? r->conflicts : sec == SC_SEC_UPDATES ? r->updates : r->leads;
}

struct sc_rep_secs_s {
	const sc_det_result_t *r;
	size_t maxp;      /* pairs listed per cluster */
	uint32_t *dord;   /* documents by id */
	cl_order_t co;    /* clusters in report order */
	size_t *ford[3];  /* conflicts, updates, leads in report order */
	sc_link_t *links; /* sorted copy */
};

size_t sc_rep_sec_count(const sc_det_result_t *r, sc_rep_sec_t sec)
{
	size_t n = 0;
	switch (sec) {
	case SC_SEC_DOCUMENTS: return r->ndocs;
	case SC_SEC_REJECTED: return r->nrejects;
	case SC_SEC_CLUSTERS: return r->nclusters;
	case SC_SEC_LINKS: return r->nlinks;
	case SC_SEC_CONFLICTS:
	case SC_SEC_UPDATES:
	case SC_SEC_LEADS: findings_of(r, sec, &n); return n;
	default: return 0;
	}
}

const char *sc_rep_sec_key(sc_rep_sec_t sec)
{
	static const char *const keys[SC_SEC_N] = {"documents", "rejected", "clusters", "conflicts",
	                                           "updates",   "leads",    "links"};
	return sec >= 0 && sec < SC_SEC_N ? keys[sec] : NULL;
}

void sc_rep_secs_close(sc_rep_secs_t *s)
{
	if (!s) return;
	SC_FREE_ALL(s->dord, s->co.cls, s->co.rank_of, s->co.mem, s->ford[0], s->ford[1],
	            s->ford[2], s->links);
	free(s);
}

sc_rep_secs_t *sc_rep_secs_open(const sc_det_result_t *r, size_t max_pairs)
{
	sc_rep_secs_t *s = calloc(1, sizeof *s);
	if (!s) return NULL;
	s->r = r;
	s->maxp = max_pairs;
	int ok = !r->ndocs || (s->dord = doc_order(r));
	g_sort_r = r;
	ok = ok && !order_clusters(r, &s->co);
	for (int k = 0; ok && k < 3; k++) {
		size_t n;
		const sc_conflict_t *v = findings_of(r, (sc_rep_sec_t)(SC_SEC_CONFLICTS + k), &n);
		ok = !n || (s->ford[k] = findings_order(v, n));
	}
	ok = ok && (!r->nlinks || (s->links = links_sorted(r)));
	g_sort_r = NULL;
	if (ok) return s;
	sc_rep_secs_close(s);
	return NULL;
}

/* Finding i of a list in report order: ids prefix1..prefixN, its cluster's id. */
static cJSON *finding_item(const sc_rep_secs_t *s, sc_rep_sec_t sec, size_t i)
{
	static const char prefix[3] = {'k', 'u', 'l'};
	const int k = sec - SC_SEC_CONFLICTS;
	size_t n;
	const sc_conflict_t *f = findings_of(s->r, sec, &n) + s->ford[k][i];
	char cid[32] = "?";
	if (f->cluster < s->r->nclusters)
		snprintf(cid, sizeof cid, "c%zu", s->co.rank_of[f->cluster] + 1);
	return conflict_json(s->r, f, prefix[k], i, cid);
}

cJSON *sc_rep_secs_item(const sc_rep_secs_t *s, sc_rep_sec_t sec, size_t i)
{
	const sc_det_result_t *r = s->r;
	cJSON *x = NULL;
	if (i >= sc_rep_sec_count(r, sec)) return NULL;
	g_sort_r = r; /* cluster_json sorts pairs */
	switch (sec) {
	case SC_SEC_DOCUMENTS: x = sc_rep_doc_json(&r->docs[s->dord[i]]); break;
	case SC_SEC_REJECTED: x = sc_rep_reject_json(&r->rejects[i]); break;
	case SC_SEC_CLUSTERS: x = cluster_json(r, &s->co.cls[i], i, s->maxp); break;
	case SC_SEC_LINKS: x = link_json(r, &s->links[i]); break;
	default: x = finding_item(s, sec, i); break;
	}
	g_sort_r = NULL;
	return x;
}

/* ------------------------------------------------------------ the tree */
/* The placeholder of a section left to sc_rep_write_json: {"streamed": true}, and for
 * conflicts what --fail-on and the summary line need of them (report.h, sc_rep_build_stream). */
static cJSON *placeholder(const sc_det_result_t *r, sc_rep_sec_t sec)
{
	cJSON *o = cJSON_CreateObject();
	int ok = o && cJSON_AddTrueToObject(o, "streamed");
	if (ok && sec == SC_SEC_CONFLICTS) {
		double top = -1;
		size_t unscored = 0;
		for (size_t i = 0; i < r->nconflicts; i++) {
			double v = r->conflicts[i].score;
			if (v > top) top = v;
			unscored += !isfinite(v);
		}
		ok = add_num(o, "top_score", top) && add_num(o, "unscored", (double)unscored);
	}
	return kept(o, ok);
}

/* Adds section sec to rep: its placeholder when its bit is set in lean, else the array of its
 * elements (*secs opened when first needed). Returns 0, or -1 on OOM. */
static int add_section(cJSON *rep, sc_rep_secs_t **secs, const sc_det_result_t *r, size_t maxp,
                       sc_rep_sec_t sec, unsigned lean)
{
	const char *key = sc_rep_sec_key(sec);
	if (lean & (1u << sec)) {
		cJSON *p = placeholder(r, sec);
		if (p && cJSON_AddItemToObject(rep, key, p)) return 0;
		cJSON_Delete(p);
		return -1;
	}
	cJSON *a = cJSON_AddArrayToObject(rep, key);
	size_t n = sc_rep_sec_count(r, sec);
	if (!a || (n && !*secs && !(*secs = sc_rep_secs_open(r, maxp)))) return -1;
	for (size_t i = 0; i < n; i++) {
		cJSON *x = sc_rep_secs_item(*secs, sec, i);
		if (!x) return -1;
		cJSON_AddItemToArray(a, x);
	}
	return 0;
}

/* Sections that sc_rep_build_lean and sc_rep_build_stream leave to sc_rep_write_json. */
#define LEAN_INPUTS ((1u << SC_SEC_DOCUMENTS) | (1u << SC_SEC_REJECTED))
#define LEAN_ALL ((1u << SC_SEC_N) - 1)

/* The report of r: schema, tool, summary, documents, rejected, clusters, findings, links, in
 * that order; the sections whose bit is set in lean as placeholders. NULL on OOM. */
static cJSON *build(const sc_det_result_t *r, const cJSON *params, unsigned lean)
{
	sc_rep_secs_t *secs = NULL;
	if (!r) return NULL;
	const size_t maxp = sc_rep_max_pairs_of(params);
	cJSON *rep = cJSON_CreateObject();
	int ok = rep && cJSON_AddStringToObject(rep, "schema", SC_REP_SCHEMA) &&
	         !add_tool(rep, r, params) && !add_summary(rep, r, maxp);
	/* updates are present only when there is one, leads whenever they were asked for */
	for (int sec = 0; ok && sec < SC_SEC_N; sec++)
		if ((sec != SC_SEC_UPDATES || r->nupdates) && (sec != SC_SEC_LEADS || r->leads_listed))
			ok = !add_section(rep, &secs, r, maxp, (sc_rep_sec_t)sec, lean);
	sc_rep_secs_close(secs);
	return kept(rep, ok);
}

cJSON *sc_rep_build_result(const sc_det_result_t *r, const cJSON *params)
{
	return build(r, params, 0);
}

cJSON *sc_rep_build(const sc_det_t *d, const cJSON *params)
{
	return d ? build(sc_det_result(d), params, 0) : NULL;
}

cJSON *sc_rep_build_lean(const sc_det_t *d, const cJSON *params)
{
	return d ? build(sc_det_result(d), params, LEAN_INPUTS) : NULL;
}

cJSON *sc_rep_build_stream_result(const sc_det_result_t *r, const cJSON *params)
{
	return build(r, params, LEAN_ALL);
}

cJSON *sc_rep_build_stream(const sc_det_t *d, const cJSON *params)
{
	return d ? build(sc_det_result(d), params, LEAN_ALL) : NULL;
}

/* ------------------------------------------- sections the CLI asks for */
const char *sc_rep_tier_name(const sc_det_opts_t *o)
{
	return o->event_tier ? (o->dup_tier ? "both" : "event") : "duplicate";
}

cJSON *sc_rep_params(const sc_det_opts_t *o, const sc_reader_opts_t *ro, size_t max_pairs)
{
	cJSON *p = cJSON_CreateObject();
	cJSON_AddNumberToObject(p, "k", o->mh.k);
	cJSON_AddNumberToObject(p, "seed", (double)o->mh.seed);
	cJSON_AddStringToObject(p, "scheme", sc_sh_mh_scheme_name(o->mh.scheme));
	cJSON_AddNumberToObject(p, "shingle_k", o->dup_k);
	cJSON_AddNumberToObject(p, "dup_threshold", o->dup_threshold);
	cJSON_AddNumberToObject(p, "event_threshold", o->event_threshold);
	cJSON_AddNumberToObject(p, "fp_weight", o->fp_weight);
	cJSON_AddNumberToObject(p, "fn_weight", o->fn_weight);
	cJSON_AddStringToObject(p, "tier", sc_rep_tier_name(o));
	cJSON_AddNumberToObject(p, "event_window_days", o->event_window_days);
	cJSON_AddBoolToObject(p, "fold_accents", o->fold_accents);
	cJSON_AddBoolToObject(p, "boilerplate", o->boilerplate);
	cJSON_AddBoolToObject(p, "compare", o->compare);
	cJSON_AddBoolToObject(p, "over_time", o->over_time);
	if (o->negation_conflicts) /* only when asked: default reports keep their bytes */
		cJSON_AddBoolToObject(p, "negation_conflicts", 1);
	if (o->event_days) /* only when asked, likewise */
		cJSON_AddBoolToObject(p, "event_days", 1);
	cJSON_AddNumberToObject(p, "min_score", o->min_conflict_score);
	if (o->leads) { /* only when asked: default reports keep their bytes */
		cJSON_AddBoolToObject(p, "leads", 1);
		cJSON_AddNumberToObject(p, "lead_floor", o->lead_floor);
	}
	cJSON_AddStringToObject(p, "lexicons", o->lexicon_dir ? o->lexicon_dir : "built-in");
	cJSON_AddNumberToObject(p, "max_links", (double)o->max_links);
	cJSON_AddNumberToObject(p, "max_doc_bytes", (double)ro->max_doc_bytes);
	cJSON_AddNumberToObject(p, "min_words", (double)ro->min_words);
	/* cJSON_Add* on a NULL object does nothing: one check covers every line */
	if (p && !cJSON_AddNumberToObject(p, "max_pairs", (double)max_pairs)) {
		cJSON_Delete(p);
		return NULL;
	}
	return p;
}

int sc_rep_add_index(cJSON *rep, const sc_det_index_t *ix, const char *path,
                     const sc_det_opts_t *o, size_t *npairs)
{
	sc_pair_t *p = NULL;
	size_t np = 0, nold, n = sc_det_index_count(ix, &nold);
	int rc = sc_det_index_match(ix, o, &p, &np);
	if (rc) return rc;
	*npairs = np;
	cJSON *x = cJSON_AddObjectToObject(rep, "index"), *nd = NULL, *pa = NULL;
	int ok = x && cJSON_AddStringToObject(x, "path", path) &&
	         cJSON_AddBoolToObject(x, "created", sc_det_index_created(ix)) &&
	         cJSON_AddNumberToObject(x, "old_documents", (double)nold) &&
	         (nd = cJSON_AddArrayToObject(x, "new_documents")) &&
	         (pa = cJSON_AddArrayToObject(x, "pairs"));
	for (size_t i = nold; ok && i < n; i++) {
		cJSON *s = cJSON_CreateString(sc_det_index_id(ix, i));
		ok = s && cJSON_AddItemToArray(nd, s);
	}
	for (size_t i = 0; ok && i < np; i++) {
		cJSON *y = cJSON_CreateObject(), *ci = NULL, *lo = NULL, *hi = NULL;
		ok = y && cJSON_AddItemToArray(pa, y) &&
		     cJSON_AddStringToObject(y, "old", sc_det_index_id(ix, p[i].a)) &&
		     cJSON_AddStringToObject(y, "new", sc_det_index_id(ix, p[i].b)) &&
		     cJSON_AddNumberToObject(y, "jaccard_estimate", p[i].estimate) &&
		     (ci = cJSON_AddArrayToObject(y, "ci")) &&
		     (lo = cJSON_CreateNumber(p[i].ci_lo)) && cJSON_AddItemToArray(ci, lo) &&
		     (hi = cJSON_CreateNumber(p[i].ci_hi)) && cJSON_AddItemToArray(ci, hi) &&
		     cJSON_AddFalseToObject(y, "verified") &&
		     cJSON_AddStringToObject(y, "basis", "estimate");
	}
	free(p);
	return ok ? SC_OK : SC_ENOMEM;
}

int sc_rep_add_not_read(cJSON *rep, const char *const *path, const char *const *reason,
                        size_t n)
{
	cJSON *a = cJSON_AddArrayToObject(rep, "not_read");
	int ok = a && cJSON_AddNumberToObject(cJSON_GetObjectItem(rep, "summary"), "not_read",
	                                      (double)n);
	for (size_t i = 0; ok && i < n; i++) {
		cJSON *y = cJSON_CreateObject();
		if (!y || !cJSON_AddItemToArray(a, y)) {
			cJSON_Delete(y);
			return SC_ENOMEM;
		}
		ok = cJSON_AddStringToObject(y, "path", path[i]) &&
		     cJSON_AddStringToObject(y, "reason", reason[i]);
	}
	return ok ? SC_OK : SC_ENOMEM;
}
