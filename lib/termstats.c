/*
 * termstats.c: per-term document-frequency deltas (see termstats.h).
 *
 * An open-addressing hash table (linear probing, power-of-two size, at
 * most three quarters full) of 16-byte slots, each pointing into one
 * arena of term bytes (a length, then the bytes).  A fresh index's
 * vocabulary (some 300,000 terms at 100 MB) then takes about 8 MB of
 * slots and 3 MB of terms.  Each slot remembers the last row that counted
 * it, so a term repeated within a row, or found in several of its
 * columns, costs one probe and counts once without a per-row set to clear.
 * A caller that adds the same terms to many rows (a title, a heading) can
 * keep their slots and count them again without hashing (termstats_epoch).
 */
#include <stdlib.h>
#include <string.h>

#include "termstats.h"

#define FIRST_SLOTS 1024
#define FIRST_ARENA (64u << 10)
#define MAX_ROWS INT32_MAX	/* a delta is at most the rows counted */

struct slot {
	uint32_t at;		/* the term's place in the arena plus 1; 0: empty slot */
	uint32_t hash;		/* its hash, whose low bits choose the slot */
	uint32_t row;		/* the last row that counted it */
	int32_t delta;
};

struct termstats {
	struct slot *slots;
	size_t cap, count;	/* slots, and slots in use */
	unsigned char *arena;	/* each term: its length (varint), its bytes */
	size_t used, size;	/* bytes of the arena */
	size_t limit;		/* terms at most (0: no limit) */
	uint32_t row;
	int sign;
	int failed;
	uint64_t epoch;		/* changes whenever slots move or go (termstats_epoch) */
};

/* FNV-1a 64, mixed at the end so that the low bits used for the slot vary. */
static uint32_t hash_term(const char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)p[i]) * 0x100000001b3u;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9u;
	return (uint32_t)(h ^ (h >> 32));
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
	t->epoch = 1;
	return t;
}

void termstats_free(struct termstats *t)
{
	if (t == NULL)
		return;
	free(t->arena);
	free(t->slots);
	free(t);
}

/* Give up: the memory goes, the map stays failed until termstats_clear. */
static int fail(struct termstats *t)
{
	free(t->arena);
	free(t->slots);
	t->arena = NULL;
	t->slots = NULL;
	t->used = t->size = t->cap = t->count = 0;
	t->failed = 1;
	t->epoch++;
	return -1;
}

void termstats_set_limit(struct termstats *t, size_t max_terms)
{
	t->limit = max_terms;
	if (!t->failed && max_terms && t->count > max_terms)
		fail(t);
}

void termstats_row(struct termstats *t, int sign)
{
	if (t->failed)
		return;
	if (t->row == MAX_ROWS) {
		fail(t);
		return;
	}
	t->row++;
	t->sign = sign < 0 ? -1 : 1;
}

/* The term at arena place at (a slot's at - 1): *len bytes. */
static const char *term_at(const struct termstats *t, uint32_t at, size_t *len)
{
	const unsigned char *p = t->arena + at;
	size_t n = 0;
	for (int shift = 0;; shift += 7) {
		n |= (size_t)(*p & 0x7f) << shift;
		if ((*p++ & 0x80) == 0)
			break;
	}
	*len = n;
	return (const char *)p;
}

/* A copy of term[0 .. n) in the arena: its place plus 1, or 0 when out of memory. */
static uint32_t keep(struct termstats *t, const char *term, size_t n)
{
	if (t->size - t->used < n + 10) {
		size_t size = t->size ? t->size : FIRST_ARENA;
		while (size - t->used < n + 10)
			size *= 2;
		if (size > UINT32_MAX)
			return 0;
		unsigned char *a = realloc(t->arena, size);
		if (a == NULL)
			return 0;
		t->arena = a;
		t->size = size;
	}
	size_t at = t->used;
	for (size_t v = n; ; v >>= 7) {
		t->arena[t->used++] = (unsigned char)(v >= 0x80 ? (v & 0x7f) | 0x80 : v);
		if (v < 0x80)
			break;
	}
	memcpy(t->arena + t->used, term, n);
	t->used += n;
	return (uint32_t)at + 1;
}

static int grow(struct termstats *t)
{
	size_t cap = t->cap * 2;
	struct slot *slots = calloc(cap, sizeof *slots);
	if (slots == NULL)
		return -1;
	for (size_t i = 0; i < t->cap; i++) {
		if (t->slots[i].at == 0)
			continue;
		size_t j = t->slots[i].hash & (cap - 1);
		while (slots[j].at)
			j = (j + 1) & (cap - 1);
		slots[j] = t->slots[i];
	}
	free(t->slots);
	t->slots = slots;
	t->cap = cap;
	t->epoch++;
	return 0;
}

/* Count slot s's term in the current row, once however often the row has it. */
static void count_in_row(struct termstats *t, struct slot *s)
{
	if (s->row != t->row) {
		s->row = t->row;
		s->delta += t->sign;
	}
}

/* termstats_add, and the term's slot in *at (valid until the epoch changes) */
static int add(struct termstats *t, const char *term, size_t term_len, uint32_t *at_slot)
{
	if (t->failed)
		return -1;
	uint32_t h = hash_term(term, term_len);
	size_t i = h & (t->cap - 1);
	struct slot *s;
	for (;; i = (i + 1) & (t->cap - 1)) {
		s = &t->slots[i];
		if (s->at == 0)
			break;
		if (s->hash != h)
			continue;
		size_t len;
		const char *stored = term_at(t, s->at - 1, &len);
		if (len == term_len && memcmp(stored, term, term_len) == 0) {
			count_in_row(t, s);
			*at_slot = (uint32_t)i;
			return 0;
		}
	}
	if (t->limit && t->count == t->limit)
		return fail(t);
	uint32_t at = keep(t, term, term_len);
	if (at == 0)
		return fail(t);
	*s = (struct slot){ at, h, t->row, t->sign };
	*at_slot = (uint32_t)i;
	if (++t->count * 4 > t->cap * 3 && grow(t) != 0)
		return fail(t);
	return 0;
}

int termstats_add(struct termstats *t, const char *term, size_t term_len)
{
	uint32_t ignored;
	return add(t, term, term_len, &ignored);
}

int termstats_add_slot(struct termstats *t, const char *term, size_t term_len,
    uint32_t *slot)
{
	return add(t, term, term_len, slot);
}

void termstats_count_slot(struct termstats *t, uint32_t slot)
{
	if (t->failed || slot >= t->cap)
		return;
	struct slot *s = &t->slots[slot];
	if (s->at != 0)
		count_in_row(t, s);
}

void termstats_prefetch_slot(const struct termstats *t, uint32_t slot)
{
	if (!t->failed && slot < t->cap)
		__builtin_prefetch(&t->slots[slot], 1);
}

uint64_t termstats_epoch(const struct termstats *t)
{
	return t->epoch;
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
		if (s->at == 0 || s->delta == 0)
			continue;
		size_t len;
		const char *term = term_at(t, s->at - 1, &len);
		int rc = cb(ctx, term, len, s->delta);
		if (rc != 0)
			return rc;
	}
	return 0;
}

void termstats_clear(struct termstats *t)
{
	if (t->slots == NULL) {
		if ((t->slots = calloc(FIRST_SLOTS, sizeof *t->slots)) == NULL)
			return;		/* still failed */
		t->cap = FIRST_SLOTS;
	} else {
		memset(t->slots, 0, t->cap * sizeof *t->slots);
	}
	t->count = 0;
	t->used = 0;
	t->failed = 0;
	t->epoch++;
}
