/* fuzz_detect.c: the whole of `storycheck detect` on one arbitrary JSONL input: reader ->
 * detector (boilerplate, LSH, verification, clustering, the comparator on event clusters) ->
 * JSON report -> the report read back by sc_rep_load -> text and HTML views.
 * Input: byte 0 picks min_words (0..3) and accent folding; the rest is the .jsonl file. The
 * fuzzer makes clusters by copying lines (near-duplicates) and conflicts by mutating them.
 * Checked (CONTRACT.md): the report accounts for every input (summary.inputs = documents +
 * rejected = items the reader gave, and the arrays have those lengths); the report we write
 * is one our own reader accepts (valid UTF-8, the schema); every cluster member and conflict
 * side names a document of the report. */
#include "fuzz_common.h"
#include "report.h"

static int count(const cJSON *o, const char *k)
{
	return cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(o, k));
}

static double num(const cJSON *o, const char *k)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
	FZ_ASSERT(cJSON_IsNumber(v));
	return v->valuedouble;
}

static int has_doc(const cJSON *docs, const char *id)
{
	const cJSON *d;
	cJSON_ArrayForEach(d, docs)
	{
		const cJSON *x = cJSON_GetObjectItemCaseSensitive(d, "id");
		if (cJSON_IsString(x) && !strcmp(x->valuestring, id)) return 1;
	}
	return 0;
}

/* Each document added to the detector ctx, each reject recorded. */
static void add_item(void *ctx, int k, sc_doc_t *doc, sc_reject_t *rej)
{
	sc_det_t *det = ctx;
	FZ_ASSERT((k == 1 ? sc_det_add(det, doc) : sc_det_reject(det, rej)) == SC_OK);
	sc_doc_free(doc);
	sc_reject_free(rej);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1) return 0;
	const char *path = fz_write("in.jsonl", data + 1, size - 1);
	sc_reader_opts_t ro;
	sc_sh_reader_opts_init(&ro);
	ro.min_words = data[0] & 3;
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	o.mh.k = 32; /* small signatures: the parsers and the comparator are what is fuzzed */
	o.fold_accents = (data[0] >> 2) & 1;
	o.threads = 1;
	char err[512] = "";
	FZ_ASSERT(sc_det_opts_check(&o, err, sizeof err) == SC_OK);
	sc_reader_t *rd;
	FZ_ASSERT(sc_sh_reader_open(&rd, &path, 1, &ro) == SC_OK);
	sc_det_t *det = sc_det_create(&o);
	FZ_ASSERT(det);
	const uint64_t items = fz_read_all(rd, add_item, det);
	sc_sh_reader_close(rd);
	FZ_ASSERT(sc_det_run(det, err, sizeof err) == SC_OK);
	cJSON *params = cJSON_CreateObject();
	cJSON *rep = sc_rep_build(det, params);
	FZ_ASSERT(rep);
	char *json = sc_rep_print(rep, SC_FMT_JSON);
	FZ_ASSERT(json);
	const cJSON *sum = cJSON_GetObjectItemCaseSensitive(rep, "summary");
	const double ndocs = num(sum, "documents"), nrej = num(sum, "rejected");
	FZ_ASSERT(num(sum, "inputs") == (double)items && ndocs + nrej == (double)items);
	FZ_ASSERT(count(rep, "documents") == (int)ndocs && count(rep, "rejected") == (int)nrej);
	const cJSON *docs = cJSON_GetObjectItemCaseSensitive(rep, "documents");
	const cJSON *c, *m;
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(rep, "clusters"))
	{
		cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(c, "members"))
			FZ_ASSERT(cJSON_IsString(m) && has_doc(docs, m->valuestring));
	}
	cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(rep, "conflicts"))
	{
		for (int s = 0; s < 2; s++) {
			const cJSON *side = cJSON_GetObjectItemCaseSensitive(c, s ? "b" : "a");
			const cJSON *d = cJSON_GetObjectItemCaseSensitive(side, "doc");
			FZ_ASSERT(cJSON_IsString(d) && has_doc(docs, d->valuestring));
			FZ_ASSERT(num(side, "start") <= num(side, "end"));
		}
	}
	/* round trip: what we write, we read */
	const char *rpath = fz_write("report.json", (const uint8_t *)json, strlen(json));
	cJSON *back = NULL;
	int lrc = sc_rep_load(rpath, &back, err, sizeof err);
	if (lrc) fprintf(stderr, "report does not load back: %s\n", err);
	FZ_ASSERT(lrc == SC_OK);
	for (int f = SC_FMT_HTML; f <= SC_FMT_TEXT; f++) {
		char *s = sc_rep_print(back, (sc_rep_format_t)f);
		FZ_ASSERT(s);
		free(s);
	}
	cJSON_Delete(back);
	free(json);
	cJSON_Delete(rep);
	cJSON_Delete(params);
	sc_det_free(det);
	return 0;
}
