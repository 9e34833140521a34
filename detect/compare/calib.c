/* Score calibration for cluster mode (issue 11, "precision first").
 *
 * The judge (judge.c) was fitted on French DACCORD pairs: its score says how contradictory two
 * sentences read, not how likely a candidate found among the sentences of a news cluster is a
 * conflict an editor would want to read. This stage maps each cluster-mode candidate to that
 * probability with a small logistic model over features that do not depend on the language:
 * the kind, the judge's score, the shared-term similarity, who speaks on each side, whether a
 * side is a headline or a dateline/timestamp line, sentence length, shared names.
 *
 * The model is data (detect/compare/model/calib-en.json, written by bench/fit_calib.py from
 * the labelled fit topics of bench/truth/realnews-conflicts.tsv, embedded at build time). Its
 * feature names are looked up here, so the file may list any subset in any order; an unknown
 * name is an error. The model is applied only when its file says "apply": true, which the
 * fitter writes only when the fit topics reach the precision target at its bar; otherwise (and
 * without a model, or with a bad one) the judge's scores pass through unchanged.
 *
 * Fitting hook: after sc_cmp_calib_dump_to(f) (cmp_judge.h; bench/fit/calib_dump is its one
 * caller, for bench/fit_calib.py), each candidate's features (before the bar) are written to f
 * as TSV. Reports are not affected. The library reads no environment variable. */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cmp_internal.h"
#include "cmp_judge.h" /* sc_cmp_calib_dump_to */

extern const unsigned char sc_model_calib_en[];
extern const size_t sc_model_calib_en_len;

/* The features, by name (the model file's names). */
static const char *const FEAT[SC_CALIB_NFEAT] = {
	"bias",      "kind_number", "kind_date", "kind_polar", "judge",  "sim",
	"src_diff",  "src_none",    "same_doc",  "headline",   "short",  "digits",
	"lead",      "shared_ent",  "reported",  "asserted",   "nshared", "copy",     "frame",       "frame_gap"};

const char *sc_cmp_calib_feature_name(int i)
{
	return i >= 0 && i < SC_CALIB_NFEAT ? FEAT[i] : NULL;
}

/* the share of ASCII digits among the sentence's non-space bytes: a dateline or a timestamp
 * line ("23 July 2013 Last updated at 13:42 GMT") is mostly figures */
static double digit_share(const sc_stmt_t *s)
{
	size_t d = 0, n = 0;
	for (size_t i = 0; i < s->len; i++) {
		unsigned char ch = (unsigned char)s->text[i];
		if (ch == ' ' || ch == '\t' || ch == '\n') continue;
		n++;
		d += ch >= '0' && ch <= '9';
	}
	return n ? (double)d / n : 0;
}

static size_t shared_count(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t i = 0, j = 0, n = 0;
	while (i < na && j < nb) {
		if (a[i] < b[j]) i++;
		else if (b[j] < a[i]) j++;
		else n++, i++, j++;
	}
	return n;
}

void sc_cmp_calib_features(const sc_calib_in_t *in, double *f)
{
	const sc_stmt_t *a = in->a, *b = in->b;
	memset(f, 0, SC_CALIB_NFEAT * sizeof *f);
	f[0] = 1;
	f[1] = in->kind == SC_CONFLICT_NUMBER;
	f[2] = in->kind == SC_CONFLICT_DATE;
	f[3] = in->kind == SC_CONFLICT_DENIAL || in->kind == SC_CONFLICT_NEGATION;
	f[4] = in->score;
	f[5] = in->sim;
	f[6] = a->source && b->source && strcmp(a->source, b->source) != 0;
	f[7] = !a->source && !b->source;
	f[8] = in->same_doc;
	f[9] = in->headline;
	size_t ml = a->len < b->len ? a->len : b->len;
	f[10] = ml < 60; /* a title, a dateline, a caption: rarely the claim itself */
	double da = digit_share(a), db = digit_share(b);
	f[11] = da > db ? da : db;
	f[12] = in->lead;
	size_t se = shared_count(a->ents, a->nents, b->ents, b->nents);
	f[13] = se > 2 ? 1.0 : se / 2.0;
	f[14] = a->modality == SC_MOD_REPORTED || b->modality == SC_MOD_REPORTED;
	f[15] = a->modality == SC_MOD_ASSERTED && b->modality == SC_MOD_ASSERTED;
	size_t st = shared_count(a->terms, a->nterms, b->terms, b->nterms);
	f[16] = st > 8 ? 1.0 : st / 8.0;
	f[17] = in->sim >= 0.9; /* near copies (syndication, timestamps) repeat, rarely disagree */
	/* quantity frames (quantity.c): both sides count the same class of thing, and how far
	 * apart their intervals lie relative to the values (0: they overlap; capped at 1) */
	for (size_t i = 0; i < a->nq; i++)
		for (size_t j = 0; j < b->nq; j++) {
			const sc_quant_t *p = &a->q[i], *q = &b->q[j];
			if (!p->qcls || p->qcls != q->qcls) continue;
			f[18] = 1;
			double gap = (p->lo > q->lo ? p->lo : q->lo) - (p->hi < q->hi ? p->hi : q->hi);
			double mag = fabs(p->value) > fabs(q->value) ? fabs(p->value) : fabs(q->value);
			double g = gap <= 0 ? 0 : mag > 0 ? gap / mag : 1;
			if (g > 1) g = 1;
			if (g > f[19]) f[19] = g;
		}
}

