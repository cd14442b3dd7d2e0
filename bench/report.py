#!/usr/bin/env python3
"""report.py: the Markdown tables of a benchmark run.

    python3 bench/report.py RESULTS_DIR SIZE...

Reads what bench/run.sh left in RESULTS_DIR/SIZE/ for each SIZE:
  corpus.json                    bytes, files of the corpus
  index-ENGINE.txt               "WALL_S MAXRSS_KB USER_S SYS_S" (GNU time), then
                                 "bytes N" and "passages N" lines
  warm-ENGINE.tsv, oneshot-TOOL.tsv
                                 CLASS<TAB>INDEX<TAB>REP<TAB>MS<TAB>...
and prints the tables and the goals of issue 5 on stdout.  A missing file
(an engine skipped at that size) shows as "-".  Ratios are ours / the
reference: above 1 is better for throughput, below 1 is better for time,
memory and size.
"""
import json
import os
import sys

from benchlib import percentile

CLASSES = ['common', 'rare', 'words', 'phrase', 'prefix', 'claim']
KEYWORD = CLASSES[:-1]


def read_index(path):
    if not os.path.exists(path):
        return None
    with open(path) as fh:
        lines = fh.read().split('\n')
    first = lines[0].split()
    if len(first) not in (2, 4):    # not finished (or GNU time's "Command exited with ...")
        return None
    out = {'secs': float(first[0]), 'rss_kb': int(first[1])}
    if len(first) == 4:             # user + system seconds: less sensitive to a busy machine
        out['cpu'] = float(first[2]) + float(first[3])
    for line in lines[1:]:
        f = line.split()
        if len(f) == 2:
            out[f[0]] = int(f[1])
    return out


def read_times(path):
    """{class: [ms, ...]} or None."""
    if not os.path.exists(path):
        return None
    out = {}
    with open(path) as fh:
        for line in fh:
            f = line.rstrip('\n').split('\t')
            if len(f) >= 4:
                out.setdefault(f[0], []).append(float(f[3]))
    return out


def fmt(x, unit=''):
    if x is None:
        return '-'
    if x >= 100:
        return '%.0f%s' % (x, unit)
    if x >= 10:
        return '%.1f%s' % (x, unit)
    return '%.2f%s' % (x, unit)


def ratio(a, b):
    if a is None or b is None or b == 0:
        return '-'
    return '%.2f' % (a / b)


def stat(times, cls, p):
    if times is None or not times.get(cls):
        return None
    return percentile(times[cls], p)


