#!/bin/sh
# tests/query_reliability_test.sh: bin/query does what it says on input a
# careful user would not give it, and its results do not depend on how they
# are paged.
#
#   BIN=bin sh tests/query_reliability_test.sh      (from the repo root, after make)
#
# Paging: pages of -n 3 with --offset 0, 3, 6, ... put together are exactly
# -n 30 (the same sources, passages and scores, in the same order), for 50
# claims taken from the corpus's own sentences and for default queries with
# --per-source 2, in an index where the corpus is cut into many small
# sources.  Input: a query repeating a word is that word; a query over the
# size cap, --weights nan, an unreadable standard input, a NUL in a batch
# line and a full disk are one line on stderr and exit 2; a bare CR ends a
# batch line; claim words past the ones checked are named.  -l and -c count
# what the results list.
# Output as tests/cli_test.sh: "ok - name" or "not ok - name: reason",
# last line "N passed, M failed", non-zero exit status on any failure.
#
# Environment: BIN (default bin), ONLY (test names to run), KEEP_LOGS=1.

BIN=${BIN:-bin}
ROOT=$(pwd)
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac

NAME=query_reliability_test.sh
. "$ROOT/tests/harness.sh"

CDB=$T/corpus.db	# corpus/ as it is
SDB=$T/split.db		# corpus/ cut into sources of three paragraphs

# ---- helpers ---------------------------------------------------------------

# q ARGS...: the query with stdout in $W/out, stderr in $W/err, status in $rc
q() { tmo 120 "$BIN/query" "$@" >"$W/out" 2>"$W/err"; rc=$?; san_check "$W/err" query; }
# the error contract: exit 2, exactly one stderr line, saying $2
one_error() {	# one_error WHAT PHRASE
	want_rc 2 "$1"
	n=$(wc -l <"$W/err" | tr -d ' ')
	[ "$n" -eq 1 ] || fail "$1: $n stderr lines, expected 1: $(head -c 400 "$W/err" | tr '\n' '|')"
	grep -qiF -- "$2" "$W/err" || fail "$1: stderr lacks '$2': $(cat "$W/err")"
}

# rows FILE: each JSON line's query id, source, passage, score, coverage and
# support, one line each (a claim's bare row, with no source, left out)
rows() {
	python3 -c 'import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line)
    if d.get("source") is None:
        continue
    print(d.get("query_id"), d["source"], d["passage"], repr(d["score"]),
          d.get("coverage"), d.get("support"), sep="\t")' "$1"
}

# paged BATCH ARGS...: -n 30 in $W/all, pages of 3 put together in $W/paged
paged() {
	batch=$1
	shift
	q --db "$SDB" --batch "$batch" --json -n 30 "$@"
	[ "$rc" -le 1 ] || fail "-n 30: exit $rc: $(head -c 300 "$W/err")"
	rows "$W/out" | sort -s -k1,1 >"$W/all"
	: >"$W/pages"
	for off in 0 3 6 9 12 15 18 21 24 27; do
		q --db "$SDB" --batch "$batch" --json -n 3 --offset "$off" "$@"
		[ "$rc" -le 1 ] || fail "-n 3 --offset $off: exit $rc: $(head -c 300 "$W/err")"
		rows "$W/out" >>"$W/pages"
	done
	# the pages' rows of each query, in page order
	sort -s -k1,1 "$W/pages" >"$W/paged"
	[ -s "$W/all" ] || fail "no results at all"
	if ! cmp -s "$W/all" "$W/paged"; then
		fail "pages of 3 differ from -n 30 ($(wc -l <"$W/all" | tr -d ' ') rows):" \
		    "$(diff "$W/all" "$W/paged" | head -6 | tr '\n' '|')"
	fi
}

# ---- paging (issue 19.4) -------------------------------------------------------

