/* test_detect_threads: the detector's output does not depend on the thread count (issue 6).
 * A generated corpus of a few thousand documents with planted copies, outlet boilerplate and
 * dates (bench/gen/corpus_gen.c, the library sc_benchgen, built also with SC_BENCH=OFF) goes
 * through sc_det_run with 1, 2 and 5 threads, in three configurations (both tiers with the
 * boilerplate pass; duplicate tier only without it, the large-corpus path; a set cache too
 * small for every set, so sets are rebuilt on threads); the JSON reports must be byte-identical
 * and the verified pair lists equal. Non-vacuous: the corpus must give duplicate clusters and
 * verified event pairs, and the small-cache run must rebuild sets. */
#include "corpus_gen.h"

#include "check.h"
#include "test_util.h"
#include "report.h"

#include <cjson/cJSON.h>
#include <gsl/gsl_errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NDOCS 1500

typedef struct run_out_s {
	char *json;
	size_t ndup, nevent, nclusters, sets_built;
	sc_pair_t *dup, *event;
} run_out_t;

static void gen_opts(sc_gen_opts_t *go)
{
	sc_gen_opts_init(go);
	go->n = NDOCS;
	go->words = 200;
	go->seed = 7;
	go->published = 1;
}

/* The streaming detector's second pass: the same corpus, generated again. */
static int reread(void *ctx, sc_det_t *d)
{
	(void)ctx;
	sc_gen_opts_t go;
	sc_gen_t *g = NULL;
	sc_gen_doc_t gd;
	char err[512];
	int r, rc = SC_OK;
	gen_opts(&go);
	if (sc_gen_create(&g, &go, err, sizeof err)) return SC_ENOMEM;
	while (!rc && (r = sc_gen_next(g, &gd, err, sizeof err)) == 1) {
		sc_doc_t doc;
		/* every third document without lang: the language guess runs on threads too */
		if (sc_test_gen_doc(&gd, &doc, "gen", gd.index % 3 != 0)) rc = SC_ENOMEM;
		if (!rc) rc = sc_det_supply(d, &doc);
		sc_doc_free(&doc);
	}
	sc_gen_free(g);
	return rc;
}

static int run(const sc_det_opts_t *o, run_out_t *out)
{
	sc_gen_opts_t go;
	sc_gen_t *g = NULL;
	sc_det_t *d = NULL;
	cJSON *rep = NULL;
	char err[512];
	int rc = -1;
	memset(out, 0, sizeof *out);
	gen_opts(&go);
	if (sc_gen_create(&g, &go, err, sizeof err) || !(d = sc_det_create(o))) goto done;
	sc_gen_doc_t gd;
	int r;
	while ((r = sc_gen_next(g, &gd, err, sizeof err)) == 1) {
		sc_doc_t doc;
		if (sc_test_gen_doc(&gd, &doc, "gen", gd.index % 3 != 0) || sc_det_add(d, &doc)) {
			sc_doc_free(&doc);
			goto done;
		}
	}
	if (o->reread && !sc_det_streaming(d)) {
		fprintf(stderr, "run: the detector does not stream\n");
		goto done;
	}
	if (r < 0 || sc_det_run(d, err, sizeof err)) {
		fprintf(stderr, "run: %s\n", err);
		goto done;
	}
	const sc_det_result_t *res = sc_det_result(d);
	if (!(rep = sc_rep_build(d, NULL)) || !(out->json = sc_rep_print(rep, SC_FMT_JSON)))
		goto done;
	out->ndup = res->ndup_pairs;
	out->nevent = res->nevent_pairs;
	out->nclusters = res->nclusters;
	out->sets_built = res->stats.sets_built;
	out->dup = malloc((res->ndup_pairs + 1) * sizeof *out->dup);
	out->event = malloc((res->nevent_pairs + 1) * sizeof *out->event);
	if (!out->dup || !out->event) goto done;
	if (res->ndup_pairs) memcpy(out->dup, res->dup_pairs, res->ndup_pairs * sizeof *out->dup);
	if (res->nevent_pairs)
		memcpy(out->event, res->event_pairs, res->nevent_pairs * sizeof *out->event);
	rc = 0;
done:
	cJSON_Delete(rep);
	sc_det_free(d);
	sc_gen_free(g);
	return rc;
}

