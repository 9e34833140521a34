/* Placeholders until the comparator is written. Delete a stub when its real function lands;
 * delete this file when it is empty. */
#include "detect.h"

int sc_cmp_pair(sc_cmp_t *c, const char *p, size_t pl, const char *h, size_t hl, const char *l, sc_judgement_t *o) { return SC_EPARAM; }
