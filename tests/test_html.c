/*
 * test_html.c: unit tests of lib/html.c, HTML -> laid-out text.
 *
 * Table-driven: each page is laid out and compared with the exact text it
 * must give (Markdown headings, one paragraph a block, "- " list items, no
 * script, style, navigation, header, footer, form or comment), and its
 * title and <meta> facts.  Every word's place is checked against the page:
 * a word matched byte for byte is exactly its bytes, an entity's word spans
 * the entity.  Pages are copied into buffers of exactly their length, so a
 * read past the end shows under ASan.  Broken, empty and non-UTF-8 input
 * must not crash.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "html.h"

/* A copy of s of exactly its length (no NUL after it). */
static char *exact_copy(const char *s, size_t *len)
{
	*len = strlen(s);
	char *p = malloc(*len ? *len : 1);
	assert_non_null(p);
	memcpy(p, s, *len);
	return p;
}

static void check_field(const char *name, const char *got, const char *want)
{
	if (want == NULL && got == NULL)
		return;
	if (want == NULL || got == NULL || strcmp(got, want) != 0)
		fail_msg("%s: \"%s\", want \"%s\"", name, got ? got : "(null)",
		    want ? want : "(null)");
}

/*
 * Each word of the text lies inside [start, end) of the page, in order;
 * the text of a word matched byte for byte is the page's bytes there.
 */
static void check_places(const struct html_text *h, const char *page, size_t len)
{
	size_t bs, be, prev = 0;
	for (size_t k = 0; k < h->len; ) {
		while (k < h->len && (h->text[k] == ' ' || h->text[k] == '\n'))
			k++;
		size_t z = k;
		while (z < h->len && h->text[z] != ' ' && h->text[z] != '\n')
			z++;
		if (z == k)
			break;
		/* heading marks and list dashes are no text of the page */
		if (!(h->text[k] == '#' || (z - k == 1 && h->text[k] == '-'))) {
			html_text_place(h, k, z, &bs, &be);
			if (!(bs < be && be <= len))
				fail_msg("word \"%.*s\" placed on bytes %zu-%zu of %zu", (int)(z - k),
				    h->text + k, bs, be, len);
			assert_true(bs >= prev);
			if (be - bs == z - k && memcmp(page + bs, h->text + k, z - k) != 0)
				fail_msg("word \"%.*s\" placed on \"%.*s\"", (int)(z - k), h->text + k,
				    (int)(be - bs), page + bs);
			prev = bs;
		}
		k = z;
	}
}

static void test_html_layout(void **state)
{
	static const struct {
		const char *name, *page, *text;
		const char *title, *author, *date, *publisher, *url;
	} cases[] = {
		{ "main content only, metadata from head",
		  "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
		  "<title>Coral &amp; Kelp</title>"
		  "<meta name=\"author\" content=\"Ann  Lee\">"
		  "<meta property=\"article:published_time\" content=\"2023-07-01\">"
		  "<meta property=\"og:site_name\" content=\"Reef Press\">"
		  "<meta property=\"og:url\" content=\"https://example.org/og\">"
		  "<link rel=\"canonical\" href=\"https://example.org/c\">"
		  "<script>var x = 'scriptword';</script><style>p { color: red }</style></head>"
		  "<body><header><nav><a href=\"/\">Home</a></nav></header>"
		  "<main><h1>Reefs</h1><p>Coral grows <em>slowly</em> in warm water.</p>"
		  "<h2>Lists</h2><ul><li>one</li><li>two &lt;b&gt;</li></ul>"
		  "<table><tr><td>cell a</td><th>cell b</th></tr></table>"
		  "<blockquote>quoted</blockquote><!-- a comment --><form>formword</form>"
		  "<pre>code here</pre></main>"
		  "<p>outside main</p><footer>footerword</footer></body></html>",
		  "# Reefs\n\nCoral grows slowly in warm water.\n\n## Lists\n\n- one\n\n"
		  "- two <b>\n\ncell a\n\ncell b\n\nquoted\n\n",
		  "Coral & Kelp", "Ann Lee", "2023-07-01", "Reef Press", "https://example.org/c" },
		{ "no main: the body; no title: the first h1; CRLF and entities",
		  "<html><body>\r\n<div>Loose text in a div\r\nover two lines.</div>\r\n"
		  "<h1>First &ndash; Heading</h1>\r\n<p>AT&amp;T and caf&eacute;&nbsp;au lait</p>"
		  "<h3>Deep</h3><dl><dt>term</dt><dd>its meaning</dd></dl></body></html>",
		  "Loose text in a div over two lines.\n\n# First \xE2\x80\x93 Heading\n\n"
		  "AT&T and caf\xC3\xA9 au lait\n\n### Deep\n\nterm\n\nits meaning\n\n",
		  "First \xE2\x80\x93 Heading", NULL, NULL, NULL, NULL },
		{ "implied paragraphs and line breaks",
		  "<p>one<p>two<br>three</p>", "one\n\ntwo three\n\n",
		  NULL, NULL, NULL, NULL, NULL },
		{ "nothing but markup", "<html><head><title> T </title></head><body><script>x</script>"
		  "</body></html>", "", "T", NULL, NULL, NULL, NULL },
		{ "a date with its time: the day", "<html><head><meta name=\"date\" "
		  "content=\"2021-03-04T10:00:00Z\"></head><body><p>Some text.</p></body></html>",
		  "Some text.\n\n", NULL, NULL, "2021-03-04", NULL, NULL },
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct html_text h;
		char err[128];
		size_t len;
		char *page = exact_copy(cases[i].page, &len);
		assert_int_equal(html_text(page, len, &h, err, sizeof err), 0);
		if (strcmp(h.text, cases[i].text) != 0)
			fail_msg("%s: text\n\"%s\"\nwant\n\"%s\"", cases[i].name, h.text, cases[i].text);
		assert_int_equal(strlen(h.text), h.len);
		check_field("title", h.title, cases[i].title);
		check_field("author", h.author, cases[i].author);
		check_field("date", h.date, cases[i].date);
		check_field("publisher", h.publisher, cases[i].publisher);
		check_field("url", h.url, cases[i].url);
		check_places(&h, page, len);
		html_text_free(&h);
		free(page);
	}
}

