/*
 * test_draft.c: unit tests of the draft splitter (lib/draft.c).
 *
 * Table-driven: each case is a small inline draft with the exact sentences
 * it must give and the line each starts on.  Every sentence is checked by
 * slicing the input at its byte range, and its line against a count of the
 * newlines before it.  Inputs are copied into buffers of exactly their
 * length, so a read past the end shows up under ASan or valgrind.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draft.h"

#define MAX_WANT 10

struct want {
	const char *text;	/* NULL ends the list */
	int64_t line;
};

struct draft_case {
	const char *input;
	struct want want[MAX_WANT];
};

/* Order, bounds, trimming and lines: what must hold for any split. */
static void
check_invariants(const char *t, size_t len, const struct draft_sentence *v,
    size_t n)
{
	size_t i, at = 0, prev_end = 0;
	int64_t line = 1;

	for (i = 0; i < n; i++) {
		assert_true(v[i].byte_start >= prev_end);
		assert_true(v[i].byte_start < v[i].byte_end);
		assert_true(v[i].byte_end <= len);
		assert_false(strchr(" \t\r\n", t[v[i].byte_start]) != NULL &&
		    t[v[i].byte_start] != '\0');
		assert_false(strchr(" \t\r\n", t[v[i].byte_end - 1]) != NULL &&
		    t[v[i].byte_end - 1] != '\0');
		for (; at < v[i].byte_start; at++)
			line += t[at] == '\n';
		assert_int_equal(v[i].line, line);
		prev_end = v[i].byte_end;
	}
}

static void
run_cases(const struct draft_case *cases, size_t ncases)
{
	size_t i, k;

	for (i = 0; i < ncases; i++) {
		size_t len = strlen(cases[i].input), n = 99;
		struct draft_sentence *v = (void *)&v;
		char *t = malloc(len ? len : 1);

		assert_non_null(t);
		memcpy(t, cases[i].input, len);
		assert_int_equal(draft_split(t, len, &v, &n), 0);
		for (k = 0; k < n && cases[i].want[k].text; k++) {
			const struct want *w = &cases[i].want[k];
			size_t wl = strlen(w->text);
			size_t gl = v[k].byte_end - v[k].byte_start;

			if (gl != wl || memcmp(t + v[k].byte_start, w->text, wl) != 0)
				fail_msg("case %zu \"%s\": sentence %zu is \"%.*s\", "
				    "want \"%s\"", i, cases[i].input, k, (int)gl,
				    t + v[k].byte_start, w->text);
			if (v[k].line != w->line)
				fail_msg("case %zu \"%s\": sentence %zu \"%s\" on line "
				    "%lld, want %lld", i, cases[i].input, k, w->text,
				    (long long)v[k].line, (long long)w->line);
		}
		if (k < n)
			fail_msg("case %zu \"%s\": extra sentence \"%.*s\"", i,
			    cases[i].input, (int)(v[k].byte_end - v[k].byte_start),
			    t + v[k].byte_start);
		if (cases[i].want[k].text)
			fail_msg("case %zu \"%s\": sentence \"%s\" missing", i,
			    cases[i].input, cases[i].want[k].text);
		if (n == 0)
			assert_null(v);
		check_invariants(t, len, v, n);
		free(v);
		free(t);
	}
}

#define RUN(cases) run_cases(cases, sizeof cases / sizeof cases[0])

