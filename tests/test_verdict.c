/*
 * test_verdict.c: unit tests of lib/verdict.c, the rules that turn
 * evidence figures into verdicts.  Table-driven: each row's figures and
 * the support it must get; then sets of rows and the claim's verdict.
 * The boundaries are tested on both sides, so moving a threshold or
 * dropping a rule fails a named case.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "verdict.h"

#define S VERDICT_SUPPORTED
#define P VERDICT_PARTIAL
#define U VERDICT_UNSUPPORTED

static void test_verdict_names(void **state)
{
	(void)state;
	assert_string_equal(verdict_name(S), "supported");
	assert_string_equal(verdict_name(P), "partial");
	assert_string_equal(verdict_name(U), "unsupported");
	assert_string_equal(verdict_name(VERDICT_NONE), "");
}

static void test_verdict_of_evidence(void **state)
{
	(void)state;
	static const struct {
		struct verdict_evidence e;
		enum verdict want;
		const char *why;
	} cases[] = {
		{ { 1.0, 1.0, 0, 0, 0, 0, 0 }, S, "every word in one sentence" },
		{ { VERDICT_SUPPORTED_MIN, 0.9, 0, 0, 0, 0, 0 }, S, "at the supported threshold" },
		{ { VERDICT_SUPPORTED_MIN - 0.01, 0.9, 0, 0, 0, 0, 0 }, P, "just below it" },
		{ { VERDICT_PARTIAL_MIN, VERDICT_PARTIAL_MIN, 0, 0, 0, 0, 0 }, P, "at the partial threshold" },
		{ { VERDICT_PARTIAL_MIN - 0.01, VERDICT_PARTIAL_MIN, 0, 0, 0, 0, 0 }, U, "just below it" },
		{ { 0.1, VERDICT_PASSAGE_PARTIAL_MIN, 0, 0, 0, 0, 0 }, P, "words spread over the passage" },
		{ { 0.1, VERDICT_PASSAGE_PARTIAL_MIN - 0.01, 0, 0, 0, 0, 0 }, U, "spread, and too few" },
		{ { 1.0, 1.0, 1, 0, 0, 0, 0 }, U, "a conflict outweighs every match" },
		{ { 0.2, 0.2, 2, 0, 0, 0, 0 }, U, "conflicts in weak evidence" },
		{ { 1.0, 1.0, 0, 1, 0, 0, 0 }, P, "the claim says 'all', the source does not" },
		{ { VERDICT_PARTIAL_MIN - 0.01, VERDICT_PARTIAL_MIN - 0.01, 0, 1, 0, 0, 0 }, U,
		  "an absolute word lifts nothing" },
		{ { 0, 0, 0, 0, 0, 0, 0 }, U, "nothing" },
		{ { 1.0, 1.0, 0, 0, 3, 1, 0 }, P, "one word of a claim of three" },
		{ { 1.0, 1.0, 0, 0, 3, 2, 0 }, S, "two words of three" },
		{ { 0.61, 0.66, 0, 0, 7, 2, 0 }, P, "two rare words of seven: fewer than half" },
		{ { 0.61, 0.66, 0, 0, 8, 4, 0 }, S, "half of the words, most of the weight" },
		{ { 1.0, 1.0, 0, 0, 1, 1, 0 }, S, "a claim of one word" },
		{ { VERDICT_SUPPORTED_MIN - 0.01, 0.9, 0, 0, VERDICT_LONG_WORDS, 6, 0 }, P,
		  "a claim of VERDICT_LONG_WORDS words asks the full threshold" },
		{ { VERDICT_SUPPORTED_MIN - VERDICT_LONG_STEP, 0.9, 0, 0, VERDICT_LONG_WORDS + 1, 6,
		  0 }, S, "one word longer, one step less" },
		{ { VERDICT_SUPPORTED_MIN - 2 * VERDICT_LONG_STEP - 0.005, 0.9, 0, 0,
		  VERDICT_LONG_WORDS + 1, 6, 0 }, P, "and not two steps less" },
		{ { VERDICT_PARTIAL_MIN, 0.9, 0, 0, 20, 12, 0 }, S, "a long claim at the floor" },
		{ { VERDICT_PARTIAL_MIN - 0.01, VERDICT_PARTIAL_MIN - 0.01, 0, 0, 40, 25, 0 }, U,
		  "below the floor, however long" },
		{ { VERDICT_PARTIAL_MIN, 0.9, 0, 0, 20, 9, 0 }, P,
		  "a long claim at the floor, fewer than half of its words" },
		{ { VERDICT_PARTIAL_MIN, 0.9, 0, 1, 20, 12, 0 }, P,
		  "a long claim's absolute word unsaid" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		enum verdict got = verdict_of_evidence(&cases[i].e);
		if (got != cases[i].want)
			fail_msg("case %zu (%s): %s, expected %s", i, cases[i].why, verdict_name(got),
			    verdict_name(cases[i].want));
	}
}

static void test_verdict_of_claim(void **state)
{
	(void)state;
	static const struct verdict_evidence sup = { 0.9, 0.9, 0, 0, 0, 0, 0 },
	    part = { VERDICT_PARTIAL_MIN, VERDICT_PARTIAL_MIN, 0, 0, 0, 0, 0 },
	    none = { VERDICT_PARTIAL_MIN / 2, VERDICT_PARTIAL_MIN / 2, 0, 0, 0, 0, 0 },
	    against = { 0.9, 0.9, 1, 0, 0, 0, 0 },
	    names_another = { 0.9, 0.9, 1, 0, 0, 0, 1 },	/* "NMDA" for "AMPA" */
	    names_and_against = { 0.9, 0.9, 2, 0, 0, 0, 1 },
	    names_all_of_it = { VERDICT_RIVAL_MIN, VERDICT_RIVAL_MIN, 1, 0, 0, 0, 1 },
	    sup_far_less = { VERDICT_RIVAL_MIN - VERDICT_RIVAL_MARGIN,
		VERDICT_RIVAL_MIN - VERDICT_RIVAL_MARGIN, 0, 0, 0, 0, 0 },
	    sup_near = { VERDICT_RIVAL_MIN - VERDICT_RIVAL_MARGIN + 0.01,
		VERDICT_RIVAL_MIN - VERDICT_RIVAL_MARGIN + 0.01, 0, 0, 0, 0, 0 };
	static const struct {
		struct verdict_evidence rows[3];
		size_t n;
		enum verdict want;
		const char *why;
	} cases[] = {
		{ { { 0 } }, 0, U, "no evidence at all" },
		{ { sup }, 1, S, "one source states it" },
		{ { none, sup, none }, 3, S, "a lower source states it" },
		{ { part, none }, 2, P, "the best states part of it" },
		{ { none, none, none }, 3, U, "none states it" },
		{ { sup, against }, 2, P, "sources disagree" },
		{ { against, sup }, 2, P, "sources disagree, the first against" },
		{ { against }, 1, U, "the only evidence disagrees" },
		{ { part, against }, 2, U, "part of it, and a source against" },
		{ { against, none }, 2, U, "against, and nothing for" },
		{ { names_another, sup }, 2, S, "another source names another thing" },
		{ { names_and_against, sup }, 2, P, "it names another thing and disagrees too" },
		{ { names_another }, 1, U, "only a source that names another thing" },
		{ { part, names_another }, 2, U, "part of it, and another thing named" },
		{ { names_all_of_it, sup_far_less }, 2, P,
		  "another thing named in a sentence saying all else, against far weaker support" },
		{ { names_all_of_it, sup_near }, 2, S,
		  "another thing named, against support nearly as strong" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		enum verdict got = verdict_of_claim(cases[i].rows, cases[i].n);
		if (got != cases[i].want)
			fail_msg("case %zu (%s): %s, expected %s", i, cases[i].why, verdict_name(got),
			    verdict_name(cases[i].want));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_verdict_names),
		cmocka_unit_test(test_verdict_of_evidence),
		cmocka_unit_test(test_verdict_of_claim),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