/* A paragraph's place: from its first word's first byte to its last word's last. */
static void test_html_place_spans_the_markup(void **state)
{
	static const char page[] = "<p>\n  Coral <em>reefs</em>\r\n  grow &amp; die.\n</p>";
	struct html_text h;
	char err[128];
	size_t len, bs, be;
	char *p = exact_copy(page, &len);
	(void)state;
	assert_int_equal(html_text(p, len, &h, err, sizeof err), 0);
	assert_string_equal(h.text, "Coral reefs grow & die.\n\n");
	html_text_place(&h, 0, strlen("Coral reefs grow & die."), &bs, &be);
	assert_int_equal(bs, (size_t)(strstr(page, "Coral") - page));
	assert_int_equal(be, (size_t)(strstr(page, "die.") - page) + 4);
	/* "reefs grow": inside the text */
	html_text_place(&h, 6, 16, &bs, &be);
	assert_int_equal(bs, (size_t)(strstr(page, "reefs") - page));
	assert_int_equal(be, (size_t)(strstr(page, "grow") - page) + 4);
	html_text_free(&h);
	free(p);
}

/*
 * Ampersands: a bare one inside a word ("AT&T", which the parser reports
 * after reading ahead) and an "&amp;" standing alone are their own bytes,
 * no more and no less.
 */
static void test_html_place_ampersands(void **state)
{
	static const struct {
		const char *page, *word, *bytes;
	} cases[] = {
		{ "<p>the board of AT&T.</p><p>x</p>", "AT&T.", "AT&T." },
		{ "<p>x&y, said AT&T today.</p>", "AT&T", "AT&T" },
		{ "<p>Rocks &amp; weed.</p>", "&", "&amp;" },
		{ "<p>Rocks &#38; weed.</p>", "&", "&#38;" },
		{ "<p>AT&amp;T merged.</p>", "AT&T", "AT&amp;T" },
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct html_text h;
		char err[128];
		size_t len, bs, be;
		char *p = exact_copy(cases[i].page, &len);
		assert_int_equal(html_text(p, len, &h, err, sizeof err), 0);
		const char *w = strstr(h.text, cases[i].word);
		assert_non_null(w);
		size_t k = (size_t)(w - h.text);
		html_text_place(&h, k, k + strlen(cases[i].word), &bs, &be);
		if (be - bs != strlen(cases[i].bytes) || memcmp(p + bs, cases[i].bytes, be - bs) != 0)
			fail_msg("case %zu: \"%s\" placed on \"%.*s\", want \"%s\"", i, cases[i].word,
			    (int)(be - bs), p + bs, cases[i].bytes);
		html_text_free(&h);
		free(p);
	}
}

/* Junk, truncation, invalid UTF-8, NULs: no crash, places inside the input. */
static void test_html_hostile_input(void **state)
{
	static const char *const pages[] = {
		"", "<", "<p", "<p>text", "</p></p></div>", "<<<>>>&&&;;;", "<p>a&#xFFFFFFFF;b</p>",
		"<p>\xff\xfe bad \xc3 bytes</p>", "<title>unclosed", "<!-- never closed <p>x</p>",
		"<script>never closed <p>x</p>", "<p>&bogus; &amp &#; &#x;</p>",
		"<table><td>a<td>b<tr><td>c</table>",
	};
	(void)state;
	for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
		struct html_text h;
		char err[128];
		size_t len;
		char *p = exact_copy(pages[i], &len);
		assert_int_equal(html_text(p, len, &h, err, sizeof err), 0);
		assert_non_null(h.text);
		if (h.len)
			check_places(&h, p, len);
		html_text_free(&h);
		html_text_free(&h);	/* twice is harmless */
		free(p);
	}
	html_text_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html_layout),
		cmocka_unit_test(test_html_place_spans_the_markup),
		cmocka_unit_test(test_html_place_ampersands),
		cmocka_unit_test(test_html_hostile_input),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
