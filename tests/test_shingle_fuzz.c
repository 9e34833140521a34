/* test_shingle_fuzz.c: the shingle stage's parsers of outside input (text, JSONL, signature
 * files) on seeded random inputs built from dangerous pieces (bytes of every kind, broken and
 * valid UTF-8, combining marks, apostrophes, digits and separators, JSON fragments); run under
 * ASan+UBSan in CI. Properties checked on every input:
 *   - repair gives valid UTF-8 (repairing again changes nothing) and counts what it replaced;
 *   - tokens lie inside the text, in order, with non-empty NUL-terminated valid UTF-8 norms;
 *   - shingle sets are sorted and unique, for both views;
 *   - the streaming sketcher, fed random chunks, equals shingle_set + sketch (both schemes);
 *   - the reader gives exactly one document or reject per non-blank JSONL line;
 *   - a signature file parser never reads out of bounds, whatever the bytes.
 * The same entry point is a libFuzzer target:
 *   clang -g -O1 -fsanitize=fuzzer,address -DSC_LIBFUZZER -Ishingle tests/test_shingle_fuzz.c \
 *     build/shingle/libsc_shingle.a -lcjson -lutf8proc -lstemmer -lgsl -lgslcblas -lm \
 *     -o fuzz_shingle
 * Environment: SC_FUZZ_SEED (default 1), SC_FUZZ_ITERS (default 1500). */
#include "check.h"
#include "test_util.h"
#include "shingle.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static sc_tokenizer_t *tk, *tkf;
static sc_minhash_t *mh[2];
static sc_sketcher_t *sk[2][2]; /* [scheme][view] */
static char tmpdir[64];
static uint64_t rs;

static uint64_t rnd(void) { return sc_test_splitmix(&rs); }

static int valid_utf8(const char *s, size_t n)
{
	size_t r;
	char *t = sc_sh_utf8_repair(s, n, NULL, &r);
	free(t);
	return r == 0;
}

static int check_text(const char *data, size_t len)
{
	int bad = 0;
	size_t n, nrep, n2, nrep2;
	char *text = sc_sh_utf8_repair(data, len, &n, &nrep);
	if (!text) return 1;
	char *again = sc_sh_utf8_repair(text, n, &n2, &nrep2);
	if (!again || nrep2 || n2 != n || memcmp(again, text, n)) bad |= 1;
	if (nrep == 0 && (n != len || memcmp(text, data, len))) bad |= 2;
	free(again);
	for (int f = 0; f < 2; f++) {
		const sc_token_t *k;
		long nt = sc_sh_tokenize(f ? tkf : tk, text, n, "", &k);
		if (nt < 0) bad |= 4;
		for (long i = 0; i < nt; i++) {
			if (k[i].start >= k[i].end || k[i].end > n ||
			    (i && k[i].start < k[i - 1].end))
				bad |= 8;
			if (!k[i].nlen || strlen(k[i].norm) != k[i].nlen ||
			    !valid_utf8(k[i].norm, k[i].nlen))
				bad |= 16;
		}
	}
	sc_u64v_t set = {0};
	for (int view = 0; view < 2; view++) {
		sc_shingle_opts_t o;
		sc_sh_shingle_opts_init(&o, (sc_view_t)view);
		if (sc_sh_shingle_set(tk, &o, text, n, "fr", NULL, 0, &set) < 0) bad |= 32;
		for (size_t i = 1; i < set.n; i++)
			if (set.a[i - 1] >= set.a[i]) bad |= 64;
		for (int sch = 0; sch < 2; sch++) {
			uint32_t want[32], got[32];
			sc_sh_minhash_sketch(mh[sch], set.a, set.n, want);
			sc_sh_sketcher_reset(sk[sch][view], "fr");
			for (size_t i = 0; i < n;) {
				size_t c = 1 + rnd() % 64;
				if (c > n - i) c = n - i;
				sc_sh_sketcher_feed(sk[sch][view], text + i, c);
				i += c;
			}
			if (sc_sh_sketcher_final(sk[sch][view], got) ||
			    memcmp(want, got, sizeof want))
				bad |= 128;
		}
	}
	sc_u64v_free(&set);
	free(text);
	return bad;
}

