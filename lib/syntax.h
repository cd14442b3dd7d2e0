/*
 * syntax.h: the default query language, parsed.
 *
 * Words separated by blanks; "..." phrases in straight or curly quotes (an
 * unclosed quote runs to the end); OR between terms starts a new clause;
 * AND is implied and ignored; NOT or a leading '-' excludes the next term;
 * a trailing '*' makes a prefix; other '*' and parentheses are dropped.
 *
 * NEAR groups: NEAR(a "b c" d*, 5) (no blank between NEAR and the
 * parenthesis; ", 5" optional) and the infix a NEAR/5 b, or a NEAR b
 * (a chain a NEAR/5 b NEAR/3 c is one group with the largest distance).
 * Members are words, phrases and prefixes; a group is one term of its
 * clause, excluded as a whole by NOT or '-' before it (NOT a NEAR/5 b
 * too).  A NEAR that is not well formed (NEAR(, NEAR(a, x), nested
 * parentheses, an operator or -word as a member, a NEAR/k with no term
 * on either side) is read as the words it is made of.
 *
 * Anything else is text: no input is a syntax error.  Turning the terms
 * into an FTS5 expression is plan.h's.  This module never prints.
 */
#ifndef SYNTAX_H
#define SYNTAX_H

#include "tokenizer.h"

struct term {
	char *text;		/* the user's bytes for this word or phrase (malloc'd) */
	int prefix, negated, phrase;
	int clause;		/* terms in different clauses are OR'd */
	int searchable;		/* the tokenizer finds at least one word in it */
	int ntokens;		/* words in it */
	int near;		/* its NEAR group (1, 2, ...; members are adjacent), 0: none */
	int near_distance;	/* its group's distance in words; -1: FTS5's default (10) */
	double idf;		/* a one-word term's idf, else -1 (plan_term_idfs) */
	unsigned long long key;	/* hash of the text, ASCII case folded (repeats) */
};

/* Start from a zeroed struct; syntax_free releases it. */
struct parsed_query {
	struct term *t;
	int n, cap;
	int clauses;		/* the last clause's number: clauses + 1 of them */
	int groups;		/* NEAR groups: the last group's number */
};

/*
 * The most terms a query may have once repeats are collapsed (a word,
 * phrase or prefix typed again in the same clause, outside NEAR, is the
 * same term: "a b a" is "a b"): a query's memory and time grow with its
 * terms, and FTS5's with the square of a word's repeats.
 */
#define SYNTAX_MAX_TERMS 1000
#define SYNTAX_ETOOMANY (-2)

/* FTS5's NEAR distance when none is given; larger ones count as the maximum. */
#define SYNTAX_NEAR_DEFAULT 10
#define SYNTAX_NEAR_MAX 100000

/*
 * Parse q (NUL-terminated) into p, and count each term's words as tok
 * reads a query (searchable, ntokens); repeats are collapsed.  Returns 0,
 * SYNTAX_ETOOMANY (more than SYNTAX_MAX_TERMS terms), or -1 (out of memory).
 */
int syntax_parse(struct tokenizer_session *tok, const char *q, struct parsed_query *p);
void syntax_free(struct parsed_query *p);

/*
 * The words of q read as FTS5's own syntax (--syntax raw), its operators
 * AND, OR, NOT and NEAR not counted.
 */
int syntax_raw_words(struct tokenizer_session *tok, const char *q, size_t *words);

/* Whether c is a blank the syntax separates terms with. */
int syntax_is_space(char c);

#endif
