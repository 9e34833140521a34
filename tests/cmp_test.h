/* cmp_test.h: the comparator tests' one way to open a comparator (with or without the judge),
 * to make a document, to run cluster mode over a few one-paragraph documents, and to run the
 * cases of a case file (tests/cases/NAME.tsv: sc_test_judge_file, sc_test_claim_file). Only
 * test_compare_* include it: it uses the stage's private cmp_judge.h. */
#ifndef SC_CMP_TEST_H
#define SC_CMP_TEST_H

#include "check.h"
#include "cmp_judge.h"
#include "compare.h"
#include "detect.h"
#include "test_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CHECKs that c's sentence splitter cuts text into want: its sentences joined by '|', each
 * with offsets inside text. */
static inline void sc_test_split_is(sc_cmp_t *c, const char *text, const char *lang,
                                    const char *want)
{
	sc_sent_t *s = NULL;
	size_t cap = 0;
	long n = sc_cmp_sentences(c->lex, text, strlen(text), lang, &s, &cap);
	char got[4096] = "";
	size_t k = 0;
	for (long i = 0; i < n && k < sizeof got; i++) {
		k += (size_t)snprintf(got + k, sizeof got - k, "%s%.*s", i ? "|" : "",
		                      (int)(s[i].end - s[i].start), text + s[i].start);
		CHECK(s[i].start < s[i].end && s[i].end <= strlen(text), "offsets %zu %zu",
		      s[i].start, s[i].end);
	}
	CHECK(n > 0 && !strcmp(got, want), "\n  text: %s\n  got:  %s\n  want: %s", text, got, want);
	free(s);
}

/* d borrows id and text (they must outlive it); published may be NULL. */
static inline void sc_test_cmp_doc(sc_det_doc_t *d, const char *id, const char *lang,
                                   const char *published, const char *text)
{
	memset(d, 0, sizeof *d);
	d->doc.id = (char *)id;
	d->doc.text = (char *)text;
	d->doc.len = strlen(text);
	d->doc.published = (char *)published;
	snprintf(d->doc.lang, sizeof d->doc.lang, "%s", lang);
}

/* *c = a comparator on the built-in lexicons; on failure says why on stderr and returns
 * non-zero (the test cannot go on). */
static inline int sc_test_cmp_open(sc_cmp_t **c)
{
	char err[512];
	if (sc_cmp_create(c, NULL, err, sizeof err) == SC_OK) return 0;
	fprintf(stderr, "sc_cmp_create: %s\n", err);
	return 1;
}

/* A hand-built French statement for the judge's tests (no analysis): text and its terms
 * (borrowed), nothing else set; the caller sets polarity and the rest. */
static inline sc_stmt_t sc_test_stmt(const char *text, uint64_t *terms, size_t nt)
{
	sc_stmt_t s;
	memset(&s, 0, sizeof s);
	s.text = text;
	s.len = strlen(text);
	strcpy(s.lang, "fr");
	s.terms = terms;
	s.nterms = nt;
	return s;
}

/* *c = a comparator on the built-in lexicons, its creation a check of the test. Returns 0, or
 * non-zero when the test cannot go on. */
static inline int sc_test_cmp_open_checked(sc_cmp_t **c)
{
	char err[512] = "";
	*c = NULL;
	int rc = sc_cmp_create(c, NULL, err, sizeof err);
	CHECK(rc == SC_OK && *c, "sc_cmp_create: %s", err);
	/* the judge's tests: pair mode at the judge's own operating point, the default, set
	 * here so that they keep testing the judge whatever the default becomes (the F1 layer
	 * on top of it is tested by test_compare_pair8, which sets the point it wants) */
	if (*c) sc_cmp_set_operating_point(*c, SC_CMP_OP_PRECISION);
	return !*c;
}

/* *c = a comparator with the built-in judge model loaded (pair mode and the judge's tests);
 * both steps are checks of the test. Returns 0, or non-zero when the test cannot go on. */
