/* The duplicate side's memory (issue 12, session 12): what it holds and that the compact forms
 * give what the wide ones gave.
 * - Streaming's pairs adjacency (sc_det_pairs_*): the pairs are sorted by first document, so
 *   only the second ends are indexed (4 bytes a pair, not 8). Each document's walk must be
 *   exactly its pairs in ascending order (against brute force, on seeded random pairs with
 *   documents that have none, pairs of one document with itself and long runs), the counts
 *   its number of pairs, unsorted pairs refused, and the index no larger than 4 bytes a pair.
 * - The boilerplate blocks (boiler.c): 24 bytes each, their document found from the block
 *   offsets. A scan in a shuffled order, with documents that have no block between others,
 *   must give the spans of a scan in index order, and the blocks take at most 24 bytes each. */
#include "check.h"
#include "det_internal.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;
static uint32_t rnd(uint32_t n)
{
	rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
	return (uint32_t)((rng_state >> 33) % n);
}

static int cmp_u64(const void *x, const void *y)
{
	const uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
	return (a > b) - (a < b);
}

/* One seeded case: n (>= 5) documents, m pairs (packed), sorted; walks compared with brute
 * force. self: pairs of a document with itself too. */
static void pairs_case(uint64_t seed, size_t n, size_t m, int self)
{
	rng_state = seed;
	uint64_t *cand = malloc((m ? m : 1) * sizeof *cand);
	uint32_t *want = malloc((2 * m + 1) * sizeof *want);
	for (size_t e = 0; e < m;) {
		/* a third of the documents have no pair; the first 4 many */
		uint32_t a = rnd(4) ? rnd((uint32_t)n) : rnd(4), b = rnd((uint32_t)n);
		if (a % 3 == 1 || b % 3 == 1 || (a == b && !self)) continue;
		if (a > b) {
			const uint32_t t = a;
			a = b, b = t;
		}
		cand[e++] = (uint64_t)a << 32 | b;
	}
	if (m) qsort(cand, m, sizeof *cand, cmp_u64);
	sc_det_t d;
	memset(&d, 0, sizeof d);
	d.res.ndocs = n;
	sc_det_run_t R = {.d = &d};
	int rc = sc_det_pairs_build(&R, m, cand, NULL);
	CHECK(rc == SC_OK, "seed %llu: build rc %d", (unsigned long long)seed, rc);
	size_t bad = 0;
	for (uint32_t i = 0; !rc && i < n; i++) {
		/* brute force: the pairs touching i, ascending; a pair (i, i) twice, as a CSR of
		 * both ends listed it */
		size_t nw = 0, ng = 0, ok = 1;
		for (size_t x = 0; x < m; x++) {
			if ((uint32_t)(cand[x] >> 32) == i) want[nw++] = (uint32_t)x;
			if ((uint32_t)cand[x] == i) want[nw++] = (uint32_t)x;
		}
		sc_det_pair_it_t it = sc_det_pairs_of(&R, i);
		for (uint32_t pi; sc_det_pairs_next(&R, &it, &pi); ng++)
			ok &= ng < nw && want[ng] == pi;
		if (!ok || ng != nw || R.rem[i] != nw) bad++;
	}
	CHECK(bad == 0, "seed %llu: %zu of %zu documents walked wrongly", (unsigned long long)seed,
	      bad, n);
	/* the index: 4 bytes a pair (a CSR of both ends took 8) */
	CHECK(rc || malloc_usable_size(R.adj) <= 4 * (m + 1) + 64,
	      "seed %llu: adjacency of %zu bytes for %zu pairs", (unsigned long long)seed,
	      rc ? 0 : malloc_usable_size(R.adj), m);
	sc_det_pairs_free(&R);
	CHECK(!R.adj && !R.foff && !R.soff && !R.rem, "freed");
	free(cand);
	free(want);
}

