/* test_compare_pair.c: the judge (detect/judge.c).
 *  - features computed from hand-built statements (no analysis involved): coverage, novelty,
 *    polarity asymmetry, quantities that clash or overlap (approximate values are intervals,
 *    different counted things are not comparable), dates, antonyms, the evidence gate;
 *  - the model file is validated with messages naming the entry at fault;
 *  - sc_cmp_pair end to end: valid judgements, determinism, bad input survives, and the
 *    fitted model ranks a negated restatement above a paraphrase;
 *  - the calibration stage's fitting hook (sc_cmp_calib_dump_to). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_rng.h>

#include "check.h"
#include "cmp_judge.h"
#include "cmp_test.h"
#include "det_run.h"

static size_t fidx(const char *name)
{
	for (size_t i = 0; i < sc_cmp_nfeatures(); i++)
		if (!strcmp(sc_cmp_feature_name(i), name)) return i;
	fprintf(stderr, "no feature %s\n", name);
	exit(1);
}

static sc_quant_t quant(int kind, double v, double lo, double hi, uint64_t what)
{
	sc_quant_t q;
	memset(&q, 0, sizeof q);
	q.kind = kind;
	q.value = v;
	q.lo = lo;
	q.hi = hi;
	q.what = what;
	return q;
}

static void test_features(sc_cmp_t *c)
{
	double x[SC_JF_MAX];
	uint64_t tp[] = {1, 2, 3, 4}, th[] = {2, 3, 4, 9, 10};
	sc_stmt_t p = sc_test_stmt("a", tp, 4), h = sc_test_stmt("b", th, 5);
	CHECK(sc_cmp_features(c, &p, &h, x) == SC_OK, "features");
	CHECK(fabs(x[fidx("cov_h")] - 3.0 / 5) < 1e-12, "cov_h %.3f", x[fidx("cov_h")]);
	CHECK(fabs(x[fidx("novel_h")] - log1p(2)) < 1e-12, "novel_h");
	CHECK(fabs(x[fidx("novel_p")] - log1p(1)) < 1e-12, "novel_p");
	CHECK(x[fidx("neg_asym")] == 0 && x[fidx("pol_asym")] == 0, "no polarity asymmetry");
	CHECK(!sc_cmp_evidence(x), "no evidence in a plain pair");

	h.negated = 1;
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("neg_asym")] == 1 && x[fidx("pol_asym")] == 1, "negated hypothesis");
	CHECK(x[fidx("neg_shared")] == 0, "no negated head: no shared-predicate negation");
	/* the negation governs term 3, which the premise has: on a shared predicate */
	h.neg_heads[0] = 3, h.nneg_heads = 1;
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("neg_shared")] == 1, "negated head shared with the other side");
	h.neg_heads[0] = 10; /* a predicate only the negated side has */
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("neg_shared")] == 0, "negated head not on the other side");
	h.neg_heads[0] = 3;
	h.nonassertive = 1; /* "could not say": asserts nothing, so no polarity (pairfix) */
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("neg_shared")] == 0 && x[fidx("neg_asym")] == 0 && x[fidx("pol_asym")] == 0,
	      "non-assertion");
	h.nonassertive = 0;
	p.negated = 1; /* both negated: no asymmetry */
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("neg_shared")] == 0 && x[fidx("neg_asym")] == 0, "both negated");
	p.negated = 0, h.nneg_heads = 0;
	sc_cmp_features(c, &p, &h, x);
	CHECK(fabs(x[fidx("pol_asym_cov")] - 3.0 / 5) < 1e-12, "asymmetry weighted by coverage");
	CHECK(sc_cmp_evidence(x), "negation asymmetry is evidence");
	p.denial = 1; /* a denial against a negation: both deny, no asymmetry */
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("pol_asym")] == 0 && x[fidx("den_asym")] == 1, "denial vs negation");
	p.denial = h.negated = 0;

	/* quantities: 2 h vs 5 h clash; "about 1 h" (0.75..1.25 h) vs 1 h does not */
	sc_quant_t qa[2], qb[2];
	qa[0] = quant(SC_Q_DURATION, 7200, 7200, 7200, 0);
	qb[0] = quant(SC_Q_DURATION, 18000, 18000, 18000, 0);
	p.q = qa, p.nq = 1, h.q = qb, h.nq = 1;
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("num_conflict")] == 1 && x[fidx("date_conflict")] == 0, "2 h vs 5 h");
	qa[0] = quant(SC_Q_DURATION, 3600, 2700, 4500, 0);
	qb[0] = quant(SC_Q_DURATION, 3600, 3600, 3600, 0);
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("num_conflict")] == 0, "about one hour vs one hour");
	qa[0] = quant(SC_Q_NUMBER, 3, 3, 3, 111); /* three dead vs five regions: not comparable */
	qb[0] = quant(SC_Q_NUMBER, 5, 5, 5, 222);
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("num_conflict")] == 0, "different counted things");
	qb[0].what = 111;
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("num_conflict")] == 1, "same counted thing");
	/* one agreeing pair is enough: "1939 ... 2022" against "2022" */
	qb[1] = quant(SC_Q_NUMBER, 3, 3, 3, 111);
	h.nq = 2;
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("num_conflict")] == 0, "3 and 5 against 3");
	qa[1] = quant(SC_Q_NUMBER, 5, 5, 5, 111);
	p.nq = 2;
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("num_conflict")] == 0, "both values on both sides");
	qa[1] = quant(SC_Q_NUMBER, 7, 7, 7, 111);
	qb[1] = quant(SC_Q_NUMBER, 8, 8, 8, 111);
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("num_conflict")] == 1, "3 and 7 against 5 and 8");
	/* dates are [first day, last day + 1): 2023-03-12 is day 19428 */
	qa[0] = quant(SC_Q_DATE, 19428, 19428, 19429, 0);
	qb[0] = quant(SC_Q_DATE, 19466, 19466, 19467, 0);
	strcpy(qa[0].unit, "ymd");
	strcpy(qb[0].unit, "ymd");
	p.nq = h.nq = 1;
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("date_conflict")] == 1 && x[fidx("num_conflict")] == 0,
	      "12 March vs 19 April");
	CHECK(sc_cmp_evidence(x), "a date clash is evidence");
	qb[0] = quant(SC_Q_DATE, 19358, 19358, 19723, 0); /* the year 2023 */
	strcpy(qb[0].unit, "y");
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("date_conflict")] == 0, "12 March 2023 within 2023");
	qb[0] = quant(SC_Q_DATE, 11323 + 70, 11323 + 70, 11323 + 71, 0); /* "12 mars", no year */
	strcpy(qb[0].unit, "md");
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("date_conflict")] == 0, "12 March 2023 vs 12 March (no year)");
	qb[0].lo += 7, qb[0].hi += 7;
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("date_conflict")] == 1, "12 March 2023 vs 19 March (no year)");
	/* 2024-03-12 (19794; a leap year, day 71) and "12 mars" (2001-03-12 = 11323 + 70) */
	qa[0] = quant(SC_Q_DATE, 19794, 19794, 19795, 0);
	strcpy(qa[0].unit, "ymd");
	qb[0] = quant(SC_Q_DATE, 11323 + 70, 11323 + 70, 11323 + 71, 0);
	strcpy(qb[0].unit, "md");
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("date_conflict")] == 0, "same month and day in a leap year");
	qa[0].lo = 19754, qa[0].hi = 19755; /* 2024-02-01 vs "12 mars" */
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("date_conflict")] == 1, "February vs March");
	p.nq = h.nq = 0;

	/* antonyms: codes pair << 1 | side (statement.c); pair 5, sides 0 and 1 */
	uint64_t an[] = {5 << 1 | 0}, bn[] = {3 << 1 | 1, 5 << 1 | 1};
	p.antos = an, p.nantos = 1, h.antos = bn, h.nantos = 2;
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("antonym")] == 1, "antonym across the pair");
	bn[1] = 5 << 1 | 0;
	sc_cmp_features(c, &p, &h, x);
	CHECK(x[fidx("antonym")] == 0, "the same side of a pair is no antonym");
	p.antos = h.antos = NULL, p.nantos = h.nantos = 0;

	/* quantifiers from the word lists, read from the text */
	sc_stmt_t qp = sc_test_stmt("Seule la police était présente.", tp, 4),
	          qh = sc_test_stmt("La police était présente.", th, 5);
	sc_cmp_features(c, &qp, &qh, x);
	CHECK(x[fidx("excl_asym")] == 1, "exclusive on one side");
	qp = sc_test_stmt("Tous les vols ont été annulés.", tp, 4);
	qh = sc_test_stmt("Aucun vol n'a été annulé.", th, 5);
	sc_cmp_features(c, &qp, &qh, x);
	CHECK(x[fidx("univ_restr")] == 1, "tous vs aucun");
	for (size_t i = 0; i < sc_cmp_nfeatures(); i++)
		CHECK(isfinite(x[i]), "feature %s finite", sc_cmp_feature_name(i));
	sc_stmt_t e1 = sc_test_stmt("", NULL, 0), e2 = sc_test_stmt("", NULL, 0);
	CHECK(sc_cmp_features(c, &e1, &e2, x) == SC_OK && x[fidx("cov_h")] == 0,
	      "empty statements");
}

