/*
 * copies.c: passages that are near-duplicates across sources (see copies.h).
 *
 * Why MinHash with one-permutation hashing and banding: a copied passage
 * shares most of its 4-word shingles with the original even when a few
 * words are changed (each changed word breaks at most 4 shingles), while
 * unrelated passages share almost none.  One hash a shingle, binned, costs
 * little beside what the tokenizer spends on the passage, and 5 band keys
 * a passage make finding its copies five lookups.  Bands of 2 bins: a pair
 * with Jaccard 0.8 shares a band with probability 0.99, 0.7 with 0.96,
 * 0.6 with 0.88, 0.5 with 0.76, 0.2 with 0.18; every candidate is then
 * measured exactly, so a band collision never makes a copy by itself.
 * Until schema 4 the bands were 6 of 3 bins (0.92 at 0.7, 0.55 at 0.5),
 * each key a row's column with an index of its own: the six index sorts
 * were most of what the sketches cost a rebuild.  With keys this cheap to
 * keep (copy_band: 8 bytes an entry, written in order), more of the pairs
 * are found for less (docs/copies.md).  4 words rather than 5: on the
 * planted copies of eval/copies.py (seed 1), 5-word shingles found 12 of
 * 20 copies with 2-3 words changed, 4 words 17 (docs/copies.md).
 *
 * Copies are found at read time from the stored keys rather than kept as
 * group ids: removing a source that bridged two others, or changing one
 * word of a passage, would otherwise mean regrouping every group it
 * touched in each run; here a run only adds and deletes its own passages'
 * entries, and what is read is always what the index holds.
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

size_t copies_sketch(const char *text, size_t len, uint32_t band[COPIES_BANDS])
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
		band[k] = (uint32_t)(h >> 32);
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

/* ---- the stored keys: copy_band ---- */

/*
 * A band entry is one 64-bit number: the band key in the high 32 bits, the
 * passage id in the low 32, so that sorting entries sorts them by key and
 * a key's passages are a run.  copy_band keeps a band's entries in 2^13
 * buckets by the key's top 13 bits: a row a bucket, the entries sorted.
 * A run writes each row it changes once, at its commit, in bucket order
 * (WINDOW_ENTRIES); a lookup reads one row a band.
 *
 * A row's blob (schema 5) holds each entry as two varints (7 bits a byte,
 * low bits first): how far its key rose over the entry before (the first
 * entry: over the bucket's lowest key), then its passage id, or, when the
 * key did not rise, how far the id rose.  The keys of a bucket are spread
 * over 2^19 values, so a rise takes 2 bytes, an id 3 or 4: about 5 bytes
 * an entry where schema 4 took 8 (copy_band 20.6 -> 11 MB of a 100 MB
 * corpus's 270 MB index, docs/performance.md).  The entries of one key
 * are still a run, found by reading the row from its start: a row holds
 * about 50 entries at 100 MB, 250 at 500 MB.  13 bits: rows of about
 * 1.3 KB at 500 MB pack an 8 KB page well (bigger rows took a page each),
 * and at 100 MB cost little more than their bytes.
 */
#define BUCKET_BITS 13
#define ENTRY_BUCKET(e) ((int64_t)((e) >> (64 - BUCKET_BITS)))
#define BAND_BUCKET(k, e) (((int64_t)(k) << BUCKET_BITS) | ENTRY_BUCKET(e))
#define ENTRY(key, id) (((uint64_t)(key) << 32) | (uint64_t)(id))
#define ENTRY_ID(e) ((int64_t)((e) & 0xFFFFFFFFu))
#define ENTRY_KEY(e) ((uint32_t)((e) >> 32))

/*
 * Entries a run keeps in memory (its window) before it sets them aside,
 * sorted, as a batch: 16 MB (and a radix sort's scratch for a band's,
 * 3.4 MB), which kept a 500 MB rebuild's peak RSS at 90 MB (112 MB with
 * 4 M entries and arrays that doubled past them; 62 MB without sketches).
 * Until session 16 a full window was merged into copy_band, reading and
 * writing every row there was so far: once at 100 MB, 23 times at 2 GB,
 * work that grew with the square of the corpus (7.2 s of copies code at
 * 2 GB, docs/scale.md).  Now the batches wait in a scratch database and
 * the commit merges them all at once, each row read and written once, as
 * FTS5's optimize merges its segments.
 */
#define WINDOW_ENTRIES ((size_t)1 << 21)

/*
 * Batches a run sets aside before it merges them into copy_band on the
 * way (and starts again with none): each is a cursor at the commit's
 * merge and a list in its heap.  256 windows of 2 M entries are some
 * 20 GB of corpus.
 */
#define BATCHES_MAX 256

struct u64s {
	uint64_t *v;
	size_t n, cap;
};

/* Append x; the array doubles, but not past limit entries while it holds fewer. */
static int u64s_push(struct u64s *a, uint64_t x, size_t limit)
{
	if (a->n == a->cap) {
		size_t cap = a->cap ? a->cap * 2 : 1024;
		if (cap > limit && a->n < limit)
			cap = limit;
		uint64_t *p = realloc(a->v, cap * sizeof *p);
		if (p == NULL)
			return -1;
		a->v = p;
		a->cap = cap;
	}
	a->v[a->n++] = x;
	return 0;
}

static int u64s_reserve(struct u64s *a, size_t n)
{
	if (n <= a->cap)
		return 0;
	uint64_t *p = realloc(a->v, n * sizeof *p);
	if (p == NULL)
		return -1;
	a->v = p;
	a->cap = n;
	return 0;
}

/*
 * Sort v[0 .. n): a radix sort of 16-bit digits (a pass over the entries
 * each, a digit that is the same everywhere skipped), qsort when short or
 * when the scratch cannot be had.
 */
