/* test_compare_judge3.c: pair mode's judge on contradictions other than a plain negation
 * (issue 11, the French XNLI target: helper judge3's changes, doc/compare-judge.md "Session 5").
 *  - opposed predicates: the lexicons' "opposites" list (general antonyms, French and English)
 *    and how the loader joins it to the older "antonyms" pairs through a shared word;
 *  - number clashes counted per thing: an agreeing figure about another thing (a line or a
 *    flight number) does not answer a clash on what both sides count.
 * Every sentence was written for this test (none is copied from an evaluation set). The cases
 * are the rows of tests/cases/judge3.tsv, each saying what the judge must answer; the rows were
 * checked to fail on the judge before the change they cover. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "cmp_judge.h"
#include "cmp_test.h"
#include "test_util.h"

/* ------------------------------------------------------- the loader's joins */
static void put(const char *dir, const char *name, const char *text)
{
	sc_test_put_file(dir, name, text);
}

/* fr.json with `from` replaced by `to` (first occurrence) loaded from dir with en.json: the
 * return code of sc_cmp_create, its message in err. -1 when `from` is not in fr.json. */
static int load_swapped(const char *dir, const char *fr, const char *en, const char *from,
                        const char *to, char *err, size_t errlen)
{
	const char *at = strstr(fr, from);
	if (!at) return -1;
	size_t n = strlen(fr) - strlen(from) + strlen(to) + 1;
	char *t = malloc(n);
	if (!t) return -1;
	memcpy(t, fr, (size_t)(at - fr));
	strcpy(t + (at - fr), to);
	strcat(t, at + strlen(from));
	put(dir, "fr.json", t);
	put(dir, "en.json", en);
	free(t);
	sc_cmp_t *c = NULL;
	err[0] = 0;
	int rc = sc_cmp_create(&c, dir, err, errlen);
	sc_cmp_free(c);
	return rc;
}

static void test_loader(void)
{
	char *fr = sc_test_slurp("detect/compare/lexicon/fr.json", NULL),
	     *en = sc_test_slurp("detect/compare/lexicon/en.json", NULL);
	char dir[] = "/tmp/sc_judge3XXXXXX", err[512];
	CHECK(fr && en, "lexicons readable from the source root");
	if (!fr || !en || !mkdtemp(dir)) {
		free(fr);
		free(en);
		return;
	}
	/* a join that puts a word on both sides of one pair names the word */
	int rc = load_swapped(dir, fr, en, "\"opposites\": [",
	                      "\"opposites\": [[[\"augmenter\"], [\"hausse\"]],", err, sizeof err);
	CHECK(rc != SC_OK && rc != -1 && strstr(err, "fr.json") && strstr(err, "both sides") &&
	          (strstr(err, "hausse") || strstr(err, "augmenter")),
	      "contradictory join refused: rc %d, %s", rc, err);
	/* the list must be an array */
	rc = load_swapped(dir, fr, en, "\"opposites\": [",
	                  "\"opposites\": 3, \"rumour_markers\": [", err, sizeof err);
	CHECK(rc != SC_OK && strstr(err, "opposites"), "opposites not an array: %s", err);
	/* a side that is not a word or a list of words names where it is */
	rc = load_swapped(dir, fr, en, "\"opposites\": [", "\"opposites\": [[\"vide\", 3],", err,
	                  sizeof err);
	CHECK(rc != SC_OK && strstr(err, "opposites[0][1]"), "bad side named: %s", err);
	sc_test_rm_lexicon_dir(dir);
	free(fr);
	free(en);
}

int main(void)
{
	sc_cmp_t *c;
	if (sc_test_cmp_open_checked(&c)) return CHECK_DONE();
	sc_test_judge_file(c, "tests/cases/judge3.tsv");
	sc_cmp_free(c);
	test_loader();
	return CHECK_DONE();
}
