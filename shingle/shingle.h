/* shingle.h: the shingle stage of storycheck, and its manual.
 *
 * What it does: reads articles (files, directories, JSONL, stdin) under a written bad-input
 * policy, normalises their text (NFKC + case folding through utf8proc, typographic punctuation
 * unified, French elisions split, optional accent folding), cuts it into tokens that keep byte
 * offsets into the text as read, builds shingle sets for two views (word k-shingles; stemmed
 * content words), and sketches them with MinHash (k independent permutations, or one-permutation
 * hashing with optimal densification). Signatures can be written to and read from a file.
 *
 * Conventions, once for the whole API:
 *  - Every exported symbol starts with `sc_` (shared types) or `sc_sh_` (this stage).
 *  - Functions that can fail return an int: 0 (SC_OK) on success, a negative SC_E* code on
 *    failure. Where a message helps, they take `char *err, size_t errlen` and write a
 *    one-line, NUL-terminated message naming the document or file. Nothing here prints.
 *  - Objects are opaque, made by the _create/_open functions and released by _free/_close; passing
 *    NULL to a free function does nothing.
 *  - Strings are UTF-8 and NUL-terminated. A struct returned to the caller owns its strings
 *    unless the field says "borrowed"; free it with the matching *_free function.
 *  - Nothing keeps global mutable state: one tokenizer or sketcher per thread.
 */
#ifndef SC_SHINGLE_H
#define SC_SHINGLE_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- errors */
enum {
	SC_OK = 0,
	SC_ENOMEM = -1,    /* allocation failed */
	SC_EIO = -2,       /* a read or write failed (errno is kept) */
	SC_EFORMAT = -3,   /* input is not in the expected format */
	SC_EVERSION = -4,  /* a file from another format version */
	SC_ETRUNC = -5,    /* a file ends early */
	SC_EPARAM = -6,    /* an invalid argument or option */
	SC_EMISMATCH = -7, /* parameters of two files/runs disagree */
	SC_EINTR = -8,     /* interrupted by a signal */
	SC_ENOMODEL = -9,  /* a fitted model is missing or unreadable (the comparator's judge) */
};
/* A static English description of an SC_E* code. */
const char *sc_strerror(int code);

/* ------------------------------------------------------------ documents */
/* One article, as read and repaired. Owned by whoever holds it; release with sc_doc_free. */
typedef struct sc_doc_s {
	char *id;        /* unique within a run */
	char *text;      /* UTF-8 after repair (invalid bytes -> U+FFFD); offsets refer to this */
	size_t len;      /* bytes in text */
	char *title;     /* NULL when absent; same for the four below */
	char *source;    /* outlet */
	char *url;
	char *published; /* ISO 8601 as given */
	char lang[4];    /* "fr", "en", or "" when not given (see sc_sh_lang_guess) */
	char *path;      /* file it came from ("-" for stdin) */
	uint64_t line;   /* 1-based line for JSONL, 0 for a whole file */
	size_t bytes_in; /* bytes as read, before repair */
	size_t repaired; /* number of invalid UTF-8 sequences replaced by U+FFFD */
} sc_doc_t;
void sc_doc_free(sc_doc_t *doc); /* frees the fields, not the struct itself */
/* A 64-bit fingerprint of a document as read (XXH3 of its id, text and metadata): how a second
 * pass over the same inputs checks that it reads what the first pass read. */
uint64_t sc_sh_doc_hash(const sc_doc_t *doc);

/* An input that was refused, with a reason naming it. */
typedef struct sc_reject_s {
	char *id;     /* NULL when no id could be read */
	char *path;
	uint64_t line; /* 0 when the whole file is concerned */
	char *reason; /* one line, e.g. "NUL byte at offset 112" */
} sc_reject_t;
void sc_reject_free(sc_reject_t *rej); /* frees the fields */

