#!/bin/sh
# index-ab.sh: indexing alone, several programs and plain FTS5 taken in turn.
#
#   bench/index-ab.sh CORPUS ROUNDS OUT.tsv NAME=INDEXER [NAME=INDEXER ...]
#
# Each round indexes CORPUS into a new file with every INDEXER given (an
# indexer binary; NAME=env:VAR=VALUE:INDEXER runs it with that variable
# set), then plain FTS5 (ref_fts5.py index, as bench/run.sh runs it) on
# the passages of the first program's index, exported once before the
# first round.  One line a run into OUT.tsv: name, round, wall s, peak RSS
# KB, user s, system s, index bytes.  Taking the programs in turn, on a
# machine shared with other work, puts each under the same load; compare
# medians of the rounds.  The indexes are left in OUT.tsv's folder
# (NAME.db, fts5.db) for size and query checks.
set -eu
[ $# -ge 4 ] || { echo "usage: $0 CORPUS ROUNDS OUT.tsv NAME=INDEXER..." >&2; exit 2; }
corpus=$1 rounds=$2 out=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
dir=$(dirname "$out")
py=${PYTHON:-/usr/bin/python3}
: > "$out"

run_one() {	# run_one NAME SPEC ROUND
	name=$1 spec=$2 round=$3 db=$dir/$1.db
	rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
	case $spec in
	env:*)	rest=${spec#env:}; var=${rest%%:*}; prog=${rest#*:}
		/usr/bin/time -f '%e %M %U %S' -o "$dir/.time" env "$var" "$prog" -q --db "$db" "$corpus" ;;
	*)	/usr/bin/time -f '%e %M %U %S' -o "$dir/.time" "$spec" -q --db "$db" "$corpus" ;;
	esac
	printf '%s\t%s\t%s\t%s\n' "$name" "$round" "$(tr ' ' '\t' < "$dir/.time")" \
	    "$(cat "$db" "$db-wal" 2>/dev/null | wc -c)" >> "$out"
}

find "$corpus" -name '*.txt' -exec cat {} + > /dev/null
round=1
while [ "$round" -le "$rounds" ]; do
	first=
	for arg in "$@"; do
		run_one "${arg%%=*}" "${arg#*=}" "$round"
		[ -n "$first" ] || first=${arg%%=*}
	done
	if [ ! -f "$dir/passages.tsv" ]; then
		$py "$here/export.py" "$dir/$first.db" "$dir/passages.tsv" > /dev/null
	fi
	/usr/bin/time -f '%e %M %U %S' -o "$dir/.time" $py "$here/ref_fts5.py" index \
	    "$dir/passages.tsv" "$dir/fts5.db"
	printf 'fts5\t%s\t%s\t%s\n' "$round" "$(tr ' ' '\t' < "$dir/.time")" \
	    "$(wc -c < "$dir/fts5.db")" >> "$out"
	round=$((round + 1))
done
rm -f "$dir/.time"
