/*
 * search.c: user query -> FTS5 expression -> ranked passages (search.h).
 *
 * The default syntax is parsed here, never handed to FTS5 as typed: every
 * word or phrase becomes an FTS5 string ("..." with quotes doubled), which
 * the snowball tokenizer splits as it splits documents, so punctuation,
 * hyphens, apostrophes, digits and emoji can never be syntax errors.
 *
 * Ranking: FTS5's bm25() with column weights, negated so higher is better.
 * When no passage holds every word (and in claim mode always), the query
 * becomes an OR of its words and the best few hundred candidates by bm25
 * are re-ranked in C by coverage: the share of the query's words present,
 * each weighted by its inverse document frequency.  Document frequencies
 * come from the index's term_df table (store.h: the exact df of every term
 * in at least STORE_TERM_DF_MIN rows) and, for the rarer terms it leaves
 * out or an index made before it, from fts5vocab, which counts rows.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passage.h"
#include "rank.h"
#include "rowscore.h"
#include "search.h"
#include "tokenizer.h"
#include "util.h"

#define DEFAULT_LIMIT 10
#define WEIGHT_TITLE 2.0
#define WEIGHT_SECTION 1.5
#define WEIGHT_BODY 1.0
#define CANDIDATES_MIN 40	/* rows ranked first when grouping by source */
#define SOURCE_DECAY 0.5
#define COVERAGE_FLOOR 1.0
#define COVERAGE_POWER 2.0
#define EXPAND_TERMS 10
#define EXPAND_PASSAGES 10
#define EXPAND_WEIGHT 0.3
#define RERANK_DEPTH 50
#define MAX_WORDS 64		/* query words ranked on; the rest only match */
#define MAX_SYNONYMS 4

/* Dropped from claims (and only from claims): they say nothing about the source. */
static const char *const stop_words[] = {
	"a", "about", "above", "after", "again", "against", "all", "also", "am", "an",
	"and", "any", "are", "as", "at", "be", "because", "been", "before", "being",
	"below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
	"doing", "down", "during", "each", "either", "few", "for", "from", "further",
	"had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
	"himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
	"just", "may", "me", "might", "more", "most", "must", "my", "myself", "no", "nor",
	"not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "ought",
	"our", "ours", "ourselves", "out", "over", "own", "same", "shall", "she",
	"should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
	"themselves", "then", "there", "these", "they", "this", "those", "through", "to",
	"too", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what",
	"when", "where", "which", "while", "who", "whom", "why", "will", "with", "within",
	"would", "you", "your", "yours", "yourself", "yourselves",
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int is_stop_word(const char *w)
{
	return bsearch(&w, stop_words, sizeof stop_words / sizeof *stop_words,
	    sizeof *stop_words, cmp_str) != NULL;
}

/* ---- words: what coverage, matched/missing and explain are about ----- */

struct word {
	char *surface;			/* the bytes of the query that made it */
	char *stems[MAX_SYNONYMS];	/* the term and its query-time synonyms */
	int nstems;
	int prefix;			/* match terms that start with stems[0] */
	int has_df;			/* df counted already */
	double df, idf;
};

struct words {
	struct word w[MAX_WORDS];
	int n;
};

static void words_free(struct words *ws)
{
	for (int i = 0; i < ws->n; i++) {
		free(ws->w[i].surface);
		for (int k = 0; k < ws->w[i].nstems; k++)
			free(ws->w[i].stems[k]);
	}
	ws->n = 0;
}

struct word_collect {
	struct words *ws;
	const char *text;
	int stop_filter;
	int skipping;		/* the current word was dropped: skip its synonyms */
	int oom;
};

/* Is the word already present (same first stem)?  Then its synonyms are too. */
static int word_index(const struct words *ws, const char *stem, size_t n)
{
	for (int i = 0; i < ws->n; i++)
		if (strlen(ws->w[i].stems[0]) == n && memcmp(ws->w[i].stems[0], stem, n) == 0)
			return i;
	return -1;
}

static int collect_word(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct word_collect *c = ctx;
	struct words *ws = c->ws;
	if (n == 0)
		return 0;
	if (colocated) {
		if (c->skipping || ws->n == 0 || term[0] == TOKENIZER_RAW_MARK)
			return 0;
		struct word *w = &ws->w[ws->n - 1];
		if (w->nstems < MAX_SYNONYMS && (w->stems[w->nstems] = strndup(term, n)) != NULL)
			w->nstems++;
		return 0;
	}
	c->skipping = 1;
	char surface[128];
	size_t sl = end - start < sizeof surface - 1 ? end - start : sizeof surface - 1;
	memcpy(surface, c->text + start, sl);
	surface[sl] = 0;
	for (char *p = surface; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	if (c->stop_filter && is_stop_word(surface))
		return 0;
	if (word_index(ws, term, n) >= 0 || ws->n >= MAX_WORDS)
		return 0;
	struct word *w = &ws->w[ws->n];
	memset(w, 0, sizeof *w);
	w->surface = strndup(c->text + start, end - start);
	w->stems[0] = strndup(term, n);
	if (w->surface == NULL || w->stems[0] == NULL) {
		free(w->surface);
		free(w->stems[0]);
		c->oom = 1;
		return 1;
	}
	w->nstems = 1;
	ws->n++;
	c->skipping = 0;
	return 0;
}

/* ---- the default query syntax ------------------------------------------ */

struct term {
	char *text;		/* the user's bytes for this word or phrase */
	int prefix, negated, phrase;
	int clause;		/* terms in different clauses are OR'd */
	int searchable;		/* the tokenizer finds at least one word in it */
	int ntokens;		/* words in it */
	double idf;		/* a one-word term's idf, else -1 */
};

struct parsed {
	struct term *t;
	int n, cap;
	int clauses;
};

static void parsed_free(struct parsed *p)
{
	for (int i = 0; i < p->n; i++)
		free(p->t[i].text);
	free(p->t);
	memset(p, 0, sizeof *p);
}

static int add_term(struct parsed *p, const char *s, size_t n, int prefix, int negated,
    int phrase)
{
	if (p->n == p->cap) {
		int cap = p->cap ? p->cap * 2 : 16;
		struct term *t = realloc(p->t, (size_t)cap * sizeof *t);
		if (t == NULL)
			return -1;
		p->t = t;
		p->cap = cap;
	}
	struct term *t = &p->t[p->n];
	if ((t->text = strndup(s, n)) == NULL)
		return -1;
	t->prefix = prefix;
	t->negated = negated;
	t->phrase = phrase;
	t->clause = p->clauses;
	t->searchable = 0;
	p->n++;
	return 0;
}

/* Length of an opening/closing double quote at s (straight or curly), else 0. */
static size_t quote_at(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n >= 1 && u[0] == '"')
		return 1;
	/* U+201C, U+201D, U+201E, U+00AB, U+00BB */
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x9C || u[2] == 0x9D || u[2] == 0x9E))
		return 3;
	if (n >= 2 && u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB))
		return 2;
	return 0;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/*
 * Words separated by blanks; "..." phrases (an unclosed quote runs to the
 * end); OR between terms starts a new clause; AND is implied and ignored;
 * NOT or a leading '-' excludes the next term; a trailing '*' makes a
 * prefix; other '*' and parentheses are dropped.
 */
static int parse_default(const char *q, struct parsed *p)
{
	size_t n = strlen(q), i = 0;
	int negate_next = 0;
	while (i < n) {
		while (i < n && (is_space(q[i]) || q[i] == '(' || q[i] == ')'))
			i++;
		if (i >= n)
			break;
		size_t ql = quote_at(q + i, n - i);
		if (ql) {
			size_t start = i + ql, end = start;
			while (end < n && quote_at(q + end, n - end) == 0)
				end++;
			size_t close = end < n ? quote_at(q + end, n - end) : 0;
			i = end + close;
			int prefix = i < n && q[i] == '*';
			if (prefix)
				i++;
			if (add_term(p, q + start, end - start, prefix, negate_next, 1) != 0)
				return -1;
			negate_next = 0;
			continue;
		}
		size_t start = i;
		while (i < n && !is_space(q[i]) && quote_at(q + i, n - i) == 0 && q[i] != '(' && q[i] != ')')
			i++;
		size_t len = i - start;
		const char *w = q + start;
		if (len == 2 && memcmp(w, "OR", 2) == 0) {
			if (p->n > 0 && p->t[p->n - 1].clause == p->clauses)
				p->clauses++;
			continue;
		}
		if (len == 3 && memcmp(w, "AND", 3) == 0)
			continue;
		if (len == 3 && memcmp(w, "NOT", 3) == 0) {
			negate_next = 1;
			continue;
		}
		int negated = negate_next;
		negate_next = 0;
		if (len > 1 && w[0] == '-') {
			negated = 1;
			w++;
			len--;
		}
		while (len > 0 && w[0] == '*')
			w++, len--;
		int prefix = 0;
		while (len > 0 && w[len - 1] == '*') {
			prefix = 1;
			len--;
		}
		if (len == 0)
			continue;
		if (add_term(p, w, len, prefix, negated, 0) != 0)
			return -1;
	}
	return 0;
}

/*
 * What runs: the FTS5 expression and, for each of its phrases in order,
 * how it counts in the ranking (rank.h).
 */
struct plan {
	struct buf expr;
	struct rank_params rp;
	const char *label[RANK_MAX_PHRASES];	/* the phrase as the user wrote it */
	char *owned[RANK_MAX_PHRASES];		/* labels the plan frees */
	int nowned;
	/*
	 * When the expression is just its phrases OR'd (claims, the fall
	 * back), the ranking can be pruned (rank_fetch_pruned): then each
	 * phrase's text and row count are kept here.
	 */
	int or_only;
	struct buf frags;			/* the phrases' FTS5 text, NUL-separated */
	size_t frag[RANK_MAX_PHRASES];		/* offsets in frags */
	double df[RANK_MAX_PHRASES];
	/*
	 * When not 0, the expression ranks only these rows (rank_pool),
	 * scored once by s->scorer, best first.
	 */
	struct ranked *pool;
	size_t npool;
};

static void plan_free(struct plan *pl)
{
	for (int i = 0; i < pl->nowned; i++)
		free(pl->owned[i]);
	buf_free(&pl->expr);
	buf_free(&pl->frags);
	free(pl->pool);
	memset(pl, 0, sizeof *pl);
}

static void plan_init(struct plan *pl, const struct search_options *o,
    const struct search_tuning *tu)
{
	buf_reset(&pl->expr);
	buf_reset(&pl->frags);
	pl->or_only = 0;
	free(pl->pool);
	pl->pool = NULL;
	pl->npool = 0;
	rank_params_init(&pl->rp);
	pl->rp.k1 = tu->k1;
	pl->rp.b = tu->b;
	pl->rp.weight[0] = o->weight_title;
	pl->rp.weight[1] = o->weight_section;
	pl->rp.weight[2] = o->weight_body;
}

