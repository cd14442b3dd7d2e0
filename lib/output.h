/*
 * output.h: search results -> text, JSON Lines or TSV on a caller's FILE *.
 *
 * This module owns the output formats, which are a contract with scripts:
 * JSON objects are built with SQLite's JSON functions (so escaping is
 * SQLite's), TSV has a fixed column set with tabs, newlines and
 * backslashes escaped, CSV (RFC 4180: CRLF line ends, a header row, fields
 * quoted when they hold a comma, a quote or a line break) has the TSV's
 * columns, and text is for people: colour only when asked, matched words
 * highlighted.  Rows are passages, or one a source (-l, -c).  Invalid UTF-8
 * and control characters in any field are printed safely.  Write errors
 * are sticky: output_finish reports them once.
 */
#ifndef OUTPUT_H
#define OUTPUT_H

#include <stdio.h>
#include <sqlite3.h>

#include "search.h"

enum output_format { OUTPUT_TEXT, OUTPUT_JSON, OUTPUT_TSV, OUTPUT_CSV };

/* What a row is: a passage (output_result) or a source (output_source). */
enum output_rows { OUTPUT_PASSAGES, OUTPUT_SOURCES, OUTPUT_COUNTS };

struct output_options {
	enum output_format format;
	int color;		/* ANSI colours in text output */
	int claim;		/* add the claim fields */
	int batch;		/* add the query id */
	int by_source;		/* text: results grouped under each source */
	int explain;		/* text: print the explanation under each result */
	int header;		/* TSV: a first line naming the columns (CSV always has it) */
	enum output_rows rows;	/* OUTPUT_COUNTS: source rows carry their passage count */
};

struct output;

/* db: any open connection (used for its JSON functions).  0 or -1 + err. */
int output_open(struct output **out, FILE *f, const struct output_options *o,
    sqlite3 *db, char *err, size_t errlen);
/* One result; query_id may be NULL outside batch mode.  0 or -1 (write error). */
int output_result(struct output *out, const char *query_id, const struct search_result *r);
/*
 * One source row (-l, or -c with src->passages as its count): text "path"
 * or "path:count", as grep -l and -c print; JSON {"source", "count",
 * "title", "author", "date", "publisher", "url"} (null when not known);
 * TSV/CSV columns source, count, [query_id,] fallback, then title, author,
 * date, publisher, url (empty when not known).  0 or -1.
 */
int output_source(struct output *out, const char *query_id, const struct search_source *src);
/*
 * The rows that follow came from the fall back (no passage holds every
 * word; search_info.fallback) or not: JSON "fallback": true/false, TSV/CSV
 * a last column 1/0.  Text shows nothing (query/main.c notes it on stderr).
 */
void output_set_fallback(struct output *out, int fallback);
/* The claim whose rows follow (claim mode); strings must outlive its rows. */
struct output_claim {
	const char *text;	/* the claim as checked */
	/* where it is in the draft (--claims-from): line from 1; 0: not from a draft */
	int64_t line, byte_start, byte_end;
};

/*
 * Start a claim: its rows (output_result) carry its text and place; text
 * output opens with one verdict line, written with the first row (whose
 * verdict field is the claim's) or by output_claim_end.
 */
void output_claim_begin(struct output *out, const char *query_id, const struct output_claim *c);
/*
 * End the claim: with no row written, text gets its verdict line and JSON,
 * TSV and CSV one row holding only the claim fields (verdict v, the unknown
 * words), so that every claim is reported.  0, or -1 (write error).
 */
int output_claim_end(struct output *out, enum verdict v, const char *const *unknown,
    size_t nunknown);

/*
 * Grouped text (by_source): source has count more matching passages (all
 * of them, shown or not: summed over calls, as over a batch's queries).
 * Its group's header then says how many match and how many are shown;
 * without a call, the rows shown are the count.  0, or -1 (out of memory).
 */
int output_source_total(struct output *out, const char *source, size_t count);
/* Flush grouped output; 0, or -1 if any write failed. */
int output_finish(struct output *out);
/*
 * The errno of the first failed write (ENOMEM when memory ran out), taken
 * when it failed; 0 when none has.
 */
int output_errno(const struct output *out);
void output_close(struct output *out);	/* accepts NULL */

/* Text for a user with control characters escaped and bad UTF-8 replaced. */
void output_safe(FILE *f, const char *s, size_t n);

#endif
