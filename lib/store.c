/*
 * store.c: the index database (see store.h for the schema and contract).
 *
 * Every statement binds its values; no user text is ever pasted into SQL.
 * The connection is opened with SQLite's defensive settings (no writes to
 * shadow tables, untrusted schema, no triggers) because an index file can
 * come from anyone.  Errors keep sqlite3_errmsg() text in the caller's
 * buffer.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "copies.h"
#include "store.h"
#include "termstats.h"
#include "tokenizer.h"
#include "util.h"

#define TOKENIZE_OPTION TOKENIZER_FTS5_OPTION
/*
 * 8 KiB pages leave less of each page unused around passage rows of a few
 * hundred bytes: 1.1% of the whole index (16 KiB: 1.7%, but rare-word
 * queries 25% slower).  A query touches about as many pages as with 4 KiB,
 * so the page cache keeps SQLite's default count of them (500, 2 MB at 4
 * KiB): with 250, a claim read 6.1 MB from the file instead of 2.2 MB.
 */
#define STORE_PAGE_SIZE "8192"	/* bytes, for a new file (see store_open) */
#define STORE_CACHE_KIB 4000	/* a writer's page cache (store_cache_size) */
/*
 * A reader's cache grows only with the pages it reads, so one query
 * never fills it; a long-lived reader (a library caller answering many
 * queries) then keeps the index's hot pages instead of copying them from
 * the OS again: rare words 0.62 -> 0.50 ms a query at 500 MB, in one
 * process (bench/README.md).
 */
#define STORE_READ_CACHE_KIB 65536
/* How long a writer waits for another writer's run before it gives up. */
#define STORE_BUSY_SECONDS 10

enum {
	ST_FIND, ST_SEEN, ST_TOUCH, ST_INSERT_SOURCE, ST_UPDATE_SOURCE,
	ST_OLD_ROWS, ST_FTS_DELETE_ROW, ST_DELETE_SECTIONS, ST_DELETE_PASSAGES, ST_DELETE_SOURCE,
	ST_INSERT_SECTION, ST_INSERT_PASSAGE, ST_INSERT_FTS, ST_FINISH,
	ST_DELETE_PLACES, ST_INSERT_PLACE, ST_COUNT
};

/*
 * A source's passages are the ids [first_passage, first_passage + passages)
 * that also name it: the rowid range is what makes passage_rows need no index
 * on source_id, and the source_id test keeps a damaged count from reaching
 * another source's rows.  Its section rows are keyed by ids in that range.
 */
#define SOURCE_RANGE(id) \
    " BETWEEN (SELECT first_passage FROM sources WHERE id = " id ")" \
    " AND (SELECT first_passage + passages - 1 FROM sources WHERE id = " id ")"

/* A passage's section row, and the bytes of its body that end a line. */
#define SECTION_OF(p) "(" p ".id - " p ".section)"
#define NEWLINES_IN(body) \
    "(length(CAST(" body " AS BLOB)) - length(CAST(replace(" body ", char(10), '') AS BLOB)))"

static const char *const statement_sql[ST_COUNT] = {
	[ST_FIND] = "SELECT id, size, mtime_ns, hash, title, publisher, author, date, url"
	    " FROM sources WHERE path = ?1",
	[ST_SEEN] = "INSERT OR IGNORE INTO temp.seen(id) VALUES(?1)",
	[ST_TOUCH] = "UPDATE sources SET mtime_ns = ?2 WHERE id = ?1",
	[ST_INSERT_SOURCE] =
	    "INSERT INTO sources(path, title, publisher, format, size, mtime_ns, hash,"
	    " passages, indexed_at, author, date, url) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 0,"
	    " strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?8, ?9, ?10)",
	[ST_UPDATE_SOURCE] =
	    "UPDATE sources SET title = ?2, publisher = ?3, format = ?4, size = ?5,"
	    " mtime_ns = ?6, hash = ?7, passages = 0, first_passage = NULL,"
	    " indexed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), author = ?8, date = ?9,"
	    " url = ?10 WHERE id = ?1",
	[ST_OLD_ROWS] =
	    "SELECT p.id, s.title, coalesce(c.text, ''), p.body"
	    " FROM passage_rows p JOIN sources s ON s.id = p.source_id"
	    " LEFT JOIN sections c ON c.id = " SECTION_OF("p")
	    " WHERE p.id" SOURCE_RANGE("?1") " AND p.source_id = ?1",
	[ST_FTS_DELETE_ROW] =
	    "INSERT INTO passages_fts(passages_fts, rowid, title, section, body)"
	    " VALUES('delete', ?1, ?2, ?3, ?4)",
	[ST_DELETE_SECTIONS] = "DELETE FROM sections WHERE id" SOURCE_RANGE("?1"),
	[ST_DELETE_PASSAGES] =
	    "DELETE FROM passage_rows WHERE id" SOURCE_RANGE("?1") " AND source_id = ?1",
	[ST_DELETE_SOURCE] = "DELETE FROM sources WHERE id = ?1",
	[ST_INSERT_SECTION] = "INSERT INTO sections(id, text) VALUES(?1, ?2)",
	[ST_INSERT_PASSAGE] =
	    "INSERT INTO passage_rows(source_id, section, line_start, byte_start, body)"
	    " VALUES(?1, ?2, ?3, ?4, ?5)",
	[ST_INSERT_FTS] =
	    "INSERT INTO passages_fts(rowid, title, section, body) VALUES(?1, ?2, ?3, ?4)",
	[ST_FINISH] = "UPDATE sources SET passages = ?2, first_passage = ?3 WHERE id = ?1",
	[ST_DELETE_PLACES] = "DELETE FROM passage_places WHERE id" SOURCE_RANGE("?1"),
	[ST_INSERT_PLACE] =
	    "INSERT INTO passage_places(id, page, byte_end, line_end) VALUES(?1, ?2, ?3, ?4)",
};

/* Made with the schema, or by the first run on an index from before it. */
#define TERM_DF_SQL \
    "CREATE TABLE term_df(term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;"

/*
 * The document frequencies of a run's terms (see store.h, term_df), read
 * from FTS5's own vocabulary: a temp table, made again by each run that
 * needs it (a rolled-back run takes it away).
 */
#define VOCAB_SQL \
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.store_vocab" \
    " USING fts5vocab(main, passages_fts, row);"

enum {
	DF_GET, DF_SET, DF_DROP, DF_PUT, DF_COUNT, DF_FILL_ALL, DF_STATEMENTS
};

static const char *const df_sql[DF_STATEMENTS] = {
	[DF_GET] = "SELECT df FROM term_df WHERE term = ?1",
	[DF_SET] = "UPDATE term_df SET df = ?2 WHERE term = ?1",
	[DF_DROP] = "DELETE FROM term_df WHERE term = ?1",
	[DF_PUT] = "INSERT INTO term_df(term, df) VALUES(?1, ?2)",
	[DF_COUNT] = "SELECT doc FROM temp.store_vocab WHERE term = ?1",
	[DF_FILL_ALL] = "INSERT INTO term_df(term, df)"
	    " SELECT term, doc FROM temp.store_vocab WHERE doc >= ?1",
};

/*
 * How a run keeps term_df exact.  FILL: counted from the whole vocabulary
 * at commit (a fresh index, an upgrade, or a run that changed too many
 * terms for DELTA to be cheaper); DELTA: the rows a run inserts and
 * deletes are counted per term as FTS5 tokenizes them, and only those
 * terms are looked at when it commits.
 */
enum df_mode { DF_FILL, DF_DELTA };

/*
 * A DELTA run that has touched more distinct terms than this turns into a
 * FILL run: it frees the map (about 10 MB at this size: 2^19 slots of 16
 * bytes, and the term bytes), and the vocabulary scan at commit (3 s at
 * 500 MB, 0.65 s at 100 MB) costs about what a look-up and often a count
 * for each of that many terms would.  Below 3/4 of 2^19, so that the slot
 * table never doubles to 2^20.
 */
#define DF_DELTA_MAX_TERMS 200000u

/*
 * Most of an index is passage rows, so they hold no more than they must
 * (see store.h): the views give every reader the full record, computed.
 * The ordinal is a scalar subquery so that a query not asking for it, like
 * FTS5's reads of passages_content, does not join sources for it.
 */
