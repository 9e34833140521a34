/* sh_signer.c: signatures of a batch of documents on several threads.
 *
 * Each thread owns one streaming sketcher (sh_sketcher.c) and one tokenizer for the language
 * guess, made once and reused for every batch (no allocation per document once warm). The
 * sketcher gives the signature of sc_sh_shingle_set + sc_sh_minhash_sketch without building
 * and sorting the set, so a batch costs what the sketcher alone costs.
 *
 * Work is handed out one document at a time through an atomic counter: documents vary in
 * length by orders of magnitude, and a static split would leave a thread idle behind a long
 * one. Every result goes to the document's own slot, so the output does not depend on which
 * thread signed what, nor on how many there are. Threads are started per batch and joined in
 * sc_sh_signer_wait: with batches of a few MiB the cost of starting them (tens of
 * microseconds) is lost in the work, and there is no idle pool to shut down. With no thread
 * the caller signs the batch itself in sc_sh_signer_start (storycheck shingle -t 1).
 *
 * The caller has a worker of its own (the last one): once it has read the next batch it
 * takes documents from the same counter (sc_sh_signer_help), so with one thread started
 * (-t 2) both cores sign for the rest of the batch instead of one waiting on the other. */
#include "sh_internal.h"
#include "sc_prim.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

typedef struct worker_s {
	struct sc_signer_s *s;
	sc_sketcher_t *sk;
	sc_tokenizer_t *tk;
	pthread_t tid;
	int started;
	size_t bad; /* lowest index that failed in this batch, SIZE_MAX when none */
	int rc;     /* its error */
} worker_t;

struct sc_signer_s {
	const sc_minhash_t *m;
	int k, nthreads, nw, busy; /* nw: workers, nthreads + 1 (the last is the caller's) */
	worker_t *w;
	/* the batch being signed */
	const sc_doc_t *docs;
	size_t n;
	uint32_t *sigs;
	const char **langs;
	atomic_size_t next;
};

int sc_sh_signer_threads(const sc_signer_t *s)
{
	return s->nthreads;
}

sc_signer_t *sc_sh_signer_create(const sc_minhash_t *m, const sc_shingle_opts_t *o, int threads)
{
	if (!m || !o || threads < 0 || threads > 1024) return NULL;
	sc_signer_t *s = calloc(1, sizeof *s);
	if (!s) return NULL;
	s->m = m;
	s->k = sc_sh_minhash_k(m);
	s->nthreads = threads;
	s->nw = threads + 1; /* the threads', then the caller's */
	if (!(s->w = calloc((size_t)s->nw, sizeof *s->w))) {
		free(s);
		return NULL;
	}
	for (int i = 0; i < s->nw; i++) {
		s->w[i].s = s;
		if (!(s->w[i].sk = sc_sh_sketcher_create(m, o)) ||
		    !(s->w[i].tk = sc_sh_tokenizer_create(&o->norm))) {
			sc_sh_signer_free(s);
			return NULL;
		}
	}
	return s;
}

void sc_sh_signer_free(sc_signer_t *s)
{
	if (!s) return;
	if (s->busy) sc_sh_signer_wait(s, NULL);
	for (int i = 0; i < s->nw; i++) {
		sc_sh_sketcher_free(s->w[i].sk);
		sc_sh_tokenizer_free(s->w[i].tk);
	}
	free(s->w);
	free(s);
}

static void *work(void *arg)
{
	worker_t *w = arg;
	sc_signer_t *s = w->s;
	for (;;) {
		size_t i = atomic_fetch_add_explicit(&s->next, 1, memory_order_relaxed);
		if (i >= s->n) break;
		const sc_doc_t *d = &s->docs[i];
		const char *lang =
		    d->lang[0] ? d->lang : sc_sh_lang_guess_text(w->tk, d->text, d->len);
		sc_sh_sketcher_reset(w->sk, lang);
		int rc = sc_sh_sketcher_feed(w->sk, d->text, d->len);
		if (!rc) rc = sc_sh_sketcher_final(w->sk, s->sigs + i * (size_t)s->k);
		s->langs[i] = lang;
		if (rc && i < w->bad) w->bad = i, w->rc = rc;
	}
	return NULL;
}

int sc_sh_signer_start(sc_signer_t *s, const sc_doc_t *docs, size_t n, uint32_t *sigs,
                       const char **langs)
{
	if (s->busy) return SC_EPARAM;
	s->docs = docs, s->n = n, s->sigs = sigs, s->langs = langs;
	atomic_store(&s->next, 0);
	s->busy = 1;
	for (int i = 0; i < s->nw; i++)
		s->w[i].bad = SIZE_MAX, s->w[i].rc = SC_OK;
	if (!s->nthreads) { /* no thread: signed here, before returning */
		work(&s->w[s->nthreads]);
		return SC_OK;
	}
	for (int i = 0; i < s->nthreads; i++) {
		worker_t *w = &s->w[i];
		w->started = !sc_thread_start(&w->tid, work, w);
		if (!w->started && i == 0) {
			s->busy = 0;
			return SC_ENOMEM;
		}
		/* a thread that could not start leaves its share to the others */
	}
	return SC_OK;
}

void sc_sh_signer_help(sc_signer_t *s)
{
	if (s->busy) work(&s->w[s->nthreads]);
}

int sc_sh_signer_wait(sc_signer_t *s, size_t *bad)
{
	if (!s->busy) return SC_EPARAM;
	size_t first = SIZE_MAX;
	int rc = SC_OK;
	for (int i = 0; i < s->nw; i++) {
		worker_t *w = &s->w[i];
		if (w->started) pthread_join(w->tid, NULL);
		w->started = 0;
		if (w->bad < first) first = w->bad, rc = w->rc;
	}
	s->busy = 0;
	if (bad) *bad = first;
	return rc;
}
