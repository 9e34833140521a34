/* Count frames after review 6 (doc/compare-recall.md, "Session 6, numfix3"), on sentences
 * written for this test in English and French:
 *  - a magnitude's thing may be a multiword synonym ("tremblement de terre" is "séisme"), read
 *    whole, not by its last word ("terre");
 *  - a clock time or a date between the thing and its magnitude ("The tremor hit at 4:45 pm
 *    with a magnitude of 5.3") is passed over, and the verb before it is no thing;
 *  - a bound before the class word ("up to magnitude 3.9") and a plural thing ("aftershocks",
 *    "des répliques") give several figures, no one event's: never compared;
 *  - a negated participle ("two unmarked vans", "deux camionnettes non immatriculées") counts
 *    another set only against the property asserted ("three marked vans"), not against the
 *    bare noun ("three vans");
 *  - a negated "single" ("not a single resident", "pas un seul habitant") counts none. */
#include "check.h"
#include "cmp_internal.h"
#include "cmp_test.h"

#include <string.h>

static sc_cmp_t *C;

/* the head of the first magnitude of s (0 when none is read or it has no head); -1: no
 * magnitude at all */
static long long mag_head(const char *s, const char *lang, uint64_t *h)
{
	sc_stmt_t st;
	*h = 0;
	if (sc_test_analyse(C, s, lang, &st)) return -1;
	long long found = -1;
	for (size_t i = 0; i < st.nq && found < 0; i++)
		if (st.q[i].kind == SC_Q_NUMBER && st.q[i].qcls == SC_QC_MAGNITUDE) {
			*h = st.q[i].head;
			found = 1;
		}
	sc_cmp_stmt_free(&st);
	return found;
}

/* Two magnitudes whose things must be read, and read as one (same) or two */
static const sc_test_pair_t HEADS[] = {
	{"tremblement de terre / séisme", "fr", 1,
	 "Un tremblement de terre de magnitude 5,8 a secoué la région mardi.",
	 "Le séisme de magnitude 5,2 a secoué la région mardi."},
	{"tremblement de terre, apposition / séisme", "fr", 1,
	 "Le tremblement de terre, de magnitude 5,8, a secoué la région mardi.",
	 "Un séisme de magnitude 5,2 a secoué la région mardi."},
	{"terre alone is no quake", "fr", 0,
	 "Un tremblement de terre de magnitude 5,8 a secoué la région mardi.",
	 "La terre de magnitude 5,2 a secoué la région mardi."},
	{"past a clock time", "en", 1,
	 "The tremor hit at 4:45 pm with a magnitude of 5.3, officials said.",
	 "A magnitude 5.9 earthquake hit the coast, officials said."},
	{"past a date", "en", 1,
	 "The earthquake struck on March 3 with a magnitude of 5.3, officials said.",
	 "The 5.9-magnitude quake struck the coast, officials said."},
	{"past a date", "fr", 1,
	 "Le séisme a frappé le 3 mars avec une magnitude de 5,3, selon les autorités.",
	 "Un séisme de magnitude 5,9 a frappé la côte, selon les autorités."},
};

/* Two one-sentence documents of one event: whether cluster mode must report a number conflict */
static const sc_test_pair_t PAIRS[] = {
	{"tremblement de terre / séisme", "fr", 1,
	 "Un tremblement de terre de magnitude 5,8 a secoué la région mardi, selon l'observatoire.",
	 "Le séisme de magnitude 5,2 a secoué la région mardi, selon l'observatoire."},
	{"past a clock time", "en", 1,
	 "The tremor hit the coast at 4:45 pm with a magnitude of 5.3, officials said.",
	 "A magnitude 5.9 earthquake hit the coast at 4:45 pm, officials said."},
	{"up to magnitude", "en", 0,
	 "An aftershock measuring up to magnitude 3.9 rattled the town on Tuesday, officials said.",
	 "An aftershock of magnitude 4.6 rattled the town on Tuesday, officials said."},
	{"jusqu'à une magnitude", "fr", 0,
	 "Une réplique allant jusqu'à une magnitude de 3,9 a secoué la ville mardi, selon l'observatoire.",
	 "Une réplique de magnitude 4,6 a secoué la ville mardi, selon l'observatoire."},
	{"plural aftershocks", "en", 0,
	 "Aftershocks of magnitude 4.2 rattled the town on Tuesday, officials said.",
	 "An aftershock of magnitude 4.9 rattled the town on Tuesday, officials said."},
	{"plural répliques", "fr", 0,
	 "Des répliques de magnitude 4,2 ont secoué la ville mardi, selon l'observatoire.",
	 "Une réplique de magnitude 4,9 a secoué la ville mardi, selon l'observatoire."},
	{"one aftershock, two readings", "fr", 1,
	 "Une réplique de magnitude 4,2 a secoué la ville mardi, selon l'observatoire.",
	 "La réplique, de magnitude 4,9, a secoué la ville mardi, selon l'observatoire."},
	{"not a single resident / none", "en", 0,
	 "Not a single resident was evacuated from the valley, the mayor said.",
	 "No residents were evacuated from the valley, the mayor said."},
	{"pas un seul habitant / aucun", "fr", 0,
	 "Pas un seul habitant n'a été évacué de la vallée, selon le maire.",
	 "Aucun habitant n'a été évacué de la vallée, selon le maire."},
};

