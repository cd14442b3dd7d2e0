/*
 * rowscore.c: scoring chosen rows of the index exactly, without a MATCH
 * (rowscore.h).
 *
 * The phrases' query tokens sit in a small hash table (exact tokens) and a
 * list (prefix tokens).  A row's three columns are read with one statement
 * and tokenized as documents; each token is looked up, and a phrase counts
 * once per position, as FTS5 counts it.  A column's length is its number of
 * positions: a token starts a new one unless it is colocated with the
 * previous one, the rule FTS5 applies when it records column sizes.
 *
 * A row read is first recorded: its columns' texts and every token the
 * tokenizer gave them (a tape), which the counting then replays.  While
 * rows are kept (rowscore_keep_rows), the tapes stay, so a row scored
 * under several sets of phrases, or whose words feedback reads, is read
 * and tokenized once: tokenizing is most of what scoring a row costs
 * (about 110,000 instructions a SciFact passage, the replay a tenth).
 */
#include <stdlib.h>
#include <string.h>

#include "rowscore.h"

#define BUCKETS 256	/* a power of two; a claim and its expansion have about 40 tokens */
#define KEPT_BUCKETS 64	/* kept rows by id: a power of two */

/* A token as the tokenizer gave it: its term is terms[term .. term + len). */
struct tape_token {
	size_t term, start, end;
	unsigned len;
	int colocated;
};

/* A recorded row: its columns' texts and tokens, offsets into struct tape. */
struct tape_row {
	int64_t id;
	int found;		/* 0: no passage has that id */
	size_t text[RANK_COLUMNS], text_len[RANK_COLUMNS];	/* in tape.chars */
	size_t first[RANK_COLUMNS + 1];	/* column c's tokens: [first[c], first[c + 1]) */
	int next;		/* the next kept row of the same bucket, or -1 */
};

struct tape {
	char *chars;		/* texts and terms */
	size_t nchars, chars_cap;
	struct tape_token *tokens;
	size_t ntokens, tokens_cap;
	struct tape_row *rows;
	int nrows, rows_cap;
	int bucket[KEPT_BUCKETS];
	size_t kept_chars, kept_tokens;	/* the kept rows' share; a row not kept follows */
};

struct phrase_token {
	char *text;
	size_t len;
	int phrase;
	int next;	/* the next token of the same bucket, or -1 */
};

struct rowscore {
	sqlite3 *db;
	struct tokenizer_session *tok;
	sqlite3_stmt *columns;	/* a passage's title, section and body */
	int nphrase;
	struct phrase_token *tokens;	/* exact tokens, chained from bucket[] */
	int ntokens, cap;
	int bucket[BUCKETS];
	struct phrase_token *prefixes;	/* prefix tokens, tried one by one */
	int nprefixes, prefix_cap;
	/* while counting one column of a row */
	int hits[RANK_MAX_PHRASES * RANK_COLUMNS];
	int last_position[RANK_MAX_PHRASES];	/* where each phrase last counted */
	int column, length;
	/* while tokenizing one phrase */
	int adding, positions, failed, prefix;
	/* the rows recorded: only the last one unless keep */
	struct tape tape;
	int keep, recording_failed;
};

static const char columns_sql[] =
    "SELECT title, section, body FROM main.passages_content WHERE id = ?1";

static unsigned bucket_of(const char *s, size_t n)
{
	unsigned h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h & (BUCKETS - 1);
}

int rowscore_open(sqlite3 *db, struct tokenizer_session *tok, struct rowscore **out)
{
	struct rowscore *rs = calloc(1, sizeof *rs);
	*out = NULL;
	if (rs == NULL)
		return -1;
	rs->db = db;
	rs->tok = tok;
	memset(rs->bucket, -1, sizeof rs->bucket);
	memset(rs->tape.bucket, -1, sizeof rs->tape.bucket);
	if (sqlite3_prepare_v2(db, columns_sql, -1, &rs->columns, NULL) != SQLITE_OK) {
		free(rs);
		return -1;
	}
	*out = rs;
	return 0;
}

static void forget_phrases(struct rowscore *rs)
{
	for (int i = 0; i < rs->ntokens; i++)
		free(rs->tokens[i].text);
	for (int i = 0; i < rs->nprefixes; i++)
		free(rs->prefixes[i].text);
	rs->ntokens = rs->nprefixes = rs->nphrase = 0;
	memset(rs->bucket, -1, sizeof rs->bucket);
}

