/* Cluster mode's event days (conflict.c mark_event_day, event_day_verdict; quantity.c
 * relative_day): two reports that date one happening by relative days ("on Thursday",
 * "vendredi") read against their publication days give a date conflict past the shared-term
 * cosine, English and French; not without publication days (nothing to read them against),
 * not when the two days are one, and not when the days date two happenings (a rescue and a
 * vigil). Off by default (sc_cmp_set_event_days): every case runs off first, with no
 * event-day finding, then on. Documents written for this test. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

/* published on Friday 6 and Saturday 7 March 2026 */
static const char *const DAYS[] = {"2026-03-06", "2026-03-07", "2026-03-07"};

typedef struct case_s {
	const char *what, *lang;
	int want; /* event-day findings expected */
	int dated;
	const char *t[3];
} case_t;

static const case_t CASES[] = {
    {"EN: Thursday against Friday, one rescue", "en", 1, 1,
     {"A lifeboat crew rescued eleven fishermen from a sinking trawler in heavy seas north of "
      "Mallaig on Thursday, hauling them aboard one by one through the storm.",
      "On Friday the volunteer crew rescued the men, whose vessel had struck rocks and lost power "
      "while returning to port with a full catch of prawns.",
      "Villagers will hold a service for the fishermen next month."}},
    {"EN: the same two reports, no publication day", "en", 0, 0,
     {"A lifeboat crew rescued eleven fishermen from a sinking trawler in heavy seas north of "
      "Mallaig on Thursday, hauling them aboard one by one through the storm.",
      "On Friday the volunteer crew rescued the men, whose vessel had struck rocks and lost power "
      "while returning to port with a full catch of prawns.",
      "Villagers will hold a service for the fishermen next month."}},
    {"EN: Thursday read on both days (one day)", "en", 0, 1,
     {"A lifeboat crew rescued eleven fishermen from a sinking trawler in heavy seas north of "
      "Mallaig on Thursday, hauling them aboard one by one through the storm.",
      "On Thursday the volunteer crew rescued the men, whose vessel had struck rocks and lost "
      "power while returning to port with a full catch of prawns.",
      "Villagers will hold a service for the fishermen next month."}},
    {"EN: a rescue and a vigil, two happenings", "en", 0, 1,
     {"A lifeboat crew rescued eleven fishermen from a sinking trawler in heavy seas north of "
      "Mallaig on Thursday, hauling them aboard one by one through the storm.",
      "Villagers gathered at the harbour church on Friday evening to thank the lifeboat crew "
      "and the fishermen.",
      "The trawler sank near the harbour of Mallaig."}},
    {"FR: jeudi contre vendredi, un sauvetage", "fr", 1, 1,
     {"L'équipage d'un canot de sauvetage a secouru onze pêcheurs d'un chalutier en perdition "
      "par forte houle au nord de Brest jeudi, en les hissant à bord un par un dans la tempête.",
      "Vendredi, les bénévoles de l'équipage ont secouru les hommes, dont le bateau avait heurté "
      "des rochers et perdu sa propulsion en rentrant au port avec une pleine cale de langoustines.",
      "Les habitants organiseront une cérémonie pour les pêcheurs le mois prochain."}},
    {"FR: sans date de publication", "fr", 0, 0,
     {"L'équipage d'un canot de sauvetage a secouru onze pêcheurs d'un chalutier en perdition "
      "par forte houle au nord de Brest jeudi, en les hissant à bord un par un dans la tempête.",
      "Vendredi, les bénévoles de l'équipage ont secouru les hommes, dont le bateau avait heurté "
      "des rochers et perdu sa propulsion en rentrant au port avec une pleine cale de langoustines.",
      "Les habitants organiseront une cérémonie pour les pêcheurs le mois prochain."}},
    {"FR: un sauvetage et une veillée", "fr", 0, 1,
     {"L'équipage d'un canot de sauvetage a secouru onze pêcheurs d'un chalutier en perdition "
      "par forte houle au nord de Brest jeudi, en les hissant à bord un par un dans la tempête.",
      "Vendredi soir, les habitants se sont réunis à l'église du port pour remercier l'équipage "
      "du canot.",
      "Le chalutier a coulé près du port de Brest."}},
};

int main(void)
{
	sc_cmp_t *c = NULL;
	int rc;
	if (sc_test_judge_open(&c)) return 1;
	/* off by default (compare.h sc_cmp_set_event_days): no case finds an event day; then on */
	for (size_t n = 0; n < 2 * (sizeof CASES / sizeof CASES[0]); n++) {
		int on = n >= sizeof CASES / sizeof CASES[0];
		const case_t *t = &CASES[n % (sizeof CASES / sizeof CASES[0])];
		sc_cmp_set_event_days(c, on);
		sc_conflict_t *v;
		size_t nv, hits = 0, dates = 0;
		rc = sc_test_cmp_run(c, t->lang, t->t, t->dated ? DAYS : NULL, 3, 0.0, &v, &nv);
		CHECK(rc == SC_OK, "%s: rc=%d", t->what, rc);
		for (size_t i = 0; i < nv; i++) {
			int has = 0;
			for (size_t j = 0; j < v[i].ncues; j++)
				has |= !strcmp(v[i].cues[j], "event-day");
			hits += has;
			dates += has && v[i].kind == SC_CONFLICT_DATE && !v[i].lead;
			sc_cmp_conflict_free(&v[i]);
		}
		free(v);
		CHECK(hits == (size_t)(on ? t->want : 0),
		      "%s (event days %s): %zu event-day findings, want %d", t->what,
		      on ? "on" : "off", hits, on ? t->want : 0);
		CHECK(dates == hits, "%s: %zu of %zu event-day findings are date conflicts",
		      t->what, dates, hits);
	}
	/* off, a weekday between two figures is no quantity: "12 Thursday and 11 Friday" is one
	 * list of two counts, as before event days existed, and no count against 23 */
	static const char *const LIST[3] = {
	    "The storms killed 12 Thursday and 11 Friday across the valley, the governor said.",
	    "The storms killed 23 people across the valley, the governor said.",
	    "Rescue teams searched the valley for survivors after the storms."};
	sc_conflict_t *v;
	size_t nv, nnum = 0;
	sc_cmp_set_event_days(c, 0);
	rc = sc_test_cmp_run(c, "en", LIST, DAYS, 3, 0.0, &v, &nv);
	CHECK(rc == SC_OK, "list: rc=%d", rc);
	for (size_t i = 0; i < (rc ? 0 : nv); i++) {
		nnum += v[i].kind == SC_CONFLICT_NUMBER && !v[i].lead;
		sc_cmp_conflict_free(&v[i]);
	}
	if (!rc) free(v);
	CHECK(nnum == 0, "event days off: %zu number conflicts on 12 Thursday and 11 Friday", nnum);
	sc_cmp_free(c);
	return CHECK_DONE();
}
