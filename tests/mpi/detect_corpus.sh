#!/usr/bin/env bash
# A generated corpus of 20,000 documents with planted copies (bench/gen_corpus), cut by byte
# range across ranks: mpirun -np 1..4 gives the plain run's report byte for byte, for the
# duplicate tier over ranks (--no-boilerplate), and with the boilerplate pass on: the
# duplicate tier alone and the default command (both tiers, the comparator), which take the
# texts path (doc/mpi.md). Some originals end in one of 16 outlet blocks, repeated
# verbatim across documents (4,917 of 16,038 at this seed): boilerplate by repetition.
source "$(dirname "$0")/mpi_lib.bash"
"$GEN" -n 20000 --seed 15 -o "$TMP/c.jsonl" 2>/dev/null
same_output corpus20k detect --tier duplicate --no-boilerplate -q "$TMP/c.jsonl"
same_output corpus20k_boiler detect --tier duplicate -q "$TMP/c.jsonl"
same_output corpus20k_default detect -q "$TMP/c.jsonl"
python3 - "$TMP" <<'PY'
import json, sys
t = sys.argv[1]
s = json.load(open(t + "/corpus20k.plain"))["summary"]
assert s["documents"] == 20000 and s["duplicate_clusters"] > 100, s
print("ok: corpus20k:", s["documents"], "documents,", s["duplicate_clusters"], "duplicate clusters")
for name in ("corpus20k_boiler", "corpus20k_default"):
    r = json.load(open(t + "/" + name + ".plain"))
    s = r["summary"]
    boiled = sum(1 for d in r["documents"] if d["boilerplate_bytes"] > 0)
    assert r["tool"]["params"]["boilerplate"] is True, name
    assert s["documents"] == 20000 and s["duplicate_clusters"] > 100 and boiled > 1000, (s, boiled)
    if name == "corpus20k_default":
        assert s["event_clusters"] > 100, s
    print("ok:", name + ":", boiled, "documents with boilerplate set aside,",
          s["duplicate_clusters"], "duplicate and", s["event_clusters"], "event clusters")
PY
