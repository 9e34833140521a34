/* statement.c: analyses one sentence into a statement: who asserts it, its polarity (negation,
 * denial), hedging, normalised quantities and dates, and its key terms and entities.
 *
 * Shallow by design (no parser): the sentence is scanned into tokens (lexicon.c), each token is
 * looked up by surface form and by Snowball stem in the language's lexicon, and a few
 * positional rules read the structure a news sentence has:
 *
 *  Clauses. A subordinate clause opens at a relative pronoun or conjunction ("qui", "dont",
 *    "parce que", "which", "although") or at a "que"/"that" that does not follow a reporting,
 *    denial or hedging verb, and closes at the next comma, semicolon, colon or quotation
 *    mark. A negation inside a subordinate clause is not the main predicate's: in "the regions
 *    that Russia does not control" nothing is negated. The complement clause of a reporting
 *    verb IS the main predicate of what is reported ("Lavrov a indiqué que les négociations
 *    ne pouvaient avoir lieu" is a negative statement by Lavrov).
 *  Negation. French "ne/n'" + a complement ("pas", "plus", "jamais", "rien", "aucun" ...)
 *    within six tokens, a negative subject before the particle ("personne ne"), or a word
 *    that negates on its own ("aucun", "jamais", "not", "never", "n't"), minus exceptions
 *    ("non seulement", "not only"). "sans"/"without" negates an adjunct: a cue, no polarity.
 *  Denial. A denial verb ("nier", "démentir", "deny", "dismiss") that is not itself negated
 *    ("n'a pas démenti" is neither a denial nor a negation), or a dismissal: a dismissal noun
 *    ("rumeurs", "ragots") with a framing verb ("qualifier de", "call") or a dismissive
 *    adjective ("non fondés", "baseless"), or such an adjective about a claim noun ("ces
 *    informations sont fausses"). A sentence that reports a claim in order to deny it is one
 *    statement: a denial by its speaker, whose content is the claim.
 *  Attribution. "selon X" / "according to X" first; then the subject of the first reporting
 *    or denial verb of the main clause: a capitalised name (also in quotes), a name in
 *    apposition ("la porte-parole ..., Maria Zakharova, a déclaré"), a role phrase ("les
 *    autorités ukrainiennes"), an inverted subject ("a souligné Zakharova", "said Smith"), or
 *    a pronoun ("a-t-il déclaré", "selon elle", "he said") resolved by the caller's context to
 *    the last named source of the document; last, a claim noun's complement ("l'affirmation
 *    du Washington Post").
 *  Quantities. Digits (decimal comma or point by language, thousands groups) and number words
 *    ("vingt-deux", "trois cents", "1,5 million"), with a following unit: durations in seconds,
 *    money with its currency, percentages; dates (day + month [+ year], month or season +
 *    year, a bare year) as intervals of days since 1970-01-01 (no year: "md" in a reference
 *    year). Exact values get a narrow interval (rounding), "environ"/"about" +-30%, "plus
 *    de"/"more than" [v, 10v], "moins de"/"less than" [0, v]. A plain number records the
 *    noun it counts ("deux morts": what = stem of "morts").
 *  Key terms. Stemmed content words (not stopwords, not cues, not the source's own words),
 *    synonym classes and antonym pairs mapped to one class each, so that "négociations" and
 *    "pourparlers", or "ouvrir" and "fermer", count as the same topic. Entities are
 *    capitalised words not at the start of the sentence (there only when a verb or another
 *    capital follows), except in headline-case sentences where capitals mean nothing. */
#include "cmp_internal.h"
#include "sc_prim.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

/* the token marks, work_t and ana_t, and the matching helpers are in cmp_internal.h (shared
 * with the quantity reader, quantity.c) */

static work_t *get_work(sc_cmp_t *c)
{
	if (!c->scratch) c->scratch = calloc(1, sizeof(work_t));
	return c->scratch;
}

void sc_cmp_stmt_work_free(void *p)
{
	work_t *w = p;
	if (!w) return;
	sc_cmp_scan_free(&w->sc);
	SC_FREE_ALL(w->sv, w->tv, w->stem, w->h, w->mk, w->stop, w->bnd, w->nextb, w->prevb, w->ph,
	            w->terms, w->ents, w->q, w->antos, w->infs, w->asrs, w);
}

static uint64_t hstr(const char *s, size_t n)
{
	uint64_t h = XXH3_64bits(s, n);
	return h ? h : 1;
}

static int grow_u64(uint64_t **a, size_t *m, size_t need)
{
	if (need <= *m) return SC_OK;
	size_t k = *m ? *m * 2 : 32;
	while (k < need) k *= 2;
	uint64_t *p = realloc(*a, k * sizeof *p);
	if (!p) return SC_ENOMEM;
	*a = p;
	*m = k;
	return SC_OK;
}

static int push_tp(tpos_t **a, size_t *n, size_t *m, uint64_t h, uint64_t at)
{
	if (*n == *m) {
		size_t k = *m ? *m * 2 : 32;
		tpos_t *p = realloc(*a, k * sizeof *p);
		if (!p) return SC_ENOMEM;
		*a = p;
		*m = k;
	}
	(*a)[(*n)++] = (tpos_t){h, at};
	return SC_OK;
}

static int tpcmp(const void *x, const void *y)
{
	const tpos_t *a = x, *b = y;
	if (a->h != b->h) return a->h < b->h ? -1 : 1;
	return a->at < b->at ? -1 : a->at > b->at;
}

/* Sorts by hash and keeps each hash once, at its first occurrence. */
static size_t tp_uniq(tpos_t *v, size_t n)
{
	if (!n) return 0;
	qsort(v, n, sizeof *v, tpcmp);
	size_t k = 1;
	for (size_t i = 1; i < n; i++)
		if (v[i].h != v[k - 1].h) v[k++] = v[i];
	return k;
}

/* ------------------------------------------------------------- matching */
/* The length in tokens of a claim-layer marker of role (SC_CM_*) starting at token i (longest
 * phrase first), 0 if none. Its words share the frames' category (cmp_internal.h). */
static size_t cmark_len(const ana_t *a, size_t i, int role)
{
	const phc_t *pc = &a->w->ph[i];
	for (size_t p = 0; p < pc->n; p++)
		if ((pc->v[p]->cats & SC_LX_BIT(SC_LX_QFRAME)) && (pc->v[p]->cmark & role))
			return pc->len[p];
	const sc_lxval_t *x = a->w->sv[i];
	return x && (x->cats & SC_LX_BIT(SC_LX_QFRAME)) && (x->cmark & role) ? 1 : 0;
}

/* Whether token i lies inside a marker of role that starts at most 4 tokens before it. */
static int in_cmark(const ana_t *a, size_t i, int role)
{
	for (size_t b = 0; b <= 4 && b <= i; b++)
		if (cmark_len(a, i - b, role) > b) return 1;
	return 0;
}

/* A fear marker at i ("Rescuers fear the toll could exceed 200", "craignent que le bilan ne
 * dépasse la centaine") makes the claim a rumour's, asserted by no one, when what is feared is
 * the sentence's figure: no number before the marker ("Officials confirmed 85 deaths and fear
 * the toll will rise" asserts the 85: review19b), or a predicate right after a one-word marker
 * ("Five climbers are feared dead"). */
static int fear_governs(const ana_t *a, size_t i)
{
	size_t k = cmark_len(a, i, SC_CM_FEAR);
	if (!k) return 0;
	if (k == 1 && i + 1 < a->n && is_word(a, i + 1) && !stopword(a, i + 1)) return 1;
	for (size_t t = 0; t < i; t++)
		if ((TOK(a, t).flags & SC_CT_NUM) || has(a, t, SC_LX_NUMBER)) return 0;
	return 1;
}

/* A rumour marker at i marks the claim only where it governs it: an adverb or a participle
 * ("reportedly", "dit-on", "is rumoured to") anywhere in the clause; a rumour noun, or an
 * adjective beside a claim noun ("unconfirmed *reports*", "des *rumeurs* non confirmées"),
 * only as the source the claim is passed on from: after "according to"/"selon" ("selon des
 * rumeurs") or as the subject of a verb of saying ("rumours say", "unconfirmed reports
 * said"). A rumour noun as an object ("putting an end to rumours", "mettant fin aux
 * rumeurs") is what the clause speaks of: the clause itself is asserted (review fixes,
 * doc/compare-claims.md). */
static int is_boundary(const ana_t *a, size_t i);
static uint64_t tok_term(const ana_t *a, size_t t);
static int rumour_governs(const ana_t *a, size_t i)
{
	size_t k = cmark_len(a, i, SC_CM_RUMOUR);
	if (!k) return 0;
	/* the noun phrase [b, e): the marker with the claim noun it is or qualifies */
	size_t b = i, e = i + k;
	int noun = 0;
	/* the marker is itself a noun when it is a dismissal noun ("rumours": a claim noun
	 * would take "reportedly" too, of the stem of "report") */
	for (size_t t = i; t < i + k; t++)
		noun |= match(a, t, SC_LX_BIT(SC_LX_DISMISS_NOUN), NULL) > 0;
	if (!noun && e < a->n && !is_boundary(a, e) && has(a, e, SC_LX_CLAIM_NOUN)) {
		noun = 1;
		e++;
	}
	if (!noun && b > 0 && !is_boundary(a, b - 1) && has(a, b - 1, SC_LX_CLAIM_NOUN)) {
		noun = 1;
		b--;
	}
	if (!noun) return 1;
	/* "according to (the) unconfirmed reports", "selon des rumeurs", "d'après la rumeur" */
	for (size_t d = 1; d <= 3 && d <= b; d++) {
		size_t t = b - d;
		if (is_boundary(a, t)) break;
		if (match(a, t, SC_LX_BIT(SC_LX_REPORT_PREP), NULL)) return 1; /* "according to" */
		if (!stopword(a, t)) break;
	}
	/* "rumours say", "unconfirmed reports had said", "des rumeurs non vérifiées affirment" */
	for (size_t t = e; t < a->n && t <= e + 2; t++) {
		if (is_boundary(a, t)) break;
		if (has(a, t, SC_LX_REPORT)) return 1;
		if (!(has(a, t, SC_LX_AUX) || sc_cmp_lex_adverb(a->L, NORM(a, t), TOK(a, t).nlen) ||
		      has(a, t, SC_LX_CLAIM_NOUN) || cmark_len(a, t, SC_CM_RUMOUR)))
			break;
	}
	return 0;
}

/* The period at token i closes an initial or an abbreviation inside the sentence ("Karim *B.*
 * a nié", "John *F.* Kennedy", "*Gov.* Sarah Palin", "*U.S.* Navy"): glued to a single capital
 * letter or to an abbreviation of the lexicon, not the sentence's end. The sentence splitter
 * keeps such periods inside the sentence; they end no clause, and a name runs on across them. */
static int initial_dot(const ana_t *a, size_t i)
{
	if (i == 0 || i + 1 >= a->n || !punct_is(a, i, ".") || punct_is(a, i + 1, ".")) return 0;
	const sc_ctok_t *w = &TOK(a, i - 1);
	if (!(w->flags & SC_CT_WORD) || !(w->flags & SC_CT_GLUED) || w->end != TOK(a, i).start)
		return 0;
	unsigned char c0 = (unsigned char)SC_CT_NORM(&a->w->sc, i - 1)[0];
	size_t one = c0 < 0x80 ? 1 : c0 < 0xE0 ? 2 : c0 < 0xF0 ? 3 : 4; /* one letter, any script */
	if ((w->flags & (SC_CT_CAP | SC_CT_ALLCAP)) && w->nlen == one) return 1;
	return sc_cmp_lex_is_abbrev(a->L, a->s + w->start, w->end - w->start);
}

/* a clause boundary: , ; : ( ) and quotation marks */
static int boundary_tok(const ana_t *a, size_t i)
{
	if (!is_punct(a, i)) return 0;
	if (initial_dot(a, i)) return 0;
	const char *p = NORM(a, i);
	return !strcmp(p, ",") || !strcmp(p, ";") || !strcmp(p, ":") || !strcmp(p, "(") ||
	       !strcmp(p, ")") || !strcmp(p, "«") || !strcmp(p, "»") || !strcmp(p, "\"") ||
	       !strcmp(p, "“") || !strcmp(p, "”") || !strcmp(p, ".") || !strcmp(p, "!") ||
	       !strcmp(p, "?") || !strcmp(p, "—") || !strcmp(p, "–");
}
/* a clause boundary: , ; : ( ) quotation marks, terminators, dashes (cached per token) */
static int is_boundary(const ana_t *a, size_t i) { return a->w->bnd[i] != 0; }
/* The first boundary at or after i (a->n if none): precomputed, so that long unpunctuated
 * text stays linear. */
static size_t seg_end(const ana_t *a, size_t i) { return i < a->n ? a->w->nextb[i] : a->n; }
static int is_quote(const ana_t *a, size_t i)
{
	if (!is_punct(a, i)) return 0;
	const char *p = NORM(a, i);
	return !strcmp(p, "«") || !strcmp(p, "»") || !strcmp(p, "\"") || !strcmp(p, "“") ||
	       !strcmp(p, "”");
}

/* The longest phrase of a category in mask starting at i (0: none), from the cache. */
static size_t phrase_at(const ana_t *a, size_t i, uint64_t mask, const sc_lxval_t **v)
{
	const phc_t *pc = &a->w->ph[i];
	for (size_t p = 0; p < pc->n; p++)
		if (pc->v[p]->cats & mask) {
			if (v) *v = pc->v[p];
			return pc->len[p];
		}
	return 0;
}

/* ------------------------------------------------------------- clauses */
/* Coordinators that join two verb groups of one subject ("qui n'ont pas fait *ou* ne peuvent
 * pas faire"): a negation after one stays in the clause it continues. */
static int spaced_nt(const ana_t *a, size_t i);
static const char *const VERB_COORD[] = {"and", "or", "but", "nor", "et", "ou", "mais", "ni", NULL};

/* The relative pronoun ending at token j - 1 is the relative clause's subject: French "qui"
 * always is (after a preposition it is no relative on a noun, see mark_clauses); English
 * "who", "which", "that" when no subject of the relative's own comes next (a determiner, a
 * pronoun, a name or a number: "the regions *that Russia* does not control"). */
static int subject_relative(const ana_t *a, size_t j)
{
	if (j >= a->n || !is_word(a, j)) return 0;
	if (!strcmp(a->lang, "fr")) return !strcmp(NORM(a, j - 1), "qui");
	static const char *const subj_pron[] = {"who", "which", "that", NULL};
	if (!word_in(a, j - 1, subj_pron)) return 0;
	if (has(a, j, SC_LX_DETERMINER) || has(a, j, SC_LX_PRONOUN) || has(a, j, SC_LX_NUMBER) ||
	    (TOK(a, j).flags & (SC_CT_CAP | SC_CT_ALLCAP | SC_CT_NUM)))
		return 0;
	if (!strcmp(NORM(a, j - 1), "who") || has(a, j, SC_LX_AUX)) return 1;
	/* "that"/"which" + a word: a verb when an object follows it ("that *runs* the port"),
	 * else maybe the relative's own subject ("that *species* are not harmed") */
	return j + 1 < a->n && (has(a, j + 1, SC_LX_DETERMINER) || has(a, j + 1, SC_LX_NUMBER) ||
	                        (TOK(a, j + 1).flags & SC_CT_NUM));
}

/* English "that" at i opening a relative clause on the noun before it ("the company *that*
 * runs the port"), its subject: a complementizer after a content word, before a verb (no
 * subject of its own, see subject_relative). A "that" after a reporting word is its content
 * (mark_clauses), not a relative. */
static int subject_that(const ana_t *a, size_t i)
{
	if (strcmp(a->lang, "en") || i == 0 || !has(a, i, SC_LX_COMPL)) return 0;
	if (!is_word(a, i - 1) || stopword(a, i - 1) || has(a, i - 1, SC_LX_AUX) ||
	    has(a, i - 1, SC_LX_REPORT) || has(a, i - 1, SC_LX_DENIAL) || has(a, i - 1, SC_LX_HEDGE) ||
	    has(a, i - 1, SC_LX_CLAIM_NOUN) || has(a, i - 1, SC_LX_REJECT) ||
	    sc_cmp_lex_adverb(a->L, NORM(a, i - 1), TOK(a, i - 1).nlen))
		return 0;
	return subject_relative(a, i + 1);
}

/* A negated verb group opening at i: French "ne"/"n'" (its complement follows within the
 * clause), English an auxiliary followed by "not"/"n't"/"never". Not after a coordinator: a
 * second verb of the relative's own subject ("qui n'ont pas fait ou ne peuvent pas faire"). */
static int main_negation_after_relative(const ana_t *a, size_t i)
{
	if (i == 0 || word_in(a, i - 1, VERB_COORD) || has(a, i - 1, SC_LX_PRONOUN)) return 0;
	if (!strcmp(a->lang, "fr")) {
		if (!has(a, i, SC_LX_NEG_PART)) return 0;
		for (size_t j = i + 1; j < a->n && j <= i + 4 && !is_boundary(a, j); j++)
			if (has(a, j, SC_LX_NEG_COMP)) return 1;
		return 0;
	}
	if (!has(a, i, SC_LX_AUX) || i + 1 >= a->n) return 0;
	static const char *const not_w[] = {"not", "n't", "never", NULL};
	return word_in(a, i + 1, not_w) || spaced_nt(a, i + 2);
}

static void mark_clauses(ana_t *a)
{
	work_t *w = a->w;
	int rel = 0;
	/* a relative clause on a noun ("the researcher who ..."): its content words so far, or -1 */
	int on_noun = -1;
	/* that relative clause's pronoun is its subject ("the minister *who* had promised ...") */
	int subj_rel = 0;
	for (size_t i = 0; i < a->n; i++) {
		if (is_boundary(a, i)) {
			rel = 0;
			on_noun = -1;
			subj_rel = 0;
			continue;
		}
		size_t k;
		if (rel && subj_rel && on_noun >= 1 && main_negation_after_relative(a, i)) {
			/* "Le ministre qui avait promis la réforme *n'a pas* tenu parole", "The company
			 * that runs the port *has not* reopened the docks": a subject relative has its
			 * verb already; a second negated verb group is the main clause's (the
			 * subject's relative is not closed by a comma) */
			rel = 0;
			on_noun = -1;
			subj_rel = 0;
		}
		if ((k = match(a, i, SC_LX_BIT(SC_LX_RELPRON), NULL)) ||
		    (!rel && subject_that(a, i))) {
			if (!k) k = 1;
			/* "selon laquelle", "according to which": a complement, not a relative */
			int after_prep = i > 0 && has(a, i - 1, SC_LX_REPORT_PREP);
			if (!after_prep) {
				on_noun = !rel && i > 0 && is_word(a, i - 1) && !stopword(a, i - 1) &&
				                  !has(a, i - 1, SC_LX_AUX) && !has(a, i - 1, SC_LX_REPORT)
				              ? 0
				              : -1;
				subj_rel = on_noun == 0 && subject_relative(a, i + k);
				rel = 1;
			}
		} else if (rel && on_noun >= 2 && (has(a, i, SC_LX_REPORT) || has(a, i, SC_LX_DENIAL))) {
			/* "The researcher who found the files said ...": a relative clause on a noun
			 * that already has its own verb and object ends at a reporting verb, the main
			 * clause's (the subject's relative is not closed by a comma in English, nor
			 * always in French: "le chercheur qui a trouvé les fichiers affirme ...") */
			rel = 0;
			on_noun = -1;
		} else if (has(a, i, SC_LX_COMPL)) {
			/* "que" after a reporting/denial/hedging verb (two words back at most) opens the
			 * reported content; "ne ... que" is restrictive and opens nothing */
			int content = 0;
			for (size_t b = 1; b <= 3 && b <= i; b++) {
				size_t j = i - b;
				if (is_boundary(a, j)) break;
				if (has(a, j, SC_LX_REPORT) || has(a, j, SC_LX_DENIAL) ||
				    has(a, j, SC_LX_REJECT) || has(a, j, SC_LX_CLAIM_NOUN) ||
				    has(a, j, SC_LX_HEDGE) || match(a, j, SC_LX_BIT(SC_LX_HEDGE), NULL))
					content = 1;
			}
			int restrictive = 0;
			for (size_t b = 1; b <= 4 && b <= i; b++)
				if (has(a, i - b, SC_LX_NEG_PART)) restrictive = 1;
			for (size_t j = i + 1; j < a->n && j <= i + 6; j++)
				if (has(a, j, SC_LX_NEG_COMP)) restrictive = 0;
			if (!content && !restrictive && i > 0) rel = 1;
			if (content) rel = 0;
		}
		if (rel) w->mk[i] |= MK_REL;
		if (rel && on_noun >= 0 && is_word(a, i) && !stopword(a, i) && !has(a, i, SC_LX_AUX) &&
		    !has(a, i, SC_LX_RELPRON))
			on_noun++;
	}
}

/* A verb in the infinitive at k, after an infinitive marker: English "to" before a word that
 * is no determiner, pronoun, name or number ("to *purchase*", "to *be* taken", not "to the
 * church"); French "de", "à" before a word with an infinitive ending ("de *déterminer*", "à
 * *acheter*"; not "de la ville"). An adverb may come between ("to fully determine"). */
static int infinitive_verb(const ana_t *a, size_t k, int headline)
{
	if (k < a->n && is_word(a, k) && sc_cmp_lex_adverb(a->L, NORM(a, k), TOK(a, k).nlen)) k++;
	if (k >= a->n || !is_word(a, k) || (TOK(a, k).flags & SC_CT_NUM)) return 0;
	/* a capital is a name, except in a headline ("Remains in Negotiations to Direct") */
	if (!headline && (TOK(a, k).flags & (SC_CT_CAP | SC_CT_ALLCAP))) return 0;
	if (has(a, k, SC_LX_DETERMINER) || has(a, k, SC_LX_PRONOUN) || has(a, k, SC_LX_NUMBER) ||
	    has(a, k, SC_LX_MONTH) || has(a, k, SC_LX_WEEKDAY) || (TOK(a, k).flags & SC_CT_ELIDED))
		return 0;
	if (strcmp(a->lang, "fr")) return !stopword(a, k) || has(a, k, SC_LX_AUX);
	const char *s = NORM(a, k);
	size_t n = TOK(a, k).nlen;
	return n > 3 && (!strcmp(s + n - 2, "er") || !strcmp(s + n - 2, "ir") ||
	                 !strcmp(s + n - 2, "re"));
}

