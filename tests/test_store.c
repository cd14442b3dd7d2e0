/*
 * test_store.c: unit tests of lib/store.c, the index database.
 *
 * Each test works on its own index file in a temporary directory made for
 * the group (removed in teardown).  Covered: creating an index and reading
 * it back, transactions (a rolled back or abandoned run leaves the previous
 * content exactly), finding, re-putting, touching and removing sources,
 * removing unseen sources as a callback decides, store_check on a good and
 * on deliberately damaged indexes, the compact layout (sections stored once
 * and going with their source, ordinals and ends derived, passages added in
 * order or refused), and refusing what is not ours: text files, other
 * SQLite databases, missing files, newer schemas and indexes made with
 * another tokenizer; an index of schema 1 is rebuilt.  term_df (the stored
 * document frequencies) is compared with FTS5's vocabulary after a fresh
 * build and after each of a random sequence of incremental runs, with a
 * threshold low enough for a small index; a rolled back run leaves it as
 * it was, an index without it gets it on its next run, and an incremental
 * run touches only the terms it changed.  Damage is done through a second, plain
 * SQLite connection, since the store's own connection is defensive.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "store.h"
#include "termstats.h"
#include "tokenizer.h"
#include "util.h"
#include "tempdir.h"

struct group {
	char dir[64];
};

static int group_setup(void **state)
{
	struct group *g = calloc(1, sizeof *g);
	if (g == NULL)
		return -1;
	snprintf(g->dir, sizeof g->dir, "/tmp/test_store.XXXXXX");
	if (mkdtemp(g->dir) == NULL) {
		free(g);
		return -1;
	}
	*state = g;
	return 0;
}

static int group_teardown(void **state)
{
	struct group *g = *state;
	int rc = tempdir_remove(g->dir);
	free(g);
	return rc;
}

/* A path for this test's index inside the group's directory. */
static void db_path(void **state, const char *name, char *out, size_t n)
{
	struct group *g = *state;
	snprintf(out, n, "%s/%s", g->dir, name);
}

static int file_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

/* Whole file in a malloc'd buffer (*n bytes). */
static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	struct buf b = { 0 };
	char chunk[4096];
	size_t got;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_append(&b, chunk, got);
	fclose(f);
	buf_append(&b, "", 0);
	*n = b.len;
	return b.data;
}

static void write_file(const char *path, const char *data, size_t n)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

/*
 * While set, put_source_sections counts each passage's terms into
 * counting.map (a rebuild's store_term_counts), as the indexer's preparing
 * thread does: captured with counting.tok, walked with tokenizer_each_term.
 */
static struct {
	struct termstats *map;
	struct tokenizer_session *tok;
	/*
	 * While set, each passage's raw forms go into raw (a run's
	 * store_raw_forms) instead, as the preparing thread keeps them, and
	 * the passage is added raw_counted; raw_skip: added so, but none kept.
	 */
	struct termstats *raw;
	int raw_skip;
} counting;

static int count_one(void *ctx, const char *term, size_t len)
{
	(void)ctx;
	return termstats_add(counting.map, term, len);
}

static int keep_raw(void *ctx, const char *raw, size_t raw_len, const char *stem,
    size_t stem_len)
{
	(void)ctx;
	return store_raw_form_add(counting.raw, raw, raw_len, stem, stem_len);
}

/* text's new raw forms into counting.raw, reported as it is captured. */
static void keep_raw_forms(const char *text)
{
	struct tokenizer_tokens t = { 0 };
	if (counting.raw_skip)
		return;
	assert_int_equal(tokenizer_report_raw_forms(counting.tok, keep_raw, NULL), 0);
	assert_int_equal(tokenizer_capture(counting.tok, text, strlen(text), &t), 0);
	assert_int_equal(tokenizer_report_raw_forms(counting.tok, NULL, NULL), 0);
	tokenizer_tokens_free(&t);
}

static void count_text(const char *text)
{
	struct tokenizer_tokens t = { 0 };
	assert_int_equal(tokenizer_capture(counting.tok, text, strlen(text), &t), 0);
	assert_int_equal(tokenizer_each_term(t.data, t.len, count_one, NULL), 0);
	tokenizer_tokens_free(&t);
}

/*
 * Add one source made of paragraphs separated by blank lines, with byte and
 * line ranges that are exact for the joined text (so store_check accepts it).
 * sections: one heading per paragraph ("" none), or NULL for none at all.
 */
static int64_t put_source_sections(struct store *s, const char *path, const char *title,
    const char *const *paras, const char *const *sections, size_t npara)
{
	struct buf text = { 0 };
	size_t starts[16];
	char err[512];
	int64_t id = 0;

	assert_true(npara <= 16);
	for (size_t i = 0; i < npara; i++) {
		if (i)
			buf_puts(&text, "\n\n");
		starts[i] = text.len;
		buf_puts(&text, paras[i]);
	}
	buf_puts(&text, "\n");
	struct store_source_info info = {
		.path = path, .title = title, .publisher = NULL, .format = "text",
		.size = (int64_t)text.len, .mtime_ns = 1000,
		.hash = util_hash(UTIL_HASH_INIT, text.data, text.len),
	};
	if (store_source_put(s, &info, &id, err, sizeof err) != 0)
		fail_msg("store_source_put(%s): %s", path, err);
	assert_true(id > 0);
	size_t line = 1;
	for (size_t i = 0; i < npara; i++) {
		size_t len = strlen(paras[i]), lines = 0;
		for (size_t k = 0; k < len; k++)
			lines += paras[i][k] == '\n';
		const char *section = sections ? sections[i] : "";
		struct store_passage p = {
			.ordinal = i, .section = section, .section_len = strlen(section),
			.line_start = line, .line_end = line + lines,
			.byte_start = starts[i], .byte_end = starts[i] + len,
			.body = text.data + starts[i], .body_len = len,
		};
		if (counting.map) {
			termstats_row(counting.map, 1);
			count_text(title);
			count_text(section);
			count_text(paras[i]);
			p.terms_counted = 1;
		}
		if (counting.raw) {
			if (i == 0)
				keep_raw_forms(title);
			keep_raw_forms(section);
			keep_raw_forms(paras[i]);
			p.raw_counted = 1;
		}
		if (store_passage_add(s, id, title, &p, err, sizeof err) != 0)
			fail_msg("store_passage_add: %s", err);
		line += lines + 2;
	}
	if (store_source_finish(s, id, npara, err, sizeof err) != 0)
		fail_msg("store_source_finish: %s", err);
	buf_free(&text);
	return id;
}

static int64_t put_source(struct store *s, const char *path, const char *title,
    const char *const *paras, size_t npara)
{
	return put_source_sections(s, path, title, paras, NULL, npara);
}

static const char *const paras_a[] = {
	"Aardvarks dig burrows in the savanna at night.",
	"The aardvark eats termites with a long sticky tongue.",
	"Burrows dug by aardvarks shelter warthogs\nand porcupines later.",
};
static const char *const paras_b[] = {
	"Glaciers carve valleys as they creep downhill.",
	"Meltwater from glaciers feeds braided rivers.",
};
static const char *const paras_c[] = {
	"Sourdough bread rises from wild yeast cultures.",
};
static const char *const paras_d[] = {
	"Telescopes gather starlight with curved mirrors.",
	"Radio telescopes listen to pulsars.",
};

#define NP(a) (sizeof a / sizeof *a)

/* A committed index with sources a.txt (3 passages) and b.txt (2). */
static void make_index(const char *path)
{
	struct store *s;
	char err[512];
	if (store_open(path, STORE_WRITE, &s, err, sizeof err) != 0)
		fail_msg("store_open(%s): %s", path, err);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	put_source(s, "a.txt", "Aardvark Life", paras_a, NP(paras_a));
	put_source(s, "b.txt", "Ice Ages", paras_b, NP(paras_b));
	if (store_commit(s, err, sizeof err) != 0)
		fail_msg("store_commit: %s", err);
	store_close(s);
}

/* Headings for paras_a and paras_b: "Overview" is in both, each its own row. */
static const char *const sections_a[] = { "Overview", "Overview", "Burrows" };
static const char *const sections_b[] = { "Overview", "" };

/*
 * As make_index, with headings: passages 1-3 are a.txt's, 4-5 b.txt's; the
 * section rows are keyed 1 (Overview) and 3 (Burrows) for a, 4 for b.
 */
static void make_index_sections(const char *path)
{
	struct store *s;
	char err[512];
	if (store_open(path, STORE_WRITE, &s, err, sizeof err) != 0)
		fail_msg("store_open(%s): %s", path, err);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	put_source_sections(s, "a.txt", "Aardvark Life", paras_a, sections_a, NP(paras_a));
	put_source_sections(s, "b.txt", "Ice Ages", paras_b, sections_b, NP(paras_b));
	if (store_commit(s, err, sizeof err) != 0)
		fail_msg("store_commit: %s", err);
	store_close(s);
}

/* A plain connection on path, with our tokenizer, outside the store. */
static sqlite3 *open_plain(const char *path)
{
	sqlite3 *db = NULL;
	char err[256];
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(tokenizer_register(db, err, sizeof err), 0);
	return db;
}

