#!/bin/sh
# tests/cli_test.sh: black-box tests of bin/indexer and bin/query.
#
#   BIN=bin EXT=bin/fts5_snowball.so sh tests/cli_test.sh      (from the repo root)
#
# BIN may be build/san/bin (sanitizer build).  Each test is a shell function
# run in a subshell with its own work directory $W; it prints
# "ok - name" or "not ok - name: reason", and the last line is
# "N passed, M failed".  The exit status is non-zero if any test failed.
#
# Environment: BIG_MB (size of the large-file test, default 100),
# CLAIMS (claims file, default ../shared/eval/claims-dev.tsv),
# ONLY (space-separated test names to run instead of all), KEEP_LOGS=1
# (copy each test's own output to stderr).

BIN=${BIN:-bin}
EXT=${EXT:-bin/fts5_snowball.so}
BIG_MB=${BIG_MB:-100}
CLAIMS=${CLAIMS:-../shared/eval/claims-dev.tsv}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
case $EXT in /*) ;; *) EXT=$ROOT/$EXT ;; esac
case $CLAIMS in /*) ;; *) CLAIMS=$ROOT/$CLAIMS ;; esac
DATA=$ROOT/tests/data/cli

NAME=cli_test.sh
. "$ROOT/tests/harness.sh"

CDB=$T/corpus.db		# the corpus index shared by the query tests

# ---- helpers ---------------------------------------------------------------

# ix ARGS...: indexer, stdout to $W/out, stderr to $W/err, status in $rc.
IX_TIMEOUT=300
ix() {
	tmo "$IX_TIMEOUT" "$BIN/indexer" "$@" >"$W/out" 2>"$W/err"
	rc=$?
	san_check "$W/err" "indexer $*"
}
# q ARGS...: query, the same.
q() {
	tmo 120 "$BIN/query" "$@" >"$W/out" 2>"$W/err"
	rc=$?
	san_check "$W/err" "query $*"
}

lines() { wc -l <"$1" | tr -d ' '; }
err_has() {	# err_has FIXED-STRING WHAT
	grep -qF -- "$1" "$W/err" || fail "$2: stderr lacks '$1': $(head -c 300 "$W/err")"
}
out_has() {
	grep -qF -- "$1" "$W/out" || fail "$2: stdout lacks '$1': $(head -c 300 "$W/out")"
}
verdict_is() {	# verdict_is VERDICT WHAT: the text output opens with VERDICT
	head -1 "$W/out" | grep -q "^$1 " || fail "$2: $(head -3 "$W/out" | tr '\n' '|')"
}
verdict_is_not() {	# verdict_is_not VERDICT WHAT
	! head -1 "$W/out" | grep -q "^$1 " || fail "$2: $(head -3 "$W/out" | tr '\n' '|')"
}
one_err_line() {	# exactly one line on stderr
	n=$(lines "$W/err")
	[ "$n" -eq 1 ] || fail "$1: $n stderr lines, expected 1: $(head -c 400 "$W/err" | tr '\n' '|')"
}
# lines of stderr naming $1 (a file name): must be exactly one
one_line_naming() {
	n=$(grep -cF -- "$1" "$W/err")
	[ "$n" -eq 1 ] || fail "$2: $n stderr lines name $1, expected 1: $(head -c 400 "$W/err" | tr '\n' '|')"
}
py() { python3 "$T/h.py" "$@"; }
copy_corpus() {	# copy_corpus DIR: the corpus articles and metadata in DIR
	mkdir -p "$1" && cp "$ROOT"/corpus/* "$1"/
}
mtime_size() { python3 -c 'import os,sys; s=os.stat(sys.argv[1]); print(s.st_mtime_ns, s.st_size)' "$1"; }
now_ns() { python3 -c 'import time; print(time.monotonic_ns())'; }

# big files are not kept between tests
after_test() {
	case $1 in idx_big_file|idx_kill_atomic) rm -rf "$T/w/$1" ;; esac
}

# ---- python helpers ----------------------------------------------------------

cat >"$T/h.py" <<'PYEOF'
import json, os, re, sqlite3, sys

def die(msg):
    print(msg)
    sys.exit(1)

def connect(db):
    return sqlite3.connect(db)

def line_of(data, off):
    return data.count(b'\n', 0, off) + 1

_files = {}
def file_bytes(path):
    if path not in _files:
        with open(path, 'rb') as f:
            _files[path] = f.read()
    return _files[path]

def cmd_ranges(db):
    """Every passage's bytes, lines and order agree with its source file."""
    con = connect(db)
    rows = con.execute(
        "SELECT s.path, p.ordinal, p.byte_start, p.byte_end, p.line_start, p.line_end,"
        " CAST(p.body AS BLOB) FROM passages p JOIN sources s ON s.id = p.source_id"
        " ORDER BY s.path, p.ordinal").fetchall()
    if not rows:
        die("no passages in %s" % db)
    prev = None
    for path, ordn, bs, be, ls, le, body in rows:
        data = file_bytes(path)
        where = "%s passage %d [%d,%d)" % (path, ordn, bs, be)
        if not (0 <= bs < be <= len(data)):
            die("%s: range outside the file (size %d)" % (where, len(data)))
        if data[bs:be] != bytes(body):
            die("%s: body differs from the file bytes: file %r... body %r..." %
                (where, data[bs:bs + 40], bytes(body)[:40]))
        if ls != line_of(data, bs):
            die("%s: line_start %d, file says %d" % (where, ls, line_of(data, bs)))
        if le != line_of(data, be - 1):
            die("%s: line_end %d, file says %d" % (where, le, line_of(data, be - 1)))
        if prev and prev[0] == path:
            if ordn <= prev[1]:
                die("%s: ordinal not increasing" % where)
            if bs < prev[2]:
                die("%s: overlaps the previous passage ending at %d" % (where, prev[2]))
        prev = (path, ordn, be)
    print(len(rows), "passages checked")

def cmd_sources(db):
    con = connect(db)
    for path, h in con.execute("SELECT path, hash FROM sources ORDER BY path"):
        print("%s\t%s" % (path, h))

def cmd_sql(db, sql):
    con = connect(db)
    for row in con.execute(sql):
        print("\t".join("" if v is None else str(v) for v in row))

BASE = ['source', 'title', 'section', 'passage', 'line_start', 'line_end',
        'byte_start', 'byte_end', 'score', 'snippet', 'text', 'fallback', 'copies',
        'author', 'date', 'publisher', 'url', 'page']
CLAIM = ['original', 'counted', 'sentence', 'sentence_byte_start', 'sentence_byte_end', 'sentence_line',
         'coverage', 'matched', 'matched_as', 'missing', 'passage_coverage', 'verdict', 'support',
         'unknown', 'conflicts', 'claim', 'claim_line', 'claim_byte_start', 'claim_byte_end']
VERDICTS = ('supported', 'partial', 'unsupported')

def read_jsonl(path):
    raw = open(path, 'rb').read()
    if raw and not raw.endswith(b'\n'):
        die("output does not end with a newline")
    out = []
    for i, line in enumerate(raw.split(b'\n')[:-1], 1):
        try:
            out.append(json.loads(line.decode('utf-8')))
        except Exception as e:
            die("line %d is not valid JSON (%s): %r" % (i, e, line[:120]))
    return out

def cmd_json(path, mode, minrows='1'):
    """JSON Lines: exact keys, types, descending scores, byte ranges = file bytes."""
    objs = read_jsonl(path)
    if len(objs) < int(minrows):
        die("%d JSON rows, expected at least %s" % (len(objs), minrows))
    want = set(BASE)
    if 'claim' in mode:
        want |= set(CLAIM)
    if 'batch' in mode:
        want.add('query_id')
    last, verdicts = {}, {}
    for i, o in enumerate(objs, 1):
        if not isinstance(o, dict):
            die("row %d is not an object" % i)
        w = want
        if o.get('fallback') is True and 'claim' not in mode:
            w = want | {'coverage', 'matched', 'missing'}
            if not (0 <= o.get('coverage', -1) <= 1) or not o.get('missing'):
                die("row %d: a fall-back row without its coverage and missing words" % i)
        if set(o) != w:
            die("row %d keys %s, expected %s (extra %s, missing %s)" % (
                i, sorted(o), sorted(w), sorted(set(o) - w), sorted(w - set(o))))
        for k in ('passage', 'line_start', 'line_end', 'byte_start', 'byte_end'):
            if type(o[k]) is not int:
                die("row %d: %s is not an integer: %r" % (i, k, o[k]))
        for k in ('source', 'title', 'section', 'snippet', 'text'):
            if not isinstance(o[k], str):
                die("row %d: %s is not a string" % (i, k))
        if not isinstance(o['score'], (int, float)):
            die("row %d: score is not a number" % i)
        if not isinstance(o['fallback'], bool):
            die("row %d: fallback is not true or false: %r" % (i, o['fallback']))
        qid = (o.get('query_id'), o.get('claim'))
        # a claim's rows come in evidence order: a row may stand before
        # one of a higher score only when its sentence holds 0.4 of the claim
        if qid in last and o['score'] > last[qid][0] + 1e-9 and not (
                'claim' in mode and last[qid][1] >= 0.4):
            die("row %d: score %r after %r: not in descending order" % (i, o['score'], last[qid][0]))
        last[qid] = (o['score'], o.get('coverage', 0))
        data = file_bytes(o['source'])
        bs, be = o['byte_start'], o['byte_end']
        if not (0 <= bs < be <= len(data)):
            die("row %d: byte range [%d,%d) outside %s" % (i, bs, be, o['source']))
        if data[bs:be] != o['text'].encode('utf-8'):
            die("row %d: text is not the file bytes [%d,%d) of %s" % (i, bs, be, o['source']))
        if o['line_start'] != line_of(data, bs) or o['line_end'] != line_of(data, be - 1):
            die("row %d: lines %d-%d, file says %d-%d" % (i, o['line_start'], o['line_end'],
                line_of(data, bs), line_of(data, be - 1)))
        if 'claim' in mode:
            s, e = o['sentence_byte_start'], o['sentence_byte_end']
            if type(s) is not int or type(e) is not int or not isinstance(o['sentence'], str):
                die("row %d: sentence fields have wrong types: %r %r" % (i, s, e))
            if not (bs <= s < e <= be):
                die("row %d: sentence [%d,%d) not inside the passage [%d,%d)" % (i, s, e, bs, be))
            if data[s:e] != o['sentence'].encode('utf-8'):
                die("row %d: sentence is not the file bytes [%d,%d): %r vs %r" % (
                    i, s, e, data[s:e][:60], o['sentence'][:60]))
            if o['sentence_line'] != line_of(data, s):
                die("row %d: sentence_line %r, file says %d" % (i, o['sentence_line'], line_of(data, s)))
            c = o['coverage']
            if not isinstance(c, (int, float)) or not (0 <= c <= 1):
                die("row %d: coverage %r not in [0,1]" % (i, c))
            for k in ('matched', 'missing', 'unknown'):
                if not isinstance(o[k], list) or not all(isinstance(w, str) for w in o[k]):
                    die("row %d: %s is not a list of strings: %r" % (i, k, o[k]))
            ka = o['matched_as']
            if not isinstance(ka, dict) or not all(
                    k in o['matched'] and isinstance(v, str) and v and v in o['sentence']
                    for k, v in ka.items() if '/' not in v):
                die("row %d: matched_as %r: not matched words, each with a word of the sentence" % (i, ka))
            if o['verdict'] not in VERDICTS or o['support'] not in VERDICTS:
                die("row %d: verdict %r, support %r" % (i, o['verdict'], o['support']))
            if verdicts.setdefault(qid, o['verdict']) != o['verdict']:
                die("row %d: verdict %r differs from its claim's first row" % (i, o['verdict']))
            if o['verdict'] == 'supported' and o['conflicts']:
                die("row %d: supported although a source disagrees" % i)
            for x in o['conflicts']:
                if x['kind'] not in ('number', 'negation', 'antonym', 'substitution', 'contrast'):
                    die("row %d: conflict kind %r" % (i, x['kind']))
                if data[x['byte_start']:x['byte_end']] != x['source'].encode('utf-8'):
                    die("row %d: conflict source words are not the file bytes" % i)
                if x['line'] != line_of(data, x['byte_start']):
                    die("row %d: conflict line %r" % (i, x['line']))
        if 'batch' in mode and not isinstance(o.get('query_id'), str):
            die("row %d: query_id is not a string" % i)
    print(len(objs), "rows")

def cmd_draft(path, draft, expect):
    """--claims-from --json: every claim of the draft in order, exact bytes and lines."""
    objs = read_jsonl(path)
    data = open(draft, 'rb').read()
    claims = []
    for i, o in enumerate(objs, 1):
        s, e = o['claim_byte_start'], o['claim_byte_end']
        if data[s:e] != o['claim'].encode('utf-8'):
            die("row %d: claim %r is not the draft bytes [%d,%d): %r" % (i, o['claim'], s, e, data[s:e]))
        if o['claim_line'] != line_of(data, s):
            die("row %d: claim_line %r, the draft says %d" % (i, o['claim_line'], line_of(data, s)))
        if o['verdict'] not in VERDICTS:
            die("row %d: verdict %r" % (i, o['verdict']))
        if o['source'] is None and set(o) != {'claim', 'claim_line', 'claim_byte_start',
                                               'claim_byte_end', 'verdict', 'unknown', 'source', 'fallback'}:
            die("row %d: a claim without evidence has keys %s" % (i, sorted(o)))
        if not claims or claims[-1][0] != o['claim']:
            claims.append((o['claim'], o['verdict']))
    got = "|".join("%s=%s" % c for c in claims)
    if got != expect:
        die("claims and verdicts:\n  %s\nexpected:\n  %s" % (got, expect))
    print(len(claims), "claims")

def cmd_field(path, key):
    """Print one JSON field per row."""
    for o in read_jsonl(path):
        print(o[key])

def cmd_notext(path, regex):
    """No row's text matches regex (case-insensitive); at least one row."""
    objs = read_jsonl(path)
    if not objs:
        die("no results")
    r = re.compile(regex, re.I)
    for i, o in enumerate(objs, 1):
        if r.search(o['text']):
            die("row %d (%s passage %d) contains %r: %r" % (i, o['source'], o['passage'], regex,
                r.search(o['text']).group(0)))

def cmd_alltext(path, regex):
    """Every row's title, section or text matches regex (case-insensitive)."""
    objs = read_jsonl(path)
    if not objs:
        die("no results")
    r = re.compile(regex, re.I)
    for i, o in enumerate(objs, 1):
        if not r.search(o['title'] + '\n' + o['section'] + '\n' + o['text']):
            die("row %d (%s passage %d) lacks %r" % (i, o['source'], o['passage'], regex))

def cmd_same_snippets(a, b):
    """The same rows with the same snippets in two JSON Lines outputs."""
    x, y = read_jsonl(a), read_jsonl(b)
    if not x or len(x) != len(y):
        die("%d rows against %d" % (len(x), len(y)))
    for i, (o, p) in enumerate(zip(x, y), 1):
        if (o['source'], o['passage'], o['snippet']) != (p['source'], p['passage'], p['snippet']):
            die("row %d: %s %d %r against %s %d %r" % (i, o['source'], o['passage'],
                o['snippet'], p['source'], p['passage'], p['snippet']))

def cmd_tsv(path, ncols):
    ncols = int(ncols)
    raw = open(path, 'rb').read()
    rows = raw.split(b'\n')
    if rows[-1] != b'':
        die("TSV does not end with a newline")
    rows = rows[:-1]
    if not rows:
        die("no TSV rows")
    for i, r in enumerate(rows, 1):
        f = r.split(b'\t')
        if len(f) != ncols:
            die("row %d has %d columns, expected %d: %r" % (i, len(f), ncols, r[:200]))
        for k in (1, 2, 3, 4, 8):
            if not f[k].isdigit():
                die("row %d column %d is not an integer: %r" % (i, k + 1, f[k]))
        try:
            float(f[5])
        except ValueError:
            die("row %d column 6 (score) is not a number: %r" % (i, f[5]))
        if b'\r' in r:
            die("row %d has a raw carriage return" % i)
    print(len(rows), "rows")

def cmd_bysource(path, n, counts=None):
    """--by-source text: each source once, "(N passages[, M shown])" with M
    (or N) its indented rows; with counts (-c's output), N is -c's count of
    the source, and some group must show fewer than it counts."""
    lines = open(path, encoding='utf-8').read().split('\n')
    want_total = None
    if counts:
        want_total = {}
        for l in open(counts, encoding='utf-8'):
            src, _, c = l.rstrip('\n').rpartition(':')
            want_total[src] = int(c)
    seen, total, cur, want = set(), 0, None, 0
    fewer = [0]
    def close():
        if cur is not None and want != got[0]:
            die("group %s says %d shown, lists %d" % (cur, want, got[0]))
    got = [0]
    hdr = re.compile(r'^(\S+)  \((\d+) passages?(?:, (\d+) shown)?\)  ')
    row = re.compile(r'^  \d+-\d+  score -?\d')
    for l in lines:
        if not l:
            continue
        m = hdr.match(l)
        if m:
            close()
            cur, got[0] = m.group(1), 0
            n_all = int(m.group(2))
            want = int(m.group(3)) if m.group(3) else n_all
            if m.group(3) and want >= n_all:
                die("group %s: %d passages, %d shown" % (cur, n_all, want))
            fewer[0] += want < n_all
            if want_total is not None and want_total.get(cur) != n_all:
                die("group %s says %d passages, -c counts %s" % (cur, n_all, want_total.get(cur)))
            if cur in seen:
                die("source %s appears in two groups" % cur)
            seen.add(cur)
        elif row.match(l):
            if cur is None:
                die("result row before any group header: %r" % l)
            got[0] += 1
            total += 1
        else:
            die("unexpected line: %r" % l)
    close()
    if total != int(n):
        die("%d rows in the groups, expected %s" % (total, n))
    if len(seen) < 2:
        die("only %d group(s)" % len(seen))
    if counts and not fewer[0]:
        die("no group shows fewer passages than it counts: not a test of the counts")

def cmd_claims(claims, results):
    """First result of each claim from a gold source; evidence in the top 3."""
    gold = {}
    for line in open(claims, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        f = line.split('\t')
        gold[f[0]] = ([g.strip() for g in f[2].split(',')], f[3].split('|'))
    by = {}
    for o in read_jsonl(results):
        by.setdefault(o['query_id'], []).append(o)
    bad = []
    for qid, (srcs, ev) in gold.items():
        rs = by.get(qid, [])
        isgold = lambda o: any(os.path.basename(o['source']).startswith(s) for s in srcs)
        if not rs:
            bad.append("%s: no results" % qid)
            continue
        if not isgold(rs[0]):
            bad.append("%s: first result %s is not from %s" % (qid, os.path.basename(rs[0]['source']), ",".join(srcs)))
        if not any(isgold(o) and any(e in o['text'] for e in ev) for o in rs[:3]):
            bad.append("%s: no gold passage with %r in the top 3" % (qid, "|".join(ev)))
    if bad:
        die("; ".join(bad))
    print(len(gold), "claims ok")

def cmd_analyze(path, nwords, linebytes, wordsper, wordlen):
    """--analyze of generated text: one line per word with exact offsets."""
    nwords, linebytes, wordsper, wordlen = map(int, (nwords, linebytes, wordsper, wordlen))
    lines = open(path, 'rb').read().split(b'\n')
    if lines[-1] != b'':
        die("output does not end with a newline")
    lines = lines[:-1]
    if len(lines) != nwords:
        die("%d lines, expected %d" % (len(lines), nwords))
    for i, l in enumerate(lines):
        f = l.split(b'\t')
        if len(f) != 4:
            die("line %d: %d fields: %r" % (i + 1, len(f), l))
        start = (i // wordsper) * linebytes + (i % wordsper) * (wordlen + 1)
        if int(f[2]) != start or int(f[3]) != start + wordlen:
            die("line %d: offsets %s-%s, expected %d-%d" % (i + 1, f[2], f[3], start, start + wordlen))

cmd = sys.argv[1]
globals()['cmd_' + cmd](*sys.argv[2:])
PYEOF

# ---- indexer tests -----------------------------------------------------------

idx_corpus_twice() {
	ix --db "$W/i.db" corpus
	want_rc 0 "first run"
	err_has "5 new" "first run summary"
	before=$(mtime_size "$W/i.db")
	sleep 0.05
	ix --db "$W/i.db" corpus
	want_rc 0 "second run"
	err_has "up to date" "second run summary"
	err_has "nothing to do" "second run summary"
	after=$(mtime_size "$W/i.db")
	[ "$before" = "$after" ] || fail "second run changed the db file (mtime size: $before -> $after)"
	[ ! -s "$W/out" ] || fail "indexer wrote to stdout: $(head -c 200 "$W/out")"
}

idx_byte_ranges() {
	py ranges "$CDB" >"$W/r" || fail "$(cat "$W/r")"
	want=$(awk -F'\t' '$1 ~ /^001_/ { print $2 }' corpus/metadata.tsv)
	got=$(py sql "$CDB" "SELECT title FROM sources WHERE path LIKE '%/001\_%' ESCAPE '\\'")
	[ -n "$want" ] || fail "no title for 001 in corpus/metadata.tsv"
	[ "$got" = "$want" ] || fail "title of 001 is '$got', metadata.tsv says '$want'"
}

idx_changed_file() {
	copy_corpus "$W/c"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "first run"
	printf '\nThe quokkaberry orchard appendix was added later to this article.\n' >>"$W/c/002_11c1b74a4be388b6.txt"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "re-index"
	err_has "1 changed" "re-index summary"
	err_has "0 new" "re-index summary"
	q --db "$W/i.db" -l quokkaberry
	want_rc 0 "query for the new word"
	[ "$(cat "$W/out")" = "$W/c/002_11c1b74a4be388b6.txt" ] || fail "-l quokkaberry gave: $(cat "$W/out")"
	py ranges "$W/i.db" >"$W/r" || fail "after re-index: $(cat "$W/r")"
}

idx_vanished_file() {
	copy_corpus "$W/c"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "first run"
	rm "$W/c/003_96d91b1a440e6934.txt"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "re-index"
	err_has "1 removed" "re-index summary"
	q --db "$W/i.db" -l ketamine
	want_rc 0 "query"
	! grep -q 003_ "$W/out" || fail "removed file still listed: $(cat "$W/out")"
	[ "$(lines "$W/out")" -eq 4 ] || fail "expected 4 sources, got: $(cat "$W/out")"
	n=$(py sql "$W/i.db" "SELECT count(*) FROM passages p LEFT JOIN sources s ON s.id = p.source_id WHERE s.id IS NULL")
	[ "$n" = 0 ] || fail "$n passages left without a source"
}

idx_touched_file() {
	copy_corpus "$W/c"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "first run"
	touch -d '2001-02-03 04:05:06' "$W/c/000_af75b05ade9d0f22.txt"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "re-index"
	if grep -Eq '(^|[^0-9])[1-9][0-9]* changed' "$W/err"; then
		fail "touched file counted as changed: $(cat "$W/err")"
	fi
	grep -q "5 files unchanged\|5 unchanged" "$W/err" || fail "summary does not say 5 unchanged: $(cat "$W/err")"
}

# After a touch-only re-index the index should know the new mtime: --check
# must not call the file stale.
idx_touched_not_stale() {
	copy_corpus "$W/c"
	ix --db "$W/i.db" "$W/c"
	touch -d '2001-02-03 04:05:06' "$W/c/000_af75b05ade9d0f22.txt"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "re-index"
	ix --db "$W/i.db" --check
	want_rc 0 "--check"
	! grep -q stale: "$W/out" || fail "--check after re-indexing a touched file: $(cat "$W/out")"
	out_has "0 stale" "--check"
}

idx_rebuild() {
	copy_corpus "$W/c"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "first run"
	ix --db "$W/i.db" --rebuild "$W/c"
	want_rc 0 "--rebuild"
	err_has "5 new" "--rebuild summary"
	n=$(py sql "$W/i.db" "SELECT count(*) FROM sources")
	[ "$n" = 5 ] || fail "$n sources after --rebuild"
	py ranges "$W/i.db" >"$W/r" || fail "$(cat "$W/r")"
}

idx_missing_path() {
	copy_corpus "$W/c"
	ix --db "$W/i.db" "$W/c" "$W/no-such-dir"
	want_rc 2 "missing path"
	one_line_naming no-such-dir "missing path"
	n=$(py sql "$W/i.db" "SELECT count(*) FROM sources")
	[ "$n" = 5 ] || fail "$n sources indexed, expected the other 5"
}

# (root can read a chmod 000 file, so unreadable is a dangling symlink)
idx_dangling_symlink() {
	copy_corpus "$W/c"
	ln -s "$W/nowhere" "$W/c/x.txt"
	ix --db "$W/i.db" "$W/c"
	want_rc 2 "dangling symlink"
	one_line_naming x.txt "dangling symlink"
	err_has "1 failed" "summary"
	n=$(py sql "$W/i.db" "SELECT count(*) FROM sources")
	[ "$n" = 5 ] || fail "$n sources indexed, expected the other 5"
}

idx_fifo() {
	copy_corpus "$W/c"
	mkfifo "$W/c/pipe.txt" || skip "mkfifo failed"
	IX_TIMEOUT=60
	ix --db "$W/i.db" "$W/c"
	[ "$rc" -ne 137 ] || fail "indexer hung on a FIFO (killed after 60 s)"
	one_line_naming pipe.txt "FIFO"
	n=$(py sql "$W/i.db" "SELECT count(*) FROM sources")
	[ "$n" = 5 ] || fail "$n sources indexed, expected the other 5"
}

idx_dir_loop() {
	copy_corpus "$W/c"
	mkdir "$W/c/sub"
	printf 'A subdirectory file about quokkaberry orchards and nothing else of note here.\n' >"$W/c/sub/s.txt"
	ln -s .. "$W/c/sub/loop"
	ln -s . "$W/c/self"
	tmo 60 "$BIN/indexer" --db "$W/i.db" "$W/c" >"$W/out" 2>"$W/err"
	rc=$?
	san_check "$W/err" "indexer on a directory loop"
	[ "$rc" -ne 137 ] || fail "indexer hung on a directory loop"
	want_rc 0 "directory loop"
	grep -q loop "$W/err" || fail "no warning about the loop: $(cat "$W/err")"
	n=$(py sql "$W/i.db" "SELECT count(*) FROM sources")
	[ "$n" = 6 ] || fail "$n sources indexed, expected 6 (each file once): $(py sql "$W/i.db" "SELECT path FROM sources" | tr '\n' ' ')"
}

idx_empty_file() {
	copy_corpus "$W/c"
	: >"$W/c/empty.txt"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "empty file"
	one_line_naming empty.txt "empty file"
	grep empty.txt "$W/err" | grep -qi "empty file\|: empty" || fail "message does not say the file is empty: $(grep empty.txt "$W/err")"
}

idx_binary_file() {
	copy_corpus "$W/c"
	printf 'ketamine binary\000\001\002 data\n' >"$W/c/bin.txt"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "binary file"
	one_line_naming bin.txt "binary file"
	grep bin.txt "$W/err" | grep -q binary || fail "message does not say binary: $(grep bin.txt "$W/err")"
	n=$(py sql "$W/i.db" "SELECT count(*) FROM sources WHERE path LIKE '%bin.txt'")
	[ "$n" = 0 ] || fail "binary file was indexed"
	n=$(py sql "$W/i.db" "SELECT count(*) FROM sources")
	[ "$n" = 5 ] || fail "$n sources indexed, expected 5"
}

idx_invalid_utf8() {
	copy_corpus "$W/c"
	printf 'A paragraph about the zanzibarite mineral \377\376 with broken \300 bytes in it here.\n\nA second paragraph \355\240\200 that also mentions zanzibarite twice, zanzibarite.\n' >"$W/c/bad.txt"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "invalid UTF-8"
	one_line_naming bad.txt "invalid UTF-8"
	q --db "$W/i.db" -l zanzibarite
	want_rc 0 "query for a word in the file"
	[ "$(cat "$W/out")" = "$W/c/bad.txt" ] || fail "-l zanzibarite gave: $(cat "$W/out")"
	py ranges "$W/i.db" >"$W/r" || fail "$(cat "$W/r")"
	q --db "$W/i.db" --json zanzibarite
	want_rc 0 "--json query"
	python3 -c 'import json,sys
for l in open(sys.argv[1],"rb"): json.loads(l.decode("utf-8"))' "$W/out" 2>"$W/perr" || fail "--json output for the invalid UTF-8 file is not valid UTF-8 JSON: $(tail -1 "$W/perr")"
}

idx_crlf_bom() {
	mkdir "$W/c"
	printf '\357\273\277Title Line For The Crlf File\r\n\r\nFirst paragraph of the windows file talks about the marmoset colony.\r\nIt continues on a second line here.\r\n\r\nSecond paragraph mentions marmoset again with other words to fill it up.\r\n' >"$W/c/crlf.txt"
	printf '\357\273\277Byte order mark first line with several words here in it.\n\nAnother paragraph about the marmoset with enough words in it to count.\n' >"$W/c/bom.txt"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "CRLF/BOM files"
	py ranges "$W/i.db" >"$W/r" || fail "$(cat "$W/r")"
	n=$(py sql "$W/i.db" "SELECT count(*) FROM passages WHERE byte_start < 3")
	[ "$n" = 0 ] || fail "a passage starts inside the byte order mark"
	n=$(py sql "$W/i.db" "SELECT count(*) FROM passages WHERE CAST(body AS BLOB) LIKE '%'||char(13)")
	[ "$n" = 0 ] || fail "$n passages end with a carriage return (not trimmed)"
	q --db "$W/i.db" -c marmoset
	want_rc 0 "query marmoset"
	[ "$(lines "$W/out")" -eq 2 ] || fail "marmoset should be found in both files: $(cat "$W/out")"
}

idx_long_line() {
	mkdir "$W/c"
	python3 -c 'import sys; open(sys.argv[1],"wb").write(b"ocelot " + b"lorem ipsum dolor sit amet " * 38000 + b"finalword")' "$W/c/long.txt"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "1 MB line"
	py ranges "$W/i.db" >"$W/r" || fail "$(cat "$W/r")"
	q --db "$W/i.db" -l finalword
	want_rc 0 "query for the last word"
}

idx_foreign_db() {
	printf 'precious notes\nline two\n' >"$W/notes.txt"
	sum=$(cksum <"$W/notes.txt")
	ix --db "$W/notes.txt" corpus
	want_rc 2 "text file as --db"
	[ "$(cksum <"$W/notes.txt")" = "$sum" ] || fail "the text file was changed"
	one_line_naming notes.txt "text file as --db"
	[ ! -e "$W/notes.txt-wal" ] && [ ! -e "$W/notes.txt-journal" ] || fail "left a journal next to the file"
}

idx_other_extension() {
	copy_corpus "$W/c"
	printf 'PK ketamine\n' >"$W/c/x.odt"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "directory with x.odt"
	one_line_naming x.odt "x.odt in a directory"
	grep x.odt "$W/err" | grep -qi skip || fail "message does not say skipped: $(cat "$W/err")"
	n=$(py sql "$W/i.db" "SELECT count(*) FROM sources WHERE path LIKE '%.odt'")
	[ "$n" = 0 ] || fail "x.odt was indexed"
	ix --db "$W/j.db" "$W/c/x.odt" "$W/c/000_af75b05ade9d0f22.txt"
	want_rc 0 "x.odt given as a path"
	one_line_naming x.odt "x.odt as a path"
	n=$(py sql "$W/j.db" "SELECT count(*) FROM sources")
	[ "$n" = 1 ] || fail "$n sources, expected 1"
}

idx_markdown() {
	mkdir "$W/m"
	cp "$DATA/headings.md" "$W/m/guide.md"
	ix --db "$W/i.db" "$W/m"
	want_rc 0 "markdown"
	py ranges "$W/i.db" >"$W/r" || fail "$(cat "$W/r")"
	t=$(py sql "$W/i.db" "SELECT title || '|' || format FROM sources")
	[ "$t" = "Guide To Testing Markdown|markdown" ] || fail "title|format is '$t'"
	a=$(py sql "$W/i.db" "SELECT section FROM passages WHERE body LIKE '%alphasentinel%'")
	b=$(py sql "$W/i.db" "SELECT section FROM passages WHERE body LIKE '%betasentinel%'")
	g=$(py sql "$W/i.db" "SELECT section FROM passages WHERE body LIKE '%gammasentinel%'")
	case $a in *"First Section Heading"*) ;; *) fail "alpha passage section is '$a'" ;; esac
	case $b in *"Second Section Heading"*) ;; *) fail "beta passage section is '$b'" ;; esac
	case $b in *First*) fail "beta passage section still names the first section: '$b'" ;; esac
	case $g in *"Nested Third Level"*) ;; *) fail "gamma passage section is '$g'" ;; esac
	n=$(py sql "$W/i.db" "SELECT count(*) FROM passages WHERE body LIKE '#%'")
	[ "$n" = 0 ] || fail "$n passages start with a '#' heading line"
}

idx_big_file() {
	mkdir "$W/c"
	python3 - "$W/c/big.txt" "$BIG_MB" <<'EOF'
import glob, sys
data = b''.join(open(f, 'rb').read() for f in sorted(glob.glob('corpus/*.txt')))
n = int(sys.argv[2]) * 1000 * 1000
with open(sys.argv[1], 'wb') as f:
    f.write((data * (n // len(data) + 1))[:n - 20] + b'\nwombatfinale end.\n')
EOF
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "$BIG_MB MB file"
	err_has "1 new" "summary"
	q --db "$W/i.db" -l wombatfinale
	want_rc 0 "query for the last word of the big file"
	n=$(py sql "$W/i.db" "SELECT max(byte_end) FROM passages")
	size=$(wc -c <"$W/c/big.txt" | tr -d ' ')
	[ "$n" -le "$size" ] && [ "$n" -ge $((size - 2)) ] || fail "last passage ends at $n, file size $size"
}

# An indexing run killed with SIGKILL leaves the index as before or as after.
idx_kill_atomic() {
	mkdir "$W/k"
	python3 - "$W/k" <<'EOF'
import glob, sys
arts = [open(f, 'rb').read() for f in sorted(glob.glob('corpus/*.txt'))]
for i in range(500):
    open('%s/f%03d.txt' % (sys.argv[1], i), 'wb').write(arts[i % 5] + b'\nVariant number %d here.\n' % i)
EOF
	ix --db "$W/A.db" "$W/k"
	want_rc 0 "first index"
	py sources "$W/A.db" >"$W/old"
	[ "$(lines "$W/old")" -eq 500 ] || fail "old index has $(lines "$W/old") sources"
	python3 - "$W/k" <<'EOF'
import os, sys
d = sys.argv[1]
for i in range(0, 500, 2):
    with open('%s/f%03d.txt' % (d, i), 'ab') as f:
        f.write(b'\nChanged paragraph number %d with extra words for the index.\n' % i)
for i in range(1, 100, 4):
    os.remove('%s/f%03d.txt' % (d, i))
src = open('%s/f002.txt' % d, 'rb').read()
for i in range(500, 600):
    open('%s/f%03d.txt' % (d, i), 'wb').write(src + b'\nNew file %d.\n' % i)
EOF
	cp "$W/A.db" "$W/N.db"
	t0=$(now_ns)
	ix --db "$W/N.db" "$W/k"
	t1=$(now_ns)
	want_rc 0 "full re-index"
	py sources "$W/N.db" >"$W/new"
	! cmp -s "$W/old" "$W/new" || fail "old and new source sets are the same"
	dur_ms=$(( (t1 - t0) / 1000000 ))
	interrupted=0
	for i in 1 2 3 4 5; do
		rm -f "$W"/K.db*
		cp "$W/A.db" "$W/K.db"
		# delay: a random point in the i-th fifth of the measured run time
		delay=$(awk -v d="$dur_ms" -v i="$i" -v s="$$$i" 'BEGIN { srand(s); printf "%.3f", d * (i - 1 + rand()) / 5 / 1000 }')
		"$BIN/indexer" --db "$W/K.db" "$W/k" >/dev/null 2>"$W/kerr" &
		pid=$!
		sleep "$delay"
		kill -9 "$pid" 2>/dev/null
		wait "$pid"
		krc=$?
		san_check "$W/kerr" "indexer run $i before kill -9"
		[ "$krc" -eq 137 ] && interrupted=$((interrupted + 1))
		ix --db "$W/K.db" --check
		want_rc 0 "--check after kill -9 at ${delay}s (run $i)"
		py sources "$W/K.db" >"$W/got" || fail "cannot read sources after kill at ${delay}s"
		if ! cmp -s "$W/got" "$W/old" && ! cmp -s "$W/got" "$W/new"; then
			fail "after kill -9 at ${delay}s the sources are neither the old nor the new set ($(lines "$W/got") rows)"
		fi
	done
	echo "kill test: $interrupted of 5 runs interrupted (full run ${dur_ms} ms)" >&2
	[ "$interrupted" -ge 1 ] || fail "no kill landed while the indexer was running (run took ${dur_ms} ms)"
}

idx_check() {
	copy_corpus "$W/c"
	ix --db "$W/i.db" "$W/c"
	ix --db "$W/i.db" --check
	want_rc 0 "--check on a good index"
	out_has "ok" "--check"
	out_has "0 stale" "--check"
	echo "appended later" >>"$W/c/001_ee588c47829acb01.txt"
	ix --db "$W/i.db" --check
	want_rc 0 "--check with a changed source"
	grep stale "$W/out" | grep -q 001_ee588c47829acb01.txt || fail "--check does not list the changed file as stale: $(cat "$W/out")"
	[ "$(grep -c 'stale:' "$W/out")" -eq 1 ] || fail "--check lists more than the changed file: $(cat "$W/out")"
}

# The raw forms of a title that only it holds reach the vocabulary, from a
# one-passage file too; a file of no passage adds none of its title's, and
# a later file holding them adds them (the preparing thread keeps a file's
# raw forms once its passages are split, and drops them for a file of
# none).  --check compares.  (Headings held by no body: corpus/, idx_check.)
idx_check_raw_forms() {
	mkdir -p "$W/r"
	printf -- '---\ntitle: Quokkas Smiling\n---\n\nA marsupial of Rottnest Island.\n' >"$W/r/a.md"
	printf -- '---\ntitle: Wombats Digging\n---\n' >"$W/r/b.md"
	printf -- '---\ntitle: Echidnas Sleeping\n---\n' >"$W/r/c.md"
	printf 'Notes\n\nThe wombats were digging all night.\n' >"$W/r/d.txt"
	ix --db "$W/i.db" "$W/r"
	want_rc 0 "indexing files of one passage and of none"
	ix --db "$W/i.db" --check
	want_rc 0 "--check of raw forms held by a title"
	out_has "ok" "--check"
	for w in quokkas:1 smiling:1 wombats:1 digging:1 echidnas:0 sleeping:0; do
		[ "$(sqlite3 "$W/i.db" "SELECT count(*) FROM vocabulary WHERE raw = '${w%:*}'")" = "${w#*:}" ] ||
		    fail "${w%:*}: not ${w#*:} time(s) in the vocabulary"
	done
}

idx_check_corrupt() {
	cp "$CDB" "$W/i.db"
	[ ! -e "$CDB-wal" ] || [ ! -s "$CDB-wal" ] || cp "$CDB-wal" "$W/i.db-wal"
	size=$(wc -c <"$W/i.db" | tr -d ' ')
	pages=$((size / 4096))
	[ "$pages" -ge 8 ] || fail "index too small to corrupt ($size bytes)"
	python3 -c 'import random,sys; random.seed(7); sys.stdout.buffer.write(bytes(random.randrange(256) for _ in range(8192)))' >"$W/garbage"
	dd if="$W/garbage" of="$W/i.db" bs=4096 seek=$((pages / 2)) conv=notrunc 2>/dev/null
	ix --db "$W/i.db" --check
	[ "$rc" -ne 0 ] || fail "--check on a corrupted index exited 0: $(cat "$W/out")"
	[ "$rc" -lt 128 ] || fail "--check on a corrupted index died with status $rc"
	one_err_line "--check on a corrupted index"
}

# term_df against FTS5's own vocabulary, read in the sqlite3 shell with the
# extension: the (term, df) pairs found on one side only, at most 5.
term_df_diff() {	# term_df_diff DB
	sqlite3 "$1" ".load $EXT" \
	    "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, passages_fts, row);" \
	    "SELECT term, df FROM (SELECT term, doc AS df FROM temp.v WHERE doc >= 256
	     UNION ALL SELECT term, df FROM term_df) GROUP BY term, df HAVING count(*) != 2
	     LIMIT 5;" 2>&1
}

# Files of generated passages: common words reach term_df's threshold (256).
make_df_corpus() {	# make_df_corpus DIR FIRST COUNT SEED
	python3 - "$@" <<'PYEOF'
import os, random, sys
out, first, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
words = ("the study of river stones and cold water shows that running water carves "
         "hills while older gardens near the market bridges stay quiet in every storm "
         "season researchers measured walking paths lighting green fields").split()
os.makedirs(out, exist_ok=True)
for i in range(first, first + count):
    paras = []
    for _ in range(rng.randint(8, 14)):
        n = rng.randint(9, 20)
        paras.append(" ".join(words[min(int(rng.expovariate(0.08)), len(words) - 1)]
                              for _ in range(n)).capitalize() + ".")
    with open(os.path.join(out, "f%03d.txt" % i), "w") as f:
        f.write("\n\n".join(paras) + "\n")
PYEOF
}

idx_term_df() {
	command -v sqlite3 >/dev/null 2>&1 || skip "no sqlite3 shell"
	make_df_corpus "$W/c" 0 60 1
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "first run"
	n=$(py sql "$W/i.db" "SELECT count(*) FROM term_df")
	[ "$n" -ge 8 ] || fail "only $n terms in term_df after the first run"
	diff=$(term_df_diff "$W/i.db")
	[ -z "$diff" ] || fail "after the first run, term_df differs: $diff"
	# change some files, remove some, add some, so that terms cross the
	# threshold both ways: each run keeps it exact
	counts=$n
	for round in 1 2 3; do
		case $round in
		1) make_df_corpus "$W/c" 5 4 11
		   rm -f "$W/c/f030.txt" "$W/c/f001.txt"
		   make_df_corpus "$W/c" 60 3 21 ;;
		2) rm -f "$W/c"/f01*.txt "$W/c"/f02*.txt "$W/c"/f03*.txt ;;
		3) make_df_corpus "$W/c" 100 30 31 ;;
		esac
		ix --db "$W/i.db" "$W/c"
		want_rc 0 "run $round"
		diff=$(term_df_diff "$W/i.db")
		[ -z "$diff" ] || fail "after run $round, term_df differs: $diff"
		ix --db "$W/i.db" --check
		want_rc 0 "--check after run $round"
		counts="$counts $(py sql "$W/i.db" "SELECT count(*) FROM term_df")"
	done
	# fewer terms once 30 files went, more once 30 came
	set -- $counts
	[ "$3" -lt "$2" ] && [ "$4" -gt "$3" ] || fail "term_df rows by run: $counts"
	# a stray row is corruption, told in one line
	cp "$W/i.db" "$W/bad.db"
	sqlite3 "$W/bad.db" "INSERT INTO term_df VALUES('zebra', 300)"
	ix --db "$W/bad.db" --check
	want_rc 2 "--check with a stray term_df row"
	one_err_line "--check with a stray term_df row"
	err_has "term_df" "--check with a stray term_df row"
	# an index from before term_df gets it on the next run, though no file changed
	rows=$(py sql "$W/i.db" "SELECT count(*) FROM term_df")
	sqlite3 "$W/i.db" "DROP TABLE term_df"
	ix --db "$W/i.db" --check
	want_rc 0 "--check without term_df"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "run on the index without term_df"
	err_has "up to date" "run on the index without term_df"
	diff=$(term_df_diff "$W/i.db")
	[ -z "$diff" ] || fail "after the upgrade, term_df differs: $diff"
	n2=$(py sql "$W/i.db" "SELECT count(*) FROM term_df")
	[ "$n2" -eq "$rows" ] || fail "$n2 terms in term_df after the upgrade, $rows before"
}

# ---- query tests -------------------------------------------------------------

q_basic() {
	q --db "$CDB" ketamine
	want_rc 0 "ketamine"
	grep -Eq '^corpus/[0-9]{3}_[0-9a-f]+\.txt:[0-9]+-[0-9]+' "$W/out" || fail "no path:LINE-LINE location: $(head -3 "$W/out")"
	q --db "$CDB" xylophonequux
	want_rc 1 "nothing found"
	[ ! -s "$W/out" ] || fail "output when nothing found: $(head -c 200 "$W/out")"
}

q_empty_query() {
	for e in "" "   "; do
		q --db "$CDB" "$e"
		want_rc 2 "query '$e'"
		one_err_line "query '$e'"
		[ ! -s "$W/out" ] || fail "stdout for an empty query"
	done
}

q_missing_db() {
	q --db "$W/none.db" ketamine
	want_rc 2 "missing --db"
	one_err_line "missing --db"
	err_has none.db "missing --db message"
	[ ! -e "$W/none.db" ] || fail "query created $W/none.db"
	[ ! -e "$W/none.db-wal" ] || fail "query created $W/none.db-wal"
}

q_foreign_db() {
	printf 'just text\n' >"$W/t.db"
	sum=$(cksum <"$W/t.db")
	q --db "$W/t.db" ketamine
	want_rc 2 "non-index --db"
	one_err_line "non-index --db"
	[ "$(cksum <"$W/t.db")" = "$sum" ] || fail "query changed the file"
}

q_no_fts_errors() {
	bad=
	for s in "well-known" "don't" "3.50" "413-423-0733" "N-methyl-D-aspartate" \
	    '"rapid relief' 'ketamine AND' 'AND' 'OR' '*term' 'a:b' 'NOT' '😀' \
	    '“rapid relief”' "$(printf '\377\376')" '(' ')' '^' 'NEAR(' 'col:rapid' \
	    'NEAR(ketamine relief)' '-' '"' '*' 'ketamine OR' 'OR ketamine' \
	    '{body}: ketamine' 'body:ketamine' 'ketamine + relief' "$(printf 'keta\001mine')"; do
		q --db "$CDB" -- "$s"
		if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
			bad="$bad [$s: exit $rc: $(head -c 120 "$W/err")]"
		elif grep -qi 'fts5\|syntax error\|sqlite' "$W/err"; then
			bad="$bad [$s: $(head -c 120 "$W/err")]"
		fi
	done
	[ -z "$bad" ] || fail "$bad"
	# only excluded words: may be refused (exit 2), but in our words, on one line
	q --db "$CDB" -- "NOT ketamine"
	[ "$rc" -le 2 ] || fail "NOT ketamine: exit $rc"
	! grep -qi 'fts5\|syntax error\|sqlite' "$W/err" || fail "NOT ketamine: $(cat "$W/err")"
	[ "$rc" -ne 2 ] || one_err_line "NOT ketamine"
}

# corpus/002 line 31: "ketamine, a dissociative anesthetic" (adjacent);
# corpus/004 line 5: "an anesthetic before surgery because it not only kills
# pain but also has the ability to dissociate" (dissociate: the stem of
# dissociative, 14 words between) and later "a dissociative drug".
q_near() {
	q --db "$CDB" -l --all-words dissociative anesthetic
	want_rc 0 "dissociative anesthetic"
	grep -q '/002_' "$W/out" && grep -q '/004_' "$W/out" || fail "dissociative anesthetic: $(cat "$W/out"), expected 002 and 004"
	for s in 'dissociative NEAR/5 anesthetic' 'NEAR(anesthetic dissociative, 5)' \
	    'NEAR(dissociative anesthetic)' 'anesthetic NEAR dissociative' \
	    'NEAR("dissociative anesthetic" ketamine, 3)' 'ketamine NEAR/3 "dissociative anesthetic"'; do
		q --db "$CDB" -l --all-words -- "$s"
		want_rc 0 "$s"
		[ "$(cat "$W/out")" = corpus/002_11c1b74a4be388b6.txt ] || fail "$s: $(tr '\n' ' ' <"$W/out"), expected 002 only"
	done
	q --db "$CDB" -l --all-words 'NEAR(anesthetic dissociative, 20)'
	grep -q '/004_' "$W/out" || fail "NEAR(anesthetic dissociative, 20) misses 004: $(cat "$W/out")"
	q --db "$CDB" -l --all-words -- 'dissociative anesthetic -NEAR(dissociative anesthetic, 5)'
	want_rc 0 "-NEAR(...)"
	[ "$(cat "$W/out")" = corpus/004_2e3377e605b1e880.txt ] || fail "-NEAR(...): $(tr '\n' ' ' <"$W/out"), expected 004 only"
	q --db "$CDB" --explain -n 1 'dissociative NEAR/5 anesthetic'
	err_has 'understood as (NEAR("dissociative" "anesthetic", 5))' "--explain"
	out_has 'dissociative: idf' "--explain names the first member"
	out_has 'anesthetic: idf' "--explain names the second member"
}

# Malformed NEAR is words, never an FTS5 error (exit 0 or 1, never 2).
q_near_malformed() {
	bad=
	for s in 'NEAR(' 'NEAR()' 'NEAR(,)' 'NEAR(a, x)' 'ketamine NEAR/ relief' 'ketamine NEAR/5' \
	    'NEAR/5 ketamine' 'NEAR/5' 'NEAR(ketamine (relief pain))' 'NEAR(ketamine NEAR(a b))' \
	    'NEAR(ketamine relief, 5))' '((NEAR(ketamine relief)))' 'NEAR(*)' 'NEAR("" "")' \
	    'NEAR(ketamine relief, -3)' 'NEAR(ketamine relief, 3.5)' 'NEAR(ketamine relief, x)' \
	    'NEAR(ketamine relief, 99999999999999999999)' 'NEAR(ketamine "relief' \
	    'NEAR(ketamine OR relief)' 'NEAR(ketamine -relief)' 'ketamine NEAR/5 -relief' \
	    'NEAR(... ---)' 'NEAR(col:ketamine relief^)' 'NEAR(ketamine, relief, 3)' \
	    "NEAR($(printf '\377') ketamine)" 'NEAR(ketamine relief) NEAR/2 pain' 'ketamine -NEAR(' \
	    'ketamine -NEAR(. ,)' 'pain NOT NEAR(ketamine relief)'; do
		for opt in "" --all-words; do
			q --db "$CDB" $opt -- "$s"
			if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
				bad="$bad [$s $opt: exit $rc: $(head -c 120 "$W/err")]"
			elif grep -qi 'fts5\|syntax error\|sqlite' "$W/err"; then
				bad="$bad [$s $opt: $(head -c 120 "$W/err")]"
			fi
		done
	done
	[ -z "$bad" ] || fail "$bad"
}

q_special_found() {
	q --db "$CDB" -l 413-423-0733
	want_rc 0 "413-423-0733"
	grep -q '/001_' "$W/out" || fail "413-423-0733 not found in 001: $(cat "$W/out")"
	q --db "$CDB" -l N-methyl-D-aspartate
	want_rc 0 "N-methyl-D-aspartate"
	grep -q '/001_' "$W/out" && grep -q '/003_' "$W/out" || fail "N-methyl-D-aspartate: $(cat "$W/out")"
	q --db "$CDB" -l "don't"
	want_rc 0 "don't"
	grep -q '/004_' "$W/out" || fail "don't (004 has don’t) not found in 004: $(cat "$W/out")"
	q --db "$CDB" --json -n 50 '“rapid relief”'
	want_rc 0 "“rapid relief”"
	py alltext "$W/out" 'rapid\s+relief' >"$W/r" || fail "curly-quoted phrase: $(cat "$W/r")"
	n=$(py field "$W/out" source | sort -u | wc -l)
	[ "$n" -ge 3 ] || fail "“rapid relief” found in $n sources, the phrase is in 000, 001 and 002"
}

# A note saying "showing those with the most" must come with results.
q_fallback_consistent() {
	bad=
	for s in "well-known" "col:rapid" "rapid:relief"; do
		q --db "$CDB" -- "$s"
		if grep -q "showing those with the most" "$W/err"; then
			if [ "$rc" -ne 0 ] || [ ! -s "$W/out" ]; then
				bad="$bad [$s: fallback note but exit $rc and $(lines "$W/out") lines of output]"
			fi
		fi
	done
	[ -z "$bad" ] || fail "$bad"
	# the words of "col:rapid": "rapid" is in the corpus, so something is found
	q --db "$CDB" -- "col:rapid"
	want_rc 0 "col:rapid (rapid is in the corpus; fallback)"
}

q_prefix() {
	q --db "$CDB" -l 'alleviat*'
	want_rc 0 "alleviat*"
	for f in 000 001 002 003; do
		grep -q "/${f}_" "$W/out" || fail "alleviat* does not list $f: $(cat "$W/out")"
	done
	q --db "$CDB" --json -n 100 'alleviat*'
	py alltext "$W/out" '\balleviat' >"$W/r" || fail "alleviat*: $(cat "$W/r")"
	q --db "$CDB" -l 'generaliz*'
	want_rc 0 "generaliz*"
	grep -q /000_ "$W/out" && grep -q /001_ "$W/out" || fail "generaliz*: $(cat "$W/out")"
	# snippets come from a copy of the shown rows; --explain asks the index for each
	for p in 'ketam*' 'depress*' 'treat* OR therap*' 'anesthe*'; do
		q --db "$CDB" --json -n 10 "$p"
		cp "$W/out" "$W/copied"
		q --db "$CDB" --json --explain -n 10 "$p"
		py same_snippets "$W/copied" "$W/out" >"$W/r" || fail "$p: $(cat "$W/r")"
	done
}

# Prefixes whose raw forms do not start with their stems: FTS5 holds only
# the stems (schema 6), so these rows are found through the vocabulary
# and kept only when they hold the prefix (lib/prefix.h).
q_prefix_raw_forms() {
	mkdir -p "$W/c"
	cat >"$W/c/a.txt" <<'EOF2'
A network

The network keeps many connections between its nodes, all connected at all times.
EOF2
	cat >"$W/c/b.txt" <<'EOF2'
Cables

The two cables were connected to the nodes yesterday by the night shift team.
EOF2
	cat >"$W/c/c.txt" <<'EOF2'
A dog

A happy dog ran across the wide field with great speed this morning again.
EOF2
	cat >"$W/c/d.txt" <<'EOF2'
Small things

Happiness comes from small things done well on every single day of the year.
EOF2
	cat >"$W/c/e.txt" <<'EOF2'
Harbour

We visited two Cafés near the old harbour in the evening light after work.
EOF2
	cat >"$W/c/g.txt" <<'EOF2'
Rules

Sweeping generalizations about people are rarely true in any town or city here.
EOF2
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "indexing"
	sources() {	# sources QUERY...: the file names it lists, sorted, on one line
		q --db "$W/i.db" -l "$@"
		sed 's|.*/||' "$W/out" | sort | tr '\n' ' '
	}
	check() {	# check WANT QUERY...
		want=$1
		shift
		got=$(sources "$@")
		[ "$got" = "$want " ] || fail "$*: listed '$got', want '$want'"
	}
	check "a.txt" 'connecti*'		# connections (stem connect), not connected
	check "a.txt" 'connections*'
	check "a.txt b.txt" 'connect*'
	check "c.txt" 'happy*'			# happy (stem happi), not happiness
	check "c.txt d.txt" 'happi*'		# the stem happi holds both
	check "e.txt" 'cafés*'			# diacritics and case folded
	check "e.txt" 'CAFES*'
	check "e.txt" 'café*'
	check "g.txt" 'generaliz*'
	check "b.txt" 'nodes NOT connecti*'	# a negated prefix drops a.txt
	check "a.txt" '"many connecti"*'
	check "a.txt" 'NEAR(keeps connecti*, 3)'
	check "a.txt c.txt" 'connecti* OR happy*'
	check "a.txt" --syntax raw 'connecti*'
	check "a.txt" --all-words 'network connecti*'
	q --db "$W/i.db" -c 'connecti*'
	[ "$(cat "$W/out")" = "$W/c/a.txt:1" ] || fail "-c connecti*: $(cat "$W/out")"
	# ranked rows too, and a fall back (no passage has zebra): only a.txt
	q --db "$W/i.db" --json -n 10 'connecti*'
	[ "$(lines "$W/out")" = 1 ] && out_has '"a.txt' "connecti* --json"
	q --db "$W/i.db" --json -n 10 'connecti* zebra'
	[ "$(lines "$W/out")" = 1 ] && out_has '"a.txt' "connecti* zebra (fall back)"
	# the snippet marks the word the prefix holds, not "connected", with --explain too
	for x in "" --explain; do
		q --db "$W/i.db" --color always $x 'connecti*'
		grep -q '31mconnections' "$W/out" && ! grep -q '31mconnected' "$W/out" ||
		    fail "connecti* $x snippet: $(head -c 400 "$W/out")"
	done
	# a word gone from the corpus leaves its raw form in the vocabulary: no false match
	printf 'Rules\n\nThe general rule is simple and true for most people in this town.\n' \
	    >"$W/c/g.txt"
	touch -d '2001-01-01' "$W/c/g.txt"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "indexing again"
	[ -n "$(sqlite3 "$W/i.db" "SELECT 1 FROM vocabulary WHERE raw = 'generalizations'")" ] ||
	    fail "the vocabulary lost generalizations: nothing left to test"
	q --db "$W/i.db" -l 'generaliz*'
	want_rc 1 "generaliz* after the word is gone"
	check "g.txt" 'general*'
	# --check: every raw form of the passages is in the vocabulary
	ix --db "$W/i.db" --check
	want_rc 0 "--check"
	sqlite3 "$W/i.db" "DELETE FROM vocabulary WHERE raw = 'connections'"
	ix --db "$W/i.db" --check
	[ "$rc" -ne 0 ] || fail "--check passed a vocabulary without connections"
	err_has "1 raw forms of the passages are not in the vocabulary" "--check"
}

