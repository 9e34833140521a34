/* test_report_fuzz.c: reports are outside input (`report`, `--baseline`). Seeded random
 * mutations of the fixtures, at byte level and at tree level (any node replaced by a value of
 * another type, markup, huge or tiny numbers), go through the loader and every consumer; run
 * under ASan in CI. Properties checked on every input that loads:
 *   - the three renderers, fingerprints, --fail-on and the summary line do not fail;
 *   - print(parse(print(x))) == print(x) for JSON (the printer is a fixed point);
 *   - a report used as its own baseline keeps nothing.
 * The same entry point is a libFuzzer target:
 *   clang -g -O1 -fsanitize=fuzzer,address -DSC_LIBFUZZER -Ireport -Idetect -Ishingle \
 *     tests/test_report_fuzz.c report/rep_*.c build/detect/libsc_detect.a \
 *     build/shingle/libsc_shingle.a -lcjson -lutf8proc -lgsl -lgslcblas -lm -o fuzz_report
 * Environment: SC_FUZZ_SEED (default 1), SC_FUZZ_ITERS (default 2000). */
#include "check.h"
#include "test_util.h"
#include "report.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int one_input(const uint8_t *data, size_t len)
{
	cJSON *r = NULL;
	char err[256];
	if (sc_rep_parse((const char *)data, len, "fuzz", &r, err, sizeof err) != SC_OK) return 0;
	int bad = 0;
	char *j = sc_rep_print(r, SC_FMT_JSON);
	char *h = sc_rep_print(r, SC_FMT_HTML);
	char *t = sc_rep_print(r, SC_FMT_TEXT);
	char *line = sc_rep_summary_line(r);
	if (!j || !h || !t || !line) bad |= 1;
	if (j) {
		cJSON *back = NULL;
		char *j2 = NULL;
		if (sc_rep_parse(j, strlen(j), "reprint", &back, err, sizeof err) != SC_OK)
			bad |= 2;
		else if (!(j2 = sc_rep_print(back, SC_FMT_JSON)) || strcmp(j, j2))
			bad |= 4;
		free(j2);
		cJSON_Delete(back);
	}
	cJSON *copy = cJSON_Duplicate(r, 1);
	if (copy && sc_rep_apply_baseline(copy, r) != 0) bad |= 8;
	sc_rep_failon_t f = {1, 0.5, 1};
	(void)sc_rep_failon_hit(copy, &f);
	char *t2 = copy ? sc_rep_print(copy, SC_FMT_HTML) : NULL;
	free(t2);
	cJSON_Delete(copy);
	free(j);
	free(h);
	free(t);
	free(line);
	cJSON_Delete(r);
	if (bad) {
		fprintf(stderr, "property broken (%d) on: %.*s\n", bad,
		        (int)(len < 2000 ? len : 2000), (const char *)data);
#ifdef SC_LIBFUZZER
		abort();
#endif
	}
	return bad;
}

#ifdef SC_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	one_input(data, len);
	return 0;
}
#else

static uint64_t g_rng;
static uint64_t rnd(void)
{
	g_rng ^= g_rng << 13;
	g_rng ^= g_rng >> 7;
	g_rng ^= g_rng << 17;
	return g_rng;
}

static void collect(cJSON *x, cJSON **v, size_t *n, size_t m)
{
	for (cJSON *c = x->child; c && *n < m; c = c->next) {
		v[(*n)++] = c;
		collect(c, v, n, m);
	}
}

static cJSON *random_value(void)
{
	static const char *const strs[] = {"",
	                                   "<script>alert(1)</script>",
	                                   "\xE2\x80\xAE\x1b[31m",
	                                   "k1",
	                                   "c1",
	                                   "duplicate",
	                                   "event",
	                                   "denial",
	                                   "storycheck/report/v1",
	                                   "é\"\\\n"};
	static const double nums[] = {
	    0, -0.0, 1, 0.5, -1, 1e300, -1e-300, 9007199254740993.0, 0.99995, 123456789.123456};
	switch (rnd() % 7) {
	case 0: return cJSON_CreateString(strs[rnd() % 10]);
	case 1: return cJSON_CreateNumber(nums[rnd() % 10]);
	case 2: return cJSON_CreateNull();
	case 3: return cJSON_CreateBool(rnd() & 1);
	case 4: return cJSON_CreateArray();
	case 5: return cJSON_CreateObject();
	default: {
		cJSON *a = cJSON_CreateArray();
		cJSON_AddItemToArray(a, cJSON_CreateString(strs[rnd() % 10]));
		cJSON_AddItemToArray(a, cJSON_CreateNumber(nums[rnd() % 10]));
		return a;
	}
	}
}

