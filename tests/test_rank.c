/*
 * test_rank.c: unit tests of psearch_rank(), the BM25F ranking function.
 *
 * A four-row FTS5 table (plain unicode61, so token counts are obvious) and
 * scores worked out by hand from the formula in rank.c: k1 saturation,
 * b length normalisation per column, column weights, idf given or counted,
 * phrase boosts, the coverage factor, the explain record, and the error
 * when the parameters are missing.  Then, on a larger random table, that
 * top-k skipping keeps exactly the top k of scoring every row.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "rank.h"
#include "tokenizer.h"

static const char *const rows[][3] = {
	/* title, section, body: 1..4 */
	{ "", "", "apple banana" },
	{ "", "", "apple apple cherry date" },
	{ "", "", "banana cherry" },
	{ "apple", "", "grape grape grape grape" },
};

static int setup(void **state)
{
	sqlite3 *db;
	char err[256];
	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
	assert_int_equal(tokenizer_register(db, err, sizeof err), 0);
	assert_int_equal(rank_register(db, err, sizeof err), 0);
	assert_int_equal(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(title, section, body)",
	    NULL, NULL, NULL), SQLITE_OK);
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		sqlite3_stmt *st;
		assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO t(rowid, title, section, body)"
		    " VALUES (?1, ?2, ?3, ?4)", -1, &st, NULL), SQLITE_OK);
		sqlite3_bind_int64(st, 1, (int64_t)i + 1);
		for (int c = 0; c < 3; c++)
			sqlite3_bind_text(st, c + 2, rows[i][c], -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_finalize(st);
	}
	*state = db;
	return 0;
}

static int teardown(void **state)
{
	sqlite3_close(*state);
	return 0;
}

/* The score of row for expr, or NAN if the row does not match. */
static double score_of(sqlite3 *db, const struct rank_params *p, const char *expr, int64_t row)
{
	sqlite3_stmt *st;
	double v = NAN;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT " RANK_FUNCTION "(t, ?1) FROM t"
	    " WHERE t MATCH ?2 AND rowid = ?3", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_pointer(st, 1, (void *)p, RANK_POINTER_TYPE, NULL);
	sqlite3_bind_text(st, 2, expr, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, row);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		v = sqlite3_column_double(st, 0);
	else
		assert_int_equal(rc, SQLITE_DONE);
	sqlite3_finalize(st);
	return v;
}

static void params(struct rank_params *p, double k1, double b, int nphrase)
{
	rank_params_init(p);
	p->k1 = k1;
	p->b = b;
	p->nphrase = nphrase;
	for (int i = 0; i < nphrase; i++) {
		p->idf[i] = 1.0;
		p->boost[i] = 1.0;
		p->in_coverage[i] = 1;
	}
}

#define CLOSE(a, b) assert_true(fabs((a) - (b)) < 1e-9)

/* b = 0: only term frequency counts, saturated by k1. */
static void test_rank_saturation(void **state)
{
	struct rank_params p;
	params(&p, 1.2, 0, 1);
	CLOSE(score_of(*state, &p, "apple", 1), 1.0 * 2.2 / (1 + 1.2));
	CLOSE(score_of(*state, &p, "apple", 2), 2.0 * 2.2 / (2 + 1.2));
	CLOSE(score_of(*state, &p, "apple", 4), 1.0);	/* in the title, weight 1 */
	assert_true(isnan(score_of(*state, &p, "apple", 3)));
	params(&p, 0, 0, 1);	/* k1 0: any occurrence scores idf */
	CLOSE(score_of(*state, &p, "apple", 2), 1.0);
}

