#!/usr/bin/env python3
"""export.py: dump our index's passages for the reference engines.

    python3 bench/export.py INDEX.db OUT.tsv

Writes one line per passage, TITLE<TAB>SECTION<TAB>BODY (tabs, newlines,
carriage returns and backslashes escaped as \\t \\n \\r \\\\), in passage id
order, from the plain tables of an index made by bin/indexer.  So FTS5 and
Xapian index exactly the passages we index, and indexing time compares
tokenizing and inverting, not two ways of splitting files.  Prints the
passage count on stdout.
"""
import sqlite3
import sys

from benchlib import die, escape


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: export.py INDEX.db OUT.tsv')
    src, out = sys.argv[1:]
    try:
        con = sqlite3.connect('file:%s?mode=ro' % src, uri=True)
        rows = con.execute('SELECT s.title, p.section, p.body FROM passages p '
                           'JOIN sources s ON s.id = p.source_id ORDER BY p.id')
        n = 0
        with open(out, 'w', encoding='utf-8', errors='replace', newline='\n') as fh:
            for title, section, body in rows:
                if isinstance(body, bytes):
                    body = body.decode('utf-8', 'replace')
                fh.write('%s\t%s\t%s\n' % (escape(title or ''), escape(section or ''), escape(body)))
                n += 1
    except sqlite3.Error as e:
        die('export.py', '%s: %s' % (src, e))
    print(n)


if __name__ == '__main__':
    main()
