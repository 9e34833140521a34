/* test_compare_subj20.c: whose fact, and which time (review20).
 *   1. Two persons' facts of one kind are no clash: each clause's subject a name, the two
 *      differ, and neither sentence names the other's (statement.c find_subject, conflict.c
 *      subjects_apart): "Pereira was first elected ... in 2014" / "Kessel was first elected ...
 *      in 2010"; a French pronoun subject is the name of the sentence before ("Morvan, 27 ans,
 *      a devancé ... Au classement général, il compte 14 secondes d'avance" / "Ortega,
 *      cinquième de l'étape, pointe à 40 secondes").
 *   2. Another time is background (statement.c last_month, background_at, pluperfect;
 *      conflict.c mark_background_dates): "Last March", "en mars dernier", "la précédente
 *      journée", and a pluperfect dated a week or more before its article ("Le 19 février, la
 *      CGT avait revendiqué 40 000 manifestants", "On Feb. 19, organizers had counted").
 * Guards: the same name, a pronoun after the same name, a pronoun with no name before, a
 * passé composé on another day and a pluperfect of the event's own days still clash. Every
 * sentence was written for this test; each positive clashed on main 69ab6a1. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

static sc_cmp_t *C;

/* Two dated documents of one event: conflicts of kind (not leads, scored 0.5 or more), some
 * when want. */
static void clash(const char *what, const char *lang, const char *date, const char *x,
                  const char *y, int kind, int want)
{
	sc_test_clash_is(C, what, lang, x, date, y, date, kind, want);
}

/* One sentence's reading: background, pluperfect, and its subject (1 a name, 2 a pronoun, 0
 * neither). */
static void reads(const char *lang, const char *s, int background, int pluperfect, int subj)
{
	sc_stmt_t st;
	if (sc_test_analyse(C, s, lang, &st)) return;
	int got = st.subj_name ? 1 : st.subj_pronoun ? 2 : 0;
	CHECK(st.background == background && st.pluperfect == pluperfect && got == subj,
	      "%s: background %d pluperfect %d subject %d, want %d %d %d", s, st.background,
	      st.pluperfect, got, background, pluperfect, subj);
	sc_cmp_stmt_free(&st);
}

static const char *const PEREIRA =
    "Councilwoman Ana Pereira won the race for the Orlet council seat on Tuesday night. "
    "Pereira was first elected to the city board in 2014.";

