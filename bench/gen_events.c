/* gen_events: writes a deterministic synthetic news corpus with events (JSONL) and its exact
 * truth (TSV: each document's event, role, copied document, true date and where the date can
 * be read). The generator is bench/gen/event_gen.c; this file is its command line. Options
 * follow defaults -> parse -> check, and --help prints the live defaults. */
#include "gen/event_gen.h"
#include "gen_cli.h"
#include "sc_num.h"
#include "shingle.h"

#include <errno.h>
#include <getopt.h>
#include <gsl/gsl_errno.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f, const sc_evg_opts_t *d)
{
	fprintf(
	    f,
	    "usage: gen_events [options]\n"
	    "Writes N news-like articles (JSONL: id, text, lang[, published]) about many events\n"
	    "of a few kinds, reported by several outlets, with copies and updates, and the truth\n"
	    "(TSV: id, event, kind, lang, role, copy_of, date, event_date, date_source, outlet).\n"
	    "  -n N                documents (default %zu)\n"
	    "  --seed S            GSL mt19937 seed (default %llu)\n"
	    "  --kinds K           first K kinds, or a list of earthquake,arrest,product,sport,\n"
	    "                      fire,crash (default: all %d)\n"
	    "  -o FILE             corpus output, '-' for stdout (default -)\n"
	    "  --truth FILE        write the truth TSV there (default: none)\n"
	    "  --fr R              fraction of events reported in French (default %g)\n"
	    "  --copy-rate R       fraction of later articles copying an earlier one (default %g)\n"
	    "  --update-rate R     fraction of later articles updating figures (default %g)\n"
	    "  --published-rate R  fraction of documents with \"published\" (default %g)\n"
	    "  --dateline-rate R   of the others, fraction with a dated dateline (default %g)\n"
	    "  --mean-articles M   mean articles per event (default %g)\n"
	    "  --active A          events open at once, interleaved (default %zu)\n"
	    "  -h, --help          this help\n",
	    d->n, (unsigned long long)d->seed, SC_EVG_NKINDS, d->fr_rate, d->copy_rate,
	    d->update_rate, d->published_rate, d->dateline_rate, d->mean_articles, d->active);
}

int main(int argc, char **argv)
{
	enum { O_SEED = 256, O_KINDS, O_TRUTH, O_FR, O_COPY, O_UPD, O_PUB, O_DL, O_MEAN, O_ACTIVE };
	static const struct option lo[] = {{"seed", required_argument, 0, O_SEED},
	                                   {"kinds", required_argument, 0, O_KINDS},
	                                   {"truth", required_argument, 0, O_TRUTH},
	                                   {"fr", required_argument, 0, O_FR},
	                                   {"copy-rate", required_argument, 0, O_COPY},
	                                   {"update-rate", required_argument, 0, O_UPD},
	                                   {"published-rate", required_argument, 0, O_PUB},
	                                   {"dateline-rate", required_argument, 0, O_DL},
	                                   {"mean-articles", required_argument, 0, O_MEAN},
	                                   {"active", required_argument, 0, O_ACTIVE},
	                                   {"help", no_argument, 0, 'h'},
	                                   {0, 0, 0, 0}};
	sc_evg_opts_t o, defaults;
	sc_evg_opts_init(&o);
	defaults = o;
	const char *out = "-", *truth = NULL;
	int c, bad = 0, status = 1;
	char err[256] = "";
	sc_evg_t *g = NULL;
	FILE *f = NULL, *tf = NULL;
	gsl_set_error_handler_off();

	while ((c = getopt_long(argc, argv, "n:o:h", lo, NULL)) != -1) {
		switch (c) {
		case 'n': bad |= sc_parse_count(optarg, &o.n); break;
		case 'o': out = optarg; break;
		case O_SEED: bad |= sc_parse_u64(optarg, &o.seed); break;
		case O_KINDS:
			if (sc_evg_parse_kinds(optarg, &o.kinds, err, sizeof err)) {
				fprintf(stderr, "gen_events: %s\n", err);
				return 2;
			}
			break;
		case O_TRUTH: truth = optarg; break;
		case O_FR: bad |= sc_parse_double(optarg, &o.fr_rate); break;
		case O_COPY: bad |= sc_parse_double(optarg, &o.copy_rate); break;
		case O_UPD: bad |= sc_parse_double(optarg, &o.update_rate); break;
		case O_PUB: bad |= sc_parse_double(optarg, &o.published_rate); break;
		case O_DL: bad |= sc_parse_double(optarg, &o.dateline_rate); break;
		case O_MEAN: bad |= sc_parse_double(optarg, &o.mean_articles); break;
		case O_ACTIVE: bad |= sc_parse_count(optarg, &o.active); break;
		case 'h': usage(stdout, &defaults); return 0;
		default: usage(stderr, &defaults); return 2;
		}
		if (bad) return gen_cli_usage_error("gen_events", 1, argc, argv);
	}
	if (gen_cli_usage_error("gen_events", -1, argc, argv)) return 2;
	if (sc_evg_opts_check(&o, err, sizeof err)) {
		fprintf(stderr, "gen_events: %s\n", err);
		return 2;
	}
	if (sc_evg_create(&g, &o, err, sizeof err)) goto done;
	if (!(f = gen_cli_open(out, err, sizeof err))) goto done;
	if (truth) {
		if (!(tf = gen_cli_open_as(truth, 0, err, sizeof err))) goto done;
		if (sc_evg_write_truth_header(&o, tf)) goto werr_truth;
	}
	sc_evg_doc_t d;
	int rc;
	while ((rc = sc_evg_next(g, &d, err, sizeof err)) == 1) {
		if (sc_evg_write_jsonl(&d, f)) {
			gen_cli_write_error(out, err, sizeof err);
			goto done;
		}
		if (tf && sc_evg_write_truth(&d, tf)) goto werr_truth;
	}
	if (rc < 0) goto done;
	const int closed = gen_cli_close(f, out, err, sizeof err);
	f = NULL;
	if (closed) goto done;
	if (tf) {
		int e = fclose(tf);
		tf = NULL;
		if (e) goto werr_truth;
	}
	const sc_evg_stats_t *st = sc_evg_stats(g);
	fprintf(
	    stderr,
	    "gen_events: seed %llu: %zu documents (%zu originals, %zu copies, %zu updates; %zu "
	    "French) in %zu events; %.1f words per document; dates: %zu published, %zu dateline "
	    "only, %zu none; %.1f MB\n",
	    (unsigned long long)o.seed, st->docs, st->originals, st->copies, st->updates,
	    st->fr_docs, st->events, st->docs ? (double)st->words / (double)st->docs : 0.0,
	    st->dated[SC_EVG_DATE_PUBLISHED], st->dated[SC_EVG_DATE_DATELINE],
	    st->dated[SC_EVG_DATE_NONE], (double)st->bytes / 1e6);
	status = 0;
	goto done;
werr_truth:
	gen_cli_write_error(truth, err, sizeof err);
done:
	sc_evg_free(g);
	return gen_cli_finish("gen_events", status, err, f, tf);
}
