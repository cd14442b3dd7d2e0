/*
 * test_termstats.c: unit tests of lib/termstats.c.
 *
 * Covers counting a term once per row however often and in however many
 * columns it comes, inserted and deleted rows cancelling out (and then
 * not being listed), growth past the first table size checked against a
 * plain array of expected deltas, empty and long terms, terms differing
 * only past a shared prefix, stopping termstats_each, clear, the limit,
 * and counting a term again by its slot (termstats_add_slot).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "termstats.h"

struct seen {
	char term[64];
	int64_t delta;
};

struct collected {
	struct seen items[16];
	size_t n;
};

static int collect(void *ctx, const char *term, size_t len, int64_t delta)
{
	struct collected *c = ctx;
	assert_true(c->n < 16 && len < 64);
	memcpy(c->items[c->n].term, term, len);
	c->items[c->n].term[len] = 0;
	c->items[c->n].delta = delta;
	c->n++;
	return 0;
}

static int64_t delta_of(const struct collected *c, const char *term)
{
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->items[i].term, term) == 0)
			return c->items[i].delta;
	return 0;
}

static void add(struct termstats *t, const char *term)
{
	assert_int_equal(termstats_add(t, term, strlen(term)), 0);
}

static void test_termstats_once_per_row(void **state)
{
	struct termstats *t = termstats_new();
	struct collected c = { 0 };
	(void)state;
	assert_non_null(t);
	termstats_row(t, 1);
	add(t, "cat"), add(t, "dog"), add(t, "cat"), add(t, "\x01" "cats");
	termstats_row(t, 1);
	add(t, "cat");
	termstats_row(t, -1);
	add(t, "dog"), add(t, "dog");
	assert_int_equal(termstats_each(t, collect, &c), 0);
	assert_int_equal(c.n, 2);	/* dog came back to 0 and is not listed */
	assert_int_equal(delta_of(&c, "cat"), 2);
	assert_int_equal(delta_of(&c, "\x01" "cats"), 1);
	assert_int_equal(termstats_count(t), 3);
	termstats_free(t);
}

/* termstats_each into an array indexed by the number in "w<number>" */
static int by_number(void *ctx, const char *term, size_t len, int64_t delta)
{
	int64_t *got = ctx;
	char buf[32];
	assert_true(len > 1 && len < sizeof buf && term[0] == 'w');
	memcpy(buf, term + 1, len - 1);
	buf[len - 1] = 0;
	got[atoi(buf)] = delta;
	return 0;
}

/* Count term w<w> in expect once a row (in_row: the terms the row has). */
static void count_once(char *in_row, int64_t *expect, int w, int sign)
{
	if (!in_row[w]) {
		in_row[w] = 1;
		expect[w] += sign;
	}
}

/* Add a pseudo-random term of w0 .. w<terms - 1> to the row, counted in expect. */
static void add_random(struct termstats *t, unsigned *seed, int terms, char *in_row,
    int64_t *expect, int sign)
{
	char term[32];
	*seed = *seed * 1103515245 + 12345;
	int w = (int)((*seed >> 8) % (unsigned)terms);
	snprintf(term, sizeof term, "w%d", w);
	add(t, term);
	count_once(in_row, expect, w, sign);
}

static void test_termstats_grows_exactly(void **state)
{
	enum { TERMS = 5000, ROWS = 3000 };
	static int64_t expect[TERMS], got[TERMS];
	struct termstats *t = termstats_new();
	unsigned seed = 12345;
	(void)state;
	assert_non_null(t);
	for (int r = 0; r < ROWS; r++) {
		int sign = r % 3 == 2 ? -1 : 1;
		char in_row[TERMS] = { 0 };
		termstats_row(t, sign);
		for (int k = 0; k < 20; k++)
			add_random(t, &seed, TERMS, in_row, expect, sign);
	}
	assert_false(termstats_failed(t));
	assert_int_equal(termstats_each(t, by_number, got), 0);
	assert_memory_equal(got, expect, sizeof expect);
	termstats_clear(t);
	assert_int_equal(termstats_count(t), 0);
	memset(got, 0, sizeof got);
	assert_int_equal(termstats_each(t, by_number, got), 0);
	for (int w = 0; w < TERMS; w++)
		assert_int_equal(got[w], 0);
	termstats_row(t, 1);
	add(t, "w7");
	assert_int_equal(termstats_each(t, by_number, got), 0);
	assert_int_equal(got[7], 1);
	termstats_free(t);
}

/*
 * A title's terms counted in every row by their slots, as the indexer
 * does, while other terms make the map grow: the slots are taken again
 * whenever the epoch changed, and the deltas are those of plain adds.
 */