/* Writes data to tmpdir/name; path gets the file's path. 0, or -1 when it cannot. */
static int put_tmp(const char *name, const char *data, size_t len, char *path, size_t plen)
{
	snprintf(path, plen, "%s/%s", tmpdir, name);
	FILE *f = fopen(path, "wb");
	if (!f) return -1;
	size_t w = fwrite(data, 1, len, f);
	return fclose(f) || w != len ? -1 : 0;
}

/* data as a JSONL file: one document or reject per non-blank line */
static int check_jsonl(const char *data, size_t len)
{
	char path[128];
	if (put_tmp("in.jsonl", data, len, path, sizeof path)) return 0;
	size_t lines = 0;
	for (size_t i = 0; i < len;) { /* count non-blank lines as the reader defines them */
		const char *nl = memchr(data + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - data) : len, j = i;
		while (j < e && (data[j] == ' ' || (data[j] >= '\t' && data[j] <= '\r')))
			j++;
		lines += j < e;
		i = e + 1;
	}
	const char *in[] = {path};
	sc_reader_opts_t o;
	sc_sh_reader_opts_init(&o);
	o.min_words = 1;
	sc_reader_t *r;
	if (sc_sh_reader_open(&r, in, 1, &o)) return 256;
	size_t items = 0;
	int bad = 0, k;
	sc_doc_t d;
	sc_reject_t j;
	while ((k = sc_sh_reader_next(r, &d, &j)) > 0) {
		items++;
		if (k == 1) {
			if (!valid_utf8(d.text, d.len) || !valid_utf8(d.id, strlen(d.id)))
				bad |= 512;
			sc_doc_free(&d);
		} else {
			if (!j.reason || !j.path) bad |= 512;
			sc_reject_free(&j);
		}
	}
	if (k < 0) bad |= 1024;
	/* an input with no record gives one reject saying so */
	if (items != (lines ? lines : 1)) bad |= 2048;
	sc_sh_reader_close(r);
	return bad;
}

/* data as a signature file */
static int check_sig(const char *data, size_t len)
{
	char path[128];
	if (put_tmp("in.bin", data, len, path, sizeof path)) return 0;
	sc_sigfile_t *s;
	sc_sig_header_t h;
	char err[256];
	if (sc_sh_sig_open(&s, path, &h, err, sizeof err)) return 0;
	uint32_t *sig = malloc(4 * (size_t)h.k);
	char *id, lang[3];
	int k, n = 0;
	while (sig && (k = sc_sh_sig_read(s, &id, lang, sig)) == 1 && n++ < 100000)
		free(id);
	free(sig);
	sc_sh_sig_close(s, NULL, 0);
	return 0;
}

static int one_input(const uint8_t *data, size_t len, int files)
{
	int bad = check_text((const char *)data, len);
	if (files) bad |= check_jsonl((const char *)data, len) | check_sig((const char *)data, len);
	return bad;
}

static int setup(void)
{
	sc_norm_opts_t a = {0}, b = {1};
	tk = sc_sh_tokenizer_create(&a);
	tkf = sc_sh_tokenizer_create(&b);
	for (int s = 0; s < 2; s++) {
		sc_mh_params_t p = {32, 5, (sc_mh_scheme_t)s};
		mh[s] = sc_sh_minhash_create(&p);
		for (int v = 0; v < 2; v++) {
			sc_shingle_opts_t o;
			sc_sh_shingle_opts_init(&o, (sc_view_t)v);
			sk[s][v] = sc_sh_sketcher_create(mh[s], &o);
			if (!sk[s][v]) return -1;
		}
	}
	snprintf(tmpdir, sizeof tmpdir, "/tmp/sc_fuzz_XXXXXX");
	return tk && tkf && mkdtemp(tmpdir) ? 0 : -1;
}

