/* test_report_build.c: sc_rep_build_result over a hand-made detect result given out of order:
 * sorting, ids, cross references, number format, context windows, determinism. */
#include "check.h"
#include "report.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *TEXT_A =
    "Préambule. Les deux délégations se sont rencontrées à Doha, selon le Washington Post. "
    "Fin.";
static const char *TEXT_B = "Zakharova a démenti toute négociation. Rien d'autre.";

static char *dup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void mkdoc(sc_det_doc_t *d, const char *id, const char *text, const char *lang)
{
	memset(d, 0, sizeof *d);
	d->doc.id = dup(id);
	d->doc.text = dup(text);
	d->doc.len = text ? strlen(text) : 0;
	d->doc.bytes_in = d->doc.len;
	snprintf(d->doc.lang, sizeof d->doc.lang, "%s", lang);
	d->tokens = 10;
}

static void freedoc(sc_doc_t *d)
{
	free(d->id);
	free(d->text);
	free(d->title);
	free(d->source);
	free(d->url);
}

static const cJSON *at(const cJSON *a, int i)
{
	return cJSON_GetArrayItem(a, i);
}
static const char *s_of(const cJSON *o, const char *k)
{
	const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, k);
	return cJSON_IsString(x) ? x->valuestring : "(none)";
}

/* schema, version and the params copied, LSH plans added */
static void check_head(const cJSON *rep)
{
	CHECK(!strcmp(s_of(rep, "schema"), SC_REP_SCHEMA), "schema %s", s_of(rep, "schema"));
	const cJSON *tool = cJSON_GetObjectItem(rep, "tool");
	CHECK(!strcmp(s_of(tool, "version"), SC_VERSION), "version");
	const cJSON *lsh = cJSON_GetObjectItem(cJSON_GetObjectItem(tool, "params"), "lsh");
	CHECK(cJSON_GetObjectItem(cJSON_GetObjectItem(lsh, "event"), "b")->valuedouble == 64,
	      "event plan b");
	CHECK(cJSON_GetObjectItem(cJSON_GetObjectItem(tool, "params"), "k")->valuedouble == 128,
	      "params copied");
}

/* documents sorted by id */
static void check_documents(const cJSON *rep)
{
	const cJSON *d = cJSON_GetObjectItem(rep, "documents");
	CHECK(cJSON_GetArraySize(d) == 3, "3 documents");
	CHECK(!strcmp(s_of(at(d, 0), "id"), "a") && !strcmp(s_of(at(d, 1), "id"), "b") &&
	          !strcmp(s_of(at(d, 2), "id"), "c"),
	      "documents sorted");
	CHECK(cJSON_GetArraySize(cJSON_GetObjectItem(at(d, 0), "boilerplate")) == 1,
	      "boilerplate span");
	CHECK(!cJSON_GetObjectItem(at(d, 1), "title"), "absent title omitted");
	const cJSON *rj = at(cJSON_GetObjectItem(rep, "rejected"), 0);
	CHECK(!cJSON_GetObjectItem(rj, "id") && cJSON_GetObjectItem(rj, "line")->valuedouble == 3,
	      "reject");
}

/* clusters: event {a,b} first (first member "a"), then duplicate {b,c} */
static void check_clusters(const cJSON *rep)
{
	const cJSON *c = cJSON_GetObjectItem(rep, "clusters");
	CHECK(!strcmp(s_of(at(c, 0), "id"), "c1") && !strcmp(s_of(at(c, 0), "kind"), "event"),
	      "c1 event");
	CHECK(!strcmp(s_of(at(c, 1), "id"), "c2") && !strcmp(s_of(at(c, 1), "kind"), "duplicate"),
	      "c2 dup");
	const cJSON *m0 = cJSON_GetObjectItem(at(c, 0), "members");
	CHECK(!strcmp(at(m0, 0)->valuestring, "a") && !strcmp(at(m0, 1)->valuestring, "b"),
	      "members sorted");
	const cJSON *p0 = at(cJSON_GetObjectItem(at(c, 0), "pairs"), 0);
	CHECK(!strcmp(s_of(p0, "a"), "a") && !strcmp(s_of(p0, "b"), "b"), "pair a < b by id");
	CHECK(cJSON_GetObjectItem(at(c, 1), "fingerprint") &&
	          !cJSON_GetObjectItem(at(c, 0), "fingerprint"),
	      "fingerprint on duplicate clusters only");
}

