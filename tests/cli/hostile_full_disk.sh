#!/usr/bin/env bash
# Output that cannot be written is a clear error, exit 3, and leaves no partial file:
#  1. a full device: -o FULL where FULL is a private copy of /dev/full (mknod, when allowed;
#     else /dev/full itself, which only root could harm) for detect (json, html, text),
#     shingle (binary, JSONL), compare and report. The device must still be a device after
#     (the writers used to rename their temporary file over it) and no temporary file may be
#     left next to it.
#  2. a file size limit (ulimit -f, SIGXFSZ ignored): writing fails with EFBIG half-way;
#     the previous output file is left as it was and no temporary file remains.
#  3. a full file system: a 64 KiB tmpfs mounted in a private mount namespace (unshare -m,
#     when allowed; skipped otherwise, and said so): the same checks with ENOSPC.
bin=$1
source tests/cli/hostile_lib.bash

full=$tmp/dev/full
mkdir -p "$tmp/dev"
if ! mknod "$full" c 1 7 2> /dev/null || ! [ -c "$full" ]; then
	if [ "$(id -u)" = 0 ]; then
		echo "SKIP part 1: cannot make a private full device, and /dev/full must not be risked as root"
		full=
	else
		full=/dev/full
	fi
fi
if [ -n "$full" ]; then
	for args in "detect fixtures/seeds" "detect --format html fixtures/seeds" \
		"detect --format text fixtures/seeds" "shingle fixtures/seeds" \
		"shingle --format jsonl fixtures/seeds" "compare fixtures/compare/pairs.tsv" \
		"report fixtures/reports/sample.json" "report --format json fixtures/reports/sample.json"; do
		# shellcheck disable=SC2086
		run 3 $args -o "$full"
		err_has "cannot write $full: No space left on device"
		[ -c "$full" ] || { FAIL "$full is no longer a device after: storycheck $args"; break; }
	done
	left=$(ls -A "$(dirname "$full")" | grep -vxF full)
	[ "$full" = /dev/full ] || [ -z "$left" ] || FAIL "left next to the device: $left"
	echo "part 1: full device refused by every writer"
fi

# 2. ulimit -f: 4 KiB of file (bash counts in 1024-byte blocks); every output below is larger
# (the seeds' report is about 7 KB with its two acceptance conflicts, 2.5 KB with none;
# signatures of k = 2048 take 41 KB, 85 KB as JSONL)
limited() { # OUTFILE ARGS...: runs storycheck ARGS -o OUTFILE with the limit
	local o=$1
	shift
	(
		trap '' XFSZ
		ulimit -f 4
		exec "$bin" "$@" -o "$o"
	) > "$tmp/out" 2> "$tmp/err"
}
mkdir -p "$tmp/lim"
for args in "detect fixtures/seeds" "detect --format html fixtures/seeds" \
	"shingle -k 2048 fixtures/seeds" "shingle -k 2048 --format jsonl fixtures/seeds" \
	"report --format html fixtures/reports/sample.json"; do
	echo "previous contents" > "$tmp/lim/o"
	# shellcheck disable=SC2086
	limited "$tmp/lim/o" $args
	rc=$?
	[ $rc -eq 3 ] || FAIL "ulimit -f: exit $rc, expected 3: storycheck $args"
	err_has "cannot write $tmp/lim/o: File too large"
	[ "$(cat "$tmp/lim/o")" = "previous contents" ] || FAIL "ulimit -f: output replaced: $args"
	left=$(ls -A "$tmp/lim" | grep -vxF o)
	[ -z "$left" ] || FAIL "ulimit -f: left behind by storycheck $args: $left"
done
echo "part 2: file size limit: clear error, previous file kept, nothing left behind"

# 3. a full tmpfs (64 KiB) in a private mount namespace
mnt=$tmp/mnt
mkdir -p "$mnt"
cat > "$tmp/inner.sh" << 'EOS'
set -u
bin=$1 mnt=$2 tmp=$3
mount -t tmpfs -o size=64k tmpfs "$mnt" || exit 77
echo "previous contents" > "$mnt/o"
# fill it up, leaving one 4 KiB page beside "o": none of the outputs below fits
head -c 57344 /dev/zero > "$mnt/filler" 2> /dev/null
fail=0
for args in "detect fixtures/seeds" "shingle -k 2048 fixtures/seeds" \
	"shingle -k 2048 --format jsonl fixtures/seeds"; do
	# shellcheck disable=SC2086
	"$bin" $args -o "$mnt/o" > /dev/null 2> "$tmp/err"
	rc=$?
	[ $rc -eq 3 ] || { echo "FAIL: full tmpfs: exit $rc, expected 3: storycheck $args"; fail=1; }
	grep -qF "cannot write $mnt/o: No space left on device" "$tmp/err" ||
		{ echo "FAIL: full tmpfs: stderr: $(cat "$tmp/err")"; fail=1; }
	[ "$(cat "$mnt/o")" = "previous contents" ] || { echo "FAIL: full tmpfs: output replaced: $args"; fail=1; }
	left=$(ls -A "$mnt" | grep -vx -e o -e filler)
	[ -z "$left" ] || { echo "FAIL: full tmpfs: left behind by storycheck $args: $left"; fail=1; }
done
exit $fail
EOS
unshare -m --propagation private bash "$tmp/inner.sh" "$(realpath "$bin")" "$mnt" "$tmp" 2> "$tmp/unshare.err"
rc=$?
case $rc in
0) echo "part 3: full file system: clear error, previous file kept, nothing left behind" ;;
1) fail=1 ;;
*) echo "SKIP part 3: cannot mount a tmpfs in a private namespace ($(head -1 "$tmp/unshare.err"))" ;;
esac
finish
