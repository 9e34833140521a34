#!/usr/bin/env bash
# 1M one-line articles in one JSONL file (generated here; N = 100k under ASan or valgrind, where
# the run is several times slower): 10% short articles of six words, the rest near-empty
# (one to three words), with a malformed line every 997 lines and a repeated id every 1009.
# Checked: the run completes (exit 0); every line is accounted for, in the report
# (documents + rejected = inputs = N) and on stderr (one "rejected" line per reject); the
# numbers of documents and of rejects of each kind are exactly those generated; shingle reads
# the same file into the same numbers. Peak memory is printed (not bounded: detect keeps
# every reject for the report).
bin=$1
source tests/cli/hostile_lib.bash
n=1000000
if [ $SLOWRUN = 1 ]; then
	n=100000
	echo "(sanitizer or valgrind build: N = $n lines instead of 1000000)"
fi
"$PY" - "$tmp/many.jsonl" $n > "$tmp/expect" << 'PYEOF'
import random, sys
n = int(sys.argv[2])
r = random.Random(42)
voc = ["w%d" % i for i in range(50000)]
docs = near = bad = dup = 0
with open(sys.argv[1], "w") as f:
    for i in range(1, n + 1):
        if i % 997 == 0:
            f.write('{"id":"m%d","text":"cut\n' % i)
            bad += 1
        elif i % 1009 == 0:
            f.write('{"id":"d1","text":"the id d1 was used by the first line already"}\n')
            dup += 1
        elif i % 10 == 1:
            f.write('{"id":"d%d","text":"%s"}\n' % (i, " ".join(r.choice(voc) for _ in range(6))))
            docs += 1
        else:
            f.write('{"id":"d%d","text":"%s"}\n' % (i, " ".join(r.choice(voc) for _ in range(1 + i % 3))))
            near += 1
print(docs, near, bad, dup)
PYEOF
read -r docs near bad dup < "$tmp/expect"
echo "generated $n lines: $docs articles, $near near-empty, $bad malformed, $dup duplicate ids"

SECONDS=0
peak_rss "$tmp/rss" "$bin" detect -q -o "$tmp/r.json" "$tmp/many.jsonl" > /dev/null 2> "$tmp/err"
rc=$?
echo "detect: exit $rc, ${SECONDS} s, peak RSS $(cat "$tmp/rss") MiB"
[ $rc -eq 0 ] || { FAIL "detect exited $rc"; tail -3 "$tmp/err"; }
report_check "$tmp/r.json" $n
"$PY" - "$tmp/r.json" $docs $near $bad $dup << 'PYEOF' || fail=1
import collections, json, sys
r = json.load(open(sys.argv[1]))
docs, near, bad, dup = map(int, sys.argv[2:])
kinds = collections.Counter(x["reason"].split(":")[0].split(" ")[0] for x in r["rejected"])
got = (len(r["documents"]), kinds["near-empty"], kinds["malformed"], kinds["duplicate"])
print("report: documents %d, near-empty %d, malformed %d, duplicate %d" % got)
if got != (docs, near, bad, dup) or sum(kinds.values()) != near + bad + dup:
    print("FAIL: expected", (docs, near, bad, dup), dict(kinds)); sys.exit(1)
PYEOF
nrej=$(grep -c '^storycheck: rejected .* line [0-9]*: ' "$tmp/err")
[ "$nrej" -eq $((near + bad + dup)) ] || FAIL "$nrej reject messages on stderr, expected $((near + bad + dup))"

SECONDS=0
"$bin" shingle --format jsonl "$tmp/many.jsonl" > "$tmp/sigs.jsonl" 2> "$tmp/err"
rc=$?
echo "shingle: exit $rc, ${SECONDS} s"
[ $rc -eq 0 ] || FAIL "shingle exited $rc"
nsig=$(grep -c '"sig":\[' "$tmp/sigs.jsonl")
nrej=$(grep -c '^storycheck: rejected ' "$tmp/err")
[ "$nsig" -eq "$docs" ] && [ "$nrej" -eq $((near + bad + dup)) ] ||
	FAIL "shingle: $nsig signatures and $nrej rejects, expected $docs and $((near + bad + dup))"
err_has "shingle: $docs documents, $((near + bad + dup)) rejected"
finish
