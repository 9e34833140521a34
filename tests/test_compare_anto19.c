/* test_compare_anto19.c: "is survived by" (an obituary's phrase) is no antonym of "died";
 * surviving the event still clashes with dying in it, in English and French. Rows in
 * tests/cases/anto19.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

int main(void)
{
	return sc_test_judge_langs("tests/cases/anto19.tsv", 4, 2);
}
