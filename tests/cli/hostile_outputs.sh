#!/usr/bin/env bash
# Outputs that would lose data (issue 13, faults 1 to 3):
#  1. -o naming an input (directly, through another name, inside an input directory), the
#     index or the baseline is refused with exit 2 in every command, and the input is intact.
#  2. -o /dev/stdout (or any name of the shell's stdout) is written in place: with
#     `>> app.log` it appends, as -o - does, instead of replacing app.log.
#  3. A symlink planted where a temporary file could be named does not redirect a writer, and
#     a replaced output keeps its mode.
bin=$1
source tests/cli/hostile_lib.bash

# 1. same file as an input
cp -r fixtures/seeds "$tmp/in"
printf '{"id":"x1","text":"%s"}\n' "$(printf 'word%d ' $(seq 1 60))" > "$tmp/a.jsonl"
cp "$tmp/a.jsonl" "$tmp/a.orig"
ln -s a.jsonl "$tmp/alias.jsonl"
for args in "detect $tmp/a.jsonl -o $tmp/a.jsonl" "detect $tmp/a.jsonl -o $tmp/alias.jsonl" \
	"shingle --format jsonl $tmp/a.jsonl -o $tmp/a.jsonl" "shingle $tmp/a.jsonl -o $tmp/alias.jsonl"; do
	# shellcheck disable=SC2086
	run 2 $args
	err_has "refusing to write"
	cmp -s "$tmp/a.jsonl" "$tmp/a.orig" || FAIL "input changed by: $args"
done
cp "$tmp/in/000_b38a9e9196d169f0.txt" "$tmp/keep.txt"
run 2 detect "$tmp/in" -o "$tmp/in/000_b38a9e9196d169f0.txt"
err_has "inside the input directory"
cmp -s "$tmp/in/000_b38a9e9196d169f0.txt" "$tmp/keep.txt" || FAIL "a file inside the input directory was replaced"
run 2 detect "$tmp/in" -o "$tmp/in/new.jsonl"  # nor a new file there that the walk would read
err_has "inside the input directory"
err_has "a later run would read it"
[ -e "$tmp/in/new.jsonl" ] && FAIL "a report was written inside the input directory"
abs=$(readlink -f "$bin")
(cd "$tmp/in" && "$abs" detect -q . -o new.txt 2> /dev/null)
[ $? -eq 2 ] || FAIL "a relative new name inside the input directory was not refused"
run 0 detect "$tmp/in" -o "$tmp/in/report.json"  # a name the walk does not read is fine
run 0 detect fixtures/seeds --index "$tmp/ix.sig" -o "$tmp/r.json"
cp "$tmp/ix.sig" "$tmp/ix.orig"
run 2 detect fixtures/seeds --index "$tmp/ix.sig" -o "$tmp/ix.sig"
err_has "the index"
cmp -s "$tmp/ix.sig" "$tmp/ix.orig" || FAIL "the index was replaced by the report"
cp "$tmp/r.json" "$tmp/r.orig"
run 2 detect fixtures/seeds --baseline "$tmp/r.json" -o "$tmp/r.json"
err_has "the baseline"
run 2 report "$tmp/r.json" -o "$tmp/r.json"
cmp -s "$tmp/r.json" "$tmp/r.orig" || FAIL "report replaced its own input"
cp fixtures/compare/pairs.tsv "$tmp/p.tsv"
run 2 compare "$tmp/p.tsv" -o "$tmp/p.tsv"
cmp -s "$tmp/p.tsv" fixtures/compare/pairs.tsv || FAIL "compare replaced its input"

# 2. /dev/stdout appended to, never replaced
echo "first line" > "$tmp/app.log"
"$bin" detect -q fixtures/seeds --format text -o /dev/stdout >> "$tmp/app.log" 2> "$tmp/err" ||
	FAIL "detect -o /dev/stdout failed: $(head -3 "$tmp/err")"
[ "$(head -1 "$tmp/app.log")" = "first line" ] || FAIL "-o /dev/stdout replaced the log instead of appending"
[ "$(wc -l < "$tmp/app.log")" -gt 3 ] || FAIL "-o /dev/stdout wrote nothing"
echo "first line" > "$tmp/app2.log"
"$bin" shingle -q --format jsonl fixtures/seeds -o /dev/stdout >> "$tmp/app2.log" 2> "$tmp/err" ||
	FAIL "shingle -o /dev/stdout failed"
[ "$(head -1 "$tmp/app2.log")" = "first line" ] && [ "$(wc -l < "$tmp/app2.log")" -eq 6 ] ||
	FAIL "shingle -o /dev/stdout did not append 5 records"

# 3. a planted symlink at the old predictable temporary name redirects nothing; mode kept
echo "precious" > "$tmp/victim"
for pid in $(seq $$ $(($$ + 50))); do ln -sf "$tmp/victim" "$tmp/sigs.jsonl.tmp.$pid"; done
run 0 shingle --format jsonl fixtures/seeds -o "$tmp/sigs.jsonl"
[ "$(cat "$tmp/victim")" = precious ] || FAIL "a planted symlink redirected the JSONL writer"
[ -f "$tmp/sigs.jsonl" ] && ! [ -L "$tmp/sigs.jsonl" ] || FAIL "the JSONL output is not a regular file"
chmod 0640 "$tmp/r.json"
run 0 detect fixtures/seeds -o "$tmp/r.json"
[ "$(stat -c %a "$tmp/r.json")" = 640 ] || FAIL "a replaced output lost its mode ($(stat -c %a "$tmp/r.json"))"
ls -a "$tmp" | grep -q '\.tmp\.' && ls -a "$tmp" | grep '\.tmp\.' | grep -vq '^sigs.jsonl.tmp' &&
	FAIL "temporary files left behind: $(ls -a "$tmp" | grep '\.tmp\.' | grep -v '^sigs.jsonl.tmp')"
finish
