/* detector.c: the detector object. Documents in, clusters and conflicts out.
 *
 * sc_det_run, in order:
 *  1. sort the documents by id (the result's order and every index below);
 *  2. scan each document for boilerplate (boiler.c) and sketch its full text (word shingles):
 *     the sketches tell which documents may be copies, which protects shared text of copies;
 *  3. settle boilerplate (repetition across documents), then sketch both views (word
 *     dup_k-shingles, stemmed content words) with the boilerplate spans left out; documents
 *     without boilerplate keep the sketch of step 2 for the word view;
 *  4. per tier, LSH candidates (lsh.c), then the shingle sets of the documents that appear in
 *     a candidate pair only (the others are never needed: memory holds signatures, not every
 *     set), then exact verification (verify.c);
 *  5. clusters per tier (cluster.c), event edges being the content-word edges plus the verified
 *     duplicate pairs; the verified edges left between two components are the tier's links
 *     (detect.h "Links"), at most max_links kept per tier, the highest Jaccards;
 *  6. clusters sorted by first member, events before duplicates on a tie; pairs sorted by ids;
 *  7. the comparator on each event cluster, conflicts sorted by score (desc) then ids.
 * Everything is deterministic: sorted input order, stable tie-breaks, no clock in the result
 * except the stats timings. Steps 2-4's per-document and per-pair work runs on opts->threads
 * threads (det_pool.c): each job writes only its own documents' slots or its own chunk of
 * pairs, joined in order, and the set cache is filled in document order after each batch, so
 * the result does not depend on the thread count. Streaming (opts.reread: documents sketched as
 * they are added, verified in a second pass over the input) is in det_stream.c.
 */
#include "det_internal.h"
#include "sc_prim.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

/* Gives the heap's free pages back to the system after the run frees many small blocks (the
 * sets of verification, texts): glibc keeps them otherwise, and RSS stays at its high mark.
 * SC_DET_TRIM=0 in the environment skips it (to measure what it gains). */
