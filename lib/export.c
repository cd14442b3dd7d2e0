/*
 * export.c: passages -> bulk NDJSON, and the target index's mapping (see
 * export.h).
 *
 * Both are single SQL statements whose JSON SQLite's own functions make:
 * the export is one SELECT over the passages view and the sources, so it
 * reads one snapshot, and two SQL functions registered for its time give
 * it what SQLite lacks: the passage id (a hash of the path) and invalid
 * UTF-8 replaced, without which a line would not be JSON.  This file
 * writes only to the FILE * it is given and keeps no state between calls.
 */
#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include "export.h"
#include "rank.h"
#include "util.h"

#define ID_FUNCTION "psearch_export_id"
#define TEXT_FUNCTION "psearch_export_text"

int export_index_name_check(const char *name, char *err, size_t errlen)
{
	size_t n = strlen(name);
	if (n == 0)
		return util_error(err, errlen, "the index name is empty");
	if (n > 255)
		return util_error(err, errlen, "an index name has at most 255 bytes");
	if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		return util_error(err, errlen, "an index name cannot be . or ..");
	if (strchr("-_+", name[0]) != NULL)
		return util_error(err, errlen, "an index name cannot start with -, _ or +");
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)name[i];
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || strchr("-_.+", c) != NULL)
			continue;
		if (c >= 'A' && c <= 'Z')
			return util_error(err, errlen, "an index name must be lowercase");
		return util_error(err, errlen,
		    "an index name holds only a-z, 0-9 and - _ . +");
	}
	return 0;
}

void export_passage_id(const char *path, size_t path_len, int64_t byte_start,
    int64_t byte_end, char out[EXPORT_ID_SIZE])
{
	snprintf(out, EXPORT_ID_SIZE, "%016" PRIx64 "-%" PRId64 "-%" PRId64,
	    util_hash(UTIL_HASH_INIT, path, path_len), byte_start, byte_end);
}

/* psearch_export_id(path, byte_start, byte_end) */
static void id_function(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	char id[EXPORT_ID_SIZE];
	(void)argc;
	const char *path = (const char *)sqlite3_value_blob(argv[0]);
	size_t n = (size_t)sqlite3_value_bytes(argv[0]);
	export_passage_id(path ? path : "", path ? n : 0, sqlite3_value_int64(argv[1]),
	    sqlite3_value_int64(argv[2]), id);
	sqlite3_result_text(ctx, id, -1, SQLITE_TRANSIENT);
}

/* psearch_export_text(x): x, with invalid UTF-8 replaced when it has any; NULL stays NULL. */
static void text_function(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	const char *s = (const char *)sqlite3_value_text(argv[0]);
	size_t n = (size_t)sqlite3_value_bytes(argv[0]);
	if (s == NULL) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	if (util_utf8_errors(s, n) == 0) {
		sqlite3_result_value(ctx, argv[0]);
		return;
	}
	struct buf b = { 0 };
	util_utf8_repair(&b, s, n);
	if (b.oom)
		sqlite3_result_error_nomem(ctx);
	else
		sqlite3_result_text(ctx, b.data ? b.data : "", (int)b.len, SQLITE_TRANSIENT);
	buf_free(&b);
}

/*
 * One row a passage: its action line, its document line and its source.
 * The passage number is its offset in the source's id range (store.h),
 * as the view's ordinal is, without the view's look-up of it.
 */
static const char bulk_sql[] =
    "SELECT json_object('index', json_object('_index', ?1,"
    "   '_id', " ID_FUNCTION "(s.path, p.byte_start, p.byte_end))),"
    " json_object('source', " TEXT_FUNCTION "(s.path),"
    "   'title', " TEXT_FUNCTION "(s.title),"
    "   'section', " TEXT_FUNCTION "(p.section),"
    "   'passage', p.id - s.first_passage + 1,"
    "   'line_start', p.line_start, 'line_end', p.line_end,"
    "   'byte_start', p.byte_start, 'byte_end', p.byte_end, 'page', p.page,"
    "   'author', " TEXT_FUNCTION "(s.author), 'date', " TEXT_FUNCTION "(s.date),"
    "   'publisher', " TEXT_FUNCTION "(s.publisher), 'url', " TEXT_FUNCTION "(s.url),"
    "   'format', s.format, 'text', " TEXT_FUNCTION "(p.body)),"
    " p.source_id"
    " FROM passages p JOIN sources s ON s.id = p.source_id ORDER BY p.id";

/* Write n bytes and a newline; 0, or -1 with errno kept in *errnum. */
static int put_line(FILE *f, const void *p, size_t n, int *errnum)
{
	errno = 0;
	if ((n && fwrite(p, 1, n, f) != n) || putc('\n', f) == EOF || ferror(f)) {
		*errnum = errno ? errno : EIO;
		return -1;
	}
	return 0;
}

/* Flush f: 0, or EXPORT_EWRITE with err set (a full disk shows here). */
static int flush_out(FILE *f, char *err, size_t errlen)
{
	errno = 0;
	if (fflush(f) == 0 && !ferror(f))
		return 0;
	util_error(err, errlen, "%s", strerror(errno ? errno : EIO));
	return EXPORT_EWRITE;
}

