/*
 * rank.h: the ranking function, an FTS5 auxiliary function of our own.
 *
 * This module owns how well a passage matches: BM25F (per-column length
 * normalisation and weights, then one saturation per phrase) with tunable
 * k1 and b, a weight per phrase (so that expansion words count less than
 * the user's), and a coverage factor that rewards passages holding more of
 * the query's rare words.  FTS5's built-in bm25() fixes k1 and b and cannot
 * weight phrases; this one takes everything from a struct the caller binds
 * as a pointer:
 *
 *   SELECT rowid, psearch_rank(passages_fts, ?1) FROM passages_fts
 *    WHERE passages_fts MATCH ?2 ORDER BY 2 DESC
 *
 * with ?1 bound by sqlite3_bind_pointer(st, 1, params, RANK_POINTER_TYPE, NULL).
 * The parameters are read on a query's first row and kept until it ends:
 * one struct per statement, unchanged while it runs.
 *
 * Reading a row's column lengths (FTS5's docsize table, one b-tree lookup
 * a row) is most of the cost of scoring it.  With params.topk set, a row
 * is first bounded from what its position lists give for free (which
 * phrases it holds, how often, and the last position in each column, a
 * lower bound on the column's length), and rows whose bound cannot beat
 * the k-th best score so far are skipped: the same top k, exactly.
 * It never prints; errors reach SQLite through sqlite3_result_error.
 */
#ifndef RANK_H
#define RANK_H

#include <sqlite3.h>

#define RANK_FUNCTION "psearch_rank"
#define RANK_POINTER_TYPE "psearch_rank_params"
#define RANK_TOPK_FUNCTION "psearch_topk"	/* see below */
#define RANK_ROWS_FUNCTION "psearch_rows"	/* psearch_rows(t): t's row count, O(1) */
#define RANK_AVGLEN_FUNCTION "psearch_avglen"	/* psearch_avglen(t, c): column c's average length */
#define RANK_COLUMNS 3		/* title, section, body */
#define RANK_MAX_PHRASES 128

/* Defaults, chosen on Cranfield (see README "Retrieval quality"). */
#define RANK_K1 1.5
#define RANK_B 0.75
/*
 * The search's length normalisation of the title column (rank_params.title_b):
 * a title is one short line whose length says little about how much of
 * it a word's occurrence covers, so it is normalised less than the
 * passages' text (docs/ranking.md, "Per-column b").
 */
#define RANK_TITLE_B 0.3

/* A row and its score. */
struct rank_hit {
	sqlite3_int64 rowid;
	double score;
};

/* Where psearch_topk() leaves its rows. */
struct rank_top {
	struct rank_hit *hits;	/* n rows, best first; malloc'd, the caller frees */
	size_t n;
	/*
	 * When the phrase is one token (with its synonyms): every row it
	 * matched, each visited once; else -1.
	 */
	sqlite3_int64 matched;
};

struct rank_params {
	double k1, b;
	double title_b;	/* b of the title column; < 0: b (rank_params_init's) */
	double weight[RANK_COLUMNS];	/* column weights; 0 means the column is ignored */
	/*
	 * Per phrase of the MATCH expression, in its order.  nphrase may be
	 * smaller than the expression's phrase count: later phrases get idf
	 * counted in the index, boost 1, and take part in coverage.
	 */
	int nphrase;
	double idf[RANK_MAX_PHRASES];	/* < 0: count the phrase's rows in the index */
	double boost[RANK_MAX_PHRASES];	/* multiplies the phrase's contribution */
	int in_coverage[RANK_MAX_PHRASES];	/* counts towards coverage */
	/*
	 * Coverage: the share of the in_coverage phrases present in the row,
	 * each weighted by idf x boost.
	 * The score is multiplied by (coverage_floor + coverage)^coverage_power;
	 * power 0 turns it off.
	 */
	double coverage_floor, coverage_power;
	struct rank_explain *explain;	/* when not NULL, filled for each row scored */
	/*
	 * When > 0, the statement keeps only the `topk` best rows
	 * (ORDER BY score DESC, rowid LIMIT topk, rows in ascending rowid
	 * order, every row that is scored kept): a row whose score cannot
	 * beat the topk-th best seen so far gets RANK_SKIPPED without its
	 * column lengths being read.  0 scores every row exactly.
	 */
	size_t topk;
	/*
	 * With topk: rows that cannot reach floor are skipped too, from the
	 * first row on (a score equal to it is kept).  A caller that already
	 * holds k rows from elsewhere passes the k-th of their scores.
	 */
	double floor;
	struct rank_top *top;	/* psearch_topk() only */
	/*
	 * When not NULL: a row that could make the top k (or every row,
	 * without topk) is scored only if admit(admit_ctx, rowid) returns 1;
	 * at 0 it is left out (psearch_rank() gives NULL, psearch_topk()
	 * keeps nothing), at -1 the query fails.  For prefix queries, whose
	 * FTS5 rows are a superset (prefix.h).
	 */
	int (*admit)(void *admit_ctx, sqlite3_int64 rowid);
	void *admit_ctx;
	struct rank_gather *gather;	/* psearch_gather() only */
};

