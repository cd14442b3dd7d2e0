/*
 * test_plan.c: unit tests of lib/plan.c (the FTS5 expression of a query
 * and its phrases' ranking) and lib/words.c (the words ranked on).
 *
 * The expressions are checked as exact strings: what FTS5 runs must be
 * only strings, AND, OR, NOT and parentheses, whatever the user typed.
 * The phrase parameters are checked in expression order, since rank.c
 * reads them by position.
 */
#include <setjmp.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "plan.h"
#include "syntax.h"
#include "tokenizer.h"
#include "words.h"

struct fixture {
	sqlite3 *db;
	struct tokenizer_session *tok;
	struct search_options o;
	struct search_tuning tu;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	char err[256];
	assert_non_null(f);
	assert_int_equal(sqlite3_open(":memory:", &f->db), SQLITE_OK);
	assert_int_equal(tokenizer_register(f->db, err, sizeof err), 0);
	assert_int_equal(tokenizer_open(f->db, &f->tok, err, sizeof err), 0);
	f->o.weight_title = 2, f->o.weight_section = 1.5, f->o.weight_body = 1;
	search_tuning_default(&f->tu);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	tokenizer_close(f->tok);
	sqlite3_close(f->db);
	free(f);
	return 0;
}

static const struct {
	const char *query, *expression;
	int nphrase;
} term_cases[] = {
	{ "ketamine NMDA", "(\"ketamine\" AND \"NMDA\")", 2 },
	{ "a b OR c", "(\"a\" AND \"b\") OR (\"c\")", 3 },
	{ "depress* -anesthesia NOT \"side effect\"",
	  "(\"depress\"* NOT \"anesthesia\" NOT \"side effect\")", 3 },
	/* quotes inside a word are doubled; FTS5 syntax typed by a user is text */
	{ "say\"s NEAR(x y) col:umn ^start", "(\"say\" AND \"s NEAR(x y) col:umn ^start\")", 2 },
	/* a clause with only exclusions or nothing searchable is left out */
	{ "x OR -y OR ...", "(\"x\")", 1 },
	/* NEAR groups: one term of their clause, each member a string */
	{ "NEAR(a b, 5)", "(NEAR(\"a\" \"b\", 5))", 2 },
	{ "NEAR(a b)", "(NEAR(\"a\" \"b\"))", 2 },
	{ "ketamine a NEAR/5 vacc*", "(\"ketamine\" AND NEAR(\"a\" \"vacc\"*, 5))", 3 },
	{ "NEAR(\"side effects\" nausea, 8)", "(NEAR(\"side effects\" \"nausea\", 8))", 2 },
	{ "x -NEAR(a b) OR NEAR(c d, 0) e", "(\"x\" NOT NEAR(\"a\" \"b\")) OR"
	  " (NEAR(\"c\" \"d\", 0) AND \"e\")", 6 },
	/* the largest distance of a chain: a bare NEAR's 10 */
	{ "NOT a NEAR b NEAR/3 c x", "(\"x\" NOT NEAR(\"a\" \"b\" \"c\"))", 4 },
	{ "a NEAR/12 b NEAR c", "(NEAR(\"a\" \"b\" \"c\", 12))", 3 },
	{ "NEAR(a b, 123456789012)", "(NEAR(\"a\" \"b\", 100000))", 2 },
	/* unsearchable members are left out: one left is that member, none no term */
	{ "NEAR(a ... , 3)", "(\"a\")", 1 },
	{ "x NEAR(... ;;)", "(\"x\")", 1 },
	/* not well formed: the words it is made of */
	{ "NEAR(a, x)", "(\"NEAR\" AND \"a,\" AND \"x\")", 3 },
	{ "a NEAR/ b", "(\"a\" AND \"NEAR/\" AND \"b\")", 3 },
	{ "NEAR(a \"b)", "(\"NEAR\" AND \"a\" AND \"b)\")", 3 },
};

