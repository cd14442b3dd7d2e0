/*
 * test_pipeline.c: unit tests of the one-worker pipeline.
 *
 * Jobs come back in the order they went in, each worked once, on the
 * worker thread (or inside push when not threaded); the job and byte
 * bounds hold; a stopped pipeline hands back the jobs it did not work.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <time.h>
#include <cmocka.h>

#include "pipeline.h"

struct job {
	int n;
	int result;
	int worked;		/* times worked */
	pthread_t by;
	size_t bytes;		/* what the worked job reports holding */
};

struct counter {
	pthread_mutex_t lock;
	int worked;
	int entered;		/* jobs the worker started */
	int gate;		/* while 0, work waits (to hold the worker mid-job) */
	pthread_cond_t cv;
};

static size_t work(void *ctx, void *arg)
{
	struct counter *c = ctx;
	struct job *j = arg;
	pthread_mutex_lock(&c->lock);
	c->entered++;
	while (!c->gate)
		pthread_cond_wait(&c->cv, &c->lock);
	c->worked++;
	pthread_mutex_unlock(&c->lock);
	j->result = j->n * 2;
	j->worked++;
	j->by = pthread_self();
	return j->bytes;
}

static void counter_init(struct counter *c, int gate)
{
	pthread_mutex_init(&c->lock, NULL);
	pthread_cond_init(&c->cv, NULL);
	c->worked = 0;
	c->entered = 0;
	c->gate = gate;
}

static void counter_open_gate(struct counter *c)
{
	pthread_mutex_lock(&c->lock);
	c->gate = 1;
	pthread_cond_broadcast(&c->cv);
	pthread_mutex_unlock(&c->lock);
}

static int worked_so_far(struct counter *c)
{
	pthread_mutex_lock(&c->lock);
	int n = c->worked;
	pthread_mutex_unlock(&c->lock);
	return n;
}

static void nap(long ms)
{
	struct timespec t = { ms / 1000, (ms % 1000) * 1000000 };
	nanosleep(&t, NULL);
}

/* Waits up to 5 s for the worker to have worked want jobs. */
static void wait_worked(struct counter *c, int want)
{
	for (int i = 0; i < 5000 && worked_so_far(c) < want; i++)
		nap(1);
	assert_int_equal(worked_so_far(c), want);
}

static void run_in_order(int threaded)
{
	enum { N = 2000 };
	struct job *jobs = calloc(N, sizeof *jobs);
	struct pipeline *p;
	struct counter c;
	char err[128];
	int pushed = 0, popped = 0, worked;

	assert_non_null(jobs);
	counter_init(&c, 1);
	assert_int_equal(pipeline_open(&p, work, &c, 7, 1 << 20, threaded, err, sizeof err), 0);
	while (popped < N) {
		/* push while there is room, pop one otherwise: the indexer's loop */
		if (pushed < N && !pipeline_full(p)) {
			jobs[pushed].n = pushed;
			assert_int_equal(pipeline_push(p, &jobs[pushed]), 0);
			pushed++;
			continue;
		}
		assert_int_equal(pipeline_count(p), (size_t)(pushed - popped));
		assert_ptr_equal(pipeline_peek(p, 0), &jobs[popped]);
		struct job *j = pipeline_pop(p, &worked);
		assert_ptr_equal(j, &jobs[popped]);
		assert_true(worked);
		assert_int_equal(j->worked, 1);
		assert_int_equal(j->result, 2 * popped);
		assert_int_equal(pthread_equal(j->by, pthread_self()) != 0, !threaded);
		popped++;
	}
	assert_null(pipeline_pop(p, &worked));
	pipeline_close(p);
	free(jobs);
}

static void test_pipeline_keeps_order_threaded(void **state)
{
	(void)state;
	run_in_order(1);
}

static void test_pipeline_keeps_order_inline(void **state)
{
	(void)state;
	run_in_order(0);
}

static void test_pipeline_job_bound(void **state)
{
	struct job jobs[4] = { { .n = 1 }, { .n = 2 }, { .n = 3 }, { .n = 4 } };
	struct pipeline *p;
	struct counter c;
	char err[128];
	(void)state;

	counter_init(&c, 1);
	assert_int_equal(pipeline_open(&p, work, &c, 3, 1 << 20, 1, err, sizeof err), 0);
	assert_false(pipeline_full(p));
	for (int i = 0; i < 3; i++)
		assert_int_equal(pipeline_push(p, &jobs[i]), 0);
	assert_true(pipeline_full(p));
	assert_int_equal(pipeline_push(p, &jobs[3]), -1);	/* stays the caller's */
	assert_null(pipeline_peek(p, 3));
	assert_ptr_equal(pipeline_pop(p, NULL), &jobs[0]);
	assert_int_equal(pipeline_push(p, &jobs[3]), 0);
	for (int i = 1; i < 4; i++)
		assert_ptr_equal(pipeline_pop(p, NULL), &jobs[i]);
	assert_null(pipeline_pop(p, NULL));
	pipeline_close(p);
}

