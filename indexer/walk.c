/*
 * walk.c: recursive directory walk for the indexer (see walk.h).
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "walk.h"

struct ancestor {
	dev_t dev;
	ino_t ino;
	const struct ancestor *up;
};

struct walk {
	walk_file_callback on_file;
	walk_problem_callback on_problem;
	void *ctx;
};

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join(const char *dir, const char *name)
{
	size_t dl = strlen(dir), nl = strlen(name);
	char *p = malloc(dl + nl + 2);
	if (p == NULL)
		return NULL;
	memcpy(p, dir, dl);
	p[dl] = '/';
	memcpy(p + dl + 1, name, nl + 1);
	return p;
}

static int walk_dir(struct walk *w, const char *path, const struct stat *st,
    const struct ancestor *up);

static int visit(struct walk *w, const char *path, const struct ancestor *up,
    int only_files)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		if (only_files >= 0)	/* reported once, in the files pass */
			w->on_problem(w->ctx, path, strerror(errno));
		return 0;
	}
	if (S_ISDIR(st.st_mode))
		return only_files > 0 ? 0 : walk_dir(w, path, &st, up);
	if (only_files < 0)
		return 0;
	if (!S_ISREG(st.st_mode)) {
		w->on_problem(w->ctx, path, "not a regular file");
		return 0;
	}
	return w->on_file(w->ctx, path, &st);
}

static int walk_dir(struct walk *w, const char *path, const struct stat *st,
    const struct ancestor *up)
{
	for (const struct ancestor *a = up; a; a = a->up) {
		if (a->dev == st->st_dev && a->ino == st->st_ino) {
			w->on_problem(w->ctx, path, "directory loop (symbolic link to a parent), not followed");
			return 0;
		}
	}
	struct ancestor self = { st->st_dev, st->st_ino, up };
	DIR *d = opendir(path);
	if (d == NULL) {
		w->on_problem(w->ctx, path, strerror(errno));
		return 0;
	}
	/*
	 * The names, one after another in one buffer: a folder's listing is
	 * kept while its files are indexed, and one of 157,000 files took
	 * 7 MB as a block a name, 3 MB so (docs/scale.md).
	 */
	char **names = NULL, *buf = NULL;
	size_t n = 0, used = 0, size = 0;
	struct dirent *e;
	int rc = 0;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;	/* ".", "..", and hidden files, as rg and find -name 'x' users expect */
		size_t len = strlen(e->d_name) + 1;
		if (size - used < len) {
			size_t want = size ? size : 1024;
			while (want - used < len)
				want *= 2;
			char *p = realloc(buf, want);
			if (p == NULL) {
				rc = -1;
				break;
			}
			buf = p;
			size = want;
		}
		memcpy(buf + used, e->d_name, len);
		used += len;
		n++;
	}
	closedir(d);
	if (rc == 0 && n > 0 && (names = malloc(n * sizeof *names)) == NULL)
		rc = -1;
	for (size_t i = 0, at = 0; rc == 0 && i < n; i++) {
		names[i] = buf + at;
		at += strlen(buf + at) + 1;
	}
	if (rc != 0)
		w->on_problem(w->ctx, path, "out of memory");
	if (rc == 0 && n > 1)	/* an empty folder has no array: qsort(NULL, 0) is undefined */
		qsort(names, n, sizeof *names, by_name);
	/* files first (only_files = 1), then subdirectories (only_files = -1) */
	for (int pass = 1; rc == 0 && pass >= -1; pass -= 2) {
		for (size_t i = 0; rc == 0 && i < n; i++) {
			char *child = join(path, names[i]);
			if (child == NULL) {
				w->on_problem(w->ctx, path, "out of memory");
				rc = -1;
				break;
			}
			rc = visit(w, child, &self, pass);
			free(child);
		}
	}
	free(names);
	free(buf);
	return rc;
}

int walk_path(const char *root, walk_file_callback on_file,
    walk_problem_callback on_problem, void *ctx)
{
	struct walk w = { on_file, on_problem, ctx };
	return visit(&w, root, NULL, 0);
}
