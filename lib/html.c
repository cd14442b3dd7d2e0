/*
 * html.c: HTML -> laid-out text with the place of every word (html.h).
 *
 * libxml2's HTML parser calls us for each tag and run of text; after each
 * event the parser has consumed the original bytes up to xmlByteConsumed(),
 * so a run of text came from the bytes between the end of the previous
 * event and that point.  Its words are matched against those bytes from
 * the end (a CR the parser dropped is skipped), which gives each word its
 * exact bytes; a run that does not match byte for byte (an entity, "&amp;")
 * is one word spanning its bytes.  Blocks (a heading, a paragraph, a list
 * item, a cell) are collected with their words, then laid out: only those
 * inside <main>/<article> when the page has one.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "html.h"
#include "util.h"

struct html_word {
	size_t at, len;		/* in the block's text, later in the laid-out text */
	size_t start, end;	/* the original bytes */
};

struct block {
	struct buf text;
	size_t w0, w1;		/* its words: words[w0 .. w1) */
	int level;		/* 1..6 for <h1>-<h6>, else 0 */
	int item;		/* a list item */
	int in_main;		/* inside <main> or <article> */
};

struct state {
	htmlParserCtxtPtr ctxt;
	const unsigned char *raw;
	size_t len;
	size_t mark;		/* original bytes up to here are accounted for */
	int skip;		/* open elements whose text is no prose */
	int in_title, main_depth, has_main;
	struct buf title, h1;
	int h1_open, h1_done;
	struct block *blocks;
	size_t nblocks, cap;
	int open;		/* blocks[nblocks - 1] takes text */
	int pending_space;
	struct html_text *out;
	size_t *pos;		/* scratch: the original byte of each byte of a run */
	size_t pos_cap;
	int oom;
};

static size_t consumed(struct state *st)
{
	long n = xmlByteConsumed(st->ctxt);
	if (n < 0)
		return st->mark;
	return (size_t)n > st->len ? st->len : (size_t)n;
}

static const char *const skipped[] = { "script", "style", "nav", "header", "footer", "form",
    "noscript", "template", "svg", "math", "button", "select", "textarea", "aside", "pre",
    "iframe", "object", "canvas", "dialog", NULL };
static const char *const blocks[] = { "p", "li", "td", "th", "blockquote", "dd", "dt",
    "figcaption", "caption", "div", "section", "article", "main", "ul", "ol", "dl", "table",
    "tr", "tbody", "thead", "body", "figure", "address", "details", "summary", "hr", NULL };

static int in(const char *name, const char *const *list)
{
	for (; *list; list++)
		if (strcasecmp(name, *list) == 0)
			return 1;
	return 0;
}

