#!/usr/bin/env bash
# bench/run.sh: the scale benchmark (issue 5); `make bench SIZES="10 100"` runs it.
#
# For each size in SIZES (MB of corpus): make or reuse the corpus, index it
# with bin/indexer and with the references (plain FTS5, Xapian) timed under
# GNU time, then time the queries of bench/queries.tsv warm in one process
# and as one process per query (ours, sqlite3, quest, rg).  Results go to
# $WORK/results/SIZE/, the tables to $WORK/report.md and standard output.
#
# Environment (defaults):
#   SIZES="10"         corpus sizes in MB (10^6 bytes)
#   WORK=bench/work    corpora, indexes, results (gitignored)
#   WARM_REPS=5        timed rounds over the query list, warm
#   ONESHOT_REPS=3     timed rounds, one process per query
#   XAPIAN_MAX_MB=100  above this size Xapian is skipped (it indexes at ~1 MB/s)
#   REINDEX=1          0: keep the indexes and indexing figures of an earlier
#                      run and time only the queries (a query-side change)
#   BIN=bin WARM=build/bench/warm   our programs (the Makefile passes them)
#   PYTHON=/usr/bin/python3         Debian's, which python3-xapian is installed for
set -euo pipefail

SIZES=${SIZES:-10}
WORK=${WORK:-bench/work}
WARM_REPS=${WARM_REPS:-5}
ONESHOT_REPS=${ONESHOT_REPS:-3}
XAPIAN_MAX_MB=${XAPIAN_MAX_MB:-100}
REINDEX=${REINDEX:-1}
BIN=${BIN:-bin}
WARM=${WARM:-build/bench/warm}
HERE=$(cd "$(dirname "$0")" && pwd)
QUERIES=$HERE/queries.tsv
# Debian's python3: python3-xapian is installed for it, not for another python3 on PATH
PY="${PYTHON:-/usr/bin/python3} -B"

die() { echo "bench: $*" >&2; exit 2; }
say() { echo "bench: $*" >&2; }

for s in $SIZES; do
	[[ $s =~ ^[1-9][0-9]*$ ]] || die "SIZES: '$s' is not a whole number of MB"
done
for n in WARM_REPS ONESHOT_REPS XAPIAN_MAX_MB REINDEX; do
	[[ ${!n} =~ ^[0-9]+$ ]] || die "$n: '${!n}' is not a number"
done
[ -x "$BIN/indexer" ] && [ -x "$BIN/query" ] || die "$BIN/indexer and $BIN/query are not built (run make)"
[ -x "$WARM" ] || die "$WARM is not built (run make bench)"

# The packages of the corpus and of the references, installed when missing.
"$HERE/../scripts/ensure-deps" python3 sqlite3 time ripgrep python3-xapian xapian-tools \
	linux-doc python3.11-doc dict-gcide dict-foldoc dict-jargon dict-devil wordnet-base fortunes ||
	die "missing packages (see above)"

mkdir -p "$WORK/results"
# What the figures belong to: the tree (lib/ may have uncommitted changes
# when measured during development) and how busy the machine was.
commit=$(git -C "$HERE/.." rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$HERE/.." diff --quiet HEAD -- lib indexer query 2>/dev/null || commit="$commit + uncommitted changes"
info="Run of $(date -u '+%Y-%m-%d %H:%M UTC'), SIZES=\"$SIZES\", tree $commit, $(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$REINDEX" = 0 ] && info="$info; queries only (REINDEX=0): indexes and indexing figures from the earlier run"
GEN_VERSION=$(sed -n 's/^VERSION = \([0-9]*\)$/\1/p' "$HERE/make-corpus.py")

corpus_for() {	# make or reuse the corpus of $1 MB; prints its folder
	local size=$1 dir=$WORK/corpus-$1
	if ! grep -q "\"generator\": \"bench/make-corpus.py v$GEN_VERSION\"" "$dir/.manifest" 2>/dev/null; then
		say "making a $size MB corpus in $dir"
		rm -rf "$dir" "$dir.tmp"
		$PY "$HERE/make-corpus.py" "$size" "$dir.tmp" || die "make-corpus.py failed"
		mv "$dir.tmp" "$dir"
	fi
	echo "$dir"
}

timed() {	# timed OUT CMD...: GNU time's "wall_s maxrss_kb user_s system_s" into OUT
	local out=$1; shift
	/usr/bin/time -f '%e %M %U %S' -o "$out" "$@" || die "failed: $*"
}