/* Four one-sentence documents of one event: whether cluster mode reports a number finding
 * (some: leads included, the lone figure against three; none: no conflict, a weak lead on two
 * figures aside) */
static const sc_test_group_t GROUPS[] = {
	{"unmarked vans / vans", "en", 1,
	 {"Three vans parked outside the depot before dawn, the guards said.",
	  "The guards said three vans parked outside the depot before dawn.",
	  "Two unmarked vans parked outside the depot before dawn, the guards said.",
	  "Before dawn three vans parked outside the depot, the guards said."}},
	{"unmarked vans / marked vans", "en", 0,
	 {"Three marked vans parked outside the depot before dawn, the guards said.",
	  "The guards said three marked vans parked outside the depot before dawn.",
	  "Two unmarked vans parked outside the depot before dawn, the guards said.",
	  "Before dawn three marked vans parked outside the depot, the guards said."}},
	{"camionnettes non immatriculées / camionnettes", "fr", 1,
	 {"Trois camionnettes ont quitté le dépôt avant l'aube, selon les gardiens.",
	  "Selon les gardiens, trois camionnettes ont quitté le dépôt avant l'aube.",
	  "Deux camionnettes non immatriculées ont quitté le dépôt avant l'aube, selon les gardiens.",
	  "Avant l'aube, trois camionnettes ont quitté le dépôt, selon les gardiens."}},
	{"camionnettes non immatriculées / immatriculées", "fr", 0,
	 {"Trois camionnettes immatriculées ont quitté le dépôt avant l'aube, selon les gardiens.",
	  "Selon les gardiens, trois camionnettes immatriculées ont quitté le dépôt avant l'aube.",
	  "Deux camionnettes non immatriculées ont quitté le dépôt avant l'aube, selon les gardiens.",
	  "Avant l'aube, trois camionnettes immatriculées ont quitté le dépôt, selon les gardiens."}},
};

int main(void)
{
	if (sc_test_cmp_open(&C)) return 1;

	for (size_t i = 0; i < sizeof HEADS / sizeof *HEADS; i++) {
		uint64_t ha, hb;
		CHECK(mag_head(HEADS[i].a, HEADS[i].lang, &ha) == 1, "%s: no magnitude in a", HEADS[i].what);
		CHECK(mag_head(HEADS[i].b, HEADS[i].lang, &hb) == 1, "%s: no magnitude in b", HEADS[i].what);
		CHECK(ha != 0, "%s: no thing read in a", HEADS[i].what);
		if (HEADS[i].yes)
			CHECK(ha == hb, "%s: two things read", HEADS[i].what);
		else
			CHECK(ha != hb, "%s: one thing read", HEADS[i].what);
	}
	/* a bound or a plural: no thing, so no comparison */
	uint64_t h;
	CHECK(mag_head("Aftershocks of up to magnitude 4.8 followed.", "en", &h) == 1 && h == 0,
	      "up to magnitude: a thing read");
	CHECK(mag_head("Des répliques de magnitude 4,2 ont suivi.", "fr", &h) == 1 && h == 0,
	      "des répliques: a thing read");
	/* a negated single counts none: tests/cases/numfix3.tsv */
	sc_test_claim_file(C, "tests/cases/numfix3.tsv");

	sc_test_number_tables(C, "numfix3", PAIRS, sizeof PAIRS / sizeof *PAIRS, GROUPS,
	                      sizeof GROUPS / sizeof *GROUPS, 1);
	sc_cmp_free(C);
	return CHECK_DONE();
}
