/*
 * rank.c: psearch_rank(), the FTS5 auxiliary ranking function (rank.h).
 *
 * For each row:
 *
 *   tf'(p)  = sum over columns c of  weight[c] * tf(p, c) / (1 - b[c] + b[c] * len(c) / avglen(c))
 *   score   = sum over phrases p of  boost[p] * idf[p] * tf'(p) * (k1 + 1) / (tf'(p) + k1)
 *   score  *= (coverage_floor + coverage)^coverage_power
 *
 * That is BM25F: each column is normalised by its own average length (a
 * title of five words is not "short" next to a body of 150) and its own b
 * (b[title] = title_b when given, b for the others), the columns'
 * weighted frequencies are added, and the sum is saturated once.
 *
 * What is the same for every row of a query (row count, average column
 * lengths, the idf of phrases the caller did not supply) is computed on the
 * first row and kept as the query's auxdata.
 *
 * With params.topk the auxdata also holds the k best rows so far, and a
 * row is first bounded from its position lists alone (see rank.h); only
 * rows that could still make the top k have their lengths read.
 *
 * psearch_topk() scores the rows of a one-phrase query the same way, but
 * all in one call: xQueryPhrase hands it each row, so SQLite's statement
 * engine is not entered once a row, and the heap of best rows is the
 * answer.  psearch_gather() ranks the rows of several phrases as
 * psearch_rank() does, but reads the lengths of the rows that pass the
 * bound in batches, best bound first, so that fewer are read.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rank.h"
#include "tokenizer.h"
#include "util.h"

/* Column lengths whose normaliser the bound keeps (passages are shorter) */
#define BOUND_LENGTHS 1024

struct rank_state {
	double avglen[RANK_COLUMNS];
	int nphrase;
	double *idf;		/* per phrase of the expression */
	int *hits;		/* nphrase x RANK_COLUMNS: occurrences in the current row */
	/*
	 * Per phrase: it can change no score (boost 0, out of coverage: an
	 * excluded word, or the copy of a phrase the pruned ranking adds to
	 * pick rows), so its occurrences are not read.
	 */
	int *inert;
	int *active, nactive;	/* the phrases that are not inert, in order */
	/*
	 * For the bound: each phrase's weight (idf x boost) and whether it
	 * counts towards coverage, the sum of those weights (as score_of
	 * adds them), and the phrases the current row holds, in order.
	 */
	double *weight, cover_all;
	int *covers, *present, npresent;
	/*
	 * With topk: the best rows so far, a min-heap of at most topk, worst
	 * first (lowest score, then highest rowid), so that it keeps the rows
	 * ORDER BY score DESC, rowid LIMIT topk keeps.
	 */
	struct rank_hit *best;
	size_t nbest, best_room;	/* room grows to topk, which may be huge */
	int ncol;		/* psearch_topk(): the columns ranked */
	int topk_done;		/* psearch_topk() has ranked the rows */
	sqlite3_int64 topk_rows;	/* psearch_topk(): the rows visited */
	int can_skip;		/* parameters for which the bound holds, rows in order */
	/*
	 * With can_skip: the normaliser of each column for a length of
	 * 1..BOUND_LENGTHS tokens (index length - 1), so that bounding a row
	 * divides nothing; column c's first bound_filled[c] are computed,
	 * more as rows need them (zeroing the whole table for each ranking
	 * cost more than the lengths a passage has).
	 */
	double (*bound_norm)[BOUND_LENGTHS];
	int bound_filled[RANK_COLUMNS];
	const struct rank_params *params;	/* the query's, bound once */
	int has_last;
	sqlite3_int64 last_rowid;
	double last_score;
	int excluded, last_excluded;	/* the row was not admitted (params->admit) */
};

void rank_params_init(struct rank_params *p)
{
	memset(p, 0, sizeof *p);
	p->k1 = RANK_K1;
	p->b = RANK_B;
	p->title_b = -1;
	p->weight[0] = p->weight[1] = p->weight[2] = 1.0;
}

int rank_scores_nonnegative(const struct rank_params *p)
{
	if (!(p->k1 >= 0 && p->b >= 0 && p->b <= 1 && p->title_b <= 1 && p->coverage_floor >= 0 &&
	    p->coverage_power >= 0))
		return 0;
	for (int c = 0; c < RANK_COLUMNS; c++)
		if (!(p->weight[c] >= 0))
			return 0;
	for (int i = 0; i < p->nphrase && i < RANK_MAX_PHRASES; i++)
		if (!(p->boost[i] >= 0))
			return 0;
	return 1;
}

double rank_idf(double df, double n)
{
	if (df > n)
		df = n;
	if (df < 0)
		df = 0;
	return log(1.0 + (n - df + 0.5) / (df + 0.5));
}

