/* The event tier's two halves (det_internal.h): sc_det_ev_terms (one document's stems, no
 * corpus state) and sc_det_ev_create_terms (df, ids, weights, vectors from those lists), which
 * sc_det_ev_create calls. Lists made one document at a time with one reused buffer, in any
 * order, must give the vectors sc_det_ev_create gives, to the bit (the MPI path builds them
 * that way: ranks tokenise, one process weighs), with and without copies left out of df.
 * Sentences of our own. */
#include "check.h"
#include "det_internal.h"

#include <stdlib.h>
#include <string.h>

static const char *const texts[] = {
    "The Orvane bridge over the Tessel collapsed on Tuesday. Rescuers from Brackley pulled two "
    "drivers from the river, and the mayor of Brackley said the Orvane bridge had been closed "
    "for repairs to the bridge.",
    "Two drivers were rescued after a bridge over the Tessel fell near Brackley. Engineers said "
    "the bridge had cracked in the spring floods.",
    "Harlow Mills signed a wage deal with its weavers after a strike of nine days. The weavers "
    "of Harlow Mills will get a rise of four percent.",
    "The strike at Harlow Mills ended on Friday with a wage deal. The union said the weavers "
    "voted for it.",
    "The Orvane bridge over the Tessel collapsed on Tuesday. Rescuers from Brackley pulled two "
    "drivers from the river, and the mayor of Brackley said the Orvane bridge had been closed.",
};
#define N (sizeof texts / sizeof *texts)

static void make_docs(sc_det_doc_t *d)
{
	memset(d, 0, N * sizeof *d);
	for (size_t i = 0; i < N; i++) {
		d[i].doc.text = (char *)texts[i];
		d[i].doc.len = strlen(texts[i]);
		memcpy(d[i].doc.lang, "en", 3);
	}
}

/* One document's list: sorted, distinct, names boosted, stopwords out, the weekday read. */
static void test_terms(sc_tokenizer_t *tk, const sc_det_doc_t *d)
{
	sc_det_evterms_t t = {0};
	long m = sc_det_ev_terms(tk, &d[0], &t);
	CHECK(m > 0 && (size_t)m == t.n, "terms of doc 0: %ld", m);
	for (size_t i = 1; i < t.n; i++)
		CHECK(t.a[i - 1].h < t.a[i].h, "sorted and distinct at %zu", i);
	CHECK(t.wday == 2, "doc 0 names a Tuesday: %d", t.wday);
	/* "Orvane" twice in mid-sentence (2 + 2) and "Brackley" twice (2 + 2); "bridge" three
	 * times lower-case; "the", "from" are stopwords: not listed */
	size_t n4 = 0, n3 = 0;
	for (size_t i = 0; i < t.n; i++) {
		n4 += t.a[i].tf == 4.0f;
		n3 += t.a[i].tf == 3.0f;
	}
	CHECK(n4 == 2, "two names counted twice each, boosted: %zu stems of tf 4", n4);
	CHECK(n3 == 1, "one word three times (bridge): %zu stems of tf 3", n3);
	CHECK(t.n < 22, "stopwords out: %zu stems", t.n);
	/* the first occurrence: the first stem of the text is at 0 */
	size_t first0 = 0;
	for (size_t i = 0; i < t.n; i++)
		first0 += t.a[i].first == 0;
	CHECK(first0 == 1, "one stem first at 0: %zu", first0);
	/* reuse: a second document into the same buffer, then the first again: the same list */
	m = sc_det_ev_terms(tk, &d[3], &t);
	CHECK(m > 0 && t.wday == 5, "doc 3: %ld stems, Friday: %d", m, t.wday);
	const size_t n3s = t.n;
	sc_det_evterms_t v = {0};
	sc_det_ev_terms(tk, &d[0], &t);
	sc_det_ev_terms(tk, &d[0], &v);
	CHECK(t.n == v.n && t.n != n3s && !memcmp(t.a, v.a, t.n * sizeof *t.a),
	      "doc 0 again into the reused buffer: the list of a fresh one");
	free(t.a);
	free(v.a);
}

