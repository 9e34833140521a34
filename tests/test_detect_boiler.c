/* Boilerplate on the seeds, block by block: prints the coherence of every block (the
 * measurement behind SC_DET_BOILER_COHERENCE) and checks the rules on small constructed texts:
 * repeated footers, prompts, link lists, and copies that share text. */
#include "check.h"
#include "det_internal.h"

#include <stdlib.h>
#include <string.h>

static int never_copies(void *ctx, uint32_t a, uint32_t b)
{
	(void)ctx, (void)a, (void)b;
	return 0;
}
static int all_copies(void *ctx, uint32_t a, uint32_t b)
{
	(void)ctx, (void)a, (void)b;
	return 1;
}
static int copies_0_2(void *ctx, uint32_t a, uint32_t b)
{
	(void)ctx;
	return a == 0 && b == 2;
}

static void set_doc(sc_det_doc_t *d, const char *id, const char *text)
{
	memset(d, 0, sizeof *d);
	d->doc.id = strdup(id);
	d->doc.text = strdup(text);
	d->doc.len = strlen(text);
	memcpy(d->doc.lang, "fr", 3);
}

static void free_docs(sc_det_doc_t *d, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		sc_doc_free(&d[i].doc);
		free(d[i].boiler);
	}
}

static void test_seeds(sc_tokenizer_t *tk)
{
	sc_reader_opts_t ro;
	sc_sh_reader_opts_init(&ro);
	sc_reader_t *rd;
	const char *in[] = {"fixtures/seeds"};
	sc_det_doc_t docs[5];
	size_t n = 0;
	sc_det_boiler_t *b;
	CHECK(sc_det_boiler_create(&b, tk) == SC_OK, "create");
	CHECK(sc_sh_reader_open(&rd, in, 1, &ro) == SC_OK, "open");
	for (;;) {
		sc_reject_t rej = {0};
		if (n == 5) break;
		memset(&docs[n], 0, sizeof docs[n]);
		int r = sc_sh_reader_next(rd, &docs[n].doc, &rej);
		if (r != 1) break;
		CHECK(sc_det_boiler_scan(b, tk, &docs[n]) == SC_OK, "scan");
		n++;
	}
	sc_sh_reader_close(rd);
	CHECK(n == 5, "five seeds");
	CHECK(sc_det_boiler_finish(b, docs, n, never_copies, NULL) == SC_OK, "finish");
	double art_min = 1, art_max = 0, tease_max = 0;
	size_t narts = 0, nteasers = 0;
	printf("block coherence (share of content stems found in the article's head):\n");
	for (size_t i = 0; i < n; i++) {
		sc_det_block_t blk[64];
		size_t nb = sc_det_boiler_blocks(b, i, blk, 64);
		const char *t = docs[i].doc.text;
		const char *rp = strstr(t, "Related Posts");
		for (size_t j = 0; j < nb && j < 64; j++) {
			int w =
			    (int)(blk[j].end - blk[j].start < 40 ? blk[j].end - blk[j].start : 40);
			printf("  %.3s %2zu %s coh %6.3f stems %3u  %.*s\n", docs[i].doc.id, j,
			       blk[j].boiler ? "B" : " ", blk[j].coherence, blk[j].ncontent, w,
			       t + blk[j].start);
			if (blk[j].coherence < 0) continue;
			/* 003's link list: everything after its "Related Posts" heading. */
			if (rp && t + blk[j].start > rp) {
				nteasers++;
				if (blk[j].coherence > tease_max) tease_max = blk[j].coherence;
				CHECK(blk[j].boiler,
				      "003 block %zu after Related Posts is set aside", j);
			} else {
				narts++;
				if (blk[j].coherence < art_min) art_min = blk[j].coherence;
				if (blk[j].coherence > art_max) art_max = blk[j].coherence;
				CHECK(!blk[j].boiler, "%.3s block %zu is article text",
				      docs[i].doc.id, j);
			}
		}
	}
	printf("article blocks: %zu, coherence %.3f..%.3f; link-list blocks: %zu, at most %.3f\n",
	       narts, art_min, art_max, nteasers, tease_max);
	CHECK(nteasers == 12, "12 blocks after 003's heading (%zu)", nteasers);
	sc_det_boiler_free(b);
	free_docs(docs, n);
}