/* b = 1: each column against its own average length. */
static void test_rank_length_per_column(void **state)
{
	struct rank_params p;
	params(&p, 1.2, 1, 1);
	/* body lengths 2, 4, 2, 4: average 3; titles 0, 0, 0, 1: average 0.25 */
	double tf1 = 1 / (2.0 / 3), tf2 = 2 / (4.0 / 3), tf4 = 1 / (1 / 0.25);
	CLOSE(score_of(*state, &p, "apple", 1), tf1 * 2.2 / (tf1 + 1.2));
	CLOSE(score_of(*state, &p, "apple", 2), tf2 * 2.2 / (tf2 + 1.2));
	CLOSE(score_of(*state, &p, "apple", 4), tf4 * 2.2 / (tf4 + 1.2));
	/* a title weight of 4 makes the one-word title count as a body hit */
	p.weight[0] = 4;
	CLOSE(score_of(*state, &p, "apple", 4), 1.0 * 2.2 / (1.0 + 1.2));
}

/*
 * title_b: the title column's own b, the other columns keeping b; < 0
 * follows b.  Row 4's title is one word against an average of 0.25, its
 * body four words against 3; the same counts through rank_score_counts
 * (the pool's scorer) give the same double.
 */
static void test_rank_title_b(void **state)
{
	static const struct {
		double b, title_b, title_used;
	} cases[] = {
		{ 1, -1, 1 },		/* follows b */
		{ 1, 0, 0 },		/* a title hit counts as in a title of average length */
		{ 1, 0.3, 0.3 },
		{ 0, 1, 1 },		/* the title normalised, the body not */
		{ 0.75, 0.75, 0.75 },
	};
	const double avglen[RANK_COLUMNS] = { 0.25, 0, 3 };
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct rank_params p;
		params(&p, 1.2, cases[i].b, 1);
		p.title_b = cases[i].title_b;
		CLOSE(rank_column_b(&p, 0), cases[i].title_used);
		CLOSE(rank_column_b(&p, 2), cases[i].b);
		double tb = cases[i].title_used, b = cases[i].b;
		double tf = 1 / (1 - tb + tb * (1 / 0.25));
		CLOSE(score_of(*state, &p, "apple", 4), tf * 2.2 / (tf + 1.2));
		tf = 2 / (1 - b + b * (4 / 3.0));	/* row 2: the body alone, b */
		CLOSE(score_of(*state, &p, "apple", 2), tf * 2.2 / (tf + 1.2));
		int hits[RANK_COLUMNS] = { 1, 0, 0 }, length[RANK_COLUMNS] = { 1, 0, 4 };
		assert_true(rank_score_counts(&p, hits, length, avglen) ==
		    score_of(*state, &p, "apple", 4));
	}
}

/* idf < 0: counted in the table, as BM25 defines it. */
static void test_rank_idf_counted(void **state)
{
	struct rank_params p;
	params(&p, 1.2, 0, 1);
	p.idf[0] = -1;
	CLOSE(score_of(*state, &p, "apple", 1), rank_idf(3, 4));
	p.nphrase = 0;	/* undescribed phrases are counted too */
	CLOSE(score_of(*state, &p, "cherry", 3), rank_idf(2, 4));
	assert_true(rank_idf(4, 4) > 0);
	assert_true(rank_idf(1, 4) > rank_idf(2, 4));
}

static void test_rank_boost(void **state)
{
	struct rank_params p;
	params(&p, 1.2, 0, 2);
	p.boost[1] = 0;
	CLOSE(score_of(*state, &p, "apple OR banana", 3), 0);
	CLOSE(score_of(*state, &p, "apple OR banana", 1), 1.0);
	p.boost[1] = 2.5;
	CLOSE(score_of(*state, &p, "apple OR banana", 1), 1.0 + 2.5);
}

