/* cmp_internal.h: private to detect/compare/. The comparator's pieces shared between its files:
 *   lexicon.c   loads and validates the per-language lexicons (detect/compare/lexicon/{fr,en}.json)
 *   sentence.c  splits text into sentences with byte offsets
 *   statement.c analyses one sentence into a statement (attribution, polarity, hedging,
 *               quantities and dates, key terms)
 *   quantity.c  its quantity reader: numbers, dates, durations, money, percentages
 *   judge.c     scores a pair of statements (features + fitted model) -> contradiction or not
 *   conflict.c  cluster mode: which statements to pair, and the resulting conflicts
 *   pairtsv.c   the TSV reader of pair mode
 * Not installed, not part of the manual: compare.h is. Ownership rules are those of shingle.h. */
#ifndef SC_CMP_INTERNAL_H
#define SC_CMP_INTERNAL_H

#include "detect.h"

#include <string.h>

/* ------------------------------------------------------------- lexicons
 * Each language's lexicon (detect/compare/lexicon/<lang>.json) maps lower-cased forms to categories.
 * Single words of the stem-matched categories (denial, rejection, negative and particle verbs,
 * dismissal nouns and frames, reporting verbs, claim nouns, antonyms, synonyms) match every inflection with the same
 * Snowball stem; all other entries, and every multiword entry, match the surface form token by
 * token (tokens as cut by sc_cmp_scan). */
enum {
	SC_LX_NEG = 0,       /* negates on its own: "pas", "jamais", "not", "never" */
	SC_LX_NEG_PART,      /* French particle "ne"/"n'": negates with a complement */
	SC_LX_NEG_COMP,      /* complement of the particle: "pas", "plus", "rien" ... */
	SC_LX_NEG_SUBJ,      /* negative subject before the particle: "personne ne", "rien n'" */
	SC_LX_NEG_PREP,      /* "sans", "without": negates an adjunct, not the main predicate */
	SC_LX_NEG_EXC,       /* not a negation: "non seulement", "not only" */
	SC_LX_DENIAL,        /* denial / dismissal verbs: "nier", "deny" */
	SC_LX_DISMISS_NOUN,  /* "rumeurs", "ragots", "fake news" */
	SC_LX_DISMISS_FRAME, /* "qualifier (de)", "call", "label" */
	SC_LX_DISMISS_ADJ,   /* "non fondé", "baseless" */
	SC_LX_REPORT,        /* reporting verbs: "déclarer", "say" */
	SC_LX_REPORT_PREP,   /* "selon", "d'après", "according to" */
	SC_LX_HEDGE,         /* "prétendument", "allegedly", "il semble que" */
	SC_LX_CLAIM_NOUN,    /* "allégation", "report": what a denial can be about */
	SC_LX_DEMONSTR,      /* "ce", "cette", "such": anaphoric with a claim noun */
	SC_LX_ANAPHORA,      /* "de ce type", "any such" */
	SC_LX_ANAPH_EXC,     /* "tels que", "such as": not anaphoric */
	SC_LX_ROLE,          /* role nouns for attribution: "porte-parole", "minister" */
	SC_LX_PRONOUN,       /* subject pronouns to resolve: "il", "elle", "he" */
	SC_LX_AUX,           /* words skipped between a subject and its verb */
	SC_LX_RELPRON,       /* opens a subordinate (relative or adverbial) clause */
	SC_LX_COMPL,         /* "que", "that": complement clause after a reporting verb, else relative */
	SC_LX_APPROX,        /* "environ", "about" */
	SC_LX_LOWER,         /* "plus de", "more than" */
	SC_LX_UPPER,         /* "moins de", "less than" */
	SC_LX_NUMBER,        /* number words (num) */
	SC_LX_APPROX_NUM,    /* "dizaine", "dozens": approximate by themselves */
	SC_LX_ARTNUM,        /* "un", "a": a number only before a unit or a multiplier */
	SC_LX_NUMCONN,       /* "et", "and" inside number words */
	SC_LX_FRACTION,      /* "demi", "quart", "half" (num) */
	SC_LX_DURATION,      /* duration units (num = seconds) */
	SC_LX_MONEY,         /* currency units (cur) */
	SC_LX_PERCENT,       /* "%", "pour cent" */
	SC_LX_MONTH,         /* month names (num = 1..12) */
	SC_LX_SEASON,        /* seasons (m0..m1) */
	SC_LX_ANTONYM,       /* member of an antonym pair (anto) */
	SC_LX_SYNONYM,       /* member of a synonym class (cls) */
	SC_LX_ELISION,       /* French elided words "l", "qu" (before the apostrophe) */
	SC_LX_COND_EXC,      /* words ending like a conditional that are not verbs ("retrait") */
	SC_LX_REJECT,        /* "rejeter", "reject", "dismiss": a denial when their object is a
	                      * claim ("rejette les accusations"), else a refusal (negative) */
	SC_LX_NEG_VERB,      /* negative implicative verbs: "rompre", "annuler", "call off" */
	SC_LX_NEG_PVERB,     /* verbs negated by "ne" alone: "ne pouvaient", "ne saurait" */
	SC_LX_INF,           /* infinitive markers "de", "à", "to": an infinitive is not asserted */
	SC_LX_FUNC,          /* function words and phrases, no key terms: "au cours de", "due to" */
	SC_LX_DATE_PREP,     /* before a bare month or season: "en juin", "cet été", "in May" */
	SC_LX_WEEKDAY,       /* days and relative days: not names, not key terms */
	SC_LX_ADJ_PREP,      /* prepositions opening an adjunct: ", dans un communiqué, a dit" */
	SC_LX_DATE_FROM,     /* "depuis 2023", "since May": the interval stays open on the right */
	SC_LX_DATE_UNTIL,    /* "jusqu'en 2020", "until May": open on the left */
	SC_LX_DETERMINER,    /* "le", "du", "aucun": a word with an adverb suffix right after one
	                      * is a noun ("le licenciement"), adverbs take no determiner */
	SC_LX_NEG_DET,       /* "any", "de": under a negation, the noun it determines is negated too
	                      * ("had not received any complaints", "n'a pas reçu de plainte") */
	SC_LX_GENERIC_NOUN,  /* "personnes", "people": a count of them is a count of what the
	                      * predicate says ("14 personnes blessées" counts the injured) */
	SC_LX_COMPL_PREP,    /* "de", "du", "of": a name after one complements the noun before
	                      * ("la préfecture du Rhône"), it is not that noun's name */
	SC_LX_QFRAME,        /* the number frames' words (quantity.c), one category for all (the
	                      * categories fill a 64-bit mask): which role in qmark (SC_QM_*),
	                      * the count class in qcls */
	SC_LX_NONASSERT,     /* verbs of saying, knowing, disclosing: negated, the clause reports
	                      * missing information, nothing about the event ("did not say",
	                      * "n'a pas précisé", "didn't return a call") */
	SC_LX_COND_MARK,     /* open a condition: "if", "unless", "si", "à moins que" */
	SC_LX_CONCESSIVE,    /* "even if", "même si": a condition only with a conditional modal
	                      * ("même s'il avait eu une arme, il n'aurait pas tiré") */
	SC_LX_POSS_MODAL,    /* possibility and counterfactual: "may", "might", "would have",
	                      * "pourrait", "aurait pu": the clause is hypothetical by itself */
	SC_LX_HYPO_MODAL,    /* conditional modals: "would", "could", "serait": hypothetical when
	                      * the sentence has a condition ("even if he had a gun, he would not
	                      * have ...") */
	SC_LX_BACKGROUND,    /* another time or event: "last year", "previously", "l'an dernier",
	                      * "le précédent" */
	SC_LX_REQUEST_NOUN,  /* what one refuses, not a claim: "motion", "bail", "appeal",
	                      * "demande", "recours": "denied bail" withholds, denies no claim */
	SC_LX_DECLINE,       /* "declined to", "refused to", "a refusé de": before a verb of
	                      * saying, a non-assertion without any negation */
	SC_LX_PLACE_PREP,    /* "from", "in", "à", "depuis": a name after one is a place or an
	                      * origin ("reports from Ashgabat"), not a speaker */
	SC_LX_PASSIVE,       /* forms of "be"/"être" before a past participle ("was denied", "a été
	                      * démentie"), and the agent's preposition after it ("by", "par"):
	                      * the last of the 64 bits */
	SC_LX_NCATS
};
#define SC_LX_BIT(c) ((uint64_t)1 << (c))
/* categories fill sc_lxval_t.cats: a 65th would shift by 64 (undefined), so a new one must
 * reuse a bit or widen the mask */
