/*
 * test_syntax.c: unit tests of lib/syntax.c, the default query language.
 *
 * Table-driven: each query and the terms it must give (text, prefix,
 * negated, phrase, clause, searchable, word count), then the contract
 * that no input fails: stray operators, unclosed quotes, curly quotes,
 * lone '*' and '-', parentheses.  NEAR groups: each form, and every
 * malformed one read as the words it is made of.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "syntax.h"
#include "tokenizer.h"

#include "tokfixture.h"

struct want_term {
	const char *text;
	int prefix, negated, phrase, clause, searchable, ntokens;
};

struct parse_case {
	const char *query;
	int n;
	struct want_term t[6];
	int clauses;
};

static const struct parse_case cases[] = {
	{ "ketamine NMDA", 2, { { "ketamine", 0, 0, 0, 0, 1, 1 }, { "NMDA", 0, 0, 0, 0, 1, 1 } }, 0 },
	{ "\"rapid relief\" fast", 2, {
		{ "rapid relief", 0, 0, 1, 0, 1, 2 }, { "fast", 0, 0, 0, 0, 1, 1 } }, 0 },
	/* curly quotes; an unclosed quote runs to the end */
	{ "\xE2\x80\x9Cside effects\xE2\x80\x9D \"dose", 2, {
		{ "side effects", 0, 0, 1, 0, 1, 2 }, { "dose", 0, 0, 1, 0, 1, 1 } }, 0 },
	{ "a b OR c d", 4, { { "a", 0, 0, 0, 0, 1, 1 }, { "b", 0, 0, 0, 0, 1, 1 },
		{ "c", 0, 0, 0, 1, 1, 1 }, { "d", 0, 0, 0, 1, 1, 1 } }, 1 },
	/* OR first or twice opens no empty clause */
	{ "OR a OR OR b", 2, { { "a", 0, 0, 0, 0, 1, 1 }, { "b", 0, 0, 0, 1, 1, 1 } }, 1 },
	{ "depress* -anesthesia NOT pain", 3, { { "depress", 1, 0, 0, 0, 1, 1 },
		{ "anesthesia", 0, 1, 0, 0, 1, 1 }, { "pain", 0, 1, 0, 0, 1, 1 } }, 0 },
	{ "\"side effect\"* AND (x)", 2, { { "side effect", 1, 0, 1, 0, 1, 2 },
		{ "x", 0, 0, 0, 0, 1, 1 } }, 0 },
	/* punctuation is text: searchable only when the tokenizer finds a word */
	{ "- * ** -- ...", 3, { { "-", 0, 0, 0, 0, 0, 0 }, { "-", 0, 1, 0, 0, 0, 0 },
		{ "...", 0, 0, 0, 0, 0, 0 } }, 0 },
	{ "", 0, { { NULL, 0, 0, 0, 0, 0, 0 } }, 0 },
};

static void test_syntax_parse_table(void **state)
{
	struct tok_fixture *f = *state;
	for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
		const struct parse_case *pc = &cases[c];
		struct parsed_query p = { 0 };
		assert_int_equal(syntax_parse(f->tok, pc->query, &p), 0);
		assert_int_equal(p.n, pc->n);
		for (int i = 0; i < p.n; i++) {
			const struct want_term *w = &pc->t[i];
			assert_string_equal(p.t[i].text, w->text);
			assert_int_equal(p.t[i].prefix, w->prefix);
			assert_int_equal(p.t[i].negated, w->negated);
			assert_int_equal(p.t[i].phrase, w->phrase);
			assert_int_equal(p.t[i].clause, w->clause);
			assert_int_equal(p.t[i].searchable, w->searchable);
			assert_int_equal(p.t[i].ntokens, w->ntokens);
		}
		assert_int_equal(p.clauses, pc->clauses);
		syntax_free(&p);
		assert_null(p.t);
	}
}

struct want_member {
	const char *text;
	int prefix, negated, phrase, clause, near, distance;
};

struct near_case {
	const char *query;
	int n;
	struct want_member t[6];
};

