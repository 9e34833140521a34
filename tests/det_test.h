/* det_test.h: the detect tests' one way to run the detector over a few documents of their own,
 * and to ask whether a run put two documents in one event. */
#ifndef SC_DET_TEST_H
#define SC_DET_TEST_H

#include "check.h"
#include "detect.h"

#include <gsl/gsl_errno.h>
#include <stdlib.h>
#include <string.h>

/* A test program's start: GSL's errors returned rather than fatal, o the detector's defaults
 * without the comparator (it has tests of its own). CHECKs that a MinHash of these options can
 * be made; 0 when it cannot (the test has nothing to run), else 1. */
static inline int sc_test_det_start(sc_det_opts_t *o)
{
	gsl_set_error_handler_off();
	sc_det_opts_init(o);
	o->compare = 0;
	sc_minhash_t *m = sc_sh_minhash_create(&o->mh);
	CHECK(m != NULL, "a MinHash of the default options");
	sc_sh_minhash_free(m);
	return m != NULL;
}

/* text with every occurrence of key replaced by value; NULL when out of memory; caller frees */
static inline char *sc_test_replace(const char *text, const char *key, const char *value)
{
	const size_t kl = strlen(key), vl = strlen(value);
	size_t n = 0;
	for (const char *p = text; (p = strstr(p, key)); p += kl)
		n++;
	char *out = malloc(strlen(text) + n * vl + 1), *o = out;
	if (!out) return NULL;
	for (const char *p = text; *p;) {
		if (!strncmp(p, key, kl)) {
			memcpy(o, value, vl);
			o += vl;
			p += kl;
		} else
			*o++ = *p++;
	}
	*o = '\0';
	return out;
}

/* Whether documents a and b (exact ids) are members of one event cluster of r. */
static inline int sc_test_same_event(const sc_det_result_t *r, const char *a, const char *b)
{
	for (size_t c = 0; c < r->nclusters; c++) {
		const sc_cluster_t *k = &r->clusters[c];
		if (k->kind != SC_CLUSTER_EVENT) continue;
		int fa = 0, fb = 0;
		for (size_t i = 0; i < k->nmembers; i++) {
			fa |= !strcmp(r->docs[k->members[i]].doc.id, a);
			fb |= !strcmp(r->docs[k->members[i]].doc.id, b);
		}
		if (fa && fb) return 1;
	}
	return 0;
}

/* Runs d over the documents added to it and CHECKs the run. Returns d, or NULL (d freed) when
 * the run failed: the last step of every test's own way of adding documents. */
static inline sc_det_t *sc_test_det_finish(sc_det_t *d)
{
	char err[256];
	const int rc = sc_det_run(d, err, sizeof err);
	CHECK(rc == SC_OK, "run: %s", err);
	if (rc) {
		sc_det_free(d);
		return NULL;
	}
	return d;
}

/* Runs a detector with options o over n English documents: document i is id[i] with text
 * text[i] (copied; NULL fails its add). CHECKs the creation, every add and the run. Returns
 * the detector (sc_det_free it), or NULL when the creation or the run failed. */
static inline sc_det_t *sc_test_det_run(const sc_det_opts_t *o, const char *const *id,
                                        const char *const *text, size_t n)
{
	sc_det_t *d = sc_det_create(o);
	CHECK(d != NULL, "create");
	if (!d) return NULL;
	for (size_t i = 0; i < n; i++) {
		sc_doc_t doc = {0};
		doc.id = strdup(id[i]);
		doc.text = text[i] ? strdup(text[i]) : NULL;
		doc.len = doc.text ? strlen(doc.text) : 0;
		memcpy(doc.lang, "en", 3);
		CHECK(doc.id && doc.text && sc_det_add(d, &doc) == SC_OK, "add %s", id[i]);
		sc_doc_free(&doc);
	}
	return sc_test_det_finish(d);
}

#endif