_Static_assert(SC_LX_NCATS <= 64, "lexicon categories exceed the 64-bit mask");

typedef struct sc_lxval_s {
	uint64_t cats;    /* SC_LX_BIT() of every category of the form */
	double num;       /* number, fraction, duration in seconds, month */
	int m0, m1;       /* season: first and last month */
	int32_t anto;     /* antonym code (pair << 1 | side), -1 if none */
	uint64_t cls;     /* term class shared by a synonym class or an antonym pair, 0 if none */
	char cur[4];      /* currency code of a money unit */
	const char *word; /* the lexicon's own form, for cue names (borrowed from the lexicon) */
	int qcls;         /* count class SC_QC_* of a SC_QM_COUNTED word, 0 if none */
	int qmark;        /* SC_QM_* roles of a SC_LX_QFRAME entry */
	int cmark;        /* SC_CM_* roles of a SC_LX_QFRAME entry (the claim layer's lists) */
} sc_lxval_t;

/* Roles of the claim layer's marker words (sc_lxval_t.cmark; category SC_LX_QFRAME, whose
 * entries carry roles, since the 64 category bits are full), from the lexicons' lists: */
enum {
	SC_CM_RUMOUR = 1, /* rumour_markers: "reportedly", "unconfirmed reports", "selon des
	                   * rumeurs", "dit-on": the clause passes on a rumour, nobody asserts it */
	SC_CM_CHARGE = 2, /* charge_markers: "charged with", "on suspicion of", "mis en examen
	                   * pour", "soupçonné de": the sentence reports a charge or a suspicion,
	                   * which a denial answers without contradicting it */
	SC_CM_ANSWER = 4, /* answer_verbs: "respond", "reply", "répondre": with an object after
	                   * "to"/"à" and no clause said, an act ("Police responded to the
	                   * crash", "ont répondu à l'appel"), no saying */
	SC_CM_ENDED = 8,  /* stance_ended: "until", "jusqu'à ce qu'": after a denial and before an
	                   * admission, the denial ended ("denied the charges until he admitted
	                   * them") */
	SC_CM_ADMIT = 16, /* admission_verbs: "admitted", "came forward", "avoue": after a
	                   * stance_ended marker, what ended the denial */
	SC_CM_FEAR = 32,  /* fear_markers: "fear that", "feared", "craignent": what is feared
	                   * after it is asserted by no one (statement.c fear_governs) */
	SC_CM_MONTH_BEFORE = 64, /* background_month_before: "last" before a month ("Last March"):
	                          * a past month, another time than the event's (statement.c
	                          * last_month) */
	SC_CM_MONTH_AFTER = 128, /* background_month_after: "dernier", "passé" after a month ("en
	                          * mars dernier", "le 19 février dernier"): the same */
	SC_CM_PLUPERFECT = 256,  /* pluperfect_auxiliaries: "had", "avait", "étaient": before a past
	                          * participle, a time before the story's (statement.c pluperfect;
	                          * with an earlier date, conflict.c mark_background_dates) */
	SC_CM_SUBJ_PRONOUN = 512, /* subject_pronouns: "he", "she", "il", "elles": a clause subject
	                           * that names the last named subject (statement.c find_subject) */
};

/* Roles of the number frames' words (sc_lxval_t.qmark), from the lexicons' lists: */
enum {
	SC_QM_COUNTED = 1, /* count_classes: names what a number counts ("killed", "tués") */
	SC_QM_UPDATE = 2,  /* update_cues: "rose to", "now stands at", "a grimpé à" */
	SC_QM_TZ = 4,      /* time_zones after a clock time: "GMT", "ET", "heure locale" */
	SC_QM_SEVERAL = 8, /* several_words: "several", "plusieurs" ("several dozen" >= 24) */
	SC_QM_PARTIAL = 16, /* partial_markers: "of the", "d'entre" ("three of them" is a part) */
	SC_QM_HEAD = 32,   /* count_heads: nouns announcing a count before it ("the death toll
	                    * rose to 30", "put the march at 30,000", "le bilan s'élève à 30") */
	SC_QM_CUMUL = 64,  /* cumulative_cues: "a total of", "so far", "au total", "jusqu'ici": the
	                    * sentence's counts are running totals, not one occasion's */
	SC_QM_MEASURE = 128, /* measure_units: "miles", "tonnes", "mètres": a measure, not a count
	                      * of things */
	SC_QM_OFFSET_AFTER = 256, /* offset_anchors after a duration: "after", "before", "après",
	                           * "avant": an offset from what follows */
	SC_QM_OFFSET_NOW = 512,   /* offset_now after a duration: "ago", "earlier", "plus tôt" */
	SC_QM_OFFSET_FROM_NOW = 1024, /* offset_from_now before a duration: "il y a", "dans", "in" */
	SC_QM_ZERO = 2048, /* zero_quantifiers: "no one", "nobody", "no", "personne", "aucun": with a
	                    * count class word after them, a count of none ("No one was injured") */
	SC_QM_SEVERE = 4096, /* severity_words: "seriously", "grièvement", "grave": "no one was
	                      * seriously hurt" is no count of none */
	SC_QM_SENTENCED = 8192, /* sentence_verbs: "sentenced", "jailed", "condamné", "écopé": a
	                         * number of years after them is a prison term (quantity.c term_of) */
	SC_QM_PERSON = 16384,   /* person_nouns: "woman", "son", "femme", "fils": who an age
	                         * without a name is ("a 71-year-old man", "son fils de 6 ans") */
	SC_QM_RATE = 32768,     /* rate_nouns: "turnout", "participation", "taux de chômage": a
	                         * percentage said of them is that rate (quantity.c percent_share) */
	SC_QM_EARLIER = 65536,  /* earlier_cues: "initially", "d'abord": a first figure a later one
	                         * replaces (quantity.c update_cue_before) */
	SC_QM_CLOCK_PREP = 131072, /* clock_prepositions: "à", "vers": an hour after them is a clock
	                            * time ("vers 21 h"), not a duration (quantity.c clock_at) */
	SC_QM_CLOCK_AM = 262144,   /* clock_am after an hour: "du matin" */
	SC_QM_CLOCK_PM = 524288,   /* clock_pm after an hour: "du soir", "de l'après-midi" (+12 h) */
	SC_QM_CLOCK_LOWER = 1048576, /* clock_lower before a clock time: "shortly after", "dès": the
	                              * time is a lower bound (and a clock preposition) */
	SC_QM_CLOCK_UPPER = 2097152, /* clock_upper: "before", "jusqu'à": an upper bound */
	SC_QM_CLOCK_NEAR = 4194304,  /* clock_near before a clock bound: "shortly", "peu": within
	                              * an hour of the time, not open to midnight */
};

