/* bench_detect: `storycheck detect`'s duplicate tier end to end through sc_det_run, against the
 * generator's exact truth. Prints CSV.
 *
 * Reads a corpus written by gen_corpus (ids d%08u) and its truth TSV, feeds every document to
 * sc_det_add, runs sc_det_run (comparator off) and compares with T = {truth pairs with
 * J >= threshold} every verified pair of the duplicate tier (the result's dup_pairs, clustered or
 * not: verified_recall, verified_precision) and the pairs listed in duplicate clusters:
 *   recall          = |listed n T| / |T|
 *   precision_truth = |listed n T| / |listed|
 *   below_threshold = listed pairs whose own (detector's) exact Jaccard is below the threshold:
 *                     must be 0 (no pair is reported on an estimate).
 * Where this differs from bench_lsh (LSH alone, on the very sets of the truth), it is the
 * detector's doing: with --boilerplate on, repeated outlet blocks are set aside, which changes
 * the sets (the truth keeps them), so pairs move across the threshold; and clusters list only
 * the verified edges inside them (the anti-chaining guard can keep an edge out). Run with
 * --no-boilerplate to separate the two. dup_links counts the verified pairs the guard kept apart
 * (the result's links, listed beside the clusters), dup_links_true those in T, and
 * recall_with_links = (|listed n T| + dup_links_true) / |T|: what the report accounts for. event_skipped is 1 when the event tier gave up (too many
 * candidates; the warning goes to stderr). Counters and times come from sc_det_result's stats;
 * sec_read is reading the JSONL, sec_total the whole run (one process, peak RSS at the end). */
#include "bench_clock.h"
#include "bench_read.h"
#include "detect.h"
#include "gen/corpus_gen.h"
#include "sc_prim.h"

#include <getopt.h>
#include <gsl/gsl_errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static int id_index(const char *id, uint32_t *out)
{
	unsigned v;
	char extra;
	if (sscanf(id, "d%8u%c", &v, &extra) != 1) return -1;
	*out = v;
	return 0;
}

/* Feeding the detector: what bench_read_all hands over goes to sc_det_add / sc_det_reject. */
typedef struct feed_s {
	sc_det_t *det;
	const char *corpus;
	size_t bytes; /* text read */
	char *err;
	size_t errlen;
} feed_t;

static int feed_added(feed_t *f, int rc)
{
	if (rc) snprintf(f->err, f->errlen, "adding a document: %s", sc_strerror(rc));
	return rc;
}
static int feed_doc(void *ctx, sc_doc_t *d)
{
	feed_t *f = ctx;
	f->bytes += d->len;
	return feed_added(f, sc_det_add(f->det, d));
}
static int feed_rej(void *ctx, sc_reject_t *j)
{
	feed_t *f = ctx;
	fprintf(stderr, "bench_detect: %s:%llu rejected: %s\n", f->corpus,
	        (unsigned long long)j->line, j->reason ? j->reason : "?");
	return feed_added(f, sc_det_reject(f->det, j));
}

/* The truth's key of the pair of documents x, y of res (ids as gen_corpus writes them, lower
 * number first). Returns 0, or -1 with err set when an id is not gen_corpus's. */
static int pair_key(const sc_det_result_t *res, uint32_t x, uint32_t y, uint64_t *key, char *err,
                    size_t errlen)
{
	uint32_t a, b;
	if (id_index(res->docs[x].doc.id, &a) || id_index(res->docs[y].doc.id, &b)) {
		snprintf(err, errlen, "ids not from gen_corpus");
		return -1;
	}
	*key = a < b ? (uint64_t)a << 32 | b : (uint64_t)b << 32 | a;
	return 0;
}

/* Sorts the n keys and counts those in the sorted truth keys t. */
static size_t matches(uint64_t *keys, size_t n, const uint64_t *t, size_t nt)
{
	qsort(keys, n, sizeof *keys, sc_cmp_u64);
	return sc_u64_inter_count(keys, n, t, nt);
}

/* The truth keys of the pairs listed in duplicate clusters: *keys (caller frees), *n of them,
 * *below of them with a Jaccard under threshold. Returns 0, or -1 with err set. */
