#!/usr/bin/env bash
# A generated corpus of 20,000 documents with planted copies (bench/gen_corpus), cut by byte
# range across ranks: mpirun -np 1..4 gives the plain run's report byte for byte.
source "$(dirname "$0")/mpi_lib.bash"
"$GEN" -n 20000 --seed 15 -o "$TMP/c.jsonl" 2>/dev/null
same_output corpus20k detect --tier duplicate --no-boilerplate -q "$TMP/c.jsonl"
python3 - "$TMP/corpus20k.plain" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
assert s["documents"] == 20000 and s["duplicate_clusters"] > 100, s
print("ok: corpus20k:", s["documents"], "documents,", s["duplicate_clusters"], "duplicate clusters")
PY
