# Helpers shared by tests/cli/shingle_*.sh (sourced; not a test itself: no .sh suffix): those
# of hostile_lib.bash (the temporary directory, fail, run, err_has, finish) and the signature
# checks below. Usage in a test: bin=$1; source tests/cli/shingle_lib.bash; ...; finish
source tests/cli/hostile_lib.bash
GOOD=fixtures/seeds/000_b38a9e9196d169f0.txt

# out_ids: the ids of the JSONL signatures on stdout, one per line
out_ids() { sed -n 's/^{"id":"\([^"]*\)".*/\1/p' "$tmp/out"; }
# out_has_id ID: a signature for ID was written
out_has_id() { out_ids | grep -qxF -- "$1" || { echo "FAIL: no signature for '$1' in:"; out_ids | sed 's/^/  /'; fail=1; }; }
# out_count N: exactly N signatures
out_count() {
	local n
	n=$(grep -c '"sig":\[' "$tmp/out")
	[ "$n" -eq "$1" ] || { echo "FAIL: $n signatures written, expected $1"; fail=1; }
}
# rejected_beside_good "PATH: REASON"...: each PATH, read beside one good document, is rejected
# with that message, and the good document alone is signed.
rejected_beside_good() {
	local r paths=()
	for r in "$@"; do paths+=("${r%%: *}"); done
	run 0 shingle --format jsonl "${paths[@]}" $GOOD
	for r in "$@"; do err_has "rejected $r"; done
	out_count 1
}