static int listed_keys(const sc_det_result_t *res, double threshold, uint64_t **keys, size_t *n,
                       size_t *below, char *err, size_t errlen)
{
	size_t ml = 0;
	for (size_t i = 0; i < res->nclusters; i++)
		if (res->clusters[i].kind == SC_CLUSTER_DUPLICATE) ml += res->clusters[i].npairs;
	uint64_t *k = *keys = malloc((ml ? ml : 1) * sizeof *k);
	if (!k) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	for (size_t i = 0; i < res->nclusters; i++) {
		const sc_cluster_t *cl = &res->clusters[i];
		if (cl->kind != SC_CLUSTER_DUPLICATE) continue;
		for (size_t p = 0; p < cl->npairs; p++) {
			if (pair_key(res, cl->pairs[p].a, cl->pairs[p].b, &k[*n], err, errlen)) return -1;
			*below += cl->pairs[p].jaccard < threshold;
			++*n;
		}
	}
	return 0;
}

/* Every verified duplicate pair, clustered or not (*nv, *vboth of them true), and the links:
 * verified pairs the anti-chaining guard kept apart (*nk, *kboth true; listed beside the
 * clusters, never inside one, so listed + links covers every verified duplicate pair).
 * Returns 0, or -1 with err set. */
static int verified_matches(const sc_det_result_t *res, const uint64_t *tkey, size_t nt,
                            size_t *nv, size_t *vboth, size_t *nk, size_t *kboth, char *err,
                            size_t errlen)
{
	uint64_t *vkey = malloc((res->ndup_pairs ? res->ndup_pairs : 1) * sizeof *vkey);
	int rc = -1;
	if (!vkey) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	for (size_t p = 0; p < res->ndup_pairs; p++)
		if (pair_key(res, res->dup_pairs[p].a, res->dup_pairs[p].b, &vkey[(*nv)++], err,
		             errlen))
			goto done;
	*vboth = matches(vkey, *nv, tkey, nt);
	for (size_t p = 0; p < res->nlinks; p++) {
		const sc_link_t *l = &res->links[p];
		if (l->tier != SC_CLUSTER_DUPLICATE) continue;
		if (pair_key(res, l->pair.a, l->pair.b, &vkey[(*nk)++], err, errlen)) goto done;
	}
	*kboth = matches(vkey, *nk, tkey, nt);
	rc = 0;
done:
	free(vkey);
	return rc;
}

