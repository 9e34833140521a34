/* Streaming with the boilerplate pass and the event tier (issue 12, item 4; branch stream9):
 * with opts.reread set, sc_det_run reads the input again for each step that needs texts
 * (det_stream.c: the sketches without boilerplate, duplicate verification, the event vectors,
 * the event edges' content sets, the comparator's texts), and its result must be the one of the
 * in-memory run on the same documents, to the byte:
 * - the same clusters, links, duplicate and event pairs (bytes: Jaccards, cosines, estimates),
 *   event candidates and exact comparisons spent, warnings;
 * - the same boilerplate spans, languages, token counts and dates per document;
 * - with the comparator on, the same findings (documents, offsets, scores, kinds, sentences).
 * Each pass can break this on its own: a word sketch without its boilerplate pass changes the
 * duplicate candidates, a pair verified on the wrong set changes dup_pairs, term ids in input
 * order change the cosines' last bits, a content set freed early changes the event Jaccards, a
 * text not read back loses the findings. Documents are added in a shuffled order (input order
 * is not id order), on 1 and 2 threads, with and without boilerplate, with and without the
 * event tier, on a corpus over SC_DET_ALLPAIRS pairs (the inverted index, LSH) and one under it
 * (every pair), and with the sets held for duplicate verification bounded so that it takes
 * several rounds (passes), and with the event links cut (max_links 5: the content pass scores
 * only the pairs the result lists). Also: an input that changes between passes is refused with the
 * document named, and a text of 4 GiB or more is rejected on its own when boilerplate is on. */
#include "check.h"
#include "det_gen_test.h"
#include "det_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct corpus_s {
	sc_doc_t *docs; /* in input order */
	size_t n;
	size_t change; /* reread: this document's text is one byte shorter (SIZE_MAX: none) */
	int passes;    /* reread calls */
} corpus_t;

static int corpus_load(corpus_t *c, size_t n, uint64_t seed)
{
	char err[256];
	sc_evg_opts_t go;
	sc_evg_opts_init(&go);
	go.n = n;
	go.seed = seed;
	sc_evg_t *g = NULL;
	memset(c, 0, sizeof *c);
	c->change = SIZE_MAX;
	if (sc_evg_create(&g, &go, err, sizeof err)) return -1;
	c->docs = calloc(n, sizeof *c->docs);
	sc_evg_doc_t x;
	int k;
	while (c->docs && c->n < n && (k = sc_evg_next(g, &x, err, sizeof err)) == 1) {
		sc_doc_t *d = &c->docs[c->n++];
		d->id = strdup(x.id);
		d->text = strdup(x.text);
		d->len = x.len;
		d->published = x.published ? strdup(x.published) : NULL;
		memcpy(d->lang, x.lang, strlen(x.lang) + 1);
	}
	sc_evg_free(g);
	/* a fixed shuffle: the input order is neither the generator's nor the ids' */
	uint64_t s = seed * 2654435761u + 1;
	for (size_t i = c->n; i > 1; i--) {
		s = s * 6364136223846793005ull + 1442695040888963407ull;
		const size_t j = (size_t)(s >> 33) % i;
		sc_doc_t t = c->docs[i - 1];
		c->docs[i - 1] = c->docs[j];
		c->docs[j] = t;
	}
	return c->docs && c->n == n ? 0 : -1;
}

static void corpus_free(corpus_t *c)
{
	for (size_t i = 0; i < c->n; i++)
		sc_doc_free(&c->docs[i]);
	free(c->docs);
}

/* The caller's second (third, ...) pass: every document again, in input order, borrowed. */
static int reread(void *ctx, sc_det_t *d)
{
	corpus_t *c = ctx;
	c->passes++;
	for (size_t i = 0; i < c->n; i++) {
		sc_doc_t x = c->docs[i];
		if (i == c->change && x.len) x.len--;
		const int rc = sc_det_supply(d, &x);
		if (rc) return rc;
	}
	return SC_OK;
}

