/* det_stream.c: streaming (detect.h, opts.reread): the detector's run when the texts do not all
 * fit in memory. Documents are sketched as they are added and their texts freed; sc_det_run
 * finds the candidates from the signatures alone, then reads the input again (the caller's
 * reread, calling sc_det_supply) whenever a step needs texts, each time for the documents that
 * step needs. Two modes (sc_det_create): the duplicate tier alone without boilerplate, one more
 * pass (sc_det_stream_verify, below); with the boilerplate pass or the event tier (d->sfull),
 * the in-memory run's steps pass by pass, to the same result ("full streaming", at the end).
 *
 * A file of its own because it is a second life cycle beside the in-memory run of
 * detector.c, with its own state (the background batch, the second pass's adjacency): keeping
 * it apart leaves sc_det_run a short sequence of steps. detector.c calls it from
 * sc_det_create (sc_det_stream_init), sc_det_add (sc_det_stream_flush), the run's start
 * (flush, join, sort by id, free), the duplicate tier's verification (sc_det_stream_verify, or
 * sc_det_stream_dup), the boilerplate pass (sc_det_stream_afterboil), the event tier
 * (sc_det_stream_terms, sc_det_stream_content), the comparator (sc_det_stream_texts) and
 * sc_det_free. The detector object and the run state both files use are in
 * det_internal.h.
 */
#include "det_internal.h"
#include "sc_prim.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ streaming
 * Pass 1 (sc_det_add): every SC_DET_SKETCH_BATCH documents, their language, tokens and
 * word-shingle signatures are computed on threads and their texts freed. sc_det_run sorts
 * documents and signatures by id in place, finds candidates, then pass 2 (the caller's reread,
 * calling sc_det_supply) brings the texts back: documents in candidate pairs are shingled in
 * batches on threads, and in input order each pair is verified when its second document comes; a
 * set is freed as soon as all of its document's partners have come. Memory: signatures (4k bytes
 * per document), document metadata, the candidates, and the sets of documents whose partners are
 * still to come (in a feed where copies follow their originals closely, a few thousand). */
int sc_det_stream_init(sc_det_t *d)
{
	d->stream = 1;
	d->snth = sc_det_nthreads(d->o.threads);
	sc_sh_shingle_opts_init(&d->swo, SC_VIEW_WORD);
	d->swo.k = d->o.dup_k;
	d->swo.norm.fold_accents = d->o.fold_accents;
	if (!(d->swk = calloc((size_t)d->snth, sizeof *d->swk)) ||
	    !(d->smh = sc_sh_minhash_create(&d->o.mh)) ||
	    !(d->btext = calloc(SC_DET_SKETCH_BATCH, sizeof *d->btext)) ||
	    !(d->blen = malloc(SC_DET_SKETCH_BATCH * sizeof *d->blen)) ||
	    !(d->btok = malloc(SC_DET_SKETCH_BATCH * sizeof *d->btok)) ||
	    !(d->blang = malloc(SC_DET_SKETCH_BATCH * sizeof *d->blang)) ||
	    !(d->bsig = malloc(SC_DET_SKETCH_BATCH * (size_t)d->o.mh.k * sizeof *d->bsig)))
		return SC_ENOMEM;
	for (int i = 0; i < d->snth; i++)
		if (!(d->swk[i].tk = sc_sh_tokenizer_create(&d->swo.norm))) return SC_ENOMEM;
	/* the boilerplate scan runs as documents come, on worker 0's tokenizer (the run's own
	 * scan uses its worker 0's, of the same options) */
	if (d->sfull && d->o.boilerplate && sc_det_boiler_create(&d->sbp, d->swk[0].tk))
		return SC_ENOMEM;
	return SC_OK;
}

void sc_det_stream_free(sc_det_t *d)
{
	sc_det_stream_join(d, 0);
	sc_det_boiler_free(d->sbp);
	d->sbp = NULL;
	if (d->btext) SC_FREE_EACH(d->btext, SC_DET_SKETCH_BATCH);
	SC_FREE_ALL(d->blen, d->btok, d->blang, d->bsig);
	d->btext = NULL, d->blen = d->btok = NULL, d->blang = NULL, d->bsig = NULL;
	if (d->swk)
		for (int i = 0; i < d->snth; i++) {
			sc_sh_tokenizer_free(d->swk[i].tk);
			free(d->swk[i].skip);
			sc_u64v_free(&d->swk[i].tmp);
		}
	free(d->swk);
	d->swk = NULL;
	sc_sh_minhash_free(d->smh);
	d->smh = NULL;
	free(d->sig);
	d->sig = NULL;
}

/* Sketches batch entries [lo, hi): only the batch arrays are touched (docs may move). */
static int job_stream(void *ctx, int worker, size_t lo, size_t hi)
{
	sc_det_t *d = ctx;
	sc_det_wk_t *w = &d->swk[worker];
	const int k = d->o.mh.k;
	int rc;
	for (size_t j = lo; j < hi; j++) {
		sc_det_doc_t x;
		long ns;
		memset(&x, 0, sizeof x);
		x.doc.text = d->btext[j];
		x.doc.len = d->blen[j];
		memcpy(x.doc.lang, d->blang[j], sizeof x.doc.lang);
		if (d->sbp) /* scanned: language and tokens known */
			x.tokens = d->btok[j];
		else if ((rc = sc_det_doc_tokens(w, &x)))
			return rc;
		if ((ns = sc_det_build_set(w, &x, &d->swo, 0, &w->tmp)) < 0) return (int)ns;
		sc_sh_minhash_sketch(d->smh, w->tmp.a, w->tmp.n, d->bsig + j * (size_t)k);
		memcpy(d->blang[j], x.doc.lang, sizeof x.doc.lang);
		d->btok[j] = x.tokens;
		free(d->btext[j]);
		d->btext[j] = NULL;
	}
	return SC_OK;
}