static void sort_u64(uint64_t *v, size_t n)
{
	if (n < 2)
		return;	/* v may be NULL when empty: qsort must not have it */
	uint64_t *tmp = n >= 4096 ? malloc(n * sizeof *tmp) : NULL;
	size_t *count = tmp ? malloc(65536 * sizeof *count) : NULL;
	if (count == NULL) {
		qsort(v, n, sizeof *v, cmp_u64);
		free(tmp);
		return;
	}
	uint64_t *src = v, *dst = tmp;
	for (int shift = 0; shift < 64; shift += 16) {
		memset(count, 0, 65536 * sizeof *count);
		for (size_t i = 0; i < n; i++)
			count[(src[i] >> shift) & 0xFFFF]++;
		if (count[(src[0] >> shift) & 0xFFFF] == n)
			continue;
		size_t sum = 0;
		for (size_t d = 0; d < 65536; d++) {
			size_t c = count[d];
			count[d] = sum;
			sum += c;
		}
		for (size_t i = 0; i < n; i++)
			dst[count[(src[i] >> shift) & 0xFFFF]++] = src[i];
		uint64_t *t = src;
		src = dst;
		dst = t;
	}
	if (src != v)
		memcpy(v, src, n * sizeof *v);
	free(count);
	free(tmp);
}

#define KEY_LOW_BITS (32 - BUCKET_BITS)
#define ENTRY_BYTES_MAX 8	/* a key's rise (< 2^19: 3 bytes) and an id (< 2^32: 5) */

static size_t put_varint(unsigned char *p, uint64_t v)
{
	size_t n = 0;
	while (v >= 0x80) {
		p[n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	p[n++] = (unsigned char)v;
	return n;
}

/* The varint at p[*at .. n) into *v, at most 5 bytes; 0, or -1 when cut short or too long. */
static int get_varint(const unsigned char *p, size_t n, size_t *at, uint64_t *v)
{
	uint64_t x = 0;
	for (int shift = 0; shift < 35 && *at < n; shift += 7) {
		unsigned char c = p[(*at)++];
		x |= (uint64_t)(c & 0x7F) << shift;
		if (!(c & 0x80)) {
			*v = x;
			return 0;
		}
	}
	return -1;
}

/*
 * A row's entries e[0 .. n) (sorted, distinct, all of the bucket) as its
 * blob into p (room for n * ENTRY_BYTES_MAX bytes); returns the bytes.
 */
static size_t encode_bucket(const uint64_t *e, size_t n, unsigned char *p)
{
	uint64_t key = n ? ENTRY_KEY(e[0]) >> KEY_LOW_BITS << KEY_LOW_BITS : 0, id = 0;
	size_t len = 0;
	for (size_t i = 0; i < n; i++) {
		uint64_t k = ENTRY_KEY(e[i]), d = (uint64_t)ENTRY_ID(e[i]);
		len += put_varint(p + len, k - key);
		len += put_varint(p + len, k == key ? d - id : d);
		key = k;
		id = d;
	}
	return len;
}

/*
 * Append the entries of band k's bucket row (p[0 .. n)) to out.  0, or -1
 * when the row is damaged (cut short, a key of another bucket, out of
 * order, an id of 0 or past 32 bits) or out of memory (*oom set).
 */
static int decode_bucket(int64_t bucket, const unsigned char *p, size_t n, struct u64s *out,
    int *oom)
{
	uint64_t low = (uint64_t)(bucket & ((1 << BUCKET_BITS) - 1)) << KEY_LOW_BITS;
	uint64_t key = low, id = 0;
	size_t at = 0;
	*oom = 0;
	if (n == 0)
		return -1;
	while (at < n) {
		uint64_t rise, d;
		if (get_varint(p, n, &at, &rise) != 0 || get_varint(p, n, &at, &d) != 0)
			return -1;
		if (rise > 0)
			id = 0;
		key += rise;
		id += d;
		/* distinct and in order: a key that did not rise needs an id that did */
		if (key - low >= (uint64_t)1 << KEY_LOW_BITS || d == 0 || id > UINT32_MAX)
			return -1;
		if (u64s_push(out, ENTRY(key, id), SIZE_MAX) != 0) {
			*oom = 1;
			return -1;
		}
	}
	return 0;
}
static int has_table(sqlite3 *db, const char *name)
{
	sqlite3_stmt *st;
	int have = -1;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM main.sqlite_schema WHERE type = 'table'"
	    " AND name = ?1", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			have = sqlite3_column_int(st, 0);
	}
	sqlite3_finalize(st);
	return have;
}

static int db_err(sqlite3 *db, char *err, size_t errlen, const char *what)
{
	return util_error(err, errlen, "copies: %s: %s", what, sqlite3_errmsg(db));
}

/* ---- the indexer's side ---- */

/*
 * A run's entries: the window in memory (add[] and rm[], a band each),
 * and the windows before it set aside as batches in a scratch database of
 * the writer's own: an empty name, so a file SQLite deletes when it is
 * closed, and that a killed run leaves nowhere (unix unlinks it at once).
 * It is not the index's: a batch is written outside the run's transaction
 * and dropped whole by closing it, with no page of the index to free.  Its
 * rows are written once, appended, and read once, a cursor a batch, so a
 * page cache of 512 KB does (SQLite's default 2 MB added 1.6 MB to a 2 GB
 * rebuild's peak RSS).
 *
 *   CREATE TABLE batch(id INTEGER PRIMARY KEY, entries BLOB NOT NULL)
 *
 * id = batch number << 16 | bucket (bucket < 5 << 13), entries as a
 * copy_band row's: the entries of one window's additions, or of its
 * removals, of one bucket.  Batch numbers are given in the order the
 * entries were queued (a window's removals before its additions), so a
 * batch's rows, read by id, come in bucket order.
 */
struct copies_writer {
	sqlite3 *db;
	sqlite3_stmt *get, *put, *del, *range, *bodies;
	struct u64s add[COPIES_BANDS], rm[COPIES_BANDS];	/* the window's entries */
	size_t pending;			/* entries in add[] and rm[] */
	size_t window;			/* set aside when this many (WINDOW_ENTRIES) */
	int64_t add_lo, add_hi;		/* the ids in add[] are within [add_lo, add_hi] */
	sqlite3 *scratch;		/* the batches, opened at the first */
	sqlite3_stmt *keep;		/* a batch's row into it */
	unsigned char *batch_adds;	/* of each batch: 1 additions, 0 removals */
	int batches;
	struct u64s pool;		/* a bucket's entries from copy_band and the batches */
	struct u64s merged;		/* and as they will be */
	unsigned char *bytes;		/* those as a row's blob */
	size_t bytes_cap;
};

static int scratch_err(struct copies_writer *w, char *err, size_t errlen, const char *what)
{
	return util_error(err, errlen, "copies: %s: %s", what,
	    w->scratch ? sqlite3_errmsg(w->scratch) : "out of memory");
}

static int reserve_bytes(struct copies_writer *w, size_t entries)
{
	if (entries * ENTRY_BYTES_MAX <= w->bytes_cap)
		return 0;
	unsigned char *p = realloc(w->bytes, entries * ENTRY_BYTES_MAX);
	if (p == NULL)
		return -1;
	w->bytes = p;
	w->bytes_cap = entries * ENTRY_BYTES_MAX;
	return 0;
}

/* Sort each band's entries of the window and drop repeats (a row holds an entry once). */
static void sort_window(struct copies_writer *w)
{
	for (int k = 0; k < COPIES_BANDS; k++) {
		struct u64s *l[2] = { &w->add[k], &w->rm[k] };
		for (int i = 0; i < 2; i++) {
			size_t u = 0;
			sort_u64(l[i]->v, l[i]->n);
			for (size_t j = 0; j < l[i]->n; j++)
				if (u == 0 || l[i]->v[u - 1] != l[i]->v[j])
					l[i]->v[u++] = l[i]->v[j];
			l[i]->n = u;
		}
	}
}

static void clear_window(struct copies_writer *w)
{
	for (int k = 0; k < COPIES_BANDS; k++)
		w->add[k].n = w->rm[k].n = 0;
	w->pending = 0;
	w->add_lo = INT64_MAX;
	w->add_hi = INT64_MIN;
}

static void close_scratch(struct copies_writer *w)
{
	sqlite3_finalize(w->keep);
	w->keep = NULL;
	sqlite3_close(w->scratch);	/* its transaction and file go with it */
	w->scratch = NULL;
	w->batches = 0;
}

static int open_scratch(struct copies_writer *w, char *err, size_t errlen)
{
	if (sqlite3_open_v2("", &w->scratch, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
	    NULL) != SQLITE_OK ||
	    sqlite3_exec(w->scratch, "PRAGMA journal_mode = OFF; PRAGMA cache_size = -512;"
	    "CREATE TABLE batch(id INTEGER PRIMARY KEY, entries BLOB NOT NULL); BEGIN",
	    NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(w->scratch, "INSERT INTO batch(id, entries) VALUES(?1, ?2)", -1,
	    &w->keep, NULL) != SQLITE_OK) {
		scratch_err(w, err, errlen, "cannot make a scratch database");
		close_scratch(w);
		return -1;
	}
	return 0;
}

/* The window's lists l[] (sorted, distinct) as the next batch, bucket by bucket. */
static int keep_batch(struct copies_writer *w, struct u64s *l, int adds, char *err,
    size_t errlen)
{
	size_t total = 0;
	for (int k = 0; k < COPIES_BANDS; k++)
		total += l[k].n;
	if (total == 0)
		return 0;
	unsigned char *p = realloc(w->batch_adds, (size_t)w->batches + 1);
	if (p == NULL)
		return util_error(err, errlen, "out of memory");
	w->batch_adds = p;
	for (int k = 0; k < COPIES_BANDS; k++) {
		const uint64_t *v = l[k].v;
		size_t i = 0, n = l[k].n;
		while (i < n) {
			size_t i2 = i;
			while (i2 < n && ENTRY_BUCKET(v[i2]) == ENTRY_BUCKET(v[i]))
				i2++;
			if (reserve_bytes(w, i2 - i) != 0)
				return util_error(err, errlen, "out of memory");
			sqlite3_bind_int64(w->keep, 1, (int64_t)w->batches << 16 | BAND_BUCKET(k, v[i]));
			sqlite3_bind_blob(w->keep, 2, w->bytes, (int)encode_bucket(v + i, i2 - i,
			    w->bytes), SQLITE_STATIC);
			int step = sqlite3_step(w->keep);
			sqlite3_reset(w->keep);
			if (step != SQLITE_DONE)
				return scratch_err(w, err, errlen, "cannot set entries aside");
			i = i2;
		}
	}
	w->batch_adds[w->batches++] = (unsigned char)adds;
	return 0;
}

/* A sorted list of distinct entries of one bucket, and what they say. */
struct list {
	const uint64_t *v;
	size_t n, at;
	int adds;	/* 1: its entries are there after it; 0: they are gone */
};

/* A list's next entry in the heap: the lower first, of the same the earlier list's. */
struct head {
	uint64_t e;
	int list;
};

static int before(struct head x, struct head y)
{
	return x.e < y.e || (x.e == y.e && x.list < y.list);
}

/* x into heap[0 .. n) at i or below, where it belongs. */
static void sift(struct head *heap, size_t n, size_t i, struct head x)
{
	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= n)
			break;
		if (c + 1 < n && before(heap[c + 1], heap[c]))
			c++;
		if (!before(heap[c], x))
			break;
		heap[i] = heap[c];
		i = c;
	}
	heap[i] = x;
}

