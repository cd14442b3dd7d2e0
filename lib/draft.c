/*
 * draft.c: a researcher's draft -> the sentences to check as claims.
 *
 * This file owns the rules of draft.h: which lines of a draft are prose and
 * where its sentences start and end.  A line scanner sorts lines into prose
 * blocks (paragraphs, list items, table rows, footnotes) and everything else
 * (headings, code, front matter, rules, link definitions), and copies each
 * block into a scratch buffer in which the bytes that are not prose (list and
 * quote markers, comments, line breaks) are blanks.  The copy has the
 * block's length, so an offset in it is an offset in the draft.  Sentences
 * come from passage_next_sentence on the copy, so they end where the
 * indexer's do; a few joins on top mend what the indexer's rules get wrong
 * in drafts ("et al.", "Eq. 3", "..." before lower case).  It must stay pure:
 * no I/O, no printing, no exit, no reads outside text[0 .. len).
 */
#include "draft.h"

#include <stdlib.h>
#include <string.h>

#include "passage.h"
#include "textclass.h"

enum { BLOCK_PARA, BLOCK_ITEM, BLOCK_ROW };

enum {
	LABEL_MAX = 999,	/* longest "[label]" of a link definition */
	CITE_MAX = 32		/* longest "[1, 2]" citation after a full stop */
};

/* One line of the draft, with its block quote markers read. */
struct line {
	size_t ls, le;		/* start; end at the '\n' or at len */
	size_t ce;		/* end without trailing blanks and '\r' */
	size_t next;		/* start of the next line */
	size_t p;		/* after the block quote markers */
	size_t c;		/* first non-blank byte after p; ce when blank */
	size_t indent;		/* columns from p to c, tabs to multiples of 4 */
	int quote;		/* number of '>' markers */
};

struct dsplit {
	const unsigned char *t;
	size_t len;
	int rc;

	struct draft_sentence *v;	/* the result */
	size_t n, cap;
	size_t line_off;		/* byte line_off is on line line_no */
	int64_t line_no;

	/* the open block: draft bytes [bs, bs + blen), masked, in buf */
	int open, kind, quoted, last_pipe;
	size_t bs, nlines, last_ls;
	unsigned char *buf;
	size_t blen, bcap;

	int in_list;		/* list items seen, no unindented text since */
	int comment;		/* inside "<!--" */
	int table;		/* after a table separator line, before a blank */
	int icode;		/* inside an indented code block */
	int fence, fence_quoted;
	unsigned char fence_ch;
	size_t fence_n;
};

static int
is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static int
is_space(unsigned char c)
{
	return is_blank(c) || c == '\n';
}

/* ---- sentences in a block ------------------------------------------- */

/* A letter or digit: ASCII, or the lead byte of a letter-range UTF-8
 * character (Latin-1 to Arabic, Indic to CJK; not the E2 punctuation and
 * symbol block, not emoji). */
static int
has_claim_char(const unsigned char *b, size_t s, size_t e)
{
	for (; s < e; s++)
		if (is_alpha(b[s]) || is_digit(b[s]) ||
		    (b[s] >= 0xC3 && b[s] <= 0xDF) ||
		    (b[s] >= 0xE3 && b[s] <= 0xEF))
			return 1;
	return 0;
}

/* Bytes of a closing quote or bracket at b[i], as passage.c counts them. */
static size_t
closer(const unsigned char *b, size_t i, size_t n)
{
	if (b[i] == '"' || b[i] == '\'' || b[i] == ')' || b[i] == ']')
		return 1;
	if (u2000(b, i, n, 0x9D) || u2000(b, i, n, 0x99))	/* ” ’ */
		return 3;
	if (i + 1 < n && b[i] == 0xC2 && b[i + 1] == 0xBB)	/* » */
		return 2;
	return 0;
}

