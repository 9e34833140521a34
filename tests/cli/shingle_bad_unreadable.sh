#!/usr/bin/env bash
# Unreadable paths (a nonexistent path, a dangling symlink) are rejected by name; the run goes
# on. (chmod 000 does not stop root, so these are the unreadable cases a test can make.)
bin=$1
source tests/cli/shingle_lib.bash
rejected_beside_good "fixtures/bad/no_such_file.txt: cannot read: No such file or directory" \
	"fixtures/bad/dangling.txt: dangling symlink (its target does not exist)"
run 3 shingle --format jsonl /nonexistent/dir
err_has "rejected /nonexistent/dir: cannot read: No such file or directory"
finish
