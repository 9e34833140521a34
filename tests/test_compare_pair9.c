/* test_compare_pair9.c: the claim readings pair mode's one-sided negation rests on
 * (statement.c nonassertive_head, could_not, split_counterfactual, neg_particle; judge.c
 * neg_asserted, not_only; doc/compare-judge.md "Session 10, pair9"). Since pairfix a negation
 * that asserts nothing gives its side no polarity (judge.c neg_asserted), so a misread claim
 * loses a contradiction or keeps a false alarm: a present participle on the denied noun
 * ("aucun élément indiquant") is no negated saying verb; English "could not" + verb is a past
 * inability, asserted as French "n'a pas pu"; French "n'aurait pas pu" is a counterfactual as
 * English "could not have"; a French negative pronoun opening the clause is the subject of a
 * distant "ne" ("Personne parmi les habitants n'a signé"), as English "nobody"; a negated
 * conditional claim is asserted; "not only ... but" neither negates nor excludes. The cases
 * are data (tests/cases/pair9.tsv, sentences of my own, English and French in every table). */
#include <stdio.h>
#include <string.h>

#include "cmp_test.h"

#define CASES "tests/cases/pair9.tsv"

int main(void)
{
	return sc_test_judge_langs(CASES, 16, 16);
}
