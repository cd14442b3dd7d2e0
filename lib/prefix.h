/*
 * prefix.h: prefix queries over an index whose FTS5 table holds stems only.
 *
 * Since schema 6 the unstemmed ("raw") forms are not in FTS5 but in the
 * vocabulary table (raw TEXT PRIMARY KEY, stem TEXT), one row a distinct
 * raw form that differs from its stem (store.h).  A prefix query p* must
 * still match a row exactly when the row holds a stem or a raw form
 * starting with p, as when FTS5 held the raw forms: "connecti*" finds
 * "connections", whose stem is "connect".  So:
 *
 *  - the stems starting with p are FTS5's prefix query, as before;
 *  - the stems of the raw forms starting with p that do not start with p
 *    themselves (prefix_stems, a range of the vocabulary) are added by the
 *    tokenizer as synonyms of the prefix (tokenizer_prefix_expander).
 *    FTS5 matches them as prefixes too ("connect*"), so the rows matched
 *    are a superset;
 *  - a row is kept only if the query's expression matches it as it would
 *    in a table that holds the raw forms (prefix_admit; prefix.c says in
 *    which steps: the rows matched unwidened, a test of the row's text,
 *    and at last a one-row FTS5 table with raw forms in the connection's
 *    temp schema).  The ranking asks only for rows that could make its
 *    top k (rank.h, admit), and only while the query has a widened
 *    prefix, so most queries never check a row.
 *
 * The vocabulary may hold raw forms whose passages are gone (a run adds,
 * never deletes): they only widen the superset, and the check reads the
 * rows themselves.  It never prints; it uses the connection and tokenizer
 * session it is given, on their thread.
 */
#ifndef PREFIX_H
#define PREFIX_H

#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>

#include "tokenizer.h"

/* The vocabulary range of a prefix: ?1 the prefix, ?2 the first string past all it starts. */
#define PREFIX_STEMS_SQL \
    "SELECT DISTINCT stem FROM main.vocabulary WHERE raw >= ?1 AND raw < ?2"

/*
 * Call fn(ctx, stem, stem_len) for each distinct stem of the raw forms
 * starting with prefix[0 .. n) that does not itself start with the prefix
 * (in no particular order), through lookup, a statement prepared from
 * PREFIX_STEMS_SQL (NULL: an index without a vocabulary, no stem).  Stops
 * at fn's first non-zero value.  Returns 0, fn's value, or -1 (SQLite
 * error: the connection's message says which, or out of memory).
 */
int prefix_stems(sqlite3_stmt *lookup, const char *prefix, size_t n, tokenizer_expansion_fn fn,
    void *ctx);

struct prefix;

/*
 * Prefix support for the index on db, searched with tok (a session on
 * db); both must outlive it.  Arms tok's connection's expander.  0, or -1
 * with err set.
 */
int prefix_open(sqlite3 *db, struct tokenizer_session *tok, struct prefix **out, char *err,
    size_t errlen);

/* Accepts NULL; disarms the expander. */
void prefix_close(struct prefix *px);

/*
 * A query starts: its FTS5 expression (kept: the caller's string stays
 * valid until prefix_begin again), and whether it holds a negated prefix
 * whose raw forms need the check (the expander is not asked for those:
 * see tokenizer.h).  Forgets the rows checked for the last query.
 */
void prefix_begin(struct prefix *px, const char *expression, int negated_expands);

/* Whether prefix p[0 .. n) has stems to add (a negated prefix needs the check then): 1, 0, -1. */
int prefix_expands(struct prefix *px, const char *p, size_t n);

/*
 * Whether row id is in the query's rows: 1 when no expanded prefix has
 * been met (no check needed) or the expression matches the row in a table
 * with the raw forms, 0 when it does not, -1 on error.  Fits rank.h's
 * admit (ctx = px).
 */
int prefix_admit(void *px, sqlite3_int64 id);

#endif
