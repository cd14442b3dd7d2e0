/*
 * store.h: the index database.
 *
 * This module owns the SQLite life cycle of an index: opening it
 * defensively (an index file may come from someone else), telling our index
 * from any other file, the schema, the record of tokenizer and schema
 * versions, the one transaction an indexing run is made of, and the
 * prepared statements that add and remove sources and passages.  It never
 * prints, never exits, and never reads the corpus files itself.
 *
 * Schema (plain tables, readable by any SQLite client):
 *   meta(key, value)                    schema_version, tokenizer, ...
 *   sources(id, path, title, publisher, format, size, mtime_ns, hash,
 *           passages, indexed_at, first_passage, author, date, url)
 *                                       format: text, markdown, html, pdf
 *   passage_rows(id, source_id, section, line_start, byte_start, body)
 *                                       the stored form of a passage
 *   sections(id, text)                  a heading, keyed by the id of the
 *                                       first passage under it
 *   passage_places(id, page, byte_end, line_end)
 *                                       schema 3: only for passages whose body
 *                                       is text taken out of the file (HTML,
 *                                       PDF): the ends of its place there, and
 *                                       a PDF's page (lines count from 1 on it)
 *   passages                            view: id, source_id, ordinal, section,
 *                                       line_start, line_end, byte_start,
 *                                       byte_end, body, page (the full record)
 *   passages_content                    view: id, title, section, body
 *   passages_fts                        FTS5 over passages_content
 *   term_df(term, df)                   document frequencies of common terms
 *   copy_band(bucket, entries)          copy detection: the passages' MinHash
 *                                       band keys (copies.h); kept by the
 *                                       run, in its transaction
 *   vocabulary(raw, stem)               schema 6: every unstemmed form that
 *                                       differs from its stem, once; FTS5
 *                                       holds only the stems (prefix.h)
 *
 * Storage is compact because most of an index is the passage rows.  A
 * source's passages are added together, so their ids are contiguous: a
 * source's passages are ids [first_passage, first_passage + passages), its
 * ordinals are offsets in that range, and no index on source_id is needed.
 * A heading is stored once for the consecutive passages under it: their
 * section is how many ids back the first of them is (NULL: no heading), so
 * a source's section rows lie in its range too and go with it.  line_end
 * and byte_end are derived from the body, exactly the source bytes
 * [byte_start, byte_end): byte_end = byte_start + its length in bytes,
 * line_end = line_start + the newline bytes in it.
 */
#ifndef STORE_H
#define STORE_H

#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>

#include "copies.h"

#define STORE_SCHEMA_VERSION 6
#define STORE_APPLICATION_ID 0x50534731	/* "PSG1" */

/*
 * term_df: the document frequency of every common term, for idf without
 * counting it in the index.
 *
 *   CREATE TABLE term_df(term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID
 *
 * A term is any string FTS5 stores for passages_fts (the stems: since
 * schema 6 the raw forms are in the vocabulary table), whatever the term column
 * of fts5vocab(main, passages_fts, row) lists; its df is the number of
 * passages whose row holds it in any column (fts5vocab's doc column).
 * After every committed indexing run, term_df holds exactly the terms
 * whose df >= STORE_TERM_DF_MIN, each with its exact df, and no other row.
 * So a term found there has the stored df; a term not found has a df below
 * STORE_TERM_DF_MIN, cheap to count with fts5vocab.  The table is written
 * in the run's transaction, so it always goes with the index it describes.
 * An index made before term_df has no such table (readers then count every
 * term); the first indexing run on it adds and fills it, even a run that
 * finds no file changed.
 */
#define STORE_TERM_DF_MIN 256

struct store;

enum store_mode {
	STORE_READ,	/* the file must exist and be a current index */
	STORE_WRITE,	/* created when missing; a foreign file is refused */
	STORE_REBUILD	/* STORE_WRITE for a run that starts over: a damaged
			   index of ours is emptied instead of refused */
};

