#!/usr/bin/env python3
"""Retrieval-quality evaluation of bin/indexer + bin/query on a test collection.

    python3 eval/run.py COLLECTION_DIR [--out DIR] [--bin DIR] [--depth 100]
                        [--reindex] [--per-query] [--scorer PATH] [--tag NAME]
                        [-- extra bin/query options ...]

COLLECTION_DIR holds docs/<docid>.txt, queries.tsv (qid TAB text) and
qrels.tsv (qid TAB docid TAB grade), as described in ../shared/eval/README.md.

Steps:
  1. index COLLECTION_DIR/docs into OUT/index.db with
     `bin/indexer --db OUT/index.db --rebuild COLLECTION_DIR/docs`
     (skipped when the index is newer than every document, the docs folder
     and bin/indexer, unless --reindex);
  2. run every query in one process:
     `bin/query --db OUT/index.db --claim --batch queries.tsv --json
      -n DEPTH --per-source 1 [extra options]`;
     claim mode returns one row per source, i.e. per document, so a
     document's rank is its source's rank; the docid is the source's file
     name without .txt;
  3. write OUT/TAG.trec (TREC run format); the score column is the engine's
     score, lowered by the smallest amount needed where scores tie, so that
     trec_eval's order (score descending, ties by docid descending) is
     exactly the engine's order;
  4. compute MAP, nDCG@10, P@10, R@100 and MRR (trec_eval -c definitions:
     every query of qrels.tsv counts, a query without results scores 0;
     grade >= 1 is relevant; nDCG uses the grades as linear gains) and
     cross-check them against the reference scorer score.py when it exists
     (../shared/eval/score.py from the repository root, or --scorer); any
     difference at 4 decimals is an error (exit 1).

Standard library only.  Exit status: 0 success, 1 disagreement with
score.py, 2 usage or run error.
"""

import argparse
import json
import math
import os
import sqlite3
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

MEASURES = [  # (printed name, key; the key is score.py's / trec_eval's name)
    ("MAP", "map"),
    ("nDCG@10", "ndcg_cut_10"),
    ("P@10", "P_10"),
    ("R@100", "recall_100"),
    ("MRR", "recip_rank"),
]


class Failure(Exception):
    """A run error: message for stderr, exit status 2."""


def rel_path(path):
    """Path relative to the current directory when that is shorter."""
    r = os.path.relpath(path)
    return r if len(r) < len(path) else path


# ---------------------------------------------------------------------------
# collection files


def read_queries(path):
    """[(qid, text)] in file order."""
    out = []
    seen = set()
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                raise Failure("%s:%d: expected qid<TAB>text" % (path, lineno))
            qid = parts[0].strip()
            if qid in seen:
                raise Failure("%s:%d: query %s appears twice" % (path, lineno, qid))
            seen.add(qid)
            out.append((qid, parts[1]))
    return out


