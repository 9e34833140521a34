#!/usr/bin/env bash
# A duplicate id is rejected naming the line; the first document with the id is kept.
bin=$1
source tests/cli/shingle_lib.bash
run 0 shingle --format jsonl fixtures/bad/duplicate_ids.jsonl
err_has 'rejected fixtures/bad/duplicate_ids.jsonl line 2: duplicate id "dup-1" (the first one is kept)'
out_count 1
out_has_id dup-1
# a copy of the file: every line of the copy is a duplicate
cp fixtures/bad/duplicate_ids.jsonl "$tmp/copy.jsonl"
run 0 shingle --format jsonl fixtures/bad/duplicate_ids.jsonl "$tmp/copy.jsonl"
out_count 1
[ "$(grep -c 'duplicate id' "$tmp/err")" -eq 3 ] || { echo "FAIL: expected 3 duplicate rejects"; cat "$tmp/err"; fail=1; }
# the same file twice (issue 13): read once, the second naming a reject of its own
run 0 shingle --format jsonl fixtures/bad/duplicate_ids.jsonl fixtures/bad/duplicate_ids.jsonl
out_count 1
err_has 'rejected fixtures/bad/duplicate_ids.jsonl: the same file as fixtures/bad/duplicate_ids.jsonl (read once)'
finish