static int register_functions(sqlite3 *db, int on)
{
	int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
	int rc = sqlite3_create_function_v2(db, ID_FUNCTION, 3, flags, NULL,
	    on ? id_function : NULL, NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_create_function_v2(db, TEXT_FUNCTION, 1, flags, NULL,
		    on ? text_function : NULL, NULL, NULL, NULL);
	return rc;
}

int export_bulk(sqlite3 *db, const char *index_name, FILE *f,
    struct export_counts *counts, char *err, size_t errlen)
{
	struct export_counts c = { 0 };
	sqlite3_stmt *st = NULL;
	int rc = 0, step, errnum = 0;
	int64_t last_source = 0;

	if (export_index_name_check(index_name, err, errlen) != 0) {
		rc = EXPORT_EREAD;
		goto done;
	}
	if (register_functions(db, 1) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, bulk_sql, -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_bind_text(st, 1, index_name, -1, SQLITE_STATIC) != SQLITE_OK) {
		util_error(err, errlen, "cannot read the passages: %s", sqlite3_errmsg(db));
		rc = EXPORT_EREAD;
		goto done;
	}
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const void *action = sqlite3_column_text(st, 0);
		size_t action_len = (size_t)sqlite3_column_bytes(st, 0);
		const void *doc = sqlite3_column_text(st, 1);
		size_t doc_len = (size_t)sqlite3_column_bytes(st, 1);
		int64_t source = sqlite3_column_int64(st, 2);
		if (action == NULL || doc == NULL) {
			util_error(err, errlen, "cannot read the passages: out of memory");
			rc = EXPORT_EREAD;
			goto done;
		}
		if (put_line(f, action, action_len, &errnum) != 0 ||
		    put_line(f, doc, doc_len, &errnum) != 0) {
			util_error(err, errlen, "%s", strerror(errnum));
			rc = EXPORT_EWRITE;
			goto done;
		}
		c.bytes += action_len + doc_len + 2;
		c.passages++;
		if (source != last_source)
			c.sources++;
		last_source = source;
	}
	if (step != SQLITE_DONE) {
		util_error(err, errlen, "cannot read the passages: %s", sqlite3_errmsg(db));
		rc = EXPORT_EREAD;
		goto done;
	}
	rc = flush_out(f, err, errlen);
done:
	sqlite3_finalize(st);
	register_functions(db, 0);
	if (counts)
		*counts = c;
	return rc;
}

/*
 * The settings and mapping.  A text field is analyzed as the index
 * tokenizes it, and has an unstemmed "exact" subfield (prefix queries match
 * what was typed, as ours do) and for the short ones a "raw" keyword.
 * Dates are free text in the sources ("2024-05-01", "May 2024"), so a
 * keyword, not a date that would refuse a document.
 */
static const char mapping_sql[] =
    "WITH"
    " analyzed(def) AS (SELECT json_object('type', 'text', 'analyzer', 'psearch',"
    "   'similarity', 'psearch_bm25', 'fields', json_object("
    "     'exact', json_object('type', 'text', 'analyzer', 'psearch_exact',"
    "       'similarity', 'psearch_bm25')))),"
    " labelled(def) AS (SELECT json_set(def, '$.fields.raw',"
    "   json_object('type', 'keyword', 'ignore_above', 512)) FROM analyzed),"
    " chain(filters) AS (SELECT json_array('psearch_possessive', 'lowercase', 'asciifolding'))"
    " SELECT json_object("
    "  'settings', json_object('index', json_object("
    "   'similarity', json_object('psearch_bm25',"
    "     json_object('type', 'BM25', 'k1', ?1, 'b', ?2)),"
    "   'analysis', json_object("
    "    'char_filter', json_object('psearch_apostrophes', json_object('type', 'mapping',"
    "      'mappings', json_array(char(8217) || '=>''', char(8216) || '=>''',"
    "        char(700) || '=>''', char(65287) || '=>'''))),"
    "    'filter', json_object("
    "      'psearch_possessive', json_object('type', 'stemmer', 'language', 'possessive_english'),"
    "      'psearch_snowball', json_object('type', 'snowball', 'language', 'English')),"
    "    'analyzer', json_object("
    "      'psearch', json_object('type', 'custom', 'char_filter', json_array('psearch_apostrophes'),"
    "        'tokenizer', 'standard',"
    "        'filter', json_insert(filters, '$[#]', 'psearch_snowball')),"
    "      'psearch_exact', json_object('type', 'custom',"
    "        'char_filter', json_array('psearch_apostrophes'),"
    "        'tokenizer', 'standard', 'filter', json(filters)))))),"
    "  'mappings', json_object('dynamic', 'strict', 'properties', json_object("
    "   'source', json_object('type', 'keyword'),"
    "   'title', json(labelled.def), 'section', json(labelled.def),"
    "   'passage', json_object('type', 'integer'),"
    "   'line_start', json_object('type', 'integer'), 'line_end', json_object('type', 'integer'),"
    "   'byte_start', json_object('type', 'long'), 'byte_end', json_object('type', 'long'),"
    "   'page', json_object('type', 'integer'),"
    "   'author', json(labelled.def),"
    "   'date', json_object('type', 'keyword', 'ignore_above', 128),"
    "   'publisher', json(labelled.def),"
    "   'url', json_object('type', 'keyword', 'ignore_above', 2048),"
    "   'format', json_object('type', 'keyword'),"
    "   'text', json(analyzed.def))))"
    " FROM analyzed, labelled, chain";

int export_mapping(FILE *f, char *err, size_t errlen)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	int rc = 0, errnum = 0;

	if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
	    NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, mapping_sql, -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_bind_double(st, 1, RANK_K1) != SQLITE_OK ||
	    sqlite3_bind_double(st, 2, RANK_B) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW || sqlite3_column_text(st, 0) == NULL) {
		util_error(err, errlen, "cannot make the mapping: %s",
		    db ? sqlite3_errmsg(db) : "out of memory");
		rc = EXPORT_EREAD;
		goto done;
	}
	if (put_line(f, sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0),
	    &errnum) != 0) {
		util_error(err, errlen, "%s", strerror(errnum));
		rc = EXPORT_EWRITE;
		goto done;
	}
	rc = flush_out(f, err, errlen);
done:
	sqlite3_finalize(st);
	sqlite3_close(db);
	return rc;
}
