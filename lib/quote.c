/*
 * quote.c: verbatim quotes, compared word by word (see quote.h).
 *
 * This file owns the normal form of a token and the two comparisons a
 * quote needs: an exact run of tokens, and the closest span with its
 * differences (a semi-global edit distance over tokens: the span's ends in
 * the text are free, the whole quote is aligned).  Costs: an extra source
 * word 3, a missing quote word 4, a changed word 5 (more than either, less
 * than both), a punctuation mark 2.  So a word the quote dropped is one
 * extra source word, not a run of changed ones, and between a span that
 * leaves a quote word out and one that has an extra word, the one holding
 * more of the quote wins.  Pure: no I/O, no
 * SQLite, never prints.  Offsets are bytes, ranges half-open.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "util.h"

enum cls { C_SPACE, C_DROP, C_LETTER, C_DQUOTE, C_SQUOTE, C_DASH, C_ELLIPSIS, C_PUNCT };

/* The code point at s[0 .. n) and its length in bytes (*len); an invalid byte is itself. */
static uint32_t decode(const unsigned char *s, size_t n, size_t *len)
{
	size_t k = util_utf8_char(s, n);
	if (k == 0 || k == 1) {
		*len = 1;
		return k == 0 ? 0xFFFFFFFFu : s[0];
	}
	*len = k;
	if (k == 2)
		return (uint32_t)(s[0] & 0x1f) << 6 | (s[1] & 0x3f);
	if (k == 3)
		return (uint32_t)(s[0] & 0x0f) << 12 | (uint32_t)(s[1] & 0x3f) << 6 | (s[2] & 0x3f);
	return (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3f) << 12 |
	    (uint32_t)(s[2] & 0x3f) << 6 | (s[3] & 0x3f);
}

static enum cls classify(uint32_t c)
{
	if (c == 0xFFFFFFFFu)
		return C_LETTER;	/* an invalid byte: kept as it is, inside words */
	if (c < 0x80) {
		if (c == ' ' || (c >= '\t' && c <= '\r'))
			return C_SPACE;
		if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			return C_LETTER;
		if (c == '"')
			return C_DQUOTE;
		if (c == '\'' || c == '`')
			return C_SQUOTE;
		if (c == '-')
			return C_DASH;
		return c < 0x20 || c == 0x7f ? C_DROP : C_PUNCT;
	}
	switch (c) {
	case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
	case 0x3000:
		return C_SPACE;
	case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
		return C_DROP;
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
	case 0x2033: case 0xFF02: case 0x301D: case 0x301E:
		return C_DQUOTE;
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
	case 0xFF07: case 0x00B4:
		return C_SQUOTE;
	case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D: case 0x2E3A: case 0x2E3B:
		return C_DASH;
	case 0x2026:
		return C_ELLIPSIS;
	default:
		break;
	}
	if (c >= 0x2000 && c <= 0x200A)
		return C_SPACE;
	if (c >= 0x2010 && c <= 0x2015)
		return C_DASH;
	if ((c >= 0x00A1 && c <= 0x00BF && c != 0x00AA && c != 0x00B5 && c != 0x00BA) ||
	    c == 0x00D7 || c == 0x00F7 || (c >= 0x2016 && c <= 0x206F))
		return C_PUNCT;
	return C_LETTER;
}

static int norm_add(struct quote_tokens *t, const void *p, size_t n)
{
	if (t->norm_len + n > t->norm_cap) {
		size_t cap = t->norm_cap ? t->norm_cap * 2 : 256;
		while (cap < t->norm_len + n)
			cap *= 2;
		char *q = realloc(t->norm, cap);
		if (q == NULL)
			return -1;
		t->norm = q;
		t->norm_cap = cap;
	}
	memcpy(t->norm + t->norm_len, p, n);
	t->norm_len += n;
	return 0;
}

