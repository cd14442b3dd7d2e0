/*
 * fuzz_passage.c: libFuzzer harness for lib/passage.c.
 *
 * The input is split as plain text and as Markdown (default options, and
 * small options derived from the input length so that long-paragraph
 * cutting is reached with short inputs), and every passage is checked
 * against the contract of passage.h: in order, non-overlapping, non-empty,
 * inside the buffer, trimmed, no BOM, ordinals counting from 0, line
 * numbers equal to 1 + the '\n's before the first and last byte, section
 * NUL-terminated with the stated length and on one line (headings are
 * single lines).  Bytes between passages must be whitespace or heading
 * lines whose text appears in the section of the passage that follows
 * ("every non-blank byte is in a passage or a heading").  A callback that
 * stops the split must stop it with its own value.  The sentence iterator
 * is run over the whole input and over each passage: ranges inside the
 * text, non-empty, trimmed, in order, and the position strictly advancing.
 * Titles lie inside the text.  Any violation aborts, so libFuzzer records
 * the input.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passage.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FAIL(...) do { \
	fprintf(stderr, "fuzz_passage: invariant violated: "); \
	fprintf(stderr, __VA_ARGS__); \
	fputc('\n', stderr); \
	abort(); \
} while (0)

/* Whitespace as passage.c defines it: ASCII blanks and U+00A0. */
static size_t ws_at(const unsigned char *t, size_t i, size_t len)
{
	unsigned char c = t[i];
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
		return 1;
	if (c == 0xC2 && i + 1 < len && t[i + 1] == 0xA0)
		return 2;
	return 0;
}

static size_t ws_before(const unsigned char *t, size_t start, size_t end)
{
	unsigned char c = t[end - 1];
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
		return 1;
	if (c == 0xA0 && end - 1 > start && t[end - 2] == 0xC2)
		return 2;
	return 0;
}

struct seen {
	size_t start, end;
	char *section;	/* a copy: the callback's pointer dies with the call */
};

struct check {
	const unsigned char *t;
	size_t len;
	const size_t *nl_before;	/* nl_before[i]: '\n' bytes in t[0 .. i) */
	size_t bom;			/* 3 when the text starts with a BOM */
	struct seen *p;
	size_t n, cap;
	int stop_at;			/* stop the split after this many passages (0: never) */
};

static void check_sentences(const unsigned char *t, size_t len)
{
	size_t pos = 0, s = 0, e = 0, prev_end = 0, rounds = 0;

	while (passage_next_sentence((const char *)t, len, &pos, &s, &e)) {
		if (++rounds > len + 1)
			FAIL("sentence iterator does not end (%zu rounds, len %zu)", rounds, len);
		if (!(s < e))
			FAIL("empty sentence [%zu, %zu)", s, e);
		if (e > len)
			FAIL("sentence [%zu, %zu) beyond len %zu", s, e, len);
		if (s < prev_end)
			FAIL("sentence [%zu, %zu) starts before the previous end %zu", s, e, prev_end);
		if (pos < e || pos > len)
			FAIL("sentence [%zu, %zu): pos %zu not in [end, len %zu]", s, e, pos, len);
		if (ws_at(t, s, len) || ws_before(t, s, e))
			FAIL("sentence [%zu, %zu) not trimmed", s, e);
		prev_end = e;
	}
	if (pos < prev_end)
		FAIL("final pos %zu before the last sentence end %zu", pos, prev_end);
}

/* The sentence iterator must advance *pos on every call that returns 1. */
static void check_sentence_progress(const unsigned char *t, size_t len)
{
	size_t pos = 0, s, e, rounds = 0;

	for (;;) {
		size_t before = pos;
		if (!passage_next_sentence((const char *)t, len, &pos, &s, &e))
			break;
		if (pos <= before)
			FAIL("sentence iterator did not advance: pos %zu -> %zu", before, pos);
		if (++rounds > len + 1)
			FAIL("sentence iterator does not end");
	}
}

