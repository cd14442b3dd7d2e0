/*
 * test_rowscore.c: unit tests of lib/rowscore.c, scoring rows outside a
 * MATCH.
 *
 * An in-memory index of the shape the store makes (passages_content and
 * an external-content passages_fts with the snowball tokenizer) holds 300
 * random rows over a vocabulary chosen to be awkward: stems with raw forms,
 * "-ment" nouns the query side adds as synonyms, possessives, curly
 * apostrophes, diacritics, capitals, a word longer than the stemmer takes,
 * an empty section.  For random sets of phrases (words, prefixes, an
 * excluded word) and random parameters, every row psearch_rank() scores in
 * FTS5 must get exactly the same double from rowscore_score(), and rows
 * that hold none of the phrases must score 0.  Then what is refused:
 * phrases of several words or other syntax, a missing row, a parameter
 * count that does not match.  Rows kept (rowscore_keep_rows) score the
 * same from their recorded tokens, give the tokens the tokenizer gives
 * (rowscore_words), and are not read again until forgotten.
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
#include "rowscore.h"
#include "tokenizer.h"
#include "util.h"

#define NROWS 300

static const char *const vocabulary[] = {
	"running", "runs", "ran", "run", "Runner", "develop", "development", "developing",
	"treat", "treatment", "treatments", "ketamine's", "Ketamine", "ketamine\xE2\x80\x99s",
	"caf\xC3\xA9", "cafe", "CAF\xC3\x89", "the", "of", "a", "depression", "depressive",
	"pay", "payment", "don't", "'quoted'", "x",
	"pneumonoultramicroscopicsilicovolcanoconiosisandthensomemorelettersforlength",
	"dose", "doses", "dosing", "therapy", "therapies", "therapist", "2024", "mg",
};
#define NVOCAB (sizeof vocabulary / sizeof *vocabulary)

static const char *const titles[] = {
	"Ketamine treatment", "Running and development", "", "The caf\xC3\xA9 of doses",
};

/* Phrases as the search writes them; every one a single position. */
static const char *const phrases[] = {
	"\"running\"", "\"ran\"", "\"develop\"", "\"development\"", "\"treat\"",
	"\"ketamine\"", "\"Ketamine's\"", "\"cafe\"", "\"caf\xC3\xA9\"", "\"depression\"",
	"\"pay\"", "\"don't\"", "\"therapy\"", "\"dose\"", "\"2024\"", "\"the\"",
	"\"run\"*", "\"dev\"*", "\"therap\"*", "\"ket\"*", "\"x\"*", "\"Runn\"*",
	"\"pneumonoultramicroscopicsilicovolcanoconiosisandthensomemorelettersforlength\"",
};
#define NPHRASES (sizeof phrases / sizeof *phrases)

struct fixture {
	sqlite3 *db;
	struct tokenizer_session *tok;
	struct rowscore *rs;
	double avglen[RANK_COLUMNS];
};

static unsigned next_random(unsigned *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return (*seed >> 16) & 0x7fff;
}

