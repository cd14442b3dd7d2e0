/*
 * test_export.c: unit tests of lib/export.c, the bulk NDJSON and mapping
 * for OpenSearch and Elasticsearch.
 *
 * Each test builds its own small index through store.h in the group's
 * temporary directory and exports it into memory (open_memstream).  The
 * lines are read back with SQLite's JSON functions on a second connection:
 * every action line names the index and the id export_passage_id gives,
 * every document holds the passage's fields as the store has them, ids
 * are unique and survive a re-put of a source (new row ids, same bytes),
 * invalid UTF-8 comes out as U+FFFD in valid JSON, and a full disk
 * (/dev/full) is an EXPORT_EWRITE with strerror's text.  The mapping is
 * valid JSON with a property for exactly the keys a document has, the
 * Snowball English stemmer last in the analyzer and rank.h's k1 and b.
 * Index names are checked from a table.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "export.h"
#include "rank.h"
#include "store.h"
#include "util.h"
#include "tempdir.h"

struct group {
	char dir[64];
	sqlite3 *json;		/* a plain :memory: connection to read the JSON with */
};

static int group_setup(void **state)
{
	struct group *g = calloc(1, sizeof *g);
	if (g == NULL)
		return -1;
	snprintf(g->dir, sizeof g->dir, "/tmp/test_export.XXXXXX");
	if (mkdtemp(g->dir) == NULL || sqlite3_open(":memory:", &g->json) != SQLITE_OK) {
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
	sqlite3_close(g->json);
	free(g);
	return rc;
}

/* ---- a small index -------------------------------------------------------- */

struct fake_source {
	const char *path, *title, *author, *date, *publisher, *url, *format;
	const char *paras[4];
	const char *sections[4];
};

static const struct fake_source sources[] = {
	{ "corpus/reefs.md", "Coral Reefs", "Ann Lee", "2024-05-01", NULL,
	  "https://example.org/coral", "markdown",
	  { "Coral reefs grow slowly in warm shallow water.",
	    "Bleaching follows a rise of one degree\nfor four weeks.",
	    "Recovery takes a decade when the water cools \"again\"." },
	  { "Reefs", "Reefs > Key points", "" } },
	{ "corpus/sleep.txt", "Sleep Science", NULL, NULL, "Night Press", NULL, "text",
	  { "Adults need seven to nine hours of sleep each night.",
	    "Caffeine blocks adenosine receptors \xff\xfe and delays sleep." },
	  { "", "" } },
	{ "corpus/caf\xc3\xa9 notes.txt", "Caf\xc3\xa9", NULL, NULL, NULL, NULL, "text",
	  { "One passage only, with a tab\there and a backslash \\ too." },
	  { "" } },
};
#define NSOURCES (sizeof sources / sizeof *sources)

static size_t paras_of(const struct fake_source *src)
{
	size_t n = 0;
	while (n < 4 && src->paras[n])
		n++;
	return n;
}

static size_t total_passages(void)
{
	size_t n = 0;
	for (size_t i = 0; i < NSOURCES; i++)
		n += paras_of(&sources[i]);
	return n;
}

/* Put one source, its paragraphs apart by blank lines, with exact ranges. */
static void put_source(struct store *s, const struct fake_source *src)
{
	struct buf text = { 0 };
	size_t starts[4], n = paras_of(src);
	char err[512];
	int64_t id = 0;

	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_puts(&text, "\n\n");
		starts[i] = text.len;
		buf_puts(&text, src->paras[i]);
	}
	struct store_source_info info = {
		.path = src->path, .title = src->title, .publisher = src->publisher,
		.author = src->author, .date = src->date, .url = src->url,
		.format = src->format, .size = (int64_t)text.len, .mtime_ns = 1000,
		.hash = util_hash(UTIL_HASH_INIT, text.data, text.len),
	};
	if (store_source_put(s, &info, &id, err, sizeof err) != 0)
		fail_msg("store_source_put(%s): %s", src->path, err);
	size_t line = 1;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(src->paras[i]), lines = 0;
		for (size_t k = 0; k < len; k++)
			lines += src->paras[i][k] == '\n';
		struct store_passage p = {
			.ordinal = i, .section = src->sections[i],
			.section_len = strlen(src->sections[i]),
			.line_start = line, .line_end = line + lines,
			.byte_start = starts[i], .byte_end = starts[i] + len,
			.body = text.data + starts[i], .body_len = len,
		};
		if (store_passage_add(s, id, src->title, &p, err, sizeof err) != 0)
			fail_msg("store_passage_add: %s", err);
		line += lines + 2;
	}
	if (store_source_finish(s, id, n, err, sizeof err) != 0)
		fail_msg("store_source_finish: %s", err);
	buf_free(&text);
}

