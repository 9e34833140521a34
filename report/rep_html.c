/* rep_html.c: the report as one self-contained HTML page for an editor's desk.
 *
 * Safety, in two layers:
 *  1. Every piece of text that comes from the report (article sentences and context, titles,
 *     sources, ids, cues, parameter values) goes through sc_rep_html_escape before it reaches
 *     the page, attributes included. Links are made only from http(s) URLs.
 *  2. A Content-Security-Policy in the page allows no network at all (default-src 'none'),
 *     inline styles, and exactly one script: ours, named by its SHA-256 hash. Even if an
 *     escape were ever missed, an injected <script> or onerror= handler would not run.
 * The page needs no network: CSS and the small sorting/filtering script are inline.
 *
 * Layout: a summary; the conflicts (each one a card with the two statements side by side,
 * each sentence highlighted in a window of its article's text, with its document, outlet and
 * who asserted it; kind, score and evidence), with sorting by score or kind and filtering by
 * kind and minimum score; the clusters with their members and verified similarities; the
 * verified pairs kept apart by the anti-chaining rule (links), when there are any; the
 * documents; rejected inputs; the parameters. Conflict context comes from the report's
 * optional context_before/context_after fields (see report.h); without them the sentence is
 * shown alone. */
#include "rep_internal.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* --------------------------------------------------------------- escape */
/* HTML text and attribute values: the markup characters as entities; control characters
 * (tab and newline kept) as U+FFFD. */
static const char *html_esc(unsigned char c, char u[8])
{
	(void)u;
	switch (c) {
	case '&': return "&amp;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '"': return "&quot;";
	case '\'': return "&#39;";
	case '\t':
	case '\n': return NULL;
	case '\r': return ""; /* CRLF texts: the LF is enough */
	default: return c < 0x20 || c == 0x7f ? "\xEF\xBF\xBD" : NULL;
	}
}

static void put_esc(sc_rep_buf_t *b, const char *s, size_t len)
{
	sc_rep_buf_escape(b, s, len, html_esc);
}

static void esc(sc_rep_buf_t *b, const char *s)
{
	if (s) put_esc(b, s, strlen(s));
}

/* ' id="ID"' when there is an id: the anchor a finding or cluster is linked by. */
static void put_id_attr(sc_rep_buf_t *b, const char *id)
{
	if (!id) return;
	sc_rep_buf_puts(b, " id=\"");
	esc(b, id);
	sc_rep_buf_puts(b, "\"");
}

/* Ends an opening tag with the id anchor, then opens `inner` and shows the id there ("?" when
 * there is none): how a finding's and a cluster's headers begin. */
static void put_id_head(sc_rep_buf_t *b, const char *id, const char *inner)
{
	put_id_attr(b, id);
	sc_rep_buf_puts(b, ">");
	sc_rep_buf_puts(b, inner);
	esc(b, id ? id : "?");
}

char *sc_rep_html_escape(const char *s, size_t len)
{
	sc_rep_buf_t b = {0};
	if (s) put_esc(&b, s, len);
	return sc_rep_buf_finish(&b);
}

/* ------------------------------------------------------------- SHA-256
 * FIPS 180-4, for the CSP hash of the inline script (no crypto library is a dependency). */
static const uint32_t K256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static uint32_t ror(uint32_t x, int n)
{
	return (x >> n) | (x << (32 - n));
}