def read_qrels(path):
    """{qid: {docid: grade}}, queries in order of first appearance."""
    qrels = {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            p = line.split()
            if not p or p[0].startswith("#"):
                continue
            if len(p) != 3:
                raise Failure("%s:%d: expected qid<TAB>docid<TAB>grade" % (path, lineno))
            try:
                grade = int(p[2])
            except ValueError:
                raise Failure("%s:%d: grade %r is not an integer" % (path, lineno, p[2]))
            judged = qrels.setdefault(p[0], {})
            if p[1] in judged:
                raise Failure("%s:%d: query %s judges document %s twice"
                              % (path, lineno, p[0], p[1]))
            judged[p[1]] = grade
    if not qrels:
        raise Failure("%s: no judgments" % path)
    return qrels


def list_docs(docs_dir):
    """{docid: path} of docs/*.txt."""
    docs = {}
    for name in os.listdir(docs_dir):
        if name.endswith(".txt"):
            docs[name[:-4]] = os.path.join(docs_dir, name)
    if not docs:
        raise Failure("%s: no .txt documents" % docs_dir)
    return docs


def provenance(bin_dir):
    """One line saying what was measured: the commit, and whether the sources
    the binaries are built from have uncommitted changes (read-only git)."""
    if os.path.commonpath([os.path.abspath(bin_dir), REPO]) != REPO:
        return "binaries: %s (outside this repository)" % bin_dir
    def git(*a):
        return subprocess.run(["git", "--no-optional-locks", "-C", REPO] + list(a),
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              universal_newlines=True).stdout
    try:
        head = git("rev-parse", "--short", "HEAD").strip()
        dirty = git("status", "--porcelain", "--untracked-files=no", "--",
                    "lib", "indexer", "query", "Makefile").splitlines()
        dirty = [line[3:] for line in dirty if len(line) > 3]
    except OSError:
        return "binaries: %s (git not available)" % rel_path(bin_dir)
    if not head:
        return "binaries: %s (not a git checkout)" % rel_path(bin_dir)
    return "binaries: %s, commit %s%s" % (
        rel_path(bin_dir), head,
        (", uncommitted changes in " + " ".join(dirty)) if dirty
        else " (sources clean)")


# ---------------------------------------------------------------------------
# 1. index


def index_is_fresh(db, docs_dir, docs, indexer):
    """True when db exists and is newer than the documents and the indexer."""
    try:
        db_mtime = os.stat(db).st_mtime_ns
    except FileNotFoundError:
        return False
    newest = max([os.stat(docs_dir).st_mtime_ns, os.stat(indexer).st_mtime_ns]
                 + [os.stat(p).st_mtime_ns for p in docs.values()])
    return db_mtime > newest


def build_index(indexer, db, docs_dir):
    cmd = [indexer, "--db", db, "--rebuild", docs_dir]
    print("$ " + " ".join(cmd), flush=True)
    t0 = time.monotonic()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)
    secs = time.monotonic() - t0
    sys.stdout.write(proc.stdout)
    sys.stdout.write(proc.stderr)
    if proc.returncode != 0:
        raise Failure("bin/indexer exited with status %d" % proc.returncode)
    # Mark the index as built now, whatever the WAL checkpointing did to mtime.
    os.utime(db)
    return secs


def index_stats(db):
    """(sources, passages, sources with 0 passages, max passages per source)."""
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        n_src, n_pas = con.execute(
            "SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM passages)").fetchone()
        empty, most = con.execute(
            "SELECT sum(passages = 0), max(passages) FROM sources").fetchone()
    finally:
        con.close()
    return n_src, n_pas, empty or 0, most or 0


# ---------------------------------------------------------------------------
# 2. queries