static inline int sc_test_judge_open(sc_cmp_t **c)
{
	char err[512] = "";
	if (sc_test_cmp_open_checked(c)) return 1;
	CHECK(sc_cmp_judge_init(*c, NULL, 1, err, sizeof err) == SC_OK, "judge: %s", err);
	return 0;
}

#define SC_TEST_CMP_MAX 8
/* Cluster mode (as cluster 1, bar min_score) over n <= SC_TEST_CMP_MAX documents "d0", "d1", ...
 * in lang, document i holding text[i] and published on dates[i] (dates may be NULL: undated).
 * The findings go to *v, *nv (free each with sc_cmp_conflict_free, then the array). Returns
 * sc_cmp_cluster's code (SC_EPARAM when n is too large). */
static inline int sc_test_cmp_run(sc_cmp_t *c, const char *lang, const char *const *text,
                                  const char *const *dates, size_t n, double min_score,
                                  sc_conflict_t **v, size_t *nv)
{
	sc_det_doc_t docs[SC_TEST_CMP_MAX];
	uint32_t m[SC_TEST_CMP_MAX];
	static const char *const ids[SC_TEST_CMP_MAX] = {"d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7"};
	*v = NULL;
	*nv = 0;
	if (n > SC_TEST_CMP_MAX) return SC_EPARAM;
	for (size_t i = 0; i < n; i++) {
		sc_test_cmp_doc(&docs[i], ids[i], lang, dates ? dates[i] : NULL, text[i]);
		m[i] = (uint32_t)i;
	}
	return sc_cmp_cluster(c, docs, m, n, 1, min_score, v, nv);
}

/* A case of cluster mode over four one-sentence documents: whether the generic frames of t
 * must clash (clash 1) or not (clash 0); what the test checks of a clash is its own. */
typedef struct sc_test_group_s {
	const char *what, *lang;
	int clash;
	const char *t[4];
} sc_test_group_t;

/* Cluster mode as sc_test_cmp_run (undated): *hits = the findings whose cues name `cue`,
 * *leads = those of them that are leads. The findings are freed. Returns sc_cmp_cluster's
 * code. */
static inline int sc_test_cmp_cue_count(sc_cmp_t *c, const char *lang, const char *const *text,
                                        size_t n, double min_score, const char *cue, size_t *hits,
                                        size_t *leads)
{
	sc_conflict_t *v;
	size_t nv;
	int rc = sc_test_cmp_run(c, lang, text, NULL, n, min_score, &v, &nv);
	*hits = *leads = 0;
	for (size_t i = 0; i < nv; i++) {
		int has = 0;
		for (size_t k = 0; k < v[i].ncues; k++) has |= !strcmp(v[i].cues[k], cue);
		*hits += has;
		*leads += has && v[i].lead;
		sc_cmp_conflict_free(&v[i]);
	}
	free(v);
	return rc;
}

/* s analysed alone into *st (sc_cmp_stmt_free it); 0 on success, the failure CHECKed. */
static inline int sc_test_analyse(sc_cmp_t *c, const char *s, const char *lang, sc_stmt_t *st)
{
	int rc = sc_cmp_analyse(c, s, strlen(s), lang, st);
	CHECK(rc == SC_OK, "analyse rc=%d: %s", rc, s);
	return rc;
}

/* CHECKs that s, analysed alone, names want as its source (NULL: none). */
static inline void sc_test_source_is(sc_cmp_t *c, const char *s, const char *lang, const char *want)
{
	sc_stmt_t st;
	if (sc_test_analyse(c, s, lang, &st)) return;
	if (want)
		CHECK(st.source && !strcmp(st.source, want), "%s: source \"%s\", want \"%s\"", s,
		      st.source ? st.source : "(none)", want);
	else
		CHECK(!st.source, "%s: source \"%s\", want none", s, st.source);
	sc_cmp_stmt_free(&st);
}

