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
 * each weighted by its inverse document frequency from fts5vocab.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passage.h"
#include "search.h"
#include "tokenizer.h"
#include "util.h"

#define DEFAULT_LIMIT 10
#define WEIGHT_TITLE 2.0
#define WEIGHT_SECTION 1.5
#define WEIGHT_BODY 1.0
#define CANDIDATES_MIN 200	/* rows re-ranked by coverage */
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
	double idf;
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
static void build_expression(const struct parsed *p, struct buf *b)
{
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
			first = 0;
		}
		/* FTS5's NOT is binary and left-associative: ((a AND b) NOT x) NOT y */
		for (int i = 0; i < p->n; i++) {
			const struct term *t = &p->t[i];
			if (!t->searchable || !t->negated || t->clause != c)
				continue;
			buf_puts(b, " NOT ");
			append_term(b, t);
		}
		buf_append(b, ")", 1);
	}
}

/*
 * Any of the words: each word as typed (so the tokenizer makes the same
 * stem and synonyms of it), OR'd; excluded terms still excluded.
 */
static void words_expression(const struct words *ws, const struct parsed *p, struct buf *b)
{
	buf_append(b, "(", 1);
	for (int i = 0; i < ws->n; i++) {
		if (i)
			buf_puts(b, " OR ");
		/* a prefix word's first term is its prefix as typed or widened */
		append_fts_string(b, ws->w[i].prefix ? ws->w[i].stems[0] : ws->w[i].surface);
		if (ws->w[i].prefix)
			buf_append(b, "*", 1);
	}
	buf_append(b, ")", 1);
	for (int i = 0; p && i < p->n; i++) {
		if (!p->t[i].searchable || !p->t[i].negated)
			continue;
		buf_puts(b, " NOT ");
		append_term(b, &p->t[i]);
	}
}

/* ---- the search object --------------------------------------------------- */

