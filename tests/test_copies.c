/*
 * test_copies.c: unit tests of lib/copies.c, copy detection.  The sketch
 * and the similarity on texts with known differences; then the writer and
 * the finder on a fresh :memory: database holding the two tables they read
 * (sources, passage_rows), as the index has them: adding (sketched by the
 * writer or ahead of it), finding one copy
 * a source, removing a source's sketches, the check, and an index made
 * before sketches.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "copies.h"
#include "tempdir.h"

static const char para[] =
    "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, "
    "ketamine often produces results within hours. This rapid onset of action offers a lifeline "
    "to individuals in acute distress, providing relief where conventional approaches falter.";
static const char para_edited[] =
    "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, "
    "ketamine usually produces results within hours. This rapid onset of action offers a lifeline "
    "to individuals in acute distress, providing relief where conventional approaches falter.";
static const char para_typography[] =
    "UNLIKE conventional antidepressants \xE2\x80\x94 which may take weeks to exert noticeable "
    "effects \xE2\x80\x94 ketamine often produces results within hours; this rapid onset of action "
    "offers a lifeline to individuals in acute distress, providing relief where conventional "
    "approaches falter!";
static const char other[] =
    "The kernel's memory allocator hands out pages from per-zone free lists, splitting larger "
    "blocks as needed and merging buddies again when both halves are freed by their owners.";

static void test_copies_sketch(void **state)
{
	(void)state;
	uint32_t a[COPIES_BANDS], b[COPIES_BANDS], c[COPIES_BANDS];
	assert_true(copies_sketch(para, strlen(para), a) > 30);
	assert_true(copies_sketch(para_typography, strlen(para_typography), b) > 30);
	assert_memory_equal(a, b, sizeof a);	/* case, punctuation, dashes do not count */
	assert_true(copies_sketch(other, strlen(other), c) > 20);
	int same = 0;
	for (int k = 0; k < COPIES_BANDS; k++)
		same += a[k] == c[k];
	assert_int_equal(same, 0);
	assert_int_equal(copies_sketch("three short words", 17, c), 0);
	assert_int_equal(copies_sketch("", 0, c), 0);
	assert_int_equal(copies_sketch("one two three four", 18, c), 1);
}

static void test_copies_similarity(void **state)
{
	(void)state;
	assert_true(copies_similarity(para, strlen(para), para, strlen(para)) == 1.0);
	assert_true(copies_similarity(para, strlen(para), para_typography,
	    strlen(para_typography)) == 1.0);
	double e = copies_similarity(para, strlen(para), para_edited, strlen(para_edited));
	assert_true(e >= COPIES_MIN_JACCARD && e < 1.0);
	assert_true(copies_similarity(para, strlen(para), other, strlen(other)) < 0.05);
	assert_true(copies_similarity(para, strlen(para), "", 0) == 0.0);
}

/* The tables copies.c reads, as store.c makes them (the columns it uses). */
/* A new index at path (":memory:": in memory). */
static sqlite3 *index_db_at(const char *path)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
	    "CREATE TABLE sources(id INTEGER PRIMARY KEY, path TEXT, passages INTEGER,"
	    " first_passage INTEGER);"
	    "CREATE TABLE passage_rows(id INTEGER PRIMARY KEY, source_id INTEGER,"
	    " line_start INTEGER, byte_start INTEGER, body TEXT);"
	    "CREATE TABLE passage_places(id INTEGER PRIMARY KEY, page INTEGER, byte_end INTEGER,"
	    " line_end INTEGER);", NULL, NULL, NULL), SQLITE_OK);
	return db;
}

static sqlite3 *index_db(void)
{
	return index_db_at(":memory:");
}

