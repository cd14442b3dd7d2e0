/*
 * tempdir.h: removing a test's temporary folder (made with mkdtemp) and
 * the files in it, for the unit tests that keep index files on disk.
 */
#ifndef TEMPDIR_H
#define TEMPDIR_H

#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Unlink every file in dir, then dir itself: rmdir's result. */
static inline int tempdir_remove(const char *dir)
{
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *e;
		char path[512];
		while ((e = readdir(d)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
			unlink(path);
		}
		closedir(d);
	}
	return rmdir(dir);
}

#endif