/* Count classes: what a number counts, whatever the words ("killed" = "dead" = "died" =
 * "tués" = "morts"). The lexicon's count_classes map each name below to its words. */
enum {
	SC_QC_NONE = 0,
	SC_QC_KILLED,    /* killed, dead, died, deaths; tués, morts, décès */
	SC_QC_INJURED,   /* injured, wounded, hurt; blessés */
	SC_QC_ARRESTED,  /* arrested, detained, captured; arrêtés, interpellés */
	SC_QC_MISSING,   /* missing; disparus */
	SC_QC_EVACUATED, /* evacuated; évacués */
	SC_QC_ATTENDING, /* protesters, marchers, crowd; manifestants, foule */
	SC_QC_MAGNITUDE, /* an earthquake's magnitude */
	SC_QC_AGE,       /* a person's age: "35-year-old", "aged 35", "35 ans" */
	SC_QC_TIMES,     /* how many times an event happened: "married twice", "three times",
	                  * "deux fois": the same thing only for the same predicate (claim) */
	SC_QC_THING,     /* no class of its own: a noun that counts things, not people ("homes",
	                  * "boats", "campings"): a predicate they share with people ("evacuated",
	                  * "missing") counts them apart (quantity.c read_frame) */
	SC_QC_N
};
/* The class of a name ("killed"), 0 if unknown; and the name of a class. */
int sc_cmp_qclass(const char *name);
const char *sc_cmp_qclass_name(int qc);

typedef struct sc_lexicon_s sc_lexicon_t;
typedef struct sc_lxlang_s sc_lxlang_t;
/* Loads fr.json and en.json from dir (NULL: the copies embedded at build time) and validates
 * every entry; err names the file and the entry at fault. Stem-matched entries are usable
 * after sc_cmp_lex_stem. */
int sc_cmp_lex_load(sc_lexicon_t **lx, const char *dir, char *err, size_t errlen);
/* Stems the stem-matched single words with tok (sc_sh_stem); a stem claimed by two different
 * synonym classes or antonym pairs is an error naming both words. */
int sc_cmp_lex_stem(sc_lexicon_t *lx, sc_tokenizer_t *tok, char *err, size_t errlen);
void sc_cmp_lex_free(sc_lexicon_t *lx);
/* The lexicon of a language ("fr", "en"; anything else gives French). */
const sc_lxlang_t *sc_cmp_lex_lang(const sc_lexicon_t *lx, const char *lang);
/* Lookups by XXH3-64 of a lower-cased surface form / of a Snowball stem; NULL if absent. */
const sc_lxval_t *sc_cmp_lex_surface(const sc_lxlang_t *L, uint64_t h);
const sc_lxval_t *sc_cmp_lex_stemmed(const sc_lxlang_t *L, uint64_t h);
/* Every multiword entry starting at h[0..n-1] (longest first), at most max: their values and
 * lengths in tokens. Returns how many. */
size_t sc_cmp_lex_phrases(const sc_lxlang_t *L, const uint64_t *h, size_t n,
                          const sc_lxval_t **vals, uint8_t *lens, size_t max);
/* Whether the word before a period (without the period, e.g. "M", "U.S") is an abbreviation. */
int sc_cmp_lex_is_abbrev(const sc_lxlang_t *L, const char *w, size_t n);
/* Whether the word w[0..n) (any case) is a weekday, a month or a time zone of the lexicon
 * ("Tuesday", "Feb", "ET"): after a clock time's "a.m."/"p.m." the sentence goes on. */
int sc_cmp_lex_time_word(const sc_lxlang_t *L, const char *w, size_t n);
/* Whether norm ends with a conditional ending ("-rait") / an adverb ending ("-ment", "-ly"). */
int sc_cmp_lex_conditional(const sc_lxlang_t *L, const char *norm, size_t n);
int sc_cmp_lex_adverb(const sc_lxlang_t *L, const char *norm, size_t n);
int sc_cmp_lex_months_capitalised(const sc_lxlang_t *L);
/* Whether norm ends like a past participle that can follow a noun ("citées"). */
int sc_cmp_lex_participle(const sc_lxlang_t *L, const char *norm, size_t n);
/* Alternate form for lexicon lookups of a word the stemmer leaves alone ("affirment" ->
 * "affirme"): writes it to out (size cap) and returns its length, or 0 if none applies. */
size_t sc_cmp_lex_alternate(const sc_lxlang_t *L, const char *norm, size_t n, char *out,
                            size_t cap);
/* Name of antonym pair p ("ouvrir/fermer"). */
const char *sc_cmp_lex_antonym_name(const sc_lxlang_t *L, int32_t pair);

/* ------------------------------------------------------------- scanner
 * Cuts a sentence into tokens for the analysis: words (hyphens split, French elisions and
 * English contractions as tokens of their own), numbers (decimal commas and points and
 * thousands groups kept inside) and single punctuation marks. Forms are lower-cased
 * (utf8proc), typographic apostrophes unified. */