/* A run over the corpus, streaming when stream is set; *rc and err get sc_det_run's. */
static sc_det_t *run(corpus_t *c, const sc_det_opts_t *o0, int stream, int *rc, char *err,
                     size_t errlen)
{
	sc_det_opts_t o = *o0;
	if (stream) o.reread = reread, o.reread_ctx = c;
	c->passes = 0;
	sc_det_t *d = sc_det_create(&o);
	CHECK(d != NULL, "create");
	if (!d) return NULL;
	CHECK(sc_det_streaming(d) == stream, "streaming is %d", stream);
	for (size_t i = 0; i < c->n; i++) {
		sc_doc_t x = {0};
		x.id = strdup(c->docs[i].id);
		x.text = strdup(c->docs[i].text);
		x.len = c->docs[i].len;
		x.published = c->docs[i].published ? strdup(c->docs[i].published) : NULL;
		memcpy(x.lang, c->docs[i].lang, sizeof x.lang);
		CHECK(sc_det_add(d, &x) == SC_OK, "add %s", c->docs[i].id);
		sc_doc_free(&x);
	}
	*rc = sc_det_run(d, err, errlen);
	return d;
}

static int same_claim(const sc_claim_t *a, const sc_claim_t *b)
{
	return a->doc == b->doc && a->start == b->start && a->end == b->end &&
	       !strcmp(a->text ? a->text : "", b->text ? b->text : "") &&
	       !strcmp(a->source ? a->source : "", b->source ? b->source : "");
}

static int same_findings(const sc_conflict_t *a, size_t na, const sc_conflict_t *b, size_t nb)
{
	if (na != nb) return 0;
	for (size_t i = 0; i < na; i++)
		if (a[i].cluster != b[i].cluster || a[i].kind != b[i].kind ||
		    a[i].score != b[i].score || a[i].lead != b[i].lead ||
		    !same_claim(&a[i].a, &b[i].a) || !same_claim(&a[i].b, &b[i].b))
			return 0;
	return 1;
}

/* Everything the report reads of a result, compared; names the first difference. */
static int same_all(const sc_det_result_t *a, const sc_det_result_t *b, const char **what)
{
	*what = "documents";
	if (a->ndocs != b->ndocs || a->nrejects != b->nrejects || a->inputs != b->inputs) return 0;
	for (size_t i = 0; i < a->ndocs; i++) {
		const sc_det_doc_t *x = &a->docs[i], *y = &b->docs[i];
		*what = "a document's id, language, tokens or date";
		if (strcmp(x->doc.id, y->doc.id) || strcmp(x->doc.lang, y->doc.lang) ||
		    x->tokens != y->tokens || x->day != y->day || x->year != y->year ||
		    x->date_source != y->date_source || x->doc.len != y->doc.len)
			return 0;
		*what = "a document's boilerplate";
		if (x->nboiler != y->nboiler || x->boilerplate_bytes != y->boilerplate_bytes ||
		    (x->nboiler && memcmp(x->boiler, y->boiler, x->nboiler * sizeof *x->boiler)))
			return 0;
	}
	*what = "clusters, links or pairs";
	if (!sc_test_same_result(a, b)) return 0;
	*what = "statistics";
	if (a->stats.dup.verified != b->stats.dup.verified ||
	    a->stats.dup.lsh.candidates != b->stats.dup.lsh.candidates ||
	    a->stats.dup.lsh_missed != b->stats.dup.lsh_missed ||
	    a->stats.event.verified != b->stats.event.verified ||
	    a->stats.event.lsh.candidates != b->stats.event.lsh.candidates ||
	    a->stats.event.exact != b->stats.event.exact ||
	    a->stats.event.merges != b->stats.event.merges ||
	    a->stats.boiler_spans != b->stats.boiler_spans)
		return 0;
	*what = "warnings";
	if (strcmp(a->warning, b->warning) || strcmp(a->links_warning, b->links_warning)) return 0;
	*what = "findings";
	if (!same_findings(a->conflicts, a->nconflicts, b->conflicts, b->nconflicts) ||
	    !same_findings(a->updates, a->nupdates, b->updates, b->nupdates) ||
	    !same_findings(a->leads, a->nleads, b->leads, b->nleads))
		return 0;
	*what = "";
	return 1;
}

