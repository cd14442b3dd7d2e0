#!/usr/bin/env python3
"""make_corpus.py: synthetic corpora for the stress tests, made from corpus/*.txt.

  make_corpus.py create SRC OUT [--files N] [--kb K] [--seed S]
      N files of about K KiB each under OUT (in a few subfolders), built from
      the paragraphs of SRC/*.txt: shuffled, with some words swapped, with
      headings and lists added; some files are Markdown, some have CRLF line
      ends or a UTF-8 BOM.  Deterministic for a given seed.

  make_corpus.py mutate OUT [--seed S]
      Change OUT in place as an author would between two indexing runs:
      about a quarter of the files edited, an eighth removed, an eighth
      added (one new subfolder among them), a few only touched (new mtime,
      same bytes).  Prints one summary line.

Only the standard library; no file outside OUT is written.
"""
import argparse
import os
import random
import re
import sys
import time

SUBDIRS = ["a", "b", "c", "d/e"]


def paragraphs(src):
    paras = []
    for name in sorted(os.listdir(src)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(src, name), encoding="utf-8", errors="replace") as f:
            text = f.read().replace("\r\n", "\n")
        for p in re.split(r"\n\s*\n", text):
            p = p.strip()
            if len(p.split()) >= 8:
                paras.append(p)
    if not paras:
        sys.exit("make_corpus.py: no paragraphs in %s/*.txt" % src)
    return paras


def vocabulary(paras):
    words = set()
    for p in paras:
        for w in p.split():
            w = w.strip(".,;:!?()\"'\u201c\u201d\u2019")
            if w.isalpha() and len(w) > 3:
                words.add(w.lower())
    return sorted(words)


def vary(rng, para, vocab):
    """Swap a few words so that files differ and rare terms appear."""
    out = []
    for w in para.split(" "):
        r = rng.random()
        if r < 0.04 and w.isalpha():
            w = rng.choice(vocab)
        elif r < 0.045:
            w = w + " " + rng.choice(vocab) + str(rng.randrange(1000))
        out.append(w)
    return " ".join(out)


def heading(rng, vocab):
    return " ".join(rng.choice(vocab) for _ in range(rng.randint(2, 6))).title()


def document(rng, paras, vocab, kb, md, serial):
    parts = []
    title = "Document %d: %s" % (serial, heading(rng, vocab))
    parts.append(("# " if md else "") + title)
    size = len(title)
    while size < kb * 1024:
        r = rng.random()
        if r < 0.15:
            block = ("## " if md else "") + heading(rng, vocab)
        elif r < 0.22:
            intro = vary(rng, rng.choice(paras), vocab).rstrip(".") + ":"
            items = ["- " + heading(rng, vocab).lower() for _ in range(rng.randint(2, 5))]
            block = intro + "\n" + "\n".join(items)
        elif r < 0.25:
            block = " ".join(vary(rng, rng.choice(paras), vocab) for _ in range(4))
        else:
            block = vary(rng, rng.choice(paras), vocab)
        parts.append(block)
        size += len(block.encode()) + 2
    return "\n\n".join(parts) + "\n"


def write(path, text, crlf, bom):
    data = text.replace("\n", "\r\n") if crlf else text
    data = data.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def new_file(rng, paras, vocab, out, kb, serial, subdirs):
    md = rng.random() < 0.2
    name = "doc%04d.%s" % (serial, "md" if md else "txt")
    path = os.path.join(out, rng.choice(subdirs), name)
    text = document(rng, paras, vocab, rng.uniform(0.5, 1.5) * kb, md, serial)
    write(path, text, rng.random() < 0.1, rng.random() < 0.07)
    return path


def corpus_files(out):
    found = []
    for root, _, files in os.walk(out):
        for f in files:
            if f.endswith((".txt", ".md")):
                found.append(os.path.join(root, f))
    return sorted(found)


def create(args):
    rng = random.Random(args.seed)
    paras = paragraphs(args.src)
    vocab = vocabulary(paras)
    for i in range(args.files):
        new_file(rng, paras, vocab, args.out, args.kb, i, SUBDIRS)
    total = sum(os.path.getsize(p) for p in corpus_files(args.out))
    print("make_corpus.py: %d files, %.1f MB in %s" % (args.files, total / 1e6, args.out))


def mutate(args):
    rng = random.Random(args.seed)
    files = corpus_files(args.out)
    if not files:
        sys.exit("make_corpus.py: no files in %s" % args.out)
    with open(files[0], "rb") as f:
        sample = f.read().decode("utf-8", "replace")
    paras = [p for p in re.split(r"\r?\n\s*\r?\n", sample) if len(p.split()) >= 8] or [sample]
    vocab = vocabulary(paras) or ["word"]
    rng.shuffle(files)
    n = len(files)
    edit, remove, touch = files[: n // 4], files[n // 4: n // 4 + n // 8], \
        files[n // 4 + n // 8: n // 4 + n // 8 + n // 16]
    for path in edit:
        with open(path, "rb") as f:
            data = f.read()
        r = rng.random()
        extra = ("\n\n" + vary(rng, rng.choice(paras), vocab) + "\n").encode()
        if r < 0.4:
            data = data + extra                         # appended
        elif r < 0.7:
            cut = len(data) // 2
            cut = data.find(b"\n\n", cut) if data.find(b"\n\n", cut) > 0 else cut
            data = data[:cut] + extra + data[cut:]      # inserted in the middle
        else:
            data = data[: max(1, len(data) * 2 // 3)]    # shortened
            while data and (data[-1] & 0xC0) == 0x80:   # not inside a character
                data = data[:-1]
        with open(path, "wb") as f:
            f.write(data)
    for path in remove:
        os.unlink(path)
    later = time.time() + 5
    for path in touch:
        os.utime(path, (later, later))
    base = 10000 + rng.randrange(1000)
    for i in range(n // 8):
        new_file(rng, paras, vocab, args.out, 12, base + i, SUBDIRS + ["new"])
    print("make_corpus.py: %d edited, %d removed, %d touched, %d added" %
          (len(edit), len(remove), len(touch), n // 8))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("create")
    c.add_argument("src")
    c.add_argument("out")
    c.add_argument("--files", type=int, default=300)
    c.add_argument("--kb", type=float, default=12)
    c.add_argument("--seed", type=int, default=1)
    m = sub.add_parser("mutate")
    m.add_argument("out")
    m.add_argument("--seed", type=int, default=2)
    args = ap.parse_args()
    create(args) if args.cmd == "create" else mutate(args)


if __name__ == "__main__":
    main()
