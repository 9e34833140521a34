/* test_compare_ended19.c: a denial the sentence says ended ("denied ... until he admitted",
 * "a nié ... jusqu'à ce qu'il avoue") contradicts nothing; a denial that lasted ("until his
 * death") or whose "until" scopes what is denied ("until March") still does. Rows in
 * tests/cases/ended19.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

int main(void)
{
	return sc_test_judge_langs("tests/cases/ended19.tsv", 6, 4);
}