/* Marks infinitive complements MK_INF, from the verb to the end of its clause (a boundary, a
 * relative pronoun or a complementizer): "the city was negotiating *to purchase the
 * property*", "investigators were *trying to determine the cause*", "she refused *to allow
 * her picture to be taken*". What they name is intended, attempted or refused, not asserted:
 * in the development topics such complements were read as the opposite of a negation
 * ("had not purchased", "has not been determined") five times. */
static int headline_case(const ana_t *a);
static void mark_infinitives(ana_t *a)
{
	int headline = headline_case(a);
	for (size_t i = 0; i + 1 < a->n; i++) {
		if (!has(a, i, SC_LX_INF) || !infinitive_verb(a, i + 1, headline)) continue;
		size_t k = i + 1, from = k;
		for (; k < a->n; k++) {
			/* an elliptical contrast goes on with the infinitive: "looking for ways to
			 * improve it, *not weaken it*", "pour l'améliorer, *pas l'affaiblir*": its
			 * negation belongs to the complement, it asserts nothing */
			if (punct_is(a, k, ",") && k + 2 < a->n && has(a, k + 1, SC_LX_NEG) &&
			    (infinitive_verb(a, k + 2, headline) || has(a, k + 2, SC_LX_INF) ||
			     (TOK(a, k + 2).flags & SC_CT_ELIDED) || has(a, k + 2, SC_LX_PRONOUN))) {
				a->w->mk[k] |= MK_INF;
				continue;
			}
			if (is_boundary(a, k)) break;
			if (k > from && (has(a, k, SC_LX_RELPRON) || has(a, k, SC_LX_COMPL))) break;
			a->w->mk[k] |= MK_INF;
		}
		i = k - 1;
	}
}

/* ------------------------------------------------------------- negation */
/* Records token k as a negated head. */
static void add_head(ana_t *a, size_t k)
{
	work_t *w = a->w;
	for (size_t i = 0; i < w->nheads; i++)
		if (w->heads[i] == k) return;
	if (w->nheads < SC_NEG_HEADS) w->heads[w->nheads++] = k;
}

/* An adverb by its suffix ("clairement"), unless a determiner comes right before it: then it
 * is a noun ("le licenciement", "du gouvernement"), since adverbs take no determiner. */
static int adverb_at(const ana_t *a, size_t k)
{
	if (!sc_cmp_lex_adverb(a->L, NORM(a, k), TOK(a, k).nlen)) return 0;
	return !(k > 0 && has(a, k - 1, SC_LX_DETERMINER));
}

/* A content word: not punctuation, stopword, auxiliary, adverb, negation or elision. */
static int content_word(const ana_t *a, size_t k)
{
	if (!is_word(a, k) || (TOK(a, k).flags & SC_CT_ELIDED)) return 0;
	if (stopword(a, k) || has(a, k, SC_LX_AUX) || has(a, k, SC_LX_PRONOUN)) return 0;
	if (a->w->sv[k] && (a->w->sv[k]->cats & (SC_LX_BIT(SC_LX_NEG) | SC_LX_BIT(SC_LX_NEG_COMP) |
	                                         SC_LX_BIT(SC_LX_NEG_PART))))
		return 0;
	return !adverb_at(a, k);
}

/* French partitive "de" at k: a bare noun follows (no article, not an infinitive in -er/-ir:
 * "de démissionner" is a complement, not an object). */
static int bare_noun_after(const ana_t *a, size_t k)
{
	if (k + 1 >= a->n || !is_word(a, k + 1) || stopword(a, k + 1)) return 0;
	const char *s = NORM(a, k + 1);
	size_t n = TOK(a, k + 1).nlen;
	return !(n > 3 && (!strcmp(s + n - 2, "er") || !strcmp(s + n - 2, "ir")));
}

/* The negated predicate: the first content word after token `from` in its clause ("n'a pas
 * *faibli*", "aucune *négociation*", "did not *collapse*"). */
static void head_after(ana_t *a, size_t from)
{
	for (size_t k = from + 1; k < a->n && k <= from + 5; k++) {
		/* a quotation mark does not end the clause: she didn't " need to do any of that " */
		if (is_boundary(a, k) && !is_quote(a, k)) return;
		if (content_word(a, k)) {
			add_head(a, k);
			return;
		}
	}
}

/* The head of the noun phrase after a negative determiner at `from` ("no *shots* were fired",
 * "any recent *threats*", "aucune *menace* récente"): what the negation denies exists. French
 * puts the head first (head_after); English puts it last among the content words that follow
 * (three at most), unless the last one is a participle after the noun ("no outlets carried
 * it"). */
static void np_head_after(ana_t *a, size_t from)
{
	if (strcmp(a->lang, "en")) {
		head_after(a, from);
		return;
	}
	size_t run[3], nr = 0, k = from + 1;
	for (; k < a->n && k <= from + 3 && !content_word(a, k); k++)
		if (is_boundary(a, k) || !stopword(a, k)) break; /* skip "the", not a verb */
	for (; k < a->n && nr < 3 && content_word(a, k) && !is_boundary(a, k); k++) run[nr++] = k;
	if (!nr) {
		head_after(a, from);
		return;
	}
	size_t h = run[nr - 1];
	if (nr > 1 && sc_cmp_lex_participle(a->L, NORM(a, h), TOK(a, h).nlen)) h = run[nr - 2];
	add_head(a, h);
}

/* Widens the negation's scope to the clause around token i (boundary to boundary). */
static void neg_scope(const ana_t *a, sc_stmt_t *st, size_t i)
{
	size_t l = a->w->prevb[i], r = seg_end(a, i + 1 < a->n ? i + 1 : i);
	r = r > i ? r - 1 : i; /* last token before the next boundary */
	if (r >= a->n) r = a->n - 1;
	size_t s0 = TOK(a, l).start, s1 = TOK(a, r).end;
	if (st->neg_end == 0 || s0 < st->neg_start) st->neg_start = s0;
	if (s1 > st->neg_end) st->neg_end = s1;
}

/* A negation word used as a number sign: "No. 1 Creighton", "No 5 seed" (the word, an
 * optional period, then a number). */
static int rank_sign(const ana_t *a, size_t i)
{
	size_t j = i + 1;
	if (j < a->n && punct_is(a, j, ".")) j++;
	return j < a->n && (TOK(a, j).flags & SC_CT_NUM);
}

/* A negation word said on its own: at the start of the sentence or of a quote and followed
 * by a comma or an exclamation mark ("No, no, no!", "Non, a-t-il répondu"). */
static int interjection(const ana_t *a, size_t i)
{
	if (i > 0 && !is_boundary(a, i - 1)) return 0;
	return i + 1 < a->n && (punct_is(a, i + 1, ",") || punct_is(a, i + 1, "!"));
}

/* Token i is part of a hyphenated compound ("the not-yet-released version", "a no-fly zone",
 * also written "not - yet - released"): a modifier of a noun, no clause negation. */
static int in_compound(const ana_t *a, size_t i)
{
	if ((TOK(a, i).flags & SC_CT_HYPH) || (i > 0 && (TOK(a, i - 1).flags & SC_CT_HYPH))) return 1;
	return (i + 1 < a->n && punct_is(a, i + 1, "-")) || (i > 0 && punct_is(a, i - 1, "-"));
}

/* Token i is the "t" of a contraction written with spaces around its apostrophe ("didn ’ t",
 * "hadn ' t"): English only, the word before the apostrophe ends in "n". */
static int spaced_nt(const ana_t *a, size_t i)
{
	if (strcmp(a->lang, "en") || i < 2 || !is_word(a, i) || strcmp(NORM(a, i), "t")) return 0;
	if (!punct_is(a, i - 1, "'") || !is_word(a, i - 2)) return 0;
	size_t n = TOK(a, i - 2).nlen;
	return n >= 2 && NORM(a, i - 2)[n - 1] == 'n';
}

/* A one-word negation after an article or a number is a noun or a noun's modifier, no
 * negation of a clause: "il a fait *un pas* vers la paix", "*à deux pas* de la gare", "the
 * *no* vote". A negative determiner before it ("aucun", "no", "ni l'un ni ...": a negation
 * word itself) or the partitive "de" ("décidé de pas y aller", spoken French) does not make
 * it a noun. */
static int negation_as_noun(const ana_t *a, size_t i)
{
	if (i == 0 || !is_word(a, i - 1)) return 0;
	if (TOK(a, i - 1).flags & SC_CT_NUM) return 1;
	if (has(a, i - 1, SC_LX_NEG) || has(a, i - 1, SC_LX_NEG_DET) || has(a, i - 1, SC_LX_NEG_COMP))
		return 0;
	return has(a, i - 1, SC_LX_DETERMINER) || has(a, i - 1, SC_LX_NUMBER);
}

/* Marks the exceptions ("non seulement", "not only") before any cue is read. */
static void mark_neg_exceptions(ana_t *a)
{
	for (size_t i = 0; i < a->n; i++) {
		size_t k = phrase_at(a, i, SC_LX_BIT(SC_LX_NEG_EXC), NULL);
		for (size_t j = 0; j < k; j++) a->w->mk[i + j] |= MK_EXC | MK_CUE;
	}
}

/* A French particle "ne" at i: 1 when it negates (with its complement, a literary "ne"
 * alone, or a negative subject before it), the cue in cue[cn], its last token in *last. */
static int neg_particle(ana_t *a, size_t i, size_t *last, char *cue, size_t cn)
{
	work_t *w = a->w;
	int neg = 0;
	/* "ne ... pas": the complement within six tokens, no clause boundary between */
	for (size_t j = i + 1; j < a->n && j <= i + 6; j++) {
		if (is_boundary(a, j)) break;
		if (w->mk[j] & MK_EXC) break;
		if (w->sv[j] && (w->sv[j]->cats & SC_LX_BIT(SC_LX_NEG_COMP))) {
			snprintf(cue, cn, "%s...%s", NORM(a, i), NORM(a, j));
			w->mk[j] |= MK_NEGUSED | MK_CUE;
			neg = 1;
			*last = j;
			break;
		}
	}
	if (!neg) /* literary "ne" alone: "ne pouvaient", "ne saurait" (not "ne peut que") */
		for (size_t j = i + 1; j < a->n && j <= i + 2; j++) {
			if (!has(a, j, SC_LX_NEG_PVERB)) continue;
			int restrictive = 0;
			for (size_t r = j + 1; r < a->n && r <= j + 3; r++)
				if (has(a, r, SC_LX_COMPL)) restrictive = 1;
			if (restrictive) break;
			snprintf(cue, cn, "%s...%s", NORM(a, i), NORM(a, j));
			w->mk[j] |= MK_CUE;
			neg = 1;
			*last = j;
			break;
		}
	/* "personne ne", "rien n'"; beyond three tokens, a negative pronoun that opens the clause
	 * (its first word, or after "presque": "almost nobody") is its subject however long the
	 * modifier between: "*Personne* au-dessus de la zone d'impact *n'a* appelé", "*Presque
	 * personne* dans le quartier *n'allait*" (nli-fr3 dev), the shape "Personne au village ne
	 * savait", "rien de bon ne sortira" (nli-fr2, RTE3 dev) already reads within three. */
	static const char *const almost[] = {"presque", "quasiment", NULL};
	const size_t open = w->prevb[i];
	if (!neg)
		for (size_t b = 1; b <= i && (b <= 3 || (b <= 10 && i - b >= open)); b++) {
			size_t j = i - b;
			if (is_boundary(a, j)) break;
			/* beyond three only the clause's opener, not a negation read already
			 * ("*Aucune* disposition de la loi n'oblige": its own cue) */
			if (b > 3 && (w->mk[j] & MK_NEGUSED ||
			              !(j == open || (j == open + 1 && word_in(a, open, almost)))))
				continue;
			if (w->sv[j] && (w->sv[j]->cats & SC_LX_BIT(SC_LX_NEG_SUBJ))) {
				snprintf(cue, cn, "%s...%s", NORM(a, j), NORM(a, i));
				w->mk[j] |= MK_NEGUSED | MK_CUE;
				neg = 1;
				break;
			}
		}
	w->mk[i] |= MK_CUE;
	return neg;
}

/* A negation cue opening at i: 1 when one does, its text in cue[cn] and its last token in
 * *last; a negative preposition ("sans", "without") is a cue with no polarity. */
static int neg_cue_at(ana_t *a, size_t i, size_t *last, char *cue, size_t cn)
{
	work_t *w = a->w;
	const sc_lxval_t *v = NULL;
	if (w->sv[i] && (w->sv[i]->cats & SC_LX_BIT(SC_LX_NEG_PART)))
		return neg_particle(a, i, last, cue, cn);
	if (spaced_nt(a, i)) {
		/* "didn ’ t" with spaces around the apostrophe (common in scraped news): the
		 * scanner sees "didn", "'", "t"; the same negation as "didn't" */
		snprintf(cue, cn, "n't");
		w->mk[i] |= MK_CUE;
		return 1;
	}
	size_t k = match(a, i, SC_LX_BIT(SC_LX_NEG), &v);
	if (k == 1 && rank_sign(a, i)) k = 0;    /* "No. 1 Creighton": a rank, no negation */
	if (k == 1 && in_compound(a, i)) k = 0;  /* "the not-yet-released IE11" */
	if (k == 1 && interjection(a, i)) k = 0; /* "No, no, no!" */
	if (k == 1 && negation_as_noun(a, i)) k = 0; /* "un pas vers la paix", "à deux pas" */
	if (k) {
		*last = i + k - 1;
		snprintf(cue, cn, "%s", v->word ? v->word : NORM(a, i));
		for (size_t j = 0; j < k; j++) w->mk[i + j] |= MK_CUE;
		return 1;
	}
	if ((k = match(a, i, SC_LX_BIT(SC_LX_NEG_PREP), &v))) {
		w->mk[i] |= MK_CUE;
		add_cue(w, v->word ? v->word : NORM(a, i));
	}
	return 0;
}

/* The heads a negation from i to last negates: the predicate, the noun a negative
 * determiner determines, and a negative-polarity object. */
static void neg_heads(ana_t *a, sc_stmt_t *st, size_t i, size_t last)
{
	/* the negated predicate: "ne *contrôle* pas", else the first content word after; after
	 * a negative determiner ("no", "aucun") the noun it determines */
	int inner = 0;
	for (size_t k = i + 1; k < last; k++)
		if (content_word(a, k)) {
			add_head(a, k);
			inner = 1;
			break;
		}
	/* "had not been *any* recent threats": the noun below is the head; "was not the
	 * first pin-up": a predicate noun, the head of its noun phrase */
	int det_next = 0;
	size_t det_at = 0;
	for (size_t k = last + 1; k < a->n && k <= last + 3 && !inner; k++) {
		if (is_boundary(a, k) || content_word(a, k)) break;
		if (has(a, k, SC_LX_NEG_DET)) det_next = 1;
		else if (has(a, k, SC_LX_DETERMINER) && !(TOK(a, k).flags & SC_CT_ELIDED)) {
			det_at = k;
			break;
		}
	}
	int subject = 0;
	/* "n'a signalé aucune *menace*": the verb and the noun the complement determines */
	if (inner && last > i && has(a, last, SC_LX_DETERMINER)) np_head_after(a, last);
	if (!inner && last == i && has(a, i, SC_LX_DETERMINER)) {
		/* "*No* shots were fired", "*Aucun* blessé n'est à déplorer": a negative
		 * determiner opening the clause negates its subject; the proposition is
		 * that subject with its predicate (below) */
		subject = a->w->prevb[i] == i;
		np_head_after(a, last);
	} else if (!inner && det_at) {
		np_head_after(a, det_at);
	} else if (!inner && !det_next) {
		head_after(a, last);
	}
	if (subject) st->neg_subject = 1;
	/* "had not received *any* complaints": the object the negative-polarity determiner
	 * introduces is negated as well (there were no complaints). French "de" is that
	 * determiner right after the negation or its participle, before a bare noun ("pas de
	 * preuve", "pas trouvé de preuve", "pas eu de négociations"); elsewhere it is a
	 * preposition ("n'a pas exclu de démissionner", "le suspect de l'attaque"). */
	int fr = strcmp(a->lang, "en") != 0, between = 0;
	for (size_t k = last + 1; k < a->n && k <= last + 5; k++) {
		if (is_boundary(a, k)) break;
		if (has(a, k, SC_LX_NEG_DET)) {
			if (fr && !bare_noun_after(a, k)) break;
			np_head_after(a, k);
			break;
		}
		if (fr && !has(a, k, SC_LX_AUX) && ++between > 1) break;
	}
}

/* Words that end the predicate's clause inside a sentence: a coordinated clause ("did not
 * fire *and* the crowd left without incident", "*mais* ...") is another predicate, whose
 * "without" does not touch the negation. ("and"/"et" are the number connectors.) */
static const char *const LITOTES_COORD[] = {"but", "yet", "or", "nor", "mais", "ou", "ni", "puis",
                                            "donc", NULL};
/* "without (a) doubt", "sans (aucun) doute", "without question": a sentence adverb of
 * certainty, no negative of the predicate's. */
static const char *const LITOTES_IDIOM[] = {"doubt", "doute", "question", NULL};
static const char *const LITOTES_IDIOM_DET[] = {"a", "any", "the", "aucun", "nul", NULL};

/* The "without"/"sans" at w is a certainty idiom: "without (a) doubt", "sans (aucun) doute". */
static int without_idiom(const ana_t *a, size_t w)
{
	size_t k = w + 1;
	if (k < a->n && word_in(a, k, LITOTES_IDIOM_DET)) k++;
	return k < a->n && word_in(a, k, LITOTES_IDIOM);
}

/* A prepositional phrase between the negation and "without" at w ("did not approve the loan
 * *to the family* without savings", "n'a pas accordé le prêt *à la famille* sans épargne"):
 * the "without" follows that phrase's noun and qualifies it (the family has no savings), not
 * the predicate. A preposition here: a function word other than a determiner, an auxiliary
 * or a negation word, right before a determiner ("to leave" is an infinitive). */
static int without_on_noun(const ana_t *a, size_t last, size_t w)
{
	for (size_t k = last + 1; k + 1 < w; k++) {
		if (!stopword(a, k) || has(a, k, SC_LX_DETERMINER) || has(a, k, SC_LX_AUX) ||
		    (TOK(a, k).flags & SC_CT_ELIDED) || (a->w->mk[k] & MK_NEGUSED))
			continue;
		if (has(a, k + 1, SC_LX_DETERMINER) || (TOK(a, k + 1).flags & SC_CT_ELIDED)) return 1;
	}
	return 0;
}

/* A negation whose clause goes on to "without"/"sans" is a litotes split by the predicate:
 * "did not pass without opposition" (it passed, with opposition), "n'est pas passée sans
 * débat", "ne peut pas respirer sans aide" (it breathes with help). The two negatives
 * cancel: the predicate is asserted under a condition, not denied. Looked for after the
 * cue's last token, up to the predicate clause's end: a boundary (a comma: "did not stop,
 * without ..."), a coordinator ("and the crowd left without incident") or a relative or
 * adverbial clause ("who remains without a lawyer"). Not a litotes: a certainty idiom
 * ("sans doute"), or a "without" qualifying the noun of a prepositional phrase. */
static int split_litotes(const ana_t *a, size_t last)
{
	for (size_t k = last + 1; k < a->n && k <= last + 8; k++) {
		if (is_boundary(a, k) || has(a, k, SC_LX_NUMCONN) || has(a, k, SC_LX_RELPRON) ||
		    has(a, k, SC_LX_COMPL) || word_in(a, k, LITOTES_COORD))
			return 0;
		if (match(a, k, SC_LX_BIT(SC_LX_NEG_PREP), NULL))
			return !without_idiom(a, k) && !without_on_noun(a, last, k);
	}
	return 0;
}

/* Sentence-ending punctuation: the other clauses of sc_cmp_neg_about stay in the sentence. */
static int sentence_end(const ana_t *a, size_t k)
{
	static const char *const ENDS[] = {".", ";", ":", "!", "?", NULL};
	return punct_in(a, k, ENDS);
}

/* The clauses around the negation whose cue runs from token i to last (sc_cmp_neg_about):
 * the clause that follows it in its sentence, opened by a coordinator ("but", "and", "mais",
 * "et"), a subordinator ("because", "parce que") or a relative pronoun (", which was held"),
 * and a relative clause before it ("The senator, who voted for the bill, did not speak"). A
 * fronted adjunct ("À l'époque de la découverte, ...") or another sentence is no such clause. */
static void other_clauses(const ana_t *a, sc_stmt_t *st, size_t i, size_t last)
{
	for (size_t k = last + 1; k < a->n && !sentence_end(a, k); k++)
		if (has(a, k, SC_LX_NUMCONN) || match(a, k, SC_LX_BIT(SC_LX_RELPRON), NULL) ||
		    word_in(a, k, LITOTES_COORD)) {
			st->neg_close = TOK(a, k).start;
			size_t e = k + 1;
			while (e < a->n && !sentence_end(a, e))
				e++;
			st->other_end = e < a->n ? TOK(a, e).start : a->len;
			break;
		}
	size_t rb = a->n, re = a->n;
	for (size_t k = i; k-- > 0 && !sentence_end(a, k);)
		if (a->w->mk[k] & MK_REL) {
			if (re == a->n) re = k;
			rb = k;
		}
	if (rb < a->n) {
		st->rel_start = TOK(a, rb).start;
		st->rel_end = TOK(a, re).end;
	}
}

