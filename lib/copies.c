/*
 * copies.c: passages that are near-duplicates across sources (see copies.h).
 *
 * Why MinHash with one-permutation hashing and banding: a copied passage
 * shares most of its 4-word shingles with the original even when a few
 * words are changed (each changed word breaks at most 4 shingles), while
 * unrelated passages share almost none.  One hash a shingle, binned, costs
 * little beside what the tokenizer spends on the passage, and 6 band keys
 * a passage make finding its copies six index lookups.  Bands of 3 bins:
 * a pair with Jaccard 0.7 shares a band with probability 0.92, 0.6 with
 * 0.77, 0.5 with 0.55, 0.2 with 0.05; every candidate is then measured
 * exactly, so a band collision never makes a copy by itself.  4 words
 * rather than 5: on the planted copies of eval/copies.py (seed 1),
 * 5-word shingles and 5 bands found 12 of 20 copies with 2-3 words
 * changed, 4 words and 6 bands 17 (docs/copies.md).
 *
 * Copies are found at read time from the stored keys rather than kept as
 * group ids: removing a source that bridged two others, or changing one
 * word of a passage, would otherwise mean regrouping every group it
 * touched in each run; here a run only adds and deletes its own passages'
 * rows, and what is read is always what the index holds.
 */
#include <stdlib.h>
#include <string.h>

#include "copies.h"
#include "util.h"

#define BINS (COPIES_BANDS * COPIES_ROWS)

/*
 * A passage whose body is text taken out of its file (HTML, PDF) has its
 * ends and page in passage_places (store.h): three columns, NULL for others.
 */
#define PLACE_COLUMNS "x.line_end, x.byte_end, x.page"
#define PLACE_JOIN "LEFT JOIN passage_places x ON x.id = p.id"

static uint64_t mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

typedef void (*shingle_fn)(void *ctx, uint64_t h);

/*
 * Call fn for every COPIES_SHINGLE-word shingle of t[0 .. n), in order;
 * returns how many.  A shingle's hash is a polynomial of its words'
 * hashes, rolled along in a few multiplications a word, then mixed once.
 */
static size_t each_shingle(const char *t, size_t n, shingle_fn fn, void *ctx)
{
	const unsigned char *s = (const unsigned char *)t;
	const uint64_t base = 0x9E3779B97F4A7C15ULL;
	uint64_t ring[COPIES_SHINGLE], roll = 0, h = UTIL_HASH_INIT, top = 1;
	size_t words = 0, count = 0, i = 0;
	int in_word = 0;
	for (int k = 1; k < COPIES_SHINGLE; k++)
		top *= base;	/* base^(shingle - 1): the weight of a shingle's first word */
	while (i <= n) {
		size_t k = 1;
		int letter = 0;
		unsigned char c = i < n ? s[i] : ' ';
		if (c >= 0x80) {
			/* U+2000 .. U+206F (E2 80 xx, E2 81 xx) and U+00A0 separate words */
			if (c == 0xE2 && i + 2 < n && (s[i + 1] == 0x80 || s[i + 1] == 0x81))
				k = 3;
			else if (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0)
				k = 2;
			else
				letter = 1;
		} else {
			unsigned char low = c | 0x20;
			letter = (c >= '0' && c <= '9') || (low >= 'a' && low <= 'z');
			if (letter && c < 'a' && c >= 'A')
				c = low;
		}
		if (letter) {
			h = (h ^ c) * 0x100000001b3ULL;
			in_word = 1;
		} else if (in_word) {
			uint64_t w = h ^ (h >> 29);
			if (words >= COPIES_SHINGLE)
				roll -= ring[words % COPIES_SHINGLE] * top;
			roll = roll * base + w;
			ring[words % COPIES_SHINGLE] = w;
			words++;
			h = UTIL_HASH_INIT;
			in_word = 0;
			if (words >= COPIES_SHINGLE) {
				fn(ctx, mix64(roll));
				count++;
			}
		}
		i += k;
	}
	return count;
}

struct bins {
	uint32_t min[BINS];
	unsigned char filled[BINS];
};

static void bin_shingle(void *ctx, uint64_t h)
{
	struct bins *b = ctx;
	size_t bin = (size_t)((h >> 32) % BINS);
	uint32_t v = (uint32_t)h;
	if (!b->filled[bin] || v < b->min[bin]) {
		b->min[bin] = v;
		b->filled[bin] = 1;
	}
}

