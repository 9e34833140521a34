/* Normalisation and tokens: Unicode forms, typography, ligatures, mixed scripts, elisions,
 * numbers, offsets, stopwords, stemming and language guessing; shingle sets and Jaccard. */
#include "check.h"
#include "shingle.h"

#include <stdlib.h>
#include <string.h>

static sc_tokenizer_t *tk, *tkfold;

/* The normalised tokens of s joined by '|'. */
static const char *norms(sc_tokenizer_t *t, const char *s)
{
	static char buf[4096];
	const sc_token_t *k;
	long n = sc_sh_tokenize(t, s, strlen(s), "", &k);
	buf[0] = '\0';
	if (n < 0) return "(error)";
	for (long i = 0; i < n; i++) {
		if (i) strcat(buf, "|");
		strncat(buf, k[i].norm, sizeof buf - strlen(buf) - 2);
	}
	return buf;
}

#define NORM(t, in, want)                                                                          \
	do {                                                                                       \
		const char *got_ = norms(t, in);                                                   \
		CHECK(!strcmp(got_, want), "tokens of \"%s\": got \"%s\", want \"%s\"", in, got_,  \
		      want);                                                                       \
	} while (0)

static void test_unicode(void)
{
	/* precomposed U+00E9 and decomposed e + U+0301 give the same token */
	NORM(tk, "\xc3\xa9t\xc3\xa9", "\xc3\xa9t\xc3\xa9");
	NORM(tk, "e\xcc\x81te\xcc\x81", "\xc3\xa9t\xc3\xa9");
	NORM(tk, "\xc3\x89T\xc3\x89", "\xc3\xa9t\xc3\xa9"); /* ÉTÉ case-folded */
	/* marks out of canonical order still compose the same way */
	NORM(tk, "a\xcc\x81\xcc\xa3 a\xcc\xa3\xcc\x81",
	     "\xe1\xba\xa1\xcc\x81|\xe1\xba\xa1\xcc\x81");
	/* accent folding */
	NORM(tkfold, "\xc3\xa9t\xc3\xa9 e\xcc\x81le\xcc\x80ve", "ete|eleve");
	/* typographic apostrophes: ’ ʼ ‘ and ' are the same */
	NORM(tk, "aujourd\xe2\x80\x99hui aujourd'hui aujourd\xca\xbchui aujourd\xe2\x80\x98hui",
	     "aujourd'hui|aujourd'hui|aujourd'hui|aujourd'hui");
	/* dashes inside a word become '-' */
	NORM(tk,
	     "Jean\xe2\x80\x91Pierre 2020\xe2\x80\x93"
	     "2021",
	     "jean-pierre|2020-2021");
	/* a dash between spaces and quotes are not tokens */
	NORM(tk, "\xc2\xab oui \xc2\xbb \xe2\x80\x94 \xe2\x80\x9cnon\xe2\x80\x9d", "oui|non");
	/* ligatures: NFKC for ﬁ, fullwidth letters; œ and æ spelled out */
	NORM(tk, "\xef\xac\x81n fin", "fin|fin");
	NORM(tk, "c\xc5\x93ur coeur \xc5\x92UVRE \xc3\x86ther", "coeur|coeur|oeuvre|aether");
	NORM(tk, "\xef\xbc\xa1\xef\xbc\xa2\xef\xbc\xa3", "abc");
	NORM(tk,
	     "Stra\xc3\x9f"
	     "e",
	     "strasse");
	/* a Cyrillic word inside French stays a word of its own, with its letters */
	NORM(tk,
	     "ces discussions ont \xd1\x8f\xd0\xba\xd0\xbe\xd0\xb1\xd1\x8b \xc3\xa9t\xc3\xa9 "
	     "entrav\xc3\xa9"
	     "es",
	     "ces|discussions|ont|\xd1\x8f\xd0\xba\xd0\xbe\xd0\xb1\xd1\x8b|\xc3\xa9t\xc3\xa9|"
	     "entrav\xc3\xa9"
	     "es");
	NORM(tk, "\xd0\xaf\xd0\x9a\xd0\x9e\xd0\x91\xd0\xab",
	     "\xd1\x8f\xd0\xba\xd0\xbe\xd0\xb1\xd1\x8b");
	/* soft hyphen and zero-width space inside a word do not cut it */
	NORM(tk, "infor\xc2\xadmation", "information");
	/* U+FFFD (repaired input) is not a letter */
	NORM(tk,
	     "ab\xef\xbf\xbd"
	     "cd",
	     "ab|cd");
}

