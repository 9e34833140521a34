/* gate12: event days made safer (conflict.c mark_event_day, days_near; quantity.c
 * future_clause) and a sum written apart by a tokenised corpus read whole (quantity.c
 * split_decimal, exact_interval). With event days on (sc_cmp_set_event_days):
 *  - a day in a clause about what is to come ("will rescue ... on Friday", "Vendredi, les
 *    hommes doivent être secourus", "auront secouru") is no event day: no event-day finding;
 *  - two reports published more than a week apart are not paired by their event days.
 * "Last year" / "l'an dernier" is the year before publication (event days on): a date conflict
 * against another year, not against that one, nothing with event days off.
 * And in both languages, "$2. 5 million" / "2, 5 millions d'euros" is one sum of 2.5 million,
 * given to its last digit: it does not overlap 2.6 million, 2.55 million does. Every check
 * fails on main ed41803. Documents and sentences written for this test. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

/* published on Friday 6 and Saturday 7 March 2026; FAR: the second a fortnight later */
static const char *const DAYS[] = {"2026-03-06", "2026-03-07", "2026-03-07"};
static const char *const FAR[] = {"2026-03-06", "2026-03-21", "2026-03-21"};

typedef struct case_s {
	const char *what, *lang;
	int want; /* event-day findings expected with event days on */
	const char *const *dates;
	const char *t[3];
} case_t;

#define THURSDAY_EN                                                                                \
	"A lifeboat crew rescued eleven fishermen from a sinking trawler in heavy seas north of "  \
	"Mallaig on Thursday, hauling them aboard one by one through the storm."
#define THURSDAY_FR                                                                                 \
	"L'équipage d'un canot de sauvetage a secouru onze pêcheurs d'un chalutier en perdition " \
	"par forte houle au nord de Brest jeudi, en les hissant à bord un par un dans la tempête."

static const case_t CASES[] = {
    /* the positive case of test_compare_gate11, kept as the control of each rule below */
    {"EN control: Thursday against Friday",
     "en",
     1,
     DAYS,
     {THURSDAY_EN,
      "On Friday the volunteer crew rescued the men, whose vessel had struck rocks and lost power "
      "while returning to port with a full catch of prawns.",
      "Villagers will hold a service for the fishermen next month."}},
    {"EN: a Friday to come is no event day",
     "en",
     0,
     DAYS,
     {THURSDAY_EN,
      "On Friday the volunteer crew will rescue the men, whose vessel has struck rocks and lost "
      "power while returning to port with a full catch of prawns.",
      "Villagers will hold a service for the fishermen next month."}},
    {"EN: reports a fortnight apart",
     "en",
     0,
     FAR,
     {THURSDAY_EN,
      "On Friday the volunteer crew rescued the men, whose vessel had struck rocks and lost power "
      "while returning to port with a full catch of prawns.",
      "Villagers will hold a service for the fishermen next month."}},
    {"FR contrôle : jeudi contre vendredi",
     "fr",
     1,
     DAYS,
     {THURSDAY_FR,
      "Vendredi, les bénévoles de l'équipage ont secouru les hommes, dont le bateau avait heurté "
      "des rochers et perdu sa propulsion en rentrant au port avec une pleine cale de "
      "langoustines.",
      "Les habitants organiseront une cérémonie pour les pêcheurs le mois prochain."}},
    {"FR : vendredi sous « doivent » (prévu ou supposé, rien d'affirmé)",
     "fr",
     0,
     DAYS,
     {THURSDAY_FR,
      "Vendredi, les bénévoles de l'équipage doivent avoir secouru les hommes, dont le bateau a "
      "heurté "
      "des rochers et perdu sa propulsion en rentrant au port avec une pleine cale de "
      "langoustines.",
      "Les habitants organiseront une cérémonie pour les pêcheurs le mois prochain."}},
    {"FR : vendredi au futur simple",
     "fr",
     0,
     DAYS,
     {THURSDAY_FR,
      "Vendredi, les bénévoles de l'équipage auront secouru les hommes, dont le bateau a heurté "
      "des rochers et perdu sa propulsion en rentrant au port avec une pleine cale de "
      "langoustines.",
      "Les habitants organiseront une cérémonie pour les pêcheurs le mois prochain."}},
    {"FR : deux semaines d'écart",
     "fr",
     0,
     FAR,
     {THURSDAY_FR,
      "Vendredi, les bénévoles de l'équipage ont secouru les hommes, dont le bateau avait heurté "
      "des rochers et perdu sa propulsion en rentrant au port avec une pleine cale de "
      "langoustines.",
      "Les habitants organiseront une cérémonie pour les pêcheurs le mois prochain."}},
};

/* The one money quantity of s (lang), or a zeroed one (kind -1) when s has not exactly one. */
static sc_quant_t one_sum(sc_cmp_t *c, const char *s, const char *lang)
{
	sc_stmt_t st;
	sc_quant_t q;
	memset(&q, 0, sizeof q);
	q.kind = -1;
	memset(&st, 0, sizeof st);
	if (sc_cmp_analyse(c, s, strlen(s), lang, &st)) return q;
	int n = 0;
	for (size_t i = 0; i < st.nq; i++)
		if (st.q[i].kind == SC_Q_MONEY && !st.q[i].aside) q = st.q[i], n++;
	if (n != 1) q.kind = -1;
	sc_cmp_stmt_free(&st);
	return q;
}