/* The boilerplate scan of the batch, in input order on one thread (it collects blocks across
 * documents, as the run's scan does in id order: sc_det_boiler_order reconciles the two): the
 * language guess and the token count come with it. */
static int scan_batch(sc_det_t *d)
{
	for (size_t j = 0; j < d->bn; j++) {
		sc_det_doc_t x;
		memset(&x, 0, sizeof x);
		x.doc.text = d->btext[j];
		x.doc.len = d->blen[j];
		memcpy(x.doc.lang, d->blang[j], sizeof x.doc.lang);
		int rc = sc_det_boiler_scan(d->sbp, d->swk[0].tk, &x);
		if (rc) return rc;
		memcpy(d->blang[j], x.doc.lang, sizeof x.doc.lang);
		d->btok[j] = x.tokens;
	}
	return SC_OK;
}

static void *stream_bg(void *arg)
{
	sc_det_t *d = arg;
	d->brc = d->sbp ? scan_batch(d) : SC_OK;
	if (!d->brc) d->brc = sc_det_parallel(d->snth, d->bn, SC_DET_SKETCH_GRAIN, job_stream, d);
	return NULL;
}

/* Waits for the batch in the background and, with apply, copies its results into docs and
 * sig. */
int sc_det_stream_join(sc_det_t *d, int apply)
{
	if (!d->bg_running) return SC_OK;
	if (d->bg_thread) pthread_join(d->bg, NULL);
	d->bg_running = d->bg_thread = 0;
	if (d->brc || !apply) return d->brc;
	const size_t k = (size_t)d->o.mh.k;
	for (size_t j = 0; j < d->bn; j++) {
		sc_det_doc_t *x = &d->res.docs[d->bbase + j];
		memcpy(x->doc.lang, d->blang[j], sizeof x->doc.lang);
		x->tokens = d->btok[j];
	}
	memcpy(d->sig + d->bbase * k, d->bsig, d->bn * k * sizeof *d->bsig);
	return SC_OK;
}

/* Hands the documents added since the last call to a background thread (which sketches them
 * on opts->threads threads) after joining the previous batch: reading and sketching overlap. */
int sc_det_stream_flush(sc_det_t *d)
{
	int rc = sc_det_stream_join(d, 1);
	if (rc) return rc;
	d->bbase = d->sbase;
	d->bn = d->res.ndocs - d->sbase;
	if (!d->bn) return SC_OK;
	for (size_t j = 0; j < d->bn; j++) {
		sc_det_doc_t *x = &d->res.docs[d->bbase + j];
		d->btext[j] = x->doc.text;
		d->blen[j] = x->doc.len;
		memcpy(d->blang[j], x->doc.lang, sizeof x->doc.lang);
		sc_det_doc_date(x); /* the text's date, read while the text is here */
		x->doc.text = NULL;
	}
	d->sbase = d->res.ndocs;
	d->brc = SC_OK;
	d->bg_running = 1;
	if (sc_thread_start(&d->bg, stream_bg, d)) {
		stream_bg(d); /* no thread to be had: sketch here; join copies the results */
		return SC_OK;
	}
	d->bg_thread = 1;
	return SC_OK;
}

static int cmp_ord(const void *x, const void *y)
{
	const sc_det_doc_t *const *a = x, *const *b = y;
	return strcmp((*a)->doc.id, (*b)->doc.id);
}

/* Sorts docs and their signatures by id in place (cycle by cycle), so that no second copy
 * of the signatures is ever held. */
int sc_det_stream_sort(sc_det_t *d)
{
	const size_t n = d->res.ndocs, k = (size_t)d->o.mh.k;
	sc_det_doc_t *docs = d->res.docs;
	const sc_det_doc_t **p = malloc((n ? n : 1) * sizeof *p);
	uint32_t *ord = malloc((n ? n : 1) * sizeof *ord), *row = malloc(k * sizeof *row);
	unsigned char *done = calloc(n ? n : 1, 1);
	int rc = SC_ENOMEM;
	if (!p || !ord || !row || !done) goto out;
	for (size_t i = 0; i < n; i++)
		p[i] = &docs[i];
	qsort(p, n, sizeof *p, cmp_ord);
	for (size_t i = 0; i < n; i++)
		ord[i] = (uint32_t)(p[i] - docs);
	/* position j takes what was at ord[j] */
	for (size_t j = 0; j < n; j++) {
		if (done[j] || ord[j] == j) continue;
		sc_det_doc_t tdoc = docs[j];
		memcpy(row, d->sig + j * k, k * sizeof *row);
		size_t cur = j;
		for (;;) {
			size_t nx = ord[cur];
			done[cur] = 1;
			if (nx == j) {
				docs[cur] = tdoc;
				memcpy(d->sig + cur * k, row, k * sizeof *row);
				break;
			}
			docs[cur] = docs[nx];
			memcpy(d->sig + cur * k, d->sig + nx * k, k * sizeof *row);
			cur = nx;
		}
	}
	/* the boilerplate blocks were collected in input (add) order */
	if (d->sbp && (rc = sc_det_boiler_order(d->sbp, ord, n))) goto out;
	rc = SC_ENOMEM;
	/* the id table now indexes the sorted order (sc_det_supply looks ids up) */
	if (d->nslot) /* no table when every input was rejected */
		memset(d->slot, 0, d->nslot * sizeof *d->slot);
	for (size_t i = 0; i < n; i++)
		d->slot[sc_det_id_slot(d, docs[i].doc.id)] = (uint32_t)(i + 1);
	rc = SC_OK;
out:
	free(p);
	free(ord);
	free(row);
	free(done);
	return rc;
}