/* Vectors from lists made one by one (in reverse order, one buffer) against sc_det_ev_create:
 * every pair's cosine the same double. */
static void test_same_vectors(sc_tokenizer_t *tk, sc_det_doc_t *d, const unsigned char *copy)
{
	sc_det_ev_t *a = NULL, *b = NULL;
	size_t bad = 0;
	CHECK(sc_det_ev_create(&a, d, N, &tk, 1, copy, &bad) == SC_OK, "create");
	sc_det_evterms_t *terms = calloc(N, sizeof *terms), w = {0};
	for (size_t k = N; k-- > 0;) {
		CHECK(sc_det_ev_terms(tk, &d[k], &w) >= 0, "terms %zu", k);
		terms[k] = w;
		terms[k].a = malloc(w.n * sizeof *w.a);
		memcpy(terms[k].a, w.a, w.n * sizeof *w.a);
	}
	free(w.a);
	CHECK(sc_det_ev_create_terms(&b, d, N, terms, copy, 2) == SC_OK, "create_terms");
	size_t freed = 0;
	for (size_t k = 0; k < N; k++)
		freed += !terms[k].a && !terms[k].n;
	CHECK(freed == N, "the lists are taken: %zu of %zu freed", freed, N);
	size_t same = 0, pos = 0;
	for (uint32_t i = 0; a && b && i < N; i++)
		for (uint32_t j = i + 1; j < N; j++) {
			const double x = sc_det_ev_cosine(a, i, j), y = sc_det_ev_cosine(b, i, j);
			same += x == y;
			pos += x > 0.2;
		}
	CHECK(same == N * (N - 1) / 2, "cosines equal: %zu of %zu", same, N * (N - 1) / 2);
	CHECK(pos >= 3, "some pairs alike (%zu): the vectors are not empty", pos);
	free(terms);
	sc_det_ev_free(a);
	sc_det_ev_free(b);
}

/* Leaving a copy out of df changes the weights: the copy flags reach both paths. */
static void test_copy_counts(sc_tokenizer_t *tk, sc_det_doc_t *d)
{
	const unsigned char copy[N] = {0, 0, 0, 0, 1};
	sc_det_ev_t *a = NULL, *b = NULL;
	size_t bad = 0;
	CHECK(sc_det_ev_create(&a, d, N, &tk, 1, NULL, &bad) == SC_OK, "create");
	CHECK(sc_det_ev_create(&b, d, N, &tk, 1, copy, &bad) == SC_OK, "create, copy");
	CHECK(a && b && sc_det_ev_cosine(a, 0, 1) != sc_det_ev_cosine(b, 0, 1),
	      "df without the copy weighs the bridge documents otherwise");
	sc_det_ev_free(a);
	sc_det_ev_free(b);
}

int main(void)
{
	/* the counted lists (event.c ctf_t) keep a stem's boosted count in 16 bits: exact only while
	 * the name boost is a whole number, which C11 cannot check at compile time */
	CHECK(SC_DET_EVENT_NAME_BOOST == (double)(int)SC_DET_EVENT_NAME_BOOST,
	      "the name boost %g is a whole number", (double)SC_DET_EVENT_NAME_BOOST);
	sc_shingle_opts_t co;
	sc_sh_shingle_opts_init(&co, SC_VIEW_CONTENT);
	sc_tokenizer_t *tk = sc_sh_tokenizer_create(&co.norm);
	if (!tk) {
		printf("SKIP: no tokenizer\n");
		return 77;
	}
	sc_det_doc_t d[N];
	make_docs(d);
	/* no background table: the corpus alone weighs (the table is tested elsewhere) */
	setenv("SC_DET_EVENT_IDF", "none", 1);
	test_terms(tk, d);
	test_same_vectors(tk, d, NULL);
	const unsigned char copy[N] = {0, 0, 0, 0, 1};
	test_same_vectors(tk, d, copy);
	test_copy_counts(tk, d);
	unsetenv("SC_DET_EVENT_IDF");
	test_same_vectors(tk, d, copy); /* with the built-in table */
	sc_sh_tokenizer_free(tk);
	return CHECK_DONE();
}