/* Source id with its passages (ids from first), sketched through w when given. */
static void add_source(sqlite3 *db, struct copies_writer *w, int64_t id, const char *path,
    int64_t first, const char *const *bodies, size_t n)
{
	char err[256];
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO sources VALUES(?1, ?2, ?3, ?4)", -1,
	    &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, (int64_t)n);
	sqlite3_bind_int64(st, 4, first);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO passage_rows VALUES(?1, ?2, ?3, ?4, ?5)",
	    -1, &st, NULL), SQLITE_OK);
	for (size_t i = 0; i < n; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, first + (int64_t)i);
		sqlite3_bind_int64(st, 2, id);
		sqlite3_bind_int64(st, 3, 1 + 2 * (int64_t)i);
		sqlite3_bind_int64(st, 4, 1000 * (int64_t)i);
		sqlite3_bind_text(st, 5, bodies[i], -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		/* every other passage sketched ahead, as the indexer's preparing thread does */
		uint32_t band[COPIES_BANDS];
		if (w && i % 2)
			assert_int_equal(copies_sketch(bodies[i], strlen(bodies[i]), band) > 0 &&
			    copies_add_sketch(w, first + (int64_t)i, band, err, sizeof err) == 0, 1);
		else if (w)
			assert_int_equal(copies_add(w, first + (int64_t)i, bodies[i], strlen(bodies[i]),
			    err, sizeof err), 0);
	}
	sqlite3_finalize(st);
}

static void exec_sql(sqlite3 *db, const char *sql)
{
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
}

/* Passage id of source 3 gets body (update: it exists), behind the writer's back. */
static void set_body(sqlite3 *db, int64_t id, const char *body, int update)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, update ? "UPDATE passage_rows SET body = ?2"
	    " WHERE id = ?1" : "INSERT INTO passage_rows VALUES(?1, 3, 1, 0, ?2)", -1, &st, NULL),
	    SQLITE_OK);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, body, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
}

static void remove_source(sqlite3 *db, struct copies_writer *w, int64_t id)
{
	char err[256], sql[128];
	assert_int_equal(copies_remove_source(w, id, err, sizeof err), 0);
	snprintf(sql, sizeof sql, "DELETE FROM passage_rows WHERE source_id = %lld;"
	    "DELETE FROM sources WHERE id = %lld", (long long)id, (long long)id);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
}

/*
 * A reader kept open across look-ups and the writer's commits
 * (test_copies_find_and_remove's), to give what the one-shot calls give.
 */
static struct copies_reader *kept_reader;

static size_t count_copies(sqlite3 *db, int64_t passage, int64_t *first_source)
{
	struct copies_list l, again;
	struct copies_item orig, orig_again;
	int self, self_again;
	char err[256];
	assert_int_equal(copies_find(db, passage, &l, err, sizeof err), 0);
	size_t n = l.n;
	if (first_source)
		*first_source = n ? l.items[0].source_id : 0;
	if (kept_reader != NULL) {
		for (int twice = 0; twice < 2; twice++) {
			assert_int_equal(copies_reader_find(kept_reader, passage, &again, err,
			    sizeof err), 0);
			assert_int_equal(again.n, l.n);
			for (size_t i = 0; i < l.n; i++) {
				assert_int_equal(again.items[i].passage_id, l.items[i].passage_id);
				assert_string_equal(again.items[i].source, l.items[i].source);
			}
			copies_list_free(&again);
		}
		assert_int_equal(copies_original(db, passage, &orig, &self, err, sizeof err), 0);
		assert_int_equal(copies_reader_original(kept_reader, passage, &orig_again,
		    &self_again, err, sizeof err), 0);
		assert_int_equal(self_again, self);
		assert_int_equal(orig_again.passage_id, orig.passage_id);
		free(orig.source);
		free(orig_again.source);
	}
	copies_list_free(&l);
	return n;
}

static int ignore_copies(void *ctx, int64_t passage_id, const char *source, int64_t line_start,
    int64_t line_end, int64_t byte_start, int64_t byte_end, int64_t page,
    const struct copies_list *copies)
{
	(void)ctx, (void)passage_id, (void)source, (void)line_start, (void)line_end;
	(void)byte_start, (void)byte_end, (void)page, (void)copies;
	return 0;
}