#ifdef SC_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	static int ready;
	if (!ready) ready = setup() == 0;
	if (one_input(data, len, 1)) abort();
	return 0;
}
#else
static const char *const pieces[] = {
    "l'",
    "L\xe2\x80\x99",
    "qu'",
    "jusqu\xe2\x80\x99",
    "aujourd'hui",
    "n' ",
    "'",
    "-",
    "\xe2\x80\x94",
    "2,5",
    "3.14",
    ",",
    ".",
    " ",
    "\n",
    "\t",
    "\r\n",
    "\xc2\xa0",
    "\xc2\xad",
    "\xe2\x80\x8b",
    "\xc3\xa9",
    "e\xcc\x81",
    "\xcc\x81",
    "\xcc\xa3\xcc\x81",
    "\xc5\x93",
    "\xef\xac\x81",
    "\xc3\x9f",
    "\xd1\x8f\xd0\xba\xd0\xbe\xd0\xb1\xd1\x8b",
    "\xe4\xb8\xad\xe6\x96\x87",
    "\xf0\x9f\x98\x80",
    "\xef\xb7\xba",
    "\xea\xb0\x80",
    "\xe1\x84\x80\xe1\x85\xa1",
    "\xff",
    "\xc0\xaf",
    "\xed\xa0\x80",
    "\xe2\x82",
    "\xf0\x9f",
    "\x80",
    "\0",
    "\x01",
    "Paris",
    "KIEV",
    "le",
    "the",
    "de",
    "et",
    "{\"id\":\"a\",\"text\":\"",
    "\"}",
    "{\"id\":",
    "\\u0000",
    "\\\\u0000",
    "\\ud800",
    "[",
    "]",
    "\"lang\":\"fr\"",
    "\"lang\":7",
    "null",
    "SCSIG\r\n\x1a",
    "\x01\0\0\0",
    "\x38\0\0\0",
};

int main(void)
{
	const char *e = getenv("SC_FUZZ_SEED"), *it = getenv("SC_FUZZ_ITERS");
	uint64_t seed = e ? strtoull(e, NULL, 10) : 1;
	long iters = it ? strtol(it, NULL, 10) : 1500;
	if (setup()) {
		CHECK(0, "setup");
		return CHECK_DONE();
	}
	char *buf = malloc(1 << 16);
	for (long i = 0; i < iters; i++) {
		uint64_t s = seed * 1000003u + (uint64_t)i;
		rs = s;
		size_t len = 0, want = rnd() % 1200;
		while (len < want) {
			uint64_t r = rnd();
			if (r % 4 == 0) {
				buf[len++] = (char)(rnd() & 0xFF); /* any byte */
			} else {
				const char *p = pieces[r % (sizeof pieces / sizeof *pieces)];
				size_t pl = strlen(p);
				if (p[0] == '\0') pl = 1;
				memcpy(buf + len, p, pl);
				len += pl;
			}
		}
		int bad = one_input((const uint8_t *)buf, len, i % 5 == 0);
		CHECK(!bad, "input %ld (SC_FUZZ_SEED=%llu, data seed %llu): property mask %d", i,
		      (unsigned long long)seed, (unsigned long long)s, bad);
		if (bad) break;
	}
	free(buf);
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd)) fprintf(stderr, "could not remove %s\n", tmpdir);
	for (int s = 0; s < 2; s++) {
		for (int v = 0; v < 2; v++)
			sc_sh_sketcher_free(sk[s][v]);
		sc_sh_minhash_free(mh[s]);
	}
	sc_sh_tokenizer_free(tk);
	sc_sh_tokenizer_free(tkf);
	return CHECK_DONE();
}
#endif