/*
 * Merge l[0 .. k) (heap: room for k) into out (room for all their
 * entries), in order: an entry is in the result when the last list that
 * has it adds it.  Returns the entries written.
 */
static size_t merge_lists(struct list *l, int k, struct head *heap, uint64_t *out)
{
	size_t n = 0, o = 0;
	for (int i = 0; i < k; i++)
		if (l[i].n > 0) {
			l[i].at = 1;
			heap[n++] = (struct head){ l[i].v[0], i };
		}
	for (size_t i = n / 2; i-- > 0;)
		sift(heap, n, i, heap[i]);
	while (n > 0) {
		uint64_t e = heap[0].e;
		int keep;
		do {	/* each list that has e, earliest first: the last one says */
			struct list *t = &l[heap[0].list];
			keep = t->adds;
			if (t->at < t->n) {
				sift(heap, n, 0, (struct head){ t->v[t->at++], heap[0].list });
			} else {
				n--;
				sift(heap, n, 0, heap[n]);
			}
		} while (n > 0 && heap[0].e == e);
		if (keep)
			out[o++] = e;
	}
	return o;
}

/* A batch's rows at the commit's merge, read in bucket order. */
struct cursor {
	sqlite3_stmt *st;
	int64_t bucket;		/* of the row it is on; -1: past its last */
};