static const struct near_case near_cases[] = {
	{ "NEAR(a b, 5)", 2, { { "a", 0, 0, 0, 0, 1, 5 }, { "b", 0, 0, 0, 0, 1, 5 } } },
	{ "x NEAR(a \"b c\"* d*)", 4, { { "x", 0, 0, 0, 0, 0, -1 },
		{ "a", 0, 0, 0, 0, 1, -1 }, { "b c", 1, 0, 1, 0, 1, -1 },
		{ "d", 1, 0, 0, 0, 1, -1 } } },
	{ "NEAR( a\t\"side effects\" ,8 )", 2, { { "a", 0, 0, 0, 0, 1, 8 },
		{ "side effects", 0, 0, 1, 0, 1, 8 } } },
	{ "a NEAR/5 b", 2, { { "a", 0, 0, 0, 0, 1, 5 }, { "b", 0, 0, 0, 0, 1, 5 } } },
	/* a chain is one group with the largest distance; bare NEAR is 10 */
	{ "a NEAR b NEAR/30 \"c\" NEAR/2 d*", 4, { { "a", 0, 0, 0, 0, 1, 30 },
		{ "b", 0, 0, 0, 0, 1, 30 }, { "c", 0, 0, 1, 0, 1, 30 }, { "d", 1, 0, 0, 0, 1, 30 } } },
	{ "a NEAR b", 2, { { "a", 0, 0, 0, 0, 1, -1 }, { "b", 0, 0, 0, 0, 1, -1 } } },
	/* NOT or '-' before a group excludes the whole group */
	{ "NOT a NEAR/3 b c", 3, { { "a", 0, 1, 0, 0, 1, 3 }, { "b", 0, 1, 0, 0, 1, 3 },
		{ "c", 0, 0, 0, 0, 0, -1 } } },
	{ "-NEAR(a b,7) NOT NEAR(c d)", 4, { { "a", 0, 1, 0, 0, 1, 7 },
		{ "b", 0, 1, 0, 0, 1, 7 }, { "c", 0, 1, 0, 0, 2, -1 }, { "d", 0, 1, 0, 0, 2, -1 } } },
	{ "NEAR(a b) NEAR(c d, 0)", 4, { { "a", 0, 0, 0, 0, 1, -1 }, { "b", 0, 0, 0, 0, 1, -1 },
		{ "c", 0, 0, 0, 0, 2, 0 }, { "d", 0, 0, 0, 0, 2, 0 } } },
	{ "x OR a NEAR/2 b", 3, { { "x", 0, 0, 0, 0, 0, -1 }, { "a", 0, 0, 0, 1, 1, 2 },
		{ "b", 0, 0, 0, 1, 1, 2 } } },
	{ "NEAR(a b, 99999999999999999999)", 2, { { "a", 0, 0, 0, 0, 1, SYNTAX_NEAR_MAX },
		{ "b", 0, 0, 0, 0, 1, SYNTAX_NEAR_MAX } } },
	{ "a NEAR/99999999999999999999 b", 2, { { "a", 0, 0, 0, 0, 1, SYNTAX_NEAR_MAX },
		{ "b", 0, 0, 0, 0, 1, SYNTAX_NEAR_MAX } } },
	/* not well formed: the words it is made of */
	{ "NEAR(", 1, { { "NEAR", 0, 0, 0, 0, 0, -1 } } },
	{ "NEAR()", 1, { { "NEAR", 0, 0, 0, 0, 0, -1 } } },
	{ "NEAR(a, x)", 3, { { "NEAR", 0, 0, 0, 0, 0, -1 }, { "a,", 0, 0, 0, 0, 0, -1 },
		{ "x", 0, 0, 0, 0, 0, -1 } } },
	{ "NEAR(a b, )", 3, { { "NEAR", 0, 0, 0, 0, 0, -1 }, { "a", 0, 0, 0, 0, 0, -1 },
		{ "b,", 0, 0, 0, 0, 0, -1 } } },
	{ "NEAR(a b, 5", 4, { { "NEAR", 0, 0, 0, 0, 0, -1 }, { "a", 0, 0, 0, 0, 0, -1 },
		{ "b,", 0, 0, 0, 0, 0, -1 }, { "5", 0, 0, 0, 0, 0, -1 } } },
	{ "NEAR(a (b c))", 4, { { "NEAR", 0, 0, 0, 0, 0, -1 }, { "a", 0, 0, 0, 0, 0, -1 },
		{ "b", 0, 0, 0, 0, 0, -1 }, { "c", 0, 0, 0, 0, 0, -1 } } },
	{ "NEAR(a NEAR(b c))", 4, { { "NEAR", 0, 0, 0, 0, 0, -1 }, { "a", 0, 0, 0, 0, 0, -1 },
		{ "b", 0, 0, 0, 0, 1, -1 }, { "c", 0, 0, 0, 0, 1, -1 } } },
	{ "NEAR(a OR b)", 3, { { "NEAR", 0, 0, 0, 0, 0, -1 }, { "a", 0, 0, 0, 0, 0, -1 },
		{ "b", 0, 0, 0, 1, 0, -1 } } },
	{ "NEAR(a -b)", 3, { { "NEAR", 0, 0, 0, 0, 0, -1 }, { "a", 0, 0, 0, 0, 0, -1 },
		{ "b", 0, 1, 0, 0, 0, -1 } } },
	{ "NEAR(a \"b)", 3, { { "NEAR", 0, 0, 0, 0, 0, -1 }, { "a", 0, 0, 0, 0, 0, -1 },
		{ "b)", 0, 0, 1, 0, 0, -1 } } },
	{ "NEAR (a b)", 3, { { "NEAR", 0, 0, 0, 0, 0, -1 }, { "a", 0, 0, 0, 0, 0, -1 },
		{ "b", 0, 0, 0, 0, 0, -1 } } },
	{ "a NEAR/ b", 3, { { "a", 0, 0, 0, 0, 0, -1 }, { "NEAR/", 0, 0, 0, 0, 0, -1 },
		{ "b", 0, 0, 0, 0, 0, -1 } } },
	{ "a NEAR/5x b", 3, { { "a", 0, 0, 0, 0, 0, -1 }, { "NEAR/5x", 0, 0, 0, 0, 0, -1 },
		{ "b", 0, 0, 0, 0, 0, -1 } } },
	{ "a NEAR/5", 2, { { "a", 0, 0, 0, 0, 0, -1 }, { "NEAR/5", 0, 0, 0, 0, 0, -1 } } },
	{ "NEAR/5 a", 2, { { "NEAR/5", 0, 0, 0, 0, 0, -1 }, { "a", 0, 0, 0, 0, 0, -1 } } },
	{ "a NEAR/5 OR b", 3, { { "a", 0, 0, 0, 0, 0, -1 }, { "NEAR/5", 0, 0, 0, 0, 0, -1 },
		{ "b", 0, 0, 0, 1, 0, -1 } } },
	{ "a (NEAR/5 b)", 3, { { "a", 0, 0, 0, 0, 0, -1 }, { "NEAR/5", 0, 0, 0, 0, 0, -1 },
		{ "b", 0, 0, 0, 0, 0, -1 } } },
	{ "a NEAR/5 -b", 3, { { "a", 0, 0, 0, 0, 0, -1 }, { "NEAR/5", 0, 0, 0, 0, 0, -1 },
		{ "b", 0, 1, 0, 0, 0, -1 } } },
	/* a group never takes part in an infix NEAR */
	{ "NEAR(a b) NEAR/5 c", 4, { { "a", 0, 0, 0, 0, 1, -1 }, { "b", 0, 0, 0, 0, 1, -1 },
		{ "NEAR/5", 0, 0, 0, 0, 0, -1 }, { "c", 0, 0, 0, 0, 0, -1 } } },
	/* only upper case is an operator; inside quotes it is text */
	{ "near(a b)", 3, { { "near", 0, 0, 0, 0, 0, -1 }, { "a", 0, 0, 0, 0, 0, -1 },
		{ "b", 0, 0, 0, 0, 0, -1 } } },
	{ "\"a NEAR/5 b\"", 1, { { "a NEAR/5 b", 0, 0, 1, 0, 0, -1 } } },
};