static void exec_plain(const char *path, const char *sql)
{
	sqlite3 *db = open_plain(path);
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg);
	sqlite3_close(db);
}

static int64_t query_count(sqlite3 *db, const char *sql, const char *arg)
{
	sqlite3_stmt *st;
	int64_t n = -1;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (arg)
		sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

static int64_t matches(struct store *s, const char *expr)
{
	return query_count(store_db(s),
	    "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH ?1", expr);
}

static struct store *open_read(const char *path)
{
	struct store *s = NULL;
	char err[512];
	if (store_open(path, STORE_READ, &s, err, sizeof err) != 0)
		fail_msg("store_open(%s, READ): %s", path, err);
	return s;
}

/*
 * store_check through a WRITE-mode open, as the indexer's --check does (the
 * READ-mode case has its own test).
 */
static void assert_check_ok(const char *path)
{
	struct store *s = NULL;
	char err[512];
	if (store_open(path, STORE_WRITE, &s, err, sizeof err) != 0)
		fail_msg("store_open(%s, WRITE): %s", path, err);
	if (store_check(s, err, sizeof err) != 0)
		fail_msg("store_check: %s", err);
	store_close(s);
}

static void assert_counts(struct store *s, int64_t sources, int64_t passages)
{
	int64_t ns = -1, np = -1;
	assert_int_equal(store_counts(s, &ns, &np), 0);
	assert_int_equal(ns, sources);
	assert_int_equal(np, passages);
}

/* ---- life cycle ----------------------------------------------------------- */

static void test_store_create_and_reopen(void **state)
{
	char path[256], err[512];
	struct store *s = NULL;
	db_path(state, "create.db", path, sizeof path);
	assert_false(file_exists(path));
	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	assert_non_null(s);
	assert_true(file_exists(path));
	assert_null(store_rebuild_reason(s));
	/* a new file's writer does not zero what it frees; an existing file's keeps the default */
	assert_int_equal(query_count(store_db(s), "PRAGMA secure_delete", NULL), 0);
	store_close(s);
	store_close(NULL);
	sqlite3 *mem;
	assert_int_equal(sqlite3_open(":memory:", &mem), SQLITE_OK);
	int64_t by_default = query_count(mem, "PRAGMA secure_delete", NULL);
	sqlite3_close(mem);
	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	assert_int_equal(query_count(store_db(s), "PRAGMA secure_delete", NULL), by_default);
	store_close(s);

	make_index(path);
	s = open_read(path);
	assert_null(store_rebuild_reason(s));
	assert_counts(s, 2, 5);
	char *v = store_meta(s, "schema_version");
	assert_non_null(v);
	assert_int_equal(atoi(v), STORE_SCHEMA_VERSION);
	free(v);
	v = store_meta(s, "tokenizer");
	assert_non_null(v);
	assert_string_equal(v, tokenizer_spec());
	free(v);
	assert_null(store_meta(s, "no such key"));
	assert_int_equal(query_count(store_db(s), "PRAGMA application_id", NULL),
	    STORE_APPLICATION_ID);
	assert_int_equal(query_count(store_db(s),
	    "SELECT passages FROM sources WHERE path = ?1", "a.txt"), 3);
	/* stems match: "burrow" finds "burrows" */
	assert_int_equal(matches(s, "burrow"), 2);
	assert_int_equal(matches(s, "glacier AND river"), 1);
	store_close(s);
	assert_check_ok(path);
}

struct each_ctx {
	char paths[8][32];
	int64_t sizes[8];
	int n;
};

static int each_cb(void *ctx, const char *path, int64_t size, int64_t mtime_ns, uint64_t hash)
{
	struct each_ctx *c = ctx;
	(void)mtime_ns, (void)hash;
	if (c->n < 8) {
		snprintf(c->paths[c->n], sizeof c->paths[0], "%s", path);
		c->sizes[c->n] = size;
	}
	c->n++;
	return 0;
}

static void test_store_each_source_sorted(void **state)
{
	char path[256], err[512];
	struct each_ctx c = { .n = 0 };
	db_path(state, "each.db", path, sizeof path);
	make_index(path);
	struct store *s = open_read(path);
	assert_int_equal(store_each_source(s, each_cb, &c, err, sizeof err), 0);
	assert_int_equal(c.n, 2);
	assert_string_equal(c.paths[0], "a.txt");
	assert_string_equal(c.paths[1], "b.txt");
	/* size is the joined text: paragraphs, blank lines, final newline */
	size_t size_b = strlen(paras_b[0]) + 2 + strlen(paras_b[1]) + 1;
	assert_int_equal(c.sizes[1], (int64_t)size_b);
	store_close(s);
}

/* Both ways of abandoning a run leave the committed index as it was. */
static void test_store_rollback_keeps_previous(void **state)
{
	for (int how = 0; how < 2; how++) {
		char path[256], err[512], name[32];
		struct store *s;
		snprintf(name, sizeof name, "rollback%d.db", how);
		db_path(state, name, path, sizeof path);
		make_index(path);

		assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
		assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
		put_source(s, "c.txt", "Bread", paras_c, NP(paras_c));
		put_source(s, "a.txt", "Telescopes now", paras_d, NP(paras_d));
		struct store_source b;
		assert_int_equal(store_source_find(s, "b.txt", &b, err, sizeof err), 0);
		assert_int_equal(store_source_remove(s, b.id, err, sizeof err), 0);
		/* inside the run the change is visible */
		assert_counts(s, 2, 3);
		assert_int_equal(matches(s, "sourdough"), 1);
		if (how == 0) {
			store_rollback(s);
			assert_counts(s, 2, 5);
			store_rollback(s);	/* a second rollback does nothing */
		}
		store_close(s);	/* how == 1: rolls back the open run */

		s = open_read(path);
		assert_counts(s, 2, 5);
		assert_int_equal(matches(s, "sourdough"), 0);
		assert_int_equal(matches(s, "telescope"), 0);
		assert_int_equal(matches(s, "aardvark"), 3);
		assert_int_equal(matches(s, "glacier"), 2);
		assert_int_equal(query_count(store_db(s),
		    "SELECT count(*) FROM sources WHERE title = ?1", "Aardvark Life"), 1);
		store_close(s);
		assert_check_ok(path);
	}
}

static void test_store_run_after_rollback(void **state)
{
	char path[256], err[512];
	struct store *s;
	db_path(state, "again.db", path, sizeof path);
	make_index(path);
	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	put_source(s, "c.txt", "Bread", paras_c, NP(paras_c));
	store_rollback(s);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	put_source(s, "d.txt", "Stars", paras_d, NP(paras_d));
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	store_close(s);

	s = open_read(path);
	assert_counts(s, 3, 7);
	assert_int_equal(matches(s, "sourdough"), 0);
	assert_int_equal(matches(s, "pulsar"), 1);
	store_close(s);
}

static void test_store_rebuild_empties(void **state)
{
	char path[256], err[512];
	struct store *s;
	db_path(state, "rebuild.db", path, sizeof path);
	make_index(path);
	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	assert_int_equal(store_begin(s, 1, err, sizeof err), 0);
	assert_counts(s, 0, 0);
	put_source(s, "c.txt", "Bread", paras_c, NP(paras_c));
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	store_close(s);
	s = open_read(path);
	assert_counts(s, 1, 1);
	assert_int_equal(matches(s, "aardvark"), 0);
	store_close(s);
	assert_check_ok(path);
}

/* ---- sources -------------------------------------------------------------- */

static void test_store_source_find_by_path(void **state)
{
	char path[256], err[512];
	struct store *s;
	struct store_source found;
	db_path(state, "find.db", path, sizeof path);
	make_index(path);
	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);

	int64_t id = put_source(s, "dir/c.txt", "Bread \"quoted\" 'title'", paras_c, NP(paras_c));
	assert_int_equal(store_source_find(s, "dir/c.txt", &found, err, sizeof err), 0);
	assert_int_equal(found.id, id);
	size_t size = strlen(paras_c[0]) + 1;
	assert_int_equal(found.size, (int64_t)size);
	assert_int_equal(found.mtime_ns, 1000);
	char text[128];
	snprintf(text, sizeof text, "%s\n", paras_c[0]);
	assert_true(found.hash == util_hash(UTIL_HASH_INIT, text, size));
	assert_string_equal(found.title, "Bread \"quoted\" 'title'");

	/* exact path only: no prefix, no GLOB/LIKE meaning */
	static const char *const absent[] = { "c.txt", "dir/c", "dir/c.txt ", "DIR/C.TXT", "dir/%", "*", "" };
	for (size_t i = 0; i < NP(absent); i++) {
		memset(&found, 0x55, sizeof found);
		assert_int_equal(store_source_find(s, absent[i], &found, err, sizeof err), 0);
		if (found.id != 0)
			fail_msg("store_source_find(\"%s\") found id %lld", absent[i], (long long)found.id);
	}
	assert_int_equal(store_source_find(s, "a.txt", &found, err, sizeof err), 0);
	assert_true(found.id > 0 && found.id != id);
	assert_string_equal(found.title, "Aardvark Life");

	assert_int_equal(store_source_touch(s, id, 777, err, sizeof err), 0);
	assert_int_equal(store_source_find(s, "dir/c.txt", &found, err, sizeof err), 0);
	assert_int_equal(found.mtime_ns, 777);
	assert_int_equal(found.size, (int64_t)size);
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	store_close(s);
}

