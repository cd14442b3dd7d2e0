/*
 * pageplace.c: a page passage's text aligned with the page's bytes (see
 * pageplace.h).
 *
 * The page's bytes are read as a stream of characters, each with the bytes
 * it came from: a tag, a comment, a declaration and the whole of an
 * element html.c leaves out (script, nav, form ...) give none; white space
 * (also U+00A0, &nbsp;) gives none; an entity gives what it stands for:
 * the numeric ones and the five of XML decoded, any other named one a
 * wildcard for one character (html.c had libxml2 decode it; a table of all
 * of HTML's would buy little).  The text's characters are then found in
 * that stream in order, skipping stream characters the text lacks (a dash
 * html.c dropped, say).  "- " and "# " at the start of a text line are
 * html.c's layout, not the page's, and are not looked for.  The first
 * character must be the stream's first and the last its last: the
 * passage's range runs from its first word to its last, so anything else
 * means the bytes are not the text's.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pageplace.h"
#include "util.h"

/* Elements whose text html.c does not take (its list "skipped"). */
static const char *const skipped[] = { "script", "style", "nav", "header", "footer", "form",
    "noscript", "template", "svg", "math", "button", "select", "textarea", "aside", "pre",
    "iframe", "object", "canvas", "dialog", NULL };
/* Of those, the ones whose content is raw text, not tags. */
static const char *const raw_text[] = { "script", "style", "textarea", NULL };

/* One character of the page's text: its UTF-8 bytes (wild: any one), where it came from. */
struct unit {
	unsigned char ch[4];
	size_t n;		/* bytes in ch; 0: a wildcard for one character */
	size_t from, to;
};

static int in(const char *name, size_t n, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == n && strncasecmp(name, *list, n) == 0)
			return 1;
	return 0;
}

static int alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int alnum(unsigned char c)
{
	return alpha(c) || (c >= '0' && c <= '9');
}