struct search {
	sqlite3 *db;
	struct tokenizer_session *tok;
	sqlite3_stmt *df;	/* document frequency of a term */
	sqlite3_stmt *prefix_df;	/* largest document frequency of terms in a range */
	double passages;	/* rows in the index */
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
	if (sqlite3_exec(db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab"
	    " USING fts5vocab(main, passages_fts, row)", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT doc FROM temp.search_vocab WHERE term = ?1",
	    -1, &s->df, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT max(doc) FROM temp.search_vocab"
	    " WHERE term >= ?1 AND term < ?2", -1, &s->prefix_df, NULL) != SQLITE_OK) {
		util_error(err, errlen, "cannot read the index vocabulary: %s", sqlite3_errmsg(db));
		search_close(s);
		return -1;
	}
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM passages", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		s->passages = (double)sqlite3_column_int64(st, 0);
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

static double doc_freq(struct search *s, const char *term)
{
	double df = 0;
	sqlite3_bind_text(s->df, 1, term, -1, SQLITE_STATIC);
	if (sqlite3_step(s->df) == SQLITE_ROW)
		df = (double)sqlite3_column_int64(s->df, 0);
	sqlite3_reset(s->df);
	return df;
}

/*
 * Rows holding some term that starts with prefix, as stem or raw form:
 * the largest document frequency among those terms, a lower bound that is
 * exact for the usual case of one dominant form.
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
		sqlite3_bind_text(s->prefix_df, 1, lo, -1, SQLITE_STATIC);
		sqlite3_bind_text(s->prefix_df, 2, hi, -1, SQLITE_STATIC);
		if (sqlite3_step(s->prefix_df) == SQLITE_ROW) {
			double df = (double)sqlite3_column_int64(s->prefix_df, 0);
			if (df > best)
				best = df;
		}
		sqlite3_reset(s->prefix_df);
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
		if (df > 0)
			continue;
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
		} else {
			for (int k = 0; k < w->nstems; k++)
				df += doc_freq(s, w->stems[k]);
		}
		if (df > n)
			df = n;
		w->idf = log(1.0 + (n - df + 0.5) / (df + 0.5));
		if (w->idf < 0.05)
			w->idf = 0.05;
	}
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

/* ---- candidates ------------------------------------------------------ */

struct candidate {
	int64_t id, ordinal, line_start, line_end, byte_start, byte_end;
	char *source, *title, *section, *text, *snippet;
	size_t text_len;
	double bm25, score, coverage;
	int present[MAX_WORDS];
	size_t sent_start, sent_end;	/* best sentence, bytes in text */
	int has_sentence;
	int length;
};

static void candidate_free(struct candidate *c)
{
	free(c->source);
	free(c->title);
	free(c->section);
	free(c->text);
	free(c->snippet);
}

static const char select_sql[] =
    "SELECT f.rowid, -bm25(passages_fts, ?2, ?3, ?4), s.path, s.title, p.section,"
    " p.ordinal, p.line_start, p.line_end, p.byte_start, p.byte_end, p.body,"
    " snippet(passages_fts, 2, char(2), char(3), '\xE2\x80\xA6', 24)"
    " FROM passages_fts f JOIN passages p ON p.id = f.rowid"
    " JOIN sources s ON s.id = p.source_id"
    " WHERE passages_fts MATCH ?1 AND (?7 IS NULL OR s.path GLOB ?7)"
    " ORDER BY bm25(passages_fts, ?2, ?3, ?4), f.rowid LIMIT ?5 OFFSET ?6";

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

/*
 * Run the expression and collect up to `want` rows after `skip`.
 * Returns the number collected, or -1 (syntax errors: SEARCH_ESYNTAX).
 */
static int fetch(struct search *s, const char *expr, const struct search_options *o,
    size_t want, size_t skip, struct candidate **out, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	struct candidate *cs = NULL;
	size_t n = 0;
	int rc;

	*out = NULL;
	if (sqlite3_prepare_v2(s->db, select_sql, -1, &st, NULL) != SQLITE_OK)
		return util_error(err, errlen, "cannot search: %s", sqlite3_errmsg(s->db));
	sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 2, o->weight_title);
	sqlite3_bind_double(st, 3, o->weight_section);
	sqlite3_bind_double(st, 4, o->weight_body);
	sqlite3_bind_int64(st, 5, (int64_t)want);
	sqlite3_bind_int64(st, 6, (int64_t)skip);
	if (o->source_glob)
		sqlite3_bind_text(st, 7, o->source_glob, -1, SQLITE_STATIC);
	size_t cap = 0;
	rc = SQLITE_DONE;
	while (n < want && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			struct candidate *p = realloc(cs, ncap * sizeof *p);
			if (p == NULL) {
				rc = SQLITE_NOMEM;
				break;
			}
			cs = p;
			cap = ncap;
		}
		struct candidate *c = &cs[n++];
		memset(c, 0, sizeof *c);
		c->id = sqlite3_column_int64(st, 0);
		c->bm25 = sqlite3_column_double(st, 1);
		c->source = column_dup(st, 2, NULL);
		c->title = column_dup(st, 3, NULL);
		c->section = column_dup(st, 4, NULL);
		c->ordinal = sqlite3_column_int64(st, 5);
		c->line_start = sqlite3_column_int64(st, 6);
		c->line_end = sqlite3_column_int64(st, 7);
		c->byte_start = sqlite3_column_int64(st, 8);
		c->byte_end = sqlite3_column_int64(st, 9);
		c->text = column_dup(st, 10, &c->text_len);
		c->snippet = column_dup(st, 11, NULL);
		c->score = c->bm25;
		if (!c->source || !c->title || !c->section || !c->text || !c->snippet) {
			rc = SQLITE_NOMEM;
			break;
		}
	}
	if (n < want && rc != SQLITE_DONE && rc != SQLITE_ROW) {
		int syntax = rc == SQLITE_ERROR;
		util_error(err, errlen, "%s%s", syntax ? "query syntax error: " : "search failed: ",
		    sqlite3_errmsg(s->db));
		sqlite3_finalize(st);
		for (size_t i = 0; i < n; i++)
			candidate_free(&cs[i]);
		free(cs);
		return syntax ? SEARCH_ESYNTAX : -1;
	}
	sqlite3_finalize(st);
	if (n == 0)
		free(cs), cs = NULL;
	*out = cs;
	return (int)n;
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

static int by_score(const void *x, const void *y)
{
	const struct candidate *a = x, *b = y;
	if (a->score != b->score)
		return a->score < b->score ? 1 : -1;
	return a->id < b->id ? -1 : a->id > b->id;
}

/* ---- explain ---------------------------------------------------------- */

