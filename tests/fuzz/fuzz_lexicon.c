/* fuzz_lexicon.c: the lexicon loader behind `--lexicons DIR` (sc_cmp_create reads fr.json and
 * en.json from DIR, validates every entry and stems the stem-matched lists). A lexicon is
 * edited by hand, so anything may be in it.
 * Input: byte 0 picks the file the rest becomes (fr.json or en.json); the other file is the
 * built-in copy. Checked: loading succeeds or fails with a message (naming the file); a
 * lexicon that loads also judges a pair of sentences in both languages. */
#include "fuzz_common.h"
#include "detect.h"

extern const unsigned char sc_lexicon_fr[];
extern const size_t sc_lexicon_fr_len;
extern const unsigned char sc_lexicon_en[];
extern const size_t sc_lexicon_en_len;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1) return 0;
	const int en = data[0] & 1;
	fz_write(en ? "en.json" : "fr.json", data + 1, size - 1);
	if (en) fz_write("fr.json", sc_lexicon_fr, sc_lexicon_fr_len);
	else fz_write("en.json", sc_lexicon_en, sc_lexicon_en_len);
	sc_cmp_t *c = NULL;
	char err[512] = "";
	int rc = sc_cmp_create(&c, fz_tmpdir(), err, sizeof err);
	if (rc) {
		FZ_ASSERT(rc < 0 && !c && err[0]);
		return 0;
	}
	static const char *const pairs[][3] = {
		{"fr", "Le ministre a démenti avoir reçu 3 millions d'euros le 12 mars.",
		 "Le ministre a reçu trois millions d'euros, selon Le Monde."},
		{"en", "The company did not raise prices in 2023, its CEO said.",
		 "Prices rose by 12% in 2023 according to Reuters."},
	};
	for (int i = 0; i < 2; i++) {
		sc_judgement_t j;
		FZ_ASSERT(sc_cmp_pair(c, pairs[i][1], strlen(pairs[i][1]), pairs[i][2],
		                      strlen(pairs[i][2]), pairs[i][0], &j) == SC_OK);
		FZ_ASSERT(j.score >= 0 && j.score <= 1);
	}
	sc_cmp_free(c);
	return 0;
}
