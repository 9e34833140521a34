/* Cluster-mode calibration (calib.c): the features of a candidate, the model file's parser
 * (names looked up, unknown names and bad shapes refused, the apply flag) and the logistic
 * model. Every sentence was written for this test. */
#include "check.h"
#include "cmp_internal.h"

#include <math.h>
#include <string.h>

extern const unsigned char sc_model_calib_en[];
extern const size_t sc_model_calib_en_len;

static int idx(const char *name)
{
	for (int i = 0; sc_cmp_calib_feature_name(i); i++)
		if (!strcmp(sc_cmp_calib_feature_name(i), name)) return i;
	return -1;
}

static int parse(const char *s, double *w, int *apply)
{
	return sc_cmp_calib_parse(s, strlen(s), w, apply);
}

int main(void)
{
	sc_cmp_t *c = NULL;
	char err[256];
	CHECK(sc_cmp_create(&c, NULL, err, sizeof err) == SC_OK, "create: %s", err);
	if (!c) return CHECK_DONE();
	CHECK(idx("bias") == 0 && idx("frame_gap") == SC_CALIB_NFEAT - 1 && !sc_cmp_calib_feature_name(SC_CALIB_NFEAT),
	      "feature names");

	/* features: a timestamp line against a reported sentence */
	const char *ts = "4 March 2021 Last updated at 09: 15 GMT";
	const char *rep = "The ferry left Dover at noon with 212 passengers on board, the harbour master said.";
	sc_stmt_t a, b;
	CHECK(sc_cmp_analyse(c, ts, strlen(ts), "en", &a) == SC_OK, "analyse");
	CHECK(sc_cmp_analyse(c, rep, strlen(rep), "en", &b) == SC_OK, "analyse");
	double f[SC_CALIB_NFEAT];
	sc_calib_in_t in = {&a, &b, 0.95, SC_CONFLICT_DATE, 0.8, 0, 0, 1, "x", "y", 0, 1, 0, 1};
	sc_cmp_calib_features(&in, f);
	CHECK(f[idx("bias")] == 1 && f[idx("kind_date")] == 1 && f[idx("kind_number")] == 0, "kind");
	CHECK(f[idx("judge")] == 0.8 && f[idx("sim")] == 0.95 && f[idx("copy")] == 1, "scores");
	CHECK(f[idx("short")] == 1, "a 39-byte timestamp line is short");
	CHECK(f[idx("digits")] > 0.25, "a timestamp line is largely figures (%g)", f[idx("digits")]);
	CHECK(f[idx("headline")] == 1 && f[idx("same_doc")] == 0, "headline, documents");
	CHECK(f[idx("src_none")] == 0 && f[idx("src_diff")] == 0, "one side has a source: %s",
	      b.source ? b.source : "(none)");
	in.sim = 0.5;
	in.kind = SC_CONFLICT_NEGATION;
	sc_cmp_calib_features(&in, f);
	CHECK(f[idx("copy")] == 0 && f[idx("kind_polar")] == 1 && f[idx("kind_date")] == 0, "negation");
	sc_cmp_stmt_free(&a);
	sc_cmp_stmt_free(&b);

	/* the parser */
	double w[SC_CALIB_NFEAT];
	int apply = -1;
	CHECK(parse("{\"apply\": true, \"features\": [\"sim\", \"bias\"], \"weights\": [2, -1]}", w, &apply) == SC_OK &&
	          apply == 1 && w[0] == -1 && w[idx("sim")] == 2 && w[idx("lead")] == 0,
	      "weights placed by name");
	CHECK(parse("{\"features\": [\"bias\"], \"weights\": [1]}", w, &apply) == SC_OK && apply == 0,
	      "no apply flag: not applied");
	CHECK(parse("{\"apply\": true, \"features\": [\"bias\", \"moon\"], \"weights\": [1, 2]}", w, &apply) == SC_EFORMAT,
	      "an unknown feature is refused");
	CHECK(parse("{\"apply\": true, \"features\": [\"bias\"], \"weights\": [1, 2]}", w, &apply) == SC_EFORMAT,
	      "lengths differ");
	CHECK(parse("{\"apply\": true, \"features\": [\"bias\"], \"weights\": [\"x\"]}", w, &apply) == SC_EFORMAT,
	      "a weight that is not a number");
	CHECK(parse("not json", w, &apply) == SC_EFORMAT, "not JSON");
	CHECK(sc_cmp_calib_parse((const char *)sc_model_calib_en, sc_model_calib_en_len, w, &apply) == SC_OK,
	      "the shipped model parses");

	/* the model */
	double z[SC_CALIB_NFEAT] = {0}, x[SC_CALIB_NFEAT] = {0};
	x[0] = 1;
	CHECK(fabs(sc_cmp_calib_apply(z, x) - 0.5) < 1e-12, "zero weights: 0.5");
	z[idx("sim")] = 3;
	x[idx("sim")] = 0.2;
	double lo = sc_cmp_calib_apply(z, x);
	x[idx("sim")] = 0.8;
	double hi = sc_cmp_calib_apply(z, x);
	CHECK(lo > 0.5 && hi > lo && hi < 1, "a positive weight raises the probability (%g, %g)", lo, hi);
	sc_cmp_free(c);
	return CHECK_DONE();
}
