/*
 * test_evidence.c: unit tests of lib/evidence.c, a passage read against
 * a query's words.
 *
 * Hits must sit at the exact bytes of the passage, a raw form and its stem
 * count once, coverage weighs words by idf, the best sentence is the one
 * with the most rarity-weighted words (ties to the shorter), and marking
 * wraps exactly the hits inside the range asked for.
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

#include "evidence.h"
#include "search.h"
#include "tokenizer.h"
#include "words.h"

#include "tokfixture.h"

/* The words of claim, with idf 1, 2, 3 ... in order. */
static void claim_words(struct tok_fixture *f, const char *claim, struct words *ws)
{
	assert_int_equal(words_collect(f->tok, claim, 1, TOKENIZER_QUERY, ws), 0);
	for (int i = 0; i < ws->n; i++)
		ws->w[i].idf = i + 1;
}

static void test_evidence_hits_at_exact_bytes(void **state)
{
	struct tok_fixture *f = *state;
	struct words ws = { .n = 0 };
	struct evidence a = { 0 };
	const char *text = "Ketamine\xE2\x80\x99s receptors: ketamine blocks NMDA receptors.";
	claim_words(f, "ketamine blocks receptor", &ws);
	assert_int_equal(ws.n, 3);
	assert_int_equal(evidence_analyse(f->tok, &ws, text, strlen(text), &a), 0);
	assert_int_equal(a.present[0], 2);	/* ketamine's and ketamine */
	assert_int_equal(a.present[1], 1);
	assert_int_equal(a.present[2], 2);
	assert_int_equal(a.nhits, 5);
	static const char *const hit_text[] = { "Ketamine\xE2\x80\x99s", "receptors", "ketamine",
	    "blocks", "receptors" };
	for (size_t h = 0; h < a.nhits; h++) {
		size_t n = a.hits[h].end - a.hits[h].start;
		assert_int_equal(n, strlen(hit_text[h]));
		assert_memory_equal(text + a.hits[h].start, hit_text[h], n);
	}
	assert_int_equal(a.length, 6);
	evidence_free(&a);
	words_free(&ws);
}

/*
 * A token states the claim word that is its own stem before a word it is
 * only kin to: "connections" is "connections", even though "synaptic",
 * earlier in the claim, has "connect" as kin; a kin-only token goes to a
 * word nothing has stated yet.
 */
static void test_evidence_own_word_before_kin(void **state)
{
	struct tok_fixture *f = *state;
	struct words ws = { .n = 0 };
	struct evidence a = { 0 };
	claim_words(f, "synaptic connections restored", &ws);
	assert_int_equal(ws.n, 3);
	char *connect = strdup(ws.w[1].stems[0]);
	assert_non_null(connect);
	ws.w[0].stems[ws.w[0].nstems++] = connect;	/* synaptic: kin "connect" */
	const char *text = "Synaptic connections.";
	assert_int_equal(evidence_analyse(f->tok, &ws, text, strlen(text), &a), 0);
	assert_int_equal(a.present[0], 1);
	assert_int_equal(a.present[1], 1);
	assert_int_equal(a.present[2], 0);
	assert_int_equal(a.nhits, 2);
	assert_int_equal(a.hits[0].kin, 0);	/* each by its own stem */
	assert_int_equal(a.hits[1].kin, 0);
	assert_int_equal(a.hits[0].stem, 0);
	/* "link", kin of "synaptic" and of "restored": the first not yet stated */
	char *link0 = strdup("link"), *link2 = strdup("link");
	assert_non_null(link0);
	assert_non_null(link2);
	ws.w[0].stems[ws.w[0].nstems++] = link0;
	ws.w[2].stems[ws.w[2].nstems++] = link2;
	text = "A link.";
	assert_int_equal(evidence_analyse(f->tok, &ws, text, strlen(text), &a), 0);
	assert_int_equal(a.present[0], 1);
	assert_int_equal(a.present[2], 0);
	assert_int_equal(a.nhits, 1);
	assert_int_equal(a.hits[0].kin, 1);
	assert_int_equal(a.hits[0].stem, 2);	/* synaptic's third stem, "link" */
	text = "Synaptic link.";
	assert_int_equal(evidence_analyse(f->tok, &ws, text, strlen(text), &a), 0);
	assert_int_equal(a.present[0], 1);
	assert_int_equal(a.present[2], 1);
	ws.w[0].nstems -= 2;
	ws.w[2].nstems--;
	free(connect);
	free(link0);
	free(link2);
	evidence_free(&a);
	words_free(&ws);
}

/*
 * A joint stem (an acronym) states every word that holds it at once:
 * "PTSD" states "stress" and "disorder"; the same stem as plain kin
 * states one word a token.
 */