/* Forget every recorded row (the memory stays for the next). */
static void tape_clear(struct tape *t)
{
	t->nchars = t->ntokens = t->kept_chars = t->kept_tokens = 0;
	t->nrows = 0;
	memset(t->bucket, -1, sizeof t->bucket);
}

void rowscore_close(struct rowscore *rs)
{
	if (rs == NULL)
		return;
	forget_phrases(rs);
	free(rs->tape.chars);
	free(rs->tape.tokens);
	free(rs->tape.rows);
	free(rs->tokens);
	free(rs->prefixes);
	sqlite3_finalize(rs->columns);
	free(rs);
}

/* Append a token of phrase rs->adding to the table; 0 or -1 (out of memory). */
static int add_token(struct rowscore *rs, const char *term, size_t n)
{
	struct phrase_token **list = rs->prefix ? &rs->prefixes : &rs->tokens;
	int *count = rs->prefix ? &rs->nprefixes : &rs->ntokens;
	int *cap = rs->prefix ? &rs->prefix_cap : &rs->cap;
	if (*count == *cap) {
		int ncap = *cap ? *cap * 2 : 32;
		struct phrase_token *p = realloc(*list, (size_t)ncap * sizeof *p);
		if (p == NULL)
			return -1;
		*list = p;
		*cap = ncap;
	}
	struct phrase_token *t = &(*list)[*count];
	if ((t->text = malloc(n ? n : 1)) == NULL)
		return -1;
	memcpy(t->text, term, n);
	t->len = n;
	t->phrase = rs->adding;
	t->next = -1;
	if (!rs->prefix) {
		unsigned b = bucket_of(term, n);
		t->next = rs->bucket[b];
		rs->bucket[b] = *count;
	}
	(*count)++;
	return 0;
}

static int on_phrase_token(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct rowscore *rs = ctx;
	(void)start, (void)end;
	if (!colocated || rs->positions == 0)
		rs->positions++;
	if (rs->positions > 1)
		return 1;	/* several positions: not a word */
	if (n > TOKENIZER_FTS5_MAX_TOKEN)
		n = TOKENIZER_FTS5_MAX_TOKEN;
	if (add_token(rs, term, n) != 0) {
		rs->failed = 1;
		return 1;
	}
	return 0;
}

/*
 * The text inside a phrase's quotes (malloc'd, quotes undoubled) and
 * whether a "*" follows; NULL when it is not exactly "..." or "..."*.
 */
static char *unquote(const char *phrase, size_t *len, int *prefix)
{
	size_t n = strlen(phrase), o = 0, i = 1;
	char *text;
	if (n < 2 || phrase[0] != '"' || (text = malloc(n)) == NULL)
		return NULL;
	for (;; i++) {
		if (i >= n) {
			free(text);
			return NULL;
		}
		if (phrase[i] == '"') {
			if (i + 1 < n && phrase[i + 1] == '"') {
				text[o++] = phrase[i++];
				continue;
			}
			break;
		}
		text[o++] = phrase[i];
	}
	*prefix = phrase[i + 1] == '*';
	if (phrase[i + 1 + *prefix] != '\0') {
		free(text);
		return NULL;
	}
	text[o] = '\0';
	*len = o;
	return text;
}

int rowscore_set_phrases(struct rowscore *rs, const char *const *phrases, int n)
{
	forget_phrases(rs);
	if (n > RANK_MAX_PHRASES)
		return ROWSCORE_UNSUPPORTED;
	for (int i = 0; i < n; i++) {
		size_t len;
		char *text;
		if (phrases[i] == NULL)
			continue;
		if ((text = unquote(phrases[i], &len, &rs->prefix)) == NULL) {
			forget_phrases(rs);
			return ROWSCORE_UNSUPPORTED;
		}
		rs->adding = i;
		rs->positions = rs->failed = 0;
		int rc = tokenizer_run(rs->tok, rs->prefix ? TOKENIZER_PREFIX : TOKENIZER_QUERY,
		    text, len, on_phrase_token, rs);
		free(text);
		if (rc != 0) {
			int failed = rs->failed || rc < 0;
			forget_phrases(rs);
			return failed ? -1 : ROWSCORE_UNSUPPORTED;
		}
	}
	rs->nphrase = n;
	return 0;
}

