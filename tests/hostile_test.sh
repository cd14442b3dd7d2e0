#!/bin/sh
# tests/hostile_test.sh: bin/indexer and bin/query against a hostile
# environment: a truncated index, a read-only index (folder, file, media),
# a full disk, a file size limit, an index from a newer schema, and file
# names with spaces, newlines and invalid UTF-8.
#
#   BIN=bin sh tests/hostile_test.sh      (from the repo root, after make)
#
# Each case expects what a careful user would: one line on stderr naming
# the file, exit status 2, and nothing else damaged (the index byte for byte
# as it was, still answering queries and passing `indexer --check`).
# Read-only mounts and small file systems need `unshare -m` (root or user
# namespaces); a read-only file needs `setpriv` to drop to user nobody.
# A case whose tool is missing prints "# SKIP" with the reason.
# Output as tests/cli_test.sh: "ok - name" or "not ok - name: reason",
# last line "N passed, M failed", non-zero exit status on any failure.
#
# Environment: BIN (default bin), ONLY (test names to run), KEEP_LOGS=1.

BIN=${BIN:-bin}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac

NAME=hostile_test.sh
. "$ROOT/tests/harness.sh"
chmod 755 "$T"		# user nobody walks in for the read-only file case

# ---- helpers ---------------------------------------------------------------

# ix / q (tests/harness.sh) run the programs into $W/out, $W/err and $rc
# the error contract: exit 2, exactly one stderr line, naming $2, saying $3
one_error() {	# one_error WHAT NAME [PHRASE]
	want_rc 2 "$1"
	n=$(wc -l <"$W/err" | tr -d ' ')
	[ "$n" -eq 1 ] || fail "$1: $n stderr lines, expected 1: $(head -c 400 "$W/err" | tr '\n' '|')"
	grep -qF -- "$2" "$W/err" || fail "$1: stderr does not name $2: $(cat "$W/err")"
	[ -z "${3:-}" ] || grep -qiF -- "$3" "$W/err" || fail "$1: stderr lacks '$3': $(cat "$W/err")"
}
same_file() {	# same_file A B WHAT
	cmp -s "$1" "$2" || fail "$3: $1 changed"
}
# no -wal or -shm with content, nor any other file, beside index $1
no_strays() {
	for f in "$1"-*; do
		[ -e "$f" ] || continue
		case $f in
		*-wal | *-shm) [ ! -s "$f" ] || [ "${f%-shm}" != "$f" ] || fail "$2: $f holds data" ;;
		*) fail "$2: stray file $f" ;;
		esac
	done
}
# the good index answers as before and passes --check
index_sound() {	# index_sound DB WHAT
	q --db "$1" --tsv -n 5 ketamine
	want_rc 0 "$2: query after"
	cmp -s "$W/out" "$T/good.tsv" || fail "$2: results differ from the original index's"
	ix --db "$1" --check
	want_rc 0 "$2: --check after"
}
good_copy() {	# good_copy DB: a fresh copy of the corpus index
	cp "$T/good.db" "$1"
}


# ns_ok: unshare -m and mounting work here
ns_ok() {
	[ -z "${NS_OK:-}" ] || return "$NS_OK"
	mkdir -p "$T/nsprobe"
	if command -v unshare >/dev/null 2>&1 &&
	    unshare -m sh -c 'mount -t tmpfs -o size=64k tmpfs "$1"' sh "$T/nsprobe" 2>/dev/null; then
		NS_OK=0
	else
		NS_OK=1
	fi
	return "$NS_OK"
}
# in_ro DIR CMD...: run CMD with DIR mounted read-only (in a private mount namespace)
in_ro() {
	d=$1
	shift
	unshare -m sh -c 'mount --bind -o ro "$1" "$1" && shift && exec "$@"' sh "$d" "$@"
}
NOBODY="setpriv --reuid=nobody --regid=nogroup --clear-groups"
nobody_ok() {
	command -v setpriv >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ] &&
	    $NOBODY sh -c '[ -x "$1/query" ] && [ -x "$1/indexer" ] && cd "$2"' sh "$BIN" "$W" 2>/dev/null
}