q_apostrophes() {
	for s in "ketamine's" "ketamine’s" "ketamine"; do
		q --db "$CDB" -- "$s"
		want_rc 0 "$s"
		[ -s "$W/out" ] || fail "$s: no output"
	done
	q --db "$CDB" -l "ketamine’s"
	grep -q /001_ "$W/out" || fail "ketamine’s does not list 001, which has it 8 times"
}

q_not() {
	q --db "$CDB" --json -n 200 "ketamine -depression"
	want_rc 0 "ketamine -depression"
	py notext "$W/out" '\bdepress' >"$W/r" || fail "ketamine -depression: $(cat "$W/r")"
	q --db "$CDB" --json -n 200 -- ketamine -depression
	want_rc 0 "ketamine -depression (two arguments)"
	py notext "$W/out" '\bdepress' >"$W/r" || fail "ketamine -depression as two arguments: $(cat "$W/r")"
	q --db "$CDB" --json -n 200 "ketamine NOT depression"
	want_rc 0 "ketamine NOT depression"
	py notext "$W/out" '\bdepress' >"$W/r" || fail "ketamine NOT depression: $(cat "$W/r")"
}

q_or() {
	q --db "$CDB" -l "esketamine OR TelemedicalServices"
	want_rc 0 "OR"
	got=$(sed 's,.*/,,; s,_.*,,' "$W/out" | sort | tr '\n' ' ')
	[ "$got" = "000 002 " ] || fail "esketamine OR TelemedicalServices lists '$got', expected 000 and 002"
}

q_fallback() {
	q --db "$CDB" ketamine zzyzx
	want_rc 0 "ketamine zzyzx"
	[ -s "$W/out" ] || fail "no results"
	err_has "no passage has all the words" "fallback note"
	q --db "$CDB" --no-fallback ketamine zzyzx
	want_rc 1 "--no-fallback"
	[ ! -s "$W/out" ] || fail "--no-fallback printed results"
}

q_raw_syntax() {
	q --db "$CDB" --syntax raw --json -n 200 'ketamine NOT depression'
	want_rc 0 "raw ketamine NOT depression"
	py notext "$W/out" '\bdepress' >"$W/r" || fail "raw NOT: $(cat "$W/r")"
	q --db "$CDB" --syntax raw '"unbalanced'
	want_rc 2 "raw unbalanced quote"
	one_err_line "raw unbalanced quote"
	err_has syntax "raw unbalanced quote"
}

q_json() {
	q --db "$CDB" --json -n 100 ketamine
	want_rc 0 "--json"
	py json "$W/out" plain 20 >"$W/r" || fail "--json ketamine: $(cat "$W/r")"
	q --db "$CDB" --json "rapid relief"
	py json "$W/out" plain 1 >"$W/r" || fail "--json rapid relief: $(cat "$W/r")"
	q --db "$CDB" --json ketamine bladder
	want_rc 0 "--json with the fall back"
	py json "$W/out" plain 1 >"$W/r" || fail "--json fall back: $(cat "$W/r")"
	grep -q '"fallback":true' "$W/out" || fail "fall-back rows not marked"
}

