/* fuzz_text.c: UTF-8 repair, normalisation and the tokenizer, shingle sets of both views, and
 * the streaming sketcher, on arbitrary bytes.
 *
 * Input: byte 0 picks options (language, accent folding, shingle k, chunk size of the
 * sketcher); the rest is the text as read. Checked on every input:
 *  - repair gives well-formed UTF-8 (checked by an independent decoder), is idempotent, counts
 *    zero repairs exactly when the input was already well-formed, and grows by at most 3x;
 *  - tokens lie inside the text, in order, not overlapping, with a NUL-terminated norm of
 *    nlen bytes that is itself well-formed UTF-8;
 *  - shingle sets are sorted and unique, and the content view never has more units than there
 *    are tokens (one set per view: word and content);
 *  - the sketcher fed in chunks (cutting characters and words anywhere) gives the signature of
 *    sc_sh_shingle_set + sc_sh_minhash_sketch over the whole text, as shingle.h promises. */
#include "fuzz_common.h"
#include "shingle.h"

enum { FZ_K = 16 };

static sc_tokenizer_t *tk[2];          /* without / with accent folding */
static sc_minhash_t *mh;
static sc_sketcher_t *sk[2][2];        /* [fold][view] */
static sc_u64v_t set;

static void fz_text_free(void)
{
	for (int f = 0; f < 2; f++) {
		sc_sh_tokenizer_free(tk[f]);
		for (int v = 0; v < 2; v++) sc_sh_sketcher_free(sk[f][v]);
	}
	sc_sh_minhash_free(mh);
	sc_u64v_free(&set);
}

static void fz_text_init(void)
{
	sc_mh_params_t p;
	sc_sh_mh_params_init(&p);
	p.k = FZ_K;
	FZ_ASSERT((mh = sc_sh_minhash_create(&p)));
	for (int f = 0; f < 2; f++) {
		sc_norm_opts_t no = {.fold_accents = f};
		FZ_ASSERT((tk[f] = sc_sh_tokenizer_create(&no)));
		for (int v = 0; v < 2; v++) {
			sc_shingle_opts_t so;
			sc_sh_shingle_opts_init(&so, (sc_view_t)v);
			so.norm.fold_accents = f;
			FZ_ASSERT((sk[f][v] = sc_sh_sketcher_create(mh, &so)));
		}
	}
	atexit(fz_text_free);
}

static void check_set(const sc_u64v_t *v, long n)
{
	FZ_ASSERT(n >= 0 && (size_t)n == v->n);
	for (size_t i = 1; i < v->n; i++) FZ_ASSERT(v->a[i - 1] < v->a[i]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!mh) fz_text_init();
	if (size < 1) return 0;
	static const char *const langs[] = {"", "fr", "en", ""};
	const uint8_t op = data[0];
	const char *lang = langs[op & 3];
	const int fold = (op >> 2) & 1;
	const size_t chunk = 1 + (size_t)(op >> 3) * 3; /* 1 .. 94 bytes */
	const char *in = (const char *)data + 1;
	const size_t len = size - 1;

	/* repair */
	size_t rlen, nrep;
	char *text = sc_sh_utf8_repair(in, len, &rlen, &nrep);
	FZ_ASSERT(text);
	FZ_ASSERT(text[rlen] == '\0');
	FZ_ASSERT(fz_utf8_ok(text, rlen));
	FZ_ASSERT((nrep == 0) == fz_utf8_ok(in, len));
	FZ_ASSERT(nrep == 0 ? rlen == len && !memcmp(text, in, len) : rlen <= 3 * len);
	size_t rlen2, nrep2;
	char *again = sc_sh_utf8_repair(text, rlen, &rlen2, &nrep2);
	FZ_ASSERT(again && nrep2 == 0 && rlen2 == rlen && !memcmp(again, text, rlen));
	free(again);

	/* tokens */
	sc_tokenizer_t *t = tk[fold];
	const sc_token_t *toks;
	long nt = sc_sh_tokenize(t, text, rlen, lang, &toks);
	FZ_ASSERT(nt >= 0);
	uint32_t prev_end = 0;
	for (long i = 0; i < nt; i++) {
		const sc_token_t *k = &toks[i];
		FZ_ASSERT(k->start < k->end && k->end <= rlen);
		FZ_ASSERT(k->start >= prev_end);
		prev_end = k->end;
		FZ_ASSERT(k->norm && strlen(k->norm) == k->nlen && k->nlen > 0);
		FZ_ASSERT(fz_utf8_ok(k->norm, k->nlen));
		uint32_t sl;
		const char *st = sc_sh_stem(t, (op & 1) ? "en" : "fr", k->norm, k->nlen, &sl);
		FZ_ASSERT(st && strlen(st) == sl);
		(void)sc_sh_is_stopword(t, lang, k->norm, k->nlen);
	}
	const char *g = sc_sh_lang_guess(t, toks, (size_t)nt);
	FZ_ASSERT(g && (!strcmp(g, "") || !strcmp(g, "fr") || !strcmp(g, "en")));
	const size_t ntok = (size_t)nt; /* toks is invalid after the next call on t */

	/* shingle sets and the streaming sketcher, both views */
	for (int v = 0; v < 2; v++) {
		sc_shingle_opts_t so;
		sc_sh_shingle_opts_init(&so, (sc_view_t)v);
		so.norm.fold_accents = fold;
		long ns = sc_sh_shingle_set(t, &so, text, rlen, lang, NULL, 0, &set);
		check_set(&set, ns);
		if (v == SC_VIEW_CONTENT) FZ_ASSERT((size_t)ns <= ntok);
		uint32_t whole[FZ_K], streamed[FZ_K];
		sc_sh_minhash_sketch(mh, set.a, set.n, whole);
		sc_sketcher_t *s = sk[fold][v];
		sc_sh_sketcher_reset(s, lang);
		for (size_t off = 0; off < rlen; off += chunk) {
			size_t n = rlen - off < chunk ? rlen - off : chunk;
			FZ_ASSERT(sc_sh_sketcher_feed(s, text + off, n) == SC_OK);
		}
		FZ_ASSERT(sc_sh_sketcher_final(s, streamed) == SC_OK);
		FZ_ASSERT(!memcmp(whole, streamed, sizeof whole));
	}
	free(text);
	return 0;
}