enum {
	SC_CT_WORD = 1, SC_CT_NUM = 2, SC_CT_PUNCT = 4, SC_CT_CAP = 8, SC_CT_ALLCAP = 16,
	SC_CT_HYPH = 32,   /* joined to the next token by a hyphen */
	SC_CT_ELIDED = 64, /* "l'", "qu'", "n't" */
	SC_CT_GLUED = 128, /* no space before the next token */
};
typedef struct sc_ctok_s {
	uint32_t start, end; /* byte offsets in the scanned text, end exclusive */
	uint32_t noff, nlen; /* normalised form: scan buffer + noff, NUL-terminated */
	uint32_t flags;      /* SC_CT_* */
	uint64_t h;          /* XXH3-64 of the normalised form */
} sc_ctok_t;
typedef struct sc_scan_s {
	sc_ctok_t *t;
	size_t n, m;
	char *buf;
	size_t blen, bcap;
} sc_scan_t;
/* Scans s; the previous content of sc is discarded, its memory reused. Returns the number of
 * tokens or SC_ENOMEM. */
long sc_cmp_scan(const sc_lxlang_t *L, const char *s, size_t len, sc_scan_t *sc);
void sc_cmp_scan_free(sc_scan_t *sc);
#define SC_CT_NORM(sc, i) ((sc)->buf + (sc)->t[i].noff)

/* ------------------------------------------------------------ sentences */
typedef struct sc_sent_s {
	size_t start, end; /* byte offsets, end exclusive, trimmed of surrounding space */
} sc_sent_t;
/* Splits text into sentences (abbreviations, initials, decimal commas, quotations kept whole).
 * *out is realloc'd (caller frees); returns the number of sentences or a negative code. */
long sc_cmp_sentences(const sc_lexicon_t *lx, const char *text, size_t len, const char *lang,
                      sc_sent_t **out, size_t *cap);

/* ----------------------------------------------------------- statements */
enum { SC_Q_NUMBER = 0, SC_Q_DURATION, SC_Q_DATE, SC_Q_MONEY, SC_Q_PERCENT,
       SC_Q_CLOCK /* a clock time: minutes since midnight; unit: the time zone's word or "" */ };
/* qualifiers of a quantity (sc_quant_t.qual) */
enum { SC_QQ_EXACT = 0, SC_QQ_ABOUT, SC_QQ_ATLEAST, SC_QQ_UPTO, SC_QQ_VAGUE /* "dozens" */ };
#define SC_NEG_HEADS 4
#define SC_QCTX 16      /* sc_quant_t.ctx: words a date dates, at most */
#define SC_OFFSET_NOW 1 /* sc_quant_t.offset: measured from the time of writing */
#define SC_QCLAIM 3     /* sc_quant_t.claim: predicate words of a duration or a count of times */
#define SC_CHARGE_OF 3  /* sc_stmt_t.charge_of: content words of what is charged */
#define SC_FULL_NAMES 8 /* sc_stmt_t.full_names: at most */

typedef struct sc_quant_s {
	int kind;          /* SC_Q_* */
	double value;      /* normalised: durations in seconds, dates as days since 1970-01-01 */
	double lo, hi;     /* the interval the text allows (approximate values are wide); dates:
	                    * [first day, last day + 1) */
	int approx;        /* "environ", "about", "plus de" ... */
	char unit[16];     /* "s" (durations), ISO 4217 code (money), "%", "" (numbers); dates:
	                    * "ymd", "ym", "y", or "md"/"m" when the year is not given (the
	                    * interval is then placed in the reference year 2001: compare such
	                    * dates by day of year only); "ymdr": a day read from a relative
	                    * day ("on Thursday", "yesterday") against the article's publication
	                    * day, cluster mode only (quantity.c relative_day); "ymdf": the same
	                    * in a clause about what is to come (quantity.c future_clause) */
	uint64_t what;     /* hash of the stemmed noun the number counts ("morts", "régions"), 0 if none */
	size_t start, end; /* byte offsets in the sentence */
	uint64_t pred;     /* plain numbers: term hash of the first content word after the counted
	                    * noun ("three people *died*"), 0 if none: 3 died and 5 injured are not
	                    * two counts of one thing */
	uint64_t alt;      /* a generic counted noun ("personnes", "people": the lexicon's
	                    * generic_count_nouns): pred, as what the number also counts
	                    * ("14 personnes blessées" / "sept blessés"); 0 otherwise */
	/* the frame (quantity.c): what is counted, of whom, how it is qualified */
	int qcls;          /* count class SC_QC_* (killed, injured, age ...), 0 if unknown */
	uint64_t head;     /* the counted noun's head ("two speed *boats*"): term hash, 0 if none */
	int qual;          /* SC_QQ_* */
	int partial;       /* "three of the victims", "deux d'entre eux": a part, not a total */
	int update;        /* an update cue governs it: 1, a later figure ("rose to", "now stands
	                    * at", "a grimpé à"); 2, an earlier one ("initially", "d'abord") */
	uint64_t subj;     /* ages: hash of the person's name (lower case), 0 if not said */
	int group;         /* coordinated numbers ("7.6 and 7.4", "6 and 8") share a group id > 0 */
	uint64_t offset;   /* durations: what it is measured from (quantity.c duration_offset):
	                    * 0 a lasting state ("for three weeks"), SC_OFFSET_NOW ("three weeks
	                    * ago", "in 30 days"), else the term after "after"/"before" */
	uint64_t ctx[SC_QCTX]; /* dates: term hashes of the words of its clause around it (what
	                        * it dates: quantity.c date_context) */
	int nctx;
	int report_date;   /* dates: it dates a report ("police said on December 4"): no clash */
	int cumul;         /* its sentence has a cumulative cue (SC_QM_CUMUL): a running total */
	int measure;       /* its head is a unit of measure (SC_QM_MEASURE), no counted thing */
	uint64_t noun;     /* the counted noun of a generic frame (quantity.c read_frame): term
	                    * hash, 0 if none or generic ("people") */
	int consensus;     /* cluster mode: its head noun is counted in the event with a consensus
	                    * (conflict.c, mark_consensus): a generic frame may clash; 2 when one
	                    * document's figure stands against the event's (lone_outlier) */
	int zero;          /* a count of none read from a zero quantifier ("No one was injured",
	                    * "aucun blessé"): value 0 of its class; its statement's negation is
	                    * this count, not a denial of the predicate (conflict.c frame_verdict) */
	int term;          /* durations: a prison term, years after a sentencing verb ("sentenced
	                    * to 18 years", "condamné à 18 ans de réclusion"; not "avait requis 22
	                    * ans", "faces up to ten years"): quantity.c term_of */
	uint64_t subj_first; /* ages: hash of the given name before subj ("*Paul* Kemp, 42,"), 0 if
	                      * none: "Paul Kemp" and "Mary Kemp" are two persons */
	uint64_t share;    /* percentages: what they are a share of ("40% *of services* were
	                    * cancelled", "25 % *des vols*"): term hash, 0 if not said */
	uint64_t share_pred; /* percentages: the predicate after it ("were *cancelled*"), 0 if none */
	uint64_t place;    /* counts, shares, sums: the place named with it, the hash of the name
	                    * after a place preposition ("turnout *in Fenton*", "92 000 manifestants
	                    * *en France*", "*À Paris*, le cortège a réuni 18 000"); 0 if none:
	                    * quantity.c place_of */
	int subj_desc;     /* ages: subj is a describing noun ("woman", "fils"), not a name: the
	                    * same person is likely, not known (conflict.c: a lead) */
	int aside;         /* a conversion in parentheses right after another quantity ("€2
	                    * million ($2.6 million)"): the same figure again, never set against
	                    * another */
	uint64_t claim[SC_QCLAIM]; /* durations and counts of times: term hashes (stem or synonym
	                            * class) of the content words before it in its clause, nearest
	                            * first, names and a determiner's modifier ("the *past* three
	                            * weeks") left out: what lasted or happened ("*hospitalized* in
	                            * Los Angeles for four weeks", "*married* twice"); quantity.c
	                            * claim_context. Two of them are one claim when they share one */
	int nclaim;
	int docpart;       /* cluster mode: a count of people of a class (killed, injured ...)
	                    * whose own document gives a larger count of that class in another
	                    * claim (conflict.c mark_doc_parts): a part of that total ("One person
	                    * died when a house collapsed" beside "At least 12 people were
	                    * killed"), set against another document's count only when that one
	                    * is a part too and the two say the same thing around it */
	int thing;         /* plain numbers: the counted head is a noun the lexicon lists as a
	                    * thing (count_classes "thing": "deux *campings* évacués"): it counts
	                    * no people, whatever the predicate's class says */
	uint64_t csubj;    /* claim frames: the clause's subject when identified, a name or a
	                    * noun after a definite article before the auxiliary ("*The boy* was
	                    * missing for three days"): hash, 0 if none (quantity.c claim_subject) */
	int csubj_indef;   /* claim frames: the subject is a noun after another determiner ("*One*
	                    * firefighter", "*Another* firefighter", "*His* father", "*Un* pompier"):
	                    * not known to be anyone the other side names */
	uint64_t occasion; /* claim frames: a weekday next to the figure ("for six hours *on
	                    * Sunday*"): its hash, 0 if none */
	uint64_t mod;      /* generic frames: the word that qualifies the counted noun, before it
	                    * in English ("five *merchant* vessels"), after it in French ("cinq
	                    * navires *marchands*"): term hash, 0 if none (quantity.c read_frame);
	                    * a participle is no mod ("four *masked* men" / "three *armed* men" count
	                    * one band): it describes the thing, it does not tell two apart */
	int rank;          /* plain numbers: digits with an ordinal suffix ("the 2nd victim", "la 2e
	                    * victime"): a rank, which no frame counts (quantity.c ordinal_digits) */
	int negdesc;       /* plain numbers: the describing participle's property, signed: +p
	                    * "two *armed* men", -p negated ("three *unarmed* men", "trois hommes
	                    * *non armés*"), 0 none; +p against -p counts complements, never the
	                    * same (quantity.c negated_participle, conflict.c frame_same_thing) */
	uint64_t pred_before; /* plain numbers: the content word right before the number over
	                       * function words ("*seized* two boats", "ont *saisi* deux bateaux"),
	                       * 0 if none or a reporting verb ("police *said* four men"); with
	                       * pred_after, what a generic frame's figure is said of (conflict.c
	                       * same_predicate) */
	uint64_t pred_after;  /* plain numbers with a counted noun: the content word after it over
	                       * auxiliaries ("two boats were *seized*"), and in French over a
	                       * describing participle ("hommes cagoulés ont *commis*"), 0 if none */
} sc_quant_t;