static void test_elisions_numbers(void)
{
	NORM(tk,
	     "L\xe2\x80\x99Ukraine l'est d'abord qu'il n'y a jusqu'\xc3\xa0 lorsqu'on puisqu'elle",
	     "l'|ukraine|l'|est|d'|abord|qu'|il|n'|y|a|jusqu'|\xc3\xa0|lorsqu'|on|puisqu'|elle");
	NORM(tk, "s'il c'est j'ai m'a t'en", "s'|il|c'|est|j'|ai|m'|a|t'|en");
	/* "n' a" with a space (seed 001) is still an elision */
	NORM(tk, "Moscou n' a pas", "moscou|n'|a|pas");
	/* not elisions: apostrophe kept inside the word */
	NORM(tk, "aujourd'hui presqu'\xc3\xaele don't O'Brien",
	     "aujourd'hui|presqu'\xc3\xaele|don't|o'brien");
	/* trailing apostrophe of a non-elision is dropped */
	NORM(tk, "the students' books", "the|students|books");
	/* numbers: decimal separators between digits kept */
	NORM(tk, "2,5 millions, 3.14 et 10.000 en 2024. Fin",
	     "2,5|millions|3.14|et|10.000|en|2024|fin");
	NORM(tk, "a,b 1, 2", "a|b|1|2");

	/* flags and offsets refer to the original text */
	const char *s = "L\xe2\x80\x99\xc3\x89tat a 2,5 %";
	const sc_token_t *k;
	long n = sc_sh_tokenize(tk, s, strlen(s), "fr", &k);
	CHECK(n == 4, "4 tokens, got %ld", n);
	if (n == 4) {
		CHECK(k[0].start == 0 && k[0].end == 4, "l' spans 0-4, got %u-%u", k[0].start,
		      k[0].end);
		CHECK((k[0].flags & SC_TOK_ELIDED) && (k[0].flags & SC_TOK_CAP) &&
		          (k[0].flags & SC_TOK_STOP),
		      "l' flags %u", k[0].flags);
		CHECK(k[1].start == 4 && k[1].end == 9, "état spans 4-9, got %u-%u", k[1].start,
		      k[1].end);
		CHECK((k[1].flags & SC_TOK_CAP) && !(k[1].flags & SC_TOK_STOP), "état flags %u",
		      k[1].flags);
		CHECK(k[2].flags & SC_TOK_STOP, "a is a French stopword");
		CHECK((k[3].flags & SC_TOK_NUM) && k[3].start == 12 && k[3].end == 15,
		      "2,5 number at 12-15");
		CHECK(k[1].nlen == strlen(k[1].norm), "nlen matches");
	}
	CHECK(sc_sh_tokenize(tk, "", 0, "", &k) == 0, "empty text has no tokens");
}

