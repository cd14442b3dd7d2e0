/*
 * pipeline.c: one worker thread that prepares jobs ahead of the caller
 * (see pipeline.h).
 *
 * A ring of max_jobs slots.  The caller alone moves head and count (push,
 * pop), so it reads them without the lock; the worker alone moves nworked
 * up.  Worked jobs are always a prefix of the queue, since the worker takes
 * them in order: the job it works is the one at head + nworked, a slot that
 * popping worked jobs does not move.
 */
#include <pthread.h>
#include <stdlib.h>

#include "pipeline.h"
#include "util.h"

struct pipeline {
	pipeline_work_fn work;
	void *ctx;
	void **jobs;
	size_t *bytes;		/* per slot: what the worked job holds */
	size_t cap, max_bytes;
	size_t head, count;	/* caller's */
	size_t nworked;		/* worked jobs from head on */
	size_t bytes_worked;	/* held by those */
	int in_hand;		/* the worker is working slot head + nworked */
	int stopped;
	int threaded;
	pthread_mutex_t lock;
	pthread_cond_t work_cv;	/* for the worker: a job was pushed or popped, or stop */
	pthread_cond_t done_cv;	/* for the caller: a job was worked */
	pthread_t thread;
};

static void *worker(void *arg)
{
	struct pipeline *p = arg;
	pthread_mutex_lock(&p->lock);
	for (;;) {
		while (!p->stopped && (p->nworked == p->count ||
		    p->bytes_worked > p->max_bytes))
			pthread_cond_wait(&p->work_cv, &p->lock);
		if (p->stopped)
			break;
		size_t slot = (p->head + p->nworked) % p->cap;
		void *job = p->jobs[slot];
		p->in_hand = 1;
		pthread_mutex_unlock(&p->lock);
		size_t held = p->work(p->ctx, job);
		pthread_mutex_lock(&p->lock);
		p->in_hand = 0;
		p->bytes[slot] = held;
		p->bytes_worked += held;
		p->nworked++;
		pthread_cond_signal(&p->done_cv);
	}
	pthread_cond_signal(&p->done_cv);	/* a pop may wait for the job that was in hand */
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

int pipeline_open(struct pipeline **out, pipeline_work_fn work, void *ctx,
    size_t max_jobs, size_t max_bytes, int threaded, char *err, size_t errlen)
{
	struct pipeline *p = calloc(1, sizeof *p);
	*out = NULL;
	if (p == NULL)
		return util_error(err, errlen, "out of memory");
	p->work = work;
	p->ctx = ctx;
	p->cap = max_jobs ? max_jobs : 1;
	p->max_bytes = max_bytes;
	p->jobs = calloc(p->cap, sizeof *p->jobs);
	p->bytes = calloc(p->cap, sizeof *p->bytes);
	if (p->jobs == NULL || p->bytes == NULL) {
		free(p->jobs);
		free(p->bytes);
		free(p);
		return util_error(err, errlen, "out of memory");
	}
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->work_cv, NULL);
	pthread_cond_init(&p->done_cv, NULL);
	/* without a thread, pipeline_push does the work: slower, same results */
	p->threaded = threaded && max_jobs > 0 &&
	    pthread_create(&p->thread, NULL, worker, p) == 0;
	*out = p;
	return 0;
}

int pipeline_full(const struct pipeline *p)
{
	return p->count >= p->cap;
}

size_t pipeline_count(const struct pipeline *p)
{
	return p->count;
}

void *pipeline_peek(const struct pipeline *p, size_t i)
{
	return i < p->count ? p->jobs[(p->head + i) % p->cap] : NULL;
}

int pipeline_push(struct pipeline *p, void *job)
{
	if (p->count >= p->cap || job == NULL)
		return -1;
	size_t slot = (p->head + p->count) % p->cap;
	if (!p->threaded) {
		p->jobs[slot] = job;
		p->count++;
		if (!p->stopped) {
			p->bytes[slot] = p->work(p->ctx, job);
			p->nworked++;
		}
		return 0;
	}
	pthread_mutex_lock(&p->lock);
	p->jobs[slot] = job;
	p->count++;
	pthread_cond_signal(&p->work_cv);
	pthread_mutex_unlock(&p->lock);
	return 0;
}

void *pipeline_pop(struct pipeline *p, int *worked)
{
	void *job;
	int done;
	if (p->count == 0)
		return NULL;
	if (p->threaded)
		pthread_mutex_lock(&p->lock);
	/* stopped: wait only for the job the worker has in hand, if it is this one */
	while (p->threaded && p->nworked == 0 && (!p->stopped || p->in_hand))
		pthread_cond_wait(&p->done_cv, &p->lock);
	job = p->jobs[p->head];
	done = p->nworked > 0;
	if (done) {
		p->nworked--;
		p->bytes_worked -= p->bytes[p->head];
	}
	p->jobs[p->head] = NULL;
	p->head = (p->head + 1) % p->cap;
	p->count--;
	if (p->threaded) {
		pthread_cond_signal(&p->work_cv);
		pthread_mutex_unlock(&p->lock);
	}
	if (worked)
		*worked = done;
	return job;
}

void pipeline_stop(struct pipeline *p)
{
	if (!p->threaded) {
		p->stopped = 1;
		return;
	}
	pthread_mutex_lock(&p->lock);
	p->stopped = 1;
	pthread_cond_broadcast(&p->work_cv);
	pthread_mutex_unlock(&p->lock);
}

void pipeline_close(struct pipeline *p)
{
	if (p == NULL)
		return;
	pipeline_stop(p);
	if (p->threaded)
		pthread_join(p->thread, NULL);
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->work_cv);
	pthread_cond_destroy(&p->done_cv);
	free(p->jobs);
	free(p->bytes);
	free(p);
}
