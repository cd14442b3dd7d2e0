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
	t->near = 0;
	t->near_distance = -1;
	t->key = 0xcbf29ce484222325ULL;	/* FNV-1a */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		t->key = (t->key ^ (c >= 'A' && c <= 'Z' ? c + 32 : c)) * 0x100000001b3ULL;
	}
	p->n++;
	return 0;
}

/*
 * Repeats: terms are sealed in order once no infix NEAR can take them any
 * more (a later term is being added, or the text ended); a sealed term
 * outside NEAR that is one already sealed (same clause, sign, kind and
 * text but for ASCII case) is dropped, the others go into a hash table of
 * term indices.  Collapsing as the text is read keeps "ketamine" typed
 * 160,000 times one term (and the parse's memory that of one).
 */
#define SEEN_SLOTS 4096		/* > 2 x SYNTAX_MAX_TERMS: never full */

struct seen {
	int slot[SEEN_SLOTS];	/* term index + 1; 0: empty */
	int sealed;		/* terms [0, sealed) are */
};

static int same_term(const struct term *a, const struct term *b)
{
	if (a->key != b->key || a->clause != b->clause || a->negated != b->negated ||
	    a->prefix != b->prefix || a->phrase != b->phrase)
		return 0;
	for (const char *x = a->text, *y = b->text;; x++, y++) {
		int cx = *x >= 'A' && *x <= 'Z' ? *x + 32 : *x;
		int cy = *y >= 'A' && *y <= 'Z' ? *y + 32 : *y;
		if (cx != cy)
			return 0;
		if (cx == 0)
			return 1;
	}
}

/* Seal the terms added since the last call.  0, or SYNTAX_ETOOMANY. */
static int seal(struct parsed_query *p, struct seen *s)
{
	while (s->sealed < p->n) {
		struct term *t = &p->t[s->sealed];
		size_t h = (size_t)(t->key ^ (unsigned long long)t->clause * 0x9e3779b97f4a7c15ULL);
		int dup = 0;
		if (t->near == 0) {
			for (h &= SEEN_SLOTS - 1; s->slot[h]; h = (h + 1) & (SEEN_SLOTS - 1))
				if ((dup = same_term(&p->t[s->slot[h] - 1], t)) != 0)
					break;
		}
		if (dup) {
			free(t->text);
			memmove(t, t + 1, (size_t)(p->n - s->sealed - 1) * sizeof *t);
			p->n--;
			continue;
		}
		if (s->sealed >= SYNTAX_MAX_TERMS)
			return SYNTAX_ETOOMANY;
		if (t->near == 0)
			s->slot[h] = s->sealed + 1;
		s->sealed++;
	}
	return 0;
}

