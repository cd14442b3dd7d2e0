/*
 * metadata.h: titles and publishers from a corpus folder's metadata file.
 *
 * A folder may hold METADATA_FILE, a UTF-8 TSV with one line per article:
 * file name, title, and optionally the publisher; lines starting with '#'
 * are comments.  A first line that names its columns ("file", "title",
 * "publisher", "author", "date", "url", in any order, other names ignored)
 * says which field is which: then an empty field means "not known" (an
 * empty title: the document's own).  A file without that line is read as
 * it always was.  This module reads and looks up that file; it never prints:
 * lines it cannot use are kept as problems for the caller to report.
 */
#ifndef METADATA_H
#define METADATA_H

#include <stddef.h>

#define METADATA_FILE "metadata.tsv"

enum { MD_FILE, MD_TITLE, MD_PUBLISHER, MD_AUTHOR, MD_DATE, MD_URL, MD_FIELDS };

struct metadata_entry {
	char *file, *title, *publisher;	/* title (with a header line) and publisher may be NULL */
	char *author, *date, *url;	/* NULL when not given */
	size_t line;			/* in the file, from 1 */
};

/* At most this many problems are kept; nproblems counts them all. */
#define METADATA_MAX_PROBLEMS 4

struct metadata {
	char *dir;			/* folder the entries belong to */
	struct metadata_entry *entries;
	size_t n;
	/*
	 * Lines ignored: no tab after the file name, a file named twice (the
	 * first line is used), a name with a '/' (entries name files in this
	 * folder only), an empty title.  "LINE: what" for the first few.
	 */
	char *problems[METADATA_MAX_PROBLEMS];
	size_t nproblems;
};

/*
 * Load dir/METADATA_FILE into md (replacing what it held).  A missing file
 * is no error (md ends up empty); nor are lines it cannot use (problems).
 * Returns 0, or -1 with err set when the file exists but cannot be read.
 */
int metadata_load(struct metadata *md, const char *dir, char *err, size_t errlen);
/* The entry for a file name in md's folder, or NULL. */
const struct metadata_entry *metadata_find(const struct metadata *md, const char *file);
void metadata_free(struct metadata *md);

#endif
