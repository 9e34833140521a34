/* test_util.h: small helpers shared by storycheck's C tests, written once.
 * sc_test_slurp() reads a whole file; SC_TEST_GEN_DOC (with corpus_gen.h included first)
 * makes a sc_doc_t of a generated document; sc_test_splitmix() draws seeded random data;
 * sc_test_word_sets() (with shingle.h included first) shingles a corpus; sc_test_tsv_read()
 * reads a test's cases from a data file. */
#ifndef SC_TEST_UTIL_H
#define SC_TEST_UTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The whole file, NUL-terminated (free it); *len (may be NULL) gets its size. NULL when the
 * file cannot be read whole. */
static inline char *sc_test_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *s = NULL;
	long n = -1;
	if (!f) return NULL;
	if (!fseek(f, 0, SEEK_END) && (n = ftell(f)) >= 0 && !fseek(f, 0, SEEK_SET) &&
	    (s = malloc((size_t)n + 1)) && fread(s, 1, (size_t)n, f) == (size_t)n) {
		s[n] = '\0';
		if (len) *len = (size_t)n;
	} else {
		free(s), s = NULL;
	}
	fclose(f);
	return s;
}

/* Writes text to dir/name (an input file of a test's own); a failure shows when it is loaded. */
static inline void sc_test_put_file(const char *dir, const char *name, const char *text)
{
	char p[512];
	snprintf(p, sizeof p, "%s/%s", dir, name);
	FILE *f = fopen(p, "wb");
	if (!f) return;
	fputs(text, f);
	fclose(f);
}

/* Removes a test's lexicon directory: its fr.json and en.json (written with sc_test_put_file),
 * then the directory. */
static inline void sc_test_rm_lexicon_dir(const char *dir)
{
	char p[512];
	snprintf(p, sizeof p, "%s/fr.json", dir);
	remove(p);
	snprintf(p, sizeof p, "%s/en.json", dir);
	remove(p);
	rmdir(dir);
}

/* splitmix64 (Steele, Lea and Flood 2014): the tests' own seeded data generator, one copy
 * for every test that draws random data. Advances *state and returns the next value. */