static void state_free(void *p)
{
	struct rank_state *st = p;
	if (st) {
		free(st->idf);
		free(st->hits);
		free(st->inert);
		free(st->active);
		free(st->weight);
		free(st->covers);
		free(st->present);
		free(st->best);
		free(st->bound_norm);
		free(st);
	}
}

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx)
{
	(void)api;
	(void)fts;
	(*(sqlite3_int64 *)ctx)++;
	return SQLITE_OK;
}

static int average_length(const Fts5ExtensionApi *api, Fts5Context *fts, int column,
    sqlite3_int64 rows, double *out)
{
	sqlite3_int64 total = 0;
	int rc = api->xColumnTotalSize(fts, column, &total);
	*out = rows > 0 ? (double)total / (double)rows : 0;
	return rc;
}

/* The per-query constants, computed on the first row. */
static int state_of(const Fts5ExtensionApi *api, Fts5Context *fts,
    const struct rank_params *p, struct rank_state **out)
{
	struct rank_state *st = api->xGetAuxdata(fts, 0);
	sqlite3_int64 rows = 0;
	int rc;

	if (st) {
		*out = st;
		return SQLITE_OK;
	}
	if ((st = calloc(1, sizeof *st)) == NULL)
		return SQLITE_NOMEM;
	st->nphrase = api->xPhraseCount(fts);
	st->idf = calloc((size_t)st->nphrase + 1, sizeof *st->idf);
	st->hits = calloc(((size_t)st->nphrase + 1) * RANK_COLUMNS, sizeof *st->hits);
	st->inert = calloc((size_t)st->nphrase + 1, sizeof *st->inert);
	st->active = calloc((size_t)st->nphrase + 1, sizeof *st->active);
	st->weight = calloc((size_t)st->nphrase + 1, sizeof *st->weight);
	st->covers = calloc((size_t)st->nphrase + 1, sizeof *st->covers);
	st->present = calloc((size_t)st->nphrase + 1, sizeof *st->present);
	if (p->topk > 0 && p->explain == NULL)
		st->best = malloc((st->best_room = p->topk < 64 ? p->topk : 64) * sizeof *st->best);
	if (st->idf == NULL || st->hits == NULL || st->inert == NULL || st->active == NULL ||
	    st->weight == NULL ||
	    st->covers == NULL || st->present == NULL ||
	    (p->topk > 0 && p->explain == NULL && st->best == NULL)) {
		state_free(st);
		return SQLITE_NOMEM;
	}
	st->params = p;
	/* the bound needs a score that grows with tf and shrinks with length */
	st->can_skip = st->best != NULL && rank_scores_nonnegative(p);
	if (st->can_skip && (st->bound_norm = malloc(RANK_COLUMNS * sizeof *st->bound_norm)) == NULL) {
		state_free(st);
		return SQLITE_NOMEM;
	}
	rc = api->xRowCount(fts, &rows);
	for (int c = 0; rc == SQLITE_OK && c < RANK_COLUMNS && c < api->xColumnCount(fts); c++)
		rc = average_length(api, fts, c, rows, &st->avglen[c]);
	for (int i = 0; rc == SQLITE_OK && i < st->nphrase; i++) {
		if (i < p->nphrase && p->idf[i] >= 0) {
			st->idf[i] = p->idf[i];
			continue;
		}
		sqlite3_int64 df = 0;
		rc = api->xQueryPhrase(fts, i, &df, count_row);
		st->idf[i] = rank_idf((double)df, (double)rows);
	}
	for (int i = 0; i < st->nphrase; i++) {
		if (st->idf[i] < 0)
			st->can_skip = 0;
		st->inert[i] = i < p->nphrase && p->boost[i] == 0 && !p->in_coverage[i];
		if (!st->inert[i])
			st->active[st->nactive++] = i;
		st->weight[i] = st->idf[i] * (i < p->nphrase ? p->boost[i] : 1);
		st->covers[i] = i >= p->nphrase || p->in_coverage[i];
		if (st->covers[i])
			st->cover_all += st->weight[i];
	}
	if (rc == SQLITE_OK)
		rc = api->xSetAuxdata(fts, st, state_free);
	else
		state_free(st);
	if (rc == SQLITE_OK)
		*out = st;
	return rc;
}

/* Whether row a ranks below row b: a lower score, or the same and a later rowid. */
static int ranks_below(const struct rank_hit *a, const struct rank_hit *b)
{
	return a->score < b->score || (a->score == b->score && a->rowid > b->rowid);
}

/*
 * Keeps the topk best rows in st->best, a min-heap: best[0] is the k-th.
 * Returns SQLITE_OK or SQLITE_NOMEM.
 */
