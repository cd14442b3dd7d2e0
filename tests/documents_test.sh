#!/bin/sh
# tests/documents_test.sh: the documents researchers have (issue 21):
# Markdown notes as people write them (front matter, setext headings,
# heading paths, code and comments left out, any case of extension),
# citation metadata (metadata.tsv with a header line, front matter) in every
# output format, and honest counts of the files skipped.  Every reported
# range is checked against the file: its bytes are the passage's text.
#
#   BIN=bin sh tests/documents_test.sh   (from the repo root, after make)
#
# Output as tests/cli_test.sh: "ok - name" or "not ok - name: reason",
# last line "N passed, M failed", non-zero exit status on any failure.
# Environment: BIN (default bin), ONLY (test names to run), KEEP_LOGS=1.

BIN=${BIN:-bin}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac

NAME=documents_test.sh
. "$ROOT/tests/harness.sh"

# ---- helpers ---------------------------------------------------------------

# ix, q, err_has, out_has: tests/harness.sh
# jq-like look-ups on JSON Lines: jrow FILE ROW KEY (ROW from 0)
jget() {
	python3 -c 'import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
v = rows[int(sys.argv[2])][sys.argv[3]] if len(rows) > int(sys.argv[2]) else "<no row>"
print("" if v is None else v)' "$@"
}
# every_range_holds FILE: each JSON row of a text or Markdown source is its
# file's bytes [byte_start, byte_end), on lines line_start..line_end
every_range_holds() {
	python3 - "$1" <<'PY' || fail "$(cat "$W/why" 2>/dev/null)"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
if not rows:
    sys.exit("no rows")
for o in rows:
    data = open(o['source'], 'rb').read()
    got = data[o['byte_start']:o['byte_end']].decode('utf-8', 'replace')
    if got != o['text']:
        sys.exit("%s passage %d: bytes %d-%d are %r, text %r" % (o['source'], o['passage'],
                 o['byte_start'], o['byte_end'], got[:80], o['text'][:80]))
    line = data[:o['byte_start']].count(b'\n') + 1
    end = line + data[o['byte_start']:o['byte_end']].count(b'\n')
    if (line, end) != (o['line_start'], o['line_end']):
        sys.exit("%s passage %d: lines %d-%d, reported %d-%d" % (o['source'], o['passage'],
                 line, end, o['line_start'], o['line_end']))
PY
}

notes() {	# notes DIR: Markdown notes as a new user has them
	mkdir -p "$1"
	cat >"$1/UPPER.MD" <<'MD'
---
title: "Coral Notes: Example"
author: Ann Lee
date: 2024-05-01
url: https://example.org/coral
tags: frontmatterword
---

# Reefs

Coral reefs grow slowly in warm shallow water near the equator, says the survey.

## Key points

Bleaching follows a rise of one degree in the summer maximum for four weeks.

### Details

Recovery after bleaching takes a decade when the water cools again in time.

```python
print("zebrafishcode is not prose")
```

<!-- hiddencomment: a note to self, not for the index -->

[survey]: https://example.org/survey
MD
	printf 'Setext Heading Title\n====================\n\nMangroves shelter young fish along tropical coasts, the survey found.\n\nWhat It Means\n-------------\n\nMangroves also store carbon in their roots and in the mud below them.\n' >"$1/setext.markdown"
	i=0
	while [ $i -lt 28 ]; do
		printf '# Note %d\n\nA note about plankton number %d with enough words to be a passage.\n' \
		    $i $i >"$1/note$i.md"
		i=$((i + 1))
	done
}

# html_ranges_hold FILE: each JSON row's bytes [byte_start, byte_end) of its
# page, tags dropped and entities decoded, are the passage's words (heading
# marks and list dashes of the laid-out text aside), on lines line_start..end
html_ranges_hold() {
	python3 - "$1" <<'PY' || fail "$(cat "$W/why" 2>/dev/null)"
import html, json, re, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
if not rows:
    sys.exit("no rows")
def words(s):
    return [w for w in s.split() if not re.fullmatch(r'#+|-', w)]
for o in rows:
    data = open(o['source'], 'rb').read()
    raw = data[o['byte_start']:o['byte_end']].decode('utf-8', 'replace')
    got = words(html.unescape(re.sub(r'<[^>]*>', ' ', raw)))
    want = words(o['text'])
    # inline tags split no word in these pages, block tags separate them
    if ' '.join(got) != ' '.join(want):
        sys.exit("%s passage %d: bytes %d-%d hold %r, text %r" % (o['source'], o['passage'],
                 o['byte_start'], o['byte_end'], ' '.join(got)[:120], ' '.join(want)[:120]))
    line = data[:o['byte_start']].count(b'\n') + 1
    end = data[:o['byte_end'] - 1].count(b'\n') + 1
    if (line, end) != (o['line_start'], o['line_end']):
        sys.exit("%s passage %d: lines %d-%d, reported %d-%d" % (o['source'], o['passage'],
                 line, end, o['line_start'], o['line_end']))
PY
}