static const char schema_sql[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE sources("
    " id INTEGER PRIMARY KEY,"
    " path TEXT NOT NULL UNIQUE,"
    " title TEXT NOT NULL,"
    " publisher TEXT,"
    " format TEXT NOT NULL,"
    " size INTEGER NOT NULL,"
    " mtime_ns INTEGER NOT NULL,"
    " hash INTEGER NOT NULL,"
    " passages INTEGER NOT NULL,"
    " indexed_at TEXT NOT NULL,"
    " first_passage INTEGER,"
    " author TEXT,"
    " date TEXT,"
    " url TEXT);"
    "CREATE TABLE passage_places("
    " id INTEGER PRIMARY KEY,"
    " page INTEGER,"
    " byte_end INTEGER,"
    " line_end INTEGER);"
    "CREATE TABLE sections("
    " id INTEGER PRIMARY KEY,"
    " text TEXT NOT NULL);"
    "CREATE TABLE passage_rows("
    " id INTEGER PRIMARY KEY,"
    " source_id INTEGER NOT NULL REFERENCES sources(id),"
    " section INTEGER,"
    " line_start INTEGER NOT NULL,"
    " byte_start INTEGER NOT NULL,"
    " body TEXT NOT NULL);"
    "CREATE VIEW passages AS"
    " SELECT p.id AS id, p.source_id AS source_id,"
    " p.id - (SELECT first_passage FROM sources WHERE id = p.source_id) AS ordinal,"
    " coalesce(c.text, '') AS section,"
    " p.line_start AS line_start,"
    " coalesce(x.line_end, p.line_start + " NEWLINES_IN("p.body") ") AS line_end,"
    " p.byte_start AS byte_start,"
    " coalesce(x.byte_end, p.byte_start + length(CAST(p.body AS BLOB))) AS byte_end,"
    " p.body AS body, x.page AS page"
    " FROM passage_rows p LEFT JOIN sections c ON c.id = " SECTION_OF("p")
    " LEFT JOIN passage_places x ON x.id = p.id;"
    "CREATE VIEW passages_content AS"
    " SELECT p.id AS id, s.title AS title, coalesce(c.text, '') AS section, p.body AS body"
    " FROM passage_rows p JOIN sources s ON s.id = p.source_id"
    " LEFT JOIN sections c ON c.id = " SECTION_OF("p") ";"
    "CREATE VIRTUAL TABLE passages_fts USING fts5(title, section, body,"
    " content='passages_content', content_rowid='id',"
    " tokenize='" TOKENIZE_OPTION "');"
    TERM_DF_SQL
    "CREATE TABLE vocabulary(raw TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID;";

/*
 * FTS5 keeps the terms of recent rows in memory and writes them out as a
 * new segment when they pass "hashsize" bytes (default 1 MB); segments are
 * then merged, four at a time, again and again as the index grows.  With
 * 1 MB, merging was 36% of the time of a 100 MB rebuild, hence 32 MB once.
 * Since a rebuild merges only once, at the end (fts_rebuild_begin_sql),
 * a big hash saves little, and every term written into it misses the
 * CPU's caches: 8 MB is the fastest measured (docs/performance.md: a
 * 100 MB rebuild 1 MB 8.4 s, 4 MB 7.5, 8 MB 7.5, 16 MB 7.6, 32 MB 8.1 s;
 * 500 MB 8 MB 41 s, 32 MB 44 s; peak RSS 50 MB at 8 MB, 92 at 32).
 * Stored in the index's config, so every later run uses it too.
 */
static const char fts_tuning_sql[] =
    "INSERT INTO passages_fts(passages_fts, rank) VALUES('hashsize', 8388608);";

/*
 * A rebuild writes every segment first and merges them in one pass at the
 * end ('optimize'): each posting is rewritten once instead of once per
 * level of automerge, and the index ends as one segment, the fastest to
 * query and 2% smaller.  crisismerge is only a ceiling on segments per level
 * (1 GB makes about 60).  Both go back to FTS5's defaults for later runs.
 */
static const char fts_rebuild_begin_sql[] =
    "INSERT INTO passages_fts(passages_fts, rank) VALUES('automerge', 0);"
    "INSERT INTO passages_fts(passages_fts, rank) VALUES('crisismerge', 1000);";
static const char fts_rebuild_end_sql[] =
    "INSERT INTO passages_fts(passages_fts) VALUES('optimize');"
    "INSERT INTO passages_fts(passages_fts, rank) VALUES('automerge', 4);"
    "INSERT INTO passages_fts(passages_fts, rank) VALUES('crisismerge', 16);";

/*
 * Everything create_schema makes, in an order that can be dropped, for
 * this schema and the ones before it (in schema 1 "passages" was a table).
 */
static const char *const schema_objects[] = {
	"vocabulary", "term_df", "passages_fts", "passages_content", "passages", "passage_places",
	"passage_rows", "sections",
	"sources", "meta",
};

struct store {
	sqlite3 *db;
	char *path;
	enum store_mode mode;
	dev_t dev;		/* the file opened (writing modes): a run checks */
	ino_t ino;		/* that the path still names it */
	int has_schema;		/* our tables exist */
	int wal_pending;	/* not in WAL mode yet: switched when a run commits */
	int in_run;		/* inside store_begin .. commit */
	int rebuilding;		/* this run started the index over */
	int had_schema;		/* has_schema and rebuild_reason before the run, */
	const char *had_reason;	/* restored when it is rolled back */
	const char *rebuild_reason;
	const char *run_reason;	/* why the open run starts over (NULL: asked, or new) */
	char reason[256];
	sqlite3_stmt *stmt[ST_COUNT];
	/* term_df upkeep during a run (store.h) */
	int64_t df_min;			/* STORE_TERM_DF_MIN but in tests */
	enum df_mode df_mode;
	int df_upgrade;			/* this run adds term_df to an older index */
	struct termstats *df_delta;	/* DF_DELTA: per-term deltas of the run */
	struct tokenizer_replay *df_replay;	/* DF_DELTA: the slot observed while a row is written */
	struct termstats *df_counts;	/* a rebuild: the caller's counts (store_term_counts) */
	int df_counts_whole;		/* every passage of the run was counted there */
	sqlite3_stmt *df_stmt[DF_STATEMENTS];	/* prepared for the run */
	/* the source between store_source_put and store_source_finish */
	int64_t open_source;		/* 0: none */
	int64_t first_passage;		/* its first passage's id, once added */
	size_t npassages;		/* added so far */
	int64_t section_id;		/* its last section row, 0: none yet */
	struct buf section;		/* that row's text */
	/*
	 * The raw forms FTS5 was not given during the run (store.h,
	 * vocabulary): "raw\0stem" keys, written at commit; NULL: none yet.
	 */
	struct termstats *raw_forms;
	struct tokenizer_replay *raw_replay;	/* the slot they come from */
	struct termstats *raw_counted;	/* a run's: the caller's (store_raw_forms); NULL: none */
	int raw_failed;			/* one could not be kept: the run fails */
	struct copies_writer *copies;	/* copy_sketch upkeep during a run (copies.h) */
	int copies_upgrade;		/* this run adds copy_sketch to an older index */
};

static void df_end(struct store *s);
static void raw_end(struct store *s);
static int run_stmt(struct store *s, sqlite3_stmt *st, char *err, size_t errlen,
    const char *what);

static int db_error(struct store *s, char *err, size_t errlen, const char *what);

/*
 * A copies.c failure as ours, naming the index and, for an I/O error, the
 * system's reason (its own message is replaced).  Returns -1.
 */
static int copies_error(struct store *s, char *err, size_t errlen, const char *what)
{
	if (sqlite3_errcode(s->db) == SQLITE_OK)
		return util_error(err, errlen, "%s: %s: out of memory", s->path, what);
	return db_error(s, err, errlen, what);
}

static int db_error(struct store *s, char *err, size_t errlen, const char *what)
{
	/* "disk I/O error" alone does not say "file too large" or "read-only" */
	int code = sqlite3_errcode(s->db) & 0xff, sys = sqlite3_system_errno(s->db);
	if ((code == SQLITE_IOERR || code == SQLITE_CANTOPEN) && sys != 0)
		return util_error(err, errlen, "%s: %s: %s (%s)", s->path, what,
		    sqlite3_errmsg(s->db), strerror(sys));
	return util_error(err, errlen, "%s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
}

static int exec(struct store *s, const char *sql, char *err, size_t errlen)
{
	if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return db_error(s, err, errlen, "database error");
	return 0;
}

/* An int64 from a one-row, one-column query; def when there is no row. */
static int64_t query_int(sqlite3 *db, const char *sql, int64_t def)
{
	sqlite3_stmt *st;
	int64_t v = def;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return def;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

char *store_meta(struct store *s, const char *key)
{
	sqlite3_stmt *st;
	char *v = NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = ?1", -1,
	    &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		v = t ? strdup(t) : NULL;
	}
	sqlite3_finalize(st);
	return v;
}

/* 1 when path holds bytes that are not an SQLite database, 0 otherwise. */
static int foreign_file(const char *path, int *exists)
{
	static const char magic[16] = "SQLite format 3";
	char head[16];
	FILE *f = fopen(path, "rb");
	*exists = f != NULL || errno != ENOENT;
	if (f == NULL)
		return 0;
	size_t n = fread(head, 1, sizeof head, f);
	fclose(f);
	if (n == 0)
		return 0;
	return n < sizeof head || memcmp(head, magic, sizeof head) != 0;
}

/* The application_id in the raw header (bytes 68-71), readable even when
 * the rest of the file is damaged; 0 when there is no header. */
static uint32_t header_application_id(const char *path)
{
	unsigned char head[100];
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return 0;
	size_t n = fread(head, 1, sizeof head, f);
	fclose(f);
	if (n < sizeof head)
		return 0;
	return (uint32_t)head[68] << 24 | (uint32_t)head[69] << 16 |
	    (uint32_t)head[70] << 8 | head[71];
}

/*
 * The indexer's name in advice, as the program running says it is called
 * (installed: psearch-index; in the source tree: indexer).
 */
static const char *indexer_program = "indexer";

void store_set_indexer_name(const char *name)
{
	if (name && *name)
		indexer_program = name;
}

static const char *indexer_name(void)
{
	return indexer_program;
}

/*
 * A damaged index (truncated, overwritten) is refused, and left as it is,
 * unless the run is a rebuild and the header still says it is ours: then
 * it is emptied in place (SQLite's documented reset, works on a corrupt
 * file) and the rebuild fills it.  0 when it was reset.
 */
static int damaged(struct store *s, char *err, size_t errlen)
{
	char why[160];
	snprintf(why, sizeof why, "%s", sqlite3_errmsg(s->db));
	if (s->mode == STORE_REBUILD &&
	    header_application_id(s->path) == STORE_APPLICATION_ID) {
		int rc;
		sqlite3_db_config(s->db, SQLITE_DBCONFIG_RESET_DATABASE, 1, NULL);
		rc = sqlite3_exec(s->db, "VACUUM", NULL, NULL, NULL);
		sqlite3_db_config(s->db, SQLITE_DBCONFIG_RESET_DATABASE, 0, NULL);
		if (rc == SQLITE_OK)
			return 0;
		return db_error(s, err, errlen, "damaged index, cannot reset it");
	}
	return util_error(err, errlen, "%s: index damaged (%s); rebuild it with: "
	    "%s --rebuild --db %s", s->path, why, indexer_name(), s->path);
}

/*
 * Decide whether the database is our index, and whether it is current,
 * given its count of tables and views.  Called when it is opened and again
 * by store_begin inside the write transaction: what another indexer
 * committed meanwhile (a new schema, a rebuild) must decide the run, not
 * what was there when this one opened the file.
 */
static int decide_schema(struct store *s, int64_t tables, char *err, size_t errlen)
{
	int64_t app = query_int(s->db, "PRAGMA application_id", 0);
	s->has_schema = 0;
	s->rebuild_reason = NULL;
	if (tables == 0) {
		if (s->mode == STORE_READ)
			return util_error(err, errlen,
			    "%s: empty database, not an index (build one with %s)", s->path,
			    indexer_name());
		return 0;
	}
	if (app != STORE_APPLICATION_ID)
		return util_error(err, errlen, "%s: not an index made by indexer%s", s->path,
		    s->mode != STORE_READ ? " (refusing to overwrite it)" : "");
	s->has_schema = 1;
	char *version = store_meta(s, "schema_version");
	char *spec = store_meta(s, "tokenizer");
	long v = version ? strtol(version, NULL, 10) : 0;
	int rc = 0;
	if (v > STORE_SCHEMA_VERSION) {
		rc = util_error(err, errlen,
		    "%s: index has schema version %ld, newer than this program's %d; "
		    "use a newer indexer/query", s->path, v, STORE_SCHEMA_VERSION);
	} else if (v < STORE_SCHEMA_VERSION) {
		snprintf(s->reason, sizeof s->reason, "index schema version %ld, this program writes %d",
		    v, STORE_SCHEMA_VERSION);
		s->rebuild_reason = s->reason;
	} else if (spec == NULL || strcmp(spec, tokenizer_spec()) != 0) {
		snprintf(s->reason, sizeof s->reason, "index built with tokenizer \"%.100s\", this program has \"%.100s\"",
		    spec ? spec : "?", tokenizer_spec());
		s->rebuild_reason = s->reason;
	}
	if (rc == 0 && s->mode == STORE_READ && s->rebuild_reason)
		rc = util_error(err, errlen, "%s: %s; rebuild it with: %s --rebuild --db %s",
		    s->path, s->rebuild_reason, indexer_name(), s->path);
	free(version);
	free(spec);
	return rc;
}

static const char count_tables_sql[] =
    "SELECT count(*) FROM sqlite_schema WHERE type IN ('table', 'view')";

/* Decide whether this is our index, and whether it is current. */
static int inspect(struct store *s, char *err, size_t errlen)
{
	int64_t tables = query_int(s->db, count_tables_sql, -1);
	if (tables < 0) {
		int code = sqlite3_errcode(s->db) & 0xff;
		/* only a new index's first run holds readers off (see store_open) */
		if (code == SQLITE_BUSY)
			return util_error(err, errlen, "%s: an indexer is writing this new index"
			    " (waited %d s); try again when it has finished", s->path,
			    STORE_BUSY_SECONDS);
		if (code != SQLITE_CORRUPT && code != SQLITE_NOTADB)
			return db_error(s, err, errlen, "cannot open the index");
		if (damaged(s, err, errlen) != 0)
			return -1;
		if ((tables = query_int(s->db, count_tables_sql, -1)) < 0)
			return db_error(s, err, errlen, "damaged index, cannot reset it");
	}
	return decide_schema(s, tables, err, errlen);
}

/*
 * Writing needs the file and its folder (for the -wal and -shm files)
 * writable; SQLite would fall back to reading and fail later with "unable
 * to open database file".  access() also sees a read-only mount as root.
 */
static int check_writable(const char *path, int exists, char *err, size_t errlen)
{
	const char *slash = strrchr(path, '/');
	char *dir;
	int rc = 0;
	if (exists && access(path, W_OK) != 0)
		return util_error(err, errlen, "%s: cannot write the index: %s", path,
		    strerror(errno));
	dir = slash == NULL ? strdup(".") : slash == path ? strdup("/")
	    : strndup(path, (size_t)(slash - path));
	if (dir == NULL)
		return util_error(err, errlen, "out of memory");
	if (access(dir, W_OK) != 0)
		rc = util_error(err, errlen, "%s: cannot write in folder %s (the index needs "
		    "its -wal and -shm files there): %s", path, dir, strerror(errno));
	free(dir);
	return rc;
}

/* Open name (a path or a URI) into s->db with our settings, then inspect it. */
static int connect_db(struct store *s, const char *name, int flags, char *err,
    size_t errlen)
{
	if (sqlite3_open_v2(name, &s->db, flags, NULL) != SQLITE_OK)
		return util_error(err, errlen, "%s: cannot open: %s", s->path,
		    s->db ? sqlite3_errmsg(s->db) : "out of memory");
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
	sqlite3_busy_timeout(s->db, STORE_BUSY_SECONDS * 1000);
	/*
	 * cell_size_check keeps a writer from spreading a corrupt page's damage
	 * into pages it writes.  A reader only reports corruption, which SQLite
	 * does safely without it; with it, checking each page as it is read cost
	 * a fifth of a rare-word query.
	 */
	int writer = (flags & SQLITE_OPEN_READWRITE) != 0;
	if (tokenizer_register(s->db, err, errlen) != 0 ||
	    (writer && exec(s, "PRAGMA cell_size_check = ON", err, errlen) != 0) ||
	    inspect(s, err, errlen) != 0)
		return -1;
	/* cache_size reads the schema: only once inspect has vouched for the file */
	return store_cache_size(s, writer ? STORE_CACHE_KIB : STORE_READ_CACHE_KIB, err, errlen);
}

int store_one_thread_a_connection(void)
{
	if (sqlite3_config(SQLITE_CONFIG_MULTITHREAD) != SQLITE_OK ||
	    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
		return -1;
	return 0;
}

int store_cache_size(struct store *s, int kib, char *err, size_t errlen)
{
	char sql[64];
	if (kib <= 0)
		return util_error(err, errlen, "%s: cache size must be positive", s->path);
	snprintf(sql, sizeof sql, "PRAGMA cache_size = -%d", kib);
	return exec(s, sql, err, errlen);
}

/*
 * Put the index in WAL mode (see store_open).  Another connection's
 * transaction holds the switch off, and SQLite does not wait for it then
 * (another indexer's first run, in its rollback journal): this run goes
 * on in the rollback journal too, and switches when it commits.  0, or -1
 * with err.
 */
static int use_wal(struct store *s, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "PRAGMA journal_mode = WAL", -1, &st, NULL) != SQLITE_OK)
		return db_error(s, err, errlen, "cannot set the journal mode");
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
		s->wal_pending = 0;
		return 0;
	}
	if ((rc & 0xff) == SQLITE_BUSY) {
		s->wal_pending = 1;
		return 0;
	}
	return db_error(s, err, errlen, "cannot set the journal mode");
}

/*
 * A new file's first run writes it with a rollback journal (see
 * store_open).  Another writer may have written it and turned it to WAL
 * since it was seen empty: the mode cannot change then while that writer
 * still holds the WAL (SQLITE_BUSY at once, whatever the busy timeout),
 * and the file is no longer new, so it is used in WAL mode as any other
 * index.  0, or -1 with err.
 */
static int rollback_journal(struct store *s, char *err, size_t errlen)
{
	if (sqlite3_exec(s->db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) == SQLITE_OK) {
		s->wal_pending = 1;
		return 0;
	}
	if ((sqlite3_errcode(s->db) & 0xff) == SQLITE_BUSY)
		return use_wal(s, err, errlen);
	return db_error(s, err, errlen, "cannot set the journal mode");
}

/* "file:" URI of path with immutable=1; every byte but [A-Za-z0-9/._-] escaped. */
static char *immutable_uri(const char *path)
{
	struct buf b = { 0 };
	buf_puts(&b, path[0] == '/' ? "file://" : "file:");	/* "//x" is no authority */
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("/._-", *p))
			buf_append(&b, p, 1);
		else
			buf_printf(&b, "%%%02X", *p);
	}
	buf_puts(&b, "?immutable=1");
	if (b.oom) {
		buf_free(&b);
		return NULL;
	}
	return b.data;
}

