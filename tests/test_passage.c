/*
 * test_passage.c: unit tests of the passage splitter (lib/passage.c).
 *
 * Table-driven: each case is a small inline text with the passages it must
 * give, and every passage's byte range is checked against the source bytes
 * and its line range against the newlines before it.  Inputs are copied into
 * buffers of exactly their length, so a read past the end shows up under
 * ASan or valgrind.  Properties (order, trimming, nothing dropped) are
 * checked on every split, on generated texts and on the articles in
 * CORPUS_DIR (default "corpus", relative to the repository root).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passage.h"

#define MAX_WANT 12

/* ---- collecting and checking ---------------------------------------- */

struct got {
	size_t start, end, line_start, line_end, ordinal;
	char *section;
};

struct collect {
	struct got *v;
	size_t n, cap;
	size_t stop_after;	/* return stop_rc from this callback (1-based); 0: never */
	int stop_rc;
};

static int
collect_cb(void *ctx, const struct passage *p)
{
	struct collect *c = ctx;
	struct got *g;

	assert_non_null(p->section);
	assert_int_equal(strlen(p->section), p->section_len);
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 16;
		c->v = realloc(c->v, c->cap * sizeof *c->v);
		assert_non_null(c->v);
	}
	g = &c->v[c->n++];
	g->start = p->byte_start;
	g->end = p->byte_end;
	g->line_start = p->line_start;
	g->line_end = p->line_end;
	g->ordinal = p->ordinal;
	g->section = malloc(p->section_len + 1);
	assert_non_null(g->section);
	memcpy(g->section, p->section, p->section_len + 1);
	if (c->stop_after != 0 && c->n == c->stop_after)
		return c->stop_rc;
	return 0;
}

static void
collect_free(struct collect *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->v[i].section);
	free(c->v);
	memset(c, 0, sizeof *c);
}

/* Whitespace as the splitter sees it, with U+00A0; bytes at t[i], or 0. */
static size_t
ws_at(const char *t, size_t i, size_t len)
{
	unsigned char c = (unsigned char)t[i];

	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	    c == '\f')
		return 1;
	if (c == 0xC2 && i + 1 < len && (unsigned char)t[i + 1] == 0xA0)
		return 2;
	return 0;
}

static size_t
words_in(const char *t, size_t s, size_t e)
{
	size_t w = 0, n;
	int in = 0;

	while (s < e) {
		if ((n = ws_at(t, s, e)) > 0) {
			in = 0;
			s += n;
		} else {
			w += !in;
			in = 1;
			s++;
		}
	}
	return w;
}

static int
has_bom(const char *t, size_t len)
{
	return len >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0;
}

/* What must hold for any split: order, bounds, trimming, lines, ordinals. */
static void
check_invariants(const char *t, size_t len, const struct collect *c)
{
	size_t i, prev_end = has_bom(t, len) ? 3 : 0, line = 1, at = 0;

	for (i = 0; i < c->n; i++) {
		const struct got *g = &c->v[i];

		assert_int_equal(g->ordinal, i);
		assert_true(g->start >= prev_end);
		assert_true(g->start < g->end);
		assert_true(g->end <= len);
		assert_int_equal(ws_at(t, g->start, len), 0);
		assert_false(t[g->end - 1] == ' ' || t[g->end - 1] == '\n' ||
		    t[g->end - 1] == '\r' || t[g->end - 1] == '\t');
		assert_false(g->end - g->start >= 2 &&
		    memcmp(t + g->end - 2, "\xC2\xA0", 2) == 0);
		/* lines, counted incrementally to stay linear on big inputs */
		for (; at < g->start; at++)
			line += t[at] == '\n';
		assert_int_equal(g->line_start, line);
		for (; at < g->end - 1; at++)
			line += t[at] == '\n';
		assert_int_equal(g->line_end, line);
		prev_end = g->end;
	}
}

/* Strip a heading line the way the splitter names a section. */
static void
heading_text(const char *t, size_t *s, size_t *e, int md)
{
	size_t n;

	while (*s < *e && (n = ws_at(t, *s, *e)) > 0)
		*s += n;
	while (*e > *s && (t[*e - 1] == ' ' || t[*e - 1] == '\t' ||
	    t[*e - 1] == '\r' || t[*e - 1] == '\n'))
		(*e)--;
	if (*e - *s >= 2 && memcmp(t + *e - 2, "\xC2\xA0", 2) == 0)
		*e -= 2;
	if (md && *s < *e && t[*s] == '#') {
		while (*s < *e && t[*s] == '#')
			(*s)++;
		while (*s < *e && (t[*s] == ' ' || t[*s] == '\t'))
			(*s)++;
		while (*e > *s && t[*e - 1] == '#')
			(*e)--;
		while (*e > *s && (t[*e - 1] == ' ' || t[*e - 1] == '\t'))
			(*e)--;
	}
	if (md && *e - *s > 4 && (memcmp(t + *s, "**", 2) == 0 ||
	    memcmp(t + *s, "__", 2) == 0) && memcmp(t + *e - 2, t + *s, 2) == 0) {
		*s += 2;
		*e -= 2;
		while (*s < *e && t[*s] == ' ')
			(*s)++;
		while (*e > *s && t[*e - 1] == ' ')
			(*e)--;
	}
}

/*
 * The end of a Markdown code fence starting at t[i] (a line opening with
 * up to three spaces and ``` or ~~~), through its closing line or to the
 * end; i when there is none.  Written apart from the splitter's own rule.
 */
static size_t
fence_end(const char *t, size_t len, size_t i)
{
	size_t k = i, ind = 0;
	char ch;

	if (i > 0 && t[i - 1] != '\n' && !(i == 3 && has_bom(t, len)))
		return i;
	while (k < len && t[k] == ' ' && ind < 3)
		k++, ind++;
	if (len - k < 3 || (memcmp(t + k, "```", 3) != 0 && memcmp(t + k, "~~~", 3) != 0))
		return i;
	ch = t[k];
	for (k = i; k < len; ) {
		const char *nl = memchr(t + k, '\n', len - k);
		size_t next = nl ? (size_t)(nl - t) + 1 : len, a = k;

		while (a < next && t[a] == ' ' && a - k < 3)
			a++;
		if (k > i && next - a >= 3 && t[a] == ch && t[a + 1] == ch && t[a + 2] == ch)
			return next;
		k = next;
	}
	return len;
}

/*
 * Nothing dropped: every non-whitespace byte outside the BOM lies in a
 * passage, or on a heading line whose text is part of some section, or in
 * Markdown in fenced code (no prose).
 */
