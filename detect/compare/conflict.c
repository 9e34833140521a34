/* conflict.c: the comparator object, and cluster mode: which statements of an event cluster to
 * pair, and the conflicts that come out.
 *
 * For one cluster:
 *  1. Every member document is split into sentences (sentence.c); sentences touching a
 *     boilerplate span are left out. Each sentence is analysed (statement.c) with the last
 *     named source of its document as context, so "Selon elle, ..." and "a-t-il déclaré" are
 *     attributed to the person named before.
 *  2. Anaphora. A statement that refers back to a claim ("Moscou nie cette allégation", "no
 *     talks of this kind took place", "denied such reports") is about the claim of the sentence
 *     before it: it inherits that sentence's key terms and entities (transitively, since the
 *     previous one may itself have inherited). Without this, a denial that names its object
 *     only by a demonstrative could never be matched with the claim it denies.
 *  3. Names. A capitalised first word ("Moscou demande ...") is a term unless the cluster uses
 *     it as a name mid-sentence somewhere; then it becomes an entity (promote_leads).
 *  4. "About the same thing". Each key term t gets an inverse sentence frequency weight
 *     w(t) = ln((N + 1) / (df(t) + 0.5)) over the N statements of the cluster (terms every
 *     sentence shares, like the war's protagonists, weigh little), entities 1.5 times that.
 *     Two statements A, B are about the same thing when they share at least two content terms
 *     (names alone do not make a topic), and  sim = W(A n B) / sqrt(W(A) W(B))  (a weighted
 *     cosine over binary sets) is at least SIM_MIN; or, "anchored", when they share one
 *     content term and a rare entity (in at most RARE_DF statements of the cluster: a
 *     specific place or person) and sim >= SIM_MIN_ANCHORED; anchored too, when they share
 *     one content term and each counts the same thing ("14 personnes blessées" / "sept
 *     blessés", count_anchor: the number path then skips SIM_MIN_NUMBER). A side whose terms were
 *     inherited (2.) needs sim >= SIM_MIN_INHERITED unless anchored. Candidate pairs come
 *     from an inverted index on terms (postings longer than MAX_POSTING are skipped: such
 *     terms weigh nearly nothing), so the work grows with the number of pairs that share
 *     something, not with all pairs.
 *  5. Pairs inside one document are kept only when their sources differ (an article
 *     reporting a claim and its denial); an article's own sentences that seem to disagree are
 *     mostly narrative (before/after) and not conflicts. An article's headline is not paired
 *     with its own body (it sums the body up; is_headline).
 *  6. The judge: judge.c's fitted model (sc_cmp_judge, the same as pair mode) decides and
 *     scores; structural conditions it cannot see veto (structurally_ok below); without a
 *     fitted model, the rule judge below. Questions assert nothing and are never judged.
 *     Conflicts scoring below min_score are dropped; of the conflicts that repeat one
 *     sentence against one pair of voices, or one pair of sentence texts (syndicated copies),
 *     only the best is kept.
 * The structural conditions (and the rule judge): opposite stances (a denial or a negation
 * against a positive statement) -> denial or negation, unless an antonym pair also flips
 * between them (two oppositions cancel: "n'a pas ouvert" agrees with "a fermé"), and a
 * negation only against a statement that has what it negates (its negated predicate); same
 * stance and an antonym pair split between them -> antonym; same stance and quantities of the
 * same kind and unit (for plain numbers, the same counted noun and predicate) whose intervals
 * do not overlap while no other comparable quantity overlaps -> number or date, unless an
 * antonym pair splits (two predicates). Same-stance kinds need one subject: when each side
 * names an entity the other does not ("Dubois obtient 35 %" / "Lefèvre obtient 28 %") they
 * are two facts, not two accounts; so are two dates or figures whose clauses' subjects are two
 * names neither sentence shares ("Hart was first elected in 2012" / "Ruiz was first elected
 * in 2018"; a subject pronoun is the name of the sentence before: subjects_apart). No kind
 * but date holds between statements dated at different times (a change, not a conflict). The
 * rule judge's score is a base per kind times a factor growing with sim; a hedged side lowers
 * it a little. */
#include "cmp_judge.h"
#include "sc_prim.h"

#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#define SIM_MIN 0.22        /* weighted cosine of key terms */
#define SIM_FULL 0.60       /* similarity at which the score factor reaches 1 */
#define SIM_MIN_SHARED 2    /* shared terms + entities */
#define SIM_MIN_NUMBER 0.32 /* numbers and dates need a closer topic */
#define SIM_MIN_ANCHORED 0.12 /* with a shared rare entity and a shared content term */
#define RARE_DF 3             /* an entity in at most this many statements is rare */
#define SIM_MIN_INHERITED 0.35 /* a side whose terms were inherited from context */
#define ENT_WEIGHT 1.5
#define MAX_POSTING 400
#define MAX_EVIDENCE 12
#define FRAME_BASE 0.60  /* score of a clash of count frames, at low topic similarity */
#define FRAME_SPAN 0.25  /* ... growing to FRAME_BASE + FRAME_SPAN at SIM_FULL */
#define CONS_MIN 3    /* generic frames: statements counting a head, at least */
#define CONS_VALUES 3 /* ... with at most this many distinct values */
#define GENERIC_BASE 0.50 /* a clash of counts of one head noun outside the classes */
#define OUTLIER_DOCS 3    /* generic frames: documents giving the event's figure, at least, for
                           * one document's other figure to be a conflict (mark_consensus) */
#define WEAK_NUMBER 0.49 /* a number clash without a count frame: a lead, below 0.5 */
#define CLAIM_BASE 0.55 /* a clash of claim frames (durations, counts of times), at low ... */
#define CLAIM_SPAN 0.20 /* ... similarity, to 0.75 at SIM_FULL: below the 0.8 bar CI users set */
/* a part of its document's total (docpart) is set against another figure only when their
 * sentences say nearly the same around it */
#define SIM_PART 0.50
#define MAX_FRAME_POSTING 400 /* frame pairing: count classes shared by more are skipped */

/* ------------------------------------------------------------ recall trace
 * sc_cmp_trace_to (cmp_judge.h): where each candidate pair of cluster mode is lost, for
 * bench/recall_stages.py. Lines (TSV, doc ids and byte spans of the sentences):
 *   skip   DOC START END boilerplate        a sentence left out (add_doc)
 *   item   CLUSTER DOC START END FLAGS      a statement (FLAGS: h headline, b background,
 *                                            i inherited terms, n negated/denial, q question)
 *   pair   CLUSTER DOCA SA EA DOCB SB EB STAGE DETAIL
 *          STAGE: voice (same document and voice, or own headline), gate (the shared-term
 *          gate refused it and no frame index brought it; DETAIL ends in model=, what the
 *          judge's model alone says of it: gate_model), judge (the judge or the frames
 *          said no: DETAIL says why), bar (scored below min_score), cand (a verdict: kind,
 *          judge score, calibrated score, lead)
 *   keep / dup CLUSTER DOCA SA EA DOCB SB EB KIND SCORE LEAD   the one-per-voice selection
 * A pair the index never touched (no shared term, class or counted noun) has no line. */
/* read without the lock on every judged pair (WHY, the trace sites), so atomic: a worker sees
 * NULL or a whole pointer; lines are written under trace_lock, whole */
static FILE *_Atomic trace_f;
static pthread_mutex_t trace_lock = PTHREAD_MUTEX_INITIALIZER;
static _Thread_local char trace_why[200]; /* why the last judge() said no */
#define WHY(...) (trace_f ? why(__VA_ARGS__) : (void)0)

__attribute__((format(printf, 1, 2))) static void why(const char *fmt, ...)
{
	char buf[sizeof trace_why]; /* the arguments may be trace_why itself */
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap); /* truncated if need be: a reason, not data */
	va_end(ap);
	memcpy(trace_why, buf, sizeof buf);
}

void sc_cmp_trace_to(FILE *f)
{
	pthread_mutex_lock(&trace_lock);
	if (trace_f) fflush(trace_f);
	trace_f = f;
	pthread_mutex_unlock(&trace_lock);
}

__attribute__((format(printf, 1, 2))) static void trace(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	pthread_mutex_lock(&trace_lock);
	if (trace_f) vfprintf(trace_f, fmt, ap);
	pthread_mutex_unlock(&trace_lock);
	va_end(ap);
}

/* ------------------------------------------------------------ the object */
const char *sc_cmp_kind_name(int kind)
{
	switch (kind) {
	case SC_CONFLICT_DENIAL: return "denial";
	case SC_CONFLICT_NEGATION: return "negation";
	case SC_CONFLICT_NUMBER: return "number";
	case SC_CONFLICT_DATE: return "date";
	case SC_CONFLICT_ANTONYM: return "antonym";
	case SC_CONFLICT_OVER_TIME: return "over_time";
	case SC_CONFLICT_UPDATE: return "update";
	}
	return "unknown";
}

int sc_cmp_create(sc_cmp_t **out, const char *dir, char *err, size_t errlen)
{
	*out = NULL;
	sc_cmp_t *c = calloc(1, sizeof *c);
	if (!c) return SC_ENOMEM;
	int rc = sc_cmp_lex_load(&c->lex, dir, err, errlen);
	if (rc) goto done;
	sc_norm_opts_t no = {0};
	c->tok = sc_sh_tokenizer_create(&no);
	if (!c->tok) {
		rc = SC_ENOMEM;
		goto done;
	}
	if ((rc = sc_cmp_lex_stem(c->lex, c->tok, err, errlen))) goto done;
	*out = c;
	c = NULL;
done:
	sc_cmp_free(c);
	return rc;
}

void sc_cmp_free(sc_cmp_t *c)
{
	if (!c) return;
	sc_cmp_judge_free(c);
	sc_cmp_lex_free(c->lex);
	sc_sh_tokenizer_free(c->tok);
	sc_cmp_stmt_work_free(c->scratch);
	free(c);
}

void sc_cmp_set_over_time(sc_cmp_t *c, int on) { c->over_time = on; }

void sc_cmp_set_negation_conflicts(sc_cmp_t *c, int on) { c->negation_conflicts = on; }
void sc_cmp_set_event_days(sc_cmp_t *c, int on) { c->event_days = on; }

void sc_cmp_conflict_free(sc_conflict_t *x)
{
	if (!x) return;
	free(x->a.text);
	free(x->a.source);
	free(x->b.text);
	free(x->b.source);
	for (size_t i = 0; i < x->ncues; i++) free(x->cues[i]);
	free(x->cues);
	for (size_t i = 0; i < x->nshared; i++) free(x->shared[i]);
	free(x->shared);
	memset(x, 0, sizeof *x);
}

/* ------------------------------------------------------------ statements */
typedef struct item_s {
	uint32_t doc;      /* index into docs */
	uint32_t side;     /* 0, or 1 for the second cluster in over-time mode */
	size_t start, end; /* the sentence in the document */
	sc_stmt_t st;
	double wsum;       /* W(A) */
	int inherited;     /* terms inherited from the previous sentence (anaphora) */
	int headline;      /* the document's title line (see is_headline) */
	uint64_t texth;    /* XXH3 of the sentence: copies in syndicated articles are one statement */
	double eday;       /* the day its document first dates the event on (mark_event_day), or
	                    * -1 when this statement is not that one */
	sc_quant_t rday;   /* its first relative day (quantity.c relative_day), taken out of st.q
	                    * (take_relative_days); kind SC_Q_DATE when there is one */
	int has_rday;
} item_t;

typedef struct items_s {
	item_t *v;
	size_t n, m;
} items_t;

static void items_free(items_t *it)
{
	for (size_t i = 0; i < it->n; i++) sc_cmp_stmt_free(&it->v[i].st);
	free(it->v);
	memset(it, 0, sizeof *it);
}

static int overlaps_boiler(const sc_det_doc_t *d, size_t a, size_t b)
{
	for (size_t i = 0; i < d->nboiler; i++)
		if (d->boiler[i].start < b && a < d->boiler[i].end) return 1;
	return 0;
}

/* Merges sorted unique src (with positions) into dst, inherited terms get position 0. */
static int merge_terms(uint64_t **dst, uint64_t **dat, size_t *nd, const uint64_t *src, size_t ns)
{
	if (!ns) return SC_OK;
	size_t n = *nd, k = 0;
	uint64_t *v = malloc((n + ns) * sizeof *v), *at = malloc((n + ns) * sizeof *at);
	if (!v || !at) {
		free(v);
		free(at);
		return SC_ENOMEM;
	}
	size_t i = 0, j = 0;
	while (i < n || j < ns) {
		if (j >= ns || (i < n && (*dst)[i] < src[j])) {
			v[k] = (*dst)[i];
			at[k++] = (*dat)[i++];
		} else if (i >= n || src[j] < (*dst)[i]) {
			v[k] = src[j++];
			at[k++] = 0;
		} else {
			v[k] = (*dst)[i];
			at[k++] = (*dat)[i++];
			j++;
		}
	}
	free(*dst);
	free(*dat);
	*dst = v;
	*dat = at;
	*nd = k;
	return SC_OK;
}

/* The document's first sentence is its headline when it is a line of its own without final
 * punctuation ("Cristalis annonce 450 suppressions de postes\n\n..."). A headline sums up the
 * body in the writer's voice: within its own article it restates the body, it is no second
 * account to set against it (against other articles it counts like any sentence). */
static int is_headline(const char *text, size_t len, size_t start, size_t end)
{
	if (end <= start) return 0;
	for (size_t i = 0; i < start; i++)
		if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r') return 0;
	unsigned char last = (unsigned char)text[end - 1];
	if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '"' ||
	    last == 0xbb /* » */ || last == 0x9d /* ” */ || last == 0xa6 /* … */)
		return 0;
	size_t i = end;
	while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) i++;
	return i == len || text[i] == '\n';
}

/* Year of a day count since 1970-01-01 (proleptic Gregorian). */
static int year_of_days(double days)
{
	int64_t y;
	sc_civil_from_days((int64_t)floor(days), &y, NULL, NULL);
	return (int)y;
}

/* Digits at p[0..n): their value, or -1. */
static int digits(const char *p, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)p[i])) return -1;
		v = v * 10 + (p[i] - '0');
	}
	return v;
}

/* The article's date: its publication date, else the first full date (day, month, year) in
 * its first sentences (the dateline). *year 0 when unknown; *days < 0 when the day is unknown
 * (a publication date of a year or a month only). */
static void doc_date(const sc_det_doc_t *d, const items_t *it, size_t first, int *year,
                     double *days)
{
	const char *p = d->doc.published;
	*year = 0;
	*days = -1;
	int y = p && strlen(p) >= 4 ? digits(p, 4) : -1;
	if (y > 0) {
		*year = y;
		int m = strlen(p) >= 10 && p[4] == '-' && p[7] == '-' ? digits(p + 5, 2) : -1;
		int dd = m > 0 ? digits(p + 8, 2) : -1;
		if (m >= 1 && m <= 12 && dd >= 1 && dd <= 31) *days = (double)sc_days_from_civil(y, m, dd);
		return;
	}
	for (size_t i = first; i < it->n && i < first + 5; i++)
		for (size_t j = 0; j < it->v[i].st.nq; j++) {
			const sc_quant_t *q = &it->v[i].st.q[j];
			if (q->kind == SC_Q_DATE && !strcmp(q->unit, "ymd")) {
				*year = year_of_days(q->lo);
				*days = q->lo;
				return;
			}
		}
}

/* Claims dated by an explicit year (or a date with its year) that does not include the
 * article's year are background: "in 2004", "Passed in January 2009" in a 2012 article. So
 * are claims dated by a month without a year that ended more than BACKGROUND_DAYS before the
 * article's date, taken in the article's year ("In February, a woman opened fire ..." in a
 * September article: an earlier event recalled), or in the year before when it would lie half a
 * year or more after the article ("In November" in a February article); a month up to half a
 * year later is left alone (a schedule). */
#define BACKGROUND_DAYS 45
/* A pluperfect claim ("le ministère *avait compté* 120 000 manifestants", "had been injured")
 * dated by a day or a month that ended at least this many days before its article's: told
 * from the story's time about an earlier one ("Lors de la précédente journée, le 19 février,
 * le ministère avait compté ...", "Le 19 février, la CGT avait revendiqué 400 000
 * manifestants" in a report of 12 March, review20 corpus 12). Background, as a month more
 * than BACKGROUND_DAYS back is whatever the tense; a week leaves the event's own days, which
 * a report of the next days may tell in the pluperfect, alone. */
#define PLUPERFECT_DAYS 7
static void mark_background_dates(items_t *it, size_t first, size_t end, int year, double days)
{
	if (!year) return;
	for (size_t i = first; i < end; i++) {
		sc_stmt_t *st = &it->v[i].st;
		for (size_t j = 0; j < st->nq && !st->background_year; j++) {
			const sc_quant_t *q = &st->q[j];
			if (q->kind != SC_Q_DATE || q->hi <= q->lo) continue;
			if (q->unit[0] == 'm' && days >= 0) {
				/* the interval sits in the reference year: move it into the article's */
				int64_t ry;
				int m0, d0;
				sc_civil_from_days((int64_t)floor(q->lo), &ry, &m0, &d0);
				double shift = (double)(sc_days_from_civil(year, m0, 1) - sc_days_from_civil(ry, m0, 1));
				/* half a year or more after the article: last year's ("In November" in a
				 * February article) */
				if (q->lo + shift > days + 183)
					shift = (double)(sc_days_from_civil(year - 1, m0, 1) - sc_days_from_civil(ry, m0, 1));
				if (q->hi + shift < days - BACKGROUND_DAYS) st->background = 1;
				if (st->pluperfect && !q->report_date && q->hi + shift + PLUPERFECT_DAYS <= days)
					st->background = 1;
				continue;
			}
			if (st->pluperfect && !q->report_date && days >= 0 && !strcmp(q->unit, "ymd") &&
			    q->hi + PLUPERFECT_DAYS <= days)
				st->background = 1;
			if (q->unit[0] != 'y') continue;
			int y0 = year_of_days(q->lo), y1 = year_of_days(q->hi - 1);
			if (year < y0 || year > y1) {
				st->background = 1;
				st->background_year = y0;
			}
		}
	}
}