/* The worker starts no job while the worked ones waiting hold more than max_bytes. */
static void test_pipeline_byte_bound(void **state)
{
	struct job jobs[5];
	struct pipeline *p;
	struct counter c;
	char err[128];
	(void)state;

	memset(jobs, 0, sizeof jobs);
	for (int i = 0; i < 5; i++)
		jobs[i].bytes = 60;
	counter_init(&c, 1);
	assert_int_equal(pipeline_open(&p, work, &c, 8, 100, 1, err, sizeof err), 0);
	for (int i = 0; i < 5; i++)
		assert_int_equal(pipeline_push(p, &jobs[i]), 0);
	wait_worked(&c, 2);		/* 60, then 120 > 100: it waits */
	nap(50);
	assert_int_equal(worked_so_far(&c), 2);
	assert_ptr_equal(pipeline_pop(p, NULL), &jobs[0]);	/* 60 left: one more */
	wait_worked(&c, 3);
	nap(50);
	assert_int_equal(worked_so_far(&c), 3);
	for (int i = 1; i < 5; i++)
		assert_ptr_equal(pipeline_pop(p, NULL), &jobs[i]);
	assert_int_equal(worked_so_far(&c), 5);
	pipeline_close(p);
}

/* Stopped: the job in hand is finished, the rest come back unworked. */
static void test_pipeline_stop_returns_unworked(void **state)
{
	struct job jobs[4];
	struct pipeline *p;
	struct counter c;
	char err[128];
	int worked;
	(void)state;

	memset(jobs, 0, sizeof jobs);
	counter_init(&c, 0);		/* the worker blocks inside the first job */
	assert_int_equal(pipeline_open(&p, work, &c, 4, 1 << 20, 1, err, sizeof err), 0);
	for (int i = 0; i < 4; i++)
		assert_int_equal(pipeline_push(p, &jobs[i]), 0);
	for (int i = 0; i < 5000; i++) {
		pthread_mutex_lock(&c.lock);
		int in = c.entered;
		pthread_mutex_unlock(&c.lock);
		if (in)
			break;
		nap(1);
	}
	pipeline_stop(p);
	counter_open_gate(&c);
	assert_ptr_equal(pipeline_pop(p, &worked), &jobs[0]);
	assert_true(worked);
	assert_int_equal(jobs[0].worked, 1);
	for (int i = 1; i < 4; i++) {
		assert_ptr_equal(pipeline_pop(p, &worked), &jobs[i]);
		assert_false(worked);
		assert_int_equal(jobs[i].worked, 0);
	}
	assert_null(pipeline_pop(p, &worked));
	pipeline_close(p);
}

static void test_pipeline_close_accepts_null_and_unused(void **state)
{
	struct pipeline *p;
	struct counter c;
	char err[128];
	(void)state;

	pipeline_close(NULL);
	counter_init(&c, 1);
	assert_int_equal(pipeline_open(&p, work, &c, 0, 0, 1, err, sizeof err), 0);
	/* max_jobs 0: inline, one job at a time */
	struct job j = { .n = 21 };
	assert_int_equal(pipeline_push(p, &j), 0);
	assert_int_equal(j.result, 42);
	assert_true(pipeline_full(p));
	assert_ptr_equal(pipeline_pop(p, NULL), &j);
	pipeline_close(p);
	assert_int_equal(pipeline_open(&p, work, &c, 4, 0, 1, err, sizeof err), 0);
	pipeline_close(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pipeline_keeps_order_threaded),
		cmocka_unit_test(test_pipeline_keeps_order_inline),
		cmocka_unit_test(test_pipeline_job_bound),
		cmocka_unit_test(test_pipeline_byte_bound),
		cmocka_unit_test(test_pipeline_stop_returns_unworked),
		cmocka_unit_test(test_pipeline_close_accepts_null_and_unused),
	};
	return cmocka_run_group_tests_name("pipeline", tests, NULL, NULL);
}
