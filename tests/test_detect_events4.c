/* The event tier on small French corpora, and the French background table
 * (detect/model/idf-fr.tsv, built by detect/model/build_idf_fr.py from the public-domain
 * Littre dictionary; doc/events.md, session 6). fixtures/incendies holds 18 short undated
 * reports of our own (four fires in four towns and two floods in one town, three reports
 * each; truth.tsv beside them).
 *  - The whole corpus: six events, each exactly its three reports, with or without the table.
 *  - Four reports of the two floods of Nimes (two each, sharing the town, the prefect, the
 *    rain): the corpus alone cannot tell which words are common in French (every word is in
 *    one, two or four of four documents), and the two reports of the Pissevin flood, which
 *    share their few names among many words of their own, stay apart (the Vistre flood's two
 *    join). With the French table (SC_DET_EVENT_IDF) the common words weigh less and each
 *    flood is one event, the two apart. Without it the Pissevin reports stay apart: the
 *    control, what the table changes.
 *  - Why the table is not built in (detect.h "The event tier", background table): with it the
 *    five seeds (all about one war) join into one event (printed here, asserted nowhere: the
 *    seeds test holds the default). */
#include "check.h"
#include "det_internal.h"
#include "det_run.h"
#include "det_test.h"
#include "test_util.h"
#include "detect.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TABLE "detect/model/idf-fr.tsv"

static sc_det_t *run_files(const char *const *in, int n, const char *table)
{
	sc_test_env("SC_DET_EVENT_IDF", table);
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	o.compare = 0;
	sc_det_t *d = det_run(in, n, &o);
	unsetenv("SC_DET_EVENT_IDF");
	return d;
}

static int event_count(const sc_det_result_t *r)
{
	int k = 0;
	for (size_t c = 0; c < r->nclusters; c++)
		k += r->clusters[c].kind == SC_CLUSTER_EVENT;
	return k;
}

static void whole_corpus(const char *table)
{
	const char *in[] = {"fixtures/incendies"};
	sc_det_t *d = run_files(in, 1, table);
	if (!d) return;
	const sc_det_result_t *r = sc_det_result(d);
	const char *what = table ? "with the French table" : "no French table";
	CHECK(r->ndocs == 18, "%s: 18 reports read (%zu)", what, r->ndocs);
	static const char *const ev[] = {"usine", "entrepot", "scierie", "hangar"};
	char a[32], b[32], c[32];
	for (int i = 0; i < 4; i++) {
		snprintf(a, sizeof a, "%s_1", ev[i]), snprintf(b, sizeof b, "%s_2", ev[i]);
		snprintf(c, sizeof c, "%s_3", ev[i]);
		CHECK(sc_test_same_event(r, a, b) && sc_test_same_event(r, a, c),
		      "%s: the %s fire is one event", what, ev[i]);
	}
	CHECK(sc_test_same_event(r, "crue_a1", "crue_a2") &&
	          sc_test_same_event(r, "crue_a1", "crue_a3") &&
	          sc_test_same_event(r, "crue_b1", "crue_b2") &&
	          sc_test_same_event(r, "crue_b1", "crue_b3"),
	      "%s: each flood is one event", what);
	CHECK(event_count(r) == 6 && !sc_test_same_event(r, "crue_a1", "crue_b1") &&
	          !sc_test_same_event(r, "usine_1", "entrepot_1"),
	      "%s: six events, apart (%d event clusters)", what, event_count(r));
	sc_det_free(d);
}

static void floods(const char *table, int joined)
{
	const char *in[] = {"fixtures/incendies/crue_a1.txt", "fixtures/incendies/crue_a3.txt",
	                    "fixtures/incendies/crue_b1.txt", "fixtures/incendies/crue_b3.txt"};
	sc_det_t *d = run_files(in, 4, table);
	if (!d) return;
	const sc_det_result_t *r = sc_det_result(d);
	const char *what = table ? "with the French table" : "no French table (control)";
	CHECK(sc_test_same_event(r, "crue_a1", "crue_a3") == joined,
	      "%s: the two reports of the Pissevin flood %s", what, joined ? "join" : "stay apart");
	CHECK(sc_test_same_event(r, "crue_b1", "crue_b3"),
	      "%s: the two reports of the Vistre flood join", what);
	CHECK(!sc_test_same_event(r, "crue_a1", "crue_b1") &&
	          !sc_test_same_event(r, "crue_a3", "crue_b3"),
	      "%s: the two floods stay apart", what);
	sc_det_free(d);
}