# A corpus of a few MB that no small file system can hold in its index.
big_corpus() {
	[ -d "$T/big" ] && return 0
	python3 - "$T/big" <<'PYEOF'
import os, random, sys
random.seed(3)
d = sys.argv[1]
os.makedirs(d)
words = [''.join(random.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(random.randint(3, 10)))
         for _ in range(20000)]
for i in range(120):
    paras = []
    for p in range(30):
        paras.append(' '.join(random.choice(words) for _ in range(120)) + '.')
    with open(os.path.join(d, 'f%03d.txt' % i), 'w') as f:
        f.write('\n\n'.join(paras) + '\n')
PYEOF
}

# ---- truncated index ----------------------------------------------------------

# Cut the index after its first half, after its 100-byte header, after one
# page.  query, --check and a normal run refuse it with one line that says
# how to rebuild and leave it as it is; --rebuild starts it over.
trunc_index() {
	size=$(wc -c <"$T/good.db" | tr -d ' ')
	for cut in $((size / 2)) 100 4096; do
		good_copy "$W/t.db"
		truncate -s "$cut" "$W/t.db"
		cp "$W/t.db" "$W/before"
		q --db "$W/t.db" ketamine
		one_error "query on index cut at $cut" t.db "rebuild"
		ix --db "$W/t.db" --check
		one_error "--check on index cut at $cut" t.db "damaged"
		ix --db "$W/t.db" "$ROOT/corpus"
		one_error "indexer on index cut at $cut" t.db "indexer --rebuild"
		same_file "$W/t.db" "$W/before" "indexer on index cut at $cut"
		ix --db "$W/t.db" --rebuild -q corpus
		want_rc 0 "--rebuild of index cut at $cut"
		[ ! -s "$W/err" ] || fail "--rebuild of index cut at $cut: stderr: $(head -c 300 "$W/err")"
		index_sound "$W/t.db" "rebuilt index cut at $cut"
		no_strays "$W/t.db" "rebuilt index cut at $cut"
		rm -f "$W/t.db"*
	done
}

# --rebuild never empties a damaged database that is not ours
trunc_foreign() {
	python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("CREATE TABLE notes(t TEXT)")
db.executemany("INSERT INTO notes VALUES(?)", [("x" * 500,)] * 200)
db.commit()' "$W/notes.db"
	size=$(wc -c <"$W/notes.db" | tr -d ' ')
	truncate -s $((size / 2)) "$W/notes.db"
	cp "$W/notes.db" "$W/before"
	ix --db "$W/notes.db" --rebuild corpus
	one_error "--rebuild onto a damaged foreign database" notes.db
	same_file "$W/notes.db" "$W/before" "--rebuild onto a damaged foreign database"
}

# ---- newer schema (not in cli_test.sh; test_store has the library side) ------

future_schema() {
	good_copy "$W/f.db"
	python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE meta SET value = ? WHERE key = ?", ("99", "schema_version"))
db.commit()
db.close()' "$W/f.db"
	cp "$W/f.db" "$W/before"
	q --db "$W/f.db" ketamine
	one_error "query on a newer schema" f.db "newer"
	ix --db "$W/f.db" corpus
	one_error "indexer on a newer schema" f.db "newer"
	ix --db "$W/f.db" --rebuild corpus
	one_error "indexer --rebuild on a newer schema" f.db "newer"
	same_file "$W/f.db" "$W/before" "indexer on a newer schema"
}

# ---- read-only -----------------------------------------------------------------

