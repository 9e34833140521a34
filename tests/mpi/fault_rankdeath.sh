#!/usr/bin/env bash
# A rank that dies mid-run fails the whole run: no report, and for the signals a process can
# catch (a crash, a stop), exit 3 and a message naming the rank and the file it was reading.
# No hook in the code: the test sends a real signal to the real rank-1 process (a child of
# this test's mpirun whose environment says OMPI_COMM_WORLD_RANK=1) once that process has the
# corpus open, i.e. while it reads its share. SIGKILL cannot be caught: mpirun then ends the
# job with its own status (137) and names the rank; the test checks that no report is left.
source "$(dirname "$0")/mpi_lib.bash"
"$GEN" -n 20000 --seed 15 -o "$TMP/c.jsonl" 2>/dev/null
cd "$TMP"

# children PID: the processes whose parent is PID (from /proc: no procps needed)
children() {
	local s
	for s in /proc/[0-9]*/stat; do
		read -r _ _ _ pp _ <"$s" 2>/dev/null || continue
		[ "$pp" = "$1" ] && { s=${s#/proc/}; echo "${s%/stat}"; }
	done
	return 0
}

# rank1_reading PID: the rank-1 process of the mpirun that timeout PID started, once it has c.jsonl open
rank1_reading() {
	local m=$1 p
	for _ in $(seq 1 3000); do
		# $m is timeout(1); its child is mpirun, whose children are the ranks
		for p in $(children "$(children "$m")"); do
			# (no pipes into grep -q here: pipefail would see the writer's SIGPIPE)
			grep -qxz 'OMPI_COMM_WORLD_RANK=1' "/proc/$p/environ" 2>/dev/null || continue
			fds=$(readlink "/proc/$p"/fd/* 2>/dev/null || true)
			case "$fds" in *"$TMP/c.jsonl"*) echo "$p"; return 0 ;; esac
		done
		kill -0 "$m" 2>/dev/null || return 1
		sleep 0.01
	done
	return 1
}

# "event": detect with the event tier (its ranks read, then send their texts to rank 0);
# "default": the default command (the boilerplate pass on: the texts path too). SIGKILL: what
# is guaranteed (doc/mpi.md, "Faults"; Open MPI 4.1 has no way for a surviving rank to learn
# of it, so mpirun's own status, 137, stands): a non-zero exit, mpirun naming rank 1, no report.
for t in "detect SEGV 3" "detect TERM 3" "event SEGV 3" "default SEGV 3" "shingle SEGV 3" \
	"detect KILL any" "default KILL any"; do
	read -r cmd sig want <<<"$t"
	args=(detect --tier duplicate --no-boilerplate -q)
	[ "$cmd" = shingle ] && args=(shingle -q)
	[ "$cmd" = event ] && args=(detect --tier both --no-boilerplate -q) && cmd=detect
	[ "$cmd" = default ] && args=(detect -q) && cmd=detect
	rm -f out err
	timeout 300 "$MPIRUN" --oversubscribe -np 2 "$SC" "${args[@]}" -o out "$TMP/c.jsonl" 2>err &
	m=$!
	p=$(rank1_reading "$m") || { wait "$m" || true; cat err >&2; fail "$cmd: rank 1 was never seen reading"; }
	kill -"$sig" "$p"
	rc=0
	wait "$m" || rc=$?
	cat err >&2
	if [ "$want" = any ]; then
		[ "$rc" != 0 ] || fail "$cmd SIG$sig: exit 0"
		# never a status that means something else (1: findings, 2: usage): 3 or mpirun's
		# status for a signal (137 for SIGKILL here)
		[ "$rc" -ge 3 ] || fail "$cmd SIG$sig: exit $rc, expected 3 or more"
		grep -q "rank 1 .*signal 9" err || fail "$cmd SIG$sig: mpirun does not name rank 1"
	else
		[ "$rc" = "$want" ] || fail "$cmd SIG$sig: exit $rc, expected $want"
		grep -q "storycheck: $cmd: rank 1 died (signal [0-9]*, .*) while reading $TMP/c.jsonl; no report written" err ||
			fail "$cmd SIG$sig: no message naming rank 1 and its input"
	fi
	[ ! -e out ] || fail "$cmd SIG$sig: a report was written"
	# detect opens its report only after the last collective, so nothing is left. shingle's
	# rank 0 streams into its output's temporary file from the start, and a killed process
	# cannot remove it: it may leave .out.tmp.XXXXXX, as any killed run may (shingle.h,
	# "output files"), never out itself.
	if [ "$cmd" = detect ]; then
		ls -A | grep -q '\.tmp\.' && fail "$cmd SIG$sig: a temporary file was left" || true
	fi
	rm -f .out.tmp.*
	echo "ok: ${args[*]}: rank 1 killed with SIG$sig while reading: exit $rc, no output"
done