static void test_pairs(void)
{
	for (uint64_t seed = 1; seed <= 40; seed++)
		pairs_case(seed, 5 + (size_t)(seed * 7 % 61), (size_t)(seed * 37 % 400),
		           seed % 5 == 0);
	pairs_case(99, 5, 0, 0);         /* no pair */
	pairs_case(100, 3000, 40000, 0); /* large enough that the index is not in the noise */

	/* event edges, and unsorted pairs refused */
	sc_det_t d;
	memset(&d, 0, sizeof d);
	d.res.ndocs = 6;
	sc_det_run_t R = {.d = &d};
	sc_det_edge_t ed[] = {{0, 5, -1}, {1, 2, -1}, {1, 5, -1}, {2, 3, -1}};
	CHECK(sc_det_pairs_build(&R, 4, NULL, ed) == SC_OK, "edges");
	uint32_t got[8], ng = 0, pi;
	sc_det_pair_it_t it = sc_det_pairs_of(&R, 5);
	while (ng < 8 && sc_det_pairs_next(&R, &it, &pi))
		got[ng++] = pi;
	CHECK(ng == 2 && got[0] == 0 && got[1] == 2, "document 5: edges 0 and 2 (%u)", ng);
	ng = 0, it = sc_det_pairs_of(&R, 2);
	while (ng < 8 && sc_det_pairs_next(&R, &it, &pi))
		got[ng++] = pi;
	CHECK(ng == 2 && got[0] == 1 && got[1] == 3, "document 2: edges 1 and 3 (%u)", ng);
	sc_det_pairs_free(&R);
	const uint64_t unsorted[] = {(uint64_t)2 << 32 | 3, (uint64_t)1 << 32 | 4};
	CHECK(sc_det_pairs_build(&R, 2, unsorted, NULL) == SC_EPARAM, "unsorted pairs refused");
	sc_det_pairs_free(&R);
	const uint64_t out_of_range[] = {(uint64_t)2 << 32 | 6};
	CHECK(sc_det_pairs_build(&R, 1, out_of_range, NULL) == SC_EPARAM, "document out of range");
	sc_det_pairs_free(&R);
}

/* Documents of the same six (by index) are copies of one another: the finish must ask about
 * the right documents, so a block's document must be its index, not its scan position. */
static int copies_six(void *ctx, uint32_t a, uint32_t b)
{
	(void)ctx;
	return a / 6 == b / 6;
}

/* A text of document i: a few lines of its own, a shared footer in every third, a shared
 * short line at the end of every fourth, a paragraph its copies share, blank lines; every
 * seventh is empty or only whitespace (no block at all). */
static char *text_of(size_t i)
{
	static const char *words[] = {"tramway",   "budget",    "tempête", "pompiers", "élus",
	                              "vigilance", "routes",    "foyers",  "métro",    "tarifs",
	                              "conseil",   "finistère", "hausse",  "familles", "arbres"};
	char *s = malloc(4096);
	size_t o = 0;
	if (i % 7 == 3) {
		strcpy(s, i % 2 ? "" : "  \n\n \t");
		return s;
	}
	for (int l = 0; l < 3 + (int)(i % 3); l++) {
		for (int w = 0; w < 8; w++)
			o += (size_t)snprintf(s + o, 4096 - o, "%s%s", w ? " " : "",
			                      words[(i * 31 + (size_t)l * 7 + (size_t)w * 3) % 15]);
		o += (size_t)snprintf(s + o, 4096 - o, " numéro %zu ligne %d.\n%s", i, l,
		                      l == 1 ? "\n" : "");
	}
	if (i % 3 == 0)
		o += (size_t)snprintf(
		    s + o, 4096 - o,
		    "Abonnez-vous à notre lettre quotidienne et recevez chaque matin "
		    "les informations essentielles de la rédaction.\n\n");
	if (i % 4 == 0) o += (size_t)snprintf(s + o, 4096 - o, "Lire la suite\n");
	/* a paragraph that only copies share (two of each six): never boilerplate */
	if (i % 6 == 1 || i % 6 == 2)
		o += (size_t)snprintf(s + o, 4096 - o,
		                      "Paragraphe commun %zu : crocodile girafe hippopotame zèbre "
		                      "antilope gazelle.\n",
		                      i / 6);
	return s;
}

