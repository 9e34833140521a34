/* test_compare_place20.c: a figure named with a place ("92 000 en France, dont 7 000 à Lyon",
 * "turnout in Orlet", "In Kenton, 340 homes") counts that place's thing; two places' figures do
 * not clash, one place's do (quantity.c place_of). Rows in tests/cases/place20.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

int main(void)
{
	return sc_test_judge_langs("tests/cases/place20.tsv", 7, 3);
}