static void test_syntax_near(void **state)
{
	struct tok_fixture *f = *state;
	for (size_t c = 0; c < sizeof near_cases / sizeof *near_cases; c++) {
		const struct near_case *nc = &near_cases[c];
		struct parsed_query p = { 0 };
		assert_int_equal(syntax_parse(f->tok, nc->query, &p), 0);
		if (p.n != nc->n)
			fail_msg("%s: %d terms, expected %d", nc->query, p.n, nc->n);
		for (int i = 0; i < p.n; i++) {
			const struct want_member *w = &nc->t[i];
			const struct term *t = &p.t[i];
			if (strcmp(t->text, w->text) != 0 || t->prefix != w->prefix ||
			    t->negated != w->negated || t->phrase != w->phrase ||
			    t->clause != w->clause || t->near != w->near ||
			    (t->near && t->near_distance != w->distance))
				fail_msg("%s: term %d is '%s' prefix %d negated %d phrase %d clause %d"
				    " near %d distance %d", nc->query, i, t->text, t->prefix,
				    t->negated, t->phrase, t->clause, t->near, t->near_distance);
		}
		syntax_free(&p);
	}
}

static void test_syntax_hyphenated_word_is_one_term(void **state)
{
	struct tok_fixture *f = *state;
	struct parsed_query p = { 0 };
	assert_int_equal(syntax_parse(f->tok, "N-methyl-D-aspartate", &p), 0);
	assert_int_equal(p.n, 1);
	assert_string_equal(p.t[0].text, "N-methyl-D-aspartate");
	assert_false(p.t[0].negated);
	assert_int_equal(p.t[0].ntokens, 4);
	syntax_free(&p);
}

