/*
 * prefix.c: prefix queries over an index whose FTS5 table holds stems
 * only (prefix.h): the vocabulary's stems of a prefix, the tokenizer's
 * expander, and the check of a row against the query with raw forms.
 *
 * Most rows a widened prefix brings are not the query's ("generaliz*"
 * widens to "general*": 9,400 rows at 100 MB for 250), and the ranking
 * asks for rows in rowid order until it holds k admitted ones, so the
 * check must be cheap for the rows that fail.  In turn:
 *  1. a row the expression matches without widening is the query's (the
 *     expression is monotone in a prefix that is not negated): those rows
 *     are read from FTS5 once, the first time a check is needed;
 *  2. a row whose text is ASCII and holds none of the widened prefixes,
 *     in any case, holds no raw form starting with one: not the query's.
 *     When the expression is that one prefix ("connecti"*), a row not
 *     matched in 1 holds no stem starting with it, so it is the query's
 *     exactly when a word of its ASCII text starts with the prefix (any
 *     case; after a character that is no letter, digit or apostrophe,
 *     or after apostrophes that start the word, which the tokenizer trims).
 *     The body is read from passage_rows; the title and the heading, the
 *     same for many rows in a row, are tested once each;
 *  3. the rest are copied into a one-row FTS5 table with raw forms
 *     (contentless: 'delete-all' empties it without leaving segments
 *     behind) and the expression is run there.
 * With a negated prefix that has raw forms, 1 does not hold: every row
 * goes to 3.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "prefix.h"
#include "util.h"

/* The one-row table the check runs the expression in: the index's columns, with raw forms. */
#define CHECK_TABLE "psearch_prefix_check"

static const char check_table_sql[] =
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp." CHECK_TABLE
    " USING fts5(title, section, body, content='', tokenize='" TOKENIZER_FTS5_FULL_OPTION "')";

enum {
	ST_LOOKUP, ST_CERTAIN, ST_ROW, ST_TITLE, ST_SECTION, ST_TEXT, ST_CLEAR, ST_FILL, ST_MATCH,
	ST_COUNT
};

static const char *const statement_sql[ST_COUNT] = {
	[ST_LOOKUP] = PREFIX_STEMS_SQL,
	[ST_CERTAIN] = "SELECT rowid FROM main.passages_fts WHERE passages_fts MATCH ?1",
	[ST_ROW] = "SELECT body, source_id, id - section FROM main.passage_rows WHERE id = ?1",
	[ST_TITLE] = "SELECT title FROM main.sources WHERE id = ?1",
	[ST_SECTION] = "SELECT text FROM main.sections WHERE id = ?1",
	[ST_TEXT] = "SELECT title, section, body FROM main.passages_content WHERE id = ?1",
	[ST_CLEAR] = "INSERT INTO temp." CHECK_TABLE "(" CHECK_TABLE ") VALUES('delete-all')",
	[ST_FILL] = "INSERT INTO temp." CHECK_TABLE "(rowid, title, section, body)"
	    " VALUES(?1, ?2, ?3, ?4)",
	[ST_MATCH] = "SELECT 1 FROM temp." CHECK_TABLE " WHERE " CHECK_TABLE " MATCH ?1",
};

#define MAX_WIDENED 8	/* prefixes kept for the text test (2); more: every row goes to 3 */

/* A row's verdict for the current query: a slot of an open-addressing table. */
struct checked {
	sqlite3_int64 id;
	int verdict;	/* 0 or 1; -1: empty slot */
};

/* Rows and their verdicts. */
struct row_set {
	struct checked *rows;
	size_t n, cap;	/* cap: slots, a power of two, or 0 */
};