/* --------------------------------------------------------------- reader
 * Bad-input policy (the boundary of the program; see doc/input.md):
 *  - repaired and counted: invalid or overlong UTF-8 (each maximal invalid subpart -> U+FFFD),
 *    CRLF kept as is;
 *  - rejected with a reason: unreadable paths, NUL bytes, binary content, texts shorter than
 *    min_words words, texts longer than max_doc_bytes, malformed JSONL lines (bad JSON, missing
 *    or non-string id/text, bad lang), duplicate ids (the first one wins), symlink loops;
 *  - every input item (a file, or a JSONL line that is not blank) yields exactly one document
 *    or one reject. Blank JSONL lines are not inputs.
 * Directories are walked recursively in sorted (strcmp) path order; only *.txt, *.md and
 * *.jsonl files are read inside a directory, and a named file of another extension is read as
 * text. "-" reads JSONL from standard input.
 * Details of the policy, in the order the checks are made:
 *  - paths: a missing path, a dangling symlink, a symlink chain that loops (ELOOP) and a
 *    symlinked directory that leads back into the walk are each one reject (line 0). Names
 *    starting with '.' (hidden files, .git) are not walked. Symlinks are followed. Inside a
 *    directory, a .txt, .md or .jsonl entry that is not a regular file (a FIFO, socket, device) is
 *    a reject: opening a FIFO nobody writes to would block the run.
 *  - ids: a text file's id is its path relative to the directory given, or its base name,
 *    without the extension; a JSONL id is its "id" field. A duplicate id (across all inputs)
 *    is rejected; the first document with that id is kept.
 *  - JSONL lines: a line longer than max_doc_bytes + 64 KiB is rejected unread ("line too
 *    long"); a raw NUL byte, bad JSON (with the byte where parsing stopped), trailing
 *    characters, a non-object, a missing/empty/non-string id or one over 1 MiB (the longest a
 *    signature file holds), a missing or non-string text, a
 *    non-string title/source/url/published/lang, a lang other than fr or en (any case, a region
 *    subtag ignored: "FR", "fr-CA" and "en_GB" are accepted and stored as "fr"/"en"; "" or null
 *    means not given), and a \u0000 escape are rejects naming the line. An input with no JSONL record at
 *    all gives one reject "no JSONL records".
 *  - texts: empty (0 bytes, or only white space); too large; binary (at least 4 and more than
 *    10% of the bytes are control bytes other than \t\n\v\f\r, or invalid UTF-8; a text
 *    starting with a UTF-16 byte order mark is rejected as such, asking for UTF-8); a NUL byte
 *    (reason gives its offset); no words to compare (not one letter or digit: punctuation,
 *    symbols or emoji only, which would give no token, an empty shingle set and a signature
 *    equal to every other such text's; rejected whatever min_words is); near-empty (fewer than
 *    min_words words; a word is a run between white space, sc_sh_is_space, so Unicode spaces
 *    such as U+00A0 and U+3000 separate words, that holds at least one letter or digit). Accepted texts are then repaired (sc_sh_utf8_repair) and doc->repaired
 *    counts the replacements in the text and the other string fields.
 *  - doc->bytes_in is the text's byte length as read (as decoded from JSON for JSONL).
 * Memory: one document at a time (a text file is read into a buffer of at most
 * max_doc_bytes + 1 bytes), plus the ids of the documents accepted so far (for duplicates). */
typedef struct sc_reader_opts_s {
	size_t max_doc_bytes; /* default 16 MiB: larger documents are rejected, and never buffered whole */
	size_t min_words;     /* default 5: fewer words (see above) is "near-empty" */
	/* default NULL. When set, once *interrupt is nonzero the next read of any input ends
	 * sc_sh_reader_next with SC_EINTR (a read a signal interrupted is not retried): a program
	 * whose signal handler sets the flag can stop even while blocked on a slow input (a pipe,
	 * standard input, a terminal). On such an input the reader waits in poll(2) and looks at
	 * the flag every 200 ms, so a signal that lands just before a read() would block (the flag
	 * set, nothing left to interrupt) still ends the run within that time. */
	volatile sig_atomic_t *interrupt;
} sc_reader_opts_t;
void sc_sh_reader_opts_init(sc_reader_opts_t *o);

typedef struct sc_reader_s sc_reader_t;
/* Opens a reader over n input paths (copied). Returns SC_OK or SC_ENOMEM. Paths that do not
 * exist are not an error here: they come out as rejects. */
int sc_sh_reader_open(sc_reader_t **r, const char *const *inputs, int n, const sc_reader_opts_t *o);
/* Reads the next item. Returns 1 and fills *doc (caller owns, sc_doc_free), 2 and fills *rej
 * (caller owns, sc_reject_free), 0 at the end, or a negative SC_E* code on a fatal error
 * (SC_EINTR: interrupted, see sc_reader_opts_t.interrupt). */
int sc_sh_reader_next(sc_reader_t *r, sc_doc_t *doc, sc_reject_t *rej);
/* Number of input items seen so far (documents + rejects). */
uint64_t sc_sh_reader_count(const sc_reader_t *r);
/* 1 when a directory walk reads a file of this name (*.txt, *.md, *.jsonl), else 0. */
int sc_sh_reader_reads(const char *path);
void sc_sh_reader_close(sc_reader_t *r);
/* The reason of a duplicate-id reject (a printf format taking the id). */
#define SC_SH_DUP_REASON "duplicate id \"%s\" (the first one is kept)"