# The index on a read-only mount (a CD, a read-only share): queries work;
# the indexer and --check say the index cannot be written, and write nothing.
ro_folder() {
	ns_ok || skip "unshare -m and mount not allowed here"
	mkdir "$W/ro"
	good_copy "$W/ro/i.db"
	cp "$W/ro/i.db" "$W/before"
	# run inside one read-only namespace, look at the results afterwards
	in_ro "$W/ro" sh -c '
		"$1/query" --db "$2/ro/i.db" --tsv -n 5 ketamine >"$2/q.out" 2>"$2/q.err"; echo $? >"$2/q.rc"
		"$1/query" --db "$2/ro/i.db" --json -n 5 ketamine >"$2/j.out" 2>"$2/j.err"; echo $? >"$2/j.rc"
		"$1/indexer" --db "$2/ro/i.db" "$3/corpus" >"$2/i.out" 2>"$2/i.err"; echo $? >"$2/i.rc"
		"$1/indexer" --db "$2/ro/i.db" --check >"$2/c.out" 2>"$2/c.err"; echo $? >"$2/c.rc"
		"$1/indexer" --db "$2/ro/new.db" "$3/corpus" >"$2/n.out" 2>"$2/n.err"; echo $? >"$2/n.rc"
	' sh "$BIN" "$W" "$ROOT" || fail "could not run in a read-only mount"
	[ "$(cat "$W/q.rc")" = 0 ] || fail "query on a read-only folder: exit $(cat "$W/q.rc"): $(cat "$W/q.err")"
	cmp -s "$W/q.out" "$T/good.tsv" || fail "query on a read-only folder: results differ"
	[ "$(cat "$W/j.rc")" = 0 ] || fail "--json on a read-only folder: exit $(cat "$W/j.rc"): $(cat "$W/j.err")"
	for c in i c n; do
		cp "$W/$c.err" "$W/err"
		rc=$(cat "$W/$c.rc")
		one_error "indexer ($c) on a read-only folder" "$W/ro/" "read-only file system"
	done
	same_file "$W/ro/i.db" "$W/before" "read-only folder"
	[ "$(ls "$W/ro")" = i.db ] || fail "files appeared in the read-only folder: $(ls "$W/ro" | tr '\n' ' ')"
}

# Shipped with its -wal and -shm (copied while a reader held it open): SQLite
# reads them.  A -wal with changes but no -shm cannot be read: one line.
ro_folder_wal() {
	ns_ok || skip "unshare -m and mount not allowed here"
	mkdir "$W/ro"
	good_copy "$W/ro/i.db"
	# a committed change left in the -wal: the process dies before checkpointing
	python3 -c 'import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA wal_autocheckpoint = 0")
db.execute("UPDATE meta SET value = ? WHERE key = ?", ("2000-01-01T00:00:00Z", "updated_at"))
os._exit(0)' "$W/ro/i.db"
	[ -s "$W/ro/i.db-wal" ] && [ -e "$W/ro/i.db-shm" ] || fail "setup: no -wal and -shm"
	in_ro "$W/ro" sh -c '"$1/query" --db "$2/ro/i.db" --tsv -n 5 ketamine >"$2/q.out" 2>"$2/q.err"; echo $? >"$2/q.rc"' \
	    sh "$BIN" "$W" || fail "could not run in a read-only mount"
	[ "$(cat "$W/q.rc")" = 0 ] || fail "query with -wal and -shm, read-only: exit $(cat "$W/q.rc"): $(cat "$W/q.err")"
	cmp -s "$W/q.out" "$T/good.tsv" || fail "query with -wal and -shm, read-only: results differ"
	rm "$W/ro/i.db-shm"
	in_ro "$W/ro" sh -c '"$1/query" --db "$2/ro/i.db" -n 5 ketamine >"$2/q.out" 2>"$2/q.err"; echo $? >"$2/q.rc"' \
	    sh "$BIN" "$W" || fail "could not run in a read-only mount"
	cp "$W/q.err" "$W/err"
	rc=$(cat "$W/q.rc")
	one_error "query with a -wal but no -shm, read-only" i.db-wal "pending"
}

