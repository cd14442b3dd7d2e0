/*
 * test_spelling.c: American and British spellings (lib/spelling.c), table
 * driven: each rule family both ways, the endings a rule carries along,
 * and the words a rule must leave alone (short words, the -our words that
 * are no British spelling, "poet", "aerosol", plurals in -ae).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "spelling.h"

struct spelling_case {
	const char *word;
	const char *american, *british;	/* NULL: none of that kind */
};

static void check(const struct spelling_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const char *want[2] = { cases[i].american, cases[i].british };
		for (int kind = SPELLING_AMERICAN; kind <= SPELLING_BRITISH; kind++) {
			char out[SPELLING_MAX_WORD + SPELLING_GROWTH + 1];
			size_t len = spelling_variant(cases[i].word, strlen(cases[i].word),
			    (enum spelling_kind)kind, out);
			if (want[kind] == NULL && len != 0)
				fail_msg("%s: %s spelling \"%s\", want none", cases[i].word,
				    kind ? "British" : "American", out);
			if (want[kind] != NULL && (len != strlen(want[kind]) ||
			    strcmp(out, want[kind]) != 0))
				fail_msg("%s: %s spelling \"%s\", want \"%s\"", cases[i].word,
				    kind ? "British" : "American", len ? out : "(none)", want[kind]);
		}
	}
}

static void test_spelling_our(void **state)
{
	(void)state;
	static const struct spelling_case cases[] = {
		{ "tumour", "tumor", NULL },
		{ "tumours", "tumors", NULL },
		{ "tumor", NULL, "tumour" },
		{ "behavioural", "behavioral", NULL },
		{ "behavioral", NULL, "behavioural" },
		{ "colourful", "colorful", NULL },
		{ "favourite", "favorite", NULL },
		{ "neighbourhood", "neighborhood", NULL },
		{ "odour", "odor", NULL },
		/* too short, or an -our word of its own */
		{ "four", NULL, NULL },
		{ "hours", NULL, NULL },
		{ "contour", NULL, NULL },
		{ "contours", NULL, NULL },
		{ "detour", NULL, NULL },
		{ "flour", NULL, NULL },
		/* no British "doour", "flouring" */
		{ "door", NULL, NULL },
		{ "floor", NULL, NULL },
		/* -our only at the end or before an ending */
		{ "journal", NULL, NULL },
		{ "source", NULL, NULL },
	};
	check(cases, sizeof cases / sizeof *cases);
}

static void test_spelling_ize_yze(void **state)
{
	(void)state;
	static const struct spelling_case cases[] = {
		{ "organise", "organize", NULL },
		{ "organisation", "organization", NULL },
		{ "organizations", NULL, "organisations" },
		{ "randomised", "randomized", NULL },
		{ "randomized", NULL, "randomised" },
		{ "characterising", "characterizing", NULL },
		{ "analyse", "analyze", NULL },
		{ "analysed", "analyzed", NULL },
		{ "catalyzes", NULL, "catalyses" },
		/* "analysis" is the same in both */
		{ "analysis", NULL, NULL },
		/* too few letters before the ending */
		{ "rise", NULL, NULL },
		{ "size", NULL, NULL },
		{ "seize", NULL, NULL },
		{ "prize", NULL, NULL },
	};
	check(cases, sizeof cases / sizeof *cases);
}

static void test_spelling_re_ence_ogue_amme(void **state)
{
	(void)state;
	static const struct spelling_case cases[] = {
		{ "centre", "center", NULL },
		{ "centres", "centers", NULL },
		{ "centred", "centered", NULL },
		{ "centring", "centering", NULL },
		{ "center", NULL, "centre" },
		{ "centered", NULL, "centred" },
		{ "fibres", "fibers", NULL },
		{ "fiber", NULL, "fibre" },
		{ "defence", "defense", NULL },
		{ "licences", "licenses", NULL },
		{ "defense", NULL, "defence" },
		{ "sense", NULL, NULL },
		{ "catalogue", "catalog", NULL },
		{ "homologues", "homologs", NULL },
		{ "homolog", NULL, "homologue" },
		/* -tre/-ter after a, e, i or n only: not "faster", "better" */
		{ "theatre", "theater", NULL },
		{ "metres", "meters", NULL },
		{ "faster", NULL, NULL },
		{ "better", NULL, NULL },
		{ "number", NULL, NULL },
		{ "programme", "program", NULL },
		{ "programmes", "programs", NULL },
		{ "program", NULL, "programme" },
	};
	check(cases, sizeof cases / sizeof *cases);
}

