/* The event tier's background tables, one per language (detect.h "The event tier", background
 * table; doc/events.md, session 10): SC_DET_EVENT_IDF=FILE names a table that replaces the one
 * of its own language, and a document is weighed with the table of its language. Corpora of
 * our own: fixtures/actus (French, 24 short reports, 8 events in 4 pairs of one kind) and two
 * English stories below.
 *  - A mixed corpus with the French news table (detect/model/idf-fr-news.tsv) named: the
 *    English reports keep the built-in English table (the words every English report uses
 *    weigh little, so a ferry report is far closer to the other ferry report than to a budget
 *    report; before tables per language, naming a French table took the English one away),
 *    and the French reports are weighed with the French table: each French event is one
 *    cluster, and two strikes on the same regional railway, a week apart, stay apart.
 *  - Three French reports of one event, alone: one event with the French table; without it
 *    (the default: the seeds forbid it, doc/events.md) every word they share is in all three
 *    and weighs nothing, and they stay apart (the control: what the table changes). */
#include "check.h"
#include "det_run.h"
#include "det_test.h"
#include "detect.h"
#include "test_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TABLE "detect/model/idf-fr-news.tsv"

static const char *const en[][2] = {
    {"en_f1", "The ferry Corvina ran aground near Port Lindell on Sunday evening. Officials said "
              "the coast guard took ninety passengers off the ship, and the report of the "
              "grounding reached the harbour late. People waiting on the pier said it was the "
              "worst night of the year."},
    {"en_f2",
     "Tugs pulled the Corvina off the rocks outside Port Lindell. The coast guard said the "
     "ninety passengers taken off the ferry were unhurt, and that the Corvina had lost "
     "its radar before the grounding."},
    {"en_b1", "Officials said on Sunday that the report on the year showed people paying more for "
              "heating. The treasurer of Harrow county said the budget would cut the water "
              "charge, officials said, and the report was late."},
    {"en_b2", "The Harrow county treasurer defended the budget and its cut to the water charge "
              "before the council. The charge cut will cost the county less than the treasurer "
              "expected."},
};

/* Adds the English stories and the French reports fixtures/actus/NAME.txt, runs the detector
 * with table (NULL: the default), and returns it (NULL on failure, CHECKed). */
static sc_det_t *run(const char *table, int with_en, const char *const *fr, size_t nfr)
{
	sc_det_opts_t o;
	if (!sc_test_det_start(&o)) return NULL;
	sc_test_env("SC_DET_EVENT_IDF", table);
	sc_det_t *d = sc_det_create(&o);
	CHECK(d != NULL, "create");
	for (size_t i = 0; d && with_en && i < sizeof en / sizeof *en; i++) {
		sc_doc_t doc = {0};
		doc.id = strdup(en[i][0]);
		doc.text = strdup(en[i][1]);
		doc.len = doc.text ? strlen(doc.text) : 0;
		memcpy(doc.lang, "en", 3);
		CHECK(doc.id && doc.text && sc_det_add(d, &doc) == SC_OK, "add %s", en[i][0]);
		sc_doc_free(&doc);
	}
	for (size_t i = 0; d && i < nfr; i++) {
		char path[128];
		snprintf(path, sizeof path, "fixtures/actus/%s.txt", fr[i]);
		sc_doc_t doc = {0};
		doc.id = strdup(fr[i]);
		doc.text = sc_test_slurp(path, &doc.len);
		memcpy(doc.lang, "fr", 3);
		CHECK(doc.id && doc.text && sc_det_add(d, &doc) == SC_OK, "add %s", path);
		sc_doc_free(&doc);
	}
	if (d) d = sc_test_det_finish(d);
	unsetenv("SC_DET_EVENT_IDF");
	return d;
}

/* The cosine of two documents in the event pairs (0 when under the threshold). */
static double cosine(const sc_det_result_t *r, const char *a, const char *b)
{
	for (size_t i = 0; i < r->nevent_pairs; i++) {
		const char *x = r->docs[r->event_pairs[i].a].doc.id,
		           *y = r->docs[r->event_pairs[i].b].doc.id;
		if ((!strcmp(x, a) && !strcmp(y, b)) || (!strcmp(x, b) && !strcmp(y, a)))
			return r->event_pairs[i].cosine;
	}
	return 0.0;
}

