/* test_compare_span19.c: a span said with an article ("a week after", "un mois plus tard") is
 * as loose as "about a week"; twice as long still clashes. Rows in tests/cases/span19.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

int main(void)
{
	return sc_test_judge_langs("tests/cases/span19.tsv", 5, 3);
}