static void
test_draft_abbreviations(void **state)
{
	static const struct draft_case cases[] = {
		{ "Dr. Smith met Prof. Jones. They agreed.",
		  { { "Dr. Smith met Prof. Jones.", 1 }, { "They agreed.", 1 } } },
		{ "Use e.g. apples, i.e. fruit. The U.S. Army won. J. K. Rowling wrote.",
		  { { "Use e.g. apples, i.e. fruit.", 1 }, { "The U.S. Army won.", 1 },
		    { "J. K. Rowling wrote.", 1 } } },
		/* passage.c alone ends a sentence at "al." */
		{ "Smith et al. found it. Then Jones et al. (2020) agreed.",
		  { { "Smith et al. found it.", 1 },
		    { "Then Jones et al. (2020) agreed.", 1 } } },
		{ "This was shown by Smith et al. The effect held.",
		  { { "This was shown by Smith et al.", 1 },
		    { "The effect held.", 1 } } },
		{ "(Smith et al.) found it. Done.",
		  { { "(Smith et al.) found it.", 1 }, { "Done.", 1 } } },
		{ "Cats vs. dogs, cf. the table; approx. 5 mg daily. Approx. Five.",
		  { { "Cats vs. dogs, cf. the table; approx. 5 mg daily.", 1 },
		    { "Approx.", 1 }, { "Five.", 1 } } },
		/* passage.c alone ends at "Eq." and then reads "5." as a list number */
		{ "See Eq. 3 and p. 5. Ref. (4) is older. Fig. 2 shows it.",
		  { { "See Eq. 3 and p. 5.", 1 }, { "Ref. (4) is older.", 1 },
		    { "Fig. 2 shows it.", 1 } } },
		{ "Apples, pears, etc. are fruit. We like them etc. Then we left.",
		  { { "Apples, pears, etc. are fruit.", 1 }, { "We like them etc.", 1 },
		    { "Then we left.", 1 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_draft_decimals(void **state)
{
	static const struct draft_case cases[] = {
		{ "We gave 3.5 mg daily. The effect was significant (p < 0.05). "
		  "It cost 1,000. Then 2,500.50 more.",
		  { { "We gave 3.5 mg daily.", 1 },
		    { "The effect was significant (p < 0.05).", 1 },
		    { "It cost 1,000.", 1 }, { "Then 2,500.50 more.", 1 } } },
		{ "Version v1.2 is out! Is it good? p<.001 was the threshold.",
		  { { "Version v1.2 is out!", 1 }, { "Is it good?", 1 },
		    { "p<.001 was the threshold.", 1 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_draft_ellipses_and_quotes(void **state)
{
	static const struct draft_case cases[] = {
		{ "He said \"it works.\" Then he left.",
		  { { "He said \"it works.\"", 1 }, { "Then he left.", 1 } } },
		{ "She wrote \xE2\x80\x9C" "done.\xE2\x80\x9D It ended. (An aside.) Next.",
		  { { "She wrote \xE2\x80\x9C" "done.\xE2\x80\x9D", 1 },
		    { "It ended.", 1 }, { "(An aside.)", 1 }, { "Next.", 1 } } },
		/* an ellipsis before a lower-case word is a pause */
		{ "The results were... surprising. Wait... What now?",
		  { { "The results were... surprising.", 1 }, { "Wait...", 1 },
		    { "What now?", 1 } } },
		{ "It was\xE2\x80\xA6 odd. Yes\xE2\x80\xA6 Maybe.",
		  { { "It was\xE2\x80\xA6 odd.", 1 }, { "Yes\xE2\x80\xA6", 1 },
		    { "Maybe.", 1 } } },
		/* emphasis and citations after the stop end the sentence with it */
		{ "**Background.** Ketamine works.[^1] It is fast.[2, 3] *Really.* Yes.",
		  { { "**Background.**", 1 }, { "Ketamine works.[^1]", 1 },
		    { "It is fast.[2, 3]", 1 }, { "*Really.*", 1 }, { "Yes.", 1 } } },
		{ "It works in *most* cases. A snake_case.name stays.",
		  { { "It works in *most* cases.", 1 },
		    { "A snake_case.name stays.", 1 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_draft_paragraphs(void **state)
{
	static const struct draft_case cases[] = {
		/* a line break inside a paragraph never ends a sentence */
		{ "This sentence is wrapped\nacross two lines. Next one\nHere.",
		  { { "This sentence is wrapped\nacross two lines.", 1 },
		    { "Next one\nHere.", 2 } } },
		{ "We treated patients with\nKetamine in 2020.",
		  { { "We treated patients with\nKetamine in 2020.", 1 } } },
		{ "No punctuation here\n\nnew paragraph\n",
		  { { "No punctuation here", 1 }, { "new paragraph", 3 } } },
		{ "  \n\nFirst.  Second.\n\n\n   Third on line six.   \n",
		  { { "First.", 3 }, { "Second.", 3 }, { "Third on line six.", 6 } } },
		/* nothing with a letter or digit is no claim */
		{ "...\n\n|\n\n\xE2\x80\x94 ! ?\n\nOK 1.",
		  { { "OK 1.", 7 } } },
		{ "#hashtag is prose.", { { "#hashtag is prose.", 1 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_draft_lists(void **state)
{
	static const struct draft_case cases[] = {
		{ "Intro text:\n- First item\n* Second item. Two sentences.\n"
		  "+ Third\n\n1. One\n2) Two\n10. Ten",
		  { { "Intro text:", 1 }, { "First item", 2 },
		    { "Second item.", 3 }, { "Two sentences.", 3 },
		    { "Third", 4 }, { "One", 6 }, { "Two", 7 }, { "Ten", 8 } } },
		/* continuation lines, nested items, task boxes, bullets */
		{ "- An item that\n  goes on.\n    - Nested item.\n- [ ] Task one\n"
		  "- [x] Task two\n\xE2\x80\xA2 Bullet point",
		  { { "An item that\n  goes on.", 1 }, { "Nested item.", 3 },
		    { "Task one", 4 }, { "Task two", 5 }, { "Bullet point", 6 } } },
		/* a list's later paragraph is prose, not indented code */
		{ "1. Item.\n\n    More about the item.\n\nAfter the list.",
		  { { "Item.", 1 }, { "More about the item.", 3 },
		    { "After the list.", 5 } } },
		/* an ordered item starting at 2 does not interrupt a paragraph */
		{ "The year was\n2020. It was hot.",
		  { { "The year was\n2020.", 1 }, { "It was hot.", 2 } } },
		{ "-not an item, 1.5 neither.", { { "-not an item, 1.5 neither.", 1 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_draft_headings(void **state)
{
	static const struct draft_case cases[] = {
		{ "# Title\n## Methods ##\nText one.\n###### Six\n####### Seven is text.",
		  { { "Text one.", 3 }, { "####### Seven is text.", 5 } } },
		{ "Setext title\n============\n\nBody here.\n\nSub title\n---\nMore.",
		  { { "Body here.", 4 }, { "More.", 8 } } },
		/* under a paragraph of several lines the underline is a rule */
		{ "Line one of prose\nline two.\n---\nAfter.",
		  { { "Line one of prose\nline two.", 1 }, { "After.", 4 } } },
		{ "# Only\n\n## Headings\nSetext\n===\n", { { NULL, 0 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_draft_code(void **state)
{
	static const struct draft_case cases[] = {
		{ "Before.\n```python\nx = 1. Not a claim.\n```\nAfter.\n"
		  "~~~~\ncode. ```\n~~~\nstill code.\n~~~~\nEnd.",
		  { { "Before.", 1 }, { "After.", 5 }, { "End.", 11 } } },
		{ "Text.\n```\nunterminated. fence.\n\nTo the end.",
		  { { "Text.", 1 } } },
		{ "Para.\n\n    indented code.\n\tand a tab.\n\n    more code.\nBack.",
		  { { "Para.", 1 }, { "Back.", 7 } } },
		/* four spaces inside a paragraph are a continuation */
		{ "Para goes\n    on here.", { { "Para goes\n    on here.", 1 } } },
		{ "    code first.\nText.", { { "Text.", 2 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_draft_front_matter(void **state)
{
	static const struct draft_case cases[] = {
		{ "---\ntitle: A draft. Yes.\nauthor: Me\n---\nBody text.",
		  { { "Body text.", 5 } } },
		{ "---\ntitle: x\n...\n\nBody.", { { "Body.", 5 } } },
		{ "+++\ntitle = \"x\"\n+++\nBody.", { { "Body.", 4 } } },
		/* without a closing line "---" is a rule */
		{ "---\nNo front matter here.", { { "No front matter here.", 2 } } },
		/* a blank line after "---": a rule, then prose */
		{ "---\n\nProse.\n\n---\n", { { "Prose.", 3 } } },
		{ "Text.\n---\ntitle: x\n---\n", { { NULL, 0 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_draft_html_comments(void **state)
{
	static const struct draft_case cases[] = {
		{ "<!-- a note. -->\nClaim one.\n<!--\n# not a heading.\n```\n-->\n"
		  "Claim two.",
		  { { "Claim one.", 2 }, { "Claim two.", 7 } } },
		{ "Text <!-- inline. --> goes on. <!-- trailing -->\n\nEnd.",
		  { { "Text <!-- inline. --> goes on.", 1 }, { "End.", 3 } } },
		{ "A claim<!-- over\ntwo lines -->\nends here.",
		  { { "A claim<!-- over\ntwo lines -->\nends here.", 1 } } },
		{ "<!-- never closed\nNot a claim.", { { NULL, 0 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_draft_other_markdown(void **state)
{
	static const struct draft_case cases[] = {
		/* block quotes: markers outside, inside a multi-line sentence */
		{ "> Quoted claim\n> goes on. Second.\n>\n> Third.",
		  { { "Quoted claim\n> goes on.", 1 }, { "Second.", 2 },
		    { "Third.", 4 } } },
		{ "Para.\n> Quote interrupts\nlazy line.",
		  { { "Para.", 1 }, { "Quote interrupts\nlazy line.", 2 } } },
		/* horizontal rules */
		{ "One.\n***\nTwo.\n___\nThree.\n* * *\nFour.",
		  { { "One.", 1 }, { "Two.", 3 }, { "Three.", 5 }, { "Four.", 7 } } },
		/* link reference definitions; footnote definitions are prose */
		{ "See [the paper][p].\n\n[p]: https://example.org/a.b \"Title.\"\n"
		  "[^1]: The footnote says this.",
		  { { "See [the paper][p].", 1 }, { "The footnote says this.", 4 } } },
		/* tables: header and separator are no claims, rows are */
		{ "| Drug | Dose |\n|:-----|-----:|\n| Ketamine | 0.5 mg/kg |\n"
		  "| Esketamine | 56 mg |\n\nAfter.",
		  { { "Ketamine | 0.5 mg/kg", 3 }, { "Esketamine | 56 mg", 4 },
		    { "After.", 6 } } },
		{ "Intro line.\nDrug | Dose\n--- | ---\nA | 1\n",
		  { { "Intro line.", 1 }, { "A | 1", 4 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_draft_crlf_and_bom(void **state)
{
	static const struct draft_case cases[] = {
		{ "# Title\r\n\r\nFirst one.\r\nSecond\r\nline.\r\n\r\n- Item\r\n",
		  { { "First one.", 3 }, { "Second\r\nline.", 4 }, { "Item", 7 } } },
		{ "No stop\r\n", { { "No stop", 1 } } },
		{ "```\r\ncode.\r\n```\r\nAfter.\r\n", { { "After.", 4 } } },
		{ "---\r\ntitle: x\r\n---\r\nBody.", { { "Body.", 4 } } },
		{ "\xEF\xBB\xBF" "First.\nSecond.", { { "First.", 1 }, { "Second.", 2 } } },
		{ "\xEF\xBB\xBF---\ntitle: x\n---\nBody.", { { "Body.", 4 } } },
		{ "\xEF\xBB\xBF# Heading\nText.", { { "Text.", 2 } } },
		{ "\xEF\xBB\xBF", { { NULL, 0 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_draft_empty(void **state)
{
	static const struct draft_case cases[] = {
		{ "", { { NULL, 0 } } },
		{ " \n\t\r\n ", { { NULL, 0 } } },
		{ "# One\n## Two\n\n### Three\n", { { NULL, 0 } } },
	};
	struct draft_sentence *v = (void *)&v;
	size_t n = 7;

	(void)state;
	RUN(cases);
	assert_int_equal(draft_split(NULL, 0, &v, &n), 0);
	assert_null(v);
	assert_int_equal(n, 0);
	assert_int_equal(draft_split("x", 1, NULL, &n), DRAFT_ENOMEM);
	assert_int_equal(draft_split("x", 1, &v, NULL), DRAFT_ENOMEM);
}

/* Random bytes, cut UTF-8 and lone markers: in bounds, invariants hold. */
static void
test_draft_invalid_utf8(void **state)
{
	static const char *const inputs[] = {
		"\xE2\x80", "\xE2", "Text.\xE2\x80", "A\xC2", "\xFF\xFE bad. \xC0\xAF ok.",
		"```", "<!--", "<!-", "[^", "[x]:", "- ", "1.", ">", "|", "***",
		"End...", "et al.", "Eq.", "**x.**", "x.[1", "x.[^", "\xEF\xBB",
	};
	struct draft_sentence *v;
	unsigned int seed = 12345;
	size_t i, k, n, len;
	char *t;

	(void)state;
	for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
		len = strlen(inputs[i]);
		t = malloc(len);
		assert_non_null(t);
		memcpy(t, inputs[i], len);
		assert_int_equal(draft_split(t, len, &v, &n), 0);
		check_invariants(t, len, v, n);
		free(v);
		free(t);
	}
	for (i = 0; i < 200; i++) {
		static const char alphabet[] = "ab .\n\r-*#>|`~<!>[]^:1\t\xE2\x80\xA6\xC2";

		len = 1 + i % 97;
		t = malloc(len);
		assert_non_null(t);
		for (k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			t[k] = (seed >> 16) % 5 == 0 ? (char)(seed >> 8) :
			    alphabet[(seed >> 16) % (sizeof alphabet - 1)];
		}
		assert_int_equal(draft_split(t, len, &v, &n), 0);
		check_invariants(t, len, v, n);
		free(v);
		free(t);
	}
}

/* A 2 MB draft of every construct: it finishes, and the count is exact. */
static void
test_draft_long_input(void **state)
{
	static const char unit[] =
	    "## Section\n\nKetamine acts fast (Smith et al. 2020). It lasts\n"
	    "about 3.5 days, e.g. in the U.S. trials.\n\n- An item.\n"
	    "- Another item\n\n```\ncode.\n```\n<!-- note -->\n";
	size_t unit_len = sizeof unit - 1, reps = 2 * 1024 * 1024 / unit_len;
	size_t len = reps * unit_len, i, n;
	struct draft_sentence *v;
	char *t = malloc(len);

	(void)state;
	assert_non_null(t);
	for (i = 0; i < reps; i++)
		memcpy(t + i * unit_len, unit, unit_len);
	assert_int_equal(draft_split(t, len, &v, &n), 0);
	assert_int_equal(n, 4 * reps);
	check_invariants(t, len, v, n);
	assert_int_equal(v[n - 1].line, (int64_t)(12 * (reps - 1) + 7));
	free(v);

	/* one paragraph with no stop, and one line of 2 MB */
	memset(t, 'a', len);
	for (i = 0; i < len; i += 7)
		t[i] = i % 2 ? '\n' : ' ';
	t[0] = 'a';
	assert_int_equal(draft_split(t, len, &v, &n), 0);
	assert_int_equal(n, 1);
	free(v);
	for (i = 0; i < len; i++)
		t[i] = i % 4 == 3 ? ' ' : '.';
	assert_int_equal(draft_split(t, len, &v, &n), 0);
	assert_int_equal(n, 0);
	free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_draft_abbreviations),
		cmocka_unit_test(test_draft_decimals),
		cmocka_unit_test(test_draft_ellipses_and_quotes),
		cmocka_unit_test(test_draft_paragraphs),
		cmocka_unit_test(test_draft_lists),
		cmocka_unit_test(test_draft_headings),
		cmocka_unit_test(test_draft_code),
		cmocka_unit_test(test_draft_front_matter),
		cmocka_unit_test(test_draft_html_comments),
		cmocka_unit_test(test_draft_other_markdown),
		cmocka_unit_test(test_draft_crlf_and_bom),
		cmocka_unit_test(test_draft_empty),
		cmocka_unit_test(test_draft_invalid_utf8),
		cmocka_unit_test(test_draft_long_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