static int best_add(struct rank_state *st, size_t topk, double score, sqlite3_int64 rowid)
{
	struct rank_hit row = { rowid, score };
	size_t i = 0;
	if (st->nbest == st->best_room && st->best_room < topk) {
		size_t room = st->best_room < topk / 2 ? st->best_room * 2 : topk;
		struct rank_hit *more = realloc(st->best, room * sizeof *more);
		if (more == NULL)
			return SQLITE_NOMEM;
		st->best = more;
		st->best_room = room;
	}
	if (st->nbest < topk) {
		for (i = st->nbest++; i > 0 && ranks_below(&row, &st->best[(i - 1) / 2]); i = (i - 1) / 2)
			st->best[i] = st->best[(i - 1) / 2];
		st->best[i] = row;
		return SQLITE_OK;
	}
	if (!ranks_below(&st->best[0], &row))
		return SQLITE_OK;
	for (;;) {
		size_t child = 2 * i + 1;
		if (child >= topk)
			break;
		if (child + 1 < topk && ranks_below(&st->best[child + 1], &st->best[child]))
			child++;
		if (!ranks_below(&st->best[child], &row))
			break;
		st->best[i] = st->best[child];
		i = child;
	}
	st->best[i] = row;
	return SQLITE_OK;
}

double rank_coverage_factor(const struct rank_params *p, double coverage)
{
	double base = p->coverage_floor + coverage;
	/* the default power: a product is exact and pow() costs per row */
	return p->coverage_power == 2 ? base * base : pow(base, p->coverage_power);
}

/* Column c's b: the title's own when given. */
double rank_column_b(const struct rank_params *p, int c)
{
	return c == 0 && p->title_b >= 0 ? p->title_b : p->b;
}

/* Column c's normaliser for a length len: weight / (1 - b + b x len / avglen), 0 at weight 0. */
static double column_norm(const struct rank_params *p, const double *avglen, int c, double len)
{
	if (p->weight[c] <= 0)
		return 0;
	double rel = avglen[c] > 0 ? len / avglen[c] : 1, b = rank_column_b(p, c);
	return p->weight[c] / (1 - b + b * rel);
}

/* Each column's normaliser for the column lengths len. */
static void norms_of(const struct rank_params *p, const double *avglen, const double *len,
    int ncol, double *norm)
{
	for (int c = 0; c < ncol; c++)
		norm[c] = column_norm(p, avglen, c, len[c]);
}

/*
 * The normaliser of column c for the bound of a row whose last position
 * there is last (-1: none, and then no hits to normalise): that of a
 * column of last + 1 tokens, its shortest possible length.  Inlined, as
 * bound_of(): score_row() bounds most rows it is given, and once
 * row_bound() called them too, GCC kept them out of line (one-word
 * queries +1.5% instructions).
 */
static inline __attribute__((always_inline)) double bound_norm(const struct rank_params *p,
    struct rank_state *st, int c, int last)
{
	if (last < 0)
		return 0;
	if (last >= BOUND_LENGTHS)
		return column_norm(p, st->avglen, c, last + 1);
	for (; st->bound_filled[c] <= last; st->bound_filled[c]++)
		st->bound_norm[c][st->bound_filled[c]] = column_norm(p, st->avglen, c,
		    st->bound_filled[c] + 1);
	return st->bound_norm[c][last];
}

/*
 * The score from the occurrences hits (nphrase x RANK_COLUMNS) and a
 * normaliser per column; bm25f and coverage are optional.
 */
static double score_of(const struct rank_params *p, int nphrase, const double *idf,
    const int *hit_counts, const double *norm, int ncol, double *bm25f, double *coverage_out)
{
	double score = 0, cover_have = 0, cover_all = 0;
	for (int i = 0; i < nphrase; i++) {
		const int *hits = hit_counts + (size_t)i * RANK_COLUMNS;
		double tf = 0;
		for (int c = 0; c < ncol; c++)
			if (hits[c] > 0)	/* norm is infinite for an empty column when b = 1 */
				tf += hits[c] * norm[c];
		double boost = i < p->nphrase ? p->boost[i] : 1;
		double weight = idf[i] * boost;
		if (tf > 0)
			score += weight * tf * (p->k1 + 1) / (tf + p->k1);
		if (i >= p->nphrase || p->in_coverage[i]) {
			cover_all += weight;
			if (tf > 0)
				cover_have += weight;
		}
	}
	double coverage = cover_all > 0 ? cover_have / cover_all : 0;
	if (bm25f)
		*bm25f = score;
	if (coverage_out)
		*coverage_out = coverage;
	if (p->coverage_power > 0 && cover_all > 0)
		score *= rank_coverage_factor(p, coverage);
	return score;
}

/*
 * score_of's value for the current row from the phrases it holds alone
 * (st->present): the others add nothing to either sum, so it is the same
 * double, at a cost that follows the row's phrases, not the query's.  For
 * the bound, computed on most rows a pruned query visits.
 */