/* CHECKs s's polarity, analysed alone: negated and denial 0 or 1 (-1: not checked). */
static inline void sc_test_polarity_is(sc_cmp_t *c, const char *s, const char *lang, int negated,
                                       int denial)
{
	sc_stmt_t st;
	if (sc_test_analyse(c, s, lang, &st)) return;
	if (negated >= 0)
		CHECK(!!st.negated == negated, "%s: negated %d, want %d", s, st.negated, negated);
	if (denial >= 0)
		CHECK(!!st.denial == denial, "%s: denial %d, want %d", s, st.denial, denial);
	sc_cmp_stmt_free(&st);
}

/* Findings printed on stderr with their kind, score, lead flag, texts and cues: what a failed
 * check shows. */
static inline void sc_test_cmp_dump(const char *what, const sc_conflict_t *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		fprintf(stderr, "  [%s] %s %.3f lead %d %s <> %s |", what, sc_cmp_kind_name(v[i].kind),
		        v[i].score, v[i].lead, v[i].a.text, v[i].b.text);
		for (size_t k = 0; k < v[i].ncues; k++)
			fprintf(stderr, " %s", v[i].cues[k]);
		fprintf(stderr, "\n");
	}
}

/* Frees n findings and their array. */
static inline void sc_test_cmp_free(sc_conflict_t *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sc_cmp_conflict_free(&v[i]);
	free(v);
}

/* The findings of one run of sc_test_cmp_two. */
typedef struct sc_test_res_s {
	sc_conflict_t *v;
	size_t n;
} sc_test_res_t;

/* Cluster mode (sc_test_cmp_run, bar min_score) over two one-paragraph documents t1, t2 in
 * lang, both published on `day` (NULL: undated); checks that the run succeeded. Release the
 * result with sc_test_res_done. */
static inline sc_test_res_t sc_test_cmp_two(sc_cmp_t *c, const char *lang, const char *t1,
                                            const char *t2, const char *day, double min_score)
{
	const char *t[2] = {t1, t2}, *d[2] = {day, day};
	sc_test_res_t r;
	int rc = sc_test_cmp_run(c, lang, t, d, 2, min_score, &r.v, &r.n);
	CHECK(rc == SC_OK, "sc_cmp_cluster rc=%d", rc);
	return r;
}

/* One kind's findings in cluster mode over two undated documents t1, t2 (sc_test_cmp_two, bar
 * 0): *conf = its conflicts scored 0.5 or more (storycheck detect's default bar), *lead = its
 * leads whose cues include lead_cue (every lead of the kind when lead_cue is NULL). */
static inline void sc_test_cmp_kind_count(sc_cmp_t *c, const char *lang, const char *t1,
                                          const char *t2, int kind, const char *lead_cue,
                                          size_t *conf, size_t *lead)
{
	sc_test_res_t r = sc_test_cmp_two(c, lang, t1, t2, NULL, 0.0);
	*conf = *lead = 0;
	for (size_t i = 0; i < r.n; i++) {
		if (r.v[i].kind != kind) continue;
		int cue = !lead_cue;
		for (size_t k = 0; k < r.v[i].ncues && !cue; k++)
			cue = !strcmp(r.v[i].cues[k], lead_cue);
		if (r.v[i].lead)
			*lead += cue;
		else
			*conf += r.v[i].score >= 0.5;
	}
	sc_test_cmp_free(r.v, r.n);
}

/* Frees r's findings, printing them first (sc_test_cmp_dump, tagged `what`) once any check of
 * the test has failed: what a failed check shows. */
static inline void sc_test_res_done(const char *what, sc_test_res_t *r)
{
	if (sc_check_fail) sc_test_cmp_dump(what, r->v, r->n);
	sc_test_cmp_free(r->v, r->n);
	r->v = NULL;
	r->n = 0;
}