static void test_copies_find_and_remove(void **state)
{
	(void)state;
	sqlite3 *db = index_db();
	struct copies_writer *w;
	int upgraded;
	char err[256];
	const char *a[] = { other, para };
	const char *b[] = { para_edited };
	const char *c[] = { para_typography, para, other };
	assert_int_equal(copies_begin(db, 1, &w, &upgraded, err, sizeof err), 0);
	assert_int_equal(upgraded, 0);
	add_source(db, w, 1, "a.txt", 1, a, 2);
	add_source(db, w, 2, "b.txt", 3, b, 1);
	add_source(db, w, 3, "c.txt", 4, c, 3);
	assert_int_equal(copies_commit(w, err, sizeof err), 0);
	assert_int_equal(copies_reader_open(db, &kept_reader, err, sizeof err), 0);

	int64_t src;
	/* a's para: b's edited copy, and c's two (one a source: the most alike) */
	assert_int_equal(count_copies(db, 2, &src), 2);
	assert_int_equal(src, 2);	/* by source id: the earliest indexed first */
	struct copies_list l;
	assert_int_equal(copies_find(db, 2, &l, err, sizeof err), 0);
	assert_string_equal(l.items[1].source, "c.txt");
	assert_true(l.items[1].similarity == 1.0);
	assert_int_equal(l.items[1].line_start, 1);	/* c's first passage, the first found */
	copies_list_free(&l);
	assert_int_equal(count_copies(db, 1, NULL), 1);	/* "other" is in a and c */
	assert_int_equal(copies_check(db, err, sizeof err), 0);

	copies_end(w);

	/* a later run: c changes (its passages go, new ones come), then b disappears */
	assert_int_equal(copies_begin(db, 0, &w, &upgraded, err, sizeof err), 0);
	assert_int_equal(upgraded, 0);
	remove_source(db, w, 3);
	const char *c2[] = { other };
	add_source(db, w, 3, "c.txt", 7, c2, 1);
	assert_int_equal(copies_commit(w, err, sizeof err), 0);
	assert_int_equal(count_copies(db, 2, &src), 1);
	assert_int_equal(src, 2);
	remove_source(db, w, 2);
	assert_int_equal(copies_commit(w, err, sizeof err), 0);
	assert_int_equal(count_copies(db, 2, NULL), 0);
	assert_int_equal(count_copies(db, 1, NULL), 1);
	copies_reader_close(kept_reader);
	kept_reader = NULL;
	assert_int_equal(copies_check(db, err, sizeof err), 0);
	/* a sketch left behind, a stale one, a missing one: the check names the passage */
	exec_sql(db, "DELETE FROM passage_rows WHERE id = 7");
	assert_int_equal(copies_check(db, err, sizeof err), -1);
	assert_string_equal(err, "copy_band: a sketch of passage 7, which is not in the index");
	set_body(db, 7, other, 0);
	assert_int_equal(copies_check(db, err, sizeof err), 0);
	set_body(db, 7, para, 1);
	assert_int_equal(copies_check(db, err, sizeof err), -1);
	assert_true(strcmp(err, "copy_band: a stale sketch of passage 7") == 0 ||
	    strcmp(err, "copy_band: passage 7 has no sketch") == 0);
	set_body(db, 7, other, 1);
	assert_int_equal(copies_check(db, err, sizeof err), 0);
	set_body(db, 9, para_edited, 0);
	assert_int_equal(copies_check(db, err, sizeof err), -1);
	assert_string_equal(err, "copy_band: passage 9 has no sketch");
	/*
	 * damaged rows: a varint cut short, an entry twice, a key past its
	 * bucket (a rise of 2^21), an id of 0, an id past 32 bits
	 */
	static const char *const damaged[] = {
		"x'0182'", "x'01020000'", "x'8080800102'", "x'0100'", "x'018080808020'",
	};
	exec_sql(db, "DELETE FROM passage_rows WHERE id = 9; CREATE TABLE saved AS SELECT * FROM copy_band");
	for (size_t i = 0; i < sizeof damaged / sizeof *damaged; i++) {
		char sql[256];
		snprintf(sql, sizeof sql, "UPDATE copy_band SET entries = %s"
		    " WHERE bucket = (SELECT min(bucket) FROM copy_band)", damaged[i]);
		exec_sql(db, sql);
		assert_int_equal(copies_check(db, err, sizeof err), -1);
		assert_non_null(strstr(err, "is damaged"));
		/* a lookup that reads it fails too (the check's message aside) */
		assert_int_equal(copies_each(db, ignore_copies, NULL, err, sizeof err), -1);
		assert_non_null(strstr(err, "is damaged"));
		exec_sql(db, "DELETE FROM copy_band; INSERT INTO copy_band SELECT * FROM saved");
		assert_int_equal(copies_check(db, err, sizeof err), 0);
	}
	copies_end(w);
	copies_end(NULL);
	sqlite3_close(db);
}

