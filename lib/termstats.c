/*
 * termstats.c: per-term document-frequency deltas (see termstats.h).
 *
 * An open-addressing hash table (linear probing, power-of-two size, at
 * most half full) whose slots point into an arena of term bytes.  Each
 * slot remembers the last row that counted it, so a term repeated within a
 * row, or found in several of its columns, costs one probe and counts once
 * without a per-row set to clear.
 */
#include <stdlib.h>
#include <string.h>

#include "termstats.h"

#define ARENA_BLOCK (64u << 10)	/* bytes of term text per arena block */
#define FIRST_SLOTS 1024

struct slot {
	const char *term;	/* NULL: empty slot */
	uint64_t hash;
	uint64_t row;		/* the last row that counted this term */
	int64_t delta;
	size_t len;
};

struct block {
	struct block *next;
	size_t used, size;
	char bytes[];
};

struct termstats {
	struct slot *slots;
	size_t cap, count;	/* slots, and slots in use */
	struct block *blocks;	/* newest first */
	uint64_t row;
	int sign;
	int failed;
};

/* FNV-1a 64, mixed at the end so that the low bits used for the slot vary. */
static uint64_t hash_term(const char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)p[i]) * 0x100000001b3u;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9u;
	return h ^ (h >> 32);
}

struct termstats *termstats_new(void)
{
	struct termstats *t = calloc(1, sizeof *t);
	if (t == NULL)
		return NULL;
	t->slots = calloc(FIRST_SLOTS, sizeof *t->slots);
	if (t->slots == NULL) {
		free(t);
		return NULL;
	}
	t->cap = FIRST_SLOTS;
	t->sign = 1;
	return t;
}

static void free_blocks(struct termstats *t)
{
	while (t->blocks) {
		struct block *next = t->blocks->next;
		free(t->blocks);
		t->blocks = next;
	}
}

void termstats_free(struct termstats *t)
{
	if (t == NULL)
		return;
	free_blocks(t);
	free(t->slots);
	free(t);
}

void termstats_row(struct termstats *t, int sign)
{
	t->row++;
	t->sign = sign < 0 ? -1 : 1;
}

/* A copy of term[0 .. n) in the arena, or NULL. */
static const char *keep(struct termstats *t, const char *term, size_t n)
{
	struct block *b = t->blocks;
	if (b == NULL || b->size - b->used < n) {
		size_t size = n > ARENA_BLOCK / 4 ? n : ARENA_BLOCK;
		if ((b = malloc(sizeof *b + size)) == NULL)
			return NULL;
		b->used = 0;
		b->size = size;
		/* a block of its own for a long term keeps the current block in use */
		if (size != ARENA_BLOCK && t->blocks) {
			b->next = t->blocks->next;
			t->blocks->next = b;
		} else {
			b->next = t->blocks;
			t->blocks = b;
		}
	}
	char *copy = b->bytes + b->used;
	memcpy(copy, term, n);
	b->used += n;
	return copy;
}

static int grow(struct termstats *t)
{
	size_t cap = t->cap * 2;
	struct slot *slots = calloc(cap, sizeof *slots);
	if (slots == NULL)
		return -1;
	for (size_t i = 0; i < t->cap; i++) {
		if (t->slots[i].term == NULL)
			continue;
		size_t j = t->slots[i].hash & (cap - 1);
		while (slots[j].term)
			j = (j + 1) & (cap - 1);
		slots[j] = t->slots[i];
	}
	free(t->slots);
	t->slots = slots;
	t->cap = cap;
	return 0;
}

int termstats_add(struct termstats *t, const char *term, size_t term_len)
{
	if (t->failed)
		return -1;
	uint64_t h = hash_term(term, term_len);
	size_t i = h & (t->cap - 1);
	struct slot *s;
	for (;; i = (i + 1) & (t->cap - 1)) {
		s = &t->slots[i];
		if (s->term == NULL)
			break;
		if (s->hash == h && s->len == term_len && memcmp(s->term, term, term_len) == 0) {
			if (s->row != t->row) {
				s->row = t->row;
				s->delta += t->sign;
			}
			return 0;
		}
	}
	/* an empty term still needs a non-NULL pointer to mark the slot used */
	const char *copy = term_len ? keep(t, term, term_len) : "";
	if (copy == NULL) {
		t->failed = 1;
		return -1;
	}
	*s = (struct slot){ copy, h, t->row, t->sign, term_len };
	if (++t->count * 2 > t->cap && grow(t) != 0) {
		t->failed = 1;
		return -1;
	}
	return 0;
}

int termstats_failed(const struct termstats *t)
{
	return t->failed;
}

size_t termstats_count(const struct termstats *t)
{
	return t->count;
}

int termstats_each(const struct termstats *t, termstats_callback cb, void *ctx)
{
	for (size_t i = 0; i < t->cap; i++) {
		const struct slot *s = &t->slots[i];
		if (s->term == NULL || s->delta == 0)
			continue;
		int rc = cb(ctx, s->term, s->len, s->delta);
		if (rc != 0)
			return rc;
	}
	return 0;
}

void termstats_clear(struct termstats *t)
{
	memset(t->slots, 0, t->cap * sizeof *t->slots);
	t->count = 0;
	t->failed = 0;
	free_blocks(t);
}