/* Open a token at byte start; its normal form starts at the end of norm. */
static struct quote_token *tok_open(struct quote_tokens *t, size_t start, int word)
{
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 64;
		struct quote_token *q = realloc(t->tok, cap * sizeof *q);
		if (q == NULL)
			return NULL;
		t->tok = q;
		t->cap = cap;
	}
	struct quote_token *k = &t->tok[t->n++];
	k->start = k->end = start;
	k->norm = t->norm_len;
	k->norm_len = 0;
	k->word = word;
	return k;
}

/* A letter's normal bytes: ASCII and Latin-1 capitals lowered, anything else as it is. */
static int add_letter(struct quote_tokens *t, const unsigned char *s, size_t len, uint32_t c)
{
	if (c < 0x80) {
		char ch = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		return norm_add(t, &ch, 1);
	}
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
		unsigned char low[2] = { 0xC3, (unsigned char)(s[1] + 0x20) };
		return norm_add(t, low, 2);
	}
	return norm_add(t, s, len);
}

int quote_tokenize(const char *text, size_t len, struct quote_tokens *t)
{
	const unsigned char *s = (const unsigned char *)text;
	struct quote_token *word = NULL;	/* the word being read, if any */
	struct quote_token *dash = NULL;	/* a run of dashes being read, if any */
	size_t i = 0, k;
	while (i < len) {
		uint32_t c = decode(s + i, len - i, &k);
		enum cls cl = classify(c);
		if (cl == C_DROP) {
			if (word)
				word->end = i + k;
			i += k;
			continue;
		}
		if (cl == C_SQUOTE && word && i + k < len) {
			/* an apostrophe between two letters stays in the word */
			size_t k2;
			uint32_t c2 = decode(s + i + k, len - i - k, &k2);
			if (classify(c2) == C_LETTER) {
				if (norm_add(t, "'", 1) != 0)
					return -1;
				i += k;
				continue;
			}
		}
		if (cl == C_LETTER) {
			dash = NULL;
			if (word == NULL && (word = tok_open(t, i, 1)) == NULL)
				return -1;
			if (add_letter(t, s + i, k, c) != 0)
				return -1;
			word->end = i + k;
			i += k;
			continue;
		}
		if (word) {
			word->norm_len = t->norm_len - word->norm;
			word = NULL;
		}
		if (cl == C_SPACE) {
			dash = NULL;
		} else if (cl == C_DASH) {
			if (dash == NULL) {
				if ((dash = tok_open(t, i, 0)) == NULL || norm_add(t, "-", 1) != 0)
					return -1;
				dash->norm_len = 1;
			}
			dash->end = i + k;
		} else {
			dash = NULL;
			int dots = cl == C_ELLIPSIS ? 3 : 1;
			for (int d = 0; d < dots; d++) {
				struct quote_token *p = tok_open(t, i, 0);
				if (p == NULL)
					return -1;
				p->end = i + k;
				int rc = cl == C_DQUOTE ? norm_add(t, "\"", 1)
				    : cl == C_SQUOTE ? norm_add(t, "'", 1)
				    : cl == C_ELLIPSIS ? norm_add(t, ".", 1)
				    : norm_add(t, s + i, k);
				if (rc != 0)
					return -1;
				p->norm_len = t->norm_len - p->norm;
			}
		}
		i += k;
	}
	if (word)
		word->norm_len = t->norm_len - word->norm;
	return 0;
}

void quote_tokens_free(struct quote_tokens *t)
{
	if (t == NULL)
		return;
	free(t->tok);
	free(t->norm);
	memset(t, 0, sizeof *t);
}

int quote_token_equal(const struct quote_tokens *a, size_t i, const struct quote_tokens *b,
    size_t j)
{
	const struct quote_token *x = &a->tok[i], *y = &b->tok[j];
	return x->norm_len == y->norm_len &&
	    memcmp(a->norm + x->norm, b->norm + y->norm, x->norm_len) == 0;
}