/* A fresh index NAME in the group's folder with the first nsources sources. */
static struct store *make_index(void **state, const char *name, size_t nsources)
{
	struct group *g = *state;
	char path[256], err[512];
	struct store *s;
	snprintf(path, sizeof path, "%s/%s", g->dir, name);
	unlink(path);
	if (store_open(path, STORE_WRITE, &s, err, sizeof err) != 0)
		fail_msg("store_open: %s", err);
	if (store_begin(s, 0, err, sizeof err) != 0)
		fail_msg("store_begin: %s", err);
	for (size_t i = 0; i < nsources; i++)
		put_source(s, &sources[i]);
	if (store_commit(s, err, sizeof err) != 0)
		fail_msg("store_commit: %s", err);
	return s;
}

/* Put source i again (its passages get new row ids) in a run of its own. */
static void reput(struct store *s, size_t i)
{
	char err[512];
	assert_int_equal(store_begin(s, 0, err, sizeof err), 0);
	put_source(s, &sources[i]);
	assert_int_equal(store_commit(s, err, sizeof err), 0);
}

/* ---- reading the export back --------------------------------------------- */

struct exported {
	char *data;
	size_t len;
	char **lines;
	size_t nlines;
	struct export_counts counts;
	int rc;
	char err[512];
};

static void export_of(struct store *s, const char *name, struct exported *x)
{
	FILE *f = open_memstream(&x->data, &x->len);
	assert_non_null(f);
	x->rc = export_bulk(store_db(s), name, f, &x->counts, x->err, sizeof x->err);
	assert_int_equal(fclose(f), 0);
	x->nlines = 0;
	x->lines = calloc(x->len + 1, sizeof *x->lines);
	assert_non_null(x->lines);
	/* every line ends in '\n': split there */
	for (char *p = x->data, *nl; p < x->data + x->len; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(x->data + x->len - p));
		assert_non_null(nl);
		*nl = 0;
		x->lines[x->nlines++] = p;
	}
}

static void exported_free(struct exported *x)
{
	free(x->lines);
	free(x->data);
}

