/*
 * test_report.c: unit tests of lib/report.c, the HTML report of a draft.
 *
 * Pages are written to an open_memstream FILE and read back as bytes.  A
 * small draft with three claims (one of each verdict; one without
 * evidence, one with a conflict) and hostile bytes everywhere (<script>,
 * quotes, 0x02/0x03 outside the marks, a C0 and a C1 control, invalid
 * UTF-8) checks: the escaping, the verdict class of each claim span, marks
 * turned into <mark>, the draft text between claims written exactly
 * (escaped), the evidence fields, the summary, no reference to anything
 * outside the page, no control byte, valid UTF-8, and tags that nest and
 * close (a small stack parser over the elements the page opens).  Also an
 * empty draft, CR line ends, claims out of order or past the end, calls
 * out of order, the verdict given after the rows, and write errors at open and at finish.  With REPORT_PAGE
 * set, the hostile page is also written there for tests/html_check.py.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "report.h"
#include "util.h"

#define FFFD "\xEF\xBF\xBD"
#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

/* ---- the page -------------------------------------------------------------- */

/* A quoted part of a claim, found in the draft, given before or after the claim ends. */
struct quote_case {
	const char *text;
	const struct quote_result *r;
	int before_end;
};

struct claim_case {
	const char *text;		/* the claim, found in the draft */
	enum verdict v;
	int64_t line;
	const char *const *unknown;
	size_t nunknown;
	const struct search_result *rows;
	size_t nrows;
	const struct quote_case *quotes;
	size_t nquotes;
};

static const char *find(const char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; k <= n && i <= n - k; i++)
		if (memcmp(hay + i, needle, k) == 0)
			return hay + i;
	return NULL;
}

/* Write a page for draft with its claims; returns it (malloc'd), *len its bytes. */
static char *render(const char *draft, size_t dlen, const struct claim_case *cc, size_t n,
    size_t *len)
{
	char *page = NULL;
	size_t plen = 0;
	FILE *f = open_memstream(&page, &plen);
	assert_non_null(f);
	struct report *rp;
	char err[256];
	assert_int_equal(report_open(&rp, f, "drafts/<my> \"draft\".md", draft, dlen, err,
	    sizeof err), 0);
	for (size_t i = 0; i < n; i++) {
		const char *at = find(draft, dlen, cc[i].text);
		assert_non_null(at);
		size_t start = (size_t)(at - draft);
		assert_int_equal(report_claim_begin(rp, start, start + strlen(cc[i].text),
		    cc[i].line, cc[i].v, cc[i].unknown, cc[i].nunknown), 0);
		for (size_t r = 0; r < cc[i].nrows; r++)
			assert_int_equal(report_evidence(rp, &cc[i].rows[r]), 0);
		for (int after = 0; after < 2; after++) {
			if (after)
				assert_int_equal(report_claim_end(rp), 0);
			for (size_t k = 0; k < cc[i].nquotes; k++) {
				const struct quote_case *qc = &cc[i].quotes[k];
				if (qc->before_end == after)
					continue;
				const char *q = find(draft, dlen, qc->text);
				assert_non_null(q);
				size_t qs = (size_t)(q - draft);
				assert_int_equal(report_quote(rp, qs, qs + strlen(qc->text), cc[i].line,
				    qc->r), 0);
			}
		}
	}
	assert_int_equal(report_finish(rp), 0);
	report_close(rp);
	assert_int_equal(fclose(f), 0);
	*len = plen;
	return page;
}

/* The elements the page opens and must close, in proper nesting. */
static const char *const tracked[] = {
	"html", "head", "title", "style", "body", "header", "nav", "main", "footer",
	"h1", "h2", "h3", "p", "ul", "ol", "li", "div", "span", "section", "details",
	"summary", "mark", "a", "code", "blockquote",
};

static int is_tracked(const char *name, size_t n)
{
	for (size_t i = 0; i < sizeof tracked / sizeof *tracked; i++)
		if (strlen(tracked[i]) == n && memcmp(tracked[i], name, n) == 0)
			return 1;
	return 0;
}

/*
 * 0 when every tracked element opened in page[0 .. len) is closed in order
 * and nothing is closed that was not opened; else -1 and why in msg.
 * Also counts the opened elements named count_name into *count.
 */