/* The event's own day as one document tells it: the first statement (its title line and a
 * dateline aside) that dates something by a relative day ("on Thursday", "yesterday": a "ymdr"
 * date, quantity.c relative_day) gets that day in eday, unless it dates a report. A news
 * report opens on its event and names its day relative to its own: two reports of one rescue
 * at sea put it "on Friday" and "on Thursday" (fit topic 12). Dates written in full are left
 * out: a byline's ("posted ... on Friday, September 20, 2013") is the day of publication, not
 * of the event. */
#define EVENT_DAYS 6
static int dateline(const sc_stmt_t *st);
static void mark_event_day(items_t *it, size_t first, size_t end, double days)
{
	for (size_t i = first; i < end; i++)
		it->v[i].eday = -1;
	if (days < 0) return;
	for (size_t i = first; i < end; i++) {
		const sc_stmt_t *st = &it->v[i].st;
		const sc_quant_t *q = &it->v[i].rday;
		if (it->v[i].headline || dateline(st) || !it->v[i].has_rday || q->report_date)
			continue;
		/* a report whose first day is one to come ("will vote on Friday", "doit se réunir
		 * jeudi": quantity.c future_clause) opens on a plan, not on its event: it has no
		 * event day. Passing on to its next day instead was measured: it dated another
		 * happening (extra-dev 25_15ecbplus / 25_7ecbplus, two players' moves on Wednesday
		 * and Tuesday, a new false date conflict) (gate12) */
		if (!strcmp(q->unit, "ymdf")) return;
		it->v[i].eday = q->lo;
		return;
	}
}

/* Takes the relative days ("ymdr" dates) out of x's statement, the first kept in x->rday: only
 * the event-day path reads them (event_day_verdict); every other path, the judge's model
 * included, sees the statement as it read before relative days were read (a weekday that
 * dated a vigil or an earlier quake made new date clashes on the reviewers' corpora). */
static void take_relative_days(item_t *x)
{
	size_t k = 0;
	for (size_t j = 0; j < x->st.nq; j++) {
		const sc_quant_t *q = &x->st.q[j];
		if (q->kind == SC_Q_DATE &&
		    (!strcmp(q->unit, "ymdr") || !strcmp(q->unit, "ymdf"))) {
			if (!x->has_rday) x->rday = *q, x->has_rday = 1;
			continue;
		}
		x->st.q[k++] = *q;
	}
	x->st.nq = k;
}

static int add_doc(sc_cmp_t *c, const sc_det_doc_t *d, uint32_t di, uint32_t side, items_t *it,
                   sc_sent_t **sents, size_t *scap, int *doc_year)
{
	size_t first = it->n;
	if (doc_year) *doc_year = 0;
	if (!d->doc.text || !d->doc.len) return SC_OK;
	const char *lang = d->doc.lang;
	if (!lang[0]) {
		const sc_token_t *toks;
		long nt = sc_sh_tokenize(c->tok, d->doc.text, d->doc.len, "", &toks);
		lang = nt > 0 ? sc_sh_lang_guess(c->tok, toks, (size_t)nt) : "";
		if (!lang[0]) lang = "fr";
	}
	long ns = sc_cmp_sentences(c->lex, d->doc.text, d->doc.len, lang, sents, scap);
	if (ns < 0) return (int)ns;
	char *ctx = NULL; /* last named source of the document */
	int rc = SC_OK;
	size_t prev = (size_t)-1; /* previous statement of this document */
	/* its relative days ("on Thursday", "yesterday") are dated from its publication day, when
	 * the document gives one (quantity.c relative_day); never from a dateline read later */
	int pub_year;
	double pub_days;
	doc_date(d, it, it->n, &pub_year, &pub_days);
	/* only with event days on: a day read as a quantity sits between two figures and changes
	 * how they are listed (coordinate: "killed 12 Thursday and 11 Friday") */
	sc_cmp_quant_now(c->event_days ? pub_days : -1);
	for (long k = 0; k < ns; k++) {
		size_t a = (*sents)[k].start, b = (*sents)[k].end;
		if (overlaps_boiler(d, a, b)) {
			if (trace_f) trace("skip\t%s\t%zu\t%zu\tboilerplate\n", d->doc.id, a, b);
			prev = (size_t)-1;
			continue;
		}
		if (it->n == it->m) {
			size_t m = it->m ? it->m * 2 : 64;
			item_t *p = realloc(it->v, m * sizeof *p);
			if (!p) {
				rc = SC_ENOMEM;
				goto done;
			}
			it->v = p;
			it->m = m;
		}
		item_t *x = &it->v[it->n];
		memset(x, 0, sizeof *x);
		x->doc = di;
		x->side = side;
		x->texth = XXH3_64bits(d->doc.text + a, b - a);
		x->start = a;
		x->end = b;
		x->headline = k == 0 && is_headline(d->doc.text, d->doc.len, a, b);
		if ((rc = sc_cmp_analyse_ctx(c, d->doc.text + a, b - a, lang, ctx, &x->st))) goto done;
		take_relative_days(x);
		it->n++;
		if (x->st.source && !x->st.source_pronoun) {
			free(ctx);
			if (!(ctx = strdup(x->st.source))) {
				rc = SC_ENOMEM;
				goto done;
			}
		}
		/* "Vauquelin, 25 ans, a devancé ... Au classement général, il compte ...": a subject
		 * pronoun is the subject named by the sentence right before (none: unknown) */
		if (x->st.subj_pronoun && prev != (size_t)-1) {
			x->st.subj_name = it->v[prev].st.subj_name;
			x->st.subj_apposed = it->v[prev].st.subj_apposed;
		}
		if (x->st.anaphoric && prev != (size_t)-1) {
			x->inherited = 1;
			const sc_stmt_t *p = &it->v[prev].st;
			if ((rc = merge_terms(&x->st.terms, &x->st.term_at, &x->st.nterms, p->terms, p->nterms)))
				goto done;
			if ((rc = merge_terms(&x->st.ents, &x->st.ent_at, &x->st.nents, p->ents, p->nents)))
				goto done;
		}
		prev = it->n - 1;
	}
	int year;
	double days;
	doc_date(d, it, first, &year, &days);
	mark_background_dates(it, first, it->n, year, days);
	mark_event_day(it, first, it->n, days);
	if (doc_year) *doc_year = year;
done:
	sc_cmp_quant_now(-1);
	free(ctx);
	return rc;
}

/* ------------------------------------------------------------ weights */
typedef struct dfmap_s {
	uint64_t *k;
	uint32_t *df;
	uint32_t *list; /* postings: offsets into a flat array, filled in a second pass */
	size_t cap;
} dfmap_t;

static size_t df_slot(const dfmap_t *m, uint64_t h)
{
	size_t j = h & (m->cap - 1);
	while (m->k[j] && m->k[j] != h) j = (j + 1) & (m->cap - 1);
	return j;
}

/* ------------------------------------------------------------ judging */
typedef struct verdict_s {
	int kind;
	double score;
	int lead;   /* a weak candidate: the leads list, not the conflicts (compare.h) */
	int zero;   /* frames: a count of none clashed ("No one was injured"), or an age beside a
	             * name in a negated clause: the frames say what clashed, not the negation the
	             * judge sees */
	int claim;  /* frames: a claim frame clashed; its score stays its own (judge) */
	char cues[512];
} verdict_t;

static void vcue(verdict_t *v, const char *s)
{
	size_t n = strlen(v->cues), k = strlen(s);
	if (!k || n + k + 2 >= sizeof v->cues) return;
	if (n) v->cues[n++] = ',';
	memcpy(v->cues + n, s, k + 1);
}

/* The index of x in the sorted v[0..n), or (size_t)-1. */
static size_t find_u64(const uint64_t *v, size_t n, uint64_t x)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (v[mid] < x) lo = mid + 1;
		else hi = mid;
	}
	return lo < n && v[lo] == x ? lo : (size_t)-1;
}

static int has_code(const uint64_t *v, size_t n, uint64_t x)
{
	return find_u64(v, n, x) != (size_t)-1;
}

/* An antonym pair split between a and b: a has one side only, b the other side only. */
static int antonym_split(const sc_stmt_t *a, const sc_stmt_t *b, int32_t *pair)
{
	for (size_t i = 0; i < a->nantos; i++) {
		uint64_t x = a->antos[i], o = x ^ 1;
		if (has_code(a->antos, a->nantos, o)) continue;
		if (has_code(b->antos, b->nantos, o) && !has_code(b->antos, b->nantos, x)) {
			*pair = (int32_t)(x >> 1);
			return 1;
		}
	}
	return 0;
}

/* Whether a term or entity that neg shares with other lies in neg's negation scope (terms
 * inherited from context count: the anaphora is the negated object). */
static int in_scope(const sc_stmt_t *neg, const sc_stmt_t *other)
{
	for (int pass = 0; pass < 2; pass++) {
		const uint64_t *v = pass ? neg->ents : neg->terms, *at = pass ? neg->ent_at : neg->term_at;
		size_t n = pass ? neg->nents : neg->nterms;
		const uint64_t *o = pass ? other->ents : other->terms;
		size_t no = pass ? other->nents : other->nterms;
		for (size_t i = 0; i < n; i++) {
			if (!has_code(o, no, v[i])) continue;
			size_t s = (size_t)(at[i] >> 32), e = (size_t)(at[i] & 0xffffffffu);
			if (!at[i] || (s >= neg->neg_start && e <= neg->neg_end)) return 1;
		}
	}
	return 0;
}

/* Bytes around a figure within which a name is its subject or its owner ("Dubois obtient 35 %",
 * "Smith's 189 yards"). */
#define NEAR_NAME 30

/* Whether st names an entity of its own (one o does not name) in its text, anywhere (q NULL)
 * or within NEAR_NAME bytes of q's figure. */
static int own_name(const sc_stmt_t *st, const sc_stmt_t *o, const sc_quant_t *q)
{
	for (size_t i = 0; i < st->nents; i++) {
		if (!st->ent_at[i] || has_code(o->ents, o->nents, st->ents[i])) continue;
		if (!q) return 1;
		size_t s = (size_t)(st->ent_at[i] >> 32), e = (size_t)(st->ent_at[i] & 0xffffffffu);
		if (e + NEAR_NAME >= q->start && s <= q->end + NEAR_NAME) return 1;
	}
	return 0;
}

/* Each side names an entity of its own (in its own text): different subjects. */
static int contrastive(const sc_stmt_t *a, const sc_stmt_t *b)
{
	return own_name(a, b, NULL) && own_name(b, a, NULL);
}

/* Whether x names h anywhere: an entity, its first word, its subject, or the person of an
 * age ("Ruiz, 46,"). */
static int names_word(const sc_stmt_t *x, uint64_t h)
{
	if (has_code(x->ents, x->nents, h) || x->lead_ent == h || x->subj_name == h) return 1;
	for (size_t i = 0; i < x->nq; i++)
		if (x->q[i].qcls == SC_QC_AGE && x->q[i].subj == h) return 1;
	return 0;
}

/* Each clause's subject is a name (statement.c find_subject; a pronoun resolved to the
 * sentence before), the two differ, and neither sentence names the other's: two persons'
 * facts ("Hart was first elected to the school board in 2012" / "Ruiz was first elected to
 * the council in 2018"; "Lindqvist was named chief executive in 2019" / "Byrne was named
 * chief executive in 2021"; "[Vauquelin] il compte 9 secondes d'avance" / "Roglic pointe à 32
 * secondes", review20 corpora 03, 06, 13), not two accounts of one. A sentence that names
 * both ("About 800 supporters attended Ruiz's victory party" / "Ruiz drew 3,000") may be
 * about one person's fact, and one without a named subject ("he" with no name before, "the
 * fire") is left to the other tests. */
static int subjects_apart(const sc_stmt_t *a, const sc_stmt_t *b)
{
	return a->subj_name && b->subj_name && a->subj_name != b->subj_name &&
	       !names_word(a, b->subj_name) && !names_word(b, a->subj_name);
}

/* A negation conflicts with the other statement only if what it negates is there: one of its
 * negated predicates is a term or entity of the other ("la mobilisation n'a pas *faibli*" says
 * nothing against "les syndicats ont appelé à une journée de mobilisation"), or, when no
 * predicate was found, shared content lies in its scope. */
static int negates_shared(const sc_stmt_t *neg, const sc_stmt_t *other)
{
	if (!neg->nneg_heads) return in_scope(neg, other);
	for (size_t i = 0; i < neg->nneg_heads; i++)
		if (has_code(other->terms, other->nterms, neg->neg_heads[i]) ||
		    has_code(other->ents, other->nents, neg->neg_heads[i]))
			return 1;
	return 0;
}

/* Whether two claims can be set against each other: both assert something (a fact, a report
 * or a denial: not a hypothesis, a condition or a non-assertion such as "did not say") and
 * neither is background (another time or event) set against the event's own claims. */
static int asserts(const sc_stmt_t *x, const sc_stmt_t *other)
{
	if (SC_MOD_ASSERTS(x->modality)) return 1;
	/* "layoffs are planned if departures do not suffice" still rules out "there will be no
	 * layoffs": a conditional positive claim against a categorical negative one. The reverse
	 * ("if they don't ...") and hypotheses ("would not have ... if") assert nothing. */
	int neg = x->negated || x->denial, oneg = other->negated || other->denial;
	return x->modality == SC_MOD_CONDITIONAL && !neg && oneg && SC_MOD_ASSERTS(other->modality);
}

static int opposable(const sc_stmt_t *a, const sc_stmt_t *b)
{
	/* two background claims may be about the same past fact ("married twice" / "three
	 * times"): only background against the event's own claims is excluded */
	return asserts(a, b) && asserts(b, a) && !a->nonassertive && !b->nonassertive &&
	       a->background == b->background;
}

/* A denial of a proposition ("denied shooting at the officers") is about the other claim only
 * if what it denies is there: a shared term or entity after the denial verb. A denial of a
 * claim named by a noun ("denied the allegations") has denial_at 0 and passes. */
static int denies_shared(const sc_stmt_t *neg, const sc_stmt_t *other)
{
	if (!neg->denial_at) return 1;
	int shared = 0;
	for (int pass = 0; pass < 2; pass++) {
		const uint64_t *v = pass ? neg->ents : neg->terms, *at = pass ? neg->ent_at : neg->term_at;
		size_t n = pass ? neg->nents : neg->nterms;
		const uint64_t *o = pass ? other->ents : other->terms;
		size_t no = pass ? other->nents : other->nterms;
		for (size_t i = 0; i < n; i++)
			if (has_code(o, no, v[i]) && (!at[i] || (size_t)(at[i] >> 32) >= neg->denial_at))
				shared += pass ? 2 : 1;
	}
	/* one shared word ("the scene") is not a proposition: a name or two words are */
	return shared >= 2;
}

/* The two sides hold the same negative stance: the positive side negates one of the negated
 * predicates in a subordinate clause ("because we were not progressing" / "we were not
 * progressing"). */
static int same_negative_stance(const sc_stmt_t *neg, const sc_stmt_t *pos)
{
	for (size_t i = 0; i < pos->nsub_neg_heads; i++)
		for (size_t j = 0; j < neg->nneg_heads; j++)
			if (pos->sub_neg_heads[i] == neg->neg_heads[j]) return 1;
	return 0;
}

/* The negated clause names its subject (the first name in the clause before the negation:
 * "*Jones* has 193 yards and no touchdowns") and the other side does not name it: two
 * subjects, not two accounts of one ("Thomas has eight touchdowns"). */
static int other_subject(const sc_stmt_t *neg, const sc_stmt_t *other)
{
	size_t best = (size_t)-1;
	uint64_t subj = 0;
	for (size_t i = 0; i < neg->nents; i++) {
		size_t s = (size_t)(neg->ent_at[i] >> 32);
		if (!neg->ent_at[i] || s < neg->neg_start || s >= neg->neg_at || s >= best) continue;
		best = s;
		subj = neg->ents[i];
	}
	int lead = 0;
	if (neg->lead_ent && neg->neg_start == 0 && neg->neg_at > 0 && best > 0 &&
	    !(neg->source && !strncmp(neg->text, neg->source, strlen(neg->source)))) {
		subj = neg->lead_ent; /* the first word, a name: "Jones has ..." */
		lead = 1;
	}
	if (!subj) /* a common noun: "The regulations don't require" / "Their decision requires" */
		return neg->subj_term && !has_code(other->terms, other->nterms, neg->subj_term);
	if (lead && has_code(other->terms, other->nterms, neg->lead_term)) return 0;
	return !has_code(other->ents, other->nents, subj) && other->lead_ent != subj;
}

static int date_has_year(const sc_quant_t *q) { return q->unit[0] == 'y'; }

static int comparable(const sc_quant_t *x, const sc_quant_t *y);
static int disjoint(const sc_quant_t *x, const sc_quant_t *y);