static inline __attribute__((always_inline)) double bound_of(const struct rank_params *p,
    const struct rank_state *st, const double *norm, int ncol)
{
	double score = 0, cover_have = 0;
	for (int m = 0; m < st->npresent; m++) {
		int i = st->present[m];
		const int *hits = st->hits + (size_t)i * RANK_COLUMNS;
		double tf = 0;
		for (int c = 0; c < ncol; c++)
			if (hits[c] > 0)
				tf += hits[c] * norm[c];
		if (tf > 0) {
			score += st->weight[i] * tf * (p->k1 + 1) / (tf + p->k1);
			if (st->covers[i])
				cover_have += st->weight[i];
		}
	}
	if (p->coverage_power > 0 && st->cover_all > 0)
		score *= rank_coverage_factor(p, cover_have / st->cover_all);
	return score;
}

/* score_of for a row given by its counts; coverage is optional. */
static double counts_score(const struct rank_params *p, const int *hits, const int *length,
    const double *avglen, double *coverage)
{
	double norm[RANK_COLUMNS], len[RANK_COLUMNS];
	for (int c = 0; c < RANK_COLUMNS; c++)
		len[c] = length[c];
	norms_of(p, avglen, len, RANK_COLUMNS, norm);
	return score_of(p, p->nphrase, p->idf, hits, norm, RANK_COLUMNS, NULL, coverage);
}

double rank_score_counts(const struct rank_params *p, const int *hits, const int *length,
    const double *avglen)
{
	return counts_score(p, hits, length, avglen, NULL);
}

double rank_coverage_counts(const struct rank_params *p, const int *hits, const int *length,
    const double *avglen)
{
	double coverage = 0;
	counts_score(p, hits, length, avglen, &coverage);
	return coverage;
}

/*
 * score_row()'s reading of the current row, for psearch_gather() (which
 * has no explain): its position lists into st->hits (the phrases it holds
 * in st->present) and each column's last position into last (-1: none).
 * score_row() keeps its own copy: calling this from it cost one-word
 * queries 1% more instructions (callgrind, 100 MB).  Returns an SQLite code.
 */
static int read_row(const Fts5ExtensionApi *api, Fts5Context *fts, struct rank_state *st,
    int ncol, int *last)
{
	int rc;
	for (int c = 0; c < RANK_COLUMNS; c++)
		last[c] = -1;
	for (int m = 0; m < st->npresent; m++)
		memset(st->hits + (size_t)st->present[m] * RANK_COLUMNS, 0,
		    RANK_COLUMNS * sizeof *st->hits);
	st->npresent = 0;
	for (int r = 0; r < st->nactive; r++) {
		int i = st->active[r];
		int *hits = st->hits + (size_t)i * RANK_COLUMNS;
		Fts5PhraseIter it;
		int col = -1, off = 0;
		if ((rc = api->xPhraseFirst(fts, i, &it, &col, &off)) != SQLITE_OK)
			return rc;
		if (col < 0)
			continue;
		for (; col >= 0; api->xPhraseNext(fts, &it, &col, &off)) {
			if (col < ncol) {
				hits[col]++;
				if (off > last[col])
					last[col] = off;
			}
		}
		st->present[st->npresent++] = i;
	}
	return SQLITE_OK;
}

/*
 * The bound of the row read_row read last: no score it can have is above
 * it (with a margin for rounding).  For st->can_skip only.
 */
static double row_bound(struct rank_state *st, int ncol, const int *last)
{
	double norm[RANK_COLUMNS] = { 0 };
	for (int c = 0; c < ncol; c++)
		norm[c] = bound_norm(st->params, st, c, last[c]);
	return bound_of(st->params, st, norm, ncol) * (1 + 1e-9);
}

/*
 * Score the current row of fts (rowid) into *score: RANK_SKIPPED when st
 * can skip it, else its score, which joins st's best.  Returns an SQLite
 * code.
 */
