/* Lexicon loading: the built-in files load; a directory with the same files loads; every kind
 * of bad entry is refused with a message naming the file and the entry. */
#include "check.h"
#include "test_util.h"
#include "cmp_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void put(const char *dir, const char *name, const char *text)
{
	sc_test_put_file(dir, name, text);
}

/* fr.json with the first occurrence of `from` replaced by `to`, written to dir with en.json;
 * NULL (a failed CHECK) when `from` is not in fr.json. */
static char *put_swapped(const char *dir, const char *fr, const char *en, const char *from,
                         const char *to)
{
	const char *at = strstr(fr, from);
	CHECK(at != NULL, "fixture: '%s' not in fr.json", from);
	if (!at) return NULL;
	size_t n = strlen(fr) - strlen(from) + strlen(to) + 1;
	char *t = malloc(n);
	memcpy(t, fr, (size_t)(at - fr));
	strcpy(t + (at - fr), to);
	strcat(t, at + strlen(from));
	put(dir, "fr.json", t);
	put(dir, "en.json", en);
	return t;
}

/* Loads fr.json with `from` replaced by `to` through sc_cmp_create and checks the error
 * mentions every non-empty string of want[0..2]. */
static void bad(const char *dir, const char *fr, const char *en, const char *from, const char *to,
                const char *const *want)
{
	char *t = put_swapped(dir, fr, en, from, to);
	if (!t) return;
	sc_cmp_t *c = NULL;
	char err[512] = "";
	int rc = sc_cmp_create(&c, dir, err, sizeof err);
	CHECK(rc != SC_OK && c == NULL, "'%s' -> '%s' accepted", from, to);
	for (const char *const *w = want; w < want + 3; w++)
		if (**w) CHECK(strstr(err, *w) != NULL, "error '%s' lacks '%s'", err, *w);
	sc_cmp_free(c);
	free(t);
}

/* The scanner's elisions, glued ("L'usine") and before a space ("n' a"): a token of their own
 * each, lower-cased, flagged elided. */
static void elisions(void)
{
	sc_lexicon_t *lx = NULL;
	char err[256] = "";
	CHECK(sc_cmp_lex_load(&lx, NULL, err, sizeof err) == SC_OK, "built-in lexicons: %s", err);
	if (!lx) return;
	const sc_lxlang_t *L = sc_cmp_lex_lang(lx, "fr");
	sc_scan_t sc = {0};
	const char *s = "L'usine n' a rien";
	const char *want[] = {"l'", "usine", "n'", "a", "rien"};
	const int elided[] = {1, 0, 1, 0, 0};
	long n = sc_cmp_scan(L, s, strlen(s), &sc);
	CHECK(n == 5, "%ld tokens in '%s'", n, s);
	for (long i = 0; i < n && i < 5; i++) {
		CHECK(!strcmp(SC_CT_NORM(&sc, i), want[i]), "token %ld '%s', want '%s'", i,
		      SC_CT_NORM(&sc, i), want[i]);
		CHECK(!!(sc.t[i].flags & SC_CT_ELIDED) == elided[i], "token %ld elided flag", i);
	}
	sc_cmp_scan_free(&sc);
	sc_cmp_lex_free(lx);
}

/* fr.json with `from` replaced by `to` is refused, and the error mentions every string of want
 * ("": unused). */