/* Writes the built-in model with one substitution to a temporary file; returns its path. */
static const char *variant(const char *from, const char *to)
{
	static char path[64];
	FILE *in = fopen("detect/compare/model/judge-fr.json", "rb");
	static char buf[1 << 16];
	size_t n = in ? fread(buf, 1, sizeof buf - 1, in) : 0;
	if (in) fclose(in);
	buf[n] = '\0';
	char *at = strstr(buf, from);
	snprintf(path, sizeof path, "test_compare_pair.%ld.json", (long)n);
	FILE *out = fopen(path, "wb");
	if (!out) return path;
	if (at) {
		fwrite(buf, 1, (size_t)(at - buf), out);
		fputs(to, out);
		fputs(at + strlen(from), out);
	} else {
		fputs(buf, out);
	}
	fclose(out);
	return path;
}

static void bad_model(sc_cmp_t *c, const char *from, const char *to, const char *expect)
{
	char err[512] = "";
	const char *path = variant(from, to);
	int rc = sc_cmp_judge_init(c, path, 1, err, sizeof err);
	CHECK(rc == SC_EFORMAT && strstr(err, path) && strstr(err, expect),
	      "'%s' -> '%s': rc %d, message '%s'", from, to, rc, err);
	remove(path);
}

static void test_model(sc_cmp_t *c)
{
	char err[512] = "";
	CHECK(sc_cmp_judge_init(c, NULL, 1, err, sizeof err) == SC_OK, "built-in model: %s", err);
	const char *path = variant("", "");
	CHECK(sc_cmp_judge_init(c, path, 1, err, sizeof err) == SC_OK, "file model: %s", err);
	remove(path);
	bad_model(c, "{", "[", "not valid JSON");
	bad_model(c, "storycheck/judge/v1", "storycheck/judge/v0", "schema");
	bad_model(c, "\"cov_h\"", "\"cov_x\"", "features[0]");
	bad_model(c, "\"threshold\": ", "\"threshold\": 1", "threshold");
	bad_model(c, "\"scale\": ", "\"scale\": -", "scale");
	bad_model(c, "\"fitted\"", "\"fitter\"", "fitted");
	bad_model(c, "\"bias\"", "\"biais\"", "bias");
	/* the F1 layer goes through the same parser, its entries named under "pair_f1." */
	bad_model(c, "\"negword_h\"", "\"negword_x\"", "pair_f1.features[3]");
	CHECK(sc_cmp_judge_init(c, "no/such/model.json", 1, err, sizeof err) == SC_ENOMODEL &&
	          strstr(err, "no/such/model.json"),
	      "a missing model file is SC_ENOMODEL, named: %s", err);
	/* without require_model a bad model leaves the features usable and the judge refusing */
	path = variant("\"cov_h\"", "\"cov_x\"");
	CHECK(sc_cmp_judge_init(c, path, 0, err, sizeof err) == SC_OK, "features-only init");
	remove(path);
	sc_stmt_t a = sc_test_stmt("x", NULL, 0);
	sc_judgement_t j;
	double x[SC_JF_MAX];
	CHECK(sc_cmp_features(c, &a, &a, x) == SC_OK, "features without a model");
	CHECK(sc_cmp_judge(c, &a, &a, &j) == SC_ENOMODEL && j.kind == -1 && !j.contradiction,
	      "no judging without a model: SC_ENOMODEL (its own code)");
	CHECK(sc_cmp_pair(c, "a", 1, "b", 1, "fr", &j) == SC_ENOMODEL, "pair mode says so too");
	CHECK(strcmp(sc_strerror(SC_ENOMODEL), sc_strerror(SC_EPARAM)) != 0, "its own message");
	CHECK(sc_cmp_judge_init(c, NULL, 1, err, sizeof err) == SC_OK, "reload: %s", err);
}