static int cursor_step(struct copies_writer *w, struct cursor *c, char *err, size_t errlen)
{
	int step = sqlite3_step(c->st);
	c->bucket = step == SQLITE_ROW ? sqlite3_column_int64(c->st, 0) & 0xFFFF : -1;
	return step == SQLITE_ROW || step == SQLITE_DONE ? 0
	    : scratch_err(w, err, errlen, "cannot read the entries set aside");
}

static int damaged(char *err, size_t errlen, int oom, const char *what, int64_t bucket)
{
	return oom ? util_error(err, errlen, "out of memory")
	    : util_error(err, errlen, "copies: %s: bucket %lld is damaged%s", what,
	    (long long)bucket, strcmp(what, "copy_band") == 0 ? " (rebuild the index)" : "");
}

/*
 * Bucket := what it holds, then each batch's removals and additions of it
 * in turn, then the window's (a and r, sorted): one k-way merge, the
 * row read and written once.
 */
static int merge_bucket(struct copies_writer *w, int64_t bucket, struct cursor *cur,
    struct list *l, struct head *heap, const uint64_t *a, size_t na, const uint64_t *r, size_t nr,
    char *err, size_t errlen)
{
	size_t start[BATCHES_MAX + 1];
	int k = 0, oom = 0;
	w->pool.n = 0;
	sqlite3_bind_int64(w->get, 1, bucket);
	int step = sqlite3_step(w->get);
	if (step == SQLITE_ROW) {
		start[k] = 0;
		l[k++].adds = 1;
		if (decode_bucket(bucket, sqlite3_column_blob(w->get, 0),
		    (size_t)sqlite3_column_bytes(w->get, 0), &w->pool, &oom) != 0) {
			sqlite3_reset(w->get);
			return damaged(err, errlen, oom, "copy_band", bucket);
		}
	}
	sqlite3_reset(w->get);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return db_err(w->db, err, errlen, "cannot read copy_band");
	for (int b = 0; b < w->batches; b++) {
		if (cur[b].bucket != bucket)
			continue;
		start[k] = w->pool.n;
		l[k++].adds = w->batch_adds[b];
		if (decode_bucket(bucket, sqlite3_column_blob(cur[b].st, 1),
		    (size_t)sqlite3_column_bytes(cur[b].st, 1), &w->pool, &oom) != 0)
			return damaged(err, errlen, oom, "the entries set aside", bucket);
		if (cursor_step(w, &cur[b], err, errlen) != 0)
			return -1;
	}
	for (int i = 0; i < k; i++) {	/* the pool has stopped moving */
		l[i].v = w->pool.v + start[i];
		l[i].n = (i + 1 < k ? start[i + 1] : w->pool.n) - start[i];
	}
	l[k].v = r, l[k].n = nr, l[k++].adds = 0;
	l[k].v = a, l[k].n = na, l[k++].adds = 1;
	if (u64s_reserve(&w->merged, w->pool.n + na) != 0 || reserve_bytes(w, w->pool.n + na) != 0)
		return util_error(err, errlen, "out of memory");
	size_t o = merge_lists(l, k, heap, w->merged.v);
	sqlite3_stmt *st = o ? w->put : w->del;
	sqlite3_bind_int64(st, 1, bucket);
	if (o)
		sqlite3_bind_blob(st, 2, w->bytes, (int)encode_bucket(w->merged.v, o, w->bytes),
		    SQLITE_STATIC);
	step = sqlite3_step(st);
	sqlite3_reset(st);
	return step == SQLITE_DONE ? 0 : db_err(w->db, err, errlen, "cannot write copy_band");
}

/*
 * Merge the batches and the window into copy_band, bucket by bucket, in
 * order; then there are none.
 */
static int merge_all(struct copies_writer *w, char *err, size_t errlen)
{
	struct cursor *cur = calloc((size_t)w->batches + 1, sizeof *cur);
	struct list *l = calloc((size_t)w->batches + 3, sizeof *l);
	struct head *heap = calloc((size_t)w->batches + 3, sizeof *heap);
	int rc = -1;
	if (cur == NULL || l == NULL || heap == NULL) {
		util_error(err, errlen, "out of memory");
		goto done;
	}
	sort_window(w);
	for (int b = 0; b < w->batches; b++) {
		if (sqlite3_prepare_v2(w->scratch, "SELECT id, entries FROM batch"
		    " WHERE id >= ?1 AND id < ?2", -1, &cur[b].st, NULL) != SQLITE_OK) {
			scratch_err(w, err, errlen, "cannot read the entries set aside");
			goto done;
		}
		sqlite3_bind_int64(cur[b].st, 1, (int64_t)b << 16);
		sqlite3_bind_int64(cur[b].st, 2, (int64_t)(b + 1) << 16);
		if (cursor_step(w, &cur[b], err, errlen) != 0)
			goto done;
	}
	for (int k = 0; k < COPIES_BANDS; k++) {
		struct u64s *a = &w->add[k], *r = &w->rm[k];
		int64_t band_end = (int64_t)(k + 1) << BUCKET_BITS;
		size_t i = 0, j = 0;
		for (;;) {
			int64_t b = band_end;
			if (i < a->n && BAND_BUCKET(k, a->v[i]) < b)
				b = BAND_BUCKET(k, a->v[i]);
			if (j < r->n && BAND_BUCKET(k, r->v[j]) < b)
				b = BAND_BUCKET(k, r->v[j]);
			for (int c = 0; c < w->batches; c++)
				if (cur[c].bucket >= 0 && cur[c].bucket < b)
					b = cur[c].bucket;
			if (b == band_end)
				break;
			size_t i2 = i, j2 = j;
			while (i2 < a->n && BAND_BUCKET(k, a->v[i2]) == b)
				i2++;
			while (j2 < r->n && BAND_BUCKET(k, r->v[j2]) == b)
				j2++;
			/* a band with no entries to add (or to remove) has no array at all */
			if (merge_bucket(w, b, cur, l, heap, a->v ? a->v + i : NULL, i2 - i,
			    r->v ? r->v + j : NULL, j2 - j, err, errlen) != 0)
				goto done;
			i = i2;
			j = j2;
		}
	}
	rc = 0;
done:
	for (int b = 0; cur && b < w->batches; b++)
		sqlite3_finalize(cur[b].st);
	free(cur);
	free(l);
	free(heap);
	close_scratch(w);
	clear_window(w);
	return rc;
}