static void test_plan_from_terms(void **state)
{
	struct fixture *f = *state;
	for (size_t c = 0; c < sizeof term_cases / sizeof *term_cases; c++) {
		struct parsed_query p = { 0 };
		struct plan pl = { 0 };
		assert_int_equal(syntax_parse(f->tok, term_cases[c].query, &p), 0);
		for (int i = 0; i < p.n; i++)
			p.t[i].idf = -1;
		plan_init(&pl, &f->o, &f->tu);
		plan_from_terms(&p, &pl);
		assert_string_equal(pl.expr.data, term_cases[c].expression);
		assert_int_equal(pl.rp.nphrase, term_cases[c].nphrase);
		assert_false(pl.or_only);
		plan_free(&pl);
		syntax_free(&p);
	}
}

/*
 * The phrases of a NEAR group in expression order, as FTS5 numbers them:
 * each string inside NEAR(...) is a phrase of its own.
 */
static void test_plan_near_phrases_in_order(void **state)
{
	struct fixture *f = *state;
	struct parsed_query p = { 0 };
	struct plan pl = { 0 };
	static const char *const labels[] = { "x", "side effects", "nausea", "a", "b" };
	assert_int_equal(syntax_parse(f->tok, "-NEAR(a b) x \"side effects\" NEAR/4 nausea",
	    &p), 0);
	for (int i = 0; i < p.n; i++)
		p.t[i].idf = i + 1;
	plan_init(&pl, &f->o, &f->tu);
	plan_from_terms(&p, &pl);
	assert_string_equal(pl.expr.data,
	    "(\"x\" AND NEAR(\"side effects\" \"nausea\", 4) NOT NEAR(\"a\" \"b\"))");
	assert_int_equal(pl.rp.nphrase, 5);
	for (int i = 0; i < 5; i++)
		assert_string_equal(pl.label[i], labels[i]);
	/* x, "side effects", nausea are terms 2, 3, 4 of the query */
	for (int i = 0; i < 3; i++)
		assert_true(pl.rp.idf[i] == i + 3 && pl.rp.boost[i] == 1 && pl.rp.in_coverage[i]);
	for (int i = 3; i < 5; i++)
		assert_true(pl.rp.boost[i] == 0 && !pl.rp.in_coverage[i]);
	plan_free(&pl);

	/* the fall back excludes the group, not each of its words */
	struct words ws = { .n = 0 };
	assert_int_equal(words_collect(f->tok, "x nausea", 0, TOKENIZER_QUERY, &ws), 0);
	plan_init(&pl, &f->o, &f->tu);
	plan_from_words(&ws, &p, &pl);
	assert_string_equal(pl.expr.data, "(\"x\" OR \"nausea\") NOT NEAR(\"a\" \"b\")");
	assert_int_equal(pl.rp.nphrase, 4);
	assert_string_equal(pl.label[3], "b");
	plan_free(&pl);
	words_free(&ws);
	syntax_free(&p);
}

/* Whatever is typed, FTS5 accepts the expression (no "fts5: syntax error"). */
static void test_plan_near_never_an_fts5_error(void **state)
{
	struct fixture *f = *state;
	static const char *const queries[] = {
		"NEAR(a b, 5)", "NEAR(a b)", "a NEAR/5 b", "a NEAR b", "NEAR(", "NEAR()",
		"NEAR(a, x)", "a NEAR/ b", "NEAR/5", "a NEAR/5", "NEAR/5 a", "NEAR(a (b c))",
		"NEAR(a NEAR(b c))", "NEAR(a b, 5))", "((NEAR(a b)))", "NEAR(*)", "NEAR(a *, 2)",
		"NEAR(\"\" \"\")", "NEAR(a \"\", 1)", "NEAR(... ---)", "-NEAR(a b)",
		"NOT NEAR(a b) c", "NEAR(a b, 99999999999999999999)", "NEAR(a b,0)",
		"NEAR(\xE2\x80\x9C" "a b\xE2\x80\x9D c)", "a NEAR/5 \"b c\"* NEAR/1 d*",
		"NEAR(col:a b)", "NEAR(a^ b+, 3)", "NEAR(a b, -3)", "NEAR(a b, 3.5)",
		"NEAR(\xff\xfe x)", "x NEAR(. ,)", "NEAR(a, b, 3)", "NEAR(a b) NEAR/2 c",
	};
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_exec(f->db, "CREATE VIRTUAL TABLE IF NOT EXISTS t USING fts5(body,"
	    " tokenize = '" TOKENIZER_FTS5_OPTION "');"
	    "INSERT INTO t VALUES ('a b c d x nausea side effects');", NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(f->db, "SELECT count(*) FROM t WHERE t MATCH ?1", -1,
	    &st, NULL), SQLITE_OK);
	for (size_t c = 0; c < sizeof queries / sizeof *queries; c++) {
		struct parsed_query p = { 0 };
		struct plan pl = { 0 };
		assert_int_equal(syntax_parse(f->tok, queries[c], &p), 0);
		plan_init(&pl, &f->o, &f->tu);
		plan_from_terms(&p, &pl);
		if (pl.expr.len > 0) {
			sqlite3_bind_text(st, 1, pl.expr.data, -1, SQLITE_STATIC);
			int rc = sqlite3_step(st);
			if (rc != SQLITE_ROW)
				fail_msg("%s -> %s: %s", queries[c], pl.expr.data, sqlite3_errmsg(f->db));
			sqlite3_reset(st);
		}
		plan_free(&pl);
		syntax_free(&p);
	}
	sqlite3_finalize(st);
}