static void out_free(run_out_t *o)
{
	free(o->json);
	free(o->dup);
	free(o->event);
}

static void same_for_all_threads(const char *name, sc_det_opts_t *o)
{
	static const int threads[] = {1, 2, 5};
	run_out_t ref, x;
	o->threads = 1;
	CHECK(run(o, &ref) == 0, "%s: run with 1 thread failed", name);
	if (!ref.json) return;
	printf("%s: %zu clusters, %zu duplicate pairs, %zu event pairs, %zu sets rebuilt\n", name,
	       ref.nclusters, ref.ndup, ref.nevent, ref.sets_built);
	CHECK(ref.ndup > 50, "%s: only %zu duplicate pairs", name, ref.ndup);
	CHECK(ref.nclusters > 50, "%s: only %zu clusters", name, ref.nclusters);
	if (o->event_tier) CHECK(ref.nevent > ref.ndup, "%s: %zu event pairs", name, ref.nevent);
	if (o->set_cache_bytes < 4096) CHECK(ref.sets_built > 0, "%s: no set rebuilt", name);
	for (size_t i = 1; i < sizeof threads / sizeof *threads; i++) {
		o->threads = threads[i];
		CHECK(run(o, &x) == 0, "%s: run with %d threads failed", name, threads[i]);
		if (!x.json) continue;
		CHECK(!strcmp(ref.json, x.json), "%s: report with %d threads differs from 1 thread",
		      name, threads[i]);
		CHECK(x.ndup == ref.ndup && x.nevent == ref.nevent, "%s, %d threads: pair counts",
		      name, threads[i]);
		CHECK(x.sets_built == ref.sets_built, "%s, %d threads: sets rebuilt %zu vs %zu",
		      name, threads[i], x.sets_built, ref.sets_built);
		if (x.ndup == ref.ndup)
			CHECK(!memcmp(x.dup, ref.dup, ref.ndup * sizeof *ref.dup),
			      "%s, %d threads: duplicate pairs differ", name, threads[i]);
		if (x.nevent == ref.nevent)
			CHECK(!memcmp(x.event, ref.event, ref.nevent * sizeof *ref.event),
			      "%s, %d threads: event pairs differ", name, threads[i]);
		out_free(&x);
	}
	out_free(&ref);
}

int main(void)
{
	gsl_set_error_handler_off();
	sc_det_opts_t o;

	sc_det_opts_init(&o);
	o.compare = 0;
	same_for_all_threads("both tiers, boilerplate", &o);

	sc_det_opts_init(&o);
	o.compare = 0;
	o.boilerplate = 0;
	o.event_tier = 0;
	same_for_all_threads("duplicate tier, no boilerplate pass", &o);

	sc_det_opts_init(&o);
	o.compare = 0;
	o.set_cache_bytes = 1024; /* almost nothing cached: sets rebuilt for candidates */
	same_for_all_threads("both tiers, tiny set cache", &o);

	/* Streaming: texts sketched at add time and freed, read again for verification. The
	 * verified pairs must be those of the in-memory run (both are exact), and the report the
	 * same for any thread count. */
	run_out_t mem, str;
	sc_det_opts_init(&o);
	o.compare = 0;
	o.boilerplate = 0;
	o.event_tier = 0;
	o.threads = 2;
	CHECK(run(&o, &mem) == 0, "in-memory run failed");
	o.reread = reread;
	same_for_all_threads("streaming, duplicate tier", &o);
	o.threads = 2;
	CHECK(run(&o, &str) == 0, "streaming run failed");
	CHECK(mem.ndup == str.ndup && mem.ndup > 0 &&
	          !memcmp(mem.dup, str.dup, mem.ndup * sizeof *mem.dup),
	      "streaming verified pairs differ from the in-memory run (%zu vs %zu)", str.ndup,
	      mem.ndup);
	CHECK(mem.json && str.json && !strcmp(mem.json, str.json),
	      "streaming report differs from the in-memory one on this corpus");
	out_free(&mem);
	out_free(&str);
	return CHECK_DONE();
}
