#!/usr/bin/env python3
"""make-corpus.py: a benchmark corpus of real English prose, SIZE_MB in size.

    python3 bench/make-corpus.py SIZE_MB OUTDIR

Writes OUTDIR/a00000.txt, a00001.txt, ... : one article a file, a title line,
then paragraphs (one line each) and section headings separated by blank
lines, between a few KB and about 100 KB a file.  The total of the .txt files
is SIZE_MB * 10^6 bytes, less than one article.  OUTDIR/.manifest (JSON,
hidden so globs and rg skip it) records the generator version, the source
package versions, the counts and a SHA-256 of every article in file order:
the same SIZE_MB and the same package versions give the same bytes.

The prose comes from Debian packages (bench/run.sh installs them):
  linux-doc       kernel documentation (.rst/.txt): reStructuredText markup
                  reduced to its text, code and tables dropped
  python3.11-doc  the Python documentation's reStructuredText sources
  GNU info        every manual under /usr/share/info (coreutils, grep, sed,
                  gettext, ...): one article per node group
  dict-gcide, dict-foldoc, dict-jargon, dict-devil
                  dictionary entries, a few dozen to an article
  wordnet-base    WordNet glosses with their examples
  fortunes        quotations and literature, a few dozen to an article

About 60 MB of unique text.  Beyond that, each further round k re-deals the
sentences: per source, paragraphs are shuffled (seed k) and each pair's
sentences are interleaved and re-cut into two paragraphs, so later rounds are
new paragraphs of real sentences, never copies; the vocabulary stops growing
after round 0, term frequencies grow with the size.  Only the standard
library is used; stdout is silent, one summary line goes to stderr.
"""
import glob
import gzip
import hashlib
import json
import os
import random
import re
import subprocess
import sys

VERSION = 1
PACKAGES = ['linux-doc', 'python3.11-doc', 'dict-gcide', 'dict-foldoc', 'dict-jargon',
            'dict-devil', 'wordnet-base', 'fortunes']
ARTICLE_MAX = 90000     # bytes: longer documents are split into parts
ARTICLE_MIN = 3000      # bytes: smaller documents of one source are merged


def die(msg):
    sys.exit('make-corpus: ' + msg)


# ---------------------------------------------------------------- filters

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def prose(p):
    """A paragraph worth keeping: mostly words, at least 8 of them."""
    if len(p) < 40:
        return False
    words = WORD.findall(p)
    if len(words) < 8:
        return False
    letters = sum(len(w) for w in words)
    if letters < 0.62 * len(p):
        return False
    junk = sum(p.count(c) for c in '{}[]<>=_|\\#$@;')
    return junk * 40 < len(p)


def squash(lines):
    return re.sub(r'\s+', ' ', ' '.join(lines)).strip()


# ---------------------------------------------------------------- reStructuredText

RST_UNDERLINE = re.compile(r'^([=\-~^"\'`#*+.:_])\1{3,}\s*$')
RST_ROLE = re.compile(r':[a-zA-Z:+-]+:`([^`<]*?)(?:\s*<[^>]*>)?`')
RST_LINK = re.compile(r'`([^`<]+?)\s*<[^>]*>`_{1,2}')
RST_LITERAL = re.compile(r'``([^`]+)``')
RST_REF = re.compile(r'`([^`]+)`_{0,2}')
RST_EMPH = re.compile(r'\*{1,2}([^*\s][^*]*?)\*{1,2}')
RST_ITEM = re.compile(r'^(?:[-*+]|\d+[.)]|#\.|\(\w\))\s+')


def rst_inline(s):
    s = RST_ROLE.sub(r'\1', s)
    s = RST_LINK.sub(r'\1', s)
    s = RST_LITERAL.sub(r'\1', s)
    s = RST_REF.sub(r'\1', s)
    s = RST_EMPH.sub(r'\1', s)
    return s.replace('\\', '')


