/* gen_cli.h: what the generators' command lines (gen_corpus, gen_events) share, written once:
 * the usage errors after getopt, the corpus output ('-' is standard output) and the truth file,
 * their write errors, the end of main. bench/ only. */
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

/* Opens an output path for writing ('-': standard output when dash is set), with a 1 MiB
 * buffer. Returns the stream, or NULL with "PATH: reason" in err. */
static inline FILE *gen_cli_open_as(const char *path, int dash, char *err, size_t errlen)
{
	FILE *f = dash && !strcmp(path, "-") ? stdout : fopen(path, "wb");
	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	setvbuf(f, NULL, _IOFBF, 1 << 20);
	return f;
}

/* The corpus output ('-' is standard output), as gen_cli_open_as. */
static inline FILE *gen_cli_open(const char *path, char *err, size_t errlen)
{
	return gen_cli_open_as(path, 1, err, errlen);
}

/* "PATH: write error: reason (errno)" in err; returns -1. */
static inline int gen_cli_write_error(const char *path, char *err, size_t errlen)
{
	snprintf(err, errlen, "%s: write error: %s", path, strerror(errno));
	return -1;
}

/* Closes what gen_cli_open opened (standard output is flushed, not closed). Returns 0, or -1
 * with "PATH: write error: reason" in err. */
static inline int gen_cli_close(FILE *f, const char *path, char *err, size_t errlen)
{
	return (f != stdout ? fclose(f) : fflush(f)) ? gen_cli_write_error(path, err, errlen) : 0;
}

/* The end of a generator's main: on failure (status non-zero) the message of err, if any, on
 * standard error; the corpus output f and the truth file tf closed if still open (either may
 * be NULL). Returns status. */
static inline int gen_cli_finish(const char *prog, int status, const char *err, FILE *f, FILE *tf)
{
	if (status && err[0]) fprintf(stderr, "%s: %s\n", prog, err);
	if (f && f != stdout) fclose(f);
	if (tf) fclose(tf);
	return status;
}

#endif