static void plan_coverage(struct plan *pl, const struct search_tuning *tu)
{
	pl->rp.coverage_floor = tu->coverage_floor;
	pl->rp.coverage_power = tu->coverage_power;
}

/* The next phrase of the expression: idf < 0 lets rank.c count it. */
static void plan_phrase(struct plan *pl, const char *label, double idf, double boost,
    int in_coverage)
{
	int i = pl->rp.nphrase;
	if (i >= RANK_MAX_PHRASES)
		return;
	pl->label[i] = label;
	pl->rp.idf[i] = idf;
	pl->rp.boost[i] = boost;
	pl->rp.in_coverage[i] = in_coverage;
	pl->frag[i] = SIZE_MAX;	/* until plan_or_phrase */
	pl->rp.nphrase++;
}

/*
 * Record the phrase just appended to the expression from offset start as
 * one of an OR list, with its row count df.
 */
static void plan_or_phrase(struct plan *pl, size_t start, double df)
{
	int i = pl->rp.nphrase - 1;
	if (i < 0 || pl->expr.oom || start > pl->expr.len)
		return;
	pl->frag[i] = pl->frags.len;
	pl->df[i] = df;
	buf_append(&pl->frags, pl->expr.data + start, pl->expr.len - start);
	buf_append(&pl->frags, "", 1);
}

/* Append s as an FTS5 string: "..." with inner quotes doubled. */
static void append_fts_string(struct buf *b, const char *s)
{
	buf_append(b, "\"", 1);
	for (; *s; s++) {
		if (*s == '"')
			buf_append(b, "\"", 1);
		buf_append(b, s, 1);
	}
	buf_append(b, "\"", 1);
}

static void append_term(struct buf *b, const struct term *t)
{
	append_fts_string(b, t->text);
	if (t->prefix)
		buf_append(b, "*", 1);
}

/*
 * The expression: clauses OR'd; in each, positive terms AND'd and negated
 * ones subtracted.
 */
static void build_expression(const struct parsed *p, struct plan *pl)
{
	struct buf *b = &pl->expr;
	int first_clause = 1;
	for (int c = 0; c <= p->clauses; c++) {
		int positives = 0;
		for (int i = 0; i < p->n; i++)
			if (p->t[i].searchable && !p->t[i].negated && p->t[i].clause == c)
				positives++;
		if (positives == 0)
			continue;
		if (!first_clause)
			buf_puts(b, " OR ");
		first_clause = 0;
		buf_append(b, "(", 1);
		int first = 1;
		for (int i = 0; i < p->n; i++) {
			const struct term *t = &p->t[i];
			if (!t->searchable || t->negated || t->clause != c)
				continue;
			if (!first)
				buf_puts(b, " AND ");
			append_term(b, t);
			plan_phrase(pl, t->text, t->idf, 1, 1);
			first = 0;
		}
		/* FTS5's NOT is binary and left-associative: ((a AND b) NOT x) NOT y */
		for (int i = 0; i < p->n; i++) {
			const struct term *t = &p->t[i];
			if (!t->searchable || !t->negated || t->clause != c)
				continue;
			buf_puts(b, " NOT ");
			append_term(b, t);
			plan_phrase(pl, t->text, 0, 0, 0);
		}
		buf_append(b, ")", 1);
	}
}

/*
 * Any of the words: each word as typed (so the tokenizer makes the same
 * stem and synonyms of it), OR'd; excluded terms still excluded.
 */
static void words_expression(const struct words *ws, const struct parsed *p, struct plan *pl)
{
	struct buf *b = &pl->expr;
	buf_append(b, "(", 1);
	pl->or_only = ws->n <= RANK_MAX_PHRASES;
	for (int i = 0; i < ws->n; i++) {
		if (i)
			buf_puts(b, " OR ");
		size_t start = b->len;
		/* a prefix word's first term is its prefix as typed or widened */
		append_fts_string(b, ws->w[i].prefix ? ws->w[i].stems[0] : ws->w[i].surface);
		if (ws->w[i].prefix)
			buf_append(b, "*", 1);
		plan_phrase(pl, ws->w[i].surface, ws->w[i].idf, 1, 1);
		plan_or_phrase(pl, start, ws->w[i].df);
	}
	buf_append(b, ")", 1);
	for (int i = 0; p && i < p->n; i++) {
		if (!p->t[i].searchable || !p->t[i].negated)
			continue;
		buf_puts(b, " NOT ");
		append_term(b, &p->t[i]);
		plan_phrase(pl, p->t[i].text, 0, 0, 0);
		pl->or_only = 0;
	}
}

static const char detail_sql[] =
    "SELECT s.path, s.title, coalesce(c.text, ''), p.id - s.first_passage, p.line_start,"
    " p.line_start + length(CAST(p.body AS BLOB))"
    " - length(CAST(replace(p.body, char(10), '') AS BLOB)), p.byte_start,"
    " p.byte_start + length(CAST(p.body AS BLOB)), p.body"
    " FROM passage_rows p JOIN sources s ON s.id = p.source_id"
    " LEFT JOIN sections c ON c.id = p.id - p.section WHERE p.id = ?1";

/* FTS5's snippet of table t's body: every snippet the search shows is this one */
#define SNIPPET_OF(t) "snippet(" t ", 2, char(2), char(3), '\xE2\x80\xA6', 24)"
static const char row_sql[] =
    "SELECT " SNIPPET_OF("passages_fts") ", " RANK_FUNCTION "(passages_fts, ?2)"
    " FROM passages_fts WHERE passages_fts MATCH ?1 AND rowid = ?3";
static const char snippet_sql[] =
    "SELECT " SNIPPET_OF("passages_fts")
    " FROM passages_fts WHERE passages_fts MATCH ?1 AND rowid = ?3";

/* ---- the search object --------------------------------------------------- */

/* snippets_of's table in the connection's temp schema */
#define SNIPPET_TABLE "psearch_snippet_rows"

struct search {
	sqlite3 *db;
	struct tokenizer_session *tok;
	sqlite3_stmt *df;	/* document frequency of a term, counted (vocab_open) */
	sqlite3_stmt *prefix_df;	/* largest document frequency of terms in a range */
	int vocab_failed;	/* vocab_open could not: counts are 0, the search fails */
	char vocab_error[160];
	sqlite3_stmt *stored_df, *stored_prefix_df;	/* the same from term_df, or NULL */
	sqlite3_stmt *source_of;	/* a passage's source */
	sqlite3_stmt *detail;	/* a passage and its source, for reporting */
	/* one row's snippet, and its score's story (explain); prepared once needed */
	sqlite3_stmt *snippet, *row;
	double passages;	/* rows in the index */
	double avglen[RANK_COLUMNS];	/* average column lengths in the index */
	struct rowscore *scorer;	/* scores pooled rows (rank_pool), once needed */
	int snippet_table;	/* snippets_of may have made its temp table */
};

int search_open(sqlite3 *db, struct search **out, char *err, size_t errlen)
{
	struct search *s = calloc(1, sizeof *s);
	*out = NULL;
	if (s == NULL)
		return util_error(err, errlen, "out of memory");
	s->db = db;
	if (tokenizer_open(db, &s->tok, err, errlen) != 0) {
		free(s);
		return -1;
	}
	if (rank_register(db, err, errlen) != 0) {
		search_close(s);
		return -1;
	}
	/* an index made before term_df has none: every df is counted then */
	if (sqlite3_prepare_v2(db, "SELECT df FROM main.term_df WHERE term = ?1", -1,
	    &s->stored_df, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT max(df) FROM main.term_df WHERE term >= ?1 AND term < ?2",
	    -1, &s->stored_prefix_df, NULL) != SQLITE_OK) {
		sqlite3_finalize(s->stored_df);
		s->stored_df = NULL;
	}
	if (sqlite3_prepare_v2(db, "SELECT source_id FROM passage_rows WHERE id = ?1", -1,
	    &s->source_of, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, detail_sql, -1, &s->detail, NULL) != SQLITE_OK) {
		util_error(err, errlen, "cannot prepare searching: %s", sqlite3_errmsg(db));
		search_close(s);
		return -1;
	}

	sqlite3_stmt *st;
	/* the row count from FTS5's totals: count(*) would read every row */
	if (sqlite3_prepare_v2(db, "SELECT " RANK_ROWS_FUNCTION "(passages_fts),"
	    " " RANK_AVGLEN_FUNCTION "(passages_fts, 0), " RANK_AVGLEN_FUNCTION "(passages_fts, 1),"
	    " " RANK_AVGLEN_FUNCTION "(passages_fts, 2) FROM passages_fts LIMIT 1", -1, &st,
	    NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
		s->passages = (double)sqlite3_column_int64(st, 0);
		for (int c = 0; c < RANK_COLUMNS; c++)
			s->avglen[c] = sqlite3_column_double(st, c + 1);
	}
	sqlite3_finalize(st);
	*out = s;
	return 0;
}

void search_close(struct search *s)
{
	if (s == NULL)
		return;
	sqlite3_finalize(s->df);
	sqlite3_finalize(s->prefix_df);
	sqlite3_finalize(s->stored_df);
	sqlite3_finalize(s->stored_prefix_df);
	rowscore_close(s->scorer);
	sqlite3_finalize(s->source_of);
	sqlite3_finalize(s->detail);
	sqlite3_finalize(s->row);
	sqlite3_finalize(s->snippet);
	if (s->snippet_table)
		sqlite3_exec(s->db, "DROP TABLE IF EXISTS temp." SNIPPET_TABLE, NULL, NULL, NULL);
	tokenizer_close(s->tok);
	free(s);
}

void search_info_free(struct search_info *info)
{
	if (info == NULL)
		return;
	free(info->expression);
	free(info->words);
	memset(info, 0, sizeof *info);
}

/*
 * The first column of st's one row, bound to a and b (b may be NULL);
 * -1 when there is no row or the value is NULL.
 */
static double lookup_count(sqlite3_stmt *st, const char *a, const char *b)
{
	double n = -1;
	sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
	if (b)
		sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		n = (double)sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return n;
}

/*
 * The statements that count rows through fts5vocab, made when first
 * needed: most queries need none now that common terms are stored, and
 * making the vocabulary table costs a one-shot query up to half a
 * millisecond.
 */
static int vocab_open(struct search *s)
{
	if (s->df)
		return 0;
	if (s->vocab_failed)
		return -1;
	if (sqlite3_exec(s->db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab"
	    " USING fts5vocab(main, passages_fts, row)", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, "SELECT doc FROM temp.search_vocab WHERE term = ?1",
	    -1, &s->df, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, "SELECT max(doc) FROM temp.search_vocab"
	    " WHERE term >= ?1 AND term < ?2", -1, &s->prefix_df, NULL) != SQLITE_OK) {
		snprintf(s->vocab_error, sizeof s->vocab_error, "%s", sqlite3_errmsg(s->db));
		sqlite3_finalize(s->df);
		sqlite3_finalize(s->prefix_df);
		s->df = s->prefix_df = NULL;
		s->vocab_failed = 1;
		return -1;
	}
	return 0;
}

/* Rows holding term: stored when common, else counted (then fewer than
 * STORE_TERM_DF_MIN, a few microseconds). */
static double doc_freq(struct search *s, const char *term)
{
	double df = s->stored_df ? lookup_count(s->stored_df, term, NULL) : -1;
	if (df < 0 && vocab_open(s) == 0)
		df = lookup_count(s->df, term, NULL);
	return df < 0 ? 0 : df;
}

/*
 * Rows holding some term that starts with prefix, as stem or raw form:
 * the largest document frequency among those terms, a lower bound that is
 * exact for the usual case of one dominant form.  When term_df holds a
 * term of the range, the largest is there: every term it leaves out is
 * rarer than every term it holds.
 */
static double prefix_doc_freq(struct search *s, const char *prefix)
{
	double best = 0;
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
		double df = s->stored_df ? lookup_count(s->stored_prefix_df, lo, hi) : -1;
		if (df < 0 && vocab_open(s) == 0)
			df = lookup_count(s->prefix_df, lo, hi);
		if (df > best)
			best = df;
	}
	free(lo);
	free(hi);
	return best;
}

