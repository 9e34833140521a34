/* fuzz_reader.c: the input boundary (sc_sh_reader_*): the JSONL reader and the text-file
 * checks, on arbitrary bytes written to a temporary file.
 *
 * Input: byte 0 picks the options (min_words 0..7, a small or the default max_doc_bytes) and
 * whether the bytes are read as a .jsonl file, a .txt file, or both at once (a second copy
 * whose id may collide with a JSONL id); the rest is the file. Checked on every input (the
 * policy written in shingle.h):
 *  - every item is one document or one reject, and sc_sh_reader_count agrees;
 *  - a document's text is well-formed UTF-8 of len bytes with no NUL, within max_doc_bytes
 *    before repair, with at least min_words words; its id is non-empty and unique in the run;
 *  - a reject names the path and has a reason;
 *  - every string handed out (ids, paths, reasons, optional fields) is well-formed UTF-8, so
 *    that the report, which must be UTF-8, can carry it; ids are compared after repair;
 *  - the reader never fails as a whole on bad bytes (only SC_ENOMEM could). */
#include "fuzz_common.h"
#include "shingle.h"

static size_t words(const char *s, size_t n)
{
	size_t w = 0;
	int in = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		int sp = c == ' ' || (c >= '\t' && c <= '\r');
		if (!sp && !in) w++;
		in = !sp;
	}
	return w;
}

/* NULL or a well-formed UTF-8 string */
static int str_ok(const char *s) { return !s || fz_utf8_ok(s, strlen(s)); }

/* The ids seen so far (the first 64: each must be new) and the reader's options. */
typedef struct seen_s {
	const sc_reader_opts_t *ro;
	char *ids[64];
	size_t nids;
} seen_t;

/* Every document well-formed and of a new id; every reject named and with a reason. */
static void check_item(void *ctx, int k, sc_doc_t *doc, sc_reject_t *rej)
{
	seen_t *s = ctx;
	if (k == 1) {
		FZ_ASSERT(doc->id && doc->id[0] && doc->text && doc->path);
		FZ_ASSERT(strlen(doc->id) <= (1u << 20)); /* it fits in a signature file */
		FZ_ASSERT(strlen(doc->text) == doc->len);
		FZ_ASSERT(fz_utf8_ok(doc->text, doc->len));
		FZ_ASSERT(doc->bytes_in <= s->ro->max_doc_bytes);
		FZ_ASSERT(words(doc->text, doc->len) >= s->ro->min_words);
		FZ_ASSERT(!doc->lang[0] || !strcmp(doc->lang, "fr") || !strcmp(doc->lang, "en"));
		FZ_ASSERT(str_ok(doc->id) && str_ok(doc->path) && str_ok(doc->title) &&
		          str_ok(doc->source) && str_ok(doc->url) && str_ok(doc->published));
		for (size_t i = 0; i < s->nids; i++) FZ_ASSERT(strcmp(s->ids[i], doc->id));
		if (s->nids < 64) s->ids[s->nids++] = strdup(doc->id);
		sc_doc_free(doc);
	} else {
		FZ_ASSERT(k == 2);
		FZ_ASSERT(rej->path && rej->reason && rej->reason[0]);
		FZ_ASSERT(str_ok(rej->id) && str_ok(rej->path) && str_ok(rej->reason));
		sc_reject_free(rej);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1) return 0;
	const uint8_t op = data[0];
	sc_reader_opts_t ro;
	sc_sh_reader_opts_init(&ro);
	ro.min_words = op & 7;
	if (op & 8) ro.max_doc_bytes = 64; /* exercise "too large" within fuzzer-sized inputs */
	const int mode = (op >> 4) % 3;    /* 0 jsonl, 1 txt, 2 both */
	const char *paths[2];
	int n = 0;
	if (mode != 1) paths[n++] = fz_write("in.jsonl", data + 1, size - 1);
	if (mode != 0) paths[n++] = fz_write("in.txt", data + 1, size - 1);

	sc_reader_t *r;
	FZ_ASSERT(sc_sh_reader_open(&r, paths, n, &ro) == SC_OK);
	seen_t seen = {.ro = &ro};
	const uint64_t items = fz_read_all(r, check_item, &seen);
	FZ_ASSERT(sc_sh_reader_count(r) == items);
	FZ_ASSERT(items >= (uint64_t)n); /* each file yields at least one item */
	sc_sh_reader_close(r);
	for (size_t i = 0; i < seen.nids; i++) free(seen.ids[i]);
	return 0;
}
