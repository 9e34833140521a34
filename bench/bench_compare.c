/* bench_compare: judged sentence pairs per second on one core (target: 20,000/s, issue 4).
 *
 *   bench_compare [--seconds 2] [PAIRS.tsv...]   (default: the two evaluation files, else
 *                                                  fixtures/compare/pairs.tsv)
 * Prints CSV: mode,pairs,cpu_seconds,pairs_per_cpu_second,wall_seconds, for two modes:
 *   pair   sc_cmp_pair: repair, analyse both sentences, features, model (pair mode);
 *   judge  sc_cmp_judge on statements analysed once (cluster mode pairs each statement with
 *          many others, so analysis is amortised and this is the per-pair cost).
 * Each mode repeats the whole set until the CPU-time budget is spent; single thread. The rate
 * is per second of this process's CPU time, so a busy machine does not distort it (the wall
 * time is printed beside it). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gsl/gsl_errno.h>

#include "bench_clock.h"
#include "compare_data.h"

/* The budget is CPU time of the whole process: the judge's cost, not the machine's load. */
static double now(void)
{
	return bench_clock_s(CLOCK_PROCESS_CPUTIME_ID);
}

int main(int argc, char **argv)
{
	double budget = 2.0;
	static const struct option lo[] = {{"seconds", required_argument, 0, 1}, {0, 0, 0, 0}};
	int ch;
	while ((ch = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		if (ch == 1)
			budget = atof(optarg);
		else
			return 2;
	}
	const char *defaults[] = {"fixtures/eval/daccord-dev.tsv",
	                          "fixtures/eval/rte3fr-dev.tsv"};
	const char *fallback[] = {"fixtures/compare/pairs.tsv"};
	const char **files = (const char **)argv + optind;
	int nfiles = argc - optind;
	FILE *probe;
	if (!nfiles) {
		if ((probe = fopen(defaults[0], "rb"))) {
			fclose(probe);
			files = defaults;
			nfiles = 2;
		} else {
			files = fallback;
			nfiles = 1;
		}
	}
	gsl_set_error_handler_off();
	char err[512];
	sc_cmp_t *c = NULL;
	int rc = 1;
	pairset_t sets[8];
	size_t nsets = 0, total = 0;
	sc_stmt_t *st = NULL;
	if (cmp_open(&c, NULL, 1, err, sizeof err)) {
		fprintf(stderr, "bench_compare: %s\n", err);
		goto done;
	}
	for (int i = 0; i < nfiles && nsets < 8; i++) {
		/* the label column is irrelevant here: "premise" always exists */
		if (pairset_read(c, files[i], "premise", "", 0, &sets[nsets], err, sizeof err)) {
			fprintf(stderr, "bench_compare: %s\n", err);
			pairset_free(&sets[nsets]);
			goto done;
		}
		total += sets[nsets++].n;
	}
	printf("mode,pairs,cpu_seconds,pairs_per_cpu_second,wall_seconds\n");
	/* pair mode */
	size_t done_pairs = 0;
	double t0 = now(), t1 = t0, w0 = bench_wall_s();
	while (t1 - t0 < budget) {
		for (size_t k = 0; k < nsets; k++) {
			for (size_t i = 0; i < sets[k].n; i++) {
				sc_judgement_t j;
				const char *p = sets[k].p[i], *h = sets[k].h[i];
				if (sc_cmp_pair(c, p, strlen(p), h, strlen(h), "", &j)) {
					fprintf(stderr,
					        "bench_compare: a pair could not be judged\n");
					goto done;
				}
				done_pairs++;
			}
		}
		t1 = now();
	}
	printf("pair,%zu,%.3f,%.0f,%.3f\n", done_pairs, t1 - t0, (double)done_pairs / (t1 - t0),
	       bench_wall_s() - w0);
	/* judge mode: analyse once */
	if (!(st = calloc(2 * total, sizeof *st))) goto done;
	size_t q = 0;
	for (size_t k = 0; k < nsets; k++) {
		for (size_t i = 0; i < sets[k].n; i++, q += 2) {
			const char *p = sets[k].p[i], *h = sets[k].h[i];
			if (sc_cmp_analyse(c, p, strlen(p), "", &st[q]) ||
			    sc_cmp_analyse(c, h, strlen(h), "", &st[q + 1])) {
				fprintf(stderr,
				        "bench_compare: a sentence could not be analysed\n");
				goto done;
			}
		}
	}
	done_pairs = 0;
	t0 = t1 = now();
	w0 = bench_wall_s();
	while (t1 - t0 < budget) {
		for (size_t i = 0; i < total; i++) {
			sc_judgement_t j;
			if (sc_cmp_judge(c, &st[2 * i], &st[2 * i + 1], &j)) goto done;
			done_pairs++;
		}
		t1 = now();
	}
	printf("judge,%zu,%.3f,%.0f,%.3f\n", done_pairs, t1 - t0, (double)done_pairs / (t1 - t0),
	       bench_wall_s() - w0);
	rc = 0;
done:
	if (st)
		for (size_t i = 0; i < 2 * total; i++)
			sc_cmp_stmt_free(&st[i]);
	free(st);
	for (size_t k = 0; k < nsets; k++)
		pairset_free(&sets[k]);
	cmp_close(&c);
	return rc;
}