q_json_claim() {
	q --db "$CDB" --claim --json "Ketamine blocks the NMDA receptor and modulates the glutamate system."
	want_rc 0 "--claim --json"
	py json "$W/out" claim 1 >"$W/r" || fail "$(cat "$W/r")"
	q --db "$CDB" --claim --json "Allergic reactions to ketamine are rare."
	py json "$W/out" claim 1 >"$W/r" || fail "$(cat "$W/r")"
}

q_json_batch() {
	printf 'qa\tketamine depression\n# a comment\n\nqb\trapid relief\n' >"$W/b.tsv"
	q --db "$CDB" --json --batch "$W/b.tsv"
	want_rc 0 "--json --batch"
	py json "$W/out" batch 2 >"$W/r" || fail "$(cat "$W/r")"
	ids=$(py field "$W/out" query_id | uniq | tr '\n' ' ')
	[ "$ids" = "qa qb " ] || fail "query ids in order: '$ids'"
	q --db "$CDB" --claim --json --batch "$W/b.tsv"
	want_rc 0 "--claim --json --batch"
	py json "$W/out" claimbatch 2 >"$W/r" || fail "$(cat "$W/r")"
}

q_tsv() {
	q --db "$CDB" --tsv -n 50 ketamine
	want_rc 0 "--tsv"
	py tsv "$W/out" 16 >"$W/r" || fail "plain: $(cat "$W/r")"
	q --db "$CDB" --tsv --claim "Ketamine may help treat bipolar disorder."
	py tsv "$W/out" 32 >"$W/r" || fail "--claim: $(cat "$W/r")"
	printf 'q1\tketamine\nq2\trapid relief\n' >"$W/b.tsv"
	q --db "$CDB" --tsv --batch "$W/b.tsv"
	py tsv "$W/out" 17 >"$W/r" || fail "--batch: $(cat "$W/r")"
	q --db "$CDB" --tsv --claim --batch "$W/b.tsv"
	py tsv "$W/out" 33 >"$W/r" || fail "--claim --batch: $(cat "$W/r")"
	# tabs and backslashes inside fields are escaped
	mkdir "$W/c"
	printf 'Tabbed\ttitle line with words\n\nThe armadillo\tpassage has a tab and a back\\slash inside its words here.\n' >"$W/c/tab.txt"
	ix -q --db "$W/t.db" "$W/c"
	want_rc 0 "indexing the file with tabs"
	q --db "$W/t.db" --tsv armadillo
	want_rc 0 "--tsv armadillo"
	py tsv "$W/out" 16 >"$W/r" || fail "tab in a field: $(cat "$W/r")"
	grep -qF 'armadillo\tpassage' "$W/out" || fail "tab not escaped as \\t: $(cat "$W/out")"
	grep -qF 'back\\slash' "$W/out" || fail "backslash not escaped as \\\\: $(cat "$W/out")"
}