/* A kin stem brought by words is stated only by their inflections (words.h). */
static void test_evidence_kin_stem_spelled_by_its_words(void **state)
{
	struct tok_fixture *f = *state;
	struct words ws = { .n = 0 };
	struct evidence a = { 0 };
	claim_words(f, "serious illness", &ws);
	assert_int_equal(ws.n, 2);
	/* "serious": kin "severe", whose stem "sever" "several" has too */
	struct words severe = { .n = 0 };
	claim_words(f, "severe", &severe);
	ws.w[0].stems[ws.w[0].nstems] = strdup(severe.w[0].stems[0]);
	ws.w[0].stem_words[ws.w[0].nstems] = strdup("severe");
	assert_non_null(ws.w[0].stems[ws.w[0].nstems]);
	assert_non_null(ws.w[0].stem_words[ws.w[0].nstems++]);
	words_free(&severe);
	static const struct {
		const char *text;
		int present;
	} cases[] = {
		{ "Several illnesses.", 0 }, { "A severe illness.", 1 }, { "Severely ill.", 1 },
		{ "Serious illness.", 1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		assert_int_equal(evidence_analyse(f->tok, &ws, cases[i].text,
		    strlen(cases[i].text), &a), 0);
		if (a.present[0] != cases[i].present)
			fail_msg("\"%s\": serious present %d", cases[i].text, a.present[0]);
	}
	/* without words, every token of the stem states it */
	free(ws.w[0].stem_words[1]);
	ws.w[0].stem_words[1] = NULL;
	assert_int_equal(evidence_analyse(f->tok, &ws, "Several illnesses.", 18, &a), 0);
	assert_int_equal(a.present[0], 1);
	evidence_free(&a);
	words_free(&ws);
}

static void test_evidence_joint_stem_states_each_word(void **state)
{
	struct tok_fixture *f = *state;
	struct words ws = { .n = 0 };
	struct evidence a = { 0 };
	claim_words(f, "stress disorder relief", &ws);
	assert_int_equal(ws.n, 3);
	char *acr[2] = { strdup("ptsd"), strdup("ptsd") };
	assert_non_null(acr[0]);
	assert_non_null(acr[1]);
	for (int k = 0; k < 2; k++) {
		ws.w[k].joint_from = ws.w[k].nstems;
		ws.w[k].stems[ws.w[k].nstems++] = acr[k];
		ws.w[k].joint_to = ws.w[k].nstems;
	}
	const char *text = "Relief in PTSD.";
	assert_int_equal(evidence_analyse(f->tok, &ws, text, strlen(text), &a), 0);
	assert_int_equal(a.present[0], 1);
	assert_int_equal(a.present[1], 1);
	assert_int_equal(a.present[2], 1);
	assert_int_equal(a.nhits, 3);
	char *marked = evidence_mark(&a, text, 0, strlen(text));
	assert_non_null(marked);
	assert_string_equal(marked, "\x02Relief\x03 in \x02PTSD\x03.");
	free(marked);
	/* not joint: the first word only */
	for (int k = 0; k < 2; k++)
		ws.w[k].joint_from = ws.w[k].joint_to = 0;
	assert_int_equal(evidence_analyse(f->tok, &ws, text, strlen(text), &a), 0);
	assert_int_equal(a.present[0], 1);
	assert_int_equal(a.present[1], 0);
	for (int k = 0; k < 2; k++) {
		ws.w[k].nstems--;
		free(acr[k]);
	}
	evidence_free(&a);
	words_free(&ws);
}

/* "fast" as going without food: "fasting" or "fast for ..." states it, "fast relief" does not */
static void test_evidence_going_without(void **state)
{
	struct tok_fixture *f = *state;
	struct words ws = { .n = 0 };
	struct evidence a = { 0 };
	static const struct {
		const char *text;
		int states;
	} cases[] = {
		{ "It gives fast relief within hours.", 0 },
		{ "It works fast.", 0 },
		{ "Patients must fast for six hours.", 1 },
		{ "Patients fast before the infusion.", 1 },
		{ "Fasting is required.", 1 },
		{ "They fasted overnight.", 1 },
	};
	claim_words(f, "fast", &ws);
	assert_int_equal(ws.n, 1);
	ws.w[0].going_without = 1;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		assert_int_equal(evidence_analyse(f->tok, &ws, cases[i].text, strlen(cases[i].text),
		    &a), 0);
		if ((a.present[0] > 0) != cases[i].states)
			fail_msg("%s: present %d, want %d", cases[i].text, a.present[0],
			    cases[i].states);
		evidence_free(&a);
	}
	ws.w[0].going_without = 0;
	assert_int_equal(evidence_analyse(f->tok, &ws, cases[0].text, strlen(cases[0].text), &a), 0);
	assert_true(a.present[0] > 0);
	evidence_free(&a);
	words_free(&ws);
}

