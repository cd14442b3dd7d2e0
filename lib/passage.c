/*
 * passage.c: cut an article into passages, guess its title, walk sentences.
 *
 * This file owns the splitting rules of passage.h.  A scanner turns lines
 * into blocks (runs of non-blank lines, or single lines in a file without
 * blank lines, with Markdown '#' lines always on their own).  A small state
 * machine then decides what each block is: body, a heading whose text becomes
 * the section of the body under it, a list that stays with its introduction,
 * or a fragment that joins a neighbour.  Long passages are cut at sentence
 * boundaries.  The state is a handful of byte offsets, so memory does not
 * grow with the text; the only allocation is the section string.  Nothing
 * here reads outside text[0 .. len), prints, or exits.
 */
#include "passage.h"
#include "textclass.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
	DEFAULT_TARGET = 150,
	DEFAULT_MAX = 200,
	DEFAULT_MIN = 8,
	HEAD_MAX_WORDS = 16,	/* a heading-like line has at most this many words */
	HEAD_MAX_BYTES = 160,	/* ... and at most this many bytes */
	TITLE_MIN_WORDS = 3,
	TITLE_WINDOW = 64 * 1024,
	CHUNK_BYTES = 4096,	/* cut of a run of text with no usable whitespace */
	ABBREV_MAX = 16,	/* longest word looked at as a possible abbreviation */
	PLAIN_LEVEL = 7		/* a heading-like line in Markdown ranks below '######' */
};

enum { LIST_NONE, LIST_BULLET, LIST_NUMBER };

/* Bytes of whitespace at t[i] (i < end); U+00A0 counts as whitespace. */
static inline size_t
wslen(const unsigned char *t, size_t i, size_t end)
{
	unsigned char c = t[i];

	if (c > ' ' && c != 0xC2)
		return 0;		/* the common case, first */
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	    c == '\f')
		return 1;
	if (c == 0xC2 && i + 1 < end && t[i + 1] == 0xA0)
		return 2;
	return 0;
}

/* Bytes of whitespace ending just before t[end] (end > start). */
static size_t
wsback(const unsigned char *t, size_t start, size_t end)
{
	unsigned char c = t[end - 1];

	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	    c == '\f')
		return 1;
	if (c == 0xA0 && end - 1 > start && t[end - 2] == 0xC2)
		return 2;
	return 0;
}

static inline void
trim(const unsigned char *t, size_t *s, size_t *e)
{
	size_t n;

	while (*s < *e && (n = wslen(t, *s, *e)) > 0)
		*s += n;
	while (*e > *s && (n = wsback(t, *s, *e)) > 0)
		*e -= n;
}

static size_t
count_words(const unsigned char *t, size_t s, size_t e)
{
	size_t w = 0, n;
	int in = 0;

	while (s < e) {
		if ((n = wslen(t, s, e)) > 0) {
			in = 0;
			s += n;
		} else {
			if (!in)
				w++;
			in = 1;
			s++;
		}
	}
	return w;
}

/* Is there item text after the marker ending at t[i]: blanks, then a non-blank? */
static int
item_text(const unsigned char *t, size_t i, size_t end, int need_blank)
{
	size_t from = i;

	while (i < end && (t[i] == ' ' || t[i] == '\t'))
		i++;
	if (need_blank && i == from)
		return 0;
	return i < end && wslen(t, i, end) == 0;
}

/*
 * Kind of list item starting the line at t[i]: a bullet ("-", "*", "+",
 * "•", "·", "–") or a number with "." or ")", after optional indentation
 * and followed by blanks and text ("•" may touch its text).  "1.Consult"
 * is no item.
 */
static int
list_marker(const unsigned char *t, size_t i, size_t end)
{
	size_t d;

	while (i < end && (t[i] == ' ' || t[i] == '\t'))
		i++;
	if (i >= end || (t[i] != '-' && t[i] != '*' && t[i] != '+' &&
	    t[i] != 0xC2 && t[i] != 0xE2 && !is_digit(t[i])))
		return LIST_NONE;
	if (u2000(t, i, end, 0xA2))			/* • */
		return item_text(t, i + 3, end, 0) ? LIST_BULLET : LIST_NONE;
	if (t[i] == '-' || t[i] == '*' || t[i] == '+')
		i += 1;
	else if (i + 1 < end && t[i] == 0xC2 && t[i + 1] == 0xB7)	/* · */
		i += 2;
	else if (u2000(t, i, end, 0x93))		/* – */
		i += 3;
	else {
		for (d = 0; i < end && is_digit(t[i]) && d < 9; d++)
			i++;
		if (d == 0 || i >= end || (t[i] != '.' && t[i] != ')'))
			return LIST_NONE;
		return item_text(t, i + 1, end, 1) ? LIST_NUMBER : LIST_NONE;
	}
	return item_text(t, i, end, 1) ? LIST_BULLET : LIST_NONE;
}

/* Bytes of a sentence terminator at t[i]: '.', '!', '?' or U+2026. */
static size_t
terminator(const unsigned char *t, size_t i, size_t end)
{
	if (t[i] == '.' || t[i] == '!' || t[i] == '?')
		return 1;
	return u2000(t, i, end, 0xA6) ? 3 : 0;
}

/* Bytes of a closing quote or bracket at t[i]. */
static size_t
closer(const unsigned char *t, size_t i, size_t end)
{
	if (t[i] == '"' || t[i] == '\'' || t[i] == ')' || t[i] == ']')
		return 1;
	if (u2000(t, i, end, 0x9D) || u2000(t, i, end, 0x99))	/* ” ’ */
		return 3;
	if (i + 1 < end && t[i] == 0xC2 && t[i + 1] == 0xBB)	/* » */
		return 2;
	return 0;
}

