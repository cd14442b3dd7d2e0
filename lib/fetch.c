/*
 * fetch.c: reading the rows a query shows (fetch.h).
 *
 * A row's details come from the plain tables in one statement.  Its snippet
 * is FTS5's, from a query held to the row's rowid; the score's story needs
 * psearch_rank() in that query, which costs a rare word 10%, so the two
 * statements are apart and each prepared when first needed.  The shown
 * rows of a rare word get their snippets from one walk over its rows
 * (fetch_snippets_walk), a prefix query's from a temp table
 * (fetch_snippets).
 */
#include <stdlib.h>
#include <string.h>

#include "fetch.h"
#include "tokenizer.h"
#include "util.h"

static const char detail_sql[] =
    "SELECT s.path, s.title, coalesce(c.text, ''), p.id - s.first_passage, p.line_start,"
    " coalesce(x.line_end, p.line_start + length(CAST(p.body AS BLOB))"
    " - length(CAST(replace(p.body, char(10), '') AS BLOB))), p.byte_start,"
    " coalesce(x.byte_end, p.byte_start + length(CAST(p.body AS BLOB))), p.body,"
    " s.author, s.date, s.publisher, s.url, x.page"
    " FROM passage_rows p JOIN sources s ON s.id = p.source_id"
    " LEFT JOIN sections c ON c.id = p.id - p.section"
    " LEFT JOIN passage_places x ON x.id = p.id WHERE p.id = ?1";

static const char row_sql[] =
    "SELECT " FETCH_SNIPPET_OF("passages_fts") ", " RANK_FUNCTION "(passages_fts, ?2)"
    " FROM passages_fts WHERE passages_fts MATCH ?1 AND rowid = ?3";
static const char snippet_sql[] =
    "SELECT " FETCH_SNIPPET_OF("passages_fts")
    " FROM passages_fts WHERE passages_fts MATCH ?1 AND rowid = ?3";
/*
 * fetch_snippets_walk: the expression's rows from the least to the
 * greatest rowid asked for; snippet() only for those asked for ("+rowid"
 * keeps the IN list away from FTS5's plan: it would start the expression
 * once a value).
 */
static const char walk_sql[] =
    "SELECT rowid, " FETCH_SNIPPET_OF("passages_fts")
    " FROM passages_fts WHERE passages_fts MATCH ?1 AND rowid >= ?2 AND rowid <= ?3"
    " AND +rowid IN (SELECT value FROM json_each(?4))";

/* fetch_snippets' table in the connection's temp schema */
#define SNIPPET_TABLE "psearch_snippet_rows"

struct fetcher {
	sqlite3 *db;
	sqlite3_stmt *detail;	/* a passage and its source */
	/* one row's snippet, and its score's story (explain); prepared once needed */
	sqlite3_stmt *snippet, *row;
	sqlite3_stmt *walk;	/* fetch_snippets_walk's; prepared once needed */
	sqlite3_stmt *source;	/* a source's path, title, citation; prepared once needed */
	sqlite3_stmt *format;	/* a passage's source's format; prepared once needed */
	sqlite3_stmt *any;	/* whether an expression matches; prepared once needed */
	int snippet_table;	/* fetch_snippets may have made its temp table */
};

int fetch_open(sqlite3 *db, struct fetcher **out, char *err, size_t errlen)
{
	struct fetcher *f = calloc(1, sizeof *f);
	*out = NULL;
	if (f == NULL)
		return util_error(err, errlen, "out of memory");
	f->db = db;
	if (sqlite3_prepare_v2(db, detail_sql, -1, &f->detail, NULL) != SQLITE_OK) {
		util_error(err, errlen, "cannot prepare searching: %s", sqlite3_errmsg(db));
		free(f);
		return -1;
	}
	*out = f;
	return 0;
}

void fetch_close(struct fetcher *f)
{
	if (f == NULL)
		return;
	sqlite3_finalize(f->detail);
	sqlite3_finalize(f->row);
	sqlite3_finalize(f->snippet);
	sqlite3_finalize(f->walk);
	sqlite3_finalize(f->source);
	sqlite3_finalize(f->format);
	sqlite3_finalize(f->any);
	if (f->snippet_table)
		sqlite3_exec(f->db, "DROP TABLE IF EXISTS temp." SNIPPET_TABLE, NULL, NULL, NULL);
	free(f);
}

void fetched_free(struct fetched *c)
{
	free(c->source);
	free(c->title);
	free(c->section);
	free(c->text);
	free(c->snippet);
	free((char *)c->cite.author);
	free((char *)c->cite.date);
	free((char *)c->cite.publisher);
	free((char *)c->cite.url);
	memset(c, 0, sizeof *c);
}

static char *column_dup(sqlite3_stmt *st, int i, size_t *len)
{
	const char *t = (const char *)sqlite3_column_text(st, i);
	size_t n = (size_t)sqlite3_column_bytes(st, i);
	char *p = malloc(n + 1);
	if (p == NULL)
		return NULL;
	if (n)
		memcpy(p, t, n);
	p[n] = 0;
	if (len)
		*len = n;
	return p;
}