/* Two figures named with two places count two things ("18 000 à Paris" / "92 000 en France"):
 * sc_quant_t.place */
static inline int sc_quant_places_apart(const sc_quant_t *x, const sc_quant_t *y)
{
	return x->place && y->place && x->place != y->place;
}

/* Two plain numbers count one thing, by their counted nouns: the same noun; a generic noun
 * ("personnes", "people") and the predicate the other counts ("14 personnes blessées" / "sept
 * blessés"); or two generic nouns of one predicate ("One person died" / "Three people died":
 * English "person" and "people" are two stems). Read by both modes (conflict.c, judge.c). */
static inline int sc_quant_what_same(const sc_quant_t *x, const sc_quant_t *y)
{
	return x->what == y->what || (x->alt && (x->alt == y->what || x->alt == y->alt)) ||
	       (y->alt && y->alt == x->what);
}

/* Two figures one of which an update cue governs are a running count's two readings, not a
 * clash, unless both are first figures: "initially said three" / "initially put it at five"
 * give two accounts of the same first figure, and "le premier bilan faisait état de trois
 * morts" / "... de sept morts" disagree on it. */
static inline int sc_quant_is_update(const sc_quant_t *x, const sc_quant_t *y)
{
	return (x->update || y->update) && !(x->update == 2 && y->update == 2);
}

