/* gen_corpus: writes a deterministic synthetic corpus (JSONL) with planted near-duplicates, and
 * the exact Jaccard truth of its similar pairs (TSV). The generator itself is
 * bench/gen/corpus_gen.c; this file is its command line. Options follow defaults -> parse ->
 * check, and --help prints the live defaults. */
#include "gen/corpus_gen.h"
#include "gen_cli.h"
#include "sc_num.h"

#include <errno.h>
#include <getopt.h>
#include <gsl/gsl_errno.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f, const sc_gen_opts_t *d)
{
	fprintf(f,
	        "usage: gen_corpus [options]\n"
	        "Writes N synthetic documents (JSONL: id, text, lang[, published]) with planted\n"
	        "near-duplicate copies, and optionally the exact Jaccard of word 5-shingle sets (as\n"
	        "sc_sh_shingle_set computes them) of every planted pair and, in full mode, of every\n"
	        "other pair with J >= --min-j (TSV: a, b, jaccard, inter, union, kind).\n"
	        "  -n N              documents, copies included (default %zu)\n"
	        "  -w W              mean words of an original's body, +-25%% (default %zu)\n"
	        "  --dup-rate R      fraction of documents that are planted copies (default %g)\n"
	        "  --seed S          GSL mt19937 seed, printed on stderr (default %llu)\n"
	        "  -o FILE           corpus output, '-' for stdout (default -)\n"
	        "  --truth FILE      write the truth TSV there (default: no truth pass)\n"
	        "  --truth-mode M    full: planted pairs + every pair with J >= min-j, found exactly\n"
	        "                    by an inverted index (~20 bytes per shingle of memory);\n"
	        "                    planted: planted pairs only, streaming, for very large N\n"
	        "                    (default full)\n"
	        "  --min-j J         threshold for chance pairs in full mode (default %g)\n"
	        "  --vocab V         vocabulary size (default %zu)\n"
	        "  --zipf S          Zipf exponent of word ranks (default %g)\n"
	        "  --boiler-rate R   fraction of originals ending in an outlet block (default %g)\n"
	        "  --jmin J, --jmax J  range of target Jaccard of copies (default %g, %g)\n"
	        "  --published       write \"published\" dates (the text does not change)\n"
	        "  --lang L          lang field, fr or en (default %s)\n"
	        "  -h, --help        this help\n",
	        d->n, d->words, d->dup_rate, (unsigned long long)d->seed, d->min_j, d->vocab, d->zipf,
	        d->boiler_rate, d->jmin, d->jmax, d->lang);
}

