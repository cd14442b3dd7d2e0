/*
 * ranking.c: a plan's best rows, best first (ranking.h).
 *
 * Rows are scored by our FTS5 auxiliary functions (rank.c): a statement
 * that steps once a row and calls psearch_rank(), or, for one phrase, one
 * call of psearch_topk() that walks the phrase's rows itself.  Both skip a
 * row whose bound cannot beat the k-th best so far.  OR lists (claims, the
 * fall back) are pruned further here, in the manner of MaxScore; a small
 * pool of rows is re-ranked outside FTS5 by rowscore.c.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ranking.h"
#include "rowscore.h"
#include "util.h"

struct ranking {
	sqlite3 *db;
	struct tokenizer_session *tok;
	struct index_stats *stats;
	struct rowscore *scorer;	/* scores pooled rows, once needed */
	sqlite3_stmt *source_of;	/* a passage's source */
	/*
	 * The ranking statements, each prepared when first needed and kept:
	 * a claim runs up to five rankings, and preparing one cost about
	 * 50,000 instructions (1.4% of a median bench claim's).
	 */
	sqlite3_stmt *kept[6];
	int64_t matched;	/* ranking_matched */
};

enum { STMT_RANK, STMT_UNSKIPPED, STMT_GLOB, STMT_TOP, STMT_GATHER, STMT_DOCSIZE };

int ranking_open(sqlite3 *db, struct tokenizer_session *tok, struct index_stats *st,
    struct ranking **out, char *err, size_t errlen)
{
	struct ranking *r = calloc(1, sizeof *r);
	*out = NULL;
	if (r == NULL)
		return util_error(err, errlen, "out of memory");
	r->db = db;
	r->tok = tok;
	r->stats = st;
	if (sqlite3_prepare_v2(db, "SELECT source_id FROM passage_rows WHERE id = ?1", -1,
	    &r->source_of, NULL) != SQLITE_OK) {
		util_error(err, errlen, "cannot prepare searching: %s", sqlite3_errmsg(db));
		free(r);
		return -1;
	}
	*out = r;
	return 0;
}

void ranking_close(struct ranking *r)
{
	if (r == NULL)
		return;
	rowscore_close(r->scorer);
	sqlite3_finalize(r->source_of);
	for (size_t i = 0; i < sizeof r->kept / sizeof *r->kept; i++)
		sqlite3_finalize(r->kept[i]);
	free(r);
}

static int by_score(const void *x, const void *y)
{
	const struct ranked *a = x, *b = y;
	if (a->score != b->score)
		return a->score < b->score ? 1 : -1;
	return a->id < b->id ? -1 : a->id > b->id;
}

/*
 * The ranking statements.  When rows may be skipped (rank.h, topk), they
 * are dropped before the sort: "r >= 0" evaluates the function twice a
 * row, but the second call returns the first's score, and the sort then
 * never sees the skipped rows (common words: 17% faster).
 */
#define RANK_SELECT "SELECT rowid, " RANK_FUNCTION "(passages_fts, ?2) AS r FROM passages_fts" \
    " WHERE passages_fts MATCH ?1"
#define RANK_ORDER " ORDER BY r DESC, rowid LIMIT ?3"
static const char rank_sql[] = RANK_SELECT RANK_ORDER;
static const char rank_unskipped_sql[] = RANK_SELECT " AND r >= 0" RANK_ORDER;

/*
 * --source: the glob against the path or the file name (the path after its
 * last '/': rtrim drops every character but '/' from the end).
 */
static const char rank_glob_sql[] =
    "SELECT f.rowid, " RANK_FUNCTION "(passages_fts, ?2) AS r FROM passages_fts f"
    " JOIN passages p ON p.id = f.rowid JOIN sources s ON s.id = p.source_id"
    " WHERE passages_fts MATCH ?1 AND (s.path GLOB ?4 OR"
    " substr(s.path, length(rtrim(s.path, replace(s.path, '/', ''))) + 1) GLOB ?4)"
    " ORDER BY r DESC, f.rowid LIMIT ?3";

/* Kept statement `which` (sql), prepared now if need be; NULL with db's error. */
static sqlite3_stmt *kept_statement(struct ranking *rk, int which, const char *sql)
{
	if (rk->kept[which] == NULL &&
	    sqlite3_prepare_v2(rk->db, sql, -1, &rk->kept[which], NULL) != SQLITE_OK)
		return NULL;
	return rk->kept[which];
}

/*
 * A kept statement is done with: reset (which closes its FTS5 cursor and
 * frees the ranking function's state) and its bindings cleared (they
 * point at the caller's stack).
 */
static void statement_done(sqlite3_stmt *st)
{
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
}

/*
 * A ranking statement st stopped with rc: err says why (an SQLITE_ERROR
 * there is FTS5 refusing the expression), st is done with.  Returns
 * SEARCH_ESYNTAX or -1.
 */
static int ranking_failed(struct ranking *rk, sqlite3_stmt *st, int rc, char *err, size_t errlen)
{
	int syntax = rc == SQLITE_ERROR;
	util_error(err, errlen, "%s%s", syntax ? "query syntax error: " : "search failed: ",
	    sqlite3_errmsg(rk->db));
	statement_done(st);
	return syntax ? SEARCH_ESYNTAX : -1;
}

/*
 * Step st (expression ?1, parameters ?2, k ?3 bound by the caller) into
 * *out (malloc'd), then be done with it.  Returns the number of rows,
 * SEARCH_ESYNTAX or -1 with err set.
 */