/*
 * Set the window aside as a batch (two: its removals, its additions), or,
 * when there are BATCHES_MAX, merge everything into copy_band.
 */
static int set_aside(struct copies_writer *w, char *err, size_t errlen)
{
	if (w->pending == 0)
		return 0;
	if (w->batches + 2 > BATCHES_MAX)
		return merge_all(w, err, errlen);
	if (w->scratch == NULL && open_scratch(w, err, errlen) != 0)
		return -1;
	sort_window(w);
	if (keep_batch(w, w->rm, 0, err, errlen) != 0 || keep_batch(w, w->add, 1, err, errlen) != 0)
		return -1;
	clear_window(w);
	return 0;
}

/* Queue band[] of passage id in to[] (add or rm), setting the window aside when full. */
static int queue(struct copies_writer *w, struct u64s *to, int64_t id,
    const uint32_t band[COPIES_BANDS], char *err, size_t errlen)
{
	if (id <= 0 || id > (int64_t)UINT32_MAX)
		return util_error(err, errlen, "copies: passage id %lld is beyond what a sketch"
		    " can name", (long long)id);
	for (int k = 0; k < COPIES_BANDS; k++)
		if (u64s_push(&to[k], ENTRY(band[k], id), w->window / COPIES_BANDS + 1) != 0)
			return util_error(err, errlen, "out of memory");
	w->pending += COPIES_BANDS;
	return w->pending >= w->window ? set_aside(w, err, errlen) : 0;
}

/* Sketch every passage the index holds (an index from before copy_band). */
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
	w->window = WINDOW_ENTRIES;
	clear_window(w);
	int have = has_table(db, "copy_band"), legacy = has_table(db, "copy_sketch");
	if (have < 0 || legacy < 0) {
		db_err(db, err, errlen, "cannot read the schema");
		goto fail;
	}
	/* copy_sketch: schema 3's sketches, a row a passage and an index a band */
	if ((legacy && sqlite3_exec(db, "DROP TABLE copy_sketch", NULL, NULL, NULL) != SQLITE_OK) ||
	    (rebuilding && have &&
	    sqlite3_exec(db, "DROP TABLE copy_band", NULL, NULL, NULL) != SQLITE_OK)) {
		db_err(db, err, errlen, "cannot drop the old sketches");
		goto fail;
	}
	if (sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS copy_band(bucket INTEGER PRIMARY KEY,"
	    " entries BLOB NOT NULL)", NULL, NULL, NULL) != SQLITE_OK) {
		db_err(db, err, errlen, "cannot make copy_band");
		goto fail;
	}
	if (sqlite3_prepare_v2(db, "SELECT entries FROM copy_band WHERE bucket = ?1", -1, &w->get,
	    NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO copy_band(bucket, entries) VALUES(?1, ?2)",
	    -1, &w->put, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "DELETE FROM copy_band WHERE bucket = ?1", -1, &w->del,
	    NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT first_passage, first_passage + passages - 1 FROM sources"
	    " WHERE id = ?1", -1, &w->range, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT id, body FROM passage_rows WHERE id BETWEEN ?1 AND ?2",
	    -1, &w->bodies, NULL) != SQLITE_OK) {
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
	uint32_t band[COPIES_BANDS];
	if (w == NULL || !COPIES_SKETCHED(copies_sketch(body, body_len, band)))
		return 0;
	return copies_add_sketch(w, id, band, err, errlen);
}

int copies_add_sketch(struct copies_writer *w, int64_t id, const uint32_t band[COPIES_BANDS],
    char *err, size_t errlen)
{
	if (w == NULL)
		return 0;
	if (queue(w, w->add, id, band, err, errlen) != 0)
		return -1;
	if (id < w->add_lo)
		w->add_lo = id;
	if (id > w->add_hi)
		w->add_hi = id;
	return 0;
}

int copies_remove_source(struct copies_writer *w, int64_t source_id, char *err, size_t errlen)
{
	if (w == NULL)
		return 0;
	int64_t lo = 0, hi = -1;
	sqlite3_bind_int64(w->range, 1, source_id);
	int step = sqlite3_step(w->range);
	if (step == SQLITE_ROW && sqlite3_column_type(w->range, 0) != SQLITE_NULL) {
		lo = sqlite3_column_int64(w->range, 0);
		hi = sqlite3_column_int64(w->range, 1);
	}
	sqlite3_reset(w->range);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return db_err(w->db, err, errlen, "cannot read sources");
	if (lo > hi)
		return 0;
	/*
	 * a window's removals count before its additions: additions of these
	 * passages go to a batch of their own first
	 */
	if (w->add_hi >= lo && w->add_lo <= hi && set_aside(w, err, errlen) != 0)
		return -1;
	/* the passages' keys, from the bodies they were made from */
	sqlite3_bind_int64(w->bodies, 1, lo);
	sqlite3_bind_int64(w->bodies, 2, hi);
	while ((step = sqlite3_step(w->bodies)) == SQLITE_ROW) {
		uint32_t band[COPIES_BANDS];
		if (COPIES_SKETCHED(copies_sketch((const char *)sqlite3_column_text(w->bodies, 1),
		    (size_t)sqlite3_column_bytes(w->bodies, 1), band)) &&
		    queue(w, w->rm, sqlite3_column_int64(w->bodies, 0), band, err, errlen) != 0) {
			sqlite3_reset(w->bodies);
			return -1;
		}
	}
	sqlite3_reset(w->bodies);
	return step == SQLITE_DONE ? 0 : db_err(w->db, err, errlen, "cannot read passages");
}

int copies_commit(struct copies_writer *w, char *err, size_t errlen)
{
	if (w == NULL)
		return 0;
	return merge_all(w, err, errlen);
}

void copies_set_window(struct copies_writer *w, size_t entries)
{
	w->window = entries ? entries : 1;
}

