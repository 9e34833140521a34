/* det_stream.c: streaming (detect.h, opts.reread): the detector's run when the texts do not all
 * fit in memory. Documents are sketched as they are added and their texts freed; sc_det_run
 * finds the candidates from the signatures alone, then reads the input a second time (the
 * caller's reread, calling sc_det_supply) to verify each candidate pair on texts brought back
 * for the purpose. Only the duplicate tier runs so: streaming is on when reread is set and
 * there is no boilerplate pass and no event tier (sc_det_create).
 *
 * A file of its own because it is a second life cycle beside the in-memory run of
 * detector.c, with its own state (the background batch, the second pass's adjacency): keeping
 * it apart leaves sc_det_run a short sequence of steps. detector.c calls it from
 * sc_det_create (sc_det_stream_init), sc_det_add (sc_det_stream_flush), the run's start
 * (flush, join, sort by id, free), the duplicate tier's verification (sc_det_stream_verify)
 * and sc_det_free. The detector object and the run state both files use are in
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
	return SC_OK;
}

void sc_det_stream_free(sc_det_t *d)
{
	sc_det_stream_join(d, 0);
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
		if ((rc = sc_det_doc_tokens(w, &x))) return rc;
		if ((ns = sc_det_build_set(w, &x, &d->swo, 0, &w->tmp)) < 0) return (int)ns;
		sc_sh_minhash_sketch(d->smh, w->tmp.a, w->tmp.n, d->bsig + j * (size_t)k);
		memcpy(d->blang[j], x.doc.lang, sizeof x.doc.lang);
		d->btok[j] = x.tokens;
		free(d->btext[j]);
		d->btext[j] = NULL;
	}
	return SC_OK;
}

static void *stream_bg(void *arg)
{
	sc_det_t *d = arg;
	d->brc = sc_det_parallel(d->snth, d->bn, SC_DET_SKETCH_GRAIN, job_stream, d);
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
	if (pthread_create(&d->bg, NULL, stream_bg, d)) {
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
	/* the id table now indexes the sorted order (sc_det_supply looks ids up) */
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
		for (size_t e = R->off[i]; e < R->off[i + 1]; e++) {
			const uint32_t pi = R->adj[e];
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

int sc_det_supply(sc_det_t *d, const sc_doc_t *doc)
{
	if (!d || !d->stream || !d->run || !doc->id) return SC_EPARAM;
	sc_det_run_t *R = d->run;
	size_t s = sc_det_id_slot(d, doc->id);
	if (!d->slot[s]) return SC_OK;
	const uint32_t i = d->slot[s] - 1;
	sc_det_doc_t *x = &d->res.docs[i];
	if (R->off[i] == R->off[i + 1] || R->have[i] || x->doc.text) return SC_OK;
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
	if (ncand > UINT32_MAX) return SC_EPARAM;
	if (!(R->off = calloc(n + 1, sizeof *R->off)) ||
	    !(R->adj = malloc((2 * ncand + 1) * sizeof *R->adj)) ||
	    !(R->rem = calloc(n ? n : 1, sizeof *R->rem)) ||
	    !(R->candj = malloc((ncand + 1) * sizeof *R->candj)) ||
	    !(R->batch = malloc(SC_DET_SKETCH_BATCH * sizeof *R->batch)))
		goto done;
	for (size_t e = 0; e < ncand; e++) {
		R->rem[cand[e] >> 32]++;
		R->rem[(uint32_t)cand[e]]++;
		R->candj[e] = -1.0;
	}
	for (size_t i = 0; i < n; i++)
		R->off[i + 1] = R->off[i] + R->rem[i];
	for (size_t i = 0; i < n; i++)
		R->rem[i] = 0;
	for (size_t e = 0; e < ncand; e++) {
		const uint32_t a = (uint32_t)(cand[e] >> 32), b = (uint32_t)cand[e];
		R->adj[R->off[a] + R->rem[a]++] = (uint32_t)e;
		R->adj[R->off[b] + R->rem[b]++] = (uint32_t)e;
	}
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
	free(R->off);
	free(R->adj);
	free(R->rem);
	free(R->batch);
	R->off = NULL, R->adj = NULL, R->rem = NULL, R->batch = NULL;
	return rc;
}