/* Parts: reading one share of the inputs (storycheck's MPI build, detect/det_mpi.c). A planner
 * lists the items the reader would read, in its order, with sc_sh_reader_list; cuts them into
 * shares (a JSONL file may be cut by byte range: the lines starting in [start, end)); and each
 * process reads its share with sc_sh_reader_open_parts. Concatenated in order, the shares give
 * the same documents and rejects as one reader over the inputs, except that:
 *  - duplicate ids are checked within a share only (the planner's side must check across
 *    shares: sc_sh_reader_id_checked says which rejects would have been a duplicate instead);
 *  - JSONL line numbers count from 1 within a part (add the lines of the parts before it:
 *    sc_sh_reader_part_lines);
 *  - "no JSONL records" is reported for whole files only (a part from 0 that ends at or past
 *    the listed size is whole: a caller may bound a file by its size at listing);
 *  - a file the planner could open but the share's reader cannot is not a reject but a fatal
 *    SC_EIO (errno kept; sc_sh_reader_part names the part): the process cannot see its input.
 *    The reader can go on: the next call reads the next part. */
typedef struct sc_reader_part_s {
	char *path;          /* the file (or the path a reject is about), as the reader names it */
	char *id;            /* a text file's id; NULL otherwise */
	char *reason;        /* non-NULL: the item is this reject (found by the walk) */
	int openerr;         /* errno of the planner's failed open: the item is then a reject */
	uint64_t size;       /* bytes of a regular file, else 0 */
	uint64_t start, end; /* JSONL: the lines starting in [start, end); whole: 0, UINT64_MAX */
} sc_reader_part_t;
/* Lists the items of n inputs (whole; opened and closed once to find openerr and size).
 * Standard input cannot be listed. Returns SC_OK, SC_EPARAM ("-" given) or SC_ENOMEM; *parts
 * (free with sc_sh_reader_parts_free) gets *nparts items. */
int sc_sh_reader_list(const char *const *inputs, int n, sc_reader_part_t **parts,
                      size_t *nparts);
/* The same walk and items as sc_sh_reader_list, in the same order, but names only: no file is
 * opened or read (each directory entry is stat()ed, as the walk does to tell a directory from a
 * file and to find a file met twice), so openerr and size stay 0. What a caller that only
 * compares the names with an earlier list needs (storycheck's end-of-run look for files added
 * to an input directory): a fraction of a full list's cost on many small files. */
int sc_sh_reader_list_names(const char *const *inputs, int n, sc_reader_part_t **parts,
                            size_t *nparts);
void sc_sh_reader_parts_free(sc_reader_part_t *p, size_t n);
/* A reader over parts (copied), read in order. Returns SC_OK or SC_ENOMEM. */
int sc_sh_reader_open_parts(sc_reader_t **r, const sc_reader_part_t *parts, size_t n,
                            const sc_reader_opts_t *o);
/* The index of the part of the item last returned (parts readers). */
size_t sc_sh_reader_part(const sc_reader_t *r);
/* The JSONL lines read so far in part (parts readers; blank lines count). */
uint64_t sc_sh_reader_part_lines(const sc_reader_t *r, size_t part);
/* 1 when the item last returned passed the duplicate-id check (a document, or a reject found
 * after the check), so that an id seen before would have made it a duplicate instead. */
int sc_sh_reader_id_checked(const sc_reader_t *r);

/* Repairs UTF-8: returns a new NUL-terminated string (caller frees) in which every maximal
 * subpart of an ill-formed sequence (Unicode ch. 3 best practice: overlongs, surrogates, code
 * points above U+10FFFF, stray continuation bytes, truncated sequences) is replaced by one
 * U+FFFD; *nrepaired gets the number of replacements, *outlen the length (either may be NULL).
 * Returns NULL on allocation failure. */
char *sc_sh_utf8_repair(const char *s, size_t len, size_t *outlen, size_t *nrepaired);

/* White space, for every place that counts or splits words: ASCII \t \n \v \f \r and space,
 * and the Unicode separators (general category Zs: U+00A0, U+202F, U+3000 ...; Zl; Zp). */
int sc_sh_is_space(int32_t cp);
/* A letter or digit (general category L* or N*): what a word needs at least one of. Marks,
 * punctuation, symbols and emoji alone make no word. */
int sc_sh_is_wordchar(int32_t cp);