typedef struct sc_stmt_s {
	const char *text;  /* borrowed: the sentence */
	size_t len;
	char lang[4];
	/* polarity and stance */
	int negated;       /* a negation governs the main predicate (not in a relative clause), or
	                    * a negative verb ("a rompu", "called off") or a refusal ("rejette
	                    * l'offre") is asserted; "n'a pas démenti" cancels both */
	int denial;        /* the speaker denies / dismisses a claim: a denial verb, a rejection
	                    * verb whose object is a claim, a dismissal ("qualifiés de ragots") */
	int hedged;        /* conditional, "allegedly", "il semble que", a rumour not dismissed */
	int reported;      /* attributed: "selon X", a reporting verb with its subject */
	char *source;      /* who asserts it (owned), NULL: the writer's own voice */
	char *cues;        /* cues that fired, comma-separated (owned) */
	/* content */
	uint64_t *terms;   /* stemmed content-word hashes, sorted unique (owned); a synonym class
	                    * or an antonym pair counts as one term (its class hash) */
	size_t nterms;
	uint64_t *ents;    /* named-entity hashes: XXH3 of each lower-cased capitalised word that
	                    * is a name (not the source's), sorted unique (owned) */
	size_t nents;
	sc_quant_t *q;     /* quantities, dates, durations (owned) */
	size_t nq;
	uint64_t *antos;   /* antonym codes (pair << 1 | side) of the lexicon's antonym pairs found
	                    * in the sentence, sorted unique (owned): a has (p<<1|0) and b has
	                    * (p<<1|1) means antonym predicates; sc_cmp_lex_antonym_name names p */
	size_t nantos;
	/* added by statement.c (zero when unknown) */
	int anaphoric;      /* refers back to an earlier claim: "cette allégation", "any such" */
	int source_pronoun; /* the source was a pronoun ("selon elle", "a-t-il déclaré"): resolved
	                     * from the caller's context, or NULL when none was given */
	uint64_t *term_at;  /* aligned with terms: (start << 32 | end) bytes of the term's first
	                     * occurrence in text, 0 for a term inherited from context (owned) */
	uint64_t *ent_at;   /* the same for ents (owned) */
	size_t neg_start, neg_end; /* when negated: bytes of the clause(s) the negation governs */
	uint64_t neg_heads[SC_NEG_HEADS]; /* when negated: term (or entity) hashes of the negated
	                                   * predicates ("n'a pas *faibli*", "aucune *négociation*",
	                                   * "a rompu les *négociations*") */
	size_t nneg_heads;
	size_t neg_close;   /* when negated: where the first negated clause ends at a clause of
	                     * its own sentence that follows it, opened by a coordinator, a
	                     * subordinator or a relative pronoun ("did not play in the first half
	                     * *but* scored", "did not go *because*", ", *which* was held"); 0
	                     * when none follows */
	size_t other_end;   /* then: where that other clause ends (the sentence's end) */
	size_t rel_start, rel_end; /* a relative clause before the negation in its sentence ("The
	                     * senator, *who voted for the bill*, did not speak"), 0 when none */
	int question;       /* ends with a question mark: asks, asserts nothing */
	uint64_t lead_ent;  /* the capitalised first word, kept among the terms (as lead_term):
	                     * its entity hash, for a caller who knows it is a name (0: none) */
	uint64_t lead_term;
	/* the claim (statement.c; conflict.c sets background_year): what kind of assertion the
	 * sentence makes about the event. Only SC_MOD_ASSERTED, SC_MOD_REPORTED and
	 * SC_MOD_DENIED claims are set against each other in cluster mode. */
	int modality;       /* SC_MOD_*: of the negated clause when negated, else of the sentence */
	int nonassertive;   /* the negation reports missing information, not a fact of the event:
	                     * "could not say how many", "did not return a call", "n'a pas
	                     * souhaité commenter" (then modality is SC_MOD_UNKNOWN) */
	int known_neg;      /* nonassertive because a French verb of knowing inside
	                     * "ne ... pas" has its object or "que" clause after it ("ne savait
	                     * pas que ...", "ne connaissait pas le suspect"); pair mode gives the
	                     * negation back against a side asserting that verb (sc_cmp_claims_pair):
	                     * 0, or 1 + the modality the claim then has */
	int background;     /* about another time or event: "last year", "the previous quake",
	                     * "l'an dernier", or (set by conflict.c) an explicit year other than
	                     * the article's; never set against the event's own claims. The
	                     * number path may check it too */
	int background_year; /* the explicit year that made it background (0: a marker did) */
	size_t denial_at;   /* when denial: byte offset just after the denial cue; what is
	                     * denied lies after it */
	size_t neg_at;      /* when negated: byte offset of the first negation cue */
	int neg_verb_only;  /* negated only by a negative verb ("stopped", "a rompu"), no "not" */
	uint64_t sub_neg_heads[SC_NEG_HEADS]; /* heads negated inside a subordinate clause
	                                       * ("because we were not *progressing*"): the
	                                       * sentence holds that negative stance too */
	size_t nsub_neg_heads;
	uint64_t subj_term; /* when negated: term hash of the negated clause's subject when it is a
	                     * common noun opening the clause ("The *regulations* don't require"),
	                     * 0 otherwise (names are entities, see conflict.c) */
	uint64_t *inf_terms; /* terms (hashes, sorted unique) every occurrence of which lies in an
	                      * infinitive complement ("was negotiating *to purchase* the property",
	                      * "tente *de déterminer* la cause"): named, not asserted (owned) */
	size_t ninf_terms;
	int neg_subject;     /* the negation is a negative determiner opening the clause: it negates
	                      * the subject ("*No* shots were fired", "*Neither* Perlo nor ...
	                      * ever claimed", "*Aucun* coup de feu n'a été tiré") */
	size_t neg_pred_at;  /* then: byte offset after the subject's head; the predicate follows */
	uint64_t denial_head; /* when a proposition is denied (denial_at > 0): term hash of its
	                       * predicate, the first content word after the denial verb ("denied
	                       * *arson*", "nie avoir *tiré*"), 0 if none */
	size_t denial_pred_at; /* when a clause is denied ("denied that it was planning to ...",
	                        * "a démenti que l'incendie soit fixé"): byte offset where the
	                        * clause's predicate starts, after its subject and auxiliary; 0 when
	                        * not found. Its subject locates the claim, the predicate states it */
	size_t claim_content_at; /* when a claim named by a noun is denied or dismissed
	                          * (denial && !denial_at): byte offset after the "of"/"de"/"that"
	                          * that opens its stated content ("rumours *of* talks"), 0 when
	                          * the sentence names the claim without stating it ("the
	                          * allegations against him are unfounded") */
	int rumour;         /* the main clause passes on a rumour (lexicon rumour_markers) and does
	                     * not dismiss it: modality SC_MOD_RUMOURED, no source of its own */
	int charge;         /* the sentence reports a charge or a suspicion (lexicon
	                     * charge_markers): "was charged with arson", "a été mis en examen
	                     * pour meurtre". The accused's denial or plea answers it; both hold */
	uint64_t charge_of[SC_CHARGE_OF]; /* then: the term hashes of what is charged, the
	                                   * content words right after the marker ("charged with
	                                   * *arson*", "soupçonné d'avoir *empoisonné*") */
	int ncharge_of;
	int passive_agent;  /* the reporting or denial verb is passive with its agent named ("a été
	                     * annoncé par le ministère", "was denied by a spokesman"): the agent
	                     * is the source, and a denial denies the subject */
	int pluperfect;     /* the main clause's verb is a pluperfect ("had counted", "avait compté",
	                     * "avaient été blessées"): told from a time before the story's. With a
	                     * date well before its article's day it is background (conflict.c
	                     * mark_background_dates) */
	uint64_t subj_name; /* the main clause's subject when a name opens it, after at most one
	                     * leading adjunct: the hash of the name's last word ("Julien *Ferrand*
	                     * a été nommé", "*Ruiz*, 46, was elected", "*Roglic*, troisième de
	                     * l'étape, pointe"), 0 if none. Cluster mode keeps it only when the
	                     * cluster writes the word as a full name's last somewhere or it is
	                     * apposed (subj_apposed), and gives a subject pronoun the name of the
	                     * sentence before (conflict.c promote_leads, add_doc) */
	uint64_t full_names[SC_FULL_NAMES]; /* the last words of names of two words or more,
	                     * the source's included ("Maria *Lindqvist*", "Thomas *Byrne* told"),
	                     * as entity hashes: what makes a subject's word a name (conflict.c
	                     * promote_leads; statement.c find_full_names) */
	int nfull_names;
	int subj_apposed;   /* subj_name opens the sentence with a closed apposition after it
	                     * ("Roglic, troisième de l'étape, pointe"): a name, whatever else
	                     * the cluster writes (statement.c apposition_after) */
	int subj_pronoun;   /* the subject is a pronoun ("he", "il": lexicon subject_pronouns) */
} sc_stmt_t;

/* Term i of s as written (its first occurrence, from term_at), *len its bytes; NULL for a
 * term inherited from context (no position). */
