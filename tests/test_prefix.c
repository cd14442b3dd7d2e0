/*
 * test_prefix.c: the vocabulary's stems of a prefix, the tokenizer's
 * expansion of a prefix in a stems-only table, and the check of rows
 * against the expression with raw forms (prefix.h).  A fresh :memory:
 * database per test, holding the index's tables as the store makes them
 * (the columns prefix.c reads).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "prefix.h"
#include "tokenizer.h"
#include "tokfixture.h"

/* tokfixture.h's database and session, with the index's tables and a prefix. */
struct fixture {
	void *tok_state;	/* a struct tok_fixture */
	sqlite3 *db;
	struct tokenizer_session *tok;
	struct prefix *px;
	sqlite3_stmt *lookup;
};

/* Raw forms as the indexer would keep them: raw, stem (never equal). */
static const char *const vocabulary[][2] = {
	{ "cities", "citi" }, { "city", "citi" }, { "connected", "connect" },
	{ "connecting", "connect" }, { "connection", "connect" }, { "connections", "connect" },
	{ "generalization", "general" }, { "happier", "happier" }, { "happily", "happili" },
	{ "happiness", "happi" }, { "happy", "happi" }, { "terminal", "termin" },
	{ "caf\xc3\xa9s", "cafe" },	/* never stored so (the tokenizer folds diacritics): ignored */
	{ "cafes", "cafe" },
};

/* Passages: id, body (title and section empty). */
static const char *const bodies[] = {
	"Synapses form new connections every day.",	/* 1: connections */
	"The wires were connected at dawn.",		/* 2: connected only */
	"A happy ending after all.",			/* 3: happy */
	"Happiness is a warm puppy.",			/* 4: happiness only */
	"Two caf\xc3\xa9s on the CITY square.",		/* 5: cafés, city */
	"Many cities have rivers.",			/* 6: cities only */
	"Connecticut is a state.",			/* 7: stem connecticut */
	"Nothing to see.",				/* 8: the title holds connecting */
	"Nothing more.",				/* 9: the heading holds happy too */
	"Connected by a disconnection.",		/* 10: connecti inside a word only */
	"They said 'connecting' then left.",		/* 11: a quote before the word */
};