/* (floor + coverage)^power, coverage weighted by idf x boost. */
static void test_rank_coverage(void **state)
{
	struct rank_params p;
	params(&p, 1.2, 0, 2);
	p.coverage_floor = 0;
	p.coverage_power = 1;
	double both = 2.0 * 2.2 / 3.2 + 1.0;	/* row 2: apple twice, cherry once */
	CLOSE(score_of(*state, &p, "apple OR cherry", 2), both);
	CLOSE(score_of(*state, &p, "apple OR cherry", 1), 0.5);
	p.idf[1] = 3;	/* cherry is rarer: a row with only apple covers 1/4 */
	CLOSE(score_of(*state, &p, "apple OR cherry", 1), 0.25);
	p.in_coverage[1] = 0;	/* only apple counts: full coverage */
	CLOSE(score_of(*state, &p, "apple OR cherry", 1), 1.0);
	p.in_coverage[1] = 1;
	p.coverage_floor = 1;
	p.coverage_power = 2;
	CLOSE(score_of(*state, &p, "apple OR cherry", 1), 1.25 * 1.25);
	/* the same coverage from counts (the pool's scorer): apple alone, then both */
	const double avglen[RANK_COLUMNS] = { 1, 1, 1 };
	int hits[2 * RANK_COLUMNS] = { 0, 0, 1 }, length[RANK_COLUMNS] = { 1, 1, 1 };
	CLOSE(rank_coverage_counts(&p, hits, length, avglen), 0.25);
	hits[RANK_COLUMNS + 2] = 1;
	CLOSE(rank_coverage_counts(&p, hits, length, avglen), 1);
}

static void test_rank_explain(void **state)
{
	struct rank_params p;
	struct rank_explain x;
	params(&p, 1.2, 0, 2);
	p.idf[1] = 2;
	p.explain = &x;
	double s = score_of(*state, &p, "apple OR date", 2);
	CLOSE(x.score, s);
	CLOSE(x.bm25f, s);
	assert_int_equal(x.nphrase, 2);
	CLOSE(x.tf[0], 2);
	CLOSE(x.tf[1], 1);
	CLOSE(x.idf[1], 2);
	CLOSE(x.coverage, 1);
	assert_int_equal(x.length[2], 4);
	assert_int_equal(x.length[0], 0);
}

/*
 * The rows of `SELECT ... ORDER BY score DESC, rowid LIMIT k`, with
 * p->topk as given; *skipped counts the rows scored RANK_SKIPPED (all
 * rows are read, the LIMIT applied here).  Every other score must be >= 0
 * when p allows only such (rank_scores_nonnegative).
 */
static int top_rows(sqlite3 *db, const struct rank_params *p, const char *expr, size_t k,
    int64_t *ids, double *scores, int *skipped)
{
	sqlite3_stmt *st;
	int n = 0;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT rowid, " RANK_FUNCTION "(big, ?1) AS r"
	    " FROM big WHERE big MATCH ?2 ORDER BY r DESC, rowid", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_pointer(st, 1, (void *)p, RANK_POINTER_TYPE, NULL);
	sqlite3_bind_text(st, 2, expr, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		double r = sqlite3_column_double(st, 1);
		if (r == RANK_SKIPPED)
			(*skipped)++;
		else if (rank_scores_nonnegative(p))
			assert_true(r >= 0);
		if ((size_t)n < k) {
			ids[n] = sqlite3_column_int64(st, 0);
			scores[n] = r;
			n++;
		}
	}
	sqlite3_finalize(st);
	return n;
}

/*
 * psearch_topk()'s rows for expr, as top_rows gives them; -1 when it
 * declines the expression (then it must have left nothing).
 */
