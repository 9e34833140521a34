# The pass server of detect's test hook SC_TEST_PASS_FIFO (main.c, pass_hook), shared by
# tests/cli/house12_live.sh and house13_*.sh (sourced after hostile_lib.bash; not a test
# itself: no .sh suffix). A streaming detect with SC_TEST_PASS_FIFO set writes each pass's
# number (1: the first, after the walk; 2, ...) to the FIFO and waits for one byte back; the
# script changes its input files in between. storycheck runs no command for the hook.
fifo=$tmp/pass.fifo
mkfifo "$fifo" || FAIL "mkfifo $fifo"

# served ON_PASS CMD...: runs CMD (a storycheck run, or `run ...`) with SC_TEST_PASS_FIFO set;
# a server in the background answers each pass: it calls the function ON_PASS with the pass's
# number, then lets the pass go on. The server is stopped by its id when CMD returns.
served() {
	local on_pass=$1 srv rc
	shift
	(while read -r k < "$fifo"; do
		"$on_pass" "$k"
		printf x > "$fifo"
	done) &
	srv=$!
	export SC_TEST_PASS_FIFO=$fifo
	"$@"
	rc=$?
	unset SC_TEST_PASS_FIFO
	kill "$srv" 2> /dev/null
	wait "$srv" 2> /dev/null
	return $rc
}

# served_at N CODE CMD...: served, with CODE (shell code of the script) run before pass N only
hook_at=0 hook_cmd=:
at_pass() {
	[ "$1" = "$hook_at" ] && eval "$hook_cmd"
	true
}
served_at() {
	hook_at=$1 hook_cmd=$2
	shift 2
	served at_pass "$@"
}

# hooked WANT N CODE ARGS...: storycheck detect -q ARGS on $tmp/in, report in $tmp/r.json (removed
# first), exit status WANT (see run), with CODE run before pass N
hooked() {
	local want=$1 n=$2 code=$3
	shift 3
	rm -f "$tmp/r.json"
	served_at "$n" "$code" run "$want" detect -q "$@" -o "$tmp/r.json" "$tmp/in"
}

# fresh: $tmp/in anew, a copy of the corpus's texts and JSONL files in $tmp/src
fresh() {
	rm -rf "$tmp/in"
	mkdir -p "$tmp/in"
	cp "$tmp/src"/*.txt "$tmp/src"/*.jsonl "$tmp/in/"
}
