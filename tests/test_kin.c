/*
 * test_kin.c: unit tests for lib/kin.c, the word kinship claim evidence
 * trusts: which words meet (derivations, spellings, near-synonyms), which
 * never do (the old prefix widening's mistakes, short words that spelling
 * swaps would turn into other words), and that no group holds two words
 * conflict.c reads as opposites.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conflict.h"
#include "kin.h"
#include "tokfixture.h"

#define TOK(f) (((struct tok_fixture *)(f)->t)->tok)

struct kin_fixture {
	void *t;	/* a struct tok_fixture */
	struct kin *kin;
};

static int setup(void **state)
{
	struct kin_fixture *f = calloc(1, sizeof *f);
	assert_non_null(f);
	tok_setup(&f->t);
	assert_int_equal(kin_open(TOK(f), &f->kin), 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct kin_fixture *f = *state;
	kin_close(f->kin);
	tok_teardown(&f->t);
	free(f);
	return 0;
}

struct first {
	char term[64];
};

static int take_first(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct first *f = ctx;
	(void)start;
	(void)end;
	if (colocated || n >= sizeof f->term)
		return 0;
	memcpy(f->term, term, n);
	f->term[n] = 0;
	return 1;
}

static void stem(struct tokenizer_session *tok, const char *w, char *out)
{
	struct first f = { { 0 } };
	tokenizer_run(tok, TOKENIZER_QUERY, w, strlen(w), take_first, &f);
	strcpy(out, f.term);
}

struct look {
	const char *want;
	const char *source;	/* the source word that must spell the kin, or NULL */
	int found, calls;
};

static int look_for(void *ctx, const char *kin_stem, const char *word)
{
	struct look *l = ctx;
	l->calls++;
	if (strcmp(kin_stem, l->want) == 0 &&
	    (l->source == NULL || kin_inflection(l->source, strlen(l->source), word)))
		l->found = 1;
	return 0;
}

/* Whether claim word a meets source word b: the same stem, or kin. */
static int kin_meets(struct kin_fixture *f, const char *a, const char *b)
{
	char sa[64], sb[64];
	stem(TOK(f), a, sa);
	stem(TOK(f), b, sb);
	struct look l = { sb, b, 0, 0 };
	assert_int_equal(kin_each(f->kin, TOK(f), a, sa, look_for, &l), 0);
	return l.found || strcmp(sa, sb) == 0;
}

static void test_kin_pairs(void **state)
{
	static const char *const meet[][2] = {
		{ "relieves", "relief" }, { "relief", "relieved" }, { "faster", "rapid" },
		{ "quickly", "swift" }, { "physician", "doctors" }, { "treats", "treatment" },
		{ "signalling", "signaling" }, { "modelling", "modeled" }, { "labeled", "labelled" },
		{ "tumour", "tumor" }, { "color", "colours" }, { "organise", "organized" },
		{ "anaesthesia", "anesthesia" }, { "centre", "center" }, { "healthy", "health" },
		{ "grows", "growth" }, { "boosts", "increases" }, { "costs", "expensive" },
		{ "Approved", "authorized" }, { "lower", "smaller" }, { "wears", "dissipates" },
		{ "hallucinations", "hallucinogenic" },
		{ "vets", "veterinary" }, { "separate", "distinct" },
		{ "originally", "initially" }, { "promptly", "immediately" }, { "fees", "cost" },
		{ "obstacle", "barrier" }, { "peaceful", "calm" }, { "setting", "atmosphere" },
		{ "maintain", "maintenance" }, { "BP", "pressure" }, { "pts", "patients" },
		{ "1st", "first" }, { "hrs", "hours" }, { "MH", "mental" },
		{ "TRD", "resistant" },
		{ "capacity", "ability" }, { "schedules", "regimens" },
		{ "extend", "prolong" }, { "continuing", "ongoing" }, { "minimize", "reduce" },
		{ "uncover", "unravel" }, { "basis", "underpinnings" }, { "tied", "associated" },
		{ "nose", "intranasal" }, { "vein", "intravenous" }, { "mouth", "orally" },
		{ "limit", "minimize" }, { "speed", "rapid" }, { "dampens", "reduces" },
		{ "unrelenting", "persistent" }, { "second", "another" }, { "resembling", "similar" },
		{ "talk", "discuss" }, { "characterised", "described" }, { "cover", "coverage" },
		{ "animal", "veterinary" }, { "medicine", "medical" }, { "intense", "vivid" },
		{ "staff", "professionals" }, { "qualify", "eligible" }, { "encouraging", "promising" },
		{ "surgeons", "surgery" }, { "detaches", "dissociate" }, { "conversations", "discussion" },
		{ "key", "essential" }, { "wears", "temporary" }, { "fades", "temporary" },
		{ "notice", "attention" }, { "pukey", "nausea" }, { "awakens", "activates" },
		{ "subcut", "subcutaneous" },
		/* inflections of a member, and a member's base: "lasting", "promptly" */
		{ "dosing", "dosage" }, { "surgeries", "surgical" }, { "last", "durable" },
		{ "prompt", "immediately" }, { "safely", "safety" },
		/* a claim word with "'s" ("while the drip's going") */
		{ "drip's", "infusion" }, { "vet's", "veterinary" },
	};
	static const char *const apart[][2] = {
		{ "Medicare", "medical" }, { "Quantum", "quantity" }, { "four", "for" },
		{ "filling", "filing" }, { "filled", "filed" }, { "hour", "hor" },
		{ "increase", "decrease" }, { "faster", "slower" }, { "approve", "ban" },
		{ "block", "activate" }, { "safe", "dangerous" },
		{ "mission", "miss" },
		/* words that only stem like a member */
		{ "stimulant", "activate" }, { "activity", "stimulate" },
		/* source words that only stem like a member ("severe", "dependency") */
		{ "serious", "several" }, { "addiction", "depends" }, { "stimulate", "active" },
	};
	struct kin_fixture *f = *state;
	for (size_t i = 0; i < sizeof meet / sizeof *meet; i++)
		if (!kin_meets(f, meet[i][0], meet[i][1]))
			fail_msg("%s should meet %s", meet[i][0], meet[i][1]);
	for (size_t i = 0; i < sizeof apart / sizeof *apart; i++)
		if (kin_meets(f, apart[i][0], apart[i][1]))
			fail_msg("%s must not meet %s", apart[i][0], apart[i][1]);
}

struct said_by {
	const char *stem;
	char words[256];	/* the words add was given with stem, space-separated */
};

static int collect_words(void *ctx, const char *kin_stem, const char *word)
{
	struct said_by *b = ctx;
	if (strcmp(kin_stem, b->stem) == 0 && strlen(b->words) + strlen(word) + 2 < sizeof b->words)
		strcat(strcat(b->words, " "), word);
	return 0;
}

static void test_kin_own_stem_comes_with_its_words(void **state)
{
	struct kin_fixture *f = *state;
	char s[64];
	/*
	 * the word's own stem comes with the members that have it, so a
	 * caller adding "dissociation" as another word's kin accepts
	 * "dissociative" too
	 */
	stem(TOK(f), "dissociation", s);
	struct said_by b = { s, "" };
	assert_int_equal(kin_each(f->kin, TOK(f), "dissociation", s, collect_words, &b), 0);
	assert_non_null(strstr(b.words, " dissociative"));
	assert_non_null(strstr(b.words, " dissociation"));
	assert_null(strstr(b.words, " detach"));	/* another stem's member */
	/* a word of no group and no spelling variant has no kin */
	stem(TOK(f), "glutamate", s);
	struct look none = { "", NULL, 0, 0 };
	assert_int_equal(kin_each(f->kin, TOK(f), "glutamate", s, look_for, &none), 0);
	assert_int_equal(none.calls, 0);
}

static int stop_at_first(void *ctx, const char *kin_stem, const char *word)
{
	(void)kin_stem, (void)word;
	(*(int *)ctx)++;
	return 7;
}

static void test_kin_stop_value(void **state)
{
	struct kin_fixture *f = *state;
	char s[64];
	int calls = 0;
	stem(TOK(f), "faster", s);
	assert_int_equal(kin_each(f->kin, TOK(f), "faster", s, stop_at_first, &calls), 7);
	assert_int_equal(calls, 1);
}

static void test_kin_spellings(void **state)
{
	static const struct {
		const char *word, *variant;	/* NULL: no variant at all */
	} cases[] = {
		{ "organisation", "organization" }, { "analysed", "analyzed" },
		{ "behaviour", "behavior" }, { "labelled", "labeled" }, { "labeled", "labelled" },
		{ "travelling", "traveling" }, { "centre", "center" }, { "catalogue", "catalog" },
		{ "haematology", "hematology" }, { "paediatric", "pediatric" },
		{ "four", NULL }, { "hour", NULL }, { "filling", NULL }, { "filled", NULL },
		{ "ketamine", NULL }, { "faster", NULL }, { "better", NULL }, { "", NULL },
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *out[4];
		int n = kin_spellings(cases[i].word, out, 4), found = 0;
		assert_true(n >= 0);
		for (int k = 0; k < n; k++) {
			found |= cases[i].variant && strcmp(out[k], cases[i].variant) == 0;
			free(out[k]);
		}
		if (cases[i].variant ? !found : n != 0)
			fail_msg("%s: %d variants, %s expected", cases[i].word, n,
			    cases[i].variant ? cases[i].variant : "none");
	}
}

/*
 * No group pairs two words that conflict.c reads as opposites: kin would
 * call a sentence evidence for the very word it contradicts.
 */
/*
 * The phrase table: each entry "phrase|word", a phrase of two words or
 * more, one word after the bar, listed once; as many entries as
 * kin_phrase gives.
 */
static void test_kin_phrases_are_well_formed(void **state)
{
	struct kin_fixture *f = *state;
	size_t n = 0;
	for (const char *e; (e = kin_phrase(n)) != NULL; n++) {
		const char *bar = strchr(e, '|');
		if (bar == NULL || strchr(bar + 1, '|') != NULL || strchr(bar + 1, ' ') != NULL ||
		    bar[1] == '\0')
			fail_msg("\"%s\": not \"phrase|word\"", e);
		const char *space = memchr(e, ' ', (size_t)(bar - e));
		if (space == NULL || space == e || bar[-1] == ' ')
			fail_msg("\"%s\": the phrase is no two words", e);
		/* its first word stemmed once, as a query word is */
		const char *stem = kin_phrase_stem(f->kin, n);
		size_t first = (size_t)(space - e) < 3 ? (size_t)(space - e) : 3;
		if (stem == NULL || strncmp(stem, e, first) != 0)
			fail_msg("\"%s\": first word's stem %s", e, stem ? stem : "(none)");
	}
	assert_true(n >= 5);
	/* each entry once: a second copy adds nothing and is read for every claim */
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++)
			if (strcmp(kin_phrase(i), kin_phrase(j)) == 0)
				fail_msg("\"%s\": listed twice", kin_phrase(i));
	assert_null(kin_phrase(n));
	assert_null(kin_phrase_stem(f->kin, n));
	assert_string_equal(kin_phrase_stem(f->kin, 0), "switch");	/* "switch on" */
}

