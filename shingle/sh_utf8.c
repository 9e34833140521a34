/* sh_utf8.c: UTF-8 validation and repair at the input boundary.
 *
 * Invalid input is repaired, not refused: every maximal subpart of an ill-formed sequence
 * becomes one U+FFFD, the "best practice" of the Unicode Standard (ch. 3, "U+FFFD Substitution
 * of Maximal Subparts", also what W3C/WHATWG encoders do). A maximal subpart is the longest
 * prefix of a well-formed sequence that is present: "E2 82 41" gives U+FFFD then "A", while a
 * lone continuation byte or an impossible lead byte (C0, C1, F5..FF) gives one U+FFFD each.
 * Overlong forms and surrogates are excluded by the narrowed second-byte ranges below (E0 needs
 * A0..BF, ED needs 80..9F, F0 needs 90..BF, F4 needs 80..8F), so they are repaired too.
 * The scan has an ASCII fast path: most news text is ASCII for long stretches. */
#include "sh_internal.h"

#include <stdlib.h>
#include <string.h>

/* Length of the well-formed sequence at s[0..n) (1..4), or minus the length of the maximal
 * subpart to replace (-1..-3) when it is ill-formed. */
static int seq_len(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80) return 1;
	unsigned lo = 0x80, hi = 0xBF;
	int need;
	if (c >= 0xC2 && c <= 0xDF) need = 1;
	else if (c == 0xE0) need = 2, lo = 0xA0;
	else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) need = 2;
	else if (c == 0xED) need = 2, hi = 0x9F;
	else if (c == 0xF0) need = 3, lo = 0x90;
	else if (c >= 0xF1 && c <= 0xF3) need = 3;
	else if (c == 0xF4) need = 3, hi = 0x8F;
	else return -1;
	for (int i = 1; i <= need; i++) {
		if ((size_t)i >= n) return -i;
		unsigned b = s[i];
		if (b < lo || b > hi) return -i;
		lo = 0x80, hi = 0xBF; /* only the second byte has a narrowed range */
	}
	return need + 1;
}

size_t sc_sh_utf8_count_invalid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, bad = 0;
	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		int l = seq_len(p + i, len - i);
		if (l < 0) bad++, l = -l;
		i += (size_t)l;
	}
	return bad;
}

char *sc_sh_utf8_repair(const char *s, size_t len, size_t *outlen, size_t *nrepaired)
{
	size_t bad = sc_sh_utf8_count_invalid(s, len);
	/* Each replaced subpart is at least one byte and becomes three: bound the output. */
	char *out = malloc(len + 2 * bad + 1);
	if (!out) return NULL;
	if (!bad) {
		memcpy(out, s, len);
	} else {
		const unsigned char *p = (const unsigned char *)s;
		size_t i = 0, o = 0;
		while (i < len) {
			if (p[i] < 0x80) {
				out[o++] = (char)p[i++];
				continue;
			}
			int l = seq_len(p + i, len - i);
			if (l > 0) {
				memcpy(out + o, p + i, (size_t)l);
				o += (size_t)l;
				i += (size_t)l;
			} else {
				memcpy(out + o, "\xEF\xBF\xBD", 3);
				o += 3;
				i += (size_t)-l;
			}
		}
		len = o;
	}
	out[len] = '\0';
	if (outlen) *outlen = len;
	if (nrepaired) *nrepaired = bad;
	return out;
}
