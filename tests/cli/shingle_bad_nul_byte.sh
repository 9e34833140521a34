#!/usr/bin/env bash
# A NUL byte rejects the document, with its offset; the run goes on.
bin=$1
source tests/cli/shingle_lib.bash
rejected_beside_good "fixtures/bad/nul_byte.txt: NUL byte at offset 28"
out_has_id 000_b38a9e9196d169f0
err_has "1 documents, 1 rejected"
finish