static void test_store_reput_replaces_passages(void **state)
{
	static const char *const fresh[] = {
		"Volcanoes erupt molten basalt.",
		"Lava tubes form when basalt crusts over.",
		"Calderas collapse after eruptions.",
		"Geysers vent steam near volcanoes.",
	};
	char path[256], err[512];
	struct store *s;
	struct store_source before, after;
	db_path(state, "reput.db", path, sizeof path);
	make_index(path);

	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	assert_int_equal(store_source_find(s, "a.txt", &before, err, sizeof err), 0);
	int64_t id = put_source(s, "a.txt", "Volcano Notes", fresh, NP(fresh));
	assert_int_equal(id, before.id);
	assert_int_equal(store_source_find(s, "a.txt", &after, err, sizeof err), 0);
	assert_string_equal(after.title, "Volcano Notes");
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	store_close(s);

	s = open_read(path);
	assert_counts(s, 2, 6);
	assert_int_equal(matches(s, "aardvark"), 0);
	assert_int_equal(matches(s, "termite"), 0);
	assert_int_equal(matches(s, "title:aardvark"), 0);
	assert_int_equal(matches(s, "basalt"), 2);
	assert_int_equal(matches(s, "title:volcano"), 4);
	assert_int_equal(matches(s, "glacier"), 2);
	assert_int_equal(query_count(store_db(s),
	    "SELECT count(*) FROM passages WHERE source_id = (SELECT id FROM sources WHERE path = ?1)",
	    "a.txt"), 4);
	assert_int_equal(query_count(store_db(s),
	    "SELECT count(*) FROM passage_rows WHERE source_id = (SELECT id FROM sources"
	    " WHERE path = ?1)", "b.txt"), 2);
	assert_int_equal(query_count(store_db(s),
	    "SELECT passages FROM sources WHERE path = ?1", "a.txt"), 4);
	store_close(s);
	/* the FTS rows of the old passages went with their old title */
	assert_check_ok(path);
}

struct unseen_ctx {
	const char *approve[4];
	char called[8][32];
	int ncalled;
	int verdict_other;
};

static int unseen_cb(void *ctx, const char *path)
{
	struct unseen_ctx *c = ctx;
	if (c->ncalled < 8)
		snprintf(c->called[c->ncalled], sizeof c->called[0], "%s", path);
	c->ncalled++;
	for (int i = 0; i < 4 && c->approve[i]; i++)
		if (strcmp(c->approve[i], path) == 0)
			return 1;
	return c->verdict_other;
}

static void test_store_remove_unseen(void **state)
{
	char path[256], err[512];
	struct store *s;
	struct store_source src;
	size_t removed = 99;
	db_path(state, "unseen.db", path, sizeof path);

	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	put_source(s, "a.txt", "Aardvark Life", paras_a, NP(paras_a));
	put_source(s, "b.txt", "Ice Ages", paras_b, NP(paras_b));
	put_source(s, "c.txt", "Bread", paras_c, NP(paras_c));
	put_source(s, "d.txt", "Stars", paras_d, NP(paras_d));
	assert_int_equal(store_commit(s, err, sizeof err), 0);

	/* a new run: a.txt is seen; b and d are approved for removal, c is kept */
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	assert_int_equal(store_source_find(s, "a.txt", &src, err, sizeof err), 0);
	assert_int_equal(store_source_seen(s, src.id, err, sizeof err), 0);
	struct unseen_ctx c = { .approve = { "b.txt", "d.txt" }, .ncalled = 0, .verdict_other = 0 };
	assert_int_equal(store_remove_unseen(s, unseen_cb, &c, &removed, err, sizeof err), 0);
	assert_int_equal(removed, 2);
	assert_int_equal(c.ncalled, 3);
	assert_string_equal(c.called[0], "b.txt");
	assert_string_equal(c.called[1], "c.txt");
	assert_string_equal(c.called[2], "d.txt");
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	store_close(s);

	s = open_read(path);
	assert_counts(s, 2, 4);
	assert_int_equal(matches(s, "glacier"), 0);
	assert_int_equal(matches(s, "telescope"), 0);
	assert_int_equal(matches(s, "sourdough"), 1);
	assert_int_equal(matches(s, "aardvark"), 3);
	store_close(s);
	assert_check_ok(path);
}

static void test_store_remove_unseen_stops(void **state)
{
	char path[256], err[512];
	struct store *s;
	size_t removed = 99;
	db_path(state, "unseen_stop.db", path, sizeof path);
	make_index(path);
	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	/* a.txt approved, then b.txt stops the run: nothing may be removed */
	struct unseen_ctx c = { .approve = { "a.txt" }, .ncalled = 0, .verdict_other = -1 };
	err[0] = 0;
	assert_int_equal(store_remove_unseen(s, unseen_cb, &c, &removed, err, sizeof err), -1);
	assert_int_equal(removed, 0);
	assert_true(strlen(err) > 0);
	assert_counts(s, 2, 5);
	store_rollback(s);
	store_close(s);
}

/* ---- the compact layout --------------------------------------------------- */

/* One text value from a query with one optional text argument (malloc'd). */
static char *query_text(sqlite3 *db, const char *sql, const char *arg)
{
	sqlite3_stmt *st;
	char *v = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (arg)
		sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		v = strdup(t ? t : "");
	}
	sqlite3_finalize(st);
	assert_non_null(v);
	return v;
}

static void assert_query_text(sqlite3 *db, const char *sql, const char *arg, const char *want)
{
	char *got = query_text(db, sql, arg);
	if (strcmp(got, want) != 0)
		fail_msg("%s: got \"%s\", want \"%s\"", sql, got, want);
	free(got);
}

/* The record a reader sees: "ordinal lines bytes section|" for each passage of path. */
static const char record_sql[] =
    "SELECT group_concat(r, '|') FROM (SELECT p.ordinal || ' ' || p.line_start || '-' ||"
    " p.line_end || ' ' || p.byte_start || '-' || p.byte_end || ' ' || p.section AS r"
    " FROM passages p JOIN sources s ON s.id = p.source_id WHERE s.path = ?1 ORDER BY p.id)";

/* The same, from the paragraphs and headings put_source_sections was given. */
static void expected_record(const char *const *paras, const char *const *sections,
    size_t npara, char *out, size_t n)
{
	size_t byte = 0, line = 1, used = 0;
	out[0] = 0;
	for (size_t i = 0; i < npara; i++) {
		size_t len = strlen(paras[i]), lines = 0;
		for (size_t k = 0; k < len; k++)
			lines += paras[i][k] == '\n';
		used += (size_t)snprintf(out + used, n - used, "%s%zu %zu-%zu %zu-%zu %s",
		    i ? "|" : "", i, line, line + lines, byte, byte + len, sections[i]);
		assert_true(used < n);
		byte += len + 2;
		line += lines + 2;
	}
}

/* Every field comes back as it was put, through the passages view. */
static void test_store_sections_round_trip(void **state)
{
	char path[256], want[512];
	db_path(state, "sections.db", path, sizeof path);
	make_index_sections(path);
	struct store *s = open_read(path);
	sqlite3 *db = store_db(s);
	expected_record(paras_a, sections_a, NP(paras_a), want, sizeof want);
	assert_query_text(db, record_sql, "a.txt", want);
	expected_record(paras_b, sections_b, NP(paras_b), want, sizeof want);
	assert_query_text(db, record_sql, "b.txt", want);
	/* the bodies are the bytes put, the content view what FTS5 indexed */
	assert_query_text(db, "SELECT body FROM passages WHERE ordinal = 2 AND source_id ="
	    " (SELECT id FROM sources WHERE path = ?1)", "a.txt", paras_a[2]);
	assert_query_text(db, "SELECT group_concat(title || ':' || section, '|') FROM"
	    " (SELECT * FROM passages_content ORDER BY id)", NULL,
	    "Aardvark Life:Overview|Aardvark Life:Overview|Aardvark Life:Burrows|"
	    "Ice Ages:Overview|Ice Ages:");
	/* a heading is stored once for its run of passages, once per source */
	assert_int_equal(query_count(db, "SELECT count(*) FROM sections", NULL), 3);
	assert_int_equal(query_count(db, "SELECT count(*) FROM passage_rows WHERE section IS NULL",
	    NULL), 1);
	assert_int_equal(matches(s, "section:overview"), 3);
	assert_int_equal(matches(s, "section:burrow"), 1);
	/* no index on source_id: a source's passages are a range of ids */
	assert_int_equal(query_count(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
	    " AND tbl_name IN ('passage_rows', 'sections')", NULL), 0);
	assert_int_equal(query_count(db, "SELECT first_passage FROM sources WHERE path = ?1",
	    "b.txt"), 4);
	store_close(s);
	assert_check_ok(path);
}

/*
 * Re-putting or removing a source deletes exactly its passages and its
 * section rows; a heading that comes back later in a source has a row of
 * its own, so no row is ever shared and none is left unused.
 */
