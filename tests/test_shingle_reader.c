/* The reader and its bad-input policy: UTF-8 repair, files, directories (sorted, recursive),
 * JSONL, and every kind of reject; each input item gives exactly one document or reject. */
#include "check.h"
#include "shingle.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[256];

static void put(const char *name, const char *data, size_t len)
{
	char p[512];
	snprintf(p, sizeof p, "%s/%s", dir, name);
	FILE *f = fopen(p, "wb");
	if (!f) return;
	fwrite(data, 1, len, f);
	fclose(f);
}
#define PUTS(name, s) put(name, s, sizeof(s) - 1)

static void test_repair(void)
{
	size_t n, r;
	struct {
		const char *in;
		size_t len;
		const char *out;
		size_t nrep;
	} v[] = {
	    {"abc", 3, "abc", 0},
	    {"\xc3\xa9", 2, "\xc3\xa9", 0},
	    {"a\xff"
	     "b",
	     3,
	     "a\xef\xbf\xbd"
	     "b",
	     1},
	    {"\xe2\x82"
	     "A",
	     3,
	     "\xef\xbf\xbd"
	     "A",
	     1},                                            /* maximal subpart E2 82 */
	    {"\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd", 2}, /* overlong: two replacements */
	    {"\xed\xa0\x80", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3}, /* surrogate */
	    {"\xf0\x9f\x98\x80", 4, "\xf0\x9f\x98\x80", 0},
	    {"\xf0\x9f\x98", 3, "\xef\xbf\xbd", 1}, /* truncated at the end */
	    {"\xf4\x90\x80\x80", 4, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 4},
	    {"\x80\x80", 2, "\xef\xbf\xbd\xef\xbf\xbd", 2},
	};
	for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
		char *o = sc_sh_utf8_repair(v[i].in, v[i].len, &n, &r);
		CHECK(o && n == strlen(v[i].out) && !memcmp(o, v[i].out, n) && r == v[i].nrep,
		      "repair case %zu: %zu bytes, %zu repaired", i, n, r);
		free(o);
	}
}

typedef struct {
	int docs, rejs;
	char log[8192];
} result_t;

static void run(const char *const *in, int n, const sc_reader_opts_t *o, result_t *res)
{
	sc_reader_t *r;
	memset(res, 0, sizeof *res);
	CHECK(sc_sh_reader_open(&r, in, n, o) == SC_OK, "reader opens");
	for (;;) {
		sc_doc_t d;
		sc_reject_t j;
		int k = sc_sh_reader_next(r, &d, &j);
		char line[1024];
		if (k == 0) break;
		if (k == 1) {
			res->docs++;
			snprintf(line, sizeof line, "DOC %s lang=%s rep=%zu len=%zu\n", d.id,
			         d.lang, d.repaired, d.len);
			sc_doc_free(&d);
		} else if (k == 2) {
			res->rejs++;
			snprintf(line, sizeof line, "REJ %s:%llu id=%s %s\n",
			         strrchr(j.path, '/') ? strrchr(j.path, '/') + 1 : j.path,
			         (unsigned long long)j.line, j.id ? j.id : "-", j.reason);
			sc_reject_free(&j);
		} else {
			CHECK(0, "reader error %d", k);
			break;
		}
		strncat(res->log, line, sizeof res->log - strlen(res->log) - 1);
	}
	CHECK(sc_sh_reader_count(r) == (uint64_t)(res->docs + res->rejs), "count = docs + rejects");
	sc_sh_reader_close(r);
}

#define HAS(res, s) CHECK(strstr((res).log, s) != NULL, "expected \"%s\" in:\n%s", s, (res).log)

