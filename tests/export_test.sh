#!/bin/sh
# tests/export_test.sh: bin/indexer --export-bulk and --export-mapping
# (issue 22), black-box: the output is the bulk API's NDJSON (an action
# line with _index and _id before every document), there is one document
# for every passage the index holds (counted by --check and read with
# sqlite3, not by the exporter), ids are unique and stay the same across
# exports, a re-index of a touched but unchanged file, a changed file
# (whose passages get new row ids) and --rebuild, the byte ranges are the
# file's bytes of the text, the fields are query --json's, the mapping
# has a property for every field, and every error is one line and exit 2,
# leaving no half file behind.
#
#   BIN=bin sh tests/export_test.sh   (from the repo root, after make)
#
# Output as tests/cli_test.sh: "ok - name" or "not ok - name: reason",
# last line "N passed, M failed", non-zero exit status on any failure.
# Environment: BIN (default bin), ONLY (test names to run), KEEP_LOGS=1.

BIN=${BIN:-bin}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac

NAME=export_test.sh
. "$ROOT/tests/harness.sh"

# ---- helpers ---------------------------------------------------------------

# ix, q, err_has, out_has, lines: tests/harness.sh

# sources DIR: the five articles with their metadata, Markdown notes with
# front matter, and a web page
sources() {
	mkdir -p "$1"
	cp "$ROOT"/corpus/*.txt "$ROOT/corpus/metadata.tsv" "$1/"
	cat >"$1/reefs.md" <<'MD'
---
title: "Coral Notes"
author: Ann Lee
date: 2024-05-01
url: https://example.org/coral
---

# Reefs

Coral reefs grow slowly in warm shallow water near the equator, says the survey.

## Key points

Bleaching follows a rise of one degree in the summer maximum for four weeks,
and the reef’s recovery takes a decade when the water cools again in time.
MD
	cat >"$1/zz_kelp.html" <<'HTML'
<!DOCTYPE html>
<html><head><title>Kelp &amp; Otters</title>
<meta name="author" content="Bo Chen"></head>
<body><main><h1>Kelp forests</h1>
<p>Sea otters eat urchins and so keep the kelp forests standing along the coast.</p>
<p>Without otters the urchins strip the kelp to bare rock within a few seasons.</p>
</main></body></html>
HTML
}

# bulk_ok FILE INDEX-NAME: FILE is bulk NDJSON: every odd line an action
# {"index": {"_index": INDEX-NAME, "_id": ...}}, every even line an object,
# the last line ending in a newline, every id unique
bulk_ok() {
	python3 - "$1" "$2" <<'PY' 2>"$W/py" || fail "bulk NDJSON: $(cat "$W/py")"
import json, sys
data = open(sys.argv[1], 'rb').read()
if not data.endswith(b'\n'):
    sys.exit("no newline at the end")
lines = data.decode('utf-8').split('\n')[:-1]
if not lines or len(lines) % 2:
    sys.exit("%d lines" % len(lines))
ids = set()
for n in range(0, len(lines), 2):
    action, doc = json.loads(lines[n]), json.loads(lines[n + 1])
    if list(action) != ['index'] or sorted(action['index']) != ['_id', '_index']:
        sys.exit("line %d is not an index action: %s" % (n + 1, lines[n]))
    if action['index']['_index'] != sys.argv[2]:
        sys.exit("line %d: _index %r" % (n + 1, action['index']['_index']))
    i = action['index']['_id']
    if not isinstance(i, str) or not i or len(i.encode()) > 512:
        sys.exit("line %d: _id %r" % (n + 1, i))
    if i in ids:
        sys.exit("line %d: _id %s twice" % (n + 1, i))
    ids.add(i)
    if not isinstance(doc, dict) or 'index' in doc:
        sys.exit("line %d is not a document: %s" % (n + 2, lines[n + 1][:200]))
PY
}

# ids FILE: "id<TAB>source<TAB>byte_start<TAB>byte_end" per document, sorted
ids() {
	python3 - "$1" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')[:-1]
out = []
for n in range(0, len(lines), 2):
    a, d = json.loads(lines[n]), json.loads(lines[n + 1])
    out.append('%s\t%s\t%d\t%d' % (a['index']['_id'], d['source'], d['byte_start'], d['byte_end']))
print('\n'.join(sorted(out)))
PY
}

# passages_in DB: "source<TAB>byte_start<TAB>byte_end" of every passage, sorted
passages_in() {
	sqlite3 -readonly -separator '	' "$1" \
	    "SELECT s.path, p.byte_start, p.byte_end FROM passages p JOIN sources s ON s.id = p.source_id" |
	    sort
}

# one_line_exit_2 WHAT: the run failed with exactly one line on stderr
one_line_exit_2() {
	want_rc 2 "$1"
	n=$(lines "$W/err")
	[ "$n" -eq 1 ] || fail "$1: $n lines on stderr: $(head -c 400 "$W/err" | tr '\n' '|')"
}

# ---- tests -----------------------------------------------------------------

export_valid_bulk() {
	sources "$W/c"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "index"
	ix --db "$W/i.db" --export-bulk "$W/out.ndjson"
	want_rc 0 "export"
	err_has "exported" "summary"
	cp "$W/err" "$W/summary"
	bulk_ok "$W/out.ndjson" psearch
	# every passage once: the count --check gives, the places sqlite3 reads
	ix --db "$W/i.db" --check
	want_rc 0 "check"
	want=$(sed -n 's/.*ok, [0-9]* sources, \([0-9]*\) passages.*/\1/p' "$W/out")
	docs=$(($(lines "$W/out.ndjson") / 2))
	[ -n "$want" ] && [ "$want" -gt 100 ] || fail "--check: $(cat "$W/out")"
	[ "$docs" -eq "$want" ] || fail "$docs documents for $want passages"
	grep -q "exported $want passages of 7 sources" "$W/summary" ||
	    fail "summary: $(cat "$W/summary")"
	passages_in "$W/i.db" >"$W/want"
	ids "$W/out.ndjson" | cut -f2- | sort >"$W/got"
	cmp -s "$W/want" "$W/got" || fail "passages differ: $(diff "$W/want" "$W/got" | head -5)"
	# another index name
	ix --db "$W/i.db" --export-bulk "$W/named.ndjson" --export-index notes-2024
	want_rc 0 "--export-index"
	bulk_ok "$W/named.ndjson" notes-2024
	# standard output gives the same bytes, and the index file is not written
	sum=$(cksum <"$W/i.db")
	tmo 60 "$BIN/indexer" --db "$W/i.db" --export-bulk - >"$W/stdout.ndjson" 2>"$W/err"
	rc=$?
	want_rc 0 "--export-bulk -"
	cmp -s "$W/out.ndjson" "$W/stdout.ndjson" || fail "stdout differs from the file"
	[ "$(cksum <"$W/i.db")" = "$sum" ] || fail "the export wrote to the index"
	ix --db "$W/i.db" --export-bulk "$W/quiet.ndjson" -q
	want_rc 0 "-q"
	[ -s "$W/err" ] && fail "-q: stderr $(cat "$W/err")"
	:
}

