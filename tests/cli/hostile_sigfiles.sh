#!/usr/bin/env bash
# Hostile signature files (storycheck shingle --dump reads them back): every truncation of a
# valid file (each prefix, also through a pipe, where the size is unknown), another format
# version, a header with impossible values, a record count that disagrees with the records,
# a record with an absurd id length, trailing bytes, and things that are no signature file at
# all (empty, text, a directory, a missing path). Each is an error naming the file, exit 3,
# and never a crash; a valid file reads back all its records.
bin=$1
source tests/cli/hostile_lib.bash
run 0 shingle -q -k 4 -o "$tmp/s.bin" fixtures/seeds
size=$(stat -c %s "$tmp/s.bin")
run 0 shingle -q --dump "$tmp/s.bin"
[ "$(grep -c '"sig":\[' "$tmp/out")" -eq 5 ] || FAIL "the valid file does not read back 5 records"

# prefixes are truncated files: every third length (every 9th under ASan, every 23rd under
# valgrind, where a run costs up to a second), so every part of the header and of a record
# is cut somewhere
step=3
[ "${SC_SANITIZE:-0}" = 1 ] && step=9
[ "${SC_VALGRIND:-0}" = 1 ] && step=23
n=0
for ((len = 0; len < size; len += step)); do
	head -c $len "$tmp/s.bin" > "$tmp/p.bin"
	"$bin" shingle -q --dump "$tmp/p.bin" > /dev/null 2> "$tmp/err"
	rc=$?
	if [ $rc -ne 3 ] || ! grep -q "$tmp/p.bin.*truncated" "$tmp/err"; then
		FAIL "prefix of $len bytes: exit $rc: $(cat "$tmp/err")"
		break
	fi
	# the same bytes through a pipe: the size is unknown, the reader finds the cut itself
	head -c $len "$tmp/s.bin" | "$bin" shingle -q --dump - > /dev/null 2> "$tmp/err"
	rc=$?
	if [ $rc -ne 3 ] || ! grep -qi "truncated" "$tmp/err"; then
		FAIL "prefix of $len bytes on stdin: exit $rc: $(cat "$tmp/err")"
		break
	fi
	n=$((n + 1))
done
echo "$n truncated prefixes (of $size bytes) refused with a message naming the file"

# patch FILE OFFSET HEXBYTES: a copy of s.bin with bytes replaced
patch() {
	cp "$tmp/s.bin" "$tmp/$1"
	printf "$3" | dd of="$tmp/$1" bs=1 seek="$2" conv=notrunc status=none
}
dump_fails() { # NAME EXPECTED-MESSAGE
	run 3 shingle -q --dump "$tmp/$1"
	err_has "$2"
}
patch v2.bin 8 '\002\000\000\000'
dump_fails v2.bin "v2.bin has signature format version 2; this storycheck reads version 1"
patch v0.bin 8 '\000\000\000\000'
dump_fails v0.bin "v0.bin has signature format version 0"
patch vmax.bin 8 '\377\377\377\377'
dump_fails vmax.bin "vmax.bin has signature format version 4294967295"
patch hdr.bin 12 '\377\377\377\177'
dump_fails hdr.bin "hdr.bin: bad header size"
patch k0.bin 16 '\000\000\000\000'
dump_fails k0.bin "k0.bin: bad header values (k 0"
patch khuge.bin 16 '\000\000\001\001'
dump_fails khuge.bin "khuge.bin: bad header values"
patch scheme.bin 20 '\007\000\000\000'
dump_fails scheme.bin "scheme.bin: bad header values"
patch count.bin 48 '\377\377\377\377\377\377\377\177'
dump_fails count.bin "count.bin is truncated: its header announces"
patch fewer.bin 48 '\003\000\000\000\000\000\000\000'
dump_fails fewer.bin "fewer.bin"
patch idlen.bin 56 '\377\377\377\177'
dump_fails idlen.bin "idlen.bin"
patch idzero.bin 56 '\000\000\000\000'
dump_fails idzero.bin "idzero.bin"
cp "$tmp/s.bin" "$tmp/trailing.bin"
printf 'extra' >> "$tmp/trailing.bin"
dump_fails trailing.bin "trailing.bin"
: > "$tmp/empty.bin"
dump_fails empty.bin "empty.bin is truncated"
dump_fails missing.bin "cannot read $tmp/missing.bin: No such file or directory"
run 3 shingle -q --dump fixtures/seeds/000_b38a9e9196d169f0.txt
err_has "is not a storycheck signature file (bad magic)"
run 3 shingle -q --dump fixtures/seeds
err_has "cannot read fixtures/seeds: Is a directory"
run 0 shingle -q --format jsonl -o "$tmp/s.jsonl" fixtures/seeds
run 3 shingle -q --dump "$tmp/s.jsonl"
err_has "s.jsonl is not a storycheck signature file"
finish