static void test_blocks(sc_tokenizer_t *tk)
{
	enum { N = 120 };
	sc_det_doc_t a[N], b[N];
	uint32_t perm[N];
	for (uint32_t i = 0; i < N; i++)
		perm[i] = i;
	rng_state = 7;
	for (uint32_t i = N - 1; i > 0; i--) {
		const uint32_t j = rnd(i + 1), t = perm[i];
		perm[i] = perm[j], perm[j] = t;
	}
	for (size_t i = 0; i < N; i++) {
		memset(&a[i], 0, sizeof a[i]);
		memset(&b[i], 0, sizeof b[i]);
		a[i].doc.text = text_of(i), a[i].doc.len = strlen(a[i].doc.text);
		b[i].doc.text = text_of(i), b[i].doc.len = strlen(b[i].doc.text);
		memcpy(a[i].doc.lang, "fr", 3), memcpy(b[i].doc.lang, "fr", 3);
	}
	/* in index order */
	sc_det_boiler_t *ba, *bb;
	CHECK(sc_det_boiler_create(&ba, tk) == SC_OK && sc_det_boiler_create(&bb, tk) == SC_OK,
	      "create");
	size_t nblocks = 0;
	sc_det_block_t blk[64];
	for (size_t i = 0; i < N; i++)
		CHECK(sc_det_boiler_scan(ba, tk, &a[i]) == SC_OK, "scan %zu", i);
	for (size_t i = 0; i < N; i++)
		nblocks += sc_det_boiler_blocks(ba, i, blk, 64);
	CHECK(nblocks > 300, "%zu blocks", nblocks);
	CHECK(sc_det_boiler_bytes(ba) <= 24 * nblocks, "blocks: %zu bytes for %zu blocks",
	      sc_det_boiler_bytes(ba), nblocks);
	CHECK(sc_det_boiler_finish(ba, a, N, copies_six, NULL) == SC_OK, "finish");
	/* the same documents scanned in the order perm gives (scan position x holds document
	 * perm[x]), as streaming scans them in input order */
	uint32_t pos[N];
	for (uint32_t x = 0; x < N; x++) {
		CHECK(sc_det_boiler_scan(bb, tk, &b[perm[x]]) == SC_OK, "scan %u", perm[x]);
		pos[perm[x]] = x;
	}
	CHECK(sc_det_boiler_order(bb, pos, N) == SC_OK, "order");
	CHECK(sc_det_boiler_finish(bb, b, N, copies_six, NULL) == SC_OK, "finish (shuffled)");
	size_t same = 0, with = 0;
	for (size_t i = 0; i < N; i++) {
		with += a[i].nboiler > 0;
		same += a[i].nboiler == b[i].nboiler &&
		        (!a[i].nboiler ||
		         !memcmp(a[i].boiler, b[i].boiler, a[i].nboiler * sizeof *a[i].boiler));
	}
	CHECK(with >= N / 4, "%zu documents with boilerplate", with);
	CHECK(same == N, "%zu of %d documents with the spans of a scan in index order", same, N);
	sc_det_boiler_free(ba);
	sc_det_boiler_free(bb);
	for (size_t i = 0; i < N; i++) {
		free(a[i].doc.text), free(a[i].boiler);
		free(b[i].doc.text), free(b[i].boiler);
	}
}

int main(void)
{
	test_pairs();
	sc_norm_opts_t no = {0};
	sc_tokenizer_t *tk = sc_sh_tokenizer_create(&no);
	if (!tk) {
		printf("SKIP: no tokenizer\n");
		return 77;
	}
	test_blocks(tk);
	sc_sh_tokenizer_free(tk);
	return CHECK_DONE();
}
