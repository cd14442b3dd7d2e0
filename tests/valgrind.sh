#!/bin/sh
# tests/valgrind.sh: the unit tests and the black-box tests under valgrind
# memcheck; behind `make valgrind`.
#
#   BIN=bin BUILD=build sh tests/valgrind.sh      (from the repo root, after make)
#
# Every cmocka binary in $BUILD/tests runs under memcheck.  For the black-box
# scripts (tests/cli_test.sh, tests/hostile_test.sh, tests/query_reliability_test.sh), $VG/bin holds two
# wrappers, indexer and query, that exec the real programs from $BIN under
# memcheck; the scripts are pointed at it with BIN=, so they need no hook.
# Each process writes its own log ($VG/logs/NAME.PID.log, so stderr stays
# what the tests expect); afterwards every log must report
# "ERROR SUMMARY: 0 errors".  Leaks count as errors when definitely or
# indirectly lost; "still reachable" and "possibly lost" do not.  A log cut
# short by a kill -9 (idx_kill_atomic) has no summary and is not counted.
#
# tests/valgrind.supp holds suppressions for third-party noise only, each
# with the reason it is not ours.
#
# Environment: BIN (default bin), BUILD (default build), VG (work folder,
# default $BUILD/valgrind), BIG_MB (the cli test's large file, default 5
# here: valgrind reads every byte about 50 times slower), ONLY (passed on).
# Last line "N logs, M with errors"; exit status non-zero on any error or
# test failure.

BIN=${BIN:-bin}
BUILD=${BUILD:-build}
VG=${VG:-$BUILD/valgrind}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
case $VG in /*) ;; *) VG=$ROOT/$VG ;; esac

die() { echo "valgrind.sh: $*" >&2; exit 1; }
command -v valgrind >/dev/null 2>&1 || die "valgrind is not installed (apt-get install valgrind)"
[ -x "$BIN/indexer" ] && [ -x "$BIN/query" ] || die "no $BIN/indexer or $BIN/query (run make first)"

rm -rf "$VG"
mkdir -p "$VG/bin" "$VG/logs" || exit 1
chmod 1777 "$VG/logs"	# hostile_test.sh runs the programs as user nobody too

# --error-exitcode makes a reported error visible at once as exit 99 (a
# failing test); the scan of the logs below catches the rest.
VGOPTS="--tool=memcheck --leak-check=full --errors-for-leak-kinds=definite,indirect \
--show-leak-kinds=definite,indirect --error-exitcode=99 --num-callers=30 \
--suppressions=$ROOT/tests/valgrind.supp"

for p in indexer query; do
	cat >"$VG/bin/$p" <<EOF
#!/bin/sh
exec valgrind $VGOPTS --log-file="$VG/logs/$p.%p.log" "$BIN/$p" "\$@"
EOF
	chmod +x "$VG/bin/$p"
done

status=0
for t in "$BUILD"/tests/test_*; do
	case $t in *.o | *.d) continue ;; esac
	[ -x "$t" ] || continue
	name=$(basename "$t")
	echo "== $name"
	CORPUS_DIR=corpus valgrind $VGOPTS --log-file="$VG/logs/$name.%p.log" "$t" || status=1
done

echo "== tests/cli_test.sh under valgrind"
BIN=$VG/bin BIG_MB=${BIG_MB:-5} sh tests/cli_test.sh || status=1
if [ -f tests/hostile_test.sh ]; then
	echo "== tests/hostile_test.sh under valgrind"
	BIN=$VG/bin sh tests/hostile_test.sh || status=1
fi
echo "== tests/query_reliability_test.sh under valgrind"
BIN=$VG/bin sh tests/query_reliability_test.sh || status=1

logs=0
bad=0
for f in "$VG"/logs/*.log; do
	[ -f "$f" ] || continue
	logs=$((logs + 1))
	grep -q 'ERROR SUMMARY:' "$f" || continue	# killed by the test
	if ! grep -q 'ERROR SUMMARY: 0 errors' "$f"; then
		bad=$((bad + 1))
		echo "valgrind errors in $f:"
		sed -n '/Command:/p' "$f"
		grep -m 20 -A 12 'Invalid\|uninitialised\|definitely lost in\|indirectly lost in\|Mismatched\|overlap' "$f" | head -60
	fi
done
echo "$logs logs, $bad with errors"
[ "$bad" -eq 0 ] || status=1
exit $status