static void test_stop_stem_lang(void)
{
	CHECK(sc_sh_is_stopword(tk, "fr", "les", 3), "les is French");
	CHECK(!sc_sh_is_stopword(tk, "en", "les", 3), "les is not English");
	CHECK(sc_sh_is_stopword(tk, "en", "the", 3), "the is English");
	CHECK(sc_sh_is_stopword(tk, "", "the", 3), "\"\" means both lists");
	CHECK(!sc_sh_is_stopword(tk, "fr", "ukraine", 7), "ukraine is a content word");
	CHECK(sc_sh_is_stopword(tk, "fr", "\xc3\xa9t\xc3\xa9", 5), "été is a French stopword");
	CHECK(sc_sh_is_stopword(tkfold, "fr", "ete", 3), "with accent folding, ete is a stopword");

	uint32_t sl;
	char a[64], b[64];
	snprintf(a, sizeof a, "%s", sc_sh_stem(tk, "fr", "manifestations", 14, &sl));
	snprintf(b, sizeof b, "%s", sc_sh_stem(tk, "fr", "manifestation", 13, &sl));
	CHECK(!strcmp(a, b), "French stems agree: %s vs %s", a, b);
	CHECK(!strcmp(a, "manifest"), "stem of manifestations is %s", a);
	snprintf(a, sizeof a, "%s", sc_sh_stem(tk, "en", "negotiations", 12, &sl));
	snprintf(b, sizeof b, "%s", sc_sh_stem(tk, "en", "negotiating", 11, &sl));
	CHECK(!strcmp(a, b) && sl == strlen(a), "English stems agree: %s vs %s", a, b);

	/* the stem cache answers repeated calls, per language */
	for (int rep = 0; rep < 3; rep++) {
		snprintf(a, sizeof a, "%s", sc_sh_stem(tk, "en", "running", 7, &sl));
		CHECK(!strcmp(a, "run") && sl == 3, "en stem of running (call %d): %s", rep, a);
		snprintf(b, sizeof b, "%s", sc_sh_stem(tk, "fr", "running", 7, &sl));
		CHECK(strcmp(b, "run") != 0 && sl == strlen(b),
		      "fr stem of running is not the English one: %s", b);
	}
	/* a word longer than the cached size */
	const char *lw = "anticonstitutionnellement";
	snprintf(a, sizeof a, "%s", sc_sh_stem(tk, "fr", lw, (uint32_t)strlen(lw), &sl));
	snprintf(b, sizeof b, "%s", sc_sh_stem(tk, "fr", lw, (uint32_t)strlen(lw), &sl));
	CHECK(!strcmp(a, b) && sl == strlen(a) && sl > 10, "long word stems: %s", a);

	const char *fr =
	    "Selon elle, il n'y a eu aucune n\xc3\xa9gociation de ce type entre les deux parties.";
	const char *en =
	    "According to her, there have been no talks of this kind between the two sides.";
	const sc_token_t *k;
	long n = sc_sh_tokenize(tk, fr, strlen(fr), "", &k);
	CHECK(!strcmp(sc_sh_lang_guess(tk, k, (size_t)n), "fr"), "French guessed");
	n = sc_sh_tokenize(tk, en, strlen(en), "", &k);
	CHECK(!strcmp(sc_sh_lang_guess(tk, k, (size_t)n), "en"), "English guessed");
	CHECK(!strcmp(sc_sh_lang_guess_text(tk, fr, strlen(fr)), "fr"), "French guessed from text");
	CHECK(!strcmp(sc_sh_lang_guess_text(tk, en, strlen(en)), "en"),
	      "English guessed from text");
	n = sc_sh_tokenize(tk, "Zakharova Kursk 2024", 20, "", &k);
	CHECK(!strcmp(sc_sh_lang_guess(tk, k, (size_t)n), ""), "no evidence, no guess");
}