def main():
    if len(sys.argv) < 3:
        sys.exit('usage: report.py RESULTS_DIR SIZE...')
    root, sizes = sys.argv[1], sys.argv[2:]
    goals = []
    idx_rows, q_rows, tput = [], [], {}
    for size in sizes:
        d = os.path.join(root, size)
        with open(os.path.join(d, 'corpus.json')) as fh:
            corpus = json.load(fh)
        mb = corpus['bytes'] / 1e6
        eng = {e: read_index(os.path.join(d, 'index-%s.txt' % e)) for e in ('ours', 'fts5', 'xapian')}
        passages = eng['ours']['passages'] if eng['ours'] else None

        def col(e):
            x = eng[e]
            if x is None:
                return None
            return {'mbs': mb / x['secs'], 'cpu_mbs': mb / x['cpu'] if x.get('cpu') else None,
                    'ps': passages / x['secs'] if passages else None,
                    'rss': x['rss_kb'] / 1024, 'ratio': x['bytes'] / corpus['bytes'], 'secs': x['secs']}
        c = {e: col(e) for e in eng}
        o = c['ours']
        tput[int(size)] = (o['cpu_mbs'] or o['mbs']) if o else None
        for name, e in (('ours', 'ours'), ('plain FTS5', 'fts5'), ('Xapian', 'xapian')):
            x = c[e]
            if x is None:
                idx_rows.append('| %s | %s | skipped | | | | | | |' % (size, name))
                continue
            idx_rows.append('| %s | %s | %s | %s | %s | %s | %s | %s | %s |' % (
                size, name, fmt(x['secs'], ' s'), fmt(x['mbs']), fmt(x['cpu_mbs']), fmt(x['ps'] / 1000 if x['ps'] else None, 'k'),
                fmt(x['rss'], ' MB'), '%.2fx' % x['ratio'],
                '' if e == 'ours' else 'speed %s (CPU %s), RSS %s, size %s' % (
                    ratio(o['mbs'], x['mbs']), ratio(o['cpu_mbs'], x['cpu_mbs']), ratio(o['rss'], x['rss']), ratio(o['ratio'], x['ratio']))))
        if o and c['fts5'] and o['cpu_mbs'] and c['fts5']['cpu_mbs']:
            goals.append(('%s MB: indexing CPU throughput >= plain FTS5' % size,
                          o['cpu_mbs'] >= c['fts5']['cpu_mbs'],
                          'ours/FTS5 = %.2f' % (o['cpu_mbs'] / c['fts5']['cpu_mbs'])))
        if o and c['fts5']:
            goals.append(('%s MB: indexing throughput >= plain FTS5' % size, o['mbs'] / c['fts5']['mbs'] >= 1.0,
                          'ours/FTS5 = %.2f' % (o['mbs'] / c['fts5']['mbs'])))
        if o:
            goals.append(('%s MB: peak RSS < 100 MB' % size, o['rss'] < 100, '%.1f MB' % o['rss']))
            goals.append(('%s MB: index <= 2.5x corpus' % size, o['ratio'] <= 2.5, '%.2fx' % o['ratio']))

        w = {e: read_times(os.path.join(d, 'warm-%s.tsv' % e)) for e in ('ours', 'fts5', 'xapian')}
        s = {t: read_times(os.path.join(d, 'oneshot-%s.tsv' % t)) for t in ('ours', 'sqlite3', 'quest', 'rg')}
        for cls in CLASSES:
            ow50, ow95 = stat(w['ours'], cls, 50), stat(w['ours'], cls, 95)
            fw50, fw95 = stat(w['fts5'], cls, 50), stat(w['fts5'], cls, 95)
            xw50, xw95 = stat(w['xapian'], cls, 50), stat(w['xapian'], cls, 95)
            os50, ss50 = stat(s['ours'], cls, 50), stat(s['sqlite3'], cls, 50)
            qs50, rs50 = stat(s['quest'], cls, 50), stat(s['rg'], cls, 50)
            q_rows.append('| %s | %s | %s / %s | %s / %s | %s / %s | %s / %s | %s | %s | %s | %s | %s / %s / %s |' % (
                size, cls, fmt(ow50), fmt(ow95), fmt(fw50), fmt(fw95), fmt(xw50), fmt(xw95),
                ratio(ow50, fw50), ratio(ow50, xw50),
                fmt(os50), fmt(ss50), fmt(qs50), fmt(rs50),
                ratio(os50, ss50), ratio(os50, qs50), ratio(os50, rs50)))
            if ow50 is not None and xw50 is not None:
                goals.append(('%s MB: %s warm p50 <= Xapian' % (size, cls), ow50 <= xw50,
                              '%s vs %s ms' % (fmt(ow50), fmt(xw50))))
            if cls == 'claim' and ow95 is not None:
                goals.append(('%s MB: claim warm p95 < 50 ms' % size, ow95 < 50, '%s ms' % fmt(ow95)))
            if cls in KEYWORD and os50 is not None:
                goals.append(('%s MB: one-shot %s p50 < 10 ms' % (size, cls), os50 < 10, '%s ms' % fmt(os50)))

    print('### Indexing\n')
    print('| MB | engine | time | MB/s | MB/CPU-s | passages/s | peak RSS | index / corpus | ours / ref |')
    print('|---:|---|---:|---:|---:|---:|---:|---:|---|')
    print('\n'.join(idx_rows))
    known = sorted(k for k, v in tput.items() if v)
    if len(known) > 1:
        base = known[0]
        print('\nOur throughput (per CPU second when measured) relative to %d MB: %s' % (base, ', '.join(
            '%d MB %.2f' % (k, tput[k] / tput[base]) for k in known)))
        if 100 in tput and tput[100] and max(known) >= 1000:
            big = max(known)
            goals.append(('throughput at %d MB within 15%% of 100 MB' % big,
                          tput[big] >= 0.85 * tput[100], '%.2f' % (tput[big] / tput[100])))
    print('\n### Queries (milliseconds; warm: one process, p50 / p95; one-shot: p50 of a process per query)\n')
    print('| MB | class | ours warm | FTS5 warm | Xapian warm | ours/FTS5 p50 | ours/Xapian p50 '
          '| ours one-shot | sqlite3 one-shot | quest one-shot | rg one-shot | ours / sqlite3 / quest / rg |')
    print('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|')
    print('\n'.join(q_rows))
    print('\n### Goals (issue 5)\n')
    print('| goal | met | figure |')
    print('|---|---|---|')
    for name, ok, fig in goals:
        print('| %s | %s | %s |' % (name, 'yes' if ok else '**no**', fig))


if __name__ == '__main__':
    main()
