/*
 * quotecheck.h: is a quote in the sources, word for word?
 *
 * This module owns the index side of quote checking: it finds candidate
 * passages with FTS5 (the quote as one phrase for exact matches; phrases of
 * three consecutive words for near ones), then reads each candidate
 * source's file as it is now and compares the quote with its bytes
 * (quote.h), so a stale index can never yield a false "exact".  A PDF's
 * bytes are not its text: its words are the passages' text the index
 * holds (pdftotext's), used only when the file's size and content hash are
 * still the ones indexed; a quote is not found across the text between
 * two passages (a heading, what was not indexed).  Per source
 * it reports the first exact occurrence, or else the closest span that is
 * near enough, with its word-level differences.  It never prints or exits.
 */
#ifndef QUOTECHECK_H
#define QUOTECHECK_H

#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>

#include "quote.h"

#define QUOTE_ENOWORDS (-2)	/* the quote has no word to look for */
#define QUOTE_MAX_SOURCES 64	/* candidate sources read for one quote, at most */

/* One difference between the quote and a source's span (strings owned by the result). */
struct quote_difference {
	enum quote_diff_kind kind;
	char *quote_word;	/* the quote's token; NULL for QUOTE_EXTRA */
	char *source_word;	/* the source's bytes; NULL for QUOTE_MISSING */
	/* the source's token, or for MISSING the empty place where it would be */
	size_t byte_start, byte_end;
	int64_t line;
	int64_t page;		/* a PDF's page, line counting on it; 0: not a PDF */
};

/* A source that has the quote exactly, or nearly. */
struct quote_place {
	char *source, *title;	/* path as indexed, title */
	int exact;		/* 1: exact; 0: near */
	int64_t line_start, line_end;	/* 1-based, inclusive; a PDF's: on page */
	/* of the span in the file, half-open; a PDF's: in pdftotext's text of it */
	size_t byte_start, byte_end;
	char *text;		/* the file's bytes [byte_start, byte_end) */
	size_t word_edits;	/* near: differences that involve a word */
	struct quote_difference *diffs;
	size_t ndiffs;
	int64_t page;		/* a PDF's page the span starts on; 0: not a PDF */
};

struct quote_result {
	struct quote_place *places;	/* exact ones first, then near by fewest edits */
	size_t nplaces;
	/* candidate sources whose file could not be read (or a PDF changed since indexed) */
	char **unreadable;
	size_t nunreadable;
	size_t nwords;		/* words in the quote, after trimming end punctuation */
	int capped;		/* more candidate sources than are read (QUOTE_MAX_SOURCES) */
};

/*
 * Check quote[0 .. len) against the index on db (tokenizer registered, as
 * store_open does).  Fills *out (free with quote_result_free, also after a
 * failure).  Returns 0 (out->nplaces may be 0), QUOTE_ENOWORDS when the
 * quote has no word, or -1 with err set (SQLite error, out of memory).
 */
int quote_check(sqlite3 *db, const char *quote, size_t len, struct quote_result *out,
    char *err, size_t errlen);
void quote_result_free(struct quote_result *r);	/* accepts NULL */

/* 1 when some place is exact. */
int quote_result_exact(const struct quote_result *r);

#endif
