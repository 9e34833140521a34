/* sc_sh_tokenize_doc: a document without a language gets the guessed one, and its tokens are
 * those of that language (its stopwords only); a given language is kept; a document without
 * text, or with no evidence either way, keeps "". Sentences of our own. */
#include "check.h"
#include "shingle.h"

#include <string.h>

static sc_tokenizer_t *tk;

/* Whether the token of doc's tokens whose normal form is w is flagged a stopword (-1: no
 * such token). */
static int stop_flag(const sc_token_t *k, long n, const char *w)
{
	for (long i = 0; i < n; i++)
		if (k[i].nlen == strlen(w) && !memcmp(k[i].norm, w, k[i].nlen))
			return (k[i].flags & SC_TOK_STOP) != 0;
	return -1;
}

/* Tokenises text as a document of language lang; checks the language it ends with, the token
 * count (that of sc_sh_tokenize with that language) and the stopword flag of word. */
static void doc(const char *text, const char *lang, const char *want_lang, const char *word,
                int want_stop)
{
	sc_doc_t d = {0};
	d.text = (char *)text;
	d.len = text ? strlen(text) : 0;
	snprintf(d.lang, sizeof d.lang, "%s", lang);
	const sc_token_t *k;
	long n = sc_sh_tokenize_doc(tk, &d, &k);
	CHECK(n >= 0, "tokenize_doc: %ld", n);
	CHECK(!strcmp(d.lang, want_lang), "lang '%s', want '%s': %s", d.lang, want_lang,
	      text ? text : "(no text)");
	if (n < 0) return;
	if (word) CHECK(stop_flag(k, n, word) == want_stop, "'%s' stopword %d, want %d: %s", word,
	                stop_flag(k, n, word), want_stop, text);
	const sc_token_t *k2;
	long n2 = sc_sh_tokenize(tk, text ? text : "", d.len, want_lang, &k2);
	CHECK(n2 == n, "%ld tokens, sc_sh_tokenize with '%s' gives %ld", n, want_lang, n2);
}

int main(void)
{
	sc_norm_opts_t o = {0};
	tk = sc_sh_tokenizer_create(&o);
	if (!tk) {
		fprintf(stderr, "tokenizer\n");
		return 1;
	}
	/* guessed: "de" is a French stopword, not an English one, once the guess is English */
	doc("The mayor of Pont de Varne said that the bridge was closed on Monday and would stay "
	    "closed for the rest of the week.",
	    "", "en", "de", 0);
	doc("Le maire de la commune a indiqué que le pont était fermé depuis lundi et qu'il le "
	    "resterait pendant toute la semaine.",
	    "", "fr", "de", 1);
	/* given: kept, whatever the text */
	doc("The mayor of Pont de Varne said that the bridge was closed on Monday.", "fr", "fr",
	    "de", 1);
	/* no evidence either way, or no text: no guess */
	doc("Varne 2024 12 34", "", "", NULL, 0);
	doc(NULL, "", "", NULL, 0);
	sc_sh_tokenizer_free(tk);
	return CHECK_DONE();
}
