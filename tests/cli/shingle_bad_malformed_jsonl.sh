#!/usr/bin/env bash
# A malformed JSONL line is rejected naming the file and line; the good line is kept.
bin=$1
source tests/cli/shingle_lib.bash
run 0 shingle --format jsonl fixtures/bad/malformed.jsonl
err_has "rejected fixtures/bad/malformed.jsonl line 2: malformed JSON near byte"
out_has_id jsonl-good
out_count 1
# the same through standard input
run 0 shingle --format jsonl - < fixtures/bad/malformed.jsonl
err_has "rejected - line 2: malformed JSON"
out_count 1
finish