/*
 * psearch_topk(t, params), for an expression of one phrase:
 *
 *   SELECT psearch_topk(passages_fts, ?2) FROM passages_fts
 *    WHERE passages_fts MATCH ?1 LIMIT 1
 *
 * ranks every row of the phrase in one call (rows skipped as above) and
 * leaves the topk best in *params.top, best first (score descending, then
 * rowid ascending): the rows psearch_rank() and ORDER BY score DESC,
 * rowid LIMIT topk give, with the same scores, without a trip through
 * SQLite's statement engine per row.  It returns 1; it returns 0 and
 * ranks nothing when the expression has more than one phrase, or
 * params.top is NULL, topk 0 or explain set: the caller then uses
 * psearch_rank().  No row at all means no match.
 */

/*
 * psearch_gather(t, params), for an expression of several phrases:
 *
 *   SELECT count(*) FROM passages_fts
 *    WHERE passages_fts MATCH ?1 AND psearch_gather(passages_fts, ?2)
 *
 * ranks the rows as psearch_rank() does (rows skipped on the same bound)
 * into *params.gather, and gives 0 for every row; rank_gather_finish()
 * then hands over the topk best.  Rows that could make the top k are
 * kept with what their position lists say, and every few hundred of them
 * the column lengths are read only for the rows with the best bounds,
 * until no bound left beats the k-th score: the same rows and scores as
 * psearch_rank() with ORDER BY score DESC, rowid LIMIT topk, with fewer
 * lengths read (psearch_rank() reads those of every row that beats the
 * k-th best so far, while the k-th is still low) and no sort.  For params
 * with topk > 0, no explain, no admit and rank_scores_nonnegative();
 * otherwise rank_gather_finish() says so and the caller uses
 * psearch_rank().
 */
#define RANK_GATHER_FUNCTION "psearch_gather"

/*
 * A new, empty gathering for params.gather, which reads a row's column
 * lengths with lengths(ctx, rowid, len): len[0 .. RANK_COLUMNS) in tokens,
 * as FTS5's xColumnSize gives them, and an SQLite code.  NULL when out of
 * memory.
 */
struct rank_gather *rank_gather_new(int (*lengths)(void *ctx, sqlite3_int64 rowid, int *len),
    void *ctx);

/*
 * The best params->topk rows of a finished gathering statement (params
 * its own), best first (score descending, then rowid ascending), into
 * top->hits (malloc'd, the caller frees) and top->n.  Returns SQLITE_OK;
 * SQLITE_MISMATCH when the gathering did not apply (nothing ranked: use
 * psearch_rank()); else an SQLite error code.
 */
int rank_gather_finish(struct rank_gather *g, const struct rank_params *params,
    struct rank_top *top);

/* Frees g (NULL is fine). */
void rank_gather_free(struct rank_gather *g);

/*
 * The score of a row that cannot make the top k (topk > 0).  Rows are
 * skipped only when rank_scores_nonnegative(p): a query may then drop them
 * with "score >= 0" before sorting.
 */
#define RANK_SKIPPED (-1.0)

/* How one row's score came about. */
struct rank_explain {
	double score, bm25f, coverage;	/* score = bm25f x (floor + coverage)^power */
	int length[RANK_COLUMNS];	/* tokens per column */
	int nphrase;			/* at most RANK_MAX_PHRASES described */
	double idf[RANK_MAX_PHRASES];
	double tf[RANK_MAX_PHRASES];	/* occurrences, all columns */
};

/* Defaults for everything (one b for every column); no phrases described. */
void rank_params_init(struct rank_params *p);

/* (coverage_floor + coverage)^coverage_power, the factor of a row's score. */
double rank_coverage_factor(const struct rank_params *p, double coverage);

/* The b that normalises column c (0 title, 1 section, 2 body) under p. */
double rank_column_b(const struct rank_params *p, int c);

/* BM25's idf for a term in df of n rows (always > 0). */
double rank_idf(double df, double n);

/*
 * Whether every score p can give is >= 0 (k1 >= 0, b and a title_b given in [0, 1], weights,
 * boosts and the coverage floor and power >= 0): the condition for
 * skipping rows at all.
 */
int rank_scores_nonnegative(const struct rank_params *p);

/*
 * The score psearch_rank() gives a row of a three-column table from its
 * counts, for scoring rows outside a MATCH (rowscore.h): hits[i x
 * RANK_COLUMNS + c] occurrences of phrase i in column c, for the
 * p->nphrase phrases (every idf given, >= 0), length[c] tokens in column
 * c, columns normalised by avglen.  The same arithmetic in the same order,
 * so the same double.
 */
double rank_score_counts(const struct rank_params *p, const int *hits, const int *length,
    const double *avglen);

/*
 * The coverage (0-1, rank_explain's) psearch_rank() finds in a row with
 * these counts, as rank_score_counts takes them.
 */
double rank_coverage_counts(const struct rank_params *p, const int *hits, const int *length,
    const double *avglen);

/*
 * Register psearch_rank(), psearch_topk(), psearch_gather(), psearch_rows()
 * and psearch_avglen() on db (an FTS5-enabled connection).  0 or -1 + err.
 */
int rank_register(sqlite3 *db, char *err, size_t errlen);

#endif
