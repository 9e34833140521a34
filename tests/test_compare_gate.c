/* The recall trace's gate lines (conflict.c gate_model, read by bench/recall_stages.py --why):
 * every pair the shared-term gate refuses says what the judge's model alone makes of it
 * ("model=KIND/SCORE" or "model=compatible/SCORE"), and tracing changes no finding. Documents
 * written for this test, English and French: two dated statements of one fact that share too few
 * terms for the gate ("In 1957, ... disappeared" / "... vanished ... in 1958"), among sentences of
 * the event that share more. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

static const char *const EN[] = {
    "The singer Ada Lorne, who toured Europe with the Brightwater orchestra, has died at 84. "
    "In 1957, Lorne disappeared from public life after a last concert in Vienna.",
    "Ada Lorne, the singer who toured Europe with the Brightwater orchestra, died on Sunday. "
    "Friends said she suddenly vanished from the stage in 1958 and never sang again.",
    "Ada Lorne died on Sunday at her home in Leeds, her nephew said. The singer had toured "
    "Europe with the Brightwater orchestra for twelve years.",
};
static const char *const FR[] = {
    "La chanteuse Ada Lorne, qui a fait le tour de l'Europe avec l'orchestre Brightwater, est "
    "morte à 84 ans. En 1957, Lorne a quitté la scène après un dernier concert à Vienne.",
    "Ada Lorne, la chanteuse de l'orchestre Brightwater, est morte dimanche. Selon ses amis, "
    "elle avait brusquement disparu des planches en 1958 sans jamais rechanter.",
    "Ada Lorne est morte dimanche chez elle à Lyon, a indiqué son neveu. La chanteuse avait fait "
    "le tour de l'Europe avec l'orchestre Brightwater pendant douze ans.",
};

/* Runs cluster mode over text[0..n) with the trace on, and checks its gate lines: at least one,
 * each with a model field KIND/SCORE. Returns the number of findings, for the no-trace
 * comparison. */
static size_t traced(sc_cmp_t *c, const char *lang, const char *const *text, size_t n)
{
	FILE *f = tmpfile();
	CHECK(f != NULL, "tmpfile");
	if (!f) return 0;
	sc_cmp_trace_to(f);
	sc_conflict_t *v = NULL;
	size_t nv = 0;
	int rc = sc_test_cmp_run(c, lang, text, NULL, n, 0.5, &v, &nv);
	sc_cmp_trace_to(NULL);
	CHECK(rc == SC_OK, "%s: cluster rc=%d", lang, rc);
	sc_test_cmp_free(v, nv);
	rewind(f);
	char line[4096];
	size_t gates = 0, judged = 0;
	while (fgets(line, sizeof line, f)) {
		if (strncmp(line, "pair\t", 5) || !strstr(line, "\tgate\t")) continue;
		gates++;
		const char *m = strstr(line, " model=");
		CHECK(m != NULL, "%s: a gate line without its model: %s", lang, line);
		if (!m) continue;
		m += 7;
		const char *slash = strchr(m, '/');
		CHECK(slash && slash > m && strtod(slash + 1, NULL) >= 0 &&
		          strtod(slash + 1, NULL) <= 1,
		      "%s: model=KIND/SCORE, got %.30s", lang, m);
		judged++;
	}
	fclose(f);
	CHECK(gates > 0, "%s: the gate refused no pair (the test's documents must give some)",
	      lang);
	CHECK(judged == gates, "%s: %zu of %zu gate lines judged", lang, judged, gates);
	return nv;
}

static size_t untraced(sc_cmp_t *c, const char *lang, const char *const *text, size_t n)
{
	sc_conflict_t *v = NULL;
	size_t nv = 0;
	CHECK(sc_test_cmp_run(c, lang, text, NULL, n, 0.5, &v, &nv) == SC_OK, "%s: cluster", lang);
	sc_test_cmp_free(v, nv);
	return nv;
}

int main(void)
{
	sc_cmp_t *c = NULL;
	if (sc_test_judge_open(&c)) return 1;
	size_t t = traced(c, "en", EN, 3);
	CHECK(t == untraced(c, "en", EN, 3), "en: tracing changed the findings");
	t = traced(c, "fr", FR, 3);
	CHECK(t == untraced(c, "fr", FR, 3), "fr: tracing changed the findings");
	sc_cmp_free(c);
	return CHECK_DONE();
}
