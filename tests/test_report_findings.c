/* test_report_findings.c: updates and leads in the report (CONTRACT.md, doc/CONTRACT.md
 * "Extensions"). A hand-made result with one conflict, two updates and two leads: each list
 * gets its own ids (k, u, l) sorted by score, its summary count, its own section in text and
 * HTML; a result without them (and leads not asked for) has neither key, as before. The JSON
 * is read back (sc_rep_parse) and rendered again unchanged. */
#include "check.h"
#include "report.h"

#include <stdlib.h>
#include <string.h>

static const char *TEXT_A = "Le bilan est de 12 morts. Le pont a rouvert.";
static const char *TEXT_B = "Le bilan est passé à 15 morts. Le pont reste fermé.";

static void mkdoc(sc_det_doc_t *d, const char *id, const char *text)
{
	memset(d, 0, sizeof *d);
	d->doc.id = strdup(id);
	d->doc.text = strdup(text);
	d->doc.len = strlen(text);
	d->doc.bytes_in = d->doc.len;
	snprintf(d->doc.lang, sizeof d->doc.lang, "fr");
	d->tokens = 10;
}

static sc_conflict_t finding(int kind, double score, size_t sa, size_t ea, size_t sb, size_t eb)
{
	sc_conflict_t k;
	memset(&k, 0, sizeof k);
	k.cluster = 0;
	k.kind = kind;
	k.score = score;
	k.a = (sc_claim_t){0, sa, ea, (char *)"a", NULL};
	k.b = (sc_claim_t){1, sb, eb, (char *)"b", NULL};
	return k;
}

/* whether needle occurs in the n bytes at s (memmem is not POSIX) */
static int has_in(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; i + k <= n; i++)
		if (!memcmp(s + i, needle, k)) return 1;
	return 0;
}

static const cJSON *arr(const cJSON *o, const char *k)
{
	return cJSON_GetObjectItemCaseSensitive(o, k);
}

static const char *id_at(const cJSON *a, int i)
{
	const cJSON *x = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(a, i), "id");
	return cJSON_IsString(x) ? x->valuestring : "(none)";
}