/* Text made inert for a terminal (the one sanitiser: the text view and every diagnostic that
 * quotes input, ids and file names included, use it). Control characters (C0, DEL, C1: an ESC
 * or OSC sequence could recolour, retitle or clear the terminal) and the bidirectional
 * overrides and isolates (U+202A..U+202E, U+2066..U+2069: text displayed in another order than
 * it reads) become U+FFFD; \n, \r and \t become a space, so a file name cannot split a
 * message line. sc_sh_inert returns a new string (caller frees; NULL on allocation failure;
 * s NULL reads as ""). sc_sh_inert_next is the streaming form: the offset in s of the next
 * sequence to replace (strlen(s) when none, *skip then 0), its length in *skip and its
 * replacement in *rep (static). */
char *sc_sh_inert(const char *s);
size_t sc_sh_inert_next(const char *s, size_t *skip, const char **rep);

/* ------------------------------------------------------- tokens & norms */
typedef struct sc_norm_opts_s {
	int fold_accents; /* default 0: strip combining marks after NFKD when 1 */
} sc_norm_opts_t;

/* Token flags */
enum {
	SC_TOK_STOP = 1,    /* a stopword of the document's language */
	SC_TOK_NUM = 2,     /* contains a digit */
	SC_TOK_CAP = 4,     /* first letter upper-case in the original text */
	SC_TOK_ELIDED = 8,  /* an elided French article/pronoun ("l'", "qu'") */
};
typedef struct sc_token_s {
	uint32_t start, end; /* byte offsets in the text passed to sc_sh_tokenize, end exclusive */
	const char *norm;    /* borrowed: NUL-terminated normalised form, valid until the next call */
	uint32_t nlen;       /* bytes in norm */
	uint32_t flags;      /* SC_TOK_* */
	uint64_t hash;       /* XXH3-64 of norm */
} sc_token_t;

typedef struct sc_tokenizer_s sc_tokenizer_t;
/* Per-thread tokenizer: scratch buffers, stopword tables and Snowball stemmers.
 * Returns NULL on allocation failure. */
sc_tokenizer_t *sc_sh_tokenizer_create(const sc_norm_opts_t *o);
void sc_sh_tokenizer_free(sc_tokenizer_t *t);
/* Tokenises text (UTF-8, already repaired). Words are maximal runs of letters, digits and
 * combining marks (Unicode L*, N*, M*); inside a word an apostrophe or hyphen followed by a
 * letter or digit is kept ("aujourd'hui", "cessez-le-feu"), '.' and ',' between two digits are
 * kept ("2,5"), and format characters (soft hyphen, zero-width joiners) are skipped without
 * cutting the word. French elisions (l' d' qu' n' s' c' j' m' t' jusqu' lorsqu' puisqu', any
 * case) are split off as their own tokens ending with "'", also when a space follows ("n' a").
 * Scripts are not split: a Cyrillic word in French text is a token with its own letters.
 * Normalised form: NFKC + case folding (utf8proc), then: ’ ʼ ‘ ′ -> ', « » “ ” „ -> " (never
 * inside a token), ‐ ‑ ‒ – — ― − -> '-', œ -> oe, æ -> ae; accents stripped when fold_accents.
 * Texts over 4 GiB are refused (SC_EPARAM: offsets are 32-bit).
 * lang ("fr", "en" or "" for both) selects the stopword list for SC_TOK_STOP. Returns the number
 * of tokens and points *out at them (borrowed, valid until the next call on t), or a negative
 * SC_E* code. */
long sc_sh_tokenize(sc_tokenizer_t *t, const char *text, size_t len, const char *lang,
                    const sc_token_t **out);
/* Snowball stem of a normalised token for lang ("fr" or "en"; others use "fr"). Returns a
 * borrowed NUL-terminated string valid until the next call on t; *slen gets its length. Recent
 * stems are cached in t (16384 entries, about 900 KB per tokenizer). */
const char *sc_sh_stem(sc_tokenizer_t *t, const char *lang, const char *norm, uint32_t nlen,
                       uint32_t *slen);
/* Whether a normalised token is a stopword of lang. */
int sc_sh_is_stopword(const sc_tokenizer_t *t, const char *lang, const char *norm, uint32_t nlen);
/* Guesses "fr" or "en" from a tokenised text by stopword rates: the language with more tokens
 * that are stopwords of it only (words in both lists do not count); returns a static string,
 * "" on a tie (no evidence either way). Stopword lists: shingle/stopwords/{fr,en}.txt,
 * embedded at build time and normalised with the tokenizer's own options. */