/* Bytes of a citation "[1]", "[1, 2-4]" or "[^label]" at b[i], or 0. */
static size_t
citation(const unsigned char *b, size_t i, size_t n)
{
	size_t k = i + 1;
	int digits = 0, foot = k < n && b[k] == '^';

	for (k += foot; k < n && k - i <= CITE_MAX && b[k] != ']'; k++) {
		if (foot ? (is_space(b[k]) || b[k] == '[') :
		    !(is_digit(b[k]) || b[k] == ',' || b[k] == '-' ||
		    b[k] == ' ' || b[k] == 0xE2 || b[k] == 0x80 || b[k] == 0x93))
			return 0;
		digits += is_digit(b[k]);
	}
	if (k >= n || b[k] != ']' || k - i > CITE_MAX ||
	    (foot ? k == i + 2 : digits == 0))
		return 0;
	return k + 1 - i;
}

/*
 * Emphasis markers and citations right after closing punctuation
 * ("**Background.** Text", "works.[3] Next") hide the end from
 * passage_next_sentence, which only looks through quotes and brackets.
 * Where such a tail reaches whitespace, it becomes closing quotes in the
 * copy: the sentence then ends there and keeps the tail.
 */
static void
mark_tails(unsigned char *b, size_t n)
{
	size_t i, j, k, m;
	int marks;

	for (i = 0; i < n; i++) {
		if (b[i] == '.' || b[i] == '!' || b[i] == '?')
			j = i + 1;
		else if (u2000(b, i, n, 0xA6))
			j = i + 3;
		else
			continue;
		for (k = j, marks = 0; k < n; ) {
			if (b[k] == '*' || b[k] == '_') {
				k++;
				marks = 1;
			} else if (b[k] == '[' && (m = citation(b, k, n)) > 0) {
				k += m;
				marks = 1;
			} else if ((m = closer(b, k, n)) > 0) {
				k += m;
			} else {
				break;
			}
		}
		if (marks && (k == n || is_space(b[k])))
			memset(b + j, '"', k - j);
		if (k > i + 1)
			i = k - 1;
	}
}

/* The first byte after the whitespace at b[i], or 0 at the end. */
static unsigned char
after_space(const unsigned char *b, size_t i, size_t n)
{
	while (i < n && is_space(b[i]))
		i++;
	return i < n ? b[i] : 0;
}

/*
 * Hide from passage_next_sentence the ends it would see where drafts have
 * none: "et al." before a word that is not capitalised, "Eq." and its kind
 * before a number, an ellipsis before a lower-case word.  The full stops
 * become commas in the copy; the sentence's bytes in the draft are the same.
 * Done before the split rather than as joins after it, because passage.c
 * reads a number that starts a sentence ("5. Then") as a list number.
 */
static void
mark_abbreviations(unsigned char *b, size_t n)
{
	static const char *const before_number[] = { "eq", "eqs", "ref",
	    "refs", "sec", "sect", "ch", "chap", "tab", "p", "pp", "vol", "ca",
	    "figs", "nos", "suppl", NULL };
	const char *const *w;
	size_t i, j, k, m, a;
	unsigned char next;

	for (i = 0; i < n; i++) {
		if (i + 2 < n && memcmp(b + i, "...", 3) == 0) {
			for (j = i + 3; j < n && b[j] == '.'; j++)
				;
			if (j < n && is_space(b[j]) && is_lower(after_space(b, j, n)))
				memset(b + i, ',', j - i);
			i = j - 1;
			continue;
		}
		if (u2000(b, i, n, 0xA6)) {
			if (i + 3 < n && is_space(b[i + 3]) &&
			    is_lower(after_space(b, i + 3, n)))
				memset(b + i, ',', 3);
			i += 2;
			continue;
		}
		if (b[i] != '.')
			continue;
		/* the word before the full stop, a whole word of letters */
		for (k = i; k > 0 && i - k <= 8 && is_alpha(b[k - 1]); k--)
			;
		if (k == i || (k > 0 && !is_space(b[k - 1]) && b[k - 1] != '('))
			continue;
		for (j = i + 1; j < n && (m = closer(b, j, n)) > 0; j += m)
			;
		if (j < n && !is_space(b[j]))
			continue;
		next = after_space(b, j, n);
		if (next == 0)
			continue;
		if (same_word(b + k, i - k, "al")) {
			for (a = k; a > 0 && is_space(b[a - 1]); a--)
				;
			if (a < k && a >= 2 && same_word(b + a - 2, 2, "et") &&
			    (a == 2 || !is_alpha(b[a - 3])) && !is_upper(next))
				b[i] = ',';
			continue;
		}
		if (j != i + 1 || !(is_digit(next) || next == '('))
			continue;
		for (w = before_number; *w; w++)
			if (same_word(b + k, i - k, *w))
				b[i] = ',';
	}
}

