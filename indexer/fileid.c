/*
 * fileid.c: names keyed by (device, inode) (see fileid.h).  Open
 * addressing with linear probing, doubled past three quarters full.
 *
 * A run keeps one entry for every file it walks, so the table is sized for
 * many: a slot is 16 bytes (the inode, the device as an index into the few
 * devices seen, the name's place), and the names are kept one after another
 * in one buffer, not a malloc'd block each.  At 157,000 files (a 2 GB
 * corpus) that is 4 MB of slots and 5 MB of names, where 24-byte slots
 * doubled at half full and a block a name took 20 MB (docs/scale.md).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fileid.h"

struct slot {
	uint64_t ino;
	uint32_t dev;		/* index into devs[] */
	uint32_t name;		/* the name's place in names[] plus 1; 0: empty slot */
};

struct fileids {
	struct slot *slots;
	size_t cap, n;		/* cap: a power of two */
	dev_t *devs;		/* the devices seen, in order */
	size_t ndevs, devs_cap;
	char *names;		/* NUL-terminated names, one after another */
	size_t used, size;	/* bytes of names[] */
};

struct fileids *fileids_new(void)
{
	struct fileids *t = calloc(1, sizeof *t);
	if (t && (t->slots = calloc(t->cap = 64, sizeof *t->slots)) == NULL) {
		free(t);
		return NULL;
	}
	return t;
}

void fileids_free(struct fileids *t)
{
	if (t == NULL)
		return;
	free(t->slots);
	free(t->devs);
	free(t->names);
	free(t);
}

/* The index of dev in t->devs, or t->ndevs when it is not there. */
static size_t dev_index(const struct fileids *t, dev_t dev)
{
	size_t i = t->ndevs;
	/* the newest first: a walk stays on one device for long */
	while (i > 0 && t->devs[i - 1] != dev)
		i--;
	return i > 0 ? i - 1 : t->ndevs;
}

static size_t slot_of(const struct slot *slots, size_t cap, uint32_t dev, uint64_t ino)
{
	uint64_t h = (ino * 0x9e3779b97f4a7c15u) ^ ((uint64_t)dev * 0xc2b2ae3d27d4eb4fu);
	size_t i = (size_t)(h ^ (h >> 29)) & (cap - 1);
	while (slots[i].name && (slots[i].dev != dev || slots[i].ino != ino))
		i = (i + 1) & (cap - 1);
	return i;
}

const char *fileids_find(const struct fileids *t, dev_t dev, ino_t ino)
{
	size_t d = dev_index(t, dev);
	if (d == t->ndevs)
		return NULL;
	const struct slot *s = &t->slots[slot_of(t->slots, t->cap, (uint32_t)d, (uint64_t)ino)];
	return s->name ? t->names + s->name - 1 : NULL;
}

static int grow(struct fileids *t)
{
	size_t cap = t->cap * 2;
	struct slot *slots = calloc(cap, sizeof *slots);
	if (slots == NULL)
		return -1;
	for (size_t i = 0; i < t->cap; i++)
		if (t->slots[i].name)
			slots[slot_of(slots, cap, t->slots[i].dev, t->slots[i].ino)] = t->slots[i];
	free(t->slots);
	t->slots = slots;
	t->cap = cap;
	return 0;
}

/* A copy of path in names[]: its place plus 1, or 0 when out of memory. */
static uint32_t keep_name(struct fileids *t, const char *path)
{
	size_t n = strlen(path) + 1;
	if (t->size - t->used < n) {
		size_t size = t->size ? t->size : 4096;
		while (size - t->used < n)
			size *= 2;
		if (size > UINT32_MAX)
			return 0;	/* 4 GB of names: treated as out of memory */
		char *p = realloc(t->names, size);
		if (p == NULL)
			return 0;
		t->names = p;
		t->size = size;
	}
	memcpy(t->names + t->used, path, n);
	t->used += n;
	return (uint32_t)(t->used - n) + 1;
}

int fileids_add(struct fileids *t, dev_t dev, ino_t ino, const char *path,
    const char **first)
{
	size_t d = dev_index(t, dev);
	if (d == t->ndevs) {
		if (t->ndevs == UINT32_MAX)
			return -1;
		if (t->ndevs == t->devs_cap) {
			size_t cap = t->devs_cap ? t->devs_cap * 2 : 4;
			dev_t *p = realloc(t->devs, cap * sizeof *p);
			if (p == NULL)
				return -1;
			t->devs = p;
			t->devs_cap = cap;
		}
		t->devs[t->ndevs++] = dev;
	}
	struct slot *s = &t->slots[slot_of(t->slots, t->cap, (uint32_t)d, (uint64_t)ino)];
	if (s->name) {
		if (first)
			*first = t->names + s->name - 1;
		return 0;
	}
	if ((t->n + 1) * 4 > t->cap * 3) {
		if (grow(t) != 0)
			return -1;
		s = &t->slots[slot_of(t->slots, t->cap, (uint32_t)d, (uint64_t)ino)];
	}
	uint32_t name = keep_name(t, path);
	if (name == 0)
		return -1;
	*s = (struct slot){ (uint64_t)ino, (uint32_t)d, name };
	t->n++;
	return 1;
}