/*
 * A claim word found nowhere in the index ("veterinarians" where the text
 * says "veterinary": Snowball leaves the two apart) is widened to a prefix
 * of its stem, which then matches the forms that are there.
 */
#define WIDEN_MIN_STEM 6	/* shorter stems are too ambiguous to cut */
#define WIDEN_MIN_PREFIX 5
static void widen_unknown_words(struct search *s, struct words *ws)
{
	for (int i = 0; i < ws->n; i++) {
		struct word *w = &ws->w[i];
		size_t n = strlen(w->stems[0]), letters = 0;
		/* only plain letters: a cut inside UTF-8 or before "'s" would make a
		 * prefix the tokenizer reads differently from what we match */
		while (letters < n && w->stems[0][letters] >= 'a' && w->stems[0][letters] <= 'z')
			letters++;
		if (w->prefix || n < WIDEN_MIN_STEM || letters != n)
			continue;
		double df = 0;
		for (int k = 0; k < w->nstems; k++)
			df += doc_freq(s, w->stems[k]);
		if (df > 0) {
			w->df = df;
			w->has_df = 1;	/* counting is O(rows): once is enough */
			continue;
		}
		size_t keep = (n * 7 + 9) / 10;
		if (keep < WIDEN_MIN_PREFIX)
			keep = WIDEN_MIN_PREFIX;
		if (keep >= n)
			continue;
		w->stems[0][keep] = 0;
		for (int k = 1; k < w->nstems; k++)
			free(w->stems[k]);
		w->nstems = 1;
		w->prefix = 1;
	}
}

/* BM25's idf, floored so that very common words still count a little. */
static void compute_idf(struct search *s, struct words *ws)
{
	double n = s->passages > 0 ? s->passages : 1;
	for (int i = 0; i < ws->n; i++) {
		struct word *w = &ws->w[i];
		double df = 0;
		if (w->prefix) {
			df = prefix_doc_freq(s, w->stems[0]);
		} else if (w->has_df) {
			df = w->df;
		} else {
			for (int k = 0; k < w->nstems; k++)
				df += doc_freq(s, w->stems[k]);
		}
		w->df = df;
		w->idf = rank_idf(df, n);
		if (w->idf < 0.05)
			w->idf = 0.05;
	}
}

static int words_of_text(struct search *s, const char *text, int stop_filter,
    enum tokenizer_mode mode, struct words *ws);

/*
 * Each one-word term's idf; rank.c counts the rows of phrases and prefixes.
 * A query of one term needs none: every row it ranks has that term, so the
 * idf would scale all scores alike, and counting rows costs as much as
 * the search (FTS5 has no stored document frequencies).
 */
static int term_idfs(struct search *s, struct parsed *p)
{
	int positives = 0;
	for (int i = 0; i < p->n; i++)
		positives += p->t[i].searchable && !p->t[i].negated;
	for (int i = 0; i < p->n; i++) {
		if (positives == 1) {
			p->t[i].idf = 1;
			continue;
		}
		struct term *t = &p->t[i];
		struct words one = { .n = 0 };
		t->idf = -1;
		if (!t->searchable || t->negated || t->prefix || t->ntokens != 1)
			continue;
		if (words_of_text(s, t->text, 0, TOKENIZER_QUERY, &one) != 0)
			return -1;
		if (one.n == 1) {
			compute_idf(s, &one);
			t->idf = one.w[0].idf;
		}
		words_free(&one);
	}
	return 0;
}

/* Words of a term list (positive terms), or of free text (claims, raw). */
static int words_of_text(struct search *s, const char *text, int stop_filter,
    enum tokenizer_mode mode, struct words *ws)
{
	struct word_collect c = { ws, text, stop_filter, 1, 0 };
	int before = ws->n;
	if (tokenizer_run(s->tok, mode, text, strlen(text), collect_word, &c) < 0 || c.oom)
		return -1;
	if (mode == TOKENIZER_PREFIX && ws->n > before)
		ws->w[ws->n - 1].prefix = 1;
	return 0;
}

struct count_ctx {
	int n;
};

static int count_token(void *ctx, const char *t, size_t n, size_t s, size_t e, int col)
{
	(void)t, (void)n, (void)s, (void)e;
	if (!col)
		((struct count_ctx *)ctx)->n++;
	return 0;
}

/* ---- per-passage analysis: which words are present, and where ------------ */

struct hit {
	size_t start, end;	/* bytes in the passage */
	int word;		/* index into words */
};

struct analysis {
	const struct words *ws;
	int present[MAX_WORDS];	/* term frequency per word */
	struct hit *hits;
	size_t nhits, cap;
	int length;		/* words in the passage */
	int last_word;		/* the word of the previous stem, for its raw form */
	int oom;
};

static int word_matches(const struct word *w, const char *term, size_t n)
{
	if (n > 0 && term[0] == TOKENIZER_RAW_MARK) {
		term++;
		n--;
		if (!w->prefix)
			return 0;
	}
	for (int k = 0; k < w->nstems; k++) {
		size_t sl = strlen(w->stems[k]);
		if (w->prefix ? (n >= sl && memcmp(term, w->stems[k], sl) == 0)
		    : (n == sl && memcmp(term, w->stems[k], sl) == 0))
			return 1;
	}
	return 0;
}

static int analyse_token(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct analysis *a = ctx;
	if (!colocated)
		a->length++;
	for (int i = 0; i < a->ws->n; i++) {
		if (!word_matches(&a->ws->w[i], term, n))
			continue;
		/* a raw form and its stem at one position count once */
		if (a->nhits && a->hits[a->nhits - 1].start == start)
			return 0;
		a->present[i]++;
		if (a->nhits == a->cap) {
			size_t cap = a->cap ? a->cap * 2 : 32;
			struct hit *h = realloc(a->hits, cap * sizeof *h);
			if (h == NULL) {
				a->oom = 1;
				return 1;
			}
			a->hits = h;
			a->cap = cap;
		}
		a->hits[a->nhits++] = (struct hit){ start, end, i };
		return 0;
	}
	return 0;
}

static int analyse(struct search *s, const struct words *ws, const char *text, size_t len,
    struct analysis *a)
{
	free(a->hits);
	memset(a, 0, sizeof *a);
	a->ws = ws;
	if (tokenizer_run(s->tok, TOKENIZER_DOCUMENT, text, len, analyse_token, a) < 0 || a->oom)
		return -1;
	return 0;
}

static double coverage_of(const struct words *ws, const int *present)
{
	double have = 0, all = 0;
	for (int i = 0; i < ws->n; i++) {
		all += ws->w[i].idf;
		if (present[i])
			have += ws->w[i].idf;
	}
	return all > 0 ? have / all : 0;
}

/* ---- ranking: which rows, best first ------------------------------------- */

struct ranked {
	int64_t id, source_id;
	double score;		/* the passage's; a source's best row: the source's */
};

/*
 * The ranking statements.  When rows may be skipped (rank.h, topk), they
 * are dropped before the sort: "r >= 0" evaluates the function twice a
 * row, but the second call returns the first's score, and the sort then
 * never sees the skipped rows (common words: 17% faster).
 */
#define RANK_SELECT "SELECT rowid, " RANK_FUNCTION "(passages_fts, ?2) AS r FROM passages_fts" \
    " WHERE passages_fts MATCH ?1"
#define RANK_ORDER " ORDER BY r DESC, rowid LIMIT ?3"
static const char rank_sql[] = RANK_SELECT RANK_ORDER;
static const char rank_unskipped_sql[] = RANK_SELECT " AND r >= 0" RANK_ORDER;

static const char rank_glob_sql[] =
    "SELECT f.rowid, " RANK_FUNCTION "(passages_fts, ?2) AS r FROM passages_fts f"
    " JOIN passages p ON p.id = f.rowid JOIN sources s ON s.id = p.source_id"
    " WHERE passages_fts MATCH ?1 AND s.path GLOB ?4 ORDER BY r DESC, f.rowid LIMIT ?3";

/*
 * A ranking statement st stopped with rc: err says why (an SQLITE_ERROR
 * there is FTS5 refusing the expression), st is finalized.  Returns
 * SEARCH_ESYNTAX or -1.
 */
static int ranking_failed(struct search *s, sqlite3_stmt *st, int rc, char *err, size_t errlen)
{
	int syntax = rc == SQLITE_ERROR;
	util_error(err, errlen, "%s%s", syntax ? "query syntax error: " : "search failed: ",
	    sqlite3_errmsg(s->db));
	sqlite3_finalize(st);
	return syntax ? SEARCH_ESYNTAX : -1;
}

/*
 * Step st (expression ?1, parameters ?2, k ?3 bound by the caller) into
 * *out (malloc'd), then finalize it.  Returns the number of rows,
 * SEARCH_ESYNTAX or -1 with err set.
 */
static int ranked_rows(struct search *s, sqlite3_stmt *st, struct ranked **out, char *err,
    size_t errlen)
{
	struct ranked *rows = NULL;
	size_t n = 0, cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			struct ranked *p = realloc(rows, ncap * sizeof *p);
			if (p == NULL) {
				rc = SQLITE_NOMEM;
				break;
			}
			rows = p;
			cap = ncap;
		}
		rows[n].id = sqlite3_column_int64(st, 0);
		rows[n].score = sqlite3_column_double(st, 1);
		rows[n].source_id = 0;
		n++;
	}
	if (rc != SQLITE_DONE) {
		free(rows);
		return ranking_failed(s, st, rc, err, errlen);
	}
	sqlite3_finalize(st);
	*out = rows;
	return (int)n;
}

