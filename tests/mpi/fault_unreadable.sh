#!/usr/bin/env bash
# A rank that cannot read its share fails the whole run: exit 3, a message naming the rank and
# the file, no report. Rank 1 is started in another working directory (mpirun's MPMD form), so
# the relative paths rank 0 planned with do not exist there: what a node without the shared
# file system sees. Every rank must agree to stop; none may hang.
source "$(dirname "$0")/mpi_lib.bash"
mkdir -p "$TMP/in" "$TMP/elsewhere"
cp fixtures/planted/*.txt "$TMP/in/"
cd "$TMP"
for cmd in "detect --tier duplicate --no-boilerplate -q" "detect --tier both --no-boilerplate -q" "shingle"; do
	rc=0
	timeout 120 "$MPIRUN" --oversubscribe -np 1 "$SC" $cmd in -o out : \
		-np 1 --wdir "$TMP/elsewhere" "$SC" $cmd in -o out 2>err || rc=$?
	cat err >&2
	[ "$rc" = 3 ] || fail "$cmd: exit $rc, expected 3"
	grep -q "rank 1 cannot read in/.*No such file" err || fail "$cmd: the message does not name rank 1 and its file"
	[ ! -e out ] && [ ! -e elsewhere/out ] || fail "$cmd: an output was written"
	ls -A | grep -q '^\.out\|\.tmp' && fail "$cmd: a temporary file was left" || true
	echo "ok: $cmd: rank 1 without its input fails the run (exit 3, no output)"
done
