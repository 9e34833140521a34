/* Negation and denial conflicts (issue 11): one stands only when what one side negates or
 * denies is the proposition the other side asserts. Each rule has sentences written for this
 * test, in English and in French, and a positive control that must still be reported:
 *   - an infinitive complement asserts nothing ("was negotiating to purchase", "tente de
 *     déterminer"), nor its elliptical contrast ("to improve it, not weaken it");
 *   - a denial of a proposition needs its predicate on the other side ("denied arson" says
 *     nothing against "Major fire at supermarket");
 *   - a negative determiner negates the head of its noun phrase ("any recent threats"), and
 *     one opening the clause negates its subject: the other side must assert the predicate
 *     too ("Neither Moreau nor his partner ever claimed ..." vs "Moreau and his partner
 *     approached the case");
 *   - the negated clause's object must be the other side's ("not made an offer to Varitek" vs
 *     "made Teixeira an offer");
 *   - a quotation mark does not hide the negated word, a negated belief verb asserts nothing.
 * What fails goes to the leads (lead = 1), never silently away: the tests check both lists. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

static sc_cmp_t *C;

/* Negation/denial findings of a two-document cluster: conflicts in *conf, leads in *lead. */
static void polar(const char *lang, const char *t1, const char *t2, size_t *conf, size_t *lead)
{
	const char *t[2] = {t1, t2};
	sc_conflict_t *v;
	size_t n;
	*conf = *lead = 0;
	CHECK(sc_test_cmp_run(C, lang, t, NULL, 2, 0.0, &v, &n) == SC_OK, "cluster");
	for (size_t i = 0; i < n; i++) {
		if (v[i].kind == SC_CONFLICT_NEGATION || v[i].kind == SC_CONFLICT_DENIAL) {
			int why = 0; /* a lead says why it is one ("lead:asserts-nothing" ...) */
			for (size_t k = 0; k < v[i].ncues; k++) why |= !strncmp(v[i].cues[k], "lead:", 5);
			if (v[i].lead) CHECK(why, "a lead without its reason: %s", v[i].a.text);
			if (v[i].lead) ++*lead;
			else if (v[i].score >= 0.5) ++*conf;
		}
		sc_cmp_conflict_free(&v[i]);
	}
	free(v);
}

/* The pair is a lead, not a conflict. */
static void lead_only(const char *lang, const char *t1, const char *t2, const char *what)
{
	size_t c, l;
	polar(lang, t1, t2, &c, &l);
	CHECK(c == 0, "%s: reported as a conflict (%zu)", what, c);
	CHECK(l >= 1, "%s: dropped, not kept as a lead", what);
}

/* The pair is no conflict (the judge may not even offer it: no lead is required). */
static void no_conflict(const char *lang, const char *t1, const char *t2, const char *what)
{
	size_t c, l;
	polar(lang, t1, t2, &c, &l);
	CHECK(c == 0, "%s: reported as a conflict (%zu)", what, c);
}

/* The pair is a conflict. */
static void conflict(const char *lang, const char *t1, const char *t2, const char *what)
{
	size_t c, l;
	polar(lang, t1, t2, &c, &l);
	CHECK(c == 1, "%s: %zu conflicts, want 1 (%zu leads)", what, c, l);
}

static int an(const char *s, const char *lang, sc_stmt_t *st)
{
	int rc = sc_cmp_analyse(C, s, strlen(s), lang, st);
	CHECK(rc == SC_OK, "analyse rc=%d: %s", rc, s);
	return rc;
}

/* The term hash of word w as the analysis of sentence s computes it (0 if not a term). */
static uint64_t term_of(const sc_stmt_t *st, const char *w)
{
	const char *p = strstr(st->text, w);
	if (!p) return 0;
	size_t s = (size_t)(p - st->text);
	for (size_t i = 0; i < st->nterms; i++)
		if (st->term_at[i] && (size_t)(st->term_at[i] >> 32) == s) return st->terms[i];
	return 0;
}

