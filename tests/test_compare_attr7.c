/* Attributes of named persons in cluster mode (detect/compare/attr.c; doc/compare-frames.md,
 * "Session 8: attributes"), on sentences written for this test in English and French:
 *  - a hometown in an appositive ("NAME, 41, of PLACE", "NAME, who lived ... in PLACE", "NAME,
 *    47 ans, originaire de PLACE", "NAME, qui habitait à PLACE") that two reports give one
 *    person differently is a conflict (kind antonym, cue attr-hometown), a lead when one of the
 *    places is named by most documents of the event (it may be the wider area);
 *  - two ages of one person: a conflict when the publication dates cannot explain them
 *    (a year younger a year later), nothing for a year more a year later or a year apart
 *    undated (a birthday); two ages on one day the number frames already find (quantity.c),
 *    and this pass adds nothing to them;
 *  - traps: a family or two given names for one surname, an organisation after "of", a role
 *    ("the mayor of"), places nested by the cluster itself or by their words, a sentence about
 *    another year, a list of numbers after a name. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

enum { NONE = 0, CONFLICT, LEAD };

typedef struct acase_s {
	const char *what, *lang;
	const char *cue; /* attr-hometown or attr-age */
	int want;        /* NONE, CONFLICT, LEAD */
	const char *t[3];
	const char *date[3];
} acase_t;