/* Bytes of a closing quote or bracket ending just before t[end]. */
static size_t
closer_back(const unsigned char *t, size_t start, size_t end)
{
	unsigned char c = t[end - 1];

	if (c == '"' || c == '\'' || c == ')' || c == ']')
		return 1;
	if (c < 0x80)
		return 0;
	if (end - start >= 3 && (u2000(t, end - 3, end, 0x9D) ||
	    u2000(t, end - 3, end, 0x99)))
		return 3;
	if (end - start >= 2 && t[end - 2] == 0xC2 && c == 0xBB)
		return 2;
	return 0;
}

/*
 * The closing punctuation of trimmed text [s, e), looking through closing
 * quotes and brackets: '.', '!', '?', ':', ';' ('.' for U+2026), or 0.
 */
static int
end_punct(const unsigned char *t, size_t s, size_t e)
{
	size_t n;

	while (e > s && (n = closer_back(t, s, e)) > 0)
		e -= n;
	if (e == s)
		return 0;
	if (e - s >= 3 && u2000(t, e - 3, e, 0xA6))
		return '.';
	switch (t[e - 1]) {
	case '.': case '!': case '?': case ':': case ';':
		return t[e - 1];
	}
	return 0;
}

/* A letter in ASCII or a likely letter in UTF-8 (not the E2 punctuation block). */
static int
has_letter(const unsigned char *t, size_t s, size_t e)
{
	for (; s < e; s++)
		if (is_alpha(t[s]) || (t[s] >= 0xC3 && t[s] != 0xE2))
			return 1;
	return 0;
}

static int
in_list(const unsigned char *w, size_t n, const char *const *list)
{
	for (; *list; list++)
		if (same_word(w, n, *list))
			return 1;
	return 0;
}

/*
 * Is the period at t[i] (sentence from s, whitespace or the end at j) the
 * end of an abbreviation rather than of the sentence?  A number that
 * starts the sentence is a list item's; titles never end a sentence, "No." and "Fig." only before a number, and "etc." and its kind
 * only before a capital.
 */
static int
abbreviation(const unsigned char *t, size_t s, size_t i, size_t j, size_t len)
{
	static const char *const always[] = { "dr", "mr", "mrs", "ms", "prof",
	    "st", "vs", "cf", NULL };
	static const char *const before_number[] = { "no", "fig", NULL };
	static const char *const weak[] = { "etc", "inc", "ltd", "jr", "sr",
	    "approx", NULL };
	size_t b = i, n;
	unsigned char next = 0;

	while (b > s && i - b <= 9 && is_digit(t[b - 1]))
		b--;
	if (b == s && b < i)
		return 1;			/* "2. Fourth": a list number */
	b = i;
	while (b > s && i - b <= ABBREV_MAX && (is_alpha(t[b - 1]) ||
	    t[b - 1] == '.'))
		b--;
	n = i - b;
	if (n == 0 || n > ABBREV_MAX)
		return 0;
	if (n == 1 && is_upper(t[b]))
		return 1;				/* an initial: "J. Smith" */
	if (memchr(t + b, '.', n) != NULL)
		return 1;				/* "e.g.", "U.S." */
	while (j < len && (n = wslen(t, j, len)) > 0)
		j += n;
	if (j < len)
		next = t[j];
	if (in_list(t + b, i - b, always))
		return 1;
	if (in_list(t + b, i - b, before_number))
		return is_digit(next);
	if (in_list(t + b, i - b, weak))
		return !is_upper(next);
	return 0;
}

/*
 * Does the line break at t[i] end the sentence that started at s?  Yes
 * before a blank line or a list item; no after a comma-like character or a
 * period that did not end the sentence, or when the next line starts with a
 * lower-case letter (hard-wrapped prose); otherwise a line without closing
 * punctuation (a heading, a label) stands alone.
 */
static int
break_ends(const unsigned char *t, size_t len, size_t s, size_t i)
{
	size_t k = i + 1, e = i, n;

	while (k < len && t[k] != '\n' && (n = wslen(t, k, len)) > 0)
		k += n;
	if (k >= len || t[k] == '\n')
		return 1;
	if (list_marker(t, i + 1, len) != LIST_NONE)
		return 1;
	while (e > s && (n = wsback(t, s, e)) > 0)
		e -= n;
	if (e > s) {
		unsigned char c = t[e - 1];
		if (c == ',' || c == ';' || c == ':' || c == '-' || c == '(' ||
		    c == '&' || u2000(t, e >= 3 ? e - 3 : e, e, 0x94))
			return 0;
		if (end_punct(t, s, e) != 0)
			return 0;
	}
	return !is_lower(t[k]);
}

int
passage_next_sentence(const char *text, size_t len, size_t *pos,
    size_t *start, size_t *end)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t i, s, e, n;

	if (text == NULL || pos == NULL || start == NULL || end == NULL)
		return 0;
	i = *pos;
	while (i < len && (n = wslen(t, i, len)) > 0)
		i += n;
	if (i >= len) {
		*pos = len > *pos ? len : *pos;
		return 0;
	}
	s = i;
	e = len;
	while (i < len) {
		if (t[i] == '\n') {
			if (break_ends(t, len, s, i)) {
				e = i;
				break;
			}
			i++;
			continue;
		}
		if ((n = terminator(t, i, len)) > 0) {
			size_t j = i + n, m;

			for (;;) {
				if (j < len && (m = terminator(t, j, len)) > 0)
					j += m;
				else if (j < len && (m = closer(t, j, len)) > 0)
					j += m;
				else
					break;
			}
			if ((j >= len || wslen(t, j, len) > 0) &&
			    !(t[i] == '.' && j == i + 1 &&
			    abbreviation(t, s, i, j, len))) {
				e = j;
				break;
			}
			i = j;
			continue;
		}
		i++;
	}
	*pos = e;
	trim(t, &s, &e);
	*start = s;
	*end = e;
	return 1;
}