int main(int argc, char **argv)
{
	enum { O_CORPUS = 256, O_TRUTH, O_BOIL, O_NOBOIL, O_T, O_NOHDR };
	static const struct option lo[] = {
	    {"corpus", required_argument, 0, O_CORPUS}, {"truth", required_argument, 0, O_TRUTH},
	    {"boilerplate", no_argument, 0, O_BOIL},    {"no-boilerplate", no_argument, 0, O_NOBOIL},
	    {"threshold", required_argument, 0, O_T},   {"no-header", no_argument, 0, O_NOHDR},
	    {"help", no_argument, 0, 'h'},              {0, 0, 0, 0}};
	const char *corpus = NULL, *truthf = NULL;
	int header = 1, c, status = 1;
	char err[512] = "";
	sc_det_opts_t o;
	sc_det_t *det = NULL;
	uint64_t *tkey = NULL, *lkey = NULL;
	gsl_set_error_handler_off();
	sc_det_opts_init(&o);
	o.compare = 0;
	while ((c = getopt_long(argc, argv, "h", lo, NULL)) != -1) {
		switch (c) {
		case O_CORPUS: corpus = optarg; break;
		case O_TRUTH: truthf = optarg; break;
		case O_BOIL: o.boilerplate = 1; break;
		case O_NOBOIL: o.boilerplate = 0; break;
		case O_T: o.dup_threshold = strtod(optarg, NULL); break;
		case O_NOHDR: header = 0; break;
		case 'h':
			printf("usage: bench_detect --corpus CORPUS.jsonl --truth TRUTH.tsv "
			       "[--no-boilerplate] [--threshold T] [--no-header]\n"
			       "defaults: boilerplate %s, duplicate threshold %g, comparator off\n",
			       o.boilerplate ? "on" : "off", o.dup_threshold);
			return 0;
		default: return 2;
		}
	}
	if (!corpus || !truthf || sc_det_opts_check(&o, err, sizeof err) || o.dup_threshold < 0.3) {
		fprintf(stderr, "bench_detect: --corpus and --truth are required; threshold >= 0.3 %s\n",
		        err);
		return 2;
	}
	/* the truth */
	size_t nt = 0;
	if (sc_gen_truth_keys(truthf, o.dup_threshold, &tkey, &nt, err, sizeof err)) goto done;

	/* the run */
	double t0 = bench_wall_s();
	if (!(det = sc_det_create(&o))) goto oom;
	feed_t feed = {det, corpus, 0, err, sizeof err};
	int rc = bench_read_all(corpus, feed_doc, feed_rej, &feed);
	if (rc) {
		if (!err[0]) snprintf(err, sizeof err, "%s: %s", corpus, sc_strerror(rc));
		goto done;
	}
	const size_t bytes = feed.bytes;
	double t1 = bench_wall_s();
	if (sc_det_run(det, err, sizeof err)) goto done;
	double t2 = bench_wall_s();
	const sc_det_result_t *res = sc_det_result(det);

	/* pairs listed in duplicate clusters; every verified pair, clustered or not; links */
	size_t nl = 0, below = 0, nv = 0, vboth = 0, nk = 0, kboth = 0;
	if (listed_keys(res, o.dup_threshold, &lkey, &nl, &below, err, sizeof err) ||
	    verified_matches(res, tkey, nt, &nv, &vboth, &nk, &kboth, err, sizeof err))
		goto done;
	const size_t both = matches(lkey, nl, tkey, nt);
	if (res->warning[0]) fprintf(stderr, "bench_detect: warning: %s\n", res->warning);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	const sc_det_stats_t *st = &res->stats;
	if (header)
		puts("boilerplate,b,r,docs,mb,true_pairs,verified,verified_true,verified_recall,"
		     "verified_precision,listed,listed_true,recall,precision_truth,"
		     "below_threshold,dup_candidates,dup_verified,dup_refused,event_b,event_r,"
		     "event_candidates,event_skipped,event_verified,event_link_checks,boiler_spans,sec_read,"
		     "sec_prepare,sec_candidates,sec_verify,sec_cluster,sec_total,maxrss_kib,"
		     "dup_links,dup_links_true,recall_with_links");
	printf("%s,%d,%d,%zu,%.1f,%zu,%zu,%zu,%.6f,%.6f,%zu,%zu,%.6f,%.6f,%zu,%llu,%llu,%llu,%d,%d,%llu,"
	       "%d,%llu,%llu,%llu,"
	       "%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%ld,%zu,%zu,%.6f\n",
	       o.boilerplate ? "on" : "off", res->dup_plan.b, res->dup_plan.r, res->ndocs,
	       (double)bytes / 1e6, nt, nv, vboth, nt ? (double)vboth / (double)nt : 1.0,
	       nv ? (double)vboth / (double)nv : 1.0, nl, both, nt ? (double)both / (double)nt : 1.0,
	       nl ? (double)both / (double)nl : 1.0, below,
	       (unsigned long long)st->dup.lsh.candidates, (unsigned long long)st->dup.verified,
	       (unsigned long long)st->dup.refused_density, res->event_plan.b, res->event_plan.r,
	       (unsigned long long)st->event.lsh.candidates, st->event.skipped,
	       (unsigned long long)st->event.verified,
	       (unsigned long long)st->event.link_checks, (unsigned long long)st->boiler_spans,
	       t1 - t0, st->sec_prepare, st->sec_candidates, st->sec_verify, st->sec_cluster,
	       t2 - t0, ru.ru_maxrss, nk, kboth, nt ? (double)(both + kboth) / (double)nt : 1.0);
	status = 0;
	goto done;
oom:
	snprintf(err, sizeof err, "out of memory");
done:
	if (status) fprintf(stderr, "bench_detect: %s\n", err);
	sc_det_free(det);
	free(tkey);
	free(lkey);
	return status;
}