pages() {	# pages DIR: web pages as saved from a browser
	mkdir -p "$1"
	cat >"$1/reefs.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Coral &amp; Kelp: A Field Guide</title>
<meta name="author" content="Ann Lee">
<meta property="article:published_time" content="2023-07-01">
<meta property="og:site_name" content="Reef Press">
<link rel="canonical" href="https://example.org/coral-kelp">
<script>var zebrascript = 1;</script>
<style>.x { color: red }</style>
</head>
<body>
<header><nav><a href="/">Home</a> navword</nav></header>
<main>
<h1>Coral Reefs</h1>
<p>Coral reefs grow slowly in <em>warm</em> shallow water near the equator &mdash; about
one centimetre a year, the survey found.</p>
<h2>Bleaching</h2>
<p>Bleaching follows a rise of one degree in the summer maximum for four weeks, the agency said.</p>
<h3>Recovery</h3>
<p>Recovery after bleaching takes a decade when the water cools again in time, divers report.</p>
<table><tr><td>Kelp grows half a metre a day in cold clear water off the coast.</td></tr></table>
<blockquote>Otters eat urchins and so keep the kelp forest standing, the old report said.</blockquote>
<!-- hiddencomment -->
<form><input name="q"> formword</form>
</main>
<footer>footerword copyright</footer>
</body>
</html>
HTML
	printf '<html><body>\r\n<h1>Mangrove Notes</h1>\r\n<p>Mangroves shelter young fish\r\nalong tropical coasts, the survey found in 2019.</p>\r\n<ul>\r\n<li>Roots hold the mud against storms and tides along the shore.</li>\r\n<li>Mud stores carbon for centuries under the mangrove trees.</li>\r\n</ul>\r\n</body></html>\r\n' >"$1/MANGROVES.HTM"
	i=0
	while [ $i -lt 20 ]; do
		printf '<html><head><title>Page %d</title></head><body><p>A page about plankton number %d with enough words to be a passage.</p></body></html>\n' \
		    $i $i >"$1/page$i.xhtml"
		i=$((i + 1))
	done
}

# ---- tests -----------------------------------------------------------------

md_notes() {
	notes "$W/n"
	ix --db "$W/i.db" "$W/n"
	want_rc 0 "30 Markdown notes"
	err_has "30 new" "summary"
	q --db "$W/i.db" --json bleaching
	want_rc 0 "bleaching"
	[ "$(jget "$W/out" 0 title)" = "Coral Notes: Example" ] || fail "title $(jget "$W/out" 0 title)"
	[ "$(jget "$W/out" 0 author)" = "Ann Lee" ] || fail "author $(jget "$W/out" 0 author)"
	[ "$(jget "$W/out" 0 date)" = "2024-05-01" ] || fail "date $(jget "$W/out" 0 date)"
	[ "$(jget "$W/out" 0 url)" = "https://example.org/coral" ] || fail "url $(jget "$W/out" 0 url)"
	q --db "$W/i.db" --json decade
	[ "$(jget "$W/out" 0 section)" = "Reefs > Key points > Details" ] ||
	    fail "section path: $(jget "$W/out" 0 section)"
	every_range_holds "$W/out"
	q --db "$W/i.db" --json equator
	[ "$(jget "$W/out" 0 section)" = "Reefs" ] || fail "intro section: $(jget "$W/out" 0 section)"
	[ "$(jget "$W/out" 0 line_start)" = 11 ] || fail "intro line $(jget "$W/out" 0 line_start)"
	for w in zebrafishcode hiddencomment frontmatterword survey.org; do
		q --db "$W/i.db" --json --all-words "$w"
		[ "$rc" -eq 1 ] || fail "'$w' (code, comment, front matter, link definition) was indexed"
	done
	q --db "$W/i.db" --json carbon
	[ "$(jget "$W/out" 0 title)" = "Setext Heading Title" ] || fail "setext title $(jget "$W/out" 0 title)"
	[ "$(jget "$W/out" 0 section)" = "What It Means" ] || fail "setext section $(jget "$W/out" 0 section)"
	every_range_holds "$W/out"
	q --db "$W/i.db" --json plankton -n 30
	every_range_holds "$W/out"
}

