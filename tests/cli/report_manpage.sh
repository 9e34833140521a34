#!/usr/bin/env bash
# The man page (doc/storycheck.1) formats without groff warnings, names every long option that
# the commands' --help lists, and is installed by `cmake --install`.
set -u
bin=$1
man=doc/storycheck.1
fail=0
n=0
for cmd in detect compare shingle report; do
	for opt in $("$bin" $cmd --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
		[ "$opt" = --help ] && continue
		n=$((n + 1))
		# in groff source a dash is written \-
		grep -qF -- "$(printf '%s' "$opt" | sed 's/-/\\-/g')" $man ||
			{ echo "FAIL: $cmd option $opt is not in $man"; fail=1; }
	done
done
[ $n -ge 30 ] || { echo "FAIL: only $n options found in the --help texts"; fail=1; }
if command -v groff > /dev/null; then
	w=$(groff -man -Tutf8 -ww -z $man 2>&1)
	[ -z "$w" ] || { echo "FAIL: groff warnings:"; echo "$w"; fail=1; }
else
	echo "note: groff not installed; formatting not checked"
fi
# installed by cmake --install (the build dir is the binary's directory)
build=$(cd "$(dirname "$bin")" && pwd)
if [ -f "$build/cmake_install.cmake" ]; then
	dest=$(mktemp -d)
	cmake --install "$build" --prefix "$dest" > /dev/null || { echo "FAIL: cmake --install"; fail=1; }
	[ -f "$dest/share/man/man1/storycheck.1" ] && [ -x "$dest/bin/storycheck" ] ||
		{ echo "FAIL: man page or binary not installed: $(cd "$dest" && find . -type f)"; fail=1; }
	rm -rf "$dest"
fi
exit $fail
