/*
 * test_pageplace.c: unit tests of lib/pageplace.c, a page passage's text
 * aligned with the page's bytes.
 *
 * Table-driven: each case gives a passage's bytes of a page, the text
 * html.c made of them and a piece of that text; the piece must map to the
 * exact bytes given (tags, entities, comments and left-out elements
 * between), or the alignment must be refused when the bytes are not the
 * text's.  Then the alignment is checked against html.c itself: for every
 * paragraph html.c lays out of some pages, each word maps to the bytes
 * html.c recorded for it.  Buffers are exactly their length, so a read
 * past the end shows under ASan.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "html.h"
#include "pageplace.h"

static char *exact_copy(const char *s, size_t len)
{
	char *p = malloc(len ? len : 1);
	assert_non_null(p);
	memcpy(p, s, len);
	return p;
}

static void test_pageplace_cases(void **state)
{
	(void)state;
	static const struct {
		const char *raw, *text;
		const char *piece;	/* in text; NULL: the alignment is refused */
		const char *want;	/* the bytes of raw it maps to */
	} cases[] = {
		{ "Crabs <b>hide</b>\nunder rocks.", "Crabs hide under rocks.", "hide under",
		    "hide</b>\nunder" },
		{ "rocks &amp; weed", "rocks & weed", "& weed", "&amp; weed" },
		{ "a &mdash; b &#8212; c &#x2014; d", "a \xE2\x80\x94 b \xE2\x80\x94 c \xE2\x80\x94 d",
		    "\xE2\x80\x94 c \xE2\x80\x94", "&#8212; c &#x2014;" },
		{ "one&nbsp;two&#160;three", "one two three", "two", "two" },
		{ "one\xC2\xA0two", "one two", "two", "two" },
		{ "start <!-- a <b>comment</b> --> end", "start end", "end", "end" },
		{ "before <script>var end = '</p>';</script> after", "before after", "after",
		    "after" },
		{ "x <nav><ul><li>menu</li></ul><nav>inner</nav></nav> y <aside/> z", "x y z", "y z",
		    "y <aside/> z" },
		{ "a < b and c <3 d", "a < b and c <3 d", "< b", "< b" },
		{ "x&y and &unknown; &copy;", "x&y and \xE2\x80\xBD \xC2\xA9", "x&y and \xE2\x80\xBD",
		    "x&y and &unknown;" },
		{ "first.</li>\r\n<li>Second item here.", "first.\n\n- Second item here.",
		    "- Second", "Second" },
		{ "Title</h2>\n<p>Body", "## Title\n\nBody", "## Title\n\nBody", "Title</h2>\n<p>Body" },
		{ "<a href=\"x>y\">link</a> text", "link text", "link", "link" },
		/* the bytes are not the text's: the file changed, or the text lacks their end */
		{ "Crabs hide under stones.", "Crabs hide under rocks.", NULL, NULL },
		{ "Crabs hide under rocks. More", "Crabs hide under rocks.", NULL, NULL },
		{ "so Crabs hide", "Crabs hide", NULL, NULL },
		{ "", "text", NULL, NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		size_t rlen = strlen(cases[i].raw), tlen = strlen(cases[i].text);
		char *raw = exact_copy(cases[i].raw, rlen), *text = exact_copy(cases[i].text, tlen);
		struct pageplace p;
		int rc = pageplace_align(&p, raw, rlen, text, tlen);
		if (cases[i].piece == NULL) {
			if (rc != 1)
				fail_msg("case %zu: aligned %d, want refused", i, rc);
		} else {
			if (rc != 0)
				fail_msg("case %zu: not aligned (%d)", i, rc);
			const char *at = strstr(cases[i].text, cases[i].piece);
			assert_non_null(at);
			size_t s = (size_t)(at - cases[i].text), from, to;
			assert_int_equal(pageplace_range(&p, s, s + strlen(cases[i].piece), &from, &to), 0);
			if (to - from != strlen(cases[i].want) ||
			    memcmp(raw + from, cases[i].want, to - from) != 0)
				fail_msg("case %zu: '%s' maps to '%.*s', want '%s'", i, cases[i].piece,
				    (int)(to - from), raw + from, cases[i].want);
			/* white space alone holds no character */
			const char *sp = strchr(cases[i].text, ' ');
			if (sp)
				assert_int_equal(pageplace_range(&p, (size_t)(sp - cases[i].text),
				    (size_t)(sp - cases[i].text) + 1, &from, &to), -1);
		}
		pageplace_free(&p);
		pageplace_free(&p);	/* twice is harmless */
		free(raw);
		free(text);
	}
}

