/*
 * test_fetch.c: unit tests of lib/fetch.c on searchfixture.h's index.
 *
 * A walk over an expression's rows (fetch_snippets_walk) must give each
 * row asked for the very snippet a query held to that row gives
 * (fetch_row), for words, phrases, AND, OR and NEAR, for any subset of
 * the rows and in any order, and none to a row the expression does not
 * match.  Whether any row matches an expression (fetch_any_match).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fetch.h"
#include "searchfixture.h"

/* The rowids expr matches, ascending, into ids (at most max): their number. */
static size_t matching(sqlite3 *db, const char *expr, int64_t *ids, size_t max)
{
	sqlite3_stmt *st;
	size_t n = 0;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT rowid FROM passages_fts WHERE"
	    " passages_fts MATCH ?1 ORDER BY rowid", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW && n < max)
		ids[n++] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

static void test_fetch_walk_equals_rows(void **state)
{
	struct fixture *fx = *state;
	sqlite3 *db = store_db(fx->store);
	static const char *const exprs[] = { "sleep", "vaccin", "\"sleep loss\"", "sleep AND adult",
		"coral OR sleep", "NEAR(immun herd, 5)", "antibodi NOT booster" };
	struct fetcher *f;
	struct rank_params rp;
	char err[256];
	rank_params_init(&rp);
	assert_int_equal(fetch_open(db, &f, err, sizeof err), 0);
	for (size_t e = 0; e < NP(exprs); e++) {
		int64_t all[64], ids[66];
		char *want[64], *got[66];
		size_t n = matching(db, exprs[e], all, 64);
		assert_true(n >= 1);
		for (size_t i = 0; i < n; i++) {
			struct fetched c;
			assert_int_equal(fetch_row(f, all[i], 0, exprs[e], &rp, 1, NULL, &c), 0);
			want[i] = c.snippet;
			c.snippet = NULL;
			fetched_free(&c);
		}
		/* subsets: all, every other, the last and the first (in that order), one */
		for (int subset = 0; subset < 4; subset++) {
			size_t m = 0;
			int64_t idx[64];
			for (size_t i = 0; i < n; i++)
				if (subset == 0 || (subset == 1 && i % 2 == 0))
					idx[m++] = (int64_t)i;
			if (subset == 2) {
				idx[m++] = (int64_t)n - 1;
				if (n > 1)
					idx[m++] = 0;
			}
			if (subset == 3)
				idx[m++] = (int64_t)(n / 2);
			for (size_t i = 0; i < m; i++)
				ids[i] = all[idx[i]];
			/* and two rows it does not match: 0 and one past the last row */
			ids[m] = 0;
			ids[m + 1] = 1000;
			memset(got, 0, sizeof got);
			assert_int_equal(fetch_snippets_walk(f, exprs[e], ids, m + 2, got), 0);
			for (size_t i = 0; i < m; i++) {
				assert_non_null(got[i]);
				assert_string_equal(got[i], want[idx[i]]);
			}
			assert_null(got[m]);
			assert_null(got[m + 1]);
			for (size_t i = 0; i < m + 2; i++)
				free(got[i]);
		}
		for (size_t i = 0; i < n; i++)
			free(want[i]);
	}
	assert_int_equal(fetch_snippets_walk(f, "sleep", NULL, 0, NULL), 0);
	fetch_close(f);
}

/*
 * fetch_any_match: 1 for an expression some row matches (a phrase in the
 * fixture's words), 0 for one none does (the words apart, a word no row
 * holds), -1 for a malformed one; the statement is reused.
 */
static void test_fetch_any_match(void **state)
{
	struct fixture *fx = *state;
	struct fetcher *f;
	char err[256];
	assert_int_equal(fetch_open(store_db(fx->store), &f, err, sizeof err), 0);
	assert_int_equal(fetch_any_match(f, "\"sleep apnea\""), 1);
	assert_int_equal(fetch_any_match(f, "\"apnea sleep\""), 0);
	assert_int_equal(fetch_any_match(f, "\"mycorrhizae\" OR \"quantum\""), 0);
	assert_int_equal(fetch_any_match(f, "\"x\" OR \"cold chain\""), 1);
	assert_int_equal(fetch_any_match(f, "\"unclosed"), -1);
	assert_int_equal(fetch_any_match(f, "coral"), 1);
	fetch_close(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fetch_walk_equals_rows),
		cmocka_unit_test(test_fetch_any_match),
	};
	return cmocka_run_group_tests_name("fetch", tests, group_setup, group_teardown);
}