/* Code point cp as UTF-8 into out; bytes written (0: not a character). */
static size_t utf8(unsigned long cp, unsigned char *out)
{
	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	if (cp < 0x80) {
		out[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (unsigned char)(0xC0 | cp >> 6);
		out[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (unsigned char)(0xE0 | cp >> 12);
		out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (unsigned char)(0xF0 | cp >> 18);
	out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

/* The end of the tag opening at s[i] ('<'): past its '>', quoted '>' aside. */
static size_t tag_end(const unsigned char *s, size_t i, size_t n)
{
	unsigned char quote = 0;
	for (i++; i < n; i++) {
		if (quote) {
			if (s[i] == quote)
				quote = 0;
		} else if (s[i] == '"' || s[i] == '\'') {
			quote = s[i];
		} else if (s[i] == '>') {
			return i + 1;
		}
	}
	return n;
}

/* Where s[i ..) has "</name" (any case), or n. */
static size_t find_close(const unsigned char *s, size_t i, size_t n, const char *name,
    size_t len)
{
	for (; i + 2 + len <= n; i++)
		if (s[i] == '<' && s[i + 1] == '/' && strncasecmp((const char *)s + i + 2, name, len) == 0 &&
		    (i + 2 + len == n || !alnum(s[i + 2 + len])))
			return i;
	return n;
}

/*
 * Past the element whose opening tag (name, len bytes) ends at s[i]: its
 * closing tag with the same name at the same depth, or the end.
 */
static size_t skip_element(const unsigned char *s, size_t i, size_t n, const char *name,
    size_t len)
{
	if (in(name, len, raw_text))
		return tag_end(s, find_close(s, i, n, name, len), n);
	int depth = 1;
	while (i < n) {
		if (s[i] != '<') {
			i++;
			continue;
		}
		if (i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
			const char *e = NULL;
			for (size_t k = i + 4; k + 3 <= n && !e; k++)
				if (memcmp(s + k, "-->", 3) == 0)
					e = (const char *)s + k;
			i = e ? (size_t)(e - (const char *)s) + 3 : n;
			continue;
		}
		int closing = i + 1 < n && s[i + 1] == '/';
		size_t k = i + 1 + closing, start = k;
		while (k < n && (alnum(s[k]) || s[k] == ':' || s[k] == '-'))
			k++;
		size_t end = tag_end(s, i, n);
		if (k - start == len && strncasecmp((const char *)s + start, name, len) == 0 &&
		    !(end >= 2 && s[end - 2] == '/')) {
			depth += closing ? -1 : 1;
			if (depth == 0)
				return end;
		}
		i = end;
	}
	return n;
}

/* The entity at s[i] ('&') into *u; its bytes, or 0 when it is no entity (a plain '&'). */
static size_t entity(const unsigned char *s, size_t i, size_t n, struct unit *u, int *space)
{
	size_t k = i + 1;
	*space = 0;
	u->n = 0;
	if (k < n && s[k] == '#') {
		unsigned long cp = 0;
		int hex = k + 1 < n && (s[k + 1] == 'x' || s[k + 1] == 'X');
		size_t d = k + 1 + hex, digits = 0;
		for (; d < n && digits < 8; d++, digits++) {
			unsigned char c = s[d];
			int v = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 :
			    hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
			if (v < 0)
				break;
			cp = cp * (hex ? 16 : 10) + (unsigned long)v;
		}
		if (digits == 0 || d >= n || s[d] != ';')
			return 0;
		*space = cp == 0xA0 || cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		    cp == '\f';
		u->n = utf8(cp, u->ch);	/* 0 (not a character): libxml2 put something there */
		return d + 1 - i;
	}
	while (k < n && k - i <= 32 && alnum(s[k]))
		k++;
	if (k == i + 1 || k >= n || s[k] != ';' || !alpha(s[i + 1]))
		return 0;
	static const struct {
		const char *name, *ch;
	} xml[] = { { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" }, { "apos", "'" } };
	size_t len = k - i - 1;
	if (len == 4 && memcmp(s + i + 1, "nbsp", 4) == 0)
		*space = 1;
	for (size_t e = 0; e < sizeof xml / sizeof *xml; e++)
		if (strlen(xml[e].name) == len && memcmp(s + i + 1, xml[e].name, len) == 0) {
			u->ch[0] = (unsigned char)xml[e].ch[0];
			u->n = 1;
		}
	return k + 1 - i;
}

/* The page's characters of raw[0 .. n) into *units (malloc'd); their count, or -1 (memory). */
static long stream(const unsigned char *s, size_t n, struct unit **units)
{
	size_t cap = n + 1, count = 0;
	struct unit *u = malloc(cap * sizeof *u);
	if (u == NULL)
		return -1;
	for (size_t i = 0; i < n; ) {
		struct unit x = { { 0 }, 0, i, i };
		if (s[i] == '<' && i + 1 < n && s[i + 1] == '!') {
			/* a comment, or a declaration */
			if (i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
				size_t k = i + 4;
				while (k + 3 <= n && memcmp(s + k, "-->", 3) != 0)
					k++;
				i = k + 3 <= n ? k + 3 : n;
			} else {
				i = tag_end(s, i, n);
			}
			continue;
		}
		if (s[i] == '<' && i + 1 < n && (alpha(s[i + 1]) || s[i + 1] == '?' ||
		    (s[i + 1] == '/' && i + 2 < n && alpha(s[i + 2])))) {
			size_t start = i + 1 + (s[i + 1] == '/'), k = start;
			while (k < n && (alnum(s[k]) || s[k] == ':' || s[k] == '-'))
				k++;
			size_t end = tag_end(s, i, n);
			if (s[i + 1] != '/' && in((const char *)s + start, k - start, skipped) &&
			    !(end >= 2 && s[end - 2] == '/'))
				end = skip_element(s, end, n, (const char *)s + start, k - start);
			i = end;
			continue;
		}
		size_t len;
		int space = 0;
		if (s[i] == '&' && (len = entity(s, i, n, &x, &space)) > 0) {
			i += len;
			if (space)
				continue;
		} else if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
		    s[i] == '\f') {
			i++;
			continue;
		} else if (s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0xA0) {
			i += 2;
			continue;
		} else {
			len = util_utf8_char(s + i, n - i);
			if (len == 0)
				len = 1;	/* an invalid byte stands for itself */
			memcpy(x.ch, s + i, len);
			x.n = len;
			i += len;
		}
		x.to = i;
		u[count++] = x;
	}
	*units = u;
	return (long)count;
}

/* Is text[i] the start of html.c's layout ("- " or "#... ") at the start of a line? */
static size_t layout_mark(const char *t, size_t i, size_t n)
{
	if (i > 0 && t[i - 1] != '\n')
		return 0;
	size_t k = i;
	if (k < n && t[k] == '-')
		k++;
	else
		while (k < n && t[k] == '#')
			k++;
	return k > i && k < n && t[k] == ' ' ? k - i : 0;
}

int pageplace_align(struct pageplace *p, const char *raw, size_t rawlen, const char *text,
    size_t textlen)
{
	struct unit *u = NULL;
	memset(p, 0, sizeof *p);
	long nu = stream((const unsigned char *)raw, rawlen, &u);
	if (nu < 0)
		return -1;
	p->from = malloc((textlen + 1) * sizeof *p->from);
	p->to = malloc((textlen + 1) * sizeof *p->to);
	if (p->from == NULL || p->to == NULL) {
		free(u);
		pageplace_free(p);
		return -1;
	}
	p->len = textlen;
	for (size_t i = 0; i < textlen; i++)
		p->from[i] = p->to[i] = PAGEPLACE_NONE;
	const unsigned char *t = (const unsigned char *)text;
	size_t k = 0, matched = 0;
	long last = -1;
	int ok = 1;
	for (size_t i = 0; i < textlen && ok; ) {
		size_t skip = layout_mark(text, i, textlen);
		if (skip) {
			i += skip;
			continue;
		}
		if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == '\f') {
			i++;
			continue;
		}
		size_t len = util_utf8_char(t + i, textlen - i);
		if (len == 0)
			len = 1;
		if (len == 2 && t[i] == 0xC2 && t[i + 1] == 0xA0) {
			i += 2;
			continue;
		}
		/* the first character must be the page's first; later ones may skip some */
		while ((long)k < nu && u[k].n != 0 && (u[k].n != len || memcmp(u[k].ch, t + i, len) != 0)
		    && matched > 0)
			k++;
		if ((long)k >= nu || (u[k].n != 0 && (u[k].n != len || memcmp(u[k].ch, t + i, len) != 0))) {
			ok = 0;
			break;
		}
		p->from[i] = u[k].from;
		p->to[i] = u[k].to;
		last = (long)k++;
		matched++;
		i += len;
	}
	free(u);
	/* and the last the page's last */
	if (!ok || matched == 0 || last != nu - 1) {
		pageplace_free(p);
		return 1;
	}
	return 0;
}

int pageplace_range(const struct pageplace *p, size_t start, size_t end, size_t *from,
    size_t *to)
{
	size_t a = start, b = end;
	if (end > p->len)
		b = end = p->len;
	while (a < end && p->from[a] == PAGEPLACE_NONE)
		a++;
	while (b > a && p->from[b - 1] == PAGEPLACE_NONE)
		b--;
	if (a >= b)
		return -1;
	*from = p->from[a];
	*to = p->to[b - 1];
	return 0;
}

void pageplace_free(struct pageplace *p)
{
	free(p->from);
	free(p->to);
	memset(p, 0, sizeof *p);
}

int pageplace_read(const char *path, int64_t start, int64_t end, char **data, size_t *len)
{
	*data = NULL;
	*len = 0;
	if (start < 0 || end < start)
		return -1;
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return -1;
	size_t n = (size_t)(end - start);
	char *d = malloc(n + 1);
	int rc = -1;
	if (d && fseeko(f, (off_t)start, SEEK_SET) == 0 && fread(d, 1, n, f) == n) {
		d[n] = 0;
		*data = d;
		*len = n;
		rc = 0;
	} else {
		free(d);
	}
	fclose(f);
	return rc;
}