static int one_event(const sc_det_result_t *r, const char *const *ids, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (!sc_test_same_event(r, ids[0], ids[i])) return 0;
	return 1;
}

static void mixed(void)
{
	static const char *const fr[] = {"car_a1",   "car_a2",   "car_a3",   "greve_a1", "greve_a2",
	                                 "greve_a3", "greve_b1", "greve_b2", "greve_b3"};
	sc_det_t *d = run(TABLE, 1, fr, sizeof fr / sizeof *fr);
	if (!d) return;
	const sc_det_result_t *r = sc_det_result(d);
	CHECK(sc_test_same_event(r, "en_f1", "en_f2") && sc_test_same_event(r, "en_b1", "en_b2") &&
	          !sc_test_same_event(r, "en_f1", "en_b1"),
	      "English: the ferry and the budget are two events");
	/* the English ferry-budget cosine, against a run without any table: the English table
	 * makes their shared report words light */
	const double other = cosine(r, "en_f1", "en_b1");
	sc_det_t *n = run("none", 1, fr, sizeof fr / sizeof *fr);
	const double bare = n ? cosine(sc_det_result(n), "en_f1", "en_b1") : 0;
	sc_det_free(n);
	printf("English ferry-budget cosine: %.3f with the tables, %.3f without any\n", other,
	       bare);
	CHECK(other < 0.6 * bare,
	      "English keeps its table beside the French one: ferry-budget %.3f, %.3f without "
	      "tables",
	      other, bare);
	CHECK(one_event(r, fr, 3) && one_event(r, fr + 3, 3) && one_event(r, fr + 6, 3),
	      "French: the coach crash and each strike are one event");
	CHECK(!sc_test_same_event(r, "greve_a1", "greve_b1") &&
	          !sc_test_same_event(r, "car_a1", "greve_a1") &&
	          !sc_test_same_event(r, "en_f1", "car_a1"),
	      "French: the two strikes of one railway stay apart, and apart from the crash");
	sc_det_free(d);
}

static void alone(const char *table, int want)
{
	static const char *const ev[][3] = {{"car_b1", "car_b2", "car_b3"},
	                                    {"bijou_a1", "bijou_a2", "bijou_a3"},
	                                    {"bus_b1", "bus_b2", "bus_b3"}};
	for (size_t e = 0; e < sizeof ev / sizeof *ev; e++) {
		sc_det_t *d = run(table, 0, ev[e], 3);
		if (!d) continue;
		CHECK(one_event(sc_det_result(d), ev[e], 3) == want, "%s alone, %s: %s", ev[e][0],
		      table ? "French news table" : "default (control)",
		      want ? "one event" : "not one event");
		sc_det_free(d);
	}
}

/* Why the table is not built in: the seeds with it (printed, asserted nowhere; the seeds test
 * holds the default). */
static void seeds_with_table(void)
{
	sc_test_env("SC_DET_EVENT_IDF", TABLE);
	const char *in[] = {"fixtures/seeds"};
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	o.compare = 0;
	sc_det_t *d = det_run(in, 1, &o);
	unsetenv("SC_DET_EVENT_IDF");
	if (!d) return;
	const sc_det_result_t *r = sc_det_result(d);
	size_t k = 0;
	for (size_t c = 0; c < r->nclusters; c++)
		if (r->clusters[c].kind == SC_CLUSTER_EVENT)
			k = r->clusters[c].nmembers > k ? r->clusters[c].nmembers : k;
	printf(
	    "seeds with the French news table: the largest event has %zu of 5 seeds (the default: "
	    "2, 000+001)\n",
	    k);
	sc_det_free(d);
}

int main(void)
{
	(void)add_dated; /* det_run.h's other helper, not needed here */
	mixed();
	seeds_with_table();
	alone(TABLE, 1);
	alone(NULL, 0);
	return CHECK_DONE();
}