/*
 * For a program whose SQLite connections are each used by one thread at a
 * time (bin/indexer: every write on one thread, its other thread only
 * tokenizes): SQLite then takes no mutex on each call on a connection and
 * keeps no memory statistics, so no mutex on each allocation either.  An
 * indexing run makes tens of millions of both (5% of its writing thread's
 * instructions).  Call before anything else uses SQLite; returns 0, or -1
 * when SQLite is already initialized (it then runs as before).
 */
int store_one_thread_a_connection(void);

/*
 * Open the index at path.  On failure returns -1, *out is NULL and err
 * holds a one-line message naming path (an empty path, ":memory:" and a
 * directory are refused).  In STORE_WRITE mode an index made
 * with an older schema or another tokenizer opens fine and
 * store_rebuild_reason() says why it must be rebuilt; one from a newer
 * schema is refused in both modes (it is not ours to destroy).  A damaged
 * index (truncated, overwritten) is refused in READ and WRITE modes,
 * unchanged; STORE_REBUILD empties it when its header says it is ours.
 * Writing modes fail at once when the file or its folder is not writable.
 * STORE_READ opens an index on read-only media (no -shm can be created)
 * immutable when it has no pending -wal.
 */
int store_open(const char *path, enum store_mode mode, struct store **out,
    char *err, size_t errlen);
/*
 * The indexer's name in the advice of messages ("rebuild it with: NAME
 * --rebuild ..."): "indexer" (bin/indexer) until set; installed, the
 * programs say "psearch-index".  name is not copied: a string that lives
 * as long as the program, set before any store is opened.
 */
void store_set_indexer_name(const char *name);
void store_close(struct store *s);	/* accepts NULL; rolls back an open run */

/*
 * Set the page cache to at most kib KiB (kib > 0).  A reader's default
 * suits a process answering many queries; a process answering one does
 * better with a small cache, whose pages are reused instead of faulted in.
 * Returns 0, or -1 with err set.
 */
int store_cache_size(struct store *s, int kib, char *err, size_t errlen);

/* The connection, for the search module's queries.  Owned by the store. */
sqlite3 *store_db(struct store *s);

/* NULL when the index is current; else why it has to be rebuilt (static or store-owned). */
const char *store_rebuild_reason(const struct store *s);

/*
 * An indexing run is one write transaction: begin, add and remove sources,
 * then commit.  Until commit, readers see the previous index; a run that
 * fails or is killed leaves it exactly as it was.  store_begin with
 * rebuild != 0 (or when the index needs a rebuild) empties the index first.
 * store_begin waits up to 10 s for another writer's run; past that it
 * fails saying another indexer is writing the index.  It also fails when
 * the path no longer names the file opened (removed meanwhile).
 */
int store_begin(struct store *s, int rebuild, char *err, size_t errlen);
int store_commit(struct store *s, char *err, size_t errlen);
void store_rollback(struct store *s);

/*
 * While a run is open: 1 when it starts the index over (asked for, a new
 * index, or one that has to be rebuilt), else 0.  *why (when why is not
 * NULL) is then the reason the index had to be rebuilt, or NULL (asked
 * for, or new).  store_begin decides this under the write lock, from what
 * the index holds then: a run that waited for another indexer builds on
 * what that one committed.  Outside a run: 0 and NULL.
 */
int store_run_rebuilds(const struct store *s, const char **why);

/*
 * For a program that created the index file for this run and ends without
 * a source in it: any open run is rolled back; then, under the write lock
 * (so that no other writer's run is lost), the file, its -wal and its -shm
 * are removed when the index holds no source.  A writer waiting for the
 * lock then fails in store_begin (the file is gone) instead of writing to
 * a removed file.  Returns 1 removed, 0 kept (it holds sources, another
 * writer holds it, or the path names another file now), -1 with err set.
 * The store stays open (store_close it).
 */
