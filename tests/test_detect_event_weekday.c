/* The event tier's weekday rule (detect.h "weekday"). Undated reports of two fires of the same
 * kind in one town share their template words (town, fire crews, evacuation, smoke) and so
 * look like one event; what tells them apart is the day each report names for its event. Six
 * undated reports, three naming Monday and three naming Friday, must form two events; the same
 * six with Friday written Monday must form one (the control: the weekday, and nothing else,
 * keeps them apart). Then the reader itself (sc_det_text_weekday): a dateline's weekday dates
 * the report and is skipped, French names count, boilerplate is skipped. Sentences of our
 * own. */
#include "check.h"
#include "det_internal.h"
#include "det_test.h"
#include "detect.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const docs[][2] = {
    {"a1", "Fire crews in Brackley fought a blaze at a warehouse on the ring road on DAY night. "
           "Residents of nearby streets were evacuated as thick smoke drifted over Brackley, and "
           "the fire service said the roof of the warehouse collapsed. Owner Tom Hale said the "
           "stock was lost."},
    {"a2", "A warehouse fire on the Brackley ring road forced residents from their homes on DAY. "
           "Fire crews worked through the night and the fire service said thick smoke covered "
           "the town. Tom Hale, who owns the warehouse, said nobody was inside."},
    {"a3", "Thick smoke hung over Brackley after a fire destroyed a warehouse on DAY. The fire "
           "service sent eight crews to the ring road and residents were evacuated. The owner, "
           "Tom Hale, thanked the fire crews."},
    {"b1", "Fire crews in Brackley fought a blaze at a warehouse near the canal on DAY night. "
           "Residents of nearby streets were evacuated as thick smoke drifted over Brackley, and "
           "the fire service said the roof of the warehouse collapsed. Owner Ruth Pell said the "
           "stock was lost."},
    {"b2", "A warehouse fire by the Brackley canal forced residents from their homes on DAY. "
           "Fire crews worked through the night and the fire service said thick smoke covered "
           "the town. Ruth Pell, who owns the warehouse, said nobody was inside."},
    {"b3", "Thick smoke hung over Brackley after a fire destroyed a warehouse on DAY. The fire "
           "service sent eight crews to the canal and residents were evacuated. The owner, Ruth "
           "Pell, thanked the fire crews."},
};

/* the six reports, group a naming day_a and group b day_b (lang "en", no date) */
static sc_det_t *run(const char *day_a, const char *day_b)
{
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	o.compare = 0;
	enum { N = sizeof docs / sizeof *docs };
	const char *id[N];
	char *text[N];
	for (size_t i = 0; i < N; i++) {
		id[i] = docs[i][0];
		text[i] = sc_test_replace(docs[i][1], "DAY", docs[i][0][0] == 'a' ? day_a : day_b);
	}
	sc_det_t *d = sc_test_det_run(&o, id, (const char *const *)text, N);
	for (size_t i = 0; i < N; i++) free(text[i]);
	return d;
}

static void weekday(const char *text, int want)
{
	const int got = sc_det_text_weekday(text, strlen(text), NULL, 0);
	CHECK(got == want, "\"%s\": weekday %d, want %d", text, got, want);
}

int main(void)
{
	unsetenv("SC_DET_EVENT_WEEKDAY"); /* the defaults */
	unsetenv("SC_DET_EVENT_IDF");
	sc_det_t *d = run("Monday", "Friday");
	if (d) {
		const sc_det_result_t *r = sc_det_result(d);
		CHECK(sc_test_same_event(r, "a1", "a2") && sc_test_same_event(r, "a1", "a3"), "the Monday fire: one event");
		CHECK(sc_test_same_event(r, "b1", "b2") && sc_test_same_event(r, "b1", "b3"), "the Friday fire: one event");
		CHECK(!sc_test_same_event(r, "a1", "b1"), "the Monday and the Friday fires stay apart");
	}
	sc_det_free(d);
	d = run("Monday", "Monday");
	if (d) {
		const sc_det_result_t *r = sc_det_result(d);
		CHECK(sc_test_same_event(r, "a1", "b1") && sc_test_same_event(r, "a2", "b3"),
		      "control: named on the same day, the six reports are one event");
	}
	sc_det_free(d);

	weekday("The council met on Tuesday to vote.", 2);
	weekday("SUNDAY: the match was abandoned.", 7);
	weekday("Le conseil s'est réuni mardi soir.", 2);
	weekday("Le conseil s'est réuni Dimanche.", 7);
	/* a dateline dates the report: the event's day comes after it */
	weekday("Wednesday, March 4, 2009\nThe minister resigned on Monday.", 1);
	weekday("Tuesday 28 April 2009 - Talks ended on Saturday.", 6);
	weekday("samedi 3 mai\nLa grève a commencé jeudi.", 4);
	/* not a whole word, or no weekday at all */
	weekday("Mondays are quiet; the Sundayschool closed.", 0);
	weekday("The report names no day.", 0);
	/* boilerplate spans are skipped */
	{
		const char *t = "Updated Friday | The strike began on Thursday.";
		const sc_span_t skip[] = {{0, 15}};
		const int got = sc_det_text_weekday(t, strlen(t), skip, 1);
		CHECK(got == 4, "boilerplate skipped: weekday %d, want 4", got);
	}
	/* only the first SC_DET_WEEKDAY_BYTES bytes are read */
	{
		char buf[SC_DET_WEEKDAY_BYTES + 64];
		memset(buf, 'x', sizeof buf);
		buf[SC_DET_WEEKDAY_BYTES - 1] = ' ';
		memcpy(buf + SC_DET_WEEKDAY_BYTES, " Monday", 8);
		CHECK(sc_det_text_weekday(buf, strlen(buf), NULL, 0) == 0, "a weekday past the head");
	}
	return CHECK_DONE();
}