# A read-only file (and folder) for an ordinary user: queries work, the
# indexer says it cannot write, the file is unchanged.
ro_file() {
	nobody_ok || skip "cannot run the programs as user nobody (setpriv, root, permissions)"
	mkdir "$W/d" "$W/f"
	good_copy "$W/d/i.db"		# folder and file owned by root: nothing writable
	good_copy "$W/f/i.db"		# file owned by root in a folder nobody may write
	chown nobody "$W/f"
	cp "$W/d/i.db" "$W/before"
	for d in d f; do
		$NOBODY "$BIN/query" --db "$W/$d/i.db" --tsv -n 5 ketamine >"$W/out" 2>"$W/err"
		rc=$?
		want_rc 0 "query as nobody on a read-only index ($d)"
		cmp -s "$W/out" "$T/good.tsv" || fail "query as nobody ($d): results differ"
		$NOBODY "$BIN/indexer" --db "$W/$d/i.db" "$ROOT/corpus" >"$W/out" 2>"$W/err"
		rc=$?
		one_error "indexer as nobody on a read-only index ($d)" i.db "permission denied"
		$NOBODY "$BIN/indexer" --db "$W/$d/i.db" --check >"$W/out" 2>"$W/err"
		rc=$?
		one_error "--check as nobody on a read-only index ($d)" i.db "permission denied"
		same_file "$W/$d/i.db" "$W/before" "read-only index ($d)"
	done
}

# ---- full disk, file size limit ------------------------------------------------

# in_tmpfs SIZE SCRIPT ARGS...: run sh -c SCRIPT with $W/fs a tmpfs of SIZE
in_tmpfs() {
	sz=$1
	shift
	mkdir -p "$W/fs"
	unshare -m sh -c 'mount -t tmpfs -o size="$1" tmpfs "$2" && shift 2 && exec sh -c "$@"' \
	    sh "$sz" "$W/fs" "$@"
}

# The disk fills up during the run: one line saying so, the index as it was,
# answering queries and passing --check (on the still-full disk).
full_disk() {
	ns_ok || skip "unshare -m and mount not allowed here"
	big_corpus
	size=$(wc -c <"$T/good.db" | tr -d ' ')
	in_tmpfs $((size / 1024 + 256))k '
		cp "$4/good.db" "$2/fs/i.db" && cp "$2/fs/i.db" "$2/before" || exit 1
		"$1/indexer" --db "$2/fs/i.db" "$4/big" >"$2/i.out" 2>"$2/i.err"; echo $? >"$2/i.rc"
		cmp -s "$2/fs/i.db" "$2/before"; echo $? >"$2/cmp"
		ls -A "$2/fs" >"$2/ls"
		"$1/query" --db "$2/fs/i.db" --tsv -n 5 ketamine >"$2/q.out" 2>"$2/q.err"; echo $? >"$2/q.rc"
		"$1/indexer" --db "$2/fs/i.db" --check >"$2/c.out" 2>"$2/c.err"; echo $? >"$2/c.rc"
	' sh "$BIN" "$W" "$ROOT" "$T" || fail "could not mount a small tmpfs"
	cp "$W/i.err" "$W/err"
	rc=$(cat "$W/i.rc")
	one_error "indexer on a full disk" i.db "disk is full"
	grep -q "index left unchanged" "$W/err" || fail "full disk: message does not say the index is unchanged"
	[ "$(cat "$W/cmp")" = 0 ] || fail "full disk: the index changed"
	[ "$(cat "$W/ls")" = i.db ] || fail "full disk: left beside the index: $(tr '\n' ' ' <"$W/ls")"
	[ "$(cat "$W/q.rc")" = 0 ] || fail "query after a full disk: exit $(cat "$W/q.rc"): $(cat "$W/q.err")"
	cmp -s "$W/q.out" "$T/good.tsv" || fail "query after a full disk: results differ"
	[ "$(cat "$W/c.rc")" = 0 ] || fail "--check after a full disk: exit $(cat "$W/c.rc"): $(cat "$W/c.err")"
}

