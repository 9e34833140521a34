/* test_report_stream: the streamed JSON report (sc_rep_build_stream + sc_rep_write_json, the
 * CLI's default `detect -o r.json` path) writes exactly the bytes of sc_rep_print of the full
 * tree, and leaves no section that grows with the corpus in the tree.
 *
 * 1. A hand-made result with every section: documents out of id order, ids and texts with
 *    non-ASCII, quotes, backslashes and control characters; rejects with and without id and
 *    line; event and duplicate clusters, one cut by max_pairs; conflicts (one with a NaN
 *    score), updates and leads; links of both tiers; both warnings. Streamed, lean
 *    (documents only) and full outputs must be byte-identical; the summary line and --fail-on
 *    must agree between the trees; --baseline must refuse a streamed tree.
 * 2. A detect run with both tiers over generated events (bench/gen: sc_eventgen): the same
 *    identity over a real result, with clusters and links of both tiers.
 * Non-vacuous: each case checks that the sections it compares are non-empty and that the
 * escapes it means to test are in the output. */
#include "event_gen.h"

#include "check.h"
#include "report.h"
#include "test_util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* -------------------------------------------------------------- helpers */
static char g_path[] = "/tmp/sc-test-stream-XXXXXX";

/* The bytes sc_rep_write_json_result writes for tree (NULL after a failure, said). */
static char *written(const cJSON *tree, const sc_det_result_t *r)
{
	char err[512] = "";
	int rc = sc_rep_write_json_result(g_path, tree, r, err, sizeof err);
	CHECK(rc == SC_OK, "write: %s", err);
	return rc == SC_OK ? sc_test_slurp(g_path, NULL) : NULL;
}

static int same(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* The streamed tree holds placeholders, never an array, for every per-corpus section. */
static void check_placeholders(const cJSON *stream)
{
	static const char *const keys[] = {"documents", "rejected", "clusters", "conflicts",
	                                   "links"};
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
		const cJSON *x = cJSON_GetObjectItemCaseSensitive(stream, keys[i]);
		CHECK(cJSON_IsObject(x) && cJSON_IsTrue(cJSON_GetObjectItem(x, "streamed")),
		      "%s is a placeholder in the streamed tree", keys[i]);
	}
}

/* Streamed, lean and full trees of r: same bytes, same summary line, same --fail-on answers.
 * Returns the full print (caller frees) for the case's own checks. */
static char *check_identity(const sc_det_result_t *r, const cJSON *params, const char *what)
{
	cJSON *full = sc_rep_build_result(r, params);
	cJSON *stream = sc_rep_build_stream_result(r, params);
	char *json = full ? sc_rep_print(full, SC_FMT_JSON) : NULL;
	CHECK(json && stream, "%s: build", what);
	if (!json || !stream) goto done;
	check_placeholders(stream);
	char *out = written(stream, r);
	CHECK(same(json, out), "%s: streamed bytes == full print (%zu vs %zu bytes)", what,
	      strlen(json), out ? strlen(out) : 0);
	free(out);
	char *l1 = sc_rep_summary_line(full), *l2 = sc_rep_summary_line(stream);
	CHECK(same(l1, l2), "%s: summary lines: %s | %s", what, l1, l2);
	free(l1);
	free(l2);
	/* the bars around the top score, and the duplicate bar */
	static const double bars[] = {0, 0.5, 0.8, 0.9, 0.90005, 0.95, 1};
	for (size_t i = 0; i < sizeof bars / sizeof *bars; i++) {
		sc_rep_failon_t f = {1, bars[i], 0};
		CHECK(sc_rep_failon_hit(full, &f) == sc_rep_failon_hit(stream, &f),
		      "%s: --fail-on conflict:%g agrees", what, bars[i]);
	}
	sc_rep_failon_t fd = {0, 0, 1};
	CHECK(sc_rep_failon_hit(full, &fd) == sc_rep_failon_hit(stream, &fd),
	      "%s: --fail-on duplicate agrees", what);
	/* --baseline needs the findings: refused on a streamed tree, which stays as it was */
	char *before = cJSON_PrintUnformatted(stream);
	CHECK(sc_rep_apply_baseline(stream, full) == SC_EPARAM, "%s: baseline refused", what);
	char *after = cJSON_PrintUnformatted(stream);
	CHECK(same(before, after), "%s: streamed tree unchanged by the refused baseline", what);
	free(before);
	free(after);
done:
	cJSON_Delete(full);
	cJSON_Delete(stream);
	return json;
}