static void find_negation(ana_t *a, sc_stmt_t *st)
{
	work_t *w = a->w;
	mark_neg_exceptions(a);
	for (size_t i = 0; i < a->n; i++) {
		if (w->mk[i] & (MK_EXC | MK_NEGUSED)) continue;
		size_t last = i; /* the cue's last token */
		char cue[80];
		if (!neg_cue_at(a, i, &last, cue, sizeof cue)) continue;
		w->mk[i] |= MK_NEGUSED;
		if (split_litotes(a, last)) continue;
		if (w->mk[i] & (MK_REL | MK_INF)) {
			/* not the main predicate (a subordinate clause, or the contrast inside an
			 * infinitive complement: "to improve it, not weaken it"); its head is kept
			 * aside */
			for (size_t k = last + 1; k < a->n && k <= last + 5 && w->nsubheads < SC_NEG_HEADS; k++) {
				if (is_boundary(a, k) && !is_quote(a, k)) break;
				if (content_word(a, k)) {
					w->subheads[w->nsubheads++] = k;
					break;
				}
			}
			continue;
		}
		w->negexp = 1;
		/* a negated denial verb is handled by find_denial: see there */
		st->negated = 1;
		if (w->negtok == (size_t)-1) {
			w->negtok = i;
			st->neg_at = TOK(a, i).start;
		}
		if (w->nnegl < SC_NEG_HEADS) {
			w->negf[w->nnegl] = i;
			w->negl[w->nnegl++] = last;
		}
		neg_scope(a, st, i);
		if (!st->neg_close && !st->rel_end) other_clauses(a, st, i, last);
		add_cue(w, cue);
		neg_heads(a, st, i, last);
	}
}

/* Where the predicate of a negated subject starts: after the last negated head, a hyphenated
 * compound read whole ("Neither Perlo nor his *co - counsel*, ... ever claimed"). */
static void subject_end(ana_t *a, sc_stmt_t *st)
{
	/* the subject ends before the French particle of the verb's own negation ("Ni X ni Y
	 * *n'*ont jamais signé"), whose head is the verb */
	size_t part = a->n, last = 0;
	for (size_t k = 0; k < a->n && part == a->n; k++)
		if (a->w->sv[k] && (a->w->sv[k]->cats & SC_LX_BIT(SC_LX_NEG_PART))) part = k;
	for (size_t k = 0; k < a->w->nheads; k++)
		if (a->w->heads[k] > last && a->w->heads[k] < part) last = a->w->heads[k];
	while (last + 1 < a->n && ((TOK(a, last).flags & SC_CT_HYPH) || punct_is(a, last + 1, "-")))
		last += punct_is(a, last + 1, "-") ? 2 : 1;
	if (last >= a->n) last = a->n - 1;
	st->neg_pred_at = TOK(a, last).end;
}

/* Whether a negation governs the verb at i: a negation cue in the three tokens before it
 * (or right after it for "denied nothing"? no: only before, the common form). */
static int negated_verb(const ana_t *a, size_t i)
{
	for (size_t b = 1; b <= 4 && b <= i; b++) {
		size_t j = i - b;
		if (is_boundary(a, j)) break;
		if (a->w->sv[j] && (a->w->sv[j]->cats & (SC_LX_BIT(SC_LX_NEG) | SC_LX_BIT(SC_LX_NEG_COMP) |
		                                         SC_LX_BIT(SC_LX_NEG_PART))))
			return 1;
	}
	return 0;
}

/* ------------------------------------------------------------- denial, hedges */
/* Whether the verb at i is an infinitive complement ("de renoncer", "to cancel"). */
static int infinitive(const ana_t *a, size_t i)
{
	return i > 0 && has(a, i - 1, SC_LX_INF);
}

/* A verb negative in itself at tokens i..i+k-1, neither negated nor an infinitive: a refusal
 * ("rejette l'idée de négocier") or a negative verb ("a rompu les négociations") makes a
 * negative statement, whose heads are the verb and the first content word after it. One
 * place, so that both kinds set the scope, heads and cue alike. */
static void negative_verb(ana_t *a, sc_stmt_t *st, size_t i, size_t k, const char *cue)
{
	if (!st->negated) st->neg_at = TOK(a, i).start;
	st->negated = 1;
	neg_scope(a, st, i);
	add_head(a, i);
	head_after(a, i + k - 1);
	add_cue(a->w, cue);
}

/* After a denial verb, at token j: a claim as object ("the allegations", "ces rumeurs", "any
 * such", "that ..."), within six tokens of the clause. */
static int claim_object(const ana_t *a, size_t j)
{
	for (size_t t = j; t < a->n && t <= j + 6; t++) {
		if (is_boundary(a, t)) break;
		if (has(a, t, SC_LX_CLAIM_NOUN) || match(a, t, SC_LX_BIT(SC_LX_DISMISS_NOUN), NULL) ||
		    match(a, t, SC_LX_BIT(SC_LX_ANAPHORA), NULL))
			return 1;
	}
	return 0;
}

/* After a denial verb, at token j: what is denied is a request ("denied bail", "denying an
 * automatic motion", "a rejeté la demande"), within four tokens of the clause. */
static int request_object(const ana_t *a, size_t j)
{
	for (size_t t = j; t < a->n && t <= j + 3; t++) {
		if (is_boundary(a, t)) break;
		if (match(a, t, SC_LX_BIT(SC_LX_REQUEST_NOUN), NULL)) return 1;
	}
	return 0;
}

/* Before a verb in the passive at i: its subject (back to the clause's start) names a request
 * ("*Entry* to the country was denied by border guards", "*The visa* was denied"): what the
 * active form reads with request_object as refused, not denied as a claim. */
static int request_subject(const ana_t *a, size_t i)
{
	for (size_t t = i; t-- > 0 && !is_boundary(a, t);)
		if (match(a, t, SC_LX_BIT(SC_LX_REQUEST_NOUN), NULL)) return 1;
	return 0;
}

/* English "deny someone something": a pronoun or a name, then a determiner after the verb
 * ("deny it the protections", "denied Smith the right to"): the verb withholds, it denies no
 * claim. (French "nier"/"démentir" have no such use; "was denied by the" has a preposition.) */
static int withholding(const ana_t *a, size_t j)
{
	if (strcmp(a->lang, "en") || j + 1 >= a->n || !is_word(a, j) || !is_word(a, j + 1)) return 0;
	const char *w = NORM(a, j);
	int object = has(a, j, SC_LX_PRONOUN) || (TOK(a, j).flags & SC_CT_CAP) || !strcmp(w, "it") ||
	             !strcmp(w, "us") || !strcmp(w, "me") || !strcmp(w, "you");
	return object && has(a, j + 1, SC_LX_DETERMINER) && !has(a, j + 1, SC_LX_NEG_DET);
}

/* A negative verb at i used as a noun ("the block", "a freeze": a determiner, not an elided
 * pronoun, before it) or as a tally after a number ("six blocked shots"): no negative
 * statement about the event. (A number after it is an object: "cancelled 40 flights".) */
static int tally_or_noun(const ana_t *a, size_t i)
{
	if (i == 0) return 0;
	if (has(a, i - 1, SC_LX_DETERMINER) && !(TOK(a, i - 1).flags & SC_CT_ELIDED)) return 1;
	/* the subject of a finite "be" right after it ("a genuine *contest* was impossible",
	 * "l'*abandon* était inévitable"): a verb takes no "is"/"est" as its next word ("stopped
	 * being" does: the non-finite forms are left out) */
	if (i + 1 < a->n && has(a, i + 1, SC_LX_PASSIVE) && !has(a, i + 1, SC_LX_ADJ_PREP)) {
		static const char *const nonfinite[] = {"be", "been", "being", "get", "gets", "got",
		                                        "gotten", "été", "être", NULL};
		const char *nx = NORM(a, i + 1);
		int finite = 1;
		for (const char *const *f = nonfinite; *f && finite; f++) finite = strcmp(nx, *f) != 0;
		if (finite) return 1;
	}
	/* after a possessive ("Saturday night's *contest*", "the team's *freeze*") */
	if (!strcmp(NORM(a, i - 1), "'s")) return 1;
	return (TOK(a, i - 1).flags & SC_CT_NUM) || has(a, i - 1, SC_LX_NUMBER);
}

static int past_participle(const ana_t *a, size_t i);
/* A verb of k tokens at i in the passive with its agent named: a form of "be"/"être" right
 * before it (an adverb between allowed; the participle's ending is not checked: French has
 * "démentie", "dit", English "told"), then "by"/"par" (a day, an adverb or a preposition
 * between allowed): "a été démentie *par* les camps", "was denied on Tuesday *by* the company".
 * Returns the token of the agent's preposition, or (size_t)-1. */
static size_t passive_agent_at(const ana_t *a, size_t i, size_t k)
{
	if (i == 0) return (size_t)-1;
	size_t p = i - 1;
	if (p > 0 && is_word(a, p) && sc_cmp_lex_adverb(a->L, NORM(a, p), TOK(a, p).nlen)) p--;
	/* the auxiliary is no preposition: "by"/"par" are in the same list (the agent's) */
	if (!has(a, p, SC_LX_PASSIVE) || has(a, p, SC_LX_ADJ_PREP)) return (size_t)-1;
	for (size_t t = i + k; t < a->n && t <= i + k + 3; t++) {
		if (is_boundary(a, t)) break;
		if (has(a, t, SC_LX_PASSIVE) && has(a, t, SC_LX_ADJ_PREP)) return t;
		if (!(has(a, t, SC_LX_WEEKDAY) || has(a, t, SC_LX_ADJ_PREP) ||
		      (is_word(a, t) && sc_cmp_lex_adverb(a->L, NORM(a, t), TOK(a, t).nlen))))
			break;
	}
	return (size_t)-1;
}

/* A denial verb of k tokens at i in the passive ("the defense *was denied* a key witness",
 * "her tenure *had been denied*": a form of "be" before
 * the participle, an adverb between them allowed) withholds something from someone in
 * English; it denies a claim only when its subject is one ("the reports were denied": a claim
 * noun before the verb) or its agent is named ("was denied *by* the ministry"). A gerund ("by
 * denying the report") is no participle. French has no such use. */
static int passive_withholding(const ana_t *a, size_t i, size_t k)
{
	/* French "nier"/"démentir" withhold nothing: "le vol a été nié" denies the theft */
	if (strcmp(a->lang, "en") || i == 0 || !past_participle(a, i + k - 1)) return 0;
	size_t p = i - 1;
	if (p > 0 && is_word(a, p) && sc_cmp_lex_adverb(a->L, NORM(a, p), TOK(a, p).nlen)) p--;
	if (!has(a, p, SC_LX_PASSIVE)) return 0;
	if (i + k < a->n && has(a, i + k, SC_LX_PASSIVE)) return 0; /* the agent */
	/* what is withheld follows the participle ("denied *bail*", "denied *a* key witness");
	 * a preposition, a day, an adverb or the end of the clause after it ("was denied on
	 * Sunday in a statement", "was officially denied Thursday", "was strongly denied.")
	 * leaves a denial of the subject ("The arrest of the mayor was denied") */
	size_t o = i + k;
	if (o >= a->n || !is_word(a, o) || has(a, o, SC_LX_WEEKDAY) || has(a, o, SC_LX_MONTH) ||
	    sc_cmp_lex_adverb(a->L, NORM(a, o), TOK(a, o).nlen) ||
	    (stopword(a, o) && !has(a, o, SC_LX_DETERMINER)))
		return 0;
	for (size_t t = p; t-- > 0 && !is_boundary(a, t);)
		if (has(a, t, SC_LX_CLAIM_NOUN) || match(a, t, SC_LX_BIT(SC_LX_DISMISS_NOUN), NULL))
			return 0;
	return 1;
}

/* A dismissal adjective of k tokens at i judges a claim only where it is said of one: after a
 * form of "be" ("the allegations *were* unfounded", "determined *to be* baseless", an adverb
 * between allowed) or next to a claim or a dismissal
 * noun ("unfounded *allegations*"); a dismissal frame ("calling them baseless") is checked
 * apart. Followed by "of"/"de" it is a verb of composition ("a neighbourhood *made up of*
 * families"); elsewhere it qualifies something else ("submitted false documents", "a false
 * choice", "the bulletins that made up Patch Tuesday"). */
static int judges_claim(const ana_t *a, size_t i, size_t k)
{
	if (i + k < a->n && has(a, i + k, SC_LX_COMPL_PREP)) return 0;
	/* the positions below are English word order; in French the gate cost DACCORD dev
	 * (nested CV accuracy 0.6972 -> 0.6873, precision 0.7304 -> 0.7129: verbless fact-check
	 * judgements, "Faux : ..."), so French keeps the former reading */
	if (strcmp(a->lang, "en")) return 1;
	size_t p = i;
	while (p > 0 && is_word(a, p - 1) && sc_cmp_lex_adverb(a->L, NORM(a, p - 1), TOK(a, p - 1).nlen))
		p--;
	if (p > 0 && has(a, p - 1, SC_LX_PASSIVE)) return 1;
	for (size_t t = i >= 2 ? i - 2 : 0; t < a->n && t <= i + k + 1; t++) {
		if (t >= i && t < i + k) continue;
		if (has(a, t, SC_LX_CLAIM_NOUN) || match(a, t, SC_LX_BIT(SC_LX_DISMISS_NOUN), NULL))
			return 1;
	}
	return 0;
}

/* The verb at i in the passive: a form of "be"/"être" right before it (an adverb between
 * allowed), not the agent's preposition of the same list. */
static int passive_voice(const ana_t *a, size_t i)
{
	if (i == 0) return 0;
	size_t p = i - 1;
	if (p > 0 && is_word(a, p) && sc_cmp_lex_adverb(a->L, NORM(a, p), TOK(a, p).nlen)) p--;
	return has(a, p, SC_LX_PASSIVE) && !has(a, p, SC_LX_ADJ_PREP);
}

/* A perfect infinitive or gerund at j, what a verb of denial or contest takes as the
 * proposition it denies: an auxiliary or a function word that is no determiner, then a
 * past participle ("conteste *avoir tiré*", "contests *having ignored*", "récuse *être*
 * intervenu"; the denial verbs already read "denies *having fired*" so). */
static int perfect_infinitive(const ana_t *a, size_t j)
{
	if (j + 1 >= a->n || !is_word(a, j) || !is_word(a, j + 1)) return 0;
	if (!(has(a, j, SC_LX_AUX) || stopword(a, j)) || has(a, j, SC_LX_DETERMINER) ||
	    has(a, j, SC_LX_PRONOUN) || (TOK(a, j).flags & SC_CT_ELIDED))
		return 0;
	return past_participle(a, j + 1);
}

/* What find_denial_hedges gathers over the sentence before it decides. */
typedef struct {
	int dnoun, dframe, dadj, claim, denied, passive, cancel_neg;
	const char *dnoun_w, *dframe_w, *dadj_w;
	size_t denial_at, content_at;
	size_t pred_at; /* a denied clause: byte offset where its predicate starts (0: unknown) */
	size_t cue_end; /* byte offset after the first denial cue (0: none) */
} den_t;

/* The predicate of a clause denied through a complementizer at c ("denied *that* it was
 * planning ...", "a démenti *que* l'incendie soit fixé"): the byte offset after the clause's
 * auxiliary, once a subject word stood before it ("it", "l'incendie de Vidauban"), past any
 * other auxiliary or negation ("soit *fixé*", "had not *refused*"); 0 when the clause has no
 * such auxiliary within 10 tokens (a simple tense: "that police shot the man" is left whole).
 * Articles, clitics and elisions listed among the auxiliaries ("l'", "les", "se") do not end
 * the subject. */
static size_t clause_predicate_at(const ana_t *a, size_t c)
{
	int subject = 0;
	for (size_t t = c + 1; t < a->n && t <= c + 10; t++) {
		if (is_boundary(a, t) || has(a, t, SC_LX_COMPL) || has(a, t, SC_LX_RELPRON)) return 0;
		int aux = has(a, t, SC_LX_AUX) && !has(a, t, SC_LX_DETERMINER) &&
		          !(TOK(a, t).flags & SC_CT_ELIDED) && !has(a, t, SC_LX_PRONOUN);
		if (!aux) {
			subject |= content_word(a, t) || has(a, t, SC_LX_PRONOUN);
			continue;
		}
		if (!subject) continue;
		size_t e = t;
		while (e + 1 < a->n && has(a, e + 1, SC_LX_AUX) && !is_boundary(a, e + 1)) e++;
		return TOK(a, e).end;
	}
	return 0;
}

/* A claim or dismissal noun at i that states its content. */
static void claim_content(ana_t *a, size_t i, den_t *d)
{
	/* a claim or dismissal noun that states its content: "rumours *of* talks", "reports
	 * *that* the talks hit a snag", "les rumeurs *de* communication", "les informations
	 * *selon lesquelles* ..." (not "the allegations *against* him", which names their
	 * target) */
	if (!d->content_at && i + 1 < a->n &&
	    (has(a, i, SC_LX_CLAIM_NOUN) || match(a, i, SC_LX_BIT(SC_LX_DISMISS_NOUN), NULL))) {
		if (has(a, i + 1, SC_LX_COMPL_PREP) || has(a, i + 1, SC_LX_COMPL))
			d->content_at = TOK(a, i + 1).end;
		else if (i + 2 < a->n && has(a, i + 1, SC_LX_REPORT_PREP) && has(a, i + 2, SC_LX_RELPRON))
			d->content_at = TOK(a, i + 2).end;
	}
}

/* A denial verb at i ("nier", "deny"): a denial, a withholding or a negated denial. */
static void denial_verb(ana_t *a, size_t i, den_t *d)
{
	work_t *w = a->w;
	const sc_lxval_t *v = NULL;
	size_t k;
	/* a negation word is no denial verb sharing its stem ("Ni X ni Y", "nier") */
	int negword = w->sv[i] && (w->sv[i]->cats & SC_LX_BIT(SC_LX_NEG));
	if (!negword && (k = match(a, i, SC_LX_BIT(SC_LX_DENIAL), &v)) && !(w->mk[i] & MK_REL)) {
		for (size_t j = 0; j < k; j++) w->mk[i + j] |= MK_CUE;
		if (negated_verb(a, i)) {
			/* "n'a pas démenti", "did not deny": neither a denial nor a negation */
			d->cancel_neg = 1;
		} else if (withholding(a, i + k) || request_object(a, i + k) ||
		           passive_withholding(a, i, k)) {
			/* "deny it the protections", "denied bail", "denying a motion", "was denied
			 * a key witness": to withhold or refuse, not to deny a claim */
		} else if (passive_agent_at(a, i, k) != (size_t)-1 &&
		           request_subject(a, i)) {
			/* "Entry to the country was denied by border guards": the passive
			 * of "denied entry", a refusal as in the active form, no denial of
			 * a claim */
		} else if (passive_agent_at(a, i, k) != (size_t)-1) {
			/* "Cette information a été démentie par le porte-parole", "the arrest was
			 * denied by police": the subject is what is denied, the agent denies it */
			d->denied = 1;
			d->passive = 1;
			add_cue(w, v->word);
			if (!d->cue_end) d->cue_end = TOK(a, i + k - 1).end;
		} else {
			d->denied = 1;
			add_cue(w, v->word);
			if (!d->cue_end) d->cue_end = TOK(a, i + k - 1).end;
			/* what is denied follows the verb, unless it is a claim named by a noun
			 * ("denied the allegations"): then its content is elsewhere */
			if (!d->denial_at && !claim_object(a, i + k)) {
				d->denial_at = TOK(a, i + k - 1).end;
				/* its predicate: the first content word after the verb ("denied
				 * *arson*", "denied *setting* the fire", "nie avoir *tiré*"). A
				 * clause ("denied that the airline had refused to negotiate") starts
				 * with its subject, not its predicate: none then (conflict.c relies
				 * on the shared content after the verb) */
				for (size_t t = i + k; t < a->n && t <= i + k + 4; t++) {
					if (has(a, t, SC_LX_COMPL) && !is_boundary(a, t)) {
						d->pred_at = clause_predicate_at(a, t);
						break;
					}
					if (is_boundary(a, t)) break;
					/* the day is when it was denied: "a démenti *lundi*
					 * avoir fermé", "denied on *Monday* that" */
					if (has(a, t, SC_LX_WEEKDAY) || has(a, t, SC_LX_MONTH)) continue;
					if (content_word(a, t)) {
						w->denial_tok = t;
						break;
					}
				}
			}
		}
	}
}