static double judge(sc_cmp_t *c, const char *p, const char *h, sc_judgement_t *j)
{
	int rc = sc_cmp_pair(c, p, strlen(p), h, strlen(h), "", j);
	CHECK(rc == SC_OK, "sc_cmp_pair '%s' / '%s': %d", p, h, rc);
	CHECK(j->score >= 0 && j->score <= 1, "score %.4f", j->score);
	CHECK(j->contradiction ? (j->kind >= 0 && j->kind < SC_CONFLICT_OVER_TIME) : j->kind == -1,
	      "kind %d with contradiction %d", j->kind, j->contradiction);
	return j->score;
}

static void test_pair(sc_cmp_t *c)
{
	sc_judgement_t j, k;
	const char *base = "Le conseil municipal a voté le budget de la piscine.";
	double neg =
	    judge(c, base, "Le conseil municipal n'a pas voté le budget de la piscine.", &j);
	double para =
	    judge(c, base, "Le budget de la piscine a été voté par le conseil municipal.", &k);
	CHECK(neg > para, "negated restatement %.4f above paraphrase %.4f", neg, para);
	CHECK(!k.contradiction, "a paraphrase is compatible (score %.4f)", para);
	judge(c, base, "Le conseil municipal n'a pas voté le budget de la piscine.", &k);
	CHECK(!memcmp(&j, &k, sizeof j), "deterministic");
	judge(c, "Le maire a inauguré la piscine.", "Il ne pleuvait pas sur Lyon.", &j);
	CHECK(!j.contradiction, "a negation about something else is no conflict (%.4f)", j.score);
	/* pair mode must not lose to the one-line rule "a negation on exactly one side" when the
	 * negation is on the shared predicate (issue 11, XNLI): sentences of our own, English
	 * too; the premise negated as well as the hypothesis */
	static const char *const negpairs[][2] = {
	    {"La boulangère a fermé sa boutique en juillet.",
	     "La boulangère n'a pas fermé sa boutique."},
	    {"Les enfants ne sont jamais allés au musée.", "Les enfants sont allés au musée."},
	    {"The committee approved the new bridge.", "The committee did not approve the bridge."},
	};
	for (size_t i = 0; i < sizeof negpairs / sizeof *negpairs; i++) {
		double sc = judge(c, negpairs[i][0], negpairs[i][1], &j);
		CHECK(j.contradiction && j.kind == SC_CONFLICT_NEGATION,
		      "negation on the shared predicate: '%s' / '%s' (score %.4f, kind %d)",
		      negpairs[i][0], negpairs[i][1], sc, j.kind);
	}
	judge(c, "", "", &j);
	CHECK(!j.contradiction, "two empty sentences do not conflict");
	judge(c, "Caf\xC3 \xFF\xFE invalide", "Texte \xE2\x82 coup\xC3\xA9", &j);
	char big[8192];
	memset(big, 'a', sizeof big - 1);
	for (size_t i = 7; i < sizeof big - 1; i += 8)
		big[i] = ' ';
	big[sizeof big - 1] = '\0';
	judge(c, big, base, &j);
}

