/* gen_cli.h: what the generators' command lines (gen_corpus, gen_events) share, written once:
 * the usage errors after getopt and the corpus output ('-' is standard output). bench/ only. */
#ifndef SC_GEN_CLI_H
#define SC_GEN_CLI_H

#include <errno.h>
#include <getopt.h> /* optind, optarg */
#include <stdio.h>
#include <string.h>

/* Inside the getopt loop, after an option's value was parsed: when bad, says which option had
 * a bad value (getopt left it at argv[optind - 1]) and returns 2, the usage exit status;
 * else 0. After the loop, with bad = -1: an operand left over is a usage error too. */
static inline int gen_cli_usage_error(const char *prog, int bad, int argc, char **argv)
{
	if (bad > 0) {
		fprintf(stderr, "%s: bad value for option %s: '%s'\n", prog, argv[optind - 1], optarg);
		return 2;
	}
	if (bad < 0 && optind < argc) {
		fprintf(stderr, "%s: unexpected argument '%s'\n", prog, argv[optind]);
		return 2;
	}
	return 0;
}

/* Opens the corpus output path for writing ('-': standard output), with a 1 MiB buffer.
 * Returns the stream, or NULL with "PATH: reason" in err. */
static inline FILE *gen_cli_open(const char *path, char *err, size_t errlen)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "wb") : stdout;
	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	setvbuf(f, NULL, _IOFBF, 1 << 20);
	return f;
}

/* Closes what gen_cli_open opened (standard output is flushed, not closed). Returns 0, or -1
 * with "PATH: write error: reason" in err. */
static inline int gen_cli_close(FILE *f, const char *path, char *err, size_t errlen)
{
	if (f != stdout ? fclose(f) : fflush(f)) {
		snprintf(err, errlen, "%s: write error: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

#endif
