/* fuzz_sentences.c: the comparator's sentence splitter (sc_cmp_sentences) and the analysis of
 * each sentence into a statement (sc_cmp_analyse: attribution, negation, quantities, dates),
 * on arbitrary text after the reader's UTF-8 repair, as cluster mode sees it.
 * Input: byte 0 picks the language ("", "fr", "en"); the rest is the text.
 * Checked: sentences lie inside the text, in order, do not overlap, are not empty, start and
 * end on character boundaries and are trimmed of ASCII white space; analysis succeeds and
 * gives sorted, unique term lists and quantities inside the sentence. */
#include "fuzz_common.h"
#include "cmp_internal.h"
#include "fuzz_cmp.h"

static sc_sent_t *sents;
static size_t scap;

static void fz_free(void) { free(sents); }

static int is_cont(const char *s, size_t i) { return ((unsigned char)s[i] & 0xC0) == 0x80; }
static int is_ws(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static void sorted_unique(const uint64_t *a, size_t n)
{
	for (size_t i = 1; i < n; i++) FZ_ASSERT(a[i - 1] < a[i]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!fz_cmp) atexit(fz_free);
	sc_cmp_t *cmp = fz_comparator();
	if (size < 1) return 0;
	static const char *const langs[] = {"", "fr", "en", "fr"};
	const char *lang = langs[data[0] & 3];
	size_t len;
	char *text = sc_sh_utf8_repair((const char *)data + 1, size - 1, &len, NULL);
	FZ_ASSERT(text);
	long n = sc_cmp_sentences(cmp->lex, text, len, lang, &sents, &scap);
	FZ_ASSERT(n >= 0);
	size_t prev = 0;
	for (long i = 0; i < n; i++) {
		const sc_sent_t *s = &sents[i];
		FZ_ASSERT(s->start < s->end && s->end <= len && s->start >= prev);
		prev = s->end;
		FZ_ASSERT(!is_cont(text, s->start) && (s->end == len || !is_cont(text, s->end)));
		FZ_ASSERT(!is_ws(text[s->start]) && !is_ws(text[s->end - 1]));
		if (i >= 32) continue; /* analysis is the slow part: enough sentences per input */
		sc_stmt_t st;
		FZ_ASSERT(sc_cmp_analyse(cmp, text + s->start, s->end - s->start, lang, &st) == SC_OK);
		sorted_unique(st.terms, st.nterms);
		sorted_unique(st.ents, st.nents);
		for (size_t q = 0; q < st.nq; q++)
			FZ_ASSERT(st.q[q].start <= st.q[q].end && st.q[q].end <= s->end - s->start);
		sc_cmp_stmt_free(&st);
	}
	free(text);
	return 0;
}