static int
grow_result(struct dsplit *d)
{
	struct draft_sentence *v;
	size_t cap;

	if (d->n < d->cap)
		return 0;
	cap = d->cap ? 2 * d->cap : 32;
	if (cap > SIZE_MAX / sizeof *v ||
	    (v = realloc(d->v, cap * sizeof *v)) == NULL) {
		d->rc = DRAFT_ENOMEM;
		return -1;
	}
	d->v = v;
	d->cap = cap;
	return 0;
}

/* Record the block's sentence buf[s, e) if it holds a claim. */
static void
emit(struct dsplit *d, size_t s, size_t e)
{
	size_t at = d->bs + s;
	const unsigned char *nl;

	if (d->rc != 0 || !has_claim_char(d->buf, s, e) || grow_result(d) != 0)
		return;
	/* sentences come in order: count newlines once, from the last one */
	while (d->line_off < at &&
	    (nl = memchr(d->t + d->line_off, '\n', at - d->line_off)) != NULL) {
		d->line_no++;
		d->line_off = (size_t)(nl - d->t) + 1;
	}
	d->line_off = at;
	d->v[d->n].byte_start = at;
	d->v[d->n].byte_end = d->bs + e;
	d->v[d->n].line = d->line_no;
	d->n++;
}

/* Cut the open block into sentences and close it. */
static void
flush(struct dsplit *d)
{
	const char *b = (const char *)d->buf;
	size_t pos = 0, s, e;

	if (!d->open)
		return;
	d->open = 0;
	mark_abbreviations(d->buf, d->blen);
	mark_tails(d->buf, d->blen);
	while (d->rc == 0 && passage_next_sentence(b, d->blen, &pos, &s, &e))
		emit(d, s, e);
	d->blen = 0;
}

/* ---- blocks ---------------------------------------------------------- */

static void
open_block(struct dsplit *d, int kind, const struct line *l)
{
	flush(d);
	d->open = 1;
	d->kind = kind;
	d->quoted = l->quote > 0;
	d->bs = l->ls;
	d->blen = 0;
	d->nlines = 0;
}

/*
 * Copy line l into the open block: bytes before mask_to (markers), line
 * breaks and HTML comments become blanks.
 */
static void
append(struct dsplit *d, const struct line *l, size_t mask_to)
{
	const unsigned char *t = d->t;
	size_t n = l->next - l->ls, i;
	unsigned char *b;

	if (d->rc != 0)
		return;
	if (d->bs + d->blen != l->ls) {	/* blocks are runs of whole lines */
		int kind = d->kind;

		open_block(d, kind, l);
	}
	if (d->blen + n > d->bcap) {
		size_t cap = d->bcap ? d->bcap : 4096;

		while (cap < d->blen + n)
			cap *= 2;
		if ((b = realloc(d->buf, cap)) == NULL) {
			d->rc = DRAFT_ENOMEM;
			return;
		}
		d->buf = b;
		d->bcap = cap;
	}
	b = d->buf + d->blen;		/* b[i - l->ls] is the copy of t[i] */
	memcpy(b, t + l->ls, n);
	for (i = l->ls; i < mask_to && i < l->next; i++)
		b[i - l->ls] = ' ';
	for (; i < l->next; i++) {
		if (d->comment) {
			if (i + 2 < l->le && memcmp(t + i, "-->", 3) == 0) {
				memset(b + i - l->ls, ' ', 2);
				i += 2;
				d->comment = 0;
			}
			b[i - l->ls] = ' ';
		} else if (i + 3 < l->le && memcmp(t + i, "<!--", 4) == 0) {
			memset(b + i - l->ls, ' ', 4);
			i += 3;
			d->comment = 1;
		} else if (t[i] == '\n' || t[i] == '\r') {
			b[i - l->ls] = ' ';
		}
	}
	d->blen += n;
	d->nlines++;
	d->last_ls = l->ls;
	d->last_pipe = memchr(t + l->p, '|', l->ce - l->p) != NULL;
}