static void
check_coverage(const char *t, size_t len, const struct collect *c, int md)
{
	size_t i = has_bom(t, len) ? 3 : 0, k = 0, n;

	while (i < len) {
		if (md && fence_end(t, len, i) > i) {
			size_t end = fence_end(t, len, i);

			for (; k < c->n && c->v[k].start < end; k++) {
				assert_true(c->v[k].end <= i);	/* no passage in code */
			}
			i = end;
			continue;
		}
		while (k < c->n && c->v[k].end <= i)
			k++;
		if (k < c->n && c->v[k].start <= i) {
			i = c->v[k].end;
			continue;
		}
		if ((n = ws_at(t, i, len)) > 0) {
			i += n;
			continue;
		} else {
			size_t ls = i, le = i, hs, he, j;
			int found = 0;

			while (ls > 0 && t[ls - 1] != '\n')
				ls--;
			if (ls == 0 && has_bom(t, len))
				ls = 3;
			while (le < len && t[le] != '\n')
				le++;
			hs = ls;
			he = le;
			heading_text(t, &hs, &he, md);
			assert_true(he > hs);
			for (j = 0; j < c->n && !found; j++) {
				const char *sec = c->v[j].section, *p = sec;
				size_t sl = strlen(sec);

				while (!found && (p = memchr(p, t[hs],
				    sl - (size_t)(p - sec))) != NULL) {
					if ((size_t)(sec + sl - p) >= he - hs &&
					    memcmp(p, t + hs, he - hs) == 0)
						found = 1;
					p++;
				}
			}
			/* Markdown: a heading with only code after it names nothing */
			if (!found && md) {
				size_t stop = k < c->n ? c->v[k].start : len, j2;

				for (j2 = le; j2 < stop && !found; j2++)
					found = fence_end(t, len, j2) > j2;
			}
			if (!found) {
				fail_msg("byte %zu (line \"%.*s\") is in no passage "
				    "and no section", i, (int)(le - ls), t + ls);
			}
			i = le;
		}
	}
}

/* Split a copy of text[0 .. len) that has no byte after it. */
static int
split_copy(const char *text, size_t len, enum passage_format fmt,
    const struct passage_options *opts, struct collect *c, char **copy)
{
	int rc;

	*copy = malloc(len ? len : 1);
	assert_non_null(*copy);
	if (len)
		memcpy(*copy, text, len);
	rc = passage_split(*copy, len, fmt, opts, collect_cb, c);
	check_invariants(*copy, len, c);
	return rc;
}

/* ---- table-driven splitting ------------------------------------------ */

struct want {
	const char *text;	/* NULL ends the list */
	const char *section;
	size_t line_start, line_end;
};

struct split_case {
	const char *name;
	enum passage_format fmt;
	const char *input;
	struct passage_options opts;
	struct want want[MAX_WANT];
};

#define TXT PASSAGE_FORMAT_TEXT
#define MD PASSAGE_FORMAT_MARKDOWN

static void
run_cases_cover(const struct split_case *cases, size_t ncases, int cover)
{
	size_t i, k, nwant;

	for (i = 0; i < ncases; i++) {
		const struct split_case *tc = &cases[i];
		struct collect c = { 0 };
		size_t len = strlen(tc->input);
		char *t;
		int rc;

		rc = split_copy(tc->input, len, tc->fmt, &tc->opts, &c, &t);
		assert_int_equal(rc, 0);
		if (cover)
			check_coverage(t, len, &c, tc->fmt == MD);
		for (nwant = 0; nwant < MAX_WANT && tc->want[nwant].text; nwant++)
			;
		if (c.n != nwant)
			fail_msg("%s: %zu passages, want %zu", tc->name, c.n,
			    nwant);
		for (k = 0; k < nwant; k++) {
			const struct want *w = &tc->want[k];
			const struct got *g = &c.v[k];
			size_t wl = strlen(w->text);

			if (g->end - g->start != wl ||
			    memcmp(t + g->start, w->text, wl) != 0)
				fail_msg("%s: passage %zu is \"%.*s\", want \"%s\"",
				    tc->name, k, (int)(g->end - g->start),
				    t + g->start, w->text);
			if (strcmp(g->section, w->section) != 0)
				fail_msg("%s: passage %zu section \"%s\", want \"%s\"",
				    tc->name, k, g->section, w->section);
			if (g->line_start != w->line_start ||
			    g->line_end != w->line_end)
				fail_msg("%s: passage %zu lines %zu-%zu, want %zu-%zu",
				    tc->name, k, g->line_start, g->line_end,
				    w->line_start, w->line_end);
		}
		collect_free(&c);
		free(t);
	}
}

static void
run_cases(const struct split_case *cases, size_t ncases)
{
	run_cases_cover(cases, ncases, 1);
}

#define RUN(cases) run_cases(cases, sizeof cases / sizeof cases[0])

