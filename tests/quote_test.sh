#!/bin/sh
# tests/quote_test.sh: black-box tests of bin/query --quote.
#
#   BIN=bin sh tests/quote_test.sh      (from the repo root)
#
# Exit codes (0 exact somewhere, 1 not, 2 error), the byte ranges reported
# against the files' bytes, near matches and their differences, a stale
# index, unreadable sources and bad input.  ONLY="names" runs a subset.

BIN=${BIN:-bin}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
NAME=quote_test.sh
. "$ROOT/tests/harness.sh"

CDB=$T/corpus.db
F3=corpus/003_96d91b1a440e6934.txt

q() {
	tmo 120 "$BIN/query" "$@" >"$W/out" 2>"$W/err"
	rc=$?
	san_check "$W/err" "query $*"
}
ix() {
	tmo 120 "$BIN/indexer" "$@" >"$W/ixout" 2>"$W/ixerr"
	rc=$?
	san_check "$W/ixerr" "indexer $*"
}
out_has() { grep -qF -- "$1" "$W/out" || fail "$2: stdout lacks '$1': $(head -c 300 "$W/out")"; }
one_err_line() {
	n=$(wc -l <"$W/err" | tr -d ' ')
	[ "$n" -eq 1 ] || fail "$1: $n stderr lines, expected 1: $(head -c 300 "$W/err" | tr '\n' '|')"
}
# json_check: every JSON row's byte range, from its file, is its text
json_check() {
	python3 - "$W/out" 2>"$W/pyerr" <<'PY' || fail "$1: $(tail -c 300 "$W/pyerr")"
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if "quote" not in r or r["source"] is None:
        continue
    data = open(r["source"], "rb").read()
    got = data[r["byte_start"]:r["byte_end"]].decode("utf-8", "replace")
    if got != r["text"]:
        sys.exit("bytes %d-%d of %s are %r, not %r" % (r["byte_start"], r["byte_end"], r["source"], got, r["text"]))
    if data[:r["byte_start"]].count(b"\n") + 1 != r["line_start"]:
        sys.exit("line_start %d is wrong" % r["line_start"])
    for d in r["differences"]:
        if d["source"] is not None and data[d["byte_start"]:d["byte_end"]].decode() != d["source"]:
            sys.exit("difference bytes %d-%d are not %r" % (d["byte_start"], d["byte_end"], d["source"]))
PY
}

quote_exact() {
	q --db "$CDB" --quote "ketamine often produces results within hours"
	want_rc 0 "exact quote"
	out_has 'EXACT  "ketamine often produces results within hours"' "verdict line"
	out_has "$F3:13-13  exact" "source block"
	out_has "bytes 1061-1105: ketamine often produces results within hours" "byte range"
	q --db "$CDB" --json --quote "Ketamine often produces results within hours."
	want_rc 0 "case and end punctuation ignored"
	json_check "exact json"
	grep -q '"match":"exact"' "$W/out" || fail "json match: $(cat "$W/out")"
	grep -q '"byte_start":1061,"byte_end":1105' "$W/out" || fail "json bytes: $(cat "$W/out")"
	q --db "$CDB" -q --quote "ketamine often produces results within hours"
	want_rc 0 "-q exact"
	[ ! -s "$W/out" ] || fail "-q printed something"
}

quote_typography() {
	# the source has "ketamine’s remarkable ability" (curly) and "N-methyl-D-aspartate"
	q --db "$CDB" --quote "Studies have unveiled ketamine's remarkable ability"
	want_rc 0 "straight apostrophe for a curly one"
	q --db "$CDB" --quote "“specifically targeting N–methyl–D–aspartate (NMDA) receptors”"
	want_rc 0 "curly quotes around, en dashes for hyphens"
	q --db "$CDB" --quote "specifically   targeting
N-methyl-D-aspartate"
	want_rc 0 "whitespace and a line break"
}

quote_near() {
	q --db "$CDB" --json --quote "ketamine often produced results within hours"
	want_rc 1 "a changed word is not exact"
	json_check "near json"
	grep -q '"match":"near"' "$W/out" || fail "near: $(cat "$W/out")"
	grep -q '"kind":"changed","quote":"produced","source":"produces","line":13,"byte_start":1076,"byte_end":1084' \
	    "$W/out" || fail "changed difference: $(cat "$W/out")"
	q --db "$CDB" --quote "ketamine produces results within hours"
	want_rc 1 "a dropped word is not exact"
	out_has 'NEAR  "ketamine produces results within hours"' "near verdict"
	out_has 'not in the quote: "often" (line 13, bytes 1070-1075)' "extra word"
	q --db "$CDB" --quote "ketamine often produces rapid results within hours"
	want_rc 1 "an added word"
	out_has 'not in the source: "rapid" (line 13, before byte 1085)' "missing word"
	q --db "$CDB" --quote "ketamine often produces results, within hours"
	want_rc 1 "an added comma"
	out_has "near: punctuation differs" "punctuation"
}

