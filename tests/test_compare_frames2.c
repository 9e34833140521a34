/* Frames of ages and prison terms in cluster mode (doc/compare-frames.md), on sentences written
 * for this test in English and French:
 *  - an age beside a name clashes even in a negated clause ("Holt, 44, did not comment" /
 *    "Peter Holt, 47, was charged"): the apposition says the age whatever the predicate does;
 *  - an age known by a describing noun ("a 62-year-old woman", "son fils de 6 ans") clashes with
 *    an age of the same noun only, as a lead; a mother's age never meets her son's;
 *  - a prison term ("sentenced to 12 years in prison", "condamné à 12 ans de réclusion") clashes
 *    with another term of the same sentence; a requisition ("avait requis 20 ans") or a maximum
 *    ("faces up to ten years") is no term;
 *  - percentages of one share ("30% of flights were cancelled" / "70% of flights were
 *    cancelled") clash, across the pairing gate; a complement ("70% ... operating") does not;
 *    so do two figures of one rate named before them ("Turnout was 47%" / "reached 53%"). */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

static sc_cmp_t *C;

typedef sc_test_res_t res_t;

/* two one-paragraph articles of one day (ages compare only within a month) */
static res_t run2(const char *lang, const char *t1, const char *t2)
{
	return sc_test_cmp_two(C, lang, t1, t2, "2025-05-02", 0.0);
}

/* a number finding with cue `cue` exists, as a conflict (lead 0) or a lead (lead 1) */
static void expect_number(const char *what, const char *lang, const char *t1, const char *t2,
                          int lead, const char *cue)
{
	res_t r = run2(lang, t1, t2);
	int found = 0;
	for (size_t i = 0; i < r.n; i++) {
		if (r.v[i].kind != SC_CONFLICT_NUMBER || r.v[i].lead != lead) continue;
		for (size_t k = 0; k < r.v[i].ncues; k++)
			found |= !strcmp(r.v[i].cues[k], cue);
	}
	CHECK(found, "%s: no number %s with cue %s", what, lead ? "lead" : "conflict", cue);
	sc_test_res_done(what, &r);
}

/* no number finding at all (conflict or lead) */
static void expect_no_number(const char *what, const char *lang, const char *t1, const char *t2)
{
	res_t r = run2(lang, t1, t2);
	size_t k = 0;
	for (size_t i = 0; i < r.n; i++)
		k += r.v[i].kind == SC_CONFLICT_NUMBER;
	CHECK(k == 0, "%s: %zu number findings, want none", what, k);
	sc_test_res_done(what, &r);
}

int main(void)
{
	char err[256];
	CHECK(sc_cmp_create(&C, NULL, err, sizeof err) == SC_OK, "create: %s", err);
	/* an age beside a name, one clause negated */
	expect_number("Holt 44 / 47, negated clause", "en",
	              "Peter Holt, 47, was charged with arson at the depot on Tuesday.",
	              "Holt, 44, did not comment on the arson charge at the depot.", 0, "age");
	expect_number(
	    "Vasseur 52 / 55 ans, clause niée", "fr",
	    "Le gérant du dépôt, Marc Vasseur, 55 ans, a été mis en examen pour incendie.",
	    "Marc Vasseur, 52 ans, n'a pas souhaité commenter sa mise en examen pour incendie.", 0,
	    "age");
	/* ages known by a noun: the same noun clashes as a lead; two nouns never */
	expect_number(
	    "a 62- / 68-year-old woman", "en",
	    "The flood in the valley killed a 62-year-old woman in her home, rescuers said.",
	    "The flood in the valley killed a 68-year-old woman in her home, the mayor said.", 1,
	    "age-described");
	expect_number(
	    "son fils de 6 / 9 ans", "fr",
	    "Une femme de 30 ans et son fils de 6 ans ont été emportés par la crue dans la vallée.",
	    "Une mère de 30 ans et son fils de 9 ans ont été emportés par la crue dans la vallée.",
	    1, "age-described");
	expect_no_number("mère 30 ans / fils 9 ans", "fr",
	                 "Une mère de 30 ans a été emportée par la crue dans la vallée.",
	                 "Son fils de 9 ans a été emporté par la crue dans la vallée.");
	expect_no_number("a woman of 62 / a man of 68", "en",
	                 "The flood in the valley killed a 62-year-old woman in her home.",
	                 "The flood in the valley killed a 68-year-old man in his home.");
	/* prison terms */
	expect_number(
	    "sentenced to 12 / 9 years", "en",
	    "Daniel Roe was sentenced on Monday to 12 years in prison for the depot arson.",
	    "Daniel Roe was sentenced to nine years in prison for the depot arson.", 0,
	    "prison-term");
	expect_number(
	    "condamné à 12 / 9 ans de réclusion", "fr",
	    "Le tribunal a condamné lundi Paul R. à 12 ans de réclusion pour l'incendie du dépôt.",
	    "Paul R. a été condamné à neuf ans de réclusion pour l'incendie du dépôt.", 0,
	    "prison-term");
	expect_no_number(
	    "requis 20 ans / condamné à 12 ans", "fr",
	    "Le parquet avait requis 20 ans de réclusion contre Paul R. pour l'incendie du dépôt.",
	    "Paul R. a été condamné à 12 ans de réclusion pour l'incendie du dépôt.");
	expect_no_number("faces up to ten years / sentenced to 4 years", "en",
	                 "Daniel Roe faces up to ten years in prison for the depot arson.",
	                 "Daniel Roe was sentenced to four years in prison for the depot arson.");
	/* shares: the same thing and predicate clash; a complement ("running") does not */
	expect_number(
	    "30% / 70% of flights cancelled", "en",
	    "About 30% of flights were cancelled at Lanmore airport on Friday, the operator said.",
	    "The pilots' union said 70% of flights were cancelled on Friday.", 0, "share");
	expect_number(
	    "30 % / 70 % des vols annulés", "fr",
	    "Environ 30 % des vols ont été annulés vendredi à l'aéroport, selon l'exploitant.",
	    "Selon le syndicat des pilotes, 70 % des vols ont été annulés vendredi.", 0, "share");
	expect_no_number("70% of flights operated / 30% cancelled", "en",
	                 "The operator said 70% of flights were operating normally on Friday.",
	                 "The pilots' union said 30% of flights were cancelled on Friday.");
	/* a rate named before its figure: the same rate clashes; an earlier round's figure in
	 * another clause agrees with nothing and clashes with nothing by itself */
	expect_number("turnout 47% / 53%", "en", "Turnout in the Norby mayoral runoff was 47%.",
	              "Turnout reached 53% in the Norby mayoral runoff, officials said.", 0, "share");
	expect_number("participation 47 % / 53 %", "fr",
	              "La participation s'est établie à 47 % au second tour à Norby.",
	              "À Norby, la participation a atteint 53 % au second tour.", 0, "share");
	expect_no_number("participation 47 %, contre 40 % / 47 %", "fr",
	                 "La participation s'est établie à 47 %, contre 40 % au premier tour à Norby.",
	                 "À Norby, la participation a atteint 47 % au second tour.");
	expect_no_number("chômage 7 % / participation 53 %", "fr",
	                 "À Norby, le taux de chômage atteint 7 % selon la mairie.",
	                 "À Norby, la participation a atteint 53 % au second tour.");
	sc_cmp_free(C);
	return CHECK_DONE();
}