const char *sc_sh_lang_guess(const sc_tokenizer_t *t, const sc_token_t *toks, size_t n);
/* The same guess from a text: tokenises its first 4 KiB only (enough for function-word rates,
 * and a fixed cost per document). Invalidates tokens from an earlier sc_sh_tokenize on t. */
const char *sc_sh_lang_guess_text(sc_tokenizer_t *t, const char *text, size_t len);
/* Tokenises doc's text (a NULL text as an empty one) with the stopwords of doc->lang. A
 * document without a language (doc->lang "") is tokenised once, gets sc_sh_lang_guess's guess
 * written into doc->lang when there is one (not on a tie), and is tokenised again with it, so
 * that its stopwords are those of its language. Returns and sets *out as sc_sh_tokenize. */
long sc_sh_tokenize_doc(sc_tokenizer_t *t, sc_doc_t *doc, const sc_token_t **out);

/* Character primitives of the tokenizer, shared with other stages' scanners (the comparator's
 * sc_cmp_scan) so that the tool has one decoder and one definition of a word character.
 * Classes, after typographic unification (curly apostrophes -> SC_CH_APOS, dashes and the
 * minus sign -> SC_CH_HYPH, the oe/ae ligatures -> SC_CH_LETTER): a word is made of
 * SC_CH_LETTER, SC_CH_DIGIT and SC_CH_MARK (Unicode L*, N*, M*); SC_CH_DEC is '.' or ',',
 * SC_CH_IGNORE a format character (Cf) that does not cut a word; the rest is SC_CH_OTHER. */
enum {
	SC_CH_OTHER = 0,
	SC_CH_LETTER,
	SC_CH_DIGIT,
	SC_CH_MARK,
	SC_CH_APOS,
	SC_CH_HYPH,
	SC_CH_DEC,
	SC_CH_IGNORE
};
/* Decodes the character at s[i] (i < len): *raw gets its code point as written (U+FFFD for a
 * byte that starts no valid sequence, then *l = 1), *l its length in bytes. Returns its
 * SC_CH_* class. ASCII takes a table lookup. */
int sc_sh_char_class(const char *s, size_t len, size_t i, int32_t *raw, size_t *l);
/* The SC_CH_* class of a code point. */
int sc_sh_cp_class(int32_t cp);
/* Whether a class is part of a word (letter, digit, combining mark). */
static inline int sc_sh_word_class(int cls)
{
	return cls == SC_CH_LETTER || cls == SC_CH_DIGIT || cls == SC_CH_MARK;
}

/* -------------------------------------------------------------- shingles */
typedef enum sc_view_e {
	SC_VIEW_WORD = 0,    /* word k-shingles over all tokens */
	SC_VIEW_CONTENT = 1, /* stemmed content words (stopwords, elisions and 1-letter tokens out) */
} sc_view_t;

typedef struct sc_shingle_opts_s {
	sc_view_t view;
	int k;                /* words per shingle: default 5 for WORD, 1 for CONTENT */
	sc_norm_opts_t norm;
} sc_shingle_opts_t;
void sc_sh_shingle_opts_init(sc_shingle_opts_t *o, sc_view_t view);

/* A growable array of 64-bit hashes. */
typedef struct sc_u64v_s {
	uint64_t *a;
	size_t n, m;
} sc_u64v_t;
void sc_u64v_free(sc_u64v_t *v); /* frees a, zeroes the struct */

/* Shingle set of a text: XXH3-64 of each shingle (one hash per shingle, over the normalised
 * tokens joined by a space), sorted and deduplicated into *out (reused; previous content is
 * discarded). Spans listed in skip (pairs start,end, sorted, nskip pairs) are left out, e.g.
 * boilerplate: a token overlapping a span is dropped, and shingles join the tokens on either
 * side. Returns the set size or a negative SC_E* code. Texts with fewer than k units give one
 * shingle of all their units; a text with none gives the empty set.
 * Content view units: tokens that are not stopwords of lang (both lists when lang is ""), not
 * elisions and at least 2 code points long, replaced by their Snowball stem (sc_sh_stem).
 * o->norm.fold_accents must equal the tokenizer's (SC_EPARAM otherwise). */
long sc_sh_shingle_set(sc_tokenizer_t *t, const sc_shingle_opts_t *o, const char *text,
                       size_t len, const char *lang, const size_t *skip, size_t nskip,
                       sc_u64v_t *out);
/* Exact Jaccard of two sorted, deduplicated hash sets (1.0 when both are empty). */
double sc_sh_jaccard(const uint64_t *a, size_t na, const uint64_t *b, size_t nb);