/* 1 when path-wal holds frames not yet in the database file. */
static int wal_pending(const char *path)
{
	struct stat st;
	char *wal = malloc(strlen(path) + 5);
	int pending = 1;
	if (wal == NULL)
		return 1;
	sprintf(wal, "%s-wal", path);
	if (stat(wal, &st) != 0)
		pending = errno != ENOENT;
	else
		pending = st.st_size > 0;
	free(wal);
	return pending;
}

int store_open(const char *path, enum store_mode mode, struct store **out,
    char *err, size_t errlen)
{
	struct store *s;
	int exists, flags;

	*out = NULL;
	if (*path == 0)
		return util_error(err, errlen, "empty index file name");
	if (strcmp(path, ":memory:") == 0)
		return util_error(err, errlen, ":memory: names an in-memory database, which "
		    "would be lost at exit; give the index a file name (./:memory: for that file)");
	struct stat st;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return util_error(err, errlen, "%s: is a directory, not an index file", path);
	if (foreign_file(path, &exists))
		return util_error(err, errlen, "%s: not an index database%s", path,
		    mode != STORE_READ ? " (refusing to overwrite it)" : "");
	if (!exists && mode == STORE_READ)
		return util_error(err, errlen, "%s: no such index (build it with: %s --db %s)",
		    path, indexer_name(), path);
	if (mode != STORE_READ && check_writable(path, exists, err, errlen) != 0)
		return -1;
	s = calloc(1, sizeof *s);
	if (s == NULL || (s->path = strdup(path)) == NULL) {
		free(s);
		return util_error(err, errlen, "out of memory");
	}
	s->mode = mode;
	s->df_min = STORE_TERM_DF_MIN;
	flags = mode == STORE_READ ? SQLITE_OPEN_READONLY
	    : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (connect_db(s, path, flags, err, errlen) != 0) {
		/*
		 * An index on read-only media (or a full disk): a WAL database
		 * needs its -shm, which cannot be created (or grown) there.
		 * With no pending -wal (the indexer checkpoints when it
		 * finishes) the file alone is the whole index, and no writer
		 * can be at work (it would hold the -shm): open it immutable.
		 */
		int code = s->db ? sqlite3_errcode(s->db) & 0xff : SQLITE_NOMEM;
		int no_shm = code == SQLITE_CANTOPEN || code == SQLITE_READONLY ||
		    (code == SQLITE_IOERR && sqlite3_system_errno(s->db) == ENOSPC);
		char *uri;
		if (mode != STORE_READ || !no_shm) {
			store_close(s);
			return -1;
		}
		if (wal_pending(path)) {
			util_error(err, errlen, "%s: cannot open the index: changes are pending in "
			    "%s-wal and no %s-shm can be created here (copy the index only after "
			    "the indexer has finished)", path, path, path);
			store_close(s);
			return -1;
		}
		if ((uri = immutable_uri(path)) == NULL) {
			store_close(s);
			return util_error(err, errlen, "out of memory");
		}
		sqlite3_close(s->db);
		s->db = NULL;
		int rc = connect_db(s, uri, flags | SQLITE_OPEN_URI, err, errlen);
		free(uri);
		if (rc != 0) {
			store_close(s);
			return -1;
		}
	}
	/*
	 * auto_vacuum and page_size take effect only in a file that has no
	 * page yet (so before WAL mode writes the header), and on an existing
	 * file the pragmas would write: a run with nothing to do must not.
	 * See store_commit for auto_vacuum, STORE_PAGE_SIZE for page_size.
	 * Debian's SQLite zeroes every page and cell it frees (secure_delete),
	 * and writes the zeroed pages out; a new file frees only what FTS5's
	 * merges leave, the index of text it still holds, so its writer does
	 * not (67 of 3,523 M instructions of the writing thread on 10 MB).
	 * An existing file keeps the default: a run may delete what a user
	 * removed.
	 */
	int new_file = mode != STORE_READ && query_int(s->db, "PRAGMA page_count", -1) == 0;
	if (new_file &&
	    (exec(s, "PRAGMA page_size = " STORE_PAGE_SIZE, err, errlen) != 0 ||
	     exec(s, "PRAGMA auto_vacuum = INCREMENTAL", err, errlen) != 0 ||
	     exec(s, "PRAGMA secure_delete = OFF", err, errlen) != 0)) {
		store_close(s);
		return -1;
	}
	/* the file SQLite holds open, for store_begin's check that it is still this path's */
	if (mode != STORE_READ && stat(path, &st) == 0) {
		s->dev = st.st_dev;
		s->ino = st.st_ino;
	}
	/*
	 * An index is in WAL mode: readers keep the old index while a run
	 * writes the new one.  A new file has no old index to keep, and WAL
	 * writes every page twice (into the -wal, then into the file when it
	 * is checkpointed, reading it back), which cost a first build 10-20%
	 * of its time (docs/performance.md).  So a new file is written with a
	 * rollback journal (it stays empty: a page the file did not have is
	 * not journalled) and turned to WAL when its first run commits
	 * (store_commit).  A first run killed midway leaves a hot journal that
	 * the next writer rolls back, to the empty file there was.
	 */
	if (mode != STORE_READ &&
	    ((new_file ? rollback_journal(s, err, errlen) : use_wal(s, err, errlen)) != 0 ||
	     exec(s, "PRAGMA synchronous = NORMAL", err, errlen) != 0)) {
		store_close(s);
		return -1;
	}
	*out = s;
	return 0;
}

