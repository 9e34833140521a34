/* test_compare_count18.c: two generic counted nouns of one predicate count one thing ("One
 * person died" / "Three people died"), English and French, in pair mode; another predicate
 * counts another thing. Rows in tests/cases/count18.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

int main(void)
{
	return sc_test_judge_langs("tests/cases/count18.tsv", 5, 2);
}
