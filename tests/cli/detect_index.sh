#!/usr/bin/env bash
# `storycheck detect --index SIGS` (issue 6, incremental runs): an index is created from the
# seeds; a later run on the planted copies alone (the seed texts deleted, so the old documents
# can only come from the index) reports each copy against its seed, with a MinHash estimate
# marked verified false / basis estimate; the index grows by the new documents and keeps the
# old records unchanged; a run with another -k, --seed or --shingle-k is refused with exit 2,
# a message naming the parameter, and the index untouched; the reports validate against the
# schema when python3-jsonschema is there.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
py=/usr/bin/python3
ix=$tmp/ix.bin

# the old documents: a copy of the seeds, removed once indexed
cp -r fixtures/seeds "$tmp/seeds"
"$bin" detect -q --no-compare --index "$ix" -o "$tmp/r1.json" "$tmp/seeds" || { echo "FAIL: first run exit $?"; fail=1; }
"$bin" shingle --dump "$ix" > "$tmp/dump1" 2>/dev/null || { echo "FAIL: index not readable"; fail=1; }
[ "$(wc -l < "$tmp/dump1")" -eq 5 ] || { echo "FAIL: index has $(wc -l < "$tmp/dump1") records, want 5"; fail=1; }
"$py" - "$tmp/r1.json" <<'PY' || fail=1
import json, sys
x = json.load(open(sys.argv[1]))["index"]
ok = x["created"] is True and x["old_documents"] == 0 and len(x["new_documents"]) == 5 and x["pairs"] == []
print("ok created" if ok else "FAIL: first index section %r" % x)
sys.exit(0 if ok else 1)
PY
rm -rf "$tmp/seeds"

# the new documents: the planted copies, against the index only
"$bin" detect -q --no-compare --index "$ix" -o "$tmp/r2.json" fixtures/planted || { echo "FAIL: second run exit $?"; fail=1; }
"$bin" shingle --dump "$ix" > "$tmp/dump2" 2>/dev/null
[ "$(wc -l < "$tmp/dump2")" -eq 10 ] || { echo "FAIL: index has $(wc -l < "$tmp/dump2") records, want 10"; fail=1; }
head -n 5 "$tmp/dump2" | cmp -s - "$tmp/dump1" || { echo "FAIL: old records changed"; fail=1; }
"$py" - "$tmp/r2.json" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
x = r["index"]
ids = sorted(d["id"] for d in r["documents"])
bad = []
if any(not i.startswith(("000_", "001_", "002_", "003_", "004_")) or "_" not in i for i in ids):
    bad.append("documents %r" % ids)
if any(len(i.split("_")[1]) == 16 for i in ids):
    bad.append("a seed document was read again: %r" % ids)
if x["created"] or x["old_documents"] != 5 or sorted(x["new_documents"]) != ids:
    bad.append("index header %r" % {k: x[k] for k in ("created", "old_documents", "new_documents")})
# every planted copy NNN_* is reported against seed NNN_<hash>, and nothing else is
want = {i: i.split("_")[0] for i in ids}
got = {}
for p in x["pairs"]:
    if p["verified"] is not False or p["basis"] != "estimate":
        bad.append("pair not marked as an estimate: %r" % p)
    if p["old"].split("_")[0] != p["new"].split("_")[0]:
        bad.append("unexpected pair %r" % p)
    if not (p["ci"][0] <= p["jaccard_estimate"] <= p["ci"][1]):
        bad.append("estimate outside its interval %r" % p)
    got[p["new"]] = p["old"].split("_")[0]
if got != want:
    bad.append("copies found %r, want %r" % (got, want))
print("\n".join("FAIL: " + b for b in bad) if bad else "ok %d copies reported against the index" % len(got))
sys.exit(1 if bad else 0)
PY

# the same documents again: already indexed, not added twice
"$bin" detect -q --no-compare --index "$ix" -o "$tmp/r3.json" fixtures/planted || { echo "FAIL: third run exit $?"; fail=1; }
n=$("$bin" shingle --dump "$ix" 2>/dev/null | wc -l)
[ "$n" -eq 10 ] || { echo "FAIL: index has $n records after a repeated run, want 10"; fail=1; }

# other parameters are refused, naming the parameter, and the index is left as it was
cp "$ix" "$tmp/before"
for bad in "-k 64:k" "--seed 7:seed" "--shingle-k 4:shingle"; do
	opt=${bad%%:*} word=${bad##*:}
	# shellcheck disable=SC2086
	"$bin" detect -q $opt --index "$ix" -o "$tmp/bad.json" fixtures/planted 2> "$tmp/err"
	rc=$?
	[ $rc -eq 2 ] || { echo "FAIL: $opt against the index: exit $rc, want 2"; fail=1; }
	grep -q "$word" "$tmp/err" && grep -q -- "--index" "$tmp/err" ||
		{ echo "FAIL: $opt: message does not name '$word': $(cat "$tmp/err")"; fail=1; }
	cmp -s "$ix" "$tmp/before" || { echo "FAIL: $opt changed the index"; fail=1; }
done
[ -e "$tmp/bad.json" ] && { echo "FAIL: a refused run wrote a report"; fail=1; }

# an index started by `storycheck shingle` (same defaults) is the same kind of file
"$bin" shingle -q -o "$tmp/sh.bin" fixtures/seeds || { echo "FAIL: shingle exit $?"; fail=1; }
"$bin" detect -q --no-compare --index "$tmp/sh.bin" -o "$tmp/r4.json" fixtures/planted ||
	{ echo "FAIL: detect on a shingle-built index: exit $?"; fail=1; }
n=$("$py" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["index"]["pairs"]))' "$tmp/r4.json")
[ "$n" = 5 ] || { echo "FAIL: $n pairs against a shingle-built index, want 5"; fail=1; }

if "$py" -c 'import jsonschema' 2>/dev/null; then
	"$py" tests/cli/report_validate.py report/schema/report-v1.json "$tmp/r1.json" "$tmp/r2.json" "$tmp/r3.json" || fail=1
else
	echo "note: python3-jsonschema missing, reports not validated against the schema"
fi
[ $fail -eq 0 ] && echo "ok detect --index"
exit $fail
