#!/bin/sh
# tests/index_reliability_test.sh: bin/indexer where issue 19 found it
# unreliable: two indexers making one index at once, a writer held off by
# another, a metadata file edited after indexing, input it used to ignore
# without a word (bad metadata lines, a PATH given twice, a white-space,
# BOM-only, UTF-16 or CR-only file, --db :memory:), one file reached under
# several names, and --db naming a folder or nothing; and a first run
# killed midway (a new index is written with a rollback journal).
#
#   BIN=bin sh tests/index_reliability_test.sh   (from the repo root, after make)
#
# Longer runs of the same faults (the race repeated, a big file truncated
# while it is read) are in tests/stress/ (make stress).
# Output as tests/cli_test.sh: "ok - name" or "not ok - name: reason",
# last line "N passed, M failed", non-zero exit status on any failure.
#
# Environment: BIN (default bin), ONLY (test names to run), KEEP_LOGS=1.

BIN=${BIN:-bin}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac

NAME=index_reliability_test.sh
. "$ROOT/tests/harness.sh"

# ---- helpers ---------------------------------------------------------------

# ix, q, err_has, err_lacks, lines: tests/harness.sh
one_err_line() {	# exactly one line on stderr
	n=$(lines "$W/err")
	[ "$n" -eq 1 ] || fail "$1: $n stderr lines, expected 1: $(head -c 400 "$W/err" | tr '\n' '|')"
}
# sql DB QUERY: the first column of each row
sql() {
	python3 -c 'import sqlite3, sys
for r in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print(r[0])' "$1" "$2"
}
copy_corpus() {	# copy_corpus DIR: the corpus articles and metadata in DIR
	mkdir -p "$1" && cp "$ROOT"/corpus/* "$1"/
}
# small_corpus DIR N WORD: N articles of 30 paragraphs, WORD in each
small_corpus() {
	python3 - "$1" "$2" "$3" <<'PYEOF'
import os, random, sys
d, n, word = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(d, exist_ok=True)
random.seed(word)
w = ['alpha', 'beta', 'gamma', 'delta', 'kappa', 'sigma', 'omega', 'theta', 'lambda', 'zeta']
for i in range(n):
    with open(os.path.join(d, '%s%02d.txt' % (word, i)), 'w') as f:
        f.write('\n\n'.join(' '.join(random.choice(w) for _ in range(60)) + ' ' + word + '.'
                            for _ in range(30)) + '\n')
PYEOF
}

# ---- 1: two indexers, one index ---------------------------------------------

# Two runs on different corpora start together on a missing index: both
# succeed and the index holds both corpora (it used to hold one: the
# second run, deciding "no schema" before it waited for the lock, dropped
# the tables the first had just committed).
race_new_index() {
	small_corpus "$W/a" 30 apple
	small_corpus "$W/b" 30 banana
	for try in 1 2 3 4 5; do
		rm -f "$W/x.db" "$W/x.db-wal" "$W/x.db-shm"
		tmo 120 "$BIN/indexer" --db "$W/x.db" "$W/a" >"$W/outa" 2>"$W/erra" &
		pid=$!
		tmo 120 "$BIN/indexer" --db "$W/x.db" "$W/b" >"$W/outb" 2>"$W/errb"
		rcb=$?
		wait "$pid"
		rca=$?
		san_check "$W/erra" indexer
		san_check "$W/errb" indexer
		[ "$rca" -eq 0 ] && [ "$rcb" -eq 0 ] ||
		    fail "try $try: exit $rca and $rcb: $(cat "$W/erra" "$W/errb" | tr '\n' '|')"
		n=$(sql "$W/x.db" "SELECT count(*) FROM sources")
		[ "$n" = 60 ] || fail "try $try: $n sources, expected 60 (both corpora)"
	done
	ix --db "$W/x.db" --check
	[ "$rc" -eq 0 ] || fail "--check after the race: $(cat "$W/err")"
}

# The unit test (test_store) covers a run that waited while another
# rebuilt an old-schema index: it must not rebuild it again.

# A new index is written with a rollback journal and turned to WAL when
# its first run commits (lib/store.c, store_open): the index made is in
# WAL mode, and a first run killed midway leaves nothing in the way: a
# query says there is no index yet, the next run builds it from the empty
# file, no journal is left and --check passes.
first_run_killed() {
	small_corpus "$W/a" 300 apple
	ix -q --db "$W/w.db" "$W/a"
	[ "$rc" -eq 0 ] || fail "first run: $(cat "$W/err")"
	[ "$(sql "$W/w.db" "PRAGMA journal_mode")" = wal ] || fail "a new index is not in WAL mode"
	for delay in 0.05 0.2 0.5; do
		rm -f "$W"/k.db*
		"$BIN/indexer" -q --db "$W/k.db" "$W/a" 2>"$W/kerr" &
		pid=$!
		sleep "$delay"
		kill -9 "$pid" 2>/dev/null
		wait "$pid"
		q --db "$W/k.db" alpha
		[ "$rc" -le 2 ] || fail "query after a first run killed at ${delay}s: exit $rc"
		err_lacks "locked" "query after a first run killed at ${delay}s"
		ix -q --db "$W/k.db" "$W/a"
		[ "$rc" -eq 0 ] || fail "run after a first run killed at ${delay}s: $(cat "$W/err")"
		[ ! -e "$W/k.db-journal" ] || fail "a journal is left after the run that took up a killed one"
		ix --db "$W/k.db" --check
		[ "$rc" -eq 0 ] || fail "--check after a first run killed at ${delay}s: $(cat "$W/err" "$W/out")"
		[ "$(sql "$W/k.db" "SELECT count(*) FROM sources")" = 300 ] ||
		    fail "after a first run killed at ${delay}s the index lacks sources"
		[ "$(sql "$W/k.db" "PRAGMA journal_mode")" = wal ] || fail "the index is not in WAL mode"
	done
}

# A writer that cannot get the index within the busy timeout (10 s) says
# that another indexer holds it, not just "database is locked"; the index
# is unchanged.
lock_held() {
	small_corpus "$W/a" 5 apple
	ix -q --db "$W/x.db" "$W/a"
	[ "$rc" -eq 0 ] || fail "first run: $(cat "$W/err")"
	small_corpus "$W/a" 6 apple
	cp "$W/x.db" "$W/before.db"
	python3 - "$W/x.db" "$W/locked" <<'PYEOF' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('BEGIN IMMEDIATE')
open(sys.argv[2], 'w').close()
time.sleep(14)
c.execute('ROLLBACK')
PYEOF
	holder=$!
	i=0
	while [ ! -e "$W/locked" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	ix --db "$W/x.db" "$W/a"
	kill "$holder" 2>/dev/null
	wait "$holder" 2>/dev/null
	[ "$rc" -eq 2 ] || fail "exit $rc, expected 2: $(cat "$W/err")"
	one_err_line "lock held"
	err_has "another indexer" "lock held"
	err_has "$W/x.db" "lock held"
	n=$(sql "$W/x.db" "SELECT count(*) FROM sources")
	[ "$n" = 5 ] || fail "$n sources after the refused run, expected 5"
}

# ---- 3: metadata edited after indexing --------------------------------------

# A changed title in metadata.tsv re-titles its source on the next run
# (it used to say "up to date"), --check flags the folder's sources until
# then, and an entry taken out gives the title back to the file's heading.
metadata_retitle() {
	copy_corpus "$W/c"
	ix -q --db "$W/i.db" "$W/c"
	[ "$rc" -eq 0 ] || fail "first run: $(cat "$W/err")"
	python3 - "$W/c/metadata.tsv" <<'PYEOF'
import sys
p = sys.argv[1]
lines = open(p, encoding='utf-8').read().split('\n')
out = []
for l in lines:
    if l.startswith('000_'):
        f = l.split('\t')
        f[1] = 'Zymurgy Retitled'
        l = '\t'.join(f)
    out.append(l)
open(p, 'w', encoding='utf-8').write('\n'.join(out))
PYEOF
	ix --db "$W/i.db" --check
	[ "$rc" -eq 0 ] || fail "--check: exit $rc"
	grep -q "stale: .*000_.*metadata.tsv changed" "$W/out" || fail "--check does not flag the re-titled source: $(cat "$W/out")"
	ix --db "$W/i.db" "$W/c"
	[ "$rc" -eq 0 ] || fail "second run: $(cat "$W/err")"
	err_has "1 changed" "the run after the edit"
	t=$(sql "$W/i.db" "SELECT title FROM sources WHERE path LIKE '%/000_%'")
	[ "$t" = "Zymurgy Retitled" ] || fail "title after the edit: $t"
	q --db "$W/i.db" -l zymurgy
	[ "$rc" -eq 0 ] || fail "the new title is not searchable"
	ix --db "$W/i.db" --check
	grep -q ", 0 stale" "$W/out" || fail "--check after the run: $(cat "$W/out")"
	grep -v '^000_' "$W/c/metadata.tsv" >"$W/m" && cp "$W/m" "$W/c/metadata.tsv"
	ix --db "$W/i.db" "$W/c"
	err_has "1 changed" "the run after taking the entry out"
	t=$(sql "$W/i.db" "SELECT title FROM sources WHERE path LIKE '%/000_%'")
	[ "$t" != "Zymurgy Retitled" ] || fail "the title of a removed entry stayed"
	ix --db "$W/i.db" "$W/c"
	err_has "up to date" "a third run"
}

# ---- 6: input that used to be ignored without a word --------------------------

metadata_bad_lines() {
	copy_corpus "$W/c"
	f1=$(cd "$W/c" && ls 000_*.txt)
	f2=$(cd "$W/c" && ls 001_*.txt)
	printf '# comment\n%s\tFirst\nno tab on this line\nsub/%s\tElsewhere\n%s\tSecond\n' \
	    "$f1" "$f2" "$f1" >"$W/c/metadata.tsv"
	ix --db "$W/i.db" "$W/c"
	[ "$rc" -eq 0 ] || fail "exit $rc: $(cat "$W/err")"
	err_has "metadata.tsv:3: no tab" "a line without a tab"
	err_has "metadata.tsv:4: 'sub/$f2' is not a file of this folder" "a sub/file entry"
	err_has "metadata.tsv:5: a second entry for '$f1' (line 2 is used)" "a duplicate"
	t=$(sql "$W/i.db" "SELECT title FROM sources WHERE path LIKE '%/000_%'")
	[ "$t" = First ] || fail "the first entry should win: $t"
}

path_twice() {
	copy_corpus "$W/c"
	ix --db "$W/i.db" "$W/c" "$W/c"
	[ "$rc" -eq 0 ] || fail "exit $rc: $(cat "$W/err")"
	err_has "given twice" "a PATH given twice"
	err_has "5 new, 0 changed, 0 unchanged" "a PATH given twice counts once"
	ix --db "$W/i.db" "$W/c" "$W/c/$(cd "$W/c" && ls 000_*.txt)"
	err_has "5 files unchanged" "a file inside a PATH given too"
	err_lacks "same file" "a file inside a PATH, same name: no warning"
}

memory_db() {
	copy_corpus "$W/c"
	ix --db :memory: "$W/c"
	[ "$rc" -eq 2 ] || fail "exit $rc"
	one_err_line "--db :memory:"
	err_has ":memory:" "--db :memory:"
	err_has "file name" "--db :memory:"
}

blank_files() {
	copy_corpus "$W/c"
	printf '  \n\n\t\n' >"$W/c/spaces.txt"
	printf '\357\273\277' >"$W/c/bom.txt"
	printf '\357\273\277\r\n\r\n' >"$W/c/bomlines.md"
	ix --db "$W/i.db" "$W/c"
	[ "$rc" -eq 0 ] || fail "exit $rc: $(cat "$W/err")"
	for f in spaces.txt bom.txt bomlines.md; do
		err_has "$f: no text" "$f"
	done
	err_has "5 new" "blank files are not new sources"
	err_has "3 skipped" "blank files are skipped"
}

utf16_file() {
	copy_corpus "$W/c"
	python3 -c 'import sys; open(sys.argv[1], "wb").write("Ketamine in UTF-16\n\nA paragraph.\n".encode("utf-16"))' "$W/c/u16.txt"
	python3 -c 'import sys; open(sys.argv[1], "wb").write("Ketamine in UTF-16\n\nA paragraph.\n".encode("utf-16-le"))' "$W/c/u16le.txt"
	ix --db "$W/i.db" "$W/c"
	[ "$rc" -eq 2 ] || fail "exit $rc, expected 2 (two files not indexed)"
	err_has "u16.txt: UTF-16 text" "UTF-16 with a BOM"
	err_has "u16le.txt: UTF-16 text" "UTF-16LE without a BOM"
	err_lacks "binary" "UTF-16 is not binary"
	err_has "5 new" "the other files"
}

# CR line ends (old Mac): the same passages, lines and bytes as with LF.
cr_line_ends() {
	mkdir "$W/c"
	python3 - "$W/c" <<'PYEOF'
import os, sys
d = sys.argv[1]
paras = [' '.join('word%d about %s' % (i, w) for i in range(12)) + '.'
         for w in ('apples', 'pears', 'plums', 'figs')]
open(os.path.join(d, 'cr.txt'), 'w', newline='').write('\r\r'.join(paras) + '\r')
open(os.path.join(d, 'lf.txt'), 'w', newline='').write('\n\n'.join(paras) + '\n')
PYEOF
	ix -q --db "$W/i.db" "$W/c"
	[ "$rc" -eq 0 ] || fail "exit $rc: $(cat "$W/err")"
	ranges="SELECT group_concat(ordinal || ':' || line_start || '-' || line_end || ':' ||
	    byte_start || '-' || byte_end, ' ') FROM passages p JOIN sources s ON s.id = p.source_id
	    WHERE s.path LIKE"
	cr=$(sql "$W/i.db" "$ranges '%/cr.txt'")
	lf=$(sql "$W/i.db" "$ranges '%/lf.txt'")
	[ "$cr" = "$lf" ] || fail "CR file: $cr; LF file: $lf"
	n=$(sql "$W/i.db" "SELECT count(*) FROM passages p JOIN sources s ON s.id = p.source_id WHERE s.path LIKE '%/cr.txt'")
	[ "$n" -eq 4 ] || fail "CR file: $n passages, expected 4"
}

# ---- 7: one file, several names ------------------------------------------------

same_file_names() {
	copy_corpus "$W/c"
	cd "$W" || fail "cd"
	ix -q --db i.db c
	[ "$rc" -eq 0 ] || fail "first run: $(cat "$W/err")"
	for p in "$W/c" ./c/ ./c; do
		ix --db i.db "$p"
		[ "$rc" -eq 0 ] || fail "$p: exit $rc: $(cat "$W/err")"
		n=$(sql i.db "SELECT count(*) FROM sources")
		[ "$n" = 5 ] || fail "$p: $n sources, expected 5"
		err_has "same file as c/" "$p"
	done
	# a file gone is removed, whatever the spelling of its folder
	rm c/004_*.txt
	ix --db i.db ./c/
	err_has "1 removed" "a removed file under ./c/"
	ln -s "$(ls c | head -1)" c/link.txt
	mkdir sub && ln -s ../c sub/corpus
	ix --db j.db c sub
	[ "$rc" -eq 0 ] || fail "links: exit $rc: $(cat "$W/err")"
	n=$(sql j.db "SELECT count(*) FROM sources")
	[ "$n" = 4 ] || fail "links: $n sources, expected 4"
	err_has "c/link.txt: same file as c/000_" "a link to a file"
	q --db j.db --tsv -n 50 ketamine
	dups=$(cut -f2-5 "$W/out" | sort | uniq -d | wc -l)
	[ "$dups" -eq 0 ] || fail "a passage reported twice: $(cut -f1 "$W/out" | sort | uniq -c | head)"
}

# Many files, each reached twice (hard links in another folder): the table
# of files walked grows and moves its names meanwhile, and every second name
# is still found, with the first name right.
many_names() {
	mkdir "$W/d" "$W/e"
	i=0
	while [ "$i" -lt 300 ]; do
		n=$(printf '%03d' "$i")
		printf 'Title %s\n\nParagraph %s of many files, each with words enough to be a passage.\n' \
		    "$n" "$n" >"$W/d/file_number_$n.txt"
		ln "$W/d/file_number_$n.txt" "$W/e/link_$(printf '%03d' $((299 - i))).txt"
		i=$((i + 1))
	done
	cd "$W" || fail "cd"
	ix --db i.db d e
	[ "$rc" -eq 0 ] || fail "exit $rc: $(cat "$W/err")"
	n=$(sql i.db "SELECT count(*) FROM sources WHERE path LIKE 'd/file_number_%'")
	[ "$n" = 300 ] || fail "$n sources under d/, expected 300"
	n=$(sql i.db "SELECT count(*) FROM sources")
	[ "$n" = 300 ] || fail "$n sources, expected 300"
	err_has "e/link_000.txt: same file as d/file_number_299.txt" "the first link"
	err_has "e/link_002.txt: same file as d/file_number_297.txt" "the third link"
}

# ---- 8: --db naming a folder or nothing --------------------------------------

db_directory() {
	mkdir "$W/dir"
	copy_corpus "$W/c"
	ix --db "$W/dir" "$W/c"
	[ "$rc" -eq 2 ] || fail "indexer: exit $rc"
	one_err_line "indexer --db DIR"
	err_has "is a directory" "indexer --db DIR"
	err_lacks "disk I/O" "indexer --db DIR"
	ix --db "$W/dir" --check
	[ "$rc" -eq 2 ] || fail "--check: exit $rc"
	err_has "is a directory" "indexer --check --db DIR"
	q --db "$W/dir" ketamine
	[ "$rc" -eq 2 ] || fail "query: exit $rc"
	one_err_line "query --db DIR"
	err_has "is a directory" "query --db DIR"
	err_lacks "disk I/O" "query --db DIR"
	ix --db '' "$W/c"
	[ "$rc" -eq 2 ] || fail "indexer --db '': exit $rc"
	one_err_line "indexer --db ''"
	err_has "empty" "indexer --db ''"
	q --db '' ketamine
	[ "$rc" -eq 2 ] || fail "query --db '': exit $rc"
	one_err_line "query --db ''"
	err_has "empty" "query --db ''"
	err_lacks "no such index" "query --db ''"
}

# The advice in messages names the indexer as the user knows it: installed
# as psearch-index, bin/indexer in the source tree.
db_damaged_names_indexer() {
	copy_corpus "$W/c"
	ix -q --db "$W/i.db" "$W/c"
	[ "$rc" -eq 0 ] || fail "first run: $(cat "$W/err")"
	truncate -s 4096 "$W/i.db"
	mkdir "$W/inst"
	cp "$BIN/query" "$W/inst/psearch"
	cp "$BIN/indexer" "$W/inst/psearch-index"
	tmo 60 "$W/inst/psearch" --db "$W/i.db" ketamine >"$W/out" 2>"$W/err"
	rc=$?
	[ "$rc" -eq 2 ] || fail "psearch on a damaged index: exit $rc"
	err_has "psearch-index --rebuild" "psearch on a damaged index"
	tmo 60 "$W/inst/psearch-index" --db "$W/i.db" "$W/c" >"$W/out" 2>"$W/err"
	rc=$?
	[ "$rc" -eq 2 ] || fail "psearch-index on a damaged index: exit $rc"
	err_has "psearch-index --rebuild" "psearch-index on a damaged index"
	q --db "$W/i.db" ketamine
	err_has "indexer --rebuild" "bin/query on a damaged index"
	err_lacks "psearch-index" "bin/query on a damaged index"
	tmo 60 "$W/inst/psearch" --db "$W/none.db" ketamine >"$W/out" 2>"$W/err"
	err_has "psearch-index --db" "psearch on a missing index"
}

# ---- run ---------------------------------------------------------------------

ALL_TESTS="race_new_index first_run_killed lock_held metadata_retitle metadata_bad_lines path_twice memory_db \
    blank_files utf16_file cr_line_ends same_file_names many_names db_directory db_damaged_names_indexer"
for t in ${ONLY:-$ALL_TESTS}; do
	run_test "$t"
done

finish
