#!/usr/bin/env bash
# The directory walk (issue 13, fault 6): each real file is read once and each real directory
# walked once, by device and inode.
#  - symlink "diamonds" (each level holds two links to the next, no loop): 12 levels gave
#    4,096 documents from one file, 40 never ended; now one document and one reject per
#    second path, naming both paths;
#  - the same file given directly and through its directory (or through a hard link) is read
#    once: no duplicate cluster of a file with itself;
#  - directories nested deeper than 64 levels are rejects naming each such directory.
bin=$1
source tests/cli/hostile_lib.bash

words() { printf 'word%d ' $(seq "$1" "$2"); }
diamond() { # diamond DIR LEVELS
	mkdir -p "$1/l0"
	words 1 40 > "$1/l0/a.txt"
	for i in $(seq 1 "$2"); do
		mkdir "$1/l$i"
		ln -s ../l$((i - 1)) "$1/l$i/x"
		ln -s ../l$((i - 1)) "$1/l$i/y"
	done
}
diamond "$tmp/d12" 12
run 0 detect --no-compare -o "$tmp/r.json" "$tmp/d12/l12"
report_check "$tmp/r.json" 13
err_has "l12/y: the same directory as $tmp/d12/l12/x (walked once)"
diamond "$tmp/d40" 40
timeout 60 "$bin" shingle -q --format jsonl -o "$tmp/s.jsonl" "$tmp/d40/l40" 2> "$tmp/err"
rc=$?
[ $rc -eq 0 ] || FAIL "40-level diamond: exit $rc (124: still walking after 60 s)"
[ "$(wc -l < "$tmp/s.jsonl")" -eq 1 ] || FAIL "40-level diamond: not one signature"

# the same file directly, through its directory, and through a hard link
mkdir "$tmp/in"
words 1 40 > "$tmp/in/a.txt"
words 100 140 > "$tmp/in/b.txt"
ln "$tmp/in/b.txt" "$tmp/in/c.txt"
run 0 detect --no-compare -o "$tmp/r.json" "$tmp/in/a.txt" "$tmp/in"
report_check "$tmp/r.json" 4
err_has "rejected $tmp/in/a.txt: the same file as $tmp/in/a.txt (read once)"
err_has "rejected $tmp/in/c.txt: the same file as $tmp/in/b.txt (read once)"
"$PY" -c 'import json,sys; r=json.load(open(sys.argv[1])); sys.exit(0 if r["clusters"]==[] and sorted(d["id"] for d in r["documents"])==["a","b"] else 1)' "$tmp/r.json" ||
	FAIL "a file read twice formed a cluster with itself"
run 0 detect --no-compare -o "$tmp/r.json" "$tmp/in" "$tmp/in/"
report_check "$tmp/r.json" 4
err_has "the same directory as $tmp/in (walked once)"

# depth: 70 nested directories, a file at each level
p="$tmp/deep"
mkdir "$p"
for i in $(seq 1 70); do
	p="$p/d"
	mkdir "$p"
	words $((i * 50)) $((i * 50 + 30)) > "$p/t.txt"
done
run 0 shingle --format jsonl -o "$tmp/s.jsonl" "$tmp/deep"
[ "$(wc -l < "$tmp/s.jsonl")" -eq 64 ] || FAIL "not 64 levels read below the input"
err_has "directory nested deeper than 64 levels below the input (not walked)"
[ "$(grep -c 'deeper than 64' "$tmp/err")" -eq 1 ] || FAIL "not one reject for the too-deep directory"
finish
