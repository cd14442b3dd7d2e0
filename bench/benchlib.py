"""benchlib.py: what the benchmark scripts share.

The query list, the translation of a query of bin/query's default syntax into
each reference's own syntax, the stop words dropped from claims for the
references, the passage dump the references index, percentiles, and the warm loop and
command line the two reference runners have in common.
"""
import re
import sys
import time

# Claims: the references get the claim's content words OR-ed together.  This
# is the list of words dropped first (English function words), so that no
# reference pays for matching "the" in every passage; bin/query --claim
# drops its own stop words.
STOPWORDS = set('''
a about above after again against all am an and any are as at be because been
before being below between both but by can could did do does doing down during
each few for from further had has have having he her here hers herself him
himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own same
she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when
where which while who whom why will with would you your yours yourself
yourselves must may might shall also
'''.split())

TOKEN = re.compile(r'"[^"]*"?|[^\s"]+')
WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")


def die(prog, msg):
    sys.exit('%s: %s' % (prog, msg))


def load_queries(path):
    """[(cls, text)] from CLASS<TAB>QUERY lines; '#' lines are comments."""
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.rstrip('\r\n')
            if not line or line.startswith('#') or '\t' not in line:
                continue
            cls, text = line.split('\t', 1)
            out.append((cls, text))
    return out


def claim_words(text):
    """The content words of a claim, in order, lowercase, no repeats."""
    seen, out = set(), []
    for w in WORD.findall(text.lower()):
        if w not in STOPWORDS and w not in seen:
            seen.add(w)
            out.append(w)
    return out


def parts(text):
    """('phrase', [words]) / ('prefix', stem) / ('word', w) for each query item."""
    out = []
    for tok in TOKEN.findall(text):
        if tok.startswith('"'):
            words = WORD.findall(tok.strip('"'))
            if words:
                out.append(('phrase', words))
        elif tok.endswith('*'):
            w = WORD.findall(tok[:-1])
            if w:
                out.append(('prefix', w[0]))
        else:
            out.extend(('word', w) for w in WORD.findall(tok))
    return out


def to_fts5(cls, text):
    """FTS5 MATCH expression: AND of the items (OR of the content words for claims)."""
    if cls == 'claim':
        return ' OR '.join('"%s"' % w for w in claim_words(text))
    items = []
    for kind, v in parts(text):
        if kind == 'phrase':
            items.append('"%s"' % ' '.join(v))
        elif kind == 'prefix':
            items.append('"%s"*' % v)
        else:
            items.append('"%s"' % v)
    return ' AND '.join(items)


def to_xapian(cls, text):
    """(query string for Xapian's QueryParser, default operator 'and'/'or')."""
    if cls == 'claim':
        return ' '.join(claim_words(text)), 'or'
    items = []
    for kind, v in parts(text):
        if kind == 'phrase':
            items.append('"%s"' % ' '.join(v))
        elif kind == 'prefix':
            items.append(v + '*')
        else:
            items.append(v)
    return ' '.join(items), 'and'


def to_rg(cls, text):
    """A shell pipeline of rg over DIR (a '{dir}' placeholder), or None."""
    if cls == 'claim':
        return None
    ps = parts(text)
    if not ps:
        return None
    cmds = []
    for kind, v in ps:
        if kind == 'phrase':
            cmds.append(['-F', ' '.join(v)])
        elif kind == 'prefix':
            cmds.append([r'\b%s\w*' % v])
        else:
            cmds.append(['-w', v])
    return cmds


def escape(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')


UNESC = {'\\\\': '\\', '\\t': '\t', '\\n': '\n', '\\r': '\r'}


def unescape(s):
    if '\\' not in s:
        return s
    return re.sub(r'\\[\\tnr]', lambda m: UNESC[m.group(0)], s)


def read_dump(path):
    """Yield (title, section, body) from a dump written by export.py."""
    with open(path, encoding='utf-8', errors='replace', newline='\n') as fh:
        for line in fh:
            f = line.rstrip('\n').split('\t')
            if len(f) == 3:
                yield unescape(f[0]), unescape(f[1]), unescape(f[2])


def percentile(xs, p):
    """Nearest-rank percentile of a non-empty list (p in 0..100)."""
    xs = sorted(xs)
    k = max(0, min(len(xs) - 1, int(round(p / 100.0 * len(xs) + 0.5)) - 1))
    return xs[k]


def time_queries(queries, reps, run):
    """Run each query reps + 1 times (the first round warms up, untimed);
    print CLASS, INDEX, ROUND, MS, ROWS per timed run.  queries holds
    (class, query) pairs; run(query) returns the number of rows."""
    for rep in range(reps + 1):
        for i, (cls, q) in enumerate(queries):
            t0 = time.perf_counter()
            n = run(q)
            ms = (time.perf_counter() - t0) * 1e3
            if rep:
                print('%s\t%d\t%d\t%.3f\t%d' % (cls, i, rep, ms, n))


def runner_main(prog, usage, index, warm, errors):
    """The reference runners' command line: index DUMP OUT | warm OUT QUERIES REPS."""
    a = sys.argv[1:]
    try:
        if len(a) == 3 and a[0] == 'index':
            index(a[1], a[2])
        elif len(a) == 4 and a[0] == 'warm':
            warm(a[1], a[2], int(a[3]))
        else:
            sys.exit('usage: %s %s' % (prog, usage))
    except errors as e:
        die(prog, str(e))