static void test_syntax_lone_operators(void **state)
{
	struct tok_fixture *f = *state;
	static const char *const queries[] = { "NOT", "OR", "AND", "(", ")", "*", "\"", "-",
	    "NOT NOT x", "x NOT", "\xE2\x80\x9E", "\xC2\xAB \xC2\xBB", "\xff\xfe",
	    "NEAR", "NEAR(", "NEAR/", "NEAR/5", "NEAR(,)", "NEAR(, 5)", "-NEAR(", "a NEAR",
	    "NEAR(\"", "NEAR(a b, 5))", "((NEAR(a b)))", "NEAR(*)", "a NEAR/5 *" };
	for (size_t i = 0; i < sizeof queries / sizeof *queries; i++) {
		struct parsed_query p = { 0 };
		assert_int_equal(syntax_parse(f->tok, queries[i], &p), 0);
		for (int k = 0; k < p.n; k++)
			assert_non_null(p.t[k].text);
		syntax_free(&p);
	}
	struct parsed_query p = { 0 };
	assert_int_equal(syntax_parse(f->tok, "NOT NOT x", &p), 0);
	assert_int_equal(p.n, 1);
	assert_true(p.t[0].negated);
	syntax_free(&p);
}

/* a term typed again in its clause is the same term; NEAR members and other clauses are not */
static void test_syntax_repeats_collapse(void **state)
{
	struct tok_fixture *f = *state;
	struct parsed_query p = { 0 };
	assert_int_equal(syntax_parse(f->tok, "a b A a OR a c -a \"x y\" \"X Y\" a NEAR/2 b", &p), 0);
	const char *want[] = { "a", "b", "a", "c", "a", "x y", "a", "b" };
	int clause[] = { 0, 0, 1, 1, 1, 1, 1, 1 };
	assert_int_equal(p.n, 8);
	for (int i = 0; i < p.n; i++) {
		assert_string_equal(p.t[i].text, want[i]);
		assert_int_equal(p.t[i].clause, clause[i]);
	}
	assert_true(p.t[4].negated);
	assert_int_equal(p.t[6].near, p.t[7].near);
	assert_int_not_equal(p.t[6].near, 0);
	syntax_free(&p);
}

/* SYNTAX_MAX_TERMS different terms parse; one more does not; repeats do not count */
static void test_syntax_max_terms(void **state)
{
	struct tok_fixture *f = *state;
	struct parsed_query p = { 0 };
	char *q = malloc(20 * (SYNTAX_MAX_TERMS + 1) + 1);
	size_t len = 0;
	assert_non_null(q);
	for (int i = 0; i < SYNTAX_MAX_TERMS; i++)
		len += (size_t)sprintf(q + len, "w%d w0 ", i);
	assert_int_equal(syntax_parse(f->tok, q, &p), 0);
	assert_int_equal(p.n, SYNTAX_MAX_TERMS);
	syntax_free(&p);
	sprintf(q + len, "extra");
	assert_int_equal(syntax_parse(f->tok, q, &p), SYNTAX_ETOOMANY);
	syntax_free(&p);
	free(q);
}

static void test_syntax_raw_words(void **state)
{
	struct tok_fixture *f = *state;
	size_t n = 0;
	assert_int_equal(syntax_raw_words(f->tok, "a OR b AND NEAR(c d, 3) NOT e or", &n), 0);
	/* a b c d e, NEAR's 3 (the tokenizer reads a number as a word) and the lower-case "or" */
	assert_int_equal(n, 7);
}

static void test_syntax_is_space(void **state)
{
	(void)state;
	assert_true(syntax_is_space(' '));
	assert_true(syntax_is_space('\t'));
	assert_true(syntax_is_space('\n'));
	assert_false(syntax_is_space('x'));
	assert_false(syntax_is_space('\0'));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_syntax_parse_table),
		cmocka_unit_test(test_syntax_near),
		cmocka_unit_test(test_syntax_hyphenated_word_is_one_term),
		cmocka_unit_test(test_syntax_lone_operators),
		cmocka_unit_test(test_syntax_repeats_collapse),
		cmocka_unit_test(test_syntax_max_terms),
		cmocka_unit_test(test_syntax_raw_words),
		cmocka_unit_test(test_syntax_is_space),
	};
	return cmocka_run_group_tests(tests, tok_setup, tok_teardown);
}