void store_close(struct store *s)
{
	if (s == NULL)
		return;
	df_end(s);
	raw_end(s);
	copies_end(s->copies);
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(s->stmt[i]);
	if (s->in_run)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(s->db);
	buf_free(&s->section);
	free(s->path);
	free(s);
}

sqlite3 *store_db(struct store *s)
{
	return s->db;
}

const char *store_rebuild_reason(const struct store *s)
{
	return s->rebuild_reason;
}

static int put_meta(struct store *s, const char *key, const char *value,
    char *err, size_t errlen)
{
	sqlite3_stmt *st;
	int rc;
	if (sqlite3_prepare_v2(s->db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)",
	    -1, &st, NULL) != SQLITE_OK)
		return db_error(s, err, errlen, "cannot write meta");
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_error(s, err, errlen, "cannot write meta");
	return 0;
}

/* Drop what schema_objects names, each as the kind of object it is now. */
static int drop_schema(struct store *s, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	int rc = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT type FROM sqlite_schema WHERE name = ?1"
	    " AND type IN ('table', 'view')", -1, &st, NULL) != SQLITE_OK)
		return db_error(s, err, errlen, "cannot read the schema");
	for (size_t i = 0; rc == 0 && i < sizeof schema_objects / sizeof *schema_objects; i++) {
		char sql[64];
		sqlite3_bind_text(st, 1, schema_objects[i], -1, SQLITE_STATIC);
		int step = sqlite3_step(st);
		if (step == SQLITE_ROW) {
			/* names from our own list, never from the file */
			snprintf(sql, sizeof sql, "DROP %s %s",
			    strcmp((const char *)sqlite3_column_text(st, 0), "view") == 0
			    ? "VIEW" : "TABLE", schema_objects[i]);
			sqlite3_reset(st);
			rc = exec(s, sql, err, errlen);
		} else {
			sqlite3_reset(st);
			if (step != SQLITE_DONE)
				rc = db_error(s, err, errlen, "cannot read the schema");
		}
	}
	sqlite3_finalize(st);
	return rc;
}

static int create_schema(struct store *s, char *err, size_t errlen)
{
	char buf[64];
	if (drop_schema(s, err, errlen) != 0 || exec(s, schema_sql, err, errlen) != 0 ||
	    exec(s, fts_tuning_sql, err, errlen) != 0)
		return -1;
	snprintf(buf, sizeof buf, "PRAGMA application_id = %d", STORE_APPLICATION_ID);
	if (exec(s, buf, err, errlen) != 0)
		return -1;
	snprintf(buf, sizeof buf, "%d", STORE_SCHEMA_VERSION);
	if (put_meta(s, "schema_version", buf, err, errlen) != 0 ||
	    put_meta(s, "tokenizer", tokenizer_spec(), err, errlen) != 0 ||
	    put_meta(s, "tokenize", TOKENIZE_OPTION, err, errlen) != 0 ||
	    put_meta(s, "libstemmer", tokenizer_stemmer_version(), err, errlen) != 0 ||
	    put_meta(s, "sqlite", sqlite3_libversion(), err, errlen) != 0)
		return -1;
	s->has_schema = 1;
	s->rebuild_reason = NULL;
	return 0;
}

/* Forget the source being put (its rows stay, or go with a rollback). */
static void close_source(struct store *s)
{
	s->open_source = 0;
	s->first_passage = 0;
	s->npassages = 0;
	s->section_id = 0;
	buf_reset(&s->section);
}

/* 1 when the index has term_df, 0 when not (made before it), -1 on error. */
static int has_term_df(struct store *s)
{
	return (int)query_int(s->db, "SELECT count(*) FROM main.sqlite_schema"
	    " WHERE type = 'table' AND name = 'term_df'", -1);
}

/* Forget the run's term_df upkeep: statements, deltas, observer. */
static void df_end(struct store *s)
{
	for (int i = 0; i < DF_STATEMENTS; i++) {
		sqlite3_finalize(s->df_stmt[i]);
		s->df_stmt[i] = NULL;
	}
	if (s->df_replay)
		tokenizer_replay_observe(s->df_replay, NULL, NULL);
	s->df_replay = NULL;
	termstats_free(s->df_delta);
	s->df_delta = NULL;
	termstats_free(s->df_counts);
	s->df_counts = NULL;
	s->df_upgrade = 0;
	s->df_mode = DF_FILL;
}

/*
 * Decide how this run keeps term_df exact (see enum df_mode) and prepare
 * for it.  An index from before term_df gets the table here, filled at
 * commit: the index upgrades itself in the run's transaction.
 */
static int df_begin(struct store *s, char *err, size_t errlen)
{
	int have = has_term_df(s);
	if (have < 0)
		return db_error(s, err, errlen, "cannot read the schema");
	if (!have) {
		if (exec(s, TERM_DF_SQL, err, errlen) != 0)
			return -1;
		s->df_upgrade = 1;
	}
	s->df_mode = DF_FILL;
	if (have && !s->rebuilding &&
	    query_int(s->db, "SELECT EXISTS(SELECT 1 FROM passage_rows)", 0) == 1 &&
	    (s->df_replay = tokenizer_replay_get(s->db)) != NULL &&
	    (s->df_delta = termstats_new()) != NULL)
		s->df_mode = DF_DELTA;
	if (s->rebuilding && (s->df_counts = termstats_new()) != NULL) {
		termstats_set_limit(s->df_counts, STORE_COUNTED_TERMS);
		s->df_counts_whole = 1;
	}
	if (exec(s, VOCAB_SQL, err, errlen) != 0)
		return -1;
	for (int i = 0; i < DF_STATEMENTS; i++)
		if (sqlite3_prepare_v3(s->db, df_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
		    &s->df_stmt[i], NULL) != SQLITE_OK)
			return db_error(s, err, errlen, "cannot prepare");
	return 0;
}