static const char rank_top_sql[] =
    "SELECT " RANK_TOPK_FUNCTION "(passages_fts, ?2) FROM passages_fts"
    " WHERE passages_fts MATCH ?1 LIMIT 1";

#define RANK_TOP_UNFIT (-3)

/*
 * The best params->topk rows for expr from psearch_topk() (rank.h), into
 * *out (malloc'd).  Returns the number of rows, RANK_TOP_UNFIT when the
 * expression is not one phrase (nothing done), SEARCH_ESYNTAX or -1 with
 * err set.
 */
static int rank_top_fetch(struct search *s, const char *expr, struct rank_params *params,
    struct ranked **out, char *err, size_t errlen)
{
	struct rank_top top = { NULL, 0 };
	sqlite3_stmt *st;
	int rc, fit = 1;	/* no row at all: no match */

	params->top = &top;
	if (sqlite3_prepare_v2(s->db, rank_top_sql, -1, &st, NULL) != SQLITE_OK)
		return util_error(err, errlen, "cannot search: %s", sqlite3_errmsg(s->db));
	sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_pointer(st, 2, params, RANK_POINTER_TYPE, NULL);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fit = sqlite3_column_int(st, 0);
	params->top = NULL;
	if (rc != SQLITE_DONE) {
		free(top.hits);
		return ranking_failed(s, st, rc, err, errlen);
	}
	sqlite3_finalize(st);
	if (!fit)
		return RANK_TOP_UNFIT;
	if (top.n == 0) {
		free(top.hits);
		return 0;
	}
	struct ranked *rows = malloc(top.n * sizeof *rows);
	if (rows == NULL) {
		free(top.hits);
		return util_error(err, errlen, "out of memory");
	}
	for (size_t i = 0; i < top.n; i++) {
		rows[i].id = top.hits[i].rowid;
		rows[i].score = top.hits[i].score;
		rows[i].source_id = 0;
	}
	free(top.hits);
	*out = rows;
	return (int)top.n;
}

/*
 * The best k rows for expr, into *out (malloc'd); exhaustive scores every
 * row in full.  Returns the number of rows, SEARCH_ESYNTAX or -1 with err set.
 */
static int rank_fetch(struct search *s, const char *expr, const struct rank_params *rp,
    const char *glob, size_t k, int exhaustive, struct ranked **out, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	struct rank_params params = *rp;

	*out = NULL;
	/*
	 * Rows are scored in rowid order and all are kept, except with a
	 * glob, where rows scored may be dropped afterwards: their scores
	 * would set a bar that the rows kept need not reach.
	 */
	params.topk = glob || exhaustive ? 0 : k;
	/*
	 * One phrase is ranked by psearch_topk(), without a trip through the
	 * statement engine per row: common words 8.4 -> 5.5 ms a query at 500
	 * MB.  Not for a prefix: FTS5 merges the lists of all its terms each
	 * time a phrase starts, and xQueryPhrase starts it a second time
	 * (7.8 -> 9.3 ms).
	 */
	if (params.topk > 0 && params.explain == NULL && strchr(expr, '*') == NULL) {
		int n = rank_top_fetch(s, expr, &params, out, err, errlen);
		if (n != RANK_TOP_UNFIT)
			return n;
	}
	const char *sql = glob ? rank_glob_sql : params.topk > 0 &&
	    rank_scores_nonnegative(&params) ? rank_unskipped_sql : rank_sql;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return util_error(err, errlen, "cannot search: %s", sqlite3_errmsg(s->db));
	sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_pointer(st, 2, &params, RANK_POINTER_TYPE, NULL);
	sqlite3_bind_int64(st, 3, k > INT64_MAX ? INT64_MAX : (int64_t)k);
	if (glob)
		sqlite3_bind_text(st, 4, glob, -1, SQLITE_STATIC);
	return ranked_rows(s, st, out, err, errlen);
}

/*
 * Re-ranking a few rows (plan.pool) with another expression: FTS5 cannot
 * look rows up by rowid cheaply within a MATCH (each lookup re-opens every
 * phrase's row list: about 1 ms for 15 phrases), so each row is scored
 * outside it by rowscore.h, exactly as the index would score it with the
 * index's average lengths and the plan's idf.
 */
static int by_score(const void *x, const void *y);

/* The plan's phrases for rowscore_set_phrases: 0, or 1 when one cannot be given. */
static int plan_phrase_texts(const struct plan *pl, const char **texts)
{
	for (int i = 0; i < pl->rp.nphrase; i++) {
		if (pl->frag[i] != SIZE_MAX)
			texts[i] = pl->frags.data + pl->frag[i];
		else if (pl->rp.boost[i] == 0 && !pl->rp.in_coverage[i])
			texts[i] = NULL;	/* an excluded word counts nothing */
		else
			return 1;
	}
	return 0;
}

/* Make s->scorer count the plan's phrases: 0, ROWSCORE_UNSUPPORTED or -1. */
static int scorer_prepare(struct search *s, const struct plan *pl)
{
	const char *texts[RANK_MAX_PHRASES];
	if (pl->frags.oom || plan_phrase_texts(pl, texts) != 0)
		return ROWSCORE_UNSUPPORTED;
	for (int i = 0; i < pl->rp.nphrase; i++)
		if (pl->rp.idf[i] < 0)
			return ROWSCORE_UNSUPPORTED;
	if (s->scorer == NULL && rowscore_open(s->db, s->tok, &s->scorer) != 0)
		return -1;
	return rowscore_set_phrases(s->scorer, texts, pl->rp.nphrase);
}

/*
 * Score the n rows in place with the plan's phrases (scorer_prepare done),
 * drop any that is gone, and sort them best first: the plan's pool, its
 * size into *kept.  0, or -1 with err set.
 */
static int score_pool(struct search *s, const struct plan *pl, struct ranked *rows, size_t n,
    size_t *kept, char *err, size_t errlen)
{
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		struct ranked r = { rows[i].id, 0, 0 };
		int rc = rowscore_score(s->scorer, &pl->rp, s->avglen, r.id, &r.score);
		if (rc == ROWSCORE_NO_ROW)
			continue;
		if (rc != 0)
			return util_error(err, errlen, "cannot re-rank: %s", sqlite3_errmsg(s->db));
		rows[m++] = r;
	}
	qsort(rows, m, sizeof *rows, by_score);
	*kept = m;
	return 0;
}

/* The best k rows of the plan's pool, a copy (grouping rescores it). */
static int rank_pool(const struct plan *pl, size_t k, struct ranked **out, char *err,
    size_t errlen)
{
	size_t n = pl->npool < k ? pl->npool : k;
	*out = malloc((n ? n : 1) * sizeof **out);
	if (*out == NULL)
		return util_error(err, errlen, "out of memory");
	memcpy(*out, pl->pool, n * sizeof **out);
	return (int)n;
}

/*
 * Top-k pruning for OR lists (claims, the fall back), in the manner of
 * MaxScore.  A phrase can add at most ub = idf x boost x (k1 + 1) to a
 * row's score.  Take the phrases with the highest ub as "essential" and
 * rank only rows holding one of them:
 *
 *   (all phrases OR'd) AND (essential phrases OR'd)
 *
 * FTS5 then walks the essential phrases' rows and skips through the long
 * row lists of the common ones.  Every candidate is scored with all its
 * phrases (the copies after the first list count nothing).  A row with no
 * essential phrase scores at most the sum of the other phrases' ub (times
 * the best coverage factor it could reach), so if the k-th candidate beats
 * that bound the k best rows are exactly those of the full ranking.
 * Otherwise a second pass adds the rows that hold enough of the other
 * phrases to reach the k-th score found (sufficient_sets), or, when those
 * cannot be written, more phrases become essential, down to the bound the
 * k-th candidate set; at worst every phrase is, which is the full ranking.
 * A later pass ranks only rows that no earlier one did (NOT the earlier
 * essential phrases), with the k-th score so far as its floor, and its
 * best rows are merged with theirs.
 *
 * At 500 MB (bench/README.md) the second pass with sets ranks a sixth of
 * the rows that making more phrases essential did ("kernel allocates
 * memory": 24,622 instead of 143,849), and claims went from 33 to 24 ms;
 * not ranking the first pass's rows again took them from 19 to 13 ms.
 */
#define PRUNE_FIRST_ROWS 20000	/* rows the first essential set may hold, */
#define PRUNE_FIRST_SHARE 0.02	/* and at most this share of the index */

struct prune_order {
	int phrase;
	double ub;
};

static int by_ub(const void *x, const void *y)
{
	const struct prune_order *a = x, *b = y;
	if (a->ub != b->ub)
		return a->ub < b->ub ? 1 : -1;
	return a->phrase - b->phrase;
}

/*
 * The second pass, when the k-th score of the first (the bar) is below
 * the bound of rows without its essential phrases: such a row can beat
 * the bar only if the phrases it holds among the others, order[j .. n),
 * could give it that score.  Those phrase sets are upward closed; their
 * minimal members, as bit masks over order[j ..), go into sets, so that
 *
 *   (all phrases) AND (essential phrases OR (set 1 AND'd) OR (set 2 ...))
 *
 * ranks every row that can make the top k: the rows it leaves out score
 * below the bar, which the k-th of this pass (a superset of the first's
 * rows) reaches.  FTS5 skips through the AND'd row lists, so the rows
 * ranked are far fewer than those holding any one phrase.  Returns the
 * number of sets, or 0 when it does not apply (too many phrases or sets,
 * no bar).
 */
#define SUFFICIENT_PHRASES 12	/* at most this many phrases outside the essential ones */
#define SUFFICIENT_SETS 32

static int sufficient_sets(const struct rank_params *rp, const struct prune_order *order,
    int j, int n, double cover_all, double bar, unsigned *sets)
{
	int r = n - j, nsets = 0;
	unsigned char enough[1u << SUFFICIENT_PHRASES];
	if (r <= 0 || r > SUFFICIENT_PHRASES || !(bar > 0))
		return 0;
	for (unsigned mask = 0; mask < 1u << r; mask++) {
		double ub = 0, cover = 0;
		for (int m = 0; m < r; m++) {
			if (!(mask >> m & 1))
				continue;
			int i = order[j + m].phrase;
			ub += order[j + m].ub;
			if (rp->in_coverage[i])
				cover += rp->idf[i] * rp->boost[i];
		}
		if (rp->coverage_power > 0 && cover_all > 0)
			ub *= rank_coverage_factor(rp, cover / cover_all);
		enough[mask] = ub * (1 + 1e-9) >= bar;
	}
	if (enough[0])
		return 0;
	for (unsigned mask = 1; mask < 1u << r; mask++) {
		int minimal = enough[mask];
		for (int m = 0; minimal && m < r; m++)
			if (mask >> m & 1 && enough[mask & ~(1u << m)])
				minimal = 0;
		if (!minimal)
			continue;
		if (nsets == SUFFICIENT_SETS)
			return 0;
		sets[nsets++] = mask;
	}
	return nsets;
}

