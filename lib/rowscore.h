/*
 * rowscore.h: scoring chosen rows of the index exactly, without a MATCH.
 *
 * FTS5 reads each phrase's rows in rowid order and cannot look one row up
 * cheaply: a MATCH held to one rowid opens every phrase's row list again.
 * This module owns the other way in: it reads a row's columns from
 * passages_content, tokenizes them with the index's tokenizer (the tokens
 * FTS5 indexed, at the positions it gave them), counts each phrase's
 * occurrences per column and each column's length as FTS5 counts them, and
 * scores the row with rank_score_counts(): the score psearch_rank() gives
 * the same row in the index, to the last bit.
 *
 * A phrase is one word in the MATCH syntax the search writes: "text" or
 * "text"* (with "" for a quote inside).  Its tokens are what the tokenizer
 * makes of the text as a query: one position, a stem and its colocated
 * synonyms.  It occurs at a position where one of the document's tokens
 * equals one of them (or, for a prefix, starts with one), once however
 * many do.  A phrase of several positions, or any other syntax, is refused
 * (ROWSCORE_UNSUPPORTED): the caller then ranks in FTS5.
 *
 * It never prints; it uses the connection and tokenizer session it is
 * given, on their thread.
 */
#ifndef ROWSCORE_H
#define ROWSCORE_H

#include <stdint.h>
#include <sqlite3.h>

#include "rank.h"
#include "tokenizer.h"

#define ROWSCORE_UNSUPPORTED 1	/* a phrase this module cannot count */
#define ROWSCORE_NO_ROW 2	/* no passage has that id */

struct rowscore;

/*
 * A scorer for the index on db (its passages_content), tokenizing with tok
 * (the index's tokenizer); both must outlive it.  0, or -1 (db's error).
 */
int rowscore_open(sqlite3 *db, struct tokenizer_session *tok, struct rowscore **out);

/*
 * The phrases to count, in the order of the rank_params that will score
 * them: phrases[i] is phrase i's MATCH text, or NULL for a phrase that
 * counts nothing (boost 0 and out of coverage, e.g. an excluded word).
 * At most RANK_MAX_PHRASES.  Returns 0, ROWSCORE_UNSUPPORTED (no phrases
 * are set), or -1 (out of memory, tokenizer error).
 */
int rowscore_set_phrases(struct rowscore *rs, const char *const *phrases, int n);

/*
 * Row id's score under p (p->nphrase = the phrases set, every idf given),
 * columns normalised by avglen (the index's average lengths).  Returns 0,
 * ROWSCORE_NO_ROW, or -1 (SQLite or tokenizer error, out of memory).
 */
int rowscore_score(struct rowscore *rs, const struct rank_params *p, const double *avglen,
    int64_t id, double *score);

/*
 * Row id's coverage under p (rank_coverage_counts), counted as
 * rowscore_score counts.  Returns as rowscore_score does.
 */
int rowscore_coverage(struct rowscore *rs, const struct rank_params *p, const double *avglen,
    int64_t id, double *coverage);

/*
 * Rows kept: their texts and tokens stay, so that scoring one again,
 * under other phrases, or reading its words (rowscore_words) does not
 * read and tokenize it again.  keep is ROWSCORE_KEEP (each row read from
 * now on is kept), ROWSCORE_KEEP_NO_MORE (the rows kept so far stay, no
 * more are added: a row read once need not take memory) or 0 (none; the
 * rows kept so far are forgotten, as they are by ROWSCORE_KEEP).  Kept
 * rows are what the index held when they were read: keep them only
 * within one read transaction.
 */
#define ROWSCORE_KEEP 1
#define ROWSCORE_KEEP_NO_MORE 2
void rowscore_keep_rows(struct rowscore *rs, int keep);

/*
 * Call fn for each token of row id's column (0 title, 1 section, 2 body),
 * in order, as tokenizer_run(TOKENIZER_DOCUMENT) gives it for the column's
 * text, which *text and *len (bytes) are set to during and after the
 * calls (valid until the next row is read).  fn returns 0, or non-zero to
 * stop.  Returns 0, ROWSCORE_NO_ROW, or -1 (SQLite or tokenizer error, out
 * of memory, fn stopped).
 */
int rowscore_words(struct rowscore *rs, int64_t id, int column, tokenizer_callback fn,
    void *ctx, const char **text, size_t *len);

/* Accepts NULL. */
void rowscore_close(struct rowscore *rs);

#endif