static void exec_ok(sqlite3 *db, const char *sql)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
	if (rc != SQLITE_OK)
		fail_msg("%s: %s", sql, msg ? msg : "?");
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	char err[256];
	sqlite3_stmt *st;
	assert_non_null(f);
	tok_setup(&f->tok_state);
	f->db = ((struct tok_fixture *)f->tok_state)->db;
	f->tok = ((struct tok_fixture *)f->tok_state)->tok;
	exec_ok(f->db, "CREATE TABLE vocabulary(raw TEXT PRIMARY KEY, stem TEXT NOT NULL)"
	    " WITHOUT ROWID;"
	    "CREATE TABLE sources(id INTEGER PRIMARY KEY, title TEXT NOT NULL);"
	    "CREATE TABLE sections(id INTEGER PRIMARY KEY, text TEXT NOT NULL);"
	    "CREATE TABLE passage_rows(id INTEGER PRIMARY KEY, source_id INTEGER, section INTEGER,"
	    " body TEXT NOT NULL);"
	    "CREATE VIEW passages_content AS SELECT p.id AS id, s.title AS title,"
	    " coalesce(c.text, '') AS section, p.body AS body FROM passage_rows p"
	    " JOIN sources s ON s.id = p.source_id LEFT JOIN sections c ON c.id = p.id - p.section;"
	    "CREATE VIRTUAL TABLE passages_fts USING fts5(title, section, body,"
	    " content='passages_content', content_rowid='id',"
	    " tokenize='" TOKENIZER_FTS5_OPTION "');");
	assert_int_equal(sqlite3_prepare_v2(f->db, "INSERT INTO vocabulary VALUES(?1, ?2)", -1,
	    &st, NULL), SQLITE_OK);
	for (size_t i = 0; i < sizeof vocabulary / sizeof *vocabulary; i++) {
		sqlite3_bind_text(st, 1, vocabulary[i][0], -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, vocabulary[i][1], -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	exec_ok(f->db, "INSERT INTO sources VALUES(1, 'Notes');"
	    "INSERT INTO sources VALUES(2, 'On connecting things');"
	    "INSERT INTO sections VALUES(8, 'Of happy people');");
	/* rows 1-7 of source 1, without a heading; 8-11 of source 2, 8 and 9 under 8's heading */
	assert_int_equal(sqlite3_prepare_v2(f->db, "INSERT INTO passage_rows VALUES(?1,"
	    " 1 + (?1 > 7), CASE ?1 WHEN 8 THEN 0 WHEN 9 THEN 1 END, ?2)", -1, &st, NULL), SQLITE_OK);
	for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++) {
		sqlite3_bind_int64(st, 1, (sqlite3_int64)i + 1);
		sqlite3_bind_text(st, 2, bodies[i], -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	exec_ok(f->db, "INSERT INTO passages_fts(passages_fts) VALUES('rebuild')");
	assert_int_equal(sqlite3_prepare_v2(f->db, PREFIX_STEMS_SQL, -1, &f->lookup, NULL), SQLITE_OK);
	assert_int_equal(prefix_open(f->db, f->tok, &f->px, err, sizeof err), 0);
	*state = f;
	return 0;
}

/* Fails when the lookup statement was left in error. */
static int teardown(void **state)
{
	struct fixture *f = *state;
	int rc = sqlite3_finalize(f->lookup) == SQLITE_OK ? 0 : -1;
	prefix_close(f->px);
	tok_teardown(&f->tok_state);
	free(f);
	return rc;
}

struct stems {
	char out[256];
	int calls;
};

static int collect(void *ctx, const char *stem, size_t n)
{
	struct stems *s = ctx;
	size_t len = strlen(s->out);
	snprintf(s->out + len, sizeof s->out - len, "%.*s ", (int)n, stem);
	s->calls++;
	return 0;
}

static int stop_at_first(void *ctx, const char *stem, size_t n)
{
	(void)stem, (void)n;
	(*(int *)ctx)++;
	return 7;
}

/* Table-driven: a prefix and the stems it adds (each once), as collect lists them. */
static void test_prefix_stems_of_raw_forms(void **state)
{
	struct fixture *f = *state;
	static const struct { const char *prefix, *want; } cases[] = {
		{ "connecti", "connect " },	/* connecting, connection(s) */
		{ "connections", "connect " },
		{ "connect", "" },		/* every stem starts with it: FTS5 has them */
		{ "conn", "" },
		{ "happy", "happi " },		/* y -> i: the stem is no extension of the word */
		{ "happ", "" },
		{ "happie", "" },		/* happier is its own stem, and starts with it */
		{ "happil", "" },		/* happili starts with happil */
		{ "happin", "happi " },
		{ "city", "citi " },
		{ "cit", "" },
		{ "generaliz", "general " },
		{ "cafes", "cafe " },
		{ "terminal", "termin " },
		{ "zebra", "" },
		{ "", "" },			/* every raw form; every stem starts with "" */
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct stems s = { "", 0 };
		int rc = prefix_stems(f->lookup, cases[i].prefix, strlen(cases[i].prefix), collect, &s);
		if (rc != 0 || strcmp(s.out, cases[i].want) != 0)
			fail_msg("%s*: rc %d, stems \"%s\", want \"%s\"", cases[i].prefix, rc, s.out,
			    cases[i].want);
	}
	/* fn's value stops the walk and is returned */
	int calls = 0;
	assert_int_equal(prefix_stems(f->lookup, "connecti", 8, stop_at_first, &calls), 7);
	assert_int_equal(calls, 1);
	/* no vocabulary (an index that keeps its raw forms in FTS5): no stem */
	struct stems none = { "", 0 };
	assert_int_equal(prefix_stems(NULL, "connecti", 8, collect, &none), 0);
	assert_int_equal(none.calls, 0);
	assert_int_equal(prefix_expands(f->px, "connecti", 8), 1);
	assert_int_equal(prefix_expands(f->px, "connect", 7), 0);
}

/* The rows of expr in the stems-only table (expanded, unchecked), and those admitted. */
static void rows_of(struct fixture *f, const char *expr, int negated, char *all, char *admitted,
    size_t size)
{
	sqlite3_stmt *st;
	all[0] = admitted[0] = 0;
	prefix_begin(f->px, expr, negated);
	assert_int_equal(sqlite3_prepare_v2(f->db, "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?1"
	    " ORDER BY rowid", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		sqlite3_int64 id = sqlite3_column_int64(st, 0);
		snprintf(all + strlen(all), size - strlen(all), "%lld ", (long long)id);
		int ok = prefix_admit(f->px, id);
		assert_true(ok >= 0);
		if (ok)
			snprintf(admitted + strlen(admitted), size - strlen(admitted), "%lld ",
			    (long long)id);
	}
	sqlite3_finalize(st);
}

/*
 * A prefix whose raw forms' stems do not start with it matches a superset
 * in the stems-only table; the check keeps exactly the rows holding a stem
 * or a raw form that starts with it.
 */
static void test_prefix_admit_keeps_the_rows_with_the_prefix(void **state)
{
	struct fixture *f = *state;
	char all[256], admitted[256];
	/* connect* widens to "connected"; 8-11 have "connecting" in their title */
	rows_of(f, "\"connecti\"*", 0, all, admitted, sizeof all);
	assert_string_equal(all, "1 2 7 8 9 10 11 ");
	assert_string_equal(admitted, "1 7 8 9 10 11 ");
	/* the text test of a lone prefix, and FTS5's check of any other expression, agree */
	exec_ok(f->db, "UPDATE sources SET title = 'Notes' WHERE id = 2");
	rows_of(f, "\"connecti\"*", 0, all, admitted, sizeof all);
	assert_string_equal(admitted, "1 7 11 ");
	rows_of(f, "\"connecti\"* OR \"zebra\"", 0, all, admitted, sizeof all);
	assert_string_equal(admitted, "1 7 11 ");
	rows_of(f, "\"happy\"*", 0, all, admitted, sizeof all);
	assert_string_equal(all, "3 4 8 9 ");
	assert_string_equal(admitted, "3 8 9 ");
	rows_of(f, "\"city\"*", 0, all, admitted, sizeof all);	/* any case: CITY */
	assert_string_equal(all, "5 6 ");
	assert_string_equal(admitted, "5 ");
	rows_of(f, "\"caf\xc3\xa9s\"*", 0, all, admitted, sizeof all);	/* diacritics folded */
	assert_string_equal(admitted, "5 ");
	/*
	 * A negated prefix is not widened (a blank ends it): FTS5 drops only the
	 * rows with a stem starting with it, and the check the rest that hold it.
	 */
	rows_of(f, "\"happiness\" NOT \"happy \"*", 1, all, admitted, sizeof all);
	assert_string_equal(all, "3 4 8 9 ");		/* all stem to happi */
	assert_string_equal(admitted, "4 ");
	/* nothing widened: no row is checked, every row is admitted */
	rows_of(f, "\"connect\"*", 0, all, admitted, sizeof all);
	assert_string_equal(all, "1 2 7 8 9 10 11 ");
	assert_string_equal(admitted, all);
}

/* Without the expander the stems-only table misses the rows held by raw forms alone. */
static void test_prefix_expander_is_what_finds_raw_forms(void **state)
{
	struct fixture *f = *state;
	char all[256], admitted[256];
	assert_int_equal(tokenizer_prefix_expander(f->tok, NULL, NULL), 0);
	rows_of(f, "\"happy\"*", 0, all, admitted, sizeof all);
	assert_string_equal(all, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_prefix_stems_of_raw_forms, setup, teardown),
		cmocka_unit_test_setup_teardown(test_prefix_admit_keeps_the_rows_with_the_prefix,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_prefix_expander_is_what_finds_raw_forms,
		    setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
