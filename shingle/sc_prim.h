/* sc_prim.h: the small primitives every stage uses, written once: array growth, lower-bound
 * binary search, UTF-8 code-point count, and the u64 sort-unique. The short ones are static
 * inline (they sit in hot loops); the sort is in sh_util.c. Part of sc_shingle, the lowest
 * stage, so detect/, report/, main.c, bench/ and tests/ all see it. */
#ifndef SC_PRIM_H
#define SC_PRIM_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/* Makes the array *p hold at least need elements of elem bytes. The capacity *cap starts at
 * 64 and doubles, so n pushes cost O(n) copies. On failure *p and *cap are unchanged.
 * Returns 0 (SC_OK), or -1 (SC_ENOMEM) when realloc fails. */
static inline int sc_grow(void **p, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap) return 0;
	size_t m = *cap ? *cap : 64;
	while (m < need)
		m *= 2;
	void *q = realloc(*p, m * elem);
	if (!q) return -1;
	*p = q;
	*cap = m;
	return 0;
}

/* SC_GROW(ptr, cap, need): sc_grow on a typed pointer variable and its size_t capacity. */
#define SC_GROW(ptr, cap, need) sc_grow((void **)&(ptr), &(cap), (need), sizeof *(ptr))

/* SC_LOWER_BOUND(pos, n, mid, before): pos = the first index in [0, n) whose element is not
 * `before` the key, n when there is none. `before` is an expression of the size_t index mid,
 * true while element mid sorts before the key (the array is partitioned by it). */
#define SC_LOWER_BOUND(pos, n, mid, before)                                                        \
	do {                                                                                       \
		size_t sc_lo_ = 0, sc_hi_ = (n);                                                   \
		while (sc_lo_ < sc_hi_) {                                                          \
			size_t mid = sc_lo_ + (sc_hi_ - sc_lo_) / 2;                               \
			if (before)                                                                \
				sc_lo_ = mid + 1;                                                  \
			else                                                                       \
				sc_hi_ = mid;                                                      \
		}                                                                                  \
		(pos) = sc_lo_;                                                                    \
	} while (0)

/* The first index of a sorted array whose value is >= x (n when none is). */
static inline size_t sc_lower_bound_u64(const uint64_t *a, size_t n, uint64_t x)
{
	size_t pos;
	SC_LOWER_BOUND(pos, n, mid, a[mid] < x);
	return pos;
}

/* Number of code points in n bytes of UTF-8 (bytes that are not continuation bytes). */
static inline size_t sc_utf8_count(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/* Sorts a[0..n) ascending and removes repeats; returns the new length. tmp has room for n
 * values. Fast on spread hashes (a bucket pass on the top bits, then insertion) and on packed
 * keys whose high digits are constant (LSD radix, 11 bits a pass, constant digits skipped). */
size_t sc_u64_sort_unique(uint64_t *a, uint64_t *tmp, size_t n);

#endif