/* The pairs' adjacency (det_internal.h, sc_det_pairs_build): a count of each document's first
 * ends (foff) and of its second ends (soff), prefix sums, then the pair indices placed by
 * second end. */
int sc_det_pairs_build(sc_det_run_t *R, size_t m, const uint64_t *cand, const sc_det_edge_t *edges)
{
	const size_t n = R->d->res.ndocs;
	if (m > UINT32_MAX) return SC_EPARAM;
	if (!(R->foff = calloc(n + 1, sizeof *R->foff)) ||
	    !(R->soff = calloc(n + 1, sizeof *R->soff)) ||
	    !(R->adj = malloc((m + 1) * sizeof *R->adj)) ||
	    !(R->rem = calloc(n ? n : 1, sizeof *R->rem)))
		return SC_ENOMEM;
#define PAIR_A(e) (cand ? (uint32_t)(cand[e] >> 32) : edges[e].a)
#define PAIR_B(e) (cand ? (uint32_t)cand[e] : edges[e].b)
	for (size_t e = 0; e < m; e++) {
		const uint32_t a = PAIR_A(e), b = PAIR_B(e);
		if (a >= n || b >= n || (e && a < PAIR_A(e - 1))) return SC_EPARAM;
		R->rem[a]++, R->rem[b]++;
		R->foff[a + 1]++, R->soff[b + 1]++;
	}
	for (size_t i = 0; i < n; i++)
		R->foff[i + 1] += R->foff[i], R->soff[i + 1] += R->soff[i];
	for (size_t e = 0; e < m; e++) /* soff[b] moves to b's end ... */
		R->adj[R->soff[PAIR_B(e)]++] = (uint32_t)e;
	for (size_t i = n; i > 0; i--) /* ... and back to its start */
		R->soff[i] = R->soff[i - 1];
	R->soff[0] = 0;
#undef PAIR_A
#undef PAIR_B
	return SC_OK;
}

sc_det_pair_it_t sc_det_pairs_of(const sc_det_run_t *R, uint32_t i)
{
	return (sc_det_pair_it_t){R->foff[i], R->foff[i + 1], R->soff[i], R->soff[i + 1]};
}

/* The merge of the two ascending lists. */
int sc_det_pairs_next(const sc_det_run_t *R, sc_det_pair_it_t *it, uint32_t *pi)
{
	if (it->f < it->fe && (it->s == it->se || it->f < R->adj[it->s])) {
		*pi = it->f++;
		return 1;
	}
	if (it->s < it->se) {
		*pi = R->adj[it->s++];
		return 1;
	}
	return 0;
}

void sc_det_pairs_free(sc_det_run_t *R)
{
	free(R->foff);
	free(R->soff);
	free(R->adj);
	free(R->rem);
	R->foff = R->soff = R->adj = R->rem = NULL;
}

static int job_supply(void *ctx, int worker, size_t lo, size_t hi)
{
	sc_det_run_t *R = ctx;
	sc_det_wk_t *w = &R->wk[worker];
	for (size_t b = lo; b < hi; b++) {
		const uint32_t i = R->batch[b];
		const sc_det_doc_t *x = &R->d->res.docs[i];
		long ns = sc_det_build_set_fit(w, x, &R->wo, 0, &R->wset[i]);
		if (ns < 0) return (int)ns;
	}
	return SC_OK;
}

/* Shingles the waiting documents (threads), then verifies, in input order, each of their
 * pairs whose other document has come. */
static int supply_flush(sc_det_run_t *R)
{
	sc_det_doc_t *docs = R->d->res.docs;
	int rc = sc_det_parallel(R->nthreads, R->nbatch, 8, job_supply, R);
	for (size_t b = 0; b < R->nbatch; b++) {
		sc_det_doc_t *x = &docs[R->batch[b]];
		free(x->doc.text);
		x->doc.text = NULL;
	}
	if (rc) {
		R->nbatch = 0;
		return rc;
	}
	for (size_t b = 0; b < R->nbatch; b++) {
		const uint32_t i = R->batch[b];
		R->have[i] = 1;
		sc_det_pair_it_t it = sc_det_pairs_of(R, i);
		for (uint32_t pi; sc_det_pairs_next(R, &it, &pi);) {
			const uint32_t a = (uint32_t)(R->scand[pi] >> 32),
			               c = (uint32_t)R->scand[pi];
			const uint32_t j = a == i ? c : a;
			if (!R->have[j] || j == i) continue; /* verified when j comes */
			R->candj[pi] =
			    sc_det_jaccard(R->wset[i].a, R->wset[i].n, R->wset[j].a, R->wset[j].n);
			R->rem[i]--;
			if (--R->rem[j] == 0) sc_u64v_free(&R->wset[j]);
		}
		if (R->rem[i] == 0) sc_u64v_free(&R->wset[i]);
	}
	R->d->res.stats.sets_built += R->nbatch;
	R->nbatch = 0;
	return SC_OK;
}

int sc_det_streaming(const sc_det_t *d)
{
	return d && d->stream;
}

static int pass_flush(sc_det_run_t *R);

