/*
 * fuzz_frame.c: libFuzzer harness for lib/frame.c.
 *
 * The input is a claim, copied into a buffer of exactly its size (NULL
 * when empty) and not NUL-terminated, so ASan sees any read past its end.
 * frame_find with max FRAME_MAX must keep the contract of frame.h: at most
 * max spans, each non-empty and inside the claim, in order and not
 * overlapping; max 0 gives none, max 1 the first span of the full call, and
 * a second call gives the same spans.  For every run of ASCII letters
 * inside a span, frame_holds_word answers 0 or 1, and 0 when given no
 * spans (an occurrence then lies in no frame).  Any violation aborts, so
 * libFuzzer records the input.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frame.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FAIL(...) do { \
	fprintf(stderr, "fuzz_frame: invariant violated: "); \
	fprintf(stderr, __VA_ARGS__); \
	fputc('\n', stderr); \
	abort(); \
} while (0)

static int is_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void check(const struct frame_span *v, size_t n, size_t max, size_t len)
{
	if (n > max)
		FAIL("max %zu: %zu spans", max, n);
	for (size_t i = 0; i < n; i++) {
		if (!(v[i].start < v[i].end) || v[i].end > len)
			FAIL("max %zu: span %zu is [%zu, %zu), claim len %zu", max, i, v[i].start,
			    v[i].end, len);
		if (i > 0 && v[i].start < v[i - 1].end)
			FAIL("max %zu: span %zu [%zu, %zu) begins before span %zu [%zu, %zu) ends",
			    max, i, v[i].start, v[i].end, i - 1, v[i - 1].start, v[i - 1].end);
	}
}

/* got[0 .. n) must be what the first call gave, want[0 .. nwant) */
static void expect_same(const struct frame_span *got, size_t n, const struct frame_span *want,
    size_t nwant, const char *what)
{
	if (n != nwant)
		FAIL("%s gave %zu spans, the first call %zu", what, n, nwant);
	for (size_t i = 0; i < n; i++)
		if (got[i].start != want[i].start || got[i].end != want[i].end)
			FAIL("%s gave span %zu [%zu, %zu), the first call [%zu, %zu)", what, i,
			    got[i].start, got[i].end, want[i].start, want[i].end);
}

/* Each run of ASCII letters inside span s (cut at its end), asked of frame_holds_word. */
static void ask_words(const char *claim, size_t len, const struct frame_span *v, size_t n,
    size_t s)
{
	char *w = malloc(v[s].end - v[s].start + 1);

	if (w == NULL)
		abort();
	for (size_t i = v[s].start; i < v[s].end;) {
		size_t j = i;
		int r;

		while (j < v[s].end && is_letter((unsigned char)claim[j]))
			j++;
		if (j == i) {
			i++;
			continue;
		}
		memcpy(w, claim + i, j - i);
		w[j - i] = '\0';
		r = frame_holds_word(claim, len, v, n, w);
		if (r != 0 && r != 1)
			FAIL("frame_holds_word(\"%s\") in span %zu returned %d", w, s, r);
		r = frame_holds_word(claim, len, v, 0, w);
		if (r != 0)
			FAIL("frame_holds_word(\"%s\") with no spans returned %d", w, r);
		i = j;
	}
	free(w);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *claim = NULL;
	struct frame_span first[FRAME_MAX], again[FRAME_MAX], one[1];
	size_t n, na, n1;

	if (size > 0) {
		claim = malloc(size);
		if (claim == NULL)
			abort();
		memcpy(claim, data, size);
	}

	n = frame_find(claim, size, first, FRAME_MAX);
	check(first, n, FRAME_MAX, size);

	na = frame_find(claim, size, again, FRAME_MAX);
	expect_same(again, na, first, n, "second call");

	na = frame_find(claim, size, again, 0);
	if (na != 0)
		FAIL("max 0: frame_find returned %zu", na);
	n1 = frame_find(claim, size, one, 1);
	check(one, n1, 1, size);
	expect_same(one, n1, first, n < 1 ? n : 1, "max 1");

	for (size_t s = 0; s < n; s++)
		ask_words(claim, size, first, n, s);

	free(claim);
	return 0;
}
