/* test_compare_judge3.c: pair mode's judge on contradictions other than a plain negation
 * (issue 11, the French XNLI target: helper judge3's changes, doc/compare-judge.md "Session 5").
 *  - opposed predicates: the lexicons' "opposites" list (general antonyms, French and English)
 *    and how the loader joins it to the older "antonyms" pairs through a shared word;
 *  - number clashes counted per thing: an agreeing figure about another thing (a line or a
 *    flight number) does not answer a clash on what both sides count.
 * Every sentence was written for this test (none is copied from an evaluation set). Each
 * table row says what the judge must answer; the rows were checked to fail on the judge before
 * the change they cover. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "cmp_judge.h"
#include "cmp_test.h"
#include "test_util.h"

/* Opposed predicates of the "opposites" lists (French, English); the same-side rows must stay
 * compatible: two words of one side of a pair are no antonyms. */
static const sc_test_judge_case_t OPPOSITES[] = {
    {"augmenter/baisser (a joined pair)", "fr", "Le chômage a augmenté dans la vallée cette année.",
     "Le chômage a baissé dans la vallée cette année.", 1, SC_CONFLICT_ANTONYM},
    {"hausse/diminution (joined across the two older pairs)", "fr",
     "Le conseil a voté une hausse des tarifs de la cantine.",
     "Le conseil a voté une diminution des tarifs de la cantine.", 1, SC_CONFLICT_ANTONYM},
    {"rouvrir/fermer", "fr", "La boulangerie du village a rouvert ses portes lundi.",
     "La boulangerie du village a fermé ses portes lundi.", 1, SC_CONFLICT_ANTONYM},
    {"connaître/ignorer", "fr", "Les riverains connaissaient le projet de rocade.",
     "Les riverains ignoraient le projet de rocade.", 1, SC_CONFLICT_ANTONYM},
    {"embaucher/licencier", "fr", "La coopérative a embauché douze saisonniers en juin.",
     "La coopérative a licencié douze saisonniers en juin.", 1, SC_CONFLICT_ANTONYM},
    {"public/privé", "fr", "Le lycée de la commune est un établissement public.",
     "Le lycée de la commune est un établissement privé.", 1, SC_CONFLICT_ANTONYM},
    {"climb/plunge", "en", "Ticket sales for the festival climbed in March.",
     "Ticket sales for the festival plunged in March.", 1, SC_CONFLICT_ANTONYM},
    {"paid/unpaid", "en", "The summer internship at the library was paid.",
     "The summer internship at the library was unpaid.", 1, SC_CONFLICT_ANTONYM},
    {"construct/demolish", "en", "The council constructed a footbridge over the canal.",
     "The council demolished a footbridge over the canal.", 1, SC_CONFLICT_ANTONYM},
    {"hire/lay off", "en", "The mill hired forty seasonal workers in June.",
     "The mill laid off forty seasonal workers in June.", 1, SC_CONFLICT_ANTONYM},
    {"intentionnel/accidentel", "fr", "Selon les pompiers, l'incendie du hangar était accidentel.",
     "Selon les pompiers, l'incendie du hangar était intentionnel.", 1, SC_CONFLICT_ANTONYM},
    {"armed/unarmed", "en", "Witnesses said the man who entered the bank was armed.",
     "Witnesses said the man who entered the bank was unarmed.", 1, SC_CONFLICT_ANTONYM},
    /* one side of a pair on both sides: no antonym */
    {"augmenter/grimper (same side)", "fr", "Le chômage a augmenté dans la vallée cette année.",
     "Le chômage a grimpé dans la vallée cette année.", 0, -1},
    {"climb/rise (same side)", "en", "Ticket sales for the festival climbed in March.",
     "Ticket sales for the festival rose in March.", 0, -1},
};

/* Two figures of one counted thing that cannot both be true, beside a figure both sides share
 * about something else (judge.c quant_clash); and the same figure, compatible. */
