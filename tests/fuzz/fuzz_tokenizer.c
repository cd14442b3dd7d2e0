/*
 * fuzz_tokenizer.c: libFuzzer harness for lib/tokenizer.c.
 *
 * One :memory: database (made on the first call and kept, so the stem
 * cache of each tokenizer instance lives across inputs, as it does in a
 * long indexing run) with the snowball tokenizer registered and an FTS5
 * table using it.  Per input:
 *
 *   - tokenizer_run in document, query and prefix mode on an exactly sized
 *     copy of the input: every term non-empty, [start, end) inside the
 *     input with start <= end, a colocated term never first and at the same
 *     range as the term before it, raw-marked terms (0x01) always colocated;
 *     the same input tokenized twice gives the same terms (the cache must
 *     not change results);
 *   - the input as a row of the FTS5 table, an integrity-check (FTS5
 *     re-tokenizes the row and compares with what it indexed), highlight()
 *     on a MATCH, a MATCH on the input itself as a phrase and as a prefix
 *     phrase (the query path of the tokenizer), which must find the row
 *     whenever the phrase has a word (a text contains itself); then the row
 *     is deleted (FTS5 re-tokenizes it to remove its terms) and the table
 *     checked again.
 *
 * Any violation or unexpected SQLite error aborts.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "tokenizer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FAIL(...) do { \
	fprintf(stderr, "fuzz_tokenizer: invariant violated: "); \
	fprintf(stderr, __VA_ARGS__); \
	fputc('\n', stderr); \
	abort(); \
} while (0)

static sqlite3 *db;
static struct tokenizer_session *session;
static sqlite3_stmt *st_insert, *st_highlight, *st_match, *st_delete, *st_check;

static void sql_fail(const char *what)
{
	FAIL("%s: %s (%d)", what, sqlite3_errmsg(db), sqlite3_extended_errcode(db));
}

static sqlite3_stmt *prepare(const char *sql)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK)
		sql_fail(sql);
	return st;
}

static void setup(void)
{
	char err[256];

	if (sqlite3_open(":memory:", &db) != SQLITE_OK)
		abort();
	if (tokenizer_register(db, err, sizeof err) != 0)
		FAIL("tokenizer_register: %s", err);
	if (tokenizer_open(db, &session, err, sizeof err) != 0)
		FAIL("tokenizer_open: %s", err);
	if (sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='snowball')",
	    NULL, NULL, NULL) != SQLITE_OK)
		sql_fail("create table");
	st_insert = prepare("INSERT INTO t(rowid, body) VALUES(1, ?1)");
	st_highlight = prepare("SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH 'a'");
	st_match = prepare("SELECT rowid, highlight(t, 0, '[', ']'), snippet(t, 0, '[', ']', '...', 8)"
	    " FROM t WHERE t MATCH ?1");
	st_delete = prepare("DELETE FROM t");
	st_check = prepare("INSERT INTO t(t) VALUES('integrity-check')");
}

struct term {
	char *bytes;
	size_t len, start, end;
	int colocated;
};

struct tokens {
	size_t len;		/* input length */
	enum tokenizer_mode mode;
	struct term *t;
	size_t n, cap;
};

static int on_token(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct tokens *k = ctx;

	if (term == NULL || n == 0)
		FAIL("mode %d: empty term at [%zu, %zu)", k->mode, start, end);
	if (start > end || end > k->len)
		FAIL("mode %d: term range [%zu, %zu) outside input of %zu bytes", k->mode,
		    start, end, k->len);
	if (colocated) {
		if (k->n == 0)
			FAIL("mode %d: first term is colocated", k->mode);
		if (k->t[k->n - 1].start != start || k->t[k->n - 1].end != end)
			FAIL("mode %d: colocated term at [%zu, %zu), previous at [%zu, %zu)", k->mode,
			    start, end, k->t[k->n - 1].start, k->t[k->n - 1].end);
	} else if (term[0] == TOKENIZER_RAW_MARK) {
		FAIL("mode %d: raw-marked term not colocated at [%zu, %zu)", k->mode, start, end);
	}
	if (k->n == k->cap) {
		size_t cap = k->cap ? 2 * k->cap : 64;
		struct term *p = realloc(k->t, cap * sizeof *p);
		if (p == NULL)
			abort();
		k->t = p;
		k->cap = cap;
	}
	k->t[k->n].bytes = malloc(n);
	if (k->t[k->n].bytes == NULL)
		abort();
	memcpy(k->t[k->n].bytes, term, n);
	k->t[k->n].len = n;
	k->t[k->n].start = start;
	k->t[k->n].end = end;
	k->t[k->n].colocated = colocated;
	k->n++;
	return 0;
}

