/* Seeded random corpora through the detector: texts cut and spliced from the seeds with random
 * line breaks, teasers, repeated lines, empty lines and stray bytes; checks the invariants of
 * the result (sorted, in range, verified, spans disjoint and inside the text). The seed is
 * printed on failure. */
#include "check.h"
#include "det_internal.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f) return NULL;
	fseek(f, 0, SEEK_END);
	long m = ftell(f);
	rewind(f);
	char *b = malloc((size_t)m + 1);
	*n = fread(b, 1, (size_t)m, f);
	b[*n] = '\0';
	fclose(f);
	return b;
}

static void check_result(const sc_det_result_t *r, const sc_det_opts_t *o, unsigned long seed)
{
	for (size_t i = 0; i < r->ndocs; i++) {
		const sc_det_doc_t *x = &r->docs[i];
		if (i)
			CHECK(strcmp(r->docs[i - 1].doc.id, x->doc.id) < 0,
			      "docs sorted (seed %lu)", seed);
		size_t bytes = 0, last = 0;
		for (size_t j = 0; j < x->nboiler; j++) {
			CHECK(x->boiler[j].start >= last && x->boiler[j].start < x->boiler[j].end &&
			          x->boiler[j].end <= x->doc.len,
			      "span %zu of %s in order and in range (seed %lu)", j, x->doc.id,
			      seed);
			last = x->boiler[j].end;
			bytes += x->boiler[j].end - x->boiler[j].start;
		}
		CHECK(bytes == x->boilerplate_bytes, "boilerplate bytes add up (seed %lu)", seed);
	}
	for (size_t c = 0; c < r->nclusters; c++) {
		const sc_cluster_t *k = &r->clusters[c];
		double t = k->kind == SC_CLUSTER_EVENT ? o->event_threshold : o->dup_threshold;
		CHECK(k->nmembers >= 2, "cluster of 2+ (seed %lu)", seed);
		for (size_t i = 1; i < k->nmembers; i++)
			CHECK(k->members[i - 1] < k->members[i], "members sorted (seed %lu)", seed);
		if (c)
			CHECK(r->clusters[c - 1].members[0] < k->members[0] ||
			          (r->clusters[c - 1].members[0] == k->members[0] &&
			           r->clusters[c - 1].kind < k->kind),
			      "clusters sorted (seed %lu)", seed);
		for (size_t p = 0; p < k->npairs; p++) {
			const sc_pair_t *e = &k->pairs[p];
			int in = 0;
			for (size_t i = 0; i < k->nmembers; i++)
				in += k->members[i] == e->a || k->members[i] == e->b;
			CHECK(in == 2 && e->a < e->b, "pair inside its cluster (seed %lu)", seed);
			CHECK(e->jaccard >= t || k->kind == SC_CLUSTER_EVENT,
			      "pair verified (seed %lu)", seed);
			CHECK(e->ci_lo <= e->estimate && e->estimate <= e->ci_hi,
			      "interval (seed %lu)", seed);
		}
	}
}

/* A corpus of one topic: 2000 texts of 60 words drawn from the same 200. Pairs share a fifth
 * of their content words, so the event tier would verify most of two million pairs: it is
 * skipped, and says so; the duplicate tier (random orders share few 5-word sequences) still
 * runs. */
static void test_one_topic(void)
{
	char words[200][8];
	const char *w[200];
	for (int i = 0; i < 200; i++) {
		snprintf(words[i], sizeof words[i], "zo%c%c", 'a' + i / 26, 'a' + i % 26);
		w[i] = words[i];
	}
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	gsl_rng_set(rng, 5);
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	o.compare = 0;
	o.boilerplate = 0;
	sc_det_t *d = sc_det_create(&o);
	for (int i = 0; i < 2000; i++) {
		gsl_ran_shuffle(rng, w, 200, sizeof *w);
		char text[1024], id[16];
		size_t n = 0;
		for (int j = 0; j < 60; j++)
			n += (size_t)snprintf(text + n, sizeof text - n, "%s ", w[j]);
		snprintf(id, sizeof id, "t%04d", i);
		sc_doc_t doc = {
		    .id = strdup(id), .text = strdup(text), .len = n, .path = strdup("t")};
		sc_det_add(d, &doc);
	}
	char err[256];
	CHECK(sc_det_run(d, err, sizeof err) == SC_OK, "run: %s", err);
	const sc_det_result_t *r = sc_det_result(d);
	/* The event tier never gives up: it stays within its budget and says what it cut. */
	CHECK(!r->stats.event.skipped && r->stats.event.exact <= r->stats.event.budget &&
	          r->stats.event.budget == SC_DET_EVENT_BUDGET(2000),
	      "event tier within its budget: %llu of %llu",
	      (unsigned long long)r->stats.event.exact, (unsigned long long)r->stats.event.budget);
	CHECK((r->stats.event.pairs_cut || r->stats.event.means_cut) && strstr(r->warning, "budget"),
	      "the cut is said: '%s'", r->warning);
	size_t events = 0;
	for (size_t i = 0; i < r->nclusters; i++)
		events += r->clusters[i].kind == SC_CLUSTER_EVENT;
	printf("one-topic random corpus: %zu event clusters, %zu event pairs\n", events,
	       r->nevent_pairs);
	CHECK(r->stats.dup.lsh.keys == 2000u * (unsigned)r->dup_plan.b, "the duplicate tier ran");
	sc_det_free(d);
	gsl_rng_free(rng);
}

