/* det_test.h: the detect tests' one way to ask whether a run put two documents in one event. */
#ifndef SC_DET_TEST_H
#define SC_DET_TEST_H

#include "detect.h"

#include <string.h>

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

#endif