/* Both statements are dated and no date of one overlaps a comparable date of the other: they
 * speak of different times ("fermé en 2020" / "ouvert en 2023"), a change, not a conflict. */
static int other_times(const sc_stmt_t *a, const sc_stmt_t *b)
{
	int compared = 0;
	for (size_t i = 0; i < a->nq; i++) {
		if (a->q[i].kind != SC_Q_DATE) continue;
		for (size_t j = 0; j < b->nq; j++) {
			if (!comparable(&a->q[i], &b->q[j])) continue;
			compared = 1;
			if (!disjoint(&a->q[i], &b->q[j])) return 0;
		}
	}
	return compared;
}

static int comparable(const sc_quant_t *x, const sc_quant_t *y)
{
	if (x->kind != y->kind || x->aside || y->aside) return 0;
	switch (x->kind) {
	case SC_Q_DATE: return date_has_year(x) == date_has_year(y);
	case SC_Q_NUMBER:
		if (!x->what || !y->what) return 0;
		if (x->what == y->what) return !x->pred || !y->pred || x->pred == y->pred;
		return sc_quant_what_same(x, y);
	case SC_Q_DURATION:
		/* "a week after the heart attack" and "hospitalised for three weeks" measure two
		 * spans: durations compare only when measured from the same point */
		return !strcmp(x->unit, y->unit) && x->offset == y->offset;
	default: return !strcmp(x->unit, y->unit);
	}
}

static int disjoint(const sc_quant_t *x, const sc_quant_t *y)
{
	return x->hi <= y->lo || y->hi <= x->lo;
}

/* a and b count the same thing: a plain number of each with the same counted noun (and
 * predicate, when both say one). Inside one event, two counts of the injured, the dead or the
 * firefighters are about the same thing even when the sentences share little else; this
 * anchors the pair as a shared rare entity does (see 4. at the top). */
static int count_anchor(const sc_stmt_t *a, const sc_stmt_t *b)
{
	/* stricter than comparable(): the counted thing must be said in full on both sides, a
	 * noun and its predicate ("3 personnes blessées"), or a generic noun's predicate as the
	 * other's noun ("7 blessés"); "40 000 personnes" and "3 personnes blessées" share only
	 * a word */
	for (size_t i = 0; i < a->nq; i++)
		for (size_t j = 0; j < b->nq; j++) {
			const sc_quant_t *x = &a->q[i], *y = &b->q[j];
			if (x->kind != SC_Q_NUMBER || y->kind != SC_Q_NUMBER || !x->what || !y->what)
				continue;
			if ((x->alt && x->alt == y->what) || (y->alt && y->alt == x->what) ||
			    (x->what == y->what && x->pred && x->pred == y->pred))
				return 1;
		}
	return 0;
}

static int share_same_thing(const sc_quant_t *x, const sc_quant_t *y);

/* a and b give a percentage of the same share (share_same_thing): a count of the same thing,
 * as count_anchor's */
static int share_anchor(const sc_stmt_t *a, const sc_stmt_t *b)
{
	for (size_t i = 0; i < a->nq; i++)
		for (size_t j = 0; j < b->nq; j++)
			if (share_same_thing(&a->q[i], &b->q[j])) return 1;
	return 0;
}

/* Two dates date the same thing: a word of one's clause is a word of the other's ("Voters in
 * 2009 approved" / "voters in 2010 approved"; not "In 2002, she became president" / "a grant
 * in 2008", nor "scheduled for December 15" / "reported September 26"), and each has such
 * words. */
static int same_dated(const sc_quant_t *x, const sc_quant_t *y)
{
	if (x->report_date || y->report_date) return 0;
	/* a date alone in its clause ("..., and on May 2, it escorted a tanker", "since 1991",
	 * "..., the navy said, on May 2") dates no word we read: nothing says it dates what the
	 * other date dates. It used to match any date; on the readable topics such dates met the
	 * dates of other facts and steps of the story at the judge ("deployed ... on November
	 * 2" / "replaced ... early December"; "revived in 2008" / "In 2004, 39 percent of the
	 * milk"; a Sept. 20 win / an Oct. 19 loss), stopped only by the topic gate */
	if (!x->nctx || !y->nctx) return 0;
	for (int i = 0; i < x->nctx; i++)
		for (int j = 0; j < y->nctx; j++)
			if (x->ctx[i] == y->ctx[j]) return 1;
	return 0;
}

/* A date clash: a date of a and one of b that date the same thing and cannot overlap, and no
 * pair of dates of the same thing that agree. */
static int date_clash(const sc_stmt_t *a, const sc_stmt_t *b)
{
	int clash = 0;
	for (size_t i = 0; i < a->nq; i++)
		for (size_t j = 0; j < b->nq; j++) {
			const sc_quant_t *x = &a->q[i], *y = &b->q[j];
			if (x->kind != SC_Q_DATE || !comparable(x, y) || !same_dated(x, y)) continue;
			if (!disjoint(x, y)) return 0;
			clash = 1;
		}
	return clash;
}

/* Two dates of the same thing (same_dated) in different calendar years ("In 2019" / "In
 * 2015"): far enough apart to be two occurrences of it. Days of one year ("Friday, March 6" /
 * "Thursday, March 5") are one event dated two ways, whatever else differs. */
static int years_apart(const sc_stmt_t *a, const sc_stmt_t *b)
{
	for (size_t i = 0; i < a->nq; i++)
		for (size_t j = 0; j < b->nq; j++) {
			const sc_quant_t *x = &a->q[i], *y = &b->q[j];
			if (x->kind != SC_Q_DATE || !comparable(x, y) || !same_dated(x, y)) continue;
			if (year_of_days(x->hi - 1) < year_of_days(y->lo) ||
			    year_of_days(y->hi - 1) < year_of_days(x->lo))
				return 1;
		}
	return 0;
}

/* Two dated claims of one predicate that also count its actors or objects differently ("In
 * 2019, five men robbed the store" / "In 2015, two men robbed the same store"; "en 2019, cinq
 * hommes ont braqué" / "en 2015, deux hommes"): two occurrences of a recurring fact, told
 * apart by their dates, not one fact dated twice. A count that agrees ("Voters in 2009
 * approved a $3 million bond" / "in 2010 approved a $3 million bond") leaves one fact. Two
 * differing values are no evidence of two events by themselves: "The crash on Friday, March
 * 6, killed nine" / "The crash on Thursday, March 5, killed twelve" is one crash reported two
 * ways. The dates must lie in different years (years_apart). */
static int counts_apart(const sc_stmt_t *a, const sc_stmt_t *b)
{
	int apart = 0;
	if (!years_apart(a, b)) return 0;
	for (size_t i = 0; i < a->nq; i++)
		for (size_t j = 0; j < b->nq; j++) {
			const sc_quant_t *x = &a->q[i], *y = &b->q[j];
			if (x->kind == SC_Q_DATE || !comparable(x, y)) continue;
			if (!disjoint(x, y)) return 0;
			apart = 1;
		}
	return apart;
}

/* Two counts of which one is a part of its document's total (docpart) count the same people
 * only when their sentences say nearly the same around them: "One person died when a house
 * collapsed in Palu" / "Two people died when a house collapsed in Palu", or a figure its
 * article also sets beside a larger one for another reason, another incident, town or source
 * ("In Mirn, four people were killed" / "In Mirn, six people were killed"). */
static int parts_apart(const sc_quant_t *x, const sc_quant_t *y, double sim)
{
	return (x->docpart || y->docpart) && sim < SIM_PART;
}

/* A quantity of a with no compatible counterpart in b although b has comparable ones. */
static int quant_clash(const sc_stmt_t *a, const sc_stmt_t *b, const sc_quant_t **qa,
                       const sc_quant_t **qb)
{
	for (size_t i = 0; i < a->nq; i++) {
		const sc_quant_t *x = &a->q[i], *clash = NULL;
		int agree = 0;
		for (size_t j = 0; j < b->nq; j++) {
			const sc_quant_t *y = &b->q[j];
			if (!comparable(x, y)) continue;
			if (disjoint(x, y)) clash = clash ? clash : y;
			else agree = 1;
		}
		if (clash && !agree) {
			*qa = x;
			*qb = clash;
			return 1;
		}
	}
	return 0;
}


/* contrastive() at the clashing figures qa (of a) and qb (of b): each side names a subject of
 * its own next to its figure ("Dubois obtient 35 %" / "Lefèvre obtient 28 %"). A name elsewhere
 * in a long news sentence ("She had been hospitalized in Los Angeles for four weeks" / "Page had
 * been hospitalized for the past three weeks") says nothing about whose figure it is. */
static int contrastive_at(const sc_stmt_t *a, const sc_quant_t *qa, const sc_stmt_t *b,
                          const sc_quant_t *qb)
{
	return own_name(a, b, qa) && own_name(b, a, qb);
}

/* ------------------------------------------------------------ frames
 * Two count frames (quantity.c) count the same thing when they have one count class (killed =
 * dead = died = tués; injured = wounded = blessés ...), no different counted heads ("3
 * soldiers" / "3 civilians"), and, for ages, no different persons. They conflict only when
 * their intervals cannot overlap and no other frame of the same thing agrees (a listed
 * figure that matches one side is agreement); a partial count ("three of them") is set
 * against nothing. The clash is strong, good for the default list, when the counted thing is
 * fully identified: the same class and, for ages, the same named person. */
typedef struct fclash_s {
	const sc_quant_t *qa, *qb;
	int strong;
	int claim;  /* a claim frame (claim_same_thing): a duration or a count of times */
	int update; /* an update cue on either side */
	int outlier; /* a generic clash of one document's figure against the event's (lone_outlier) */
} fclash_t;

/* The counted nouns of two frames are compatible: either says none (or a generic one,
 * "people"), or one of each side's (the noun right after the number, the phrase's last)
 * matches: "23 pirates arrested" and "22 Yemeni fishermen" count different things. */
static int nouns_match(const sc_quant_t *x, const sc_quant_t *y)
{
	if (!x->head || !y->head) return 1; /* no noun, or "people" (quantity.c leaves no head) */
	return x->head == y->head || (x->what && (x->what == y->what || x->what == y->head)) ||
	       (y->what && y->what == x->head);
}

/* Two prison terms (quantity.c term_of: years after "sentenced", "condamné") are one counted
 * thing, the sentence handed down, as two counts of the dead are; whose term it is is left to
 * the frames' subject test (contrastive: "Yanis T. ... six ans" / "Karim B. ... 15 ans"). A
 * requisition or a maximum is no term and meets nothing here. */
static int term_same_thing(const sc_quant_t *x, const sc_quant_t *y)
{
	return x->kind == SC_Q_DURATION && y->kind == SC_Q_DURATION && x->term && y->term &&
	       !x->aside && !y->aside;
}

/* Two percentages of one share: of the same thing, with the same predicate ("40% of services
 * were cancelled" / "about 80% of services were cancelled"); not "60% of its trains were
 * running", whose complement is the other's figure. */
static int share_same_thing(const sc_quant_t *x, const sc_quant_t *y)
{
	return x->kind == SC_Q_PERCENT && y->kind == SC_Q_PERCENT && x->share &&
	       x->share == y->share && x->share_pred && x->share_pred == y->share_pred &&
	       !x->aside && !y->aside;
}

/* Two durations or two counts of times said of one predicate (quantity.c claim_context): the
 * word nearest one is a word before the other ("*hospitalized* in Los Angeles for four weeks" /
 * "in *hospital* for three weeks", one stem; "*married* his second wife two weeks ago" / "was
 * *wed* five weeks ago", one synonym class). Not any two words: "the actress married twice" /
 * "the actress divorced three times" share their subject, not their predicate. */
static int claims_share(const sc_quant_t *x, const sc_quant_t *y)
{
	if (!x->nclaim || !y->nclaim) return 0;
	for (int j = 0; j < y->nclaim; j++)
		if (x->claim[0] == y->claim[j]) return 1;
	for (int i = 0; i < x->nclaim; i++)
		if (y->claim[0] == x->claim[i]) return 1;
	return 0;
}

/* Two spans of one story, one measured back from the time of writing to a thing it dates, the
 * other measured from that same thing ("a heart attack *suffered* almost three weeks ago" /
 * "died ... nine days after *suffering* a heart attack"; "une crise cardiaque *subie* il y a
 * trois semaines" / "neuf jours après avoir *subi* une crise cardiaque"): both span from the
 * thing to the story's own moment when the second's other end is where the writing stands, as
 * news is written within days of its event. So only spans of at most NOW_SPAN_MAX are read so,
 * and they clash only when they lie more than NOW_SLACK apart (frames_disjoint): a report a day
 * or two later moves "ago". Pattern: fit topic 4_ecb (three pairs, judge:compatible before;
 * doc/compare-recall.md, count9). One claim dated from now and from another point ("married two
 * weeks ago" / "married three weeks before he was murdered") was tried too and dropped: the
 * other point may lie ahead ("takes effect nine days before the inauguration" / "take effect
 * in 30 days", an extra-dev false alarm) and it gained no fit pair. */
#define NOW_SPAN_MAX (62 * 86400.0)
#define NOW_SLACK (3 * 86400.0)
static int now_vs_point(const sc_quant_t *x, const sc_quant_t *y)
{
	if (x->offset != SC_OFFSET_NOW || y->offset <= SC_OFFSET_NOW + 1) return 0;
	if (strcmp(x->unit, y->unit) || x->hi > NOW_SPAN_MAX || y->hi > NOW_SPAN_MAX) return 0;
	for (int i = 0; i < x->nclaim; i++)
		if (x->claim[i] == y->offset) return 1;
	return 0;
}
static int now_anchored(const sc_quant_t *x, const sc_quant_t *y)
{
	return x->kind == SC_Q_DURATION && y->kind == SC_Q_DURATION && !x->term && !y->term &&
	       (now_vs_point(x, y) || now_vs_point(y, x));
}

/* A claim frame: a duration of a state or a count of times, said of one predicate on both
 * sides, from the same point for durations (comparable: "three weeks ago" and "nine days after
 * the heart attack" are measured from two points and never meet, but see now_anchored). */
static int claim_same_thing(const sc_quant_t *x, const sc_quant_t *y)
{
	if (x->aside || y->aside || x->partial || y->partial) return 0;
	if (now_anchored(x, y)) return 1;
	if (!claims_share(x, y)) return 0;
	if (x->kind == SC_Q_DURATION && y->kind == SC_Q_DURATION)
		return !x->term && !y->term && comparable(x, y);
	return x->kind == SC_Q_NUMBER && y->kind == SC_Q_NUMBER && x->qcls == SC_QC_TIMES &&
	       y->qcls == SC_QC_TIMES && !x->group && !y->group;
}

/* "two armed men" / "three unarmed men": a property asserted on one side, negated on the other
 * (quantity.c negated_participle) */
static int desc_apart(const sc_quant_t *x, const sc_quant_t *y)
{
	return x->negdesc && x->negdesc == -y->negdesc;
}

static int frame_same_thing(const sc_quant_t *x, const sc_quant_t *y)
{
	if (sc_quant_places_apart(x, y)) return 0;
	if (x->term || y->term) return term_same_thing(x, y);
	if (x->kind == SC_Q_PERCENT || y->kind == SC_Q_PERCENT) return share_same_thing(x, y);
	if (x->kind == SC_Q_DURATION || x->qcls == SC_QC_TIMES || y->qcls == SC_QC_TIMES)
		return claim_same_thing(x, y);
	if (x->kind != SC_Q_NUMBER || y->kind != SC_Q_NUMBER) return 0;
	if (!x->qcls || x->qcls != y->qcls || x->partial || y->partial || x->aside || y->aside ||
	    x->rank || y->rank)
		return 0;
	/* two magnitudes measure one thing only when both name it, one noun or one synonym class
	 * ("the magnitude 6.4 earthquake" / "the magnitude 6.1 quake"; not "aftershocks of up to
	 * magnitude 4.2", nor a figure whose thing is unread): quantity.c magnitude_head */
	if (x->qcls == SC_QC_MAGNITUDE) return x->head && x->head == y->head;
	if (!nouns_match(x, y) || desc_apart(x, y)) return 0;
	/* "Deux campings évacués" / "1 500 personnes évacuées": things and people, one predicate */
	if (x->qcls != SC_QC_AGE && x->thing != y->thing) return 0;
	if (x->qcls == SC_QC_AGE && (!x->subj || !y->subj || x->subj != y->subj)) return 0;
	/* "Paul Kemp, 42" and "Mary Kemp, 40": a family shares the surname */
	if (x->qcls == SC_QC_AGE && x->subj_first && y->subj_first &&
	    x->subj_first != y->subj_first)
		return 0;
	return 1;
}

/* Two frames apart: their intervals do not overlap, or, for spans measured from now and from
 * the event (now_anchored), lie more than NOW_SLACK apart. */
static int frames_disjoint(const sc_quant_t *x, const sc_quant_t *y)
{
	if (x->kind == SC_Q_DURATION && x->offset != y->offset)
		return x->hi + NOW_SLACK <= y->lo || y->hi + NOW_SLACK <= x->lo;
	return disjoint(x, y);
}

static int frame_clash(const sc_stmt_t *a, const sc_stmt_t *b, fclash_t *fc)
{
	memset(fc, 0, sizeof *fc);
	for (size_t i = 0; i < a->nq; i++) {
		const sc_quant_t *x = &a->q[i], *clash = NULL;
		int agree = 0;
		for (size_t j = 0; j < b->nq && !agree; j++) {
			const sc_quant_t *y = &b->q[j];
			if (!frame_same_thing(x, y)) continue;
			if (frames_disjoint(x, y)) clash = clash ? clash : y;
			else agree = 1;
		}
		if (clash && !agree) {
			fc->qa = x;
			fc->qb = clash;
			/* an age known by a describing noun only ("a 67-year-old woman") is likely
			 * the same person, not surely: a lead */
			fc->strong = !x->subj_desc && !clash->subj_desc;
			fc->update = sc_quant_is_update(x, clash);
			fc->claim = x->kind == SC_Q_DURATION || x->qcls == SC_QC_TIMES;
			return 1;
		}
	}
	return 0;
}