static size_t event_clusters(const sc_det_result_t *r)
{
	size_t m = 0;
	for (size_t i = 0; i < r->nclusters; i++)
		m += r->clusters[i].kind == SC_CLUSTER_EVENT;
	return m;
}

/* In memory and streaming, compared; the streaming run holds no text after it unless the
 * comparator is on (then only event clusters' documents). */
static void check_same(corpus_t *c, const sc_det_opts_t *o, const char *label)
{
	char err[256];
	int rca = -1, rcb = -1;
	sc_det_t *a = run(c, o, 0, &rca, err, sizeof err);
	CHECK(rca == SC_OK, "%s: in memory: %s", label, err);
	sc_det_t *b = run(c, o, 1, &rcb, err, sizeof err);
	CHECK(rcb == SC_OK, "%s: streaming: %s", label, err);
	if (a && b && !rca && !rcb) {
		const sc_det_result_t *ra = sc_det_result(a), *rb = sc_det_result(b);
		const char *what;
		CHECK(same_all(ra, rb, &what), "%s: streaming differs from memory: %s", label, what);
		/* a result worth comparing: clusters of both tiers, boilerplate found */
		CHECK(ra->nclusters > 0 && ra->stats.dup.verified > 0, "%s: clusters found", label);
		CHECK(!o->event_tier || event_clusters(ra) > 0, "%s: event clusters", label);
		CHECK(!o->event_tier || o->max_links >= SC_DET_MAX_LINKS ||
		          ra->stats.event.links_unlisted > 0,
		      "%s: event links cut (%llu of %llu unlisted)", label,
		      (unsigned long long)ra->stats.event.links_unlisted,
		      (unsigned long long)ra->stats.event.links);
		CHECK(!o->boilerplate || ra->stats.boiler_spans > 0, "%s: boilerplate found", label);
		CHECK(!o->compare || ra->nconflicts + ra->nupdates > 0, "%s: findings", label);
		/* passes: afterboil (with boilerplate), dup, terms and content (event tier), texts
		 * (comparator) */
		const int want = (o->boilerplate ? 1 : 0) + 1 + (o->event_tier ? 2 : 0) +
		                 (o->compare && o->event_tier ? 1 : 0);
		/* a small set budget: duplicate verification in several rounds */
		const int rounds = o->set_cache_bytes < ((size_t)1 << 20);
		CHECK(rounds ? c->passes > want : c->passes == want,
		      "%s: %d passes over the input (expected %s%d)", label, c->passes,
		      rounds ? "more than " : "", want);
		size_t held = 0, wrong = 0;
		unsigned char *in = calloc(rb->ndocs ? rb->ndocs : 1, 1);
		for (size_t i = 0; in && i < rb->nclusters; i++)
			if (rb->clusters[i].kind == SC_CLUSTER_EVENT)
				for (size_t j = 0; j < rb->clusters[i].nmembers; j++)
					in[rb->clusters[i].members[j]] = 1;
		for (size_t i = 0; in && i < rb->ndocs; i++) {
			const int has = rb->docs[i].doc.text != NULL;
			held += has;
			wrong += has != (o->compare && in[i]);
		}
		free(in);
		CHECK(wrong == 0, "%s: texts held after the run: %zu, %zu of them not as expected",
		      label, held, wrong);
	}
	sc_det_free(a);
	sc_det_free(b);
}

