#!/bin/sh
# tests/stress/index_race_test.sh: the indexer against things that happen
# at the same time as its run (issue 19).
#
#   sh tests/stress/index_race_test.sh       (from the repo root, after make)
#
# race: ROUNDS times, two `indexer --db x.db` runs on different corpora
#   start together on a missing x.db.  Both must exit 0 and the index must
#   hold both corpora and pass --check (it used to hold one of them).
# shrink: ROUNDS times, BIG files of 9 MB (more than the 8 MB above which
#   the indexer used to map files) are indexed into a new index while,
#   after a random delay, every one of them is truncated to 1 MB.  The
#   indexer must exit 0 or 2 (it used to die of SIGBUS, exit 135, leaving
#   an empty index), each warning must say the file shrank, and the index
#   (when one is left) must pass --check.
# One line per round, then `N passed, M failed`; non-zero exit on failure.
#
# Environment: BIN (default bin), ROUNDS (20), BIG (6), KEEP=1 keeps the
# work directory.

BIN=${BIN:-bin}
ROUNDS=${ROUNDS:-20}
BIG=${BIG:-6}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac

die() { echo "index_race_test.sh: $*" >&2; echo "0 passed, 1 failed"; exit 1; }
[ -x "$BIN/indexer" ] || die "no $BIN/indexer (run make first)"
command -v python3 >/dev/null 2>&1 || die "python3 is needed"

T=$(mktemp -d "${TMPDIR:-/tmp}/index_race_test.XXXXXX") || exit 1
trap 'if [ "${KEEP:-0}" = 1 ]; then echo "index_race_test.sh: kept $T" >&2; else rm -rf "$T"; fi' EXIT
trap 'exit 130' INT TERM HUP
cd "$T" || exit 1

PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); echo "ok - $1"; }
failed() { FAILED=$((FAILED + 1)); echo "not ok - $1: $2"; }
sources() { python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM sources").fetchone()[0])' "$1"; }

python3 - <<'PYEOF' || die "cannot make the corpora"
import os, random
random.seed(19)
w = ['alpha', 'beta', 'gamma', 'delta', 'kappa', 'sigma', 'omega', 'theta', 'lambda', 'zeta']
def para(extra):
    return ' '.join(random.choice(w) for _ in range(60)) + ' ' + extra + '.'
for name in ('a', 'b'):
    os.makedirs(name)
    for i in range(40):
        with open('%s/%s%02d.txt' % (name, name, i), 'w') as f:
            f.write('\n\n'.join(para(name) for _ in range(30)) + '\n')
os.makedirs('big.src')
text = '\n\n'.join(para('big') for _ in range(40000)).encode()
for i in range(int(os.environ.get('BIG', '3'))):
    with open('big.src/big%d.txt' % i, 'wb') as f:
        f.write((text * 3)[:9 << 20])
PYEOF

# ---- race ---------------------------------------------------------------------
r=1
while [ "$r" -le "$ROUNDS" ]; do
	rm -f x.db x.db-wal x.db-shm
	"$BIN/indexer" --db x.db a >out.a 2>err.a &
	pid=$!
	"$BIN/indexer" --db x.db b >out.b 2>err.b
	rb=$?
	wait "$pid"
	ra=$?
	n=$(sources x.db 2>/dev/null)
	if [ "$ra" -ne 0 ] || [ "$rb" -ne 0 ]; then
		failed "race $r" "exit $ra and $rb: $(cat err.a err.b | tr '\n' '|')"
	elif [ "$n" != 80 ]; then
		failed "race $r" "$n sources, expected 80 (both corpora)"
	elif ! "$BIN/indexer" --db x.db --check >check.out 2>&1; then
		failed "race $r" "--check: $(cat check.out)"
	else
		pass "race $r"
	fi
	r=$((r + 1))
done

# ---- shrink -------------------------------------------------------------------
r=1
while [ "$r" -le "$ROUNDS" ]; do
	rm -rf big big.db big.db-wal big.db-shm
	cp -r big.src big
	"$BIN/indexer" --db big.db big >out 2>err &
	pid=$!
	sleep "$(python3 -c "import random; print(random.uniform(0.0, 1.5))")"
	for f in big/*.txt; do truncate -s 1M "$f"; done
	wait "$pid"
	st=$?
	bad=$(grep -v 'file shrank while being read\|^indexer: big.db: ' err | head -3 | tr '\n' '|')
	if [ "$st" -ne 0 ] && [ "$st" -ne 2 ]; then
		failed "shrink $r" "exit $st: $(head -c 300 err | tr '\n' '|')"
	elif [ -n "$bad" ]; then
		failed "shrink $r" "unexpected messages: $bad"
	elif [ "$st" -eq 2 ] && ! grep -q 'file shrank while being read' err; then
		failed "shrink $r" "exit 2 without a 'file shrank' warning: $(tr '\n' '|' <err)"
	elif [ -e big.db ] && ! "$BIN/indexer" --db big.db --check >check.out 2>&1; then
		failed "shrink $r" "--check: $(cat check.out)"
	else
		pass "shrink $r (exit $st, $(grep -c 'shrank' err) shrank)"
	fi
	r=$((r + 1))
done

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
