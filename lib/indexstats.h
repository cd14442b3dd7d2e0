/*
 * indexstats.h: the statistics of an index that ranking needs.
 *
 * This module owns the look-ups behind idf and length normalisation: how
 * many passages the index holds, the average length of each column, and
 * how many passages hold a term or some term of a prefix.  Document
 * frequencies come from the index's term_df table (store.h: the exact df
 * of every term in at least STORE_TERM_DF_MIN rows) and, for the rarer
 * terms it leaves out or an index made before it, from fts5vocab, which
 * counts rows.  It never prints; it uses the connection it is given.
 */
#ifndef INDEXSTATS_H
#define INDEXSTATS_H

#include <sqlite3.h>

#include "rank.h"

struct index_stats;

/*
 * Statistics of the index open on db (rank_register done).  Returns 0,
 * or -1 with err set (out of memory).  A missing term_df table is not an
 * error: every df is then counted.
 */
int index_stats_open(sqlite3 *db, struct index_stats **out, char *err, size_t errlen);
void index_stats_close(struct index_stats *st);	/* accepts NULL */

/* Passages in the index (0 for an empty one), and each column's average length. */
double index_stats_passages(const struct index_stats *st);
const double *index_stats_avglen(const struct index_stats *st);	/* RANK_COLUMNS of them */

/*
 * Passages holding term (a stem; in an index made before schema 6, also a
 * raw form with its TOKENIZER_RAW_MARK):
 * stored when common, else counted.  0 when it is nowhere or when the
 * vocabulary cannot be read (index_stats_error then says why).
 */
double index_stats_df(struct index_stats *st, const char *term);

/*
 * index_stats_df remembers the counts it had until this is called: call
 * it whenever the index may have changed since (search.c does at the
 * start of every query, which reads one snapshot).
 */
void index_stats_forget(struct index_stats *st);

/*
 * Passages holding some term that starts with prefix, as stem or raw form:
 * the largest df among those terms (a raw form of the vocabulary counts
 * its stem's), a lower bound that is exact for the usual case of one
 * dominant form.
 */
double index_stats_prefix_df(struct index_stats *st, const char *prefix);

/* Why a count could not be had (the vocabulary is unreadable), or NULL. */
const char *index_stats_error(const struct index_stats *st);

#endif