/*
 * The sets (bit masks over order[0 ..), an antichain) as one FTS5
 * expression that holds when a row has every phrase of one of them,
 * factored on the phrase most sets share: (x AND (the rest of those sets))
 * OR (the sets without x), so that FTS5 opens fewer copies of the same
 * row lists.  Returns the number of phrases written.
 */
static int append_sets(struct buf *b, const struct plan *pl, const struct prune_order *order,
    const unsigned *sets, int nsets)
{
	unsigned with[SUFFICIENT_SETS], without[SUFFICIENT_SETS];
	int nwith = 0, nwithout = 0, best = 0, best_count = 0, written = 1, alone = 0;
	for (int m = 0; m < SUFFICIENT_PHRASES; m++) {
		int count = 0;
		for (int i = 0; i < nsets; i++)
			count += sets[i] >> m & 1;
		if (count > best_count) {
			best = m;
			best_count = count;
		}
	}
	for (int i = 0; i < nsets; i++) {
		unsigned rest = sets[i] & ~(1u << best);
		if (rest == sets[i])
			without[nwithout++] = rest;
		else if (rest == 0)
			alone = 1;	/* the phrase alone is enough */
		else
			with[nwith++] = rest;
	}
	buf_puts(b, "(");
	buf_puts(b, pl->frags.data + pl->frag[order[best].phrase]);
	if (!alone) {
		buf_puts(b, " AND ");
		written += append_sets(b, pl, order, with, nwith);
	}
	if (nwithout > 0) {
		buf_puts(b, " OR ");
		written += append_sets(b, pl, order, without, nwithout);
	}
	buf_puts(b, ")");
	return written;
}

/*
 * How many phrases the second pass takes as essential, from j (the first
 * pass's) to next (enough without sets), and the sets of the others it
 * needs (*nsets, 0 at next).  Chosen by a cost measured on the 500 MB
 * benchmark's claims: a row of an essential list costs about four times
 * what a row of the rarest list of a set does (FTS5 leaps through a set's
 * lists from its rarest, but scores every row of an essential one).
 */
#define SECOND_PASS_ROW_COST 4.0

static int second_pass(const struct plan *pl, const struct prune_order *order, int j, int next,
    int n, double cover_all, double bar, unsigned *sets, int *nsets)
{
	double rows = 0, best_cost;
	int best = next;
	for (int m = 0; m < next && m < n; m++)
		rows += pl->df[order[m].phrase];
	best_cost = SECOND_PASS_ROW_COST * rows;
	for (int e = j; e < next && e < n; e++) {
		unsigned candidate[SUFFICIENT_SETS];
		int count = sufficient_sets(&pl->rp, order, e, n, cover_all, bar, candidate);
		double cost = 0;
		for (int m = 0; m < e; m++)
			cost += SECOND_PASS_ROW_COST * pl->df[order[m].phrase];
		for (int set = 0; set < count; set++) {
			double rarest = -1;
			for (int m = e; m < n; m++)
				if (candidate[set] >> (m - e) & 1 &&
				    (rarest < 0 || pl->df[order[m].phrase] < rarest))
					rarest = pl->df[order[m].phrase];
			cost += rarest;
		}
		if (count > 0 && cost < best_cost) {
			best = e;
			best_cost = cost;
			memcpy(sets, candidate, (size_t)count * sizeof *sets);
			*nsets = count;
		}
	}
	if (best == next)
		*nsets = 0;
	return best;
}

static int rank_fetch_pruned(struct search *s, const struct plan *pl, const char *glob,
    size_t k, int exhaustive, struct ranked **out, int *essential, int *essential_sets,
    char *err, size_t errlen)
{
	const struct rank_params *rp = &pl->rp;
	int n = rp->nphrase;
	struct prune_order order[RANK_MAX_PHRASES];
	double rest[RANK_MAX_PHRASES + 1];	/* bound of rows without order[0 .. j) */
	double cover_all = 0;

	*essential = *essential_sets = 0;
	if (exhaustive || !pl->or_only || n < 2 || k == 0)
		return rank_fetch(s, pl->expr.data, rp, glob, k, exhaustive, out, err, errlen);
	for (int i = 0; i < n; i++) {
		if (rp->idf[i] < 0)
			return rank_fetch(s, pl->expr.data, rp, glob, k, exhaustive, out, err, errlen);
		order[i].phrase = i;
		order[i].ub = rp->idf[i] * rp->boost[i] * (rp->k1 + 1);
		if (rp->in_coverage[i])
			cover_all += rp->idf[i] * rp->boost[i];
	}
	qsort(order, (size_t)n, sizeof *order, by_ub);
	double ub = 0, cover = 0;	/* of order[j .. n) */
	for (int j = n; j >= 0; j--) {
		if (j < n) {
			int i = order[j].phrase;
			ub += order[j].ub;
			if (rp->in_coverage[i])
				cover += rp->idf[i] * rp->boost[i];
		}
		rest[j] = ub;
		if (rp->coverage_power > 0 && cover_all > 0)
			rest[j] *= rank_coverage_factor(rp, cover / cover_all);
	}
	/* first guess: the rarest phrases, while their rows stay few */
	int j = 1;
	double rows = pl->df[order[0].phrase];
	double budget = s->passages * PRUNE_FIRST_SHARE;
	if (budget > PRUNE_FIRST_ROWS)
		budget = PRUNE_FIRST_ROWS;
	while (j < n && rows + pl->df[order[j].phrase] <= budget)
		rows += pl->df[order[j++].phrase];

	struct buf expr = { 0 };
	struct rank_params *twin = malloc(sizeof *twin);
	unsigned sets[SUFFICIENT_SETS];
	int nsets = 0;
	struct ranked *have = NULL;	/* the best rows of the passes so far, best first */
	size_t nhave = 0;
	int done = 0;	/* the rows holding one of order[0 .. done) are ranked in have */
	if (twin == NULL)
		return util_error(err, errlen, "out of memory");
	for (;;) {
		/* (all phrases) AND ((new essentials OR sets) NOT (earlier essentials)) */
		buf_reset(&expr);
		*twin = *rp;
		buf_puts(&expr, "(");
		for (int i = 0; i < n; i++)
			buf_printf(&expr, "%s%s", i ? " OR " : "", pl->frags.data + pl->frag[i]);
		buf_puts(&expr, ") AND ((");
		int copies = 0;	/* phrases after the first n count nothing */
		for (int m = done; m < j; m++, copies++)
			buf_printf(&expr, "%s%s", m > done ? " OR " : "",
			    pl->frags.data + pl->frag[order[m].phrase]);
		if (nsets > 0) {
			buf_puts(&expr, j > done ? " OR " : "");
			copies += append_sets(&expr, pl, order + j, sets, nsets);
		}
		buf_puts(&expr, ")");
		if (done > 0) {
			buf_puts(&expr, " NOT (");
			for (int m = 0; m < done; m++, copies++)
				buf_printf(&expr, "%s%s", m ? " OR " : "",
				    pl->frags.data + pl->frag[order[m].phrase]);
			buf_puts(&expr, ")");
		}
		buf_puts(&expr, ")");
		if (j >= n || (j == done && nsets == 0) || expr.oom ||
		    n + copies > RANK_MAX_PHRASES) {
			free(have);
			free(twin);
			buf_free(&expr);
			return rank_fetch(s, pl->expr.data, rp, glob, k, exhaustive, out, err, errlen);
		}
		for (int m = n; m < n + copies; m++) {
			twin->idf[m] = 0;
			twin->boost[m] = 0;
			twin->in_coverage[m] = 0;
		}
		twin->nphrase = n + copies;
		/* a row of this pass that cannot reach the k-th so far cannot join */
		twin->floor = nhave == k ? have[k - 1].score : 0;
		struct ranked *found = NULL;
		int got = rank_fetch(s, expr.data, twin, glob, k, exhaustive, &found, err, errlen);
		if (got >= 0 && nhave > 0) {
			struct ranked *all = realloc(found, ((size_t)got + nhave) * sizeof *all);
			if (all == NULL) {
				free(found);
				got = util_error(err, errlen, "out of memory");
			} else {
				memcpy(all + got, have, nhave * sizeof *have);
				found = all;
				got += (int)nhave;
				qsort(found, (size_t)got, sizeof *found, by_score);
				if ((size_t)got > k)
					got = (int)k;
			}
		}
		free(have);
		have = got >= 0 ? found : NULL;
		nhave = got >= 0 ? (size_t)got : 0;
		done = j;
		double kth = nhave == k ? have[k - 1].score : 0;
		if (got < 0 || nsets > 0 || kth > rest[j]) {
			*essential = got < 0 ? 0 : j;
			*essential_sets = got < 0 ? 0 : nsets;
			*out = have;
			free(twin);
			buf_free(&expr);
			return got;
		}
		/* the k-th score can only rise as rows join: use it as the bar */
		int next = j + 1;
		while (next < n && !(kth > rest[next]))
			next++;
		j = second_pass(pl, order, j, next, n, cover_all, kth, sets, &nsets);
	}
}

static int by_source_then_score(const void *x, const void *y)
{
	const struct ranked *a = x, *b = y;
	if (a->source_id != b->source_id)
		return a->source_id < b->source_id ? -1 : 1;
	if (a->score != b->score)
		return a->score < b->score ? 1 : -1;
	return a->id < b->id ? -1 : a->id > b->id;
}

static int by_score(const void *x, const void *y)
{
	const struct ranked *a = x, *b = y;
	if (a->score != b->score)
		return a->score < b->score ? 1 : -1;
	return a->id < b->id ? -1 : a->id > b->id;
}

/*
 * Each row's source, then each source's best row rescored as the source:
 * best + decay * second + decay^2 * third ...  Rows end in score order.
 */
