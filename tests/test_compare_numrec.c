/* Number recall in cluster mode (doc/compare-recall.md), on sentences written for this test in
 * English and French: a count of none ("No one was injured", "Personne n'a été blessé",
 * "aucun blessé") is a count of 0 of that class and clashes with a count of two of the same
 * class, not of another class; a participle after a clause ("injuring 40", "faisant 40
 * blessés") counts its class; two counts of a crowd that share no other word are paired;
 * "€2m" is two million euros, not two euros. */
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

static const char *published; /* the two documents' date (NULL: undated) */

static res_t run2(const char *lang, const char *t1, const char *t2)
{
	const char *t[2] = {t1, t2}, *d[2] = {published, published};
	res_t r;
	int rc = sc_test_cmp_run(C, lang, t, d, 2, 0.0, &r.v, &r.n);
	CHECK(rc == SC_OK, "sc_cmp_cluster rc=%d", rc);
	return r;
}

/* exactly one finding of kind `kind` (conflict or lead, as `lead` says), or none (kind -1);
 * a number finding must name the clashing figures `cue` among its cues */
static void expect(const char *what, const char *lang, const char *t1, const char *t2, int kind,
                   int lead, const char *cue)
{
	res_t r = run2(lang, t1, t2);
	if (kind < 0) {
		CHECK(r.n == 0, "%s: %zu findings, want none", what, r.n);
	} else {
		CHECK(r.n == 1 && r.v[0].kind == kind && r.v[0].lead == lead,
		      "%s: %zu findings (first %s lead %d), want one %s lead %d", what, r.n,
		      r.n ? sc_cmp_kind_name(r.v[0].kind) : "-", r.n ? r.v[0].lead : -1,
		      sc_cmp_kind_name(kind), lead);
		int has = !cue;
		for (size_t k = 0; cue && r.n && k < r.v[0].ncues; k++) has |= !strcmp(r.v[0].cues[k], cue);
		CHECK(has, "%s: cue \"%s\" missing", what, cue ? cue : "");
	}
	if (sc_check_fail)
		for (size_t i = 0; i < r.n; i++) {
			fprintf(stderr, "  [%s] %s %.3f lead %d %s <> %s |", what, sc_cmp_kind_name(r.v[i].kind),
			        r.v[i].score, r.v[i].lead, r.v[i].a.text, r.v[i].b.text);
			for (size_t k = 0; k < r.v[i].ncues; k++) fprintf(stderr, " %s", r.v[i].cues[k]);
			fprintf(stderr, "\n");
		}
	for (size_t i = 0; i < r.n; i++) sc_cmp_conflict_free(&r.v[i]);
	free(r.v);
}

/* no number finding (a negation lead, the polar rules' business, may remain) */
static void expect_no_number(const char *what, const char *lang, const char *t1, const char *t2)
{
	res_t r = run2(lang, t1, t2);
	size_t k = 0;
	for (size_t i = 0; i < r.n; i++) k += r.v[i].kind == SC_CONFLICT_NUMBER;
	CHECK(k == 0, "%s: %zu number findings, want none", what, k);
	for (size_t i = 0; i < r.n; i++) sc_cmp_conflict_free(&r.v[i]);
	free(r.v);
}

/* Generic frames (cluster mode over four one-sentence documents): a counted noun with a
 * consensus clashes, clash 1 (names far from the figures, a ship, a port, do not make two
 * subjects); names at the figures do make two subjects: no clash (clash 0). */
static const sc_test_group_t GENERIC[] = {
	{"boats: far names", "en", 1,
	 {"The raiders approached the tanker in two boats before dawn, officials in Aden said.",
	  "Two boats carrying the raiders circled the tanker, witnesses in Mombasa said.",
	  "The raiders, in three boats, tried to board the tanker, the coast guard in Djibouti said.",
	  "Two boats were seen leaving the tanker after the raid, sailors in Salalah said."}},
	{"crews: two subjects at the figures", "en", 0,
	 {"At dawn the crew of Captain Smith used two boats to reach the tanker.",
	  "At dawn the crew of Captain Smith used two boats, the harbour master said.",
	  "At dawn the crew of Captain Jones used three boats to reach the tanker.",
	  "At dawn the crew of Captain Smith used two boats in the raid."}},
	{"bateaux: far names", "fr", 1,
	 {"Les assaillants ont approché le pétrolier sur deux bateaux avant l'aube, selon des responsables à Aden.",
	  "Deux bateaux ont encerclé le pétrolier, selon des témoins à Mombasa.",
	  "Les assaillants, sur trois bateaux, ont tenté de monter à bord, selon les garde-côtes à Djibouti.",
	  "On a vu deux bateaux quitter le pétrolier après l'attaque, selon des marins à Salalah."}},
};