static void test_spelling_ll(void **state)
{
	(void)state;
	static const struct spelling_case cases[] = {
		{ "labelled", "labeled", NULL },
		{ "labeled", NULL, "labelled" },
		{ "travellers", "travelers", NULL },
		{ "modeling", NULL, "modelling" },
		{ "signalling", "signaling", NULL },
		/* short words, and an l after a consonant */
		{ "filling", NULL, NULL },
		{ "filled", NULL, NULL },
		{ "spelling", NULL, NULL },
		{ "feeling", NULL, NULL },
		{ "handled", NULL, NULL },
	};
	check(cases, sizeof cases / sizeof *cases);
}

static void test_spelling_digraphs(void **state)
{
	(void)state;
	static const struct spelling_case cases[] = {
		{ "haemoglobin", "hemoglobin", NULL },
		{ "anaemia", "anemia", NULL },
		{ "leukaemia", "leukemia", NULL },
		{ "paediatric", "pediatric", NULL },
		{ "aetiology", "etiology", NULL },
		{ "archaeology", "archeology", NULL },
		{ "oestrogen", "estrogen", NULL },
		{ "oedema", "edema", NULL },
		{ "diarrhoea", "diarrhea", NULL },
		{ "dyspnoea", "dyspnea", NULL },
		{ "foetal", "fetal", NULL },
		{ "coeliac", "celiac", NULL },
		{ "homoeostasis", "homeostasis", NULL },
		/* both rules at once */
		{ "anaesthetised", "anesthetized", NULL },
		{ "sulphate", "sulfate", NULL },
		{ "sulfur", NULL, "sulphur" },
		/* the same in both */
		{ "aerosol", NULL, NULL },
		{ "algae", NULL, NULL },
		{ "poet", NULL, NULL },
		{ "poems", NULL, NULL },
		{ "heroes", NULL, NULL },
		{ "coefficient", NULL, NULL },
		{ "shoes", NULL, NULL },
	};
	check(cases, sizeof cases / sizeof *cases);
}

static void test_spelling_not_a_word(void **state)
{
	(void)state;
	char out[SPELLING_MAX_WORD + SPELLING_GROWTH + 1];
	char longest[SPELLING_MAX_WORD + 2];
	/* upper case, digits, other bytes: the tokenizer folds case first */
	assert_int_equal(spelling_variant("Tumour", 6, SPELLING_AMERICAN, out), 0);
	assert_int_equal(spelling_variant("tumour2", 7, SPELLING_AMERICAN, out), 0);
	assert_int_equal(spelling_variant("tum\xC3\xB6ur", 7, SPELLING_AMERICAN, out), 0);
	assert_int_equal(spelling_variant("", 0, SPELLING_BRITISH, out), 0);
	/* only n bytes are read */
	assert_int_equal(spelling_variant("tumours", 6, SPELLING_AMERICAN, out), 5);
	assert_string_equal(out, "tumor");
	/* the longest word that has one, grown by the most a rule adds */
	memset(longest, 'x', sizeof longest);
	memcpy(longest, "sulf", 4);
	memcpy(longest + SPELLING_MAX_WORD - 2, "am", 2);
	assert_int_equal(spelling_variant(longest, SPELLING_MAX_WORD, SPELLING_BRITISH, out),
	    SPELLING_MAX_WORD + SPELLING_GROWTH);
	assert_memory_equal(out, "sulph", 5);
	assert_string_equal(out + SPELLING_MAX_WORD + SPELLING_GROWTH - 4, "amme");
	assert_int_equal(spelling_variant(longest, SPELLING_MAX_WORD + 1, SPELLING_BRITISH, out), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spelling_our),
		cmocka_unit_test(test_spelling_ize_yze),
		cmocka_unit_test(test_spelling_re_ence_ogue_amme),
		cmocka_unit_test(test_spelling_ll),
		cmocka_unit_test(test_spelling_digraphs),
		cmocka_unit_test(test_spelling_not_a_word),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