/* How many findings of kind (conflicts and leads alike) cluster mode gives over two undated
 * one-paragraph documents t1, t2 in lang (bar 0); the run's success is a check. */
static inline size_t sc_test_cmp_kind_findings(sc_cmp_t *c, const char *lang, const char *t1,
                                               const char *t2, int kind)
{
	const char *t[2] = {t1, t2};
	sc_conflict_t *v;
	size_t n, k = 0;
	CHECK(sc_test_cmp_run(c, lang, t, NULL, 2, 0.0, &v, &n) == SC_OK, "cluster");
	for (size_t i = 0; i < n; i++) k += v[i].kind == kind;
	sc_test_cmp_free(v, n);
	return k;
}

/* A polarity case of the claim tests: s in lang must read negated (0 or 1). */
typedef struct sc_test_pol_case_s {
	const char *s, *lang;
	int negated;
} sc_test_pol_case_t;

/* CHECKs the polarity (sc_test_polarity_is, negated only) of each of the n cases of v. */
static inline void sc_test_polarity_cases(sc_cmp_t *c, const sc_test_pol_case_t *v, size_t n)
{
	for (size_t i = 0; i < n; i++) sc_test_polarity_is(c, v[i].s, v[i].lang, v[i].negated, 0);
}

/* The plain numbers (SC_Q_NUMBER) of s, analysed alone, whose value is v (to 1e-9), and only
 * those read as ranks when ranks_only; *first (may be NULL) = the first of them. -1 when the
 * analysis failed (a failed check). */
static inline int sc_test_count_value(sc_cmp_t *c, const char *s, const char *lang, double v,
                                      int ranks_only, sc_quant_t *first)
{
	sc_stmt_t st;
	if (sc_test_analyse(c, s, lang, &st)) return -1;
	int k = 0;
	for (size_t i = 0; i < st.nq; i++) {
		double d = st.q[i].value - v;
		if (st.q[i].kind != SC_Q_NUMBER || d >= 1e-9 || d <= -1e-9) continue;
		if (ranks_only && !st.q[i].rank) continue;
		if (!k && first) *first = st.q[i];
		k++;
	}
	sc_cmp_stmt_free(&st);
	return k;
}

/* Cluster mode (sc_test_cmp_run, bar min_score; its success a check) over n documents t, dated
 * d (NULL: undated): how many findings of kind, every one, or (conflicts_only) only the
 * conflicts scored 0.5 or more that are not leads. The findings are printed (tagged `tag`)
 * when some were found and a check of the test has failed. */
static inline size_t sc_test_kind_findings(sc_cmp_t *c, const char *tag, const char *lang,
                                           const char *const *t, const char *const *d, size_t n,
                                           double min_score, int kind, int conflicts_only)
{
	sc_conflict_t *v;
	size_t nv, k = 0;
	int rc = sc_test_cmp_run(c, lang, t, d, n, min_score, &v, &nv);
	CHECK(rc == SC_OK, "sc_cmp_cluster rc=%d", rc);
	for (size_t i = 0; i < nv; i++)
		k += v[i].kind == kind && !(conflicts_only && (v[i].lead || v[i].score < 0.5));
	if (k && sc_check_fail) sc_test_cmp_dump(tag, v, nv);
	sc_test_cmp_free(v, nv);
	return k;
}

/* CHECKs that cluster mode over two documents x and y, dated dx and dy, finds some conflict
 * (a finding scored 0.5 or more that is no lead) of kind when want, else none. */
static inline void sc_test_clash_is(sc_cmp_t *c, const char *what, const char *lang, const char *x,
                                    const char *dx, const char *y, const char *dy, int kind,
                                    int want)
{
	const char *const t[2] = {x, y}, *const d[2] = {dx, dy};
	size_t k = sc_test_kind_findings(c, what, lang, t, d, 2, 0.5, kind, 1);
	CHECK((k > 0) == want, "%s: %zu %s conflicts, want %s", what, k, sc_cmp_kind_name(kind),
	      want ? "some" : "none");
}