/* Counted things outside the classes ("three boats" / "two speed boats", "seven rifles" / "nine
 * rifles"): most number clashes of real news count such things (in the labelled development
 * topics, boats, weapons, weeks, marriages outnumber the dead and injured). Two such numbers
 * count the same thing when they have the same counted noun (q->noun, quantity.c: "two speed
 * *boats*", "deux *bateaux* rapides"), neither is partial, a conversion aside, or a member of a
 * coordinated list ("12 Somali and 11 Yemeni pirates" against "23 pirates" is a breakdown, not
 * a clash), and neither is in a count class (frame_clash handles those). A head is a weaker
 * identification than a class: "two men were arrested" and "three men fled" count different
 * men. So the two statements must also share some other content term, and the clash makes a
 * generic frame clash, scored below the class frames (GENERIC_BASE). The clash stands only
 * when no pair of numbers with that head agrees, on either side.
 * Most numbers with a head are not an account of the event at all: a player's yards, points and
 * games, a ship's crew, a running total ("a total of 14 rifles so far", cumulative_cues), a
 * measure ("13 nautical miles", measure_units). What marks a count of the event's own thing is
 * that the event's articles agree on it: the head is counted in at least CONS_MIN statements
 * with at most CONS_VALUES distinct values, the commonest held by at least half of them ("two
 * boats" eight times, "three boats" once; not "404 yards", "793 yards", "269 yards" ...).
 * mark_consensus sets q->consensus on such numbers, per cluster; only they can clash here. */
static int generic_same_thing(const sc_quant_t *x, const sc_quant_t *y)
{
	if (x->kind != SC_Q_NUMBER || y->kind != SC_Q_NUMBER) return 0;
	if (x->qcls || y->qcls || !x->noun || x->noun != y->noun || x->rank || y->rank ||
	    sc_quant_places_apart(x, y))
		return 0;
	if (!x->consensus || !y->consensus) return 0;
	/* two qualified nouns, qualified apart: "five merchant vessels" / "three pirate vessels" */
	if (x->mod && y->mod && x->mod != y->mod) return 0;
	/* "two armed men" / "three unarmed men" */
	if (desc_apart(x, y)) return 0;
	return !x->partial && !y->partial && !x->aside && !y->aside && !x->group && !y->group;
}

/* Two generic frames' figures are said of one predicate: the word after the counted noun
 * ("two boats were *seized*") or the verb before the number ("*seized* three boats") is one
 * stem or one synonym class on both sides (quantity.c term_hash). */
static int same_predicate(const sc_quant_t *x, const sc_quant_t *y)
{
	const uint64_t px[2] = {x->pred_after, x->pred_before},
	               py[2] = {y->pred_after, y->pred_before};
	for (int i = 0; i < 2; i++)
		for (int j = 0; j < 2; j++)
			if (px[i] && px[i] == py[j]) return 1;
	return 0;
}

/* Both figures are said of a predicate, and of none in common ("two boats were *seized*" /
 * "three boats *escaped*": two sets of boats). One document's figure is then not promoted
 * against the event's (lone_outlier): the clash stays a lead. A figure said of no predicate the reading finds ("the pirates, in
 * three boats, were attempting ...") is not known to count another thing: measured on the fit
 * topics, requiring a shared predicate there too lost 22 of 30 true conflicts
 * (doc/compare-recall.md, session 5, review fixes). */
static int other_predicates(const sc_quant_t *x, const sc_quant_t *y)
{
	return (x->pred_after || x->pred_before) && (y->pred_after || y->pred_before) &&
	       !same_predicate(x, y);
}

static int shares_other_term(const sc_stmt_t *a, const sc_stmt_t *b, uint64_t head)
{
	for (size_t i = 0; i < a->nterms; i++)
		if (a->terms[i] != head && has_code(b->terms, b->nterms, a->terms[i])) return 1;
	return 0;
}

static int generic_clash(const sc_stmt_t *a, const sc_stmt_t *b, fclash_t *fc)
{
	memset(fc, 0, sizeof *fc);
	for (size_t i = 0; i < a->nq; i++) {
		const sc_quant_t *x = &a->q[i], *qa = NULL, *qb = NULL;
		int agree = 0;
		for (size_t k = 0; k < a->nq && !agree; k++) {
			if (a->q[k].noun != x->noun) continue;
			for (size_t j = 0; j < b->nq && !agree; j++) {
				if (!generic_same_thing(&a->q[k], &b->q[j])) continue;
				if (!disjoint(&a->q[k], &b->q[j])) agree = 1;
				else if (!qa) qa = &a->q[k], qb = &b->q[j];
			}
		}
		if (qa && !agree && shares_other_term(a, b, x->noun)) {
			fc->qa = qa;
			fc->qb = qb;
			fc->outlier =
			    qa->consensus == 2 && qb->consensus == 2 && !other_predicates(qa, qb);
			fc->update = sc_quant_is_update(qa, qb);
			return 1;
		}
	}
	return 0;
}

/* Whether any count frame of a agrees with one of b (same thing, overlapping): then the
 * statements share their figure, whatever else they list. */
static int frame_agrees(const sc_stmt_t *a, const sc_stmt_t *b)
{
	for (size_t i = 0; i < a->nq; i++)
		for (size_t j = 0; j < b->nq; j++)
			if (frame_same_thing(&a->q[i], &b->q[j]) &&
			    !frames_disjoint(&a->q[i], &b->q[j]))
				return 1;
	return 0;
}

/* A dateline ("23 July 2013 Last updated at 13: 42 GMT", "Monday, Sep 10, 2012 | Updated 9: 01
 * AM EDT"): a date and a clock time with hardly a word besides. It dates the article, it is no
 * claim about the event: never set against another. */
static int dateline(const sc_stmt_t *st)
{
	int date = 0, clk = 0;
	for (size_t i = 0; i < st->nq; i++) {
		date |= st->q[i].kind == SC_Q_DATE;
		clk |= st->q[i].kind == SC_Q_CLOCK;
	}
	return date && clk && st->nterms <= 4;
}

static void fmt_quant(char *buf, size_t n, const sc_quant_t *q, const char *text)
{
	int len = (int)(q->end - q->start);
	snprintf(buf, n, "%.*s", len > 40 ? 40 : len, text + q->start);
}

/* A negation that only a negative verb carries ("officials stopped the game", "freeze all
 * regulations") is a weak candidate, a lead: in development news such verbs named a step of
 * the event far more often than they denied what the other side says (24 of 24). */
static int weak_negation(const sc_stmt_t *a, const sc_stmt_t *b, int kind)
{
	if (kind != SC_CONFLICT_NEGATION) return 0;
	const sc_stmt_t *neg = a->negated ? a : b;
	return neg->neg_verb_only;
}

/* Whether x asserts term h: x names it (a term or an entity) in its own words, outside any
 * infinitive complement ("was negotiating *to purchase*" names a purchase, it asserts none).
 * A term inherited from the context through an anaphora ("barred from discussing *the
 * allegations*") is the antecedent's, which x mentions and does not assert. */
static int asserts_term(const sc_stmt_t *x, uint64_t h)
{
	if (!h) return 0;
	size_t e = find_u64(x->ents, x->nents, h);
	if (e != (size_t)-1) return x->ent_at[e] != 0;
	size_t t = find_u64(x->terms, x->nterms, h);
	return t != (size_t)-1 && x->term_at[t] != 0 && !has_code(x->inf_terms, x->ninf_terms, h);
}

/* The negated predicate is the one the other side asserts: one of the negated heads that is
 * not a name (a name is the negated subject, "Neither *Perlo* nor his co-counsel ever
 * claimed", not what is negated) is asserted by the other side. Without a head found, the
 * negation is bound to no predicate we can check. */
static int negates_asserted(const sc_stmt_t *neg, const sc_stmt_t *other)
{
	int head = 0;
	for (size_t i = 0; i < neg->nneg_heads && !head; i++) {
		uint64_t h = neg->neg_heads[i];
		if (has_code(neg->ents, neg->nents, h) || h == neg->lead_ent) continue;
		head = asserts_term(other, h);
	}
	if (!head || !neg->neg_subject) return head;
	/* a negated subject ("No shots were fired", "Neither Perlo nor his co-counsel ever
	 * claimed their client's innocence"): the other side must assert the predicate too, a
	 * word of the clause after the subject ("He fired one shot"; not "Perlo and his
	 * co-counsel approached the case") */
	size_t best = (size_t)-1, first = 0;
	for (size_t i = 0; i < neg->nterms; i++) {
		size_t at = (size_t)(neg->term_at[i] >> 32);
		if (!neg->term_at[i] || at < neg->neg_pred_at || at >= best) continue;
		best = at;
		first = i;
	}
	/* the predicate: the first word after the subject (its object when the verb is one of
	 * saying, which is no term: "ever claimed their client's innocence") */
	return best != (size_t)-1 && asserts_term(other, neg->terms[first]);
}

/* The verdict on a pair of opposite polarity (one side negates or denies), for the denial and
 * negation kinds: POLAR_NONE (no opposition: both sides have the same polarity, or an antonym
 * flips as well and cancels it), POLAR_LEAD (a candidate an editor should not be shown by
 * default: one side asserts nothing about the event, or what is negated or denied is not the
 * proposition the other side asserts) or POLAR_CONFLICT. The conditions of a conflict:
 *   - both sides assert (opposable: no hypothesis, condition, question, "could not say",
 *     background against the event's own claims);
 *   - a denial of a proposition ("denied *arson*"): its predicate is asserted by the other
 *     side ("was charged with *arson*"; not "Wellington supermarket fire"), with the shared
 *     content after the denial verb (denies_shared); a denial of a claim named by a noun
 *     ("denied the allegations") stands on denies_shared alone;
 *   - a negation: a negated head (its own clause's predicate, or the noun a negative
 *     determiner governs) is asserted by the other side outside an infinitive complement,
 *     by the same subject (other_subject) of the same object (other_argument), and the other side does not hold the same negative
 *     stance in a subordinate clause; a negation carried by a negative verb alone is a lead
 *     (weak_negation). */
/* The negated clause names an argument after its negation that the other side does not name,
 * while the other side names one of its own: two objects, not two accounts of one ("Boston
 * has not made another offer to *Varitek*" / "the Red Sox have made *Teixeira* an offer"). */
static int other_argument(const sc_stmt_t *neg, const sc_stmt_t *other)
{
	int obj = 0, own = 0;
	for (size_t i = 0; i < neg->nents && !obj; i++) {
		size_t s = (size_t)(neg->ent_at[i] >> 32), e = (size_t)(neg->ent_at[i] & 0xffffffffu);
		obj = neg->ent_at[i] && s >= neg->neg_at && e <= neg->neg_end &&
		      !has_code(other->ents, other->nents, neg->ents[i]) && other->lead_ent != neg->ents[i];
	}
	for (size_t i = 0; i < other->nents && obj && !own; i++)
		own = other->ent_at[i] && !has_code(neg->ents, neg->nents, other->ents[i]) &&
		      neg->lead_ent != other->ents[i];
	return obj && own;
}

/* The denied proposition is asserted by the other side in its own words: a content word of
 * what is denied (after the denial verb: "denied *arson*", "deny that we engaged in improper
 * *conduct*"; for a claim named by a noun or dismissed, "balayé les rumeurs de
 * *communication* ...", "the allegations were determined to be unfounded", the sentence's
 * content, the words an anaphora inherits from its antecedent included) that is no name and
 * that the other side asserts itself (asserts_term: named in its own text, outside an
 * infinitive complement; a synonym class counts as one word). A name alone ("the NCAA",
 * "Qatar") locates a claim, it does not state one: "We deny that we engaged in any improper
 * conduct under NCAA bylaws" says nothing against "he is barred by the NCAA from discussing
 * the allegations". */
static int denies_asserted(const sc_stmt_t *neg, const sc_stmt_t *other)
{
	/* a claim named by a noun: its stated content ("rumours of *talks*"), or what an anaphora
	 * inherits ("the allegations", whose content is the earlier sentence's); the words around
	 * a claim it does not state name its target or its speaker ("the allegations against
	 * *Marsh* at the *club* are unfounded" says nothing against "Marsh joined the club") */
	/* a denied clause: its predicate, not its subject ("denied that *the fire* was contained"
	 * says nothing against "the fire burned 1,200 hectares") */
	size_t from = neg->denial_pred_at ? neg->denial_pred_at
	            : neg->denial_at      ? neg->denial_at
	            : neg->claim_content_at ? neg->claim_content_at : (size_t)-1;
	for (size_t i = 0; i < neg->nterms; i++) {
		uint64_t h = neg->terms[i], at = neg->term_at[i];
		if (at && (size_t)(at >> 32) < from) continue; /* the denier or the target, not the denied */
		if (h == neg->lead_term || has_code(neg->ents, neg->nents, h)) continue;
		if (asserts_term(other, h)) return 1;
	}
	return 0;
}

enum { POLAR_NONE = 0, POLAR_LEAD, POLAR_CONFLICT };
static int polar_verdict(const sc_stmt_t *a, const sc_stmt_t *b, const char **why)
{
	int na = a->denial || a->negated, nb = b->denial || b->negated;
	int32_t pair;
	const char *w = NULL;
	if (na == nb || antonym_split(a, b, &pair)) return POLAR_NONE;
	const sc_stmt_t *neg = na ? a : b, *pos = neg == a ? b : a;
	if (!opposable(a, b)) w = "lead:asserts-nothing";
	else if (neg->denial && (!denies_shared(neg, pos) ||
	                         (neg->denial_head && !asserts_term(pos, neg->denial_head))))
		w = "lead:denies-another-proposition";
	else if (neg->denial && !denies_asserted(neg, pos)) w = "lead:denies-unasserted";
	/* a denial needs another voice: one source's denial and its own statement are a change
	 * of position or a quote out of time ("In January, the bank had denied ...") */
	else if (neg->denial && neg->source && pos->source && !strcmp(neg->source, pos->source))
		w = "lead:same-voice";
	else if (neg->denial) w = NULL;
	else if (same_negative_stance(neg, pos)) w = "lead:same-stance";
	else if (other_subject(neg, pos)) w = "lead:other-subject";
	else if (!negates_shared(neg, pos) || !negates_asserted(neg, pos))
		w = "lead:negates-another-predicate";
	else if (other_argument(neg, pos)) w = "lead:other-object";
	else if (neg->neg_verb_only) w = "lead:negative-verb";
	if (why) *why = w;
	return w ? POLAR_LEAD : POLAR_CONFLICT;
}

/* The rule judge, used when no fitted model is available. sim is the topic similarity. */
static int rule_judge(sc_cmp_t *c, const sc_stmt_t *a, const sc_stmt_t *b, double sim,
                      verdict_t *v)
{
	memset(v, 0, sizeof *v);
	v->kind = -1;
	int na = a->denial || a->negated, nb = b->denial || b->negated;
	double base = 0;
	if (a->question || b->question) return 0;
	int32_t pair;
	const sc_lxlang_t *L = sc_cmp_lex_lang(c->lex, a->lang);
	int polar = POLAR_NONE;
	if (na != nb) {
		/* two oppositions cancel; a negation must govern what the other side asserts:
		 * "nous ne constatons aucune volonté" says nothing against "Poutine a invité
		 * Zelensky" (a lead, not a conflict) */
		const char *why = NULL;
		if ((polar = polar_verdict(a, b, &why)) == POLAR_NONE) return 0;
		if (why) vcue(v, why);
		const sc_stmt_t *neg = na ? a : b;
		v->kind = neg->denial ? SC_CONFLICT_DENIAL : SC_CONFLICT_NEGATION;
		base = neg->denial ? 0.9 : 0.8;
		vcue(v, neg->cues);
	} else if (contrastive(a, b)) {
		return 0; /* "A got 35 %" and "B got 28 %": two subjects, not two accounts */
	} else if (antonym_split(a, b, &pair)) {
		if (!opposable(a, b)) return 0;
		v->kind = SC_CONFLICT_ANTONYM;
		base = 0.75;
		vcue(v, sc_cmp_lex_antonym_name(L, pair));
	} else if (!na && (sim >= SIM_MIN_NUMBER || count_anchor(a, b)) &&
	           !antonym_split(a, b, &pair)) {
		const sc_quant_t *qa, *qb;
		if (!quant_clash(a, b, &qa, &qb)) return 0;
		v->kind = qa->kind == SC_Q_DATE ? SC_CONFLICT_DATE : SC_CONFLICT_NUMBER;
		base = qa->kind == SC_Q_DATE ? 0.7 : 0.75;
		char x[64], y[64], cue[140];
		fmt_quant(x, sizeof x, qa, a->text);
		fmt_quant(y, sizeof y, qb, b->text);
		snprintf(cue, sizeof cue, "%s <> %s", x, y);
		vcue(v, cue);
	} else {
		return 0;
	}
	if (v->kind != SC_CONFLICT_DATE && other_times(a, b)) return 0;
	if (a->rumour || b->rumour) return 0; /* see structurally_ok */
	double f = (sim - SIM_MIN_ANCHORED) / (SIM_FULL - SIM_MIN_ANCHORED);
	if (f < 0) f = 0;
	if (f > 1) f = 1;
	double score = base * (0.6 + 0.4 * f);
	if (a->hedged || b->hedged) score *= 0.95;
	v->score = score;
	v->lead = polar == POLAR_LEAD || weak_negation(a, b, v->kind);
	return 1;
}

