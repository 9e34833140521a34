/* test_compare_clock20.c: the French hour ("14 h 30", "vers 21 h", "à 8 heures du soir") is a
 * time of day after a clock preposition or before a period of the day or a time zone, not a
 * duration; "shortly after" / "peu après" and "before" / "avant" bound a clock time. Rows in
 * tests/cases/clock20.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

int main(void)
{
	return sc_test_judge_langs("tests/cases/clock20.tsv", 3, 12);
}
