/* sc_prim.h: the small primitives every stage uses, written once: array growth, lower-bound
 * binary search, the size of a sorted intersection, UTF-8 code-point count, and the u64
 * sort-unique. The short ones are static
 * inline (they sit in hot loops); the sort is in sh_util.c. Part of sc_shingle, the lowest
 * stage, so detect/, report/, main.c, bench/ and tests/ all see it. */
#ifndef SC_PRIM_H
#define SC_PRIM_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/* The capacity that holds need elements: cap (64 when 0) doubled until it does. */
static inline size_t sc_grow_cap(size_t cap, size_t need)
{
	size_t m = cap ? cap : 64;
	while (m < need)
		m *= 2;
	return m;
}

/* Makes the array *p hold at least need elements of elem bytes. The capacity *cap starts at
 * 64 and doubles, so n pushes cost O(n) copies. On failure *p and *cap are unchanged.
 * Returns 0 (SC_OK), or -1 (SC_ENOMEM) when realloc fails. */
static inline int sc_grow(void **p, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap) return 0;
	const size_t m = sc_grow_cap(*cap, need);
	void *q = realloc(*p, m * elem);
	if (!q) return -1;
	*p = q;
	*cap = m;
	return 0;
}

/* SC_GROW(ptr, cap, need): sc_grow on a typed pointer variable and its size_t capacity. */
#define SC_GROW(ptr, cap, need) sc_grow((void **)&(ptr), &(cap), (need), sizeof *(ptr))

/* Two arrays that share one capacity *cap (parallel arrays: a token and its offset, a pair and
 * its sort scratch): makes *p (elements of ep bytes) and *q (eq bytes) hold at least need
 * elements, growing as sc_grow does. On failure *cap is unchanged (an array already moved
 * stays valid at its old capacity or more). Returns 0, or -1 when realloc fails. */
static inline int sc_grow2(void **p, size_t ep, void **q, size_t eq, size_t *cap, size_t need)
{
	if (need <= *cap) return 0;
	const size_t m = sc_grow_cap(*cap, need);
	void *a = realloc(*p, m * ep);
	if (!a) return -1;
	*p = a;
	void *b = realloc(*q, m * eq);
	if (!b) return -1;
	*q = b;
	*cap = m;
	return 0;
}

/* SC_GROW2(p, q, cap, need): sc_grow2 on two typed pointer variables and their capacity. */
#define SC_GROW2(p, q, cap, need)                                                                  \
	sc_grow2((void **)&(p), sizeof *(p), (void **)&(q), sizeof *(q), &(cap), (need))

/* SC_FREE_ALL(p, q, ...): free() each pointer given (NULL ones too): the one way a struct
 * releases its plain heap fields. */
#define SC_FREE_ALL(...)                                                                           \
	do {                                                                                       \
		void *const sc_free_all_[] = {__VA_ARGS__};                                        \
		for (size_t sc_free_i_ = 0; sc_free_i_ < sizeof sc_free_all_ / sizeof *sc_free_all_; \
		     sc_free_i_++)                                                                 \
			free(sc_free_all_[sc_free_i_]);                                            \
	} while (0)

/* SC_FREE_EACH(v, n): free() the n pointers of the array v, then v itself (an owned array of
 * owned strings or buffers). */
#define SC_FREE_EACH(v, n)                                                                         \
	do {                                                                                       \
		for (size_t sc_free_i_ = 0; sc_free_i_ < (size_t)(n); sc_free_i_++)               \
			free((v)[sc_free_i_]);                                                     \
		free(v);                                                                           \
	} while (0)

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

/* qsort's comparator of uint64_t values, ascending: the one copy (short arrays; the radix
 * sort below is for long ones). */
static inline int sc_cmp_u64(const void *x, const void *y)
{
	const uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
	return (a > b) - (a < b);
}

/* The first index of a sorted array whose value is >= x (n when none is). */
static inline size_t sc_lower_bound_u64(const uint64_t *a, size_t n, uint64_t x)
{
	size_t pos;
	SC_LOWER_BOUND(pos, n, mid, a[mid] < x);
	return pos;
}

/* SC_INTER_COUNT(c, a, na, b, nb): c = the number of values two ascending arrays without
 * repeats share (a merge walk, O(na + nb)); any integer element type, c a size_t or wider.
 * Each argument is evaluated many times: pass plain variables, never expressions with side
 * effects.
 * Branch-free steps: on hashed shingles which side advances is a coin toss, and a branch on it
 * is mispredicted half the time; this form runs twice as fast on 150-shingle sets (the exact
 * Jaccard of every verified pair, both tiers, is spent here). */
#define SC_INTER_COUNT(c, a, na, b, nb)                                                            \
	do {                                                                                       \
		size_t sc_i_ = 0, sc_j_ = 0;                                                       \
		(c) = 0;                                                                           \
		while (sc_i_ < (na) && sc_j_ < (nb)) {                                             \
			const int sc_lt_ = (a)[sc_i_] < (b)[sc_j_], sc_gt_ = (a)[sc_i_] > (b)[sc_j_]; \
			(c) += !(sc_lt_ | sc_gt_);                                                 \
			sc_i_ += !sc_gt_;                                                          \
			sc_j_ += !sc_lt_;                                                          \
		}                                                                                  \
	} while (0)

/* The number of values two ascending u64 arrays without repeats share. */
static inline size_t sc_u64_inter_count(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t c;
	SC_INTER_COUNT(c, a, na, b, nb);
	return c;
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

/* Reads the whole file at path into *out (malloc'd, with a NUL after the *len bytes read).
 * Returns 0 (SC_OK), -2 (SC_EIO: cannot open or read; errno says why) or -1 (SC_ENOMEM);
 * on failure *out and *len are untouched. In sh_util.c. */
int sc_read_file(const char *path, char **out, size_t *len);

/* pthread_create for the library's workers, with the stop signals (SIGINT, SIGTERM, SIGHUP,
 * SIGQUIT) blocked in the new thread. A signal sent to the process goes to any thread that does
 * not block it; one taken by a worker sets the command's flag but leaves the thread that is
 * blocked in read() on a quiet pipe asleep, so an interrupted run would hang there (seen under
 * valgrind, which lets every thread in a system call take signals). Fault signals stay
 * unblocked: the MPI build's death handler must still see them. Returns pthread_create's code
 * (0 on success). In sh_util.c. */
int sc_thread_start(pthread_t *t, void *(*fn)(void *), void *arg);

/* Calendar: days since 1970-01-01 of a proleptic Gregorian y-m-d, and back (Howard Hinnant's
 * days_from_civil / civil_from_days, exact for every year). Dates were converted by hand in
 * the event tier, the quantity reader, the judge and the comparator; these are the one copy.
 * Out-of-range days roll over (m 2, d 29 of a common year is 1 March), as the formula does. */
static inline int64_t sc_days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	const int64_t era = (y >= 0 ? y : y - 399) / 400;
	const int64_t yoe = y - era * 400;
	const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}
static inline void sc_civil_from_days(int64_t days, int64_t *y, int *m, int *d)
{
	const int64_t z = days + 719468;
	const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	const int64_t doe = z - era * 146097;
	const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	const int64_t mp = (5 * doy + 2) / 153;
	const int mm = (int)(mp < 10 ? mp + 3 : mp - 9);
	if (d) *d = (int)(doy - (153 * mp + 2) / 5 + 1);
	if (m) *m = mm;
	if (y) *y = yoe + era * 400 + (mm <= 2);
}

#endif
