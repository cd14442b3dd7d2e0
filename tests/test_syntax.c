/*
 * test_syntax.c: unit tests of lib/syntax.c, the default query language.
 *
 * Table-driven: each query and the terms it must give (text, prefix,
 * negated, phrase, clause, searchable, word count), then the contract
 * that no input fails: stray operators, unclosed quotes, curly quotes,
 * lone '*' and '-', parentheses.
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
	    "NOT NOT x", "x NOT", "\xE2\x80\x9E", "\xC2\xAB \xC2\xBB", "\xff\xfe" };
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
		cmocka_unit_test(test_syntax_hyphenated_word_is_one_term),
		cmocka_unit_test(test_syntax_lone_operators),
		cmocka_unit_test(test_syntax_is_space),
	};
	return cmocka_run_group_tests(tests, tok_setup, tok_teardown);
}