size_t quote_trim(struct quote_tokens *t)
{
	size_t first = 0, words = 0;
	while (first < t->n && !t->tok[first].word)
		first++;
	while (t->n > first && !t->tok[t->n - 1].word)
		t->n--;
	if (first > 0) {
		memmove(t->tok, t->tok + first, (t->n - first) * sizeof *t->tok);
		t->n -= first;
	}
	for (size_t i = 0; i < t->n; i++)
		words += t->tok[i].word;
	return words;
}

size_t quote_find(const struct quote_tokens *quote, const struct quote_tokens *text,
    size_t from, size_t to)
{
	size_t m = quote->n;
	if (m == 0 || to > text->n || from >= to || to - from < m)
		return (size_t)-1;
	for (size_t i = from; i + m <= to; i++) {
		size_t j = 0;
		while (j < m && quote_token_equal(quote, j, text, i + j))
			j++;
		if (j == m)
			return i;
	}
	return (size_t)-1;
}

/* What leaving a token out costs: a quote's (missing) more than a source's (extra). */
static unsigned missing_cost(const struct quote_token *t)
{
	return t->word ? 4 : 2;
}

static unsigned extra_cost(const struct quote_token *t)
{
	return t->word ? 3 : 2;
}

enum { MOVE_MATCH, MOVE_CHANGE, MOVE_MISSING, MOVE_EXTRA };

int quote_align(const struct quote_tokens *quote, const struct quote_tokens *text,
    size_t from, size_t to, struct quote_alignment *out)
{
	size_t m = quote->n, n = to > from ? to - from : 0;
	memset(out, 0, sizeof *out);
	if (m == 0 || n == 0 || to > text->n || (m + 1) > SIZE_MAX / (n + 1) / sizeof(unsigned))
		return -1;
	size_t w = n + 1;
	unsigned *cost = malloc((m + 1) * w * sizeof *cost);
	unsigned char *move = malloc((m + 1) * w);
	struct quote_diff *d = malloc((m + n) * sizeof *d);
	if (cost == NULL || move == NULL || d == NULL) {
		free(cost);
		free(move);
		free(d);
		return -1;
	}
	for (size_t j = 0; j <= n; j++) {
		cost[j] = 0;	/* the span may start anywhere */
		move[j] = MOVE_EXTRA;
	}
	for (size_t i = 1; i <= m; i++) {
		const struct quote_token *q = &quote->tok[i - 1];
		cost[i * w] = cost[(i - 1) * w] + missing_cost(q);
		move[i * w] = MOVE_MISSING;
		for (size_t j = 1; j <= n; j++) {
			const struct quote_token *x = &text->tok[from + j - 1];
			unsigned best, c;
			unsigned char mv;
			if (quote_token_equal(quote, i - 1, text, from + j - 1)) {
				best = cost[(i - 1) * w + j - 1];
				mv = MOVE_MATCH;
			} else {
				/* a word may stand for a word; otherwise missing + extra */
				best = cost[(i - 1) * w + j - 1] +
				    (q->word && x->word ? 5 : missing_cost(q) + extra_cost(x));
				mv = MOVE_CHANGE;
			}
			if ((c = cost[(i - 1) * w + j] + missing_cost(q)) < best) {
				best = c;
				mv = MOVE_MISSING;
			}
			if ((c = cost[i * w + j - 1] + extra_cost(x)) < best) {
				best = c;
				mv = MOVE_EXTRA;
			}
			cost[i * w + j] = best;
			move[i * w + j] = mv;
		}
	}
	size_t end = 0;
	for (size_t j = 1; j <= n; j++)
		if (cost[m * w + j] < cost[m * w + end])
			end = j;
	out->cost = cost[m * w + end];
	/* back from (m, end) to the quote's start, diffs in reverse text order */
	size_t i = m, j = end, nd = 0;
	while (i > 0) {
		unsigned char mv = move[i * w + j];
		const struct quote_token *q = &quote->tok[i - 1];
		if (mv == MOVE_MATCH) {
			i--, j--;
		} else if (mv == MOVE_CHANGE) {
			const struct quote_token *x = &text->tok[from + j - 1];
			if (q->word && x->word) {
				d[nd++] = (struct quote_diff){ QUOTE_CHANGED, i - 1, from + j - 1, from + j - 1 };
			} else {
				d[nd++] = (struct quote_diff){ QUOTE_EXTRA, (size_t)-1, from + j - 1, from + j - 1 };
				d[nd++] = (struct quote_diff){ QUOTE_MISSING, i - 1, (size_t)-1, from + j - 1 };
			}
			i--, j--;
		} else if (mv == MOVE_MISSING) {
			d[nd++] = (struct quote_diff){ QUOTE_MISSING, i - 1, (size_t)-1, from + j };
			i--;
		} else {
			d[nd++] = (struct quote_diff){ QUOTE_EXTRA, (size_t)-1, from + j - 1, from + j - 1 };
			j--;
		}
	}
	out->first = from + j;
	out->last = end > j ? from + end - 1 : from + j;
	for (size_t a = 0, b = nd; a + 1 < b; a++, b--) {
		struct quote_diff tmp = d[a];
		d[a] = d[b - 1];
		d[b - 1] = tmp;
	}
	for (size_t k = 0; k < nd; k++) {
		int involves_word = d[k].kind == QUOTE_CHANGED ||
		    (d[k].kind == QUOTE_MISSING && quote->tok[d[k].quote_tok].word) ||
		    (d[k].kind == QUOTE_EXTRA && text->tok[d[k].text_tok].word);
		out->word_edits += involves_word;
	}
	out->diffs = d;
	out->ndiffs = nd;
	free(cost);
	free(move);
	return 0;
}

