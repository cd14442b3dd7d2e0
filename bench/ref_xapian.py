#!/usr/bin/env python3
"""ref_xapian.py: the Xapian reference (Debian's python3-xapian).

    python3 bench/ref_xapian.py index DUMP.tsv OUT.xapian
    python3 bench/ref_xapian.py warm OUT.xapian QUERIES.tsv REPS

index: one document per passage that export.py dumped from our index; the
title, section and body indexed with positions by a TermGenerator with the
English stemmer (Xapian's default STEM_SOME: stemmed Z-terms and unstemmed
terms), the body stored as the document data; one commit at the end.
warm: opens the database once, runs every query once untimed, then REPS
times (BM25, top 10, each hit's data read), printing
CLASS<TAB>INDEX<TAB>REP<TAB>MS<TAB>RESULTS per timed run.  Keyword classes
use AND as the default operator, claims OR over their content words
(benchlib.to_xapian); phrases and word* are QueryParser syntax.
"""
import os
import shutil
import sys

from benchlib import die, load_queries, read_dump, runner_main, time_queries, to_xapian

PROG = 'ref_xapian.py'
try:
    import xapian
except ImportError:
    die(PROG, 'python3-xapian is not installed (apt-get install python3-xapian)')


def index(dump, out):
    if os.path.exists(out):
        shutil.rmtree(out)
    db = xapian.WritableDatabase(out, xapian.DB_CREATE_OR_OVERWRITE)
    tg = xapian.TermGenerator()
    tg.set_stemmer(xapian.Stem('english'))
    for title, section, body in read_dump(dump):
        doc = xapian.Document()
        tg.set_document(doc)
        tg.index_text(title)
        tg.increase_termpos()
        tg.index_text(section)
        tg.increase_termpos()
        tg.index_text(body)
        doc.set_data(body)
        db.add_document(doc)
    db.commit()
    db.close()


def warm(path, queries, reps):
    db = xapian.Database(path)
    enq = xapian.Enquire(db)
    enq.set_weighting_scheme(xapian.BM25Weight())
    qp = xapian.QueryParser()
    qp.set_stemmer(xapian.Stem('english'))
    qp.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    qp.set_database(db)
    flags = (xapian.QueryParser.FLAG_DEFAULT | xapian.QueryParser.FLAG_WILDCARD)
    qs = [(c, to_xapian(c, t)) for c, t in load_queries(queries)]

    def run(q):
        text, op = q
        qp.set_default_op(xapian.Query.OP_OR if op == 'or' else xapian.Query.OP_AND)
        enq.set_query(qp.parse_query(text, flags))
        n = 0
        for m in enq.get_mset(0, 10):
            m.document.get_data()
            n += 1
        return n
    time_queries(qs, reps, run)


def main():
    runner_main(PROG, 'index DUMP.tsv OUT.xapian | warm OUT.xapian QUERIES.tsv REPS', index,
                warm, (xapian.Error, OSError))


if __name__ == '__main__':
    main()
