/* Denials that assert nothing against the cluster (issue 11, the denial-precision work of
 * doc/compare-claims.md section 10). Sentences written for this test, English and French:
 *   - a passive denial verb withholds ("the defence was denied a key witness", "her tenure had
 *     been denied"), unless its subject is a claim or its agent is named ("the reports were
 *     denied", "was denied by the ministry"); French "nier"/"démentir" keep their sense;
 *   - a dismissal adjective judges a claim only when said of one (English: after "be" or
 *     beside a claim noun; "false documents" qualify documents); followed by "of"/"de" it is
 *     composition ("made up of");
 *   - a denial is a conflict only when the other side asserts, in its own words, a content
 *     word of what is denied: names alone ("under Varne League rules") do not make a
 *     proposition; a claim named by a noun ("the allegations against Marsh") states nothing
 *     but what follows "of"/"de"/"that"/"que"/"selon lesquelles", or what an anaphora
 *     inherits. Such pairs are leads with the cue "lead:denies-unasserted".
 * Each rule has a positive control that must stay a denial or a conflict. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

static sc_cmp_t *C;

/* Whether s, analysed alone, is a denial (-1 on error). */
static int denial(const char *s, const char *lang)
{
	sc_stmt_t st;
	int rc = sc_cmp_analyse(C, s, strlen(s), lang, &st);
	CHECK(rc == SC_OK, "analyse rc=%d: %s", rc, s);
	if (rc) return -1;
	int d = st.denial;
	sc_cmp_stmt_free(&st);
	return d;
}

/* Denial findings of a two-document cluster: conflicts (score >= 0.5, not leads) and leads
 * carrying the cue why (conflict() reads only the conflicts, with why NULL). */
static void findings(const char *lang, const char *t1, const char *t2, const char *why,
                     size_t *conf, size_t *lead)
{
	sc_test_cmp_kind_count(C, lang, t1, t2, SC_CONFLICT_DENIAL, why, conf, lead);
}

static void lead_only(const char *lang, const char *t1, const char *t2, const char *what)
{
	size_t c, l;
	findings(lang, t1, t2, "lead:denies-unasserted", &c, &l);
	CHECK(c == 0, "%s: reported as a conflict (%zu)", what, c);
	CHECK(l >= 1, "%s: not a lead with lead:denies-unasserted", what);
}

static void conflict(const char *lang, const char *t1, const char *t2, const char *what)
{
	size_t c, l;
	findings(lang, t1, t2, NULL, &c, &l);
	CHECK(c == 1, "%s: %zu denial conflicts, want 1", what, c);
}

/* Sentences analysed alone: whether each is a denial (sc_stmt_t.denial). */
static const struct {
	const char *text, *lang;
	int denial;
	const char *what;
} DENIALS[] = {
    /* ---- a passive denial verb withholds */
    {"The defence was denied a key witness at the Varne trial, the lawyer said.", "en", 0,
     "passive: denied a witness"},
    {"Her tenure at the Varne college had been denied twice.", "en", 0,
     "passive: tenure had been denied"},
    {"The report on the Varne mill was denied by the ministry.", "en", 1,
     "passive with an agent is a denial"},
    {"The reports about the Varne mill were flatly denied on Monday.", "en", 1,
     "passive with a claim as subject is a denial"},
    {"The miller denied the theft at the Varne mill.", "en", 1, "active control"},
    {"Le vol au moulin de la Varne a été nié lors de l'audience.", "fr", 1,
     "French passive nier denies"},
    {"La rumeur sur le moulin de la Varne a été démentie par le ministère.", "fr", 1,
     "French passive démentir denies"},

    /* ---- a dismissal adjective judges a claim only when said of one */
    {"The report on the Varne estate is made up of three chapters.", "en", 0,
     "made up of: composition"},
    {"The reports on the Varne estate were made up, the mayor said.", "en", 1,
     "were made up: a dismissal"},
    {"The clerk submitted false documents to the Varne bank, the report says.", "en", 0,
     "false documents: an attribute of documents"},
    {"The allegations about the Varne bank are baseless, the clerk said.", "en", 1,
     "are baseless: a dismissal"},
    /* French keeps its former reading of the adjectives (the position gate cost DACCORD dev)
     * except for composition */
    {"Ces informations sur la banque de la Varne sont fausses, selon le commis.", "fr", 1,
     "sont fausses : un démenti"},
    {"Le commis qualifie d'allégations infondées le rapport sur la Varne.", "fr", 1,
     "allégations infondées : un démenti"},

    /* ---- the denied proposition must be asserted by the other side */
    /* (a pair whose only shared content is a name, on the unlabelled development topics,
     * became a lead with lead:denies-unasserted; our own sentences of that shape are not
     * even paired, so they test nothing here and were removed) */
    /* a passive denial with nothing withheld after it denies its subject (a review's own
     * sentences: "was officially denied on Thursday" had become no denial at all) */
    {"The arrest of the Glenmoor mayor was officially denied on Thursday.", "en", 1,
     "the arrest was denied on Thursday: a denial"},
    {"Involvement in the market bombing was strongly denied.", "en", 1,
     "involvement was strongly denied: a denial"},
    {"The Glenmoor mayor was denied bail on Thursday.", "en", 0,
     "denied bail: withheld, no denial"},
};