void quote_alignment_free(struct quote_alignment *a)
{
	if (a == NULL)
		return;
	free(a->diffs);
	a->diffs = NULL;
	a->ndiffs = 0;
}

/* The length of a double-quote mark at s[0 .. n): 1 or 3 bytes, 0 when none; *open set. */
static size_t dquote_at(const unsigned char *s, size_t n, int *curly_open)
{
	*curly_open = 0;
	if (s[0] == '"')
		return 1;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9C || s[2] == 0x9D)) {
		*curly_open = s[2] == 0x9C;
		return 3;
	}
	return 0;
}

size_t quote_spans(const char *text, size_t len, size_t *starts, size_t *ends, size_t max)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t found = 0, i = 0;
	while (i < len) {
		int open;
		size_t k = dquote_at(s + i, len - i, &open);
		if (k == 0) {
			i++;
			continue;
		}
		/* an opener: '"' or U+201C (a lone U+201D opens nothing) */
		if (k == 3 && !open) {
			i += k;
			continue;
		}
		size_t a = i + k, j = a, k2 = 0;
		while (j < len && (k2 = dquote_at(s + j, len - j, &open)) == 0)
			j++;
		if (j >= len)
			break;	/* unclosed */
		size_t b = j;
		while (a < b && (s[a] == ' ' || (s[a] >= '\t' && s[a] <= '\r')))
			a++;
		while (b > a && (s[b - 1] == ' ' || (s[b - 1] >= '\t' && s[b - 1] <= '\r')))
			b--;
		int word = 0;
		for (size_t x = a; x < b && !word; x++)
			word = (s[x] >= '0' && s[x] <= '9') || ((s[x] | 0x20) >= 'a' && (s[x] | 0x20) <= 'z') ||
			    s[x] >= 0xC0;
		if (word) {
			if (found < max) {
				starts[found] = a;
				ends[found] = b;
			}
			found++;
		}
		i = j + k2;
	}
	return found;
}

int quote_is_near(const struct quote_alignment *a, size_t nwords)
{
	size_t allowed = nwords / 3;
	if (nwords < 2)
		return 0;
	if (allowed == 0 && nwords >= 3)
		allowed = 1;
	return a->word_edits <= allowed && a->ndiffs > 0 && a->last >= a->first;
}
