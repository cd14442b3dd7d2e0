/*
 * test_quote.c: unit tests of lib/quote.c, the quote normaliser and the
 * word-level comparison.  Table-driven: pairs of texts that must (or must
 * not) be the same tokens; token byte ranges checked against the text;
 * quotes aligned against a text with the differences they must report.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "quote.h"

/* 1 when a and b tokenize to the same normal forms. */
static int same(const char *a, const char *b)
{
	struct quote_tokens x = { 0 }, y = { 0 };
	assert_int_equal(quote_tokenize(a, strlen(a), &x), 0);
	assert_int_equal(quote_tokenize(b, strlen(b), &y), 0);
	int eq = x.n == y.n;
	for (size_t i = 0; eq && i < x.n; i++)
		eq = quote_token_equal(&x, i, &y, i) && x.tok[i].word == y.tok[i].word;
	quote_tokens_free(&x);
	quote_tokens_free(&y);
	return eq;
}

static void test_quote_normal_forms(void **state)
{
	(void)state;
	static const struct {
		const char *a, *b;
		int same;
	} cases[] = {
		{ "Ketamine often produces", "ketamine   often\nproduces", 1 },
		{ "KETAMINE", "ketamine", 1 },
		{ "\xC3\x89TAT", "\xC3\xA9tat", 1 },			/* Latin-1 capitals lowered */
		{ "ketamine\xE2\x80\x99s effect", "ketamine's effect", 1 },	/* curly apostrophe */
		{ "\xE2\x80\x9Crapid\xE2\x80\x9D", "\"rapid\"", 1 },	/* curly double quotes */
		{ "\xC2\xABrapid\xC2\xBB", "\"rapid\"", 1 },		/* guillemets */
		{ "well\xE2\x80\x94known", "well-known", 1 },		/* em dash */
		{ "a -- b", "a \xE2\x80\x93 b", 1 },			/* a run of dashes is one */
		{ "a\xC2\xA0" "b", "a b", 1 },				/* no-break space */
		{ "wait\xE2\x80\xA6", "wait...", 1 },			/* ellipsis */
		{ "soft\xC2\xADhyphen", "softhyphen", 1 },		/* soft hyphen dropped */
		{ "don't", "don t", 0 },				/* apostrophe inside a word */
		{ "results within hours", "results within hours.", 0 },
		{ "hours,", "hours.", 0 },
		{ "produces", "produced", 0 },
		{ "ketamineoften", "ketamine often", 0 },
		{ "a-b", "a b", 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (same(cases[i].a, cases[i].b) != cases[i].same)
			fail_msg("case %zu: \"%s\" vs \"%s\" should%s be the same", i, cases[i].a,
			    cases[i].b, cases[i].same ? "" : " not");
	}
}

static void test_quote_token_offsets(void **state)
{
	(void)state;
	const char *text = "  \xE2\x80\x9CIt\xE2\x80\x99s fast,\xE2\x80\x9D she said \xE2\x80\x94 really.";
	static const struct {
		const char *bytes, *norm;
		int word;
	} want[] = {
		{ "\xE2\x80\x9C", "\"", 0 }, { "It\xE2\x80\x99s", "it's", 1 }, { "fast", "fast", 1 },
		{ ",", ",", 0 }, { "\xE2\x80\x9D", "\"", 0 }, { "she", "she", 1 }, { "said", "said", 1 },
		{ "\xE2\x80\x94", "-", 0 }, { "really", "really", 1 }, { ".", ".", 0 },
	};
	struct quote_tokens t = { 0 };
	assert_int_equal(quote_tokenize(text, strlen(text), &t), 0);
	assert_int_equal(t.n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < t.n; i++) {
		const struct quote_token *k = &t.tok[i];
		assert_int_equal(k->end - k->start, strlen(want[i].bytes));
		assert_memory_equal(text + k->start, want[i].bytes, strlen(want[i].bytes));
		assert_int_equal(k->norm_len, strlen(want[i].norm));
		assert_memory_equal(t.norm + k->norm, want[i].norm, k->norm_len);
		assert_int_equal(k->word, want[i].word);
	}
	quote_tokens_free(&t);
}

static void test_quote_trim_and_find(void **state)
{
	(void)state;
	const char *q = "\xE2\x80\x9Cketamine often produces,\xE2\x80\x9D";
	const char *text = "Unlike them, ketamine often produces results.";
	struct quote_tokens a = { 0 }, b = { 0 };
	assert_int_equal(quote_tokenize(q, strlen(q), &a), 0);
	assert_int_equal(quote_trim(&a), 3);
	assert_int_equal(a.n, 3);
	assert_int_equal(quote_tokenize(text, strlen(text), &b), 0);
	size_t at = quote_find(&a, &b, 0, b.n);
	assert_int_equal(at, 3);
	assert_int_equal(b.tok[at].start, strlen("Unlike them, "));
	assert_int_equal(b.tok[at + 2].end, strlen("Unlike them, ketamine often produces"));
	assert_int_equal(quote_find(&a, &b, at + 1, b.n), (size_t)-1);
	quote_tokens_free(&a);
	quote_tokens_free(&b);

	/* empty and punctuation-only quotes have no words */
	assert_int_equal(quote_tokenize(" \xE2\x80\x9C, \xE2\x80\x94 ", 9, &a), 0);
	assert_int_equal(quote_trim(&a), 0);
	assert_int_equal(a.n, 0);
	quote_tokens_free(&a);
	quote_tokens_free(NULL);
}

/* Align q against text; the differences as "kind:quote/source ..." and the span. */
static void align(const char *q, const char *text, char *diffs, size_t cap, char *span,
    size_t spancap, size_t *word_edits)
{
	struct quote_tokens a = { 0 }, b = { 0 };
	struct quote_alignment al;
	assert_int_equal(quote_tokenize(q, strlen(q), &a), 0);
	quote_trim(&a);
	assert_int_equal(quote_tokenize(text, strlen(text), &b), 0);
	assert_int_equal(quote_align(&a, &b, 0, b.n, &al), 0);
	size_t used = 0;
	diffs[0] = 0;
	for (size_t k = 0; k < al.ndiffs; k++) {
		const struct quote_diff *d = &al.diffs[k];
		const char *kind = d->kind == QUOTE_CHANGED ? "changed" : d->kind == QUOTE_MISSING ?
		    "missing" : "extra";
		int qn = d->quote_tok == (size_t)-1 ? 0 : (int)(a.tok[d->quote_tok].end - a.tok[d->quote_tok].start);
		int tn = d->text_tok == (size_t)-1 ? 0 : (int)(b.tok[d->text_tok].end - b.tok[d->text_tok].start);
		used += (size_t)snprintf(diffs + used, cap - used, "%s%s:%.*s/%.*s", k ? " " : "", kind,
		    qn, qn ? q + a.tok[d->quote_tok].start : "", tn, tn ? text + b.tok[d->text_tok].start : "");
	}
	size_t s = b.tok[al.first].start, e = b.tok[al.last].end;
	snprintf(span, spancap, "%.*s", (int)(e - s), text + s);
	*word_edits = al.word_edits;
	quote_alignment_free(&al);
	quote_tokens_free(&a);
	quote_tokens_free(&b);
}

static void test_quote_word_diff(void **state)
{
	(void)state;
	static const char text[] = "Unlike conventional antidepressants, which may take weeks, "
	    "ketamine often produces results within hours. This rapid onset helps.";
	static const struct {
		const char *quote, *diffs, *span;
		size_t word_edits;
		int near;
	} cases[] = {
		{ "ketamine often produces results within hours", "",
		  "ketamine often produces results within hours", 0, 0 },
		{ "ketamine often produced results within hours", "changed:produced/produces",
		  "ketamine often produces results within hours", 1, 1 },
		{ "ketamine produces results within hours", "extra:/often",
		  "ketamine often produces results within hours", 1, 1 },
		{ "ketamine often produces quick results within hours", "missing:quick/",
		  "ketamine often produces results within hours", 1, 1 },
		{ "ketamine often produces results, within hours", "missing:,/",
		  "ketamine often produces results within hours", 0, 1 },
		{ "Ketamine rarely produced any results within days", NULL,
		  NULL, 4, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char diffs[512], span[512];
		size_t edits;
		align(cases[i].quote, text, diffs, sizeof diffs, span, sizeof span, &edits);
		if (cases[i].diffs && strcmp(diffs, cases[i].diffs) != 0)
			fail_msg("case %zu: diffs \"%s\", want \"%s\"", i, diffs, cases[i].diffs);
		if (cases[i].span && strcmp(span, cases[i].span) != 0)
			fail_msg("case %zu: span \"%s\", want \"%s\"", i, span, cases[i].span);
		if (cases[i].diffs)
			assert_int_equal(edits, cases[i].word_edits);
		else
			assert_true(edits >= cases[i].word_edits);
		struct quote_alignment al = { .first = 0, .last = 1, .word_edits = edits,
			.ndiffs = diffs[0] != 0 };
		size_t words = 0;
		struct quote_tokens a = { 0 };
		quote_tokenize(cases[i].quote, strlen(cases[i].quote), &a);
		for (size_t k = 0; k < a.n; k++)
			words += a.tok[k].word;
		quote_tokens_free(&a);
		if (quote_is_near(&al, words) != cases[i].near)
			fail_msg("case %zu: near %d, want %d", i, !cases[i].near, cases[i].near);
	}
}

static void test_quote_near_threshold(void **state)
{
	(void)state;
	struct quote_alignment a = { .first = 0, .last = 5, .ndiffs = 1 };
	a.word_edits = 1;
	assert_false(quote_is_near(&a, 1));	/* one word: exact or nothing */
	assert_true(quote_is_near(&a, 3));	/* at least one word may differ */
	a.word_edits = 2;
	assert_false(quote_is_near(&a, 5));
	assert_true(quote_is_near(&a, 6));	/* a third */
	a.word_edits = 3;
	assert_false(quote_is_near(&a, 8));
	a.ndiffs = 0;
	a.word_edits = 0;
	assert_false(quote_is_near(&a, 6));	/* no difference: that is exact */
}

static void test_quote_align_errors(void **state)
{
	(void)state;
	struct quote_tokens a = { 0 }, b = { 0 };
	struct quote_alignment al;
	assert_int_equal(quote_tokenize("x y", 3, &b), 0);
	assert_int_equal(quote_align(&a, &b, 0, b.n, &al), -1);	/* empty quote */
	assert_int_equal(quote_tokenize("x", 1, &a), 0);
	assert_int_equal(quote_align(&a, &b, 1, 1, &al), -1);	/* empty range */
	assert_int_equal(quote_align(&a, &b, 0, 5, &al), -1);	/* past the end */
	assert_int_equal(quote_find(&a, &b, 0, 9), (size_t)-1);
	quote_alignment_free(NULL);
	quote_tokens_free(&a);
	quote_tokens_free(&b);
}

static void test_quote_invalid_utf8(void **state)
{
	(void)state;
	const char text[] = "bad \xff\xfe bytes \xE2\x80 end";
	struct quote_tokens t = { 0 };
	assert_int_equal(quote_tokenize(text, sizeof text - 1, &t), 0);
	for (size_t i = 0; i < t.n; i++) {
		assert_true(t.tok[i].end <= sizeof text - 1);
		assert_true(t.tok[i].start < t.tok[i].end);
	}
	assert_true(same("bad \xff\xfe bytes", "BAD \xff\xfe BYTES"));
	quote_tokens_free(&t);
}

static void test_quote_spans(void **state)
{
	(void)state;
	static const struct {
		const char *sentence;
		size_t n;
		const char *first, *second;
	} cases[] = {
		{ "She wrote \"ketamine works fast\" in 2020.", 1, "ketamine works fast", NULL },
		{ "\xE2\x80\x9C It works \xE2\x80\x9D and \"it lasts\"", 2, "It works", "it lasts" },
		{ "Mixed \xE2\x80\x9Copen and \" closed", 1, "open and", NULL },
		{ "Unclosed \"quote runs on", 0, NULL, NULL },
		{ "Empty \"\" and \" -- \" marks", 0, NULL, NULL },
		{ "A closer \xE2\x80\x9D alone opens nothing", 0, NULL, NULL },
		{ "No quotes here.", 0, NULL, NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t st[4], en[4];
		const char *s = cases[i].sentence;
		size_t n = quote_spans(s, strlen(s), st, en, 4);
		if (n != cases[i].n)
			fail_msg("case %zu: %zu quotes, want %zu", i, n, cases[i].n);
		if (n > 0) {
			assert_int_equal(en[0] - st[0], strlen(cases[i].first));
			assert_memory_equal(s + st[0], cases[i].first, en[0] - st[0]);
		}
		if (n > 1) {
			assert_int_equal(en[1] - st[1], strlen(cases[i].second));
			assert_memory_equal(s + st[1], cases[i].second, en[1] - st[1]);
		}
	}
	/* more quotes than room: counted, not written past max */
	size_t st[1], en[1];
	assert_int_equal(quote_spans("\"a\" \"b\" \"c\"", 11, st, en, 1), 3);
	assert_int_equal(st[0], 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quote_normal_forms),
		cmocka_unit_test(test_quote_token_offsets),
		cmocka_unit_test(test_quote_trim_and_find),
		cmocka_unit_test(test_quote_word_diff),
		cmocka_unit_test(test_quote_near_threshold),
		cmocka_unit_test(test_quote_align_errors),
		cmocka_unit_test(test_quote_invalid_utf8),
		cmocka_unit_test(test_quote_spans),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