struct prefix {
	sqlite3 *db;
	struct tokenizer_session *tok;
	sqlite3_stmt *st[ST_COUNT];	/* ST_LOOKUP at open, the others once a row is checked */
	const char *expression;		/* the current query's */
	int expanded;			/* a prefix of it had stems to add: rows need the check */
	int negated;			/* a negated prefix has raw forms: no certain rows */
	int widening;			/* 0 while the certain rows are read: no stem is added */
	/* the prefixes widened (as the index folds them), for the text test */
	char widened[MAX_WIDENED][TOKENIZER_MAX_STEM_BYTES + 1];
	int nwidened, too_many;
	int certain_read;		/* certain holds the rows matched without widening */
	int single;			/* the expression is the one widened prefix (step 2) */
	/* step 2's verdicts of the last title and heading read (TEXT_*), by id; 0: none */
	sqlite3_int64 title_id, section_id;
	int title_verdict, section_verdict;
	struct row_set certain;		/* verdict 1 each */
	struct row_set verdicts;	/* the rows checked so far (asked again by another pass) */
};

static size_t slot_of(const struct row_set *rs, sqlite3_int64 id)
{
	size_t i = (size_t)((uint64_t)id * 0x9E3779B97F4A7C15u >> 20) & (rs->cap - 1);
	while (rs->rows[i].verdict >= 0 && rs->rows[i].id != id)
		i = (i + 1) & (rs->cap - 1);
	return i;
}

/* id's verdict in rs, or -1. */
static int verdict_of(const struct row_set *rs, sqlite3_int64 id)
{
	return rs->cap ? rs->rows[slot_of(rs, id)].verdict : -1;
}

/* Keep a verdict: 0, or -1 when out of memory. */
static int remember(struct row_set *rs, sqlite3_int64 id, int verdict)
{
	if (2 * (rs->n + 1) > rs->cap) {
		size_t cap = rs->cap ? rs->cap * 2 : 256, oldcap = rs->cap;
		struct checked *old = rs->rows, *p = malloc(cap * sizeof *p);
		if (p == NULL)
			return -1;
		for (size_t i = 0; i < cap; i++)
			p[i].verdict = -1;
		rs->rows = p;
		rs->cap = cap;
		for (size_t i = 0; i < oldcap; i++)
			if (old[i].verdict >= 0)
				rs->rows[slot_of(rs, old[i].id)] = old[i];
		free(old);
	}
	size_t i = slot_of(rs, id);
	if (rs->rows[i].verdict < 0)
		rs->n++;
	rs->rows[i] = (struct checked){ id, verdict };
	return 0;
}