/* ------------------------------------------------- 1. hand-made result */
static void mkdoc(sc_det_doc_t *d, const char *id, const char *text)
{
	memset(d, 0, sizeof *d);
	d->doc.id = (char *)id;
	d->doc.text = (char *)text;
	d->doc.len = strlen(text);
	d->doc.bytes_in = d->doc.len;
	snprintf(d->doc.lang, sizeof d->doc.lang, "fr");
	d->tokens = 7;
	d->day = INT32_MIN;
}

static sc_conflict_t finding(uint32_t cl, int kind, double score, uint32_t da, uint32_t db,
                             const char *ta, const char *tb, size_t len)
{
	static char *cues[] = {"d\xc3\xa9mentir", "tab\there"}, *shared[] = {"doha", "\"q\""};
	sc_conflict_t k = {cl, kind, score, {da, 0, len, (char *)ta, (char *)"L\xc3\xa9" "a \"X\""},
	                   {db, 0, len, (char *)tb, NULL}, cues, 2, shared, 2, 0};
	return k;
}

static void case_handmade(void)
{
	/* texts: the sentence first (offset 0..len), then context with controls and non-ASCII */
	static const char *T[4] = {
	    "Le bilan est de 12 morts.\x01 Apr\xc3\xa8s: \"cit\xc3\xa9\" \\ fin\ttab\r\n.",
	    "Le bilan est de 15 morts. Puis \xe6\x97\xa5\xe6\x9c\xac \x1f unit sep.",
	    "Le bilan est de 14 morts. \xe2\x80\xae RLO override et \x7f DEL.",
	    "Le bilan est de 13 morts. Rien."};
	static const char *ID[4] = {"z\xc3\xa9ta\x02", "a\"quote\\", "m\xe6\x97\xa5", "b\ttab"};
	sc_det_doc_t docs[4];
	for (int i = 0; i < 4; i++)
		mkdoc(&docs[i], ID[i], T[i]);
	docs[0].doc.title = (char *)"Titre \x03 <b>\xc3\xa9</b>";
	docs[0].doc.url = (char *)"https://example.org/\xc3\xa9?a=1&b=\"2\"";
	docs[1].doc.source = (char *)"Le \"Monde\"";
	docs[1].doc.published = (char *)"2026-04-12";
	docs[1].date_source = SC_DATE_PUBLISHED;
	docs[1].day = 20555;
	docs[1].year = 2026;
	sc_span_t sp = {26, 30};
	docs[2].boiler = &sp;
	docs[2].nboiler = 1;
	docs[2].boilerplate_bytes = 4;
	const size_t len = 25; /* "Le bilan est de NN morts." */

	uint32_t m_ev[4] = {3, 0, 2, 1}, m_dup[2] = {2, 0}, m_ev2[1] = {1};
	sc_pair_t p_ev[3] = {{0, 2, 0.3, 0.31, 0.2, 0.4, 0.5},
	                     {3, 1, 0.25, 1.0 / 3.0, -0.0, NAN, 0.45},
	                     {0, 1, 0.2, 0.2, 0.1, 0.3, 0.41}};
	sc_pair_t p_dup = {2, 0, 0.9, 0.875, 0.8, 0.95, -1};
	sc_cluster_t cl[3] = {{SC_CLUSTER_EVENT, m_ev, 4, p_ev, 3},
	                      {SC_CLUSTER_DUPLICATE, m_dup, 2, &p_dup, 1},
	                      {SC_CLUSTER_EVENT, m_ev2, 1, NULL, 0}};
	sc_conflict_t k[3] = {finding(0, SC_CONFLICT_NUMBER, 0.9, 0, 1, T[0], T[1], len),
	                      finding(0, SC_CONFLICT_NUMBER, NAN, 2, 3, T[2], T[3], len),
	                      finding(1, SC_CONFLICT_DENIAL, 0.61234, 3, 0, T[3], T[0], len)};
	sc_conflict_t up = finding(0, SC_CONFLICT_UPDATE, 0.7, 1, 2, T[1], T[2], len);
	sc_conflict_t ld = finding(7 /* no such cluster: "?" */, SC_CONFLICT_NUMBER, 0.3, 3, 2, T[3],
	                           T[2], len);
	sc_link_t links[3] = {{SC_CLUSTER_DUPLICATE, SC_LINK_DENSITY, {1, 3, 0.6, 0.6, 0.5, 0.7, -1}},
	                      {SC_CLUSTER_EVENT, SC_LINK_WINDOW, {3, 2, 0.3, 0.3, 0.2, 0.4, 0.3}},
	                      {SC_CLUSTER_EVENT, SC_LINK_YEAR, {1, 0, 0.2, 0.2, 0.1, 0.3, 0.2}}};
	sc_reject_t rej[2] = {{NULL, (char *)"in/x\x01.jsonl", 3, (char *)"NUL byte \"here\""},
	                      {(char *)"bad\\id\xc3\xa9", (char *)"in/y.jsonl", 0,
	                       (char *)"not UTF-8 \x1b[31m"}};
	sc_det_result_t r = {.inputs = 6, .docs = docs, .ndocs = 4, .rejects = rej, .nrejects = 2,
	                     .clusters = cl, .nclusters = 3, .conflicts = k, .nconflicts = 3,
	                     .updates = &up, .nupdates = 1, .leads = &ld, .nleads = 1,
	                     .leads_listed = 1, .links = links, .nlinks = 3};
	r.stats.event.links = 5;
	r.stats.event.links_unlisted = 3;
	snprintf(r.links_warning, sizeof r.links_warning, "event links: 3 \"not\" listed\x01");
	snprintf(r.warning, sizeof r.warning, "event tier: budget \xc3\xa9");
	cJSON *params = cJSON_CreateObject();
	cJSON_AddNumberToObject(params, "max_pairs", 2); /* the event cluster's 3 pairs are cut */
	char *json = check_identity(&r, params, "hand-made");
	/* the case is what it says: every section filled, the escapes in the output */
	static const char *const needles[] = {
	    "\"id\": \"z\xc3\xa9ta\\u0002\"",     "\"a\\\"quote\\\\\"",
	    "\\u0001 Apr\xc3\xa8s",                "\\r\\n",
	    "\\u001f unit",                       "\\u007f DEL",
	    "\"pairs_unlisted\": 1",              "\"id\": \"k3\"",
	    "\"id\": \"u1\"",                     "\"id\": \"l1\"",
	    "\"cluster\": \"?\"",                 "\"refused\": \"window\"",
	    "\"tier\": \"duplicate\"",            "\"reason\": \"not UTF-8 \\u001b[31m\"",
	    "\"score\": null",                    "\"warnings\": [\"event tier: budget",
	    "\"date_source\": \"published\"",     "\"context_after\": \"\\u0001 Apr"};
	for (size_t i = 0; json && i < sizeof needles / sizeof *needles; i++)
		CHECK(strstr(json, needles[i]), "hand-made report holds %s", needles[i]);
	/* a lean tree (documents and rejected streamed, findings kept for --baseline): the full
	 * tree with the two input arrays as placeholders */
	cJSON *full = sc_rep_build_result(&r, params);
	if (full) {
		static const char *const in[2] = {"documents", "rejected"};
		for (int i = 0; i < 2; i++) {
			cJSON *ph = cJSON_CreateObject();
			cJSON_AddTrueToObject(ph, "streamed");
			cJSON_ReplaceItemInObjectCaseSensitive(full, in[i], ph);
		}
		char *out = written(full, &r);
		CHECK(same(json, out), "inputs-only lean tree: bytes == full print");
		free(out);
	}
	cJSON_Delete(full);
	free(json);
	cJSON_Delete(params);
}

