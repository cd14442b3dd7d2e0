/*
 * copies.h: passages that are near-duplicates across sources.
 *
 * This module owns copy detection: a MinHash sketch of each passage (the
 * set of its 4-word shingles, one-permutation hashing into 10 bins, cut
 * into 5 bands of 2), stored in the index as one 32-bit key a band, and,
 * at query time, the passages of other sources that share a band key and
 * whose shingle sets really are alike (Jaccard >= 0.5 and at least 8
 * shingles shared, counted exactly from the stored bodies).  The copies of
 * a passage are derived from what the index holds now, so they stay right
 * whatever an incremental run adds, changes or removes.  It never prints
 * or exits.
 *
 *   CREATE TABLE copy_band(bucket INTEGER PRIMARY KEY, entries BLOB NOT NULL)
 *
 * A row holds the entries of one band whose keys share their top 13 bits
 * (bucket = band << 13 | key >> 19), sorted by key, then passage id: each
 * entry two varints (7 bits a byte, low bits first), the key's rise over
 * the entry before (the first: over the bucket's lowest key), then the
 * passage id, or the id's rise when the key did not rise (schema 5; 8
 * bytes an entry in schema 4).  A passage's keys are not stored beside
 * it: they are made again from its body when they are needed (to look up
 * its copies, to delete them with it).
 *
 * A passage of fewer than COPIES_MIN_SHARED shingles (11 words) has no
 * sketch: it shares fewer than that with any other, so it is never a copy.
 */
#ifndef COPIES_H
#define COPIES_H

#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>

#define COPIES_SHINGLE 4	/* words a shingle */
#define COPIES_BANDS 5
#define COPIES_ROWS 2		/* bins a band */
#define COPIES_MIN_JACCARD 0.5	/* shingle sets at least this alike are copies, */
#define COPIES_MIN_SHARED 8	/* sharing at least this many shingles: two 10-word
				   entries alike but for their headword are not copies */

/*
 * The band keys of text[0 .. len) into band[].  Returns the number of
 * shingles seen (0: fewer than COPIES_SHINGLE words; band[] is then
 * unset).  Words are runs of ASCII letters and digits and non-ASCII
 * characters, ASCII lowered; punctuation (also typographic: U+2000 ..
 * U+206F) and whitespace only separate them.  Pure.
 */
size_t copies_sketch(const char *text, size_t len, uint32_t band[COPIES_BANDS]);

/*
 * 1 when a passage of this many shingles (copies_sketch's count) gets a
 * sketch.  One of fewer could never be reported as a copy nor have one
 * (COPIES_MIN_SHARED), so its sketch is not stored: 9% of the passages of
 * the bench corpus.
 */
#define COPIES_SKETCHED(shingles) ((shingles) >= COPIES_MIN_SHARED)

/*
 * Jaccard similarity of the 4-word shingle sets of a and b (0 when either
 * has none).  Returns -1 when out of memory.  Pure.
 */
double copies_similarity(const char *a, size_t alen, const char *b, size_t blen);

/* ---- the indexer's side (called by store.c inside a run) ---- */

struct copies_writer;

/*
 * Prepare a run on db (inside its transaction).  rebuilding: the index was
 * emptied, so copy_band is made afresh.  The run's entries are kept in
 * memory, 2 M at most (16 MB); each 2 M are set aside, sorted, in a
 * scratch database of the writer's own (a temporary file SQLite deletes
 * when it is closed: never part of the index, gone with a killed run),
 * and copies_commit merges them all into copy_band at once, a bucket at a
 * time, each row read and written once.  An index without copy_band gets
 * it here and a sketch of every passage it holds; *upgraded is then 1
 * (else 0).  Schema 3's copy_sketch is dropped.  0, or -1 with err.
 */
int copies_begin(sqlite3 *db, int rebuilding, struct copies_writer **out, int *upgraded,
    char *err, size_t errlen);
/* The sketch of passage id (body: body_len bytes).  0 or -1 with err. */
int copies_add(struct copies_writer *w, int64_t id, const char *body, size_t body_len,
    char *err, size_t errlen);
/*
 * The same for a sketch already made (copies_sketch of the body returned
 * a count COPIES_SKETCHED takes, band[] its keys): the indexer sketches
 * passages on its preparing thread.  0 or -1 with err.
 */
int copies_add_sketch(struct copies_writer *w, int64_t id, const uint32_t band[COPIES_BANDS],
    char *err, size_t errlen);
