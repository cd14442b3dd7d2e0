/*
 * html.h: an HTML page -> the text of its main content, with the place of
 * every word in the original bytes.
 *
 * This module owns reading HTML for the indexer: libxml2's HTML parser (the
 * one browsers' quirks are written for in Debian's C world) walks the page
 * as SAX events, and the text of its prose is laid out as Markdown the
 * passage splitter reads: "#" lines for <h1>-<h6>, a paragraph per <p>,
 * list item, table cell, <blockquote>, <dd>/<dt>, <figcaption>, "- " before
 * list items.  Script, style, nav, header, footer, aside, forms, <pre> and
 * other non-prose are left out; when the page has <main> or <article>,
 * only their text is taken.  Entities are decoded.  Every word keeps the
 * byte range it came from, so a passage of the text maps back to the exact
 * bytes (and lines) of the file it spans.  The title is <title>, else the
 * first <h1>; <meta> author, date, publisher (og:site_name) and the
 * canonical URL are read too.  It never prints and never reads files: the
 * caller gives the bytes.  Offsets are exact for UTF-8 pages (the encoding
 * named in the page is not followed: bytes are read as UTF-8).
 */
#ifndef HTML_H
#define HTML_H

#include <stddef.h>

struct html_word;

struct html_text {
	char *text;		/* the laid-out text, NUL-terminated (len bytes before it) */
	size_t len;
	/* NULL when the page does not say; malloc'd, valid UTF-8 as the page is */
	char *title, *author, *date, *publisher, *url;
	struct html_word *words;	/* where each run of text came from */
	size_t nwords, cap;
};

/*
 * Lay out html[0 .. len) into *out (which it zeroes first).  Returns 0, or
 * -1 with err set (out of memory; libxml2 could not make a parser).  A page
 * with no prose gives an empty text, which is no error.
 */
int html_text(const char *html, size_t len, struct html_text *out, char *err,
    size_t errlen);

/*
 * The original bytes [*byte_start, *byte_end) that text[start .. end) came
 * from (start < end, both inside the text): from the first byte of the
 * first word to the last byte of the last, tags and all between them.
 */
void html_text_place(const struct html_text *h, size_t start, size_t end,
    size_t *byte_start, size_t *byte_end);

void html_text_free(struct html_text *h);	/* accepts NULL */

#endif