static int ranked_rows(struct ranking *rk, sqlite3_stmt *st, struct ranked **out, char *err,
    size_t errlen)
{
	struct ranked *rows = NULL;
	size_t n = 0, cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (sqlite3_column_type(st, 1) == SQLITE_NULL)
			continue;	/* not admitted (rank.h): not a row of the query */
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			struct ranked *p = realloc(rows, ncap * sizeof *p);
			if (p == NULL) {
				rc = SQLITE_NOMEM;
				break;
			}
			rows = p;
			cap = ncap;
		}
		rows[n].id = sqlite3_column_int64(st, 0);
		rows[n].score = sqlite3_column_double(st, 1);
		rows[n].source_id = 0;
		n++;
	}
	if (rc != SQLITE_DONE) {
		free(rows);
		return ranking_failed(rk, st, rc, err, errlen);
	}
	statement_done(st);
	*out = rows;
	return (int)n;
}

static const char rank_top_sql[] =
    "SELECT " RANK_TOPK_FUNCTION "(passages_fts, ?2) FROM passages_fts"
    " WHERE passages_fts MATCH ?1 LIMIT 1";

#define RANK_TOP_UNFIT (-3)

/*
 * The hits of top as ranked rows into *out (malloc'd, at least one slot),
 * top's hits freed: their number, or -1 with err set.
 */
static int rows_of_top(struct rank_top *top, struct ranked **out, char *err, size_t errlen)
{
	struct ranked *rows = malloc((top->n ? top->n : 1) * sizeof *rows);
	if (rows == NULL) {
		free(top->hits);
		return util_error(err, errlen, "out of memory");
	}
	for (size_t i = 0; i < top->n; i++) {
		rows[i].id = top->hits[i].rowid;
		rows[i].score = top->hits[i].score;
		rows[i].source_id = 0;
	}
	free(top->hits);
	*out = rows;
	return (int)top->n;
}

/*
 * The best params->topk rows for expr from psearch_topk() (rank.h), into
 * *out (malloc'd).  Returns the number of rows, RANK_TOP_UNFIT when the
 * expression is not one phrase (nothing done), SEARCH_ESYNTAX or -1 with
 * err set.
 */
static int rank_top_fetch(struct ranking *rk, const char *expr, struct rank_params *params,
    struct ranked **out, char *err, size_t errlen)
{
	struct rank_top top = { NULL, 0, -1 };
	sqlite3_stmt *st;
	int rc, fit = 1;	/* no row at all: no match */

	params->top = &top;
	if ((st = kept_statement(rk, STMT_TOP, rank_top_sql)) == NULL)
		return util_error(err, errlen, "cannot search: %s", sqlite3_errmsg(rk->db));
	sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_pointer(st, 2, params, RANK_POINTER_TYPE, NULL);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fit = sqlite3_column_int(st, 0);
	params->top = NULL;
	if (rc != SQLITE_DONE) {
		free(top.hits);
		return ranking_failed(rk, st, rc, err, errlen);
	}
	statement_done(st);
	if (!fit)
		return RANK_TOP_UNFIT;
	rk->matched = top.matched;
	if (top.n == 0) {
		free(top.hits);
		return 0;
	}
	return rows_of_top(&top, out, err, errlen);
}

static const char rank_gather_sql[] =
    "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?1 AND "
    RANK_GATHER_FUNCTION "(passages_fts, ?2)";

/* FTS5's column lengths of a row: a varint per column (fts5_storage.c). */
static const char docsize_sql[] = "SELECT sz FROM passages_fts_docsize WHERE id = ?1";

/* An SQLite varint at p (at most end - p bytes) into *v: its length, 0 if cut short. */
static size_t get_varint(const unsigned char *p, const unsigned char *end, uint64_t *v)
{
	uint64_t x = 0;
	for (size_t i = 0; i < 8 && p + i < end; i++) {
		x = x << 7 | (p[i] & 0x7f);
		if (!(p[i] & 0x80)) {
			*v = x;
			return i + 1;
		}
	}
	if (p + 8 >= end)
		return 0;
	*v = x << 8 | p[8];
	return 9;
}

/* rank_gather_finish's lengths: the row's column lengths as xColumnSize gives them. */
static int row_lengths(void *ctx, sqlite3_int64 rowid, int *len)
{
	struct ranking *rk = ctx;
	sqlite3_stmt *st = kept_statement(rk, STMT_DOCSIZE, docsize_sql);
	if (st == NULL)
		return sqlite3_errcode(rk->db);
	sqlite3_bind_int64(st, 1, rowid);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const unsigned char *p = sqlite3_column_blob(st, 0);
		const unsigned char *end = p + sqlite3_column_bytes(st, 0);
		rc = SQLITE_OK;
		for (int c = 0; c < RANK_COLUMNS && rc == SQLITE_OK; c++) {
			uint64_t v = 0;
			size_t n = p && p < end ? get_varint(p, end, &v) : 0;
			if (n == 0)
				rc = SQLITE_CORRUPT_VTAB;
			p += n;
			len[c] = (int)(uint32_t)v;	/* as fts5GetVarint32 reads it */
		}
	} else if (rc == SQLITE_DONE) {
		rc = SQLITE_CORRUPT_VTAB;	/* FTS5 says the same of a row without lengths */
	}
	sqlite3_reset(st);
	return rc;
}

/*
 * The best params->topk rows for expr by psearch_gather() (rank.h) into
 * *out (malloc'd).  Returns the number of rows, RANK_TOP_UNFIT when the
 * gathering does not apply, SEARCH_ESYNTAX or -1 with err set.
 */