static int score_row(const Fts5ExtensionApi *api, Fts5Context *fts, struct rank_state *st,
    int ncol, sqlite3_int64 rowid, double *score)
{
	const struct rank_params *p = st->params;
	double norm[RANK_COLUMNS] = { 0 };
	int last[RANK_COLUMNS];	/* last position seen per column, -1 for none */
	int rc;

	struct rank_explain *x = p->explain;
	if (x) {
		memset(x, 0, sizeof *x);
		x->nphrase = st->nphrase < RANK_MAX_PHRASES ? st->nphrase : RANK_MAX_PHRASES;
	}
	for (int c = 0; c < RANK_COLUMNS; c++)
		last[c] = -1;
	/*
	 * Only the phrases a row holds have hits: the last row's are put
	 * back to 0 here, the others are 0 already, and only the phrases
	 * that are not inert are read (but all with explain, which shows
	 * every phrase's count).  Per row this was a memset and a test for
	 * every phrase of the expression, copies included.
	 */
	for (int m = 0; m < st->npresent; m++)
		memset(st->hits + (size_t)st->present[m] * RANK_COLUMNS, 0,
		    RANK_COLUMNS * sizeof *st->hits);
	st->npresent = 0;
	int nread = x ? st->nphrase : st->nactive;
	for (int r = 0; r < nread; r++) {
		int i = x ? r : st->active[r];
		int *hits = st->hits + (size_t)i * RANK_COLUMNS;
		Fts5PhraseIter it;
		int col = -1, off = 0, occurrences = 0;
		if ((rc = api->xPhraseFirst(fts, i, &it, &col, &off)) != SQLITE_OK)
			return rc;
		if (col < 0)
			continue;	/* most phrases of a row visited: not in it */
		for (; col >= 0; api->xPhraseNext(fts, &it, &col, &off)) {
			if (col < ncol) {
				hits[col]++;
				if (off > last[col])
					last[col] = off;
			}
			occurrences++;
		}
		st->present[st->npresent++] = i;
		if (x && i < x->nphrase)
			x->tf[i] = occurrences;
	}
	for (int i = 0; x && i < x->nphrase; i++)
		x->idf[i] = st->idf[i];

	/*
	 * A column holds at least last + 1 tokens, so normalising by that
	 * length gives each column's largest possible share, and a score
	 * no lower than the real one.
	 */
	int full = st->nbest == p->topk;
	st->excluded = 0;
	if (st->can_skip && (full || p->floor > 0)) {
		for (int c = 0; c < ncol; c++)
			norm[c] = bound_norm(p, st, c, last[c]);
		double bound = bound_of(p, st, norm, ncol) * (1 + 1e-9);
		if ((full && bound <= st->best[0].score) || bound < p->floor) {
			*score = RANK_SKIPPED;
			return SQLITE_OK;
		}
	}
	/* after the bound: a row that cannot make the top k needs no check */
	if (p->admit) {
		int admitted = p->admit(p->admit_ctx, rowid);
		if (admitted < 0)
			return SQLITE_ERROR;
		if (admitted == 0) {
			st->excluded = 1;
			*score = RANK_SKIPPED;
			return SQLITE_OK;
		}
	}

	double length[RANK_COLUMNS] = { 0 };
	for (int c = 0; c < ncol; c++) {
		int len = 0;
		if (p->weight[c] <= 0 && x == NULL)
			continue;
		if ((rc = api->xColumnSize(fts, c, &len)) != SQLITE_OK)
			return rc;
		if (x)
			x->length[c] = len;
		length[c] = len;
	}
	norms_of(p, st->avglen, length, ncol, norm);
	double bm25f, coverage;
	*score = score_of(p, st->nphrase, st->idf, st->hits, norm, ncol, &bm25f, &coverage);
	if (x) {
		x->bm25f = bm25f;
		x->coverage = coverage;
		x->score = *score;
	}
	return st->best ? best_add(st, p->topk, *score, rowid) : SQLITE_OK;
}

/* The query's state and parameters; on failure the error is set on ctx. */
static struct rank_state *state_for_call(const Fts5ExtensionApi *api, Fts5Context *fts,
    sqlite3_context *ctx, int argc, sqlite3_value **argv, const char *name)
{
	struct rank_state *st = api->xGetAuxdata(fts, 0);
	if (st)
		return st;
	const struct rank_params *p = argc >= 1 ?
	    sqlite3_value_pointer(argv[0], RANK_POINTER_TYPE) : NULL;
	if (p == NULL) {
		char msg[64];
		snprintf(msg, sizeof msg, "%s(): missing parameters", name);
		sqlite3_result_error(ctx, msg, -1);
		return NULL;
	}
	int rc = state_of(api, fts, p, &st);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return NULL;
	}
	return st;
}

static int columns_ranked(const Fts5ExtensionApi *api, Fts5Context *fts)
{
	int ncol = api->xColumnCount(fts);
	return ncol < RANK_COLUMNS ? ncol : RANK_COLUMNS;
}