int main(void)
{
	if (sc_test_cmp_open(&C)) return CHECK_DONE();
	/* 1. subjects */
	clash("two names", "en", "2026-11-04", PEREIRA,
	      "Her rival Tom Kessel conceded the Orlet race on Tuesday night. Kessel was first "
	      "elected to the city board in 2010.",
	      SC_CONFLICT_DATE, 0);
	clash(
	    "il, nom de la phrase d'avant", "fr", "2026-05-10",
	    "Le Breton Yann Morvan a remporté samedi la 4e étape du Tour d'Orlet. Morvan, 27 ans, "
	    "a devancé le Belge Pieter Claes de 8 secondes. Au classement général, il compte "
	    "désormais 14 secondes d'avance sur Claes.",
	    "Yann Morvan a gagné à Varenne, devant Pieter Claes et Luis Ortega. Ortega, cinquième "
	    "de l'étape, pointe désormais à 40 secondes au général.",
	    SC_CONFLICT_NUMBER, 0);
	/* guards: one person's two dates */
	clash("the same name", "en", "2026-11-04", PEREIRA,
	      "Ana Pereira won the Orlet race on Tuesday night. Pereira was first elected to the "
	      "city board in 2012.",
	      SC_CONFLICT_DATE, 1);
	clash("she after the same name", "en", "2026-11-04", PEREIRA,
	      "Ana Pereira won the Orlet race on Tuesday night. She was first elected to the city "
	      "board in 2012.",
	      SC_CONFLICT_DATE, 1);
	clash("she with no name before", "en", "2026-11-04", PEREIRA,
	      "The race ended on Tuesday night. She was first elected to the city board in 2012.",
	      SC_CONFLICT_DATE, 1);
	clash("le même nom", "fr", "2026-03-16",
	      "Claire Orlet a remporté la mairie de Varenne dimanche. Claire Orlet a été élue au "
	      "conseil municipal pour la première fois en 2014.",
	      "Claire Orlet a gagné à Varenne dimanche soir. Orlet a été élue au conseil municipal "
	      "pour la première fois en 2011.",
	      SC_CONFLICT_DATE, 1);
	reads("en", "Ruiz, 46, was first elected to the council in 2018.", 0, 0, 1);
	reads("fr", "Roglic, troisième de l'étape, pointe désormais à 32 secondes au général.", 0,
	      0, 1);
	reads("fr", "Au classement général, il compte désormais 9 secondes d'avance.", 0, 0, 2);
	reads("fr", "Le ministre du Travail, Julien Ferrand, a répété jeudi sa position.", 0, 0, 1);
	reads("en", "About 800 supporters attended Ruiz's victory party on Tuesday night.", 0, 0,
	      0);
	reads("en", "The former head of the firm was sentenced to nine years in prison.", 0, 0, 0);
	reads("fr", "Il y a eu trois morts dans l'accident.", 0, 0, 0);

	/* 2. another time */
	clash(
	    "last March", "en", "2026-03-21",
	    "A fire at the Orlet Chemicals plant killed three workers on Saturday, officials said. "
	    "Last March, two workers died in a fire at the same plant.",
	    "Three workers died in Saturday's fire at the Orlet Chemicals plant, the fire chief "
	    "said.",
	    SC_CONFLICT_NUMBER, 0);
	clash(
	    "the same fire", "en", "2026-03-21",
	    "A fire at the Orlet Chemicals plant killed three workers on Saturday, officials said. "
	    "Two workers died in the fire at the Orlet Chemicals plant.",
	    "Three workers died in Saturday's fire at the Orlet Chemicals plant, the fire chief "
	    "said.",
	    SC_CONFLICT_NUMBER, 1);
	reads("en", "This past May, a storm dropped 9 inches of rain on the county.", 1, 0, 0);
	reads("fr", "En mars dernier, deux ouvriers sont morts dans un incendie de l'usine.", 1, 0,
	      0);
	reads("fr", "Le 2 février dernier, la CGT a revendiqué 500 000 manifestants.", 1, 0, 0);
	reads("en", "In March, two workers died in a fire at the plant.", 0, 0, 0);
	/* French adjectives follow the noun: "la journée précédente" is the day before, within
	 * the event; "la précédente journée" the one before, another */
	reads("fr",
	      "Lors de la précédente journée de mobilisation, la préfecture a compté 12 000 "
	      "manifestants.",
	      1, 0, 0);
	reads("fr", "La journée précédente, la préfecture a compté 12 000 manifestants.", 0, 0, 0);
	reads("en", "The previous day, police counted 12,000 marchers.", 0, 0, 0);
	clash(
	    "la précédente journée", "fr", "2026-03-12",
	    "Les syndicats ont manifesté jeudi à Varenne contre la réforme. Lors de la précédente "
	    "journée de mobilisation, la préfecture a compté 12 000 manifestants à Varenne.",
	    "Jeudi, la préfecture a compté 9 000 manifestants à Varenne.", SC_CONFLICT_NUMBER, 0);
	/* the pluperfect of a day a week or more before the article */
	reads("fr", "Le 19 février, la CGT avait revendiqué 400 000 manifestants.", 0, 1, 0);
	reads("fr", "Trois personnes avaient été blessées lors du précédent accident.", 1, 1, 0);
	reads("en", "On Feb. 19, organizers had counted 40,000 protesters.", 0, 1, 0);
	reads("en", "Ruiz had 52.3% of the vote.", 0, 0, 1);
	reads("fr", "La CGT a revendiqué 350 000 manifestants.", 0, 0, 0);
	clash(
	    "avait revendiqué le 19 février", "fr", "2026-03-12",
	    "Les syndicats ont manifesté jeudi à Varenne contre la réforme. Le 19 février, la CGT "
	    "avait revendiqué 40 000 manifestants à Varenne.",
	    "Jeudi, la CGT a revendiqué 35 000 manifestants à Varenne contre la réforme.",
	    SC_CONFLICT_NUMBER, 0);
	clash(
	    "had counted on Feb. 19", "en", "2026-03-12",
	    "Unions marched in Varenne on Thursday against the reform. On Feb. 19, organizers had "
	    "counted 40,000 protesters in Varenne.",
	    "Organizers counted 35,000 protesters in Varenne on Thursday.", SC_CONFLICT_NUMBER, 0);
	/* guards: the event's own days in the pluperfect, another day in the passé composé */
	clash("avait revendiqué le 11 mars", "fr", "2026-03-12",
	      "Les syndicats ont manifesté jeudi à Varenne contre la réforme. Le 11 mars, la CGT "
	      "avait revendiqué 40 000 manifestants à Varenne.",
	      "Jeudi, la CGT a revendiqué 35 000 manifestants à Varenne contre la réforme.",
	      SC_CONFLICT_NUMBER, 1);
	clash(
	    "a revendiqué le 19 février", "fr", "2026-03-12",
	    "Les syndicats ont manifesté jeudi à Varenne contre la réforme. Le 19 février, la CGT "
	    "a revendiqué 40 000 manifestants à Varenne.",
	    "Jeudi, la CGT a revendiqué 35 000 manifestants à Varenne contre la réforme.",
	    SC_CONFLICT_NUMBER, 1);
	sc_cmp_free(C);
	return CHECK_DONE();
}
