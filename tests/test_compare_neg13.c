/* test_compare_neg13.c: a negation is about its own clause (doc/compare-claims.md, "Session
 * 13, neg13"), English and French. A negated sentence whose other side restates another of
 * its clauses ("did not land in Lyon *but diverted the plane*", "*which reopened in May*",
 * "*because the baker was ill*") and none of the negated predicates is no negation conflict
 * (statement.c sc_cmp_neg_about, read by the judge); against the negated clause itself, or
 * its object without the other clauses ("didn't go to the summit" / "went to the summit"),
 * it still is. Pair rows in tests/cases/neg13.tsv. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

int main(void)
{
	return sc_test_judge_langs("tests/cases/neg13.tsv", 8, 8);
}
