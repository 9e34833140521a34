/* The recall trace's gate lines (conflict.c gate_model, read by bench/recall_stages.py --why):
 * every pair the shared-term gate refuses says what the judge's model alone makes of it
 * ("model=KIND/SCORE" or "model=compatible/SCORE"); tracing changes no finding (the findings
 * themselves, not their number); and a judge that fails on a refused pair is reported on the
 * gate line ("model=error/CODE") while the run goes on, as the untraced run, which never judges
 * that pair, does. Documents written for this test, English and French: two dated statements of
 * one fact that share too few terms for the gate ("In 1957, ... disappeared" / "... vanished ...
 * in 1958"), among sentences of the event that share more, one of them a count clash (a
 * finding to compare). */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

static const char *const EN[] = {
    "The singer Ada Lorne, who toured Europe with the Brightwater orchestra, has died at 84. "
    "In 1957, Lorne disappeared from public life after a last concert in Vienna. "
    "The fire at her Leeds home on Sunday killed three people, police said.",
    "Ada Lorne, the singer who toured Europe with the Brightwater orchestra, died on Sunday. "
    "Friends said she suddenly vanished from the stage in 1958 and never sang again. "
    "The fire at her Leeds home on Sunday killed seven people, police said.",
    "Ada Lorne died on Sunday at her home in Leeds, her nephew said. The singer had toured "
    "Europe with the Brightwater orchestra for twelve years.",
};
static const char *const FR[] = {
    "La chanteuse Ada Lorne, qui a fait le tour de l'Europe avec l'orchestre Brightwater, est "
    "morte à 84 ans. En 1957, Lorne a quitté la scène après un dernier concert à Vienne. "
    "L'incendie de sa maison de Lyon a tué trois personnes dimanche, selon la police.",
    "Ada Lorne, la chanteuse de l'orchestre Brightwater, est morte dimanche. Selon ses amis, "
    "elle avait brusquement disparu des planches en 1958 sans jamais rechanter. "
    "L'incendie de sa maison de Lyon a tué sept personnes dimanche, selon la police.",
    "Ada Lorne est morte dimanche chez elle à Lyon, a indiqué son neveu. La chanteuse avait fait "
    "le tour de l'Europe avec l'orchestre Brightwater pendant douze ans.",
};

/* Whether the n bytes at s hold "1957" (memmem is not POSIX). */
static int has_year(const char *s, size_t n)
{
	for (size_t i = 0; i + 4 <= n; i++)
		if (!memcmp(s + i, "1957", 4)) return 1;
	return 0;
}

/* A judge that fails (SC_EFORMAT) on every pair with the sentence of 1957, which the gate
 * refuses with whatever it meets (it shares one term with the others), and is the built-in
 * judge otherwise. */
static int failing_judge(void *ctx, sc_cmp_t *c, const sc_cmp_claimview_t *a,
                         const sc_cmp_claimview_t *b, sc_judgement_t *out)
{
	(void)ctx;
	if (has_year(a->text, a->len) || has_year(b->text, b->len)) return SC_EFORMAT;
	const sc_cmp_judge_iface_t *bi = sc_cmp_judge_builtin();
	return bi->judge(bi->ctx, c, a, b, out);
}
static const sc_cmp_judge_iface_t FAILING = {NULL, failing_judge, NULL, "failing"};

typedef struct run_s {
	sc_conflict_t *v;
	size_t n;
	size_t gates, judged, errors; /* gate lines; with KIND/SCORE; with error/CODE */
} run_t;

/* Runs cluster mode over text[0..n), traced or not, and counts the trace's gate lines: those
 * with a model field KIND/SCORE, and those with error/CODE. */