/* For each paragraph html.c lays out, every word maps where html.c says it came from. */
static void test_pageplace_agrees_with_html(void **state)
{
	(void)state;
	static const char *const pages[] = {
		"<html><head><title>T</title><style>p{}</style></head><body>\n"
		"<nav>Home | About</nav>\n<main>\n<h1>Tide &amp; Pools</h1>\n"
		"<p>Anemones close their <b>tentacles</b> at low tide\r\nto keep water in,"
		" the guide says &mdash; and <i>crabs</i> hide.</p>\n"
		"<script>var s = '<p>no</p>';</script>\n"
		"<ul><li>Sea stars pry open mussels.</li>\n<li>Limpets&nbsp;return to the"
		" same &#8220;scar&#8221;.</li></ul>\n"
		"<table><tr><td>Cell one</td><td>Cell &lt;two&gt;</td></tr></table>\n"
		"<!-- a comment with words -->\n<blockquote>Quoted words here.</blockquote>\n"
		"<form><p>Subscribe now</p></form><p>Last words &copy; 2024.</p>\n</main></body></html>\n",
		"<p>Caf\xC3\xA9 culture, na\xC3\xAFve readers, 3 < 4 and x&amp;y, a &amp; b, AT&T.</p>"
		"<p>Second</p>",
	};
	for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
		size_t len = strlen(pages[i]);
		char *page = exact_copy(pages[i], len), err[128];
		struct html_text h;
		assert_int_equal(html_text(page, len, &h, err, sizeof err), 0);
		size_t words = 0;
		for (size_t a = 0; a < h.len; ) {
			size_t b = a;
			while (b < h.len && !(h.text[b] == '\n' && b + 1 < h.len && h.text[b + 1] == '\n'))
				b++;
			if (b > a) {
				size_t bs, be;
				html_text_place(&h, a, b, &bs, &be);
				struct pageplace p;
				if (pageplace_align(&p, page + bs, be - bs, h.text + a, b - a) != 0)
					fail_msg("page %zu: paragraph '%.*s' not aligned with '%.*s'", i,
					    (int)(b - a), h.text + a, (int)(be - bs), page + bs);
				for (size_t w = a; w < b; ) {
					while (w < b && h.text[w] == ' ')
						w++;
					size_t e = w;
					while (e < b && h.text[e] != ' ')
						e++;
					int mark = (e - w == 1 && h.text[w] == '-') ||
					    strspn(h.text + w, "#") == e - w;
					if (e > w && !mark) {
						size_t ws, we, from, to;
						html_text_place(&h, w, e, &ws, &we);
						assert_int_equal(pageplace_range(&p, w - a, e - a, &from, &to), 0);
						if (bs + from != ws || bs + to != we)
							fail_msg("page %zu: '%.*s' at %zu-%zu, html.c says %zu-%zu", i,
							    (int)(e - w), h.text + w, bs + from, bs + to, ws, we);
						words++;
					}
					w = e;
				}
				pageplace_free(&p);
			}
			a = b + 2;
		}
		assert_true(words > 5);
		html_text_free(&h);
		free(page);
	}
}

static void test_pageplace_read(void **state)
{
	(void)state;
	char path[] = "/tmp/test_pageplace.XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "w");
	assert_non_null(f);
	fputs("0123456789", f);
	fclose(f);
	char *d;
	size_t n;
	assert_int_equal(pageplace_read(path, 2, 5, &d, &n), 0);
	assert_int_equal(n, 3);
	assert_memory_equal(d, "234", 3);
	free(d);
	assert_int_equal(pageplace_read(path, 8, 12, &d, &n), -1);	/* past the end */
	assert_null(d);
	assert_int_equal(pageplace_read(path, 5, 2, &d, &n), -1);
	unlink(path);
	assert_int_equal(pageplace_read(path, 0, 1, &d, &n), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pageplace_cases),
		cmocka_unit_test(test_pageplace_agrees_with_html),
		cmocka_unit_test(test_pageplace_read),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