static int has_u64(const uint64_t *v, size_t n, uint64_t x)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == x) return 1;
	return 0;
}

/* Word w of s is (inf = 1) or is not (inf = 0) among the terms only an infinitive names. */
static void infinitive(const char *s, const char *lang, const char *w, int inf)
{
	sc_stmt_t st;
	if (an(s, lang, &st)) return;
	uint64_t h = term_of(&st, w);
	CHECK(h != 0, "'%s' is no term of: %s", w, s);
	CHECK(has_u64(st.inf_terms, st.ninf_terms, h) == inf, "'%s' infinitive-only %d, want %d: %s", w,
	      !inf, inf, s);
	sc_cmp_stmt_free(&st);
}

/* Word w of s is (1) or is not (0) a negated head. */
static void neg_head(const char *s, const char *lang, const char *w, int want)
{
	sc_stmt_t st;
	if (an(s, lang, &st)) return;
	uint64_t h = term_of(&st, w);
	CHECK(h != 0, "'%s' is no term of: %s", w, s);
	CHECK(st.negated, "not negated: %s", s);
	CHECK(has_u64(st.neg_heads, st.nneg_heads, h) == want, "'%s' negated head %d, want %d: %s", w,
	      !want, want, s);
	sc_cmp_stmt_free(&st);
}