static char *explain_text(const struct search_options *o, const struct words *ws,
    const struct candidate *c, int coverage_mode)
{
	struct buf b = { 0 };
	buf_printf(&b, "score %.4f = ", c->score);
	if (coverage_mode)
		buf_printf(&b, "bm25 %.4f x (0.5 + coverage %.3f)^2; ", c->bm25, c->coverage);
	else
		buf_printf(&b, "bm25 %.4f; ", c->bm25);
	buf_printf(&b, "weights title %.2g section %.2g body %.2g; passage %d words",
	    o->weight_title, o->weight_section, o->weight_body, c->length);
	for (int i = 0; i < ws->n; i++)
		buf_printf(&b, "; %s%s: idf %.3f, tf %d", ws->w[i].stems[0],
		    ws->w[i].prefix ? "*" : "", ws->w[i].idf, c->present[i]);
	return b.data;
}

/* ---- the run ------------------------------------------------------------ */

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

int search_run(struct search *s, const char *query, const struct search_options *opts,
    search_callback cb, void *ctx, struct search_info *info, char *err, size_t errlen)
{
	struct search_options o = *opts;
	struct parsed p = { 0 };
	struct words ws = { .n = 0 };
	struct buf expr = { 0 }, wordlist = { 0 };
	struct candidate *cs = NULL;
	struct analysis a = { 0 };
	int n = 0, rc = 0, coverage_mode = o.claim;
	struct search_info scratch = { 0 };

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

	const char *q = query;
	while (*q && is_space(*q))
		q++;
	if (*q == 0)
		return SEARCH_EEMPTY;

	/* 1. what to match, and the words to rank on */
	if (o.raw_syntax) {
		buf_puts(&expr, query);
		if (words_of_text(s, query, 0, TOKENIZER_QUERY, &ws) != 0)
			goto oom;
	} else if (o.claim) {
		if (words_of_text(s, query, 1, TOKENIZER_QUERY, &ws) != 0)
			goto oom;
		if (ws.n == 0)	/* only stop words: use them after all */
			if (words_of_text(s, query, 0, TOKENIZER_QUERY, &ws) != 0)
				goto oom;
		widen_unknown_words(s, &ws);
		words_expression(&ws, NULL, &expr);
	} else {
		if (parse_default(query, &p) != 0)
			goto oom;
		int positives = 0, any = 0;
		for (int i = 0; i < p.n; i++) {
			struct term *t = &p.t[i];
			struct count_ctx cc = { 0 };
			tokenizer_run(s->tok, TOKENIZER_QUERY, t->text, strlen(t->text), count_token, &cc);
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
				rc = util_error(err, errlen, "nothing to search for: the query only excludes words");
				rc = SEARCH_EEMPTY;
				goto done;
			}
			info->nothing_searchable = 1;
			goto done;
		}
		build_expression(&p, &expr);
	}
	if (ws.n == 0 && !o.raw_syntax) {
		info->nothing_searchable = 1;
		goto done;
	}
	if (expr.oom)
		goto oom;
	compute_idf(s, &ws);
	for (int i = 0; i < ws.n; i++)
		buf_printf(&wordlist, "%s%s%s", i ? " " : "", ws.w[i].stems[0], ws.w[i].prefix ? "*" : "");

	/* 2. fetch: straight from SQL unless re-ranking or grouping needs more rows */
	size_t want = o.offset + o.limit;
	int grouped = o.per_source > 0;
	if (!coverage_mode && !grouped) {
		n = fetch(s, expr.data, &o, o.limit, o.offset, &cs, err, errlen);
	} else {
		size_t k = want * (grouped ? 20 : 1);
		n = fetch(s, expr.data, &o, k < CANDIDATES_MIN ? CANDIDATES_MIN : k, 0, &cs, err, errlen);
	}
	if (n < 0) {
		rc = n;
		goto done;
	}
	if (n == 0 && !coverage_mode && !o.raw_syntax && !o.no_fallback && ws.n > 1) {
		/* nobody has every word: rank by how many they have */
		free(cs);
		cs = NULL;
		buf_reset(&expr);
		words_expression(&ws, &p, &expr);
		if (expr.oom)
			goto oom;
		coverage_mode = 1;
		n = fetch(s, expr.data, &o, want < CANDIDATES_MIN ? CANDIDATES_MIN : want * 4, 0,
		    &cs, err, errlen);
		if (n < 0) {
			rc = n;
			goto done;
		}
		info->fallback = n > 0;
	}

	/* 3. re-rank by coverage */
	if (coverage_mode || o.explain) {
		for (int i = 0; i < n; i++) {
			struct candidate *c = &cs[i];
			if (analyse(s, &ws, c->text, c->text_len, &a) != 0)
				goto oom;
			memcpy(c->present, a.present, sizeof c->present);
			c->length = a.length;
			c->coverage = coverage_of(&ws, a.present);
			if (coverage_mode) {
				double f = 0.5 + c->coverage;
				c->score = c->bm25 * f * f;
			}
		}
		if (coverage_mode && n > 1)
			qsort(cs, (size_t)n, sizeof *cs, by_score);
	}

	/* 4. group, page, report */
	size_t skipped = 0, emitted = 0;
	const char **seen_sources = NULL;
	size_t nseen = 0;
	size_t *per = NULL;
	if (grouped) {
		seen_sources = calloc((size_t)n + 1, sizeof *seen_sources);
		per = calloc((size_t)n + 1, sizeof *per);
		if (!seen_sources || !per) {
			free(seen_sources);
			free(per);
			goto oom;
		}
	}
	size_t skip = (coverage_mode || grouped) ? o.offset : 0;
	for (int i = 0; i < n && emitted < o.limit && rc == 0; i++) {
		struct candidate *c = &cs[i];
		if (grouped) {
			size_t k;
			for (k = 0; k < nseen; k++)
				if (strcmp(seen_sources[k], c->source) == 0)
					break;
			if (k == nseen)
				seen_sources[nseen++] = c->source;
			if (per[k]++ >= o.per_source)
				continue;
		}
		if (skipped < skip) {
			skipped++;
			continue;
		}
		struct search_result r;
		char *marked = NULL, *why = NULL;
		const char *const *matched = NULL, *const *missing = NULL;
		const char *mlist[MAX_WORDS], *xlist[MAX_WORDS];
		size_t nm = 0, nx = 0;
		if (o.claim) {
			/* step 3 kept only counts; the sentence needs the hits' places */
			if (analyse(s, &ws, c->text, c->text_len, &a) != 0)
				goto oom_grouped;
			best_sentence(&ws, &a, c->text, c->text_len, c);
			if (c->has_sentence)
				marked = mark_hits(&a, c->text, c->sent_start, c->sent_end);
		}
		if (coverage_mode) {
			for (int w = 0; w < ws.n; w++) {
				if (c->present[w])
					mlist[nm++] = ws.w[w].surface;
				else
					xlist[nx++] = ws.w[w].surface;
			}
			matched = mlist;
			missing = xlist;
		}
		fill_result(&r, c, marked ? marked : c->snippet);
		if (o.claim && c->has_sentence) {
			r.has_sentence = 1;
			r.sentence = c->text + c->sent_start;
			r.sentence_len = c->sent_end - c->sent_start;
			r.sentence_byte_start = c->byte_start + (int64_t)c->sent_start;
			r.sentence_byte_end = c->byte_start + (int64_t)c->sent_end;
			r.sentence_line = line_of(c, c->sent_start);
		}
		if (coverage_mode || o.claim) {
			r.coverage = c->coverage;
			r.matched = matched;
			r.nmatched = nm;
			r.missing = missing;
			r.nmissing = nx;
		}
		if (o.explain)
			r.explain = why = explain_text(&o, &ws, c, coverage_mode);
		int stop = cb(ctx, &r);
		free(marked);
		free(why);
		emitted++;
		if (stop)
			rc = SEARCH_ESTOPPED;
	}
	free(seen_sources);
	free(per);
	if (rc == 0)
		rc = (int)emitted;
	goto done;

oom_grouped:
	free(seen_sources);
	free(per);
oom:
	rc = util_error(err, errlen, "out of memory");
done:
	if (info != &scratch && rc >= 0) {
		info->expression = expr.data ? strdup(expr.data) : NULL;
		info->words = wordlist.data ? strdup(wordlist.data) : NULL;
	}
	for (int i = 0; i < n && cs; i++)
		candidate_free(&cs[i]);
	free(cs);
	free(a.hits);
	buf_free(&expr);
	buf_free(&wordlist);
	words_free(&ws);
	parsed_free(&p);
	return rc;
}
