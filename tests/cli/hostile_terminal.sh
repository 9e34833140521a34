#!/usr/bin/env bash
# Input quoted on the terminal (issue 13, fault 12): ids and file names holding ESC/OSC
# sequences, BEL, C1 controls, bidi overrides or a newline reach stderr only through the one
# sanitiser (the text view's): no control byte on stderr, and every line is one message.
bin=$1
source tests/cli/hostile_lib.bash

mkdir "$tmp/in"
evil=$'evil\e]0;PWNED\a\e[2J\nsecond line\xc2\x9b31m\xe2\x80\xaename'
printf 'too short\n' > "$tmp/in/$evil.txt"
printf 'word%d ' $(seq 1 40) > "$tmp/in/ok.txt"
{
	printf '{"id":"\\u001b]0;TITLE\\u0007x","text":"%s"}\n' "$(printf 'alpha%d ' $(seq 1 40))"
	printf '{"id":"\\u001b]0;TITLE\\u0007x","text":"%s"}\n' "$(printf 'beta%d ' $(seq 1 40))"
	printf '{"id":"line\\nbreak","text":"short"}\n'
	printf '{"id":"r\\u202eev","text":"\\u00ff\\u00fe \\ud800 x y z w v u"}\n'
} > "$tmp/in/ids.jsonl"
check_err() {
	if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$tmp/err"; then
		FAIL "$1: a control byte reached stderr"
		od -c "$tmp/err" | head -20
	fi
	LC_ALL=C grep -q $'\xc2[\x80-\x9f]\|\xe2\x80[\xaa-\xae]\|\xe2\x81[\xa6-\xa9]' "$tmp/err" &&
		FAIL "$1: a C1 control or bidi override reached stderr"
	grep -v '^storycheck: ' "$tmp/err" | grep -q . && FAIL "$1: a message was split over lines"
	return 0
}
run 0 detect --no-compare -o "$tmp/r.json" "$tmp/in"
check_err detect
err_has 'rejected '"$tmp"'/in/evil'
err_has 'duplicate id'
report_check "$tmp/r.json" 6
run 0 shingle --format jsonl -o "$tmp/s.jsonl" "$tmp/in"
check_err shingle
run 0 detect --no-compare --format text -o "$tmp/r.txt" "$tmp/in/$evil.txt" "$tmp/in/ids.jsonl"
check_err "detect (named file)"
finish