int main(void)
{
	if (sc_test_cmp_open(&C)) return 1;
	/* these checks are about the negation rules: plain negations may be conflicts */
	sc_cmp_set_negation_conflicts(C, 1);
	/* ---- per sentence: infinitive complements */
	infinitive("The council was negotiating to purchase the mill, officials said.", "en", "purchase", 1);
	infinitive("Engineers were trying to determine the cause of the collapse.", "en", "determine", 1);
	infinitive("Engineers determined the cause of the collapse.", "en", "determined", 0);
	infinitive("The council purchased the mill and plans to purchase the barn.", "en", "purchased", 0);
	infinitive("The guard was taken to hospital.", "en", "hospital", 1); /* a preposition read as
	                                                                   * "to": harmless, a lead */
	infinitive("Le conseil négociait pour tenter d'acheter le moulin.", "fr", "acheter", 1);
	infinitive("Les ingénieurs cherchent à déterminer la cause de l'effondrement.", "fr", "déterminer", 1);
	infinitive("Le conseil a acheté le moulin de la ville.", "fr", "acheté", 0);
	infinitive("Le conseil a acheté le moulin de la ville.", "fr", "ville", 0); /* "de la": no verb */
	infinitive("MAYOR IN TALKS TO CLOSE THE OLD MILL", "en", "CLOSE", 1);
	/* ---- per sentence: the negated head */
	neg_head("The chief said there had not been any recent threats to the chapel.", "en", "threats", 1);
	neg_head("The chief said there had not been any recent threats to the chapel.", "en", "recent", 0);
	neg_head("No injured workers were found in the depot.", "en", "workers", 1);
	neg_head("She wasn't the first tenant of the tower.", "en", "tenant", 1);
	neg_head("Le chef n'a signalé aucune menace récente contre la chapelle.", "fr", "menace", 1);
	neg_head("Le chef n'a signalé aucune menace récente contre la chapelle.", "fr", "récente", 0);
	neg_head("She said she didn't \" need to sell the farm \" at all.", "en", "need", 1);
	{
		sc_stmt_t st;
		if (!an("The driver denied speeding on the bridge.", "en", &st)) {
			CHECK(st.denial_head && st.denial_head == term_of(&st, "speeding"), "denial head");
			sc_cmp_stmt_free(&st);
		}
		if (!an("Le conducteur nie avoir roulé trop vite sur le pont.", "fr", &st)) {
			CHECK(st.denial_head && st.denial_head == term_of(&st, "roulé"), "denial head fr");
			sc_cmp_stmt_free(&st);
		}
		if (!an("No shots were fired at the depot, police said.", "en", &st)) {
			CHECK(st.neg_subject && st.neg_pred_at > 0 && st.neg_pred_at <= 9, "negated subject %d at %zu",
			      st.neg_subject, st.neg_pred_at);
			sc_cmp_stmt_free(&st);
		}
		if (!an("The guard did not fire at the depot.", "en", &st)) {
			CHECK(!st.neg_subject, "a negated verb is no negated subject");
			sc_cmp_stmt_free(&st);
		}
		if (!an("We want to repair the dam, not weaken it.", "en", &st)) {
			CHECK(!st.negated, "the contrast inside an infinitive is no main negation");
			sc_cmp_stmt_free(&st);
		}
		if (!an("Nous cherchons à réparer le barrage, pas à l'affaiblir.", "fr", &st)) {
			CHECK(!st.negated, "le contraste d'un infinitif n'est pas la négation principale");
			sc_cmp_stmt_free(&st);
		}
	}

	/* ---- cluster mode: an infinitive complement is not the opposite of a negation */
	lead_only("en", "The council had not purchased the Varne mill, the mayor said on Tuesday.",
	          "The council was negotiating to purchase the Varne mill, along with two barns.",
	          "a negation vs an intended purchase");
	lead_only("fr", "Le conseil n'a pas acheté le moulin de la Varne, a déclaré le maire mardi.",
	          "Le conseil négociait pour tenter d'acheter le moulin de la Varne et deux granges.",
	          "une négation contre un achat envisagé");
	lead_only("en", "The cause of the Varne mill fire has not been determined.",
	          "Inspectors were at the Varne mill on Monday trying to determine the cause of the fire.",
	          "not determined vs trying to determine");
	lead_only("fr", "La cause de l'incendie du moulin de la Varne n'a pas été déterminée.",
	          "Les inspecteurs cherchaient lundi à déterminer la cause de l'incendie du moulin de la Varne.",
	          "pas déterminée contre chercher à déterminer");
	no_conflict("en", "We should be looking for ways to improve the Varne dam rule, not weaken it, the mayor said.",
	          "The council weakened the Varne dam rule last month, critics said.",
	          "an elliptical contrast inside an infinitive");
	conflict("en", "The council had not purchased the Varne mill, the mayor said on Tuesday.",
	         "The council purchased the Varne mill on Monday, the notary said.",
	         "not purchased vs purchased");
	conflict("fr", "Le conseil n'a pas acheté le moulin de la Varne, a déclaré le maire mardi.",
	         "Le conseil a acheté le moulin de la Varne lundi, selon le notaire.",
	         "pas acheté contre acheté");

	/* ---- a denial needs its proposition on the other side */
	lead_only("en", "A man has denied arson after a fire at a Varne bakery early on Sunday.",
	          "Major fire at Varne bakery early on Sunday",
	          "a denial of arson vs a report of a fire");
	lead_only("fr", "Un homme a nié avoir incendié une boulangerie de la Varne dimanche matin.",
	          "Un violent incendie a ravagé une boulangerie de la Varne dimanche matin.",
	          "un démenti d'incendie volontaire contre le récit d'un incendie");
	/* against the deed asserted; against the charge only, the denial answers it and both
	 * hold (test_compare_charge18) */
	conflict("en", "A man has denied arson after a fire at a Varne bakery early on Sunday.",
	         "Police said the fire at the Varne bakery on Sunday was arson by a local man.",
	         "denied arson vs arson by a man");
	no_conflict("en", "A man has denied arson after a fire at a Varne bakery early on Sunday.",
	            "A man has been charged with arson after the fire at the Varne bakery on Sunday.",
	            "denied arson vs charged with arson");
	conflict("fr", "Un homme a nié avoir incendié une boulangerie de la Varne dimanche matin.",
	         "Selon la police, un homme a incendié une boulangerie de la Varne dimanche matin.",
	         "nie avoir incendié contre a incendié");

	/* a denied clause starts with its subject, which the other side may name otherwise ("the
	 * operator" / "the company"): the shared content decides */
	conflict("en", "The Varne ferry director denied that the operator had raised the fares for the night crossings.",
	         "The Varne ferry company had raised the fares for the night crossings in May, the union said.",
	         "denied that S vs S");
	conflict("fr", "La directrice des bacs de la Varne a démenti que l'exploitant ait augmenté les tarifs des traversées de nuit.",
	         "La compagnie des bacs de la Varne a augmenté les tarifs des traversées de nuit en mai, selon le syndicat.",
	         "a démenti que S contre S");

	/* what an anaphora inherits is mentioned, not asserted */
	lead_only("fr",
	          "Le maire de la Varne a assuré que le conseil n'avait commis aucune faute dans la vente du moulin. "
	          "Le conseil nie avoir commis une faute dans la vente du moulin de la Varne, selon son avocat.",
	          "Le conseil de la Varne a coopéré avec les inspecteurs et il lui est interdit de discuter ces accusations, selon son avocat.",
	          "un démenti contre une mention des accusations");

	/* ---- the head of a negated noun phrase, a negated subject and its predicate */
	no_conflict("en", "The warden noted that there had not been any recent threats to the Varne chapel.",
	          "She visited the Varne chapel after the fire to apologize for her recent remarks.",
	          "'recent' is no negated head");
	lead_only("en", "Neither Moreau nor his partner, Anna Ruiz, ever disputed the Varne mill deal.",
	          "Moreau and his partner Anna Ruiz approached the Varne mill deal from an odd angle.",
	          "a negated subject whose predicate the other side lacks");
	lead_only("fr", "Ni Moreau ni son associée, Anna Ruiz, n'ont jamais signé la vente du moulin de la Varne.",
	          "Moreau et son associée Anna Ruiz ont abordé la vente du moulin de la Varne sous un angle étrange.",
	          "un sujet nié dont l'autre côté n'a pas le prédicat");
	conflict("en", "No shots were fired at the Varne depot during the arrest, police said.",
	         "The guard fired three shots at the Varne depot during the arrest, witnesses said.",
	         "no shots fired vs shots fired");
	/* "Aucun blessé n'a été signalé" against "Trois blessés ont été signalés" is a count of
	 * none against three: a number conflict now (tests/test_compare_numrec.c) */

	/* ---- another object: the negated clause names one the other side does not */
	lead_only("en", "Boston has not made another offer to Varitek since Monday, the club said.",
	          "The Boston club has made Teixeira an offer worth 200 million dollars since Monday.",
	          "an offer to another player");
	lead_only("fr", "Le club de Lyon n'a pas fait d'offre à Moreau depuis lundi, selon son agent.",
	          "Le club de Lyon a fait une offre à Garnier depuis lundi, selon la presse.",
	          "une offre à un autre joueur");
	conflict("en", "Boston has not made an offer to Varitek since Monday, the club said.",
	         "Boston has made an offer to Varitek since Monday, his agent said.",
	         "no offer to Varitek vs an offer to Varitek");

	/* ---- quotes and beliefs */
	no_conflict("en", "I don't need to sell the Varne farm anymore.",
	          "After telling reporters that she didn't \" need to sell the Varne farm anymore, \" the owner sold it.",
	          "the same negation inside a quote");
	lead_only("en", "I don't think any charges will be filed over the Varne crash.",
	          "The driver said charges will be filed over the Varne crash.",
	          "a negated belief");
	lead_only("fr", "Je ne crois pas que des poursuites seront engagées après l'accident de la Varne.",
	          "Le procureur a annoncé que des poursuites seront engagées après l'accident de la Varne.",
	          "une croyance niée");
	sc_cmp_free(C);
	return CHECK_DONE();
}
