/*
 * export_run.h: bin/indexer --export-bulk and --export-mapping.
 *
 * Owns the program's side of an export (lib/export.h does the work): the
 * files it writes (standard output for "-"; a regular file is written
 * beside it and renamed over it only when complete, so a failed export
 * leaves no half file and the old one stands; a device such as /dev/full
 * is written in place), one line on stderr for each failure naming the
 * file, index or argument, the summary, and the exit status.
 */
#ifndef EXPORT_RUN_H
#define EXPORT_RUN_H

struct export_request {
	const char *db_path;		/* the index to export */
	const char *bulk_path;		/* NULL: no bulk file; "-": standard output */
	const char *mapping_path;	/* NULL: no mapping; "-": standard output */
	const char *index_name;		/* NULL: EXPORT_INDEX_DEFAULT */
	int quiet;			/* no summary line */
};

/*
 * Write what req asks for: the mapping first (it needs no index), then
 * the bulk file.  Returns the exit status: 0, or 2 after one line on
 * stderr.  When standard output was written, it has been closed and
 * checked: the caller must not use it again.
 */
int export_run(const struct export_request *req);

#endif
