/* event_gen.c: a deterministic synthetic news corpus with events, copies and updates, and its
 * exact truth. The manual is event_gen.h; the sentence templates are in event_templates.h.
 *
 * The hard part for an event detector, on purpose: events of one kind share their template
 * words ("a magnitude 6.1 earthquake struck ... killing at least 40 people"), so what tells two
 * of them apart is a few names, places, dates and figures, and some of those recur (a place
 * pool per kind: quakes return to a region, a team plays many matches, a company launches many
 * products). Articles of one event share those names but differ in wording and length, so a
 * 60-word wire copy and a 300-word feature about one event meet only on a few terms (words per
 * document on seed 42: min 55, median 151, mean 154, 90th percentile 229, max 321).
 *
 * How a corpus is made:
 *  1. Name pools are drawn once: places (generated city names with real countries), per kind a
 *     pool of recurrent places (35% of events reuse one) and of organisations (companies,
 *     teams, airlines), and outlets with their footers (repeated verbatim: boilerplate).
 *  2. opts.active events are open at a time; each step picks one at random and writes its next
 *     article, so events interleave. An event has 1 article (20%) or 2 + a geometric number,
 *     with mean opts.mean_articles, and is replaced by a new one when all are written.
 *  3. An event fixes its particulars for good: names of a village, a province, a local
 *     institution, a river or mountain, a second person, another city and an earlier year, the
 *     NPART particular sentences it has (of 8-13 per kind: the landslide, the escaped inmates,
 *     the penalty save) and the NDETAIL general details its coverage dwells on (of 6-10). So
 *     its articles share rarer words that other events of the kind lack: on 3,000 documents of
 *     seed 42, the content-word Jaccard (stopwords out) of two non-copy articles of one event
 *     averages 0.31, of two events of one kind 0.16, of two kinds 0.03 (measured when these
 *     constants were chosen: within about twice between, as on real news).
 *  4. An event's first article is an original; each later one is a copy (copy_rate, of one of
 *     the last six non-copies of the event), an update (update_rate, kinds whose figures
 *     change: a toll, charges, sales, hectares) or another original.
 *  5. An original is a headline, a lead (for an update: the update sentence first), and a
 *     length class: wire (25%: 3-5 details, 2 particulars), report (50%: every detail, 3-4
 *     particulars, 1-2 quotes, some background) or feature (25%: everything). Sentences are
 *     drawn without repeats and shuffled; paragraphs hold 1-3 sentences; 80% of the articles of an
 *     outlet that has a footer end with it.
 *  6. A copy takes the source's headline and sentences, drops each later sentence with
 *     probability 0.1, rewords each with 0.2 (one phrase replaced), cuts the tail to 70% with
 *     0.25, and gets the copier's own dateline and footer. Copies stay near-duplicates by the
 *     duplicate tier's measure: the edits are drawn again, gentler, until the copy's 5-word
 *     shingles share at least COPY_MIN_J (0.6) with the source's as written out
 *     (tests/test_bench_events.c checks the tool's J >= 0.5 on every copy).
 * Sentences are built into a list of units (headline, sentence, paragraph break) so that
 * copies can edit them; the dateline and the footer are added when the text is written out. */
#include "event_gen.h"

#include "corpus_gen.h" /* sc_gen_write_jsonl: one JSONL writer for both generators */
#include "sc_prim.h"

#include <ctype.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <math.h>
#define XXH_INLINE_ALL
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "event_templates.h"

/* A copy's 5-word shingles (as written, see ws_jaccard) share at least this with its source's:
 * above the duplicate tier's 0.5 with a margin, since the tool's tokens differ a little. */
#define COPY_MIN_J 0.6
/* Per event: NPART particulars, NDETAIL of the kind's general details (the aspects its
 * coverage dwells on; fewer when the list is shorter). */
enum { NPART = 6, NDETAIL = 5 };
enum { MAXKEEP = 6, NREC = 40, NORG = 150, NOUT = 200, NAME = 80 };
enum { U_HEAD, U_SENT, U_PAR }; /* the footer is added when the text is written out */

typedef struct unit_s {
	uint8_t type;
	uint32_t off, len;
} unit_t;

/* An article as units over one buffer. */
typedef struct art_s {
	char *buf;
	size_t len, cap;
	unit_t *u;
	size_t nu, mu;
} art_t;

typedef struct kept_s {
	art_t a;
	char *text; /* as written out, to measure a copy against */
	size_t tlen, tcap;
	uint32_t index;
	int day;
} kept_t;

typedef struct event_s {
	uint32_t id;
	int kind, lang, day, total, emitted;
	int country, age;
	char city[NAME], person[NAME], official[NAME], org[NAME], org2[NAME], thing[NAME],
	    device[NAME];
	char district[NAME], region[NAME], inst[NAME], feature[NAME],
	    second[NAME];       /* $G $H $I $J $B */
	size_t part[NPART];     /* the event's particulars: indices into the kind's list */
	size_t detail[NDETAIL]; /* the details its coverage draws from */
	size_t ndetail;
	char elsewhere[NAME]; /* $h: another city the story touches */
	int past_year;        /* $y: the year of an earlier event recalled */
	const char *surname;  /* into person */
	double fig[4], figu[4];
	kept_t keep[MAXKEEP];
	int nkeep;
} event_t;

typedef struct place_s {
	char city[NAME];
	int country;
} place_t;

struct sc_evg_s {
	sc_evg_opts_t o;
	gsl_rng *rng;
	int kinds[SC_EVG_NKINDS], nkinds;
	int day_from, day_span;
	place_t rec[SC_EVG_NKINDS][NREC];
	char org[SC_EVG_NKINDS][NORG][NAME];
	char outlet[2][NOUT][NAME];
	char footer[2][NOUT][2 * NAME];
	event_t *ev;
	uint32_t next_event, next_doc;
	art_t art;
	char *text;
	size_t tlen, tcap;
	/* the article being written */
	const event_t *cur_ev;
	const double *cur_fig;
	int cur_day, cur_lang;
	const char *cur_outlet;
	char witness[NAME], id[16], pub[32], date[16], edate[16];
	uint64_t *sh[2]; /* scratch: shingle hashes of a copy and its source */
	size_t nsh[2], msh[2];
	sc_evg_stats_t st;
};

/* ------------------------------------------------------------ word lists */
static const char *const g_syl[] = {
    "ka",  "lo",  "mi",  "ra",  "ten", "vor", "sa", "del", "ba",  "ri",  "nu",  "ma",  "gen",
    "tas", "lin", "do",  "ve",  "ro",  "sel", "an", "ki",  "mar", "to",  "zu",  "pe",  "lu",
    "dan", "hol", "re",  "si",  "mon", "ta",  "be", "ger", "nia", "os",  "val", "cor", "fen",
    "ha",  "li",  "bor", "mel", "ost", "ru",  "fa", "gi",  "nel", "por", "wen"};