/* A rejection verb at i: a denial when its object is a claim, a refusal otherwise. */
static void reject_verb(ana_t *a, sc_stmt_t *st, size_t i, den_t *d)
{
	work_t *w = a->w;
	const sc_lxval_t *v = NULL;
	size_t k;
	if ((k = match(a, i, SC_LX_BIT(SC_LX_REJECT), &v)) && !(w->mk[i] & MK_REL)) {
		/* a denial when its object is a claim, a dismissal or a "que" clause; a refusal
		 * otherwise ("rejette l'idée de négocier") */
		for (size_t j = 0; j < k; j++) w->mk[i + j] |= MK_CUE;
		int about_claim = 0;
		for (size_t j = i + k; j < a->n && j <= i + k + 6; j++) {
			if (is_boundary(a, j)) break;
			if (has(a, j, SC_LX_CLAIM_NOUN) || match(a, j, SC_LX_BIT(SC_LX_DISMISS_NOUN), NULL) ||
			    has(a, j, SC_LX_COMPL) || match(a, j, SC_LX_BIT(SC_LX_ANAPHORA), NULL))
				about_claim = 1;
		}
		int ag = passive_agent_at(a, i, k) != (size_t)-1;
		if (negated_verb(a, i)) {
			d->cancel_neg = 1;
		} else if (ag || passive_voice(a, i)) {
			/* the passive: "the allegations were dismissed by the club" denies
			 * its subject (a claim); "the appeal was rejected (by the court)",
			 * "the coach was dismissed (by the club)" refuse or remove it
			 * exactly as the active form does ("the court rejected the
			 * appeal"): the same negative verb; the agent only says who refuses
			 * (the source), it never turns the polarity over */
			int subj_claim = 0;
			for (size_t t = i; t-- > 0 && !is_boundary(a, t);)
				subj_claim |= has(a, t, SC_LX_CLAIM_NOUN) ||
				              match(a, t, SC_LX_BIT(SC_LX_DISMISS_NOUN), NULL);
			if (subj_claim) {
				d->denied = 1;
				d->passive = 1;
				add_cue(w, v->word);
			} else {
				negative_verb(a, st, i, k, v->word);
			}
		} else if (about_claim) {
			d->denied = 1;
			add_cue(w, v->word);
			if (!d->cue_end) d->cue_end = TOK(a, i + k - 1).end;
		} else if (perfect_infinitive(a, i + k)) {
			/* "conteste avoir tiré", "contests having ignored": a denial of that
			 * proposition by the subject */
			d->denied = 1;
			add_cue(w, v->word);
			if (!d->cue_end) d->cue_end = TOK(a, i + k - 1).end;
			if (!d->denial_at) {
				d->denial_at = TOK(a, i + k - 1).end;
				w->denial_tok = i + k + 1;
			}
		} else if (tally_or_noun(a, i)) {
			/* "the dismissal came hours before the game" (the stem of "dismiss"): a
			 * noun, no refusal */
		} else if (!infinitive(a, i)) {
			negative_verb(a, st, i, k, v->word);
		}
	}
}

/* A negative verb at i right after "without"/"sans" (a determiner between allowed): the two
 * negatives make an adverb of continuity, no negative statement: "ont crié *sans cesse*",
 * "sans arrêt", "worked *without stopping*", "without a halt". */
static int after_without(const ana_t *a, size_t i)
{
	size_t j = i;
	if (j > 0 && has(a, j - 1, SC_LX_DETERMINER) && !has(a, j - 1, SC_LX_NEG)) j--;
	return j > 0 && match(a, j - 1, SC_LX_BIT(SC_LX_NEG_PREP), NULL) == 1;
}

/* A negative verb of k tokens at i used as a participle on the noun before it, a reduced
 * relative clause: "les routes *bloquées* par la neige ont été dégagées", "the roads *blocked*
 * by snow were cleared". It describes the noun; the sentence's predicate is elsewhere.
 * French: a participle ending ("-é", "-ées", lexicon participle_suffixes) right after a
 * content word, no auxiliary before it. English, where the past tense and the participle
 * share a form ("police blocked the roads"): the agent's "by" must follow. */
static int adjectival_participle(const ana_t *a, size_t i, size_t k)
{
	if (k != 1 || i == 0 || !is_word(a, i - 1) || stopword(a, i - 1) || has(a, i - 1, SC_LX_AUX) ||
	    has(a, i - 1, SC_LX_PRONOUN) || has(a, i - 1, SC_LX_PASSIVE) ||
	    (TOK(a, i - 1).flags & SC_CT_ELIDED) || adverb_at(a, i - 1))
		return 0;
	if (!strcmp(a->lang, "fr")) return sc_cmp_lex_participle(a->L, NORM(a, i), TOK(a, i).nlen);
	const char *s = NORM(a, i);
	size_t n = TOK(a, i).nlen;
	static const char *const by[] = {"by", NULL};
	return n > 4 && !strcmp(s + n - 2, "ed") && i + 1 < a->n && word_in(a, i + 1, by);
}

/* French "pour" + infinitive at i: a purpose, as English "to" ("déployés *pour empêcher*
 * les pillages"); "afin de" ends in the marker "de" itself. */
static int purpose(const ana_t *a, size_t i)
{
	static const char *const pour[] = {"pour", NULL};
	return !strcmp(a->lang, "fr") && i > 0 && word_in(a, i - 1, pour);
}

/* A negative verb at i ("rompre", "call off"). */
static void neg_verb(ana_t *a, sc_stmt_t *st, size_t i, den_t *d)
{
	work_t *w = a->w;
	const sc_lxval_t *v = NULL;
	size_t k;
	if ((k = match(a, i, SC_LX_BIT(SC_LX_NEG_VERB), &v)) && !(w->mk[i] & (MK_REL | MK_EXC)) &&
	    !tally_or_noun(a, i) && !after_without(a, i) && !adjectival_participle(a, i, k)) {
		/* "a rompu les négociations": the event is over, a negative statement; "demande à
		 * Kiev de renoncer" asserts nothing (an infinitive) */
		for (size_t j = 0; j < k; j++) w->mk[i + j] |= MK_CUE;
		if (negated_verb(a, i)) {
			d->cancel_neg = 1;
		} else if (!infinitive(a, i) && !purpose(a, i)) {
			/* "deployed *to prevent* looting", "pour empêcher les pillages": an aim, not
			 * asserted */
			negative_verb(a, st, i, k, v->word);
		}
	}
}

/* Dismissal nouns, frames and adjectives, and claim nouns at i. */
static void dismissal(ana_t *a, size_t i, den_t *d)
{
	work_t *w = a->w;
	const sc_lxval_t *v = NULL;
	size_t k;
	if ((k = match(a, i, SC_LX_BIT(SC_LX_DISMISS_NOUN), &v)) && !(k == 1 && has(a, i, SC_LX_HEDGE))) {
		/* "alleged" shares the stem of "allegation" but hedges, it dismisses nothing */
		for (size_t j = 0; j < k; j++) w->mk[i + j] |= MK_CUE;
		d->dnoun = 1;
		d->dnoun_w = v->word;
	}
	if ((k = match(a, i, SC_LX_BIT(SC_LX_DISMISS_FRAME), &v))) {
		d->dframe = 1;
		d->dframe_w = v->word;
	}
	if ((k = match(a, i, SC_LX_BIT(SC_LX_DISMISS_ADJ), &v)) && judges_claim(a, i, k)) {
		for (size_t j = 0; j < k; j++) w->mk[i + j] |= MK_CUE;
		d->dadj = 1;
		d->dadj_w = v->word;
	}
	if (has(a, i, SC_LX_CLAIM_NOUN)) {
		w->mk[i] |= MK_CUE;
		d->claim = 1;
	}
}

/* A hedge or a conditional at i. */
static void hedge_at(ana_t *a, sc_stmt_t *st, size_t i)
{
	work_t *w = a->w;
	const sc_lxval_t *v = NULL;
	size_t k;
	if ((k = match(a, i, SC_LX_BIT(SC_LX_HEDGE), &v))) {
		int month = w->sv[i] && (w->sv[i]->cats & SC_LX_BIT(SC_LX_MONTH)) &&
		            (TOK(a, i).flags & SC_CT_CAP) && sc_cmp_lex_months_capitalised(a->L);
		if (!month) {
			for (size_t j = 0; j < k; j++) w->mk[i + j] |= MK_CUE;
			st->hedged = 1;
			add_cue(w, v->word);
		}
	} else if (is_word(a, i) && sc_cmp_lex_conditional(a->L, NORM(a, i), TOK(a, i).nlen) &&
	           !has(a, i, SC_LX_COND_EXC) && !(TOK(a, i).flags & SC_CT_CAP)) {
		st->hedged = 1;
		add_cue(w, NORM(a, i));
	}
}

/* A denial the sentence says ended: "Kerr denied taking bribes until he admitted in March
 * ...", "he steadfastly denied the accusations until finally coming forward", "a nié les faits
 * jusqu'à ce qu'il avoue": a marker of the lexicon's stance_ended after the denial cue, then
 * an admission (admission_verbs) within six words. The sentence then reports a stance given
 * up, which contradicts nothing the others assert of the deed. Without the admission "until"
 * scopes what is denied ("denied knowing about the payments until March", "denied paying the
 * player until April": review19b) or the denial lasted ("until his death"): still a denial. */
static int denial_ended(const ana_t *a, const den_t *d)
{
	if (!d->denied || !d->cue_end) return 0;
	for (size_t i = 0; i < a->n; i++) {
		size_t k;
		if (TOK(a, i).start < d->cue_end || !(k = cmark_len(a, i, SC_CM_ENDED))) continue;
		for (size_t t = i + k; t < a->n && t < i + k + 6 && !is_boundary(a, t); t++)
			if (cmark_len(a, t, SC_CM_ADMIT)) return 1;
		return 0;
	}
	return 0;
}

static void find_denial_hedges(ana_t *a, sc_stmt_t *st)
{
	work_t *w = a->w;
	den_t dd = {0}, *d = &dd;
	for (size_t i = 0; i < a->n; i++) {
		claim_content(a, i, d);
		denial_verb(a, i, d);
		reject_verb(a, st, i, d);
		neg_verb(a, st, i, d);
		dismissal(a, i, d);
		hedge_at(a, st, i);
	}
	if (d->dnoun && (d->dframe || d->dadj || d->denied)) {
		d->denied = 1;
		add_cue(w, d->dnoun_w);
		if (d->dframe) add_cue(w, d->dframe_w);
		if (d->dadj) add_cue(w, d->dadj_w);
	} else if (d->dadj && d->claim) {
		d->denied = 1;
		add_cue(w, d->dadj_w);
	} else if (d->dnoun) {
		st->hedged = 1; /* a rumour reported, not dismissed */
		add_cue(w, d->dnoun_w);
	}
	st->denial = d->denied;
	if (denial_ended(a, d)) {
		st->denial = 0;
		add_cue(w, "denial-ended");
	}
	/* a dismissal ("qualifiés de ragots") denies the whole sentence's content */
	int dismissed = (d->dnoun && (d->dframe || d->dadj)) || (d->dadj && d->claim);
	st->denial_at = st->denial && !dismissed ? d->denial_at : 0;
	st->claim_content_at = st->denial && !st->denial_at ? d->content_at : 0;
	st->denial_pred_at = st->denial_at ? d->pred_at : 0;
	/* a passive denial denies its subject: its content is the whole sentence but the agent
	 * (the source, no key terms), unless a claim noun states it ("rumours *of* talks were
	 * denied by") */
	if (st->denial && d->passive && !st->denial_at && !st->claim_content_at && a->n)
		st->claim_content_at = 1;
	if (d->cancel_neg && !d->denied) {
		st->negated = 0;
		st->neg_start = st->neg_end = st->neg_close = st->other_end = 0;
		st->rel_start = st->rel_end = 0;
		w->nheads = 0;
		add_cue(w, "negated-denial");
	}
}

/* ------------------------------------------------------------- the claim */
/* A capitalised month name used as a date here ("in May", "May 3"), not the modal "may". */
static int month_here(const ana_t *a, size_t i)
{
	if (!a->w->sv[i] || !(a->w->sv[i]->cats & SC_LX_BIT(SC_LX_MONTH))) return 0;
	if (!(TOK(a, i).flags & SC_CT_CAP)) return 0;
	return (i + 1 < a->n && (TOK(a, i + 1).flags & SC_CT_NUM)) ||
	       (i > 0 && ((TOK(a, i - 1).flags & SC_CT_NUM) || has(a, i - 1, SC_LX_DATE_PREP)));
}

/* A conditional verb form: a conditional modal ("would", "serait") or, in French, a verb with
 * a conditional ending ("tirerait"). */
static int conditional_verb(const ana_t *a, size_t i)
{
	if (has(a, i, SC_LX_HYPO_MODAL)) return 1;
	return !strcmp(a->lang, "fr") && is_word(a, i) && !(TOK(a, i).flags & SC_CT_CAP) &&
	       sc_cmp_lex_conditional(a->L, NORM(a, i), TOK(a, i).nlen) && !has(a, i, SC_LX_COND_EXC);
}

/* A present participle by its ending: English "-ing", French "-ant" ("saying", "indiquant"). */
static int present_participle(const ana_t *a, size_t i)
{
	const char *s = NORM(a, i);
	size_t n = TOK(a, i).nlen;
	if (n <= 4 || !is_word(a, i)) return 0;
	if (!strcmp(a->lang, "en")) return !strcmp(s + n - 3, "ing");
	return !strcmp(a->lang, "fr") && !strcmp(s + n - 3, "ant");
}

/* A verb of saying or knowing among the two content words after a negation cue ending at k
 * ("did not *say*", "did not *want* to *comment*", "n'a pas *souhaité* *commenter*"), within
 * its clause. A present participle right after a content word is no negated verb: it
 * describes the noun the negation bears on ("aucun élément *indiquant* un détournement", "no
 * report *saying* the plant had closed"), a reduced relative clause, as "aucun média
 * *couvrant* ...", "pas de coagulation *empêchant* ..." in DACCORD dev; the negation denies
 * the noun, an assertion. After an adverb it is the verb ("not immediately *commenting*"). */
/* A state the negation leaves open: "it is not yet *clear* what started the fire", "has not
 * been *established* whether ...", "n'est pas encore *établi* si ...", "nobody was *surprised*
 * when ...". Exact forms, not the lexicon's stem-matched nonassertive_verbs, whose stems
 * would also take "was not *cleared* to land", "n'a pas *clairement*" (lead, after prec12).
 * "clear", "determined", "established" leave the matter open only before the question or
 * clause they govern, or a noun standing for one (NONASSERT_COMP within three words: "n'ont
 * pas encore établi la cause"): "the road is not clear" / "the
 * road is clear" and "have not established contact" / "established contact" are direct
 * denials (final12). Surprise is about the speaker, never about the event. */
static const char *const NONASSERT_STATE[] = {"clear",     "determined", "determine",
                                              "established", "clair",    "claire",
                                              "déterminé", "déterminée", "déterminer",
                                              "établi",    "établie",    NULL};
static const char *const NONASSERT_FEEL[] = {"surprised", "astonished", "surpris", "surprise",
                                             "surprises", "étonné",     "étonnée", "étonnés",
                                             "étonnées",  NULL};
static const char *const NONASSERT_COMP[] = {
    "whether", "if",  "what",  "who",  "why",     "how",      "when",  "where", "which",
    "that",    "si",  "s'il",  "s'ils", "que",    "qu'",      "ce",    "combien", "comment",
    "pourquoi", "qui", "quand", "où",   "quel",   "quelle",   "quels", "quelles",
    /* a noun that stands for the open question ("has not established the cause") */
    "cause", "causes", "origin", "origine", "motive", "mobile", "motif", "identity",
    "identité", "circumstances", "circonstances", "reason", "raison", NULL};

static int open_state(const ana_t *a, size_t t)
{
	if (word_in(a, t, NONASSERT_FEEL)) return 1;
	if (!word_in(a, t, NONASSERT_STATE)) return 0;
	for (size_t u = t + 1; u < a->n && u <= t + 3 && !is_boundary(a, u); u++)
		if (word_in(a, u, NONASSERT_COMP)) return 1;
	return 0;
}

static int nonassertive_head(const ana_t *a, size_t k)
{
	size_t seen = 0;
	for (size_t t = k + 1; t < a->n && t <= k + 6 && seen < 2; t++) {
		if (is_boundary(a, t)) break;
		if ((match(a, t, SC_LX_BIT(SC_LX_NONASSERT), NULL) || open_state(a, t)) &&
		    !(t > k + 1 && content_word(a, t - 1) && present_participle(a, t)))
			return 1;
		if (content_word(a, t)) seen++;
	}
	return 0;
}

/* Words opening an indirect question in French ("ne savait pas *si*", "on sait pas
 * *combien*"). */
static const char *const FR_QUESTION[] = {"si", "s'il", "s'ils", "combien", "comment", "où",
                                          "quand", "pourquoi", "quel", "quelle", "quels",
                                          "quelles", NULL};

/* The French verb a negation cue from f to l surrounds ("ne *savait* pas si") or, a spoken
 * "pas" alone, follows ("on *sait* pas combien"), is one of saying or knowing with an
 * indirect question after the cue: missing information, as English "did not know whether".
 * A verb of knowing (savoir, connaître: FR_SAVOIR, FR_CONNAITRE) before "que" or a definite
 * determiner ("ne savait pas *que* le suspect était armé", "ne connaissait pas *le* nouvel
 * attaquant") reports what someone did not know, as English "did not know that ..." / "did
 * not know the victims" (nonassertive_head): it states nothing about the object (session 12,
 * prec12: reviewer pairs p9 attack fr_c01, p10 fr26 fr28 fr29 fr52; sc_cmp_claims_pair gives
 * the negation back against a side that asserts the same verb). Not after "rien",
 * "personne", "aucun" ("les passagers ne savaient rien des autres attaques": what they knew
 * is the content, nli-fr3 dev g05_p07_c), nor before "de" / "un" ("ne connaissait pas de
 * crue": to experience). A weekday or relative day may stand between the cue and what
 * follows ("ne savaient pas *lundi* ce qui ..."). */
static const char *const FR_KNOWN_OBJ[] = {"que", "qu'", "ce", "le", "la", "l'", "les", "son",
                                           "sa", "ses", "leur", "leurs", "cette", "ces", NULL};
static const char *const FR_KNOW_COMP[] = {"pas", "jamais", "plus", NULL};
/* "connaître" in a simple tense, inside the cue ("ne *connaissait* pas le suspect"): exact
 * forms, not the lexicon's stem-matched nonassertive_verbs, where its stem would also take
 * the noun ("n'avait pas *connaissance* du rapport": p10 fr51, a real clash) and "n'a pas
 * connu de violences" (to experience: a fact). */
static const char *const FR_CONNAITRE[] = {"connais", "connaît", "connait", "connaissons",
                                           "connaissez", "connaissent", "connaissait",
                                           "connaissaient", NULL};
/* "savoir" forms for the same reading. Only knowing: "ne pense pas que" / "ne croit pas que"
 * is the speaker's opinion against the content (neg-raising: "les pompiers ne pensent pas que
 * l'incendie soit criminel" disagrees with "l'incendie est criminel, selon le parquet", a
 * conflict an editor wants), so the lexicon's verbs of thinking keep it asserted here (lead,
 * review12's probe; the one reviewer pair of "penser" is a prediction, p10 fr31). */
static const char *const FR_SAVOIR[] = {"sais", "sait", "savons", "savez", "savent", "savais",
                                        "savait", "savions", "saviez", "savaient", "su",
                                        "savoir", NULL};

static int knowing(const ana_t *a, size_t t)
{
	return word_in(a, t, FR_SAVOIR) || word_in(a, t, FR_CONNAITRE);
}

static int nonassertive_inside(const ana_t *a, size_t f, size_t l)
{
	if (strcmp(a->lang, "fr") || l + 1 >= a->n) return 0;
	size_t nx = l + 1;
	if (nx + 1 < a->n && has(a, nx, SC_LX_WEEKDAY)) nx++;
	int question = word_in(a, nx, FR_QUESTION),
	    known = !question && word_in(a, l, FR_KNOW_COMP) && word_in(a, nx, FR_KNOWN_OBJ);
	if (!question && !known) return 0;
	for (size_t t = f + 1; t < l; t++)
		if (question ? match(a, t, SC_LX_BIT(SC_LX_NONASSERT), NULL) != 0 : knowing(a, t))
			return question ? 1 : 2;
	if (f != l || f == 0 || is_boundary(a, f - 1)) return 0;
	return (question ? match(a, f - 1, SC_LX_BIT(SC_LX_NONASSERT), NULL) != 0
	                 : knowing(a, f - 1))
	           ? (question ? 1 : 2)
	           : 0;
}

/* "si"/"if" right after a verb of knowing or saying opens an indirect question ("ne savait
 * pas *si* l'école était ouverte", "souhaitent savoir si", "declined to say *if* ..."), no
 * condition; a negation cue may come between ("ne savait pas si"). A reporting verb does
 * only when negated or an infinitive: "he said *if* the team were ..." sets a condition. */
static int indirect_question(const ana_t *a, size_t i)
{
	size_t j = i;
	if (j > 0 && !is_boundary(a, j - 1) &&
	    (has(a, j - 1, SC_LX_NEG_COMP) || has(a, j - 1, SC_LX_NEG)))
		j--;
	if (j == 0 || is_boundary(a, j - 1) || !match(a, j - 1, SC_LX_BIT(SC_LX_NONASSERT), NULL))
		return 0;
	j--;
	if (!has(a, j, SC_LX_REPORT)) return 1;
	return j != i - 1 || infinitive(a, j) || negated_verb(a, j);
}

/* A unit shorter than a month at token u ("day", "journée", "semaine"). */
static int short_unit(const ana_t *a, size_t u)
{
	const sc_lxval_t *x = u < a->n ? a->w->sv[u] : NULL;
	return x && (x->cats & SC_LX_BIT(SC_LX_DURATION)) && x->num < 28 * 86400.0;
}

/* A background marker at i: another time or event ("last year", "l'an dernier", "the
 * previous quake"). "the previous day", "la veille" stay within the event: a marker that
 * qualifies a unit shorter than a month, or a relative day, is not background. The unit
 * follows the marker in English; in French it comes first, since French adjectives follow
 * their noun ("la journée précédente", "le jour précédent"): before the noun the adjective
 * means the one before ("lors de la *précédente journée* [de mobilisation], le 19 février",
 * review20 corpus 12), another event, and is background. */
static size_t background_at(const ana_t *a, size_t i)
{
	size_t k = match(a, i, SC_LX_BIT(SC_LX_BACKGROUND), NULL);
	if (!k) return 0;
	int fr = !strcmp(a->lang, "fr");
	if (fr && i > 0 && short_unit(a, i - 1)) return 0;
	if (i + k >= a->n) return k;
	const sc_lxval_t *u = a->w->sv[i + k];
	if (u && (u->cats & SC_LX_BIT(SC_LX_WEEKDAY))) return 0;
	if (!fr && short_unit(a, i + k)) return 0;
	return k;
}

