#!/usr/bin/env python3
"""Verdict quality of `bin/query --claim` on labelled claims.

    python3 eval/claims.py [--bin DIR] [--db FILE] [--show] FILE.tsv ...

Each FILE holds claims labelled with the verdict they deserve against the
five articles of corpus/, in one of the layouts of ../shared/eval/:
claims-dev.tsv (id, claim, gold sources, evidence: every claim supported),
claims-verdict-dev.tsv (id, verdict, claim, note) or this folder's
claims-own-*.tsv (id, verdict, kind, claim, sources, note).  Every claim is
checked in one process (--batch), and the script prints, per file and per
kind: how many supported claims got `supported`, how many unsupported
ones were not called `supported` and how many got `unsupported`, the
top-1 source accuracy on supported claims with gold sources, and, for the
supported claims called `supported` whose note quotes their source
("..." (003)), how often the first row that supports them shows a quoted
sentence (other sources may say the same; this counts the writer's
own).  --show lists every claim whose verdict is wrong, --show-evidence
each such row that shows another sentence.  Standard library only.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile


def read_claims(path):
    claims = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        quotes = []
        if len(f) >= 6:
            cid, verdict, kind, claim, sources = f[0], f[1], f[2], f[3], f[4]
            quotes = re.findall(r'"([^"]{20,})"', f[5])
        elif f[1] in ("supported", "unsupported"):
            cid, verdict, claim, sources = f[0], f[1], f[2], "-"
            kind = "supported" if verdict == "supported" else "unsupported"
        else:
            cid, verdict, kind, claim, sources = f[0], "supported", "paraphrase", f[1], f[2]
        gold = [] if sources in ("-", "") else [s.strip() for s in sources.split(",")]
        claims.append(dict(id=cid, verdict=verdict, kind=kind, claim=claim, gold=gold,
                           quotes=quotes))
    return claims


def run(args, claims):
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as t:
        for c in claims:
            t.write("%s\t%s\n" % (c["id"], c["claim"]))
    cmd = [os.path.join(args.bin, "query"), "--db", args.db, "--claim", "--json",
           "--batch", t.name, "-n", "5"] + args.query_arg
    out = subprocess.run(cmd, capture_output=True, text=True)
    os.unlink(t.name)
    if out.returncode not in (0, 1):
        sys.exit("claims.py: %s failed: %s" % (" ".join(cmd), out.stderr.strip()))
    rows = collections.defaultdict(list)
    for line in out.stdout.splitlines():
        o = json.loads(line)
        rows[o["query_id"]].append(o)
    return rows


def plain(text):
    """Lower-case words of text, one space apart (curly apostrophes as straight)."""
    return re.sub(r"\W+", " ", text.replace("\u2019", "'")).strip().lower()


def shows_quote(row, quotes):
    """Whether row's sentence is one of quotes (their first 60 characters of words)."""
    s = plain(row.get("sentence") or "")
    return any(plain(q)[:60] in s or (s and s[:60] in plain(q)) for q in quotes)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="bin")
    ap.add_argument("--db", default="index.db")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--show-top1", action="store_true",
                    help="list supported claims whose first source is not a gold one")
    ap.add_argument("--show-evidence", action="store_true",
                    help="list supported claims whose first supporting row shows no quoted sentence")
    ap.add_argument("--query-arg", action="append", default=[],
                    help="an argument passed on to bin/query (repeat for more)")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    for path in args.files:
        claims = read_claims(path)
        rows = run(args, claims)
        by_kind = collections.defaultdict(lambda: [0, 0, 0])  # n, called supported, unsupported
        top1 = [0, 0]
        evidence = [0, 0]
        for c in claims:
            r = rows.get(c["id"], [])
            verdict = r[0]["verdict"] if r else "unsupported"
            k = by_kind[c["kind"]]
            k[0] += 1
            k[1] += verdict == "supported"
            k[2] += verdict == "unsupported"
            if c["verdict"] == "supported" and c["gold"]:
                top1[1] += 1
                hit = bool(r) and any(os.path.basename(r[0]["source"]).startswith(g)
                                      for g in c["gold"])
                top1[0] += hit
                if args.show_top1 and not hit:
                    print("  TOP1 %s (%s first, gold %s): %s" % (
                        c["id"], os.path.basename(r[0]["source"])[:3] if r else "-",
                        ",".join(c["gold"]), c["claim"]))
            backing = [x for x in r if x.get("support") == "supported"]
            if c["verdict"] == "supported" and verdict == "supported" and c["quotes"] and backing:
                evidence[1] += 1
                seen = shows_quote(backing[0], c["quotes"])
                evidence[0] += seen
                if args.show_evidence and not seen:
                    print("  EVIDENCE %s (%s): %s\n      shows: %s" % (
                        c["id"], os.path.basename(backing[0]["source"])[:3], c["claim"],
                        backing[0].get("sentence")))
            wrong = (verdict != "supported") if c["verdict"] == "supported" else (verdict == "supported")
            if args.show and wrong:
                best = r[0] if r else {}
                print("  WRONG %s %s (%s): %s\n      %s cov %.2f/%.2f missing %s unknown %s conflicts %s"
                      % (c["id"], verdict, c["kind"], c["claim"],
                         os.path.basename(best.get("source", "-"))[:3],
                         best.get("coverage", 0), best.get("passage_coverage", 0),
                         best.get("missing"), best.get("unknown"),
                         [(x["claim"], x["source"]) for x in best.get("conflicts", [])]))
        print(os.path.basename(path))
        for kind, (n, sup, uns) in sorted(by_kind.items()):
            print("  %-14s %3d claims: supported %3d (%.0f%%), not supported %3d (%.0f%%),"
                  " unsupported %3d (%.0f%%)" % (kind, n, sup, 100.0 * sup / n, n - sup,
                                                 100.0 * (n - sup) / n, uns, 100.0 * uns / n))
        if top1[1]:
            print("  top-1 source on supported claims: %d of %d" % tuple(top1))
        if evidence[1]:
            print("  first supporting row shows a quoted sentence: %d of %d" % tuple(evidence))


if __name__ == "__main__":
    main()