static int group_by_source(struct search *s, struct ranked *rows, size_t n, double decay)
{
	for (size_t i = 0; i < n; i++) {
		sqlite3_bind_int64(s->source_of, 1, rows[i].id);
		if (sqlite3_step(s->source_of) != SQLITE_ROW) {
			sqlite3_reset(s->source_of);
			return -1;
		}
		rows[i].source_id = sqlite3_column_int64(s->source_of, 0);
		sqlite3_reset(s->source_of);
	}
	if (decay > 0 && n > 1) {
		qsort(rows, n, sizeof *rows, by_source_then_score);
		for (size_t i = 0; i < n;) {
			size_t j = i + 1;
			double f = decay, total = rows[i].score;
			for (; j < n && rows[j].source_id == rows[i].source_id; j++, f *= decay)
				total += f * rows[j].score;
			rows[i].score = total;
			i = j;
		}
		qsort(rows, n, sizeof *rows, by_score);
	}
	return 0;
}

static int by_int64(const void *x, const void *y)
{
	int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
	return a < b ? -1 : a > b;
}

/*
 * Rows that per_source lets through (at most per_source of each source's),
 * counting at most `enough`; -1 when out of memory.
 */
static int64_t shown_rows(const struct ranked *rows, size_t n, size_t per_source, size_t enough)
{
	int64_t *ids = malloc((n ? n : 1) * sizeof *ids);
	size_t shown = 0;
	if (ids == NULL)
		return -1;
	for (size_t i = 0; i < n; i++)
		ids[i] = rows[i].source_id;
	qsort(ids, n, sizeof *ids, by_int64);
	for (size_t i = 0, same = 0; i < n && shown < enough; i++) {
		same = i && ids[i] == ids[i - 1] ? same + 1 : 0;
		shown += same < per_source;
	}
	free(ids);
	return (int64_t)shown;
}

/*
 * The rows to report, best first: `want` of them, or more when grouping
 * by source hides some (then the candidates grow until enough sources are
 * found or every matching row is in).
 */
static int rank_rows(struct search *s, const struct plan *pl, const struct search_options *o,
    const struct search_tuning *tu, size_t want, struct ranked **out, int *essential,
    int *essential_sets, char *err, size_t errlen)
{
	size_t k = want;
	if (o->per_source > 0) {
		k = want * 4 < CANDIDATES_MIN ? CANDIDATES_MIN : want * 4;
	}
	for (;;) {
		int n = pl->npool ? rank_pool(pl, k, out, err, errlen)
		    : rank_fetch_pruned(s, pl, o->source_glob, k, o->exhaustive, out, essential,
		    essential_sets, err, errlen);
		if (n <= 0 || o->per_source == 0)
			return n;
		if (group_by_source(s, *out, (size_t)n, tu->source_decay) != 0) {
			free(*out);
			*out = NULL;
			return util_error(err, errlen, "search failed: %s", sqlite3_errmsg(s->db));
		}
		int64_t shown = (size_t)n < k ? 0 : shown_rows(*out, (size_t)n, o->per_source, want);
		if (shown < 0) {
			free(*out);
			*out = NULL;
			return util_error(err, errlen, "out of memory");
		}
		if ((size_t)n < k || (size_t)shown >= want || k >= SIZE_MAX / 8)
			return n;
		free(*out);
		*out = NULL;
		k *= 8;
	}
}

/* ---- a reported row ------------------------------------------------------- */

struct candidate {
	int64_t id, ordinal, line_start, line_end, byte_start, byte_end;
	char *source, *title, *section, *text, *snippet;
	size_t text_len;
	double score, coverage;
	int present[MAX_WORDS];
	size_t sent_start, sent_end;	/* best sentence, bytes in text */
	int has_sentence;
};

static void candidate_free(struct candidate *c)
{
	free(c->source);
	free(c->title);
	free(c->section);
	free(c->text);
	free(c->snippet);
	memset(c, 0, sizeof *c);
}

static char *column_dup(sqlite3_stmt *st, int i, size_t *len)
{
	const char *t = (const char *)sqlite3_column_text(st, i);
	size_t n = (size_t)sqlite3_column_bytes(st, i);
	char *p = malloc(n + 1);
	if (p == NULL)
		return NULL;
	if (n)
		memcpy(p, t, n);
	p[n] = 0;
	if (len)
		*len = n;
	return p;
}

/* The passage, its source and, if asked, FTS5's snippet and the score's story. */
static int load_candidate(struct search *s, const struct ranked *r, const char *expr,
    const struct rank_params *rp, int want_snippet, const char *snippet, struct candidate *c)
{
	int rc = -1;
	memset(c, 0, sizeof *c);
	c->id = r->id;
	c->score = r->score;
	sqlite3_bind_int64(s->detail, 1, r->id);
	if (sqlite3_step(s->detail) == SQLITE_ROW) {
		c->source = column_dup(s->detail, 0, NULL);
		c->title = column_dup(s->detail, 1, NULL);
		c->section = column_dup(s->detail, 2, NULL);
		c->ordinal = sqlite3_column_int64(s->detail, 3);
		c->line_start = sqlite3_column_int64(s->detail, 4);
		c->line_end = sqlite3_column_int64(s->detail, 5);
		c->byte_start = sqlite3_column_int64(s->detail, 6);
		c->byte_end = sqlite3_column_int64(s->detail, 7);
		c->text = column_dup(s->detail, 8, &c->text_len);
		rc = c->source && c->title && c->section && c->text ? 0 : -1;
	}
	sqlite3_reset(s->detail);
	if (rc == 0 && want_snippet && snippet && !rp->explain) {
		rc = (c->snippet = strdup(snippet)) ? 0 : -1;
	} else if (rc == 0 && (want_snippet || rp->explain)) {
		rc = -1;
		/* the score's story needs psearch_rank(), which costs rare words 10% */
		sqlite3_stmt **stp = rp->explain ? &s->row : &s->snippet;
		if (*stp == NULL && sqlite3_prepare_v2(s->db, rp->explain ? row_sql : snippet_sql,
		    -1, stp, NULL) != SQLITE_OK) {
			candidate_free(c);
			return -1;
		}
		sqlite3_stmt *st = *stp;
		sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
		if (st == s->row)
			sqlite3_bind_pointer(st, 2, (void *)rp, RANK_POINTER_TYPE, NULL);
		sqlite3_bind_int64(st, 3, r->id);
		if (sqlite3_step(st) == SQLITE_ROW)
			rc = (c->snippet = column_dup(st, 0, NULL)) ? 0 : -1;
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
	}
	if (rc != 0)
		candidate_free(c);
	return rc;
}

/* ---- sentences ------------------------------------------------------- */

/* The sentence of text holding most of the (rarity-weighted) words. */
static void best_sentence(const struct words *ws, const struct analysis *a,
    const char *text, size_t len, struct candidate *c)
{
	size_t pos = 0, start, end;
	double best = -1;
	while (passage_next_sentence(text, len, &pos, &start, &end)) {
		int seen[MAX_WORDS] = { 0 };
		double score = 0;
		int hits = 0;
		for (size_t h = 0; h < a->nhits; h++) {
			if (a->hits[h].start < start || a->hits[h].end > end)
				continue;
			hits++;
			if (!seen[a->hits[h].word]++)
				score += ws->w[a->hits[h].word].idf;
		}
		/* ties go to the shorter sentence: denser evidence */
		score += 0.001 * hits - 0.00001 * (double)(end - start);
		if (score > best) {
			best = score;
			c->sent_start = start;
			c->sent_end = end;
			c->has_sentence = 1;
		}
	}
}

/* Text of [start, end) with each word hit wrapped in the marks. */
static char *mark_hits(const struct analysis *a, const char *text, size_t start, size_t end)
{
	struct buf b = { 0 };
	size_t at = start;
	for (size_t h = 0; h < a->nhits; h++) {
		if (a->hits[h].start < at || a->hits[h].end > end)
			continue;
		buf_append(&b, text + at, a->hits[h].start - at);
		buf_append(&b, (char[]){ SEARCH_MARK_ON }, 1);
		buf_append(&b, text + a->hits[h].start, a->hits[h].end - a->hits[h].start);
		buf_append(&b, (char[]){ SEARCH_MARK_OFF }, 1);
		at = a->hits[h].end;
	}
	buf_append(&b, text + at, end - at);
	if (b.oom) {
		buf_free(&b);
		return NULL;
	}
	return b.data ? b.data : strdup("");
}

/* ---- feedback: words typical of the best passages ------------------------- */

/*
 * Pseudo-relevance feedback in the manner of RM3: the top passages of a
 * first ranking are taken as relevant; each of their words gets
 * p(w) = sum over passages d of  tf(w, d) / |d| * score(d) / sum of scores,
 * and the best few words join the query, weighted so that all of them
 * together count expand_weight against the claim's words' 1 - expand_weight.
 */
struct fb_term {
	char *stem, *surface;
	double p;
	int tf;			/* in the passage being read */
};

struct feedback {
	struct fb_term *t;
	size_t n, cap;
	size_t *slot;		/* open addressing over t by stem: index + 1, 0 empty */
	size_t nslot;		/* a power of two, at least 2 * cap */
	const char *text;	/* the passage being read */
	size_t length;
	int oom;
};

/* The slot of stem in f->slot: where it is, or the empty one it would take. */
static size_t fb_slot(const struct feedback *f, const char *stem, size_t n)
{
	size_t mask = f->nslot - 1, at = (size_t)util_hash(UTIL_HASH_INIT, stem, n) & mask;
	for (; f->slot[at]; at = (at + 1) & mask) {
		const struct fb_term *t = &f->t[f->slot[at] - 1];
		if (strlen(t->stem) == n && memcmp(t->stem, stem, n) == 0)
			break;
	}
	return at;
}

/* Room for one more term; the slots rebuilt when they would pass half full. */
static int fb_grow(struct feedback *f)
{
	if (f->n < f->cap)
		return 0;
	size_t cap = f->cap ? f->cap * 2 : 256;
	struct fb_term *t = realloc(f->t, cap * sizeof *t);
	if (t == NULL)
		return -1;
	f->t = t;
	f->cap = cap;
	size_t *slot = calloc(cap * 2, sizeof *slot);
	if (slot == NULL)
		return -1;
	free(f->slot);
	f->slot = slot;
	f->nslot = cap * 2;
	for (size_t i = 0; i < f->n; i++)
		f->slot[fb_slot(f, f->t[i].stem, strlen(f->t[i].stem))] = i + 1;
	return 0;
}