/* A month said to be a past one at i: "*Last March*, two workers died", "this past May", "en
 * mars dernier", "le 19 février dernier" (lexicon background_month_before / _after). Another
 * time than the event's, as "last month" (background_markers) is: a month without its year
 * is otherwise placed in the article's year (conflict.c mark_background_dates), and "Last
 * March" in a March article is the March of the year before (review20 corpus 09). */
static int last_month(const ana_t *a, size_t i)
{
	if (!has(a, i, SC_LX_MONTH)) return 0;
	for (size_t b = 1; b <= 2 && b <= i; b++)
		if (cmark_len(a, i - b, SC_CM_MONTH_BEFORE) == b) return 1;
	return i + 1 < a->n && cmark_len(a, i + 1, SC_CM_MONTH_AFTER) > 0;
}

/* English "could" negated at i, with no "have" after ("the dairy *could not* compete", "the
 * fire *could not* be extinguished", "couldn't survive"): a past inability, a fact the writer
 * states, as French "n'a pas pu" / "ne pouvait pas" (read as asserted: no possibility modal).
 * Not a possibility: "could not have" is an entry of its own (a counterfactual), and under a
 * condition the conditional "could" still makes the clause hypothetical (find_claim's cmodal:
 * "if the dam broke, the village could not survive"). */
static int could_not(const ana_t *a, size_t i)
{
	static const char *const could[] = {"could", NULL}, *const not_w[] = {"not", "n't", "never",
	                                                                      NULL};
	return !strcmp(a->lang, "en") && word_in(a, i, could) &&
	       (word_in(a, i + 1, not_w) || spaced_nt(a, i + 2));
}

/* French conditional "aurait"/"auraient" at i with a negation complement between it and its
 * participle ("n'*aurait pas pu* protéger", "n'auraient pas pu payer", "n'aurait jamais dû"):
 * the possibility modals "aurait pu", "aurait dû", "aurait été" of the lexicon, split by the
 * negation, so the phrase does not match. A counterfactual, as English "could not have" (an
 * entry of its own). */
static int split_counterfactual(const ana_t *a, size_t i)
{
	static const char *const part[] = {"pu", "dû", "été", NULL};
	return !strcmp(a->lang, "fr") && has(a, i, SC_LX_HYPO_MODAL) && i + 2 < a->n &&
	       has(a, i + 1, SC_LX_NEG_COMP) && word_in(a, i + 2, part);
}

/* The claim's modality (SC_MOD_*) from what find_claim read; nonassertive as given. */
static int claim_modality(const sc_stmt_t *st, int nonassertive, int cond_here, int cond,
                          int concessive, int poss, int hyp)
{
	/* "could not say how many", "could not confirm": nothing said, whatever the modal */
	if (cond_here) return SC_MOD_CONDITIONAL;
	if (nonassertive && poss && !cond && !concessive) return SC_MOD_UNKNOWN;
	if (hyp) return SC_MOD_HYPOTHETICAL;
	if (cond) return SC_MOD_CONDITIONAL;
	if (st->question || nonassertive) return SC_MOD_UNKNOWN;
	if (st->denial) return SC_MOD_DENIED;
	if (st->rumour) return SC_MOD_RUMOURED;
	if (st->source || st->source_pronoun) return SC_MOD_REPORTED;
	return SC_MOD_ASSERTED;
}

/* The claim the sentence makes: its modality, whether a negation only reports missing
 * information, whether it is about another time or event. The claim is the negated clause
 * when there is a negation in the main clause, else the main clause (subordinate clauses
 * aside). Run after find_source. */
static void find_claim(ana_t *a, sc_stmt_t *st)
{
	work_t *w = a->w;
	size_t nt = w->negtok, lo = 0, hi = a->n;
	int negd = st->negated && nt != (size_t)-1;
	if (negd) {
		lo = w->prevb[nt];
		hi = seg_end(a, nt + 1 < a->n ? nt + 1 : nt);
	}
	int cond = 0, cond_here = 0, concessive = 0, poss = 0, cmodal = 0, bg = 0;
	for (size_t i = 0; i < a->n; i++) {
		if (w->mk[i] & MK_EXC) continue;
		size_t k;
		if ((k = match(a, i, SC_LX_BIT(SC_LX_CONCESSIVE), NULL))) {
			concessive = 1;
			i += k - 1;
			continue;
		}
		if ((k = match(a, i, SC_LX_BIT(SC_LX_COND_MARK), NULL))) {
			/* French "si" before "que" intensifies ("si grave que"), it sets no condition */
			int intens = 0;
			for (size_t t = i + 1; t < a->n && t <= i + 3 && k == 1; t++)
				if (has(a, t, SC_LX_COMPL)) intens = 1;
			if (!intens && !indirect_question(a, i)) {
				cond = 1;
				if (negd && i >= lo && i < nt) cond_here = 1;
			}
		}
		if (!(w->mk[i] & MK_REL) && ((k = background_at(a, i)) || last_month(a, i))) bg = 1;
		int in = negd ? i >= lo && i < hi : !(w->mk[i] & MK_REL);
		if (!in) continue;
		if ((k = match(a, i, SC_LX_BIT(SC_LX_POSS_MODAL), NULL)) && !month_here(a, i) &&
		    !(k == 1 && could_not(a, i)))
			poss = 1;
		else if (split_counterfactual(a, i))
			poss = 1;
		else if (conditional_verb(a, i)) cmodal = 1;
	}
	st->background = bg;
	/* a rumour passed on, not dismissed ("The club was reportedly sold", "Unconfirmed reports
	 * said", "selon des rumeurs", "dit-on"): the writer does not assert it, nor does anyone */
	for (size_t i = 0; i < a->n && !st->denial && !st->rumour; i++)
		if (!(w->mk[i] & MK_REL) && (rumour_governs(a, i) || fear_governs(a, i)))
			st->rumour = 1;
	/* a charge or a suspicion the main clause reports as a fact ("A man has been charged with
	 * arson"), and what is charged: the judge sets no denial of that against it (judge.c
	 * features_ti). Not a charge in a subordinate clause or a conditional, a threat of one
	 * ("les prévenant qu'ils seraient poursuivis pour tentative de meurtre", DACCORD
	 * b188-b190): that is no charge made */
	for (size_t i = 0; i < a->n && !st->charge && !st->hedged; i++) {
		size_t k = (w->mk[i] & MK_REL) ? 0 : cmark_len(a, i, SC_CM_CHARGE);
		if (!k) continue;
		st->charge = 1;
		/* the charged act: the content words right after the marker, up to the first
		 * function word after one ("with *arson* over the fire", "of *poisoning* the
		 * guests", "d'avoir *mis* le feu") */
		for (size_t t = i + k;
		     t < a->n && !is_boundary(a, t) && st->ncharge_of < SC_CHARGE_OF; t++) {
			if (!is_word(a, t) || stopword(a, t) || has(a, t, SC_LX_AUX)) {
				if (st->ncharge_of) break;
				continue;
			}
			st->charge_of[st->ncharge_of++] = tok_term(a, t);
		}
	}
	if (negd)
		for (size_t k = 0; k < w->nnegl && !st->nonassertive; k++)
		{
			int in = nonassertive_inside(a, w->negf[k], w->negl[k]);
			st->nonassertive = nonassertive_head(a, w->negl[k]) || in;
			st->known_neg = st->nonassertive && in == 2;
		}
	/* "declined to say whether", "a refusé de commenter": no negation, no assertion either */
	for (size_t i = 0; i < a->n && !st->nonassertive; i++) {
		size_t k;
		if (!(w->mk[i] & MK_REL) && (k = match(a, i, SC_LX_BIT(SC_LX_DECLINE), NULL)))
			st->nonassertive = nonassertive_head(a, i + k - 1);
	}
	int hyp = poss || ((cond || concessive) && cmodal);
	st->modality = claim_modality(st, st->nonassertive, cond_here, cond, concessive, poss, hyp);
	/* what the claim asserts if the other side gives the negation back (sc_cmp_claims_pair) */
	if (st->known_neg)
		st->known_neg = 1 + claim_modality(st, 0, cond_here, cond, concessive, poss, hyp);
	/* "... but that he did not know of any threats": the main claim stays asserted, but what
	 * the subordinate negation is about is not asserted (see conflict.c) */
	for (size_t k = 0; k < w->nsubheads && !st->nonassertive; k++)
		st->nonassertive = w->subheads[k] > 0 && nonassertive_head(a, w->subheads[k] - 1);
}

/* ------------------------------------------------------------- attribution */
/* A capitalised run ending at token e (inclusive), walking back; returns its first token or
 * (size_t)-1. Quotes around it are skipped; leading stopwords and cue words are not names. */
static size_t cap_run_back(const ana_t *a, size_t e, size_t lo)
{
	size_t j = e;
	while (j > lo && is_quote(a, j)) j--;
	if (j > lo && initial_dot(a, j)) j--; /* "Karim B. a nié" */
	if (!is_word(a, j) || !(TOK(a, j).flags & SC_CT_CAP)) return (size_t)-1;
	size_t b = j;
	while (b > lo) {
		size_t p = b - 1;
		if (is_word(a, p) && (TOK(a, p).flags & SC_CT_CAP)) {
			b = p;
			continue;
		}
		if (p > lo && initial_dot(a, p) && is_word(a, p - 1) &&
		    (TOK(a, p - 1).flags & SC_CT_CAP)) {
			b = p - 1; /* "John F. Kennedy" */
			continue;
		}
		break;
	}
	/* trim leading stopwords and cues ("Le Washington Post", "Selon Reuters"), but keep a
	 * capitalised article inside the sentence ("le quotidien La Gazette") */
	while (b <= j && (stopword(a, b) || (a->w->mk[b] & MK_CUE) ||
	                  has(a, b, SC_LX_REPORT_PREP) || has(a, b, SC_LX_PRONOUN))) {
		if (b > 0 && b < j && stopword(a, b) && !(a->w->mk[b] & MK_CUE) &&
		    !has(a, b, SC_LX_PRONOUN) && !has(a, b + 1, SC_LX_REPORT_PREP) &&
		    !stopword(a, b + 1))
			break;
		b++;
	}
	if (b > j) return (size_t)-1;
	return b;
}

/* The first capitalised run in [b, e), its end in *re (exclusive). */
static size_t cap_run_fwd(const ana_t *a, size_t b, size_t e, size_t *re)
{
	for (size_t i = b; i < e; i++) {
		if (!is_word(a, i) || !(TOK(a, i).flags & SC_CT_CAP)) continue;
		if (stopword(a, i) || (a->w->mk[i] & MK_CUE) || has(a, i, SC_LX_PRONOUN)) continue;
		size_t j = i;
		/* a name runs on across the period of an initial ("John F. Kennedy", "Karim B.") */
		while (j < e && ((is_word(a, j) && (TOK(a, j).flags & SC_CT_CAP)) ||
		                 (j > i && initial_dot(a, j))))
			j++;
		*re = j;
		/* "Le Monde", "The Guardian": a capitalised article inside the sentence belongs */
		if (i > b && i > 1 && is_word(a, i - 1) && (TOK(a, i - 1).flags & SC_CT_CAP) &&
		    stopword(a, i - 1))
			return i - 1;
		return i;
	}
	return (size_t)-1;
}

typedef struct src_s {
	size_t b, e; /* tokens [b, e) */
	int pronoun;
	int found;
	size_t db, de; /* the source's description ("la porte-parole du ministère"): no key terms */
} src_t;

static src_t src_none(void) { return (src_t){0, 0, 0, 0, 0, 0}; }
static src_t src_span(size_t b, size_t e) { return (src_t){b, e, 0, 1, 0, 0}; }
static src_t src_desc(src_t s, size_t db, size_t de)
{
	s.db = db;
	s.de = de;
	return s;
}

/* Whether the capitalised run starting at token r complements the noun before it: "du
 * Rhône", "de la Creuse", "of the Interior" (a complement preposition, then maybe an
 * article). Then "la préfecture du Rhône" is the source, not "Rhône". */
static int name_complements(const ana_t *a, size_t r, size_t lo)
{
	if (r <= lo) return 0;
	if (has(a, r - 1, SC_LX_COMPL_PREP)) return 1;
	return r >= lo + 2 && stopword(a, r - 1) && has(a, r - 2, SC_LX_COMPL_PREP);
}

/* The source named by the noun phrase after "selon"/"according to" at [b, ...). */
static src_t source_np(const ana_t *a, size_t b)
{
	size_t e = seg_end(a, b);
	if (e - b > 14) e = b + 14;
	size_t i = b;
	while (i < e && (stopword(a, i) || is_quote(a, i)) && !has(a, i, SC_LX_PRONOUN)) {
		if ((TOK(a, i).flags & SC_CT_CAP) && i + 1 < e && is_word(a, i + 1) &&
		    (TOK(a, i + 1).flags & SC_CT_CAP) && !stopword(a, i + 1))
			break; /* "selon Le Monde" */
		i++;
	}
	if (i >= e) return src_none();
	if (has(a, i, SC_LX_PRONOUN)) return (src_t){i, i + 1, 1, 1, 0, 0};
	/* the role noun heads the phrase: first or second word ("selon le Premier ministre"),
	 * not an adjective further on ("selon les résultats officiels") */
	size_t role = (size_t)-1;
	for (size_t j = i; j < e && j <= i + 1; j++)
		if (match(a, j, SC_LX_BIT(SC_LX_ROLE), NULL)) {
			role = j;
			break;
		}
	size_t re, rb = cap_run_fwd(a, i, e, &re);
	if (role != (size_t)-1) {
		/* "la porte-parole du ministère ..., Maria Zakharova": the name in apposition */
		if (e < a->n && punct_is(a, e, ",")) {
			size_t e2 = seg_end(a, e + 1), r2e;
			size_t r2 = cap_run_fwd(a, e + 1, e2, &r2e);
			if (r2 == e + 1 && r2e == e2 && r2e - r2 <= 4) return src_desc(src_span(r2, r2e), i, e);
		}
		/* "le conseiller diplomatique russe Iouri Ouchakov": the name after the role */
		size_t last = (size_t)-1, lre = 0, k = role + 1;
		while (k < e) {
			size_t x, xb = cap_run_fwd(a, k, e, &x);
			if (xb == (size_t)-1) break;
			last = xb;
			lre = x;
			k = x;
		}
		if (last != (size_t)-1 && last <= role + 4 && lre == e) {
			/* "selon les pompiers du Rhône": the role and its complement */
			if (name_complements(a, last, role + 1)) return src_span(role, lre);
			return src_desc(src_span(last, lre), role, last);
		}
		if (rb == i) return src_span(rb, re); /* "selon l'agence Reuters" handled above */
		size_t end = e - role > 8 ? role + 8 : e;
		return src_span(role, end);
	}
	/* "selon les pompiers de la Creuse": the noun phrase with its complement */
	if (rb != (size_t)-1 && rb <= i + 4 && name_complements(a, rb, i + 1)) return src_span(i, re);
	if (rb != (size_t)-1) return src_span(rb, re);
	/* a common noun that is no role names no source: "selon" also means "depending on"
	 * ("Selon les régions, le prix varie"); people and bodies that speak ("selon les
	 * pompiers", "according to witnesses") are role nouns in the lexicons */
	return src_none();
}

/* A modal between a subject and its verb: "could", "may", "pouvait" (never a source's word). */
static int modal_word(const ana_t *a, size_t p)
{
	return has(a, p, SC_LX_HYPO_MODAL) || has(a, p, SC_LX_POSS_MODAL) || has(a, p, SC_LX_NEG_PVERB);
}

/* Skips back over auxiliaries, modals, adverbs and negation between a subject and its verb. */
static size_t skip_aux_back(const ana_t *a, size_t v)
{
	size_t j = v;
	while (j > 0) {
		size_t p = j - 1;
		if (is_word(a, p) && (has(a, p, SC_LX_AUX) || (a->w->mk[p] & MK_NEGUSED) ||
		                      sc_cmp_lex_adverb(a->L, NORM(a, p), TOK(a, p).nlen) ||
		                      (TOK(a, p).flags & SC_CT_ELIDED) || modal_word(a, p)) &&
		    !has(a, p, SC_LX_PRONOUN)) {
			j = p;
			continue;
		}
		/* a verb of saying that complements another: "did not want to comment", "declined
		 * to say", "n'a pas souhaité commenter": the subject is that verb's */
		if (is_word(a, p) && !(TOK(a, p).flags & SC_CT_CAP) && p > 0 &&
		    match(a, v, SC_LX_BIT(SC_LX_NONASSERT), NULL) && (has(a, p, SC_LX_INF) ||
		     (j == v && sc_cmp_lex_participle(a->L, NORM(a, p), TOK(a, p).nlen) &&
		      (has(a, p - 1, SC_LX_AUX) || (a->w->mk[p - 1] & MK_NEGUSED))))) {
			j = has(a, p, SC_LX_INF) && is_word(a, p - 1) && !has(a, p - 1, SC_LX_PRONOUN) &&
			            !(TOK(a, p - 1).flags & SC_CT_CAP)
			        ? p - 1
			        : p;
			continue;
		}
		/* multiword skips ("quant à lui", "in a statement") */
		int found = 0;
		for (size_t back = 2; back <= 4 && back <= p + 1; back++) {
			size_t s0 = j - back;
			size_t k = phrase_at(a, s0, SC_LX_BIT(SC_LX_AUX), NULL);
			if (k == back) {
				j = s0;
				found = 1;
				break;
			}
		}
		if (!found) break;
	}
	return j; /* first token of the verb group */
}

static void clean_source(const ana_t *a, src_t *s);
/* The noun before a relative clause on the subject that ends right before the verb group at
 * j ("the researcher [who found the files] said"), (size_t)-1 when the clause is on another
 * noun than the sentence's subject. */
static size_t subject_before_relative(const ana_t *a, size_t p)
{
	size_t r = p;
	while (r > 0 && (a->w->mk[r - 1] & MK_REL)) r--;
	if (r == 0 || !has(a, r, SC_LX_RELPRON)) return (size_t)-1;
	p = r - 1;
	/* only a relative clause on the sentence's subject: its noun phrase opens the
	 * clause. "Le ministre a reçu les syndicats qui réclament ... et a déclaré": the
	 * clause is on the object, and the syndicats did not declare anything */
	size_t s0 = p;
	while (s0 > 0 && p - s0 < 4 && is_word(a, s0 - 1) && !is_boundary(a, s0 - 1) &&
	       (!has(a, s0 - 1, SC_LX_AUX) || has(a, s0 - 1, SC_LX_DETERMINER)))
		s0--; /* ("les" is a clitic the aux list skips, and a determiner here) */
	if (s0 > 0 && !is_boundary(a, s0 - 1)) return (size_t)-1;
	return p;
}

/* The speaker of "role + complement" (q the first function word after the role, p the
 * subject's last token, h the role phrase's first word). A name ending the subject after a
 * content word is the speaker, the role phrase its title ("Spokesman for the fire brigade
 * *Colonel Ali Hassan* said", "Porte-parole de la préfecture *Anne Roux*"; a name right after
 * a preposition is the complement: "a spokesman for Waitrose"). Else the role with its
 * complement; a long complement is cut before its second preposition ("the lawyer for the
 * owner [of the warehouse]": the lawyer of that owner is the speaker), never at the role
 * alone, which would make two different spokesmen one. */
static src_t role_span(const ana_t *a, size_t h, size_t q, size_t p)
{
	size_t b = cap_run_back(a, p, q + 1);
	if (b != (size_t)-1 && b > q + 1 && is_word(a, b - 1) && !stopword(a, b - 1) &&
	    !(TOK(a, b - 1).flags & SC_CT_ELIDED))
		return src_span(b, p + 1);
	if (p + 1 - h <= 6) return src_span(h, p + 1);
	for (size_t k = q + 2; k <= p; k++)
		if (stopword(a, k) && (!has(a, k, SC_LX_DETERMINER) || has(a, k, SC_LX_COMPL_PREP)) &&
		    !(TOK(a, k).flags & SC_CT_ELIDED) && !stopword(a, k - 1))
			return src_span(h, k);
	return src_span(h, p + 1);
}

/* A role noun heading a subject whose complement runs up to the verb: "A spokesman *for
 * Waitrose* said", "a source *with knowledge of the team's thinking* said", "une source
 * *proche de l'enquête* a affirmé". The speaker is the role (with its complement when short),
 * not the last noun of the complement: the source close to the investigation is not the
 * investigation. A preposition (a function word, no "and", no auxiliary) must follow the role
 * at once or after one word ("proche de"), so that "chief John Smith" stays the name's; the
 * role opens its clause. */
static int role_with_complement(const ana_t *a, size_t p, src_t *out)
{
	for (size_t back = 0; back <= 9 && back <= p; back++) {
		size_t r = p - back;
		/* (a clitic of the aux list is an article here: "de *l'*enquête", "des *les*") */
		if (is_boundary(a, r) || (a->w->mk[r] & MK_CUE) ||
		    (has(a, r, SC_LX_AUX) && !has(a, r, SC_LX_DETERMINER) && !(TOK(a, r).flags & SC_CT_ELIDED)))
			return 0;
		if (back < 2 || !match(a, r, SC_LX_BIT(SC_LX_ROLE), NULL) || stopword(a, r)) continue;
		size_t q = stopword(a, r + 1) ? r + 1 : stopword(a, r + 2) ? r + 2 : 0;
		if (!q || has(a, q, SC_LX_NUMCONN) || has(a, q, SC_LX_AUX) || has(a, q, SC_LX_PRONOUN) ||
		    has(a, q, SC_LX_RELPRON) || has(a, q, SC_LX_COMPL) ||
		    (has(a, q, SC_LX_DETERMINER) && !has(a, q, SC_LX_COMPL_PREP)))
			continue;
		size_t h = r;
		while (h > 0 && r - h < 2 && is_word(a, h - 1) && !stopword(a, h - 1) &&
		       !(a->w->mk[h - 1] & MK_CUE) && !is_boundary(a, h - 1) &&
		       !(TOK(a, h - 1).flags & SC_CT_ELIDED))
			h--;
		/* the role opens its clause (a determiner at most before it): "prohibit federal
		 * agencies from assessing how a project would add" has no subject there */
		for (size_t t = a->w->prevb[h]; t < h; t++)
			if (!stopword(a, t) || h - t > 2) return 0;
		*out = role_span(a, h, q, p);
		return 1;
	}
	return 0;
}