void sc_det_trim(void)
{
#ifdef __GLIBC__
	const char *e = getenv("SC_DET_TRIM");
	if (!e || *e != '0') malloc_trim(0);
#endif
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void probe(const struct sc_det_run_s *R, const char *step);
static double lap(const struct sc_det_run_s *R, const char *step, double *t0);

sc_det_t *sc_det_create(const sc_det_opts_t *o)
{
	sc_det_t *d = calloc(1, sizeof *d);
	if (!d) return NULL;
	d->o = *o;
	if (!(d->strs = sc_det_strs_create())) {
		free(d);
		return NULL;
	}
	/* derive: the LSH plans (only the parameters; nothing is allocated for them) */
	if (sc_det_lsh_plan(o->dup_threshold, o->mh.k, o->fp_weight, o->fn_weight,
	                    &d->res.dup_plan) ||
	    sc_det_lsh_plan(o->event_threshold, o->mh.k, o->fp_weight, o->fn_weight,
	                    &d->res.event_plan)) {
		sc_det_free(d);
		return NULL;
	}
	d->sfull = o->reread && (o->boilerplate || o->event_tier);
	if (o->reread && sc_det_stream_init(d)) {
		sc_det_free(d);
		return NULL;
	}
	return d;
}

static void free_clusters(sc_det_result_t *r)
{
	for (size_t i = 0; i < r->nclusters; i++) {
		free(r->clusters[i].members);
		free(r->clusters[i].pairs);
	}
	free(r->clusters);
	r->clusters = NULL;
	r->nclusters = 0;
	free(r->links);
	r->links = NULL;
	r->nlinks = 0;
	r->links_warning[0] = '\0';
	for (size_t i = 0; i < r->nconflicts; i++)
		sc_cmp_conflict_free(&r->conflicts[i]);
	free(r->conflicts);
	r->conflicts = NULL;
	r->nconflicts = 0;
	for (size_t i = 0; i < r->nupdates; i++)
		sc_cmp_conflict_free(&r->updates[i]);
	free(r->updates);
	r->updates = NULL;
	r->nupdates = 0;
	for (size_t i = 0; i < r->nleads; i++)
		sc_cmp_conflict_free(&r->leads[i]);
	free(r->leads);
	r->leads = NULL;
	r->nleads = 0;
}

void sc_det_free(sc_det_t *d)
{
	if (!d) return;
	sc_det_result_t *r = &d->res;
	for (size_t i = 0; i < r->ndocs; i++) {
		sc_doc_t *x = &r->docs[i].doc;
		x->id = x->title = x->source = x->url = x->published = x->path = NULL; /* strs's */
		sc_doc_free(x);
		free(r->docs[i].boiler);
	}
	free(r->docs);
	for (size_t i = 0; i < r->nrejects; i++)
		sc_reject_free(&r->rejects[i]);
	free(r->rejects);
	free_clusters(r);
	free(r->dup_pairs);
	free(r->event_pairs);
	free(d->slot);
	sc_det_stream_free(d);
	sc_det_strs_destroy(d->strs);
	free(d);
}

const sc_det_result_t *sc_det_result(const sc_det_t *d)
{
	return d ? &d->res : NULL;
}
const sc_det_opts_t *sc_det_options(const sc_det_t *d)
{
	return d ? &d->o : NULL;
}

/* ------------------------------------------------------------ adding */
static uint64_t id_hash(const char *id)
{
	return XXH3_64bits(id, strlen(id));
}

/* Finds id in the table: returns the slot (empty or holding id). */
size_t sc_det_id_slot(const sc_det_t *d, const char *id)
{
	size_t mask = d->nslot - 1, i = (size_t)id_hash(id) & mask;
	while (d->slot[i] && strcmp(d->res.docs[d->slot[i] - 1].doc.id, id))
		i = (i + 1) & mask;
	return i;
}

static int id_grow(sc_det_t *d)
{
	size_t n = d->nslot ? 2 * d->nslot : 1024;
	uint32_t *s = calloc(n, sizeof *s), *old = d->slot;
	if (!s) return SC_ENOMEM;
	d->slot = s;
	d->nslot = n;
	for (size_t i = 0; i < d->res.ndocs; i++)
		d->slot[sc_det_id_slot(d, d->res.docs[i].doc.id)] = (uint32_t)(i + 1);
	free(old);
	return SC_OK;
}

int sc_det_reject(sc_det_t *d, sc_reject_t *rej)
{
	if (d->ran) return SC_EPARAM;
	sc_det_result_t *r = &d->res;
	if (r->nrejects == d->mrej) {
		size_t m = d->mrej ? 2 * d->mrej : 16;
		sc_reject_t *a = realloc(r->rejects, m * sizeof *a);
		if (!a) return SC_ENOMEM;
		r->rejects = a;
		d->mrej = m;
	}
	r->rejects[r->nrejects++] = *rej;
	memset(rej, 0, sizeof *rej);
	r->inputs++;
	return SC_OK;
}

int sc_det_add(sc_det_t *d, sc_doc_t *doc)
{
	sc_det_result_t *r = &d->res;
	int rc;
	if (d->ran || !doc->id) return SC_EPARAM;
	if (r->ndocs >= UINT32_MAX - 1) return SC_EPARAM;
	if (2 * (r->ndocs + 1) > d->nslot && (rc = id_grow(d))) return rc;
	size_t s = sc_det_id_slot(d, doc->id);
	/* A text of 4 GiB or more: the boilerplate pass's offsets are 32-bit (boiler.c), so the
	 * document is rejected on its own, named, rather than failing the whole pass. */
	const int huge = d->o.boilerplate && doc->text && doc->len > UINT32_MAX;
	if (d->slot[s] || huge) {
		/* A duplicate id: the first one wins, the later one is rejected, with both places.
		 */
		sc_reject_t rej = {0};
		char reason[512];
		const sc_doc_t *first = d->slot[s] ? &r->docs[d->slot[s] - 1].doc : NULL;
		if (!first)
			snprintf(reason, sizeof reason,
			         "text of %zu bytes: the boilerplate pass takes texts under 4 GiB "
			         "(--no-boilerplate reads it)",
			         doc->len);
		else if (first->line)
			snprintf(reason, sizeof reason, "duplicate id (first seen in %s line %llu)",
			         first->path ? first->path : "?", (unsigned long long)first->line);
		else
			snprintf(reason, sizeof reason, "duplicate id (first seen in %s)",
			         first->path ? first->path : "?");
		if (!(rej.reason = strdup(reason))) return SC_ENOMEM;
		rej.id = doc->id;
		rej.path = doc->path;
		rej.line = doc->line;
		doc->id = doc->path = NULL;
		sc_doc_free(doc);
		memset(doc, 0, sizeof *doc);
		r->inputs--; /* sc_det_reject counts it */
		rc = sc_det_reject(d, &rej);
		r->inputs++;
		if (rc) sc_reject_free(&rej);
		return rc ? rc : SC_OK;
	}
	if (r->ndocs == d->mdocs) {
		size_t m = d->mdocs ? 2 * d->mdocs : 64;
		sc_det_doc_t *a = realloc(r->docs, m * sizeof *a);
		if (!a) return SC_ENOMEM;
		r->docs = a;
		if (d->stream) {
			uint32_t *g = realloc(d->sig, m * (size_t)d->o.mh.k * sizeof *g);
			if (!g) return SC_ENOMEM;
			d->sig = g;
		}
		d->mdocs = m;
	}
	/* the small strings move to their blocks (det_strs.c), apart from the texts */
	char **strs[] = {&doc->id,  &doc->title,     &doc->source,
	                 &doc->url, &doc->published, &doc->path};
	for (size_t k = 0; k < sizeof strs / sizeof *strs; k++)
		if ((rc = sc_det_strs_take(d->strs, strs[k]))) {
			while (k--) /* moved already: the detector's now, not the caller's to free */
				*strs[k] = NULL;
			return rc;
		}
	sc_det_doc_t *x = &r->docs[r->ndocs];
	memset(x, 0, sizeof *x);
	x->doc = *doc;
	memset(doc, 0, sizeof *doc);
	d->slot[s] = (uint32_t)(++r->ndocs);
	r->inputs++;
	if (d->stream && r->ndocs - d->sbase >= SC_DET_SKETCH_BATCH) return sc_det_stream_flush(d);
	return SC_OK;
}

int sc_det_add_sketched(sc_det_t *d, sc_doc_t *doc, size_t tokens, int32_t day, int year,
                        int date_source)
{
	if (!d->stream) return SC_EPARAM;
	const size_t n0 = d->res.ndocs;
	d->sbase = n0; /* nothing to sketch here: sc_det_add must not start a batch */
	int rc = sc_det_add(d, doc);
	if (rc || d->res.ndocs == n0) return rc;
	d->sbase = d->res.ndocs;
	d->res.docs[n0].tokens = tokens;
	/* the date the reader read from the text, which is not here */
	d->res.docs[n0].day = day, d->res.docs[n0].year = year;
	d->res.docs[n0].date_source = date_source;
	memset(d->sig + n0 * (size_t)d->o.mh.k, 0, (size_t)d->o.mh.k * sizeof *d->sig);
	return SC_OK;
}

uint32_t *sc_det_ext_sig(sc_det_t *d, size_t pos)
{
	return d->sig + pos * (size_t)d->o.mh.k;
}

void sc_det_set_ext(sc_det_t *d, sc_det_ext_t *x)
{
	d->ext = x;
}

/* ---------------------------------------------------------------- run */
static int cmp_doc(const void *x, const void *y)
{
	return strcmp(((const sc_det_doc_t *)x)->doc.id, ((const sc_det_doc_t *)y)->doc.id);
}

static const char *doc_lang(const sc_det_doc_t *x)
{
	return x->doc.lang[0] ? x->doc.lang : "";
}

long sc_det_build_set(sc_det_wk_t *w, const sc_det_doc_t *x, const sc_shingle_opts_t *so, int skip,
                      sc_u64v_t *out)
{
	size_t ns = 0;
	if (skip && x->nboiler) {
		if (2 * x->nboiler > w->mskip) {
			size_t *s = realloc(w->skip, 2 * x->nboiler * sizeof *s);
			if (!s) return SC_ENOMEM;
			w->skip = s;
			w->mskip = 2 * x->nboiler;
		}
		for (size_t i = 0; i < x->nboiler; i++) {
			w->skip[2 * i] = x->boiler[i].start;
			w->skip[2 * i + 1] = x->boiler[i].end;
		}
		ns = x->nboiler;
	}
	return sc_sh_shingle_set(w->tk, so, x->doc.text ? x->doc.text : "",
	                         x->doc.text ? x->doc.len : 0, doc_lang(x), w->skip, ns, out);
}

/* sc_det_build_set into a set that is kept (the cache, verification, the event edges): built in the
 * worker's scratch, then copied into an allocation of its exact size. The shingler's vectors
 * start at 256 hashes and grow by half, so a set of a 150-word article (~150 hashes) held
 * 2 KiB for 1.2 KiB of hashes (content sets: ~0.7 KiB); the run holds up to one set per
 * document at once (verification, the event edges' content sets). Same hashes, same results. */
long sc_det_build_set_fit(sc_det_wk_t *w, const sc_det_doc_t *x, const sc_shingle_opts_t *so,
                          int skip, sc_u64v_t *out)
{
	const long ns = sc_det_build_set(w, x, so, skip, &w->tmp);
	if (ns < 0) return ns;
	if (!w->tmp.n) {
		out->n = 0; /* an empty set: allocated or not, as sc_det_build_set leaves it */
		return ns;
	}
	const size_t m = w->tmp.n;
	if (out->m != m) {
		uint64_t *a = realloc(out->a, m * sizeof *a);
		if (!a) return SC_ENOMEM;
		out->a = a;
		out->m = m;
	}
	memcpy(out->a, w->tmp.a, m * sizeof *out->a);
	out->n = w->tmp.n;
	return ns;
}

/* Sketching runs on threads in batches of SC_DET_SKETCH_BATCH documents; each job builds the sets
 * of its documents into their own slots (R->wset[i], R->cset[i]). After a batch, keep_sets decides
 * in document order which sets stay in the cache (while it holds less than set_cache_bytes) and
 * frees the others: the same sets are cached whatever the thread count. */
enum {
	PH_PLAIN,     /* no boilerplate pass: language, tokens, word and content sketches */
	PH_FULLWORD,  /* word sketch of the full text (boilerplate not known yet) */
	PH_AFTERBOIL, /* word sketch without boilerplate (documents that have some), content */
};

static void keep_sets(sc_det_run_t *R, size_t lo, size_t hi)
{
	for (size_t i = lo; i < hi; i++)
		for (int view = 0; view < (R->cset ? 2 : 1); view++) {
			sc_u64v_t *v = view ? &R->cset[i] : &R->wset[i];
			const unsigned char bit = view ? 2 : 1;
			if ((R->have[i] & bit) || !v->a) continue;
			if (R->cached < R->d->o.set_cache_bytes) {
				R->have[i] |= bit;
				R->cached += v->m * sizeof *v->a;
			} else {
				sc_u64v_free(v);
			}
		}
}

/* What sc_det_boiler_scan does for a document when there is no boilerplate pass: the
 * language guess (when not given) and the token count. */
int sc_det_doc_tokens(sc_det_wk_t *w, sc_det_doc_t *x)
{
	const sc_token_t *toks;
	const long nt = sc_sh_tokenize_doc(w->tk, &x->doc, &toks);
	if (nt < 0) return (int)nt;
	x->tokens = (size_t)nt;
	return SC_OK;
}

int sc_det_sketch_one(sc_tokenizer_t *tk, const sc_shingle_opts_t *wo, const sc_minhash_t *mh,
                      sc_det_doc_t *x, sc_u64v_t *set, uint32_t *sig)
{
	sc_det_wk_t w = {.tk = tk};
	int rc = sc_det_doc_tokens(&w, x);
	long ns;
	if (rc) return rc;
	if ((ns = sc_det_build_set(&w, x, wo, 0, set)) < 0) return (int)ns;
	sc_sh_minhash_sketch(mh, set->a, set->n, sig);
	return SC_OK;
}

static int job_sketch(void *ctx, int worker, size_t lo, size_t hi)
{
	sc_det_run_t *R = ctx;
	sc_det_wk_t *w = &R->wk[worker];
	int rc;
	for (size_t i = R->base + lo; i < R->base + hi; i++) {
		sc_det_doc_t *x = &R->d->res.docs[i];
		long ns;
		if (R->phase == PH_PLAIN && (rc = sc_det_doc_tokens(w, x))) return rc;
		if (R->phase != PH_AFTERBOIL || x->nboiler) {
			if ((ns = sc_det_build_set_fit(w, x, &R->wo, R->phase == PH_AFTERBOIL,
			                               &R->wset[i])) < 0)
				return (int)ns;
			sc_sh_minhash_sketch(R->mh, R->wset[i].a, R->wset[i].n,
			                     R->wsig + i * (size_t)R->k);
		}
	}
	return SC_OK;
}

/* Runs job_sketch in phase ph over all documents, batch by batch. On error, the failing batch
 * is redone on one thread to name the first document at fault (*bad). */
static int sketch_all(sc_det_run_t *R, int ph, size_t *bad)
{
	const size_t n = R->d->res.ndocs;
	R->phase = ph;
	for (size_t b = 0; b < n; b += SC_DET_SKETCH_BATCH) {
		size_t m = n - b < SC_DET_SKETCH_BATCH ? n - b : SC_DET_SKETCH_BATCH;
		R->base = b;
		int rc = sc_det_parallel(R->nthreads, m, SC_DET_SKETCH_GRAIN, job_sketch, R);
		if (rc) {
			/* Name the document: redo the batch one document at a time. */
			for (size_t i = 0; i < m; i++)
				if (job_sketch(R, 0, i, i + 1)) {
					*bad = b + i;
					break;
				}
			return rc;
		}
		keep_sets(R, b, b + m);
	}
	return SC_OK;
}

/* Exact verification on threads: chunk c of the candidates writes its kept pairs into
 * vout[c]; joined in chunk order they are the sequential result. */
#define VERIFY_GRAIN 16384
/* sc_det_verify with each candidate's estimate from its count of equal signature positions
 * (R->veq) and the run's interval table: the same pairs and doubles, without the signatures. */
static int verify_eq(const sc_det_run_t *R, size_t lo, size_t hi, sc_pair_t **out, size_t *nout)
{
	size_t m = 0, cap = 0;
	sc_pair_t *v = NULL;
	for (size_t i = lo; i < hi; i++) {
		const uint32_t a = (uint32_t)(R->vcand[i] >> 32), b = (uint32_t)R->vcand[i];
		const double j =
		    sc_det_jaccard(R->vsets[a].a, R->vsets[a].n, R->vsets[b].a, R->vsets[b].n);
		if (j < R->vt) continue;
		if (SC_GROW(v, cap, m + 1)) {
			free(v);
			return SC_ENOMEM;
		}
		const unsigned eq = R->veq[i];
		v[m++] = (sc_pair_t){.a = a,
		                     .b = b,
		                     .jaccard = j,
		                     .estimate = R->k ? (double)eq / R->k : 0.0,
		                     .ci_lo = R->cilo[eq],
		                     .ci_hi = R->cihi[eq]};
	}
	*out = v;
	*nout = m;
	return SC_OK;
}

static int job_verify(void *ctx, int worker, size_t lo, size_t hi)
{
	sc_det_run_t *R = ctx;
	(void)worker;
	const size_t c = lo / VERIFY_GRAIN;
	if (R->veq) return verify_eq(R, lo, hi, &R->vout[c], &R->vnout[c]);
	return sc_det_verify(R->vcand + lo, hi - lo, R->vsets, R->vsigs, R->k, R->vt, &R->vout[c],
	                     &R->vnout[c]);
}

static int verify_par(sc_det_run_t *R, const uint64_t *cand, size_t ncand, const sc_det_set_t *sets,
                      const uint32_t *sigs, double t, sc_pair_t **out, size_t *nout)
{
	const size_t nch = (ncand + VERIFY_GRAIN - 1) / VERIFY_GRAIN;
	int rc = SC_OK;
	*out = NULL;
	*nout = 0;
	if (!ncand) return SC_OK;
	R->vout = calloc(nch, sizeof *R->vout);
	R->vnout = calloc(nch, sizeof *R->vnout);
	if (!R->vout || !R->vnout) {
		rc = SC_ENOMEM;
		goto done;
	}
	R->vcand = cand, R->vsets = sets, R->vsigs = sigs, R->vt = t;
	if ((rc = sc_det_parallel(R->nthreads, ncand, VERIFY_GRAIN, job_verify, R))) goto done;
	size_t tot = 0;
	for (size_t c = 0; c < nch; c++)
		tot += R->vnout[c];
	if (tot && !(*out = malloc(tot * sizeof **out))) {
		rc = SC_ENOMEM;
		goto done;
	}
	for (size_t c = 0; c < nch; c++) {
		if (R->vnout[c]) memcpy(*out + *nout, R->vout[c], R->vnout[c] * sizeof **out);
		*nout += R->vnout[c];
	}
done:
	if (R->vout)
		for (size_t c = 0; c < nch; c++)
			free(R->vout[c]);
	free(R->vout);
	free(R->vnout);
	R->vout = NULL;
	R->vnout = NULL;
	return rc;
}

/* sc_det_estimate of pair p over the signatures sig (n x k), its interval from the run's
 * table (the same values: the interval depends on the count of equal positions only, and
 * GSL's beta quantile per pair cost a third of the event tier's CPU at 100k documents). */
static unsigned sig_eq(const sc_det_run_t *R, const uint32_t *sa, const uint32_t *sb)
{
	unsigned eq = 0;
	for (int x = 0; x < R->k; x++)
		eq += sa[x] == sb[x];
	return eq;
}
static void estimate_sigs(const sc_det_run_t *R, const uint32_t *sa, const uint32_t *sb,
                          sc_pair_t *p)
{
	const unsigned eq = sig_eq(R, sa, sb);
	p->estimate = R->k ? (double)eq / R->k : 0.0;
	p->ci_lo = R->cilo[eq];
	p->ci_hi = R->cihi[eq];
}

static void estimate_tab(const sc_det_run_t *R, const uint32_t *sig, sc_pair_t *p)
{
	estimate_sigs(R, sig + (size_t)p->a * R->k, sig + (size_t)p->b * R->k, p);
}

/* The verified pairs (exact Jaccard R->candj[e] >= t) of the candidates, in candidate order,
 * with the MinHash estimate of R->wsig and its interval: the streaming and ext runs' edges. */
int sc_det_edges_from_candj(sc_det_run_t *R, const uint64_t *cand, size_t ncand, double t,
                            sc_pair_t **out, size_t *nout)
{
	int rc = SC_ENOMEM;
	size_t m = 0;
	for (size_t e = 0; e < ncand; e++)
		m += R->candj[e] >= t;
	if (m && !(*out = malloc(m * sizeof **out))) goto done;
	for (size_t e = 0; e < ncand; e++) {
		if (!(R->candj[e] >= t)) continue;
		sc_pair_t *p = &(*out)[(*nout)++];
		p->a = (uint32_t)(cand[e] >> 32);
		p->b = (uint32_t)cand[e];
		p->jaccard = R->candj[e];
		estimate_tab(R, R->wsig, p);
	}
	rc = SC_OK;
done:
	return rc;
}

static int neardup(void *ctx, uint32_t a, uint32_t b)
{
	sc_det_run_t *R = ctx;
	const uint32_t *sa = R->wsig + (size_t)a * R->k, *sb = R->wsig + (size_t)b * R->k;
	unsigned eq = 0;
	for (int i = 0; i < R->k; i++)
		eq += sa[i] == sb[i];
	return (double)eq >= 0.5 * R->d->o.dup_threshold * R->k;
}

static int link_dup(void *ctx, uint32_t a, uint32_t b, double *j)
{
	sc_det_run_t *R = ctx;
	if (R->candj) {
		/* Streaming: the sets are gone. A candidate pair has its exact Jaccard; any other
		 * pair (which banding did not propose: below the threshold with probability 0.996
		 * and more) counts as not linked, its MinHash estimate standing in the mean. */
		const uint64_t key = (uint64_t)a << 32 | b;
		size_t lo = 0, hi = R->nscand;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (R->scand[mid] < key)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < R->nscand && R->scand[lo] == key) {
			*j = R->candj[lo];
			return *j >= R->d->o.dup_threshold;
		}
		*j = sc_sh_minhash_estimate(R->wsig + (size_t)a * R->k, R->wsig + (size_t)b * R->k,
		                            R->k);
		return 0;
	}
	*j = sc_det_jaccard(R->wset[a].a, R->wset[a].n, R->wset[b].a, R->wset[b].n);
	return *j >= R->d->o.dup_threshold;
}

/* Verified pairs (sorted by ids) that are not among the LSH candidates (sorted). */
static uint64_t count_missed(const sc_pair_t *v, size_t nv, const uint64_t *c, size_t nc)
{
	uint64_t missed = 0;
	for (size_t i = 0, j = 0; i < nv; i++) {
		uint64_t key = (uint64_t)v[i].a << 32 | v[i].b;
		while (j < nc && c[j] < key)
			j++;
		missed += !(j < nc && c[j] == key);
	}
	return missed;
}

