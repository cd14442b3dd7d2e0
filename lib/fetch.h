/*
 * fetch.h: the rows a query shows, read from the index.
 *
 * This module owns reading a ranked row for reporting: the passage's text
 * and place (source path, title, section, ordinal, line and byte ranges),
 * FTS5's snippet of it for the query's expression, and the story of its
 * score (--explain).  Snippets of a prefix query are made together, in a
 * small FTS5 table of the connection's temp schema (fetch_snippets), and
 * those of a rare word's rows in one walk over them (fetch_snippets_walk).
 * It never prints; it uses the connection it is given.
 */
#ifndef FETCH_H
#define FETCH_H

#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>

#include "cite.h"
#include "rank.h"

/* FTS5's snippet of table t's body: every snippet the search shows is this one. */
#define FETCH_SNIPPET_OF(t) "snippet(" t ", 2, char(2), char(3), '\xE2\x80\xA6', 24)"

/* A row read for reporting; every string malloc'd, fetched_free releases them. */
struct fetched {
	int64_t id, ordinal, line_start, line_end, byte_start, byte_end;
	char *source, *title, *section, *text, *snippet;
	size_t text_len;	/* bytes of text */
	double score;
	struct cite cite;	/* its strings malloc'd too */
};
void fetched_free(struct fetched *c);

struct fetcher;

/* Read rows of the index open on db.  0, or -1 with err set. */
int fetch_open(sqlite3 *db, struct fetcher **out, char *err, size_t errlen);
/* Accepts NULL; drops fetch_snippets' temp table if it made one. */
void fetch_close(struct fetcher *f);

/*
 * Row id (scored score) into *c.  With want_snippet, its snippet for expr:
 * a copy of snippet when given (fetch_snippets made it), explaining or not,
 * else asked of FTS5.  With rp->explain set, psearch_rank() fills it for
 * this row under rp.  Returns 0, or -1 (no such row, SQLite error, out of
 * memory): then *c holds nothing.
 */
int fetch_row(struct fetcher *f, int64_t id, double score, const char *expr,
    const struct rank_params *rp, int want_snippet, const char *snippet, struct fetched *c);

/*
 * The snippets of rows ids[0 .. n) for expr, into snippets[i] (malloc'd;
 * left NULL where none came), made in one FTS5 query over a temp table
 * holding just those rows.  For expressions with a prefix: FTS5 merges the
 * row lists of every term a prefix covers each time a query starts, even
 * one for a single rowid.  Returns 0, or -1 when out of memory.
 */
int fetch_snippets(struct fetcher *f, const char *expr, const int64_t *ids, size_t n,
    char **snippets);

/*
 * The snippets of rows ids[0 .. n) for expr, into snippets[i] (malloc'd;
 * left NULL where none came), from one FTS5 query that visits every row
 * expr matches from the least of ids to the greatest: cheaper than a
 * query a row (which starts the expression anew each time) when few rows
 * lie between.  Not for a prefix (fetch_snippets).  Returns 0, or -1 when
 * out of memory.
 */
int fetch_snippets_walk(struct fetcher *f, const char *expr, const int64_t *ids, size_t n,
    char **snippets);

/*
 * 1 when passage_id's source is a web page (its text is the page's words
 * laid out by html.c, not the file's bytes), 0 when not, -1 on an error.
 */
int fetch_is_page(struct fetcher *f, int64_t passage_id);

/*
 * 1 when some passage matches the FTS5 expression expr, 0 when none, -1
 * on an error (a malformed expression, SQLite).
 */
int fetch_any_match(struct fetcher *f, const char *expr);

/* A source as -l and -c report it; every string malloc'd, NULL when not known. */
struct fetched_source {
	char *path, *title;
	struct cite cite;	/* page 0: a source is the whole file */
};
void fetched_source_free(struct fetched_source *s);	/* accepts NULL */

/*
 * Source source_id's path, title and citation facts into *s.  Returns 0,
 * or -1 (no such source, SQLite error, out of memory): then *s holds
 * nothing.
 */
int fetch_source(struct fetcher *f, int64_t source_id, struct fetched_source *s);

#endif