int main(void)
{
	gsl_set_error_handler_off();
	static const char *const seeds[] = {
	    "fixtures/seeds/000_b38a9e9196d169f0.txt", "fixtures/seeds/001_d9dcfc18c8c5b1ee.txt",
	    "fixtures/seeds/002_d8b1cb26158f392a.txt", "fixtures/seeds/003_e491c17ebe66b93c.txt",
	    "fixtures/seeds/004_e3dd04c419d25de4.txt"};
	char *src[5];
	size_t len[5];
	for (int i = 0; i < 5; i++)
		if (!(src[i] = slurp(seeds[i], &len[i]))) {
			printf("SKIP: %s missing\n", seeds[i]);
			return 77;
		}
	static const char *const extra[] = {"\n\nRelated Posts\n",
	                                    "Partager cet article\n",
	                                    "Un titre sans rapport avec le reste…\n",
	                                    "\n\n\n",
	                                    "\xff\xfe",
	                                    "... ...\n",
	                                    "Lire aussi\n"};
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	for (unsigned long seed = 1; seed <= 12; seed++) {
		gsl_rng_set(rng, seed);
		sc_det_opts_t o;
		sc_det_opts_init(&o);
		o.compare = 0;
		o.event_window_days = (int)gsl_rng_uniform_int(rng, 3) * 7;
		o.set_cache_bytes = gsl_rng_uniform_int(rng, 2) ? SC_DET_SET_CACHE : 4096;
		sc_det_t *d = sc_det_create(&o);
		size_t ndocs = 5 + gsl_rng_uniform_int(rng, 30);
		for (size_t i = 0; i < ndocs; i++) {
			size_t cap = 16384, n = 0;
			char *t = malloc(cap);
			int pieces = 1 + (int)gsl_rng_uniform_int(rng, 4);
			for (int p = 0; p < pieces; p++) {
				int s = (int)gsl_rng_uniform_int(rng, 5);
				size_t a = gsl_rng_uniform_int(rng, len[s]),
				       m = gsl_rng_uniform_int(rng, len[s] - a + 1);
				if (n + m + 64 > cap) break;
				memcpy(t + n, src[s] + a, m);
				n += m;
				const char *e = extra[gsl_rng_uniform_int(rng, 7)];
				memcpy(t + n, e, strlen(e));
				n += strlen(e);
			}
			size_t rep;
			char *fixed = sc_sh_utf8_repair(t, n, &n, &rep);
			free(t);
			char id[32], date[32];
			snprintf(id, sizeof id, "r%02zu", gsl_rng_uniform_int(rng, 40));
			snprintf(date, sizeof date, "2024-0%d-%02d",
			         1 + (int)gsl_rng_uniform_int(rng, 9),
			         1 + (int)gsl_rng_uniform_int(rng, 28));
			sc_doc_t doc = {.id = strdup(id),
			                .text = fixed,
			                .len = n,
			                .path = strdup("random"),
			                .published =
			                    gsl_rng_uniform_int(rng, 4) ? strdup(date) : NULL};
			CHECK(sc_det_add(d, &doc) == SC_OK, "add (seed %lu)", seed);
			sc_doc_free(&doc);
		}
		char err[256];
		CHECK(sc_det_run(d, err, sizeof err) == SC_OK, "run: %s (seed %lu)", err, seed);
		const sc_det_result_t *r = sc_det_result(d);
		CHECK(r->ndocs + r->nrejects == ndocs && r->inputs == ndocs,
		      "every input accounted for (seed %lu)", seed);
		check_result(r, &o, seed);
		sc_det_free(d);
	}
	gsl_rng_free(rng);
	for (int i = 0; i < 5; i++)
		free(src[i]);
	test_one_topic();
	return CHECK_DONE();
}