static void sha256_block(uint32_t h[8], const unsigned char *p)
{
	uint32_t w[64], a[8];
	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (int i = 16; i < 64; i++) {
		uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	memcpy(a, h, sizeof a);
	for (int i = 0; i < 64; i++) {
		uint32_t S1 = ror(a[4], 6) ^ ror(a[4], 11) ^ ror(a[4], 25);
		uint32_t ch = (a[4] & a[5]) ^ (~a[4] & a[6]);
		uint32_t t1 = a[7] + S1 + ch + K256[i] + w[i];
		uint32_t S0 = ror(a[0], 2) ^ ror(a[0], 13) ^ ror(a[0], 22);
		uint32_t mj = (a[0] & a[1]) ^ (a[0] & a[2]) ^ (a[1] & a[2]);
		uint32_t t2 = S0 + mj;
		memmove(a + 1, a, 7 * sizeof *a);
		a[4] += t1;
		a[0] = t1 + t2;
	}
	for (int i = 0; i < 8; i++)
		h[i] += a[i];
}

/* SHA-256 of s, base64-encoded into out (45 bytes with the NUL). */
static void sha256_b64(const char *s, size_t len, char out[45])
{
	uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
	unsigned char blk[64], dig[33];
	size_t i = 0;
	for (; i + 64 <= len; i += 64)
		sha256_block(h, (const unsigned char *)s + i);
	size_t r = len - i;
	memset(blk, 0, sizeof blk);
	memcpy(blk, s + i, r);
	blk[r] = 0x80;
	if (r >= 56) {
		sha256_block(h, blk);
		memset(blk, 0, sizeof blk);
	}
	uint64_t bits = (uint64_t)len * 8;
	for (int k = 0; k < 8; k++)
		blk[63 - k] = (unsigned char)(bits >> (8 * k));
	sha256_block(h, blk);
	for (int k = 0; k < 8; k++) {
		dig[4 * k] = (unsigned char)(h[k] >> 24);
		dig[4 * k + 1] = (unsigned char)(h[k] >> 16);
		dig[4 * k + 2] = (unsigned char)(h[k] >> 8);
		dig[4 * k + 3] = (unsigned char)h[k];
	}
	dig[32] = 0;
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	int o = 0;
	for (int k = 0; k < 33; k += 3) {
		uint32_t v = (uint32_t)dig[k] << 16 | (uint32_t)(k + 1 < 33 ? dig[k + 1] : 0) << 8 |
		             (k + 2 < 33 ? dig[k + 2] : 0);
		out[o++] = b64[(v >> 18) & 63];
		out[o++] = b64[(v >> 12) & 63];
		out[o++] = k + 1 < 32 ? b64[(v >> 6) & 63] : '=';
		out[o++] = k + 2 < 32 ? b64[v & 63] : '=';
	}
	out[44] = '\0';
}

/* ---------------------------------------------------------------- page */
static const char CSS[] =
    ":root{--fg:#1d232b;--mut:#5b6570;--bg:#f6f7f9;--card:#fff;--line:#dde1e6;--acc:#1f5fae;"
    "--mark:#ffe58a;--a:#2e7d32;--b:#b3261e}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu "
    "Sans',sans-serif;"
    "color:var(--fg);background:var(--bg)}\n"
    "main{max-width:1280px;margin:0 auto;padding:16px 24px 48px}\n"
    "h1{font-size:22px;margin:4px 0}h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid "
    "var(--line);padding-bottom:4px}\n"
    ".summary{color:var(--mut);margin:2px 0 6px}\n"
    ".warnings{margin:4px 0 8px;padding:6px 12px 6px 28px;background:#fff4e5;border:1px solid "
    "#f0c58a;border-radius:6px;font-size:14px}\n"
    "nav a{margin-right:14px;color:var(--acc);text-decoration:none}\n"
    ".controls{display:flex;flex-wrap:wrap;gap:8px 18px;align-items:center;background:var(--card);"
    "border:1px solid var(--line);border-radius:8px;padding:8px "
    "12px;margin-bottom:12px;font-size:14px}\n"
    ".controls label{white-space:nowrap}#shown{color:var(--mut);margin-left:auto}\n"
    ".conflict{background:var(--card);border:1px solid var(--line);border-radius:8px;margin:0 0 "
    "14px;"
    "padding:10px 14px}\n"
    ".conflict>header{display:flex;flex-wrap:wrap;gap:6px "
    "12px;align-items:center;font-size:14px;margin-bottom:8px}\n"
    ".kid{font-weight:600}.kind{border-radius:10px;padding:0 "
    "9px;background:#e8edf3;font-weight:600}\n"
    ".kind-denial{background:#fde2e1}.kind-negation{background:#fdebd3}.kind-number{background:#"
    "e0ecff}"
    ".kind-date{background:#e6e0ff}.kind-antonym{background:#dcf3e6}.kind-over_time{background:#"
    "eee}\n"
    ".score{font-variant-numeric:tabular-nums}.bar{display:inline-block;width:70px;height:7px;"
    "background:#e3e6ea;border-radius:4px;overflow:hidden;vertical-align:middle}"
    ".bar>span{display:block;height:100%;background:var(--acc)}\n"
    ".sides{display:grid;grid-template-columns:1fr 1fr;gap:12px}\n"
    "@media (max-width:820px){.sides{grid-template-columns:1fr}}\n"
    ".side{border-left:4px solid var(--a);padding:2px 0 2px "
    "10px;min-width:0}.side.b{border-color:var(--b)}\n"
    ".meta{font-size:13px;color:var(--mut);overflow-wrap:anywhere}.meta "
    ".doc{color:var(--fg);font-weight:600}\n"
    ".label{display:inline-block;width:18px;text-align:center;border-radius:3px;color:#fff;"
    "background:var(--a);font-weight:700;margin-right:4px}.side.b .label{background:var(--b)}\n"
    ".ctx{margin:6px "
    "0;white-space:pre-line;overflow-wrap:anywhere;color:#3a434d;font-size:14.5px}\n"
    ".ctx mark{background:var(--mark);color:var(--fg);padding:1px 2px;border-radius:2px}\n"
    ".who{font-size:13.5px}.who b{color:var(--fg)}.voice{color:var(--mut);font-style:italic}\n"
    ".evidence{margin-top:8px;font-size:13px;color:var(--mut);overflow-wrap:anywhere}\n"
    ".evidence code{background:#eef1f4;border-radius:3px;padding:0 4px;color:var(--fg)}\n"
    ".cluster{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px "
    "14px;margin:0 0 10px}\n"
    "table{border-collapse:collapse;font-size:13.5px;width:100%}th,td{text-align:left;padding:3px "
    "8px;"
    "border-bottom:1px solid "
    "var(--line);vertical-align:top;overflow-wrap:anywhere}th{color:var(--mut);font-weight:600;"
    "white-space:nowrap}"
    "td.nw{white-space:nowrap}\n"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    ".members{margin:4px 0 8px;padding-left:20px}\n"
    ".empty{color:var(--mut);font-style:italic}footer.page{margin-top:32px;color:var(--mut);font-"
    "size:12.5px}\n"
    "details>summary{cursor:pointer;color:var(--acc)}\n"
    "@media "
    "print{body{background:#fff}.controls,nav{display:none}.conflict,.cluster{break-inside:avoid}}"
    "\n";

/* Sorting and filtering of conflicts. It reads only data-* attributes and never writes HTML
 * (textContent only). The view is kept in the URL fragment (#sort=score-asc&min=0.70&kind=denial)
 * so an editor can send a link to a filtered view. It marks <body data-ready="1"> so tests can
 * tell it ran. */
static const char JS[] =
    "(function(){\n"
    "var list=document.getElementById('conflict-list');\n"
    "document.body.setAttribute('data-ready','1');\n"
    "if(!list)return;\n"
    "var items=Array.prototype.slice.call(list.querySelectorAll('article.conflict'));\n"
    "var sortSel=document.getElementById('sort'),minS=document.getElementById('minscore'),\n"
    "minV=document.getElementById('minscore-v'),shown=document.getElementById('shown'),\n"
    "kinds=document.querySelectorAll('input.kindf');\n"
    "function apply(){\n"
    "var min=parseFloat(minS.value),on={},mode=sortSel.value,n=0;\n"
    "minV.textContent=min.toFixed(2);\n"
    "for(var i=0;i<kinds.length;i++)if(kinds[i].checked)on[kinds[i].value]=1;\n"
    "items.sort(function(a,b){var "
    "sa=+a.dataset.score,sb=+b.dataset.score,oa=+a.dataset.order,ob=+b.dataset.order;\n"
    "if(mode==='score-asc')return sa-sb||oa-ob;\n"
    "if(mode==='kind'){if(a.dataset.kind!==b.dataset.kind)return "
    "a.dataset.kind<b.dataset.kind?-1:1;return sb-sa||oa-ob;}\n"
    "return sb-sa||oa-ob;});\n"
    "items.forEach(function(el){var v=!!on[el.dataset.kind]&&+el.dataset.score>=min-1e-9;\n"
    "el.hidden=!v;if(v)n++;list.appendChild(el);});\n"
    "shown.textContent=n+' of '+items.length+' shown';}\n"
    "function readHash(){var h=location.hash.slice(1);if(h.indexOf('=')<0)return;\n"
    "h.split('&').forEach(function(kv){var "
    "p=kv.split('='),k=p[0],v=decodeURIComponent(p[1]||''),i;\n"
    "if(k==='min'&&!isNaN(parseFloat(v)))minS.value=v;\n"
    "else "
    "if(k==='sort'){for(i=0;i<sortSel.options.length;i++)if(sortSel.options[i].value===v)sortSel."
    "value=v;}\n"
    "else if(k==='kind'){var "
    "w=v.split(',');for(i=0;i<kinds.length;i++)kinds[i].checked=w.indexOf(kinds[i].value)>=0;}});}"
    "\n"
    "function changed(){apply();var "
    "on=[],i;for(i=0;i<kinds.length;i++)if(kinds[i].checked)on.push(encodeURIComponent(kinds[i]."
    "value));\n"
    "var "
    "s='sort='+sortSel.value+'&min='+parseFloat(minS.value).toFixed(2)+(on.length===kinds.length?''"
    ":'&kind='+on.join(','));\n"
    "try{history.replaceState(null,'','#'+s);}catch(e){}}\n"
    "sortSel.addEventListener('change',changed);minS.addEventListener('input',changed);\n"
    "for(var i=0;i<kinds.length;i++)kinds[i].addEventListener('change',changed);\n"
    "var c=document.getElementById('controls');if(c)c.hidden=false;\n"
    "readHash();apply();})();\n";

static int is_http(const char *u)
{
	return u && (!strncmp(u, "http://", 7) || !strncmp(u, "https://", 8));
}

/* The opening tag of a link to an outside page: the report's pages never pass on who linked
 * them, nor lend them the report's window or ranking. */
static void link_open(sc_rep_buf_t *b, const char *url)
{
	sc_rep_buf_puts(b, "<a href=\"");
	esc(b, url);
	sc_rep_buf_puts(b, "\" rel=\"noopener noreferrer nofollow\">");
}

/* How a kind reads on the page: over_time is not a contradiction but a change of position
 * between different events, and says so. */
static const char *kind_label(const char *kind)
{
	if (!kind) return "?";
	if (!strcmp(kind, "over_time")) return "change over time (different events)";
	if (!strcmp(kind, "update")) return "update (a later figure)";
	return kind;
}

static void put_num(sc_rep_buf_t *b, double v)
{
	char n[32];
	sc_rep_buf_puts(b, sc_rep_fmt_num(v, n));
}

static void put_code(sc_rep_buf_t *b, const char *s)
{
	sc_rep_buf_puts(b, "<code>");
	esc(b, s);
	sc_rep_buf_puts(b, "</code>");
}

static void put_code_list(sc_rep_buf_t *b, const cJSON *arr)
{
	sc_rep_put_strings(b, arr, " ", "<span class=\"empty\">none</span>", put_code);
}

static void put_side(sc_rep_buf_t *b, const sc_rep_docidx_t *ix, const cJSON *side, int is_b)
{
	const char *docid = sc_rep_str(side, "doc");
	const cJSON *doc = sc_rep_docidx_get(ix, docid);
	const char *title = sc_rep_str(doc, "title"), *outlet = sc_rep_str(doc, "source");
	const char *url = sc_rep_str(doc, "url"), *pub = sc_rep_str(doc, "published");
	const char *who = sc_rep_str(side, "source");
	long anchor = sc_rep_docidx_pos(ix, docid);
	sc_rep_buf_printf(
	    b, "<div class=\"side %s\">\n<div class=\"meta\"><span class=\"label\">%s</span>",
	    is_b ? "b" : "a", is_b ? "B" : "A");
	if (anchor >= 0)
		sc_rep_buf_printf(b, "<a class=\"doc\" href=\"#d%ld\">", anchor);
	else
		sc_rep_buf_puts(b, "<span class=\"doc\">");
	esc(b, docid ? docid : "?");
	sc_rep_buf_puts(b, anchor >= 0 ? "</a>" : "</span>");
	if (outlet) {
		sc_rep_buf_puts(b, " · ");
		esc(b, outlet);
	}
	if (pub) {
		sc_rep_buf_puts(b, " · ");
		esc(b, pub);
	}
	if (title) {
		sc_rep_buf_puts(b, "<br>");
		if (is_http(url)) link_open(b, url);
		esc(b, title);
		if (is_http(url)) sc_rep_buf_puts(b, "</a>");
	} else if (is_http(url)) {
		sc_rep_buf_puts(b, " · ");
		link_open(b, url);
		sc_rep_buf_puts(b, "link</a>");
	}
	sc_rep_buf_puts(b, "</div>\n<div class=\"ctx\">");
	esc(b, sc_rep_str(side, "context_before"));
	sc_rep_buf_puts(b, "<mark>");
	esc(b, sc_rep_str(side, "text"));
	sc_rep_buf_puts(b, "</mark>");
	esc(b, sc_rep_str(side, "context_after"));
	sc_rep_buf_puts(b, "</div>\n<div class=\"who\">Asserted by: ");
	if (who) {
		sc_rep_buf_puts(b, "<b>");
		esc(b, who);
		sc_rep_buf_puts(b, "</b>");
	} else {
		sc_rep_buf_puts(b, "<span class=\"voice\">the article, in its own voice</span>");
	}
	sc_rep_buf_printf(b, " <span class=\"meta\">(bytes %.0f–%.0f)</span></div>\n</div>\n",
	                  sc_rep_num(side, "start", 0), sc_rep_num(side, "end", 0));
}

static int cmp_cstr(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* One finding (a conflict, an update or a lead: one shape) as an article. */
static void put_finding(sc_rep_buf_t *b, const sc_rep_docidx_t *ix, const cJSON *x, int order)
{
	const char *id = sc_rep_str(x, "id"), *kind = sc_rep_str(x, "kind"),
	           *cl = sc_rep_str(x, "cluster");
	double score = sc_rep_num(x, "score", NAN);
	char sc[32];
	sc_rep_fmt_num(score, sc);
	double pct = isfinite(score) ? fmax(0, fmin(1, score)) * 100 : 0;
	const cJSON *ev = sc_rep_obj(x, "evidence");
	sc_rep_buf_printf(
	    b,
	    "<article class=\"conflict\" data-order=\"%d\" data-score=\"%s\" data-kind=\"",
	    order++, isfinite(score) ? sc : "0");
	esc(b, kind ? kind : "?");
	sc_rep_buf_puts(b, "\"");
	put_id_head(b, id, "\n<header><span class=\"kid\">");
	sc_rep_buf_puts(b, "</span><span class=\"kind kind-");
	esc(b, kind ? kind : "unknown");
	sc_rep_buf_puts(b, "\">");
	esc(b, kind_label(kind));
	sc_rep_buf_printf(b,
	                  "</span><span class=\"score\">score %s <span class=\"bar\"><span "
	                  "style=\"width:%.0f%%\"></span></span></span>",
	                  sc, pct);
	if (cl) {
		sc_rep_buf_puts(b, "<span>in cluster <a href=\"#");
		esc(b, cl);
		sc_rep_buf_puts(b, "\">");
		esc(b, cl);
		sc_rep_buf_puts(b, "</a></span>");
	}
	sc_rep_buf_puts(b, "</header>\n<div class=\"sides\">\n");
	put_side(b, ix, sc_rep_obj(x, "a"), 0);
	put_side(b, ix, sc_rep_obj(x, "b"), 1);
	sc_rep_buf_puts(b, "</div>\n<div class=\"evidence\">Cues: ");
	put_code_list(b, sc_rep_arr(ev, "cues"));
	sc_rep_buf_puts(b, " · Shared terms: ");
	put_code_list(b, sc_rep_arr(ev, "shared_terms"));
	const char *fp = sc_rep_str(x, "fingerprint");
	if (fp) {
		sc_rep_buf_puts(b, " · Fingerprint: <code>");
		esc(b, fp);
		sc_rep_buf_puts(b, "</code>");
	}
	sc_rep_buf_puts(b, "</div>\n</article>\n");
}

static void put_conflicts(sc_rep_buf_t *b, const cJSON *report, const sc_rep_docidx_t *ix)
{
	const cJSON *ks = sc_rep_arr(report, "conflicts"), *x;
	int n = cJSON_GetArraySize(ks);
	sc_rep_buf_printf(b, "<section id=\"conflicts\">\n<h2>Conflicts (%d)</h2>\n", n);
	if (!n) {
		sc_rep_buf_puts(
		    b,
		    "<p class=\"empty\">No conflicting statements were found.</p>\n</section>\n");
		return;
	}
	/* distinct kinds, sorted, with their counts, for the filter */
	const char **kinds = calloc((size_t)n, sizeof *kinds);
	int nk = 0;
	if (!kinds) {
		b->oom = 1;
		return;
	}
	cJSON_ArrayForEach(x, ks)
	{
		const char *k = sc_rep_str(x, "kind");
		kinds[nk++] = k ? k : "?";
	}
	qsort(kinds, (size_t)nk, sizeof *kinds, cmp_cstr);
	sc_rep_buf_puts(b, "<div class=\"controls\" id=\"controls\" hidden>\n"
	                   "<label>Sort <select id=\"sort\"><option value=\"score-desc\">score, "
	                   "highest first</option>"
	                   "<option value=\"score-asc\">score, lowest first</option>"
	                   "<option value=\"kind\">kind, then score</option></select></label>\n"
	                   "<span>Kinds:");
	for (int i = 0; i < nk;) {
		int j = i;
		while (j < nk && !strcmp(kinds[j], kinds[i]))
			j++;
		sc_rep_buf_puts(b, " <label><input type=\"checkbox\" class=\"kindf\" value=\"");
		esc(b, kinds[i]);
		sc_rep_buf_puts(b, "\" checked> ");
		esc(b, kinds[i]);
		sc_rep_buf_printf(b, " (%d)</label>", j - i);
		i = j;
	}
	free(kinds);
	sc_rep_buf_puts(
	    b, "</span>\n<label>Minimum score <input type=\"range\" id=\"minscore\" min=\"0\" "
	       "max=\"1\" "
	       "step=\"0.05\" value=\"0\"> <output id=\"minscore-v\">0.00</output></label>\n"
	       "<span id=\"shown\"></span>\n</div>\n<div id=\"conflict-list\">\n");
	int order = 0;
	cJSON_ArrayForEach(x, ks) put_finding(b, ix, x, order++);
	sc_rep_buf_puts(b, "</div>\n</section>\n");
}

/* Updates and leads (CONTRACT.md): their own sections, after the conflicts, only when the
 * report has the list (updates: when there are some; leads: when asked for). */
static void put_other(sc_rep_buf_t *b, const cJSON *report, const sc_rep_docidx_t *ix,
                      const char *key, const char *title, const char *intro, const char *empty)
{
	const cJSON *ks = sc_rep_arr(report, key), *x;
	if (!ks) return;
	int n = cJSON_GetArraySize(ks), order = 0;
	sc_rep_buf_printf(b, "<section id=\"%s\">\n<h2>%s (%d)</h2>\n<p>%s</p>\n", key, title, n,
	                  intro);
	if (!n) sc_rep_buf_printf(b, "<p class=\"empty\">%s</p>\n", empty);
	cJSON_ArrayForEach(x, ks) put_finding(b, ix, x, order++);
	sc_rep_buf_puts(b, "</section>\n");
}

static void put_clusters(sc_rep_buf_t *b, const cJSON *report, const sc_rep_docidx_t *ix)
{
	const cJSON *cs = sc_rep_arr(report, "clusters"), *c, *x;
	sc_rep_buf_printf(b, "<section id=\"clusters\">\n<h2>Clusters (%d)</h2>\n",
	                  cJSON_GetArraySize(cs));
	if (!cJSON_GetArraySize(cs))
		sc_rep_buf_puts(
		    b,
		    "<p class=\"empty\">No two documents were found to tell the same story.</p>\n");
	cJSON_ArrayForEach(c, cs)
	{
		const char *id = sc_rep_str(c, "id"), *kind = sc_rep_str(c, "kind");
		const cJSON *m = sc_rep_arr(c, "members");
		int nconf = 0;
		cJSON_ArrayForEach(x, sc_rep_arr(report, "conflicts"))
		{
			const char *k = sc_rep_str(x, "cluster");
			nconf += id && k && !strcmp(k, id);
		}
		sc_rep_buf_puts(b, "<div class=\"cluster\"");
		put_id_head(b, id, "<b>");
		sc_rep_buf_puts(b, "</b> <span class=\"kind\">");
		esc(b, kind ? kind : "?");
		sc_rep_buf_printf(b, "</span> %d members", cJSON_GetArraySize(m));
		if (nconf) sc_rep_buf_printf(b, " · %d conflict%s", nconf, nconf == 1 ? "" : "s");
		sc_rep_buf_puts(b, "\n<ul class=\"members\">\n");
		cJSON_ArrayForEach(x, m)
		{
			if (!cJSON_IsString(x)) continue;
			const cJSON *d = sc_rep_docidx_get(ix, x->valuestring);
			long a = sc_rep_docidx_pos(ix, x->valuestring);
			sc_rep_buf_puts(b, "<li>");
			if (a >= 0) sc_rep_buf_printf(b, "<a href=\"#d%ld\">", a);
			esc(b, x->valuestring);
			if (a >= 0) sc_rep_buf_puts(b, "</a>");
			if (sc_rep_str(d, "source")) {
				sc_rep_buf_puts(b, " · ");
				esc(b, sc_rep_str(d, "source"));
			}
			if (sc_rep_str(d, "title")) {
				sc_rep_buf_puts(b, " · ");
				esc(b, sc_rep_str(d, "title"));
			}
			sc_rep_buf_puts(b, "</li>\n");
		}
		sc_rep_buf_puts(
		    b, "</ul>\n<table><tr><th>A</th><th>B</th><th class=\"n\">Jaccard (exact)</th>"
		       "<th class=\"n\">MinHash estimate</th><th class=\"n\">95% "
		       "interval</th></tr>\n");
		cJSON_ArrayForEach(x, sc_rep_arr(c, "pairs"))
		{
			sc_rep_buf_puts(b, "<tr><td>");
			esc(b, sc_rep_str(x, "a"));
			sc_rep_buf_puts(b, "</td><td>");
			esc(b, sc_rep_str(x, "b"));
			sc_rep_buf_puts(b, "</td><td class=\"n\">");
			put_num(b, sc_rep_num(x, "jaccard", NAN));
			sc_rep_buf_puts(b, "</td><td class=\"n\">");
			put_num(b, sc_rep_num(x, "jaccard_estimate", NAN));
			sc_rep_buf_puts(b, "</td><td class=\"n\">");
			const cJSON *ci = sc_rep_arr(x, "ci");
			if (cJSON_GetArraySize(ci) == 2 && cJSON_IsNumber(ci->child) &&
			    cJSON_IsNumber(ci->child->next)) {
				put_num(b, ci->child->valuedouble);
				sc_rep_buf_puts(b, "–");
				put_num(b, ci->child->next->valuedouble);
			} else
				sc_rep_buf_puts(b, "–");
			sc_rep_buf_puts(b, "</td></tr>\n");
		}
		sc_rep_buf_puts(b, "</table>\n</div>\n");
	}
	sc_rep_buf_puts(b, "</section>\n");
}

/* The verified pairs the anti-chaining rule kept apart (links): in no cluster, so shown in
 * their own section, the first HTML_LINKS of them (the JSON report has them all, up to
 * detect's per-tier limit). Only when the report has links (or counts some). */
#define HTML_LINKS 200
static int has_links(const cJSON *report)
{
	return cJSON_GetArraySize(sc_rep_arr(report, "links")) > 0 ||
	       sc_rep_num(sc_rep_obj(report, "summary"), "links", 0) > 0;
}

static void put_links(sc_rep_buf_t *b, const cJSON *report, const sc_rep_docidx_t *ix)
{
	const cJSON *ls = sc_rep_arr(report, "links"), *x;
	const double total = sc_rep_num(sc_rep_obj(report, "summary"), "links", 0);
	const double unl = sc_rep_num(sc_rep_obj(report, "summary"), "links_unlisted", 0);
	const int n = cJSON_GetArraySize(ls);
	sc_rep_buf_puts(b, "<section id=\"links\">\n<h2>Pairs kept apart (");
	put_num(b, total > n ? total : n);
	sc_rep_buf_puts(b,
	                ")</h2>\n<p>Verified similar pairs (exact Jaccard over the tier's "
	                "threshold) that are in no common cluster: the anti-chaining rule refused "
	                "the merge their edge proposed, for <i>density</i> (too few of the two "
	                "groups' cross pairs are similar) or the time <i>window</i>.</p>\n");
	sc_rep_buf_puts(b,
	                "<table><tr><th>tier</th><th>A</th><th>B</th><th class=\"n\">Jaccard "
	                "(exact)</th><th class=\"n\">MinHash estimate</th><th>refused</th></tr>\n");
	int shown = 0;
	cJSON_ArrayForEach(x, ls)
	{
		if (shown == HTML_LINKS) break;
		sc_rep_buf_puts(b, "<tr><td>");
		esc(b, sc_rep_str(x, "tier"));
		static const char *const side[] = {"a", "b"};
		for (int k = 0; k < 2; k++) {
			const char *id = sc_rep_str(x, side[k]);
			long a = id ? sc_rep_docidx_pos(ix, id) : -1;
			sc_rep_buf_puts(b, "</td><td>");
			if (a >= 0) sc_rep_buf_printf(b, "<a href=\"#d%ld\">", a);
			esc(b, id);
			if (a >= 0) sc_rep_buf_puts(b, "</a>");
		}
		sc_rep_buf_puts(b, "</td><td class=\"n\">");
		put_num(b, sc_rep_num(x, "jaccard", NAN));
		sc_rep_buf_puts(b, "</td><td class=\"n\">");
		put_num(b, sc_rep_num(x, "jaccard_estimate", NAN));
		sc_rep_buf_puts(b, "</td><td>");
		esc(b, sc_rep_str(x, "refused"));
		sc_rep_buf_puts(b, "</td></tr>\n");
		shown++;
	}
	sc_rep_buf_puts(b, "</table>\n");
	if (n > shown)
		sc_rep_buf_printf(b,
		                  "<p>… and %d more in the JSON report (<code>links</code>).</p>\n",
		                  n - shown);
	if (unl > 0) {
		sc_rep_buf_puts(b, "<p>");
		put_num(b, unl);
		sc_rep_buf_puts(b, " more not listed (over detect's per-tier limit).</p>\n");
	}
	sc_rep_buf_puts(b, "</section>\n");
}

static void put_documents(sc_rep_buf_t *b, const cJSON *report)
{
	const cJSON *ds = sc_rep_arr(report, "documents"), *d;
	long i = 0;
	sc_rep_buf_printf(b, "<section id=\"documents\">\n<h2>Documents (%d)</h2>\n",
	                  cJSON_GetArraySize(ds));
	sc_rep_buf_puts(
	    b, "<table><tr><th>id</th><th>lang</th><th>outlet</th><th>title</th><th>published</th>"
	       "<th class=\"n\">bytes</th><th class=\"n\">tokens</th><th class=\"n\">boilerplate "
	       "bytes</th>"
	       "<th class=\"n\">repaired</th></tr>\n");
	cJSON_ArrayForEach(d, ds)
	{
		const char *url = sc_rep_str(d, "url");
		sc_rep_buf_printf(b, "<tr id=\"d%ld\"><td>", i++);
		static const char *const cells[] = {"id", "lang", "source"};
		for (int k = 0; k < 3; k++) {
			esc(b, sc_rep_str(d, cells[k]));
			sc_rep_buf_puts(b, "</td><td>");
		}
		if (is_http(url)) {
			link_open(b, url);
			esc(b, sc_rep_str(d, "title") ? sc_rep_str(d, "title") : url);
			sc_rep_buf_puts(b, "</a>");
		} else
			esc(b, sc_rep_str(d, "title"));
		sc_rep_buf_puts(b, "</td><td class=\"nw\">");
		esc(b, sc_rep_str(d, "published"));
		static const char *const nums[] = {"bytes", "tokens", "boilerplate_bytes",
		                                   "repaired_bytes"};
		for (int k = 0; k < 4; k++) {
			sc_rep_buf_puts(b, "</td><td class=\"n\">");
			put_num(b, sc_rep_num(d, nums[k], NAN));
		}
		sc_rep_buf_puts(b, "</td></tr>\n");
	}
	sc_rep_buf_puts(b, "</table>\n</section>\n");
	const cJSON *rj = sc_rep_arr(report, "rejected");
	sc_rep_buf_printf(b, "<section id=\"rejected\">\n<h2>Rejected inputs (%d)</h2>\n",
	                  cJSON_GetArraySize(rj));
	if (!cJSON_GetArraySize(rj))
		sc_rep_buf_puts(b, "<p class=\"empty\">None: every input was read.</p>\n");
	else {
		sc_rep_buf_puts(b, "<table><tr><th>path</th><th "
		                   "class=\"n\">line</th><th>id</th><th>reason</th></tr>\n");
		cJSON_ArrayForEach(d, rj)
		{
			sc_rep_buf_puts(b, "<tr><td>");
			esc(b, sc_rep_str(d, "path"));
			sc_rep_buf_puts(b, "</td><td class=\"n\">");
			if (sc_rep_num(d, "line", 0) > 0) put_num(b, sc_rep_num(d, "line", 0));
			sc_rep_buf_puts(b, "</td><td>");
			esc(b, sc_rep_str(d, "id"));
			sc_rep_buf_puts(b, "</td><td>");
			esc(b, sc_rep_str(d, "reason"));
			sc_rep_buf_puts(b, "</td></tr>\n");
		}
		sc_rep_buf_puts(b, "</table>\n");
	}
	sc_rep_buf_puts(b, "</section>\n");
}

static void put_param_value(sc_rep_buf_t *b, const cJSON *v)
{
	if (cJSON_IsString(v))
		esc(b, v->valuestring);
	else if (cJSON_IsNumber(v))
		put_num(b, v->valuedouble);
	else if (cJSON_IsBool(v))
		sc_rep_buf_puts(b, cJSON_IsTrue(v) ? "true" : "false");
	else if (cJSON_IsNull(v))
		sc_rep_buf_puts(b, "null");
	else if (cJSON_IsObject(v) || cJSON_IsArray(v)) {
		const cJSON *x;
		int first = 1;
		sc_rep_buf_puts(b, cJSON_IsObject(v) ? "{" : "[");
		cJSON_ArrayForEach(x, v)
		{
			if (!first) sc_rep_buf_puts(b, ", ");
			if (x->string) {
				esc(b, x->string);
				sc_rep_buf_puts(b, ": ");
			}
			put_param_value(b, x);
			first = 0;
		}
		sc_rep_buf_puts(b, cJSON_IsObject(v) ? "}" : "]");
	}
}

char *sc_rep_render_html(const cJSON *report)
{
	sc_rep_buf_t b = {0};
	sc_rep_docidx_t ix;
	char hash[45];
	if (sc_rep_docidx_init(&ix, report)) return NULL;
	sha256_b64(JS, sizeof JS - 1, hash);
	int nk = cJSON_GetArraySize(sc_rep_arr(report, "conflicts"));
	int nc = cJSON_GetArraySize(sc_rep_arr(report, "clusters"));
	sc_rep_buf_printf(
	    &b,
	    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	    "style-src 'unsafe-inline'; script-src 'sha256-%s'; base-uri 'none'; form-action "
	    "'none'\">\n"
	    "<meta name=\"referrer\" content=\"no-referrer\">\n"
	    "<title>storycheck report: %d conflict%s, %d "
	    "cluster%s</title>\n<style>\n%s</style>\n</head>\n"
	    "<body>\n<main>\n<header>\n<h1>storycheck report</h1>\n<p class=\"summary\">",
	    hash, nk, nk == 1 ? "" : "s", nc, nc == 1 ? "" : "s", CSS);
	char *line = sc_rep_summary_line(report);
	if (line)
		esc(&b, line + (strncmp(line, "storycheck: ", 12) ? 0 : 12));
	else
		b.oom = 1;
	free(line);
	sc_rep_buf_puts(&b, "</p>\n");
	/* what the run could not do (a tier given up, links cut by the cap ...): said where an
	 * editor looks first, not only in the JSON */
	const cJSON *ws = sc_rep_arr(sc_rep_obj(report, "summary"), "warnings"), *w;
	if (cJSON_GetArraySize(ws)) {
		sc_rep_buf_puts(&b, "<ul class=\"warnings\">");
		cJSON_ArrayForEach(w, ws)
		{
			if (!cJSON_IsString(w)) continue;
			sc_rep_buf_puts(&b, "<li>");
			esc(&b, w->valuestring);
			sc_rep_buf_puts(&b, "</li>");
		}
		sc_rep_buf_puts(&b, "</ul>\n");
	}
	sc_rep_buf_puts(
	    &b,
	    "<nav><a href=\"#conflicts\">Conflicts</a>");
	if (sc_rep_arr(report, "updates")) sc_rep_buf_puts(&b, "<a href=\"#updates\">Updates</a>");
	if (sc_rep_arr(report, "leads")) sc_rep_buf_puts(&b, "<a href=\"#leads\">Leads</a>");
	sc_rep_buf_puts(&b, "<a href=\"#clusters\">Clusters</a>");
	if (has_links(report)) sc_rep_buf_puts(&b, "<a href=\"#links\">Kept apart</a>");
	sc_rep_buf_puts(&b, "<a href=\"#documents\">Documents</a><a href=\"#rejected\">Rejected</a>"
	                    "<a href=\"#params\">Parameters</a></nav>\n</header>\n");
	put_conflicts(&b, report, &ix);
	put_other(&b, report, &ix, "updates", "Updates",
	          "A figure that a later report updates: listed as such, not as a conflict.",
	          "No updated figures were found.");
	put_other(&b, report, &ix, "leads", "Leads",
	          "Weaker candidates, listed on request (--leads): worth a look, not claims of a "
	          "conflict.",
	          "No leads were found.");
	put_clusters(&b, report, &ix);
	if (has_links(report)) put_links(&b, report, &ix);
	put_documents(&b, report);
	const cJSON *tool = sc_rep_obj(report, "tool"), *p;
	sc_rep_buf_puts(&b, "<section id=\"params\">\n<h2>Parameters</h2>\n<details><summary>every "
	                    "effective option of the run</summary>\n<table>\n");
	cJSON_ArrayForEach(p, sc_rep_obj(tool, "params"))
	{
		sc_rep_buf_puts(&b, "<tr><th>");
		esc(&b, p->string);
		sc_rep_buf_puts(&b, "</th><td>");
		put_param_value(&b, p);
		sc_rep_buf_puts(&b, "</td></tr>\n");
	}
	sc_rep_buf_puts(&b, "</table>\n</details>\n</section>\n<footer class=\"page\">Report ");
	esc(&b, sc_rep_str(report, "schema"));
	sc_rep_buf_puts(&b, ", written by storycheck ");
	esc(&b, sc_rep_str(tool, "version"));
	sc_rep_buf_printf(
	    &b,
	    ". This page is self-contained and loads nothing from the network.</footer>\n"
	    "</main>\n<script>%s</script>\n</body>\n</html>\n",
	    JS);
	sc_rep_docidx_free(&ix);
	return sc_rep_buf_finish(&b);
}
