/*
 * parallel.h: many claims checked at once, their outcomes handed back in order.
 *
 * --claims-from checks a draft's sentences one by one, and each claim's
 * ranking is bound by FTS5's per-row work on one core.  This module runs
 * them on several threads, each with its own read-only connection, search
 * and tokenizer (nothing shared but the job list), and hands the outcomes
 * to the caller's function on the calling thread, in the claims' order, as
 * soon as each is ready.  It never prints.
 */
#ifndef PARALLEL_H
#define PARALLEL_H

#include <stddef.h>

#include "search.h"

/* What one claim's check gave: its rows (copies), verdict and unknown words. */
struct claim_outcome {
	int status;			/* search_run's return: rows, or < 0 with err */
	char err[256];
	struct search_result **rows;	/* status of them when status > 0 (search_result_copy) */
	size_t nrows;
	enum verdict verdict;
	const char *const *unknown;	/* search_info's, taken over */
	size_t nunknown;
	const char *const *left_out;	/* search_info's, taken over */
	size_t nleft_out;
	int more_left_out;
	int fallback;
};

/* Called on the calling thread for claim i, in order; returns 0 to go on. */
typedef int (*parallel_emit)(void *ctx, size_t i, const struct claim_outcome *o);

/*
 * Check texts[0 .. n) with so against the index at db_path on `threads`
 * threads, calling emit for each claim in order.  Returns 0; -1 with err set when no thread could
 * open the index (nothing was emitted); or emit's non-zero value (the rest
 * are not emitted).
 */
int parallel_claims(const char *db_path, const struct search_options *so,
    const char *const *texts, size_t n, int threads, parallel_emit emit, void *ctx,
    char *err, size_t errlen);

#endif