/* "several" and "severe" share the stem "sever", not a meaning: neither states the other. */
static void test_evidence_stem_strangers(void **state)
{
	struct tok_fixture *f = *state;
	struct words ws = { .n = 0 };
	struct evidence a = { 0 };
	const char *text = "There are several steps. It treats severe depression.";
	claim_words(f, "severe steps", &ws);
	assert_int_equal(ws.n, 2);
	assert_int_equal(evidence_analyse(f->tok, &ws, text, strlen(text), &a), 0);
	assert_int_equal(a.present[0], 1);	/* "severe", not "several" */
	assert_int_equal(a.present[1], 1);
	words_free(&ws);
	claim_words(f, "several", &ws);
	assert_int_equal(evidence_analyse(f->tok, &ws, text, strlen(text), &a), 0);
	assert_int_equal(a.present[0], 1);	/* "several" only */
	assert_memory_equal(text + a.hits[0].start, "several", 7);
	evidence_free(&a);
	words_free(&ws);
}

static void test_evidence_coverage_weighs_by_idf(void **state)
{
	struct tok_fixture *f = *state;
	struct words ws = { .n = 0 };
	struct evidence a = { 0 };
	const char *text = "Ketamine is an anesthetic.";
	claim_words(f, "ketamine treats depression", &ws);	/* idf 1, 2, 3 */
	assert_int_equal(evidence_analyse(f->tok, &ws, text, strlen(text), &a), 0);
	assert_true(evidence_coverage(&ws, a.present) > 1.0 / 6 - 1e-12);
	assert_true(evidence_coverage(&ws, a.present) < 1.0 / 6 + 1e-12);
	int all[WORDS_MAX] = { 1, 1, 1 }, none[WORDS_MAX] = { 0 };
	assert_true(evidence_coverage(&ws, all) == 1);
	assert_true(evidence_coverage(&ws, none) == 0);
	evidence_free(&a);
	words_free(&ws);
}

static void test_evidence_best_sentence(void **state)
{
	struct tok_fixture *f = *state;
	struct words ws = { .n = 0 };
	struct evidence a = { 0 };
	size_t start, end;
	/* "depression" (idf 5) outweighs "ketamine" and "treats" (1 + 2) */
	const char *text = "Ketamine treats many things. Depression is one. It lifts depression fast.";
	claim_words(f, "ketamine treats depression", &ws);
	ws.w[2].idf = 5;
	assert_int_equal(evidence_analyse(f->tok, &ws, text, strlen(text), &a), 0);
	assert_int_equal(evidence_best_sentence(&a, text, strlen(text), &start, &end), 1);
	/* two sentences hold depression alone: the shorter wins */
	assert_int_equal(end - start, strlen("Depression is one."));
	assert_memory_equal(text + start, "Depression is one.", end - start);
	char *marked = evidence_mark(&a, text, start, end);
	assert_non_null(marked);
	assert_string_equal(marked, "\x02" "Depression\x03 is one.");
	free(marked);
	/* the whole passage: every hit marked, nothing else changed */
	marked = evidence_mark(&a, text, 0, strlen(text));
	assert_string_equal(marked, "\x02Ketamine\x03 \x02treats\x03 many things. \x02"
	    "Depression\x03 is one. It lifts \x02" "depression\x03 fast.");
	free(marked);
	assert_int_equal(evidence_best_sentence(&a, "", 0, &start, &end), 0);
	evidence_free(&a);
	words_free(&ws);
}

