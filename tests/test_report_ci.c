/* test_report_ci.c: fingerprints, --baseline, --fail-on, the summary line, loading reports
 * (and its errors) and atomic writes. */
#include "check.h"
#include "report.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static cJSON *conflict(const char *adoc, const char *atext, const char *bdoc, const char *btext,
                       double score, const char *kind, int start)
{
	cJSON *k = cJSON_CreateObject(), *a = cJSON_CreateObject(), *b = cJSON_CreateObject();
	cJSON_AddStringToObject(k, "id", "k1");
	cJSON_AddStringToObject(k, "cluster", "c1");
	cJSON_AddStringToObject(k, "kind", kind);
	cJSON_AddNumberToObject(k, "score", score);
	cJSON_AddStringToObject(a, "doc", adoc);
	cJSON_AddNumberToObject(a, "start", start);
	cJSON_AddStringToObject(a, "text", atext);
	cJSON_AddStringToObject(b, "doc", bdoc);
	cJSON_AddNumberToObject(b, "start", start * 2);
	cJSON_AddStringToObject(b, "text", btext);
	cJSON_AddItemToObject(k, "a", a);
	cJSON_AddItemToObject(k, "b", b);
	return k;
}

static void fp(const cJSON *x, int is_conflict, char out[17])
{
	sc_rep_fingerprint(x, is_conflict, out);
}

static int write_file(const char *path, const char *s)
{
	FILE *f = fopen(path, "wb");
	if (!f) return -1;
	fputs(s, f);
	return fclose(f);
}

static int count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	int n = 0;
	struct dirent *e;
	if (!d) return -1;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
	closedir(d);
	return n;
}

/* cJSON allocations that fail from the n-th on (n < 0: never), to walk the out-of-memory paths */
static long g_fail_at = -1, g_nalloc;
static void *fail_malloc(size_t sz)
{
	if (g_fail_at >= 0 && g_nalloc++ >= g_fail_at) return NULL;
	return malloc(sz);
}