export_fields() {
	sources "$W/c"
	ix --db "$W/i.db" "$W/c"
	ix --db "$W/i.db" --export-bulk "$W/out.ndjson"
	want_rc 0 "export"
	q --db "$W/i.db" --json -n 50 -- otters OR reefs OR ketamine OR bleaching
	want_rc 0 "query"
	cp "$W/out" "$W/query.jsonl"
	# the fields query --json gives for a passage, with the same values;
	# the citation fields of metadata.tsv, front matter and <meta>
	python3 - "$W/out.ndjson" "$W/query.jsonl" <<'PY' 2>"$W/py" || fail "$(cat "$W/py")"
import json, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')[:-1]
docs = [json.loads(l) for l in lines[1::2]]
want = ['source', 'title', 'section', 'passage', 'line_start', 'line_end', 'byte_start',
        'byte_end', 'page', 'author', 'date', 'publisher', 'url', 'format', 'text']
for d in docs:
    if list(d) != want:
        sys.exit("keys %s" % list(d))
by = {(d['source'], d['byte_start']): d for d in docs}
rows = [json.loads(l) for l in open(sys.argv[2])]
kinds = set()
for r in rows:
    d = by[(r['source'], r['byte_start'])]
    for k in want:
        if k == 'format':
            continue
        if k not in r:
            sys.exit("query --json has no %r" % k)
        if r[k] != d[k]:
            sys.exit("%s %s: query %r, export %r" % (r['source'], k, r[k], d[k]))
    kinds.add(d['format'])
if kinds != {'text', 'markdown', 'html'}:
    sys.exit("formats compared: %s" % kinds)
md = [d for d in docs if d['source'].endswith('reefs.md')]
assert md and all(d['author'] == 'Ann Lee' and d['date'] == '2024-05-01' and
                  d['url'] == 'https://example.org/coral' and d['title'] == 'Coral Notes'
                  for d in md), md
assert any(d['section'] == 'Reefs > Key points' for d in md), md
web = [d for d in docs if d['source'].endswith('zz_kelp.html')]
assert web and all(d['author'] == 'Bo Chen' and d['title'] == 'Kelp & Otters' for d in web), web
pub = {d['source'].rsplit('/', 1)[1]: d['publisher'] for d in docs if d['format'] == 'text'}
assert pub['001_ee588c47829acb01.txt'] == 'The Wellness Drip', pub
assert pub['003_96d91b1a440e6934.txt'] is None, pub
assert all(d['page'] is None for d in docs), "a page outside a PDF"
PY
}

