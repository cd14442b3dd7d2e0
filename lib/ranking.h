/*
 * ranking.h: a plan's best rows, best first.
 *
 * This module owns which rows of the index a query reports, in order: the
 * top k of a plan (plan.h) scored by psearch_rank()/psearch_topk() (rank.h),
 * with top-k pruning for OR lists in the manner of MaxScore, the re-ranking
 * of a small pool of rows scored from their text (rowscore.h), and the
 * grouping of rows by source.  Every result is exactly that of scoring
 * every matching row (search_options.exhaustive does that).  It never
 * prints; it uses the connection it is given, inside the caller's read
 * transaction.
 */
#ifndef RANKING_H
#define RANKING_H

#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>

#include "indexstats.h"
#include "plan.h"
#include "search.h"
#include "tokenizer.h"

/*
 * When rows are grouped by source, a source's score (best + decay x second
 * + ...) is made of its rows among the best RANKING_GROUP_ROWS of the
 * ranking, however many rows a page needs: so a source scores the same
 * with any -n and --offset, and pages put together are the list asked for
 * at once.  Rows past them keep their own scores and order, below every
 * source scored from them.
 */
#define RANKING_GROUP_ROWS 40

struct ranked {
	int64_t id, source_id;	/* source_id: 0 until rows are grouped by source */
	double score;		/* the passage's; a source's best row: the source's */
};

struct ranking;

/*
 * Rank in the index open on db, with tok (the index's tokenizer) and st's
 * statistics; all three must outlive it.  0, or -1 with err set.
 */
int ranking_open(sqlite3 *db, struct tokenizer_session *tok, struct index_stats *st,
    struct ranking **out, char *err, size_t errlen);
void ranking_close(struct ranking *r);	/* accepts NULL */

/*
 * The best k rows of the plan's expression, into *out (malloc'd), among the
 * sources whose path matches glob (may be NULL); exhaustive scores every row
 * in full.  *essential and *essential_sets say how pruning went (search.h's
 * search_info).  Returns the number of rows, SEARCH_ESYNTAX (FTS5 refused the
 * expression) or -1 with err set.
 */
int ranking_fetch_pruned(struct ranking *r, const struct plan *pl, const char *glob, size_t k,
    int exhaustive, struct ranked **out, int *essential, int *essential_sets, char *err,
    size_t errlen);

/*
 * Make rows[0 .. n) the plan's pool: each scored with the plan's phrases
 * from its text, exactly as the index would score it, rows gone since
 * dropped, best first.  Returns 0 (the plan owns rows now), 1 when the
 * plan's phrases cannot be scored that way (rows untouched, still the
 * caller's), or -1 with err set (rows still the caller's).
 */
int ranking_pool(struct ranking *r, struct plan *pl, struct ranked *rows, size_t n,
    char *err, size_t errlen);

/*
 * The coverage (rank.h) of row id under the plan's phrases, counted from
 * its text as ranking_pool scores rows.  Returns 0 with *coverage set, 1
 * when the plan's phrases cannot be counted that way or the row is gone
 * (*coverage untouched), or -1 with err set.
 */
int ranking_coverage(struct ranking *r, const struct plan *pl, int64_t id, double *coverage,
    char *err, size_t errlen);

/*
 * Keep the rows that ranking_pool, ranking_coverage and ranking_row_words
 * read, so that each is read and tokenized once: keep is as
 * rowscore_keep_rows's (ROWSCORE_KEEP, ROWSCORE_KEEP_NO_MORE, or 0: none
 * kept, those kept forgotten).  Within one read transaction.  0, or -1
 * with err set.
 */
int ranking_keep_rows(struct ranking *r, int keep, char *err, size_t errlen);

/*
 * Call fn for each token of row id's text (its body, without title and
 * section), as tokenizer_run(TOKENIZER_DOCUMENT) gives it, with *text and
 * *len (bytes) that text, valid until the next row is read.  Returns 0, 1
 * when no passage has that id, or -1 (SQLite or tokenizer error, out of
 * memory, or fn returned non-zero).
 */
int ranking_row_words(struct ranking *r, int64_t id, tokenizer_callback fn, void *ctx,
    const char **text, size_t *len);

/*
 * How many rows ranking_rows first ranks for want rows with options o
 * (more when o->per_source hides some).
 */
size_t ranking_depth(const struct search_options *o, size_t want);

/*
 * The rows to report, best first, into *out (malloc'd): `want` of them, or
 * more when o->per_source hides some (then the candidates grow until enough
 * sources are found or every matching row is in); with per_source each row
 * carries its source, and a source's best row among the first
 * RANKING_GROUP_ROWS its source's score (best + decay x second + ...,
 * tu->source_decay), those rows first.  From the plan's pool when it has
 * one, then the rows of the ranking the pool was taken from that it does
 * not hold, in that ranking's order (from the plan's first rows when they
 * reach far enough, without ranking again).  The rows are a prefix of one list
 * that does not depend on want.  Returns the number of rows,
 * SEARCH_ESYNTAX or -1 with err set.
 */
int ranking_rows(struct ranking *r, const struct plan *pl, const struct search_options *o,
    const struct search_tuning *tu, size_t want, struct ranked **out, int *essential,
    int *essential_sets, char *err, size_t errlen);

/*
 * After ranking_rows: how many rows its expression matched, when it is
 * one word (one token, with its synonyms) and every row it matched was
 * visited to rank it; else -1.  For choosing how to read the shown rows'
 * snippets (fetch_snippets_walk).
 */
int64_t ranking_matched(const struct ranking *r);

/* A source of a ranking's rows (ranking_by_source). */
struct ranking_source {
	int64_t source_id;
	size_t rows;		/* its rows among them (at most per_source, when not 0) */
};

/*
 * The sources of rows[0 .. n) (best first; each row's source_id is found
 * when 0), in the order of each one's best row, with how many of the rows
 * are its, into *out (malloc'd).  For -l and -c: no row is read.  Returns
 * the number of sources, or -1 with err set.
 */
int ranking_by_source(struct ranking *r, struct ranked *rows, size_t n, size_t per_source,
    struct ranking_source **out, char *err, size_t errlen);

#endif