static void test_kin_groups_hold_no_opposites(void **state)
{
	(void)state;
	for (size_t g = 0; kin_group(g) != NULL; g++) {
		for (size_t h = g + 1; kin_group(h) != NULL; h++)
			if (strcmp(kin_group(g), kin_group(h)) == 0)
				fail_msg("group \"%s\" listed twice", kin_group(g));
		char words[16][24];
		size_t n = 0;
		for (const char *p = kin_group(g); *p && n < 16;) {
			size_t len = strcspn(p, " ");
			assert_true(len > 0 && len < 24);
			memcpy(words[n], p, len);
			words[n++][len] = 0;
			p += len;
			p += *p == ' ';
		}
		assert_true(n >= 2);
		for (size_t a = 0; a < n; a++)
			for (size_t b = 0; b < n; b++) {
				char claim[64], source[64];
				struct conflict c[4];
				snprintf(claim, sizeof claim, "Ketamine %.23s the brain.", words[a]);
				snprintf(source, sizeof source, "Ketamine %.23s the brain.", words[b]);
				int k = conflict_find(claim, strlen(claim), source, strlen(source), c, 4);
				if (k != 0)
					fail_msg("group %zu: \"%s\" and \"%s\" conflict", g, words[a],
					    words[b]);
			}
	}
}

