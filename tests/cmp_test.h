/* cmp_test.h: the comparator tests' one way to make a document, and to run cluster mode over a
 * few one-paragraph documents. */
#ifndef SC_CMP_TEST_H
#define SC_CMP_TEST_H

#include "compare.h"
#include "detect.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* d borrows id and text (they must outlive it); published may be NULL. */
static inline void sc_test_cmp_doc(sc_det_doc_t *d, const char *id, const char *lang,
                                   const char *published, const char *text)
{
	memset(d, 0, sizeof *d);
	d->doc.id = (char *)id;
	d->doc.text = (char *)text;
	d->doc.len = strlen(text);
	d->doc.published = (char *)published;
	snprintf(d->doc.lang, sizeof d->doc.lang, "%s", lang);
}

/* *c = a comparator on the built-in lexicons; on failure says why on stderr and returns
 * non-zero (the test cannot go on). */
static inline int sc_test_cmp_open(sc_cmp_t **c)
{
	char err[512];
	if (sc_cmp_create(c, NULL, err, sizeof err) == SC_OK) return 0;
	fprintf(stderr, "sc_cmp_create: %s\n", err);
	return 1;
}

#define SC_TEST_CMP_MAX 8
/* Cluster mode (as cluster 1, bar min_score) over n <= SC_TEST_CMP_MAX documents "d0", "d1", ...
 * in lang, document i holding text[i] and published on dates[i] (dates may be NULL: undated).
 * The findings go to *v, *nv (free each with sc_cmp_conflict_free, then the array). Returns
 * sc_cmp_cluster's code (SC_EPARAM when n is too large). */
static inline int sc_test_cmp_run(sc_cmp_t *c, const char *lang, const char *const *text,
                                  const char *const *dates, size_t n, double min_score,
                                  sc_conflict_t **v, size_t *nv)
{
	sc_det_doc_t docs[SC_TEST_CMP_MAX];
	uint32_t m[SC_TEST_CMP_MAX];
	static const char *const ids[SC_TEST_CMP_MAX] = {"d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7"};
	*v = NULL;
	*nv = 0;
	if (n > SC_TEST_CMP_MAX) return SC_EPARAM;
	for (size_t i = 0; i < n; i++) {
		sc_test_cmp_doc(&docs[i], ids[i], lang, dates ? dates[i] : NULL, text[i]);
		m[i] = (uint32_t)i;
	}
	return sc_cmp_cluster(c, docs, m, n, 1, min_score, v, nv);
}

/* A case of cluster mode over four one-sentence documents: whether the generic frames of t
 * must clash (clash 1) or not (clash 0); what the test checks of a clash is its own. */
typedef struct sc_test_group_s {
	const char *what, *lang;
	int clash;
	const char *t[4];
} sc_test_group_t;

/* Cluster mode as sc_test_cmp_run (undated): *hits = the findings whose cues name `cue`,
 * *leads = those of them that are leads. The findings are freed. Returns sc_cmp_cluster's
 * code. */
static inline int sc_test_cmp_cue_count(sc_cmp_t *c, const char *lang, const char *const *text,
                                        size_t n, double min_score, const char *cue, size_t *hits,
                                        size_t *leads)
{
	sc_conflict_t *v;
	size_t nv;
	int rc = sc_test_cmp_run(c, lang, text, NULL, n, min_score, &v, &nv);
	*hits = *leads = 0;
	for (size_t i = 0; i < nv; i++) {
		int has = 0;
		for (size_t k = 0; k < v[i].ncues; k++) has |= !strcmp(v[i].cues[k], cue);
		*hits += has;
		*leads += has && v[i].lead;
		sc_cmp_conflict_free(&v[i]);
	}
	free(v);
	return rc;
}

/* Findings printed on stderr with their kind, score, lead flag, texts and cues: what a failed
 * check shows. */
static inline void sc_test_cmp_dump(const char *what, const sc_conflict_t *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		fprintf(stderr, "  [%s] %s %.3f lead %d %s <> %s |", what, sc_cmp_kind_name(v[i].kind),
		        v[i].score, v[i].lead, v[i].a.text, v[i].b.text);
		for (size_t k = 0; k < v[i].ncues; k++)
			fprintf(stderr, " %s", v[i].cues[k]);
		fprintf(stderr, "\n");
	}
}

/* Frees n findings and their array. */
static inline void sc_test_cmp_free(sc_conflict_t *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sc_cmp_conflict_free(&v[i]);
	free(v);
}

#endif
