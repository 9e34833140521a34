/* The anti-chaining rule of the clustering, on synthetic similarity matrices. */
#include "check.h"
#include "det_internal.h"

#include <stdlib.h>
#include <string.h>

#define N 16
typedef struct mat_s {
	double j[N][N];
	double t;
	int calls;
} mat_t;

static int link_mat(void *ctx, uint32_t a, uint32_t b, double *j)
{
	mat_t *m = ctx;
	m->calls++;
	*j = m->j[a][b];
	return m->j[a][b] >= m->t;
}

static void set(mat_t *m, int a, int b, double j)
{
	m->j[a][b] = m->j[b][a] = j;
}

/* Edges are the linked pairs (as if LSH found every one). */
/* A fresh matrix at threshold t holding three documents: J(0,1), J(1,2), J(0,2). */
static void triangle(mat_t *m, double t, double j01, double j12, double j02)
{
	memset(m, 0, sizeof *m);
	m->t = t;
	set(m, 0, 1, j01);
	set(m, 1, 2, j12);
	set(m, 0, 2, j02);
}

static size_t edges_of(const mat_t *m, int n, sc_pair_t *e)
{
	size_t ne = 0;
	for (int a = 0; a < n; a++)
		for (int b = a + 1; b < n; b++)
			if (m->j[a][b] >= m->t)
				e[ne++] = (sc_pair_t){
				    .a = (uint32_t)a, .b = (uint32_t)b, .jaccard = m->j[a][b]};
	return ne;
}

static int g_strict; /* 1: event tier rule, 0: duplicate tier rule */
static int run(mat_t *m, int n, const int32_t *day, int window, uint32_t *label,
               sc_det_clstats_t *st)
{
	sc_pair_t e[N * N];
	size_t ne = edges_of(m, n, e);
	sc_det_clopts_t o = {.day = day,
	                     .window_days = window,
	                     .link = link_mat,
	                     .ctx = m,
	                     .strict = g_strict,
	                     .min_mean = m->t};
	return sc_det_components((size_t)n, e, ne, &o, label, st);
}

