/* Cluster mode on documents written for this test (French and English): the conflicts that
 * must fire (denial, negation, number, antonym), each with its sources, and the pairs that must
 * not (unrelated statements, narrative inside one article, different predicates, boilerplate,
 * documents outside the cluster). */
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

static res_t run(const sc_det_doc_t *docs, const uint32_t *m, size_t n, double min)
{
	res_t r = {NULL, 0};
	int rc = sc_cmp_cluster(C, docs, m, n, 7, min, &r.v, &r.n);
	CHECK(rc == SC_OK, "sc_cmp_cluster rc=%d", rc);
	for (size_t i = 0; i < r.n; i++) {
		CHECK(r.v[i].cluster == 7, "cluster id stored");
		CHECK(r.v[i].score >= min && r.v[i].score <= 1, "score %g", r.v[i].score);
		CHECK(r.v[i].a.doc < r.v[i].b.doc ||
		          (r.v[i].a.doc == r.v[i].b.doc && r.v[i].a.start < r.v[i].b.start),
		      "a before b");
	}
	return r;
}

static void res_free(res_t *r)
{
	for (size_t i = 0; i < r->n; i++) sc_cmp_conflict_free(&r->v[i]);
	free(r->v);
	r->v = NULL;
	r->n = 0;
}

static void dump(const res_t *r)
{
	for (size_t i = 0; i < r->n; i++)
		fprintf(stderr, "  %s %.3f [%s] %s  <>  [%s] %s\n", sc_cmp_kind_name(r->v[i].kind),
		        r->v[i].score, r->v[i].a.source ? r->v[i].a.source : "-", r->v[i].a.text,
		        r->v[i].b.source ? r->v[i].b.source : "-", r->v[i].b.text);
}

/* The conflict whose sides contain both substrings (either order), or NULL. */
static const sc_conflict_t *find(const res_t *r, const char *x, const char *y)
{
	for (size_t i = 0; i < r->n; i++) {
		const sc_conflict_t *c = &r->v[i];
		if ((strstr(c->a.text, x) && strstr(c->b.text, y)) ||
		    (strstr(c->a.text, y) && strstr(c->b.text, x)))
			return c;
	}
	return NULL;
}

static const char *side_source(const sc_conflict_t *c, const char *text)
{
	const sc_claim_t *s = strstr(c->a.text, text) ? &c->a : &c->b;
	return s->source ? s->source : "";
}

static int mentions(const res_t *r, const char *x)
{
	for (size_t i = 0; i < r->n; i++)
		if (strstr(r->v[i].a.text, x) || strstr(r->v[i].b.text, x)) return 1;
	return 0;
}

/* What a cluster must give: no conflict between x and y (ABSENT), one (PRESENT, of kind `kind`,
 * ANY: of any kind), or none that mentions x at all (UNMENTIONED, y NULL). */
enum { ABSENT, PRESENT, UNMENTIONED };
#define ANY (-1)
typedef struct expect_s {
	int want;
	const char *x, *y;
	int kind;
	const char *what;
} expect_t;

/* Small clusters (one document a text, up to four; the id of a document is its text). */
static const struct {
	const char *lang;
	const char *t[4];
	expect_t e[3];
} CASES[] = {
	/* two subjects are two facts: no number conflict between two candidates' scores */
	{"fr",
	 {"Marie Dubois obtient 35 % des voix au premier tour du scrutin.",
	  "Jean Lefèvre obtient 28 % des voix au premier tour du scrutin. Marie Dubois obtient "
	  "31 % des voix au premier tour."},
	 {{ABSENT, "35 %", "28 %", ANY, "Dubois 35 vs Lefèvre 28"},
	  {PRESENT, "35 %", "31 %", ANY, "Dubois 35 vs Dubois 31"}}},
	/* a negation conflicts only with a statement that has what it negates */
	{"fr",
	 {"Les syndicats ont appelé à une nouvelle journée de mobilisation.",
	  "La mobilisation n'a pas faibli, assurent les syndicats.",
	  "La mobilisation des syndicats a nettement faibli, selon la police."},
	 {{ABSENT, "ont appelé", "pas faibli", ANY, "negation of another predicate"},
	  {PRESENT, "nettement faibli", "pas faibli", SC_CONFLICT_NEGATION, "faibli vs n'a pas faibli"}}},
	/* questions assert nothing; states at two different times are a change */
	{"fr",
	 {"Le pont de la Sauldre était fermé aux camions en 2020, selon la préfecture.",
	  "Le pont de la Sauldre est ouvert aux camions depuis 2023, selon la mairie.",
	  "Le pont de la Sauldre est-il ouvert aux camions ?",
	  "Le pont de la Sauldre n'est pas ouvert aux camions, selon un riverain."},
	 {{ABSENT, "en 2020", "depuis 2023", ANY, "2020 vs 2023 is a change over time"},
	  {UNMENTIONED, "est-il ouvert", NULL, ANY, "a question is no statement"},
	  {PRESENT, "depuis 2023", "n'est pas ouvert", ANY, "ouvert vs n'est pas ouvert"}}},
};