/* ---- blocks ---------------------------------------------------------- */

struct block {
	size_t start, end;	/* trimmed bytes of the whole block */
	size_t words;
	size_t lines;
	int list;		/* list kind of the first line */
	int level;		/* 1..6 for a Markdown heading (ATX or setext), else 0 */
	size_t hs, he;		/* a heading's text, without the '#'s or underline */
	int kind;		/* BLOCK_PROSE, or Markdown that is no prose */
};

/*
 * Markdown blocks that are not prose: fenced and indented code, HTML
 * comments, link reference definitions, thematic breaks.  They are in no
 * passage, and no passage reaches across one.
 */
enum { BLOCK_PROSE, BLOCK_CODE, BLOCK_SKIP };

struct scanner {
	const unsigned char *t;
	size_t len;		/* the scanner stops here */
	size_t pos;		/* start of the next unread line */
	int md;
	int per_line;		/* no blank lines in the file: a line is a block */
	int in_list;		/* Markdown: the last prose block was a list (indented
				   lines go on with it, they are no code) */
};

/* Level of an ATX heading line [ls, le) and its text [*hs, *he), or 0. */
static int
atx_heading(const unsigned char *t, size_t ls, size_t le, size_t *hs,
    size_t *he)
{
	size_t i = ls, s, e, k;
	int indent = 0, level = 0;

	while (i < le && t[i] == ' ' && indent < 3)
		i++, indent++;
	while (i < le && t[i] == '#' && level < 7)
		i++, level++;
	if (level == 0 || level > 6)
		return 0;
	if (i < le && t[i] != ' ' && t[i] != '\t' && t[i] != '\r')
		return 0;
	s = i;
	e = le;
	trim(t, &s, &e);
	k = e;
	while (k > s && t[k - 1] == '#')
		k--;
	if (k < e && (k == s || t[k - 1] == ' ' || t[k - 1] == '\t')) {
		e = k;
		trim(t, &s, &e);
	}
	if (s == e)
		return 0;
	*hs = s;
	*he = e;
	return level;
}

/* Leading blanks of the line at t[ls], in columns (a tab to the next stop of 4). */
static size_t
indent_of(const unsigned char *t, size_t ls, size_t le)
{
	size_t col = 0;

	for (; ls < le && (t[ls] == ' ' || t[ls] == '\t'); ls++)
		col = t[ls] == '\t' ? col + 4 - col % 4 : col + 1;
	return col;
}

/* Only blanks (or a CR) in t[i .. le)? */
static int
rest_blank(const unsigned char *t, size_t i, size_t le)
{
	for (; i < le; i++)
		if (t[i] != ' ' && t[i] != '\t' && t[i] != '\r')
			return 0;
	return 1;
}

/* Up to three spaces of indentation: where the line's text starts, or le. */
static size_t
md_start(const unsigned char *t, size_t ls, size_t le)
{
	size_t i = ls;

	while (i < le && t[i] == ' ' && i - ls < 3)
		i++;
	return i;
}

/*
 * An opening code fence (three or more '`' or '~'): its character and
 * length through *ch and *n; 0 when the line is none.
 */
static int
fence_line(const unsigned char *t, size_t ls, size_t le, unsigned char *ch,
    size_t *n)
{
	size_t i = md_start(t, ls, le), k = i;

	if (i >= le || (t[i] != '`' && t[i] != '~'))
		return 0;
	while (k < le && t[k] == t[i])
		k++;
	if (k - i < 3)
		return 0;
	*ch = t[i];
	*n = k - i;
	return 1;
}

/* Does the line close a fence of n characters ch? */
static int
fence_closes(const unsigned char *t, size_t ls, size_t le, unsigned char ch,
    size_t n)
{
	size_t i = md_start(t, ls, le), k = i;

	while (k < le && t[k] == ch)
		k++;
	return k - i >= n && rest_blank(t, k, le);
}

/* A setext underline: 1 for "===", 2 for "---" (two or more), else 0. */
static int
setext_line(const unsigned char *t, size_t ls, size_t le)
{
	size_t i = md_start(t, ls, le), k = i;

	if (i >= le || (t[i] != '=' && t[i] != '-'))
		return 0;
	while (k < le && t[k] == t[i])
		k++;
	if (k - i < 2 || !rest_blank(t, k, le))
		return 0;
	return t[i] == '=' ? 1 : 2;
}

/* A thematic break: three or more '-', '*' or '_', blanks between them. */
static int
thematic_break(const unsigned char *t, size_t ls, size_t le)
{
	size_t i = md_start(t, ls, le), n = 0;
	unsigned char c;

	if (i >= le || (t[i] != '-' && t[i] != '*' && t[i] != '_'))
		return 0;
	for (c = t[i]; i < le; i++) {
		if (t[i] == c)
			n++;
		else if (t[i] != ' ' && t[i] != '\t' && t[i] != '\r')
			return 0;
	}
	return n >= 3;
}

static int
comment_start(const unsigned char *t, size_t ls, size_t le)
{
	size_t i = md_start(t, ls, le);

	return le - i >= 4 && memcmp(t + i, "<!--", 4) == 0;
}

static int
quote_line(const unsigned char *t, size_t ls, size_t le)
{
	size_t i = md_start(t, ls, le);

	return i < le && t[i] == '>';
}

/*
 * A link reference definition's first line: "[label]: destination", or
 * "[label]:" alone (*rest 0: the destination is on the next line).
 */
static int
link_definition(const unsigned char *t, size_t ls, size_t le, int *rest)
{
	size_t i = md_start(t, ls, le), k;

	*rest = 0;
	if (i >= le || t[i] != '[')
		return 0;
	for (k = i + 1; k < le && t[k] != ']'; k++)
		if (t[k] == '[')
			return 0;
	if (k == i + 1 || k + 1 >= le || t[k + 1] != ':')
		return 0;
	for (k += 2; k < le && (t[k] == ' ' || t[k] == '\t'); k++)
		;
	*rest = k < le && t[k] != '\r';
	return 1;
}

