#!/usr/bin/env bash
# Concurrent runs on one --index (issue 13, fault 4): two runs adding documents at the same
# time both keep their records (the read-modify-write is serialised by a flock on SIGS.lock);
# a run that finds the lock held says it waits, and with --index-wait 0 fails clearly (exit 3)
# leaving the index as it was.
bin=$1
source tests/cli/hostile_lib.bash

n=400
[ $SLOWRUN = 1 ] && n=60 && echo "(sanitizer/valgrind build: $n documents per run)"
gen() { # gen PREFIX N: N distinct articles, ids PREFIX0..
	"$PY" - "$1" "$2" << 'PYEOF'
import json, random, sys
p, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(p)
for i in range(n):
    words = " ".join("w%d" % rng.randrange(100000) for _ in range(40))
    print(json.dumps({"id": "%s%d" % (p, i), "text": words}))
PYEOF
}
gen a $n > "$tmp/a.jsonl"
gen b $n > "$tmp/b.jsonl"
gen c 20 > "$tmp/c.jsonl"
ix=$tmp/ix.sig
"$bin" detect -q --no-compare --tier duplicate --index "$ix" -o "$tmp/r0.json" "$tmp/c.jsonl" 2> "$tmp/err" ||
	FAIL "first run: $(cat "$tmp/err")"
# both runs read the 20 old records at about the same time; without a lock the last writer wins
"$bin" detect -q --no-compare --tier duplicate --index "$ix" -o "$tmp/ra.json" "$tmp/a.jsonl" 2> "$tmp/erra" &
pa=$!
"$bin" detect -q --no-compare --tier duplicate --index "$ix" -o "$tmp/rb.json" "$tmp/b.jsonl" 2> "$tmp/errb" &
pb=$!
wait $pa || FAIL "run a: exit $?: $(cat "$tmp/erra")"
wait $pb || FAIL "run b: exit $?: $(cat "$tmp/errb")"
"$bin" shingle --dump "$ix" > "$tmp/dump" 2> /dev/null || FAIL "index not readable"
got=$(wc -l < "$tmp/dump")
[ "$got" -eq $((20 + 2 * n)) ] || FAIL "index has $got records after two concurrent runs, want $((20 + 2 * n))"
[ -f "$ix.lock" ] || FAIL "no lock file beside the index"

# a held lock: the run says it waits, then goes on once the lock is released (this shell holds
# it until the run has said so, however slow the run is to start)
gen d 10 > "$tmp/d.jsonl"
exec 9> "$ix.lock"
flock -x 9 || FAIL "could not take the lock for the test"
"$bin" detect --no-compare --tier duplicate --index "$ix" -o "$tmp/rd.json" "$tmp/d.jsonl" \
	9>&- > /dev/null 2> "$tmp/err" &
pd=$!
for _ in $(seq 1200); do grep -q "waiting" "$tmp/err" && break; sleep 0.1; done
exec 9>&-
wait $pd || FAIL "run d: exit $?: $(cat "$tmp/err")"
err_has "is in use by another run"
err_has "waiting"
# --index-wait 0: fails at once, names the index, leaves it untouched. This shell holds the lock
# itself for as long as the run takes (a timed holder let a slow valgrind run under load start
# after the lock was gone); the run does not inherit the descriptor.
cp "$ix" "$tmp/ix.before"
gen e 10 > "$tmp/e.jsonl"
exec 9> "$ix.lock"
flock -x 9 || FAIL "could not take the lock for the test"
run 3 detect -q --no-compare --tier duplicate --index "$ix" --index-wait 0 -o "$tmp/re.json" "$tmp/e.jsonl" 9>&-
exec 9>&-
err_has "$ix is in use by another run"
cmp -s "$ix" "$tmp/ix.before" || FAIL "the index changed although the lock was not taken"
[ -e "$tmp/re.json" ] && FAIL "a report was written although the lock was not taken"
run 2 detect --index "$ix" --index-wait -1 "$tmp/e.jsonl"
err_has "--index-wait expects"
finish
