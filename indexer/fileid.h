/*
 * fileid.h: files known by device and inode, for the indexer.
 *
 * One file can be reached under several names: "corpus/a.txt",
 * "./corpus/a.txt", "/home/me/corpus/a.txt", a symbolic link, a hard
 * link.  The indexer keeps one source per file, so it records the name
 * under which each file (device, inode) was first seen, here.  A table
 * of names keyed by (device, inode); it never prints and never touches
 * the index.
 */
#ifndef FILEID_H
#define FILEID_H

#include <stddef.h>
#include <sys/types.h>

struct fileids;

/* An empty table, or NULL when out of memory. */
struct fileids *fileids_new(void);
void fileids_free(struct fileids *t);	/* accepts NULL */

/*
 * Record path (copied) for (dev, ino) unless it has a name already.
 * Returns 1 when recorded, 0 when (dev, ino) had a name (*first, when
 * first is not NULL: that name, owned by the table and valid until the
 * next fileids_add), -1 out of memory.
 */
int fileids_add(struct fileids *t, dev_t dev, ino_t ino, const char *path,
    const char **first);

/* The name recorded for (dev, ino), or NULL; valid until the next fileids_add. */
const char *fileids_find(const struct fileids *t, dev_t dev, ino_t ino);

#endif
