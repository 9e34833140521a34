#!/usr/bin/env bash
# The HTML report in a real browser (Debian's chromium, headless): renders
# fixtures/reports/sample.json, whose article text carries <script> and onerror= payloads that
# would set document.title to PWNED and add a <pwned> element if they ran, then checks the DOM
# after scripts ran: one card per conflict; our own script ran (body[data-ready=1]: so JS was on
# and the CSP hash is right, and the next checks are not vacuous); the input's did not. Saves a
# screenshot at laptop size under the build directory (report-html/sample.png).
# Exit 77 (skip) only when chromium is not installed.
set -u
bin=$1
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
	echo "SKIP: chromium is not installed (apt-get install chromium)"
	exit 77
fi
out="$(cd "$(dirname "$bin")" && pwd)/report-html"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

"$bin" report -q --format html -o "$out/sample.html" fixtures/reports/sample.json || { echo "FAIL: render"; exit 1; }
want=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["conflicts"]))' fixtures/reports/sample.json)

run_chrome() {
	HOME=$tmp timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage \
		--user-data-dir="$(mktemp -d -p "$tmp")" "$@" 2> "$tmp/chrome.err"
}
run_chrome --dump-dom "file://$out/sample.html" > "$tmp/dom.html"
rc=$?
if [ $rc -ne 0 ] || [ ! -s "$tmp/dom.html" ]; then
	echo "FAIL: chromium --dump-dom exited $rc"
	tail -5 "$tmp/chrome.err"
	exit 1
fi
got=$(grep -o '<article class="conflict"' "$tmp/dom.html" | wc -l)
[ "$got" -eq "$want" ] || { echo "FAIL: $got conflict elements in the DOM, the report has $want"; fail=1; }
grep -q '<body data-ready="1">' "$tmp/dom.html" || { echo "FAIL: the page's own script did not run"; fail=1; }
grep -q "<title>storycheck report: $want conflicts, 2 clusters</title>" "$tmp/dom.html" ||
	{ echo "FAIL: the title changed: $(grep -o '<title>[^<]*</title>' "$tmp/dom.html")"; fail=1; }
grep -q 'PWNED</title>' "$tmp/dom.html" && { echo "FAIL: an input script set the title"; fail=1; }
grep -qi '<pwned' "$tmp/dom.html" && { echo "FAIL: an input script added an element"; fail=1; }
grep -qi '<img' "$tmp/dom.html" && { echo "FAIL: an <img> from the input became an element"; fail=1; }
[ "$(grep -o '<script' "$tmp/dom.html" | wc -l)" -eq 1 ] || { echo "FAIL: more than our one <script> element"; fail=1; }
grep -q '&lt;script&gt;document.title=' "$tmp/dom.html" || { echo "FAIL: the input's script is not shown as text"; fail=1; }
# in serialised DOM a text "<" is always &lt;, so a raw "<" starts a real element
grep -Eq '<[a-zA-Z][^>]*[[:space:]]on[a-z]+=' "$tmp/dom.html" && { echo "FAIL: an event handler attribute in the DOM"; fail=1; }
grep -q 'onerror="document.title' "$tmp/dom.html" || { echo "FAIL: the input's onerror= is not shown as text"; fail=1; }
grep -q "$want of $want shown" "$tmp/dom.html" || { echo "FAIL: the filter script did not count the conflicts"; fail=1; }
cp "$tmp/dom.html" "$out/sample.dom.html"

# sorting and filtering, driven by the URL fragment (the view an editor can send as a link);
# scores in the sample: k1 0.91 denial, k2 0.74 number, k3 0.6234 negation
view() { # FRAGMENT EXPECTED-COUNT EXPECTED-ORDER EXPECTED-HIDDEN
	run_chrome --dump-dom "file://$out/sample.html#$1" > "$tmp/v.html"
	local cnt order hidden
	cnt=$(grep -o '[0-9]* of [0-9]* shown' "$tmp/v.html")
	order=$(grep -o '<article class="conflict"[^>]*>' "$tmp/v.html" | grep -o 'id="k[0-9]*"' | tr -d '"id=\n' | tr 'k' ' ')
	hidden=$(grep -o '<article class="conflict"[^>]*hidden[^>]*>' "$tmp/v.html" | grep -o 'id="k[0-9]*"' | tr -d '"id=\n' | tr 'k' ' ')
	[ "$cnt" = "$2" ] && [ "$order" = "$3" ] && [ "$hidden" = "$4" ] ||
		{ echo "FAIL: view #$1: got '$cnt' order '$order' hidden '$hidden', want '$2' '$3' '$4'"; fail=1; }
}
view "min=0.7&sort=score-asc" "2 of 3 shown" " 3 2 1" " 3"
view "kind=denial,negation&min=0.65" "1 of 3 shown" " 1 2 3" " 2 3"
view "sort=kind" "3 of 3 shown" " 1 3 2" ""

run_chrome --screenshot="$out/sample.png" --window-size=1366,900 "file://$out/sample.html" > /dev/null
if [ ! -s "$out/sample.png" ] || [ "$(head -c 4 "$out/sample.png" | od -An -c | tr -d ' ')" != "211PNG" ]; then
	echo "FAIL: no screenshot"
	fail=1
else
	echo "screenshot: $out/sample.png"
fi
exit $fail