static int fb_count(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct feedback *f = ctx;
	char surface[64];
	if (colocated)
		return 0;
	f->length++;
	/* plain lower-case words of 3 letters or more that are not stop words */
	if (n < 3 || n >= sizeof surface || end - start >= sizeof surface)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (term[i] < 'a' || term[i] > 'z')
			return 0;
	memcpy(surface, f->text + start, end - start);
	surface[end - start] = 0;
	for (char *p = surface; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	if (is_stop_word(surface))
		return 0;
	if (fb_grow(f) != 0) {
		f->oom = 1;
		return 1;
	}
	size_t at = fb_slot(f, term, n), i = f->slot[at] ? f->slot[at] - 1 : f->n;
	if (i == f->n) {
		f->t[i].stem = strndup(term, n);
		f->t[i].surface = strdup(surface);
		f->t[i].p = 0;
		f->t[i].tf = 0;
		if (!f->t[i].stem || !f->t[i].surface) {
			free(f->t[i].stem);
			free(f->t[i].surface);
			f->oom = 1;
			return 1;
		}
		f->slot[at] = ++f->n;
	}
	f->t[i].tf++;
	return 0;
}

static int by_p(const void *x, const void *y)
{
	const struct fb_term *a = x, *b = y;
	if (a->p != b->p)
		return a->p < b->p ? 1 : -1;
	return strcmp(a->stem, b->stem);
}

static void feedback_free(struct feedback *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->t[i].stem);
		free(f->t[i].surface);
	}
	free(f->t);
	free(f->slot);
	memset(f, 0, sizeof *f);
}

/*
 * Add the expansion words to a claim's plan (built by words_expression),
 * and with rerank_depth load the rows they are to re-rank (plan.npool): the
 * best depth rows of the claim's words, at least `want`.  Returns 0 (also
 * when there is nothing to add) or -1 with err set.
 */
static int expand_plan(struct search *s, struct plan *pl, const struct words *ws,
    const struct search_options *o, const struct search_tuning *tu, size_t want,
    int *essential, int *essential_sets, char *err, size_t errlen)
{
	struct ranked *rows = NULL;
	struct feedback f = { 0 };
	double total = 0;
	if (tu->expand_weight <= 0 || tu->expand_passages <= 0)
		return 0;
	size_t depth = (size_t)tu->expand_passages;
	if (tu->rerank_depth > 0) {
		if ((size_t)tu->rerank_depth > depth)
			depth = (size_t)tu->rerank_depth;
		if (want > depth)
			depth = want;
	}
	int n = rank_fetch_pruned(s, pl, o->source_glob, depth, o->exhaustive, &rows,
	    essential, essential_sets, err, errlen);
	if (n <= 0) {
		free(rows);
		return n < 0 ? n : 0;
	}
	int nfeedback = n < tu->expand_passages ? n : tu->expand_passages;
	for (int i = 0; i < nfeedback; i++)
		total += rows[i].score;
	for (int i = 0; i < nfeedback && total > 0 && !f.oom; i++) {
		struct candidate c;
		if (load_candidate(s, &rows[i], pl->expr.data, &pl->rp, 0, NULL, &c) != 0)
			continue;
		f.text = c.text;
		f.length = 0;
		tokenizer_run(s->tok, TOKENIZER_DOCUMENT, c.text, c.text_len, fb_count, &f);
		double w = rows[i].score / total / (f.length ? (double)f.length : 1);
		for (size_t k = 0; k < f.n; k++) {
			f.t[k].p += f.t[k].tf * w;
			f.t[k].tf = 0;
		}
		candidate_free(&c);
	}
	if (f.oom) {
		free(rows);
		feedback_free(&f);
		return util_error(err, errlen, "out of memory");
	}
	qsort(f.t, f.n, sizeof *f.t, by_p);
	/* the claim's words have weight 1 each; the expansions share
	 * expand_weight / (1 - expand_weight) times as much, by p */
	size_t chosen[64];
	int added = 0;
	double fb = 0;
	for (size_t k = 0; k < f.n && added < tu->expand_terms && added < 64; k++) {
		if (word_index(ws, f.t[k].stem, strlen(f.t[k].stem)) >= 0)
			continue;
		fb += f.t[k].p;
		chosen[added++] = k;
	}
	double share = tu->expand_weight < 1 ? tu->expand_weight / (1 - tu->expand_weight) : 1e6;
	for (int i = 0; i < added && fb > 0 && pl->nowned < RANK_MAX_PHRASES; i++) {
		struct fb_term *t = &f.t[chosen[i]];
		double df = doc_freq(s, t->stem);
		double idf = rank_idf(df, s->passages > 0 ? s->passages : 1);
		buf_puts(&pl->expr, " OR ");
		size_t start = pl->expr.len;
		append_fts_string(&pl->expr, t->surface);
		plan_phrase(pl, t->surface, idf, share * ws->n * t->p / fb, 0);
		plan_or_phrase(pl, start, df);
		pl->owned[pl->nowned++] = t->surface;	/* the label lives as long as the plan */
		t->surface = NULL;
	}
	feedback_free(&f);
	/* re-rank the first ranking's rows: if words were added and, as the
	 * pool's scores need, every phrase's idf is given */
	int rc = tu->rerank_depth > 0 && added > 0 ? scorer_prepare(s, pl) : ROWSCORE_UNSUPPORTED;
	if (rc < 0) {
		free(rows);
		return util_error(err, errlen, "cannot re-rank: %s", sqlite3_errmsg(s->db));
	}
	if (rc == 0) {
		if (score_pool(s, pl, rows, (size_t)n, &pl->npool, err, errlen) != 0) {
			free(rows);
			return -1;
		}
		pl->pool = rows;	/* the plan owns them now */
		return 0;
	}
	free(rows);
	return 0;
}

/*
 * The snippets of the rows to report when the expression has a prefix
 * (snippets[i] for rows[i], NULL where none came; 0, or -1 if out of
 * memory).  FTS5 merges the row lists of every term a prefix covers each
 * time a query starts, even one for a single rowid, so the usual query a
 * row repeats that merge for each result (comput*: 20 ms a row at 500
 * MB), and even one query for all of them costs a third of the search.
 * Instead the rows are copied into a small FTS5 table in the connection's
 * temp schema, with the index's columns and tokenizer, and snippet() runs
 * there: a snippet depends only on the passage's text and the expression,
 * so it is the one the index would give.  Without a prefix, a query a row
 * is the faster, and this is not used.
 */
static const char snippet_table_sql[] =
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp." SNIPPET_TABLE
    " USING fts5(title, section, body, tokenize='" TOKENIZER_FTS5_OPTION "');"
    "DELETE FROM temp." SNIPPET_TABLE;
static const char snippet_fill_sql[] =
    "INSERT INTO temp." SNIPPET_TABLE "(rowid, title, section, body)"
    " SELECT id, title, section, body FROM main.passages_content"
    " WHERE id IN (SELECT value FROM json_each(?1))";
static const char snippets_sql[] =
    "SELECT rowid, " SNIPPET_OF(SNIPPET_TABLE)
    " FROM temp." SNIPPET_TABLE " WHERE " SNIPPET_TABLE " MATCH ?1";