/* ------------------------------------------- 2. a detect run, both tiers */
/* The generator's documents into d as the reader gives them (id, text, lang, published).
 * 0, or -1 after saying why. */
static int feed(sc_det_t *d, sc_evg_t *g)
{
	sc_evg_doc_t x;
	char err[256] = "";
	int k;
	while ((k = sc_evg_next(g, &x, err, sizeof err)) == 1) {
		sc_doc_t doc = {.id = strdup(x.id), .text = strdup(x.text), .len = x.len};
		snprintf(doc.lang, sizeof doc.lang, "%s", x.lang);
		if (x.published) doc.published = strdup(x.published);
		int bad = !doc.id || !doc.text || (x.published && !doc.published);
		if (bad || sc_det_add(d, &doc) != SC_OK) {
			sc_doc_free(&doc);
			CHECK(0, "add %s", x.id);
			return -1;
		}
	}
	CHECK(k == 0, "generator: %s", err);
	return k ? -1 : 0;
}

static void case_detect(void)
{
	sc_evg_opts_t go;
	sc_evg_t *g = NULL;
	sc_det_t *d = NULL;
	sc_det_opts_t o;
	char err[512] = "";
	sc_evg_opts_init(&go);
	go.n = 1500, go.seed = 7;
	sc_det_opts_init(&o);
	o.event_tier = o.dup_tier = 1, o.compare = 0;
	o.max_links = 40; /* a cut: links_unlisted and the warning */
	int ok = !sc_evg_create(&g, &go, err, sizeof err) && (d = sc_det_create(&o)) && !feed(d, g) &&
	         sc_det_run(d, err, sizeof err) == SC_OK;
	CHECK(ok, "generate and run: %s", err);
	if (!ok) goto done;
	const sc_det_result_t *res = sc_det_result(d);
	size_t nev = 0, ndup = 0, lev = 0, ldup = 0;
	for (size_t i = 0; i < res->nclusters; i++)
		res->clusters[i].kind == SC_CLUSTER_EVENT ? nev++ : ndup++;
	for (size_t i = 0; i < res->nlinks; i++)
		res->links[i].tier == SC_CLUSTER_EVENT ? lev++ : ldup++;
	CHECK(nev > 10 && ndup > 10 && lev > 0, "both tiers: %zu event, %zu duplicate clusters, "
	      "%zu+%zu links", nev, ndup, lev, ldup);
	cJSON *params = sc_rep_params(&o, &(sc_reader_opts_t){0}, SC_REP_MAX_PAIRS);
	char *json = check_identity(res, params, "detect run");
	CHECK(json && strlen(json) > 100000, "detect report of %zu bytes", json ? strlen(json) : 0);
	/* and through the detector's own entry points, as the CLI calls them: streamed, and the
	 * lean tree of --baseline */
	cJSON *tree[2] = {sc_rep_build_stream(d, params), sc_rep_build_lean(d, params)};
	for (int i = 0; i < 2; i++) {
		int rc = tree[i] ? sc_rep_write_json(g_path, tree[i], d, err, sizeof err) : SC_ENOMEM;
		char *out = rc == SC_OK ? sc_test_slurp(g_path, NULL) : NULL;
		CHECK(same(json, out), "sc_rep_write_json(sc_rep_build_%s(d)) == full print: %s",
		      i ? "lean" : "stream", rc ? err : "");
		free(out);
	}
	CHECK(sc_rep_write_json("/nonexistent-dir/x.json", tree[0], d, err, sizeof err) == SC_EIO &&
	          strstr(err, "/nonexistent-dir/x.json"),
	      "unwritable path named: %s", err);
	free(json);
	cJSON_Delete(tree[0]);
	cJSON_Delete(tree[1]);
	cJSON_Delete(params);
done:
	sc_det_free(d);
	sc_evg_free(g);
}

int main(void)
{
	int fd = mkstemp(g_path);
	CHECK(fd >= 0, "temporary file");
	if (fd < 0) return CHECK_DONE();
	close(fd);
	case_handmade();
	case_detect();
	unlink(g_path);
	return CHECK_DONE();
}
