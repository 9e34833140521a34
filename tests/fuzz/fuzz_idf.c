/* fuzz_idf.c: the event tier's background table reader (detect/event.c bg_parse, the file
 * named by SC_DET_EVENT_IDF=FILE, doc/events.md): a hand-editable TSV ("lang<TAB>documents"
 * then "stem<TAB>df" lines), so anything may be in it.
 * Input: the whole table file. Documents (fixed): in English and in French, a story and its
 * exact copy under another id, and an unrelated article. The event tier runs alone (no
 * boilerplate pass, no comparator) with the table replacing the built-in one for its language.
 * Checked: the run succeeds; every event pair's cosine is a finite number in [0, 1]; and the
 * story and its copy are one event in both languages. Whatever the table says of how common a
 * stem is, two documents with the same stems have the same weights, so their cosine is 1: a
 * table can change which articles are one event, never make a document unlike its own copy
 * (unless it made every one of their stems weigh exactly 0, which takes a df matching the
 * run's document count to the last bit). */
#include "detect.h"
#include "fuzz_common.h"

#include <math.h>

static const char *const TEXTS[2][2] = {
    {"The river burst its banks overnight and flooded the old town of Ashford, where rescue "
     "teams evacuated two hundred residents from their homes before dawn.",
     "Parliament debated the new budget for schools and hospitals on Tuesday, and the vote was "
     "postponed until the committee publishes its report."},
    {"La rivière est sortie de son lit pendant la nuit et a inondé la vieille ville de Montbrun, "
     "où les secours ont évacué deux cents habitants avant l'aube.",
     "Le parlement a débattu du nouveau budget des écoles et des hôpitaux mardi, et le vote a "
     "été reporté jusqu'au rapport de la commission."}};

static void add(sc_det_t *det, const char *id, const char *text, const char *lang)
{
	sc_doc_t d = {0};
	d.id = strdup(id);
	d.text = strdup(text);
	FZ_ASSERT(d.id && d.text);
	d.len = strlen(text);
	d.bytes_in = d.len;
	snprintf(d.lang, sizeof d.lang, "%s", lang);
	FZ_ASSERT(sc_det_add(det, &d) == SC_OK);
	sc_doc_free(&d);
}

/* index of the document with this id in the result */
static long doc_index(const sc_det_result_t *r, const char *id)
{
	for (size_t i = 0; i < r->ndocs; i++)
		if (!strcmp(r->docs[i].doc.id, id)) return (long)i;
	return -1;
}

static int same_event(const sc_det_result_t *r, long a, long b)
{
	for (size_t c = 0; c < r->nclusters; c++) {
		if (r->clusters[c].kind != SC_CLUSTER_EVENT) continue;
		int ha = 0, hb = 0;
		for (size_t m = 0; m < r->clusters[c].nmembers; m++) {
			ha |= r->clusters[c].members[m] == (uint32_t)a;
			hb |= r->clusters[c].members[m] == (uint32_t)b;
		}
		if (ha && hb) return 1;
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fz_write("idf.tsv", data, size);
	setenv("SC_DET_EVENT_IDF", path, 1);
	sc_det_opts_t o;
	sc_det_opts_init(&o);
	o.mh.k = 32;
	o.threads = 1;
	o.boilerplate = 0;
	o.compare = 0;
	char err[512] = "";
	FZ_ASSERT(sc_det_opts_check(&o, err, sizeof err) == SC_OK);
	sc_det_t *det = sc_det_create(&o);
	FZ_ASSERT(det);
	static const char *const lang[2] = {"en", "fr"};
	char id[16];
	for (int l = 0; l < 2; l++)
		for (int t = 0; t < 2; t++)
			for (int copy = 0; copy <= (t == 0); copy++) {
				snprintf(id, sizeof id, "%s%d%s", lang[l], t, copy ? "copy" : "");
				add(det, id, TEXTS[l][t], lang[l]);
			}
	int rc = sc_det_run(det, err, sizeof err);
	if (rc) fprintf(stderr, "detect failed: %s\n", err);
	FZ_ASSERT(rc == SC_OK);
	const sc_det_result_t *r = sc_det_result(det);
	for (size_t i = 0; i < r->nevent_pairs; i++) {
		const double c = r->event_pairs[i].cosine;
		FZ_ASSERT(isfinite(c) && c >= -1e-9 && c <= 1 + 1e-9);
	}
	for (int l = 0; l < 2; l++) {
		char a[16], b[16];
		snprintf(a, sizeof a, "%s0", lang[l]);
		snprintf(b, sizeof b, "%s0copy", lang[l]);
		const long ia = doc_index(r, a), ib = doc_index(r, b);
		FZ_ASSERT(ia >= 0 && ib >= 0);
		if (!same_event(r, ia, ib))
			fprintf(stderr, "%s and its copy are not one event with this table\n", a);
		FZ_ASSERT(same_event(r, ia, ib));
	}
	sc_det_free(det);
	unsetenv("SC_DET_EVENT_IDF");
	return 0;
}
