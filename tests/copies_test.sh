#!/bin/sh
# tests/copies_test.sh: black-box tests of copy detection (bin/query --copies,
# the copies field of --json rows) through incremental indexing runs: after
# each run, the copies listed must be those of a fresh index of the same
# files, and bin/indexer --check must pass.
#
#   BIN=bin sh tests/copies_test.sh      (from the repo root)

BIN=${BIN:-bin}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
NAME=copies_test.sh
. "$ROOT/tests/harness.sh"

F3=$ROOT/corpus/003_96d91b1a440e6934.txt
F1=$ROOT/corpus/001_ee588c47829acb01.txt

run() {	# run PROGRAM ARGS...: stdout to $W/out, stderr to $W/err, status in $rc
	p=$1
	shift
	tmo 120 "$BIN/$p" "$@" >"$W/out" 2>"$W/err"
	rc=$?
	san_check "$W/err" "$p $*"
}
line() { sed -n "${2}p" "$1"; }
# copies DB: the --copies --json listing, sorted, with paths relative to $W
copies() {
	run query --db "$1" --copies --json
	sed "s|$W/||g" "$W/out" | sort >"$W/copies.$2"
}
# same_as_fresh TAG: the incremental index lists what a fresh index of $W/c lists
same_as_fresh() {
	rm -f "$W/fresh.db" "$W/fresh.db-wal" "$W/fresh.db-shm"
	run indexer -q --db "$W/fresh.db" "$W/c"
	want_rc 0 "$1: fresh index"
	copies "$W/fresh.db" fresh
	copies "$W/i.db" incr
	cmp -s "$W/copies.fresh" "$W/copies.incr" ||
	    fail "$1: incremental lists $(cat "$W/copies.incr"), fresh $(cat "$W/copies.fresh")"
	run indexer --check --db "$W/i.db"
	want_rc 0 "$1: --check"
}

copies_incremental() {
	mkdir "$W/c"
	P=$(line "$F3" 13)	# "Unlike conventional antidepressants ..."
	Q=$(line "$F3" 11)
	{ line "$F1" 1; echo; line "$F1" 3; echo; echo "$P"; echo; line "$F1" 5; } >"$W/c/a.txt"
	{ line "$F1" 7; echo; echo "$P"; echo; line "$F1" 9; } >"$W/c/b.txt"
	E=$(echo "$P" | sed 's/individuals/people/')
	{ line "$F1" 11; echo; echo "$E"; echo; echo "$Q"; } >"$W/c/c.txt"
	{ line "$F1" 13; echo; echo "$Q"; } >"$W/c/d.txt"
	run indexer -q --db "$W/i.db" "$W/c"
	want_rc 0 "index"
	copies "$W/i.db" first
	[ -z "${SHOW:-}" ] || cat "$W/copies.first" >&2
	grep -q '"source":"c/a.txt".*"copies":\[{"source":"c/b.txt".*{"source":"c/c.txt"' \
	    "$W/copies.first" || fail "a's passage: b and c copy it: $(cat "$W/copies.first")"
	grep -q '"source":"c/d.txt".*"copies":\[{"source":"c/c.txt","line_start":5,"line_end":5,"byte_start":[0-9]*,"byte_end":[0-9]*,"similarity":1.0,"page":null}\]' \
	    "$W/copies.first" || fail "d's passage: c has it: $(cat "$W/copies.first")"
	same_as_fresh "first run"
	# a search row carries its copies, last
	run query --db "$W/i.db" --json -n 1 '"ketamine often produces results within hours"' --source '*a.txt'
	want_rc 0 "search"
	grep -q '"fallback":false,"copies":\[{"source":"[^"]*b.txt"' "$W/out" ||
	    fail "search row's copies: $(cat "$W/out")"
	# b drops the copy, c's copy changes beyond recognition, d disappears
	{ line "$F1" 7; echo; line "$F1" 9; } >"$W/c/b.txt"
	{ line "$F1" 11; echo; line "$F1" 15; echo; echo "$Q"; } >"$W/c/c.txt"
	rm "$W/c/d.txt"
	run indexer -q --db "$W/i.db" "$W/c"
	want_rc 0 "second run"
	same_as_fresh "after changes"
	run query --db "$W/i.db" --copies
	want_rc 1 "no copies left"
	[ ! -s "$W/out" ] || fail "no copies left: $(cat "$W/out")"
	# the copy comes back in a new file
	{ line "$F1" 17; echo; echo "$P"; } >"$W/c/e.txt"
	run indexer -q --db "$W/i.db" "$W/c"
	want_rc 0 "third run"
	same_as_fresh "a new file"
	run query --db "$W/i.db" --copies
	want_rc 0 "a copy again"
	grep -q "same passage: .*e.txt" "$W/out" || fail "text listing: $(cat "$W/out")"
}