static int snippets_of(struct search *s, const char *expr, const struct ranked *const *rows,
    size_t n, char **snippets)
{
	struct buf ids = { 0 };
	sqlite3_stmt *fill = NULL, *st = NULL;
	int rc = 0;

	buf_puts(&ids, "[");
	for (size_t i = 0; i < n; i++)
		buf_printf(&ids, "%s%lld", i ? "," : "", (long long)rows[i]->id);
	buf_puts(&ids, "]");
	if (ids.oom) {
		buf_free(&ids);
		return -1;
	}
	/* an error here only costs time: the rows without one ask for their own */
	s->snippet_table = 1;
	if (sqlite3_exec(s->db, snippet_table_sql, NULL, NULL, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(s->db, snippet_fill_sql, -1, &fill, NULL) == SQLITE_OK &&
	    sqlite3_bind_text(fill, 1, ids.data, -1, SQLITE_STATIC) == SQLITE_OK &&
	    sqlite3_step(fill) == SQLITE_DONE &&
	    sqlite3_prepare_v2(s->db, snippets_sql, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
		while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
			int64_t id = sqlite3_column_int64(st, 0);
			for (size_t i = 0; i < n; i++)
				if (rows[i]->id == id && snippets[i] == NULL &&
				    (snippets[i] = column_dup(st, 1, NULL)) == NULL)
					rc = -1;
		}
	}
	sqlite3_finalize(fill);
	sqlite3_finalize(st);
	buf_free(&ids);
	return rc;
}

/* ---- explain ---------------------------------------------------------- */

static char *explain_text(const struct search_options *o, const struct search_tuning *tu,
    const struct plan *pl, const struct rank_explain *x, double shown_score)
{
	struct buf b = { 0 };
	buf_printf(&b, "score %.4f", shown_score);
	if (shown_score != x->score)
		buf_printf(&b, " (its source's passages; this one %.4f)", x->score);
	buf_printf(&b, " = bm25f %.4f", x->bm25f);
	if (pl->rp.coverage_power > 0)
		buf_printf(&b, " x (%.2g + coverage %.3f)^%.2g", pl->rp.coverage_floor,
		    x->coverage, pl->rp.coverage_power);
	buf_printf(&b, "; k1 %.2g, b %.2g; weights title %.2g section %.2g body %.2g;"
	    " passage %d words", tu->k1, tu->b, o->weight_title, o->weight_section,
	    o->weight_body, x->length[2]);
	for (int i = 0; i < x->nphrase; i++) {
		const char *label = i < pl->rp.nphrase ? pl->label[i] : NULL;
		double boost = i < pl->rp.nphrase ? pl->rp.boost[i] : 1;
		if (label)
			buf_printf(&b, "; %s", label);
		else
			buf_printf(&b, "; phrase %d", i + 1);
		buf_printf(&b, ": idf %.3f, tf %g", x->idf[i], x->tf[i]);
		if (boost != 1)
			buf_printf(&b, ", weight %.2g", boost);
	}
	return b.data;
}

/* ---- the run ------------------------------------------------------------ */

void search_tuning_default(struct search_tuning *t)
{
	memset(t, 0, sizeof *t);
	t->k1 = RANK_K1;
	t->b = RANK_B;
	t->source_decay = SOURCE_DECAY;
	t->coverage_floor = COVERAGE_FLOOR;
	t->coverage_power = COVERAGE_POWER;
	t->expand_terms = EXPAND_TERMS;
	t->expand_passages = EXPAND_PASSAGES;
	t->rerank_depth = RERANK_DEPTH;
	t->expand_weight = EXPAND_WEIGHT;
}

static void fill_result(struct search_result *r, const struct candidate *c,
    const char *snippet)
{
	memset(r, 0, sizeof *r);
	r->passage_id = c->id;
	r->source = c->source;
	r->title = c->title;
	r->section = c->section;
	r->ordinal = c->ordinal;
	r->line_start = c->line_start;
	r->line_end = c->line_end;
	r->byte_start = c->byte_start;
	r->byte_end = c->byte_end;
	r->score = c->score;
	r->text = c->text;
	r->text_len = c->text_len;
	r->snippet = snippet;
}

static int64_t line_of(const struct candidate *c, size_t offset)
{
	int64_t line = c->line_start;
	for (size_t i = 0; i < offset && i < c->text_len; i++)
		if (c->text[i] == '\n')
			line++;
	return line;
}

/* Report one ranked row through cb.  0, SEARCH_ESTOPPED, or -1 (out of memory). */
static int report(struct search *s, const struct ranked *row, const char *snippet,
    const struct search_options *o, const struct search_tuning *tu, struct plan *pl,
    const struct words *ws, int coverage_mode, struct analysis *a, search_callback cb,
    void *ctx)
{
	struct candidate c;
	struct rank_explain x;
	struct search_result r;
	char *marked = NULL, *why = NULL;
	const char *mlist[MAX_WORDS], *xlist[MAX_WORDS];
	size_t nm = 0, nx = 0;

	pl->rp.explain = o->explain ? &x : NULL;
	int rc = load_candidate(s, row, pl->expr.data, &pl->rp, !o->claim, snippet, &c);
	pl->rp.explain = NULL;
	if (rc != 0)
		return -1;
	if (o->claim || coverage_mode) {
		if (analyse(s, ws, c.text, c.text_len, a) != 0)
			goto oom;
		c.coverage = coverage_of(ws, a->present);
		for (int w = 0; w < ws->n; w++) {
			if (a->present[w])
				mlist[nm++] = ws->w[w].surface;
			else
				xlist[nx++] = ws->w[w].surface;
		}
	}
	if (o->claim) {
		best_sentence(ws, a, c.text, c.text_len, &c);
		if (c.has_sentence && (marked = mark_hits(a, c.text, c.sent_start, c.sent_end)) == NULL)
			goto oom;
	}
	fill_result(&r, &c, marked ? marked : c.snippet ? c.snippet : "");
	if (c.has_sentence) {
		r.has_sentence = 1;
		r.sentence = c.text + c.sent_start;
		r.sentence_len = c.sent_end - c.sent_start;
		r.sentence_byte_start = c.byte_start + (int64_t)c.sent_start;
		r.sentence_byte_end = c.byte_start + (int64_t)c.sent_end;
		r.sentence_line = line_of(&c, c.sent_start);
	}
	if (o->claim || coverage_mode) {
		r.coverage = c.coverage;
		r.matched = mlist;
		r.nmatched = nm;
		r.missing = xlist;
		r.nmissing = nx;
	}
	if (o->explain && (r.explain = why = explain_text(o, tu, pl, &x, c.score)) == NULL)
		goto oom;
	rc = cb(ctx, &r) ? SEARCH_ESTOPPED : 0;
	free(marked);
	free(why);
	candidate_free(&c);
	return rc;
oom:
	free(marked);
	candidate_free(&c);
	return -1;
}

static int run_query(struct search *s, const char *query, const struct search_options *opts,
    search_callback cb, void *ctx, struct search_info *info, char *err, size_t errlen)
{
	struct search_options o = *opts;
	struct search_tuning tu;
	struct parsed p = { 0 };
	struct words ws = { .n = 0 };
	struct plan pl;
	struct buf wordlist = { 0 };
	struct ranked *rows = NULL;
	struct analysis a = { 0 };
	int n = 0, rc = 0, coverage_mode = o.claim;
	struct search_info scratch = { 0 };
	int64_t *sources = NULL;
	size_t *per = NULL;
	const struct ranked **shown = NULL;	/* the rows to report, in order */
	char **snippets = NULL;			/* theirs, when made together */

	memset(&pl, 0, sizeof pl);
	if (info == NULL)
		info = &scratch;
	memset(info, 0, sizeof *info);
	if (o.limit == 0)
		o.limit = DEFAULT_LIMIT;
	if (o.weight_title <= 0)
		o.weight_title = WEIGHT_TITLE;
	if (o.weight_section <= 0)
		o.weight_section = WEIGHT_SECTION;
	if (o.weight_body <= 0)
		o.weight_body = WEIGHT_BODY;
	if (o.claim && o.per_source == 0)
		o.per_source = 1;
	if (o.tuning)
		tu = *o.tuning;
	else
		search_tuning_default(&tu);

	const char *q = query;
	while (*q && is_space(*q))
		q++;
	if (*q == 0)
		return SEARCH_EEMPTY;

	/* 1. the words to rank on */
	if (o.raw_syntax) {
		if (words_of_text(s, query, 0, TOKENIZER_QUERY, &ws) != 0)
			goto oom;
	} else if (o.claim) {
		if (words_of_text(s, query, 1, TOKENIZER_QUERY, &ws) != 0)
			goto oom;
		if (ws.n == 0)	/* only stop words: use them after all */
			if (words_of_text(s, query, 0, TOKENIZER_QUERY, &ws) != 0)
				goto oom;
		widen_unknown_words(s, &ws);
	} else {
		if (parse_default(query, &p) != 0)
			goto oom;
		int positives = 0, any = 0;
		for (int i = 0; i < p.n; i++) {
			struct term *t = &p.t[i];
			struct count_ctx cc = { 0 };
			tokenizer_run(s->tok, TOKENIZER_QUERY, t->text, strlen(t->text), count_token, &cc);
			t->ntokens = cc.n;
			t->searchable = cc.n > 0;
			any |= t->searchable;
			if (t->searchable && !t->negated) {
				positives++;
				if (words_of_text(s, t->text, 0, t->prefix ? TOKENIZER_PREFIX
				    : TOKENIZER_QUERY, &ws) != 0)
					goto oom;
			}
		}
		if (positives == 0) {
			if (any) {
				util_error(err, errlen, "nothing to search for: the query only excludes words");
				rc = SEARCH_EEMPTY;
				goto done;
			}
			info->nothing_searchable = 1;
			goto done;
		}
	}
	if (ws.n == 0 && !o.raw_syntax) {
		info->nothing_searchable = 1;
		goto done;
	}
	/* the words' idf: for claims, the fall back and explain only (see term_idfs) */
	if (o.claim || o.explain)
		compute_idf(s, &ws);
	for (int i = 0; i < ws.n; i++)
		buf_printf(&wordlist, "%s%s%s", i ? " " : "", ws.w[i].stems[0], ws.w[i].prefix ? "*" : "");

	/* 2. the expression and how its phrases count */
	plan_init(&pl, &o, &tu);
	if (o.raw_syntax)
		buf_puts(&pl.expr, query);
	else if (o.claim)
		words_expression(&ws, NULL, &pl);
	else if (term_idfs(s, &p) != 0)
		goto oom;
	else
		build_expression(&p, &pl);
	if (coverage_mode)
		plan_coverage(&pl, &tu);
	if (pl.expr.oom)
		goto oom;
	size_t want = o.offset + o.limit;
	if (o.claim && tu.expand_terms > 0 &&
	    (rc = expand_plan(s, &pl, &ws, &o, &tu, want * 4, &info->essential,
	    &info->essential_sets, err, errlen)) != 0)
		goto done;
	if (pl.expr.oom)
		goto oom;
	info->reranked = pl.npool;
	if (s->vocab_failed) {
		rc = -1;
		goto done;
	}

	/* 3. rank; when nobody has every word, rank by how many they have */
	n = rank_rows(s, &pl, &o, &tu, want, &rows, &info->essential,
	    &info->essential_sets, err, errlen);
	if (n == 0 && !coverage_mode && !o.raw_syntax && !o.no_fallback && ws.n > 1) {
		free(rows);
		rows = NULL;
		if (!o.explain)
			compute_idf(s, &ws);
		plan_init(&pl, &o, &tu);
		words_expression(&ws, &p, &pl);
		plan_coverage(&pl, &tu);
		if (pl.expr.oom)
			goto oom;
		coverage_mode = 1;
		n = rank_rows(s, &pl, &o, &tu, want, &rows, &info->essential,
		    &info->essential_sets, err, errlen);
		info->fallback = n > 0;
	}
	if (n < 0) {
		rc = n;
		goto done;
	}

	/* 4. at most per_source rows a source, page, report */
	size_t skipped = 0, nshown = 0, nsources = 0;
	if (n > 0) {
		shown = calloc((size_t)n, sizeof *shown);
		snippets = calloc((size_t)n, sizeof *snippets);
		if (!shown || !snippets)
			goto oom;
	}
	if (o.per_source > 0 && n > 0) {
		sources = calloc((size_t)n, sizeof *sources);
		per = calloc((size_t)n, sizeof *per);
		if (!sources || !per)
			goto oom;
	}
	for (int i = 0; i < n && nshown < o.limit; i++) {
		if (o.per_source > 0) {
			size_t k;
			for (k = 0; k < nsources && sources[k] != rows[i].source_id; k++)
				;
			if (k == nsources)
				sources[nsources++] = rows[i].source_id;
			if (per[k]++ >= o.per_source)
				continue;
		}
		if (skipped < o.offset) {
			skipped++;
			continue;
		}
		shown[nshown++] = &rows[i];
	}
	if (!o.claim && !o.explain && nshown > 0 && strchr(pl.expr.data, '*') &&
	    snippets_of(s, pl.expr.data, shown, nshown, snippets) != 0)
		goto oom;
	size_t emitted = 0;
	for (size_t i = 0; i < nshown && rc == 0; i++) {
		rc = report(s, shown[i], snippets[i], &o, &tu, &pl, &ws, coverage_mode, &a, cb, ctx);
		if (rc == -1)
			goto oom;
		emitted++;
	}
	if (rc == 0)
		rc = (int)emitted;
	goto done;

oom:
	rc = util_error(err, errlen, "out of memory");
done:
	if (s->vocab_failed)	/* every count was needed; none was had */
		rc = util_error(err, errlen, "cannot read the index vocabulary: %s", s->vocab_error);
	if (info != &scratch && rc >= 0) {
		info->expression = pl.expr.data ? strdup(pl.expr.data) : NULL;
		info->words = wordlist.data ? strdup(wordlist.data) : NULL;
	}
	for (int i = 0; snippets && i < n; i++)
		free(snippets[i]);
	free(snippets);
	free(shown);
	free(sources);
	free(per);
	free(rows);
	free(a.hits);
	plan_free(&pl);
	buf_free(&wordlist);
	words_free(&ws);
	parsed_free(&p);
	return rc;
}

/*
 * A query reads one snapshot of the index: its statements share one read
 * transaction, so an indexing run cannot commit between the ranking of
 * rows and the reading of their text, and the WAL read lock is taken once
 * instead of for each of a dozen statements (about a tenth of a rare
 * word's query).  A caller inside a transaction of its own keeps it.
 */
int search_run(struct search *s, const char *query, const struct search_options *opts,
    search_callback cb, void *ctx, struct search_info *info, char *err, size_t errlen)
{
	int own = sqlite3_get_autocommit(s->db);
	if (own && sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return util_error(err, errlen, "cannot read the index: %s", sqlite3_errmsg(s->db));
	int rc = run_query(s, query, opts, cb, ctx, info, err, errlen);
	if (own && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}
