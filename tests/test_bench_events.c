/* test_bench_events: the corpus generator with events (bench/gen/event_gen.c, linked as the
 * sc_eventgen library).
 *  - determinism: the same seed gives the same corpus and truth bytes (twice in one process,
 *    and against a recorded hash, so that published benchmark corpora can be regenerated);
 *    another seed gives another corpus;
 *  - truth consistent with the documents: a copy names an earlier non-copy of its own event
 *    with the same kind and language; "published" is there exactly when the truth says the
 *    date comes from it, and holds the true date; a dateline date is in the text as written;
 *    every kind asked for occurs, and no other;
 *  - copies are near-duplicates by the duplicate tier: every copy's word 5-shingle Jaccard
 *    with its source (sc_sh_shingle_set, as the tool computes it) is >= 0.5, and the detector
 *    (duplicate tier) puts copies in one cluster with their source; articles of one event
 *    that are not copies are mostly not near-duplicates. */
#include "check.h"
#include "detect.h"
#include "event_gen.h"
#include "test_util.h"

#include <stdlib.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

typedef struct corpus_s {
	sc_doc_t *docs; /* id, text, lang, published as generated */
	sc_evg_doc_t *meta;
	char **date;
	size_t n;
	uint64_t hash; /* XXH3 of the JSONL bytes followed by the truth bytes */
} corpus_t;

static void corpus_free(corpus_t *c)
{
	for (size_t i = 0; i < c->n; i++) {
		sc_doc_free(&c->docs[i]);
		free(c->date[i]);
	}
	free(c->docs);
	free(c->meta);
	free(c->date);
	memset(c, 0, sizeof *c);
}

static void corpus_doc(const void *ctx, size_t i, const char **text, size_t *len,
                       const char **lang)
{
	const sc_doc_t *d = &((const corpus_t *)ctx)->docs[i];
	*text = d->text;
	*len = d->len;
	*lang = d->lang;
}

static char *dup_str(const char *s)
{
	return s ? strdup(s) : NULL;
}

static int generate(const sc_evg_opts_t *o, corpus_t *c)
{
	char err[256] = "", *mem = NULL;
	size_t memlen = 0;
	sc_evg_t *g = NULL;
	FILE *f = open_memstream(&mem, &memlen);
	int rc = -1;
	memset(c, 0, sizeof *c);
	c->docs = calloc(o->n, sizeof *c->docs);
	c->meta = calloc(o->n, sizeof *c->meta);
	c->date = calloc(o->n, sizeof *c->date);
	if (!f || !c->docs || !c->meta || !c->date) goto done;
	if (sc_evg_opts_check(o, err, sizeof err) || sc_evg_create(&g, o, err, sizeof err))
		goto done;
	/* corpus then truth, in one stream: the hash covers both */
	char *tmem = NULL;
	size_t tlen = 0;
	FILE *tf = open_memstream(&tmem, &tlen);
	if (!tf) goto done;
	sc_evg_write_truth_header(o, tf);
	sc_evg_doc_t d;
	int r;
	while ((r = sc_evg_next(g, &d, err, sizeof err)) == 1) {
		if (sc_evg_write_jsonl(&d, f) || sc_evg_write_truth(&d, tf)) break;
		sc_doc_t *doc = &c->docs[c->n];
		doc->id = dup_str(d.id);
		doc->text = malloc(d.len + 1);
		if (doc->text) memcpy(doc->text, d.text, d.len + 1);
		doc->len = d.len;
		snprintf(doc->lang, sizeof doc->lang, "%s", d.lang);
		doc->published = dup_str(d.published);
		doc->path = dup_str("gen");
		c->meta[c->n] = d;
		c->date[c->n] = dup_str(d.date);
		c->n++;
		if (!doc->text || !doc->id || !c->date[c->n - 1]) break;
	}
	fclose(tf);
	if (r == 0 && fwrite(tmem, 1, tlen, f) == tlen && !fflush(f)) {
		c->hash = XXH3_64bits(mem, memlen);
		rc = 0;
	}
	free(tmem);
done:
	if (rc) fprintf(stderr, "generate (seed %llu): %s\n", (unsigned long long)o->seed, err);
	if (f) fclose(f);
	free(mem);
	sc_evg_free(g);
	return rc;
}