copies_claim_support() {
	# the five articles, and a later file that copies one of 003's paragraphs
	mkdir "$W/c"
	cp "$ROOT"/corpus/*.txt "$ROOT/corpus/metadata.tsv" "$W/c/"
	run indexer -q --db "$W/i.db" "$W/c"
	{ line "$F3" 13; echo; line "$F1" 1; } >"$W/c/zz_copy.txt"
	run indexer -q --db "$W/i.db" "$W/c"
	want_rc 0 "index the copy"
	C="Ketamine often produces results within hours, unlike conventional antidepressants."
	run query --db "$W/i.db" --claim "$C"
	want_rc 0 "supported"
	grep -q "copy: the same passage as .*003_96d91b1a440e6934.txt:13-13 (indexed earlier; its support counts once)" \
	    "$W/out" || fail "text: the copy's line: $(cat "$W/out")"
	cp "$W/out" "$W/text"
	run query --db "$W/i.db" --claim "$C" --json
	# every supporting source counts, but the copy (how many support it
	# depends on the verdict rules, not on copies)
	n=$(grep -c '"support":"supported"' "$W/out")
	[ "$n" -ge 2 ] || fail "json: $n sources support it"
	grep -q "^copies: $n sources support it, $((n - 1)) independently" "$W/text" ||
	    fail "text: the count ($n supported): $(grep '^copies' "$W/text")"
	python3 - "$W/out" <<'PY' 2>"$W/py" || fail "json: $(cat "$W/py")"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
by = {r["source"].rsplit("/", 1)[1]: r for r in rows}
o, c = by["003_96d91b1a440e6934.txt"], by["zz_copy.txt"]
assert o["original"] is None and o["counted"] is True, o
assert c["original"]["source"].endswith("003_96d91b1a440e6934.txt") and c["original"]["line_start"] == 13, c
assert c["counted"] is False and c["support"] == "supported", c
assert any(x["source"].endswith("zz_copy.txt") for x in o["copies"]), o["copies"]
assert all(r["counted"] for r in rows if r is not c), rows
PY
	# the copy goes: nothing counts once any more
	rm "$W/c/zz_copy.txt"
	run indexer -q --db "$W/i.db" "$W/c"
	run query --db "$W/i.db" --claim "$C"
	grep -q "^copies:\|copy: the same" "$W/out" && fail "after removal: $(cat "$W/out")"
	:
}

copies_bad_input() {
	mkdir "$W/c"
	line "$F3" 13 >"$W/c/a.txt"
	run indexer -q --db "$W/i.db" "$W/c"
	for extra in "ketamine" "--tsv" "-l" "--claim" "--quote=x"; do
		run query --db "$W/i.db" --copies "$extra"
		want_rc 2 "--copies $extra"
		n=$(wc -l <"$W/err" | tr -d ' ')
		[ "$n" -eq 1 ] || fail "--copies $extra: $n stderr lines"
		grep -q -- "--copies" "$W/err" || fail "--copies $extra: $(cat "$W/err")"
	done
}

ALL_TESTS="copies_incremental copies_claim_support copies_bad_input"
for t in ${ONLY:-$ALL_TESTS}; do
	run_test "$t"
done
finish