static int rank_gather_fetch(struct ranking *rk, const char *expr, struct rank_params *params,
    struct ranked **out, char *err, size_t errlen)
{
	struct rank_gather *g = rank_gather_new(row_lengths, rk);
	struct rank_top top = { NULL, 0, -1 };
	sqlite3_stmt *st;
	int rc;
	if (g == NULL)
		return util_error(err, errlen, "out of memory");
	if ((st = kept_statement(rk, STMT_GATHER, rank_gather_sql)) == NULL) {
		rank_gather_free(g);
		return util_error(err, errlen, "cannot search: %s", sqlite3_errmsg(rk->db));
	}
	params->gather = g;
	sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_pointer(st, 2, params, RANK_POINTER_TYPE, NULL);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		;
	params->gather = NULL;
	if (rc != SQLITE_DONE) {
		rank_gather_free(g);
		return ranking_failed(rk, st, rc, err, errlen);
	}
	statement_done(st);
	rc = rank_gather_finish(g, params, &top);
	rank_gather_free(g);
	if (rc == SQLITE_MISMATCH)
		return RANK_TOP_UNFIT;
	if (rc != SQLITE_OK)
		return util_error(err, errlen, "search failed: %s", rc == SQLITE_NOMEM ?
		    "out of memory" : sqlite3_errstr(rc));
	return rows_of_top(&top, out, err, errlen);
}

/*
 * The best k rows for expr, into *out (malloc'd); exhaustive scores every
 * row in full.  Returns the number of rows, SEARCH_ESYNTAX or -1 with err set.
 */
static int rank_fetch(struct ranking *rk, const char *expr, const struct rank_params *rp,
    const char *glob, size_t k, int exhaustive, struct ranked **out, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	struct rank_params params = *rp;

	*out = NULL;
	rk->matched = -1;
	/*
	 * Rows are scored in rowid order and all are kept, except with a
	 * glob, where rows scored may be dropped afterwards: their scores
	 * would set a bar that the rows kept need not reach.
	 */
	params.topk = glob || exhaustive ? 0 : k;
	/*
	 * One phrase is ranked by psearch_topk(), without a trip through the
	 * statement engine per row: common words 8.4 -> 5.5 ms a query at 500
	 * MB.  Not for a prefix: FTS5 merges the lists of all its terms each
	 * time a phrase starts, and xQueryPhrase starts it a second time
	 * (7.8 -> 9.3 ms).
	 */
	if (params.topk > 0 && params.explain == NULL && strchr(expr, '*') == NULL) {
		int n = rank_top_fetch(rk, expr, &params, out, err, errlen);
		if (n != RANK_TOP_UNFIT)
			return n;
	}
	/*
	 * Several phrases: gathered, then only the rows that can still make
	 * the top k have their lengths read, best bound first (rank.h).
	 */
	if (params.topk > 0 && params.explain == NULL && params.admit == NULL && glob == NULL &&
	    rank_scores_nonnegative(&params)) {
		int n = rank_gather_fetch(rk, expr, &params, out, err, errlen);
		if (n != RANK_TOP_UNFIT)
			return n;
	}
	int which = glob ? STMT_GLOB : params.topk > 0 && rank_scores_nonnegative(&params) ?
	    STMT_UNSKIPPED : STMT_RANK;
	const char *sql = which == STMT_GLOB ? rank_glob_sql : which == STMT_UNSKIPPED ?
	    rank_unskipped_sql : rank_sql;
	if ((st = kept_statement(rk, which, sql)) == NULL)
		return util_error(err, errlen, "cannot search: %s", sqlite3_errmsg(rk->db));
	sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_pointer(st, 2, &params, RANK_POINTER_TYPE, NULL);
	sqlite3_bind_int64(st, 3, k > INT64_MAX ? INT64_MAX : (int64_t)k);
	if (glob)
		sqlite3_bind_text(st, 4, glob, -1, SQLITE_STATIC);
	return ranked_rows(rk, st, out, err, errlen);
}

/*
 * Re-ranking a few rows (plan.pool) with another expression: FTS5 cannot
 * look rows up by rowid cheaply within a MATCH (each lookup re-opens every
 * phrase's row list: about 1 ms for 15 phrases), so each row is scored
 * outside it by rowscore.h, exactly as the index would score it with the
 * index's average lengths and the plan's idf.
 *
 * Make rk->scorer count the plan's phrases: 0, ROWSCORE_UNSUPPORTED or -1. */
static int scorer_prepare(struct ranking *rk, const struct plan *pl)
{
	const char *texts[RANK_MAX_PHRASES];
	if (pl->frags.oom || plan_phrase_texts(pl, texts) != 0)
		return ROWSCORE_UNSUPPORTED;
	for (int i = 0; i < pl->rp.nphrase; i++)
		if (pl->rp.idf[i] < 0)
			return ROWSCORE_UNSUPPORTED;
	if (rk->scorer == NULL && rowscore_open(rk->db, rk->tok, &rk->scorer) != 0)
		return -1;
	return rowscore_set_phrases(rk->scorer, texts, pl->rp.nphrase);
}

/*
 * Score the n rows in place with the plan's phrases (scorer_prepare done),
 * drop any that is gone, and sort them best first: the plan's pool, its
 * size into *kept.  0, or -1 with err set.
 */
static int score_pool(struct ranking *rk, const struct plan *pl, struct ranked *rows, size_t n,
    size_t *kept, char *err, size_t errlen)
{
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		struct ranked r = { rows[i].id, 0, 0 };
		int rc = rowscore_score(rk->scorer, &pl->rp, index_stats_avglen(rk->stats), r.id, &r.score);
		if (rc == ROWSCORE_NO_ROW)
			continue;
		if (rc != 0)
			return util_error(err, errlen, "cannot re-rank: %s", sqlite3_errmsg(rk->db));
		rows[m++] = r;
	}
	qsort(rows, m, sizeof *rows, by_score);
	*kept = m;
	return 0;
}

int ranking_pool(struct ranking *rk, struct plan *pl, struct ranked *rows, size_t n,
    char *err, size_t errlen)
{
	int rc = scorer_prepare(rk, pl);
	if (rc < 0)
		return util_error(err, errlen, "cannot re-rank: %s", sqlite3_errmsg(rk->db));
	if (rc != 0)
		return 1;
	if (score_pool(rk, pl, rows, n, &pl->npool, err, errlen) != 0)
		return -1;
	pl->pool = rows;
	return 0;
}

