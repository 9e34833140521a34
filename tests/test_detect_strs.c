/* The documents' small strings in blocks apart from the texts (det_strs.c, issue 12 item 4):
 * a string taken is copied whole (NUL included) and its original freed; strings share a block
 * until it is full; a string of more than a quarter of a block gets a block of its own without
 * closing the current one; NULL stays NULL. Through the detector: ids, dates and paths read
 * back whole after a run, duplicate ids still name where the first was seen, an empty corpus
 * runs. ASan/valgrind see a string freed twice (sc_det_free must not free the copies one by
 * one) or leaked. */
#include "check.h"
#include "det_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
	sc_det_strs_t *t = sc_det_strs_create();
	CHECK(t != NULL, "create");
	char *none = NULL;
	CHECK(sc_det_strs_take(t, &none) == SC_OK && !none && sc_det_strs_blocks(t) == 0,
	      "NULL stays NULL, no block");
	const size_t n = SC_DET_STR_BLOCK / 15 + 10; /* 15 bytes each: two blocks */
	char **v = calloc(n, sizeof *v);
	int whole = 1, ok = 1;
	for (size_t i = 0; i < n; i++) {
		char buf[16];
		snprintf(buf, sizeof buf, "s%013zu", i);
		v[i] = strdup(buf);
		ok &= sc_det_strs_take(t, &v[i]) == SC_OK;
	}
	for (size_t i = 0; i < n; i++) {
		char buf[16];
		snprintf(buf, sizeof buf, "s%013zu", i);
		whole &= !strcmp(v[i], buf);
	}
	CHECK(ok && whole, "strings copied whole");
	CHECK(sc_det_strs_blocks(t) == 2, "two blocks, not %zu", sc_det_strs_blocks(t));
	CHECK(v[1] == v[0] + 15, "packed one after the other");
	char *big = malloc(SC_DET_STR_BLOCK / 2);
	memset(big, 'x', SC_DET_STR_BLOCK / 2 - 1);
	big[SC_DET_STR_BLOCK / 2 - 1] = '\0';
	CHECK(sc_det_strs_take(t, &big) == SC_OK && strlen(big) == SC_DET_STR_BLOCK / 2 - 1,
	      "a long string whole");
	CHECK(sc_det_strs_blocks(t) == 3, "a block of its own");
	char *after = strdup("after");
	CHECK(sc_det_strs_take(t, &after) == SC_OK && after == v[n - 1] + 15,
	      "the current block goes on after a long string");
	sc_det_strs_destroy(t); /* ASan: no leak */
	free(v);

	/* through the detector */
	for (int empty = 0; empty < 2; empty++) {
		sc_det_opts_t o;
		sc_det_opts_init(&o);
		o.compare = 0;
		sc_det_t *d = sc_det_create(&o);
		const char *w[] = {"storm", "river", "bridge", "mayor", "council", "flood"};
		const size_t nd = empty ? 0 : 40;
		for (size_t i = 0; nd && i <= nd; i++) {
			char id[32], buf[512];
			size_t m = 0;
			for (int k = 0; k < 60; k++)
				m += (size_t)snprintf(buf + m, sizeof buf - m, "%s ",
				                      w[(i * 7 + k * k) % 6]);
			snprintf(id, sizeof id, "d%03zu",
			         i < nd ? i : 0); /* the last: a duplicate id */
			sc_doc_t doc = {.id = strdup(id),
			                .text = strdup(buf),
			                .len = m,
			                .published = strdup("2024-03-21"),
			                .title = strdup(id),
			                .path = strdup("in.jsonl"),
			                .line = i + 1};
			CHECK(sc_det_add(d, &doc) == SC_OK, "add %zu", i);
			sc_doc_free(&doc);
		}
		char err[256];
		CHECK(sc_det_run(d, err, sizeof err) == SC_OK, "run: %s", err);
		const sc_det_result_t *r = sc_det_result(d);
		CHECK(r->ndocs == nd, "docs %zu", r->ndocs);
		int same = 1;
		for (size_t i = 0; i < r->ndocs; i++) {
			char id[32];
			snprintf(id, sizeof id, "d%03zu", i);
			const sc_doc_t *x = &r->docs[i].doc;
			same &= !strcmp(x->id, id) && !strcmp(x->title, id) &&
			        !strcmp(x->published, "2024-03-21") &&
			        !strcmp(x->path, "in.jsonl") && !x->url && !x->source;
		}
		CHECK(same, "strings read back whole after the run");
		if (!empty)
			CHECK(r->nrejects == 1 && strstr(r->rejects[0].reason, "in.jsonl line 1"),
			      "duplicate id names the first: %s",
			      r->nrejects ? r->rejects[0].reason : "(none)");
		sc_det_free(d);
	}
	return CHECK_DONE();
}