int main(void)
{
	sc_det_doc_t docs[2];
	mkdoc(&docs[0], "a", TEXT_A);
	mkdoc(&docs[1], "b", TEXT_B);
	uint32_t m[2] = {0, 1};
	sc_pair_t p = {0, 1, 0.3, 0.3, 0.2, 0.4, 0.3};
	sc_cluster_t cl = {SC_CLUSTER_EVENT, m, 2, &p, 1};
	size_t a1 = strlen("Le bilan est de 12 morts."),
	       b1 = strlen("Le bilan est passé à 15 morts.");
	sc_conflict_t conf[1] = {
	    finding(SC_CONFLICT_ANTONYM, 0.8, a1 + 1, strlen(TEXT_A), b1 + 1, strlen(TEXT_B))};
	sc_conflict_t upd[2] = {finding(SC_CONFLICT_UPDATE, 0.6, 0, a1, 0, b1),
	                        finding(SC_CONFLICT_UPDATE, 0.7, 0, a1, b1 + 1, strlen(TEXT_B))};
	sc_conflict_t lead[2] = {
	    finding(SC_CONFLICT_NUMBER, 0.41, 0, a1, 0, b1),
	    finding(SC_CONFLICT_NEGATION, 0.45, a1 + 1, strlen(TEXT_A), 0, b1)};
	lead[1].lead = 1;
	sc_det_result_t r = {
	    .inputs = 2,
	    .docs = docs,
	    .ndocs = 2,
	    .clusters = &cl,
	    .nclusters = 1,
	    .conflicts = conf,
	    .nconflicts = 1,
	    .updates = upd,
	    .nupdates = 2,
	    .leads = lead,
	    .nleads = 2,
	    .leads_listed = 1,
	};
	cJSON *rep = sc_rep_build_result(&r, NULL);
	CHECK(rep != NULL, "build");
	if (!rep) return CHECK_DONE();
	const cJSON *sum = arr(rep, "summary");
	CHECK(cJSON_GetObjectItem(sum, "conflicts")->valuedouble == 1, "summary.conflicts");
	CHECK(cJSON_GetObjectItem(sum, "updates") &&
	          cJSON_GetObjectItem(sum, "updates")->valuedouble == 2,
	      "summary.updates");
	CHECK(cJSON_GetObjectItem(sum, "leads") &&
	          cJSON_GetObjectItem(sum, "leads")->valuedouble == 2,
	      "summary.leads");
	const cJSON *u = arr(rep, "updates"), *l = arr(rep, "leads"), *k = arr(rep, "conflicts");
	CHECK(cJSON_GetArraySize(k) == 1 && !strcmp(id_at(k, 0), "k1"), "one conflict, k1");
	CHECK(cJSON_GetArraySize(u) == 2 && !strcmp(id_at(u, 0), "u1") &&
	          !strcmp(id_at(u, 1), "u2"),
	      "updates u1, u2");
	CHECK(cJSON_GetObjectItem(cJSON_GetArrayItem(u, 0), "score")->valuedouble == 0.7,
	      "updates sorted by score");
	CHECK(!strcmp(cJSON_GetObjectItem(cJSON_GetArrayItem(u, 0), "kind")->valuestring, "update"),
	      "kind update");
	CHECK(cJSON_GetArraySize(l) == 2 && !strcmp(id_at(l, 0), "l1"), "leads l1, l2");
	CHECK(cJSON_GetObjectItem(cJSON_GetArrayItem(l, 0), "score")->valuedouble == 0.45,
	      "leads sorted by score");
	CHECK(cJSON_GetObjectItem(cJSON_GetArrayItem(l, 0), "fingerprint") != NULL,
	      "leads have fingerprints");
	/* order of the top-level keys: conflicts, updates, leads, then links */
	const cJSON *it = k;
	CHECK(it->next == u && u->next == l, "conflicts, updates, leads in that order");

	char *js = sc_rep_print(rep, SC_FMT_JSON), *txt = sc_rep_print(rep, SC_FMT_TEXT),
	     *html = sc_rep_print(rep, SC_FMT_HTML);
	CHECK(js && txt && html, "print");
	if (txt) {
		char *ps = strstr(txt, "\nUpdates ("), *pl = strstr(txt, "\nLeads (");
		char *pk = strstr(txt, "\nConflicts (");
		CHECK(pk && ps && pl && pk < ps && ps < pl,
		      "text: conflicts, then updates, then leads");
		CHECK(ps && strstr(ps, "u1  update") && pl && strstr(pl, "l1  negation"),
		      "text: findings under their own headings");
		CHECK(pk && ps && !has_in(pk, (size_t)(ps - pk), "u1"),
		      "no update among conflicts");
	}
	if (html) {
		CHECK(strstr(html, "<section id=\"updates\">") &&
		          strstr(html, "<section id=\"leads\">"),
		      "html: their own sections");
		CHECK(strstr(html, "<a href=\"#leads\">Leads</a>"), "html: in the navigation");
		char *cl_end = strstr(html, "<section id=\"updates\">");
		char *list = strstr(html, "id=\"conflict-list\"");
		CHECK(list && cl_end && !has_in(list, (size_t)(cl_end - list), "id=\"u1\""),
		      "html: the filterable conflict list holds conflicts only");
	}
	if (js) {
		cJSON *back = NULL;
		char err[256];
		CHECK(sc_rep_parse(js, strlen(js), "mem", &back, err, sizeof err) == SC_OK,
		      "parse: %s", err);
		char *js2 = back ? sc_rep_print(back, SC_FMT_JSON) : NULL;
		CHECK(js2 && !strcmp(js, js2), "read back and printed again: same bytes");
		free(js2);
		cJSON_Delete(back);
	}
	free(js);
	free(txt);
	free(html);
	cJSON_Delete(rep);

	/* defaults: no updates, leads not asked for -> neither key, nor their counts */
	r.nupdates = 0;
	r.updates = NULL;
	r.leads_listed = 0;
	r.nleads = 0;
	r.leads = NULL;
	rep = sc_rep_build_result(&r, NULL);
	CHECK(rep && !arr(rep, "updates") && !arr(rep, "leads") &&
	          !cJSON_GetObjectItem(arr(rep, "summary"), "updates") &&
	          !cJSON_GetObjectItem(arr(rep, "summary"), "leads"),
	      "a default report has neither list");
	txt = rep ? sc_rep_print(rep, SC_FMT_TEXT) : NULL;
	html = rep ? sc_rep_print(rep, SC_FMT_HTML) : NULL;
	CHECK(txt && !strstr(txt, "Leads") && !strstr(txt, "Updates"), "text: no sections");
	CHECK(html && !strstr(html, "id=\"leads\"") && !strstr(html, "id=\"updates\""),
	      "html: no sections");
	free(txt);
	free(html);
	cJSON_Delete(rep);
	/* asked for, none found: an empty list and a zero count */
	r.leads_listed = 1;
	rep = sc_rep_build_result(&r, NULL);
	CHECK(rep && cJSON_IsArray(arr(rep, "leads")) &&
	          cJSON_GetArraySize(arr(rep, "leads")) == 0 &&
	          cJSON_GetObjectItem(arr(rep, "summary"), "leads")->valuedouble == 0,
	      "leads asked for, none: [] and 0");
	txt = rep ? sc_rep_print(rep, SC_FMT_TEXT) : NULL;
	CHECK(txt && strstr(txt, "No leads."), "text says so");
	free(txt);
	cJSON_Delete(rep);
	for (int i = 0; i < 2; i++) {
		free(docs[i].doc.id);
		free(docs[i].doc.text);
	}
	return CHECK_DONE();
}
