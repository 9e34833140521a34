/* The event tier's cited years (detect.h "The event tier": year, window, cited years). Reports
 * of a chemical-plant fire in one town in 2010, and a report of the trial that followed in 2012
 * which writes "the 2010 fire": one event across two years, although the year veto and the
 * window would keep the 2012 report apart. A fire of the same kind at the same plant in 2011,
 * whose reports write no other year, stays apart. Controls: with SC_DET_EVENT_CITE=off the
 * trial report is kept apart (the cited year, and nothing else, joins it); with "2010" removed
 * from the trial report, the same. Then the reader itself (sc_det_text_years). Last, the
 * cohesion rule's exception (detect.h, SC_DET_EVENT_COHESION_MIN): three near-identical short
 * reports of a crane collapse are a group of cohesion above 0.9, and a longer report of the
 * same collapse in other words meets them at a cosine near 0.27; it joins them, and with the
 * exception switched off the rule keeps it out. Sentences of our own. */
#include "check.h"
#include "det_internal.h"
#include "det_test.h"
#include "detect.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const docs[][3] = {
    {"a1", "2010-03-02",
     "A fire at the Halden chemical plant on the river road forced the evacuation of the "
     "Marsh Lane estate. Fire crews from three counties fought the blaze through the night and "
     "the plant's owner, Corvex Chemicals, said two workers were treated for smoke. Plant "
     "manager Ivo Brandt said the cause was not known."},
    {"a2", "2010-03-02",
     "Residents of the Marsh Lane estate were evacuated as a fire spread through the Halden "
     "chemical plant. Corvex Chemicals said two workers were hurt. Fire crews fought the blaze "
     "through the night, and manager Ivo Brandt said the tanks were safe."},
    {"a3", "2010-03-03",
     "Investigators began work at the Halden chemical plant after the overnight fire. Corvex "
     "Chemicals, which owns the plant, said two workers hurt in the blaze had left hospital. "
     "Manager Ivo Brandt thanked the fire crews and the Marsh Lane residents."},
    /* the trial, two years on: it writes the year of the fire it follows up */
    {"a4", "2012-06-18",
     "Corvex Chemicals went on trial on Monday over the YEAR fire at its Halden chemical plant, "
     "when two workers were hurt and the Marsh Lane estate was evacuated. Prosecutors told the "
     "court that manager Ivo Brandt had been warned about the tanks before the blaze."},
    /* another fire of the same kind at the same plant, the next year */
    {"b1", "2011-08-09",
     "A blaze at the Halden chemical plant sent smoke over the Marsh Lane estate, whose "
     "residents were told to stay indoors. Corvex Chemicals said a storage shed caught fire "
     "and that nobody was hurt. Fire crews had the blaze out by morning, said chief Nora Vint."},
    {"b2", "2011-08-09",
     "Fire crews led by chief Nora Vint put out a blaze in a storage shed at the Halden "
     "chemical plant. Corvex Chemicals said nobody was hurt; Marsh Lane residents stayed "
     "indoors while smoke drifted over the estate."},
    {"b3", "2011-08-10",
     "The storage shed that burned at the Halden chemical plant held cleaning products, Corvex "
     "Chemicals said. Chief Nora Vint said the fire crews kept the blaze away from the tanks, "
     "and Marsh Lane residents were allowed out again."},
};
enum { N = sizeof docs / sizeof *docs };

/* the seven reports (lang "en", each with its published date), a4 writing year */
static sc_det_t *run(const char *year)
{
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	o.compare = 0;
	sc_det_t *d = sc_det_create(&o);
	CHECK(d != NULL, "create");
	if (!d) return NULL;
	for (size_t i = 0; i < N; i++) {
		sc_doc_t doc = {0};
		doc.id = strdup(docs[i][0]);
		doc.published = strdup(docs[i][1]);
		doc.text = sc_test_replace(docs[i][2], "YEAR", year); /* "" leaves "the  fire" */
		doc.len = doc.text ? strlen(doc.text) : 0;
		memcpy(doc.lang, "en", 3);
		CHECK(doc.id && doc.published && doc.text && sc_det_add(d, &doc) == SC_OK, "add %s",
		      docs[i][0]);
		sc_doc_free(&doc);
	}
	return sc_test_det_finish(d);
}

static void check_events(const char *year, int trial_joins, const char *what)
{
	sc_det_t *d = run(year);
	if (!d) return;
	const sc_det_result_t *r = sc_det_result(d);
	CHECK(sc_test_same_event(r, "a1", "a2") && sc_test_same_event(r, "a1", "a3"),
	      "%s: the 2010 fire is one event", what);
	CHECK(sc_test_same_event(r, "b1", "b2") && sc_test_same_event(r, "b1", "b3"),
	      "%s: the 2011 fire is one event", what);
	CHECK(!sc_test_same_event(r, "a1", "b1") && !sc_test_same_event(r, "a4", "b1"),
	      "%s: the 2011 fire stays apart", what);
	CHECK(sc_test_same_event(r, "a1", "a4") == trial_joins,
	      "%s: the trial report %s the 2010 fire", what,
	      trial_joins ? "joins" : "stays apart from");
	sc_det_free(d);
}