int ranking_coverage(struct ranking *rk, const struct plan *pl, int64_t id, double *coverage,
    char *err, size_t errlen)
{
	int rc = scorer_prepare(rk, pl);
	if (rc == 0)
		rc = rowscore_coverage(rk->scorer, &pl->rp, index_stats_avglen(rk->stats), id,
		    coverage);
	if (rc < 0)
		return util_error(err, errlen, "cannot re-rank: %s", sqlite3_errmsg(rk->db));
	return rc != 0;
}

int ranking_keep_rows(struct ranking *rk, int keep, char *err, size_t errlen)
{
	if (rk->scorer == NULL && keep && rowscore_open(rk->db, rk->tok, &rk->scorer) != 0)
		return util_error(err, errlen, "cannot re-rank: %s", sqlite3_errmsg(rk->db));
	if (rk->scorer)
		rowscore_keep_rows(rk->scorer, keep);
	return 0;
}

int ranking_row_words(struct ranking *rk, int64_t id, tokenizer_callback fn, void *ctx,
    const char **text, size_t *len)
{
	if (rk->scorer == NULL && rowscore_open(rk->db, rk->tok, &rk->scorer) != 0)
		return -1;
	int rc = rowscore_words(rk->scorer, id, 2, fn, ctx, text, len);
	return rc == ROWSCORE_NO_ROW ? 1 : rc;
}

/*
 * The best k rows of a plan with a pool: the pool's (a copy: grouping
 * rescores it), then, when k asks for more, the rows of the ranking the
 * pool was taken from (plan.h's base) past those it holds, in their order
 * and with their scores there.  The pool's size does not follow k, so
 * every k gives a prefix of the same list.  Returns the number of rows,
 * SEARCH_ESYNTAX or -1 with err set.
 */
static int rank_pool(struct ranking *rk, const struct plan *pl, const char *glob, size_t k,
    int exhaustive, struct ranked **out, int *essential, int *essential_sets, char *err,
    size_t errlen)
{
	size_t n = pl->npool < k ? pl->npool : k;
	struct ranked *tail = NULL;
	int ntail = 0;
	size_t base_k = k - (k > pl->npool ? pl->npool : k) + pl->pool_rows;
	if (k > pl->npool && !pl->pool_whole && pl->first &&
	    (pl->nfirst >= base_k || pl->first_whole)) {
		/* the rows ranking the base again would give, kept */
		size_t m = pl->nfirst < base_k ? pl->nfirst : base_k;
		if ((tail = malloc((m ? m : 1) * sizeof *tail)) == NULL)
			return util_error(err, errlen, "out of memory");
		memcpy(tail, pl->first, m * sizeof *tail);
		ntail = m > pl->pool_rows ? (int)(m - pl->pool_rows) : 0;
	} else if (k > pl->npool && !pl->pool_whole && pl->base_nphrase > 0) {
		struct plan base = *pl;	/* shares the plan's phrases: read only */
		struct buf expr = { 0 };
		buf_append(&expr, pl->expr.data, pl->base_len);
		if (expr.oom)
			return util_error(err, errlen, "out of memory");
		base.expr = expr;
		base.rp.nphrase = pl->base_nphrase;
		base.pool = NULL;
		base.npool = 0;
		ntail = ranking_fetch_pruned(rk, &base, glob, base_k,
		    exhaustive, &tail, essential, essential_sets, err, errlen);
		buf_free(&expr);
		if (ntail < 0)
			return ntail;
		/* its first pool_rows rows are those the pool holds */
		ntail = (size_t)ntail > pl->pool_rows ? ntail - (int)pl->pool_rows : 0;
	}
	*out = malloc((n + (size_t)ntail ? n + (size_t)ntail : 1) * sizeof **out);
	if (*out == NULL) {
		free(tail);
		return util_error(err, errlen, "out of memory");
	}
	memcpy(*out, pl->pool, n * sizeof **out);
	if (ntail > 0)
		memcpy(*out + n, tail + pl->pool_rows, (size_t)ntail * sizeof **out);
	free(tail);
	return (int)(n + (size_t)ntail);
}

/*
 * Top-k pruning for OR lists (claims, the fall back), in the manner of
 * MaxScore.  A phrase can add at most ub = idf x boost x (k1 + 1) to a
 * row's score.  Take the phrases with the highest ub as "essential" and
 * rank only rows holding one of them:
 *
 *   (essential phrases OR'd) AND (all phrases OR'd)
 *
 * FTS5 then walks the essential phrases' rows and skips through the long
 * row lists of the common ones.  Every candidate is scored with all its
 * phrases (the copies of the essential ones, first, count nothing).  A row with no
 * essential phrase scores at most the sum of the other phrases' ub (times
 * the best coverage factor it could reach), so if the k-th candidate beats
 * that bound the k best rows are exactly those of the full ranking.
 * Otherwise a second pass adds the rows that hold enough of the other
 * phrases to reach the k-th score found (sufficient_sets), or, when those
 * cannot be written, more phrases become essential, down to the bound the
 * k-th candidate set; at worst every phrase is, which is the full ranking.
 * A later pass ranks only rows that no earlier one did (NOT the earlier
 * essential phrases), with the k-th score so far as its floor, and its
 * best rows are merged with theirs.
 *
 * At 500 MB (bench/README.md) the second pass with sets ranks a sixth of
 * the rows that making more phrases essential did ("kernel allocates
 * memory": 24,622 instead of 143,849), and claims went from 33 to 24 ms;
 * not ranking the first pass's rows again took them from 19 to 13 ms.
 * A first pass of at most 1% of the index or 10,000 rows (it was 2% or
 * 20,000) leaves more to the sets of the second pass, which leap: on the
 * 20 bench claims 5.7% fewer instructions at 100 MB, 1.8% at 500 MB
 * (half or twice the budget: more), claims 4-5% faster (issue 22).
 */
