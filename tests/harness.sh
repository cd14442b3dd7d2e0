# tests/harness.sh: what the black-box test scripts share (sourced, not run).
#
# Before sourcing: NAME (the script's name, for messages), BIN (absolute)
# and ROOT.  It checks the binaries, makes the scratch folder $T (removed
# on exit), and defines fail/skip, tmo, san_check, want_rc and run_test,
# and the usual ways to run the programs and look at what they said: ix,
# q, err_has, err_lacks, out_has and lines (a script may define its own
# after sourcing this file).
# A test is a shell function run in a subshell in $ROOT with its own
# folder $W; it passes unless it calls fail.  run_test prints
# "ok - name [# SKIP why]" or "not ok - name: reason"; finish prints
# "N passed, M failed" and returns non-zero on any failure.  A script may
# define after_test NAME to clean up after each test.

if [ ! -x "$BIN/indexer" ] || [ ! -x "$BIN/query" ]; then
	echo "$NAME: no $BIN/indexer or $BIN/query (run make first)" >&2
	echo "0 passed, 1 failed"
	exit 1
fi
command -v python3 >/dev/null 2>&1 || { echo "$NAME: python3 is needed" >&2; echo "0 passed, 1 failed"; exit 1; }

T=$(mktemp -d "${TMPDIR:-/tmp}/${NAME%.sh}.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
trap 'rm -rf "$T"; exit 130' INT TERM HUP

PASSED=0
FAILED=0

fail() { printf '%s\n' "$*" >"$T/.why"; exit 1; }
skip() { printf '%s\n' "$*" >"$T/.skip"; exit 0; }

# tmo SECONDS CMD...: run CMD with a time limit when timeout(1) exists.
tmo() {
	if command -v timeout >/dev/null 2>&1; then
		timeout -s KILL "$@"
	else
		shift
		"$@"
	fi
}

# A sanitizer report fails the test whatever the exit status was (UBSan
# exits 1, the same as "nothing found").
san_check() {	# san_check STDERR-FILE WHAT
	if grep -q 'runtime error:\|Sanitizer\|==[0-9]*==ERROR' "$1"; then
		fail "$2: sanitizer report: $(grep -m1 'runtime error:\|Sanitizer\|ERROR' "$1" | head -c 300)"
	fi
}

want_rc() {	# want_rc EXPECTED WHAT
	[ "$rc" -eq "$1" ] || fail "$2: exit $rc, expected $1; stderr: $(head -c 300 "$W/err" 2>/dev/null)"
}

run_test() {
	name=$1
	rm -f "$T/.why" "$T/.skip"
	W=$T/w/$name
	mkdir -p "$W"
	chmod 755 "$W"
	(cd "$ROOT" && "$name") </dev/null >"$W/.log" 2>&1
	status=$?
	if [ $status -eq 0 ] && [ ! -s "$T/.why" ]; then
		PASSED=$((PASSED + 1))
		if [ -s "$T/.skip" ]; then
			echo "ok - $name # SKIP $(cat "$T/.skip")"
		else
			echo "ok - $name"
		fi
	else
		FAILED=$((FAILED + 1))
		if [ -s "$T/.why" ]; then
			reason=$(head -c 600 "$T/.why" | tr '\n' ' ')
		else
			reason="test exited with status $status: $(tail -c 300 "$W/.log" | tr '\n' ' ')"
		fi
		echo "not ok - $name: $reason"
	fi
	[ -z "${KEEP_LOGS:-}" ] || cat "$W/.log" >&2
	if command -v after_test >/dev/null 2>&1; then
		after_test "$name"
	fi
}

# ix / q ARGS...: the program with stdout in $W/out, stderr in $W/err, status in $rc
ix() { tmo 120 "$BIN/indexer" "$@" >"$W/out" 2>"$W/err"; rc=$?; san_check "$W/err" indexer; }
q() { tmo 60 "$BIN/query" "$@" >"$W/out" 2>"$W/err"; rc=$?; san_check "$W/err" query; }
err_has() {	# err_has FIXED-STRING WHAT
	grep -qF -- "$1" "$W/err" || fail "$2: stderr lacks '$1': $(head -c 400 "$W/err" | tr '\n' '|')"
}
err_lacks() {	# err_lacks FIXED-STRING WHAT
	! grep -qF -- "$1" "$W/err" || fail "$2: stderr has '$1': $(head -c 400 "$W/err" | tr '\n' '|')"
}
out_has() {	# out_has FIXED-STRING WHAT
	grep -qF -- "$1" "$W/out" || fail "$2: stdout lacks '$1': $(head -c 600 "$W/out" | tr '\n' '|')"
}
lines() { wc -l <"$1" | tr -d ' '; }

finish() {
	echo "$PASSED passed, $FAILED failed"
	[ "$FAILED" -eq 0 ]
}