static int check_tags(const char *page, size_t len, const char *count_name, size_t *count,
    char *msg, size_t msglen)
{
	const char *stack[64];
	size_t depth = 0;
	*count = 0;
	const char *end = page + len;
	for (const char *p = page; p < end; p++) {
		if (*p != '<')
			continue;
		if (end - p >= 2 && (p[1] == '!' || p[1] == '?')) {
			continue;	/* <!DOCTYPE> */
		}
		int closing = p + 1 < end && p[1] == '/';
		const char *name = p + 1 + closing;
		size_t n = 0;
		while (name + n < end && ((name[n] >= 'a' && name[n] <= 'z') ||
		    (name[n] >= '0' && name[n] <= '9')))
			n++;
		if (n == 0) {
			snprintf(msg, msglen, "a bare '<' at byte %zu", (size_t)(p - page));
			return -1;
		}
		const char *gt = memchr(name, '>', (size_t)(end - name));
		if (gt == NULL) {
			snprintf(msg, msglen, "an unclosed tag at byte %zu", (size_t)(p - page));
			return -1;
		}
		if (!is_tracked(name, n)) {
			p = gt;
			continue;
		}
		if (!closing) {
			if (depth == sizeof stack / sizeof *stack) {
				snprintf(msg, msglen, "nesting deeper than %zu", depth);
				return -1;
			}
			stack[depth++] = name;
			if (strlen(count_name) == n && memcmp(name, count_name, n) == 0)
				(*count)++;
			if (n == 5 && memcmp(name, "style", 5) == 0) {
				/* raw text up to </style> */
				const char *close = strstr(gt, "</style>");
				if (close == NULL) {
					snprintf(msg, msglen, "<style> not closed");
					return -1;
				}
				gt = close - 1;
			}
		} else {
			if (depth == 0 || strncmp(stack[depth - 1], name, n) != 0 ||
			    !(stack[depth - 1][n] == '>' || stack[depth - 1][n] == ' ')) {
				snprintf(msg, msglen, "</%.*s> at byte %zu closes %.10s", (int)n, name,
				    (size_t)(p - page), depth ? stack[depth - 1] : "nothing");
				return -1;
			}
			depth--;
		}
		p = gt;
	}
	if (depth != 0) {
		snprintf(msg, msglen, "<%.10s> never closed", stack[depth - 1]);
		return -1;
	}
	return 0;
}

static size_t count_of(const char *page, const char *s)
{
	size_t n = 0;
	for (const char *p = strstr(page, s); p; p = strstr(p + 1, s))
		n++;
	return n;
}

/* Properties every page must have, whatever went in. */
static void assert_page_sound(const char *page, size_t len)
{
	char msg[160];
	size_t n;
	if (check_tags(page, len, "mark", &n, msg, sizeof msg) != 0)
		fail_msg("tags: %s", msg);
	assert_int_equal(strlen(page), len);	/* no NUL */
	assert_int_equal(util_utf8_errors(page, len), 0);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)page[i];
		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
			fail_msg("control byte 0x%02x at %zu", c, i);
		if (c == 0xC2 && i + 1 < len && (unsigned char)page[i + 1] < 0xA0)
			fail_msg("C1 control at %zu", i);
	}
	/* nothing outside the page */
	static const char *const outside[] = { "http:", "https:", "<script", "<link", "<img",
	    "<iframe", "src=", "url(", "@import", "@font-face" };
	for (size_t i = 0; i < sizeof outside / sizeof *outside; i++)
		if (strstr(page, outside[i]))
			fail_msg("the page has %s", outside[i]);
	assert_non_null(strstr(page, "<!DOCTYPE html>"));
	assert_non_null(strstr(page, "<meta charset=\"utf-8\">"));
	assert_non_null(strstr(page, "default-src 'none'"));
	assert_non_null(strstr(page, "</html>\n"));
}

/* ---- the three-claim draft ---------------------------------------------------- */

static const char hostile_draft[] =
    "# Notes <draft> & \"more\"\n"
    "\n"
    "Ketamine was approved in 1970 & \"works\" fast. \x02x\x03 "
    "Its <script>alert('x')</script> use\nrose. "
    "Bad \xff byte \xC2\x85 claim.\n"
    "Tail text with 'quotes' & <b>tags</b>\x01.\r\n";

static const char *const c2_unknown[] = { "<b>zzq", "quux\"" };
static const char *const c3_missing[] = { "claim", "<byte>" };
static const struct search_conflict c3_conflicts[] = {
	{ "number", "1970", "1962 & <later>", 17, 100, 110 },
	{ "negation", "was", "was not", 19, 200, 207 },
};

