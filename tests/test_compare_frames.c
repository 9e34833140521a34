/* Count frames in cluster mode (conflict.c + quantity.c), on articles written for this test in
 * English and French: two counts of one thing conflict even when the sentences share no other
 * word (pairing from frames); killed against wounded, a part against a total, "several dozen"
 * against 40 do not; a "rose to" / "a grimpé à" figure is an update, not a conflict. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

static sc_cmp_t *C;

#define NO_CONFLICT (-1) /* expect(): no conflict at all */

typedef struct res_s {
	sc_conflict_t *v;
	size_t n;
} res_t;

/* Runs cluster mode over two texts (one document each, published on d1, d2; "": undated). */
static res_t run2(const char *lang, const char *t1, const char *d1, const char *t2, const char *d2,
                  double min_score)
{
	const char *t[2] = {t1, t2}, *d[2] = {*d1 ? d1 : NULL, *d2 ? d2 : NULL};
	res_t r;
	int rc = sc_test_cmp_run(C, lang, t, d, 2, min_score, &r.v, &r.n);
	CHECK(rc == SC_OK, "sc_cmp_cluster rc=%d", rc);
	return r;
}

static void res_free(res_t *r)
{
	for (size_t i = 0; i < r->n; i++) sc_cmp_conflict_free(&r->v[i]);
	free(r->v);
}

static void dump(const char *what, const res_t *r)
{
	for (size_t i = 0; i < r->n; i++)
		fprintf(stderr, "  [%s] %s %.3f %s  <>  %s\n", what, sc_cmp_kind_name(r->v[i].kind),
		        r->v[i].score, r->v[i].a.text, r->v[i].b.text);
}

/* exactly one conflict of kind `kind` (NO_CONFLICT: none at all) */
static void expect(const char *what, const char *lang, const char *t1, const char *d1,
                   const char *t2, const char *d2, int kind, double min_score)
{
	res_t r = run2(lang, t1, d1, t2, d2, min_score);
	if (kind < 0) {
		CHECK(r.n == 0, "%s: %zu conflicts, want none", what, r.n);
	} else {
		CHECK(r.n == 1 && r.v[0].kind == kind, "%s: %zu conflicts (first %s), want one %s", what,
		      r.n, r.n ? sc_cmp_kind_name(r.v[0].kind) : "-", sc_cmp_kind_name(kind));
	}
	if (sc_check_fail) dump(what, &r);
	res_free(&r);
}

/* Generic frames: a head noun outside the count classes, counted with a consensus in the
 * event. The minority figure is set against the majority as a lead (never a conflict of the
 * default list); no consensus, a running total or a measure gives nothing. */
/* a clash: at least one, every one a lead (two figures, each in two documents: no lone
 * outlier, which conflict.c lone_outlier makes a conflict; tests/test_compare_numbers3.c) */
static const sc_test_group_t GENERIC[] = {
	{"boats", "en", 1,
	 {"The raiders approached the tanker in two boats before dawn.",
	  "Witnesses said two boats carrying the raiders circled the tanker.",
	  "The raiders, in three boats, tried to board the tanker.",
	  "Three boats were seen leaving the tanker after the raid."}},
	{"bateaux", "fr", 1,
	 {"Les assaillants sont arrivés sur deux bateaux près du cargo.",
	  "Deux bateaux ont encerclé le cargo, selon l'équipage.",
	  "Les assaillants, à bord de trois bateaux, ont tenté de monter sur le cargo.",
	  "On a vu trois bateaux quitter le cargo après l'attaque."}},
	/* no consensus: every article gives another figure of another player */
	{"yards without consensus", "en", 0,
	 {"Smith ran for 404 yards this season.", "Jones ran for 793 yards this season.",
	  "Brown ran for 269 yards this season.", "Green ran for 716 yards this season."}},
	/* a running total against one operation's haul */
	{"running total", "en", 0,
	 {"During the raid the crew seized six rifles from the smugglers.",
	  "The crew seized six rifles from the smugglers on Tuesday.",
	  "Six rifles were seized from the smugglers, the crew said.",
	  "So far the crew has seized 14 rifles from smugglers in five raids."}},
	/* measures: distances are no count of things */
	{"distances", "en", 0,
	 {"The tanker was 13 miles from the frigate when the raiders fired.",
	  "The frigate was 13 miles away when the raiders fired on the tanker.",
	  "The raiders fired on the tanker 150 miles off the coast, 13 miles from the frigate.",
	  "The raiders fired when the tanker was 20 miles from the frigate."}},
};

static void generic_frames(void)
{
	for (size_t i = 0; i < sizeof GENERIC / sizeof *GENERIC; i++) {
		size_t h, l;
		int rc = sc_test_cmp_cue_count(C, GENERIC[i].lang, GENERIC[i].t, 4, 0.5, "counted-noun",
		                               &h, &l);
		CHECK(rc == SC_OK, "sc_cmp_cluster rc=%d", rc);
		if (GENERIC[i].clash)
			CHECK(h >= 1 && h == l, "%s: %zu generic clashes, %zu as leads; want >= 1, all leads",
			      GENERIC[i].what, h, l);
		else
			CHECK(h == 0, "%s: %zu generic clashes", GENERIC[i].what, h);
	}
}