static void rank_function(const Fts5ExtensionApi *api, Fts5Context *fts,
    sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	/* the parameters are the query's: looked up once, then kept in st */
	struct rank_state *st = state_for_call(api, fts, ctx, argc, argv, RANK_FUNCTION);
	if (st == NULL)
		return;
	sqlite3_int64 rowid = api->xRowid(fts);
	if (st->best && st->has_last && rowid <= st->last_rowid) {
		if (rowid == st->last_rowid) {	/* the same row asked twice */
			if (st->last_excluded)
				sqlite3_result_null(ctx);
			else
				sqlite3_result_double(ctx, st->last_score);
			return;
		}
		st->can_skip = 0;	/* rows out of order: the tie rule no longer holds */
	}
	double score;
	int rc = score_row(api, fts, st, columns_ranked(api, fts), rowid, &score);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	if (st->best) {
		st->has_last = 1;
		st->last_rowid = rowid;
		st->last_score = score;
		st->last_excluded = st->excluded;
	}
	if (st->excluded)
		sqlite3_result_null(ctx);
	else
		sqlite3_result_double(ctx, score);
}

/* xQueryPhrase's callback: one row of the phrase, scored into the best. */
static int topk_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx)
{
	struct rank_state *st = ctx;
	double score;
	st->topk_rows++;
	return score_row(api, fts, st, st->ncol, api->xRowid(fts), &score);
}

static int by_score_then_rowid(const void *a, const void *b)
{
	const struct rank_hit *x = a, *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return (x->rowid > y->rowid) - (x->rowid < y->rowid);
}

/*
 * psearch_topk(t, params): see rank.h.  Called on the statement's one
 * row; the expression's single phrase is run again by xQueryPhrase, whose
 * callback scores its rows in ascending rowid order without the SQL
 * machinery in between.
 */
static void topk_function(const Fts5ExtensionApi *api, Fts5Context *fts,
    sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct rank_state *st = state_for_call(api, fts, ctx, argc, argv, RANK_TOPK_FUNCTION);
	if (st == NULL)
		return;
	const struct rank_params *p = st->params;
	if (p->top == NULL || st->best == NULL || st->nphrase != 1 || st->topk_done) {
		sqlite3_result_int(ctx, 0);
		return;
	}
	st->topk_done = 1;	/* the rows are ranked once, even if asked again */
	st->ncol = columns_ranked(api, fts);
	st->topk_rows = 0;
	int rc = api->xQueryPhrase(fts, 0, st, topk_row);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	qsort(st->best, st->nbest, sizeof *st->best, by_score_then_rowid);
	p->top->hits = st->best;	/* the caller's now */
	p->top->n = st->nbest;
	p->top->matched = api->xPhraseSize(fts, 0) == 1 ? st->topk_rows : -1;
	st->best = NULL;
	st->nbest = 0;
	sqlite3_result_int(ctx, 1);
}

/*
 * psearch_gather(): see rank.h.  A row that can still make the top k is
 * kept with the occurrences of the phrases it holds (its score needs
 * nothing else from FTS5 but its column lengths, which can be read by
 * rowid at any time).  Every GATHER_BATCH rows kept (and at the end) the
 * batch is scored best bound first, until the best bound left cannot beat
 * the k-th score: the k-th rises after a few rows, and the rest of the
 * batch, and most rows after it, are skipped on their bound.  Scoring each
 * row that beats the k-th so far in rowid order, as psearch_rank() must,
 * reads the lengths of many rows that a later one pushes out.
 */
#define GATHER_BATCH 1024

struct gather_row {
	sqlite3_int64 rowid;
	double bound;
	size_t first;	/* its phrases in g->hits: each a phrase and RANK_COLUMNS counts */
	int n;
};

struct rank_gather {
	int (*lengths)(void *ctx, sqlite3_int64 rowid, int *len);
	void *lengths_ctx;
	struct gather_row *rows;	/* the batch */
	size_t nrows, rows_room;
	int *hits;
	size_t nhits, hits_room;
	/* the query's constants, from its first row */
	int began, unfit, ncol, nphrase;
	double avglen[RANK_COLUMNS];
	double *idf;
	int *scratch;		/* nphrase x RANK_COLUMNS zeros: a row's occurrences, while scored */
	struct rank_state best;	/* only its heap of the best rows so far */
};

struct rank_gather *rank_gather_new(int (*lengths)(void *ctx, sqlite3_int64 rowid, int *len),
    void *ctx)
{
	struct rank_gather *g = calloc(1, sizeof *g);
	if (g) {
		g->lengths = lengths;
		g->lengths_ctx = ctx;
	}
	return g;
}

void rank_gather_free(struct rank_gather *g)
{
	if (g) {
		free(g->rows);
		free(g->hits);
		free(g->idf);
		free(g->scratch);
		free(g->best.best);
		free(g);
	}
}