def rst_document(text):
    """reStructuredText -> (title, [('h', heading) | ('p', paragraph)])."""
    lines = text.split('\n')
    out, para = [], []
    title = None
    skip_indent = None      # inside a directive or literal block: its indentation

    def flush():
        if para:
            p = rst_inline(squash(para))
            if prose(p):
                out.append(('p', p))
            para.clear()

    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        i += 1
        if skip_indent is not None:
            if not stripped or indent > skip_indent:
                continue
            skip_indent = None
        if not stripped:
            flush()
            continue
        if RST_UNDERLINE.match(stripped):
            continue
        nxt = lines[i].rstrip() if i < len(lines) else ''
        if RST_UNDERLINE.match(nxt) and len(nxt) >= len(stripped) - 2 and indent == 0:
            flush()
            h = rst_inline(stripped).strip()
            if title is None:
                title = h
            elif 2 < len(h) < 90:
                out.append(('h', h))
            i += 1
            continue
        if stripped.startswith('..'):
            flush()
            skip_indent = indent
            continue
        if stripped.startswith(('+-', '+=', '|', '>>>', '$ ', '# ')):
            flush()
            skip_indent = indent
            continue
        if stripped.endswith('::'):
            rest = stripped[:-2].rstrip()
            if rest:
                para.append(rest + ':' if not rest.endswith(':') else rest)
            flush()
            skip_indent = indent
            continue
        if RST_ITEM.match(stripped):
            flush()
            stripped = RST_ITEM.sub('', stripped)
        para.append(stripped)
    flush()
    return title, out


def rst_sources():
    docs = []
    roots = sorted(glob.glob('/usr/share/doc/linux-doc-*/Documentation'))
    if not roots:
        die('linux-doc is not installed (no /usr/share/doc/linux-doc-*/Documentation)')
    skip = {'translations', 'devicetree', 'features', 'ABI', 'sphinx', 'netlink'}
    for root in roots[-1:]:
        for d, dirs, files in os.walk(root):
            dirs[:] = sorted(x for x in dirs if x not in skip)
            for f in sorted(files):
                if f.endswith(('.rst.gz', '.txt.gz')):
                    path = os.path.join(d, f)
                    with gzip.open(path, 'rt', encoding='utf-8', errors='replace') as fh:
                        title, body = rst_document(fh.read())
                    name = os.path.relpath(path, root)[:-7]
                    docs.append(('linux', title or name, body))
    pyroot = '/usr/share/doc/python3.11/html/_sources'
    if not os.path.isdir(pyroot):
        die('python3.11-doc is not installed (no %s)' % pyroot)
    for d, dirs, files in os.walk(pyroot):
        dirs.sort()
        for f in sorted(files):
            if f.endswith('.rst.txt') and 'whatsnew' not in d:
                with open(os.path.join(d, f), encoding='utf-8', errors='replace') as fh:
                    title, body = rst_document(fh.read())
                docs.append(('python', title or f[:-8], body))
    return docs


# ---------------------------------------------------------------- GNU info

INFO_UNDERLINE = re.compile(r'^[*=\-.]{3,}\s*$')


def info_sources():
    docs = []
    files = sorted(glob.glob('/usr/share/info/*.info.gz') + glob.glob('/usr/share/info/*.info-*.gz'))
    manuals = {}
    for f in files:
        name = os.path.basename(f).split('.info')[0]
        manuals.setdefault(name, []).append(f)
    for name in sorted(manuals):
        if name.startswith('python'):
            continue        # the same text as the reStructuredText sources
        text = ''
        for f in sorted(manuals[name], key=lambda x: (len(x), x)):
            with gzip.open(f, 'rt', encoding='utf-8', errors='replace') as fh:
                text += fh.read()
        body = []
        for node in text.split('\x1f')[1:]:
            lines = node.split('\n')
            if not lines or not lines[1 if lines[0] == '' else 0].startswith('File:'):
                continue
            para = []

            def flush():
                if para:
                    p = squash(para).replace('‘', "'").replace('’', "'")
                    if prose(p):
                        body.append(('p', p))
                    para.clear()
            in_menu = False
            for j, line in enumerate(lines):
                s = line.strip()
                if s.startswith('File:') or s.startswith('Tag Table:'):
                    continue
                if s.startswith('* Menu:'):
                    flush()
                    in_menu = True
                    continue
                if not s:
                    flush()
                    continue
                if in_menu and s.startswith('* '):
                    continue
                in_menu = False
                nxt = lines[j + 1].strip() if j + 1 < len(lines) else ''
                if INFO_UNDERLINE.match(s):
                    continue
                if INFO_UNDERLINE.match(nxt) and len(s) < 90 and s[0].isalnum():
                    flush()
                    h = re.sub(r'^[\d.]+\s+', '', s)
                    body.append(('h', h))
                    continue
                if line.startswith('     '):      # examples and code
                    flush()
                    continue
                para.append(s)
            flush()
        docs.append(('info', 'The %s manual (GNU info)' % name, body))
    return docs


# ---------------------------------------------------------------- dictd