/* Checks the truth of c against its documents. */
static void check_truth(const corpus_t *c, unsigned kinds)
{
	unsigned seen_kinds = 0;
	size_t copies = 0, updates = 0, by_src[3] = {0, 0, 0};
	for (size_t i = 0; i < c->n; i++) {
		const sc_evg_doc_t *m = &c->meta[i];
		const sc_doc_t *d = &c->docs[i];
		seen_kinds |= 1u << m->kind;
		by_src[m->date_source]++;
		CHECK(m->index == i, "doc %zu has index %u", i, m->index);
		if (m->role == SC_EVG_COPY) {
			copies++;
			const int64_t s = m->copy_of;
			CHECK(s >= 0 && (size_t)s < i, "copy %zu of %lld", i, (long long)s);
			if (s < 0 || (size_t)s >= i) continue;
			const sc_evg_doc_t *src = &c->meta[s];
			CHECK(src->event == m->event && src->kind == m->kind &&
			          src->role != SC_EVG_COPY && !strcmp(c->docs[s].lang, d->lang),
			      "copy %zu: source %lld is event %u (%s), the copy event %u", i,
			      (long long)s, src->event, sc_evg_role_name(src->role), m->event);
		} else {
			CHECK(m->copy_of == -1, "non-copy %zu names a source", i);
		}
		updates += m->role == SC_EVG_UPDATE;
		if (m->date_source == SC_EVG_DATE_PUBLISHED) {
			CHECK(d->published && !strncmp(d->published, c->date[i], 10),
			      "doc %zu: published %s, true date %s", i,
			      d->published ? d->published : "-", c->date[i]);
		} else {
			CHECK(!d->published, "doc %zu has published but the truth says %s", i,
			      sc_evg_date_source_name(m->date_source));
		}
		if (m->date_source == SC_EVG_DATE_DATELINE) {
			/* the dateline is the first thing after the headline, and holds the true
			 * year */
			const char *p = strstr(d->text, "\n\n");
			const char *par = p ? strstr(p, " (") : NULL;
			CHECK(p && par && par - p < 120 && !strncmp(par - 4, c->date[i], 4),
			      "doc %zu: no dateline with year %.4s", i, c->date[i]);
		}
		/* within one event: same kind and language as its first article */
		for (size_t j = 0; j < i; j++) {
			if (c->meta[j].event != m->event) continue;
			CHECK(c->meta[j].kind == m->kind && !strcmp(c->docs[j].lang, d->lang),
			      "event %u changes kind or language at doc %zu", m->event, i);
			break;
		}
	}
	CHECK(seen_kinds == kinds, "kinds seen %#x, asked %#x", seen_kinds, kinds);
	CHECK(copies >= c->n / 20 && updates >= c->n / 40, "%zu copies, %zu updates of %zu", copies,
	      updates, c->n);
	CHECK(by_src[0] && by_src[1] && by_src[2], "date sources: %zu %zu %zu", by_src[0],
	      by_src[1], by_src[2]);
}