/* The structural conditions of each kind, which the fitted judge's pair features do not
 * see: opposite stances for denial/negation (two negatives agree; an antonym flipping too
 * cancels; a negation must govern the shared content), one subject and a real clash of
 * comparable quantities for number/date, one subject and a split antonym pair for antonym. */
static int structurally_ok(const sc_stmt_t *a, const sc_stmt_t *b, int kind, double sim)
{
	int na = a->denial || a->negated, nb = b->denial || b->negated;
	int32_t pair;
	const sc_quant_t *qa, *qb;
	if (kind != SC_CONFLICT_DATE && other_times(a, b)) return WHY("structural:other-times"), 0;
	switch (kind) {
	case SC_CONFLICT_DENIAL:
	case SC_CONFLICT_NEGATION:
		/* a candidate the precise conditions reject is a lead (judge), not dropped */
		WHY("structural:polar");
		return polar_verdict(a, b, NULL) != POLAR_NONE;
	case SC_CONFLICT_NUMBER:
	case SC_CONFLICT_DATE:
		/* "fermé en 2020" / "ouvert en 2023": two predicates, two dates, no clash */
		if (na || nb) return WHY("structural:negated"), 0;
		/* "The club reportedly paid 55 million": a rumour's figure is nobody's claim to set
		 * against a reported one */
		if (a->rumour || b->rumour) return WHY("structural:rumour"), 0;
		/* a claim about another time (an explicit other year, "last year") is never set
		 * against the event's own claims (issue 11): the frames' rule (opposable), on the
		 * judge's path too */
		if (kind == SC_CONFLICT_NUMBER && a->background != b->background)
			return WHY("structural:background"), 0;
		if (sim < SIM_MIN_NUMBER && !count_anchor(a, b))
			return WHY("structural:sim<number"), 0;
		if (antonym_split(a, b, &pair)) return WHY("structural:antonym-split"), 0;
		if (subjects_apart(a, b)) return WHY("structural:subjects"), 0;
		if (kind == SC_CONFLICT_DATE) {
			if (contrastive(a, b)) return WHY("structural:contrastive"), 0;
			if (counts_apart(a, b)) return WHY("structural:two-occurrences"), 0;
			WHY("structural:no-date-clash");
			return date_clash(a, b);
		}
		if (!quant_clash(a, b, &qa, &qb) || qa->kind == SC_Q_DATE)
			return WHY("structural:no-quantity-clash"), 0;
		if (parts_apart(qa, qb, sim)) return WHY("structural:part"), 0;
		/* "for six hours on Sunday" / "for two hours on Monday": two occasions (frames) */
		if (qa->occasion && qb->occasion && qa->occasion != qb->occasion)
			return WHY("structural:occasions"), 0;
		/* sentence-wide: at the figures only (contrastive_at) was measured and not kept
		 * (doc/compare-recall.md) */
		if (contrastive(a, b)) return WHY("structural:contrastive"), 0;
		return 1;
	case SC_CONFLICT_ANTONYM:
		WHY("structural:antonym");
		return na == nb && opposable(a, b) && !contrastive(a, b) && antonym_split(a, b, &pair);
	}
	WHY("structural:kind");
	return 0;
}

/* Judges a pair that is about the same thing: the fitted judge (judge.c) decides and scores,
 * the structural conditions above can veto; without a fitted model, the rule judge. Returns 1
 * for a conflict (v filled), 0 for none, or a negative code. */
/* A statement dated in a year before its article's ("In 2004 the quake killed 200", "a 2010
 * shooting that left three dead"): a claim about another time, not set against the event's. */
static int earlier_year(const sc_stmt_t *st, const char *pub)
{
	if (!pub || strlen(pub) < 4) return 0;
	int py = atoi(pub);
	for (size_t i = 0; i < st->nq; i++) {
		const sc_quant_t *q = &st->q[i];
		if (q->kind != SC_Q_DATE || q->unit[0] != 'y' || q->hi >= 1e6) continue;
		/* days since 1970 to a year: the interval's end lies in the year after at most */
		int y = 1970 + (int)floor((q->hi - 1) / 365.2425);
		if (y < py) return 1;
	}
	return 0;
}

/* Two clashing percentages that no share frame joins (share_same_thing: the same "of what"
 * and predicate on both sides): what each is a share of is unread or differs ("a 9% pay rise"
 * / "60% of its trains were running"; "turnout reached 61%" / "the party won 48%"), so
 * nothing says they measure one thing. Like plain numbers, a lead. */
static int unshared_percent(const sc_quant_t *qa, const sc_quant_t *qb)
{
	return qa->kind == SC_Q_PERCENT && !share_same_thing(qa, qb);
}

/* The frames' own verdict: two statements of one stance, one subject and one time whose count
 * frames clash (frame_clash). A later article's larger count of a cumulative thing (the dead,
 * the injured, the arrested ...), or a figure under an update cue ("rose to"), is an update.
 * pa, pb: the articles' publication dates (ISO 8601, may be NULL). Returns 1 with v filled. */
/* Whether st has a count of none (quantity.c zero_count). */
static int has_zero(const sc_stmt_t *st)
{
	for (size_t i = 0; i < st->nq; i++)
		if (st->q[i].zero) return 1;
	return 0;
}

/* The judge's number clash sets a prison term against a duration that is none: a requisition
 * ("le parquet avait requis 20 ans"), a maximum ("faces up to ten years"), a time served. Two
 * different things (quantity.c term_of), never a conflict. */
static int term_mismatch(const sc_stmt_t *a, const sc_stmt_t *b)
{
	const sc_quant_t *qa, *qb;
	if (!quant_clash(a, b, &qa, &qb) && !quant_clash(b, a, &qa, &qb)) return 0;
	return qa->kind == SC_Q_DURATION && qb->kind == SC_Q_DURATION && qa->term != qb->term;
}

/* Whether each statement has an age beside a name ("Finch, 56, showed no emotion" / "Gerald
 * Finch, 58, was convicted"): an apposition says the person's age whatever the clause's
 * predicate asserts or denies, so a negated clause may still clash by it (frame_verdict). */
/* The judge's number clash sets a running total against one occasion's count: the clashing
 * figure of one side only is in a sentence with a cumulative cue ("has seized a total of 14
 * rifles during the five operations", "So far, the navy has confiscated 14 rifles" / "six rifles
 * were found"; "au total", "jusqu'ici"). The generic frames never let such a figure clash
 * (conflict.c generic_candidate); the judge's path did (fit topics: eleven false leads once the
 * model number of "AK-47" no longer hid the counts). */
static int running_total(const sc_stmt_t *a, const sc_stmt_t *b)
{
	const sc_quant_t *qa, *qb;
	if (!quant_clash(a, b, &qa, &qb)) return 0;
	return qa->cumul != qb->cumul;
}

static int age_beside_name(const sc_stmt_t *a, const sc_stmt_t *b)
{
	int na = 0, nb = 0;
	for (size_t i = 0; i < a->nq; i++)
		na |= a->q[i].qcls == SC_QC_AGE && a->q[i].subj && !a->q[i].subj_desc;
	for (size_t i = 0; i < b->nq; i++)
		nb |= b->q[i].qcls == SC_QC_AGE && b->q[i].subj && !b->q[i].subj_desc;
	return na && nb;
}

/* Whether a and b share a term or an entity besides the predicate words of q (a claim frame
 * of a): one verb in common ("spent two years" / "spent five years") is too little to say that
 * two sentences tell one story. */
static int shares_beyond_claim(const sc_stmt_t *a, const sc_stmt_t *b, const sc_quant_t *qa,
                               const sc_quant_t *qb)
{
	for (size_t i = 0; i < a->nterms; i++) {
		uint64_t t = a->terms[i];
		if (t != qa->claim[0] && t != qb->claim[0] && has_code(b->terms, b->nterms, t)) return 1;
	}
	/* a name opening one sentence is its lead entity, not among its entities */
	for (size_t i = 0; i < a->nents; i++)
		if (has_code(b->ents, b->nents, a->ents[i]) || a->ents[i] == b->lead_ent) return 1;
	for (size_t i = 0; a->lead_ent && i < b->nents; i++)
		if (b->ents[i] == a->lead_ent) return 1;
	return 0;
}

/* Trace only: why no frame clashed, as the numbers each side has (n), with a count class (c),
 * a counted noun (h) and a consensus on it (k), and whether the two share a class. */
static void trace_frames(const sc_stmt_t *a, const sc_stmt_t *b)
{
	int n[2] = {0}, cl[2] = {0}, h[2] = {0}, k[2] = {0}, same = 0;
	const sc_stmt_t *s2[2] = {a, b};
	for (int t = 0; t < 2; t++)
		for (size_t i = 0; i < s2[t]->nq; i++) {
			const sc_quant_t *q = &s2[t]->q[i];
			if (q->kind != SC_Q_NUMBER) continue;
			n[t]++;
			cl[t] += q->qcls != 0;
			h[t] += q->noun != 0;
			k[t] += q->consensus;
			for (size_t j = 0; !t && j < b->nq; j++) same |= q->qcls && q->qcls == b->q[j].qcls;
		}
	WHY("frame:no-clash a:n%dc%dh%dk%d b:n%dc%dh%dk%d%s", n[0], cl[0], h[0], k[0], n[1], cl[1], h[1],
	    k[1], same ? " same-class" : "");
}

/* Whether st asserts its figure q: it negates nothing, or only in what follows the figure (the
 * negation's first cue comes after q, and negates none of q's predicate words), and denies
 * nothing. */
static int negated_after(const sc_stmt_t *st, const sc_quant_t *q)
{
	if (st->denial) return 0;
	if (!st->negated) return 1;
	if (st->neg_at < q->end) return 0;
	for (size_t i = 0; i < st->nneg_heads; i++)
		for (int k = 0; k < q->nclaim; k++)
			if (st->neg_heads[i] == q->claim[k]) return 0;
	return 1;
}

static int frame_verdict(const sc_stmt_t *a, const sc_stmt_t *b, double sim, const char *pa,
                         const char *pb, verdict_t *v)
{
	fclash_t fc;
	/* a negation carried by a count of none ("No one was injured": quantity.c zero_count) is
	 * that count, a figure like any other */
	int za = a->negated && !a->denial && has_zero(a), zb = b->negated && !b->denial && has_zero(b);
	int polar = (a->negated && !za) || a->denial || (b->negated && !zb) || b->denial;
	int aged = age_beside_name(a, b);
	/* negated by a negative verb only ("were cancelled", "ont été annulés"), not by "not": the
	 * verb is the shared predicate of a share (below), a stance of neither side */
	int verb_neg = (!a->negated || a->neg_verb_only) && (!b->negated || b->neg_verb_only) &&
	               !a->denial && !b->denial;
	/* a claim frame's figure said before a negation of a later clause ("Page was married three
	 * times but had no children"): the figure is asserted, the negation is about another
	 * predicate */
	int late_neg = 0;
	if (polar && !aged && !verb_neg && !a->question && !b->question && frame_clash(a, b, &fc) &&
	    fc.claim && negated_after(a, fc.qa) && negated_after(b, fc.qb))
		late_neg = 1;
	if (a->question || b->question || (polar && !aged && !verb_neg && !late_neg))
		return WHY("frame:polar"), 0;
	if (a->rumour || b->rumour) return WHY("frame:rumour"), 0; /* see structurally_ok */
	/* both assert, and neither is background against the event's own claims; the age beside a
	 * name is the writer's own assertion, whatever the clause's predicate ("Holt, 44, declined
	 * to comment") */
	if (!opposable(a, b)) {
		if (!aged || a->background != b->background) return WHY("frame:not-opposable"), 0;
		polar = 1; /* only the age may clash (below) */
	}
	if (!frame_clash(a, b, &fc) && !generic_clash(a, b, &fc)) {
		if (trace_f) trace_frames(a, b);
		return 0;
	}
	if (parts_apart(fc.qa, fc.qb, sim)) return WHY("frame:part"), 0;
	/* a negated or denying side clashes only by an age beside a name, or, when both sides
	 * negate by their verb, by a share of what the verb says */
	if (polar && !late_neg && !(aged && fc.qa->qcls == SC_QC_AGE && fc.strong) &&
	    !(verb_neg && fc.qa->kind == SC_Q_PERCENT))
		return WHY("frame:polar"), 0;
	/* the negated side's figure must be its count of none */
	if ((za && !fc.qa->zero) || (zb && !fc.qb->zero)) return WHY("frame:negated"), 0;
	/* a count class is strong evidence of one thing: two subjects anywhere ("the Indian Navy
	 * captured 23 pirates" / "the British Royal Navy had captured eight pirates") make two
	 * counts; a counted noun (a lead) needs them at the figures */
	/* (an age beside the same name is that person's: "Gerald Finch, 58" / "Finch, 56" name no
	 * two subjects) */
	int named_age = fc.strong && fc.qa->qcls == SC_QC_AGE;
	/* a claim frame is identified by its predicate: whose it is shows at the figures, not in a
	 * place named elsewhere in the sentence ("hospitalized in Los Angeles for four weeks") */
	if (!named_age && (fc.strong && !fc.claim ? contrastive(a, b)
	                                          : contrastive_at(a, fc.qa, b, fc.qb)))
		return WHY("frame:contrastive"), 0;
	/* two named subjects (subjects_apart): the figures are theirs, whatever the frame */
	if (!named_age && subjects_apart(a, b)) return WHY("frame:subjects"), 0;
	if (fc.claim && !shares_beyond_claim(a, b, fc.qa, fc.qb)) return WHY("frame:claim-alone"), 0;
	/* "searched the lake for six hours on Sunday" / "two hours on Monday": two occasions */
	if (fc.claim && !fc.qa->term && fc.qa->occasion && fc.qb->occasion && fc.qa->occasion != fc.qb->occasion)
		return WHY("frame:claim-occasions"), 0;
	if (other_times(a, b)) return WHY("frame:other-times"), 0;
	if (earlier_year(a, pa) || earlier_year(b, pb)) return WHY("frame:earlier-year"), 0;
	memset(v, 0, sizeof *v);
	int later = 0; /* +1: b's article is later, -1: a's */
	if (pa && pb && strlen(pa) >= 10 && strlen(pb) >= 10 && memcmp(pa, pb, 10))
		later = memcmp(pa, pb, 10) < 0 ? 1 : -1;
	/* a person's age in articles of different months: a birthday may lie between; without
	 * both dates, a lead */
	if (fc.qa->qcls == SC_QC_AGE && later && memcmp(pa, pb, 7)) return WHY("frame:age-months"), 0;
	int undated_age = fc.qa->qcls == SC_QC_AGE && (!pa || !pb || strlen(pa) < 7 || strlen(pb) < 7);
	/* An update needs its cue. A later article's larger count of a cumulative thing was
	 * tried as an update too: on the held-out topics it turned a real conflict into an
	 * update (held precision 9/158 -> 8/157), so publication dates decide nothing here. */
	v->kind = fc.update ? SC_CONFLICT_UPDATE : SC_CONFLICT_NUMBER;
	double f = (sim - SIM_MIN_ANCHORED) / (SIM_FULL - SIM_MIN_ANCHORED);
	f = f < 0 ? 0 : f > 1 ? 1 : f;
	v->score = (fc.strong ? FRAME_BASE : GENERIC_BASE) + FRAME_SPAN * f;
	/* see generic_same_thing; one document against the event's figure: lone_outlier */
	v->lead = !fc.strong && !fc.outlier;
	if (fc.claim && !fc.qa->term) {
		/* a claim frame is identified by its predicate only, less surely than a count class
		 * or a named person's age: scored below the 0.8 bar many CI users set. Sides whose
		 * subjects differ or are indefinite ("One firefighter was hospitalized for two weeks"
		 * / "Another firefighter ... three weeks"; "The boy" / "His father") make a lead,
		 * unless they name the same day. Requiring the same subject on both sides instead was
		 * measured and dropped: real news held precision 8/20 -> 5/17 (doc/compare-frames.md,
		 * review fixes), most subjects there are pronouns or unparsed. A count of times
		 * is a lead whatever it shares: "scored twice in the first half" / "three times in the
		 * match" counts in two parts of one occasion, and this session's measured gains came
		 * from durations (doc/compare-frames.md, review fixes) */
		int other = (fc.qa->csubj && fc.qb->csubj && fc.qa->csubj != fc.qb->csubj) ||
		            fc.qa->csubj_indef || fc.qb->csubj_indef;
		int same_day = fc.qa->occasion && fc.qa->occasion == fc.qb->occasion;
		v->score = CLAIM_BASE + CLAIM_SPAN * f;
		v->lead = (other && !same_day) || fc.qa->qcls == SC_QC_TIMES;
		v->claim = 1;
	}
	v->zero = fc.qa->zero || fc.qb->zero || polar;
	if (undated_age) v->score *= WEAK_NUMBER;
	if (a->hedged || b->hedged) v->score *= 0.95;
	char x[64], y[64], cue[160];
	fmt_quant(x, sizeof x, fc.qa, a->text);
	fmt_quant(y, sizeof y, fc.qb, b->text);
	for (char *p = x; *p; p++)
		if (*p == ',') *p = ' '; /* cues are comma-separated */
	for (char *p = y; *p; p++)
		if (*p == ',') *p = ' ';
	snprintf(cue, sizeof cue, "%s <> %s", x, y);
	vcue(v, fc.qa->term                   ? "prison-term"
	        : fc.qa->kind == SC_Q_DURATION ? "duration"
	        : fc.qa->kind == SC_Q_PERCENT ? "share"
	        : fc.strong                   ? sc_cmp_qclass_name(fc.qa->qcls)
	        : fc.qa->qcls == SC_QC_AGE    ? "age-described"
	                                      : "counted-noun");
	vcue(v, cue);
	return 1;
}