static const char *const g_first[] = {
    "James",  "Maria",  "Ahmed",  "Li",     "Sofia", "David", "Elena",  "Carlos", "Yuki",  "Omar",
    "Anna",   "Pierre", "Fatima", "John",   "Aisha", "Marco", "Ines",   "Ivan",   "Chloe", "Daniel",
    "Mei",    "Lucas",  "Sara",   "Hassan", "Olga",  "Paul",  "Nadia",  "Tomas",  "Laura", "Kenji",
    "Amir",   "Julia",  "Victor", "Rosa",   "Emil",  "Leila", "Martin", "Hana",   "Diego", "Claire",
    "Samuel", "Noor",   "Felix",  "Irene",  "Adam",  "Zara",  "Louis",  "Grace"};
/* Real countries: English name, French name, French "in" form ($k). */
static const char *const g_country[][3] = {{"Indonesia", "Indonésie", "en Indonésie"},
                                           {"Japan", "Japon", "au Japon"},
                                           {"Chile", "Chili", "au Chili"},
                                           {"Peru", "Pérou", "au Pérou"},
                                           {"Mexico", "Mexique", "au Mexique"},
                                           {"Turkey", "Turquie", "en Turquie"},
                                           {"Italy", "Italie", "en Italie"},
                                           {"Greece", "Grèce", "en Grèce"},
                                           {"Iran", "Iran", "en Iran"},
                                           {"Nepal", "Népal", "au Népal"},
                                           {"the Philippines", "Philippines", "aux Philippines"},
                                           {"Ecuador", "Équateur", "en Équateur"},
                                           {"India", "Inde", "en Inde"},
                                           {"Pakistan", "Pakistan", "au Pakistan"},
                                           {"China", "Chine", "en Chine"},
                                           {"Morocco", "Maroc", "au Maroc"},
                                           {"Algeria", "Algérie", "en Algérie"},
                                           {"Portugal", "Portugal", "au Portugal"},
                                           {"Spain", "Espagne", "en Espagne"},
                                           {"France", "France", "en France"},
                                           {"Canada", "Canada", "au Canada"},
                                           {"Australia", "Australie", "en Australie"},
                                           {"Brazil", "Brésil", "au Brésil"},
                                           {"Argentina", "Argentine", "en Argentine"},
                                           {"Colombia", "Colombie", "en Colombie"},
                                           {"Kenya", "Kenya", "au Kenya"},
                                           {"Nigeria", "Nigeria", "au Nigeria"},
                                           {"Egypt", "Égypte", "en Égypte"},
                                           {"Germany", "Allemagne", "en Allemagne"},
                                           {"Poland", "Pologne", "en Pologne"},
                                           {"Sweden", "Suède", "en Suède"},
                                           {"Norway", "Norvège", "en Norvège"},
                                           {"Romania", "Roumanie", "en Roumanie"},
                                           {"Vietnam", "Vietnam", "au Vietnam"},
                                           {"Thailand", "Thaïlande", "en Thaïlande"},
                                           {"Bangladesh", "Bangladesh", "au Bangladesh"}};