skipped_counts() {
	mkdir -p "$W/c"
	printf 'Sea otters eat urchins and keep kelp forests standing along the coast.\n' >"$W/c/a.txt"
	printf 'x' >"$W/c/b.docx"
	printf 'x' >"$W/c/c.odt"
	printf 'x' >"$W/c/d.rtf"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "three files of other kinds"
	err_has "1 new" "summary"
	err_has "3 skipped" "summary counts every skipped file"
	err_has "skipped 3 files" "the count line"
	err_has "-v names them all" "the count line points at -v"
	for flag in -v --verbose --list-skipped; do
		ix --db "$W/j.db" "$flag" "$W/c"
		want_rc 0 "$flag"
		for f in b.docx c.odt d.rtf; do
			err_has "$f: not a" "$flag names $f"
		done
		err_has "3 skipped" "$flag summary"
		rm -f "$W/j.db"
	done
}

metadata_header() {
	mkdir -p "$W/c"
	printf 'Kelp forests grow up to half a metre a day in cold clear water, divers report.\n' >"$W/c/kelp.txt"
	printf 'Sea otters eat urchins and keep kelp forests standing along the coast.\n' >"$W/c/otter.txt"
	printf '# a comment first\nfile\tauthor\ttitle\tdate\tpublisher\turl\textra\n' >"$W/c/metadata.tsv"
	printf 'kelp.txt\tB. Diver\tKelp Growth\t2020\tSea Press\thttps://example.org/kelp\tx\n' >>"$W/c/metadata.tsv"
	printf 'otter.txt\tC. Otter\t\t\t\t\n' >>"$W/c/metadata.tsv"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "metadata.tsv with a header line"
	[ ! -s "$W/err" ] || grep -q "new" "$W/err" || fail "warnings: $(cat "$W/err")"
	q --db "$W/i.db" --json kelp -n 5
	python3 - "$W/out" <<'PY' || fail "JSON: $(cat "$W/out" | head -c 600)"
import json, sys
rows = {json.loads(l)['source'].rsplit('/', 1)[1]: json.loads(l) for l in open(sys.argv[1])}
k, o = rows['kelp.txt'], rows['otter.txt']
assert (k['title'], k['author'], k['date'], k['publisher'], k['url'], k['page']) == \
    ('Kelp Growth', 'B. Diver', '2020', 'Sea Press', 'https://example.org/kelp', None), k
# an empty title: the document's own guess (here the file name); empty fields: not known
assert (o['title'], o['author'], o['date'], o['url']) == ('otter.txt', 'C. Otter', None, None), o
PY
	q --db "$W/i.db" --tsv --header kelp growth
	python3 - "$W/out" <<'PY' || fail "TSV: $(head -c 600 "$W/out")"
import sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
head, row = rows[0], rows[1]
assert len(head) == len(row) == 16, (head, row)
d = dict(zip(head, row))
assert (d['fallback'], d['author'], d['date'], d['publisher'], d['url'], d['page']) == \
    ('0', 'B. Diver', '2020', 'Sea Press', 'https://example.org/kelp', ''), d
PY
	q --db "$W/i.db" kelp growth
	out_has "Kelp Growth (B. Diver, 2020, Sea Press, https://example.org/kelp)" "text source line"
	# -l and -c rows cite their source too; their text stays grep's: paths only
	q --db "$W/i.db" -l kelp
	[ "$(sort "$W/out")" = "$(printf '%s\n%s' "$W/c/kelp.txt" "$W/c/otter.txt")" ] ||
	    fail "-l text is not the paths alone: $(cat "$W/out")"
	for mode in -l -c; do
		q --db "$W/i.db" "$mode" --json kelp
		python3 - "$W/out" "$mode" <<'PY' || fail "$mode --json: $(head -c 600 "$W/out")"
import json, sys
rows = {json.loads(l)['source'].rsplit('/', 1)[1]: json.loads(l) for l in open(sys.argv[1])}
k, o = rows['kelp.txt'], rows['otter.txt']
assert (k['title'], k['author'], k['date'], k['publisher'], k['url']) == \
    ('Kelp Growth', 'B. Diver', '2020', 'Sea Press', 'https://example.org/kelp'), k
assert (o['title'], o['author'], o['date'], o['publisher'], o['url']) == \
    ('otter.txt', 'C. Otter', None, None, None), o
assert ('count' in k) == (sys.argv[2] == '-c') and 'page' not in k, k
PY
	done
	q --db "$W/i.db" -c --tsv --header kelp
	python3 - "$W/out" <<'PY' || fail "-c --tsv: $(head -c 600 "$W/out")"
import sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
assert rows[0] == ['source', 'count', 'fallback', 'title', 'author', 'date', 'publisher', 'url'], rows[0]
d = {r[0].rsplit('/', 1)[1]: dict(zip(rows[0], r)) for r in rows[1:]}
assert (d['kelp.txt']['count'], d['kelp.txt']['title'], d['kelp.txt']['url']) == \
    ('1', 'Kelp Growth', 'https://example.org/kelp'), d
assert (d['otter.txt']['author'], d['otter.txt']['date']) == ('C. Otter', ''), d
PY
	q --db "$W/i.db" -l --csv kelp
	head -1 "$W/out" | grep -qx "source,fallback,title,author,date,publisher,url$(printf '\r')" ||
	    fail "-l --csv header: $(head -1 "$W/out")"
	grep -q ",Kelp Growth,B. Diver,2020,Sea Press,https://example.org/kelp$(printf '\r')\$" "$W/out" ||
	    fail "-l --csv row: $(cat "$W/out")"
	# an edited author re-indexes the file, as a new title does
	sed 's/B\. Diver/D. Diver/' "$W/c/metadata.tsv" >"$W/m" && mv "$W/m" "$W/c/metadata.tsv"
	ix --db "$W/i.db" "$W/c"
	err_has "1 changed" "author edited in metadata.tsv"
	# the old three columns without a header still work (corpus/metadata.tsv)
	ix --db "$W/k.db" "$ROOT/corpus"
	q --db "$W/k.db" --json -n 1 --source '002*' ketamine
	[ "$(jget "$W/out" 0 publisher)" = "The Haven Detox-New Jersey" ] ||
	    fail "old metadata.tsv publisher: $(jget "$W/out" 0 publisher)"
}

