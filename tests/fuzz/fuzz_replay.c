/* fuzz_replay.c: main() for a fuzz harness in the ordinary build. Feeds the harness every
 * file named on the command line, or every file inside a directory named there (sorted, so
 * the order is the same on every machine), and prints how many it replayed. An argument that
 * yields no file is an error: a replay test must not pass without replaying anything.
 * A harness reports a broken invariant by aborting, which fails the test. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return -1;
	}
	size_t cap = 1 << 16, n = 0;
	uint8_t *buf = malloc(cap);
	for (size_t k; buf && (k = fread(buf + n, 1, cap - n, f)) > 0;) {
		n += k;
		if (n == cap) {
			uint8_t *b = realloc(buf, cap *= 2);
			if (!b) free(buf);
			buf = b;
		}
	}
	fclose(f);
	if (!buf) {
		fprintf(stderr, "%s: out of memory\n", path);
		return -1;
	}
	/* a private copy of exactly n bytes, so ASan and valgrind catch reads past the input */
	uint8_t *exact = malloc(n ? n : 1);
	memcpy(exact, buf, n);
	free(buf);
	LLVMFuzzerTestOneInput(exact, n);
	free(exact);
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	long replayed = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st)) {
			perror(argv[i]);
			return 1;
		}
		if (!S_ISDIR(st.st_mode)) {
			if (replay_file(argv[i])) return 1;
			replayed++;
			continue;
		}
		DIR *d = opendir(argv[i]);
		if (!d) {
			perror(argv[i]);
			return 1;
		}
		char **names = NULL;
		size_t n = 0, m = 0;
		for (struct dirent *e; (e = readdir(d));) {
			if (e->d_name[0] == '.') continue;
			if (n == m) names = realloc(names, (m = m ? 2 * m : 64) * sizeof *names);
			names[n++] = strdup(e->d_name);
		}
		closedir(d);
		qsort(names, n, sizeof *names, cmp_str);
		long before = replayed;
		for (size_t j = 0; j < n; j++) {
			char path[4096];
			snprintf(path, sizeof path, "%s/%s", argv[i], names[j]);
			if (!stat(path, &st) && S_ISREG(st.st_mode)) {
				if (replay_file(path)) return 1;
				replayed++;
			}
			free(names[j]);
		}
		free(names);
		if (replayed == before) {
			fprintf(stderr, "%s: no file to replay\n", argv[i]);
			return 1;
		}
	}
	if (!replayed) {
		fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
		return 1;
	}
	printf("%ld inputs replayed\n", replayed);
	return 0;
}
