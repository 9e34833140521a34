/* Precision of cluster mode's conflicts by rule path (doc/compare-claims.md, "Session 8"), on
 * sentences written for this test in English and French:
 *  - dates: what a date dates is the phrase around it (its nearest words, inside its clause),
 *    not the object of a verb further on: two dates of two steps of a story ("rules adopted in
 *    January" / "In March, the president ordered ... to review the rules") share objects, not
 *    what they date;
 *  - dates: two dated claims of one predicate that count its actors differently ("In 2019, five
 *    men robbed the store" / "In 2015, two men robbed the store") are two occurrences of a
 *    recurring fact, not one fact dated twice; the same count keeps the date conflict;
 *  - dates: a date alone in its clause ("..., and on May 2, it escorted a tanker") dates no
 *    word: nothing says it dates what another date dates;
 *  - denials: a denied clause ("denied that the blaze was under control") states its claim by
 *    its predicate; its subject only locates it: "a blaze destroyed the warehouse" is not what
 *    is denied, "the blaze was under control" is;
 *  - percentages: two figures that no share frame joins (what each is a share of, and its
 *    predicate: "40% of flights were cancelled") measure nothing known to be one thing ("fuel
 *    prices rose 4%" / "fuel sales rose 9%"): a lead, as plain numbers are; a clash of one
 *    share stays a conflict. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <string.h>

static sc_cmp_t *C;

/* Two one-sentence documents of one event: whether cluster mode must report a date conflict */
static const sc_test_pair_t DATES[] = {
	/* two steps of a story, sharing the objects of their verbs */
	{"rules adopted in January / asked in March", "en", 0,
	 "Lawmakers asked the Interior and Transport ministries to review the safety rules adopted "
	 "in January.",
	 "In March, lawmakers asked the Interior and Transport ministries to review the safety "
	 "rules."},
	{"règles adoptées en janvier / prié en mars", "fr", 0,
	 "Les députés ont demandé au ministère des Transports de revoir les règles adoptées en "
	 "janvier.",
	 "En mars, le ministère des Transports a été prié de revoir les règles."},
	/* one fact dated twice: still a conflict */
	{"bond approved in 2009 / 2011", "en", 1,
	 "Voters in 2009 approved a bond to buy the riverside park, the mayor said.",
	 "Town voters in 2011 approved a bond to buy the riverside park, the mayor said."},
	{"emprunt approuvé en 2009 / 2011", "fr", 1,
	 "Les électeurs ont approuvé en 2009 un emprunt pour racheter le parc riverain, selon le "
	 "maire.",
	 "Les électeurs de la ville ont approuvé en 2011 un emprunt pour racheter le parc riverain, "
	 "selon le maire."},
	/* two occurrences: other years, other counts */
	{"five men in 2019 / two men in 2015", "en", 0,
	 "In 2019, five men robbed the jewellery shop on the market square.",
	 "In 2015, two men robbed the jewellery shop on the market square."},
	{"cinq hommes en 2019 / deux hommes en 2015", "fr", 0,
	 "En 2019, cinq hommes ont braqué la bijouterie de la place du marché.",
	 "En 2015, deux hommes ont braqué la bijouterie de la place du marché."},
	/* a date alone in its clause */
	{"alone: on May 2, it escorted / replaced on May 9", "en", 0,
	 "The frigate Aldren was sent to the gulf, and on May 2, it escorted a tanker.",
	 "The frigate Aldren was sent to the gulf and was replaced by a destroyer on May 9."},
	{"seule : le 2 mai, elle a escorté / remplacée le 9 mai", "fr", 0,
	 "La frégate Aldren a été envoyée dans le golfe et, le 2 mai, elle a escorté un pétrolier.",
	 "La frégate Aldren a été envoyée dans le golfe et a été remplacée par un destroyer le 9 "
	 "mai."},
	/* the same count: one robbery dated twice */
	{"five men in 2019 / five men in 2015", "en", 1,
	 "In 2019, five men robbed the jewellery shop on the market square.",
	 "In 2015, five men robbed the jewellery shop on the market square."},
	{"cinq hommes en 2019 / cinq hommes en 2015", "fr", 1,
	 "En 2019, cinq hommes ont braqué la bijouterie de la place du marché.",
	 "En 2015, cinq hommes ont braqué la bijouterie de la place du marché."},
};

/* Two one-sentence documents of one event: whether cluster mode must report a denial conflict */
static const sc_test_pair_t DENIALS[] = {
	{"denied: contained / burned", "en", 0,
	 "The warehouse fire in Dunmore burned for six hours, firefighters said.",
	 "The fire chief denied that the warehouse fire in Dunmore had been contained."},
	{"denied: contained / contained", "en", 1,
	 "The warehouse fire in Dunmore was contained after six hours, firefighters said.",
	 "The fire chief denied that the warehouse fire in Dunmore had been contained."},
	{"démenti : maîtrisé / détruit", "fr", 0,
	 "L'incendie près du fleuve a détruit un entrepôt lundi, selon les pompiers.",
	 "Le préfet a démenti que l'incendie près du fleuve soit maîtrisé."},
	{"démenti : maîtrisé / maîtrisé", "fr", 1,
	 "L'incendie près du fleuve a été maîtrisé lundi, selon les pompiers.",
	 "Le préfet a démenti que l'incendie près du fleuve soit maîtrisé."},
};

/* Two one-sentence documents of one event: whether cluster mode must report a number conflict */
static const sc_test_pair_t PERCENTS[] = {
	{"prices 4% / sales 9%", "en", 0,
	 "Fuel prices at the pump rose 4% in March, the ministry said.",
	 "Fuel sales at the pump rose 9% in March, the ministry said."},
	{"prix 4 % / ventes 9 %", "fr", 0,
	 "Les prix du carburant à la pompe ont augmenté de 4 % en mars, selon le ministère.",
	 "Les ventes de carburant à la pompe ont augmenté de 9 % en mars, selon le ministère."},
	{"40% / 80% of flights cancelled", "en", 1,
	 "Forty percent of flights were cancelled at Dunmore airport on Monday, the airline said.",
	 "About 80% of flights were cancelled at Dunmore airport on Monday, the union said."},
	{"40 % / 80 % des vols annulés", "fr", 1,
	 "Quarante pour cent des vols ont été annulés lundi à l'aéroport de Dunmore, selon la "
	 "compagnie.",
	 "Environ 80 % des vols ont été annulés lundi à l'aéroport de Dunmore, selon le syndicat."},
};

int main(void)
{
	if (sc_test_cmp_open(&C)) return 1;
	for (size_t i = 0; i < sizeof DATES / sizeof *DATES; i++)
		sc_test_pair_expect(C, &DATES[i], SC_CONFLICT_DATE, "date conflicts");
	for (size_t i = 0; i < sizeof DENIALS / sizeof *DENIALS; i++)
		sc_test_pair_expect(C, &DENIALS[i], SC_CONFLICT_DENIAL, "denial conflicts");
	for (size_t i = 0; i < sizeof PERCENTS / sizeof *PERCENTS; i++)
		sc_test_pair_expect(C, &PERCENTS[i], SC_CONFLICT_NUMBER, "number conflicts");
	sc_cmp_free(C);
	return CHECK_DONE();
}