def run_queries(query_bin, db, queries_path, depth, extra):
    """Run the batch; return ({qid: [(docid, score)]} best first, seconds, cmd, stderr)."""
    cmd = [query_bin, "--db", db, "--claim", "--batch", queries_path, "--json",
           "-n", str(depth), "--per-source", "1"] + extra
    print("$ " + " ".join(cmd), flush=True)
    t0 = time.monotonic()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    secs = time.monotonic() - t0
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode not in (0, 1):  # 1 = nothing matched at all
        lines = err.rstrip().splitlines()
        raise Failure("bin/query exited with status %d:\n%s" % (
            proc.returncode, "\n".join(lines[:4] + (["..."] if len(lines) > 4 else []))))
    results = {}
    for lineno, line in enumerate(proc.stdout.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            qid = row["query_id"]
            source = row["source"]
            score = float(row["score"])
        except (ValueError, KeyError, TypeError) as e:
            raise Failure("bin/query output line %d is not a result (%s): %.200s"
                          % (lineno, e, line))
        if math.isnan(score):
            raise Failure("bin/query output line %d: score is NaN" % lineno)
        name = os.path.basename(source)
        docid = name[:-4] if name.endswith(".txt") else name
        if not docid or any(c.isspace() for c in docid + qid):
            raise Failure("bin/query output line %d: query id %r or document id %r "
                          "cannot be written to a run file" % (lineno, qid, docid))
        results.setdefault(qid, []).append((docid, score))
    return results, secs, cmd, err


def clean_rankings(results, docs, depth):
    """Keep each document's first (best) row, cut at depth; count oddities."""
    rankings = {}
    dups = unknown = 0
    for qid, rows in results.items():
        seen = set()
        ranking = []
        for docid, score in rows:
            if docid in seen:
                dups += 1
                continue
            if docid not in docs:
                unknown += 1
            seen.add(docid)
            ranking.append((docid, score))
        rankings[qid] = ranking[:depth]
    return rankings, dups, unknown


# ---------------------------------------------------------------------------
# 3. run file


def write_run(path, query_order, rankings, tag):
    """Write TREC lines; return how many scores were lowered to break ties.

    trec_eval (and score.py) order a TREC run by score, highest first, and
    break ties by docid descending, not by our rank.  So the written score is
    min(engine score, previous written score - eps): strictly decreasing in
    our rank order, and equal to the engine's score wherever that already was.
    """
    adjusted = 0
    with open(path, "w", encoding="utf-8") as f:
        for qid in query_order:
            prev = None
            for rank, (docid, score) in enumerate(rankings.get(qid, []), 1):
                if prev is not None and not score < prev:
                    score = prev - (abs(prev) * 1e-12 or 1e-12)
                    # (repr() below round-trips, so the reader sees this value)
                    adjusted += 1
                prev = score
                f.write("%s Q0 %s %d %r %s\n" % (qid, docid, rank, score, tag))
    return adjusted


def read_run_trec_order(path):
    """Read a TREC run back in trec_eval's order: score desc, then docid desc."""
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            qid, _, docid, _, score, _ = line.split()
            rows.setdefault(qid, []).append((docid, float(score)))
    out = {}
    for qid, items in rows.items():
        items.sort(key=lambda t: t[0].encode("utf-8"), reverse=True)
        items.sort(key=lambda t: -t[1])
        out[qid] = [d for d, _ in items]
    return out


# ---------------------------------------------------------------------------
# 4. measures (trec_eval -c definitions, as written at the top of score.py)


def measures_for_query(judged, ranking):
    """judged: {docid: grade}; ranking: [docid] best first."""
    n_rel = sum(1 for g in judged.values() if g >= 1)
    grades = [judged.get(d, 0) for d in ranking]

    found = 0
    precision_sum = 0.0
    first_hit = None
    for i, g in enumerate(grades, 1):
        if g >= 1:
            found += 1
            precision_sum += found / i
            if first_hit is None:
                first_hit = i
    ap = precision_sum / n_rel if n_rel else 0.0

    p10 = sum(1 for g in grades[:10] if g >= 1) / 10.0
    r100 = sum(1 for g in grades[:100] if g >= 1) / n_rel if n_rel else 0.0
    rr = 1.0 / first_hit if first_hit else 0.0

    def dcg(gains):
        return sum(g / math.log2(i + 1) for i, g in enumerate(gains, 1) if g > 0)

    ideal = dcg(sorted((g for g in judged.values() if g > 0), reverse=True)[:10])
    ndcg = dcg(grades[:10]) / ideal if ideal > 0 else 0.0

    return {"map": ap, "ndcg_cut_10": ndcg, "P_10": p10, "recall_100": r100,
            "recip_rank": rr, "num_rel": n_rel, "num_ret": len(ranking),
            "first_rel": first_hit}


def evaluate(qrels, run):
    """Per query over every query of qrels (missing from run = empty ranking)."""
    per_query = {q: measures_for_query(qrels[q], run.get(q, [])) for q in qrels}
    n = len(per_query)
    summary = {"num_q": n}
    for _, key in MEASURES:
        summary[key] = sum(m[key] for m in per_query.values()) / n
    return per_query, summary


# ---------------------------------------------------------------------------
# cross-check with score.py


def same4(a, b):
    """Equal when printed with 4 decimals (or equal up to float noise)."""
    return "%.4f" % a == "%.4f" % b or abs(a - b) < 1e-9


def cross_check(scorer, qrels_path, run_path, summary, per_query):
    """Return (differences, score.py's notes)."""
    cmd = [sys.executable, scorer, "--json", "-q", qrels_path, run_path]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)
    if proc.returncode != 0:
        return (["score.py exited with status %d: %s"
                 % (proc.returncode, proc.stderr.strip())], [])
    ref = json.loads(proc.stdout)
    diffs = []
    if ref["summary"]["num_q"] != summary["num_q"]:
        diffs.append("queries: ours %d, score.py %d"
                     % (summary["num_q"], ref["summary"]["num_q"]))
    for name, key in MEASURES:
        a, b = summary[key], ref["summary"][key]
        if not same4(a, b):
            diffs.append("%-8s ours %.6f, score.py %.6f" % (name, a, b))
    ref_pq = ref.get("per_query", {})
    for qid, m in per_query.items():
        r = ref_pq.get(qid)
        if r is None:
            diffs.append("query %s: not scored by score.py" % qid)
            continue
        for name, key in MEASURES:
            if not same4(m[key], r[key]):
                diffs.append("query %s %-8s ours %.6f, score.py %.6f"
                             % (qid, name, m[key], r[key]))
    notes = [n for n in ref.get("notes", [])]
    # score.py warns when ranks and scores give different orders: our run
    # file must never do that.
    for n in notes:
        if "rank column does not give the same order" in n:
            diffs.append("score.py: " + n)
    return diffs, notes