# Verdicts and exit statuses: 0 only when a source supports the claim; the
# nearest passages are printed all the same; a contradicted detail is named.
q_claim_verdicts() {
	q --db "$CDB" --claim "Ketamine was first synthesized in the 1960s."
	want_rc 0 "a claim 002 states"
	head -1 "$W/out" | grep -q '^SUPPORTED  "Ketamine was first synthesized in the 1960s."$' ||
	    fail "first line is not the verdict: $(head -1 "$W/out")"
	q --db "$CDB" --claim "Patients are advised to attend ketamine sessions alone."
	want_rc 1 "a heading's question answered No"
	out_has 'conflict (negation): claim "alone", source "No"' "the heading's answer as a conflict"
	q --db "$CDB" --claim "Ketamine was first synthesized in the 1990s."
	want_rc 1 "a wrong decade"
	verdict_is UNSUPPORTED "wrong decade"
	out_has 'conflict (number): claim "1990s", source "1960s"' "the decade conflict"
	q --db "$CDB" --claim --json "Ketamine treats bipolar disorder by activating the NMDA receptor."
	want_rc 1 "activating vs blocking"
	py json "$W/out" claim 1 >"$W/r" || fail "$(cat "$W/r")"
	grep -q '"kind":"antonym","claim":"activating","source":"blocking"' "$W/out" ||
	    fail "no antonym conflict: $(head -c 600 "$W/out")"
	# who said it is no detail the source must state: an attribution
	# ("My psychiatrist explained that", ", my psychiatrist explained")
	# weighs only where the evidence says it, and --explain says so
	q --db "$CDB" --claim --explain "My psychiatrist explained that the relief from ketamine infusions is temporary."
	want_rc 0 "a claim in an attribution"
	verdict_is SUPPORTED "attribution at the start"
	grep -q "psychiatrist [0-9.]* unknown.*(attribution: weighs only where said); explained" "$W/err" ||
	    fail "--explain does not mark the attribution: $(grep weigh "$W/err")"
	# "well" is no synonym of "good" a source says: it writes "as well", "well-being"
	q --db "$CDB" --claim --explain "The good effects wear off, so most people need more treatments."
	grep "met by these stems" "$W/err" | grep -q "good: [^;]*\bwell\b" &&
	    fail "\"good\" meets \"well\": $(grep "met by these stems" "$W/err")"
	# "yeah" is a light word, no "year" with its "r" dropped ("aftah")
	q --db "$CDB" --claim --explain "and yeah, ketamine was first synthesized in the 1960s."
	want_rc 0 "a light yeah"
	grep -q "weigh.*: yeah 0.00" "$W/err" ||
	    fail "--explain weighs \"yeah\" as another word: $(grep weigh "$W/err")"
	q --db "$CDB" --claim "The relief from ketamine infusions is temporary, my psychiatrist explained."
	want_rc 0 "an attribution at the end"
	verdict_is SUPPORTED "attribution at the end"
	# a chat's register: "tbh", "ur" and emoji weigh nothing, "ppl" is
	# "people", "the '60s" the 1960s (a time "within 60s" is no decade)
	q --db "$CDB" --claim "TIL ketamine was first synthesized back in the '60s tbh 🤯"
	want_rc 0 "a chat's decade"
	verdict_is SUPPORTED "back in the '60s"
	q --db "$CDB" --claim "ngl ketamine therapy can help manage OCD fr and give u a break from intrusive thoughts 🙏"
	want_rc 0 "a chat's light words"
	verdict_is SUPPORTED "ngl ... fr"
	q --db "$CDB" --claim "Ketamine was first synthesized in the 70s."
	want_rc 1 "another decade"
	q --db "$CDB" --claim "Ketamine effects start within 60s of the infusion."
	want_rc 1 "60 seconds, no decade"
	# a lay reader's words: a drip is an infusion, long-lasting pain chronic
	q --db "$CDB" --claim "Nasal sprays and pills can take longer to kick in than a drip."
	want_rc 0 "a drip"
	verdict_is SUPPORTED "a drip for an infusion"
	q --db "$CDB" --claim "Experts looked at ketamine for long-lasting pain, and bigger doses worked."
	want_rc 0 "long-lasting pain"
	verdict_is SUPPORTED "long-lasting for chronic"
	# "things that are not there" deny nothing; "get better" is recovering
	q --db "$CDB" --claim "Side effects can include nausea, higher blood pressure, dissociation and, rarely, seeing things that are not there."
	want_rc 0 "not there"
	verdict_is SUPPORTED "seeing things that are not there"
	q --db "$CDB" --claim "If you miss ketamine sessions, it may take you longer to get better."
	want_rc 0 "get better"
	verdict_is SUPPORTED "get better for recovery"
	# a word that denies by its sense ("treatment-resistant") says the
	# claim's "doesn't help" only where it says "help" too: 000 line 17
	# says ketamine improves OCD symptoms beside "treatment-resistant"
	q --db "$CDB" --claim "Ketamine doesn't help with OCD at all."
	want_rc 1 "doesn't help beside treatment-resistant"
	verdict_is_not SUPPORTED "doesn't help with OCD"
	q --db "$CDB" --claim "ket doesnt help with ocd at all"
	verdict_is_not SUPPORTED "a chat's doesnt"
	# advice ("Don't skip sessions") is said by the harm of the deed it
	# forbids ("Skipping sessions may slow your rate of recovery"), not by
	# harm alone
	q --db "$CDB" --claim "Don't skip your sessions; missing them can slow down your recovery."
	want_rc 0 "advice and its reason"
	verdict_is SUPPORTED "don't skip: skipping slows recovery"
	q --db "$CDB" --claim "Don't bring anyone with you to your session."
	verdict_is_not SUPPORTED "don't bring anyone"
	# "on top of" says "besides": no "top" against the source's "side effects"
	q --db "$CDB" --claim "On top of dissociation and higher blood pressure, ketamine can in rare cases cause hallucinations or even psychosis."
	want_rc 0 "on top of"
	verdict_is SUPPORTED "on top of, no top"
	# a fact-checker's wrapper and a letter's aside frame the claim
	q --db "$CDB" --claim "The claim that ketamine is also used to treat substance use disorders holds up."
	want_rc 0 "a fact-checker's wrapper"
	verdict_is SUPPORTED "the claim that ... holds up"
	q --db "$CDB" --claim "I confess I was rather startled to learn that ketamine is derived from phencyclidine."
	want_rc 0 "a letter's confession"
	verdict_is SUPPORTED "I confess I was rather startled to learn that"
	# a name the claim is attributed to must be the source's (its title or
	# publisher) or said in the sentence: 001 (The Wellness Drip) says it
	q --db "$CDB" --claim "Whether ketamine helps with generalized or social anxiety disorder remains under active investigation, the Wellness Drip notes."
	want_rc 0 "attributed to its source"
	verdict_is SUPPORTED "the Wellness Drip notes"
	q --db "$CDB" --claim "Whether ketamine helps with generalized or social anxiety disorder remains under active investigation, the Haven Detox notes."
	want_rc 1 "attributed to another source"
	verdict_is PARTIAL "the Haven Detox notes"
	q --db "$CDB" --claim "According to the FDA, ketamine was first synthesized in the 1960s."
	verdict_is PARTIAL "according to a name no source gives"
	# what a drug is given with is a detail: 002 names nasal sprays and
	# "oral treatments", no antidepressant taken with them
	q --db "$CDB" --claim "Esketamine nasal spray has to be taken together with an oral antidepressant."
	want_rc 1 "a companion no source names"
	verdict_is UNSUPPORTED "together with an oral antidepressant"
	q --db "$CDB" --claim "Ketamine therapy can be used together with counseling or lifestyle changes to get the most benefit."
	want_rc 0 "a companion the source names"
	verdict_is SUPPORTED "together with counseling"
	# a likeness turned round: 003 "Unlike conventional antidepressants,
	# which may take weeks ..."
	q --db "$CDB" --claim "Like standard antidepressants, ketamine usually takes several weeks before patients notice any improvement."
	verdict_is_not SUPPORTED "like against unlike"
	out_has 'conflict (antonym): claim "Like", source "Unlike"' "the likeness conflict"
	# a comparison is stated only where the source compares, and with the
	# claim's standard: 001 "sets it apart from traditional antidepressants"
	q --db "$CDB" --claim "Ketamine works faster than traditional antidepressants."
	want_rc 0 "the standard is the source's"
	verdict_is SUPPORTED "faster than antidepressants"
	q --db "$CDB" --claim "Traditional antidepressants work faster than ketamine."
	want_rc 1 "the roles swapped"
	verdict_is_not SUPPORTED "swapped comparison"
	q --db "$CDB" --claim "Ketamine is more effective than electroconvulsive therapy."
	want_rc 1 "'similar effects to' compares nothing"
	verdict_is_not SUPPORTED "more effective than ECT"
	# an origin is such a standard: 002 "Derived from phencyclidine, it ..."
	q --db "$CDB" --claim "Ketamine is a drug that was derived from phencyclidine."
	want_rc 0 "the origin the source names"
	verdict_is SUPPORTED "derived from phencyclidine"
	q --db "$CDB" --claim "Phencyclidine is a drug that was derived from ketamine."
	want_rc 1 "the origin swapped"
	verdict_is_not SUPPORTED "derived from ketamine"
	# a sentence that tells no origin ("esketamine is another option
	# gaining popularity": WordNet's "gain" for "derive") states none
	q --db "$CDB" --claim "Ketamine was derived from esketamine."
	want_rc 1 "no origin told"
	verdict_is_not SUPPORTED "derived from esketamine"
	# of two sentences with the claim's words, the one that says its
	# direction is shown (000: "increases the production of ... BDNF", not
	# "The combined action on NMDA receptors and BDNF levels")
	q --db "$CDB" --claim --json "Ketamine raises BDNF levels."
	py field "$W/out" support | head -1 | grep -qx supported ||
	    fail "the sentence that says 'raises' is not shown: $(head -c 600 "$W/out")"
	# one kind of drug in another's place (WordNet's kinds): 003 "Ketamine,
	# initially developed as an anaesthetic, has garnered attention"; but
	# 000 names "an anesthetic" before "this once-standard medication"
	q --db "$CDB" --claim "Ketamine, initially developed as an antidepressant, has garnered attention for its dissociative effects."
	want_rc 1 "an antidepressant for an anaesthetic"
	out_has 'conflict (substitution): claim "antidepressant", source "anaesthetic"' \
	    "the substitution"
	q --db "$CDB" --claim "A once-standard anesthetic is now being used to bring relief to people with severe depression, anxiety and PTSD."
	want_rc 0 "the passage names the anesthetic"
	verdict_is SUPPORTED "once-standard anesthetic"
	# a thing the claim names one thing and the source another, in the
	# sentence after the evidence that goes on about it (004: "... the
	# release of a chemical that dampens moods. This mood-regulating
	# chemical is known as Glutamate."): no other source's support counts
	q --db "$CDB" --claim "The NMDA receptor stimulates the release of serotonin, a chemical that dampens moods."
	want_rc 1 "serotonin for glutamate"
	out_has 'conflict (substitution): claim "serotonin", source "Glutamate"' "the other name"
	verdict_is_not SUPPORTED "the chemical named serotonin"
	q --db "$CDB" --claim "The NMDA receptor stimulates the release of glutamate, a chemical that dampens moods."
	want_rc 0 "the chemical's own name"
	verdict_is SUPPORTED "the chemical named glutamate"
	# a source that names another receptor (002 "NMDA receptors") does not
	# deny one that names the claim's (004 "activates another receptor
	# called AMPA"), unless the claim says it is the main one
	q --db "$CDB" --claim "Ketamine activates AMPA receptors."
	want_rc 0 "AMPA, and others name NMDA"
	verdict_is SUPPORTED "AMPA receptors"
	q --db "$CDB" --claim "Ketamine mainly activates AMPA receptors."
	verdict_is PARTIAL "mainly AMPA receptors"
	# "mainly" speaks of the receptors, not of the levels later in the claim
	q --db "$CDB" --claim "Ketamine acts mainly on NMDA receptors, altering neurotransmitter levels."
	verdict_is SUPPORTED "mainly, then another name"
	# so does a claim of what a thing is (000 and 003: "glutamate system")
	q --db "$CDB" --claim "The NMDA receptors are part of the brain's serotonin system."
	verdict_is_not SUPPORTED "part of the serotonin system"
	# what a claim says its subject is, the sentence must say
	q --db "$CDB" --claim "Ketamine is a glutamate receptor agonist."
	want_rc 1 "an agonist no source names"
	verdict_is_not SUPPORTED "a glutamate receptor agonist"
	q --db "$CDB" --claim "Ketamine is a controlled substance."
	want_rc 0 "a controlled substance"
	# esketamine is not ketamine: 002's and 003's intravenous sentences name
	# ketamine only
	q --db "$CDB" --claim "Esketamine is given by intravenous infusion."
	want_rc 1 "esketamine by infusion"
	out_has 'conflict (substitution): claim "Esketamine", source "ketamine"' "the name variant"
	q --db "$CDB" --claim "The moon is made of cheese and ketamine."
	want_rc 1 "an unrelated claim"
	verdict_is UNSUPPORTED "moon"
	out_has "not in any source: moon made cheese" "unknown words"
	# unknown words are never widened into others (Medicare is not medical)
	q --db "$CDB" --claim --json "Medicare covers ketamine therapy."
	want_rc 1 "Medicare"
	py field "$W/out" unknown | head -1 | grep -qF "Medicare" || fail "Medicare not unknown"
	py field "$W/out" matched | grep -qF "Medicare" && fail "Medicare reported as matched"
	# "all" after an auxiliary, over a subject the claim lists, claims no more
	# than the list; over a group ("patients") it claims every one of them
	q --db "$CDB" --claim "Neuropathic pain, complex regional pain syndrome and fibromyalgia have all responded to ketamine's analgesic properties."
	want_rc 0 "have all, over a list"
	verdict_is SUPPORTED "have all, a list"
	q --db "$CDB" --claim "Patients with neuropathic pain have all responded to ketamine's analgesic properties."
	verdict_is PARTIAL "have all, a group"
	# details turned round (session 15): "least commonly used" against "most
	# common"; twelve sessions against "about three or more"; an order reversed
	q --db "$CDB" --claim "Among the ways clinics give ketamine, intravenous infusion is the least commonly used route."
	want_rc 1 "least commonly"
	verdict_is_not SUPPORTED "least commonly"
	out_has 'conflict (antonym): claim "least commonly", source "common"' "least commonly"
	q --db "$CDB" --claim "Most ketamine patients should expect to need around twelve treatment sessions."
	want_rc 1 "twelve sessions"
	out_has 'conflict (number): claim "twelve treatment sessions", source "three or more sessions"' \
	    "twelve sessions"
	q --db "$CDB" --claim "Ketamine began as a psychiatric drug for depression; its role in surgical anesthesia came afterwards."
	want_rc 1 "order reversed"
	out_has 'conflict (antonym): claim "anesthesia came afterwards", source "Initially designed for anesthesia"' \
	    "order reversed"
	# a direction is said by a word of its class: "larger doses" by "higher doses"
	q --db "$CDB" --claim "Research on ketamine for chronic pain found that larger doses were effective."
	want_rc 0 "larger for higher"
	verdict_is SUPPORTED "larger for higher"
	# a sentence that opens with "And" goes on from the one before ("only an expert")
	q --db "$CDB" --claim "How much ketamine a patient needs depends on age, body composition and how severe the mental condition is, and only an expert can determine it."
	want_rc 0 "the And sentence"
	verdict_is SUPPORTED "And"
	# "not advisable to drive" denies driving
	q --db "$CDB" --claim "Patients can safely drive themselves home after the treatment."
	want_rc 1 "drive home"
	out_has 'conflict (negation): claim "drive", source "not advisable to drive"' "not advisable"
	# One claim a line: is|not, the verdict, a label, the claim.  Exit 0
	# comes with SUPPORTED alone.
	while IFS='|' read -r how want label claim; do
		q --db "$CDB" --claim "$claim"
		if [ "$how" = is ]; then verdict_is "$want" "$label"; else verdict_is_not "$want" "$label"; fi
		if [ "$want" = SUPPORTED ]; then
			if [ "$how" = is ]; then want_rc 0 "$label"; else want_rc 1 "$label"; fi
		fi
	done <<'CLAIMS'
is|SUPPORTED|no supervision: "unsupervised" denies as the claim does|Dependence and misuse become risks when people take ketamine on a regular basis with no supervision.
not|SUPPORTED|does not help: "proved effective" denies nothing|Ketamine does not help fibromyalgia or neuropathic pain.
is|SUPPORTED|proven: "with higher doses proving effective"|Higher doses of ketamine have reportedly proven effective in managing chronic pain.
is|SUPPORTED|must, in another passage ("should only be administered under the supervision")|Ketamine treatment must happen under the supervision of medical professionals.
is|SUPPORTED|chemists: a doer no passage names weighs half|Ketamine dates back to the 1960s, when chemists first synthesized it.
is|SUPPORTED|not fully: a part, as "more research is needed to fully understand"|Scientists still do not fully know the long-term effects of ketamine, so further studies are needed.
is|SUPPORTED|raises, in the sentence before ("increases the production of ... BDNF. BDNF supports")|Ketamine raises the level of BDNF, which helps neurons stay healthy and grow.
not|SUPPORTED|only then consult: two sentences that say two of the claim's words|People considering ketamine should first research the treatment process and only then consult a mental health specialist.
not|SUPPORTED|several years: a sentence with no time does not say a claim's time|The effects of ketamine last for several years after one dose.
is|SUPPORTED|days or weeks, in the third clause: another sentence may say it|Psychotherapy combined with ketamine gets patients ready for repeated doses, since the first few administrations may not clear up the condition, and some people need the drug for days or weeks.
is|SUPPORTED|staff watch: common English words the articles lack weigh as common|Medical staff watch patients closely while the ketamine infusion is running.
not|SUPPORTED|not out of place: "it is not out of place to state" denies nothing|Ketamine is too weak to help chronic pain.
is|SUPPORTED|come from the way: a cause, no origin the source must tell|Ketamine's success in PTSD is believed to come from the way it targets specific neural pathways involved in fear and memory.
is|SUPPORTED|boosts the effectiveness: "are more effective" says the direction|A calm, comfortable atmosphere boosts the effectiveness of biological therapies for mental conditions.
not|SUPPORTED|lowers the effectiveness: "more effective" says the other direction|A calm, comfortable atmosphere lowers the effectiveness of biological therapies for mental conditions.
not|SUPPORTED|solely on body weight: what "solely" speaks of, no passage names|The required ketamine dosage depends solely on the patient's body weight.
is|SUPPORTED|does not last: "temporary" says it|The mood benefit of ketamine infusions does not last, so most patients need continued treatment.
is|SUPPORTED|slower to take effect: "may take longer to take effect" says the direction|Nasal sprays and oral ketamine may be slower to take effect than IV infusions.
not|SUPPORTED|faster to take effect: "take longer" is no "faster"|Nasal sprays and oral ketamine may be faster to take effect than IV infusions.
is|SUPPORTED|reduces anxiety: "anti-anxiety properties" says the direction|The way ketamine reduces anxiety is not fully understood, but it is believed to modulate the brain's fear circuitry.
not|SUPPORTED|increases anxiety: "anti-anxiety" is the other direction|The way ketamine increases anxiety is not fully understood, but it is believed to modulate the brain's fear circuitry.
is|SUPPORTED|only in rare cases: little, not all|Potential side effects include dissociation and increased blood pressure, while hallucinations occur only in rare cases.
not|SUPPORTED|only a few: "few" may deny "many", the absolute stays|Only a few patients report feelings of clarity, relief or euphoria after ketamine sessions.
not|SUPPORTED|the Food and Drug Administration where 002 says the National Institute of Health|Ongoing research by the Food and Drug Administration is exploring new indications for ketamine therapy and refining its protocols.
is|SUPPORTED|get behind the wheel: the phrase says "drive"|Patients should not get behind the wheel to go home after a ketamine session.
not|SUPPORTED|switches on NMDA: the phrase reads as "activates" against "blocking"|Ketamine switches on the NMDA receptor.
is|SUPPORTED|come from targeting: a cause|Ketamine's success in PTSD is believed to come from targeting specific neural pathways involved in fear and memory.
is|SUPPORTED|half an hour: "in about 30 minutes to 3 hours"|Onset of ketamine's effects ranges from roughly half an hour to three hours, depending on the dose given.
not|SUPPORTED|three days: half an hour is 30 minutes, the numbers are still compared|Ketamine's effects show up about half an hour to three days after dosing.
is|SUPPORTED|not yet fully: no more than "not fully" ("research is needed to fully understand")|What ketamine does to patients over the long term is not yet fully understood and needs more research.
is|SUPPORTED|did not respond: "resistant to other therapies" says it, its "not" too|Interest in ketamine has grown for conditions that did not respond to other therapies.
is|SUPPORTED|dates back to: "first synthesized in the 1960s"|Ketamine dates back to the 1960s, when it was first produced.
not|SUPPORTED|dates back to the 1980s: "in the 1960s"|Ketamine dates back to the 1980s, when it was first produced.
not|SUPPORTED|a minimum of ten sessions: the answer's sentence before the window says "about three or more"|Patients should generally expect a minimum of ten ketamine sessions, with the number depending on the severity of the case and recovery progress.
is|SUPPORTED|common English words weigh no more than English uses them ("fades", "keep", "majority")|Because ketamine's benefit fades over time, the majority of patients need to keep receiving it.
not|SUPPORTED|a label naming a drug no source knows is the claim's subject, not a frame|Psilocybin-assisted therapy: efficacy in TRD trials
is|SUPPORTED|clinical shorthand: MH, 1st|Ketamine eligibility: must be under MH professional care for 1st dose
not|SUPPORTED|no problem to drive: "It is not advisable to drive yourself home"|After ketamine treatment it is no problem to drive yourself home alone.
not|SUPPORTED|a compared degree ("more common than") unsaid by the sentence shown: shots are injections, and no sentence says they are the commoner|Shots into the muscle or under the skin are actually more common than IV infusion therapy.
not|SUPPORTED|"intranasal esketamine" gives esketamine its route, though the sentence also says "oral treatments involve swallowing"|Esketamine is taken as a tablet that patients swallow.
is|SUPPORTED|the route the name's own clause gives|Esketamine is given as a nasal spray.
is|SUPPORTED|"don't worry" reassures, it denies nothing|During the infusion you might feel kind of dissociated, but don't worry, that usually fades once the treatment is over!
is|SUPPORTED|"all the way back" and "of all things" claim no whole|Of all things, ketamine dates all the way back to the 1960s, when it was first synthesized.
is|SUPPORTED|a denial in an opening condition asserts nothing: "If you'd rather not have a drip,"|If you'd rather not have a drip, it can also be given as a jab into the muscle or just under the skin.
is|SUPPORTED|"more small than" said by "smaller"|For mental health, ketamine is given in doses much more small than for anesthesia, and it can quickly ease the symptoms of distress.
is|SUPPORTED|"raise ... with their provider" says discuss, no direction|Prospective patients are advised to raise treatment costs and the possibility of insurance coverage with their healthcare provider.
is|SUPPORTED|"raise ... with" no adviser is still a direction, said by "increase"|Ketamine can temporarily raise blood pressure together with heart rate.
is|SUPPORTED|"nasal versions" are formulations, "cut down" reduces|Part of why they're trying the nasal versions is to make the benefit last longer and cut down the side effects you get from having drip after drip.
is|SUPPORTED|"made in a laboratory" says synthesized|Ketamine was first made in a laboratory back in the 1960s.
is|SUPPORTED|"back" weighs nothing: "keep coming back"|The catch with ketamine for depression? The relief wears off, so most patients have to keep coming back for more treatment.
is|SUPPORTED|"bounce back" says resilience|It's not just about symptoms: PTSD patients on ketamine say they handle their emotions better, bounce back from stress more easily and think more clearly.
not|SUPPORTED|"alongside an antidepressant tablet": "oral tablets" does not name the antidepressant|Esketamine nasal spray is meant to be taken alongside an antidepressant tablet.
is|SUPPORTED|"used less often than" said by "less common"|Nasal sprays and oral tablets of ketamine exist, but clinics use them less often than IV infusions.
is|SUPPORTED|dates from: "first synthesized in the 1960s"|The discovery of ketamine dates from the 1960s.
not|SUPPORTED|dates from the 1990s: "in the 1960s"|The discovery of ketamine dates from the 1990s.
is|SUPPORTED|ECT spelt out beside it: the claim says its words again|Ketamine has effects similar to electroconvulsive therapy (ECT).
is|SUPPORTED|ECT then its words in brackets|The way ketamine acts on your neurons sets off effects a lot like the ones you get from ECT (electroconvulsive therapy).
not|SUPPORTED|TMS not spelt out: a word in no source (ECT is clinical shorthand: "electroconvulsive")|Ketamine has effects similar to TMS (a brain treatment).
not|SUPPORTED|first developed as an antidepressant: 003's anaesthetic in that place outweighs 004's "develop"|Ketamine was first developed as an antidepressant.
not|SUPPORTED|Centers for Disease Control: a name's words are no "clinics" nor "managing"|The Centers for Disease Control is running research into new uses for ketamine.
is|SUPPORTED|a title's capitals name nothing: its words keep their kin ("eases": "relief")|Ketamine Eases Depression Within Hours
is|SUPPORTED|raises: "By enhancing BDNF levels" says the direction|Ketamine raises BDNF levels, and that helps the brain build new connections and pathways.
not|SUPPORTED|lowers: "By enhancing BDNF levels" is the other direction|Ketamine lowers BDNF levels, and that helps the brain build new connections and pathways.
is|SUPPORTED|not the same for everyone: "individual experiences vary" says it|Following their sessions, many patients describe feelings of clarity, relief and euphoria, although the experience is not the same for every individual who receives the treatment.
not|SUPPORTED|not the same, where the source says no variation nor denial|Ketamine is not the same drug that was first synthesized in the 1960s.
is|SUPPORTED|rehabilitation centres: "rehab centers" (a clipped word is kin)|Ketamine infusions are considered at a number of residential rehabilitation centres in those cases in which other treatments have not proved effective.
is|SUPPORTED|sick to the stomach: the phrase says "nausea"|Feeling sick to the stomach is a possible side effect of ketamine therapy.
is|SUPPORTED|short-lived: the hyphened phrase says "temporary"|The mood benefit of ketamine infusions is short-lived, so most patients need to keep receiving treatment.
not|SUPPORTED|sick to the stomach for years: no source gives years|Feeling sick to the stomach for several years is a common side effect of ketamine therapy.
is|SUPPORTED|more slowly: "may take longer" says the direction|Nasal and oral ketamine often serve as maintenance after the first treatments, but they can work more slowly than infusions.
not|SUPPORTED|more quickly: "may take longer" is the other direction|Nasal sprays and oral ketamine appear to take effect more quickly than infusion therapy.
not|SUPPORTED|typically as an oral tablet: 000's usual route, two sentences before its tablets, is IV|Ketamine is typically administered as an oral tablet.
is|SUPPORTED|maintain, kick in: "maintenance", "take longer to show effects"|Nasal sprays and pills are often used to maintain progress after the first treatments, although they can take longer to kick in than an infusion.
is|SUPPORTED|spaced out, goes away: "dissociation", "subsides"|During an infusion, patients might feel disconnected or spaced out, but this feeling usually goes away once the treatment is over.
is|SUPPORTED|the first round of treatment: "initial treatments"|Nasal sprays and pills are often brought in as maintenance once the first round of treatment is done.
is|SUPPORTED|don't hesitate: an encouragement, no denial|Don't hesitate to ask your healthcare provider about the costs of ketamine therapy and whether insurance covers it.
is|SUPPORTED|not used as often as: 000's "these are less common" says the degree|Ketamine can also be taken as a nose spray or as pills, but these ways are not used as often as the IV drip.
not|SUPPORTED|less common than, the sides turned round: 000's nasal sprays are the rarer|IV infusions are less common than nasal sprays and oral tablets.
not|SUPPORTED|not used as often as, the sides turned round|IV infusions are not used as often as nasal sprays and oral tablets.
is|SUPPORTED|the FAQ sheet says: a text's capitals name no source|The FAQ sheet even says the FDA approved ketamine for treatment because it's considered a safe drug.
is|SUPPORTED|something called BDNF names no kind ("neurotransmitter called"); ramps up: "increases"|Ketamine ramps up production of something called BDNF, which keeps brain cells healthy and helps them grow.
is|SUPPORTED|Mom: a family word capitalized is a person, no name a source must give|To qualify, Mom has to be under the care of mental health professionals when she gets her first dose.
is|SUPPORTED|TRD: clinical shorthand for "treatment-resistant depression"|IV ketamine infusion is recognized as effective for TRD and alcoholism.
is|SUPPORTED|PO: clinical shorthand for "oral"|Intranasal spray and PO tablet forms of ketamine exist but are used less often than IV infusion.
not|SUPPORTED|the most common AE: shorthand read by the conflicts too ("in rare cases, hallucinations")|Hallucinations are the most common AE of ketamine infusion.
is|SUPPORTED|is followed by: the passive of "leading to", no opposite (WordNet's follow/lead)|NMDA receptor blockade by ketamine is followed by increased glutamate release, and this surge is thought to trigger a cascade of events.
is|SUPPORTED|typically through an IV infusion: the usual route the source names|Ketamine is typically given through an intravenous infusion in a clinic.
not|SUPPORTED|typically as an intramuscular injection: 000's usual route, in a sentence short of the claim's words, is IV|At the clinic, ketamine is typically given as an intramuscular injection.
is|SUPPORTED|intramuscular injections usually given in a clinic: what is given, not how|Intramuscular injections of ketamine are usually given in a clinic setting.
is|SUPPORTED|dated to: "first synthesized in the 1960s"|Origin of ketamine dated to the 1960s.
not|SUPPORTED|dated to the 1970s: "in the 1960s"|Origin of ketamine dated to the 1970s.
is|SUPPORTED|everyone's experience is different: a variation, no absolute ("individual experiences vary")|Lots of people say they feel clear-headed, relieved and even euphoric after a session, though everyone's experience is different.
not|SUPPORTED|everyone feels euphoric: the absolute stays|Everyone feels clear-headed, relieved and euphoric after a ketamine session.
not|SUPPORTED|the serotonin system in the glutamate system's place (003, the same phrase) outweighs 001's contrast sentence that names serotonin|Ketamine therapy operates through modulation of the serotonin system, specifically targeting NMDA receptors in the brain.
is|SUPPORTED|originated in: "first synthesized in the 1960s"|Ketamine originated in the 1960s.
not|SUPPORTED|originated in the 1980s: "in the 1960s"|Ketamine originated in the 1980s.
is|SUPPORTED|knocked out: the phrasal verb says "disrupted"|Part of how ketamine works so fast on depression is by rebuilding synaptic connections that depression has knocked out.
is|SUPPORTED|go back to: "first synthesized in the 1960s"|Ketamine's origins go back to the 1960s, when the compound was first created.
not|SUPPORTED|Special K: a name's word is no "particular"|On the street, ketamine is often called Special K.
is|SUPPORTED|PCP: an acronym's synonyms still state it ("phencyclidine")|Ketamine is chemically descended from PCP.
is|SUPPORTED|enough: an adverb weighs as often as English uses it ("the cost of treatment can be prohibitive")|For some people, the expense of ketamine therapy is high enough to put it out of reach.
is|SUPPORTED|Hx: capitalized clinical shorthand is no name ("medical history")|First step before starting ketamine is to see a mental health specialist, who judges suitability from the medical Hx and current condition.
is|SUPPORTED|not ... as often: said by "reduce the frequency"|If you're dealing with PTSD, it can help make the flashbacks and anxiety attacks less severe and not come around as often.
not|SUPPORTED|stimulation: the noun against "blocking"|Core MoA is stimulation of the NMDA receptor rather than blockade.
not|SUPPORTED|in teenagers: the people a claim is about weigh in full, as a name does|Ketamine eases depression in teenagers, trial finds.
is|SUPPORTED|aren't used as often: a contracted denial of a degree, said by "less common"|Besides the IV drip, ketamine also comes as nasal sprays and pills, but those aren't used as often.
is|SUPPORTED|different for everyone: a variation, no absolute|Many people tell us they feel clear-headed, relieved and even euphoric after their sessions, though it's different for everyone.
not|SUPPORTED|the same for everyone: an absolute|The right ketamine dose is the same for everyone, regardless of age, body composition or how severe the condition is.
is|SUPPORTED|SE: shorthand for side effect, no name a contrast could set against ketamine|Psychosis is a rare but listed SE of ketamine therapy.
is|SUPPORTED|can't get it: said by "posing a barrier to accessibility"|Ketamine treatment can be so expensive that some people just can't get it.
not|SUPPORTED|poses no barrier: the claim's own word is no denial of the source's|The cost of ketamine treatment is modest enough that it poses no access barrier for patients.
is|SUPPORTED|no newcomer: a denial of newness said by "first synthesized in the 1960s"|Ketamine is no newcomer: chemists first made it in the 1960s.
is|SUPPORTED|a size compared with nothing in a clause of its own ("smaller doses" for distress)|Medical experts have also examined ketamine for the management of chronic pain, where higher doses have proven effective.
is|SUPPORTED|every session counts: said by a warning against skipping sessions|Every session counts, and skipping one can slow down your recovery.
is|SUPPORTED|every once in a while: at times, no absolute|Side effects can include feeling dissociated, higher blood pressure, nausea, and every once in a while hallucinations.
is|SUPPORTED|I never knew: a denied verb of knowing frames the fact, no denial|I never knew ketamine was a strong anesthetic used by vets as well as in ordinary medicine.
is|SUPPORTED|completely different: stresses a difference ("a distinct pathway"), no absolute|Your standard antidepressants go after serotonin, but ketamine takes a completely different route through the brain.
is|SUPPORTED|an opening question asks, its "not" denies nothing|Not keen on IVs? Ketamine can also be injected into a muscle (IM) or under the skin (SC).
is|SUPPORTED|"all" floating after a list's last noun says each of the list|Side effects can be managed. Dose adjustments, careful selection of lower-risk patients, and a calm, supportive environment all help ease discomfort.
is|SUPPORTED|figure it out: the phrase says "determined"|Your dose depends on your age, your body composition, and how bad your condition is, and only an expert can figure it out.
is|SUPPORTED|no one ... unless: a condition, as "to qualify ... must" says|Let me be plain with you: no one qualifies for ketamine therapy unless mental health professionals are caring for them when that first dose is given.
not|SUPPORTED|alone: the heading's question "Should I come for the treatment alone?" is answered "No."|Patients are advised to attend ketamine sessions alone.
is|SUPPORTED|rather than come alone: the claim declines what the answer "No." denies|You should bring someone with you to the treatment rather than come alone.
is|SUPPORTED|a child's words: "medicines for sadness", "brain messenger", "road"|Older medicines for sadness usually work on a brain messenger called serotonin, but ketamine takes a different road inside the brain.
is|SUPPORTED|Please don't skip: advice said by "skipping sessions may slow your rate of recovery"|Please don't skip sessions, because missing them can slow down how fast you recover.
is|SUPPORTED|plain words: "mix it with", "daily habits" (lifestyle)|To get the most good out of ketamine, you can mix it with other kinds of help, like talking with a counselor or changing your daily habits.
not|SUPPORTED|serotonin joined to ketamine against the source's contrast; "brain" sides with neither|Like most older depression pills, ketamine works mainly on a brain chemical called serotonin.
is|SUPPORTED|"neurotransmitters", the class of both sides' things, joins nothing the source sets apart|By interacting with NMDA receptors, ketamine helps rebalance neurotransmitters in the brain, which leads to fast improvements in mood.
is|SUPPORTED|"above all" (especially) claims no whole|Ketamine can briefly raise a patient's blood pressure and heart rate, and that is why careful monitoring is essential, above all for those with cardiovascular concerns.
is|SUPPORTED|"aren't used as much as" compares, it denies no use|You can also get ketamine as a nose spray or a pill, but those aren't used as much as the IV.
is|SUPPORTED|a committee addressed (", members,") is no detail of the claim|Ketamine is a potent anesthetic, members, that is used routinely not only in human medicine but in veterinary practice as well.
is|SUPPORTED|an emergency doctor's shorthand: ket, AD, NT|ket is a PCP derivative, acts on NMDA, alters NT activity
not|SUPPORTED|a likeness to another thing: "similar to those of SSRIs" against "similar effects to electroconvulsive therapy"|Ketamine interacts with neurons to trigger effects similar to those of SSRIs.
is|SUPPORTED|"don't be surprised if that happens" reassures, it denies nothing|Some people get a bit of temporary psychological discomfort or really vivid dreams from the treatment, so don't be surprised if that happens to you.
is|SUPPORTED|"must be continued" is said by "necessitating ongoing treatment"|Many patients signal an important diminution of their depressive symptoms in the hours or the days after the first infusion, but these effects are only temporary, so that in most cases the treatment must be continued.
is|SUPPORTED|"not be as bad" is a degree, said by "reduce the severity"|For people with PTSD, ketamine makes flashbacks and anxiety attacks happen less often and not be as bad.
not|SUPPORTED|"no obstacle" is denied, not said, by "posing a barrier"|The cost of the ketamine treatment is so modest that it represents for the patients no obstacle to the access.
is|SUPPORTED|"feel all floaty": an intensifier, no whole; "floaty and disconnected": dissociative|During the drip you might feel all floaty and disconnected, but it usually goes away once the treatment's over.
not|SUPPORTED|a span of time in a sentence holding the words of the quantity's clause: "improvement ... within an hour" against "several weeks"|With PTSD and anxiety, don't expect any improvement until several weeks after your first dose!
is|SUPPORTED|"other medications have needed weeks": a span said of other things stands against no "within hours"|When it is used for mental health rather than for surgery, ketamine is given at far lower doses, and it can ease a patient's distress quickly even where other medications have needed weeks to work.
is|SUPPORTED|"only adds to" stresses an addition, no limit|Researchers have also found that ketamine calms inflammation in the brain, which only adds to its promise as a new kind of antidepressant.
is|SUPPORTED|"max" is shorthand for maximize, no substance's name|best to pair ket w/ counseling or lifestyle changes to get max benefit
is|SUPPORTED|a claim of two clauses may be stated by three sentences that go on one from another|Ketamine was first made back in the sixties, and it's actually derived from PCP.
is|SUPPORTED|"no two experiences are the same" is said by "individual experiences vary"|Clarity, relief, even euphoria: that's what many patients say they feel after their sessions, though no two experiences are the same.
is|SUPPORTED|made in a lab: "lab" says synthesized|Ketamine was first whipped up in a lab back in the 1960s.
not|SUPPORTED|"WHO" in capitals is the World Health Organization, no pronoun a source holds|ket is on WHO essential medicines list
is|SUPPORTED|a long claim asks less of one sentence: a letter's many words around what 000 states|The patient afflicted with post-traumatic stress disorder is said to find that, under ketamine, his flashbacks of the original horror and his attacks of anxiety grow both milder and less frequent.
is|SUPPORTED|a farmer's "happy pills" (antidepressants), "folks" (people)|The usual happy pills go after the brain's messenger juices like serotonin, but this stuff takes a whole different road through the head.
is|SUPPORTED|an old-fashioned "nineteen-sixties" is the 1960s|The drug was first prepared in the nineteen-sixties, and in those early days it was put to use as an anaesthetic.
is|SUPPORTED|"Last of all" (finally) claims no whole|Last of all, consider combining ketamine therapy with counseling to maximize the benefits.
is|SUPPORTED|"a long time ago" beside the decade it names says nothing more|Ketamine was first made a long time ago, back in the 1960s.
is|SUPPORTED|"enough" is a light word: "high enough to put it out of reach"|For some people, the price of ketamine treatment is high enough to put it out of reach.
is|SUPPORTED|a remark after the claim, its words in no source ("Cha-ching."), weighs nothing|FAQ says you're generally looking at three or more sessions. Cha-ching.
is|SUPPORTED|a remark denies nothing ("Not kidding.")|Ketamine was first synthesized in the 1960s. Not kidding.
not|SUPPORTED|a later sentence with a word sources hold is no remark|FAQ says you're generally looking at three or more sessions. Insurance covers all of it.
is|SUPPORTED|a list's number opens the sentence: "Originally" is no name|1.3 Originally developed as an anaesthetic, ketamine has drawn attention for its dissociative effects.
is|SUPPORTED|a view named as a noun is a frame ("Our advice is that")|Our advice is that patients should not drive themselves home after a ketamine session and should bring someone who can stay with them and take them home.
is|SUPPORTED|a lead-in before a colon ("Here's an irony ... to chew on:")|Here's an irony for the drug warriors to chew on: ketamine is also used to treat substance use disorders.
not|SUPPORTED|"a single session" counts one against "about three or more sessions"|Most clients need just a single ketamine session.
is|SUPPORTED|"only happens in rare cases" hedges as "only in rare cases" does: no absolute|psychosis is one of the possible side effects but that only happens in rare cases
not|SUPPORTED|"sooner" is a direction the evidence must say ("take longer" says the other)|3.6 Compared with infusion therapy, nasal sprays and oral preparations tend to show their effects sooner.
is|SUPPORTED|a topic before a colon scopes the clause after it, and its words weigh ("much smaller doses" is for distress)|Chronic pain w/ ketamine: it's the higher doses that have proven effective.
is|SUPPORTED|"subQ" is shorthand for subcutaneous|Pt not keen on an IV line? IM or subQ injections are the alternative.
not|SUPPORTED|a word in no source that carries most of the claim's weight is what it is about ("Nystagmus")|Nystagmus common during infusion.
is|SUPPORTED|a denial in a condition after the main clause is no denial a source must make|basically you can be eligible for ketamine therapy if the regular antidepressants never worked for you
not|SUPPORTED|an opening "If" with no comma leaves the main clause's denial a denial|If you skip some ketamine sessions it don't change anything for how fast you recover.
is|SUPPORTED|"go after" is "target", "old guard" "traditional"|The old-guard antidepressants mostly go after serotonin; ketamine, to its credit, takes an entirely different route through the brain.
is|SUPPORTED|the shown sentence states the claim's span of time; another passage's "several days or weeks" is about the total cure|Some improvement in PTSD and anxiety symptoms begins within an hour of receiving ketamine.
is|SUPPORTED|an agreement's frame: "The Patient acknowledges that"|The Patient acknowledges that ketamine is derived from phencyclidine.
is|SUPPORTED|"advised" frames only before "that": "advised against" stays the claim's|Patients are advised against driving themselves home after a ketamine session.
is|SUPPORTED|"failure to attend" is skipping, "retard" slows, "pace" is rate|Failure to attend scheduled sessions may retard the pace of the patient's recovery.
not|SUPPORTED|a passive permission against "don't ditch follow-up appointments" ("skip" and "ditch" are kin)|Once patients feel much better, follow-up appointments can safely be skipped.
is|SUPPORTED|a heading's question answered "No" says the claim's "Don't go alone"; "bring someone" is "accompany"|Don't go alone - better to bring someone who stays the whole session and takes you home.
not|SUPPORTED|"without supervision" before "no risk" does not cancel the denial|Regular use without supervision carries no risk of dependency or misuse.
is|SUPPORTED|"with nobody supervising" is unsupervised|Regular ketamine use with nobody supervising might put you at risk of dependency or misuse.
is|SUPPORTED|a chat's "no cap" denies nothing, "crank out" is producing|ketamine literally makes your brain crank out more BDNF (brain-derived neurotrophic factor) no cap
is|SUPPORTED|"not me finding out" opens a chat's claim; it denies nothing|not me finding out ketamine is a strong anesthetic they use in both hospitals AND vet clinics
is|SUPPORTED|"thoughts that just won't go away" are persistent ones: no denial|Ketamine can give people a break from those nagging intrusive thoughts that just won't go away.
is|SUPPORTED|a denied "last" said again by the claim's own "temporary"|The benefit doesn't last, though - the effects are temporary, so most patients end up needing ongoing treatment.
is|SUPPORTED|"In the FAQ," names the text that says it, no one a source must be|In the FAQ, readers are told that they should generally expect about three or more treatment sessions.
is|SUPPORTED|"set you back" is the cost, "chip in" covering it|Ask your doctor what it will set you back and whether insurance will chip in.
is|SUPPORTED|"the operating room" is surgery|Before its psychiatric career began, ketamine had traditionally served as an anesthetic in the operating room.
is|SUPPORTED|"I won't gloss over it," promises candour and denies nothing|I won't gloss over it, Doctor: the cost of treatment can be prohibitive and a barrier to access for some patients.
is|SUPPORTED|"queasy" is nausea|You could feel a bit dizzy or queasy, either while it's going in or after.
is|SUPPORTED|"not a good idea" is "not advisable"; "plan on" weighs nothing|Please don't plan on driving yourself home afterward; it's not a good idea.
is|UNSUPPORTED|"banned" is no kin of a "prohibitive" cost (a stem both share); 004 says the FDA approved it|The FDA, as I understand it, has banned ketamine as a treatment.
is|SUPPORTED|a "prohibitive" cost is an expensive one (kin; "prohibited" is not)|Honestly the biggest downside is the price, it can be so expensive that a lot of people just can't access it.
is|SUPPORTED|"knocks you out" is anesthetize, kin of the source's "anesthetic"|#1: The ketamine used for mental health comes in far smaller doses than the amount that knocks you out for surgery.
is|UNSUPPORTED|"switching on" is activate, whose kin "activation" does not make "active" a kin word|Ketamine blocks the AMPA receptor and switches on the NMDA receptor.
is|SUPPORTED|a dropped g is given back ("feelin'" is "feeling"); "skip out on" is skip|Even if you're feelin' fit as a fiddle, don't you skip out on them follow-up appointments, you hear me?
is|SUPPORTED|a speaker's "uh" weighs nothing|So during the infusion you might drift into that, uh, floaty, detached state, but it usually goes away once the treatment's over.
not|SUPPORTED|"sticks around" lingers, past "um", against "this effect typically dissipates"|That dissociative state, um, usually sticks around for weeks after the infusion.
not|SUPPORTED|a name is said by itself: "Special K" by no "specialized" clinic|Folks call ketamine Special K.
is|SUPPORTED|a phrase that opens with a stop word is read ("how old" is age, "how bad" severity); "comes down to" depends|As far as I know, the dose you need comes down to how old you are, your body makeup, and how bad your condition is.
is|SUPPORTED|a price "too steep" is expensive|And look, man, the price of it can be too steep for some people, and that keeps them from getting it.
is|SUPPORTED|a Victorian letter's "likewise" weighs nothing, "respite" is relief, "affliction" a disorder|Obsessive-compulsive disorder, I am told, may likewise be managed by a course of ketamine, which affords the sufferer some respite from those persistent and intrusive thoughts that are the very mark of that affliction.
is|SUPPORTED|Scots function words weigh nothing ("ye", "yer", "tae", "wi'"); "folk" are people|How much they gie ye depends on yer age, yer build, and how bad yer condition is.
is|SUPPORTED|Scots "cut doon" is reduce|During a ketamine infusion the medical staff keep a close eye on ye, tae cut doon on the side effects.
is|SUPPORTED|a dialect's short words that neither the sources nor WordNet know weigh nothing ("dem", "dey", "wey")|Dem dey even use ketamine treat people wey get substance use disorder.
not|SUPPORTED|numbers are no dialect words: "6 to 12 hours" still weighs|Depending on the dose, ketamine takes about 6 to 12 hours to start working.
not|SUPPORTED|a phrase of light words naming a detail weighs through its first word ("seeing things": hallucinations, rare)|Seein' things is one of the most common side effects, mate, 'appens to most people what 'ave it.
is|SUPPORTED|"how often" and "how long" weigh as frequency and duration|How often you come in and how long each treatment runs really varies, so it's tailored to what you need.
is|SUPPORTED|"put you under" weighs as anesthetizing|The ketamine dose they give you for your head is a lot smaller than what they use to put you under for surgery.
not|SUPPORTED|"Depending on the dose" weighs, so a passage without it is no support for "3 and 5 days"|Depending on the dose, ketamine's effects show up somewhere between 3 and 5 days after it's given.
is|SUPPORTED|"less often" and "hit less hard" say a lower frequency and severity|If you have PTSD, ketamine can make those scary flashbacks and panic attacks show up less often and hit less hard.
is|SUPPORTED|"the cost alone can be" says "only the cost", no one going alone against "Should I come alone? No."|Consider this: for some people, the cost of this treatment alone can be prohibitive, a real barrier to getting it.
is|SUPPORTED|"without" in a gerund subject names the case spoken of, no denial of supervision|Usin' ketamine regular without anybody supervisin', well, that might get a man dependent on it or misusin' it.
not|SUPPORTED|"don't carry no risks" denies the risks that "is not without risks" asserts|I tell you what, darlin', ketamine therapy don't carry no risks at all.
is|SUPPORTED|"a different road" is "a distinct pathway"; "altogether" and "the like" weigh nothing|The ordinary depression pills mostly go after serotonin, but ketamine takes another road in the brain altogether.
is|SUPPORTED|"y'all" and "y’all" are "you", no "all" a source must say|Ketamine's a strong anesthetic, y’all, and it gets used by vets on animals, not just by the people doctors.
is|SUPPORTED|"problems" are kin of "disorders"|It's not only for mood either, they use it to treat substance use problems too.
is|SUPPORTED|"Per documentation," is an attribution whose "per" weighs nothing|Per documentation, the compound is a derivative of phencyclidine.
is|SUPPORTED|"the green light" is an approval, "knockout drug" an anesthetic|America's FDA has given ketamine the green light for treatment after judging it a safe drug.
is|SUPPORTED|"painkilling" is "analgesic"|Good news for anybody with fibromyalgia: ketamine's painkilling side has been shown to work on it.
not|SUPPORTED|"can blow off the follow-ups" permits what "don't ditch follow-up appointments" forbids|Once you're feeling better you can blow off the follow-up appointments, no harm done.
not|SUPPORTED|"breaks down the connections" is the opposite of "establish new connections"|Ketamine actually breaks down the connections between your brain cells.
is|SUPPORTED|"some weeks" of conventional antidepressants is no number against ketamine's hours|Normal antidepressants can need some weeks before you notice effect, but ketamine often give results already after few hours.
is|SUPPORTED|a closing "so don't" advises against what the claim says does harm, no denial a source must make|Skip a session and you might slow down getting better, so don't.
is|SUPPORTED|"or not" offers an alternative, no denial|Ketamine actually derived from phencyclidine one, you know or not?
is|SUPPORTED|"patches up" what depression "rips apart" is restoring what it disrupts; a "mood lift" is an antidepressant effect|The drug patches up the brain connections that depression rips apart, and that is how it delivers its lightning-fast mood lift.
is|SUPPORTED|Jamaican "nuh common like di IV" is "less common than the IV"; "di", "dem", "deh", "likkle" weigh nothing|Yuh can get ketamine as a nose spray or a likkle tablet too, but dem way deh nuh common like di IV, yuh understand?
is|SUPPORTED|"not so common" denies a degree, said by "less common"|Apart from the drip, nose spray and tablet forms of ketamine are also there, but these are NOT so common ok.
is|SUPPORTED|Jamaican function words ("inna", "tink", "bout", "ting", "bredda") weigh nothing|Bredda, before yuh even tink bout ketamine, di first ting yuh fi do a go reason wid a health professional weh specialize inna mental health.
is|SUPPORTED|a closing "so don't" with a few words after it advises, no denial a source must make|Ya skip your sessions, ya might slow down how fast ya get better, so don't go blowin' 'em off.
not|SUPPORTED|"so don't" with a claim of its own after it still denies|Ketamine is safe, so don't believe that it can raise your blood pressure for a while.
is|SUPPORTED|"isn't one-size-fits-all" is what "depends on" says|Dosing isn't one-size-fits-all; the required dose depends on age, body composition and how severe the mental condition is.
is|SUPPORTED|"Only problem is" names the one drawback, no claim that only the cost is a problem|Only problem is the cost! For some people ketamine treatment can be too expensive, and that becomes a barrier.
is|SUPPORTED|"every biological therapy" is said by "all biological therapies"|Generally speaking, every biological therapy for mental problems works better when the atmosphere around is calm, comfortable and peaceful.
not|SUPPORTED|"only recently" still claims a newness the sources do not state|Ketamine is a new drug that only recently entered medical practice.
is|SUPPORTED|"always" before a gerund describes a state ("always feeling jumpy" is hyperarousal), no absolute|With PTSD, ketamine can help with the nightmares, the flashbacks, and always feeling jumpy.
not|SUPPORTED|"always" before a finite verb stays an absolute|Patients always feel clear-headed and euphoric after a session.
is|SUPPORTED|"not unlike those of" likens (litotes), no denial|In its action on neurons, ketamine triggers effects not unlike those of electroconvulsive therapy, which ought to give the skeptics pause.
is|SUPPORTED|an interjection ("Eish,") weighs nothing; "the catch is" is an aside|Eish, the catch is the effects don't last, so most people need to keep going back for ongoing treatment.
is|SUPPORTED|a label's direction word ("lore drop:") is no direction the claim gives|lore drop: ketamine is derived from phencyclidine
is|SUPPORTED|a gamer's "nerfs" reduces|For PTSD it nerfs the flashbacks and anxiety attacks, both how hard they hit and how often they spawn
is|SUPPORTED|the shown sentence names the claim's receptor ("another receptor called AMPA"): the sentence before it naming NMDA is no substitution|Ketamine also activates a receptor called AMPA.
not|SUPPORTED|the shown sentence naming AMPA does not hide the opposite verb ("blocks" / "activates")|Ketamine blocks a receptor called AMPA.
is|SUPPORTED|a denial in a sentence of its own ("Innovation never sleeps!") is not read in a source sentence that says none of its words|Innovation never sleeps! Clinicians are exploring intranasal ketamine to stretch out the antidepressant effects and cut down on side effects from repeated infusions.
is|SUPPORTED|the writer's "You're not doing this alone, love." denies nothing the sentence on monitoring must say|You're not doing this alone, love. Medical pros keep a close eye on patients during ketamine infusions to keep side effects to a minimum.
not|SUPPORTED|a denying sentence whose words a source says stays a denial (guard)|Ketamine is not derived from phencyclidine. It acts on the brain's NMDA receptors.
is|SUPPORTED|"generally speaking" is a manner of speaking, an aside|Typical course, generally speaking, is about three sessions or more.
is|SUPPORTED|"In the ordinary course of things," is a narrator's aside|In the ordinary course of things, ketamine treatment runs to about three sessions, sometimes more.
is|SUPPORTED|"subcut" is shorthand for subcutaneous|For the patient who'd rather skip the IV, intramuscular or subcut injection is the alternative.
is|SUPPORTED|"all three" after a list of three says each of them, no absolute|Living with fibromyalgia, nerve pain or complex regional pain syndrome? Ketamine's pain-relieving properties have proved effective for all three.
is|SUPPORTED|"pain that never goes away" is chronic pain, no denial|Ketamine isn't just for depression, it looks like it might help with bipolar disorder and even pain that never goes away.
not|SUPPORTED|"never" before another verb still denies ("never wear off" is not said by "temporary")|Ketamine's effects never wear off.
not|SUPPORTED|"temporary" is what the denied "wear off" means, no statement of its denial|Ketamine's effects do not wear off.
is|SUPPORTED|"temporary" states the denial of "last" (guard)|Ketamine's effects don't last.
is|SUPPORTED|a writer's impression at the end (", which sounds really scary.") is no detail to state|In super rare cases ketamine might even cause psychosis, which sounds really scary.
not|SUPPORTED|"just as fast as ketamine" compares: a sentence that says ketamine is rapid and unlike antidepressants does not say they are as fast|Regular antidepressants actually work just as fast as ketamine.
is|SUPPORTED|"as little as thirty minutes or as long as three hours" is no comparison (guard)|Onset varies with the quantity administered: ketamine may need as little as thirty minutes or as long as three hours to act.
is|SUPPORTED|"isn't as common as the IV" is a lesser degree, no equal one (guard)|You can also get it as a shot into the muscle or under the skin, which isn't as common as the IV, and that's still done at a clinic.
is|SUPPORTED|an opening sympathy sentence ("I understand how exhausting that must be.") is a frame, and its "must" no absolute|I understand how exhausting that must be. Ketamine can bring relief from PTSD symptoms such as hyperarousal and nightmares.
not|SUPPORTED|a denial after an opening sympathy sentence is still the claim's (guard)|I'm so sorry you're going through this. Ketamine can take weeks to work.
is|SUPPORTED|"one little molecule" sizes, no denial ("little" without "a" still denies)|Beyond depression, ketamine is showing promise for PTSD, OCD, bipolar disorder and chronic pain, quite the range for one little molecule.
not|SUPPORTED|"little effect" still denies (guard)|Ketamine has little effect on depression.
is|SUPPORTED|"detached from it all" is the whole situation, no absolute|You may feel a bit detached from it all during the infusion, but that usually wears off once the treatment's over.
not|SUPPORTED|"steer clear of combining" is "avoid combining", against "consider combining"|The advice from the ground is to steer clear of combining ketamine therapy with counseling or lifestyle changes.
is|SUPPORTED|a "neither" closing a denied clause is a speaker's tag, no denial of its own|It ain't just for depression, neither; ketamine's showing promise for PTSD, OCD, bipolar, and chronic pain.
not|SUPPORTED|a denial before a closing "neither" still denies (guard)|Ketamine doesn't block the NMDA receptor, neither.
is|SUPPORTED|"does not appear confined to" softens its denial as "not confined to" does|The efficacy of ketamine does not appear confined to depression; promise has also been shown in PTSD, OCD, bipolar disorder and chronic pain.
is|SUPPORTED|"don't last forever": "forever" is the idiom's, and the denied "last" ranks "temporary", so the source that says it is found|Trouble is, the relief don't last forever, so most folks have to keep coming back for more treatments.
is|SUPPORTED|a closing wonder ("Isn't the brain something?") asks nothing and denies nothing|While ketamine blocks one receptor, it switches on another one called AMPA. Isn't the brain something?
is|SUPPORTED|a route named by the source's own tag ("IM into muscle or subQ") joins nothing the tags set apart|If the pt doesn't want an IV, IM into muscle or subQ under the skin are the alternatives.
is|SUPPORTED|"OCD, too, came to be counted": "too" before a comma is no "too ... to" denial (guard: the start binary lets "Unlike" say it)|Obsessive-compulsive disorder, too, came to be counted among the conditions that ketamine therapy could help manage, bringing relief from the persistent intrusive thoughts that marked it.
not|SUPPORTED|"no quicker than" is not said by "Unlike conventional antidepressants, ... ketamine often produces results within hours"|Ketamine is no quicker than the usual antidepressants, you'd still be waiting weeks to feel anything.
is|SUPPORTED|"not the weeks" is still said by "Unlike conventional antidepressants, which may take weeks" (guard)|Doctor, your patients can often feel relief from depressive symptoms within a matter of hours after dosing, not the weeks they're used to waiting.
not|SUPPORTED|a denied trouble ("isn't really an access issue") is not said by "posing a barrier to accessibility"|Cost isn't really an access issue for ketamine treatment, it's cheap enough for pretty much anyone.
is|SUPPORTED|a trouble said with a denied access ("can't get access") is said by "posing a barrier" (guard)|Price is a real problem, treatment can cost so much that some patients just can't get access.
is|SUPPORTED|a denied "lasting" is said by "temporary", as a denied "last" is|Ketamine's effects are not lasting, so most patients need ongoing treatment.
is|SUPPORTED|"keeps a close eye on you" is "monitor"|You're in good hands: during a ketamine infusion, the medical team keeps a close eye on you.
is|SUPPORTED|"A soft reminder that" opens the claim as an aside|A soft reminder that ketamine is also being explored for bipolar disorder and OCD.
is|SUPPORTED|"don't see those near as often" denies a frequency, said by "less common"|Besides the IV, you can get it as a nose spray or a pill, though folks don't see those near as often.
is|SUPPORTED|"had no luck with" is "not responded to"|Folks who've had no luck with the regular antidepressants are among them that can qualify for ketamine.
not|SUPPORTED|"had good luck with" is no denied response (guard)|People who had good luck with antidepressants qualify for ketamine.
is|SUPPORTED|"rxn" is clinical shorthand for "reaction", "happen" is "occur"|True allergic rxn to K is rare, but it can happen and you need to jump on it right away.
not|SUPPORTED|a note's label and predicate ("Allergic rxns to ket: common.") meets "Although rare" (guard: "rxns" unknown before)|Allergic rxns to ket: common.
not|SUPPORTED|a synonym that stems as another word ("unlikely" for "supposed", stemmed as "unlike") meets nothing|You're not supposed to eat anything for a few hours before a ketamine infusion.
not|SUPPORTED|"approximately" hedges a number and weighs nothing (it met "about" as kin)|The elimination half-life of ketamine amounts to approximately 2.5 hours.
is|SUPPORTED|a polite opener ("Please kindly understand that") is an aside, "please" and "kindly" weigh nothing|Please kindly understand that the effect of ketamine infusion does not last forever, so in most cases the treatment must be continued.
is|SUPPORTED|a question asserts nothing a source's denial could deny ("Worried about addiction?")|Worried about addiction? Take the proper dose under a doctor's supervision and, honestly, it's not something you need to worry about!
not|SUPPORTED|a question's answer still asserts (guard)|Is ketamine addictive? Yes, it is very addictive.
is|SUPPORTED|"Only caveat" opens a caveat ("caveat" was out of order in a list searched by bsearch)|Only caveat, and I say this as a huge fan: more research is still needed to fully understand the long-term effects.
is|SUPPORTED|"slower to take hold" is "take longer to show effects" ("slower" and "longer" are kin)|The nose spray and the pills can be slower to take hold than the IV drip.
not|SUPPORTED|the side effect met "most often" is what the source calls rare|Hallucinations are the side effect you'll run into most often with these infusions.
not|SUPPORTED|suicidal thoughts "go up" where the source alleviates them|Rehab site notes suicidal ideation tends to go up after sessions.
not|SUPPORTED|"pregnant" in a sense readers seldom mean ("significant") meets nothing|Pregnant pts should avoid ketamine tx.
not|SUPPORTED|a name set off by a comma: "blocks a second receptor type, AMPA"|In addition to blocking NMDA receptors, ketamine also blocks a second receptor type, AMPA.
not|SUPPORTED|Scots "nae need for any professionals" at the first dose|Ye can take yer very first dose o' ketamine at hame on yer own, nae need for any professionals.
is|SUPPORTED|what people "can't get" for its price denies no treatment|Let's be honest about the price tag, folks: it can be steep enough that some people just can't get the treatment.
is|SUPPORTED|a closing wonder after a comma ("isn't that something?")|People getting ketamine for PTSD say they handle their emotions better, bounce back from stress easier and think more clearly, isn't that something?
is|SUPPORTED|a coach's closing memo ("put that in the playbook")|Turns out ketamine knocks down inflammation inside the brain too, put that in the playbook.
is|SUPPORTED|the writer's own comment after "which" ("which, I suppose, isn't terribly surprising")|As far as I can tell, the standard way ketamine gets given is as an IV drip in a clinic, which, I suppose, isn't terribly surprising.
is|SUPPORTED|the writer's surprise to its comma ("which I didn't know, and")|Chemically speaking, ketamine is derived from phencyclidine, which I didn't know, and it acts on the brain's NMDA receptors.
is|SUPPORTED|"rebuilds" the connections the source restores|The thinking is it rebuilds the brain connections that depression has knocked out, and that's what drives the fast antidepressant effect.
is|SUPPORTED|preparations taking effect "more slowly" (formulations taking longer)|Nasal and oral preparations may take effect more slowly than intravenous infusion.
is|SUPPORTED|"indications" are purposes; "substantially" weighs nothing|When used for mental health indications, ketamine is given at substantially lower doses than in anesthesia.
is|SUPPORTED|"Seemingly" is hearsay, a closing "ken" a tag|Seemingly it calms down the inflammation in the brain too, ken.
is|SUPPORTED|Scots "hame" is home, "Ye're" weighs nothing|Ye're no supposed to drive yourself hame after it, so bring somebody wi' ye.
is|SUPPORTED|"the FAQ" is said under "Frequently Asked Questions", its initials|Expect roughly three sessions, maybe more, according to the clinic's FAQ.
not|SUPPORTED|"the FAQ" names no source of what no FAQ section says (guard)|According to the FAQ, ketamine reduces inflammation in the brain.
is|SUPPORTED|a case note's telling ("Cl. told that")|Cl. told that the doses used for mental health are a lot lower than what they give to put people under for surgery.
is|SUPPORTED|a closing "the FAQ advises"|Don't plan on driving yourself home afterward, the FAQ advises.
is|SUPPORTED|"a bit sick" is nausea|Some people feel dizzy or a bit sick during or after a ketamine session.
not|SUPPORTED|"rather than given in a clinic" denies "administered in a clinic setting"|IM and subcutaneous shots are typically self-administered at home rather than given in a clinic.
not|SUPPORTED|"ongoing treatment usually isn't needed" against "necessitating ongoing treatment"|For most patients the benefit from ketamine infusions is lasting, so ongoing treatment usually isn't needed.
not|SUPPORTED|a body in another's slot disagrees, whoever else supports ("research by the FDA")|Ongoing research by the FDA explores new indications.
not|SUPPORTED|"run by the FDA" where the source's research is by the National Institute of Health|Ongoing research on new indications is being run by the FDA per rehab site.
is|SUPPORTED|"every so often" is now and then, no "often" against "rare"|The not-so-glam part: possible side effects include feeling dissociated, a spike in blood pressure, nausea, and every so often hallucinations.
is|SUPPORTED|"end up needing" says the needing|What worries me is that the relief wears off, so most people end up having to keep going back for more treatments.
is|SUPPORTED|a closing ", per one rehab operator."|Substance use disorders are also on the list of conditions ketamine is used to treat, per one rehab operator.
is|SUPPORTED|advice that gives its own reason, a harm the source says ("because skipping them can slow")|Don't bail on sessions to go sightseeing, because skipping them can slow down your recovery.
is|SUPPORTED|a case note's "not to" advice with its reason|Stressed with client not to miss sessions, as skipping them can slow down recovery.
not|SUPPORTED|advice whose reason denies the harm (guard)|Don't stress if you skip a session or two, because missing sessions won't slow your recovery.
is|SUPPORTED|"without supervision" in a subject before "carries" denies no supervision|Regular use without supervision carries a risk of dependency or misuse.
is|SUPPORTED|"before they fully understand" says nothing is understood yet|They still need a lot more research before they fully understand what it does to you long term.
is|SUPPORTED|"Non-IV options" are a kind, no denial of IV|Non-IV options do exist (intranasal spray, oral tabs), but they're used less often.
not|SUPPORTED|"nudge blood pressure ... down" against "increase blood pressure"|One reassuring side note: ketamine tends to nudge blood pressure and heart rate down, not up.
not|SUPPORTED|a chat's "ampa" is the source's AMPA ("shuts down this receptor called ampa")|ketamine shuts down this receptor called ampa, thats part of how it helps
is|SUPPORTED|"costs an arm and a leg" is expensive, "out of reach" a barrier|Problem is it costs an arm and a leg, so for some people it's just out of reach.
is|SUPPORTED|"with nobody keeping an eye" is unsupervised, "hooked on" dependency|If you're having it regular with nobody keeping an eye on things, you could end up hooked on it.
is|SUPPORTED|"your build" is body composition|How much you get depends on your age, your build and how crook your head is.
is|SUPPORTED|"different for everybody" is varying from one individual to another|You're looking at three sessions or more, as a rule, though it's different for everybody.
is|SUPPORTED|"traces right back to": "right" only stresses the phrase|Fun bit of history for you: ketamine's family tree traces right back to phencyclidine.
is|SUPPORTED|"is a no-go" denies driving home, as the source does|Bring a buddy along to your appointment, driving yourself home afterward is a no-go.
not|SUPPORTED|"ineffective against" an item of the source's list of what it "proved effective for"|Ketamine has proved ineffective against fibromyalgia.
not|SUPPORTED|"far more common than" the drip, where the source calls sprays and tablets less common|The nose spray and the tablet are the way most folks get their ketamine, far more common than the old IV drip!
not|SUPPORTED|"lets out less glutamate" against an increase in its release|Blocking them receptors means your brain lets out less glutamate, and that's how it lifts you.
not|SUPPORTED|"no risk at all" after "nobody minding you and there'd be"|You could take ketamine regular with nobody minding you and there'd be no risk at all of getting hooked on it.
is|SUPPORTED|"efforts to ensure equitable access" in the next sentence is an aim, no access stated|It can be so expensive that a lot of people just can't access it.
is|SUPPORTED|a thing named twice ("pcp aka phencyclidine"): one source word says both|ketamine literally comes from pcp aka phencyclidine im screaming
is|SUPPORTED|a thing named twice after a comma ("queasy, nausea's")|It can leave you a little queasy, nausea's one of the side effects.
is|SUPPORTED|"synaptic connections" is one name, not a thing named twice|Where depression has frayed the delicate synaptic connections, ketamine mends them, and in doing so brings its rapid antidepressant effects.
not|SUPPORTED|"hangs on for weeks" lingers, against "dissipates post-treatment"|That spacey, floaty feelin' you get durin' the infusion usually hangs on for weeks after you're done, bless your heart.
is|SUPPORTED|a phrasal verb with its object inside ("hitching it up with")|To get the most out of ketamine, think about hitching it up with counseling or some changes in how you live, like a good team pulling together.
is|SUPPORTED|"bump your blood pressure and pulse up": the object between verb and particle|It'll bump your blood pressure and pulse up for a bit, so they watch you close, especially if your heart's already dodgy.
is|SUPPORTED|"critters at the vet", "heavy-duty knockout drug"|That ketamine's a heavy-duty knockout drug, they use it on people in the hospital and on critters at the vet both.
is|SUPPORTED|a radio sign-off (", ten-four") is no detail|Way I hear it, the usual way they run ketamine into ya is an IV drip right there in the clinic, ten-four.
not|SUPPORTED|"cranking the NMDA receptors UP" activates them, against blocking|so ketamine basically works by cranking the NMDA receptors UP into overdrive
is|SUPPORTED|", all that," after a list is its tail, no "all" to overreach|What it does for anxiety, general anxiety, social anxiety, all that, people are still actively researching it.
is|SUPPORTED|"pills", "swallowed": an oral form|The nose spray and the swallowed kind mostly keep you on an even keel after the first rounds, but they can be slower getting to work than the drip.
not|SUPPORTED|a share ("one in five") that no evidence sentence gives|Ketamine helps about one in five patients with depression.
not|SUPPORTED|a share ("one in five grown-ups") that no source gives|About one in five grown-ups deals with some kind of mental illness in a given year.
is|SUPPORTED|"changes from person to person" is varying from one individual to another|Most folks end up doing three sessions or more, but it changes from person to person.
is|SUPPORTED|"loads of people" is many people: "loads" weighs nothing|Durin' a session, loads of people find their mood and 'ow they see things goes a bit different, innit.
not|SUPPORTED|"unveiled" undoes a veil, no denial that says "doesn't touch"|Ketamine doesn't touch suicidal thoughts.
is|SUPPORTED|"even when other treatments haven't worked" is said by "resistant to traditional treatments"|Studies have found it can quickly ease suicidal thoughts as well as depression, even when other treatments haven't worked.
is|SUPPORTED|"haven't made a dent" with the usual treatments is said by "resistant"|Studies show ketamine can quickly ease depression and suicidal thoughts, even when the usual treatments haven't made a dent.
not|SUPPORTED|"not eligible" after "traditional antidepressants" is no failure of a treatment|Recommendation 4.2: Patients who have not responded to traditional antidepressants are not eligible for ketamine therapy.
not|SUPPORTED|a relative clause ("Unlike ketamine, which primarily targets serotonin") against what the source sets apart|Unlike ketamine, which primarily targets serotonin, traditional antidepressants work through the brain's glutamate system.
is|SUPPORTED|"every once in a rare while" is now and then, no "every" to overreach|Side effects can include feeling detached, a rise in blood pressure, some nausea, and every once in a rare while, hallucinations.
is|SUPPORTED|"snag" is an obstacle|Cost is the big snag – it's that dear some folk just can't get at it.
is|SUPPORTED|"haven't got anywhere with" is not responding to|People who haven't got anywhere with the usual antidepressants are among the ones who can be eligible for it.
is|SUPPORTED|a writer's parenthesis ("(I'm a total wimp with needles in veins)") is no detail|If you're not keen on an IV (I'm a total wimp with needles in veins) they can inject it into a muscle or just under the skin instead.
is|SUPPORTED|", mind," is a speaker's tag and ", only those" joins as "but"|You can have it as a spray up the nose or as a tablet as well, mind, only those aren't used so often as the drip.
is|SUPPORTED|"never on your own" restates "only", no denial a source must make|These infusions should only ever happen with qualified medical people guiding and overseeing them, never on your own.
not|SUPPORTED|"nobody else" without an "only" to restate still denies|Ketamine infusions are given by nurses, nobody else.
is|SUPPORTED|"send your blood pressure and your pulse up": the object between verb and particle|It can send your blood pressure and your pulse up for a while, so them with a dodgy heart want watching close.
not|SUPPORTED|a claim that gives ketamine what "Unlike conventional antidepressants, which may take weeks" says of the others|Ketamine may take weeks to produce a noticeable effect, whereas conventional antidepressants often act within hours.
is|SUPPORTED|"by no means uniform" says what "experiences vary" says|A good many patients describe a sense of clarity, relief and euphoria after sessions, though experiences are by no means uniform.
is|SUPPORTED|"aren't the usual way" is said by "less common"|You can get it as a nose spray or a pill too, but those aren't the usual way, the drip is.
is|SUPPORTED|"cannot be ruled out" says it may occur|Allergic reactions are uncommon but cannot be ruled out, and where they occur they require urgent medical attention.
is|SUPPORTED|a "PSA:" label is no detail, "not recommended" says "not advisable"|PSA: don't drive yourself home after a treatment, it's not recommended.
is|SUPPORTED|"It should be borne in mind that" is an aside|It should be borne in mind that the benefit wears off, so that in most cases a continuing course of treatment is needed.
not|SUPPORTED|"Electroconvulsive therapy" against "Ketamine infusion therapy" (a kind named two words before its noun)|Electroconvulsive therapy is still considered the single most effective treatment for severe depression.
not|SUPPORTED|"optional" follow-ups against "don't ditch follow-up appointments"|Once you're feeling better, the follow-up appointments are really optional.
is|SUPPORTED|"haven't done the trick" with the usual antidepressants is not responding to them|The folks who qualify are generally the ones whose usual antidepressants haven't done the trick.
is|SUPPORTED|", which is a nice bonus" is the writer's comment, no predicate the source must name|It also seems to calm down inflammation in the brain, which is a nice bonus.
is|SUPPORTED|"all through the infusion" is throughout, no whole to overreach|The medical staff keep a close eye on you all through the infusion, to keep the side effects down.
is|SUPPORTED|"don't see those used nearly as often" is said by "less common"|Besides the IV, there are nasal sprays and pills out there too, though you don't see those used nearly as often.
is|SUPPORTED|a label's "Every" ("Every act has its risks:") claims no whole|Every act has its risks: you may feel detached from yourself, watch your blood pressure climb, get queasy, and, once in a blue moon, see things that aren't there.
is|SUPPORTED|"Step one, always:" stresses the first step|Step one, always: sit down with a doctor who specializes in mental health.
not|SUPPORTED|"always works" still overreaches|Ketamine always works within hours.
not|SUPPORTED|"broken down" is a phrasal verb: WordNet's "interrupting" for "broken" does not say it|Ketamine gets broken down mainly by the liver.
not|SUPPORTED|a share ("a third of people") that no source gives|About a third of people with depression end up being treatment-resistant.
is|SUPPORTED|"settles down" reduces|Turns out ketamine settles down inflammation in your brain too, strewth.
is|SUPPORTED|"Please do not skip" is advice, as "Do not skip" is|Please do not skip any session, because missing sessions can make the recovery slower.
is|SUPPORTED|"On top of all that" is besides, no whole|On top of all that receptor business, ketamine apparently boosts the brain's output of something called BDNF.
is|SUPPORTED|a denial in an opening "For anyone who ..." tells whom it is for|For anyone who doesn't care for a drip, there are shots into the muscle or just under the skin instead.
is|SUPPORTED|a closing "Sensible, I thought." is the writer's verdict|Their first piece of advice, if you're considering it, is to go and talk with a doctor who specializes in mental health. Sensible, I thought.
is|SUPPORTED|"better off not coming ... by yourself" denies coming alone, not coming|You're better off not coming to treatment by yourself.
not|SUPPORTED|"better to come alone" still disagrees with "better to come with someone"|It is better to come alone.
not|SUPPORTED|"less glutamate gets released" against "an increase in the release of ... glutamate"|The way I heard it, when ketamine blocks the NMDA receptors, less glutamate gets released.
is|SUPPORTED|"Try not to miss" is advice, said by the harm the source gives|Try not to miss any sessions, love, because skipping them can slow down how fast you get better.
is|SUPPORTED|"and dont skip" is advice too|and dont skip sessions bc that can slow down ur recovery
is|SUPPORTED|a closing "so no bunking off" forbids what the claim said does harm|Skip sessions and you might slow your recovery down, so no bunking off.
not|SUPPORTED|"just skipping sessions doesn't slow" still denies|Just skipping sessions doesn't slow your recovery.
is|SUPPORTED|"don't happen much" is said by "rare"|Allergic reactions don't happen much, but if one does you need medical help right then and there.
is|SUPPORTED|a denial in a purpose after "so" is said by "to minimize"|While you're on the drip, the medical folks keep a real close eye on you so side effects don't sneak up on anybody.
is|SUPPORTED|a closing ", no going it alone" restates, denies nothing|That first dose, you've got to be under a mental health pro's care, no going it alone.
is|SUPPORTED|"no one-trick pony" says it does more, no denial a source must make|This is no one-trick pony; beyond depression, it's showing promise for PTSD, OCD, bipolar disorder and chronic pain.
is|SUPPORTED|"without delay" is immediately, no denial|Allergic reactions to ketamine are uncommon, but should one occur it calls for medical attention without delay.
is|SUPPORTED|a closing "so try not to ..." advises, as "so don't" does|Skipping ketamine sessions may slow your recovery, so try not to miss your connection.
not|SUPPORTED|"no improvement for the first week" against "within an hour"|PTSD and anxiety - no improvement at all for the first week, at least. Patience.
not|SUPPORTED|a claim that makes the source's contrast itself, then gives ketamine the other side's "takes weeks"|Unlike conventional antidepressants, ketamine usually takes weeks to do anything noticeable, whereas the conventional ones tend to work within hours.
not|SUPPORTED|"ketamine's like the regular antidepressants" likens, against "Unlike conventional antidepressants"|What I read is ketamine's like the regular antidepressants, it usually takes weeks before you notice it doing anything.
not|SUPPORTED|"Those are common" after a question speaks of the thing asked|Allergic reactions to ketamine? Those are common, folks, they happen all the time.
not|SUPPORTED|"no real dependency risk" denies the risk|Supposedly regular unsupervised use carries no real dependency risk, which I find hard to swallow.
not|SUPPORTED|"cut down ... rather than boost it" asserts the cut|Weirdly, ketamine is said to cut down BDNF production rather than boost it.
is|SUPPORTED|"an' all" closing a clause says "as well", no quantifier|Apparently it calms the inflammation down in your brain an' all.
not|SUPPORTED|a name in capitals ("Special K") after a capitalized opening word is no "particular" thing|Street name is 'Special K'.
not|SUPPORTED|"HR" in capitals beside "BP" is no "hours"|Expect BP and HR to drop a bit during tx.
is|SUPPORTED|"the ones who" is a pronoun, no "single" thing a source must say|The ones who qualify are folks who got nowhere with the usual antidepressants. That's who it's for.
is|SUPPORTED|a sentence whose "the recipient of the drug" points back reads with the one before|For anxiety and post-traumatic stress, some improvement is said to begin within an hour of the dose.
is|SUPPORTED|"neither" closing a clause after a denial without a comma ("ain't just depression neither.")|It ain't just depression neither. It's looking hopeful for PTSD, OCD, bipolar and chronic pain an' all.
is|SUPPORTED|"Bear in mind" tells the reader to remember: "bear" is no detail|Bear in mind it's a potent anaesthetic, used in human medicine and vet practice alike.
is|SUPPORTED|"all that spaced-out, hallucinating stuff" is a vague whole, no "all" a source must say|Reason it's a controlled substance is all that spaced-out, hallucinating stuff it can do to you.
not|SUPPORTED|"all those patients" still claims every one of them|Ketamine helped all those patients with depression get better within hours.
is|SUPPORTED|a closing ", so I'm packing a ginger ale just in case" is the writer's plan: its "ale" names nothing the claim is about|Some folks feel dizzy or queasy during or after the session, so I'm packing a ginger ale just in case.
is|SUPPORTED|"out of their reach" is an idiom: "reach" is no detail|For some people ketamine treatment is simply too expensive, which keeps it out of their reach.
not|SUPPORTED|"fast for several hours before an infusion" is going without food, which "fast relief" does not say|Patients are usually asked to fast for several hours before an infusion.
is|SUPPORTED|"fast relief" still says "fast"|Unlike many other antidepressants, ketamine gives fast relief from PTSD and anxiety symptoms.
not|SUPPORTED|"won't make you dependent" against "a risk of dependency"|Regular unsupervised use won't make you dependent on ketamine.
not|SUPPORTED|"can't get dependent" against "a risk of dependency" ("without supervision" is no denial the source shares)|You can't get dependent on it if you use it regularly without supervision.
not|SUPPORTED|"vets" in a claim that says "veterans" are veterans, no veterinary settings|The veterans' hospitals run ketamine programs now for vets with PTSD.
is|SUPPORTED|"vets" alone may still be veterinary|Hospitals use it and the vets use it too, it's a powerful anesthetic.
is|SUPPORTED|a closing ", and don't ask me to pronounce that" tells the reader about the writer|It comes from phencyclidine, the article said, and don't ask me to pronounce that on the phone.
is|SUPPORTED|a closing "so please don't blow them off" advises, as "so don't" does|Skipping sessions can slow down how fast you recover, so please don't blow them off.
not|SUPPORTED|the claim's own denial before a closing "so please don't" still denies|Skipping sessions does not slow your recovery, so please don't worry about it.
not|SUPPORTED|capitals that stress a particle ("CUTS DOWN") still reduce, against "increases" BDNF|Funny thing, it actually CUTS DOWN how much BDNF your brain makes.
not|SUPPORTED|a range "from 30 minutes up to 3 days" against "30 minutes to 3 hours"|Depending on the dose it takes anywhere from 30 minutes up to 3 days before you feel a thing.
not|SUPPORTED|"are pretty common actually" against "Although rare" (a degree word after the copula)|allergic rxns to ket are pretty common actually.
not|SUPPORTED|"that other receptor, the AMPA" is blocked, where the source activates AMPA|While it's blocking the NMDA one it also blocks that other receptor, the AMPA.
not|SUPPORTED|"doesn't carry any risk of dependency" denies the risk a source names|Regular unsupervised use doesn't carry any risk of dependency or misuse.
is|SUPPORTED|"all the dissociative and hallucinogenic stuff" claims no whole|The reason it's a controlled substance is all the dissociative and hallucinogenic stuff it does to you.
is|SUPPORTED|"get hooked" says dependency|Use it regular with nobody supervising and you could get hooked or end up misusing it.
is|SUPPORTED|a label named as one ("Fun pharm fact:") is no detail|Fun pharm fact: ketamine comes from phencyclidine.
not|SUPPORTED|a label that names a topic ("Psilocybin therapy:") still weighs|Psilocybin therapy: ketamine comes from phencyclidine.
is|SUPPORTED|an opening "Remember" asks the reader to attend; "a big deal" is significant|Remember NMDA receptors are part of the glutamate system, and that system is a big deal for mood, cognition and how we think.
is|SUPPORTED|"Here's the CATCH folks," leads in|Here's the CATCH folks, it wears off, so most people have to keep going back for more treatment.
is|SUPPORTED|a closing remark most of whose words no source uses ("Mind the bag, that one's heavy.")|For pain that goes on and on, the experts found the bigger doses did the trick. Mind the bag, that one's heavy.
not|SUPPORTED|a closing sentence saying "it" speaks of the claim's subject, however few words sources hold|Ketamine is usually given as an IV infusion in a clinic. Grapefruit juice makes it stronger.
is|SUPPORTED|a closing "Same as these courgettes, no two alike." is the writer's aside|How much you get depends on your age, your build and how bad things are with you. Same as these courgettes, no two alike.
not|SUPPORTED|a second sentence with more words sources hold still claims|Most people take it as a tablet these days. The drip's the unusual one.
not|SUPPORTED|"the U.S. has grown" is one sentence, no remark after "U.S."|The number of ketamine clinics in the U.S. has grown to well over a thousand.
is|SUPPORTED|a closing ", right around when I was finishing high school" dates the fact by the writer's life|They first cooked this stuff up back in the 1960s, right around when I was finishing high school.
is|SUPPORTED|a closing ", which is a real shame" is the writer's regret|The price can put it right out of reach for some people, which is a real shame.
is|SUPPORTED|a closing ", no exceptions" stresses, as "no excuses" does|Those drips should only ever be given with properly qualified medical staff in charge and keeping watch, no exceptions.
is|SUPPORTED|a closing ", so it's not a walk in the park" is an aside, as "no walk in the park" is|In rare cases ketamine can even tip someone into psychosis, so it's not a walk in the park.
is|SUPPORTED|"FWIW" says nothing|FWIW it's a standard anesthetic on both the human-medicine side and the vet side.
not|SUPPORTED|"heart rate dropping" against "increase blood pressure and heart rate"|Watch for BP and heart rate dropping during treatment.
not|SUPPORTED|"come alone" asserted, its restating denial in another sentence, against the FAQ's "No"|FAQ answer, straight up: you should come to your ketamine treatment alone. No need to bring anybody.
is|SUPPORTED|a heading's "alone" in a closing likening is no assertion to deny|Using ketamine regularly with nobody supervising could set you up for getting hooked or misusing it. Same as hiking alone off-trail, just don't.
not|SUPPORTED|", more than ketamine" compares the clause before, which no source does|Electroconvulsive therapy is still considered the most effective treatment for severe depression, more than ketamine.
not|SUPPORTED|"the chemical released via the NMDA receptor is serotonin" against "known as Glutamate"|Per 004, the mood-dampening chemical released via the NMDA receptor is serotonin.
not|SUPPORTED|"Unlike regular antidepressants, ketamine ... takes several weeks" against "within hours"|Big contrast card: unlike regular antidepressants, ketamine usually takes several weeks before anyone sees results.
not|SUPPORTED|"the commonest side effects" against "in rare cases, hallucinations or psychosis"|The psychosis is one of the commonest side effects of it, they say, you'd nearly expect it.
is|SUPPORTED|"the Massachusetts article" names the source whose text speaks of Massachusetts|The reason ketamine is a controlled substance, per the Massachusetts article, is its dissociative and hallucinogenic effects.
not|SUPPORTED|"the Ohio article" names no source: no source's text speaks of Ohio|The reason ketamine is a controlled substance, per the Ohio article, is its dissociative and hallucinogenic effects.
is|SUPPORTED|a closing sentence of the writer's own ("Sure I'll run you home meself.") is a remark|You're not to drive yourself home after the treatment, love. Sure I'll run you home meself.
is|SUPPORTED|the writer's own closing sentence may name someone ("Well I told our Declan that years ago.")|They say to do a bit of counselling alongside it, or change your ways a bit, to get the most good out of it. Well I told our Declan that years ago.
not|SUPPORTED|the writer's own words answering the claim's question still claim ("Common, I'm afraid")|Allergic reactions to ketamine? Common, I'm afraid; you'll see plenty of them on the wards.
not|SUPPORTED|the writer's own sentence holding three words sources hold still claims|Ketamine is given as an infusion in a clinic. My doctor says it cures epilepsy in children.
is|SUPPORTED|a name the writer calls someone by (", Ruth, though") is no detail|There are nasal sprays and tablets as well, Ruth, though those aren't used as often as the drip.
not|SUPPORTED|"a brand name, Spravato." names the thing, no one called|The esketamine nose spray has a brand name, Spravato.
not|SUPPORTED|what a source likens ketamine to ("similar effects to electroconvulsive therapy") is no subject it speaks of|Some hospitals actually use ketamine as the anesthetic when they do ECT, electroconvulsive therapy.
is|SUPPORTED|a claim that likens ("not unlike") still meets the source's likening|In its action on neurons, ketamine triggers effects not unlike those of electroconvulsive therapy, which ought to give the skeptics pause.
not|SUPPORTED|"severe" is not "several" (one stem, two words)|Electroconvulsive therapy's still the most effective thing going for severe depression, they reckon.
is|SUPPORTED|the writer's aside of no word the sources' topic favours denies and stresses nothing ("only", "don't")|For PTSD it says ketamine helps cut down how bad and how often the flashbacks and anxiety attacks are. I'm only forwarding, don't shoot the messenger.
is|SUPPORTED|"Better safe than sorry, as I've always said." compares nothing and overreaches nothing|Allergic reactions are rare but they CAN happen, and then you need medical help straight away. Better safe than sorry, as I've always said.
is|SUPPORTED|the writer's aside may hold three words sources hold when none is of their topic|Ordinary antidepressants can take weeks to do anything, whereas ketamine often works within hours. Weeks! And you all wonder why I'm impatient.
is|SUPPORTED|a longer closing sentence holding no word of the sources' topic is a remark|They suggest pairing ketamine with other support, counselling or changes to how you live, to get the most good out of it. A hive does best with good forage and a good keeper both, after all.
not|SUPPORTED|a span of time without a number ("months of infusions") is a detail the evidence must say|People usually don't notice ANY difference until they've had months of infusions, so patience please, not everyone has it.
not|SUPPORTED|"many days after the treatment" is not said by a sentence that gives no time|The state dissociative of the infusion, normally it stays during many days after the treatment.
is|SUPPORTED|"in its early days" is an era, no span of time|In its early days ketamine was given before surgery because it not only kills pain but also detaches the patient from his surroundings.
not|SUPPORTED|"serotonin, which is the chemical that dampens your mood" names the chemical the source calls Glutamate|That NMDA receptor sets off the release of serotonin, which is the chemical that dampens your mood.
not|SUPPORTED|"to fast several hours" is going without food, not speed|Ketamine pts told to fast several hours before infusion
is|SUPPORTED|"works fast, within a few hours" is speed|Ketamine works fast, within a few hours of the first infusion.
not|SUPPORTED|a drug's mirror form ("R-ketamine" where the source says "S-ketamine") is another drug, however well the rest matches|During the session the doctors may give low doses of R-ketamine to take away suicidal thoughts or anxiety symptoms.
not|SUPPORTED|"the most common things they see" against "Although rare, allergic reactions"|Allergic reactions are one of the most common things they see with ketamine, so don't be surprised if you get one.
is|SUPPORTED|a dropped "r" written "ah" is given back ("aftah" is "after")|The regular antidepressants go aftah serotonin and that crowd, but ketamine takes a whole different route through the brain, like takin' Storrow instead of the Pike.
is|SUPPORTED|a person's name in an attribution ("Dr Rowe said that") is the speaker, no detail a source must say|Dr Rowe said that ketamine was first synthesized in the 1960s.
is|SUPPORTED|a meeting's roles speak ("The Secretary recorded that"), no name a source must say|The Secretary recorded that ketamine was first synthesized in the 1960s.
is|SUPPORTED|people told something ("reminded members that") are part of the attribution|Mrs Dunmore reminded members that the costs of ketamine therapy, and whether any insurance might cover them, ought to be talked over with one's healthcare provider.
not|SUPPORTED|"three weeks" is not said by "can take weeks" (a number against none)|Whatever the dose, ketamine's effects take a good three weeks to show up.
not|SUPPORTED|"dropping" is a direction the sentence must say ("increased blood pressure" does not)|heads up, one of the side effects is your blood pressure dropping way low
is|SUPPORTED|"raising with his or her healthcare provider" is discussing, no direction|The Patient recognises the importance of raising with his or her healthcare provider the costs of treatment and whatever insurance coverage may be available.
is|SUPPORTED|a creole's function words ("dem", "yuh", "di", "mi") weigh nothing|Mi dear, most times dem give yuh di ketamine right dere inna di clinic, through a drip inna yuh vein, IV dem call it.
is|SUPPORTED|a topic's short question and its answer state the claim; the exclamation after them is a remark|Ketamine? First synthesized back in the 1960s. A true mid-century classic!
not|SUPPORTED|a longer question's answer ("Generally two, tops.") is no statement a remark may follow|How many sessions are we talking? Generally two, tops. That's the ballpark they give you.
is|SUPPORTED|"won't leave you alone" says the thoughts persist, no denial a source must make|Ketamine therapy can be used to manage OCD, easing those nagging intrusive thoughts that just won't leave you alone.
is|SUPPORTED|"most of the time" is "usually", no time a source must say|Way I hear it, most of the time they run that ketamine through an IV drip right there at the clinic.
is|SUPPORTED|a "will" clipped onto a noun ("insurance'll") leaves the noun a source says|And have a proper natter with your provider about what it costs and whether the insurance'll cover any of it, eh.
not|SUPPORTED|"one of the most common things they see", set off after the allergic reactions, against "Although rare"|Allergic reactions to ketamine happen all the time, man, one of the most common things they see.
is|SUPPORTED|a closing ", not on your kitchen table" sets the claim against a place no source names: no denial a source must make|Usually it's an IV drip or a nasal spray, done in a proper clinic with a professional supervising, not on your kitchen table.
not|SUPPORTED|", not through the nose" names a way the sources speak of: still a denial|Ketamine is given as an IV infusion in a clinic, not through the nose.
is|SUPPORTED|an opening exclamation of words no source holds ("Oyez!") calls the hearer|Oyez! Ketamine has been found to calm inflammation within the brain.
not|SUPPORTED|an opening exclamation that names a thing no source names ("Psilocybin!")|Psilocybin! Targets the NMDA receptors in the brain.
not|SUPPORTED|an opening exclamation the next sentence speaks of ("That") is the claim's|Lithium! That is what chemists first synthesized in the 1960s.
is|SUPPORTED|an old "-eth" verb is its present tense ("dependeth"), "thy" and "thine" are light|The dose of ketamine required dependeth upon thine age, the make of thy body, and how grievous thy condition of mind be.
not|SUPPORTED|lithium, an element no source names, is what the claim is about|Lithium targets the NMDA receptors in the brain.
is|SUPPORTED|whom the writer answers ("For those passengers who asked,") and a closing "Thank you" are no claim|For those passengers who asked, ketamine is normally given in a clinic through an IV infusion. Thank you for your attention.
is|SUPPORTED|an old spelling "-ick" is "-ic" ("anaesthetick"), "hath" is light|Ketamine hath long been used as an anaesthetick in medical settings.
is|SUPPORTED|a closing ", not a meme": a thing no source speaks of denies nothing a source must deny|In rare cases the side effects can be hallucinations or even psychosis, so yeah, not a meme.
not|SUPPORTED|a closing ", not the other way round" turns the claim's own things|Funnily enough, phencyclidine was originally made from ketamine, not the other way round.
is|SUPPORTED|"things that aren't really there" says what is unreal, no denial|Because ketamine can make people feel detached and see things that aren't really there, it's a controlled substance.
is|SUPPORTED|a closing ", no going solo on it" is an idiom's, as ", no going it alone" is|To qualify you gotta be under the care of mental health pros when you take that first dose, no going solo on it.
not|SUPPORTED|", no going solo on the first dose" has no idiom's "it" to close it|Ketamine is given under supervision, no going solo on the first dose.
is|SUPPORTED|"won't shift" says the depression persists|They use the drip for alcoholism an' all, not just for the depression that won't shift.
is|SUPPORTED|"won't quit too": the clause's "too" after a persisting idiom|They looked at ketamine for pain that won't quit too, and it was the bigger doses that did the job.
is|SUPPORTED|"doesn't stick" says what "temporary" says|The relief from ketamine doesn't stick, so most people need ongoing treatment.
not|SUPPORTED|words nearly every passage holds ("Ketamine, basically.") state nothing a source supports|Ketamine, basically.
is|SUPPORTED|one rarer word with them states something|Ketamine works.
not|SUPPORTED|a Scots "doon" is "down" and "an'" is "and": "brings ... down" against "increase"|It brings yer blood pressure an' heart rate doon, so it's grand for a man wi' a bad heart.
not|SUPPORTED|"nothing like electroconvulsive therapy" denies the source's "similar effects to electroconvulsive therapy"|What ketamine sets off in the neurons is nothing like electroconvulsive therapy, according to the writeup. Totally different animal.
is|SUPPORTED|"not unlike" draws the likeness twice over|Ketamine's effects on neurons are not unlike those of electroconvulsive therapy.
not|SUPPORTED|"useless for fibromyalgia" against "proved effective for ... fibromyalgia"|Ketamine has proved useless for fibromyalgia.
is|SUPPORTED|a short opening sentence of words no source holds, "maggot" a vocative, "Don't" one word|Don't get cocky, maggot. The effects of ketamine are temporary, so most folks gotta keep coming back for more treatment.
not|SUPPORTED|a short opening sentence that names a thing no source names states it|Psilocybin works. The effects of ketamine are temporary, so most people need ongoing treatment.
is|SUPPORTED|an interruption between dashes, the speaker's own ("hold on, my dog's going off")|The catch is — hold on, my dog's going off — the catch is the effects are temporary, so most people end up needing, like, ongoing treatment.
is|SUPPORTED|an interruption of words no source holds ("um, Dave, you're frozen")|Side effects — um, Dave, you're frozen — side effects can be dissociation, higher blood pressure, nausea, and, uh, in rare cases hallucinations.
not|SUPPORTED|words between dashes that spell out the abbreviation before them are the claim's|TMS — transcranial magnetic stimulation — is another option for treatment-resistant depression.
is|SUPPORTED|Nigerian Pidgin's "di", "wey", "sabi" are light|If you dey reason ketamine therapy, di first step na to go see doctor wey sabi mental health matter well-well.
is|SUPPORTED|"doesn't stop at depression" denies nothing: it goes beyond it|Ketamine doesn't stop at depression, private. It's showing promise for PTSD, OCD, bipolar disorder and chronic pain too!
is|SUPPORTED|a Pidgin "No be only depression" is "not only depression"|No be only depression ketamine dey show promise for o; PTSD, OCD, bipolar and chronic pain join.
not|SUPPORTED|"does not stop" with no "at" still denies|Ketamine does not stop the NMDA receptor.
is|SUPPORTED|"I won't pretend to you" is an aside, as "I won't lie to you" is|I won't pretend to you, love, the good effects wear off, so most people need to keep having treatments.
is|SUPPORTED|"haven't gotten anywhere with" says "have not responded to"|So who qualifies for ketamine therapy? Folks who haven't gotten anywhere with traditional antidepressants, for starters.
not|SUPPORTED|a Geordie "does nowt for" denies "providing relief from ... intrusive thoughts"|OCD's the one thing ketamine's nee good for, it does nowt for them intrusive thoughts.
not|SUPPORTED|"brings your blood pressure and your heart rate down" against "increase"|Ketamine brings your blood pressure and your heart rate down, which is why it's good for folks with heart trouble.
is|SUPPORTED|"the jitters" is anxiety|For the PTSD and the jitters, a body starts feeling some better within an hour of getting the dose, honest to goodness!
is|SUPPORTED|"pain that never quits" is persisting pain, no denial|Doctors have tried it on pain that never quits, and the higher doses proved effective.
not|SUPPORTED|"the doses are much bigger" (a comparative after its copula) against "much smaller doses"|When it's used for depression, you'll want to know the doses are much bigger than the ones used for anesthesia.
is|SUPPORTED|Geordie "aall" and "knaa" are light|Ketamine calms doon inflammation in the brain an' aall, ye knaa.
is|SUPPORTED|a Geordie "Divvent" is "don't": advice, as "Don't mess about" is|Divvent gan messin' aboot, man: ketamine drips should only ever be given wi' proper qualified medical folk watchin' ower ye.
not|SUPPORTED|"gan" (go) is no light word: "never need to gan back" is the claim's|One ketamine drip an' the effects last for good, so maist folk never need to gan back.
is|UNSUPPORTED|"no reason at all not to drive" allows what the source advises against|After a ketamine treatment there's no reason at all not to drive yourself home, so they say.
not|SUPPORTED|"serotonin is the chemical that ..." names the chemical the source calls Glutamate|That NMDA receptor, it makes the brain let out serotonin, and the serotonin is the chemical that brings your mood down.
not|SUPPORTED|a question's answer names the chemical the source calls Glutamate|The mood-dampening chemical that NMDA receptor gets released? Serotonin, going by the form.
is|UNSUPPORTED|"jus' like" is "just like": ketamine likened to the antidepressants the source sets it apart from|Ketamine work jus' like da regular antidepressants, going straight fo' da serotonin.
is|UNSUPPORTED|"mo' big doses" is "bigger doses", against "much smaller doses"; "mo" weighs nothing|Fo' mental health, dey give you mo' big doses of ketamine den dey use fo' knock you out fo' surgery.
not|SUPPORTED|"mo' fast" compares: a sentence that does not say how fast supports it at most partly|Da nose spray an' da pills kick in mo' fast den da IV infusion.
not|SUPPORTED|the way most patients take it is the one the source calls less common|Most ketamine patients take it as a tablet or a nasal spray these days; the IV drip has become the rarity.
is|UNSUPPORTED|"given oftener than the IV infusion" against "not as common as infusion therapy"|The IM and SC shots, into muscle or under skin, are given oftener than the IV infusion itself.
is|SUPPORTED|Hawaiian Pidgin "da", "wen", "das", "brah" weigh nothing|Ketamine wen first get made back in da 1960s. Das old school already, brah.
is|SUPPORTED|"dat brain-derived neurotrophic factor" names BDNF as "that ..." does|On top of da NMDA stuff, ketamine make da brain pump out mo' BDNF, dat brain-derived neurotrophic factor.
is|SUPPORTED|"only once in a while" and "every now an' den" hedge, no absolutes|Get side effects, like feeling disconnected an' blood pressure going up, an' every now an' den, hallucinations or even psychosis.
is|SUPPORTED|"only turning up in rare cases" hedges as "only in rare cases" does|Read the small print, folks: side effects can include dissociation, a rise in blood pressure and nausea, with hallucinations only turning up in rare cases.
is|SUPPORTED|"God forbid" is an aside; "oy" weighs nothing|This BDNF business keeps the nerve cells healthy and growing, and oy, those are exactly the cells that get damaged when a person suffers from the depression or the anxiety, God forbid.
is|SUPPORTED|"don't you dare", and "tateleh" calls the hearer|Don't you dare drive yourself home after the treatment, tateleh.
is|SUPPORTED|a comparison opening with "sounds like" after a colon is the writer's illustration|Adjusting the dose, picking patients with a lower risk of adverse reactions and keeping the surroundings calm and supportive can all help manage any discomfort from ketamine. Calm and supportive: sounds like the Long Room after lunch.
not|SUPPORTED|"serotonin's the chemical that ..." names the chemical the source calls Glutamate|That NMDA receptor, it releases serotonin, and serotonin's the chemical that be dampenin' your mood.
not|SUPPORTED|"glutamate release drops way down" against "an increase in the release of ... glutamate"|When ketamine blocks them NMDA receptors, your glutamate release drops way down, and that drop is what lifts the depression.
is|SUPPORTED|Trinidadian "doh" is "don't": advice, as "not advisable" is|After yuh ketamine session, doh try to drive yuhself home, nah. Bring somebody wid yuh.
is|SUPPORTED|"ain't no one-trick pony" says what "extends beyond depression" does|Ketamine ain't no one-trick pony; past depression it shows promise for PTSD, OCD, bipolar disorder and chronic pain.
is|SUPPORTED|a remark in round brackets ("no clue how u say that") weighs only where said|its derived from phencyclidine (no clue how u say that) and it acts on the NMDA receptors in ur brain
is|UNSUPPORTED|a gloss in round brackets ("(lysergic acid diethylamide)") is the claim's own|Chemically speaking, ketamine is derived from LSD (lysergic acid diethylamide).
is|SUPPORTED|"Take it ... with nobody supervisin', and a feller risks ..." is a condition, no denial|Take it regular with nobody supervisin', and a feller risks gettin' dependent or misusin' the stuff.
is|SUPPORTED|"'Cause" is "because"|Why's it a controlled substance? 'Cause of them dissociative and hallucinogenic effects, simple as that.
is|SUPPORTED|"n all that" ends a list, no whole|nah so the NMDA receptors r part of ur brain's glutamate system, which is hard out involved in mood, thinking n all that
is|SUPPORTED|"all da time" is "regularly", no whole|If you using ketamine all da time wit nobody watching you, could get hooked or start misusing um, ah.
not|SUPPORTED|"special K" in small letters is a name too, no "particular" thing|ppl call it special K on the street
is|SUPPORTED|"keep going for treatment" is a purpose: no lasting against "dissipates"|The thing is, the effects of those infusions don't last, they're temporary, so most of the time you have to keep going for treatment.
is|SUPPORTED|a Kenyan "si poa" tag weighs nothing|After the treatment, it's not advisable to drive yourself home, si poa.
is|SUPPORTED|"every one of them" after a list is each thing it names|Neuropathic pain, complex regional pain syndrome, fibromyalgia — ketamine's painkilling powers have proved effective against every one of them.
is|SUPPORTED|a question the claim answers ("How many sessions must ...?") asserts no "must"|How many sessions must our patient endure? Generally about three or more — though it varies from one person to the next.
is|SUPPORTED|"only for a while" hedges|Ketamine can send blood pressure and heart rate climbing — only for a while — so anyone with heart troubles must be watched oh so carefully.
is|SUPPORTED|"t'ree" is "three", "ain't de same" is "not the same", "cher" calls the reader|How many sessions? Usually 'bout t'ree or more, cher. But it ain't de same for everybody.
is|SUPPORTED|"t'ink t'ings t'rough" is "think things through"|Dem NMDA receptors belong to de glutamate system in your head, and dat system got a big hand in your mood and how you t'ink t'ings t'rough.
is|SUPPORTED|a filler ", like," likens nothing: no conflict with "Unlike conventional antidepressants"|Regular antidepressants can take, like, weeks to do anything, but ketamine often works within hours.
is|UNSUPPORTED|a filler ", like," read past: "the most common way" against "these are less common"|Oral ketamine tablets are, like, the most common way people get it, way more than IV infusions.
is|SUPPORTED|"totally" before a verb stresses the deed: no absolute|To qualify, you totally have to be under the care of mental health professionals for your very first ketamine dose.
is|UNSUPPORTED|"curbs" against "increases the production"|Ketamine curbs BDNF production in the brain
is|UNSUPPORTED|"the higher doses flopped" against "higher doses proving effective"|for chronic pain it was the low doses that worked, the higher doses flopped
not|SUPPORTED|"X and Y need about the same time" against "sets it apart from traditional antidepressants"|Ketamine and traditional antidepressants need about same time, both take few weeks before showing any effect.
is|UNSUPPORTED|"solo" is alone; "and not bring anybody" denies nothing the heading's "No." answers|For your ketamine treatment, they say it's better to show up solo and not bring anybody.
is|UNSUPPORTED|"go alone, no need to come with someone" asserts the "alone" the heading's "No." denies|They say it's better to go alone, no need to come with someone.
is|SUPPORTED|"driving yourself home is ill-advised" says what "not advisable to drive" says|Driving yourself home after the treatment is ill-advised.
is|SUPPORTED|"thoughts that don't stop never" persist: no denial|Also the OCD, the obsessive-compulsive disorder, can be managed with ketamine, giving relief of those intrusive thoughts that don't stop never.
not|SUPPORTED|"doesn't stop intrusive thoughts" still denies|Ketamine doesn't stop intrusive thoughts.
is|UNSUPPORTED|"happen very often, most of the patients get it" against "in rare cases ... psychosis"|Psychosis from ketamin happen very often, most of the patients get it.
not|SUPPORTED|"three full days" counts days, against "30 minutes to 3 hours"|Whatever the dose, ketamine's effects will not show themselves ere three full days be past.
is|SUPPORTED|"not a new thing" is said of ketamine, not of the "new possibilities" a source names|Chale, ketamine is not a new thing oo, they first synthesised it in the 1960s.
not|SUPPORTED|"aren't the rare one" still denies "in rare cases"|Hallucinations aren't the rare one. Most people getting infusions end up having them.
is|SUPPORTED|a lead-in that calls the reader ("The Chariot stays parked tonight, love:") weighs only what sources say|The Chariot stays parked tonight, love: it's not advisable to drive yourself home after a ketamine treatment.
is|SUPPORTED|"me hearties" calls the reader|Ketamine gets used against substance use disorders too, me hearties. Aye, ye heard that right, the very thing that sinks many a pirate crew!
is|SUPPORTED|a bracket that defines ("(a kind of swelling and irritation)") says again what its word says|Ketamine also seems to calm inflammation (a kind of swelling and irritation) in the brain, which may be another reason it helps with depression.
is|SUPPORTED|"everybody's experience is not the same" says that experiences vary|Many people say after the sessions they feel clear-headed, relieved, even euphoric, but everybody's experience is not the same.
not|SUPPORTED|"Everyone's" weighs nothing: a sentence that says only "everyone" supports nothing|Everyone's experience is the same after a ketamine session.
is|SUPPORTED|"got everyone's attention" is noticed, no whole|Ketamine started out as an anesthetic, but what got everyone's attention was the way it makes you dissociate.
not|SUPPORTED|"gone for good" is for ever, which no sentence says|One ketamine infusion and the depression's gone for good, no need to ever go back. One and done, like my attempt at yoga.
not|SUPPORTED|"last forever" is an absolute|The effects of one infusion last forever.
is|SUPPORTED|"don't last forever" denies the absolute, as "temporary" does|Ketamine's effects don't last forever, so most people need ongoing treatment.
is|UNSUPPORTED|"a lot like your standard antidepressant" likens ketamine to what the source sets it apart from|Ketamine works a lot like your standard antidepressant: it mainly targets serotonin.
is|UNSUPPORTED|"never won FDA approval" denies the approval the source states|Ketamine has never won FDA approval for treatment, and safety worries are the reason why.
is|UNSUPPORTED|"... is serotonin, in case you were wondering" names the chemical the source calls Glutamate|The mood-dampening chemical released when the NMDA receptor is stimulated is serotonin, in case you were wondering.
is|SUPPORTED|a closing ", not you" leaves out a person, no denial|How much ketamine you need depends on your age, your body composition and how bad your condition is. That only an expert can decide, not you.
is|SUPPORTED|"a totally other route" stresses a difference, no absolute|The normal antidepressants go mostly for serotonin and such; ketamine takes a totally other route in the brain.
is|SUPPORTED|"ya3ni", "wallah" weigh nothing|Ya3ni mostly they give the ketamine inside the clinic by IV drip, wallah this is the normal way they do it.
not|UNSUPPORTED|", otherwise you don't qualify" denies only if the rule is not kept|For the first dose you must be under the care of mental health professionals, otherwise you don't qualify, this is the rule.
is|SUPPORTED|a letter's pen name ("Haunted in Hartlepool") calls the reader|If you're living with PTSD, as you are, Haunted in Hartlepool, ketamine can help make those flashbacks and anxiety attacks less frequent and less severe.
is|UNSUPPORTED|a vocative (", bro,") before "one of the most common things" keeps its comma: the comparison stands against "rare"|Allergic reactions to ketamine happen all the time, bro, one of the most common things they see.
is|UNSUPPORTED|"partly" weighs nothing: "part of the glutamate system" says nothing of opioid receptors|Some researchers think ketamine's antidepressant kick depends partly on the brain's opioid receptors, not just NMDA.
is|UNSUPPORTED|two things whose times are swapped: "Ketamine takes weeks, while antidepressants work within hours" against "Unlike conventional antidepressants, which may take weeks ..., ketamine ... within hours"|Ketamine takes weeks to work, while conventional antidepressants work within hours.
is|SUPPORTED|the same two things with their own times|Conventional antidepressants take weeks to work, while ketamine works within hours.
is|UNSUPPORTED|the claim's modifier said in another sentence of the source: "serotonin system" against "glutamate system"|The NMDA receptors that ketamine goes after belong, so I'm told, to the brain's serotonin system.
not|SUPPORTED|a learner's "in the same way of" likens, against "a distinct pathway"|Practically the ketamine works in the same way of the traditional antidepressants: it goes on the serotonin, like them.
is|SUPPORTED|", old bean," calls the reader; the denial reaches past it|It is not advisable, old bean, to drive yourself home after the treatment.
is|SUPPORTED|", I dare say," is an aside; the denial reaches past it|It is not advisable, I dare say, to drive yourself home after the treatment.
is|SUPPORTED|"not forever, it is temporary" says "temporary"|Unfortunately the effect of the ketamine infusions is not forever, it is temporary, so in the most of the cases you need to continue the treatment.
is|SUPPORTED|"helps reduce" gives no help that "blocks" opposes|For PTSD patients, ketamine helps reduce how bad the traumatic flashbacks and anxiety attacks are.
is|SUPPORTED|", and I learned this ...," is the writer's aside|Usually, and I learned this reading leaflets at three in the morning, they give it to you through an IV drip in a clinic.
not|SUPPORTED|", and I think this decreases glutamate," is the claim's own|Ketamine blocks NMDA receptors, and I think this decreases glutamate, which helps synaptic plasticity.
not|UNSUPPORTED|", mind." closes its sentence as an aside; "the cost alone can" is only the cost, not going alone|And it's not cheap, mind. The cost alone can put it out of reach for some people.
is|SUPPORTED|", Lord have mercy," is an aside|And the cost, Lord have mercy, the cost can be so steep it keeps some folks from gettin' this treatment at all.
is|SUPPORTED|"thoughts that won't leave ur head" persist|OCD is another thing ketamine therapy can help manage, it gives relief from those intrusive thoughts that just won't leave ur head.
is|SUPPORTED|"Now church," calls the listeners after an opener|Now church, most times they give this ketamine in a clinic, right through an IV line into the vein, amen.
is|UNSUPPORTED|"large doses" against "low doses"|During the session the doctors use large doses of S-ketamine to quiet suicidal thoughts and the symptoms of anxiety.
not|SUPPORTED|", I fear," is an aside; "quite common" against "Although rare"|Allergic reactions to ketamine are, I fear, quite common, though they seldom call for any prompt medical attention.
not|SUPPORTED|a denial joined by a dash after "alone" keeps the heading's "No."|Best to go to your ketamine treatment alone — no need for anybody to ride along with you or see you home.
is|SUPPORTED|a shorthand's possessive ("ket's effects") is "ketamine's", no other thing's effects|depending on how much u get, ket's effects show up in abt 30 min to 3 hrs
is|SUPPORTED|"whether ... or not" denies nothing|Before starting, you should talk about the costs and whether the insurance is covering or not with your healthcare provider.
is|SUPPORTED|Bajan "doan last" denies lasting, as "temporary" does|But hear dis: de good effects from de infusions doan last, so most people does need to keep going back fuh more treatment.
is|SUPPORTED|"not advisable that you drive" denies the driving; "let somebody else drive" is another's deed|After the treatment it is not advisable that you drive yourself to home. Let somebody else drive, abi.
is|SUPPORTED|"belong to" is "part of", "no small share" is "significant"|These NMDA receptors belong, as we agreed, to the brain's glutamate system, and that system has no small share in governing mood, cognition and the very course of our thoughts.
is|SUPPORTED|"the good of it" is its benefit; "b'y" calls the listener|Only trouble is the good of it don't last, b'y. Most people got to keep goin' back for more treatment.
not|SUPPORTED|"the most frequently occurring adverse effect" against "in rare cases, hallucinations", though the claim calls another thing rare|Hallucinations are the most frequently occurring adverse effect of ketamine infusions, dissociation arising only in rare cases.
is|UNSUPPORTED|"lessens" against "increases the production of BDNF"|Ketamine lessens the production of BDNF.
is|SUPPORTED|"thou askest" is "ask"|How many sittings, thou askest? Generally three or more.
not|SUPPORTED|a vocative between commas keeps the comma before a clause ("..., man, the IV drip is the rare one")|the pills and the nose spray are the main way people get ketamine, man, the IV drip is the rare one
is|UNSUPPORTED|a learner's "same same like" likens, against "a distinct pathway"|Ketamine, it work mainly by target serotonin, same same like the traditional antidepressant pill.
not|SUPPORTED|"the glutamate release dries right up" against "an increase in the release"|When ketamine blocks them NMDA receptors, the glutamate release dries right up, like the docks during a strike.
is|UNSUPPORTED|"did nothing" against "proving effective"|For chronic pain, the higher doses did nothing.
is|UNSUPPORTED|a dialect's "doan do nutting" is "did nothing" too|Fuh chronic pain, only de tiny-tiny doses o' ketamine does work; de higher doses doan do nutting.
is|SUPPORTED|"did nothing but help" is help|For chronic pain, the higher doses did nothing but help.
is|SUPPORTED|"By my troth," is an oath that opens the sentence|By my troth, a man should look for some three sessions or more, though the number varieth from one soul to the next.
is|SUPPORTED|"your little tablets" are small ones, no denial|Besides the IV, ya got your nose sprays and your little tablets too, but those ain't the usual play, they're less common.
is|SUPPORTED|"wanna" names no kind of thing ("whatever ya wanna call it")|On top of the NMDA business, ketamine gets the brain makin' more of this BDNF, brain-derived neurotrophic factor, whatever ya wanna call it.
is|SUPPORTED|", faster than a Richard Simmons sweat session!" is the writer's comparison|Regular antidepressants can take weeks to do their thing, but ketamine often gets results within hours, faster than a Richard Simmons sweat session!
is|UNSUPPORTED|", slower than conventional antidepressants" is the claim's own comparison|Ketamine works within weeks, slower than conventional antidepressants.
is|UNSUPPORTED|a swap of times said of "it" after its thing ("Ketamine's the slow one and it takes weeks"), the time word's own clause first|Ketamine's the slow one and it takes weeks, while the regular antidepressants work within hours.
is|SUPPORTED|a Scouse ", la," calls the listener|Most of the time, la, they give you the ketamine at the clinic through an IV drip in your arm.
is|SUPPORTED|", thank God," is an aside|Allergic reaction to ketamine is rare, thank God, but it may happen and then the person needs immediate medical attention.
is|SUPPORTED|"Khob," a Persian "well", weighs nothing|Khob, ketamine can work within hours.
is|SUPPORTED|"every person's experience, I am told, is different" says a variation past its aside|Many declare that they feel clarity, relief and even euphoria after their sessions, though every person's experience, I am told, is different.
is|SUPPORTED|a part after a semicolon that holds no word that weighs denies nothing ("one cannot have everything")|These nasal and oral preparations, however, may be slower to shew their effects than the infusion; one cannot have everything, my dear.
is|SUPPORTED|a part after a semicolon where the writer speaks of nothing a source holds is a remark|While ketamine blocks the NMDA receptor, it sets to work another, called AMPA; I confess these letters begin to swim before my eyes.
not|SUPPORTED|a part after a semicolon goes on with the claim ("; no need to drag anybody along")|Best to show up for your ketamine treatment on your own, folks; no need to drag anybody along.
is|SUPPORTED|", which is a word I had rather not have learned" is the writer's comment|Its possible ill effects include dissociation and a raised blood pressure, and in rare cases even hallucinations or psychosis, which is a word I had rather not have learned.
is|SUPPORTED|"things that aren't there" denies nothing of "rare" (the relative clause ends at "is")|Seeing things that aren't there is rare.
is|UNSUPPORTED|a denial before "rare" still denies it ("That isn't rare")|Nausea? That isn't rare.
is|SUPPORTED|"such miseries as" names the kind of what follows: a word in no source weighs only where said|During the session the doctors may employ low doses of S-ketamine to ease such miseries as suicidal thoughts or the symptoms of anxiety.
is|SUPPORTED|"It must be owned that" frames the claim, no "must"|It must be owned that the cost of the treatment can be quite prohibitive, and so stands as a stout barrier between some individuals and the clinic door.
is|SUPPORTED|"not a moment's dawdling" denies nothing|Allergic reactions to ketamine, though rare, may occur, and when they do they call for immediate medical attention and not a moment's dawdling.
is|SUPPORTED|"check-up visits" are follow-up appointments|Even when he's feeling a whole lot better, keep those check-up visits. Don't let them slide.
is|SUPPORTED|"mood pills" are antidepressants|The usual mood pills can take weeks to do anything. This one often works in a matter of hours.
is|SUPPORTED|"trained" is kin of "qualified", "watching over" of supervision|Only trained medical people should be the ones giving the drip and watching over it.
is|SUPPORTED|"admin" is shorthand for administration|PTSD/anxiety: some improvement starts w/in ~1 h of admin.
is|SUPPORTED|"uneasy" is kin of discomfort|Some folks feel uneasy for a bit, or have really vivid dreams afterward. It passes.
not|SUPPORTED|"less intense but actually MORE frequent": the second degree speaks of the noun before the first, against "reduce the severity and frequency"|it makes PTSD flashbacks less intense but actually MORE frequent
is|SUPPORTED|"less intense and less frequent" agrees with "reduce the severity and frequency"|Ketamine makes PTSD flashbacks less intense and less frequent.
not|SUPPORTED|a bare count answers its question's unit ("How many sessions ...? Generally just one.")|How many ketamine sessions should you expect? Generally just one.
is|SUPPORTED|"How many sessions ...? Generally three or more." counts sessions as the source does|How many ketamine sessions should you expect? Generally three or more.
is|SUPPORTED|a g dropped with no apostrophe ("blockin") is met by the word with it; Scots "anither" is "another"|While it's blockin the NMDA receptor, ketamine switches on anither wan cawed AMPA.
is|SUPPORTED|Scots "dinnae", "aboot", "hame", "efter": "don't", "about", "home", "after"|Dinnae even think aboot drivin yersel hame efter the treatment.
is|UNSUPPORTED|a Scots denial denies ("doesnae block" against "blocking")|Ketamine doesnae block the NMDA receptor.
is|SUPPORTED|"stretched thin" is no dropped g ("thin" is a word of its own)|I read the cost can be so high that some people just can't get it. We're already stretched thin.
is|SUPPORTED|"The thing that worries me is" frames the claim; a closing question asserts nothing|The thing that worries me is I read the effects wear off, so most people have to keep going back for more treatment. Is it like that forever??
is|SUPPORTED|a closing sentence about "your kid" is the writer's remark|I read regular antidepressants can take weeks to do anything, but ketamine often works within hours. Weeks feels like forever when your kid is struggling.
not|SUPPORTED|a closing question that names a condition weighs ("Is it also used for epilepsy?")|Ketamine is used for depression. Is it also used for epilepsy?
not|SUPPORTED|a capitalized first word before a passive verb of saying is what is said of, no speaker ("Hallucinations have been reported in")|Hallucinations have been reported in most patients.
is|SUPPORTED|a name before an active verb of saying still speaks ("Smith has said that")|Smith has said that ketamine is a controlled substance.
is|SUPPORTED|"Don't get it twisted" is an aside, no denial|Don't get it twisted, them ketamine infusions only supposed to happen with qualified medical pros guidin' and supervisin' the whole thing.
is|SUPPORTED|a comparison drawn inside a clause, up to the clause going on ("like a spotter at the gym during")|To minimise side effects, medical staff watch patients like a spotter at the gym during ketamine infusions.
is|SUPPORTED|a comparison names a doing first ("just like watching a heifer"), its rare heifer a scene, no substance|The staff keep a close eye on you during the infusion, just like watching a heifer through a hard calving.
is|SUPPORTED|a comparison drawn in words no source holds weighs only where said ("much like a dog ...")|Some people feel a bit detached and floaty during the infusion, but that usually fades once the session's over, much like a dog shaking off its sedation.
not|SUPPORTED|a comparison with a thing general English seldom names is a claim about it too ("just like ibuprofen")|Ketamine has anti-inflammatory effects in the brain, just like ibuprofen does.
is|SUPPORTED|a tag after the claim (", no joke.") weighs nothing and denies nothing|It's rare, but in some cases one of the side effects is psychosis, no joke.
is|UNSUPPORTED|an aside between two clauses keeps them apart for conflicts|Ketamine ain't even a controlled substance, you know, it's not regulated like that at all.
is|SUPPORTED|"a half hour" is 30 minutes; "Dependin'" is depending|Dependin' on how much they give ya, the ketamine kicks in somewhere between a half hour and three hours.
is|SUPPORTED|a dropped g is given back where WordNet knows the -ing form ("growin'"); "buddy" is a vocative|That BDNF stuff, buddy, it keeps your brain cells healthy and growin', and those are the same cells that get all beat up on people with depression or anxiety.
is|SUPPORTED|"lemme" weighs nothing|Lemme tell ya, the usual way they give ya the ketamine is through an IV drip, right there in the clinic, straight into the vein, ya know what I'm sayin'?
is|SUPPORTED|"old school" is traditional|Old-school antidepressants go after serotonin and the like. Ketamine comes in on a different axis in the brain.
is|SUPPORTED|"watchful eye" is supervision|It ought to be said, and said plainly, that ketamine infusions are to be given only under the guidance and watchful eye of properly qualified medical professionals.
is|SUPPORTED|"all the time" says often, no whole; "heavy duty" is powerful|Plot twist: ketamine is a heavy-duty anesthetic that both doctors and vets use all the time.
is|SUPPORTED|", all to make it ..." is a purpose, no whole|Researchers keep exploring new ways of giving it, new dosing schedules, and other therapies to go alongside it, all to make it safer and work better.
is|SUPPORTED|advice after an opening frame ("Pro tip: don't skip") is advice, as "Don't skip" is|Pro tip: don't skip sessions! Skipping may slow down your recovery.
is|SUPPORTED|a dropped h is given back ("'eard"), and a dropped g ("counsellin'"); "oughta" weighs nothing|Way I 'eard it, you oughta think about a bit of counsellin' or sortin' your lifestyle out alongside the ketamine, to get the most out of it.
is|SUPPORTED|"grown-ups" are people, "big feelings" emotions|Grown-ups who got ketamine for PTSD have said they handle their big feelings better, bounce back from stress more easily, and think more clearly.
is|SUPPORTED|an opening "In chronic pain work," scopes the clause after it ("much smaller doses" is for distress)|In chronic pain work, it is the higher doses that have proven effective.
CLAIMS
	# an acronym the articles define states the words it stands for
	# ("post-traumatic stress disorder (PTSD)"); initials that spell one
	# the articles define otherwise ("N-methyl-D-aspartate (NMDA)") do not
	q --db "$CDB" --claim "Ketamine's success in post-traumatic stress disorder is believed to stem from its ability to target specific neural pathways involved in fear and memory."
	out_has 'traumatic (as PTSD) stress (as PTSD) disorder (as PTSD)' "PTSD for its words"
	q --db "$CDB" --claim "Ketamine acts on nerve membrane docking areas in the brain."
	! grep -q '(as NMDA)' "$W/out" || fail "an acronym defined otherwise: $(grep -m1 matched "$W/out")"
	# the verdict is the claim's, whatever page of its sources is shown
	q --db "$CDB" --claim "Ketamine has proved effective against neuropathic pain and fibromyalgia."
	want_rc 0 "fibromyalgia, first page"
	head -1 "$W/out" >"$W/v10"
	q --db "$CDB" --claim -n 2 --offset 3 "Ketamine has proved effective against neuropathic pain and fibromyalgia."
	want_rc 0 "fibromyalgia, a later page"
	head -1 "$W/out" | cmp -s - "$W/v10" || fail "verdict changed with the page: $(head -1 "$W/out")"
	q --db "$CDB" --claim -n 1 "Ketamine has proved effective against neuropathic pain and fibromyalgia."
	head -1 "$W/out" | cmp -s - "$W/v10" || fail "verdict changed with -n 1: $(head -1 "$W/out")"
	# pages of a claim's sources are parts of one list
	c="The relief from ketamine infusions does not last, so most patients require continuing treatment."
	q --db "$CDB" --claim --json -n 5 "$c"
	cp "$W/out" "$W/all5"
	q --db "$CDB" --claim --json -n 2 "$c"
	cp "$W/out" "$W/page1"
	q --db "$CDB" --claim --json -n 3 --offset 2 "$c"
	cat "$W/page1" "$W/out" >"$W/pages"
	python3 -c 'import json,sys
key = lambda p: [(o["source"], o["line_start"], o["support"]) for o in map(json.loads, open(p))]
if key(sys.argv[1]) != key(sys.argv[2]):
    sys.exit("%s against %s" % (key(sys.argv[1]), key(sys.argv[2])))' "$W/pages" "$W/all5" ||
	    fail "two pages differ from one"
	# matched words are those of the sentence shown, not of its passage
	q --db "$CDB" --claim --json "Ketamine works by blocking the serotonin receptor."
	py json "$W/out" claim 1 >"$W/r" || fail "$(cat "$W/r")"
	python3 -c 'import json,sys
for l in open(sys.argv[1]):
    o = json.loads(l)
    for w in o["matched"]:
        if w.lower()[:5] not in o["sentence"].lower():
            sys.exit("matched %r is not in the sentence %r" % (w, o["sentence"]))
    if o["verdict"] == "supported":
        sys.exit("serotonin claim supported")' "$W/out" || fail "serotonin claim"
}

