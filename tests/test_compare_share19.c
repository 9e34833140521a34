/* test_compare_share19.c: a share written to a decimal is given to that decimal (54.2 % and
 * 52.4 % clash; 54.2 % and 54 % do not). Rows in tests/cases/share19.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

int main(void)
{
	return sc_test_judge_langs("tests/cases/share19.tsv", 4, 3);
}