static void test_store_sections_go_with_their_source(void **state)
{
	static const char *const fresh[] = {
		"Volcanoes erupt molten basalt.",
		"Lava tubes form when basalt crusts over.",
		"Calderas collapse after eruptions.",
		"Geysers vent steam near volcanoes.",
	};
	static const char *const fresh_sections[] = { "Lava", "Lava", "Calderas", "Lava" };
	static const char sections_sql[] =
	    "SELECT group_concat(text, ',') FROM (SELECT text FROM sections ORDER BY text)";
	char path[256], err[512], want[512];
	struct store *s;
	struct store_source b;
	db_path(state, "sections_go.db", path, sizeof path);
	make_index_sections(path);

	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	put_source_sections(s, "a.txt", "Volcano Notes", fresh, fresh_sections, NP(fresh));
	assert_query_text(store_db(s), sections_sql, NULL, "Calderas,Lava,Lava,Overview");
	expected_record(paras_b, sections_b, NP(paras_b), want, sizeof want);
	assert_query_text(store_db(s), record_sql, "b.txt", want);
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	assert_check_ok(path);

	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	assert_int_equal(store_source_find(s, "b.txt", &b, err, sizeof err), 0);
	assert_int_equal(store_source_remove(s, b.id, err, sizeof err), 0);
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	store_close(s);

	s = open_read(path);
	assert_counts(s, 1, 4);
	assert_query_text(store_db(s), sections_sql, NULL, "Calderas,Lava,Lava");
	expected_record(fresh, fresh_sections, NP(fresh), want, sizeof want);
	assert_query_text(store_db(s), record_sql, "a.txt", want);
	assert_int_equal(matches(s, "section:overview"), 0);
	assert_int_equal(matches(s, "section:lava"), 3);
	store_close(s);
	assert_check_ok(path);
}

/* The layout derives ordinals and ends: passages that do not fit are refused. */
static void test_store_passage_add_refuses_misfits(void **state)
{
	static const char text[] = "Kelp forests sway in cold water.";
	char path[256], err[512];
	struct store *s;
	int64_t id = 0, other = 0;
	struct store_source_info info = {
		.path = "k.txt", .title = "Kelp", .format = "text",
		.size = sizeof text, .mtime_ns = 1, .hash = 1,
	};
	const struct store_passage good = {
		.ordinal = 0, .section = "", .section_len = 0, .line_start = 1, .line_end = 1,
		.byte_start = 0, .byte_end = sizeof text - 1, .body = text, .body_len = sizeof text - 1,
	};
	struct store_passage bad[5];
	for (size_t i = 0; i < NP(bad); i++)
		bad[i] = good;
	bad[0].ordinal = 1;
	bad[1].body_len = 5;
	bad[2].line_end = 0;
	bad[3].byte_end = 3;
	bad[4].line_end = 2;	/* the body has no newline */

	db_path(state, "misfits.db", path, sizeof path);
	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	/* no source being put */
	err[0] = 0;
	assert_int_equal(store_passage_add(s, 1, "Kelp", &good, err, sizeof err), -1);
	assert_non_null(strstr(err, "outside"));
	assert_int_equal(store_source_put(s, &info, &id, err, sizeof err), 0);
	for (size_t i = 0; i < NP(bad); i++) {
		err[0] = 0;
		assert_int_equal(store_passage_add(s, id, "Kelp", &bad[i], err, sizeof err), -1);
		if (strstr(err, "does not fit") == NULL)
			fail_msg("misfit %zu: message \"%s\"", i, err);
	}
	assert_int_equal(store_passage_add(s, id + 1, "Kelp", &good, err, sizeof err), -1);
	assert_int_equal(store_passage_add(s, id, "Kelp", &good, err, sizeof err), 0);
	/* one source at a time, finished with the count added */
	info.path = "l.txt";
	err[0] = 0;
	assert_int_equal(store_source_put(s, &info, &other, err, sizeof err), -1);
	assert_non_null(strstr(err, "not finished"));
	err[0] = 0;
	assert_int_equal(store_source_finish(s, id, 2, err, sizeof err), -1);
	assert_non_null(strstr(err, "were added"));
	/* a commit with a source open writes nothing */
	err[0] = 0;
	assert_int_equal(store_commit(s, err, sizeof err), -1);
	assert_non_null(strstr(err, "not finished"));
	assert_counts(s, 0, 0);

	/* the store is usable again: the next run starts clean */
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	info.path = "k.txt";
	if (store_source_put(s, &info, &id, err, sizeof err) != 0)
		fail_msg("store_source_put: %s", err);
	assert_int_equal(store_passage_add(s, id, "Kelp", &good, err, sizeof err), 0);
	assert_int_equal(store_source_finish(s, id, 1, err, sizeof err), 0);
	assert_int_equal(store_source_finish(s, id, 1, err, sizeof err), -1);
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	assert_counts(s, 1, 1);
	store_close(s);
	assert_check_ok(path);
}

/* ---- store_check ---------------------------------------------------------- */

static void test_store_check_good_write(void **state)
{
	char path[256], err[512];
	struct store *s;
	db_path(state, "check_good_w.db", path, sizeof path);
	make_index(path);
	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	err[0] = 0;
	assert_int_equal(store_check(s, err, sizeof err), 0);
	assert_string_equal(err, "");
	store_close(s);
}

/* FTS5's integrity-check is an INSERT: on a read-only open it says so, not "damaged". */
static void test_store_check_good_read(void **state)
{
	char path[256], err[512];
	struct store *s;
	db_path(state, "check_good_r.db", path, sizeof path);
	make_index(path);
	s = open_read(path);
	err[0] = 0;
	int rc = store_check(s, err, sizeof err);
	store_close(s);	/* before asserting, so a failure leaks nothing */
	assert_int_equal(rc, -1);
	assert_non_null(strstr(err, "write access"));
	assert_null(strstr(err, "damaged"));
}

static void test_store_check_finds_damage(void **state)
{
	static const struct {
		const char *name, *sql, *says;
	} damage[] = {
		{ "byte_start", "UPDATE passage_rows SET byte_start = byte_start + 1000000", "outside" },
		{ "body", "UPDATE passage_rows SET body = body || 'x'"
		  " WHERE id = (SELECT min(id) FROM passage_rows)", "full-text" },
		{ "line", "UPDATE passage_rows SET line_start = 0", "outside" },
		{ "count", "UPDATE sources SET passages = passages + 1 WHERE path = 'b.txt'", "count" },
		{ "range", "UPDATE sources SET first_passage = first_passage + 1 WHERE path = 'a.txt'",
		  "range" },
		{ "fts", "DELETE FROM passage_rows WHERE id = (SELECT max(id) FROM passage_rows)",
		  "full-text" },
		{ "orphan", "UPDATE passage_rows SET source_id = 999"
		  " WHERE id = (SELECT min(id) FROM passage_rows)", "full-text" },
		{ "heading", "UPDATE sections SET text = 'Elsewhere' WHERE id = 3", "full-text" },
		{ "lost_heading", "UPDATE passage_rows SET section = 7 WHERE id = 3", "full-text" },
		/* passage 2 is not the first under its heading */
		{ "unused_section", "INSERT INTO sections(id, text) VALUES(2, 'Overview')", "unused" },
		{ "stray_section", "INSERT INTO sections(id, text) VALUES(99, 'Stray')", "unused" },
		/* same text, so the full-text index still agrees: only the owner is wrong */
		{ "shared_section", "UPDATE passage_rows SET section = 3 WHERE id = 4;"
		  "DELETE FROM sections WHERE id = 4", "another source" },
		/* a term far below the threshold (256 here) must not be stored */
		{ "term_df", "INSERT INTO term_df(term, df) VALUES('aardvark', 2)", "term_df" },
	};
	for (size_t i = 0; i < NP(damage); i++) {
		char path[256], err[512], name[64];
		snprintf(name, sizeof name, "damaged_%s.db", damage[i].name);
		db_path(state, name, path, sizeof path);
		make_index_sections(path);
		/* the index was sound before the damage */
		assert_check_ok(path);
		exec_plain(path, damage[i].sql);
		struct store *s = NULL;
		assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
		err[0] = 0;
		int rc = store_check(s, err, sizeof err);
		if (rc != -1)
			fail_msg("store_check after damage \"%s\" returned %d", damage[i].name, rc);
		if (strstr(err, path) == NULL || strstr(err, damage[i].says) == NULL)
			fail_msg("damage \"%s\": message \"%s\" should name the index and say \"%s\"",
			    damage[i].name, err, damage[i].says);
		store_close(s);
	}
}

/* ---- what is not ours ----------------------------------------------------- */

