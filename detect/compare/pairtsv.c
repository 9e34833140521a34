/* pairtsv.c: the reader of pair files for `storycheck compare`.
 *
 * Format (CONTRACT.md, "compare"): tab-separated values, UTF-8, a header line naming the columns
 * (at least "premise" and "hypothesis"), then one row per pair. A field may be quoted with ":
 * inside quotes, "" stands for one ", and tabs, CR and LF are data. Lines may end in LF or CRLF.
 * This is the dialect Python's csv module writes with delimiter='\t', which is how the
 * evaluation files were made.
 *
 * Bad-input policy (doc/input.md):
 *  - repaired silently: a UTF-8 byte-order mark before the header; CR before LF;
 *  - skipped, as not rows: blank lines between rows;
 *  - rejected with SC_EFORMAT and a message naming the file and the line where the row
 *    starts, the row being consumed so reading goes on: more fields than the header, a
 *    character after a closing quote other than a tab or the end of the line, a NUL byte, a
 *    row longer than SC_TSV_MAX_ROW bytes, and a quote still open at the end of the file
 *    (that last one consumes the rest of the file: there is no way to resynchronise);
 *  - fewer fields than the header is not an error: the missing trailing fields are NULL.
 * Bytes are passed through as read (invalid UTF-8 included): the judge repairs what it reads.
 *
 * The header must be well formed and name "premise" and "hypothesis" once each; names are
 * unique. Reading is one pass over a 64 KiB buffer, with one row buffer reused for every row.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "detect.h"
#include "sc_prim.h"

#define SC_TSV_MAX_ROW (64u << 20) /* 64 MiB: far above any sentence pair */
#define SC_TSV_BUF (64u << 10)

struct sc_tsv_s {
	FILE *f;
	char *name;
	unsigned char buf[SC_TSV_BUF];
	size_t bpos, blen;
	int eof, ioerr;
	uint64_t line; /* physical line of the next byte to read, 1-based */
	char *row;     /* fields of the current row, each NUL-terminated */
	size_t rlen, rcap;
	size_t *off; /* start of each field in row */
	size_t noff, offcap;
	const char **fields; /* ncols pointers handed to the caller */
	char **cols;         /* header names (owned copies) */
	size_t ncols;
};

static int peekc(sc_tsv_t *t)
{
	if (t->bpos == t->blen) {
		if (t->eof) return EOF;
		t->blen = fread(t->buf, 1, sizeof t->buf, t->f);
		t->bpos = 0;
		if (t->blen < sizeof t->buf) {
			t->eof = 1;
			if (ferror(t->f)) t->ioerr = errno ? errno : EIO;
		}
		if (t->blen == 0) return EOF;
	}
	return t->buf[t->bpos];
}

static int getch(sc_tsv_t *t)
{
	int ch = peekc(t);
	if (ch != EOF) {
		t->bpos++;
		if (ch == '\n') t->line++;
	}
	return ch;
}

static int put(sc_tsv_t *t, int ch)
{
	if (SC_GROW(t->row, t->rcap, t->rlen + 1)) return SC_ENOMEM;
	t->row[t->rlen++] = (char)ch;
	return SC_OK;
}

static int start_field(sc_tsv_t *t)
{
	if (SC_GROW(t->off, t->offcap, t->noff + 1)) return SC_ENOMEM;
	t->off[t->noff++] = t->rlen;
	return SC_OK;
}

/* Consumes the rest of the current physical line (after an error outside quotes). */
static void skip_line(sc_tsv_t *t)
{
	int ch;
	while ((ch = getch(t)) != EOF && ch != '\n')
		;
}

/* Reads one logical row into t->row / t->off. Returns 1 (a row), 0 (end of input), or
 * SC_EFORMAT / SC_ENOMEM / SC_EIO with a message. Blank lines are skipped. */
static int read_row(sc_tsv_t *t, uint64_t *line, char *err, size_t errlen)
{
	int ch, rc;
	t->rlen = 0;
	t->noff = 0;
	/* blank lines (LF or CRLF) are not rows */
	for (;;) {
		ch = peekc(t);
		if (ch == '\n') {
			getch(t);
		} else if (ch == '\r') {
			getch(t);
			if (peekc(t) != '\n') {
				/* a lone CR: data of an unquoted field */
				*line = t->line;
				if ((rc = start_field(t)) || (rc = put(t, '\r'))) return rc;
				goto field_body;
			}
		} else {
			break;
		}
	}
	if (ch == EOF) return t->ioerr ? SC_EIO : 0;
	*line = t->line;
	for (;;) {
		if ((rc = start_field(t))) return rc;
		if (peekc(t) == '"') {
			uint64_t qline = t->line;
			getch(t);
			for (;;) {
				ch = getch(t);
				if (ch == EOF) {
					snprintf(err, errlen,
					         "%s line %llu: quote opened on line %llu is never "
					         "closed",
					         t->name, (unsigned long long)*line,
					         (unsigned long long)qline);
					return SC_EFORMAT;
				}
				if (ch == '"') {
					if (peekc(t) != '"') break;
					getch(t);
				} else if (ch == '\0') {
					goto nul;
				}
				if (t->rlen >= SC_TSV_MAX_ROW) goto toolong;
				if ((rc = put(t, ch))) return rc;
			}
			/* after the closing quote: a tab, the end of the line or of the file */
			ch = getch(t);
			if (ch == '\r' && peekc(t) == '\n') ch = getch(t);
			if (ch == '\t') {
				if ((rc = put(t, '\0'))) return rc;
				continue;
			}
			if (ch == '\n' || ch == EOF) break;
			snprintf(
			    err, errlen,
			    "%s line %llu: unexpected character after a closing quote in field %zu",
			    t->name, (unsigned long long)*line, t->noff);
			if (ch != '\n') skip_line(t);
			return SC_EFORMAT;
		}
	field_body:
		for (;;) {
			ch = getch(t);
			if (ch == '\r' && peekc(t) == '\n') ch = getch(t);
			if (ch == '\t' || ch == '\n' || ch == EOF) break;
			if (ch == '\0') goto nul;
			if (t->rlen >= SC_TSV_MAX_ROW) goto toolong;
			if ((rc = put(t, ch))) return rc;
		}
		if ((rc = put(t, '\0'))) return rc;
		if (ch != '\t') break;
	}
	if ((rc = put(t, '\0'))) return rc; /* the quoted-field path may end without one */
	if (t->ioerr) return SC_EIO;
	return 1;
nul:
	snprintf(err, errlen, "%s line %llu: NUL byte in a field", t->name,
	         (unsigned long long)*line);
	skip_line(t);
	return SC_EFORMAT;
toolong:
	snprintf(err, errlen, "%s line %llu: row longer than %u bytes", t->name,
	         (unsigned long long)*line, SC_TSV_MAX_ROW);
	skip_line(t);
	return SC_EFORMAT;
}