static void test_evidence_best_window(void **state)
{
	struct tok_fixture *f = *state;
	struct words ws = { .n = 0 };
	struct evidence a = { 0 };
	size_t start, end;
	/*
	 * idf 1, 2, 3: the first sentence covers 3/6, with the next one, which
	 * opens with "It", 6/6
	 */
	const char *text = "Nothing here. Ketamine treats people. It lifts depression. Done.";
	claim_words(f, "ketamine treats depression", &ws);
	assert_int_equal(evidence_analyse(f->tok, &ws, text, strlen(text), &a), 0);
	assert_int_equal(evidence_best_window(&a, text, strlen(text), 0.2, 2, &start, &end), 1);
	assert_memory_equal(text + start, "Ketamine treats people. It lifts depression.",
	    end - start);
	assert_int_equal(end - start, strlen("Ketamine treats people. It lifts depression."));
	/* a gain of 0.6 is more than the pair adds (0.5): one sentence */
	assert_int_equal(evidence_best_window(&a, text, strlen(text), 0.6, 2, &start, &end), 1);
	assert_int_equal(end - start, strlen("Ketamine treats people."));
	/* one sentence already covering everything is never widened */
	const char *whole = "Ketamine treats depression. It lifts depression.";
	assert_int_equal(evidence_analyse(f->tok, &ws, whole, strlen(whole), &a), 0);
	assert_int_equal(evidence_best_window(&a, whole, strlen(whole), 0.0, 2, &start, &end), 1);
	assert_int_equal(end - start, strlen("Ketamine treats depression."));
	/*
	 * a connective ("However", "And"), or a word of the sentence before,
	 * first or after an opening phrase, also goes on
	 */
	static const char *const on[] = {
		"Nothing here. Ketamine treats people. However, depression lifts.",
		"Nothing here. Ketamine treats people. People see depression lift.",
		"Nothing here. Ketamine treats people. Given in low doses, it lifts depression.",
		"Nothing here. Ketamine treats people. And depression lifts.",
		"Nothing here. Ketamine treats people. By then, people see depression lift.",
		/* a pronoun among its first words points back too */
		"Nothing here. Ketamine treats people. You may need it before depression lifts.",
		/* "the drug" among its first ten words: the drug just named */
		"Nothing here. Ketamine treats people. Within a day of a dose, users of the drug "
		"see depression lift.",
	};
	for (size_t i = 0; i < sizeof on / sizeof *on; i++) {
		assert_int_equal(evidence_analyse(f->tok, &ws, on[i], strlen(on[i]), &a), 0);
		assert_int_equal(evidence_best_window(&a, on[i], strlen(on[i]), 0.2, 2, &start, &end), 1);
		assert_int_equal(start, strlen("Nothing here. "));
		assert_int_equal(end, strlen(on[i]));
	}
	/* a second sentence that does not go on ("By", "Itself") is its own */
	static const char *const apart[] = {
		"Nothing here. Ketamine treats people. By then depression lifts.",
		"Nothing here. Ketamine treats people. Itself, depression lifts.",
		"Nothing here. Ketamine treats people. Given in low doses, depression lifts.",
		"Nothing here. Ketamine treats people. Within a day or two hours depression lifts it.",
		"Nothing here. Ketamine treats people. Within a day the drugstore sees depression lift.",
	};
	for (size_t i = 0; i < sizeof apart / sizeof *apart; i++) {
		assert_int_equal(evidence_analyse(f->tok, &ws, apart[i], strlen(apart[i]), &a), 0);
		assert_int_equal(evidence_best_window(&a, apart[i], strlen(apart[i]), 0.2, 2, &start,
		    &end), 1);
		assert_true(end - start < strlen("Ketamine treats people. By then depression lifts."));
	}
	/*
	 * three sentences that go on one from another, when three are
	 * allowed: "... treats people. Its ... It lifts depression."
	 */
	const char *three = "Nothing here. Ketamine treats people. Its form is odd. It lifts depression.";
	assert_int_equal(evidence_analyse(f->tok, &ws, three, strlen(three), &a), 0);
	assert_int_equal(evidence_best_window(&a, three, strlen(three), 0.2, 2, &start, &end), 1);
	assert_int_equal(end - start, strlen("Ketamine treats people."));
	assert_int_equal(evidence_best_window(&a, three, strlen(three), 0.2, 3, &start, &end), 1);
	assert_int_equal(start, strlen("Nothing here. "));
	assert_int_equal(end, strlen(three));
	/* a question asserts nothing: never the evidence, alone or in a window */
	const char *asked = "Does ketamine treat depression? It lifts people. Ketamine helps.";
	assert_int_equal(evidence_analyse(f->tok, &ws, asked, strlen(asked), &a), 0);
	assert_int_equal(evidence_best_window(&a, asked, strlen(asked), 0.0, 2, &start, &end), 1);
	assert_true(start >= strlen("Does ketamine treat depression? "));
	const char *only = "Does ketamine treat depression?";
	assert_int_equal(evidence_analyse(f->tok, &ws, only, strlen(only), &a), 0);
	assert_int_equal(evidence_best_window(&a, only, strlen(only), 0.0, 2, &start, &end), 0);
	assert_int_equal(evidence_best_window(&a, "", 0, 0.2, 2, &start, &end), 0);
	evidence_free(&a);
	words_free(&ws);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_evidence_hits_at_exact_bytes),
		cmocka_unit_test(test_evidence_own_word_before_kin),
		cmocka_unit_test(test_evidence_kin_stem_spelled_by_its_words),
		cmocka_unit_test(test_evidence_joint_stem_states_each_word),
		cmocka_unit_test(test_evidence_stem_strangers),
		cmocka_unit_test(test_evidence_coverage_weighs_by_idf),
		cmocka_unit_test(test_evidence_best_sentence),
		cmocka_unit_test(test_evidence_best_window),
		cmocka_unit_test(test_evidence_going_without),
	};
	return cmocka_run_group_tests(tests, tok_setup, tok_teardown);
}