/* A line that is only a link title: "...", '...' or (...). */
static int
link_title(const unsigned char *t, size_t ls, size_t le)
{
	size_t s = ls, e = le;

	trim(t, &s, &e);
	if (e - s < 2)
		return 0;
	return (t[s] == '"' && t[e - 1] == '"') || (t[s] == '\'' && t[e - 1] == '\'') ||
	    (t[s] == '(' && t[e - 1] == ')');
}

static int line_at(const unsigned char *t, size_t len, size_t from, size_t *le, size_t *next);

/*
 * The end of a link reference definition whose first line is [ls, le) and
 * the line after it starts at next: past its destination (which may be on
 * the next line) and a title on a line of its own.  Sets *last (the end of
 * its last line) and returns where the line after it starts; 0 when the
 * line is no definition.
 */
static size_t
link_definition_end(const unsigned char *t, size_t len, size_t ls, size_t le, size_t next,
    size_t *last)
{
	size_t nle, nnext, s, e;
	int rest;

	if (!link_definition(t, ls, le, &rest))
		return 0;
	*last = le;
	if (!rest) {
		/* "[label]:" alone: the destination must be the next line */
		if (!line_at(t, len, next, &nle, &nnext))
			return 0;
		s = next;
		e = nle;
		trim(t, &s, &e);
		if (s == e)
			return 0;
		*last = nle;
		next = nnext;
	}
	if (line_at(t, len, next, &nle, &nnext) && link_title(t, next, nle)) {
		*last = nle;
		next = nnext;
	}
	return next;
}

/* Is there a blank line between two non-blank lines in [from, len)? */
static int
has_blank_separator(const unsigned char *t, size_t from, size_t len)
{
	int text_seen = 0, gap = 0;

	while (from < len) {
		const unsigned char *nl = memchr(t + from, '\n', len - from);
		size_t le = nl ? (size_t)(nl - t) : len, s = from, e = le;

		trim(t, &s, &e);
		if (s == e) {
			gap = text_seen;
		} else {
			if (gap)
				return 1;
			text_seen = 1;
		}
		from = nl ? le + 1 : len;
	}
	return 0;
}

/* The line [*ls, *le) at from, and where the next one starts; 0 at the end. */
static int
line_at(const unsigned char *t, size_t len, size_t from, size_t *le, size_t *next)
{
	const unsigned char *nl;

	if (from >= len)
		return 0;
	nl = memchr(t + from, '\n', len - from);
	*le = nl ? (size_t)(nl - t) : len;
	*next = nl ? *le + 1 : len;
	return 1;
}

/* A line that is only "delim" (and blanks), opening or closing front matter. */
static int
delim_line(const unsigned char *t, size_t ls, size_t le, const char *delim)
{
	return le - ls >= 3 && memcmp(t + ls, delim, 3) == 0 && rest_blank(t, ls + 3, le);
}

/* Bytes of YAML ("---") or TOML ("+++") front matter at t[from], or 0. */
static size_t
front_matter_len(const unsigned char *t, size_t len, size_t from)
{
	size_t le = 0, next = 0, pos;
	const char *delim;

	if (!line_at(t, len, from, &le, &next))
		return 0;
	if (delim_line(t, from, le, "---"))
		delim = "---";
	else if (delim_line(t, from, le, "+++"))
		delim = "+++";
	else
		return 0;
	for (pos = next; line_at(t, len, pos, &le, &next); pos = next)
		if (delim_line(t, pos, le, delim) ||
		    (delim[0] == '-' && delim_line(t, pos, le, "...")))
			return next - from;
	return 0;
}

static void
scanner_init(struct scanner *sc, const unsigned char *t, size_t len, int md, int wrapped)
{
	size_t from = 0;

	if (len >= 3 && t[0] == 0xEF && t[1] == 0xBB && t[2] == 0xBF)
		from = 3;
	if (md)
		from += front_matter_len(t, len, from);
	sc->t = t;
	sc->len = len;
	sc->pos = from;
	sc->md = md;
	sc->per_line = !wrapped && !has_blank_separator(t, from, len);
	sc->in_list = 0;
}

/*
 * A Markdown block that is no prose, starting at the line [ls, le): read
 * all of it into *b and return 1; 0 when the line starts prose.
 */
static int
md_other_block(struct scanner *sc, struct block *b, size_t ls, size_t le,
    size_t next)
{
	const unsigned char *t = sc->t;
	size_t pos = next, last = le, nle, nnext, s = ls, e;
	unsigned char ch;
	size_t n;
	int kind = BLOCK_SKIP;

	if (fence_line(t, ls, le, &ch, &n)) {
		kind = BLOCK_CODE;
		while (line_at(t, sc->len, pos, &nle, &nnext)) {
			size_t at = pos;

			last = nle;
			pos = nnext;
			if (fence_closes(t, at, nle, ch, n))
				break;
		}
	} else if (comment_start(t, ls, le)) {
		size_t k = md_start(t, ls, le) + 4;

		while (k + 3 <= sc->len && memcmp(t + k, "-->", 3) != 0)
			k++;
		last = k + 3 <= sc->len ? k + 3 : sc->len;
		if (!line_at(t, sc->len, last, &nle, &pos))
			pos = sc->len;
		else
			last = nle;
	} else if (!sc->in_list && indent_of(t, ls, le) >= 4) {
		kind = BLOCK_CODE;
		while (line_at(t, sc->len, pos, &nle, &nnext)) {
			size_t a = pos, z = nle;

			trim(t, &a, &z);
			if (a < z && indent_of(t, pos, nle) < 4)
				break;
			if (a < z) {
				last = nle;
				next = nnext;
			}
			pos = nnext;
		}
		pos = next;
	} else if ((nnext = link_definition_end(t, sc->len, ls, le, next, &nle)) != 0) {
		last = nle;
		pos = nnext;
	} else if (!thematic_break(t, ls, le)) {
		return 0;
	}
	e = last;
	trim(t, &s, &e);
	b->kind = kind;
	b->start = s;
	b->end = e > s ? e : s;
	b->lines = 1;
	sc->pos = pos;
	return 1;
}