static int topk_rows(sqlite3 *db, struct rank_params *p, const char *expr,
    int64_t *ids, double *scores)
{
	struct rank_top top = { NULL, 0, -1 };
	sqlite3_stmt *st;
	int fit = 1;
	p->top = &top;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT " RANK_TOPK_FUNCTION "(big, ?1)"
	    " FROM big WHERE big MATCH ?2 LIMIT 1", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_pointer(st, 1, p, RANK_POINTER_TYPE, NULL);
	sqlite3_bind_text(st, 2, expr, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		fit = sqlite3_column_int(st, 0);
	else
		assert_int_equal(rc, SQLITE_DONE);
	sqlite3_finalize(st);
	p->top = NULL;
	if (!fit) {
		assert_null(top.hits);
		return -1;
	}
	assert_true(top.n <= p->topk);
	/* one token (with a column filter, NEAR alone): every row it matched; more: not told */
	int one_token = strchr(expr, '"') == NULL;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM big WHERE big MATCH ?1",
	    -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	if (sqlite3_column_int64(st, 0) > 0)
		assert_int_equal(top.matched, one_token ? sqlite3_column_int64(st, 0) : -1);
	sqlite3_finalize(st);
	for (size_t i = 0; i < top.n; i++) {
		ids[i] = top.hits[i].rowid;
		scores[i] = top.hits[i].score;
	}
	free(top.hits);
	return (int)top.n;
}

/* Column lengths of a row of big from its docsize table, for psearch_gather(). */
static int big_lengths(void *ctx, sqlite3_int64 rowid, int *len)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(ctx, "SELECT sz FROM big_docsize WHERE id = ?1", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, rowid);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const unsigned char *b = sqlite3_column_blob(st, 0);
		int n = sqlite3_column_bytes(st, 0), at = 0;
		rc = SQLITE_OK;
		for (int c = 0; c < RANK_COLUMNS; c++) {	/* varints; these lengths take two bytes at most */
			len[c] = 0;
			if (at < n && b[at] & 0x80)
				len[c] = (b[at++] & 0x7f) << 7;
			if (at >= n)
				rc = SQLITE_CORRUPT;
			else
				len[c] |= b[at++];
		}
	}
	sqlite3_finalize(st);
	return rc;
}

/* psearch_gather()'s rows for expr, as top_rows gives them; -1 when it does not apply. */
static int gather_rows(sqlite3 *db, struct rank_params *p, const char *expr,
    int64_t *ids, double *scores)
{
	struct rank_top top = { NULL, 0, -1 };
	sqlite3_stmt *st;
	p->gather = rank_gather_new(big_lengths, db);
	assert_non_null(p->gather);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM big WHERE big MATCH ?2 AND "
	    RANK_GATHER_FUNCTION "(big, ?1)", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_pointer(st, 1, p, RANK_POINTER_TYPE, NULL);
	sqlite3_bind_text(st, 2, expr, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 0);	/* every row gives 0 */
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	int rc = rank_gather_finish(p->gather, p, &top);
	rank_gather_free(p->gather);
	p->gather = NULL;
	if (rc == SQLITE_MISMATCH) {
		assert_null(top.hits);
		return -1;
	}
	assert_int_equal(rc, SQLITE_OK);
	assert_true(top.n <= p->topk);
	for (size_t i = 0; i < top.n; i++) {
		ids[i] = top.hits[i].rowid;
		scores[i] = top.hits[i].score;
	}
	free(top.hits);
	return (int)top.n;
}

/*
 * 600 rows of 1 to 40 words drawn unevenly from 12, some in a title:
 * for OR queries of 1 to 4 words, every k, both column weightings, the
 * title's own b or not, and with coverage on and off, topk gives the same rows and scores as
 * scoring every row, and skips rows often.
 */
