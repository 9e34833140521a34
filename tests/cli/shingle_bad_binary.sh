#!/usr/bin/env bash
# Binary content is rejected as such (not as text with many repairs); the run goes on.
bin=$1
source tests/cli/shingle_lib.bash
rejected_beside_good "fixtures/bad/binary.txt: binary content:"
finish
