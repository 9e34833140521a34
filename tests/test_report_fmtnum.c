/* sc_rep_fmt_num (rep_util.h), the number format of every output, against printf's: the fast
 * path (fmt_fixed4: v * 10^4 rounded, without printf) must write the bytes "%.4f" stripped
 * writes, for every double, near halves included (0.00005, 0.12345, 2.5e-5 + k * 1e-4), where
 * a rounding of the product instead of v's exact value would differ. Values: random in [0, 1)
 * (Jaccards, scores), in +-1, +-10^6 and beyond the fast path's range, ties and their
 * neighbours one ulp away, small negatives (-0). */
#include "check.h"
#include "rep_util.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* the format as it was, all printf */
static void ref(double v, char out[32])
{
	if (!isfinite(v)) {
		strcpy(out, "null");
		return;
	}
	if (v == 0) {
		strcpy(out, "0");
		return;
	}
	if (fabs(v) >= 9007199254740992.0) {
		snprintf(out, 32, "%.17g", v);
		return;
	}
	if (v == floor(v)) {
		snprintf(out, 32, "%.0f", v);
		return;
	}
	snprintf(out, 32, "%.4f", v);
	size_t n = strlen(out);
	while (n > 0 && out[n - 1] == '0')
		out[--n] = '\0';
	if (n > 0 && out[n - 1] == '.') out[--n] = '\0';
	if (!strcmp(out, "-0")) strcpy(out, "0");
}

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static double unit(void)
{
	rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
	return (double)(rng >> 11) / 9007199254740992.0;
}

static size_t bad, tried;
static void one(double v)
{
	char a[32], b[32];
	ref(v, a);
	sc_rep_fmt_num(v, b);
	tried++;
	if (strcmp(a, b) && bad++ < 10)
		fprintf(stderr, "  %.17g: printf %s, fmt_num %s\n", v, a, b);
}

int main(void)
{
	for (int i = 0; i < 100000; i++) {
		const double u = unit();
		one(u);
		one(2 * u - 1);
		one((2 * u - 1) * 1e6);
		one((2 * u - 1) * 1e9);
		one((2 * u - 1) * 1e-3);
	}
	/* halves of the last decimal and their neighbours: k * 1e-4 + 5e-5 */
	for (int k = -20000; k <= 20000; k++) {
		const double t = k * 1e-4 + 5e-5;
		one(t);
		one(nextafter(t, 1e9));
		one(nextafter(t, -1e9));
		one(k / 20000.0);
		one(k * 1e-4);
	}
	const double fixed[] = {0.00005,      0.00015,   0.12345,  0.99995,   0.999949999,
	                        -0.00004,     -0.00005,  -0.00006, 1e-300,    -1e-300,
	                        999999.99995, 1234.5678, 0.1,      0.7,       999999.5,
	                        1e6 + 0.5,    NAN,       INFINITY, -INFINITY, -0.0};
	for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
		one(fixed[i]);
	CHECK(!bad, "%zu of %zu numbers written as printf writes them", tried - bad, tried);
	return CHECK_DONE();
}