static void
read_line(const unsigned char *t, size_t len, size_t ls, struct line *l)
{
	const unsigned char *nl = memchr(t + ls, '\n', len - ls);
	size_t i, k, col = 0;

	l->ls = ls;
	l->le = nl ? (size_t)(nl - t) : len;
	l->next = nl ? l->le + 1 : len;
	l->ce = l->le;
	while (l->ce > ls && is_blank(t[l->ce - 1]))
		l->ce--;
	l->quote = 0;
	for (i = ls; ; ) {
		for (k = i; k < l->ce && k - i < 3 && t[k] == ' '; k++)
			;
		if (k >= l->ce || t[k] != '>')
			break;
		i = k + 1;
		if (i < l->ce && (t[i] == ' ' || t[i] == '\t'))
			i++;
		l->quote++;
	}
	l->p = i;
	for (; i < l->ce && (t[i] == ' ' || t[i] == '\t'); i++)
		col = t[i] == '\t' ? col + 4 - col % 4 : col + 1;
	l->c = i;
	l->indent = col;
}

/* A line of only ch, at least min of them, blanks between them if spaced. */
static int
run_line(const unsigned char *t, const struct line *l, unsigned char ch,
    size_t min, int spaced)
{
	size_t i, count = 0;

	for (i = l->c; i < l->ce; i++) {
		if (t[i] == ch)
			count++;
		else if (!spaced || (t[i] != ' ' && t[i] != '\t'))
			return 0;
	}
	return count >= min;
}

static int
rule_line(const unsigned char *t, const struct line *l)
{
	return l->indent <= 3 && (run_line(t, l, '-', 3, 1) ||
	    run_line(t, l, '*', 3, 1) || run_line(t, l, '_', 3, 1));
}

static int
atx_line(const unsigned char *t, const struct line *l)
{
	size_t i = l->c, k = 0;

	while (i < l->ce && t[i] == '#' && k < 7)
		i++, k++;
	return l->indent <= 3 && k >= 1 && k <= 6 &&
	    (i == l->ce || t[i] == ' ' || t[i] == '\t');
}

/* The fence character and length opening a code block at l, or 0. */
static size_t
fence_open(const unsigned char *t, const struct line *l, unsigned char *ch)
{
	size_t i = l->c, k;

	if (i >= l->ce || (t[i] != '`' && t[i] != '~'))
		return 0;
	*ch = t[i];
	while (i < l->ce && t[i] == *ch)
		i++;
	k = i - l->c;
	if (k < 3 || (*ch == '`' && memchr(t + i, '`', l->ce - i) != NULL))
		return 0;
	return k;
}

static int
fence_close(const struct dsplit *d, const struct line *l)
{
	size_t i = l->c;

	while (i < l->ce && d->t[i] == d->fence_ch)
		i++;
	return i == l->ce && i - l->c >= d->fence_n;
}

/* "|---|:--:|", "--- | ---": only pipes, dashes, colons, blanks. */
static int
table_separator(const unsigned char *t, const struct line *l)
{
	size_t i;
	int dash = 0, pipe = 0;

	for (i = l->c; i < l->ce; i++) {
		if (t[i] == '-')
			dash = 1;
		else if (t[i] == '|')
			pipe = 1;
		else if (t[i] != ':' && t[i] != ' ' && t[i] != '\t')
			return 0;
	}
	return dash && pipe;
}

/*
 * "[label]: ..." at l: 1 for a link reference definition, 2 for a footnote
 * definition "[^label]: text" with *text set past the colon, else 0.
 */
static int
definition(const unsigned char *t, const struct line *l, size_t *text)
{
	size_t i = l->c + 1;

	if (l->indent > 3 || l->c >= l->ce || t[l->c] != '[')
		return 0;
	while (i < l->ce && t[i] != ']' && t[i] != '[' && i - l->c <= LABEL_MAX)
		i++;
	if (i == l->c + 1 || i + 1 >= l->ce || t[i] != ']' || t[i + 1] != ':')
		return 0;
	if (t[l->c + 1] != '^')
		return 1;
	for (i += 2; i < l->ce && (t[i] == ' ' || t[i] == '\t'); i++)
		;
	*text = i;
	return 2;
}