/* --------------------------------------------------------------- MinHash */
typedef enum sc_mh_scheme_e {
	SC_MH_KPERM = 0, /* k permutations h_i(x) = (x ^ a_i) * m_i mod 2^64 (m_i odd): classic MinHash */
	SC_MH_OPH = 1,   /* one-permutation hashing, optimal densification (Shrivastava 2017) */
} sc_mh_scheme_t;

typedef struct sc_mh_params_s {
	int k;               /* signature length, default 128 */
	uint64_t seed;       /* GSL RNG seed from which the permutation keys are drawn, default 42 */
	sc_mh_scheme_t scheme;
} sc_mh_params_t;
void sc_sh_mh_params_init(sc_mh_params_t *p);
/* The scheme's name as options, reports and signature dumps spell it: "oph" or "kperm"
 * (any value other than SC_MH_OPH). A static string. */
const char *sc_sh_mh_scheme_name(int scheme);

typedef struct sc_minhash_s sc_minhash_t;
/* Derives the permutation keys (a_i, m_i; for OPH one key and the densification key) from the
 * seed with GSL's RNG (mt19937, seeded with the low 32 bits; the high 32 bits are mixed into
 * every key). k in 1..65536. NULL on bad parameters or OOM. See minhash.c for the algorithms
 * and references. OPH: v = fmix64(x ^ a_0); the high 32 bits of v pick the bin, the low 32
 * bits are the value; empty bins are filled by optimal densification (bin i borrows from bin
 * u(i, t), t = 1, 2, ..., u a seeded hash) in sc_sh_minhash_final. */
sc_minhash_t *sc_sh_minhash_create(const sc_mh_params_t *p);
void sc_sh_minhash_free(sc_minhash_t *m);
/* Signature of a set of 64-bit shingle hashes: sig[0..k-1], each the high 32 bits of a minimum
 * (b-bit MinHash with b = 32; collisions at 2^-32 do not bias estimates measurably). An empty
 * set gives all 0xFFFFFFFF. The result does not depend on the order or repetition of hashes. */
void sc_sh_minhash_sketch(const sc_minhash_t *m, const uint64_t *h, size_t n, uint32_t *sig);
/* Streaming form: state has k 64-bit slots (caller-allocated); init, update any number of
 * times, final. The result equals sc_sh_minhash_sketch of all the hashes given. */
void sc_sh_minhash_init(const sc_minhash_t *m, uint64_t *state);
void sc_sh_minhash_update(const sc_minhash_t *m, uint64_t *state, const uint64_t *h, size_t n);
void sc_sh_minhash_final(const sc_minhash_t *m, const uint64_t *state, uint32_t *sig);
/* Fraction of equal positions: the unbiased estimate of Jaccard for both schemes. */
double sc_sh_minhash_estimate(const uint32_t *a, const uint32_t *b, int k);
/* The signature length k of m (0 for NULL). */
int sc_sh_minhash_k(const sc_minhash_t *m);

/* Streaming sketcher: feeds text in chunks of any size (even cutting a UTF-8 character or a
 * word) and gives the same signature as sc_sh_shingle_set + sc_sh_minhash_sketch of the whole
 * text (no skip spans), for both views. One per thread; it owns a tokenizer. The chunk is
 * borrowed for the call only. A chunk is tokenised in place up to its last ASCII white-space
 * byte (tokens never span one), in slices of about 64 KiB; only what follows (an unfinished
 * word) is copied and kept for the next chunk, and chunks are gathered first while less than
 * 4 KiB is kept. Memory therefore does not grow with the text: the tokenizer's buffers for
 * one slice (about 26 bytes per slice byte: tokens, their hashes, the arena; measured 1.4-1.7
 * MB) plus the longest white-space-free stretch; texts over 4 GiB are accepted (only a 4 GiB stretch
 * without white space is refused, SC_EPARAM). Speed: the word view takes the fused path of
 * sc_sh_shingle_set without building the set (no sort), so it is at least as fast (see
 * bench_shingle, also with --chunk). reset(lang) starts a new text whose stopword language is
 * lang (used by the content view; "" = both lists). feed and final return SC_OK or an SC_E*
 * code (which then sticks until reset). */
typedef struct sc_sketcher_s sc_sketcher_t;
sc_sketcher_t *sc_sh_sketcher_create(const sc_minhash_t *m, const sc_shingle_opts_t *o);
void sc_sh_sketcher_free(sc_sketcher_t *s);
void sc_sh_sketcher_reset(sc_sketcher_t *s, const char *lang);
int sc_sh_sketcher_feed(sc_sketcher_t *s, const char *chunk, size_t len);
int sc_sh_sketcher_final(sc_sketcher_t *s, uint32_t *sig);