# 50 claims: sentences of the corpus, every few of them
page_claims() {
	python3 - "$ROOT/corpus" >"$W/claims.tsv" <<'PYEOF'
import os, re, sys
d = sys.argv[1]
sents = []
for name in sorted(os.listdir(d)):
    if not name.endswith('.txt'):
        continue
    text = open(os.path.join(d, name), encoding='utf-8').read()
    for s in re.split(r'(?<=[.!?])\s+', text):
        s = ' '.join(s.split())
        if 8 <= len(s.split()) <= 30 and '\t' not in s:
            sents.append(s)
step = max(1, len(sents) // 50)
for i, s in enumerate(sents[::step][:50]):
    print('c%02d\t%s' % (i, s))
PYEOF
	[ "$(wc -l <"$W/claims.tsv")" -eq 50 ] || fail "expected 50 claims"
	paged "$W/claims.tsv" --claim
}

# default queries, grouped: at most two passages of a source
page_per_source() {
	printf '%s\n' 'w1	ketamine' 'w2	depression treatment' 'w3	therapy' \
	    'w4	mental health' 'w5	patients' 'w6	brain' 'w7	anxiety OR stress' \
	    'w8	doses' 'w9	research' 'w10	ketamine infusion clinic' >"$W/q.tsv"
	paged "$W/q.tsv" --per-source 2
	paged "$W/q.tsv" --per-source 1
}

# ---- near-hangs (issue 19.5) ---------------------------------------------------

# a word typed many times is that word once: same results, same scores
repeated_word() {
	q --db "$CDB" --tsv -n 5 ketamine
	want_rc 0 "ketamine"
	mv "$W/out" "$W/once"
	q --db "$CDB" --tsv -n 5 ketamine ketamine Ketamine ketamine
	want_rc 0 "ketamine x4"
	cmp -s "$W/once" "$W/out" || fail "ketamine x4 differs from ketamine: $(diff "$W/once" "$W/out" | head -4 | tr '\n' '|')"
	words=$(python3 -c 'print(" ".join(["ketamine"] * 5000 + ["depression"] * 5000))')
	q --db "$CDB" --tsv -n 5 ketamine depression
	mv "$W/out" "$W/once"
	q --db "$CDB" --tsv -n 5 -- "$words"
	want_rc 0 "ketamine x5000 depression x5000"
	cmp -s "$W/once" "$W/out" || fail "ketamine x5000 depression x5000 differs from ketamine depression"
}

# more different terms than the cap: one line, exit 2, in a batch the others run
query_cap() {
	python3 -c 'print(" ".join("w%d" % i for i in range(1001)))' >"$W/big"
	q --db "$CDB" -- "$(cat "$W/big")"
	one_error "1001 terms" "1000"
	grep -q "query" "$W/err" || fail "the message does not say what is too long: $(cat "$W/err")"
	python3 -c 'print(" ".join("w%d" % i for i in range(1000)))' >"$W/ok"
	q --db "$CDB" -- "$(cat "$W/ok")"
	want_rc 1 "1000 terms (nothing matches)"
	{ printf 'a\tketamine\n'; printf 'big\t'; cat "$W/big"; printf 'c\tdepression\n'; } >"$W/b.tsv"
	q --db "$CDB" --batch "$W/b.tsv" --tsv
	one_error "a batch line over the cap" "[big]"
	[ "$(cut -f1 "$W/out" | sort -u | wc -l)" -ge 2 ] || fail "the other queries of the batch did not run"
	q --db "$CDB" --syntax raw -- "$(sed 's/ / OR /g' "$W/big")"
	one_error "raw syntax over the cap" "1000"
}

# -l and -c: the sources of the results in their order, and how many passages
q_list_counts() {
	for query in ketamine "depression OR anxiety" "ketamine relieves pain quickly"; do
		q --db "$SDB" --tsv -n 100000 -- "$query"
		cut -f1 "$W/out" >"$W/rows"
		awk '!seen[$0]++' "$W/rows" >"$W/want_l"
		awk '{ n[$0]++; if (!($0 in o)) { o[$0] = ++k; s[k] = $0 } }
		    END { for (i = 1; i <= k; i++) print s[i] "\t" n[s[i]] }' "$W/rows" >"$W/want_c"
		q --db "$SDB" -l -- "$query"
		want_rc 0 "-l $query"
		cmp -s "$W/out" "$W/want_l" || fail "-l $query: $(diff "$W/want_l" "$W/out" | head -4 | tr '\n' '|')"
		q --db "$SDB" -c --tsv -- "$query"
		want_rc 0 "-c $query"
		cut -f1,2 "$W/out" >"$W/got"
		cmp -s "$W/got" "$W/want_c" || fail "-c $query: $(diff "$W/want_c" "$W/got" | head -4 | tr '\n' '|')"
		q --db "$SDB" -c --tsv -n 3 --offset 2 -- "$query"
		cut -f1,2 "$W/out" >"$W/got"
		sed -n '3,5p' "$W/want_c" >"$W/want_page"
		cmp -s "$W/got" "$W/want_page" || fail "-c -n 3 --offset 2 $query: $(diff "$W/want_page" "$W/got" | head -4 | tr '\n' '|')"
	done
}

# ---- silently ignored input (issue 19.6) --------------------------------------------

weights_nan() {
	for w in nan,1,1 1,nan,1 1,1,nan inf,1,1 1,1,-nan; do
		q --db "$CDB" --weights "$w" ketamine
		one_error "--weights $w" "--weights"
	done
}

closed_stdin() {
	tmo 60 "$BIN/query" --db "$CDB" --batch - <&- >"$W/out" 2>"$W/err"
	rc=$?
	one_error "--batch - with standard input closed" "standard input"
	tmo 60 "$BIN/query" --analyze <&- >"$W/out" 2>"$W/err"
	rc=$?
	one_error "--analyze with standard input closed" "standard input"
	tmo 60 "$BIN/query" --db "$CDB" --claims-from - <&- >"$W/out" 2>"$W/err"
	rc=$?
	one_error "--claims-from - with standard input closed" "standard input"
}

# a bare CR and CRLF end a line; a NUL is refused with its line number
batch_line_ends() {
	printf 'a\tketamine\rb\tdepression\r\nc\tanxiety\n' >"$W/cr.tsv"
	q --db "$CDB" --batch "$W/cr.tsv" --json -n 1
	want_rc 0 "CR line ends"
	ids=$(python3 -c 'import json, sys
print(" ".join(json.loads(l)["query_id"] for l in open(sys.argv[1])))' "$W/out")
	[ "$ids" = "a b c" ] || fail "CR line ends: queries '$ids', expected 'a b c'"
	printf 'a\tketamine\nb\tdepr\000ession\nc\tanxiety\n' >"$W/nul.tsv"
	q --db "$CDB" --batch "$W/nul.tsv" --json -n 1
	one_error "a NUL in line 2" "line 2"
	ids=$(python3 -c 'import json, sys
print(" ".join(json.loads(l)["query_id"] for l in open(sys.argv[1])))' "$W/out")
	[ "$ids" = "a c" ] || fail "NUL line: queries '$ids', expected 'a c'"
}

# claim words past the ones checked are named on stderr
claim_words_dropped() {
	words=$(python3 -c 'print(" ".join("ketamine" if i == 0 else "zq%dword" % i for i in range(70)))')
	q --db "$CDB" --claim --tsv -- "$words"
	[ "$rc" -le 1 ] || fail "exit $rc: $(cat "$W/err")"
	grep -q "zq69word" "$W/err" || fail "the words left out are not named: $(head -c 300 "$W/err")"
	grep -q "zq10word" "$W/err" && fail "a word that is checked is named as left out"
	q --db "$CDB" --claim -q -- "$words"
	[ ! -s "$W/err" ] || fail "-q: stderr not empty: $(head -c 200 "$W/err")"
}

# ---- errors (issue 19.8) ----------------------------------------------------------

dev_full() {
	[ -w /dev/full ] || skip "no /dev/full"
	for mode in "" "--json" "-l" "-c" "--claim" "--by-source"; do
		tmo 60 "$BIN/query" --db "$CDB" $mode ketamine >/dev/full 2>"$W/err"
		rc=$?
		one_error ">/dev/full ($mode)" "No space left on device"
	done
	tmo 60 "$BIN/query" --analyze ketamine >/dev/full 2>"$W/err"
	rc=$?
	one_error "--analyze >/dev/full" "No space left on device"
}

# ---- run ---------------------------------------------------------------------

W=$T/w/setup
mkdir -p "$W"
if ! (cd "$ROOT" && python3 - "$ROOT/corpus" "$T/split" <<'PYEOF'
import os, re, sys
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst)
for name in sorted(os.listdir(src)):
    if not name.endswith('.txt'):
        continue
    paras = [p for p in re.split(r'\n\s*\n', open(os.path.join(src, name), encoding='utf-8').read())
             if p.strip()]
    for i in range(0, len(paras), 3):
        with open(os.path.join(dst, '%s-%03d.txt' % (name[:3], i // 3)), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(paras[i:i + 3]) + '\n')
PYEOF
    tmo 120 "$BIN/indexer" -q --db "$CDB" corpus &&
    tmo 120 "$BIN/indexer" -q --db "$SDB" "$T/split") >"$W/.log" 2>&1; then
	echo "not ok - setup: indexing failed: $(head -c 300 "$W/.log" | tr '\n' ' ')"
	FAILED=$((FAILED + 1))
fi

ALL_TESTS="page_claims page_per_source repeated_word query_cap q_list_counts weights_nan \
    closed_stdin batch_line_ends claim_words_dropped dev_full"
for t in ${ONLY:-$ALL_TESTS}; do
	run_test "$t"
done

finish
