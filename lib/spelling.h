/*
 * spelling.h: a word's American and British spellings.
 *
 * Snowball stems the two spellings of many words apart ("tumour" ->
 * tumour, "tumor" -> tumor; "organise" -> organis, "organize" -> organ),
 * so a query in one spelling missed text in the other.  The tokenizer
 * lets a query word also match the stem of its other spelling, as it does
 * a "-ment" noun (tokenizer.c).  The rules are the regular differences
 * between the two (the families of Webster's reform and of British
 * "-ise"): -our/-or, -re/-er, -ise/-ize, -yse/-yze, -ence/-ense,
 * -ogue/-og, -amme/-am, the Greek ae and oe (haem-, oestrogen) and
 * sulph-/sulf-.  They rewrite letters only and do not know whether the
 * result is a word: a form that no text holds matches nothing, and the
 * search leaves it out (tokenizer_quiet_synonyms).  The few words a rule
 * would turn into another real word ("contour" -> "contor"; "poet") are
 * kept out by the rule's conditions or its list of exceptions.
 *
 * Pure: no I/O, no SQLite, no stemmer; nothing is allocated.
 */
#ifndef SPELLING_H
#define SPELLING_H

#include <stddef.h>

/* Words longer than this many bytes have no other spelling. */
#define SPELLING_MAX_WORD 64
/* The most bytes a rewrite adds to a word ("sulfogram" -> "sulphogramme"). */
#define SPELLING_GROWTH 3

enum spelling_kind {
	SPELLING_AMERICAN,	/* tumour -> tumor, centre -> center */
	SPELLING_BRITISH	/* tumor -> tumour, center -> centre */
};

/*
 * Write the `kind` spelling of word[0 .. n) (lower-case ASCII letters;
 * anything else has none) to out, NUL-terminated: out must hold
 * SPELLING_MAX_WORD + SPELLING_GROWTH + 1 bytes.  Returns its length in
 * bytes, or 0 when the word has no other spelling of that kind (out is
 * then unspecified).
 */
size_t spelling_variant(const char *word, size_t n, enum spelling_kind kind, char *out);

#endif