struct item {
	size_t text;		/* where the item's text starts */
	int ordered, first;	/* a number; the number is 1 */
	int empty;		/* nothing after the marker */
};

/* Is l a list item?  Fills *it.  Indentation is checked by the caller. */
static int
list_item(const unsigned char *t, const struct line *l, struct item *it)
{
	size_t i = l->c, d = 0;

	memset(it, 0, sizeof *it);
	if (i >= l->ce)
		return 0;
	if (t[i] == '-' || t[i] == '*' || t[i] == '+') {
		i++;
	} else if (u2000(t, i, l->ce, 0xA2)) {		/* • */
		i += 3;
		if (i < l->ce && t[i] != ' ' && t[i] != '\t') {
			it->text = i;			/* "•Text" is an item */
			return 1;
		}
	} else {
		while (i < l->ce && is_digit(t[i]) && d < 9)
			i++, d++;
		if (d == 0 || i >= l->ce || (t[i] != '.' && t[i] != ')'))
			return 0;
		it->ordered = 1;
		it->first = d == 1 && t[l->c] == '1';
		i++;
	}
	if (i < l->ce && t[i] != ' ' && t[i] != '\t')
		return 0;
	while (i < l->ce && (t[i] == ' ' || t[i] == '\t'))
		i++;
	it->empty = i == l->ce;
	/* a task box "[ ]", "[x]" is no part of the text */
	if (i + 3 <= l->ce && t[i] == '[' && t[i + 2] == ']' &&
	    (t[i + 1] == ' ' || t[i + 1] == 'x' || t[i + 1] == 'X') &&
	    (i + 3 == l->ce || t[i + 3] == ' ' || t[i + 3] == '\t')) {
		i += 3;
		while (i < l->ce && (t[i] == ' ' || t[i] == '\t'))
			i++;
	}
	it->text = i;
	return 1;
}

/* A line that is no prose: the open block ends, and an unindented one ends a list. */
static void
boundary(struct dsplit *d, const struct line *l)
{
	flush(d);
	if (l->indent < 2)
		d->in_list = 0;
}

/* Drop the table's header row, the last line of the open block. */
static void
drop_header(struct dsplit *d)
{
	if (d->nlines <= 1) {
		d->open = 0;
		d->blen = 0;
		return;
	}
	d->blen = d->last_ls - d->bs;
	flush(d);
}

static void
table_row(struct dsplit *d, const struct line *l)
{
	size_t from = l->p, i;

	if (l->c < l->ce && d->t[l->c] == '|')
		from = l->c + 1;
	open_block(d, BLOCK_ROW, l);
	append(d, l, from);
	if (d->rc == 0 && l->ce > from && d->t[l->ce - 1] == '|') {
		i = d->blen - (l->next - l->ls) + (l->ce - 1 - l->ls);
		d->buf[i] = ' ';
	}
	/* left open: a separator line under it makes it the header */
}