static const struct {
	const char *from, *to;
	const char *want[3];
} BAD[] = {
	{"\"lang\": \"fr\",", "\"lang\": \"fr\"",
	 {"fr.json", "JSON", ""}},
	{"\"lang\": \"fr\"", "\"lang\": \"en\"",
	 {"fr.json", "lang", ""}},
	{"\"elisions\"", "\"elisionz\"",
	 {"fr.json", "elisionz", ""}},
	{"\"nier\"", "\"Nier\"",
	 {"fr.json", "denial_verbs[0]", "lower case"}},
	{"\"nier\"", "\"\"",
	 {"fr.json", "denial_verbs[0]", "empty"}},
	{"\"nier\"", "7",
	 {"fr.json", "denial_verbs[0]", "not a string"}},
	{"\"EUR\"", "\"euro\"",
	 {"fr.json", "units_money", "ISO 4217"}},
	{"\"heure\": 3600", "\"heure\": -1",
	 {"fr.json", "units_duration.\"heure\"", ""}},
	{"\"janvier\": 1", "\"janvier\": 13",
	 {"fr.json", "months.\"janvier\"", ""}},
	/* the three object maps: the member named, and what was expected, in full */
	{"\"EUR\"", "\"euro\"",
	 {"units_money.\"", ": expected an ISO 4217 code such as \"EUR\"", ""}},
	{"\"janvier\": 1", "\"janvier\": 13",
	 {"months.\"janvier\": expected a number in [1, 12]", "", ""}},
	{"\"quart\": 0.25", "\"quart\": 2",
	 {"fractions.\"quart\": expected a number in [0, 1]", "", ""}},
	{"\"hiver\": [12, 2]", "\"hiver\": [13, 2]",
	 {"seasons.\"hiver\": expected [first month, last month]", "", ""}},
	{"\"hiver\": [12, 2]", "\"hiver\": 12",
	 {"seasons.\"hiver\": expected [first month, last month]", "", ""}},
	/* marker lists: a required one missing or of the wrong type is refused (a repeated key:
	 * cJSON reads the first), an optional one of the wrong type too (an optional one absent:
	 * see main) */
	{"\"update_cues\"", "\"time_zones\"",
	 {"\"update_cues\": missing or not an array of strings", "", ""}},
	{"\"update_cues\": [", "\"update_cues\": 1, \"update_cues\": [",
	 {"\"update_cues\": missing or not an array of strings", "", ""}},
	{"\"cumulative_cues\": [", "\"cumulative_cues\": 1, \"cumulative_cues\": [",
	 {"cumulative_cues: expected an array of strings", "", ""}},
	{"[\"accepter\", \"refuser\"]", "[\"accepter\"]",
	 {"fr.json", "antonyms[", "two sides"}},
	/* one stem in two synonym classes: "négocier" and "négociation" share "négoci" */
	{"[\"accepter\", \"refuser\"]", "[\"accepter\", \"négocier\"]",
	 {"fr.json", "négocier", "another synonym class or antonym pair"}},
};

int main(void)
{
	char *fr = sc_test_slurp("detect/compare/lexicon/fr.json", NULL),
	     *en = sc_test_slurp("detect/compare/lexicon/en.json", NULL);
	if (!fr || !en) {
		printf("SKIP: detect/compare/lexicon/*.json not found\n");
		return 77;
	}
	elisions();
	char err[512] = "";
	sc_cmp_t *c = NULL;
	CHECK(sc_cmp_create(&c, NULL, err, sizeof err) == SC_OK, "built-in: %s", err);
	sc_cmp_free(c);
	char dir[] = "/tmp/sc_lexXXXXXX";
	if (!mkdtemp(dir)) {
		printf("SKIP: no temporary directory\n");
		return 77;
	}
	put(dir, "fr.json", fr);
	put(dir, "en.json", en);
	c = NULL;
	CHECK(sc_cmp_create(&c, dir, err, sizeof err) == SC_OK, "from a directory: %s", err);
	sc_cmp_free(c);
	/* a missing file names its path */
	{
		char p[512];
		snprintf(p, sizeof p, "%s/en.json", dir);
		remove(p);
		c = NULL;
		CHECK(sc_cmp_create(&c, dir, err, sizeof err) != SC_OK && strstr(err, "en.json"),
		      "missing file: %s", err);
	}
	{
		put(dir, "fr.json", "[1, 2]");
		put(dir, "en.json", en);
		c = NULL;
		CHECK(sc_cmp_create(&c, dir, err, sizeof err) != SC_OK && strstr(err, "fr.json") &&
		          strstr(err, "not an object"),
		      "top level: %s", err);
	}
	for (size_t i = 0; i < sizeof BAD / sizeof *BAD; i++)
		bad(dir, fr, en, BAD[i].from, BAD[i].to, BAD[i].want);
	/* an optional marker list absent (a lexicon written before it) is not needed */
	{
		char *t = put_swapped(dir, fr, en, "\"offset_from_now\"", "\"offset_now\"");
		c = NULL;
		CHECK(t && sc_cmp_create(&c, dir, err, sizeof err) == SC_OK,
		      "without the optional offset_from_now: %s", err);
		sc_cmp_free(c);
		free(t);
	}
	free(fr);
	free(en);
	sc_test_rm_lexicon_dir(dir);
	return CHECK_DONE();
}