#define PRUNE_FIRST_ROWS 10000	/* rows the first essential set may hold, */
#define PRUNE_FIRST_SHARE 0.01	/* and at most this share of the index */

struct prune_order {
	int phrase;
	double ub;
};

static int by_ub(const void *x, const void *y)
{
	const struct prune_order *a = x, *b = y;
	if (a->ub != b->ub)
		return a->ub < b->ub ? 1 : -1;
	return a->phrase - b->phrase;
}

/*
 * The second pass, when the k-th score of the first (the bar) is below
 * the bound of rows without its essential phrases: such a row can beat
 * the bar only if the phrases it holds among the others, order[j .. n),
 * could give it that score.  Those phrase sets are upward closed; their
 * minimal members, as bit masks over order[j ..), go into sets, so that
 *
 *   (all phrases) AND (essential phrases OR (set 1 AND'd) OR (set 2 ...))
 *
 * ranks every row that can make the top k: the rows it leaves out score
 * below the bar, which the k-th of this pass (a superset of the first's
 * rows) reaches.  FTS5 skips through the AND'd row lists, so the rows
 * ranked are far fewer than those holding any one phrase.  Returns the
 * number of sets, or 0 when it does not apply (too many phrases or sets,
 * no bar).
 */
#define SUFFICIENT_PHRASES 12	/* at most this many phrases outside the essential ones */
#define SUFFICIENT_SETS 32

static int sufficient_sets(const struct rank_params *rp, const struct prune_order *order,
    int j, int n, double cover_all, double bar, unsigned *sets)
{
	int r = n - j, nsets = 0;
	unsigned char enough[1u << SUFFICIENT_PHRASES];
	if (r <= 0 || r > SUFFICIENT_PHRASES || !(bar > 0))
		return 0;
	for (unsigned mask = 0; mask < 1u << r; mask++) {
		double ub = 0, cover = 0;
		for (int m = 0; m < r; m++) {
			if (!(mask >> m & 1))
				continue;
			int i = order[j + m].phrase;
			ub += order[j + m].ub;
			if (rp->in_coverage[i])
				cover += rp->idf[i] * rp->boost[i];
		}
		if (rp->coverage_power > 0 && cover_all > 0)
			ub *= rank_coverage_factor(rp, cover / cover_all);
		enough[mask] = ub * (1 + 1e-9) >= bar;
	}
	if (enough[0])
		return 0;
	for (unsigned mask = 1; mask < 1u << r; mask++) {
		int minimal = enough[mask];
		for (int m = 0; minimal && m < r; m++)
			if (mask >> m & 1 && enough[mask & ~(1u << m)])
				minimal = 0;
		if (!minimal)
			continue;
		if (nsets == SUFFICIENT_SETS)
			return 0;
		sets[nsets++] = mask;
	}
	return nsets;
}

/*
 * The sets (bit masks over order[0 ..), an antichain) as one FTS5
 * expression that holds when a row has every phrase of one of them,
 * factored on the phrase most sets share: (x AND (the rest of those sets))
 * OR (the sets without x), so that FTS5 opens fewer copies of the same
 * row lists.  Returns the number of phrases written.
 */
static int append_sets(struct buf *b, const struct plan *pl, const struct prune_order *order,
    const unsigned *sets, int nsets)
{
	unsigned with[SUFFICIENT_SETS], without[SUFFICIENT_SETS];
	int nwith = 0, nwithout = 0, best = 0, best_count = 0, written = 1, alone = 0;
	for (int m = 0; m < SUFFICIENT_PHRASES; m++) {
		int count = 0;
		for (int i = 0; i < nsets; i++)
			count += sets[i] >> m & 1;
		if (count > best_count) {
			best = m;
			best_count = count;
		}
	}
	for (int i = 0; i < nsets; i++) {
		unsigned rest = sets[i] & ~(1u << best);
		if (rest == sets[i])
			without[nwithout++] = rest;
		else if (rest == 0)
			alone = 1;	/* the phrase alone is enough */
		else
			with[nwith++] = rest;
	}
	buf_puts(b, "(");
	buf_puts(b, pl->frags.data + pl->frag[order[best].phrase]);
	if (!alone) {
		buf_puts(b, " AND ");
		written += append_sets(b, pl, order, with, nwith);
	}
	if (nwithout > 0) {
		buf_puts(b, " OR ");
		written += append_sets(b, pl, order, without, nwithout);
	}
	buf_puts(b, ")");
	return written;
}

/*
 * How many phrases the second pass takes as essential, from j (the first
 * pass's) to next (enough without sets), and the sets of the others it
 * needs (*nsets, 0 at next).  Chosen by a cost measured on the 500 MB
 * benchmark's claims: a row of an essential list costs about four times
 * what a row of the rarest list of a set does (FTS5 leaps through a set's
 * lists from its rarest, but scores every row of an essential one).
 */
#define SECOND_PASS_ROW_COST 4.0