int main(void)
{
	char err[256];
	CHECK(sc_cmp_create(&C, NULL, err, sizeof err) == SC_OK, "create: %s", err);
	/* a count of none */
	expect("no one injured / two injured", "en", "No one was injured when the roof of the depot fell in.",
	       "Two workers were injured when the roof of the depot fell in.", SC_CONFLICT_NUMBER, 0,
	       "No one was injured <> Two");
	expect("nobody killed / one killed", "en", "Nobody was killed in the collision on the bridge.",
	       "One person was killed in the collision on the bridge.", SC_CONFLICT_NUMBER, 0, NULL);
	expect("personne blessé / deux blessés", "fr",
	       "Personne n'a été blessé lors de l'effondrement du toit de l'entrepôt.",
	       "Deux ouvriers ont été blessés lors de l'effondrement du toit de l'entrepôt.",
	       SC_CONFLICT_NUMBER, 0, NULL);
	expect("aucun blessé / trois blessés", "fr",
	       "L'effondrement du toit de l'entrepôt n'a fait aucun blessé.",
	       "L'effondrement du toit de l'entrepôt a fait trois blessés.", SC_CONFLICT_NUMBER, 0, NULL);
	expect("aucun blessé signalé / trois blessés signalés", "fr",
	       "Aucun blessé n'a été signalé au dépôt de la Varne après l'explosion, selon la préfecture.",
	       "Trois blessés ont été signalés au dépôt de la Varne après l'explosion, selon les pompiers.",
	       SC_CONFLICT_NUMBER, 0, NULL);
	/* none of one class says nothing of another */
	expect_no_number("no one killed / two injured", "en",
	                 "No one was killed when the roof of the depot fell in.",
	                 "Two workers were injured when the roof of the depot fell in.");
	expect_no_number("personne tué / deux blessés", "fr",
	                 "Personne n'a été tué lors de l'effondrement du toit de l'entrepôt.",
	                 "Deux ouvriers ont été blessés lors de l'effondrement du toit de l'entrepôt.");
	expect("no one has been arrested / two arrested", "en",
	       "No one has been arrested after the fire at the bus depot, police said.",
	       "Two teenagers have been arrested after the fire at the bus depot, police said.",
	       SC_CONFLICT_NUMBER, 0, NULL);
	expect("il n'y a eu aucun blessé / quatre blessés", "fr",
	       "Il n'y a eu aucun blessé dans l'incendie du dépôt de bus, selon les pompiers.",
	       "Quatre blessés ont été recensés dans l'incendie du dépôt de bus, selon la mairie.",
	       SC_CONFLICT_NUMBER, 0, NULL);
	/* not a count of none (a review's false conflicts at 0.84-0.91): a part of a group, a
	 * relative clause, a limited claim, a noun, the class also counted, a French noun */
	expect_no_number("none of the injured / forty injured", "en",
	                 "None of the injured was in a critical condition, doctors at the county hospital said.",
	                 "Forty people were injured in the crash on the ring road, doctors said.");
	expect_no_number("aucun des blessés / quarante blessés", "fr",
	                 "Aucun des blessés n'est dans un état grave, selon l'hôpital de la ville.",
	                 "Quarante personnes ont été blessées dans l'accident du périphérique, selon l'hôpital.");
	expect_no_number("no one who was arrested / nine arrested", "en",
	                 "No one who was arrested at the rally in the park has been charged.",
	                 "Police arrested nine people at the rally in the park.");
	expect_no_number("no one seriously hurt / five hurt", "en",
	                 "No one was seriously hurt in the pile-up on the motorway, police said.",
	                 "Five drivers were hurt in the pile-up on the motorway, police said.");
	expect_no_number("aucun blessé grave / cinq blessés", "fr",
	                 "Aucun blessé grave n'est à déplorer dans le carambolage de l'autoroute.",
	                 "Cinq conducteurs ont été blessés dans le carambolage de l'autoroute.");
	expect_no_number("no family evacuated / sixty evacuated", "en",
	                 "No family was evacuated after the gas leak on the high street.",
	                 "Sixty residents were evacuated after the gas leak on the high street.");
	expect_no_number("no one injured by debris but two hurt / two injured", "en",
	                 "No one was injured by the falling debris, but two firefighters were injured later.",
	                 "Two firefighters were injured while fighting the blaze at the depot.");
	expect_no_number("chaque personne blessée / six blessés", "fr",
	                 "Selon les secours, chaque personne blessée dans l'explosion a été soignée sur place.",
	                 "Six personnes ont été blessées dans l'explosion, selon les secours.");
	/* a bound is no count of none and reads whole: "no more than 20" is at most 20 */
	expect_no_number("no more than 20 / twelve", "en",
	                 "No more than 20 people were injured in the stampede at the stadium.",
	                 "Twelve people were injured in the stampede at the stadium.");
	expect_no_number("pas plus de 20 / douze", "fr",
	                 "Pas plus de 20 personnes ont été blessées dans la bousculade du stade.",
	                 "Douze personnes ont été blessées dans la bousculade du stade.");
	/* a count in the range of years is no year, so its sentence is not another time's
	 * (background, never compared) in a dated article: "2 000 personnes", "2100 hectares" */
	published = "2025-07-23";
	expect("2 000 personnes / 5 000 personnes", "fr",
	       "Quelque 2 000 personnes ont manifesté samedi à Lyon contre la réforme, selon la préfecture.",
	       "Quelque 5 000 personnes ont manifesté samedi à Lyon contre la réforme, selon la préfecture.",
	       SC_CONFLICT_NUMBER, 0, NULL);
	expect("2100 hectares / 1200 hectares", "en",
	       "The wildfire near the town burned 2100 hectares on Tuesday, the fire service said.",
	       "The wildfire near the town burned 1200 hectares on Tuesday, the fire service said.",
	       SC_CONFLICT_NUMBER, 0, "2100 <> 1200");
	published = NULL;
	/* nobody counted: a verb between the quantifier and the class word */
	expect_no_number("no one knows how many", "en",
	                 "No one knows how many were injured when the roof of the depot fell in.",
	                 "Two workers were injured when the roof of the depot fell in.");
	/* a participle after the clause */
	expect("injuring 40 / injured 25", "en", "The blast at the refinery killed two men, injuring 40.",
	       "The blast at the refinery killed two men and injured 25 others.", SC_CONFLICT_NUMBER, 0,
	       NULL);
	expect("faisant 40 blessés / 25 blessés", "fr",
	       "L'explosion à la raffinerie a tué deux hommes, faisant 40 blessés.",
	       "L'explosion à la raffinerie a tué deux hommes et blessé 25 personnes.",
	       SC_CONFLICT_NUMBER, 0, NULL);
	/* two crowd counts with no other word in common */
	expect("march 30,000 / 20,000 in the streets", "en",
	       "Police put the march at roughly 30,000.", "As many as 20,000 took to the streets.",
	       SC_CONFLICT_NUMBER, 0, NULL);
	expect("cortège 30 000 / 20 000 manifestants", "fr",
	       "La police a compté environ 30 000 manifestants dans le cortège.",
	       "Quelque 20 000 personnes ont défilé, selon les organisateurs.", SC_CONFLICT_NUMBER, 0,
	       NULL);
	/* sums written with a letter for million */
	expect_no_number("€2m / two million euros", "en", "The robbers made off with €2m in jewels.",
	                 "The robbers made off with two million euros in jewels.");
	expect_no_number("2 M€ / deux millions d'euros", "fr", "Les voleurs ont emporté 2 M€ de bijoux.",
	                 "Les voleurs ont emporté deux millions d'euros de bijoux.");
	expect("$2m / $5m", "en", "The robbers made off with $2m in jewels.",
	       "The robbers made off with $5m in jewels.", SC_CONFLICT_NUMBER, 0, NULL);
	for (size_t i = 0; i < sizeof GENERIC / sizeof *GENERIC; i++) {
		size_t h, l;
		CHECK(sc_test_cmp_cue_count(C, GENERIC[i].lang, GENERIC[i].t, 4, 0.0, "counted-noun", &h,
		                            &l) == SC_OK,
		      "sc_cmp_cluster");
		CHECK(GENERIC[i].clash ? h >= 1 : h == 0, "%s: %zu generic clashes, want %s",
		      GENERIC[i].what, h, GENERIC[i].clash ? "at least one" : "none");
	}
	sc_cmp_free(C);
	return CHECK_DONE();
}