static struct search_result row(const char *title, const char *source, const char *snippet)
{
	struct search_result r;
	memset(&r, 0, sizeof r);
	r.source = source;
	r.title = title;
	r.section = "History\t&\n<Law>";
	r.line_start = 12;
	r.line_end = 14;
	r.snippet = snippet;
	r.has_sentence = 1;
	r.sentence = "plain sentence";
	r.sentence_len = strlen(r.sentence);
	r.sentence_line = 13;
	r.coverage = 0.834;
	r.verdict = VERDICT_SUPPORTED;
	r.support = VERDICT_SUPPORTED;
	return r;
}

/* The quoted parts of the three claims: exact, not found, near. */
static struct quote_place q1_places[] = {
	{ "corpus/a&b.txt", "A <i>\"Title\"</i>", 1, 13, 13, 1061, 1066, "works\x01", 0, NULL, 0, 0 },
};
static struct quote_difference q3_diffs[] = {
	{ QUOTE_CHANGED, "byte", "bite<", 100, 104, 17, 4 },
	{ QUOTE_MISSING, "claim", NULL, 110, 110, 17, 4 },
	{ QUOTE_EXTRA, NULL, "&extra", 111, 117, 18, 4 },
};
/* in a PDF: lines on page 4 */
static struct quote_place q3_places[] = {
	{ "papers/c.pdf", "", 0, 17, 18, 96, 117, "Bad bite <\n&extra", 3, q3_diffs, 3, 4 },
};
static char *q2_unreadable[] = { "gone.txt" };
static const struct quote_result q_results[3] = {
	{ q1_places, 1, NULL, 0, 1, 0 },
	{ NULL, 0, q2_unreadable, 1, 3, 0 },
	{ q3_places, 1, NULL, 0, 4, 1 },
};
static const struct quote_case q_cases[3] = {
	{ "works", &q_results[0], 0 },
	{ "<script>alert('x')</script>", &q_results[1], 1 },
	{ "Bad \xff byte", &q_results[2], 0 },
};

struct three {
	struct search_result c1[2], c3[1];
	struct claim_case cases[3];
};

static void three_claims(struct three *t)
{
	t->c1[0] = row("A <i>\"Title\"</i>", "corpus/a&b.txt",
	    "It was \x02" "approved\x03 in \x02" "1970\x03 <i>, 'fast'.");
	t->c1[1] = row("", "corpus/untitled.txt", "\x03stray \x02open");
	t->c1[1].support = VERDICT_PARTIAL;
	t->c1[1].coverage = 0.5;
	t->c1[1].section = NULL;
	t->c3[0] = row("Third", "corpus/c.pdf", "A \x02" "byte\x03 in 1962\x01.");
	t->c3[0].cite.page = 4;	/* a PDF: its lines count on the page */
	t->c3[0].support = VERDICT_UNSUPPORTED;
	t->c3[0].sentence_line = 0;	/* no sentence line: the passage's */
	t->c3[0].missing = c3_missing;
	t->c3[0].nmissing = 2;
	t->c3[0].conflicts = c3_conflicts;
	t->c3[0].nconflicts = 2;
	t->cases[0] = (struct claim_case){ "Ketamine was approved in 1970 & \"works\" fast.",
	    VERDICT_SUPPORTED, 3, NULL, 0, t->c1, 2, &q_cases[0], 1 };
	t->cases[1] = (struct claim_case){ "Its <script>alert('x')</script> use\nrose.",
	    VERDICT_UNSUPPORTED, 3, c2_unknown, 2, NULL, 0, &q_cases[1], 1 };
	t->cases[2] = (struct claim_case){ "Bad \xff byte \xC2\x85 claim.",
	    VERDICT_PARTIAL, 4, NULL, 0, t->c3, 1, &q_cases[2], 1 };
}

static char *three_page(size_t *len)
{
	struct three t;
	three_claims(&t);
	return render(hostile_draft, strlen(hostile_draft), t.cases, 3, len);
}

/* REPORT_PAGE=FILE keeps the page for tests/html_check.py (make test does). */
static void test_report_sound(void **state)
{
	(void)state;
	size_t len;
	char *page = three_page(&len);
	assert_page_sound(page, len);
	const char *keep = getenv("REPORT_PAGE");
	if (keep && *keep) {
		FILE *f = fopen(keep, "wb");
		assert_non_null(f);
		assert_int_equal(fwrite(page, 1, len, f), len);
		assert_int_equal(fclose(f), 0);
	}
	free(page);
}

