/* fuzz_common.h: shared by the libFuzzer harnesses in tests/fuzz/ (included, not compiled).
 *
 * Every harness defines LLVMFuzzerTestOneInput and nothing else that is exported. It is built
 * twice: with clang -fsanitize=fuzzer (SC_FUZZ=ON, the fuzzer drives it) and, in the ordinary
 * build, with fuzz_replay.c as main, which feeds it every file of fixtures/hostile/<name>/ so
 * the seeds and every crash ever found are replayed by ctest (also under ASan and valgrind).
 *
 * Rules for a harness: no heavy setup per input (tokenizers, lexicons and temporary
 * directories are made once, on first use, and released at exit so leak checkers stay quiet);
 * an invariant the code under test promises is checked with FZ_ASSERT, which aborts, so the
 * fuzzer records the input as a crash. */
#ifndef SC_FUZZ_COMMON_H
#define SC_FUZZ_COMMON_H

#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "shingle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FZ_ASSERT(cond)                                                                   \
	do {                                                                                  \
		if (!(cond)) {                                                                    \
			fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond); \
			abort();                                                                      \
		}                                                                                 \
	} while (0)

/* One private temporary directory per process, removed at exit with what fz_write put in it. */
static char fz_dir[64];
static char fz_files[8][128];
static int fz_nfiles;

static void fz_cleanup(void)
{
	for (int i = 0; i < fz_nfiles; i++) unlink(fz_files[i]);
	if (fz_dir[0]) rmdir(fz_dir);
}

static const char *fz_tmpdir(void)
{
	if (!fz_dir[0]) {
		const char *t = getenv("TMPDIR");
		snprintf(fz_dir, sizeof fz_dir, "%s/scfuzz.XXXXXX", t && *t ? t : "/tmp");
		if (!mkdtemp(fz_dir)) {
			perror("mkdtemp");
			abort();
		}
		atexit(fz_cleanup);
	}
	return fz_dir;
}

/* Writes data to <tmpdir>/name (replacing it) and returns the path (static storage, one per
 * name). The file is remembered for removal at exit. */
__attribute__((unused)) static const char *fz_write(const char *name, const uint8_t *data,
                                                    size_t size)
{
	const char *dir = fz_tmpdir();
	char path[128];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	int slot = -1;
	for (int i = 0; i < fz_nfiles; i++)
		if (!strcmp(fz_files[i], path)) slot = i;
	if (slot < 0) {
		FZ_ASSERT(fz_nfiles < 8);
		slot = fz_nfiles++;
		memcpy(fz_files[slot], path, sizeof path);
	}
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	FZ_ASSERT(fd >= 0);
	size_t off = 0;
	while (off < size) {
		ssize_t k = write(fd, data + off, size - off);
		FZ_ASSERT(k > 0);
		off += (size_t)k;
	}
	close(fd);
	return fz_files[slot];
}

/* Whether s[0..n) is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF). */
__attribute__((unused)) static int fz_utf8_ok(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		unsigned c = p[i];
		int need;
		unsigned lo = 0x80, hi = 0xBF;
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) need = 1;
		else if (c == 0xE0) need = 2, lo = 0xA0;
		else if (c == 0xED) need = 2, hi = 0x9F;
		else if (c >= 0xE1 && c <= 0xEF) need = 2;
		else if (c == 0xF0) need = 3, lo = 0x90;
		else if (c == 0xF4) need = 3, hi = 0x8F;
		else if (c >= 0xF1 && c <= 0xF3) need = 3;
		else return 0;
		for (int k = 1; k <= need; k++) {
			if (i + (size_t)k >= n) return 0;
			if (p[i + k] < lo || p[i + k] > hi) return 0;
			lo = 0x80, hi = 0xBF;
		}
		i += (size_t)need + 1;
	}
	return 1;
}

/* What a harness does with one item of a reader: k 1, a document in *doc; k 2, a reject in
 * *rej. The callback frees what it is given. */
typedef void fz_item_fn(void *ctx, int k, sc_doc_t *doc, sc_reject_t *rej);

/* Reads every item of r into fn (asserting that no read fails); returns how many there were. */
__attribute__((unused)) static uint64_t fz_read_all(sc_reader_t *r, fz_item_fn *fn, void *ctx)
{
	uint64_t items = 0;
	for (;;) {
		sc_doc_t doc = {0};
		sc_reject_t rej = {0};
		int k = sc_sh_reader_next(r, &doc, &rej);
		FZ_ASSERT(k >= 0);
		if (k == 0) break;
		items++;
		fn(ctx, k, &doc, &rej);
	}
	return items;
}

#endif
