/* Placeholders until the comparator is written. Delete a stub when its real function lands;
 * delete this file when it is empty. */
#include "detect.h"

const char *sc_cmp_kind_name(int kind) { return "denial"; }
int sc_cmp_create(sc_cmp_t **c, const char *dir, char *e, size_t n) { *c = NULL; return SC_EPARAM; }
void sc_cmp_free(sc_cmp_t *c) { (void)c; }
int sc_cmp_cluster(sc_cmp_t *c, const sc_det_doc_t *docs, const uint32_t *m, size_t n, uint32_t cl, double ms, sc_conflict_t **o, size_t *no) { return SC_OK; }
void sc_cmp_conflict_free(sc_conflict_t *x) { (void)x; }
