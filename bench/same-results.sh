#!/bin/sh
# same-results.sh: two programs on two indexes of the same corpus give the
# same answers to the bench queries.
#
#   bench/same-results.sh OLD_BIN OLD_DB NEW_BIN NEW_DB [QUERIES]
#
# Every query of QUERIES (default bench/queries.tsv) is run by each BIN's
# query with --json -n 10 (claims with --claim) on its own index, and the
# outputs are compared byte for byte; the index path is the only text that
# may differ, and it is blanked first.  Prints one line a differing query
# and a count; exit 0 when all agree.  For a change of the index format,
# where the old program cannot read the new index.
set -u
[ $# -ge 4 ] || { echo "usage: $0 OLD_BIN OLD_DB NEW_BIN NEW_DB [QUERIES]" >&2; exit 2; }
old_bin=$1 old_db=$2 new_bin=$3 new_db=$4
queries=${5:-$(dirname "$0")/queries.tsv}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 differ=0
grep -v '^#' "$queries" | while IFS='	' read -r class query; do
	[ -n "$query" ] || continue
	mode=
	[ "$class" = claim ] && mode=--claim
	"$old_bin/query" --db "$old_db" --json -n 10 $mode -- "$query" 2>&1 |
	    sed "s|$old_db|DB|g" > "$tmp/old"
	"$new_bin/query" --db "$new_db" --json -n 10 $mode -- "$query" 2>&1 |
	    sed "s|$new_db|DB|g" > "$tmp/new"
	n=$((n + 1))
	if ! cmp -s "$tmp/old" "$tmp/new"; then
		differ=$((differ + 1))
		printf 'differs: %s\t%s\n' "$class" "$query"
	fi
	echo "$n $differ" > "$tmp/count"
done
read -r n differ < "$tmp/count"
echo "$n queries, $differ differ"
[ "$differ" -eq 0 ]
