/* test_compare_tsv.c: the pair-file reader (detect/pairtsv.c).
 * Well-formed dialect features (quotes, doubled quotes, tabs and newlines inside quotes, CRLF,
 * BOM, blank lines, short rows), every malformed case of the written policy (each names its
 * line and reading goes on), and the two evaluation files with their known row counts. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "detect.h"

typedef struct {
	int rows, errors;
	uint64_t lines[16], errlines[16];
	char got[16][4][64]; /* first 4 fields of the first 16 rows ("(null)" for NULL) */
	char lasterr[512];
} run_t;

/* Reads a whole TSV from memory; returns the open status. */
static int run(const char *text, size_t len, run_t *r)
{
	char err[512] = "";
	memset(r, 0, sizeof *r);
	FILE *f = fmemopen((void *)text, len, "rb");
	if (!f) return -100;
	sc_tsv_t *t = NULL;
	int rc = sc_cmp_tsv_open(&t, f, "mem.tsv", err, sizeof err);
	if (rc) {
		snprintf(r->lasterr, sizeof r->lasterr, "%s", err);
		fclose(f);
		return rc;
	}
	size_t nc = sc_cmp_tsv_ncols(t);
	for (;;) {
		const char *const *fl;
		uint64_t line = 0;
		int k = sc_cmp_tsv_next(t, &fl, &line, err, sizeof err);
		if (k == 0) break;
		if (k < 0) {
			if (r->errors < 16) r->errlines[r->errors] = line;
			r->errors++;
			snprintf(r->lasterr, sizeof r->lasterr, "%s", err);
			if (r->errors > 100) break; /* a reader that never advances */
			continue;
		}
		if (r->rows < 16) {
			r->lines[r->rows] = line;
			for (size_t i = 0; i < nc && i < 4; i++)
				snprintf(r->got[r->rows][i], 64, "%s", fl[i] ? fl[i] : "(null)");
		}
		r->rows++;
	}
	sc_cmp_tsv_close(t);
	fclose(f);
	return 0;
}
#define RUN(s, r) run(s, sizeof(s) - 1, r)

static void test_dialect(void)
{
	run_t r;
	static const char a[] = "\xEF\xBB\xBFid\tpremise\thypothesis\tlabel\r\n"
	                        "1\tLe chat dort.\tLe chat ne dort pas.\t1\r\n"
	                        "\r\n"
	                        "2\t\"Il a dit \"\"non\"\".\"\t\"tab\there\"\t0\n"
	                        "3\t\"deux\nlignes\"\t\"crlf\r\ninside\"\t1\n"
	                        "4\tcourt\n"
	                        "5\ta \"quote\" in the middle\t\"\"\t\r\n"
	                        "6\tno newline at end\th\t0";
	CHECK(RUN(a, &r) == 0, "open: %s", r.lasterr);
	CHECK(r.rows == 6 && r.errors == 0, "rows %d errors %d (%s)", r.rows, r.errors, r.lasterr);
	CHECK(!strcmp(r.got[0][0], "1") && !strcmp(r.got[0][1], "Le chat dort.") &&
	          !strcmp(r.got[0][3], "1"),
	      "CRLF row: '%s' '%s' '%s'", r.got[0][0], r.got[0][1], r.got[0][3]);
	CHECK(!strcmp(r.got[1][1], "Il a dit \"non\"."), "doubled quotes: '%s'", r.got[1][1]);
	CHECK(!strcmp(r.got[1][2], "tab\there"), "tab inside quotes: '%s'", r.got[1][2]);
	CHECK(!strcmp(r.got[2][1], "deux\nlignes") && !strcmp(r.got[2][2], "crlf\r\ninside"),
	      "newlines inside quotes: '%s' '%s'", r.got[2][1], r.got[2][2]);
	CHECK(!strcmp(r.got[3][1], "court") && !strcmp(r.got[3][2], "(null)") &&
	          !strcmp(r.got[3][3], "(null)"),
	      "short row gives NULLs: '%s' '%s'", r.got[3][2], r.got[3][3]);
	CHECK(!strcmp(r.got[4][1], "a \"quote\" in the middle") && !strcmp(r.got[4][2], "") &&
	          !strcmp(r.got[4][3], ""),
	      "quote inside unquoted field, empty quoted field, empty last field: '%s' '%s' '%s'",
	      r.got[4][1], r.got[4][2], r.got[4][3]);
	CHECK(!strcmp(r.got[5][2], "h") && !strcmp(r.got[5][3], "0"), "last row without newline");
	CHECK(r.lines[0] == 2 && r.lines[1] == 4 && r.lines[2] == 5 && r.lines[3] == 8 &&
	          r.lines[4] == 9 && r.lines[5] == 10,
	      "start lines %llu %llu %llu %llu %llu %llu", (unsigned long long)r.lines[0],
	      (unsigned long long)r.lines[1], (unsigned long long)r.lines[2],
	      (unsigned long long)r.lines[3], (unsigned long long)r.lines[4],
	      (unsigned long long)r.lines[5]);
}