int sc_det_supply(sc_det_t *d, const sc_doc_t *doc)
{
	if (!d || !d->stream || !d->run || !doc->id) return SC_EPARAM;
	sc_det_run_t *R = d->run;
	if (d->sfull) {
		const size_t s = sc_det_id_slot(d, doc->id);
		if (!d->slot[s]) return SC_OK;
		const uint32_t i = d->slot[s] - 1;
		sc_det_doc_t *x = &d->res.docs[i];
		if (!R->want[i]) return SC_OK;
		if (doc->len != x->doc.len) {
			R->sbad = i;
			return SC_EFORMAT;
		}
		if (!(x->doc.text = malloc(doc->len + 1))) return SC_ENOMEM;
		memcpy(x->doc.text, doc->text, doc->len);
		x->doc.text[doc->len] = '\0';
		R->want[i] = 0;
		R->nwant--;
		R->batch[R->nbatch++] = i;
		return R->nbatch == SC_DET_SKETCH_BATCH ? pass_flush(R) : SC_OK;
	}
	size_t s = sc_det_id_slot(d, doc->id);
	if (!d->slot[s]) return SC_OK;
	const uint32_t i = d->slot[s] - 1;
	sc_det_doc_t *x = &d->res.docs[i];
	if ((R->foff[i] == R->foff[i + 1] && R->soff[i] == R->soff[i + 1]) || R->have[i] ||
	    x->doc.text)
		return SC_OK;
	/* The same text as in pass 1 is expected; its length is checked, and the pairs are
	 * verified on what is read now. */
	if (doc->len != x->doc.len) return SC_EFORMAT;
	if (!(x->doc.text = malloc(doc->len + 1))) return SC_ENOMEM;
	memcpy(x->doc.text, doc->text, doc->len);
	x->doc.text[doc->len] = '\0';
	R->batch[R->nbatch++] = i;
	if (R->nbatch == SC_DET_SKETCH_BATCH) return supply_flush(R);
	return SC_OK;
}

/* Pass 2 and the verified duplicate pairs, in candidate order (as sc_det_verify gives). */
int sc_det_stream_verify(sc_det_run_t *R, const uint64_t *cand, size_t ncand, double t,
                         sc_pair_t **out, size_t *nout, char *err, size_t errlen)
{
	sc_det_t *d = R->d;
	const size_t n = d->res.ndocs;
	int rc = SC_ENOMEM;
	*out = NULL;
	*nout = 0;
	R->scand = cand, R->nscand = ncand;
	if ((rc = sc_det_pairs_build(R, ncand, cand, NULL))) {
		if (err && errlen)
			snprintf(err, errlen, "second pass: %s",
			         rc == SC_ENOMEM ? "out of memory"
			                         : "candidates out of range or not sorted by first document");
		goto done;
	}
	rc = SC_ENOMEM;
	if (!(R->candj = malloc((ncand + 1) * sizeof *R->candj)) ||
	    !(R->batch = malloc(SC_DET_SKETCH_BATCH * sizeof *R->batch)))
		goto done;
	for (size_t e = 0; e < ncand; e++)
		R->candj[e] = -1.0;
	d->run = R;
	rc = d->o.reread(d->o.reread_ctx, d);
	if (!rc) rc = supply_flush(R);
	d->run = NULL;
	if (rc) {
		if (err && errlen)
			snprintf(err, errlen, "second pass over the input: %s", sc_strerror(rc));
		goto done;
	}
	for (size_t i = 0; i < n; i++)
		if (R->rem[i]) {
			if (err && errlen)
				snprintf(
				    err, errlen,
				    "%s: not read again in the second pass (did the input change?)",
				    d->res.docs[i].doc.id);
			rc = SC_EFORMAT;
			goto done;
		}
	rc = sc_det_edges_from_candj(R, cand, ncand, t, out, nout);
done:
	sc_det_pairs_free(R);
	free(R->batch);
	R->batch = NULL;
	return rc;
}

/* ------------------------------------------------------- full streaming
 * With the boilerplate pass or the event tier (d->sfull), no step holds every text: pass 1
 * (sc_det_add, above) scans boilerplate, sketches the full texts and dates each document; then
 * the run reads the input again for each step that needs texts, and each pass takes only the
 * documents it wants, in input order, in batches on threads, freeing their texts after the
 * batch. The steps are those of the in-memory run (detector.c) on the same documents, so the
 * result is the same to the byte:
 *   afterboil  word sketches without boilerplate (documents that have some);
 *   dup        duplicate verification: word sets of candidate documents; a pair is verified
 *              when its second document comes, a set is freed when its last partner has come
 *              unless it is in a verified pair (clustering's anti-chaining guard reads those,
 *              exactly as in memory);
 *   terms      the event tier's stem lists (sc_det_ev_put; term ids renumbered at the end);
 *   content    the event edges' content sets and signatures, each edge scored when its second
 *              document comes, a set freed after its last edge;
 *   texts      the comparator's texts, kept.
 * Memory: signatures, per-document metadata, the candidates or edges with their adjacency, and
 * the sets of documents whose partners are still to come. */
enum { PASS_AFTERBOIL = 1, PASS_DUP, PASS_TERMS, PASS_CONTENT, PASS_TEXTS };

typedef struct sc_det_sver_s {
	uint64_t c; /* candidate index */
	double j;   /* its exact Jaccard (>= the threshold) */
} sc_det_sver_t;