void sc_cmp_tsv_close(sc_tsv_t *t)
{
	if (!t) return;
	SC_FREE_EACH(t->cols, t->ncols);
	SC_FREE_ALL(t->fields, t->off, t->row, t->name, t);
}

int sc_cmp_tsv_open(sc_tsv_t **out, FILE *f, const char *name, char *err, size_t errlen)
{
	int rc = SC_ENOMEM;
	uint64_t line = 1;
	sc_tsv_t *t = calloc(1, sizeof *t);
	*out = NULL;
	if (!f) return SC_EPARAM;
	if (!t) goto fail;
	t->f = f;
	t->line = 1;
	if (!(t->name = strdup(name ? name : "-"))) goto fail;
	/* a byte-order mark is not part of the first column's name */
	if (peekc(t) == 0xEF && t->blen - t->bpos >= 3 && t->buf[t->bpos + 1] == 0xBB &&
	    t->buf[t->bpos + 2] == 0xBF)
		t->bpos += 3;
	rc = read_row(t, &line, err, errlen);
	if (rc == 0) {
		snprintf(err, errlen, "%s: empty file, expected a header line", t->name);
		rc = SC_EFORMAT;
	}
	if (rc < 0) {
		if (rc == SC_EIO)
			snprintf(err, errlen, "%s: read error", t->name);
		else if (rc == SC_ENOMEM)
			snprintf(err, errlen, "%s: out of memory", t->name);
		goto fail;
	}
	rc = SC_ENOMEM;
	t->ncols = t->noff;
	if (!(t->cols = calloc(t->ncols, sizeof *t->cols))) goto fail;
	if (!(t->fields = calloc(t->ncols, sizeof *t->fields))) goto fail;
	int np = 0, nh = 0;
	for (size_t i = 0; i < t->ncols; i++) {
		if (!(t->cols[i] = strdup(t->row + t->off[i]))) goto fail;
		np += !strcmp(t->cols[i], "premise");
		nh += !strcmp(t->cols[i], "hypothesis");
		for (size_t j = 0; j < i; j++) {
			if (!strcmp(t->cols[i], t->cols[j])) {
				snprintf(err, errlen, "%s line %llu: column '%s' appears twice",
				         t->name, (unsigned long long)line, t->cols[i]);
				rc = SC_EFORMAT;
				goto fail;
			}
		}
	}
	if (np != 1 || nh != 1) {
		snprintf(err, errlen,
		         "%s line %llu: the header must name 'premise' and 'hypothesis'", t->name,
		         (unsigned long long)line);
		rc = SC_EFORMAT;
		goto fail;
	}
	*out = t;
	return SC_OK;
fail:
	if (rc == SC_ENOMEM) snprintf(err, errlen, "%s: out of memory", name ? name : "-");
	sc_cmp_tsv_close(t);
	return rc;
}

size_t sc_cmp_tsv_ncols(const sc_tsv_t *t)
{
	return t ? t->ncols : 0;
}

const char *sc_cmp_tsv_colname(const sc_tsv_t *t, size_t i)
{
	return t && i < t->ncols ? t->cols[i] : NULL;
}

int sc_cmp_tsv_next(sc_tsv_t *t, const char *const **fields, uint64_t *line, char *err,
                    size_t errlen)
{
	uint64_t l = t->line;
	int rc = read_row(t, &l, err, errlen);
	*line = l;
	if (rc == SC_EIO)
		snprintf(err, errlen, "%s line %llu: read error", t->name, (unsigned long long)l);
	else if (rc == SC_ENOMEM)
		snprintf(err, errlen, "%s: out of memory", t->name);
	if (rc <= 0) return rc;
	if (t->noff > t->ncols) {
		snprintf(err, errlen, "%s line %llu: %zu fields, the header has %zu", t->name,
		         (unsigned long long)l, t->noff, t->ncols);
		return SC_EFORMAT;
	}
	for (size_t i = 0; i < t->ncols; i++)
		t->fields[i] = i < t->noff ? t->row + t->off[i] : NULL;
	*fields = t->fields;
	return 1;
}