static int cmp_edge_ids(const void *x, const void *y)
{
	const sc_det_edge_t *a = x, *b = y;
	if (a->a != b->a) return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

/* Event edge e made whole but for its cosine: its estimate and interval from its count of
 * equal signature positions (sc_det_edge_eq). */
static sc_pair_t edge_pair_nocos(const sc_det_run_t *R, size_t e)
{
	const sc_det_edge_t *x = &R->eedges[e];
	const unsigned eq = sc_det_edge_eq(R, e);
	return (sc_pair_t){.a = x->a,
	                   .b = x->b,
	                   .jaccard = x->jaccard,
	                   .estimate = R->k ? (double)eq / R->k : 0.0,
	                   .ci_lo = R->cilo[eq],
	                   .ci_hi = R->cihi[eq]};
}
/* ... and with its cosine computed again (the same double as its candidate's). */
static sc_pair_t edge_pair(const sc_det_run_t *R, size_t e)
{
	sc_pair_t x = edge_pair_nocos(R, e);
	x.cosine = sc_det_ev_cosine(R->ev, x.a, x.b);
	return x;
}

/* A tier's edges as add_clusters and add_links read them: the duplicate tier's pairs (p), or
 * the event tier's compact edges (c), made whole by edge_pair when copied out. */
typedef struct eview_s {
	const sc_pair_t *p;
	const sc_det_edge_t *c;
	const sc_det_run_t *R;
} eview_t;
static uint32_t view_a(const eview_t *v, size_t e)
{
	return v->p ? v->p[e].a : v->c[e].a;
}
static uint32_t view_b(const eview_t *v, size_t e)
{
	return v->p ? v->p[e].b : v->c[e].b;
}
static sc_pair_t view_pair(const eview_t *v, size_t e)
{
	return v->p ? v->p[e] : edge_pair(v->R, e);
}

/* Appends the clusters (components of 2+) of one tier. */
static int add_clusters(sc_det_result_t *r, size_t *mcl, int kind, const uint32_t *label, size_t n,
                        const eview_t *edges, size_t nedges)
{
	size_t *count = calloc(n ? n : 1, sizeof *count), *first = NULL;
	int rc = SC_OK;
	if (!count) return SC_ENOMEM;
	for (size_t i = 0; i < n; i++)
		count[label[i]]++;
	if (!(first = malloc((n ? n : 1) * sizeof *first))) {
		rc = SC_ENOMEM;
		goto done;
	}
	/* Cluster slots in order of their first member (the smallest index, i.e. id). */
	for (size_t i = 0; i < n; i++)
		first[i] = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		uint32_t l = label[i];
		if (count[l] < 2 || first[l] != SIZE_MAX) continue;
		if (r->nclusters == *mcl) {
			size_t m = *mcl ? 2 * *mcl : 16;
			sc_cluster_t *c = realloc(r->clusters, m * sizeof *c);
			if (!c) {
				rc = SC_ENOMEM;
				goto done;
			}
			r->clusters = c;
			*mcl = m;
		}
		sc_cluster_t *c = &r->clusters[r->nclusters];
		memset(c, 0, sizeof *c);
		c->kind = kind;
		if (!(c->members = malloc(count[l] * sizeof *c->members))) {
			rc = SC_ENOMEM;
			goto done;
		}
		first[l] = r->nclusters++;
	}
	for (size_t i = 0; i < n; i++) {
		size_t ci = first[label[i]];
		if (ci == SIZE_MAX) continue;
		sc_cluster_t *c = &r->clusters[ci];
		c->members[c->nmembers++] = (uint32_t)i; /* ascending i: sorted by id */
	}
	/* Edges inside each cluster (edges arrive sorted by ids, so pairs are too): count, then
	 * fill. */
	for (size_t e = 0; e < nedges; e++) {
		uint32_t l = label[view_a(edges, e)];
		if (l == label[view_b(edges, e)] && first[l] != SIZE_MAX)
			r->clusters[first[l]].npairs++;
	}
	for (size_t i = 0; i < n; i++) {
		if (first[label[i]] == SIZE_MAX || label[i] != i) continue;
		sc_cluster_t *c = &r->clusters[first[label[i]]];
		if (c->npairs && !(c->pairs = malloc(c->npairs * sizeof *c->pairs))) {
			rc = SC_ENOMEM;
			goto done;
		}
		c->npairs = 0;
	}
	for (size_t e = 0; e < nedges; e++) {
		uint32_t l = label[view_a(edges, e)];
		if (l != label[view_b(edges, e)] || first[l] == SIZE_MAX) continue;
		sc_cluster_t *c = &r->clusters[first[l]];
		c->pairs[c->npairs++] = view_pair(edges, e);
	}
done:
	free(count);
	free(first);
	return rc;
}

/* Links (detect.h "Links"): heap entries of the kept candidates when a tier has more than
 * max_links; the worst kept one (lowest Jaccard, then highest edge index) is at the root. */
typedef struct link_key_s {
	double j;
	size_t e;
} link_key_t;
static int key_worse(const link_key_t *x, const link_key_t *y)
{
	return x->j != y->j ? x->j < y->j : x->e > y->e;
}
static void heap_down(link_key_t *h, size_t n, size_t i)
{
	for (;;) {
		size_t w = i, l = 2 * i + 1, r = l + 1;
		if (l < n && key_worse(&h[l], &h[w])) w = l;
		if (r < n && key_worse(&h[r], &h[w])) w = r;
		if (w == i) return;
		link_key_t t = h[i];
		h[i] = h[w];
		h[w] = t;
		i = w;
	}
}
static int cmp_key_e(const void *x, const void *y)
{
	const link_key_t *a = x, *b = y;
	return (a->e > b->e) - (a->e < b->e);
}

/* k into the heap h of *nh keys, which keeps the max best */
static void key_offer(link_key_t *h, size_t *nh, size_t max, link_key_t k)
{
	if (*nh < max) {
		/* sift up */
		size_t i = (*nh)++;
		h[i] = k;
		while (i && key_worse(&h[i], &h[(i - 1) / 2])) {
			link_key_t t = h[i];
			h[i] = h[(i - 1) / 2];
			h[(i - 1) / 2] = t;
			i = (i - 1) / 2;
		}
	} else if (max && key_worse(&h[0], &k)) {
		h[0] = k;
		heap_down(h, *nh, 0);
	}
}

/* Appends the links of one tier: the edges (sorted by ids) whose documents ended in different
 * components. At most max links are kept: those marked in listed (the event tier's, chosen
 * by event_links_choose), or with listed NULL those of highest Jaccard, in a heap of max
 * entries so that memory stays bounded however many there are; they are appended in id
 * order. */
static int add_links(sc_det_result_t *r, size_t *mlk, int kind, const uint32_t *label,
                     const eview_t *edges, size_t nedges, const unsigned char *refused,
                     const unsigned char *listed, size_t max, sc_det_tier_stats_t *ts)
{
	link_key_t *h = NULL;
	size_t nh = 0;
	uint64_t total = 0;
	for (size_t e = 0; e < nedges; e++)
		total += label[view_a(edges, e)] != label[view_b(edges, e)];
	ts->links = total;
	if (!total || !max) goto append;
	if (!(h = malloc((total < max ? total : max) * sizeof *h))) return SC_ENOMEM;
	for (size_t e = 0; e < nedges; e++) {
		if (label[view_a(edges, e)] == label[view_b(edges, e)]) continue;
		if (listed) {
			if (listed[e] && nh < max) h[nh++] = (link_key_t){0, e}; /* in edge order */
			continue;
		}
		key_offer(h, &nh, max,
		          (link_key_t){edges->p ? edges->p[e].jaccard : edges->c[e].jaccard, e});
	}
	if (!listed) qsort(h, nh, sizeof *h, cmp_key_e);
	if (r->nlinks + nh > *mlk) {
		size_t m = r->nlinks + nh;
		sc_link_t *l = realloc(r->links, m * sizeof *l);
		if (!l) {
			free(h);
			return SC_ENOMEM;
		}
		r->links = l;
		*mlk = m;
	}
	for (size_t i = 0; i < nh; i++) {
		sc_link_t *l = &r->links[r->nlinks++];
		l->tier = kind;
		l->pair = view_pair(edges, h[i].e);
		/* an edge in different final components was refused at its turn */
		l->refused = refused[h[i].e] ? refused[h[i].e] : SC_LINK_DENSITY;
	}
	free(h);
append:
	ts->links_unlisted = total - nh;
	if (ts->links_unlisted) {
		size_t len = strlen(r->links_warning);
		snprintf(
		    r->links_warning + len, sizeof r->links_warning - len,
		    "%s%s tier: %llu of %llu verified pairs kept apart by the anti-chaining rule "
		    "not listed (at most %zu listed per tier)",
		    len ? "; " : "links: ", kind == SC_CLUSTER_EVENT ? "event" : "duplicate",
		    (unsigned long long)ts->links_unlisted, (unsigned long long)total, max);
	}
	return SC_OK;
}

/* One tier: its components over edges (opts co), its stats, its clusters and its links
 * appended to r. Returns SC_OK or the error (SC_ENOMEM). */
static int cmp_cluster(const void *x, const void *y)
{
	const sc_cluster_t *a = x, *b = y;
	/* members are indices into docs sorted by id: comparing indices compares ids */
	if (a->members[0] != b->members[0]) return a->members[0] < b->members[0] ? -1 : 1;
	if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
	/* same first member and kind cannot happen within a tier's partition */
	return 0;
}

static int cmp_conflict(const void *x, const void *y)
{
	const sc_conflict_t *a = x, *b = y;
	if (a->score != b->score) return a->score > b->score ? -1 : 1;
	if (a->a.doc != b->a.doc) return a->a.doc < b->a.doc ? -1 : 1;
	if (a->b.doc != b->b.doc) return a->b.doc < b->b.doc ? -1 : 1;
	if (a->a.start != b->a.start) return a->a.start < b->a.start ? -1 : 1;
	if (a->b.start != b->b.start) return a->b.start < b->b.start ? -1 : 1;
	if (a->cluster != b->cluster) return a->cluster < b->cluster ? -1 : 1;
	return a->kind < b->kind ? -1 : a->kind > b->kind;
}

/* A step of sc_det_run failed: the message into the run's err, the code returned. The caller
 * releases what the run holds (run_release). */
#define FAIL(code, ...)                                                                            \
	do {                                                                                       \
		rc = (code);                                                                       \
		if (R->err && R->errlen) snprintf(R->err, R->errlen, __VA_ARGS__);                 \
		return rc;                                                                         \
	} while (0)

/* The comparator on the event clusters, one cluster per job on nthreads threads. Each worker
 * has its own comparator (tokenizer and scratch are per thread; lexicons are loaded here, on
 * the calling thread, and the built-in judge is shared read-only). Each cluster's conflicts go
 * to its own slot and are joined in cluster order, so the result does not depend on the number
 * of threads. cmp is worker 0's comparator. */
typedef struct cmp_job_s {
	sc_cmp_t **cmp;
	const sc_det_result_t *r;
	const uint32_t *ev;
	double min_score;
	sc_conflict_t **out;
	size_t *nout;
} cmp_job_t;

static int job_compare(void *ctx, int worker, size_t lo, size_t hi)
{
	cmp_job_t *J = ctx;
	for (size_t i = lo; i < hi; i++) {
		const sc_cluster_t *c = &J->r->clusters[J->ev[i]];
		int rc = sc_cmp_cluster(J->cmp[worker], J->r->docs, c->members, c->nmembers, J->ev[i],
		                        J->min_score, &J->out[i], &J->nout[i]);
		if (rc) return rc;
	}
	return SC_OK;
}

static int compare_clusters(sc_cmp_t *cmp, sc_det_result_t *r, const sc_det_opts_t *o,
                            int nthreads, size_t *nconf)
{
	size_t ne = 0;
	int nt = 0, rc = SC_OK;
	uint32_t *ev = malloc((r->nclusters + 1) * sizeof *ev);
	sc_cmp_t **cmps = NULL;
	sc_conflict_t **out = NULL;
	size_t *nout = NULL;
	if (!ev) return SC_ENOMEM;
	for (size_t i = 0; i < r->nclusters; i++)
		if (r->clusters[i].kind == SC_CLUSTER_EVENT) ev[ne++] = (uint32_t)i;
	if (ne == 0) goto done;
	nt = nthreads < 1 ? 1 : (size_t)nthreads > ne ? (int)ne : nthreads;
	cmps = calloc((size_t)nt, sizeof *cmps);
	out = calloc(ne, sizeof *out);
	nout = calloc(ne, sizeof *nout);
	if (!cmps || !out || !nout) {
		rc = SC_ENOMEM;
		goto done;
	}
	cmps[0] = cmp;
	for (int w = 1; w < nt; w++) {
		char err[256];
		if ((rc = sc_cmp_create(&cmps[w], o->lexicon_dir, err, sizeof err))) goto done;
		sc_cmp_set_judge(cmps[w], o->judge);
		sc_cmp_set_negation_conflicts(cmps[w], o->negation_conflicts);
		sc_cmp_set_event_days(cmps[w], o->event_days);
	}
	/* with leads, the comparator keeps candidates down to the lead floor; route_findings then
	 * sorts them out (a lower bar adds candidates below min_conflict_score and never changes
	 * those above it: the comparator keeps the best candidate of each group first) */
	cmp_job_t J = {cmps, r, ev, o->leads ? o->lead_floor : o->min_conflict_score, out, nout};
	if ((rc = sc_det_parallel(nt, ne, 1, job_compare, &J))) goto done;
	size_t total = *nconf;
	for (size_t i = 0; i < ne; i++) total += nout[i];
	if (total > *nconf) {
		sc_conflict_t *all = realloc(r->conflicts, total * sizeof *all);
		if (!all) {
			rc = SC_ENOMEM;
			goto done;
		}
		r->conflicts = all;
		for (size_t i = 0; i < ne; i++) {
			if (nout[i]) memcpy(all + *nconf, out[i], nout[i] * sizeof *all);
			*nconf += nout[i];
			nout[i] = 0; /* moved: not freed below */
		}
		r->nconflicts = *nconf;
	}
done:
	for (size_t i = 0; out && i < ne; i++) {
		for (size_t j = 0; j < nout[i]; j++) sc_cmp_conflict_free(&out[i][j]);
		free(out[i]);
	}
	for (int w = 1; cmps && w < nt; w++) sc_cmp_free(cmps[w]);
	free(cmps);
	free(out);
	free(nout);
	free(ev);
	return rc;
}

