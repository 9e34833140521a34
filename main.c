/* main.c: the storycheck command line, over the public headers of the three stages.
 *
 * Each command follows defaults -> parse -> check -> derive; `--help` prints the live defaults
 * (the values the option structs hold after *_init). Only this file prints to the user and
 * exits. Exit status (CONTRACT.md): 0 done, 1 findings reached --fail-on, 2 usage error,
 * 3 nothing could be read or the output could not be written. */
#define _XOPEN_SOURCE 700 /* nftw, realpath */
#include "report.h"
#include "sc_num.h"
#include "sc_prim.h"
#ifdef SC_MPI
#include "det_mpi.h" /* detect and shingle under mpirun (doc/mpi.md) */
#endif

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <getopt.h>
#include <gsl/gsl_errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { EXIT_DONE = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_IO = 3 };

static int g_quiet;
#ifdef SC_MPI
static int g_mpi;  /* started by an MPI launcher */
#endif
static int g_mute; /* MPI ranks other than 0: rank 0 speaks for all */

/* The one logger: diagnostics to stderr, never stdout. Messages quote ids, file names and
 * reasons that come from the input, so the whole line goes through the one sanitiser
 * (sc_sh_inert, as the text view): no escape sequence reaches the terminal, and a newline in
 * a file name cannot split the line. */
static void logmsg(const char *fmt, ...)
{
	char buf[2048], *big = NULL;
	va_list ap;
	if (g_mute) return;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	const char *msg = buf;
	if (n >= (int)sizeof buf && (big = malloc((size_t)n + 1))) {
		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		msg = big;
	}
	char *safe = sc_sh_inert(msg);
	fprintf(stderr, "storycheck: %s\n", safe ? safe : "(message lost: out of memory)");
	free(safe);
	free(big);
}

/* ------------------------------------------------------------ progress
 * Shown on stderr only when it is a terminal and --quiet is not given: documents read, MB/s
 * and time left, estimated from the total size of the input files (unknown for stdin). */
typedef struct progress_s {
	int on;
	double t0, last;
	uint64_t docs, bytes, total;
} progress_t;

/* The real path out has or will have: realpath itself when it exists, else its directory's
 * real path and its last name (a new report inside an input directory must be found too: the
 * next run would read it as an article). NULL when its directory does not resolve. */
static char *output_realpath(const char *out)
{
	char *r = realpath(out, NULL);
	if (r) return r;
	const char *slash = strrchr(out, '/'), *base = slash ? slash + 1 : out;
	char *dir = slash ? strndup(out, slash == out ? 1 : (size_t)(slash - out)) : strdup(".");
	char *rd = dir ? realpath(dir, NULL) : NULL;
	free(dir);
	if (!rd) return NULL;
	size_t n = strlen(rd) + strlen(base) + 2;
	if ((r = malloc(n))) snprintf(r, n, "%s%s%s", rd, strcmp(rd, "/") ? "/" : "", base);
	free(rd);
	return r;
}

/* An output that is one of the inputs (or the index) would replace it: refused before any
 * work, whatever names reach it (same device and inode), and also when it lies or would lie
 * inside an input directory under a name the walk reads. Returns 1 (and says why) when out
 * must be refused. */
static int output_clashes(const char *cmd, const char *out, char *const *inputs, int n,
                          const char *extra, const char *extra_what)
{
	struct stat so;
	if (!out || !strcmp(out, "-")) return 0;
	int exists = !stat(out, &so);
	if (exists && !S_ISREG(so.st_mode)) return 0;
	for (int i = 0; i <= n; i++) {
		const char *in = i < n ? inputs[i] : extra;
		if (!in || !strcmp(in, "-")) continue;
		struct stat si;
		if (stat(in, &si)) continue;
		int clash = exists && sc_same_file(out, in);
		if (!clash && S_ISDIR(si.st_mode) && sc_sh_reader_reads(out)) {
			char *ro = output_realpath(out), *ri = realpath(in, NULL);
			size_t k = ri ? strlen(ri) : 0;
			clash = ro && ri && !strncmp(ro, ri, k) && (ro[k] == '/' || (k == 1 && ri[0] == '/'));
			free(ro);
			free(ri);
		}
		if (clash) {
			/* inside a directory it need not exist yet: the next walk would read it */
			int indir = i < n && S_ISDIR(si.st_mode);
			logmsg("%s: refusing to write %s: it is %s %s%s; choose another -o", cmd, out,
			       indir ? "inside the input directory" : i < n ? "the input" : extra_what,
			       in, indir ? " (a later run would read it as an article)" : " (same file)");
			return 1;
		}
	}
	return 0;
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static uint64_t g_walk_total;
static int walk_add(const char *path, const struct stat *st, int flag, struct FTW *f)
{
	(void)f;
	if (flag != FTW_F) return 0;
	if (sc_sh_reader_reads(path))
		g_walk_total += (uint64_t)st->st_size;
	return 0;
}

static void progress_start(progress_t *p, char *const *inputs, int n)
{
	memset(p, 0, sizeof *p);
	p->on = !g_quiet && isatty(STDERR_FILENO);
	if (!p->on) return;
	g_walk_total = 0;
	for (int i = 0; i < n; i++) {
		struct stat st;
		if (!strcmp(inputs[i], "-") || stat(inputs[i], &st)) continue;
		if (S_ISDIR(st.st_mode)) nftw(inputs[i], walk_add, 32, FTW_PHYS);
		else g_walk_total += (uint64_t)st.st_size;
	}
	p->total = g_walk_total;
	p->t0 = p->last = now_s();
}

static void progress_step(progress_t *p, size_t bytes)
{
	if (!p->on) return;
	p->docs++;
	p->bytes += bytes;
	double t = now_s();
	if (t - p->last < 0.25) return;
	p->last = t;
	double rate = (double)p->bytes / (t - p->t0 + 1e-9);
	fprintf(stderr, "\rstorycheck: %llu documents, %.1f MB/s", (unsigned long long)p->docs,
	        rate / 1e6);
	if (p->total > p->bytes && rate > 0) {
		double left = (double)(p->total - p->bytes) / rate;
		fprintf(stderr, ", %d:%02d left   ", (int)left / 60, (int)left % 60);
	}
	fflush(stderr);
}

static void progress_end(progress_t *p)
{
	if (p->on && p->last > p->t0) fputs("\r\033[K", stderr);
}

/* Sizes like 16M, 512k, 1G, or plain bytes. */
static int parse_size(const char *s, size_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-') return -1;
	unsigned long long mul = 1;
	if (*end == 'k' || *end == 'K') mul = 1ULL << 10, end++;
	else if (*end == 'm' || *end == 'M') mul = 1ULL << 20, end++;
	else if (*end == 'g' || *end == 'G') mul = 1ULL << 30, end++;
	if (*end) return -1;
	*out = (size_t)(v * mul);
	return 0;
}

/* Durations like 7d, 36h (rounded up to days), or plain days. */
static int parse_days(const char *s, int *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || v < 0) return -1;
	if (*end == 'h') v = (v + 23) / 24, end++;
	else if (*end == 'w') v *= 7, end++;
	else if (*end == 'd') end++;
	if (*end || v > 100000) return -1;
	*out = (int)v;
	return 0;
}


/* ------------------------------------------------------------ signals */
static volatile sig_atomic_t g_interrupted;
static void on_signal(int sig)
{
	(void)sig;
	g_interrupted = 1;
}
static void install_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

/* A reject of these fields (copies; id may be NULL). SC_OK or SC_ENOMEM (*to then empty). */
static int reject_copy(sc_reject_t *to, const char *id, const char *path, uint64_t line,
                       const char *reason)
{
	*to = (sc_reject_t){.line = line};
	if ((id && !(to->id = strdup(id))) || !(to->path = strdup(path)) ||
	    !(to->reason = strdup(reason))) {
		sc_reject_free(to);
		return SC_ENOMEM;
	}
	return SC_OK;
}

/* A listed file that cannot be opened when the first pass comes to it (it was removed after
 * the walk): the reader of a list (sc_sh_reader_open_parts) says so with SC_EIO, errno kept,
 * and goes on with the next file at the next call. It is a reject naming the file, as an
 * unreadable file is. Returns 2 (a reject) or SC_ENOMEM. */
static int vanished_reject(const sc_reader_part_t *parts, const sc_reader_t *rd, int err,
                           sc_reject_t *rej)
{
	const sc_reader_part_t *p = &parts[sc_sh_reader_part(rd)];
	char buf[512];
	snprintf(buf, sizeof buf, "cannot read: %s (it was there when the input was walked)",
	         strerror(err));
	return reject_copy(rej, NULL, p->path, 0, buf) ? SC_ENOMEM : 2;
}

/* Reads the next input item for a command: stops on a signal, shows progress, and logs a
 * reject (naming the document). Returns 1 (a document), 2 (a reject, logged), 0 (the end),
 * or -1 after logging why the run cannot go on (interrupted, or the reader failed). what
 * names the output that will not be written. parts: the list rd reads (a file of it that
 * cannot be opened is a reject), or NULL. */
static int next_item(sc_reader_t *rd, progress_t *prog, const char *cmd, const char *what,
                     const sc_reader_part_t *parts, sc_doc_t *doc, sc_reject_t *rej)
{
	if (g_interrupted) {
		progress_end(prog);
		logmsg("%s: interrupted; no %s written", cmd, what);
		return -1;
	}
	int r = sc_sh_reader_next(rd, doc, rej);
	if (r == SC_EIO && parts) r = vanished_reject(parts, rd, errno ? errno : EIO, rej);
	if (r == 0) {
		progress_end(prog);
		return 0;
	}
	progress_step(prog, r == 1 ? doc->bytes_in : 0);
	if (r < 0) {
		progress_end(prog);
		if (r == SC_EINTR) logmsg("%s: interrupted; no %s written", cmd, what);
		else logmsg("%s: %s", cmd, sc_strerror(r));
		return -1;
	}
	if (r == 2) {
		if (rej->line)
			logmsg("rejected %s line %llu: %s", rej->path, (unsigned long long)rej->line,
			       rej->reason);
		else
			logmsg("rejected %s: %s", rej->path, rej->reason);
	}
	return r;
}

#ifdef SC_MPI
/* ------------------------------------------------------ under mpirun
 * The same commands over MPI ranks (detect/det_mpi.h): rank 0 logs, writes and exits as one
 * process does; a rank that cannot read its share fails the run (exit 3, no output). */
static void mpi_item(void *ctx, const sc_doc_t *doc, const sc_reject_t *rej)
{
	const char *cmd = ctx;
	if (rej && rej->line)
		logmsg("rejected %s line %llu: %s", rej->path, (unsigned long long)rej->line,
		       rej->reason);
	else if (rej)
		logmsg("rejected %s: %s", rej->path, rej->reason);
	else if (doc->repaired && !g_quiet)
		logmsg("%s: %s: %zu invalid UTF-8 sequences replaced by U+FFFD", cmd, doc->id,
		       doc->repaired);
}

static void mpi_log_stats(const char *cmd, const sc_mpi_stats_t *st)
{
	if (g_quiet) return;
	logmsg("%s: MPI: %d ranks; %llu inputs (%llu documents, %llu rejected); %llu band keys, "
	       "%llu candidate pairs, %llu verified, %llu sets moved; %llu bytes sent (at most "
	       "%llu by one rank); CPU %.2f s (at most %.2f s on one rank); peak RSS %ld KiB (the "
	       "largest rank); read %.2f s, exchange %.2f s, verify %.2f s (rank 0's clock)",
	       cmd, st->ranks, (unsigned long long)st->inputs, (unsigned long long)st->documents,
	       (unsigned long long)st->rejected, (unsigned long long)st->band_records,
	       (unsigned long long)st->candidates, (unsigned long long)st->verified,
	       (unsigned long long)st->sets_moved, (unsigned long long)st->bytes_sent_total,
	       (unsigned long long)st->bytes_sent_max, st->cpu_total, st->cpu_max, st->rss_max_kb,
	       st->sec_read, st->sec_exchange, st->sec_verify);
}

