/* test_report_lean: sc_rep_write_json of a lean tree writes exactly the bytes of sc_rep_print of
 * the full tree (the CLI's JSON path; issue: report memory at 1M documents). A generated corpus
 * (bench/gen/corpus_gen.c, the library sc_benchgen) of enough documents that the output passes the
 * writer's 1 MiB buffer several times, with rejects (with and without id and line) and with a
 * baseline applied to both trees, goes through a duplicate-tier detect run; the file written must
 * equal the full print, the lean tree must hold no per-document entries, and the summary line must
 * be the same for both trees. Non-vacuous: the output must exceed 2 MiB and hold duplicate
 * clusters and rejects. */
#include "corpus_gen.h"

#include "check.h"
#include "test_util.h"
#include "report.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
	sc_gen_opts_t go;
	sc_gen_t *g = NULL;
	sc_det_t *d = NULL;
	sc_det_opts_t o;
	cJSON *full = NULL, *lean = NULL, *params = NULL, *base = NULL;
	char err[512], path[] = "/tmp/sc-test-lean-XXXXXX";
	char *json = NULL, *written = NULL, *l1 = NULL, *l2 = NULL;
	int fd = mkstemp(path);
	CHECK(fd >= 0, "temporary file");
	if (fd < 0) return 1;
	close(fd);
	sc_gen_opts_init(&go);
	go.n = 12000;
	go.words = 60;
	go.seed = 11;
	go.published = 1;
	sc_det_opts_init(&o);
	o.event_tier = 0;
	o.compare = 0;
	o.boilerplate = 0;
	if (sc_gen_create(&g, &go, err, sizeof err) || !(d = sc_det_create(&o))) {
		CHECK(0, "setup: %s", err);
		goto done;
	}
	sc_gen_doc_t gd;
	int r;
	while ((r = sc_gen_next(g, &gd, err, sizeof err)) == 1) {
		sc_doc_t doc;
		if (sc_test_gen_doc(&gd, &doc, "gen \"quoted\"\tpath", 1) || sc_det_add(d, &doc)) {
			sc_doc_free(&doc);
			CHECK(0, "add");
			goto done;
		}
	}
	for (int i = 0; i < 3; i++) {
		sc_reject_t rej = {i ? strdup("bad\\id") : NULL, strdup("in/x.jsonl"), (uint64_t)i * 7,
		                   strdup("NUL byte at offset 3")};
		CHECK(sc_det_reject(d, &rej) == SC_OK, "reject");
	}
	CHECK(r == 0 && sc_det_run(d, err, sizeof err) == SC_OK, "run: %s", err);
	params = cJSON_CreateObject();
	cJSON_AddStringToObject(params, "tier", "duplicate");
	full = sc_rep_build(d, params);
	lean = sc_rep_build_lean(d, params);
	CHECK(full && lean, "build");
	if (!full || !lean) goto done;
	/* a baseline holding the first duplicate cluster: both trees lose it alike */
	base = cJSON_Duplicate(full, 1);
	const cJSON *cl = cJSON_GetObjectItem(full, "clusters");
	CHECK(cJSON_GetArraySize(cl) > 10, "duplicate clusters: %d", cJSON_GetArraySize(cl));
	sc_rep_apply_baseline(full, base);
	sc_rep_apply_baseline(lean, base);
	/* in their place, the placeholder {"streamed": true} (report.h) */
	CHECK(cJSON_IsTrue(cJSON_GetObjectItem(cJSON_GetObjectItem(lean, "documents"), "streamed")) &&
	          cJSON_IsTrue(cJSON_GetObjectItem(cJSON_GetObjectItem(lean, "rejected"), "streamed")) &&
	          cJSON_GetArraySize(cJSON_GetObjectItem(lean, "documents")) == 1 &&
	          cJSON_GetArraySize(cJSON_GetObjectItem(lean, "rejected")) == 1,
	      "the lean tree holds no per-document entries");
	json = sc_rep_print(full, SC_FMT_JSON);
	CHECK(json && strlen(json) > (2u << 20), "output over 2 MiB: %zu", json ? strlen(json) : 0);
	CHECK(sc_rep_write_json(path, lean, d, err, sizeof err) == SC_OK, "write: %s", err);
	written = sc_test_slurp(path, NULL);
	CHECK(json && written && !strcmp(json, written), "lean output byte-identical to the full print");
	CHECK(json && strstr(json, "\"reason\": \"NUL byte at offset 3\""), "rejects printed");
	l1 = sc_rep_summary_line(full);
	l2 = sc_rep_summary_line(lean);
	CHECK(l1 && l2 && !strcmp(l1, l2), "summary lines: %s | %s", l1, l2);
	CHECK(sc_rep_write_json("/nonexistent-dir/x.json", lean, d, err, sizeof err) == SC_EIO &&
	          strstr(err, "/nonexistent-dir/x.json"),
	      "unwritable path named: %s", err);
done:
	unlink(path);
	free(json);
	free(written);
	free(l1);
	free(l2);
	cJSON_Delete(full);
	cJSON_Delete(lean);
	cJSON_Delete(params);
	cJSON_Delete(base);
	sc_det_free(d);
	sc_gen_free(g);
	return CHECK_DONE();
}
