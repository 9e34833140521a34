/* test_house12_fp.c: the fingerprint's out-of-memory paths (report/rep_ci.c fp64: the
 * normalised side texts through utf8proc, the side buffers, the framed string, the sorted
 * member ids). Every report allocation fails in turn (rep_util.h's hook), alone or from the
 * n-th on; each call must then give SC_ENOMEM with an empty fingerprint (sc_rep_fingerprint),
 * or no report at all (sc_rep_build_result: the CLI says "out of memory", exits 3 and writes
 * nothing), or the baseline must fail (sc_rep_apply_baseline) - never a fingerprint other than
 * the one computed with memory to spare. */
#include "check.h"
#include "rep_util.h"

#include <stdlib.h>
#include <string.h>

/* Report allocations: the n-th fails (only it, or every one from it on); counted always. */
static long g_fail_at = -1, g_nalloc;
static int g_from_on;
static void *fail_realloc(void *p, size_t n)
{
	long i = g_nalloc++;
	if (g_fail_at >= 0 && (i == g_fail_at || (g_from_on && i > g_fail_at))) return NULL;
	return realloc(p, n);
}
static void arm(long at, int from_on)
{
	g_nalloc = 0;
	g_fail_at = at;
	g_from_on = from_on;
	sc_rep_set_alloc_hook(fail_realloc);
}
static void disarm(void) { sc_rep_set_alloc_hook(NULL); }

static cJSON *side(const char *doc, const char *text)
{
	cJSON *s = cJSON_CreateObject();
	cJSON_AddStringToObject(s, "doc", doc);
	cJSON_AddStringToObject(s, "text", text);
	return s;
}

/* A conflict whose texts normalisation changes (NFKC: the ligature "ﬁ", full-width digits;
 * case folding), and a duplicate cluster of three members given unsorted. */
static cJSON *make_conflict(void)
{
	cJSON *k = cJSON_CreateObject();
	cJSON_AddStringToObject(k, "kind", "number");
	cJSON_AddItemToObject(k, "a", side("d2", "Le bilan oﬃciel est de ４２ morts, selon l'ÉTAT."));
	cJSON_AddItemToObject(k, "b", side("d1", "Officials put the toll at 40 dead."));
	return k;
}
static cJSON *make_cluster(void)
{
	cJSON *c = cJSON_CreateObject();
	cJSON_AddStringToObject(c, "kind", "duplicate");
	cJSON *m = cJSON_AddArrayToObject(c, "members");
	cJSON_AddItemToArray(m, cJSON_CreateString("zeta"));
	cJSON_AddItemToArray(m, cJSON_CreateString("alpha"));
	cJSON_AddItemToArray(m, cJSON_CreateString("mu"));
	return c;
}

/* Sweeps sc_rep_fingerprint of x over every allocation failing (alone, then from it on);
 * returns the allocations a call makes. */
static long sweep_fingerprint(const cJSON *x, int is_conflict, const char *want, const char *what)
{
	char out[17];
	arm(-1, 0);
	int rc = sc_rep_fingerprint(x, is_conflict, out);
	long nalloc = g_nalloc;
	disarm();
	CHECK(rc == SC_OK && !strcmp(out, want), "%s: the hooked run gives the plain one", what);
	for (int from_on = 0; from_on < 2; from_on++)
		for (long n = 0; n < nalloc; n++) {
			memset(out, 'x', sizeof out);
			arm(n, from_on);
			rc = sc_rep_fingerprint(x, is_conflict, out);
			disarm();
			CHECK(rc == SC_ENOMEM && out[0] == '\0',
			      "%s: allocation %ld of %ld failing%s: rc %d, fingerprint [%.16s] (want "
			      "SC_ENOMEM and none)",
			      what, n, nalloc, from_on ? " and every later one" : " alone", rc, out);
		}
	return nalloc;
}

static const char *str_at(const cJSON *arr, int i, const char *key)
{
	const cJSON *x = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(arr, i), key);
	return cJSON_IsString(x) ? x->valuestring : NULL;
}

