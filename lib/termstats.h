/*
 * termstats.h: per-term document-frequency deltas of an indexing run.
 *
 * This module owns the in-memory map the store keeps while an incremental
 * run inserts and deletes FTS5 rows: for each term, by how many rows its
 * document frequency changed.  Rows are fed one at a time (each row's
 * terms, from every column, in any order and with repeats); a term counts
 * once per row.  It is pure: no SQLite, no I/O, no printing.
 */
#ifndef TERMSTATS_H
#define TERMSTATS_H

#include <stddef.h>
#include <stdint.h>

struct termstats;

/* A new, empty map, or NULL when out of memory. */
struct termstats *termstats_new(void);
void termstats_free(struct termstats *t);	/* accepts NULL */

/*
 * Start a row: the terms added until the next termstats_row count sign
 * (+1: the row is inserted, -1: deleted) each, once however often they
 * are added.
 */
void termstats_row(struct termstats *t, int sign);

/*
 * Add one term of the current row: term_len bytes, not NUL-terminated.
 * Returns 0, or -1 when out of memory (the map is then unusable until
 * termstats_clear; termstats_failed says so).
 */
int termstats_add(struct termstats *t, const char *term, size_t term_len);

/*
 * The same as termstats_add, and *slot is set to the term's slot: a later
 * row can count the term by it (termstats_count_slot) without hashing it
 * again, as long as termstats_epoch returns what it returned before the
 * add.  A map that grows moves its slots, and one cleared or failed loses
 * them: each changes the epoch.  *slot is left alone when -1 is returned.
 */
int termstats_add_slot(struct termstats *t, const char *term, size_t term_len,
    uint32_t *slot);
/*
 * Count the term in slot (from termstats_add_slot, in the same epoch) in
 * the current row, once however often.  Does nothing in a failed map.
 */
void termstats_count_slot(struct termstats *t, uint32_t slot);
/* Start bringing slot's memory into the CPU's cache, to count it a little later. */
void termstats_prefetch_slot(const struct termstats *t, uint32_t slot);
/* A value that changes whenever the slots termstats_add_slot gave stop being valid. */
uint64_t termstats_epoch(const struct termstats *t);
/*
 * Bound the map: an add that would make it hold more than max_terms terms
 * fails as out of memory does, and the map's memory is freed then (0: no
 * bound, as new).
 */
void termstats_set_limit(struct termstats *t, size_t max_terms);

/* Non-zero once an add ran out of memory (sticky until termstats_clear). */
int termstats_failed(const struct termstats *t);

/* Terms in the map (including those whose delta came back to 0). */
size_t termstats_count(const struct termstats *t);

/*
 * Call cb for every term whose delta is not 0, in no particular order.
 * Stops at, and returns, the first non-zero value cb returns; else 0.
 */
typedef int (*termstats_callback)(void *ctx, const char *term, size_t term_len,
    int64_t delta);
int termstats_each(const struct termstats *t, termstats_callback cb, void *ctx);

/* Forget every term (and a failure); the slot table keeps its size. */
void termstats_clear(struct termstats *t);

#endif