/* Two one-sentence documents (text, date: "" undated) in cluster mode at min_score: exactly one
 * conflict of kind `kind`, or none at all (NO_CONFLICT). */
static const struct {
	const char *what, *lang;
	int kind;
	double min_score;
	const char *t1, *d1, *t2, *d2;
} PAIRS[] = {
	/* pairing from frames: no shared term but the counted thing */
	{"crowd estimates", "en", SC_CONFLICT_NUMBER, 0.5,
	 "Police put the march at roughly 30,000.", "",
	 "As many as 20,000 took to the streets, organisers said.", ""},
	{"drew a crowd", "en", SC_CONFLICT_NUMBER, 0.5,
	 "A march against the dam drew 3,000 people on Sunday.", "",
	 "Some 8,000 people marched against the dam, organisers said.", ""},
	{"a réuni", "fr", SC_CONFLICT_NUMBER, 0.5,
	 "La manifestation contre le barrage a réuni 3 000 personnes dimanche.", "",
	 "Quelque 8 000 manifestants ont défilé contre le barrage, selon les organisateurs.", ""},
	{"crowd estimates fr", "fr", SC_CONFLICT_NUMBER, 0.5,
	 "La police a compté 30 000 manifestants.", "",
	 "Selon les syndicats, le cortège a réuni 12 000 personnes.", ""},
	{"dead", "en", SC_CONFLICT_NUMBER, 0.5,
	 "The blast killed 4 people near the station.", "",
	 "Officials said 9 died in the explosion.", ""},
	{"dead fr", "fr", SC_CONFLICT_NUMBER, 0.5,
	 "L'explosion a fait 4 morts près de la gare.", "",
	 "Neuf personnes ont été tuées, selon la préfecture.", ""},
	{"magnitude", "en", SC_CONFLICT_NUMBER, 0.5,
	 "A magnitude 6.1 quake shook the island on Sunday.", "",
	 "The 5.4-magnitude tremor damaged the harbour.", ""},
	/* killed vs wounded: two things */
	{"killed vs wounded", "en", NO_CONFLICT, 0.5,
	 "The gunman killed 3 people at the market.", "",
	 "The gunman wounded 12 people at the market.", ""},
	{"tués vs blessés", "fr", NO_CONFLICT, 0.5,
	 "Le tireur a tué 3 personnes au marché.", "",
	 "Le tireur a blessé 12 personnes au marché.", ""},
	/* a part against a total */
	{"partial", "en", NO_CONFLICT, 0.5,
	 "The gunman shot seven co-workers, killing three of them.", "",
	 "The gunman killed five co-workers at the depot.", ""},
	{"partiel", "fr", NO_CONFLICT, 0.5,
	 "Le tireur a blessé sept collègues et en a tué deux d'entre eux.", "",
	 "Le tireur a tué cinq collègues au dépôt.", ""},
	/* vague numbers */
	{"several dozen vs 40", "en", NO_CONFLICT, 0.5,
	 "Police arrested several dozen protesters downtown.", "",
	 "Police arrested 40 protesters downtown.", ""},
	{"des dizaines vs 40", "fr", NO_CONFLICT, 0.5,
	 "La police a interpellé des dizaines de manifestants.", "",
	 "La police a interpellé 40 manifestants.", ""},
	/* updates: an update cue, or a later article with the larger cumulative count */
	{"rose to", "en", SC_CONFLICT_UPDATE, 0.5,
	 "The quake killed 12 people, officials said.", "",
	 "The death toll rose to 30 on Tuesday.", ""},
	{"a grimpé à", "fr", SC_CONFLICT_UPDATE, 0.5,
	 "Le séisme a fait 12 morts, selon les autorités.", "",
	 "Le bilan a grimpé à 30 morts mardi.", ""},
	/* a later article's larger count, without a cue: still a conflict (see conflict.c) */
	{"later article", "en", SC_CONFLICT_NUMBER, 0.5,
	 "The quake killed 12 people, officials said.", "2024-03-01",
	 "The quake killed 30 people, officials said.", "2024-03-03"},
	{"same day", "en", SC_CONFLICT_NUMBER, 0.5,
	 "The quake killed 12 people, officials said.", "2024-03-01",
	 "The quake killed 30 people, officials said.", "2024-03-01"},
	/* ages: the same person, the same month */
	{"ages", "en", SC_CONFLICT_NUMBER, 0.5,
	 "The driver, Paul Kemp, 42, was arrested.", "2024-03-01",
	 "Paul Kemp, 47, was charged with manslaughter.", "2024-03-02"},
	{"ages years apart", "en", NO_CONFLICT, 0.5,
	 "The driver, Paul Kemp, 42, was arrested.", "2022-03-01",
	 "Paul Kemp, 44, was sentenced on Friday.", "2024-03-02"},
	{"other people", "en", NO_CONFLICT, 0.5,
	 "A 42-year-old man was arrested.", "2024-03-01",
	 "A 19-year-old woman was arrested.", "2024-03-01"},
	/* background: a count of another year */
	{"background year", "en", NO_CONFLICT, 0.5,
	 "The quake killed 12 people, officials said.", "2024-03-01",
	 "In 2004 a quake in the region killed 300 people.", "2024-03-01"},
	/* durations measured from different points are two spans, not two accounts of one */
	{"offset vs span", "en", NO_CONFLICT, 0.5,
	 "She died a week after the heart attack, her agent said.", "",
	 "She had been in hospital for three weeks with pneumonia before the heart attack.", ""},
	{"offset vs span fr", "fr", NO_CONFLICT, 0.5,
	 "Elle est morte une semaine après son attaque cardiaque.", "",
	 "Elle était hospitalisée depuis trois semaines à cause de son attaque cardiaque.", ""},
	{"offsets from two points", "en", NO_CONFLICT, 0.5,
	 "The new rules take effect in about 30 days.", "",
	 "The new rules take effect nine days before the inauguration.", ""},
	/* a month without a year, well before the article's date: an earlier event recalled */
	{"earlier month", "en", NO_CONFLICT, 0.5,
	 "In February, a gunman opened fire at a campus, killing three people.", "2024-09-20",
	 "The gunman opened fire at the plant, killing two people.", "2024-09-20"},
	{"earlier month fr", "fr", NO_CONFLICT, 0.5,
	 "En février, un tireur a ouvert le feu sur un campus, tuant trois personnes.", "2024-09-20",
	 "Le tireur a ouvert le feu dans l'usine, tuant deux personnes.", "2024-09-20"},
	{"last year's month", "en", NO_CONFLICT, 0.5,
	 "In November, a storm killed 12 people in the valley.", "2027-02-20",
	 "The storm killed 5 people in the valley on Thursday.", "2027-02-20"},
	{"this month", "en", SC_CONFLICT_NUMBER, 0.5,
	 "In February, a gunman opened fire at a campus, killing three people.", "2024-03-05",
	 "The gunman opened fire at the campus, killing two people.", "2024-03-05"},
	/* dates clash only when they date the same thing */
	{"same dated", "en", SC_CONFLICT_DATE, 0.5,
	 "Voters approved the $3 million bond for the dairy land in 2009.", "",
	 "Voters approved the $3 million bond for the dairy land in 2010.", ""},
	{"same dated fr", "fr", SC_CONFLICT_DATE, 0.5,
	 "Les électeurs ont approuvé l'emprunt pour la laiterie en 2009.", "",
	 "Les électeurs ont approuvé l'emprunt pour la laiterie en 2010.", ""},
	/* (at any score) */
	{"two things dated", "en", NO_CONFLICT, 0.0,
	 "In 2002, she became the president of the Alabama medical association, her office said.", "",
	 "The Alabama medical association gave her a grant for the clinic in 2008, her office said.", ""},
	{"two things dated fr", "fr", NO_CONFLICT, 0.0,
	 "En 2002, elle est devenue présidente de l'association médicale de l'Alabama, selon son bureau.", "",
	 "L'association médicale de l'Alabama lui a donné une subvention pour la clinique en 2008, selon son bureau.", ""},
	{"weekday before the date", "en", SC_CONFLICT_DATE, 0.5,
	 "Police arrested the bombing suspect on Monday, December 1.", "",
	 "Police arrested the bombing suspect on Wednesday, December 3.", ""},
	{"said on a date", "en", NO_CONFLICT, 0.5,
	 "The suspect was arrested on December 3 near the station.", "",
	 "The suspect was arrested near the station, police said on December 4.", ""},
	{"told reporters on a date", "en", NO_CONFLICT, 0.5,
	 "The suspect was arrested on December 3 near the station.", "",
	 "Prosecutors told reporters on December 4 that the suspect was arrested near the station.", ""},
	{"date of a report", "en", NO_CONFLICT, 0.5,
	 "The parliamentary elections scheduled for December 15 will be held with two parties.", "",
	 "The parliamentary elections will be held with two parties, the agency reported on September 26.", ""},
};

int main(void)
{
	if (sc_test_cmp_open(&C)) return 1;
	for (size_t i = 0; i < sizeof PAIRS / sizeof *PAIRS; i++)
		expect(PAIRS[i].what, PAIRS[i].lang, PAIRS[i].t1, PAIRS[i].d1, PAIRS[i].t2, PAIRS[i].d2,
		       PAIRS[i].kind, PAIRS[i].min_score);
	generic_frames();
	sc_cmp_free(C);
	return CHECK_DONE();
}