int fetch_is_page(struct fetcher *f, int64_t passage_id)
{
	int rc = -1;
	if (f->format == NULL && sqlite3_prepare_v2(f->db, "SELECT s.format = 'html' FROM"
	    " passage_rows p JOIN sources s ON s.id = p.source_id WHERE p.id = ?1", -1, &f->format,
	    NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(f->format, 1, passage_id);
	int st = sqlite3_step(f->format);
	if (st == SQLITE_ROW)
		rc = sqlite3_column_int(f->format, 0) == 1;
	else if (st == SQLITE_DONE)
		rc = 0;
	sqlite3_reset(f->format);
	return rc;
}

int fetch_any_match(struct fetcher *f, const char *expr)
{
	int rc = -1;
	if (f->any == NULL && sqlite3_prepare_v2(f->db, "SELECT 1 FROM passages_fts"
	    " WHERE passages_fts MATCH ?1 LIMIT 1", -1, &f->any, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(f->any, 1, expr, -1, SQLITE_STATIC);
	int st = sqlite3_step(f->any);
	if (st == SQLITE_ROW)
		rc = 1;
	else if (st == SQLITE_DONE)
		rc = 0;
	sqlite3_reset(f->any);
	sqlite3_clear_bindings(f->any);
	return rc;
}

void fetched_source_free(struct fetched_source *s)
{
	if (s == NULL)
		return;
	free(s->path);
	free(s->title);
	free((char *)s->cite.author);
	free((char *)s->cite.date);
	free((char *)s->cite.publisher);
	free((char *)s->cite.url);
	memset(s, 0, sizeof *s);
}

int fetch_source(struct fetcher *f, int64_t source_id, struct fetched_source *s)
{
	int rc = -1;
	memset(s, 0, sizeof *s);
	if (f->source == NULL && sqlite3_prepare_v2(f->db, "SELECT path, title, author, date,"
	    " publisher, url FROM sources WHERE id = ?1", -1, &f->source, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(f->source, 1, source_id);
	if (sqlite3_step(f->source) == SQLITE_ROW) {
		s->path = column_dup(f->source, 0, NULL);
		s->title = column_dup(f->source, 1, NULL);
		rc = s->path && s->title ? 0 : -1;
		const char **cite[4] = { &s->cite.author, &s->cite.date, &s->cite.publisher,
		    &s->cite.url };
		for (int i = 0; i < 4; i++)
			if (sqlite3_column_type(f->source, 2 + i) != SQLITE_NULL &&
			    (*cite[i] = column_dup(f->source, 2 + i, NULL)) == NULL)
				rc = -1;
	}
	sqlite3_reset(f->source);
	if (rc != 0)
		fetched_source_free(s);
	return rc;
}

int fetch_row(struct fetcher *f, int64_t id, double score, const char *expr,
    const struct rank_params *rp, int want_snippet, const char *snippet, struct fetched *c)
{
	int rc = -1;
	memset(c, 0, sizeof *c);
	c->id = id;
	c->score = score;
	sqlite3_bind_int64(f->detail, 1, id);
	if (sqlite3_step(f->detail) == SQLITE_ROW) {
		c->source = column_dup(f->detail, 0, NULL);
		c->title = column_dup(f->detail, 1, NULL);
		c->section = column_dup(f->detail, 2, NULL);
		c->ordinal = sqlite3_column_int64(f->detail, 3);
		c->line_start = sqlite3_column_int64(f->detail, 4);
		c->line_end = sqlite3_column_int64(f->detail, 5);
		c->byte_start = sqlite3_column_int64(f->detail, 6);
		c->byte_end = sqlite3_column_int64(f->detail, 7);
		c->text = column_dup(f->detail, 8, &c->text_len);
		rc = c->source && c->title && c->section && c->text ? 0 : -1;
		/* citation facts: NULL when the index does not know them */
		const char **cite[4] = { &c->cite.author, &c->cite.date, &c->cite.publisher,
		    &c->cite.url };
		for (int i = 0; i < 4; i++)
			if (sqlite3_column_type(f->detail, 9 + i) != SQLITE_NULL &&
			    (*cite[i] = column_dup(f->detail, 9 + i, NULL)) == NULL)
				rc = -1;
		c->cite.page = sqlite3_column_int64(f->detail, 13);
	}
	sqlite3_reset(f->detail);
	if (rc == 0 && want_snippet && snippet && !rp->explain) {
		rc = (c->snippet = strdup(snippet)) ? 0 : -1;
	} else if (rc == 0 && (want_snippet || rp->explain)) {
		rc = -1;
		sqlite3_stmt **stp = rp->explain ? &f->row : &f->snippet;
		if (*stp == NULL && sqlite3_prepare_v2(f->db, rp->explain ? row_sql : snippet_sql,
		    -1, stp, NULL) != SQLITE_OK) {
			fetched_free(c);
			return -1;
		}
		sqlite3_stmt *st = *stp;
		sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
		if (st == f->row)
			sqlite3_bind_pointer(st, 2, (void *)rp, RANK_POINTER_TYPE, NULL);
		sqlite3_bind_int64(st, 3, id);
		/* a prefix query's snippet comes from fetch_snippets, explaining or not */
		if (sqlite3_step(st) == SQLITE_ROW)
			rc = (c->snippet = snippet ? strdup(snippet) : column_dup(st, 0, NULL)) ? 0 : -1;
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
	}
	if (rc != 0)
		fetched_free(c);
	return rc;
}

/*
 * rowids[0 .. n) as a JSON array into ids (for json_each), their least
 * and greatest into *lo and *hi.  0, or -1 out of memory (ids freed).
 */
static int rowid_array(const int64_t *rowids, size_t n, struct buf *ids, int64_t *lo,
    int64_t *hi)
{
	*lo = *hi = n > 0 ? rowids[0] : 0;
	buf_puts(ids, "[");
	for (size_t i = 0; i < n; i++) {
		buf_printf(ids, "%s%lld", i ? "," : "", (long long)rowids[i]);
		if (rowids[i] < *lo)
			*lo = rowids[i];
		if (rowids[i] > *hi)
			*hi = rowids[i];
	}
	buf_puts(ids, "]");
	if (ids->oom) {
		buf_free(ids);
		return -1;
	}
	return 0;
}

/* Each (rowid, snippet) row of st into snippets[i] where rowids[i] is its rowid.  0, or -1. */
static int take_snippets(sqlite3_stmt *st, const int64_t *rowids, size_t n, char **snippets)
{
	int rc = 0;
	while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		for (size_t i = 0; i < n; i++)
			if (rowids[i] == id && snippets[i] == NULL &&
			    (snippets[i] = column_dup(st, 1, NULL)) == NULL)
				rc = -1;
	}
	return rc;
}

/*
 * Snippets of a prefix query's rows: FTS5 merges the row lists of every term a prefix covers each
 * time a query starts, even one for a single rowid, so the usual query a
 * row repeats that merge for each result (comput*: 20 ms a row at 500
 * MB), and even one query for all of them costs a third of the search.
 * Instead the rows are copied into a small FTS5 table in the connection's
 * temp schema, with the index's columns and tokenizer, and snippet() runs
 * there: a snippet depends only on the passage's text and the expression,
 * so it is the one the index would give.  The table keeps the raw forms
 * the index leaves to its vocabulary (prefix.h), so the words marked are
 * those the prefix holds ("connections" for connecti*, not "connected").
 * Without a prefix, a query a row is the faster, and this is not used.
 */
static const char snippet_table_sql[] =
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp." SNIPPET_TABLE
    " USING fts5(title, section, body, tokenize='" TOKENIZER_FTS5_FULL_OPTION "');"
    "DELETE FROM temp." SNIPPET_TABLE;
static const char snippet_fill_sql[] =
    "INSERT INTO temp." SNIPPET_TABLE "(rowid, title, section, body)"
    " SELECT id, title, section, body FROM main.passages_content"
    " WHERE id IN (SELECT value FROM json_each(?1))";
static const char snippets_sql[] =
    "SELECT rowid, " FETCH_SNIPPET_OF(SNIPPET_TABLE)
    " FROM temp." SNIPPET_TABLE " WHERE " SNIPPET_TABLE " MATCH ?1";

int fetch_snippets(struct fetcher *f, const char *expr, const int64_t *rowids, size_t n,
    char **snippets)
{
	struct buf ids = { 0 };
	sqlite3_stmt *fill = NULL, *st = NULL;
	int rc = 0;

	int64_t lo, hi;
	if (rowid_array(rowids, n, &ids, &lo, &hi) != 0)
		return -1;
	/* an error here only costs time: the rows without one ask for their own */
	f->snippet_table = 1;
	if (sqlite3_exec(f->db, snippet_table_sql, NULL, NULL, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(f->db, snippet_fill_sql, -1, &fill, NULL) == SQLITE_OK &&
	    sqlite3_bind_text(fill, 1, ids.data, -1, SQLITE_STATIC) == SQLITE_OK &&
	    sqlite3_step(fill) == SQLITE_DONE &&
	    sqlite3_prepare_v2(f->db, snippets_sql, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
		rc = take_snippets(st, rowids, n, snippets);
	}
	sqlite3_finalize(fill);
	sqlite3_finalize(st);
	buf_free(&ids);
	return rc;
}

int fetch_snippets_walk(struct fetcher *f, const char *expr, const int64_t *rowids, size_t n,
    char **snippets)
{
	struct buf ids = { 0 };
	int rc = 0;
	if (n == 0)
		return 0;
	int64_t lo, hi;
	if (rowid_array(rowids, n, &ids, &lo, &hi) != 0)
		return -1;
	/* an error here only costs time: the rows without one ask for their own */
	if (f->walk != NULL || sqlite3_prepare_v2(f->db, walk_sql, -1, &f->walk, NULL) == SQLITE_OK) {
		sqlite3_stmt *st = f->walk;
		sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, lo);
		sqlite3_bind_int64(st, 3, hi);
		sqlite3_bind_text(st, 4, ids.data, -1, SQLITE_STATIC);
		rc = take_snippets(st, rowids, n, snippets);
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
	}
	buf_free(&ids);
	return rc;
}
