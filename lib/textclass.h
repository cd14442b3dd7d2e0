/*
 * textclass.h: byte classes shared by the text scanners (passage.c,
 * draft.c), the word-list test of spelling.c and plural.c (which the
 * loadable extension links without util.o) and the all-capitals test of
 * kin.c and claim.c.  ASCII only, on unsigned bytes; a UTF-8 lead or continuation
 * byte is in no class.  Header-only: each is one comparison.
 */
#ifndef TEXTCLASS_H
#define TEXTCLASS_H

#include <stddef.h>
#include <string.h>

static inline int is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline int is_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static inline int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline int is_alpha(unsigned char c)
{
	return is_upper(c) || is_lower(c);
}

/* Whether w is min to max bytes, all capital letters: "HR", "FAQ". */
static inline int all_capitals(const char *w, size_t min, size_t max)
{
	size_t n = strlen(w);
	if (n < min || n > max)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!is_upper((unsigned char)w[i]))
			return 0;
	return 1;
}

/* Does t[i] start the 3-byte UTF-8 sequence E2 80 x (U+2000 .. U+203F)? */
static inline int u2000(const unsigned char *t, size_t i, size_t end, unsigned char x)
{
	return i + 2 < end && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == x;
}

/* Whether w[0 .. n) is the lower-case ASCII word lower, in any case. */
static inline int same_word(const unsigned char *w, size_t n, const char *lower)
{
	if (strlen(lower) != n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = w[i];
		if (is_upper(c))
			c = (unsigned char)(c - 'A' + 'a');
		if (c != (unsigned char)lower[i])
			return 0;
	}
	return 1;
}

/* Whether w[0 .. n) is, byte for byte, one of list[0 .. count). */
/* The length of the word w[0 .. n) without a possessive "'s" or "’s" (any case). */
static inline size_t without_possessive(const char *w, size_t n)
{
	if (n > 2 && w[n - 2] == '\'' && (w[n - 1] == 's' || w[n - 1] == 'S'))
		return n - 2;
	if (n > 4 && (unsigned char)w[n - 4] == 0xE2 && (unsigned char)w[n - 3] == 0x80 &&
	    (unsigned char)w[n - 2] == 0x99 && (w[n - 1] == 's' || w[n - 1] == 'S'))
		return n - 4;
	return n;
}

static inline int in_word_list(const char *w, size_t n, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return 1;
	return 0;
}

#endif
