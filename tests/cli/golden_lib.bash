# Helpers shared by the golden-file tests tests/cli/*_golden.sh and report_ci.sh (sourced;
# not a test itself: no .sh suffix). Usage in a test: bin=$1; source tests/cli/golden_lib.bash; golden ...; exit $fail
# One definition of "compare with the golden file, or rewrite it under SC_REGEN" so that every
# golden test regenerates and reports a difference the same way.
set -u
g=fixtures/golden
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# expect CODE CMD...: runs CMD, its stdout left in $tmp/out and its stderr in $tmp/err; it
# must exit with CODE (else FAIL, with the start of its stderr, and returns 1).
expect() {
	local want=$1
	shift
	"$@" > "$tmp/out" 2> "$tmp/err"
	local rc=$?
	if [ $rc -ne "$want" ]; then
		echo "FAIL: exit $rc, expected $want: $*"
		sed 's/^/  stderr: /' "$tmp/err" | head -5
		fail=1
		return 1
	fi
}

# golden NAME CMD...: runs CMD (which must exit 0) and compares its stdout, left in $tmp/out,
# with $g/NAME; SC_REGEN set to anything non-empty rewrites $g/NAME instead. Returns 1 only
# when CMD failed, so that a caller can go on checking $tmp/out.
golden() {
	local name=$1
	shift
	expect 0 "$@" || { echo "  (golden $name not compared)"; return 1; }
	if [ -n "${SC_REGEN:-}" ]; then
		cp "$tmp/out" "$g/$name"
		echo "regenerated $g/$name"
	elif ! cmp -s "$tmp/out" "$g/$name"; then
		echo "FAIL $name differs from $g/$name:"
		diff -u "$g/$name" "$tmp/out" | head -60
		fail=1
	fi
	return 0
}
