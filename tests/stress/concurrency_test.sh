#!/bin/sh
# tests/stress/concurrency_test.sh: queries while the index is being rebuilt.
#
#   sh tests/stress/concurrency_test.sh      (from the repo root, after make)
#
# A corpus of a few MB (tests/stress/make_corpus.py, from corpus/*.txt) is
# indexed once; then `indexer --rebuild` runs REBUILDS times in a row while
# WORKERS query loops run bin/query --json (plain, phrase, OR/NOT, prefix and
# claim queries, and one that matches nothing) as often as they can.  Every
# rebuild must exit 0; every query must exit 0 or 1 (never 2), with nothing
# about "locked" or "busy" on stderr, no output when it exits 1, and every
# output line valid JSON whose byte ranges agree with its text
# (byte_end - byte_start == len(text in UTF-8), and the same for a claim's
# sentence) and with the file (its bytes in that range are the text).
# Failures are listed (the first few in full); the last line is
# `N passed, M failed` (one test per query run and per rebuild).
#
# Environment: BIN (default bin), REBUILDS (30), WORKERS (2), FILES (300),
# KB (about 12 KiB per file), SEED (1), KEEP=1 keeps the work directory.

BIN=${BIN:-bin}
REBUILDS=${REBUILDS:-30}
WORKERS=${WORKERS:-2}
FILES=${FILES:-300}
KB=${KB:-12}
SEED=${SEED:-1}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
HERE=$ROOT/tests/stress

