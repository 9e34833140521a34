#!/usr/bin/env bash
# The library's threads start through sc_thread_start (shingle/sh_util.c), which blocks the stop
# signals in them: a worker that took SIGINT would set the command's flag and leave the thread
# that reads a quiet pipe asleep (stop 29's CI hang; tests/test_detect_sigmask.c checks the
# helper and the pool at run time). This checks the other creators at the source: no
# pthread_create in the library or the command outside the helper itself. ($1, the binary, is
# not used.)
cd "$(dirname "$0")/../.." || exit 1
bad=$(grep -rn --include='*.c' --include='*.h' 'pthread_create[[:space:]]*(' \
	shingle detect report main.c | grep -v '^shingle/sh_util\.c:')
if [ -n "$bad" ]; then
	echo "FAIL: threads started without sc_thread_start (sc_prim.h):"
	echo "$bad"
	exit 1
fi
n=$(grep -rn --include='*.c' 'sc_thread_start[[:space:]]*(' shingle detect report main.c |
	grep -vc '^shingle/sh_util\.c:')
# non-vacuous: the pool, the stream's batch and the signer call it
if [ "$n" -lt 3 ]; then
	echo "FAIL: only $n callers of sc_thread_start found (expected the pool, the stream, the signer)"
	exit 1
fi
echo "ok: $n thread starts, all through sc_thread_start"
