/*
 * indexstats.c: passage count, average column lengths and document
 * frequencies of an index (indexstats.h).
 *
 * FTS5 stores no document frequencies, so counting a common word's rows
 * took 2-4 ms at 500 MB; the indexer keeps them exact in term_df for every
 * term in STORE_TERM_DF_MIN rows or more, and the rarer ones are counted
 * in fts5vocab, a few microseconds each.  The vocabulary table is made
 * only when a count is first needed: most queries need none, and making
 * it costs a one-shot query up to half a millisecond.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "indexstats.h"
#include "prefix.h"
#include "tokenizer.h"
#include "util.h"

#define DF_MEMO_SLOTS 256	/* a power of two */
#define DF_MEMO_TERM 48		/* longer terms are looked up each time */

struct index_stats {
	sqlite3 *db;
	sqlite3_stmt *stored_df, *stored_prefix_df;	/* from term_df, or NULL */
	sqlite3_stmt *df, *prefix_df;	/* counted in fts5vocab (vocab_open) */
	sqlite3_stmt *prefix_stems;	/* the vocabulary's (schema 6), or NULL */
	int vocab_failed;	/* vocab_open could not: counts are 0 */
	char vocab_error[160];
	double passages;
	double avglen[RANK_COLUMNS];
	/*
	 * Counts index_stats_df had since the last index_stats_forget, by a
	 * hash of the term: a claim asks for the same words' counts several
	 * times (for its plan, with their kin for the verdict, the feedback's
	 * words), each a look-up of 15,000-60,000 instructions.
	 */
	unsigned generation;	/* a slot of another generation is empty */
	struct df_slot {
		unsigned generation;
		double df;
		char term[DF_MEMO_TERM];
	} memo[DF_MEMO_SLOTS];
};

int index_stats_open(sqlite3 *db, struct index_stats **out, char *err, size_t errlen)
{
	struct index_stats *st = calloc(1, sizeof *st);
	sqlite3_stmt *q;

	*out = NULL;
	if (st == NULL)
		return util_error(err, errlen, "out of memory");
	st->db = db;
	st->generation = 1;
	/* an index made before term_df has none: every df is counted then */
	if (sqlite3_prepare_v2(db, "SELECT df FROM main.term_df WHERE term = ?1", -1,
	    &st->stored_df, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT max(df) FROM main.term_df WHERE term >= ?1 AND term < ?2",
	    -1, &st->stored_prefix_df, NULL) != SQLITE_OK) {
		sqlite3_finalize(st->stored_df);
		st->stored_df = NULL;
	}
	/* an index whose FTS5 holds raw forms has no vocabulary: no statement then */
	if (sqlite3_prepare_v2(db, PREFIX_STEMS_SQL, -1, &st->prefix_stems, NULL) != SQLITE_OK)
		st->prefix_stems = NULL;
	/* the row count from FTS5's totals: count(*) would read every row */
	if (sqlite3_prepare_v2(db, "SELECT " RANK_ROWS_FUNCTION "(passages_fts),"
	    " " RANK_AVGLEN_FUNCTION "(passages_fts, 0), " RANK_AVGLEN_FUNCTION "(passages_fts, 1),"
	    " " RANK_AVGLEN_FUNCTION "(passages_fts, 2) FROM passages_fts LIMIT 1", -1, &q,
	    NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW) {
		st->passages = (double)sqlite3_column_int64(q, 0);
		for (int c = 0; c < RANK_COLUMNS; c++)
			st->avglen[c] = sqlite3_column_double(q, c + 1);
	}
	sqlite3_finalize(q);
	*out = st;
	return 0;
}

void index_stats_close(struct index_stats *st)
{
	if (st == NULL)
		return;
	sqlite3_finalize(st->stored_df);
	sqlite3_finalize(st->stored_prefix_df);
	sqlite3_finalize(st->df);
	sqlite3_finalize(st->prefix_df);
	sqlite3_finalize(st->prefix_stems);
	free(st);
}

double index_stats_passages(const struct index_stats *st)
{
	return st->passages;
}

const double *index_stats_avglen(const struct index_stats *st)
{
	return st->avglen;
}

const char *index_stats_error(const struct index_stats *st)
{
	return st->vocab_failed ? st->vocab_error : NULL;
}

/*
 * The first column of q's one row, bound to a and b (b may be NULL);
 * -1 when there is no row or the value is NULL.
 */
static double lookup_count(sqlite3_stmt *q, const char *a, const char *b)
{
	double n = -1;
	sqlite3_bind_text(q, 1, a, -1, SQLITE_STATIC);
	if (b)
		sqlite3_bind_text(q, 2, b, -1, SQLITE_STATIC);
	if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_type(q, 0) != SQLITE_NULL)
		n = (double)sqlite3_column_int64(q, 0);
	sqlite3_reset(q);
	return n;
}

