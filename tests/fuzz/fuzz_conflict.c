/*
 * fuzz_conflict.c: libFuzzer harness for lib/conflict.c.
 *
 * The input is cut at its first NUL byte (or in half when it has none) into
 * a claim and a source sentence, each copied into a buffer of exactly its
 * size (NULL when empty).  conflict_find with max 0, 1, 8 and 64 must keep
 * the contract of conflict.h: 0 when max is 0, never -1 (memory does not
 * run out here), never more than max; results ordered by claim_start, each
 * range non-empty and inside its text, each kind one of the four with a
 * name that is not "unknown".  A smaller max gives the first results of a
 * larger one, and a second call gives the same results.  The claim has no
 * conflict with itself: every word and quantity of the source is then one
 * of the claim's own, which agrees with it.  Any violation aborts, so
 * libFuzzer records the input.  The claim read once (conflict_claim_new)
 * gives what conflict_find gives, twice over, and with a lexicon that calls
 * every word a term it keeps the ranges and finds nothing against itself;
 * so does one that gives every word opposites (itself backwards, "un" and
 * itself), calls any two words different kinds and knows no word.
 * (Found here: a number of 301 digits or more got a lower end above its
 * capped upper end and conflicted with itself; conflict.c caps both now.)
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conflict.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FAIL(...) do { \
	fprintf(stderr, "fuzz_conflict: invariant violated: "); \
	fprintf(stderr, __VA_ARGS__); \
	fputc('\n', stderr); \
	abort(); \
} while (0)

#define MAX_BIG 64

static int same(const struct conflict *a, const struct conflict *b)
{
	/* field by field: the padding after kind is not part of the result */
	return a->kind == b->kind && a->claim_start == b->claim_start &&
	    a->claim_end == b->claim_end && a->source_start == b->source_start &&
	    a->source_end == b->source_end;
}

/* got[0 .. n) must be what the first full call gave, want[0 .. nwant) */
static void expect_same(const struct conflict *got, int n, const struct conflict *want,
    int nwant, const char *what)
{
	if (n != nwant)
		FAIL("%s gave %d conflicts, the first call %d", what, n, nwant);
	for (int i = 0; i < n; i++)
		if (!same(&got[i], &want[i]))
			FAIL("%s differs at conflict %d", what, i);
}

static void check(const struct conflict *v, int rc, size_t max, size_t claim_len,
    size_t source_len)
{
	if (rc < 0)
		FAIL("max %zu: conflict_find returned %d", max, rc);
	if ((size_t)rc > max)
		FAIL("max %zu: %d conflicts", max, rc);
	for (int i = 0; i < rc; i++) {
		const char *name = conflict_kind_name(v[i].kind);

		if (v[i].kind != CONFLICT_NUMBER && v[i].kind != CONFLICT_NEGATION &&
		    v[i].kind != CONFLICT_ANTONYM && v[i].kind != CONFLICT_SUBSTITUTION &&
		    v[i].kind != CONFLICT_CONTRAST)
			FAIL("max %zu: conflict %d of kind %d", max, i, (int)v[i].kind);
		if (name == NULL || strcmp(name, "unknown") == 0)
			FAIL("max %zu: conflict %d: kind %d named %s", max, i, (int)v[i].kind,
			    name ? name : "NULL");
		if (!(v[i].claim_start < v[i].claim_end) || v[i].claim_end > claim_len)
			FAIL("max %zu: conflict %d (%s): claim range [%zu, %zu), claim len %zu",
			    max, i, name, v[i].claim_start, v[i].claim_end, claim_len);
		if (!(v[i].source_start < v[i].source_end) || v[i].source_end > source_len)
			FAIL("max %zu: conflict %d (%s): source range [%zu, %zu), source len %zu",
			    max, i, name, v[i].source_start, v[i].source_end, source_len);
		if (i > 0 && v[i].claim_start < v[i - 1].claim_start)
			FAIL("max %zu: conflict %d at claim byte %zu after one at %zu", max, i,
			    v[i].claim_start, v[i - 1].claim_start);
	}
}

/* A text read against itself has no conflict: n, found in v, must be 0. */
static void none_against_itself(const char *what, int n, const struct conflict *v)
{
	if (n != 0)
		FAIL("%s conflicts with itself: %d conflicts, first %s claim [%zu, %zu) "
		    "source [%zu, %zu)", what, n, conflict_kind_name(v[0].kind), v[0].claim_start,
		    v[0].claim_end, v[0].source_start, v[0].source_end);
}

/* conflict_lexicon.is_term that calls every word a term */
static int every_word(void *ctx, const char *w)
{
	(void)ctx;
	return w[0] != '\0';
}

/* conflict_lexicon.opposites: the word spelled backwards and with "un" before it */
static int backwards(void *ctx, const char *w, int (*each)(void *, const char *), void *each_ctx)
{
	char r[64], un[66];
	size_t n = strlen(w);

	(void)ctx;
	if (n >= sizeof r)
		return 0;
	for (size_t i = 0; i < n; i++)
		r[i] = w[n - 1 - i];
	r[n] = '\0';
	snprintf(un, sizeof un, "un%s", w);
	return each(each_ctx, r) != 0 || each(each_ctx, un) != 0 ? -1 : 0;
}