/* Progress over all ranks (rank 0), as whole lines: under mpirun stderr is a pipe or a
 * batch job's log, not a terminal. */
static void mpi_progress(void *cmd, const char *phase, uint64_t items, uint64_t bytes,
                         uint64_t total, int reading)
{
	if (strcmp(phase, "reading"))
		logmsg("%s: MPI: %s (%llu items read)", (char *)cmd, phase, (unsigned long long)items);
	else
		logmsg("%s: MPI: reading: %llu items, %.1f of %.1f MB (%.0f%%), %d ranks still reading",
		       (char *)cmd, (unsigned long long)items, bytes / 1e6, total / 1e6,
		       total ? 100.0 * bytes / total : 100.0, reading);
}

/* What does not run over ranks is refused before any work (every rank says the same). */
static int mpi_refuse(const char *cmd, char *const *inputs, int n)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(inputs[i], "-")) {
			logmsg("%s: under mpirun, standard input cannot be shared among ranks: name files "
			       "or directories", cmd);
			return 1;
		}
	return 0;
}
#endif

/* ---------------------------------------------------------- shingle */
static void usage_shingle(FILE *fp, const sc_mh_params_t *mh, const sc_shingle_opts_t *so,
                          const sc_reader_opts_t *ro)
{
	fprintf(fp,
	        "Usage: storycheck shingle [options] INPUT...\n"
	        "Write MinHash signatures of articles for reuse.\n\n"
	        "  -o FILE             output file (default: standard output; binary needs -o)\n"
	        "  --format F          bin or jsonl (default: bin)\n"
	        "  --view V            word or content (default: word)\n"
	        "  --shingle-k N       words per shingle (default: %d for word, 1 for content)\n"
	        "  -k, --sketch-size N signature length (default: %d)\n"
	        "  --seed N            seed of the permutation keys (default: %llu)\n"
	        "  --scheme S          kperm or oph (default: %s)\n"
	        "  --fold-accents      strip accents after normalisation (default: off)\n"
	        "  --max-doc-bytes N   reject larger documents (default: %zu)\n"
	        "  --min-words N       reject documents with fewer words (default: %zu)\n"
	        "  --dump FILE         print a signature file as JSONL and exit\n"
	        "  -t, --threads N     threads, 0 = all cores (default: 0): one reads, the\n"
	        "                      others sign beside it; the output is the same for any N\n"
	        "  -q, --quiet         no progress\n",
	        so->k, mh->k, (unsigned long long)mh->seed, sc_sh_mh_scheme_name(mh->scheme),
	        ro->max_doc_bytes, ro->min_words);
}

static const struct option common_long[] = {
	{"help", no_argument, 0, 'h'},
	{"output", required_argument, 0, 'o'},
	{"format", required_argument, 0, 'F'},
	{"view", required_argument, 0, 'V'},
	{"shingle-k", required_argument, 0, 1001},
	{"sketch-size", required_argument, 0, 'k'},
	{"seed", required_argument, 0, 1002},
	{"scheme", required_argument, 0, 1003},
	{"fold-accents", no_argument, 0, 1004},
	{"max-doc-bytes", required_argument, 0, 1005},
	{"min-words", required_argument, 0, 1006},
	{"quiet", no_argument, 0, 'q'},
	{"threads", required_argument, 0, 't'},
	{"dup-threshold", required_argument, 0, 1010},
	{"event-threshold", required_argument, 0, 1011},
	{"fp-weight", required_argument, 0, 1012},
	{"fn-weight", required_argument, 0, 1013},
	{"event-window", required_argument, 0, 1014},
	{"no-boilerplate", no_argument, 0, 1015},
	{"no-compare", no_argument, 0, 1016},
	{"over-time", no_argument, 0, 1017},
	{"min-score", required_argument, 0, 1018},
	{"lexicons", required_argument, 0, 1019},
	{"fail-on", required_argument, 0, 1020},
	{"baseline", required_argument, 0, 1021},
	{"dump", required_argument, 0, 1030},
	{"tier", required_argument, 0, 1040},
	{"index", required_argument, 0, 1041},
	{"max-links", required_argument, 0, 1042},
	{"index-wait", required_argument, 0, 1301},
	{"max-pairs", required_argument, 0, 1302},
	{"leads", no_argument, 0, 1043},
	{"negation-conflicts", no_argument, 0, 1045},
	{"event-days", no_argument, 0, 1046},
	{"lead-floor", required_argument, 0, 1044},
	{0, 0, 0, 0},
};

/* An integer option that must lie in lo..hi; the usage error names the option and the range,
 * the same words for every such option. */
static int parse_range(const char *opt, const char *arg, long lo, long hi, long *v)
{
	if (sc_parse_long(arg, v) || *v < lo || *v > hi) {
		logmsg("%s expects an integer in %ld..%ld, got '%s'", opt, lo, hi, arg);
		return -1;
	}
	return 0;
}

/* Parses the options shared by shingle and detect into the structs; returns -1 on a usage
 * error (already reported), 0 when consumed, 1 when the option is not a shared one. */
static int parse_common(int c, const char *arg, sc_mh_params_t *mh, int *shingle_k,
                        int *fold, sc_reader_opts_t *ro, int *threads)
{
	long v;
	uint64_t u;
	switch (c) {
	case 'k':
		if (parse_range("-k", arg, 1, 4096, &v)) return -1;
		mh->k = (int)v;
		return 0;
	case 1001:
		if (parse_range("--shingle-k", arg, 1, 64, &v)) return -1;
		*shingle_k = (int)v;
		return 0;
	case 1002:
		/* Seeds stay below 2^53 so that every JSON reader (doubles) reads the recorded
		 * seed back exactly. */
		if (sc_parse_u64(arg, &u) || u >= (1ULL << 53)) {
			logmsg("--seed expects an integer in 0..2^53-1, got '%s'", arg);
			return -1;
		}
		mh->seed = u;
		return 0;
	case 1003:
		if (!strcmp(arg, "kperm")) mh->scheme = SC_MH_KPERM;
		else if (!strcmp(arg, "oph")) mh->scheme = SC_MH_OPH;
		else {
			logmsg("--scheme expects kperm or oph, got '%s'", arg);
			return -1;
		}
		return 0;
	case 1004: *fold = 1; return 0;
	case 1005:
		if (parse_size(arg, &ro->max_doc_bytes) || ro->max_doc_bytes == 0) {
			logmsg("--max-doc-bytes expects a size such as 16M, got '%s'", arg);
			return -1;
		}
		return 0;
	case 1006:
		if (sc_parse_long(arg, &v) || v < 0) {
			logmsg("--min-words expects a non-negative integer, got '%s'", arg);
			return -1;
		}
		ro->min_words = (size_t)v;
		return 0;
	case 't':
		if (parse_range("--threads", arg, 0, 1024, &v)) return -1;
		*threads = (int)v;
		return 0;
	case 'q': g_quiet = 1; return 0;
	}
	return 1;
}

/* Writes one signature as a JSONL line. */
static void print_sig_jsonl(FILE *fp, const char *id, const char *lang, const uint32_t *sig,
                            int k)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "id", id);
	cJSON_AddStringToObject(o, "lang", lang);
	char *s = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	/* The signature is printed by hand: cJSON would print large integers as doubles. */
	size_t n = strlen(s);
	s[n - 1] = '\0';
	fprintf(fp, "%s,\"sig\":[", s);
	for (int i = 0; i < k; i++) fprintf(fp, i ? ",%u" : "%u", sig[i]);
	fputs("]}\n", fp);
	free(s);
}

/* storycheck shingle --dump FILE: the records of a signature file as JSONL (the lines
 * --format jsonl writes), its header on standard error; a truncated file or another format
 * version is an error naming the file (exit 3). */
static int dump_sigs(const char *path)
{
	char err[512];
	sc_sig_header_t h;
	sc_sigfile_t *f;
	if (sc_sh_sig_open(&f, path, &h, err, sizeof err)) {
		logmsg("shingle: %s", err);
		return EXIT_IO;
	}
	uint32_t *sig = malloc(sizeof *sig * h.k);
	char *id, lang[3];
	unsigned long long n = 0;
	int r = SC_ENOMEM;
	while (sig && (r = sc_sh_sig_read(f, &id, lang, sig)) == 1) {
		print_sig_jsonl(stdout, id, lang, sig, (int)h.k);
		free(id);
		n++;
	}
	free(sig);
	sc_sh_sig_close(f, NULL, 0);
	if (r < 0) {
		logmsg("shingle: %s: %s after %llu records", path, sc_strerror(r), n);
		return EXIT_IO;
	}
	if (!g_quiet)
		logmsg("shingle: %s: %llu records; k %u, scheme %s, seed %llu, view %s, shingle k %u, "
		       "fold accents %u, xxHash %u",
		       path, n, h.k, sc_sh_mh_scheme_name((int)h.scheme), (unsigned long long)h.seed,
		       h.view ? "content" : "word", h.shingle_k, h.fold_accents, h.xxh_version);
	return EXIT_DONE;
}

/* ------------------------------------------------- shingle: the steps
 * cmd_shingle reads as: options -> checks -> shingle_run, which opens the output, signs the
 * inputs batch by batch on the signer's threads (shingle.h, "Batch signer") while the next
 * batch is read (with -t 1, read then signed on the one thread), writes the signatures in
 * input order and commits the output. */
typedef struct shingle_cli_s {
	sc_mh_params_t mh;
	sc_shingle_opts_t so;
	sc_reader_opts_t ro;
	const char *out, *dump;
	int binary, threads;
} shingle_cli_t;

/* Parses the options into c (defaults, then the command line, then what they derive).
 * Returns -1 to go on, or the exit status (help, usage error). */