/* Read the next block into *b; 0 when the text is used up. */
static int
next_block(struct scanner *sc, struct block *b)
{
	const unsigned char *t = sc->t;
	size_t first = 0;	/* start of the block's first line */
	int started = 0;

	memset(b, 0, sizeof *b);
	while (sc->pos < sc->len) {
		size_t ls = sc->pos, le, next, s, e, hs = 0, he = 0, ule, unext;
		int level = 0, under;

		line_at(t, sc->len, ls, &le, &next);
		s = ls;
		e = le;
		trim(t, &s, &e);
		if (s == e) {
			sc->pos = next;
			if (started)
				break;
			continue;
		}
		if (sc->md) {
			unsigned char ch;
			size_t n;

			level = atx_heading(t, ls, le, &hs, &he);
			if (started && (level || fence_line(t, ls, le, &ch, &n) ||
			    comment_start(t, ls, le) ||
			    (thematic_break(t, ls, le) && (b->list != LIST_NONE ||
			    setext_line(t, ls, le) != 2))))
				break;
			if (!started && !level && md_other_block(sc, b, ls, le, next))
				return 1;
		}
		if (!started) {
			b->start = s;
			b->list = list_marker(t, ls, le);
			first = ls;
			started = 1;
		}
		b->end = e;
		b->words += count_words(t, s, e);
		b->lines++;
		sc->pos = next;
		if (level) {
			b->level = level;
			b->hs = hs;
			b->he = he;
			break;
		}
		/* "Title" over "=====" or "-----": the paragraph is a heading */
		if (sc->md && b->list == LIST_NONE &&
		    line_at(t, sc->len, next, &ule, &unext) &&
		    (under = setext_line(t, next, ule)) != 0) {
			size_t us = next, ue = ule;

			trim(t, &us, &ue);
			b->level = under;
			b->hs = b->start;
			b->he = e;
			b->end = ue;
			b->lines++;
			sc->pos = unext;
			break;
		}
		/* a block quote's lines are one block, also with no blank line */
		if (sc->per_line && !(sc->md && quote_line(t, ls, le) &&
		    line_at(t, sc->len, next, &ule, &unext) && quote_line(t, next, ule)))
			break;
	}
	if (started && sc->md) {
		if (b->list != LIST_NONE)
			sc->in_list = 1;
		else if (b->level || indent_of(t, first, b->end) == 0)
			sc->in_list = 0;
	}
	return started;
}

/*
 * Heading-like by shape: one short line with a letter and without closing
 * punctuation, or a short question that is a single sentence.
 */
static int
heading_like(const unsigned char *t, const struct block *b)
{
	size_t pos = 0, s, e;
	int p;

	if (b->lines != 1 || b->words == 0 || b->words > HEAD_MAX_WORDS ||
	    b->end - b->start > HEAD_MAX_BYTES ||
	    !has_letter(t, b->start, b->end))
		return 0;
	p = end_punct(t, b->start, b->end);
	if (p == 0)
		return 1;
	if (p != '?')
		return 0;
	if (!passage_next_sentence((const char *)t + b->start,
	    b->end - b->start, &pos, &s, &e))
		return 0;
	return !passage_next_sentence((const char *)t + b->start,
	    b->end - b->start, &pos, &s, &e);
}

/* ---- splitting ------------------------------------------------------- */

struct head {
	int level;
	size_t block;		/* start of its block: identifies it */
	size_t s, e;		/* its text */
};

struct split {
	const unsigned char *t;
	int md;
	size_t target, max, min, byte_cap;
	passage_callback cb;
	void *ctx;
	int rc;
	size_t ordinal;
	size_t line_off, line_no;	/* byte line_off is on line line_no */

	/* the last body passage, held until we know what joins it */
	int have_p;
	size_t p_start, p_end;

	/* blocks seen since then that are not yet placed: their first three
	 * starts (at most two can be used as the section, so one of these is
	 * the first that must go into a passage) and where the last ends */
	size_t npend, pend[3], pend_end;
	/* of those, the fragments (not headings): how many, first start, last end */
	size_t nfrag, frag_start, frag_end;

	int marked_headings;	/* passage_options' */
	struct head run[2];	/* text: last two heading-like blocks in a row */
	size_t nrun;
	struct head stack[PLAIN_LEVEL + 1];	/* Markdown: levels, increasing */
	size_t depth;
	int have_plain;		/* Markdown: a heading-like line pending */
	struct head plain;

	int prev_list, prev_colon;	/* what the previous block was */

	char *sec;
	size_t sec_len, sec_cap;
};

static size_t
line_of(struct split *sp, size_t off)
{
	size_t i, n = 0;

	for (i = sp->line_off; i < off; i++)
		n += sp->t[i] == '\n';
	if (off > sp->line_off)
		sp->line_off = off;
	sp->line_no += n;
	return sp->line_no;
}

static void
deliver(struct split *sp, size_t s, size_t e)
{
	struct passage p;
	int rc;

	trim(sp->t, &s, &e);
	if (sp->rc != 0 || s >= e)
		return;
	p.byte_start = s;
	p.byte_end = e;
	p.line_start = line_of(sp, s);
	p.line_end = line_of(sp, e - 1);
	p.ordinal = sp->ordinal++;
	p.section = sp->sec_len ? sp->sec : "";
	p.section_len = sp->sec_len;
	if ((rc = sp->cb(sp->ctx, &p)) != 0)
		sp->rc = rc;
}

