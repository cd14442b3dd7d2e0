/*
 * metadata.c: reading a folder's metadata.tsv (see metadata.h).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "metadata.h"
#include "util.h"

static void entry_free(struct metadata_entry *e)
{
	free(e->file);
	free(e->title);
	free(e->publisher);
	free(e->author);
	free(e->date);
	free(e->url);
}

void metadata_free(struct metadata *md)
{
	for (size_t i = 0; i < md->n; i++)
		entry_free(&md->entries[i]);
	free(md->entries);
	free(md->dir);
	for (size_t i = 0; i < md->nproblems && i < METADATA_MAX_PROBLEMS; i++)
		free(md->problems[i]);
	memset(md, 0, sizeof *md);
}

/* Keep "LINE: what" (a failed strdup only loses the text, never the count). */
static void problem(struct metadata *md, size_t line, const char *fmt, ...)
{
	if (md->nproblems < METADATA_MAX_PROBLEMS) {
		char msg[512];
		va_list ap;
		int n = snprintf(msg, sizeof msg, "%zu: ", line);
		va_start(ap, fmt);
		vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
		va_end(ap);
		md->problems[md->nproblems] = strdup(msg);
	}
	md->nproblems++;
}

static int by_file_then_line(const void *a, const void *b)
{
	const struct metadata_entry *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Sorted by file name for metadata_find; a file's first line wins. */
static void drop_duplicates(struct metadata *md)
{
	size_t kept = 0;
	if (md->n > 1)
		qsort(md->entries, md->n, sizeof *md->entries, by_file_then_line);
	for (size_t i = 0; i < md->n; i++) {
		struct metadata_entry *e = &md->entries[i];
		if (kept > 0 && strcmp(md->entries[kept - 1].file, e->file) == 0) {
			problem(md, e->line, "a second entry for '%.200s' (line %zu is used), "
			    "ignored", e->file, md->entries[kept - 1].line);
			entry_free(e);
			continue;
		}
		md->entries[kept++] = *e;
	}
	md->n = kept;
}

static char *field_dup(const char *s)
{
	return (s && *s) ? strdup(s) : NULL;
}

int metadata_load(struct metadata *md, const char *dir, char *err, size_t errlen)
{
	char *path = NULL, *line = NULL;
	size_t cap = 0, alloc = 0;
	FILE *f;
	int rc = 0;

	metadata_free(md);
	if ((md->dir = strdup(dir)) == NULL ||
	    (path = malloc(strlen(dir) + sizeof METADATA_FILE + 1)) == NULL)
		return util_error(err, errlen, "out of memory");
	sprintf(path, "%s/%s", dir, METADATA_FILE);
	f = fopen(path, "r");
	if (f == NULL) {
		if (errno != ENOENT)
			rc = util_error(err, errlen, "%s: %s", path, strerror(errno));
		free(path);
		return rc;
	}
	size_t lineno = 0;
	/* which field each column holds: the old three, or as a header line names them */
	int columns[16] = { MD_FILE, MD_TITLE, MD_PUBLISHER, -1, -1, -1, -1, -1, -1, -1, -1,
	    -1, -1, -1, -1, -1 };
	int header = 0, seen_line = 0;
	while (getline(&line, &cap, f) > 0) {
		lineno++;
		line[strcspn(line, "\r\n")] = 0;
		if (line[0] == '#' || line[0] == 0)
			continue;
		char *field[MD_FIELDS] = { 0 }, *cols[16], *col = line;
		int ncols = 0;
		while (col && ncols < 16) {
			char *tab = strchr(col, '\t');
			if (tab)
				*tab = 0;
			cols[ncols++] = col;
			col = tab ? tab + 1 : NULL;
		}
		if (!seen_line++ && strcasecmp(cols[0], "file") == 0) {
			/* the header line: the names of the columns */
			static const char *const names[MD_FIELDS] = { "file", "title", "publisher",
			    "author", "date", "url" };
			header = 1;
			for (int c = 0; c < 16; c++) {
				columns[c] = -1;
				for (int k = 0; c < ncols && k < MD_FIELDS; k++)
					if (strcasecmp(cols[c], names[k]) == 0)
						columns[c] = k;
			}
			continue;
		}
		for (int c = 0; c < ncols; c++)
			if (columns[c] >= 0)
				field[columns[c]] = cols[c];
		char *file = field[MD_FILE], *title = field[MD_TITLE];
		char *publisher = field[MD_PUBLISHER];
		if (file == NULL || (!header && title == NULL)) {
			problem(md, lineno, "no tab between file name and title, line ignored");
			continue;
		}
		if (strchr(file, '/') != NULL) {
			problem(md, lineno, "'%.200s' is not a file of this folder (an entry "
			    "names a file beside the metadata file), ignored", file);
			continue;
		}
		if (!header && *title == 0) {
			problem(md, lineno, "no title for '%.200s', line ignored", file);
			continue;
		}

		if (md->n == alloc) {
			struct metadata_entry *p = realloc(md->entries,
			    (alloc = alloc ? alloc * 2 : 16) * sizeof *p);
			if (p == NULL) {
				rc = util_error(err, errlen, "out of memory");
				break;
			}
			md->entries = p;
		}
		struct metadata_entry *e = &md->entries[md->n];
		e->line = lineno;
		e->file = strdup(file);
		e->title = field_dup(title);
		e->publisher = field_dup(publisher);
		e->author = field_dup(field[MD_AUTHOR]);
		e->date = field_dup(field[MD_DATE]);
		e->url = field_dup(field[MD_URL]);
		if (e->file == NULL || (e->title == NULL && title && *title)) {
			entry_free(e);
			continue;
		}
		md->n++;
	}
	if (rc == 0 && ferror(f))
		rc = util_error(err, errlen, "%s: read error", path);
	if (rc == 0)
		drop_duplicates(md);
	fclose(f);
	free(line);
	free(path);
	return rc;
}

static int by_file(const void *key, const void *entry)
{
	return strcmp(key, ((const struct metadata_entry *)entry)->file);
}

const struct metadata_entry *metadata_find(const struct metadata *md, const char *file)
{
	if (md->n == 0)
		return NULL;
	return bsearch(file, md->entries, md->n, sizeof *md->entries, by_file);
}
