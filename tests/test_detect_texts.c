/* The detector's texts in blocks apart (det_texts.c, issue 12 item 4): a text taken is copied
 * into a block of texts, NUL-terminated, the original freed; a block is freed when its last
 * text is released, and not before; a text of more than a quarter of a block keeps its own
 * allocation; nothing is taken after the first release. Through the detector: a run that
 * keeps texts gives them back whole, and an empty corpus runs. ASan/valgrind see any text
 * freed twice or read after its block is gone. */
#include "check.h"
#include "det_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup_text(size_t len, char c)
{
	char *s = malloc(len + 1);
	memset(s, c, len);
	s[len] = '\0';
	return s;
}

int main(void)
{
	sc_det_texts_t *t = sc_det_texts_create();
	CHECK(t != NULL, "create");
	/* 3 blocks' worth of 1000-byte texts */
	const size_t len = 1000, per = SC_DET_TEXT_BLOCK / (len + 1), n = 3 * per;
	char **v = calloc(n, sizeof *v);
	for (size_t i = 0; i < n; i++) {
		v[i] = dup_text(len, (char)('a' + i % 26));
		CHECK(sc_det_texts_take(t, &v[i], len) == SC_OK, "take %zu", i);
	}
	CHECK(sc_det_texts_blocks(t) == 3, "3 blocks held, not %zu", sc_det_texts_blocks(t));
	int same = 1;
	for (size_t i = 0; i < n; i++)
		same &= strlen(v[i]) == len && v[i][0] == (char)('a' + i % 26);
	CHECK(same, "texts kept whole");
	/* a big text stays where it is */
	char *big = dup_text(SC_DET_TEXT_BLOCK / 2, 'z'), *big0 = big;
	CHECK(sc_det_texts_take(t, &big, SC_DET_TEXT_BLOCK / 2) == SC_OK && big == big0,
	      "a big text keeps its allocation");
	CHECK(sc_det_texts_blocks(t) == 3, "no block for a big text");
	/* every text of the first block but one: the block stays */
	for (size_t i = 0; i + 1 < per; i++)
		sc_det_texts_release(t, &v[i]);
	CHECK(v[0] == NULL, "release sets NULL");
	CHECK(sc_det_texts_blocks(t) == 3, "a block with a live text stays");
	CHECK(v[per - 1][0] == (char)('a' + (per - 1) % 26), "its last text readable");
	sc_det_texts_release(t, &v[per - 1]);
	CHECK(sc_det_texts_blocks(t) == 2, "the block goes with its last text: %zu",
	      sc_det_texts_blocks(t));
	char *late = dup_text(10, 'q');
	CHECK(sc_det_texts_take(t, &late, 10) == SC_EPARAM, "no take after a release");
	free(late);
	sc_det_texts_release(t, &big);
	CHECK(big == NULL, "big released");
	/* the rest are freed by destroy (ASan: no leak) */
	sc_det_texts_destroy(t);
	free(v);

	/* through the detector: texts moved into blocks, returned whole; an empty corpus */
	for (int empty = 0; empty < 2; empty++) {
		sc_det_opts_t o;
		sc_det_opts_init(&o);
		o.compare = 0;
		o.release_texts = 0;
		sc_det_t *d = sc_det_create(&o);
		const char *w[] = {"storm", "river", "bridge", "mayor", "council", "flood"};
		const size_t nd = empty ? 0 : 40;
		for (size_t i = 0; i < nd; i++) {
			char id[32], buf[512];
			size_t m = 0;
			for (int k = 0; k < 60; k++)
				m += (size_t)snprintf(buf + m, sizeof buf - m, "%s ",
				                      w[(i * 7 + k * k) % 6]);
			snprintf(id, sizeof id, "d%03zu", i);
			sc_doc_t doc = {.id = strdup(id), .text = strdup(buf), .len = m};
			CHECK(sc_det_add(d, &doc) == SC_OK, "add %zu", i);
		}
		char err[256];
		CHECK(sc_det_run(d, err, sizeof err) == SC_OK, "run: %s", err);
		const sc_det_result_t *r = sc_det_result(d);
		CHECK(r->ndocs == nd, "docs");
		int whole = 1;
		for (size_t i = 0; i < r->ndocs; i++)
			whole &= r->docs[i].doc.text &&
			         strlen(r->docs[i].doc.text) == r->docs[i].doc.len;
		CHECK(whole, "texts kept whole through the run");
		sc_det_free(d);
	}
	return CHECK_DONE();
}
