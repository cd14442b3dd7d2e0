/*
 * parallel.c: claims checked on several threads, outcomes in order (parallel.h).
 *
 * Workers take the next claim from a shared counter and keep its outcome
 * (copies of its rows) in the claim's slot; the calling thread waits for
 * slot 0, emits and frees it, then slot 1, and so on, so memory holds only
 * the claims done ahead of the one being written.  A worker that cannot
 * open the index stops; the claims are then taken by the others, and when
 * none could open it the run fails with the first one's error.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallel.h"
#include "store.h"

struct job {
	const char *text;
	struct claim_outcome out;
	int done;
};

struct pool {
	const char *db_path;
	const struct search_options *so;
	struct job *jobs;
	size_t n, next;
	int running;		/* workers still taking claims */
	char err[256];		/* the first open failure */
	int stop;		/* the caller's emit stopped the run */
	pthread_mutex_t lock;
	pthread_cond_t changed;
};

static void outcome_free(struct claim_outcome *o)
{
	for (size_t i = 0; i < o->nrows; i++)
		search_result_free(o->rows[i]);
	free(o->rows);
	struct search_info words = { .unknown = o->unknown, .nunknown = o->nunknown,
	    .left_out = o->left_out, .nleft_out = o->nleft_out };
	search_info_free(&words);
	memset(o, 0, sizeof *o);
}

static int keep_row(void *ctx, const struct search_result *r)
{
	struct claim_outcome *o = ctx;
	struct search_result **rows = realloc(o->rows, (o->nrows + 1) * sizeof *rows);
	if (rows == NULL)
		return 1;
	o->rows = rows;
	if ((o->rows[o->nrows] = search_result_copy(r)) == NULL)
		return 1;
	o->nrows++;
	return 0;
}

static void check_one(struct search *search, const struct search_options *so, struct job *j)
{
	struct search_info info;
	struct claim_outcome *o = &j->out;
	o->status = search_run(search, j->text, so, keep_row, o, &info, o->err, sizeof o->err);
	if (o->status == SEARCH_ESTOPPED) {
		o->status = -1;
		snprintf(o->err, sizeof o->err, "out of memory");
	}
	if (o->status >= 0) {
		o->verdict = info.verdict;
		o->fallback = info.fallback;
		o->unknown = info.unknown;	/* taken over */
		o->nunknown = info.nunknown;
		info.unknown = NULL;
		info.nunknown = 0;
		o->left_out = info.left_out;
		o->nleft_out = info.nleft_out;
		o->more_left_out = info.more_left_out;
		info.left_out = NULL;
		info.nleft_out = 0;
	}
	search_info_free(&info);
}

static void *worker(void *arg)
{
	struct pool *p = arg;
	struct store *store = NULL;
	struct search *search = NULL;
	char err[256];

	if (store_open(p->db_path, STORE_READ, &store, err, sizeof err) != 0 ||
	    search_open(store_db(store), &search, err, sizeof err) != 0) {
		pthread_mutex_lock(&p->lock);
		if (p->err[0] == 0)
			snprintf(p->err, sizeof p->err, "%s", err);
		p->running--;
		pthread_cond_broadcast(&p->changed);
		pthread_mutex_unlock(&p->lock);
		store_close(store);
		return NULL;
	}
	pthread_mutex_lock(&p->lock);
	while (!p->stop && p->next < p->n) {
		struct job *j = &p->jobs[p->next++];
		pthread_mutex_unlock(&p->lock);
		check_one(search, p->so, j);
		pthread_mutex_lock(&p->lock);
		j->done = 1;
		pthread_cond_broadcast(&p->changed);
	}
	p->running--;
	pthread_cond_broadcast(&p->changed);
	pthread_mutex_unlock(&p->lock);
	search_close(search);
	store_close(store);
	return NULL;
}

int parallel_claims(const char *db_path, const struct search_options *so,
    const char *const *texts, size_t n, int threads, parallel_emit emit, void *ctx,
    char *err, size_t errlen)
{
	struct pool p = { .db_path = db_path, .so = so, .n = n };
	pthread_t *tid = calloc((size_t)threads, sizeof *tid);
	int started = 0, rc = 0;

	if ((p.jobs = calloc(n ? n : 1, sizeof *p.jobs)) == NULL || tid == NULL) {
		free(p.jobs);
		free(tid);
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		p.jobs[i].text = texts[i];
	pthread_mutex_init(&p.lock, NULL);
	pthread_cond_init(&p.changed, NULL);
	pthread_mutex_lock(&p.lock);
	for (int t = 0; t < threads; t++)
		if (pthread_create(&tid[t], NULL, worker, &p) == 0)
			started++, p.running++;
	for (size_t i = 0; i < n && rc == 0; i++) {
		/* a claim a worker took is done before that worker leaves */
		while (!p.jobs[i].done && p.running > 0)
			pthread_cond_wait(&p.changed, &p.lock);
		if (!p.jobs[i].done) {	/* every worker gone: none could open the index */
			snprintf(err, errlen, "%s", p.err[0] ? p.err : "cannot start a thread");
			rc = -1;
			break;
		}
		pthread_mutex_unlock(&p.lock);
		rc = emit(ctx, i, &p.jobs[i].out);
		outcome_free(&p.jobs[i].out);
		pthread_mutex_lock(&p.lock);
	}
	p.stop = 1;
	pthread_mutex_unlock(&p.lock);
	for (int t = 0; t < started; t++)
		pthread_join(tid[t], NULL);
	for (size_t i = 0; i < n; i++)
		outcome_free(&p.jobs[i].out);
	pthread_cond_destroy(&p.changed);
	pthread_mutex_destroy(&p.lock);
	free(p.jobs);
	free(tid);
	return rc;
}
