#!/usr/bin/env python3
"""oneshot.py: query latency as one process per query.

    python3 bench/oneshot.py TOOL TARGET QUERIES.tsv REPS [BIN]

TOOL and TARGET:
  ours     an index of bin/indexer: BIN/query --db TARGET -n 10 [--claim] -- QUERY
  sqlite3  a ref_fts5.py database: sqlite3 -readonly TARGET "SELECT ... LIMIT 10"
  quest    a ref_xapian.py database: quest -d TARGET -m 10 -o and|or QUERY
  rg       the corpus folder: rg -i over the raw files (-w per word, -F for a
           phrase, \\bstem\\w* for a prefix; 2-3 words piped through one rg
           per further word, each line being a paragraph); no claims
Each query runs once untimed (page cache warm), then REPS times in rounds
over the list.  Time is from spawning to the exit of the last process, with
its whole output read through a pipe.  Prints
CLASS<TAB>INDEX<TAB>REP<TAB>MS<TAB>EXIT per timed run; a tool that exits with
an error (status 2 or more, or rg's) stops the run with its message.
"""
import os
import subprocess
import sys
import time

from benchlib import die, load_queries, to_fts5, to_rg, to_xapian

PROG = 'oneshot.py'


def commands(tool, target, cls, text, binpath):
    """A list of argv lists (a pipeline), or None when the tool has no such query."""
    if tool == 'ours':
        argv = [os.path.join(binpath, 'query'), '--db', target, '-n', '10']
        if cls == 'claim':
            argv.append('--claim')
        return [argv + ['--', text]]
    if tool == 'sqlite3':
        expr = to_fts5(cls, text).replace("'", "''")
        return [['sqlite3', '-readonly', target,
                 "SELECT rowid, rank, body FROM t WHERE t MATCH '%s' ORDER BY rank LIMIT 10" % expr]]
    if tool == 'quest':
        q, op = to_xapian(cls, text)
        return [['quest', '-d', target, '-m', '10', '-o', op, '-f', 'default,wildcard', q]]
    if tool == 'rg':
        parts = to_rg(cls, text)
        if parts is None:
            return None
        first = ['rg', '--no-config', '-i', '--no-heading', '-N'] + parts[0][:-1] + \
                ['--', parts[0][-1], target]
        return [first] + [['rg', '--no-config', '-i'] + p[:-1] + ['--', p[-1]] for p in parts[1:]]
    die(PROG, 'unknown tool %s (ours, sqlite3, quest, rg)' % tool)


def run(pipeline):
    """Spawn the pipeline, read its output, return (ms, exit of the last, stderr)."""
    t0 = time.perf_counter()
    procs, prev = [], None
    for argv in pipeline:
        p = subprocess.Popen(argv, stdin=prev, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
        if prev is not None:
            prev.close()
        prev = p.stdout
        procs.append(p)
    out, errtext = procs[-1].communicate()
    for p in procs[:-1]:
        p.wait()
        p.stderr.close()
    ms = (time.perf_counter() - t0) * 1e3
    return ms, procs[-1].returncode, errtext.decode('utf-8', 'replace').strip()


def main():
    if len(sys.argv) not in (5, 6):
        sys.exit('usage: oneshot.py ours|sqlite3|quest|rg TARGET QUERIES.tsv REPS [BIN]')
    tool, target, queries, reps = sys.argv[1:5]
    binpath = sys.argv[5] if len(sys.argv) == 6 else 'bin'
    qs = [(c, commands(tool, target, c, t, binpath)) for c, t in load_queries(queries)]
    for rep in range(int(reps) + 1):
        for i, (cls, pipeline) in enumerate(qs):
            if pipeline is None:
                continue
            try:
                ms, rc, errtext = run(pipeline)
            except OSError as e:
                die(PROG, '%s: %s' % (pipeline[0][0], e))
            if rc >= 2 or (rc != 0 and tool == 'sqlite3') or (rc == 1 and tool == 'quest'):
                die(PROG, '%s failed (exit %d) on %s query %d: %s'
                    % (tool, rc, cls, i, errtext.splitlines()[0] if errtext else ''))
            if rep:
                print('%s\t%d\t%d\t%.3f\t%d' % (cls, i, rep, ms, rc))


if __name__ == '__main__':
    main()
