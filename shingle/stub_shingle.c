/* Placeholders until the stage is written: each returns "not implemented". Delete a stub when
 * its real function lands; delete this file when it is empty. */
#include "shingle.h"
#include <stdlib.h>
#include <string.h>

void sc_sh_mh_params_init(sc_mh_params_t *p) { p->k = 128; p->seed = 42; p->scheme = SC_MH_KPERM; }
sc_minhash_t *sc_sh_minhash_create(const sc_mh_params_t *p) { return NULL; }
void sc_sh_minhash_free(sc_minhash_t *m) { (void)m; }
void sc_sh_minhash_sketch(const sc_minhash_t *m, const uint64_t *h, size_t n, uint32_t *sig) {}
int sc_sh_sig_create(sc_sigfile_t **f, const char *p, const sc_sig_header_t *h, char *e, size_t n) { return SC_EPARAM; }
int sc_sh_sig_write(sc_sigfile_t *f, const char *id, const char *l, const uint32_t *s) { return SC_EPARAM; }
int sc_sh_sig_close(sc_sigfile_t *f, char *e, size_t n) { return SC_EPARAM; }
void sc_sh_sig_abort(sc_sigfile_t *f) { (void)f; }