static void seeds_with_table(void)
{
	const char *in[] = {"fixtures/seeds"};
	sc_det_t *d = run_files(in, 1, TABLE);
	if (!d) return;
	const sc_det_result_t *r = sc_det_result(d);
	printf(
	    "seeds with the French table: 000+002 %s, 003+004 %s (the default keeps them apart)\n",
	    sc_test_same_event(r, "000_b38a9e9196d169f0", "002_d8b1cb26158f392a") ? "joined"
	                                                                          : "apart",
	    sc_test_same_event(r, "003_e491c17ebe66b93c", "004_e3dd04c419d25de4") ? "joined"
	                                                                          : "apart");
	sc_det_free(d);
}

/* Cited years and "since": two floods of one village, in 2019 and 2021, reported in one
 * corpus with a 2022 inquiry into the first; our sentences. A 2021 report compares with the
 * first flood ("the worst flooding in the village since 2019"): a comparison, not a follow-up,
 * so the 2021 flood stays apart; the inquiry writes "the 2019 floods" and joins them. Without
 * the "since" exception the 2021 report cites 2019 and the five reports are one event. */
static const char *const kel[][3] = {
    {"e1", "2019-06-03",
     "Floodwater swept through the village of Kelbrook after the river Aire burst its banks. "
     "Mayor Tessa Quaile said forty homes were flooded and the school on Mill Street was closed. "
     "Rescue teams carried elderly residents out of the Brookside care home."},
    {"e2", "2019-06-04",
     "Forty homes in Kelbrook were flooded when the river Aire burst its banks. Rescue teams "
     "moved the residents of the Brookside care home, and mayor Tessa Quaile closed the Mill "
     "Street school."},
    {"f1", "2021-11-20",
     "The river Aire burst its banks at Kelbrook again, the worst flooding in the village since "
     "2019. Mayor Tessa Quaile said water reached the Mill Street school and rescue teams "
     "checked on the Brookside care home."},
    {"f2", "2021-11-20",
     "Rescue teams were sent to Kelbrook as the river Aire flooded the Mill Street area. Mayor "
     "Tessa Quaile said the Brookside care home was safe this time and the school stayed open."},
    {"g1", "2022-03-10",
     "An inquiry into the 2019 floods at Kelbrook found that the river Aire defences had not "
     "been repaired. Mayor Tessa Quaile said the forty flooded homes and the Brookside care home "
     "should have been protected."},
};

static void since_floods(void)
{
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	o.compare = 0;
	sc_det_t *d = sc_det_create(&o);
	CHECK(d != NULL, "create");
	if (!d) return;
	for (size_t i = 0; i < sizeof kel / sizeof *kel; i++) {
		sc_doc_t doc = {0};
		doc.id = strdup(kel[i][0]);
		doc.published = strdup(kel[i][1]);
		doc.text = strdup(kel[i][2]);
		doc.len = doc.text ? strlen(doc.text) : 0;
		memcpy(doc.lang, "en", 3);
		CHECK(doc.id && doc.published && doc.text && sc_det_add(d, &doc) == SC_OK, "add %s",
		      kel[i][0]);
		sc_doc_free(&doc);
	}
	if (!(d = sc_test_det_finish(d))) return;
	const sc_det_result_t *r = sc_det_result(d);
	CHECK(sc_test_same_event(r, "e1", "e2") && sc_test_same_event(r, "f1", "f2"),
	      "each flood is one event");
	CHECK(!sc_test_same_event(r, "e1", "f1"),
	      "\"since 2019\" does not join the 2021 flood to 2019's");
	CHECK(sc_test_same_event(r, "e1", "g1"), "the inquiry into \"the 2019 floods\" joins them");
	sc_det_free(d);
}

/* sc_det_text_years: the first year it reads in text, 0 for none */
static void first_year(const char *text, int want)
{
	unsigned char got[SC_DET_YEAR_CITES];
	const int n = sc_det_text_years(text, strlen(text), got);
	const int y = n ? got[0] - 1 + SC_DET_YEAR_MIN : 0;
	CHECK(y == want, "\"%s\": year %d, want %d", text, y, want);
}

int main(void)
{
	(void)add_dated; /* det_run.h's other helper, not needed here */
	whole_corpus(NULL);
	whole_corpus(TABLE);
	floods(TABLE, 1);
	floods(NULL, 0);
	seeds_with_table();
	since_floods();
	first_year("the worst flooding since 2019.", 0);
	first_year("Since the 2010 merger, the league grew.", 0);
	first_year("le pire incendie depuis 2010, selon le maire", 0);
	first_year("an inquiry into the 2019 floods", 2019);
	first_year("the first time since 2005 and the 2008 title", 2008);
	first_year("sincere 2011 thanks", 2011);
	return CHECK_DONE();
}