/* CHECKs k findings (named `found`) of the case `what`: at least one when some, else none. */
static inline void sc_test_expect(const char *what, const char *found, int some, size_t k)
{
	if (some)
		CHECK(k >= 1, "%s: no %s", what, found);
	else
		CHECK(k == 0, "%s: %zu %s, want none", what, k, found);
}

/* A case over two one-sentence documents a, b: whether they must give one thing, a
 * conflict... (yes 1 or 0); what yes means is the test's own. */
typedef struct sc_test_pair_s {
	const char *what, *lang;
	int yes;
	const char *a, *b;
} sc_test_pair_t;

/* CHECKs p's conflicts of kind in cluster mode over a, b (sc_test_cmp_kind_count: not leads,
 * scored 0.5 or more): at least one when p->yes, else none. */
static inline void sc_test_pair_expect(sc_cmp_t *c, const sc_test_pair_t *p, int kind,
                                       const char *found)
{
	size_t conf, lead;
	sc_test_cmp_kind_count(c, p->lang, p->a, p->b, kind, NULL, &conf, &lead);
	sc_test_expect(p->what, found, p->yes, conf);
}

/* The number tests' two tables: each pair must give a number conflict or not
 * (sc_test_pair_expect), each group of four undated documents number findings or not
 * (sc_test_kind_findings, its dump tagged `tag`); when strict, a group that must not clash
 * counts only its conflicts (not leads, scored 0.5 or more). */
static inline void sc_test_number_tables(sc_cmp_t *c, const char *tag, const sc_test_pair_t *p,
                                         size_t np, const sc_test_group_t *g, size_t ng,
                                         int strict)
{
	for (size_t i = 0; i < np; i++)
		sc_test_pair_expect(c, &p[i], SC_CONFLICT_NUMBER, "number conflicts");
	for (size_t i = 0; i < ng; i++)
		sc_test_expect(g[i].what, "number findings", g[i].clash,
		               sc_test_kind_findings(c, tag, g[i].lang, g[i].t, NULL, 4, 0.0,
		                                     SC_CONFLICT_NUMBER, strict && !g[i].clash));
}

/* A case of pair mode (sc_cmp_pair) on premise p and hypothesis h in lang: whether the judge
 * must find a contradiction, and of what kind (-1: any). */
typedef struct sc_test_judge_case_s {
	const char *what, *lang, *p, *h;
	int contradiction; /* 1: contradiction, 0: compatible */
	int kind;          /* the kind a contradiction must have, -1: any */
} sc_test_judge_case_t;

/* CHECKs pair mode on each of the n cases of v (the table named `table` in messages): it runs,
 * and gives the contradiction (of the kind) or the compatibility the case wants. */
static inline void sc_test_judge_cases(sc_cmp_t *c, const char *table,
                                       const sc_test_judge_case_t *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		sc_judgement_t j;
		int rc = sc_cmp_pair(c, v[i].p, strlen(v[i].p), v[i].h, strlen(v[i].h), v[i].lang, &j);
		CHECK(rc == SC_OK, "%s %zu (%s): rc %d", table, i, v[i].what, rc);
		if (rc) continue;
		CHECK(j.contradiction == v[i].contradiction &&
		          (!v[i].contradiction || v[i].kind < 0 || j.kind == v[i].kind),
		      "%s %zu (%s): want %s (kind %d), got %s kind %d score %.4f cues [%s]", table, i,
		      v[i].what, v[i].contradiction ? "contradiction" : "compatible", v[i].kind,
		      j.contradiction ? "contradiction" : "compatible", j.kind, j.score, j.cues);
	}
}

/* A case file's own faults (unreadable, a row with the wrong number of fields, a value the
 * runner does not know) fail the test; a file without fault adds no check of its own, so a
 * test counts the checks of its cases only. */