int main(void)
{
	if (sc_test_cmp_open(&C)) return 1;
	for (size_t i = 0; i < sizeof DENIALS / sizeof *DENIALS; i++)
		CHECK(denial(DENIALS[i].text, DENIALS[i].lang) == DENIALS[i].denial, "%s",
		      DENIALS[i].what);

	/* a day after the denial verb is when it was denied, not what ("a démenti lundi avoir
	 * fermé": the denied predicate is "fermé") */
	conflict("fr",
	         "Le ministère de l'Intérieur a démenti lundi avoir fermé le centre de rétention "
	         "de Lisle.",
	         "Le centre de rétention de Lisle a été fermé par le ministère de l'Intérieur, "
	         "selon des associations.",
	         "a démenti lundi avoir fermé / a été fermé");
	/* one voice's denial against its own statement: a change of position, a lead */
	{
		size_t c, l;
		findings("en",
		         "The Harlow bank denied that Peter Haas would resign as chief executive.",
		         "Peter Haas will resign as chief executive in June, the Harlow bank said.",
		         "lead:same-voice", &c, &l);
		CHECK(c == 0 && l == 1,
		      "one voice denies and asserts: %zu conflicts, %zu same-voice leads", c, l);
	}
	/* a dismissed claim named without its content: the words around it are its target */
	lead_only("en", "The allegations against Paul Marsh at the Varne club are unfounded, his lawyer said.",
	          "Paul Marsh joined the Varne club in March, prosecutors said.",
	          "allegations against X at the club vs X joined the club");
	lead_only("fr", "Les accusations visant Paul Marsh au club de la Varne sont infondées, selon son avocat.",
	          "Paul Marsh a rejoint le club de la Varne en mars, selon le parquet.",
	          "accusations visant X au club contre X a rejoint le club");
	/* ... and with its content stated ("rumours of", "reports that", "selon lesquelles") */
	conflict("en", "Paul Marsh called the rumours of a transfer to the Varne club baseless.",
	         "Paul Marsh agreed a transfer to the Varne club on Monday, his agent said.",
	         "rumours of a transfer vs a transfer");
	conflict("en", "Paul Marsh dismissed as baseless the reports that he took bribes at the Varne club.",
	         "Paul Marsh took bribes at the Varne club, prosecutors said.",
	         "reports that he took bribes vs took bribes");
	conflict("fr", "Les informations selon lesquelles Paul Marsh a touché des pots-de-vin au club de la Varne sont infondées, selon son avocat.",
	         "Paul Marsh a touché des pots-de-vin au club de la Varne, selon le parquet.",
	         "informations selon lesquelles X contre X");
	/* the deed asserted (a charge alone is answered by the denial: test_compare_charge18) */
	conflict("en", "A man has denied theft after a break-in at a Varne bakery early on Sunday.",
	         "The theft at the Varne bakery on Sunday was the work of a local man, police said.",
	         "denied theft vs the theft was his work");
	conflict("fr", "Le gérant nie avoir volé la caisse de la boulangerie de la Varne.",
	         "Le gérant a volé la caisse de la boulangerie de la Varne, selon la police.",
	         "nie avoir volé contre a volé");
	sc_cmp_free(C);
	return CHECK_DONE();
}