static int on_passage(void *ctx, const struct passage *p)
{
	struct check *c = ctx;
	const unsigned char *t = c->t;

	if (p->ordinal != c->n)
		FAIL("ordinal %zu, expected %zu", p->ordinal, c->n);
	if (!(p->byte_start < p->byte_end))
		FAIL("empty passage [%zu, %zu)", p->byte_start, p->byte_end);
	if (p->byte_end > c->len)
		FAIL("passage [%zu, %zu) beyond len %zu", p->byte_start, p->byte_end, c->len);
	if (c->n > 0 && p->byte_start < c->p[c->n - 1].end)
		FAIL("passage [%zu, %zu) overlaps or precedes the previous one ending at %zu",
		    p->byte_start, p->byte_end, c->p[c->n - 1].end);
	if (p->byte_start < c->bom)
		FAIL("passage [%zu, %zu) includes the BOM", p->byte_start, p->byte_end);
	if (ws_at(t, p->byte_start, c->len) || ws_before(t, p->byte_start, p->byte_end))
		FAIL("passage [%zu, %zu) not trimmed", p->byte_start, p->byte_end);
	if (p->line_start != 1 + c->nl_before[p->byte_start])
		FAIL("passage [%zu, %zu): line_start %zu, expected %zu", p->byte_start,
		    p->byte_end, p->line_start, 1 + c->nl_before[p->byte_start]);
	if (p->line_end != 1 + c->nl_before[p->byte_end - 1])
		FAIL("passage [%zu, %zu): line_end %zu, expected %zu", p->byte_start,
		    p->byte_end, p->line_end, 1 + c->nl_before[p->byte_end - 1]);
	if (p->section == NULL)
		FAIL("NULL section");
	if (strlen(p->section) != p->section_len)
		FAIL("section length %zu, strlen %zu", p->section_len, strlen(p->section));
	if (memchr(p->section, '\n', p->section_len) != NULL)
		FAIL("section of passage [%zu, %zu) spans lines: \"%.80s\"", p->byte_start,
		    p->byte_end, p->section);

	check_sentences(t + p->byte_start, p->byte_end - p->byte_start);

	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 16;
		struct seen *q = realloc(c->p, cap * sizeof *q);
		if (q == NULL)
			abort();
		c->p = q;
		c->cap = cap;
	}
	c->p[c->n].start = p->byte_start;
	c->p[c->n].end = p->byte_end;
	c->p[c->n].section = strdup(p->section);
	if (c->p[c->n].section == NULL)
		abort();
	c->n++;
	if (c->stop_at && (int)c->n >= c->stop_at)
		return 7;
	return 0;
}

/*
 * A line left out of every passage must be a heading: its text, without
 * Markdown '#' or '**' markers and NUL bytes, inside the section of the
 * passage that follows it.
 */
static void check_gap(const struct check *c, size_t from, size_t to, size_t next)
{
	const unsigned char *t = c->t;
	size_t ls = from;

	while (ls < to) {
		const unsigned char *nl = memchr(t + ls, '\n', to - ls);
		size_t le = nl ? (size_t)(nl - t) : to, s = ls, e = le, n;
		char *line;
		size_t k = 0;

		ls = nl ? le + 1 : to;
		while (s < e && (n = ws_at(t, s, e)) > 0)
			s += n;
		while (e > s && (n = ws_before(t, s, e)) > 0)
			e -= n;
		if (s == e)
			continue;
		if (next >= c->n)
			FAIL("text [%zu, %zu) after the last passage is in no passage", s, e);
		/* the heading's words, markers stripped */
		while (s < e && t[s] == '#')
			s++;
		while (e > s && t[e - 1] == '#')
			e--;
		while (s < e && (n = ws_at(t, s, e)) > 0)
			s += n;
		while (e > s && (n = ws_before(t, s, e)) > 0)
			e -= n;
		while (e - s > 4 && (memcmp(t + s, "**", 2) == 0 || memcmp(t + s, "__", 2) == 0) &&
		    memcmp(t + e - 2, t + s, 2) == 0) {
			s += 2;
			e -= 2;
			while (s < e && (n = ws_at(t, s, e)) > 0)
				s += n;
			while (e > s && (n = ws_before(t, s, e)) > 0)
				e -= n;
		}
		line = malloc(e - s + 1);
		if (line == NULL)
			abort();
		for (size_t i = s; i < e; i++)
			if (t[i] != 0)
				line[k++] = (char)t[i];
		line[k] = 0;
		if (strstr(c->p[next].section, line) == NULL)
			FAIL("text [%zu, %zu) \"%.60s\" is in no passage and not in the section \"%.60s\" "
			    "of passage %zu", s, e, line, c->p[next].section, next);
		free(line);
	}
}

