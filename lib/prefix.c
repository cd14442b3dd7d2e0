/*
 * prefix.c: prefix queries over an index whose FTS5 table holds stems
 * only (prefix.h): the vocabulary's stems of a prefix, the tokenizer's
 * expander, and the check of a row against the query with raw forms.
 */
#include <stdlib.h>
#include <string.h>

#include "prefix.h"
#include "util.h"

/* The one-row table the check runs the expression in: the index's columns, with raw forms. */
#define CHECK_TABLE "psearch_prefix_check"

static const char check_table_sql[] =
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp." CHECK_TABLE
    " USING fts5(title, section, body, tokenize='" TOKENIZER_FTS5_FULL_OPTION "')";

enum {
	ST_LOOKUP, ST_CLEAR, ST_FILL, ST_MATCH, ST_COUNT
};

static const char *const statement_sql[ST_COUNT] = {
	[ST_LOOKUP] = PREFIX_STEMS_SQL,
	[ST_CLEAR] = "DELETE FROM temp." CHECK_TABLE,
	[ST_FILL] = "INSERT INTO temp." CHECK_TABLE "(rowid, title, section, body)"
	    " SELECT id, title, section, body FROM main.passages_content WHERE id = ?1",
	[ST_MATCH] = "SELECT 1 FROM temp." CHECK_TABLE " WHERE " CHECK_TABLE " MATCH ?1",
};

/* A row checked for the current query: a slot of an open-addressing table. */
struct checked {
	sqlite3_int64 id;
	int verdict;	/* 0 or 1; -1: empty slot */
};

struct prefix {
	sqlite3 *db;
	struct tokenizer_session *tok;
	sqlite3_stmt *st[ST_COUNT];	/* ST_LOOKUP at open, the others once a row is checked */
	const char *expression;		/* the current query's */
	int expanded;			/* a prefix of it had stems to add: rows need the check */
	/* the verdicts so far (a row may be asked again, by another pass) */
	struct checked *rows;
	size_t nrows, cap;	/* cap: slots, a power of two, or 0 */
};

static size_t slot_of(const struct prefix *px, sqlite3_int64 id)
{
	size_t i = (size_t)((uint64_t)id * 0x9E3779B97F4A7C15u >> 20) & (px->cap - 1);
	while (px->rows[i].verdict >= 0 && px->rows[i].id != id)
		i = (i + 1) & (px->cap - 1);
	return i;
}

/* Keep a verdict; without memory it is not kept (asked again, checked again). */
static void remember(struct prefix *px, sqlite3_int64 id, int verdict)
{
	if (2 * (px->nrows + 1) > px->cap) {
		size_t cap = px->cap ? px->cap * 2 : 256;
		struct checked *old = px->rows, *p = malloc(cap * sizeof *p);
		size_t oldcap = px->cap;
		if (p == NULL)
			return;
		for (size_t i = 0; i < cap; i++)
			p[i].verdict = -1;
		px->rows = p;
		px->cap = cap;
		for (size_t i = 0; i < oldcap; i++)
			if (old[i].verdict >= 0)
				px->rows[slot_of(px, old[i].id)] = old[i];
		free(old);
	}
	size_t i = slot_of(px, id);
	if (px->rows[i].verdict < 0)
		px->nrows++;
	px->rows[i] = (struct checked){ id, verdict };
}

int prefix_stems(sqlite3_stmt *lookup, const char *prefix, size_t n, tokenizer_expansion_fn fn,
    void *ctx)
{
	char *hi;
	int rc = 0, step = SQLITE_DONE;
	if (lookup == NULL)
		return 0;	/* no vocabulary */
	if ((hi = malloc(n + 1)) == NULL)
		return -1;
	memcpy(hi, prefix, n);
	hi[n] = (char)0xff;	/* above every UTF-8 byte: past every string starting with prefix */
	sqlite3_bind_text(lookup, 1, prefix, (int)n, SQLITE_STATIC);
	sqlite3_bind_text(lookup, 2, hi, (int)n + 1, SQLITE_STATIC);
	while (rc == 0 && (step = sqlite3_step(lookup)) == SQLITE_ROW) {
		const char *stem = (const char *)sqlite3_column_text(lookup, 0);
		size_t len = (size_t)sqlite3_column_bytes(lookup, 0);
		if (stem && !(len >= n && memcmp(stem, prefix, n) == 0))
			rc = fn(ctx, stem, len);
	}
	if (rc == 0 && step != SQLITE_DONE)
		rc = -1;
	sqlite3_reset(lookup);
	sqlite3_clear_bindings(lookup);
	free(hi);
	return rc;
}

struct adding {
	struct prefix *px;
	tokenizer_expansion_fn add;
	void *ctx;
};