# Claims in other words than their source's: kin words count ("relieves" is
# stated by "relief"), a sentence that opens with "It" continues the one
# before; and details the source denies: "rather than X" against a source
# that says X, "fully understood" against "not fully understood".
q_claim_kin() {
	q --db "$CDB" --claim --json "Ketamine relieves depressive symptoms within hours."
	want_rc 0 "a claim 000 states in other words"
	python3 -c 'import json,sys
rows = [json.loads(l) for l in open(sys.argv[1])]
if rows[0]["verdict"] != "supported":
    sys.exit("verdict %s" % rows[0]["verdict"])
if not any("relieves" in r["matched"] and "relief" in r["sentence"] and "relieves" not in r["sentence"]
           for r in rows if r["support"] == "supported"):
    sys.exit("no supporting sentence says relief for relieves")' "$W/out" || fail "relief: $(head -c 600 "$W/out")"
	# a word in no source met only by a common kin word ("disease" by
	# "conditions") weighs as little as that kin word, not as an unknown word
	q --db "$CDB" --claim "Ketamine is an effective treatment for Parkinson's disease."
	want_rc 1 "Parkinson's disease"
	verdict_is_not SUPPORTED "Parkinson's"
	q --db "$CDB" --claim "Ketamine was initially developed as an antidepressant rather than an anesthetic."
	want_rc 1 "rather than"
	verdict_is_not SUPPORTED "rather than"
	out_has 'conflict (negation): claim "rather than an anesthetic", source "anaesthetic"' \
	    "rather than"
	q --db "$CDB" --claim "The mechanisms behind ketamine's anti-anxiety properties are now fully understood."
	want_rc 1 "fully understood"
	verdict_is UNSUPPORTED "fully understood"
	out_has 'conflict (negation): claim "fully understood", source "not fully understood"' \
	    "not fully understood"
}

