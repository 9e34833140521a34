#!/usr/bin/env bash
# Invalid UTF-8 is repaired (U+FFFD), counted and shown per document; the document is kept.
bin=$1
source tests/cli/shingle_lib.bash
run 0 shingle --format jsonl fixtures/bad/invalid_utf8.txt $GOOD
err_has "repaired invalid_utf8 (fixtures/bad/invalid_utf8.txt): 4 invalid UTF-8 sequences replaced by U+FFFD"
out_has_id invalid_utf8
out_count 2
# the repaired text is the same as the one written with U+FFFD: same signature
printf 'Un article dont le codage est abim\xef\xbf\xbd : caf\xef\xbf\xbd, d\xef\xbf\xbdput\xef\xbf\xbds et \xc3\xa9lus ensemble.\n' > "$tmp/invalid_utf8.txt"
grep '"id":"invalid_utf8"' "$tmp/out" > "$tmp/a"
run 0 shingle --format jsonl "$tmp/invalid_utf8.txt"
cmp -s "$tmp/a" "$tmp/out" || { echo "FAIL: repaired text and U+FFFD text differ"; fail=1; }
finish
