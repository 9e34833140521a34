/* The numbers issue 11 (item 3) lists, read in English and French (doc/compare-quantities.md,
 * "Session 9, numfix"), on sentences written for this test:
 *  - a vague plural ("thousands", "des milliers", "dozens", "des dizaines", "several
 *    thousand") is at least two of its unit, with no upper end;
 *  - "tens of thousands", "des dizaines de milliers": one figure, the product;
 *  - "one"/"un" + a generic noun, coordinated numbers, numbers after a participle, magnitudes, clock
 *    times with time zones, ranges;
 *  - a decade ("the 1950s", "les années 50") is ten years, not its first.
 * The checks are the rows of tests/cases/numfix8.tsv. */
#include "cmp_test.h"

int main(void) { return sc_test_claim_main("tests/cases/numfix8.tsv"); }