/* --over-time: positions change between events (a refusal of talks one month, readiness the
 * next), so statements of different events are offered as SC_CONFLICT_OVER_TIME, never as
 * conflicts. An "event" here is an event cluster or a document in none. Every pair of events
 * is compared (the comparator's own "same thing" test and inverted index keep the sentence
 * pairs few), which is quadratic in the number of events: above SC_DET_OVER_TIME_MAX
 * documents it is skipped and the run's warning says so. need is scratch of ndocs bytes. */
#define SC_DET_OVER_TIME_MAX 2000
static int compare_over_time(sc_cmp_t *cmp, sc_det_result_t *r, const sc_det_opts_t *o,
                             uint8_t *need, size_t *nconf)
{
	size_t n = r->ndocs, ng = 0;
	if (n > SC_DET_OVER_TIME_MAX) {
		if (!r->warning[0])
			snprintf(r->warning, sizeof r->warning,
			         "over-time comparison skipped: more than %d documents",
			         SC_DET_OVER_TIME_MAX);
		return SC_OK;
	}
	sc_cmp_set_over_time(cmp, 1);
	/* groups: (members, count, id); a lone document's id is its cluster-less index */
	typedef struct {
		const uint32_t *m;
		size_t nm;
		uint32_t id;
	} group_t;
	group_t *g = malloc((r->nclusters + n + 1) * sizeof *g);
	uint32_t *lone = malloc((n + 1) * sizeof *lone);
	int rc = SC_OK;
	if (!g || !lone) {
		rc = SC_ENOMEM;
		goto done;
	}
	if (n) memset(need, 0, n); /* an empty corpus has no scratch (need may be NULL) */
	for (size_t i = 0; i < r->nclusters; i++) {
		const sc_cluster_t *c = &r->clusters[i];
		if (c->kind != SC_CLUSTER_EVENT) continue;
		for (size_t j = 0; j < c->nmembers; j++) need[c->members[j]] = 1;
		g[ng++] = (group_t){c->members, c->nmembers, (uint32_t)i};
	}
	/* A conflict names the cluster of its side a: clusters come first, so a lone document
	 * is only ever side b. Two lone documents are not compared: the report has no cluster
	 * to file them under (a documented limit of --over-time). */
	for (size_t i = 0; i < n; i++)
		if (!need[i]) {
			lone[i] = (uint32_t)i;
			g[ng++] = (group_t){&lone[i], 1, UINT32_MAX};
		}
	for (size_t a = 0; a < ng && !rc && g[a].id != UINT32_MAX; a++)
		for (size_t b = a + 1; b < ng && !rc; b++)
			rc = sc_cmp_cluster_over_time(cmp, r->docs, g[a].m, g[a].nm, g[a].id, g[b].m,
			                              g[b].nm, o->min_conflict_score, &r->conflicts,
			                              nconf);
	r->nconflicts = *nconf;
done:
	free(g);
	free(lone);
	return rc;
}

/* Sorts the comparator's findings (sorted already) into the result's three lists, keeping
 * their order: leads (the comparator's lead flag, or a score under min_conflict_score; kept
 * only with opts->leads, else freed), updates (kind update), conflicts (the rest). A change
 * over time was scored before it was halved (compare.h), so its score routes nothing. */
static int route_findings(sc_det_result_t *r, const sc_det_opts_t *o)
{
	size_t n = r->nconflicts, nk = 0, nu = 0, nl = 0;
	sc_conflict_t *all = r->conflicts;
	if (!n) return SC_OK;
	sc_conflict_t *up = malloc(n * sizeof *up), *ld = o->leads ? malloc(n * sizeof *ld) : NULL;
	if (!up || (o->leads && !ld)) {
		free(up);
		free(ld);
		return SC_ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		sc_conflict_t *x = &all[i];
		int lead = x->lead ||
		           (x->kind != SC_CONFLICT_OVER_TIME && x->score < o->min_conflict_score);
		if (lead && !o->leads) sc_cmp_conflict_free(x);
		else if (lead) ld[nl++] = *x;
		else if (x->kind == SC_CONFLICT_UPDATE) up[nu++] = *x;
		else all[nk++] = *x;
	}
	r->nconflicts = nk;
	if (nu) r->updates = up, r->nupdates = nu;
	else free(up);
	if (nl) r->leads = ld, r->nleads = nl;
	else free(ld);
	return SC_OK;
}

/* 1. The documents in order (streaming: sketching finished, the signatures taken over), the
 * run's tokenizers, sketcher, signatures, boilerplate cues and per-document scratch. */
static int run_start(sc_det_run_t *R)
{
	sc_det_t *d = R->d;
	sc_det_result_t *r = &d->res;
	const sc_det_opts_t *o = &d->o;
	const size_t n = r->ndocs;
	int rc;
	if (d->stream) {
		if ((rc = sc_det_stream_flush(d)) || (rc = sc_det_stream_join(d, 1)))
			FAIL(rc, "sketching: %s", sc_strerror(rc));
		if ((rc = sc_det_stream_sort(d))) FAIL(rc, "out of memory");
		R->wsig = d->sig; /* the signatures move to R; sketching is done */
		d->sig = NULL;
		R->bp = d->sbp; /* the boilerplate scan, done as documents came */
		d->sbp = NULL;
		sc_det_stream_free(d);
	} else {
		if (n > 1) qsort(r->docs, n, sizeof *r->docs, cmp_doc);
		/* The id table indexes the unsorted order: it is not needed any more. */
		free(d->slot);
		d->slot = NULL;
		d->nslot = 0;
	}

	sc_sh_shingle_opts_init(&R->wo, SC_VIEW_WORD);
	R->wo.k = o->dup_k;
	R->wo.norm.fold_accents = o->fold_accents;
	sc_sh_shingle_opts_init(&R->co, SC_VIEW_CONTENT);
	R->co.norm.fold_accents = o->fold_accents;
	R->nthreads = sc_det_nthreads(o->threads);
	if (!(R->wk = calloc((size_t)R->nthreads, sizeof *R->wk))) FAIL(SC_ENOMEM, "out of memory");
	for (int i = 0; i < R->nthreads; i++)
		if (!(R->wk[i].tk = sc_sh_tokenizer_create(&R->wo.norm)))
			FAIL(SC_ENOMEM, "cannot create a tokenizer (out of memory)");
	R->tk = R->wk[0].tk;
	if (!(R->mh = sc_sh_minhash_create(&o->mh)))
		FAIL(SC_ENOMEM, "cannot create the MinHash sketcher (out of memory)");
	/* Content signatures are built with the content sets, for the event edges only
	 * (run_event_pairs): no n x k array of them (512 MB at 1M documents). */
	if (n && ((!d->stream && !(R->wsig = malloc(n * (size_t)R->k * sizeof *R->wsig))) ||
	          (o->event_tier && !(R->csig = calloc(n, sizeof *R->csig)))))
		FAIL(SC_ENOMEM, "out of memory for %zu signatures", n);
	if (!(R->cilo = malloc((size_t)(R->k + 1) * sizeof *R->cilo)) ||
	    !(R->cihi = malloc((size_t)(R->k + 1) * sizeof *R->cihi)))
		FAIL(SC_ENOMEM, "out of memory");
	for (int x = 0; x <= R->k; x++)
		sc_det_binom_ci((unsigned)x, (unsigned)R->k, &R->cilo[x], &R->cihi[x]);
	if (!R->bp && (rc = sc_det_boiler_create(&R->bp, R->tk)))
		FAIL(rc, "boilerplate cues: %s", sc_strerror(rc));
	/* the content sets are the event tier's only (24 bytes a document) */
	if (n && (!(R->need = calloc(n, 1)) || !(R->have = calloc(n, 1)) ||
	          !(R->wset = calloc(n, sizeof *R->wset)) ||
	          (o->event_tier && !(R->cset = calloc(n, sizeof *R->cset)))))
		FAIL(SC_ENOMEM, "out of memory");
	return SC_OK;
}

/* The boilerplate scan's blocks go as soon as the finish has written the spans: the
 * sketches without boilerplate (a pass over the input when streaming) need only the spans,
 * and the blocks (24 bytes each, 12M at 1M generated documents) would otherwise stay
 * through that pass beside the word signatures. */
static void boiler_done(sc_det_run_t *R)
{
	sc_det_boiler_free(R->bp);
	R->bp = NULL;
}

/* 2. scan + full-text word sketches; 3. boilerplate, then the sketches without it.
 * The scan collects blocks across documents in order (one thread); sketching runs on
 * R->nthreads. Without a boilerplate pass, language and tokens come with the sketches. */
static int run_prepare(sc_det_run_t *R)
{
	sc_det_t *d = R->d;
	sc_det_result_t *r = &d->res;
	const size_t n = r->ndocs;
	int rc;
	size_t bad = 0;
	if (d->stream) {
		/* sketched in sc_det_add (and scanned for boilerplate); the sketches without
		 * boilerplate from a pass over the input read again */
		if (d->sfull && d->o.boilerplate) {
			if ((rc = sc_det_boiler_finish(R->bp, r->docs, n, neardup, R)))
				FAIL(rc, "boilerplate: %s", sc_strerror(rc));
			boiler_done(R);
			if ((rc = sc_det_stream_afterboil(R))) return rc;
		}
	} else if (d->o.boilerplate) {
		for (size_t i = 0; i < n; i++) {
			sc_det_doc_t *x = &r->docs[i];
			if ((rc = sc_det_boiler_scan(R->bp, R->tk, x)))
				FAIL(rc, "%s: %s", x->doc.id, sc_strerror(rc));
		}
		if ((rc = sketch_all(R, PH_FULLWORD, &bad)))
			FAIL(rc, "%s: shingles: %s", r->docs[bad].doc.id, sc_strerror(rc));
		if ((rc = sc_det_boiler_finish(R->bp, r->docs, n, neardup, R)))
			FAIL(rc, "boilerplate: %s", sc_strerror(rc));
		boiler_done(R);
		if ((rc = sketch_all(R, PH_AFTERBOIL, &bad)))
			FAIL(rc, "%s: shingles: %s", r->docs[bad].doc.id, sc_strerror(rc));
	} else if ((rc = sketch_all(R, PH_PLAIN, &bad))) {
		FAIL(rc, "%s: shingles: %s", r->docs[bad].doc.id, sc_strerror(rc));
	}
	boiler_done(R);
	for (size_t i = 0; i < n; i++)
		r->stats.boiler_spans += r->docs[i].nboiler;
	/* before texts go; streaming dated each document before it freed its text */
	for (size_t i = 0; i < n; i++)
		if (r->docs[i].doc.text || r->docs[i].date_source == SC_DATE_NONE)
			sc_det_doc_date(&r->docs[i]);
	return SC_OK;
}

/* The event tier's vectors, candidates and cosines (event.c). Probable copies (LSH candidates
 * whose word MinHash estimate reaches dup_threshold) of an earlier document are left out of
 * document frequencies. */