html_pages() {
	pages "$W/p"
	ix --db "$W/i.db" "$W/p"
	want_rc 0 "web pages"
	err_has "22 new" "summary"
	q --db "$W/i.db" --json decade
	want_rc 0 "decade"
	[ "$(jget "$W/out" 0 title)" = "Coral & Kelp: A Field Guide" ] || fail "title $(jget "$W/out" 0 title)"
	[ "$(jget "$W/out" 0 section)" = "Coral Reefs > Bleaching > Recovery" ] ||
	    fail "section path $(jget "$W/out" 0 section)"
	[ "$(jget "$W/out" 0 author)" = "Ann Lee" ] || fail "author $(jget "$W/out" 0 author)"
	[ "$(jget "$W/out" 0 date)" = "2023-07-01" ] || fail "date $(jget "$W/out" 0 date)"
	[ "$(jget "$W/out" 0 publisher)" = "Reef Press" ] || fail "publisher $(jget "$W/out" 0 publisher)"
	[ "$(jget "$W/out" 0 url)" = "https://example.org/coral-kelp" ] || fail "url $(jget "$W/out" 0 url)"
	[ "$(jget "$W/out" 0 text)" = "Recovery after bleaching takes a decade when the water cools again in time, divers report." ] ||
	    fail "text $(jget "$W/out" 0 text)"
	[ "$(jget "$W/out" 0 line_start)" = 22 ] || fail "line $(jget "$W/out" 0 line_start)"
	html_ranges_hold "$W/out"
	q --db "$W/i.db" --json -n 50 equator OR kelp OR otters OR mangroves OR plankton OR roots
	html_ranges_hold "$W/out"
	q --db "$W/i.db" --json equator
	case "$(jget "$W/out" 0 text)" in *"equator — about one"*) ;; *) fail "entity: $(jget "$W/out" 0 text)" ;; esac
	[ "$(jget "$W/out" 0 line_start)-$(jget "$W/out" 0 line_end)" = 17-18 ] ||
	    fail "lines $(jget "$W/out" 0 line_start)-$(jget "$W/out" 0 line_end)"
	for w in zebrascript navword footerword formword hiddencomment color DOCTYPE; do
		q --db "$W/i.db" --json --all-words "$w"
		[ "$rc" -eq 1 ] || fail "'$w' (script, style, nav, footer, form, comment, doctype) was indexed"
	done
	q --db "$W/i.db" --json mud
	[ "$(jget "$W/out" 0 title)" = "Mangrove Notes" ] || fail "CRLF page title $(jget "$W/out" 0 title)"
	html_ranges_hold "$W/out"
	n=$(python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM sources WHERE format = ?", ("html",)).fetchone()[0])' "$W/i.db")
	[ "$n" = 22 ] || fail "$n sources of format html"
	ix --db "$W/i.db" --check
	want_rc 0 "--check on an index of pages"
	# a page saved as .txt is still a page: no tags indexed, its <title> the title
	cp "$W/p/reefs.html" "$W/p/saved-page.txt"
	ix --db "$W/i.db" "$W/p"
	err_has "1 new" "a page saved as .txt"
	q --db "$W/i.db" --json --source '*saved-page.txt' decade
	[ "$(jget "$W/out" 0 title)" = "Coral & Kelp: A Field Guide" ] || fail ".txt page title $(jget "$W/out" 0 title)"
	html_ranges_hold "$W/out"
	q --db "$W/i.db" --json --all-words --source '*saved-page.txt' DOCTYPE
	[ "$rc" -eq 1 ] || fail "the tags of a page saved as .txt were indexed"
	q --db "$W/i.db" kelp
	out_has "reefs.html:24-24" "text location"
	out_has "Coral & Kelp: A Field Guide (Ann Lee, 2023-07-01, Reef Press, https://example.org/coral-kelp)" "text source line"
}

