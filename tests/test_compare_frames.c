/* Count frames in cluster mode (conflict.c + quantity.c), on articles written for this test in
 * English and French: two counts of one thing conflict even when the sentences share no other
 * word (pairing from frames); killed against wounded, a part against a total, "several dozen"
 * against 40 do not; a "rose to" / "a grimpé à" figure is an update, not a conflict. */
#include "check.h"
#include "cmp_internal.h"

#include <stdlib.h>
#include <string.h>

static sc_cmp_t *C;

typedef struct res_s {
	sc_conflict_t *v;
	size_t n;
} res_t;

/* Runs cluster mode over texts (one document each, published on dates[i], may be NULL). */
static res_t run2(const char *lang, const char *t1, const char *d1, const char *t2, const char *d2)
{
	sc_det_doc_t docs[2];
	const char *t[2] = {t1, t2}, *d[2] = {d1, d2};
	static const char *ids[2] = {"a", "b"};
	for (int i = 0; i < 2; i++) {
		memset(&docs[i], 0, sizeof docs[i]);
		docs[i].doc.id = (char *)ids[i];
		docs[i].doc.text = (char *)t[i];
		docs[i].doc.len = strlen(t[i]);
		docs[i].doc.published = (char *)d[i];
		snprintf(docs[i].doc.lang, sizeof docs[i].doc.lang, "%s", lang);
	}
	uint32_t m[2] = {0, 1};
	res_t r = {NULL, 0};
	int rc = sc_cmp_cluster(C, docs, m, 2, 1, 0.5, &r.v, &r.n);
	CHECK(rc == SC_OK, "sc_cmp_cluster rc=%d", rc);
	return r;
}

static void res_free(res_t *r)
{
	for (size_t i = 0; i < r->n; i++) sc_cmp_conflict_free(&r->v[i]);
	free(r->v);
}

static void dump(const char *what, const res_t *r)
{
	for (size_t i = 0; i < r->n; i++)
		fprintf(stderr, "  [%s] %s %.3f %s  <>  %s\n", what, sc_cmp_kind_name(r->v[i].kind),
		        r->v[i].score, r->v[i].a.text, r->v[i].b.text);
}

/* exactly one conflict of kind `kind` (-1: none at all) */
static void expect(const char *what, const char *lang, const char *t1, const char *d1,
                   const char *t2, const char *d2, int kind)
{
	res_t r = run2(lang, t1, d1, t2, d2);
	if (kind < 0) {
		CHECK(r.n == 0, "%s: %zu conflicts, want none", what, r.n);
	} else {
		CHECK(r.n == 1 && r.v[0].kind == kind, "%s: %zu conflicts (first %s), want one %s", what,
		      r.n, r.n ? sc_cmp_kind_name(r.v[0].kind) : "-", sc_cmp_kind_name(kind));
	}
	if (sc_check_fail) dump(what, &r);
	res_free(&r);
}

int main(void)
{
	char err[512];
	if (sc_cmp_create(&C, NULL, err, sizeof err)) {
		fprintf(stderr, "sc_cmp_create: %s\n", err);
		return 1;
	}
	/* pairing from frames: no shared term but the counted thing */
	expect("crowd estimates", "en", "Police put the march at roughly 30,000.", NULL,
	       "As many as 20,000 took to the streets, organisers said.", NULL, SC_CONFLICT_NUMBER);
	expect("crowd estimates fr", "fr", "La police a compté 30 000 manifestants.", NULL,
	       "Selon les syndicats, le cortège a réuni 12 000 personnes.", NULL, SC_CONFLICT_NUMBER);
	expect("dead", "en", "The blast killed 4 people near the station.", NULL,
	       "Officials said 9 died in the explosion.", NULL, SC_CONFLICT_NUMBER);
	expect("dead fr", "fr", "L'explosion a fait 4 morts près de la gare.", NULL,
	       "Neuf personnes ont été tuées, selon la préfecture.", NULL, SC_CONFLICT_NUMBER);
	expect("magnitude", "en", "A magnitude 6.1 quake shook the island on Sunday.", NULL,
	       "The 5.4-magnitude tremor damaged the harbour.", NULL, SC_CONFLICT_NUMBER);
	/* killed vs wounded: two things */
	expect("killed vs wounded", "en", "The gunman killed 3 people at the market.", NULL,
	       "The gunman wounded 12 people at the market.", NULL, -1);
	expect("tués vs blessés", "fr", "Le tireur a tué 3 personnes au marché.", NULL,
	       "Le tireur a blessé 12 personnes au marché.", NULL, -1);
	/* a part against a total */
	expect("partial", "en", "The gunman shot seven co-workers, killing three of them.", NULL,
	       "The gunman killed five co-workers at the depot.", NULL, -1);
	expect("partiel", "fr", "Le tireur a blessé sept collègues et en a tué deux d'entre eux.", NULL,
	       "Le tireur a tué cinq collègues au dépôt.", NULL, -1);
	/* vague numbers */
	expect("several dozen vs 40", "en", "Police arrested several dozen protesters downtown.", NULL,
	       "Police arrested 40 protesters downtown.", NULL, -1);
	expect("des dizaines vs 40", "fr", "La police a interpellé des dizaines de manifestants.", NULL,
	       "La police a interpellé 40 manifestants.", NULL, -1);
	/* updates: an update cue, or a later article with the larger cumulative count */
	expect("rose to", "en", "The quake killed 12 people, officials said.", NULL,
	       "The death toll rose to 30 on Tuesday.", NULL, SC_CONFLICT_UPDATE);
	expect("a grimpé à", "fr", "Le séisme a fait 12 morts, selon les autorités.", NULL,
	       "Le bilan a grimpé à 30 morts mardi.", NULL, SC_CONFLICT_UPDATE);
	/* a later article's larger count, without a cue: still a conflict (see conflict.c) */
	expect("later article", "en", "The quake killed 12 people, officials said.", "2024-03-01",
	       "The quake killed 30 people, officials said.", "2024-03-03", SC_CONFLICT_NUMBER);
	expect("same day", "en", "The quake killed 12 people, officials said.", "2024-03-01",
	       "The quake killed 30 people, officials said.", "2024-03-01", SC_CONFLICT_NUMBER);
	/* ages: the same person, the same month */
	expect("ages", "en", "The driver, Paul Kemp, 42, was arrested.", "2024-03-01",
	       "Paul Kemp, 47, was charged with manslaughter.", "2024-03-02", SC_CONFLICT_NUMBER);
	expect("ages years apart", "en", "The driver, Paul Kemp, 42, was arrested.", "2022-03-01",
	       "Paul Kemp, 44, was sentenced on Friday.", "2024-03-02", -1);
	expect("other people", "en", "A 42-year-old man was arrested.", "2024-03-01",
	       "A 19-year-old woman was arrested.", "2024-03-01", -1);
	/* background: a count of another year */
	expect("background year", "en", "The quake killed 12 people, officials said.", "2024-03-01",
	       "In 2004 a quake in the region killed 300 people.", "2024-03-01", -1);
	sc_cmp_free(C);
	return CHECK_DONE();
}
