/*
 * export.h: an index's passages for a distributed search engine.
 *
 * This module writes what OpenSearch and Elasticsearch load: the bulk
 * API's NDJSON for every passage of an index (an action line naming the
 * target index and the passage's id, then the passage as a document with
 * every attribution field bin/query --json gives, under the same names),
 * and the target index's settings and mapping, whose analyzer mirrors the
 * snowball tokenizer (tokenizer.h) as far as those engines can.  Every
 * JSON text is made by SQLite's JSON functions.  It only reads the index,
 * writes to the FILE * it is given, and never prints to anything else,
 * opens files or exits.
 *
 * A document (one line, keys in this order):
 *   source     the source's path as indexed
 *   title, section
 *   passage    its number in the source, from 1
 *   line_start, line_end, byte_start, byte_end, page    as in bin/query
 *   author, date, publisher, url    null when not known
 *   format     text, markdown, html or pdf
 *   text       the passage
 * Invalid UTF-8 in any text is replaced by U+FFFD, so every line is JSON.
 */
#ifndef EXPORT_H
#define EXPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sqlite3.h>

#define EXPORT_INDEX_DEFAULT "psearch"

/* Bytes an id takes, with its NUL: 16 hex digits, two '-' and two numbers. */
#define EXPORT_ID_SIZE 64

/* What export_bulk returns besides 0. */
#define EXPORT_EREAD (-1)	/* the index could not be read; err says why */
#define EXPORT_EWRITE (-2)	/* a write to f failed; err holds strerror */

/*
 * 0 when name is an index name both engines accept (1 to 255 bytes of
 * lowercase letters, digits and "-_.+", not starting with "-_+", not "."
 * or ".."); else -1 with err saying what is wrong, without the name.
 */
int export_index_name_check(const char *name, char *err, size_t errlen);

/*
 * The id of the passage at bytes [byte_start, byte_end) of the source
 * path[0 .. path_len): "HHHHHHHHHHHHHHHH-START-END", H the 64-bit FNV-1a
 * of the path (util.h) in lowercase hex.  The same passage of the same
 * file keeps its id across exports, re-indexing and --rebuild (row ids
 * do not enter it); a passage whose bytes moved gets another.  Writes
 * at most EXPORT_ID_SIZE bytes with the NUL to out.
 */
void export_passage_id(const char *path, size_t path_len, int64_t byte_start,
    int64_t byte_end, char out[EXPORT_ID_SIZE]);

struct export_counts {
	int64_t passages;	/* documents written */
	int64_t sources;	/* sources they came from */
	uint64_t bytes;		/* bytes written to f */
};

/*
 * Write the bulk NDJSON of every passage of the index on db (a connection
 * of store.h, read only is enough) to f, in passage id order:
 *   {"index":{"_index":"NAME","_id":"ID"}}
 *   {"source":...,"text":...}
 * each line ending in '\n'.  The passages are read in one statement, so
 * the export is one snapshot of the index even while an indexer commits.
 * index_name must pass export_index_name_check.  counts (may be NULL) is
 * filled also on failure, with what was written.  Returns 0,
 * EXPORT_EREAD or EXPORT_EWRITE (f is flushed before 0 is returned);
 * err then holds a message to prefix with the index's or the file's name.
 */
int export_bulk(sqlite3 *db, const char *index_name, FILE *f,
    struct export_counts *counts, char *err, size_t errlen);

/*
 * Write the settings and mapping to create the target index with (PUT
 * /NAME with this body) to f, as one JSON object and a newline: the
 * analyzer "psearch" (apostrophe forms folded to "'", the standard
 * tokenizer, possessive "'s" dropped, lowercase, ASCII folding of
 * diacritics, Snowball English; no stop words, as the index keeps them),
 * "psearch_exact" (the same without stemming, for prefix queries, as the
 * index keeps the unstemmed forms), BM25 with the k1 and b of rank.h, and
 * a property for every field of a document.  Needs no index.  Returns 0,
 * EXPORT_EREAD (SQLite failed: out of memory) or EXPORT_EWRITE.
 */
int export_mapping(FILE *f, char *err, size_t errlen);

#endif