/* Room for one more row of n phrases in g: SQLITE_OK or SQLITE_NOMEM. */
static int gather_room(struct rank_gather *g, int n)
{
	if (g->nrows == g->rows_room) {
		size_t room = g->rows_room ? g->rows_room * 2 : GATHER_BATCH;
		struct gather_row *more = realloc(g->rows, room * sizeof *more);
		if (more == NULL)
			return SQLITE_NOMEM;
		g->rows = more;
		g->rows_room = room;
	}
	size_t need = (size_t)n * (1 + RANK_COLUMNS);
	if (g->hits_room - g->nhits < need) {
		size_t room = g->hits_room ? g->hits_room * 2 : 4096;
		while (room - g->nhits < need)
			room *= 2;
		int *more = realloc(g->hits, room * sizeof *more);
		if (more == NULL)
			return SQLITE_NOMEM;
		g->hits = more;
		g->hits_room = room;
	}
	return SQLITE_OK;
}

/* The first row: the query's constants into g, or g->unfit when the bound does not hold. */
static int gather_begin(struct rank_gather *g, struct rank_state *st, int ncol)
{
	const struct rank_params *p = st->params;
	g->began = 1;
	if (!st->can_skip || p->topk == 0 || p->explain || p->admit || g->lengths == NULL) {
		g->unfit = 1;
		return SQLITE_OK;
	}
	g->best.best_room = p->topk < 64 ? p->topk : 64;
	g->idf = malloc(((size_t)st->nphrase + 1) * sizeof *g->idf);
	g->scratch = calloc(((size_t)st->nphrase + 1) * RANK_COLUMNS, sizeof *g->scratch);
	g->best.best = malloc(g->best.best_room * sizeof *g->best.best);
	if (g->idf == NULL || g->scratch == NULL || g->best.best == NULL)
		return SQLITE_NOMEM;
	memcpy(g->idf, st->idf, (size_t)st->nphrase * sizeof *g->idf);
	memcpy(g->avglen, st->avglen, sizeof g->avglen);
	g->nphrase = st->nphrase;
	g->ncol = ncol;
	return SQLITE_OK;
}

/* Whether gathered row a comes after b: a lower bound, or the same and a later rowid. */
static int bound_below(const struct gather_row *a, const struct gather_row *b)
{
	return a->bound < b->bound || (a->bound == b->bound && a->rowid > b->rowid);
}

/* Sift rows[i] down the max-heap rows[0 .. n) (highest bound first). */
static void sift_down(struct gather_row *rows, size_t n, size_t i)
{
	struct gather_row row = rows[i];
	for (;;) {
		size_t child = 2 * i + 1;
		if (child >= n)
			break;
		if (child + 1 < n && bound_below(&rows[child], &rows[child + 1]))
			child++;
		if (!bound_below(&row, &rows[child]))
			break;
		rows[i] = rows[child];
		i = child;
	}
	rows[i] = row;
}

/*
 * Score the batch's rows, best bound first, into the best, as score_row()
 * scores them, until no bound left can beat the k-th score (one equal to
 * it could tie and win on rowid: still scored); then empty the batch.
 * Returns an SQLite code.
 */
static int gather_flush(struct rank_gather *g, const struct rank_params *p)
{
	size_t n = g->nrows;
	int rc = SQLITE_OK;
	for (size_t i = n / 2; i-- > 0;)
		sift_down(g->rows, n, i);
	while (n > 0 && rc == SQLITE_OK) {
		struct gather_row row = g->rows[0];
		if (g->best.nbest == p->topk && row.bound < g->best.best[0].score)
			break;
		g->rows[0] = g->rows[--n];
		sift_down(g->rows, n, 0);
		int len[RANK_COLUMNS] = { 0 };
		double length[RANK_COLUMNS] = { 0 }, norm[RANK_COLUMNS] = { 0 };
		if ((rc = g->lengths(g->lengths_ctx, row.rowid, len)) != SQLITE_OK)
			break;
		for (int c = 0; c < g->ncol; c++)
			if (p->weight[c] > 0)
				length[c] = len[c];
		norms_of(p, g->avglen, length, g->ncol, norm);
		const int *h = g->hits + row.first;
		for (int m = 0; m < row.n; m++, h += 1 + RANK_COLUMNS)
			memcpy(g->scratch + (size_t)h[0] * RANK_COLUMNS, h + 1,
			    RANK_COLUMNS * sizeof *g->scratch);
		double score = score_of(p, g->nphrase, g->idf, g->scratch, norm, g->ncol, NULL, NULL);
		h = g->hits + row.first;
		for (int m = 0; m < row.n; m++, h += 1 + RANK_COLUMNS)
			memset(g->scratch + (size_t)h[0] * RANK_COLUMNS, 0,
			    RANK_COLUMNS * sizeof *g->scratch);
		rc = best_add(&g->best, p->topk, score, row.rowid);
	}
	g->nrows = 0;
	g->nhits = 0;
	return rc;
}