static int second_pass(const struct plan *pl, const struct prune_order *order, int j, int next,
    int n, double cover_all, double bar, unsigned *sets, int *nsets)
{
	double rows = 0, best_cost;
	int best = next;
	for (int m = 0; m < next && m < n; m++)
		rows += pl->df[order[m].phrase];
	best_cost = SECOND_PASS_ROW_COST * rows;
	for (int e = j; e < next && e < n; e++) {
		unsigned candidate[SUFFICIENT_SETS];
		int count = sufficient_sets(&pl->rp, order, e, n, cover_all, bar, candidate);
		double cost = 0;
		for (int m = 0; m < e; m++)
			cost += SECOND_PASS_ROW_COST * pl->df[order[m].phrase];
		for (int set = 0; set < count; set++) {
			double rarest = -1;
			for (int m = e; m < n; m++)
				if (candidate[set] >> (m - e) & 1 &&
				    (rarest < 0 || pl->df[order[m].phrase] < rarest))
					rarest = pl->df[order[m].phrase];
			cost += rarest;
		}
		if (count > 0 && cost < best_cost) {
			best = e;
			best_cost = cost;
			memcpy(sets, candidate, (size_t)count * sizeof *sets);
			*nsets = count;
		}
	}
	if (best == next)
		*nsets = 0;
	return best;
}

/*
 * One pass's expression into b:
 *   ((order[done .. j) OR sets) NOT (order[0 .. done))) AND (all phrases)
 * The selective side comes first: FTS5's AND steps its first child and
 * moves the others up to it, so the OR of every phrase (whose rows are
 * most of the index) is only ever moved forward to a candidate, never
 * stepped through the rows between two candidates.  The copies of
 * phrases this writes are therefore the expression's first phrases, the
 * plan's n follow.  Returns how many copies it holds.
 */
static int pass_expression(struct buf *b, const struct plan *pl, const struct prune_order *order,
    int n, int done, int j, const unsigned *sets, int nsets)
{
	int copies = 0;
	buf_reset(b);
	buf_puts(b, "((");
	for (int m = done; m < j; m++, copies++)
		buf_printf(b, "%s%s", m > done ? " OR " : "",
		    pl->frags.data + pl->frag[order[m].phrase]);
	if (nsets > 0) {
		buf_puts(b, j > done ? " OR " : "");
		copies += append_sets(b, pl, order + j, sets, nsets);
	}
	buf_puts(b, ")");
	if (done > 0) {
		buf_puts(b, " NOT (");
		for (int m = 0; m < done; m++, copies++)
			buf_printf(b, "%s%s", m ? " OR " : "",
			    pl->frags.data + pl->frag[order[m].phrase]);
		buf_puts(b, ")");
	}
	buf_puts(b, ") AND (");
	for (int i = 0; i < n; i++)
		buf_printf(b, "%s%s", i ? " OR " : "", pl->frags.data + pl->frag[i]);
	buf_puts(b, ")");
	return copies;
}

/*
 * Merge a pass's rows (*found, got of them, malloc'd) with the best so far
 * (have, nhave), keeping the best k in *found.  Returns the new count, or
 * -1 with err set (*found freed).
 */
static int merge_best(struct ranked **found, int got, const struct ranked *have, size_t nhave,
    size_t k, char *err, size_t errlen)
{
	if (got < 0 || nhave == 0)
		return got;
	struct ranked *all = realloc(*found, ((size_t)got + nhave) * sizeof *all);
	if (all == NULL) {
		free(*found);
		*found = NULL;
		return util_error(err, errlen, "out of memory");
	}
	memcpy(all + got, have, nhave * sizeof *have);
	*found = all;
	got += (int)nhave;
	qsort(all, (size_t)got, sizeof *all, by_score);
	return (size_t)got > k ? (int)k : got;
}

/*
 * The phrases by falling upper bound into order[0 .. n), and rest[j], the
 * bound of a row holding none of order[0 .. j) (with the best coverage
 * factor it could reach).  Returns 0, or 1 when a phrase has no idf given
 * (no bound: rank everything).
 */
static int prune_bounds(const struct rank_params *rp, struct prune_order *order, double *rest,
    double *cover_all)
{
	int n = rp->nphrase;
	*cover_all = 0;
	for (int i = 0; i < n; i++) {
		if (rp->idf[i] < 0)
			return 1;
		order[i].phrase = i;
		order[i].ub = rp->idf[i] * rp->boost[i] * (rp->k1 + 1);
		if (rp->in_coverage[i])
			*cover_all += rp->idf[i] * rp->boost[i];
	}
	qsort(order, (size_t)n, sizeof *order, by_ub);
	double ub = 0, cover = 0;	/* of order[j .. n) */
	for (int j = n; j >= 0; j--) {
		if (j < n) {
			int i = order[j].phrase;
			ub += order[j].ub;
			if (rp->in_coverage[i])
				cover += rp->idf[i] * rp->boost[i];
		}
		rest[j] = ub;
		if (rp->coverage_power > 0 && *cover_all > 0)
			rest[j] *= rank_coverage_factor(rp, cover / *cover_all);
	}
	return 0;
}