static void tokens_free(struct tokens *k)
{
	for (size_t i = 0; i < k->n; i++)
		free(k->t[i].bytes);
	free(k->t);
	memset(k, 0, sizeof *k);
}

static void tokenize(const char *text, size_t len, enum tokenizer_mode mode, struct tokens *k)
{
	memset(k, 0, sizeof *k);
	k->len = len;
	k->mode = mode;
	if (tokenizer_run(session, mode, text, len, on_token, k) != 0)
		FAIL("tokenizer_run mode %d failed", mode);
}

static void same_tokens(const struct tokens *a, const struct tokens *b)
{
	if (a->n != b->n)
		FAIL("mode %d: %zu terms, then %zu on the same input", a->mode, a->n, b->n);
	for (size_t i = 0; i < a->n; i++) {
		const struct term *x = &a->t[i], *y = &b->t[i];
		if (x->len != y->len || memcmp(x->bytes, y->bytes, x->len) != 0 ||
		    x->start != y->start || x->end != y->end || x->colocated != y->colocated)
			FAIL("mode %d: term %zu differs between two runs on the same input "
			    "(\"%.*s\" [%zu, %zu) vs \"%.*s\" [%zu, %zu))", a->mode, i,
			    (int)x->len, x->bytes, x->start, x->end, (int)y->len, y->bytes,
			    y->start, y->end);
	}
}

static void step_all(sqlite3_stmt *st, const char *what, int errors_ok)
{
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		;
	if (rc != SQLITE_DONE && !errors_ok)
		sql_fail(what);
	sqlite3_reset(st);
}

/* The input as an FTS5 string: "..." with '"' doubled, cut at the first NUL. */
static char *fts_string(const char *text, size_t len, int prefix)
{
	size_t n = strnlen(text, len), k = 0;
	char *q = malloc(2 * n + 4);
	if (q == NULL)
		abort();
	q[k++] = '"';
	for (size_t i = 0; i < n; i++) {
		if (text[i] == '"')
			q[k++] = '"';
		q[k++] = text[i];
	}
	q[k++] = '"';
	if (prefix)
		q[k++] = '*';
	q[k] = 0;
	return q;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum tokenizer_mode modes[] = {
		TOKENIZER_DOCUMENT, TOKENIZER_QUERY, TOKENIZER_PREFIX
	};
	char *text;

	if (db == NULL)
		setup();
	if (size > 65536)
		return 0;
	text = malloc(size ? size : 1);
	if (text == NULL)
		abort();
	if (size)
		memcpy(text, data, size);

	for (size_t m = 0; m < sizeof modes / sizeof *modes; m++) {
		struct tokens a, b;
		tokenize(text, size, modes[m], &a);
		tokenize(text, size, modes[m], &b);
		same_tokens(&a, &b);
		tokens_free(&a);
		tokens_free(&b);
	}

	/* the FTS5 index and query paths */
	sqlite3_bind_text(st_insert, 1, text, (int)size, SQLITE_TRANSIENT);
	step_all(st_insert, "insert", 0);
	step_all(st_check, "integrity-check after insert", 0);
	step_all(st_highlight, "highlight", 0);
	for (int prefix = 0; prefix <= 1; prefix++) {
		char *q = fts_string(text, size, prefix);
		struct tokens k;
		int rows = 0, rc;
		/* the words of the phrase: the input up to its first NUL, as a query */
		tokenize(text, strnlen(text, size), TOKENIZER_QUERY, &k);
		sqlite3_bind_text(st_match, 1, q, -1, SQLITE_TRANSIENT);
		while ((rc = sqlite3_step(st_match)) == SQLITE_ROW)
			rows++;
		if (rc != SQLITE_DONE)
			sql_fail("match the input as a phrase");
		sqlite3_reset(st_match);
		/* a text always contains itself: its words as a phrase (or a prefix phrase) match it */
		if (k.n > 0 && rows != 1)
			FAIL("the row does not match its own text as a %s: %zu query terms, %d rows "
			    "for %.200s", prefix ? "prefix phrase" : "phrase", k.n, rows, q);
		tokens_free(&k);
		free(q);
	}
	step_all(st_delete, "delete", 0);
	step_all(st_check, "integrity-check after delete", 0);

	free(text);
	return 0;
}