size_t copies_sketch(const char *text, size_t len, int32_t band[COPIES_BANDS])
{
	struct bins b;
	memset(&b, 0, sizeof b);
	size_t n = each_shingle(text, len, bin_shingle, &b);
	if (n == 0)
		return 0;
	/* an empty bin borrows the next filled one's value, shifted by the distance */
	uint32_t v[BINS];
	for (size_t i = 0; i < BINS; i++) {
		size_t d = 0;
		while (!b.filled[(i + d) % BINS])
			d++;
		v[i] = b.min[(i + d) % BINS] + (uint32_t)d * 0x9E3779B9u;
	}
	for (size_t k = 0; k < COPIES_BANDS; k++) {
		uint64_t h = mix64(0x51ED270B2A3F1C5DULL + k);
		for (size_t r = 0; r < COPIES_ROWS; r++)
			h = mix64(h ^ v[k * COPIES_ROWS + r]);
		band[k] = (int32_t)(h >> 41);	/* 23 bits: 3 bytes in a record */
	}
	return n;
}

struct hashes {
	uint64_t *h;
	size_t n, cap;
	int oom;
};

static void collect(void *ctx, uint64_t h)
{
	struct hashes *a = ctx;
	if (a->oom)
		return;
	if (a->n == a->cap) {
		size_t cap = a->cap ? a->cap * 2 : 256;
		uint64_t *p = realloc(a->h, cap * sizeof *p);
		if (p == NULL) {
			a->oom = 1;
			return;
		}
		a->h = p;
		a->cap = cap;
	}
	a->h[a->n++] = h;
}

static int cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
	return a < b ? -1 : a > b;
}

/* The distinct shingle hashes of t, sorted.  0 or -1 (out of memory). */
static int shingle_set(const char *t, size_t n, struct hashes *a)
{
	memset(a, 0, sizeof *a);
	each_shingle(t, n, collect, a);
	if (a->oom)
		return -1;
	if (a->n > 1)
		qsort(a->h, a->n, sizeof *a->h, cmp_u64);
	size_t u = 0;
	for (size_t i = 0; i < a->n; i++)
		if (u == 0 || a->h[u - 1] != a->h[i])
			a->h[u++] = a->h[i];
	a->n = u;
	return 0;
}

/* Jaccard of two shingle sets; *shared (when not NULL): the shingles they share. */
static double jaccard(const struct hashes *a, const struct hashes *b, size_t *shared)
{
	size_t i = 0, j = 0, both = 0;
	if (shared)
		*shared = 0;
	if (a->n == 0 || b->n == 0)
		return 0;
	while (i < a->n && j < b->n) {
		if (a->h[i] == b->h[j])
			both++, i++, j++;
		else if (a->h[i] < b->h[j])
			i++;
		else
			j++;
	}
	if (shared)
		*shared = both;
	return (double)both / (double)(a->n + b->n - both);
}

double copies_similarity(const char *a, size_t alen, const char *b, size_t blen)
{
	struct hashes x = { 0 }, y = { 0 };
	double r = -1;
	if (shingle_set(a, alen, &x) == 0 && shingle_set(b, blen, &y) == 0)
		r = jaccard(&x, &y, NULL);
	free(x.h);
	free(y.h);
	return r;
}

/* ---- the indexer's side ---- */

struct copies_writer {
	sqlite3 *db;
	int rebuilding;
	sqlite3_stmt *insert, *remove;
};

/* The SQL of one of these, for COPIES_BANDS band columns, into b. */
enum sketch_sql { SQL_TABLE, SQL_INDEXES, SQL_INSERT, SQL_CANDIDATES, SQL_TARGET };

