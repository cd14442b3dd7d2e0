/*
 * passage.h: text -> passages, headings and sentences as byte ranges.
 *
 * This module owns the rules that cut an article into the units a researcher
 * reads and cites.  It is pure: no I/O, no SQLite, no printing.  It works on
 * a caller-owned buffer and reports byte ranges into that buffer, so the
 * bytes of the source file in [byte_start, byte_end) are exactly the text of
 * a passage.  Invalid UTF-8 and NUL-free binary junk never make it read out
 * of bounds; it only ever looks at text[0 .. len).
 */
#ifndef PASSAGE_H
#define PASSAGE_H

#include <stddef.h>

enum passage_format {
	PASSAGE_FORMAT_TEXT,		/* plain text: blank lines separate paragraphs */
	PASSAGE_FORMAT_MARKDOWN		/* CommonMark as people write it: front matter,
					   ATX and setext headings (the section is the
					   heading path), code, comments, link
					   definitions and rules are no prose */
};

/* Sizes in words (runs of non-whitespace bytes).  Zero means the default. */
struct passage_options {
	size_t target_words;	/* a long paragraph is cut into pieces of about this many words (default 150) */
	size_t max_words;	/* paragraphs up to this many words stay whole (default 200) */
	size_t min_words;	/* a block with fewer words is a fragment that joins a neighbour (default 8) */
	int marked_headings;	/* Markdown: only '#' and setext lines are headings, no line
				   is one by its shape (text laid out from HTML) */
	int wrapped;		/* lines are hard-wrapped (a PDF's text): a text without
				   blank lines is one paragraph, not a line each */
};

struct passage {
	size_t byte_start, byte_end;	/* half-open, into the caller's buffer; trimmed of surrounding whitespace */
	size_t line_start, line_end;	/* 1-based, inclusive: lines holding byte_start and byte_end - 1 */
	size_t ordinal;			/* 0-based position among the passages of this text */
	const char *section;		/* NUL-terminated heading text for this passage, "" when none; valid only during the callback */
	size_t section_len;		/* bytes in section */
};

/*
 * Called once per passage, in text order.  Return 0 to go on; any other
 * value stops the split, and passage_split returns that value.
 */
typedef int (*passage_callback)(void *ctx, const struct passage *p);

/*
 * Split text[0 .. len) into passages and call cb for each.  opts may be NULL
 * (defaults).  A UTF-8 byte order mark at the start is not part of any passage.
 * Returns 0 on success, the callback's non-zero value if it stopped the run,
 * or PASSAGE_ENOMEM.  Memory use is bounded by the largest paragraph, not by
 * len, so a 100 MB file does not need 100 MB of bookkeeping.
 */
#define PASSAGE_ENOMEM (-1)
int passage_split(const char *text, size_t len, enum passage_format format,
    const struct passage_options *opts, passage_callback cb, void *ctx);

/*
 * Title guess for a text without metadata: the first heading-like line of at
 * least three words within the first 64 KiB (in Markdown, a first heading of
 * level 1 however short; front matter is skipped).  On success returns 1 and sets
 * [*start, *end) to the trimmed title bytes (Markdown '#' markers excluded);
 * returns 0 when there is none.
 */
int passage_guess_title(const char *text, size_t len, enum passage_format format,
    size_t *start, size_t *end);

/*
 * Sentence iterator over text[0 .. len).  Start with *pos = 0; each call that
 * returns 1 sets [*start, *end) to the next sentence (trimmed of whitespace)
 * and advances *pos.  Returns 0 when no sentence is left.  A sentence ends at
 * '.', '!', '?' or U+2026 (with any closing quotes or brackets) followed by
 * whitespace, unless the period ends a known abbreviation ("Dr.", "e.g.",
 * "U.S.", an initial) or sits inside a number ("3.5"); a line break that
 * starts a list item or follows a line without closing punctuation also ends
 * a sentence.
 */
int passage_next_sentence(const char *text, size_t len, size_t *pos,
    size_t *start, size_t *end);

/*
 * Markdown front matter: YAML between "---" lines (or "---" and "...") or
 * TOML between "+++" lines, at the very start (after a byte order mark).
 * It is never text of a passage.  Its simple "key: value" (TOML "key =
 * value") lines give the fields below, as byte ranges into text (quotes,
 * the brackets of an inline list and a YAML comment left out; of a YAML
 * block list, the first item); keys are matched case-insensitively.
 * Returns 1 and fills *fm when there is front matter (fm->end: its bytes
 * from the start of text, closing line included), else 0 and zeroes *fm.
 */
struct passage_range {
	size_t start, end;	/* half-open; empty when the key is not there */
};
enum { PASSAGE_FM_TITLE, PASSAGE_FM_AUTHOR, PASSAGE_FM_DATE, PASSAGE_FM_URL,
	PASSAGE_FM_PUBLISHER, PASSAGE_FM_FIELDS };
struct passage_front_matter {
	size_t end;
	/* title; author or authors; date or published; url, link or
	 * canonical_url; publisher */
	struct passage_range field[PASSAGE_FM_FIELDS];
};
int passage_front_matter(const char *text, size_t len, struct passage_front_matter *fm);

#endif