/*
 * A sentence too long to keep: pieces of about target words, and where a
 * run of text has no whitespace, pieces of CHUNK_BYTES cut between UTF-8
 * characters.
 */
static void
chop(struct split *sp, size_t s, size_t e)
{
	const unsigned char *t = sp->t;

	while (s < e && sp->rc == 0) {
		size_t q, w = 0, last_ws = 0, cut, n, back;
		int in = 0;

		while (s < e && (n = wslen(t, s, e)) > 0)
			s += n;
		if (s >= e)
			break;
		for (q = s; q < e && q - s < CHUNK_BYTES; ) {
			if ((n = wslen(t, q, e)) > 0) {
				if (in) {
					w++;
					last_ws = q;
					if (w >= sp->target)
						break;
				}
				in = 0;
				q += n;
			} else {
				in = 1;
				q++;
			}
		}
		if (q >= e)
			cut = e;
		else if (w >= sp->target)
			cut = q;
		else if (last_ws > s)
			cut = last_ws;
		else {
			cut = s + CHUNK_BYTES < e ? s + CHUNK_BYTES : e;
			for (back = 0; back < 3 && cut < e && cut > s + 1 &&
			    (t[cut] & 0xC0) == 0x80; back++)
				cut--;
		}
		deliver(sp, s, cut);
		s = cut;
	}
}

static size_t
div_up(size_t a, size_t b)
{
	return a / b + (a % b != 0);
}

/*
 * Deliver the piece [ps, pe) of pw words and share the words left among
 * the pieces left, so the remaining cuts stay balanced.
 */
static void
close_piece(struct split *sp, size_t ps, size_t pe, size_t *pw, size_t *words,
    size_t *pieces, size_t *goal, int *open)
{
	deliver(sp, ps, pe);
	*words -= *pw;
	*open = 0;
	if (*pieces > 1)
		(*pieces)--;
	*goal = div_up(*words ? *words : 1, *pieces);
}

/*
 * Pass on [s, e) as one passage, or when it is too long, as pieces of
 * whole sentences of about equal size.
 */
static void
emit(struct split *sp, size_t s, size_t e)
{
	const unsigned char *t = sp->t;
	size_t words, pieces, goal, pos = 0, ss, se;
	size_t ps = 0, pe = 0, pw = 0;
	int open = 0;

	/*
	 * Its blocks' words were counted as they were read; rather than count
	 * them all again, a range too short to hold more than max words is
	 * delivered as it is: k words need k bytes and k - 1 blanks between
	 * them, so [s, e) holds at most (e - s + 1) / 2.  Most passages are
	 * that short (max 200 words: 399 bytes).
	 */
	if ((e - s + 1) / 2 <= sp->max && e - s <= sp->byte_cap) {
		deliver(sp, s, e);
		return;
	}
	words = count_words(t, s, e);
	if (words <= sp->max && e - s <= sp->byte_cap) {
		deliver(sp, s, e);
		return;
	}
	pieces = div_up(words ? words : 1, sp->target);
	goal = div_up(words ? words : 1, pieces);
	while (sp->rc == 0 && passage_next_sentence((const char *)t + s,
	    e - s, &pos, &ss, &se)) {
		size_t w = count_words(t, s + ss, s + se);
		int cut = 0;

		ss += s;
		se += s;
		if (w > 4 * sp->max || se - ss > sp->byte_cap) {
			if (open) {
				deliver(sp, ps, pe);
				words -= pw;
				open = 0;
			}
			chop(sp, ss, se);
			words -= w;
			pieces = div_up(words ? words : 1, sp->target);
			goal = div_up(words ? words : 1, pieces);
			continue;
		}
		if (open) {
			if (pw + w > sp->max || se - ps > sp->byte_cap)
				cut = 1;
			else if (pw + w > goal && pw + w - goal > goal - pw)
				cut = 1;
		}
		if (cut)
			close_piece(sp, ps, pe, &pw, &words, &pieces, &goal, &open);
		if (!open) {
			ps = ss;
			pw = 0;
			open = 1;
		}
		pe = se;
		pw += w;
		if (pw >= goal)
			close_piece(sp, ps, pe, &pw, &words, &pieces, &goal, &open);
	}
	if (open)
		deliver(sp, ps, pe);
}

static int
sec_add(struct split *sp, const unsigned char *p, size_t n)
{
	if (sp->sec_len + n + 1 > sp->sec_cap) {
		size_t cap = sp->sec_cap ? sp->sec_cap : 128;
		char *q;

		while (cap < sp->sec_len + n + 1)
			cap *= 2;
		if ((q = realloc(sp->sec, cap)) == NULL) {
			sp->rc = PASSAGE_ENOMEM;
			return -1;
		}
		sp->sec = q;
		sp->sec_cap = cap;
	}
	for (; n > 0; p++, n--)
		if (*p != '\0')	/* keep strlen(section) == section_len */
			sp->sec[sp->sec_len++] = (char)*p;
	sp->sec[sp->sec_len] = '\0';
	return 0;
}

/* Section text from up to two headings, outermost first. */
static void
set_section(struct split *sp, const struct head *h, size_t n)
{
	size_t i;

	sp->sec_len = 0;
	if (sp->sec)
		sp->sec[0] = '\0';
	for (i = 0; i < n; i++) {
		if (i > 0 && sec_add(sp, (const unsigned char *)" > ", 3) != 0)
			return;
		if (sec_add(sp, sp->t + h[i].s, h[i].e - h[i].s) != 0)
			return;
	}
}

static void
pend_add(struct split *sp, const struct block *b)
{
	if (sp->npend < 3)
		sp->pend[sp->npend] = b->start;
	sp->npend++;
	sp->pend_end = b->end;
}