static int run_event_candidates(sc_det_run_t *R)
{
	sc_det_result_t *r = &R->d->res;
	sc_det_stats_t *st = &r->stats;
	const sc_det_opts_t *o = &R->d->o;
	const size_t n = r->ndocs;
	int rc;
	size_t bad = 0;
	sc_det_ev_stats_t evst = {0};
	if (R->d->sfull) {
		/* streaming: the stem lists from a pass over the input read again */
		rc = sc_det_stream_terms(R);
		free(R->copy);
		R->copy = NULL;
		if (rc) return rc;
	} else {
		sc_tokenizer_t **tks = malloc((size_t)R->nthreads * sizeof *tks);
		if (!tks) FAIL(SC_ENOMEM, "out of memory");
		for (int i = 0; i < R->nthreads; i++)
			tks[i] = R->wk[i].tk;
		rc = sc_det_ev_create(&R->ev, r->docs, n, tks, R->nthreads, R->copy, &bad);
		free(R->copy);
		R->copy = NULL;
		free(tks);
		if (rc)
			FAIL(rc, "%s: event vectors: %s", n ? r->docs[bad].doc.id : "",
			     sc_strerror(rc));
	}
	probe(R, "ev_vectors");
	sc_det_ev_set_window(R->ev, o->event_window_days);
	if ((rc = sc_det_ev_edges(R->ev, R->all_pairs, o->event_threshold, &R->eedges, &R->nee,
	                          &evst)))
		FAIL(rc, "event candidates: %s", sc_strerror(rc));
	st->event.lsh.candidates = evst.candidates;
	st->event.lsh.collisions = evst.emitted;
	st->event.lsh.keys = evst.keys;
	st->event.pairs_cut = evst.pairs_cut;
	st->event.pairs_dated_out = evst.time_cut;
	r->event_plan.all_pairs = R->all_pairs;
	return SC_OK;
}

/* The event tier's copy flags (run_event_candidates): the second document of each LSH
 * candidate whose word MinHash estimate reaches dup_threshold. Taken before verification
 * frees the word signatures, and before small corpora's candidates become every pair. */
static int copy_flags(sc_det_run_t *R)
{
	const size_t n = R->d->res.ndocs;
	int rc;
	if (n && !(R->copy = calloc(n, 1))) FAIL(SC_ENOMEM, "out of memory");
	if (R->deq) { /* cand_eq's counts: the same estimates, not computed a second time */
		for (size_t i = 0; i < R->ndc; i++)
			if ((R->k ? (double)R->deq[i] / R->k : 0.0) >= R->d->o.dup_threshold)
				R->copy[(uint32_t)R->dcand[i]] = 1;
		return SC_OK;
	}
	for (size_t i = 0; i < R->ndc; i++) {
		const uint32_t a = (uint32_t)(R->dcand[i] >> 32), b = (uint32_t)R->dcand[i];
		sc_pair_t p = {.a = a, .b = b};
		/* not sc_det_estimate: only the estimate is read here, and its interval (two GSL
		 * beta quantiles a pair) was most of this loop, over every duplicate candidate */
		estimate_tab(R, R->wsig, &p);
		if (p.estimate >= R->d->o.dup_threshold) R->copy[b] = 1;
	}
	return SC_OK;
}

/* In memory, once the duplicate candidates are final: each one's count of equal word-signature
 * positions (its estimate), then the word signatures go. They served the boilerplate pass,
 * LSH and the copy flags; verification needs only these counts (2 bytes a candidate, 24M
 * candidates at 1M generated documents, against 512 bytes a document for the signatures). */
static int job_cand_eq(void *ctx, int worker, size_t lo, size_t hi)
{
	sc_det_run_t *R = ctx;
	(void)worker;
	for (size_t c = lo; c < hi; c++) {
		const uint32_t a = (uint32_t)(R->dcand[c] >> 32), b = (uint32_t)R->dcand[c];
		R->deq[c] = (uint16_t)sig_eq(R, R->wsig + (size_t)a * R->k, R->wsig + (size_t)b * R->k);
	}
	return SC_OK;
}

/* (on the threads: 24M candidates of 256 positions at 1M generated documents took 10 s on one) */
static int cand_eq(sc_det_run_t *R)
{
	int rc;
	if (R->ndc && !(R->deq = malloc(R->ndc * sizeof *R->deq))) FAIL(SC_ENOMEM, "out of memory");
	if ((rc = sc_det_parallel(R->nthreads, R->ndc, VERIFY_GRAIN, job_cand_eq, R)))
		FAIL(rc, "candidates: %s", sc_strerror(rc));
	free(R->wsig);
	R->wsig = NULL;
	return SC_OK;
}

/* 4. candidates: LSH for the duplicate tier (ext: found elsewhere, with their Jaccard, by the
 * MPI path, which runs the duplicate tier only); the event tier's copy flags (its candidates
 * come after the duplicate tier is verified and clustered: run_event_tier). */
static int run_candidates(sc_det_run_t *R)
{
	sc_det_t *d = R->d;
	sc_det_result_t *r = &d->res;
	sc_det_stats_t *st = &r->stats;
	const size_t n = r->ndocs;
	int rc;
	if (d->ext) {
		R->dcand = d->ext->cand, R->ndc = d->ext->ncand, st->dup.lsh = d->ext->lsh;
		R->candj = d->ext->candj;
		d->ext->cand = NULL, d->ext->candj = NULL;
		r->dup_plan.all_pairs = r->event_plan.all_pairs = d->ext->all_pairs;
	} else if ((rc = sc_det_lsh_candidates(R->wsig, n, R->k, &r->dup_plan, SC_DET_BUCKET_CAP,
	                                       &R->dcand, &R->ndc, &st->dup.lsh)))
		FAIL(rc, "candidates: %s", sc_strerror(rc));
	R->all_pairs = !d->ext && n > 1 && (uint64_t)n * (n - 1) / 2 <= SC_DET_ALLPAIRS;
	/* the copy flags read the LSH candidates: from cand_eq's counts when it counts those
	 * (below: no ext, signatures in memory, LSH's candidates kept, counts in 16 bits), else
	 * here from the signatures */
	const int eq_here = (!d->stream || d->sfull) && !d->ext;
	const int flags_from_eq = eq_here && !R->all_pairs && R->k <= UINT16_MAX;
	if (d->o.event_tier && !flags_from_eq && (rc = copy_flags(R))) return rc;
	/* Small corpora: every pair is a duplicate candidate (exact, and cheap); the LSH
	 * candidates above are kept only to count what banding alone would have missed. */
	if (R->all_pairs) {
		size_t np = n * (n - 1) / 2;
		uint64_t *ad = malloc(np * sizeof *ad);
		if (!ad) FAIL(SC_ENOMEM, "out of memory");
		for (size_t i = 0, m = 0; i < n; i++)
			for (size_t j = i + 1; j < n; j++, m++)
				ad[m] = (uint64_t)i << 32 | j;
		R->lshd = R->dcand, R->nlshd = R->ndc;
		R->dcand = ad, R->ndc = np;
		r->dup_plan.all_pairs = 1;
	}
	if (eq_here && (rc = cand_eq(R))) return rc;
	if (d->o.event_tier && flags_from_eq && (rc = copy_flags(R))) return rc;
	return SC_OK;
}

/* Duplicate verification in blocks of DUP_BLOCK candidates in their order (by first
 * document): a block's documents get their word set when first needed (unless cached; built
 * on threads), and after a document's last candidate its set is freed unless it is in a
 * verified pair (duplicate clustering's link_dup reads those; no other pair is ever asked
 * about). At 300k generated documents every word set at once was +268 MiB over the 256 MiB
 * cache, held to the end; the cache itself is released the same way. The edges are those of
 * verify_par over all candidates, in the same order. */
#define DUP_BLOCK ((size_t)1 << 18)
size_t sc_det_env_size(const char *name, size_t dflt)
{
	const char *e = getenv(name);
	const long v = e ? strtol(e, NULL, 10) : 0;
	return v >= 1 ? (size_t)v : dflt;
}
/* DUP_BLOCK, or SC_DET_DUP_BLOCK=N from the environment: tests run blocks of one candidate,
 * where a set freed too early would show. */
static size_t dup_block(void)
{
	return sc_det_env_size("SC_DET_DUP_BLOCK", DUP_BLOCK);
}

static int job_wset(void *ctx, int worker, size_t lo, size_t hi)
{
	sc_det_run_t *R = ctx;
	sc_det_wk_t *w = &R->wk[worker];
	for (size_t k = lo; k < hi; k++) {
		const uint32_t i = R->todo[k];
		const long ns = sc_det_build_set_fit(w, &R->d->res.docs[i], &R->wo, 1, &R->wset[i]);
		if (ns < 0) return (int)ns;
	}
	return SC_OK;
}

static void wset_free(sc_det_run_t *R, uint32_t i)
{
	sc_u64v_free(&R->wset[i]);
	R->have[i] &= (unsigned char)~1u;
	R->ws[i] = (sc_det_set_t){NULL, 0};
}

/* opts.release_texts: document i's text goes (doc.len stays). */
static void text_free(sc_det_run_t *R, uint32_t i)
{
	sc_doc_t *x = &R->d->res.docs[i].doc;
	free(x->text);
	x->text = NULL;
}

/* opts.release_texts in memory (detect.h says what is kept when), once the duplicate tier is
 * verified and the event tier is clustered: the texts of documents in no event edge the content
 * pass scores (R->eedges then holds those only: run_event_content) go (they need no content
 * set, and are alone in the event tier: the comparator never reads them). With the comparator
 * and over_time every text stays (it reads lone documents too). need: n bytes of scratch. */
static void texts_plan(sc_det_run_t *R)
{
	const sc_det_opts_t *o = &R->d->o;
	const size_t n = R->d->res.ndocs;
	unsigned char *in = R->need;
	if (!o->release_texts || (o->compare && o->over_time) || !n) return;
	memset(in, 0, n);
	for (size_t e = 0; e < R->nee; e++)
		in[R->eedges[e].a] = in[R->eedges[e].b] = 1;
	for (size_t i = 0; i < n; i++)
		if (!in[i]) text_free(R, (uint32_t)i);
}

/* Texts released (opts.release_texts) and the comparator off: nothing reads a text after its
 * content set (event tier) or after the duplicate tier's verification. */
static int texts_go(const sc_det_run_t *R)
{
	const sc_det_opts_t *o = &R->d->o;
	return o->release_texts && !o->compare;
}

/* Builds the word sets of the nt documents in R->todo with job, over the threads. On a
 * failure, runs the jobs again one by one to name the first document that fails, since the
 * parallel run cannot say which did. */
static int sets_par(sc_det_run_t *R, size_t nt, sc_det_job_fn job)
{
	int rc = sc_det_parallel(R->nthreads, nt, 64, job, R);
	if (!rc) return SC_OK;
	size_t bad = 0;
	for (size_t k = 0; k < nt; k++)
		if (job(R, 0, k, k + 1)) {
			bad = R->todo[k];
			break;
		}
	if (R->err && R->errlen)
		snprintf(R->err, R->errlen, "%s: shingles: %s", R->d->res.docs[bad].doc.id,
		         sc_strerror(rc));
	return rc;
}

static int run_dup_verify(sc_det_run_t *R)
{
	sc_det_result_t *r = &R->d->res;
	const size_t n = r->ndocs;
	unsigned char *mark = R->need; /* bit 0: set built or cached; bit 1: in a verified pair */
	int rc = SC_OK;
	sc_pair_t *e = NULL;
	size_t ne = 0;
	uint32_t *left = n ? calloc(n, sizeof *left) : NULL;
	const size_t blk = dup_block();
	const size_t mtodo = blk < n / 2 ? 2 * blk : n;
	if (n && (!left || !(R->todo = malloc((mtodo ? mtodo : 1) * sizeof *R->todo)))) {
		free(left);
		FAIL(SC_ENOMEM, "out of memory");
	}
	if (n) memset(mark, 0, n); /* an empty corpus has no marks (mark is NULL) */
	for (size_t c = 0; c < R->ndc; c++)
		left[R->dcand[c] >> 32]++, left[(uint32_t)R->dcand[c]]++;
	for (size_t i = 0; i < n; i++) {
		if (left[i] && !(R->have[i] & 1)) r->stats.sets_built++;
		if (R->have[i] & 1) mark[i] = 1;
		if (!left[i] && R->wset[i].a) wset_free(R, (uint32_t)i); /* cached, never asked */
	}
	for (size_t c0 = 0; c0 < R->ndc && !rc; c0 += blk) {
		const size_t c1 = R->ndc - c0 < blk ? R->ndc : c0 + blk;
		size_t nt = 0;
		for (size_t c = c0; c < c1; c++) {
			const uint32_t ab[2] = {(uint32_t)(R->dcand[c] >> 32), (uint32_t)R->dcand[c]};
			for (int s = 0; s < 2; s++)
				if (!(mark[ab[s]] & 1)) {
					mark[ab[s]] |= 1;
					R->todo[nt++] = ab[s];
				}
		}
		if ((rc = sets_par(R, nt, job_wset))) break;
		for (size_t k = 0; k < nt; k++)
			R->ws[R->todo[k]] = (sc_det_set_t){R->wset[R->todo[k]].a, R->wset[R->todo[k]].n};
		sc_pair_t *be = NULL;
		size_t nbe = 0;
		R->veq = R->deq + c0;
		rc = verify_par(R, R->dcand + c0, c1 - c0, R->ws, NULL, R->d->o.dup_threshold, &be,
		                &nbe);
		R->veq = NULL;
		if (rc) {
			if (R->err && R->errlen)
				snprintf(R->err, R->errlen, "verification: %s", sc_strerror(rc));
			break;
		}
		if (nbe) {
			sc_pair_t *g = realloc(e, (ne + nbe) * sizeof *e);
			if (!g) {
				free(be);
				rc = SC_ENOMEM;
				if (R->err && R->errlen) snprintf(R->err, R->errlen, "out of memory");
				break;
			}
			e = g;
			memcpy(e + ne, be, nbe * sizeof *e);
			ne += nbe;
			for (size_t k = 0; k < nbe; k++)
				mark[be[k].a] |= 2, mark[be[k].b] |= 2;
		}
		free(be);
		for (size_t c = c0; c < c1; c++) {
			const uint32_t a = (uint32_t)(R->dcand[c] >> 32), b = (uint32_t)R->dcand[c];
			if (!--left[a] && !(mark[a] & 2)) wset_free(R, a);
			if (!--left[b] && !(mark[b] & 2)) wset_free(R, b);
		}
	}
	free(left);
	free(R->todo);
	R->todo = NULL;
	if (rc) {
		free(e);
		return rc;
	}
	R->dedges = e, R->nde = ne;
	return SC_OK;
}