static void test_report_claim_spans(void **state)
{
	(void)state;
	size_t len;
	char *page = three_page(&len);
	assert_int_equal(count_of(page, "class=\"claim verdict-"), 3);
	assert_non_null(strstr(page, "<span class=\"claim verdict-supported\" id=\"s1\""));
	assert_non_null(strstr(page, "<span class=\"claim verdict-unsupported\" id=\"s2\""));
	assert_non_null(strstr(page, "<span class=\"claim verdict-partial\" id=\"s3\""));
	/* each links to its evidence block, which links back */
	for (int i = 1; i <= 3; i++) {
		char s[64];
		snprintf(s, sizeof s, "<a href=\"#c%d\">", i);
		assert_int_equal(count_of(page, s), i == 1 ? 1 : 2);	/* the span, the summary */
		snprintf(s, sizeof s, "id=\"c%d\"", i);
		assert_int_equal(count_of(page, s), 1);
		snprintf(s, sizeof s, "href=\"#s%d\"", i);
		assert_int_equal(count_of(page, s), 1);
	}
	/* the claim text, escaped, newline kept, and a marker that is not colour */
	assert_non_null(strstr(page, "<a href=\"#c2\">Its &lt;script&gt;alert(&#39;x&#39;)"
	    "&lt;/script&gt; use\nrose.<span class=\"tag\">\xE2\x9C\x97" "2</span></a></span>"));
	assert_non_null(strstr(page, "<a href=\"#c3\">Bad " FFFD " byte " FFFD " claim."));
	assert_non_null(strstr(page, "title=\"Claim 1, line 3: supported (2 sources)\""));
	assert_non_null(strstr(page, "title=\"Claim 2, line 3: unsupported (0 sources)\""));
	assert_non_null(strstr(page, "title=\"Claim 3, line 4: partial (1 source)\""));
	free(page);
}

static void test_report_draft_between_claims(void **state)
{
	(void)state;
	size_t len;
	char *page = three_page(&len);
	/* before the first claim, between them, and after the last: exact bytes */
	assert_non_null(strstr(page, "<div class=\"draft\"># Notes &lt;draft&gt; &amp; "
	    "&quot;more&quot;\n\n<span class=\"claim verdict-supported\""));
	assert_non_null(strstr(page, "fast.<span class=\"tag\">\xE2\x9C\x93" "1</span></a></span> "
	    FFFD "x" FFFD " <span class=\"claim verdict-unsupported\""));
	assert_non_null(strstr(page, "</a></span> <span class=\"claim verdict-partial\""));
	assert_non_null(strstr(page, "</a></span>\nTail text with &#39;quotes&#39; &amp; "
	    "&lt;b&gt;tags&lt;/b&gt;" FFFD ".\n</div>"));
	free(page);
}

