/*
 * feedback.c: RM3-style expansion of a claim's plan (feedback.h).
 *
 * The top passages of a first ranking are taken as relevant; each of
 * their words gets
 *
 *   p(w) = sum over passages d of  tf(w, d) / |d| * score(d) / sum of scores,
 *
 * and the best few words join the query, weighted so that all of them
 * together count expand_weight against the claim's words' 1 - expand_weight.
 * Only plain lower-case words of three letters or more that are not stop
 * words are candidates.
 *
 * Feedback is selective (Amati, Carpineto and Romano, ECIR 2004): when the
 * first ranking's best passage holds less than FEEDBACK_MIN_COVERAGE of
 * the claim's rarity-weighted words, its top passages are more likely
 * about something else, and their words would pull the ranking there; the
 * claim is then ranked on its own words.
 *
 * What it costs: the first ranking is the one the claim needs anyway (as
 * deep as the rows it shows) and is kept, so the claim's words are ranked
 * once, with feedback or without; each passage read (the test's, the
 * feedback's, the pool's) is read and tokenized once (ranking_keep_rows).
 * What remains is tokenizing the pool: about 140,000 instructions a
 * SciFact passage (eval/README.md, session 15).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "feedback.h"
#include "rowscore.h"
#include "util.h"

/*
 * The first ranking's best passage must hold this share of the claim
 * (coverage, rank.h) for feedback to go on: on the four dev collections
 * (eval/README.md, session 14) 0.2 to 0.5 is flat, 0.3 is the middle.
 */
#define FEEDBACK_MIN_COVERAGE 0.3

struct fb_term {
	char *stem, *surface;
	size_t len;		/* the stem's bytes */
	double p;
	int tf;			/* in the passage being read */
};

struct feedback {
	struct fb_term *t;
	size_t n, cap;
	size_t *slot;		/* open addressing over t by stem: index + 1, 0 empty */
	size_t nslot;		/* a power of two, at least 2 * cap */
	const char *text;	/* the passage being read */
	size_t length;
	int oom;
};

/* The slot of stem in f->slot: where it is, or the empty one it would take. */
static size_t fb_slot(const struct feedback *f, const char *stem, size_t n)
{
	size_t mask = f->nslot - 1, at = (size_t)util_hash(UTIL_HASH_INIT, stem, n) & mask;
	for (; f->slot[at]; at = (at + 1) & mask) {
		const struct fb_term *t = &f->t[f->slot[at] - 1];
		if (t->len == n && memcmp(t->stem, stem, n) == 0)
			break;
	}
	return at;
}

/* Room for one more term; the slots rebuilt when they would pass half full. */
static int fb_grow(struct feedback *f)
{
	if (f->n < f->cap)
		return 0;
	size_t cap = f->cap ? f->cap * 2 : 256;
	struct fb_term *t = realloc(f->t, cap * sizeof *t);
	if (t == NULL)
		return -1;
	f->t = t;
	f->cap = cap;
	size_t *slot = calloc(cap * 2, sizeof *slot);
	if (slot == NULL)
		return -1;
	free(f->slot);
	f->slot = slot;
	f->nslot = cap * 2;
	for (size_t i = 0; i < f->n; i++)
		f->slot[fb_slot(f, f->t[i].stem, f->t[i].len)] = i + 1;
	return 0;
}

static int fb_count(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct feedback *f = ctx;
	char surface[64];
	if (colocated)
		return 0;
	f->length++;
	/* plain lower-case words of 3 letters or more that are not stop words */
	if (n < 3 || n >= sizeof surface || end - start >= sizeof surface)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (term[i] < 'a' || term[i] > 'z')
			return 0;
	memcpy(surface, f->text + start, end - start);
	surface[end - start] = 0;
	for (char *p = surface; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	if (words_is_stop(surface))
		return 0;
	if (fb_grow(f) != 0) {
		f->oom = 1;
		return 1;
	}
	size_t at = fb_slot(f, term, n), i = f->slot[at] ? f->slot[at] - 1 : f->n;
	if (i == f->n) {
		f->t[i].stem = strndup(term, n);
		f->t[i].len = n;
		f->t[i].surface = strdup(surface);
		f->t[i].p = 0;
		f->t[i].tf = 0;
		if (!f->t[i].stem || !f->t[i].surface) {
			free(f->t[i].stem);
			free(f->t[i].surface);
			f->oom = 1;
			return 1;
		}
		f->slot[at] = ++f->n;
	}
	f->t[i].tf++;
	return 0;
}

static int by_p(const void *x, const void *y)
{
	const struct fb_term *a = x, *b = y;
	if (a->p != b->p)
		return a->p < b->p ? 1 : -1;
	return strcmp(a->stem, b->stem);
}

static void feedback_free(struct feedback *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->t[i].stem);
		free(f->t[i].surface);
	}
	free(f->t);
	free(f->slot);
	memset(f, 0, sizeof *f);
}

/*
 * The first ranking becomes the plan's: its rows, best first, n of them
 * (the plan owns them now), of depth asked.
 */
static void keep_first(struct plan *pl, struct ranked *rows, int n, size_t depth)
{
	free(pl->first);
	pl->first = rows;
	pl->nfirst = (size_t)n;
	pl->first_whole = (size_t)n < depth;
}