int store_remove_if_empty(struct store *s, char *err, size_t errlen);

/*
 * 1 while a run (store_begin .. commit) adds what an index made by an
 * older version lacks (term_df): such a run is worth committing even when
 * no source changed.
 */
int store_upgrading(const struct store *s);

/*
 * For tests only: the threshold of term_df (default STORE_TERM_DF_MIN) for
 * the runs and checks of this store, so that a small index has common
 * terms.  Every run on an index must use the same value, or term_df no
 * longer means what store.h says.
 */
void store_set_term_df_min(struct store *s, int64_t min);

/*
 * A run that starts the index over (store_run_rebuilds) can fill term_df
 * from counts its caller keeps as it adds the passages, instead of reading
 * FTS5's whole vocabulary at commit (4 s at 500 MB).  The map is the
 * store's, made by store_begin for such a run (NULL for other runs, or
 * when out of memory), valid until the run ends.  The caller feeds it one
 * row a passage (termstats_row(+1), then every term of its title, section
 * and body as FTS5 indexes them: tokenizer_each_term), on any one thread,
 * and adds that passage with terms_counted set.  The store reads the map
 * only at commit: it uses the counts when every passage of the run was
 * counted and the map did not fail (it gives up past STORE_COUNTED_TERMS
 * terms, to bound its memory), and reads the vocabulary otherwise.
 */
struct termstats *store_term_counts(struct store *s);
#define STORE_COUNTED_TERMS 786000	/* at most: 16 MB of slots, about 8 MB of terms */

/*
 * The raw forms (vocabulary) of a run's passages can likewise be kept by
 * the caller as it prepares them, on any one thread, instead of by the
 * tokenizer's raw observer as FTS5 is given each passage (which saw each
 * occurrence again on the writing thread).  The map is the store's, made
 * by store_begin for every run (NULL outside a run), valid until the run
 * ends; the store reads it only at commit.  The caller adds, with
 * store_raw_form_add, every raw form of the passage's title, section and
 * body that a stems-only table hands the raw observer (each distinct one
 * once is enough: tokenizer_report_raw_forms gives them as they are
 * recorded), and adds that passage with raw_counted set: the store then
 * observes none of its raw forms.  If the map fails (out of memory), the
 * commit fails.
 */
struct termstats *store_raw_forms(struct store *s);
/*
 * Add raw[0 .. raw_len), whose stem is stem[0 .. stem_len), to a map of
 * raw forms (store_raw_forms).  0, or -1 when out of memory
 * (termstats_add).
 */
int store_raw_form_add(struct termstats *raw_forms, const char *raw, size_t raw_len,
    const char *stem, size_t stem_len);

struct store_source {
	int64_t id;		/* 0: not in the index */
	int64_t size, mtime_ns;
	uint64_t hash;
	char title[512];	/* as indexed */
	char publisher[512];	/* as indexed; "" when none */
	char author[512], date[128], url[2048];	/* as indexed; "" when none */
};

/* Look a source up by path; out->id is 0 when it is not there.  0 or -1. */
int store_source_find(struct store *s, const char *path,
    struct store_source *out, char *err, size_t errlen);

/* Mark a source as seen in this run (see store_remove_unseen). */
int store_source_seen(struct store *s, int64_t id, char *err, size_t errlen);

/* Record a new mtime for a source whose content did not change. */
int store_source_touch(struct store *s, int64_t id, int64_t mtime_ns,
    char *err, size_t errlen);

/*
 * Start (re)indexing the source at path: its old passages, if any, are
 * removed, and its row is written with the new facts.  Sets *id.  The
 * passages follow with store_passage_add, then store_source_finish; one
 * source at a time (its passage ids must be contiguous): a put while
 * another source is unfinished fails, and so does a commit.
 */
