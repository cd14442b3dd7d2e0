/*
 * plan.h: what a query runs: its FTS5 expression and how each phrase counts.
 *
 * This module owns turning the parsed default syntax (syntax.h) or a list
 * of words (words.h: claims and the fall back) into an FTS5 expression that
 * can never be a syntax error, and the rank_params (rank.h) of its phrases
 * in expression order: idf, boost, whether each counts towards coverage.
 * A plan whose expression is just its phrases OR'd keeps each phrase's
 * text and row count, which pruning (ranking.h) needs; a plan may also
 * carry a pool of rows to re-rank (feedback.h).  It never prints.
 */
#ifndef PLAN_H
#define PLAN_H

#include <stddef.h>

#include "indexstats.h"
#include "rank.h"
#include "search.h"
#include "syntax.h"
#include "util.h"
#include "words.h"

struct ranked;

/*
 * A word of a claim or of the fall back weighs (idf / the query's largest
 * idf)^PLAN_IDF_POWER on top of its idf in BM25F and in coverage: a word
 * counts idf^1.4 where BM25 has idf^1 and a vector-space tf-idf query has
 * idf^2, so a long request's common words ("problems", "methods",
 * "information") count less next to its subject.  The query's rarest word
 * keeps its weight.  0 turns it off (docs/ranking.md, "Query-word weights").
 */
#define PLAN_IDF_POWER 0.4

/* Start from a zeroed struct; plan_init before each use, plan_free at the end. */
struct plan {
	struct buf expr;
	struct rank_params rp;
	const char *label[RANK_MAX_PHRASES];	/* the phrase as the user wrote it */
	char *owned[RANK_MAX_PHRASES];		/* labels the plan frees */
	int nowned;
	/*
	 * When the expression is just its phrases OR'd (claims, the fall
	 * back), the ranking can be pruned (ranking_fetch_pruned): then each
	 * phrase's text and row count are kept here.
	 */
	int or_only;
	double k3;				/* the query-term factor (search_tuning) */
	double idf_power;			/* words' idf shape (PLAN_IDF_POWER) */
	struct buf frags;			/* the phrases' FTS5 text, NUL-separated */
	size_t frag[RANK_MAX_PHRASES];		/* offsets in frags; SIZE_MAX: none */
	double df[RANK_MAX_PHRASES];
	/*
	 * When not 0, the expression ranks only these rows (ranking_pool),
	 * scored once, best first (malloc'd, the plan owns them).
	 */
	struct ranked *pool;
	size_t npool;
	/*
	 * With a pool: the expression's first base_len bytes and first
	 * base_nphrase phrases are the ranking the pool was taken from (the
	 * claim's words before feedback), whose best pool_rows rows the pool
	 * holds; pool_whole: those were all its rows.
	 */
	size_t base_len, pool_rows;
	int base_nphrase, pool_whole;
	/*
	 * When not NULL, the best nfirst rows of the ranking the pool was
	 * taken from (of the expression itself when there is no pool), best
	 * first, as ranking_fetch_pruned gave them (malloc'd, the plan owns
	 * them); first_whole: those were all its rows.  The ranking then
	 * takes rows from here instead of ranking again (feedback.h).
	 */
	struct ranked *first;
	size_t nfirst;
	int first_whole;
};

/*
 * Empty the plan; its ranking takes k1 and b from tu, the weights from o,
 * the idf shape PLAN_IDF_POWER (a caller may change idf_power after).
 */
void plan_init(struct plan *pl, const struct search_options *o, const struct search_tuning *tu);
void plan_free(struct plan *pl);

/* Rank by coverage too, with tu's floor and power. */
void plan_coverage(struct plan *pl, const struct search_tuning *tu);

/*
 * Record the next phrase of the expression: its label (not copied: it must
 * outlive the plan, or go into owned), idf (< 0: rank.c counts its rows),
 * boost, and whether it counts towards coverage.  Past RANK_MAX_PHRASES
 * phrases are not recorded (they count with rank.h's defaults).
 */
void plan_phrase(struct plan *pl, const char *label, double idf, double boost, int in_coverage);

/*
 * Record the phrase just appended to the expression from offset start as
 * one of an OR list, with its row count df.
 */
void plan_or_phrase(struct plan *pl, size_t start, double df);

/* Append s to b as an FTS5 string: "..." with inner quotes doubled. */
void plan_append_string(struct buf *b, const char *s);

/*
 * Each one-word term's idf; rank.c counts the rows of phrases and
 * prefixes.  A query of one term needs none: every row it ranks has that
 * term, so the idf would scale all scores alike.  0, or -1 (out of memory).
 */
int plan_term_idfs(struct tokenizer_session *tok, struct index_stats *st, struct parsed_query *p);

/*
 * The expression of the default syntax: clauses OR'd; in each, positive
 * terms AND'd and negated ones subtracted.  A NEAR group is one term,
 * NEAR("a" "b", k) of its searchable members (just the member when one is
 * left, nothing when none), each member a phrase of its own.
 */
void plan_from_terms(const struct parsed_query *p, struct plan *pl);

/*
 * Any of the words: each word as typed (so the tokenizer makes the same
 * stem and synonyms of it), OR'd; the negated terms of p (may be NULL)
 * still excluded.
 */
void plan_from_words(const struct words *ws, const struct parsed_query *p, struct plan *pl);

/*
 * The plan's phrases as MATCH texts for rowscore_set_phrases (texts[i],
 * NULL for a phrase that counts nothing): 0, or 1 when one cannot be given.
 */
int plan_phrase_texts(const struct plan *pl, const char **texts);

/*
 * How a row's score came about (x, filled by psearch_rank), shown as
 * shown_score (its source's when grouped): malloc'd, NULL if out of memory.
 */
char *plan_explain(const struct plan *pl, const struct search_options *o,
    const struct search_tuning *tu, const struct rank_explain *x, double shown_score);

#endif
