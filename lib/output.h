/*
 * output.h: search results -> text, JSON Lines or TSV on a caller's FILE *.
 *
 * This module owns the output formats, which are a contract with scripts:
 * JSON objects are built with SQLite's JSON functions (so escaping is
 * SQLite's), TSV has a fixed column set with tabs, newlines and
 * backslashes escaped, and text is for people: colour only when asked,
 * matched words highlighted.  Invalid UTF-8 and control characters in any
 * field are printed safely.  Write errors are sticky: output_finish
 * reports them once.
 */
#ifndef OUTPUT_H
#define OUTPUT_H

#include <stdio.h>
#include <sqlite3.h>

#include "search.h"

enum output_format { OUTPUT_TEXT, OUTPUT_JSON, OUTPUT_TSV };

struct output_options {
	enum output_format format;
	int color;		/* ANSI colours in text output */
	int claim;		/* add the claim fields */
	int batch;		/* add the query id */
	int by_source;		/* text: results grouped under each source */
	int explain;		/* text: print the explanation under each result */
};

struct output;

/* db: any open connection (used for its JSON functions).  0 or -1 + err. */
int output_open(struct output **out, FILE *f, const struct output_options *o,
    sqlite3 *db, char *err, size_t errlen);
/* One result; query_id may be NULL outside batch mode.  0 or -1 (write error). */
int output_result(struct output *out, const char *query_id, const struct search_result *r);
/* Flush grouped output; 0, or -1 if any write failed. */
int output_finish(struct output *out);
void output_close(struct output *out);	/* accepts NULL */

/* Text for a user with control characters escaped and bad UTF-8 replaced. */
void output_safe(FILE *f, const char *s, size_t n);

#endif