int main(void)
{
	sc_cmp_t *c = NULL;
	int rc;
	if (sc_test_judge_open(&c)) return 1;
	sc_cmp_set_event_days(c, 1);
	for (size_t n = 0; n < sizeof CASES / sizeof CASES[0]; n++) {
		const case_t *t = &CASES[n];
		sc_conflict_t *v;
		size_t nv, hits = 0;
		rc = sc_test_cmp_run(c, t->lang, t->t, t->dates, 3, 0.0, &v, &nv);
		CHECK(rc == SC_OK, "%s: rc=%d", t->what, rc);
		for (size_t i = 0; i < (rc ? 0 : nv); i++) {
			for (size_t j = 0; j < v[i].ncues; j++)
				hits += !strcmp(v[i].cues[j], "event-day") &&
				        v[i].kind == SC_CONFLICT_DATE;
			sc_cmp_conflict_free(&v[i]);
		}
		if (!rc) free(v);
		CHECK(hits == (size_t)t->want, "%s: %zu event-day date findings, want %d", t->what,
		      hits, t->want);
	}
	/* "last year" / "l'an dernier" read against the publication year (quantity.c
	 * relative_year), with event days only: a date conflict against another year, none
	 * against the year before publication, none with event days off */
	static const struct {
		const char *what, *lang;
		int want_on;
		const char *t[3];
	} YEARS[] = {
	    {"EN: last year against 2023",
	     "en",
	     1,
	     {"Last year, town voters approved a bond measure to buy the old mill and the "
	      "warehouses "
	      "around it.",
	      "Voters in 2023 approved a $3 million bond to buy the old mill, the mayor said.",
	      "The mill burned down on a windy night."}},
	    {"EN: last year against 2025 (the same year)",
	     "en",
	     0,
	     {"Last year, town voters approved a bond measure to buy the old mill and the "
	      "warehouses "
	      "around it.",
	      "Voters in 2025 approved a $3 million bond to buy the old mill, the mayor said.",
	      "The mill burned down on a windy night."}},
	    {"EN: the past year is the last twelve months, no calendar year",
	     "en",
	     0,
	     {"Over the past year, town voters approved a bond measure to buy the old mill and the "
	      "warehouses around it.",
	      "Voters in 2023 approved a $3 million bond to buy the old mill, the mayor said.",
	      "The mill burned down on a windy night."}},
	    {"FR : l'an dernier contre 2023",
	     "fr",
	     1,
	     {"L'an dernier, les électeurs de la commune ont approuvé un emprunt pour racheter le "
	      "vieux moulin et ses entrepôts.",
	      "Les électeurs ont approuvé en 2023 un emprunt de trois millions pour racheter le "
	      "vieux "
	      "moulin, selon le maire.",
	      "Le moulin a brûlé par une nuit de grand vent."}},
	    {"FR : l'an dernier contre 2025",
	     "fr",
	     0,
	     {"L'an dernier, les électeurs de la commune ont approuvé un emprunt pour racheter le "
	      "vieux moulin et ses entrepôts.",
	      "Les électeurs ont approuvé en 2025 un emprunt de trois millions pour racheter le "
	      "vieux "
	      "moulin, selon le maire.",
	      "Le moulin a brûlé par une nuit de grand vent."}},
	};
	for (int on = 0; on <= 1; on++) {
		sc_cmp_set_event_days(c, on);
		for (size_t n = 0; n < sizeof YEARS / sizeof YEARS[0]; n++) {
			sc_conflict_t *v;
			size_t nv, dates = 0;
			rc = sc_test_cmp_run(c, YEARS[n].lang, YEARS[n].t, DAYS, 3, 0.0, &v, &nv);
			CHECK(rc == SC_OK, "%s: rc=%d", YEARS[n].what, rc);
			for (size_t i = 0; i < (rc ? 0 : nv); i++) {
				dates += v[i].kind == SC_CONFLICT_DATE && !v[i].lead;
				sc_cmp_conflict_free(&v[i]);
			}
			if (!rc) free(v);
			int want = on ? YEARS[n].want_on : 0;
			CHECK(dates == (size_t)want,
			      "%s (event days %s): %zu date conflicts, want %d", YEARS[n].what,
			      on ? "on" : "off", dates, want);
		}
	}
	sc_cmp_set_event_days(c, 0);

	/* Sums: gate12's reading of a decimal written apart ("$2. 5 million") and its last-digit
	 * interval were taken out by the lead after the final read: a French comma after a year
	 * ("En 2020, 3 millions") made 2020.3 million, and "$2.0 million" took 1.5 to 2.5 million,
	 * so "$2.0 million" / "$2.5 million" no longer clashed. These guard both. */
	sc_quant_t y = one_sum(c, "En 2020, 3 millions d'euros ont été versés.", "fr");
	CHECK(y.kind == SC_Q_MONEY && y.value > 3e6 - 1 && y.value < 3e6 + 1,
	      "'En 2020, 3 millions d'euros': value %.0f, want 3000000", y.value);
	sc_quant_t two = one_sum(c, "The thieves took $2.0 million in watches.", "en"),
	           twofive = one_sum(c, "The thieves took $2.5 million in watches.", "en");
	CHECK(two.kind == SC_Q_MONEY && twofive.kind == SC_Q_MONEY && two.hi < twofive.lo,
	      "$2.0 and $2.5 million are two figures: [%.0f, %.0f] [%.0f, %.0f]", two.lo, two.hi,
	      twofive.lo, twofive.hi);
	sc_cmp_free(c);
	return CHECK_DONE();
}