static void
do_line(struct dsplit *d, const struct line *l)
{
	const unsigned char *t = d->t;
	struct item it;
	size_t text;
	int item, def;

	if (d->comment) {
		if (!d->open)
			open_block(d, BLOCK_PARA, l);
		append(d, l, l->ls);
		return;
	}
	if (d->fence) {
		if (!(d->fence_quoted && l->quote == 0)) {
			if (fence_close(d, l))
				d->fence = 0;
			return;
		}
		d->fence = 0;		/* the quote it opened in has ended */
	}
	if (l->c == l->ce) {
		flush(d);
		d->table = 0;
		return;
	}
	if (d->icode) {
		if (l->indent >= 4)
			return;
		d->icode = 0;
	}
	item = list_item(t, l, &it) && (l->indent <= 3 || d->in_list);
	if (!item && l->indent < 2 && !d->open)
		d->in_list = 0;
	if (l->indent >= 4 && !d->open && !d->in_list) {
		d->icode = 1;
		return;
	}
	if ((l->indent <= 3 || d->in_list) &&
	    (d->fence_n = fence_open(t, l, &d->fence_ch)) > 0) {
		boundary(d, l);
		d->fence = 1;
		d->fence_quoted = l->quote > 0;
		return;
	}
	if (l->indent <= 3 && l->ce - l->c >= 4 &&
	    memcmp(t + l->c, "<!--", 4) == 0) {
		boundary(d, l);
		open_block(d, BLOCK_PARA, l);
		append(d, l, l->c);
		return;
	}
	if (atx_line(t, l)) {
		boundary(d, l);
		return;
	}
	if (l->indent <= 3 && d->open && d->kind == BLOCK_PARA &&
	    d->nlines == 1 && d->quoted == (l->quote > 0) &&
	    (run_line(t, l, '=', 1, 0) || run_line(t, l, '-', 1, 0))) {
		d->open = 0;		/* a setext heading and its underline */
		d->blen = 0;
		return;
	}
	if (rule_line(t, l) || (l->indent <= 3 && run_line(t, l, '=', 1, 0))) {
		boundary(d, l);
		return;
	}
	if (l->indent <= 3 && table_separator(t, l)) {
		if (d->open && d->last_pipe)
			drop_header(d);
		else
			flush(d);
		d->table = 1;
		return;
	}
	if ((def = definition(t, l, &text)) != 0) {
		boundary(d, l);
		if (def == 2) {
			open_block(d, BLOCK_PARA, l);
			append(d, l, text);
		}
		return;
	}
	/* an item interrupts a paragraph only if it has text and starts at 1 */
	if (item && !(d->open && d->kind == BLOCK_PARA && !d->in_list &&
	    (it.empty || (it.ordered && !it.first)))) {
		d->in_list = 1;
		open_block(d, BLOCK_ITEM, l);
		append(d, l, it.text);
		return;
	}
	if ((d->table && memchr(t + l->c, '|', l->ce - l->c) != NULL) ||
	    (l->indent <= 3 && t[l->c] == '|')) {
		table_row(d, l);
		return;
	}
	d->table = 0;
	/* prose: continues the open block, unless a block quote starts here */
	if (!d->open || d->kind == BLOCK_ROW || (l->quote > 0 && !d->quoted))
		open_block(d, BLOCK_PARA, l);
	append(d, l, l->p);
}

/*
 * Where the text starts after front matter: "---" (YAML) or "+++" (TOML)
 * alone on the first line, a non-blank line after it, and a closing line
 * "---" / "..." or "+++".  Without the closing line there is none.
 */
static size_t
front_matter(const unsigned char *t, size_t len, size_t from)
{
	struct line l;
	size_t pos;
	int toml;

	read_line(t, len, from, &l);
	if (l.ce - l.ls != 3 || (memcmp(t + l.ls, "---", 3) != 0 &&
	    memcmp(t + l.ls, "+++", 3) != 0))
		return from;
	toml = t[l.ls] == '+';
	pos = l.next;
	if (pos >= len)
		return from;
	read_line(t, len, pos, &l);
	if (l.c == l.ce)
		return from;
	while (pos < len) {
		read_line(t, len, pos, &l);
		if (l.ce - l.ls == 3 &&
		    (toml ? memcmp(t + l.ls, "+++", 3) == 0 :
		    (memcmp(t + l.ls, "---", 3) == 0 ||
		    memcmp(t + l.ls, "...", 3) == 0)))
			return l.next;
		pos = l.next;
	}
	return from;
}

int
draft_split(const char *text, size_t len, struct draft_sentence **out,
    size_t *n)
{
	struct dsplit d;
	struct line l;
	size_t pos = 0;

	if (out == NULL || n == NULL)
		return DRAFT_ENOMEM;
	*out = NULL;
	*n = 0;
	if (text == NULL || len == 0)
		return 0;
	memset(&d, 0, sizeof d);
	d.t = (const unsigned char *)text;
	d.len = len;
	d.line_no = 1;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	pos = front_matter(d.t, len, pos);
	while (pos < len && d.rc == 0) {
		read_line(d.t, len, pos, &l);
		do_line(&d, &l);
		pos = l.next;
	}
	flush(&d);
	free(d.buf);
	if (d.rc != 0 || d.n == 0) {
		free(d.v);
		return d.rc;
	}
	*out = d.v;
	*n = d.n;
	return 0;
}