# A claim's sentence in a web page, and the words a conflict names, are
# placed on the page's own bytes and lines (tags, entities, a list's dash, a
# script between), not estimated from the laid-out text.
html_claim_places() {
	mkdir -p "$W/p"
	cat >"$W/p/pools.html" <<'HTML'
<html><head><title>Tide Pools</title></head><body>
<main>
<h1>Tide Pools</h1>
<p>Anemones close their <b>tentacles</b> at low tide
to keep water inside, the guide says. Crabs hide
under rocks &amp; weed until the tide returns in 1998.</p>
<script>var x = "Crabs hide under rocks";</script>
<ul>
<li>Sea stars pry open mussels with their tube feet.</li>
<li>Limpets return to the same scar on the rock after feeding.</li>
</ul>
<p>Barnacles glue themselves head first to rocks &mdash; and feed with their legs.</p>
</main></body></html>
HTML
	i=0
	while [ $i -lt 8 ]; do
		printf '<html><body><p>A page about plankton number %d with enough words to be a passage.</p></body></html>\n' \
		    $i >"$W/p/filler$i.html"
		i=$((i + 1))
	done
	ix --db "$W/i.db" "$W/p"
	want_rc 0 "pages"
	printf 'c1\tCrabs hide under rocks and weed until the tide returns in 2005.\nc2\tLimpets return to the same scar on the rock after feeding.\nc3\tBarnacles glue themselves head first to rocks and feed with their legs.\n' >"$W/claims"
	q --db "$W/i.db" --json --claim --batch "$W/claims" -n 1
	python3 - "$W/out" 2>"$W/why" <<'PY' || fail "$(cat "$W/why")"
import html, json, re, sys
def words(s):
    return [w for w in re.findall(r"\w+", s)]
rows = {json.loads(l)['query_id']: json.loads(l) for l in open(sys.argv[1])}
want = {'c1': (5, 6), 'c2': (10, 10), 'c3': (12, 12)}
for qid, o in sorted(rows.items()):
    data = open(o['source'], 'rb').read()
    raw = data[o['sentence_byte_start']:o['sentence_byte_end']].decode()
    got = words(html.unescape(re.sub(r'<[^>]*>', ' ', raw)))
    if got != words(o['sentence']) or raw != raw.strip() or raw[0] == '<':
        sys.exit("%s: sentence bytes %d-%d hold %r, sentence %r" % (
            qid, o['sentence_byte_start'], o['sentence_byte_end'], raw, o['sentence']))
    line = data[:o['sentence_byte_start']].count(b'\n') + 1
    end = data[:o['sentence_byte_end']].count(b'\n') + 1
    if (line, end) != want[qid] or o['sentence_line'] != line:
        sys.exit("%s: sentence on lines %d-%d, reported line %d" % (qid, line, end, o['sentence_line']))
c = rows['c1']['conflicts']
assert len(c) == 1, c
raw = open(rows['c1']['source'], 'rb').read()
if (raw[c[0]['byte_start']:c[0]['byte_end']], c[0]['line']) != (b'1998', 6):
    sys.exit("conflict at bytes %d-%d: %r, line %d" % (c[0]['byte_start'], c[0]['byte_end'],
             raw[c[0]['byte_start']:c[0]['byte_end']], c[0]['line']))
PY
}