export_invalid_utf8() {
	# a file with invalid UTF-8 in its text and its name: still JSON, U+FFFD
	mkdir -p "$W/d"
	printf 'Caffeine blocks adenosine \377\376 receptors and delays sleep by hours.\n' \
	    >"$W/d/$(printf 'sleep\377.txt')"
	ix --db "$W/i.db" "$W/d"
	ix --db "$W/i.db" --export-bulk "$W/out.ndjson"
	want_rc 0 "export"
	bulk_ok "$W/out.ndjson" psearch
	python3 - "$W/out.ndjson" <<'PY' 2>"$W/py" || fail "$(cat "$W/py")"
import json, sys
doc = json.loads(open(sys.argv[1], encoding='utf-8').read().split('\n')[1])
assert doc['text'] == 'Caffeine blocks adenosine \ufffd\ufffd receptors and delays sleep by hours.', doc
assert doc['source'].endswith('sleep\ufffd.txt'), doc
PY
}

export_pdf_pages() {
	command -v pdftotext >/dev/null 2>&1 || skip "no pdftotext (poppler-utils)"
	mkdir -p "$W/d"
	printf 'Plankton blooms follow the spring light, when the\nwater column settles and nutrients rise from below.\n' >"$W/p1"
	printf 'Page two starts here with a paragraph about krill\nthat feed on the bloom in great swarms at night.\n' >"$W/p2"
	python3 "$ROOT/tests/data/make_pdf.py" "$W/d/paper.pdf" --title "Plankton Paper" \
	    --author "Dr. Krill" "$W/p1" "$W/p2" || fail "make_pdf"
	ix --db "$W/i.db" "$W/d"
	want_rc 0 "index"
	ix --db "$W/i.db" --export-bulk "$W/out.ndjson"
	want_rc 0 "export"
	bulk_ok "$W/out.ndjson" psearch
	python3 - "$W/out.ndjson" <<'PY' 2>"$W/py" || fail "$(cat "$W/py")"
import json, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')[:-1]
docs = [json.loads(l) for l in lines[1::2]]
assert [d['page'] for d in docs] == [1, 2], [d['page'] for d in docs]
assert all(d['format'] == 'pdf' and d['author'] == 'Dr. Krill' for d in docs), docs
assert 'krill' in docs[1]['text'], docs[1]
PY
}

export_byte_ranges() {
	sources "$W/c"
	ix --db "$W/i.db" "$W/c"
	ix --db "$W/i.db" --export-bulk "$W/out.ndjson"
	want_rc 0 "export"
	# a text or Markdown passage is its file's bytes, on its lines; a page's
	# passage lies inside its file and its words are there between the tags
	python3 - "$W/out.ndjson" <<'PY' 2>"$W/py" || fail "$(cat "$W/py")"
import json, re, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')[:-1]
docs = [json.loads(l) for l in lines[1::2]]
checked = 0
for d in docs:
    data = open(d['source'], 'rb').read()
    if not 0 <= d['byte_start'] < d['byte_end'] <= len(data):
        sys.exit("%s: bytes %d-%d outside the file" % (d['source'], d['byte_start'], d['byte_end']))
    got = data[d['byte_start']:d['byte_end']]
    if d['format'] == 'html':
        words = re.sub(rb'<[^>]*>', b' ', got).decode()
        for w in re.findall(r'\w+', d['text']):
            if w not in words:
                sys.exit("%s: %r not in bytes %d-%d" % (d['source'], w, d['byte_start'], d['byte_end']))
        continue
    if got.decode('utf-8') != d['text']:
        sys.exit("%s passage %d: bytes %d-%d are %r, text %r" % (d['source'], d['passage'],
                 d['byte_start'], d['byte_end'], got[:60], d['text'][:60]))
    line = data[:d['byte_start']].count(b'\n') + 1
    if (line, line + got.count(b'\n')) != (d['line_start'], d['line_end']):
        sys.exit("%s passage %d: lines %d-%d, reported %d-%d" % (d['source'], d['passage'],
                 line, line + got.count(b'\n'), d['line_start'], d['line_end']))
    checked += 1
if checked < 100:
    sys.exit("only %d passages checked" % checked)
PY
}

