/* cmp_trace: where cluster mode loses each candidate pair, for bench/recall_stages.py.
 *
 *   cmp_trace -o TRACE.tsv INPUT...
 *
 * Runs what `storycheck detect --leads INPUT...` runs (the same reader and sc_det_run with the
 * library's defaults, leads on, lead floor 0) with the comparator's recall trace on
 * (sc_cmp_trace_to, cmp_judge.h; line formats at the top of detect/compare/conflict.c) and writes
 * the trace to TRACE.tsv. No report is written. Lines come in the workers' order;
 * recall_stages.py does not depend on it. Exit 0, or 1 naming what failed. */
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
			fprintf(stderr, "usage: cmp_trace -o TRACE.tsv INPUT...\n");
			return 2;
		}
	}
	if (!out || optind >= argc) {
		fprintf(stderr, "usage: cmp_trace -o TRACE.tsv INPUT...\n");
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
		fprintf(stderr, "cmp_trace: %s: cannot write\n", out);
		return 1;
	}
	if (sc_det_opts_check(&o, err, sizeof err)) {
		fprintf(stderr, "cmp_trace: %s\n", err);
		goto done;
	}
	if (sc_sh_reader_open(&rd, (const char *const *)argv + optind, argc - optind, &ro) ||
	    !(det = sc_det_create(&o))) {
		fprintf(stderr, "cmp_trace: out of memory\n");
		goto done;
	}
	for (;;) {
		sc_doc_t doc = {0};
		sc_reject_t rej = {0};
		int r = sc_sh_reader_next(rd, &doc, &rej);
		if (r == 0) break;
		if (r < 0) {
			fprintf(stderr, "cmp_trace: reading: %s\n", sc_strerror(r));
			goto done;
		}
		r = r == 2 ? sc_det_reject(det, &rej) : sc_det_add(det, &doc);
		sc_doc_free(&doc);
		sc_reject_free(&rej);
		if (r) {
			fprintf(stderr, "cmp_trace: %s\n", sc_strerror(r));
			goto done;
		}
	}
	sc_cmp_trace_to(f);
	if (sc_det_run(det, err, sizeof err)) {
		fprintf(stderr, "cmp_trace: %s\n", err);
		goto done;
	}
	rc = 0;
done:
	sc_cmp_trace_to(NULL);
	sc_det_free(det);
	sc_sh_reader_close(rd);
	if (fclose(f) && !rc) {
		fprintf(stderr, "cmp_trace: %s: write failed\n", out);
		rc = 1;
	}
	return rc;
}
