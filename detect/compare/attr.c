/* attr.c: attributes of named persons that two reports of one event give differently.
 *
 * News names the people of an event with appositives: "Anthony LaSalle, 36, of Minneapolis,
 * hit ...", "Raj Chohan, who lived in South Ozone Park, was ...", "Alain Morel, 61 ans,
 * originaire de Rouen", "Robert Pitman, aged 24". When two reports (or two sentences of one)
 * give one person two hometowns, or two ages that no lapse of time explains, at most one is
 * right. The claim pipeline (statement.c, conflict.c) does not see it: the two sentences share
 * a name and little else, and a place is no quantity. This pass reads the documents of an
 * event cluster on its own (doc/compare-frames.md, "Session 8: attributes"):
 *
 *  1. Mentions. In every sentence (boilerplate left out), a comma right after a name opens an
 *     appositive: an age ("NAME, 36,", "NAME, aged 36", "NAME, 36 ans,", "NAME, âgé de 36
 *     ans"), a hometown ("NAME, of PLACE", "NAME, 36, of PLACE", "NAME, 36 ans, de PLACE",
 *     "NAME, originaire de PLACE"), or a relative clause of residence ("NAME, who lived half a
 *     mile away in PLACE", "NAME, qui habitait à PLACE"). The name is the capitalised run
 *     before the comma after its last title word ("Palmer Public Safety Director *Jon Owen*"),
 *     at least a surname; PLACE is a capitalised run whose head is no organisation ("of
 *     Harvard University" is an affiliation). Nothing else is read: "the mayor of X" has no
 *     name before a comma, "12 Somali and 11 Yemeni" is no person.
 *  2. Persons. Two mentions are one person when their surnames match and their given names,
 *     when both have one, agree (an initial agrees with a name that starts with it). A surname
 *     the cluster gives with two given names ("Paul Kemp" / "Mary Kemp") or as a family ("Mr
 *     and Mrs Kemp", "the Kemp family", "les époux Kemp") is no person by itself: a mention by
 *     surname alone is then left out. A title gives a sex ("Mr", "Mme"): two titles of either
 *     sex make two people and an ambiguous surname; a titled surname ("Mr Kemp") is a full name
 *     ("Helen Kemp") only when the cluster writes that full name with the same title or in the
 *     titled mention's own document. A month word before a capitalised word is a given name
 *     ("June Kemp", "Mars Vallet").
 *  3. Verdicts. Hometowns clash when neither contains the other ("Ozone Park" / "South Ozone
 *     Park") and no sentence of the cluster nests one in the other ("College Point, Queens",
 *     "X in Y"). A hometown that most documents of the event name (the event's own town or
 *     borough) may be the wider area of the other: such a pair is a lead; so is one where a
 *     side may be no town ("NAME, of X" without an age is an employer as often: "of Reuters";
 *     "Linford Coaches" a firm) or a region that may hold the other ("New York", "du Nord").
 *     A residence clause naming two places ("lived in X before moving to Y") gives none.
 *     Ages clash when no lapse between the two publication dates explains them: a year more
 *     in a later report is a birthday (never reported), two reports of one day may differ by
 *     one; when a date is unknown, a difference of one is a possible birthday and more is a
 *     lead (trial coverage comes years after the crime: "Orozco, 27" in 2005, "Orozco, 29" in
 *     2007). A sentence
 *     about another time (a background marker, an explicit year other than its article's) and
 *     a question give no attribute.
 *  Findings take the existing kinds (an age is a number; a hometown an antonym, as the
 *  labelled truth has it) with the cue "attr-age" / "attr-hometown"; a pair of sentences that
 *  the claim pipeline already reported is not reported twice.
 *
 * Word lists are data: model/attrwords.json (embedded), loaded once per process. */
#include "cmp_internal.h"
#include "sc_prim.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

extern const unsigned char sc_model_attrwords[];
extern const size_t sc_model_attrwords_len;

/* ------------------------------------------------------------ word lists */
#define AW_MAXTOK 4 /* tokens of a multiword entry, at most */
typedef struct phrase_s {
	char *tok[AW_MAXTOK];
	int n;
} phrase_t;
typedef struct plist_s {
	phrase_t *v;
	size_t n;
} plist_t;
enum {
	L_TITLES,
	L_PARTICLES,
	L_FAM_BEFORE,
	L_FAM_AFTER,
	L_HOME,
	L_HOME_AGED,
	L_LIVED,
	L_LIVED_IN,
	L_RELATIVE,
	L_AGE_BEFORE,
	L_AGE_AFTER,
	L_ORG,
	L_ORG_OPEN,
	L_MALE,
	L_FEMALE,
	L_HOME_WEAK,
	L_REGIONS,
	L_REGION_ART,
	L_N
};
static const char *const LIST_KEYS[L_N] = {
    "titles",      "particles",   "family_before", "family_after", "home_preps", "home_preps_aged",
    "lived_verbs", "lived_preps", "relatives",     "age_before",   "age_after",  "org_heads",
    "org_openers", "titles_male", "titles_female", "home_weak",    "regions",    "region_articles"};
typedef struct awlang_s {
	plist_t l[L_N];
} awlang_t;
static awlang_t g_aw[2]; /* en, fr */
static int g_aw_rc = SC_OK;
static pthread_once_t g_aw_once = PTHREAD_ONCE_INIT;

