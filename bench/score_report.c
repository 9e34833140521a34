/* score_report: scores the duplicate clusters of a `storycheck detect` report against the truth
 * written by gen_corpus. Prints one CSV row (with a header unless --no-header):
 *   true_pairs  truth pairs with J >= threshold
 *   listed      distinct pairs listed in duplicate clusters
 *   recall      |listed n true| / |true|;  precision  |listed n true| / |listed|
 * The report is read with sc_rep_load (schema checked). Ids must be gen_corpus's d%08u. With a
 * truth written in --truth-mode planted, chance pairs are not in the truth: recall is then over
 * planted pairs, and precision a lower bound (a listed chance pair counts as false). */
#include "report.h"
#include "gen/corpus_gen.h"
#include "sc_prim.h"

#include <cjson/cJSON.h>
#include <gsl/gsl_errno.h>
#include <stdlib.h>
#include <string.h>

static int id_index(const cJSON *s, uint32_t *out)
{
	unsigned v;
	char extra;
	if (!cJSON_IsString(s) || sscanf(s->valuestring, "d%8u%c", &v, &extra) != 1) return -1;
	*out = v;
	return 0;
}

int main(int argc, char **argv)
{
	int header = 1, status = 1;
	double t = 0.5;
	const char *report = NULL, *truthf = NULL;
	char err[512] = "";
	cJSON *rep = NULL;
	size_t nt = 0, nl = 0, ml = 0;
	uint64_t *tkey = NULL, *lkey = NULL;
	gsl_set_error_handler_off();
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--no-header")) header = 0;
		else if (!strcmp(argv[i], "--threshold") && i + 1 < argc) t = strtod(argv[++i], NULL);
		else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			puts("usage: score_report REPORT.json TRUTH.tsv [--threshold J (0.5)] [--no-header]");
			return 0;
		} else if (!report) report = argv[i];
		else if (!truthf) truthf = argv[i];
		else {
			fprintf(stderr, "score_report: unexpected argument '%s'\n", argv[i]);
			return 2;
		}
	}
	if (!report || !truthf || !(t >= 0.3 && t <= 1)) {
		fprintf(stderr, "score_report: REPORT and TRUTH are required; threshold in [0.3, 1]\n");
		return 2;
	}
	if (sc_gen_truth_keys(truthf, t, &tkey, &nt, err, sizeof err)) goto done;

	if (sc_rep_load(report, &rep, err, sizeof err)) goto done;
	const cJSON *clusters = cJSON_GetObjectItemCaseSensitive(rep, "clusters"), *cl;
	cJSON_ArrayForEach(cl, clusters)
	{
		const cJSON *kind = cJSON_GetObjectItemCaseSensitive(cl, "kind");
		if (!cJSON_IsString(kind) || strcmp(kind->valuestring, "duplicate")) continue;
		ml += (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(cl, "pairs"));
	}
	if (!(lkey = malloc((ml ? ml : 1) * sizeof *lkey))) goto oom;
	cJSON_ArrayForEach(cl, clusters)
	{
		const cJSON *kind = cJSON_GetObjectItemCaseSensitive(cl, "kind"), *p;
		if (!cJSON_IsString(kind) || strcmp(kind->valuestring, "duplicate")) continue;
		cJSON_ArrayForEach(p, cJSON_GetObjectItemCaseSensitive(cl, "pairs"))
		{
			uint32_t a, b;
			if (id_index(cJSON_GetObjectItemCaseSensitive(p, "a"), &a) ||
			    id_index(cJSON_GetObjectItemCaseSensitive(p, "b"), &b)) {
				snprintf(err, sizeof err, "%s: a pair whose ids are not gen_corpus's", report);
				goto done;
			}
			lkey[nl++] = a < b ? (uint64_t)a << 32 | b : (uint64_t)b << 32 | a;
		}
	}
	qsort(lkey, nl, sizeof *lkey, sc_cmp_u64);
	size_t m = 0;
	for (size_t i = 0; i < nl; i++)
		if (!m || lkey[i] != lkey[m - 1]) lkey[m++] = lkey[i];
	nl = m;
	const size_t both = sc_u64_inter_count(lkey, nl, tkey, nt);
	if (header) puts("true_pairs,listed,listed_true,recall,precision");
	printf("%zu,%zu,%zu,%.6f,%.6f\n", nt, nl, both, nt ? (double)both / (double)nt : 1.0,
	       nl ? (double)both / (double)nl : 1.0);
	status = 0;
	goto done;
oom:
	snprintf(err, sizeof err, "out of memory");
done:
	if (status) fprintf(stderr, "score_report: %s\n", err);
	cJSON_Delete(rep);
	free(tkey);
	free(lkey);
	return status;
}
