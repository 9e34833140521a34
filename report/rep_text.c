/* rep_text.c: the report for a terminal: a short summary, the clusters, the verified pairs
 * kept apart (links), then each conflict with its two sentences and who asserted them.
 *
 * Article text reaches a terminal here, so it is made inert first: control characters
 * (C0, DEL, C1: an ESC could recolour or retitle the terminal) and the bidirectional
 * overrides and isolates (which can make text display in another order than it reads) are
 * replaced by U+FFFD, and newlines inside a sentence become spaces. Sentences are wrapped at
 * word boundaries to fit 80 columns (counting code points; wide scripts may overflow). */
#include "rep_internal.h"
#include "sc_prim.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define WIDTH 80
#define TEXT_LINKS 20 /* links shown per tier; the rest are counted */

/* Appends s made inert (see the file comment): sc_sh_inert_next, the one sanitiser, which
 * every diagnostic quoting input also goes through. */
static void put_safe(sc_rep_buf_t *b, const char *s)
{
	size_t skip, at;
	const char *rep;
	if (!s) return;
	while ((at = sc_sh_inert_next(s, &skip, &rep)), skip) {
		sc_rep_buf_put(b, s, at);
		sc_rep_buf_puts(b, rep);
		s += at + skip;
	}
	sc_rep_buf_put(b, s, at);
}

/* Appends text (already inert) wrapped to WIDTH, every line starting with indent spaces; the
 * first line continues the current one, which is already at column col. */
static void put_wrapped(sc_rep_buf_t *b, const char *text, size_t col, size_t indent)
{
	const char *p = text;
	int first = 1;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p) break;
		const char *w = p;
		while (*p && *p != ' ')
			p++;
		size_t wl = sc_utf8_count(w, (size_t)(p - w));
		if (!first && col + 1 + wl > WIDTH && col > indent) {
			sc_rep_buf_puts(b, "\n");
			for (size_t i = 0; i < indent; i++)
				sc_rep_buf_put(b, " ", 1);
			col = indent;
		} else if (!first) {
			sc_rep_buf_put(b, " ", 1);
			col++;
		}
		sc_rep_buf_put(b, w, (size_t)(p - w));
		col += wl;
		first = 0;
	}
}

/* put_wrapped of what t holds (made inert already), t then emptied; when t ran out of
 * memory, so does b. */
static void put_wrapped_buf(sc_rep_buf_t *b, sc_rep_buf_t *t, size_t col, size_t indent)
{
	char *s = sc_rep_buf_finish(t);
	if (s) put_wrapped(b, s, col, indent);
	else b->oom = 1;
	free(s);
}

static void put_list(sc_rep_buf_t *b, const cJSON *arr)
{
	sc_rep_put_strings(b, arr, ", ", "-", put_safe);
}

static void put_side(sc_rep_buf_t *b, const char *label, const cJSON *side,
                     const sc_rep_docidx_t *ix)
{
	const char *docid = sc_rep_str(side, "doc");
	const cJSON *doc = sc_rep_docidx_get(ix, docid);
	const char *outlet = sc_rep_str(doc, "source"), *title = sc_rep_str(doc, "title");
	const char *who = sc_rep_str(side, "source");
	sc_rep_buf_printf(b, "  %s  ", label);
	put_safe(b, docid ? docid : "?");
	if (outlet) {
		sc_rep_buf_puts(b, " (");
		put_safe(b, outlet);
		sc_rep_buf_puts(b, ")");
	}
	if (title) {
		sc_rep_buf_puts(b, ": ");
		put_safe(b, title);
	}
	sc_rep_buf_puts(b, "\n     \xE2\x80\x9C"); /* “ */
	sc_rep_buf_t t = {0};
	put_safe(&t, sc_rep_str(side, "text"));
	sc_rep_buf_puts(&t, "\xE2\x80\x9D");
	put_wrapped_buf(b, &t, 6, 6);
	sc_rep_buf_puts(b, "\n     said by: ");
	if (who)
		put_safe(b, who);
	else
		sc_rep_buf_puts(b, "the article, in its own voice");
	sc_rep_buf_printf(b, " [bytes %.0f-%.0f]\n", sc_rep_num(side, "start", 0),
	                  sc_rep_num(side, "end", 0));
}

