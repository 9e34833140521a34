/* detect_tap: runs what `storycheck detect --leads --lead-floor 0 INPUT...` runs (the same
 * reader and sc_det_run with the library's defaults, leads on, lead floor 0) with one of the
 * comparator's taps (cmp_judge.h) open on FILE.tsv; no report is written. Built twice
 * (bench/fit/CMakeLists.txt), one program per tap, so that the reading and the run are written
 * once:
 *
 *   calib_dump -o DUMP.tsv INPUT...   each candidate the judge accepted, before any bar:
 *       document ids and sentence spans of both sides, then calib.c's features in their order
 *       (sc_cmp_calib_dump_to; for bench/fit_calib.py). The dump was once an environment
 *       variable read by the library; the runtime library now reads no environment.
 *   cmp_trace -o TRACE.tsv INPUT...   the recall trace: every statement, and for every
 *       candidate pair the stage that dropped it and why, or its verdict (sc_cmp_trace_to;
 *       line formats at the top of detect/compare/conflict.c; for bench/recall_stages.py).
 *
 * Lines come in the workers' order; neither script depends on it. Exit 0, or 1 naming what
 * failed. */
#ifdef SC_TAP_TRACE
#define TAP_NAME "cmp_trace"
#define TAP_TO sc_cmp_trace_to
#else
#define TAP_NAME "calib_dump"
#define TAP_TO sc_cmp_calib_dump_to
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmp_judge.h"

int main(int argc, char **argv)
{
	const char *out = NULL;
	int ch;
	while ((ch = getopt(argc, argv, "o:")) != -1) {
		if (ch == 'o') {
			out = optarg;
		} else {
			fprintf(stderr, "usage: " TAP_NAME " -o FILE.tsv INPUT...\n");
			return 2;
		}
	}
	if (!out || optind >= argc) {
		fprintf(stderr, "usage: " TAP_NAME " -o FILE.tsv INPUT...\n");
		return 2;
	}
	sc_det_opts_t o;
	sc_reader_opts_t ro;
	sc_det_opts_init(&o);
	sc_sh_reader_opts_init(&ro);
	o.leads = 1;
	o.lead_floor = 0;
	char err[512] = "";
	int rc = 1;
	sc_reader_t *rd = NULL;
	sc_det_t *det = NULL;
	FILE *f = fopen(out, "w");
	if (!f) {
		fprintf(stderr, TAP_NAME ": %s: cannot write\n", out);
		return 1;
	}
	if (sc_det_opts_check(&o, err, sizeof err)) {
		fprintf(stderr, TAP_NAME ": %s\n", err);
		goto done;
	}
	if (sc_sh_reader_open(&rd, (const char *const *)argv + optind, argc - optind, &ro) ||
	    !(det = sc_det_create(&o))) {
		fprintf(stderr, TAP_NAME ": out of memory\n");
		goto done;
	}
	for (;;) {
		sc_doc_t doc = {0};
		sc_reject_t rej = {0};
		int r = sc_sh_reader_next(rd, &doc, &rej);
		if (r == 0) break;
		if (r < 0) {
			fprintf(stderr, TAP_NAME ": reading: %s\n", sc_strerror(r));
			goto done;
		}
		r = r == 2 ? sc_det_reject(det, &rej) : sc_det_add(det, &doc);
		sc_doc_free(&doc);
		sc_reject_free(&rej);
		if (r) {
			fprintf(stderr, TAP_NAME ": %s\n", sc_strerror(r));
			goto done;
		}
	}
	TAP_TO(f);
	if (sc_det_run(det, err, sizeof err)) {
		fprintf(stderr, TAP_NAME ": %s\n", err);
		goto done;
	}
	rc = 0;
done:
	TAP_TO(NULL);
	sc_det_free(det);
	sc_sh_reader_close(rd);
	if (fclose(f) && !rc) {
		fprintf(stderr, TAP_NAME ": %s: write failed\n", out);
		rc = 1;
	}
	return rc;
}