static void test_plan_excluded_phrases_count_nothing(void **state)
{
	struct fixture *f = *state;
	struct parsed_query p = { 0 };
	struct plan pl = { 0 };
	assert_int_equal(syntax_parse(f->tok, "ketamine -anesthesia", &p), 0);
	p.t[0].idf = 1.5;
	plan_init(&pl, &f->o, &f->tu);
	plan_from_terms(&p, &pl);
	assert_int_equal(pl.rp.nphrase, 2);
	assert_string_equal(pl.label[0], "ketamine");
	assert_true(pl.rp.idf[0] == 1.5 && pl.rp.boost[0] == 1 && pl.rp.in_coverage[0]);
	assert_string_equal(pl.label[1], "anesthesia");
	assert_true(pl.rp.boost[1] == 0 && !pl.rp.in_coverage[1]);
	/* an excluded word has no MATCH text to score and needs none */
	const char *texts[RANK_MAX_PHRASES];
	assert_int_equal(plan_phrase_texts(&pl, texts), 1);	/* "ketamine" is in no OR list */
	plan_free(&pl);
	syntax_free(&p);
}

static void test_plan_from_words(void **state)
{
	struct fixture *f = *state;
	struct words ws = { .n = 0 };
	struct plan pl = { 0 };
	const char *texts[RANK_MAX_PHRASES];
	assert_int_equal(words_collect(f->tok, "The treatments of depression work", 1,
	    TOKENIZER_QUERY, &ws), 0);
	assert_int_equal(ws.n, 3);	/* "the", "of" are stop words */
	for (int i = 0; i < ws.n; i++)
		ws.w[i].idf = i + 1, ws.w[i].df = 10 * (i + 1);
	plan_init(&pl, &f->o, &f->tu);
	plan_from_words(&ws, NULL, &pl);
	assert_string_equal(pl.expr.data, "(\"treatments\" OR \"depression\" OR \"work\")");
	assert_true(pl.or_only);
	assert_int_equal(plan_phrase_texts(&pl, texts), 0);
	assert_string_equal(texts[1], "\"depression\"");
	assert_true(pl.df[2] == 30 && pl.rp.idf[2] == 3);
	/* the rarest word keeps its weight, the others weigh (idf / 3)^power */
	assert_true(pl.rp.boost[2] == 1);
	assert_float_equal(pl.rp.boost[0], pow(1.0 / 3, PLAN_IDF_POWER), 1e-12);
	assert_float_equal(pl.rp.boost[1], pow(2.0 / 3, PLAN_IDF_POWER), 1e-12);
	assert_true(pl.rp.boost[0] < pl.rp.boost[1] && pl.rp.boost[1] < 1);
	plan_free(&pl);

	/* a word said three times counts (k3 + 1) 3 / (k3 + 3) times */
	ws.w[1].qtf = 3;
	struct search_tuning tu = f->tu;
	tu.k3 = 2;
	plan_init(&pl, &f->o, &tu);
	pl.idf_power = 0;	/* no idf shape: every other word weighs 1 */
	plan_from_words(&ws, NULL, &pl);
	assert_float_equal(pl.rp.boost[1], 3.0 * 3 / 5, 1e-12);
	assert_true(pl.rp.boost[0] == 1 && pl.rp.boost[2] == 1);
	plan_free(&pl);
	ws.w[1].qtf = 1;

	/* a word whose idf rank.c counts (< 0) is left as it is */
	ws.w[0].idf = -1;
	plan_init(&pl, &f->o, &f->tu);
	plan_from_words(&ws, NULL, &pl);
	assert_true(pl.rp.boost[0] == 1 && pl.rp.boost[2] == 1);
	assert_float_equal(pl.rp.boost[1], pow(2.0 / 3, PLAN_IDF_POWER), 1e-12);
	plan_free(&pl);
	ws.w[0].idf = 1;

	/* excluded terms of a fall back stay excluded and end the OR-only shape */
	struct parsed_query p = { 0 };
	assert_int_equal(syntax_parse(f->tok, "treatments depression work -sleep", &p), 0);
	plan_init(&pl, &f->o, &f->tu);
	plan_from_words(&ws, &p, &pl);
	assert_string_equal(pl.expr.data,
	    "(\"treatments\" OR \"depression\" OR \"work\") NOT \"sleep\"");
	assert_false(pl.or_only);
	assert_int_equal(plan_phrase_texts(&pl, texts), 0);
	assert_null(texts[3]);
	plan_free(&pl);
	syntax_free(&p);
	words_free(&ws);
}