static int pass_job(void *ctx, int worker, size_t lo, size_t hi)
{
	sc_det_run_t *R = ctx;
	sc_det_wk_t *w = &R->wk[worker];
	const size_t k = (size_t)R->k;
	for (size_t b = lo; b < hi; b++) {
		const uint32_t i = R->batch[b];
		const sc_det_doc_t *x = &R->d->res.docs[i];
		long ns;
		switch (R->spass) {
		case PASS_AFTERBOIL:
			if ((ns = sc_det_build_set(w, x, &R->wo, 1, &w->tmp)) < 0) return (int)ns;
			sc_sh_minhash_sketch(R->mh, w->tmp.a, w->tmp.n, R->wsig + i * k);
			break;
		case PASS_DUP:
			if ((ns = sc_det_build_set_fit(w, x, &R->wo, 1, &R->wset[i])) < 0) return (int)ns;
			break;
		case PASS_TERMS: {
			sc_det_evterms_t *t = &R->ewk[worker], *o = &R->eterms[b];
			sc_det_ev_terms_cache(t);
			const long m = sc_det_ev_terms(w->tk, x, t);
			if (m < 0) return (int)m;
			free(o->a);
			*o = (sc_det_evterms_t){.n = (size_t)m, .m = (size_t)m, .wday = t->wday};
			memcpy(o->cited, t->cited, sizeof o->cited);
			if (m && !(o->a = malloc((size_t)m * sizeof *o->a))) return SC_ENOMEM;
			if (m) memcpy(o->a, t->a, (size_t)m * sizeof *o->a);
			break;
		}
		case PASS_CONTENT:
			if ((ns = sc_det_build_set_fit(w, x, &R->co, 1, &R->cset[i])) < 0) return (int)ns;
			if (!R->csig[i] && !(R->csig[i] = malloc(k * sizeof *R->csig[i])))
				return SC_ENOMEM;
			sc_sh_minhash_sketch(R->mh, R->cset[i].a, R->cset[i].n, R->csig[i]);
			break;
		default:
			break;
		}
	}
	return SC_OK;
}

/* The duplicate and content passes score a batch's pairs in three steps, so that the
 * scoring runs on the threads and the result is the sequential one's: (1) plan, in input
 * order: each pair not yet scored whose other document's set is held (R->got) is listed, the
 * documents' counts of pairs left and the held bytes are updated, and a set that the
 * sequential run would free here is listed to go after the scoring; (2) the listed pairs are
 * scored on the threads (each writes its own slot); (3) the duplicate pass keeps, in list
 * order, the verified pairs, and the listed sets go. Which pairs are scored in a round, and
 * in what order their results are kept, do not depend on the threads. */
enum { FREE_ALWAYS = 0, FREE_UNLESS_VERIFIED = 1 };

static int plan_pair(sc_det_run_t *R, uint32_t pi)
{
	if (SC_GROW(R->splan, R->msplan, R->nsplan + 1)) return SC_ENOMEM;
	R->splan[R->nsplan++] = pi;
	return SC_OK;
}

static int plan_free(sc_det_run_t *R, uint32_t i, int how)
{
	if (SC_GROW(R->sfree, R->msfree, R->nsfree + 1)) return SC_ENOMEM;
	R->sfree[R->nsfree++] = (uint64_t)how << 32 | i;
	return SC_OK;
}

static int job_score(void *ctx, int worker, size_t lo, size_t hi)
{
	sc_det_run_t *R = ctx;
	(void)worker;
	for (size_t x = lo; x < hi; x++) {
		const uint32_t pi = R->splan[x];
		if (R->spass == PASS_DUP) {
			const uint32_t a = (uint32_t)(R->scand[pi] >> 32), c = (uint32_t)R->scand[pi];
			R->sjac[x] =
			    sc_det_jaccard(R->wset[a].a, R->wset[a].n, R->wset[c].a, R->wset[c].n);
		} else {
			sc_det_edge_t *p = &R->eedges[pi];
			p->jaccard = sc_det_jaccard(R->cset[p->a].a, R->cset[p->a].n, R->cset[p->b].a,
			                            R->cset[p->b].n);
			unsigned eq = 0;
			for (int y = 0; y < R->k; y++)
				eq += R->csig[p->a][y] == R->csig[p->b][y];
			sc_det_edge_eq_set(R, pi, eq);
		}
	}
	return SC_OK;
}

/* Step 2: the planned pairs on the threads (the duplicate pass's Jaccards into R->sjac). */
static int score_planned(sc_det_run_t *R)
{
	if (R->spass == PASS_DUP && R->nsplan) {
		double *g = realloc(R->sjac, R->msplan * sizeof *g);
		if (!g) return SC_ENOMEM;
		R->sjac = g;
	}
	return sc_det_parallel(R->nthreads, R->nsplan, 256, job_score, R);
}

/* The fate of document i's set once its batch's pairs are planned (both passes): with no
 * pairs left it is done (done: the pass's own); else it is held for the pairs to come while
 * the held sets stay within opts.set_cache_bytes (the first one always, so that every round
 * scores some); else it goes, to be built again in the next round. */
static int set_fate(sc_det_run_t *R, uint32_t i, size_t bytes,
                    int (*done)(sc_det_run_t *, uint32_t))
{
	if (R->rem[i] == 0) return done(R, i);
	if (!R->held_bytes || R->held_bytes + bytes <= R->d->o.set_cache_bytes) {
		R->got[i] = 1;
		R->held_bytes += bytes;
		return SC_OK;
	}
	return plan_free(R, i, FREE_ALWAYS);
}

/* The duplicate pass: a set is held while its document has pairs to verify and the held sets
 * are under opts.set_cache_bytes (the first one always); past that budget it is freed and
 * built again in the next round (sc_det_stream_dup), when the held ones have freed room. A
 * set whose pairs are all verified goes, unless its document is in a verified pair (vmark):
 * clustering's guard reads those. */
