#!/usr/bin/env bash
# Empty and near-empty texts are rejected with the reason; alone they give exit 3.
bin=$1
source tests/cli/shingle_lib.bash
rejected_beside_good "fixtures/bad/empty.txt: empty document" \
	"fixtures/bad/near_empty.txt: near-empty: 2 words (minimum 5)"
# --min-words 2 accepts the near-empty text
run 0 shingle --format jsonl --min-words 2 fixtures/bad/near_empty.txt
out_has_id near_empty
# nothing readable at all: exit 3
run 3 shingle --format jsonl fixtures/bad/empty.txt
err_has "no document could be read (1 rejected)"
finish