static void test_report_evidence_fields(void **state)
{
	(void)state;
	size_t len;
	char *page = three_page(&len);
	/* marks became <mark>, unbalanced marks repaired */
	assert_non_null(strstr(page, "<blockquote>It was <mark>approved</mark> in "
	    "<mark>1970</mark> &lt;i&gt;, &#39;fast&#39;.</blockquote>"));
	assert_non_null(strstr(page, "<blockquote>stray <mark>open</mark></blockquote>"));
	assert_non_null(strstr(page, "A <mark>byte</mark> in 1962" FFFD ".</blockquote>"));
	assert_int_equal(count_of(page, "<mark>"), count_of(page, "</mark>"));
	/* title, file and line, section, coverage, support */
	assert_non_null(strstr(page, "<div class=\"title\">A &lt;i&gt;&quot;Title&quot;"
	    "&lt;/i&gt;</div>\n<div class=\"meta\"><span class=\"badge v-supported\">"
	    "\xE2\x9C\x93 supported</span> <code>corpus/a&amp;b.txt:13</code>"));
	assert_non_null(strstr(page, "\xC2\xA7 History &amp; &lt;Law&gt;</span>"));
	assert_non_null(strstr(page, "coverage 83%"));
	assert_non_null(strstr(page, "coverage 50%"));
	/* no title: the path stands in; no sentence line: the passage's line */
	assert_non_null(strstr(page, "<div class=\"title\">corpus/untitled.txt</div>"));
	assert_non_null(strstr(page, "<code>corpus/c.pdf p. 4, line 12</code>"));
	assert_non_null(strstr(page, "<span class=\"badge v-partial\">\xE2\x97\x90 partial</span> "
	    "<code>corpus/untitled.txt:13</code> <span>coverage 50%</span></div>"));
	assert_non_null(strstr(page, "<div class=\"title\">Third</div>\n<div class=\"meta\">"
	    "<span class=\"badge v-unsupported\">\xE2\x9C\x97 unsupported</span>"));
	/* the claim's block: text, verdict, line, unknown words, no evidence */
	const char *c2 = strstr(page, "<section class=\"block v-unsupported\" id=\"c2\">");
	assert_non_null(c2);
	const char *c2_end = strstr(c2, "</section>");
	assert_non_null(c2_end);
	const char *no_ev = strstr(c2, "No source has evidence for this claim.");
	assert_true(no_ev != NULL && no_ev < c2_end);
	const char *unknown = strstr(c2, "In no source: <span class=\"word\">&lt;b&gt;zzq</span> "
	    "<span class=\"word\">quux&quot;</span>");
	assert_true(unknown != NULL && unknown < c2_end);
	assert_non_null(strstr(c2, "Claim 2, line 3"));
	assert_non_null(strstr(c2, "<blockquote class=\"said\">Its &lt;script&gt;alert(&#39;x&#39;)"
	    "&lt;/script&gt; use rose.</blockquote>"));
	/* missing words and conflicts */
	assert_non_null(strstr(page, "Missing here: <span class=\"word\">claim</span> "
	    "<span class=\"word\">&lt;byte&gt;</span>"));
	assert_non_null(strstr(page, "<li><span class=\"kind\">number</span> claim says " LQ
	    "1970" RQ ", source says " LQ "1962 &amp; &lt;later&gt;" RQ " (line 17)</li>"));
	assert_non_null(strstr(page, "<span class=\"kind\">negation</span> claim says " LQ "was"
	    RQ ", source says " LQ "was not" RQ " (line 19)"));
	/* the path in the title and header */
	assert_non_null(strstr(page, "<title>Claims checked: drafts/&lt;my&gt; "
	    "&quot;draft&quot;.md</title>"));
	free(page);
}

static void test_report_summary(void **state)
{
	(void)state;
	size_t len;
	char *page = three_page(&len);
	assert_non_null(strstr(page, "Summary: 3 claims"));
	assert_non_null(strstr(page, "\xE2\x9C\x93 1 supported<"));
	assert_non_null(strstr(page, "\xE2\x97\x90 1 partial<"));
	assert_non_null(strstr(page, "\xE2\x9C\x97 1 unsupported<"));
	assert_null(strstr(page, "not checked"));
	/* the claims to look at: not the supported one */
	const char *todo = strstr(page, "<p class=\"todo\">");
	assert_non_null(todo);
	const char *todo_end = strstr(todo, "</p>");
	const char *c2 = strstr(todo, "href=\"#c2\""), *c3 = strstr(todo, "href=\"#c3\"");
	assert_true(c2 && c2 < todo_end && c3 && c3 < todo_end);
	const char *c1 = strstr(todo, "href=\"#c1\"");
	assert_true(c1 == NULL || c1 > todo_end);
	/* the summary comes before the draft, the draft before the evidence */
	const char *sum = strstr(page, "<nav class=\"summary\"");
	const char *draft = strstr(page, "<div class=\"draft\">");
	const char *ev = strstr(page, "<section class=\"block");
	assert_true(sum && draft && ev && sum < draft && draft < ev);
	free(page);
}

/* The slice of page from the block of claim id to its end. */
static char *block_of(const char *page, int id)
{
	char open[32];
	snprintf(open, sizeof open, "\" id=\"c%d\">", id);
	const char *b = strstr(page, open);
	assert_non_null(b);
	const char *e = strstr(b, "</section>");
	assert_non_null(e);
	return strndup(b, (size_t)(e - b));
}