static size_t dup_bytes(const sc_det_run_t *R, uint32_t i)
{
	return R->wset[i].m * sizeof *R->wset[i].a;
}

static int dup_done(sc_det_run_t *R, uint32_t i)
{
	if (R->got[i]) R->held_bytes -= dup_bytes(R, i);
	R->got[i] = 0;
	return plan_free(R, i, FREE_UNLESS_VERIFIED);
}

static int after_dup(sc_det_run_t *R)
{
	const double t = R->d->o.dup_threshold;
	int rc;
	R->nsplan = R->nsfree = 0;
	for (size_t b = 0; b < R->nbatch; b++) {
		const uint32_t i = R->batch[b];
		sc_det_pair_it_t it = sc_det_pairs_of(R, i);
		for (uint32_t pi; sc_det_pairs_next(R, &it, &pi);) {
			if (R->cdone[pi >> 3] & (1u << (pi & 7))) continue;
			const uint32_t a = (uint32_t)(R->scand[pi] >> 32), c = (uint32_t)R->scand[pi];
			const uint32_t j = a == i ? c : a;
			if (!R->got[j] || j == i) continue; /* verified when j's set is held */
			if ((rc = plan_pair(R, pi))) return rc;
			R->cdone[pi >> 3] |= (unsigned char)(1u << (pi & 7));
			R->npend--;
			R->rem[i]--;
			if (--R->rem[j] == 0 && (rc = dup_done(R, j))) return rc;
		}
		if ((rc = set_fate(R, i, dup_bytes(R, i), dup_done))) return rc;
	}
	if ((rc = score_planned(R))) return rc;
	for (size_t x = 0; x < R->nsplan; x++) {
		if (!(R->sjac[x] >= t)) continue;
		const uint32_t pi = R->splan[x];
		if (SC_GROW(R->sver, R->msver, R->nsver + 1)) return SC_ENOMEM;
		R->sver[R->nsver++] = (sc_det_sver_t){pi, R->sjac[x]};
		R->vmark[R->scand[pi] >> 32] = R->vmark[(uint32_t)R->scand[pi]] = 1;
	}
	for (size_t x = 0; x < R->nsfree; x++) {
		const uint32_t i = (uint32_t)R->sfree[x];
		if ((R->sfree[x] >> 32) == FREE_ALWAYS || !R->vmark[i]) sc_u64v_free(&R->wset[i]);
	}
	return SC_OK;
}

static void content_drop(sc_det_run_t *R, uint32_t i)
{
	sc_u64v_free(&R->cset[i]);
	free(R->csig[i]);
	R->csig[i] = NULL;
}

/* The content pass: each event edge not yet scored (jaccard -1; -2 once planned) whose other
 * document's set is held, as the duplicate pass does (the same budget, rounds). */
static size_t content_bytes(const sc_det_run_t *R, uint32_t i)
{
	return R->cset[i].m * sizeof *R->cset[i].a + (size_t)R->k * sizeof **R->csig;
}

static int content_done(sc_det_run_t *R, uint32_t i)
{
	if (R->got[i]) R->held_bytes -= content_bytes(R, i);
	R->got[i] = 0;
	return plan_free(R, i, FREE_ALWAYS);
}

static int after_content(sc_det_run_t *R)
{
	int rc;
	R->nsplan = R->nsfree = 0;
	for (size_t b = 0; b < R->nbatch; b++) {
		const uint32_t i = R->batch[b];
		sc_det_pair_it_t it = sc_det_pairs_of(R, i);
		for (uint32_t pi; sc_det_pairs_next(R, &it, &pi);) {
			sc_det_edge_t *p = &R->eedges[pi];
			if (p->jaccard != -1.0) continue; /* scored, or planned */
			const uint32_t j = p->a == i ? p->b : p->a;
			if (!R->got[j] || j == i) continue;
			if ((rc = plan_pair(R, pi))) return rc;
			p->jaccard = -2.0;
			R->npend--;
			R->rem[i]--;
			if (--R->rem[j] == 0 && (rc = content_done(R, j))) return rc;
		}
		if ((rc = set_fate(R, i, content_bytes(R, i), content_done))) return rc;
	}
	if ((rc = score_planned(R))) return rc;
	for (size_t x = 0; x < R->nsfree; x++)
		content_drop(R, (uint32_t)R->sfree[x]);
	return SC_OK;
}

static int after_terms(sc_det_run_t *R)
{
	int rc = SC_OK;
	for (size_t b = 0; b < R->nbatch; b++) {
		int r = sc_det_ev_put(R->ev, R->batch[b], &R->eterms[b], R->copy);
		if (r && !rc) rc = r; /* every list is taken, even after a failure */
	}
	return rc;
}

/* The batch: the pass's job on threads (on a failure, again one document at a time to name
 * the first at fault), the texts freed (but by the texts pass), then its sequential step. */
static int pass_flush(sc_det_run_t *R)
{
	sc_det_doc_t *docs = R->d->res.docs;
	int rc = sc_det_parallel(R->nthreads, R->nbatch, 8, pass_job, R);
	if (rc)
		for (size_t b = 0; b < R->nbatch; b++)
			if (pass_job(R, 0, b, b + 1)) {
				R->sbad = R->batch[b];
				break;
			}
	if (R->spass != PASS_TEXTS)
		for (size_t b = 0; b < R->nbatch; b++) {
			free(docs[R->batch[b]].doc.text);
			docs[R->batch[b]].doc.text = NULL;
		}
	if (!rc && R->spass == PASS_DUP) rc = after_dup(R);
	if (!rc && R->spass == PASS_CONTENT) rc = after_content(R);
	if (R->spass == PASS_TERMS) {
		const int r = after_terms(R);
		if (!rc) rc = r;
	}
	R->nbatch = 0;
	return rc;
}