/* One finding (a conflict, an update or a lead: one shape). */
static void put_finding(sc_rep_buf_t *b, const cJSON *x, const sc_rep_docidx_t *ix)
{
	char n1[32];
	const char *id = sc_rep_str(x, "id"), *kind = sc_rep_str(x, "kind");
	const char *c = sc_rep_str(x, "cluster");
	const cJSON *ev = sc_rep_obj(x, "evidence");
	sc_rep_buf_puts(b, "\n");
	put_safe(b, id ? id : "?");
	sc_rep_buf_puts(b, "  ");
	/* over_time is a change of position between different events, not a
	 * contradiction */
	put_safe(b, kind && !strcmp(kind, "over_time")
	                 ? "change over time (different events)"
	             : kind ? kind
	                    : "?");
	sc_rep_buf_printf(b, ", score %s, cluster ",
	                  sc_rep_fmt_num(sc_rep_num(x, "score", NAN), n1));
	put_safe(b, c ? c : "?");
	sc_rep_buf_puts(b, "\n");
	put_side(b, "A", sc_rep_obj(x, "a"), ix);
	put_side(b, "B", sc_rep_obj(x, "b"), ix);
	sc_rep_buf_puts(b, "  cues: ");
	put_list(b, sc_rep_arr(ev, "cues"));
	sc_rep_buf_puts(b, "\n  shared terms: ");
	sc_rep_buf_t t = {0};
	put_list(&t, sc_rep_arr(ev, "shared_terms"));
	put_wrapped_buf(b, &t, 16, 4);
	sc_rep_buf_puts(b, "\n");
}

/* A section of findings: title, then each finding; none (NULL: nothing) when there is none. */
static void put_findings(sc_rep_buf_t *b, const cJSON *arr, const char *title, const char *none,
                         const sc_rep_docidx_t *ix)
{
	const cJSON *x;
	if (cJSON_GetArraySize(arr)) {
		sc_rep_buf_puts(b, title);
		cJSON_ArrayForEach(x, arr) put_finding(b, x, ix);
	} else if (none) {
		sc_rep_buf_puts(b, none);
	}
}

/* The clusters section: each cluster's id, kind and members, and the range of its pairs'
 * Jaccards, wrapped under the members. */
static void put_clusters(sc_rep_buf_t *b, const cJSON *cl)
{
	const cJSON *x;
	char n1[32], n2[32];
	if (cJSON_GetArraySize(cl)) {
		sc_rep_buf_puts(b, "\nClusters\n");
		cJSON_ArrayForEach(x, cl)
		{
			const char *id = sc_rep_str(x, "id"), *kind = sc_rep_str(x, "kind");
			sc_rep_buf_puts(b, "  ");
			put_safe(b, id ? id : "?");
			sc_rep_buf_puts(b, "  ");
			put_safe(b, kind ? kind : "?");
			sc_rep_buf_puts(b, ": ");
			sc_rep_buf_t t = {0};
			put_list(&t, sc_rep_arr(x, "members"));
			double lo = 2, hi = -1;
			const cJSON *p;
			cJSON_ArrayForEach(p, sc_rep_arr(x, "pairs"))
			{
				double j = sc_rep_num(p, "jaccard", -1);
				if (j < 0) continue;
				if (j < lo) lo = j;
				if (j > hi) hi = j;
			}
			if (hi >= 0 && lo == hi)
				sc_rep_buf_printf(&t, " (Jaccard %s)", sc_rep_fmt_num(lo, n1));
			else if (hi >= 0)
				sc_rep_buf_printf(&t, " (Jaccard %s to %s)", sc_rep_fmt_num(lo, n1),
				                  sc_rep_fmt_num(hi, n2));
			put_wrapped_buf(b, &t,
			                4 + sc_utf8_count(id ? id : "?", strlen(id ? id : "?")) + 2 +
			                    sc_utf8_count(kind ? kind : "?", strlen(kind ? kind : "?")),
			                6);
			sc_rep_buf_puts(b, "\n");
		}
	}
}

/* The head: the summary line, the schema and version, then what the run could not do (a
 * tier given up, links cut by the cap ...): the JSON's summary.warnings, shown before
 * anything else so that no one reads the rest as complete. */
static void put_head(sc_rep_buf_t *b, const cJSON *report)
{
	char *line = sc_rep_summary_line(report);
	if (line) {
		/* the summary line says "storycheck: ..."; here it heads the report */
		put_safe(b, line);
		sc_rep_buf_puts(b, "\n");
	} else
		b->oom = 1;
	free(line);
	const cJSON *tool = sc_rep_obj(report, "tool"), *x;
	sc_rep_buf_puts(b, "report ");
	put_safe(b, sc_rep_str(report, "schema"));
	sc_rep_buf_puts(b, ", written by storycheck ");
	put_safe(b, sc_rep_str(tool, "version") ? sc_rep_str(tool, "version") : "?");
	sc_rep_buf_puts(b, "\n");
	const cJSON *ws = sc_rep_arr(sc_rep_obj(report, "summary"), "warnings");
	if (!cJSON_GetArraySize(ws)) return;
	sc_rep_buf_puts(b, "\nWarnings\n");
	cJSON_ArrayForEach(x, ws)
	{
		if (!cJSON_IsString(x)) continue;
		sc_rep_buf_t t = {0}; /* made inert first: a saved report may be hostile */
		put_safe(&t, x->valuestring);
		sc_rep_buf_puts(b, "  ! ");
		put_wrapped_buf(b, &t, 4, 4);
		sc_rep_buf_puts(b, "\n");
	}
}