quote_none() {
	q --db "$CDB" --quote "purple elephants dance on the moon"
	want_rc 1 "nothing"
	out_has 'NOT FOUND  "purple elephants dance on the moon"' "verdict"
	q --db "$CDB" --json --quote "purple elephants dance on the moon"
	want_rc 1 "nothing, json"
	grep -q '"verdict":"none","source":null' "$W/out" || fail "bare row: $(cat "$W/out")"
	q --db "$CDB" --quote "ketamine rarely produced any results within days"
	want_rc 1 "too different"
	out_has "NOT FOUND" "too different is not near"
}

quote_stale_index() {
	mkdir "$W/c"
	cp corpus/003_96d91b1a440e6934.txt corpus/metadata.tsv "$W/c/"
	ix -q --db "$W/i.db" "$W/c"
	want_rc 0 "index"
	sed -i 's/ketamine often produces results within hours/ketamine often produced results within hours/' \
	    "$W/c/003_96d91b1a440e6934.txt"
	q --db "$W/i.db" --quote "ketamine often produces results within hours"
	want_rc 1 "the index has the words, the file no longer"
	out_has "changed: quote \"produces\", source \"produced\"" "the file's word"
	q --db "$W/i.db" --quote "ketamine often produced results within hours"
	want_rc 0 "the file has them (found through the stems)"
}

quote_unreadable() {
	mkdir "$W/c"
	cp corpus/003_96d91b1a440e6934.txt "$W/c/"
	ix -q --db "$W/i.db" "$W/c"
	rm "$W/c/003_96d91b1a440e6934.txt"
	q --db "$W/i.db" --quote "ketamine often produces results within hours"
	want_rc 2 "a candidate source cannot be read"
	grep -q "003_96d91b1a440e6934.txt: cannot check the quote against it: no such file" "$W/err" ||
	    fail "warning: $(cat "$W/err")"
}

quote_bad_input() {
	for a in "" "..." "“ — ”"; do
		q --db "$CDB" --quote "$a"
		want_rc 2 "quote '$a'"
		one_err_line "quote '$a'"
		grep -q -- "--quote" "$W/err" || fail "names --quote: $(cat "$W/err")"
	done
	q --db "$CDB" --quote "a b" ketamine
	want_rc 2 "with query words"
	one_err_line "with query words"
	q --db "$CDB" --quote "a b" --tsv
	want_rc 2 "--tsv"
	grep -q -- "--tsv" "$W/err" || fail "names --tsv: $(cat "$W/err")"
	q --db "$CDB" --quote "a b" --quote "c"
	want_rc 2 "twice"
	one_err_line "twice"
	q --db "$CDB" --quote
	want_rc 2 "no argument"
	one_err_line "no argument"
	q --db "$W/none.db" --quote "ketamine"
	want_rc 2 "missing index"
	one_err_line "missing index"
}

quote_in_draft() {
	printf '# Draft\n\nUnlike conventional antidepressants, ketamine \342\200\234often produces results within hours\342\200\235.\n' >"$W/d1.md"
	printf 'Unlike conventional antidepressants, ketamine "often produced results within hours".\n' >"$W/d2.md"
	q --db "$CDB" --claims-from "$W/d1.md"
	want_rc 0 "a supported claim with an exact quote"
	out_has 'EXACT  "often produces results within hours"' "quote block"
	out_has "draft line 3, bytes 58-93" "the quote's place in the draft"
	q --db "$CDB" --claims-from "$W/d2.md" --json --threads 1
	want_rc 1 "a supported claim whose quote is only near"
	cp "$W/out" "$W/one"
	grep -q '"verdict":"supported"' "$W/out" || fail "claim row: $(head -c 300 "$W/out")"
	grep -q '"quote":"often produced results within hours","verdict":"near"' "$W/out" ||
	    fail "quote row: $(cat "$W/out")"
	grep -q '"quote_line":1,"quote_byte_start":47,"quote_byte_end":82' "$W/out" ||
	    fail "quote place: $(cat "$W/out")"
	json_check "draft quote json"
	q --db "$CDB" --claims-from "$W/d2.md" --json --threads 2
	want_rc 1 "two threads"
	cmp -s "$W/out" "$W/one" || fail "two threads print otherwise than one"
	q --db "$CDB" --claims-from "$W/d2.md" --html
	want_rc 1 "--html counts the quote too"
	grep -q '^NEAR' "$W/out" && fail "--html page has a text quote block"
	:
}

W=$T/w/setup
mkdir -p "$W"
if ! (cd "$ROOT" && tmo 120 "$BIN/indexer" -q --db "$CDB" corpus) >"$W/.log" 2>&1; then
	echo "not ok - setup: indexing corpus failed: $(head -c 300 "$W/.log")"
	FAILED=$((FAILED + 1))
fi
ALL_TESTS="quote_exact quote_typography quote_near quote_none quote_stale_index quote_unreadable \
    quote_bad_input quote_in_draft"
for t in ${ONLY:-$ALL_TESTS}; do
	run_test "$t"
done
finish