/* Position in the event edges (sorted by ids) of the first not before duplicate edge e,
 * from j on: the walk of a merge. */
static size_t edge_seek(const sc_det_edge_t *ev, size_t nev, size_t j, const sc_pair_t *e,
                        int *found)
{
	const uint64_t key = (uint64_t)e->a << 32 | e->b;
	while (j < nev && ((uint64_t)ev[j].a << 32 | ev[j].b) < key)
		j++;
	*found = j < nev && ((uint64_t)ev[j].a << 32 | ev[j].b) == key;
	return j;
}

/* Event edges: the candidates whose cosine reached the threshold, plus every verified
 * duplicate pair (a copy is about its original's event) with its cosine. */
static int run_add_dup_edges(sc_det_run_t *R)
{
	int rc, found;
	size_t extra = 0;
	for (size_t i = 0, j = 0; i < R->nde; i++) {
		j = edge_seek(R->eedges, R->nee, j, &R->dedges[i], &found);
		extra += !found;
	}
	if (!extra) return SC_OK;
	sc_det_edge_t *e = realloc(R->eedges, (R->nee + extra) * sizeof *e);
	if (!e) FAIL(SC_ENOMEM, "out of memory");
	R->eedges = e;
	size_t m = R->nee;
	for (size_t i = 0, j = 0; i < R->nde; i++) {
		const sc_pair_t *p = &R->dedges[i];
		j = edge_seek(R->eedges, R->nee, j, p, &found);
		if (found) continue;
		R->eedges[m++] = (sc_det_edge_t){.a = p->a, .b = p->b, .jaccard = -1};
	}
	R->nee = m;
	qsort(R->eedges, R->nee, sizeof *R->eedges, cmp_edge_ids);
	return SC_OK;
}

/* The event edges' content-word Jaccard and MinHash estimate, in blocks of EV_EDGE_BLOCK
 * edges in time order (edge_order). A block's documents get their content set and signature
 * when first needed (built on threads), and lose them after their last edge: only the
 * documents with edges still to come hold theirs (at 300k generated documents all content
 * sets at once, with the word sets of the duplicate candidates, were +855 MiB, and the n x k
 * content signatures 150 MB). A document in no event edge never gets either. */
#define EV_EDGE_BLOCK ((size_t)1 << 17)

static int job_content(void *ctx, int worker, size_t lo, size_t hi)
{
	sc_det_run_t *R = ctx;
	sc_det_wk_t *w = &R->wk[worker];
	for (size_t k = lo; k < hi; k++) {
		const uint32_t i = R->todo[k];
		const long ns = sc_det_build_set_fit(w, &R->d->res.docs[i], &R->co, 1, &R->cset[i]);
		if (ns < 0) return (int)ns;
		if (!R->csig[i] && !(R->csig[i] = malloc((size_t)R->k * sizeof *R->csig[i])))
			return SC_ENOMEM;
		sc_sh_minhash_sketch(R->mh, R->cset[i].a, R->cset[i].n, R->csig[i]);
	}
	return SC_OK;
}

static int job_event_pairs(void *ctx, int worker, size_t lo, size_t hi)
{
	sc_det_run_t *R = ctx;
	const sc_u64v_t *cs = R->cset;
	(void)worker;
	for (size_t i = R->base + lo; i < R->base + hi; i++) {
		sc_det_edge_t *p = &R->eedges[R->eord[i]];
		p->jaccard = sc_det_jaccard(cs[p->a].a, cs[p->a].n, cs[p->b].a, cs[p->b].n);
		sc_det_edge_eq_set(R, R->eord[i], sig_eq(R, R->csig[p->a], R->csig[p->b]));
	}
	return SC_OK;
}

static void content_free(sc_det_run_t *R, uint32_t i)
{
	sc_u64v_free(&R->cset[i]);
	free(R->csig[i]);
	R->csig[i] = NULL;
}

/* The order in which the event edges are verified (R->eord): by the earlier of their two
 * documents in time (year, then day, a year without a day first in its year; a document
 * without a year after all others; ties by index), a counting sort, so stable. Ids say
 * nothing of time (generated ids are in random order of date), and an edge joins two
 * documents of one year within the window unless one is undated: in this order a content set
 * lives about as long as the window, not the whole corpus (at 300k generated documents the
 * content sets and signatures of nearly every document were alive at once, +300 MiB). Each
 * edge's Jaccard and estimate are its own: the order changes no result. */
static int edge_order(sc_det_run_t *R)
{
	const sc_det_result_t *r = &R->d->res;
	const size_t n = r->ndocs;
	uint64_t *key = malloc(n * sizeof *key), *tmp = malloc(n * sizeof *tmp);
	uint32_t *cnt = NULL;
	int rc = SC_ENOMEM;
	if (!key || !tmp || !(R->eord = malloc(R->nee * sizeof *R->eord))) goto done;
	for (size_t i = 0; i < n; i++) {
		const sc_det_doc_t *x = &r->docs[i];
		const int known = x->year >= SC_DET_YEAR_MIN && x->year <= SC_DET_YEAR_MAX;
		const int64_t d = !known                  ? 0
		                  : x->day != SC_DET_NODAY ? x->day
		                                           : sc_det_civil_day(x->year, 1, 1) - 1;
		const uint32_t t = known ? (uint32_t)(d + ((int64_t)1 << 30)) : UINT32_MAX;
		key[i] = (uint64_t)t << 32 | i;
	}
	sc_u64_sort_unique(key, tmp, n);
	uint32_t *rank = (uint32_t *)tmp; /* rank of each document in that order */
	for (size_t k = 0; k < n; k++)
		rank[(uint32_t)key[k]] = (uint32_t)k;
	if (!(cnt = calloc(n + 1, sizeof *cnt))) goto done;
	for (size_t e = 0; e < R->nee; e++) {
		const uint32_t ra = rank[R->eedges[e].a], rb = rank[R->eedges[e].b];
		cnt[(ra < rb ? ra : rb) + 1]++;
	}
	for (size_t k = 0; k < n; k++)
		cnt[k + 1] += cnt[k];
	for (size_t e = 0; e < R->nee; e++) {
		const uint32_t ra = rank[R->eedges[e].a], rb = rank[R->eedges[e].b];
		R->eord[cnt[ra < rb ? ra : rb]++] = (uint32_t)e;
	}
	rc = SC_OK;
done:
	SC_FREE_ALL(key, tmp, cnt);
	return rc;
}

static int run_event_pairs(sc_det_run_t *R)
{
	sc_det_result_t *r = &R->d->res;
	const size_t n = r->ndocs;
	int rc = SC_OK;
	if (!R->nee) return SC_OK;
	/* each document's edges still to come */
	uint32_t *left = calloc(n, sizeof *left);
	const size_t mtodo = 2 * EV_EDGE_BLOCK < n ? 2 * EV_EDGE_BLOCK : n;
	if (!left || !(R->todo = malloc(mtodo * sizeof *R->todo)) || edge_order(R)) {
		free(left);
		FAIL(SC_ENOMEM, "out of memory");
	}
	for (size_t e = 0; e < R->nee; e++)
		left[R->eedges[e].a]++, left[R->eedges[e].b]++;
	memset(R->need, 0, n);
	for (size_t e0 = 0; e0 < R->nee && !rc; e0 += EV_EDGE_BLOCK) {
		const size_t e1 = R->nee - e0 < EV_EDGE_BLOCK ? R->nee : e0 + EV_EDGE_BLOCK;
		size_t nt = 0;
		for (size_t e = e0; e < e1; e++) {
			const sc_det_edge_t *x = &R->eedges[R->eord[e]];
			const uint32_t ab[2] = {x->a, x->b};
			for (int s = 0; s < 2; s++)
				if (!R->csig[ab[s]] && !R->need[ab[s]]) {
					R->need[ab[s]] = 1; /* listed once: need[] is free scratch here */
					R->todo[nt++] = ab[s];
				}
		}
		for (size_t k = 0; k < nt; k++)
			R->need[R->todo[k]] = 0;
		/* not counted in sets_built: built here once, never cached (sketching no longer
		 * builds them) */
		if ((rc = sets_par(R, nt, job_content))) break;
		for (size_t k = 0; texts_go(R) && k < nt; k++)
			text_free(R, R->todo[k]);
		R->base = e0;
		if ((rc = sc_det_parallel(R->nthreads, e1 - e0, VERIFY_GRAIN, job_event_pairs, R))) {
			if (R->err && R->errlen)
				snprintf(R->err, R->errlen, "verification: %s", sc_strerror(rc));
			break;
		}
		for (size_t e = e0; e < e1; e++) {
			const sc_det_edge_t *x = &R->eedges[R->eord[e]];
			if (!--left[x->a]) content_free(R, x->a);
			if (!--left[x->b]) content_free(R, x->b);
		}
	}
	free(left);
	free(R->eord);
	R->eord = NULL;
	free(R->todo);
	R->todo = NULL;
	return rc;
}

/* Verification of the documents in memory: the duplicate edges (exact Jaccard of the
 * candidates), then the event edges' content Jaccard and estimate. */
static int run_verify_sets(sc_det_run_t *R)
{
	sc_det_result_t *r = &R->d->res;
	sc_det_stats_t *st = &r->stats;
	const size_t n = r->ndocs;
	int rc;
	if (n) {
		if (!(R->ws = malloc(n * sizeof *R->ws))) FAIL(SC_ENOMEM, "out of memory");
		for (size_t i = 0; i < n; i++)
			R->ws[i] = (sc_det_set_t){R->wset[i].a, R->wset[i].n};
	}
	if ((rc = run_dup_verify(R))) return rc;
	free(R->deq); /* the word signatures went before (cand_eq) */
	R->deq = NULL;
	for (size_t i = 0; i < R->nde; i++)
		R->dedges[i].cosine = -1;
	st->dup.verified = R->nde;
	if (r->dup_plan.all_pairs)
		st->dup.lsh_missed = count_missed(R->dedges, R->nde, R->lshd, R->nlshd);
	free(R->lshd);
	R->lshd = NULL;
	return SC_OK;
}

/* The duplicate tier's components (cluster.c), right after its verification: its clusters
 * and links are listed later, in their place after the event tier's (run_cluster), but
 * link_dup's word sets are not needed any more once they are found, so in memory they go
 * here, before the event tier builds its vectors and edges. */
static int run_dup_components(sc_det_run_t *R)
{
	sc_det_result_t *r = &R->d->res;
	sc_det_tier_stats_t *ts = &r->stats.dup;
	const size_t n = r->ndocs;
	int rc;
	if (!R->d->o.dup_tier) return SC_OK;
	if ((n && !(R->dlabel = malloc(n * sizeof *R->dlabel))) ||
	    !(R->drefused = malloc(R->nde ? R->nde : 1)))
		FAIL(SC_ENOMEM, "out of memory");
	sc_det_clopts_t co = {.strict = 0,
	                      .min_mean = R->d->o.dup_threshold,
	                      .link = link_dup,
	                      .ctx = R,
	                      .refused = R->drefused};
	sc_det_clstats_t cst;
	if ((rc = sc_det_components(n, R->dedges, R->nde, &co, R->dlabel, &cst)))
		FAIL(rc, "clustering: %s", sc_strerror(rc));
	ts->merges = cst.merges;
	ts->refused_density = cst.refused_density;
	ts->refused_window = cst.refused_window;
	ts->link_checks = cst.link_checks;
	return SC_OK;
}

