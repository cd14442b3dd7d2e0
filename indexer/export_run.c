/*
 * export_run.c: the export commands of bin/indexer (see export_run.h).
 *
 * Policy and messages only: the NDJSON and the mapping come from
 * lib/export.c.  A regular file is written under a temporary name in its
 * folder and renamed over the target once it is complete and flushed, so
 * a reader never sees half an export and a failure removes what it wrote.
 */
#include <err.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "export.h"
#include "export_run.h"
#include "store.h"

#define EXIT_OK 0
#define EXIT_TROUBLE 2

struct outfile {
	const char *path;	/* as given; "-": standard output */
	FILE *f;
	char *tmp;		/* the name written until done; NULL: written in place */
};

static int is_stdout(const char *path)
{
	return strcmp(path, "-") == 0;
}

/* Open o->path for writing; 0, or -1 after one line. */
static int out_open(struct outfile *o, const char *path)
{
	struct stat st;
	o->path = path;
	o->tmp = NULL;
	if (is_stdout(path)) {
		o->f = stdout;
		return 0;
	}
	/* a device, a pipe or a symbolic link is written where it is */
	if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if ((o->f = fopen(path, "w")) == NULL) {
			warn("%s: cannot write", path);
			return -1;
		}
		return 0;
	}
	size_t n = strlen(path);
	if ((o->tmp = malloc(n + sizeof ".XXXXXX")) == NULL) {
		warnx("out of memory");
		return -1;
	}
	memcpy(o->tmp, path, n);
	memcpy(o->tmp + n, ".XXXXXX", sizeof ".XXXXXX");
	int fd = mkstemp(o->tmp);
	if (fd < 0) {
		warn("%s: cannot write", path);
		free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	/* mkstemp makes it 0600; an export is an ordinary file of the user's */
	mode_t mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) != 0 || (o->f = fdopen(fd, "w")) == NULL) {
		warn("%s: cannot write", path);
		close(fd);
		unlink(o->tmp);
		free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	return 0;
}

/* After a failure: close and remove what was written under the temporary name. */
static void out_abandon(struct outfile *o)
{
	if (o->f && o->f != stdout)
		fclose(o->f);
	if (o->tmp) {
		unlink(o->tmp);
		free(o->tmp);
	}
	o->f = NULL;
	o->tmp = NULL;
}

/* Close (and for a regular file, put in place); 0, or -1 after one line. */
static int out_close(struct outfile *o)
{
	errno = 0;
	int failed = fflush(o->f) != 0 || ferror(o->f);
	int errnum = errno;
	if (fclose(o->f) != 0 && !failed) {
		failed = 1;
		errnum = errno;
	}
	o->f = NULL;
	if (failed) {
		if (is_stdout(o->path))
			warnx("write error on standard output: %s", strerror(errnum ? errnum : EIO));
		else
			warnx("%s: write error: %s", o->path, strerror(errnum ? errnum : EIO));
		out_abandon(o);
		return -1;
	}
	if (o->tmp && rename(o->tmp, o->path) != 0) {
		warn("%s: cannot write", o->path);
		out_abandon(o);
		return -1;
	}
	free(o->tmp);
	o->tmp = NULL;
	return 0;
}

static void write_failed(struct outfile *o, const char *err)
{
	if (is_stdout(o->path))
		warnx("write error on standard output: %s", err);
	else
		warnx("%s: write error: %s", o->path, err);
	/* stdout is closed by the caller's check, which must not say it twice */
	if (o->f == stdout)
		clearerr(stdout);
	out_abandon(o);
}

static int write_mapping(const struct export_request *req)
{
	struct outfile o;
	char err[512];
	if (out_open(&o, req->mapping_path) != 0)
		return -1;
	int rc = export_mapping(o.f, err, sizeof err);
	if (rc == EXPORT_EWRITE) {
		write_failed(&o, err);
		return -1;
	}
	if (rc != 0) {
		warnx("%s", err);
		out_abandon(&o);
		return -1;
	}
	if (!is_stdout(o.path) && out_close(&o) != 0)
		return -1;
	if (!req->quiet)
		fprintf(stderr, "indexer: wrote the settings and mapping to %s\n",
		    is_stdout(o.path) ? "standard output" : o.path);
	return 0;
}

static int write_bulk(const struct export_request *req, const char *name)
{
	struct store *s;
	struct outfile o;
	struct export_counts counts;
	char err[512];

	if (access(req->db_path, F_OK) != 0) {
		warnx("%s: no such index", req->db_path);
		return -1;
	}
	if (store_open(req->db_path, STORE_READ, &s, err, sizeof err) != 0) {
		warnx("%s", err);
		return -1;
	}
	if (out_open(&o, req->bulk_path) != 0) {
		store_close(s);
		return -1;
	}
	int rc = export_bulk(store_db(s), name, o.f, &counts, err, sizeof err);
	store_close(s);
	if (rc == EXPORT_EWRITE) {
		write_failed(&o, err);
		return -1;
	}
	if (rc != 0) {
		warnx("%s: %s", req->db_path, err);
		out_abandon(&o);
		return -1;
	}
	if (!is_stdout(o.path) && out_close(&o) != 0)
		return -1;
	if (!req->quiet)
		fprintf(stderr, "indexer: exported %lld passages of %lld sources from %s to %s"
		    " (index %s, %.1f MB)\n", (long long)counts.passages, (long long)counts.sources,
		    req->db_path, is_stdout(o.path) ? "standard output" : o.path, name,
		    (double)counts.bytes / 1e6);
	return 0;
}

int export_run(const struct export_request *req)
{
	const char *name = req->index_name ? req->index_name : EXPORT_INDEX_DEFAULT;
	char err[256];
	int used_stdout = (req->bulk_path && is_stdout(req->bulk_path)) ||
	    (req->mapping_path && is_stdout(req->mapping_path));

	/* past a file size limit (ulimit -f) a write fails with EFBIG, which is
	 * reported, instead of killing the program with a half file left */
	signal(SIGXFSZ, SIG_IGN);
	if (req->bulk_path == NULL && req->mapping_path == NULL) {
		warnx("--export-index goes with --export-bulk");
		return EXIT_TROUBLE;
	}
	if (req->index_name && req->bulk_path == NULL) {
		warnx("--export-index goes with --export-bulk (the mapping names no index)");
		return EXIT_TROUBLE;
	}
	if (export_index_name_check(name, err, sizeof err) != 0) {
		warnx("--export-index '%s': %s", name, err);
		return EXIT_TROUBLE;
	}
	if (req->bulk_path && req->mapping_path && is_stdout(req->bulk_path) &&
	    is_stdout(req->mapping_path)) {
		warnx("--export-bulk and --export-mapping cannot both write to standard output");
		return EXIT_TROUBLE;
	}
	if ((req->bulk_path && *req->bulk_path == 0) || (req->mapping_path && *req->mapping_path == 0)) {
		warnx("%s: empty file name", req->bulk_path && *req->bulk_path == 0 ?
		    "--export-bulk" : "--export-mapping");
		return EXIT_TROUBLE;
	}
	int failed = (req->mapping_path && write_mapping(req) != 0) ||
	    (req->bulk_path && write_bulk(req, name) != 0);
	if (used_stdout) {
		int bad = ferror(stdout) != 0;
		errno = 0;
		if (fclose(stdout) != 0 && !bad && !failed) {
			warnx("write error on standard output: %s", strerror(errno ? errno : EIO));
			failed = 1;
		}
	}
	return failed ? EXIT_TROUBLE : EXIT_OK;
}