die() { echo "concurrency_test.sh: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

[ -x "$BIN/indexer" ] && [ -x "$BIN/query" ] || die "no $BIN/indexer or $BIN/query (run make first)"
command -v python3 >/dev/null 2>&1 || die "python3 is needed"
[ -f "$HERE/make_corpus.py" ] || die "run from the repository root"

T=$(mktemp -d "${TMPDIR:-/tmp}/concurrency_test.XXXXXX") || exit 1
trap 'if [ "${KEEP:-0}" = 1 ]; then echo "concurrency_test.sh: kept $T" >&2; else rm -rf "$T"; fi' EXIT
trap 'exit 130' INT TERM HUP
cd "$T" || exit 1

python3 "$HERE/make_corpus.py" create "$ROOT/corpus" c --files "$FILES" --kb "$KB" \
    --seed "$SEED" || die "cannot make the corpus"
"$BIN/indexer" -q --db index.db c 2>index.err || die "first index failed: $(head -c 300 index.err)"

# The writer: REBUILDS full rebuilds in a row; one "rebuild N STATUS SECONDS" line each.
(
	n=1
	while [ "$n" -le "$REBUILDS" ]; do
		t0=$(date +%s%N)
		"$BIN/indexer" -q --rebuild --db index.db c >"rebuild-$n.out" 2>"rebuild-$n.err"
		st=$?
		t1=$(date +%s%N)
		echo "rebuild $n $st $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')"
		n=$((n + 1))
	done >rebuilds.log
	touch rebuilds.done
) &
writer=$!

# The readers, until the writer is done.
python3 - "$BIN/query" "$WORKERS" <<'EOF' >queries.log
import json, os, subprocess, sys, threading

query, workers = sys.argv[1], int(sys.argv[2])
QUERIES = [
    ["ketamine", "depression"],
    ['"rapid relief"'],
    ["--", "treatment", "OR", "therapy", "-anesthesia"],
    ["vaccinat*", "OR", "glutam*"],
    ["-n", "20", "patients"],
    ["--claim", "Ketamine blocks the NMDA receptor."],
    ["--claim", "-n", "5", "Ketamine gives fast relief from the symptoms of anxiety."],
    ["zzqxnonexistentword"],
]
lock = threading.Lock()
passed, failed, failures = 0, 0, []
counts = {0: 0, 1: 0}
files = {}


def file_bytes(path):
    if path not in files:
        with open(path, "rb") as f:
            files[path] = f.read()
    return files[path]


def check(args, rc, out, err):
    if rc not in (0, 1):
        return "exit %d: %s" % (rc, err.strip()[:300])
    low = err.lower()
    if "locked" in low or "busy" in low:
        return "stderr mentions locked/busy: %s" % err.strip()[:300]
    if rc == 1 and out.strip():
        return "exit 1 with output"
    if rc == 0 and not out.strip():
        return "exit 0 without output"
    for line in out.splitlines():
        try:
            r = json.loads(line)
        except ValueError as e:
            return "invalid JSON (%s): %s" % (e, line[:200])
        for key in ("source", "byte_start", "byte_end", "text", "line_start", "line_end"):
            if key not in r:
                return "no %s in %s" % (key, line[:200])
        text = r["text"].encode("utf-8")
        if r["byte_end"] - r["byte_start"] != len(text):
            return "byte range [%d, %d) but text is %d bytes: %s" % (
                r["byte_start"], r["byte_end"], len(text), line[:200])
        try:
            data = file_bytes(r["source"])
        except OSError as e:
            return "cannot read %s: %s" % (r["source"], e)
        if data[r["byte_start"]:r["byte_end"]] != text:
            return "%s: bytes [%d, %d) are not the text" % (r["source"], r["byte_start"], r["byte_end"])
        if data[:r["byte_start"]].count(b"\n") + 1 != r["line_start"]:
            return "%s: line_start %d wrong" % (r["source"], r["line_start"])
        if "sentence" in r:
            s = r["sentence"].encode("utf-8")
            if r["sentence_byte_end"] - r["sentence_byte_start"] != len(s) or \
                    data[r["sentence_byte_start"]:r["sentence_byte_end"]] != s:
                return "sentence range [%d, %d) does not hold the sentence: %s" % (
                    r["sentence_byte_start"], r["sentence_byte_end"], line[:200])
    return None


def worker(k):
    global passed, failed
    i = k
    while not os.path.exists("rebuilds.done"):
        args = [query, "--db", "index.db", "--json"] + QUERIES[i % len(QUERIES)]
        i += 1
        p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out = p.stdout.decode("utf-8", "replace")
        err = p.stderr.decode("utf-8", "replace")
        why = check(args, p.returncode, out, err)
        with lock:
            if why is None:
                passed += 1
                counts[p.returncode] += 1
            else:
                failed += 1
                failures.append("%s: %s" % (" ".join(args[2:]), why))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for f in failures[:10]:
    print("not ok - query %s" % f)
if len(failures) > 10:
    print("# ... and %d more failed queries" % (len(failures) - 10))
print("# queries: %d run, %d matched (exit 0), %d matched nothing (exit 1), %d failed" % (
    passed + failed, counts[0], counts[1], failed))
print("QUERIES %d %d" % (passed, failed))
EOF
wait "$writer"

PASSED=0
FAILED=0
while read -r word n st secs; do
	[ "$word" = rebuild ] || continue
	if [ "$st" -eq 0 ]; then
		echo "ok - rebuild $n (${secs}s)"
		PASSED=$((PASSED + 1))
	else
		echo "not ok - rebuild $n exited $st: $(head -c 300 "rebuild-$n.err")"
		FAILED=$((FAILED + 1))
	fi
done <rebuilds.log
[ "$(grep -c '^rebuild' rebuilds.log)" -eq "$REBUILDS" ] || {
	echo "not ok - only $(grep -c '^rebuild' rebuilds.log) of $REBUILDS rebuilds ran"
	FAILED=$((FAILED + 1))
}
grep -v '^QUERIES' queries.log
set -- $(grep '^QUERIES' queries.log)
if [ "$#" -eq 3 ]; then
	PASSED=$((PASSED + $2))
	FAILED=$((FAILED + $3))
else
	echo "not ok - the query loop did not finish"
	FAILED=$((FAILED + 1))
fi
if "$BIN/indexer" --db index.db --check >check.out 2>&1; then
	echo "ok - index checks out after the last rebuild"
	PASSED=$((PASSED + 1))
else
	echo "not ok - --check after the rebuilds: $(head -c 300 check.out)"
	FAILED=$((FAILED + 1))
fi
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
