/*
 * words.h: the words a query is ranked on.
 *
 * A word is what coverage, matched/missing and --explain are about: the
 * bytes of the query that made it (its surface), the term the tokenizer
 * makes of it and its query-time synonyms, and its idf in the index.  This
 * module owns collecting them from text (in claims, without stop words),
 * their document frequencies and idf, and the stop-word list.  It never
 * prints.
 */
#ifndef WORDS_H
#define WORDS_H

#include <stddef.h>

#include "indexstats.h"
#include "tokenizer.h"

#define WORDS_MAX 64		/* query words ranked on and checked (claims, the fall back) */
#define WORDS_LEFT_OUT_KEPT 8	/* words past WORDS_MAX named (words.left_out) */
#define WORDS_MAX_SYNONYMS 6	/* query-time synonyms a word collects (with its own stem) */
#define WORDS_MAX_STEMS 16	/* stems a word matches: its own, synonyms, kin (claims) */

struct word {
	char *surface;			/* the bytes of the query that made it (malloc'd) */
	/*
	 * The term and its query-time synonyms; a claim's judged words add
	 * their kin (kin.h) after them.
	 */
	char *stems[WORDS_MAX_STEMS];
	int nstems;
	/*
	 * For a kin stem: the words that brought it, space-separated ("dependence
	 * dependency"); a source token of that stem states the word only when it
	 * is one of them or an inflection of one (kin_inflection: "depends" is
	 * no "dependency").  NULL: every token of the stem states it.
	 */
	char *stem_words[WORDS_MAX_STEMS];
	/*
	 * stems[joint_from .. joint_to) state every word that holds them, at
	 * once: an acronym ("PTSD") states each word of its run ("post",
	 * "traumatic", ...).  Any other stem states one word a token.
	 */
	int joint_from, joint_to;
	/*
	 * 1 + the index of an earlier word that this one names again, in
	 * other words ("that floaty, dissociative feeling"): a token stating
	 * either states both.  0: none.
	 */
	int restates;
	int prefix;			/* match terms that start with stems[0] */
	/*
	 * a claim's acronym that is a stop word in small letters ("WHO"):
	 * stems[0] keeps its capitals, which no index term has
	 */
	int acronym;
	int qtf;			/* how many times the query says it (1 or more) */
	int has_df;			/* df counted already */
	/*
	 * weighs only where the evidence says it: a claim's attribution
	 * ("Studies found that", frame.h) is no detail a source must state
	 */
	int optional;
	/*
	 * "fast" as going without food: a token states it only as "fasting",
	 * "fasted" or "fast" before "for" or "before", not "fast relief"
	 */
	int going_without;
	double df, idf;
};

/* Start from { .n = 0 }; words_free releases what the words own. */
struct words {
	struct word w[WORDS_MAX];
	int n;
	/*
	 * Different words past the first WORDS_MAX, which are not ranked on
	 * or checked: the first WORDS_LEFT_OUT_KEPT as typed (malloc'd), and
	 * whether there were more.
	 */
	char *left_out[WORDS_LEFT_OUT_KEPT];
	char *left_out_stem[WORDS_LEFT_OUT_KEPT];
	int nleft_out, more_left_out;
};

void words_free(struct words *ws);

/*
 * Append the words of text as tok reads it in mode (TOKENIZER_PREFIX: the
 * last word becomes a prefix), each stem once; with stop_filter, stop words
 * are left out.  Returns 0, or -1 (out of memory, tokenizer error).
 */
int words_collect(struct tokenizer_session *tok, const char *text, int stop_filter,
    enum tokenizer_mode mode, struct words *ws);

/* Index of the word whose first stem is stem[0 .. n), or -1. */
int words_find(const struct words *ws, const char *stem, size_t n);

/*
 * Each word's df and BM25 idf, floored at 0.05 so that very common words
 * still count a little.
 */
void words_idf(struct index_stats *st, struct words *ws);
/* One word's df (over all its stems unless has_df) and idf, as words_idf. */
void words_idf_word(struct index_stats *st, struct word *w);

/* Whether w is one of list[0 .. n), sorted by strcmp. */
int words_in_list(const char *w, const char *const *list, size_t n);

/* Whether the lower-case word w is a stop word (claims and feedback drop them). */
int words_is_stop(const char *w);

/* Whether w is a "-n't" form ("doesn't", "hasn’t"): a negated auxiliary, as void as "not". */
int words_is_negated_auxiliary(const char *w);

#endif
