/*
 * search.h: user query -> ranked passages, the query side's one entry.
 *
 * What a query means: the forgiving default syntax (words, "phrases" in
 * straight or curly quotes, OR, NOT / -word, word*; syntax.h), or FTS5's
 * own syntax for experts; BM25F ranking by our own FTS5 function with
 * title/section/body weights, printed so that higher is better (rank.h,
 * ranking.h); the fall back from "all words" to "as many words as
 * possible"; claim checking (content words, coverage weighted by rarity,
 * feedback words, one row per source, the best sentence; evidence.h,
 * feedback.h); snippets with the matched words marked; and --explain.
 * search.c runs those modules in order; it never prints.
 */
#ifndef SEARCH_H
#define SEARCH_H

#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>

#include "cite.h"
#include "verdict.h"

/* Marks around matched words in search_result.snippet. */
#define SEARCH_MARK_ON '\x02'
#define SEARCH_MARK_OFF '\x03'

/*
 * Ranking knobs (README "Retrieval quality" says how the defaults were
 * chosen).  search_tuning_default() fills the defaults.
 */
struct search_tuning {
	double k1, b;		/* BM25F term-frequency saturation and length normalisation */
	double title_b;		/* the title column's length normalisation; < 0: b */
	/*
	 * Claims and the fall back: a word the query says qtf times counts
	 * (k3 + 1) qtf / (k3 + qtf) times (BM25's query-term factor).
	 */
	double k3;
	/*
	 * When rows are grouped by source (per_source > 0), a source's best
	 * passage is scored best + decay * second + decay^2 * third ... over
	 * the source's passages among the best RANKING_GROUP_ROWS (40) of the
	 * ranking, whatever the page (ranking.h); 0: best only.
	 */
	double source_decay;
	/* claims and the fall back: score x (floor + coverage)^power; power 0: off */
	double coverage_floor, coverage_power;
	/*
	 * Pseudo-relevance feedback for claims: the expand_terms words most
	 * typical of the top expand_passages passages are added to the query,
	 * weighted expand_weight against the claim's own words; 0 terms: off.
	 */
	int expand_terms, expand_passages;
	double expand_weight;
	/*
	 * Feedback only in an index of at least expand_sources_per_passage x
	 * expand_passages sources (0: any): in a handful of articles on one
	 * subject the feedback passages are most of the collection and pull
	 * every claim towards its most general article.
	 */
	int expand_sources_per_passage;
	/*
	 * The expanded query re-ranks the best rerank_depth passages of the
	 * claim's own words, however many rows are asked for (rows past them
	 * follow in the order of the claim's own words); 0: it ranks the
	 * whole index again.
	 */
	int rerank_depth;
	/*
	 * Claims: a claim word is also stated by its WordNet synonyms in its
	 * first synonym_senses senses (search_options.wordnet_dir) when the
	 * meaning is among the synonym's own first synonym_their_senses; 0: off.
	 */
	int synonym_senses, synonym_their_senses;
};
void search_tuning_default(struct search_tuning *t);

struct search_options {
	int raw_syntax;		/* the query is an FTS5 expression */
	int claim;		/* claim checking: content words, coverage, best sentence */
	int no_fallback;	/* never fall back to partial matches */
	size_t limit;		/* rows wanted (0: 10) */
	size_t offset;		/* rows skipped first */
	/* only sources whose path or file name matches (SQLite GLOB), or NULL */
	const char *source_glob;
	size_t per_source;	/* at most this many rows per source; 0: no limit (claim: 1) */
	double weight_title, weight_section, weight_body;	/* 0: defaults */
	int explain;		/* fill search_result.explain */
	const struct search_tuning *tuning;	/* NULL: the defaults */
	int exhaustive;		/* score every matching row: no top-k pruning */
	/* claims: the WordNet database for synonyms (thesaurus.h), or NULL: none */
	const char *wordnet_dir;
};

/* A detail on which a source disagrees with the claim (conflict.h). */
struct search_conflict {
	const char *kind;		/* "number", "negation", "antonym", "substitution", "contrast" */
	const char *claim_words;	/* the claim's words, as in the claim */
	const char *source_words;	/* the source's, as in the file */
	int64_t line, byte_start, byte_end;	/* where the source's words are in the file */
};

