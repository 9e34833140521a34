/* sc_num.h: the command-line number parsers, written once for storycheck (main.c) and the
 * programs in bench/. Each parses the whole string (no trailing characters) in base 10 and
 * returns 0, or -1 when the string is not such a number or is out of range; *out is written
 * only on success. Part of sc_shingle's public headers; static inline, nothing to link. */
#ifndef SC_NUM_H
#define SC_NUM_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

static inline int sc_parse_double(const char *s, double *out)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || end == s || *end) return -1;
	*out = v;
	return 0;
}

static inline int sc_parse_long(const char *s, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end) return -1;
	*out = v;
	return 0;
}

/* A non-negative integer ("-1" is refused, where strtoull would wrap it). */
static inline int sc_parse_u64(const char *s, uint64_t *out)
{
	char *end;
	errno = 0;
	if (*s == '-') return -1;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *end) return -1;
	*out = v;
	return 0;
}

/* A count: sc_parse_u64 into a size_t. */
static inline int sc_parse_count(const char *s, size_t *out)
{
	uint64_t v;
	if (sc_parse_u64(s, &v) || v > SIZE_MAX) return -1;
	*out = (size_t)v;
	return 0;
}

#endif
