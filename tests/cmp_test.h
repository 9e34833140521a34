/* cmp_test.h: the comparator tests' one way to make a document. */
#ifndef SC_CMP_TEST_H
#define SC_CMP_TEST_H

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

#endif
