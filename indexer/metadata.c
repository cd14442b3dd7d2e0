/*
 * metadata.c: reading a folder's metadata.tsv (see metadata.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metadata.h"
#include "util.h"

void metadata_free(struct metadata *md)
{
	for (size_t i = 0; i < md->n; i++) {
		free(md->entries[i].file);
		free(md->entries[i].title);
		free(md->entries[i].publisher);
	}
	free(md->entries);
	free(md->dir);
	memset(md, 0, sizeof *md);
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
	while (getline(&line, &cap, f) > 0) {
		line[strcspn(line, "\r\n")] = 0;
		if (line[0] == '#' || line[0] == 0)
			continue;
		char *file = line, *title = strchr(line, '\t'), *publisher = NULL;
		if (title == NULL)
			continue;
		*title++ = 0;
		if ((publisher = strchr(title, '\t')) != NULL)
			*publisher++ = 0;
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
		e->file = strdup(file);
		e->title = field_dup(title);
		e->publisher = field_dup(publisher);
		if (e->file == NULL || e->title == NULL) {
			free(e->file);
			free(e->title);
			free(e->publisher);
			continue;
		}
		md->n++;
	}
	if (rc == 0 && ferror(f))
		rc = util_error(err, errlen, "%s: read error", path);
	fclose(f);
	free(line);
	free(path);
	return rc;
}

const struct metadata_entry *metadata_find(const struct metadata *md, const char *file)
{
	for (size_t i = 0; i < md->n; i++)
		if (strcmp(md->entries[i].file, file) == 0)
			return &md->entries[i];
	return NULL;
}