/* conflicts by score desc; cluster index 1 (event) -> "c1" after sorting */
static void check_conflicts(const cJSON *rep)
{
	const cJSON *ks = cJSON_GetObjectItem(rep, "conflicts");
	CHECK(!strcmp(s_of(at(ks, 0), "id"), "k1") &&
	          cJSON_GetObjectItem(at(ks, 0), "score")->valuedouble == 0.9,
	      "highest score first");
	CHECK(!strcmp(s_of(at(ks, 0), "cluster"), "c1") &&
	          !strcmp(s_of(at(ks, 1), "cluster"), "c1"),
	      "cluster ref follows the sort: %s", s_of(at(ks, 0), "cluster"));
	CHECK(!strcmp(s_of(at(ks, 0), "kind"), sc_cmp_kind_name(SC_CONFLICT_DENIAL)), "kind name");
	CHECK(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetObjectItem(at(ks, 0), "b"), "source")),
	      "own voice is null");
	const cJSON *ka = cJSON_GetObjectItem(at(ks, 1), "a");
	/* "Préambule." is boilerplate in this document: the context stops at it */
	CHECK(!strcmp(s_of(ka, "context_before"), ""), "context before: [%s]",
	      s_of(ka, "context_before"));
	const cJSON *kb = cJSON_GetObjectItem(at(ks, 1), "b");
	CHECK(!strcmp(s_of(ka, "url"), "https://example.org/a") && !cJSON_GetObjectItem(kb, "url"),
	      "a claim carries its document's url when there is one");
	CHECK(!strcmp(s_of(kb, "context_before"), "") &&
	          !strcmp(s_of(kb, "context_after"), " Rien d'autre."),
	      "context at the start of a text: [%s] [%s]", s_of(kb, "context_before"),
	      s_of(kb, "context_after"));
	CHECK(!strcmp(s_of(ka, "context_after"), " Fin."), "context after: [%s]",
	      s_of(ka, "context_after"));
	CHECK(strlen(s_of(at(ks, 0), "fingerprint")) == 16, "conflict fingerprint");
}

/* printed: fixed precision, -0 as 0, NaN as null, parses back, deterministic */
static void check_printed(const cJSON *rep)
{
	char *j1 = sc_rep_print(rep, SC_FMT_JSON), *j2 = sc_rep_print(rep, SC_FMT_JSON);
	CHECK(j1 && j2 && !strcmp(j1, j2), "deterministic");
	CHECK(j1 && strstr(j1, "\"jaccard\": 0.15,"), "0.15 printed as 0.15");
	CHECK(j1 && strstr(j1, "\"jaccard_estimate\": 0.3333,"), "1/3 printed with 4 decimals");
	CHECK(j1 && strstr(j1, "\"ci\": [0, null]"), "-0 as 0, NaN as null");
	CHECK(j1 && !strstr(j1, "-0"), "no -0 anywhere");
	cJSON *back = j1 ? cJSON_Parse(j1) : NULL;
	CHECK(back != NULL, "printed JSON parses");
	char *j3 = back ? sc_rep_print(back, SC_FMT_JSON) : NULL;
	CHECK(j3 && !strcmp(j1, j3), "print(parse(print(x))) == print(x)");
	cJSON_Delete(back);
	free(j1);
	free(j2);
	free(j3);
}

/* context: long texts are cut at word and UTF-8 boundaries, with an ellipsis */
static void check_long_context(void)
{
	char big[2000];
	size_t n = 0;
	while (n < 900)
		n += (size_t)snprintf(big + n, sizeof big - n, "éléphant ");
	size_t s0 = n;
	n += (size_t)snprintf(big + n, sizeof big - n, "La phrase.");
	size_t e0 = n;
	while (n < 1800)
		n += (size_t)snprintf(big + n, sizeof big - n, " ééé");
	sc_det_doc_t bd;
	mkdoc(&bd, "big", big, "fr");
	sc_conflict_t bk = {0,
	                    SC_CONFLICT_NEGATION,
	                    0.5,
	                    {0, s0, e0, (char *)"La phrase.", NULL},
	                    {0, s0, e0, (char *)"La phrase.", NULL},
	                    NULL,
	                    0,
	                    NULL,
	                    0,
	                    0};
	uint32_t bm[1] = {0};
	sc_cluster_t bc = {SC_CLUSTER_EVENT, bm, 1, NULL, 0};
	sc_det_result_t br = {.inputs = 1,
	                      .docs = &bd,
	                      .ndocs = 1,
	                      .clusters = &bc,
	                      .nclusters = 1,
	                      .conflicts = &bk,
	                      .nconflicts = 1};
	cJSON *brep = sc_rep_build_result(&br, NULL);
	const cJSON *side = cJSON_GetObjectItem(at(cJSON_GetObjectItem(brep, "conflicts"), 0), "a");
	const char *cb = s_of(side, "context_before"), *ca = s_of(side, "context_after");
	CHECK(!strncmp(cb,
	               "\xE2\x80\xA6"
	               "éléphant ",
	               strlen("\xE2\x80\xA6"
	                      "éléphant ")),
	      "cut before at a word: [%.20s]", cb);
	CHECK(strlen(cb) <= SC_REP_CONTEXT_BYTES + 3, "before within the window: %zu", strlen(cb));
	size_t la = strlen(ca);
	CHECK(la >= 3 && !strcmp(ca + la - 3, "\xE2\x80\xA6"), "cut after ends with an ellipsis");
	CHECK(la >= 9 && !strncmp(ca + la - 9, "ééé", 6), "after ends on a whole word: [%s]",
	      ca + la - 12);
	char *bj = sc_rep_print(brep, SC_FMT_JSON);
	cJSON *bp = bj ? cJSON_Parse(bj) : NULL;
	CHECK(bp != NULL, "big report parses");
	cJSON_Delete(bp);
	free(bj);
	cJSON_Delete(brep);
	freedoc(&bd.doc);
}

