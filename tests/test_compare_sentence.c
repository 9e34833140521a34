/* Sentence splitter: abbreviations, initials, decimals, quotations, ellipses, headlines, and
 * byte offsets into the original text. Sentences written for this test. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <stdlib.h>
#include <string.h>

static sc_cmp_t *C;

/* Splits text and compares with the expected sentences, joined by '|'. */
static void expect(const char *text, const char *lang, const char *want)
{
	sc_test_split_is(C, text, lang, want);
}

int main(void)
{
	char err[512];
	if (sc_cmp_create(&C, NULL, err, sizeof err)) {
		fprintf(stderr, "sc_cmp_create: %s\n", err);
		return 1;
	}
	expect("Le ciel est bleu. Il pleut demain.", "fr", "Le ciel est bleu.|Il pleut demain.");
	/* titles and initials */
	expect("M. Dupont est arrivé hier. Mme Martin aussi.", "fr",
	       "M. Dupont est arrivé hier.|Mme Martin aussi.");
	expect("Il a lu J. R. R. Tolkien cet été. Puis il est parti.", "fr",
	       "Il a lu J. R. R. Tolkien cet été.|Puis il est parti.");
	expect("Mr. Smith met Dr. Jones in the U.S. capital. They talked.", "en",
	       "Mr. Smith met Dr. Jones in the U.S. capital.|They talked.");
	expect("Rome fut fondée en 753 av. J.-C. selon la légende. Voilà.", "fr",
	       "Rome fut fondée en 753 av. J.-C. selon la légende.|Voilà.");
	/* decimals */
	expect("Le taux atteint 2,5 % cette année. Il était de 3.1 en 2020.", "fr",
	       "Le taux atteint 2,5 % cette année.|Il était de 3.1 en 2020.");
	/* a sentence ending inside a quotation stays with it and its attribution */
	expect("« Nous partons. Rien ne nous retient », a-t-elle déclaré. La salle s'est tue.", "fr",
	       "« Nous partons. Rien ne nous retient », a-t-elle déclaré.|La salle s'est tue.");
	expect("“We are done. Nothing holds us,” she said. The room went quiet.", "en",
	       "“We are done. Nothing holds us,” she said.|The room went quiet.");
	expect("Il a dit : « C'est fini. » Puis il est sorti.", "fr",
	       "Il a dit : « C'est fini. »|Puis il est sorti.");
	/* question and exclamation marks, ellipsis */
	expect("Est-ce la fin ? Personne ne le sait... Mais l'espoir demeure !", "fr",
	       "Est-ce la fin ?|Personne ne le sait...|Mais l'espoir demeure !");
	expect("Il hésita… puis il signa.", "fr", "Il hésita… puis il signa.");
	/* headlines without final punctuation end at the line break */
	expect("Un accord signé à Genève\nLes deux pays ont conclu un accord.\n\nSuite demain", "fr",
	       "Un accord signé à Genève|Les deux pays ont conclu un accord.|Suite demain");
	/* a hard-wrapped line goes on in lower case */
	expect("Le ministre a annoncé une hausse\ndes salaires dès janvier.", "fr",
	       "Le ministre a annoncé une hausse\ndes salaires dès janvier.");
	/* an unbalanced quotation does not swallow the rest of a long text */
	{
		char big[3000] = "« Début d'une citation jamais fermée.";
		for (int i = 0; i < 40; i++) strcat(big, " Une phrase de plus ici.");
		sc_sent_t *s = NULL;
		size_t cap = 0;
		long n = sc_cmp_sentences(C->lex, big, strlen(big), "fr", &s, &cap);
		CHECK(n > 10, "unbalanced quote: %ld sentences", n);
		free(s);
	}
	/* offsets are into the original text, multi-byte characters included */
	{
		const char *t = "  Élan à l’Est.  Ça va.  ";
		sc_sent_t *s = NULL;
		size_t cap = 0;
		long n = sc_cmp_sentences(C->lex, t, strlen(t), "fr", &s, &cap);
		CHECK(n == 2, "n=%ld", n);
		if (n == 2) {
			CHECK(s[0].start == 2 && !memcmp(t + s[0].start, "Élan", 5), "start %zu", s[0].start);
			CHECK(t[s[1].end - 1] == '.', "end");
		}
		free(s);
	}
	/* empty and blank texts */
	{
		sc_sent_t *s = NULL;
		size_t cap = 0;
		CHECK(sc_cmp_sentences(C->lex, "", 0, "fr", &s, &cap) == 0, "empty");
		CHECK(sc_cmp_sentences(C->lex, " \n\n ", 4, "fr", &s, &cap) == 0, "blank");
		free(s);
	}
	sc_cmp_free(C);
	return CHECK_DONE();
}
