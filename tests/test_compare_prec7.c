/* Precision of cluster mode's conflicts by rule path (doc/compare-claims.md, "Session 8"), on
 * sentences written for this test in English and French:
 *  - dates: what a date dates is the phrase around it (its nearest words, inside its clause),
 *    not the object of a verb further on: two dates of two steps of a story ("rules adopted in
 *    January" / "In March, lawmakers asked ... to review the rules") share objects, not what
 *    they date;
 *  - dates: two dated claims of one predicate that count its actors differently ("In 2019, five
 *    men robbed the shop" / "In 2015, two men robbed the shop") are two occurrences of a
 *    recurring fact, not one fact dated twice; the same count keeps the date conflict;
 *  - dates: a date alone in its clause ("..., and on May 2, it escorted a tanker") dates no
 *    word: nothing says it dates what another date dates;
 *  - denials: a denied clause ("denied that the fire had been contained") states its claim by
 *    its predicate; its subject only locates it: "the fire burned for six hours" is not what
 *    is denied, "the fire was contained" is;
 *  - percentages: two figures that no share frame joins (what each is a share of, and its
 *    predicate: "40% of flights were cancelled") measure nothing known to be one thing ("fuel
 *    prices rose 4%" / "fuel sales rose 9%"): a lead, as plain numbers are; a clash of one
 *    share stays a conflict.
 * After review7: two occurrences need dates in different years (one crash dated June 9 / June
 * 10 with two counts stays a date conflict); a date at the head of its clause (fronted after a
 * long subject, a cleft "It was on June 9 that", "C'est le 9 juin que") and a date after a
 * reporting aside (", the mayor said, on June 9") date their clause's predicate; a percent
 * change of one subject by one verb ("Bus fares will rise by 6 / 12 percent") is a conflict.
 * Each rule has a control that must stay a conflict. The checks are the rows of
 * tests/cases/prec7.tsv. */
#include "check.h"
#include "cmp_test.h"

int main(void)
{
	return sc_test_claim_main("tests/cases/prec7.tsv");
}