int main(void)
{
	sc_evg_opts_t o;
	corpus_t c1 = {0}, c2 = {0};
	sc_u64v_t *sets = NULL;
	sc_det_t *det = NULL;
	size_t *cl = NULL;

	/* ---- determinism */
	sc_evg_opts_init(&o);
	o.n = 400;
	o.fr_rate = 0.3;
	if (generate(&o, &c1) || generate(&o, &c2)) {
		CHECK(0, "generation failed");
		goto done;
	}
	CHECK(c1.n == 400 && c2.n == 400, "%zu and %zu documents", c1.n, c2.n);
	CHECK(c1.hash == c2.hash, "seed 42 twice: %016llx vs %016llx", (unsigned long long)c1.hash,
	      (unsigned long long)c2.hash);
	/* The corpus + truth of seed 42 at these options, as recorded when the generator was
	 * written (GSL mt19937 is stable across versions). If the generator changes on purpose,
	 * update this and say so in the commit: published benchmark corpora change. */
	const uint64_t recorded = 0x7a132ee693d528c7ULL;
	CHECK(c1.hash == recorded, "seed 42 hash %016llx, recorded %016llx",
	      (unsigned long long)c1.hash, (unsigned long long)recorded);
	check_truth(&c1, o.kinds);
	corpus_free(&c2);
	o.seed = 43;
	if (generate(&o, &c2)) {
		CHECK(0, "generation failed");
		goto done;
	}
	CHECK(c1.hash != c2.hash, "seeds 42 and 43 give the same corpus");
	corpus_free(&c2);
	/* a subset of kinds: only those occur */
	o.seed = 44;
	o.n = 200;
	CHECK(sc_evg_parse_kinds("fire,sport", &o.kinds, NULL, 0) == SC_OK, "parse kinds");
	if (generate(&o, &c2)) {
		CHECK(0, "generation failed");
		goto done;
	}
	check_truth(&c2, (1u << SC_EVG_FIRE) | (1u << SC_EVG_SPORT));
	corpus_free(&c2);
	char err[256];
	unsigned mask;
	CHECK(sc_evg_parse_kinds("fire,flood", &mask, err, sizeof err) == SC_EPARAM &&
	          strstr(err, "flood"),
	      "an unknown kind is refused, naming it");

	/* ---- copies against the duplicate tier's measure (c1: English and French) */
	const long nosh = sc_test_word_sets(c1.n, corpus_doc, &c1, &sets);
	CHECK(nosh == 0, "shingle sets: %ld documents without one (-1: out of memory)", nosh);
	if (nosh < 0) goto done;
	size_t ncopy = 0, same_event = 0, same_event_dup = 0;
	double jmin = 1;
	for (size_t i = 0; i < c1.n; i++) {
		if (c1.meta[i].role != SC_EVG_COPY) continue;
		const size_t s = (size_t)c1.meta[i].copy_of;
		const double j = sc_sh_jaccard(sets[i].a, sets[i].n, sets[s].a, sets[s].n);
		ncopy++;
		if (j < jmin) jmin = j;
		CHECK(j >= 0.5, "copy d%08zu of d%08zu: word 5-shingle Jaccard %.3f", i, s, j);
	}
	for (size_t i = 0; i < c1.n; i++)
		for (size_t k = i + 1; k < c1.n; k++) {
			if (c1.meta[i].event != c1.meta[k].event ||
			    c1.meta[i].role == SC_EVG_COPY || c1.meta[k].role == SC_EVG_COPY)
				continue;
			same_event++;
			same_event_dup +=
			    sc_sh_jaccard(sets[i].a, sets[i].n, sets[k].a, sets[k].n) >= 0.5;
		}
	fprintf(stderr,
	        "%zu copies, least Jaccard %.3f; %zu non-copy pairs of one event, %zu >= 0.5\n",
	        ncopy, jmin, same_event, same_event_dup);
	CHECK(ncopy >= 20, "only %zu copies", ncopy);
	CHECK(same_event >= 50 && same_event_dup * 20 <= same_event,
	      "%zu of %zu non-copy pairs of one event are near-duplicates", same_event_dup,
	      same_event);

	/* ---- the duplicate tier clusters copies with their source */
	sc_det_opts_t dop;
	sc_det_opts_init(&dop);
	dop.event_tier = 0;
	dop.compare = 0;
	dop.threads = 1;
	det = sc_det_create(&dop);
	if (!det) {
		CHECK(0, "detector");
		goto done;
	}
	for (size_t i = 0; i < c1.n; i++) {
		CHECK(sc_det_add(det, &c1.docs[i]) == SC_OK, "add %zu", i); /* takes the fields */
	}
	CHECK(sc_det_run(det, err, sizeof err) == SC_OK, "run: %s", err);
	const sc_det_result_t *res = sc_det_result(det);
	cl = malloc(c1.n * sizeof *cl); /* cluster of each document index (ids sort as indices) */
	if (!cl) goto done;
	for (size_t i = 0; i < c1.n; i++)
		cl[i] = (size_t)-1;
	CHECK(res->ndocs == c1.n, "%zu documents in the result", res->ndocs);
	for (size_t k = 0; k < res->nclusters; k++)
		if (res->clusters[k].kind == SC_CLUSTER_DUPLICATE)
			for (size_t m = 0; m < res->clusters[k].nmembers; m++)
				cl[res->clusters[k].members[m]] = k;
	size_t together = 0;
	for (size_t i = 0; i < c1.n; i++) {
		if (c1.meta[i].role != SC_EVG_COPY) continue;
		const size_t s = (size_t)c1.meta[i].copy_of;
		together += cl[i] != (size_t)-1 && cl[i] == cl[s];
	}
	fprintf(stderr, "duplicate tier: %zu of %zu copies clustered with their source\n", together,
	        ncopy);
	CHECK(together * 20 >= ncopy * 19, "only %zu of %zu copies clustered with their source",
	      together, ncopy);
done:
	sc_test_sets_free(sets, c1.n);
	free(cl);
	sc_det_free(det);
	corpus_free(&c1);
	corpus_free(&c2);
	return CHECK_DONE();
}