int ranking_fetch_pruned(struct ranking *rk, const struct plan *pl, const char *glob,
    size_t k, int exhaustive, struct ranked **out, int *essential, int *essential_sets,
    char *err, size_t errlen)
{
	const struct rank_params *rp = &pl->rp;
	int n = rp->nphrase;
	struct prune_order order[RANK_MAX_PHRASES];
	double rest[RANK_MAX_PHRASES + 1];	/* bound of rows without order[0 .. j) */
	double cover_all;

	*essential = *essential_sets = 0;
	if (exhaustive || !pl->or_only || n < 2 || k == 0 ||
	    prune_bounds(rp, order, rest, &cover_all) != 0)
		return rank_fetch(rk, pl->expr.data, rp, glob, k, exhaustive, out, err, errlen);
	/* first guess: the rarest phrases, while their rows stay few */
	int j = 1;
	double rows = pl->df[order[0].phrase];
	double budget = index_stats_passages(rk->stats) * PRUNE_FIRST_SHARE;
	if (budget > PRUNE_FIRST_ROWS)
		budget = PRUNE_FIRST_ROWS;
	while (j < n && rows + pl->df[order[j].phrase] <= budget)
		rows += pl->df[order[j++].phrase];

	struct buf expr = { 0 };
	struct rank_params *twin = malloc(sizeof *twin);
	unsigned sets[SUFFICIENT_SETS];
	int nsets = 0;
	struct ranked *have = NULL;	/* the best rows of the passes so far, best first */
	size_t nhave = 0;
	int done = 0;	/* the rows holding one of order[0 .. done) are ranked in have */
	if (twin == NULL)
		return util_error(err, errlen, "out of memory");
	for (;;) {
		*twin = *rp;
		int copies = pass_expression(&expr, pl, order, n, done, j, sets, nsets);
		if (j >= n || (j == done && nsets == 0) || expr.oom ||
		    n + copies > RANK_MAX_PHRASES) {
			free(have);
			free(twin);
			buf_free(&expr);
			return rank_fetch(rk, pl->expr.data, rp, glob, k, exhaustive, out, err, errlen);
		}
		/*
		 * The copies first, counting nothing: a row's score then adds
		 * the same terms in the same order as with the plan's phrases
		 * alone, so it is the same double.
		 */
		memmove(twin->idf + copies, rp->idf, (size_t)n * sizeof *twin->idf);
		memmove(twin->boost + copies, rp->boost, (size_t)n * sizeof *twin->boost);
		memmove(twin->in_coverage + copies, rp->in_coverage, (size_t)n * sizeof *twin->in_coverage);
		for (int m = 0; m < copies; m++) {
			twin->idf[m] = 0;
			twin->boost[m] = 0;
			twin->in_coverage[m] = 0;
		}
		twin->nphrase = n + copies;
		/* a row of this pass that cannot reach the k-th so far cannot join */
		twin->floor = nhave == k ? have[k - 1].score : 0;
		struct ranked *found = NULL;
		int got = rank_fetch(rk, expr.data, twin, glob, k, exhaustive, &found, err, errlen);
		got = merge_best(&found, got, have, nhave, k, err, errlen);
		free(have);
		have = got >= 0 ? found : NULL;
		nhave = got >= 0 ? (size_t)got : 0;
		done = j;
		double kth = nhave == k ? have[k - 1].score : 0;
		if (got < 0 || nsets > 0 || kth > rest[j]) {
			*essential = got < 0 ? 0 : j;
			*essential_sets = got < 0 ? 0 : nsets;
			*out = have;
			free(twin);
			buf_free(&expr);
			return got;
		}
		/* the k-th score can only rise as rows join: use it as the bar */
		int next = j + 1;
		while (next < n && !(kth > rest[next]))
			next++;
		j = second_pass(pl, order, j, next, n, cover_all, kth, sets, &nsets);
	}
}

static int by_source_then_score(const void *x, const void *y)
{
	const struct ranked *a = x, *b = y;
	if (a->source_id != b->source_id)
		return a->source_id < b->source_id ? -1 : 1;
	if (a->score != b->score)
		return a->score < b->score ? 1 : -1;
	return a->id < b->id ? -1 : a->id > b->id;
}

/* A source's passages: the ids [first, first + count) (store.h). */
struct id_range {
	int64_t first, count, source_id;
};

/*
 * Many rows' sources from the sources' id ranges, read once (a few ms for
 * 200,000 sources), instead of a look-up of each row in passage_rows: the
 * rows of a common word are most of the table, read in score order through
 * a small page cache (-c the at 100 MB: 2.7 s, most of it pread).  A row
 * outside every range is left for the look-up.  0, or -1 (SQLite error,
 * out of memory).
 */
#define FIND_BY_RANGES 4096	/* rows from which the ranges are read */

static int sources_by_range(struct ranking *rk, struct ranked *rows, size_t n)
{
	sqlite3_stmt *st;
	struct id_range *r = NULL;
	size_t nr = 0, cap = 0;
	int rc;
	if (sqlite3_prepare_v2(rk->db, "SELECT first_passage, passages, id FROM sources"
	    " WHERE passages > 0 AND first_passage IS NOT NULL ORDER BY first_passage", -1, &st,
	    NULL) != SQLITE_OK)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (nr == cap) {
			size_t ncap = cap ? cap * 2 : 1024;
			struct id_range *p = realloc(r, ncap * sizeof *p);
			if (p == NULL) {
				rc = SQLITE_NOMEM;
				break;
			}
			r = p;
			cap = ncap;
		}
		r[nr++] = (struct id_range){ sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
		    sqlite3_column_int64(st, 2) };
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(r);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		size_t lo = 0, hi = nr;	/* the last range starting at or before the id */
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (r[mid].first <= rows[i].id)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo > 0 && rows[i].id < r[lo - 1].first + r[lo - 1].count)
			rows[i].source_id = r[lo - 1].source_id;
	}
	free(r);
	return 0;
}

/* Each row's source: 0, or -1 (a row is gone, SQLite error). */
static int find_sources(struct ranking *rk, struct ranked *rows, size_t n)
{
	if (n >= FIND_BY_RANGES && sources_by_range(rk, rows, n) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (rows[i].source_id != 0)
			continue;
		sqlite3_bind_int64(rk->source_of, 1, rows[i].id);
		if (sqlite3_step(rk->source_of) != SQLITE_ROW) {
			sqlite3_reset(rk->source_of);
			return -1;
		}
		rows[i].source_id = sqlite3_column_int64(rk->source_of, 0);
		sqlite3_reset(rk->source_of);
	}
	return 0;
}

/*
 * Each row's source, then each source's best row among the first
 * RANKING_GROUP_ROWS rescored as the source: best + decay * second +
 * decay^2 * third ... of its rows there, and those rows sorted by score.
 * The rows after them stay as they were: each scores at most what the
 * last of the first did, which any source made of them reaches.
 */