int main(void)
{
	/* documents deliberately not in id order: "b" at index 0, "a" at index 1, "c" at 2 */
	sc_det_doc_t docs[3];
	mkdoc(&docs[0], "b", TEXT_B, "fr");
	mkdoc(&docs[1], "a", TEXT_A, "fr");
	mkdoc(&docs[2], "c", NULL, "en"); /* text released: no context */
	docs[1].doc.title = dup("Titre <b>gras</b>");
	docs[1].doc.source = dup("Le Monde");
	docs[1].doc.url = dup("https://example.org/a");
	sc_span_t sp = {0, 11};
	docs[1].boiler = &sp;
	docs[1].nboiler = 1;
	docs[1].boilerplate_bytes = 11;

	uint32_t m_dup[2] = {2, 0}, m_ev[2] = {0, 1}; /* ids c,b and b,a: unsorted */
	sc_pair_t p_dup = {2, 0, 0.9, 0.875, 0.8, 0.95, -1};
	sc_pair_t p_ev = {0, 1, 0.15000000000000002, 1.0 / 3.0, -0.0, NAN, 0.25};
	sc_cluster_t cl[2] = {
	    {SC_CLUSTER_DUPLICATE, m_dup, 2, &p_dup, 1}, /* first member id "b" after sort */
	    {SC_CLUSTER_EVENT, m_ev, 2, &p_ev, 1},       /* first member id "a" */
	};
	size_t sa = strstr(TEXT_A, "Les deux") - TEXT_A, ea = strstr(TEXT_A, " Fin.") - TEXT_A;
	size_t eb = strlen("Zakharova a démenti toute négociation.");
	char *cues[] = {"démentir"}, *shared[] = {"négoci", "doha"};
	sc_conflict_t k[2] = {
	    {1,
	     SC_CONFLICT_NEGATION,
	     0.6,
	     {1, sa, ea,
	      (char *)"Les deux délégations se sont rencontrées à Doha, selon le Washington Post.",
	      (char *)"le Washington Post"},
	     {0, 0, eb, (char *)"Zakharova a démenti toute négociation.", NULL},
	     NULL,
	     0,
	     NULL,
	     0,
	     0},
	    {1,
	     SC_CONFLICT_DENIAL,
	     0.9,
	     {0, 0, eb, (char *)"Zakharova a démenti toute négociation.", (char *)"Zakharova"},
	     {1, sa, ea,
	      (char *)"Les deux délégations se sont rencontrées à Doha, selon le Washington Post.",
	      NULL},
	     cues,
	     1,
	     shared,
	     2,
	     0},
	};
	sc_reject_t rej = {NULL, (char *)"x.jsonl", 3, (char *)"NUL byte at offset 4"};
	sc_det_result_t r = {
	    .inputs = 4,
	    .docs = docs,
	    .ndocs = 3,
	    .rejects = &rej,
	    .nrejects = 1,
	    .clusters = cl,
	    .nclusters = 2,
	    .conflicts = k,
	    .nconflicts = 2,
	    .dup_plan = {20, 6, 0.01, 0.02},
	    .event_plan = {64, 2, 0.2, 0.001},
	};
	cJSON *params = cJSON_CreateObject();
	cJSON_AddNumberToObject(params, "k", 128);

	cJSON *rep = sc_rep_build_result(&r, params);
	CHECK(rep != NULL, "build failed");
	if (!rep) return CHECK_DONE();
	check_head(rep);
	check_documents(rep);
	check_clusters(rep);
	check_conflicts(rep);
	check_printed(rep);
	check_long_context();

	cJSON_Delete(rep);
	cJSON_Delete(params);
	for (int i = 0; i < 3; i++) {
		docs[i].boiler = NULL;
		freedoc(&docs[i].doc);
	}
	return CHECK_DONE();
}