# pdf_ranges_hold FILE PDF...: each JSON row of a PDF is pdftotext's text of
# that PDF at [byte_start, byte_end), on lines line_start..line_end of its page
pdf_ranges_hold() {
	python3 - "$@" <<'PY' || fail "PDF ranges"
import json, subprocess, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
if not rows:
    sys.exit("no rows")
for o in rows:
    if not o['source'].lower().endswith('.pdf'):
        continue
    text = subprocess.run(['pdftotext', '-q', '-enc', 'UTF-8', o['source'], '-'],
                          capture_output=True, check=True).stdout
    got = text[o['byte_start']:o['byte_end']].decode('utf-8')
    if got != o['text']:
        sys.exit("%s passage %d: %r, text %r" % (o['source'], o['passage'], got, o['text']))
    if b'\f' in text[o['byte_start']:o['byte_end']]:
        sys.exit("%s passage %d spans two pages" % (o['source'], o['passage']))
    page = text[:o['byte_start']].count(b'\f') + 1
    start = text.rfind(b'\f', 0, o['byte_start']) + 1
    line = text[start:o['byte_start']].count(b'\n') + 1
    end = line + got.count('\n')
    if (page, line, end) != (o['page'], o['line_start'], o['line_end']):
        sys.exit("%s passage %d: page %d lines %d-%d, reported page %s lines %d-%d" % (
            o['source'], o['passage'], page, line, end, o['page'], o['line_start'], o['line_end']))
PY
}

pdfs() {	# pdfs DIR: papers as PDFs (tests/data/make_pdf.py writes them)
	mkdir -p "$1"
	printf '# Plankton Blooms in Spring\n\nPlankton blooms follow the spring light, when the\nwater column settles and nutrients rise from below.\n\nThe second paragraph says that diatoms come first\nand dinoflagellates later in the summer months.\n' >"$W/p1"
	printf 'Page two starts here with a paragraph about krill\nthat feed on the bloom in great swarms at night.\n\nCopepods graze the diatoms too, and whales follow\nthe krill along the edge of the ice every year.\n' >"$W/p2"
	printf 'Page three holds one paragraph about carbon that\nsinks with dead plankton to the deep sea floor.\n' >"$W/p3"
	python3 "$ROOT/tests/data/make_pdf.py" "$1/paper.pdf" --title "Plankton Paper" \
	    --author "Dr. Krill" --date 2021-05-06 "$W/p1" "$W/p2" "$W/p3" || fail "make_pdf"
	printf 'Notes On Sea Ice Algae\n\nSea ice algae bloom under the ice before the open\nwater bloom begins, the cores from the shelf show.\n' >"$W/q1"
	python3 "$ROOT/tests/data/make_pdf.py" "$1/UNTITLED.PDF" "$W/q1" || fail "make_pdf"
	python3 "$ROOT/tests/data/make_pdf.py" "$1/locked.pdf" --encrypted "$W/p1"
	python3 "$ROOT/tests/data/make_pdf.py" "$1/broken.pdf" --broken "$W/p1"
	python3 "$ROOT/tests/data/make_pdf.py" "$1/scan.pdf" --image-only
}

pdf_papers() {
	command -v pdftotext >/dev/null 2>&1 || skip "no pdftotext (poppler-utils)"
	pdfs "$W/d"
	printf 'Otters eat urchins and keep kelp forests standing along the coast.\n' >"$W/d/otters.txt"
	ix --db "$W/i.db" "$W/d"
	want_rc 2 "a broken PDF among good files"
	err_has "broken.pdf: not a readable PDF" "broken PDF"
	err_has "locked.pdf: encrypted PDF" "encrypted PDF"
	err_has "scan.pdf: no text in the PDF" "image-only PDF"
	err_has "3 new" "the rest of the corpus is indexed"
	err_has "1 failed, 2 skipped" "counts"
	[ "$(grep -c 'pdf:' "$W/err")" = 3 ] || fail "not one line per bad PDF: $(cat "$W/err")"
	q --db "$W/i.db" --json whales
	want_rc 0 "whales"
	[ "$(jget "$W/out" 0 title)" = "Plankton Paper" ] || fail "title $(jget "$W/out" 0 title)"
	[ "$(jget "$W/out" 0 author)" = "Dr. Krill" ] || fail "author $(jget "$W/out" 0 author)"
	[ "$(jget "$W/out" 0 date)" = "2021-05-06" ] || fail "date $(jget "$W/out" 0 date)"
	[ "$(jget "$W/out" 0 page)" = 2 ] || fail "page $(jget "$W/out" 0 page)"
	[ "$(jget "$W/out" 0 line_start)-$(jget "$W/out" 0 line_end)" = 4-5 ] ||
	    fail "lines $(jget "$W/out" 0 line_start)-$(jget "$W/out" 0 line_end)"
	pdf_ranges_hold "$W/out"
	q --db "$W/i.db" --json -n 20 plankton OR krill OR diatoms OR carbon OR algae
	pdf_ranges_hold "$W/out"
	q --db "$W/i.db" --json algae
	[ "$(jget "$W/out" 0 title)" = "Notes On Sea Ice Algae" ] || fail "title from the first line: $(jget "$W/out" 0 title)"
	q --db "$W/i.db" whales
	out_has "paper.pdf p. 2, lines 4-5  score" "text location"
	out_has "Plankton Paper (Dr. Krill, 2021-05-06)" "text source line"
	q --db "$W/i.db" --tsv carbon
	awk -F'\t' '{ print $2 "-" $3 " page " $16 }' "$W/out" | grep -qx '1-2 page 3' ||
	    fail "TSV page column: $(cat "$W/out")"
	q --db "$W/i.db" --csv carbon
	grep -q ",3$(printf '\r')\$" "$W/out" || fail "CSV page column: $(cat "$W/out")"
	ix --db "$W/i.db" --check
	want_rc 0 "--check on an index with PDFs"
}

