/* The event tier's background IDF table (detect.h SC_DET_EVENT_BG_DOCS): in a corpus of four
 * English articles, two about one ferry sinking and two about a budget, the words every news
 * article uses ("officials said on Tuesday", "report", "people", "year") must weigh little,
 * so that a ferry article is far closer to the other ferry article than to a budget article.
 * Estimated from four documents alone, such a word shared by two of them weighs as much as
 * the ferry's name. Sentences of our own. */
#include "check.h"
#include "det_test.h"
#include "detect.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const docs[][2] = {
    {"a1", "The ferry Marisol sank off Kavala harbour on Tuesday night. Officials said the coast "
           "guard rescued forty passengers, and people on the quay said the report of the "
           "sinking came late. It was the worst year for the port, officials said."},
    {"a2", "Divers reached the wreck of the Marisol near Kavala harbour. The coast guard said the "
           "forty passengers rescued from the ferry were safe, and that the Marisol had sailed "
           "with a broken pump."},
    {"b1", "Officials said on Tuesday that the report on the year showed people paying more. The "
           "finance minister of Harlowe said the budget would cut the fuel levy, officials said, "
           "and the report was published late."},
    {"b2", "The Harlowe finance minister defended the budget and its cut to the fuel levy in "
           "parliament. The levy cut will cost the treasury of Harlowe less than the minister "
           "feared."},
};

/* The TF-IDF cosine of two documents from the event pairs (0 when under the threshold). */
static double cosine(const sc_det_result_t *r, const char *a, const char *b)
{
	for (size_t i = 0; i < r->nevent_pairs; i++) {
		const char *x = r->docs[r->event_pairs[i].a].doc.id, *y = r->docs[r->event_pairs[i].b].doc.id;
		if ((!strcmp(x, a) && !strcmp(y, b)) || (!strcmp(x, b) && !strcmp(y, a)))
			return r->event_pairs[i].cosine;
	}
	return 0.0;
}

/* Runs the detector with default options on the four articles (lang "en"). */
static sc_det_t *run(void)
{
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	enum { N = sizeof docs / sizeof *docs };
	const char *id[N], *text[N];
	for (size_t i = 0; i < N; i++) {
		id[i] = docs[i][0];
		text[i] = docs[i][1];
	}
	return sc_test_det_run(&o, id, text, N);
}

int main(void)
{
	/* the built-in table */
	unsetenv("SC_DET_EVENT_IDF");
	sc_det_t *d = run();
	if (d) {
		const sc_det_result_t *r = sc_det_result(d);
		CHECK(sc_test_same_event(r, "a1", "a2"), "the two ferry articles form one event");
		CHECK(sc_test_same_event(r, "b1", "b2"), "the two budget articles form one event");
		CHECK(!sc_test_same_event(r, "a1", "b1"), "a ferry and a budget article stay apart");
		const double same = cosine(r, "a1", "a2"), other = cosine(r, "a1", "b1");
		CHECK(other < 0.3 * same, "ferry-budget cosine %.3f well under ferry-ferry %.3f", other,
		      same);
	}
	sc_det_free(d);
	/* without it, the four articles' own df: the shared news words bring a1 and b1 almost as
	 * close as a1 and a2 (what the table is for; if this stops holding, the checks above no
	 * longer show the table's work) */
	setenv("SC_DET_EVENT_IDF", "none", 1);
	d = run();
	if (d) {
		const sc_det_result_t *r = sc_det_result(d);
		const double same = cosine(r, "a1", "a2"), other = cosine(r, "a1", "b1");
		CHECK(other > 0.5 * same, "without the table, ferry-budget %.3f near ferry-ferry %.3f",
		      other, same);
	}
	sc_det_free(d);
	unsetenv("SC_DET_EVENT_IDF");
	return CHECK_DONE();
}