/* The statements that count rows through fts5vocab, made when first needed. */
static int vocab_open(struct index_stats *st)
{
	if (st->df)
		return 0;
	if (st->vocab_failed)
		return -1;
	if (sqlite3_exec(st->db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab"
	    " USING fts5vocab(main, passages_fts, row)", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(st->db, "SELECT doc FROM temp.search_vocab WHERE term = ?1",
	    -1, &st->df, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(st->db, "SELECT max(doc) FROM temp.search_vocab"
	    " WHERE term >= ?1 AND term < ?2", -1, &st->prefix_df, NULL) != SQLITE_OK) {
		snprintf(st->vocab_error, sizeof st->vocab_error, "%s", sqlite3_errmsg(st->db));
		sqlite3_finalize(st->df);
		sqlite3_finalize(st->prefix_df);
		st->df = st->prefix_df = NULL;
		st->vocab_failed = 1;
		return -1;
	}
	return 0;
}

void index_stats_forget(struct index_stats *st)
{
	if (++st->generation == 0) {	/* wrapped: the slots' generations could match */
		memset(st->memo, 0, sizeof st->memo);
		st->generation = 1;
	}
}

double index_stats_df(struct index_stats *st, const char *term)
{
	size_t len = strlen(term);
	struct df_slot *slot = NULL;
	if (len < DF_MEMO_TERM) {
		slot = &st->memo[util_hash(UTIL_HASH_INIT, term, len) & (DF_MEMO_SLOTS - 1)];
		if (slot->generation == st->generation && strcmp(slot->term, term) == 0)
			return slot->df;
	}
	double df = st->stored_df ? lookup_count(st->stored_df, term, NULL) : -1;
	int had = df >= 0;	/* else, without a vocabulary, it is asked again */
	if (!had && vocab_open(st) == 0) {
		df = lookup_count(st->df, term, NULL);
		had = 1;	/* in no row: 0 */
	}
	if (df < 0)
		df = 0;
	if (slot && had) {
		slot->generation = st->generation;
		slot->df = df;
		memcpy(slot->term, term, len + 1);
	}
	return df;
}

struct stems_df {
	struct index_stats *st;
	double best;
};

static int stem_df(void *ctx, const char *stem, size_t n)
{
	struct stems_df *d = ctx;
	char term[TOKENIZER_MAX_STEM_BYTES + 1];
	if (n > TOKENIZER_MAX_STEM_BYTES)
		return 0;
	memcpy(term, stem, n);
	term[n] = 0;
	double df = index_stats_df(d->st, term);
	if (df > d->best)
		d->best = df;
	return 0;
}

/*
 * When term_df holds a term of the range, the largest is there: every term
 * it leaves out is rarer than every term it holds.  Since schema 6 the raw
 * forms are in the vocabulary: those starting with the prefix count by
 * their stems' rows (prefix.h).
 */
double index_stats_prefix_df(struct index_stats *st, const char *prefix)
{
	struct stems_df d = { st, 0 };
	if (prefix_stems(st->prefix_stems, prefix, strlen(prefix), stem_df, &d) < 0 &&
	    !st->vocab_failed) {
		snprintf(st->vocab_error, sizeof st->vocab_error, "%s", sqlite3_errmsg(st->db));
		st->vocab_failed = 1;
	}
	double best = d.best;
	size_t n = strlen(prefix);
	char *lo = malloc(n + 3), *hi = malloc(n + 3);
	for (int raw = 0; lo && hi && raw < 2; raw++) {
		size_t k = 0;
		if (raw)
			lo[k++] = TOKENIZER_RAW_MARK;
		memcpy(lo + k, prefix, n);
		lo[k + n] = 0;
		memcpy(hi, lo, k + n);
		hi[k + n] = (char)0xff;	/* above every UTF-8 byte */
		hi[k + n + 1] = 0;
		double df = st->stored_df ? lookup_count(st->stored_prefix_df, lo, hi) : -1;
		if (df < 0 && vocab_open(st) == 0)
			df = lookup_count(st->prefix_df, lo, hi);
		if (df > best)
			best = df;
	}
	free(lo);
	free(hi);
	return best;
}