static cJSON *parent_of(cJSON *r, cJSON *const *v, size_t n, const cJSON *x)
{
	for (cJSON *c = r->child; c; c = c->next)
		if (c == x) return r;
	for (size_t i = 0; i < n; i++)
		for (cJSON *c = v[i]->child; c; c = c->next)
			if (c == x) return v[i];
	return r;
}

/* Replaces, duplicates or deletes a few random nodes of a parsed report. */
static char *mutate_tree(const char *src)
{
	cJSON *r = cJSON_Parse(src);
	if (!r) return NULL;
	static cJSON *v[8192];
	int rounds = 1 + (int)(rnd() % 4);
	for (int k = 0; k < rounds; k++) {
		size_t n = 0;
		collect(r, v, &n, sizeof v / sizeof *v);
		if (!n) break;
		cJSON *x = v[rnd() % n], *parent = parent_of(r, v, n, x);
		switch (rnd() % 3) {
		case 0: cJSON_ReplaceItemViaPointer(parent, x, random_value()); break;
		case 1: /* duplicate an element inside its array */
			if (cJSON_IsArray(parent))
				cJSON_AddItemToArray(parent, cJSON_Duplicate(x, 1));
			break;
		default: cJSON_Delete(cJSON_DetachItemViaPointer(parent, x));
		}
	}
	char *s = cJSON_PrintUnformatted(r);
	cJSON_Delete(r);
	return s;
}

static char *mutate_bytes(const char *src, size_t len, size_t *out)
{
	char *s = malloc(len + 64);
	if (!s) return NULL;
	memcpy(s, src, len);
	size_t n = len;
	int k = 1 + (int)(rnd() % 8);
	while (k-- && n > 1) {
		size_t i = rnd() % n;
		switch (rnd() % 4) {
		case 0: s[i] = (char)(rnd() & 0xff); break;
		case 1: memmove(s + i, s + i + 1, n - i - 1), n--; break; /* delete */
		case 2:
			if (n < len + 60)
				memmove(s + i + 1, s + i, n - i), s[i] = "{}[]\",:\\0"[rnd() % 9],
				                                  n++;
			break;
		default: s[i] = "{}[]\",:\\0 "[rnd() % 10]; break;
		}
	}
	*out = n;
	return s;
}

int main(void)
{
	const char *e = getenv("SC_FUZZ_SEED"), *it = getenv("SC_FUZZ_ITERS");
	uint64_t seed = e ? strtoull(e, NULL, 10) : 1;
	long iters = it ? strtol(it, NULL, 10) : 2000;
	static const char *const files[] = {"fixtures/reports/sample.json",
	                                    "fixtures/reports/sample-next.json",
	                                    "fixtures/reports/empty.json"};
	char *src[3];
	size_t len[3];
	for (int i = 0; i < 3; i++) {
		src[i] = sc_test_slurp(files[i], &len[i]);
		if (!src[i]) {
			printf("SKIP: cannot read %s\n", files[i]);
			return 77;
		}
		CHECK(one_input((const uint8_t *)src[i], len[i]) == 0, "fixture %s", files[i]);
	}
	g_rng = seed * 0x9E3779B97F4A7C15ull + 1;
	long loaded = 0;
	for (long i = 0; i < iters; i++) {
		int f = (int)(rnd() % 3);
		size_t n = 0;
		char *m;
		if (rnd() % 4 == 0)
			m = mutate_bytes(src[f], len[f], &n);
		else {
			m = mutate_tree(src[f]);
			n = m ? strlen(m) : 0;
		}
		if (!m) continue;
		cJSON *probe = NULL;
		char err[128];
		if (sc_rep_parse(m, n, "x", &probe, err, sizeof err) == SC_OK) loaded++;
		cJSON_Delete(probe);
		int bad = one_input((const uint8_t *)m, n);
		CHECK(!bad, "seed %llu iteration %ld: property %d broken", (unsigned long long)seed,
		      i, bad);
		free(m);
		if (bad) break;
	}
	/* the test is not vacuous: most mutants must get past the loader into the renderers */
	CHECK(loaded > iters / 2, "only %ld of %ld mutants loaded", loaded, iters);
	printf("seed %llu: %ld mutants, %ld loaded\n", (unsigned long long)seed, iters, loaded);
	for (int i = 0; i < 3; i++)
		free(src[i]);
	return CHECK_DONE();
}
#endif