int main(void)
{
	cJSON *k = make_conflict(), *c = make_cluster();
	char fk[17], fc[17];
	CHECK(sc_rep_fingerprint(k, 1, fk) == SC_OK && strlen(fk) == 16, "conflict fingerprint");
	CHECK(sc_rep_fingerprint(c, 0, fc) == SC_OK && strlen(fc) == 16, "cluster fingerprint");

	/* every allocation of a fingerprint fails in turn: each one is an out-of-memory path, so
	 * each must end in SC_ENOMEM. A conflict allocates for both sides' normalised texts
	 * (utf8proc's buffer), both side buffers and the framed string; a cluster for its ids and
	 * the framed string. */
	long nk = sweep_fingerprint(k, 1, fk, "conflict");
	long nc = sweep_fingerprint(c, 0, fc, "cluster");
	CHECK(nk >= 5, "a conflict's fingerprint allocates at least 5 times through the hook: %ld", nk);
	CHECK(nc >= 2, "a cluster's fingerprint allocates at least 2 times through the hook: %ld", nc);

	/* the baseline: its fingerprints and the filter's; a failure is SC_ENOMEM, never a
	 * finding kept or dropped by a wrong fingerprint */
	cJSON *base = cJSON_CreateObject();
	cJSON_AddItemToObject(base, "conflicts", cJSON_CreateArray());
	cJSON_AddItemToArray(cJSON_GetObjectItem(base, "conflicts"), make_conflict());
	cJSON_AddItemToObject(base, "clusters", cJSON_CreateArray());
	cJSON_AddItemToArray(cJSON_GetObjectItem(base, "clusters"), make_cluster());
	cJSON_AddItemToObject(base, "summary", cJSON_CreateObject());
	{
		cJSON *cur = cJSON_Duplicate(base, 1);
		arm(-1, 0);
		long kept = sc_rep_apply_baseline(cur, base);
		long nb = g_nalloc;
		disarm();
		CHECK(kept == 0 && cJSON_GetArraySize(cJSON_GetObjectItem(cur, "conflicts")) == 0,
		      "the baseline suppresses its own findings: %ld", kept);
		cJSON_Delete(cur);
		CHECK(nb >= nk + nc, "the baseline fingerprints through the hook: %ld", nb);
		for (int from_on = 0; from_on < 2; from_on++)
			for (long n = 0; n < nb; n++) {
				cur = cJSON_Duplicate(base, 1);
				arm(n, from_on);
				kept = sc_rep_apply_baseline(cur, base);
				disarm();
				CHECK(kept == SC_ENOMEM, "baseline, allocation %ld of %ld failing%s: %ld",
				      n, nb, from_on ? " and every later one" : " alone", kept);
				cJSON_Delete(cur);
			}
	}

	/* a report built from a result: a fingerprint that cannot be made is no report (main
	 * says out of memory and exits 3; nothing is written), never one without or with another
	 * fingerprint */
	{
		sc_det_doc_t docs[3];
		const char *ids[3] = {"d1", "d2", "d3"};
		const char *ta = "Le bilan oﬃciel est de ４２ morts, selon l'ÉTAT.";
		for (int i = 0; i < 3; i++) {
			memset(&docs[i], 0, sizeof docs[i]);
			docs[i].doc.id = (char *)ids[i];
			docs[i].doc.text = (char *)ta;
			docs[i].doc.len = strlen(ta);
			docs[i].doc.bytes_in = docs[i].doc.len;
			snprintf(docs[i].doc.lang, sizeof docs[i].doc.lang, "fr");
			docs[i].tokens = 10;
		}
		sc_conflict_t kk = {0,
		                    SC_CONFLICT_NUMBER,
		                    0.8,
		                    {0, 0, docs[0].doc.len, (char *)ta, NULL},
		                    {1, 0, docs[1].doc.len, (char *)ta, NULL},
		                    NULL,
		                    0,
		                    NULL,
		                    0,
		                    0};
		uint32_t em[2] = {0, 1}, dm[2] = {1, 2};
		sc_pair_t dp = {1, 2, 0.9, 0.9, 0.8, 1.0, -1};
		sc_cluster_t cl[2] = {{SC_CLUSTER_EVENT, em, 2, NULL, 0},
		                      {SC_CLUSTER_DUPLICATE, dm, 2, &dp, 1}};
		sc_det_result_t r = {.inputs = 3,
		                     .docs = docs,
		                     .ndocs = 3,
		                     .clusters = cl,
		                     .nclusters = 2,
		                     .conflicts = &kk,
		                     .nconflicts = 1};
		arm(-1, 0);
		cJSON *rep = sc_rep_build_result(&r, NULL);
		long nr = g_nalloc;
		disarm();
		const cJSON *ks = cJSON_GetObjectItem(rep, "conflicts");
		const cJSON *cs = cJSON_GetObjectItem(rep, "clusters");
		char want_k[17] = "", want_c[17] = "";
		const char *s;
		if ((s = str_at(ks, 0, "fingerprint"))) snprintf(want_k, sizeof want_k, "%s", s);
		if ((s = str_at(cs, 1, "fingerprint"))) snprintf(want_c, sizeof want_c, "%s", s);
		CHECK(rep && strlen(want_k) == 16 && strlen(want_c) == 16,
		      "the report has both fingerprints");
		CHECK(nr >= 2, "the build fingerprints through the hook: %ld", nr);
		cJSON_Delete(rep);
		long failed = 0;
		for (int from_on = 0; from_on < 2; from_on++)
			for (long n = 0; n < nr; n++) {
				arm(n, from_on);
				rep = sc_rep_build_result(&r, NULL);
				disarm();
				if (!rep) {
					failed++;
					continue;
				}
				ks = cJSON_GetObjectItem(rep, "conflicts");
				cs = cJSON_GetObjectItem(rep, "clusters");
				const char *gk = str_at(ks, 0, "fingerprint"), *gc = str_at(cs, 1, "fingerprint");
				CHECK(gk && gc && !strcmp(gk, want_k) && !strcmp(gc, want_c),
				      "build, allocation %ld failing%s: a report with fingerprints %s, %s "
				      "(want %s, %s)",
				      n, from_on ? " and every later one" : " alone", gk ? gk : "(none)",
				      gc ? gc : "(none)", want_k, want_c);
				cJSON_Delete(rep);
			}
		CHECK(failed == 2 * nr, "every failing allocation of the build is no report: %ld of %ld",
		      failed, 2 * nr);
	}

	cJSON_Delete(base);
	cJSON_Delete(k);
	cJSON_Delete(c);
	return CHECK_DONE();
}