/* The event links the result lists, chosen once the tier is clustered and before its content
 * pass, so that the pass scores only the pairs the result lists (detect.h "Links"). With more
 * links than max_links, the max_links of highest cosine (ties: the lower edge index) are marked
 * in R->elisted; else it stays NULL (every link is listed). Their cosines are computed again, a
 * block of links at a time on the threads (the same doubles as the candidates'). At 1M
 * generated documents 11.3M of 15.8M event edges are links and 10,000 are listed: scoring the
 * content Jaccard of all of them, to rank them, was most of the content pass. */
#define LINK_BLOCK ((size_t)1 << 20)
static int event_links_choose(sc_det_run_t *R)
{
	const sc_det_opts_t *o = &R->d->o;
	const size_t max = o->max_links;
	uint64_t total = 0;
	for (size_t e = 0; e < R->nee; e++)
		total += R->label[R->eedges[e].a] != R->label[R->eedges[e].b];
	if (total <= max) return SC_OK;
	const size_t blk = total < LINK_BLOCK ? (size_t)total : LINK_BLOCK;
	link_key_t *h = malloc((max ? max : 1) * sizeof *h);
	size_t *idx = malloc(blk * sizeof *idx), nh = 0;
	double *cs = malloc(blk * sizeof *cs);
	int rc = SC_ENOMEM;
	if (!h || !idx || !cs || !(R->elisted = calloc(R->nee, 1))) goto done;
	for (size_t e = 0; e < R->nee;) {
		size_t m = 0;
		for (; e < R->nee && m < blk; e++)
			if (R->label[R->eedges[e].a] != R->label[R->eedges[e].b]) idx[m++] = e;
		if ((rc = sc_det_ev_cosines(R->ev, R->eedges, idx, m, cs))) goto done;
		for (size_t k = 0; k < m; k++)
			key_offer(h, &nh, max, (link_key_t){cs[k], idx[k]});
	}
	for (size_t k = 0; k < nh; k++)
		R->elisted[h[k].e] = 1;
	rc = SC_OK;
done:
	SC_FREE_ALL(h, idx, cs);
	return rc;
}

/* The content pass (content Jaccard and estimate) over the event edges the result lists: all of
 * them (every link listed, or all_event_pairs), or those inside clusters and the chosen links
 * (R->elisted). Those are copied out (the passes read R->eedges and write eeq by edge index)
 * and their figures copied back; the others keep Jaccard -1 and estimate 0, and nothing reads
 * them. opts.release_texts lets texts go on the way (texts_plan, run_event_pairs). */
static int run_event_content(sc_det_run_t *R)
{
	sc_det_edge_t *all = R->eedges, *sub = NULL;
	const size_t nall = R->nee;
	size_t *map = NULL, m = 0;
	int rc = SC_OK;
	if (R->elisted && !R->d->o.all_event_pairs) {
		for (size_t e = 0; e < nall; e++)
			m += R->elisted[e] || R->label[all[e].a] == R->label[all[e].b];
		if (!(sub = malloc((m ? m : 1) * sizeof *sub)) ||
		    !(map = malloc((m ? m : 1) * sizeof *map))) {
			SC_FREE_ALL(sub, map);
			FAIL(SC_ENOMEM, "out of memory");
		}
		m = 0;
		for (size_t e = 0; e < nall; e++)
			if (R->elisted[e] || R->label[all[e].a] == R->label[all[e].b])
				map[m] = e, sub[m++] = all[e];
		R->eedges = sub;
		R->nee = m;
	}
	/* each edge's equal signature positions, beside the edges (sc_det_run_t.eeq) */
	if (R->nee && (R->k > UINT16_MAX ? !(R->eeq32 = calloc(R->nee, sizeof *R->eeq32))
	                                 : !(R->eeq = calloc(R->nee, sizeof *R->eeq)))) {
		rc = SC_ENOMEM;
		if (R->err && R->errlen) snprintf(R->err, R->errlen, "out of memory");
	}
	if (!rc) {
		texts_plan(R);
		rc = R->d->sfull ? sc_det_stream_content(R) : run_event_pairs(R);
	}
	if (sub) {
		uint16_t *eq = NULL;
		uint32_t *eq32 = NULL;
		if (!rc && (R->k > UINT16_MAX ? !(eq32 = calloc(nall, sizeof *eq32))
		                              : !(eq = calloc(nall, sizeof *eq)))) {
			rc = SC_ENOMEM;
			if (R->err && R->errlen) snprintf(R->err, R->errlen, "out of memory");
		}
		for (size_t k = 0; !rc && k < m; k++) {
			all[map[k]].jaccard = sub[k].jaccard;
			if (eq32)
				eq32[map[k]] = R->eeq32[k];
			else
				eq[map[k]] = R->eeq[k];
		}
		SC_FREE_ALL(sub, map, R->eeq, R->eeq32);
		R->eeq = eq, R->eeq32 = eq32;
		R->eedges = all;
		R->nee = nall;
	}
	return rc;
}

/* The event tier up to its verified edges (in memory): vectors, candidates and cosines, the
 * verified duplicate pairs added, its clusters (label, refused, evst) and the links it lists,
 * then the content Jaccard and estimate of the pairs the result lists. */
static int run_event_tier(sc_det_run_t *R, double *t0)
{
	sc_det_result_t *r = &R->d->res;
	sc_det_stats_t *st = &r->stats;
	const sc_det_opts_t *o = &R->d->o;
	const size_t n = r->ndocs;
	int rc;
	if ((rc = run_event_candidates(R))) return rc;
	st->sec_candidates += lap(R, "ev_candidates", t0);
	if (R->nde && (rc = run_add_dup_edges(R))) return rc;
	if ((n && !(R->label = malloc(n * sizeof *R->label))) ||
	    (R->nee && !(R->refused = malloc(R->nee)))) /* per edge: refused at its turn (links) */
		FAIL(SC_ENOMEM, "out of memory");
	if ((rc = sc_det_ev_cluster(R->ev, R->eedges, R->nee, R->dedges, R->nde, o->event_threshold,
	                            o->event_window_days, R->label, R->refused, &R->evst)) ||
	    (rc = event_links_choose(R)))
		FAIL(rc, "clustering: %s", sc_strerror(rc));
	st->sec_cluster += lap(R, "ev_cluster", t0);
	if ((rc = run_event_content(R))) return rc;
	st->event.verified = R->nee;
	sc_det_trim(); /* the content sets, and the texts released */
	st->sec_verify += lap(R, "ev_verify", t0);
	return SC_OK;
}

/* The verified duplicate edges: from the candidates' Jaccard found elsewhere (ext), from the
 * streaming verifier, or from the sets in memory. */
static int run_dup_pairs(sc_det_run_t *R)
{
	sc_det_t *d = R->d;
	sc_det_stats_t *st = &d->res.stats;
	const double t = d->o.dup_threshold;
	int rc;
	if (d->ext) {
		R->scand = R->dcand, R->nscand = R->ndc;
		if ((rc = sc_det_edges_from_candj(R, R->dcand, R->ndc, t, &R->dedges, &R->nde)))
			FAIL(rc, "out of memory");
		st->dup.verified = R->nde;
		return SC_OK;
	}
	if (!d->stream) return run_verify_sets(R);
	if (d->sfull) {
		if ((rc = sc_det_stream_dup(R))) return rc;
		free(R->deq); /* the word signatures went before (cand_eq) */
		R->deq = NULL;
		st->dup.verified = R->nde;
		if (d->res.dup_plan.all_pairs)
			st->dup.lsh_missed = count_missed(R->dedges, R->nde, R->lshd, R->nlshd);
		free(R->lshd);
		R->lshd = NULL;
		return SC_OK;
	}
	/* sc_det_stream_verify writes its own message */
	if ((rc = sc_det_stream_verify(R, R->dcand, R->ndc, t, &R->dedges, &R->nde, R->err,
	                               R->errlen)))
		return rc;
	st->dup.verified = R->nde;
	for (size_t i = 0; i < R->nde; i++)
		R->dedges[i].cosine = -1;
	if (d->res.dup_plan.all_pairs)
		st->dup.lsh_missed = count_missed(R->dedges, R->nde, R->lshd, R->nlshd);
	return SC_OK;
}

/* 4'. The duplicate tier verified and its components found; in memory its word sets go (and,
 * without the event tier, the texts opts.release_texts lets go). */
static int run_verify(sc_det_run_t *R)
{
	const sc_det_t *d = R->d;
	int rc;
	if ((rc = run_dup_pairs(R)) || (rc = run_dup_components(R))) return rc;
	if ((!d->stream || d->sfull) && !d->ext && R->wset) {
		/* the sets and their array (24 bytes a document): nothing reads them after the
		 * duplicate tier's components */
		for (size_t i = 0; i < d->res.ndocs; i++)
			sc_u64v_free(&R->wset[i]);
		free(R->wset);
		R->wset = NULL;
		free(R->ws);
		R->ws = NULL;
		/* nothing reads the duplicate candidates after their verification in memory
		 * (streaming's link_dup and ext's edges do): 181 MiB at 1M, held to the end before */
		free(R->dcand);
		R->dcand = NULL;
		R->ndc = 0;
	}
	if (!d->o.event_tier) texts_plan(R);
	sc_det_trim();
	return SC_OK;
}

/* The event pairs the result lists (detect.h, sc_det_result_t.event_pairs), made whole
 * (edge_pair) once the tier is clustered: every edge when all is set, else the pairs inside
 * clusters and the listed links (r->links[l0..], appended in edge order). At 1M generated
 * documents 25.1M edges (1.2 GB) were held to the report for ~1M pairs in clusters and
 * 10,000 listed links. The compact edges go. */
static int event_pairs_out(sc_det_run_t *R, size_t l0, int all)
{
	const sc_det_result_t *r = &R->d->res;
	size_t m = 0, *idx = NULL, ni = 0;
	double *cs = NULL;
	int rc = SC_OK;
	for (int pass = 0; !rc && pass < 2; pass++) {
		size_t l = l0;
		m = 0;
		for (size_t e = 0; !rc && e < R->nee; e++) {
			const sc_det_edge_t *p = &R->eedges[e];
			int keep = all || R->label[p->a] == R->label[p->b];
			if (!keep && l < r->nlinks && r->links[l].pair.a == p->a &&
			    r->links[l].pair.b == p->b)
				keep = 1, l++;
			m += keep;
			/* the second pass: the pairs made whole by blocks of kept edges, their
			 * cosines on threads (sc_det_ev_cosines, the double edge_pair reads), not
			 * one by one on this one (~2.5 s at 1M generated documents) */
			if (keep && pass) idx[ni++] = e;
			if (pass && ni && (ni == LINK_BLOCK || e + 1 == R->nee)) {
				if ((rc = sc_det_ev_cosines(R->ev, R->eedges, idx, ni, cs))) break;
				for (size_t k = 0; k < ni; k++) {
					sc_pair_t *x = &R->epairs[m - ni + k];
					*x = edge_pair_nocos(R, idx[k]);
					x->cosine = cs[k];
				}
				ni = 0;
			}
		}
		if (!pass && m &&
		    (!(R->epairs = malloc(m * sizeof *R->epairs)) ||
		     !(idx = malloc((m < LINK_BLOCK ? m : LINK_BLOCK) * sizeof *idx)) ||
		     !(cs = malloc((m < LINK_BLOCK ? m : LINK_BLOCK) * sizeof *cs))))
			rc = SC_ENOMEM;
	}
	SC_FREE_ALL(idx, cs);
	if (rc) return rc;
	R->nep = m;
	SC_FREE_ALL(R->eedges, R->eeq, R->eeq32);
	R->eedges = NULL;
	R->eeq = NULL;
	R->eeq32 = NULL;
	R->nee = 0;
	return SC_OK;
}

