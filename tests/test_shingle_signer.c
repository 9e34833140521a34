/* The batch signer (shingle.h, "Batch signer"), which `storycheck shingle` signs with:
 *   - every document gets the signature of sc_sh_shingle_set + sc_sh_minhash_sketch, with its
 *     own language or, when it has none, sc_sh_lang_guess_text's guess, for 0 (the caller
 *     signs), 1, 2 and 5 threads, both views and both schemes; texts of every size, from empty and shorter than
 *     a shingle to longer than the sketcher's slices, French, English and mixed;
 *   - a signer is reused batch after batch, and a batch of no document is fine;
 *   - start while running and wait while idle are refused (SC_EPARAM).
 * Seeded (SC_TEST_SEED, default 7): the seed is printed on failure. */
#include "check.h"
#include "shingle.h"
#include "test_util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rs;
static uint64_t rnd(void)
{
	return sc_test_splitmix(&rs);
}

static const char *const fr[] = {"le",  "la",        "de",    "des",     "et", "une", "pour",
                                 "été", "ministère", "grève", "déclaré", "à",  "où",  "Noël"};
static const char *const en[] = {"the",      "of",   "and", "to",      "was",   "strike",
                                 "minister", "said", "on",  "Tuesday", "union", "it's"};

/* A text of n words, in French, English or both, with punctuation and line breaks. */
static char *make_text(size_t n, int lang, size_t *len)
{
	size_t cap = 16 * n + 16, k = 0;
	char *s = malloc(cap);
	if (!s) return NULL;
	for (size_t i = 0; i < n; i++) {
		int l = lang == 2 ? (int)(rnd() & 1) : lang;
		const char *w =
		    l ? en[rnd() % (sizeof en / sizeof *en)] : fr[rnd() % (sizeof fr / sizeof *fr)];
		k += (size_t)snprintf(s + k, cap - k, "%s%s", w,
		                      rnd() % 11 == 0  ? ".\n"
		                      : rnd() % 7 == 0 ? ", "
		                                       : " ");
	}
	s[k] = '\0';
	*len = k;
	return s;
}

enum { NDOCS = 60 };

int main(void)
{
	const char *env = getenv("SC_TEST_SEED");
	const uint64_t seed = env ? strtoull(env, NULL, 10) : 7;
	rs = seed;
	static const size_t sizes[] = {0, 1, 3, 4, 5, 9, 40, 400, 3000, 30000};
	sc_doc_t docs[NDOCS];
	memset(docs, 0, sizeof docs);
	for (int i = 0; i < NDOCS; i++) {
		char id[16];
		snprintf(id, sizeof id, "d%02d", i);
		docs[i].id = strdup(id);
		docs[i].text = make_text(sizes[i % 10], i % 3, &docs[i].len);
		if (i % 4 == 1)
			strcpy(docs[i].lang, "fr");
		else if (i % 4 == 2)
			strcpy(docs[i].lang, "en");
	}
	for (int view = 0; view < 2; view++)
		for (int sch = 0; sch < 2; sch++) {
			sc_mh_params_t mp;
			sc_sh_mh_params_init(&mp);
			mp.scheme = (sc_mh_scheme_t)sch;
			mp.k = 64;
			sc_shingle_opts_t so;
			sc_sh_shingle_opts_init(&so, (sc_view_t)view);
			sc_minhash_t *m = sc_sh_minhash_create(&mp);
			sc_tokenizer_t *tk = sc_sh_tokenizer_create(&so.norm);
			uint32_t *want = malloc(sizeof *want * 64 * NDOCS);
			const char *want_lang[NDOCS];
			sc_u64v_t set = {0};
			CHECK(m && tk && want, "setup");
			if (!m || !tk || !want) return 1;
			for (int i = 0; i < NDOCS; i++) {
				const sc_doc_t *d = &docs[i];
				want_lang[i] = d->lang[0]
				                   ? d->lang
				                   : sc_sh_lang_guess_text(tk, d->text, d->len);
				CHECK(sc_sh_shingle_set(tk, &so, d->text, d->len, want_lang[i],
				                        NULL, 0, &set) >= 0,
				      "reference set of %s", d->id);
				sc_sh_minhash_sketch(m, set.a, set.n, want + 64 * i);
			}
			const int threads[] = {0, 1, 2, 5};
			for (int t = 0; t < 4; t++) {
				sc_signer_t *sg = sc_sh_signer_create(m, &so, threads[t]);
				CHECK(sg && sc_sh_signer_threads(sg) == threads[t],
				      "signer of %d threads", threads[t]);
				if (!sg) continue;
				size_t bad = 0;
				sc_sh_signer_help(sg); /* no batch: nothing to do */
				CHECK(sc_sh_signer_wait(sg, &bad) == SC_EPARAM,
				      "wait with no batch");
				/* two batches of different sizes, then an empty one, on one signer
				 */
				for (int pass = 0; pass < 3; pass++) {
					size_t from = pass == 0   ? 0
					              : pass == 1 ? 17
					                          : NDOCS,
					       n = NDOCS - from;
					if (pass == 0) n = 17;
					uint32_t got[64 * NDOCS];
					const char *lang[NDOCS];
					memset(got, 0, sizeof got);
					CHECK(sc_sh_signer_start(sg, docs + from, n, got, lang) ==
					          SC_OK,
					      "start");
					CHECK(sc_sh_signer_start(sg, docs, 1, got, lang) ==
					          SC_EPARAM,
					      "a second start while running");
					/* the caller signs beside the threads, as storycheck
					 * shingle does once it has read its next batch */
					if (pass == 1) sc_sh_signer_help(sg);
					CHECK(sc_sh_signer_wait(sg, &bad) == SC_OK &&
					          bad == SIZE_MAX,
					      "wait: bad %zu", bad);
					for (size_t i = 0; i < n; i++) {
						const size_t j = from + i;
						CHECK(!memcmp(got + 64 * i, want + 64 * j,
						              64 * sizeof *got),
						      "seed %llu view %d scheme %d threads %d: "
						      "signature of %s "
						      "(%zu bytes)",
						      (unsigned long long)seed, view, sch,
						      threads[t], docs[j].id, docs[j].len);
						CHECK(!strcmp(lang[i], want_lang[j]),
						      "language of %s: %s, not %s", docs[j].id,
						      lang[i], want_lang[j]);
					}
				}
				sc_sh_signer_free(sg);
			}
			sc_u64v_free(&set);
			free(want);
			sc_sh_tokenizer_free(tk);
			sc_sh_minhash_free(m);
		}
	/* bad thread counts */
	sc_mh_params_t mp;
	sc_sh_mh_params_init(&mp);
	sc_shingle_opts_t so;
	sc_sh_shingle_opts_init(&so, SC_VIEW_WORD);
	sc_minhash_t *m = sc_sh_minhash_create(&mp);
	CHECK(!sc_sh_signer_create(m, &so, -1) && !sc_sh_signer_create(m, &so, 1025),
	      "thread counts out of range are refused");
	sc_sh_signer_free(NULL);
	sc_sh_minhash_free(m);
	for (int i = 0; i < NDOCS; i++)
		sc_doc_free(&docs[i]);
	return CHECK_DONE();
}
