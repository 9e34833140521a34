/* Placeholders until the stage is written. Delete a stub when its real function lands; delete
 * this file when it is empty. */
#include "report.h"
#include <string.h>

int sc_rep_format_parse(const char *s) { return !strcmp(s, "json") ? SC_FMT_JSON : !strcmp(s, "html") ? SC_FMT_HTML : !strcmp(s, "text") ? SC_FMT_TEXT : -1; }
cJSON *sc_rep_build(const sc_det_t *d, const cJSON *p) { return NULL; }
char *sc_rep_print(const cJSON *r, sc_rep_format_t f) { return NULL; }
int sc_rep_load(const char *p, cJSON **o, char *e, size_t n) { *o = NULL; return SC_EPARAM; }
long sc_rep_apply_baseline(cJSON *r, const cJSON *b) { return 0; }
int sc_rep_failon_parse(const char *s, sc_rep_failon_t *f) { return SC_EPARAM; }
int sc_rep_failon_hit(const cJSON *r, const sc_rep_failon_t *f) { return 0; }
char *sc_rep_summary_line(const cJSON *r) { return NULL; }
int sc_rep_write_atomic(const char *p, const char *d, size_t l, char *e, size_t n) { return SC_EIO; }