static void
push_head(struct split *sp, const struct head *h)
{
	while (sp->depth > 0 && sp->stack[sp->depth - 1].level >= h->level)
		sp->depth--;
	sp->stack[sp->depth++] = *h;
}

/*
 * A body block: the held passage goes out, and this block (with the
 * fragments and unused headings before it) becomes the held passage under
 * the section named by the headings directly above it.
 */
static void
body(struct split *sp, const struct block *b)
{
	const struct head *sec = NULL;
	size_t nsec = 0, start = b->start, i, k;
	int new_section = 0;

	if (sp->md) {
		/* the whole heading path, outermost first */
		if (sp->have_plain)
			push_head(sp, &sp->plain);
		nsec = sp->depth;
		sec = sp->stack;
		new_section = 1;
	} else if (sp->nrun > 0) {
		sec = sp->run;
		nsec = sp->nrun;
		new_section = 1;
	}
	for (i = 0; i < sp->npend && i < 3; i++) {
		for (k = 0; k < nsec && sec[k].block != sp->pend[i]; k++)
			;
		if (k == nsec) {
			start = sp->pend[i];
			break;
		}
	}
	if (sp->have_p)
		emit(sp, sp->p_start, sp->p_end);
	if (sp->rc != 0)
		return;
	if (new_section)
		set_section(sp, sec, nsec);
	sp->have_p = 1;
	sp->p_start = start;
	sp->p_end = b->end;
	sp->npend = 0;
	sp->nfrag = 0;
	sp->nrun = 0;
	sp->have_plain = 0;
}

/*
 * Markdown code, a comment, a link definition or a rule: no passage
 * reaches across it, so the held passage goes out.  Fragments waiting for
 * a body join it when nothing but them came after it, else they are a
 * passage of their own; headings stay on the stack for the next body.
 */
static void
barrier(struct split *sp)
{
	if (sp->nfrag > 0 && sp->have_p && sp->nfrag == sp->npend) {
		sp->p_end = sp->frag_end;
		sp->nfrag = 0;
	}
	if (sp->have_p)
		emit(sp, sp->p_start, sp->p_end);
	sp->have_p = 0;
	if (sp->nfrag > 0) {
		/* from the first waiting block that names no section, as body() */
		size_t start = sp->frag_start, i, k;

		if (sp->have_plain)
			push_head(sp, &sp->plain);
		sp->have_plain = 0;
		for (i = 0; i < sp->npend && i < 3; i++) {
			for (k = 0; k < sp->depth && sp->stack[k].block != sp->pend[i]; k++)
				;
			if (k == sp->depth) {
				start = sp->pend[i] < start ? sp->pend[i] : start;
				break;
			}
		}
		set_section(sp, sp->stack, sp->depth);
		emit(sp, start, sp->frag_end);
	}
	sp->npend = 0;
	sp->nfrag = 0;
	sp->prev_list = 0;
	sp->prev_colon = 0;
}

static void
feed(struct split *sp, const struct block *b)
{
	const unsigned char *t = sp->t;
	struct head h;
	int hl, list = b->list;

	if (b->kind != BLOCK_PROSE) {
		barrier(sp);
		return;
	}
	h.block = b->start;
	h.s = b->start;
	h.e = b->end;
	if (b->level) {
		h.level = b->level;
		h.s = b->hs;
		h.e = b->he;
		pend_add(sp, b);
		push_head(sp, &h);
		sp->have_plain = 0;
		list = LIST_NONE;
	} else {
		hl = !sp->marked_headings && heading_like(t, b);
		/* "2. Give Necessary Information" over a body, not in a list */
		if (list == LIST_NUMBER && hl && !sp->prev_list &&
		    !sp->prev_colon)
			list = LIST_NONE;
		else if (list != LIST_NONE)
			hl = 0;
		if (hl) {
			pend_add(sp, b);
			h.level = sp->md ? PLAIN_LEVEL : 0;
			if (sp->md) {
				/* "**Bold line**" names its section without the stars */
				if (h.e - h.s > 4 && (memcmp(t + h.s, "**", 2) == 0 ||
				    memcmp(t + h.s, "__", 2) == 0) &&
				    memcmp(t + h.e - 2, t + h.s, 2) == 0) {
					h.s += 2;
					h.e -= 2;
					trim(t, &h.s, &h.e);
				}
				sp->plain = h;
				sp->have_plain = 1;
			} else {
				if (sp->nrun == 2)
					sp->run[0] = sp->run[1];
				sp->run[sp->nrun == 2 ? 1 : sp->nrun++] = h;
			}
		} else if (list != LIST_NONE && sp->npend == 0 && sp->have_p) {
			sp->p_end = b->end;	/* a list stays with its intro */
		} else if (b->words >= sp->min) {
			body(sp, b);
		} else {
			if (sp->nfrag++ == 0)
				sp->frag_start = b->start;
			sp->frag_end = b->end;
			pend_add(sp, b);
			sp->nrun = 0;
			sp->have_plain = 0;
		}
	}
	sp->prev_list = list != LIST_NONE;
	sp->prev_colon = t[b->end - 1] == ':';
}