static void test_plan_append_string(void **state)
{
	(void)state;
	struct buf b = { 0 };
	plan_append_string(&b, "a \"b\" c");
	assert_string_equal(b.data, "\"a \"\"b\"\" c\"");
	buf_free(&b);
}

static void test_plan_explain_names_the_phrases(void **state)
{
	struct fixture *f = *state;
	struct parsed_query p = { 0 };
	struct plan pl = { 0 };
	struct rank_explain x;
	memset(&x, 0, sizeof x);
	assert_int_equal(syntax_parse(f->tok, "ketamine nmda", &p), 0);
	plan_init(&pl, &f->o, &f->tu);
	plan_from_terms(&p, &pl);
	x.nphrase = 2, x.score = 3, x.bm25f = 3, x.idf[0] = 1.25, x.tf[1] = 2;
	char *text = plan_explain(&pl, &f->o, &f->tu, &x, 4);
	assert_non_null(text);
	assert_non_null(strstr(text, "score 4.0000 (its source's passages; this one 3.0000)"));
	assert_non_null(strstr(text, "; ketamine: idf 1.250, tf 0"));
	assert_non_null(strstr(text, "; nmda: idf 0.000, tf 2"));
	free(text);
	plan_free(&pl);
	syntax_free(&p);
}

static void test_words_collect(void **state)
{
	struct fixture *f = *state;
	struct words ws = { .n = 0 };
	/* each stem once; a base word's -ment noun is its synonym */
	assert_int_equal(words_collect(f->tok, "Treat treats treating the pay", 0,
	    TOKENIZER_QUERY, &ws), 0);
	assert_int_equal(ws.n, 3);
	assert_string_equal(ws.w[0].surface, "Treat");
	assert_string_equal(ws.w[0].stems[0], "treat");
	assert_int_equal(ws.w[0].nstems, 2);
	assert_string_equal(ws.w[0].stems[1], "treatment");
	assert_string_equal(ws.w[1].surface, "the");
	assert_int_equal(words_find(&ws, "pay", 3), 2);
	assert_int_equal(words_find(&ws, "pa", 2), -1);
	/* how many times the query says each */
	assert_int_equal(ws.w[0].qtf, 3);
	assert_int_equal(ws.w[2].qtf, 1);
	words_free(&ws);
	assert_int_equal(ws.n, 0);
	/* the last word of a prefix query is a prefix */
	assert_int_equal(words_collect(f->tok, "vaccinat", 0, TOKENIZER_PREFIX, &ws), 0);
	assert_int_equal(ws.n, 1);
	assert_true(ws.w[0].prefix);
	words_free(&ws);
	/*
	 * a claim's "WHO" in capitals is the acronym, kept with its capitals
	 * (no index term) and planned as its letters; "who", or a claim all
	 * in capitals, says the pronoun
	 */
	struct plan pl = { 0 };
	assert_int_equal(words_collect(f->tok, "Ketamine is on the WHO list", 1,
	    TOKENIZER_QUERY, &ws), 0);
	assert_int_equal(ws.n, 3);
	assert_string_equal(ws.w[1].stems[0], "WHO");
	assert_true(ws.w[1].acronym && !ws.w[0].acronym);
	plan_init(&pl, &f->o, &f->tu);
	plan_from_words(&ws, NULL, &pl);
	assert_string_equal(pl.expr.data, "(\"Ketamine\" OR \"W H O\" OR \"list\")");
	plan_free(&pl);
	words_free(&ws);
	assert_int_equal(words_collect(f->tok, "Ketamine is on the list of who", 1,
	    TOKENIZER_QUERY, &ws), 0);
	assert_int_equal(ws.n, 2);
	words_free(&ws);
	assert_int_equal(words_collect(f->tok, "KETAMINE IS ON THE WHO LIST", 1,
	    TOKENIZER_QUERY, &ws), 0);
	assert_int_equal(ws.n, 2);
	words_free(&ws);
	/* a query's words are never filtered: "WHO" there is the word who */
	assert_int_equal(words_collect(f->tok, "WHO list", 0, TOKENIZER_QUERY, &ws), 0);
	assert_true(ws.n == 2 && !ws.w[0].acronym && strcmp(ws.w[0].stems[0], "who") == 0);
	words_free(&ws);
	assert_true(words_is_stop("the"));
	assert_true(words_is_stop("yourselves"));
	assert_true(words_is_stop("cannot"));	/* a negator, as "not" and "can't" are */
	assert_true(words_is_stop("dinnae"));	/* and Scots "don't" */
	assert_false(words_is_stop("ketamine"));
	assert_false(words_is_stop("The"));	/* callers lower-case first */
}