/*
 * A passage whose body is text taken out of its file (a page, a PDF) is
 * placed by its passage_places row: its ends there, a PDF's page.
 */
/*
 * A reader on one connection answers from memory only while nobody writes:
 * after another connection's commit it looks again.
 */
static void test_copies_reader_sees_other_writers(void **state)
{
	(void)state;
	char dir[] = "/tmp/test_copies.XXXXXX", path[64];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/x.db", dir);
	sqlite3 *writer = index_db_at(path), *reader_db;
	struct copies_writer *w;
	struct copies_reader *r;
	struct copies_list l;
	int upgraded;
	char err[256];
	const char *a[] = { other, para };
	const char *b[] = { para_edited };
	assert_int_equal(copies_begin(writer, 1, &w, &upgraded, err, sizeof err), 0);
	add_source(writer, w, 1, "a.txt", 1, a, 2);
	add_source(writer, w, 2, "b.txt", 3, b, 1);
	assert_int_equal(copies_commit(w, err, sizeof err), 0);
	copies_end(w);
	assert_int_equal(sqlite3_open(path, &reader_db), SQLITE_OK);
	assert_int_equal(copies_reader_open(reader_db, &r, err, sizeof err), 0);
	assert_int_equal(copies_reader_find(r, 2, &l, err, sizeof err), 0);
	assert_int_equal(l.n, 1);	/* b's edited copy */
	copies_list_free(&l);
	assert_int_equal(copies_begin(writer, 0, &w, &upgraded, err, sizeof err), 0);
	remove_source(writer, w, 2);
	assert_int_equal(copies_commit(w, err, sizeof err), 0);
	copies_end(w);
	assert_int_equal(copies_reader_find(r, 2, &l, err, sizeof err), 0);
	assert_int_equal(l.n, 0);	/* b is gone */
	copies_list_free(&l);
	copies_reader_close(r);
	sqlite3_close(reader_db);
	sqlite3_close(writer);
	assert_int_equal(tempdir_remove(dir), 0);
}

static void test_copies_extracted_place(void **state)
{
	(void)state;
	sqlite3 *db = index_db();
	struct copies_writer *w;
	int upgraded;
	char err[256];
	const char *a[] = { para };
	assert_int_equal(copies_begin(db, 1, &w, &upgraded, err, sizeof err), 0);
	add_source(db, w, 1, "a.txt", 1, a, 1);
	add_source(db, w, 2, "paper.pdf", 2, a, 1);
	assert_int_equal(copies_commit(w, err, sizeof err), 0);
	copies_end(w);
	assert_int_equal(sqlite3_exec(db, "INSERT INTO passage_places VALUES(2, 3, 999, 42)", NULL,
	    NULL, NULL), SQLITE_OK);
	struct copies_list l;
	assert_int_equal(copies_find(db, 1, &l, err, sizeof err), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.items[0].page, 3);
	assert_int_equal(l.items[0].line_end, 42);
	assert_int_equal(l.items[0].byte_end, 999);
	copies_list_free(&l);
	assert_int_equal(copies_find(db, 2, &l, err, sizeof err), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.items[0].page, 0);	/* a text file's: from its body */
	assert_int_equal(l.items[0].byte_end, (int64_t)strlen(para));
	copies_list_free(&l);
	char *json = copies_json(db, 1);
	assert_non_null(strstr(json, "\"line_end\":42,\"byte_start\":0,\"byte_end\":999,"));
	assert_non_null(strstr(json, "\"page\":3}"));
	free(json);
	sqlite3_close(db);
}