static void test_termstats_slots(void **state)
{
	enum { TERMS = 4000, ROWS = 2000, TITLE = 4 };
	static int64_t expect[TERMS], got[TERMS];
	static const int title[TITLE + 1] = { 11, 22, 11, 33, 44 };	/* 11 twice */
	struct termstats *t = termstats_new();
	uint32_t slots[TITLE + 1];
	uint64_t epoch = 0, first = termstats_epoch(t);
	char term[32];
	unsigned seed = 777;
	int refills = 0;
	(void)state;
	assert_non_null(t);
	for (int r = 0; r < ROWS; r++) {
		int sign = r % 5 == 4 ? -1 : 1;
		char in_row[TERMS] = { 0 };
		termstats_row(t, sign);
		if (epoch != termstats_epoch(t)) {
			epoch = termstats_epoch(t);
			refills++;
			for (int k = 0; k <= TITLE; k++) {
				snprintf(term, sizeof term, "w%d", title[k]);
				assert_int_equal(termstats_add_slot(t, term, strlen(term), &slots[k]), 0);
			}
			if (termstats_epoch(t) != epoch)
				epoch = 0;	/* grew while adding: take them again next row */
		} else {
			for (int k = 0; k <= TITLE; k++)
				termstats_count_slot(t, slots[k]);
			termstats_count_slot(t, slots[0]);	/* again: still once */
		}
		for (int k = 0; k <= TITLE; k++)
			count_once(in_row, expect, title[k], sign);
		for (int k = 0; k < 10; k++)
			add_random(t, &seed, TERMS, in_row, expect, sign);
	}
	assert_true(refills > 2 && refills < 20);	/* the map grew a few times */
	assert_true(termstats_epoch(t) != first);
	assert_false(termstats_failed(t));
	assert_int_equal(termstats_each(t, by_number, got), 0);
	assert_memory_equal(got, expect, sizeof expect);
	/* a cleared map changes the epoch; a failed one counts nothing */
	epoch = termstats_epoch(t);
	termstats_clear(t);
	assert_true(termstats_epoch(t) != epoch);
	termstats_row(t, 1);
	assert_int_equal(termstats_add_slot(t, "w1", 2, &slots[0]), 0);
	termstats_set_limit(t, 1);
	assert_int_equal(termstats_add(t, "w2", 2), -1);
	assert_true(termstats_failed(t));
	termstats_row(t, 1);
	termstats_count_slot(t, slots[0]);
	termstats_free(t);
}

static int stop_at_first(void *ctx, const char *term, size_t len, int64_t delta)
{
	(void)term, (void)len, (void)delta;
	++*(int *)ctx;
	return 7;
}

static void test_termstats_empty_long_and_prefix_terms(void **state)
{
	struct termstats *t = termstats_new();
	struct collected c = { 0 };
	size_t big = 100000;
	char *longer = malloc(big + 1);
	int calls = 0;
	(void)state;
	assert_non_null(t);
	assert_non_null(longer);
	memset(longer, 'x', big + 1);
	termstats_row(t, 1);
	assert_int_equal(termstats_add(t, "", 0), 0);
	assert_int_equal(termstats_add(t, longer, big), 0);
	assert_int_equal(termstats_add(t, longer, big + 1), 0);	/* a different term */
	add(t, "ab");
	termstats_row(t, 1);
	assert_int_equal(termstats_add(t, longer, big), 0);
	assert_int_equal(termstats_count(t), 4);
	assert_int_equal(termstats_each(t, stop_at_first, &calls), 7);
	assert_int_equal(calls, 1);
	termstats_clear(t);
	termstats_row(t, -1);
	add(t, "ab");
	assert_int_equal(termstats_each(t, collect, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(delta_of(&c, "ab"), -1);
	free(longer);
	termstats_free(t);
	termstats_free(NULL);
}

/* Past its limit the map fails and frees its memory; clear makes it usable again. */
static void test_termstats_limit(void **state)
{
	struct termstats *t = termstats_new();
	struct collected c = { 0 };
	(void)state;
	assert_non_null(t);
	termstats_set_limit(t, 3);
	termstats_row(t, 1);
	add(t, "a"), add(t, "b"), add(t, "c"), add(t, "a");
	assert_int_equal(termstats_failed(t), 0);
	assert_int_equal(termstats_add(t, "d", 1), -1);
	assert_int_equal(termstats_failed(t), 1);
	assert_int_equal(termstats_count(t), 0);
	assert_int_equal(termstats_add(t, "a", 1), -1);	/* sticky */
	assert_int_equal(termstats_each(t, collect, &c), 0);
	assert_int_equal(c.n, 0);
	termstats_clear(t);
	termstats_row(t, 1);
	add(t, "d");
	termstats_set_limit(t, 0);
	add(t, "e"), add(t, "f"), add(t, "g");
	assert_int_equal(termstats_count(t), 4);
	termstats_set_limit(t, 2);	/* already past it */
	assert_int_equal(termstats_failed(t), 1);
	termstats_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_termstats_once_per_row),
		cmocka_unit_test(test_termstats_grows_exactly),
		cmocka_unit_test(test_termstats_slots),
		cmocka_unit_test(test_termstats_empty_long_and_prefix_terms),
		cmocka_unit_test(test_termstats_limit),
	};
	return cmocka_run_group_tests_name("termstats", tests, NULL, NULL);
}
