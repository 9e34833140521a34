/* The event tier's date reader (sc_det_text_date, detect.h "Dates"): numeric datelines, and
 * the four-digit numbers that are no year of the event (decades, clock times). Sentences of
 * our own. */
#include "check.h"
#include "det_internal.h"

#include <string.h>

static void expect(const char *text, int y, int m, int d, int year)
{
	int32_t day;
	int yr;
	sc_det_text_date(text, strlen(text), &day, &yr);
	const int32_t want = y ? sc_det_civil_day(y, m, d) : SC_DET_NODAY;
	CHECK(day == want && yr == year, "\"%s\": day %d year %d, want day %d year %d", text,
	      (int)day, yr, (int)want, year);
}

int main(void)
{
	/* numeric dates: the part over 12 tells day from month */
	expect("Posted 7 / 23 / 2011 4: 10 PM\nThe council met.", 2011, 7, 23, 2011);
	expect("Last updated 09: 12 23 / 07 / 2011\nThe council met.", 2011, 7, 23, 2011);
	expect("Ferry sinks near the coast\n2016-3-9\nThe ferry sank.", 2016, 3, 9, 2016);
	expect("Ferry sinks near the coast\n2016 - 03 - 09 10: 41\nThe ferry sank.", 2016, 3, 9, 2016);
	expect("Published: 2016. 03. 09 07: 30 AM\nThe ferry sank.", 2016, 3, 9, 2016);
	/* dots are written day first */
	expect("Report filed on 09. 03. 2016\nThe ferry sank.", 2016, 3, 9, 2016);
	/* slashes with both parts <= 12 (and different): only the year is known */
	expect("Posted 3 / 9 / 2016 11: 02 AM\nThe ferry sank.", 0, 0, 0, 2016);
	/* same day and month either way */
	expect("Posted 5 / 5 / 2016\nThe ferry sank.", 2016, 5, 5, 2016);
	/* not a date: impossible parts, a 2-digit year, a score then a year */
	expect("Updated 31 / 31 / 2016\nThe ferry sank.", 0, 0, 0, 2016);
	expect("Posted 3 / 29 / 16\nThe ferry sank in March.", 0, 0, 0, 0);
	/* a month name still comes first when it appears first */
	expect("March 9, 2016\nPosted 3 / 10 / 2016", 2016, 3, 9, 2016);
	/* a year alone dates the text ... */
	expect("Ferry sinks near the coast, 2016\nThe ferry sank.", 0, 0, 0, 2016);
	/* ... but a decade or a clock time is no year */
	expect("A harbour with 1970's charm lost its ferry.", 0, 0, 0, 0);
	expect("A harbour with 1970s charm lost its ferry.", 0, 0, 0, 0);
	expect("The ferry sank at 2130 GMT on Friday, in the 1990's livery.", 0, 0, 0, 0);
	expect("The ferry sank at 2130 local time; it was built in 2004.", 0, 0, 0, 2004);
	return CHECK_DONE();
}