/* The entries copy_band holds: two varints each, a byte below 0x80 ending each varint. */
static int64_t band_entries(sqlite3 *db)
{
	sqlite3_stmt *st;
	int64_t ends = 0;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT entries FROM copy_band", -1, &st, NULL),
	    SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const unsigned char *p = sqlite3_column_blob(st, 0);
		for (int i = 0; i < sqlite3_column_bytes(st, 0); i++)
			ends += p[i] < 0x80;
	}
	sqlite3_finalize(st);
	assert_int_equal(ends % 2, 0);
	return ends / 2;
}

/*
 * A passage of fewer than COPIES_MIN_SHARED shingles gets no sketch (it
 * could never count as a copy); one of exactly that many does.
 */
static void test_copies_short_passages_unsketched(void **state)
{
	(void)state;
	sqlite3 *db = index_db();
	struct copies_writer *w;
	int upgraded;
	char err[256];
	uint32_t band[COPIES_BANDS];
	/* 10 words: 7 shingles; 11 words: 8 */
	static const char ten[] = "one two three four five six seven eight nine ten";
	static const char eleven[] = "one two three four five six seven eight nine ten eleven";
	const char *a[] = { ten, eleven }, *b[] = { ten, eleven };
	assert_int_equal(copies_sketch(ten, strlen(ten), band), 7);
	assert_false(COPIES_SKETCHED(7));
	assert_true(COPIES_SKETCHED(copies_sketch(eleven, strlen(eleven), band)));
	assert_int_equal(copies_begin(db, 1, &w, &upgraded, err, sizeof err), 0);
	add_source(db, w, 1, "a.txt", 1, a, 2);
	add_source(db, w, 2, "b.txt", 3, b, 2);
	assert_int_equal(copies_commit(w, err, sizeof err), 0);
	sqlite3_stmt *st;
	/*
	 * every band: one entry for each of 2 and 4, the same key: the second
	 * is a key that did not rise (0) and an id that rose by 2
	 */
	assert_int_equal(band_entries(db), COPIES_BANDS * 2);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*), sum(hex(substr(entries, -2)) = '0002'),"
	    " min(bucket >> 13), max(bucket >> 13) FROM copy_band", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), COPIES_BANDS);
	assert_int_equal(sqlite3_column_int(st, 1), COPIES_BANDS);
	assert_int_equal(sqlite3_column_int(st, 2), 0);
	assert_int_equal(sqlite3_column_int(st, 3), COPIES_BANDS - 1);
	sqlite3_finalize(st);
	assert_int_equal(copies_check(db, err, sizeof err), 0);
	assert_int_equal(count_copies(db, 1, NULL), 0);
	assert_int_equal(count_copies(db, 2, NULL), 1);	/* 8 shingles shared, Jaccard 1 */
	copies_end(w);
	sqlite3_close(db);
}

static void test_copies_upgrade_old_index(void **state)
{
	(void)state;
	sqlite3 *db = index_db();
	struct copies_writer *w;
	int upgraded;
	char err[256];
	const char *a[] = { para };
	const char *b[] = { para_edited };
	add_source(db, NULL, 1, "a.txt", 1, a, 1);
	add_source(db, NULL, 2, "b.txt", 2, b, 1);
	/* no table: nothing found, the check passes */
	assert_int_equal(count_copies(db, 1, NULL), 0);
	assert_int_equal(copies_check(db, err, sizeof err), 0);
	char *json = copies_json(db, 1);
	assert_string_equal(json, "[]");
	free(json);
	/* the first run sketches what is there */
	assert_int_equal(copies_begin(db, 0, &w, &upgraded, err, sizeof err), 0);
	assert_int_equal(upgraded, 1);
	assert_int_equal(copies_commit(w, err, sizeof err), 0);
	copies_end(w);
	assert_int_equal(count_copies(db, 1, NULL), 1);
	json = copies_json(db, 1);
	assert_non_null(strstr(json, "\"source\":\"b.txt\",\"line_start\":1,\"line_end\":1,"
	    "\"byte_start\":0,\"byte_end\":"));
	free(json);
	/* a second run has nothing to upgrade */
	assert_int_equal(copies_begin(db, 0, &w, &upgraded, err, sizeof err), 0);
	assert_int_equal(upgraded, 0);
	copies_end(w);
	sqlite3_close(db);
}

