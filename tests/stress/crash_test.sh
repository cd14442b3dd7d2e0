#!/bin/sh
# tests/stress/crash_test.sh: kill -9 the indexer at random moments and check
# that the index is always either the old one or the new one, never damaged.
#
#   sh tests/stress/crash_test.sh            (from the repo root, after make)
#
# A corpus of a few MB (tests/stress/make_corpus.py, from corpus/*.txt) is
# indexed into OLD; the corpus is then changed (files edited, added, removed,
# touched) and a copy of OLD is brought up to date to learn NEW, timing that
# run.  Each iteration copies OLD (checkpointed, no -wal) to a work index,
# starts `indexer --db work.db corpus` on the changed corpus and kills it with
# SIGKILL after a random delay spread over the duration of a full run.  Then:
#   - no file but work.db, work.db-wal and work.db-shm is left next to it;
#   - bin/query on it (as the killed run left it) exits 0, nothing locked or busy;
#   - `indexer --db work.db --check` exits 0;
#   - the (path, hash) set of sources is exactly OLD's or exactly NEW's.
# One line per iteration, then how many kills landed mid-run and the last
# line `N passed, M failed`; the exit status is non-zero if any failed.
#
# Environment: BIN (default bin), ITERATIONS (50), FILES (300), KB (about
# 12 KiB per file), SEED (1), REBUILD_EVERY=N (every Nth iteration kills an
# `indexer --rebuild` instead; default 0, never), KEEP=1 keeps the work directory (it is also
# kept when an iteration fails, with that iteration's index as fail-N.db).

BIN=${BIN:-bin}
ITERATIONS=${ITERATIONS:-50}
FILES=${FILES:-300}
KB=${KB:-12}
SEED=${SEED:-1}
REBUILD_EVERY=${REBUILD_EVERY:-0}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
HERE=$ROOT/tests/stress