int main(void)
{
	char f0[17], f1[17];

	/* ---- fingerprints: stable under what does not change the finding */
	const char *ta = "Les négociations ont eu lieu à Doha, selon le Post.";
	const char *tb = "Zakharova a démenti toute négociation.";
	cJSON *k0 = conflict("d1", ta, "d2", tb, 0.9, "denial", 10);
	fp(k0, 1, f0);
	CHECK(strlen(f0) == 16 && strspn(f0, "0123456789abcdef") == 16, "hex: %s", f0);
	cJSON *k1 = conflict("d2", tb, "d1", ta, 0.5, "negation",
	                     999); /* swapped, other score/kind/offsets */
	fp(k1, 1, f1);
	CHECK(!strcmp(f0, f1), "swap/score/kind/offsets do not change it: %s %s", f0, f1);
	cJSON_Delete(k1);
	/* retypeset: case, spacing, typographic apostrophe and punctuation, NFD accents, ligature
	 */
	k1 = conflict("d1", "LES  NÉGOCIATIONS ont eu lieu à Doha -- selon le « Post »", "d2",
	              "Zakharova a de\xCC\x81menti   toute\nnégociation", 0.9, "denial", 10);
	fp(k1, 1, f1);
	CHECK(!strcmp(f0, f1), "normalised text: %s %s", f0, f1);
	cJSON_Delete(k1);
	k1 = conflict("d1", ta, "d3", tb, 0.9, "denial", 10); /* another document */
	fp(k1, 1, f1);
	CHECK(strcmp(f0, f1), "another document changes it");
	cJSON_Delete(k1);
	k1 = conflict("d1", ta, "d2", "Zakharova a confirmé toute négociation.", 0.9, "denial", 10);
	fp(k1, 1, f1);
	CHECK(strcmp(f0, f1), "another sentence changes it");
	cJSON_Delete(k1);
	/* sides are framed: moving a word across the doc/text boundary changes it */
	k1 = conflict("d1 Les", "négociations ont eu lieu à Doha, selon le Post.", "d2", tb, 0.9,
	              "denial", 10);
	fp(k1, 1, f1);
	CHECK(strcmp(f0, f1), "fields are framed");
	cJSON_Delete(k1);
	{
		cJSON *c =
		    cJSON_Parse("{\"id\":\"c2\",\"kind\":\"duplicate\",\"members\":[\"b\",\"a\"]}");
		cJSON *c2 = cJSON_Parse("{\"id\":\"c9\",\"kind\":\"duplicate\",\"members\":[\"a\","
		                        "\"b\"],\"pairs\":[]}");
		cJSON *c3 = cJSON_Parse(
		    "{\"id\":\"c2\",\"kind\":\"duplicate\",\"members\":[\"a\",\"b\",\"c\"]}");
		fp(c, 0, f0);
		fp(c2, 0, f1);
		CHECK(!strcmp(f0, f1), "cluster: member order and id do not matter");
		fp(c3, 0, f1);
		CHECK(strcmp(f0, f1), "cluster: members matter");
		cJSON_Delete(c);
		cJSON_Delete(c2);
		cJSON_Delete(c3);
	}

	/* ---- the fixture's stored fingerprints are what the code computes: a change to the
	 * algorithm would silently break every CI baseline, so it must show up here */
	cJSON *sample = NULL;
	char err[512];
	int rc = sc_rep_load("fixtures/reports/sample.json", &sample, err, sizeof err);
	CHECK(rc == SC_OK, "load sample: %s", err);
	if (sample) {
		const cJSON *x;
		int n = 0;
		cJSON_ArrayForEach(x, cJSON_GetObjectItem(sample, "conflicts"))
		{
			fp(x, 1, f0);
			CHECK(!strcmp(f0, cJSON_GetObjectItem(x, "fingerprint")->valuestring),
			      "stored fingerprint %s", f0);
			n++;
		}
		cJSON_ArrayForEach(x, cJSON_GetObjectItem(sample, "clusters"))
		{
			if (!cJSON_GetObjectItem(x, "fingerprint")) continue;
			fp(x, 0, f0);
			CHECK(!strcmp(f0, cJSON_GetObjectItem(x, "fingerprint")->valuestring),
			      "stored cluster fingerprint %s", f0);
			n++;
		}
		CHECK(n == 4, "4 fingerprints checked, got %d", n);
	}

	/* ---- fail-on */
	sc_rep_failon_t fo = {0};
	CHECK(sc_rep_failon_parse("conflict", &fo) == SC_OK && fo.conflict && fo.conflict_min == 0,
	      "conflict");
	CHECK(sc_rep_failon_parse("conflict:0.8", &fo) == SC_OK, "conflict:0.8");
	CHECK(fo.conflict_min == 0, "lower bar wins when given twice");
	memset(&fo, 0, sizeof fo);
	CHECK(sc_rep_failon_parse("conflict:0.91", &fo) == SC_OK && fo.conflict_min == 0.91,
	      "0.91");
	CHECK(sc_rep_failon_parse("conflict:", &fo) == SC_EPARAM, "empty min");
	CHECK(sc_rep_failon_parse("conflict:1.5", &fo) == SC_EPARAM, "min > 1");
	CHECK(sc_rep_failon_parse("conflict:nan", &fo) == SC_EPARAM, "nan");
	CHECK(sc_rep_failon_parse("conflicts", &fo) == SC_EPARAM, "conflicts");
	CHECK(sc_rep_failon_parse("dup", &fo) == SC_EPARAM, "dup");
	if (sample) {
		CHECK(sc_rep_failon_hit(sample, &fo) == 1,
		      "0.91 reaches the bar of 0.91 (k1 scores 0.91)");
		fo.conflict_min = 0.9101;
		CHECK(sc_rep_failon_hit(sample, &fo) == 0, "0.9101 is above every score");
		memset(&fo, 0, sizeof fo);
		CHECK(sc_rep_failon_hit(sample, &fo) == 0, "no bar, no hit");
		CHECK(sc_rep_failon_parse("duplicate", &fo) == SC_OK &&
		          sc_rep_failon_hit(sample, &fo) == 1,
		      "duplicate cluster hits");
		char *line = sc_rep_summary_line(sample);
		CHECK(line && !strcmp(line, "storycheck: 5 documents, 1 rejected, 2 clusters (1 "
		                            "event, 1 duplicate), "
		                            "3 conflicts (top score 0.91)"),
		      "summary line: %s", line ? line : "(null)");
		free(line);
	}

	/* ---- baseline: the same report as baseline leaves nothing; a new finding survives */
	if (sample) {
		cJSON *cur = cJSON_Duplicate(sample, 1);
		long kept = sc_rep_apply_baseline(cur, sample);
		CHECK(kept == 0, "same report: %ld kept", kept);
		CHECK(cJSON_GetArraySize(cJSON_GetObjectItem(cur, "conflicts")) == 0,
		      "no conflicts left");
		const cJSON *sum = cJSON_GetObjectItem(cur, "summary"),
		            *bl = cJSON_GetObjectItem(sum, "baseline");
		CHECK(cJSON_GetObjectItem(sum, "conflicts")->valuedouble == 0, "summary updated");
		CHECK(cJSON_GetObjectItem(sum, "clusters")->valuedouble == 1,
		      "event cluster kept, duplicate gone");
		CHECK(bl && cJSON_GetObjectItem(bl, "suppressed_conflicts")->valuedouble == 3 &&
		          cJSON_GetObjectItem(bl, "suppressed_duplicates")->valuedouble == 1 &&
		          cJSON_GetArraySize(cJSON_GetObjectItem(bl, "suppressed")) == 4,
		      "what was filtered is recorded");
		sc_rep_failon_t all = {1, 0, 1};
		CHECK(sc_rep_failon_hit(cur, &all) == 0, "nothing new: no hit");
		char *line = sc_rep_summary_line(cur);
		CHECK(line &&
		          strstr(
		              line,
		              "baseline: 3 known conflicts and 1 known duplicate cluster left out"),
		      "%s", line ? line : "");
		free(line);
		cJSON_Delete(cur);

		cur = cJSON_Duplicate(sample, 1);
		cJSON_AddItemToArray(cJSON_GetObjectItem(cur, "conflicts"),
		                     conflict("wapo-0411", "A brand new claim about Doha.",
		                              "lemonde-0412", "Un démenti.", 0.7, "denial", 5));
		kept = sc_rep_apply_baseline(cur, sample);
		CHECK(kept == 1, "one new finding kept, got %ld", kept);
		CHECK(sc_rep_failon_hit(cur, &all) == 1, "the new finding hits");
		cJSON_Delete(cur);
	}

	/* ---- baseline out of memory: either every left-out finding is named in the record or
	 * the call fails; never a finding removed silently (cJSON allocations fail from the
	 * n-th on, for every n until one run succeeds) */
	if (sample) {
		long n, kept = -1;
		for (n = 0; n < 10000 && kept < 0; n++) {
			cJSON *cur = cJSON_Duplicate(sample, 1);
			cJSON_Hooks h = {fail_malloc, free};
			g_nalloc = 0;
			g_fail_at = n;
			cJSON_InitHooks(&h);
			kept = sc_rep_apply_baseline(cur, sample);
			cJSON_InitHooks(NULL);
			g_fail_at = -1;
			const cJSON *bl = cJSON_GetObjectItem(cJSON_GetObjectItem(cur, "summary"),
			                                      "baseline");
			if (kept >= 0) {
				double nsup = cJSON_GetObjectItem(bl, "suppressed_conflicts")->valuedouble +
				              cJSON_GetObjectItem(bl, "suppressed_duplicates")->valuedouble;
				CHECK(nsup == 4 && cJSON_GetArraySize(cJSON_GetObjectItem(bl, "suppressed")) == 4,
				      "allocation %ld failing: %g left out, %d named", n, nsup,
				      cJSON_GetArraySize(cJSON_GetObjectItem(bl, "suppressed")));
			} else
				CHECK(kept == SC_ENOMEM, "allocation %ld failing: %ld", n, kept);
			cJSON_Delete(cur);
		}
		CHECK(kept == 0 && n > 1, "the sweep reached a run that succeeds (%ld allocations)", n);
	}

	/* ---- load errors name the file and the problem */
	char dir[] = "/tmp/sc-rep-test-XXXXXX";
	CHECK(mkdtemp(dir) != NULL, "mkdtemp");
	char p[256];
	cJSON *j = NULL;
	snprintf(p, sizeof p, "%s/bad.json", dir);
	write_file(p, "{\"schema\": \"storycheck/report/v1\",\n \"documents\": [}\n");
	CHECK(sc_rep_load(p, &j, err, sizeof err) == SC_EFORMAT && strstr(err, "not JSON") &&
	          strstr(err, "line 2") && strstr(err, "bad.json"),
	      "not JSON: %s", err);
	write_file(p, "{\"schema\": \"storycheck/report/v2\", \"documents\": [], \"rejected\": [], "
	              "\"clusters\": [], \"conflicts\": []}");
	CHECK(sc_rep_load(p, &j, err, sizeof err) == SC_EVERSION &&
	          strstr(err, "storycheck/report/v2") && strstr(err, SC_REP_SCHEMA),
	      "version: %s", err);
	write_file(p, "{\"schema\": \"storycheck/report/v1\", \"documents\": [], \"rejected\": [], "
	              "\"clusters\": []}");
	CHECK(sc_rep_load(p, &j, err, sizeof err) == SC_EFORMAT && strstr(err, "conflicts"),
	      "missing: %s", err);
	write_file(p, "[1, 2]");
	CHECK(sc_rep_load(p, &j, err, sizeof err) == SC_EFORMAT &&
	          strstr(err, "not a storycheck report"),
	      "%s", err);
	write_file(p, "{\"schema\": \"storycheck/report/v1\"} trailing");
	CHECK(sc_rep_load(p, &j, err, sizeof err) == SC_EFORMAT, "trailing data: %s", err);
	write_file(p, "{\"schema\": \"storycheck/report/v1\", \"x\": \"\xff\"}");
	CHECK(sc_rep_load(p, &j, err, sizeof err) == SC_EFORMAT && strstr(err, "UTF-8"), "utf8: %s",
	      err);
	snprintf(p, sizeof p, "%s/missing.json", dir);
	CHECK(sc_rep_load(p, &j, err, sizeof err) == SC_EIO && strstr(err, "missing.json"),
	      "missing: %s", err);
	CHECK(j == NULL, "nothing returned on error");
	snprintf(p, sizeof p, "%s/bad.json", dir);
	unlink(p);

	/* ---- atomic writes */
	snprintf(p, sizeof p, "%s/out.txt", dir);
	CHECK(sc_rep_write_atomic(p, "hello\n", 6, err, sizeof err) == SC_OK, "write: %s", err);
	CHECK(sc_rep_write_atomic(p, "again\n", 6, err, sizeof err) == SC_OK, "overwrite: %s", err);
	{
		char buf[16] = {0};
		FILE *f = fopen(p, "rb");
		size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
		if (f) fclose(f);
		CHECK(n == 6 && !strcmp(buf, "again\n"), "content");
		struct stat st;
		CHECK(!stat(p, &st) && (st.st_mode & 0044), "readable like an ordinary file: %o",
		      st.st_mode & 0777);
	}
	CHECK(count_entries(dir) == 1, "no temporary file left, %d entries", count_entries(dir));
	snprintf(p, sizeof p, "%s/nodir/out.txt", dir);
	CHECK(sc_rep_write_atomic(p, "x", 1, err, sizeof err) == SC_EIO &&
	          strstr(err, "nodir/out.txt"),
	      "%s", err);
	/* target is a directory: the rename fails, the temporary file is removed */
	snprintf(p, sizeof p, "%s/sub", dir);
	mkdir(p, 0755);
	CHECK(sc_rep_write_atomic(p, "x", 1, err, sizeof err) == SC_EIO, "directory target");
	CHECK(count_entries(dir) == 2, "only out.txt and sub, %d entries", count_entries(dir));
	CHECK(count_entries(p) == 0, "nothing written into sub");
	rmdir(p);
	snprintf(p, sizeof p, "%s/out.txt", dir);
	unlink(p);
	rmdir(dir);

	cJSON_Delete(k0);
	cJSON_Delete(sample);
	return CHECK_DONE();
}
