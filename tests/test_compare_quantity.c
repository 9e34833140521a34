/* Quantities as frames (quantity.c): the number reading and what each number counts. Every
 * sentence here was written for this test, in English and in French.
 * With arguments: prints the frames of each argument sentence (a debugging aid), tests nothing. */
#include "check.h"
#include "cmp_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static sc_cmp_t *C;

static void dump(const char *s, const char *lang)
{
	sc_stmt_t st;
	if (sc_cmp_analyse(C, s, strlen(s), lang, &st)) return;
	printf("%s\n", s);
	for (size_t i = 0; i < st.nq; i++) {
		const sc_quant_t *q = &st.q[i];
		printf("  kind=%d v=%g [%g,%g] unit=%s cls=%s qual=%d partial=%d update=%d subj=%d "
		       "group=%d "
		       "head=%d place=%d '%.*s'\n",
		       q->kind, q->value, q->lo, q->hi, q->unit, sc_cmp_qclass_name(q->qcls),
		       q->qual, q->partial, q->update, q->subj != 0, q->group, q->head != 0,
		       q->place != 0, (int)(q->end - q->start), s + q->start);
	}
	sc_cmp_stmt_free(&st);
}

/* The first quantity of kind `kind` whose text starts with `at`. */
static int get(const char *s, const char *lang, int kind, const char *at, sc_stmt_t *st,
               const sc_quant_t **out)
{
	*out = NULL;
	int rc = sc_cmp_analyse(C, s, strlen(s), lang, st);
	CHECK(rc == SC_OK, "analyse rc=%d: %s", rc, s);
	if (rc) return rc;
	for (size_t i = 0; i < st->nq && !*out; i++)
		if (st->q[i].kind == kind && !strncmp(s + st->q[i].start, at, strlen(at))) *out = &st->q[i];
	CHECK(*out != NULL, "no quantity of kind %d at '%s': %s", kind, at, s);
	return *out ? 0 : -1;
}

/* a number frame: value interval [lo, hi] contains want_lo..want_hi, class, qualifier */
static void frame(const char *s, const char *lang, const char *at, double v, double lo, double hi,
                  const char *cls, int qual)
{
	sc_stmt_t st;
	const sc_quant_t *q;
	if (get(s, lang, SC_Q_NUMBER, at, &st, &q)) {
		sc_cmp_stmt_free(&st);
		return;
	}
	CHECK(fabs(q->value - v) < 1e-6, "value %g want %g: %s", q->value, v, s);
	/* exact numbers keep a rounding margin (2 %, half a unit) */
	double tol = 0.02 * fabs(v) + 0.5;
	CHECK(q->lo <= lo + 1e-6 && q->hi >= hi - 1e-6 && q->lo >= lo - tol && q->hi <= hi + tol,
	      "interval [%g,%g] want about [%g,%g]: %s", q->lo, q->hi, lo, hi, s);
	CHECK(!strcmp(sc_cmp_qclass_name(q->qcls), cls), "class '%s' want '%s': %s",
	      sc_cmp_qclass_name(q->qcls), cls, s);
	CHECK(q->qual == qual, "qual %d want %d: %s", q->qual, qual, s);
	sc_cmp_stmt_free(&st);
}

static void flags(const char *s, const char *lang, const char *at, int partial, int update, int subj)
{
	sc_stmt_t st;
	const sc_quant_t *q;
	if (!get(s, lang, SC_Q_NUMBER, at, &st, &q)) {
		CHECK(q->partial == partial, "partial %d want %d: %s", q->partial, partial, s);
		CHECK(q->update == update, "update %d want %d: %s", q->update, update, s);
		CHECK((q->subj != 0) == subj, "subject %d want %d: %s", q->subj != 0, subj, s);
	}
	sc_cmp_stmt_free(&st);
}