/* Quoted parts: in their claim's block, exact / near / not found, escaped. */
static void test_report_quotes(void **state)
{
	(void)state;
	size_t len;
	char *page = three_page(&len);
	char *c1 = block_of(page, 1), *c2 = block_of(page, 2), *c3 = block_of(page, 3);
	/* exact: the answer, the words as the draft has them, the source's place */
	assert_non_null(strstr(c1, "<li class=\"quote q-exact\" id=\"q1\">\n<div class=\"meta\">"
	    "<span class=\"badge q-exact\">\xE2\x9C\x93 quote exact</span> <span class=\"qtext\">"
	    LQ "works" RQ "</span> <span>draft line 3, bytes"));
	assert_non_null(strstr(c1, "Verbatim in 1 source, nearly in 0."));
	assert_non_null(strstr(c1, "<div class=\"title\">A &lt;i&gt;&quot;Title&quot;&lt;/i&gt;"
	    "</div>\n<div class=\"meta\"><span class=\"badge q-exact\">\xE2\x9C\x93 exact</span> "
	    "<code>corpus/a&amp;b.txt:13-13</code> <span>bytes 1061-1066</span></div>\n"
	    "<blockquote>works" FFFD "</blockquote>"));
	/* not found, given before its claim ended; a source that could not be read */
	assert_non_null(strstr(c2, "<span class=\"badge q-none\">\xE2\x9C\x97 quote not found"
	    "</span> <span class=\"qtext\">" LQ "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
	    RQ "</span>"));
	assert_non_null(strstr(c2, "In no source, not even nearly."));
	assert_non_null(strstr(c2, "1 candidate source could not be read"));
	assert_null(strstr(c2, "class=\"places\""));
	/* near: the differences, each with its place; no title: the path */
	assert_non_null(strstr(c3, "<span class=\"badge q-near\">\xE2\x97\x90 quote near</span> "
	    "<span class=\"qtext\">" LQ "Bad " FFFD " byte" RQ "</span> <span>draft line 4,"));
	assert_non_null(strstr(c3, "nearly in 1 (of the first sources read; there are more)."));
	assert_non_null(strstr(c3, "<div class=\"title\">papers/c.pdf</div>"));
	assert_non_null(strstr(c3, "\xE2\x97\x90 near: 3 words differ</span> "
	    "<code>papers/c.pdf p. 4, lines 17-18</code> <span>bytes 96-117</span>"));
	assert_non_null(strstr(c3, "<blockquote>Bad bite &lt; &amp;extra</blockquote>"));
	assert_non_null(strstr(c3, "<li>changed: quote " LQ "byte" RQ ", source " LQ "bite&lt;" RQ
	    " (p. 4, line 17, bytes 100-104)</li>"));
	assert_non_null(strstr(c3, "<li>not in the source: " LQ "claim" RQ
	    " (p. 4, line 17, before byte 110)</li>"));
	assert_non_null(strstr(c3, "<li>not in the quote: " LQ "&amp;extra" RQ
	    " (p. 4, line 18, bytes 111-117)</li>"));
	/* each in its own claim's block only */
	assert_int_equal(count_of(page, "<li class=\"quote "), 3);
	assert_null(strstr(c1, "id=\"q2\""));
	assert_null(strstr(c3, "id=\"q1\""));
	/* the summary counts them; the ones not exact are to look at */
	assert_non_null(strstr(page, "3 quotes checked word for word: <span class=\"badge q-exact\">"
	    "\xE2\x9C\x93 1 exact</span> <span class=\"badge q-near\">\xE2\x97\x90 1 near</span> "
	    "<span class=\"badge q-none\">\xE2\x9C\x97 1 not found</span>"));
	const char *todo = strstr(page, "<p class=\"todo\">");
	assert_non_null(todo);
	const char *todo_end = strstr(todo, "</p>");
	const char *q2 = strstr(todo, "href=\"#q2\""), *q3 = strstr(todo, "href=\"#q3\"");
	assert_true(q2 && q2 < todo_end && q3 && q3 < todo_end);
	const char *q1 = strstr(todo, "href=\"#q1\"");
	assert_true(q1 == NULL || q1 > todo_end);
	free(c1);
	free(c2);
	free(c3);
	free(page);
}

/* A quote needs a claim: none begun yet, or after the page is finished. */
static void test_report_quote_without_claim(void **state)
{
	(void)state;
	static const char draft[] = "It said \"so\".";
	char *page = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&page, &len);
	assert_non_null(f);
	struct report *rp;
	char err[128];
	const struct quote_result none = { 0 };
	assert_int_equal(report_open(&rp, f, "d", draft, strlen(draft), err, sizeof err), 0);
	assert_int_equal(report_quote(rp, 9, 11, 1, &none), -1);
	assert_int_equal(report_claim_begin(rp, 0, strlen(draft), 1, VERDICT_PARTIAL, NULL, 0), 0);
	assert_int_equal(report_claim_end(rp), 0);
	/* past the draft: clamped */
	assert_int_equal(report_quote(rp, 9, 99, 1, &none), 0);
	assert_int_equal(report_finish(rp), 0);
	assert_int_equal(report_quote(rp, 9, 11, 1, &none), -1);
	report_close(rp);
	fclose(f);
	assert_page_sound(page, len);
	assert_non_null(strstr(page, "<span class=\"qtext\">" LQ "so&quot;." RQ "</span> "
	    "<span>draft line 1, bytes 9-13</span>"));
	assert_non_null(strstr(page, "1 quote checked word for word"));
	free(page);
}