#define SC_TEST_CASES_FAULT(...) CHECK(0, __VA_ARGS__)

/* The kind named (sc_cmp_kind_name), SC_CONFLICT_NKINDS when none is. */
static inline int sc_test_kind_of(const char *name)
{
	int k = 0;
	while (k < SC_CONFLICT_NKINDS && strcmp(sc_cmp_kind_name(k), name)) k++;
	return k;
}

/* Opens the case file at path for a runner: 0, or -1 (a fault). A file with no row (empty,
 * truncated, comments only) is a fault too: a runner must never pass on zero checks. */
static inline int sc_test_cases_open(const char *path, sc_test_tsv_t *t)
{
	if (sc_test_tsv_read(path, t)) {
		SC_TEST_CASES_FAULT("%s: cannot read the cases", path);
		return -1;
	}
	if (t->n) return 0;
	SC_TEST_CASES_FAULT("%s: no case in the file", path);
	sc_test_tsv_free(t);
	return -1;
}

/* Whether the row has nf fields (else a fault naming it). */
static inline int sc_test_row_ok(const char *path, const sc_test_row_t *r, size_t nf)
{
	if (r->nf != nf) SC_TEST_CASES_FAULT("%s:%d: %zu fields, want %zu", path, r->line, r->nf, nf);
	return r->nf == nf;
}

/* A runner whose cases are all data: the judge's cases of path (sc_test_judge_file), then a
 * check that the whole file was read, want_en English and want_fr French rows (a file cut
 * short or a language gone shows as a count). Returns the exit status. */
static inline void sc_test_judge_file(sc_cmp_t *c, const char *path);
static inline int sc_test_judge_langs(const char *path, size_t want_en, size_t want_fr)
{
	sc_cmp_t *c = NULL;
	sc_test_tsv_t t;
	size_t n = 0, nen = 0, nfr = 0;
	if (sc_test_judge_open(&c)) return CHECK_DONE();
	sc_test_judge_file(c, path);
	if (!sc_test_cases_open(path, &t)) {
		for (size_t i = 0; i < t.n; i++)
			if (sc_test_row_ok(path, &t.row[i], 5)) {
				n++;
				nen += !strcmp(t.row[i].f[1], "en");
				nfr += !strcmp(t.row[i].f[1], "fr");
			}
		sc_test_tsv_free(&t);
	}
	CHECK(n == want_en + want_fr && nen == want_en && nfr == want_fr,
	      "%s: %zu rows (%zu en, %zu fr), want %zu (%zu, %zu)", path, n, nen, nfr,
	      want_en + want_fr, want_en, want_fr);
	sc_cmp_free(c);
	return CHECK_DONE();
}

/* The judge's cases of the file at path (tests/cases/, format in test_util.h), each of its
 * tables in turn through sc_test_judge_cases. A row: what, lang, premise, hypothesis, and what
 * the judge must answer: "compatible", "contradiction" (of any kind), or a contradiction of
 * the kind named (sc_cmp_kind_name: "antonym", "number", "negation"...). */
static inline void sc_test_judge_file(sc_cmp_t *c, const char *path)
{
	sc_test_tsv_t t;
	if (sc_test_cases_open(path, &t)) return;
	sc_test_judge_case_t *v = calloc(t.n ? t.n : 1, sizeof *v);
	if (!v) SC_TEST_CASES_FAULT("%s: out of memory", path);
	for (size_t i = 0, n = 0; v && i < t.n; i++) {
		const sc_test_row_t *r = &t.row[i];
		if (sc_test_row_ok(path, r, 5)) {
			sc_test_judge_case_t *k = &v[n++];
			*k = (sc_test_judge_case_t){r->f[0], r->f[1], r->f[2], r->f[3], 1, -1};
			if (!strcmp(r->f[4], "compatible")) {
				k->contradiction = 0;
			} else if (strcmp(r->f[4], "contradiction")) {
				k->kind = sc_test_kind_of(r->f[4]);
			}
			if (k->kind >= SC_CONFLICT_NKINDS) {
				SC_TEST_CASES_FAULT("%s:%d: unknown answer \"%s\"", path, r->line, r->f[4]);
				n--;
			}
		}
		if (i + 1 == t.n || strcmp(t.row[i + 1].table, r->table)) { /* the table's last row */
			sc_test_judge_cases(c, r->table, v, n);
			n = 0;
		}
	}
	free(v);
	sc_test_tsv_free(&t);
}