static int64_t cache_size_of(struct store *s)
{
	sqlite3_stmt *st;
	int64_t v = 0;
	assert_int_equal(sqlite3_prepare_v2(store_db(s), "PRAGMA cache_size", -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* A reader's cache is big until the caller sets it; zero is refused. */
static void test_store_cache_size(void **state)
{
	char path[256], err[512];
	struct store *s;
	db_path(state, "cache_size.db", path, sizeof path);
	make_index(path);
	s = open_read(path);
	int64_t before = cache_size_of(s);
	int set = store_cache_size(s, 256, err, sizeof err);
	int64_t after = cache_size_of(s);
	err[0] = 0;
	int zero = store_cache_size(s, 0, err, sizeof err);
	int64_t unchanged = cache_size_of(s);
	store_close(s);
	assert_true(before <= -65536);
	assert_int_equal(set, 0);
	assert_int_equal(after, -256);
	assert_int_equal(zero, -1);
	assert_non_null(strstr(err, "cache_size.db"));
	assert_int_equal(unchanged, -256);
}

static void test_store_refuses_text_file(void **state)
{
	static const char content[] = "just some notes\nnot a database at all\n";
	static const enum store_mode modes[] = { STORE_WRITE, STORE_READ };
	char path[256], err[512];
	db_path(state, "notes.txt", path, sizeof path);
	write_file(path, content, sizeof content - 1);
	for (size_t i = 0; i < NP(modes); i++) {
		struct store *s = (struct store *)&s;	/* must be reset to NULL */
		err[0] = 0;
		assert_int_equal(store_open(path, modes[i], &s, err, sizeof err), -1);
		assert_null(s);
		if (strstr(err, path) == NULL)
			fail_msg("message \"%s\" does not contain %s", err, path);
		size_t n;
		char *now = slurp(path, &n);
		assert_int_equal(n, sizeof content - 1);
		assert_memory_equal(now, content, n);
		free(now);
	}
	char wal[300];
	snprintf(wal, sizeof wal, "%s-wal", path);
	assert_false(file_exists(wal));
}

static void test_store_refuses_short_binary_file(void **state)
{
	static const char content[] = "SQLite";	/* shorter than the header */
	char path[256], err[512];
	struct store *s = NULL;
	db_path(state, "short.bin", path, sizeof path);
	write_file(path, content, sizeof content - 1);
	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), -1);
	assert_null(s);
	assert_non_null(strstr(err, path));
	size_t n;
	char *now = slurp(path, &n);
	assert_int_equal(n, sizeof content - 1);
	free(now);
}

static void test_store_refuses_other_database(void **state)
{
	static const enum store_mode modes[] = { STORE_WRITE, STORE_READ };
	char path[256], err[512];
	db_path(state, "other.sqlite", path, sizeof path);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE TABLE recipes(name TEXT, minutes INT);"
	    "INSERT INTO recipes VALUES('soup', 30), ('bread', 240);", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	size_t n0;
	char *before = slurp(path, &n0);
	for (size_t i = 0; i < NP(modes); i++) {
		struct store *s = NULL;
		err[0] = 0;
		assert_int_equal(store_open(path, modes[i], &s, err, sizeof err), -1);
		assert_null(s);
		if (strstr(err, path) == NULL)
			fail_msg("message \"%s\" does not contain %s", err, path);
		size_t n;
		char *now = slurp(path, &n);
		assert_int_equal(n, n0);
		assert_memory_equal(now, before, n);
		free(now);
	}
	free(before);
	db = open_plain(path);
	assert_int_equal(query_count(db, "SELECT count(*) FROM recipes", NULL), 2);
	assert_int_equal(query_count(db, "SELECT count(*) FROM sqlite_schema", NULL), 1);
	sqlite3_close(db);
}

static void test_store_read_missing_fails(void **state)
{
	char path[256], err[512];
	struct store *s = (struct store *)&s;
	db_path(state, "missing.db", path, sizeof path);
	err[0] = 0;
	assert_int_equal(store_open(path, STORE_READ, &s, err, sizeof err), -1);
	assert_null(s);
	assert_non_null(strstr(err, path));
	assert_false(file_exists(path));

	/* a missing directory in WRITE mode fails too, with the path */
	db_path(state, "no/such/dir/x.db", path, sizeof path);
	err[0] = 0;
	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), -1);
	assert_null(s);
	assert_non_null(strstr(err, path));
}

static void test_store_read_empty_file_fails(void **state)
{
	char path[256], err[512];
	struct store *s = NULL;
	db_path(state, "empty.db", path, sizeof path);
	write_file(path, "", 0);
	err[0] = 0;
	assert_int_equal(store_open(path, STORE_READ, &s, err, sizeof err), -1);
	assert_null(s);
	assert_non_null(strstr(err, path));
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_size, 0);
}

/* A truncated index is refused, unchanged, in READ and WRITE modes; a
 * rebuild empties it in place. */
static void test_store_truncated_refused_then_rebuilt(void **state)
{
	static const enum store_mode modes[] = { STORE_READ, STORE_WRITE };
	char path[256], err[512];
	struct stat st;
	db_path(state, "truncated.db", path, sizeof path);
	make_index(path);
	assert_int_equal(truncate(path, 4096), 0);
	for (size_t i = 0; i < NP(modes); i++) {
		struct store *s = (struct store *)&s;
		err[0] = 0;
		assert_int_equal(store_open(path, modes[i], &s, err, sizeof err), -1);
		assert_null(s);
		if (strstr(err, path) == NULL || strstr(err, "damaged") == NULL ||
		    strstr(err, "--rebuild") == NULL)
			fail_msg("message \"%s\" should name the index, say damaged and --rebuild", err);
		assert_int_equal(stat(path, &st), 0);
		assert_int_equal(st.st_size, 4096);
	}
	struct store *s = NULL;
	if (store_open(path, STORE_REBUILD, &s, err, sizeof err) != 0)
		fail_msg("store_open(REBUILD) of a truncated index: %s", err);
	assert_int_equal(store_begin(s, 1, err, sizeof err), 0);
	put_source(s, "a.txt", "Aardvark Life", paras_a, NP(paras_a));
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	store_close(s);
	assert_check_ok(path);
}