static void test_rank_topk_is_exact(void **state)
{
	static const char *const vocab[] = { "a0", "a1", "a2", "a3", "a4", "a5",
		"a6", "a7", "a8", "a9", "a10", "a11" };
	static const char *const queries[] = { "a0", "a11", "a3 OR a9", "a0 OR a1 OR a10",
		"a2 OR a5 OR a7 OR a11", "\"a0 a1\" OR a8",
		/* from here, and the first two: one phrase each */
		"\"a1 a0\"", "title: a2", "a1*", "NEAR(a4, 3)", "body: ^a11" };
	sqlite3 *db = *state;
	uint32_t seed = 12345;
	int skipped = 0, tops = 0;

	assert_int_equal(sqlite3_exec(db, "CREATE VIRTUAL TABLE big USING fts5(title, section, body)",
	    NULL, NULL, NULL), SQLITE_OK);
	for (int row = 1; row <= 600; row++) {
		char text[2][8000];
		for (int c = 0; c < 2; c++) {
			seed = seed * 1103515245 + 12345;
			int words = c == 0 ? (int)(seed >> 16) % 4 : 1 + (int)(seed >> 16) % 40;
			/* a few bodies longer than the lengths rank.c keeps a normaliser for */
			if (c == 1 && row % 50 == 0)
				words = 1000 + (int)(seed >> 16) % 600;
			size_t len = 0;
			text[c][0] = 0;
			for (int w = 0; w < words; w++) {
				seed = seed * 1103515245 + 12345;
				uint32_t r = (seed >> 16) % 1000;
				/* word i with probability about 2^-(i/2): a Zipf-like spread */
				int i = 0;
				while (i < 11 && r < 1000u >> (i / 2 + 1))
					i++;
				len += (size_t)snprintf(text[c] + len, sizeof text[c] - len, "%s%s",
				    w ? " " : "", vocab[11 - i]);
			}
		}
		char *sql = sqlite3_mprintf("INSERT INTO big(rowid, title, section, body)"
		    " VALUES (%d, %Q, '', %Q)", row, text[0], text[1]);
		assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
		sqlite3_free(sql);
	}
	for (size_t q = 0; q < sizeof queries / sizeof *queries; q++) {
		for (int variant = 0; variant < 8; variant++) {
			struct rank_params p;
			params(&p, 1.2, 0.75, RANK_MAX_PHRASES);
			for (int i = 0; i < RANK_MAX_PHRASES; i++)
				p.idf[i] = 1.0 + i * 0.7;
			p.weight[0] = variant & 1 ? 3 : 1;
			p.title_b = variant & 4 ? 0.2 : -1;	/* the title's own b */
			if (variant & 2) {
				p.coverage_floor = 1;
				p.coverage_power = 2;
			}
			for (size_t k = 1; k <= 40; k += k < 5 ? 1 : 7) {
				int64_t want_ids[40], got_ids[40];
				double want[40], got[40];
				int unused = 0;
				p.topk = 0;
				int n = top_rows(db, &p, queries[q], k, want_ids, want, &unused);
				assert_int_equal(unused, 0);
				p.topk = k;
				assert_int_equal(top_rows(db, &p, queries[q], k, got_ids, got, &skipped), n);
				for (int i = 0; i < n; i++) {
					assert_int_equal(got_ids[i], want_ids[i]);
					CLOSE(got[i], want[i]);
				}
				/* one phrase: psearch_topk gives the same; else it declines */
				int one = q < 2 || q >= 6;
				int direct = topk_rows(db, &p, queries[q], got_ids, got);
				if (!one)
					assert_int_equal(direct, -1);
				else {
					tops++;
					assert_int_equal(direct, n);
					for (int i = 0; i < n; i++) {
						assert_int_equal(got_ids[i], want_ids[i]);
						assert_true(got[i] == want[i]);
					}
				}
				/* psearch_gather: the same rows with the same scores, for any phrases */
				assert_int_equal(gather_rows(db, &p, queries[q], got_ids, got), n);
				for (int i = 0; i < n; i++) {
					assert_int_equal(got_ids[i], want_ids[i]);
					assert_true(got[i] == want[i]);
				}
				/* a floor at the k-th score skips from the first row, keeps it */
				p.floor = n > 0 ? want[n - 1] : 0;
				assert_int_equal(top_rows(db, &p, queries[q], k, got_ids, got, &skipped), n);
				for (int i = 0; i < n; i++)
					assert_int_equal(got_ids[i], want_ids[i]);
				assert_int_equal(gather_rows(db, &p, queries[q], got_ids, got), n);
				for (int i = 0; i < n; i++)
					assert_int_equal(got_ids[i], want_ids[i]);
				p.floor = 0;
			}
		}
	}
	assert_true(skipped > 10000);	/* 74,649 when written */
	assert_int_equal(tops, 7 * 8 * 10);	/* queries x variants x k */

	/* a k beyond memory (a caller wanting every row) keeps every row */
	{
		struct rank_params all;
		static int64_t want_ids[600], got_ids[600];
		static double want[600], got[600];
		int unused = 0;
		params(&all, 1.2, 0.75, 1);
		all.idf[0] = 2;
		int n = top_rows(db, &all, "a1", 600, want_ids, want, &unused);
		assert_true(n > 100);
		all.topk = (size_t)INT64_MAX;
		assert_int_equal(topk_rows(db, &all, "a1", got_ids, got), n);
		assert_int_equal(top_rows(db, &all, "a1", 600, got_ids, got, &unused), n);
		assert_int_equal(unused, 0);
		for (int i = 0; i < n; i++)
			assert_int_equal(got_ids[i], want_ids[i]);
	}

	/* a negative boost makes scores below 0 possible: then nothing is skipped */
	struct rank_params neg;
	params(&neg, 1.2, 0.75, 2);
	neg.boost[1] = -1;
	neg.topk = 1;
	assert_false(rank_scores_nonnegative(&neg));
	int64_t ids[1];
	double top[1];
	int none = 0;
	sqlite3_stmt *st;
	assert_int_equal(top_rows(db, &neg, "a0 OR a1", 1, ids, top, &none), 1);
	assert_int_equal(none, 0);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM big WHERE big MATCH 'a11 OR a1'"
	    " AND " RANK_FUNCTION "(big, ?1) < 0", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_pointer(st, 1, &neg, RANK_POINTER_TYPE, NULL);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_true(sqlite3_column_int(st, 0) > 0);
	sqlite3_finalize(st);
}