/* The event tier's clusters and links, its statistics and the budget warning. */
static int run_event_clusters(sc_det_run_t *R)
{
	sc_det_result_t *r = &R->d->res;
	sc_det_stats_t *st = &r->stats;
	const sc_det_opts_t *o = &R->d->o;
	const size_t n = r->ndocs;
	int rc;
	const sc_det_ev_stats_t cst = R->evst;
	const size_t l0 = r->nlinks;
	const eview_t v = {.c = R->eedges, .R = R};
	if ((rc = add_links(r, &R->mlk, SC_CLUSTER_EVENT, R->label, &v, R->nee, R->refused,
	                    R->elisted, o->max_links, &st->event)))
		FAIL(rc, "clustering: %s", sc_strerror(rc));
	free(R->elisted);
	R->elisted = NULL;
	if ((rc = event_pairs_out(R, l0, !st->event.links_unlisted || o->all_event_pairs)))
		FAIL(rc, "out of memory");
	/* The listed pairs hold every edge inside a cluster, in edge order: the clusters' pairs
	 * are copied from them, once the compact edges and the vectors have gone (each pair's
	 * cosine computed once, not once for the cluster and again for event_pairs; at 1M
	 * generated documents the vectors, 560 MiB, and the edges, 362, were held beside both
	 * copies) */
	st->event.exact = sc_det_ev_spent(R->ev);
	sc_det_ev_free(R->ev);
	R->ev = NULL;
	const eview_t pv = {.p = R->epairs};
	if ((rc = add_clusters(r, &R->mcl, SC_CLUSTER_EVENT, R->label, n, &pv, R->nep)))
		FAIL(rc, "clustering: %s", sc_strerror(rc));
	st->event.merges = cst.merges;
	st->event.refused_year = cst.refused_year;
	st->event.refused_window = cst.refused_window;
	st->event.refused_cohesion = cst.refused_cohesion;
	st->event.refused_weekday = cst.refused_weekday;
	st->event.link_checks = cst.means;
	st->event.means_cut = cst.budget_cut;
	st->event.means_vetoed = cst.means_vetoed;
	st->event.budget = SC_DET_EVENT_BUDGET(n);
	if (st->event.pairs_cut || st->event.means_cut)
		snprintf(r->warning, sizeof r->warning,
		         "event tier: budget of %llu exact comparisons for %zu documents reached: "
		         "%llu candidate pairs of common stems and %llu cluster means not "
		         "compared; clusters are what the budget allowed",
		         (unsigned long long)st->event.budget, n,
		         (unsigned long long)st->event.pairs_cut,
		         (unsigned long long)st->event.means_cut);
	return SC_OK;
}

/* 5. clusters of both tiers; 6. their order. */
static int run_cluster(sc_det_run_t *R)
{
	sc_det_result_t *r = &R->d->res;
	const sc_det_opts_t *o = &R->d->o;
	const size_t n = r->ndocs;
	int rc;
	if (o->event_tier && (rc = run_event_clusters(R))) return rc;
	probe(R, "ev_links");
	sc_det_ev_free(R->ev);
	R->ev = NULL;
	/* the duplicate tier's components were found after its verification */
	const eview_t dv = {.p = R->dedges};
	if (o->dup_tier &&
	    ((rc = add_clusters(r, &R->mcl, SC_CLUSTER_DUPLICATE, R->dlabel, n, &dv, R->nde)) ||
	     (rc = add_links(r, &R->mlk, SC_CLUSTER_DUPLICATE, R->dlabel, &dv, R->nde, R->drefused,
	                     NULL, o->max_links, &r->stats.dup))))
		FAIL(rc, "clustering: %s", sc_strerror(rc));
	if (r->nclusters > 1) qsort(r->clusters, r->nclusters, sizeof *r->clusters, cmp_cluster);
	sc_det_trim();
	return SC_OK;
}

/* 7. the comparator on the event clusters (and across them with --over-time). */
static int run_compare(sc_det_run_t *R)
{
	sc_det_result_t *r = &R->d->res;
	const sc_det_opts_t *o = &R->d->o;
	int rc;
	if ((rc = sc_cmp_create(&R->cmp, o->lexicon_dir, R->err, R->errlen))) {
		char msg[512];
		snprintf(msg, sizeof msg, "%s",
		         R->err && R->errlen && R->err[0] ? R->err : sc_strerror(rc));
		FAIL(rc, "comparator: %s", msg);
	}
	sc_cmp_set_judge(R->cmp, o->judge);
	sc_cmp_set_negation_conflicts(R->cmp, o->negation_conflicts);
	sc_cmp_set_event_days(R->cmp, o->event_days);
	size_t nconf = 0;
	if ((rc = compare_clusters(R->cmp, r, o, R->nthreads, &nconf)))
		FAIL(rc, "comparator: %s", sc_strerror(rc));
	if (o->over_time && (rc = compare_over_time(R->cmp, r, o, R->need, &nconf)))
		FAIL(rc, "comparator: over time: %s", sc_strerror(rc));
	if (r->nconflicts > 1)
		qsort(r->conflicts, r->nconflicts, sizeof *r->conflicts, cmp_conflict);
	if ((rc = route_findings(r, o))) FAIL(rc, "comparator: %s", sc_strerror(rc));
	return SC_OK;
}

/* Texts of documents in an event cluster stay (the report quotes conflicts); the others are
 * not needed any more. */
static void release_texts(sc_det_run_t *R)
{
	sc_det_result_t *r = &R->d->res;
	const size_t n = r->ndocs;
	unsigned char *need = R->need;
	if (!n) return; /* an empty corpus: nothing to free (need may be NULL) */
	memset(need, 0, n);
	for (size_t i = 0; i < r->nclusters; i++)
		if (r->clusters[i].kind == SC_CLUSTER_EVENT)
			for (size_t j = 0; j < r->clusters[i].nmembers; j++)
				need[r->clusters[i].members[j]] = 1;
	for (size_t i = 0; i < n; i++)
		if (!need[i]) text_free(R, (uint32_t)i);
	sc_det_trim();
}

/* Streaming with the comparator: the texts it reads come back from a pass over the input:
 * those of event clusters' documents (every one with over_time, which reads lone documents
 * too), as the in-memory run keeps them. */
static int stream_texts(sc_det_run_t *R)
{
	const sc_det_result_t *r = &R->d->res;
	const size_t n = r->ndocs;
	if (!n) return SC_OK;
	memset(R->need, 0, n);
	for (size_t i = 0; i < r->nclusters; i++)
		if (r->clusters[i].kind == SC_CLUSTER_EVENT)
			for (size_t j = 0; j < r->clusters[i].nmembers; j++)
				R->need[r->clusters[i].members[j]] = 1;
	if (R->d->o.over_time) memset(R->need, 1, n);
	return sc_det_stream_texts(R, R->need);
}

/* Releases what the run holds. On success the edges move to the result; on failure they go,
 * with the clusters. */
static void run_release(sc_det_run_t *R, int rc)
{
	sc_det_result_t *r = &R->d->res;
	const size_t n = r->ndocs;
	if (rc) free_clusters(r);
	sc_cmp_free(R->cmp);
	sc_det_boiler_free(R->bp);
	if (R->wset)
		for (size_t i = 0; i < n; i++)
			sc_u64v_free(&R->wset[i]);
	if (R->cset)
		for (size_t i = 0; i < n; i++)
			sc_u64v_free(&R->cset[i]);
	if (R->csig)
		for (size_t i = 0; i < n; i++)
			free(R->csig[i]);
	free(R->todo);
	free(R->wset);
	free(R->cset);
	free(R->have);
	if (R->wk)
		for (int i = 0; i < R->nthreads; i++) {
			sc_sh_tokenizer_free(R->wk[i].tk);
			free(R->wk[i].skip);
			sc_u64v_free(&R->wk[i].tmp);
		}
	free(R->wk);
	free(R->candj);
	sc_det_ev_free(R->ev);
	free(R->wsig);
	free(R->csig);
	free(R->cilo);
	free(R->cihi);
	sc_sh_minhash_free(R->mh);
	free(R->dcand);
	free(R->lshd);
	free(R->ws);
	free(R->cs);
	SC_FREE_ALL(R->eedges, R->eeq, R->eeq32);
	if (rc) {
		free(R->dedges);
		free(R->epairs);
	} else {
		r->dup_pairs = R->dedges, r->ndup_pairs = R->nde;
		r->event_pairs = R->epairs, r->nevent_pairs = R->nep;
	}
	free(R->label);
	free(R->refused);
	free(R->elisted);
	free(R->need);
	free(R->copy);
	free(R->deq);
	free(R->eord);
	free(R->want);
	free(R->got);
	free(R->vmark);
	free(R->foff);
	free(R->soff);
	free(R->adj);
	free(R->rem);
	free(R->batch);
	free(R->sver);
	free(R->cdone);
	sc_det_stream_terms_free(R);
	free(R->dlabel);
	free(R->drefused);
}

/* SC_DET_PROFILE=1 in the environment: after each step of sc_det_run, one line on stderr
 * with the wall seconds since the run started, the process's CPU seconds, its resident and
 * peak memory, and what the run's largest structures hold (MiB): texts, boilerplate spans,
 * word signatures, cached and built sets, content signatures, the event tier (event.c),
 * candidates and edges. A diagnostic for benchmarks (doc/bench-events.md, Session 6); it
 * changes no result. */
static void probe(const struct sc_det_run_s *R, const char *step)
{
	const char *e = getenv("SC_DET_PROFILE");
	if (!e || !*e || *e == '0') return;
	const sc_det_result_t *r = &R->d->res;
	const size_t n = r->ndocs;
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	long pages = 0, rss = 0;
	FILE *f = fopen("/proc/self/statm", "r");
	if (f) {
		if (fscanf(f, "%ld %ld", &pages, &rss) != 2) rss = 0;
		fclose(f);
	}
	size_t text = 0, boil = 0, wset = 0, cset = 0, csig = 0;
	for (size_t i = 0; i < n; i++) {
		const sc_det_doc_t *x = &r->docs[i];
		text += x->doc.text ? x->doc.len + 1 : 0;
		boil += x->nboiler * sizeof *x->boiler;
		if (R->wset) wset += R->wset[i].m * sizeof *R->wset[i].a;
		if (R->cset) cset += R->cset[i].m * sizeof *R->cset[i].a;
		if (R->csig && R->csig[i]) csig += (size_t)R->k * sizeof **R->csig;
	}
	const double M = 1024.0 * 1024.0;
	fprintf(stderr,
	        "storycheck: detect: profile %-10s wall %6.1f s cpu %7.1f s rss %6.0f peak %6.0f | "
	        "docs %5.0f "
	        "text %5.0f boiler %4.0f wsig %5.0f wsets %5.0f csets %5.0f csigs %4.0f event "
	        "%5.0f dcand %5.0f eedges %5.0f "
	        "dedges %4.0f (MiB)\n",
	        step, now() - R->t_run,
	        (double)ru.ru_utime.tv_sec + 1e-6 * ru.ru_utime.tv_usec + ru.ru_stime.tv_sec +
	            1e-6 * ru.ru_stime.tv_usec,
	        (double)rss * (double)sysconf(_SC_PAGESIZE) / M, (double)ru.ru_maxrss / 1024,
	        (double)n * sizeof *r->docs / M, text / M, boil / M,
	        R->wsig ? (double)n * R->k * sizeof *R->wsig / M : 0.0, wset / M, cset / M,
	        csig / M, sc_det_ev_bytes(R->ev) / M, R->ndc * 8.0 / M,
	        (R->nee * (double)sizeof *R->eedges + R->nep * (double)sizeof *R->epairs) / M,
	        R->nde * (double)sizeof *R->dedges / M);
}

/* The end of a step of sc_det_run: the probe's line, and the step's seconds since *t0,
 * which becomes the start of the next step. */
static double lap(const sc_det_run_t *R, const char *step, double *t0)
{
	probe(R, step);
	const double t1 = now(), dt = t1 - *t0;
	*t0 = t1;
	return dt;
}

/* The steps in order, each timed into the statistics. */
int sc_det_run(sc_det_t *d, char *err, size_t errlen)
{
	sc_det_result_t *r = &d->res;
	sc_det_stats_t *st = &r->stats;
	sc_det_run_t R = {.d = d, .k = d->o.mh.k, .err = err, .errlen = errlen};
	int rc = SC_OK;
	double t0 = now();

	R.t_run = t0;
	if (err && errlen) err[0] = '\0';
	if (d->ran) {
		/* refused before the run holds anything: the first run's result stays (run_release
		 * would drop its clusters, as it does a failed run's) */
		if (err && errlen) snprintf(err, errlen, "sc_det_run called twice");
		return SC_EPARAM;
	}
	d->ran = 1;
	if ((rc = run_start(&R)) || (rc = run_prepare(&R))) goto done;
	st->sec_prepare = lap(&R, "prepare", &t0);
	if ((rc = run_candidates(&R))) goto done;
	st->sec_candidates = lap(&R, "candidates", &t0);
	if ((rc = run_verify(&R))) goto done;
	st->sec_verify = lap(&R, "verify", &t0);
	if (d->o.event_tier && (rc = run_event_tier(&R, &t0))) goto done;
	if ((rc = run_cluster(&R))) goto done;
	if (d->sfull && d->o.compare && (rc = stream_texts(&R))) goto done;
	/* the comparator reads the texts of event clusters only (lone documents too with
	 * --over-time: then after it) */
	if (d->o.release_texts && !d->o.over_time) release_texts(&R);
	st->sec_cluster += lap(&R, "cluster", &t0);
	if (d->o.compare && (rc = run_compare(&R))) goto done;
	r->leads_listed = d->o.compare && d->o.leads;
	st->sec_compare = now() - t0;
	if (d->o.release_texts && d->o.over_time) release_texts(&R);
done:
	run_release(&R, rc);
	return rc;
}
