/*
 * search.c: one query, from its text to the rows reported (search.h).
 *
 * This file only orchestrates; each step is a module of its own:
 *
 *   syntax.c    the default query language -> terms
 *   words.c     the words ranked on, their idf (indexstats.c)
 *   plan.c      terms or words -> FTS5 expression + rank_params
 *   feedback.c  claims: RM3 expansion words, a pool to re-rank
 *   ranking.c   plan -> best rows (psearch_rank/psearch_topk, pruning,
 *               grouping by source)
 *   fetch.c     a row's passage, source, snippet, score's story
 *   evidence.c  a passage against the words: coverage, best sentence, marks
 *   claim.c     claims: sentence-level evidence, conflicts, verdicts
 *
 * The data goes one way: query -> words -> plan -> ranked rows -> fetched
 * rows -> evidence -> the caller's callback.  When no passage holds every
 * word of a default query, the plan becomes an OR of its words ranked with
 * coverage (the fall back); claims always are.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "claim.h"
#include "evidence.h"
#include "feedback.h"
#include "fetch.h"
#include "indexstats.h"
#include "kin.h"
#include "thesaurus.h"
#include "pageplace.h"
#include "plan.h"
#include "prefix.h"
#include "ranking.h"
#include "search.h"
#include "syntax.h"
#include "tokenizer.h"
#include "util.h"
#include "words.h"

#define DEFAULT_LIMIT 10
#define WEIGHT_TITLE 2.0
#define WEIGHT_SECTION 1.5
#define WEIGHT_BODY 1.0
#define SOURCE_DECAY 0.3
#define QUERY_K3 2.0
#define COVERAGE_FLOOR 1.0
#define COVERAGE_POWER 2.0
#define EXPAND_TERMS 10	/* feedback on: eval/README.md, session 15 */
#define EXPAND_PASSAGES 10
#define EXPAND_SOURCES_PER_PASSAGE 2	/* feedback needs 2 sources per feedback passage */
#define EXPAND_WEIGHT 0.1
/* report_rows: snippets by one walk when a word matched at most this many rows a shown row */
#define WALK_ROWS_A_ROW 16
#define SYNONYM_SENSES 2	/* WordNet senses whose synonyms state a claim word: eval/README.md */
#define SYNONYM_THEIR_SENSES 3	/* ... when among the synonym's own first 3 senses */
#define RERANK_DEPTH 25	/* feedback's pool: eval/README.md, session 15 */
/*
 * A claim's document texts remembered while it runs (tokenizer_remember):
 * its pool's passages are read to score them and then, most of them, for
 * evidence, and a source's title and heading come with each of its
 * passages.  About 50 passages a claim; forgotten at its end (a warm
 * benchmark must not find the texts of the same claim's last run).
 */
#define CLAIM_REMEMBER_BYTES (4u << 20)

struct search {
	sqlite3 *db;
	struct tokenizer_session *tok;
	struct index_stats *stats;
	struct ranking *ranking;
	struct fetcher *fetch;
	struct prefix *prefix;	/* prefix queries without raw forms in FTS5 */
	struct kin *kin;	/* built by the first claim */
	sqlite3_stmt *sources_upto;	/* how many sources, up to ?1 (prepared by the first claim) */
	struct thesaurus *thesaurus;	/* mapped by the first claim, when there is one */
	int thesaurus_tried;
};

int search_open(sqlite3 *db, struct search **out, char *err, size_t errlen)
{
	struct search *s = calloc(1, sizeof *s);
	*out = NULL;
	if (s == NULL)
		return util_error(err, errlen, "out of memory");
	s->db = db;
	if (tokenizer_open(db, &s->tok, err, errlen) != 0 ||
	    rank_register(db, err, errlen) != 0 ||
	    index_stats_open(db, &s->stats, err, errlen) != 0 ||
	    ranking_open(db, s->tok, s->stats, &s->ranking, err, errlen) != 0 ||
	    fetch_open(db, &s->fetch, err, errlen) != 0 ||
	    prefix_open(db, s->tok, &s->prefix, err, errlen) != 0) {
		search_close(s);
		return -1;
	}
	/* the connection's auxiliary functions: snippet() and ours (rank.h), none reads a token's text */
	tokenizer_aux_offsets_only(s->tok, 1);
	*out = s;
	return 0;
}

void search_close(struct search *s)
{
	if (s == NULL)
		return;
	if (s->tok)
		tokenizer_aux_offsets_only(s->tok, 0);
	kin_close(s->kin);
	sqlite3_finalize(s->sources_upto);
	prefix_close(s->prefix);
	thesaurus_close(s->thesaurus);
	fetch_close(s->fetch);
	ranking_close(s->ranking);
	index_stats_close(s->stats);
	tokenizer_close(s->tok);
	free(s);
}

/* Copies of strings and word lists, for search_info and search_result_copy. */
static char *dup_or_null(const char *s, int *oom)
{
	char *c = s ? strdup(s) : NULL;
	if (s && c == NULL)
		*oom = 1;
	return c;
}

