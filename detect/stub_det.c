/* Placeholders until the clustering half of the stage is written. Delete a stub when its real
 * function lands; delete this file when it is empty. */
#include "detect.h"
#include <string.h>

void sc_det_opts_init(sc_det_opts_t *o)
{
	memset(o, 0, sizeof *o);
	sc_sh_mh_params_init(&o->mh);
	o->dup_k = 5;
	o->dup_threshold = 0.5;
	o->event_threshold = 0.12;
	o->fp_weight = 1.0;
	o->fn_weight = 4.0;
	o->boilerplate = 1;
	o->compare = 1;
	o->min_conflict_score = 0.5;
}
int sc_det_opts_check(const sc_det_opts_t *o, char *e, size_t n) { return SC_OK; }
sc_det_t *sc_det_create(const sc_det_opts_t *o) { return NULL; }
void sc_det_free(sc_det_t *d) { (void)d; }
int sc_det_add(sc_det_t *d, sc_doc_t *doc) { return SC_EPARAM; }
int sc_det_reject(sc_det_t *d, sc_reject_t *r) { return SC_EPARAM; }
int sc_det_run(sc_det_t *d, char *e, size_t n) { return SC_EPARAM; }
const sc_det_result_t *sc_det_result(const sc_det_t *d) { return NULL; }