#define DAY "2025-03-14"
static const acase_t CASES[] = {
    /* hometowns, English */
    /* "NAME, of PLACE" without an age is an employer as often as a hometown ("of Reuters"):
     * a lead; with the age on both sides ("NAME, AGE, of PLACE") a conflict */
    {"en of/of",
     "en",
     "attr-hometown",
     LEAD,
     {"Martin Keough, 41, of Dunmore, was charged with arson on Tuesday.",
      "Keough, of Scranton, was released on bail after a short hearing."},
     {DAY, DAY}},
    {"en aged of/of",
     "en",
     "attr-hometown",
     CONFLICT,
     {"Martin Keough, 41, of Dunmore, was charged with arson on Tuesday.",
      "Keough, 41, of Scranton, was released on bail after a short hearing."},
     {DAY, DAY}},
    {"en relative/of",
     "en",
     "attr-hometown",
     CONFLICT,
     {"Lena Varga, who lived two streets away in Harwood, was found by a neighbour.",
      "The body of Lena Varga, 52, of Ashby, was found on Monday morning."},
     {DAY, DAY}},
    {"en event town is a lead",
     "en",
     "attr-hometown",
     LEAD,
     {"Ivo Brandt, 50, of Carrow, was hurt in the crash near Lessing.",
      "Ivo Brandt, of Lessing, was taken to hospital.",
      "The crash closed the main road in Lessing for hours."},
     {DAY, DAY, DAY}},
    /* hometowns, French */
    {"fr originaire/de",
     "fr",
     "attr-hometown",
     CONFLICT,
     {"Paul Jardin, 47 ans, originaire de Vesoul, a été interpellé jeudi soir.",
      "Paul Jardin, 47 ans, de Besançon, a été placé en garde à vue."},
     {DAY, DAY}},
    {"fr habitait/originaire",
     "fr",
     "attr-hometown",
     CONFLICT,
     {"Claire Mounier, qui habitait depuis dix ans à Lorient, a disparu mardi.",
      "Les recherches se poursuivent pour retrouver Claire Mounier, originaire de Quimper."},
     {DAY, DAY}},
    /* ages */
    {"en a year later, a year older",
     "en",
     "attr-age",
     NONE,
     {"Dorian Pike, 34, was arrested at his home.", "Pike, 35, told the court he was innocent."},
     {"2024-02-01", "2025-03-14"}},
    {"en a year younger a year later",
     "en",
     "attr-age",
     CONFLICT,
     {"Dorian Pike, 35, was arrested at his home.", "Pike, 34, told the court he was innocent."},
     {"2024-02-01", "2025-03-14"}},
    {"en one apart undated",
     "en",
     "attr-age",
     NONE,
     {"Dorian Pike, 34, was arrested at his home.", "Pike, 35, told the court he was innocent."},
     {NULL, NULL}},
    {"fr âgée de / ans",
     "fr",
     "attr-age",
     CONFLICT,
     {"Nadia Ferrand, âgée de 29 ans, a été entendue par les enquêteurs.",
      "Selon le parquet, Nadia Ferrand, 33 ans, conteste les faits."},
     {DAY, DAY}},
    /* traps */
    {"en family",
     "en",
     "attr-hometown",
     NONE,
     {"Mr and Mrs Kellan were at home when the fire started. Kellan, of Ashby, called 911.",
      "Kellan, of Dunmore, said the smoke woke them."},
     {DAY, DAY}},
    {"en two given names",
     "en",
     "attr-hometown",
     NONE,
     {"Paul Ravel, of Ashby, was driving the van.", "Mary Ravel, of Dunmore, was a passenger."},
     {DAY, DAY}},
    {"en surname alone with namesakes",
     "en",
     "attr-hometown",
     NONE,
     {"Paul Ravel and Mary Ravel were both in the van. Ravel, of Ashby, was driving.",
      "Ravel, of Dunmore, was a passenger."},
     {DAY, DAY}},
    {"en organisation",
     "en",
     "attr-hometown",
     NONE,
     {"Tom Hale, of Westbrook University, led the survey.", "Tom Hale, of Ashby, led the survey."},
     {DAY, DAY}},
    {"en street address",
     "en",
     "attr-hometown",
     NONE,
     {"Nora Quill, of Mill Lane, heard the blast.", "Nora Quill, of Stanton, heard the blast."},
     {DAY, DAY}},
    {"en role of a place",
     "en",
     "attr-hometown",
     NONE,
     {"Tom Hale, the mayor of Ashby, opened the bridge.",
      "Tom Hale, of Dunmore, opened the bridge."},
     {DAY, DAY}},
    {"en nested by the cluster",
     "en",
     "attr-hometown",
     NONE,
     {"Rosa Lind, of Millbrook, won the prize.", "Rosa Lind, of Kent County, won the prize.",
      "The fair is held in Millbrook, Kent County, every May."},
     {DAY, DAY, DAY}},
    {"en nested by words",
     "en",
     "attr-hometown",
     NONE,
     {"Rosa Lind, of Ozone Ridge, won the prize.",
      "Rosa Lind, of South Ozone Ridge, won the prize."},
     {DAY, DAY}},
    {"en another year",
     "en",
     "attr-age",
     NONE,
     {"In 2015, Dale Pruitt, 22, was fined for speeding.",
      "Dale Pruitt, 31, was charged on Friday."},
     {DAY, DAY}},
    {"en a list of numbers",
     "en",
     "attr-age",
     NONE,
     {"The winning numbers for Pruitt, 12, 19 and 40, were drawn on Friday.",
      "Dale Pruitt, 31, was charged on Friday."},
     {DAY, DAY}},
    {"fr famille",
     "fr",
     "attr-hometown",
     NONE,
     {"M. et Mme Royer dormaient. Royer, originaire de Lyon, a donné l'alerte.",
      "Royer, originaire de Vienne, a été relogé."},
     {DAY, DAY}},
    {"fr organisation",
     "fr",
     "attr-hometown",
     NONE,
     {"Anne Royer, 45 ans, de l'université de Nantes, dirige les fouilles.",
      "Anne Royer, 45 ans, originaire de Rennes, dirige les fouilles."},
     {DAY, DAY}},
    {"fr université",
     "fr",
     "attr-hometown",
     NONE,
     {"Luc Berthier, originaire de Rouen, enseigne la chimie.",
      "Luc Berthier, 52 ans, de Université de Caen, enseigne la chimie."},
     {DAY, DAY}},
    {"fr même ville",
     "fr",
     "attr-hometown",
     NONE,
     {"Anne Royer, 45 ans, de Rennes, dirige les fouilles.",
      "Anne Royer, originaire de Rennes, dirige les fouilles."},
     {DAY, DAY}},
    /* session 8, review: titles of either sex, months as given names, employers, firms,
     * regions, a residence clause with two places */
    {"en title sex, age",
     "en",
     "attr-age",
     NONE,
     {"Paula Renner, 38, of Tilbury, was cut by broken glass.",
      "Mr Renner, 44, of Grays, was discharged on Sunday."},
     {DAY, DAY}},
    {"en title sex, home",
     "en",
     "attr-hometown",
     NONE,
     {"Paula Renner, who lived in Tilbury, was cut by broken glass.",
      "Mr Renner, who lived in Grays, was discharged on Sunday."},
     {DAY, DAY}},
    {"en Mr/Mrs",
     "en",
     "attr-age",
     NONE,
     {"Mrs Renner, 41, was cut by broken glass.", "Mr Renner, 47, was discharged on Sunday."},
     {DAY, DAY}},
    {"en title linked in its document",
     "en",
     "attr-age",
     CONFLICT,
     {"Karl Renner, 38, was cut by broken glass.",
      "Karl Renner was hurt in the crash. Mr Renner, 45, was discharged on Sunday."},
     {DAY, DAY}},
    {"fr Mme/M.",
     "fr",
     "attr-hometown",
     NONE,
     {"Mme Girardot, originaire de Vesoul, a été blessée à la main.",
      "M. Girardot, originaire de Dole, est sorti de l'hôpital."},
     {DAY, DAY}},
    {"fr prénom/M.",
     "fr",
     "attr-hometown",
     NONE,
     {"Claire Girardot, originaire de Vesoul, a été blessée à la main.",
      "M. Girardot, originaire de Dole, est sorti de l'hôpital."},
     {DAY, DAY}},
    {"en month given name",
     "en",
     "attr-age",
     NONE,
     {"Tobias Wren, 60, drove the delivery van.", "April Wren, 27, his niece, sat beside him."},
     {DAY, DAY}},
    {"en month given name, first word",
     "en",
     "attr-hometown",
     NONE,
     {"Tobias Wren, who lived in Ockley, drove the delivery van.",
      "May Wren, who lived in Brindle, sat beside him. Police may charge the lorry driver."},
     {DAY, DAY}},
    {"fr month given name",
     "fr",
     "attr-age",
     NONE,
     {"Paul Mercier, 58 ans, conduisait la camionnette.",
      "Avril Mercier, 31 ans, sa nièce, était assise à côté de lui."},
     {DAY, DAY}},
    {"en agency",
     "en",
     "attr-hometown",
     NONE,
     {"Greta Olsen, of Bloomberg, who was on board, said the ferry listed.",
      "Greta Olsen, of Harwich, who was on board, said the ferry listed."},
     {DAY, DAY}},
    {"en of without age",
     "en",
     "attr-hometown",
     LEAD,
     {"Greta Olsen, of Corrib, said the ferry listed badly.",
      "Greta Olsen, 33, of Harwich, said the ferry listed badly."},
     {DAY, DAY}},
    {"fr agence",
     "fr",
     "attr-hometown",
     NONE,
     {"Anne Roussel, de l'AFP, était à bord du ferry.",
      "Anne Roussel, 29 ans, de Nevers, était à bord du ferry."},
     {DAY, DAY}},
    {"en firm",
     "en",
     "attr-hometown",
     LEAD,
     {"Hugo Lenz, 47, of Pellam Buses, owned the bus that caught fire.",
      "Hugo Lenz, 47, of Marlow, owned the bus that caught fire."},
     {DAY, DAY}},
    {"fr firm",
     "fr",
     "attr-hometown",
     LEAD,
     {"Marc Tissot, 50 ans, de Quimper Taxis, possédait le taxi accidenté.",
      "Marc Tissot, 50 ans, de Brest, possédait le taxi accidenté."},
     {DAY, DAY}},
    {"en region",
     "en",
     "attr-hometown",
     LEAD,
     {"Dana Fox, 29, of Oakland, was rescued from the roof.",
      "Dana Fox, 29, of California, was rescued from the roof."},
     {DAY, DAY}},
    {"fr region list",
     "fr",
     "attr-hometown",
     LEAD,
     {"Léa Morin, 24 ans, originaire de Rennes, a été secourue sur le toit.",
      "Léa Morin, 24 ans, originaire de Bretagne, a été secourue sur le toit."},
     {DAY, DAY}},
    {"fr region article",
     "fr",
     "attr-hometown",
     LEAD,
     {"Léa Morin, 24 ans, originaire de Nevers, a été secourue sur le toit.",
      "Léa Morin, 24 ans, originaire du Morvan, a été secourue sur le toit."},
     {DAY, DAY}},
    {"en lived, then moved",
     "en",
     "attr-hometown",
     NONE,
     {"Ralph Esk, who lived in Dorley until he moved to Pensby in May, fell from the scaffold.",
      "Ralph Esk, 61, of Pensby, fell from the scaffold."},
     {DAY, DAY}},
    {"fr habitait, puis",
     "fr",
     "attr-hometown",
     NONE,
     {"Yves Caron, qui habitait à Laval avant de partir pour Angers, est tombé de l'échafaudage.",
      "Yves Caron, 40 ans, de Vannes, est tombé de l'échafaudage."},
     {DAY, DAY}},
};