/* Called by the tokenizer for each token of a row FTS5 is given (DF_DELTA). */
static int df_observe(void *ctx, const char *term, size_t term_len)
{
	/* a failure is noticed once the row is written (df_row_end) */
	termstats_add(ctx, term, term_len);
	return 0;
}

/* Before FTS5 is given a row to insert (sign 1) or delete (-1). */
static void df_row_begin(struct store *s, int sign)
{
	if (s->df_mode != DF_DELTA)
		return;
	termstats_row(s->df_delta, sign);
	tokenizer_replay_observe(s->df_replay, df_observe, s->df_delta);
}

/*
 * After the row: a run that has touched too many terms, or could not
 * count one, is finished as a FILL run (still exact, see DF_DELTA_MAX_TERMS).
 */
static void df_row_end(struct store *s)
{
	if (s->df_mode != DF_DELTA)
		return;
	tokenizer_replay_observe(s->df_replay, NULL, NULL);
	if (termstats_failed(s->df_delta) ||
	    termstats_count(s->df_delta) > DF_DELTA_MAX_TERMS) {
		termstats_free(s->df_delta);
		s->df_delta = NULL;
		s->df_mode = DF_FILL;
	}
}

struct df_apply {
	struct store *s;
	char *err;
	size_t errlen;
};

/* Step a statement that returns at most one integer: 1 and *v, 0 (no row), or -1. */
static int step_int(sqlite3_stmt *st, int64_t *v)
{
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*v = sqlite3_column_int64(st, 0);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/*
 * One term's change.  A stored term's df moves by delta (and the row goes
 * when it falls below the threshold); a term not stored had a df below the
 * threshold when the run began, so only one that gained rows can have
 * reached it, and its df is counted (cheap: below threshold + delta).
 */
static int df_apply_term(void *ctx, const char *term, size_t term_len, int64_t delta)
{
	struct df_apply *a = ctx;
	struct store *s = a->s;
	sqlite3_stmt *get = s->df_stmt[DF_GET], *st;
	int64_t df = 0;
	int found;

	sqlite3_bind_text(get, 1, term, (int)term_len, SQLITE_STATIC);
	found = step_int(get, &df);
	sqlite3_reset(get);
	if (found < 0)
		return db_error(s, a->err, a->errlen, "cannot read term_df");
	if (found) {
		df += delta;
		st = s->df_stmt[df >= s->df_min ? DF_SET : DF_DROP];
	} else {
		if (delta < 0)
			return 0;
		st = s->df_stmt[DF_COUNT];
		sqlite3_bind_text(st, 1, term, (int)term_len, SQLITE_STATIC);
		found = step_int(st, &df);
		sqlite3_reset(st);
		if (found < 0)
			return db_error(s, a->err, a->errlen, "cannot count a term");
		if (!found || df < s->df_min)
			return 0;
		st = s->df_stmt[DF_PUT];
	}
	sqlite3_bind_text(st, 1, term, (int)term_len, SQLITE_STATIC);
	if (st != s->df_stmt[DF_DROP])
		sqlite3_bind_int64(st, 2, df);
	return run_stmt(s, st, a->err, a->errlen, "cannot write term_df");
}

/* A counted term of a rebuild (store_term_counts): stored when common enough. */
static int df_put_counted(void *ctx, const char *term, size_t term_len, int64_t df)
{
	struct df_apply *a = ctx;
	sqlite3_stmt *st = a->s->df_stmt[DF_PUT];
	if (df < a->s->df_min)
		return 0;
	sqlite3_bind_text(st, 1, term, (int)term_len, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, df);
	return run_stmt(a->s, st, a->err, a->errlen, "cannot write term_df");
}

int store_raw_form_add(struct termstats *raw_forms, const char *raw, size_t raw_len,
    const char *stem, size_t stem_len)
{
	char key[2 * TOKENIZER_MAX_STEM_BYTES + 2];
	if (raw_len > TOKENIZER_MAX_STEM_BYTES || stem_len > TOKENIZER_MAX_STEM_BYTES)
		return 0;	/* never: longer words are not stemmed */
	memcpy(key, raw, raw_len);
	key[raw_len] = 0;
	memcpy(key + raw_len + 1, stem, stem_len);
	return termstats_add(raw_forms, key, raw_len + 1 + stem_len);
}

/* The tokenizer's raw observer during a run: keep each raw form once. */
static int raw_observe(void *ctx, const char *raw, size_t raw_len, const char *stem,
    size_t stem_len)
{
	struct store *s = ctx;
	if (store_raw_form_add(s->raw_forms, raw, raw_len, stem, stem_len) != 0) {
		s->raw_failed = 1;
		return 1;
	}
	return 0;
}

/* Start keeping the run's raw forms (store_begin).  0, or -1 with err set. */
static int raw_begin(struct store *s, char *err, size_t errlen)
{
	s->raw_failed = 0;
	if ((s->raw_forms = termstats_new()) == NULL)
		return util_error(err, errlen, "out of memory");
	termstats_row(s->raw_forms, 1);
	if ((s->raw_replay = tokenizer_replay_get(s->db)) == NULL)
		return util_error(err, errlen, "%s: the %s tokenizer is not this program's",
		    s->path, TOKENIZER_NAME);
	tokenizer_replay_raw_forms(s->raw_replay, raw_observe, s);
	return 0;
}

static void raw_end(struct store *s)
{
	if (s->raw_replay)
		tokenizer_replay_raw_forms(s->raw_replay, NULL, NULL);
	s->raw_replay = NULL;
	termstats_free(s->raw_forms);
	s->raw_forms = NULL;
	termstats_free(s->raw_counted);
	s->raw_counted = NULL;
}

struct raw_key {
	const char *key;	/* "raw\0stem", len bytes */
	size_t len;
};

struct raw_list {
	struct raw_key *k;	/* room for every key of the map */
	size_t n;
};

static int raw_collect(void *ctx, const char *key, size_t len, int64_t delta)
{
	struct raw_list *l = ctx;
	(void)delta;
	l->k[l->n++] = (struct raw_key){ key, len };
	return 0;
}

static size_t count_of(const struct termstats *t)
{
	return t ? termstats_count(t) : 0;
}

/* By raw form: the bytes before the 0 (a raw form has one stem, so no ties). */
static int by_key(const void *a, const void *b)
{
	return strcmp(((const struct raw_key *)a)->key, ((const struct raw_key *)b)->key);
}

/*
 * At commit: the run's new raw forms into the vocabulary, in order (a
 * B-tree filled in key order writes each page once).  A raw form already
 * there is left; one whose passages are gone stays (harmless: the search
 * reads the passages to see which rows really hold a prefix).
 */
static int raw_commit(struct store *s, char *err, size_t errlen)
{
	size_t count = count_of(s->raw_forms) + count_of(s->raw_counted);
	struct raw_list l = { malloc((count ? count : 1) * sizeof *l.k), 0 };
	sqlite3_stmt *st = NULL;
	int rc = 0;
	/* a passage counted in a map that failed since is in neither: the run fails */
	if (s->raw_failed || termstats_failed(s->raw_forms) || l.k == NULL ||
	    (s->raw_counted && termstats_failed(s->raw_counted))) {
		free(l.k);
		return util_error(err, errlen, "out of memory");
	}
	termstats_each(s->raw_forms, raw_collect, &l);
	if (s->raw_counted)
		termstats_each(s->raw_counted, raw_collect, &l);
	qsort(l.k, l.n, sizeof *l.k, by_key);
	if (l.n > 0 && sqlite3_prepare_v2(s->db, "INSERT OR IGNORE INTO vocabulary(raw, stem)"
	    " VALUES(?1, ?2)", -1, &st, NULL) != SQLITE_OK)
		rc = db_error(s, err, errlen, "cannot write the vocabulary");
	for (size_t i = 0; rc == 0 && i < l.n; i++) {
		const char *raw = l.k[i].key;
		size_t raw_len = strlen(raw);
		if (i > 0 && strcmp(raw, l.k[i - 1].key) == 0)
			continue;	/* in both maps */
		sqlite3_bind_text(st, 1, raw, (int)raw_len, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, raw + raw_len + 1, (int)(l.k[i].len - raw_len - 1),
		    SQLITE_STATIC);
		rc = run_stmt(s, st, err, errlen, "cannot write the vocabulary");
	}
	sqlite3_finalize(st);
	free(l.k);
	return rc;
}

struct termstats *store_term_counts(struct store *s)
{
	return s->in_run ? s->df_counts : NULL;
}

struct termstats *store_raw_forms(struct store *s)
{
	return s->in_run ? s->raw_counted : NULL;
}

/* At commit, once FTS5 is in its final state: bring term_df up to date. */
static int df_commit(struct store *s, char *err, size_t errlen)
{
	struct df_apply a = { s, err, errlen };
	if (s->df_mode == DF_DELTA)
		return termstats_each(s->df_delta, df_apply_term, &a) != 0 ? -1 : 0;
	if (exec(s, "DELETE FROM term_df", err, errlen) != 0)
		return -1;
	if (s->df_counts && s->df_counts_whole && !termstats_failed(s->df_counts))
		return termstats_each(s->df_counts, df_put_counted, &a) != 0 ? -1 : 0;
	sqlite3_bind_int64(s->df_stmt[DF_FILL_ALL], 1, s->df_min);
	return run_stmt(s, s->df_stmt[DF_FILL_ALL], err, errlen, "cannot fill term_df");
}

/* 1 when path still names the file this store opened (0: removed or replaced). */
static int same_file(const struct store *s)
{
	struct stat st;
	return stat(s->path, &st) == 0 && st.st_dev == s->dev && st.st_ino == s->ino;
}

void store_set_term_df_min(struct store *s, int64_t min)
{
	s->df_min = min;
}

int store_upgrading(const struct store *s)
{
	return s->in_run && (s->df_upgrade || s->copies_upgrade);
}

int store_meta_set(struct store *s, const char *key, const char *value, char *err,
    size_t errlen)
{
	if (!s->in_run)
		return util_error(err, errlen, "%s: store_meta_set outside a run", s->path);
	return put_meta(s, key, value, err, errlen);
}

int store_run_rebuilds(const struct store *s, const char **why)
{
	if (why)
		*why = s->in_run ? s->run_reason : NULL;
	return s->in_run && s->rebuilding;
}

int store_remove_if_empty(struct store *s, char *err, size_t errlen)
{
	static const char *const suffixes[] = { "-wal", "-shm", "-journal" };
	int removed = 0;
	store_rollback(s);
	/* a writer at work (busy) is using the file: it stays */
	sqlite3_busy_timeout(s->db, 0);
	int locked = sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK;
	sqlite3_busy_timeout(s->db, STORE_BUSY_SECONDS * 1000);
	if (!locked || !same_file(s))
		goto out;
	int64_t tables = query_int(s->db, count_tables_sql, -1);
	int64_t sources = tables > 0 ? query_int(s->db, "SELECT count(*) FROM sources", -1) : 0;
	if (tables < 0 || sources != 0)
		goto out;
	/* under the lock: a writer waiting for it finds the path gone (same_file) */
	if (unlink(s->path) != 0) {
		util_error(err, errlen, "%s: cannot remove: %s", s->path, strerror(errno));
		removed = -1;
		goto out;
	}
	removed = 1;
	for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
		char *side = malloc(strlen(s->path) + strlen(suffixes[i]) + 1);
		if (side) {
			sprintf(side, "%s%s", s->path, suffixes[i]);
			unlink(side);
			free(side);
		}
	}
out:
	if (locked)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return removed;
}