/*
 * A run's entries wait in memory until the commit: a source removed in
 * the run that added it, an id given again after its passage went, and
 * enough entries for the radix sort are all merged right.
 */
static void test_copies_pending_entries(void **state)
{
	(void)state;
	sqlite3 *db = index_db();
	struct copies_writer *w;
	int upgraded;
	char err[256];
	const char *a[] = { para }, *b[] = { other };
	assert_int_equal(copies_begin(db, 1, &w, &upgraded, err, sizeof err), 0);
	add_source(db, w, 1, "a.txt", 1, a, 1);
	add_source(db, w, 2, "b.txt", 2, b, 1);
	remove_source(db, w, 2);	/* its entries are still pending */
	add_source(db, w, 2, "b.txt", 2, a, 1);	/* the same id again */
	/* 1500 passages of 12 words, no two alike: 6000 entries */
	enum { MANY = 1500 };
	static char text[MANY][128];
	const char *many[MANY];
	for (int i = 0; i < MANY; i++) {
		snprintf(text[i], sizeof text[i], "w%d x%d y%d z%d w%d x%d y%d z%d w%d x%d y%d z%d",
		    i, i, i, i, i + 1, i + 1, i + 1, i + 1, i + 2, i + 2, i + 2, i + 2);
		many[i] = text[i];
	}
	add_source(db, w, 3, "many.txt", 3, many, MANY);
	assert_int_equal(copies_commit(w, err, sizeof err), 0);
	copies_end(w);
	assert_int_equal(copies_check(db, err, sizeof err), 0);
	assert_int_equal(band_entries(db), COPIES_BANDS * (2 + MANY));
	assert_int_equal(count_copies(db, 1, NULL), 1);
	assert_int_equal(count_copies(db, 3 + MANY / 2, NULL), 0);
	/* a later run takes the many away; the rest stays */
	assert_int_equal(copies_begin(db, 0, &w, &upgraded, err, sizeof err), 0);
	remove_source(db, w, 3);
	assert_int_equal(copies_commit(w, err, sizeof err), 0);
	copies_end(w);
	assert_int_equal(copies_check(db, err, sizeof err), 0);
	assert_int_equal(band_entries(db), COPIES_BANDS * 2);
	assert_int_equal(count_copies(db, 2, NULL), 1);
	sqlite3_close(db);
}

/* copy_band's rows as text, in bucket order: "bucket:entries in hex" each (malloc'd). */
static char *band_rows(sqlite3 *db)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT group_concat(bucket || ':' || hex(entries),"
	    " ' ') FROM (SELECT * FROM copy_band ORDER BY bucket)", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	char *rows = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	assert_non_null(rows);
	return rows;
}

/*
 * Two runs on a writer that sets its entries aside every window entries:
 * a rebuild (1,200 passages, the last 500 copies of the first 500, so a
 * key's passages come from different batches; a source removed in the
 * run that added it and its id given again), then an incremental run (the
 * 1,200 removed, 600 more, a source changed).  rows[0], rows[1]: copy_band
 * after each (malloc'd).
 */
