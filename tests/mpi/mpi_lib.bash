# Shared by tests/mpi/*.sh: $1 storycheck (the MPI build), $2 mpirun, $3 the corpus generator,
# $4 the events corpus generator.
# Open MPI refuses to run as root unless told; CTest sets OMPI_ALLOW_RUN_AS_ROOT(_CONFIRM).
set -euo pipefail
SC=$1
MPIRUN=$2
GEN=${3:-}
GEN_EVENTS=${4:-}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() {
	echo "FAIL: $*" >&2
	exit 1
}
# mpirun with as many ranks as asked, more than the cores if need be
mpi() {
	local np=$1
	shift
	"$MPIRUN" --oversubscribe -np "$np" "$@"
}
# same_output NAME FILE_ARG... : the plain run writes $TMP/NAME.plain with -o; each mpirun
# -np 1..4 of the same command writes $TMP/NAME.N; all must be byte-identical (cmp), and the
# exit status the same.
same_output() {
	local name=$1
	shift
	local rc0=0 rc=0
	"$SC" "$@" -o "$TMP/$name.plain" 2>"$TMP/$name.plain.err" || rc0=$?
	[ -s "$TMP/$name.plain" ] || fail "$name: the plain run wrote nothing (exit $rc0)"
	for np in 1 2 3 4; do
		rc=0
		mpi "$np" "$SC" "$@" -o "$TMP/$name.$np" 2>"$TMP/$name.$np.err" || rc=$?
		[ "$rc" = "$rc0" ] || { cat "$TMP/$name.$np.err" >&2; fail "$name: -np $np exits $rc, the plain run $rc0"; }
		cmp "$TMP/$name.plain" "$TMP/$name.$np" || fail "$name: -np $np differs from the plain run"
		echo "ok: $name -np $np: identical ($(wc -c <"$TMP/$name.plain") bytes)"
	done
}