/* A text value of a JSON document (malloc'd; NULL for JSON null or no key). */
static char *jtext(void **state, const char *doc, const char *path)
{
	struct group *g = *state;
	sqlite3_stmt *st;
	char *out = NULL;
	assert_int_equal(sqlite3_prepare_v2(g->json, "SELECT json_extract(?1, ?2)", -1, &st,
	    NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, doc, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	if (sqlite3_column_type(st, 0) != SQLITE_NULL)
		out = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return out;
}

static int64_t jint(void **state, const char *doc, const char *path)
{
	char *t = jtext(state, doc, path);
	assert_non_null(t);
	int64_t v = strtoll(t, NULL, 10);
	free(t);
	return v;
}

/* 1 when doc is one well-formed JSON object, else 0. */
static int jobject(void **state, const char *doc)
{
	struct group *g = *state;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(g->json,
	    "SELECT json_valid(?1) AND json_type(?1) = 'object'", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, doc, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int ok = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return ok;
}

/* The document's keys, in order, joined by spaces (malloc'd). */
static char *jkeys(void **state, const char *doc, const char *path)
{
	struct group *g = *state;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(g->json,
	    "SELECT group_concat(key, ' ') FROM (SELECT key FROM json_each(?1, ?2) ORDER BY id)",
	    -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, doc, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	char *out = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return out;
}

static void assert_jtext(void **state, const char *doc, const char *path, const char *want)
{
	char *got = jtext(state, doc, path);
	if (want == NULL) {
		if (got != NULL)
			fail_msg("%s: %s, expected null", path, got);
		return;
	}
	if (got == NULL || strcmp(got, want) != 0)
		fail_msg("%s: '%s', expected '%s' in %s", path, got ? got : "(null)", want, doc);
	free(got);
}

/* ---- tests ---------------------------------------------------------------- */

static void test_export_index_name_check(void **state)
{
	static const struct {
		const char *name;
		int ok;
		const char *says;
	} cases[] = {
		{ "psearch", 1, NULL },
		{ "notes-2024.v1_a+b", 1, NULL },
		{ "0abc", 1, NULL },
		{ "", 0, "empty" },
		{ "Psearch", 0, "lowercase" },
		{ "-x", 0, "start" },
		{ "_x", 0, "start" },
		{ "+x", 0, "start" },
		{ ".", 0, ". or .." },
		{ "..", 0, ". or .." },
		{ "a b", 0, "only" },
		{ "a/b", 0, "only" },
		{ "a*", 0, "only" },
		{ "a\"b", 0, "only" },
		{ "caf\xc3\xa9", 0, "only" },
	};
	char err[256];
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		err[0] = 0;
		int rc = export_index_name_check(cases[i].name, err, sizeof err);
		if (cases[i].ok && rc != 0)
			fail_msg("'%s' refused: %s", cases[i].name, err);
		if (!cases[i].ok && (rc != -1 || strstr(err, cases[i].says) == NULL))
			fail_msg("'%s': rc %d, err '%s', expected '%s'", cases[i].name, rc, err,
			    cases[i].says);
	}
	char longname[300];
	memset(longname, 'a', sizeof longname);
	longname[255] = 0;
	assert_int_equal(export_index_name_check(longname, err, sizeof err), 0);
	longname[255] = 'a';
	longname[256] = 0;
	assert_int_equal(export_index_name_check(longname, err, sizeof err), -1);
	assert_non_null(strstr(err, "255"));
}

static void test_export_passage_id_format(void **state)
{
	char id[EXPORT_ID_SIZE], other[EXPORT_ID_SIZE];
	(void)state;
	/* FNV-1a 64 of "a" is af63dc4c8601ec8c: the id must not depend on anything else */
	export_passage_id("a", 1, 0, 10, id);
	assert_string_equal(id, "af63dc4c8601ec8c-0-10");
	export_passage_id("ab", 1, 0, 10, other);	/* only path_len bytes count */
	assert_string_equal(other, id);
	export_passage_id("b", 1, 0, 10, other);
	assert_string_not_equal(other, id);
	export_passage_id("a", 1, 0, 11, other);
	assert_string_not_equal(other, id);
	export_passage_id("a", 1, 1, 10, other);
	assert_string_not_equal(other, id);
	/* the longest fits */
	export_passage_id("a", 1, INT64_MAX, INT64_MAX, id);
	assert_int_equal(strlen(id), 16 + 2 + 2 * 19);
	assert_true(strlen(id) < EXPORT_ID_SIZE);
}

static void test_export_bulk_every_passage(void **state)
{
	struct store *s = make_index(state, "every.db", NSOURCES);
	struct exported x;
	export_of(s, "notes", &x);
	if (x.rc != 0)
		fail_msg("export_bulk: %d %s", x.rc, x.err);
	size_t n = total_passages();
	assert_int_equal(x.nlines, 2 * n);
	assert_int_equal(x.counts.passages, (int64_t)n);
	assert_int_equal(x.counts.sources, (int64_t)NSOURCES);
	assert_int_equal(x.counts.bytes, (uint64_t)x.len);

	size_t line = 0;
	for (size_t i = 0; i < NSOURCES; i++) {
		const struct fake_source *src = &sources[i];
		struct buf text = { 0 };
		for (size_t k = 0; k < paras_of(src); k++) {
			if (k)
				buf_puts(&text, "\n\n");
			size_t start = text.len, len = strlen(src->paras[k]);
			buf_puts(&text, src->paras[k]);
			const char *action = x.lines[line++], *doc = x.lines[line++];
			char id[EXPORT_ID_SIZE], want[128];

			/* the action line, exactly */
			export_passage_id(src->path, strlen(src->path), (int64_t)start,
			    (int64_t)(start + len), id);
			snprintf(want, sizeof want, "{\"index\":{\"_index\":\"notes\",\"_id\":\"%s\"}}", id);
			assert_string_equal(action, want);

			/* the document: every field, in query --json's names and order */
			assert_true(jobject(state, doc));
			char *keys = jkeys(state, doc, "$");
			assert_string_equal(keys, "source title section passage line_start line_end "
			    "byte_start byte_end page author date publisher url format text");
			free(keys);
			assert_jtext(state, doc, "$.source", src->path);
			assert_jtext(state, doc, "$.title", src->title);
			assert_jtext(state, doc, "$.section", src->sections[k]);
			assert_int_equal(jint(state, doc, "$.passage"), (int64_t)k + 1);
			assert_int_equal(jint(state, doc, "$.byte_start"), (int64_t)start);
			assert_int_equal(jint(state, doc, "$.byte_end"), (int64_t)(start + len));
			int64_t lines = 0;
			for (size_t b = 0; b < len; b++)
				lines += src->paras[k][b] == '\n';
			assert_int_equal(jint(state, doc, "$.line_end") - jint(state, doc, "$.line_start"),
			    lines);
			assert_jtext(state, doc, "$.page", NULL);
			assert_jtext(state, doc, "$.author", src->author);
			assert_jtext(state, doc, "$.date", src->date);
			assert_jtext(state, doc, "$.publisher", src->publisher);
			assert_jtext(state, doc, "$.url", src->url);
			assert_jtext(state, doc, "$.format", src->format);
			if (util_utf8_errors(src->paras[k], len) == 0) {
				assert_jtext(state, doc, "$.text", src->paras[k]);
			} else {
				/* each invalid byte became U+FFFD; the rest is as it was */
				struct buf fixed = { 0 };
				util_utf8_repair(&fixed, src->paras[k], len);
				assert_jtext(state, doc, "$.text", fixed.data);
				assert_non_null(strstr(doc, "\xEF\xBF\xBD\xEF\xBF\xBD"));
				buf_free(&fixed);
			}
		}
		buf_free(&text);
	}
	exported_free(&x);
	store_close(s);
}

static void test_export_bulk_ids_unique_and_stable(void **state)
{
	struct store *s = make_index(state, "stable.db", NSOURCES);
	struct exported a, b, c;
	export_of(s, EXPORT_INDEX_DEFAULT, &a);
	export_of(s, EXPORT_INDEX_DEFAULT, &b);
	assert_int_equal(a.rc, 0);
	assert_int_equal(b.rc, 0);
	/* two exports of one index are the same bytes */
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.data, b.data, a.len);
	for (size_t i = 0; i < a.nlines; i += 2)
		for (size_t k = i + 2; k < a.nlines; k += 2)
			if (strcmp(a.lines[i], a.lines[k]) == 0)
				fail_msg("lines %zu and %zu have one id: %s", i, k, a.lines[i]);

	/* the first source put again: new row ids, the same documents */
	reput(s, 0);
	export_of(s, EXPORT_INDEX_DEFAULT, &c);
	assert_int_equal(c.rc, 0);
	assert_int_equal(c.nlines, a.nlines);
	size_t moved = paras_of(&sources[0]);
	for (size_t i = 0; i < a.nlines; i += 2) {
		/* it now comes last, in the same order */
		size_t k = i < 2 * moved ? c.nlines - 2 * moved + i : i - 2 * moved;
		assert_string_equal(c.lines[k], a.lines[i]);
		assert_string_equal(c.lines[k + 1], a.lines[i + 1]);
	}
	exported_free(&a);
	exported_free(&b);
	exported_free(&c);
	store_close(s);
}

static void test_export_bulk_empty_index(void **state)
{
	struct store *s = make_index(state, "empty.db", 0);
	struct exported x;
	export_of(s, EXPORT_INDEX_DEFAULT, &x);
	assert_int_equal(x.rc, 0);
	assert_int_equal(x.len, 0);
	assert_int_equal(x.counts.passages, 0);
	assert_int_equal(x.counts.sources, 0);
	exported_free(&x);
	store_close(s);
}

static void test_export_bulk_bad_index_name(void **state)
{
	struct store *s = make_index(state, "name.db", 1);
	struct exported x;
	export_of(s, "Bad Name", &x);
	assert_int_equal(x.rc, EXPORT_EREAD);
	assert_non_null(strstr(x.err, "lowercase"));
	assert_int_equal(x.len, 0);
	exported_free(&x);
	store_close(s);
}

static void test_export_bulk_full_disk(void **state)
{
	FILE *f = fopen("/dev/full", "w");
	if (f == NULL)
		skip();
	struct store *s = make_index(state, "full.db", NSOURCES);
	struct export_counts counts;
	char err[256] = "";
	int rc = export_bulk(store_db(s), EXPORT_INDEX_DEFAULT, f, &counts, err, sizeof err);
	fclose(f);
	assert_int_equal(rc, EXPORT_EWRITE);
	assert_non_null(strstr(err, "No space left"));
	/* the connection is usable afterwards, its functions gone */
	sqlite3_stmt *st;
	assert_int_not_equal(sqlite3_prepare_v2(store_db(s), "SELECT psearch_export_id('a', 0, 1)",
	    -1, &st, NULL), SQLITE_OK);
	store_close(s);
}

static void test_export_mapping_mirrors_the_tokenizer(void **state)
{
	char *data = NULL;
	size_t len = 0;
	char err[256];
	FILE *f = open_memstream(&data, &len);
	assert_non_null(f);
	assert_int_equal(export_mapping(f, err, sizeof err), 0);
	assert_int_equal(fclose(f), 0);
	assert_true(len > 100);
	assert_int_equal(data[len - 1], '\n');
	assert_null(memchr(data, '\n', len - 1));
	data[len - 1] = 0;
	assert_true(jobject(state, data));

	const char *a = "$.settings.index.analysis";
	char path[256];
	snprintf(path, sizeof path, "%s.filter.psearch_snowball.type", a);
	assert_jtext(state, data, path, "snowball");
	snprintf(path, sizeof path, "%s.filter.psearch_snowball.language", a);
	assert_jtext(state, data, path, "English");
	snprintf(path, sizeof path, "%s.filter.psearch_possessive.language", a);
	assert_jtext(state, data, path, "possessive_english");
	snprintf(path, sizeof path, "%s.analyzer.psearch.filter", a);
	assert_jtext(state, data, path,
	    "[\"psearch_possessive\",\"lowercase\",\"asciifolding\",\"psearch_snowball\"]");
	snprintf(path, sizeof path, "%s.analyzer.psearch_exact.filter", a);
	assert_jtext(state, data, path, "[\"psearch_possessive\",\"lowercase\",\"asciifolding\"]");
	snprintf(path, sizeof path, "%s.analyzer.psearch.tokenizer", a);
	assert_jtext(state, data, path, "standard");
	snprintf(path, sizeof path, "%s.char_filter.psearch_apostrophes.mappings", a);
	assert_jtext(state, data, path, "[\"\xE2\x80\x99=>'\",\"\xE2\x80\x98=>'\","
	    "\"\xCA\xBC=>'\",\"\xEF\xBC\x87=>'\"]");
	char *k1 = jtext(state, data, "$.settings.index.similarity.psearch_bm25.k1");
	char *b = jtext(state, data, "$.settings.index.similarity.psearch_bm25.b");
	assert_true(k1 && strtod(k1, NULL) == RANK_K1);
	assert_true(b && strtod(b, NULL) == RANK_B);
	free(k1);
	free(b);
	assert_jtext(state, data, "$.mappings.properties.text.analyzer", "psearch");
	assert_jtext(state, data, "$.mappings.properties.text.fields.exact.analyzer",
	    "psearch_exact");
	assert_jtext(state, data, "$.mappings.properties.title.similarity", "psearch_bm25");
	assert_jtext(state, data, "$.mappings.dynamic", "strict");

	/* a property for every key of a document, and no other */
	struct store *s = make_index(state, "mapping.db", 1);
	struct exported x;
	export_of(s, EXPORT_INDEX_DEFAULT, &x);
	assert_int_equal(x.rc, 0);
	char *doc_keys = jkeys(state, x.lines[1], "$");
	char *props = jkeys(state, data, "$.mappings.properties");
	assert_string_equal(props, doc_keys);
	free(doc_keys);
	free(props);
	exported_free(&x);
	store_close(s);
	free(data);
}

static void test_export_mapping_full_disk(void **state)
{
	char err[256] = "";
	(void)state;
	FILE *f = fopen("/dev/full", "w");
	if (f == NULL)
		skip();
	assert_int_equal(export_mapping(f, err, sizeof err), EXPORT_EWRITE);
	fclose(f);
	assert_non_null(strstr(err, "No space left"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_export_index_name_check),
		cmocka_unit_test(test_export_passage_id_format),
		cmocka_unit_test(test_export_bulk_every_passage),
		cmocka_unit_test(test_export_bulk_ids_unique_and_stable),
		cmocka_unit_test(test_export_bulk_empty_index),
		cmocka_unit_test(test_export_bulk_bad_index_name),
		cmocka_unit_test(test_export_bulk_full_disk),
		cmocka_unit_test(test_export_mapping_mirrors_the_tokenizer),
		cmocka_unit_test(test_export_mapping_full_disk),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