static int judge(sc_cmp_t *c, const sc_stmt_t *a, const sc_stmt_t *b, double sim, const char *pa,
                 const char *pb, verdict_t *v)
{
	sc_judgement_t jd;
	verdict_t fv;
	if (a->question || b->question) return WHY("question"), 0; /* a question asserts nothing */
	if (dateline(a) || dateline(b)) return WHY("dateline"), 0;
	int fr = frame_verdict(a, b, sim, pa, pb, &fv);
	char fwhy[sizeof trace_why] = "";
	if (trace_f && !fr) memcpy(fwhy, trace_why, sizeof fwhy);
	int rc = sc_cmp_judge(c, a, b, &jd);
	if (rc == SC_ENOMODEL) { /* no fitted model */
		if (fr) {
			*v = fv;
			return 1;
		}
		return rule_judge(c, a, b, sim, v);
	}
	if (rc) return rc;
	int ok = jd.contradiction && structurally_ok(a, b, jd.kind, sim);
	if (ok && jd.kind == SC_CONFLICT_NUMBER && term_mismatch(a, b)) {
		WHY("structural:term-vs-other");
		ok = 0;
	}
	if (ok && jd.kind == SC_CONFLICT_NUMBER && running_total(a, b)) {
		WHY("structural:running-total");
		ok = 0;
	}
	if (fr && (!ok || jd.kind == SC_CONFLICT_NUMBER || fv.zero)) {
		/* the frames say what clashed, and whether it is an update */
		if (ok && fv.kind == SC_CONFLICT_NUMBER && !fv.claim && fv.score >= FRAME_BASE &&
		    jd.score > fv.score)
			fv.score = jd.score;
		*v = fv;
		return 1;
	}
	if (!ok) {
		if (trace_f && !jd.contradiction) WHY("judge:compatible %.3f; %s", jd.score, fwhy);
		else WHY("judge:%s %.3f %s; %s", sc_cmp_kind_name(jd.kind), jd.score, trace_why, fwhy);
		return 0;
	}
	memset(v, 0, sizeof *v);
	v->kind = jd.kind;
	v->score = jd.score < 0 ? 0 : jd.score > 1 ? 1 : jd.score;
	/* a number clash that no count frame backs: plain numbers of a vague counted thing
	 * ("189 yards" / "793 yards" of two players), clock times, percentages of no shared
	 * share (unshared_percent), or some count of the same thing agrees: a lead, below the
	 * default bar. Money and durations keep the judge's score (weakening durations too lost
	 * every held-out number conflict). */
	const sc_quant_t *qa, *qb;
	if (jd.kind == SC_CONFLICT_NUMBER &&
	    (frame_agrees(a, b) || earlier_year(a, pa) || earlier_year(b, pb) ||
	     !quant_clash(a, b, &qa, &qb) || qa->kind == SC_Q_NUMBER || qa->kind == SC_Q_CLOCK ||
	     unshared_percent(qa, qb)))
		v->score *= WEAK_NUMBER;
	const char *why = NULL;
	v->lead = weak_negation(a, b, jd.kind) ||
	          ((jd.kind == SC_CONFLICT_DENIAL || jd.kind == SC_CONFLICT_NEGATION) &&
	           polar_verdict(a, b, &why) == POLAR_LEAD);
	/* A plain negation ("has not formally overturned it" / "Obama overturns the rule") is a
	 * lead even when it passes every check above: on labelled real news such conflicts were
	 * false alarms 11 times in 12 (doc/compare-claims.md), and an editor reads the default list
	 * for what is worth an alarm. Denials, whose speaker contradicts a claim in words, stay. */
	if (jd.kind == SC_CONFLICT_NEGATION && !v->lead && !c->negation_conflicts) {
		v->lead = 1;
		why = "lead:negation";
	}
	snprintf(v->cues, sizeof v->cues, "%s", jd.cues);
	if (why) vcue(v, why); /* why the candidate is a lead, for whoever reads the leads */
	return 1;
}

/* The relative day that gave x its event day (mark_event_day), or NULL. */
static const sc_quant_t *event_day_of(const item_t *x)
{
	return x->has_rday && x->eday >= 0 ? &x->rday : NULL;
}

/* *out: x's statement with its event day among its quantities again (q, room for st.nq + 1),
 * for the judge's model: a shallow copy, nothing of it to free. */
static void with_event_day(const item_t *x, sc_quant_t *q, sc_stmt_t *out)
{
	*out = x->st;
	if (x->st.nq) memcpy(q, x->st.q, x->st.nq * sizeof *q);
	q[x->st.nq] = x->rday;
	out->q = q;
	out->nq = x->st.nq + 1;
}

/* The two event days date one happening: their clauses (a relative day's context is its
 * clause, its words neither names nor antonym classes: quantity.c date_context) share a
 * word ("on Friday ... *foiled* a five-boat pirate attack" / "on Thursday *foiled* a piracy
 * attempt"). Not two happenings of one story told on their days: "a fire tore through the
 * factory on Tuesday night" / "gathered at the church on Thursday evening to remember the
 * workers" share only the place's name; "died while climbing ... on Saturday" / "a climber
 * who fell on Friday morning", opposite predicates (two deaths of one weekend); "gathered ...
 * on Friday evening *to thank* the lifeboat crew", words named in an infinitive complement,
 * not asserted (sc_stmt_t.inf_terms). */
static int event_day_shared(const item_t *x, const item_t *y)
{
	const sc_quant_t *qx = event_day_of(x), *qy = event_day_of(y);
	if (!qx || !qy) return 0;
	for (int i = 0; i < qx->nctx; i++)
		for (int j = 0; j < qy->nctx; j++)
			if (qx->ctx[i] == qy->ctx[j] &&
			    !has_code(x->st.inf_terms, x->st.ninf_terms, qx->ctx[i]) &&
			    !has_code(y->st.inf_terms, y->st.ninf_terms, qx->ctx[i]))
				return 1;
	return 0;
}

/* The verdict on a pair only its event days bring (judge_pair): two reports that date the
 * event's own occurrence on two days (mark_event_day), both asserted in the event's time (no
 * negation, rumour, background, question), and the judge's model calling it a date conflict.
 * The shared-term gate's cosine does not hold: the two leads tell one event in their own words
 * ("on Friday capturing 26 Somali brigands" / "on Thursday foiled a piracy attempt"). */
static int event_day_verdict(sc_cmp_t *c, const item_t *x, const item_t *y, verdict_t *v)
{
	const sc_stmt_t *a = &x->st, *b = &y->st;
	sc_judgement_t jd;
	if (x->eday < 0 || y->eday < 0 || x->eday == y->eday) return WHY("event-day:same-day"), 0;
	if (a->question || b->question || dateline(a) || dateline(b))
		return WHY("event-day:no-claim"), 0;
	if (a->negated || a->denial || b->negated || b->denial || a->rumour || b->rumour ||
	    a->background || b->background || !opposable(a, b))
		return WHY("event-day:not-asserted"), 0;
	if (!event_day_shared(x, y)) return WHY("event-day:other-predicate"), 0;
	sc_quant_t *qa = malloc((a->nq + 1) * sizeof *qa), *qb = malloc((b->nq + 1) * sizeof *qb);
	if (!qa || !qb) {
		free(qa);
		free(qb);
		return SC_ENOMEM;
	}
	sc_stmt_t da, db;
	with_event_day(x, qa, &da);
	with_event_day(y, qb, &db);
	int rc = sc_cmp_judge(c, &da, &db, &jd);
	free(qa);
	free(qb);
	if (rc == SC_ENOMODEL) return WHY("event-day:no-model"), 0;
	if (rc) return rc;
	if (!jd.contradiction || jd.kind != SC_CONFLICT_DATE)
		return WHY("event-day:judge-%s %.3f",
		           jd.contradiction ? sc_cmp_kind_name(jd.kind) : "compatible", jd.score),
		       0;
	memset(v, 0, sizeof *v);
	v->kind = SC_CONFLICT_DATE;
	v->score = jd.score < 0 ? 0 : jd.score > 1 ? 1 : jd.score;
	snprintf(v->cues, sizeof v->cues, "%s", jd.cues);
	vcue(v, "event-day");
	return 1;
}

/* ------------------------------------------------------------ evidence */
static int strcmp_p(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

static char *span_lower(const char *text, uint64_t at)
{
	size_t s = (size_t)(at >> 32), e = (size_t)(at & 0xffffffffu);
	if (e <= s) return NULL;
	char *p = malloc(e - s + 1);
	if (!p) return NULL;
	for (size_t i = s; i < e; i++) {
		unsigned char ch = (unsigned char)text[i];
		p[i - s] = ch < 0x80 && ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : (char)ch;
	}
	p[e - s] = 0;
	return p;
}

/* The shared terms and entities as words (from whichever side has them in its own text). */
static int shared_words(const sc_stmt_t *a, const sc_stmt_t *b, char ***out, size_t *nout)
{
	char **w = NULL;
	size_t n = 0, m = 0;
	for (int pass = 0; pass < 2; pass++) {
		const uint64_t *va = pass ? a->ents : a->terms, *vb = pass ? b->ents : b->terms;
		const uint64_t *ta = pass ? a->ent_at : a->term_at, *tb = pass ? b->ent_at : b->term_at;
		size_t na = pass ? a->nents : a->nterms, nb = pass ? b->nents : b->nterms;
		for (size_t i = 0; i < na; i++) {
			size_t j = find_u64(vb, nb, va[i]);
			if (j == (size_t)-1) continue;
			char *s = ta[i] ? span_lower(a->text, ta[i]) : tb[j] ? span_lower(b->text, tb[j]) : NULL;
			if (!s) continue;
			if (n == m) {
				m = m ? m * 2 : 8;
				char **p = realloc(w, m * sizeof *p);
				if (!p) {
					free(s);
					goto oom;
				}
				w = p;
			}
			w[n++] = s;
		}
	}
	if (n) qsort(w, n, sizeof *w, strcmp_p);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (k && !strcmp(w[k - 1], w[i])) {
			free(w[i]);
			continue;
		}
		if (k >= MAX_EVIDENCE) {
			free(w[i]);
			continue;
		}
		w[k++] = w[i];
	}
	*out = w;
	*nout = k;
	return SC_OK;
oom:
	for (size_t i = 0; i < n; i++) free(w[i]);
	free(w);
	return SC_ENOMEM;
}

static int split_cues(const char *s, char ***out, size_t *nout)
{
	char **v = NULL;
	size_t n = 0, m = 0;
	while (*s) {
		const char *e = strchr(s, ',');
		size_t k = e ? (size_t)(e - s) : strlen(s);
		if (k) {
			int dup = 0;
			for (size_t i = 0; i < n; i++)
				if (strlen(v[i]) == k && !memcmp(v[i], s, k)) dup = 1;
			if (!dup) {
				if (n == m) {
					m = m ? m * 2 : 8;
					char **p = realloc(v, m * sizeof *p);
					if (!p) goto oom;
					v = p;
				}
				if (!(v[n] = malloc(k + 1))) goto oom;
				memcpy(v[n], s, k);
				v[n++][k] = 0;
			}
		}
		s = e ? e + 1 : s + k;
	}
	*out = v;
	*nout = n;
	return SC_OK;
oom:
	for (size_t i = 0; i < n; i++) free(v[i]);
	free(v);
	return SC_ENOMEM;
}

static int fill_claim(sc_claim_t *cl, const item_t *x, const sc_det_doc_t *docs)
{
	cl->doc = x->doc;
	cl->start = x->start;
	cl->end = x->end;
	cl->text = malloc(x->end - x->start + 1);
	if (!cl->text) return SC_ENOMEM;
	memcpy(cl->text, docs[x->doc].doc.text + x->start, x->end - x->start);
	cl->text[x->end - x->start] = 0;
	cl->source = x->st.source ? strdup(x->st.source) : NULL;
	if (x->st.source && !cl->source) return SC_ENOMEM;
	return SC_OK;
}

static int emit(const sc_det_doc_t *docs, const item_t *x, const item_t *y, uint32_t cluster,
                const verdict_t *v, sc_conflict_t **out, size_t *nout)
{
	/* a before b by document, then offset: deterministic */
	if (y->doc < x->doc || (y->doc == x->doc && y->start < x->start)) {
		const item_t *t = x;
		x = y;
		y = t;
	}
	sc_conflict_t *p = realloc(*out, (*nout + 1) * sizeof *p);
	if (!p) return SC_ENOMEM;
	*out = p;
	sc_conflict_t *k = &p[*nout];
	memset(k, 0, sizeof *k);
	k->cluster = cluster;
	k->kind = v->kind;
	k->score = v->score;
	k->lead = v->lead;
	int rc;
	if ((rc = fill_claim(&k->a, x, docs)) || (rc = fill_claim(&k->b, y, docs)) ||
	    (rc = split_cues(v->cues, &k->cues, &k->ncues)) ||
	    (rc = shared_words(&x->st, &y->st, &k->shared, &k->nshared))) {
		sc_cmp_conflict_free(k);
		return rc;
	}
	(*nout)++;
	return SC_OK;
}

static int same_source(const item_t *x, const item_t *y)
{
	if (!x->st.source || !y->st.source) return !x->st.source && !y->st.source;
	return !strcmp(x->st.source, y->st.source);
}

typedef struct cand_s {
	uint32_t a, b; /* items, a < b */
	verdict_t v;
	int kept;
} cand_t;

static int candcmp(const void *x, const void *y)
{
	const cand_t *p = x, *q = y;
	/* conflicts first: a lead must not hide, as a repeat, a conflict of the same voices */
	if (p->v.lead != q->v.lead) return p->v.lead ? 1 : -1;
	if (p->v.score != q->v.score) return p->v.score > q->v.score ? -1 : 1;
	if (p->a != q->a) return p->a < q->a ? -1 : 1;
	return p->b < q->b ? -1 : p->b > q->b;
}

/* Same document and same source (or both in the writer's voice). */
static int same_voice(const item_t *x, const item_t *y) { return x->doc == y->doc && same_source(x, y); }

/* Compares the statements of it: pairs within side 0 (over_time 0) or across sides 0/1. */
/* A capitalised first word that is a name elsewhere in the cluster ("Moscou demande ..."
 * beside "... avec Moscou") becomes an entity of its statement instead of a term. A clause's
 * subject read as a name (statement.c find_subject) stays one only when it is apposed ("Ruiz,
 * 46, was") or the cluster writes the word as the last of a full name somewhere ("Maria
 * Lindqvist"): a capital at the start of a sentence says nothing ("Negotiations took place",
 * "Indian commandos recovered"). */
static int promote_leads(items_t *it)
{
	size_t tot = 0, k = 0;
	if (!it->n) return SC_OK;
	for (size_t i = 0; i < it->n; i++) tot += it->v[i].st.nents + it->v[i].st.nfull_names;
	uint64_t *names = malloc(tot * sizeof *names);
	if (!names) return SC_ENOMEM;
	for (size_t i = 0; i < it->n; i++)
		for (size_t j = 0; j < it->v[i].st.nents; j++) names[k++] = it->v[i].st.ents[j];
	qsort(names, k, sizeof *names, sc_cmp_u64);
	uint64_t *fnames = names + k; /* the full names' last words, after the entities */
	size_t nf = 0;
	for (size_t i = 0; i < it->n; i++)
		for (int j = 0; j < it->v[i].st.nfull_names; j++) fnames[nf++] = it->v[i].st.full_names[j];
	qsort(fnames, nf, sizeof *fnames, sc_cmp_u64);
	int rc = SC_OK;
	for (size_t i = 0; i < it->n; i++) {
		uint64_t h = it->v[i].st.subj_name;
		if (!it->v[i].st.subj_apposed && !has_code(fnames, nf, h)) it->v[i].st.subj_name = 0;
	}
	for (size_t i = 0; i < it->n && !rc; i++) {
		sc_stmt_t *st = &it->v[i].st;
		if (!st->lead_ent || !has_code(names, k, st->lead_ent)) continue;
		size_t t = find_u64(st->terms, st->nterms, st->lead_term);
		uint64_t at = t != (size_t)-1 ? st->term_at[t] : 0;
		if (t != (size_t)-1) { /* out of the terms */
			memmove(st->terms + t, st->terms + t + 1, (st->nterms - t - 1) * sizeof *st->terms);
			memmove(st->term_at + t, st->term_at + t + 1, (st->nterms - t - 1) * sizeof *st->term_at);
			st->nterms--;
		}
		if (find_u64(st->ents, st->nents, st->lead_ent) != (size_t)-1) continue;
		uint64_t one = st->lead_ent;
		rc = merge_terms(&st->ents, &st->ent_at, &st->nents, &one, 1);
		size_t e = find_u64(st->ents, st->nents, one);
		if (!rc && e != (size_t)-1) st->ent_at[e] = at;
	}
	free(names);
	return rc;
}

/* A number with a counted head that a generic frame may use (generic_same_thing, before the
 * consensus). */