# Not one byte free (not even for the -shm): the indexer fails with one line,
# the index is unchanged and queries still work (the index is opened
# immutable when no -shm can be made and no -wal is pending).
full_disk_at_open() {
	ns_ok || skip "unshare -m and mount not allowed here"
	size=$(wc -c <"$T/good.db" | tr -d ' ')
	in_tmpfs $((size / 1024 + 4))k '
		cp "$4/good.db" "$2/fs/i.db" && cp "$2/fs/i.db" "$2/before" || exit 1
		dd if=/dev/zero of="$2/fs/filler" bs=1024 2>/dev/null
		"$1/indexer" --db "$2/fs/i.db" "$3/corpus" >"$2/i.out" 2>"$2/i.err"; echo $? >"$2/i.rc"
		cmp -s "$2/fs/i.db" "$2/before"; echo $? >"$2/cmp"
		"$1/query" --db "$2/fs/i.db" --tsv -n 5 ketamine >"$2/q.out" 2>"$2/q.err"; echo $? >"$2/q.rc"
	' sh "$BIN" "$W" "$ROOT" "$T" || fail "could not mount a small tmpfs"
	cp "$W/i.err" "$W/err"
	rc=$(cat "$W/i.rc")
	one_error "indexer on a disk with no space at all" i.db "no space left on device"
	[ "$(cat "$W/cmp")" = 0 ] || fail "disk with no space: the index changed"
	[ "$(cat "$W/q.rc")" = 0 ] || fail "query on a disk with no space: exit $(cat "$W/q.rc"): $(cat "$W/q.err")"
	cmp -s "$W/q.out" "$T/good.tsv" || fail "query on a disk with no space: results differ"
}

# ulimit -f: the write fails with EFBIG (the indexer ignores SIGXFSZ, which
# would otherwise kill it), the run rolls back.
file_size_limit() {
	big_corpus
	good_copy "$W/i.db"
	cp "$W/i.db" "$W/before"
	size=$(wc -c <"$W/i.db" | tr -d ' ')
	# blocks of 512 or 1024 bytes depending on the shell: either way the
	# index fits and the new one does not
	(ulimit -f $((size / 512 + 64)) && exec "$BIN/indexer" --db "$W/i.db" "$T/big") >"$W/out" 2>"$W/err"
	rc=$?
	[ "$rc" -lt 128 ] || fail "indexer under ulimit -f died with status $rc (signal $((rc - 128)))"
	one_error "indexer under ulimit -f" i.db "file too large"
	same_file "$W/i.db" "$W/before" "ulimit -f"
	index_sound "$W/i.db" "ulimit -f"
}

# ---- file names ----------------------------------------------------------------