static void forget(struct row_set *rs)
{
	for (size_t i = 0; i < rs->cap; i++)
		rs->rows[i].verdict = -1;
	rs->n = 0;
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

/* Note p[0 .. n) as widened, for the text test. */
static void widened(struct prefix *px, const char *p, size_t n)
{
	for (int i = 0; i < px->nwidened; i++)
		if (strlen(px->widened[i]) == n && memcmp(px->widened[i], p, n) == 0)
			return;
	if (px->nwidened == MAX_WIDENED || n > TOKENIZER_MAX_STEM_BYTES) {
		px->too_many = 1;
		return;
	}
	memcpy(px->widened[px->nwidened], p, n);
	px->widened[px->nwidened++][n] = 0;
}

/* The tokenizer's expander (tokenizer.h). */
static int expand(void *ctx, const char *p, size_t n, tokenizer_expansion_fn add, void *add_ctx)
{
	struct adding a = { ctx, add, add_ctx };
	if (!a.px->widening)
		return 0;
	int before = a.px->expanded;
	a.px->expanded = 0;
	int rc = prefix_stems(a.px->st[ST_LOOKUP], p, n, add_stem, &a);
	if (a.px->expanded)
		widened(a.px, p, n);
	a.px->expanded |= before;
	return rc < 0 ? -1 : 0;
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
	px->widening = 1;
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
	free(px->certain.rows);
	free(px->verdicts.rows);
	free(px);
}

void prefix_begin(struct prefix *px, const char *expression, int negated_expands)
{
	px->expression = expression;
	px->expanded = px->negated = negated_expands;
	px->nwidened = px->too_many = px->certain_read = 0;
	px->title_id = px->section_id = 0;
	forget(&px->certain);
	forget(&px->verdicts);
}

/* Make the check table and the statements, once.  0 or -1. */
static int check_ready(struct prefix *px)
{
	if (px->st[ST_MATCH])
		return 0;
	if (sqlite3_exec(px->db, check_table_sql, NULL, NULL, NULL) != SQLITE_OK)
		return -1;
	for (int i = ST_CERTAIN; i < ST_COUNT; i++)
		if (px->st[i] == NULL &&
		    sqlite3_prepare_v2(px->db, statement_sql[i], -1, &px->st[i], NULL) != SQLITE_OK)
			return -1;
	return 0;
}

/* Step 1's rows: those the expression matches in FTS5 without widening.  0 or -1. */
static int read_certain(struct prefix *px)
{
	sqlite3_stmt *st = px->st[ST_CERTAIN];
	int rc = 0, step;
	px->widening = 0;
	sqlite3_bind_text(st, 1, px->expression, -1, SQLITE_STATIC);
	while (rc == 0 && (step = sqlite3_step(st)) == SQLITE_ROW)
		rc = remember(&px->certain, sqlite3_column_int64(st, 0), 1);
	if (rc == 0 && step != SQLITE_DONE)
		rc = -1;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	px->widening = 1;
	px->certain_read = rc == 0;
	return rc;
}

/* What step 2 finds in a text. */
enum { TEXT_NONE, TEXT_HOLDS, TEXT_MAYBE };

static int is_word_char(unsigned char c)
{
	return isalnum(c) || c == '\'';
}

/* Whether a word of the ASCII text starts at i: what comes before is no word, or only apostrophes. */
static int word_starts(const char *text, size_t i)
{
	while (i > 0 && text[i - 1] == '\'')
		i--;
	return i == 0 || !is_word_char((unsigned char)text[i - 1]);
}

/*
 * Step 2 on text[0 .. n): TEXT_MAYBE when it (or a widened prefix) is not
 * ASCII, or, unless single, when it holds a widened prefix anywhere;
 * TEXT_HOLDS (single) when a word starts with the prefix; else TEXT_NONE.
 */
static int text_test(const struct prefix *px, const char *text, size_t n)
{
	if (text == NULL || n == 0)
		return TEXT_NONE;
	if (px->too_many)
		return TEXT_MAYBE;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)text[i] >= 0x80)
			return TEXT_MAYBE;
	for (int k = 0; k < px->nwidened; k++) {
		const char *p = px->widened[k];
		size_t m = strlen(p);
		for (size_t i = 0; p[0] && i + m <= n; i++) {
			if ((unsigned char)p[0] >= 0x80)
				return TEXT_MAYBE;
			if (tolower((unsigned char)text[i]) != p[0] ||
			    strncasecmp(text + i + 1, p + 1, m - 1) != 0)
				continue;
			if (!px->single)
				return TEXT_MAYBE;
			if (word_starts(text, i))
				return TEXT_HOLDS;
		}
	}
	return TEXT_NONE;
}

/* Step 2 on the text of column 0 of st after binding id: TEXT_*, or -1. */
static int test_one(struct prefix *px, sqlite3_stmt *st, sqlite3_int64 id)
{
	sqlite3_bind_int64(st, 1, id);
	int step = sqlite3_step(st), verdict = TEXT_NONE;
	if (step == SQLITE_ROW)
		verdict = text_test(px, (const char *)sqlite3_column_text(st, 0),
		    (size_t)sqlite3_column_bytes(st, 0));
	sqlite3_reset(st);
	return step == SQLITE_ROW || step == SQLITE_DONE ? verdict : -1;
}

/* The larger of two step 2 verdicts: HOLDS over MAYBE over NONE. */
static int either(int a, int b)
{
	return a == TEXT_HOLDS || b == TEXT_HOLDS ? TEXT_HOLDS :
	    a == TEXT_MAYBE || b == TEXT_MAYBE ? TEXT_MAYBE : TEXT_NONE;
}

