/*
 * quote.h: verbatim quotes, compared word by word.
 *
 * This module owns what "the same words" means for a quote: text is cut
 * into tokens (words, and each punctuation mark on its own), compared
 * ignoring only case, whitespace and the typographic variants of quotes,
 * apostrophes and dashes; and, when a quote is not found exactly, the span
 * of a text closest to it with the word-level differences (changed,
 * missing, extra).  Pure: no I/O, no SQLite; it never prints or exits.
 *
 * Normalising: ASCII and Latin-1 capitals are lowered; curly and other
 * typographic quotes become '"' or '\'', every dash and minus sign '-' (a
 * run of dashes, "--" or "—", is one); "…" is "..."; any run of
 * whitespace (also no-break and thin spaces) separates tokens and is
 * otherwise ignored; soft hyphens and zero-width characters are dropped.
 * A word is a run of letters and digits (any non-ASCII character that is
 * not punctuation above counts as a letter), with an apostrophe between
 * two of them kept inside ("don't").  Every other character is a token of
 * its own, so "hours." is two tokens and "hours," does not equal it.
 */
#ifndef QUOTE_H
#define QUOTE_H

#include <stddef.h>

/* One token: [start, end) bytes in the text; its normal form in the caller's norm buffer. */
struct quote_token {
	size_t start, end;	/* bytes in the original text, half-open */
	size_t norm, norm_len;	/* offset and length in bytes of the normal form */
	int word;		/* 1: a word; 0: a punctuation mark */
};

/* The tokens of a text and the normal forms they point into; owned by the struct. */
struct quote_tokens {
	struct quote_token *tok;
	size_t n, cap;
	char *norm;		/* normal forms, back to back (not NUL-separated) */
	size_t norm_len, norm_cap;
};

/*
 * Tokenize text[0 .. len) into t (start from a zeroed struct; tokens are
 * appended).  Returns 0, or -1 when out of memory (t then holds what was
 * done and must still be freed).
 */
int quote_tokenize(const char *text, size_t len, struct quote_tokens *t);
/* Frees and zeroes; accepts NULL and a zeroed struct. */
void quote_tokens_free(struct quote_tokens *t);

/* 1 when token i of a and token j of b have the same normal form. */
int quote_token_equal(const struct quote_tokens *a, size_t i, const struct quote_tokens *b,
    size_t j);

/*
 * Drop the punctuation tokens at both ends of t (a quote's closing comma
 * or full stop is the writer's, not the source's).  Returns the number of
 * word tokens left.
 */
size_t quote_trim(struct quote_tokens *t);

/*
 * The first exact occurrence of all of quote's tokens, in order and
 * contiguous, among text's tokens [from, to): the index of its first
 * token, or (size_t)-1 when there is none (or quote is empty).
 */
size_t quote_find(const struct quote_tokens *quote, const struct quote_tokens *text,
    size_t from, size_t to);

enum quote_diff_kind {
	QUOTE_CHANGED,	/* a quote word stands as another word in the source */
	QUOTE_MISSING,	/* a quote word is not in the source span */
	QUOTE_EXTRA	/* the source span has a word the quote lacks */
};

/* One difference: token indexes, (size_t)-1 where a side has none. */
struct quote_diff {
	enum quote_diff_kind kind;
	size_t quote_tok;	/* in the quote; -1 for EXTRA */
	size_t text_tok;	/* in the text; -1 for MISSING */
	size_t text_at;		/* MISSING: the text token it would stand before; else text_tok */
};

/* The span of a text closest to a quote. */
struct quote_alignment {
	size_t first, last;	/* text tokens [first, last] (inclusive) */
	unsigned cost;		/* extra word 3, missing word 4, changed word 5, a mark 2 */
	size_t word_edits;	/* differences that involve a word */
	struct quote_diff *diffs;	/* malloc'd, in text order; ndiffs of them */
	size_t ndiffs;
};

/*
 * Align quote against text's tokens [from, to) (to - from >= 1), with the
 * span's ends free: the span of text with the lowest cost (an extra
 * source word 3, a missing quote word 4, a changed word 5, a punctuation
 * mark 2), ties to the earliest.  Fills *out (free its diffs with quote_alignment_free).
 * Returns 0, or -1 when out of memory or quote or the range is empty.
 */
int quote_align(const struct quote_tokens *quote, const struct quote_tokens *text,
    size_t from, size_t to, struct quote_alignment *out);
void quote_alignment_free(struct quote_alignment *a);	/* accepts NULL */

/*
 * Whether an alignment is close enough to call "near": at most a third of
 * the quote's words differ (at least one may), and the quote has two
 * words or more.  nwords: the quote's word tokens.
 */
int quote_is_near(const struct quote_alignment *a, size_t nwords);

/*
 * The quoted parts of a sentence s[0 .. len): text between straight double
 * quotes ('"' ... '"') or curly ones (U+201C ... U+201D; either closer
 * ends either opener), trimmed of whitespace, holding at least one word.
 * An unclosed quote is not a quotation.  Writes up to max byte ranges
 * [starts[i], ends[i]) into s and returns how many there are (which may
 * be more than max).
 */
size_t quote_spans(const char *s, size_t len, size_t *starts, size_t *ends, size_t max);

#endif