int main(void)
{
	uint32_t label[N];
	sc_det_clstats_t st;
	mat_t m;

	/* Event tier. Two groups of three (event X: 0,1,2; event Y: 3,4,5) and one weak link
	 * 2-3 just over the threshold. Plain components would merge all six. */
	g_strict = 1;
	memset(&m, 0, sizeof m);
	m.t = 0.10;
	for (int a = 0; a < 3; a++)
		for (int b = a + 1; b < 3; b++)
			set(&m, a, b, 0.15), set(&m, a + 3, b + 3, 0.14);
	set(&m, 2, 3, 0.11);
	for (int a = 0; a < 6; a++)
		for (int b = a + 1; b < 6; b++)
			if (m.j[a][b] == 0) set(&m, a, b, 0.06); /* unrelated pairs: 5-9% */
	CHECK(run(&m, 6, NULL, 0, label, &st) == SC_OK, "run");
	CHECK(label[0] == label[1] && label[1] == label[2], "group X together");
	CHECK(label[3] == label[4] && label[4] == label[5], "group Y together");
	CHECK(label[0] != label[3], "the weak link does not merge X and Y");
	CHECK(st.refused_density >= 1, "refusal counted: %llu",
	      (unsigned long long)st.refused_density);

	/* The same with a strong bridge (2 and 3 share 40%, processed first): 2 and 3 may pair
	 * up, but no cluster holds the cores of both events. */
	set(&m, 2, 3, 0.40);
	CHECK(run(&m, 6, NULL, 0, label, &st) == SC_OK, "run");
	for (int a = 0; a < 2; a++)
		for (int b = 4; b < 6; b++)
			CHECK(label[a] != label[b], "strong bridge: %d and %d apart", a, b);
	CHECK(label[0] == label[1] && label[4] == label[5], "the cores stay whole");

	/* A round-up article 6 linked to every member of both groups: it may join one group, never
	 * both. */
	set(&m, 2, 3, 0.06);
	for (int a = 0; a < 6; a++)
		set(&m, a, 6, 0.2);
	CHECK(run(&m, 7, NULL, 0, label, &st) == SC_OK, "run");
	CHECK(label[0] != label[3], "the round-up does not merge X and Y");
	CHECK(label[6] == label[0] || label[6] == label[3], "the round-up joins one group");

	/* The plain chain A ~ B ~ C, A and C unrelated, B strongly linked to both (a round-up
	 * spliced from both): A and C never end in one event. */
	triangle(&m, 0.10, 0.35, 0.30, 0.06);
	CHECK(run(&m, 3, NULL, 0, label, &st) == SC_OK, "run");
	CHECK(label[0] != label[2], "chain A~B~C: A and C apart");
	CHECK(label[0] == label[1], "B joins its strongest neighbour");

	/* Duplicate tier from here on. */
	g_strict = 0;
	/* A gradual chain of edits: 0 ~ 1 ~ 2 with J(0,2) below the threshold. It stays one
	 * cluster (a third document joins a pair when linked to one of them). */
	triangle(&m, 0.5, 0.8, 0.7, 0.45);
	CHECK(run(&m, 3, NULL, 0, label, &st) == SC_OK, "run");
	CHECK(label[0] == label[1] && label[1] == label[2], "chain of edits kept together");

	/* Two pairs joined by one link out of four cross pairs: refused; by two: accepted. */
	memset(&m, 0, sizeof m);
	m.t = 0.5;
	set(&m, 0, 1, 0.9);
	set(&m, 2, 3, 0.9);
	set(&m, 1, 2, 0.6);
	CHECK(run(&m, 4, NULL, 0, label, &st) == SC_OK && label[0] != label[2], "1/4 refused");
	set(&m, 0, 3, 0.55);
	CHECK(run(&m, 4, NULL, 0, label, &st) == SC_OK && label[0] != label[2],
	      "2/4 linked but mean cross Jaccard 0.29 < 0.5: refused");
	set(&m, 0, 2, 0.45);
	set(&m, 1, 3, 0.45);
	CHECK(run(&m, 4, NULL, 0, label, &st) == SC_OK && label[0] == label[2],
	      "2/4 linked and mean 0.51: accepted");

	/* Time window: 0 and 1 ten days apart are not joined with a 7-day window; 2 has no date
	 * and joins freely. */
	memset(&m, 0, sizeof m);
	m.t = 0.1;
	set(&m, 0, 1, 0.3);
	set(&m, 1, 2, 0.3);
	set(&m, 0, 2, 0.3);
	int32_t day[3] = {19000, 19010, SC_DET_NODAY};
	CHECK(run(&m, 3, day, 7, label, &st) == SC_OK, "run");
	CHECK(label[0] != label[1], "10 days apart, 7-day window: apart");
	CHECK(st.refused_window >= 1, "window refusal counted");
	CHECK(label[2] == label[0] || label[2] == label[1], "undated document joins");
	CHECK(run(&m, 3, day, 10, label, &st) == SC_OK && label[0] == label[1],
	      "10-day window: together");
	CHECK(run(&m, 3, day, 0, label, &st) == SC_OK && label[0] == label[1],
	      "no window: together");

	/* Deterministic whatever the edge order: reversed input gives the same labels. */
	memset(&m, 0, sizeof m);
	m.t = 0.2;
	for (int a = 0; a < 10; a++)
		for (int b = a + 1; b < 10; b++)
			set(&m, a, b, ((a * 7 + b * 13) % 10) / 10.0);
	sc_pair_t e[N * N], r[N * N];
	size_t ne = edges_of(&m, 10, e);
	for (size_t i = 0; i < ne; i++)
		r[i] = e[ne - 1 - i];
	uint32_t l1[N], l2[N];
	sc_det_clopts_t o = {.link = link_mat, .ctx = &m, .strict = 1, .min_mean = m.t};
	sc_det_components(10, e, ne, &o, l1, &st);
	sc_det_components(10, r, ne, &o, l2, &st);
	CHECK(!memcmp(l1, l2, sizeof(uint32_t) * 10), "labels independent of edge order");
	return CHECK_DONE();
}
