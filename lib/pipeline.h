/*
 * pipeline.h: one worker thread that prepares jobs ahead of the caller.
 *
 * This module owns a bounded first-in first-out queue and the thread that
 * works it: the caller pushes jobs (opaque pointers) in order, the worker
 * runs a work function on each in that order, and the caller pops them back
 * in that order once worked.  So a program can split a stream of work into
 * a part that must stay on its thread (the SQLite inserts) and a part that
 * can run beside it (reading, splitting, tokenizing), and still see every
 * job, warning and result in the order it would without the thread.
 *
 * Two bounds keep memory in check: at most max_jobs jobs in the queue (the
 * caller pops before pushing more; see pipeline_full), and the worker
 * starts no further job while the worked jobs waiting to be popped hold
 * more than max_bytes (as the work function reports).  When no thread can
 * be started (or max_jobs is 0) every job is worked inside pipeline_push,
 * on the caller's thread: same results, no overlap.
 *
 * The module never prints and never exits; it does not look inside jobs.
 * A job belongs to the worker from push until it is worked, to the caller
 * otherwise; the caller may read fields of a queued job that the work
 * function does not write (pipeline_peek).
 */
#ifndef PIPELINE_H
#define PIPELINE_H

#include <stddef.h>

struct pipeline;

/*
 * Works one job on the worker thread.  Returns how many bytes of memory
 * the worked job holds until the caller pops it (for the max_bytes bound).
 */
typedef size_t (*pipeline_work_fn)(void *ctx, void *job);

/*
 * Start a pipeline whose worker calls work(ctx, job).  threaded = 0 works
 * every job inside pipeline_push instead (as does a failure to start the
 * thread).  Returns 0, or -1 with a message in err (out of memory).
 */
int pipeline_open(struct pipeline **out, pipeline_work_fn work, void *ctx,
    size_t max_jobs, size_t max_bytes, int threaded, char *err, size_t errlen);

/* 1 when the queue holds max_jobs jobs: pop one before the next push. */
int pipeline_full(const struct pipeline *p);

/* Jobs pushed and not yet popped. */
size_t pipeline_count(const struct pipeline *p);

/* The i-th oldest job not yet popped (i < pipeline_count), worked or not. */
void *pipeline_peek(const struct pipeline *p, size_t i);

/*
 * Queue job (not NULL) for the worker.  Never waits; call it only when
 * pipeline_full is 0 (otherwise it returns -1 and the job stays the
 * caller's).  Returns 0.
 */
int pipeline_push(struct pipeline *p, void *job);

/*
 * The oldest job, once it is worked (waits for the worker), or NULL when
 * the queue is empty.  After pipeline_stop it waits for nothing and
 * returns the remaining jobs, some possibly not worked: *worked (may be
 * NULL) says which.
 */
void *pipeline_pop(struct pipeline *p, int *worked);

/* The worker stops after the job in hand; later pushes are not worked. */
void pipeline_stop(struct pipeline *p);

/*
 * Stop and join the worker and free the pipeline.  Jobs still queued are
 * not freed (pop them first, after pipeline_stop).  Accepts NULL.
 */
void pipeline_close(struct pipeline *p);

#endif
