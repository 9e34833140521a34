/* test_compare_fuzz.c: the comparator's own parsers of outside text (the sentence splitter,
 * the scanner and statement analysis, cluster mode) on seeded random inputs built from
 * dangerous pieces: cue words of both lexicons, numbers with separators, months and units,
 * quotation marks of every kind, terminators, apostrophes and hyphens, line breaks, capitals,
 * multi-byte and invalid UTF-8 bytes. Run under ASan+UBSan in CI. Checked on every input:
 *   - sentences are non-empty, inside the text, in order, not overlapping, trimmed;
 *   - analysis succeeds; quantities, terms and entities point inside their sentence; terms and
 *     entities are sorted and unique; a source is non-empty;
 *   - cluster mode succeeds and every conflict quotes its documents exactly at its offsets.
 * The same entry point is a libFuzzer target (-DSC_LIBFUZZER).
 * Environment: SC_FUZZ_SEED (default 1), SC_FUZZ_ITERS (default 3000). */
#include "check.h"
#include "test_util.h"
#include "cmp_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static sc_cmp_t *C;
static uint64_t rs;

static uint64_t rnd(void) { return sc_test_splitmix(&rs); }

static const char *const PIECES[] = {
	"ne", "n'", "pas", "plus", "jamais", "aucun", "personne", "rien", "que", "qu'", "qui", "sans",
	"not", "no", "never", "n't", "didn't", "that", "which", "nie", "a démenti", "denied",
	"rejette", "dismissed", "les rumeurs", "ragots", "non fondés", "baseless", "selon", "d'après",
	"according to", "a déclaré", "said", "a-t-il déclaré", "Selon elle,", "he said", "aurait",
	"pourrait", "allegedly", "cette allégation", "de ce type", "such reports", "environ", "about",
	"plus de", "more than", "moins de", "deux", "vingt-deux", "trois cents", "1,5", "2.5",
	"10 000", "1,000", "million", "milliards", "d'euros", "$", "€", "%", "pour cent", "heures",
	"une heure et demie", "demi-heure", "minutes", "6 août", "March 3, 2023", "au printemps",
	"2022", "1999", "lundi", "Monday", "May", "juin", "ouvrir", "fermé", "open", "closed",
	"Maria Zakharova", "M.", "Mme", "Dr.", "U.S.", "J. R. R.", "Le Monde", "the Post",
	"porte-parole", "ministre", "spokesman", "« ", " »", "“", "”", "\"", "'", "’", ".", "...",
	"…", "?", "!", ",", ";", ":", "(", ")", "-", "—", "\n", "\n\n", " ", "  ", "\t", "Élan",
	"ÉTÉ", "İ", "ß", "ﬁ", "e\xcc\x81", "\xe2\x80\xaf", "\xc2\xa0", "\xff", "\xc3", "\xe2\x82",
	"\xed\xa0\x80", "0", "31", "32", "1e9", "99999999999999999999", "Related Posts", "**",
	"Le", "La", "The", "Il", "Elle", "They", "cessez-le-feu", "mis fin", "called off",
	"de renoncer", "to cancel", "tels que", "such as", "ne peut que", "not only",
};
#define NPIECES (sizeof PIECES / sizeof PIECES[0])

static size_t make_text(char *buf, size_t cap)
{
	size_t n = 0, k = 1 + rnd() % 60;
	for (size_t i = 0; i < k; i++) {
		const char *p = PIECES[rnd() % NPIECES];
		size_t l = strlen(p);
		if (n + l + 2 >= cap) break;
		memcpy(buf + n, p, l);
		n += l;
		if (rnd() % 3) buf[n++] = ' ';
	}
	buf[n] = 0;
	return n;
}

static int sorted_unique(const uint64_t *v, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (v[i - 1] >= v[i]) return 0;
	return 1;
}

static void check_span(uint64_t at, size_t len, const char *what)
{
	size_t s = (size_t)(at >> 32), e = (size_t)(at & 0xffffffffu);
	if (!at) return; /* inherited */
	if (!(s < e && e <= len)) {
		CHECK(0, "%s span %zu..%zu outside %zu", what, s, e, len);
		abort();
	}
}