/*
 * Forget the sketches of source_id's passages: called before they are
 * deleted, since their keys are made again from their bodies.  0 or -1.
 */
int copies_remove_source(struct copies_writer *w, int64_t source_id, char *err, size_t errlen);
/*
 * Before the run commits: the run's entries into copy_band.  0 or -1.  The
 * writer can go on to another run on the same transaction's db after.
 */
int copies_commit(struct copies_writer *w, char *err, size_t errlen);
/*
 * For tests: set the entries aside whenever this many are in memory
 * (default 2 M; 0 counts as 1), so that a few passages make many batches.
 */
void copies_set_window(struct copies_writer *w, size_t entries);
void copies_end(struct copies_writer *w);	/* accepts NULL */

/*
 * For store_check: copy_band holds exactly the sketches of the passages
 * there are (made again from every body: 8 bytes of memory a band a
 * passage).  0, or -1 with err naming the first passage whose sketch is
 * missing, stale or left behind (an index without the table passes).
 */
int copies_check(sqlite3 *db, char *err, size_t errlen);

/* ---- the reader's side ---- */

/* One copy: the most alike passage of another source. */
struct copies_item {
	int64_t passage_id, source_id;
	char *source;		/* path as indexed */
	int64_t line_start, line_end, byte_start, byte_end;
	double similarity;	/* Jaccard of the shingle sets, 0.5 .. 1 */
	int64_t page;		/* a PDF passage's page, its lines counting on it; 0: none */
};

struct copies_list {
	struct copies_item *items;	/* by source id: the earliest indexed first */
	size_t n;
	int64_t source_id;	/* the passage's own source (0: not found) */
};

/*
 * The copies of passage_id in other sources, one a source (its most alike
 * passage).  An index without sketches gives none.  0, or -1 with err.
 * Free with copies_list_free (also after a failure).
 */
int copies_find(sqlite3 *db, int64_t passage_id, struct copies_list *out, char *err,
    size_t errlen);

/*
 * The reader's statements on db, prepared once, for many look-ups (a row
 * of every result): copies_reader_find and copies_reader_original give
 * what copies_find and copies_original give.  Open: 0 with *out, or -1
 * with err.  The reader holds no transaction between look-ups.
 */
struct copies_reader;
int copies_reader_open(sqlite3 *db, struct copies_reader **out, char *err, size_t errlen);
void copies_reader_close(struct copies_reader *r);	/* accepts NULL */
int copies_reader_find(struct copies_reader *r, int64_t passage_id, struct copies_list *out,
    char *err, size_t errlen);
int copies_reader_original(struct copies_reader *r, int64_t passage_id,
    struct copies_item *out, int *self, char *err, size_t errlen);
void copies_list_free(struct copies_list *l);	/* accepts NULL */

/*
 * What copies_original gives, from a list copies_reader_find made: a
 * caller that needs both a row's original and its copies looks it up
 * once.  0, or -1 when out of memory.
 */
int copies_list_original(const struct copies_list *l, struct copies_item *out, int *self);

/*
 * The original of passage_id's copies: of it and its copies, the passage
 * of the earliest-indexed source (the lowest source id; sources keep
 * their id when re-indexed).  *self is 1 when that is passage_id itself
 * (also when it has no copies; *out is then zeroed), else 0 with *out
 * filled (free out->source).  0, or -1 with err.
 */
int copies_original(sqlite3 *db, int64_t passage_id, struct copies_item *out, int *self,
    char *err, size_t errlen);

/*
 * Every passage that has copies, in id order: cb gets its id, source,
 * lines, bytes and page (0: not a PDF) and its copies (valid during the call); cb returns 0 to
 * go on, anything else to stop (returned).  Looks up every passage: on a big
 * index this takes minutes.  0, cb's value, or -1 with err.
 */
typedef int (*copies_callback)(void *ctx, int64_t passage_id, const char *source,
    int64_t line_start, int64_t line_end, int64_t byte_start, int64_t byte_end, int64_t page,
    const struct copies_list *copies);
int copies_each(sqlite3 *db, copies_callback cb, void *ctx, char *err, size_t errlen);

/*
 * The copies of passage_id as a JSON array of objects source, line_start,
 * line_end, byte_start, byte_end, similarity (built with SQLite's JSON
 * functions on db); malloc'd, "[]" when none.  NULL on error.
 */
char *copies_json(sqlite3 *db, int64_t passage_id);
char *copies_list_json(struct copies_reader *r, const struct copies_list *l);	/* of l, on r */

#endif
