#!/usr/bin/env python3
"""eval/copies.py: precision and recall of copy detection and quote checks.

Builds a test corpus from corpus/ (the five articles) with planted copies:
whole paragraphs copied into another article, and paragraphs copied with a
few words changed, each as a paragraph of its own between two of the
target's paragraphs.  Indexes it, lists the copies (bin/query --copies
--json) and compares them with what was planted.  Then checks quotes cut
from the articles: verbatim (must be `exact`), with one word changed or
dropped (must be `near`, never `exact`), and made up from corpus words
(must be `none`).

    python3 eval/copies.py [--bin bin] [--seed 1] [--plants 20] [--keep DIR]
"""
import argparse, json, os, random, re, shutil, subprocess, sys, tempfile

def paragraphs(data):
    """(start, end) byte ranges of the non-blank lines (a line is a paragraph in these files)."""
    out = []
    for m in re.finditer(rb"[^\n]+", data):
        s, e = m.start(), m.end()
        while e > s and data[e - 1:e] in (b"\n", b"\r", b" "):
            e -= 1
        out.append((s, e))
    return out

def words(b):
    return b.decode("utf-8", "replace").split()

def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="bin")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--plants", type=int, default=20, help="of each kind")
    ap.add_argument("--quotes", type=int, default=30, help="of each kind")
    ap.add_argument("--keep", help="build the corpus here and keep it")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    binq = os.path.abspath(os.path.join(a.bin, "query"))
    bini = os.path.abspath(os.path.join(a.bin, "indexer"))
    work = a.keep or tempfile.mkdtemp(prefix="copies-eval.")
    os.makedirs(work, exist_ok=True)
    cdir = os.path.join(work, "c")
    shutil.rmtree(cdir, ignore_errors=True)
    shutil.copytree("corpus", cdir)
    files = sorted(f for f in os.listdir(cdir) if f.endswith(".txt"))
    data = {f: open(os.path.join(cdir, f), "rb").read() for f in files}
    vocab = sorted({w.lower() for f in files for w in re.findall(r"[A-Za-z]{4,}", data[f].decode())})

    # candidate paragraphs to copy: 30-180 words, a passage of their own
    cands = [(f, s, e) for f in files for (s, e) in paragraphs(data[f])
             if 30 <= len(words(data[f][s:e])) <= 180]
    rnd.shuffle(cands)
    plants = []          # (kind, from file, from range, to file, text)
    inserts = {f: [] for f in files}
    for i, (f, s, e) in enumerate(cands[:2 * a.plants]):
        kind = "whole" if i < a.plants else "edited"
        text = data[f][s:e].decode()
        if kind == "edited":
            w = text.split(" ")
            for _ in range(rnd.choice([2, 3])):
                j = rnd.randrange(len(w))
                if rnd.random() < 0.5:
                    w[j] = rnd.choice(vocab)
                else:
                    del w[j]
            text = " ".join(w)
        to = rnd.choice([g for g in files if g != f])
        paras = paragraphs(data[to])
        at = rnd.choice(paras[1:])[0]          # at the start of a line
        inserts[to].append((at, text, len(plants)))
        plants.append([kind, f, (s, e), to, None])
    # write the targets, recording where each plant lands
    # a plant is a paragraph as the target writes them: followed by a blank
    # line where the target has blank lines, else by a line break
    sep = {f: b"\n\n" if b"\n\n" in data[f] else b"\n" for f in files}
    for to in files:
        out, last = b"", 0
        for at, text, k in sorted(inserts[to]):
            out += data[to][last:at]
            start = len(out)
            out += text.encode() + sep[to]
            plants[k][4] = (start, start + len(text.encode()))
            last = at
        out += data[to][last:]
        open(os.path.join(cdir, to), "wb").write(out)
        # the originals moved too: shift every plant taken from this file
        for p in plants:
            if p[1] == to:
                s, e = p[2]
                shift = sum(len(t.encode()) + len(sep[to]) for at, t, _ in inserts[to] if at <= s)
                p[2] = (s + shift, e + shift)
    db = os.path.join(work, "i.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    r = run([bini, "-q", "--db", db, "c"], cwd=work)
    if r.returncode != 0:
        sys.exit("indexing failed: " + r.stderr.decode())
    r = run([binq, "--db", db, "--copies", "--json"], cwd=work)
    if r.returncode not in (0, 1):
        sys.exit("--copies failed: " + r.stderr.decode())
    reported = set()
    for line in r.stdout.decode().splitlines():
        row = json.loads(line)
        a1 = (os.path.basename(row["source"]), row["byte_start"], row["byte_end"])
        for c in row["copies"]:
            b1 = (os.path.basename(c["source"]), c["byte_start"], c["byte_end"])
            reported.add(tuple(sorted([a1, b1])))

    def overlaps(p, f, rng):
        return p[0] == f and p[1] < rng[1] and rng[0] < p[2]

    found = {"whole": 0, "edited": 0}
    good = set()
    for kind, f, rng, to, trng in plants:
        hit = [pair for pair in reported
               if (overlaps(pair[0], f, rng) and overlaps(pair[1], to, trng)) or
                  (overlaps(pair[1], f, rng) and overlaps(pair[0], to, trng))]
        found[kind] += bool(hit)
        good.update(hit)
        if not hit and os.environ.get("COPIES_DEBUG"):
            print("missed %s %s %s -> %s %s" % (kind, f, rng, to, trng))
    # a pair between two plants of the same paragraph would also be right; none is planted twice
    print("copies: %d planted (%d whole, %d with 2-3 words changed or dropped)" %
          (len(plants), a.plants, a.plants))
    print("  recall whole %d/%d, edited %d/%d" % (found["whole"], a.plants, found["edited"], a.plants))
    print("  reported pairs %d, of them planted %d: precision %.3f" %
          (len(reported), len(good), len(good) / len(reported) if reported else 1.0))

    # quotes
    cases = []
    for f in files:
        for s, e in paragraphs(data[f]):
            w = words(data[f][s:e])
            if len(w) >= 14:
                cases.append((f, w))
    rnd.shuffle(cases)
    quotes = []
    for f, w in cases[:a.quotes]:
        n = rnd.randrange(6, 13)
        i = rnd.randrange(0, len(w) - n)
        quotes.append(("exact", " ".join(w[i:i + n])))
    for f, w in cases[a.quotes:2 * a.quotes]:
        n = rnd.randrange(6, 13)
        i = rnd.randrange(0, len(w) - n)
        q = w[i:i + n]
        j = rnd.randrange(1, n - 1)
        if rnd.random() < 0.5:
            q[j] = rnd.choice(vocab)
        else:
            del q[j]
        quotes.append(("near", " ".join(q)))
    # verbatim but typographically different (curly for straight and back,
    # an en dash for a hyphen, upper case): still exact
    flip = {"'": "\u2019", "\u2019": "'", '"': "\u201c", "\u201c": '"', "\u201d": '"', "-": "\u2013"}
    for f, w in cases[2 * a.quotes:3 * a.quotes]:
        n = rnd.randrange(6, 13)
        i = rnd.randrange(0, len(w) - n)
        q = "".join(flip.get(ch, ch) for ch in " ".join(w[i:i + n]))
        quotes.append(("exact", q.upper() if rnd.random() < 0.3 else q))
    for _ in range(a.quotes):
        quotes.append(("none", " ".join(rnd.choice(vocab) for _ in range(rnd.randrange(6, 13)))))
    confusion = {}
    for want, q in quotes:
        r = run([binq, "--db", db, "--json", "--quote", q], cwd=work)
        got = json.loads(r.stdout.decode().splitlines()[0])["verdict"] if r.stdout else "error"
        if want == "near" and got == "exact":
            # a changed word may leave a quote that is still verbatim somewhere
            pass
        confusion[(want, got)] = confusion.get((want, got), 0) + 1
    print("quotes: %d of each kind (verbatim 6-12 words, one word changed or dropped, made up;"
          " and %d verbatim with typographic variants, counted as exact)" % (a.quotes, a.quotes))
    for want in ("exact", "near", "none"):
        print("  %-5s -> %s" % (want, ", ".join("%s %d" % (g, confusion.get((want, g), 0))
                                              for g in ("exact", "near", "none", "error"))))
    for k in ("exact", "near"):
        tp = confusion.get((k, k), 0)
        said = sum(v for (w, g), v in confusion.items() if g == k)
        want_n = sum(1 for w, _ in quotes if w == k)
        print("  %s: precision %.3f, recall %.3f" % (k, tp / said if said else 1.0, tp / want_n))
    if not a.keep:
        shutil.rmtree(work)

main()
