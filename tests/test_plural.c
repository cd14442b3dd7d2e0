/*
 * test_plural.c: Latin and Greek plurals (lib/plural.c), table driven:
 * each declension both ways, the words a rule must leave alone (short
 * words, "-ous" adjectives, metals and their oxides), the one-way -ices
 * rule, and words that are not lower-case ASCII letters.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "plural.h"

struct plural_case {
	const char *word;
	const char *forms[PLURAL_MAX_FORMS + 1];	/* NULL-terminated, in rule order */
};

static void check(const struct plural_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char out[PLURAL_MAX_FORMS][PLURAL_MAX_WORD + PLURAL_GROWTH + 1];
		size_t want = 0, got = plural_forms(cases[i].word, strlen(cases[i].word), out);
		while (cases[i].forms[want] != NULL)
			want++;
		if (got != want)
			fail_msg("%s: %zu forms (%s), want %zu", cases[i].word, got,
			    got ? out[0] : "none", want);
		for (size_t k = 0; k < got; k++)
			if (strcmp(out[k], cases[i].forms[k]) != 0)
				fail_msg("%s: form %zu \"%s\", want \"%s\"", cases[i].word, k,
				    out[k], cases[i].forms[k]);
	}
}

static void test_plural_both_ways(void **state)
{
	(void)state;
	static const struct plural_case cases[] = {
		{ "analysis", { "analyses" } },
		{ "analyses", { "analysis" } },
		{ "metastases", { "metastasis" } },
		{ "nucleus", { "nuclei" } },
		{ "nuclei", { "nucleus" } },
		{ "stimuli", { "stimulus" } },
		{ "bacterium", { "bacteria" } },
		{ "data", { "datum" } },
		{ "media", { "medium" } },
		{ "spectrum", { "spectra" } },
		{ "criterion", { "criteria" } },
		/* every rule that fits gives a form: the index knows which is a word */
		{ "criteria", { "criterium", "criterion" } },
		{ "ganglia", { "ganglium", "ganglion" } },
		{ "phenomenon", { "phenomena" } },
		{ "phenomena", { "phenomenum", "phenomenon" } },
	};
	check(cases, sizeof cases / sizeof *cases);
}

static void test_plural_ices_one_way(void **state)
{
	(void)state;
	static const struct plural_case cases[] = {
		{ "indices", { "index", "indix" } },
		{ "matrices", { "matrex", "matrix" } },
		{ "vertices", { "vertex", "vertix" } },
		/* not back: "indices" stems as "indicate" does, "vertices" as "vertical" */
		{ "index", { NULL } },
		{ "vertex", { NULL } },
		{ "complex", { NULL } },
		{ "matrix", { NULL } },
	};
	check(cases, sizeof cases / sizeof *cases);
}

static void test_plural_left_alone(void **state)
{
	(void)state;
	static const struct plural_case cases[] = {
		/* too few letters before the ending */
		{ "basis", { NULL } },
		{ "bases", { NULL } },
		{ "thesis", { NULL } },
		{ "crisis", { NULL } },
		{ "plus", { NULL } },
		{ "bus", { NULL } },
		{ "era", { NULL } },
		{ "lion", { NULL } },
		/* adjectives in -ous */
		{ "various", { NULL } },
		{ "numerous", { NULL } },
		/* a metal is not its oxide */
		{ "titanium", { NULL } },
		{ "titania", { NULL } },
		{ "alumina", { "aluminon" } },	/* not "aluminum"; "aluminon" is no word */
		{ "zirconium", { NULL } },
		/* no classical ending */
		{ "protein", { NULL } },
		{ "cells", { NULL } },
	};
	check(cases, sizeof cases / sizeof *cases);
}

static void test_plural_not_a_word(void **state)
{
	char out[PLURAL_MAX_FORMS][PLURAL_MAX_WORD + PLURAL_GROWTH + 1];
	char longest[PLURAL_MAX_WORD + 1];
	(void)state;
	assert_int_equal(plural_forms("Nuclei", 6, out), 0);
	assert_int_equal(plural_forms("nuclei2", 7, out), 0);
	assert_int_equal(plural_forms("", 0, out), 0);
	/* only n bytes are read */
	assert_int_equal(plural_forms("nucleix", 6, out), 1);
	assert_string_equal(out[0], "nucleus");
	/* the longest word that has one, grown by the most a rule adds */
	memset(longest, 'x', sizeof longest);
	longest[PLURAL_MAX_WORD - 1] = 'i';
	assert_int_equal(plural_forms(longest, PLURAL_MAX_WORD, out), 1);
	assert_int_equal(strlen(out[0]), PLURAL_MAX_WORD + 1);
	assert_int_equal(plural_forms(longest, PLURAL_MAX_WORD + 1, out), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plural_both_ways),
		cmocka_unit_test(test_plural_ices_one_way),
		cmocka_unit_test(test_plural_left_alone),
		cmocka_unit_test(test_plural_not_a_word),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