void copies_end(struct copies_writer *w)
{
	if (w == NULL)
		return;
	sqlite3_finalize(w->get);
	sqlite3_finalize(w->put);
	sqlite3_finalize(w->del);
	sqlite3_finalize(w->range);
	sqlite3_finalize(w->bodies);
	close_scratch(w);
	for (int k = 0; k < COPIES_BANDS; k++) {
		free(w->add[k].v);
		free(w->rm[k].v);
	}
	free(w->batch_adds);
	free(w->pool.v);
	free(w->merged.v);
	free(w->bytes);
	free(w);
}

/* "a sketch of passage N, which is not in the index" or "a stale sketch of passage N" */
static int check_extra(sqlite3 *db, uint64_t e, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	int exists = 0;
	if (sqlite3_prepare_v2(db, "SELECT 1 FROM passage_rows WHERE id = ?1", -1, &st,
	    NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, ENTRY_ID(e));
		exists = sqlite3_step(st) == SQLITE_ROW;
	}
	sqlite3_finalize(st);
	return util_error(err, errlen, exists ? "copy_band: a stale sketch of passage %lld"
	    : "copy_band: a sketch of passage %lld, which is not in the index",
	    (long long)ENTRY_ID(e));
}

int copies_check(sqlite3 *db, char *err, size_t errlen)
{
	sqlite3_stmt *st = NULL;
	struct u64s want[COPIES_BANDS], row = { 0 };
	size_t pos[COPIES_BANDS] = { 0 };
	int have = has_table(db, "copy_band"), rc = -1, step;
	if (have <= 0)
		return have < 0 ? db_err(db, err, errlen, "cannot read the schema") : 0;
	memset(want, 0, sizeof want);
	/* what copy_band must hold: the sketches of the passages there are */
	if (sqlite3_prepare_v2(db, "SELECT id, body FROM passage_rows", -1, &st, NULL) != SQLITE_OK) {
		db_err(db, err, errlen, "cannot check copy_band");
		goto done;
	}
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		uint32_t band[COPIES_BANDS];
		int64_t id = sqlite3_column_int64(st, 0);
		if (!COPIES_SKETCHED(copies_sketch((const char *)sqlite3_column_text(st, 1),
		    (size_t)sqlite3_column_bytes(st, 1), band)) || id <= 0 || id > (int64_t)UINT32_MAX)
			continue;
		for (int k = 0; k < COPIES_BANDS; k++)
			if (u64s_push(&want[k], ENTRY(band[k], id), SIZE_MAX) != 0) {
				util_error(err, errlen, "out of memory");
				goto done;
			}
	}
	if (step != SQLITE_DONE) {
		db_err(db, err, errlen, "cannot check copy_band");
		goto done;
	}
	sqlite3_finalize(st);
	for (int k = 0; k < COPIES_BANDS; k++)
		sort_u64(want[k].v, want[k].n);
	/* what it holds, band by band, in key order */
	if (sqlite3_prepare_v2(db, "SELECT bucket, entries FROM copy_band ORDER BY bucket", -1, &st,
	    NULL) != SQLITE_OK) {
		st = NULL;
		db_err(db, err, errlen, "cannot check copy_band");
		goto done;
	}
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t bucket = sqlite3_column_int64(st, 0);
		int64_t k = bucket >> BUCKET_BITS;
		int oom = 0;
		row.n = 0;
		if (bucket < 0 || k >= COPIES_BANDS || decode_bucket(bucket, sqlite3_column_blob(st, 1),
		    (size_t)sqlite3_column_bytes(st, 1), &row, &oom) != 0) {
			if (oom)
				util_error(err, errlen, "out of memory");
			else
				util_error(err, errlen, "copy_band: bucket %lld is damaged",
				    (long long)bucket);
			goto done;
		}
		for (size_t i = 0; i < row.n; i++) {
			uint64_t e = row.v[i];
			struct u64s *wk = &want[k];
			if (pos[k] < wk->n && wk->v[pos[k]] == e) {
				pos[k]++;
				continue;
			}
			if (pos[k] < wk->n && wk->v[pos[k]] < e)
				util_error(err, errlen, "copy_band: passage %lld has no sketch",
				    (long long)ENTRY_ID(wk->v[pos[k]]));
			else
				check_extra(db, e, err, errlen);
			goto done;
		}
	}
	if (step != SQLITE_DONE) {
		db_err(db, err, errlen, "cannot check copy_band");
		goto done;
	}
	for (int k = 0; k < COPIES_BANDS; k++)
		if (pos[k] < want[k].n) {
			util_error(err, errlen, "copy_band: passage %lld has no sketch",
			    (long long)ENTRY_ID(want[k].v[pos[k]]));
			goto done;
		}
	rc = 0;
done:
	sqlite3_finalize(st);
	for (int k = 0; k < COPIES_BANDS; k++)
		free(want[k].v);
	free(row.v);
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

/*
 * Add to ids the passages whose band k has key (get: copy_band's row of
 * a bucket).  0, or -1 with err.
 */
static int band_lookup(sqlite3 *db, sqlite3_stmt *get, int k, uint32_t key, struct u64s *ids,
    char *err, size_t errlen)
{
	uint64_t lo = ENTRY(key, 0);
	int64_t bucket = BAND_BUCKET(k, lo);
	int rc = 0;
	sqlite3_bind_int64(get, 1, bucket);
	int step = sqlite3_step(get);
	if (step == SQLITE_ROW) {
		/* a row is read from its start: the key's run, then the keys above it */
		struct u64s row = { 0 };
		int oom = 0;
		if (decode_bucket(bucket, sqlite3_column_blob(get, 0),
		    (size_t)sqlite3_column_bytes(get, 0), &row, &oom) != 0)
			rc = oom ? util_error(err, errlen, "out of memory")
			    : util_error(err, errlen, "copy_band: bucket %lld is damaged (rebuild the"
			    " index)", (long long)bucket);
		for (size_t i = 0; rc == 0 && i < row.n && ENTRY_KEY(row.v[i]) <= key; i++)
			if (ENTRY_KEY(row.v[i]) == key &&
			    u64s_push(ids, (uint64_t)ENTRY_ID(row.v[i]), SIZE_MAX) != 0)
				rc = util_error(err, errlen, "out of memory");
		free(row.v);
	} else if (step != SQLITE_DONE) {
		rc = db_err(db, err, errlen, "cannot read copy_band");
	}
	sqlite3_reset(get);
	return rc;
}