/* One pass over the input read again: the documents with want[i] set (R->nwant of them) are
 * taken as they come. what names the pass in messages. */
static int stream_pass(sc_det_run_t *R, int pass, const char *what)
{
	sc_det_t *d = R->d;
	const size_t n = d->res.ndocs;
	int rc = SC_OK;
	if (!R->nwant) return SC_OK;
	if (!R->batch && !(R->batch = malloc(SC_DET_SKETCH_BATCH * sizeof *R->batch))) {
		if (R->err && R->errlen) snprintf(R->err, R->errlen, "out of memory");
		return SC_ENOMEM;
	}
	R->spass = pass;
	R->nbatch = 0;
	R->sbad = UINT32_MAX;
	d->run = R;
	rc = d->o.reread(d->o.reread_ctx, d);
	if (!rc && R->nbatch) rc = pass_flush(R);
	d->run = NULL;
	/* the reader's buffers and the texts of the pass, freed: their pages go back, so that
	 * passes do not pile up freed pages (a reader's line buffer grows to --max-doc-bytes) */
	sc_det_trim();
	for (size_t b = 0; b < R->nbatch; b++) { /* an error left a batch behind */
		free(d->res.docs[R->batch[b]].doc.text);
		d->res.docs[R->batch[b]].doc.text = NULL;
	}
	R->nbatch = 0;
	if (rc) {
		if (!R->err || !R->errlen) return rc;
		if (R->sbad != UINT32_MAX && rc == SC_EFORMAT)
			snprintf(R->err, R->errlen,
			         "%s: not the same text in the %s pass over the input (did the input "
			         "change?)",
			         d->res.docs[R->sbad].doc.id, what);
		else if (R->sbad != UINT32_MAX)
			snprintf(R->err, R->errlen, "%s: %s: %s", d->res.docs[R->sbad].doc.id, what,
			         sc_strerror(rc));
		else
			snprintf(R->err, R->errlen, "%s pass over the input: %s", what,
			         sc_strerror(rc));
		return rc;
	}
	if (R->nwant) {
		size_t i = 0;
		while (i < n && !R->want[i])
			i++;
		if (R->err && R->errlen)
			snprintf(R->err, R->errlen,
			         "%s: not read again in the %s pass (did the input change?)",
			         i < n ? d->res.docs[i].doc.id : "?", what);
		return SC_EFORMAT;
	}
	return SC_OK;
}

/* want[] of n bytes (zeroed), got[] likewise. */
static int pass_arrays(sc_det_run_t *R, int got)
{
	const size_t n = R->d->res.ndocs;
	free(R->want);
	free(R->got);
	R->got = NULL;
	R->nwant = 0;
	if (!(R->want = calloc(n ? n : 1, 1)) || (got && !(R->got = calloc(n ? n : 1, 1)))) {
		if (R->err && R->errlen) snprintf(R->err, R->errlen, "out of memory");
		return SC_ENOMEM;
	}
	return SC_OK;
}

static void pass_done(sc_det_run_t *R)
{
	free(R->splan);
	free(R->sjac);
	free(R->sfree);
	R->splan = NULL, R->sjac = NULL, R->sfree = NULL;
	R->nsplan = R->msplan = R->nsfree = R->msfree = 0;
	free(R->want);
	free(R->got);
	sc_det_pairs_free(R);
	free(R->vmark);
	R->want = R->got = R->vmark = NULL;
}

int sc_det_stream_afterboil(sc_det_run_t *R)
{
	const sc_det_result_t *r = &R->d->res;
	int rc;
	if ((rc = pass_arrays(R, 0))) return rc;
	for (size_t i = 0; i < r->ndocs; i++)
		if (r->docs[i].nboiler) R->want[i] = 1, R->nwant++;
	rc = stream_pass(R, PASS_AFTERBOIL, "shingles");
	pass_done(R);
	return rc;
}

/* The adjacency of m pairs, packed candidates (cand) or event edges (edges), with rem (each
 * document's pairs still to score) and want (documents in a pair). */
static int pass_adjacency(sc_det_run_t *R, size_t m, const uint64_t *cand,
                          const sc_det_edge_t *edges)
{
	const size_t n = R->d->res.ndocs;
	const int rc = sc_det_pairs_build(R, m, cand, edges);
	if (rc) {
		if (R->err && R->errlen)
			snprintf(R->err, R->errlen, "%s",
			         rc == SC_ENOMEM ? "out of memory"
			                         : "pairs out of range or not sorted by first document");
		return rc;
	}
	for (size_t i = 0; i < n; i++)
		if (R->rem[i]) R->want[i] = 1, R->nwant++;
	return SC_OK;
}

/* A pass over pairs (duplicate candidates or event edges) in rounds: each reads the documents
 * with pairs still to score (R->rem) whose set is not held, until none is left (R->npend).
 * The first set of a round is always held, so every round scores some. */
static int rounds(sc_det_run_t *R, int pass, const char *what)
{
	const size_t n = R->d->res.ndocs;
	int rc;
	for (;;) {
		const size_t pend0 = R->npend;
		if ((rc = stream_pass(R, pass, what))) return rc;
		if (!R->npend) return SC_OK;
		if (R->npend == pend0) {
			if (R->err && R->errlen) snprintf(R->err, R->errlen, "%s: no progress", what);
			return SC_EPARAM;
		}
		memset(R->want, 0, n);
		R->nwant = 0;
		for (size_t i = 0; i < n; i++)
			if (R->rem[i] && !R->got[i]) R->want[i] = 1, R->nwant++;
	}
}