/* Clinical shorthand: the word an abbreviation stands for, and nothing for others. */
static void test_kin_shorthand(void **state)
{
	(void)state;
	assert_string_equal(kin_shorthand("bp"), "pressure");
	assert_string_equal(kin_shorthand("pts"), "patients");
	assert_string_equal(kin_shorthand("pt"), "patient");
	assert_null(kin_shorthand("p"));
	assert_null(kin_shorthand("hr"));	/* an hour, too */
	assert_null(kin_shorthand("im"));	/* a source's tag for a route */
	assert_null(kin_shorthand("ketamine"));
	assert_string_equal(kin_shorthand("ket"), "ketamine");	/* a chat's */
	assert_string_equal(kin_shorthand("ppl"), "people");
	/* longer than four letters: an emergency doctor's texts */
	assert_string_equal(kin_shorthand("ssris"), "antidepressants");
	assert_string_equal(kin_shorthand("rcptrs"), "receptors");
	assert_string_equal(kin_shorthand("ad"), "antidepressant");
	assert_null(kin_shorthand("sc"));	/* a source's tag for a route */
	assert_null(kin_shorthand("rcptrss"));
	assert_null(kin_shorthand(""));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kin_pairs),
		cmocka_unit_test(test_kin_own_stem_comes_with_its_words),
		cmocka_unit_test(test_kin_stop_value),
		cmocka_unit_test(test_kin_spellings),
		cmocka_unit_test(test_kin_groups_hold_no_opposites),
		cmocka_unit_test(test_kin_phrases_are_well_formed),
		cmocka_unit_test(test_kin_shorthand),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
