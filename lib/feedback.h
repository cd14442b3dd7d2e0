/*
 * feedback.h: pseudo-relevance feedback for claims, in the manner of RM3.
 *
 * This module owns widening a claim's plan with the words most typical of
 * the passages a first ranking puts on top: they help find sources that
 * say the same thing in other words.  They never count towards coverage
 * or matched/missing, which are about the claim's own words.  It never
 * prints.
 */
#ifndef FEEDBACK_H
#define FEEDBACK_H

#include <stddef.h>

#include "indexstats.h"
#include "plan.h"
#include "ranking.h"
#include "search.h"
#include "tokenizer.h"
#include "words.h"

/*
 * Add the expansion words to a claim's plan (made by plan_from_words over
 * ws), from the passages of a first ranking of the claim's words, each
 * read and tokenized once (ranking_keep_rows).  With tu->rerank_depth,
 * the plan then re-ranks only the best depth rows of the claim's words
 * (its pool, ranking_pool): a depth that does not follow the rows asked
 * for, so that a page of results is a page of one list whatever -n and
 * --offset are; rows past the pool follow it in the claim words' order
 * (ranking_rows), taken from the first ranking, which is as deep as the
 * rows o asks for need (the plan keeps it: plan.first).  A claim whose
 * feedback is turned off (see feedback.c) keeps the first ranking as its
 * ranking: its words are ranked once either way.
 * *essential and *essential_sets say how the first ranking was pruned.
 * Returns 0 (also when there is nothing to add), SEARCH_ESYNTAX or -1 with
 * err set.
 */
int feedback_expand(struct ranking *rk, struct index_stats *st, struct plan *pl,
    const struct words *ws, const struct search_options *o, const struct search_tuning *tu,
    int *essential, int *essential_sets, char *err, size_t errlen);

#endif