struct store_source_info {
	const char *path, *title, *publisher, *format;
	const char *author, *date, *url;	/* citation facts; NULL or "" when not known */
	int64_t size, mtime_ns;
	uint64_t hash;
};
int store_source_put(struct store *s, const struct store_source_info *info,
    int64_t *id, char *err, size_t errlen);

struct store_passage {
	size_t ordinal;		/* must be the count of passages added before it */
	const char *section;	/* section_len bytes; "" (0 bytes) when none */
	size_t section_len;
	size_t line_start, line_end, byte_start, byte_end;
	const char *body;	/* body_len bytes: the source bytes of [byte_start, byte_end) */
	size_t body_len;
	/*
	 * extracted: body is text taken out of the file (HTML without its
	 * tags, a PDF's text), so byte_end and line_end are stored as given;
	 * page: a PDF page from 1, line_start and line_end counted on it (0:
	 * no page).  Either one adds a passage_places row.
	 */
	int extracted;
	size_t page;
	/*
	 * The body's copy sketch (copies.h), when the caller made it:
	 * sketched 1 with band[] its keys, -1 when the body gets none
	 * (COPIES_SKETCHED); 0 leaves the sketching to the store.
	 */
	int sketched;
	uint32_t band[COPIES_BANDS];
	int terms_counted;	/* its terms are in store_term_counts (see there) */
	int raw_counted;	/* its raw forms are in store_raw_forms (see there) */
};

/*
 * Add the next passage of the source being put (source_id, title as put).
 * A passage whose ordinal, line or byte range does not fit is refused, as
 * the stored form derives them: the ordinal must follow the last one,
 * byte_end - byte_start must be body_len, and line_end - line_start the
 * number of '\n' bytes in the body.  0 or -1.
 */
int store_passage_add(struct store *s, int64_t source_id, const char *title,
    const struct store_passage *p, char *err, size_t errlen);

/* Close the source being put; passages must be the number added.  0 or -1. */
int store_source_finish(struct store *s, int64_t id, size_t passages,
    char *err, size_t errlen);

/* Remove a source, its passages and their sections. */
int store_source_remove(struct store *s, int64_t id, char *err, size_t errlen);

/*
 * Call cb for each source not marked seen in this run; the callback decides
 * (by path) and returns 1 to remove it, 0 to keep it, -1 to stop with an
 * error.  *removed counts removals.
 */
typedef int (*store_unseen_callback)(void *ctx, const char *path);
int store_remove_unseen(struct store *s, store_unseen_callback cb, void *ctx,
    size_t *removed, char *err, size_t errlen);

/* Counts for summaries: sources and passages in the index. */
int store_counts(struct store *s, int64_t *sources, int64_t *passages);

/*
 * Needs an index opened with STORE_WRITE (FTS5's check is written as an
 * INSERT); nothing is changed.  Verify the index alone: schema and
 * tokenizer versions, SQLite quick_check, FTS5 integrity-check against its
 * content, every passage inside its source's recorded size, each source's
 * passages exactly the id range it records, and every section used by the
 * passages of one source only, and term_df exactly the terms of FTS5's
 * vocabulary with df >= the threshold (when the table is there).
 * Returns 0 when consistent; -1 with the first problem in err.
 */
int store_check(struct store *s, char *err, size_t errlen);

/* Call cb for every source (for the stale-file report). 0, cb's value, or -1. */
typedef int (*store_source_callback)(void *ctx, const char *path, int64_t size,
    int64_t mtime_ns, uint64_t hash);
int store_each_source(struct store *s, store_source_callback cb, void *ctx,
    char *err, size_t errlen);

/* A meta value as a malloc'd string (NULL when absent). */
char *store_meta(struct store *s, const char *key);

/*
 * Set a meta value in the open run (written with it, or not at all).
 * Keys of this program's own (schema_version, tokenizer, ...) are not for
 * callers; a caller's keys should have a prefix of their own.  0 or -1.
 */
int store_meta_set(struct store *s, const char *key, const char *value, char *err,
    size_t errlen);

#endif