static void test_store_refuses_newer_schema(void **state)
{
	char path[256], err[512];
	struct store *s = (struct store *)&s;
	db_path(state, "newer.db", path, sizeof path);
	make_index(path);
	exec_plain(path, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");
	err[0] = 0;
	assert_int_equal(store_open(path, STORE_READ, &s, err, sizeof err), -1);
	assert_null(s);
	assert_non_null(strstr(err, "newer"));
	assert_non_null(strstr(err, path));
}

static void test_store_other_tokenizer_needs_rebuild(void **state)
{
	char path[256], err[512];
	struct store *s = NULL;
	db_path(state, "tokenizer.db", path, sizeof path);
	make_index(path);
	exec_plain(path, "UPDATE meta SET value = 'snowball english; libstemmer 0.0; fingerprint 0'"
	    " WHERE key = 'tokenizer'");

	err[0] = 0;
	assert_int_equal(store_open(path, STORE_READ, &s, err, sizeof err), -1);
	assert_null(s);
	if (strstr(err, "rebuild") == NULL || strstr(err, path) == NULL)
		fail_msg("READ message \"%s\" should name the path and say rebuild", err);

	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	assert_non_null(s);
	assert_non_null(store_rebuild_reason(s));
	err[0] = 0;
	assert_int_equal(store_check(s, err, sizeof err), -1);
	assert_true(strlen(err) > 0);
	/* a run on an index that needs a rebuild starts from empty */
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	assert_counts(s, 0, 0);
	put_source(s, "c.txt", "Bread", paras_c, NP(paras_c));
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	assert_null(store_rebuild_reason(s));
	store_close(s);

	s = open_read(path);
	assert_null(store_rebuild_reason(s));
	assert_counts(s, 1, 1);
	char *spec = store_meta(s, "tokenizer");
	assert_non_null(spec);
	assert_string_equal(spec, tokenizer_spec());
	free(spec);
	store_close(s);
	assert_check_ok(path);
}

/* An index as schema 1 wrote it: "passages" a table, with an index by source. */
static const char schema_1_sql[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE sources(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE,"
    " title TEXT NOT NULL, publisher TEXT, format TEXT NOT NULL, size INTEGER NOT NULL,"
    " mtime_ns INTEGER NOT NULL, hash INTEGER NOT NULL, passages INTEGER NOT NULL,"
    " indexed_at TEXT NOT NULL);"
    "CREATE TABLE passages(id INTEGER PRIMARY KEY,"
    " source_id INTEGER NOT NULL REFERENCES sources(id), ordinal INTEGER NOT NULL,"
    " section TEXT NOT NULL, line_start INTEGER NOT NULL, line_end INTEGER NOT NULL,"
    " byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL, body TEXT NOT NULL);"
    "CREATE INDEX passages_by_source ON passages(source_id, ordinal);"
    "CREATE VIEW passages_content AS"
    " SELECT p.id AS id, s.title AS title, p.section AS section, p.body AS body"
    " FROM passages p JOIN sources s ON s.id = p.source_id;"
    "CREATE VIRTUAL TABLE passages_fts USING fts5(title, section, body,"
    " content='passages_content', content_rowid='id', tokenize='snowball english');"
    "PRAGMA application_id = 1347634993;"	/* STORE_APPLICATION_ID */
    "INSERT INTO meta VALUES('schema_version', '1');"
    "INSERT INTO sources VALUES(1, 'old.txt', 'Old Title', NULL, 'text', 40, 1, 1, 1,"
    " '2024-01-01T00:00:00Z');"
    "INSERT INTO passages VALUES(1, 1, 0, 'Old Heading', 1, 1, 0, 21, 'Ancient mammoth bones');"
    "INSERT INTO passages_fts(rowid, title, section, body)"
    " VALUES(1, 'Old Title', 'Old Heading', 'Ancient mammoth bones');";

/* A real schema 1 index: query refuses it, a run replaces it (table by view). */
static void test_store_schema_1_rebuilt(void **state)
{
	char path[256], err[512];
	struct store *s = NULL;
	db_path(state, "schema1.db", path, sizeof path);
	exec_plain(path, schema_1_sql);
	assert_int_equal(STORE_APPLICATION_ID, 1347634993);

	err[0] = 0;
	assert_int_equal(store_open(path, STORE_READ, &s, err, sizeof err), -1);
	assert_null(s);
	if (strstr(err, "schema version 1") == NULL || strstr(err, "rebuild") == NULL)
		fail_msg("READ message \"%s\" should give the version and say rebuild", err);

	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	assert_non_null(store_rebuild_reason(s));
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	assert_counts(s, 0, 0);
	put_source_sections(s, "a.txt", "Aardvark Life", paras_a, sections_a, NP(paras_a));
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	store_close(s);

	s = open_read(path);
	assert_counts(s, 1, 3);
	assert_int_equal(matches(s, "mammoth"), 0);
	assert_int_equal(matches(s, "section:burrow"), 1);
	assert_query_text(store_db(s), "SELECT type FROM sqlite_schema WHERE name = ?1",
	    "passages", "view");
	assert_int_equal(query_count(store_db(s), "SELECT count(*) FROM sqlite_schema"
	    " WHERE name = ?1", "passages_by_source"), 0);
	store_close(s);
	assert_check_ok(path);
}

static void test_store_older_schema_needs_rebuild(void **state)
{
	char path[256], err[512];
	struct store *s = NULL;
	db_path(state, "older.db", path, sizeof path);
	make_index(path);
	exec_plain(path, "UPDATE meta SET value = '0' WHERE key = 'schema_version'");
	err[0] = 0;
	assert_int_equal(store_open(path, STORE_READ, &s, err, sizeof err), -1);
	assert_non_null(strstr(err, "rebuild"));
	assert_int_equal(store_open(path, STORE_WRITE, &s, err, sizeof err), 0);
	assert_non_null(store_rebuild_reason(s));
	store_close(s);
}

/* ---- two writers -------------------------------------------------------- */

static struct store *open_write(const char *path)
{
	struct store *s = NULL;
	char err[512];
	if (store_open(path, STORE_WRITE, &s, err, sizeof err) != 0)
		fail_msg("store_open(%s, WRITE): %s", path, err);
	return s;
}

/*
 * Two writers open a missing index, both see no schema; the one that gets
 * the lock second must build on what the first committed, not make the
 * schema again over it (issue 19: a corpus lost).
 */
static void test_store_begin_decides_under_the_lock(void **state)
{
	char path[256], err[512];
	db_path(state, "two-writers.db", path, sizeof path);
	struct store *s1 = open_write(path), *s2 = open_write(path);
	assert_int_equal(store_begin(s1, 0, err, sizeof err), 0);
	assert_true(store_run_rebuilds(s1, NULL));
	put_source(s1, "a.txt", "Aardvark Life", paras_a, NP(paras_a));
	assert_int_equal(store_commit(s1, err, sizeof err), 0);
	assert_int_equal(store_begin(s2, 0, err, sizeof err), 0);
	assert_false(store_run_rebuilds(s2, NULL));
	put_source(s2, "b.txt", "Ice Ages", paras_b, NP(paras_b));
	assert_int_equal(store_commit(s2, err, sizeof err), 0);
	assert_counts(s2, 2, 5);
	store_close(s1);
	store_close(s2);
	assert_check_ok(path);
}

/* An old-schema index rebuilt by another writer meanwhile is not rebuilt again. */
static void test_store_stale_rebuild_reason_not_acted_on(void **state)
{
	char path[256], err[512];
	const char *why = "x";
	db_path(state, "stale-reason.db", path, sizeof path);
	make_index(path);
	exec_plain(path, "UPDATE meta SET value = '0' WHERE key = 'schema_version'");
	struct store *late = open_write(path), *first = open_write(path);
	assert_non_null(store_rebuild_reason(late));
	assert_int_equal(store_begin(first, 0, err, sizeof err), 0);
	assert_true(store_run_rebuilds(first, &why));
	assert_non_null(why);
	put_source(first, "c.txt", "Bread", paras_c, NP(paras_c));
	assert_int_equal(store_commit(first, err, sizeof err), 0);
	assert_false(store_run_rebuilds(first, &why));
	assert_null(why);
	store_close(first);
	assert_int_equal(store_begin(late, 0, err, sizeof err), 0);
	assert_false(store_run_rebuilds(late, &why));
	assert_null(why);
	put_source(late, "d.txt", "Telescopes", paras_d, NP(paras_d));
	assert_int_equal(store_commit(late, err, sizeof err), 0);
	assert_counts(late, 2, 3);
	store_close(late);
}

/* A writer that times out waiting says another indexer holds the index. */
static void test_store_busy_names_the_other_indexer(void **state)
{
	char path[256], err[512];
	db_path(state, "busy.db", path, sizeof path);
	make_index(path);
	struct store *s1 = open_write(path), *s2 = open_write(path);
	assert_int_equal(store_begin(s1, 0, err, sizeof err), 0);
	sqlite3_busy_timeout(store_db(s2), 50);
	err[0] = 0;
	assert_int_equal(store_begin(s2, 0, err, sizeof err), -1);
	if (strstr(err, path) == NULL || strstr(err, "another indexer") == NULL)
		fail_msg("message \"%s\" should name the index and another indexer", err);
	store_close(s2);
	store_rollback(s1);
	store_close(s1);
	assert_check_ok(path);
}

/*
 * A new index left without a source is removed under the lock; one with
 * sources is kept; a writer that was waiting for the removed file fails.
 */
static void test_store_remove_if_empty(void **state)
{
	char path[256], err[512];
	db_path(state, "remove-empty.db", path, sizeof path);
	struct store *s1 = open_write(path), *s2 = open_write(path);
	assert_int_equal(store_begin(s1, 0, err, sizeof err), 0);
	assert_int_equal(store_remove_if_empty(s1, err, sizeof err), 1);
	assert_false(file_exists(path));
	store_close(s1);
	err[0] = 0;
	assert_int_equal(store_begin(s2, 0, err, sizeof err), -1);
	if (strstr(err, "removed") == NULL)
		fail_msg("a run on a removed file: \"%s\"", err);
	store_close(s2);

	make_index(path);
	s1 = open_write(path);
	assert_int_equal(store_remove_if_empty(s1, err, sizeof err), 0);
	store_close(s1);
	assert_true(file_exists(path));
	assert_check_ok(path);
}

/* Names that are no index file: one clear line each, nothing created. */
static void test_store_open_refuses_odd_names(void **state)
{
	static const enum store_mode modes[] = { STORE_READ, STORE_WRITE, STORE_REBUILD };
	char dir[256], err[512];
	db_path(state, "", dir, sizeof dir);
	for (size_t i = 0; i < NP(modes); i++) {
		struct store *s = (struct store *)&s;
		err[0] = 0;
		assert_int_equal(store_open("", modes[i], &s, err, sizeof err), -1);
		assert_null(s);
		assert_non_null(strstr(err, "empty"));
		assert_int_equal(store_open(":memory:", modes[i], &s, err, sizeof err), -1);
		assert_non_null(strstr(err, ":memory:"));
		assert_int_equal(store_open(dir, modes[i], &s, err, sizeof err), -1);
		if (strstr(err, dir) == NULL || strstr(err, "is a directory") == NULL)
			fail_msg("a directory: \"%s\"", err);
	}
}

/* ---- term_df -------------------------------------------------------------- */

/* Low enough that the small indexes of these tests have common terms. */
#define TEST_DF_MIN 4

/*
 * Compare term_df with FTS5's vocabulary on the store's connection: the
 * (term, df) pairs on one side only must be none.  Returns term_df's rows.
 */
static int64_t assert_term_df_exact(struct store *s, int64_t min)
{
	sqlite3 *db = store_db(s);
	sqlite3_stmt *st;
	char *msg = NULL;
	if (sqlite3_exec(db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.test_vocab"
	    " USING fts5vocab(main, passages_fts, row)", NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("fts5vocab: %s", msg);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT term, df FROM"
	    " (SELECT term, doc AS df FROM temp.test_vocab WHERE doc >= ?1"
	    " UNION ALL SELECT term, df FROM term_df)"
	    " GROUP BY term, df HAVING count(*) != 2", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, min);
	if (sqlite3_step(st) == SQLITE_ROW) {
		char term[128];
		snprintf(term, sizeof term, "%s", (const char *)sqlite3_column_text(st, 0));
		int64_t df = sqlite3_column_int64(st, 1);
		sqlite3_finalize(st);
		fail_msg("term_df differs from the vocabulary at \"%s\" (df %lld)", term, (long long)df);
	}
	sqlite3_finalize(st);
	return query_count(db, "SELECT count(*) FROM term_df", NULL);
}

/* term_df as one string, to compare before and after. */
static char *term_df_dump(struct store *s)
{
	sqlite3_stmt *st;
	char *out = NULL;
	assert_int_equal(sqlite3_prepare_v2(store_db(s), "SELECT coalesce(group_concat("
	    "term || ':' || df, ' '), '') FROM (SELECT * FROM term_df ORDER BY term)", -1,
	    &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	out = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	assert_non_null(out);
	return out;
}

/* Words that stem together (so raw forms are stored too), drawn unevenly. */
static const char *const df_words[] = {
	"river", "rivers", "stone", "stones", "run", "running", "runs", "light",
	"lighting", "water", "waters", "cold", "colder", "bridge", "bridges", "green",
	"walk", "walked", "walking", "hill", "hills", "market", "markets", "old",
	"older", "garden", "gardens", "storm", "quiet", "north",
};

static unsigned df_rand(unsigned *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return (*seed >> 8) & 0xffffff;
}

/* A sentence of 6-13 words into out; early words are far more common. */
static void df_sentence(unsigned *seed, char *out, size_t n)
{
	size_t words = 6 + df_rand(seed) % 8, len = 0;
	out[0] = 0;
	for (size_t i = 0; i < words; i++) {
		size_t k = df_rand(seed) % (1 + df_rand(seed) % NP(df_words));
		len += (size_t)snprintf(out + len, n - len, "%s%s", i ? " " : "", df_words[k]);
	}
	snprintf(out + len, n - len, ".");
}

/* Put a source at path with 1-6 random passages, a random title and headings. */
static void df_put_random(struct store *s, unsigned *seed, const char *path)
{
	static const char *const titles[] = { "River Notes", "Old Stones", "Garden Walks" };
	static const char *const headings[] = { "", "Cold Water", "North Hills", "Storm" };
	char text[6][160];
	const char *paras[6], *sections[6];
	size_t n = 1 + df_rand(seed) % 6;
	for (size_t i = 0; i < n; i++) {
		df_sentence(seed, text[i], sizeof text[i]);
		paras[i] = text[i];
		sections[i] = headings[df_rand(seed) % NP(headings)];
	}
	put_source_sections(s, path, titles[df_rand(seed) % NP(titles)], paras, sections, n);
}

/* Sources 0.txt .. n-1.txt, random (df_put_random). */
static void df_put_sources(struct store *s, unsigned *seed, int n)
{
	for (int i = 0; i < n; i++) {
		char name[16];
		snprintf(name, sizeof name, "%d.txt", i);
		df_put_random(s, seed, name);
	}
}

static struct store *open_df(const char *path)
{
	struct store *s = NULL;
	char err[512];
	if (store_open(path, STORE_WRITE, &s, err, sizeof err) != 0)
		fail_msg("store_open(%s): %s", path, err);
	store_set_term_df_min(s, TEST_DF_MIN);
	return s;
}

static void check_df(struct store *s)
{
	char err[512];
	if (store_check(s, err, sizeof err) != 0)
		fail_msg("store_check: %s", err);
}

/*
 * A fresh build, then 40 random incremental runs adding, changing and
 * removing sources (some unchanged ones stay), each compared exactly.
 */
static void test_store_term_df_random_runs(void **state)
{
	char path[256], err[512], name[32];
	unsigned seed = 20240611;
	int present[24] = { 0 };
	int64_t rows_seen_min = -1, rows_seen_max = 0;
	struct store *s;
	db_path(state, "term_df_random.db", path, sizeof path);

	s = open_df(path);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	for (int i = 0; i < 12; i++) {
		snprintf(name, sizeof name, "s%02d.txt", i);
		df_put_random(s, &seed, name);
		present[i] = 1;
	}
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	assert_true(assert_term_df_exact(s, TEST_DF_MIN) > 0);
	check_df(s);
	store_close(s);

	for (int run = 0; run < 40; run++) {
		s = open_df(path);	/* each run on a fresh open, as the indexer does */
		assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
		int ops = 1 + (int)(df_rand(&seed) % 4);
		for (int k = 0; k < ops; k++) {
			int i = (int)(df_rand(&seed) % NP(present));
			snprintf(name, sizeof name, "s%02d.txt", i);
			if (present[i] && df_rand(&seed) % 3 == 0) {
				struct store_source src;
				assert_int_equal(store_source_find(s, name, &src, err, sizeof err), 0);
				assert_int_equal(store_source_remove(s, src.id, err, sizeof err), 0);
				present[i] = 0;
			} else {
				df_put_random(s, &seed, name);	/* new, or a changed source */
				present[i] = 1;
			}
		}
		assert_int_equal(store_commit(s, err, sizeof err), 0);
		int64_t rows = assert_term_df_exact(s, TEST_DF_MIN);
		if (rows_seen_min < 0 || rows < rows_seen_min)
			rows_seen_min = rows;
		if (rows > rows_seen_max)
			rows_seen_max = rows;
		check_df(s);
		store_close(s);
	}
	/* the runs moved terms across the threshold both ways */
	assert_true(rows_seen_min > 0 && rows_seen_max > rows_seen_min);
}

/*
 * An incremental run looks only at the terms it changed: a stray row for
 * a term no run touches survives it, and store_check reports it.
 */
static void test_store_term_df_incremental_is_local(void **state)
{
	char path[256], err[512];
	unsigned seed = 99;
	struct store *s;
	db_path(state, "term_df_local.db", path, sizeof path);
	s = open_df(path);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	df_put_random(s, &seed, "a.txt");
	df_put_random(s, &seed, "b.txt");
	df_put_random(s, &seed, "c.txt");
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	assert_term_df_exact(s, TEST_DF_MIN);
	assert_int_equal(sqlite3_exec(store_db(s), "INSERT INTO term_df VALUES('zebra', 77)",
	    NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	df_put_random(s, &seed, "b.txt");
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	assert_int_equal(query_count(store_db(s), "SELECT df FROM term_df WHERE term = ?1",
	    "zebra"), 77);
	err[0] = 0;
	assert_int_equal(store_check(s, err, sizeof err), -1);
	if (strstr(err, "term_df") == NULL || strstr(err, "1 terms differ") == NULL)
		fail_msg("check message \"%s\" should name term_df and one term", err);
	/* a rebuild counts everything again */
	assert_int_equal(store_begin(s, 1, err, sizeof err), 0);
	df_put_random(s, &seed, "a.txt");
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	assert_term_df_exact(s, TEST_DF_MIN);
	check_df(s);
	store_close(s);
}

/*
 * A rebuild whose passages are all counted (store_term_counts) takes
 * term_df from the counts: a term counted but never indexed shows it.
 * One passage added uncounted, or a map given up, and the vocabulary
 * is read instead; either way term_df is exact.
 */
static void test_store_term_df_counted_rebuild(void **state)
{
	char path[256], err[512];
	unsigned seed = 7;
	struct store *s;
	db_path(state, "term_df_counted.db", path, sizeof path);
	s = open_df(path);
	assert_null(store_term_counts(s));	/* not in a run */
	assert_int_equal(tokenizer_open(store_db(s), &counting.tok, err, sizeof err), 0);
	for (int round = 0; round < 4; round++) {
		assert_int_equal(store_begin(s, 1, err, sizeof err), 0);
		counting.map = store_term_counts(s);
		assert_non_null(counting.map);
		df_put_sources(s, &seed, 8);
		/* a term in every counted row, and no passage: only the counts have it */
		for (int i = 0; i < TEST_DF_MIN; i++) {
			termstats_row(counting.map, 1);
			assert_int_equal(termstats_add(counting.map, "zz-counted", 10), 0);
		}
		if (round == 1) {
			struct termstats *map = counting.map;
			counting.map = NULL;	/* one source not counted */
			df_put_random(s, &seed, "uncounted.txt");
			counting.map = map;
		} else if (round == 2) {
			termstats_set_limit(counting.map, 1);	/* given up: too many terms */
		}
		assert_int_equal(store_commit(s, err, sizeof err), 0);
		counting.map = NULL;
		int64_t stray = query_count(store_db(s), "SELECT count(*) FROM term_df"
		    " WHERE term = ?1", "zz-counted");
		assert_int_equal(stray, round == 0 || round == 3);
		if (stray) {
			assert_int_equal(sqlite3_exec(store_db(s), "DELETE FROM term_df"
			    " WHERE term = 'zz-counted'", NULL, NULL, NULL), SQLITE_OK);
		}
		assert_true(assert_term_df_exact(s, TEST_DF_MIN) > 0);
		check_df(s);
	}
	/* an incremental run has no counts */
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	assert_null(store_term_counts(s));
	store_rollback(s);
	tokenizer_close(counting.tok);
	counting.tok = NULL;
	store_close(s);
}

/* The vocabulary as one string: "raw=stem raw=stem ...", by raw form. */
static char *vocabulary_text(struct store *s)
{
	sqlite3_stmt *st;
	char *text = NULL;
	assert_int_equal(sqlite3_prepare_v2(store_db(s), "SELECT group_concat(raw || '=' || stem,"
	    " ' ') FROM (SELECT raw, stem FROM vocabulary ORDER BY raw)", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	const char *v = (const char *)sqlite3_column_text(st, 0);
	text = strdup(v ? v : "");
	sqlite3_finalize(st);
	assert_non_null(text);
	return text;
}

/* The sources of test_store_raw_forms_counted, with raw forms in every column. */
static void put_raw_sources(struct store *s)
{
	put_source_sections(s, "a.txt", "Aardvarks Living", paras_a, sections_a, NP(paras_a));
	put_source_sections(s, "b.txt", "Ice Ages", paras_b, sections_b, NP(paras_b));
	put_source(s, "c.txt", "Breads Baked", paras_c, NP(paras_c));
}

/*
 * Raw forms kept by the caller (store_raw_forms, as the indexer's
 * preparing thread keeps them): the vocabulary is the one the tokenizer's
 * raw observer gives, the map is what is written (a raw form only the map
 * holds shows it), and a passage added raw_counted is not observed again
 * (kept nowhere, its raw forms are missing, and --check says so).  A map
 * that failed fails the commit.
 */
static void test_store_raw_forms_counted(void **state)
{
	char path[256], err[512];
	struct store *s;
	db_path(state, "raw_observed.db", path, sizeof path);
	s = open_df(path);
	assert_null(store_raw_forms(s));	/* not in a run */
	assert_int_equal(store_begin(s, 1, err, sizeof err), 0);
	put_raw_sources(s);
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	char *observed = vocabulary_text(s);
	assert_non_null(strstr(observed, "aardvarks=aardvark"));
	assert_non_null(strstr(observed, "living=live"));	/* a title's */
	store_close(s);

	db_path(state, "raw_counted.db", path, sizeof path);
	s = open_df(path);
	assert_int_equal(tokenizer_open(store_db(s), &counting.tok, err, sizeof err), 0);
	for (int round = 0; round < 4; round++) {
		/* 0: kept by the caller; 1: and one more; 2: a failed map; 3: none kept */
		assert_int_equal(store_begin(s, 1, err, sizeof err), 0);
		counting.raw = store_raw_forms(s);
		assert_non_null(counting.raw);
		counting.raw_skip = round == 3;
		put_raw_sources(s);
		if (round == 1)
			assert_int_equal(store_raw_form_add(counting.raw, "zzraws", 6, "zzraw", 5), 0);
		if (round == 2)
			termstats_set_limit(counting.raw, 1);
		int rc = store_commit(s, err, sizeof err);
		counting.raw = NULL;
		if (round == 2) {
			assert_int_equal(rc, -1);
			assert_non_null(strstr(err, "out of memory"));
			continue;
		}
		assert_int_equal(rc, 0);
		assert_null(store_raw_forms(s));
		char *counted = vocabulary_text(s);
		if (round == 0) {
			assert_string_equal(counted, observed);
			check_df(s);
		} else if (round == 1) {
			assert_non_null(strstr(counted, "zzraws=zzraw"));
		} else {
			assert_string_equal(counted, "");
			assert_int_equal(store_check(s, err, sizeof err), -1);
			assert_non_null(strstr(err, "not in the vocabulary"));
		}
		free(counted);
	}
	counting.raw_skip = 0;
	free(observed);
	tokenizer_close(counting.tok);
	counting.tok = NULL;
	store_close(s);
}

static void test_store_term_df_rollback_keeps_it(void **state)
{
	char path[256], err[512];
	unsigned seed = 5;
	struct store *s;
	db_path(state, "term_df_rollback.db", path, sizeof path);
	s = open_df(path);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	df_put_sources(s, &seed, 6);
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	char *before = term_df_dump(s);
	assert_true(strlen(before) > 0);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	for (int i = 0; i < 6; i++)
		df_put_random(s, &seed, "new.txt");
	struct store_source src;
	assert_int_equal(store_source_find(s, "0.txt", &src, err, sizeof err), 0);
	assert_int_equal(store_source_remove(s, src.id, err, sizeof err), 0);
	store_rollback(s);
	char *after = term_df_dump(s);
	assert_string_equal(after, before);
	free(after);
	/* and a run after the rollback starts from the committed state */
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	df_put_random(s, &seed, "3.txt");
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	assert_term_df_exact(s, TEST_DF_MIN);
	store_close(s);
	/* a run abandoned by closing the store (as a killed one) changes nothing either */
	s = open_df(path);
	char *committed = term_df_dump(s);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	df_put_random(s, &seed, "4.txt");
	store_close(s);
	s = open_df(path);
	after = term_df_dump(s);
	assert_string_equal(after, committed);
	assert_term_df_exact(s, TEST_DF_MIN);
	store_close(s);
	free(after);
	free(committed);
	free(before);
}

/* An index from before term_df gets it on its next run, even one that changes nothing. */
static void test_store_term_df_added_to_older_index(void **state)
{
	char path[256], err[512];
	unsigned seed = 31;
	struct store *s;
	db_path(state, "term_df_upgrade.db", path, sizeof path);
	s = open_df(path);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	df_put_sources(s, &seed, 5);
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	assert_false(store_upgrading(s));
	store_close(s);
	exec_plain(path, "DROP TABLE term_df");
	assert_check_ok(path);	/* no table is no fault */

	s = open_df(path);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	assert_true(store_upgrading(s));
	store_rollback(s);	/* a rolled back upgrade leaves the index as it was */
	assert_int_equal(query_count(store_db(s), "SELECT count(*) FROM sqlite_schema"
	    " WHERE name = ?1", "term_df"), 0);
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	assert_true(store_upgrading(s));
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	assert_false(store_upgrading(s));
	assert_true(assert_term_df_exact(s, TEST_DF_MIN) > 0);
	check_df(s);
	/* the next run keeps it up to date incrementally */
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	assert_false(store_upgrading(s));
	df_put_random(s, &seed, "1.txt");
	df_put_random(s, &seed, "9.txt");
	assert_int_equal(store_commit(s, err, sizeof err), 0);
	assert_term_df_exact(s, TEST_DF_MIN);
	store_close(s);
}

/* Once SQLite runs, its threading can no longer be set (main set it first). */
static void test_store_one_thread_a_connection(void **state)
{
	(void)state;
	assert_int_equal(sqlite3_initialize(), SQLITE_OK);
	assert_int_equal(store_one_thread_a_connection(), -1);
}

int main(void)
{
	/* as bin/indexer runs: every test below in that mode */
	if (store_one_thread_a_connection() != 0) {
		fprintf(stderr, "store_one_thread_a_connection failed before any SQLite call\n");
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_store_one_thread_a_connection),
		cmocka_unit_test(test_store_create_and_reopen),
		cmocka_unit_test(test_store_each_source_sorted),
		cmocka_unit_test(test_store_rollback_keeps_previous),
		cmocka_unit_test(test_store_run_after_rollback),
		cmocka_unit_test(test_store_rebuild_empties),
		cmocka_unit_test(test_store_source_find_by_path),
		cmocka_unit_test(test_store_reput_replaces_passages),
		cmocka_unit_test(test_store_remove_unseen),
		cmocka_unit_test(test_store_remove_unseen_stops),
		cmocka_unit_test(test_store_sections_round_trip),
		cmocka_unit_test(test_store_sections_go_with_their_source),
		cmocka_unit_test(test_store_passage_add_refuses_misfits),
		cmocka_unit_test(test_store_check_good_write),
		cmocka_unit_test(test_store_check_good_read),
		cmocka_unit_test(test_store_check_finds_damage),
		cmocka_unit_test(test_store_cache_size),
		cmocka_unit_test(test_store_refuses_text_file),
		cmocka_unit_test(test_store_refuses_short_binary_file),
		cmocka_unit_test(test_store_refuses_other_database),
		cmocka_unit_test(test_store_read_missing_fails),
		cmocka_unit_test(test_store_read_empty_file_fails),
		cmocka_unit_test(test_store_truncated_refused_then_rebuilt),
		cmocka_unit_test(test_store_refuses_newer_schema),
		cmocka_unit_test(test_store_other_tokenizer_needs_rebuild),
		cmocka_unit_test(test_store_older_schema_needs_rebuild),
		cmocka_unit_test(test_store_schema_1_rebuilt),
		cmocka_unit_test(test_store_begin_decides_under_the_lock),
		cmocka_unit_test(test_store_stale_rebuild_reason_not_acted_on),
		cmocka_unit_test(test_store_busy_names_the_other_indexer),
		cmocka_unit_test(test_store_remove_if_empty),
		cmocka_unit_test(test_store_open_refuses_odd_names),
		cmocka_unit_test(test_store_term_df_random_runs),
		cmocka_unit_test(test_store_term_df_incremental_is_local),
		cmocka_unit_test(test_store_term_df_counted_rebuild),
		cmocka_unit_test(test_store_raw_forms_counted),
		cmocka_unit_test(test_store_term_df_rollback_keeps_it),
		cmocka_unit_test(test_store_term_df_added_to_older_index),
	};
	return cmocka_run_group_tests_name("store", tests, group_setup, group_teardown);
}