static int heading_level(const char *name)
{
	if ((name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6' && !name[2])
		return name[1] - '0';
	return 0;
}

static void close_block(struct state *st)
{
	st->open = 0;
	st->pending_space = 0;
}

static struct block *open_block(struct state *st, int level, int item)
{
	if (st->nblocks == st->cap) {
		size_t cap = st->cap ? st->cap * 2 : 32;
		struct block *b = realloc(st->blocks, cap * sizeof *b);
		if (b == NULL) {
			st->oom = 1;
			return NULL;
		}
		st->blocks = b;
		st->cap = cap;
	}
	struct block *b = &st->blocks[st->nblocks++];
	memset(b, 0, sizeof *b);
	b->w0 = b->w1 = st->out->nwords;
	b->level = level;
	b->item = item;
	b->in_main = st->main_depth > 0;
	st->open = 1;
	st->pending_space = 0;
	return b;
}

static void add_word(struct state *st, const char *s, size_t n, size_t start, size_t end)
{
	struct html_text *o = st->out;
	struct block *b = st->open ? &st->blocks[st->nblocks - 1] : open_block(st, 0, 0);
	if (b == NULL)
		return;
	if (st->pending_space && b->text.len)
		buf_append(&b->text, " ", 1);
	st->pending_space = 0;
	if (o->nwords == o->cap) {
		size_t cap = o->cap ? o->cap * 2 : 256;
		struct html_word *w = realloc(o->words, cap * sizeof *w);
		if (w == NULL) {
			st->oom = 1;
			return;
		}
		o->words = w;
		o->cap = cap;
	}
	o->words[o->nwords++] = (struct html_word){ b->text.len, n, start, end };
	b->w1 = o->nwords;
	buf_append(&b->text, s, n);
	if (b->text.oom)
		st->oom = 1;
}

/* Bytes of white space at s[i] (ASCII, or U+00A0 as &nbsp; gives it). */
static size_t ws(const unsigned char *s, size_t i, size_t n)
{
	if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f')
		return 1;
	return s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0xA0 ? 2 : 0;
}

/* Text for a heading-free buffer (title, first h1): spaces collapsed. */
static void collapse_into(struct buf *b, const unsigned char *s, size_t n)
{
	for (size_t i = 0, k; i < n; ) {
		if ((k = ws(s, i, n)) > 0) {
			if (b->len && b->data[b->len - 1] != ' ')
				buf_append(b, " ", 1);
			i += k;
		} else {
			buf_append(b, s + i, 1);
			i++;
		}
	}
}

/*
 * Is raw[start ..) a character reference ("&amp;", "&#38;") ending before
 * end?  One that decodes to what it starts with ("&amp;" is "&") must not
 * be taken for a bare "&".
 */
static int entity_at(const unsigned char *raw, size_t start, size_t end)
{
	size_t k = start + 1;
	if (start >= end || raw[start] != '&')
		return 0;
	if (k < end && raw[k] == '#')
		k++;
	size_t name = k;
	while (k < end && ((raw[k] >= 'a' && raw[k] <= 'z') || (raw[k] >= 'A' && raw[k] <= 'Z') ||
	    (raw[k] >= '0' && raw[k] <= '9')))
		k++;
	return k > name && k < end && raw[k] == ';';
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
	struct state *st = ctx;
	const unsigned char *s = ch;
	size_t n = len > 0 ? (size_t)len : 0, end = consumed(st), start = st->mark;
	st->mark = end;
	if (st->in_title) {
		collapse_into(&st->title, s, n);
		return;
	}
	if (st->skip || n == 0)
		return;
	if (st->h1_open)
		collapse_into(&st->h1, s, n);
	if (n > st->pos_cap) {
		size_t *p = realloc(st->pos, n * sizeof *p);
		if (p == NULL) {
			st->oom = 1;
			return;
		}
		st->pos = p;
		st->pos_cap = n;
	}
	/* match the run against its bytes from the end; the parser drops CRs */
	size_t i = n, r = end;
	while (i > 0 && r > start) {
		if (st->raw[r - 1] == s[i - 1])
			st->pos[--i] = --r;
		else if (st->raw[r - 1] == '\r')
			r--;
		else
			break;
	}
	if (i > 0 && start + n <= st->len && memcmp(st->raw + start, s, n) == 0 &&
	    !entity_at(st->raw, start, end)) {
		/*
		 * The run stands at start as it is, but the parser told of it
		 * before it consumed it ("<" as text) or after it read ahead (a
		 * bare "&" in "AT&T": consumed up to the end of "&T."): its bytes
		 * are [start, start + n), and the next run starts there.
		 */
		for (i = 0; i < n; i++)
			st->pos[i] = start + i;
		st->mark = start + n;
		i = 0;
	}
	if (i > 0) {
		/* an entity or the like: one word over the bytes since the last event */
		if (end <= start)
			end = start < st->len ? start + 1 : st->len;
		size_t a = 0, z = n, k;
		while (a < z && (k = ws(s, a, z)) > 0)
			a += k;
		if (a > 0)
			st->pending_space = 1;
		if (a == z)
			return;
		while (z > a && (s[z - 1] == ' ' || s[z - 1] == '\t' || s[z - 1] == '\n' ||
		    s[z - 1] == '\r'))
			z--;
		size_t rs = start;
		while (rs < end && (st->raw[rs] == '>' || ws(st->raw, rs, end)))
			rs++;
		add_word(st, (const char *)s + a, z - a, rs < end ? rs : start, end);
		if (z < n)
			st->pending_space = 1;
		return;
	}
	for (size_t a = 0, k; a < n; ) {
		if ((k = ws(s, a, n)) > 0) {
			st->pending_space = 1;
			a += k;
			continue;
		}
		size_t z = a;
		while (z < n && ws(s, z, n) == 0)
			z++;
		add_word(st, (const char *)s + a, z - a, st->pos[a], st->pos[z - 1] + 1);
		a = z;
	}
}

/* The end of a tag whose name the parser has read: after its '>'. */
static void mark_tag_end(struct state *st)
{
	size_t p = consumed(st);
	while (p < st->len && (st->raw[p] == ' ' || st->raw[p] == '\t' || st->raw[p] == '\n' ||
	    st->raw[p] == '\r' || st->raw[p] == '/'))
		p++;
	st->mark = p < st->len && st->raw[p] == '>' ? p + 1 : consumed(st);
}

static char **meta_slot(struct state *st, const char *key)
{
	static const struct {
		const char *key;
		int field;
	} keys[] = {
		{ "author", 0 }, { "citation_author", 0 }, { "dc.creator", 0 }, { "article:author", 0 },
		{ "date", 1 }, { "citation_publication_date", 1 }, { "citation_date", 1 },
		{ "dc.date", 1 }, { "article:published_time", 1 }, { "publisher", 2 },
		{ "og:site_name", 2 }, { "citation_publisher", 2 }, { "dc.publisher", 2 },
		{ "og:url", 3 },
	};
	char **f[4] = { &st->out->author, &st->out->date, &st->out->publisher, &st->out->url };
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
		if (strcasecmp(key, keys[i].key) == 0)
			return f[keys[i].field];
	return NULL;
}

static void set_once(struct state *st, char **slot, const char *value)
{
	struct buf b = { 0 };
	if (*slot || value == NULL)
		return;
	collapse_into(&b, (const unsigned char *)value, strlen(value));
	while (b.len && b.data[b.len - 1] == ' ')
		b.data[--b.len] = 0;
	if (b.oom)
		st->oom = 1;
	if (b.len == 0 || b.oom) {
		buf_free(&b);
		return;
	}
	*slot = b.data[0] == ' ' ? (memmove(b.data, b.data + 1, b.len), b.data) : b.data;
}

static const char *attr(const xmlChar **atts, const char *name)
{
	for (size_t i = 0; atts && atts[i]; i += 2)
		if (strcasecmp((const char *)atts[i], name) == 0)
			return atts[i + 1] ? (const char *)atts[i + 1] : "";
	return NULL;
}

static void on_start(void *ctx, const xmlChar *tag, const xmlChar **atts)
{
	struct state *st = ctx;
	const char *name = (const char *)tag;
	int level;
	mark_tag_end(st);
	if (strcasecmp(name, "meta") == 0) {
		const char *key = attr(atts, "name");
		char **slot;
		if (key == NULL)
			key = attr(atts, "property");
		if (key && (slot = meta_slot(st, key)) != NULL)
			set_once(st, slot, attr(atts, "content"));
		/* a date with its time ("2021-03-04T10:00:00Z"): the day is what a
		 * citation needs, as a PDF's date gives it */
		char *d = st->out->date;
		if (d && strlen(d) > 10 && d[4] == '-' && d[7] == '-' && d[10] == 'T')
			d[10] = 0;
		return;
	}
	if (strcasecmp(name, "link") == 0) {
		const char *rel = attr(atts, "rel");
		if (rel && strcasecmp(rel, "canonical") == 0) {
			free(st->out->url);	/* the canonical URL wins over og:url */
			st->out->url = NULL;
			set_once(st, &st->out->url, attr(atts, "href"));
		}
		return;
	}
	if (strcasecmp(name, "title") == 0 && !st->skip) {
		st->in_title = 1;
		return;
	}
	if (strcasecmp(name, "br") == 0) {
		st->pending_space = 1;
		return;
	}
	if (in(name, skipped)) {
		st->skip++;
		return;
	}
	if (st->skip)
		return;
	if (strcasecmp(name, "main") == 0 || strcasecmp(name, "article") == 0) {
		st->main_depth++;
		st->has_main = 1;
	}
	if ((level = heading_level(name)) != 0) {
		close_block(st);
		open_block(st, level, 0);
		if (level == 1 && !st->h1_done)
			st->h1_open = 1;
	} else if (strcasecmp(name, "li") == 0) {
		close_block(st);
		open_block(st, 0, 1);
	} else if (in(name, blocks)) {
		close_block(st);
	}
}

static void on_end(void *ctx, const xmlChar *tag)
{
	struct state *st = ctx;
	const char *name = (const char *)tag;
	st->mark = consumed(st);
	if (strcasecmp(name, "title") == 0) {
		st->in_title = 0;
		return;
	}
	if (in(name, skipped)) {
		if (st->skip > 0)
			st->skip--;
		return;
	}
	if (st->skip)
		return;
	if ((strcasecmp(name, "main") == 0 || strcasecmp(name, "article") == 0) &&
	    st->main_depth > 0)
		st->main_depth--;
	if (heading_level(name) || strcasecmp(name, "li") == 0 || in(name, blocks)) {
		if (heading_level(name) == 1 && st->h1_open) {
			st->h1_open = 0;
			st->h1_done = st->h1.len > 0;
		}
		close_block(st);
	}
}

/* Comments, CDATA, the doctype: their bytes are no text of a run. */
static void on_other(void *ctx, const xmlChar *a)
{
	struct state *st = ctx;
	(void)a;
	st->mark = consumed(st);
}

static void on_other2(void *ctx, const xmlChar *a, int n)
{
	(void)n;
	on_other(ctx, a);
}

static void on_pi(void *ctx, const xmlChar *a, const xmlChar *b)
{
	(void)b;
	on_other(ctx, a);
}

static void on_subset(void *ctx, const xmlChar *a, const xmlChar *b, const xmlChar *c)
{
	(void)b, (void)c;
	on_other(ctx, a);
}

static void quiet(void *ctx, const char *msg, ...)
{
	(void)ctx, (void)msg;
}

/* The blocks as Markdown, with the words' places moved to the laid-out text. */
static void lay_out(struct state *st)
{
	struct html_text *o = st->out;
	struct buf t = { 0 };
	size_t kept = 0;
	for (size_t i = 0; i < st->nblocks; i++) {
		struct block *b = &st->blocks[i];
		if (b->text.len == 0 || (st->has_main && !b->in_main))
			continue;
		if (b->level) {
			for (int k = 0; k < b->level; k++)
				buf_append(&t, "#", 1);
			buf_append(&t, " ", 1);
		} else if (b->item) {
			buf_append(&t, "- ", 2);
		}
		size_t base = t.len;
		buf_append(&t, b->text.data, b->text.len);
		buf_append(&t, "\n\n", 2);
		for (size_t w = b->w0; w < b->w1; w++) {
			o->words[kept] = o->words[w];
			o->words[kept++].at += base;
		}
	}
	o->nwords = kept;
	buf_append(&t, "", 1);
	if (t.oom) {
		st->oom = 1;
		buf_free(&t);
		return;
	}
	o->text = t.data;
	o->len = t.len - 1;
}

int html_text(const char *html, size_t len, struct html_text *out, char *err, size_t errlen)
{
	struct state st;
	htmlSAXHandler sax;
	int rc = 0;

	memset(out, 0, sizeof *out);
	memset(&st, 0, sizeof st);
	st.raw = (const unsigned char *)html;
	st.len = len;
	st.out = out;
	if (len > INT_MAX)
		return util_error(err, errlen, "page too big for the HTML parser (%zu bytes)", len);
	memset(&sax, 0, sizeof sax);
	sax.startElement = on_start;
	sax.endElement = on_end;
	sax.characters = on_text;
	sax.ignorableWhitespace = on_text;
	sax.cdataBlock = on_other2;
	sax.comment = on_other;
	sax.processingInstruction = on_pi;
	sax.internalSubset = on_subset;
	sax.warning = quiet;
	sax.error = quiet;
	if (len > 0) {
		st.ctxt = htmlCreateMemoryParserCtxt(html, (int)len);
		if (st.ctxt == NULL)
			return util_error(err, errlen, "libxml2 could not make an HTML parser");
		/* our handlers only: no tree is built */
		memcpy(st.ctxt->sax, &sax, sizeof sax);
		st.ctxt->userData = &st;
		htmlCtxtUseOptions(st.ctxt, HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
		    HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
		/* read as UTF-8 whatever the page names, so offsets are the file's */
		xmlSwitchEncoding(st.ctxt, XML_CHAR_ENCODING_UTF8);
		htmlParseDocument(st.ctxt);
		htmlFreeParserCtxt(st.ctxt);
	}
	if (!st.oom)
		lay_out(&st);
	if (!st.oom && out->title == NULL) {
		struct buf *t = st.title.len ? &st.title : &st.h1;
		while (t->len && t->data[t->len - 1] == ' ')
			t->len--;
		if (t->len) {
			buf_append(t, "", 1);
			size_t skip = t->data[0] == ' ';
			out->title = t->oom ? NULL : strdup(t->data + skip);
		}
	}
	if (st.oom || st.title.oom || st.h1.oom) {
		html_text_free(out);
		rc = util_error(err, errlen, "out of memory");
	}
	for (size_t i = 0; i < st.nblocks; i++)
		buf_free(&st.blocks[i].text);
	free(st.blocks);
	free(st.pos);
	buf_free(&st.title);
	buf_free(&st.h1);
	return rc;
}

void html_text_place(const struct html_text *h, size_t start, size_t end,
    size_t *byte_start, size_t *byte_end)
{
	size_t lo = 0, hi = h->nwords;
	*byte_start = *byte_end = 0;
	if (h->nwords == 0)
		return;
	/* the first word ending after start */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (h->words[mid].at + h->words[mid].len <= start)
			lo = mid + 1;
		else
			hi = mid;
	}
	const struct html_word *w = &h->words[lo < h->nwords ? lo : h->nwords - 1];
	*byte_start = w->start;
	if (start > w->at && w->len == w->end - w->start)
		*byte_start += start - w->at;	/* inside a word matched byte for byte */
	/* the last word starting before end */
	lo = 0, hi = h->nwords;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (h->words[mid].at < end)
			lo = mid + 1;
		else
			hi = mid;
	}
	w = &h->words[lo ? lo - 1 : 0];
	*byte_end = w->end;
	if (end < w->at + w->len && w->len == w->end - w->start)
		*byte_end = w->start + (end > w->at ? end - w->at : 0);
	if (*byte_end < *byte_start)
		*byte_end = *byte_start;
}

void html_text_free(struct html_text *h)
{
	if (h == NULL)
		return;
	free(h->text);
	free(h->title);
	free(h->author);
	free(h->date);
	free(h->publisher);
	free(h->url);
	free(h->words);
	memset(h, 0, sizeof *h);
}
