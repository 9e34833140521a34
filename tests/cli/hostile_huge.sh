#!/usr/bin/env bash
# Limits: a 200 MB single article and a 100 MB line in a JSONL file (both generated here, in
# a temporary directory; never committed) are rejected by the --max-doc-bytes default
# (16 MiB) with a message naming them, without being buffered whole: the peak resident memory
# of the run stays far below the input size, and it does not grow with the size of the hostile
# line beyond the limit (a 30 MB and a 100 MB line cost the same). The other inputs (the seeds,
# the JSONL line after the huge one) are read as usual and the report accounts for every input.
# A 2 MB id is rejected too (ids are at most 1 MiB), so a signature file can hold every
# document read. Memory bounds are looser under ASan (shadow memory and its quarantine of
# freed blocks) and not checked under valgrind (its own memory dominates).
bin=$1
source tests/cli/hostile_lib.bash

in=$tmp/in
mkdir -p "$in"
cp fixtures/seeds/*.txt "$in/"
# 200 MB of ordinary text, one article
yes "the harbour authority said the cranes would stay idle until the vote on monday" |
	head -c 200000000 > "$in/big.txt"
# JSONL: a line of N MB, then an ordinary line that must still be read
jsonl() {
	"$PY" - "$1" "$2" << 'PYEOF'
import sys
n = int(sys.argv[2]) * 1000000
with open(sys.argv[1], "wb") as f:
    f.write(b'{"id":"huge","text":"')
    chunk = b"the quick brown fox jumps over the lazy dog " * 1000
    w = 0
    while w < n:
        f.write(chunk)
        w += len(chunk)
    f.write(b'"}\n{"id":"after","text":"the line after the huge one is read as usual"}\n')
PYEOF
}
jsonl "$tmp/line100.jsonl" 100
jsonl "$tmp/line30.jsonl" 30

limit_default=64 limit_small=40
if [ "${SC_SANITIZE:-0}" = 1 ]; then
	limit_default=256
	# each streaming pass reads the inputs again, rejecting the huge ones again: ASan's
	# quarantine (256 MiB by default) would keep every pass's freed read buffer
	export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=16"
	echo "(ASan build: peak memory bound for the default limit raised to $limit_default MiB)"
fi
check_rss() { # FILE BOUND WHAT
	local mb
	mb=$(cat "$1")
	echo "peak RSS $3: $mb MiB (bound $2 MiB)"
	[ "${SC_VALGRIND:-0}" = 1 ] && return
	[ "$mb" -lt "$2" ] || FAIL "peak RSS $mb MiB for $3 exceeds $2 MiB"
}

# the 200 MB article and the 100 MB line together, with the seeds: default limit
peak_rss "$tmp/rss_big" "$bin" detect -o "$tmp/r.json" "$in" "$tmp/line100.jsonl" \
	> /dev/null 2> "$tmp/err"
rc=$?
[ $rc -eq 0 ] || FAIL "detect exited $rc"
err_has "rejected $in/big.txt: too large: more than 16777216 bytes"
err_has "rejected $tmp/line100.jsonl line 1: line too long"
report_check "$tmp/r.json" 8
"$PY" - "$tmp/r.json" << 'PYEOF' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
ids = sorted(d["id"] for d in r["documents"])
if "after" not in ids or len(ids) != 6:
    print("FAIL: expected the 5 seeds and 'after', got", ids); sys.exit(1)
PYEOF
check_rss "$tmp/rss_big" $limit_default "200 MB article + 100 MB line, default limit"

# memory does not grow with the line beyond the limit: 30 MB and 100 MB lines, 1 MiB limit
peak_rss "$tmp/rss30" "$bin" shingle -q --max-doc-bytes 1M --format jsonl "$tmp/line30.jsonl" \
	> /dev/null 2> "$tmp/err" || FAIL "shingle over the 30 MB line failed"
err_has "line too long: more than 1114112 bytes"
peak_rss "$tmp/rss100" "$bin" shingle -q --max-doc-bytes 1M --format jsonl "$tmp/line100.jsonl" \
	> /dev/null 2> "$tmp/err" || FAIL "shingle over the 100 MB line failed"
check_rss "$tmp/rss30" $limit_small "30 MB line, --max-doc-bytes 1M"
check_rss "$tmp/rss100" $limit_small "100 MB line, --max-doc-bytes 1M"
if [ "${SC_VALGRIND:-0}" != 1 ]; then
	a=$(cat "$tmp/rss30") b=$(cat "$tmp/rss100")
	[ "$b" -le $((a + 4)) ] || FAIL "memory grew with the line: $a MiB for 30 MB, $b MiB for 100 MB"
fi

# a 2 MB id: rejected by the reader (ids are at most 1 MiB, the longest a signature file
# holds), so the signature file of the other documents is still written
"$PY" -c 'import sys
print("{\"id\":\"%s\",\"text\":\"one two three four five six\"}" % ("x" * 2000000))
print("{\"id\":\"ok\",\"text\":\"one two three four five seven\"}")' > "$tmp/longid.jsonl"
run 0 shingle -o "$tmp/longid.bin" "$tmp/longid.jsonl"
err_has "rejected $tmp/longid.jsonl line 1: \"id\" too long: 2000000 bytes (maximum 1048576)"
err_has "shingle: 1 documents, 1 rejected"
run 0 shingle -q --dump "$tmp/longid.bin"
[ "$(grep -c '"sig":\[' "$tmp/out")" -eq 1 ] || FAIL "the signature file does not hold the one document"
finish