static sc_cmp_t *C;

static void run_case(const acase_t *k)
{
	size_t n = k->t[2] ? 3 : 2;
	sc_conflict_t *v;
	size_t nv, conf = 0, lead = 0;
	int failed = sc_check_fail;
	int rc = sc_test_cmp_run(C, k->lang, k->t, k->date, n, 0.0, &v, &nv);
	CHECK(rc == SC_OK, "%s: sc_cmp_cluster rc=%d", k->what, rc);
	int kind = !strcmp(k->cue, "attr-age") ? SC_CONFLICT_NUMBER : SC_CONFLICT_ANTONYM;
	for (size_t i = 0; i < nv; i++) {
		int has = 0;
		for (size_t c = 0; c < v[i].ncues; c++)
			has |= !strcmp(v[i].cues[c], k->cue);
		if (!has) continue;
		CHECK(v[i].kind == kind, "%s: kind %s", k->what, sc_cmp_kind_name(v[i].kind));
		CHECK(v[i].a.doc != v[i].b.doc || v[i].a.start != v[i].b.start, "%s: one sentence",
		      k->what);
		if (v[i].lead)
			lead++;
		else
			conf += v[i].score >= 0.5;
	}
	switch (k->want) {
	case CONFLICT:
		CHECK(conf == 1 && lead == 0, "%s: %zu conflicts, %zu leads, want one conflict",
		      k->what, conf, lead);
		break;
	case LEAD:
		CHECK(conf == 0 && lead >= 1, "%s: %zu conflicts, %zu leads, want a lead", k->what,
		      conf, lead);
		break;
	default:
		CHECK(conf == 0 && lead == 0, "%s: %zu conflicts, %zu leads, want none", k->what,
		      conf, lead);
	}
	if (sc_check_fail > failed) sc_test_cmp_dump(k->what, v, nv);
	sc_test_cmp_free(v, nv);
}