int main(void)
{
	if (sc_test_cmp_open(&C)) return 1;
	sc_det_doc_t d[8];
	/* ---- French: a report, its denial inside the same article, a money figure */
	sc_test_cmp_doc(&d[0], "fr-a", "fr", NULL,
	      "Le quotidien La Gazette a rapporté mardi que la municipalité de Villeneuve allait "
	      "fermer la piscine Jean-Bouin pour six mois. La mairie a démenti cette information. "
	      "Selon son porte-parole, Luc Henry, aucune fermeture de la piscine n'est prévue.");
	sc_test_cmp_doc(&d[1], "fr-b", "fr", NULL,
	      "La piscine Jean-Bouin de Villeneuve fermera ses portes pour six mois, selon La Gazette. "
	      "Les travaux de rénovation de la piscine coûteront 2 millions d'euros, a précisé "
	      "l'adjoint aux sports, Marc Petit.");
	sc_test_cmp_doc(&d[2], "fr-c", "fr", NULL,
	      "Les travaux de rénovation de la piscine Jean-Bouin coûteront 5 millions d'euros, "
	      "d'après le maire de Villeneuve, Paul Morel. Le marché de Noël de Villeneuve ouvrira "
	      "le 1er décembre. Il n'y aura pas de patinoire cette année.");
	uint32_t m3[3] = {0, 1, 2};
	res_t r = run(d, m3, 3, 0.5);
	const sc_conflict_t *c = find(&r, "a rapporté mardi", "a démenti");
	if (!c) c = find(&r, "a rapporté mardi", "aucune fermeture");
	CHECK(c != NULL, "report vs denial inside one article");
	if (c) {
		CHECK(strstr(side_source(c, "a rapporté"), "Gazette") != NULL, "report source '%s'",
		      side_source(c, "a rapporté"));
		CHECK(c->nshared > 0 && c->ncues > 0, "evidence");
	}
	c = find(&r, "2 millions", "5 millions");
	CHECK(c != NULL && c->kind == SC_CONFLICT_NUMBER, "2 vs 5 million euros");
	if (c) {
		CHECK(!strcmp(side_source(c, "2 millions"), "Marc Petit"), "source '%s'",
		      side_source(c, "2 millions"));
		CHECK(!strcmp(side_source(c, "5 millions"), "Paul Morel"), "source '%s'",
		      side_source(c, "5 millions"));
	}
	CHECK(!mentions(&r, "patinoire"), "an unrelated negation stays out");
	CHECK(!mentions(&r, "marché de Noël"), "an unrelated statement stays out");
	if (sc_check_fail) dump(&r);
	res_free(&r);

	/* ---- English: a claim and its denial across articles, an antonym, different predicates */
	sc_test_cmp_doc(&d[3], "en-a", "en", NULL,
	      "Northwind Airlines will cut 300 jobs at its Leeds maintenance base, the Yorkshire Post "
	      "reported on Monday. Three people died in the hangar fire last year.");
	sc_test_cmp_doc(&d[4], "en-b", "en", NULL,
	      "Northwind Airlines denied reports that it would cut jobs at its Leeds maintenance base. "
	      "Five people were injured in the hangar fire last year. Northwind Airlines posted record "
	      "profits in the first quarter.");
	sc_test_cmp_doc(&d[5], "en-c", "en", NULL,
	      "The city council voted to open the Riverside bridge to cyclists, the mayor said. "
	      "The factory did not open in 2020. It opened in 2021.");
	sc_test_cmp_doc(&d[6], "en-d", "en", NULL,
	      "The city council voted to close the Riverside bridge to cyclists, a council spokesman "
	      "said.");
	uint32_t m4[4] = {3, 4, 5, 6};
	r = run(d, m4, 4, 0.5);
	c = find(&r, "will cut 300 jobs", "denied reports");
	CHECK(c != NULL && c->kind == SC_CONFLICT_DENIAL, "claim vs denial");
	if (c) {
		CHECK(strstr(side_source(c, "will cut"), "Yorkshire Post") != NULL, "claim source '%s'",
		      side_source(c, "will cut"));
		CHECK(strstr(side_source(c, "denied"), "Northwind") != NULL, "denial source '%s'",
		      side_source(c, "denied"));
	}
	c = find(&r, "to open the Riverside", "to close the Riverside");
	CHECK(c != NULL && c->kind == SC_CONFLICT_ANTONYM, "open vs close");
	CHECK(!find(&r, "Three people died", "Five people were injured"),
	      "different predicates are no number conflict");
	CHECK(!find(&r, "did not open in 2020", "It opened in 2021"), "narrative in one article");
	CHECK(!mentions(&r, "record profits"), "shared names alone are no topic");
	if (sc_check_fail) dump(&r);
	res_free(&r);

	/* ---- small clusters written for one rule each */
	for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
		sc_det_doc_t e[4];
		uint32_t m[4];
		size_t n = 0;
		for (; n < 4 && CASES[i].t[n]; n++) {
			sc_test_cmp_doc(&e[n], CASES[i].t[n], CASES[i].lang, NULL, CASES[i].t[n]);
			m[n] = (uint32_t)n;
		}
		r = run(e, m, n, 0.5);
		for (const expect_t *x = CASES[i].e; x < CASES[i].e + 3 && x->what; x++) {
			const sc_conflict_t *f = x->y ? find(&r, x->x, x->y) : NULL;
			if (x->want == ABSENT) CHECK(!f, "%s", x->what);
			else if (x->want == UNMENTIONED) CHECK(!mentions(&r, x->x), "%s", x->what);
			else CHECK(f && (x->kind < 0 || f->kind == x->kind), "%s", x->what);
		}
		if (sc_check_fail) dump(&r);
		res_free(&r);
	}

	/* ---- a syndicated copy does not repeat a conflict */
	{
		sc_det_doc_t e[3];
		e[0] = d[3];
		e[1] = d[3];
		e[1].doc.id = "en-a-copy";
		e[2] = d[4];
		uint32_t m3c[3] = {0, 1, 2};
		r = run(e, m3c, 3, 0.5);
		size_t k = 0;
		for (size_t i = 0; i < r.n; i++)
			k += (strstr(r.v[i].a.text, "will cut 300") || strstr(r.v[i].b.text, "will cut 300")) &&
			     (strstr(r.v[i].a.text, "denied") || strstr(r.v[i].b.text, "denied"));
		CHECK(k == 1, "claim vs denial reported %zu times with a copy", k);
		res_free(&r);
	}

	/* ---- documents outside the cluster are not compared; boilerplate is left out */
	uint32_t one[1] = {6};
	r = run(d, one, 1, 0.0);
	CHECK(r.n == 0, "one document, one statement: %zu", r.n);
	res_free(&r);
	sc_test_cmp_doc(&d[7], "en-e", "en", NULL,
	      "The city council voted to open the Riverside bridge to cyclists, the mayor said.\n\n"
	      "Related: the city council voted to close the Riverside bridge to cyclists.");
	sc_span_t boiler = {82, d[7].doc.len};
	d[7].boiler = &boiler;
	d[7].nboiler = 1;
	uint32_t m1[1] = {7};
	r = run(d, m1, 1, 0.0);
	CHECK(r.n == 0, "boilerplate excluded: %zu", r.n);
	res_free(&r);
	d[7].nboiler = 0;
	r = run(d, m1, 1, 0.0);
	CHECK(r.n == 1, "without the boilerplate span the pair is seen: %zu", r.n);
	res_free(&r);
	/* min_score filters */
	r = run(d, m4, 4, 0.99);
	CHECK(r.n == 0, "min_score 0.99: %zu", r.n);
	res_free(&r);
	/* over time: off by default, labelled when on */
	uint32_t ca[1] = {5}, cb[1] = {6};
	r = (res_t){NULL, 0};
	CHECK(sc_cmp_cluster_over_time(C, d, ca, 1, 3, cb, 1, 0.0, &r.v, &r.n) == SC_OK && r.n == 0,
	      "over_time off");
	sc_cmp_set_over_time(C, 1);
	CHECK(sc_cmp_cluster_over_time(C, d, ca, 1, 3, cb, 1, 0.0, &r.v, &r.n) == SC_OK, "over_time");
	CHECK(r.n == 1 && r.v[0].kind == SC_CONFLICT_OVER_TIME && r.v[0].score <= 0.5,
	      "over_time conflict: %zu", r.n);
	res_free(&r);
	/* counts of one thing, however little else the sentences share (count_anchor); two
	 * counts that only share the word "personnes" are not */
	sc_test_cmp_doc(&d[0], "fire-a", "fr", NULL,
	      "Un incendie a ravagé mardi soir un entrepôt de Villeurbanne. Selon les pompiers du "
	      "Rhône, quatorze personnes ont été blessées, dont deux grièvement. Le stade voisin "
	      "avait accueilli 40 000 personnes dans l'après-midi.");
	sc_test_cmp_doc(&d[1], "fire-b", "fr", NULL,
	      "L'entrepôt de Villeurbanne a été détruit par les flammes mardi soir. Le feu a fait "
	      "sept blessés, dont un grave, a déclaré la préfecture du Rhône. Les pompiers ont "
	      "pris en charge 3 personnes légèrement intoxiquées.");
	uint32_t m2[2] = {0, 1};
	r = run(d, m2, 2, 0.0);
	c = find(&r, "quatorze personnes", "sept blessés");
	CHECK(c != NULL && c->kind == SC_CONFLICT_NUMBER, "14 injured vs 7 injured");
	if (c) {
		CHECK(!strcmp(side_source(c, "quatorze"), "pompiers du Rhône") &&
		          !strcmp(side_source(c, "sept blessés"), "préfecture du Rhône"),
		      "sources '%s', '%s'", side_source(c, "quatorze"), side_source(c, "sept blessés"));
	}
	CHECK(!find(&r, "40 000 personnes", "3 personnes"), "a crowd and the intoxicated");
	if (sc_check_fail) dump(&r);
	res_free(&r);
	sc_cmp_free(C);
	return CHECK_DONE();
}