/*
 * Stop words (words.c's hash set of its list, and "-n't" forms): each
 * listed word, and nothing else: not a longer or shorter word, another
 * case, or a prefix.
 */
static void test_plan_stop_words(void **state)
{
	(void)state;
	static const char *const stop[] = {
		"a", "about", "and", "between", "could", "does", "i", "its", "itself", "ought",
		"than", "the", "themselves", "within", "yourselves",
		/* "-n't" forms, with either apostrophe: as void as "not" */
		"doesn't", "hasn't", "can't", "isn\xe2\x80\x99t",
		/* a pronoun and its verb in one word: "they're", "you\xe2\x80\x99ve" */
		"it's", "they're", "you\xe2\x80\x99ve", "there's", "i'm", "we'll", "that's",
	};
	static const char *const other[] = {
		"", "ab", "abouts", "kernel", "The", "thee", "th", "doe", "yourself s", "withi",
		"memory", "process", "n't", "don", "isn\xe2\x80\x99s", "ketamine's", "'s", "they'",
		"they'rex", "drug\xe2\x80\x99s",
	};
	for (size_t i = 0; i < sizeof stop / sizeof *stop; i++)
		if (!words_is_stop(stop[i]))
			fail_msg("'%s' is a stop word", stop[i]);
	for (size_t i = 0; i < sizeof other / sizeof *other; i++)
		if (words_is_stop(other[i]))
			fail_msg("'%s' is not a stop word", other[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plan_from_terms),
		cmocka_unit_test(test_plan_stop_words),
		cmocka_unit_test(test_plan_near_phrases_in_order),
		cmocka_unit_test(test_plan_near_never_an_fts5_error),
		cmocka_unit_test(test_plan_excluded_phrases_count_nothing),
		cmocka_unit_test(test_plan_from_words),
		cmocka_unit_test(test_plan_append_string),
		cmocka_unit_test(test_plan_explain_names_the_phrases),
		cmocka_unit_test(test_words_collect),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