/* Constructed: a footer in two unrelated articles, a prompt line, and two copies sharing a
 * paragraph. */
static void test_rules(sc_tokenizer_t *tk)
{
	static const char *A =
	    "Le conseil municipal de Lyon a voté mardi le budget des transports urbains pour "
	    "2025.\n"
	    "Les élus ont approuvé une hausse des tarifs du tramway et du métro de cinq pour "
	    "cent.\n"
	    "L'opposition dénonce une mesure injuste pour les familles et les étudiants lyonnais.\n"
	    "Partager cet article\n"
	    "Abonnez-vous à notre lettre quotidienne et recevez chaque matin les informations "
	    "essentielles sélectionnées par la rédaction du Journal Rhodanien, éditeur "
	    "indépendant.\n";
	static const char *B =
	    "Une tempête a frappé les côtes bretonnes dans la nuit de samedi, privant "
	    "d'électricité "
	    "quarante mille foyers du Finistère.\n"
	    "Les pompiers sont intervenus à plusieurs reprises pour dégager des arbres tombés sur "
	    "les "
	    "routes départementales.\n"
	    "Météo-France maintient la vigilance orange pour les vents violents jusqu'à dimanche.\n"
	    "Abonnez-vous à notre lettre quotidienne et recevez chaque matin les informations "
	    "essentielles sélectionnées par la rédaction du Journal Rhodanien, éditeur "
	    "indépendant.\n";
	sc_det_doc_t d[3];
	set_doc(&d[0], "a", A);
	set_doc(&d[1], "b", B);
	set_doc(&d[2], "c", A); /* a copy of a */
	sc_det_boiler_t *b;
	CHECK(sc_det_boiler_create(&b, tk) == SC_OK, "create");
	for (int i = 0; i < 3; i++)
		CHECK(sc_det_boiler_scan(b, tk, &d[i]) == SC_OK, "scan");
	/* a and c are copies; the footer recurs in unrelated a and b */
	CHECK(sc_det_boiler_finish(b, d, 3, copies_0_2, NULL) == SC_OK, "finish");
	const char *fa = strstr(A, "Partager"), *fb = strstr(B, "Abonnez");
	CHECK(d[0].nboiler == 1 && d[0].boiler[0].start == (size_t)(fa - A) &&
	          d[0].boiler[0].end == strlen(A) - 1,
	      "a: prompt and footer (%zu spans)", d[0].nboiler);
	CHECK(d[1].nboiler == 1 && d[1].boiler[0].start == (size_t)(fb - B), "b: footer");
	CHECK(d[2].nboiler == 1 && d[2].boiler[0].start == (size_t)(fa - A),
	      "c: the same as its copy a");
	sc_det_boiler_free(b);
	free_docs(d, 3);

	/* Everything shared by copies only: nothing set aside but the prompt cue. */
	set_doc(&d[0], "a", A);
	set_doc(&d[1], "c", A);
	CHECK(sc_det_boiler_create(&b, tk) == SC_OK, "create");
	for (int i = 0; i < 2; i++)
		sc_det_boiler_scan(b, tk, &d[i]);
	CHECK(sc_det_boiler_finish(b, d, 2, all_copies, NULL) == SC_OK, "finish");
	const char *fp = strstr(A, "Partager");
	CHECK(d[0].nboiler == 1 && d[0].boiler[0].start == (size_t)(fp - A) &&
	          d[0].boiler[0].end == (size_t)(fp - A) + strlen("Partager cet article"),
	      "copies: only the prompt line (%zu spans)", d[0].nboiler);
	sc_det_boiler_free(b);
	free_docs(d, 2);
}

int main(void)
{
	sc_norm_opts_t no = {0};
	sc_tokenizer_t *tk = sc_sh_tokenizer_create(&no);
	if (!tk) {
		printf("SKIP: no tokenizer\n");
		return 77;
	}
	test_seeds(tk);
	test_rules(tk);
	sc_sh_tokenizer_free(tk);
	return CHECK_DONE();
}
