/* det_run.h: for the C tests of detect. det_run() reads inputs (files or directories) with
 * the library's reader into a detector made with opts o, runs it and returns it; NULL on
 * failure, already reported through CHECK (check.h must be included first). add_dated() adds
 * one file as a document with an id and a publication date (NULL: none). */
#ifndef SC_DET_RUN_H
#define SC_DET_RUN_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "detect.h"

static sc_det_t *det_run(const char *const *inputs, int n, const sc_det_opts_t *o)
{
	sc_reader_opts_t ro;
	sc_sh_reader_opts_init(&ro);
	sc_reader_t *rd = NULL;
	sc_det_t *d = sc_det_create(o);
	char err[512];
	if (!d || sc_sh_reader_open(&rd, inputs, n, &ro)) {
		CHECK(0, "create");
		sc_det_free(d);
		return NULL;
	}
	for (;;) {
		sc_doc_t doc = {0};
		sc_reject_t rej = {0};
		int r = sc_sh_reader_next(rd, &doc, &rej);
		if (r <= 0) {
			CHECK(r == 0, "reader: %d", r);
			break;
		}
		r = r == 1 ? sc_det_add(d, &doc) : sc_det_reject(d, &rej);
		sc_doc_free(&doc);
		sc_reject_free(&rej);
		CHECK(r == 0, "add");
	}
	sc_sh_reader_close(rd);
	int rc = sc_det_run(d, err, sizeof err);
	CHECK(rc == SC_OK, "run: %s", err);
	if (rc) {
		sc_det_free(d);
		return NULL;
	}
	return d;
}

static void add_dated(sc_det_t *d, const char *path, const char *id, const char *date)
{
	FILE *f = fopen(path, "rb");
	sc_doc_t doc = {0};
	if (!f) {
		CHECK(0, "open %s", path);
		return;
	}
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	rewind(f);
	doc.text = malloc((size_t)n + 1);
	doc.len = doc.text ? fread(doc.text, 1, (size_t)n, f) : 0;
	fclose(f);
	if (!doc.text) {
		CHECK(0, "out of memory reading %s", path);
		return;
	}
	doc.text[doc.len] = '\0';
	doc.id = strdup(id);
	doc.path = strdup(path);
	doc.published = date ? strdup(date) : NULL;
	CHECK(sc_det_add(d, &doc) == SC_OK, "add %s", id);
	sc_doc_free(&doc);
}

#endif