static int group_by_source(struct ranking *rk, struct ranked *rows, size_t n, double decay)
{
	if (find_sources(rk, rows, n) != 0)
		return -1;
	if (n > RANKING_GROUP_ROWS)
		n = RANKING_GROUP_ROWS;
	if (decay > 0 && n > 1) {
		qsort(rows, n, sizeof *rows, by_source_then_score);
		for (size_t i = 0; i < n;) {
			size_t j = i + 1;
			double f = decay, total = rows[i].score;
			for (; j < n && rows[j].source_id == rows[i].source_id; j++, f *= decay)
				total += f * rows[j].score;
			rows[i].score = total;
			i = j;
		}
		qsort(rows, n, sizeof *rows, by_score);
	}
	return 0;
}

static int by_int64(const void *x, const void *y)
{
	int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
	return a < b ? -1 : a > b;
}

/*
 * Rows that per_source lets through (at most per_source of each source's),
 * counting at most `enough`; -1 when out of memory.
 */
static int64_t shown_rows(const struct ranked *rows, size_t n, size_t per_source, size_t enough)
{
	int64_t *ids = malloc((n ? n : 1) * sizeof *ids);
	size_t shown = 0;
	if (ids == NULL)
		return -1;
	for (size_t i = 0; i < n; i++)
		ids[i] = rows[i].source_id;
	qsort(ids, n, sizeof *ids, by_int64);
	for (size_t i = 0, same = 0; i < n && shown < enough; i++) {
		same = i && ids[i] == ids[i - 1] ? same + 1 : 0;
		shown += same < per_source;
	}
	free(ids);
	return (int64_t)shown;
}

size_t ranking_depth(const struct search_options *o, size_t want)
{
	if (o->per_source == 0)
		return want;
	return want * 4 < RANKING_GROUP_ROWS ? RANKING_GROUP_ROWS : want * 4;
}

/* The plan's first k rows of its first ranking (a copy), as ranking_rows returns rows. */
static int first_rows(const struct plan *pl, size_t k, struct ranked **out, char *err,
    size_t errlen)
{
	size_t n = pl->nfirst < k ? pl->nfirst : k;
	if ((*out = malloc((n ? n : 1) * sizeof **out)) == NULL)
		return util_error(err, errlen, "out of memory");
	memcpy(*out, pl->first, n * sizeof **out);
	return (int)n;
}

int ranking_rows(struct ranking *rk, const struct plan *pl, const struct search_options *o,
    const struct search_tuning *tu, size_t want, struct ranked **out, int *essential,
    int *essential_sets, char *err, size_t errlen)
{
	size_t k = ranking_depth(o, want);
	for (;;) {
		rk->matched = -1;
		int n = pl->npool ? rank_pool(rk, pl, o->source_glob, k, o->exhaustive, out, essential,
		    essential_sets, err, errlen)
		    : pl->first && (pl->nfirst >= k || pl->first_whole) ? first_rows(pl, k, out, err,
		    errlen)
		    : ranking_fetch_pruned(rk, pl, o->source_glob, k, o->exhaustive, out, essential,
		    essential_sets, err, errlen);
		if (n <= 0 || o->per_source == 0)
			return n;
		if (group_by_source(rk, *out, (size_t)n, tu->source_decay) != 0) {
			free(*out);
			*out = NULL;
			return util_error(err, errlen, "search failed: %s", sqlite3_errmsg(rk->db));
		}
		int64_t shown = (size_t)n < k ? 0 : shown_rows(*out, (size_t)n, o->per_source, want);
		if (shown < 0) {
			free(*out);
			*out = NULL;
			return util_error(err, errlen, "out of memory");
		}
		if ((size_t)n < k || (size_t)shown >= want || k >= SIZE_MAX / 8)
			return n;
		free(*out);
		*out = NULL;
		k *= 8;
	}
}

int64_t ranking_matched(const struct ranking *rk)
{
	return rk->matched;
}

struct source_run {
	int64_t source_id;
	size_t first, rows;	/* its best row's place, its rows */
};

static int by_source_then_place(const void *x, const void *y)
{
	const struct source_run *a = x, *b = y;
	if (a->source_id != b->source_id)
		return a->source_id < b->source_id ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

static int by_place(const void *x, const void *y)
{
	const struct source_run *a = x, *b = y;
	return a->first < b->first ? -1 : a->first > b->first;
}

/*
 * Sorting (source, place) pairs, then the sources by their first place:
 * n log n, where looking each row's source up among those seen so far was
 * n x sources (-l the at 100 MB: 20 s).
 */
int ranking_by_source(struct ranking *rk, struct ranked *rows, size_t n, size_t per_source,
    struct ranking_source **out, char *err, size_t errlen)
{
	struct source_run *run = malloc((n ? n : 1) * sizeof *run);
	size_t m = 0;
	*out = NULL;
	if (run == NULL)
		return util_error(err, errlen, "out of memory");
	if (find_sources(rk, rows, n) != 0) {
		free(run);
		return util_error(err, errlen, "search failed: %s", sqlite3_errmsg(rk->db));
	}
	for (size_t i = 0; i < n; i++)
		run[i] = (struct source_run){ rows[i].source_id, i, 1 };
	qsort(run, n, sizeof *run, by_source_then_place);
	for (size_t i = 0; i < n; i++) {
		if (m > 0 && run[m - 1].source_id == run[i].source_id) {
			run[m - 1].rows += per_source == 0 || run[m - 1].rows < per_source;
			continue;
		}
		run[m++] = run[i];
	}
	qsort(run, m, sizeof *run, by_place);
	struct ranking_source *src = malloc((m ? m : 1) * sizeof *src);
	if (src == NULL) {
		free(run);
		return util_error(err, errlen, "out of memory");
	}
	for (size_t i = 0; i < m; i++)
		src[i] = (struct ranking_source){ run[i].source_id, run[i].rows };
	free(run);
	*out = src;
	return (int)m;
}