/* Forget the terms from the n-th on (a NEAR group that was not well formed). */
static void drop_terms(struct parsed_query *p, int n)
{
	while (p->n > n)
		free(p->t[--p->n].text);
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

/*
 * One word or phrase scanned: its text [start, start + len) (a phrase's
 * without the quotes), end just after it (after a phrase's '*').
 */
struct unit {
	size_t start, len, end;
	int phrase, prefix;
};

/*
 * Scan the word or phrase at q[i] (not a blank).  A word ends at a blank,
 * a quote, a parenthesis, or, inside NEAR(...) (in_group), a comma; its
 * '*'s are left in it.
 */
static void scan(const char *q, size_t n, size_t i, int in_group, struct unit *u)
{
	size_t ql = quote_at(q + i, n - i);
	memset(u, 0, sizeof *u);
	if (ql) {
		size_t start = i + ql, end = start;
		while (end < n && quote_at(q + end, n - end) == 0)
			end++;
		size_t close = end < n ? quote_at(q + end, n - end) : 0;
		u->start = start;
		u->len = end - start;
		u->end = end + close;
		u->phrase = 1;
		if (u->end < n && q[u->end] == '*') {
			u->prefix = 1;
			u->end++;
		}
		return;
	}
	size_t end = i;
	while (end < n && !syntax_is_space(q[end]) && quote_at(q + end, n - end) == 0 &&
	    q[end] != '(' && q[end] != ')' && !(in_group && q[end] == ','))
		end++;
	u->start = i;
	u->len = end - i;
	u->end = end;
}

/* Drop a word's leading '*'s and its trailing ones, which make it a prefix. */
static void strip_stars(const char *q, struct unit *u)
{
	while (u->len > 0 && q[u->start] == '*')
		u->start++, u->len--;
	while (u->len > 0 && q[u->start + u->len - 1] == '*') {
		u->prefix = 1;
		u->len--;
	}
}

static int is_word(const char *w, size_t len, const char *op)
{
	return len == strlen(op) && memcmp(w, op, len) == 0;
}

/*
 * Whether the word w is NEAR or NEAR/k: then *distance is k (at most
 * SYNTAX_NEAR_MAX), or -1 for a bare NEAR.
 */
static int near_operator(const char *w, size_t len, int *distance)
{
	if (len < 4 || memcmp(w, "NEAR", 4) != 0)
		return 0;
	if (len == 4) {
		*distance = -1;
		return 1;
	}
	if (w[4] != '/' || len == 5)
		return 0;
	long d = 0;
	for (size_t i = 5; i < len; i++) {
		if (w[i] < '0' || w[i] > '9')
			return 0;
		d = d * 10 + (w[i] - '0');
		if (d > SYNTAX_NEAR_MAX)
			d = SYNTAX_NEAR_MAX;
	}
	*distance = (int)d;
	return 1;
}

/* Whether a word is an operator, or -word: not a member of a NEAR group. */
static int is_operator(const char *w, size_t len)
{
	int d;
	return is_word(w, len, "OR") || is_word(w, len, "AND") || is_word(w, len, "NOT") ||
	    near_operator(w, len, &d) || (len > 1 && w[0] == '-');
}

/*
 * A member of a NEAR group at q[i] (not a blank): 1 with *u filled when it
 * is a word, phrase or prefix; 0 when it cannot be one.
 */
static int scan_member(const char *q, size_t n, size_t i, int in_group, struct unit *u)
{
	if (q[i] == '(' || q[i] == ')' || (in_group && q[i] == ','))
		return 0;
	scan(q, n, i, in_group, u);
	if (u->phrase)
		return 1;
	if (is_operator(q + u->start, u->len))
		return 0;
	strip_stars(q, u);
	return u->len > 0;
}

static int add_member(struct parsed_query *p, const char *q, const struct unit *u, int negated,
    int group, int distance)
{
	if (add_term(p, q + u->start, u->len, u->prefix, negated, u->phrase) != 0)
		return -1;
	p->t[p->n - 1].near = group;
	p->t[p->n - 1].near_distance = distance;
	return 0;
}

static int effective_distance(int d)
{
	return d < 0 ? SYNTAX_NEAR_DEFAULT : d;
}

/*
 * NEAR(members[, k]) from q[i], just after the '(': the members added as
 * terms of a new group.  Returns the offset after the ')', 0 when it is
 * not well formed (nothing added), or -1 (out of memory).
 */
static long near_group(const char *q, size_t n, size_t i, int negated, struct parsed_query *p)
{
	int first = p->n, group = p->groups + 1, distance = -1;
	struct unit u;
	for (;;) {
		while (i < n && syntax_is_space(q[i]))
			i++;
		if (i >= n)
			goto malformed;
		if (q[i] == ')') {
			i++;
			break;
		}
		if (q[i] == ',') {
			long d = 0;
			size_t digits = 0;
			for (i++; i < n && syntax_is_space(q[i]); i++)
				;
			for (; i < n && q[i] >= '0' && q[i] <= '9'; i++, digits++)
				if ((d = d * 10 + (q[i] - '0')) > SYNTAX_NEAR_MAX)
					d = SYNTAX_NEAR_MAX;
			while (i < n && syntax_is_space(q[i]))
				i++;
			if (digits == 0 || i >= n || q[i] != ')')
				goto malformed;
			distance = (int)d;
			i++;
			break;
		}
		if (!scan_member(q, n, i, 1, &u))
			goto malformed;
		if (add_member(p, q, &u, negated, group, -1) != 0)
			return -1;
		i = u.end;
	}
	if (p->n == first)
		goto malformed;
	for (int k = first; k < p->n; k++)
		p->t[k].near_distance = distance;
	p->groups = group;
	return (long)i;
malformed:
	drop_terms(p, first);
	return 0;
}

/*
 * x NEAR/k y, at the NEAR/k that ends at q[i]: when the term before it
 * (the last one added) may join and a member follows, that member joins
 * the last term's group (a new one if it has none).  Returns the offset
 * after the member, 0 when it is not an infix NEAR, or -1 (out of memory).
 */
static long near_infix(const char *q, size_t n, size_t i, int distance, struct parsed_query *p)
{
	struct unit u;
	while (i < n && syntax_is_space(q[i]))
		i++;
	if (i >= n || !scan_member(q, n, i, 0, &u))
		return 0;
	struct term *last = &p->t[p->n - 1];
	int group = last->near;
	if (group == 0) {
		group = last->near = ++p->groups;
		last->near_distance = distance;
	} else if (effective_distance(distance) > effective_distance(last->near_distance)) {
		for (int k = p->n - 1; k >= 0 && p->t[k].near == group; k--)
			p->t[k].near_distance = distance;
	}
	if (add_member(p, q, &u, last->negated, group, last->near_distance) != 0)
		return -1;
	return (long)u.end;
}

static int parse_default(const char *q, struct parsed_query *p, struct seen *seen)
{
	size_t n = strlen(q), i = 0;
	int negate_next = 0, rc;
	int joinable = 0;	/* the last term added may be the left of an infix NEAR */
	while (i < n) {
		while (i < n && (syntax_is_space(q[i]) || q[i] == '(' || q[i] == ')')) {
			if (q[i] == '(' || q[i] == ')')
				joinable = 0;
			i++;
		}
		if (i >= n)
			break;
		struct unit u;
		scan(q, n, i, 0, &u);
		i = u.end;
		if (u.phrase) {
			if ((rc = seal(p, seen)) != 0)
				return rc;
			if (add_term(p, q + u.start, u.len, u.prefix, negate_next, 1) != 0)
				return -1;
			negate_next = 0;
			joinable = 1;
			continue;
		}
		const char *w = q + u.start;
		size_t len = u.len;
		int distance;
		if (i < n && q[i] == '(' && (is_word(w, len, "NEAR") || is_word(w, len, "-NEAR"))) {
			if ((rc = seal(p, seen)) != 0)
				return rc;
			long end = near_group(q, n, i + 1, negate_next || w[0] == '-', p);
			if (end < 0)
				return -1;
			if (end > 0) {
				i = (size_t)end;
				negate_next = 0;
				joinable = 0;
				continue;
			}
		}
		if (joinable && near_operator(w, len, &distance)) {
			long end = near_infix(q, n, i, distance, p);
			if (end < 0)
				return -1;
			if (end > 0) {
				i = (size_t)end;
				continue;
			}
		}
		joinable = 0;
		if (is_word(w, len, "OR")) {
			if (p->n > 0 && p->t[p->n - 1].clause == p->clauses)
				p->clauses++;
			continue;
		}
		if (is_word(w, len, "AND"))
			continue;
		if (is_word(w, len, "NOT")) {
			negate_next = 1;
			continue;
		}
		int negated = negate_next;
		negate_next = 0;
		if (len > 1 && w[0] == '-') {
			negated = 1;
			u.start++;
			u.len--;
		}
		strip_stars(q, &u);
		if (u.len == 0)
			continue;
		if ((rc = seal(p, seen)) != 0)
			return rc;
		if (add_term(p, q + u.start, u.len, u.prefix, negated, 0) != 0)
			return -1;
		joinable = 1;
	}
	return seal(p, seen);
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
	struct seen *seen = calloc(1, sizeof *seen);
	int rc = seen ? parse_default(q, p, seen) : -1;
	free(seen);
	if (rc != 0)
		return rc;
	for (int i = 0; i < p->n; i++) {
		struct term *t = &p->t[i];
		int words = 0;
		tokenizer_run(tok, TOKENIZER_QUERY, t->text, strlen(t->text), count_token, &words);
		t->ntokens = words;
		t->searchable = words > 0;
	}
	return 0;
}

struct raw_count {
	const char *q;
	size_t words;
};

static int count_raw(void *ctx, const char *t, size_t n, size_t s, size_t e, int colocated)
{
	struct raw_count *c = ctx;
	const char *w = c->q + s;
	size_t len = e - s;
	(void)t, (void)n;
	if (!colocated && !is_word(w, len, "AND") && !is_word(w, len, "OR") &&
	    !is_word(w, len, "NOT") && !is_word(w, len, "NEAR"))
		c->words++;
	return 0;
}

int syntax_raw_words(struct tokenizer_session *tok, const char *q, size_t *words)
{
	struct raw_count c = { q, 0 };
	int rc = tokenizer_run(tok, TOKENIZER_QUERY, q, strlen(q), count_raw, &c);
	*words = c.words;
	return rc < 0 ? -1 : 0;
}