/* ---- edges ------------------------------------------------------------------- */

static void test_report_empty_draft(void **state)
{
	(void)state;
	char *page = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&page, &len);
	assert_non_null(f);
	struct report *rp;
	char err[128];
	assert_int_equal(report_open(&rp, f, NULL, NULL, 0, err, sizeof err), 0);
	assert_int_equal(report_finish(rp), 0);
	assert_int_equal(report_finish(rp), -1);	/* twice */
	report_close(rp);
	fclose(f);
	assert_page_sound(page, len);
	assert_non_null(strstr(page, "<div class=\"draft\"></div>"));
	assert_non_null(strstr(page, "The draft has no sentence to check."));
	assert_non_null(strstr(page, "Summary: 0 claims"));
	assert_int_equal(count_of(page, "class=\"claim verdict-"), 0);
	free(page);
}

static void test_report_line_ends(void **state)
{
	(void)state;
	static const char draft[] = "one\r\ntwo\rthree\n\tfour.\r";
	struct claim_case c = { "\tfour.", VERDICT_NONE, 3, NULL, 0, NULL, 0, NULL, 0 };
	size_t len;
	char *page = render(draft, strlen(draft), &c, 1, &len);
	assert_page_sound(page, len);
	assert_non_null(strstr(page, "<div class=\"draft\">one\ntwo\nthree\n<span class=\"claim "
	    "verdict-none\" id=\"s1\""));
	assert_non_null(strstr(page, "<a href=\"#c1\">\tfour.<span class=\"tag\">?1</span></a>"
	    "</span>\n</div>"));
	assert_non_null(strstr(page, "1 not checked"));
	free(page);
}

/* Claims out of order, overlapping or past the end: each draft byte still shown once. */
static void test_report_clamped_ranges(void **state)
{
	(void)state;
	static const char draft[] = "Alpha beta. Gamma delta. Epsilon.";
	char *page = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&page, &len);
	assert_non_null(f);
	struct report *rp;
	char err[128];
	assert_int_equal(report_open(&rp, f, "d", draft, strlen(draft), err, sizeof err), 0);
	assert_int_equal(report_claim_begin(rp, 12, 24, 1, VERDICT_SUPPORTED, NULL, 0), 0);
	/* no report_claim_end: begin ends it */
	assert_int_equal(report_claim_begin(rp, 0, 11, 1, VERDICT_PARTIAL, NULL, 0), 0);
	assert_int_equal(report_claim_end(rp), 0);
	assert_int_equal(report_claim_end(rp), -1);	/* none open */
	struct search_result r = row("t", "s", "x");
	assert_int_equal(report_evidence(rp, &r), -1);	/* none open */
	assert_int_equal(report_claim_begin(rp, 20, 1000, 1, 99, NULL, 0), 0);
	/* finish ends the claim still open */
	assert_int_equal(report_finish(rp), 0);
	report_close(rp);
	fclose(f);
	assert_page_sound(page, len);
	assert_int_equal(count_of(page, "class=\"claim verdict-"), 3);
	assert_non_null(strstr(page, "<div class=\"draft\">Alpha beta. <span class=\"claim "
	    "verdict-supported\" id=\"s1\""));
	assert_non_null(strstr(page, "<a href=\"#c1\">Gamma delta.<span"));
	assert_non_null(strstr(page, "<a href=\"#c2\"><span class=\"tag\">"));	/* empty */
	assert_non_null(strstr(page, "<span class=\"claim verdict-none\" id=\"s3\""));
	assert_non_null(strstr(page, "<a href=\"#c3\"> Epsilon.<span"));
	assert_int_equal(count_of(page, "Alpha"), 1);
	assert_int_equal(count_of(page, "Epsilon"), 2);	/* the draft and block 3 */
	free(page);
}

