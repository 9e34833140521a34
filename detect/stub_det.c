/* Placeholders until the clustering half of the stage is written. Delete a stub when its real
 * function lands; delete this file when it is empty. */
#include "detect.h"
#include <string.h>

sc_det_t *sc_det_create(const sc_det_opts_t *o) { return NULL; }
void sc_det_free(sc_det_t *d) { (void)d; }
int sc_det_add(sc_det_t *d, sc_doc_t *doc) { return SC_EPARAM; }
int sc_det_reject(sc_det_t *d, sc_reject_t *r) { return SC_EPARAM; }
int sc_det_run(sc_det_t *d, char *e, size_t n) { return SC_EPARAM; }
const sc_det_result_t *sc_det_result(const sc_det_t *d) { return NULL; }
