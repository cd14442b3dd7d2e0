#!/bin/sh
# tests/readme_test.sh: every example command in README.md runs as shown.
#
#   BIN=bin sh tests/readme_test.sh      (from the repo root; make test runs it)
#
# The examples are the lines of the README's ```sh blocks that start with
# "bin/".  Each runs with sh in a scratch folder holding bin/ (BIN), the
# corpus, docs/ and an index of the corpus in index.db, in README order.
# An example passes when it exits 0, or 1 when its comment says "exit 1",
# and its stderr holds nothing but the programs' notes (the indexer's
# summary and export notes, the fall-back note): no error, no usage, no
# unknown option.
# Prints "ok - LINE" or "not ok - LINE: why" and "N passed, M failed".

BIN=${BIN:-bin}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
NAME=readme_test.sh
. "$ROOT/tests/harness.sh"

S=$T/readme
mkdir -p "$S/bin" || exit 1
for p in indexer query fts5_snowball.so; do
	[ -e "$BIN/$p" ] && ln -s "$BIN/$p" "$S/bin/$p"
done
[ -e "$S/bin/fts5_snowball.so" ] || ln -s "$ROOT/bin/fts5_snowball.so" "$S/bin/fts5_snowball.so" 2>/dev/null
ln -s "$ROOT/corpus" "$S/corpus"
ln -s "$ROOT/docs" "$S/docs"
unset PSEARCH_DB

# the examples, one a line
awk '/^```sh$/ { on = 1; next } /^```/ { on = 0 } on && /^bin\// { print }' \
    "$ROOT/README.md" >"$T/examples"
n=$(wc -l <"$T/examples" | tr -d ' ')
if [ "$n" -lt 5 ]; then
	echo "not ok - README.md: only $n example lines found in its sh blocks"
	echo "0 passed, 1 failed"
	exit 1
fi

if ! (cd "$S" && "$BIN/indexer" -q corpus) >"$T/setup.log" 2>&1; then
	echo "not ok - setup: indexing corpus: $(head -c 300 "$T/setup.log")"
	echo "0 passed, 1 failed"
	exit 1
fi

# stderr lines that are notes, not errors
NOTES='^(indexer|query): (.*: [0-9]+ new, [0-9]+ changed|.* is up to date: |no passage has all the words|exported [0-9]+ passages|wrote the settings and mapping)'

while IFS= read -r line; do
	want=0
	case $line in *"# exit 1"*) want=1 ;; esac
	(cd "$S" && tmo 120 sh -c "$line") >"$T/out" 2>"$T/err" </dev/null
	rc=$?
	bad=$(grep -Ev "$NOTES" "$T/err" | head -c 300)
	if [ "$rc" -ne "$want" ]; then
		FAILED=$((FAILED + 1))
		echo "not ok - $line: exit $rc, expected $want; stderr: $(head -c 300 "$T/err")"
	elif [ -n "$bad" ]; then
		FAILED=$((FAILED + 1))
		echo "not ok - $line: stderr: $bad"
	elif [ "$want" -eq 0 ] && [ ! -s "$T/out" ] && ! grep -q '^indexer' "$T/err"; then
		FAILED=$((FAILED + 1))
		echo "not ok - $line: printed nothing"
	else
		PASSED=$((PASSED + 1))
		echo "ok - $line"
	fi
done <"$T/examples"

finish