static void test_reader(void)
{
	sc_reader_opts_t o;
	sc_sh_reader_opts_init(&o);
	CHECK(o.max_doc_bytes == 16u << 20 && o.min_words == 5, "defaults");
	char sub[300];
	snprintf(sub, sizeof sub, "%s/sub", dir);
	mkdir(sub, 0755);
	PUTS("b.txt", "Un texte correct avec assez de mots.");
	PUTS("a.md", "Another good text with enough words \xff here.");
	PUTS("sub/c.txt", "Le troisi\xc3\xa8me texte est dans un sous-dossier.");
	PUTS("skip.csv", "not an input, not read in a directory");
	PUTS(".hidden.txt", "hidden files are not inputs either at all");
	PUTS("nul.txt", "Un texte avec un\0octet nul au milieu.");
	put("bin.txt",
	    "\x7f"
	    "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0",
	    24);
	PUTS("empty.txt", "");
	PUTS("short.txt", "Trop court.");
	PUTS("ws.txt", " \n\t \n");
	PUTS("big.txt",
	     "Ce texte est un peu trop long pour la limite fixee ici a cinquante octets.");
	PUTS("d.jsonl",
	     "{\"id\":\"j1\",\"text\":\"Premier article du fichier JSONL, "
	     "correct.\",\"lang\":\"fr\",\"title\":\"T\"}\n"
	     "\n"
	     "{\"id\":\"j2\",\"text\":\"Deuxieme article\"\n"
	     "{\"id\":\"j3\",\"text\":\"Troisieme article, avec un id en double.\"}\n"
	     "{\"id\":\"j3\",\"text\":\"Troisieme article, avec un id en double.\"}\n"
	     "{\"text\":\"Sans id, ce qui est refuse par la lecture.\"}\n"
	     "{\"id\":\"j5\",\"text\":\"Une langue inconnue dans ce document.\",\"lang\":\"de\"}\n"
	     "{\"id\":\"j6\",\"text\":\"Un caract\\u00e8re nul \\u0000 dans ce texte ici.\"}\n"
	     "{\"id\":\"j7\",\"text\":42}\n"
	     "[1,2]\n"
	     "{\"id\":\"j8\",\"text\":\"Echappement double \\\\u0000 qui est correct ici.\"} "
	     "trailing\n"
	     "{\"id\":\"b\",\"text\":\"Le meme id qu'un fichier texte deja lu avant.\"}\n"
	     "{\"id\":\"j10\",\"text\":\"Une langue avec une region precisee "
	     "ici.\",\"lang\":\"FR-ca\"}\n"
	     "{\"id\":\"j11\",\"text\":\"A language tag with a region given "
	     "here.\",\"lang\":\"en_GB\"}\n"
	     "{\"id\":\"j12\",\"text\":\"Une langue mal ecrite dans ce "
	     "document.\",\"lang\":\"fra\"}\n"
	     "{\"id\":\"j9\",\"text\":\"Derniere ligne sans fin de ligne, correcte.\"}");
	put("utf16.txt", "\xff\xfeU\0n\0 \0t\0e\0x\0t\0e\0", 16);
	symlink("nowhere.txt", (snprintf(sub, sizeof sub, "%s/dangling.txt", dir), sub));
	symlink(".", (snprintf(sub, sizeof sub, "%s/sub/loop", dir), sub));
	symlink("l2.txt", (snprintf(sub, sizeof sub, "%s/l1.txt", dir), sub));
	symlink("l1.txt", (snprintf(sub, sizeof sub, "%s/l2.txt", dir), sub));

	o.max_doc_bytes = 60;
	result_t res;
	const char *in[] = {dir, "/nonexistent/path.txt"};
	run(in, 2, &o, &res);
	/* sorted walk: a.md, b.txt, bin.txt, big.txt, d.jsonl (lines), dangling, empty, l1, l2,
	 * nul, short, sub/c.txt, sub/loop, ws, then the nonexistent path */
	HAS(res, "DOC a lang= rep=1");
	HAS(res, "DOC b lang= rep=0");
	HAS(res, "DOC sub/c lang=");
	HAS(res, "REJ bin.txt:0 id=bin binary content");
	HAS(res, "REJ big.txt:0 id=big too large: more than 60 bytes");
	HAS(res, "REJ nul.txt:0 id=nul NUL byte at offset 16");
	HAS(res, "REJ empty.txt:0 id=empty empty document");
	HAS(res, "REJ short.txt:0 id=short near-empty: 2 words (minimum 5)");
	HAS(res, "REJ ws.txt:0 id=ws empty document (only white space)");
	HAS(res, "REJ dangling.txt:0 id=- dangling symlink");
	HAS(res, "REJ l1.txt:0 id=- symlink loop");
	HAS(res, "REJ loop:0 id=- symlink loop");
	HAS(res, "REJ path.txt:0 id=- cannot read: No such file or directory");
	HAS(res, "DOC j1 lang=fr rep=0");
	HAS(res, "REJ d.jsonl:3 id=- malformed JSON");
	HAS(res, "DOC j3 lang=");
	HAS(res, "REJ d.jsonl:5 id=j3 duplicate id");
	HAS(res, "REJ d.jsonl:6 id=- missing or non-string \"id\"");
	HAS(res, "REJ d.jsonl:7 id=j5 bad lang \"de\"");
	HAS(res, "REJ d.jsonl:8 id=j6 NUL character");
	HAS(res, "REJ d.jsonl:9 id=j7 missing or non-string \"text\"");
	HAS(res, "REJ d.jsonl:10 id=- not a JSON object");
	HAS(res, "REJ d.jsonl:11 id=- malformed JSON: trailing characters");
	HAS(res, "REJ d.jsonl:12 id=b duplicate id");
	HAS(res, "DOC j9 lang=");
	HAS(res, "DOC j10 lang=fr");
	HAS(res, "DOC j11 lang=en");
	HAS(res, "REJ d.jsonl:15 id=j12 bad lang \"fra\"");
	HAS(res, "REJ utf16.txt:0 id=utf16 UTF-16 text (byte order mark FF FE)");
	CHECK(!strstr(res.log, "skip") && !strstr(res.log, "hidden"),
	      "other extensions are not inputs");
	CHECK(res.docs == 8 && res.rejs == 22, "8 documents and 22 rejects, got %d and %d:\n%s",
	      res.docs, res.rejs, res.log);
	const char *a = strstr(res.log, "DOC a "), *b = strstr(res.log, "DOC b "),
	           *c = strstr(res.log, "DOC sub/c"), *j = strstr(res.log, "DOC j1");
	CHECK(a && b && c && j && a < b && b < j && j < c, "sorted order:\n%s", res.log);

	/* JSONL size limits: a text over max_doc_bytes, and a line longer than max_doc_bytes +
	 * 64 KiB, which is skipped without being buffered; the next line is still read */
	{
		char big[300];
		snprintf(big, sizeof big, "%s/sub/big.jsonl", dir);
		FILE *f = fopen(big, "wb");
		if (f) {
			fputs("{\"id\":\"t1\",\"text\":\"Ce texte depasse la limite de soixante octets "
			      "fixee pour ce test.\"}\n",
			      f);
			fputs("{\"id\":\"t2\",\"text\":\"", f);
			for (int i = 0; i < 70000; i++) fputc('a' + i % 26, f);
			fputs("\"}\n{\"id\":\"t3\",\"text\":\"Un texte court mais correct.\"}\n", f);
			fclose(f);
		}
		const char *inb[] = {big};
		o.max_doc_bytes = 60;
		run(inb, 1, &o, &res);
		HAS(res, "REJ big.jsonl:1 id=t1 too large: 65 bytes (maximum 60)");
		HAS(res, "REJ big.jsonl:2 id=- line too long: more than 65596 bytes");
		HAS(res, "DOC t3 lang=");
		CHECK(res.docs == 1 && res.rejs == 2, "big.jsonl: 1 document, 2 rejects:\n%s", res.log);
		unlink(big);
	}

	/* a named file of another extension is read as text; its id is its base name */
	o.max_doc_bytes = 1 << 20;
	snprintf(sub, sizeof sub, "%s/skip.csv", dir);
	const char *in2[] = {sub};
	run(in2, 1, &o, &res);
	HAS(res, "DOC skip lang=");
	/* min_words applies */
	o.min_words = 20;
	snprintf(sub, sizeof sub, "%s/b.txt", dir);
	const char *in3[] = {sub};
	run(in3, 1, &o, &res);
	HAS(res, "near-empty: 7 words (minimum 20)");
}