/* Seeded random sentences: words, numbers, dates, cue words, quotes, invalid bytes. Every
 * pair must be judged (no crash, valid fields); ASan checks the memory. */
static void test_random(sc_cmp_t *c)
{
	static const char *const parts[] = {
	    "le",      "ministre", "n'a",         "pas",  "démenti", "Moscou",   "2023",
	    "12 mars", "environ",  "deux heures", "3,5",  "%",       "«",        "»",
	    "\"",      "selon",    "aucun",       "tous", "seul",    "a",        "augmenté",
	    "diminué", "not",      "denied",      "the",  "about",   "one hour", "\xC3",
	    "\xFF",    "\xE2\x80", ".",           ",",    "!",       "?",        "\t",
	    "\n",      "  ",       "M.",          "1er",  "-",       "'",        "qu'il",
	};
	const unsigned long seed = 4242;
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
	gsl_rng_set(r, seed);
	char p[512], h[512];
	for (int it = 0; it < 300; it++) {
		char *bufs[2] = {p, h};
		for (int k = 0; k < 2; k++) {
			size_t n = 0, words = gsl_rng_uniform_int(r, 30);
			for (size_t w = 0; w < words; w++) {
				const char *x =
				    parts[gsl_rng_uniform_int(r, sizeof parts / sizeof *parts)];
				size_t l = strlen(x);
				if (n + l + 2 >= 512) break;
				memcpy(bufs[k] + n, x, l);
				n += l;
				bufs[k][n++] = gsl_rng_uniform(r) < 0.8 ? ' ' : ',';
			}
			bufs[k][n] = '\0';
		}
		sc_judgement_t j;
		int rc = sc_cmp_pair(c, p, strlen(p), h, strlen(h), "", &j);
		CHECK(rc == SC_OK && j.score >= 0 && j.score <= 1 &&
		          (j.contradiction ? j.kind >= 0 : j.kind == -1) &&
		          strlen(j.cues) < sizeof j.cues,
		      "random pair %d (seed %lu): rc %d '%s' / '%s'", it, seed, rc, p, h);
	}
	gsl_rng_free(r);
}