int feedback_expand(struct ranking *rk, struct index_stats *st, struct plan *pl,
    const struct words *ws, const struct search_options *o, const struct search_tuning *tu,
    int *essential, int *essential_sets, char *err, size_t errlen)
{
	struct ranked *rows = NULL;
	struct feedback f = { 0 };
	double total = 0;
	if (tu->expand_weight <= 0 || tu->expand_passages <= 0)
		return 0;
	/*
	 * The first ranking is as deep as the feedback passages, the pool and
	 * the rows the claim will show need: a claim whose feedback is turned
	 * off keeps it as its ranking, one with feedback takes the rows past
	 * its pool from it (ranking_rows), neither ranks its words again.
	 */
	size_t depth = (size_t)tu->expand_passages;
	if (tu->rerank_depth > 0 && (size_t)tu->rerank_depth > depth)
		depth = (size_t)tu->rerank_depth;
	size_t show = ranking_depth(o, o->offset + (o->limit ? o->limit : 10));
	if (show > depth)
		depth = show;
	int n = ranking_fetch_pruned(rk, pl, o->source_glob, depth, o->exhaustive, &rows,
	    essential, essential_sets, err, errlen);
	if (n <= 0) {
		free(rows);
		return n < 0 ? n : 0;
	}
	/* each row read once, for the test, the feedback and the pool */
	if (ranking_keep_rows(rk, ROWSCORE_KEEP, err, errlen) != 0) {
		free(rows);
		return -1;
	}
	double coverage = 1;
	int weak = ranking_coverage(rk, pl, rows[0].id, &coverage, err, errlen);
	if (weak == 0)
		weak = coverage < FEEDBACK_MIN_COVERAGE;
	if (weak != 0) {
		ranking_keep_rows(rk, 0, err, errlen);
		if (weak < 0) {
			free(rows);
			return -1;
		}
		keep_first(pl, rows, n, depth);
		return 0;
	}
	int nfeedback = n < tu->expand_passages ? n : tu->expand_passages;
	for (int i = 0; i < nfeedback; i++)
		total += rows[i].score;
	for (int i = 0; i < nfeedback && total > 0 && !f.oom; i++) {
		size_t len;
		f.length = 0;
		int rc = ranking_row_words(rk, rows[i].id, fb_count, &f, &f.text, &len);
		if (rc < 0 && !f.oom) {
			ranking_keep_rows(rk, 0, err, errlen);
			free(rows);
			feedback_free(&f);
			return util_error(err, errlen, "cannot read feedback passages");
		}
		if (rc != 0)
			continue;
		double w = rows[i].score / total / (f.length ? (double)f.length : 1);
		for (size_t k = 0; k < f.n; k++) {
			f.t[k].p += f.t[k].tf * w;
			f.t[k].tf = 0;
		}
	}
	if (f.oom) {
		ranking_keep_rows(rk, 0, err, errlen);
		free(rows);
		feedback_free(&f);
		return util_error(err, errlen, "out of memory");
	}
	qsort(f.t, f.n, sizeof *f.t, by_p);
	/* the pool: the first ranking's best rerank_depth rows; the rest follow */
	size_t npool = tu->rerank_depth > 0 && (size_t)tu->rerank_depth < (size_t)n ?
	    (size_t)tu->rerank_depth : (size_t)n;
	pl->base_len = pl->expr.len;
	pl->base_nphrase = pl->rp.nphrase;
	pl->pool_rows = npool;
	pl->pool_whole = npool == (size_t)n && (size_t)n < depth;
	/* the expansions share expand_weight / (1 - expand_weight) times the
	 * claim's words' weight (1 each, less with plan.h's idf shape), by p */
	size_t chosen[64];
	int added = 0;
	double fb = 0, claim_weight = 0;
	for (int i = 0; i < pl->base_nphrase; i++)
		claim_weight += pl->rp.boost[i];
	for (size_t k = 0; k < f.n && added < tu->expand_terms && added < 64; k++) {
		if (words_find(ws, f.t[k].stem, strlen(f.t[k].stem)) >= 0)
			continue;
		fb += f.t[k].p;
		chosen[added++] = k;
	}
	double share = tu->expand_weight < 1 ? tu->expand_weight / (1 - tu->expand_weight) : 1e6;
	for (int i = 0; i < added && fb > 0 && pl->nowned < RANK_MAX_PHRASES; i++) {
		struct fb_term *t = &f.t[chosen[i]];
		double df = index_stats_df(st, t->stem);
		double idf = rank_idf(df, index_stats_passages(st) > 0 ? index_stats_passages(st) : 1);
		buf_puts(&pl->expr, " OR ");
		size_t start = pl->expr.len;
		plan_append_string(&pl->expr, t->surface);
		plan_phrase(pl, t->surface, idf, share * claim_weight * t->p / fb, 0);
		plan_or_phrase(pl, start, df);
		pl->owned[pl->nowned++] = t->surface;	/* the label lives as long as the plan */
		t->surface = NULL;
	}
	feedback_free(&f);
	if (added == 0) {
		ranking_keep_rows(rk, 0, err, errlen);
		keep_first(pl, rows, n, depth);
		return 0;
	}
	/* re-rank the pool: if, as its scores need, every phrase's idf is given */
	int rc = 1;
	struct ranked *pool = NULL;
	if (tu->rerank_depth > 0) {
		if ((pool = malloc(npool * sizeof *pool)) == NULL)
			rc = util_error(err, errlen, "out of memory");
		else
			memcpy(pool, rows, npool * sizeof *pool);
	}
	/* the pool's other rows are read once: not kept (memory: any depth) */
	ranking_keep_rows(rk, ROWSCORE_KEEP_NO_MORE, err, errlen);
	if (pool)
		rc = ranking_pool(rk, pl, pool, npool, err, errlen);
	ranking_keep_rows(rk, 0, err, errlen);
	if (rc != 0) {
		free(pool);
		free(rows);
	} else {
		keep_first(pl, rows, n, depth);
	}
	return rc < 0 ? -1 : 0;
}
