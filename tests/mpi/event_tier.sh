#!/usr/bin/env bash
# The event tier and the comparator under mpirun -np 1..4 give the plain run's report byte for
# byte (doc/mpi.md, "The texts path"): on the fixtures (rejects of every kind,
# the comparator's conflicts, --over-time and --leads), on a JSONL made to cross share
# boundaries (duplicate ids across shares, malformed and blank lines, documents without
# "lang"), and on a generated events corpus (bench/gen_events: copies, updates, dates in
# "published" or in the text, the event tier's budget reached).
source "$(dirname "$0")/mpi_lib.bash"
EV=(detect --tier both --no-boilerplate -q)
same_output ev_fixtures "${EV[@]}" fixtures
same_output ev_fixtures_more "${EV[@]}" --over-time --leads fixtures
same_output ev_event_only detect --tier event --no-boilerplate -q fixtures
same_output ev_text "${EV[@]}" --format text fixtures
# nothing to read: the same report (every input accounted for) and the same exit status, 3
mkdir -p "$TMP/none"
same_output ev_none "${EV[@]}" "$TMP/none"
# the comparator ran, and found what it is made to find (else identity proves little)
python3 - "$TMP/ev_fixtures.plain" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
assert s["event_clusters"] > 5 and s["duplicate_clusters"] > 0 and s["conflicts"] > 0, s
print("ok: ev_fixtures:", s["event_clusters"], "event clusters,", s["conflicts"], "conflicts")
PY

mkdir -p "$TMP/mix"
python3 - "$TMP/mix" <<'PY'
import json, sys, random
out = sys.argv[1]
rnd = random.Random(15)
places = ["Lyon", "Porto", "Oslo", "Quito", "Dakar", "Hanoi"]
def report(i):
    p = places[i % len(places)]
    dead = 3 + i % 7
    return (f"A fire broke out in a warehouse in {p} on Tuesday. Firefighters said {dead} people "
            f"died and {dead * 2} were injured. The mayor of {p} opened an inquiry into the "
            f"cause of the fire, which burned for {2 + i % 5} hours before it was contained.")
lines = []
for i in range(240):
    d = {"id": "e%04d" % i, "text": report(i // 4) if i % 9 else report(i // 4).replace(
        "died", "were killed")}
    if i % 3: d["published"] = "2024-03-%02d" % (1 + (i // 4) % 28)
    if i % 5 == 0: d["lang"] = "en"
    lines.append(json.dumps(d))
lines[60] = ""                                    # blank: not an input
lines[61] = '{"id": "bad", "text": '              # malformed
lines[150] = json.dumps({"id": "e0010", "text": report(2)})  # a duplicate of an early id
with open(out + "/a.jsonl", "w") as f:
    f.write("\n".join(lines))                     # no newline at the end
PY
same_output ev_mix "${EV[@]}" "$TMP/mix"
python3 - "$TMP/ev_mix.plain" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
rej = {(x.get("id"), x["reason"].split(" ")[0]) for x in r["rejected"]}
assert ("e0010", "duplicate") in rej and (None, "malformed") in rej, rej
assert r["summary"]["event_clusters"] > 0, r["summary"]
print("ok: ev_mix: its rejects are the intended ones,", r["summary"]["event_clusters"], "event clusters")
PY

"$GEN_EVENTS" -n 10000 --seed 15 -o "$TMP/ev.jsonl" 2>/dev/null
same_output ev_corpus10k "${EV[@]}" "$TMP/ev.jsonl"
python3 - "$TMP/ev_corpus10k.plain" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
assert s["documents"] == 10000 and s["event_clusters"] > 1000 and s["conflicts"] > 0, s
print("ok: ev_corpus10k:", s["event_clusters"], "event clusters,", s["conflicts"], "conflicts")
PY