static void random_text(struct buf *b, unsigned *seed, int words)
{
	buf_reset(b);
	for (int i = 0; i < words; i++) {
		const char *w = vocabulary[next_random(seed) % NVOCAB];
		buf_printf(b, "%s%s", i ? (next_random(seed) % 9 ? " " : ". ") : "", w);
	}
	buf_puts(b, "");
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	char err[256];
	sqlite3_stmt *st;
	struct buf section = { 0 }, body = { 0 };
	unsigned seed = 7;

	assert_non_null(f);
	assert_int_equal(sqlite3_open(":memory:", &f->db), SQLITE_OK);
	assert_int_equal(tokenizer_register(f->db, err, sizeof err), 0);
	assert_int_equal(rank_register(f->db, err, sizeof err), 0);
	assert_int_equal(sqlite3_exec(f->db,
	    "CREATE TABLE passages_content(id INTEGER PRIMARY KEY, title, section, body);"
	    "CREATE VIRTUAL TABLE passages_fts USING fts5(title, section, body,"
	    " content='passages_content', content_rowid='id', tokenize='snowball english');",
	    NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(f->db,
	    "INSERT INTO passages_content VALUES (?1, ?2, ?3, ?4)", -1, &st, NULL), SQLITE_OK);
	for (int i = 1; i <= NROWS; i++) {
		random_text(&section, &seed, (int)(next_random(&seed) % 3));
		random_text(&body, &seed, 1 + (int)(next_random(&seed) % 40));
		sqlite3_bind_int64(st, 1, i);
		sqlite3_bind_text(st, 2, titles[i % 4], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, section.data, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, body.data, -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	buf_free(&section);
	buf_free(&body);
	assert_int_equal(sqlite3_exec(f->db,
	    "INSERT INTO passages_fts(passages_fts) VALUES ('rebuild')", NULL, NULL, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(f->db, "SELECT psearch_avglen(passages_fts, 0),"
	    " psearch_avglen(passages_fts, 1), psearch_avglen(passages_fts, 2)"
	    " FROM passages_fts LIMIT 1", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	for (int c = 0; c < RANK_COLUMNS; c++)
		f->avglen[c] = sqlite3_column_double(st, c);
	sqlite3_finalize(st);
	assert_int_equal(tokenizer_open(f->db, &f->tok, err, sizeof err), 0);
	assert_int_equal(rowscore_open(f->db, f->tok, &f->rs), 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	rowscore_close(f->rs);
	tokenizer_close(f->tok);
	sqlite3_close(f->db);
	free(f);
	return 0;
}

/*
 * FTS5's score of every row matching any of the n phrases under p (the
 * phrases OR'd, in order), compared with rowscore's; the rows compared.
 */
static int compare_with_fts5(struct fixture *f, const char *const *chosen, int n,
    const struct rank_params *p, int *seen)
{
	struct buf expr = { 0 };
	sqlite3_stmt *st;
	int compared = 0;

	for (int i = 0; i < n; i++)
		buf_printf(&expr, "%s%s", i ? " OR " : "", chosen[i]);
	assert_false(expr.oom);
	assert_int_equal(sqlite3_prepare_v2(f->db, "SELECT rowid, psearch_rank(passages_fts, ?2)"
	    " FROM passages_fts WHERE passages_fts MATCH ?1", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, expr.data, -1, SQLITE_STATIC);
	sqlite3_bind_pointer(st, 2, (void *)p, RANK_POINTER_TYPE, NULL);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		double want = sqlite3_column_double(st, 1), got = -1;
		assert_int_equal(rowscore_score(f->rs, p, f->avglen, id, &got), 0);
		if (got != want)
			fail_msg("%s: row %lld scores %.17g in FTS5, %.17g here", expr.data,
			    (long long)id, want, got);
		seen[id] = 1;
		compared++;
	}
	assert_int_equal(rc, SQLITE_DONE);
	sqlite3_finalize(st);
	buf_free(&expr);
	return compared;
}

static void test_rowscore_same_scores_as_fts5(void **state)
{
	struct fixture *f = *state;
	unsigned seed = 11;
	int compared = 0, zeros = 0;

	for (int round = 0; round < 400; round++) {
		const char *chosen[8], *counted[8];
		struct rank_params p;
		int n = 1 + (int)(next_random(&seed) % 8);
		int seen[NROWS + 1] = { 0 };

		rank_params_init(&p);
		p.k1 = (next_random(&seed) % 30) / 10.0;
		p.b = (next_random(&seed) % 11) / 10.0;
		for (int c = 0; c < RANK_COLUMNS; c++)
			p.weight[c] = (next_random(&seed) % 4) / 2.0;
		p.coverage_floor = (next_random(&seed) % 3) / 2.0;
		p.coverage_power = next_random(&seed) % 3;
		p.nphrase = n;
		for (int i = 0; i < n; i++) {
			chosen[i] = counted[i] = phrases[next_random(&seed) % NPHRASES];
			p.idf[i] = 0.1 + (next_random(&seed) % 100) / 10.0;
			p.boost[i] = (next_random(&seed) % 5) / 2.0;
			p.in_coverage[i] = next_random(&seed) % 2;
			if (next_random(&seed) % 6 == 0) {	/* counts nothing, as excluded words */
				counted[i] = NULL;
				p.boost[i] = 0;
				p.in_coverage[i] = 0;
			}
		}
		assert_int_equal(rowscore_set_phrases(f->rs, counted, n), 0);
		compared += compare_with_fts5(f, chosen, n, &p, seen);
		/* a row holding none of the phrases scores nothing */
		for (int id = 1; id <= NROWS; id += 7) {
			double got = -1;
			if (seen[id])
				continue;
			assert_int_equal(rowscore_score(f->rs, &p, f->avglen, id, &got), 0);
			assert_true(got == 0);
			zeros++;
		}
	}
	/* the comparisons cover many rows, and rows that match nothing */
	assert_true(compared > 10000);
	assert_true(zeros > 100);
}

static void test_rowscore_refuses(void **state)
{
	struct fixture *f = *state;
	static const char *const refused[] = {
		"\"two words\"", "running", "\"running\" OR \"ran\"", "\"running\"**",
		"\"unterminated", "\"a\"\"b c\"", "\"don't stop\"*", "",
	};
	for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
		const char *one[2] = { "\"ketamine\"", refused[i] };
		if (rowscore_set_phrases(f->rs, one, 2) != ROWSCORE_UNSUPPORTED)
			fail_msg("phrase <%s> was accepted", refused[i]);
	}
	/* a quote inside is one word's apostrophe-free text, accepted */
	const char *quoted[1] = { "\"say\"\"\"" };
	assert_int_equal(rowscore_set_phrases(f->rs, quoted, 1), 0);

	struct rank_params p;
	double score;
	const char *one[1] = { "\"ketamine\"" };
	rank_params_init(&p);
	p.nphrase = 1;
	p.idf[0] = 1;
	p.boost[0] = 1;
	assert_int_equal(rowscore_set_phrases(f->rs, one, 1), 0);
	assert_int_equal(rowscore_score(f->rs, &p, f->avglen, NROWS + 1, &score),
	    ROWSCORE_NO_ROW);
	p.nphrase = 2;
	assert_int_equal(rowscore_score(f->rs, &p, f->avglen, 1, &score), -1);
}

/* A token as a tokenizer callback sees it, appended to a buf as one line. */
static int token_line(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	buf_printf(ctx, "%.*s %zu %zu %d\n", (int)n, term, start, end, colocated);
	return 0;
}

static void test_rowscore_kept_rows(void **state)
{
	struct fixture *f = *state;
	unsigned seed = 23;
	int compared = 0;
	sqlite3_stmt *st;

	rowscore_keep_rows(f->rs, ROWSCORE_KEEP);
	/* each row read once, then scored from its tokens under other phrases */
	for (int round = 0; round < 60; round++) {
		const char *chosen[4];
		struct rank_params p;
		int n = 1 + (int)(next_random(&seed) % 4);
		int seen[NROWS + 1] = { 0 };
		rank_params_init(&p);
		p.nphrase = n;
		for (int i = 0; i < n; i++) {
			chosen[i] = phrases[next_random(&seed) % NPHRASES];
			p.idf[i] = 0.1 + (next_random(&seed) % 100) / 10.0;
			p.boost[i] = 1;
		}
		assert_int_equal(rowscore_set_phrases(f->rs, chosen, n), 0);
		compared += compare_with_fts5(f, chosen, n, &p, seen);
	}
	assert_true(compared > 3000);

	/* the tokens of each column, as tokenizer_run gives them */
	assert_int_equal(sqlite3_prepare_v2(f->db, "SELECT title, section, body FROM"
	    " passages_content WHERE id = ?1", -1, &st, NULL), SQLITE_OK);
	for (int id = 1; id <= 40; id++) {
		sqlite3_bind_int64(st, 1, id);
		assert_int_equal(sqlite3_step(st), SQLITE_ROW);
		for (int c = 0; c < RANK_COLUMNS; c++) {
			struct buf want = { 0 }, got = { 0 };
			const char *text = (const char *)sqlite3_column_text(st, c), *kept;
			size_t len = (size_t)sqlite3_column_bytes(st, c), kept_len;
			buf_puts(&want, "");
			buf_puts(&got, "");
			assert_int_equal(tokenizer_run(f->tok, TOKENIZER_DOCUMENT, text, len,
			    token_line, &want), 0);
			assert_int_equal(rowscore_words(f->rs, id, c, token_line, &got, &kept,
			    &kept_len), 0);
			assert_int_equal(kept_len, len);
			assert_memory_equal(kept, text, len);
			assert_string_equal(got.data, want.data);
			buf_free(&want);
			buf_free(&got);
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);

	/* a kept row is not read again: its text changed, it still gives the old */
	const char *text;
	size_t len;
	struct buf old5 = { 0 }, old7 = { 0 }, seen = { 0 };
	rowscore_keep_rows(f->rs, ROWSCORE_KEEP);	/* the rows kept so far forgotten */
	assert_int_equal(rowscore_words(f->rs, 5, 2, token_line, &seen, &text, &len), 0);
	buf_append(&old5, text, len);
	buf_puts(&old5, "");
	/* no more kept: row 5 stays, row 7 is read afresh each time */
	rowscore_keep_rows(f->rs, ROWSCORE_KEEP_NO_MORE);
	assert_int_equal(rowscore_words(f->rs, 7, 2, token_line, &seen, &text, &len), 0);
	buf_append(&old7, text, len);
	buf_puts(&old7, "");
	assert_int_equal(sqlite3_exec(f->db, "UPDATE passages_content SET body = 'coral reef'"
	    " WHERE id IN (5, 7)", NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(rowscore_words(f->rs, 5, 2, token_line, &seen, &text, &len), 0);
	assert_int_equal(len, old5.len);
	assert_memory_equal(text, old5.data, len);
	buf_reset(&seen);
	assert_int_equal(rowscore_words(f->rs, 7, 2, token_line, &seen, &text, &len), 0);
	assert_int_equal(len, strlen("coral reef"));
	assert_non_null(strstr(seen.data, "coral 0 5 0"));
	/* (the fixture has no "coral": what row 5 gave was its old text) */
	assert_false(strstr(old5.data, "coral"));
	/* forgotten, it is read afresh */
	rowscore_keep_rows(f->rs, 0);
	buf_reset(&seen);
	assert_int_equal(rowscore_words(f->rs, 5, 2, token_line, &seen, &text, &len), 0);
	assert_int_equal(len, strlen("coral reef"));
	assert_non_null(strstr(seen.data, "coral 0 5 0"));
	assert_int_equal(rowscore_words(f->rs, NROWS + 1, 2, token_line, &seen, &text, &len),
	    ROWSCORE_NO_ROW);
	/* the fixture's rows back as they were */
	assert_int_equal(sqlite3_prepare_v2(f->db, "UPDATE passages_content SET body = ?1"
	    " WHERE id = ?2", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, old5.data, (int)old5.len, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, 5);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_reset(st);
	sqlite3_bind_text(st, 1, old7.data, (int)old7.len, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, 7);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	buf_free(&old5);
	buf_free(&old7);
	buf_free(&seen);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rowscore_same_scores_as_fts5),
		cmocka_unit_test(test_rowscore_refuses),
		cmocka_unit_test(test_rowscore_kept_rows),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