int
passage_split(const char *text, size_t len, enum passage_format format,
    const struct passage_options *opts, passage_callback cb, void *ctx)
{
	struct split sp;
	struct scanner sc;
	struct block b;

	if (cb == NULL)
		return 0;
	if (text == NULL)
		len = 0;
	memset(&sp, 0, sizeof sp);
	sp.t = (const unsigned char *)text;
	sp.md = format == PASSAGE_FORMAT_MARKDOWN;
	sp.target = opts && opts->target_words ? opts->target_words :
	    DEFAULT_TARGET;
	sp.max = opts && opts->max_words ? opts->max_words : DEFAULT_MAX;
	sp.min = opts && opts->min_words ? opts->min_words : DEFAULT_MIN;
	if (sp.target > sp.max)
		sp.target = sp.max;
	if (sp.max > SIZE_MAX / 64)
		sp.max = SIZE_MAX / 64;
	sp.byte_cap = sp.max < CHUNK_BYTES / 64 ? CHUNK_BYTES : sp.max * 64;
	sp.cb = cb;
	sp.ctx = ctx;
	sp.marked_headings = opts && opts->marked_headings && sp.md;
	sp.line_no = 1;
	if (len == 0)
		return 0;
	scanner_init(&sc, sp.t, len, sp.md, opts && opts->wrapped);
	while (sp.rc == 0 && next_block(&sc, &b))
		feed(&sp, &b);
	if (sp.rc == 0) {
		if (sp.have_p) {
			/* trailing fragments and headings join the last passage */
			if (sp.npend > 0)
				sp.p_end = sp.pend_end;
			emit(&sp, sp.p_start, sp.p_end);
		} else if (sp.npend > 0) {
			emit(&sp, sp.pend[0], sp.pend_end);
		}
	}
	free(sp.sec);
	return sp.rc;
}

int
passage_guess_title(const char *text, size_t len, enum passage_format format,
    size_t *start, size_t *end)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t window = len < TITLE_WINDOW ? len : TITLE_WINDOW;
	struct scanner sc;
	struct block b;

	if (text == NULL || start == NULL || end == NULL || len == 0)
		return 0;
	scanner_init(&sc, t, window, format == PASSAGE_FORMAT_MARKDOWN, 0);
	while (next_block(&sc, &b)) {
		/* a block that touches the window's edge may go on beyond it */
		if (window < len && sc.pos >= window)
			break;
		if (b.kind != BLOCK_PROSE)
			continue;
		if (b.level) {
			/* a first heading of level 1 is the title, however short */
			if (b.level == 1 || count_words(t, b.hs, b.he) >= TITLE_MIN_WORDS) {
				*start = b.hs;
				*end = b.he;
				return 1;
			}
			continue;
		}
		if (b.list == LIST_BULLET || b.words < TITLE_MIN_WORDS)
			continue;
		if (heading_like(t, &b)) {
			*start = b.start;
			*end = b.end;
			return 1;
		}
	}
	return 0;
}

/* ---- front matter ------------------------------------------------------ */

/* Is [s, e) the key k (ASCII, case-insensitive)? */
static int
key_is(const unsigned char *t, size_t s, size_t e, const char *k)
{
	size_t n = strlen(k), i;

	if (e - s != n)
		return 0;
	for (i = 0; i < n; i++)
		if ((t[s + i] | 0x20) != k[i])
			return 0;
	return 1;
}

/* A value's text: without quotes, brackets of an inline list, or a comment. */
static void
value_trim(const unsigned char *t, size_t *s, size_t *e)
{
	trim(t, s, e);
	if (*e - *s >= 2 && t[*s] == '[' && t[*e - 1] == ']') {
		(*s)++;
		(*e)--;
		trim(t, s, e);
	}
	if (*e > *s && (t[*s] == '"' || t[*s] == '\'')) {
		/* a quoted string, or of a list of them the first */
		size_t i = *s + 1;

		while (i < *e && t[i] != t[*s])
			i++;
		if (i < *e) {
			(*s)++;
			*e = i;
		}
	} else {
		size_t i;

		for (i = *s; i + 1 < *e; i++)
			if ((t[i] == ' ' || t[i] == '\t') && t[i + 1] == '#') {
				*e = i;
				break;
			}
	}
	trim(t, s, e);
}

int
passage_front_matter(const char *text, size_t len, struct passage_front_matter *fm)
{
	static const struct {
		const char *key;
		int field;
	} keys[] = {
		{ "title", 0 }, { "author", 1 }, { "authors", 1 }, { "date", 2 },
		{ "published", 2 }, { "url", 3 }, { "link", 3 }, { "canonical_url", 3 },
		{ "publisher", 4 },
	};
	const unsigned char *t = (const unsigned char *)text;
	size_t from = 0, n, pos = 0, le = 0, next = 0, i;
	int toml;

	if (fm == NULL)
		return 0;
	memset(fm, 0, sizeof *fm);
	if (text == NULL)
		return 0;
	if (len >= 3 && t[0] == 0xEF && t[1] == 0xBB && t[2] == 0xBF)
		from = 3;
	if ((n = front_matter_len(t, len, from)) == 0)
		return 0;
	fm->end = from + n;
	toml = t[from] == '+';
	line_at(t, len, from, &le, &pos);
	for (; pos < fm->end && line_at(t, len, pos, &le, &next); pos = next) {
		size_t ks = pos, ke, vs, ve;
		struct passage_range *r = NULL;

		if (t[pos] == ' ' || t[pos] == '\t' || t[pos] == '#')
			continue;	/* nested or a comment */
		for (ke = ks; ke < le && t[ke] != (toml ? '=' : ':'); ke++)
			;
		if (ke == le)
			continue;
		vs = ke + 1;
		ve = le;
		trim(t, &ks, &ke);
		for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
			if (key_is(t, ks, ke, keys[i].key))
				r = &fm->field[keys[i].field];
		if (r == NULL || r->end > r->start)
			continue;
		value_trim(t, &vs, &ve);
		if (vs == ve && !toml) {
			/* a YAML block list: its first item */
			size_t ile, inext, is, ie;

			if (line_at(t, len, next, &ile, &inext) && next < fm->end) {
				is = next;
				ie = ile;
				trim(t, &is, &ie);
				if (ie > is && t[is] == '-') {
					is++;
					value_trim(t, &is, &ie);
					vs = is;
					ve = ie;
				}
			}
		}
		r->start = vs;
		r->end = ve;
	}
	return 1;
}