/*
 * Take the write lock (waiting for another writer's run, see connect_db's
 * busy timeout) and decide the run from what the index holds now.
 */
static int lock_for_run(struct store *s, char *err, size_t errlen)
{
	int locked = sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK;
	if (!locked && (sqlite3_errcode(s->db) & 0xff) == SQLITE_BUSY)
		return util_error(err, errlen, "%s: another indexer is writing this index "
		    "(waited %d s for it to finish); run again when it is done", s->path,
		    STORE_BUSY_SECONDS);
	/* a new file, in its rollback journal, cannot even be locked once removed */
	if (!same_file(s)) {
		if (locked)
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return util_error(err, errlen, "%s: the index file was removed or replaced while "
		    "this run waited for another indexer; run again", s->path);
	}
	if (!locked)
		return db_error(s, err, errlen, "cannot start writing");
	return 0;
}

int store_begin(struct store *s, int rebuild, char *err, size_t errlen)
{
	close_source(s);
	if (lock_for_run(s, err, errlen) != 0)
		return -1;
	s->in_run = 1;
	s->had_schema = s->has_schema;
	s->had_reason = s->rebuild_reason;
	/* decided again under the lock: another run may have made or rebuilt the index */
	int64_t tables = query_int(s->db, count_tables_sql, -1);
	if (tables < 0) {
		db_error(s, err, errlen, "cannot read the schema");
		goto fail;
	}
	if (decide_schema(s, tables, err, errlen) != 0)
		goto fail;
	s->had_schema = s->has_schema;
	s->had_reason = s->rebuild_reason;
	s->rebuilding = rebuild || !s->has_schema || s->rebuild_reason;
	s->run_reason = s->rebuild_reason;
	if (s->rebuilding && (create_schema(s, err, errlen) != 0 ||
	    exec(s, fts_rebuild_begin_sql, err, errlen) != 0))
		goto fail;
	if (exec(s, "CREATE TEMP TABLE IF NOT EXISTS seen(id INTEGER PRIMARY KEY);"
	    "DELETE FROM temp.seen;", err, errlen) != 0 || df_begin(s, err, errlen) != 0 ||
	    raw_begin(s, err, errlen) != 0 ||
	    ((s->raw_counted = termstats_new()) == NULL &&
	    util_error(err, errlen, "out of memory") != 0) ||
	    (copies_begin(s->db, s->rebuilding, &s->copies, &s->copies_upgrade, err, errlen) != 0 &&
	    copies_error(s, err, errlen, "cannot prepare copy_sketch") != 0))
		goto fail;
	for (int i = 0; i < ST_COUNT; i++) {
		if (s->stmt[i] == NULL &&
		    sqlite3_prepare_v3(s->db, statement_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
		    &s->stmt[i], NULL) != SQLITE_OK) {
			db_error(s, err, errlen, "cannot prepare");
			goto fail;
		}
	}
	return 0;
fail:
	store_rollback(s);
	return -1;
}

int store_commit(struct store *s, char *err, size_t errlen)
{
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (s->open_source) {
		util_error(err, errlen, "%s: source %lld was not finished; nothing written",
		    s->path, (long long)s->open_source);
		store_rollback(s);
		return -1;
	}
	/*
	 * Merging FTS5 segments frees pages inside the file; the space is
	 * given back at the end of each run (48 MB of 324 at 100 MB when
	 * left).  A rebuild merges its segments once, all together, here.
	 */
	if ((s->rebuilding && exec(s, fts_rebuild_end_sql, err, errlen) != 0) ||
	    df_commit(s, err, errlen) != 0 || raw_commit(s, err, errlen) != 0 ||
	    (copies_commit(s->copies, err, errlen) != 0 &&
	    copies_error(s, err, errlen, "cannot index copy_sketch") != 0) ||
	    exec(s, "PRAGMA incremental_vacuum", err, errlen) != 0 ||
	    put_meta(s, "updated_at", stamp, err, errlen) != 0 ||
	    exec(s, "COMMIT", err, errlen) != 0) {
		store_rollback(s);
		return -1;
	}
	s->in_run = 0;
	/* a new file from now on (see store_open); if busy, the next run does it */
	if (s->wal_pending) {
		char ignored[256];
		use_wal(s, ignored, sizeof ignored);
	}
	df_end(s);
	raw_end(s);
	copies_end(s->copies);
	s->copies = NULL;
	s->copies_upgrade = 0;
	return 0;
}

void store_rollback(struct store *s)
{
	df_end(s);
	raw_end(s);
	copies_end(s->copies);
	s->copies = NULL;
	s->copies_upgrade = 0;
	if (s->in_run) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		/* a schema made by this run is gone with it */
		s->has_schema = s->had_schema;
		s->rebuild_reason = s->had_reason;
	}
	s->in_run = 0;
	s->run_reason = NULL;
	close_source(s);
}

/* Step a bound statement to completion and reset it.  0 or -1. */
static int run_stmt(struct store *s, sqlite3_stmt *st, char *err, size_t errlen,
    const char *what)
{
	int rc = sqlite3_step(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		db_error(s, err, errlen, what);
		sqlite3_reset(st);
		return -1;
	}
	sqlite3_reset(st);
	return 0;
}

int store_source_find(struct store *s, const char *path, struct store_source *out,
    char *err, size_t errlen)
{
	sqlite3_stmt *st = s->stmt[ST_FIND];
	int rc;
	memset(out, 0, sizeof *out);
	sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->id = sqlite3_column_int64(st, 0);
		out->size = sqlite3_column_int64(st, 1);
		out->mtime_ns = sqlite3_column_int64(st, 2);
		out->hash = (uint64_t)sqlite3_column_int64(st, 3);
		const char *t = (const char *)sqlite3_column_text(st, 4);
		snprintf(out->title, sizeof out->title, "%s", t ? t : "");
		t = (const char *)sqlite3_column_text(st, 5);
		snprintf(out->publisher, sizeof out->publisher, "%s", t ? t : "");
		t = (const char *)sqlite3_column_text(st, 6);
		snprintf(out->author, sizeof out->author, "%s", t ? t : "");
		t = (const char *)sqlite3_column_text(st, 7);
		snprintf(out->date, sizeof out->date, "%s", t ? t : "");
		t = (const char *)sqlite3_column_text(st, 8);
		snprintf(out->url, sizeof out->url, "%s", t ? t : "");
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(s, err, errlen, "cannot read sources");
	return 0;
}

int store_source_seen(struct store *s, int64_t id, char *err, size_t errlen)
{
	sqlite3_bind_int64(s->stmt[ST_SEEN], 1, id);
	return run_stmt(s, s->stmt[ST_SEEN], err, errlen, "cannot mark source");
}

int store_source_touch(struct store *s, int64_t id, int64_t mtime_ns, char *err,
    size_t errlen)
{
	sqlite3_bind_int64(s->stmt[ST_TOUCH], 1, id);
	sqlite3_bind_int64(s->stmt[ST_TOUCH], 2, mtime_ns);
	return run_stmt(s, s->stmt[ST_TOUCH], err, errlen, "cannot update source");
}

/*
 * Remove the passages of a source from the FTS index (with the values they
 * were indexed with, so before anything else), their sections (no other
 * source's passages use them), then the rows.
 */