static void
test_passage_paragraphs(void **state)
{
	static const struct split_case cases[] = {
		{ "blank lines", TXT,
		  "First paragraph has enough words to be a real passage here.\n\n"
		  "Second paragraph also has enough words to stand on its own.\n",
		  { 0 }, {
			{ "First paragraph has enough words to be a real passage here.", "", 1, 1 },
			{ "Second paragraph also has enough words to stand on its own.", "", 3, 3 } } },
		{ "multi-line paragraph, blank line of spaces and tabs", TXT,
		  "  Line one of the first paragraph goes on for a bit,\n"
		  "and continues on line two of it.  \n \t \n\n"
		  "The second paragraph is here and it has enough words.",
		  { 0 }, {
			{ "Line one of the first paragraph goes on for a bit,\n"
			  "and continues on line two of it.", "", 1, 2 },
			{ "The second paragraph is here and it has enough words.", "", 5, 5 } } },
		{ "no blank line at all: a line is a paragraph", TXT,
		  "This first line is a paragraph with a good number of words.\n"
		  "A Short Heading Line\n"
		  "The body under the heading has quite enough words in it.\n"
		  "Another body paragraph follows with yet more words in it.\n",
		  { 0 }, {
			{ "This first line is a paragraph with a good number of words.", "", 1, 1 },
			{ "The body under the heading has quite enough words in it.",
			  "A Short Heading Line", 3, 3 },
			{ "Another body paragraph follows with yet more words in it.",
			  "A Short Heading Line", 4, 4 } } },
		{ "leading and trailing blank lines only: still one line a paragraph", TXT,
		  "\n\nThe first line has a good number of words in it, ok.\n"
		  "The second line has a good number of words in it too.\n\n\n",
		  { 0 }, {
			{ "The first line has a good number of words in it, ok.", "", 3, 3 },
			{ "The second line has a good number of words in it too.", "", 4, 4 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_passage_headings(void **state)
{
	static const struct split_case cases[] = {
		{ "headings become sections and stay in force", TXT,
		  "Main Title Of The Article\n\n"
		  "Intro paragraph with plenty of words to count as body text.\n\n"
		  "Section One\n\nSubsection A\n\n"
		  "Body of subsection A has enough words to be a passage.\n\n"
		  "More body text under the same subsection with many words.\n",
		  { 0 }, {
			{ "Intro paragraph with plenty of words to count as body text.",
			  "Main Title Of The Article", 3, 3 },
			{ "Body of subsection A has enough words to be a passage.",
			  "Section One > Subsection A", 9, 9 },
			{ "More body text under the same subsection with many words.",
			  "Section One > Subsection A", 11, 11 } } },
		{ "run of three: last two are the section, the first joins", TXT,
		  "Site Name\n\nPart Two\n\nThe Details\n\n"
		  "The body paragraph under these headings has many words.\n",
		  { 0 }, {
			{ "Site Name\n\nPart Two\n\nThe Details\n\n"
			  "The body paragraph under these headings has many words.",
			  "Part Two > The Details", 1, 7 } } },
		{ "question heading", TXT,
		  "What is ketamine therapy?\n\n"
		  "Ketamine therapy is a treatment that uses a small dose of it.\n\n"
		  "How does it work?\n\n"
		  "It blocks NMDA receptors in the brain, which matters a lot.\n",
		  { 0 }, {
			{ "Ketamine therapy is a treatment that uses a small dose of it.",
			  "What is ketamine therapy?", 3, 3 },
			{ "It blocks NMDA receptors in the brain, which matters a lot.",
			  "How does it work?", 7, 7 } } },
		{ "two questions are not a heading", TXT,
		  "Are you sad? Do you want help?\n\n"
		  "Then this text is a body paragraph with enough words.\n",
		  { 0 }, {
			{ "Are you sad? Do you want help?\n\n"
			  "Then this text is a body paragraph with enough words.", "", 1, 3 } } },
		{ "closing punctuation: not a heading", TXT,
		  "Note:\n\nThis body paragraph has many words but no heading above it.\n",
		  { 0 }, {
			{ "Note:\n\nThis body paragraph has many words but no heading above it.",
			  "", 1, 3 } } },
		{ "too long to be a heading: a body of its own", TXT,
		  "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen\n\n"
		  "The body paragraph that follows has a good number of words.\n",
		  { 0 }, {
			{ "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen",
			  "", 1, 1 },
			{ "The body paragraph that follows has a good number of words.", "", 3, 3 } } },
		{ "heading with closing brackets", TXT,
		  "Infusion Therapy (Intravenous (IV) Ketamine Treatments)\n\n"
		  "Infusion therapy is a common approach to giving the drug.\n",
		  { 0 }, {
			{ "Infusion therapy is a common approach to giving the drug.",
			  "Infusion Therapy (Intravenous (IV) Ketamine Treatments)", 3, 3 } } },
		{ "numbered headings without a space", TXT,
		  "Tips for Ketamine Treatments\n\n"
		  "1.Consult a Ketamine Integration Therapist\n\n"
		  "Ketamine is an effective and powerful drug that needs care.\n\n"
		  "2.Give Necessary Information\n\n"
		  "Give your doctor all the necessary information about your health.\n",
		  { 0 }, {
			{ "Ketamine is an effective and powerful drug that needs care.",
			  "Tips for Ketamine Treatments > 1.Consult a Ketamine Integration Therapist",
			  5, 5 },
			{ "Give your doctor all the necessary information about your health.",
			  "2.Give Necessary Information", 9, 9 } } },
		{ "numbered heading with a space, not after a list or colon", TXT,
		  "The first part ends here with a full stop and many words.\n\n"
		  "2. Second Step\n\n"
		  "The body of the second step has enough words for a passage.\n",
		  { 0 }, {
			{ "The first part ends here with a full stop and many words.", "", 1, 1 },
			{ "The body of the second step has enough words for a passage.",
			  "2. Second Step", 5, 5 } } },
		{ "a number alone is no heading", TXT,
		  "413-423-0733\n\n"
		  "The body paragraph that follows has a good number of words.\n",
		  { 0 }, {
			{ "413-423-0733\n\n"
			  "The body paragraph that follows has a good number of words.", "", 1, 3 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_passage_lists(void **state)
{
	static const struct split_case cases[] = {
		{ "bullets join their introduction", TXT,
		  "Ketamine therapy is a favorable approach for rapid relief. "
		  "Here\xE2\x80\x99s what you need to know:\n\n"
		  "  \xE2\x80\xA2 From anesthesia to mental health, it shows diverse uses.\n"
		  "  \xE2\x80\xA2 Various administration methods exist.\n\n"
		  "A new paragraph with enough words to be its own passage.\n",
		  { 0 }, {
			{ "Ketamine therapy is a favorable approach for rapid relief. "
			  "Here\xE2\x80\x99s what you need to know:\n\n"
			  "  \xE2\x80\xA2 From anesthesia to mental health, it shows diverse uses.\n"
			  "  \xE2\x80\xA2 Various administration methods exist.", "", 1, 4 },
			{ "A new paragraph with enough words to be its own passage.", "", 6, 6 } } },
		{ "short introduction and short list go together", TXT,
		  "Symptoms include:\n\n- nausea\n- dizziness\n- headache\n\n"
		  "Some closing paragraph text with enough words to count.\n",
		  { 0 }, {
			{ "Symptoms include:\n\n- nausea\n- dizziness\n- headache\n\n"
			  "Some closing paragraph text with enough words to count.", "", 1, 7 } } },
		{ "loose numbered list after a colon", TXT,
		  "Follow these steps in order to get the best result from it:\n\n"
		  "1. Consult a therapist first\n\n"
		  "2) Give necessary information\n\n"
		  "The closing paragraph has enough words to be a passage.\n",
		  { 0 }, {
			{ "Follow these steps in order to get the best result from it:\n\n"
			  "1. Consult a therapist first\n\n"
			  "2) Give necessary information", "", 1, 5 },
			{ "The closing paragraph has enough words to be a passage.", "", 7, 7 } } },
		{ "a list under a heading is body", TXT,
		  "Side Effects\n\n"
		  "* Dizziness and nausea may happen during the session\n"
		  "* Blood pressure may rise for a while\n",
		  { 0 }, {
			{ "* Dizziness and nausea may happen during the session\n"
			  "* Blood pressure may rise for a while", "Side Effects", 3, 4 } } },
		{ "bullet lines in a file without blank lines", TXT,
		  "These are the points that you need to know about it:\n"
		  "- the first point\n"
		  "- the second point\n"
		  "Then a new paragraph with plenty of words follows here.\n",
		  { 0 }, {
			{ "These are the points that you need to know about it:\n"
			  "- the first point\n- the second point", "", 1, 3 },
			{ "Then a new paragraph with plenty of words follows here.", "", 4, 4 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_passage_fragments(void **state)
{
	static const struct split_case cases[] = {
		{ "contact junk joins the next body; a trailing line the last", TXT,
		  "Phone\n\nGive Us A Call\n413-423-0733\n\nAddress\n\n"
		  "1817 Riverdale St\nWest Springfield, MA 01089\n\n"
		  "The first body paragraph with a lot of words follows here.\n\n"
		  "The second body paragraph with a lot of words follows it.\n\n"
		  "Coming Soon\n",
		  { 0 }, {
			{ "Phone\n\nGive Us A Call\n413-423-0733\n\nAddress\n\n"
			  "1817 Riverdale St\nWest Springfield, MA 01089\n\n"
			  "The first body paragraph with a lot of words follows here.",
			  "", 1, 11 },
			{ "The second body paragraph with a lot of words follows it.\n\n"
			  "Coming Soon", "", 13, 15 } } },
		{ "fragment joins the next passage across a heading", TXT,
		  "The first body paragraph with a lot of words is right here.\n\n"
		  "Call us today.\n\nNext Part\n\n"
		  "The second body paragraph with a lot of words is here.\n",
		  { 0 }, {
			{ "The first body paragraph with a lot of words is right here.", "", 1, 1 },
			{ "Call us today.\n\nNext Part\n\n"
			  "The second body paragraph with a lot of words is here.",
			  "Next Part", 3, 7 } } },
		{ "heading-like line at the end joins the previous", TXT,
		  "The body paragraph is here with a good number of words.\n\n"
		  "Spread the love\n",
		  { 0 }, {
			{ "The body paragraph is here with a good number of words.\n\n"
			  "Spread the love", "", 1, 3 } } },
		{ "only fragments: one passage", TXT,
		  "Phone\n\nCall us\n\n413-423-0733\n",
		  { 0 }, {
			{ "Phone\n\nCall us\n\n413-423-0733", "", 1, 5 } } },
		{ "a single word", TXT, "Hello", { 0 }, { { "Hello", "", 1, 1 } } },
		{ "min_words option", TXT,
		  "Call us today.\n\nWe are open.\n",
		  { .min_words = 3 }, {
			{ "Call us today.", "", 1, 1 },
			{ "We are open.", "", 3, 3 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_passage_markdown(void **state)
{
	static const struct split_case cases[] = {
		{ "heading stack: the whole path", MD,
		  "# Guide\n\n"
		  "Intro text for the guide has a good number of words here.\n\n"
		  "## Setup ##\n"
		  "Setup text directly under the heading has plenty of words.\n\n"
		  "### Details\n\n"
		  "Detail text is deep in the tree and has plenty of words.\n\n"
		  "## Usage\n\n"
		  "Usage text goes here with a fair number of words in it.\n",
		  { 0 }, {
			{ "Intro text for the guide has a good number of words here.",
			  "Guide", 3, 3 },
			{ "Setup text directly under the heading has plenty of words.",
			  "Guide > Setup", 6, 6 },
			{ "Detail text is deep in the tree and has plenty of words.",
			  "Guide > Setup > Details", 10, 10 },
			{ "Usage text goes here with a fair number of words in it.",
			  "Guide > Usage", 14, 14 } } },
		{ "three headings above a body are its section", MD,
		  "# A\n\n## B\n\n### C\n\n"
		  "Body text under three headings that has many words.\n",
		  { 0 }, {
			{ "Body text under three headings that has many words.",
			  "A > B > C", 7, 7 } } },
		{ "a sibling heading without a body goes into the passage", MD,
		  "# A\n\n## B\n\n## C\n\n"
		  "Body text under the second sibling that has many words.\n",
		  { 0 }, {
			{ "## B\n\n## C\n\n"
			  "Body text under the second sibling that has many words.",
			  "A > C", 3, 7 } } },
		{ "heading inside a paragraph splits it", MD,
		  "Para line one has words and more words in it.\n"
		  "# Heading Here\n"
		  "Body under heading with plenty of words in this line.\n",
		  { 0 }, {
			{ "Para line one has words and more words in it.", "", 1, 1 },
			{ "Body under heading with plenty of words in this line.",
			  "Heading Here", 3, 3 } } },
		{ "fenced code is no prose, and no heading", MD,
		  "# Code\n\n```sh\n# not a heading\nls -la\n```\n\n"
		  "Text after the code block has plenty of words in it.\n",
		  { 0 }, {
			{ "Text after the code block has plenty of words in it.",
			  "Code", 8, 8 } } },
		{ "heading at the end joins the previous", MD,
		  "Text paragraph that has plenty of words to be a passage.\n\n"
		  "## Trailing\n",
		  { 0 }, {
			{ "Text paragraph that has plenty of words to be a passage.\n\n"
			  "## Trailing", "", 1, 3 } } },
		{ "plain heading-like line under a '#' heading", MD,
		  "# Guide\n\n**Key Points**\n\n"
		  "The key points are listed in this paragraph with words.\n",
		  { 0 }, {
			{ "The key points are listed in this paragraph with words.",
			  "Guide > Key Points", 5, 5 } } },
		{ "#hashtag is no ATX heading, only heading-like", MD,
		  "#hashtag\n\nThe paragraph after the hashtag has enough words.\n",
		  { 0 }, {
			{ "The paragraph after the hashtag has enough words.",
			  "#hashtag", 3, 3 } } },
	};

	(void)state;
	RUN(cases);
}

/*
 * Markdown blocks that are not prose, setext headings and front matter
 * (issue 21): each case's passages, sections and lines in the original.
 */
static void
test_passage_markdown_blocks(void **state)
{
	static const struct split_case cases[] = {
		{ "YAML front matter is no passage", MD,
		  "---\ntitle: Example\nauthor: Ann\n---\n\n"
		  "The first paragraph after the front matter has many words.\n",
		  { 0 }, {
			{ "The first paragraph after the front matter has many words.",
			  "", 6, 6 } } },
		{ "TOML front matter is no passage", MD,
		  "+++\ntitle = \"Example\"\n+++\n"
		  "The first paragraph after the front matter has many words.\n",
		  { 0 }, {
			{ "The first paragraph after the front matter has many words.",
			  "", 4, 4 } } },
		{ "an unclosed front matter is text", MD,
		  "---\nThis line goes on and on with words and more of them.\n",
		  { 0 }, {
			{ "This line goes on and on with words and more of them.", "", 2, 2 } } },
		{ "setext headings, levels 1 and 2", MD,
		  "Title\n=====\n\nIntro paragraph under the title has enough words.\n\n"
		  "Key points\n----------\nPoints paragraph under the subheading has many words.\n",
		  { 0 }, {
			{ "Intro paragraph under the title has enough words.", "Title", 4, 4 },
			{ "Points paragraph under the subheading has many words.",
			  "Title > Key points", 8, 8 } } },
		{ "a rule after a blank line is no heading", MD,
		  "First paragraph here has enough words to be a passage.\n\n---\n\n"
		  "Second paragraph here has enough words to be a passage.\n",
		  { 0 }, {
			{ "First paragraph here has enough words to be a passage.", "", 1, 1 },
			{ "Second paragraph here has enough words to be a passage.", "", 5, 5 } } },
		{ "a fence interrupts a paragraph, code stays out", MD,
		  "Run this command to list the files in the folder:\n"
		  "~~~\nls -la\n~~~\n"
		  "Then read the list of files that it prints out for you.\n",
		  { 0 }, {
			{ "Run this command to list the files in the folder:", "", 1, 1 },
			{ "Then read the list of files that it prints out for you.", "", 5, 5 } } },
		{ "indented code is no prose", MD,
		  "A paragraph before the indented code has enough words.\n\n"
		  "    int main(void) { return 0; }\n    /* more code */\n\n"
		  "A paragraph after the indented code has enough words.\n",
		  { 0 }, {
			{ "A paragraph before the indented code has enough words.", "", 1, 1 },
			{ "A paragraph after the indented code has enough words.", "", 6, 6 } } },
		{ "indented lines in a list are the list's", MD,
		  "These are the steps that you have to take:\n\n- first step\n\n"
		  "    more about the first step\n\n- second step\n",
		  { 0 }, {
			{ "These are the steps that you have to take:\n\n- first step\n\n"
			  "    more about the first step\n\n- second step", "", 1, 7 } } },
		{ "comments and link definitions are no prose", MD,
		  "<!-- a comment\nover two lines -->\n\n"
		  "The paragraph between them has enough words in it to stand.\n\n"
		  "[ref]: https://example.org \"Example\"\n",
		  { 0 }, {
			{ "The paragraph between them has enough words in it to stand.",
			  "", 4, 4 } } },
		{ "a link definition over lines: destination, then title", MD,
		  "[ref]:\n  https://example.org/next-line\n  \"The Title\"\n"
		  "[two]: https://example.org/two\n'Its title'\n\n"
		  "The paragraph after them has enough words in it to stand.\n",
		  { 0 }, {
			{ "The paragraph after them has enough words in it to stand.",
			  "", 7, 7 } } },
		{ "a quoted line after a definition that is no title is prose", MD,
		  "[ref]: https://example.org/x\n"
		  "\"Quoted words open this paragraph,\" the guide says, with more words.\n",
		  { 0 }, {
			{ "\"Quoted words open this paragraph,\" the guide says, with more words.",
			  "", 2, 2 } } },
		{ "a block quote stays whole", MD,
		  "> The quoted paragraph has a good number of words in it.\n>\n"
		  "> And the second quoted paragraph goes on with more words.\n",
		  { 0 }, {
			{ "> The quoted paragraph has a good number of words in it.\n>\n"
			  "> And the second quoted paragraph goes on with more words.",
			  "", 1, 3 } } },
		{ "marked headings only: a short line is no heading (HTML)", MD,
		  "# Table\n\nCell two\n\nThe next cell holds a sentence with enough words.\n",
		  { .marked_headings = 1 }, {
			{ "Cell two\n\nThe next cell holds a sentence with enough words.",
			  "Table", 3, 5 } } },
		{ "wrapped lines without a blank line are one paragraph (PDF)", TXT,
		  "Page three holds one paragraph about carbon that\n"
		  "sinks with dead plankton to the deep sea floor.\n",
		  { .wrapped = 1 }, {
			{ "Page three holds one paragraph about carbon that\n"
			  "sinks with dead plankton to the deep sea floor.", "", 1, 2 } } },
		{ "a short line before code joins the passage before", MD,
		  "# Use\n\nThe tool is run from the command line like this one.\n\n"
		  "For example:\n\n```\ntool --help\n```\n",
		  { 0 }, {
			{ "The tool is run from the command line like this one.\n\n"
			  "For example:", "Use", 3, 5 } } },
	};

	(void)state;
	/* what is no prose is in no passage: no coverage check */
	run_cases_cover(cases, sizeof cases / sizeof cases[0], 0);
}

static void
test_passage_front_matter(void **state)
{
	static const struct {
		const char *input;
		const char *want[PASSAGE_FM_FIELDS];	/* NULL: not there */
		size_t end;
	} cases[] = {
		{ "---\ntitle: \"A Title: With Colon\"\nAuthor: Ann Lee # main\n"
		  "date: 2021-03-04\nurl: https://example.org/a\n---\ntext",
		  { "A Title: With Colon", "Ann Lee", "2021-03-04", "https://example.org/a", NULL },
		  104 },
		{ "\xEF\xBB\xBF+++\ntitle = 'T'\nauthors = [\"A\", \"B\"]\n"
		  "publisher = \"P\"\n+++\n",
		  { "T", "A", NULL, NULL, "P" }, 60 },
		{ "---\nauthors:\n  - First Author\n  - Second\nlink: x\n...\n",
		  { NULL, "First Author", NULL, "x", NULL }, 53 },
		{ "title: no front matter\n", { NULL }, 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct passage_front_matter fm;
		size_t len = strlen(cases[i].input), f;
		char *t = malloc(len);
		int got;

		assert_non_null(t);
		memcpy(t, cases[i].input, len);
		got = passage_front_matter(t, len, &fm);
		assert_int_equal(got, cases[i].end > 0);
		assert_int_equal(fm.end, cases[i].end);
		for (f = 0; f < PASSAGE_FM_FIELDS; f++) {
			const char *w = cases[i].want[f];
			size_t n = fm.field[f].end - fm.field[f].start;

			if (w == NULL)
				assert_int_equal(n, 0);
			else if (n != strlen(w) || memcmp(t + fm.field[f].start, w, n) != 0)
				fail_msg("case %zu field %zu: \"%.*s\", want \"%s\"", i, f,
				    (int)n, t + fm.field[f].start, w);
		}
		free(t);
	}
}

static void
test_passage_encodings(void **state)
{
	static const struct split_case cases[] = {
		{ "CRLF", TXT,
		  "Title Line Here\r\n\r\n"
		  "Body text with enough words to be one passage for sure.\r\n"
		  "It goes on to a second line.\r\n\r\n"
		  "Another paragraph of body text has enough words.\r\n",
		  { 0 }, {
			{ "Body text with enough words to be one passage for sure.\r\n"
			  "It goes on to a second line.", "Title Line Here", 3, 4 },
			{ "Another paragraph of body text has enough words.",
			  "Title Line Here", 6, 6 } } },
		{ "BOM before a heading", TXT,
		  "\xEF\xBB\xBFTitle Line Here\n\n"
		  "Body text with enough words to be one passage for sure.\n",
		  { 0 }, {
			{ "Body text with enough words to be one passage for sure.",
			  "Title Line Here", 3, 3 } } },
		{ "BOM before body", TXT,
		  "\xEF\xBB\xBF" "Body text with enough words to be one passage for sure.\n",
		  { 0 }, {
			{ "Body text with enough words to be one passage for sure.", "", 1, 1 } } },
		{ "invalid UTF-8", TXT,
		  "Bad \xFF\xFE bytes \xC3 in a paragraph with many words here.\n\n"
		  "\xE2\x80 Truncated sequence then text with many words in it.\n\xC2",
		  { 0 }, {
			{ "Bad \xFF\xFE bytes \xC3 in a paragraph with many words here.", "", 1, 1 },
			{ "\xE2\x80 Truncated sequence then text with many words in it.\n\xC2",
			  "", 3, 4 } } },
		{ "no-break spaces trimmed and blank", TXT,
		  "\xC2\xA0" "Body text with nbsp around it and enough words.\xC2\xA0\n\n"
		  "\xC2\xA0 \n\n"
		  "Second paragraph with enough words to be here too.\n",
		  { 0 }, {
			{ "Body text with nbsp around it and enough words.", "", 1, 1 },
			{ "Second paragraph with enough words to be here too.", "", 5, 5 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_passage_empty(void **state)
{
	static const char *const inputs[] = { "", " ", "\n\n\n", "  \t\r\n \r\n",
	    "\xEF\xBB\xBF", "\xEF\xBB\xBF \n", "\xC2\xA0\n" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
		struct collect c = { 0 };
		char *t;

		assert_int_equal(split_copy(inputs[i], strlen(inputs[i]), TXT,
		    NULL, &c, &t), 0);
		assert_int_equal(c.n, 0);
		free(t);
		assert_int_equal(split_copy(inputs[i], strlen(inputs[i]), MD,
		    NULL, &c, &t) , 0);
		free(t);
		assert_int_equal(c.n, 0);
		collect_free(&c);
	}
	{
		struct collect c = { 0 };

		assert_int_equal(passage_split(NULL, 0, TXT, NULL, collect_cb, &c), 0);
		assert_int_equal(c.n, 0);
	}
}

static void
test_passage_callback_stop(void **state)
{
	static const char text[] =
	    "The first paragraph has a good number of words in it.\n\n"
	    "The second paragraph has a good number of words in it.\n\n"
	    "The third paragraph has a good number of words in it.\n";
	struct collect c = { 0 };
	char *t;

	(void)state;
	c.stop_after = 2;
	c.stop_rc = 42;
	assert_int_equal(split_copy(text, strlen(text), TXT, NULL, &c, &t), 42);
	assert_int_equal(c.n, 2);
	collect_free(&c);
	free(t);
}

/* ---- long inputs ----------------------------------------------------- */

static char *
long_paragraph(size_t sentences, size_t *len)
{
	char *t = malloc(sentences * 64 + 1);
	size_t i, n = 0;

	assert_non_null(t);
	for (i = 0; i < sentences; i++)
		n += (size_t)sprintf(t + n, "%sSentence number %zu has exactly ten words in it ok.",
		    i ? " " : "", i);
	*len = n;
	return t;
}

static void
test_passage_long_paragraph(void **state)
{
	static const struct {
		struct passage_options opts;
		size_t sentences, pieces, max;
	} cases[] = {
		{ { 0 }, 50, 4, 200 },
		{ { 0 }, 20, 1, 200 },		/* 200 words: still whole */
		{ { 0 }, 21, 2, 200 },
		{ { .target_words = 50, .max_words = 60 }, 30, 6, 60 },
	};
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct collect c = { 0 };
		size_t len;
		char *src = long_paragraph(cases[i].sentences, &len), *t;

		assert_int_equal(split_copy(src, len, TXT, &cases[i].opts, &c,
		    &t), 0);
		check_coverage(t, len, &c, 0);
		assert_int_equal(c.n, cases[i].pieces);
		for (k = 0; k < c.n; k++) {
			const struct got *g = &c.v[k];

			assert_true(words_in(t, g->start, g->end) <= cases[i].max);
			/* whole sentences: starts a sentence, ends one */
			assert_memory_equal(t + g->start, "Sentence number ", 16);
			assert_memory_equal(t + g->end - 4, " ok.", 4);
			assert_true(k + 1 == c.n || g->end + 1 == c.v[k + 1].start);
		}
		collect_free(&c);
		free(t);
		free(src);
	}
}

/*
 * Paragraphs as dense as text gets (one-letter words, one blank between
 * them) just over and at max_words: the splitter may skip counting the
 * words of a range too short to hold more than max_words, never of one
 * that can.
 */
static void
test_passage_dense_words(void **state)
{
	static const struct {
		const char *text;
		size_t max;
		int whole;
	} cases[] = {
		{ "a. b. c. d. e.", 4, 0 },		/* 5 words in 14 bytes */
		{ "a. b. c. d.", 4, 1 },		/* 4 words: whole */
		{ "a. b. c. d. e. f. g. h. i.", 8, 0 },	/* 9 words in 26 bytes */
		{ "a. b. c. d. e. f. g. h.", 8, 1 },
		{ "a b c d e. f g h i j k l m n o p q r s t u", 20, 0 },	/* 21 in 42 */
		{ "a b c d e. f g h i j k l m n o p q r s t", 20, 1 },
	};
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct passage_options o = { .target_words = 2, .min_words = 1 };
		struct collect c = { 0 };
		size_t len = strlen(cases[i].text);
		char *t;

		o.max_words = cases[i].max;
		assert_int_equal(split_copy(cases[i].text, len, TXT, &o, &c, &t), 0);
		check_coverage(t, len, &c, 0);
		assert_int_equal(c.n == 1, cases[i].whole);
		for (k = 0; k < c.n; k++)
			assert_true(words_in(t, c.v[k].start, c.v[k].end) <= cases[i].max);
		collect_free(&c);
		free(t);
	}
}

static void
test_passage_long_line(void **state)
{
	static const char *const words[] = { "alpha", "beta", "gamma", "delta",
	    "epsilon" };
	size_t len = 1024 * 1024, n = 0, i = 0, k;
	char *src = malloc(len), *t;
	struct collect c = { 0 };

	(void)state;
	assert_non_null(src);
	/* 1 MB, one line, no newline, no punctuation */
	while (n < len) {
		const char *w = words[i++ % 5];
		size_t wl = strlen(w);

		if (n + wl + 1 > len)
			wl = len - n - 1;
		memcpy(src + n, w, wl);
		n += wl;
		src[n++] = ' ';
	}
	src[len - 1] = 'z';
	assert_int_equal(split_copy(src, len, TXT, NULL, &c, &t), 0);
	check_coverage(t, len, &c, 0);
	assert_true(c.n > 1000);
	for (k = 0; k < c.n; k++) {
		assert_true(words_in(t, c.v[k].start, c.v[k].end) <= 200);
		assert_int_equal(c.v[k].line_start, 1);
		assert_int_equal(c.v[k].line_end, 1);
	}
	collect_free(&c);
	free(t);

	/* 1 MB of two-byte characters and no whitespace at all */
	for (i = 0; i + 1 < len; i += 2)
		memcpy(src + i, "\xC3\xA9", 2);
	assert_int_equal(split_copy(src, len, TXT, NULL, &c, &t), 0);
	assert_true(c.n >= len / 8192);
	assert_int_equal(c.v[0].start, 0);
	assert_int_equal(c.v[c.n - 1].end, len);
	for (k = 0; k < c.n; k++) {
		assert_true(c.v[k].end - c.v[k].start <= 8192);
		assert_int_equal((unsigned char)t[c.v[k].start], 0xC3);
		assert_int_equal((unsigned char)t[c.v[k].end - 1], 0xA9);
		assert_true(k + 1 == c.n || c.v[k].end == c.v[k + 1].start);
	}
	collect_free(&c);
	free(t);
	free(src);
}

/* ---- generated texts: nothing dropped -------------------------------- */

static uint32_t
rnd(uint32_t *s)
{
	*s = *s * 1103515245u + 12345u;
	return (*s >> 16) & 0x7fff;
}

static void
test_passage_coverage_property(void **state)
{
	static const char *const pieces[] = {
		"Short Heading Line", "What is it?", "Phone", "413-423-0733",
		"Give Us A Call", "Coming Soon", "# Markdown Heading",
		"## Second Level ##", "  \xE2\x80\xA2 a bullet item here",
		"- another item", "1. numbered item", "1.Numbered Heading",
		"Here is what you need to know:",
		"This is a body sentence with a good number of words in it.",
		"Dr. Smith said e.g. 3.5 mg is fine, so we went on and on.",
		"A long run of words without any punctuation at all goes on and on",
		"Bad \xFF bytes \xC3 here", "\xC2\xA0", "```", "Ok.", "**Bold Line**",
		"Is this a question that ends here?",
	};
	static const char *const ends[] = { "\n", "\r\n", "\n\n", "\n \n" };
	char buf[4096];
	uint32_t seed = 12345;
	int round, fmt;

	(void)state;
	for (round = 0; round < 400; round++) {
		size_t n = 0, lines = 1 + rnd(&seed) % 40, i;

		if (rnd(&seed) % 8 == 0) {
			memcpy(buf, "\xEF\xBB\xBF", 3);
			n = 3;
		}
		for (i = 0; i < lines; i++) {
			const char *p = pieces[rnd(&seed) %
			    (sizeof pieces / sizeof pieces[0])];
			const char *e = ends[rnd(&seed) % 4];
			size_t pl = strlen(p), el = strlen(e);

			if (n + pl + el > sizeof buf)
				break;
			memcpy(buf + n, p, pl);
			n += pl;
			if (i + 1 < lines || rnd(&seed) % 2) {
				memcpy(buf + n, e, el);
				n += el;
			}
		}
		for (fmt = 0; fmt < 2; fmt++) {
			struct collect c = { 0 };
			struct passage_options small = { 5, 8, 3, 0, 0 };
			char *t;

			assert_int_equal(split_copy(buf, n, fmt ? MD : TXT,
			    round % 3 ? NULL : &small, &c, &t), 0);
			check_coverage(t, n, &c, fmt);
			collect_free(&c);
			free(t);
		}
	}
}

/* ---- sentences ------------------------------------------------------- */

struct sentence_case {
	const char *input;
	const char *want[8];	/* NULL ends the list */
};

static void
test_passage_sentences(void **state)
{
	static const struct sentence_case cases[] = {
		{ "Dr. Smith went to Washington. He arrived at 3.5 p.m. on Monday.",
		  { "Dr. Smith went to Washington.",
		    "He arrived at 3.5 p.m. on Monday." } },
		{ "Use e.g. apples, i.e. fruit. Then stop.",
		  { "Use e.g. apples, i.e. fruit.", "Then stop." } },
		{ "The U.S. Army won. J. K. Rowling wrote it.",
		  { "The U.S. Army won.", "J. K. Rowling wrote it." } },
		{ "See Fig. 3 and No. 5 for details. No. It is not.",
		  { "See Fig. 3 and No. 5 for details.", "No.", "It is not." } },
		{ "Apples, pears, etc. are fruit. We like them etc. Then we left.",
		  { "Apples, pears, etc. are fruit.", "We like them etc.",
		    "Then we left." } },
		{ "Prof. Jones met Mrs. Lee and Mr. Ms. Kim on St. James St. today.",
		  { "Prof. Jones met Mrs. Lee and Mr. Ms. Kim on St. James St. today." } },
		{ "Cats vs. dogs, cf. the table; approx. 5 mg daily. Done.",
		  { "Cats vs. dogs, cf. the table; approx. 5 mg daily.", "Done." } },
		{ "Acme Inc. makes things. Acme Ltd. It grew. King Jr. was born.",
		  { "Acme Inc. makes things.", "Acme Ltd.", "It grew.",
		    "King Jr. was born." } },
		{ "Version v1.2 is out! Is it good? Yes\xE2\x80\xA6 Maybe.",
		  { "Version v1.2 is out!", "Is it good?", "Yes\xE2\x80\xA6",
		    "Maybe." } },
		{ "Wait... what?! In 2020. Then 3.14 is pi.",
		  { "Wait...", "what?!", "In 2020.", "Then 3.14 is pi." } },
		{ "He said \"stop.\" Then he left. (This is an aside.) Next one.",
		  { "He said \"stop.\"", "Then he left.", "(This is an aside.)",
		    "Next one." } },
		{ "She wrote \xE2\x80\x9C" "done.\xE2\x80\x9D It ended.",
		  { "She wrote \xE2\x80\x9C" "done.\xE2\x80\x9D", "It ended." } },
		{ "Here is what you need to know:\n  \xE2\x80\xA2 First point here\n"
		  "  \xE2\x80\xA2 Second point.\n- Third\n2. Fourth",
		  { "Here is what you need to know:", "\xE2\x80\xA2 First point here",
		    "\xE2\x80\xA2 Second point.", "- Third", "2. Fourth" } },
		{ "Key Takeaways\nKetamine works fast.",
		  { "Key Takeaways", "Ketamine works fast." } },
		{ "This sentence is wrapped\nacross two lines. Next.",
		  { "This sentence is wrapped\nacross two lines.", "Next." } },
		{ "First part,\r\nSecond part.", { "First part,\r\nSecond part." } },
		{ "No punctuation here\n\nnew paragraph",
		  { "No punctuation here", "new paragraph" } },
		{ "Are you sad?\xC2\xA0 Due to this.",
		  { "Are you sad?", "Due to this." } },
		{ "  Last words without a stop  ", { "Last words without a stop" } },
		{ "Dr.\nSmith came.", { "Dr.\nSmith came." } },
		{ " \n\t\r\n ", { NULL } },
		{ "", { NULL } },
	};
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t len = strlen(cases[i].input), pos = 0, s, e;
		char *t = malloc(len ? len : 1);

		assert_non_null(t);
		memcpy(t, cases[i].input, len);
		for (k = 0; cases[i].want[k]; k++) {
			size_t wl = strlen(cases[i].want[k]);

			if (!passage_next_sentence(t, len, &pos, &s, &e))
				fail_msg("\"%s\": sentence %zu missing", cases[i].input, k);
			if (e - s != wl || memcmp(t + s, cases[i].want[k], wl) != 0)
				fail_msg("\"%s\": sentence %zu is \"%.*s\", want \"%s\"",
				    cases[i].input, k, (int)(e - s), t + s,
				    cases[i].want[k]);
			assert_true(pos >= e && pos <= len);
		}
		if (passage_next_sentence(t, len, &pos, &s, &e))
			fail_msg("\"%s\": extra sentence \"%.*s\"", cases[i].input,
			    (int)(e - s), t + s);
		assert_int_equal(passage_next_sentence(t, len, &pos, &s, &e), 0);
		free(t);
	}
}

/* ---- titles ---------------------------------------------------------- */

static void
test_passage_guess_title(void **state)
{
	static const struct {
		enum passage_format fmt;
		const char *input;
		const char *want;	/* NULL: no title */
	} cases[] = {
		{ TXT, "Phone\n\nGive Us A Call\n413\n\nBrief Guide To Ketamine\n\n"
		  "Body text here.", "Brief Guide To Ketamine" },
		{ MD, "# The Title Of It\n\ntext", "The Title Of It" },
		{ MD, "---\ntitle: x\n---\n# Short\n\ntext", "Short" },
		{ MD, "Setext Title\n===\n\ntext", "Setext Title" },
		{ MD, "```\n# Not A Title Here\n```\n\n## The Real Title\n", "The Real Title" },
		{ MD, "#\n\n## Hi\n\n## Much Longer Heading Here ##\n",
		  "Much Longer Heading Here" },
		{ TXT, "This is a sentence. Not a title.\n\nAnother one here.", NULL },
		{ TXT, "What is ketamine therapy?\n\nIt is a therapy.",
		  "What is ketamine therapy?" },
		{ TXT, "\xEF\xBB\xBF  Title After A BOM \r\n\r\nText.",
		  "Title After A BOM" },
		{ TXT, "- A list item here\n\nThe Real Title Here\n\nText.",
		  "The Real Title Here" },
		{ TXT, "", NULL },
	};
	size_t i, s, e;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t len = strlen(cases[i].input);
		char *t = malloc(len ? len : 1);
		int got;

		assert_non_null(t);
		memcpy(t, cases[i].input, len);
		got = passage_guess_title(t, len, cases[i].fmt, &s, &e);
		if (cases[i].want == NULL) {
			assert_int_equal(got, 0);
		} else {
			assert_int_equal(got, 1);
			if (e - s != strlen(cases[i].want) ||
			    memcmp(t + s, cases[i].want, e - s) != 0)
				fail_msg("title \"%.*s\", want \"%s\"", (int)(e - s),
				    t + s, cases[i].want);
		}
		free(t);
	}
	{
		/* only the first 64 KiB are looked at */
		static const char body[] = "Body text. Body te.\n";
		static const char late[] = "\nA Late Title Line\n\nBody text here.\n";
		size_t len = 70000 + sizeof late - 1, n;
		char *t = malloc(len);

		assert_non_null(t);
		for (n = 0; n + sizeof body - 1 <= 70000; n += sizeof body - 1)
			memcpy(t + n, body, sizeof body - 1);
		memset(t + n, '\n', 70000 - n);
		memcpy(t + 70000, late, sizeof late - 1);
		assert_int_equal(passage_guess_title(t, len, TXT, &s, &e), 0);
		/* the same bytes, nearer the start */
		assert_int_equal(passage_guess_title(t + 60000, len - 60000, TXT,
		    &s, &e), 1);
		assert_memory_equal(t + 60000 + s, "A Late Title Line", 17);
		free(t);
	}
}

/* ---- the real articles ----------------------------------------------- */

static char *
read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *t = NULL;
	long n;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0 && (t = malloc((size_t)n + 1)) != NULL) {
		*len = fread(t, 1, (size_t)n, f);
		if (*len != (size_t)n) {
			free(t);
			t = NULL;
		}
	}
	fclose(f);
	return t;
}

/* Index of the passage holding the first occurrence of needle, or c->n. */
static size_t
passage_with(const char *t, size_t len, const struct collect *c,
    const char *needle)
{
	size_t nl = strlen(needle), i, k;

	for (i = 0; i + nl <= len; i++)
		if (memcmp(t + i, needle, nl) == 0)
			break;
	if (i + nl > len)
		fail_msg("\"%s\" is not in the text", needle);
	for (k = 0; k < c->n; k++)
		if (c->v[k].start <= i && i + nl <= c->v[k].end)
			return k;
	return c->n;
}

static void
check_article(const char *name, const char *t, size_t len)
{
	struct collect c = { 0 };
	size_t k, words = 0;

	assert_int_equal(passage_split(t, len, TXT, NULL, collect_cb, &c), 0);
	check_invariants(t, len, &c);
	check_coverage(t, len, &c, 0);
	for (k = 0; k < c.n; k++) {
		size_t w = words_in(t, c.v[k].start, c.v[k].end);

		assert_true(w > 0 && w <= 200);
		words += w;
	}
	/* sensible sizes: not one passage a line, not one for all */
	assert_true(c.n >= 5 && c.n <= 60);
	assert_true(words / c.n >= 20 && words / c.n <= 150);
	if (strncmp(name, "001_", 4) == 0) {
		k = passage_with(t, len, &c, "As ketamine\xE2\x80\x99s reputation evolved");
		assert_true(k < c.n);
		assert_string_equal(c.v[k].section,
		    "Understanding Ketamine: A Brief Overview > The History of Ketamine");
		assert_true(passage_with(t, len, &c, "Phone") < c.n);
		assert_true(passage_with(t, len, &c, "413-423-0733") < c.n);
		assert_true(passage_with(t, len, &c, "Coming Soon") < c.n);
	}
	if (strncmp(name, "002_", 4) == 0) {
		k = passage_with(t, len, &c, "Here\xE2\x80\x99s what you need to know:");
		assert_true(k < c.n);
		assert_int_equal(passage_with(t, len, &c,
		    "\xE2\x80\xA2 From anesthesia to mental health"), k);
		assert_true(passage_with(t, len, &c, "verify insurance") < c.n);
	}
	if (strncmp(name, "004_", 4) == 0) {
		k = passage_with(t, len, &c, "Give your doctor all the necessary");
		assert_true(k < c.n);
		assert_string_equal(c.v[k].section, "2.Give Necessary Information");
	}
	collect_free(&c);
}

static void
test_passage_corpus(void **state)
{
	const char *dir = getenv("CORPUS_DIR");
	struct dirent *de;
	DIR *d;
	int files = 0;

	(void)state;
	if (dir == NULL || *dir == '\0')
		dir = "corpus";
	if ((d = opendir(dir)) == NULL)
		fail_msg("cannot open corpus directory \"%s\" (set CORPUS_DIR)", dir);
	while ((de = readdir(d)) != NULL) {
		size_t nl = strlen(de->d_name), len = 0;
		char path[4096];
		char *t;

		if (nl < 5 || strcmp(de->d_name + nl - 4, ".txt") != 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		if ((t = read_file(path, &len)) == NULL)
			fail_msg("cannot read %s", path);
		check_article(de->d_name, t, len);
		free(t);
		files++;
	}
	closedir(d);
	assert_true(files >= 5);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_passage_paragraphs),
		cmocka_unit_test(test_passage_headings),
		cmocka_unit_test(test_passage_lists),
		cmocka_unit_test(test_passage_fragments),
		cmocka_unit_test(test_passage_markdown),
		cmocka_unit_test(test_passage_markdown_blocks),
		cmocka_unit_test(test_passage_front_matter),
		cmocka_unit_test(test_passage_encodings),
		cmocka_unit_test(test_passage_empty),
		cmocka_unit_test(test_passage_callback_stop),
		cmocka_unit_test(test_passage_long_paragraph),
		cmocka_unit_test(test_passage_long_line),
		cmocka_unit_test(test_passage_dense_words),
		cmocka_unit_test(test_passage_coverage_property),
		cmocka_unit_test(test_passage_sentences),
		cmocka_unit_test(test_passage_guess_title),
		cmocka_unit_test(test_passage_corpus),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