struct search_result {
	int64_t passage_id;
	const char *source, *title, *section;
	int64_t ordinal, line_start, line_end, byte_start, byte_end;
	double score;			/* higher is better */
	const char *text;		/* the passage, text_len bytes */
	size_t text_len;
	const char *snippet;		/* a short extract, matched words between the marks */
	/* claim mode */
	int has_sentence;
	const char *sentence;		/* best sentence, sentence_len bytes, inside text */
	size_t sentence_len;
	int64_t sentence_byte_start, sentence_byte_end, sentence_line;
	/*
	 * 0..1: rarity-weighted share of the claim's words present in the
	 * best sentence (claims), or in the passage (the fall back)
	 */
	double coverage;
	double passage_coverage;	/* claims: the same over the whole passage */
	const char *const *matched;	/* claim words present (in the sentence), nmatched of them */
	/* claims: for each matched word, the sentence's kin word that states it, or NULL */
	const char *const *matched_as;
	size_t nmatched;
	const char *const *missing;	/* claim words absent */
	size_t nmissing;
	enum verdict verdict;		/* claims: the claim's verdict, the same on every row */
	enum verdict support;		/* claims: what this source's evidence shows on its own */
	const char *const *unknown;	/* claim words in no passage of the index */
	size_t nunknown;
	/* details on which this source disagrees (its best sentence or another passage) */
	const struct search_conflict *conflicts;
	size_t nconflicts;
	const char *explain;		/* how the score came about, or NULL */
	struct cite cite;		/* author, date, publisher, URL, PDF page */
};

/* What the query was understood as, for --explain and the fallback note. */
struct search_info {
	char *expression;	/* the FTS5 expression run (malloc'd; search_info_free) */
	char *words;		/* the words ranked on, space-separated (malloc'd) */
	int fallback;		/* no passage had every word: ranked by coverage instead */
	int nothing_searchable;	/* the query had text but no searchable word */
	int essential;		/* pruned: rows needed one of this many phrases; 0: all rows scored */
	int essential_sets;	/* or every phrase of one of this many sets of the others */
	size_t reranked;	/* claims: the expanded query re-ranked this many rows; 0: all */
	enum verdict verdict;	/* claims: the claim's verdict (also with no result) */
	/* claims: the words in no passage, nunknown of them (malloc'd, each malloc'd) */
	const char *const *unknown;
	size_t nunknown;
	/* claims: each word's kin stems (kin.h), "word: stem stem; ..." (malloc'd) */
	char *kin;
	/*
	 * claims: each word's weight in a verdict, "word 2.35; ..."; a word in
	 * no passage is marked "unknown", and "unknown, common" when general
	 * English weighs it down (--explain only; malloc'd)
	 */
	char *weights;
	/*
	 * Claims and the fall back rank on and check the first WORDS_MAX (64)
	 * different words: some of those past them (malloc'd, each malloc'd),
	 * and whether there were more than those.
	 */
	const char *const *left_out;
	size_t nleft_out;
	int more_left_out;
};
void search_info_free(struct search_info *info);

/* Everything a result points to is valid only during the callback. */
typedef int (*search_callback)(void *ctx, const struct search_result *r);

/*
 * A copy of r that owns everything it points to (to keep a result past its
 * callback, e.g. across threads), or NULL when out of memory.  Free it with
 * search_result_free (which accepts NULL).
 */
struct search_result *search_result_copy(const struct search_result *r);
void search_result_free(struct search_result *r);

struct search;

/* Prepare searching the index open on db (see store.h).  0 or -1 + err. */
int search_open(sqlite3 *db, struct search **out, char *err, size_t errlen);
void search_close(struct search *s);	/* accepts NULL */

#define SEARCH_EEMPTY (-2)	/* the query is empty or blank: a usage error */
#define SEARCH_ESYNTAX (-3)	/* raw FTS5 syntax error; err says where */
#define SEARCH_ETOOBIG (-4)	/* more terms than a query may have (syntax.h); err says */
#define SEARCH_ESTOPPED (-101)	/* the callback returned non-zero */

/*
 * Run one query.  Calls cb per result, best first.  Returns the number of
 * results (0: nothing matched), SEARCH_EEMPTY, SEARCH_ESYNTAX, SEARCH_ETOOBIG,
 * SEARCH_ESTOPPED if the callback stopped the run, or -1 with err set.
 * info may be NULL.
 */
int search_run(struct search *s, const char *query, const struct search_options *o,
    search_callback cb, void *ctx, struct search_info *info, char *err, size_t errlen);

/*
 * A source of a query's results (-l, -c): what cites it, and how many of
 * the results are its passages.  Everything it points to is valid only
 * during the callback.
 */
struct search_source {
	const char *path, *title;
	struct cite cite;	/* author, date, publisher, URL; page 0 (the whole file) */
	size_t passages;
};
typedef int (*search_source_callback)(void *ctx, const struct search_source *src);

/*
 * Every source of the query's results (-l, -c): as search_run with no
 * limit or offset, but cb is called per source, in the order of its best
 * result, with how many results are its (at most o->per_source of them
 * when not 0; claims: 1).  No passage is read: the cost is the ranking's,
 * and the output's.  Returns the number of sources, or what search_run
 * returns on failure.
 */
int search_sources(struct search *s, const char *query, const struct search_options *o,
    search_source_callback cb, void *ctx, struct search_info *info, char *err, size_t errlen);

#endif
