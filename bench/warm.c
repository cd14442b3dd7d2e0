/*
 * bench/warm.c: warm query latency of the library, one process.
 *
 *   warm --db FILE [--reps R] [--limit N] [--pragma NAME=N] QUERIES.tsv
 *
 * Opens the index once as bin/query does (store_open read-only, then
 * search_open), runs every query of QUERIES.tsv (lines CLASS<TAB>QUERY, '#'
 * comments) once untimed to warm the caches, then R times more, timing each
 * search_run to its last result.  Claims (class "claim") run in claim mode.
 * Prints one line per timed run: CLASS<TAB>INDEX<TAB>REP<TAB>MILLISECONDS<TAB>RESULTS.
 * A query that fails is reported on stderr and the exit status is 2.
 * --pragma NAME=N (repeatable, e.g. cache_size=-200000, mmap_size=4000000000)
 * sets a numeric PRAGMA on the connection first: an experiment knob for
 * what the store's settings cost, not used by bench/run.sh.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "search.h"
#include "store.h"

struct query {
	char *cls, *text;
};

static int on_result(void *ctx, const struct search_result *r)
{
	size_t *bytes = ctx;
	*bytes += r->text_len;	/* touch what a caller would read */
	return 0;
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static size_t load(const char *path, struct query **out)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, n = 0, room = 0;
	struct query *q = NULL;
	if (f == NULL)
		err(2, "%s", path);
	while (getline(&line, &cap, f) >= 0) {
		line[strcspn(line, "\r\n")] = 0;
		char *tab = strchr(line, '\t');
		if (line[0] == '#' || line[0] == 0 || tab == NULL)
			continue;
		*tab = 0;
		if (n == room) {
			room = room ? room * 2 : 64;
			if ((q = realloc(q, room * sizeof *q)) == NULL)
				err(2, "out of memory");
		}
		if ((q[n].cls = strdup(line)) == NULL || (q[n].text = strdup(tab + 1)) == NULL)
			err(2, "out of memory");
		n++;
	}
	free(line);
	fclose(f);
	*out = q;
	return n;
}

int main(int argc, char **argv)
{
	const char *db = NULL, *file = NULL;
	long reps = 5, limit = 10;
	const char *pragma[8];
	size_t npragma = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
			db = argv[++i];
		else if (strcmp(argv[i], "--reps") == 0 && i + 1 < argc)
			reps = strtol(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--limit") == 0 && i + 1 < argc)
			limit = strtol(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--pragma") == 0 && i + 1 < argc && npragma < 8)
			pragma[npragma++] = argv[++i];
		else if (file == NULL && argv[i][0] != '-')
			file = argv[i];
		else
			errx(2, "usage: warm --db FILE [--reps R] [--limit N] [--pragma NAME=N] QUERIES.tsv");
	}
	if (db == NULL || file == NULL || reps < 1 || limit < 1)
		errx(2, "usage: warm --db FILE [--reps R] [--limit N] [--pragma NAME=N] QUERIES.tsv");

	store_one_thread_a_connection();	/* as bin/query: one thread, before any SQLite call */
	struct query *q;
	size_t n = load(file, &q);
	struct store *store;
	struct search *s;
	char e[512];
	if (store_open(db, STORE_READ, &store, e, sizeof e) != 0)
		errx(2, "%s", e);
	for (size_t i = 0; i < npragma; i++) {
		char sql[96];
		const char *eq = strchr(pragma[i], '=');
		size_t len = eq ? (size_t)(eq - pragma[i]) : 0;
		if (len == 0 || len > 32 || strspn(pragma[i], "abcdefghijklmnopqrstuvwxyz_") != len)
			errx(2, "--pragma %s: not NAME=NUMBER", pragma[i]);
		snprintf(sql, sizeof sql, "PRAGMA %.*s=%lld", (int)len, pragma[i],
		    strtoll(eq + 1, NULL, 10));
		if (sqlite3_exec(store_db(store), sql, NULL, NULL, NULL) != SQLITE_OK)
			errx(2, "%s: %s", sql, sqlite3_errmsg(store_db(store)));
	}
	if (search_open(store_db(store), &s, e, sizeof e) != 0)
		errx(2, "%s: %s", db, e);

	int status = 0;
	for (long rep = 0; rep <= reps; rep++) {
		for (size_t i = 0; i < n; i++) {
			struct search_options o = { .limit = (size_t)limit };
			o.claim = strcmp(q[i].cls, "claim") == 0;
			size_t bytes = 0;
			double t0 = now_ms();
			int got = search_run(s, q[i].text, &o, on_result, &bytes, NULL, e, sizeof e);
			double ms = now_ms() - t0;
			if (got < 0) {
				warnx("%s query '%s': %s", q[i].cls, q[i].text, e);
				status = 2;
				continue;
			}
			if (rep > 0)	/* rep 0 warms the caches */
				printf("%s\t%zu\t%ld\t%.3f\t%d\n", q[i].cls, i, rep, ms, got);
		}
	}
	search_close(s);
	store_close(store);
	for (size_t i = 0; i < n; i++) {
		free(q[i].cls);
		free(q[i].text);
	}
	free(q);
	if (fflush(stdout) != 0 || ferror(stdout))
		errx(2, "write error on standard output");
	return status;
}