static void test_shingles(void)
{
	sc_shingle_opts_t w, c;
	sc_sh_shingle_opts_init(&w, SC_VIEW_WORD);
	sc_sh_shingle_opts_init(&c, SC_VIEW_CONTENT);
	CHECK(w.k == 5 && c.k == 1, "default k 5 and 1");
	sc_u64v_t a = {0}, b = {0};
	const char *s1 = "un deux trois quatre cinq six sept";
	long n = sc_sh_shingle_set(tk, &w, s1, strlen(s1), "fr", NULL, 0, &a);
	CHECK(n == 3, "7 words give 3 5-shingles, got %ld", n);
	/* the same words in another typography give the same set */
	const char *s2 = "UN  deux,\nTrois \xc2\xab quatre \xc2\xbb cinq six sept.";
	sc_sh_shingle_set(tk, &w, s2, strlen(s2), "fr", NULL, 0, &b);
	CHECK(sc_sh_jaccard(a.a, a.n, b.a, b.n) == 1.0, "same words, same set");
	/* a set repeated is deduplicated */
	const char *s3 = "a b c d e a b c d e a b c d e";
	n = sc_sh_shingle_set(tk, &w, s3, strlen(s3), "", NULL, 0, &a);
	CHECK(n == 5, "a b c d e repeated has 5 distinct shingles, got %ld", n);
	for (size_t i = 1; i < a.n; i++)
		CHECK(a.a[i - 1] < a.a[i], "sorted and unique");
	/* fewer than k tokens: one shingle */
	n = sc_sh_shingle_set(tk, &w, "deux mots", 9, "", NULL, 0, &a);
	CHECK(n == 1, "short text has one shingle, got %ld", n);
	n = sc_sh_shingle_set(tk, &w, "...", 3, "", NULL, 0, &a);
	CHECK(n == 0, "no tokens, empty set, got %ld", n);
	/* skipped spans */
	const char *s4 = "un deux trois quatre cinq six sept BOILER PLATE";
	size_t skip[2] = {35, 47};
	sc_sh_shingle_set(tk, &w, s4, strlen(s4), "fr", skip, 1, &b);
	sc_sh_shingle_set(tk, &w, s1, strlen(s1), "fr", NULL, 0, &a);
	CHECK(sc_sh_jaccard(a.a, a.n, b.a, b.n) == 1.0, "skipped span left out");
	/* content view: stopwords and elisions out, stems in */
	const char *c1 = "Les manifestations de l'opposition ont eu lieu \xc3\xa0 Paris";
	const char *c2 = "une manifestation d'opposition a lieu dans Paris";
	sc_sh_shingle_set(tk, &c, c1, strlen(c1), "fr", NULL, 0, &a);
	sc_sh_shingle_set(tk, &c, c2, strlen(c2), "fr", NULL, 0, &b);
	CHECK(a.n == 4 && sc_sh_jaccard(a.a, a.n, b.a, b.n) == 1.0,
	      "content view: {manifest, opposit, lieu, paris} in both, got %zu, J=%g", a.n,
	      sc_sh_jaccard(a.a, a.n, b.a, b.n));
	/* Jaccard */
	uint64_t x[] = {1, 2, 3, 4}, y[] = {3, 4, 5, 6};
	CHECK(sc_sh_jaccard(x, 4, y, 4) == 2.0 / 6.0, "J = 2/6");
	CHECK(sc_sh_jaccard(x, 0, y, 0) == 1.0, "two empty sets");
	CHECK(sc_sh_jaccard(x, 4, y, 0) == 0.0, "one empty set");
	sc_u64v_free(&a);
	sc_u64v_free(&b);
}

/* Sets large enough for each sorting path (insertion, buckets, radix): sorted, unique, and
 * as many shingles as windows when every word is distinct. */
static void test_large_sets(void)
{
	const size_t sizes[] = {50, 3000, 100000};
	sc_shingle_opts_t w;
	sc_sh_shingle_opts_init(&w, SC_VIEW_WORD);
	sc_u64v_t a = {0};
	for (size_t si = 0; si < 3; si++) {
		size_t nw = sizes[si], cap = nw * 12 + 1, len = 0;
		char *text = malloc(cap);
		for (size_t i = 0; i < nw; i++)
			len += (size_t)snprintf(text + len, cap - len, "w%zu ", i);
		/* the same text twice: every shingle twice, plus the windows across the seam */
		char *twice = malloc(2 * len + 1);
		memcpy(twice, text, len);
		memcpy(twice + len, text, len);
		twice[2 * len] = '\0';
		long n = sc_sh_shingle_set(tk, &w, twice, 2 * len, "", NULL, 0, &a);
		CHECK(n == (long)(nw - 4 + 4), "%zu distinct words twice: %zu shingles, got %ld",
		      nw, nw - 4 + 4, n);
		int sorted = 1;
		for (size_t i = 1; i < a.n; i++)
			sorted &= a.a[i - 1] < a.a[i];
		CHECK(sorted, "%zu words: sorted and unique", nw);
		free(text);
		free(twice);
	}
	sc_u64v_free(&a);
}

int main(void)
{
	sc_norm_opts_t o = {0}, f = {1};
	tk = sc_sh_tokenizer_create(&o);
	tkfold = sc_sh_tokenizer_create(&f);
	CHECK(tk && tkfold, "tokenizers created");
	if (!tk || !tkfold) return CHECK_DONE();
	test_unicode();
	test_elisions_numbers();
	test_stop_stem_lang();
	test_shingles();
	test_large_sets();
	sc_sh_tokenizer_free(tk);
	sc_sh_tokenizer_free(tkfold);
	return CHECK_DONE();
}
