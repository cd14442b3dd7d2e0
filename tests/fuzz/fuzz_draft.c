/*
 * fuzz_draft.c: libFuzzer harness for lib/draft.c.
 *
 * The input is a draft.  draft_split must return 0 (memory does not run out
 * here), a NULL array exactly when there are no sentences, and every
 * sentence must keep the contract of draft.h: inside the buffer, non-empty,
 * in order and non-overlapping, past a leading BOM, trimmed of ASCII
 * whitespace, holding a letter or digit as draft.c counts them (ASCII, or a
 * UTF-8 lead byte of the letter ranges), and on line 1 + the '\n's before
 * its first byte.  Splitting the same input again gives the same sentences.
 * NULL out or n is an error.  No sentence byte lies in a fenced code block,
 * checked on the drafts where fences can be found line by line without the
 * rest of draft.c's rules (see fence_check).  Any violation aborts, so
 * libFuzzer records the input.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draft.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FAIL(...) do { \
	fprintf(stderr, "fuzz_draft: invariant violated: "); \
	fprintf(stderr, __VA_ARGS__); \
	fputc('\n', stderr); \
	abort(); \
} while (0)

static int is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* draft.c's blanks: what is cut from the end of a line */
static int is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* A letter or digit as draft.h defines it. */
static int claim_char(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= 0xC3 && c <= 0xDF) || (c >= 0xE3 && c <= 0xEF);
}

/*
 * Mark in code[] the bytes of fenced code blocks, from the opening fence
 * line through the closing one (or the end), and return 1; or return 0 when
 * the draft has something that changes where fences are, so the check is
 * skipped: front matter ("---" / "+++" first), an HTML comment ("<!--"
 * anywhere, inline ones swallow lines), or a non-blank line that starts
 * with a blank or '>' (indented code, list continuations, block quotes).
 * What is left is exact: a line is blank when only blanks remain before
 * its '\n'; a fence opens on a non-blank line starting with 3 or more '`'
 * (no '`' later on the line) or '~'; it closes on a line of only the same
 * character, at least as many, trailing blanks allowed.
 */
static int fence_check(const unsigned char *t, size_t len, size_t from, unsigned char *code)
{
	size_t ls = from, fence_n = 0, fence_start = 0;
	unsigned char fence_ch = 0;
	int fence = 0;

	if (len - from >= 3 && (memcmp(t + from, "---", 3) == 0 || memcmp(t + from, "+++", 3) == 0))
		return 0;
	for (size_t i = 0; i + 4 <= len; i++)
		if (memcmp(t + i, "<!--", 4) == 0)
			return 0;
	while (ls < len) {
		const unsigned char *nl = memchr(t + ls, '\n', len - ls);
		size_t le = nl ? (size_t)(nl - t) : len, next = nl ? le + 1 : len, ce = le, i, k;

		while (ce > ls && is_blank(t[ce - 1]))
			ce--;
		if (ce > ls && (t[ls] == ' ' || t[ls] == '\t' || t[ls] == '>'))
			return 0;
		if (fence) {
			for (i = ls; i < ce && t[i] == fence_ch; i++)
				;
			if (ce > ls && i == ce && i - ls >= fence_n) {
				fence = 0;
				memset(code + fence_start, 1, next - fence_start);
			}
		} else if (ce > ls && (t[ls] == '`' || t[ls] == '~')) {
			for (i = ls; i < ce && t[i] == t[ls]; i++)
				;
			k = i - ls;
			if (k >= 3 && !(t[ls] == '`' && memchr(t + i, '`', ce - i) != NULL)) {
				fence = 1;
				fence_ch = t[ls];
				fence_n = k;
				fence_start = ls;
			}
		}
		ls = next;
	}
	if (fence)
		memset(code + fence_start, 1, len - fence_start);
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* an exactly sized copy, so ASan sees any read past the end */
	unsigned char *t = malloc(size ? size : 1);
	size_t *nl_before = malloc((size + 1) * sizeof *nl_before);
	unsigned char *code = calloc(size ? size : 1, 1);
	struct draft_sentence *v = NULL, *w = NULL;
	size_t n = 0, m = 0, bom, prev_end = 0;
	int rc;

	if (t == NULL || nl_before == NULL || code == NULL)
		abort();
	if (size)
		memcpy(t, data, size);
	nl_before[0] = 0;
	for (size_t i = 0; i < size; i++)
		nl_before[i + 1] = nl_before[i] + (t[i] == '\n');
	bom = size >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

	if (draft_split((const char *)t, size, NULL, &n) != DRAFT_ENOMEM ||
	    draft_split((const char *)t, size, &v, NULL) != DRAFT_ENOMEM)
		FAIL("NULL out or n did not give DRAFT_ENOMEM");

	rc = draft_split(size ? (const char *)t : NULL, size, &v, &n);
	if (rc != 0)
		FAIL("draft_split returned %d", rc);
	if ((v == NULL) != (n == 0))
		FAIL("%zu sentences in a %s array", n, v ? "non-NULL" : "NULL");

	for (size_t k = 0; k < n; k++) {
		size_t s = v[k].byte_start, e = v[k].byte_end, i;

		if (!(s < e))
			FAIL("sentence %zu empty [%zu, %zu)", k, s, e);
		if (e > size)
			FAIL("sentence %zu [%zu, %zu) beyond len %zu", k, s, e, size);
		if (s < prev_end)
			FAIL("sentence %zu [%zu, %zu) starts before the previous end %zu", k, s, e,
			    prev_end);
		if (s < bom)
			FAIL("sentence %zu [%zu, %zu) includes the BOM", k, s, e);
		if (is_ws(t[s]) || is_ws(t[e - 1]))
			FAIL("sentence %zu [%zu, %zu) not trimmed", k, s, e);
		for (i = s; i < e && !claim_char(t[i]); i++)
			;
		if (i == e)
			FAIL("sentence %zu [%zu, %zu) has no letter or digit", k, s, e);
		if (v[k].line != (int64_t)(1 + nl_before[s]))
			FAIL("sentence %zu [%zu, %zu): line %lld, expected %zu", k, s, e,
			    (long long)v[k].line, 1 + nl_before[s]);
		prev_end = e;
	}

	if (fence_check(t, size, bom, code))
		for (size_t k = 0; k < n; k++)
			for (size_t i = v[k].byte_start; i < v[k].byte_end; i++)
				if (code[i])
					FAIL("sentence %zu [%zu, %zu): byte %zu is in a fenced code block",
					    k, v[k].byte_start, v[k].byte_end, i);

	rc = draft_split((const char *)t, size, &w, &m);
	if (rc != 0 || m != n)
		FAIL("second split: rc %d, %zu sentences, first gave %zu", rc, m, n);
	for (size_t k = 0; k < n; k++)
		if (w[k].byte_start != v[k].byte_start || w[k].byte_end != v[k].byte_end ||
		    w[k].line != v[k].line)
			FAIL("second split differs at sentence %zu: [%zu, %zu) line %lld, "
			    "first [%zu, %zu) line %lld", k, w[k].byte_start, w[k].byte_end,
			    (long long)w[k].line, v[k].byte_start, v[k].byte_end,
			    (long long)v[k].line);

	free(w);
	free(v);
	free(code);
	free(nl_before);
	free(t);
	return 0;
}