# ---------------------------------------------------------------------------


def parse_args(argv):
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    else:
        extra = []
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Options after -- go to bin/query unchanged, e.g. -- --weights 1,1,1")
    ap.add_argument("collection", help="folder with docs/, queries.tsv, qrels.tsv")
    ap.add_argument("--out", default=os.path.join(REPO, "eval", "out"),
                    help="output folder for index.db and the run (default eval/out)")
    ap.add_argument("--bin", default=os.path.join(REPO, "bin"),
                    help="folder with indexer and query (default bin)")
    ap.add_argument("--depth", type=int, default=100,
                    help="documents retrieved per query (default 100)")
    ap.add_argument("--reindex", action="store_true",
                    help="rebuild the index even if it looks up to date")
    ap.add_argument("--per-query", action="store_true",
                    help="print AP and nDCG@10 of every query")
    ap.add_argument("--scorer",
                    default=os.path.join(REPO, "..", "shared", "eval", "score.py"),
                    help="reference scorer to cross-check with "
                         "(default ../shared/eval/score.py; skipped if absent)")
    ap.add_argument("--tag", default="run",
                    help="run name: file OUT/TAG.trec and its tag column (default run)")
    args = ap.parse_args(argv)
    if args.depth < 1:
        ap.error("--depth must be at least 1")
    if not args.tag or any(c.isspace() or c == "/" for c in args.tag):
        ap.error("--tag must be a non-empty word without '/'")
    args.extra = extra
    return args