static void count_hit(struct rowscore *rs, int phrase)
{
	int position = rs->length - 1;
	if (rs->last_position[phrase] == position)
		return;	/* a stem and its raw form, or two synonyms: once */
	rs->last_position[phrase] = position;
	rs->hits[phrase * RANK_COLUMNS + rs->column]++;
}

static int on_document_token(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct rowscore *rs = ctx;
	(void)start, (void)end;
	if (!colocated || rs->length == 0)
		rs->length++;
	if (n > TOKENIZER_FTS5_MAX_TOKEN)
		n = TOKENIZER_FTS5_MAX_TOKEN;
	for (int t = rs->bucket[bucket_of(term, n)]; t >= 0; t = rs->tokens[t].next)
		if (rs->tokens[t].len == n && memcmp(rs->tokens[t].text, term, n) == 0)
			count_hit(rs, rs->tokens[t].phrase);
	for (int t = 0; t < rs->nprefixes; t++)
		if (rs->prefixes[t].len <= n && memcmp(rs->prefixes[t].text, term,
		    rs->prefixes[t].len) == 0)
			count_hit(rs, rs->prefixes[t].phrase);
	return 0;
}

/* Room for more bytes in t->chars: 0 or -1. */
static int tape_chars(struct tape *t, size_t more)
{
	if (t->chars_cap - t->nchars >= more)
		return 0;
	size_t cap = t->chars_cap ? t->chars_cap : 4096;
	while (cap - t->nchars < more)
		cap *= 2;
	char *p = realloc(t->chars, cap);
	if (p == NULL)
		return -1;
	t->chars = p;
	t->chars_cap = cap;
	return 0;
}

static int on_record_token(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct rowscore *rs = ctx;
	struct tape *t = &rs->tape;
	if (t->ntokens == t->tokens_cap) {
		size_t cap = t->tokens_cap ? t->tokens_cap * 2 : 1024;
		struct tape_token *p = realloc(t->tokens, cap * sizeof *p);
		if (p == NULL) {
			rs->recording_failed = 1;
			return 1;
		}
		t->tokens = p;
		t->tokens_cap = cap;
	}
	if (n > UINT32_MAX || tape_chars(t, n) != 0) {
		rs->recording_failed = 1;
		return 1;
	}
	memcpy(t->chars + t->nchars, term, n);
	t->tokens[t->ntokens++] = (struct tape_token){ t->nchars, start, end, (unsigned)n,
	    colocated };
	t->nchars += n;
	return 0;
}

/*
 * Row id's recording: found kept, or read and tokenized now, kept with
 * ROWSCORE_KEEP, else recorded after the kept rows in place of the last
 * row not kept.  Its index in rs->tape.rows, or -1 (SQLite or tokenizer
 * error, out of memory).
 */
static int tape_row(struct rowscore *rs, int64_t id)
{
	struct tape *t = &rs->tape;
	unsigned b = (unsigned)((uint64_t)id * 0x9E3779B97F4A7C15u >> 58) & (KEPT_BUCKETS - 1);
	for (int r = t->nrows ? t->bucket[b] : -1; r >= 0; r = t->rows[r].next)
		if (t->rows[r].id == id)
			return r;
	t->nchars = t->kept_chars;
	t->ntokens = t->kept_tokens;
	if (t->nrows == t->rows_cap) {
		int cap = t->rows_cap ? t->rows_cap * 2 : 64;
		struct tape_row *p = realloc(t->rows, (size_t)cap * sizeof *p);
		if (p == NULL)
			return -1;
		t->rows = p;
		t->rows_cap = cap;
	}
	struct tape_row *row = &t->rows[t->nrows];
	size_t nchars = t->nchars, ntokens = t->ntokens;
	int rc = 0;
	memset(row, 0, sizeof *row);
	row->id = id;
	sqlite3_bind_int64(rs->columns, 1, id);
	int step = sqlite3_step(rs->columns);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		rc = -1;
	row->found = step == SQLITE_ROW;
	for (int c = 0; c < RANK_COLUMNS && rc == 0; c++) {
		row->first[c] = t->ntokens;
		if (!row->found)
			continue;
		const char *text = (const char *)sqlite3_column_text(rs->columns, c);
		size_t len = (size_t)sqlite3_column_bytes(rs->columns, c);
		if (text == NULL)
			len = 0;
		if (tape_chars(t, len + 1) != 0) {
			rc = -1;
			break;
		}
		if (len > 0)
			memcpy(t->chars + t->nchars, text, len);
		t->chars[t->nchars + len] = '\0';
		row->text[c] = t->nchars;
		row->text_len[c] = len;
		t->nchars += len + 1;
		rs->recording_failed = 0;
		if (text && tokenizer_run(rs->tok, TOKENIZER_DOCUMENT, text, len, on_record_token,
		    rs) != 0)
			rc = -1;
	}
	row->first[RANK_COLUMNS] = t->ntokens;
	sqlite3_reset(rs->columns);
	if (rc != 0) {
		t->nchars = nchars;
		t->ntokens = ntokens;
		return -1;
	}
	if (rs->keep != ROWSCORE_KEEP)
		return t->nrows;	/* past the kept rows: the next row read replaces it */
	t->kept_chars = t->nchars;
	t->kept_tokens = t->ntokens;
	row->next = t->bucket[b];
	t->bucket[b] = t->nrows;
	return t->nrows++;
}