/* The text check counts words only until there are enough, then looks for control bytes,
 * NUL and invalid UTF-8 eight plain bytes at a time: whatever stands after the words, at any
 * offset inside or across those eight-byte steps, is found and counted as before. */
static void test_check_after_words(void)
{
	const char *words = "Un article assez long pour passer le seuil des mots, puis ";
	const size_t wl = strlen(words);
	sc_reader_opts_t o;
	sc_sh_reader_opts_init(&o);
	char name[64], sub[512], buf[256];
	result_t res;
	for (size_t pad = 0; pad < 17; pad++) {
		/* a NUL at offset wl + pad: the exact offset is reported */
		size_t n = 0;
		memcpy(buf, words, wl), n = wl;
		memset(buf + n, 'x', pad), n += pad;
		buf[n++] = '\0';
		memcpy(buf + n, " fin du texte.", 14), n += 14;
		snprintf(name, sizeof name, "nul%02zu.txt", pad);
		put(name, buf, n);
		snprintf(sub, sizeof sub, "%s/%s", dir, name);
		const char *in[] = {sub};
		run(in, 1, &o, &res);
		char want[64];
		snprintf(want, sizeof want, "NUL byte at offset %zu", wl + pad);
		HAS(res, want);
		/* invalid UTF-8 there is repaired and counted: one byte, then a truncated sequence
		 * at the very end */
		buf[wl + pad] = (char)0xff;
		buf[n++] = (char)0xe2;
		buf[n++] = (char)0x82;
		put(name, buf, n);
		run(in, 1, &o, &res);
		HAS(res, "rep=2");
	}
	/* control bytes after the words: binary when they are more than a tenth of the text */
	size_t n = 0;
	memcpy(buf, words, wl), n = wl;
	memset(buf + n, '\x01', 5), n += 5; /* 5 of 63: text */
	put("ctl5.txt", buf, n);
	memset(buf + n, '\x02', 3), n += 3; /* 8 of 66: binary (8 * 10 > 66) */
	put("ctl8.txt", buf, n);
	snprintf(sub, sizeof sub, "%s/ctl5.txt", dir);
	const char *in5[] = {sub};
	run(in5, 1, &o, &res);
	CHECK(res.docs == 1, "5 control bytes in %zu: a document\n%s", wl + 5, res.log);
	snprintf(sub, sizeof sub, "%s/ctl8.txt", dir);
	const char *in8[] = {sub};
	run(in8, 1, &o, &res);
	HAS(res, "binary content: 8 of 66 bytes");
}

int main(void)
{
	snprintf(dir, sizeof dir, "/tmp/sc_reader_XXXXXX");
	if (!mkdtemp(dir)) {
		printf("SKIP: cannot make a temporary directory\n");
		return 77;
	}
	test_repair();
	test_reader();
	test_check_after_words();
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd)) fprintf(stderr, "could not remove %s\n", dir);
	return CHECK_DONE();
}