static const sc_test_judge_case_t NUMBERS[] = {
    {"300 / plus de 900 voyageurs, line 4 on both sides", "fr",
     "La ligne 4 du tramway a transporté 300 voyageurs dimanche.",
     "La ligne 4 du tramway a transporté plus de 900 voyageurs dimanche.", 1, SC_CONFLICT_NUMBER},
    {"40 / more than 90 pupils, bus 9 on both sides", "en",
     "Bus 9 carried 40 pupils to the museum on Monday.",
     "Bus 9 carried more than 90 pupils to the museum on Monday.", 1, SC_CONFLICT_NUMBER},
    {"40 / about 40 pupils", "en", "Bus 9 carried 40 pupils to the museum on Monday.",
     "Bus 9 carried about 40 pupils to the museum on Monday.", 0, -1},
};

/* Session 5 review fixes (judgefix). An antonym pair is evidence only when its two words can
 * be about the same thing: not when one side holds both words of the pair, not inside a name
 * or a hyphenated compound, not inside a fixed phrase of "opposite_idioms"; a negated antonym
 * agrees with its opposite and is no negation evidence either. */
static const sc_test_judge_case_t REVIEW_ANTONYMS[] = {
    {"both sides of rise/fall in the premise", "en",
     "Exports rose in the north and fell in the south of the country.",
     "Exports fell in the south of the country.", 0, -1},
    {"both sides of augmenter/baisser in the premise", "fr",
     "Les loyers ont augmenté à Lyon et baissé à Grenoble.", "Les loyers ont baissé à Grenoble.", 0,
     -1},
    {"haut/bas inside hyphenated place names", "fr",
     "Le car immatriculé en Haute-Loire a quitté la route.",
     "Le car a quitté la route près de Basse-Terre.", 0, -1},
    {"low inside a capitalised name", "en", "The convoy crossed the Low Countries on Tuesday.",
     "The convoy crossed a high bridge on Tuesday.", 0, -1},
    {"high school is no height", "en", "Students at the high school planted trees on Friday.",
     "Students planted trees on Friday, though turnout was low.", 0, -1},
    {"à partir de is no departure", "fr", "Le marché sera ouvert à partir de juin.",
     "Le marché sera ouvert dès l'arrivée de l'été.", 0, -1},
    {"not reject / approve agree", "en", "The council did not reject the budget.",
     "The council approved the budget.", 0, -1},
    {"pas rejeté / approuvé agree", "fr", "Le conseil n'a pas rejeté le budget.",
     "Le conseil a approuvé le budget.", 0, -1},
    {"not armed / unarmed agree", "en", "Guards said the driver was not armed.",
     "Guards said the driver was unarmed.", 0, -1},
    /* the real clashes stay */
    {"reject / approve clash", "en", "The council rejected the budget.",
     "The council approved the budget.", 1, -1},
    {"rejeté / approuvé clash", "fr", "Le conseil a rejeté le budget.",
     "Le conseil a approuvé le budget.", 1, -1},
};

/* Figures of different counted things never clash (quant_clash): the killed and the injured
 * of one sentence against the injured alone; the same thing still clashes. */
static const sc_test_judge_case_t REVIEW_NUMBERS[] = {
    {"2 killed and 12 hurt / 12 hurt", "en",
     "Two workers were killed and 12 hurt when the scaffold fell.",
     "Twelve workers were hurt when the scaffold fell.", 0, -1},
    {"2 tués et 12 blessés / 12 blessés", "fr",
     "Deux ouvriers ont été tués et 12 blessés dans l'effondrement de l'échafaudage.",
     "Douze ouvriers ont été blessés dans l'effondrement de l'échafaudage.", 0, -1},
    {"12 hurt / 20 hurt", "en", "Twelve workers were hurt when the scaffold fell.",
     "Twenty workers were hurt when the scaffold fell.", 1, SC_CONFLICT_NUMBER},
    {"12 blessés / 20 blessés", "fr",
     "Douze ouvriers ont été blessés dans l'effondrement de l'échafaudage.",
     "Vingt ouvriers ont été blessés dans l'effondrement de l'échafaudage.", 1, SC_CONFLICT_NUMBER},
};