static void test_header(void)
{
	run_t r;
	CHECK(RUN("", &r) == SC_EFORMAT, "empty file");
	CHECK(RUN("id\tpremise\tlabel\n1\ta\t0\n", &r) == SC_EFORMAT &&
	          strstr(r.lasterr, "hypothesis"),
	      "missing hypothesis column: %s", r.lasterr);
	CHECK(RUN("premise\thypothesis\tpremise\n", &r) == SC_EFORMAT && strstr(r.lasterr, "twice"),
	      "duplicate column: %s", r.lasterr);
	CHECK(RUN("hypothesis\tpremise\n", &r) == 0 && r.rows == 0 && r.errors == 0,
	      "header only, any order");
}

static void test_malformed(void)
{
	run_t r;
	static const char a[] = "premise\thypothesis\n"
	                        "ok1\th\n"
	                        "too\tmany\tfields\n"
	                        "\"closed\"junk\th\n"
	                        "ok2\th\n"
	                        "nul\th\0x\n"
	                        "ok3\th\n"
	                        "\"never closed\th\n"
	                        "swallowed\th\n";
	CHECK(RUN(a, &r) == 0, "open: %s", r.lasterr);
	CHECK(r.rows == 3, "3 good rows, got %d", r.rows);
	CHECK(r.errors == 4, "4 errors, got %d (%s)", r.errors, r.lasterr);
	CHECK(r.errlines[0] == 3 && r.errlines[1] == 4 && r.errlines[2] == 6 && r.errlines[3] == 8,
	      "error lines %llu %llu %llu %llu", (unsigned long long)r.errlines[0],
	      (unsigned long long)r.errlines[1], (unsigned long long)r.errlines[2],
	      (unsigned long long)r.errlines[3]);
	CHECK(!strcmp(r.got[0][0], "ok1") && !strcmp(r.got[1][0], "ok2") &&
	          !strcmp(r.got[2][0], "ok3"),
	      "reading goes on after errors: %s %s %s", r.got[0][0], r.got[1][0], r.got[2][0]);
	CHECK(strstr(r.lasterr, "mem.tsv line 8") && strstr(r.lasterr, "never closed"),
	      "message names file and line: %s", r.lasterr);
	CHECK(RUN("premise\thypothesis\nx\t\"a\"\rb\n", &r) == 0 && r.errors == 1 && r.rows == 0,
	      "lone CR after closing quote");
}

/* Counts rows and positives of an evaluation file; -1 when it is absent. */
static int count_file(const char *path, const char *poscol, const char *pos, int *npos, int *nerr)
{
	char err[512];
	FILE *f = fopen(path, "rb");
	if (!f) return -1;
	sc_tsv_t *t = NULL;
	int n = 0;
	*npos = *nerr = 0;
	if (sc_cmp_tsv_open(&t, f, path, err, sizeof err)) {
		fprintf(stderr, "%s\n", err);
		fclose(f);
		return -2;
	}
	size_t il = sc_cmp_tsv_ncols(t), ip = il, ih = il;
	for (size_t i = 0; i < sc_cmp_tsv_ncols(t); i++) {
		if (!strcmp(sc_cmp_tsv_colname(t, i), poscol)) il = i;
		if (!strcmp(sc_cmp_tsv_colname(t, i), "premise")) ip = i;
		if (!strcmp(sc_cmp_tsv_colname(t, i), "hypothesis")) ih = i;
	}
	for (;;) {
		const char *const *fl;
		uint64_t line;
		int k = sc_cmp_tsv_next(t, &fl, &line, err, sizeof err);
		if (k == 0) break;
		if (k < 0) {
			fprintf(stderr, "%s\n", err);
			(*nerr)++;
			continue;
		}
		n++;
		if (il < sc_cmp_tsv_ncols(t) && fl[il] && !strcmp(fl[il], pos)) (*npos)++;
		/* every pair has both sentences, and no row swallowed the next one */
		if (!fl[ip] || !fl[ih] || !*fl[ih] || strchr(fl[ih], '\n') || strchr(fl[ih], '\t'))
			(*nerr)++;
	}
	sc_cmp_tsv_close(t);
	fclose(f);
	return n;
}

int main(void)
{
	test_dialect();
	test_header();
	test_malformed();
	int npos, nerr;
	int n = count_file("fixtures/eval/daccord-dev.tsv", "label", "1", &npos, &nerr);
	if (n == -1) {
		printf("FAIL: fixtures/eval/daccord-dev.tsv is absent (it ships in the repository)\n");
		return 1;
	}
	CHECK(n == 502 && npos == 246 && nerr == 0, "daccord: %d rows, %d positive, %d errors", n,
	      npos, nerr);
	n = count_file("fixtures/eval/rte3fr-dev.tsv", "label", "2", &npos, &nerr);
	CHECK(n == 800 && npos == 91 && nerr == 0, "rte3fr: %d rows, %d contradictions, %d errors",
	      n, npos, nerr);
	return CHECK_DONE();
}