# A PDF's place in claims and quotes is its page and the lines on it, as in
# search rows; a quote is checked against the PDF's indexed text while the
# file is unchanged, and never found across a heading the index left out.
pdf_claims_quotes() {
	command -v pdftotext >/dev/null 2>&1 || skip "no pdftotext (poppler-utils)"
	pdfs "$W/d"
	printf 'Krill swarms gather under the sea ice in the long polar winter.\n\n# Middle Heading Here\n\n\nSalps bloom when the water warms and crowd out the krill near the coast.\n' >"$W/h1"
	python3 "$ROOT/tests/data/make_pdf.py" "$W/d/heads.pdf" "$W/h1" || fail "make_pdf"
	ix --db "$W/i.db" "$W/d"
	want_rc 2 "PDFs with a broken one"
	q --db "$W/i.db" --claim "Whales follow the krill along the edge of the ice every year." -n 1
	out_has "paper.pdf p. 2, lines 4-5" "claim row"
	out_has "  p. 2, line 4, bytes " "the claim's sentence names its page"
	printf 'Whales follow the krill along the edge of the ice every year, "whales follow the krill along the edge".\n' >"$W/draft.md"
	q --db "$W/i.db" --claims-from "$W/draft.md" --html
	out_has "paper.pdf p. 2, line 4</code>" "report row on its page"
	out_has "paper.pdf p. 2, lines 4-5</code>" "report quote on its page"
	out_has 'class="quote q-exact"' "report quote exact"
	q --db "$W/i.db" --quote "whales follow the krill along the edge"
	want_rc 0 "a verbatim quote of a PDF"
	out_has "paper.pdf p. 2, lines 4-5  exact" "quote place"
	q --db "$W/i.db" --json --quote "whales follow the krill along the edge"
	python3 - "$W/out" 2>"$W/why" <<'PY' || fail "$(cat "$W/why")"
import json, subprocess, sys
o = json.loads(open(sys.argv[1]).readline())
assert (o['verdict'], o['page'], o['line_start'], o['line_end']) == ('exact', 2, 4, 5), o
text = subprocess.run(['pdftotext', '-q', '-enc', 'UTF-8', o['source'], '-'],
                      capture_output=True, check=True).stdout
got = text[o['byte_start']:o['byte_end']].decode()
assert got.split() == 'whales follow the krill along the edge'.split() and got == o['text'], got
PY
	q --db "$W/i.db" --quote "whales follow the krill along the rim"
	want_rc 1 "a changed word"
	out_has "not in the source: \"rim\" (p. 2, line 5, before byte" "difference on its page"
	q --db "$W/i.db" --quote "long polar winter. Salps bloom when"
	want_rc 1 "a quote across a heading the index left out"
	grep -q '^EXACT' "$W/out" && fail "exact across a heading: $(cat "$W/out")"
	# a PDF changed since indexed: its text is not known, so not checked
	printf '%% appended\n' >>"$W/d/paper.pdf"
	q --db "$W/i.db" --quote "whales follow the krill along the edge"
	want_rc 2 "a changed PDF"
	err_has "paper.pdf: cannot check the quote against it" "the changed PDF named"
}