static inline uint64_t sc_test_splitmix(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* The environment variable name set to value, or unset when value is NULL (a test's way to
 * run a stage with and without a setting). */
static inline void sc_test_env(const char *name, const char *value)
{
	if (value)
		setenv(name, value, 1);
	else
		unsetenv(name);
}

/* ------------------------------------------------------------ case files
 * A test's cases as a data file (tests/cases/NAME.tsv), one case a line, its fields separated
 * by tabs; the test's runner says what the fields mean. Blank lines and lines starting with
 * '#' (comments) are skipped; a line "[name]" starts the table `name`, which the rows after it
 * belong to (runners use it as the table's name in their messages). */
#define SC_TEST_TSV_MAXF 16
typedef struct sc_test_row_s {
	const char *table; /* the latest "[name]" before the row, "" before any */
	int line;          /* in the file, from 1: what a message about the row names */
	size_t nf;         /* fields, at most SC_TEST_TSV_MAXF (more: nf is SC_TEST_TSV_MAXF + 1) */
	char *f[SC_TEST_TSV_MAXF];
} sc_test_row_t;

typedef struct sc_test_tsv_s {
	char *text; /* the file, its tabs, newlines and brackets made NULs: the rows point into it */
	sc_test_row_t *row;
	size_t n;
} sc_test_tsv_t;

static inline void sc_test_tsv_free(sc_test_tsv_t *t)
{
	free(t->text);
	free(t->row);
	memset(t, 0, sizeof *t);
}

/* Reads the case file at path into *t (sc_test_tsv_free it). Returns 0, or -1 when the file
 * cannot be read or memory runs out (*t empty). */
static inline int sc_test_tsv_read(const char *path, sc_test_tsv_t *t)
{
	memset(t, 0, sizeof *t);
	if (!(t->text = sc_test_slurp(path, NULL))) return -1;
	size_t lines = 1;
	for (const char *p = t->text; *p; p++) lines += *p == '\n';
	if (!(t->row = calloc(lines, sizeof *t->row))) {
		sc_test_tsv_free(t);
		return -1;
	}
	const char *table = "";
	char *p = t->text;
	for (int line = 1; *p; line++) {
		char *end = strchr(p, '\n');
		if (end) *end = '\0';
		size_t len = strlen(p);
		if (len && p[len - 1] == '\r') p[--len] = '\0';
		if (p[0] == '[' && len > 1 && p[len - 1] == ']' && !strchr(p, '\t')) {
			p[len - 1] = '\0';
			table = p + 1;
		} else if (len && p[0] != '#') {
			sc_test_row_t *r = &t->row[t->n++];
			r->table = table;
			r->line = line;
			for (char *f = p; f; r->nf++) {
				char *tab = strchr(f, '\t');
				if (tab) *tab = '\0';
				if (r->nf < SC_TEST_TSV_MAXF) r->f[r->nf] = f;
				f = tab ? tab + 1 : NULL;
			}
			if (r->nf > SC_TEST_TSV_MAXF) r->nf = SC_TEST_TSV_MAXF + 1;
		}
		p = end ? end + 1 : p + len;
	}
	return 0;
}

#ifdef SC_SHINGLE_H
/* Document i of a test's corpus: its text, length and language. */
typedef void (*sc_test_doc_fn)(const void *ctx, size_t i, const char **text, size_t *len,
                               const char **lang);

/* The word 5-shingle sets (sc_sh_shingle_set, word view, default options) of n documents, each
 * named by doc. *out gets n sets (sc_test_sets_free). Returns the number of documents left
 * with no shingle (or whose set failed), or -1 when out of memory (*out NULL). */
static inline long sc_test_word_sets(size_t n, sc_test_doc_fn doc, const void *ctx,
                                     sc_u64v_t **out)
{
	sc_shingle_opts_t so;
	sc_sh_shingle_opts_init(&so, SC_VIEW_WORD);
	sc_norm_opts_t no = {0};
	sc_tokenizer_t *tok = sc_sh_tokenizer_create(&no);
	sc_u64v_t *sets = calloc(n ? n : 1, sizeof *sets);
	long bad = 0;
	*out = NULL;
	if (!tok || !sets) {
		sc_sh_tokenizer_free(tok);
		free(sets);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		const char *text, *lang;
		size_t len;
		doc(ctx, i, &text, &len, &lang);
		bad += sc_sh_shingle_set(tok, &so, text, len, lang, NULL, 0, &sets[i]) <= 0;
	}
	sc_sh_tokenizer_free(tok);
	*out = sets;
	return bad;
}

static inline void sc_test_sets_free(sc_u64v_t *sets, size_t n)
{
	for (size_t i = 0; sets && i < n; i++)
		sc_u64v_free(&sets[i]);
	free(sets);
}
#endif

#ifdef SC_CORPUS_GEN_H
/* A document of the generator as the reader would give it, at path; its lang copied when
 * with_lang. Returns 0, or -1 when out of memory (the caller frees doc either way). */
static inline int sc_test_gen_doc(const sc_gen_doc_t *gd, sc_doc_t *doc, const char *path,
                                  int with_lang)
{
	memset(doc, 0, sizeof *doc);
	doc->id = strdup(gd->id);
	doc->text = malloc(gd->len + 1);
	doc->path = strdup(path);
	if (!doc->id || !doc->text || !doc->path) return -1;
	memcpy(doc->text, gd->text, gd->len + 1);
	doc->len = doc->bytes_in = gd->len;
	if (gd->published) doc->published = strdup(gd->published);
	if (with_lang) snprintf(doc->lang, sizeof doc->lang, "%s", gd->lang);
	return 0;
}
#endif

#endif