static inline const char *sc_cmp_term_word(const sc_stmt_t *s, size_t i, size_t *len)
{
	uint64_t at = s->term_at ? s->term_at[i] : 0;
	size_t b = (size_t)(at >> 32), e = (size_t)(at & 0xffffffffu);
	if (!at || e <= b || e > s->len) return NULL;
	*len = e - b;
	return s->text + b;
}

/* Modality of a claim. */
enum {
	SC_MOD_ASSERTED = 0, /* said as a fact, in the writer's voice */
	SC_MOD_REPORTED,     /* said as a fact by a named source */
	SC_MOD_DENIED,       /* a source denies a claim */
	SC_MOD_HYPOTHETICAL, /* a possibility or counterfactual: "may not", "would not have",
	                      * "pourrait ne pas" */
	SC_MOD_CONDITIONAL,  /* inside a condition: "if they don't", "s'ils ne ... pas" */
	SC_MOD_UNKNOWN,      /* asserts nothing about the event: a question, a non-assertion */
	SC_MOD_RUMOURED      /* passes on a rumour nobody asserts: "reportedly", "unconfirmed
	                      * reports said", "selon des rumeurs", "dit-on" */
};
/* Whether a claim of this modality can be set against another claim. */
#define SC_MOD_ASSERTS(m) ((m) <= SC_MOD_DENIED)

/* The comparator object (opaque in compare.h). */
struct sc_cmp_s {
	sc_lexicon_t *lex;
	sc_tokenizer_t *tok;
	void *model;       /* judge.c's fitted model */
	void *scratch;     /* statement.c's per-object scratch (sc_cmp_stmt_work_free) */
	int over_time;     /* cluster mode: also offer pairs across clusters (sc_cmp_set_over_time) */
	int negation_conflicts; /* cluster mode: plain negations may be conflicts, not only leads
	                         * (sc_cmp_set_negation_conflicts) */
	int event_days; /* cluster mode: event days past the gate (sc_cmp_set_event_days) */
	const sc_cmp_judge_iface_t *judge; /* borrowed; NULL: the built-in judge (judge.c) */
	int operating_point; /* pair mode: SC_CMP_OP_*, 0 the default (compare.h) */
};

/* Analyses one sentence (lang "fr", "en", or "" to guess). st is overwritten; free with
 * sc_cmp_stmt_free. st->text borrows s. Not thread-safe on one c (scratch memory). */
int sc_cmp_analyse(sc_cmp_t *c, const char *s, size_t len, const char *lang, sc_stmt_t *st);
/* The same with a context: when the sentence's source is a pronoun ("selon elle", "a-t-il
 * déclaré", "he said"), ctx_source (the last named source of the document, may be NULL)
 * becomes its source and st->source_pronoun is set. */
int sc_cmp_analyse_ctx(sc_cmp_t *c, const char *s, size_t len, const char *lang,
                       const char *ctx_source, sc_stmt_t *st);
void sc_cmp_stmt_free(sc_stmt_t *st);
void sc_cmp_stmt_work_free(void *scratch);
/* Pair mode, after both sides are analysed (statement.c): a French negated knowing or
 * thinking verb that only reports what someone did not know (known_neg) asserts again when
 * the other side asserts the same verb ("ne connaissait pas le suspect" / "connaissait bien
 * le suspect"): the clash is then about the knowing itself. */
void sc_cmp_claims_pair(sc_stmt_t *a, sc_stmt_t *b);
/* Whether the negation of n is about what o states (statement.c): 0 when o states none of
 * n's negated predicates and restates more of another clause of n's sentence than of the
 * negated one ("did not play in the first half but scored twice" / "scored two goals"); 1
 * otherwise, and when n is not negated. The judge then takes no negation evidence from the
 * pair. */
int sc_cmp_neg_about(const sc_stmt_t *n, const sc_stmt_t *o);
/* Whether o holds the term or name hash h (its terms and ents, sorted). */
int sc_cmp_stmt_holds(const sc_stmt_t *o, uint64_t h);

/* Scores a pair of statements with c's judge (compare.h "The judge"): fills out
 * (contradiction, score, kind, cues). Pair mode and cluster mode both call it. Returns SC_OK,
 * SC_ENOMODEL (the built-in judge has no model) or the judge's code. */
int sc_cmp_judge(sc_cmp_t *c, const sc_stmt_t *a, const sc_stmt_t *b, sc_judgement_t *out);

/* ------------------------------------------------ the sentence under analysis
 * statement.c's per-sentence state (work_t: scratch memory reused across sentences; ana_t:
 * one analysis) and the token helpers, shared with the quantity reader (quantity.c), which
 * reads the tokens and lexicon values and marks the tokens a quantity uses. */
/* per-token marks */
enum {
	MK_CUE = 1,     /* a cue word: not a key term */
	MK_REL = 2,     /* inside a subordinate clause */
	MK_SOURCE = 4,  /* part of the source's name */
	MK_QUANT = 8,   /* part of a quantity */
	MK_NEGUSED = 16,
	MK_EXC = 32,    /* inside a negation exception */
	MK_INF = 64,    /* inside an infinitive complement ("trying *to determine the cause*",
	                 * "tente *de déterminer les causes*"): not asserted */
};

typedef struct tpos_s {
	uint64_t h, at; /* hash, (start << 32 | end) */
} tpos_t;

#define PH_MAX 6
typedef struct phc_s { /* the phrases starting at a token, longest first */
	const sc_lxval_t *v[PH_MAX];
	uint8_t len[PH_MAX];
	uint8_t n;
} phc_t;

typedef struct work_s {
	sc_scan_t sc;
	const sc_lxval_t **sv, **tv; /* surface and stem values per token */
	uint64_t *stem;              /* stem hash per token (0 for punctuation) */
	uint64_t *h;                 /* token hashes, for phrase matching */
	uint32_t *mk;
	uint8_t *stop;               /* stopword per token: 0 no, 1 yes */
	uint8_t *bnd;                /* clause boundary per token */
	uint32_t *nextb, *prevb;     /* next boundary at or after i; first token of i's clause */
	phc_t *ph;                   /* phrases starting at each token */
	size_t m;
	char cues[512];
	size_t ncues;
	size_t heads[SC_NEG_HEADS]; /* tokens of the negated predicates */
	size_t nheads;
	size_t negtok;              /* first token of the main clause's first negation, or -1 */
	size_t negl[SC_NEG_HEADS];  /* last token of each main-clause negation cue */
	size_t nnegl;
	size_t negf[SC_NEG_HEADS];  /* first token of each of those cues (aligned with negl) */
	size_t subheads[SC_NEG_HEADS]; /* heads of negations inside subordinate clauses */
	size_t nsubheads;
	int negexp;                 /* an explicit negation ("not", "ne ... pas") in the main clause */
	tpos_t *terms, *ents; /* (hash, position) before sorting */
	size_t nterms, nents, mterms, ments;
	tpos_t *infs;         /* term occurrences inside infinitive complements / outside */
	size_t ninfs, minfs;
	tpos_t *asrs;
	size_t nasrs, masrs;
	size_t denial_tok;    /* the denied proposition's first content word, or -1 */
	sc_quant_t *q;
	size_t nq, mq;
	uint64_t *antos;
	size_t nantos, mantos;
} work_t;

