/*
 * walk.h: walking the paths given to the indexer.
 *
 * Owns recursion into directories: entries in byte order of their names,
 * a directory's files before its subdirectories (so per-directory metadata
 * is read once), hidden entries skipped inside directories, symbolic links
 * followed with loops detected against the chain of parent directories.
 * Reports problems through a callback; never prints.
 */
#ifndef WALK_H
#define WALK_H

#include <sys/stat.h>

/* A regular file: path as given plus "/name" parts.  Return 0 to go on, -1 to stop. */
typedef int (*walk_file_callback)(void *ctx, const char *path, const struct stat *st);
/* A path that could not be walked (missing, unreadable, loop): message for the user. */
typedef void (*walk_problem_callback)(void *ctx, const char *path, const char *what);

/*
 * Walk root (a file or a directory).  Returns 0, or -1 when a callback
 * stopped the walk.  Problems do not stop the walk; they are reported.
 */
int walk_path(const char *root, walk_file_callback on_file,
    walk_problem_callback on_problem, void *ctx);

#endif