static int remove_passages(struct store *s, int64_t id, char *err, size_t errlen)
{
	sqlite3_stmt *rows = s->stmt[ST_OLD_ROWS], *del = s->stmt[ST_FTS_DELETE_ROW];
	int rc;
	if (id == s->open_source)
		close_source(s);
	/* row by row, so that each row's terms count once in term_df's deltas */
	s->df_counts_whole = 0;	/* the counts (store_term_counts) only add */
	sqlite3_bind_int64(rows, 1, id);
	while ((rc = sqlite3_step(rows)) == SQLITE_ROW) {
		for (int i = 0; i < 4; i++)
			sqlite3_bind_value(del, i + 1, sqlite3_column_value(rows, i));
		df_row_begin(s, -1);
		rc = run_stmt(s, del, err, errlen, "cannot unindex passages");
		df_row_end(s);
		if (rc != 0) {
			sqlite3_reset(rows);
			return -1;
		}
	}
	if (rc != SQLITE_DONE) {
		db_error(s, err, errlen, "cannot read passages");
		sqlite3_reset(rows);
		return -1;
	}
	sqlite3_reset(rows);
	if (copies_remove_source(s->copies, id, err, errlen) != 0)
		return copies_error(s, err, errlen, "cannot delete sketches");
	sqlite3_bind_int64(s->stmt[ST_DELETE_PLACES], 1, id);
	if (run_stmt(s, s->stmt[ST_DELETE_PLACES], err, errlen, "cannot delete passages") != 0)
		return -1;
	sqlite3_bind_int64(s->stmt[ST_DELETE_SECTIONS], 1, id);
	if (run_stmt(s, s->stmt[ST_DELETE_SECTIONS], err, errlen, "cannot delete sections") != 0)
		return -1;
	sqlite3_bind_int64(s->stmt[ST_DELETE_PASSAGES], 1, id);
	return run_stmt(s, s->stmt[ST_DELETE_PASSAGES], err, errlen, "cannot delete passages");
}

int store_source_put(struct store *s, const struct store_source_info *info,
    int64_t *id, char *err, size_t errlen)
{
	struct store_source old;
	sqlite3_stmt *st;

	if (s->open_source)
		return util_error(err, errlen, "%s: source %lld is not finished; cannot put %s",
		    s->path, (long long)s->open_source, info->path);
	if (store_source_find(s, info->path, &old, err, errlen) != 0)
		return -1;
	if (old.id) {
		/* old passages go first: their FTS rows are deleted with the old title */
		if (remove_passages(s, old.id, err, errlen) != 0)
			return -1;
		st = s->stmt[ST_UPDATE_SOURCE];
		sqlite3_bind_int64(st, 1, old.id);
	} else {
		st = s->stmt[ST_INSERT_SOURCE];
		sqlite3_bind_text(st, 1, info->path, -1, SQLITE_STATIC);
	}
	sqlite3_bind_text(st, 2, info->title, -1, SQLITE_STATIC);
	if (info->publisher)
		sqlite3_bind_text(st, 3, info->publisher, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, 3);
	sqlite3_bind_text(st, 4, info->format, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, info->size);
	sqlite3_bind_int64(st, 6, info->mtime_ns);
	sqlite3_bind_int64(st, 7, (int64_t)info->hash);
	/* citation facts: NULL when not known */
	const char *cite[3] = { info->author, info->date, info->url };
	for (int i = 0; i < 3; i++)
		if (cite[i] && *cite[i])
			sqlite3_bind_text(st, 8 + i, cite[i], -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(st, 8 + i);
	if (run_stmt(s, st, err, errlen, "cannot write source") != 0)
		return -1;
	*id = old.id ? old.id : sqlite3_last_insert_rowid(s->db);
	if (store_source_seen(s, *id, err, errlen) != 0)
		return -1;
	close_source(s);
	s->open_source = *id;
	return 0;
}

/* Bytes of p that end a line: what line_end is more than line_start. */
static size_t newlines(const char *p, size_t n)
{
	size_t count = 0;
	for (const char *e = p + n; (p = memchr(p, '\n', (size_t)(e - p))) != NULL; p++)
		count++;
	return count;
}

/*
 * Passages under one heading come one after another: the first of them
 * keys a section row with its own id, and each of them stores how far back
 * that passage is (0 and 1 take no bytes in a record).  A heading that
 * comes back after another gets a row of its own; no row is ever shared,
 * and a source's rows lie in its range of ids.  Returns 1 when p's heading
 * is the current row (*back set), 0 when p needs a new one (*back = 0).
 */
static int same_section(const struct store *s, const struct store_passage *p, int64_t *back)
{
	*back = 0;
	if (s->section_id == 0 || s->section.len != p->section_len ||
	    memcmp(s->section.data, p->section, p->section_len) != 0)
		return 0;
	*back = s->first_passage + (int64_t)s->npassages - s->section_id;
	return 1;
}

int store_passage_add(struct store *s, int64_t source_id, const char *title,
    const struct store_passage *p, char *err, size_t errlen)
{
	sqlite3_stmt *st = s->stmt[ST_INSERT_PASSAGE];
	int64_t back = 0, id;
	int reuse = 0;

	if (source_id == 0 || source_id != s->open_source)
		return util_error(err, errlen, "%s: passage of source %lld added outside its"
		    " store_source_put .. store_source_finish", s->path, (long long)source_id);
	if (p->ordinal != s->npassages || p->byte_end < p->byte_start ||
	    p->line_end < p->line_start || (!p->extracted &&
	    (p->byte_end - p->byte_start != p->body_len ||
	    p->line_end - p->line_start != newlines(p->body, p->body_len))))
		return util_error(err, errlen, "%s: passage %zu of source %lld does not fit"
		    " (ordinal %zu, lines %zu-%zu, bytes [%zu, %zu), body %zu bytes)", s->path,
		    s->npassages, (long long)source_id, p->ordinal, p->line_start, p->line_end,
		    p->byte_start, p->byte_end, p->body_len);
	if (p->section_len)
		reuse = same_section(s, p, &back);
	if (!p->terms_counted)
		s->df_counts_whole = 0;
	sqlite3_bind_int64(st, 1, source_id);
	if (p->section_len)
		sqlite3_bind_int64(st, 2, back);
	else
		sqlite3_bind_null(st, 2);
	sqlite3_bind_int64(st, 3, (int64_t)p->line_start);
	sqlite3_bind_int64(st, 4, (int64_t)p->byte_start);
	sqlite3_bind_text(st, 5, p->body, (int)p->body_len, SQLITE_STATIC);
	if (run_stmt(s, st, err, errlen, "cannot write passage") != 0)
		return -1;
	id = sqlite3_last_insert_rowid(s->db);
	if (s->npassages == 0)
		s->first_passage = id;
	else if (id != s->first_passage + (int64_t)s->npassages)
		return util_error(err, errlen, "%s: passage ids of source %lld are not contiguous",
		    s->path, (long long)source_id);
	s->npassages++;
	if (p->extracted || p->page) {
		/* where the text is in the file: its ends are not the body's */
		st = s->stmt[ST_INSERT_PLACE];
		sqlite3_bind_int64(st, 1, id);
		if (p->page)
			sqlite3_bind_int64(st, 2, (int64_t)p->page);
		else
			sqlite3_bind_null(st, 2);
		sqlite3_bind_int64(st, 3, (int64_t)p->byte_end);
		sqlite3_bind_int64(st, 4, (int64_t)p->line_end);
		if (run_stmt(s, st, err, errlen, "cannot write passage") != 0)
			return -1;
	}
	if (p->section_len && !reuse) {
		st = s->stmt[ST_INSERT_SECTION];
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, p->section, (int)p->section_len, SQLITE_STATIC);
		if (run_stmt(s, st, err, errlen, "cannot write section") != 0)
			return -1;
		buf_reset(&s->section);
		buf_append(&s->section, p->section, p->section_len);
		/* without the copy the next passage just gets a row of its own */
		s->section_id = s->section.oom ? 0 : id;
	}
	st = s->stmt[ST_INSERT_FTS];
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, title, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, p->section, (int)p->section_len, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, p->body, (int)p->body_len, SQLITE_STATIC);
	df_row_begin(s, 1);
	/* its raw forms are in store_raw_forms already: none to observe */
	if (p->raw_counted)
		tokenizer_replay_raw_forms(s->raw_replay, NULL, NULL);
	int rc = run_stmt(s, st, err, errlen, "cannot index passage");
	if (p->raw_counted)
		tokenizer_replay_raw_forms(s->raw_replay, raw_observe, s);
	df_row_end(s);
	if (rc == 0 && (p->sketched > 0 ? copies_add_sketch(s->copies, id, p->band, err, errlen)
	    : p->sketched == 0 ? copies_add(s->copies, id, p->body, p->body_len, err, errlen) : 0) != 0)
		return copies_error(s, err, errlen, "cannot write a passage's sketch");
	return rc;
}

int store_source_finish(struct store *s, int64_t id, size_t passages, char *err,
    size_t errlen)
{
	sqlite3_stmt *st = s->stmt[ST_FINISH];
	if (id == 0 || id != s->open_source)
		return util_error(err, errlen, "%s: source %lld finished but not being put",
		    s->path, (long long)id);
	if (passages != s->npassages)
		return util_error(err, errlen, "%s: source %lld finished with %zu passages,"
		    " %zu were added", s->path, (long long)id, passages, s->npassages);
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, (int64_t)passages);
	if (passages)
		sqlite3_bind_int64(st, 3, s->first_passage);
	else
		sqlite3_bind_null(st, 3);
	if (run_stmt(s, st, err, errlen, "cannot write source") != 0)
		return -1;
	close_source(s);
	return 0;
}

int store_source_remove(struct store *s, int64_t id, char *err, size_t errlen)
{
	if (remove_passages(s, id, err, errlen) != 0)
		return -1;
	sqlite3_bind_int64(s->stmt[ST_DELETE_SOURCE], 1, id);
	return run_stmt(s, s->stmt[ST_DELETE_SOURCE], err, errlen, "cannot delete source");
}