/* A stem for the tokenizer: the query's rows need the check from now on. */
static int add_stem(void *ctx, const char *stem, size_t n)
{
	struct adding *a = ctx;
	a->px->expanded = 1;
	return a->add(a->ctx, stem, n);
}

/* The tokenizer's expander (tokenizer.h). */
static int expand(void *ctx, const char *p, size_t n, tokenizer_expansion_fn add, void *add_ctx)
{
	struct adding a = { ctx, add, add_ctx };
	return prefix_stems(a.px->st[ST_LOOKUP], p, n, add_stem, &a) < 0 ? -1 : 0;
}

static int any_stem(void *ctx, const char *stem, size_t n)
{
	(void)stem, (void)n;
	*(int *)ctx = 1;
	return 1;
}

int prefix_expands(struct prefix *px, const char *p, size_t n)
{
	int found = 0;
	int rc = prefix_stems(px->st[ST_LOOKUP], p, n, any_stem, &found);
	return rc < 0 ? -1 : found;
}

int prefix_open(sqlite3 *db, struct tokenizer_session *tok, struct prefix **out, char *err,
    size_t errlen)
{
	struct prefix *px = calloc(1, sizeof *px);
	*out = NULL;
	if (px == NULL)
		return util_error(err, errlen, "out of memory");
	px->db = db;
	px->tok = tok;
	/* a table made otherwise (tests, older schemas) holds its raw forms, or has none */
	sqlite3_stmt *has = NULL;
	int vocabulary = sqlite3_prepare_v2(db, "SELECT 1 FROM main.sqlite_schema"
	    " WHERE type = 'table' AND name = 'vocabulary'", -1, &has, NULL) == SQLITE_OK &&
	    sqlite3_step(has) == SQLITE_ROW;
	sqlite3_finalize(has);
	if (!vocabulary) {
		*out = px;
		return 0;
	}
	if (sqlite3_prepare_v2(db, statement_sql[ST_LOOKUP], -1, &px->st[ST_LOOKUP], NULL) !=
	    SQLITE_OK) {
		util_error(err, errlen, "cannot read the vocabulary: %s", sqlite3_errmsg(db));
		free(px);
		return -1;
	}
	tokenizer_prefix_expander(tok, expand, px);
	*out = px;
	return 0;
}

void prefix_close(struct prefix *px)
{
	if (px == NULL)
		return;
	tokenizer_prefix_expander(px->tok, NULL, NULL);
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(px->st[i]);
	free(px->rows);
	free(px);
}

void prefix_begin(struct prefix *px, const char *expression, int negated_expands)
{
	px->expression = expression;
	px->expanded = negated_expands;
	for (size_t i = 0; i < px->cap; i++)
		px->rows[i].verdict = -1;
	px->nrows = 0;
}

/* Make the check table and its statements, once.  0 or -1. */
static int check_ready(struct prefix *px)
{
	if (px->st[ST_MATCH])
		return 0;
	if (sqlite3_exec(px->db, check_table_sql, NULL, NULL, NULL) != SQLITE_OK)
		return -1;
	for (int i = ST_CLEAR; i < ST_COUNT; i++)
		if (px->st[i] == NULL &&
		    sqlite3_prepare_v2(px->db, statement_sql[i], -1, &px->st[i], NULL) != SQLITE_OK)
			return -1;
	return 0;
}

/* Run a statement that returns no row: 0 or -1. */
static int run(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Whether the expression matches row id with raw forms: 1, 0, or -1. */
static int check_row(struct prefix *px, sqlite3_int64 id)
{
	if (check_ready(px) != 0 || run(px->st[ST_CLEAR]) != 0)
		return -1;
	sqlite3_bind_int64(px->st[ST_FILL], 1, id);
	int rc = run(px->st[ST_FILL]);
	sqlite3_clear_bindings(px->st[ST_FILL]);
	if (rc != 0)
		return -1;
	sqlite3_stmt *m = px->st[ST_MATCH];
	sqlite3_bind_text(m, 1, px->expression, -1, SQLITE_STATIC);
	int step = sqlite3_step(m);
	sqlite3_reset(m);
	sqlite3_clear_bindings(m);
	return step == SQLITE_ROW ? 1 : step == SQLITE_DONE ? 0 : -1;
}

int prefix_admit(void *ctx, sqlite3_int64 id)
{
	struct prefix *px = ctx;
	if (!px->expanded || px->expression == NULL)
		return 1;
	if (px->cap) {
		size_t i = slot_of(px, id);
		if (px->rows[i].verdict >= 0)
			return px->rows[i].verdict;
	}
	int verdict = check_row(px, id);
	if (verdict >= 0)
		remember(px, id, verdict);
	return verdict;
}