/* The calibration stage's fitting hook (cmp_judge.h, used by bench/fit/calib_dump): with a
 * file, cluster mode writes one row per judged candidate, ids and spans then every
 * calibration feature; after sc_cmp_calib_dump_to(NULL), nothing more; reports are the same
 * either way. Seeds 000 and 001 are one event with conflicts. */
static void test_calib_dump(void)
{
	const char *in[] = {"fixtures/seeds"};
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	o.threads = 1;
	o.leads = 1;
	o.lead_floor = 0;
	FILE *f = tmpfile();
	CHECK(f != NULL, "tmpfile");
	if (!f) return;
	sc_cmp_calib_dump_to(f);
	sc_det_t *d = det_run(in, 1, &o);
	size_t n1 = d ? sc_det_result(d)->nconflicts + sc_det_result(d)->nleads : 0;
	sc_det_free(d);
	sc_cmp_calib_dump_to(NULL);
	long size = ftell(f);
	rewind(f);
	size_t rows = 0, badrows = 0, tabs = 0;
	for (int ch; (ch = fgetc(f)) != EOF;) {
		if (ch == '\t') tabs++;
		if (ch == '\n') {
			badrows += tabs != 5 + SC_CALIB_NFEAT;
			rows++;
			tabs = 0;
		}
	}
	CHECK(n1 > 0 && rows >= n1, "a row per candidate: %zu rows, %zu reported", rows, n1);
	CHECK(badrows == 0, "every row has 6 + %d columns (%zu do not)", SC_CALIB_NFEAT, badrows);
	fseek(f, 0, SEEK_END);
	d = det_run(in, 1, &o);
	size_t n2 = d ? sc_det_result(d)->nconflicts + sc_det_result(d)->nleads : 0;
	sc_det_free(d);
	CHECK(n2 == n1, "the same report without the dump (%zu, %zu)", n2, n1);
	CHECK(ftell(f) == size, "nothing written once the hook is off");
	fclose(f);
}

int main(void)
{
	sc_cmp_t *c;
	if (sc_test_judge_open(&c)) return CHECK_DONE();
	test_features(c);
	test_model(c);
	test_pair(c);
	test_random(c);
	sc_cmp_free(c);
	test_calib_dump();
	(void)add_dated; /* det_run.h's other helper */
	return CHECK_DONE();
}