/*
 * Replay column c of recorded row r to fn, as tokenizer_run gave it.
 * 0, or fn's first non-zero value.
 */
static int replay(const struct tape *t, const struct tape_row *row, int c,
    tokenizer_callback fn, void *ctx)
{
	for (size_t i = row->first[c]; i < row->first[c + 1]; i++) {
		const struct tape_token *k = &t->tokens[i];
		int rc = fn(ctx, t->chars + k->term, k->len, k->start, k->end, k->colocated);
		if (rc != 0)
			return rc;
	}
	return 0;
}

/*
 * Row id's recording into *out (tape_row): 0, ROWSCORE_NO_ROW when the
 * index has no such row, or -1.
 */
static int recorded_row(struct rowscore *rs, int64_t id, const struct tape_row **out)
{
	int r = tape_row(rs, id);
	if (r < 0)
		return -1;
	*out = &rs->tape.rows[r];
	return (*out)->found ? 0 : ROWSCORE_NO_ROW;
}

/*
 * Count row id's phrase occurrences into rs->hits and its column lengths,
 * then *out = value(p, hits, lengths, avglen): a score or a coverage from
 * rank.h's counts.  Returns 0, ROWSCORE_NO_ROW or -1.
 */
static int row_value(struct rowscore *rs, const struct rank_params *p, const double *avglen,
    int64_t id, double (*value)(const struct rank_params *, const int *, const int *,
    const double *), double *out)
{
	int length[RANK_COLUMNS] = { 0 };

	const struct tape_row *row;
	if (p->nphrase != rs->nphrase)
		return -1;
	int rc = recorded_row(rs, id, &row);
	if (rc != 0)
		return rc;
	memset(rs->hits, 0, (size_t)rs->nphrase * RANK_COLUMNS * sizeof *rs->hits);
	for (int c = 0; c < RANK_COLUMNS; c++) {
		rs->column = c;
		rs->length = 0;
		for (int i = 0; i < rs->nphrase; i++)
			rs->last_position[i] = -1;
		replay(&rs->tape, row, c, on_document_token, rs);
		length[c] = rs->length;
	}
	*out = value(p, rs->hits, length, avglen);
	return 0;
}

int rowscore_score(struct rowscore *rs, const struct rank_params *p, const double *avglen,
    int64_t id, double *score)
{
	return row_value(rs, p, avglen, id, rank_score_counts, score);
}

int rowscore_coverage(struct rowscore *rs, const struct rank_params *p, const double *avglen,
    int64_t id, double *coverage)
{
	return row_value(rs, p, avglen, id, rank_coverage_counts, coverage);
}

void rowscore_keep_rows(struct rowscore *rs, int keep)
{
	rs->keep = keep;
	if (keep != ROWSCORE_KEEP_NO_MORE)
		tape_clear(&rs->tape);
}

int rowscore_words(struct rowscore *rs, int64_t id, int column, tokenizer_callback fn,
    void *ctx, const char **text, size_t *len)
{
	const struct tape_row *row;
	if (column < 0 || column >= RANK_COLUMNS)
		return -1;
	int rc = recorded_row(rs, id, &row);
	if (rc != 0)
		return rc;
	*text = rs->tape.chars + row->text[column];
	*len = row->text_len[column];
	return replay(&rs->tape, row, column, fn, ctx) != 0 ? -1 : 0;
}