/* rank_scores_nonnegative: every parameter that could make a score negative. */
static void test_rank_scores_nonnegative(void **state)
{
	(void)state;
	struct rank_params p;
	params(&p, 1.2, 0.75, 3);
	assert_true(rank_scores_nonnegative(&p));
	p.coverage_floor = 0.5;
	p.coverage_power = 3;
	assert_true(rank_scores_nonnegative(&p));
	p.title_b = 0;
	assert_true(rank_scores_nonnegative(&p));
	for (int change = 0; change < 8; change++) {
		params(&p, 1.2, 0.75, 3);
		switch (change) {
		case 0: p.k1 = -0.1; break;
		case 1: p.b = 1.5; break;
		case 2: p.b = -0.1; break;
		case 3: p.weight[2] = -1; break;
		case 4: p.boost[2] = -0.5; break;
		case 5: p.coverage_floor = -1; break;
		case 6: p.coverage_power = NAN; break;
		case 7: p.title_b = 1.5; break;
		}
		assert_false(rank_scores_nonnegative(&p));
	}
}

static void test_rank_needs_parameters(void **state)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(*state, "SELECT " RANK_FUNCTION "(t) FROM t"
	    " WHERE t MATCH 'apple'", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ERROR);
	assert_non_null(strstr(sqlite3_errmsg(*state), RANK_FUNCTION));
	sqlite3_finalize(st);
	/* a pointer of another type is not taken for ours */
	assert_int_equal(sqlite3_prepare_v2(*state, "SELECT " RANK_FUNCTION "(t, ?1) FROM t"
	    " WHERE t MATCH 'apple'", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_pointer(st, 1, st, "something_else", NULL);
	assert_int_equal(sqlite3_step(st), SQLITE_ERROR);
	sqlite3_finalize(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rank_saturation),
		cmocka_unit_test(test_rank_length_per_column),
		cmocka_unit_test(test_rank_title_b),
		cmocka_unit_test(test_rank_idf_counted),
		cmocka_unit_test(test_rank_boost),
		cmocka_unit_test(test_rank_coverage),
		cmocka_unit_test(test_rank_explain),
		cmocka_unit_test(test_rank_needs_parameters),
		cmocka_unit_test(test_rank_topk_is_exact),
		cmocka_unit_test(test_rank_scores_nonnegative),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