typedef struct ana_s {
	sc_cmp_t *c;
	const sc_lxlang_t *L;
	const char *lang;
	const char *s;
	size_t len;
	work_t *w;
	size_t n;
} ana_t;

#define NORM(a, i) SC_CT_NORM(&(a)->w->sc, i)
#define TOK(a, i) ((a)->w->sc.t[i])

static inline int is_punct(const ana_t *a, size_t i) { return TOK(a, i).flags & SC_CT_PUNCT; }
static inline int is_word(const ana_t *a, size_t i) { return TOK(a, i).flags & SC_CT_WORD; }
/* Token k's normal form is one of ws (NULL-terminated); false past the end. */
static inline int norm_in(const ana_t *a, size_t k, const char *const *ws)
{
	if (k >= a->n) return 0;
	for (; *ws; ws++)
		if (!strcmp(NORM(a, k), *ws)) return 1;
	return 0;
}
/* Token k is a word (word_in) or a punctuation mark (punct_in) whose normal form is one of ws. */
static inline int word_in(const ana_t *a, size_t k, const char *const *ws)
{
	return k < a->n && is_word(a, k) && norm_in(a, k, ws);
}
static inline int punct_in(const ana_t *a, size_t k, const char *const *ps)
{
	return k < a->n && is_punct(a, k) && norm_in(a, k, ps);
}
static inline int punct_is(const ana_t *a, size_t i, const char *p)
{
	return is_punct(a, i) && !strcmp(NORM(a, i), p);
}

/* Length in tokens of the entry of a category in mask at token i (phrase first, then the
 * surface form, then the stem); 0 if none. *v gets the value. */
static inline size_t match(const ana_t *a, size_t i, uint64_t mask, const sc_lxval_t **v)
{
	const sc_lxval_t *x = NULL;
	const phc_t *pc = &a->w->ph[i];
	for (size_t p = 0; p < pc->n; p++)
		if (pc->v[p]->cats & mask) {
			if (v) *v = pc->v[p];
			return pc->len[p];
		}
	x = a->w->sv[i];
	if (x && (x->cats & mask)) {
		if (v) *v = x;
		return 1;
	}
	/* no stem matches inside hyphenated compounds: "cessez-le-feu" is not "cesser" */
	int compound = (TOK(a, i).flags & SC_CT_HYPH) || (i > 0 && (TOK(a, i - 1).flags & SC_CT_HYPH));
	x = compound ? NULL : a->w->tv[i];
	if (x && (x->cats & mask)) {
		if (v) *v = x;
		return 1;
	}
	return 0;
}
static inline int has(const ana_t *a, size_t i, int cat) { return match(a, i, SC_LX_BIT(cat), NULL) == 1; }

static inline int stopword(const ana_t *a, size_t i) { return a->w->stop[i]; }

static inline void add_cue(work_t *w, const char *cue)
{
	size_t n = strlen(cue);
	/* unique */
	const char *p = w->cues;
	while (*p) {
		const char *e = strchr(p, ',');
		size_t k = e ? (size_t)(e - p) : strlen(p);
		if (k == n && !memcmp(p, cue, n)) return;
		p = e ? e + 1 : p + k;
	}
	if (w->ncues + n + 2 >= sizeof w->cues) return;
	if (w->ncues) w->cues[w->ncues++] = ',';
	memcpy(w->cues + w->ncues, cue, n);
	w->ncues += n;
	w->cues[w->ncues] = 0;
}

/* quantity.c: reads the quantities, dates, durations, money and percentages of the sentence
 * into a->w->q (a->w->nq of them), marks their tokens MK_QUANT | MK_CUE and adds the
 * approximators that fired as cues. Returns SC_OK or SC_ENOMEM. */
int sc_cmp_find_quantities(ana_t *a);
/* Cluster mode: the publication day (days since 1970-01-01) of the article whose sentences the
 * calling thread analyses next, for its relative days ("on Thursday", "yesterday"); < 0 (pair
 * mode, or unknown) reads none. */
void sc_cmp_quant_now(double days);

/* ------------------------------------------------------------ calibration (calib.c)
 * Cluster mode only: maps a candidate the judge accepted to the probability that it is a
 * conflict an editor wants to read (a logistic model fitted on labelled real news by
 * bench/fit_calib.py, embedded from model/calib-en.json; features are language-neutral). */
#define SC_CALIB_NFEAT 20
typedef struct sc_calib_in_s {
	const sc_stmt_t *a, *b;
	double sim;   /* the shared-term similarity of the pair */
	int kind;     /* SC_CONFLICT_* from the judge */
	double score; /* the judge's score */
	int lead;     /* the comparator's lead flag */
	int same_doc; /* both sentences in one document */
	int headline; /* a side is its document's title line */
	const char *id_a, *id_b; /* document ids and sentence starts (for the dump only) */
	size_t start_a, end_a, start_b, end_b;
} sc_calib_in_t;
/* the features of a candidate, f[SC_CALIB_NFEAT]; their names (NULL past the end) */
void sc_cmp_calib_features(const sc_calib_in_t *in, double *f);
const char *sc_cmp_calib_feature_name(int i);
/* parses a model file's text into w[SC_CALIB_NFEAT] and its "apply" flag: SC_OK or SC_EFORMAT */
int sc_cmp_calib_parse(const char *text, size_t len, double *w, int *apply);
/* the logistic model w on features f */
double sc_cmp_calib_apply(const double *w, const double *f);
/* the calibrated probability with the built-in model (the judge's score when it has none) */
double sc_cmp_calibrate(const sc_calib_in_t *in);

/* ------------------------------------------------ attributes of named persons (attr.c)
 * Cluster mode: the age and the hometown that appositives give a named person ("Anthony
 * LaSalle, 36, of Minneapolis", "Raj Chohan, who lived in South Ozone Park", "Alain Morel, 61
 * ans, originaire de Rouen") in the documents members[0..n) of one event cluster; two mentions
 * of one person (same surname, given names agreeing when both have one, no namesake in the
 * cluster) giving the slot two values that cannot both hold are appended to *out / *nout as
 * conflicts or leads (compare.h), unless a finding already in (*out)[first_out..) joins the same
 * two sentences. Returns SC_OK, SC_ENOMEM, or SC_EFORMAT when the built-in word lists
 * (model/attrwords.json) do not load. */
int sc_cmp_attr_cluster(sc_cmp_t *c, const sc_det_doc_t *docs, const uint32_t *members, size_t n,
                        uint32_t cluster, double min_score, size_t first_out, sc_conflict_t **out,
                        size_t *nout);

#endif