int main(void)
{
	corpus_t big, small;
	CHECK(corpus_load(&big, 900, 17) == 0, "generate 900 documents");
	CHECK(corpus_load(&small, 300, 5) == 0, "generate 300 documents");
	if (!big.n || !small.n) return CHECK_DONE();
	sc_det_opts_t o;
	char label[128];
	for (int t = 1; t <= 2; t++) {
		sc_det_opts_init(&o);
		o.threads = t;
		o.compare = 0;
		o.release_texts = 1;
		snprintf(label, sizeof label, "defaults, comparator off, %d threads", t);
		check_same(&big, &o, label);
		o.boilerplate = 0;
		snprintf(label, sizeof label, "no boilerplate, %d threads", t);
		check_same(&big, &o, label);
		o.boilerplate = 1;
		o.event_tier = 0;
		snprintf(label, sizeof label, "duplicate tier with boilerplate, %d threads", t);
		check_same(&big, &o, label);
		sc_det_opts_init(&o);
		o.threads = t;
		o.compare = 0;
		snprintf(label, sizeof label, "every pair (300 documents), %d threads", t);
		check_same(&small, &o, label);
	}
	sc_det_opts_init(&o);
	o.threads = 2;
	o.release_texts = 1;
	check_same(&big, &o, "comparator on");
	/* the sets held for duplicate verification bounded to 64 KiB (about 50 sets): rounds */
	sc_det_opts_init(&o);
	o.compare = 0;
	o.set_cache_bytes = (size_t)64 << 10;
	check_same(&big, &o, "duplicate verification in rounds");
	/* the event links cut to 5: the content pass scores only the pairs listed (inside
	 * clusters, and the 5 links of highest cosine), streaming as in memory */
	sc_det_opts_init(&o);
	o.compare = 0;
	for (int max = 5; max >= 0; max -= 5) {
		o.max_links = (size_t)max;
		snprintf(label, sizeof label, "event links cut to %d", max);
		check_same(&big, &o, label);
	}

	/* an input that changes between passes: refused, the document named */
	{
		char err[256] = "";
		int rc = -1;
		sc_det_opts_init(&o);
		o.compare = 0;
		big.change = 3;
		sc_det_t *d = run(&big, &o, 1, &rc, err, sizeof err);
		CHECK(rc == SC_EFORMAT && strstr(err, big.docs[3].id) && strstr(err, "change"),
		      "a changed input refused, naming the document: rc %d, %s", rc, err);
		big.change = SIZE_MAX;
		sc_det_free(d);
	}

	/* a text of 4 GiB or more (its length only: the text is never read) is rejected on its
	 * own, named, and the run goes on */
	{
		char err[256];
		sc_det_opts_init(&o);
		o.compare = 0;
		sc_det_t *d = sc_det_create(&o);
		sc_doc_t x = {0};
		x.id = strdup("huge");
		x.text = strdup("a text said to be 4 GiB long");
		x.len = (size_t)1 << 32;
		CHECK(d && sc_det_add(d, &x) == SC_OK, "add the 4 GiB text");
		sc_doc_free(&x);
		x = (sc_doc_t){0};
		x.id = strdup("ok");
		x.text = strdup("an ordinary text about the harbour vote on monday");
		x.len = strlen(x.text);
		CHECK(d && sc_det_add(d, &x) == SC_OK, "add an ordinary text");
		sc_doc_free(&x);
		CHECK(d && sc_det_run(d, err, sizeof err) == SC_OK, "run: %s", err);
		const sc_det_result_t *r = sc_det_result(d);
		CHECK(r && r->ndocs == 1 && r->nrejects == 1 && !strcmp(r->rejects[0].id, "huge") &&
		          strstr(r->rejects[0].reason, "4 GiB"),
		      "the 4 GiB text rejected on its own (%zu documents, %zu rejects)",
		      r ? r->ndocs : 0, r ? r->nrejects : 0);
		sc_det_free(d);
	}
	corpus_free(&big);
	corpus_free(&small);
	return CHECK_DONE();
}