/* ------------------------------------------------------------ the model */
static struct {
	int have;
	double w[SC_CALIB_NFEAT];
} model;
static pthread_once_t model_once = PTHREAD_ONCE_INIT;
static FILE *dump; /* sc_cmp_calib_dump_to; under dump_lock */
static pthread_mutex_t dump_lock = PTHREAD_MUTEX_INITIALIZER;

void sc_cmp_calib_dump_to(FILE *f)
{
	pthread_mutex_lock(&dump_lock);
	if (dump) fflush(dump);
	dump = f;
	pthread_mutex_unlock(&dump_lock);
}

/* Parses a model: {"features": [names], "weights": [numbers], "apply": bool}. Returns SC_OK
 * or SC_EFORMAT; *apply is 1 only when the file says "apply": true. */
int sc_cmp_calib_parse(const char *text, size_t len, double *w, int *apply)
{
	cJSON *root = cJSON_ParseWithLength(text, len);
	int rc = SC_EFORMAT;
	memset(w, 0, SC_CALIB_NFEAT * sizeof *w);
	*apply = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(root, "apply"));
	const cJSON *fs = cJSON_GetObjectItemCaseSensitive(root, "features");
	const cJSON *ws = cJSON_GetObjectItemCaseSensitive(root, "weights");
	if (!cJSON_IsArray(fs) || !cJSON_IsArray(ws) || cJSON_GetArraySize(fs) != cJSON_GetArraySize(ws) ||
	    cJSON_GetArraySize(fs) == 0)
		goto done;
	for (int i = 0; i < cJSON_GetArraySize(fs); i++) {
		const cJSON *n = cJSON_GetArrayItem(fs, i), *v = cJSON_GetArrayItem(ws, i);
		if (!cJSON_IsString(n) || !cJSON_IsNumber(v) || !isfinite(v->valuedouble)) goto done;
		int k = -1;
		for (int j = 0; j < SC_CALIB_NFEAT && k < 0; j++)
			if (!strcmp(FEAT[j], n->valuestring)) k = j;
		if (k < 0) goto done; /* a feature this build does not compute */
		w[k] = v->valuedouble;
	}
	rc = SC_OK;
done:
	cJSON_Delete(root);
	return rc;
}

static void model_load(void)
{
	int apply = 0;
	model.have = sc_cmp_calib_parse((const char *)sc_model_calib_en, sc_model_calib_en_len, model.w,
	                                &apply) == SC_OK && apply;
}

double sc_cmp_calib_apply(const double *w, const double *f)
{
	double z = 0;
	for (int i = 0; i < SC_CALIB_NFEAT; i++) z += w[i] * f[i];
	return 1.0 / (1.0 + exp(-z));
}

double sc_cmp_calibrate(const sc_calib_in_t *in)
{
	pthread_once(&model_once, model_load);
	double f[SC_CALIB_NFEAT];
	sc_cmp_calib_features(in, f);
	pthread_mutex_lock(&dump_lock);
	if (dump) {
		fprintf(dump, "%s\t%zu\t%zu\t%s\t%zu\t%zu", in->id_a, in->start_a, in->end_a, in->id_b,
		        in->start_b, in->end_b);
		for (int i = 0; i < SC_CALIB_NFEAT; i++) fprintf(dump, "\t%.6g", f[i]);
		fputc('\n', dump);
	}
	pthread_mutex_unlock(&dump_lock);
	return model.have ? sc_cmp_calib_apply(model.w, f) : in->score;
}
