#!/usr/bin/env bash
# `storycheck shingle fixtures/seeds -o X.bin` writes a signature file that reads back
# (--dump) to exactly the JSONL that --format jsonl writes, which is the golden file
# fixtures/golden/shingle_seeds.jsonl (SC_REGEN=1 rewrites the goldens), with the same bytes
# for -t 1 and -t 3. Also: the content
# view with one-permutation hashing, a truncated file and another format version.
bin=$1
source tests/cli/shingle_lib.bash
regen() { # regen GOLDEN FILE
	if [ "${SC_REGEN:-0}" = 1 ]; then cp "$2" "$1"; echo "regenerated $1"; fi
	diff -u "$1" "$2" > "$tmp/diff" || { echo "FAIL: $2 differs from $1"; head -20 "$tmp/diff"; fail=1; }
}
run 0 shingle -q fixtures/seeds -o "$tmp/s.bin"
[ -s "$tmp/s.bin" ] || { echo "FAIL: no signature file"; fail=1; }
ls "$tmp" | grep -q '\.tmp\.' && { echo "FAIL: temporary file left behind"; fail=1; }
run 0 shingle -q --dump "$tmp/s.bin"
cp "$tmp/out" "$tmp/dump.jsonl"
run 0 shingle -q --format jsonl fixtures/seeds
cmp -s "$tmp/out" "$tmp/dump.jsonl" || { echo "FAIL: the file does not read back to the JSONL output"; fail=1; }
out_count 5
regen fixtures/golden/shingle_seeds.jsonl "$tmp/out"
# the same bytes whatever the thread count (-t: signing threads), binary and JSONL
for t in 1 3; do
	run 0 shingle -q -t $t --format jsonl fixtures/seeds
	cmp -s "$tmp/out" fixtures/golden/shingle_seeds.jsonl || { echo "FAIL: -t $t JSONL differs"; fail=1; }
	run 0 shingle -q -t $t fixtures/seeds -o "$tmp/t$t.bin"
	cmp -s "$tmp/t$t.bin" "$tmp/s.bin" || { echo "FAIL: -t $t signature file differs"; fail=1; }
done
# the header is reported when dumping
run 0 shingle --dump "$tmp/s.bin"
err_has "5 records; k 128, scheme kperm, seed 42, view word, shingle k 5, fold accents 0"
# content view, OPH, k 64, another seed, accents folded
run 0 shingle -q --view content --scheme oph -k 64 --seed 7 --fold-accents fixtures/seeds -o "$tmp/c.bin"
run 0 shingle --dump "$tmp/c.bin"
err_has "5 records; k 64, scheme oph, seed 7, view content, shingle k 1, fold accents 1"
cp "$tmp/out" "$tmp/c.jsonl"
regen fixtures/golden/shingle_seeds_content_oph.jsonl "$tmp/c.jsonl"
# a truncated file and another version are clear errors naming the file
head -c 700 "$tmp/s.bin" > "$tmp/short.bin"
run 3 shingle --dump "$tmp/short.bin"
err_has "short.bin is truncated"
printf '\002' | dd of="$tmp/s.bin" bs=1 seek=8 conv=notrunc status=none
run 3 shingle --dump "$tmp/s.bin"
err_has "has signature format version 2; this storycheck reads version 1"
run 3 shingle --dump fixtures/seeds/000_b38a9e9196d169f0.txt
err_has "is not a storycheck signature file (bad magic)"
finish
