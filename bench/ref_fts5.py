#!/usr/bin/env python3
"""ref_fts5.py: the plain-FTS5 reference (Python's sqlite3 module).

    python3 bench/ref_fts5.py index DUMP.tsv OUT.db
    python3 bench/ref_fts5.py warm OUT.db QUERIES.tsv REPS

index: a regular (content-storing) table fts5(title, section, body,
tokenize='porter unicode61') filled in one transaction from the passages
export.py dumped from our index, then 'optimize' (part of the time).
warm: opens OUT.db once, runs every query once untimed, then REPS times,
each as SELECT rowid, rank, body ... ORDER BY rank LIMIT 10 (built-in BM25),
and prints CLASS<TAB>INDEX<TAB>REP<TAB>MS<TAB>RESULTS per timed run.
Query translation: benchlib.to_fts5 (claims: content words OR-ed).
"""
import os
import sqlite3
import sys

from benchlib import load_queries, read_dump, runner_main, time_queries, to_fts5

PROG = 'ref_fts5.py'
SQL = 'SELECT rowid, rank, body FROM t WHERE t MATCH ? ORDER BY rank LIMIT 10'


def index(dump, out):
    for suffix in ('', '-journal', '-wal', '-shm'):
        if os.path.exists(out + suffix):
            os.unlink(out + suffix)
    con = sqlite3.connect(out, isolation_level=None)
    con.execute("CREATE VIRTUAL TABLE t USING fts5(title, section, body, tokenize='porter unicode61')")
    con.execute('BEGIN')
    con.executemany('INSERT INTO t(title, section, body) VALUES (?, ?, ?)', read_dump(dump))
    con.execute('COMMIT')
    con.execute("INSERT INTO t(t) VALUES ('optimize')")
    con.close()


def warm(db, queries, reps):
    con = sqlite3.connect('file:%s?mode=ro' % db, uri=True)
    qs = [(c, to_fts5(c, t)) for c, t in load_queries(queries)]
    time_queries(qs, reps, lambda expr: len(con.execute(SQL, (expr,)).fetchall()))


def main():
    runner_main(PROG, 'index DUMP.tsv OUT.db | warm OUT.db QUERIES.tsv REPS', index, warm,
                (sqlite3.Error, OSError))


if __name__ == '__main__':
    main()
