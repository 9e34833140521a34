/* test_compare_judge4.c: pair mode's judge on a short negated restatement (issue 11, the French
 * XNLI target: helper judge4's change, doc/compare-judge.md "Session 6").
 * A reader contradicts a longer account in a few words of their own, negated, often with no
 * key term in common with it ("Il n'a jamais vécu sur l'eau" against a childhood on a barge).
 * The judge's neg_short cue (judge.c) lets such a pair through the evidence gate without a
 * shared key term; two long statements, a non-assertion ("could not say") and two negated
 * sides still need what they needed before.
 * Every sentence was written for this test (none is copied from an evaluation set). The
 * contradiction rows were checked to fail on the judge before the change (main e09bdc1:
 * compatible, score at the gate's cap); the compatible rows pass on both. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "cmp_judge.h"
#include "cmp_test.h"

/* judgefix2: these rows share no key term and no name, and neg_short now needs such a tie
 * (review of judge4: "It was not raining" / "The president opened ..." fired), so they are
 * compatible again. */
static const sc_test_judge_case_t SHORT_NEGATED[] = {
    {"jamais vécu sur l'eau / une péniche", "fr",
     "Pendant toute son enfance, Léa a habité sur une péniche amarrée près du port, avec ses "
     "parents et ses trois frères.",
     "Elle n'a jamais vécu sur l'eau.", 0, -1},
    {"ne travaille jamais le week-end / dimanche compris", "fr",
     "Le boulanger ouvre sa boutique à six heures chaque matin, dimanche compris, depuis vingt "
     "ans.",
     "Il ne travaille jamais le week-end.", 0, -1},
    {"ne sortait pas / prenait le car chaque samedi", "fr",
     "Tous les samedis, mon grand-père prenait le car pour aller jouer aux boules avec ses "
     "copains du canton.",
     "Il ne sortait pas de chez lui.", 0, -1},
    {"never went to the sea / the coast", "en",
     "Every summer the twins spent July at their grandmother's cottage on the coast, swimming "
     "and fishing.",
     "They never went to the sea.", 0, -1},
    {"no bus link / a free shuttle", "en",
     "The council has run a free shuttle between the station and the hospital since 2019.",
     "There is no bus link.", 0, -1},
    {"never rode a bike / cycled", "en",
     "Marco cycled to the office every day for ten years, rain or shine.", "He never rode a bike.",
     0, -1},
    /* order-free: the short negated side may come first */
    {"never rode a bike, first", "en", "He never rode a bike.",
     "Marco cycled to the office every day for ten years, rain or shine.", 0, -1},
    /* still compatible: a non-assertion says nothing about the event */
    {"could not say (non-assertive)", "en",
     "Every summer the twins spent July at their grandmother's cottage on the coast, swimming "
     "and fishing.",
     "He could not say where they stayed.", 0, -1},
    /* still compatible: a long negated statement sharing no key term is about something else */
    {"long negated side, no shared term (en)", "en",
     "The council has run a free shuttle between the station and the hospital since 2019.",
     "Nobody in the village had ever complained about the noise from the old sawmill by the "
     "river.",
     0, -1},
    {"long negated side, no shared term (fr)", "fr",
     "Le boulanger ouvre sa boutique à six heures chaque matin, dimanche compris, depuis vingt "
     "ans.",
     "Personne dans le quartier ne se plaignait jamais du bruit des camions de livraison la "
     "nuit.",
     0, -1},
    /* still compatible: both sides negated */
    {"both negated (fr)", "fr", "Le boulanger n'a pas pris de vacances depuis vingt ans.",
     "Il ne travaille jamais le week-end.", 0, -1},
    {"both negated (en)", "en", "The twins never spent a summer away from home.",
     "They never went to the sea.", 0, -1},
};

/* A negative predicate (model/pairwords.json "negative": refuse, fail, absent ...) negates like
 * a negation; negated, it is positive again; against a plain negation of the same act it
 * agrees. Contradiction rows fail at main e09bdc1 (compatible); the four compatible rows were
 * contradictions there. */