# Spaces, a newline, a tab and invalid UTF-8 in file names: every warning is
# one line; text escapes the name, TSV escapes it (invalid bytes as U+FFFD),
# JSON is valid and holds the name (invalid bytes as U+FFFD).
odd_names() {
	python3 - "$W/c" "$ROOT/corpus" <<'PYEOF'
import os, sys
d, corpus = sys.argv[1].encode(), sys.argv[2]
os.makedirs(d)
src = sorted(f for f in os.listdir(corpus) if f.endswith('.txt'))[0]
body = open(os.path.join(corpus, src), 'rb').read()
for n in [b'with space.txt', b'new\nline.txt', b'bad\xff\xfename.txt', b'tab\there.txt']:
    open(os.path.join(d, n), 'wb').write(body)
for n in [b'empty\nfile.txt', b'empty\xffbad.txt', b'empty \x1b[31mred.txt']:
    open(os.path.join(d, n), 'wb').close()
PYEOF
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "indexing odd names"
	n=$(grep -c 'empty file' "$W/err")
	[ "$n" -eq 3 ] || fail "$n 'empty file' lines for 3 empty files: $(tr '\n' '|' <"$W/err")"
	grep -q 'empty\\nfile.txt: empty file' "$W/err" || fail "newline in a warning not escaped: $(tr '\n' '|' <"$W/err")"
	grep -q 'empty\\xffbad.txt: empty file' "$W/err" || fail "invalid byte in a warning not escaped"
	grep -q 'empty \\x1b\[31mred.txt' "$W/err" || fail "escape character in a warning not escaped"
	[ "$(wc -l <"$W/err" | tr -d ' ')" -eq 4 ] || fail "stderr: $(wc -l <"$W/err") lines, expected 4 (3 warnings, summary)"
	q --db "$W/i.db" -l ketamine
	want_rc 0 "-l with odd names"
	printf '%s\n' "$W/c/bad\\xff\\xfename.txt" "$W/c/new\\nline.txt" "$W/c/tab\\there.txt" \
	    "$W/c/with space.txt" >"$W/want"
	sort "$W/out" | cmp -s - "$W/want" || fail "-l: $(tr '\n' '|' <"$W/out")"
	q --db "$W/i.db" -n 100 ketamine
	want_rc 0 "text with odd names"
	python3 - "$W/out" <<'PYEOF' || fail "text output: $(cat "$W/perr" 2>/dev/null)"
import sys
data = open(sys.argv[1], 'rb').read()
if any(b < 0x20 and b not in (9, 10) or b == 0x7f for b in data):
    sys.exit("a control byte in text output")
data.decode('utf-8')
PYEOF
	q --db "$W/i.db" --tsv -n 100 ketamine
	want_rc 0 "TSV with odd names"
	python3 - "$W/out" "$W/c" <<'PYEOF' >"$W/perr" || fail "TSV: $(cat "$W/perr")"
import sys
want = {sys.argv[2] + n for n in ['/with space.txt', '/new\\nline.txt', '/bad\ufffd\ufffdname.txt', '/tab\\there.txt']}
seen = set()
for line in open(sys.argv[1], 'rb').read().decode('utf-8').split('\n')[:-1]:
    f = line.split('\t')
    if len(f) != 16:  # ... snippet fallback author date publisher url page
        sys.exit('%d fields: %r' % (len(f), line[:200]))
    seen.add(f[0])
if seen != want:
    sys.exit('sources %r' % sorted(seen))
PYEOF
	q --db "$W/i.db" --json -n 100 ketamine
	want_rc 0 "JSON with odd names"
	python3 - "$W/out" "$W/c" <<'PYEOF' >"$W/perr" || fail "JSON: $(cat "$W/perr")"
import json, sys
want = {sys.argv[2] + n for n in ['/with space.txt', '/new\nline.txt', '/bad\ufffd\ufffdname.txt', '/tab\there.txt']}
seen = {json.loads(l)['source'] for l in open(sys.argv[1], 'rb').read().decode('utf-8').splitlines()}
if seen != want:
    sys.exit('sources %r' % sorted(seen))
PYEOF
	# a changed file with an odd name is re-indexed under the same name
	printf '\nA closing paragraph about ketamine and nothing else at all here.\n' >>"$W/c/new
line.txt"
	ix --db "$W/i.db" "$W/c"
	want_rc 0 "re-indexing odd names"
	grep -q '1 changed' "$W/err" || fail "re-indexing odd names: $(tail -1 "$W/err")"
}

# ---- run ---------------------------------------------------------------------

W=$T/w/setup
mkdir -p "$W"
if ! (cd "$ROOT" && tmo 120 "$BIN/indexer" -q --db "$T/good.db" corpus &&
    tmo 60 "$BIN/query" --db "$T/good.db" --tsv -n 5 ketamine >"$T/good.tsv") >"$W/.log" 2>&1 ||
    [ -s "$T/good.db-wal" ]; then
	echo "not ok - setup: indexing corpus into $T/good.db failed: $(head -c 300 "$W/.log" | tr '\n' ' ')"
	FAILED=$((FAILED + 1))
fi
chmod 644 "$T/good.db"

ALL_TESTS="trunc_index trunc_foreign future_schema ro_folder ro_folder_wal ro_file \
    full_disk full_disk_at_open file_size_limit odd_names"
for t in ${ONLY:-$ALL_TESTS}; do
	run_test "$t"
done

finish
