/*
 * draft.h: a researcher's draft -> the sentences to check as claims.
 *
 * This module decides which parts of a draft (plain text or Markdown) are
 * prose, and cuts that prose into sentences reported as byte ranges into the
 * caller's buffer, each with the line it starts on.  It is pure: no I/O, no
 * SQLite, no printing, no exit.  It only ever reads text[0 .. len), whatever
 * the bytes are (invalid UTF-8, NUL bytes, binary junk).
 */
#ifndef DRAFT_H
#define DRAFT_H

#include <stddef.h>
#include <stdint.h>

struct draft_sentence {
	size_t byte_start, byte_end;	/* half-open, bytes of the draft, trimmed of whitespace */
	int64_t line;			/* 1-based line of byte_start */
};

#define DRAFT_ENOMEM (-1)

/*
 * Split text[0 .. len) into claim sentences, in order, into *out (malloc'd
 * array, caller frees; NULL when none) and *n.  Returns 0, or DRAFT_ENOMEM
 * (-1) when out of memory or when out or n is NULL; then *out is NULL and
 * *n is 0.  text may be NULL when len is 0.  Time is linear in len; memory is
 * the result plus a copy of the largest paragraph.
 *
 * Not claims (skipped whole): blank lines; ATX headings ("#" to "######")
 * and setext headings (a one-line paragraph underlined with "===" or "---":
 * both lines; under a paragraph of several lines the underline is only
 * dropped, so no prose is lost); fenced code ("```" or "~~~" up to the
 * closing fence of the same kind, or to the end of the text, or of the block
 * quote it opened in); indented code (4 columns, after a blank line or a
 * non-prose line, not inside a list); front matter: "---" on the first line
 * (after a BOM), followed by a non-blank line, up to "---" or "...", and the
 * same with "+++" for TOML (without its closing line the first line is a
 * horizontal rule); HTML comments "<!-- ... -->", also over several lines and
 * inside a paragraph (a sentence around an inline comment keeps it in its
 * range); link reference definitions ("[x]: http..."); horizontal rules
 * ("---", "***", "___", also spaced); table separator lines ("|---|:--:|")
 * and the header row above them.  A UTF-8 BOM at the start is skipped.
 *
 * Prose blocks: a paragraph (lines up to a blank line or one of the above),
 * a list item ("-", "*", "+", "\u2022", "1." or "1)" with optional task box
 * "[ ]" / "[x]"; the marker and the box are outside the sentence), a table
 * row (outer pipes outside the sentence), a footnote definition ("[^1]:",
 * the label outside).  Lines of one block are joined as in rendered Markdown:
 * a line break never ends a sentence by itself.  Block quote markers (">")
 * are outside the sentence where it starts or ends, but a sentence over
 * several quoted lines covers the markers between them.
 *
 * Sentences: passage_next_sentence (passage.h) on each block, so
 * abbreviations, decimals, ellipses and closing quotes end sentences as in
 * the indexer, and in addition: "et al." does not end a sentence before a
 * word that is not capitalised; "Eq.", "Ref.", "Sec.", "Ch.", "Tab.", "p.",
 * "pp.", "vol.", "ca." (and a few plurals) do not before a digit or "(";
 * "..." or U+2026 does not before a lower-case letter; emphasis markers
 * ("**", "_") and a citation ("[1]", "[^note]") right after the closing
 * punctuation end the sentence with it and belong to it.  A sentence needs
 * no final punctuation: the end of its block ends it.  A piece with no
 * letter or digit (ASCII, or a non-ASCII letter-range UTF-8 lead byte) is
 * not a claim.
 */
int draft_split(const char *text, size_t len, struct draft_sentence **out,
    size_t *n);

#endif