/* Batch signer: signatures of many documents on several threads, one streaming sketcher per
 * thread. Each document gets the signature sc_sh_shingle_set + sc_sh_minhash_sketch give it
 * (with the given options, no boilerplate spans), whatever the thread count; one without a
 * language (doc.lang "") is sketched with sc_sh_lang_guess_text's guess. How storycheck
 * shingle signs its inputs: the reader fills the next batch while this one is signed, then
 * helps sign it (sc_sh_signer_help), and writes it while the next one is signed.
 * threads: 1..1024 threads started per batch, or 0: none, the caller signs each batch
 * in sc_sh_signer_start. m and o must outlive the signer. NULL on bad parameters or OOM. */
typedef struct sc_signer_s sc_signer_t;
sc_signer_t *sc_sh_signer_create(const sc_minhash_t *m, const sc_shingle_opts_t *o, int threads);
void sc_sh_signer_free(sc_signer_t *s); /* waits for a started batch first; NULL is fine */
int sc_sh_signer_threads(const sc_signer_t *s); /* threads as given to create */
/* Starts signing docs[0..n) and returns at once: the signature of docs[i] goes to
 * sigs[i*k .. (i+1)*k) (k of m), its language to langs[i] (doc.lang itself, or a static
 * string from the guess). docs, sigs and langs belong to the signer until sc_sh_signer_wait.
 * (With no thread it returns once the batch is signed.) SC_OK, SC_EPARAM (a batch is
 * already running) or SC_ENOMEM (no thread could start). */
int sc_sh_signer_start(sc_signer_t *s, const sc_doc_t *docs, size_t n, uint32_t *sigs,
                       const char **langs);
/* Signs documents of the started batch on the calling thread too, taking them from the
 * same queue as the threads, until none is left to take; then returns (threads may still
 * be finishing theirs: call sc_sh_signer_wait). For a caller that has done its own work
 * (reading the next batch) before the batch is signed. Nothing when no batch is running. */
void sc_sh_signer_help(sc_signer_t *s);
/* Waits for the started batch. SC_OK, or the error (SC_ENOMEM) of the lowest-numbered
 * document that failed, whose index goes to *bad (SIZE_MAX when none; bad may be NULL);
 * the other documents are signed all the same. SC_EPARAM when no batch is running. */
int sc_sh_signer_wait(sc_signer_t *s, size_t *bad);

/* ------------------------------------------------------ signature files
 * Binary format (little-endian), documented in doc/design.md, "Signature files":
 *   header: magic "SCSIG\r\n\x1a" (8 bytes), u32 format version (1), u32 header bytes,
 *           u32 k, u32 scheme, u64 seed, u32 view, u32 shingle k, u32 fold_accents,
 *           u32 xxhash version (XXH_versionNumber), u64 record count (patched on close)
 *   records: u32 id length, id bytes, u32 lang (2 ASCII bytes + 2 zero), u32[k] signature
 * The same header parameters are checked when a file is read or appended to. */
typedef struct sc_sig_header_s {
	uint32_t version, k, scheme, view, shingle_k, fold_accents, xxh_version;
	uint64_t seed, count;
} sc_sig_header_t;
typedef struct sc_sigfile_s sc_sigfile_t;
/* Opens for writing to path via a temporary file (path.tmp.XXXXXX, same directory) renamed at
 * sc_sh_sig_close (atomic). path "-" writes to standard output, where the count cannot be
 * patched: it is written as UINT64_MAX, meaning "records up to the end of the file". When
 * h->xxh_version is 0 it is filled with XXH_versionNumber(); h->version is set to 1. */
int sc_sh_sig_create(sc_sigfile_t **f, const char *path, const sc_sig_header_t *h, char *err,
                     size_t errlen);
/* Appends a record. id: 1 to 1 MiB bytes (an empty or longer id is SC_EPARAM: the reader
 * would refuse the record). Returns SC_OK, SC_EPARAM or SC_EIO. */
int sc_sh_sig_write(sc_sigfile_t *f, const char *id, const char *lang, const uint32_t *sig);
/* Finishes: patches the count, fsyncs and renames. Returns SC_OK or an error (the temporary
 * file is removed). */
int sc_sh_sig_close(sc_sigfile_t *f, char *err, size_t errlen);
/* Removes the temporary file without publishing (for interrupted runs). */
void sc_sh_sig_abort(sc_sigfile_t *f);
/* Opens for reading ("-" reads standard input); checks magic, version and the record count
 * against the file size (each record takes at least 9 + 4k bytes). Returns SC_EVERSION for
 * another version, SC_ETRUNC for a short file, SC_EFORMAT for another kind of file or bad
 * header values, SC_EIO when it cannot be read; err names the file. Close with
 * sc_sh_sig_close. */
