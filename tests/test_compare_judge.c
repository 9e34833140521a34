/* The judge interface (compare.h "The judge"): the built-in judge is the default; an external
 * judge plugged into a comparator is what pair mode calls, and what cluster mode calls through
 * sc_det_opts_t.judge; its answers are checked (a contradiction needs a kind, scores are
 * clamped) and its error codes reach the caller; release frees its state once. Public API
 * only: an external judge sees nothing else. */
#include "check.h"
#include "det_run.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	int calls;
	int mode;     /* 0: one-line negation rule, 1: a kind out of range, 2: fail, 3: never */
	int bad_view; /* a claim view without text or language */
	int freed;
	char last_a[64];
} fake_t;

/* "a negation word on exactly one side" (the one-line baseline), as an external judge
 * would give it: contradiction or not, a score, a kind. */
static int has_neg(const sc_cmp_claimview_t *v)
{
	static const char *const w[] = {" pas ", " not ", "n't "};
	for (size_t i = 0; i < sizeof w / sizeof *w; i++) {
		size_t n = strlen(w[i]);
		for (size_t k = 0; k + n <= v->len; k++)
			if (!memcmp(v->text + k, w[i], n)) return 1;
	}
	return 0;
}

static int fake_judge(void *ctx, sc_cmp_t *c, const sc_cmp_claimview_t *a,
                      const sc_cmp_claimview_t *b, sc_judgement_t *out)
{
	fake_t *f = ctx;
	(void)c;
	f->calls++;
	if (!a->text || !b->text || !a->lang || !b->lang ||
	    (strcmp(a->lang, "fr") && strcmp(a->lang, "en")))
		f->bad_view = 1;
	snprintf(f->last_a, sizeof f->last_a, "%.*s", (int)(a->len < 63 ? a->len : 63), a->text);
	switch (f->mode) {
	case 1:
		out->contradiction = 1;
		out->kind = SC_CONFLICT_NKINDS; /* not a kind */
		out->score = 0.9;
		return SC_OK;
	case 2: return SC_EIO;
	case 3: return SC_OK; /* out as given: no contradiction */
	}
	out->contradiction = has_neg(a) != has_neg(b);
	out->kind = out->contradiction ? SC_CONFLICT_NEGATION : -1;
	out->score = out->contradiction ? 1.7 : 0.1; /* out of range on purpose: clamped */
	snprintf(out->cues, sizeof out->cues, "fake-rule");
	return SC_OK;
}

static void fake_free(void *ctx)
{
	((fake_t *)ctx)->freed++;
}

static void test_pair(sc_cmp_t *c)
{
	fake_t f = {0};
	sc_cmp_judge_iface_t J = {&f, fake_judge, fake_free, "fake"};
	sc_judgement_t j;
	const char *p = "Le maire a inauguré la piscine ce matin.",
	           *h = "Le maire n'a pas inauguré la piscine ce matin.",
	           *h2 = "Le maire ne viendra pas demain .";
	CHECK(sc_cmp_get_judge(c) == sc_cmp_judge_builtin(), "the built-in judge by default");
	CHECK(!strcmp(sc_cmp_judge_builtin()->name, "builtin"), "its name");
	sc_cmp_set_judge(c, &J);
	CHECK(sc_cmp_get_judge(c) == &J, "plugged in");
	/* "n'a pas" has " pas ": one side negated */
	CHECK(sc_cmp_pair(c, p, strlen(p), h, strlen(h), "fr", &j) == SC_OK, "pair mode");
	CHECK(f.calls == 1 && j.contradiction && j.kind == SC_CONFLICT_NEGATION,
	      "the fake decided");
	CHECK(j.score == 1.0, "score clamped to 1 (got %g)", j.score);
	CHECK(!strcmp(j.cues, "fake-rule"), "its cues (got '%s')", j.cues);
	CHECK(!strcmp(f.last_a, p), "the claim view holds the premise text ('%s')", f.last_a);
	CHECK(sc_cmp_pair(c, p, strlen(p), p, strlen(p), "", &j) == SC_OK && !j.contradiction &&
	          j.kind == -1,
	      "compatible");
	CHECK(!f.bad_view, "every claim view had text and a language");
	f.mode = 1;
	CHECK(sc_cmp_pair(c, p, strlen(p), h2, strlen(h2), "fr", &j) == SC_OK && !j.contradiction &&
	          j.kind == -1,
	      "a contradiction without a valid kind is none");
	f.mode = 2;
	CHECK(sc_cmp_pair(c, p, strlen(p), h, strlen(h), "fr", &j) == SC_EIO && !j.contradiction,
	      "the judge's error reaches the caller");
	sc_cmp_set_judge(c, NULL);
	CHECK(sc_cmp_get_judge(c) == sc_cmp_judge_builtin(), "NULL: back to the built-in");
	int calls = f.calls;
	CHECK(sc_cmp_pair(c, p, strlen(p), h, strlen(h), "fr", &j) == SC_OK && f.calls == calls,
	      "the built-in judge does not call the fake");
	CHECK(f.freed == 0, "comparators never free a judge");
	sc_cmp_judge_release(&J);
	sc_cmp_judge_release(&J);
	sc_cmp_judge_release(NULL);
	CHECK(f.freed == 1 && J.ctx == NULL, "release frees once (%d)", f.freed);
}

/* Cluster mode calls the same interface: through sc_det_run with opts.judge, on the seeds
 * (000 and 001 are one event). A judge that never finds a contradiction leaves no conflict,
 * and was asked; the built-in judge on the same input finds the seeds' conflicts. */
static void test_cluster(void)
{
	const char *in[] = {"fixtures/seeds"};
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	o.threads = 1;
	sc_det_t *d = det_run(in, 1, &o);
	size_t builtin_n = d ? sc_det_result(d)->nconflicts : 0;
	sc_det_free(d);
	CHECK(builtin_n > 0, "the built-in judge finds conflicts in the seeds (%zu)", builtin_n);

	fake_t f = {.mode = 3};
	sc_cmp_judge_iface_t J = {&f, fake_judge, NULL, "never"};
	o.judge = &J;
	d = det_run(in, 1, &o);
	if (d) {
		const sc_det_result_t *r = sc_det_result(d);
		CHECK(r->nconflicts == 0 && r->nleads == 0, "no contradiction, no conflict (%zu)",
		      r->nconflicts);
		CHECK(f.calls > 0, "cluster mode asked the plugged judge (%d pairs)", f.calls);
		CHECK(!f.bad_view, "with text and language");
	}
	sc_det_free(d);
}

int main(void)
{
	(void)add_dated; /* det_run.h's other helper */
	char err[512] = "";
	sc_cmp_t *c = NULL;
	CHECK(sc_cmp_create(&c, NULL, err, sizeof err) == SC_OK, "sc_cmp_create: %s", err);
	if (c) test_pair(c);
	sc_cmp_free(c);
	test_cluster();
	return CHECK_DONE();
}
