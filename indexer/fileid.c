/*
 * fileid.c: names keyed by (device, inode) (see fileid.h).  Open
 * addressing with linear probing, doubled at half full.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fileid.h"

struct slot {
	dev_t dev;
	ino_t ino;
	char *path;		/* NULL: empty slot */
};

struct fileids {
	struct slot *slots;
	size_t cap, n;		/* cap: a power of two */
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
	for (size_t i = 0; i < t->cap; i++)
		free(t->slots[i].path);
	free(t->slots);
	free(t);
}

static size_t slot_of(const struct slot *slots, size_t cap, dev_t dev, ino_t ino)
{
	uint64_t h = ((uint64_t)ino * 0x9e3779b97f4a7c15u) ^ ((uint64_t)dev * 0xc2b2ae3d27d4eb4fu);
	size_t i = (size_t)(h ^ (h >> 29)) & (cap - 1);
	while (slots[i].path && (slots[i].dev != dev || slots[i].ino != ino))
		i = (i + 1) & (cap - 1);
	return i;
}

const char *fileids_find(const struct fileids *t, dev_t dev, ino_t ino)
{
	return t->slots[slot_of(t->slots, t->cap, dev, ino)].path;
}

static int grow(struct fileids *t)
{
	size_t cap = t->cap * 2;
	struct slot *slots = calloc(cap, sizeof *slots);
	if (slots == NULL)
		return -1;
	for (size_t i = 0; i < t->cap; i++)
		if (t->slots[i].path)
			slots[slot_of(slots, cap, t->slots[i].dev, t->slots[i].ino)] = t->slots[i];
	free(t->slots);
	t->slots = slots;
	t->cap = cap;
	return 0;
}

int fileids_add(struct fileids *t, dev_t dev, ino_t ino, const char *path,
    const char **first)
{
	struct slot *s = &t->slots[slot_of(t->slots, t->cap, dev, ino)];
	if (s->path) {
		if (first)
			*first = s->path;
		return 0;
	}
	if ((t->n + 1) * 2 > t->cap) {
		if (grow(t) != 0)
			return -1;
		s = &t->slots[slot_of(t->slots, t->cap, dev, ino)];
	}
	if ((s->path = strdup(path)) == NULL)
		return -1;
	s->dev = dev;
	s->ino = ino;
	t->n++;
	return 1;
}