/* Items by source, then passage id. */
static int cmp_item(const void *x, const void *y)
{
	const struct copies_item *a = x, *b = y;
	if (a->source_id != b->source_id)
		return a->source_id < b->source_id ? -1 : 1;
	return a->passage_id < b->passage_id ? -1 : a->passage_id > b->passage_id;
}

/* The reader's statements, prepared once for many look-ups. */
struct copies_reader {
	sqlite3 *db;
	int have;		/* the index has copy_band */
	sqlite3_stmt *passage;	/* a passage's source and body */
	sqlite3_stmt *band;	/* a bucket's entries */
	sqlite3_stmt *copy;	/* a copy's place */
	sqlite3_stmt *json;	/* a copy as a JSON object: prepared at the first copy */
};

int copies_reader_open(sqlite3 *db, struct copies_reader **out, char *err, size_t errlen)
{
	struct copies_reader *r = calloc(1, sizeof *r);
	*out = NULL;
	if (r == NULL)
		return util_error(err, errlen, "out of memory");
	r->db = db;
	if ((r->have = has_table(db, "copy_band")) < 0) {
		free(r);
		return db_err(db, err, errlen, "cannot read the schema");
	}
	if (r->have && (sqlite3_prepare_v2(db, "SELECT source_id, body FROM passage_rows"
	    " WHERE id = ?1", -1, &r->passage, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT entries FROM copy_band WHERE bucket = ?1", -1, &r->band,
	    NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT p.source_id, s.path, p.line_start, p.byte_start, p.body, "
	    PLACE_COLUMNS " FROM passage_rows p JOIN sources s ON s.id = p.source_id " PLACE_JOIN
	    " WHERE p.id = ?1", -1, &r->copy, NULL) != SQLITE_OK)) {
		db_err(db, err, errlen, "cannot prepare");
		copies_reader_close(r);
		return -1;
	}
	*out = r;
	return 0;
}

void copies_reader_close(struct copies_reader *r)
{
	if (r == NULL)
		return;
	sqlite3_finalize(r->passage);
	sqlite3_finalize(r->band);
	sqlite3_finalize(r->copy);
	sqlite3_finalize(r->json);
	free(r);
}

int copies_find(sqlite3 *db, int64_t passage_id, struct copies_list *out, char *err,
    size_t errlen)
{
	struct copies_reader *r;
	memset(out, 0, sizeof *out);
	if (copies_reader_open(db, &r, err, errlen) != 0)
		return -1;
	int rc = copies_reader_find(r, passage_id, out, err, errlen);
	copies_reader_close(r);
	return rc;
}

int copies_reader_find(struct copies_reader *r, int64_t passage_id, struct copies_list *out,
    char *err, size_t errlen)
{
	sqlite3 *db = r->db;
	sqlite3_stmt *t = r->passage, *g = r->band, *c = r->copy;
	struct hashes mine = { 0 };
	struct u64s ids = { 0 };
	int rc = -1;
	memset(out, 0, sizeof *out);
	if (!r->have)
		return 0;
	sqlite3_bind_int64(t, 1, passage_id);
	int step = sqlite3_step(t);
	if (step != SQLITE_ROW) {
		rc = step == SQLITE_DONE ? 0 : db_err(db, err, errlen, "cannot read a passage");
		goto done;
	}
	/* its keys, made again from its body: the same as were stored */
	int64_t own = sqlite3_column_int64(t, 0);
	out->source_id = own;
	const char *text = (const char *)sqlite3_column_text(t, 1);
	size_t text_len = (size_t)sqlite3_column_bytes(t, 1);
	uint32_t band[COPIES_BANDS];
	if (!COPIES_SKETCHED(copies_sketch(text, text_len, band))) {
		rc = 0;
		goto done;
	}
	if (shingle_set(text, text_len, &mine) != 0) {
		util_error(err, errlen, "out of memory");
		goto done;
	}
	for (int k = 0; k < COPIES_BANDS; k++)
		if (band_lookup(db, g, k, band[k], &ids, err, errlen) != 0)
			goto done;
	if (ids.n > 1)
		qsort(ids.v, ids.n, sizeof *ids.v, cmp_u64);
	size_t cap = 0;
	for (size_t i = 0; i < ids.n; i++) {
		int64_t id = (int64_t)ids.v[i];
		if (id == passage_id || (i > 0 && ids.v[i - 1] == ids.v[i]))
			continue;
		sqlite3_reset(c);
		sqlite3_bind_int64(c, 1, id);
		step = sqlite3_step(c);
		if (step == SQLITE_DONE)
			continue;
		if (step != SQLITE_ROW) {
			db_err(db, err, errlen, "cannot read a passage");
			goto done;
		}
		int64_t source_id = sqlite3_column_int64(c, 0);
		if (source_id == own)
			continue;
		struct hashes other;
		const char *body = (const char *)sqlite3_column_text(c, 4);
		size_t len = (size_t)sqlite3_column_bytes(c, 4);
		if (shingle_set(body, len, &other) != 0) {
			util_error(err, errlen, "out of memory");
			goto done;
		}
		size_t shared;
		double sim = jaccard(&mine, &other, &shared);
		free(other.h);
		if (sim < COPIES_MIN_JACCARD || shared < COPIES_MIN_SHARED)
			continue;
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
		struct copies_item *it = &out->items[out->n];
		it->passage_id = id;
		it->source_id = source_id;
		it->source = strdup((const char *)sqlite3_column_text(c, 1));
		it->line_start = sqlite3_column_int64(c, 2);
		it->byte_start = sqlite3_column_int64(c, 3);
		place_ends(c, 5, body, len, it->line_start, it->byte_start, &it->line_end,
		    &it->byte_end, &it->page);
		it->similarity = sim;
		if (it->source == NULL) {
			util_error(err, errlen, "out of memory");
			goto done;
		}
		out->n++;
	}
	/* one a source: its most alike passage, the first of equals */
	if (out->n > 1)
		qsort(out->items, out->n, sizeof *out->items, cmp_item);
	size_t kept = 0;
	for (size_t i = 0; i < out->n; i++) {
		struct copies_item *last = kept ? &out->items[kept - 1] : NULL;
		if (last && last->source_id == out->items[i].source_id) {
			if (out->items[i].similarity > last->similarity) {
				free(last->source);
				*last = out->items[i];
			} else {
				free(out->items[i].source);
			}
		} else {
			out->items[kept++] = out->items[i];
		}
	}
	out->n = kept;
	rc = 0;
done:
	free(ids.v);
	free(mine.h);
	sqlite3_reset(t);
	sqlite3_reset(g);
	sqlite3_reset(c);
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
	struct copies_reader *r;
	memset(out, 0, sizeof *out);
	*self = 1;
	if (copies_reader_open(db, &r, err, errlen) != 0)
		return -1;
	int rc = copies_reader_original(r, passage_id, out, self, err, errlen);
	copies_reader_close(r);
	return rc;
}

