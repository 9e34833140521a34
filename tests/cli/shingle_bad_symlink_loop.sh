#!/usr/bin/env bash
# Symlink loops: a chain that loops (loop_a -> loop_b -> loop_a) and a directory link back into
# the walk (cycle -> .) are rejected once each, and the walk ends.
bin=$1
source tests/cli/shingle_lib.bash
rejected_beside_good "fixtures/bad/loop_a.txt: symlink loop"
run 0 shingle --format jsonl fixtures/bad
err_has "rejected fixtures/bad/cycle: symlink loop: the directory is already being walked"
err_has "rejected fixtures/bad/loop_a.txt: symlink loop"
err_has "rejected fixtures/bad/loop_b.txt: symlink loop"
finish