/* The subject right before the verb group (p its last token): a name, the noun a name
 * complements, a role phrase or a plain noun phrase. */
static src_t subject_np_before(const ana_t *a, size_t p)
{
	src_t rc;
	if (role_with_complement(a, p, &rc)) return rc;
	size_t b = cap_run_back(a, p, 0);
	if (b != (size_t)-1 && name_complements(a, b, 0)) {
		/* "the fire service of Lyon said", "les pompiers de la Creuse ont dit": the
		 * noun the name complements heads the source */
		size_t r = has(a, b - 1, SC_LX_COMPL_PREP) ? b - 1 : b - 2, h = r;
		while (h > 0 && r - h < 3 && is_word(a, h - 1) && !stopword(a, h - 1) &&
		       !(a->w->mk[h - 1] & MK_CUE) && !is_boundary(a, h - 1))
			h--;
		if (h < r) return src_span(h, p + 1);
	}
	if (b != (size_t)-1) return src_span(b, p + 1);
	/* a role phrase: "les autorités ukrainiennes ont confirmé" */
	for (size_t k = 0; k <= 3 && k <= p; k++) {
		size_t r = p - k;
		if (is_boundary(a, r)) break;
		if (match(a, r, SC_LX_BIT(SC_LX_ROLE), NULL)) return src_span(r, p + 1);
	}
	/* any noun phrase subject: "le club a rejeté", "les habitants affirment" */
	if (is_word(a, p) && !stopword(a, p) && !(a->w->mk[p] & MK_CUE)) {
		size_t r = p;
		while (r > 0 && p - r < 3 && is_word(a, r - 1) && !stopword(a, r - 1) &&
		       !(a->w->mk[r - 1] & MK_CUE))
			r--;
		if (r == 0 || stopword(a, r - 1) || (TOK(a, r - 1).flags & SC_CT_ELIDED))
			return src_span(r, p + 1);
	}
	return src_none();
}

/* An inverted subject after the verb v (k: its first candidate token, ce: where it may end):
 * a pronoun, a name, a role phrase; 1 with *out when one is sure. *inv gets a noun phrase that
 * may be the subject, for the caller to use only where the text before the comma is none. */
static int inverted_subject(const ana_t *a, size_t v, size_t k, size_t ce, src_t *inv, src_t *out)
{
	if (k < a->n && has(a, k, SC_LX_PRONOUN)) return *out = (src_t){k, k + 1, 1, 1, 0, 0}, 1;
	size_t lim = k < a->n ? seg_end(a, k) : k, re;
	if (lim > k + 10) lim = k + 10; /* a name is close; keeps long clauses linear */
	size_t rb = k < a->n ? cap_run_fwd(a, k, lim, &re) : (size_t)-1;
	if (rb == k) return *out = src_span(rb, re), 1;
	/* "a déclaré le climatologue Xavier Fettweis": a name ending the clause, a few words on
	 * (not a complement: "a déclaré la préfecture du Rhône" is the prefecture's) */
	if (rb != (size_t)-1 && rb <= k + 3 && re == ce && !name_complements(a, rb, k))
		return *out = src_span(rb, re), 1;
	/* "..., a martelé le président (de la République)": an inverted role phrase */
	{
		size_t r = k, e2 = ce;
		while (r < e2 && r <= k + 2 && stopword(a, r)) r++;
		if (r < e2 && match(a, r, SC_LX_BIT(SC_LX_ROLE), NULL)) {
			size_t x, xb = cap_run_fwd(a, r + 1, e2, &x);
			/* (a name after "de"/"of" complements the role: "le ministre de la Défense";
			 * then the phrase is the source, unless a name follows in apposition) */
			if (xb != (size_t)-1 && xb <= r + 3 && !name_complements(a, xb, r + 1))
				return *out = src_desc(src_span(xb, x), r, xb), 1;
			/* "a précisé l'adjoint aux sports, Marc Petit": the name in apposition */
			if (e2 < a->n && punct_is(a, e2, ",")) {
				size_t e3 = seg_end(a, e2 + 1);
				xb = cap_run_fwd(a, e2 + 1, e3, &x);
				if (xb == e2 + 1 && x == e3 && x - xb <= 4)
					return *out = src_desc(src_span(xb, x), r, e2), 1;
			}
			return *out = src_span(r, e2 - r > 8 ? r + 8 : e2), 1;
		}
		/* "..., a indiqué un officier des pompiers.", "..., a déclaré la préfecture du
		 * Rhône.": after a verb inverted behind a comma or a quote, a short noun phrase
		 * (article first) that ends the clause may be its subject; used below only where
		 * the text before the comma is no subject (a subject never takes a comma before
		 * its verb: "Jean Dupuis, [apposition], a démenti ces informations" keeps Dupuis) */
		/* (a verb of saying only: "..., a nié les faits" has an object, not a subject) */
		if (has(a, v, SC_LX_REPORT) && r > k && r < e2 && e2 - k <= 6 && !has(a, k, SC_LX_COMPL) &&
		    !has(a, k, SC_LX_RELPRON) && (e2 >= a->n || punct_is(a, e2, ",") ||
		                                  punct_is(a, e2, ".") || is_quote(a, e2) ||
		                                  has(a, e2, SC_LX_WEEKDAY))) {
			size_t t = k;
			while (t < e2 && is_word(a, t) && !has(a, t, SC_LX_NUMCONN) && !has(a, t, SC_LX_AUX))
				t++; /* no "et"/"and", no second verb group */
			if (t == e2) *inv = src_span(r, e2);
		}
	}
	return 0;
}

/* The subject before the comma p that precedes the verb v's group, in the segments between
 * commas ("Maria Zakharova, la porte-parole ..., a déclaré"); inv when none. */
static src_t apposition_subject(const ana_t *a, size_t p, src_t inv)
{
	/* "Maria Zakharova, la porte-parole ..., a déclaré", "X, spokesman, said", "Les forces
	 * navales, dans un communiqué, ont indiqué": look at the segments before the comma */
	if (punct_is(a, p, ",") && p > 0) {
		size_t q = p;
		for (int seg = 0; seg < 3 && q > 0; seg++) {
			size_t sb = q;
			while (sb > 0 && !is_boundary(a, sb - 1)) sb--;
			int prep = has(a, sb, SC_LX_ADJ_PREP) || match(a, sb, SC_LX_BIT(SC_LX_REPORT_PREP), NULL);
			if (!prep) {
				/* a name before this segment ("Klaus Schwab, fondateur de ..., a dit") */
				if (sb > 1 && punct_is(a, sb - 1, ",")) {
					size_t pb = sb - 1;
					while (pb > 0 && !is_boundary(a, pb - 1)) pb--;
					size_t x, xb = cap_run_fwd(a, pb, sb - 1, &x);
					if (xb != (size_t)-1 && xb <= pb + 1 && x == sb - 1)
						return src_desc(src_span(xb, x), sb, q);
				}
				size_t e2, r2 = cap_run_fwd(a, sb, q, &e2);
				if (r2 != (size_t)-1 && r2 <= sb + 1 && e2 == q) {
					/* "la porte-parole du ministère ..., Maria Zakharova, nie": the role before */
					src_t n = src_span(r2, e2);
					if (sb > 1 && punct_is(a, sb - 1, ",")) {
						size_t pb = sb - 1, g;
						while (pb > 0 && !is_boundary(a, pb - 1)) pb--;
						for (g = pb; g < sb - 1 && stopword(a, g); g++)
							;
						if (g < sb - 1 && match(a, g, SC_LX_BIT(SC_LX_ROLE), NULL))
							n = src_desc(n, pb, sb - 1);
					}
					return n;
				}
				size_t f = sb;
				while (f < q && stopword(a, f)) f++;
				if (f < q && match(a, f, SC_LX_BIT(SC_LX_ROLE), NULL))
					return src_span(f, q - f > 8 ? f + 8 : q);
				/* the sentence's subject: "Les pompiers de l'Isère, dans un message, ont dit";
				 * right before the verb's comma it is a clause, not a subject ("Le feu a
				 * fait sept blessés, a indiqué un officier"): the inverted subject then */
				if (sb == 0 && seg == 0 && inv.found) return inv;
				/* a clause before the comma ("Le suspect a été interpellé, a nié les
				 * faits"): its subject, before its auxiliary, is the verb's too */
				if (sb == 0 && seg == 0) {
					size_t x = sb;
					while (x < q && !has(a, x, SC_LX_AUX)) x++;
					if (x < q) {
						if (x == sb + 1 && has(a, sb, SC_LX_PRONOUN))
							return (src_t){sb, sb + 1, 1, 1, 0, 0};
						return f < x ? src_span(f, x) : src_none();
					}
				}
				if (sb == 0 && f < q && q - f <= 8) return src_span(f, q);
				if (r2 != (size_t)-1) {
					size_t last = r2, lend = e2;
					for (;;) {
						size_t x, xb = cap_run_fwd(a, lend, q, &x);
						if (xb == (size_t)-1) break;
						last = xb;
						lend = x;
					}
					return src_span(last, lend);
				}
			}
			if (sb == 0 || !punct_is(a, sb - 1, ",")) break;
			q = sb - 1;
		}
	}
	return inv;
}

/* The subject of a verb whose group follows a comma or a quote: an opening name, an inverted
 * subject ("..., a souligné Zakharova", "...", said Smith), a name in apposition. */
static src_t subject_after_comma(const ana_t *a, size_t v, size_t p)
{
	/* a name opening the sentence, then an apposition or an adjunct between commas before
	 * the verb: the subject is that name, whatever follows the verb ("Jackson, in a
	 * statement released through the team, said *he* did not expect charges", "Dana Lowe, a
	 * lawyer for the club, said *the board* had met"; a subject never takes a comma before
	 * its verb, an inverted one has no name before it: "Iran, said the minister, ...") */
	if (punct_is(a, p, ",")) {
		size_t c0 = 0;
		while (c0 < p && !punct_is(a, c0, ",")) c0++;
		size_t re0, rb0 = c0 < p ? cap_run_fwd(a, 0, c0, &re0) : (size_t)-1;
		if (rb0 == 0 && re0 == c0 && c0 <= 4) {
			src_t s0 = src_span(0, c0);
			clean_source(a, &s0);
			if (s0.found && s0.e == c0) return s0;
		}
	}
	/* "..., a souligné Zakharova, ...", "...", said Smith */
	src_t inv = src_none(); /* an inverted noun-phrase subject, see below */
	size_t k = v + 1;
	while (k < a->n && (TOK(a, k).flags & SC_CT_ELIDED)) k++;
	/* a day between the verb and its subject, or after it, is when it was said: "a annoncé
	 * *mercredi* le SDIS du Var", "a indiqué la préfecture *mercredi matin*" */
	while (k < a->n && has(a, k, SC_LX_WEEKDAY)) k++;
	size_t ce = k < a->n ? seg_end(a, k) : k; /* where the inverted subject may end */
	for (size_t t = k; t < ce; t++)
		if (has(a, t, SC_LX_WEEKDAY)) {
			ce = t;
			break;
		}
	src_t found;
	if (inverted_subject(a, v, k, ce, &inv, &found)) return found;
	return apposition_subject(a, p, inv);
}

static src_t subject_of(const ana_t *a, size_t v)
{
	size_t j = skip_aux_back(a, v);
	if (j == 0) {
		size_t k = v + 1;
		if (k < a->n && has(a, k, SC_LX_PRONOUN)) return (src_t){k, k + 1, 1, 1, 0, 0};
		return src_none();
	}
	size_t p = j - 1;
	if (!(a->w->mk[v] & MK_REL) && (a->w->mk[p] & MK_REL) &&
	    (p = subject_before_relative(a, p)) == (size_t)-1)
		return src_none();
	if (has(a, p, SC_LX_PRONOUN)) return (src_t){p, p + 1, 1, 1, 0, 0};
	if (punct_is(a, p, ",") || is_quote(a, p)) {
		if (is_quote(a, p)) {
			size_t b = cap_run_back(a, p, 0);
			if (b != (size_t)-1 && p > 0 && is_quote(a, p) && b < p) return src_span(b, p);
		}
		return subject_after_comma(a, v, p);
	}
	return subject_np_before(a, p);
}

/* An English "-ing" form: "THR *is saying* that ...", a progressive, not a passive. */
static int gerund(const ana_t *a, size_t i)
{
	return !strcmp(a->lang, "en") && present_participle(a, i);
}

/* A passive verb of saying at i that hands its subject a saying verb of its own: "the minister
 * *was quoted as saying* that", "*is said to have told* aides", "*est cité disant*", "*a été
 * cité comme ayant déclaré*": the subject is the speaker, not what is said (only linking words
 * between, so "it was reported that officials said" stays a report with no speaker). */
static int passive_speaker(const ana_t *a, size_t i)
{
	static const char *const link[] = {"as",    "to",    "have", "having", "comme",
	                                   "ayant", "avoir", "en",   NULL};
	for (size_t j = i + 1; j < a->n && j <= i + 3; j++) {
		if (!is_word(a, j)) return 0;
		if (has(a, j, SC_LX_REPORT) && !has(a, j, SC_LX_HEDGE)) return 1;
		int linking = 0;
		for (const char *const *l = link; *l && !linking; l++)
			linking = !strcmp(NORM(a, j), *l);
		if (!linking) return 0;
	}
	return 0;
}

/* A verb of answering at i (lexicon answer_verbs) whose object follows "to"/"à" and whose
 * clause says nothing ("Police *responded to* the crash", "Firefighters responded to the
 * blaze", "les pompiers ont répondu à l'appel"): an act, its subject no speaker. "replied to
 * reporters that ...", "a répondu à l'AFP que ..." still say something. Emergency services
 * "respond to" calls and fires throughout news copy (ECB+ dev: 29 sentences, 15 topics). */
static int answered_by_act(const ana_t *a, size_t i)
{
	static const char *const to[] = {"to", "à", "aux", "au", NULL};
	if (!cmark_len(a, i, SC_CM_ANSWER) || i + 1 >= a->n || !word_in(a, i + 1, to)) return 0;
	for (size_t t = i + 2; t < a->n && !punct_is(a, t, ".") && !punct_is(a, t, ";"); t++)
		/* (a colon opens nothing said here: the scanner writes clock times "7: 01") */
		if (has(a, t, SC_LX_COMPL) || is_quote(a, t)) return 0;
	return 1;
}

static src_t find_source(ana_t *a, sc_stmt_t *st)
{
	work_t *w = a->w;
	/* 1. "selon X", "according to X" (not "selon laquelle") */
	for (size_t i = 0; i < a->n; i++) {
		const sc_lxval_t *v;
		size_t k = match(a, i, SC_LX_BIT(SC_LX_REPORT_PREP), &v);
		if (!k) continue;
		for (size_t j = 0; j < k; j++) w->mk[i + j] |= MK_CUE;
		if (i + k < a->n && has(a, i + k, SC_LX_RELPRON)) continue;
		src_t s = source_np(a, i + k);
		if (s.found) {
			st->reported = 1;
			add_cue(w, v->word);
			return s;
		}
	}
	/* 2. the subject of the first reporting or denial verb of the main clause */
	for (size_t i = 0; i < a->n; i++) {
		if (!is_word(a, i) || (w->mk[i] & MK_REL)) continue;
		if (i > 0 && (TOK(a, i).flags & SC_CT_CAP)) continue; /* "the Yorkshire Post" */
		/* "les entreprises citées": a participle right after a noun is an adjective */
		if (i > 0 && sc_cmp_lex_participle(a->L, NORM(a, i), TOK(a, i).nlen) && is_word(a, i - 1) &&
		    !stopword(a, i - 1) && !has(a, i - 1, SC_LX_AUX) && !has(a, i - 1, SC_LX_PRONOUN) &&
		    !(TOK(a, i - 1).flags & SC_CT_CAP) && !(w->mk[i - 1] & MK_NEGUSED) &&
		    !sc_cmp_lex_adverb(a->L, NORM(a, i - 1), TOK(a, i - 1).nlen))
			continue;
		if (!has(a, i, SC_LX_REPORT) && !has(a, i, SC_LX_DENIAL) && !has(a, i, SC_LX_REJECT) &&
		    !(st->denial && has(a, i, SC_LX_DISMISS_FRAME)))
			continue;
		/* an adverb of hearsay ("Reportedly", of the stem of "report") reports nothing: no
		 * subject of it speaks */
		if (has(a, i, SC_LX_HEDGE)) continue;
		if (answered_by_act(a, i)) continue;
		/* a denial or rejection in the passive with its agent: "a été démentie par les
		 * camps russe et ukrainien", "was denied by a spokesman": the agent speaks, not the
		 * subject (nor anyone, when the agent names no speaker). (Verbs of saying too, "a
		 * été annoncé par le ministère", was measured and not kept: doc/compare-claims.md) */
		size_t ag = has(a, i, SC_LX_DENIAL) || has(a, i, SC_LX_REJECT) ? passive_agent_at(a, i, 1)
		                                                                : (size_t)-1;
		if (ag != (size_t)-1) {
			/* the agent's noun phrase ends before an adjunct ("by the company *on Tuesday*",
			 * "par la direction *mardi*") */
			size_t ne = ag + 1;
			while (ne < a->n && !is_boundary(a, ne) && !has(a, ne, SC_LX_WEEKDAY) &&
			       !has(a, ne, SC_LX_RELPRON) && !has(a, ne, SC_LX_COMPL) &&
			       !(ne > ag + 1 && has(a, ne, SC_LX_ADJ_PREP) && !has(a, ne, SC_LX_COMPL_PREP)))
				ne++;
			src_t s = source_np(a, ag + 1);
			w->mk[i] |= MK_CUE;
			if (s.found && !s.pronoun && s.b >= ne) s = src_none();
			if (s.found && !s.pronoun && s.e > ne) s.e = ne;
			if (!s.found) {
				/* any noun phrase is the agent of a denial ("par la direction", "by the
				 * company"): its words after the article */
				size_t b = ag + 1;
				while (b < ne && stopword(a, b) && !has(a, b, SC_LX_PRONOUN)) b++;
				if (b < ne && ne - b <= 4 && !stopword(a, ne - 1)) s = src_span(b, ne);
			}
			if (!s.found) continue;
			st->reported = 1;
			st->passive_agent = 1;
			for (size_t t = ag; t < s.b; t++) /* the agent's article and role: no key terms */
				if (stopword(a, t) || match(a, t, SC_LX_BIT(SC_LX_ROLE), NULL)) w->mk[t] |= MK_CUE;
			return s;
		}
		/* a verb of saying in the passive with no agent (a denial's is read above): its
		 * subject is what is said, nobody's voice ("the results *have not been revealed*",
		 * "it *was reported* that the department sent a rule", "les résultats n'ont pas été
		 * communiqués"); a later verb may still name a speaker */
		if (ag == (size_t)-1 && passive_voice(a, i) && !has(a, i, SC_LX_DENIAL) &&
		    !has(a, i, SC_LX_REJECT) && !gerund(a, i) && !passive_speaker(a, i))
			continue;
		/* a noun that shares the verb's stem ("la déclaration") has a determiner before it */
		if (i > 0 && (has(a, i - 1, SC_LX_DEMONSTR) ||
		              (stopword(a, i - 1) && !has(a, i - 1, SC_LX_AUX) &&
		               !has(a, i - 1, SC_LX_PRONOUN) && !(w->mk[i - 1] & MK_NEGUSED) &&
		               !has(a, i - 1, SC_LX_NEG_PART))))
			continue;
		w->mk[i] |= MK_CUE;
		src_t s = subject_of(a, i);
		if (s.found) {
			st->reported = 1;
			return s;
		}
	}
	/* 3. a claim noun's complement: "l'affirmation du Washington Post" */
	for (size_t i = 0; i + 1 < a->n; i++) {
		if (!has(a, i, SC_LX_CLAIM_NOUN)) continue;
		size_t j = i + 1;
		while (j < a->n && j <= i + 3 && (stopword(a, j) || is_quote(a, j))) j++;
		if (j >= a->n || j > i + 3) continue;
		size_t re, rb = cap_run_fwd(a, j, seg_end(a, j), &re);
		if (rb == j) {
			st->reported = 1;
			return src_span(rb, re);
		}
	}
	return src_none();
}

/* ------------------------------------------------------------- terms */
static size_t uniq(uint64_t *v, size_t n)
{
	if (!n) return 0;
	qsort(v, n, sizeof *v, sc_cmp_u64);
	size_t k = 1;
	for (size_t i = 1; i < n; i++)
		if (v[i] != v[k - 1]) v[k++] = v[i];
	return k;
}

/* Whether the sentence is in headline case (most words capitalised): capitals then say
 * nothing about names. */
static int headline_case(const ana_t *a)
{
	size_t words = 0, caps = 0;
	for (size_t i = 0; i < a->n; i++) {
		if (!is_word(a, i) || TOK(a, i).nlen < 3) continue;
		words++;
		caps += (TOK(a, i).flags & SC_CT_CAP) != 0;
	}
	return words >= 3 && caps * 10 >= words * 6;
}