static void sketch_sql(struct buf *b, enum sketch_sql which)
{
	buf_reset(b);
	switch (which) {
	case SQL_TABLE:
		buf_puts(b, "CREATE TABLE IF NOT EXISTS copy_sketch(id INTEGER PRIMARY KEY");
		for (int k = 0; k < COPIES_BANDS; k++)
			buf_printf(b, ", b%d INTEGER NOT NULL", k);
		buf_puts(b, ")");
		break;
	case SQL_INDEXES:
		for (int k = 0; k < COPIES_BANDS; k++)
			buf_printf(b, "CREATE INDEX IF NOT EXISTS copy_sketch_b%d ON copy_sketch(b%d);",
			    k, k);
		break;
	case SQL_INSERT:
		buf_puts(b, "INSERT OR REPLACE INTO copy_sketch VALUES(?1");
		for (int k = 0; k < COPIES_BANDS; k++)
			buf_printf(b, ", ?%d", k + 2);
		buf_puts(b, ")");
		break;
	case SQL_TARGET:
		/* the bands, then the source and the body */
		buf_puts(b, "SELECT ");
		for (int k = 0; k < COPIES_BANDS; k++)
			buf_printf(b, "c.b%d, ", k);
		buf_puts(b, "p.source_id, p.body FROM copy_sketch c JOIN passage_rows p ON p.id = c.id"
		    " WHERE c.id = ?1");
		break;
	case SQL_CANDIDATES:
		/* bands ?1 .. ?B, the source ?(B+1) */
		buf_puts(b, "SELECT c.id, p.source_id, s.path, p.line_start, p.byte_start, p.body, "
		    PLACE_COLUMNS " FROM copy_sketch c JOIN passage_rows p ON p.id = c.id"
		    " JOIN sources s ON s.id = p.source_id " PLACE_JOIN " WHERE (");
		for (int k = 0; k < COPIES_BANDS; k++)
			buf_printf(b, "%sc.b%d = ?%d", k ? " OR " : "", k, k + 1);
		buf_printf(b, ") AND p.source_id <> ?%d ORDER BY p.source_id, c.id", COPIES_BANDS + 1);
		break;
	}
}

/* Run or prepare (st not NULL) the SQL of which: SQLITE_OK or an error code. */
static int sketch_exec(sqlite3 *db, enum sketch_sql which, sqlite3_stmt **st)
{
	struct buf b = { 0 };
	sketch_sql(&b, which);
	int rc = b.oom ? SQLITE_NOMEM : st ? sqlite3_prepare_v2(db, b.data, -1, st, NULL)
	    : sqlite3_exec(db, b.data, NULL, NULL, NULL);
	buf_free(&b);
	return rc;
}

static int db_err(sqlite3 *db, char *err, size_t errlen, const char *what)
{
	return util_error(err, errlen, "copies: %s: %s", what, sqlite3_errmsg(db));
}

static int has_table(sqlite3 *db)
{
	sqlite3_stmt *st;
	int have = -1;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM main.sqlite_schema WHERE type = 'table'"
	    " AND name = 'copy_sketch'", -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		have = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return have;
}

/* Sketch every passage the index holds (an index from before copy_sketch). */
static int fill_all(struct copies_writer *w, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	int rc;
	if (sqlite3_prepare_v2(w->db, "SELECT id, body FROM passage_rows", -1, &st, NULL) != SQLITE_OK)
		return db_err(w->db, err, errlen, "cannot read passages");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (copies_add(w, sqlite3_column_int64(st, 0), (const char *)sqlite3_column_text(st, 1),
		    (size_t)sqlite3_column_bytes(st, 1), err, errlen) != 0) {
			sqlite3_finalize(st);
			return -1;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : db_err(w->db, err, errlen, "cannot read passages");
}

int copies_begin(sqlite3 *db, int rebuilding, struct copies_writer **out, int *upgraded,
    char *err, size_t errlen)
{
	struct copies_writer *w = calloc(1, sizeof *w);
	*out = NULL;
	*upgraded = 0;
	if (w == NULL)
		return util_error(err, errlen, "out of memory");
	w->db = db;
	w->rebuilding = rebuilding;
	int have = has_table(db);
	if (have < 0) {
		db_err(db, err, errlen, "cannot read the schema");
		goto fail;
	}
	if (rebuilding && have &&
	    sqlite3_exec(db, "DROP TABLE copy_sketch", NULL, NULL, NULL) != SQLITE_OK) {
		db_err(db, err, errlen, "cannot drop copy_sketch");
		goto fail;
	}
	if (sketch_exec(db, SQL_TABLE, NULL) != SQLITE_OK ||
	    (!rebuilding && sketch_exec(db, SQL_INDEXES, NULL) != SQLITE_OK)) {
		db_err(db, err, errlen, "cannot make copy_sketch");
		goto fail;
	}
	if (sketch_exec(db, SQL_INSERT, &w->insert) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "DELETE FROM copy_sketch WHERE id"
	    " BETWEEN (SELECT first_passage FROM sources WHERE id = ?1)"
	    " AND (SELECT first_passage + passages - 1 FROM sources WHERE id = ?1)", -1,
	    &w->remove, NULL) != SQLITE_OK) {
		db_err(db, err, errlen, "cannot prepare");
		goto fail;
	}
	if (!rebuilding && !have) {
		if (fill_all(w, err, errlen) != 0)
			goto fail;
		*upgraded = 1;
	}
	*out = w;
	return 0;
fail:
	copies_end(w);
	return -1;
}