static void gather_function(const Fts5ExtensionApi *api, Fts5Context *fts,
    sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct rank_state *st = state_for_call(api, fts, ctx, argc, argv, RANK_GATHER_FUNCTION);
	if (st == NULL)
		return;
	const struct rank_params *p = st->params;
	struct rank_gather *g = p->gather;
	int last[RANK_COLUMNS], rc = SQLITE_OK;
	sqlite3_result_int(ctx, 0);
	if (g == NULL)
		return;
	if (!g->began)
		rc = gather_begin(g, st, columns_ranked(api, fts));
	if (rc == SQLITE_OK && !g->unfit)
		rc = read_row(api, fts, st, g->ncol, last);
	if (rc != SQLITE_OK || g->unfit) {
		if (rc != SQLITE_OK)
			sqlite3_result_error_code(ctx, rc);
		return;
	}
	/* rows come in rowid order: one whose bound only ties the k-th loses on rowid */
	double bound = row_bound(st, g->ncol, last);
	if (bound < p->floor || (g->best.nbest == p->topk && bound <= g->best.best[0].score))
		return;
	if ((rc = gather_room(g, st->npresent)) != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	struct gather_row *row = &g->rows[g->nrows++];
	row->rowid = api->xRowid(fts);
	row->bound = bound;
	row->first = g->nhits;
	row->n = st->npresent;
	for (int m = 0; m < st->npresent; m++) {
		int i = st->present[m];
		g->hits[g->nhits++] = i;
		memcpy(g->hits + g->nhits, st->hits + (size_t)i * RANK_COLUMNS,
		    RANK_COLUMNS * sizeof *g->hits);
		g->nhits += RANK_COLUMNS;
	}
	if (g->nrows >= GATHER_BATCH && (rc = gather_flush(g, p)) != SQLITE_OK)
		sqlite3_result_error_code(ctx, rc);
}

int rank_gather_finish(struct rank_gather *g, const struct rank_params *p, struct rank_top *top)
{
	top->hits = NULL;
	top->n = 0;
	top->matched = -1;
	if (g->unfit)
		return SQLITE_MISMATCH;
	if (!g->began)
		return SQLITE_OK;	/* no row */
	int rc = gather_flush(g, p);
	if (rc != SQLITE_OK)
		return rc;
	qsort(g->best.best, g->best.nbest, sizeof *g->best.best, by_score_then_rowid);
	top->hits = g->best.best;	/* the caller's now */
	top->n = g->best.nbest;
	g->best.best = NULL;
	g->best.nbest = 0;
	return SQLITE_OK;
}

/* psearch_rows(t): the table's row count, read from FTS5's totals: O(1). */
static void rows_function(const Fts5ExtensionApi *api, Fts5Context *fts,
    sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	sqlite3_int64 rows = 0;
	(void)argc;
	(void)argv;
	int rc = api->xRowCount(fts, &rows);
	if (rc != SQLITE_OK)
		sqlite3_result_error_code(ctx, rc);
	else
		sqlite3_result_int64(ctx, rows);
}

/* psearch_avglen(t, c): column c's average length in tokens, O(1). */
static void avglen_function(const Fts5ExtensionApi *api, Fts5Context *fts,
    sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	sqlite3_int64 rows = 0;
	double avg = 0;
	int column = argc >= 1 ? sqlite3_value_int(argv[0]) : -1;
	if (column < 0 || column >= api->xColumnCount(fts)) {
		sqlite3_result_error(ctx, RANK_AVGLEN_FUNCTION "(): no such column", -1);
		return;
	}
	int rc = api->xRowCount(fts, &rows);
	if (rc == SQLITE_OK)
		rc = average_length(api, fts, column, rows, &avg);
	if (rc != SQLITE_OK)
		sqlite3_result_error_code(ctx, rc);
	else
		sqlite3_result_double(ctx, avg);
}

int rank_register(sqlite3 *db, char *err, size_t errlen)
{
	fts5_api *api = tokenizer_fts5_api(db);
	if (api == NULL || api->iVersion < 2) {
		return util_error(err, errlen, "this SQLite has no usable FTS5 module");
	}
	if (api->xCreateFunction(api, RANK_FUNCTION, NULL, rank_function, NULL) != SQLITE_OK ||
	    api->xCreateFunction(api, RANK_TOPK_FUNCTION, NULL, topk_function, NULL) != SQLITE_OK ||
	    api->xCreateFunction(api, RANK_GATHER_FUNCTION, NULL, gather_function, NULL) != SQLITE_OK ||
	    api->xCreateFunction(api, RANK_ROWS_FUNCTION, NULL, rows_function, NULL) != SQLITE_OK ||
	    api->xCreateFunction(api, RANK_AVGLEN_FUNCTION, NULL, avglen_function, NULL) != SQLITE_OK) {
		return util_error(err, errlen, "cannot register %s(): %s", RANK_FUNCTION,
		    sqlite3_errmsg(db));
	}
	return 0;
}