export_ids_stable() {
	sources "$W/c"
	ix --db "$W/i.db" "$W/c"
	ix --db "$W/i.db" --export-bulk "$W/1.ndjson"
	ix --db "$W/i.db" --export-bulk "$W/2.ndjson"
	want_rc 0 "export"
	cmp -s "$W/1.ndjson" "$W/2.ndjson" || fail "two exports differ"
	ids "$W/1.ndjson" >"$W/ids.1"
	# a touched file, unchanged: re-indexed as touched, the same export
	sleep 1
	touch "$W/c/003_96d91b1a440e6934.txt" "$W/c/reefs.md"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "re-index after touch"
	ix --db "$W/i.db" --export-bulk "$W/3.ndjson"
	cmp -s "$W/1.ndjson" "$W/3.ndjson" || fail "touching a file changed the export"
	# a changed file is put again, with new row ids (after zz_kelp.html's):
	# its unchanged passages and every other file's keep their ids
	first=$(sqlite3 -readonly "$W/i.db" "SELECT first_passage FROM sources WHERE path LIKE '%/reefs.md'")
	printf '\nA new last paragraph about reefs and the fish that live on them.\n' >>"$W/c/reefs.md"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "re-index a changed file"
	now=$(sqlite3 -readonly "$W/i.db" "SELECT first_passage FROM sources WHERE path LIKE '%/reefs.md'")
	[ "$first" != "$now" ] || fail "the changed file kept its row ids ($first): the test shows nothing"
	ix --db "$W/i.db" --export-bulk "$W/4.ndjson"
	bulk_ok "$W/4.ndjson" psearch
	ids "$W/4.ndjson" >"$W/ids.4"
	missing=$(comm -23 "$W/ids.1" "$W/ids.4")
	[ -z "$missing" ] || fail "ids gone after re-indexing a changed file: $missing"
	added=$(comm -13 "$W/ids.1" "$W/ids.4" | wc -l | tr -d ' ')
	[ "$added" -eq 1 ] || fail "$added new ids for one new paragraph: $(comm -13 "$W/ids.1" "$W/ids.4")"
	# --rebuild: the same documents under the same ids
	ix --db "$W/i.db" --rebuild "$W/c"
	want_rc 0 "--rebuild"
	ix --db "$W/i.db" --export-bulk "$W/5.ndjson"
	ids "$W/5.ndjson" >"$W/ids.5"
	cmp -s "$W/ids.4" "$W/ids.5" || fail "ids changed with --rebuild: $(diff "$W/ids.4" "$W/ids.5" | head -4)"
	sort "$W/4.ndjson" >"$W/4.sorted"
	sort "$W/5.ndjson" >"$W/5.sorted"
	cmp -s "$W/4.sorted" "$W/5.sorted" || fail "documents changed with --rebuild"
}

export_mapping() {
	sources "$W/c"
	ix --db "$W/i.db" "$W/c"
	ix --db "$W/i.db" --export-bulk "$W/out.ndjson" --export-mapping "$W/mapping.json"
	want_rc 0 "both"
	err_has "mapping" "summary of the mapping"
	# needs no index; - is standard output
	tmo 60 "$BIN/indexer" --db "$W/none.db" --export-mapping - >"$W/stdout.json" 2>"$W/err"
	rc=$?
	want_rc 0 "--export-mapping - without an index"
	[ -e "$W/none.db" ] && fail "--export-mapping made an index file"
	cmp -s "$W/mapping.json" "$W/stdout.json" || fail "the mapping differs on stdout"
	python3 - "$W/mapping.json" "$W/out.ndjson" <<'PY' 2>"$W/py" || fail "$(cat "$W/py")"
import json, sys
text = open(sys.argv[1], encoding='utf-8').read()
assert text.count('\n') == 1 and text.endswith('\n'), "one line"
m = json.loads(text)
a = m['settings']['index']['analysis']
chain = a['analyzer']['psearch']['filter']
assert chain[-1] == 'psearch_snowball' and 'lowercase' in chain and 'asciifolding' in chain, chain
assert a['filter']['psearch_snowball'] == {'type': 'snowball', 'language': 'English'}
assert a['filter'][chain[0]]['language'] == 'possessive_english', chain
assert not any(a['filter'].get(f, {}).get('type') == 'stop' for f in chain), "stop words dropped"
assert '\u2019=>\'' in a['char_filter']['psearch_apostrophes']['mappings']
props = m['mappings']['properties']
doc = json.loads(open(sys.argv[2], encoding='utf-8').readlines()[1])
assert list(props) == list(doc), (list(props), list(doc))
for f in ('title', 'section', 'text'):
    assert props[f]['analyzer'] == 'psearch' and props[f]['fields']['exact']['analyzer'] == 'psearch_exact', f
assert props['source']['type'] == 'keyword'
PY
}

