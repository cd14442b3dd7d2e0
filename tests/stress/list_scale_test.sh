#!/bin/sh
# tests/stress/list_scale_test.sh: -l and -c over very many sources.
#
#   sh tests/stress/list_scale_test.sh      (from the repo root, after make)
#
# FILES one-line files (default 200,000), every one naming ketamine, are
# indexed; then `query -c ketamine` and `query -l ketamine` must list every
# file once (-c with a count of 1) within LIMIT seconds each (default 20).
# The time limit catches a return of the quadratic counting (each row's
# source looked up among the sources seen so far: 45 s at 200,000 files);
# the work itself is a second or two.  Last line `N passed, M failed`.
#
# Environment: BIN (default bin), FILES, LIMIT, KEEP=1 keeps the work directory.

BIN=${BIN:-bin}
FILES=${FILES:-200000}
LIMIT=${LIMIT:-20}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac

die() { echo "list_scale_test.sh: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

[ -x "$BIN/indexer" ] && [ -x "$BIN/query" ] || die "no $BIN/indexer or $BIN/query (run make first)"
command -v python3 >/dev/null 2>&1 || die "python3 is needed"
command -v timeout >/dev/null 2>&1 || die "timeout(1) is needed"

T=$(mktemp -d "${TMPDIR:-/tmp}/list_scale_test.XXXXXX") || exit 1
trap 'if [ "${KEEP:-0}" = 1 ]; then echo "list_scale_test.sh: kept $T" >&2; else rm -rf "$T"; fi' EXIT
trap 'exit 130' INT TERM HUP

python3 - "$T/c" "$FILES" <<'PYEOF' || die "cannot write the corpus"
import os, sys
d, n = sys.argv[1], int(sys.argv[2])
for i in range(0, n, 1000):
    sub = os.path.join(d, '%04d' % (i // 1000))
    os.makedirs(sub)
    for j in range(i, min(n, i + 1000)):
        with open(os.path.join(sub, '%06d.txt' % j), 'w') as f:
            f.write('Note %d: the patient was given ketamine for pain on day %d.\n' % (j, j % 97))
PYEOF
"$BIN/indexer" -q --db "$T/i.db" "$T/c" || die "indexing $FILES files failed"

passed=0
failed=0
for mode in -c -l; do
	start=$(date +%s)
	timeout -s KILL "$LIMIT" "$BIN/query" --db "$T/i.db" $mode ketamine >"$T/out" 2>"$T/err"
	rc=$?
	took=$(($(date +%s) - start))
	lines=$(wc -l <"$T/out" | tr -d ' ')
	ones=$(grep -c ':1$' "$T/out")
	if [ "$rc" -ne 0 ]; then
		echo "not ok - query $mode ketamine: exit $rc after ${took} s (limit $LIMIT s): $(head -c 200 "$T/err")"
		failed=$((failed + 1))
	elif [ "$lines" -ne "$FILES" ] || { [ "$mode" = -c ] && [ "$ones" -ne "$FILES" ]; }; then
		echo "not ok - query $mode ketamine: $lines lines ($ones with :1), expected $FILES"
		failed=$((failed + 1))
	else
		echo "ok - query $mode ketamine: $FILES sources in ${took} s"
		passed=$((passed + 1))
	fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