static int shingle_options(int argc, char **argv, shingle_cli_t *c)
{
	int shingle_k = 0, fold = 0, opt;
	sc_view_t view = SC_VIEW_WORD;
	memset(c, 0, sizeof *c);
	sc_sh_mh_params_init(&c->mh);
	sc_sh_shingle_opts_init(&c->so, SC_VIEW_WORD);
	sc_sh_reader_opts_init(&c->ro);
	c->ro.interrupt = &g_interrupted; /* a signal also ends a read blocked on a pipe */
	c->binary = 1;
	while ((opt = getopt_long(argc, argv, "ho:k:qt:", common_long, NULL)) != -1) {
		int r = parse_common(opt, optarg, &c->mh, &shingle_k, &fold, &c->ro, &c->threads);
		if (r < 0) return EXIT_USAGE;
		if (r == 0) continue;
		switch (opt) {
		case 'h': usage_shingle(stdout, &c->mh, &c->so, &c->ro); return EXIT_DONE;
		case 'o': c->out = optarg; break;
		case 'F':
			if (strcmp(optarg, "bin") && strcmp(optarg, "jsonl")) {
				logmsg("shingle: --format expects bin or jsonl, got '%s'", optarg);
				return EXIT_USAGE;
			}
			c->binary = !strcmp(optarg, "bin");
			break;
		case 'V':
			if (!strcmp(optarg, "word")) view = SC_VIEW_WORD;
			else if (!strcmp(optarg, "content")) view = SC_VIEW_CONTENT;
			else {
				logmsg("shingle: --view expects word or content, got '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		case 1030: c->dump = optarg; break;
		default: usage_shingle(stderr, &c->mh, &c->so, &c->ro); return EXIT_USAGE;
		}
	}
	/* derive */
	sc_sh_shingle_opts_init(&c->so, view);
	if (shingle_k) c->so.k = shingle_k;
	c->so.norm.fold_accents = fold;
	return -1;
}

/* The output: a signature file (binary) or JSONL, both written atomically. */
typedef struct shingle_out_s {
	int binary, k;
	const char *name; /* for messages */
	sc_sigfile_t *sf;
	sc_outfile_t *jout;
	FILE *jf;
} shingle_out_t;

static int shingle_out_open(shingle_out_t *o, const shingle_cli_t *c)
{
	char err[512];
	int r;
	memset(o, 0, sizeof *o);
	o->binary = c->binary, o->k = c->mh.k;
	o->name = c->out && strcmp(c->out, "-") ? c->out : "standard output";
	if (c->binary) {
		sc_sig_header_t h = {.version = 1, .k = (uint32_t)c->mh.k,
		                     .scheme = (uint32_t)c->mh.scheme, .view = (uint32_t)c->so.view,
		                     .shingle_k = (uint32_t)c->so.k,
		                     .fold_accents = (uint32_t)c->so.norm.fold_accents,
		                     .seed = c->mh.seed};
		r = sc_sh_sig_create(&o->sf, c->out ? c->out : "-", &h, err, sizeof err);
	} else { /* JSONL through the one atomic writer (shingle.h, "output files") */
		r = sc_out_open(&o->jout, c->out, err, sizeof err);
		if (!r) o->jf = sc_out_fp(o->jout);
	}
	if (r) logmsg("shingle: %s", err);
	return r ? -1 : 0;
}

/* One record; 0, or -1 with errno set. */
static int shingle_out_put(shingle_out_t *o, const char *id, const char *lang,
                           const uint32_t *sig)
{
	if (o->binary) return sc_sh_sig_write(o->sf, id, lang, sig);
	print_sig_jsonl(o->jf, id, lang, sig, o->k);
	return 0;
}

/* Publishes the output; 0, or -1 after saying why. */
static int shingle_out_commit(shingle_out_t *o)
{
	char err[512];
	int r = o->binary ? sc_sh_sig_close(o->sf, err, sizeof err)
	                  : sc_out_commit(o->jout, err, sizeof err);
	o->sf = NULL, o->jout = NULL, o->jf = NULL;
	if (r) logmsg("shingle: %s", err);
	return r ? -1 : 0;
}

static void shingle_out_abort(shingle_out_t *o)
{
	if (o->sf) sc_sh_sig_abort(o->sf);
	sc_out_abort(o->jout);
	o->sf = NULL, o->jout = NULL, o->jf = NULL;
}

#ifdef SC_MPI
/* Under mpirun, rank 0 writes the records the ranks sketched, in input order. */
static int shingle_emit(void *ctx, const char *id, const char *lang, const uint32_t *sig)
{
	return shingle_out_put(ctx, id, lang, sig);
}
#endif

/* A batch of documents read, and their signatures once signed. */
typedef struct shingle_batch_s {
	sc_doc_t *docs;
	size_t n, cap, bytes;
	uint32_t *sigs;
	const char **langs;
} shingle_batch_t;
/* A batch closes at this much text: large enough that starting the threads costs nothing,
 * small enough that two batches (one signed, one read) stay a few MiB; at most 4096
 * documents and 8 MiB of signatures. */
#define SHINGLE_BATCH_BYTES ((size_t)4 << 20)

static int batch_alloc(shingle_batch_t *b, int k)
{
	size_t cap = ((size_t)8 << 20) / (4 * (size_t)k);
	b->cap = cap < 1 ? 1 : cap > 4096 ? 4096 : cap;
	b->docs = calloc(b->cap, sizeof *b->docs);
	b->sigs = malloc(b->cap * (size_t)k * sizeof *b->sigs);
	b->langs = malloc(b->cap * sizeof *b->langs);
	return b->docs && b->sigs && b->langs ? 0 : -1;
}

static void batch_clear(shingle_batch_t *b)
{
	for (size_t i = 0; i < b->n; i++)
		sc_doc_free(&b->docs[i]);
	b->n = b->bytes = 0;
}

static void batch_free(shingle_batch_t *b)
{
	if (b->docs) batch_clear(b);
	free(b->docs);
	free(b->sigs);
	free(b->langs);
}

/* Reads documents into b until it is full. Returns 1 at the end of the input, 0 when more
 * may follow, -1 after saying why the run cannot go on. Rejects are logged and counted. */
static int batch_fill(sc_reader_t *rd, progress_t *prog, shingle_batch_t *b, uint64_t *nrej)
{
	while (b->n < b->cap && b->bytes < SHINGLE_BATCH_BYTES) {
		sc_doc_t *doc = &b->docs[b->n];
		sc_reject_t rej = {0};
		memset(doc, 0, sizeof *doc);
		int r = next_item(rd, prog, "shingle", "output", NULL, doc, &rej);
		if (r != 1) sc_doc_free(doc);
		if (r == 0) return 1;
		if (r < 0) return -1;
		if (r == 2) {
			(*nrej)++;
			sc_reject_free(&rej);
			continue;
		}
		if (doc->repaired)
			logmsg("repaired %s (%s): %zu invalid UTF-8 sequence%s replaced by U+FFFD",
			       doc->id, doc->path, doc->repaired, doc->repaired == 1 ? "" : "s");
		b->bytes += doc->len;
		b->n++;
	}
	return 0;
}

/* Writes a signed batch's records in input order. 0, or -1 after saying why. */
static int batch_write(shingle_out_t *out, const shingle_batch_t *B, int k)
{
	for (size_t i = 0; i < B->n; i++)
		if (shingle_out_put(out, B->docs[i].id, B->langs[i], B->sigs + i * (size_t)k)) {
			logmsg("shingle: cannot write %s: %s", out->name, strerror(errno));
			return -1;
		}
	return 0;
}

/* Starts signing B (nothing when it is empty). 0, or -1 after saying why. */
static int batch_start(sc_signer_t *sg, shingle_batch_t *B)
{
	if (!B->n || !sc_sh_signer_start(sg, B->docs, B->n, B->sigs, B->langs)) return 0;
	logmsg("shingle: cannot start the signing threads");
	return -1;
}

/* Signs every input and writes the records in input order. While batch i is signed on the
 * signer's threads this thread reads batch i + 1, then signs batch i beside them; batch
 * i + 1 starts as soon as batch i is signed, and this thread writes batch i while it is
 * signed. (With -t 1 there is no thread: each step in turn.) 0, or -1 after saying why. */
static int shingle_sign_all(const shingle_cli_t *c, sc_reader_t *rd, sc_signer_t *sg,
                            shingle_out_t *out, char *const *inputs, int ninputs,
                            uint64_t *ndocs, uint64_t *nrej)
{
	shingle_batch_t b[2] = {{0}};
	int rc = -1, cur = 0, end = 0;
	if (batch_alloc(&b[0], c->mh.k) || batch_alloc(&b[1], c->mh.k)) {
		logmsg("shingle: out of memory");
		goto done;
	}
	progress_t prog;
	progress_start(&prog, inputs, ninputs);
	end = batch_fill(rd, &prog, &b[0], nrej);
	if (end < 0 || batch_start(sg, &b[0])) goto done; /* the first batch: not read */
	while (b[cur].n) {
		shingle_batch_t *B = &b[cur], *N = &b[!cur];
		int next = end ? 1 : batch_fill(rd, &prog, N, nrej);
		sc_sh_signer_help(sg);
		size_t bad;
		int r = sc_sh_signer_wait(sg, &bad);
		if (r) {
			logmsg("shingle: %s: %s", B->docs[bad].id, sc_strerror(r));
			goto done;
		}
		/* the reader failed or a signal came (said already), or N cannot start */
		if (next < 0 || batch_start(sg, N) || batch_write(out, B, c->mh.k)) goto done;
		*ndocs += B->n;
		batch_clear(B);
		end = next;
		cur = !cur;
	}
	rc = 0;
done:
	sc_sh_signer_wait(sg, NULL); /* a batch started when writing failed: its documents */
	batch_free(&b[0]);
	batch_free(&b[1]);
	return rc;
}

/* -t N is the number of threads in all: the main thread reads and writes, N - 1 sign beside
 * it; with one (-t 1) the main thread also signs, batch after batch. 0: one per core. */
static int signing_threads(int threads)
{
	if (threads == 0) {
		long c = sysconf(_SC_NPROCESSORS_ONLN);
		threads = c < 1 ? 1 : c > 1024 ? 1024 : (int)c;
	}
	return threads - 1;
}

/* The run after the options are checked: every input signed, the output published. */
static int shingle_run(const shingle_cli_t *c, char *const *inputs, int ninputs)
{
	int rc = EXIT_DONE;
	sc_reader_t *rd = NULL;
	sc_minhash_t *m = NULL;
	sc_signer_t *sg = NULL;
	shingle_out_t out = {0};
	uint64_t ndocs = 0, nrej = 0;

	if (sc_sh_reader_open(&rd, (const char *const *)inputs, ninputs, &c->ro) ||
	    !(m = sc_sh_minhash_create(&c->mh)) ||
	    !(sg = sc_sh_signer_create(m, &c->so, signing_threads(c->threads)))) {
		logmsg("shingle: out of memory");
		rc = EXIT_IO;
		goto done;
	}
#ifdef SC_MPI
	char err[512];
	sc_mpi_stats_t mst;
	if (g_mpi && g_mute) { /* ranks other than 0 read and sketch; rank 0 writes */
		if (sc_mpi_shingle(&c->so, &c->mh, &c->ro, (const char *const *)inputs, ninputs,
		                   shingle_emit, &out, NULL, NULL, &mst, err, sizeof err))
			rc = EXIT_IO;
		goto done;
	}
#endif
	if (shingle_out_open(&out, c)) {
		rc = EXIT_IO;
		goto done;
	}
#ifdef SC_MPI
	if (g_mpi) {
		sc_mpi_set_progress(g_quiet ? NULL : mpi_progress, "shingle", 5);
		int r = sc_mpi_shingle(&c->so, &c->mh, &c->ro, (const char *const *)inputs, ninputs,
		                       shingle_emit, &out, mpi_item, "shingle", &mst, err, sizeof err);
		if (r) {
			logmsg("shingle: %s; no output written", err[0] ? err : sc_strerror(r));
			rc = EXIT_IO;
			goto done;
		}
		mpi_log_stats("shingle", &mst);
		ndocs = mst.documents, nrej = mst.rejected;
	} else
#endif
	    if (shingle_sign_all(c, rd, sg, &out, inputs, ninputs, &ndocs, &nrej)) {
		rc = EXIT_IO;
		goto done;
	}
	if (g_interrupted) { /* a signal during the last document: still nothing published */
		rc = EXIT_IO;
		logmsg("shingle: interrupted; no output written");
		goto done;
	}
	if (shingle_out_commit(&out)) {
		rc = EXIT_IO;
		goto done;
	}
	if (ndocs == 0) {
		logmsg("shingle: no document could be read (%llu rejected)", (unsigned long long)nrej);
		rc = EXIT_IO;
	} else if (!g_quiet) {
		logmsg("shingle: %llu documents, %llu rejected", (unsigned long long)ndocs,
		       (unsigned long long)nrej);
	}
done:
	shingle_out_abort(&out);
	sc_sh_signer_free(sg);
	sc_sh_minhash_free(m);
	sc_sh_reader_close(rd);
	return rc;
}

static int cmd_shingle(int argc, char **argv)
{
	shingle_cli_t c;
	int rc = shingle_options(argc, argv, &c);
	if (rc >= 0) return rc;
	if (c.dump) return g_mute ? EXIT_DONE : dump_sigs(c.dump); /* under mpirun: rank 0 */
	char *const *inputs = argv + optind;
	const int ninputs = argc - optind;
	if (ninputs <= 0) {
		logmsg("shingle: no INPUT given (see storycheck shingle --help)");
		return EXIT_USAGE;
	}
	if (output_clashes("shingle", c.out, inputs, ninputs, NULL, NULL)) return EXIT_USAGE;
#ifdef SC_MPI
	if (g_mpi && mpi_refuse("shingle", inputs, ninputs)) return EXIT_USAGE;
#endif
	if (c.binary && (!c.out || !strcmp(c.out, "-")) && isatty(STDOUT_FILENO)) {
		logmsg("shingle: refusing to write binary signatures to a terminal; use -o FILE or --format jsonl");
		return EXIT_USAGE;
	}
	return shingle_run(&c, inputs, ninputs);
}

/* --------------------------------------------- options of detect and report
 * Both commands render a report and gate CI on it, so --format, --fail-on and the summary
 * line must read and say the same in both; cmd names the command in messages. */
static int parse_format(const char *cmd, const char *arg, int *fmt)
{
	if ((*fmt = sc_rep_format_parse(arg)) < 0) {
		logmsg("%s: --format expects json, html or text, got '%s'", cmd, arg);
		return -1;
	}
	return 0;
}

static int parse_failon(const char *cmd, const char *arg, sc_rep_failon_t *fail)
{
	if (sc_rep_failon_parse(arg, fail)) {
		logmsg("%s: --fail-on expects conflict[:MIN_SCORE] or duplicate, got '%s'", cmd,
		       arg);
		return -1;
	}
	return 0;
}

/* The one-line summary on stderr (data stays on stdout); --quiet drops it. */
static void print_summary(const cJSON *rep)
{
	if (g_quiet) return;
	char *line = sc_rep_summary_line(rep);
	if (line) fprintf(stderr, "%s\n", line);
	free(line);
}


/* ----------------------------------------------------------- detect */
/* Streaming (inputs that can be read again): the detector sketches texts as they come and
 * forgets them; each later step that needs texts (boilerplate-free sketches, exact
 * verification, the event tier, the comparator) asks for them again through one more pass over
 * the same inputs (detect.h, opts.reread).
 *
 * A live directory (doc/input.md): the inputs are walked once (sc_sh_reader_list), and every
 * pass reads that list, so a file added to a directory during the run is not read by any
 * pass, and a JSONL file is read up to its size at the walk (lines appended later are not
 * read). A listed file whose documents differ from one pass to the next (rewritten, removed,
 * truncated) cannot be used: the detector already holds sketches of what the first pass read.
 * The run then starts over from the first pass, that file a reject ("changed while the run
 * read it"), at most SC_REREAD_RESTARTS times; so the report accounts for every listed file
 * and never mixes two versions of one. */
enum { SC_REREAD_RESTARTS = 3 };

typedef struct reread_s {
	const sc_reader_opts_t *ro;
	/* the first walk's list: every pass reads it (a changed file gets a reason: a reject) */
	sc_reader_part_t *parts;
	size_t nparts;
	/* sc_sh_doc_hash of each document of the first pass, in order, and the part it came
	 * from: a later pass must read the same documents, or the report would mix two versions
	 * of the input; the part names the file to blame */
	uint64_t *hash;
	uint32_t *part;
	size_t nhash, mhash;
	size_t blame; /* the part that changed (a later pass found it), or SIZE_MAX */
	int blame_errno; /* it could not be opened again: errno, else 0 */
	int restarts;
	int npass; /* passes started (the test hook's count) */
	/* what the inputs held at the end of the run and no pass read (detect_find_unread):
	 * files added to an input directory, JSONL files that grew; the report's not_read */
	char **unread_path, **unread_reason;
	size_t nunread, munread;
	/* per part, NULL or (when a restart left it out after the first pass had read documents
	 * from it) what that pass read from it, as rejects in reading order: each document a
	 * reject with its id and line, each reject as it was. Later first passes record these
	 * in place of the file's one reject, so that every input the run saw stays accounted
	 * for by name (a JSONL file's documents, not one line for the file) */
	struct left_s {
		sc_reject_t *v;
		size_t n;
	} *left;
} reread_t;

/* Test hook (tests/cli/house12_live.sh): when SC_TEST_PASS_FIFO names a FIFO, each pass over
 * a listed input starts by writing its number ("1\n": the first, after the walk; "2\n", ...)
 * to it and waiting for one byte back, so a test can add, remove or rewrite files between the
 * walk and the passes. The test script does the changes: the binary runs no command (it once
 * ran a shell on a command taken from the environment). Unset in normal use; a path that is
 * not a FIFO is refused with a message and the pass goes on. */
static void pass_hook(reread_t *rr)
{
	const char *fifo = getenv("SC_TEST_PASS_FIFO");
	++rr->npass;
	if (!fifo || !*fifo) return;
	struct stat st;
	char n[24], ack;
	const int len = snprintf(n, sizeof n, "%d\n", rr->npass);
	int fd, ok = 0;
	errno = 0;
	if (stat(fifo, &st) || !S_ISFIFO(st.st_mode)) {
		logmsg("detect: SC_TEST_PASS_FIFO %s: %s", fifo, errno ? strerror(errno) : "not a FIFO");
		return;
	}
	if ((fd = open(fifo, O_WRONLY | O_CLOEXEC)) >= 0) {
		ok = write(fd, n, (size_t)len) == len;
		close(fd);
	}
	if (ok && (fd = open(fifo, O_RDONLY | O_CLOEXEC)) >= 0) {
		ok = read(fd, &ack, 1) == 1;
		close(fd);
	} else {
		ok = 0;
	}
	if (!ok) logmsg("detect: SC_TEST_PASS_FIFO %s failed (pass %d)", fifo, rr->npass);
}

static void left_free(struct left_s *l)
{
	for (size_t i = 0; i < l->n; i++)
		sc_reject_free(&l->v[i]);
	free(l->v);
	l->v = NULL, l->n = 0;
}

static int reject_line_cmp(const void *a, const void *b)
{
	const sc_reject_t *x = a, *y = b;
	return (x->line > y->line) - (x->line < y->line);
}

static int hash_push(reread_t *rr, uint64_t h, size_t part)
{
	if (rr->nhash == rr->mhash) {
		const size_t m = sc_grow_cap(rr->mhash, rr->nhash + 1);
		uint64_t *g = realloc(rr->hash, m * sizeof *g);
		if (!g) return SC_ENOMEM;
		rr->hash = g;
		uint32_t *q = realloc(rr->part, m * sizeof *q);
		if (!q) return SC_ENOMEM;
		rr->part = q, rr->mhash = m;
	}
	rr->part[rr->nhash] = (uint32_t)part;
	rr->hash[rr->nhash++] = h;
	return SC_OK;
}

/* Notes that part changed between the first pass and a later one, and says so naming the
 * file and the document; the run then starts over without it (detect_restart). */
static int reread_blame(reread_t *rr, size_t part, const char *id, int err)
{
	rr->blame = part;
	rr->blame_errno = err;
	const char *path = rr->parts[part].path;
	if (err)
		logmsg("detect: %s could not be read again (%s): the first pass read documents "
		       "from it",
		       path, strerror(err));
	else if (id)
		logmsg("detect: %s changed between two passes over the input (document %s is not "
		       "what the first pass read)",
		       path, id);
	else
		logmsg("detect: %s changed between two passes over the input (a document the first "
		       "pass read from it is not there now)",
		       path);
	return SC_EMISMATCH;
}

static int detect_reread(void *ctx, sc_det_t *det)
{
	reread_t *rr = ctx;
	sc_reader_t *rd = NULL;
	size_t at = 0;
	pass_hook(rr);
	int rc = sc_sh_reader_open_parts(&rd, rr->parts, rr->nparts, rr->ro);
	while (!rc) {
		sc_doc_t doc = {0};
		sc_reject_t rej = {0};
		if (g_interrupted) {
			rc = SC_EINTR;
			break;
		}
		int r = sc_sh_reader_next(rd, &doc, &rej);
		const size_t p = sc_sh_reader_part(rd);
		if (r == SC_EIO) {
			/* a listed file that cannot be opened now: to blame if the first pass read
			 * documents from it (else it was a reject then, and is one now) */
			const int e = errno;
			for (size_t k = at; k < rr->nhash && rr->part[k] <= p; k++)
				if (rr->part[k] == p) {
					rc = reread_blame(rr, p, NULL, e ? e : EIO);
					break;
				}
			continue;
		}
		if (r == 1) {
			/* the next document of the first pass came from part[at]: a document of
			 * another part means that part[at] lost documents (the earlier part) or that p
			 * has one it did not have */
			if (at < rr->nhash && rr->part[at] < p) rc = reread_blame(rr, rr->part[at], NULL, 0);
			else if (at >= rr->nhash || rr->part[at] != p ||
			         sc_sh_doc_hash(&doc) != rr->hash[at])
				rc = reread_blame(rr, p, doc.id, 0);
			else {
				at++;
				rc = sc_det_supply(det, &doc);
			}
		} else if (r < 0) {
			rc = r;
		}
		sc_doc_free(&doc);
		sc_reject_free(&rej);
		if (r == 0) break;
	}
	if (!rc && at != rr->nhash) rc = reread_blame(rr, rr->part[at], NULL, 0);
	sc_sh_reader_close(rd);
	return rc;
}

static void usage_detect(FILE *fp, const sc_det_opts_t *o, const sc_reader_opts_t *ro)
{
	fprintf(fp,
	        "Usage: storycheck detect [options] INPUT...\n"
	        "Cluster articles by event and near-duplicate copy, flag conflicting statements,\n"
	        "and write the report.\n"
	        "Inputs: each real file is read once (a second path to it, by a link or given\n"
	        "twice, is a reject naming both); directories are walked 64 levels deep at most\n"
	        "(deeper ones are rejects); a FIFO or device is read once, like -; -o naming an\n"
	        "input, the index or the baseline is refused (exit 2).\n\n"
	        "  -o FILE               output file (default: standard output)\n"
	        "  --format F            json, html or text (default: json)\n"
	        "  -k, --sketch-size N   MinHash signature length (default: %d)\n"
	        "  --seed N              seed of the permutation keys (default: %llu)\n"
	        "  --scheme S            kperm or oph (default: %s)\n"
	        "  --shingle-k N         words per shingle, duplicate tier (default: %d)\n"
	        "  --dup-threshold J     duplicate tier: exact Jaccard (default: %g)\n"
	        "  --event-threshold J   event tier: exact Jaccard of content words (default: %g)\n"
	        "  --fp-weight W         LSH cost of false positives (default: %g)\n"
	        "  --fn-weight W         LSH cost of false negatives (default: %g)\n"
	        "  --tier T              duplicate, event or both (default: %s)\n"
	        "  --event-window D      keep articles more than D apart out of one event, e.g. 7d\n"
	        "                        (default: %s)\n"
	        "  --fold-accents        strip accents after normalisation (default: off)\n"
	        "  --no-boilerplate      do not set boilerplate aside\n"
	        "  --no-compare          do not look for conflicting statements\n"
	        "  --over-time           also offer changes of position across events\n"
	        "  --min-score S         report conflicts scoring at least S (default: %g)\n"
	        "  --leads               also list leads: weaker candidates scoring from the lead\n"
	        "                        floor up to --min-score, or marked weak by the\n"
	        "                        comparator (default: off; updates are always listed)\n"
	        "  --lead-floor S        leads score at least S (implies --leads; default: %g)\n"
	        "  --negation-conflicts  plain negations may be conflicts (default: leads only)\n"
	        "  --event-days          compare the event days reports give relative to their\n"
	        "                        publication date ('on Thursday'), even in sentences\n"
	        "                        that share few words (default: off)\n"
	        "  --lexicons DIR        read fr.json and en.json from DIR (default: built in)\n"
	        "  --fail-on F           conflict[:MIN_SCORE] or duplicate: exit 1 when reached\n"
	        "  --baseline REPORT     report only findings not in REPORT\n"
	        "  --index SIGS          report new documents against the signatures in SIGS\n"
	        "                        (created when absent), then add them to it; runs on one\n"
	        "                        index take turns (a lock on SIGS.lock beside it)\n"
	        "  --index-wait S        wait at most S seconds for another run's index lock,\n"
	        "                        then fail (default: 600)\n"
	        "  --max-links N         list at most N pairs kept apart per tier; the rest are\n"
	        "                        counted and a warning says so (default: %zu)\n"
	        "  --max-pairs N         list at most N pairs per cluster (the highest Jaccards);\n"
	        "                        the rest are counted and a warning says so (default: %d)\n"
	        "  --max-doc-bytes N     reject larger documents (default: %zu)\n"
	        "  --min-words N         reject documents with fewer words (default: %zu)\n"
	        "  -t, --threads N       worker threads, 0 = all cores (default: %d)\n"
	        "  -q, --quiet           no progress, no summary line\n",
	        o->mh.k, (unsigned long long)o->mh.seed, sc_sh_mh_scheme_name(o->mh.scheme), o->dup_k,
	        o->dup_threshold, o->event_threshold, o->fp_weight, o->fn_weight,
	        sc_rep_tier_name(o), o->event_window_days ? "set" : "off", o->min_conflict_score,
	        o->lead_floor, o->max_links,
	        SC_REP_MAX_PAIRS, ro->max_doc_bytes,
	        ro->min_words, o->threads);
}

static void index_waiting(void *arg, const char *msg)
{
	(void)arg;
	logmsg("detect: %s", msg);
}

/* ------------------------------------------------- detect: the steps
 * cmd_detect reads as: options -> checks -> open the baseline and the index -> read every
 * input into the detector -> run it -> build, write and gate the report -> grow the index.
 * The resources of a run live in one detect_run_t, released in one place. */
typedef struct detect_cli_s {
	sc_det_opts_t o;
	sc_reader_opts_t ro;
	sc_rep_failon_t fail;
	int failset, fmt;
	const char *out, *baseline, *index_path;
	double index_wait;
	size_t max_pairs;
} detect_cli_t;

/* Parses the options into c. Returns -1 to go on, or the exit status (help, usage error). */
static int detect_options(int argc, char **argv, detect_cli_t *c)
{
	sc_det_opts_t *o = &c->o;
	int opt;
	double d;
	memset(c, 0, sizeof *c);
	sc_det_opts_init(o);
	/* the report quotes texts only around conflicts (event clusters): the detector frees the
	 * others as soon as it has read them (detect.h, release_texts). --over-time turns it off
	 * again (below): its findings quote lone documents, in no cluster. */
	o->release_texts = 1;
	sc_sh_reader_opts_init(&c->ro);
	c->ro.interrupt = &g_interrupted; /* a signal also ends a read blocked on a pipe */
	c->fmt = SC_FMT_JSON;
	c->index_wait = 600;
	c->max_pairs = SC_REP_MAX_PAIRS;
	while ((opt = getopt_long(argc, argv, "ho:k:qt:", common_long, NULL)) != -1) {
		int r = parse_common(opt, optarg, &o->mh, &o->dup_k, &o->fold_accents, &c->ro,
		                     &o->threads);
		if (r < 0) return EXIT_USAGE;
		if (r == 0) continue;
		switch (opt) {
		case 'h': usage_detect(stdout, o, &c->ro); return EXIT_DONE;
		case 'o': c->out = optarg; break;
		case 'F':
			if (parse_format("detect", optarg, &c->fmt)) return EXIT_USAGE;
			break;
		case 1010:
		case 1011:
		case 1012:
		case 1013:
		case 1018:
		case 1044:
			if (sc_parse_double(optarg, &d)) {
				logmsg("detect: %s expects a number, got '%s'", argv[optind - 2], optarg);
				return EXIT_USAGE;
			}
			if (opt == 1010) o->dup_threshold = d;
			else if (opt == 1011) o->event_threshold = d;
			else if (opt == 1012) o->fp_weight = d;
			else if (opt == 1013) o->fn_weight = d;
			else if (opt == 1044) o->lead_floor = d, o->leads = 1;
			else o->min_conflict_score = d;
			break;
		case 1043: o->leads = 1; break;
		case 1045: o->negation_conflicts = 1; break;
		case 1046: o->event_days = 1; break;
		case 1014:
			if (parse_days(optarg, &o->event_window_days)) {
				logmsg("detect: --event-window expects a duration such as 7d or 36h, got '%s'",
				       optarg);
				return EXIT_USAGE;
			}
			break;
		case 1015: o->boilerplate = 0; break;
		case 1016: o->compare = 0; break;
		case 1017: o->over_time = 1; break;
		case 1019: o->lexicon_dir = optarg; break;
		case 1020:
			if (parse_failon("detect", optarg, &c->fail)) return EXIT_USAGE;
			c->failset = 1;
			break;
		case 1021: c->baseline = optarg; break;
		case 1041: c->index_path = optarg; break;
		case 1302: /* --max-pairs */
		case 1042: { /* --max-links */
			long v;
			if (parse_range(opt == 1302 ? "--max-pairs" : "--max-links", optarg, 0, 100000000,
			                &v))
				return EXIT_USAGE;
			if (opt == 1302) c->max_pairs = (size_t)v;
			else o->max_links = (size_t)v;
			break;
		}
		case 1301:
			if (sc_parse_double(optarg, &c->index_wait) || !(c->index_wait >= 0)) {
				logmsg("detect: --index-wait expects seconds >= 0, got '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		case 1040:
			o->dup_tier = strcmp(optarg, "event") != 0;
			o->event_tier = strcmp(optarg, "duplicate") != 0;
			if (strcmp(optarg, "both") && strcmp(optarg, "duplicate") &&
			    strcmp(optarg, "event")) {
				logmsg("detect: --tier expects duplicate, event or both, got '%s'",
				       optarg);
				return EXIT_USAGE;
			}
			break;
		default: usage_detect(stderr, o, &c->ro); return EXIT_USAGE;
		}
	}
	if (o->over_time) o->release_texts = 0;
	return -1;
}

/* What can be refused before any work: no input, options that disagree, an output that
 * would replace an input, the index or the baseline (and an index that would replace an
 * input). Returns -1 to go on, or EXIT_USAGE after saying why. */
static int detect_check(const detect_cli_t *c, char *const *inputs, int ninputs)
{
	char err[512];
	if (ninputs <= 0) {
		logmsg("detect: no INPUT given (see storycheck detect --help)");
		return EXIT_USAGE;
	}
	if (sc_det_opts_check(&c->o, err, sizeof err)) {
		logmsg("detect: %s", err);
		return EXIT_USAGE;
	}
	if (output_clashes("detect", c->out, inputs, ninputs, c->index_path, "the index") ||
	    output_clashes("detect", c->out, NULL, 0, c->baseline, "the baseline") ||
	    (c->index_path &&
	     output_clashes("detect", c->index_path, inputs, ninputs, NULL, NULL)))
		return EXIT_USAGE;
	return -1;
}

/* Everything a detect run holds, released by detect_release. */
typedef struct detect_run_s {
	sc_reader_t *rd;
	sc_det_t *det;
	cJSON *params, *rep, *base;
	char *text;
	sc_det_index_t *ix;
	int ixlock;
	size_t nixpairs;
	reread_t rr;
} detect_run_t;

static void detect_release(detect_run_t *R)
{
	free(R->rr.hash);
	free(R->rr.part);
	for (size_t i = 0; R->rr.left && i < R->rr.nparts; i++)
		left_free(&R->rr.left[i]);
	free(R->rr.left);
	SC_FREE_EACH(R->rr.unread_path, R->rr.nunread);
	SC_FREE_EACH(R->rr.unread_reason, R->rr.nunread);
	sc_sh_reader_parts_free(R->rr.parts, R->rr.nparts);
	sc_det_index_free(R->ix);
	sc_det_index_unlock(R->ixlock);
	free(R->text);
	cJSON_Delete(R->params);
	cJSON_Delete(R->rep);
	cJSON_Delete(R->base);
	sc_det_free(R->det);
	sc_sh_reader_close(R->rd);
}

/* Loads the baseline, takes the index's lock and opens the index. Returns -1 to go on, or
 * the exit status after saying why. */
static int detect_open(const detect_cli_t *c, detect_run_t *R)
{
	char err[512];
	int r;
	if (c->baseline && sc_rep_load(c->baseline, &R->base, err, sizeof err)) {
		logmsg("detect: baseline: %s", err);
		return EXIT_USAGE;
	}
	if (!c->index_path) return -1;
	if ((R->ixlock = sc_det_index_lock(c->index_path, c->index_wait, &g_interrupted,
	                                   index_waiting, NULL, err, sizeof err)) < 0) {
		if (R->ixlock == SC_EINTR) logmsg("detect: interrupted; no report written");
		else logmsg("detect: %s", R->ixlock == SC_ENOMEM ? "out of memory" : err);
		return EXIT_IO;
	}
	if ((r = sc_det_index_open(&R->ix, c->index_path, &c->o, err, sizeof err))) {
		if (r == SC_ENOMEM) logmsg("detect: out of memory");
		else logmsg("detect: %s", err);
		return r == SC_EMISMATCH || r == SC_EPARAM ? EXIT_USAGE : EXIT_IO;
	}
	return -1;
}

/* Streaming needs inputs that can be read twice: regular files and directories. Standard
 * input, a FIFO, a device or /dev/stdin would block or give other bytes, so they are read
 * once and their texts kept (the non-streaming path). Streaming walks the inputs once here:
 * every pass reads this list (see reread_t). Returns -1 to go on, or the exit status after
 * saying why. */
static int detect_plan_reread(detect_cli_t *c, detect_run_t *R, char *const *inputs,
                              int ninputs)
{
	R->rr = (reread_t){.ro = &c->ro, .blame = SIZE_MAX};
#ifdef SC_MPI
	if (g_mpi) return -1; /* ranks read their shares (det_mpi.h: o->reread is ignored) */
#endif
	int twice = 1;
	for (int i = 0; i < ninputs; i++) {
		struct stat st;
		twice &= strcmp(inputs[i], "-") && !stat(inputs[i], &st) &&
		         (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode));
	}
	if (!twice) return -1;
	int r = sc_sh_reader_list((const char *const *)inputs, ninputs, &R->rr.parts,
	                          &R->rr.nparts);
	if (r) {
		logmsg("detect: %s", r == SC_EINTR ? "interrupted; no report written"
		                                   : sc_strerror(r));
		return EXIT_IO;
	}
	/* a JSONL file is read up to its size at the walk, by every pass: lines appended
	 * during the run are not read (the reader still calls such a part the whole file). An
	 * empty one too (size 0: nothing is read, "no JSONL records"): unbounded, lines appended
	 * after the walk were read, and when they came between two passes the run started over
	 * without the file. Every listed item is a regular file here (the walk keeps no other,
	 * and detect streams only regular files and directories given by name). */
	for (size_t i = 0; i < R->rr.nparts; i++)
		if (!R->rr.parts[i].reason && !R->rr.parts[i].openerr)
			R->rr.parts[i].end = R->rr.parts[i].size;
	c->o.reread = detect_reread;
	c->o.reread_ctx = &R->rr;
	return -1;
}

/* Reads every input into a new detector (and the index's sketches). 0, or -1 after saying
 * why the run cannot go on. */
static int detect_read(const detect_cli_t *c, detect_run_t *R, char *const *inputs,
                       int ninputs)
{
	if (c->o.reread) pass_hook(&R->rr);
	if ((c->o.reread ? sc_sh_reader_open_parts(&R->rd, R->rr.parts, R->rr.nparts, &c->ro)
	                 : sc_sh_reader_open(&R->rd, (const char *const *)inputs, ninputs,
	                                     &c->ro)) ||
	    !(R->det = sc_det_create(&c->o))) {
		logmsg("detect: out of memory");
		return -1;
	}
	progress_t prog;
	progress_start(&prog, inputs, ninputs);
	for (;;) {
		sc_doc_t doc = {0};
		sc_reject_t rej = {0};
		int r = next_item(R->rd, &prog, "detect", "report", c->o.reread ? R->rr.parts : NULL,
		                  &doc, &rej);
		if (r == 0) {
			/* read: its buffers go now, before the run's passes open readers of their own
			 * (a line buffer grows to --max-doc-bytes) */
			sc_sh_reader_close(R->rd);
			R->rd = NULL;
			return 0;
		}
		if (r < 0) return -1;
		const size_t part = c->o.reread ? sc_sh_reader_part(R->rd) : 0;
		if (r == 2 && R->rr.left && R->rr.left[part].n && !rej.line) {
			/* a file left out by a restart: the items the first pass read from it */
			const struct left_s *l = &R->rr.left[part];
			if (!g_quiet)
				logmsg("detect: %s: its %zu inputs of the first pass are listed as rejected, "
				       "each by its id and line",
				       rej.path, l->n);
			r = SC_OK;
			for (size_t i = 0; !r && i < l->n; i++) {
				sc_reject_t x;
				r = reject_copy(&x, l->v[i].id, l->v[i].path, l->v[i].line, l->v[i].reason);
				if (!r && (r = sc_det_reject(R->det, &x))) sc_reject_free(&x);
			}
		} else if (r == 2) {
			r = sc_det_reject(R->det, &rej);
		} else {
			if (doc.repaired && !g_quiet)
				logmsg("%s: %zu invalid UTF-8 sequences replaced by U+FFFD", doc.id,
				       doc.repaired);
			/* (hashed before sc_det_add, which may take the text) */
			r = c->o.reread ? hash_push(&R->rr, sc_sh_doc_hash(&doc), part) : SC_OK;
			if (r >= 0 && R->ix) r = sc_det_index_sketch(R->ix, &doc);
			if (r >= 0) r = sc_det_add(R->det, &doc);
		}
		sc_doc_free(&doc);
		sc_reject_free(&rej);
		if (r) {
			logmsg("detect: %s", sc_strerror(r));
			return -1;
		}
	}
}

/* A later pass found a listed file changed (R->rr.blame): the run starts over from the first
 * pass, that file a reject saying why, with a new detector and the index read again. 0, or
 * -1 after saying why the run cannot go on (it has started over too often: the input keeps
 * changing). */
static int detect_restart(const detect_cli_t *c, detect_run_t *R)
{
	reread_t *rr = &R->rr;
	sc_reader_part_t *p = &rr->parts[rr->blame];
	char buf[512];
	if (++rr->restarts > SC_REREAD_RESTARTS) {
		logmsg("detect: the input kept changing while the run read it (%d files left out, "
		       "then %s); no report written: run again on inputs that stay the same",
		       SC_REREAD_RESTARTS, p->path);
		return -1;
	}
	if (rr->blame_errno)
		snprintf(buf, sizeof buf,
		         "could not be read again (%s) after the first pass over the input read it; "
		         "left out, the run read the input again without it",
		         strerror(rr->blame_errno));
	else
		snprintf(buf, sizeof buf,
		         "changed while the run read it (a later pass over the input did not read the "
		         "documents the first one did); left out, the run read the input again "
		         "without it");
	free(p->reason);
	if (!(p->reason = strdup(buf))) {
		logmsg("detect: out of memory");
		return -1;
	}
	/* what the first pass read from the file, by name: its documents become rejects (id,
	 * line), its rejects stay as they were (a JSONL file is not one input but one per line) */
	const sc_det_result_t *dr = sc_det_result(R->det);
	struct left_s *l;
	size_t nd = 0, k = 0;
	if (!rr->left && !(rr->left = calloc(rr->nparts, sizeof *rr->left))) {
		logmsg("detect: out of memory");
		return -1;
	}
	l = &rr->left[rr->blame];
	left_free(l);
	for (size_t i = 0; i < dr->ndocs; i++)
		nd += dr->docs[i].doc.path && !strcmp(dr->docs[i].doc.path, p->path);
	/* (its rejects are of lines: one of line 0 with this path is another item, such as the
	 * same file named twice) */
	for (size_t i = 0; nd && i < dr->nrejects; i++)
		k += dr->rejects[i].line && dr->rejects[i].path && !strcmp(dr->rejects[i].path, p->path);
	if (nd && !(l->v = calloc(nd + k, sizeof *l->v))) {
		logmsg("detect: out of memory");
		return -1;
	}
	for (size_t i = 0; nd && i < dr->ndocs; i++) {
		const sc_doc_t *d = &dr->docs[i].doc;
		if (!d->path || strcmp(d->path, p->path)) continue;
		if (reject_copy(&l->v[l->n], d->id, d->path, d->line, buf)) goto oom;
		l->n++;
	}
	for (size_t i = 0; nd && i < dr->nrejects; i++) {
		const sc_reject_t *x = &dr->rejects[i];
		if (!x->line || !x->path || strcmp(x->path, p->path)) continue;
		if (reject_copy(&l->v[l->n], x->id, x->path, x->line, x->reason)) goto oom;
		l->n++;
	}
	/* reading order: docs are sorted by id (sc_det_run), rejects are in input order */
	if (l->n > 1) qsort(l->v, l->n, sizeof *l->v, reject_line_cmp);
	logmsg("detect: starting over without %s (listed as rejected)", p->path);
	rr->blame = SIZE_MAX;
	rr->blame_errno = 0;
	rr->nhash = 0;
	sc_det_free(R->det);
	R->det = NULL;
	if (R->ix) {
		char err[512];
		int r;
		sc_det_index_free(R->ix);
		R->ix = NULL;
		if ((r = sc_det_index_open(&R->ix, c->index_path, &c->o, err, sizeof err))) {
			logmsg("detect: %s", r == SC_ENOMEM ? "out of memory" : err);
			return -1;
		}
	}
	return 0;
oom:
	logmsg("detect: out of memory");
	return -1;
}

/* After the last pass of a streaming run: what the inputs hold now that no pass read. The
 * run's input is the first walk's list (reread_t), which is right, but the user is told: a
 * file added to an input directory during the run, and a JSONL file that grew (its lines past
 * its size at the walk). The inputs are walked once more by name only (the same walk as the
 * first, sc_sh_reader_list_names: no file is opened or read), and each JSONL file of the first
 * list is stat()ed; each finding is said on stderr, naming the file (the first
 * SC_UNREAD_SAID of them), and listed in the report's not_read (CONTRACT.md). 0, or -1 after
 * saying why the run cannot go on (out of memory, interrupted). */
enum { SC_UNREAD_SAID = 20 };
static int unread_push(reread_t *rr, const char *path, const char *reason)
{
	if (rr->nunread == rr->munread) {
		const size_t m = sc_grow_cap(rr->munread, rr->nunread + 1);
		char **p = realloc(rr->unread_path, m * sizeof *p);
		if (p) rr->unread_path = p;
		char **q = p ? realloc(rr->unread_reason, m * sizeof *q) : NULL;
		if (!q) return SC_ENOMEM;
		rr->unread_reason = q, rr->munread = m;
	}
	char *a = strdup(path), *b = a ? strdup(reason) : NULL;
	if (!b) {
		free(a);
		return SC_ENOMEM;
	}
	if (rr->nunread < SC_UNREAD_SAID) logmsg("detect: warning: %s %s", a, b);
	rr->unread_path[rr->nunread] = a;
	rr->unread_reason[rr->nunread++] = b;
	return SC_OK;
}

static int detect_find_unread(reread_t *rr, char *const *inputs, int ninputs)
{
	sc_reader_part_t *now = NULL;
	size_t nnow = 0;
	sc_strset_t was = {0};
	/* names only: opening each file again cost +0.8 s of 7.3 on 20,000 small files */
	int r = sc_sh_reader_list_names((const char *const *)inputs, ninputs, &now, &nnow);
	for (size_t i = 0; !r && i < rr->nparts; i++) {
		const sc_reader_part_t *p = &rr->parts[i];
		const char *x = strrchr(p->path, '.');
		struct stat st;
		char why[192];
		r = sc_strset_add(&was, p->path) < 0 ? SC_ENOMEM : SC_OK;
		/* a JSONL file is read up to its size at the walk (detect_plan_reread) */
		if (r || p->reason || p->openerr || !x || strcmp(x, ".jsonl") || stat(p->path, &st) ||
		    !S_ISREG(st.st_mode) || (uint64_t)st.st_size <= p->size)
			continue;
		snprintf(why, sizeof why,
		         "grew during the run: its bytes past %llu (its size when the input was "
		         "walked; %llu now) were not read",
		         (unsigned long long)p->size, (unsigned long long)st.st_size);
		r = unread_push(rr, p->path, why);
	}
	for (size_t i = 0; !r && i < nnow; i++) {
		if (sc_strset_has(&was, now[i].path)) continue;
		if (!now[i].reason) {
			r = unread_push(rr, now[i].path,
			                "was added to an input directory during the run: not read (the "
			                "run reads its inputs as they were walked)");
			continue;
		}
		/* a walk reject new at the end is no file added: an input named on the command
		 * line that went away (its walk at the start is what the report accounts for) is
		 * not listed; another (a symlink loop, an unreadable entry that appeared) says the
		 * walk's own reason (final13) */
		int named = 0;
		for (int k = 0; k < ninputs && !named; k++)
			named = !strcmp(inputs[k], now[i].path);
		if (named) continue;
		char why[256];
		snprintf(why, sizeof why, "appeared during the run and was not read: %s", now[i].reason);
		r = unread_push(rr, now[i].path, why);
	}
	if (!r && rr->nunread > SC_UNREAD_SAID)
		logmsg("detect: warning: %zu more files added or grown during the run, not read "
		       "(the report lists them all under not_read)",
		       rr->nunread - SC_UNREAD_SAID);
	sc_strset_free(&was);
	sc_sh_reader_parts_free(now, nnow);
	if (r) logmsg("detect: %s", sc_strerror(r));
	return r ? -1 : 0;
}

/* The run's warnings, and what banding and verification did: bucket caps are counted,
 * never silent. */
static void detect_log_run(const sc_det_opts_t *o, const sc_det_t *det)
{
	const sc_det_result_t *dr = sc_det_result(det);
	if (dr->warning[0]) logmsg("detect: warning: %s", dr->warning);
	if (dr->links_warning[0]) logmsg("detect: warning: %s", dr->links_warning);
	if (g_quiet) return;
	const sc_det_tier_stats_t *tt[2] = {&dr->stats.dup, &dr->stats.event};
	logmsg("detect: duplicate tier: %llu LSH candidate pairs (%llu buckets over the cap of "
	       "%d, %llu pairs not emitted), %llu verified%s",
	       (unsigned long long)tt[0]->lsh.candidates,
	       (unsigned long long)tt[0]->lsh.buckets_capped, SC_DET_BUCKET_CAP,
	       (unsigned long long)tt[0]->lsh.pairs_capped, (unsigned long long)tt[0]->verified,
	       dr->dup_plan.all_pairs ? " (small corpus: every pair verified)" : "");
	if (o->event_tier)
		logmsg("detect: event tier: %llu candidate pairs%s, %llu at cosine >= %.3f; "
		       "%llu merges (%llu refused by the year veto, %llu by cohesion, %llu by the "
		       "window, %llu by the weekday rule); %llu exact comparisons of a budget of %llu",
		       (unsigned long long)tt[1]->lsh.candidates,
		       dr->event_plan.all_pairs ? " (small corpus: every pair)" : "",
		       (unsigned long long)tt[1]->verified, o->event_threshold,
		       (unsigned long long)tt[1]->merges, (unsigned long long)tt[1]->refused_year,
		       (unsigned long long)tt[1]->refused_cohesion,
		       (unsigned long long)tt[1]->refused_window,
		       (unsigned long long)tt[1]->refused_weekday, (unsigned long long)tt[1]->exact,
		       (unsigned long long)tt[1]->budget);
}

/* Builds the report of the finished run (with the index section), applies the baseline and
 * writes it. 0, or -1 after saying why. */
static int detect_report(const detect_cli_t *c, detect_run_t *R)
{
	char err[512];
	int r;
	R->params = sc_rep_params(&c->o, &c->ro, c->max_pairs);
	/* JSON: a streamed tree, every section that grows with the corpus written from the
	 * detector as the file is written (a full tree cost +2.9 GiB at 1M documents); with
	 * --baseline the findings stay in the tree to be filtered (report.h). HTML and text: the
	 * full tree, and the documents' metadata can go before printing. */
	if (!(R->rep = c->fmt != SC_FMT_JSON ? sc_rep_build(R->det, R->params)
	               : R->base             ? sc_rep_build_lean(R->det, R->params)
	                                     : sc_rep_build_stream(R->det, R->params))) {
		logmsg("detect: out of memory");
		return -1;
	}
	const cJSON *punl =
	    cJSON_GetObjectItem(cJSON_GetObjectItem(R->rep, "summary"), "pairs_unlisted");
	if (punl)
		logmsg("detect: warning: %.0f verified pairs inside clusters not listed (at most %zu per "
		       "cluster, see --max-pairs); each cut cluster counts them in pairs_total",
		       punl->valuedouble, c->max_pairs);
	if (R->ix && (r = sc_rep_add_index(R->rep, R->ix, c->index_path, &c->o, &R->nixpairs))) {
		logmsg("detect: --index %s: %s", c->index_path, sc_strerror(r));
		return -1;
	}
	if (R->rr.nunread &&
	    sc_rep_add_not_read(R->rep, (const char *const *)R->rr.unread_path,
	                        (const char *const *)R->rr.unread_reason, R->rr.nunread)) {
		logmsg("detect: out of memory");
		return -1;
	}
	if (c->fmt != SC_FMT_JSON) {
		sc_det_free(R->det);
		R->det = NULL;
	}
	/* the filter returns how many findings are new (>= 0) or an error (< 0) */
	long kept = R->base ? sc_rep_apply_baseline(R->rep, R->base) : 0;
	if (kept < 0) {
		logmsg("detect: --baseline: %s", sc_strerror((int)kept));
		return -1;
	}
	if (c->fmt != SC_FMT_JSON && !(R->text = sc_rep_print(R->rep, (sc_rep_format_t)c->fmt))) {
		logmsg("detect: out of memory");
		return -1;
	}
	if (c->fmt == SC_FMT_JSON
	        ? sc_rep_write_json(c->out, R->rep, R->det, err, sizeof err)
	        : sc_rep_write_atomic(c->out, R->text, strlen(R->text), err, sizeof err)) {
		logmsg("detect: %s", err);
		return -1;
	}
	print_summary(R->rep);
	return 0;
}

/* The index grows only once the report is out: a failed run leaves it as it was. 0, or -1
 * after saying why. */
static int detect_grow_index(const detect_cli_t *c, detect_run_t *R)
{
	char err[512];
	if (sc_det_index_save(R->ix, c->index_path, err, sizeof err)) {
		logmsg("detect: %s", err);
		return -1;
	}
	if (!g_quiet) {
		size_t nold, n = sc_det_index_count(R->ix, &nold);
		logmsg("detect: index %s: %s; %zu old, %zu new documents; %zu pairs against old "
		       "documents (MinHash estimates, not verified)",
		       c->index_path, sc_det_index_created(R->ix) ? "created" : "updated", nold,
		       n - nold, R->nixpairs);
	}
	return 0;
}

#ifdef SC_MPI
/* What does not run over ranks (det_mpi.h): --index and standard input. Returns -1 to go
 * on, or EXIT_USAGE after saying why. */
static int detect_mpi_refuse(const detect_cli_t *c, char *const *inputs, int ninputs)
{
	if (c->index_path) {
		logmsg("detect: --index does not run under mpirun");
		return EXIT_USAGE;
	}
	if (mpi_refuse("detect", inputs, ninputs)) return EXIT_USAGE;
	if ((c->o.event_tier || c->o.boilerplate) && !g_quiet)
		logmsg("detect: MPI: with %s the ranks read their shares and send the texts to "
		       "rank 0, which runs the detector%s as one process does",
		       c->o.event_tier ? "the event tier" : "the boilerplate pass",
		       c->o.event_tier && c->o.compare ? " and the comparator" : "");
	return -1;
}
#endif

static int cmd_detect(int argc, char **argv)
{
	detect_cli_t c;
	int rc = detect_options(argc, argv, &c);
	if (rc >= 0) return rc;
	char *const *inputs = argv + optind;
	const int ninputs = argc - optind;
	if ((rc = detect_check(&c, inputs, ninputs)) >= 0) return rc;

	detect_run_t R = {.ixlock = -1};
	if ((rc = detect_open(&c, &R)) >= 0) goto done;
#ifdef SC_MPI
	if (g_mpi && (rc = detect_mpi_refuse(&c, inputs, ninputs)) >= 0) goto done;
#endif
	if ((rc = detect_plan_reread(&c, &R, inputs, ninputs)) >= 0) goto done;
	rc = EXIT_DONE;
#ifdef SC_MPI
	if (g_mpi) {
		char err[512];
		sc_mpi_stats_t mst;
		sc_mpi_set_progress(g_quiet || g_mute ? NULL : mpi_progress, "detect", 5);
		int r = sc_mpi_detect(&R.det, &c.o, &c.ro, (const char *const *)inputs, ninputs,
		                      mpi_item, "detect", &mst, err, sizeof err);
		if (r) {
			logmsg("detect: %s; no report written", err[0] ? err : sc_strerror(r));
			rc = r == SC_EPARAM ? EXIT_USAGE : EXIT_IO;
			goto done;
		}
		if (!R.det) goto done; /* ranks other than 0: their part is done */
		mpi_log_stats("detect", &mst);
	} else
#endif
	{
		char err[512];
		for (;;) {
			if (detect_read(&c, &R, inputs, ninputs)) {
				rc = EXIT_IO;
				goto done;
			}
			if (!sc_det_run(R.det, err, sizeof err)) {
				if (c.o.reread && detect_find_unread(&R.rr, inputs, ninputs)) {
					rc = EXIT_IO;
					goto done;
				}
				break;
			}
			if (R.rr.blame == SIZE_MAX) logmsg("detect: %s", err);
			if (R.rr.blame == SIZE_MAX || detect_restart(&c, &R)) {
				rc = EXIT_IO;
				goto done;
			}
		}
	}
	detect_log_run(&c.o, R.det);
	if (g_interrupted) { /* a signal during the run (checked only between documents above) */
		logmsg("detect: interrupted; no report written");
		rc = EXIT_IO;
		goto done;
	}
	if (sc_det_result(R.det)->ndocs == 0) {
		logmsg("detect: no document could be read (%zu rejected)",
		       sc_det_result(R.det)->nrejects);
		rc = EXIT_IO;
		/* The report is still written: it accounts for every rejected input. */
	}
	if (detect_report(&c, &R) || (R.ix && detect_grow_index(&c, &R))) {
		rc = EXIT_IO;
		goto done;
	}
	if (rc == EXIT_DONE && c.failset && sc_rep_failon_hit(R.rep, &c.fail)) rc = EXIT_FINDINGS;
done:
	detect_release(&R);
	return rc;
}

/* ---------------------------------------------------------- compare */
static void usage_compare(FILE *fp)
{
	fprintf(fp, "Usage: storycheck compare [options] PAIRS.tsv\n"
	            "Judge sentence pairs: contradiction or compatible. Writes one JSON object per line.\n\n"
	            "  -o FILE           output file (default: standard output)\n"
	            "  --lexicons DIR    read fr.json and en.json from DIR (default: built in)\n"
	            "  --lang L          fr, en, or auto (default: auto)\n"
	            "  --operating-point P  precision or f1 (default: %s): precision is the\n"
	            "                    judge's own accuracy-tuned decision, f1 is tuned for\n"
	            "                    contradiction-vs-rest F1 on NLI-style pairs\n",
	        SC_CMP_OP_DEFAULT_NAME);
}

/* One output line of compare: {"id", "label", "score", "kind", "cues", ...}, the row's
 * other columns carried through ("label" as "gold"). col: the premise, hypothesis and id
 * columns (ncols when there is no id column: the id is then the line number). Caller frees;
 * NULL on OOM. */
static char *compare_row_json(const sc_judgement_t *jp, const char *const *f, sc_tsv_t *tsv,
                              const size_t col[3], uint64_t line)
{
	const size_t ncol = sc_cmp_tsv_ncols(tsv), ip = col[0], ih = col[1], iid = col[2];
	sc_judgement_t j = *jp; /* its cues are cut at commas in place, then restored */
	cJSON *o = cJSON_CreateObject();
	char idbuf[32];
	if (iid < ncol && f[iid]) cJSON_AddStringToObject(o, "id", f[iid]);
	else {
		snprintf(idbuf, sizeof idbuf, "%llu", (unsigned long long)line);
		cJSON_AddStringToObject(o, "id", idbuf);
	}
	cJSON_AddStringToObject(o, "label", j.contradiction ? "contradiction" : "compatible");
	char sc[16];
	snprintf(sc, sizeof sc, "%.4f", j.score);
	cJSON_AddRawToObject(o, "score", sc);
	if (j.kind >= 0) cJSON_AddStringToObject(o, "kind", sc_cmp_kind_name(j.kind));
	else cJSON_AddNullToObject(o, "kind");
	cJSON *cues = cJSON_AddArrayToObject(o, "cues");
	for (char *s = j.cues, *e; *s; s = *e ? e + 1 : e) {
		e = strchr(s, ',');
		if (!e) e = s + strlen(s);
		char save = *e;
		*e = '\0';
		cJSON_AddItemToArray(cues, cJSON_CreateString(s));
		*e = save;
	}
	/* Other columns (label, etc.) are carried through. */
	for (size_t i = 0; i < ncol; i++) {
		const char *nm = sc_cmp_tsv_colname(tsv, i);
		if (i == ip || i == ih || i == iid || !f[i]) continue;
		if (!strcmp(nm, "label")) cJSON_AddStringToObject(o, "gold", f[i]);
		else if (!cJSON_GetObjectItemCaseSensitive(o, nm))
			cJSON_AddStringToObject(o, nm, f[i]);
	}
	char *s = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	return s;
}

/* compare's options into *out, *lexdir, *lang. Returns -1 to go on, else the exit status
 * (--help, a usage error). */
static int compare_options(int argc, char **argv, const char **out, const char **lexdir,
                           const char **lang, int *op)
{
	static const struct option lo[] = {
		{"help", no_argument, 0, 'h'},     {"output", required_argument, 0, 'o'},
		{"lexicons", required_argument, 0, 1}, {"lang", required_argument, 0, 2},
		{"operating-point", required_argument, 0, 3}, {0, 0, 0, 0},
	};
	int c;
	while ((c = getopt_long(argc, argv, "ho:", lo, NULL)) != -1) {
		switch (c) {
		case 'h': usage_compare(stdout); return EXIT_DONE;
		case 'o': *out = optarg; break;
		case 1: *lexdir = optarg; break;
		case 2:
			if (!strcmp(optarg, "auto")) *lang = "";
			else if (!strcmp(optarg, "fr") || !strcmp(optarg, "en")) *lang = optarg;
			else {
				logmsg("compare: --lang expects fr, en or auto, got '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		case 3:
			if (!strcmp(optarg, "f1")) *op = SC_CMP_OP_F1;
			else if (!strcmp(optarg, "precision")) *op = SC_CMP_OP_PRECISION;
			else {
				logmsg("compare: --operating-point expects f1 or precision, got '%s'",
				       optarg);
				return EXIT_USAGE;
			}
			break;
		default: usage_compare(stderr); return EXIT_USAGE;
		}
	}
	if (optind != argc - 1) {
		logmsg("compare: expects exactly one PAIRS.tsv (see storycheck compare --help)");
		return EXIT_USAGE;
	}
	if (output_clashes("compare", *out, argv + optind, 1, NULL, NULL)) return EXIT_USAGE;
	return -1;
}

/* Judges every row of tsv (columns col[0] premise, col[1] hypothesis, col[2] id or ncols),
 * one JSON line each to mem; a row that cannot be read or judged is said and counted in
 * *bad. Returns EXIT_DONE, or EXIT_IO when the judge cannot run at all. */
static int compare_rows(sc_cmp_t *cmp, sc_tsv_t *tsv, const char *path, const char *lang,
                        const size_t col[3], FILE *mem, uint64_t *rows, uint64_t *bad)
{
	char err[512];
	for (;;) {
		const char *const *f;
		uint64_t line;
		int r = sc_cmp_tsv_next(tsv, &f, &line, err, sizeof err);
		if (r == 0) return EXIT_DONE;
		if (r < 0) {
			logmsg("compare: %s", err);
			++*bad;
			continue;
		}
		++*rows;
		sc_judgement_t j;
		const char *p = f[col[0]] ? f[col[0]] : "", *h = f[col[1]] ? f[col[1]] : "";
		int jr = sc_cmp_pair(cmp, p, strlen(p), h, strlen(h), lang, &j);
		if (jr == SC_ENOMODEL || jr == SC_ENOMEM) { /* no row could be judged: stop */
			logmsg("compare: the judge (%s) cannot run: %s", sc_cmp_get_judge(cmp)->name,
			       sc_strerror(jr));
			return EXIT_IO;
		}
		if (jr) {
			logmsg("compare: %s line %llu: could not judge: %s", path,
			       (unsigned long long)line, sc_strerror(jr));
			++*bad;
			continue;
		}
		char *s = compare_row_json(&j, f, tsv, col, line);
		fprintf(mem, "%s\n", s ? s : "");
		free(s);
	}
}

static int cmd_compare(int argc, char **argv)
{
	const char *out = NULL, *lexdir = NULL, *lang = "";
	int op = 0;
	int rc = compare_options(argc, argv, &out, &lexdir, &lang, &op);
	if (rc >= 0) return rc;
	const char *path = argv[optind];
	char err[512];
	rc = EXIT_DONE;
	sc_cmp_t *cmp = NULL;
	sc_tsv_t *tsv = NULL;
	FILE *in = NULL;
	char *buf = NULL;
	size_t blen = 0;
	FILE *mem = NULL;

	if (sc_cmp_create(&cmp, lexdir, err, sizeof err)) {
		logmsg("compare: %s", err);
		return EXIT_USAGE;
	}
	sc_cmp_set_operating_point(cmp, op);
	in = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!in) {
		logmsg("compare: cannot read %s: %s", path, strerror(errno));
		rc = EXIT_IO;
		goto done;
	}
	if (sc_cmp_tsv_open(&tsv, in, path, err, sizeof err)) {
		logmsg("compare: %s", err);
		rc = EXIT_IO;
		goto done;
	}
	size_t ncol = sc_cmp_tsv_ncols(tsv), col[3] = {ncol, ncol, ncol};
	for (size_t i = 0; i < ncol; i++) {
		const char *nm = sc_cmp_tsv_colname(tsv, i);
		if (!strcmp(nm, "premise")) col[0] = i;
		else if (!strcmp(nm, "hypothesis")) col[1] = i;
		else if (!strcmp(nm, "id")) col[2] = i;
	}
	if (col[0] == ncol || col[1] == ncol) {
		logmsg("compare: %s: the header must name 'premise' and 'hypothesis' columns", path);
		rc = EXIT_USAGE;
		goto done;
	}
	/* Output is buffered in memory and written atomically at the end. */
	if (!(mem = open_memstream(&buf, &blen))) {
		rc = EXIT_IO;
		goto done;
	}
	uint64_t rows = 0, bad = 0;
	if ((rc = compare_rows(cmp, tsv, path, lang, col, mem, &rows, &bad))) goto done;
	fclose(mem);
	mem = NULL;
	if (sc_rep_write_atomic(out, buf, blen, err, sizeof err)) {
		logmsg("compare: %s", err);
		rc = EXIT_IO;
		goto done;
	}
	if (rows == 0) {
		logmsg("compare: %s: no pair could be read", path);
		rc = EXIT_IO;
	} else if (bad) {
		logmsg("compare: %llu rows judged, %llu skipped (see above)", (unsigned long long)rows,
		       (unsigned long long)bad);
	}
done:
	if (mem) fclose(mem);
	free(buf);
	sc_cmp_tsv_close(tsv);
	if (in && in != stdin) fclose(in);
	sc_cmp_free(cmp);
	return rc;
}

/* ----------------------------------------------------------- report */
static void usage_report(FILE *fp)
{
	fprintf(fp, "Usage: storycheck report [options] REPORT.json\n"
	            "Render a report.\n\n"
	            "  -o FILE            output file (default: standard output)\n"
	            "  --format F         html, text or json (default: text)\n"
	            "  --fail-on F        conflict[:MIN_SCORE] or duplicate: exit 1 when reached\n"
	            "  --baseline REPORT  keep only findings not in REPORT\n"
	            "  -q, --quiet        no summary line\n");
}

static int cmd_report(int argc, char **argv)
{
	static const struct option lo[] = {
		{"help", no_argument, 0, 'h'},       {"output", required_argument, 0, 'o'},
		{"format", required_argument, 0, 'F'}, {"fail-on", required_argument, 0, 1},
		{"baseline", required_argument, 0, 2}, {"quiet", no_argument, 0, 'q'},
		{0, 0, 0, 0},
	};
	const char *out = NULL, *baseline = NULL;
	int fmt = SC_FMT_TEXT, c, failset = 0;
	sc_rep_failon_t fail = {0};
	while ((c = getopt_long(argc, argv, "ho:q", lo, NULL)) != -1) {
		switch (c) {
		case 'h': usage_report(stdout); return EXIT_DONE;
		case 'o': out = optarg; break;
		case 'q': g_quiet = 1; break;
		case 'F':
			if (parse_format("report", optarg, &fmt)) return EXIT_USAGE;
			break;
		case 1:
			if (parse_failon("report", optarg, &fail)) return EXIT_USAGE;
			failset = 1;
			break;
		case 2: baseline = optarg; break;
		default: usage_report(stderr); return EXIT_USAGE;
		}
	}
	if (optind != argc - 1) {
		logmsg("report: expects exactly one REPORT.json (see storycheck report --help)");
		return EXIT_USAGE;
	}
	if (output_clashes("report", out, argv + optind, 1, baseline, "the baseline"))
		return EXIT_USAGE;
	char err[512];
	cJSON *rep = NULL, *base = NULL;
	char *text = NULL;
	int rc = EXIT_DONE;
	if (sc_rep_load(argv[optind], &rep, err, sizeof err)) {
		logmsg("report: %s", err);
		return EXIT_IO;
	}
	if (baseline && sc_rep_load(baseline, &base, err, sizeof err)) {
		logmsg("report: baseline: %s", err);
		rc = EXIT_USAGE;
		goto done;
	}
	long kept = base ? sc_rep_apply_baseline(rep, base) : 0;
	if (kept < 0) {
		logmsg("report: --baseline: %s", sc_strerror((int)kept));
		rc = EXIT_IO;
		goto done;
	}
	if (!(text = sc_rep_print(rep, (sc_rep_format_t)fmt))) {
		rc = EXIT_IO;
		goto done;
	}
	if (sc_rep_write_atomic(out, text, strlen(text), err, sizeof err)) {
		logmsg("report: %s", err);
		rc = EXIT_IO;
		goto done;
	}
	print_summary(rep);
	if (failset && sc_rep_failon_hit(rep, &fail)) rc = EXIT_FINDINGS;
done:
	free(text);
	cJSON_Delete(rep);
	cJSON_Delete(base);
	return rc;
}

/* ------------------------------------------------------------- main */
static void usage(FILE *fp)
{
	fprintf(fp, "storycheck %s: find which articles tell the same story, and where they disagree.\n\n"
	            "Usage: storycheck COMMAND [options] ...\n\n"
	            "  detect   cluster articles by event and near-duplicate copy, flag conflicts\n"
	            "  compare  judge sentence pairs: contradiction or compatible\n"
	            "  shingle  write MinHash signatures for reuse\n"
	            "  report   render a report (html, text)\n\n"
	            "Each command has --help. Exit status: 0 done, 1 findings reached --fail-on,\n"
	            "2 usage error, 3 nothing could be read or the output could not be written.\n",
	            SC_VERSION);
}

static int run(int argc, char **argv);
int main(int argc, char **argv)
{
#ifdef SC_MPI
	if (sc_mpi_launched()) {
		if (sc_mpi_init(&argc, &argv)) {
			logmsg("cannot start MPI");
			return EXIT_IO;
		}
		g_mpi = 1;
		g_mute = sc_mpi_rank() != 0;
		int rc = run(argc, argv);
		sc_mpi_finalize();
		return rc;
	}
#endif
	return run(argc, argv);
}

static int run(int argc, char **argv)
{
	gsl_set_error_handler_off(); /* library code checks GSL status codes itself */
	install_signals();
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
		usage(stdout);
		return EXIT_DONE;
	}
	if (!strcmp(cmd, "--version")) {
		printf("storycheck %s\n", SC_VERSION);
		return EXIT_DONE;
	}
	argv++, argc--;
	optind = 1;
	if (!strcmp(cmd, "shingle")) return cmd_shingle(argc, argv);
	if (!strcmp(cmd, "detect")) return cmd_detect(argc, argv);
	if (!strcmp(cmd, "compare")) return cmd_compare(argc, argv);
	if (!strcmp(cmd, "report")) return cmd_report(argc, argv);
	logmsg("unknown command '%s' (see storycheck --help)", cmd);
	return EXIT_USAGE;
}
