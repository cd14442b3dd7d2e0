/*
 * syntax.c: the default query language (syntax.h).
 *
 * The text of each term is kept as typed: plan.c writes it as an FTS5
 * string, which the snowball tokenizer splits as it splits documents, so
 * punctuation, hyphens, apostrophes, digits and emoji can never be FTS5
 * syntax errors.
 */
#include <stdlib.h>
#include <string.h>

#include "syntax.h"

void syntax_free(struct parsed_query *p)
{
	for (int i = 0; i < p->n; i++)
		free(p->t[i].text);
	free(p->t);
	memset(p, 0, sizeof *p);
}

static int add_term(struct parsed_query *p, const char *s, size_t n, int prefix, int negated,
    int phrase)
{
	if (p->n == p->cap) {
		int cap = p->cap ? p->cap * 2 : 16;
		struct term *t = realloc(p->t, (size_t)cap * sizeof *t);
		if (t == NULL)
			return -1;
		p->t = t;
		p->cap = cap;
	}
	struct term *t = &p->t[p->n];
	if ((t->text = strndup(s, n)) == NULL)
		return -1;
	t->prefix = prefix;
	t->negated = negated;
	t->phrase = phrase;
	t->clause = p->clauses;
	t->searchable = 0;
	p->n++;
	return 0;
}

/* Length of an opening/closing double quote at s (straight or curly), else 0. */
static size_t quote_at(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n >= 1 && u[0] == '"')
		return 1;
	/* U+201C, U+201D, U+201E, U+00AB, U+00BB */
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x9D || u[2] == 0x9E))
		return 3;
	if (n >= 2 && u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB))
		return 2;
	return 0;
}

int syntax_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int parse_default(const char *q, struct parsed_query *p)
{
	size_t n = strlen(q), i = 0;
	int negate_next = 0;
	while (i < n) {
		while (i < n && (syntax_is_space(q[i]) || q[i] == '(' || q[i] == ')'))
			i++;
		if (i >= n)
			break;
		size_t ql = quote_at(q + i, n - i);
		if (ql) {
			size_t start = i + ql, end = start;
			while (end < n && quote_at(q + end, n - end) == 0)
				end++;
			size_t close = end < n ? quote_at(q + end, n - end) : 0;
			i = end + close;
			int prefix = i < n && q[i] == '*';
			if (prefix)
				i++;
			if (add_term(p, q + start, end - start, prefix, negate_next, 1) != 0)
				return -1;
			negate_next = 0;
			continue;
		}
		size_t start = i;
		while (i < n && !syntax_is_space(q[i]) && quote_at(q + i, n - i) == 0 && q[i] != '(' && q[i] != ')')
			i++;
		size_t len = i - start;
		const char *w = q + start;
		if (len == 2 && memcmp(w, "OR", 2) == 0) {
			if (p->n > 0 && p->t[p->n - 1].clause == p->clauses)
				p->clauses++;
			continue;
		}
		if (len == 3 && memcmp(w, "AND", 3) == 0)
			continue;
		if (len == 3 && memcmp(w, "NOT", 3) == 0) {
			negate_next = 1;
			continue;
		}
		int negated = negate_next;
		negate_next = 0;
		if (len > 1 && w[0] == '-') {
			negated = 1;
			w++;
			len--;
		}
		while (len > 0 && w[0] == '*')
			w++, len--;
		int prefix = 0;
		while (len > 0 && w[len - 1] == '*') {
			prefix = 1;
			len--;
		}
		if (len == 0)
			continue;
		if (add_term(p, w, len, prefix, negated, 0) != 0)
			return -1;
	}
	return 0;
}

static int count_token(void *ctx, const char *t, size_t n, size_t s, size_t e, int colocated)
{
	(void)t, (void)n, (void)s, (void)e;
	if (!colocated)
		(*(int *)ctx)++;
	return 0;
}

int syntax_parse(struct tokenizer_session *tok, const char *q, struct parsed_query *p)
{
	if (parse_default(q, p) != 0)
		return -1;
	for (int i = 0; i < p->n; i++) {
		struct term *t = &p->t[i];
		int words = 0;
		tokenizer_run(tok, TOKENIZER_QUERY, t->text, strlen(t->text), count_token, &words);
		t->ntokens = words;
		t->searchable = words > 0;
	}
	return 0;
}