/* conflict_lexicon.different_kinds that calls any two words different kinds */
static int any_two(void *ctx, const char *a, const char *b)
{
	(void)ctx;
	return strcmp(a, b) != 0;
}

/* conflict_lexicon.knows that knows no word: every longer name is a variant */
static int knows_none(void *ctx, const char *w)
{
	(void)ctx;
	(void)w;
	return 0;
}

/* a copy of exactly len bytes, so ASan sees any read past the end; NULL when empty */
static char *copy(const uint8_t *p, size_t len)
{
	char *q;

	if (len == 0)
		return NULL;
	q = malloc(len);
	if (q == NULL)
		abort();
	memcpy(q, p, len);
	return q;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t claim_len = nul ? (size_t)(nul - data) : size / 2;
	size_t source_off = nul ? claim_len + 1 : claim_len;
	size_t source_len = size - source_off;
	char *claim = copy(data, claim_len), *source = copy(data + source_off, source_len);
	struct conflict one[1], eight[8], big[MAX_BIG], again[MAX_BIG];
	int r0, r1, r8, rb, ra;

	r0 = conflict_find(claim, claim_len, source, source_len, NULL, 0);
	if (r0 != 0)
		FAIL("max 0 (out NULL): conflict_find returned %d", r0);
	r0 = conflict_find(claim, claim_len, source, source_len, one, 0);
	if (r0 != 0)
		FAIL("max 0: conflict_find returned %d", r0);

	r1 = conflict_find(claim, claim_len, source, source_len, one, 1);
	check(one, r1, 1, claim_len, source_len);
	r8 = conflict_find(claim, claim_len, source, source_len, eight, 8);
	check(eight, r8, 8, claim_len, source_len);
	rb = conflict_find(claim, claim_len, source, source_len, big, MAX_BIG);
	check(big, rb, MAX_BIG, claim_len, source_len);

	if (r1 != (r8 < 1 ? r8 : 1))
		FAIL("max 1 gave %d conflicts, max 8 gave %d", r1, r8);
	if (r8 != (rb < 8 ? rb : 8))
		FAIL("max 8 gave %d conflicts, max %d gave %d", r8, MAX_BIG, rb);
	if (r1 == 1 && !same(&one[0], &eight[0]))
		FAIL("max 1 gave %s [%zu, %zu)/[%zu, %zu), max 8 begins with %s [%zu, %zu)/[%zu, %zu)",
		    conflict_kind_name(one[0].kind), one[0].claim_start, one[0].claim_end,
		    one[0].source_start, one[0].source_end, conflict_kind_name(eight[0].kind),
		    eight[0].claim_start, eight[0].claim_end, eight[0].source_start,
		    eight[0].source_end);
	for (int i = 0; i < r8; i++)
		if (!same(&eight[i], &big[i]))
			FAIL("conflict %d differs between max 8 and max %d", i, MAX_BIG);

	ra = conflict_find(claim, claim_len, source, source_len, again, MAX_BIG);
	expect_same(again, ra, big, rb, "second call");

	/* the claim read once: the same conflicts, twice (no state kept between sources) */
	if (claim_len > 0) {
		struct conflict_claim *read;
		if (conflict_claim_new(claim, claim_len, &read) != 0)
			FAIL("conflict_claim_new failed");
		for (int k = 0; k < 2; k++) {
			ra = conflict_find_claim(read, source, source_len, NULL, again, MAX_BIG);
			expect_same(again, ra, big, rb, "claim read once");
		}
		/* a lexicon that calls every word a term: substitutions too, still in range */
		static const struct conflict_lexicon all_terms = { .is_term = every_word };
		ra = conflict_find_claim(read, source, source_len, &all_terms, again, MAX_BIG);
		check(again, ra, MAX_BIG, claim_len, source_len);
		ra = conflict_find_claim(read, claim, claim_len, &all_terms, again, MAX_BIG);
		if (ra != 0)
			FAIL("with every word a term, the claim conflicts with itself: %d", ra);
		conflict_claim_free(read);
		/*
		 * a lexicon of opposites and kinds for every word: antonyms and
		 * slot substitutions too, still in range, none against itself
		 */
		static const struct conflict_lexicon wide = { .is_term = every_word,
			.opposites = backwards, .different_kinds = any_two, .knows = knows_none };
		if (conflict_claim_new_in(claim, claim_len, &wide, &read) != 0)
			FAIL("conflict_claim_new_in failed");
		ra = conflict_find_claim(read, source, source_len, &wide, again, MAX_BIG);
		check(again, ra, MAX_BIG, claim_len, source_len);
		ra = conflict_find_claim(read, claim, claim_len, &wide, again, MAX_BIG);
		none_against_itself("with the wide lexicon, the claim", ra, again);
		conflict_claim_free(read);
	}

	{
		ra = conflict_find(claim, claim_len, claim, claim_len, again, MAX_BIG);
		none_against_itself("the claim", ra, again);
	}

	free(claim);
	free(source);
	return 0;
}