int copies_add(struct copies_writer *w, int64_t id, const char *body, size_t body_len,
    char *err, size_t errlen)
{
	int32_t band[COPIES_BANDS];
	if (w == NULL || !COPIES_SKETCHED(copies_sketch(body, body_len, band)))
		return 0;
	return copies_add_sketch(w, id, band, err, errlen);
}

int copies_add_sketch(struct copies_writer *w, int64_t id, const int32_t band[COPIES_BANDS],
    char *err, size_t errlen)
{
	if (w == NULL)
		return 0;
	sqlite3_bind_int64(w->insert, 1, id);
	for (int k = 0; k < COPIES_BANDS; k++)
		sqlite3_bind_int(w->insert, k + 2, band[k]);
	int rc = sqlite3_step(w->insert);
	sqlite3_reset(w->insert);
	return rc == SQLITE_DONE ? 0 : db_err(w->db, err, errlen, "cannot write a sketch");
}

int copies_remove_source(struct copies_writer *w, int64_t source_id, char *err, size_t errlen)
{
	if (w == NULL)
		return 0;
	sqlite3_bind_int64(w->remove, 1, source_id);
	int rc = sqlite3_step(w->remove);
	sqlite3_reset(w->remove);
	return rc == SQLITE_DONE ? 0 : db_err(w->db, err, errlen, "cannot delete sketches");
}

int copies_commit(struct copies_writer *w, char *err, size_t errlen)
{
	if (w == NULL || !w->rebuilding)
		return 0;
	if (sketch_exec(w->db, SQL_INDEXES, NULL) != SQLITE_OK)
		return db_err(w->db, err, errlen, "cannot index copy_sketch");
	return 0;
}

void copies_end(struct copies_writer *w)
{
	if (w == NULL)
		return;
	sqlite3_finalize(w->insert);
	sqlite3_finalize(w->remove);
	free(w);
}

int copies_check(sqlite3 *db, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	int have = has_table(db), rc = 0;
	if (have <= 0)
		return have < 0 ? db_err(db, err, errlen, "cannot read the schema") : 0;
	if (sqlite3_prepare_v2(db, "SELECT id FROM copy_sketch WHERE id NOT IN"
	    " (SELECT id FROM passage_rows) LIMIT 1", -1, &st, NULL) != SQLITE_OK)
		return db_err(db, err, errlen, "cannot check copy_sketch");
	int step = sqlite3_step(st);
	if (step == SQLITE_ROW)
		rc = util_error(err, errlen, "copy_sketch: a sketch of passage %lld, which is not"
		    " in the index", (long long)sqlite3_column_int64(st, 0));
	else if (step != SQLITE_DONE)
		rc = db_err(db, err, errlen, "cannot check copy_sketch");
	sqlite3_finalize(st);
	return rc;
}

/* ---- the reader's side ---- */


static size_t count_newlines(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += s[i] == '\n';
	return k;
}

/*
 * The ends and page of a passage starting at line, byte with body[0 .. len),
 * from PLACE_COLUMNS at column i of st, else from its body.
 */
static void place_ends(sqlite3_stmt *st, int i, const char *body, size_t len, int64_t line,
    int64_t byte, int64_t *line_end, int64_t *byte_end, int64_t *page)
{
	int extracted = sqlite3_column_type(st, i) != SQLITE_NULL;
	*line_end = extracted ? sqlite3_column_int64(st, i)
	    : line + (int64_t)count_newlines(body, len);
	*byte_end = extracted ? sqlite3_column_int64(st, i + 1) : byte + (int64_t)len;
	*page = extracted ? sqlite3_column_int64(st, i + 2) : 0;
}

