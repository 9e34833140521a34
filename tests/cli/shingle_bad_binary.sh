#!/usr/bin/env bash
# Binary content is rejected as such (not as text with many repairs); the run goes on.
bin=$1
source tests/cli/shingle_lib.bash
run 0 shingle --format jsonl fixtures/bad/binary.txt $GOOD
err_has "rejected fixtures/bad/binary.txt: binary content:"
out_count 1
finish
