# Helpers shared by tests/cli/hostile_*.sh (sourced; not a test itself: no .sh suffix).
# Usage in a test: bin=$1; source tests/cli/hostile_lib.bash; ...; finish
# Generated inputs live in a private temporary directory removed at exit; nothing big is
# ever committed. SC_SANITIZE=1 / SC_VALGRIND=1 (set by CTest) mean storycheck runs slower and
# uses more memory: tests then pick smaller inputs or looser memory bounds, and say so.
set -u
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2> /dev/null; rm -rf "$tmp"' EXIT
fail=0
PY=/usr/bin/python3
SLOWRUN=0
if [ "${SC_SANITIZE:-0}" = 1 ] || [ "${SC_VALGRIND:-0}" = 1 ]; then SLOWRUN=1; fi

FAIL() { echo "FAIL: $*"; fail=1; }

# run WANT_EXIT ARGS...: runs storycheck, stdout in $tmp/out, stderr in $tmp/err
run() {
	local want=$1
	shift
	"$bin" "$@" > "$tmp/out" 2> "$tmp/err"
	local rc=$?
	if [ "$rc" -ne "$want" ]; then
		FAIL "exit $rc, expected $want: storycheck $*"
		sed 's/^/  stderr: /' "$tmp/err" | head -20
	fi
}

# err_has TEXT: stderr of the last run contains TEXT (fixed string)
err_has() { grep -qF -- "$1" "$tmp/err" || { FAIL "stderr lacks '$1'"; sed 's/^/  /' "$tmp/err" | head -20; }; }

# peak_rss FILE CMD...: runs CMD (its output goes where the caller sends it) and writes the
# peak resident set size of the command, in MiB, to FILE; returns CMD's exit status. Uses
# getrusage(RUSAGE_CHILDREN), so it needs neither /usr/bin/time nor procps.
peak_rss() {
	local f=$1
	shift
	"$PY" -c '
import resource, subprocess, sys
r = subprocess.run(sys.argv[2:])
open(sys.argv[1], "w").write("%d\n" % (resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024))
sys.exit(r.returncode)' "$f" "$@"
}

# report_check REPORT INPUTS: the JSON report accounts for every input: summary.inputs is
# INPUTS and equals documents + rejected, which equal the lengths of the two arrays.
report_check() {
	"$PY" - "$1" "$2" << 'PYEOF' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
want = int(sys.argv[2])
s = r["summary"]
nd, nr = len(r["documents"]), len(r["rejected"])
ok = s["inputs"] == want and s["documents"] == nd and s["rejected"] == nr and nd + nr == want
print("report: inputs %d (expected %d), documents %d, rejected %d" % (s["inputs"], want, nd, nr))
if not ok:
    print("FAIL: the report does not account for every input")
    sys.exit(1)
PYEOF
}

finish() {
	[ $fail -eq 0 ] && echo "ok"
	exit $fail
}