static void one_text(const char *t, size_t n, const char *lang)
{
	sc_sent_t *s = NULL;
	size_t cap = 0;
	long k = sc_cmp_sentences(C->lex, t, n, lang, &s, &cap);
	CHECK(k >= 0, "sentences rc %ld", k);
	size_t prev = 0;
	for (long i = 0; i < k; i++) {
		int ok = s[i].start < s[i].end && s[i].end <= n && s[i].start >= prev &&
		         t[s[i].start] != ' ' && t[s[i].end - 1] != ' ' && t[s[i].end - 1] != '\n';
		CHECK(ok, "sentence %ld: %zu..%zu (prev end %zu, len %zu)", i, s[i].start, s[i].end, prev, n);
		if (!ok) abort();
		prev = s[i].end;
		sc_stmt_t st;
		size_t len = s[i].end - s[i].start;
		int rc = sc_cmp_analyse_ctx(C, t + s[i].start, len, lang, "Contexte", &st);
		CHECK(rc == SC_OK, "analyse rc %d", rc);
		if (rc) continue;
		for (size_t q = 0; q < st.nq; q++)
			if (!(st.q[q].start < st.q[q].end && st.q[q].end <= len)) {
				CHECK(0, "quantity %zu..%zu outside %zu", st.q[q].start, st.q[q].end, len);
				abort();
			}
		CHECK(sorted_unique(st.terms, st.nterms) && sorted_unique(st.ents, st.nents), "sorted");
		for (size_t j = 0; j < st.nterms; j++) check_span(st.term_at[j], len, "term");
		for (size_t j = 0; j < st.nents; j++) check_span(st.ent_at[j], len, "entity");
		CHECK(!st.source || st.source[0], "empty source");
		CHECK(st.cues != NULL, "cues");
		sc_cmp_stmt_free(&st);
	}
	free(s);
}

static void one_cluster(char *t1, size_t n1, char *t2, size_t n2)
{
	sc_det_doc_t d[2];
	memset(d, 0, sizeof d);
	d[0].doc.id = "x";
	d[0].doc.text = t1;
	d[0].doc.len = n1;
	d[1].doc.id = "y";
	d[1].doc.text = t2;
	d[1].doc.len = n2;
	strcpy(d[0].doc.lang, "fr");
	sc_span_t b = {n2 / 3, n2 / 2};
	if (n2 && rnd() % 2) {
		d[1].boiler = &b;
		d[1].nboiler = 1;
	}
	uint32_t m[2] = {0, 1};
	sc_conflict_t *v = NULL;
	size_t nv = 0;
	int rc = sc_cmp_cluster(C, d, m, 2, 0, 0.0, &v, &nv);
	CHECK(rc == SC_OK, "cluster rc %d", rc);
	for (size_t i = 0; i < nv; i++) {
		const sc_claim_t *s[2] = {&v[i].a, &v[i].b};
		for (int k = 0; k < 2; k++) {
			const sc_det_doc_t *dd = &d[s[k]->doc];
			int ok = s[k]->doc < 2 && s[k]->start < s[k]->end && s[k]->end <= dd->doc.len &&
			         strlen(s[k]->text) == s[k]->end - s[k]->start &&
			         !memcmp(s[k]->text, dd->doc.text + s[k]->start, s[k]->end - s[k]->start);
			CHECK(ok, "conflict side does not quote its document");
			if (!ok) abort();
		}
		CHECK(v[i].score >= 0 && v[i].score <= 1, "score %g", v[i].score);
		sc_cmp_conflict_free(&v[i]);
	}
	free(v);
}

static int init(void)
{
	char err[512];
	if (C) return 0;
	if (sc_cmp_create(&C, NULL, err, sizeof err)) {
		fprintf(stderr, "sc_cmp_create: %s\n", err);
		return -1;
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (init()) abort();
	char *t = malloc(size + 1);
	if (!t) return 0;
	memcpy(t, data, size);
	t[size] = 0;
	one_text(t, size, size && data[0] & 1 ? "en" : "fr");
	one_cluster(t, size / 2, t + size / 2, size - size / 2);
	free(t);
	return 0;
}

#ifndef SC_LIBFUZZER
int main(void)
{
	const char *e = getenv("SC_FUZZ_SEED");
	uint64_t seed = e ? strtoull(e, NULL, 10) : 1;
	e = getenv("SC_FUZZ_ITERS");
	long iters = e ? atol(e) : 3000;
	rs = seed;
	if (init()) return 1;
	static char a[8192], b[8192];
	static const char *const langs[3] = {"fr", "en", ""};
	for (long it = 0; it < iters; it++) {
		size_t na = make_text(a, sizeof a), nb = make_text(b, sizeof b);
		one_text(a, na, langs[it % 3]);
		one_cluster(a, na, b, nb);
		if (sc_check_fail) {
			fprintf(stderr, "failed with SC_FUZZ_SEED=%llu at iteration %ld\n",
			        (unsigned long long)seed, it);
			break;
		}
	}
	sc_cmp_free(C);
	return CHECK_DONE();
}
#endif