/* Verified pairs the anti-chaining rule kept apart: in no cluster, so listed here, the first
 * TEXT_LINKS of each tier (the JSON report has them all, up to detect's per-tier limit). Per
 * tier, near-copies first: a flood of event links must not hide them. */
static void put_links(sc_rep_buf_t *b, const cJSON *report)
{
	const cJSON *lk = sc_rep_arr(report, "links"), *x;
	const double nlk = sc_rep_num(sc_rep_obj(report, "summary"), "links", 0);
	const double nunl = sc_rep_num(sc_rep_obj(report, "summary"), "links_unlisted", 0);
	char n1[32];
	if (!cJSON_GetArraySize(lk) && !(nlk > 0)) return;
	static const char *const tiers[] = {"duplicate", "event"};
	sc_rep_buf_puts(b,
	                "\nPairs kept apart (verified, but the anti-chaining rule refused "
	                "their merge)\n");
	for (int t = 0; t < 2; t++) {
		int shown = 0, more = 0;
		cJSON_ArrayForEach(x, lk)
		{
			const char *tier = sc_rep_str(x, "tier"), *a = sc_rep_str(x, "a"),
			           *bb = sc_rep_str(x, "b"), *why = sc_rep_str(x, "refused");
			if (!tier || strcmp(tier, tiers[t])) continue;
			if (shown == TEXT_LINKS) {
				more++;
				continue;
			}
			sc_rep_buf_puts(b, "  ");
			put_safe(b, tier);
			sc_rep_buf_puts(b, ": ");
			put_safe(b, a ? a : "?");
			sc_rep_buf_puts(b, " ~ ");
			put_safe(b, bb ? bb : "?");
			sc_rep_buf_printf(b, " (Jaccard %s, refused: ",
			                  sc_rep_fmt_num(sc_rep_num(x, "jaccard", NAN), n1));
			put_safe(b, why ? why : "?");
			sc_rep_buf_puts(b, ")\n");
			shown++;
		}
		if (more)
			sc_rep_buf_printf(b, "  ... and %d more %s links in the JSON report\n", more,
			                  tiers[t]);
	}
	if (nunl > 0)
		sc_rep_buf_printf(b, "  %s more not listed (over detect's per-tier limit)\n",
		                  sc_rep_fmt_num(nunl, n1));
}

/* The inputs that could not be read: path, line when there is one, and why. */
static void put_rejected(sc_rep_buf_t *b, const cJSON *rj)
{
	const cJSON *x;
	char n1[32];
	if (!cJSON_GetArraySize(rj)) return;
	sc_rep_buf_puts(b, "\nRejected inputs\n");
	cJSON_ArrayForEach(x, rj)
	{
		sc_rep_buf_puts(b, "  ");
		put_safe(b, sc_rep_str(x, "path") ? sc_rep_str(x, "path") : "?");
		double ln = sc_rep_num(x, "line", 0);
		if (ln > 0) sc_rep_buf_printf(b, " line %s", sc_rep_fmt_num(ln, n1));
		sc_rep_buf_puts(b, ": ");
		put_safe(b, sc_rep_str(x, "reason") ? sc_rep_str(x, "reason") : "?");
		sc_rep_buf_puts(b, "\n");
	}
}

char *sc_rep_render_text(const cJSON *report)
{
	sc_rep_buf_t b = {0};
	sc_rep_docidx_t ix;
	if (sc_rep_docidx_init(&ix, report)) return NULL;
	put_head(&b, report);
	put_clusters(&b, sc_rep_arr(report, "clusters"));
	put_links(&b, report);
	put_findings(&b, sc_rep_arr(report, "conflicts"), "\nConflicts (highest score first)\n",
	             "\nNo conflicts.\n", &ix);
	/* updates (present when there are some) and leads (present when asked for): their own
	 * sections, so that neither reads as a conflict */
	put_findings(&b, sc_rep_arr(report, "updates"),
	             "\nUpdates (a later figure updates an earlier one; not conflicts)\n", NULL, &ix);
	const cJSON *ls = sc_rep_arr(report, "leads");
	if (ls)
		put_findings(&b, ls, "\nLeads (weaker candidates, on request; not conflicts)\n",
		             "\nNo leads.\n", &ix);
	put_rejected(&b, sc_rep_arr(report, "rejected"));
	sc_rep_docidx_free(&ix);
	return sc_rep_buf_finish(&b);
}
