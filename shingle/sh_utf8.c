/* sh_utf8.c: UTF-8 validation and repair at the input boundary.
 *
 * Invalid input is repaired, not refused: every maximal subpart of an ill-formed sequence
 * becomes one U+FFFD, the "best practice" of the Unicode Standard (ch. 3, "U+FFFD Substitution
 * of Maximal Subparts", also what W3C/WHATWG encoders do). A maximal subpart is the longest
 * prefix of a well-formed sequence that is present: "E2 82 41" gives U+FFFD then "A", while a
 * lone continuation byte or an impossible lead byte (C0, C1, F5..FF) gives one U+FFFD each.
 * Overlong forms and surrogates are excluded by the narrowed second-byte ranges of
 * sc_sh_utf8_seq_len (in sh_internal.h: E0 needs A0..BF, ED needs 80..9F, F0 needs 90..BF,
 * F4 needs 80..8F), so they are repaired too.
 * The scan has an ASCII fast path: most news text is ASCII for long stretches. */
#include "sh_internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

int sc_sh_is_space(int32_t c)
{
	if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
	/* Zs (U+00A0, U+202F, U+3000 ...), Zl and Zp: the Unicode separators, by utf8proc's
	 * tables rather than a list of our own that would miss some */
	utf8proc_category_t k = utf8proc_category(c);
	return k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL || k == UTF8PROC_CATEGORY_ZP;
}

int sc_sh_is_wordchar(int32_t c)
{
	if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
	utf8proc_category_t k = utf8proc_category(c);
	return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
	       (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO);
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
		int l = sc_sh_utf8_seq_len(p + i, len - i);
		if (l < 0) bad++, l = -l;
		i += (size_t)l;
	}
	return bad;
}

char *sc_sh_utf8_repair(const char *s, size_t len, size_t *outlen, size_t *nrepaired)
{
	size_t bad = sc_sh_utf8_count_invalid(s, len);
	if (nrepaired) *nrepaired = bad;
	return sc_sh_utf8_repair_known(s, len, bad, outlen);
}

char *sc_sh_utf8_repair_known(const char *s, size_t len, size_t bad, size_t *outlen)
{
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
			int l = sc_sh_utf8_seq_len(p + i, len - i);
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
	return out;
}

size_t sc_sh_inert_next(const char *s, size_t *skip, const char **rep)
{
	static const char fffd[] = "\xEF\xBF\xBD";
	const unsigned char *p = (const unsigned char *)s, *p0 = p;
	for (; *p; p++) {
		size_t k = 0;
		const char *r = fffd;
		if (*p == '\n' || *p == '\t' || *p == '\r')
			k = 1, r = " ";
		else if (*p < 0x20 || *p == 0x7f)
			k = 1; /* C0 and DEL: ESC starts the sequences that recolour or retitle */
		else if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
			k = 2; /* C1, U+0080..U+009F: CSI and OSC in one byte for some terminals */
		else if (p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0xAA && p[2] <= 0xAE)
			k = 3; /* U+202A..U+202E: bidi embeddings and overrides */
		else if (p[0] == 0xE2 && p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9)
			k = 3; /* U+2066..U+2069: bidi isolates */
		if (k) {
			*skip = k;
			*rep = r;
			return (size_t)(p - p0);
		}
	}
	*skip = 0;
	*rep = "";
	return (size_t)(p - p0);
}

char *sc_sh_inert(const char *s)
{
	if (!s) s = "";
	size_t n = strlen(s), out = 0, skip, at;
	const char *rep;
	/* each replaced sequence grows by at most 2 bytes (one byte -> U+FFFD) */
	char *o = malloc(3 * n + 1);
	if (!o) return NULL;
	while ((at = sc_sh_inert_next(s, &skip, &rep)), skip) {
		memcpy(o + out, s, at);
		out += at;
		size_t rl = strlen(rep);
		memcpy(o + out, rep, rl);
		out += rl;
		s += at + skip;
	}
	memcpy(o + out, s, at + 1);
	return o;
}
