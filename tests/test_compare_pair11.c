/* test_compare_pair11.c: pair mode reads a negated saying or knowing against the other side
 * (judge.c said_known; doc/compare-judge.md "Session 11, pair11"). Since pairfix a negation of
 * "say" or "know" asserts nothing ("did not know the suspect", "n'a pas dit si"), which is
 * right against a side about the object ("The suspect was armed") and wrong against a side
 * that asserts the very saying or knowing ("The police knew the suspect well"): there the
 * negation counts, when the subject and the object are the same. The cases are data
 * (tests/cases/pair11.tsv, sentences of my own, English and French in every table). */
#include "cmp_test.h"

#define CASES "tests/cases/pair11.tsv"

int main(void)
{
	return sc_test_judge_langs(CASES, 12, 13);
}