# A dropped g ("usin'", "feelin’") is given back for the check only: the
# claim as given is what every output repeats, its bytes unchanged, and a
# quoted word ending in "in" keeps its form.
q_claim_dropped_g() {
	claim="Even if you’re feelin’ fit as a fiddle, don’t you skip out on them follow-up appointments."
	q --db "$CDB" --claim --json "$claim"
	want_rc 0 "feelin'"
	python3 -c 'import json,sys
rows = [json.loads(l) for l in open(sys.argv[1])]
if rows[0]["verdict"] != "supported":
    sys.exit("verdict %s" % rows[0]["verdict"])
if any(r["claim"] != sys.argv[2] for r in rows):
    sys.exit("claim echoed as %r" % rows[0]["claim"])' "$W/out" "$claim" ||
	    fail "feelin': $(head -c 600 "$W/out")"
	q --db "$CDB" --claim "Ketamine has been usin ketamine as an anesthetic in medical settings."
	out_has 'not in any source: usin' "usin without its apostrophe"
	q --db "$CDB" --claim "Ketamine has been 'usin' as an anesthetic in medical settings."
	out_has 'not in any source: usin' "a quoted 'usin'"
}

# A small index makes common English words look rare: "people" and "help",
# in one passage of 23, outranked "ketamine" and "depression" there too.
# General English (WordNet's tagged corpus) tempers their weight in the
# ranking, so the passage about ketamine and depression comes first.
q_claim_english() {
	mkdir -p "$W/eng"
	printf '# Helping people\n\nPeople help people. Many people need help from other people, and people who help people are helped by people too.\n' >"$W/eng/a.md"
	printf '# Infusions\n\nKetamine infusions ease depression within hours in patients whose depression resisted other drugs.\n' >"$W/eng/b.md"
	for i in $(seq 1 20); do
		printf '# Note %s\n\nTomatoes number %s grow well in sunny gardens with rich soil, compost and regular watering in spring.\n' "$i" "$i" >"$W/eng/f$i.md"
	done
	ix --db "$W/eng.db" "$W/eng"
	want_rc 0 "index"
	q --db "$W/eng.db" --claim --json -n 2 "Ketamine helps people with depression."
	want_rc 0 "a claim of common and rare words"
	python3 -c 'import json,sys
r = json.loads(open(sys.argv[1]).readline())
assert r["source"].endswith("b.md"), r["source"]' "$W/out" || fail "common words ranked first: $(head -c 300 "$W/out")"
}