die() { echo "crash_test.sh: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

[ -x "$BIN/indexer" ] && [ -x "$BIN/query" ] || die "no $BIN/indexer or $BIN/query (run make first)"
command -v python3 >/dev/null 2>&1 || die "python3 is needed"
[ -f "$HERE/make_corpus.py" ] || die "run from the repository root"

T=$(mktemp -d "${TMPDIR:-/tmp}/crash_test.XXXXXX") || exit 1
# Kept (with fail-N.db, the index of each failed iteration) when KEEP=1 or on failure.
trap 'if [ "${KEEP:-0}" = 1 ]; then echo "crash_test.sh: kept $T" >&2; else rm -rf "$T"; fi' EXIT
trap 'exit 130' INT TERM HUP
cd "$T" || exit 1
mkdir w || exit 1

# sources DB: "path<TAB>hash" per source, sorted by path.
sources() {
	python3 - "$1" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for path, h in db.execute("SELECT path, hash FROM sources ORDER BY path"):
    print("%s\t%d" % (path, h))
db.close()
EOF
}

# checkpoint DB: fold any -wal into the database file and drop it.
checkpoint() {
	python3 - "$1" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.close()
EOF
}

now_ns() { date +%s%N; }

# ---- the two states ----------------------------------------------------------

python3 "$HERE/make_corpus.py" create "$ROOT/corpus" c --files "$FILES" --kb "$KB" \
    --seed "$SEED" || die "cannot make the corpus"
"$BIN/indexer" -q --db old.db c 2>old.err || die "indexing OLD failed: $(head -c 300 old.err)"
sources old.db >old.set
checkpoint old.db
[ ! -e old.db-wal ] && [ ! -e old.db-shm ] || die "old.db still has a -wal or -shm after a checkpoint"
python3 "$HERE/make_corpus.py" mutate c --seed "$((SEED + 1))" || die "cannot change the corpus"

cp old.db new.db
t0=$(now_ns)
"$BIN/indexer" -q --db new.db c 2>new.err || die "indexing NEW failed: $(head -c 300 new.err)"
t1=$(now_ns)
sources new.db >new.set
cmp -s old.set new.set && die "the changed corpus gives the same sources as the old one"
# The run's duration, in seconds; kills are spread over 0 .. 1.1 of it.
DUR=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
echo "# OLD: $(wc -l <old.set) sources; NEW: $(wc -l <new.set) sources; a full run takes ${DUR}s"
DELAYS=$(awk -v s="$SEED" -v n="$ITERATIONS" \
    'BEGIN { srand(s); for (i = 1; i <= n; i++) printf "%.4f ", rand() * 1.1 }')
if [ "$REBUILD_EVERY" -gt 0 ]; then
	cp old.db rebuilt.db
	t0=$(now_ns)
	"$BIN/indexer" -q --rebuild --db rebuilt.db c 2>rebuilt.err ||
	    die "indexing NEW with --rebuild failed: $(head -c 300 rebuilt.err)"
	t1=$(now_ns)
	sources rebuilt.db | cmp -s - new.set || die "--rebuild gives other sources than an update"
	DUR_REBUILD=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
	echo "# iterations divisible by $REBUILD_EVERY run --rebuild, which takes ${DUR_REBUILD}s"
fi

# ---- kill, check, compare ------------------------------------------------------

PASSED=0
FAILED=0
MIDRUN=0
AS_OLD=0
AS_NEW=0
i=1
while [ "$i" -le "$ITERATIONS" ]; do
	rm -f w/*
	cp old.db w/work.db
	# a fraction of 0 .. 1.1 of a full run's duration
	if [ "$REBUILD_EVERY" -gt 0 ] && [ $((i % REBUILD_EVERY)) -eq 0 ]; then
		mode=--rebuild
		d=$DUR_REBUILD
	else
		mode=
		d=$DUR
	fi
	delay=$(echo $DELAYS | cut -d' ' -f"$i" | awk -v d="$d" '{ printf "%.3f", $1 * d }')
	"$BIN/indexer" -q $mode --db w/work.db c >w.out 2>w.err &
	pid=$!
	sleep "$delay"
	kill -9 "$pid" 2>/dev/null
	{ wait "$pid"; } 2>/dev/null	# no "Killed" from the shell
	status=$?
	why=
	if [ "$status" -eq 137 ]; then
		how="killed mid-run"
		MIDRUN=$((MIDRUN + 1))
	elif [ "$status" -eq 0 ]; then
		how="finished first"
	else
		how="exit $status"
		why="indexer exited $status: $(head -c 200 w.err)"
	fi
	left=$(ls -A w | grep -v '^work\.db$' | grep -v '^work\.db-wal$' | grep -v '^work\.db-shm$')
	[ -z "$left" ] || why="${why:+$why; }left behind: $(echo $left)"
	# a reader must manage the index as the killed writer left it (WAL not recovered yet)
	"$BIN/query" --db w/work.db --json -n 3 ketamine >query.out 2>query.err
	qs=$?
	[ "$qs" -eq 0 ] || why="${why:+$why; }query on the killed index exited $qs: $(head -c 200 query.err)"
	grep -qi 'locked\|busy' query.err && why="${why:+$why; }query: $(head -c 200 query.err)"
	if ! "$BIN/indexer" --db w/work.db --check >check.out 2>&1; then
		why="${why:+$why; }--check failed: $(grep -v '^stale:' check.out | head -c 300)"
	fi
	left=$(ls -A w | grep -v '^work\.db$' | grep -v '^work\.db-wal$' | grep -v '^work\.db-shm$')
	[ -z "$left" ] || why="${why:+$why; }left behind after --check: $(echo $left)"
	sources w/work.db >work.set 2>work.err || why="${why:+$why; }cannot read sources: $(head -c 200 work.err)"
	if cmp -s work.set old.set; then
		state=OLD
		AS_OLD=$((AS_OLD + 1))
	elif cmp -s work.set new.set; then
		state=NEW
		AS_NEW=$((AS_NEW + 1))
	else
		state=MIXED
		d_old=$(LC_ALL=C comm -3 --nocheck-order work.set old.set | wc -l)
		d_new=$(LC_ALL=C comm -3 --nocheck-order work.set new.set | wc -l)
		why="${why:+$why; }sources are neither OLD nor NEW ($(wc -l <work.set) sources;"
		why="$why $d_old lines differ from OLD, $d_new from NEW)"
	fi
	[ "$status" -eq 0 ] && [ "$state" != NEW ] && why="${why:+$why; }finished run but index is $state"
	if [ -z "$why" ]; then
		echo "ok $i - ${mode:+$mode }kill after ${delay}s: $how -> $state"
		PASSED=$((PASSED + 1))
	else
		echo "not ok $i - ${mode:+$mode }kill after ${delay}s: $how -> $state: $why"
		FAILED=$((FAILED + 1))
		cp w/work.db "fail-$i.db" 2>/dev/null
		KEEP=1
	fi
	i=$((i + 1))
done

echo "# kills mid-run: $MIDRUN of $ITERATIONS; index found OLD $AS_OLD times, NEW $AS_NEW times"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
