/* cmp_test.h: the comparator tests' one way to make a document, and to run cluster mode over a
 * few one-paragraph documents. */
#ifndef SC_CMP_TEST_H
#define SC_CMP_TEST_H

#include "compare.h"
#include "detect.h"

#include <stdio.h>
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

#endif