static int cmp_sver(const void *x, const void *y)
{
	const sc_det_sver_t *a = x, *b = y;
	return (a->c > b->c) - (a->c < b->c);
}

int sc_det_stream_dup(sc_det_run_t *R)
{
	sc_det_result_t *r = &R->d->res;
	const size_t n = r->ndocs;
	int rc;
	R->scand = R->dcand, R->nscand = R->ndc;
	R->nsver = 0;
	if ((rc = pass_arrays(R, 1)) || (rc = pass_adjacency(R, R->ndc, R->dcand, NULL))) goto done;
	if (!(R->vmark = calloc(n ? n : 1, 1)) || !(R->cdone = calloc(R->ndc / 8 + 1, 1))) {
		rc = SC_ENOMEM;
		if (R->err && R->errlen) snprintf(R->err, R->errlen, "out of memory");
		goto done;
	}
	R->npend = R->ndc;
	R->held_bytes = 0;
	r->stats.sets_built += R->nwant;
	if ((rc = rounds(R, PASS_DUP, "duplicate verification"))) goto done;
	/* the edges in candidate order, as verify_eq gives them in memory */
	if (R->nsver > 1) qsort(R->sver, R->nsver, sizeof *R->sver, cmp_sver);
	if (R->nsver && !(R->dedges = malloc(R->nsver * sizeof *R->dedges))) {
		rc = SC_ENOMEM;
		if (R->err && R->errlen) snprintf(R->err, R->errlen, "out of memory");
		goto done;
	}
	for (size_t v = 0; v < R->nsver; v++) {
		const size_t c = R->sver[v].c;
		const unsigned eq = R->deq[c];
		R->dedges[v] = (sc_pair_t){.a = (uint32_t)(R->dcand[c] >> 32),
		                           .b = (uint32_t)R->dcand[c],
		                           .jaccard = R->sver[v].j,
		                           .estimate = R->k ? (double)eq / R->k : 0.0,
		                           .ci_lo = R->cilo[eq],
		                           .ci_hi = R->cihi[eq],
		                           .cosine = -1};
	}
	R->nde = R->nsver;
done:
	pass_done(R);
	free(R->cdone);
	R->cdone = NULL;
	free(R->sver);
	R->sver = NULL;
	R->nsver = R->msver = 0;
	R->scand = NULL, R->nscand = 0;
	return rc;
}

int sc_det_stream_terms(sc_det_run_t *R)
{
	sc_det_result_t *r = &R->d->res;
	const size_t n = r->ndocs;
	int rc;
	if ((rc = sc_det_ev_begin(&R->ev, r->docs, n, R->nthreads))) {
		if (R->err && R->errlen) snprintf(R->err, R->errlen, "event vectors: %s", sc_strerror(rc));
		return rc;
	}
	if ((rc = pass_arrays(R, 0))) goto done;
	if (!(R->eterms = calloc(SC_DET_SKETCH_BATCH, sizeof *R->eterms)) ||
	    !(R->ewk = calloc((size_t)R->nthreads, sizeof *R->ewk))) {
		rc = SC_ENOMEM;
		if (R->err && R->errlen) snprintf(R->err, R->errlen, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < n; i++)
		R->want[i] = 1;
	R->nwant = n;
	if ((rc = stream_pass(R, PASS_TERMS, "event vectors"))) goto done;
	if ((rc = sc_det_ev_finish(R->ev)) && R->err && R->errlen)
		snprintf(R->err, R->errlen, "event vectors: %s", sc_strerror(rc));
	/* the stem lists went as the vectors were weighed on the worker threads (their own
	 * arenas): the lists' pages go back before the candidates */
	sc_det_trim();
done:
	pass_done(R);
	sc_det_stream_terms_free(R);
	return rc;
}

void sc_det_stream_terms_free(sc_det_run_t *R)
{
	if (R->eterms)
		for (size_t b = 0; b < SC_DET_SKETCH_BATCH; b++)
			free(R->eterms[b].a);
	if (R->ewk)
		for (int w = 0; w < R->nthreads; w++)
			SC_FREE_ALL(R->ewk[w].a, R->ewk[w].hc);
	free(R->eterms);
	free(R->ewk);
	R->eterms = R->ewk = NULL;
}

int sc_det_stream_content(sc_det_run_t *R)
{
	int rc;
	if ((rc = pass_arrays(R, 1)) || (rc = pass_adjacency(R, R->nee, NULL, R->eedges))) goto done;
	R->npend = 0;
	for (size_t e = 0; e < R->nee; e++) {
		R->eedges[e].jaccard = -1; /* scored when >= 0 */
		R->npend++;
	}
	R->held_bytes = 0;
	rc = rounds(R, PASS_CONTENT, "event edges");
done:
	pass_done(R);
	return rc;
}

int sc_det_stream_texts(sc_det_run_t *R, const unsigned char *need)
{
	const size_t n = R->d->res.ndocs;
	int rc;
	if ((rc = pass_arrays(R, 0))) return rc;
	for (size_t i = 0; i < n; i++)
		if (need[i] && !R->d->res.docs[i].doc.text) R->want[i] = 1, R->nwant++;
	rc = stream_pass(R, PASS_TEXTS, "comparator's texts");
	pass_done(R);
	return rc;
}