static const char *const *dup_words(const char *const *w, size_t n, int *oom)
{
	if (w == NULL)
		return NULL;
	char **c = calloc(n ? n : 1, sizeof *c);
	if (c == NULL) {
		*oom = 1;
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		c[i] = dup_or_null(w[i], oom);
	return (const char *const *)c;
}

static void free_words(const char *const *w, size_t n)
{
	for (size_t i = 0; w && i < n; i++)
		free((char *)w[i]);
	free((void *)w);
}

void search_info_free(struct search_info *info)
{
	if (info == NULL)
		return;
	free(info->expression);
	free(info->words);
	free_words(info->unknown, info->nunknown);
	free(info->kin);
	free(info->weights);
	free_words(info->left_out, info->nleft_out);
	memset(info, 0, sizeof *info);
}

/* ---- results kept past their callback ---------------------------------- */

struct search_result *search_result_copy(const struct search_result *r)
{
	struct search_result *c = malloc(sizeof *c);
	int oom = 0;
	if (c == NULL)
		return NULL;
	*c = *r;
	c->source = dup_or_null(r->source, &oom);
	c->title = dup_or_null(r->title, &oom);
	c->section = dup_or_null(r->section, &oom);
	c->snippet = dup_or_null(r->snippet, &oom);
	c->explain = dup_or_null(r->explain, &oom);
	c->cite.author = dup_or_null(r->cite.author, &oom);
	c->cite.date = dup_or_null(r->cite.date, &oom);
	c->cite.publisher = dup_or_null(r->cite.publisher, &oom);
	c->cite.url = dup_or_null(r->cite.url, &oom);
	char *text = malloc(r->text_len + 1);
	if (text == NULL) {
		oom = 1;
	} else {
		if (r->text_len)
			memcpy(text, r->text, r->text_len);
		text[r->text_len] = 0;
	}
	c->text = text;
	/* the sentence lies inside the text: keep it there */
	c->sentence = r->has_sentence && text ? text + (r->sentence - r->text) : NULL;
	c->matched = dup_words(r->matched, r->nmatched, &oom);
	c->matched_as = dup_words(r->matched_as, r->nmatched, &oom);	/* NULLs stay NULL */
	c->missing = dup_words(r->missing, r->nmissing, &oom);
	c->unknown = dup_words(r->unknown, r->nunknown, &oom);
	struct search_conflict *cf = NULL;
	if (r->nconflicts && (cf = calloc(r->nconflicts, sizeof *cf)) == NULL)
		oom = 1;
	for (size_t i = 0; cf && i < r->nconflicts; i++) {
		cf[i] = r->conflicts[i];
		cf[i].claim_words = dup_or_null(r->conflicts[i].claim_words, &oom);
		cf[i].source_words = dup_or_null(r->conflicts[i].source_words, &oom);
	}
	c->conflicts = cf;
	c->nconflicts = cf ? r->nconflicts : 0;
	if (oom) {
		search_result_free(c);
		return NULL;
	}
	return c;
}

void search_result_free(struct search_result *r)
{
	if (r == NULL)
		return;
	free((char *)r->source);
	free((char *)r->title);
	free((char *)r->section);
	free((char *)r->snippet);
	free((char *)r->explain);
	free((char *)r->text);
	free((char *)r->cite.author);
	free((char *)r->cite.date);
	free((char *)r->cite.publisher);
	free((char *)r->cite.url);
	free_words(r->matched, r->nmatched);
	free_words(r->matched_as, r->nmatched);
	free_words(r->missing, r->nmissing);
	free_words(r->unknown, r->nunknown);
	for (size_t i = 0; i < r->nconflicts; i++) {
		free((char *)r->conflicts[i].claim_words);
		free((char *)r->conflicts[i].source_words);
	}
	free((void *)r->conflicts);
	free(r);
}

void search_tuning_default(struct search_tuning *t)
{
	memset(t, 0, sizeof *t);
	t->k1 = RANK_K1;
	t->b = RANK_B;
	t->title_b = RANK_TITLE_B;
	t->k3 = QUERY_K3;
	t->source_decay = SOURCE_DECAY;
	t->coverage_floor = COVERAGE_FLOOR;
	t->coverage_power = COVERAGE_POWER;
	t->expand_terms = EXPAND_TERMS;
	t->expand_passages = EXPAND_PASSAGES;
	t->expand_sources_per_passage = EXPAND_SOURCES_PER_PASSAGE;
	t->rerank_depth = RERANK_DEPTH;
	t->expand_weight = EXPAND_WEIGHT;
	t->synonym_senses = SYNONYM_SENSES;
	t->synonym_their_senses = SYNONYM_THEIR_SENSES;
}

/* One run of a query: what each step hands the next. */
struct run {
	struct search *s;
	const char *query;
	struct search_options o;
	struct search_tuning tu;
	struct parsed_query terms;	/* the default syntax's */
	struct words ws;		/* the words ranked on */
	struct buf wordlist;		/* their stems, for search_info */
	struct plan pl;
	int coverage_mode;		/* claims and the fall back */
	struct ranked *rows;
	int nrows;
	struct search_info *info;
	char *err;
	size_t errlen;
};

/* The caller's options with every default filled in. */
static void run_init(struct run *r, const struct search_options *opts)
{
	r->o = *opts;
	if (r->o.limit == 0)
		r->o.limit = DEFAULT_LIMIT;
	if (r->o.weight_title <= 0)
		r->o.weight_title = WEIGHT_TITLE;
	if (r->o.weight_section <= 0)
		r->o.weight_section = WEIGHT_SECTION;
	if (r->o.weight_body <= 0)
		r->o.weight_body = WEIGHT_BODY;
	if (r->o.claim && r->o.per_source == 0)
		r->o.per_source = 1;
	if (r->o.tuning)
		r->tu = *r->o.tuning;
	else
		search_tuning_default(&r->tu);
	r->coverage_mode = r->o.claim;
}

/*
 * Step 1: the words to rank on.  Returns 0 (ws.n may be 0: then nothing
 * is searchable), SEARCH_EEMPTY or SEARCH_ETOOBIG with err set, or -1
 * (out of memory).
 */
static int collect_words(struct run *r)
{
	struct search *s = r->s;
	if (r->o.raw_syntax) {
		size_t words;
		if (syntax_raw_words(s->tok, r->query, &words) != 0)
			return -1;
		if (words > SYNTAX_MAX_TERMS) {
			util_error(r->err, r->errlen, "query too long: %zu words, more than the %d"
			    " a query may have", words, SYNTAX_MAX_TERMS);
			return SEARCH_ETOOBIG;
		}
		return words_collect(s->tok, r->query, 0, TOKENIZER_QUERY, &r->ws);
	}
	if (r->o.claim) {
		if (words_collect(s->tok, r->query, 1, TOKENIZER_QUERY, &r->ws) != 0)
			return -1;
		/* only stop words: use them after all */
		if (r->ws.n == 0 && words_collect(s->tok, r->query, 0, TOKENIZER_QUERY, &r->ws) != 0)
			return -1;
		return 0;
	}
	int rc = syntax_parse(s->tok, r->query, &r->terms);
	if (rc == SYNTAX_ETOOMANY) {
		util_error(r->err, r->errlen, "query too long: more than the %d different words,"
		    " phrases and prefixes a query may have (repeats count once)", SYNTAX_MAX_TERMS);
		return SEARCH_ETOOBIG;
	}
	if (rc != 0)
		return -1;
	int positives = 0, any = 0;
	for (int i = 0; i < r->terms.n; i++) {
		const struct term *t = &r->terms.t[i];
		any |= t->searchable;
		if (!t->searchable || t->negated)
			continue;
		positives++;
		if (words_collect(s->tok, t->text, 0, t->prefix ? TOKENIZER_PREFIX
		    : TOKENIZER_QUERY, &r->ws) != 0)
			return -1;
	}
	if (positives == 0 && any) {
		util_error(r->err, r->errlen, "nothing to search for: the query only excludes words");
		return SEARCH_EEMPTY;
	}
	return 0;
}

/*
 * The words' synonyms that no passage holds (a word's "-ment" noun the
 * index lacks: "kernelment") are left out of FTS5's reading of this
 * query's expressions (tokenizer_quiet_synonyms): they match nothing, and
 * FTS5 would merge their empty row lists with the word's at every row it
 * visits (claims: 8% of their instructions; words equal to their stem,
 * like "kernel", have one).  run_query quiets none again at its end.
 */
static void quiet_synonyms(struct run *r)
{
	const char *quiet[WORDS_MAX * WORDS_MAX_STEMS];
	size_t n = 0;
	for (int i = 0; i < r->ws.n; i++) {
		const struct word *w = &r->ws.w[i];
		for (int k = 1; !w->prefix && k < w->nstems; k++)
			if (index_stats_df(r->s->stats, w->stems[k]) == 0)
				quiet[n++] = w->stems[k];
	}
	/* a count not had reads as 0: quiet none then (the query fails) */
	tokenizer_quiet_synonyms(r->s->tok, quiet, index_stats_error(r->s->stats) ? 0 : n);
}

#define KIN_PHRASES_MAX 4	/* kin phrases ranked for one claim word in no passage */

struct kin_phrases {
	struct run *r;
	int added;
	int oom;
};

/* kin_each's callback: rank kin stem k for the word, when passages hold it. */
static int add_kin_phrase(void *ctx, const char *k, const char *word)
{
	struct kin_phrases *kp = ctx;
	struct plan *pl = &kp->r->pl;
	struct index_stats *st = kp->r->s->stats;
	double df = index_stats_df(st, k);
	(void)word;
	if (df <= 0 || kp->added >= KIN_PHRASES_MAX || pl->nowned >= RANK_MAX_PHRASES ||
	    pl->rp.nphrase >= RANK_MAX_PHRASES || words_find(&kp->r->ws, k, strlen(k)) >= 0)
		return 0;
	for (int i = kp->r->ws.n; i < pl->rp.nphrase; i++)
		if (strcmp(pl->label[i], k) == 0)
			return 0;	/* another word's kin, or this one's by two members */
	char *label = strdup(k);
	if (label == NULL) {
		kp->oom = 1;
		return 1;
	}
	double n = index_stats_passages(st);
	buf_puts(&pl->expr, " OR ");
	size_t start = pl->expr.len;
	plan_append_string(&pl->expr, k);
	plan_phrase(pl, label, rank_idf(df, n > 0 ? n : 1), 1, 0);
	plan_or_phrase(pl, start, df);
	pl->owned[pl->nowned++] = label;	/* the label lives as long as the plan */
	kp->added++;
	return 0;
}

/*
 * A claim word that no passage holds ranks nothing, though its kin may be
 * how a source says it ("expense": "the cost of treatment"): each of up
 * to KIN_PHRASES_MAX kin stems that passages hold is ranked as a phrase of
 * its own, weighing in the score and not in the coverage.  A word the
 * claim denies ranks the word that states its denial first ("doesn't
 * last": "temporary", claim_denied_as).  0, or -1.
 */
static int add_kin_phrases(struct run *r)
{
	if (r->s->kin == NULL && kin_open(r->s->tok, &r->s->kin) != 0)
		return -1;
	for (int i = 0; i < r->ws.n; i++) {
		const struct word *w = &r->ws.w[i];
		if (w->prefix || w->df > 0 || w->idf <= 0)
			continue;
		struct kin_phrases kp = { r, 0, 0 };
		/* "the lift doesn't last": "temporary" and its kin first */
		const char *denial = claim_denied_as(r->query, w->surface);
		if ((denial != NULL && (kin_each_of_word(r->s->kin, r->s->tok, denial,
		    add_kin_phrase, &kp) < 0 || kp.oom)) ||
		    kin_each(r->s->kin, r->s->tok, w->surface, w->stems[0], add_kin_phrase,
		    &kp) < 0 || kp.oom)
			return -1;
	}
	return 0;
}

/* tokenizer_run's callback: the last position's first term (a prefix as the index folds it). */
static int last_prefix(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct buf *b = ctx;
	(void)start, (void)end;
	if (!colocated) {
		buf_reset(b);
		buf_append(b, term, n);
	}
	return 0;
}

/*
 * A plan with a prefix: when the index keeps raw forms out of FTS5, its
 * rows there are a superset, and each row the ranking could show is
 * checked against the expression with raw forms (prefix.h).  A negated
 * prefix is not widened (plan.c); whether its raw forms make rows to
 * check is looked up here.  0, or -1 with err set.
 */
static int arm_prefix(struct run *r)
{
	const char *expr = r->pl.expr.data;
	int negated = 0;
	if (expr == NULL || strchr(expr, '*') == NULL) {
		prefix_begin(r->s->prefix, NULL, 0);
		return 0;
	}
	for (int i = 0; i < r->terms.n && !negated; i++) {
		const struct term *t = &r->terms.t[i];
		struct buf folded = { 0 };
		if (!t->prefix || !t->negated || !t->searchable)
			continue;
		int rc = tokenizer_run(r->s->tok, TOKENIZER_PREFIX, t->text, strlen(t->text),
		    last_prefix, &folded);
		if (rc == 0 && folded.oom)
			rc = -1;
		if (rc == 0 && folded.len > 0)
			rc = negated = prefix_expands(r->s->prefix, folded.data, folded.len);
		buf_free(&folded);
		if (rc < 0)
			return util_error(r->err, r->errlen, "cannot read the vocabulary: %s",
			    sqlite3_errmsg(r->s->db));
	}
	prefix_begin(r->s->prefix, expr, negated);
	r->pl.rp.admit = prefix_admit;
	r->pl.rp.admit_ctx = r->s->prefix;
	return 0;
}

/*
 * How many sources the index holds, counting no further than upto (a
 * feedback gate needs no more), or -1 when they cannot be read.
 */
static int64_t count_sources(struct search *s, int upto)
{
	if (s->sources_upto == NULL && sqlite3_prepare_v2(s->db,
	    "SELECT count(*) FROM (SELECT 1 FROM sources LIMIT ?1)", -1, &s->sources_upto,
	    NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int(s->sources_upto, 1, upto);
	int64_t n = sqlite3_step(s->sources_upto) == SQLITE_ROW ?
	    sqlite3_column_int64(s->sources_upto, 0) : -1;
	sqlite3_reset(s->sources_upto);
	return n;
}

/* WordNet, once (no database, wordnet-base not installed: kin only).  0, or -1 with err set. */
static int open_thesaurus(struct run *r)
{
	if (!r->s->thesaurus_tried && r->o.wordnet_dir != NULL && r->tu.synonym_senses > 0) {
		r->s->thesaurus_tried = 1;
		if (thesaurus_open(r->o.wordnet_dir, &r->s->thesaurus) < 0)
			return util_error(r->err, r->errlen, "cannot read WordNet in %s",
			    r->o.wordnet_dir);
	}
	return 0;
}

/*
 * Step 2: the plan: the expression, how its phrases count and, for claims,
 * the expansion words.  Returns 0, SEARCH_ESYNTAX or -1 with err set.
 */
static int make_plan(struct run *r)
{
	struct search *s = r->s;
	/* the words' idf: for claims, the fall back and explain only (plan_term_idfs) */
	if (r->o.claim || r->o.explain)
		words_idf(s->stats, &r->ws);
	/* an idiom's words rank nothing: "out of reach" is not "reach out" */
	for (int i = 0; r->o.claim && i < r->ws.n; i++)
		if (claim_idiom_word(r->query, r->ws.w[i].surface))
			r->ws.w[i].idf = 0;
	/*
	 * a claim's words rank as rare as the index and general English
	 * together have them (a small index makes "people" look rare); the
	 * verdict weighs them by the index alone (restored below)
	 */
	double own_idf[WORDS_MAX];
	if (r->o.claim && open_thesaurus(r) != 0)
		return -1;
	for (int i = 0; r->o.claim && i < r->ws.n; i++) {
		own_idf[i] = r->ws.w[i].idf;
		if (r->ws.w[i].df > 0)
			r->ws.w[i].idf = claim_english_idf(s->thesaurus, s->stats,
			    r->ws.w[i].surface, r->ws.w[i].df, r->ws.w[i].idf,
			    THESAURUS_NOUNS_VERBS);
	}
	for (int i = 0; i < r->ws.n; i++)
		buf_printf(&r->wordlist, "%s%s%s", i ? " " : "", r->ws.w[i].stems[0],
		    r->ws.w[i].prefix ? "*" : "");
	plan_init(&r->pl, &r->o, &r->tu);
	if (r->o.raw_syntax)
		buf_puts(&r->pl.expr, r->query);
	else if (r->o.claim)
		plan_from_words(&r->ws, NULL, &r->pl);
	else if (plan_term_idfs(s->tok, s->stats, &r->terms) != 0)
		return util_error(r->err, r->errlen, "out of memory");
	else
		plan_from_terms(&r->terms, &r->pl);
	for (int i = 0; r->o.claim && i < r->ws.n; i++)
		r->ws.w[i].idf = own_idf[i];
	if (r->coverage_mode)
		plan_coverage(&r->pl, &r->tu);
	if (r->o.claim && !r->o.raw_syntax && add_kin_phrases(r) != 0)
		return util_error(r->err, r->errlen, "out of memory");
	if (r->pl.expr.oom)
		return util_error(r->err, r->errlen, "out of memory");
	quiet_synonyms(r);
	int feedback = r->o.claim && r->tu.expand_terms > 0;
	int need = r->tu.expand_sources_per_passage * r->tu.expand_passages;
	if (feedback && need > 0) {
		int64_t n = count_sources(s, need);
		if (n < 0)
			return util_error(r->err, r->errlen, "cannot count the sources: %s",
			    sqlite3_errmsg(s->db));
		feedback = n >= need;
	}
	if (feedback) {
		int rc = feedback_expand(s->ranking, s->stats, &r->pl, &r->ws,
		    &r->o, &r->tu, &r->info->essential, &r->info->essential_sets,
		    r->err, r->errlen);
		if (rc != 0)
			return rc;
	}
	if (r->pl.expr.oom)
		return util_error(r->err, r->errlen, "out of memory");
	r->info->reranked = r->pl.npool;
	if (arm_prefix(r) != 0)
		return -1;
	return index_stats_error(s->stats) ? -1 : 0;
}

/*
 * Step 3: the rows, best first; when no passage has every word of a
 * default query, the passages with most of them (the fall back).
 * Returns the number of rows, SEARCH_ESYNTAX or -1 with err set.
 */
static int rank(struct run *r, size_t want)
{
	struct search *s = r->s;
	r->nrows = ranking_rows(s->ranking, &r->pl, &r->o, &r->tu, want, &r->rows,
	    &r->info->essential, &r->info->essential_sets, r->err, r->errlen);
	if (r->nrows != 0 || r->coverage_mode || r->o.raw_syntax || r->o.no_fallback ||
	    r->ws.n <= 1)
		return r->nrows;
	free(r->rows);
	r->rows = NULL;
	if (!r->o.explain)
		words_idf(s->stats, &r->ws);
	plan_init(&r->pl, &r->o, &r->tu);
	plan_from_words(&r->ws, &r->terms, &r->pl);
	plan_coverage(&r->pl, &r->tu);
	if (r->pl.expr.oom)
		return util_error(r->err, r->errlen, "out of memory");
	if (arm_prefix(r) != 0)
		return -1;
	r->coverage_mode = 1;
	r->nrows = ranking_rows(s->ranking, &r->pl, &r->o, &r->tu, want, &r->rows,
	    &r->info->essential, &r->info->essential_sets, r->err, r->errlen);
	r->info->fallback = r->nrows > 0;
	return r->nrows;
}

/*
 * Step 4a: the rows to report, in order, into shown[] (room for nrows):
 * at most per_source of each source's, after skipping offset of them, at
 * most limit.  Returns how many, or -1 when out of memory.
 */
static int page_rows(const struct run *r, size_t offset, size_t limit,
    const struct ranked **shown)
{
	const struct search_options *o = &r->o;
	int64_t *sources = NULL;
	size_t *per = NULL, skipped = 0, nshown = 0, nsources = 0;
	if (o->per_source > 0 && r->nrows > 0) {
		sources = calloc((size_t)r->nrows, sizeof *sources);
		per = calloc((size_t)r->nrows, sizeof *per);
		if (!sources || !per) {
			free(sources);
			free(per);
			return -1;
		}
	}
	for (int i = 0; i < r->nrows && nshown < limit; i++) {
		if (o->per_source > 0) {
			size_t k;
			for (k = 0; k < nsources && sources[k] != r->rows[i].source_id; k++)
				;
			if (k == nsources)
				sources[nsources++] = r->rows[i].source_id;
			if (per[k]++ >= o->per_source)
				continue;
		}
		if (skipped < offset) {
			skipped++;
			continue;
		}
		shown[nshown++] = &r->rows[i];
	}
	free(sources);
	free(per);
	return (int)nshown;
}

/*
 * Step 4b: report one row of a query (not a claim) through cb, with its
 * words present when ranked by coverage.  0, SEARCH_ESTOPPED, or -1 (out of memory).
 */
static int report(struct run *r, const struct ranked *row, const char *snippet,
    struct evidence *a, search_callback cb, void *ctx)
{
	struct search *s = r->s;
	const struct search_options *o = &r->o;
	struct plan *pl = &r->pl;
	const struct words *ws = &r->ws;
	struct fetched c;
	struct rank_explain x;
	struct search_result res;
	char *why = NULL;
	const char *mlist[WORDS_MAX], *xlist[WORDS_MAX];
	size_t nm = 0, nx = 0;
	double coverage = 0;

	pl->rp.explain = o->explain ? &x : NULL;
	int rc = fetch_row(s->fetch, row->id, row->score, pl->expr.data, &pl->rp, 1, snippet, &c);
	pl->rp.explain = NULL;
	if (rc != 0)
		return -1;
	if (r->coverage_mode) {
		if (evidence_analyse(s->tok, ws, c.text, c.text_len, a) != 0)
			goto oom;
		coverage = evidence_coverage(ws, a->present);
		for (int w = 0; w < ws->n; w++) {
			if (a->present[w])
				mlist[nm++] = ws->w[w].surface;
			else
				xlist[nx++] = ws->w[w].surface;
		}
	}
	memset(&res, 0, sizeof res);
	res.passage_id = c.id;
	res.source = c.source;
	res.title = c.title;
	res.section = c.section;
	res.ordinal = c.ordinal;
	res.line_start = c.line_start;
	res.line_end = c.line_end;
	res.byte_start = c.byte_start;
	res.byte_end = c.byte_end;
	res.score = c.score;
	res.text = c.text;
	res.text_len = c.text_len;
	res.snippet = c.snippet ? c.snippet : "";
	res.cite = c.cite;
	if (r->coverage_mode) {
		res.coverage = coverage;
		res.matched = mlist;
		res.nmatched = nm;
		res.missing = xlist;
		res.nmissing = nx;
	}
	if (o->explain && (res.explain = why = plan_explain(pl, o, &r->tu, &x, c.score)) == NULL)
		goto oom;
	rc = cb(ctx, &res) ? SEARCH_ESTOPPED : 0;
	free(why);
	fetched_free(&c);
	return rc;
oom:
	fetched_free(&c);
	return -1;
}

/* Line breaks in s[0 .. n). */
static int64_t count_lines(const char *s, size_t n)
{
	int64_t k = 0;
	for (const char *p = s; (p = memchr(p, '\n', n - (size_t)(p - s))) != NULL; p++)
		k++;
	return k;
}

/*
 * Claims on a web page: the passage's text is the page's words as html.c
 * laid them out, so places in it are not the file's; the sentence's and
 * the conflicts' are found in the file's bytes (pageplace.h).  res keeps
 * the estimate (the passage's start plus the offset in its text) when the
 * file cannot be read or does not match.  *owned: the moved conflicts, for
 * the caller to free after reporting res.  Returns 0, or -1 when out of
 * memory.
 */
static int place_in_page(struct run *r, struct search_result *res,
    struct search_conflict **owned)
{
	char *raw = NULL;
	size_t rawlen, from, to;
	struct pageplace pp;
	*owned = NULL;
	if ((!res->has_sentence && res->nconflicts == 0) ||
	    fetch_is_page(r->s->fetch, res->passage_id) != 1 ||
	    pageplace_read(res->source, res->byte_start, res->byte_end, &raw, &rawlen) != 0)
		return 0;
	int rc = pageplace_align(&pp, raw, rawlen, res->text, res->text_len);
	if (rc != 0) {
		free(raw);
		return rc < 0 ? -1 : 0;
	}
	if (res->has_sentence) {
		size_t s = (size_t)(res->sentence - res->text);
		if (pageplace_range(&pp, s, s + res->sentence_len, &from, &to) == 0) {
			res->sentence_byte_start = res->byte_start + (int64_t)from;
			res->sentence_byte_end = res->byte_start + (int64_t)to;
			res->sentence_line = res->line_start + count_lines(raw, from);
		}
	}
	if (res->nconflicts > 0) {
		struct search_conflict *c = malloc(res->nconflicts * sizeof *c);
		if (c == NULL) {
			rc = -1;
			goto done;
		}
		memcpy(c, res->conflicts, res->nconflicts * sizeof *c);
		for (size_t i = 0; i < res->nconflicts; i++) {
			int64_t s = c[i].byte_start - res->byte_start, e = c[i].byte_end - res->byte_start;
			if (s >= 0 && e >= s && (size_t)e <= res->text_len &&
			    pageplace_range(&pp, (size_t)s, (size_t)e, &from, &to) == 0) {
				c[i].byte_start = res->byte_start + (int64_t)from;
				c[i].byte_end = res->byte_start + (int64_t)to;
				c[i].line = res->line_start + count_lines(raw, from);
			}
		}
		res->conflicts = *owned = c;
	}
done:
	pageplace_free(&pp);
	free(raw);
	return rc;
}

/*
 * Step 4, claims: check the claim against every shown row first (each row
 * carries the claim's verdict), then report them.  Returns the number
 * reported, SEARCH_ESTOPPED, or -1 with err set.
 */
static int report_claim(struct run *r, const struct ranked **shown, size_t nshown,
    search_callback cb, void *ctx)
{
	if (r->s->kin == NULL && kin_open(r->s->tok, &r->s->kin) != 0)
		return util_error(r->err, r->errlen, "cannot check the claim: out of memory");
	if (open_thesaurus(r) != 0)
		return -1;
	/*
	 * The rows checked: first the best CLAIM_VERDICT_ROWS of the first
	 * page, which decide the verdict whatever page is asked for, then the
	 * shown rows that are not among them.  at[i]: shown row i's place.
	 */
	size_t ncheck = 0, *at = NULL;
	const struct ranked **check = calloc(CLAIM_VERDICT_ROWS + nshown + 1, sizeof *check);
	if (check == NULL || (nshown > 0 && (at = calloc(nshown, sizeof *at)) == NULL)) {
		free(check);
		return util_error(r->err, r->errlen, "out of memory");
	}
	int nverdict = r->nrows > 0 ? page_rows(r, 0, CLAIM_VERDICT_ROWS, check) : 0;
	if (nverdict < 0) {
		free(check);
		free(at);
		return util_error(r->err, r->errlen, "out of memory");
	}
	ncheck = (size_t)nverdict;
	for (size_t i = 0; i < nshown; i++) {
		size_t k;
		for (k = 0; k < ncheck && check[k] != shown[i]; k++)
			;
		if (k == ncheck)
			check[ncheck++] = shown[i];
		at[i] = k;
	}
	/* a source's other passages: among the rows its score was made of,
	 * which do not depend on the page asked for (ranking.h) */
	size_t nall = r->nrows > 0 ? (size_t)r->nrows : 0;
	if (nall > RANKING_GROUP_ROWS)
		nall = RANKING_GROUP_ROWS;
	struct claim_input in = {
		r->s->fetch, r->s->tok, r->s->kin, r->s->thesaurus, r->tu.synonym_senses,
		r->tu.synonym_their_senses,
		r->s->stats, r->query, &r->ws, &r->pl, check,
		ncheck, (size_t)nverdict, r->rows, nall, r->o.explain,
	};
	struct claim_check *cc;
	int rc = 0;
	if (claim_check_run(&in, &cc) != 0) {
		free(check);
		free(at);
		return util_error(r->err, r->errlen, "cannot check the claim: %s",
		    sqlite3_errmsg(r->s->db));
	}
	r->info->verdict = claim_check_verdict(cc);
	size_t nunknown;
	const char *const *unknown = claim_check_unknown(cc, &nunknown);
	int oom = 0;
	if (nunknown > 0) {
		r->info->unknown = dup_words(unknown, nunknown, &oom);
		r->info->nunknown = r->info->unknown ? nunknown : 0;
	}
	if (r->o.explain && ((r->info->kin = claim_check_kin(cc)) == NULL ||
	    (r->info->weights = claim_check_weights(cc)) == NULL))
		oom = 1;
	if (oom)
		rc = util_error(r->err, r->errlen, "out of memory");
	/*
	 * The verdict rows in evidence order (claim_check_order): a shown row
	 * at place p of the whole list, p among them, is the one ordered there.
	 */
	size_t order[CLAIM_VERDICT_ROWS];
	claim_check_order(cc, (size_t)nverdict, order);
	size_t emitted = 0;
	for (size_t i = 0; i < nshown && rc == 0; i++) {
		struct search_result res;
		const struct rank_explain *x;
		char *why = NULL;
		size_t place = r->o.offset + i;
		claim_check_result(cc, place < (size_t)nverdict ? order[place] : at[i], &res, &x);
		struct search_conflict *moved;
		if (place_in_page(r, &res, &moved) != 0) {
			rc = util_error(r->err, r->errlen, "out of memory");
			break;
		}
		if (r->o.explain &&
		    (res.explain = why = plan_explain(&r->pl, &r->o, &r->tu, x, res.score)) == NULL) {
			free(moved);
			rc = util_error(r->err, r->errlen, "out of memory");
			break;
		}
		rc = cb(ctx, &res) ? SEARCH_ESTOPPED : 0;
		free(why);
		free(moved);
		emitted++;
	}
	claim_check_free(cc);
	free(check);
	free(at);
	return rc == 0 ? (int)emitted : rc;
}

/*
 * Step 4: page the rows and report them.  A prefix query's snippets are
 * made together (fetch_snippets).  Returns the number reported,
 * SEARCH_ESTOPPED, or -1 with err set.
 */
static int report_rows(struct run *r, search_callback cb, void *ctx)
{
	const struct ranked **shown = NULL;
	int64_t *ids = NULL;
	char **snippets = NULL;
	struct evidence a = { 0 };
	int rc = 0, nshown = 0;

	if (r->nrows == 0)
		return r->o.claim ? report_claim(r, NULL, 0, cb, ctx) : 0;
	shown = calloc((size_t)r->nrows, sizeof *shown);
	snippets = calloc((size_t)r->nrows, sizeof *snippets);
	ids = calloc((size_t)r->nrows, sizeof *ids);
	if (!shown || !snippets || !ids ||
	    (nshown = page_rows(r, r->o.offset, r->o.limit, shown)) < 0)
		goto oom;
	if (r->o.claim) {
		rc = report_claim(r, shown, (size_t)nshown, cb, ctx);
		goto done;
	}
	for (int i = 0; i < nshown; i++)
		ids[i] = shown[i]->id;
	if (!r->o.claim && nshown > 0 && strchr(r->pl.expr.data, '*') &&
	    fetch_snippets(r->s->fetch, r->pl.expr.data, ids, (size_t)nshown, snippets) != 0)
		goto oom;
	/*
	 * A rare word's snippets in one walk over its rows rather than one
	 * query a row (each starts the expression anew: about 20,000
	 * instructions, against some 700 a row the walk passes; a rare word's
	 * round 0.86 of the instructions at 100 MB, docs/performance.md)
	 */
	int64_t matched = ranking_matched(r->s->ranking);
	if (!r->o.explain && nshown > 1 && matched >= 0 && matched <= WALK_ROWS_A_ROW * nshown &&
	    fetch_snippets_walk(r->s->fetch, r->pl.expr.data, ids, (size_t)nshown, snippets) != 0)
		goto oom;
	int emitted = 0;
	for (int i = 0; i < nshown && rc == 0; i++) {
		rc = report(r, shown[i], snippets[i], &a, cb, ctx);
		if (rc == -1)
			goto oom;
		emitted++;
	}
	if (rc == 0)
		rc = emitted;
	goto done;
oom:
	rc = util_error(r->err, r->errlen, "out of memory");
done:
	for (int i = 0; snippets && i < r->nrows; i++)
		free(snippets[i]);
	free(snippets);
	free(shown);
	free(ids);
	evidence_free(&a);
	return rc;
}

/*
 * Step 4 for -l and -c: each source of the rows, best first, with how many
 * rows are its; no row is read.  Returns the number of sources,
 * SEARCH_ESTOPPED, or -1 with err set.
 */
static int report_sources(struct run *r, search_source_callback cb, void *ctx)
{
	struct ranking_source *src;
	int n = r->nrows > 0 ? ranking_by_source(r->s->ranking, r->rows, (size_t)r->nrows,
	    r->o.per_source, &src, r->err, r->errlen) : 0;
	int rc = n;
	for (int i = 0; i < n && rc >= 0; i++) {
		struct fetched_source f;
		if (fetch_source(r->s->fetch, src[i].source_id, &f) != 0) {
			rc = util_error(r->err, r->errlen, "cannot read a source: %s",
			    sqlite3_errmsg(r->s->db));
		} else {
			struct search_source ss = { f.path, f.title, f.cite, src[i].rows };
			if (cb(ctx, &ss))
				rc = SEARCH_ESTOPPED;
		}
		fetched_source_free(&f);
	}
	if (n > 0)
		free(src);
	return rc;
}

/* The query's rows through cb, or its sources through scb when not NULL. */
static int run_query(struct search *s, const char *query, const struct search_options *opts,
    search_callback cb, search_source_callback scb, void *ctx, struct search_info *info,
    char *err, size_t errlen)
{
	struct search_info scratch = { 0 };
	struct run r;
	int rc;

	if (info)
		memset(info, 0, sizeof *info);
	const char *q = query;
	while (*q && syntax_is_space(*q))
		q++;
	if (*q == 0)
		return SEARCH_EEMPTY;
	memset(&r, 0, sizeof r);
	r.s = s;
	r.query = query;
	r.info = info ? info : &scratch;
	r.err = err;
	r.errlen = errlen;
	memset(r.info, 0, sizeof *r.info);
	run_init(&r, opts);
	index_stats_forget(s->stats);	/* another snapshot: counts are had again */
	char *restored = NULL;	/* a claim with its dropped g's and h's given back */
	if (r.o.claim) {
		tokenizer_remember(s->tok, CLAIM_REMEMBER_BYTES);
		if (open_thesaurus(&r) != 0) {
			tokenizer_remember(s->tok, 0);
			return -1;
		}
		if ((restored = strdup(query)) == NULL ||
		    claim_restore_dropped_g(s->tok, s->stats, s->thesaurus, restored) < 0) {
			free(restored);
			tokenizer_remember(s->tok, 0);
			return util_error(err, errlen, "out of memory");
		}
		r.query = restored;
	}

	size_t want = r.o.offset + r.o.limit;
	if (r.o.claim && want < CLAIM_VERDICT_ROWS)
		want = CLAIM_VERDICT_ROWS;	/* the rows that decide the verdict */
	if ((rc = collect_words(&r)) != 0) {
		if (rc == -1)
			rc = util_error(err, errlen, "out of memory");
	} else if (r.ws.n == 0 && !r.o.raw_syntax) {
		r.info->nothing_searchable = 1;
	} else if ((rc = make_plan(&r)) == 0 && (rc = rank(&r, want)) >= 0) {
		rc = scb ? report_sources(&r, scb, ctx) : report_rows(&r, cb, ctx);
	}
	tokenizer_quiet_synonyms(s->tok, NULL, 0);	/* the index may change before the next */
	tokenizer_remember(s->tok, 0);
	prefix_begin(s->prefix, NULL, 0);

	if (index_stats_error(s->stats))	/* every count was needed; none was had */
		rc = util_error(err, errlen, "cannot read the index vocabulary: %s",
		    index_stats_error(s->stats));
	if (info != NULL && rc >= 0) {
		int oom = 0;
		info->expression = r.pl.expr.data ? strdup(r.pl.expr.data) : NULL;
		info->words = r.wordlist.data ? strdup(r.wordlist.data) : NULL;
		/* the words are ranked on only in claims and the fall back */
		if (r.coverage_mode && r.ws.nleft_out > 0) {
			info->left_out = dup_words((const char *const *)r.ws.left_out,
			    (size_t)r.ws.nleft_out, &oom);
			info->nleft_out = info->left_out ? (size_t)r.ws.nleft_out : 0;
			info->more_left_out = r.ws.more_left_out;
		}
	}
	if (info == NULL)
		search_info_free(&scratch);	/* a claim's unknown words */
	else if (rc < 0)
		search_info_free(info);
	free(r.rows);
	plan_free(&r.pl);
	buf_free(&r.wordlist);
	words_free(&r.ws);
	syntax_free(&r.terms);
	free(restored);
	return rc;
}

/*
 * A query reads one snapshot of the index: its statements share one read
 * transaction, so an indexing run cannot commit between the ranking of
 * rows and the reading of their text, and the WAL read lock is taken once
 * instead of for each of a dozen statements (about a tenth of a rare
 * word's query).  A caller inside a transaction of its own keeps it.
 */
static int run_snapshot(struct search *s, const char *query, const struct search_options *opts,
    search_callback cb, search_source_callback scb, void *ctx, struct search_info *info,
    char *err, size_t errlen)
{
	int own = sqlite3_get_autocommit(s->db);
	if (own && sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return util_error(err, errlen, "cannot read the index: %s", sqlite3_errmsg(s->db));
	int rc = run_query(s, query, opts, cb, scb, ctx, info, err, errlen);
	if (own && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

int search_run(struct search *s, const char *query, const struct search_options *opts,
    search_callback cb, void *ctx, struct search_info *info, char *err, size_t errlen)
{
	return run_snapshot(s, query, opts, cb, NULL, ctx, info, err, errlen);
}

int search_sources(struct search *s, const char *query, const struct search_options *opts,
    search_source_callback cb, void *ctx, struct search_info *info, char *err, size_t errlen)
{
	struct search_options o = *opts;
	o.limit = INT_MAX;
	o.offset = 0;
	o.explain = 0;
	return run_snapshot(s, query, &o, NULL, cb, ctx, info, err, errlen);
}
