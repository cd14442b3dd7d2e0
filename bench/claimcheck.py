#!/usr/bin/env python3
"""claimcheck.py: do two builds rank claims the same?

    claimcheck.py make DB N OUT            N claims drawn from DB's passages
    claimcheck.py compare DB OLD NEW FILE...

`make` writes ID<TAB>SENTENCE lines: sentences of 5 to 25 words taken
from passages spread over the index (a fixed seed: the same DB gives the
same file), and as many made of 4 to 10 words drawn from those
sentences, so that rare and common words meet in every mix.

`compare` runs OLD/query and NEW/query (OLD and NEW are bin/ folders) with
`--claim --batch FILE --json -n 10` on DB, and NEW/query once more with
`--exhaustive`, and checks that all three print the same bytes for every
claim: the same sources, passages, scores (15 digits), sentences,
verdicts.  FILE may be the benchmark's query list (its `claim` lines are
taken) or any ID<TAB>CLAIM file (`#` lines skipped; a third column and
more are dropped).  Exits 0 when every output is identical, 1 otherwise.
Used before and after a change to the ranking (docs/performance.md).
"""
import json
import random
import re
import sqlite3
import subprocess
import sys
import tempfile

SENTENCE = re.compile(r'[^.!?]+[.!?]')


def make(db, n, out):
    con = sqlite3.connect('file:%s?mode=ro' % db, uri=True)
    (hi,) = con.execute('SELECT max(id) FROM passage_rows').fetchone()
    rnd = random.Random(22)
    claims, words = [], []
    tries = 0
    while len(claims) < n and tries < n * 50:
        tries += 1
        row = con.execute('SELECT body FROM passage_rows WHERE id >= ? LIMIT 1',
                          (rnd.randint(1, hi),)).fetchone()
        if row is None:
            continue
        for s in SENTENCE.findall(row[0]):
            w = s.split()
            if 5 <= len(w) <= 25 and '\t' not in s:
                claims.append(' '.join(w))
                words.extend(x.strip('.,;:!?()"\'') for x in w)
                break
    words = [w for w in words if w.isalpha()]
    with open(out, 'w', encoding='utf-8') as fh:
        for i, c in enumerate(claims):
            fh.write('s%d\t%s\n' % (i, c))
        for i in range(len(claims)):
            fh.write('w%d\t%s.\n' % (i, ' '.join(rnd.choice(words)
                                                 for _ in range(rnd.randint(4, 10)))))
    print('%s: %d claims' % (out, 2 * len(claims)))


def claims_of(path):
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            f = line.rstrip('\n').split('\t')
            if line.startswith('#') or len(f) < 2 or not f[1].strip():
                continue
            out.append((f[0], f[1]))
    if out and all(i in ('claim', 'common', 'rare', 'words', 'phrase', 'prefix')
                   for i, _ in out):
        out = [('claim%d' % k, c) for k, (i, c) in enumerate(out) if i == 'claim']
    return out


def run(binary, db, batch, extra):
    p = subprocess.run([binary + '/query', '--db', db, '--claim', '--batch', batch,
                        '--json', '-n', '10'] + extra, capture_output=True)
    if p.returncode not in (0, 1):
        sys.exit('%s failed (%d): %s' % (binary, p.returncode, p.stderr.decode()[-300:]))
    by = {}
    for line in p.stdout.decode().splitlines():
        claim = json.loads(line).get('claim')
        by.setdefault(claim, []).append(line)
    return by


def compare(db, old, new, files):
    claims = []
    for f in files:
        claims += claims_of(f)
    same = differ = 0
    with tempfile.NamedTemporaryFile('w', suffix='.tsv', encoding='utf-8') as tmp:
        for i, c in claims:
            tmp.write('%s\t%s\n' % (i, c))
        tmp.flush()
        a = run(old, db, tmp.name, [])
        b = run(new, db, tmp.name, [])
        x = run(new, db, tmp.name, ['--exhaustive'])
    for _, c in claims:
        if a.get(c) == b.get(c) == x.get(c):
            same += 1
        else:
            differ += 1
            if differ <= 5:
                what = 'old/new' if a.get(c) != b.get(c) else 'new/--exhaustive'
                print('differ (%s): %s' % (what, c))
    print('%d claims: %d identical (old, new, new --exhaustive), %d differ'
          % (len(claims), same, differ))
    return 1 if differ else 0


def main(argv):
    if len(argv) == 5 and argv[1] == 'make':
        make(argv[2], int(argv[3]), argv[4])
        return 0
    if len(argv) >= 6 and argv[1] == 'compare':
        return compare(argv[2], argv[3], argv[4], argv[5:])
    sys.exit(__doc__)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