# WordNet's synonyms (Debian's wordnet-base) state a claim word: "straight"
# for "directly"; --synonyms 0 and a folder without WordNet turn them off.
q_claim_synonyms() {
	mkdir -p "$W/syn"
	printf '# Infusions\n\nAn infusion delivers the medicine directly into the bloodstream, so the clinic can adjust the dose.\n' >"$W/syn/a.md"
	ix --db "$W/syn.db" "$W/syn"
	want_rc 0 "index"
	C="An infusion delivers the medicine straight into the bloodstream."
	q --db "$W/syn.db" --claim --json --explain "$C"
	want_rc 0 "straight for directly"
	python3 -c 'import json,sys
r = json.loads(open(sys.argv[1]).readline())
assert r["verdict"] == "supported", r["verdict"]
assert "straight" in r["matched"] and r["missing"] == [], (r["matched"], r["missing"])
assert r["matched_as"] == {"straight": "directly"}, r["matched_as"]' "$W/out" ||
	    fail "synonyms: $(head -c 600 "$W/out")"
	q --db "$W/syn.db" --claim --explain "$C"
	out_has "straight (as directly)" "the text names the word that stood in"
	grep -q "kin): .*straight: [a-z ]*direct" "$W/err" ||
	    fail "--explain lists the synonym: $(head -c 600 "$W/err")"
	# a word in no passage takes synonyms that have its sense among their
	# first 2 x 3: "count" is stated by "number"; a word the index holds does not
	mkdir -p "$W/count"
	printf '# Sessions\n\nThe number of sessions varies from one patient to another.\n' >"$W/count/a.md"
	ix --db "$W/count.db" "$W/count"
	want_rc 0 "index the count corpus"
	q --db "$W/count.db" --claim "The count of sessions varies from one patient to another."
	want_rc 0 "number for count"
	verdict_is SUPPORTED "number for count"
	out_has "count (as number)" "number for count"
	# a synonym of two letters is an abbreviation: "mom" is no "MA"
	mkdir -p "$W/ma"
	printf '# Clinics\n\nOur clinic in Boston, MA offers infusions.\n' >"$W/ma/a.md"
	ix --db "$W/ma.db" "$W/ma"
	want_rc 0 "index the MA corpus"
	q --db "$W/ma.db" --claim --explain "Moms get infusions."
	! grep -q "(as MA)" "$W/out" || fail "mom met by MA: $(grep -m1 matched "$W/out")"
	grep -q "kin): .*Moms: [a-z ]*mama" "$W/err" && ! grep -q "kin): .*Moms: .* ma\b" "$W/err" ||
	    fail "--explain lists a two-letter synonym: $(grep kin "$W/err")"
	# a synonym whose stem is another word's brings no kin: "depressant"
	# (for "sedative") stems as "depression" does
	q --db "$W/ma.db" --claim --explain "Ketamine is a sedative."
	grep -q "kin): .*sedative: " "$W/err" && ! grep -q "kin): .*sedative: [a-z ]*depress" "$W/err" ||
	    fail "sedative met by depression: $(grep kin "$W/err")"
	# a base form brings its kin: "safer", WordNet's "safe", kin "safety"
	q --db "$W/syn.db" --claim --explain "The infusion is safer."
	grep -q "kin): .*safer: safe safeti" "$W/err" ||
	    fail "safer: $(head -c 600 "$W/err")"
	# a word in no passage that general English uses often weighs less
	# (WordNet's tag counts); without WordNet it weighs as much as a word can
	q --db "$W/syn.db" --claim --explain "An infusion delivers the medicine straight into the bloodstream at any hour."
	grep -q "claim words weigh .*hour [0-9.]* unknown, common" "$W/err" ||
	    fail "hour is common: $(grep weigh "$W/err")"
	q --db "$W/syn.db" --claim --explain --wordnet "$W/none" "An infusion delivers the medicine straight into the bloodstream at any hour."
	grep -q "claim words weigh .*hour [0-9.]* unknown$" "$W/err" ||
	    fail "hour without WordNet: $(grep weigh "$W/err")"
	# a claim that names a thing no source names (WordNet: a specific
	# noun) is not supported, however much of the rest the sources say
	q --db "$CDB" --claim "Ketamine is chemically derived from morphine."
	verdict_is PARTIAL "morphine"
	# ... or a condition no source names ("glaucoma")
	q --db "$CDB" --claim "Because ketamine can raise intraocular pressure, it is used cautiously in patients with glaucoma."
	verdict_is_not SUPPORTED "glaucoma"
	q --db "$CDB" --claim "Ketamine is chemically derived from phencyclidine."
	verdict_is SUPPORTED "phencyclidine"
	for off in "--synonyms 0" "--wordnet $W/none"; do
		q --db "$W/syn.db" --claim $off "$C"
		want_rc 1 "$off"
		verdict_is_not SUPPORTED "$off"
	done
	q --db "$W/syn.db" --claim --synonyms two "$C"
	want_rc 2 "--synonyms two"
	err_has "--synonyms: 'two' is not N or N,M" "--synonyms two"
}

# Rows come in evidence order: a source whose sentence states the claim in
# other words ("Doctors rapidly ease pain") comes before one that ranks
# higher on the claim's own stems alone ("Physicians met."), on every page.
q_claim_order() {
	mkdir -p "$W/ord"
	printf 'Physicians met.\n' >"$W/ord/a.txt"
	printf 'Doctors rapidly ease pain.\n' >"$W/ord/b.txt"
	# the claim's "quickly" and "relieve" in a passage: no kin ranks for them
	printf 'Relieve quickly.\n' >"$W/ord/c.txt"
	ix --db "$W/ord.db" "$W/ord"
	want_rc 0 "index"
	C="Physicians quickly relieve pain."
	q --db "$W/ord.db" --claim --json "$C"
	want_rc 0 "the claim"
	python3 -c 'import json,sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [r["source"].rsplit("/", 1)[1] for r in rows] == ["c.txt", "b.txt", "a.txt"], [r["source"] for r in rows]
assert rows[1]["score"] < rows[2]["score"], "b.txt should rank lower on stems alone"
assert rows[1]["support"] == "supported", rows[1]["support"]' "$W/out" ||
	    fail "order: $(head -c 600 "$W/out")"
	q --db "$W/ord.db" --claim --json -n 1 --offset 2 "$C"
	want_rc 0 "the third page"
	python3 -c 'import json,sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [r["source"].rsplit("/", 1)[1] for r in rows] == ["a.txt"], [r["source"] for r in rows]' \
	    "$W/out" || fail "third page: $(head -c 600 "$W/out")"
	# a source that supports the claim leads one that ranks a little higher
	# and does not (002's sentence, 004's passage of higher score)
	q --db "$CDB" --claim --json -n 2 "To be able to get ketamine, a person must be looked after by mental health workers when they get their very first dose."
	want_rc 0 "the supported row first"
	python3 -c 'import json,sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert rows[0]["source"].split("/")[-1].startswith("002"), [r["source"] for r in rows]
assert rows[0]["support"] == "supported" and rows[1]["support"] != "supported", [r["support"] for r in rows]
assert rows[1]["score"] > rows[0]["score"], [r["score"] for r in rows]' "$W/out" ||
	    fail "supported first: $(head -c 600 "$W/out")"
}

# A claim word in no passage ranks by its kin: "expense" finds the
# passage that says "cost", which shares no stem with the claim.
q_claim_kin_ranked() {
	mkdir -p "$W/kr"
	printf 'The cost is what many mention first.\n' >"$W/kr/a.txt"
	printf 'Treatment is offered in clinics.\n' >"$W/kr/b.txt"
	ix --db "$W/kr.db" "$W/kr"
	want_rc 0 "index"
	q --db "$W/kr.db" --claim --json "The expense of treatment."
	python3 -c 'import json,sys
rows = [json.loads(l) for l in open(sys.argv[1])]
names = [r["source"].rsplit("/", 1)[1] for r in rows]
assert "a.txt" in names, names
a = rows[names.index("a.txt")]
assert a["matched_as"].get("expense", "").lower() == "cost", a["matched_as"]' "$W/out" ||
	    fail "kin ranked: $(head -c 600 "$W/out")"
}

# An idiom's words rank nothing: "out of reach" is no "reach out to us".
q_claim_idiom_ranked() {
	mkdir -p "$W/ir"
	printf 'Reach out to our clinic today.\n' >"$W/ir/a.txt"
	printf 'For many the cost of care is too high.\n' >"$W/ir/b.txt"
	ix --db "$W/ir.db" "$W/ir"
	want_rc 0 "index"
	q --db "$W/ir.db" --claim --json "The cost keeps care out of reach."
	python3 -c 'import json,sys
rows = [json.loads(l) for l in open(sys.argv[1])]
names = [r["source"].rsplit("/", 1)[1] for r in rows]
assert names[0] == "b.txt", names
assert "a.txt" not in names or rows[names.index("a.txt")]["score"] == 0, rows' "$W/out" ||
	    fail "idiom ranked: $(head -c 600 "$W/out")"
}

# A sentence is read under its section's heading; a question is never
# evidence (it asserts nothing) and never disagrees; "proved" stands for
# "proven" and "3" for "three".
q_claim_context() {
	mkdir -p "$W/ctx"
	cat >"$W/ctx/routes.md" <<'EOF'
# Routes of giving the drug

## Nasal sprays and oral tablets

These options are mostly chosen for maintenance after the first sessions.

## Travel

Should patients drive home alone after a session? No. Patients should travel with a friend.

## Pain

The medicine has proved effective against fibromyalgia. Relief starts within 3 hours.

## Other

Volunteers answered a long questionnaire about sleep and diet habits.

## Sprays

Sprays take longer to act than infusions do.
EOF
	ix --db "$W/ctx.db" "$W/ctx"
	want_rc 0 "index the heading corpus"
	q --db "$W/ctx.db" --claim --json "Nasal sprays are chosen for maintenance."
	want_rc 0 "the heading says what 'these options' are"
	py field "$W/out" verdict | head -1 | grep -qx supported || fail "nasal: $(head -c 600 "$W/out")"
	py field "$W/out" sentence | head -1 | grep -q '^These options' || fail "nasal sentence: $(head -c 600 "$W/out")"
	q --db "$W/ctx.db" --claim --json "Patients drive home alone after a session."
	py field "$W/out" verdict | head -1 | grep -qx supported && fail "a question was evidence: $(head -c 600 "$W/out")"
	py field "$W/out" sentence | grep -q '?' && fail "a question shown as evidence: $(head -c 600 "$W/out")"
	q --db "$W/ctx.db" --claim "The medicine has proven effective against fibromyalgia."
	want_rc 0 "proved for proven"
	verdict_is SUPPORTED "proven"
	q --db "$W/ctx.db" --claim "Relief starts within three hours."
	want_rc 0 "3 for three"
	verdict_is SUPPORTED "three"
	# a direction the evidence does not say is not supported
	q --db "$W/ctx.db" --claim "Sprays act faster than infusions."
	want_rc 1 "faster is not said"
	verdict_is PARTIAL "faster"
	q --db "$W/ctx.db" --claim "Sprays take longer to act than infusions."
	want_rc 0 "longer is said"
	# a best sentence that opens with "It" is shown with the sentence it
	# speaks of, whose words count ("ketamine" in 000 line 5)
	q --db "$CDB" --claim --json "Ketamine can provide rapid relief from symptoms of depression and other mental health issues within hours."
	want_rc 0 "ketamine is what 'It' is"
	py field "$W/out" sentence | head -1 | grep -q '^We find ketamine effective because' ||
	    fail "the referent is not shown: $(head -c 600 "$W/out")"
	py field "$W/out" matched | head -1 | grep -qF "Ketamine" || fail "ketamine not matched: $(head -c 600 "$W/out")"
}

# A whole draft: every sentence is reported in order, with exact bytes and
# lines of the draft, also those that hit nothing; headings, code, front
# matter and list markers are not claims; exit 1 unless all are supported.
q_claims_from() {
	printf -- '---\ntitle: Draft\n---\n# Ketamine notes\n\nKetamine was first synthesized in the 1960s.  The moon is made of cheese, e.g. blue cheese.\n\n```\nnot a claim.\n```\n\n- Ketamine was first synthesized in the 1990s.\n' >"$W/d.md"
	q --db "$CDB" --claims-from "$W/d.md" --json
	want_rc 1 "a draft with unsupported claims"
	py draft "$W/out" "$W/d.md" "Ketamine was first synthesized in the 1960s.=supported|The moon is made of cheese, e.g. blue cheese.=unsupported|Ketamine was first synthesized in the 1990s.=unsupported" >"$W/r" ||
	    fail "$(cat "$W/r")"
	q --db "$CDB" --claims-from "$W/d.md" --tsv --header
	want_rc 1 "--tsv"
	[ "$(head -1 "$W/out" | cut -f19-27)" = "$(printf 'verdict\tsupport\tunknown\tconflicts\tclaim\tclaim_line\tclaim_byte_start\tclaim_byte_end\tfallback')" ] ||
	    fail "TSV header: $(head -1 "$W/out")"
	grep -q "$(printf '\tunsupported\t\tmoon made cheese blue\t\tThe moon is made of cheese, e.g. blue cheese.\t6\t')" "$W/out" ||
	    fail "the claim without evidence has no row: $(cat "$W/out")"
	q --db "$CDB" --claims-from "$W/d.md"
	grep -c '^line [0-9]*: [A-Z]*  "' "$W/out" | grep -qx 3 || fail "text: not 3 verdict lines: $(cat "$W/out")"
	# claims checked on several threads come out as on one, in the draft's order
	for f in --json --tsv ""; do
		for t in 1 3; do
			q --db "$CDB" --claims-from "$W/d.md" --threads $t $f
			mv "$W/out" "$W/out.$t"
		done
		cmp -s "$W/out.1" "$W/out.3" || fail "--threads 3 $f differs from --threads 1"
	done
	q --db "$CDB" --claims-from "$W/d.md" --threads 0
	want_rc 2 "--threads 0"
	printf 'Ketamine was first synthesized in the 1960s.\n' | tmo 60 "$BIN/query" --db "$CDB" --claims-from - >"$W/out" 2>"$W/err"
	[ $? -eq 0 ] || fail "one supported claim from standard input: exit not 0"
	q --db "$CDB" --claims-from "$W/missing.md"
	want_rc 2 "a missing draft"
	one_line_naming "missing.md"
	printf 'Ketamine works.\0 More text here.\n' >"$W/bin.md"
	q --db "$CDB" --claims-from "$W/bin.md"
	want_rc 2 "a binary draft"
	one_line_naming "bin.md"
	printf '# Only a heading\n' >"$W/h.md"
	q --db "$CDB" --claims-from "$W/h.md"
	want_rc 1 "a draft without claims"
	err_has "no sentence to check" "no claims"
}

# --claims-from --html: one self-contained page, one marked span per claim.
q_claims_html() {
	printf '# Notes\n\nKetamine was first synthesized in the 1960s. The moon is made of <b>cheese</b>.\n\n- Ketamine was first synthesized in the 1990s.\n' >"$W/d.md"
	q --db "$CDB" --claims-from "$W/d.md" --html
	want_rc 1 "--html with unsupported claims"
	python3 "$ROOT/tests/html_check.py" "$W/out" 3 >"$W/r" 2>&1 || fail "html_check: $(cat "$W/r")"
	grep -qF '&lt;b&gt;cheese&lt;/b&gt;' "$W/out" || fail "draft text not escaped"
	for v in supported unsupported; do
		grep -q "verdict-$v" "$W/out" || fail "no verdict-$v span"
	done
	grep -qF '1960s' "$W/out" || fail "the conflicting source words are not shown"
	# quoted parts: checked word for word, shown in their claim's evidence (issue 23)
	printf 'It says \342\200\234ketamine often produces results within hours\342\200\235.

Another says "ketamine often produced results within hours" and "purple zebras sing".
' >"$W/q.md"
	for threads in 1 3; do
		q --db "$CDB" --claims-from "$W/q.md" --html --threads $threads
		want_rc 1 "--html with quotes not exact"
		python3 "$ROOT/tests/html_check.py" "$W/out" 2 3 >"$W/r" 2>&1 || fail "html_check with quotes: $(cat "$W/r")"
		for want in 'class="quote q-exact" id="q1"' 'class="quote q-near" id="q2"' \
		    'class="quote q-none" id="q3"' \
		    'changed: quote “produced”, source “produces” (line 13, bytes 1076-1084)' \
		    '003_96d91b1a440e6934.txt:13-13</code> <span>bytes 1061-1105</span>' \
		    'In no source, not even nearly.'; do
			grep -qF "$want" "$W/out" || fail "--html --threads $threads lacks $want"
		done
	done
	q --db "$CDB" --html --claim "Ketamine is addictive."
	want_rc 2 "--html without --claims-from"
	one_err_line "--html without --claims-from"
}