index_all() {	# index_all SIZE CORPUS: every engine indexes the corpus, timed
	local size=$1 corpus=$2
	rm -rf "$res" && mkdir -p "$res" "$idx"
	$PY -c 'import json,sys; m=json.load(open(sys.argv[1])); json.dump({"bytes": m["bytes"], "files": m["files"]}, sys.stdout)' \
		"$corpus/.manifest" > "$res/corpus.json"
	# warm the page cache with the corpus so that every engine reads it from memory
	find "$corpus" -name '*.txt' -exec cat {} + > /dev/null

	say "$size MB: indexing (ours)"
	rm -f "$idx/ours.db" "$idx/ours.db-wal" "$idx/ours.db-shm"
	timed "$res/index-ours.txt" "$BIN/indexer" -q --db "$idx/ours.db" "$corpus"
	{
		echo "bytes $(cat "$idx/ours.db" "$idx/ours.db-wal" 2>/dev/null | wc -c)"
		echo "passages $(sqlite3 -readonly "$idx/ours.db" 'SELECT count(*) FROM passages')"
	} >> "$res/index-ours.txt"

	say "$size MB: exporting our passages for the references"
	$PY "$HERE/export.py" "$idx/ours.db" "$idx/passages.tsv" > /dev/null || die "export.py failed"

	say "$size MB: indexing (plain FTS5)"
	timed "$res/index-fts5.txt" $PY "$HERE/ref_fts5.py" index "$idx/passages.tsv" "$idx/fts5.db"
	echo "bytes $(wc -c < "$idx/fts5.db")" >> "$res/index-fts5.txt"

	xapian=0
	if [ "$size" -le "$XAPIAN_MAX_MB" ]; then
		xapian=1
		say "$size MB: indexing (Xapian)"
		timed "$res/index-xapian.txt" $PY "$HERE/ref_xapian.py" index "$idx/passages.tsv" "$idx/xapian"
		echo "bytes $(du -sb "$idx/xapian" | cut -f1)" >> "$res/index-xapian.txt"
	else
		say "$size MB: Xapian skipped (XAPIAN_MAX_MB=$XAPIAN_MAX_MB)"
		rm -rf "$idx/xapian"
	fi
	rm -f "$idx/passages.tsv"
}

for size in $SIZES; do
	corpus=$(corpus_for "$size")
	res=$WORK/results/$size idx=$WORK/index-$size
	if [ "$REINDEX" = 0 ]; then
		[ -f "$idx/ours.db" ] && [ -f "$idx/fts5.db" ] && [ -f "$res/index-ours.txt" ] ||
			die "REINDEX=0: no earlier run of $size MB in $WORK"
		rm -f "$res"/warm-*.tsv "$res"/oneshot-*.tsv
		xapian=0
		[ "$size" -le "$XAPIAN_MAX_MB" ] && [ -d "$idx/xapian" ] && xapian=1
		find "$corpus" -name '*.txt' -exec cat {} + > /dev/null
	else
		index_all "$size" "$corpus"
	fi

	say "$size MB: warm queries"
	"$WARM" --db "$idx/ours.db" --reps "$WARM_REPS" "$QUERIES" > "$res/warm-ours.tsv" ||
		die "warm queries (ours) failed"
	$PY "$HERE/ref_fts5.py" warm "$idx/fts5.db" "$QUERIES" "$WARM_REPS" > "$res/warm-fts5.tsv" ||
		die "warm queries (FTS5) failed"
	if [ $xapian = 1 ]; then
		$PY "$HERE/ref_xapian.py" warm "$idx/xapian" "$QUERIES" "$WARM_REPS" > "$res/warm-xapian.tsv" ||
			die "warm queries (Xapian) failed"
	fi

	say "$size MB: one-shot queries"
	$PY "$HERE/oneshot.py" ours "$idx/ours.db" "$QUERIES" "$ONESHOT_REPS" "$BIN" > "$res/oneshot-ours.tsv" ||
		die "one-shot queries (ours) failed"
	$PY "$HERE/oneshot.py" sqlite3 "$idx/fts5.db" "$QUERIES" "$ONESHOT_REPS" > "$res/oneshot-sqlite3.tsv" ||
		die "one-shot queries (sqlite3) failed"
	if [ $xapian = 1 ]; then
		$PY "$HERE/oneshot.py" quest "$idx/xapian" "$QUERIES" "$ONESHOT_REPS" > "$res/oneshot-quest.tsv" ||
			die "one-shot queries (quest) failed"
	fi
	$PY "$HERE/oneshot.py" rg "$corpus" "$QUERIES" "$ONESHOT_REPS" > "$res/oneshot-rg.tsv" ||
		die "one-shot queries (rg) failed"
done

# shellcheck disable=SC2086
{ echo "$info"; echo; $PY "$HERE/report.py" "$WORK/results" $SIZES; } > "$WORK/report.md" ||
	die "report.py failed"
cat "$WORK/report.md"
say "tables in $WORK/report.md, raw timings in $WORK/results/"
