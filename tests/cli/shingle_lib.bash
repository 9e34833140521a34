# Helpers shared by tests/cli/shingle_*.sh (sourced; not a test itself: no .sh suffix).
# Usage in a test: bin=$1; source tests/cli/shingle_lib.bash; ...; finish
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
GOOD=fixtures/seeds/000_b38a9e9196d169f0.txt

# run WANT_EXIT ARGS...: runs storycheck with ARGS, stdout in $tmp/out, stderr in $tmp/err
run() {
	local want=$1
	shift
	"$bin" "$@" > "$tmp/out" 2> "$tmp/err"
	local rc=$?
	if [ "$rc" -ne "$want" ]; then
		echo "FAIL: exit $rc, expected $want: storycheck $*"
		sed 's/^/  stderr: /' "$tmp/err" | head -10
		fail=1
	fi
}
# err_has TEXT: stderr contains TEXT (fixed string)
err_has() { grep -qF -- "$1" "$tmp/err" || { echo "FAIL: stderr lacks '$1':"; sed 's/^/  /' "$tmp/err"; fail=1; }; }
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
finish() {
	[ $fail -eq 0 ] && echo "ok"
	exit $fail
}