B64 = {c: i for i, c in enumerate(
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + B64[c]
    return n


def dict_source(name, label, per_article):
    base = '/usr/share/dictd/' + name
    if not os.path.exists(base + '.dict.dz'):
        die('dict-%s is not installed (no %s.dict.dz)' % (name, base))
    with gzip.open(base + '.dict.dz', 'rb') as fh:
        data = fh.read()
    entries = {}
    with open(base + '.index', encoding='utf-8', errors='replace') as fh:
        for line in fh:
            f = line.rstrip('\n').split('\t')
            if len(f) >= 3 and not f[0].startswith('00'):
                entries.setdefault(b64(f[1]), (f[0], b64(f[2])))
    docs, body, first = [], [], None
    count = 0
    for off in sorted(entries):
        head, ln = entries[off]
        text = data[off:off + ln].decode('utf-8', 'replace')
        text = re.sub(r'\\[^\\\n]{0,60}\\', '', text)      # pronunciations
        text = re.sub(r'\[[^\]\n]{1,40}\]', '', text)        # source tags
        text = text.replace('{', '').replace('}', '')
        chunks = [squash(c.split('\n')) for c in re.split(r'\n\s*\n', text)]
        chunks = [c for c in chunks if c]
        if not chunks:
            continue
        # the entry's first line is its headword: glue it to the definition
        if len(chunks) > 1 and len(chunks[0]) < 80:
            chunks = [chunks[0] + ': ' + chunks[1]] + chunks[2:]
        kept = [c for c in chunks if prose(c)]
        if not kept:
            continue
        if first is None:
            first = head
        body.extend(('p', c) for c in kept)
        count += 1
        if count == per_article:
            docs.append((name, '%s: %s to %s' % (label, first, head), body))
            body, first, count = [], None, 0
    if body:
        docs.append((name, '%s: %s to %s' % (label, first, head), body))
    return docs


# ---------------------------------------------------------------- WordNet, fortunes

def wordnet_source():
    docs = []
    for pos, pname in (('noun', 'nouns'), ('verb', 'verbs'), ('adj', 'adjectives'),
                       ('adv', 'adverbs')):
        path = '/usr/share/wordnet/data.' + pos
        if not os.path.exists(path):
            die('wordnet-base is not installed (no %s)' % path)
        body, first = [], None
        with open(path, encoding='utf-8', errors='replace') as fh:
            for line in fh:
                if line.startswith(' '):
                    continue
                head, _, gloss = line.partition('|')
                f = head.split()
                words = [f[4 + 2 * i].replace('_', ' ') for i in range(int(f[3], 16))]
                words = [re.sub(r'\(\w+\)$', '', w) for w in words]
                p = '%s: %s' % (', '.join(words), gloss.strip())
                if not prose(p):
                    continue
                first = first or words[0]
                body.append(('p', p))
                if len(body) == 150:
                    docs.append(('wordnet', 'WordNet %s: %s to %s' % (pname, first, words[0]), body))
                    body, first = [], None
        if body:
            docs.append(('wordnet', 'WordNet %s: %s to the end' % (pname, first), body))
    return docs


def fortune_source():
    root = '/usr/share/games/fortunes'
    if not os.path.isdir(root):
        die('fortunes is not installed (no %s)' % root)
    docs = []
    for f in sorted(os.listdir(root)):
        path = os.path.join(root, f)
        if '.' in f or not os.path.isfile(path) or 'art' in f:
            continue
        with open(path, encoding='utf-8', errors='replace') as fh:
            cookies = fh.read().split('\n%\n')
        body = []
        for c in cookies:
            p = squash(c.split('\n'))
            if prose(p):
                body.append(('p', p))
            if len(body) == 40:
                docs.append(('fortunes', 'Sayings from the fortune collection "%s", part %d'
                             % (f, len(docs) + 1), body))
                body = []
        if body:
            docs.append(('fortunes', 'Sayings from the fortune collection "%s", part %d'
                         % (f, len(docs) + 1), body))
    return docs


# ---------------------------------------------------------------- articles

def to_articles(docs):
    """Documents -> articles (title, blocks) of ARTICLE_MIN..ARTICLE_MAX bytes."""
    arts = []
    pending = {}
    for src, title, body in docs:
        if not any(k == 'p' for k, _ in body):
            continue
        size = sum(len(t) + 2 for _, t in body)
        if size > ARTICLE_MAX:
            part, psize, n = [], 0, 1
            for blk in body:
                part.append(blk)
                psize += len(blk[1]) + 2
                if psize > ARTICLE_MAX * 0.6 and blk[0] == 'p':
                    arts.append((src, '%s, part %d' % (title, n), part))
                    part, psize, n = [], 0, n + 1
            if any(k == 'p' for k, _ in part):
                arts.append((src, '%s, part %d' % (title, n), part))
        elif size < ARTICLE_MIN:
            # small documents of one source share an article; the first titles it
            t, blocks = pending.get(src, (title, []))
            if blocks:
                blocks = blocks + [('h', title)]
            blocks = blocks + body
            if sum(len(x) + 2 for _, x in blocks) >= ARTICLE_MIN:
                arts.append((src, t, blocks))
                pending.pop(src, None)
            else:
                pending[src] = (t, blocks)
        else:
            arts.append((src, title, body))
    for src in sorted(pending):
        arts.append((src,) + pending[src])
    return arts


SENTENCE = re.compile(r'(?<=[a-z0-9)"\'][.!?])\s+(?=[A-Z"\'(])')


def remix(articles, k):
    """Round k: the same article shapes, paragraphs re-dealt from real sentences."""
    by_src = {}
    for src, _, blocks in articles:
        by_src.setdefault(src, []).extend(t for kind, t in blocks if kind == 'p')
    dealt = {}
    for src in sorted(by_src):
        paras = by_src[src][:]
        random.Random('%d/%s' % (k, src)).shuffle(paras)
        new = []
        for j in range(0, len(paras) - 1, 2):
            a, b = SENTENCE.split(paras[j]), SENTENCE.split(paras[j + 1])
            mixed = []
            for n in range(max(len(a), len(b))):
                if n < len(a):
                    mixed.append(a[n])
                if n < len(b):
                    mixed.append(b[n])
            if len(mixed) < 2:
                new.extend([paras[j], paras[j + 1]])
                continue
            cut = len(a) if len(a) < len(mixed) else len(mixed) // 2
            cut = max(1, min(cut, len(mixed) - 1))
            new.append(' '.join(mixed[:cut]))
            new.append(' '.join(mixed[cut:]))
        if len(paras) % 2:
            new.append(paras[-1])
        dealt[src] = iter(new)
    out = []
    for src, title, blocks in articles:
        nb = []
        for kind, t in blocks:
            if kind == 'p':
                t = next(dealt[src], t)
            nb.append((kind, t))
        out.append((src, '%s (round %d)' % (title, k), nb))
    random.Random(k).shuffle(out)
    return out


def package_versions():
    try:
        r = subprocess.run(['dpkg-query', '-W', '-f', '${Package}=${Version}\n'] + PACKAGES,
                           capture_output=True, text=True, check=False)
        return sorted(r.stdout.split())
    except OSError:
        return []


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit('usage: make-corpus.py SIZE_MB OUTDIR   (SIZE_MB: integer >= 1, 10^6 bytes)')
    size_mb, outdir = int(sys.argv[1]), sys.argv[2]
    target = size_mb * 1000000
    if os.path.isdir(outdir):
        names = os.listdir(outdir)
        if names and '.manifest' not in names:
            die('%s exists and was not made by this script; not touching it' % outdir)
        for n in names:
            os.unlink(os.path.join(outdir, n))
    else:
        os.makedirs(outdir)

    docs = (rst_sources() + info_sources()
            + dict_source('gcide', 'Collaborative International Dictionary of English', 60)
            + dict_source('foldoc', 'Free On-line Dictionary of Computing', 50)
            + dict_source('jargon', 'The Jargon File', 30)
            + dict_source('devil', "Ambrose Bierce, The Devil's Dictionary", 30)
            + wordnet_source() + fortune_source())
    base = to_articles(docs)
    round0 = base[:]
    random.Random(0).shuffle(round0)

    sha = hashlib.sha256()
    total = files = paras = 0
    k = 0
    arts = round0
    while True:
        for src, title, blocks in arts:
            text = title + '\n' + ''.join('\n' + t + '\n' for _, t in blocks)
            data = text.encode('utf-8')
            if total + len(data) > target:
                break
            with open(os.path.join(outdir, 'a%05d.txt' % files), 'wb') as fh:
                fh.write(data)
            sha.update(data)
            total += len(data)
            files += 1
            paras += sum(1 for kind, _ in blocks if kind == 'p')
        else:
            k += 1
            arts = remix(base, k)
            continue
        break
    manifest = {'generator': 'bench/make-corpus.py v%d' % VERSION, 'size_mb': size_mb,
                'bytes': total, 'files': files, 'paragraphs': paras, 'rounds': k + 1,
                'sha256': sha.hexdigest(), 'packages': package_versions()}
    with open(os.path.join(outdir, '.manifest'), 'w') as fh:
        json.dump(manifest, fh, indent=1)
        fh.write('\n')
    print('make-corpus: %s: %d files, %d paragraphs, %.1f MB, %d round(s)'
          % (outdir, files, paras, total / 1e6, k + 1), file=sys.stderr)


if __name__ == '__main__':
    main()