/* The SC_MOD_* value named, -1 when none is. */
static inline int sc_test_modality_of(const char *name)
{
	static const char *const names[] = {"asserted",    "reported", "denied",  "hypothetical",
	                                    "conditional", "unknown",  "rumoured"};
	for (int m = 0; m < (int)(sizeof names / sizeof *names); m++)
		if (!strcmp(names[m], name)) return m;
	return -1;
}

/* The "claim" rows of the file at path (claim LANG SENTENCE NEGATED MODALITY NONASSERTIVE):
 * negated, modality and nonassertive of the sentence analysed alone. */
static inline void sc_test_claim_rows(sc_cmp_t *c, const char *path)
{
	sc_test_tsv_t t;
	if (sc_test_cases_open(path, &t)) return;
	for (size_t i = 0; i < t.n; i++) {
		const sc_test_row_t *r = &t.row[i];
		char *const *f = r->f;
		if (strcmp(f[0], "claim")) {
			SC_TEST_CASES_FAULT("%s:%d: unknown check \"%s\"", path, r->line, f[0]);
			continue;
		}
		if (!sc_test_row_ok(path, r, 6)) continue;
		const int mod = sc_test_modality_of(f[4]);
		if (mod < 0) {
			SC_TEST_CASES_FAULT("%s:%d: modality \"%s\"?", path, r->line, f[4]);
			continue;
		}
		sc_stmt_t st;
		if (sc_test_analyse(c, f[2], f[1], &st)) continue;
		CHECK(!!st.negated == atoi(f[3]) && st.modality == mod &&
		          !!st.nonassertive == atoi(f[5]),
		      "%s:%d: %s: negated %d modality %d nonassertive %d, want %s %s %s", path, r->line,
		      f[2], st.negated, st.modality, st.nonassertive, f[3], f[4], f[5]);
		sc_cmp_stmt_free(&st);
	}
	sc_test_tsv_free(&t);
}

/* A "cluster" row of a claim file (see sc_test_claim_file), its check run. */
static inline void sc_test_cluster_row(sc_cmp_t *c, const char *path, const sc_test_row_t *r)
{
	char *const *f = r->f;
	const char *t[SC_TEST_CMP_MAX], *d[SC_TEST_CMP_MAX], *base = strrchr(path, '/');
	char tag[64];
	const size_t n = r->nf < 9 ? 0 : r->nf - 8;
	const int kind = n ? sc_test_kind_of(f[3]) : 0, some = n && !strcmp(f[4], "some"),
	          only = n && !strcmp(f[6], "conflicts");
	if (!n || n > SC_TEST_CMP_MAX || kind == SC_CONFLICT_NKINDS ||
	    (!some && strcmp(f[4], "none")) || (!only && strcmp(f[6], "all"))) {
		SC_TEST_CASES_FAULT("%s:%d: not a cluster row", path, r->line);
		return;
	}
	for (size_t i = 0; i < n; i++) { /* "DATE|TEXT": a document published on DATE */
		char *doc = f[8 + i], *bar = strchr(doc, '|');
		if (bar) *bar = '\0';
		d[i] = bar ? doc : NULL;
		t[i] = bar ? bar + 1 : doc;
	}
	snprintf(tag, sizeof tag, "%.*s", (int)strcspn(base ? base + 1 : path, "."),
	         base ? base + 1 : path); /* the file's name: tests/cases/numbers3.tsv, numbers3 */
	sc_test_expect(f[2], f[7], some,
	               sc_test_kind_findings(c, tag, f[1], t, d, n, strtod(f[5], NULL), kind, only));
}