static const sc_test_judge_case_t NEGATIVE_PREDICATES[] = {
    {"a refusé d'ouvrir / a ouvert", "fr", "Le gardien a ouvert les grilles du parc à sept heures.",
     "Le gardien a refusé d'ouvrir les grilles du parc.", 1, SC_CONFLICT_NEGATION},
    {"ont échoué à éteindre / ont éteint", "fr",
     "Les pompiers ont éteint l'incendie de l'entrepôt avant minuit.",
     "Les pompiers ont échoué à éteindre l'incendie de l'entrepôt.", 1, SC_CONFLICT_NEGATION},
    {"était absent / assistait", "fr", "Le maire assistait à la cérémonie du 11 novembre.",
     "Le maire était absent de la cérémonie du 11 novembre.", 1, SC_CONFLICT_NEGATION},
    {"refused to sign / signed", "en", "The goalkeeper signed the new contract on Friday.",
     "The goalkeeper refused to sign the new contract.", 1, SC_CONFLICT_NEGATION},
    {"failed to repair / repaired", "en", "The engineers repaired the pump before the flood.",
     "The engineers failed to repair the pump before the flood.", 1, SC_CONFLICT_NEGATION},
    {"was absent / attended", "en", "The minister attended the summit in Oslo.",
     "The minister was absent from the summit in Oslo.", 1, SC_CONFLICT_NEGATION},
    {"did not refuse to sign / signed", "en", "The goalkeeper signed the new contract on Friday.",
     "The goalkeeper did not refuse to sign the new contract.", 0, -1},
    {"n'a pas refusé d'ouvrir / a ouvert", "fr",
     "Le gardien a ouvert les grilles du parc à sept heures.",
     "Le gardien n'a pas refusé d'ouvrir les grilles du parc.", 0, -1},
    {"refused to sign / did not sign", "en", "The goalkeeper refused to sign the new contract.",
     "The goalkeeper did not sign the new contract.", 0, -1},
    {"a refusé d'ouvrir / n'a pas ouvert", "fr", "Le gardien a refusé d'ouvrir les grilles du parc.",
     "Le gardien n'a pas ouvert les grilles du parc.", 0, -1},
};

/* The feature itself, on analysed statements: fires for the short negated side in either
 * order, and the gate lets it through with no shared term; not for a long negated side. */
static void test_feature(sc_cmp_t *c)
{
	static const char *longp = "Marco cycled to the office every day for ten years, rain or shine.";
	static const char *shorth = "He never rode a bike.";
	static const char *longneg =
	    "Nobody in the village had ever complained about the noise from the old sawmill.";
	size_t nf = sc_cmp_nfeatures(), ins = nf;
	for (size_t i = 0; i < nf; i++)
		if (!strcmp(sc_cmp_feature_name(i), "neg_short")) ins = i;
	CHECK(ins < nf, "feature neg_short is in the judge's table");
	if (ins == nf) return;
	struct {
		const char *p, *h;
		int want;
	} rows[] = {
	    {longp, shorth, 0}, {shorth, longp, 0}, {longp, longneg, 0}}; /* judgefix2: no tie */
	for (size_t r = 0; r < sizeof rows / sizeof *rows; r++) {
		sc_stmt_t a, b;
		double x[SC_JF_MAX];
		int rc = sc_cmp_pair_analyse(c, rows[r].p, strlen(rows[r].p), rows[r].h,
		                             strlen(rows[r].h), "en", &a, &b);
		CHECK(rc == SC_OK, "analyse row %zu: rc %d", r, rc);
		if (rc) continue;
		rc = sc_cmp_features(c, &a, &b, x);
		CHECK(rc == SC_OK, "features row %zu: rc %d", r, rc);
		if (!rc) {
			CHECK((x[ins] != 0) == rows[r].want, "row %zu: neg_short %g, want %d", r,
			      x[ins], rows[r].want);
			CHECK(sc_cmp_evidence(x) == rows[r].want, "row %zu: gate %d, want %d", r,
			      sc_cmp_evidence(x), rows[r].want);
		}
		sc_cmp_stmt_free(&a);
		sc_cmp_stmt_free(&b);
	}
}

int main(void)
{
	sc_cmp_t *c;
	if (sc_test_cmp_open_checked(&c)) return CHECK_DONE();
	sc_test_judge_cases(c, "short-negated", SHORT_NEGATED,
	                    sizeof SHORT_NEGATED / sizeof *SHORT_NEGATED);
	sc_test_judge_cases(c, "negative-predicates", NEGATIVE_PREDICATES,
	          sizeof NEGATIVE_PREDICATES / sizeof *NEGATIVE_PREDICATES);
	{ /* the negative predicate is named among the cues */
		static const char *p = "The goalkeeper signed the new contract on Friday.",
		                  *h = "The goalkeeper refused to sign the new contract.";
		sc_judgement_t j;
		int rc = sc_cmp_pair(c, p, strlen(p), h, strlen(h), "en", &j);
		CHECK(rc == SC_OK && j.contradiction && strstr(j.cues, "refused"),
		      "cue of a negative predicate: rc %d cues [%s]", rc, j.cues);
	}
	/* sc_cmp_features needs the model's word lists: one judgement above loaded them */
	test_feature(c);
	sc_cmp_free(c);
	return CHECK_DONE();
}