int store_remove_unseen(struct store *s, store_unseen_callback cb, void *ctx,
    size_t *removed, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	int64_t *ids = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;

	*removed = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT id, path FROM sources"
	    " WHERE id NOT IN (SELECT id FROM temp.seen) ORDER BY id", -1, &st, NULL) != SQLITE_OK)
		return db_error(s, err, errlen, "cannot read sources");
	/* collect first: deleting while the select runs would disturb it */
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int verdict = cb(ctx, (const char *)sqlite3_column_text(st, 1));
		if (verdict < 0) {
			rc = util_error(err, errlen, "%s: stopped", s->path);
			break;
		}
		if (verdict == 0)
			continue;
		if (n == cap) {
			int64_t *p = realloc(ids, (cap = cap ? cap * 2 : 64) * sizeof *ids);
			if (p == NULL) {
				rc = util_error(err, errlen, "out of memory");
				break;
			}
			ids = p;
		}
		ids[n++] = sqlite3_column_int64(st, 0);
	}
	if (rc == SQLITE_DONE)
		rc = 0;
	else if (rc > 0)
		rc = db_error(s, err, errlen, "cannot read sources");
	sqlite3_finalize(st);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		rc = store_source_remove(s, ids[i], err, errlen);
		if (rc == 0)
			++*removed;
	}
	free(ids);
	return rc;
}

int store_counts(struct store *s, int64_t *sources, int64_t *passages)
{
	*sources = query_int(s->db, "SELECT count(*) FROM sources", 0);
	*passages = query_int(s->db, "SELECT count(*) FROM passage_rows", 0);
	return 0;
}

/*
 * term_df must be exactly the vocabulary's terms with df >= the threshold:
 * a (term, df) pair found on one side only is a difference.  An index made
 * before term_df has none, and that is no fault.
 */
static int check_term_df(struct store *s, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	int64_t differ = -1;
	int have = has_term_df(s);
	if (have < 0)
		return db_error(s, err, errlen, "cannot read the schema");
	if (!have)
		return 0;
	if (exec(s, VOCAB_SQL, err, errlen) != 0)
		return -1;
	if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM (SELECT 1 FROM"
	    " (SELECT term, doc AS df FROM temp.store_vocab WHERE doc >= ?1"
	    " UNION ALL SELECT term, df FROM term_df)"
	    " GROUP BY term, df HAVING count(*) != 2)", -1, &st, NULL) != SQLITE_OK)
		return db_error(s, err, errlen, "cannot check term_df");
	sqlite3_bind_int64(st, 1, s->df_min);
	if (step_int(st, &differ) != 1) {
		db_error(s, err, errlen, "cannot check term_df");
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	if (differ != 0)
		return util_error(err, errlen, "%s: term_df does not match the full-text index"
		    " (%lld terms differ)", s->path, (long long)differ);
	return 0;
}

struct vocabulary_check {
	sqlite3_stmt *get;
	int64_t missing;
	int failed;
};

static int vocabulary_has(void *ctx, const char *key, size_t len, int64_t delta)
{
	struct vocabulary_check *v = ctx;
	size_t raw_len = strlen(key);
	(void)delta;
	sqlite3_bind_text(v->get, 1, key, (int)raw_len, SQLITE_STATIC);
	int rc = sqlite3_step(v->get);
	if (rc == SQLITE_ROW) {
		const char *stem = (const char *)sqlite3_column_text(v->get, 0);
		size_t n = (size_t)sqlite3_column_bytes(v->get, 0);
		if (stem == NULL || n != len - raw_len - 1 || memcmp(stem, key + raw_len + 1, n) != 0)
			v->missing++;
	} else if (rc == SQLITE_DONE) {
		v->missing++;
	} else {
		v->failed = 1;
	}
	sqlite3_reset(v->get);
	return v->failed;
}

/* Every raw form the passages hold (s->raw_forms) is in the vocabulary, with its stem. */
static int check_vocabulary(struct store *s, char *err, size_t errlen)
{
	struct vocabulary_check v = { NULL, 0, 0 };
	if (s->raw_failed || termstats_failed(s->raw_forms))
		return util_error(err, errlen, "out of memory");
	if (sqlite3_prepare_v2(s->db, "SELECT stem FROM vocabulary WHERE raw = ?1", -1, &v.get,
	    NULL) != SQLITE_OK)
		return db_error(s, err, errlen, "cannot read the vocabulary");
	termstats_each(s->raw_forms, vocabulary_has, &v);
	sqlite3_finalize(v.get);
	if (v.failed)
		return db_error(s, err, errlen, "cannot read the vocabulary");
	if (v.missing)
		return util_error(err, errlen, "%s: %lld raw forms of the passages are not in the"
		    " vocabulary (prefix queries would miss them)", s->path, (long long)v.missing);
	return 0;
}

int store_check(struct store *s, char *err, size_t errlen)
{
	sqlite3_stmt *st;
	int rc;

	if (!s->has_schema)
		return util_error(err, errlen, "%s: empty index", s->path);
	if (s->mode == STORE_READ)	/* FTS5's integrity-check is an INSERT */
		return util_error(err, errlen, "%s: checking needs write access to the index", s->path);
	if (s->rebuild_reason)
		return util_error(err, errlen, "%s: %s", s->path, s->rebuild_reason);
	if (sqlite3_prepare_v2(s->db, "PRAGMA quick_check", -1, &st, NULL) != SQLITE_OK)
		return db_error(s, err, errlen, "quick_check failed");
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW || strcmp((const char *)sqlite3_column_text(st, 0), "ok") != 0) {
		util_error(err, errlen, "%s: database damaged: %s", s->path,
		    rc == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : sqlite3_errmsg(s->db));
		for (char *p = err; p && *p; p++)	/* one line: SQLite lists pages on several */
			if (*p == '\n')
				*p = ' ';
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	/* FTS5 tokenizes every passage to compare: the raw forms are had on the way */
	if (raw_begin(s, err, errlen) != 0) {
		raw_end(s);
		return -1;
	}
	rc = sqlite3_exec(s->db, "INSERT INTO passages_fts(passages_fts, rank)"
	    " VALUES('integrity-check', 1)", NULL, NULL, NULL);
	tokenizer_replay_raw_forms(s->raw_replay, NULL, NULL);
	if (rc != SQLITE_OK) {
		raw_end(s);
		return db_error(s, err, errlen, "full-text index does not match the passages");
	}
	rc = check_vocabulary(s, err, errlen);
	raw_end(s);
	if (rc != 0)
		return -1;
	int64_t bad = query_int(s->db,
	    "SELECT count(*) FROM passage_rows p LEFT JOIN sources s ON s.id = p.source_id"
	    " LEFT JOIN passage_places x ON x.id = p.id"
	    " WHERE s.id IS NULL OR p.byte_start < 0 OR length(CAST(p.body AS BLOB)) = 0"
	    " OR (coalesce(x.byte_end, p.byte_start + length(CAST(p.body AS BLOB))) > s.size"
	    " AND s.format != 'pdf') OR p.line_start < 1", -1);
	if (bad != 0)
		return util_error(err, errlen, "%s: %lld passages lie outside their sources",
		    s->path, (long long)bad);
	/* each source's id range holds exactly its passages, and no passage is outside one */
	int64_t counts = query_int(s->db,
	    "SELECT (SELECT count(*) FROM sources o WHERE o.passages < 0 OR o.passages !="
	    " (SELECT count(*) FROM passage_rows p WHERE p.id BETWEEN o.first_passage"
	    " AND o.first_passage + o.passages - 1 AND p.source_id = o.id))"
	    " + ((SELECT count(*) FROM passage_rows) !="
	    " (SELECT coalesce(sum(passages), 0) FROM sources))", -1);
	if (counts != 0)
		return util_error(err, errlen, "%s: %lld sources have a wrong passage count or range",
		    s->path, (long long)counts);
	/*
	 * A source's section rows go with its range of ids: each must be keyed
	 * by the passage that starts its run, and each passage's row must be
	 * there and its own source's.
	 */
	int64_t sections = query_int(s->db,
	    "SELECT (SELECT count(*) FROM sections c LEFT JOIN passage_rows p ON p.id = c.id"
	    " WHERE p.section IS NOT 0)"
	    " + (SELECT count(*) FROM passage_rows p LEFT JOIN passage_rows f"
	    " ON f.id = " SECTION_OF("p") " LEFT JOIN sections c ON c.id = f.id"
	    " WHERE p.section IS NOT NULL AND (p.section < 0 OR c.id IS NULL"
	    " OR f.source_id != p.source_id))", -1);
	if (sections != 0)
		return util_error(err, errlen, "%s: %lld section rows are unused, missing or"
		    " another source's", s->path, (long long)sections);
	if (check_term_df(s, err, errlen) != 0)
		return -1;
	return copies_check(s->db, err, errlen);
}

int store_each_source(struct store *s, store_source_callback cb, void *ctx,
    char *err, size_t errlen)
{
	sqlite3_stmt *st;
	int rc, stop = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT path, size, mtime_ns, hash FROM sources ORDER BY path",
	    -1, &st, NULL) != SQLITE_OK)
		return db_error(s, err, errlen, "cannot read sources");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && !stop)
		stop = cb(ctx, (const char *)sqlite3_column_text(st, 0), sqlite3_column_int64(st, 1),
		    sqlite3_column_int64(st, 2), (uint64_t)sqlite3_column_int64(st, 3));
	sqlite3_finalize(st);
	if (stop)
		return stop;
	if (rc != SQLITE_DONE)
		return db_error(s, err, errlen, "cannot read sources");
	return 0;
}