/* The claim checks of the file at path (tests/cases/, format in test_util.h), in order. A row
 * is one check, named by its first field:
 *   source    LANG SENTENCE SPEAKER           sc_test_source_is (SPEAKER "-": none)
 *   polarity  LANG SENTENCE NEGATED DENIAL    sc_test_polarity_is (0, 1; -1: not checked)
 *   findings  LANG A B KIND none|some WHY     sc_test_cmp_kind_findings of KIND (its name,
 *                                             sc_cmp_kind_name) is 0, or at least 1; WHY is the
 *                                             check's message
 *   count     LANG SENTENCE VALUE RANKS N WHY  sc_test_count_value of VALUE (ranks only when
 *                                             RANKS is 1) is N; WHY is the check's message
 *   cluster   LANG WHAT KIND some|none BAR all|conflicts FOUND DOC...
 *             cluster mode over the documents DOC (one to SC_TEST_CMP_MAX, each "TEXT" or
 *             "DATE|TEXT", published on DATE), findings scored BAR or more: some, or none, of
 *             KIND (sc_test_kind_findings, counting every finding or only the conflicts scored
 *             0.5 or more; sc_test_expect, WHAT the case, FOUND what it names them) */
static inline void sc_test_claim_file(sc_cmp_t *c, const char *path)
{
	sc_test_tsv_t t;
	if (sc_test_cases_open(path, &t)) return;
	for (size_t i = 0; i < t.n; i++) {
		const sc_test_row_t *r = &t.row[i];
		char *const *f = r->f;
		if (!strcmp(f[0], "source") && sc_test_row_ok(path, r, 4)) {
			sc_test_source_is(c, f[2], f[1], strcmp(f[3], "-") ? f[3] : NULL);
		} else if (!strcmp(f[0], "polarity") && sc_test_row_ok(path, r, 5)) {
			sc_test_polarity_is(c, f[2], f[1], atoi(f[3]), atoi(f[4]));
		} else if (!strcmp(f[0], "findings") && sc_test_row_ok(path, r, 7)) {
			const int kind = sc_test_kind_of(f[4]), some = !strcmp(f[5], "some");
			if (kind == SC_CONFLICT_NKINDS || (!some && strcmp(f[5], "none"))) {
				SC_TEST_CASES_FAULT("%s:%d: kind %s, %s?", path, r->line, f[4], f[5]);
				continue;
			}
			const size_t k = sc_test_cmp_kind_findings(c, f[1], f[2], f[3], kind);
			CHECK(some ? k >= 1 : k == 0, "%s", f[6]);
		} else if (!strcmp(f[0], "count") && sc_test_row_ok(path, r, 7)) {
			CHECK(sc_test_count_value(c, f[2], f[1], strtod(f[3], NULL), atoi(f[4]), NULL) ==
			          atoi(f[5]),
			      "%s", f[6]);
		} else if (!strcmp(f[0], "cluster")) {
			sc_test_cluster_row(c, path, r);
		} else if (strcmp(f[0], "source") && strcmp(f[0], "polarity") && strcmp(f[0], "findings") &&
		           strcmp(f[0], "count")) {
			SC_TEST_CASES_FAULT("%s:%d: unknown check \"%s\"", path, r->line, f[0]);
		}
	}
	sc_test_tsv_free(&t);
}

/* A claim test's whole run: a comparator, the checks of the file at path, then CHECK_DONE's
 * exit status (1 when no comparator can be made). */
static inline int sc_test_claim_main(const char *path)
{
	sc_cmp_t *c;
	if (sc_test_cmp_open(&c)) return 1;
	sc_test_claim_file(c, path);
	sc_cmp_free(c);
	return CHECK_DONE();
}

#endif
