/*
 * quoteout.h: a quote check's result -> text or JSON Lines.
 *
 * This module owns how --quote answers: text for people (a verdict line,
 * then one block per source with its file:line range, byte range and, for
 * a near match, the differences) and JSON Lines for scripts (one object
 * per source, or one with a null source when none has it).  JSON is built
 * with SQLite's JSON functions, invalid UTF-8 repaired first.  It writes
 * only to the FILE * it is given and never exits.
 */
#ifndef QUOTEOUT_H
#define QUOTEOUT_H

#include <stdint.h>
#include <stdio.h>
#include <sqlite3.h>

#include "quotecheck.h"

/* Where a quote stands in a draft (--claims-from): line from 1; 0 when not from a draft. */
struct quoteout_at {
	int64_t line, byte_start, byte_end;
};

/* "exact", "near" or "none": the best any source has. */
const char *quoteout_verdict(const struct quote_result *r);

/*
 * Write the result of checking quote (a NUL-terminated string, as the user
 * gave it) to f; json: JSON Lines, else text.  at may be NULL.  db: any
 * open connection (for its JSON functions).  0, or -1 when a write failed
 * or out of memory.
 */
int quoteout_write(FILE *f, sqlite3 *db, int json, const char *quote,
    const struct quoteout_at *at, const struct quote_result *r);

#endif