enum { BATCH_MANY = 1200, BATCH_MORE = 600 };
static void batched_runs(size_t window, char *rows[2])
{
	sqlite3 *db = index_db();
	struct copies_writer *w;
	int upgraded;
	char err[256];
	static char text[BATCH_MANY - 500][128];
	const char *many[BATCH_MANY], *more[BATCH_MORE];
	const char *a[] = { para }, *a2[] = { para_edited }, *c[] = { para, other }, *c2[] = { other };
	for (int i = 0; i < BATCH_MANY - 500; i++)
		snprintf(text[i], sizeof text[i], "w%d x%d y%d z%d w%d x%d y%d z%d w%d x%d y%d z%d",
		    i, i, i, i, i + 1, i + 1, i + 1, i + 1, i + 2, i + 2, i + 2, i + 2);
	for (int i = 0; i < BATCH_MANY; i++)
		many[i] = text[i % (BATCH_MANY - 500)];
	for (int i = 0; i < BATCH_MORE; i++)
		more[i] = text[(i * 7) % (BATCH_MANY - 500)];
	assert_int_equal(copies_begin(db, 1, &w, &upgraded, err, sizeof err), 0);
	copies_set_window(w, window);
	add_source(db, w, 1, "many.txt", 1, many, BATCH_MANY);
	add_source(db, w, 2, "a.txt", BATCH_MANY + 1, a, 1);
	remove_source(db, w, 2);
	add_source(db, w, 2, "a.txt", BATCH_MANY + 1, a2, 1);
	add_source(db, w, 3, "c.txt", BATCH_MANY + 2, c, 2);
	assert_int_equal(copies_commit(w, err, sizeof err), 0);
	assert_int_equal(copies_check(db, err, sizeof err), 0);
	assert_int_equal(band_entries(db), COPIES_BANDS * (BATCH_MANY + 3));
	assert_int_equal(count_copies(db, BATCH_MANY + 1, NULL), 1);	/* c's para */
	rows[0] = band_rows(db);
	copies_end(w);

	assert_int_equal(copies_begin(db, 0, &w, &upgraded, err, sizeof err), 0);
	copies_set_window(w, window);
	remove_source(db, w, 1);
	add_source(db, w, 4, "more.txt", BATCH_MANY + 4, more, BATCH_MORE);
	remove_source(db, w, 3);
	add_source(db, w, 3, "c.txt", BATCH_MANY + 4 + BATCH_MORE, c2, 1);
	assert_int_equal(copies_commit(w, err, sizeof err), 0);
	copies_end(w);
	assert_int_equal(copies_check(db, err, sizeof err), 0);
	assert_int_equal(band_entries(db), COPIES_BANDS * (1 + BATCH_MORE + 1));
	assert_int_equal(count_copies(db, BATCH_MANY + 1, NULL), 0);
	rows[1] = band_rows(db);
	sqlite3_close(db);
}

/*
 * The commit merges the batches set aside and the window at once: the
 * same rows, no entry lost or twice, whether a run's entries made one
 * batch, a few hundred (a window of 10 passages), or more than the writer
 * keeps before it merges on the way (a window of one passage).
 */
static void test_copies_batches_merged_once(void **state)
{
	(void)state;
	static const size_t windows[] = { 50, COPIES_BANDS };
	char *want[2], *got[2];
	batched_runs((size_t)1 << 30, want);	/* everything in memory until the commit */
	for (size_t i = 0; i < sizeof windows / sizeof *windows; i++) {
		batched_runs(windows[i], got);
		for (int run = 0; run < 2; run++) {
			assert_string_equal(got[run], want[run]);
			free(got[run]);
		}
	}
	free(want[0]);
	free(want[1]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_copies_sketch),
		cmocka_unit_test(test_copies_similarity),
		cmocka_unit_test(test_copies_find_and_remove),
		cmocka_unit_test(test_copies_reader_sees_other_writers),
		cmocka_unit_test(test_copies_extracted_place),
		cmocka_unit_test(test_copies_short_passages_unsketched),
		cmocka_unit_test(test_copies_upgrade_old_index),
		cmocka_unit_test(test_copies_pending_entries),
		cmocka_unit_test(test_copies_batches_merged_once),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
