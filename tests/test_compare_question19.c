/* test_compare_question19.c: in pair mode a question on either side asserts nothing; the same
 * statement asserted still contradicts, also before a question in a side of two sentences.
 * Rows in tests/cases/question19.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

int main(void)
{
	return sc_test_judge_langs("tests/cases/question19.tsv", 4, 1);
}
