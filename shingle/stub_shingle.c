/* Placeholders until the stage is written: each returns "not implemented". Delete a stub when
 * its real function lands; delete this file when it is empty. */
#include "shingle.h"
#include <stdlib.h>
#include <string.h>

const char *sc_strerror(int code)
{
	switch (code) {
	case SC_OK: return "success";
	case SC_ENOMEM: return "out of memory";
	case SC_EIO: return "input/output error";
	case SC_EFORMAT: return "bad format";
	case SC_EVERSION: return "unsupported format version";
	case SC_ETRUNC: return "truncated file";
	case SC_EPARAM: return "invalid parameter";
	case SC_EMISMATCH: return "parameters do not match";
	case SC_EINTR: return "interrupted";
	}
	return "unknown error";
}
void sc_doc_free(sc_doc_t *d) { (void)d; }
void sc_reject_free(sc_reject_t *r) { (void)r; }
void sc_u64v_free(sc_u64v_t *v) { if (v) { free(v->a); memset(v, 0, sizeof *v); } }
void sc_sh_reader_opts_init(sc_reader_opts_t *o) { o->max_doc_bytes = 16u << 20; o->min_words = 5; }
int sc_sh_reader_open(sc_reader_t **r, const char *const *in, int n, const sc_reader_opts_t *o) { *r = NULL; return SC_EPARAM; }
int sc_sh_reader_next(sc_reader_t *r, sc_doc_t *d, sc_reject_t *j) { return SC_EPARAM; }
uint64_t sc_sh_reader_count(const sc_reader_t *r) { return 0; }
void sc_sh_reader_close(sc_reader_t *r) { (void)r; }
sc_tokenizer_t *sc_sh_tokenizer_create(const sc_norm_opts_t *o) { return NULL; }
void sc_sh_tokenizer_free(sc_tokenizer_t *t) { (void)t; }
long sc_sh_tokenize(sc_tokenizer_t *t, const char *s, size_t n, const char *l, const sc_token_t **o) { return SC_EPARAM; }
const char *sc_sh_lang_guess(const sc_tokenizer_t *t, const sc_token_t *k, size_t n) { return ""; }
void sc_sh_shingle_opts_init(sc_shingle_opts_t *o, sc_view_t v) { memset(o, 0, sizeof *o); o->view = v; o->k = v == SC_VIEW_WORD ? 5 : 1; }
long sc_sh_shingle_set(sc_tokenizer_t *t, const sc_shingle_opts_t *o, const char *s, size_t n, const char *l, const size_t *sk, size_t ns, sc_u64v_t *out) { return SC_EPARAM; }
void sc_sh_mh_params_init(sc_mh_params_t *p) { p->k = 128; p->seed = 42; p->scheme = SC_MH_KPERM; }
sc_minhash_t *sc_sh_minhash_create(const sc_mh_params_t *p) { return NULL; }
void sc_sh_minhash_free(sc_minhash_t *m) { (void)m; }
void sc_sh_minhash_sketch(const sc_minhash_t *m, const uint64_t *h, size_t n, uint32_t *sig) {}
int sc_sh_sig_create(sc_sigfile_t **f, const char *p, const sc_sig_header_t *h, char *e, size_t n) { return SC_EPARAM; }
int sc_sh_sig_write(sc_sigfile_t *f, const char *id, const char *l, const uint32_t *s) { return SC_EPARAM; }
int sc_sh_sig_close(sc_sigfile_t *f, char *e, size_t n) { return SC_EPARAM; }
void sc_sh_sig_abort(sc_sigfile_t *f) { (void)f; }