int copies_find(sqlite3 *db, int64_t passage_id, struct copies_list *out, char *err,
    size_t errlen)
{
	sqlite3_stmt *t = NULL, *c = NULL;
	struct hashes mine = { 0 };
	int rc = -1, have = has_table(db);
	memset(out, 0, sizeof *out);
	if (have <= 0)
		return have < 0 ? db_err(db, err, errlen, "cannot read the schema") : 0;
	if (sketch_exec(db, SQL_TARGET, &t) != SQLITE_OK ||
	    sketch_exec(db, SQL_CANDIDATES, &c) != SQLITE_OK) {
		db_err(db, err, errlen, "cannot prepare");
		goto done;
	}
	sqlite3_bind_int64(t, 1, passage_id);
	int step = sqlite3_step(t);
	if (step != SQLITE_ROW) {
		rc = step == SQLITE_DONE ? 0 : db_err(db, err, errlen, "cannot read a sketch");
		goto done;
	}
	for (int k = 0; k < COPIES_BANDS; k++)
		sqlite3_bind_int64(c, k + 1, sqlite3_column_int64(t, k));
	sqlite3_bind_int64(c, COPIES_BANDS + 1, sqlite3_column_int64(t, COPIES_BANDS));
	if (shingle_set((const char *)sqlite3_column_text(t, COPIES_BANDS + 1),
	    (size_t)sqlite3_column_bytes(t, COPIES_BANDS + 1),
	    &mine) != 0) {
		util_error(err, errlen, "out of memory");
		goto done;
	}
	size_t cap = 0;
	while ((step = sqlite3_step(c)) == SQLITE_ROW) {
		struct hashes other;
		const char *body = (const char *)sqlite3_column_text(c, 5);
		size_t len = (size_t)sqlite3_column_bytes(c, 5);
		if (shingle_set(body, len, &other) != 0) {
			util_error(err, errlen, "out of memory");
			goto done;
		}
		size_t shared;
		double sim = jaccard(&mine, &other, &shared);
		free(other.h);
		if (sim < COPIES_MIN_JACCARD || shared < COPIES_MIN_SHARED)
			continue;
		int64_t source_id = sqlite3_column_int64(c, 1);
		struct copies_item *it = out->n ? &out->items[out->n - 1] : NULL;
		if (it && it->source_id == source_id) {
			if (sim <= it->similarity)
				continue;	/* one a source: its most alike passage */
			free(it->source);
		} else {
			if (out->n == cap) {
				size_t ncap = cap ? cap * 2 : 8;
				struct copies_item *p = realloc(out->items, ncap * sizeof *p);
				if (p == NULL) {
					util_error(err, errlen, "out of memory");
					goto done;
				}
				out->items = p;
				cap = ncap;
			}
			it = &out->items[out->n++];
		}
		it->passage_id = sqlite3_column_int64(c, 0);
		it->source_id = source_id;
		it->source = strdup((const char *)sqlite3_column_text(c, 2));
		it->line_start = sqlite3_column_int64(c, 3);
		it->byte_start = sqlite3_column_int64(c, 4);
		place_ends(c, 6, body, len, it->line_start, it->byte_start, &it->line_end,
		    &it->byte_end, &it->page);
		it->similarity = sim;
		if (it->source == NULL) {
			out->n--;
			util_error(err, errlen, "out of memory");
			goto done;
		}
	}
	rc = step == SQLITE_DONE ? 0 : db_err(db, err, errlen, "cannot read sketches");
done:
	free(mine.h);
	sqlite3_finalize(t);
	sqlite3_finalize(c);
	return rc;
}

void copies_list_free(struct copies_list *l)
{
	if (l == NULL)
		return;
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i].source);
	free(l->items);
	memset(l, 0, sizeof *l);
}

int copies_original(sqlite3 *db, int64_t passage_id, struct copies_item *out, int *self,
    char *err, size_t errlen)
{
	struct copies_list l;
	sqlite3_stmt *st;
	int64_t own = -1;
	memset(out, 0, sizeof *out);
	*self = 1;
	if (copies_find(db, passage_id, &l, err, errlen) != 0) {
		copies_list_free(&l);
		return -1;
	}
	if (l.n == 0)
		return 0;
	if (sqlite3_prepare_v2(db, "SELECT source_id FROM passage_rows WHERE id = ?1", -1, &st,
	    NULL) != SQLITE_OK) {
		copies_list_free(&l);
		return db_err(db, err, errlen, "cannot read a passage");
	}
	sqlite3_bind_int64(st, 1, passage_id);
	if (sqlite3_step(st) == SQLITE_ROW)
		own = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (own > l.items[0].source_id) {	/* items are in source id order */
		*out = l.items[0];
		l.items[0].source = NULL;
		*self = 0;
	}
	copies_list_free(&l);
	return 0;
}