# --batch reports every claim, also one that hits nothing, with its text.
q_claim_batch_no_hit() {
	printf 'c1\tKetamine was first synthesized in the 1960s.\nc2\tZyxwv qwrtp.\n' >"$W/b.tsv"
	q --db "$CDB" --claim --json --batch "$W/b.tsv"
	want_rc 1 "one claim unsupported"
	py field "$W/out" query_id | uniq | tr '\n' ' ' | grep -qx 'c1 c2 ' || fail "ids: $(py field "$W/out" query_id | tr '\n' ' ')"
	tail -1 "$W/out" | grep -qF '"claim":"Zyxwv qwrtp.","claim_line":null' || fail "bare claim row: $(tail -1 "$W/out")"
	tail -1 "$W/out" | grep -qF '"verdict":"unsupported"' || fail "bare claim verdict: $(tail -1 "$W/out")"
}

q_claims_dev() {
	[ -f "$CLAIMS" ] || skip "no $CLAIMS"
	q --db "$CDB" --claim --json --batch "$CLAIMS"
	[ "$rc" -eq 0 ] || [ "$rc" -eq 1 ] || fail "--claim --batch exit $rc: $(head -c 300 "$W/err")"
	py json "$W/out" claimbatch 1 >"$W/r" || fail "$(cat "$W/r")"
	py claims "$CLAIMS" "$W/out" >"$W/r" || fail "$(cat "$W/r")"
}

q_list() {
	q --db "$CDB" -l ketamine
	want_rc 0 "-l"
	[ "$(lines "$W/out")" -eq 5 ] || fail "-l ketamine: $(lines "$W/out") lines, expected 5"
	[ "$(sort "$W/out" | uniq -d | wc -l)" -eq 0 ] || fail "-l repeats paths"
	while IFS= read -r p; do
		[ -f "$p" ] || fail "-l printed '$p', not a file"
	done <"$W/out"
	q --db "$CDB" -l relief
	sort "$W/out" >"$W/l"
	q --db "$CDB" --json -n 1000 relief
	py field "$W/out" source | sort -u >"$W/j"
	cmp -s "$W/l" "$W/j" || fail "-l relief differs from the sources of all results"
}

q_count() {
	q --db "$CDB" -c relief
	want_rc 0 "-c"
	sort "$W/out" >"$W/c"
	q --db "$CDB" --json -n 1000 relief
	py field "$W/out" source | sort | uniq -c | awk '{ print $2 ":" $1 }' | sort >"$W/j"
	cmp -s "$W/c" "$W/j" || fail "-c relief: $(tr '\n' ' ' <"$W/c") but the results per source are $(tr '\n' ' ' <"$W/j")"
}

q_by_source() {
	q --db "$CDB" --by-source -n 8 "rapid relief"
	want_rc 0 "--by-source"
	py bysource "$W/out" 8 >"$W/r" || fail "$(cat "$W/r")"
}

# --by-source counts every matching passage of a source, as -c does, not
# only the rows shown (each source has 12 to 33 ketamine passages).
q_by_source_counts() {
	for args in "-n 6 ketamine" "-n 6 --per-source 2 ketamine" "-n 3 --offset 2 relief" \
	    "-n 12 --source *00[0-2]* ketamine" "-n 8 ketamine bladder"; do
		set -f
		q --db "$CDB" -c $args
		cp "$W/out" "$W/c"
		q --db "$CDB" --by-source $args
		set +f
		want_rc 0 "--by-source $args"
		n=$(grep -c '^  [0-9]' "$W/out")
		py bysource "$W/out" "$n" "$W/c" >"$W/r" || fail "--by-source $args: $(cat "$W/r")"
	done
}

q_limit_offset() {
	q --db "$CDB" --json -n 2 ketamine
	want_rc 0 "-n 2"
	[ "$(lines "$W/out")" -eq 2 ] || fail "-n 2 gave $(lines "$W/out") results"
	second=$(sed -n 2p "$W/out" | python3 -c 'import json,sys; o=json.loads(sys.stdin.read()); print(o["source"], o["passage"])')
	q --db "$CDB" --json -n 1 --offset 1 ketamine
	want_rc 0 "--offset 1"
	got=$(python3 -c 'import json,sys; o=json.loads(sys.stdin.read()); print(o["source"], o["passage"])' <"$W/out")
	[ "$got" = "$second" ] || fail "--offset 1 -n 1 gave '$got', the second of -n 2 is '$second'"
	q --db "$CDB" -n 2 ketamine
	n=$(grep -c '^corpus/' "$W/out")
	[ "$n" -eq 2 ] || fail "text -n 2 shows $n results"
}

q_source_glob() {
	q --db "$CDB" --json -n 100 --source '*003*' ketamine
	want_rc 0 "--source"
	others=$(py field "$W/out" source | grep -v 003_ | head -3)
	[ -z "$others" ] || fail "--source '*003*' gave $others"
	[ -s "$W/out" ] || fail "no results"
	q --db "$CDB" --source '*nothing*' ketamine
	want_rc 1 "--source matching nothing"
}

q_per_source() {
	q --db "$CDB" --json -n 20 --per-source 1 ketamine
	want_rc 0 "--per-source 1"
	dup=$(py field "$W/out" source | sort | uniq -d)
	[ -z "$dup" ] || fail "--per-source 1 repeats $dup"
	[ "$(lines "$W/out")" -eq 5 ] || fail "--per-source 1 gave $(lines "$W/out") rows, expected one for each of 5 sources"
}

q_pipe_head() {
	for fmt in "" --json; do
		("$BIN/query" --db "$CDB" -n 100 $fmt ketamine 2>"$W/err"; echo $? >"$W/qrc") | head -1 >"$W/out"
		[ "$(lines "$W/out")" -eq 1 ] || fail "| head -1 printed $(lines "$W/out") lines"
		[ ! -s "$W/err" ] || fail "query $fmt | head -1: stderr: $(head -c 300 "$W/err")"
		r=$(cat "$W/qrc")
		# 0, or killed by SIGPIPE; never an error status or a crash
		[ "$r" -eq 0 ] || [ "$r" -eq 141 ] || fail "query $fmt | head -1 exited $r"
	done
}

q_color() {
	esc=$(printf '\033')
	q --db "$CDB" -n 3 ketamine
	! grep -q "$esc" "$W/out" || fail "escape sequences when stdout is not a terminal"
	q --db "$CDB" -n 3 --color=always ketamine
	grep -q "$esc\[" "$W/out" || fail "--color=always has no escape sequences"
	NO_COLOR=1 tmo 60 "$BIN/query" --db "$CDB" -n 3 --color=auto ketamine >"$W/out" 2>"$W/err"
	san_check "$W/err" "NO_COLOR=1 query"
	! grep -q "$esc" "$W/out" || fail "NO_COLOR=1 --color=auto has escape sequences"
	q --db "$CDB" -n 3 --color=never --by-source ketamine
	! grep -q "$esc" "$W/out" || fail "--color=never has escape sequences"
	q --db "$CDB" -n 3 --color=sometimes ketamine
	want_rc 2 "--color=sometimes"
}

q_explain() {
	q --db "$CDB" --explain -n 3 ketamine depression
	want_rc 0 "--explain"
	out_has idf "--explain"
	err_has "understood as" "--explain"
	n=$(grep -c 'idf' "$W/out")
	[ "$n" -eq 3 ] || fail "$n explanations for 3 results"
}

q_analyze() {
	q --analyze "The researcher’s treatments"
	want_rc 0 "--analyze"
	line=$(awk -F'\t' '$2 == "researcher’s"' "$W/out")
	[ -n "$line" ] || fail "no line with surface researcher’s: $(cat "$W/out")"
	s=$(printf '%s\n' "$line" | cut -f3)
	e=$(printf '%s\n' "$line" | cut -f4)
	[ "$s" = 4 ] && [ "$e" = 18 ] || fail "researcher’s at $s-$e, expected 4-18 (bytes)"
	n=$(awk -F'\t' 'NF != 4' "$W/out" | wc -l)
	[ "$n" -eq 0 ] || fail "lines without 4 fields"
	[ "$(lines "$W/out")" -eq 3 ] || fail "$(lines "$W/out") tokens for 3 words"
}

q_analyze_stdin() {
	# 100000 words, 10 per line, each word 6 letters
	python3 -c 'import sys
w = [b"planet", b"garden", b"silver", b"forest", b"rocket"]
line = b" ".join(w[i % 5] for i in range(10)) + b"\n"
sys.stdout.buffer.write(line * 10000)' >"$W/in"
	tmo 300 "$BIN/query" --analyze <"$W/in" >"$W/out" 2>"$W/err"
	rc=$?
	san_check "$W/err" "query --analyze <stdin"
	want_rc 0 "--analyze from stdin"
	py analyze "$W/out" 100000 70 10 6 >"$W/r" || fail "$(cat "$W/r")"
}

q_sqlite_shell() {
	command -v sqlite3 >/dev/null 2>&1 || skip "no sqlite3 shell"
	out=$(sqlite3 :memory: ".load $EXT" "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='snowball');" \
	    "INSERT INTO t VALUES('The researcher’s treatments');" \
	    "SELECT count(*) FROM t WHERE t MATCH 'researcher AND treat';" 2>&1)
	[ "$out" = 1 ] || fail "sqlite3 shell with the extension: '$out', expected 1"
	cp "$CDB" "$W/c.db"
	[ ! -s "$CDB-wal" ] || cp "$CDB-wal" "$W/c.db-wal"
	out=$(sqlite3 "$W/c.db" ".load $EXT" "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'ketamine';" 2>&1)
	case $out in
	'' | *[!0-9]* | 0) fail "count of 'ketamine' in the real index via the shell: '$out'" ;;
	esac
}

q_exit_status() {
	for p in indexer query; do
		tmo 30 "$BIN/$p" --help >"$W/out" 2>"$W/err"
		rc=$?
		san_check "$W/err" "$p --help"
		want_rc 0 "$p --help"
		grep -qi usage "$W/out" || fail "$p --help prints no usage on stdout"
		tmo 30 "$BIN/$p" --no-such-option >"$W/out" 2>"$W/err"
		rc=$?
		san_check "$W/err" "$p --no-such-option"
		want_rc 2 "$p --no-such-option"
		[ ! -s "$W/out" ] || fail "$p --no-such-option wrote to stdout"
	done
	q --db "$CDB" --limit abc ketamine
	want_rc 2 "--limit abc"
	one_err_line "--limit abc"
	err_has "--limit" "--limit abc"
	q --db "$CDB" -n -3 ketamine
	want_rc 2 "-n -3"
}

# ---- command-line manners (issue 16) -----------------------------------------

q_options_anywhere() {
	q glutamate --json -n 2 --db "$CDB"
	want_rc 0 "glutamate --json -n 2 --db"
	py json "$W/out" plain 2 >"$W/r" || fail "options after the query: $(cat "$W/r")"
	[ "$(lines "$W/out")" -eq 2 ] || fail "glutamate --json -n 2 gave $(lines "$W/out") rows"
	# the same rows as with the options first
	cp "$W/out" "$W/after"
	q --db "$CDB" --json -n 2 glutamate
	cmp -s "$W/out" "$W/after" || fail "options after the query change the results"
}

q_double_dash() {
	# a word starting with - as its own argument is an option: one line, a hint
	q --db "$CDB" ketamine -anesthesia
	want_rc 2 "ketamine -anesthesia"
	one_err_line "ketamine -anesthesia"
	err_has "'-anesthesia'" "unknown option names the argument"
	err_has "--" "hint"
	[ ! -s "$W/out" ] || fail "stdout on an option error"
	# after -- it is query text: NOT depression
	q --db "$CDB" --json -n 200 -- ketamine -depression
	want_rc 0 "-- ketamine -depression"
	py notext "$W/out" '\bdepress' >"$W/r" || fail "-- ketamine -depression: $(cat "$W/r")"
	# and options after -- are query text too: this output is text, not JSON
	q --db "$CDB" -n 1 -- glutamate --json
	[ "$rc" -le 1 ] || fail "-- glutamate --json: exit $rc"
	grep -q '^{' "$W/out" && fail "--json after -- was taken as an option"
	true
}

q_regexp() {
	q --db "$CDB" --json -n 200 -e ketamine -e -depression
	want_rc 0 "-e ketamine -e -depression"
	cp "$W/out" "$W/e"
	q --db "$CDB" --json -n 200 -- ketamine -depression
	cmp -s "$W/out" "$W/e" || fail "-e ketamine -e -depression differs from -- ketamine -depression"
	q --db "$CDB" -e -nmda -n 1 ketamine
	want_rc 0 "-e -nmda ketamine"
	q --db "$CDB" --batch - -e ketamine
	want_rc 2 "--batch with -e"
}

q_quiet() {
	for args in "ketamine" "ketamine zzyzx" "-l ketamine" "-c ketamine" "--json ketamine"; do
		q --db "$CDB" -q $args
		want_rc 0 "-q $args"
		[ ! -s "$W/out" ] || fail "-q $args printed: $(head -c 200 "$W/out")"
		[ ! -s "$W/err" ] || fail "-q $args: stderr: $(head -c 200 "$W/err")"
	done
	q --db "$CDB" --quiet xylophonequux
	want_rc 1 "--quiet, no match"
	[ ! -s "$W/out" ] || fail "--quiet printed on no match"
	q --db "$CDB" -q --all-words ketamine zzyzx
	want_rc 1 "-q --all-words ketamine zzyzx"
	q --db "$CDB" -q --offset 100000 ketamine
	want_rc 1 "-q with an offset past the results"
}

q_csv() {
	q --db "$CDB" --csv -n 7 ketamine
	want_rc 0 "--csv"
	cp "$W/out" "$W/csv"
	q --db "$CDB" --json -n 7 ketamine
	python3 - "$W/csv" "$W/out" >"$W/r" <<'PY' || fail "--csv: $(cat "$W/r")"
import csv, io, json, sys
raw = open(sys.argv[1], 'rb').read()
if not raw.endswith(b'\r\n') or raw.replace(b'\r\n', b'').count(b'\n') and b'"' not in raw:
    sys.exit("records do not end in CRLF")
rows = list(csv.reader(io.StringIO(raw.decode('utf-8'), newline='')))
head = ['source', 'line_start', 'line_end', 'byte_start', 'byte_end', 'score', 'title',
        'section', 'passage', 'snippet', 'fallback', 'author', 'date', 'publisher', 'url',
        'page']
if rows[0] != head:
    sys.exit("header %r" % rows[0])
objs = [json.loads(l) for l in open(sys.argv[2])]
if len(rows) - 1 != len(objs) or not objs:
    sys.exit("%d CSV rows, %d JSON rows" % (len(rows) - 1, len(objs)))
for r, o in zip(rows[1:], objs):
    if len(r) != len(head):
        sys.exit("row of %d fields" % len(r))
    d = dict(zip(head, r))
    for k in ('source', 'title', 'section', 'snippet'):
        if d[k] != o[k]:
            sys.exit("%s: CSV %r, JSON %r" % (k, d[k], o[k]))
    for k in ('line_start', 'line_end', 'byte_start', 'byte_end', 'passage'):
        if int(d[k]) != o[k]:
            sys.exit("%s: CSV %r, JSON %r" % (k, d[k], o[k]))
    if d['fallback'] != '0':
        sys.exit("fallback %r" % d['fallback'])
PY
	q --db "$CDB" --csv xylophonequux
	want_rc 1 "--csv, no match"
	[ ! -s "$W/out" ] || fail "--csv printed a header with no match"
}

q_tsv_header() {
	q --db "$CDB" --tsv --header -n 3 ketamine
	want_rc 0 "--tsv --header"
	[ "$(head -1 "$W/out")" = "$(printf 'source\tline_start\tline_end\tbyte_start\tbyte_end\tscore\ttitle\tsection\tpassage\tsnippet\tfallback\tauthor\tdate\tpublisher\turl\tpage')" ] ||
	    fail "header: $(head -1 "$W/out")"
	[ "$(lines "$W/out")" -eq 4 ] || fail "--tsv --header -n 3: $(lines "$W/out") lines"
	sed 1d "$W/out" >"$W/rows"
	py tsv "$W/rows" 16 >"$W/r" || fail "rows after the header: $(cat "$W/r")"
	q --db "$CDB" --json --header ketamine
	want_rc 2 "--header with --json"
	one_err_line "--header with --json"
}

q_limit_zero() {
	for n in "-n 0" "--limit 0" "--limit=0"; do
		q --db "$CDB" $n ketamine
		want_rc 2 "$n"
		one_err_line "$n"
		err_has "--limit" "$n"
		[ ! -s "$W/out" ] || fail "$n printed results"
	done
}

q_unknown_option() {
	for o in --no-such-option -x --json=1 --s; do
		q --db "$CDB" ketamine $o
		want_rc 2 "$o"
		one_err_line "$o"
		err_has "--help" "$o: hint to --help"
		grep -qi usage "$W/err" && fail "$o printed the usage"
	done
	q --db "$CDB" ketamine --db
	want_rc 2 "--db without its argument"
	err_has "needs an argument" "--db without its argument"
	for o in --no-such-option; do
		ix $o
		want_rc 2 "indexer $o"
		one_err_line "indexer $o"
		err_has "--help" "indexer $o"
	done
	true
}

q_list_formats() {
	q --db "$CDB" -l --json ketamine
	want_rc 0 "-l --json"
	python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == 5, rows
cite = {"title", "author", "date", "publisher", "url"}
for r in rows:
    assert set(r) == {"source", "fallback"} | cite, r
    assert r["title"], r
# corpus/metadata.tsv names three publishers
assert sum(r["publisher"] is not None for r in rows) == 3, rows
' "$W/out" || fail "-l --json rows: $(head -c 300 "$W/out")"
	q --db "$CDB" -c --json relief
	python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
cite = {"title", "author", "date", "publisher", "url"}
assert rows and all(set(r) == {"source", "count", "fallback"} | cite and r["count"] > 0
                    for r in rows), rows
' "$W/out" || fail "-c --json rows: $(head -c 300 "$W/out")"
	q --db "$CDB" -c relief
	sed 's/:\([0-9]*\)$/\t\1\t0/' "$W/out" >"$W/want"
	q --db "$CDB" -c --tsv relief
	awk -F'\t' 'NF != 8 { exit 1 }' "$W/out" || fail "-c --tsv rows without 8 columns: $(head -2 "$W/out")"
	cut -f1-3 "$W/out" >"$W/got"
	cmp -s "$W/got" "$W/want" || fail "-c --tsv: $(head -2 "$W/out" | tr '\n' '|') against -c: $(head -2 "$W/want" | tr '\n' '|')"
	# paging: -n and --offset count sources
	q --db "$CDB" -l ketamine
	sed -n 2,3p "$W/out" >"$W/want"
	q --db "$CDB" -l -n 2 --offset 1 ketamine
	want_rc 0 "-l -n 2 --offset 1"
	cmp -s "$W/out" "$W/want" || fail "-l -n 2 --offset 1: $(tr '\n' ' ' <"$W/out"), expected sources 2-3: $(tr '\n' ' ' <"$W/want")"
	q --db "$CDB" -c --offset 5 ketamine
	want_rc 1 "-c --offset 5 of 5 sources"
	[ ! -s "$W/out" ] || fail "-c --offset 5 printed"
}

q_all_words() {
	q --db "$CDB" -l --json ketamine bladder
	want_rc 0 "-l ketamine bladder (fall back)"
	[ -s "$W/out" ] || fail "no fall-back rows"
	grep -v '"fallback":true' "$W/out" && fail "a fall-back row without fallback:true"
	q --db "$CDB" --tsv ketamine bladder
	awk -F'\t' '$11 != 1 { exit 1 }' "$W/out" || fail "--tsv fall-back rows without 1 in the fallback column"
	for flag in --all-words --no-fallback; do
		q --db "$CDB" -l $flag ketamine bladder
		want_rc 1 "-l $flag ketamine bladder"
		[ ! -s "$W/out" ] || fail "$flag printed $(head -c 200 "$W/out")"
	done
	q --db "$CDB" --json --all-words ketamine
	want_rc 0 "--all-words ketamine"
	grep -v '"fallback":false' "$W/out" && fail "a row with every word marked fallback"
	true
}

# --source matches the path or the file name, in every mode alike.
q_source_basename() {
	q --db "$CDB" --json -n 100 --source '004*' ketamine
	want_rc 0 "--source '004*'"
	[ -s "$W/out" ] || fail "--source '004*': no results"
	others=$(py field "$W/out" source | grep -v '/004_' | head -3)
	[ -z "$others" ] || fail "--source '004*' gave $others"
	for mode in -l -c --by-source; do
		q --db "$CDB" $mode --source '004*' ketamine
		want_rc 0 "$mode --source '004*'"
		grep -q '/004_' "$W/out" || fail "$mode --source '004*': no 004: $(head -c 200 "$W/out")"
		others=$(grep '^corpus/' "$W/out" | grep -v '^corpus/004_' | head -3)
		[ -z "$others" ] || fail "$mode --source '004*' gave $others"
	done
	q --db "$CDB" --json --claim --source '004*' "Ketamine is an anesthetic."
	want_rc 0 "--claim --source '004*'"
	others=$(py field "$W/out" source | grep -v '/004_' | head -3)
	[ -z "$others" ] || fail "--claim --source '004*' gave $others"
	# the path still matches, and a file name glob matches only file names
	q --db "$CDB" -l --source 'corpus/004_*' ketamine
	[ "$(cat "$W/out")" = corpus/004_2e3377e605b1e880.txt ] || fail "--source 'corpus/004_*': $(cat "$W/out")"
	q --db "$CDB" -l --source 'corpus' ketamine
	want_rc 1 "--source 'corpus' (a folder, not a glob of its files)"
}

q_env_db() {
	cd "$W" || fail "cd"
	PSEARCH_DB=$CDB tmo 60 "$BIN/query" -n 1 ketamine >"$W/out" 2>"$W/err"
	rc=$?
	want_rc 0 "PSEARCH_DB, from another directory"
	[ -s "$W/out" ] || fail "PSEARCH_DB: no output"
	PSEARCH_DB=$W/none.db tmo 60 "$BIN/query" --db "$CDB" -n 1 ketamine >"$W/out" 2>"$W/err"
	rc=$?
	want_rc 0 "--db over PSEARCH_DB"
	PSEARCH_DB=$W/none.db tmo 60 "$BIN/query" ketamine >"$W/out" 2>"$W/err"
	rc=$?
	want_rc 2 "PSEARCH_DB naming a missing index"
	err_has none.db "the message names PSEARCH_DB's file"
	[ ! -e "$W/none.db" ] || fail "query created PSEARCH_DB's file"
	copy_corpus "$W/c"
	PSEARCH_DB=$W/e.db tmo 60 "$BIN/indexer" -q c >"$W/out" 2>"$W/err"
	rc=$?
	want_rc 0 "indexer with PSEARCH_DB"
	[ -f "$W/e.db" ] || fail "the indexer did not write PSEARCH_DB's file"
	[ ! -e "$W/index.db" ] || fail "the indexer wrote index.db despite PSEARCH_DB"
}

idx_failed_run_no_index() {
	ix --db "$W/a.db" "$W/no-such-dir"
	want_rc 2 "missing path"
	for f in a.db a.db-wal a.db-shm a.db-journal; do
		[ ! -e "$W/$f" ] || fail "a failed first run left $f"
	done
	mkdir "$W/pdf" && printf '%%PDF-1.4\n' >"$W/pdf/x.pdf" && : >"$W/pdf/empty.txt"
	ix --db "$W/b.db" "$W/pdf"
	want_rc 2 "only skipped files"
	err_has "nothing indexed" "only skipped files"
	[ ! -e "$W/b.db" ] || fail "a run of only skipped files left b.db"
	# an index that existed before is never removed, even when left empty
	copy_corpus "$W/c"
	ix --db "$W/k.db" -q "$W/c"
	want_rc 0 "first run"
	ix --db "$W/k.db" "$W/no-such-dir"
	want_rc 2 "missing path, existing index"
	n=$(py sql "$W/k.db" "SELECT count(*) FROM sources")
	[ "$n" = 5 ] || fail "the existing index lost its sources ($n)"
	rm -rf "$W/c"/*
	ix --db "$W/k.db" "$W/c"
	[ -f "$W/k.db" ] || fail "an existing index emptied by a run was removed"
	: >"$W/empty.db"
	ix --db "$W/empty.db" "$W/no-such-dir"
	[ -e "$W/empty.db" ] || fail "a file that existed before the run was removed"
}

idx_options_anywhere() {
	copy_corpus "$W/c"
	ix "$W/c" --db "$W/i.db" -q
	want_rc 0 "indexer DIR --db FILE -q"
	[ ! -s "$W/err" ] || fail "-q after the path: stderr: $(head -c 200 "$W/err")"
	n=$(py sql "$W/i.db" "SELECT count(*) FROM sources")
	[ "$n" = 5 ] || fail "$n sources, expected 5"
	mkdir "$W/-dash" && cp "$W/c/000_af75b05ade9d0f22.txt" "$W/-dash/"
	(cd "$W" && tmo 60 "$BIN/indexer" --db d.db -q -- -dash) >"$W/out" 2>"$W/err"
	rc=$?
	want_rc 0 "indexer -- -dash"
	n=$(py sql "$W/d.db" "SELECT count(*) FROM sources WHERE path = '-dash/000_af75b05ade9d0f22.txt'")
	[ "$n" = 1 ] || fail "-- -dash: the path after -- was not indexed"
}

# make install / uninstall into a DESTDIR; make clean spares indexes.
make_install() {
	command -v make >/dev/null 2>&1 || skip "no make"
	D=$W/dest
	make -s -C "$ROOT" BIN="$BIN" DESTDIR="$D" PREFIX=/usr install >"$W/out" 2>"$W/err"
	rc=$?
	want_rc 0 "make install"
	for f in usr/bin/psearch usr/bin/psearch-index usr/lib/psearch/fts5_snowball.so \
	    usr/share/man/man1/psearch.1 usr/share/man/man1/psearch-index.1 \
	    usr/share/bash-completion/completions/psearch \
	    usr/share/bash-completion/completions/psearch-index; do
		[ -f "$D/$f" ] || fail "make install did not install $f"
	done
	[ -x "$D/usr/bin/psearch" ] || fail "psearch is not executable"
	v=$("$D/usr/bin/psearch" --version) || fail "psearch --version failed"
	# the programs name themselves after argv[0]; a wrapper script (make
	# valgrind's) execs them under their in-tree names, so not checked there
	if [ "$(head -c 2 "$BIN/query")" != "#!" ]; then
		[ "$v" = "psearch 0.1" ] || fail "psearch --version: '$v'"
		"$D/usr/bin/psearch-index" --help | grep -q "usage: psearch-index" ||
		    fail "psearch-index --help does not name itself"
	fi
	[ ! -e "$D/usr/bin/query" ] && [ ! -e "$D/usr/bin/indexer" ] || fail "installed under the in-tree names"
	make -s -C "$ROOT" BIN="$BIN" DESTDIR="$D" PREFIX=/usr uninstall >"$W/out" 2>"$W/err"
	rc=$?
	want_rc 0 "make uninstall"
	left=$(find "$D" -type f | head -3)
	[ -z "$left" ] || fail "make uninstall left $left"
	make -s -n -C "$ROOT" clean >"$W/out" 2>&1
	grep -q '\.db' "$W/out" && fail "make clean would remove an index: $(cat "$W/out")"
	true
}

# ---- run ---------------------------------------------------------------------

W=$T/w/setup
mkdir -p "$W"
if ! (cd "$ROOT" && tmo 120 "$BIN/indexer" -q --db "$CDB" corpus) >"$W/.log" 2>&1; then
	echo "not ok - setup: indexing corpus into $CDB failed: $(head -c 300 "$W/.log" | tr '\n' ' ')"
	FAILED=$((FAILED + 1))
fi

# Bash completion offers every long option --help lists, for both programs.
completion_options() {
	for prog in query indexer; do
		"$BIN/$prog" --help >"$W/help" 2>&1
		for o in $(grep -o -- '--[a-z][a-z0-9-]*' "$W/help" | sort -u); do
			grep -qE -- "(^|[ '|])$o([ '|)]|\$)" "$ROOT/completion/psearch.bash" ||
			    fail "$prog $o is not in completion/psearch.bash"
		done
	done
}

ALL_TESTS="\
q_claim_verdicts q_claim_kin q_claim_dropped_g q_claim_synonyms q_claim_english q_claim_order q_claim_kin_ranked q_claim_idiom_ranked q_claim_context q_claims_from q_claims_html q_claim_batch_no_hit \
    idx_corpus_twice idx_byte_ranges idx_changed_file idx_vanished_file idx_touched_file \
    idx_touched_not_stale idx_rebuild idx_missing_path idx_dangling_symlink idx_fifo \
    idx_dir_loop idx_empty_file idx_binary_file idx_invalid_utf8 idx_crlf_bom idx_long_line \
    idx_foreign_db idx_other_extension idx_markdown idx_big_file idx_kill_atomic idx_check idx_check_raw_forms \
    idx_check_corrupt idx_term_df \
    q_basic q_empty_query q_missing_db q_foreign_db q_no_fts_errors q_special_found \
    q_near q_near_malformed q_fallback_consistent q_prefix q_prefix_raw_forms q_apostrophes q_not q_or q_fallback q_raw_syntax q_json \
    q_json_claim q_json_batch q_tsv q_claims_dev q_list q_count q_by_source q_by_source_counts q_limit_offset \
    q_source_glob q_per_source q_pipe_head q_color q_explain q_analyze q_analyze_stdin \
    q_sqlite_shell q_exit_status \
    q_options_anywhere q_double_dash q_regexp q_quiet q_csv q_tsv_header q_limit_zero \
    q_unknown_option q_list_formats q_all_words q_source_basename q_env_db idx_failed_run_no_index \
    idx_options_anywhere make_install completion_options"
# ONLY="test names" runs a subset
for t in ${ONLY:-$ALL_TESTS}; do
	run_test "$t"
done

finish
