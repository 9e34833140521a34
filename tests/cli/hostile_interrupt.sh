#!/usr/bin/env bash
# Interrupted runs publish nothing: SIGINT or SIGTERM sent to `storycheck shingle -o X.bin`,
# `storycheck shingle --format jsonl -o X.jsonl` and `storycheck detect -o X.json` while they
# read (a) a pipe that is kept open, so the run is blocked in read(), and (b) a big generated
# file, so the run is busy between documents. Each must: exit 3 and say "interrupted" on
# stderr; leave an existing output file as it was (atomic replacement) and no temporary file
# next to it. A reject placed in the input tells the test when the run is under way, so the
# signal never arrives before storycheck has installed its handlers.
bin=$1
source tests/cli/hostile_lib.bash
out=$tmp/out
mkdir -p "$out"
"$PY" - "$tmp/big.jsonl" << 'PYEOF'
import random, sys
r = random.Random(5)
voc = ["w%d" % i for i in range(20000)]
with open(sys.argv[1], "w") as f:
    for i in range(1, 150001):
        if i == 10:
            f.write("not json: the run is under way\n")
        else:
            f.write('{"id":"d%d","text":"%s"}\n' % (i, " ".join(r.choice(voc) for _ in range(40))))
PYEOF
head -n 10 "$tmp/big.jsonl" > "$tmp/head.jsonl"

# wait_reject PID: waits (up to 60 s) until the run reported the reject of line 10
wait_reject() {
	local i
	for ((i = 0; i < 600; i++)); do
		grep -q "line 10: malformed JSON" "$tmp/err" && return 0
		kill -0 "$1" 2> /dev/null || return 1
		sleep 0.1
	done
	return 1
}

# check WHAT SIGNAL TARGET -- ARGS...: one interrupted run
interrupted() {
	local mode=$1 sig=$2 target=$3
	shift 4
	echo "previous contents" > "$out/$target"
	: > "$tmp/err"
	if [ "$mode" = pipe ]; then
		rm -f "$tmp/fifo"
		mkfifo "$tmp/fifo"
		exec 3<> "$tmp/fifo" # our end stays open: the run blocks after the 10 lines
		cat "$tmp/head.jsonl" >&3
		"$bin" "$@" -o "$out/$target" - < "$tmp/fifo" > /dev/null 2> "$tmp/err" &
	else
		"$bin" "$@" -o "$out/$target" "$tmp/big.jsonl" > /dev/null 2> "$tmp/err" &
	fi
	local pid=$! what="$mode, SIG$sig, storycheck $* -o $target"
	if ! wait_reject $pid; then
		FAIL "$what: the run did not get under way"
	elif ! kill -s "$sig" $pid 2> /dev/null; then
		FAIL "$what: the run ended before the signal (input too small for this machine?)"
	fi
	# it must stop soon (a read retried after the signal would block here for ever)
	local i
	for ((i = 0; i < 300; i++)); do
		kill -0 $pid 2> /dev/null || break
		sleep 0.1
	done
	if kill -0 $pid 2> /dev/null; then
		FAIL "$what: still running 30 s after the signal"
		kill -s KILL $pid
	fi
	wait $pid
	local rc=$?
	[ "$mode" = pipe ] && exec 3>&-
	[ $rc -eq 3 ] || FAIL "$what: exit $rc, expected 3"
	grep -q "interrupted; no \(output\|report\) written" "$tmp/err" ||
		FAIL "$what: stderr does not say so: $(tail -2 "$tmp/err")"
	[ "$(cat "$out/$target")" = "previous contents" ] || FAIL "$what: $target was replaced"
	local left
	left=$(ls -A "$out" | grep -vxF "$target")
	[ -z "$left" ] || FAIL "$what: left behind: $left"
	rm -f "$out/$target"
	echo "done: $what"
}

for mode in pipe file; do
	for sig in INT TERM; do
		interrupted $mode $sig s.bin -- shingle
		interrupted $mode $sig s.jsonl -- shingle --format jsonl
		interrupted $mode $sig r.json -- detect
	done
done
finish