static void run_split(const unsigned char *t, size_t len, const size_t *nl_before,
    enum passage_format fmt, const struct passage_options *opts, int stop_at)
{
	struct check c = { 0 };
	int rc;

	c.t = t;
	c.len = len;
	c.nl_before = nl_before;
	c.bom = len >= 3 && t[0] == 0xEF && t[1] == 0xBB && t[2] == 0xBF ? 3 : 0;
	c.stop_at = stop_at;
	rc = passage_split((const char *)t, len, fmt, opts, on_passage, &c);
	if (rc == PASSAGE_ENOMEM)
		goto out;
	if (stop_at) {
		if ((int)c.n >= stop_at ? rc != 7 : rc != 0)
			FAIL("stopped split returned %d after %zu passages (stop at %d)", rc, c.n, stop_at);
		goto out;
	}
	if (rc != 0)
		FAIL("passage_split returned %d", rc);
	/*
	 * coverage: only whitespace and headings between passages (in plain
	 * text; Markdown leaves code, comments and front matter out on purpose,
	 * tests/test_passage.c checks which)
	 */
	for (size_t i = 0; fmt == PASSAGE_FORMAT_TEXT && i <= c.n; i++) {
		size_t from = i == 0 ? c.bom : c.p[i - 1].end;
		size_t to = i == c.n ? len : c.p[i].start;
		check_gap(&c, from, to, i);
	}
out:
	for (size_t i = 0; i < c.n; i++)
		free(c.p[i].section);
	free(c.p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* an exactly sized copy, so ASan sees any read past the end */
	unsigned char *t = malloc(size ? size : 1);
	size_t *nl_before = malloc((size + 1) * sizeof *nl_before);
	struct passage_options small = { 0 };
	size_t s, e;

	if (t == NULL || nl_before == NULL)
		abort();
	if (size)
		memcpy(t, data, size);
	nl_before[0] = 0;
	for (size_t i = 0; i < size; i++)
		nl_before[i + 1] = nl_before[i] + (t[i] == '\n');

	run_split(t, size, nl_before, PASSAGE_FORMAT_TEXT, NULL, 0);
	run_split(t, size, nl_before, PASSAGE_FORMAT_MARKDOWN, NULL, 0);
	small.target_words = 1 + size % 7;
	small.max_words = small.target_words + size % 11;
	small.min_words = 1 + size % 5;
	small.marked_headings = size % 3 == 0;
	small.wrapped = size % 5 == 0;
	run_split(t, size, nl_before, size % 2 ? PASSAGE_FORMAT_MARKDOWN : PASSAGE_FORMAT_TEXT,
	    &small, 0);
	run_split(t, size, nl_before, PASSAGE_FORMAT_TEXT, &small, 1 + (int)(size % 3));

	check_sentences(t, size);
	check_sentence_progress(t, size);

	if (passage_guess_title((const char *)t, size, PASSAGE_FORMAT_MARKDOWN, &s, &e) &&
	    !(s < e && e <= size))
		FAIL("title [%zu, %zu) outside len %zu", s, e, size);
	if (passage_guess_title((const char *)t, size, PASSAGE_FORMAT_TEXT, &s, &e) &&
	    !(s < e && e <= size))
		FAIL("title [%zu, %zu) outside len %zu", s, e, size);

	free(nl_before);
	free(t);
	return 0;
}