/* ------------------------------------------------------- the loader's joins */
static void put(const char *dir, const char *name, const char *text)
{
	sc_test_put_file(dir, name, text);
}

/* fr.json with `from` replaced by `to` (first occurrence) loaded from dir with en.json: the
 * return code of sc_cmp_create, its message in err. -1 when `from` is not in fr.json. */
static int load_swapped(const char *dir, const char *fr, const char *en, const char *from,
                        const char *to, char *err, size_t errlen)
{
	const char *at = strstr(fr, from);
	if (!at) return -1;
	size_t n = strlen(fr) - strlen(from) + strlen(to) + 1;
	char *t = malloc(n);
	if (!t) return -1;
	memcpy(t, fr, (size_t)(at - fr));
	strcpy(t + (at - fr), to);
	strcat(t, at + strlen(from));
	put(dir, "fr.json", t);
	put(dir, "en.json", en);
	free(t);
	sc_cmp_t *c = NULL;
	err[0] = 0;
	int rc = sc_cmp_create(&c, dir, err, errlen);
	sc_cmp_free(c);
	return rc;
}

static void test_loader(void)
{
	char *fr = sc_test_slurp("detect/compare/lexicon/fr.json", NULL),
	     *en = sc_test_slurp("detect/compare/lexicon/en.json", NULL);
	char dir[] = "/tmp/sc_judge3XXXXXX", err[512];
	CHECK(fr && en, "lexicons readable from the source root");
	if (!fr || !en || !mkdtemp(dir)) {
		free(fr);
		free(en);
		return;
	}
	/* a join that puts a word on both sides of one pair names the word */
	int rc = load_swapped(dir, fr, en, "\"opposites\": [",
	                      "\"opposites\": [[[\"augmenter\"], [\"hausse\"]],", err, sizeof err);
	CHECK(rc != SC_OK && rc != -1 && strstr(err, "fr.json") && strstr(err, "both sides") &&
	          (strstr(err, "hausse") || strstr(err, "augmenter")),
	      "contradictory join refused: rc %d, %s", rc, err);
	/* the list must be an array */
	rc = load_swapped(dir, fr, en, "\"opposites\": [",
	                  "\"opposites\": 3, \"rumour_markers\": [", err, sizeof err);
	CHECK(rc != SC_OK && strstr(err, "opposites"), "opposites not an array: %s", err);
	/* a side that is not a word or a list of words names where it is */
	rc = load_swapped(dir, fr, en, "\"opposites\": [", "\"opposites\": [[\"vide\", 3],", err,
	                  sizeof err);
	CHECK(rc != SC_OK && strstr(err, "opposites[0][1]"), "bad side named: %s", err);
	sc_test_rm_lexicon_dir(dir);
	free(fr);
	free(en);
}

int main(void)
{
	sc_cmp_t *c;
	if (sc_test_cmp_open_checked(&c)) return CHECK_DONE();
	sc_test_judge_cases(c, "opposites", OPPOSITES, sizeof OPPOSITES / sizeof *OPPOSITES);
	sc_test_judge_cases(c, "numbers", NUMBERS, sizeof NUMBERS / sizeof *NUMBERS);
	sc_test_judge_cases(c, "review-antonyms", REVIEW_ANTONYMS,
	          sizeof REVIEW_ANTONYMS / sizeof *REVIEW_ANTONYMS);
	sc_test_judge_cases(c, "review-numbers", REVIEW_NUMBERS,
	          sizeof REVIEW_NUMBERS / sizeof *REVIEW_NUMBERS);
	sc_cmp_free(c);
	test_loader();
	return CHECK_DONE();
}
