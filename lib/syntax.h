/*
 * syntax.h: the default query language, parsed.
 *
 * Words separated by blanks; "..." phrases in straight or curly quotes (an
 * unclosed quote runs to the end); OR between terms starts a new clause;
 * AND is implied and ignored; NOT or a leading '-' excludes the next term;
 * a trailing '*' makes a prefix; other '*' and parentheses are dropped.
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
	double idf;		/* a one-word term's idf, else -1 (plan_term_idfs) */
};

/* Start from a zeroed struct; syntax_free releases it. */
struct parsed_query {
	struct term *t;
	int n, cap;
	int clauses;		/* the last clause's number: clauses + 1 of them */
};

/*
 * Parse q (NUL-terminated) into p, and count each term's words as tok
 * reads a query (searchable, ntokens).  Returns 0, or -1 (out of memory).
 */
int syntax_parse(struct tokenizer_session *tok, const char *q, struct parsed_query *p);
void syntax_free(struct parsed_query *p);

/* Whether c is a blank the syntax separates terms with. */
int syntax_is_space(char c);

#endif
