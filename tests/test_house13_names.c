/* test_house13_names.c: sc_sh_reader_list_names, the names-only walk of detect's end-of-run look
 * for files added to an input directory (main.c detect_find_unread). It must list what
 * sc_sh_reader_list lists - the same items (path, id, walk reject), in the same order, over
 * every rule of the walk: hidden names, extensions not read, subdirectories, symlinks to a file
 * met before, dangling symlinks, symlink loops, FIFOs, a file named again - and open no file:
 * openerr and size stay 0 where the full list found a size. */
#include "check.h"
#include "shingle.h"
#include "test_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[256];

static void put(const char *name, const char *text)
{
	sc_test_put_file(dir, name, text);
}

static void link_at(const char *target, const char *name)
{
	char p[512];
	snprintf(p, sizeof p, "%s/%s", dir, name);
	if (symlink(target, p)) fprintf(stderr, "cannot make the symlink %s\n", p);
}

static int same(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

int main(void)
{
	snprintf(dir, sizeof dir, "/tmp/sc_names_XXXXXX");
	if (!mkdtemp(dir)) {
		printf("SKIP: cannot make a temporary directory\n");
		return 77;
	}
	char p[512];
	put("a.txt", "Un article assez long pour le lire, en plusieurs mots.\n");
	put("b.md", "An article long enough to be read, in a few words.\n");
	put("c.jsonl", "{\"id\":\"c1\",\"text\":\"A line of JSONL with enough words.\"}\n");
	put(".hidden.txt", "A hidden file is not an input of the walk at all.\n");
	put("notes.json", "{\"not\":\"an input: the walk reads .txt, .md and .jsonl\"}\n");
	snprintf(p, sizeof p, "%s/sub", dir);
	mkdir(p, 0755);
	put("sub/d.txt", "Un autre article dans un sous-dossier, assez long.\n");
	link_at(".", "sub/loop");
	link_at("a.txt", "link.txt");
	link_at("nowhere.txt", "dangling.txt");
	snprintf(p, sizeof p, "%s/fifo.txt", dir);
	mkfifo(p, 0644);
	char named[512];
	snprintf(named, sizeof named, "%s/b.md", dir);
	const char *in[] = {dir, named, "/nonexistent/path.txt"};

	sc_reader_part_t *full = NULL, *names = NULL;
	size_t nfull = 0, nnames = 0;
	CHECK(!sc_sh_reader_list(in, 3, &full, &nfull), "list");
	CHECK(!sc_sh_reader_list_names(in, 3, &names, &nnames), "list_names");
	/* a.txt b.md c.jsonl dangling fifo link sub/d sub/loop, then b.md again and the
	 * nonexistent path: the walk's rules made rejects of four of them */
	CHECK(nfull == 10, "the full list has %zu items (expected 10)", nfull);
	CHECK(nnames == nfull, "names: %zu items, the full list %zu", nnames, nfull);
	size_t sized = 0;
	for (size_t i = 0; i < nfull && i < nnames; i++) {
		CHECK(same(full[i].path, names[i].path), "item %zu: %s, names %s", i, full[i].path,
		      names[i].path);
		CHECK(same(full[i].id, names[i].id), "item %zu (%s): id %s, names %s", i,
		      full[i].path, full[i].id ? full[i].id : "-", names[i].id ? names[i].id : "-");
		CHECK(same(full[i].reason, names[i].reason), "item %zu (%s): %s, names %s", i,
		      full[i].path, full[i].reason ? full[i].reason : "-",
		      names[i].reason ? names[i].reason : "-");
		CHECK(!names[i].size && !names[i].openerr,
		      "item %zu (%s): names only, yet size %llu openerr %d (a file was opened)", i,
		      names[i].path, (unsigned long long)names[i].size, names[i].openerr);
		sized += full[i].size > 0;
	}
	/* the full list opened a.txt, b.md, c.jsonl and sub/d.txt: what names-only skips */
	CHECK(sized == 4, "the full list sized %zu files (expected 4)", sized);
	int hidden = 0, json = 0;
	for (size_t i = 0; i < nnames; i++) {
		hidden |= strstr(names[i].path, ".hidden") != NULL;
		json |= strstr(names[i].path, "notes.json") != NULL;
	}
	CHECK(!hidden && !json, "names lists a hidden file (%d) or a .json file (%d)", hidden,
	      json);
	sc_sh_reader_parts_free(full, nfull);
	sc_sh_reader_parts_free(names, nnames);
	const char *dash[] = {"-"};
	CHECK(sc_sh_reader_list_names(dash, 1, &names, &nnames) == SC_EPARAM,
	      "standard input cannot be listed");

	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd)) fprintf(stderr, "could not remove %s\n", dir);
	return CHECK_DONE();
}