/* The appositive's source is the sentence's: "Selon le parquet" names it. */
static void source_of_sides(void)
{
	const char *t[2] = {"Dorian Pike, 35 ans, a été interpellé chez lui, a indiqué la police.",
	                    "Selon le parquet, Dorian Pike, 34 ans, a été mis en examen."};
	const char *d[2] = {"2024-02-01", DAY};
	sc_conflict_t *v;
	size_t nv;
	int failed = sc_check_fail;
	CHECK(sc_test_cmp_run(C, "fr", t, d, 2, 0.0, &v, &nv) == SC_OK, "sources");
	size_t hits = 0;
	for (size_t i = 0; i < nv; i++) {
		if (v[i].kind != SC_CONFLICT_NUMBER || v[i].lead) continue;
		hits++;
		CHECK(v[i].a.source && !strcmp(v[i].a.source, "police"), "source a %s",
		      v[i].a.source ? v[i].a.source : "(none)");
		CHECK(v[i].b.source && strstr(v[i].b.source, "parquet"), "source b %s",
		      v[i].b.source ? v[i].b.source : "(none)");
	}
	CHECK(hits == 1, "sources: %zu age conflicts, want 1", hits);
	if (sc_check_fail > failed) sc_test_cmp_dump("sources", v, nv);
	sc_test_cmp_free(v, nv);
}

int main(void)
{
	if (sc_test_cmp_open_checked(&C)) return CHECK_DONE();
	for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++)
		run_case(&CASES[i]);
	source_of_sides();
	sc_cmp_free(C);
	return CHECK_DONE();
}