/* sc_det_text_years on text: want[] the years, in order, 0-terminated */
static void years(const char *text, const int *want)
{
	unsigned char got[SC_DET_YEAR_CITES];
	const int n = sc_det_text_years(text, strlen(text), got);
	int k = 0;
	while (want[k])
		k++;
	int ok = n == k;
	for (int i = 0; ok && i < n; i++)
		ok = got[i] && got[i] - 1 + SC_DET_YEAR_MIN == want[i];
	for (int i = n; ok && i < SC_DET_YEAR_CITES; i++)
		ok = !got[i];
	CHECK(ok, "\"%s\": %d years, want %d (first %d)", text, n, k,
	      n ? got[0] - 1 + SC_DET_YEAR_MIN : 0);
}

static const char *const crane[][2] = {
    {"g1",
     "Harbour crane collapses in Tessport. A crane fell onto a cargo ship in Tessport harbour "
     "on Tuesday, injuring two dock workers, the port authority said."},
    {"g2",
     "Crane collapses at Tessport harbour. A crane fell onto a cargo ship at Tessport harbour "
     "on Tuesday, hurting two dock workers, the port authority said."},
    {"g3", "Tessport harbour crane collapse. A crane toppled onto a cargo ship in Tessport harbour "
           "on Tuesday and two dock workers were injured, said the port authority."},
    {"s1", "Inspectors from the national safety board arrived in Tessport to examine the steel "
           "cables of the crane that fell onto the freighter Mira Vale. Dock union leader Anton "
           "Kessler said members had warned about rust on the jib for months. The operator, "
           "Brenner Logistics, suspended work on its other cranes while engineers check the "
           "welds, and the two injured men were recovering in hospital."},
    {"o1", "A fire broke out in a bakery in Lunford on Sunday. Firefighters saved the neighbouring "
           "houses and the baker, Greta Olsen, said she would reopen next month."},
    {"o2", "Floods closed the main road between Lunford and Ashby after two days of rain, and the "
           "council opened a shelter in the school hall for families forced from their homes."},
};

static void check_cohesion(int excepted, const char *what)
{
	enum { M = sizeof crane / sizeof *crane };
	const char *id[M], *text[M];
	for (size_t i = 0; i < M; i++)
		id[i] = crane[i][0], text[i] = crane[i][1];
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	o.compare = 0;
	sc_det_t *d = sc_test_det_run(&o, id, text, M);
	if (!d) return;
	const sc_det_result_t *r = sc_det_result(d);
	CHECK(sc_test_same_event(r, "g1", "g2") && sc_test_same_event(r, "g1", "g3"),
	      "%s: the three short reports are one event", what);
	CHECK(sc_test_same_event(r, "g1", "s1") == excepted, "%s: the long report %s them", what,
	      excepted ? "joins" : "stays apart from");
	CHECK(!sc_test_same_event(r, "g1", "o1") && !sc_test_same_event(r, "g1", "o2"),
	      "%s: the other stories stay apart", what);
	sc_det_free(d);
}

int main(void)
{
	unsetenv("SC_DET_EVENT_WEEKDAY"); /* the defaults */
	unsetenv("SC_DET_EVENT_IDF");
	unsetenv("SC_DET_EVENT_CITE");
	check_events("2010", 1, "cited");
	check_events("", 0, "control, no year written");
	setenv("SC_DET_EVENT_CITE", "off", 1);
	check_events("2010", 0, "control, citing off");
	unsetenv("SC_DET_EVENT_CITE");

	unsetenv("SC_DET_EVENT_COHESION_MIN");
	check_cohesion(1, "cohesion exception");
	setenv("SC_DET_EVENT_COHESION_MIN", "100000", 1);
	check_cohesion(0, "control, no exception");
	unsetenv("SC_DET_EVENT_COHESION_MIN");

	years("Convicted of the 2010 shooting, he was sentenced in May 2012.",
	      (const int[]){2010, 2012, 0});
	years("2010-09-10: the plant reopened in 2011 and 2010 again.",
	      (const int[]){2010, 2011, 0});
	/* decades, clock times, numbers glued to letters, 3- or 5-digit numbers, out of range */
	years("1980's style, the 1990s, at 2045 GMT, model X2010, 20101 units, 1850 and 2150.",
	      (const int[]){0});
	/* at most SC_DET_YEAR_CITES */
	years("1991, 1992, 1993, 1994, 1995.", (const int[]){1991, 1992, 1993, 1994, 0});
	/* only the first SC_DET_YEAR_CITE_BYTES bytes are read */
	{
		char buf[SC_DET_YEAR_CITE_BYTES + 64];
		memset(buf, 'x', sizeof buf);
		buf[SC_DET_YEAR_CITE_BYTES - 1] = ' ';
		memcpy(buf + SC_DET_YEAR_CITE_BYTES, " 2009", 6);
		years(buf, (const int[]){0});
		buf[SC_DET_YEAR_CITE_BYTES - 6] = ' ';
		memcpy(buf + SC_DET_YEAR_CITE_BYTES - 5, "2009 ", 5);
		years(buf, (const int[]){2009, 0});
	}
	return CHECK_DONE();
}