static run_t run(sc_cmp_t *c, const char *lang, const char *const *text, size_t n, int traced)
{
	run_t r = {0};
	FILE *f = traced ? tmpfile() : NULL;
	CHECK(!traced || f != NULL, "tmpfile");
	if (traced && !f) return r;
	if (f) sc_cmp_trace_to(f);
	int rc = sc_test_cmp_run(c, lang, text, NULL, n, 0.0, &r.v, &r.n);
	if (f) sc_cmp_trace_to(NULL);
	CHECK(rc == SC_OK, "%s: cluster (traced %d) rc=%d", lang, traced, rc);
	if (!f) return r;
	rewind(f);
	char line[4096];
	while (fgets(line, sizeof line, f)) {
		if (strncmp(line, "pair\t", 5) || !strstr(line, "\tgate\t")) continue;
		r.gates++;
		const char *m = strstr(line, " model=");
		CHECK(m != NULL, "%s: a gate line without its model: %s", lang, line);
		if (!m) continue;
		m += 7;
		const char *slash = strchr(m, '/');
		if (!strncmp(m, "error/", 6)) {
			CHECK(strtol(m + 6, NULL, 10) < 0, "%s: model=error/CODE, got %.30s", lang,
			      m);
			r.errors++;
			continue;
		}
		CHECK(slash && slash > m && strtod(slash + 1, NULL) >= 0 &&
		          strtod(slash + 1, NULL) <= 1,
		      "%s: model=KIND/SCORE, got %.30s", lang, m);
		r.judged++;
	}
	fclose(f);
	return r;
}

static int same_claim(const sc_claim_t *x, const sc_claim_t *y)
{
	return x->doc == y->doc && x->start == y->start && x->end == y->end &&
	       !strcmp(x->source ? x->source : "", y->source ? y->source : "");
}

/* The two runs gave the same findings, in the same order: kind, score, lead, both claims and
 * the cues. */
static void same_findings(const char *what, const run_t *x, const run_t *y)
{
	CHECK(x->n == y->n, "%s: %zu findings traced, %zu untraced", what, x->n, y->n);
	for (size_t i = 0; i < x->n && i < y->n; i++) {
		const sc_conflict_t *p = &x->v[i], *q = &y->v[i];
		int cues = p->ncues == q->ncues;
		for (size_t k = 0; cues && k < p->ncues; k++)
			cues = !strcmp(p->cues[k], q->cues[k]);
		CHECK(p->kind == q->kind && p->score == q->score && p->lead == q->lead &&
		          same_claim(&p->a, &q->a) && same_claim(&p->b, &q->b) && cues,
		      "%s: finding %zu differs with tracing", what, i);
	}
	if (sc_check_fail) {
		sc_test_cmp_dump("traced", x->v, x->n);
		sc_test_cmp_dump("untraced", y->v, y->n);
	}
}

static void check_lang(sc_cmp_t *c, const char *lang, const char *const *text)
{
	sc_cmp_set_judge(c, NULL);
	run_t t = run(c, lang, text, 3, 1), u = run(c, lang, text, 3, 0);
	CHECK(t.gates > 0, "%s: the gate refused no pair (the test's documents must give some)",
	      lang);
	CHECK(t.judged == t.gates, "%s: %zu of %zu gate lines judged", lang, t.judged, t.gates);
	CHECK(t.n > 0, "%s: no finding to compare (the count clash must give one)", lang);
	same_findings(lang, &t, &u);
	sc_test_cmp_free(t.v, t.n);
	sc_test_cmp_free(u.v, u.n);

	/* a judge failing on a pair only the trace would judge */
	sc_cmp_set_judge(c, &FAILING);
	t = run(c, lang, text, 3, 1);
	u = run(c, lang, text, 3, 0);
	CHECK(t.errors > 0, "%s: the failing judge's refusal is not on a gate line", lang);
	CHECK(t.judged + t.errors == t.gates, "%s: %zu + %zu of %zu gate lines", lang, t.judged,
	      t.errors, t.gates);
	same_findings(lang, &t, &u);
	sc_test_cmp_free(t.v, t.n);
	sc_test_cmp_free(u.v, u.n);
	sc_cmp_set_judge(c, NULL);
}

int main(void)
{
	sc_cmp_t *c = NULL;
	if (sc_test_judge_open(&c)) return 1;
	check_lang(c, "en", EN);
	check_lang(c, "fr", FR);
	sc_cmp_free(c);
	return CHECK_DONE();
}