static int generic_candidate(const sc_quant_t *q)
{
	return q->kind == SC_Q_NUMBER && !q->qcls && q->noun && !q->partial && !q->aside && !q->group &&
	       !q->cumul && !q->measure;
}

typedef struct hv_s {
	uint64_t noun;
	double value;
	uint32_t item;
} hv_t;

static int hvcmp(const void *x, const void *y)
{
	const hv_t *a = x, *b = y;
	if (a->noun != b->noun) return a->noun < b->noun ? -1 : 1;
	if (a->value != b->value) return a->value < b->value ? -1 : 1;
	return a->item < b->item ? -1 : a->item > b->item;
}

/* The numbers v[0..n) of one head, sorted by value then item, hold two values: one given by a
 * single document, the other by OUTLIER_DOCS documents or more ("three boats" in one report,
 * "two boats" in eight; "12 AK-47 guns" in one, "seven AK-47s" in seven). Items are added
 * document by document, so a document's items are consecutive. */
static int lone_outlier(const items_t *it, const hv_t *v, size_t n)
{
	size_t docs[2] = {0, 0};
	uint32_t one[2] = {0, 0}; /* a document of each value */
	int val = 0;
	uint32_t last = UINT32_MAX;
	for (size_t k = 0; k < n; k++) {
		if (k && v[k].value != v[k - 1].value) {
			val = 1;
			last = UINT32_MAX;
		}
		uint32_t d = it->v[v[k].item].doc;
		if (d != last) docs[val]++, one[val] = d;
		last = d;
	}
	int minor = docs[0] < docs[1] ? 0 : 1;
	if (docs[minor] != 1 || docs[!minor] < OUTLIER_DOCS) return 0;
	/* a document that gives both figures tells two things apart ("five boats approached ...
	 * three were intercepted"): no outlier */
	double mv = minor == 0 ? v[0].value : v[n - 1].value; /* sorted by value */
	for (size_t k = 0; k < n; k++)
		if (it->v[v[k].item].doc == one[minor] && v[k].value != mv) return 0;
	return 1;
}

/* A count of people of a class the document may give as its total: a plain figure of a count
 * class (killed ... evacuated; not a crowd, whose size two sources give apart in one article
 * as a matter of course, "police put it at 5,000, organisers at 20,000"; not a magnitude, an
 * age or a count of times), neither a part already ("three of them"), an update nor a count
 * of none, in a statement that asserts it of the event (not negated, denied, hedged, a
 * question, a rumour or background). */
static int total_candidate(const sc_stmt_t *st, const sc_quant_t *q)
{
	return q->kind == SC_Q_NUMBER && q->qcls >= SC_QC_KILLED && q->qcls <= SC_QC_EVACUATED &&
	       !q->partial && !q->update && !q->zero && !q->aside && !st->negated && !st->denial &&
	       !st->question && !st->rumour && !st->background && !st->nonassertive && !st->hedged;
}

/* Two counts of one class count the same people as far as their nouns say: the same
 * counted thing (sc_quant_what_same) and no two heads ("Three soldiers" / "20 militants" are
 * two sets of the dead, neither a part of the other). */
static int same_counted(const sc_quant_t *x, const sc_quant_t *y)
{
	if (x->head && y->head && x->head != y->head) return 0;
	return !x->what || !y->what || sc_quant_what_same(x, y);
}

/* Marks q->docpart on the counts of a class whose own document gives a larger count of that
 * class in another claim: "One person died when a house collapsed in Palu" in an article that
 * also says "At least 12 people were killed" counts a part of the dead, not all of them, and
 * set against another article's "Eight people were killed" it is no conflict (issue 11's
 * partial counts; a writer does not contradict the total a paragraph earlier). The larger
 * figure must itself be a total candidate, so a later figure ("rose to 15") makes no part of
 * the first. Two named sources' figures disagree, neither contains the other ("12 dead,
 * officials said" / "20 dead, the Red Cross said"): the two must have one source, or one of
 * them be the article's own voice. That also marks an article's own "Eight people were
 * killed" beside "An opposition group said 40 were killed": parts_apart still sets it against
 * another article's like sentence ("Fifteen people were killed in the strike"). Nor is a count
 * of other people (same_counted), nor one beside a hedged figure ("30 would be killed if
 * ..."), a part. Items are added document by document: a document's items are consecutive. */
static void mark_doc_parts(items_t *it)
{
	for (size_t b = 0, e; b < it->n; b = e) {
		for (e = b + 1; e < it->n && it->v[e].doc == it->v[b].doc; e++)
			;
		for (size_t i = b; i < e; i++) {
			sc_stmt_t *st = &it->v[i].st;
			for (size_t k = 0; k < st->nq; k++) {
				sc_quant_t *q = &st->q[k];
				if (!total_candidate(st, q)) continue;
				for (size_t j = b; j < e && !q->docpart; j++) {
					const sc_stmt_t *o = &it->v[j].st;
					for (size_t l = 0; l < o->nq && !q->docpart; l++)
						if ((j != i || l != k) && o->q[l].qcls == q->qcls &&
						    total_candidate(o, &o->q[l]) &&
						    o->q[l].lo >= q->hi &&
						    same_counted(q, &o->q[l]) &&
						    (!st->source || !o->source ||
						     !strcmp(st->source, o->source)))
							q->docpart = 1;
				}
			}
		}
	}
}

/* Sets q->consensus on the generic candidates whose head the cluster counts with a consensus
 * (see generic_same_thing), and returns in *out the (head, item) list of those numbers, sorted
 * by head then item, for the pairing. One statement counts once per head and value. */
static int mark_consensus(items_t *it, hv_t **out, size_t *nout)
{
	*out = NULL;
	*nout = 0;
	hv_t *v = NULL;
	size_t n = 0, m = 0;
	for (size_t i = 0; i < it->n; i++) {
		const sc_stmt_t *st = &it->v[i].st;
		for (size_t k = 0; k < st->nq; k++) {
			if (!generic_candidate(&st->q[k])) continue;
			if (SC_GROW(v, m, n + 1)) {
				free(v);
				return SC_ENOMEM;
			}
			v[n++] = (hv_t){st->q[k].noun, st->q[k].value, (uint32_t)i};
		}
	}
	if (n) qsort(v, n, sizeof *v, hvcmp);
	size_t kept = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i, stmts = 0, vals = 0, best = 0;
		while (j < n && v[j].noun == v[i].noun) {
			size_t e = j, cnt = 0;
			while (e < n && v[e].noun == v[j].noun && v[e].value == v[j].value) {
				cnt += e == j || v[e].item != v[e - 1].item;
				e++;
			}
			vals++;
			stmts += cnt;
			if (cnt > best) best = cnt;
			j = e;
		}
		int stable = stmts >= CONS_MIN && vals <= CONS_VALUES && best * 2 >= stmts && vals > 1;
		int outlier = stable && vals == 2 && lone_outlier(it, v + i, j - i);
		for (size_t k = i; k < j; k++) {
			if (!stable) continue;
			sc_stmt_t *st = &it->v[v[k].item].st;
			for (size_t q = 0; q < st->nq; q++)
				if (st->q[q].noun == v[k].noun && st->q[q].value == v[k].value &&
				    generic_candidate(&st->q[q]))
					st->q[q].consensus = outlier ? 2 : 1;
			v[kept++] = v[k];
		}
		i = j;
	}
	/* for the pairing: by head, then item, one entry per (head, item) */
	for (size_t k = 0; k < kept; k++) v[k].value = 0;
	if (kept) qsort(v, kept, sizeof *v, hvcmp);
	size_t u = 0;
	for (size_t k = 0; k < kept; k++)
		if (!u || v[u - 1].noun != v[k].noun || v[u - 1].item != v[k].item) v[u++] = v[k];
	*out = v;
	*nout = u;
	return SC_OK;
}

/* Whether q is a claim frame's quantity (claim_same_thing): a duration that is no prison term,
 * or a count of times, with predicate words. */
static int claim_candidate(const sc_quant_t *q)
{
	return q->nclaim && !q->aside && !q->partial &&
	       ((q->kind == SC_Q_DURATION && !q->term) ||
	        (q->kind == SC_Q_NUMBER && q->qcls == SC_QC_TIMES));
}

/* The pairing from claims: (predicate word salted by kind, item) of every claim frame, sorted,
 * one entry per (key, item). Two statements that say how long one thing lasted, or how many
 * times it happened, meet whatever else they share (claim_same_thing decides). */
static int claim_index(const items_t *it, hv_t **out, size_t *nout)
{
	hv_t *v = NULL;
	size_t n = 0, m = 0;
	*out = NULL;
	*nout = 0;
	for (size_t i = 0; i < it->n; i++) {
		const sc_stmt_t *st = &it->v[i].st;
		for (size_t k = 0; k < st->nq; k++) {
			const sc_quant_t *q = &st->q[k];
			if (!claim_candidate(q)) continue;
			for (int j = 0; j < q->nclaim; j++) {
				if (SC_GROW(v, m, n + 1)) {
					free(v);
					return SC_ENOMEM;
				}
				v[n++] = (hv_t){q->claim[j] ^ (uint64_t)q->kind, 0, (uint32_t)i};
			}
		}
	}
	if (n) qsort(v, n, sizeof *v, hvcmp);
	size_t u = 0;
	for (size_t k = 0; k < n; k++)
		if (!u || v[u - 1].noun != v[k].noun || v[u - 1].item != v[k].item) v[u++] = v[k];
	*out = v;
	*nout = u;
	return SC_OK;
}

/* The pairing from a frame index: the items of a posting (ys, or the items of hv when ys is
 * NULL) after item i are offered to i as brought by a frame (frm), each added once to the
 * touched list (touched[0..nt), returned grown) unless a shared term has touched it already
 * (cnt). */
static size_t offer(const uint32_t *ys, const hv_t *hv, size_t n, uint32_t i, const uint32_t *cnt,
                    uint8_t *frm, uint32_t *touched, size_t nt)
{
	for (size_t p = 0; p < n; p++) {
		uint32_t y = ys ? ys[p] : hv[p].item;
		if (y <= i) continue;
		if (!cnt[y] && !frm[y]) touched[nt++] = y;
		frm[y] = 1;
	}
	return nt;
}

/* offer() for the entries of key in a sorted (key, item) index; a key shared by more than
 * MAX_FRAME_POSTING items is skipped (the work grows with the pairs that count one thing). */
static size_t offer_key(const hv_t *v, size_t nv, uint64_t key, uint32_t i, const uint32_t *cnt,
                        uint8_t *frm, uint32_t *touched, size_t nt)
{
	size_t lo;
	SC_LOWER_BOUND(lo, nv, mid, v[mid].noun < key);
	size_t e = lo;
	while (e < nv && v[e].noun == key) e++;
	if (e - lo > MAX_FRAME_POSTING) return nt;
	return offer(NULL, v + lo, e - lo, i, cnt, frm, touched, nt);
}