static void clk(const char *s, const char *lang, const char *at, double minutes, const char *unit)
{
	sc_stmt_t st;
	const sc_quant_t *q;
	if (!get(s, lang, SC_Q_CLOCK, at, &st, &q)) {
		CHECK(fabs(q->value - minutes) < 1e-6, "clock %g want %g: %s", q->value, minutes, s);
		CHECK(!strcmp(q->unit, unit), "zone '%s' want '%s': %s", q->unit, unit, s);
	}
	sc_cmp_stmt_free(&st);
}

/* no plain number is read at `at` (or it counts nothing known) */
static void no_class(const char *s, const char *lang)
{
	sc_stmt_t st;
	if (sc_cmp_analyse(C, s, strlen(s), lang, &st)) return;
	for (size_t i = 0; i < st.nq; i++)
		CHECK(!st.q[i].qcls, "class '%s' read: %s", sc_cmp_qclass_name(st.q[i].qcls), s);
	sc_cmp_stmt_free(&st);
}

int main(int argc, char **argv)
{
	char err[512];
	if (sc_cmp_create(&C, NULL, err, sizeof err)) {
		fprintf(stderr, "sc_cmp_create: %s\n", err);
		return 1;
	}
	if (argc > 1) {
		for (int i = 1; i < argc; i++) dump(argv[i], "");
		sc_cmp_free(C);
		return 0;
	}
	/* ---- what is counted: the word before, the words after, the phrase before */
	frame("The gunman opened fire, killing 3 and injuring 40.", "en", "3", 3, 3, 3, "killed", 0);
	frame("The gunman opened fire, killing 3 and injuring 40.", "en", "40", 40, 40, 40, "injured", 0);
	frame("Le tireur a ouvert le feu, tuant 3 personnes et blessant 40 autres.", "fr", "3", 3, 3, 3, "killed", 0);
	frame("Le tireur a ouvert le feu, tuant 3 personnes et blessant 40 autres.", "fr", "40", 40, 40, 40, "injured", 0);
	frame("Three people were killed and 40 were hurt in the blast.", "en", "Three", 3, 3, 3, "killed", 0);
	frame("Three people were killed and 40 were hurt in the blast.", "en", "40", 40, 40, 40, "injured", 0);
	frame("Sept blessés ont été évacués vers l'hôpital.", "fr", "Sept", 7, 7, 7, "injured", 0);
	/* "as many as N": the top of an estimate, at most N */
	frame("Organisers say as many as 20,000 took to the streets.", "en", "20,000", 20000, 0, 20000, "attending", SC_QQ_UPTO);
	frame("The police put the march at roughly 30,000.", "en", "30,000", 30000, 25000, 35000, "attending", SC_QC_NONE + SC_QQ_ABOUT);
	frame("La police a compté 30 000 manifestants dans le cortège.", "fr", "30 000", 30000, 30000, 30000, "attending", 0);
	/* "one" + noun */
	frame("One person died in the fire.", "en", "One", 1, 1, 1, "killed", 0);
	frame("L'accident a fait un mort sur la route.", "fr", "un", 1, 1, 1, "killed", 0);
	/* magnitudes, ages */
	frame("A magnitude 6.1 quake shook the valley.", "en", "6.1", 6.1, 6.1, 6.1, "magnitude", 0);
	frame("A 5.8-magnitude quake shook the valley.", "en", "5.8", 5.8, 5.8, 5.8, "magnitude", 0);
	frame("Un séisme de magnitude 6,1 a secoué la vallée.", "fr", "6,1", 6.1, 6.1, 6.1, "magnitude", 0);
	frame("The 42-year-old driver was arrested.", "en", "42", 42, 42, 42, "age", 0);
	frame("The 42 - year - old driver was arrested.", "en", "42", 42, 42, 42, "age", 0);
	frame("The driver, aged 42, was arrested.", "en", "42", 42, 42, 42, "age", 0);
	frame("Le conducteur, âgé de 42 ans, a été arrêté.", "fr", "42", 42, 42, 42, "age", 0);
	frame("The driver, Jim Holt, 42, was arrested.", "en", "42", 42, 42, 42, "age", 0);
	flags("The driver, Jim Holt, 42, was arrested.", "en", "42", 0, 0, 1);
	flags("Le conducteur, Marc Roux, 42 ans, a été arrêté.", "fr", "42", 0, 0, 1);
	/* dozens are at least 24, with no upper end (numfix, session 9); "a dozen" is about 12 */
	frame("Dozens of people were hurt.", "en", "Dozens", 12, 24, INFINITY, "injured", SC_QQ_VAGUE);
	frame("Police arrested several dozen people.", "en", "dozen", 12, 24, INFINITY, "arrested", SC_QQ_VAGUE);
	frame("Des dizaines de personnes ont été blessées.", "fr", "dizaines", 10, 20, INFINITY, "injured", SC_QQ_VAGUE);
	frame("Plusieurs centaines de manifestants ont défilé.", "fr", "centaines", 100, 200, INFINITY, "attending", SC_QQ_VAGUE);
	/* qualifiers */
	frame("At least 12 people were killed.", "en", "12", 12, 12, 121, "killed", SC_QQ_ATLEAST);
	frame("Au moins 12 personnes ont été tuées.", "fr", "12", 12, 12, 121, "killed", SC_QQ_ATLEAST);
	frame("Up to 12 people were injured.", "en", "12", 12, 0, 12, "injured", SC_QQ_UPTO);
	/* ranges and coordinated numbers */
	frame("Between 20 and 30 people were arrested.", "en", "20", 20, 20, 30, "arrested", SC_QQ_ABOUT);
	frame("Entre 20 et 30 personnes ont été interpellées.", "fr", "20", 20, 20, 30, "arrested", SC_QQ_ABOUT);
	frame("Police detained 20 to 30 people.", "en", "20", 20, 20, 30, "arrested", SC_QQ_ABOUT);
	frame("Two quakes of magnitude 7.6 and 7.4 hit the coast.", "en", "7.4", 7.4, 7.4, 7.4, "magnitude", 0);
	frame("Two quakes of magnitude 7.6 and 7.4 hit the coast.", "en", "7.6", 7.6, 7.6, 7.6, "magnitude", 0);
	/* partial counts, updates */
	flags("The gunman shot five co-workers, killing three of them.", "en", "three", 1, 0, 0);
	flags("Le tireur a blessé cinq collègues et en a tué deux d'entre eux.", "fr", "deux", 1, 0, 0);
	flags("The death toll rose to 30 on Monday.", "en", "30", 0, 1, 0);
	flags("Le bilan a grimpé à 30 morts lundi.", "fr", "30", 0, 1, 0);
	flags("The death toll was 30 on Monday.", "en", "30", 0, 0, 0);
	/* clock times */
	clk("The quake struck at 7: 35 am on Sunday.", "en", "7", 7 * 60 + 35, "");
	clk("Polls close at 9 p.m. ET on Tuesday.", "en", "9", 21 * 60, "et");
	clk("The shot was heard at 3: 30 p. m. near the school.", "en", "3", 15 * 60 + 30, "");
	clk("Le séisme a eu lieu à 21:30 heure locale.", "fr", "21", 21 * 60 + 30, "heure locale");
	/* no count class: nothing known is counted */
	no_class("He had 189 rushing yards and two touchdowns in his last two games.", "en");
	no_class("Les enquêteurs ont saisi 14 fusils et 31 chargeurs.", "fr");
	/* an article before a gathering names it, it counts no one ("une manifestation" is no
	 * count of 1 protester, "a march" none of 1 marcher) */
	no_class("Une manifestation a eu lieu devant la préfecture.", "fr");
	no_class("A march was held outside the city hall.", "en");
	sc_cmp_free(C);
	return CHECK_DONE();
}