int copies_list_original(const struct copies_list *l, struct copies_item *out, int *self)
{
	memset(out, 0, sizeof *out);
	*self = 1;
	if (l->n == 0 || l->source_id <= l->items[0].source_id)	/* items in source id order */
		return 0;
	*out = l->items[0];
	if ((out->source = strdup(l->items[0].source)) == NULL) {
		memset(out, 0, sizeof *out);
		return -1;
	}
	*self = 0;
	return 0;
}

int copies_reader_original(struct copies_reader *r, int64_t passage_id,
    struct copies_item *out, int *self, char *err, size_t errlen)
{
	struct copies_list l;
	memset(out, 0, sizeof *out);
	*self = 1;
	int rc = copies_reader_find(r, passage_id, &l, err, errlen);
	if (rc == 0 && copies_list_original(&l, out, self) != 0)
		rc = util_error(err, errlen, "out of memory");
	copies_list_free(&l);
	return rc;
}

int copies_each(sqlite3 *db, copies_callback cb, void *ctx, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	struct copies_reader *r;
	int rc = 0, step;
	if (copies_reader_open(db, &r, err, errlen) != 0)
		return -1;
	if (!r->have) {
		copies_reader_close(r);
		return 0;
	}
	if (sqlite3_prepare_v2(db, "SELECT p.id, s.path, p.line_start, p.byte_start, p.body, "
	    PLACE_COLUMNS " FROM passage_rows p JOIN sources s ON s.id = p.source_id " PLACE_JOIN
	    " ORDER BY p.id", -1, &st, NULL) != SQLITE_OK) {
		copies_reader_close(r);
		return db_err(db, err, errlen, "cannot read passages");
	}
	while (rc == 0 && (step = sqlite3_step(st)) == SQLITE_ROW) {
		struct copies_list l;
		int64_t id = sqlite3_column_int64(st, 0);
		const char *body = (const char *)sqlite3_column_text(st, 4);
		size_t len = (size_t)sqlite3_column_bytes(st, 4);
		uint32_t band[COPIES_BANDS];
		if (!COPIES_SKETCHED(copies_sketch(body, len, band)))
			continue;	/* too short to have copies */
		if (copies_reader_find(r, id, &l, err, errlen) != 0) {
			rc = -1;
		} else if (l.n > 0) {
			int64_t line = sqlite3_column_int64(st, 2), byte = sqlite3_column_int64(st, 3);
			int64_t line_end, byte_end, page;
			place_ends(st, 5, body, len, line, byte, &line_end, &byte_end, &page);
			rc = cb(ctx, id, (const char *)sqlite3_column_text(st, 1), line, line_end, byte,
			    byte_end, page, &l);
		}
		copies_list_free(&l);
	}
	if (rc == 0 && step != SQLITE_DONE)
		rc = db_err(db, err, errlen, "cannot read passages");
	sqlite3_finalize(st);
	copies_reader_close(r);
	return rc;
}

char *copies_list_json(struct copies_reader *r, const struct copies_list *list)
{
	const struct copies_list l = *list;
	struct buf b = { 0 };
	buf_puts(&b, "[");
	if (l.n > 0 && r->json == NULL && sqlite3_prepare_v2(r->db,
	    "SELECT json_object('source', ?1, 'line_start', ?2,"
	    " 'line_end', ?3, 'byte_start', ?4, 'byte_end', ?5, 'similarity', round(?6, 3),"
	    " 'page', ?7)", -1, &r->json, NULL) != SQLITE_OK)
		b.oom = 1;
	sqlite3_stmt *st = r->json;
	for (size_t i = 0; i < l.n && !b.oom; i++) {
		struct buf path = { 0 };
		util_utf8_repair(&path, l.items[i].source, strlen(l.items[i].source));
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		sqlite3_bind_text(st, 1, path.data ? path.data : "", (int)path.len, SQLITE_TRANSIENT);
		buf_free(&path);
		sqlite3_bind_int64(st, 2, l.items[i].line_start);
		sqlite3_bind_int64(st, 3, l.items[i].line_end);
		sqlite3_bind_int64(st, 4, l.items[i].byte_start);
		sqlite3_bind_int64(st, 5, l.items[i].byte_end);
		sqlite3_bind_double(st, 6, l.items[i].similarity);
		if (l.items[i].page > 0)
			sqlite3_bind_int64(st, 7, l.items[i].page);
		if (sqlite3_step(st) != SQLITE_ROW) {
			b.oom = 1;
			break;
		}
		if (i)
			buf_puts(&b, ",");
		buf_puts(&b, (const char *)sqlite3_column_text(st, 0));
	}
	if (st != NULL)
		sqlite3_reset(st);
	buf_puts(&b, "]");
	if (b.oom) {
		buf_free(&b);
		return NULL;
	}
	return b.data;
}

char *copies_json(sqlite3 *db, int64_t passage_id)
{
	struct copies_reader *r;
	struct copies_list l;
	char err[256], *json = NULL;
	if (copies_reader_open(db, &r, err, sizeof err) != 0)
		return NULL;
	if (copies_reader_find(r, passage_id, &l, err, sizeof err) == 0)
		json = copies_list_json(r, &l);
	copies_list_free(&l);
	copies_reader_close(r);
	return json;
}