/* Trace only: a pair's stage (see "recall trace" at the top). */
__attribute__((format(printf, 6, 7))) static void trace_pair(const sc_det_doc_t *docs, uint32_t cluster,
                                                             const item_t *x, const item_t *y,
                                                             const char *stage, const char *fmt, ...)
{
	char detail[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(detail, sizeof detail, fmt, ap);
	va_end(ap);
	trace("%s\t%u\t%s\t%zu\t%zu\t%s\t%zu\t%zu\t%s\n", stage, cluster, docs[x->doc].doc.id, x->start,
	      x->end, docs[y->doc].doc.id, y->start, y->end, detail);
}

/* The pairing state of one cluster's items (compare_items): the shared-term postings, the
 * per-candidate accumulators of the item being paired, the frame indexes, and the candidates
 * found so far. */
typedef struct pairing_s {
	dfmap_t m;
	uint32_t *post, *fill;
	double *acc;           /* weight of the terms item y shares with the current item */
	uint32_t *cnt, *nterm; /* keys shared, content terms among them */
	uint8_t *rare, *frm;   /* a rare entity shared; brought by a frame index */
	uint32_t *touched;     /* items touched by the current item, in order */
	hv_t *hv, *cv;         /* generic frames with a consensus, claim frames: (key, item) */
	size_t nhv, ncv;
	uint32_t *cls_items[SC_QC_N]; /* the items having a (whole) count of each class */
	size_t cls_n[SC_QC_N];
	cand_t *cand;
	size_t ncand, mcand;
} pairing_t;

static void pairing_free(pairing_t *pg)
{
	free(pg->hv);
	free(pg->cv);
	free(pg->cand);
	free(pg->m.k);
	free(pg->m.df);
	free(pg->m.list);
	free(pg->post);
	free(pg->fill);
	free(pg->acc);
	free(pg->cnt);
	free(pg->nterm);
	free(pg->touched);
	free(pg->rare);
	free(pg->frm);
	for (int qc = 0; qc < SC_QC_N; qc++)
		free(pg->cls_items[qc]);
}

/* Trace only: every statement of the cluster. */
static void trace_items(const sc_det_doc_t *docs, const items_t *it, uint32_t cluster)
{
	for (size_t i = 0; i < it->n; i++) {
		const item_t *x = &it->v[i];
		trace("item\t%u\t%s\t%zu\t%zu\t%s%s%s%s%s\n", cluster, docs[x->doc].doc.id,
		      x->start, x->end, x->headline ? "h" : "", x->st.background ? "b" : "",
		      x->inherited ? "i" : "", x->st.negated || x->st.denial ? "n" : "",
		      x->st.question ? "q" : "");
	}
}

/* The key of item x's j-th term or entity (never 0): entity keys are salted so that an entity
 * and a term never share a slot. */
static uint64_t item_key(const item_t *x, size_t j)
{
	const uint64_t SALT = 0x9E3779B97F4A7C15ull;
	uint64_t h = j < x->st.nterms ? x->st.terms[j] : (x->st.ents[j - x->st.nterms] ^ SALT) | 1;
	return h ? h : 1;
}

/* The count-class index: the items having a (whole) count of each class, in item order. */
static int index_classes(const items_t *it, pairing_t *pg)
{
	for (size_t i = 0; i < it->n; i++) {
		unsigned seen = 0;
		const sc_stmt_t *st = &it->v[i].st;
		for (size_t k = 0; k < st->nq; k++) {
			int qc = st->q[k].qcls;
			if (st->q[k].kind != SC_Q_NUMBER || !qc || st->q[k].partial ||
			    (seen & (1u << qc)))
				continue;
			seen |= 1u << qc;
			size_t n = pg->cls_n[qc];
			if (!(n & (n + 1)) || !pg->cls_items[qc]) { /* grow at powers of two */
				uint32_t *p = realloc(pg->cls_items[qc], (n * 2 + 1) * sizeof *p);
				if (!p) return SC_ENOMEM;
				pg->cls_items[qc] = p;
			}
			pg->cls_items[qc][pg->cls_n[qc]++] = (uint32_t)i;
		}
	}
	return SC_OK;
}

/* The frame indexes (consensus nouns, claims) and the arrays of the pairing. */
static int pairing_init(items_t *it, pairing_t *pg)
{
	size_t N = it->n;
	int rc;
	mark_doc_parts(it);
	if ((rc = mark_consensus(it, &pg->hv, &pg->nhv))) return rc;
	if ((rc = claim_index(it, &pg->cv, &pg->ncv))) return rc;
	size_t tot = 0;
	for (size_t i = 0; i < N; i++)
		tot += it->v[i].st.nterms + it->v[i].st.nents;
	pg->m.cap = 64;
	while (pg->m.cap < tot * 2 + 2)
		pg->m.cap *= 2;
	pg->m.k = calloc(pg->m.cap, sizeof *pg->m.k);
	pg->m.df = calloc(pg->m.cap, sizeof *pg->m.df);
	pg->m.list = calloc(pg->m.cap + 1, sizeof *pg->m.list);
	pg->post = calloc(tot ? tot : 1, sizeof *pg->post);
	pg->fill = calloc(pg->m.cap, sizeof *pg->fill);
	pg->acc = calloc(N, sizeof *pg->acc);
	pg->cnt = calloc(N, sizeof *pg->cnt);
	pg->nterm = calloc(N, sizeof *pg->nterm);
	pg->rare = calloc(N, 1);
	pg->frm = calloc(N, 1);
	pg->touched = calloc(N, sizeof *pg->touched);
	if (!pg->m.k || !pg->m.df || !pg->m.list || !pg->post || !pg->fill || !pg->acc ||
	    !pg->cnt || !pg->nterm || !pg->touched || !pg->rare || !pg->frm)
		return SC_ENOMEM;
	return index_classes(it, pg);
}

/* The shared-term postings (document frequency of every key, items per key) and each item's
 * weight sum. */
static void build_postings(items_t *it, pairing_t *pg)
{
	size_t N = it->n;
	dfmap_t *m = &pg->m;
	for (size_t i = 0; i < N; i++) {
		size_t nk = it->v[i].st.nterms + it->v[i].st.nents;
		for (size_t j = 0; j < nk; j++) {
			uint64_t h = item_key(&it->v[i], j);
			size_t s = df_slot(m, h);
			m->k[s] = h;
			m->df[s]++;
		}
	}
	/* postings: prefix sums over slots */
	uint32_t off = 0;
	for (size_t s = 0; s < m->cap; s++) {
		m->list[s] = off;
		off += m->df[s];
	}
	m->list[m->cap] = off;
	for (size_t i = 0; i < N; i++) {
		size_t nk = it->v[i].st.nterms + it->v[i].st.nents;
		double wsum = 0;
		for (size_t j = 0; j < nk; j++) {
			size_t s = df_slot(m, item_key(&it->v[i], j));
			pg->post[m->list[s] + pg->fill[s]++] = (uint32_t)i;
			double wt = log((N + 1.0) / (m->df[s] + 0.5));
			wsum += j < it->v[i].st.nterms ? wt : wt * ENT_WEIGHT;
		}
		it->v[i].wsum = wsum;
	}
}

/* The later items sharing a term or an entity with item i, their shared weight and counts in
 * the accumulators; returns how many are in pg->touched. */
static size_t touch_by_terms(const items_t *it, pairing_t *pg, size_t i)
{
	size_t N = it->n;
	const item_t *x = &it->v[i];
	const dfmap_t *m = &pg->m;
	size_t nk = x->st.nterms + x->st.nents, nt = 0;
	for (size_t j = 0; j < nk; j++) {
		size_t s = df_slot(m, item_key(x, j));
		if (m->df[s] > MAX_POSTING) continue;
		double wt = log((N + 1.0) / (m->df[s] + 0.5));
		int is_term = j < x->st.nterms;
		if (!is_term) wt *= ENT_WEIGHT;
		for (uint32_t p = m->list[s]; p < m->list[s + 1]; p++) {
			uint32_t y = pg->post[p];
			if (y <= i) continue;
			if (!pg->cnt[y]) pg->touched[nt++] = y;
			pg->acc[y] += wt;
			pg->cnt[y]++;
			pg->nterm[y] += is_term;
			if (!is_term && m->df[s] <= RARE_DF) pg->rare[y] = 1;
		}
	}
	return nt;
}

/* The later items that a frame index brings to item i (flagged in pg->frm), added to the nt
 * touched ones; returns the new count. */
static size_t touch_by_frames(const items_t *it, pairing_t *pg, size_t i, size_t nt)
{
	const item_t *x = &it->v[i];
	uint32_t ii = (uint32_t)i;
	/* two counts of the same thing are compared even when they share no other term ("the
	 * march at roughly 30,000" / "as many as 20,000 took to the streets"): the candidates
	 * come from the count-class index, so the work grows with the pairs that count one
	 * thing, not with all pairs */
	for (int qc = 1; qc < SC_QC_N; qc++) {
		if (pg->cls_n[qc] < 2 || pg->cls_n[qc] > MAX_FRAME_POSTING) continue;
		int mine = 0;
		for (size_t k = 0; k < x->st.nq && !mine; k++)
			mine = x->st.q[k].kind == SC_Q_NUMBER && x->st.q[k].qcls == qc &&
			       !x->st.q[k].partial;
		if (mine)
			nt = offer(pg->cls_items[qc], NULL, pg->cls_n[qc], ii, pg->cnt, pg->frm,
			           pg->touched, nt);
	}
	/* the same for generic frames whose head the event counts with a consensus */
	for (size_t k = 0; k < x->st.nq; k++)
		if (x->st.q[k].consensus)
			nt = offer_key(pg->hv, pg->nhv, x->st.q[k].noun, ii, pg->cnt, pg->frm,
			               pg->touched, nt);
	/* and for claim frames: the same predicate said to last, or to happen, some number */
	for (size_t k = 0; k < x->st.nq; k++) {
		const sc_quant_t *q = &x->st.q[k];
		if (!claim_candidate(q)) continue;
		for (int j = 0; j < q->nclaim; j++)
			nt = offer_key(pg->cv, pg->ncv, q->claim[j] ^ (uint64_t)q->kind, ii,
			               pg->cnt, pg->frm, pg->touched, nt);
	}
	return nt;
}

/* What the shared terms say of a touched pair: their similarity, and whether the pairing gate
 * lets the pair through (the frames may still bring it). */
typedef struct gate_s {
	double sim;
	uint32_t ns, nts;
	int anchored, by_frame, gated;
} gate_t;

/* The pairing gate for items x and y (y's accumulators, cleared here). */
static gate_t gate_pair(pairing_t *pg, const item_t *x, const item_t *y, uint32_t yi)
{
	gate_t g = {0};
	double shared = pg->acc[yi];
	g.ns = pg->cnt[yi];
	g.nts = pg->nterm[yi];
	g.anchored = pg->rare[yi];
	g.by_frame = pg->frm[yi];
	pg->acc[yi] = 0;
	pg->cnt[yi] = pg->nterm[yi] = 0;
	pg->rare[yi] = pg->frm[yi] = 0;
	/* two content terms shared, or one and a rare entity or a count of the same thing */
	if (!g.anchored && g.nts == 1)
		g.anchored = count_anchor(&x->st, &y->st) || share_anchor(&x->st, &y->st);
	double den = sqrt(x->wsum * y->wsum);
	g.sim = den > 0 ? shared / den : 0;
	g.gated = g.nts && !((g.ns < SIM_MIN_SHARED || g.nts < 2) && !g.anchored) &&
	          g.sim >= (g.anchored ? SIM_MIN_ANCHORED : SIM_MIN);
	/* an anaphoric statement carries its antecedent's terms, context included: only close
	 * matches (its antecedent, restatements of it) count */
	if (g.gated && (x->inherited || y->inherited) && g.sim < SIM_MIN_INHERITED && !g.anchored)
		g.gated = 0;
	return g;
}

static int push_cand(pairing_t *pg, const cand_t *cd)
{
	if (SC_GROW(pg->cand, pg->mcand, pg->ncand + 1)) return SC_ENOMEM;
	pg->cand[pg->ncand++] = *cd;
	return SC_OK;
}

/* One cluster's comparison: what compare_items is called with. */
typedef struct cmpctx_s {
	sc_cmp_t *c;
	const sc_det_doc_t *docs;
	items_t *it;
	uint32_t cluster;
	int over_time;
	double min_score;
} cmpctx_t;

/* Trace only: what the judge's model alone (sc_cmp_judge, as pair mode calls it, before the
 * structural conditions and the frames) says of a pair the gate refused, as "KIND/SCORE" or
 * "compatible/SCORE" ("question" for a question, "no-model" without a fitted model). It
 * measures the loss issue 11 names ("pairs the judge accepts in pair mode but detect never
 * offered") on any split, aggregated by bench/recall_stages.py --why; the pair stays refused.
 * A judge that fails here ("error/CODE", its negative code) is reported and the run goes on: the
 * untraced run never judges this pair, so tracing must not stop a run that would succeed (an
 * external judge, sc_cmp_set_judge, may refuse a pair the gate would never have offered it). */
static void gate_model(sc_cmp_t *c, const item_t *x, const item_t *y, char *buf, size_t n)
{
	sc_judgement_t jd;
	if (x->st.question || y->st.question) { /* a question asserts nothing: never judged */
		snprintf(buf, n, "question");
		return;
	}
	int rc = sc_cmp_judge(c, &x->st, &y->st, &jd);
	if (rc == SC_ENOMODEL) snprintf(buf, n, "no-model");
	else if (rc) snprintf(buf, n, "error/%d", rc);
	else
		snprintf(buf, n, "%s/%.3f",
		         jd.contradiction ? sc_cmp_kind_name(jd.kind) : "compatible", jd.score);
}

/* Whether two articles were published within EVENT_DAYS of each other (gate12): the guard on
 * event days. A weekday is read as the last such day before its article's publication, so two
 * articles a week or more apart read "on Thursday" in two weeks; and the clustering joins two
 * happenings of one kind (two storms, two raids) more readily than two reports of one: their
 * articles lie apart in time. Publication days (`published`) as relative days are read from
 * (add_doc); both are known whenever both have an event day. */
static int days_near(const sc_det_doc_t *a, const sc_det_doc_t *b, const items_t *it)
{
	int ya, yb;
	double da, db;
	doc_date(a, it, it->n, &ya, &da); /* from `published` only: no item from it->n on */
	doc_date(b, it, it->n, &yb, &db);
	return da >= 0 && db >= 0 && fabs(da - db) <= EVENT_DAYS;
}

/* Judges items i and yi (a touched pair) and keeps it as a candidate when it clears the bar. */
static int judge_pair(const cmpctx_t *cx, pairing_t *pg, size_t i, uint32_t yi)
{
	const sc_det_doc_t *docs = cx->docs;
	const item_t *x = &cx->it->v[i], *y = &cx->it->v[yi];
	uint32_t cluster = cx->cluster;
	gate_t g = gate_pair(pg, x, y, yi);
	if (cx->over_time ? x->side == y->side : 0) return SC_OK;
	if (x->doc == y->doc && (same_source(x, y) || x->headline || y->headline)) {
		if (trace_f) trace_pair(docs, cluster, x, y, "pair", "voice");
		return SC_OK;
	}
	/* two reports' days of the event (event_day_verdict): past the cosine, with two shared
	 * content terms; only on request (sc_cmp_set_event_days) */
	int by_day = cx->c->event_days && !g.gated && !g.by_frame && x->doc != y->doc &&
	             x->eday >= 0 && y->eday >= 0 && x->eday != y->eday && g.nts >= 2 &&
	             days_near(&docs[x->doc], &docs[y->doc], cx->it);
	if (!g.gated && !g.by_frame && !by_day) {
		if (trace_f) {
			char model[96];
			gate_model(cx->c, x, y, model, sizeof model);
			trace_pair(docs, cluster, x, y, "pair",
			           "gate\tns=%u nts=%u sim=%.3f anchored=%d inherited=%d model=%s",
			           g.ns, g.nts, g.sim, g.anchored, x->inherited || y->inherited,
			           model);
		}
		return SC_OK;
	}
	verdict_t v;
	trace_why[0] = 0;
	const char *pa = docs[x->doc].doc.published, *pb = docs[y->doc].doc.published;
	/* a pair that only its count frames bring together is judged by them alone, one that only
	 * its event days bring by event_day_verdict */
	int jr = g.gated  ? judge(cx->c, &x->st, &y->st, g.sim, pa, pb, &v)
	         : by_day ? event_day_verdict(cx->c, x, y, &v)
	                  : !dateline(&x->st) && !dateline(&y->st) &&
	                        frame_verdict(&x->st, &y->st, g.sim, pa, pb, &v);
	if (jr < 0) return jr;
	if (!jr) {
		if (trace_f)
			trace_pair(docs, cluster, x, y, "pair", "judge\t%s%s",
			           g.gated  ? ""
			           : by_day ? "event-day "
			                    : "frames-only ",
			           trace_why);
		return SC_OK;
	}
	double judged = v.score;
	/* cluster mode: the reported score is the calibrated probability (calib.c) */
	if (!cx->over_time && v.kind != SC_CONFLICT_UPDATE)
		v.score = sc_cmp_calibrate(&(sc_calib_in_t){
		    &x->st, &y->st, g.sim, v.kind, v.score, v.lead, x->doc == y->doc,
		    x->headline || y->headline, docs[x->doc].doc.id, docs[y->doc].doc.id, x->start,
		    x->end, y->start, y->end});
	/* The bar applies to the judge's own score: a change over time that the user asked for is
	 * not dropped for being ranked below every conflict. */
	if (trace_f)
		trace_pair(docs, cluster, x, y, "pair",
		           "%s\t%s judge=%.3f calib=%.3f lead=%d cues=%s",
		           v.score < cx->min_score ? "bar" : "cand", sc_cmp_kind_name(v.kind),
		           judged, v.score, v.lead, v.cues);
	if (v.score < cx->min_score) return SC_OK;
	if (cx->over_time) {
		v.score *= 0.5; /* lowest priority: a change over time, not a conflict */
		char tmp[sizeof v.cues + 32];
		snprintf(tmp, sizeof tmp, "over-time:%s%s%s", sc_cmp_kind_name(v.kind),
		         v.cues[0] ? "," : "", v.cues);
		memcpy(v.cues, tmp, sizeof v.cues - 1);
		v.cues[sizeof v.cues - 1] = 0;
		v.kind = SC_CONFLICT_OVER_TIME;
	}
	return push_cand(pg, &(cand_t){(uint32_t)i, yi, v, 0});
}

/* One conflict per sentence and pair of voices, and per pair of sentence texts (copies in
 * syndicated articles): the best one, the others repeat it. */
static int emit_best(const cmpctx_t *cx, pairing_t *pg, sc_conflict_t **out, size_t *nout)
{
	const items_t *it = cx->it;
	cand_t *cand = pg->cand;
	size_t ncand = pg->ncand;
	if (ncand) qsort(cand, ncand, sizeof *cand, candcmp);
	for (size_t k = 0; k < ncand; k++) {
		const item_t *x = &it->v[cand[k].a], *y = &it->v[cand[k].b];
		int dup = 0;
		for (size_t j = 0; j < k && !dup; j++) {
			if (!cand[j].kept) continue;
			const item_t *p = &it->v[cand[j].a], *q = &it->v[cand[j].b];
			int same_sides = (same_voice(p, x) && same_voice(q, y)) ||
			                 (same_voice(p, y) && same_voice(q, x));
			int shares = cand[j].a == cand[k].a || cand[j].a == cand[k].b ||
			             cand[j].b == cand[k].a || cand[j].b == cand[k].b;
			/* the same two sentences again, copied in other articles */
			int copies = (p->texth == x->texth && q->texth == y->texth) ||
			             (p->texth == y->texth && q->texth == x->texth);
			dup = (same_sides && shares) || copies;
		}
		if (trace_f)
			trace_pair(cx->docs, cx->cluster, x, y, dup ? "dup" : "keep",
			           "%s\t%.3f\t%d", sc_cmp_kind_name(cand[k].v.kind),
			           cand[k].v.score, cand[k].v.lead);
		if (dup) continue;
		cand[k].kept = 1;
		int rc = emit(cx->docs, x, y, cx->cluster, &cand[k].v, out, nout);
		if (rc) return rc;
	}
	return SC_OK;
}

static int compare_items(sc_cmp_t *c, const sc_det_doc_t *docs, items_t *it, uint32_t cluster,
                         int over_time, double min_score, sc_conflict_t **out, size_t *nout)
{
	size_t N = it->n;
	if (trace_f) trace_items(docs, it, cluster);
	if (N < 2) return SC_OK;
	int rc = promote_leads(it);
	if (rc) return rc;
	pairing_t pg = {0};
	const cmpctx_t cx = {c, docs, it, cluster, over_time, min_score};
	if ((rc = pairing_init(it, &pg))) goto done;
	build_postings(it, &pg);
	for (size_t i = 0; i < N; i++) {
		size_t nt = touch_by_frames(it, &pg, i, touch_by_terms(it, &pg, i));
		for (size_t t = 0; t < nt; t++)
			if ((rc = judge_pair(&cx, &pg, i, pg.touched[t]))) goto done;
	}
	rc = emit_best(&cx, &pg, out, nout);
done:
	pairing_free(&pg);
	return rc;
}

/* An undated article of an event whose dated articles all give one year is read in that year:
 * its claims dated by an explicit other year are background ("In December 2008, three men
 * emptied the store" in an undated report of a 2013 heist, against "Four men rammed their car
 * into the store"; fit topics: eight false number leads). Two years among the dated articles
 * (an event tier that merged two events) say nothing: left alone. Only explicit years count
 * (days unknown: a bare month stays as it was). */
static void undated_in_event_year(items_t *it, const size_t *first, const int *year, size_t n)
{
	int ey = 0;
	for (size_t i = 0; i < n; i++) {
		if (!year[i]) continue;
		if (ey && year[i] != ey) return;
		ey = year[i];
	}
	if (!ey) return;
	for (size_t i = 0; i < n; i++)
		if (!year[i]) mark_background_dates(it, first[i], first[i + 1], ey, -1);
}

int sc_cmp_cluster(sc_cmp_t *c, const sc_det_doc_t *docs, const uint32_t *members, size_t n,
                   uint32_t cluster, double min_score, sc_conflict_t **out, size_t *nout)
{
	items_t it = {0};
	sc_sent_t *sents = NULL;
	size_t scap = 0;
	int rc = SC_OK;
	size_t *first = malloc((n + 1) * sizeof *first);
	int *year = malloc((n + 1) * sizeof *year);
	if (!first || !year) {
		rc = SC_ENOMEM;
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		first[i] = it.n;
		if ((rc = add_doc(c, &docs[members[i]], members[i], 0, &it, &sents, &scap, &year[i])))
			goto done;
	}
	first[n] = it.n;
	undated_in_event_year(&it, first, year, n);
	size_t before = *nout;
	rc = compare_items(c, docs, &it, cluster, 0, min_score, out, nout);
	/* attributes of named persons (attr.c): a pass of its own over the same documents */
	if (!rc) rc = sc_cmp_attr_cluster(c, docs, members, n, cluster, min_score, before, out, nout);
done:
	free(first);
	free(year);
	free(sents);
	items_free(&it);
	return rc;
}

int sc_cmp_cluster_over_time(sc_cmp_t *c, const sc_det_doc_t *docs, const uint32_t *ca,
                             size_t na, uint32_t ca_id, const uint32_t *cb, size_t nb,
                             double min_score, sc_conflict_t **out, size_t *nout)
{
	if (!c->over_time) return SC_OK;
	items_t it = {0};
	sc_sent_t *sents = NULL;
	size_t scap = 0;
	int rc = SC_OK;
	for (size_t i = 0; i < na; i++)
		if ((rc = add_doc(c, &docs[ca[i]], ca[i], 0, &it, &sents, &scap, NULL))) goto done;
	for (size_t i = 0; i < nb; i++)
		if ((rc = add_doc(c, &docs[cb[i]], cb[i], 1, &it, &sents, &scap, NULL))) goto done;
	rc = compare_items(c, docs, &it, ca_id, 1, min_score, out, nout);
done:
	free(sents);
	items_free(&it);
	return rc;
}