/* Step 2 on row id's body, title and heading: TEXT_*, or -1 (SQLite error). */
static int row_test(struct prefix *px, sqlite3_int64 id)
{
	sqlite3_stmt *row = px->st[ST_ROW];
	sqlite3_bind_int64(row, 1, id);
	int step = sqlite3_step(row);
	if (step != SQLITE_ROW) {
		sqlite3_reset(row);
		return step == SQLITE_DONE ? TEXT_NONE : -1;	/* gone: not a row of the query */
	}
	int verdict = text_test(px, (const char *)sqlite3_column_text(row, 0),
	    (size_t)sqlite3_column_bytes(row, 0));
	sqlite3_int64 source = sqlite3_column_int64(row, 1), section = sqlite3_column_int64(row, 2);
	int has_section = sqlite3_column_type(row, 2) != SQLITE_NULL;
	sqlite3_reset(row);
	if (verdict == TEXT_HOLDS)
		return verdict;
	if (px->title_id != source) {
		if ((px->title_verdict = test_one(px, px->st[ST_TITLE], source)) < 0)
			return -1;
		px->title_id = source;
	}
	verdict = either(verdict, px->title_verdict);
	if (has_section && verdict != TEXT_HOLDS) {
		if (px->section_id != section) {
			if ((px->section_verdict = test_one(px, px->st[ST_SECTION], section)) < 0)
				return -1;
			px->section_id = section;
		}
		verdict = either(verdict, px->section_verdict);
	}
	return verdict;
}

/* Whether the expression is "p"* or ("p"*) for the one widened prefix p (any case). */
static int single_prefix(const struct prefix *px)
{
	const char *e = px->expression;
	if (px->nwidened != 1 || px->too_many || e == NULL)
		return 0;
	size_t n = strlen(e), m = strlen(px->widened[0]);
	int paren = n > 0 && e[0] == '(';
	if (n != m + 3 + 2 * (size_t)paren || (paren && e[n - 1] != ')'))
		return 0;
	e += paren;
	return e[0] == '"' && e[m + 1] == '"' && e[m + 2] == '*' &&
	    strncasecmp(e + 1, px->widened[0], m) == 0;
}

/* Run a statement that returns no row: 0 or -1. */
static int run(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Whether the expression matches row id with raw forms (steps 2 and 3): 1, 0, or -1. */
static int check_row(struct prefix *px, sqlite3_int64 id)
{
	sqlite3_stmt *text = px->st[ST_TEXT], *fill = px->st[ST_FILL];
	if (!px->negated) {
		int verdict = row_test(px, id);
		if (verdict != TEXT_MAYBE)
			return verdict < 0 ? -1 : verdict == TEXT_HOLDS;
	}
	sqlite3_bind_int64(text, 1, id);
	int step = sqlite3_step(text);
	if (step != SQLITE_ROW) {
		sqlite3_reset(text);
		return step == SQLITE_DONE ? 0 : -1;	/* gone: not a row of the query */
	}
	int rc = run(px->st[ST_CLEAR]);
	sqlite3_bind_int64(fill, 1, id);
	for (int c = 0; c < 3; c++)
		sqlite3_bind_value(fill, 2 + c, sqlite3_column_value(text, c));
	if (rc == 0)
		rc = run(fill);
	sqlite3_clear_bindings(fill);
	sqlite3_reset(text);
	if (rc != 0)
		return -1;
	sqlite3_stmt *m = px->st[ST_MATCH];
	sqlite3_bind_text(m, 1, px->expression, -1, SQLITE_STATIC);
	step = sqlite3_step(m);
	sqlite3_reset(m);
	sqlite3_clear_bindings(m);
	return step == SQLITE_ROW ? 1 : step == SQLITE_DONE ? 0 : -1;
}

int prefix_admit(void *ctx, sqlite3_int64 id)
{
	struct prefix *px = ctx;
	if (!px->expanded || px->expression == NULL)
		return 1;
	int verdict = verdict_of(&px->verdicts, id);
	if (verdict >= 0)
		return verdict;
	if (check_ready(px) != 0 || (!px->negated && !px->certain_read && read_certain(px) != 0))
		return -1;
	px->single = single_prefix(px);
	if (!px->negated && verdict_of(&px->certain, id) == 1)
		return 1;
	verdict = check_row(px, id);
	if (verdict >= 0)
		remember(&px->verdicts, id, verdict);	/* not kept: asked again, checked again */
	return verdict;
}
