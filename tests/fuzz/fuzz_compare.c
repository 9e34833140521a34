/* fuzz_compare.c: pair mode of the comparator (sc_cmp_pair), which `storycheck compare` runs on
 * every row of a pair file: two arbitrary strings, repaired, analysed and judged.
 * Input: byte 0 picks the language ("", "fr", "en"); the rest is "premise\thypothesis" (cut at
 * the first tab; a NUL ends a field, as it would for a TSV field). Checked: the judgement is a
 * finite score in [0, 1], a kind in range exactly when it is a contradiction, and a
 * NUL-terminated cue list. The same pair judged twice gives the same answer. */
#include "fuzz_common.h"
#include "detect.h"
#include "fuzz_cmp.h"

#include <math.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sc_cmp_t *cmp = fz_comparator();
	if (size < 1) return 0;
	static const char *const langs[] = {"", "fr", "en", ""};
	const char *lang = langs[data[0] & 3];
	const char *p = (const char *)data + 1;
	size_t rest = size - 1;
	const char *tab = memchr(p, '\t', rest);
	size_t plen = tab ? (size_t)(tab - p) : rest;
	const char *h = tab ? tab + 1 : p + rest;
	size_t hlen = tab ? rest - plen - 1 : 0;
	const char *z;
	if ((z = memchr(p, '\0', plen))) plen = (size_t)(z - p);
	if ((z = memchr(h, '\0', hlen))) hlen = (size_t)(z - h);
	sc_judgement_t j, j2;
	FZ_ASSERT(sc_cmp_pair(cmp, p, plen, h, hlen, lang, &j) == SC_OK);
	FZ_ASSERT(isfinite(j.score) && j.score >= 0 && j.score <= 1);
	FZ_ASSERT(j.contradiction == 0 || j.contradiction == 1);
	FZ_ASSERT(j.contradiction ? j.kind >= 0 && j.kind < SC_CONFLICT_NKINDS : j.kind == -1);
	FZ_ASSERT(memchr(j.cues, '\0', sizeof j.cues));
	FZ_ASSERT(sc_cmp_pair(cmp, p, plen, h, hlen, lang, &j2) == SC_OK);
	FZ_ASSERT(j2.contradiction == j.contradiction && j2.score == j.score && j2.kind == j.kind &&
	          !strcmp(j2.cues, j.cues));
	return 0;
}