#define NCOUNTRY (sizeof g_country / sizeof *g_country)
static const char *const g_month[2][12] = {
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"},
    {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"}};
static const char *const g_wday[2][7] = {
    {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
    {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}};
/* French charges carry their "de" (templates write "chefs $R", "soupçonné $R"). */
static const char *const g_charge[][2] = {{"fraud", "de fraude"},
                                          {"armed robbery", "de vol à main armée"},
                                          {"murder", "de meurtre"},
                                          {"drug trafficking", "de trafic de drogue"},
                                          {"money laundering", "de blanchiment d'argent"},
                                          {"arson", "d'incendie criminel"},
                                          {"kidnapping", "d'enlèvement"},
                                          {"bribery", "de corruption"},
                                          {"tax evasion", "de fraude fiscale"},
                                          {"assault", "d'agression"}};
static const char *const g_device[][2] = {
    {"smartphone", "smartphone"},       {"tablet", "tablette"}, {"laptop", "ordinateur portable"},
    {"smartwatch", "montre connectée"}, {"headset", "casque"},  {"speaker", "enceinte"},
    {"camera", "appareil photo"}};
static const char *const g_aircraft[] = {"Airbus A320", "Boeing 737", "ATR 72", "Embraer 190",
                                         "Bombardier Q400"};
static const char *const g_compet[][2] = {
    {"the league", "le championnat"},
    {"the cup quarter-final", "les quarts de finale de la coupe"},
    {"the cup semi-final", "la demi-finale de la coupe"},
    {"the championship", "le championnat"},
    {"the regional cup", "la coupe régionale"}};
#define N(a) (sizeof a / sizeof *a)

/* Figures printed with one decimal (the magnitude); the others are integers. */
static const int g_decimals[SC_EVG_NKINDS][4] = {{1, 0, 0, 0}};
/* The figure that updates change ($5 is its old value); -1: the kind has no updates. */
static const int g_primary[SC_EVG_NKINDS] = {1, 1, 1, -1, 0, 1};

static const char *const g_kind_name[SC_EVG_NKINDS] = {"earthquake", "arrest", "product",
                                                       "sport",      "fire",   "crash"};

const char *sc_evg_kind_name(int kind)
{
	return kind >= 0 && kind < SC_EVG_NKINDS ? g_kind_name[kind] : NULL;
}
const char *sc_evg_role_name(int role)
{
	static const char *const r[] = {"original", "copy", "update"};
	return role >= 0 && role < 3 ? r[role] : "?";
}
const char *sc_evg_date_source_name(int src)
{
	static const char *const r[] = {"published", "dateline", "none"};
	return src >= 0 && src < 3 ? r[src] : "?";
}

int sc_evg_parse_kinds(const char *s, unsigned *mask, char *err, size_t errlen)
{
	char *end;
	unsigned long v = strtoul(s, &end, 10);
	*mask = 0;
	if (end != s && !*end) {
		if (v < 1 || v > SC_EVG_NKINDS) {
			snprintf(err, errlen, "--kinds: a number must be in 1..%d", SC_EVG_NKINDS);
			return SC_EPARAM;
		}
		*mask = (1u << v) - 1;
		return SC_OK;
	}
	for (const char *p = s; *p;) {
		size_t n = strcspn(p, ",");
		int k = 0;
		while (k < SC_EVG_NKINDS &&
		       !(strlen(g_kind_name[k]) == n && !strncmp(p, g_kind_name[k], n)))
			k++;
		if (k == SC_EVG_NKINDS) {
			snprintf(err, errlen,
			         "--kinds: unknown kind '%.*s' (earthquake, arrest, product, "
			         "sport, fire, crash)",
			         (int)n, p);
			return SC_EPARAM;
		}
		*mask |= 1u << k;
		p += n;
		if (*p == ',') p++;
	}
	if (!*mask) {
		snprintf(err, errlen, "--kinds: empty list");
		return SC_EPARAM;
	}
	return SC_OK;
}

void sc_evg_opts_init(sc_evg_opts_t *o)
{
	memset(o, 0, sizeof *o);
	o->n = 10000;
	o->seed = 42;
	o->kinds = (1u << SC_EVG_NKINDS) - 1;
	o->fr_rate = 0;
	o->copy_rate = 0.2;
	o->update_rate = 0.15;
	o->published_rate = 0.5;
	o->dateline_rate = 0.6;
	o->mean_articles = 6;
	o->active = 64;
	o->year_from = 2010;
	o->year_to = 2024;
}

static int rate_ok(double r)
{
	return r >= 0 && r <= 1;
}

int sc_evg_opts_check(const sc_evg_opts_t *o, char *err, size_t errlen)
{
	const char *bad = NULL;
	if (o->n < 1 || o->n > 99999999)
		bad = "-n must be in 1..99999999";
	else if (!o->kinds || o->kinds >= (1u << SC_EVG_NKINDS))
		bad = "--kinds: no kind";
	else if (!rate_ok(o->fr_rate))
		bad = "--fr must be in [0, 1]";
	else if (!rate_ok(o->copy_rate) || !rate_ok(o->update_rate) ||
	         o->copy_rate + o->update_rate > 1)
		bad = "--copy-rate and --update-rate must be in [0, 1] with a sum <= 1";
	else if (!rate_ok(o->published_rate))
		bad = "--published-rate must be in [0, 1]";
	else if (!rate_ok(o->dateline_rate))
		bad = "--dateline-rate must be in [0, 1]";
	else if (!(o->mean_articles >= 2.5 && o->mean_articles <= 50))
		bad = "--mean-articles must be in [2.5, 50]";
	else if (o->active < 1 || o->active > 100000)
		bad = "--active must be in 1..100000";
	else if (o->year_from < 1971 || o->year_to > 2099 || o->year_from > o->year_to)
		bad = "years must satisfy 1971 <= from <= to <= 2099";
	if (!bad) return SC_OK;
	snprintf(err, errlen, "%s", bad);
	return SC_EPARAM;
}

/* --------------------------------------------------------------- dates */
/* Days since 1970-01-01 and back: sc_prim.h's calendar, in the generator's int days. */
static void civil_from_days(int z, int *y, int *m, int *d)
{
	int64_t yy;
	sc_civil_from_days(z, &yy, m, d);
	*y = (int)yy;
}
static int weekday(int day)
{
	return (day % 7 + 11) % 7;
} /* 0 Sunday; day 0 was a Thursday */

static void iso_date(int day, char *out, size_t n)
{
	int y, m, d;
	civil_from_days(day, &y, &m, &d);
	/* years are 1971..2099 (sc_evg_opts_check): the modulos only tell the compiler the widths */
	snprintf(out, n, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
}

/* --------------------------------------------------------------- buffers */
static int art_reserve(art_t *a, size_t extra)
{
	if (SC_GROW(a->buf, a->cap, a->len + extra + 1) || SC_GROW(a->u, a->mu, a->nu + 1))
		return SC_ENOMEM;
	return SC_OK;
}
static int art_put(art_t *a, const char *s, size_t n)
{
	if (art_reserve(a, n)) return SC_ENOMEM;
	memcpy(a->buf + a->len, s, n);
	a->len += n;
	a->buf[a->len] = 0;
	return SC_OK;
}
static int art_unit(art_t *a, int type, size_t off)
{
	if (art_reserve(a, 0)) return SC_ENOMEM;
	a->u[a->nu++] = (unit_t){(uint8_t)type, (uint32_t)off, (uint32_t)(a->len - off)};
	return SC_OK;
}
static int art_copy(art_t *dst, const art_t *src)
{
	dst->len = 0;
	dst->nu = 0;
	if (art_put(dst, src->buf ? src->buf : "", src->len)) return SC_ENOMEM;
	if (SC_GROW(dst->u, dst->mu, src->nu)) return SC_ENOMEM;
	if (src->nu) memcpy(dst->u, src->u, src->nu * sizeof *src->u);
	dst->nu = src->nu;
	return SC_OK;
}
static void art_free(art_t *a)
{
	free(a->buf);
	free(a->u);
	memset(a, 0, sizeof *a);
}

static int text_put(sc_evg_t *g, const char *s, size_t n)
{
	if (SC_GROW(g->text, g->tcap, g->tlen + n + 1)) return SC_ENOMEM;
	memcpy(g->text + g->tlen, s, n);
	g->tlen += n;
	g->text[g->tlen] = 0;
	return SC_OK;
}
static int text_puts(sc_evg_t *g, const char *s)
{
	return text_put(g, s, strlen(s));
}

/* --------------------------------------------------------------- names */
static size_t uni(sc_evg_t *g, size_t n)
{
	return (size_t)gsl_rng_uniform_int(g->rng, n);
}
static double u01(sc_evg_t *g)
{
	return gsl_rng_uniform(g->rng);
}

/* A capitalised pseudo-word of lo..hi syllables, appended to out (size NAME). */
static void name_word(sc_evg_t *g, char *out, int lo, int hi)
{
	size_t l = strlen(out);
	int n = lo + (int)uni(g, (size_t)(hi - lo + 1));
	const size_t start = l;
	for (int i = 0; i < n; i++) {
		const char *s = g_syl[uni(g, N(g_syl))];
		size_t sl = strlen(s);
		if (l + sl + 2 >= NAME) break; /* room for the space person() inserts */
		memcpy(out + l, s, sl + 1);
		l += sl;
	}
	out[start] = (char)toupper((unsigned char)out[start]);
}
static void set_name(sc_evg_t *g, char *out, const char *pre, int lo, int hi, const char *post)
{
	snprintf(out, NAME, "%s", pre);
	name_word(g, out, lo, hi);
	size_t l = strlen(out);
	snprintf(out + l, NAME - l, "%s", post);
}
static void person(sc_evg_t *g, char *out)
{
	set_name(g, out, g_first[uni(g, N(g_first))], 2, 3, "");
	/* set_name wrote the first name and the surname with no space: insert it */
	size_t fl = 0;
	while (out[fl + 1] && !isupper((unsigned char)out[fl + 1]))
		fl++;
	memmove(out + fl + 2, out + fl + 1, strlen(out + fl + 1) + 1);
	out[fl + 1] = ' ';
}
static void city(sc_evg_t *g, char *out)
{
	static const char *const pre[] = {"Port ", "San ", "New ", "Lake "};
	set_name(g, out, u01(g) < 0.15 ? pre[uni(g, N(pre))] : "", 2, 3, "");
}

static void make_pools(sc_evg_t *g)
{
	static const char *const company[] = {" Technologies", " Electronics", " Systems",
	                                      " Labs",         " Mobile",      ""};
	static const char *const airline[] = {" Air", " Airways", " Airlines"};
	static const char *const team_post[] = {" FC", " United", " Rovers", " City"};
	static const char *const team_pre[] = {"Athletic ", "Real "};
	static const char *const out_en[][2] = {
	    {"The ", " Times"}, {"", " Herald"},       {"The Daily ", ""}, {"", " News"},
	    {"", " Post"},      {"", " Press Agency"}, {"", " Tribune"},   {"", " Gazette"}};
	static const char *const out_fr[][2] = {{"Le ", ""},    {"La Gazette de ", ""},
	                                        {"", " Info"},  {"Le Journal de ", ""},
	                                        {"", " Matin"}, {"L'Écho de ", ""}};
	static const char *const foot_en[] = {
	    "© %s. All rights reserved.",
	    "Sign up for the %s newsletter to get the day's top stories.",
	    "Follow %s on social media for the latest news."};
	static const char *const foot_fr[] = {"© %s. Tous droits réservés.",
	                                      "Abonnez-vous à la newsletter de %s.",
	                                      "Retrouvez %s sur les réseaux sociaux."};
	for (int k = 0; k < SC_EVG_NKINDS; k++) {
		for (int i = 0; i < NREC; i++) {
			city(g, g->rec[k][i].city);
			g->rec[k][i].country = (int)uni(g, NCOUNTRY);
		}
		for (int i = 0; i < NORG; i++) {
			char *o = g->org[k][i];
			if (k == SC_EVG_SPORT) {
				if (u01(g) < 0.3)
					set_name(g, o, team_pre[uni(g, N(team_pre))], 2, 3, "");
				else
					set_name(g, o, "", 2, 3, team_post[uni(g, N(team_post))]);
			} else if (k == SC_EVG_CRASH) {
				set_name(g, o, "", 2, 2, airline[uni(g, N(airline))]);
			} else {
				set_name(g, o, "", 2, 2, company[uni(g, N(company))]);
			}
		}
	}
	for (int l = 0; l < 2; l++) {
		for (int i = 0; i < NOUT; i++) {
			size_t f = l ? uni(g, N(out_fr)) : uni(g, N(out_en));
			const char *const *form = l ? out_fr[f] : out_en[f];
			set_name(g, g->outlet[l][i], form[0], 2, 3, form[1]);
			g->footer[l][i][0] = 0;
			if (u01(g) < 0.5) {
				size_t ff = uni(g, 3);
				snprintf(g->footer[l][i], sizeof g->footer[l][i],
				         l ? foot_fr[ff] : foot_en[ff], g->outlet[l][i]);
			}
		}
	}
}

/* ------------------------------------------------------------- events */
/* k distinct indices of 0..n-1 in random order, into idx (size >= n). */
static size_t pick_distinct(sc_evg_t *g, size_t *idx, size_t n, size_t k)
{
	for (size_t i = 0; i < n; i++)
		idx[i] = i;
	if (k > n) k = n;
	for (size_t i = 0; i < k; i++) {
		size_t j = i + uni(g, n - i), t = idx[i];
		idx[i] = idx[j];
		idx[j] = t;
	}
	return k;
}

static double pick_count(sc_evg_t *g, double lo, double hi)
{
	/* log-uniform: tolls and counts are skewed, a few large ones */
	return floor(exp(log(lo) + u01(g) * (log(hi) - log(lo))));
}

/* new_event's places and people: the city (a recurring place of the kind for 35% of events),
 * the people, the named places, the institution, and the parts and details its articles
 * draw on. The draws are in new_event's order: the corpus depends on it. */
static void event_names(sc_evg_t *g, event_t *e)
{
	if (u01(g) < 0.35) {
		const place_t *p = &g->rec[e->kind][uni(g, NREC)];
		memcpy(e->city, p->city, NAME);
		e->country = p->country;
	} else {
		city(g, e->city);
		e->country = (int)uni(g, NCOUNTRY);
	}
	person(g, e->person);
	e->surname = strchr(e->person, ' ') + 1;
	person(g, e->official);
	person(g, e->second);
	set_name(g, e->district, "", 2, 3, "");
	set_name(g, e->region, "", 2, 3, "");
	set_name(g, e->feature, "", 2, 2, "");
	/* a local institution of the kind: hospital, court, arena, stadium, shelter */
	static const char *const inst[SC_EVG_NKINDS][2][2] = {
	    {{"", " General Hospital"}, {"l'hôpital de ", ""}},
	    {{"the ", " district court"}, {"tribunal de ", ""}},
	    {{"the ", " Arena"}, {"l'Arena ", ""}},
	    {{"", " Stadium"}, {"stade ", ""}},
	    {{"the ", " sports hall"}, {"la salle des sports de ", ""}},
	    {{"", " General Hospital"}, {"l'hôpital de ", ""}}};
	const char *const *f = inst[e->kind][e->lang];
	set_name(g, e->inst, f[0], 2, 3, f[1]);
	const tset_t *pt = &g_tpl[e->kind][e->lang].part;
	size_t idx[64];
	pick_distinct(g, idx, pt->n, NPART);
	memcpy(e->part, idx, sizeof e->part);
	const tset_t *dt = &g_tpl[e->kind][e->lang].detail;
	e->ndetail = pick_distinct(g, idx, dt->n, dt->n > NDETAIL + 1 ? NDETAIL : dt->n - 1);
	memcpy(e->detail, idx, e->ndetail * sizeof *idx);
	city(g, e->elsewhere);
	int y, m, d;
	civil_from_days(e->day, &y, &m, &d);
	e->past_year = y - 1 - (int)uni(g, 20);
}

/* new_event's figures: the kind's thing, device and four figures, then the updated ones (the
 * primary figure grows by a factor 1.2..3, at least +1). */
static void event_figures(sc_evg_t *g, event_t *e)
{
	e->thing[0] = e->device[0] = 0;
	double *f = e->fig;
	const int l = e->lang;
	switch (e->kind) {
	case SC_EVG_EARTHQUAKE:
		f[0] = round((4.8 + 3.3 * u01(g)) * 10) / 10;
		f[1] = pick_count(g, 1, 400);
		f[2] = f[1] + pick_count(g, 2, 2000);
		f[3] = 5 + (double)uni(g, 66);
		break;
	case SC_EVG_ARREST:
		snprintf(e->thing, NAME, "%s", g_charge[uni(g, N(g_charge))][l]);
		f[0] = 0;
		f[1] = 1 + (double)uni(g, 12);
		f[2] = 5 * (1 + (double)uni(g, 100));
		f[3] = 0;
		break;
	case SC_EVG_PRODUCT: {
		static const char *const model[] = {" X", " Pro ", " Air ", " ", " S", " Max "};
		set_name(g, e->thing, "", 2, 2, model[uni(g, N(model))]);
		size_t tl = strlen(e->thing);
		snprintf(e->thing + tl, NAME - tl, "%d", 1 + (int)uni(g, 15));
		snprintf(e->device, NAME, "%s", g_device[uni(g, N(g_device))][l]);
		f[0] = 100 * (1 + (double)uni(g, 20)) - 1;
		f[1] = pick_count(g, 10, 900);
		f[2] = 8 + (double)uni(g, 41);
		f[3] = 5 + (double)uni(g, 56);
		break;
	}
	case SC_EVG_SPORT:
		snprintf(e->thing, NAME, "%s", g_compet[uni(g, N(g_compet))][l]);
		f[1] = (double)uni(g, 4);
		f[0] = f[1] + 1 + (double)uni(g, 3);
		f[2] = 3 + (double)uni(g, 88);
		f[3] = 2 + (double)uni(g, 89);
		break;
	case SC_EVG_FIRE: {
		static const char *const feat[] = {" Ridge fire", " Creek fire", " Valley fire",
		                                   " Canyon fire"};
		if (l)
			set_name(g, e->thing, "l'incendie de ", 2, 3, "");
		else
			set_name(g, e->thing, "the ", 2, 3, feat[uni(g, N(feat))]);
		f[0] = pick_count(g, 50, 20000);
		f[1] = pick_count(g, 1, 40);
		f[2] = pick_count(g, 5, 800);
		f[3] = pick_count(g, 50, 2000);
		break;
	}
	case SC_EVG_CRASH: {
		char code[8];
		code[0] = (char)('A' + uni(g, 26));
		code[1] = (char)('A' + uni(g, 26));
		code[2] = 0;
		snprintf(e->thing, NAME, "%s%s%d", l ? "" : "Flight ", code,
		         100 + (int)uni(g, 9900));
		snprintf(e->device, NAME, "%s", g_aircraft[uni(g, N(g_aircraft))]);
		f[0] = 20 + (double)uni(g, 281);
		f[1] = 1 + (double)uni(g, (size_t)f[0]);
		f[2] = f[0] > f[1] ? 1 + (double)uni(g, (size_t)(f[0] - f[1])) : 1;
		f[3] = 2 + (double)uni(g, 29);
		break;
	}
	}
	/* updated figures: the primary one grows by a factor 1.2..3 (at least +1) */
	memcpy(e->figu, e->fig, sizeof e->fig);
	const int p = g_primary[e->kind];
	if (p >= 0) {
		e->figu[p] = floor(e->fig[p] * (1.2 + 1.8 * u01(g))) + 1;
		if (e->kind == SC_EVG_CRASH && e->figu[p] > e->fig[0]) e->figu[p] = e->fig[0];
		if (e->kind == SC_EVG_CRASH && e->figu[p] <= e->fig[p]) e->figu[p] = e->fig[p];
	}
}

static void new_event(sc_evg_t *g, event_t *e)
{
	e->id = g->next_event++;
	e->kind = g->kinds[uni(g, (size_t)g->nkinds)];
	e->lang = u01(g) < g->o.fr_rate;
	e->day = g->day_from + (int)uni(g, (size_t)g->day_span);
	e->emitted = 0;
	e->nkeep = 0;
	event_names(g, e);
	e->age = 18 + (int)uni(g, 58);
	const char(*org)[NAME] = g->org[e->kind];
	size_t a = uni(g, NORG), b = uni(g, NORG - 1);
	memcpy(e->org, org[a], NAME);
	memcpy(e->org2, org[b >= a ? b + 1 : b], NAME);
	event_figures(g, e);
	/* articles: 1 for 20% of events, else 2 + geometric, mean opts.mean_articles overall */
	if (u01(g) < 0.2) {
		e->total = 1;
	} else {
		const double mu = (g->o.mean_articles - 0.2) / 0.8 - 2;
		e->total = 1 + (int)gsl_ran_geometric(g->rng, 1 / (1 + mu));
		if (e->total > 200) e->total = 200;
	}
}

/* ------------------------------------------------------------ rendering */
static int put_num(art_t *a, double v, int decimals, int lang)
{
	char s[32];
	int n = decimals ? snprintf(s, sizeof s, "%.1f", v) : snprintf(s, sizeof s, "%.0f", v);
	if (lang)
		for (int i = 0; i < n; i++)
			if (s[i] == '.') s[i] = ',';
	return art_put(a, s, (size_t)n);
}

static int art_puts(art_t *a, const char *s)
{
	return art_put(a, s, strlen(s));
}

/* "on Tuesday", "on March 3", "on Tuesday, March 3", "on March 3, 2019" (French: "mardi",
 * "le 3 mars", "mardi 3 mars", "le 3 mars 2019"): the year is rare, as in news. */
static int put_date_phrase(sc_evg_t *g, art_t *a, int day)
{
	int y, m, d;
	civil_from_days(day, &y, &m, &d);
	const int l = g->cur_lang;
	const char *w = g_wday[l][weekday(day)], *mo = g_month[l][m - 1];
	char s[96];
	const double r = u01(g);
	if (r < 0.45) {
		snprintf(s, sizeof s, "%s%s", l ? "" : "on ", w);
	} else if (r < 0.75) {
		if (l)
			snprintf(s, sizeof s, "le %d %s", d, mo);
		else
			snprintf(s, sizeof s, "on %s %d", mo, d);
	} else if (r < 0.95) {
		if (l)
			snprintf(s, sizeof s, "%s %d %s", w, d, mo);
		else
			snprintf(s, sizeof s, "on %s, %s %d", w, mo, d);
	} else {
		if (l)
			snprintf(s, sizeof s, "le %d %s %d", d, mo, y);
		else
			snprintf(s, sizeof s, "on %s %d, %d", mo, d, y);
	}
	return art_puts(a, s);
}

static int put_int(art_t *a, long v)
{
	char s[24];
	return art_put(a, s, (size_t)snprintf(s, sizeof s, "%ld", v));
}

/* Fills one slot; *t points after the '$'. */
static int put_slot(sc_evg_t *g, art_t *a, char c)
{
	const event_t *e = g->cur_ev;
	const int l = g->cur_lang;
	int y, m, d;
	switch (c) {
	case 'C': return art_puts(a, e->city);
	case 'K': return art_puts(a, g_country[e->country][l]);
	case 'k':
		if (l) return art_puts(a, g_country[e->country][2]);
		return art_puts(a, "in ") || art_puts(a, g_country[e->country][0]) ? SC_ENOMEM
		                                                                   : SC_OK;
	case 'D': return put_date_phrase(g, a, e->day);
	case 'W': return art_puts(a, g_wday[l][weekday(e->day)]);
	case 'w': return art_puts(a, g_wday[l][weekday(g->cur_day)]);
	case 'M': {
		civil_from_days(e->day, &y, &m, &d);
		char s[48];
		if (l)
			snprintf(s, sizeof s, "%d %s", d, g_month[l][m - 1]);
		else
			snprintf(s, sizeof s, "%s %d", g_month[l][m - 1], d);
		return art_puts(a, s);
	}
	case 'Y': civil_from_days(e->day, &y, &m, &d); return put_int(a, y);
	case 'P': return art_puts(a, e->person);
	case 'L': return art_puts(a, e->surname);
	case 'A': return put_int(a, e->age);
	case 'O': return art_puts(a, e->org);
	case 'Q': return art_puts(a, e->org2);
	case 'R': return art_puts(a, e->thing);
	case 'V': return art_puts(a, e->device);
	case 'S': return art_puts(a, e->official);
	case 'G': return art_puts(a, e->district);
	case 'H': return art_puts(a, e->region);
	case 'I': return art_puts(a, e->inst);
	case 'J': return art_puts(a, e->feature);
	case 'B': return art_puts(a, e->second);
	case 'E': return art_puts(a, g->witness);
	case 'U': return art_puts(a, g->cur_outlet);
	case '1':
	case '2':
	case '3':
	case '4': return put_num(a, g->cur_fig[c - '1'], g_decimals[e->kind][c - '1'], l);
	case '5': {
		const int p = g_primary[e->kind];
		return put_num(a, p >= 0 ? e->fig[p] : 0, p >= 0 ? g_decimals[e->kind][p] : 0, l);
	}
	case 'h': return art_puts(a, e->elsewhere);
	case 'y': return put_int(a, e->past_year);
	case 'n': return put_int(a, 2 + (long)uni(g, 299));
	case 'q': return put_int(a, 2 + (long)uni(g, 24));
	case 'd': return put_int(a, 1 + (long)uni(g, 9));
	case '$': return art_put(a, "$", 1);
	}
	return art_put(a, "$", 1); /* not a slot: written as is */
}

/* Renders template t[0..n) (alternatives and slots) onto a. */
static int render(sc_evg_t *g, art_t *a, const char *t, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t run = i;
		while (run < n && t[run] != '$' && t[run] != '{')
			run++;
		if (run > i && art_put(a, t + i, run - i)) return SC_ENOMEM;
		i = run;
		if (i >= n) break;
		if (t[i] == '$') {
			if (i + 1 < n && put_slot(g, a, t[i + 1])) return SC_ENOMEM;
			i += 2;
			continue;
		}
		/* {a|b|c}: count the alternatives, pick one, render it */
		size_t close = i + 1, nalt = 1;
		while (close < n && t[close] != '}')
			nalt += t[close++] == '|';
		size_t pick = uni(g, nalt), k = 0, s = i + 1;
		while (k < pick)
			k += t[s++] == '|';
		size_t e = s;
		while (e < close && t[e] != '|')
			e++;
		if (render(g, a, t + s, e - s)) return SC_ENOMEM;
		i = close + 1;
	}
	return SC_OK;
}

/* One sentence unit from a template; the first letter is capitalised (ASCII), since a slot
 * such as "the ... fire" may open a sentence. */
static int add_sentence(sc_evg_t *g, art_t *a, int type, const char *tpl)
{
	size_t off = a->len;
	if (render(g, a, tpl, strlen(tpl))) return SC_ENOMEM;
	if (a->len > off && islower((unsigned char)a->buf[off]))
		a->buf[off] = (char)toupper((unsigned char)a->buf[off]);
	return art_unit(a, type, off);
}

/* An original or an update: headline, lead, body sentences in paragraphs of 1-3. */
static int make_original(sc_evg_t *g, const event_t *e, int update)
{
	art_t *a = &g->art;
	const klang_t *T = &g_tpl[e->kind][e->lang];
	const tset_t *fill = &g_filler[e->lang];
	size_t nd, nq, nb, nf, np;
	const double r = u01(g);
	if (r < 0.25) { /* wire */
		nd = 3 + uni(g, 3);
		np = 2;
		nq = 0;
		nb = 0;
		nf = 0;
	} else if (r < 0.75) { /* report */
		nd = 6 + uni(g, 4);
		np = 3 + uni(g, 2);
		nq = 1 + uni(g, 2);
		nb = uni(g, 3);
		nf = uni(g, 3);
	} else { /* feature */
		nd = NDETAIL;
		np = NPART;
		nq = T->quote.n;
		nb = T->back.n;
		nf = 2 + uni(g, 3);
	}
	a->len = 0;
	a->nu = 0;
	const char *body[64];
	size_t nbody = 0, idx[64];
	if (add_sentence(g, a, U_HEAD, T->head.v[uni(g, T->head.n)])) return SC_ENOMEM;
	if (update) {
		if (add_sentence(g, a, U_SENT, T->update.v[uni(g, T->update.n)])) return SC_ENOMEM;
		if (u01(g) < 0.5 && add_sentence(g, a, U_SENT, T->lead.v[uni(g, T->lead.n)]))
			return SC_ENOMEM;
	} else if (add_sentence(g, a, U_SENT, T->lead.v[uni(g, T->lead.n)])) {
		return SC_ENOMEM;
	}
	nd = pick_distinct(g, idx, e->ndetail, nd);
	for (size_t i = 0; i < nd; i++)
		body[nbody++] = T->detail.v[e->detail[idx[i]]];
	np = pick_distinct(g, idx, NPART, np);
	for (size_t i = 0; i < np; i++)
		body[nbody++] = T->part.v[e->part[idx[i]]];
	nq = pick_distinct(g, idx, T->quote.n, nq);
	for (size_t i = 0; i < nq; i++)
		body[nbody++] = T->quote.v[idx[i]];
	/* details and quotes interleave; background and closing lines follow */
	for (size_t i = nbody; i > 1; i--) {
		size_t j = uni(g, i);
		const char *t = body[i - 1];
		body[i - 1] = body[j];
		body[j] = t;
	}
	nb = pick_distinct(g, idx, T->back.n, nb);
	for (size_t i = 0; i < nb; i++)
		body[nbody++] = T->back.v[idx[i]];
	nf = pick_distinct(g, idx, fill->n, nf);
	for (size_t i = 0; i < nf; i++)
		body[nbody++] = fill->v[idx[i]];
	size_t inpar = 99, parlen = 0;
	for (size_t i = 0; i < nbody; i++) {
		if (inpar >= parlen) { /* the lead stands alone; then paragraphs of 1-3 */
			if (art_unit(a, U_PAR, a->len)) return SC_ENOMEM;
			inpar = 0;
			parlen = 1 + uni(g, 3);
		}
		if (add_sentence(g, a, U_SENT, body[i])) return SC_ENOMEM;
		inpar++;
	}
	return SC_OK;
}

/* First reword pattern found in s[0..n) replaced; returns 1 when one was. */
static int reword(art_t *a, const char *s, size_t n, int lang)
{
	for (size_t p = 0; p < N(g_reword[0]); p++) {
		const char *from = g_reword[lang][p][0], *to = g_reword[lang][p][1];
		const size_t fl = strlen(from);
		for (size_t i = 0; i + fl <= n; i++) {
			if (memcmp(s + i, from, fl)) continue;
			if (art_put(a, s, i) || art_puts(a, to) ||
			    art_put(a, s + i + fl, n - i - fl))
				return -1;
			return 1;
		}
	}
	return 0;
}

/* A copy of src: drops, rewordings and a cut tail, as described at the top. */
static int make_copy(sc_evg_t *g, const art_t *src, int lang, double strength)
{
	art_t *a = &g->art;
	a->len = 0;
	a->nu = 0;
	size_t nsent = 0, keep;
	for (size_t i = 0; i < src->nu; i++)
		nsent += src->u[i].type == U_SENT;
	keep = nsent;
	if (u01(g) < 0.25 * strength) keep = (size_t)ceil(0.7 * (double)nsent);
	size_t seen = 0;
	for (size_t i = 0; i < src->nu; i++) {
		const unit_t *u = &src->u[i];
		const char *s = src->buf + u->off;
		if (u->type == U_PAR) {
			if (seen >= keep) break;
			if (art_unit(a, U_PAR, a->len)) return SC_ENOMEM;
			continue;
		}
		if (u->type == U_SENT) {
			if (seen++ >= keep) break;
			if (seen > 1 && u01(g) < 0.1 * strength) continue;
		}
		size_t off = a->len;
		int rw = (u->type == U_HEAD ? 0.3 : 0.2) * strength > u01(g)
		             ? reword(a, s, u->len, lang)
		             : 0;
		if (rw < 0) return SC_ENOMEM;
		if (!rw && art_put(a, s, u->len)) return SC_ENOMEM;
		if (art_unit(a, u->type, off)) return SC_ENOMEM;
	}
	return SC_OK;
}

/* The set of 5-word shingles of t (words: runs of non-blank bytes, as written: no case
 * folding nor punctuation stripping, so it differs at least as much as the tool's measure),
 * sorted and unique, into scratch w. */
static int ws_shingles(sc_evg_t *g, int w, const char *t, size_t n)
{
	uint64_t win[5];
	size_t nw = 0, i = 0;
	g->nsh[w] = 0;
	while (i < n) {
		while (i < n && (t[i] == ' ' || t[i] == '\n'))
			i++;
		size_t s = i;
		while (i < n && t[i] != ' ' && t[i] != '\n')
			i++;
		if (i == s) break;
		memmove(win, win + 1, 4 * sizeof *win);
		win[4] = XXH3_64bits(t + s, i - s);
		if (++nw < 5) continue;
		if (SC_GROW(g->sh[w], g->msh[w], g->nsh[w] + 1)) return SC_ENOMEM;
		g->sh[w][g->nsh[w]++] = XXH3_64bits(win, sizeof win);
	}
	qsort(g->sh[w], g->nsh[w], sizeof *g->sh[w], sc_cmp_u64);
	size_t m = 0;
	for (size_t k = 0; k < g->nsh[w]; k++)
		if (!m || g->sh[w][k] != g->sh[w][m - 1]) g->sh[w][m++] = g->sh[w][k];
	g->nsh[w] = m;
	return SC_OK;
}

/* Jaccard of the 5-word shingles of two texts (0 when both have none); -1 on ENOMEM. */
static double ws_jaccard(sc_evg_t *g, const char *a, size_t na, const char *b, size_t nb)
{
	if (ws_shingles(g, 0, a, na) || ws_shingles(g, 1, b, nb)) return -1;
	size_t i = 0, j = 0, in = 0;
	while (i < g->nsh[0] && j < g->nsh[1]) {
		if (g->sh[0][i] < g->sh[1][j])
			i++;
		else if (g->sh[0][i] > g->sh[1][j])
			j++;
		else
			in++, i++, j++;
	}
	const size_t un = g->nsh[0] + g->nsh[1] - in;
	return un ? (double)in / (double)un : 0;
}

/* Writes the article's units as text: headline, blank line, paragraphs (the first sentence
 * after the dateline when there is one), footer. */
static int write_text(sc_evg_t *g, const event_t *e, int dateline, int dated, const char *footer)
{
	const art_t *a = &g->art;
	int first = 1, inpar = 0;
	g->tlen = 0;
	for (size_t i = 0; i < a->nu; i++) {
		const unit_t *u = &a->u[i];
		const char *s = a->buf + u->off;
		if (u->type == U_HEAD) {
			if (text_put(g, s, u->len)) return SC_ENOMEM;
			continue;
		}
		if (u->type == U_PAR) {
			inpar = 0;
			continue;
		}
		if (!inpar && text_puts(g, "\n\n"))
			return SC_ENOMEM;
		else if (inpar && text_puts(g, " "))
			return SC_ENOMEM;
		if (first && dateline) {
			char dl[3 * NAME + 64];
			size_t l = 0;
			for (const char *c = e->city; *c && l < NAME; c++)
				dl[l++] = (char)toupper((unsigned char)*c);
			dl[l] = 0;
			if (dated) {
				int y, m, d;
				civil_from_days(g->cur_day, &y, &m, &d);
				if (e->lang)
					snprintf(dl + l, sizeof dl - l, ", %d %s %d", d,
					         g_month[1][m - 1], y);
				else
					snprintf(dl + l, sizeof dl - l, ", %s %d, %d",
					         g_month[0][m - 1], d, y);
			}
			l = strlen(dl);
			snprintf(dl + l, sizeof dl - l, " (%s) - ", g->cur_outlet);
			if (text_puts(g, dl)) return SC_ENOMEM;
		}
		first = 0;
		inpar = 1;
		if (text_put(g, s, u->len)) return SC_ENOMEM;
	}
	if (footer && (text_puts(g, "\n\n") || text_puts(g, footer))) return SC_ENOMEM;
	return SC_OK;
}

/* -------------------------------------------------------------- public */
int sc_evg_create(sc_evg_t **out, const sc_evg_opts_t *o, char *err, size_t errlen)
{
	*out = NULL;
	if (errlen) err[0] = 0;
	sc_evg_t *g = calloc(1, sizeof *g);
	if (!g || !(g->rng = gsl_rng_alloc(gsl_rng_mt19937)) ||
	    !(g->ev = calloc(o->active, sizeof *g->ev))) {
		sc_evg_free(g);
		snprintf(err, errlen, "event generator: %s", sc_strerror(SC_ENOMEM));
		return SC_ENOMEM;
	}
	g->o = *o;
	gsl_rng_set(g->rng, (unsigned long)o->seed);
	for (int k = 0; k < SC_EVG_NKINDS; k++)
		if (o->kinds & (1u << k)) g->kinds[g->nkinds++] = k;
	g->day_from = (int)sc_days_from_civil(o->year_from, 1, 1);
	g->day_span = (int)sc_days_from_civil(o->year_to + 1, 1, 1) - g->day_from;
	make_pools(g);
	for (size_t i = 0; i < o->active; i++)
		new_event(g, &g->ev[i]);
	*out = g;
	return SC_OK;
}

void sc_evg_free(sc_evg_t *g)
{
	if (!g) return;
	if (g->ev)
		for (size_t i = 0; i < g->o.active; i++)
			for (int k = 0; k < MAXKEEP; k++) {
				art_free(&g->ev[i].keep[k].a);
				free(g->ev[i].keep[k].text);
			}
	free(g->sh[0]);
	free(g->sh[1]);
	free(g->ev);
	art_free(&g->art);
	free(g->text);
	if (g->rng) gsl_rng_free(g->rng);
	free(g);
}

const sc_evg_stats_t *sc_evg_stats(const sc_evg_t *g)
{
	return &g->st;
}

/* Keeps the document just written (its article and text) among e's sources of later copies:
 * a new slot while there is room, else a random one. Returns 0 or SC_ENOMEM. */
static int keep_for_copies(sc_evg_t *g, event_t *e)
{
	int slot = e->nkeep < MAXKEEP ? e->nkeep++ : (int)uni(g, MAXKEEP);
	kept_t *k = &e->keep[slot];
	if (art_copy(&k->a, &g->art)) return SC_ENOMEM;
	if (k->tcap < g->tlen + 1) {
		char *t = realloc(k->text, g->tlen + 1);
		if (!t) return SC_ENOMEM;
		k->text = t;
		k->tcap = g->tlen + 1;
	}
	memcpy(k->text, g->text, g->tlen + 1);
	k->tlen = g->tlen;
	k->index = g->next_doc;
	k->day = g->cur_day;
	return SC_OK;
}

/* The document just written, as sc_evg_next returns it (its strings live in g). */
static void fill_doc(sc_evg_t *g, const event_t *e, sc_evg_doc_t *d, int role, int64_t copy_of,
                     int published, int dated)
{
	memset(d, 0, sizeof *d);
	d->index = g->next_doc;
	snprintf(g->id, sizeof g->id, "d%08u", g->next_doc);
	iso_date(g->cur_day, g->date, sizeof g->date);
	iso_date(e->day, g->edate, sizeof g->edate);
	if (published) {
		if (u01(g) < 0.5) {
			snprintf(g->pub, sizeof g->pub, "%s", g->date);
		} else {
			snprintf(g->pub, sizeof g->pub, "%sT%02d:%02d:00Z", g->date,
			         (int)uni(g, 24), (int)uni(g, 60));
		}
	}
	d->id = g->id;
	d->text = g->text;
	d->len = g->tlen;
	for (size_t i = 0, in = 0; i < g->tlen; i++) {
		const int sp = g->text[i] == ' ' || g->text[i] == '\n';
		d->words += !sp && !in;
		in = !sp;
	}
	d->lang = e->lang ? "fr" : "en";
	d->published = published ? g->pub : NULL;
	d->event = e->id;
	d->kind = e->kind;
	d->role = role;
	d->copy_of = copy_of;
	d->date = g->date;
	d->event_date = g->edate;
	d->date_source = published ? SC_EVG_DATE_PUBLISHED
	                 : dated   ? SC_EVG_DATE_DATELINE
	                           : SC_EVG_DATE_NONE;
	d->outlet = g->cur_outlet;
}

/* The generator's running statistics, with document d of event e. */
static void count_doc(sc_evg_stats_t *st, const event_t *e, const sc_evg_doc_t *d)
{
	st->docs++;
	st->events += e->emitted == 0;
	st->originals += d->role == SC_EVG_ORIGINAL;
	st->copies += d->role == SC_EVG_COPY;
	st->updates += d->role == SC_EVG_UPDATE;
	st->fr_docs += e->lang;
	st->dated[d->date_source]++;
	st->words += d->words;
	st->bytes += d->len;
	st->per_kind[e->kind]++;
}

int sc_evg_next(sc_evg_t *g, sc_evg_doc_t *d, char *err, size_t errlen)
{
	if (g->next_doc >= g->o.n) return 0;
	event_t *e = &g->ev[uni(g, g->o.active)];
	const int l = e->lang;
	int role = SC_EVG_ORIGINAL, rc = SC_OK;
	const double r = u01(g);
	if (e->emitted > 0 && e->nkeep > 0 && r < g->o.copy_rate)
		role = SC_EVG_COPY;
	else if (e->emitted > 0 && g_primary[e->kind] >= 0 && r < g->o.copy_rate + g->o.update_rate)
		role = SC_EVG_UPDATE;
	const size_t oi = uni(g, NOUT);
	g->cur_ev = e;
	g->cur_lang = l;
	g->cur_outlet = g->outlet[l][oi];
	person(g, g->witness);
	/* where the date can be read */
	int published = u01(g) < g->o.published_rate, dateline, dated;
	if (published) {
		dateline = u01(g) < 0.3;
		dated = dateline && u01(g) < 0.5;
	} else if (u01(g) < g->o.dateline_rate) {
		dateline = dated = 1;
	} else {
		dateline = u01(g) < 0.25;
		dated = 0;
	}
	const char *footer = g->footer[l][oi][0] && u01(g) < 0.8 ? g->footer[l][oi] : NULL;
	int64_t copy_of = -1;
	if (role == SC_EVG_COPY) {
		/* A copy must stay a near-duplicate: its edits are drawn again, gentler each time
		 * (the last try keeps every sentence), until its 5-word shingles share at least
		 * COPY_MIN_J with the source's, as written out (so dateline and footer count). */
		static const double strength[] = {1, 0.5, 0.25, 0};
		const kept_t *k = &e->keep[uni(g, (size_t)e->nkeep)];
		copy_of = k->index;
		g->cur_day = k->day + (u01(g) < 0.3);
		for (size_t t = 0; !rc && t < N(strength); t++) {
			rc = make_copy(g, &k->a, l, strength[t]);
			if (!rc) rc = write_text(g, e, dateline, dated, footer);
			const double j = rc ? 1 : ws_jaccard(g, g->text, g->tlen, k->text, k->tlen);
			if (j < 0) rc = SC_ENOMEM;
			if (j >= COPY_MIN_J) break;
		}
	} else {
		static const int lag[10] = {0, 0, 0, 0, 0, 0, 1, 1, 1, 2};
		g->cur_day =
		    e->day + (role == SC_EVG_UPDATE ? 1 + (int)uni(g, 6) : lag[uni(g, 10)]);
		g->cur_fig = role == SC_EVG_UPDATE ? e->figu : e->fig;
		rc = make_original(g, e, role == SC_EVG_UPDATE);
		if (!rc) rc = write_text(g, e, dateline, dated, footer);
	}
	if (!rc && role != SC_EVG_COPY) rc = keep_for_copies(g, e); /* may be copied later */
	if (rc) {
		snprintf(err, errlen, "document %u: %s", g->next_doc, sc_strerror(rc));
		return rc;
	}
	fill_doc(g, e, d, role, copy_of, published, dated);
	count_doc(&g->st, e, d);
	g->next_doc++;
	if (++e->emitted >= e->total) new_event(g, e);
	return 1;
}

int sc_evg_write_jsonl(const sc_evg_doc_t *d, FILE *f)
{
	sc_gen_doc_t gd = {d->index, d->id, d->text, d->len, d->lang, d->published, d->copy_of};
	return sc_gen_write_jsonl(&gd, f);
}

int sc_evg_write_truth_header(const sc_evg_opts_t *o, FILE *f)
{
	char kinds[128] = "";
	for (int k = 0; k < SC_EVG_NKINDS; k++) {
		if (!(o->kinds & (1u << k))) continue;
		if (kinds[0]) strcat(kinds, ",");
		strcat(kinds, g_kind_name[k]);
	}
	fprintf(f,
	        "# gen_events truth: seed=%llu n=%zu kinds=%s fr=%g copy_rate=%g update_rate=%g "
	        "published_rate=%g dateline_rate=%g mean_articles=%g active=%zu years=%d-%d\n",
	        (unsigned long long)o->seed, o->n, kinds, o->fr_rate, o->copy_rate, o->update_rate,
	        o->published_rate, o->dateline_rate, o->mean_articles, o->active, o->year_from,
	        o->year_to);
	fputs("id\tevent\tkind\tlang\trole\tcopy_of\tdate\tevent_date\tdate_source\toutlet\n", f);
	return ferror(f) ? SC_EIO : SC_OK;
}

int sc_evg_write_truth(const sc_evg_doc_t *d, FILE *f)
{
	char cp[16] = "-";
	if (d->copy_of >= 0) snprintf(cp, sizeof cp, "d%08u", (unsigned)d->copy_of);
	fprintf(f, "%s\te%07u\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", d->id, d->event,
	        g_kind_name[d->kind], d->lang, sc_evg_role_name(d->role), cp, d->date,
	        d->event_date, sc_evg_date_source_name(d->date_source), d->outlet);
	return ferror(f) ? SC_EIO : SC_OK;
}