/* The verdict and unknown words known only after the rows, as query/main.c learns them. */
static void test_report_verdict_after_rows(void **state)
{
	(void)state;
	static const char draft[] = "One claim. Two claim.";
	static const char *const first[] = { "never-shown" };
	static const char *const later[] = { "zyx<" };
	char *page = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&page, &len);
	assert_non_null(f);
	struct report *rp;
	char err[128];
	assert_int_equal(report_open(&rp, f, "d", draft, strlen(draft), err, sizeof err), 0);
	assert_int_equal(report_claim_verdict(rp, VERDICT_PARTIAL, NULL, 0), -1);	/* none open */
	assert_int_equal(report_claim_begin(rp, 0, 10, 1, VERDICT_NONE, first, 1), 0);
	struct search_result r = row("T", "s.txt", "\x02One\x03 claim");
	assert_int_equal(report_evidence(rp, &r), 0);
	assert_int_equal(report_claim_verdict(rp, VERDICT_SUPPORTED, NULL, 0), 0);
	assert_int_equal(report_claim_verdict(rp, VERDICT_PARTIAL, later, 1), 0);
	assert_int_equal(report_claim_end(rp), 0);
	assert_int_equal(report_claim_begin(rp, 11, 21, 1, VERDICT_NONE, NULL, 0), 0);
	assert_int_equal(report_claim_verdict(rp, VERDICT_UNSUPPORTED, NULL, 0), 0);
	assert_int_equal(report_claim_end(rp), 0);
	assert_int_equal(report_finish(rp), 0);
	report_close(rp);
	fclose(f);
	assert_page_sound(page, len);
	assert_non_null(strstr(page, "<span class=\"claim verdict-partial\" id=\"s1\" "
	    "title=\"Claim 1, line 1: partial (1 source)\""));
	assert_non_null(strstr(page, "<span class=\"claim verdict-unsupported\" id=\"s2\""));
	assert_non_null(strstr(page, "<section class=\"block v-partial\" id=\"c1\">\n<h3>"
	    "<span class=\"badge v-partial\">"));
	assert_non_null(strstr(page, "In no source: <span class=\"word\">zyx&lt;</span>"));
	assert_null(strstr(page, "never-shown"));
	assert_null(strstr(page, "claim verdict-none"));
	assert_null(strstr(page, "block v-none"));
	assert_non_null(strstr(page, "\xE2\x9C\x93 0 supported<"));
	assert_non_null(strstr(page, "\xE2\x97\x90 1 partial<"));
	assert_non_null(strstr(page, "\xE2\x9C\x97 1 unsupported<"));
	assert_non_null(strstr(page, "<mark>One</mark> claim"));
	free(page);
}

static void test_report_write_errors(void **state)
{
	(void)state;
	char err[128] = "";
	struct report *rp = (struct report *)1;
	/* a stream not open for writing: the head fails at once */
	FILE *ro = fopen("/dev/null", "r");
	assert_non_null(ro);
	assert_int_equal(report_open(&rp, ro, "d", "x", 1, err, sizeof err), -1);
	assert_null(rp);
	assert_non_null(strstr(err, "cannot write the report"));
	fclose(ro);
	assert_int_equal(report_open(&rp, NULL, "d", "x", 1, err, sizeof err), -1);
	assert_null(rp);

	/* a full device behind a big buffer: the failure shows at report_finish */
	FILE *full = fopen("/dev/full", "w");
	if (full == NULL) {
		skip();
		return;
	}
	static char big[1 << 20];
	assert_int_equal(setvbuf(full, big, _IOFBF, sizeof big), 0);
	assert_int_equal(report_open(&rp, full, "d", "x.", 2, err, sizeof err), 0);
	assert_int_equal(report_claim_begin(rp, 0, 2, 1, VERDICT_SUPPORTED, NULL, 0), 0);
	assert_int_equal(report_claim_end(rp), 0);
	assert_int_equal(report_finish(rp), -1);
	report_close(rp);
	fclose(full);
	report_close(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_report_sound),
		cmocka_unit_test(test_report_claim_spans),
		cmocka_unit_test(test_report_draft_between_claims),
		cmocka_unit_test(test_report_evidence_fields),
		cmocka_unit_test(test_report_summary),
		cmocka_unit_test(test_report_quotes),
		cmocka_unit_test(test_report_quote_without_claim),
		cmocka_unit_test(test_report_empty_draft),
		cmocka_unit_test(test_report_line_ends),
		cmocka_unit_test(test_report_clamped_ranges),
		cmocka_unit_test(test_report_verdict_after_rows),
		cmocka_unit_test(test_report_write_errors),
	};
	return cmocka_run_group_tests_name("report", tests, NULL, NULL);
}