int sc_sh_sig_open(sc_sigfile_t **f, const char *path, sc_sig_header_t *h, char *err,
                   size_t errlen);
/* Reads the next record: returns 1 with *id (caller frees), lang[3] and sig[k] filled, 0 at
 * the end, or a negative code: SC_ETRUNC when the file ends inside a record or before the
 * announced count, SC_EFORMAT for a bad record (an id of length 0 or over 1 MiB, or one holding
 * a NUL byte, which no C string can carry back out) or bytes after the last record. Every
 * record read can be written again with sc_sh_sig_write and reads back the same. */
int sc_sh_sig_read(sc_sigfile_t *f, char **id, char lang[3], uint32_t *sig);
/* Fills a header from the options of a run (version, k, scheme, seed, view, shingle k,
 * accent folding, XXH_versionNumber()). */
void sc_sh_sig_header_init(sc_sig_header_t *h, const sc_mh_params_t *mh,
                           const sc_shingle_opts_t *so);
/* SC_OK when signatures under headers a and b are comparable (same k, scheme, seed, view,
 * shingle k and accent folding, and both xxHash >= 0.8.0 or both older), else SC_EMISMATCH
 * with a message naming the first difference. */
int sc_sh_sig_header_check(const sc_sig_header_t *a, const sc_sig_header_t *b, char *err,
                           size_t errlen);

/* ----------------------------------------------------------- string sets
 * A set of strings (open addressing on XXH3-64, power-of-two capacity; the set keeps copies):
 * the ids already accepted, by the reader and by the MPI merge, which must reject a duplicate
 * id across shares exactly as one reader does. A zeroed struct is an empty set. */
typedef struct sc_strset_s {
	char **slot;
	size_t n, m;
} sc_strset_t;
int sc_strset_has(const sc_strset_t *s, const char *k); /* 1 when k is in s, else 0 */
/* Adds a copy of k (nothing when it is there already). Returns SC_OK or SC_ENOMEM. */
int sc_strset_add(sc_strset_t *s, const char *k);
void sc_strset_free(sc_strset_t *s); /* frees the copies; s is empty after */

/* ---------------------------------------------------------- output files
 * Every file storycheck writes goes through this one writer, so that the same rules hold for
 * reports, views, signature files and JSONL:
 *  - "-" (or NULL) is standard output, written in place.
 *  - A path that is standard output under another name (/dev/stdout, /proc/self/fd/1, or the
 *    very file the shell redirected stdout to: same device and inode) is written in place
 *    through stdout, so `-o /dev/stdout >> app.log` appends as `-o -` does.
 *  - Any other existing file that is not a regular file (a device, a FIFO) is written in place:
 *    renaming over it would replace the device node itself.
 *  - Otherwise the data goes to a temporary file made by mkstemp (O_EXCL: a planted symlink at
 *    the temporary name cannot redirect it) in the target's own directory, named
 *    ".NAME.tmp.XXXXXX"; sc_out_commit fsyncs it, gives it the mode and owner of the file it
 *    replaces (or 0666 less the umask for a new file), renames it over the target and fsyncs
 *    the directory. A symlink at path is followed: its target is replaced, the link stays.
 *    A run killed before the rename leaves at most that ".NAME.tmp.*" file, never a partial
 *    NAME; such leftovers can be found with `find DIR -name '.*.tmp.*'` and removed.
 * Returns SC_OK, SC_EIO (err names path) or SC_ENOMEM. */
typedef struct sc_outfile_s sc_outfile_t;
int sc_out_open(sc_outfile_t **o, const char *path, char *err, size_t errlen);
FILE *sc_out_fp(sc_outfile_t *o);
/* 1 when written in place (standard output, a device, a pipe): no seek, no rename. */
int sc_out_in_place(const sc_outfile_t *o);
/* Publishes the data (see above) and frees o, also on failure. Returns SC_OK or SC_EIO. */
int sc_out_commit(sc_outfile_t *o, char *err, size_t errlen);
/* Frees o without publishing: the temporary file is removed, the target left as it was. */
void sc_out_abort(sc_outfile_t *o);
/* 1 when paths a and b name one existing file (same device and inode), 0 otherwise: how an
 * output that would overwrite an input is refused, whatever names reach it. */
int sc_same_file(const char *a, const char *b);

#ifdef __cplusplus
}
#endif
#endif
