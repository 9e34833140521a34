/* Placeholders until the comparator is written. Delete a stub when its real function lands;
 * delete this file when it is empty. */
#include "detect.h"

const char *sc_cmp_kind_name(int kind) { return "denial"; }
int sc_cmp_create(sc_cmp_t **c, const char *dir, char *e, size_t n) { *c = NULL; return SC_EPARAM; }
void sc_cmp_free(sc_cmp_t *c) { (void)c; }
int sc_cmp_pair(sc_cmp_t *c, const char *p, size_t pl, const char *h, size_t hl, const char *l, sc_judgement_t *o) { return SC_EPARAM; }
int sc_cmp_tsv_open(sc_tsv_t **t, FILE *f, const char *nm, char *e, size_t n) { *t = NULL; return SC_EPARAM; }
size_t sc_cmp_tsv_ncols(const sc_tsv_t *t) { return 0; }
const char *sc_cmp_tsv_colname(const sc_tsv_t *t, size_t i) { return ""; }
int sc_cmp_tsv_next(sc_tsv_t *t, const char *const **f, uint64_t *l, char *e, size_t n) { return 0; }
void sc_cmp_tsv_close(sc_tsv_t *t) { (void)t; }
int sc_cmp_cluster(sc_cmp_t *c, const sc_det_doc_t *docs, const uint32_t *m, size_t n, uint32_t cl, double ms, sc_conflict_t **o, size_t *no) { return SC_OK; }
void sc_cmp_conflict_free(sc_conflict_t *x) { (void)x; }