def main(argv):
    args = parse_args(argv)
    coll = args.collection
    docs_dir = os.path.join(coll, "docs")
    queries_path = os.path.join(coll, "queries.tsv")
    qrels_path = os.path.join(coll, "qrels.tsv")
    indexer = os.path.join(args.bin, "indexer")
    query_bin = os.path.join(args.bin, "query")
    for p in (docs_dir, queries_path, qrels_path):
        if not os.path.exists(p):
            raise Failure("%s: not found (is %s a test collection?)" % (p, coll))
    for p in (indexer, query_bin):
        if not os.access(p, os.X_OK):
            raise Failure("%s: not found or not executable (run make first)" % p)

    queries = read_queries(queries_path)
    qrels = read_qrels(qrels_path)
    docs = list_docs(docs_dir)
    os.makedirs(args.out, exist_ok=True)
    db = os.path.join(args.out, "index.db")

    print(provenance(args.bin))

    # 1. index
    if args.reindex or not index_is_fresh(db, docs_dir, docs, indexer):
        build_index(indexer, db, docs_dir)
    else:
        print("index %s is newer than the documents and bin/indexer: reused "
              "(--reindex to rebuild)" % rel_path(db))
    n_src, n_pas, n_empty, most = index_stats(db)
    print("index: %d documents, %d passages (%.2f per document; %d with none, "
          "at most %d)" % (n_src, n_pas, n_pas / max(1, n_src), n_empty, most))

    # 2. queries
    results, secs, _, err = run_queries(query_bin, db, queries_path, args.depth, args.extra)
    if err.strip():
        with open(os.path.join(args.out, args.tag + ".stderr"), "w") as f:
            f.write(err)
    rankings, dups, unknown = clean_rankings(results, docs, args.depth)
    qids = [q for q, _ in queries]
    stray = [q for q in rankings if q not in set(qids)]  # (a parsing bug)
    if stray:
        raise Failure("bin/query returned results for unknown query ids: %s"
                      % " ".join(stray[:10]))
    no_result = [q for q in qids if not rankings.get(q)]

    # 3. run file
    run_path = os.path.join(args.out, args.tag + ".trec")
    adjusted = write_run(run_path, qids, rankings, args.tag)
    ours = {q: [d for d, _ in r] for q, r in rankings.items() if r}
    if read_run_trec_order(run_path) != ours:
        raise Failure("%s: trec_eval's order (by score) differs from our ranking "
                      "(bug in write_run)" % run_path)

    # 4. measures
    per_query, summary = evaluate(qrels, ours)
    name = rel_path(run_path)
    width = max(10, len(name))
    print()
    print("%-8s %*s" % ("", width, name))
    print("%-8s %*d" % ("queries", width, summary["num_q"]))
    for label, key in MEASURES:
        print("%-8s %*.4f" % (label, width, summary[key]))
    print()
    print("queries with no result: %d of %d%s" % (
        len(no_result), len(qids), (" (%s)" % " ".join(no_result[:20])) if no_result else ""))
    not_judged = [q for q in qids if q not in qrels]
    unjudged_note = ("; %d queries have no judgments and are not scored" % len(not_judged)
                     if not_judged else "")
    missing_q = [q for q in qrels if q not in set(qids)]
    if missing_q:
        unjudged_note += "; %d judged queries are not in queries.tsv (scored 0)" % len(missing_q)
    print("query run: %.2f s wall for %d queries (%.1f ms/query)%s"
          % (secs, len(qids), 1000.0 * secs / max(1, len(qids)), unjudged_note))
    print("run file: %d lines; %d tied scores lowered slightly so that ordering by "
          "score gives our rank order" % (sum(len(r) for r in ours.values()), adjusted))
    if dups:
        print("note: %d repeated documents dropped (a source returned twice)" % dups)
    if unknown:
        print("note: %d results are not files of %s" % (unknown, rel_path(docs_dir)))
    if err.strip():
        print("note: bin/query wrote %d lines on stderr: %s"
              % (len(err.splitlines()), rel_path(os.path.join(args.out, args.tag + ".stderr"))))

    if args.per_query:
        print()
        print("qid\tAP\tnDCG@10\trelevant\tretrieved\tfirst_relevant")
        for q, m in per_query.items():
            print("%s\t%.4f\t%.4f\t%d\t%d\t%s" % (q, m["map"], m["ndcg_cut_10"],
                                                  m["num_rel"], m["num_ret"],
                                                  m["first_rel"] or "-"))

    # cross-check
    print()
    if not os.path.exists(args.scorer):
        print("score.py not found at %s: not cross-checked" % rel_path(args.scorer))
        return 0
    diffs, notes = cross_check(args.scorer, qrels_path, run_path, summary, per_query)
    if diffs:
        print("DISAGREES with %s:" % rel_path(args.scorer), file=sys.stderr)
        for d in diffs[:50]:
            print("  " + d, file=sys.stderr)
        if len(diffs) > 50:
            print("  ... and %d more" % (len(diffs) - 50), file=sys.stderr)
        return 1
    print("agrees with score.py (%s): all five measures, overall and per query, "
          "to 4 decimals" % rel_path(args.scorer))
    return 0


if __name__ == "__main__":
    try:
        import signal
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped to head
    except (ImportError, AttributeError, ValueError):
        pass
    try:
        sys.exit(main(sys.argv[1:]))
    except Failure as e:
        print("eval/run.py: %s" % e, file=sys.stderr)
        sys.exit(2)
    except (OSError, UnicodeDecodeError, sqlite3.Error) as e:
        print("eval/run.py: %s" % e, file=sys.stderr)
        sys.exit(2)