int copies_each(sqlite3 *db, copies_callback cb, void *ctx, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	int have = has_table(db), rc = 0, step;
	if (have <= 0)
		return have < 0 ? db_err(db, err, errlen, "cannot read the schema") : 0;
	if (sqlite3_prepare_v2(db, "SELECT c.id, s.path, p.line_start, p.byte_start, p.body, "
	    PLACE_COLUMNS " FROM copy_sketch c JOIN passage_rows p ON p.id = c.id"
	    " JOIN sources s ON s.id = p.source_id " PLACE_JOIN " ORDER BY c.id", -1, &st,
	    NULL) != SQLITE_OK)
		return db_err(db, err, errlen, "cannot read sketches");
	while (rc == 0 && (step = sqlite3_step(st)) == SQLITE_ROW) {
		struct copies_list l;
		int64_t id = sqlite3_column_int64(st, 0);
		if (copies_find(db, id, &l, err, errlen) != 0) {
			rc = -1;
		} else if (l.n > 0) {
			const char *body = (const char *)sqlite3_column_text(st, 4);
			size_t len = (size_t)sqlite3_column_bytes(st, 4);
			int64_t line = sqlite3_column_int64(st, 2), byte = sqlite3_column_int64(st, 3);
			int64_t line_end, byte_end, page;
			place_ends(st, 5, body, len, line, byte, &line_end, &byte_end, &page);
			rc = cb(ctx, id, (const char *)sqlite3_column_text(st, 1), line, line_end, byte,
			    byte_end, page, &l);
		}
		copies_list_free(&l);
	}
	if (rc == 0 && step != SQLITE_DONE)
		rc = db_err(db, err, errlen, "cannot read sketches");
	sqlite3_finalize(st);
	return rc;
}

char *copies_json(sqlite3 *db, int64_t passage_id)
{
	struct copies_list l;
	struct buf b = { 0 };
	sqlite3_stmt *st = NULL;
	char err[256];
	if (copies_find(db, passage_id, &l, err, sizeof err) != 0) {
		copies_list_free(&l);
		return NULL;
	}
	buf_puts(&b, "[");
	if (l.n > 0 && sqlite3_prepare_v2(db, "SELECT json_object('source', ?1, 'line_start', ?2,"
	    " 'line_end', ?3, 'byte_start', ?4, 'byte_end', ?5, 'similarity', round(?6, 3),"
	    " 'page', ?7)", -1, &st, NULL) != SQLITE_OK)
		b.oom = 1;
	for (size_t i = 0; i < l.n && !b.oom; i++) {
		struct buf path = { 0 };
		util_utf8_repair(&path, l.items[i].source, strlen(l.items[i].source));
		sqlite3_reset(st);
		sqlite3_bind_text(st, 1, path.data ? path.data : "", (int)path.len, SQLITE_TRANSIENT);
		buf_free(&path);
		sqlite3_bind_int64(st, 2, l.items[i].line_start);
		sqlite3_bind_int64(st, 3, l.items[i].line_end);
		sqlite3_bind_int64(st, 4, l.items[i].byte_start);
		sqlite3_bind_int64(st, 5, l.items[i].byte_end);
		sqlite3_bind_double(st, 6, l.items[i].similarity);
		if (l.items[i].page > 0)
			sqlite3_bind_int64(st, 7, l.items[i].page);
		else
			sqlite3_bind_null(st, 7);
		if (sqlite3_step(st) != SQLITE_ROW) {
			b.oom = 1;
			break;
		}
		if (i)
			buf_puts(&b, ",");
		buf_puts(&b, (const char *)sqlite3_column_text(st, 0));
	}
	buf_puts(&b, "]");
	sqlite3_finalize(st);
	copies_list_free(&l);
	if (b.oom) {
		buf_free(&b);
		return NULL;
	}
	return b.data;
}
