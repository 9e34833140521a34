/* test_report_html.c: the HTML view escapes all report text; both views show the run's
 * warnings. The sample fixture carries
 * <script>, onerror=, <b> and a javascript: URL in sentences, context, titles, sources and
 * cues; the page must contain only the tags and attributes the renderer itself writes. */
#include "check.h"
#include "report.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char *const TAGS[] = {
    "!DOCTYPE", "html",    "head",    "meta",   "title",  "style",   "body",    "main",
    "header",   "h1",      "p",       "nav",    "a",      "section", "h2",      "div",
    "label",    "select",  "option",  "span",   "input",  "output",  "article", "mark",
    "b",        "br",      "code",    "table",  "tr",     "th",      "td",      "ul",
    "li",       "details", "summary", "footer", "script", NULL};

static int known_tag(const char *name, size_t n)
{
	for (int i = 0; TAGS[i]; i++)
		if (strlen(TAGS[i]) == n && !strncmp(TAGS[i], name, n)) return 1;
	return 0;
}

static size_t count(const char *h, const char *needle)
{
	size_t n = 0;
	for (const char *p = h; (p = strstr(p, needle)); p++)
		n++;
	return n;
}

int main(void)
{
	const char *in = "<script>a&b</script> x=\"1\" y='2' onerror=z\x01";
	char *e = sc_rep_html_escape(in, strlen(in));
	CHECK(e && !strcmp(e, "&lt;script&gt;a&amp;b&lt;/script&gt; x=&quot;1&quot; y=&#39;2&#39; "
	                      "onerror=z\xEF\xBF\xBD"),
	      "escape: %s", e ? e : "(null)");
	free(e);
	e = sc_rep_html_escape("é\n\tok", 6);
	CHECK(e && !strcmp(e, "é\n\tok"), "UTF-8, newline and tab kept");
	free(e);

	cJSON *rep = NULL;
	char err[512];
	CHECK(sc_rep_load("fixtures/reports/sample.json", &rep, err, sizeof err) == SC_OK, "%s",
	      err);
	if (!rep) return CHECK_DONE();
	char *h = sc_rep_print(rep, SC_FMT_HTML);
	CHECK(h != NULL, "render");
	if (!h) return CHECK_DONE();
	char *h2 = sc_rep_print(rep, SC_FMT_HTML);
	CHECK(h2 && !strcmp(h, h2), "deterministic");
	free(h2);

	int nconf = cJSON_GetArraySize(cJSON_GetObjectItem(rep, "conflicts"));
	CHECK(count(h, "<article class=\"conflict\"") == (size_t)nconf, "one card per conflict");
	CHECK(count(h, "<script") == 1 && count(h, "</script") == 1, "only our own script element");
	CHECK(count(h, "&lt;script&gt;document.title=&#39;PWNED&#39;") >= 2,
	      "the input's script shows as text");
	CHECK(strstr(h, "onerror=&quot;document.title=&#39;PWNED&#39;&quot;") != NULL,
	      "onerror= shows as text");
	CHECK(strstr(h, "Kremlin Watch &lt;b&gt;blog&lt;/b&gt;") != NULL,
	      "markup in a source shows as text");
	CHECK(strstr(h, "&lt;b&gt;never&lt;/b&gt;") != NULL, "markup in a cue shows as text");
	CHECK(!strstr(h, "javascript:"), "a javascript: URL never reaches the page");
	CHECK(strstr(h, "href=\"https://www.lemonde.fr/") != NULL, "an https URL is a link");
	CHECK(strstr(h, "Content-Security-Policy") && strstr(h, "default-src 'none'"),
	      "CSP forbids the network");
	CHECK(!strstr(h, "http-equiv=\"refresh\""), "no refresh");

	/* every tag is one the renderer writes; no tag carries an event handler attribute */
	size_t ntags = 0;
	for (const char *p = h; (p = strchr(p, '<')); p++) {
		const char *q = p + 1;
		if (*q == '/') q++;
		const char *n0 = q;
		while (*q && (isalnum((unsigned char)*q) || *q == '!'))
			q++;
		const char *gt = strchr(q, '>');
		CHECK(known_tag(n0, (size_t)(q - n0)), "unexpected tag <%.*s", (int)(q - n0), n0);
		CHECK(gt != NULL, "unterminated tag");
		if (!gt) break;
		for (const char *a = q; a < gt; a++)
			if (isspace((unsigned char)a[-1]) && (a[0] == 'o' || a[0] == 'O') &&
			    (a[1] == 'n' || a[1] == 'N'))
				CHECK(0, "event handler attribute in <%.*s", (int)(gt - p), p);
		/* the content of <style> and <script> is ours; skip to its end */
		if ((size_t)(q - n0) == 5 && !strncmp(n0, "style", 5) && p[1] != '/')
			p = strstr(gt, "</style>") - 1;
		if ((size_t)(q - n0) == 6 && !strncmp(n0, "script", 6) && p[1] != '/')
			p = strstr(gt, "</script>") - 1;
		ntags++;
	}
	CHECK(ntags > 100, "scanned %zu tags", ntags);

	/* text view: control characters from articles never reach a terminal */
	cJSON *side =
	    cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(rep, "conflicts"), 0), "a");
	cJSON_ReplaceItemInObject(
	    side, "text",
	    cJSON_CreateString("red \x1b[31malert\x1b]0;title\x07 \xE2\x80\xAE"
	                       "evil"));
	char *t = sc_rep_print(rep, SC_FMT_TEXT);
	CHECK(t && !strchr(t, '\x1b') && !strchr(t, '\x07') && !strstr(t, "\xE2\x80\xAE"),
	      "text view is inert");
	CHECK(t && strstr(t, "red \xEF\xBF\xBD[31malert"), "replaced by U+FFFD");
	free(t);

	/* summary.warnings (what the run could not do) reach both views, inert */
	CHECK(!strstr(h, "class=\"warnings\""), "no warnings section without warnings");
	cJSON *sum = cJSON_GetObjectItem(rep, "summary");
	cJSON *ws = cJSON_AddArrayToObject(sum, "warnings");
	cJSON_AddItemToArray(ws, cJSON_CreateString("event tier skipped: too many candidates"));
	cJSON_AddItemToArray(ws, cJSON_CreateString("<b>x</b> \x1b[31mred"));
	char *hw = sc_rep_print(rep, SC_FMT_HTML);
	CHECK(hw && count(hw, "class=\"warnings\"") == 1 &&
	          strstr(hw, "<li>event tier skipped: too many candidates</li>") &&
	          strstr(hw, "<li>&lt;b&gt;x&lt;/b&gt; \xEF\xBF\xBD[31mred</li>"),
	      "HTML warnings listed and escaped");
	free(hw);
	t = sc_rep_print(rep, SC_FMT_TEXT);
	CHECK(t && strstr(t, "\nWarnings\n  ! event tier skipped: too many candidates\n") &&
	          strstr(t, "  ! <b>x</b> \xEF\xBF\xBD[31mred\n") && !strchr(t, '\x1b'),
	      "text warnings listed and inert");
	free(t);

	/* text view: links capped per tier, so event links never hide the near-copies */
	cJSON_DeleteItemFromObject(rep, "links");
	cJSON *lk = cJSON_AddArrayToObject(rep, "links");
	for (int i = 0; i < 27; i++) {
		cJSON *l = cJSON_CreateObject();
		char a[16], bb[16];
		snprintf(a, sizeof a, "%s%02d", i < 25 ? "ev" : "dup", i);
		snprintf(bb, sizeof bb, "%s%02dx", i < 25 ? "ev" : "dup", i);
		cJSON_AddStringToObject(l, "tier", i < 25 ? "event" : "duplicate");
		cJSON_AddStringToObject(l, "a", a);
		cJSON_AddStringToObject(l, "b", bb);
		cJSON_AddNumberToObject(l, "jaccard", 0.6);
		cJSON_AddStringToObject(l, "refused", "density");
		cJSON_AddItemToArray(lk, l);
	}
	t = sc_rep_print(rep, SC_FMT_TEXT);
	CHECK(t && strstr(t, "duplicate: dup25 ~ dup25x") && strstr(t, "duplicate: dup26 ~ dup26x") &&
	          strstr(t, "event: ev19 ~ ev19x") && !strstr(t, "event: ev20 ~") &&
	          strstr(t, "... and 5 more event links"),
	      "text links: 20 per tier, duplicates shown despite 25 event links");
	free(t);

	free(h);
	cJSON_Delete(rep);
	return CHECK_DONE();
}
