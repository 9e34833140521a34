/* test_compare_judgefix2.c: pair mode's negative predicates and short negated restatement after
 * the review of judge4 (doc/compare-judge.md "Session 6, judgefix2").
 * A negative predicate (model/pairwords.json "negative": refuse, fail, absent ...) negates the
 * act only when it is the main verb of its clause followed by its complement; it asserts
 * nothing before a saying ("refused to comment"); it is no negation as a noun, in a relative or
 * adverbial clause, or before a contrast that restates the act; it never cancels a negation the
 * analysis already read (a negative verb: "call off", "renoncer"). A short negated restatement
 * (neg_short) needs a tie to the other side (a shared key term or name).
 * Every sentence was written for this test (none is copied from the reviewer's inputs or an
 * evaluation set). The compatible rows marked "judge4" were contradictions on judge4's judge
 * (main 8ea9f3d); the contradiction rows hold on both (the gains kept). */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "cmp_judge.h"

typedef struct {
	const char *what, *lang, *p, *h;
	int contradiction; /* 1: contradiction (of kind negation), 0: compatible */
} pair_case_t;

static const pair_case_t CASES[] = {
    /* the gains kept: main verb + complement */
    {"refused to pay / paid", "en", "The insurer refused to pay the farmers.",
     "The insurer paid the farmers.", 1},
    {"a refusé de payer / a payé", "fr", "L'assureur a refusé de payer les agriculteurs.",
     "L'assureur a payé les agriculteurs.", 1},
    {"failed to open / opened", "en", "The crew failed to open the hatch.",
     "The crew opened the hatch.", 1},
    {"absent from / attended", "en", "The coach was absent from the final.",
     "The coach attended the final.", 1},
    {"absente de / a assisté", "fr", "La juge était absente du procès.",
     "La juge a assisté au procès.", 1},
    {"never refused to pay / paid (double)", "en", "The insurer never refused to pay the farmers.",
     "The insurer paid the farmers.", 0},
    {"n'a jamais refusé de payer / a payé (double)", "fr",
     "L'assureur n'a jamais refusé de payer les agriculteurs.",
     "L'assureur a payé les agriculteurs.", 0},
    /* negated, with a direct object: "ne refuse pas les dons" accepts them */
    {"ne refuse pas les dons / ne prend plus les dons", "fr",
     "La médiathèque ne refuse pas les dons de livres.",
     "La médiathèque ne prend plus les dons de livres.", 1},
    {"does not refuse the donations / no longer takes", "en",
     "The library does not refuse the book donations.",
     "The library no longer takes the book donations.", 1},
    /* judge4: a saying asserts nothing */
    {"refused to discuss / praised (judge4)", "en", "The coach refused to discuss the transfer.",
     "The coach praised the transfer.", 0},
    {"a refusé de commenter / a salué (judge4)", "fr",
     "L'entraîneur a refusé de commenter le transfert.", "L'entraîneur a salué le transfert.", 0},
    /* judge4: a noun, another object */
    {"refuse collection (noun) (judge4)", "en", "The refuse collection stopped during the storm.",
     "Collection stopped during the storm.", 0},
    {"failed an exam (object) (judge4)", "en", "The cadet failed the swimming exam.",
     "The cadet took the swimming exam.", 0},
    {"a échoué à l'oral (object) (judge4)", "fr", "La candidate a échoué à l'oral.",
     "La candidate a passé l'oral.", 0},
    /* judge4: relative and opening adverbial clauses */
    {"who had failed to win (relative) (judge4)", "en",
     "The coach, who had failed to win a title in Spain, signed with the club.",
     "The coach signed with the club.", 0},
    {"qui avait refusé de (relative) (judge4)", "fr",
     "Le juge, qui avait refusé de siéger en 2018, a ouvert l'audience.",
     "Le juge a ouvert l'audience.", 0},
    {"Unable to cross the river (adverbial) (judge4)", "en",
     "Unable to cross the river, the convoy turned back.", "The convoy turned back.", 0},
    /* judge4: a contrast restates the act */
    {"failed to score ... but scored (judge4)", "en",
     "The striker failed to score in the first half but scored twice after the break.",
     "The striker scored after the break.", 0},
    {"a échoué ... mais a franchi (judge4)", "fr",
     "Le coureur a échoué à franchir le col samedi mais l'a franchi dimanche.",
     "Le coureur a franchi le col dimanche.", 0},
    /* judge4 cancelled a negation the analysis reads from a negative verb */
    {"refused to call off / called off", "en", "The players refused to call off the boycott.",
     "The players called off the boycott.", 1},
    /* neg_short with no tie to the other side (judge4) */
    {"short negation, no tie (en) (judge4)", "en", "The bridge did not collapse.",
     "The mayor inaugurated the new library on Saturday afternoon.", 0},
    {"short negation, no tie (fr) (judge4)", "fr", "Il ne faisait pas froid.",
     "La ministre a inauguré la nouvelle médiathèque samedi après-midi.", 0},
    /* neg_short with a tie (a shared key term) still fires */
    {"short negation sharing a term", "en", "The library did not open.",
     "The mayor opened the new library on Saturday afternoon.", 1},
};

int main(void)
{
	char err[512] = "";
	sc_cmp_t *c = NULL;
	int rc = sc_cmp_create(&c, NULL, err, sizeof err);
	CHECK(rc == SC_OK && c, "sc_cmp_create: %s", err);
	if (!c) return CHECK_DONE();
	for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
		const pair_case_t *v = &CASES[i];
		sc_judgement_t j;
		rc = sc_cmp_pair(c, v->p, strlen(v->p), v->h, strlen(v->h), v->lang, &j);
		CHECK(rc == SC_OK, "%zu (%s): rc %d", i, v->what, rc);
		if (rc) continue;
		CHECK(j.contradiction == v->contradiction &&
		          (!v->contradiction || j.kind == SC_CONFLICT_NEGATION),
		      "%zu (%s): want %s, got %s kind %d score %.4f cues [%s]", i, v->what,
		      v->contradiction ? "contradiction (negation)" : "compatible",
		      j.contradiction ? "contradiction" : "compatible", j.kind, j.score, j.cues);
	}
	sc_cmp_free(c);
	return CHECK_DONE();
}
