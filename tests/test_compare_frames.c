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

typedef struct res_s {
	sc_conflict_t *v;
	size_t n;
} res_t;

static double min_score = 0.5;

/* Runs cluster mode over texts (one document each, published on dates[i], may be NULL). */
static res_t run2(const char *lang, const char *t1, const char *d1, const char *t2, const char *d2)
{
	const char *t[2] = {t1, t2}, *d[2] = {d1, d2};
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

/* exactly one conflict of kind `kind` (-1: none at all) */
static void expect(const char *what, const char *lang, const char *t1, const char *d1,
                   const char *t2, const char *d2, int kind)
{
	res_t r = run2(lang, t1, d1, t2, d2);
	if (kind < 0) {
		CHECK(r.n == 0, "%s: %zu conflicts, want none", what, r.n);
	} else {
		CHECK(r.n == 1 && r.v[0].kind == kind, "%s: %zu conflicts (first %s), want one %s", what,
		      r.n, r.n ? sc_cmp_kind_name(r.v[0].kind) : "-", sc_cmp_kind_name(kind));
	}
	if (sc_check_fail) dump(what, &r);
	res_free(&r);
}

/* Cluster mode over n one-sentence documents: counts (conflicts, leads) whose cues name
 * `cue`, and all. */
static void run_n(const char *lang, const char *const *t, size_t n, const char *cue, size_t *hits,
                  size_t *leads, size_t *all)
{
	res_t r;
	int rc = sc_test_cmp_run(C, lang, t, NULL, n, 0.5, &r.v, &r.n);
	CHECK(rc == SC_OK, "sc_cmp_cluster rc=%d", rc);
	*hits = *leads = 0;
	*all = r.n;
	for (size_t i = 0; i < r.n; i++) {
		int has = 0;
		for (size_t k = 0; k < r.v[i].ncues; k++) has |= !strcmp(r.v[i].cues[k], cue);
		*hits += has;
		*leads += has && r.v[i].lead;
	}
	if (sc_check_fail) dump(cue, &r);
	res_free(&r);
}

/* Generic frames: a head noun outside the count classes, counted with a consensus in the
 * event. The minority figure is set against the majority as a lead (never a conflict of the
 * default list); no consensus, a running total or a measure gives nothing. */
static void generic_frames(void)
{
	size_t h, l, n;
	const char *boats[] = {
	    "The raiders approached the tanker in two boats before dawn.",
	    "Witnesses said two boats carrying the raiders circled the tanker.",
	    "The raiders, in three boats, tried to board the tanker.",
	    "Two boats were seen leaving the tanker after the raid.",
	};
	run_n("en", boats, 4, "counted-noun", &h, &l, &n);
	CHECK(h >= 1 && h == l, "boats: %zu generic clashes, %zu as leads; want >= 1, all leads", h, l);
	const char *bateaux[] = {
	    "Les assaillants sont arrivés sur deux bateaux près du cargo.",
	    "Deux bateaux ont encerclé le cargo, selon l'équipage.",
	    "Les assaillants, à bord de trois bateaux, ont tenté de monter sur le cargo.",
	    "On a vu deux bateaux quitter le cargo après l'attaque.",
	};
	run_n("fr", bateaux, 4, "counted-noun", &h, &l, &n);
	CHECK(h >= 1 && h == l, "bateaux: %zu generic clashes, %zu as leads; want >= 1, all leads", h, l);
	/* no consensus: every article gives another figure of another player */
	const char *yards[] = {
	    "Smith ran for 404 yards this season.", "Jones ran for 793 yards this season.",
	    "Brown ran for 269 yards this season.", "Green ran for 716 yards this season.",
	};
	run_n("en", yards, 4, "counted-noun", &h, &l, &n);
	CHECK(h == 0, "yards without consensus: %zu generic clashes", h);
	/* a running total against one operation's haul */
	const char *total[] = {
	    "During the raid the crew seized six rifles from the smugglers.",
	    "The crew seized six rifles from the smugglers on Tuesday.",
	    "Six rifles were seized from the smugglers, the crew said.",
	    "So far the crew has seized 14 rifles from smugglers in five raids.",
	};
	run_n("en", total, 4, "counted-noun", &h, &l, &n);
	CHECK(h == 0, "running total: %zu generic clashes", h);
	/* measures: distances are no count of things */
	const char *miles[] = {
	    "The tanker was 13 miles from the frigate when the raiders fired.",
	    "The frigate was 13 miles away when the raiders fired on the tanker.",
	    "The raiders fired on the tanker 150 miles off the coast, 13 miles from the frigate.",
	    "The raiders fired when the tanker was 20 miles from the frigate.",
	};
	run_n("en", miles, 4, "counted-noun", &h, &l, &n);
	CHECK(h == 0, "distances: %zu generic clashes", h);
}

int main(void)
{
	char err[512];
	if (sc_cmp_create(&C, NULL, err, sizeof err)) {
		fprintf(stderr, "sc_cmp_create: %s\n", err);
		return 1;
	}
	/* pairing from frames: no shared term but the counted thing */
	expect("crowd estimates", "en", "Police put the march at roughly 30,000.", NULL,
	       "As many as 20,000 took to the streets, organisers said.", NULL, SC_CONFLICT_NUMBER);
	expect("drew a crowd", "en", "A march against the dam drew 3,000 people on Sunday.", NULL,
	       "Some 8,000 people marched against the dam, organisers said.", NULL, SC_CONFLICT_NUMBER);
	expect("a réuni", "fr", "La manifestation contre le barrage a réuni 3 000 personnes dimanche.", NULL,
	       "Quelque 8 000 manifestants ont défilé contre le barrage, selon les organisateurs.", NULL,
	       SC_CONFLICT_NUMBER);
	expect("crowd estimates fr", "fr", "La police a compté 30 000 manifestants.", NULL,
	       "Selon les syndicats, le cortège a réuni 12 000 personnes.", NULL, SC_CONFLICT_NUMBER);
	expect("dead", "en", "The blast killed 4 people near the station.", NULL,
	       "Officials said 9 died in the explosion.", NULL, SC_CONFLICT_NUMBER);
	expect("dead fr", "fr", "L'explosion a fait 4 morts près de la gare.", NULL,
	       "Neuf personnes ont été tuées, selon la préfecture.", NULL, SC_CONFLICT_NUMBER);
	expect("magnitude", "en", "A magnitude 6.1 quake shook the island on Sunday.", NULL,
	       "The 5.4-magnitude tremor damaged the harbour.", NULL, SC_CONFLICT_NUMBER);
	/* killed vs wounded: two things */
	expect("killed vs wounded", "en", "The gunman killed 3 people at the market.", NULL,
	       "The gunman wounded 12 people at the market.", NULL, -1);
	expect("tués vs blessés", "fr", "Le tireur a tué 3 personnes au marché.", NULL,
	       "Le tireur a blessé 12 personnes au marché.", NULL, -1);
	/* a part against a total */
	expect("partial", "en", "The gunman shot seven co-workers, killing three of them.", NULL,
	       "The gunman killed five co-workers at the depot.", NULL, -1);
	expect("partiel", "fr", "Le tireur a blessé sept collègues et en a tué deux d'entre eux.", NULL,
	       "Le tireur a tué cinq collègues au dépôt.", NULL, -1);
	/* vague numbers */
	expect("several dozen vs 40", "en", "Police arrested several dozen protesters downtown.", NULL,
	       "Police arrested 40 protesters downtown.", NULL, -1);
	expect("des dizaines vs 40", "fr", "La police a interpellé des dizaines de manifestants.", NULL,
	       "La police a interpellé 40 manifestants.", NULL, -1);
	/* updates: an update cue, or a later article with the larger cumulative count */
	expect("rose to", "en", "The quake killed 12 people, officials said.", NULL,
	       "The death toll rose to 30 on Tuesday.", NULL, SC_CONFLICT_UPDATE);
	expect("a grimpé à", "fr", "Le séisme a fait 12 morts, selon les autorités.", NULL,
	       "Le bilan a grimpé à 30 morts mardi.", NULL, SC_CONFLICT_UPDATE);
	/* a later article's larger count, without a cue: still a conflict (see conflict.c) */
	expect("later article", "en", "The quake killed 12 people, officials said.", "2024-03-01",
	       "The quake killed 30 people, officials said.", "2024-03-03", SC_CONFLICT_NUMBER);
	expect("same day", "en", "The quake killed 12 people, officials said.", "2024-03-01",
	       "The quake killed 30 people, officials said.", "2024-03-01", SC_CONFLICT_NUMBER);
	/* ages: the same person, the same month */
	expect("ages", "en", "The driver, Paul Kemp, 42, was arrested.", "2024-03-01",
	       "Paul Kemp, 47, was charged with manslaughter.", "2024-03-02", SC_CONFLICT_NUMBER);
	expect("ages years apart", "en", "The driver, Paul Kemp, 42, was arrested.", "2022-03-01",
	       "Paul Kemp, 44, was sentenced on Friday.", "2024-03-02", -1);
	expect("other people", "en", "A 42-year-old man was arrested.", "2024-03-01",
	       "A 19-year-old woman was arrested.", "2024-03-01", -1);
	/* background: a count of another year */
	expect("background year", "en", "The quake killed 12 people, officials said.", "2024-03-01",
	       "In 2004 a quake in the region killed 300 people.", "2024-03-01", -1);
	/* durations measured from different points are two spans, not two accounts of one */
	expect("offset vs span", "en", "She died a week after the heart attack, her agent said.", NULL,
	       "She had been in hospital for three weeks with pneumonia before the heart attack.", NULL, -1);
	expect("offset vs span fr", "fr", "Elle est morte une semaine après son attaque cardiaque.", NULL,
	       "Elle était hospitalisée depuis trois semaines à cause de son attaque cardiaque.", NULL, -1);
	expect("offsets from two points", "en", "The new rules take effect in about 30 days.", NULL,
	       "The new rules take effect nine days before the inauguration.", NULL, -1);
	/* a month without a year, well before the article's date: an earlier event recalled */
	expect("earlier month", "en", "In February, a gunman opened fire at a campus, killing three people.",
	       "2024-09-20", "The gunman opened fire at the plant, killing two people.", "2024-09-20", -1);
	expect("earlier month fr", "fr", "En février, un tireur a ouvert le feu sur un campus, tuant trois personnes.",
	       "2024-09-20", "Le tireur a ouvert le feu dans l'usine, tuant deux personnes.", "2024-09-20", -1);
	expect("last year's month", "en", "In November, a storm killed 12 people in the valley.",
	       "2027-02-20", "The storm killed 5 people in the valley on Thursday.", "2027-02-20", -1);
	expect("this month", "en", "In February, a gunman opened fire at a campus, killing three people.",
	       "2024-03-05", "The gunman opened fire at the campus, killing two people.", "2024-03-05",
	       SC_CONFLICT_NUMBER);
	/* dates clash only when they date the same thing */
	expect("same dated", "en", "Voters approved the $3 million bond for the dairy land in 2009.", NULL,
	       "Voters approved the $3 million bond for the dairy land in 2010.", NULL, SC_CONFLICT_DATE);
	expect("same dated fr", "fr", "Les électeurs ont approuvé l'emprunt pour la laiterie en 2009.", NULL,
	       "Les électeurs ont approuvé l'emprunt pour la laiterie en 2010.", NULL, SC_CONFLICT_DATE);
	/* (at any score) */
	min_score = 0;
	expect("two things dated", "en",
	       "In 2002, she became the president of the Alabama medical association, her office said.", NULL,
	       "The Alabama medical association gave her a grant for the clinic in 2008, her office said.", NULL, -1);
	expect("two things dated fr", "fr",
	       "En 2002, elle est devenue présidente de l'association médicale de l'Alabama, selon son bureau.", NULL,
	       "L'association médicale de l'Alabama lui a donné une subvention pour la clinique en 2008, selon son bureau.",
	       NULL, -1);
	min_score = 0.5;
	expect("weekday before the date", "en", "Police arrested the bombing suspect on Monday, December 1.",
	       NULL, "Police arrested the bombing suspect on Wednesday, December 3.", NULL, SC_CONFLICT_DATE);
	expect("said on a date", "en", "The suspect was arrested on December 3 near the station.", NULL,
	       "The suspect was arrested near the station, police said on December 4.", NULL, -1);
	expect("told reporters on a date", "en", "The suspect was arrested on December 3 near the station.",
	       NULL, "Prosecutors told reporters on December 4 that the suspect was arrested near the station.",
	       NULL, -1);
	expect("date of a report", "en",
	       "The parliamentary elections scheduled for December 15 will be held with two parties.", NULL,
	       "The parliamentary elections will be held with two parties, the agency reported on September 26.",
	       NULL, -1);
	generic_frames();
	sc_cmp_free(C);
	return CHECK_DONE();
}
