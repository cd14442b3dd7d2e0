/*
 * rank.c: psearch_rank(), the FTS5 auxiliary ranking function (rank.h).
 *
 * For each row:
 *
 *   tf'(p)  = sum over columns c of  weight[c] * tf(p, c) / (1 - b + b * len(c) / avglen(c))
 *   score   = sum over phrases p of  boost[p] * idf[p] * tf'(p) * (k1 + 1) / (tf'(p) + k1)
 *   score  *= (coverage_floor + coverage)^coverage_power
 *
 * That is BM25F: each column is normalised by its own average length (a
 * title of five words is not "short" next to a body of 150), the columns'
 * weighted frequencies are added, and the sum is saturated once.
 *
 * What is the same for every row of a query (row count, average column
 * lengths, the idf of phrases the caller did not supply) is computed on the
 * first row and kept as the query's auxdata.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rank.h"
#include "tokenizer.h"
#include "util.h"

struct rank_state {
	double avglen[RANK_COLUMNS];
	int nphrase;
	double *idf;		/* per phrase of the expression */
};

void rank_params_init(struct rank_params *p)
{
	memset(p, 0, sizeof *p);
	p->k1 = RANK_K1;
	p->b = RANK_B;
	p->weight[0] = p->weight[1] = p->weight[2] = 1.0;
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
	if ((st->idf = calloc((size_t)st->nphrase + 1, sizeof *st->idf)) == NULL) {
		state_free(st);
		return SQLITE_NOMEM;
	}
	rc = api->xRowCount(fts, &rows);
	for (int c = 0; rc == SQLITE_OK && c < RANK_COLUMNS && c < api->xColumnCount(fts); c++) {
		sqlite3_int64 total = 0;
		rc = api->xColumnTotalSize(fts, c, &total);
		st->avglen[c] = rows > 0 ? (double)total / (double)rows : 0;
	}
	for (int i = 0; rc == SQLITE_OK && i < st->nphrase; i++) {
		if (i < p->nphrase && p->idf[i] >= 0) {
			st->idf[i] = p->idf[i];
			continue;
		}
		sqlite3_int64 df = 0;
		rc = api->xQueryPhrase(fts, i, &df, count_row);
		st->idf[i] = rank_idf((double)df, (double)rows);
	}
	if (rc == SQLITE_OK)
		rc = api->xSetAuxdata(fts, st, state_free);
	else
		state_free(st);
	if (rc == SQLITE_OK)
		*out = st;
	return rc;
}

static void rank_function(const Fts5ExtensionApi *api, Fts5Context *fts,
    sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const struct rank_params *p = argc >= 1
	    ? sqlite3_value_pointer(argv[0], RANK_POINTER_TYPE) : NULL;
	struct rank_state *st;
	double norm[RANK_COLUMNS];
	double score = 0, cover_have = 0, cover_all = 0;
	int rc, ncol = api->xColumnCount(fts);

	if (p == NULL) {
		sqlite3_result_error(ctx, RANK_FUNCTION "(): missing parameters", -1);
		return;
	}
	if ((rc = state_of(api, fts, p, &st)) != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	if (ncol > RANK_COLUMNS)
		ncol = RANK_COLUMNS;
	for (int c = 0; c < ncol; c++) {
		int len = 0;
		norm[c] = 0;
		if (p->weight[c] <= 0)
			continue;
		if ((rc = api->xColumnSize(fts, c, &len)) != SQLITE_OK) {
			sqlite3_result_error_code(ctx, rc);
			return;
		}
		double rel = st->avglen[c] > 0 ? (double)len / st->avglen[c] : 1;
		norm[c] = p->weight[c] / (1 - p->b + p->b * rel);
	}
	struct rank_explain *x = p->explain;
	if (x) {
		memset(x, 0, sizeof *x);
		for (int c = 0; c < ncol; c++)
			api->xColumnSize(fts, c, &x->length[c]);
		x->nphrase = st->nphrase < RANK_MAX_PHRASES ? st->nphrase : RANK_MAX_PHRASES;
	}
	for (int i = 0; i < st->nphrase; i++) {
		Fts5PhraseIter it;
		int col = -1, off = 0, occurrences = 0;
		double tf = 0;
		if ((rc = api->xPhraseFirst(fts, i, &it, &col, &off)) != SQLITE_OK) {
			sqlite3_result_error_code(ctx, rc);
			return;
		}
		for (; col >= 0; api->xPhraseNext(fts, &it, &col, &off)) {
			if (col < ncol)
				tf += norm[col];
			occurrences++;
		}
		double boost = i < p->nphrase ? p->boost[i] : 1;
		double weight = st->idf[i] * boost;
		if (tf > 0)
			score += weight * tf * (p->k1 + 1) / (tf + p->k1);
		if (x && i < x->nphrase) {
			x->idf[i] = st->idf[i];
			x->tf[i] = occurrences;
		}
		if (i >= p->nphrase || p->in_coverage[i]) {
			cover_all += weight;
			if (tf > 0)
				cover_have += weight;
		}
	}
	double coverage = cover_all > 0 ? cover_have / cover_all : 0;
	if (x) {
		x->bm25f = score;
		x->coverage = coverage;
	}
	if (p->coverage_power > 0 && cover_all > 0)
		score *= pow(p->coverage_floor + coverage, p->coverage_power);
	if (x)
		x->score = score;
	sqlite3_result_double(ctx, score);
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

int rank_register(sqlite3 *db, char *err, size_t errlen)
{
	fts5_api *api = tokenizer_fts5_api(db);
	if (api == NULL || api->iVersion < 2) {
		return util_error(err, errlen, "this SQLite has no usable FTS5 module");
	}
	if (api->xCreateFunction(api, RANK_FUNCTION, NULL, rank_function, NULL) != SQLITE_OK ||
	    api->xCreateFunction(api, RANK_ROWS_FUNCTION, NULL, rows_function, NULL) != SQLITE_OK) {
		return util_error(err, errlen, "cannot register %s(): %s", RANK_FUNCTION,
		    sqlite3_errmsg(db));
	}
	return 0;
}