static int find_terms(ana_t *a, sc_stmt_t *st)
{
	work_t *w = a->w;
	int headline = headline_case(a);
	size_t first = (size_t)-1;
	for (size_t i = 0; i < a->n; i++)
		if (is_word(a, i)) {
			first = i;
			break;
		}
	for (size_t i = 0; i < a->n; i++) {
		size_t fk = match(a, i, SC_LX_BIT(SC_LX_FUNC), NULL);
		for (size_t j = 0; j < fk; j++) w->mk[i + j] |= MK_CUE;
	}
	for (size_t i = 0; i < a->n; i++) {
		if (!is_word(a, i)) continue;
		/* antonyms anywhere (their polarity is compared in the judge) */
		const sc_lxval_t *v = NULL;
		size_t k = match(a, i, SC_LX_BIT(SC_LX_ANTONYM), &v);
		if (k && v->anto >= 0 && !(w->mk[i] & MK_SOURCE)) {
			if (grow_u64(&w->antos, &w->mantos, w->nantos + 1)) return SC_ENOMEM;
			w->antos[w->nantos++] = (uint64_t)v->anto;
		}
		if (w->mk[i] & (MK_CUE | MK_SOURCE | MK_QUANT)) continue;
		if (TOK(a, i).flags & SC_CT_ELIDED) continue;
		if (has(a, i, SC_LX_AUX) || has(a, i, SC_LX_PRONOUN) || has(a, i, SC_LX_REPORT) ||
		    has(a, i, SC_LX_DEMONSTR) || has(a, i, SC_LX_WEEKDAY) || has(a, i, SC_LX_MONTH))
			continue;
		/* a synonym or antonym phrase counts once, as its class */
		k = match(a, i, SC_LX_BIT(SC_LX_SYNONYM) | SC_LX_BIT(SC_LX_ANTONYM), &v);
		if (k > 1 && v->cls) {
			uint64_t at = (uint64_t)TOK(a, i).start << 32 | TOK(a, i + k - 1).end;
			if (push_tp(&w->terms, &w->nterms, &w->mterms, v->cls, at)) return SC_ENOMEM;
			i += k - 1;
			continue;
		}
		uint64_t at = (uint64_t)TOK(a, i).start << 32 | TOK(a, i).end;
		int cap = (TOK(a, i).flags & (SC_CT_CAP | SC_CT_ALLCAP)) != 0;
		if (cap && !headline && !stopword(a, i)) {
			int entity = i != first;
			if (!entity) {
				/* at the start a capital says nothing: "Moscou demande" or "Negotiations
				 * took place". Kept as a term, with its entity hash aside (lead_ent): the
				 * caller, seeing the word as a name elsewhere, can make it an entity. Not
				 * when no word follows ("Cependant,") or it is an adverb ("Actuellement") */
				size_t j = i + 1;
				if (!(j < a->n && is_word(a, j)) || sc_cmp_lex_adverb(a->L, NORM(a, i), TOK(a, i).nlen))
					continue;
				st->lead_ent = TOK(a, i).h;
				st->lead_term = w->tv[i] && w->tv[i]->cls   ? w->tv[i]->cls
				                : w->sv[i] && w->sv[i]->cls ? w->sv[i]->cls
				                                            : w->stem[i];
			}
			if (entity) {
				if (push_tp(&w->ents, &w->nents, &w->ments, TOK(a, i).h, at)) return SC_ENOMEM;
				continue;
			}
		}
		if (stopword(a, i) || TOK(a, i).nlen < 2) continue;
		if (TOK(a, i).flags & SC_CT_NUM) continue;
		if (adverb_at(a, i)) continue; /* "clairement", not "le licenciement" */
		uint64_t t = w->tv[i] && w->tv[i]->cls ? w->tv[i]->cls
		             : w->sv[i] && w->sv[i]->cls ? w->sv[i]->cls
		                                          : w->stem[i];
		if (!t) continue;
		if (push_tp(&w->terms, &w->nterms, &w->mterms, t, at)) return SC_ENOMEM;
		if ((w->mk[i] & MK_INF) ? push_tp(&w->infs, &w->ninfs, &w->minfs, t, 0)
		                        : push_tp(&w->asrs, &w->nasrs, &w->masrs, t, 0))
			return SC_ENOMEM;
	}
	w->nterms = tp_uniq(w->terms, w->nterms);
	w->nents = tp_uniq(w->ents, w->nents);
	w->ninfs = tp_uniq(w->infs, w->ninfs);
	w->nasrs = tp_uniq(w->asrs, w->nasrs);
	w->nantos = uniq(w->antos, w->nantos);
	return SC_OK;
}

/* ------------------------------------------------------------- analysis */
static const char *guess_lang(ana_t *a)
{
	size_t fr = 0, en = 0;
	for (size_t i = 0; i < a->n; i++) {
		if (!is_word(a, i)) continue;
		int x = sc_sh_is_stopword(a->c->tok, "fr", NORM(a, i), TOK(a, i).nlen);
		int y = sc_sh_is_stopword(a->c->tok, "en", NORM(a, i), TOK(a, i).nlen);
		fr += x && !y;
		en += y && !x;
	}
	return en > fr ? "en" : "fr";
}

static char *dup_span(const char *s, size_t a, size_t b)
{
	char *p = malloc(b - a + 1);
	if (!p) return NULL;
	memcpy(p, s + a, b - a);
	p[b - a] = 0;
	return p;
}

static uint64_t *dup_u64(const uint64_t *v, size_t n)
{
	if (!n) return NULL;
	uint64_t *p = malloc(n * sizeof *p);
	if (p) memcpy(p, v, n * sizeof *p);
	return p;
}

/* Key terms and entities leave the scratch as (hash, position) pairs; the statement keeps
 * each as two aligned arrays it owns (the hashes, and their byte spans in the text): one copy
 * for both. Nothing is allocated for n = 0. On SC_ENOMEM *nout stays 0 and what was
 * allocated is freed with the statement. */
static int split_tpos(const tpos_t *v, size_t n, uint64_t **h, uint64_t **at, size_t *nout)
{
	if (!n) return SC_OK;
	*h = malloc(n * sizeof **h);
	*at = malloc(n * sizeof **at);
	if (!*h || !*at) return SC_ENOMEM;
	for (size_t i = 0; i < n; i++) {
		(*h)[i] = v[i].h;
		(*at)[i] = v[i].at;
	}
	*nout = n;
	return SC_OK;
}

/* The term hash of token t, as find_terms and the negated heads compute it (a name: its
 * entity hash). */
static uint64_t tok_term(const ana_t *a, size_t t)
{
	const work_t *w = a->w;
	if (TOK(a, t).flags & (SC_CT_CAP | SC_CT_ALLCAP)) return TOK(a, t).h;
	return w->tv[t] && w->tv[t]->cls ? w->tv[t]->cls : w->sv[t] && w->sv[t]->cls ? w->sv[t]->cls : w->stem[t];
}

/* ------------------------------------------------------------- the speaker */
/* A source is a person, an organisation or a role: never a modal, a time, a number, a place
 * or a verb. Trims what the span picked up at its end ("the administration *was*", "Last
 * season *it*") and drops a span that is no speaker: a time or a background marker
 * ("Thursday", "Last season"), a number ("three"), a lone abbreviation ("Dr" of a truncated
 * "Dr."), a lone lower-case past participle ("received", "souhaité"), a name after a
 * preposition of place ("reports from Ashgabat"). */
/* A past participle by its ending: the lexicon's participle suffixes (French), or the regular
 * English "-ed" (the English lexicon lists none, its participles follow no noun). */
static int past_participle(const ana_t *a, size_t i)
{
	const char *w = NORM(a, i);
	size_t n = TOK(a, i).nlen;
	if (has(a, i, SC_LX_ROLE)) return 0;
	return sc_cmp_lex_participle(a->L, w, n) || (!strcmp(a->lang, "en") && n > 4 && !strcmp(w + n - 2, "ed"));
}

static void clean_source(const ana_t *a, src_t *s)
{
	while (s->e > s->b + 1 && (has(a, s->e - 1, SC_LX_AUX) || has(a, s->e - 1, SC_LX_PRONOUN) ||
	                           !strcmp(NORM(a, s->e - 1), "it") || modal_word(a, s->e - 1)))
		s->e--;
	/* "President Obama directed the departments": the name ends where a verb follows it */
	for (size_t i = s->b + 1; i < s->e; i++)
		if ((TOK(a, i - 1).flags & SC_CT_CAP) && !(TOK(a, i).flags & (SC_CT_CAP | SC_CT_ALLCAP)) &&
		    is_word(a, i) && !stopword(a, i) && past_participle(a, i)) {
			s->e = i;
			break;
		}
	int bad = 0;
	for (size_t i = s->b; i < s->e && !bad; i++)
		bad = has(a, i, SC_LX_WEEKDAY) || match(a, i, SC_LX_BIT(SC_LX_BACKGROUND), NULL) ||
		      (TOK(a, i).flags & SC_CT_NUM) || (has(a, i, SC_LX_NUMBER) && s->e - s->b == 1) ||
		      (has(a, i, SC_LX_MONTH) && s->e - s->b == 1);
	if (s->e - s->b == 1) {
		size_t i = s->b;
		const char *w = NORM(a, i);
		size_t n = TOK(a, i).nlen;
		int lower = !(TOK(a, i).flags & (SC_CT_CAP | SC_CT_ALLCAP));
		const char *raw = a->s + TOK(a, i).start;
		if (sc_cmp_lex_is_abbrev(a->L, raw, TOK(a, i).end - TOK(a, i).start)) bad = 1;
		(void)w;
		(void)n;
		if (lower && !has(a, i, SC_LX_ROLE) && past_participle(a, i)) bad = 1;
	}
	if (s->b > 0 && (TOK(a, s->b).flags & SC_CT_CAP) && has(a, s->b - 1, SC_LX_PLACE_PREP) &&
	    !(s->b > 1 && has(a, s->b - 2, SC_LX_REPORT_PREP)))
		bad = 1;
	if (bad) *s = src_none();
}

/* The subject of the clause negated at token nt, when a common noun opens that clause
 * (after at most a determiner and an adjective: "The new *regulations* don't require", "Les
 * *règles* n'imposent pas"): its term hash, else 0. Names, pronouns and the source are not
 * taken. */
static uint64_t clause_subject(const ana_t *a, size_t nt)
{
	work_t *w = a->w;
	size_t lo = w->prevb[nt];
	size_t subj = (size_t)-1;
	for (size_t k = lo; k < nt && k <= lo + 3; k++) {
		if (!content_word(a, k) || (w->mk[k] & (MK_SOURCE | MK_CUE | MK_QUANT))) continue;
		if (TOK(a, k).flags & (SC_CT_CAP | SC_CT_ALLCAP)) return 0;
		subj = k; /* the last content word before the verb group: the head noun */
		if (k + 1 < nt && (has(a, k + 1, SC_LX_AUX) || (w->mk[k + 1] & MK_NEGUSED) ||
		                   modal_word(a, k + 1)))
			break;
	}
	if (subj == (size_t)-1 || !(subj + 1 < nt ? has(a, subj + 1, SC_LX_AUX) ||
	                                                 (w->mk[subj + 1] & MK_NEGUSED) ||
	                                                 modal_word(a, subj + 1)
	                                           : subj + 1 == nt))
		return 0;
	return w->tv[subj] && w->tv[subj]->cls   ? w->tv[subj]->cls
	       : w->sv[subj] && w->sv[subj]->cls ? w->sv[subj]->cls
	                                         : w->stem[subj];
}

/* Whether token i, matched to the lexicon only through its stem (entry x), is a noun or an
 * adjective derived from a verb of the lists rather than the verb: an agent noun ("Western
 * *observers* said", of "observe"; "les *observateurs*"), an action noun ("the brief
 * *stoppage* in play", "*prevention* programmes", "Thursday's *announcement*",
 * "l'*annulation*"; French "-ment" words are adverbs, not listed here) or an adjective of
 * possibility ("*preventable*"). The Snowball stem is shared, the word is no verb of saying,
 * denial or refusal: "Western observers said" was read as "Western" observing. Only entries
 * that are verbs and nothing else (no claim or dismissal noun, role, synonym or antonym: "the
 * *allegations*" keeps the claim noun it shares a stem with "allege"), and only a suffix the
 * lexicon's own form does not end with ("answer"). Suffixes per language, English then
 * French. */
static int derived_noun(const ana_t *a, size_t i, const sc_lxval_t *x)
{
	static const char *const en[] = {"er", "ers", "or", "ors", "ion", "ions", "age", "ages",
	                                 "able", "ible", "ment", "ments", NULL};
	static const char *const fr[] = {"eur", "eurs", "euse", "euses", "rice", "rices", "tion",
	                                 "tions", "able", "ables", NULL};
	const uint64_t verbs = SC_LX_BIT(SC_LX_DENIAL) | SC_LX_BIT(SC_LX_REPORT) |
	                       SC_LX_BIT(SC_LX_REJECT) | SC_LX_BIT(SC_LX_NEG_VERB) |
	                       SC_LX_BIT(SC_LX_NEG_PVERB) | SC_LX_BIT(SC_LX_DISMISS_FRAME) |
	                       SC_LX_BIT(SC_LX_NONASSERT) | SC_LX_BIT(SC_LX_DECLINE);
	if (!x->cats || (x->cats & ~verbs) || !x->word) return 0;
	const char *const *suf = !strcmp(a->lang, "en") ? en : !strcmp(a->lang, "fr") ? fr : NULL;
	if (!suf) return 0;
	const char *w = NORM(a, i);
	size_t n = TOK(a, i).nlen, wl = strlen(x->word);
	for (; *suf; suf++) {
		size_t k = strlen(*suf);
		if (n > k + 2 && !memcmp(w + n - k, *suf, k) &&
		    !(wl >= k && !memcmp(x->word + wl - k, *suf, k)))
			return 1;
	}
	return 0;
}

/* Grows the workspace's per-token arrays to n tokens. */
static int grow_work(work_t *w, size_t n)
{
	if (n <= w->m) return SC_OK;
	size_t m = n * 2;
	const sc_lxval_t **sv = realloc(w->sv, m * sizeof *sv);
	if (sv) w->sv = sv;
	const sc_lxval_t **tv = realloc(w->tv, m * sizeof *tv);
	if (tv) w->tv = tv;
	uint64_t *stem = realloc(w->stem, m * sizeof *stem);
	if (stem) w->stem = stem;
	uint64_t *h = realloc(w->h, m * sizeof *h);
	if (h) w->h = h;
	uint32_t *mk = realloc(w->mk, m * sizeof *mk);
	if (mk) w->mk = mk;
	uint8_t *stop = realloc(w->stop, m);
	if (stop) w->stop = stop;
	phc_t *ph = realloc(w->ph, m * sizeof *ph);
	if (ph) w->ph = ph;
	uint8_t *bnd = realloc(w->bnd, m);
	if (bnd) w->bnd = bnd;
	uint32_t *nb = realloc(w->nextb, m * sizeof *nb);
	if (nb) w->nextb = nb;
	uint32_t *pb = realloc(w->prevb, m * sizeof *pb);
	if (pb) w->prevb = pb;
	if (!sv || !tv || !stem || !h || !mk || !stop || !ph || !bnd || !nb || !pb)
		return SC_ENOMEM;
	w->m = m;
	return SC_OK;
}

/* Looks every token up: surface and stem entries of the lexicon, stopwords. */
static void lookup_tokens(ana_t *a)
{
	sc_cmp_t *c = a->c;
	work_t *w = a->w;
	for (size_t i = 0; i < a->n; i++) {
		const sc_ctok_t *t = &w->sc.t[i];
		w->h[i] = t->h;
		w->mk[i] = 0;
		w->sv[i] = sc_cmp_lex_surface(a->L, t->h);
		w->tv[i] = NULL;
		w->stem[i] = 0;
		w->stop[i] = (t->flags & SC_CT_WORD) &&
		             sc_sh_is_stopword(c->tok, a->lang, SC_CT_NORM(&w->sc, i), t->nlen);
		if ((t->flags & SC_CT_WORD) && !(t->flags & SC_CT_ELIDED)) {
			uint32_t sl = 0;
			const char *stem = sc_sh_stem(c->tok, a->lang, SC_CT_NORM(&w->sc, i), t->nlen, &sl);
			if (sl) {
				w->stem[i] = hstr(stem, sl);
				w->tv[i] = sc_cmp_lex_stemmed(a->L, w->stem[i]);
			}
			/* "affirment": the stemmer keeps the plural ending; look up "affirme" */
			char alt[128];
			size_t al;
			if (!w->tv[i] &&
			    (al = sc_cmp_lex_alternate(a->L, SC_CT_NORM(&w->sc, i), t->nlen, alt, sizeof alt))) {
				stem = sc_sh_stem(c->tok, a->lang, alt, (uint32_t)al, &sl);
				if (sl) w->tv[i] = sc_cmp_lex_stemmed(a->L, hstr(stem, sl));
			}
			if (w->tv[i] && derived_noun(a, i, w->tv[i])) w->tv[i] = NULL;
		}
	}
}

/* Clause boundaries (each token's next and previous) and the phrases opening at each token,
 * then the per-sentence state of the workspace reset. */
static void index_tokens(ana_t *a)
{
	work_t *w = a->w;
	for (size_t i = 0; i < a->n; i++) w->bnd[i] = (uint8_t)boundary_tok(a, i);
	for (size_t i = a->n; i > 0; i--)
		w->nextb[i - 1] = w->bnd[i - 1] ? (uint32_t)(i - 1) : i < a->n ? w->nextb[i] : (uint32_t)a->n;
	for (size_t i = 0; i < a->n; i++)
		w->prevb[i] = i == 0 ? 0 : w->bnd[i - 1] ? (uint32_t)i : w->prevb[i - 1];
	for (size_t i = 0; i < a->n; i++)
		w->ph[i].n = (uint8_t)sc_cmp_lex_phrases(a->L, w->h + i, a->n - i, w->ph[i].v, w->ph[i].len,
		                                         PH_MAX);
	w->cues[0] = 0;
	w->ncues = 0;
	w->nheads = 0;
	w->negtok = (size_t)-1;
	w->nnegl = 0;
	w->nsubheads = 0;
	w->negexp = 0;
	w->nterms = w->nents = w->nq = w->nantos = 0;
	w->ninfs = w->nasrs = 0;
	w->denial_tok = (size_t)-1;
}

/* Scans the sentence in its language (with none, as French, then in the language guessed):
 * the token count, or a negative error. */
static long scan_sentence(ana_t *a, const char *lang)
{
	sc_cmp_t *c = a->c;
	work_t *w = a->w;
	/* scan with the language's elisions; with no language, scan as French then guess */
	const char *lg = lang && (!strcmp(lang, "fr") || !strcmp(lang, "en")) ? lang : NULL;
	a->L = sc_cmp_lex_lang(c->lex, lg ? lg : "fr");
	a->lang = lg ? lg : "fr";
	long n = sc_cmp_scan(a->L, a->s, a->len, &w->sc);
	if (n < 0 || lg) return n;
	a->n = (size_t)n;
	lg = guess_lang(a);
	if (!strcmp(lg, "fr")) return n;
	a->L = sc_cmp_lex_lang(c->lex, lg);
	a->lang = lg;
	return sc_cmp_scan(a->L, a->s, a->len, &w->sc);
}

/* A question asserts nothing: "cet appel marque-t-il un tournant ?" (closing quotes and
 * brackets after the mark allowed). */
static int is_question(const ana_t *a)
{
	const work_t *w = a->w;
	for (size_t i = a->n; i > 0; i--) {
		const char *p = SC_CT_NORM(&w->sc, i - 1);
		if (!(w->sc.t[i - 1].flags & SC_CT_PUNCT)) return 0;
		if (!strcmp(p, "?")) return 1;
		if (strcmp(p, "»") && strcmp(p, "\"") && strcmp(p, "”") && strcmp(p, ")") && strcmp(p, "*"))
			return 0;
	}
	return 0;
}

/* Who asserts it: the source found, its tokens marked, the statement's source set. */
static int attribute(ana_t *a, sc_stmt_t *st, const char *ctx_source)
{
	work_t *w = a->w;
	src_t src = find_source(a, st);
	if (src.found && !src.pronoun) clean_source(a, &src);
	/* "Unconfirmed reports said", "des rumeurs non vérifiées affirment": a rumour is no
	 * speaker (the span or the words around it name one) */
	if (src.found && !src.pronoun && !st->denial) {
		size_t lo = src.b > 0 ? src.b - 1 : 0, hi = src.e + 1 < a->n ? src.e + 1 : a->n;
		for (size_t i = lo; i < hi && src.found; i++)
			if (in_cmark(a, i, SC_CM_RUMOUR)) src = src_none();
		if (!src.found) st->reported = 0;
	}
	if (src.found) {
		for (size_t i = src.b; i < src.e; i++) w->mk[i] |= MK_SOURCE;
		for (size_t i = src.db; i < src.de && i < a->n; i++) w->mk[i] |= MK_SOURCE;
		if (src.pronoun) {
			st->source_pronoun = 1;
			if (ctx_source && !(st->source = strdup(ctx_source))) return SC_ENOMEM;
		} else {
			st->source = dup_span(a->s, w->sc.t[src.b].start, w->sc.t[src.e - 1].end);
			if (!st->source) return SC_ENOMEM;
		}
	}
	return SC_OK;
}

/* Anaphora: "cette allégation", "de ce type", "such reports". */
static void find_anaphora(ana_t *a, sc_stmt_t *st)
{
	work_t *w = a->w;
	for (size_t i = 0; i < a->n; i++) {
		if (w->mk[i] & MK_EXC) continue;
		size_t ex = phrase_at(a, i, SC_LX_BIT(SC_LX_ANAPH_EXC), NULL);
		if (ex) {
			i += ex - 1;
			continue;
		}
		const sc_lxval_t *v;
		size_t k = match(a, i, SC_LX_BIT(SC_LX_ANAPHORA), &v);
		if (k) {
			st->anaphoric = 1;
			for (size_t j = 0; j < k; j++) w->mk[i + j] |= MK_CUE;
			add_cue(w, v->word);
			i += k - 1;
			continue;
		}
		if (has(a, i, SC_LX_DEMONSTR))
			for (size_t j = i + 1; j < a->n && j <= i + 2; j++)
				if (has(a, j, SC_LX_CLAIM_NOUN)) {
					st->anaphoric = 1;
					w->mk[i] |= MK_CUE;
					break;
				}
	}
}