static int load_list(plist_t *pl, const cJSON *arr)
{
	size_t n = (size_t)cJSON_GetArraySize(arr);
	pl->v = calloc(n ? n : 1, sizeof *pl->v);
	if (!pl->v) return SC_ENOMEM;
	const cJSON *e;
	cJSON_ArrayForEach(e, arr)
	{
		if (!cJSON_IsString(e)) return SC_EFORMAT;
		phrase_t *p = &pl->v[pl->n++];
		char *dup = strdup(e->valuestring), *save = NULL;
		if (!dup) return SC_ENOMEM;
		for (char *t = strtok_r(dup, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
			if (p->n == AW_MAXTOK) {
				free(dup);
				return SC_EFORMAT;
			}
			if (!(p->tok[p->n++] = strdup(t))) {
				free(dup);
				return SC_ENOMEM;
			}
		}
		free(dup);
		if (!p->n) return SC_EFORMAT;
	}
	return SC_OK;
}

/* Loads the embedded lists once (process-wide, read-only afterwards). A list missing from the
 * file is empty; anything malformed makes every later call fail with SC_EFORMAT. */
static void aw_load(void)
{
	cJSON *root =
	    cJSON_ParseWithLength((const char *)sc_model_attrwords, sc_model_attrwords_len);
	const cJSON *sch = cJSON_GetObjectItemCaseSensitive(root, "schema");
	if (!root || !cJSON_IsString(sch) || strcmp(sch->valuestring, "storycheck/attrwords/v1")) {
		g_aw_rc = SC_EFORMAT;
		cJSON_Delete(root);
		return;
	}
	static const char *const langs[2] = {"en", "fr"};
	for (int g = 0; g < 2 && !g_aw_rc; g++) {
		const cJSON *lo = cJSON_GetObjectItemCaseSensitive(root, langs[g]);
		for (int k = 0; k < L_N && !g_aw_rc; k++) {
			const cJSON *arr = cJSON_GetObjectItemCaseSensitive(lo, LIST_KEYS[k]);
			if (arr && !cJSON_IsArray(arr))
				g_aw_rc = SC_EFORMAT;
			else if (arr)
				g_aw_rc = load_list(&g_aw[g].l[k], arr);
		}
	}
	cJSON_Delete(root);
}

/* ------------------------------------------------------------ token helpers */
typedef struct tk_s {
	const sc_scan_t *sc;
	const sc_lxlang_t *L;
	const awlang_t *W;
	size_t n;
	const uint64_t *lower; /* sorted hashes of the words the document writes in lower case */
	size_t nlower;
} tk_t;

#define TN(t, i) SC_CT_NORM((t)->sc, i)
#define TF(t, i) ((t)->sc->t[i].flags)

static int tpunct(const tk_t *t, size_t i, const char *p)
{
	return i < t->n && (TF(t, i) & SC_CT_PUNCT) && !strcmp(TN(t, i), p);
}
static int tcap(const tk_t *t, size_t i)
{
	return i < t->n && (TF(t, i) & SC_CT_WORD) && (TF(t, i) & SC_CT_CAP);
}

/* Tokens of the text an entry of list k matches at i (periods in the text skipped: "Mr. and
 * Mrs." is "mr and mrs"), the longest entry; 0 if none. */
static size_t list_at(const tk_t *t, size_t i, int k)
{
	const plist_t *pl = &t->W->l[k];
	size_t best = 0;
	for (size_t e = 0; e < pl->n; e++) {
		size_t j = i;
		int m = 0;
		for (; m < pl->v[e].n; m++) {
			while (m && tpunct(t, j, "."))
				j++;
			if (j >= t->n || !(TF(t, j) & SC_CT_WORD) ||
			    strcmp(TN(t, j), pl->v[e].tok[m]))
				break;
			j++;
		}
		if (m == pl->v[e].n && j - i > best) best = j - i;
	}
	return best;
}

/* A word the lexicon knows as a function word, pronoun, month, weekday, determiner or number:
 * no name. */
static int lexical(const tk_t *t, size_t i)
{
	const sc_lxval_t *v = sc_cmp_lex_surface(t->L, t->sc->t[i].h);
	uint64_t bad = SC_LX_BIT(SC_LX_FUNC) | SC_LX_BIT(SC_LX_PRONOUN) | SC_LX_BIT(SC_LX_MONTH) |
	               SC_LX_BIT(SC_LX_WEEKDAY) | SC_LX_BIT(SC_LX_DETERMINER) |
	               SC_LX_BIT(SC_LX_NUMBER) | SC_LX_BIT(SC_LX_RELPRON) |
	               SC_LX_BIT(SC_LX_REPORT_PREP) | SC_LX_BIT(SC_LX_COMPL);
	return v && (v->cats & bad);
}

/* A month word used as a given name: "Jan Berrow", "June Berrow", "Mars Vallet" (before a
 * capitalised word that is no function word, not beside a number: "March 6", "6 June 2024").
 * The scanner's flags for numbers are read on both sides. */
static int month_given(const tk_t *t, size_t i)
{
	const sc_lxval_t *v = sc_cmp_lex_surface(t->L, t->sc->t[i].h);
	if (!v || !(v->cats & SC_LX_BIT(SC_LX_MONTH))) return 0;
	if (i > 0 && (TF(t, i - 1) & SC_CT_NUM)) return 0;
	return tcap(t, i + 1) && !lexical(t, i + 1);
}

/* A capitalised word that may be part of a name. */
static int name_word(const tk_t *t, size_t i)
{
	return tcap(t, i) && (!lexical(t, i) || month_given(t, i));
}

/* A capitalised run from i (words, initials with their period, particles and hyphenated
 * lower-case parts inside it): its end (exclusive), i when none. */
static size_t cap_run(const tk_t *t, size_t i)
{
	size_t j = i, end = i;
	while (j < t->n) {
		if (name_word(t, j)) {
			j++;
			if (tpunct(t, j, ".") && t->sc->t[j - 1].end - t->sc->t[j - 1].start <= 3)
				j++;
			end = j;
		} else if (j > i && (TF(t, j) & SC_CT_WORD) &&
		           (list_at(t, j, L_PARTICLES) == 1 || (TF(t, j - 1) & SC_CT_HYPH)) &&
		           tcap(t, j + 1)) {
			j++;
		} else {
			break;
		}
	}
	return end;
}

/* Hash of the words of [a, b) (periods skipped), and their form "w1 w2" in out. */
static uint64_t run_hash(const tk_t *t, size_t a, size_t b, char *out, size_t cap)
{
	size_t k = 0;
	out[0] = 0;
	for (size_t i = a; i < b; i++) {
		if (!(TF(t, i) & SC_CT_WORD)) continue;
		int w = snprintf(out + k, cap - k, "%s%s", k ? " " : "", TN(t, i));
		if (w < 0 || (size_t)w >= cap - k) break;
		k += (size_t)w;
	}
	return XXH3_64bits(out, strlen(out));
}

/* ------------------------------------------------------------ mentions */
enum { SLOT_AGE = 0, SLOT_HOME, SLOT_N };
#define AW_VAL 64
typedef struct person_s {
	uint64_t sur;   /* hash of the surname (lower case) */
	uint64_t given; /* hash of the given name, 0 if none */
	char initial;   /* its first letter */
	int given_is_initial;
	char sex;        /* 'm' or 'f' when a title says it ("Mr", "Mme"), else 0 */
	uint32_t member; /* the document that wrote it (full names of the cluster) */
	char surname[AW_VAL];
} person_t;
typedef struct mention_s {
	person_t p;
	int slot;
	int age;
	uint64_t place;     /* hometown: hash of its words */
	int weak;           /* hometown: said only as "NAME, of PLACE" (an employer as often) */
	int wide;           /* hometown: may hold a town (a region, a country), or a firm's name */
	char value[AW_VAL]; /* the age or the hometown, as read */
	uint32_t doc;       /* index into docs */
	uint32_t member;    /* index into members */
	size_t start, end;  /* the sentence in the document */
	size_t cut0, cut1;  /* the appositive in the sentence (bytes), its closing comma included */
	char *source;       /* who asserts the sentence (owned), NULL: the writer */
} mention_t;

/* The name before the comma at k: *p filled, 1; 0 when the words before it are no name. */
static int name_before(const tk_t *t, size_t k, person_t *p)
{
	if (k == 0) return 0;
	/* walk back over the name: capitalised words, initials with their period, particles
	 * between capitalised words ("Jean *de* Villiers") */
	size_t b = k;
	while (b > 0) {
		size_t i = b - 1;
		int initial = tpunct(t, i, ".") && i > 0 && tcap(t, i - 1) &&
		              t->sc->t[i - 1].end - t->sc->t[i - 1].start <= 3;
		int particle = b < k && i > 0 && tcap(t, i - 1) && list_at(t, i, L_PARTICLES) == 1;
		if (name_word(t, i) || initial || particle)
			b--;
		else
			break;
	}
	if (b == k) return 0;
	/* the name starts after its last title word */
	size_t s = b, title = k;
	for (size_t i = b; i < k; i++)
		if (list_at(t, i, L_TITLES) == 1) s = i + 1, title = i;
	while (s < k && (!(TF(t, s) & SC_CT_WORD) || list_at(t, s, L_PARTICLES) == 1))
		s++;
	/* a sentence's capitalised first word that the document also writes in lower case is a
	 * common word ("Then LaSalle", "As Ortiz"), not a given name; a month word stays one
	 * ("May Kemp", with "may" elsewhere as a verb) */
	if (s == 0 && t->nlower && !month_given(t, 0) &&
	    bsearch(&t->sc->t[0].h, t->lower, t->nlower, sizeof *t->lower, sc_cmp_u64))
		s++;
	size_t last = k;
	while (last > s && !(TF(t, last - 1) & SC_CT_WORD))
		last--;
	if (last <= s) return 0;
	size_t sl = last - 1;
	if (t->sc->t[sl].end - t->sc->t[sl].start < 2 || tpunct(t, sl + 1, "."))
		return 0; /* an initial */
	memset(p, 0, sizeof *p);
	if (title < k)
		p->sex = list_at(t, title, L_MALE) ? 'm' : list_at(t, title, L_FEMALE) ? 'f' : 0;
	snprintf(p->surname, sizeof p->surname, "%s", TN(t, sl));
	p->sur = XXH3_64bits(p->surname, strlen(p->surname));
	if (s < sl) {
		const char *g = TN(t, s);
		p->given = XXH3_64bits(g, strlen(g));
		p->initial = g[0];
		p->given_is_initial = t->sc->t[s].end - t->sc->t[s].start == 1;
	}
	return 1;
}

/* Two given names agree: the same, or an initial and a name that starts with it. */
static int given_agree(const person_t *a, const person_t *b)
{
	if (a->sex && b->sex && a->sex != b->sex) return 0; /* "Mr Kemp", "Mrs Kemp" */
	if (!a->given || !b->given) return 1;
	if (a->given == b->given) return 1;
	return (a->given_is_initial || b->given_is_initial) && a->initial == b->initial;
}

/* An age at i ("36," / "aged 36" / "36 ans" / "âgé de 36 ans"): its value and *next the token
 * after it, or -1. Followed by a comma, a period or the end: "Smith, 36, 45 and 50" or "36
 * percent" is no age. */
static int age_at(const tk_t *t, size_t i, size_t *next)
{
	i += list_at(t, i, L_AGE_BEFORE);
	if (i >= t->n || !(TF(t, i) & SC_CT_NUM)) return -1;
	const char *s = TN(t, i);
	size_t len = strlen(s);
	if (len > 3) return -1;
	int v = 0;
	for (size_t k = 0; k < len; k++) {
		if (!isdigit((unsigned char)s[k])) return -1;
		v = v * 10 + (s[k] - '0');
	}
	if (v < 1 || v > 110) return -1;
	size_t j = i + 1;
	if (t->W->l[L_AGE_AFTER].n) {
		size_t a = list_at(t, j, L_AGE_AFTER);
		if (!a) return -1;
		j += a;
	}
	if (j < t->n && !tpunct(t, j, ",") && !tpunct(t, j, ".")) return -1;
	if (tpunct(t, j, ",") && j + 1 < t->n && (TF(t, j + 1) & SC_CT_NUM)) return -1;
	*next = j;
	return v;
}

/* A place at i: a capitalised run whose first and last words are no organisation's head;
 * its hash and form, or 0. */
static uint64_t place_at(const tk_t *t, size_t i, char *out, size_t cap, size_t *end)
{
	size_t e = cap_run(t, i);
	if (e == i) return 0;
	size_t last = e;
	while (last > i && !(TF(t, last - 1) & SC_CT_WORD))
		last--;
	if (list_at(t, last - 1, L_ORG) == 1 || list_at(t, i, L_ORG_OPEN) == 1) return 0;
	if (tpunct(t, e, "'") || (e < t->n && !strcmp(TN(t, e), "'s")))
		return 0; /* "of Sam's Club" */
	*end = e;
	return run_hash(t, i, e, out, cap);
}

/* Whether the place [a, e) may hold a town of another report, or name no town at all: a
 * region or a country of the list ("New York", "Nord"), a place after a region article
 * (French "originaire *du* Nord": regions and countries take the article, towns do not), or a
 * name of several words ending in the plural of a word the document writes in lower case
 * ("Linford Coaches" in a text about a coach, "Lille Autocars": a firm). */
static int place_wide(const tk_t *t, size_t a, size_t e)
{
	if (list_at(t, a, L_REGIONS) == e - a) return 1;
	if (a > 0 && list_at(t, a - 1, L_REGION_ART) == 1) return 1;
	size_t last = e - 1, words = 0;
	for (size_t i = a; i < e; i++)
		words += (TF(t, i) & SC_CT_WORD) != 0;
	const char *w = TN(t, last);
	size_t len = strlen(w);
	if (words < 2 || len < 4 || w[len - 1] != 's' || !t->nlower) return 0;
	for (size_t cut = 1; cut <= 2; cut++) { /* "coaches": "coache", "coach" */
		uint64_t h = XXH3_64bits(w, len - cut);
		if (bsearch(&h, t->lower, t->nlower, sizeof *t->lower, sc_cmp_u64)) return 1;
	}
	return 0;
}

/* A hometown after the appositive's comma at i: "of PLACE", "originaire de PLACE", after an age
 * also "de PLACE" (aged), or "who lived ... in PLACE". Its hash and form, or 0. *weak: said only
 * as "NAME, of PLACE" (no age before, a preposition of home_weak: "Mark Hale, of Reuters" is an
 * employer as often as a hometown); *wide: place_wide. */
static uint64_t home_at(const tk_t *t, size_t i, int aged, char *out, size_t cap, size_t *end,
                        int *weak, int *wide)
{
	*weak = *wide = 0;
	size_t k = list_at(t, i, L_HOME);
	if (k && !aged && list_at(t, i, L_HOME_WEAK) == k) *weak = 1;
	if (!k && aged) k = list_at(t, i, L_HOME_AGED);
	if (k) {
		uint64_t h = place_at(t, i + k, out, cap, end);
		if (h) *wide = place_wide(t, i + k, *end);
		return h;
	}
	size_t r = list_at(t, i, L_RELATIVE);
	if (!r || !list_at(t, i + r, L_LIVED)) return 0;
	/* up to six words before the preposition: "who lived half a mile away in" */
	for (size_t j = i + r + 1; j < t->n && j <= i + r + 7; j++) {
		if (!(TF(t, j) & SC_CT_WORD)) return 0;
		size_t p = list_at(t, j, L_LIVED_IN);
		if (!p) continue;
		uint64_t h = place_at(t, j + p, out, cap, end);
		if (!h) return 0;
		/* another place in the clause ("who lived in Ashby before moving to Linford"):
		 * which one is the home when the person is named cannot be told from the words:
		 * none */
		for (size_t q = *end; q < t->n && q < *end + 12; q++) {
			if (tpunct(t, q, ",") || tpunct(t, q, ".") || tpunct(t, q, ";")) break;
			if (tcap(t, q)) return 0;
		}
		*wide = place_wide(t, j + p, *end);
		return h;
	}
	return 0;
}

/* ------------------------------------------------------------ the cluster */
typedef struct hpair_s {
	uint64_t a, b;
} hpair_t;
typedef struct docval_s {
	uint64_t h;
	uint32_t member;
} docval_t;
typedef struct cl_s {
	sc_cmp_t *c;
	const sc_det_doc_t *docs;
	const uint32_t *members;
	size_t n;
	mention_t *m; /* mentions, in document and sentence order */
	size_t nm, mm;
	person_t *names; /* every full name of the cluster (given name and surname) */
	size_t nn, mn;
	uint64_t *family; /* surnames named as a family ("Mr and Mrs Kemp") */
	size_t nf, mf;
	hpair_t *nest; /* places one inside the other: "College Point, Queens", "X in Y" */
	size_t nnest, mnest;
	docval_t
	    *runs; /* capitalised (sub)runs of each document: how many documents name a place */
	size_t nr, mr;
	uint64_t *lower; /* the current document's lower-case words (lower_words) */
	size_t nlower, mlower;
	sc_scan_t sc;
	sc_sent_t *sents;
	size_t scap;
} cl_t;

static void cl_free(cl_t *x)
{
	for (size_t i = 0; i < x->nm; i++)
		free(x->m[i].source);
	SC_FREE_ALL(x->m, x->names, x->family, x->nest, x->runs, x->lower, x->sents);
	sc_cmp_scan_free(&x->sc);
}

/* Headline case ("Police Arrest Orozco, 27"): most words capitalised, names cannot be told. */
static int title_case(const tk_t *t)
{
	size_t words = 0, caps = 0;
	for (size_t i = 0; i < t->n; i++) {
		if (!(TF(t, i) & SC_CT_WORD)) continue;
		words++;
		caps += (TF(t, i) & SC_CT_CAP) != 0;
	}
	return words >= 4 && caps * 2 > words;
}

/* Tokens of a place, at most (a run of capitalised words is cut into places of this length:
 * a headline-case or all-capitals text is one long run). */
#define PLACE_MAX 6

/* The capitalised runs of a sentence: their sub-runs (which places the document names), full
 * names (namesakes), families, and nested places ("SUFFIX, PREFIX" / "SUFFIX in PREFIX"). */
static int read_runs(cl_t *x, const tk_t *t, uint32_t member, int titled)
{
	char buf[AW_VAL * 2];
	for (size_t i = 0; i < t->n; i++) {
		size_t f = list_at(t, i, L_FAM_BEFORE);
		size_t e = f && tcap(t, i + f) ? cap_run(t, i + f) : 0;
		if (e > i + f) { /* "Mr and Mrs Kemp", "les époux Kemp": the run's last word */
			if (SC_GROW(x->family, x->mf, x->nf + 1)) return SC_ENOMEM;
			x->family[x->nf++] = XXH3_64bits(TN(t, e - 1), strlen(TN(t, e - 1)));
		}
		if (!tcap(t, i) || (i > 0 && tcap(t, i - 1)) || (e = cap_run(t, i)) == i) continue;
		if (list_at(t, e, L_FAM_AFTER) && (TF(t, e - 1) & SC_CT_WORD)) {
			if (SC_GROW(x->family, x->mf, x->nf + 1)) return SC_ENOMEM;
			x->family[x->nf++] = XXH3_64bits(TN(t, e - 1), strlen(TN(t, e - 1)));
		}
		person_t p;
		if (!titled && name_before(t, e, &p) && (p.given || p.sex)) {
			if (SC_GROW(x->names, x->mn, x->nn + 1)) return SC_ENOMEM;
			p.member = member;
			x->names[x->nn++] = p;
		}
		for (size_t a = i; a < e; a++)
			for (size_t b = a + 1; b <= e && b <= a + PLACE_MAX; b++) {
				if (SC_GROW(x->runs, x->mr, x->nr + 1)) return SC_ENOMEM;
				x->runs[x->nr++] =
				    (docval_t){run_hash(t, a, b, buf, sizeof buf), member};
			}
		size_t at = tpunct(t, e, ",") ? 1 : list_at(t, e, L_LIVED_IN), e2;
		if (!at || (e2 = cap_run(t, e + at)) == e + at) continue;
		for (size_t a = e > i + PLACE_MAX ? e - PLACE_MAX : i; a < e; a++)
			for (size_t b = e + at + 1; b <= e2 && b <= e + at + PLACE_MAX; b++) {
				if (SC_GROW(x->nest, x->mnest, x->nnest + 1)) return SC_ENOMEM;
				uint64_t h1 = run_hash(t, a, e, buf, sizeof buf);
				uint64_t h2 = run_hash(t, e + at, b, buf, sizeof buf);
				x->nest[x->nnest++] =
				    (hpair_t){h1 < h2 ? h1 : h2, h1 < h2 ? h2 : h1};
			}
	}
	return SC_OK;
}

/* One mention, unless the document already gave this person's slot this value. */
static int push_mention(cl_t *x, const mention_t *m)
{
	for (size_t i = x->nm; i-- > 0 && x->m[i].member == m->member;)
		if (x->m[i].p.sur == m->p.sur && x->m[i].slot == m->slot &&
		    given_agree(&x->m[i].p, &m->p) &&
		    (m->slot == SLOT_AGE ? x->m[i].age == m->age : x->m[i].place == m->place))
			return SC_OK;
	if (SC_GROW(x->m, x->mm, x->nm + 1)) return SC_ENOMEM;
	x->m[x->nm++] = *m;
	return SC_OK;
}

/* The appositives of one sentence: mentions pushed with member, doc and span set by the caller
 * (in *proto). Returns how many were pushed, or a negative code. */
static long read_mentions(cl_t *x, const tk_t *t, const mention_t *proto)
{
	size_t before = x->nm;
	for (size_t k = 1; k + 1 < t->n; k++) {
		mention_t m = *proto;
		if (!tpunct(t, k, ",") || !name_before(t, k, &m.p)) continue;
		size_t nx = 0, e = 0;
		int age = age_at(t, k + 1, &nx);
		size_t at = age > 0 ? (tpunct(t, nx, ",") ? nx + 1 : 0) : k + 1;
		char home[AW_VAL];
		int weak = 0, wide = 0;
		uint64_t place =
		    at ? home_at(t, at, age > 0, home, sizeof home, &e, &weak, &wide) : 0;
		if (age <= 0 && !place) continue;
		/* the appositive, from its comma to the one closing it */
		e = place ? e : nx;
		m.cut0 = t->sc->t[k].start;
		m.cut1 = tpunct(t, e, ",") ? t->sc->t[e].end : t->sc->t[e - 1].end;
		int rc = SC_OK;
		if (age > 0) {
			m.slot = SLOT_AGE;
			m.age = age;
			snprintf(m.value, sizeof m.value, "%d", age);
			rc = push_mention(x, &m);
		}
		if (!rc && place) {
			m.slot = SLOT_HOME;
			m.age = 0;
			m.place = place;
			m.weak = weak;
			m.wide = wide;
			memcpy(m.value, home, sizeof m.value);
			rc = push_mention(x, &m);
		}
		if (rc) return rc;
	}
	return (long)(x->nm - before);
}

/* Year of a publication date "YYYY..." (0 if none) and its day count (-1 if no full date). */
static int pub_date(const char *p, double *days)
{
	*days = -1;
	if (!p || strlen(p) < 4) return 0;
	int y = 0;
	for (int i = 0; i < 4; i++) {
		if (!isdigit((unsigned char)p[i])) return 0;
		y = y * 10 + (p[i] - '0');
	}
	int mo, d;
	if (strlen(p) >= 10 && sscanf(p + 4, "-%2d-%2d", &mo, &d) == 2 && mo >= 1 && mo <= 12 &&
	    d >= 1 && d <= 31)
		*days = (double)sc_days_from_civil(y, mo, d);
	return y;
}

/* Whether the sentence speaks of its event's time: no question, no background marker, no
 * explicit year other than its article's (any explicit year when the article is undated).
 * *source gets who asserts it (owned, may stay NULL). */
static int of_the_event(cl_t *x, const char *s, size_t len, const char *lang, int year,
                        char **source)
{
	sc_stmt_t st;
	*source = NULL;
	int rc = sc_cmp_analyse(x->c, s, len, lang, &st);
	if (rc) return rc;
	int ok = !st.question && !st.background;
	for (size_t j = 0; ok && j < st.nq; j++) {
		const sc_quant_t *q = &st.q[j];
		if (q->kind != SC_Q_DATE || q->unit[0] != 'y') continue;
		int64_t y0, y1;
		sc_civil_from_days((int64_t)q->lo, &y0, NULL, NULL);
		sc_civil_from_days((int64_t)q->hi - 1, &y1, NULL, NULL);
		if (!year || year < y0 || year > y1) ok = 0;
	}
	if (ok && st.source && !(*source = strdup(st.source))) rc = SC_ENOMEM;
	sc_cmp_stmt_free(&st);
	return rc ? rc : ok;
}

static int overlaps_boilerplate(const sc_det_doc_t *d, size_t a, size_t b)
{
	for (size_t i = 0; i < d->nboiler; i++)
		if (d->boiler[i].start < b && a < d->boiler[i].end) return 1;
	return 0;
}

/* The words a document writes in lower case (sorted hashes in x->lower): byte runs of letters
 * (ASCII, or any byte of a UTF-8 sequence) that start with an ASCII lower-case letter, hashed as
 * the scanner hashes a lower-case form. A cheap pass: a word it misses ("état") only keeps a
 * sentence's first word in a name. */
static int lower_words(cl_t *x, const char *text, size_t len)
{
	x->nlower = 0;
	for (size_t i = 0; i < len;) {
		size_t j = i;
		while (j < len &&
		       (isalpha((unsigned char)text[j]) || (unsigned char)text[j] >= 0x80))
			j++;
		if (j == i) {
			i++;
			continue;
		}
		if (islower((unsigned char)text[i])) {
			if (SC_GROW(x->lower, x->mlower, x->nlower + 1)) return SC_ENOMEM;
			x->lower[x->nlower++] = XXH3_64bits(text + i, j - i);
		}
		i = j;
	}
	if (x->nlower) qsort(x->lower, x->nlower, sizeof *x->lower, sc_cmp_u64);
	return SC_OK;
}

/* Whether source names the person of surname (lower case): case-folded ASCII comparison of
 * whole words ("Lee" is not in "Leeds police"). */
static int names_person(const char *source, const char *surname)
{
	size_t n = strlen(surname);
	if (!n) return 0;
	for (const char *p = source; *p; p++)
		if ((p == source || !isalnum((unsigned char)p[-1])) && !strncasecmp(p, surname, n) &&
		    !isalnum((unsigned char)p[n]))
			return 1;
	return 0;
}

/* One sentence [a, b) of document member: its runs, and its mentions when it is about the
 * event. */
static int read_sentence(cl_t *x, tk_t *t, uint32_t member, size_t a, size_t b, const char *lang,
                         int year)
{
	uint32_t di = x->members[member];
	const char *text = x->docs[di].doc.text;
	long nt = sc_cmp_scan(t->L, text + a, b - a, &x->sc);
	if (nt < 0) return (int)nt;
	t->n = (size_t)nt;
	int titled = title_case(t), rc = read_runs(x, t, member, titled);
	if (rc || titled) return rc;
	mention_t proto = {.doc = di, .member = member, .start = a, .end = b};
	size_t first = x->nm;
	long got = read_mentions(x, t, &proto);
	if (got <= 0) return (int)got;
	/* the sentence without its appositives is what statement.c attributes: "According to
	 * police, Anthony LaSalle hit ..." (with them, the name in apposition reads as a speaker)
	 */
	char *cut = malloc(b - a + 1), *src = NULL;
	if (!cut) return SC_ENOMEM;
	size_t nc = 0, from = 0;
	for (size_t i = first; i < x->nm; i++) {
		if (x->m[i].cut0 < from) continue;
		memcpy(cut + nc, text + a + from, x->m[i].cut0 - from);
		nc += x->m[i].cut0 - from;
		from = x->m[i].cut1;
	}
	memcpy(cut + nc, text + a + from, b - a - from);
	nc += b - a - from;
	int ok = of_the_event(x, cut, nc, lang, year, &src);
	free(cut);
	for (size_t i = first; i < x->nm; i++) {
		x->m[i].source = NULL;
		/* an appositive is never its own person's claim: "Pike, 36, said ..." */
		if (ok > 0 && src && !names_person(src, x->m[i].p.surname) &&
		    !(x->m[i].source = strdup(src)))
			ok = SC_ENOMEM;
	}
	free(src);
	if (ok < 0) return ok;
	if (!ok) x->nm = first; /* another time: no attribute of the event */
	return SC_OK;
}

/* Reads one document: runs of every sentence, mentions of the sentences about the event. */
static int read_doc(cl_t *x, uint32_t member)
{
	const sc_det_doc_t *d = &x->docs[x->members[member]];
	if (!d->doc.text || !d->doc.len) return SC_OK;
	const char *lang = d->doc.lang[0]
	                       ? d->doc.lang
	                       : sc_sh_lang_guess_text(x->c->tok, d->doc.text, d->doc.len);
	if (!lang || !lang[0]) lang = "fr";
	tk_t t = {
	    &x->sc, sc_cmp_lex_lang(x->c->lex, lang), &g_aw[strcmp(lang, "en") ? 1 : 0], 0, NULL,
	    0};
	double days;
	int year = pub_date(d->doc.published, &days), rc = lower_words(x, d->doc.text, d->doc.len);
	if (rc) return rc;
	t.lower = x->lower;
	t.nlower = x->nlower;
	long ns = sc_cmp_sentences(x->c->lex, d->doc.text, d->doc.len, lang, &x->sents, &x->scap);
	if (ns < 0) return (int)ns;
	for (long k = 0; k < ns && !rc; k++) {
		size_t a = x->sents[k].start, b = x->sents[k].end;
		if (!overlaps_boilerplate(d, a, b))
			rc = read_sentence(x, &t, member, a, b, lang, year);
	}
	return rc;
}

static int dvcmp(const void *a, const void *b)
{
	const docval_t *x = a, *y = b;
	if (x->h != y->h) return x->h < y->h ? -1 : 1;
	return x->member < y->member ? -1 : x->member > y->member;
}

static int namecmp(const void *p, const void *q)
{
	const person_t *x = p, *y = q;
	if (x->sur != y->sur) return x->sur < y->sur ? -1 : 1;
	return x->given < y->given ? -1 : x->given > y->given;
}

/* The first of the cluster's names with surname sur (names are sorted by surname). */
static size_t names_from(const cl_t *x, uint64_t sur)
{
	size_t lo = 0, hi = x->nn;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (x->names[mid].sur < sur)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A surname that names more than one person in the cluster: two full names with given names
 * that do not agree, two titles of either sex ("Mr Kemp", "Mrs Kemp"), or a family. */
static int namesake(const cl_t *x, uint64_t sur)
{
	if (x->nf && bsearch(&sur, x->family, x->nf, sizeof *x->family, sc_cmp_u64)) return 1;
	size_t lo = names_from(x, sur);
	const person_t *first = NULL; /* the first with a given name */
	int sexes = 0;
	for (size_t i = lo; i < x->nn && x->names[i].sur == sur; i++) {
		const person_t *p = &x->names[i];
		sexes |= p->sex == 'm' ? 1 : p->sex == 'f' ? 2 : 0;
		if (!p->given) continue;
		if (first && !given_agree(first, p)) return 1;
		if (!first) first = p;
	}
	return sexes == 3;
}

/* Whether a surname said with a title ("Mr Kemp", in document member) may be the full name
 * full ("Helen Kemp"): only when the cluster says so, by the same title on the full name
 * ("Mr Paul Kemp") or by the full name in the titled mention's own document (news names a
 * person in full, then by title and surname). A given name says nothing of sex here: there is
 * no list of given names. */
static int title_fits(const cl_t *x, const person_t *full, const person_t *titled, uint32_t member)
{
	for (size_t i = names_from(x, full->sur); i < x->nn && x->names[i].sur == full->sur; i++) {
		const person_t *p = &x->names[i];
		if (!p->given || !given_agree(p, full) || !given_agree(p, titled)) continue;
		if (p->sex == titled->sex || p->member == member) return 1;
	}
	return 0;
}

/* How many documents name the place h (its words, anywhere in a capitalised run). */
static size_t docs_naming(const cl_t *x, uint64_t h)
{
	docval_t key = {h, 0};
	size_t lo = 0, hi = x->nr;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (dvcmp(&x->runs[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t n = 0;
	for (size_t i = lo; i < x->nr && x->runs[i].h == h; i++)
		n += i == lo || x->runs[i].member != x->runs[i - 1].member;
	return n;
}

static int hpcmp(const void *p, const void *q)
{
	const hpair_t *x = p, *y = q;
	if (x->a != y->a) return x->a < y->a ? -1 : 1;
	return x->b < y->b ? -1 : x->b > y->b;
}

/* Whether a sentence of the cluster nests the places a and b (pairs are stored smaller hash
 * first, sorted). */
static int nested(const cl_t *x, uint64_t a, uint64_t b)
{
	hpair_t key = {a < b ? a : b, a < b ? b : a};
	return x->nnest && bsearch(&key, x->nest, x->nnest, sizeof *x->nest, hpcmp);
}

/* Whether the words of place a lie inside those of place b ("ozone park" in "south ozone park"). */
static int words_inside(const char *a, const char *b)
{
	size_t la = strlen(a);
	for (const char *p = strstr(b, a); p; p = strstr(p + 1, a))
		if ((p == b || p[-1] == ' ') && (p[la] == 0 || p[la] == ' ')) return 1;
	return 0;
}

/* The verdict on two mentions of one person's slot: 0 none, 1 a conflict, 2 a lead. */
static int verdict(const cl_t *x, const mention_t *a, const mention_t *b)
{
	if (a->slot == SLOT_HOME) {
		if (a->place == b->place || words_inside(a->value, b->value) ||
		    words_inside(b->value, a->value) || nested(x, a->place, b->place))
			return 0;
		/* an employer, a region, a firm: a lead at most */
		if (a->weak || b->weak || a->wide || b->wide) return 2;
		/* the event's own town may be the wider area of the other */
		size_t na = docs_naming(x, a->place), nb = docs_naming(x, b->place);
		return (na >= 2 && na * 2 >= x->n) || (nb >= 2 && nb * 2 >= x->n) ? 2 : 1;
	}
	int d = b->age - a->age;
	if (!d) return 0;
	double da, db;
	int ya = pub_date(x->docs[a->doc].doc.published, &da);
	int yb = pub_date(x->docs[b->doc].doc.published, &db);
	if (!ya || !yb || da < 0 || db < 0) return abs(d) >= 2 ? 2 : 0;
	if (db < da) { /* a is the earlier report */
		double t = da;
		da = db;
		db = t;
		d = -d;
	}
	int lapse = (int)((db - da) / 365.25); /* whole years between the reports */
	if (db == da) return abs(d) >= 2;
	return d < lapse || d > lapse + 1; /* a birthday between the reports, or none */
}

/* ------------------------------------------------------------ findings */
#define SCORE_AGE 0.8
#define SCORE_HOME 0.75
#define SCORE_LEAD 0.45

static int same_sentences(const sc_conflict_t *k, const mention_t *a, const mention_t *b)
{
	return (k->a.doc == a->doc && k->a.start == a->start && k->b.doc == b->doc &&
	        k->b.start == b->start) ||
	       (k->a.doc == b->doc && k->a.start == b->start && k->b.doc == a->doc &&
	        k->b.start == a->start);
}

static int fill_side(sc_claim_t *cl, const cl_t *x, const mention_t *m)
{
	cl->doc = m->doc;
	cl->start = m->start;
	cl->end = m->end;
	size_t n = m->end - m->start;
	if (!(cl->text = malloc(n + 1))) return SC_ENOMEM;
	memcpy(cl->text, x->docs[m->doc].doc.text + m->start, n);
	cl->text[n] = 0;
	if (m->source && !(cl->source = strdup(m->source))) return SC_ENOMEM;
	return SC_OK;
}

/* Appends the finding on mentions a and b (a before b in document order). */
static int emit(const cl_t *x, const mention_t *a, const mention_t *b, int lead, uint32_t cluster,
                sc_conflict_t **out, size_t *nout)
{
	sc_conflict_t *p = realloc(*out, (*nout + 1) * sizeof *p);
	if (!p) return SC_ENOMEM;
	*out = p;
	sc_conflict_t *k = &p[*nout];
	memset(k, 0, sizeof *k);
	k->cluster = cluster;
	k->kind = a->slot == SLOT_AGE ? SC_CONFLICT_NUMBER : SC_CONFLICT_ANTONYM;
	k->score = lead ? SCORE_LEAD : a->slot == SLOT_AGE ? SCORE_AGE : SCORE_HOME;
	k->lead = lead;
	char pair[2 * AW_VAL + 8];
	snprintf(pair, sizeof pair, "%s/%s", a->value, b->value);
	const char *cues[2] = {a->slot == SLOT_AGE ? "attr-age" : "attr-hometown", pair};
	int rc = SC_ENOMEM;
	if ((rc = fill_side(&k->a, x, a)) || (rc = fill_side(&k->b, x, b))) goto fail;
	rc = SC_ENOMEM;
	if (!(k->cues = calloc(2, sizeof *k->cues)) || !(k->shared = calloc(1, sizeof *k->shared)))
		goto fail;
	for (; k->ncues < 2; k->ncues++)
		if (!(k->cues[k->ncues] = strdup(cues[k->ncues]))) goto fail;
	if (!(k->shared[0] = strdup(a->p.surname))) goto fail;
	k->nshared = 1;
	(*nout)++;
	return SC_OK;
fail:
	sc_cmp_conflict_free(k);
	return rc;
}

/* Every pair of mentions of one person's slot with values that cannot both hold; one finding
 * per pair of sentences (none when the claim pipeline already joined them). */
/* A mention's place in the pairing order: by person and slot, then in document order. */
typedef struct mkey_s {
	uint64_t sur;
	uint32_t slot, i;
} mkey_t;
static int mkeycmp(const void *p, const void *q)
{
	const mkey_t *x = p, *y = q;
	if (x->sur != y->sur) return x->sur < y->sur ? -1 : 1;
	if (x->slot != y->slot) return x->slot < y->slot ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* The finding on mentions a and b (a first in document order), unless none or a repeat. */
static int pair_two(const cl_t *x, const mention_t *a, const mention_t *b, int ambiguous,
                    double min_score, uint32_t cluster, size_t first_out, sc_conflict_t **out,
                    size_t *nout)
{
	if (!given_agree(&a->p, &b->p)) return SC_OK;
	if (ambiguous && (!a->p.given || !b->p.given)) return SC_OK;
	if (a->p.given && !b->p.given && b->p.sex && a->p.sex != b->p.sex &&
	    !title_fits(x, &a->p, &b->p, b->member))
		return SC_OK;
	if (b->p.given && !a->p.given && a->p.sex && b->p.sex != a->p.sex &&
	    !title_fits(x, &b->p, &a->p, a->member))
		return SC_OK;
	if (a->doc == b->doc && a->start == b->start) return SC_OK;
	int v = verdict(x, a, b);
	double score = v == 2 ? SCORE_LEAD : a->slot == SLOT_AGE ? SCORE_AGE : SCORE_HOME;
	if (!v || score < min_score) return SC_OK;
	for (size_t k = first_out; k < *nout; k++)
		if (same_sentences(&(*out)[k], a, b)) return SC_OK;
	return emit(x, a, b, v == 2, cluster, out, nout);
}

/* Every pair of mentions of one person's slot with values that cannot both hold; one finding
 * per pair of sentences (none when the claim pipeline already joined them). */
static int pair_mentions(const cl_t *x, double min_score, uint32_t cluster, size_t first_out,
                         sc_conflict_t **out, size_t *nout)
{
	mkey_t *ix = malloc(x->nm * sizeof *ix);
	if (!ix) return SC_ENOMEM;
	for (size_t i = 0; i < x->nm; i++)
		ix[i] = (mkey_t){x->m[i].p.sur, (uint32_t)x->m[i].slot, (uint32_t)i};
	qsort(ix, x->nm, sizeof *ix, mkeycmp);
	int rc = SC_OK;
	for (size_t g = 0, e; g < x->nm && !rc; g = e) {
		for (e = g + 1; e < x->nm; e++)
			if (ix[e].sur != ix[g].sur || ix[e].slot != ix[g].slot) break;
		int ambiguous = e - g > 1 && namesake(x, ix[g].sur);
		for (size_t i = g; i < e && !rc; i++)
			for (size_t j = i + 1; j < e && !rc; j++)
				rc = pair_two(x, &x->m[ix[i].i], &x->m[ix[j].i], ambiguous,
				              min_score, cluster, first_out, out, nout);
	}
	free(ix);
	return rc;
}

int sc_cmp_attr_cluster(sc_cmp_t *c, const sc_det_doc_t *docs, const uint32_t *members, size_t n,
                        uint32_t cluster, double min_score, size_t first_out, sc_conflict_t **out,
                        size_t *nout)
{
	pthread_once(&g_aw_once, aw_load);
	if (g_aw_rc) return g_aw_rc;
	cl_t x = {.c = c, .docs = docs, .members = members, .n = n};
	int rc = SC_OK;
	for (size_t i = 0; i < n && !rc; i++)
		rc = read_doc(&x, (uint32_t)i);
	if (!rc && x.nm >= 2) {
		if (x.nf) qsort(x.family, x.nf, sizeof *x.family, sc_cmp_u64);
		if (x.nr) qsort(x.runs, x.nr, sizeof *x.runs, dvcmp);
		if (x.nn) qsort(x.names, x.nn, sizeof *x.names, namecmp);
		if (x.nnest) qsort(x.nest, x.nnest, sizeof *x.nest, hpcmp);
		rc = pair_mentions(&x, min_score, cluster, first_out, out, nout);
	}
	cl_free(&x);
	return rc;
}