# Copies of a web page's or a PDF's passage name its place as search rows do:
# the page's own line and byte ends, a PDF's page.
extracted_copies() {
	command -v pdftotext >/dev/null 2>&1 || skip "no pdftotext (poppler-utils)"
	pages "$W/d"
	pdfs "$W/d"
	rm -f "$W/d/broken.pdf"
	printf 'Notes.\n\nCopepods graze the diatoms too, and whales follow\nthe krill along the edge of the ice every year.\n' >"$W/d/pdfcopy.txt"
	ix --db "$W/i.db" "$W/d"
	want_rc 0 "pages and PDFs"
	q --db "$W/i.db" --json --source '*reefs.html' -n 1 decade
	cp "$W/out" "$W/page_row"
	python3 -c 'import json, sys; o = json.loads(open(sys.argv[1]).readline()); open(sys.argv[2], "w").write("Notes.\n\n" + o["text"] + "\n")' \
	    "$W/page_row" "$W/d/pagecopy.txt"
	ix --db "$W/i.db" "$W/d"
	q --db "$W/i.db" --copies --json
	want_rc 0 "copies found"
	python3 - "$W/out" "$W/page_row" 2>"$W/why" <<'PY' || fail "$(cat "$W/why")"
import json, sys
rows = {json.loads(l)['source'].rsplit('/', 1)[1]: json.loads(l) for l in open(sys.argv[1])}
page = json.loads(open(sys.argv[2]).readline())
want = {k: page[k] for k in ('line_start', 'line_end', 'byte_start', 'byte_end')}
got = {k: rows['reefs.html'][k] for k in want}
assert got == want, (got, want)
copy = [c for c in rows['pagecopy.txt']['copies'] if c['source'].endswith('reefs.html')][0]
assert {k: copy[k] for k in want} == want and copy['page'] is None, copy
pdf = rows['paper.pdf']
assert (pdf['page'], pdf['line_start'], pdf['line_end']) == (2, 4, 5), pdf
copy = [c for c in rows['pdfcopy.txt']['copies'] if c['source'].endswith('paper.pdf')][0]
assert (copy['page'], copy['line_start'], copy['line_end']) == (2, 4, 5), copy
PY
	q --db "$W/i.db" --copies
	out_has "paper.pdf p. 2, lines 4-5  bytes" "--copies text names the page"
	q --db "$W/i.db" --claim "Copepods graze the diatoms too, and whales follow the krill along the edge of the ice."
	out_has "copy: the same passage as $W/d/paper.pdf p. 2, lines 4-5" "a claim row's original on its page"
}

# A pdftotext that hangs costs its PDF only: killed after --pdf-timeout, one
# warning naming the file, the rest indexed.  The fake pdftotext first on
# PATH sleeps (exec: the process killed is the sleep itself).
pdf_timeout() {
	mkdir -p "$W/fake" "$W/d"
	printf '#!/bin/sh\nexec sleep 30\n' >"$W/fake/pdftotext"
	chmod +x "$W/fake/pdftotext"
	printf '%%PDF-1.4 not read: pdftotext hangs first\n' >"$W/d/hangs.pdf"
	printf 'Otters eat urchins and keep kelp forests standing along the coast.\n' >"$W/d/otters.txt"
	PATH="$W/fake:$PATH"
	export PATH
	start=$(date +%s)
	ix --db "$W/i.db" --pdf-timeout 1 "$W/d"
	took=$(($(date +%s) - start))
	want_rc 2 "a PDF whose pdftotext hangs"
	[ "$took" -lt 10 ] || fail "the indexer took $took s with --pdf-timeout 1"
	[ "$(grep -c 'hangs.pdf' "$W/err")" = 1 ] || fail "not one line naming the PDF: $(cat "$W/err")"
	err_has "hangs.pdf: pdftotext still running after 1 s, killed" "the warning"
	err_has "1 new" "the other file indexed"
	err_has "1 failed" "the PDF counted failed"
	q --db "$W/i.db" -l otters
	want_rc 0 "the text file is searchable"
	for bad in -1 x 1e9 ''; do
		ix --db "$W/j.db" --pdf-timeout "$bad" "$W/d"
		want_rc 2 "--pdf-timeout '$bad'"
		err_has "--pdf-timeout" "--pdf-timeout '$bad' names the option"
	done
}

# ---- run ---------------------------------------------------------------------

ALL_TESTS="md_notes skipped_counts metadata_header html_pages html_claim_places pdf_papers pdf_claims_quotes extracted_copies pdf_timeout"
for t in ${ONLY:-$ALL_TESTS}; do
	run_test "$t"
done

finish