int main(int argc, char **argv)
{
	enum { O_DUP = 256, O_SEED, O_TRUTH, O_TMODE, O_MINJ, O_VOCAB, O_ZIPF, O_BOIL, O_JMIN, O_JMAX,
	       O_PUB, O_LANG };
	static const struct option lo[] = {
	    {"dup-rate", required_argument, 0, O_DUP}, {"seed", required_argument, 0, O_SEED},
	    {"truth", required_argument, 0, O_TRUTH},  {"truth-mode", required_argument, 0, O_TMODE},
	    {"min-j", required_argument, 0, O_MINJ},   {"vocab", required_argument, 0, O_VOCAB},
	    {"zipf", required_argument, 0, O_ZIPF},    {"boiler-rate", required_argument, 0, O_BOIL},
	    {"jmin", required_argument, 0, O_JMIN},    {"jmax", required_argument, 0, O_JMAX},
	    {"published", no_argument, 0, O_PUB},      {"lang", required_argument, 0, O_LANG},
	    {"help", no_argument, 0, 'h'},             {0, 0, 0, 0}};
	sc_gen_opts_t o, defaults;
	sc_gen_opts_init(&o);
	defaults = o;
	const char *out = "-", *truth = NULL;
	int full = 1, c, bad = 0, status = 1;
	char err[256] = "";
	sc_gen_t *g = NULL;
	FILE *f = NULL, *tf = NULL;
	gsl_set_error_handler_off();

	while ((c = getopt_long(argc, argv, "n:w:o:h", lo, NULL)) != -1) {
		switch (c) {
		case 'n': bad |= sc_parse_count(optarg, &o.n); break;
		case 'w': bad |= sc_parse_count(optarg, &o.words); break;
		case 'o': out = optarg; break;
		case O_DUP: bad |= sc_parse_double(optarg, &o.dup_rate); break;
		case O_SEED: bad |= sc_parse_u64(optarg, &o.seed); break;
		case O_TRUTH: truth = optarg; break;
		case O_TMODE:
			if (!strcmp(optarg, "full")) full = 1;
			else if (!strcmp(optarg, "planted")) full = 0;
			else bad = 1;
			break;
		case O_MINJ: bad |= sc_parse_double(optarg, &o.min_j); break;
		case O_VOCAB: bad |= sc_parse_count(optarg, &o.vocab); break;
		case O_ZIPF: bad |= sc_parse_double(optarg, &o.zipf); break;
		case O_BOIL: bad |= sc_parse_double(optarg, &o.boiler_rate); break;
		case O_JMIN: bad |= sc_parse_double(optarg, &o.jmin); break;
		case O_JMAX: bad |= sc_parse_double(optarg, &o.jmax); break;
		case O_PUB: o.published = 1; break;
		case O_LANG: snprintf(o.lang, sizeof o.lang, "%s", optarg); break;
		case 'h': usage(stdout, &defaults); return 0;
		default: usage(stderr, &defaults); return 2;
		}
		if (bad) return gen_cli_usage_error("gen_corpus", 1, argc, argv);
	}
	if (gen_cli_usage_error("gen_corpus", -1, argc, argv)) return 2;
	o.truth = truth ? (full ? SC_GEN_TRUTH_FULL : SC_GEN_TRUTH_PLANTED) : SC_GEN_TRUTH_NONE;
	if (sc_gen_opts_check(&o, err, sizeof err)) {
		fprintf(stderr, "gen_corpus: %s\n", err);
		return 2;
	}
	fprintf(stderr, "gen_corpus: seed %llu, %zu documents of ~%zu words, dup-rate %g\n",
	        (unsigned long long)o.seed, o.n, o.words, o.dup_rate);

	if (sc_gen_create(&g, &o, err, sizeof err)) goto done;
	if (!(f = gen_cli_open(out, err, sizeof err))) goto done;
	sc_gen_doc_t d;
	int rc;
	while ((rc = sc_gen_next(g, &d, err, sizeof err)) == 1) {
		if (sc_gen_write_jsonl(&d, f)) {
			gen_cli_write_error(out, err, sizeof err);
			goto done;
		}
	}
	if (rc < 0) goto done;
	const int closed = gen_cli_close(f, out, err, sizeof err);
	f = NULL;
	if (closed) goto done;
	const sc_gen_stats_t *st = sc_gen_stats(g);
	fprintf(stderr,
	        "gen_corpus: %zu originals (%zu with an outlet block), %zu copies (%zu verbatim, %zu "
	        "edited, %zu truncated, %zu boilerplate changed), %.1f MB\n",
	        st->originals, st->with_boiler, st->copies, st->verbatim, st->edited, st->truncated,
	        st->boiler_changed, (double)st->bytes / 1e6);
	if (truth) {
		const sc_gen_pair_t *pairs;
		size_t np, above = 0, chance = 0;
		if (sc_gen_truth(g, &pairs, &np, err, sizeof err)) goto done;
		if (!(tf = gen_cli_open_as(truth, 0, err, sizeof err))) goto done;
		if (sc_gen_write_truth(g, pairs, np, tf) || fclose(tf)) {
			tf = NULL;
			gen_cli_write_error(truth, err, sizeof err);
			goto done;
		}
		tf = NULL;
		for (size_t i = 0; i < np; i++) {
			above += 2 * pairs[i].inter >= pairs[i].uni; /* J >= 0.5 exactly */
			chance += pairs[i].kind == SC_GEN_CHANCE;
		}
		fprintf(stderr, "gen_corpus: truth: %zu pairs, %zu with J >= 0.5, %zu by chance\n", np,
		        above, chance);
	}
	status = 0;
done:
	sc_gen_free(g);
	return gen_cli_finish("gen_corpus", status, err, f, tf);
}