/* The term a negated or sub-negated head stands for: a name's form, else its synonym or
 * antonym class, else its stem. */
static uint64_t head_hash(const ana_t *a, size_t t)
{
	const work_t *w = a->w;
	return (TOK(a, t).flags & (SC_CT_CAP | SC_CT_ALLCAP)) ? TOK(a, t).h
	       : w->tv[t] && w->tv[t]->cls                   ? w->tv[t]->cls
	       : w->sv[t] && w->sv[t]->cls                   ? w->sv[t]->cls
	                                                     : w->stem[t];
}

/* The negated heads, the terms only an infinitive complement names, the subject of the
 * negation and the heads negated inside subordinate clauses. */
static int negation_terms(ana_t *a, sc_stmt_t *st)
{
	work_t *w = a->w;
	if (st->negated)
		for (size_t k = 0; k < w->nheads; k++) {
			size_t t = w->heads[k];
			uint64_t h = head_hash(a, t);
			if (h || (TOK(a, t).flags & (SC_CT_CAP | SC_CT_ALLCAP)))
				st->neg_heads[st->nneg_heads++] = h;
		}
	st->neg_verb_only = st->negated && !w->negexp;
	if (st->denial_at && w->denial_tok != (size_t)-1) st->denial_head = tok_term(a, w->denial_tok);
	/* the terms only an infinitive complement names (sorted: the lists are) */
	if (w->ninfs) {
		st->inf_terms = malloc(w->ninfs * sizeof *st->inf_terms);
		if (!st->inf_terms) return SC_ENOMEM;
		for (size_t i = 0, j = 0; i < w->ninfs; i++) {
			while (j < w->nasrs && w->asrs[j].h < w->infs[i].h) j++;
			if (j < w->nasrs && w->asrs[j].h == w->infs[i].h) continue;
			st->inf_terms[st->ninf_terms++] = w->infs[i].h;
		}
	}
	if (st->negated && w->negtok != (size_t)-1) st->subj_term = clause_subject(a, w->negtok);
	for (size_t k = 0; k < w->nsubheads; k++) {
		uint64_t h = head_hash(a, w->subheads[k]);
		if (h) st->sub_neg_heads[st->nsub_neg_heads++] = h;
	}
	return SC_OK;
}

/* ------------------------------------------------------------- the subject
 * Whose fact a sentence states: two reports' dates or figures of one kind said of two named
 * people ("Hart was first elected to the school board in 2012" / "Ruiz was first elected to
 * the council in 2018"; "Roglic, troisième de l'étape, pointe à 32 secondes" / "Jorgenson
 * compte 1 min 10 s de retard", review20 corpora 06 and 13) are two facts, not two accounts
 * of one. The sentence's own entities (conflict.c contrastive) miss them: a name opening a
 * sentence is only a capitalised first word, and "Ruiz, 46," is an age frame's. */

/* Token i can be a word of a name: capitalised (not all capitals: datelines, acronyms), no
 * function word, time word, role, pronoun, preposition or marker, no adverb, not the
 * source's. */
static int cap_word(const ana_t *a, size_t i);
static int name_word(const ana_t *a, size_t i)
{
	return cap_word(a, i) && !(a->w->mk[i] & MK_SOURCE);
}

/* name_word, the source's words included. */
static int cap_word(const ana_t *a, size_t i)
{
	if (i >= a->n || !is_word(a, i) || !(TOK(a, i).flags & SC_CT_CAP) ||
	    (TOK(a, i).flags & (SC_CT_ALLCAP | SC_CT_ELIDED)) || stopword(a, i))
		return 0;
	const uint64_t no = SC_LX_BIT(SC_LX_WEEKDAY) | SC_LX_BIT(SC_LX_MONTH) | SC_LX_BIT(SC_LX_FUNC) |
	                    SC_LX_BIT(SC_LX_DETERMINER) | SC_LX_BIT(SC_LX_ROLE) |
	                    SC_LX_BIT(SC_LX_PRONOUN) | SC_LX_BIT(SC_LX_ADJ_PREP) |
	                    SC_LX_BIT(SC_LX_DATE_PREP) | SC_LX_BIT(SC_LX_PLACE_PREP) |
	                    SC_LX_BIT(SC_LX_REPORT_PREP) | SC_LX_BIT(SC_LX_BACKGROUND) |
	                    SC_LX_BIT(SC_LX_COND_MARK) | SC_LX_BIT(SC_LX_AUX) |
	                    SC_LX_BIT(SC_LX_APPROX) | SC_LX_BIT(SC_LX_NUMBER) |
	                    SC_LX_BIT(SC_LX_ARTNUM) | SC_LX_BIT(SC_LX_RELPRON);
	if (match(a, i, no, NULL)) return 0;
	return !sc_cmp_lex_adverb(a->L, NORM(a, i), TOK(a, i).nlen);
}

/* The name starting at i (name words in a row): its last token, or (size_t)-1. */
static size_t name_end(const ana_t *a, size_t i)
{
	if (!name_word(a, i)) return (size_t)-1;
	while (name_word(a, i + 1)) i++;
	return i;
}

/* Token k, right after a subject, can start its predicate: a lower-case word that is no noun
 * the subject would qualify ("Tennessee *officials*", "Harlow *residents*": a role, a person
 * or a generic noun), nor a possessive ("Ruiz*'s* victory party"). */
static int predicate_start(const ana_t *a, size_t k)
{
	if (k >= a->n || !is_word(a, k) || (TOK(a, k).flags & (SC_CT_CAP | SC_CT_ALLCAP))) return 0;
	if (!strcmp(NORM(a, k), "'s") || has(a, k, SC_LX_ROLE) || has(a, k, SC_LX_GENERIC_NOUN))
		return 0;
	const sc_lxval_t *v = a->w->sv[k];
	return !(v && (v->cats & SC_LX_BIT(SC_LX_QFRAME)) && (v->qmark & SC_QM_PERSON));
}

/* An apposition from token t (a comma) that says what a name before it is: a few words in
 * lower case or figures, closed by a comma before the predicate ("Ruiz*, 46,* was elected",
 * "Roglic*, troisième de l'étape,* pointe"). A capitalised word opening a sentence that way
 * is a person's name, whether or not the cluster writes it elsewhere mid-sentence (where a
 * headline-case sentence hides it: "le Slovène Primoz Roglic"); an adverb opening a sentence
 * is followed by its clause, not by a closed apposition ("Pourtant, la CGT a ...", "Later,
 * police, who ..."). */
#define SUBJ_APPOS_LEN 6 /* words of such an apposition, at most */
static int apposition_after(const ana_t *a, size_t t)
{
	static const char *const comma[] = {",", NULL};
	if (!punct_in(a, t, comma)) return 0;
	for (size_t k = t + 1; k < a->n && k <= t + 1 + SUBJ_APPOS_LEN; k++) {
		if (punct_in(a, k, comma))
			return k > t + 1 && predicate_start(a, k + 1) && !has(a, k + 1, SC_LX_PRONOUN) &&
			       !has(a, k + 1, SC_LX_RELPRON);
		if (TOK(a, k).flags & (SC_CT_CAP | SC_CT_ALLCAP)) return 0;
		if (is_punct(a, k) || has(a, k, SC_LX_RELPRON) || has(a, k, SC_LX_PRONOUN)) return 0;
	}
	return 0;
}

/* The apposition ", Name," from token t (a comma): the name's last token, or (size_t)-1. */
static size_t apposed_name(const ana_t *a, size_t t)
{
	if (!punct_in(a, t, (const char *const[]){",", NULL})) return (size_t)-1;
	size_t e = name_end(a, t + 1);
	return e != (size_t)-1 && punct_in(a, e + 1, (const char *const[]){",", NULL}) ? e
	                                                                                : (size_t)-1;
}

/* The subject at token i: 1 when found (st filled), 0 when nothing at i is one (a leading
 * adjunct may come first: "Au classement *général*, il compte" has a role word), -1 when i
 * starts a name that is no subject to read ("Ruiz's victory party"). */
#define SUBJ_ROLE_AT 2 /* words between a determiner and its role noun, at most ("La première
                        * ministre") */
#define SUBJ_APPOS 6   /* tokens between a role noun and the comma of its apposed name */
static int subject_at(const ana_t *a, sc_stmt_t *st, size_t i)
{
	static const char *const comma_paren[] = {",", "(", NULL};
	if (cmark_len(a, i, SC_CM_SUBJ_PRONOUN) == 1) {
		/* impersonal "il y a", "il faut" name nobody */
		static const char *const impers[] = {"y",      "faut",   "s'agit", "reste", "manque",
		                                     "fallait", "faudra", "suffit",  NULL};
		if (word_in(a, i + 1, impers)) return -1;
		st->subj_pronoun = 1;
		return 1;
	}
	size_t b = i;
	if (has(a, i, SC_LX_DETERMINER) && name_word(a, i + 1)) b = i + 1; /* "Le Français Kévin
	                                                                       * Vauquelin" */
	size_t e = name_end(a, b);
	if (e != (size_t)-1) {
		if (!punct_in(a, e + 1, comma_paren) && !predicate_start(a, e + 1)) return -1;
		st->subj_name = TOK(a, e).h;
		st->subj_apposed = b == i && apposition_after(a, e + 1);
		return 1;
	}
	if (!has(a, i, SC_LX_DETERMINER)) return 0;
	for (size_t k = i + 1; k < a->n && k <= i + 1 + SUBJ_ROLE_AT; k++) {
		if (!is_word(a, k) || (TOK(a, k).flags & (SC_CT_CAP | SC_CT_ALLCAP))) return 0;
		if (!has(a, k, SC_LX_ROLE)) continue;
		/* "Le ministre du Travail, Julien Ferrand, a répété": the apposed name is the
		 * subject */
		for (size_t t = k + 1; t < a->n && t <= k + SUBJ_APPOS; t++) {
			size_t n = apposed_name(a, t);
			if (n != (size_t)-1) {
				st->subj_name = TOK(a, n).h;
				return 1;
			}
			if (is_punct(a, t)) break;
		}
		/* a role noun is the subject ("La première ministre a été nommée"): no name. Who
		 * holds the role is unknown: a lede's "The former head of the firm was sentenced"
		 * is the person the other reports name (review20 m1c) */
		return has(a, k + 1, SC_LX_AUX) || predicate_start(a, k + 1);
	}
	return 0;
}

/* The full names of the sentence, the source's included: the last word of two or more name
 * words in a row ("Maria *Lindqvist*", "Corvane chief executive Thomas *Byrne* told"), at most
 * SC_FULL_NAMES. A subject's word written so somewhere in the cluster is a person's or a
 * body's name; a capitalised word that only qualifies a noun is not ("*Indian* commandos",
 * "the *Naval* commandos": fit topic 12, a true number conflict the subject test lost while
 * any entity counted). */
static void find_full_names(const ana_t *a, sc_stmt_t *st)
{
	for (size_t i = 1; i < a->n && st->nfull_names < SC_FULL_NAMES; i++)
		if (cap_word(a, i) && cap_word(a, i - 1) && !cap_word(a, i + 1))
			st->full_names[st->nfull_names++] = TOK(a, i).h;
}

/* The main clause's subject, when it opens the sentence or follows one leading adjunct closed
 * by a comma within SUBJ_ADJUNCT tokens ("Jeudi, ...", "Au classement général, il compte",
 * "Last March, ..."). */
#define SUBJ_ADJUNCT 8
static void find_subject(ana_t *a, sc_stmt_t *st)
{
	size_t i = 0;
	while (i < a->n && !is_word(a, i)) i++;
	for (int pass = 0; pass < 2 && i < a->n; pass++) {
		if (subject_at(a, st, i)) return;
		size_t j = i;
		while (j < a->n && j < i + SUBJ_ADJUNCT && !punct_in(a, j, (const char *const[]){",", NULL}))
			j++;
		if (j >= a->n || !punct_in(a, j, (const char *const[]){",", NULL})) return;
		i = j + 1;
	}
}

/* A pluperfect in the main clause (lexicon pluperfect_auxiliaries, outside subordinate
 * clauses, then a past participle, with a negation, an adverb or another auxiliary between
 * them allowed: "had been injured", "avait déjà compté", "avaient été blessées"): the clause
 * tells of a time before the story's own. Irregular English participles ("had drawn") are
 * not read: the English lexicon lists no participle endings but "-ed". */
#define PLUPERFECT_GAP 3
static int pluperfect(const ana_t *a)
{
	for (size_t i = 0; i + 1 < a->n; i++) {
		if ((a->w->mk[i] & MK_REL) || cmark_len(a, i, SC_CM_PLUPERFECT) != 1) continue;
		for (size_t j = i + 1; j < a->n && j <= i + PLUPERFECT_GAP; j++) {
			if (!is_word(a, j) || (a->w->mk[j] & MK_REL)) break;
			if (past_participle(a, j)) return 1;
			if (!(has(a, j, SC_LX_NEG) || has(a, j, SC_LX_NEG_COMP) || has(a, j, SC_LX_AUX) ||
			      sc_cmp_lex_adverb(a->L, NORM(a, j), TOK(a, j).nlen)))
				break;
		}
	}
	return 0;
}

/* Copies the workspace's cues, terms, entities, antonyms and quantities into the statement. */
static int copy_out(const work_t *w, sc_stmt_t *st)
{
	int rc;
	st->cues = strdup(w->cues);
	if (!st->cues) return SC_ENOMEM;
	if ((rc = split_tpos(w->terms, w->nterms, &st->terms, &st->term_at, &st->nterms))) return rc;
	if ((rc = split_tpos(w->ents, w->nents, &st->ents, &st->ent_at, &st->nents))) return rc;
	st->antos = dup_u64(w->antos, w->nantos);
	st->nantos = st->antos ? w->nantos : 0;
	if (w->nq) {
		st->q = malloc(w->nq * sizeof *st->q);
		if (!st->q) return SC_ENOMEM;
		memcpy(st->q, w->q, w->nq * sizeof *st->q);
		st->nq = w->nq;
	}
	return w->nantos && !st->antos ? SC_ENOMEM : SC_OK;
}

int sc_cmp_analyse_ctx(sc_cmp_t *c, const char *s, size_t len, const char *lang,
                       const char *ctx_source, sc_stmt_t *st)
{
	memset(st, 0, sizeof *st);
	st->text = s;
	st->len = len;
	work_t *w = get_work(c);
	if (!w) return SC_ENOMEM;
	ana_t a = {c, NULL, NULL, s, len, w, 0};
	long n = scan_sentence(&a, lang);
	if (n < 0) return (int)n;
	a.n = (size_t)n;
	snprintf(st->lang, sizeof st->lang, "%s", a.lang);
	st->question = is_question(&a);
	if (grow_work(w, a.n)) return SC_ENOMEM;
	lookup_tokens(&a);
	index_tokens(&a);

	mark_clauses(&a);
	mark_infinitives(&a);
	find_negation(&a, st);
	if (st->neg_subject) subject_end(&a, st);
	find_denial_hedges(&a, st);
	int rc = attribute(&a, st, ctx_source);
	if (rc) return rc;
	find_claim(&a, st);
	find_anaphora(&a, st);
	if (!(rc = sc_cmp_find_quantities(&a)) && !(rc = find_terms(&a, st)) &&
	    !(rc = negation_terms(&a, st))) {
		find_subject(&a, st);
		find_full_names(&a, st);
		st->pluperfect = pluperfect(&a);
		rc = copy_out(w, st);
	}
	if (rc) sc_cmp_stmt_free(st);
	return rc;
}

int sc_cmp_analyse(sc_cmp_t *c, const char *s, size_t len, const char *lang, sc_stmt_t *st)
{
	return sc_cmp_analyse_ctx(c, s, len, lang, NULL, st);
}

/* The first bytes of s's term i as written (NULL for a term inherited from context). */
#define SAME_VERB_BYTES 3
static const char *term_surface(const sc_stmt_t *s, size_t i)
{
	size_t len;
	const char *w = sc_cmp_term_word(s, i, &len);
	return w && len >= SAME_VERB_BYTES ? w : NULL;
}

/* Whether n and o both have term h written alike: the same verb, not an antonym sharing its
 * class hash ("ne connaissaient pas" / "ignoraient": one term, an entailment, nli-fr dev
 * g03_p03_e). Compared on the first SAME_VERB_BYTES bytes ("connaissait" / "connaissait",
 * "savait" / "savait", "pense" / "pensait"). */
static int same_written(const sc_stmt_t *n, const sc_stmt_t *o, uint64_t h)
{
	const char *x = NULL, *y = NULL;
	for (size_t i = 0; i < n->nterms && !x; i++)
		if (n->terms[i] == h) x = term_surface(n, i);
	for (size_t j = 0; j < o->nterms && !y; j++)
		if (o->terms[j] == h) y = term_surface(o, j);
	return x && y && !strncasecmp(x, y, SAME_VERB_BYTES);
}

/* One side of sc_cmp_claims_pair: n's negation gives back its assertion when o asserts the
 * verb n's negation governs (a term of o among n's negated heads, written alike). */
static void known_back(sc_stmt_t *n, const sc_stmt_t *o)
{
	if (!n->known_neg || !n->nonassertive || o->negated || o->denial || o->question ||
	    o->nonassertive)
		return;
	for (size_t i = 0; i < n->nneg_heads && i < SC_NEG_HEADS; i++) {
		const uint64_t h = n->neg_heads[i];
		for (size_t j = 0; j < o->nterms; j++)
			if (o->terms[j] == h && same_written(n, o, h)) {
				n->nonassertive = 0;
				n->modality = n->known_neg - 1;
				n->known_neg = 0;
				return;
			}
	}
}

void sc_cmp_claims_pair(sc_stmt_t *a, sc_stmt_t *b)
{
	known_back(a, b);
	known_back(b, a);
}

int sc_cmp_stmt_holds(const sc_stmt_t *o, uint64_t h)
{
	size_t t = sc_lower_bound_u64(o->terms, o->nterms, h), e;
	if (t < o->nterms && o->terms[t] == h) return 1;
	e = sc_lower_bound_u64(o->ents, o->nents, h);
	return e < o->nents && o->ents[e] == h;
}

/* How many of n's terms and names lying inside [b, e) o holds, leaving out the term h (the
 * subject, checked on its own). */
static size_t held_in(const uint64_t *hs, const uint64_t *at, size_t n, const sc_stmt_t *o,
                      size_t b, size_t e, uint64_t h)
{
	size_t k = 0;
	for (size_t i = 0; i < n && at; i++) {
		if (!at[i] || hs[i] == h) continue;
		const size_t s0 = (size_t)(at[i] >> 32), s1 = (size_t)(at[i] & 0xffffffffu);
		if (s0 >= b && s1 <= e && sc_cmp_stmt_holds(o, hs[i])) k++;
	}
	return k;
}

static size_t held_terms(const sc_stmt_t *n, const sc_stmt_t *o, size_t b, size_t e, uint64_t h)
{
	return held_in(n->terms, n->term_at, n->nterms, o, b, e, h) +
	       held_in(n->ents, n->ent_at, n->nents, o, b, e, h);
}

/* A negated claim opposes another only about the clause the negation governs (issue 11:
 * negation binds to the clause's own predicate). When the other side states none of the
 * negated predicates and restates more of another clause of n's sentence (the clause after
 * the negated one, opened by "but", "and", "because", "which", "mais", "parce que", or a
 * relative clause before it: other_clauses) than of the negated clause, it says again what
 * n asserts, not what n denies: "The mayor did not attend the ceremony, which was held in the
 * rain" / "The ceremony was held in the rain"; "The striker did not play in the first half
 * but scored twice" / "The striker scored two goals"; "The senator, who voted for the bill,
 * did not speak" / "The senator voted for the bill". A predicate of o, or nothing of the
 * other clause in o, keeps the negation about o: a paraphrase or a form the stems keep apart
 * ("didn't go to the party" / "went to the party", "never set foot in the factory" / "toured
 * the factory"). A fronted adjunct or another sentence is no other clause (DACCORD's long
 * premises: "À l'époque de la découverte du massacre, X ne travaillait pas pour le
 * Parlement"). Not judged here: a negation by a negative verb ("a été annulé") or of a verb
 * that is no key term of n (a verb of saying: "did not admit that ..."). The subject noun
 * counts on neither side; names count as terms ("nous ne recevons pas un centime de
 * l'*État*"). */
int sc_cmp_neg_about(const sc_stmt_t *n, const sc_stmt_t *o)
{
	if (!n->negated || !n->nneg_heads || n->neg_verb_only || (!n->neg_close && !n->rel_end))
		return 1;
	int pred = 0, own = 0;
	for (size_t i = 0; i < n->nneg_heads && i < SC_NEG_HEADS; i++) {
		pred |= sc_cmp_stmt_holds(o, n->neg_heads[i]);
		own |= sc_cmp_stmt_holds(n, n->neg_heads[i]);
	}
	if (pred || !own) return 1;
	const size_t end = n->neg_close ? n->neg_close : n->neg_end;
	size_t other = held_terms(n, o, n->rel_start, n->rel_end, n->subj_term);
	if (n->neg_close) other += held_terms(n, o, n->neg_close, n->other_end, n->subj_term);
	return held_terms(n, o, n->neg_at, end, n->subj_term) >= other;
}

void sc_cmp_stmt_free(sc_stmt_t *st)
{
	if (!st) return;
	free(st->source);
	free(st->cues);
	free(st->terms);
	free(st->ents);
	free(st->q);
	free(st->antos);
	free(st->term_at);
	free(st->ent_at);
	free(st->inf_terms);
	const char *t = st->text;
	size_t n = st->len;
	memset(st, 0, sizeof *st);
	st->text = t;
	st->len = n;
}
