/* sh_internal.h: declarations shared between the shingle stage's own files (not part of the
 * public API; other stages must not include it). */
#ifndef SC_SH_INTERNAL_H
#define SC_SH_INTERNAL_H
#include "shingle.h"

/* Longest id, in bytes: the reader rejects longer ids, so that every document it accepts can
 * be written to a signature file (whose records hold ids up to this length). */
#define SC_SH_MAX_ID (1u << 20)
/* Directories nested deeper than this below an input directory are rejects, one per directory
 * (its path), not walked: the walk keeps its stack of (device, inode) in fixed arrays. */
#define SC_SH_MAX_DEPTH 64

/* Number of maximal invalid subparts in s[0..len) (what sc_sh_utf8_repair would replace). */
size_t sc_sh_utf8_count_invalid(const char *s, size_t len);

/* (inline: the reader's one-pass check calls it per non-ASCII character) */
/* Length of the well-formed sequence at s[0..n) (1..4), or minus the length of the maximal
 * subpart to replace (-1..-3) when it is ill-formed. */
static inline int sc_sh_utf8_seq_len(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80) return 1;
	unsigned lo = 0x80, hi = 0xBF;
	int need;
	if (c >= 0xC2 && c <= 0xDF)
		need = 1;
	else if (c == 0xE0)
		need = 2, lo = 0xA0;
	else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
		need = 2;
	else if (c == 0xED)
		need = 2, hi = 0x9F;
	else if (c == 0xF0)
		need = 3, lo = 0x90;
	else if (c >= 0xF1 && c <= 0xF3)
		need = 3;
	else if (c == 0xF4)
		need = 3, hi = 0x8F;
	else
		return -1;
	for (int i = 1; i <= need; i++) {
		if ((size_t)i >= n) return -i;
		unsigned b = s[i];
		if (b < lo || b > hi) return -i;
		lo = 0x80, hi = 0xBF; /* only the second byte has a narrowed range */
	}
	return need + 1;
}

/* The code point of a well-formed sequence of l bytes (l from sc_sh_utf8_seq_len > 0). */
static inline int32_t sh_utf8_decode(const unsigned char *s, int l)
{
	static const unsigned char lead_mask[5] = {0, 0x7F, 0x1F, 0x0F, 0x07};
	int32_t c = s[0] & lead_mask[l];
	for (int i = 1; i < l; i++)
		c = (c << 6) | (s[i] & 0x3F);
	return c;
}

/* sc_sh_utf8_repair when the number of invalid subparts (bad) is already known. */
char *sc_sh_utf8_repair_known(const char *s, size_t len, size_t bad, size_t *outlen);

/* Grows v so that it holds at least n elements; SC_OK or SC_ENOMEM. */
int sc_sh_u64v_reserve(sc_u64v_t *v, size_t n);

/* Sorts and deduplicates v in place (radix sort; keys are uniformly spread hashes). */
void sc_sh_u64v_sort_uniq(sc_u64v_t *v, uint64_t *scratch);

/* ------------------------------------------------------------ tokenizer */
struct sb_stemmer;

/* Stopword table: open addressing on the token hash, strings kept in a pool. */
typedef struct sc_sh_stoptab_s {
	uint64_t *h;   /* 0 = empty slot (a zero hash is remapped to 1) */
	uint32_t *off; /* into pool: length byte-prefixed */
	size_t m, n;
	char *pool;
	size_t plen, pcap;
} sc_sh_stoptab_t;

/* Units of a view (normalised tokens or stems) laid out as "u1 u2 u3 " in one buffer, so a
 * shingle is one contiguous slice to hash. */
typedef struct sc_sh_units_s {
	char *buf;
	size_t len, cap;
	size_t *start; /* start[i]: offset of unit i; start[n] = len */
	size_t n, m;
	uint64_t total; /* units seen in total (the sketcher drops the oldest) */
} sc_sh_units_t;

struct sc_tokenizer_s {
	sc_norm_opts_t o;
	sc_token_t *tok;
	size_t *noff; /* arena offset of each token's norm while tokenising */
	size_t ntok, mtok;
	char *arena;
	size_t alen, acap;
	int opt;                      /* utf8proc options of the decomposition */
	unsigned char fast2[1920][8]; /* U+0080..U+07FF: class, length, upper, normalised bytes */
	int32_t *cp;                  /* code point scratch for a non-ASCII token */
	size_t mcp;
	sc_sh_stoptab_t stop[2]; /* 0 fr, 1 en */
	struct sb_stemmer *stem[2];
	char *stembuf;
	size_t stemcap;
	struct sc_sh_stemcache_s *stemcache; /* direct-mapped cache of recent stems */
	sc_sh_units_t units;
	uint64_t *scratch; /* radix sort buffer */
	size_t mscratch;
};

/* sc_sh_tokenize without token hashes and stopword flags (hash 0, no SC_TOK_STOP), for the
 * word view: each norm is followed by a space instead of a NUL, so t->arena from
 * t->noff[0] to t->alen is the unit buffer "u1 u2 ... " (t->noff[i]: start of token i). */
long sc_sh_tokenize_lite(sc_tokenizer_t *t, const char *text, size_t len, const sc_token_t **out);
/* sc_sh_tokenize_lite with pre[0..plen) copied to the start of the arena first, the tokens'
 * units following it: when pre is a run of units ("ua ub "), as the sketcher carries between
 * pieces, the arena from 0 to t->alen is the unit buffer of the carried units and the new
 * tokens together, and a shingle across the cut is one contiguous slice of it. */
long sc_sh_tokenize_lite_after(sc_tokenizer_t *t, const char *pre, size_t plen, const char *text,
                               size_t len, const sc_token_t **out);

/* Appends the units of view o for tokens toks[0..n) (spans in skip left out) to u. */
int sc_sh_units_add(sc_tokenizer_t *t, const sc_shingle_opts_t *o, const sc_token_t *toks, size_t n,
                    const char *lang, const size_t *skip, size_t nskip, sc_sh_units_t *u);
/* Appends the XXH3-64 of every complete k-window of u to out (unsorted). */
int sc_sh_units_hash(const sc_sh_units_t *u, int k, sc_u64v_t *out);
/* Keeps only the last k-1 units of u. */
void sc_sh_units_keep_tail(sc_sh_units_t *u, int k);
/* Hash of all units of u joined (the one shingle of a text with fewer than k units). */
uint64_t sc_sh_units_hash_all(const sc_sh_units_t *u);
void sc_sh_units_free(sc_sh_units_t *u);

/* Formats a message into err[0..errlen) (nothing when err is NULL or errlen 0): how the
 * stage's functions fill their err argument (sh_util.c). */
void sc_sh_seterr(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