export_errors() {
	sources "$W/c"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "index"
	ix --db "$W/nope.db" --export-bulk "$W/out.ndjson"
	one_line_exit_2 "a missing index"
	err_has "nope.db: no such index" "a missing index"
	[ -e "$W/out.ndjson" ] && fail "a missing index left an export file"
	[ -e "$W/nope.db" ] && fail "a missing index was created"
	printf 'not an index\n' >"$W/text.db"
	ix --db "$W/text.db" --export-bulk "$W/out.ndjson"
	one_line_exit_2 "a text file as the index"
	err_has "text.db" "a text file as the index"
	ix --db "$W/i.db" --export-bulk "$W/no/such/dir/out.ndjson"
	one_line_exit_2 "a missing folder"
	err_has "$W/no/such/dir/out.ndjson" "a missing folder"
	if [ -w /dev/full ]; then
		ix --db "$W/i.db" --export-bulk /dev/full
		one_line_exit_2 "/dev/full"
		err_has "/dev/full: write error: No space left on device" "/dev/full"
		tmo 60 "$BIN/indexer" --db "$W/i.db" --export-bulk - >/dev/full 2>"$W/err"
		rc=$?
		one_line_exit_2 "stdout on /dev/full"
		err_has "write error on standard output: No space left on device" "stdout on /dev/full"
		ix --export-mapping /dev/full
		one_line_exit_2 "the mapping on /dev/full"
		err_has "/dev/full: write error" "the mapping on /dev/full"
	fi
	# a file that cannot grow (ulimit -f) fails the export: the old file
	# stands, and nothing else is left in its folder
	mkdir "$W/dest"
	printf 'the old export\n' >"$W/dest/x.ndjson"
	(ulimit -f 64 && exec "$BIN/indexer" --db "$W/i.db" --export-bulk "$W/dest/x.ndjson") \
	    >"$W/out" 2>"$W/err"
	rc=$?
	one_line_exit_2 "past ulimit -f"
	err_has "x.ndjson: write error: File too large" "past ulimit -f"
	[ "$(cat "$W/dest/x.ndjson")" = "the old export" ] || fail "a failed export replaced the file"
	[ "$(ls -A "$W/dest")" = "x.ndjson" ] || fail "left behind: $(ls -A "$W/dest")"
	for bad in "--export-index Bad" "--export-index _x" "--export-index ''"; do
		eval "ix --db \"\$W/i.db\" --export-bulk \"\$W/o.ndjson\" $bad"
		one_line_exit_2 "$bad"
		err_has "--export-index" "$bad"
	done
	[ -e "$W/o.ndjson" ] && fail "a bad index name left a file"
	ix --db "$W/i.db" --export-index notes
	one_line_exit_2 "--export-index alone"
	err_has "--export-bulk" "--export-index alone"
	ix --db "$W/i.db" --export-bulk - --export-mapping -
	one_line_exit_2 "both on stdout"
	err_has "standard output" "both on stdout"
	ix --db "$W/i.db" --export-bulk "$W/o.ndjson" "$W/c"
	one_line_exit_2 "with a PATH"
	err_has "no PATH" "with a PATH"
	ix --db "$W/i.db" --export-bulk "$W/o.ndjson" --check
	one_line_exit_2 "with --check"
	ix --db "$W/i.db" --export-bulk "$W/o.ndjson" --rebuild
	one_line_exit_2 "with --rebuild"
	ix --db "$W/i.db" --export-bulk
	one_line_exit_2 "no FILE"
	err_has "--export-bulk" "no FILE"
	ix --db "$W/i.db" --export-bulk ""
	one_line_exit_2 "an empty FILE"
	[ -e "$W/o.ndjson" ] && fail "a refused run left a file"
	:
}

ALL_TESTS="export_valid_bulk export_fields export_invalid_utf8 export_pdf_pages export_byte_ranges export_ids_stable
export_mapping export_errors"
for t in ${ONLY:-$ALL_TESTS}; do
	run_test "$t"
done
finish
