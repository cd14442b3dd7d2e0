/*
 * indexer/main.c: bin/indexer, turns a corpus into a searchable index.
 *
 *   indexer [--db FILE] [--rebuild] [PATH ...]     index PATHs (default corpus)
 *   indexer [--db FILE] --check                    verify an index
 *   indexer [--db FILE] --export-bulk FILE ...     passages for OpenSearch
 *
 * This file owns policy and messages: options, which files are indexed and
 * which skipped, per-file warnings (a bad file is a warning and the run
 * goes on), progress on a terminal, the summary, and the exit status
 * (0 ok, 2 if any file failed or the run could not be done).  The work is
 * done by lib/ (passages, store), walk.c and prepare.c.
 *
 * Two threads: this one walks the paths, looks files up in the index and
 * does every write to it; a pipeline worker (lib/pipeline.h) reads, splits
 * and tokenizes the files ahead of it (prepare.c), keeping the terms and
 * raw forms the index's term_df and vocabulary need, and the tokenizer
 * replays those tokens when the inserts ask for them.  Jobs come back in
 * the order of the walk and warnings are printed from them, so the index,
 * the messages and their order are those of a run on one thread.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cliopt.h"
#include "export_run.h"
#include "fileid.h"
#include "metadata.h"
#include "output.h"
#include "passage.h"
#include "pdf.h"
#include "pipeline.h"
#include "prepare.h"
#include "store.h"
#include "tokenizer.h"
#include "util.h"
#include "walk.h"

#define EXIT_OK 0
#define EXIT_TROUBLE 2

/* The files indexed, by extension in any case (format_of). */
#define KNOWN_FILES ".txt, .md, .html and .pdf"	/* "Index the ... files" */
#define KNOWN_KINDS ".txt, .md, .html or .pdf"	/* "not a ... file" */
#define KNOWN_KIND ".txt, .md, .html or .pdf"	/* "no readable ... file" */

static void usage(FILE *f, const char *prog)
{
	fprintf(f,
	    "usage: %s [--db FILE] [--rebuild] [-q] [-v] [--pdf-timeout SECONDS] [PATH ...]\n"
	    "       %s [--db FILE] --check\n"
	    "       %s [--db FILE] --export-bulk FILE [--export-index NAME]"
	    " [--export-mapping FILE]\n"
	    "       %s --export-mapping FILE\n", prog, prog, prog, prog);
	fputs("\n"
	    "Index the " KNOWN_FILES " files under each PATH (default: corpus) into FILE.\n"
	    "Unchanged files are skipped; changed ones are re-indexed; files gone from a\n"
	    "PATH are removed from the index.  Options may come anywhere; a PATH that\n"
	    "starts with - goes after --.\n"
	    "\n"
	    "  --db FILE     the index database (default $PSEARCH_DB, else index.db)\n"
	    "  --rebuild     start the index over\n"
	    "  --check       verify the index and list sources changed on disk\n"
	    "  --export-bulk FILE\n"
	    "                write every passage as OpenSearch/Elasticsearch bulk NDJSON\n"
	    "                to FILE (- for standard output); nothing is indexed\n"
	    "  --export-mapping FILE\n"
	    "                write the settings and mapping to create that index with\n"
	    "  --export-index NAME\n"
	    "                the index the bulk lines name (default psearch)\n"
	    "  -q, --quiet   no summary line\n"
	    "  -v, --verbose, --list-skipped\n"
	    "                name every file skipped for its kind, not only how many\n"
	    "  --pdf-timeout SECONDS\n"
	    "                how long pdftotext may read a PDF, per 10 MB of it (default 60;\n"
	    "                0: no limit); a PDF that takes longer is one warning\n"
	    "  -h, --help    this text\n"
	    "  --version     print the version\n", f);
}

/*
 * Files read ahead of the inserts: at most this many, holding at most this
 * many bytes (file text, passages, recorded tokens) once prepared.
 */
#define PIPELINE_JOBS 32
#define PIPELINE_BYTES (16u << 20)

struct run {
	struct store *store;
	struct pipeline *pipeline;
	struct preparer *preparer;
	struct tokenizer_replay *replay;	/* NULL: no pre-tokenizing */
	const char *db_path;
	char **roots;
	int nroots;
	char **real_roots;		/* realpath() of each root, NULL when none */
	struct fileids *walked;		/* this run's files: the name first walked */
	struct fileids *indexed;	/* the sources' files, read at the first name
					   not in the index (NULL until then) */
	size_t aliases;			/* files walked again under another name */
	/* the folder of the last file, and whether its metadata file changed */
	char *md_dir;
	int md_changed;
	int md_written;			/* a fingerprint was recorded: commit */
	int file_root;			/* walking a PATH that is a file */
	int rebuild;
	int quiet;
	int verbose;			/* name each file of another kind skipped */
	int progress;			/* stderr is a terminal */
	char err[512];
	int fatal;			/* the store failed: stop, roll back */
	/* counts */
	size_t files_new, files_changed, files_unchanged, files_removed;
	size_t files_failed, files_skipped, other_skipped;
	size_t files_touched;		/* unchanged content, new mtime: among unchanged */
	char *other_example;
	size_t passages_added;
	uint64_t bytes_indexed;
	/* progress */
	uint64_t bytes_total, bytes_seen;
	struct timespec started, last_progress;
};

struct split_ctx {
	struct run *r;
	int64_t source_id;
	const char *title;
	size_t count;
};

static double seconds_since(const struct timespec *t)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void progress(struct run *r, int force)
{
	if (!r->progress || (!force && seconds_since(&r->last_progress) < 0.2))
		return;
	clock_gettime(CLOCK_MONOTONIC, &r->last_progress);
	double t = seconds_since(&r->started);
	double mb = (double)r->bytes_seen / 1e6, rate = t > 0 ? mb / t : 0;
	size_t files = r->files_new + r->files_changed + r->files_unchanged +
	    r->files_failed + r->files_skipped;
	fprintf(stderr, "\r\033[Kindexer: %zu files, %.1f MB, %zu passages, %.1f MB/s",
	    files, mb, r->passages_added, rate);
	if (r->bytes_total > r->bytes_seen && rate > 0)
		fprintf(stderr, ", ETA %.0f s", ((double)(r->bytes_total - r->bytes_seen) / 1e6) / rate);
}

static void progress_clear(struct run *r)
{
	if (r->progress)
		fputs("\r\033[K", stderr);
}

/* path as text for a message (malloc'd, NULL if out of memory): a newline,
 * a control character or an invalid byte in a file name must not break
 * the one line a warning is, nor reach the terminal raw. */
static char *printable(const char *path)
{
	char *text = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&text, &n);
	if (m == NULL)
		return NULL;
	output_safe(m, path, strlen(path));
	if (fclose(m) != 0) {
		free(text);
		return NULL;
	}
	return text;
}

/* A per-file warning: one line naming the file. */
static void file_warning(struct run *r, const char *path, const char *what)
{
	char *name = printable(path);
	progress_clear(r);
	warnx("%s: %s", name ? name : "?", what);
	free(name);
}

static int finish_job(struct run *r, struct file_job *j);

/* Finish every job the pipeline holds, in order (after a failure: drop them). */
static void drain(struct run *r)
{
	struct file_job *j;
	int worked;
	while ((j = pipeline_pop(r->pipeline, &worked)) != NULL) {
		if (!r->fatal && worked)
			finish_job(r, j);
		file_job_free(j);
	}
}

/* Queue a job behind the ones in flight, finishing the oldest while full. */
static int submit(struct run *r, struct file_job *j)
{
	while (pipeline_full(r->pipeline) && !r->fatal) {
		struct file_job *done = pipeline_pop(r->pipeline, NULL);
		finish_job(r, done);
		file_job_free(done);
	}
	if (r->fatal) {
		file_job_free(j);
		return -1;
	}
	pipeline_push(r->pipeline, j);
	return 0;
}

static void on_walk_problem(void *ctx, const char *path, const char *what)
{
	struct run *r = ctx;
	struct file_job *j = calloc(1, sizeof *j);
	/* told in its place among the files, after the ones in flight */
	if (j && (j->path = strdup(path)) != NULL && (j->problem = strdup(what)) != NULL) {
		j->kind = JOB_PROBLEM;
		submit(r, j);
		return;
	}
	file_job_free(j);
	drain(r);
	file_warning(r, path, what);
	/* a loop is skipped on purpose; everything else is a failed file */
	if (strstr(what, "loop") == NULL)
		r->files_failed++;
}

/* A note about path, told in its place among the files; not a failure. */
static void note(struct run *r, const char *path, const char *what)
{
	struct file_job *j = calloc(1, sizeof *j);
	if (j && (j->path = strdup(path)) != NULL && (j->problem = strdup(what)) != NULL) {
		j->kind = JOB_PROBLEM;
		j->not_failed = 1;
		submit(r, j);
		return;
	}
	file_job_free(j);
	drain(r);
	file_warning(r, path, what);
}

/* Files reached again under another name: the first few are named. */
#define ALIASES_TOLD 3

static void alias(struct run *r, const char *path, const char *first, const char *where)
{
	if (r->aliases++ < ALIASES_TOLD) {
		char *name = printable(first);
		char what[1024];
		snprintf(what, sizeof what, "same file as %s%s; indexed once, under that name",
		    name ? name : "?", where);
		free(name);
		note(r, path, what);
	}
}

static int add_source_id(void *ctx, const char *path, int64_t size, int64_t mtime_ns,
    uint64_t hash)
{
	struct run *r = ctx;
	struct stat st;
	(void)size, (void)mtime_ns, (void)hash;
	if (stat(path, &st) == 0 && fileids_add(r->indexed, st.st_dev, st.st_ino, path, NULL) < 0)
		return -1;
	return 0;
}

/*
 * The name under which the index holds the file st is, or NULL.  The
 * sources are stat()ed once, at the first file not found by its name.
 */
static const char *indexed_name(struct run *r, const struct stat *st)
{
	if (r->indexed == NULL) {
		if ((r->indexed = fileids_new()) == NULL ||
		    store_each_source(r->store, add_source_id, r, r->err, sizeof r->err) != 0) {
			fileids_free(r->indexed);
			r->indexed = NULL;
			return NULL;	/* look-up by name only, as before */
		}
	}
	return fileids_find(r->indexed, st->st_dev, st->st_ino);
}

/*
 * A folder's metadata file decides the titles of its files, so the index
 * records, per folder, a fingerprint of it (meta "metadata FOLDER": the
 * hash of its bytes, "none" when there is none).  When it differs, the
 * files of the folder are read again even if unchanged: each keeps its
 * source when its title and publisher are the same, and is re-indexed
 * under the new ones otherwise.
 */
#define MD_KEY_PREFIX "metadata "

/* The fingerprint of dir's metadata file (buf of 24 bytes), or NULL on a read error. */
static const char *md_fingerprint(const char *dir, char *buf, size_t len)
{
	char path[4096];
	char chunk[65536];
	uint64_t h = UTIL_HASH_INIT;
	size_t n;
	snprintf(path, sizeof path, "%s/%s", dir, METADATA_FILE);
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return errno == ENOENT ? "none" : NULL;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		h = util_hash(h, chunk, n);
	int bad = ferror(f);
	fclose(f);
	if (bad)
		return NULL;
	snprintf(buf, len, "%016llx", (unsigned long long)h);
	return buf;
}

static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash == NULL ? strdup(".") : slash == path ? strdup("/")
	    : strndup(path, (size_t)(slash - path));
}

/*
 * 1 when path's folder has a metadata file other than the one its
 * sources were titled with (or the index cannot tell), else 0; -1 on a
 * failure of the store.  A folder walked as a folder gets its new
 * fingerprint recorded in the run; a PATH that is one file of it does
 * not record it, as the folder's other files keep their old titles.
 */
static int md_changed(struct run *r, const char *path)
{
	char *dir = dir_of(path);
	if (dir == NULL)
		return 1;
	if (r->md_dir && strcmp(r->md_dir, dir) == 0) {
		free(dir);
		return r->md_changed;
	}
	free(r->md_dir);
	r->md_dir = dir;
	char buf[24], *key = malloc(strlen(dir) + sizeof MD_KEY_PREFIX);
	const char *fp = md_fingerprint(dir, buf, sizeof buf);
	if (key == NULL || fp == NULL) {
		free(key);
		return r->md_changed = 1;
	}
	sprintf(key, "%s%s", MD_KEY_PREFIX, dir);
	char *stored = store_meta(r->store, key);
	r->md_changed = stored == NULL ? strcmp(fp, "none") != 0 : strcmp(stored, fp) != 0;
	if ((stored == NULL || strcmp(stored, fp) != 0) && !r->file_root) {
		if (store_meta_set(r->store, key, fp, r->err, sizeof r->err) != 0)
			r->md_changed = -1;
		r->md_written = 1;
	}
	free(stored);
	free(key);
	return r->md_changed;
}

/*
 * By the file name's extension, in any case (NOTES.MD is Markdown): how
 * the text is split, and how it is had (*doc).  *known is 0 for another kind.
 */
static enum passage_format format_of(const char *path, int *known, enum doc_kind *doc)
{
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
	*known = 1;
	*doc = DOC_PLAIN;
	if (dot && (!slash || dot > slash)) {
		if (strcasecmp(dot, ".txt") == 0)
			return PASSAGE_FORMAT_TEXT;
		if (strcasecmp(dot, ".md") == 0 || strcasecmp(dot, ".markdown") == 0)
			return PASSAGE_FORMAT_MARKDOWN;
		/* a page is laid out as Markdown: headings, paragraphs, list items */
		*doc = DOC_HTML;
		if (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0 ||
		    strcasecmp(dot, ".xhtml") == 0)
			return PASSAGE_FORMAT_MARKDOWN;
		/* pdftotext's text: paragraphs apart by blank lines, pages by form feeds */
		*doc = DOC_PDF;
		if (strcasecmp(dot, ".pdf") == 0)
			return PASSAGE_FORMAT_TEXT;
	}
	*known = 0;
	*doc = DOC_PLAIN;
	return PASSAGE_FORMAT_TEXT;
}

/* The sources table's format column. */
static const char *format_name(const struct file_job *j)
{
	if (j->doc == DOC_HTML)
		return "html";
	if (j->doc == DOC_PDF)
		return "pdf";
	return j->fmt == PASSAGE_FORMAT_MARKDOWN ? "markdown" : "text";
}

static int on_passage(void *ctx, const struct store_passage *sp)
{
	struct split_ctx *c = ctx;
	if (store_passage_add(c->r->store, c->source_id, c->title, sp, c->r->err,
	    sizeof c->r->err) != 0)
		return 1;
	c->count++;
	return 0;
}

/* Add the passages prepare.c split and tokenized; FTS5 gets the recorded tokens. */
static int add_prepared(struct run *r, struct file_job *j, struct split_ctx *c)
{
	const unsigned char *tokens = j->tokens.data;
	struct tokenizer_pretokenized cols[3] = {
		{ c->title, strlen(c->title), tokens + j->title_tok, j->title_tok_len, j->stems_only },
	};
	for (size_t i = 0; i < j->npassages; i++) {
		const struct prepared_passage *pp = &j->passages[i];
		struct store_passage sp = {
			.ordinal = pp->ordinal, .line_start = pp->line_start,
			.line_end = pp->line_end, .byte_start = pp->byte_start,
			.byte_end = pp->byte_end,
			.section = j->sections.data + pp->section_off, .section_len = pp->section_len,
			.body = j->split_text + pp->body_off, .body_len = pp->body_len,
			.extracted = pp->extracted, .page = pp->page, .sketched = pp->sketched,
			.terms_counted = pp->terms_counted,
			.raw_counted = pp->raw_counted,
		};
		memcpy(sp.band, pp->band, sizeof sp.band);
		cols[1] = (struct tokenizer_pretokenized){ sp.section, sp.section_len,
		    tokens + pp->section_tok, pp->section_tok_len, j->stems_only };
		cols[2] = (struct tokenizer_pretokenized){ sp.body, sp.body_len,
		    tokens + pp->body_tok, pp->body_tok_len, j->stems_only };
		if (r->replay)
			tokenizer_replay_arm(r->replay, cols, 3);
		int rc = store_passage_add(r->store, c->source_id, c->title, &sp, r->err,
		    sizeof r->err);
		if (r->replay)
			tokenizer_replay_disarm(r->replay);
		if (rc != 0)
			return -1;
		c->count++;
	}
	return 0;
}

/* The writing half of indexing a file, on this thread, in walk order. */
static int finish_job(struct run *r, struct file_job *j)
{
	for (size_t i = 0; i < j->nwarnings; i++)
		file_warning(r, j->warnings[i].name, j->warnings[i].what ? j->warnings[i].what
		    : strerror(j->warnings[i].errnum));
	if (j->kind == JOB_PROBLEM) {
		file_warning(r, j->path, j->problem);
		/* a loop is skipped on purpose; everything else is a failed file */
		if (!j->not_failed && strstr(j->problem, "loop") == NULL)
			r->files_failed++;
		return 0;
	}
	switch (j->outcome) {
	case OUTCOME_EMPTY:
	case OUTCOME_BINARY:
		r->files_skipped++;
		return 0;
	case OUTCOME_FAILED:
		r->files_failed++;
		return 0;
	case OUTCOME_OOM:
		snprintf(r->err, sizeof r->err, "%s: out of memory", j->path);
		goto fatal;
	case OUTCOME_TOUCHED:
		r->files_unchanged++;
		r->files_touched++;
		if (store_source_touch(r->store, j->old.id, j->mtime_ns, r->err, sizeof r->err) != 0 ||
		    store_source_seen(r->store, j->old.id, r->err, sizeof r->err) != 0)
			goto fatal;
		return 0;
	case OUTCOME_INDEX:
		break;
	}
	struct store_source_info info = {
		.path = j->path, .title = j->title.data, .publisher = j->publisher,
		.format = format_name(j),
		.size = j->size, .mtime_ns = j->mtime_ns, .hash = j->hash,
		.author = j->author, .date = j->date, .url = j->url,
	};
	struct split_ctx sc = { r, 0, j->title.data, 0 };
	if (store_source_put(r->store, &info, &sc.source_id, r->err, sizeof r->err) != 0)
		goto fatal;
	if (j->pretokenized) {
		if (add_prepared(r, j, &sc) != 0)
			goto fatal;
	} else {
		int split = prepare_each_passage(j, on_passage, &sc);
		if (split == PASSAGE_ENOMEM) {
			snprintf(r->err, sizeof r->err, "%s: out of memory", j->path);
			goto fatal;
		}
		if (split != 0)
			goto fatal;
	}
	if (store_source_finish(r->store, sc.source_id, sc.count, r->err, sizeof r->err) != 0)
		goto fatal;
	if (j->compare_old)
		r->files_changed++;
	else
		r->files_new++;
	r->passages_added += sc.count;
	r->bytes_indexed += j->len;
	return 0;
fatal:
	r->fatal = 1;
	return -1;
}

static int index_file(void *ctx, const char *path, const struct stat *st)
{
	struct run *r = ctx;
	struct store_source old;
	int known;
	enum doc_kind doc;
	int64_t mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
	enum passage_format fmt = format_of(path, &known, &doc);
	const char *slash = strrchr(path, '/');

	if (strcmp(slash ? slash + 1 : path, METADATA_FILE) == 0)
		return 0;
	if (!known) {
		if (r->other_skipped++ == 0)
			r->other_example = strdup(path);
		if (r->verbose)
			note(r, path, "not a " KNOWN_KINDS " file, skipped");
		return 0;
	}
	/* one source per file, whatever names lead to it (issue 19) */
	const char *first;
	int added = fileids_add(r->walked, st->st_dev, st->st_ino, path, &first);
	if (added < 0) {
		snprintf(r->err, sizeof r->err, "%s: out of memory", path);
		r->fatal = 1;
		return -1;
	}
	if (added == 0) {
		if (strcmp(first, path) != 0)
			alias(r, path, first, "");
		return 0;	/* the same name twice (a PATH inside another) is quiet */
	}
	r->bytes_seen += (uint64_t)st->st_size;
	progress(r, 0);
	if (r->fatal)
		return -1;
	if (store_source_find(r->store, path, &old, r->err, sizeof r->err) != 0) {
		r->fatal = 1;
		return -1;
	}
	const char *known_as = old.id ? NULL : indexed_name(r, st);
	if (known_as && strcmp(known_as, path) != 0) {
		alias(r, path, known_as, " in the index");
		path = known_as;
		if (store_source_find(r->store, path, &old, r->err, sizeof r->err) != 0) {
			r->fatal = 1;
			return -1;
		}
	}
	int md = md_changed(r, path);
	if (md < 0) {
		r->fatal = 1;
		return -1;
	}
	if (old.id && !r->rebuild && old.size == st->st_size && old.mtime_ns == mtime_ns && !md) {
		r->files_unchanged++;
		if (store_source_seen(r->store, old.id, r->err, sizeof r->err) != 0) {
			r->fatal = 1;
			return -1;
		}
		return 0;
	}
	struct file_job *j = calloc(1, sizeof *j);
	if (j == NULL || (j->path = strdup(path)) == NULL) {
		free(j);
		snprintf(r->err, sizeof r->err, "%s: out of memory", path);
		r->fatal = 1;
		return -1;
	}
	j->kind = JOB_FILE;
	j->size = st->st_size;
	j->mtime_ns = mtime_ns;
	j->fmt = fmt;
	j->doc = doc;
	j->old = old;
	j->compare_old = old.id && !r->rebuild;
	return submit(r, j);
}

static int has_prefix_dir(const char *path, const char *root)
{
	size_t n = strlen(root);
	if (n == 1 && root[0] == '/')
		return path[0] == '/';
	return strncmp(path, root, n) == 0 && (path[n] == 0 || path[n] == '/');
}

/*
 * Sources that vanished from under a root this run walked are removed,
 * also when the root is spelled differently from the sources' names
 * ("./corpus", "$PWD/corpus" for "corpus/a.txt"): then the real path of
 * the source's folder is compared with the root's.
 */
static int under_a_root(void *ctx, const char *path)
{
	struct run *r = ctx;
	for (int i = 0; i < r->nroots; i++)
		if (has_prefix_dir(path, r->roots[i]))
			return 1;
	const char *slash = strrchr(path, '/');
	char *dir = slash == NULL ? strdup(".") : slash == path ? strdup("/")
	    : strndup(path, (size_t)(slash - path));
	char *real = dir ? realpath(dir, NULL) : NULL;
	int under = 0;
	for (int i = 0; real && !under && i < r->nroots; i++)
		under = r->real_roots[i] && has_prefix_dir(real, r->real_roots[i]);
	free(real);
	free(dir);
	return under;
}

static int count_bytes(void *ctx, const char *path, const struct stat *st)
{
	(void)path;
	((struct run *)ctx)->bytes_total += (uint64_t)st->st_size;
	return 0;
}

static void ignore_problem(void *ctx, const char *path, const char *what)
{
	(void)ctx, (void)path, (void)what;
}

/* "corpus///" -> "corpus"; the path as the user gave it otherwise. */
static void trim_slashes(char *p)
{
	size_t n = strlen(p);
	while (n > 1 && p[n - 1] == '/')
		p[--n] = 0;
}

struct stale_ctx {
	size_t stale;
	struct store *store;
	char *dir;		/* the folder of the last source, */
	int md_stale;		/* and whether its metadata file changed */
};

/* 1 when the index recorded another metadata file for path's folder. */
static int md_stale(struct stale_ctx *c, const char *path)
{
	char *dir = dir_of(path), buf[24], *key, *stored;
	if (dir == NULL || (c->dir && strcmp(c->dir, dir) == 0)) {
		free(dir);
		return c->md_stale;
	}
	free(c->dir);
	c->dir = dir;
	c->md_stale = 0;
	if ((key = malloc(strlen(dir) + sizeof MD_KEY_PREFIX)) == NULL)
		return 0;
	sprintf(key, "%s%s", MD_KEY_PREFIX, dir);
	/* an index from before the fingerprints cannot tell */
	if ((stored = store_meta(c->store, key)) != NULL) {
		const char *fp = md_fingerprint(dir, buf, sizeof buf);
		c->md_stale = fp == NULL || strcmp(fp, stored) != 0;
	}
	free(stored);
	free(key);
	return c->md_stale;
}

static int report_stale(void *ctx, const char *path, int64_t size, int64_t mtime_ns,
    uint64_t hash)
{
	struct stale_ctx *c = ctx;
	struct stat st;
	(void)hash;
	if (stat(path, &st) != 0) {
		printf("stale: %s (%s)\n", path, strerror(errno));
		c->stale++;
	} else if (st.st_size != size ||
	    (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec != mtime_ns) {
		printf("stale: %s (changed since indexing)\n", path);
		c->stale++;
	} else if (md_stale(c, path)) {
		printf("stale: %s (%s changed since indexing)\n", path, METADATA_FILE);
		c->stale++;
	}
	return 0;
}

static int check_index(const char *db_path)
{
	struct store *s;
	char err[512];
	struct stale_ctx sc = { 0 };
	int64_t sources, passages;

	if (access(db_path, F_OK) != 0) {
		warnx("%s: no such index", db_path);
		return EXIT_TROUBLE;
	}
	if (store_open(db_path, STORE_WRITE, &s, err, sizeof err) != 0) {
		warnx("%s", err);
		return EXIT_TROUBLE;
	}
	if (store_check(s, err, sizeof err) != 0) {
		warnx("%s", err);
		store_close(s);
		return EXIT_TROUBLE;
	}
	store_counts(s, &sources, &passages);
	sc.store = s;
	int rc = store_each_source(s, report_stale, &sc, err, sizeof err);
	free(sc.dir);
	if (rc != 0) {
		warnx("%s", err);
		store_close(s);
		return EXIT_TROUBLE;
	}
	store_close(s);
	printf("%s: ok, %lld sources, %lld passages, %zu stale\n", db_path,
	    (long long)sources, (long long)passages, sc.stale);
	return EXIT_OK;
}

/*
 * 1 when the index file did not exist before this run: a run that ends
 * without a source in it (missing corpus, only skipped files, a failure)
 * removes it again, with its -wal and -shm, so a failed first run leaves
 * no empty index behind.  store_remove_if_empty decides that under the
 * write lock: another indexer that made the same file at the same moment
 * keeps what it wrote.  A file that existed before the run is never
 * removed.
 */
static int created_index;

/* Leave: the run's failure in r->err; a new index without sources goes. */
static void fail_run(struct run *r)
{
	char err[512];
	if (created_index && store_remove_if_empty(r->store, err, sizeof err) < 0)
		warnx("%s", err);
	store_close(r->store);	/* rolls back: the index is as it was */
	errx(EXIT_TROUBLE, "%s (index left unchanged)", r->err);
}

static int finish_stdout(int status)
{
	if (ferror(stdout) || fclose(stdout) != 0) {
		warnx("write error on standard output");
		return EXIT_TROUBLE;
	}
	return status;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "rebuild", no_argument, NULL, 'r' },
		{ "check", no_argument, NULL, 'c' },
		{ "export-bulk", required_argument, NULL, 'B' },
		{ "export-mapping", required_argument, NULL, 'M' },
		{ "export-index", required_argument, NULL, 'I' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "list-skipped", no_argument, NULL, 'v' },
		{ "pdf-timeout", required_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	static char *default_roots[] = { "corpus" };
	struct run r = { 0 };
	struct export_request ex = { 0 };
	int opt, check = 0;
	const char *prog = cliopt_progname(argv[0]);
	store_set_indexer_name(prog);	/* in advice: "rebuild it with: PROG --rebuild" */

	store_one_thread_a_connection();	/* before any SQLite call */
#ifdef __GLIBC__
	/*
	 * Blocks of 1 MB or more (FTS5's growing doclists, the copy sketches'
	 * sort scratch) come from mmap and go back when freed.  By default
	 * glibc raises that threshold to the largest block freed, so such
	 * blocks then come from the heap, which they leave in pieces a run
	 * never gives back: peak RSS 78 -> 70 MB at 100 MB, 83 -> 76 MB at
	 * 500 MB, and at 2 GB the heap grew all through the run
	 * (docs/performance.md).
	 */
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
	r.db_path = getenv("PSEARCH_DB");
	if (r.db_path == NULL || *r.db_path == 0)
		r.db_path = "index.db";
	/* options anywhere, "--" ends them; the messages are ours (cliopt.h) */
	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":qvh", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd': r.db_path = optarg; break;
		case 'r': r.rebuild = 1; break;
		case 'c': check = 1; break;
		case 'B': ex.bulk_path = optarg; break;
		case 'M': ex.mapping_path = optarg; break;
		case 'I': ex.index_name = optarg; break;
		case 'q': r.quiet = 1; break;
		case 'v': r.verbose = 1; break;
		case 'P': {
			char *end;
			double t = strtod(optarg, &end);
			if (end == optarg || *end != 0 || !(t >= 0 && t <= 1e6))
				errx(EXIT_TROUBLE, "--pdf-timeout: '%s' is not a number of seconds"
				    " (0 to 1000000; 0: no limit)", optarg);
			pdf_set_timeout(t);
			break;
		}
		case 'h': usage(stdout, prog); return finish_stdout(EXIT_OK);
		case 'V': printf("%s 0.1\n", prog); return finish_stdout(EXIT_OK);
		default: {
			char what[256];
			if (cliopt_problem(opt, argc, argv, optind, optopt, longopts, what,
			    sizeof what) == CLIOPT_UNKNOWN)
				errx(EXIT_TROUBLE, "%s (a PATH starting with - goes after --;"
				    " see %s --help)", what, prog);
			errx(EXIT_TROUBLE, "%s (see %s --help)", what, prog);
		}
		}
	}
	if (*r.db_path == 0)
		errx(EXIT_TROUBLE, "--db: empty file name");
	if (ex.bulk_path || ex.mapping_path || ex.index_name) {
		if (check || r.rebuild)
			errx(EXIT_TROUBLE, "--export-bulk and --export-mapping go without --%s",
			    check ? "check" : "rebuild");
		if (optind < argc)
			errx(EXIT_TROUBLE, "--export-bulk takes no PATH (got '%s')", argv[optind]);
		ex.db_path = r.db_path;
		ex.quiet = r.quiet;
		return export_run(&ex);	/* it checks and closes stdout itself */
	}
	if (check) {
		if (optind < argc)
			errx(EXIT_TROUBLE, "--check takes no PATH (got '%s')", argv[optind]);
		return finish_stdout(check_index(r.db_path));
	}
	r.roots = optind < argc ? argv + optind : default_roots;
	r.nroots = optind < argc ? argc - optind : 1;
	for (int i = 0; i < r.nroots && r.roots != default_roots; i++)
		trim_slashes(r.roots[i]);
	/* a PATH given twice is walked once */
	for (int i = 1; i < r.nroots; i++) {
		for (int k = 0; k < i; k++) {
			if (strcmp(r.roots[i], r.roots[k]) == 0) {
				char *name = printable(r.roots[i]);
				warnx("%s: given twice, indexed once", name ? name : "?");
				free(name);
				memmove(r.roots + i, r.roots + i + 1, (size_t)(r.nroots - i - 1) * sizeof *r.roots);
				r.nroots--;
				i--;
				break;
			}
		}
	}
	if ((r.walked = fileids_new()) == NULL ||
	    (r.real_roots = calloc((size_t)r.nroots, sizeof *r.real_roots)) == NULL)
		errx(EXIT_TROUBLE, "out of memory");
	for (int i = 0; i < r.nroots; i++)
		r.real_roots[i] = realpath(r.roots[i], NULL);
	r.progress = isatty(STDERR_FILENO);
	clock_gettime(CLOCK_MONOTONIC, &r.started);
	/* past a file size limit (ulimit -f) a write must fail with EFBIG, which
	 * SQLite reports and the run rolls back, not kill the indexer */
	signal(SIGXFSZ, SIG_IGN);

	struct stat before;
	created_index = lstat(r.db_path, &before) != 0 && errno == ENOENT;
	if (store_open(r.db_path, r.rebuild ? STORE_REBUILD : STORE_WRITE, &r.store, r.err,
	    sizeof r.err) != 0) {
		/* a file SQLite made and nobody wrote to is left behind only empty */
		if (created_index && lstat(r.db_path, &before) == 0 && before.st_size == 0)
			unlink(r.db_path);
		errx(EXIT_TROUBLE, "%s", r.err);
	}
	if (store_begin(r.store, r.rebuild, r.err, sizeof r.err) != 0) {
		if (created_index) {
			char err[512];
			if (store_remove_if_empty(r.store, err, sizeof err) < 0)
				warnx("%s", err);
		}
		store_close(r.store);
		errx(EXIT_TROUBLE, "%s", r.err);
	}
	/* decided under the write lock, after any other indexer's run */
	const char *why;
	if (store_run_rebuilds(r.store, &why) && why && !r.rebuild) {
		warnx("%s: %s; rebuilding", r.db_path, why);
		r.rebuild = 1;
	}
	/* on one core, a second thread would only add its overhead */
	int threaded = sysconf(_SC_NPROCESSORS_ONLN) > 1;
	if (preparer_open(store_db(r.store), threaded, store_term_counts(r.store),
	    store_raw_forms(r.store), &r.preparer,
	    r.err, sizeof r.err) != 0 ||
	    pipeline_open(&r.pipeline, prepare_job, r.preparer, PIPELINE_JOBS,
	    PIPELINE_BYTES, threaded, r.err, sizeof r.err) != 0) {
		preparer_close(r.preparer);
		fail_run(&r);
	}
	r.replay = tokenizer_replay_get(store_db(r.store));
	if (r.progress)
		for (int i = 0; i < r.nroots; i++)
			walk_path(r.roots[i], count_bytes, ignore_problem, &r);
	for (int i = 0; i < r.nroots && !r.fatal; i++) {
		struct stat st;
		if (stat(r.roots[i], &st) != 0) {
			/* a missing root removes nothing: its sources stay as they were */
			file_warning(&r, r.roots[i], strerror(errno));
			r.files_failed++;
			r.roots[i] = "";
			continue;
		}
		int known;
		enum doc_kind doc;
		if (S_ISREG(st.st_mode) && (format_of(r.roots[i], &known, &doc), !known)) {
			file_warning(&r, r.roots[i], "not a " KNOWN_KINDS " file, skipped");
			r.files_skipped++;
			continue;
		}
		r.file_root = S_ISREG(st.st_mode);
		walk_path(r.roots[i], index_file, on_walk_problem, &r);
		drain(&r);	/* this root's messages before the next one's */
	}
	/* after a failure: no more files read, none written */
	pipeline_stop(r.pipeline);
	drain(&r);
	pipeline_close(r.pipeline);
	preparer_close(r.preparer);
	if (!r.fatal) {
		/* empty roots (missing paths) match nothing */
		int n = 0;
		for (int i = 0; i < r.nroots; i++) {
			if (*r.roots[i]) {
				r.real_roots[n] = r.real_roots[i];
				r.roots[n++] = r.roots[i];
			} else {
				free(r.real_roots[i]);
			}
		}
		r.nroots = n;
		if (store_remove_unseen(r.store, under_a_root, &r, &r.files_removed,
		    r.err, sizeof r.err) != 0)
			r.fatal = 1;
	}
	progress_clear(&r);
	if (r.fatal)
		fail_run(&r);
	int changed = r.files_new || r.files_changed || r.files_removed || r.rebuild;
	/* an index from before term_df gets it even when nothing changed */
	int write = changed || r.files_touched || r.md_written || store_upgrading(r.store);
	if (write) {
		if (store_commit(r.store, r.err, sizeof r.err) != 0)
			fail_run(&r);
	} else {
		store_rollback(r.store);	/* nothing to write: leave the file alone */
	}
	if (r.aliases > ALIASES_TOLD)
		warnx("%zu more files seen under a second name, each indexed once",
		    r.aliases - ALIASES_TOLD);
	for (int i = 0; i < r.nroots; i++)
		free(r.real_roots[i]);
	free(r.real_roots);
	fileids_free(r.walked);
	fileids_free(r.indexed);
	free(r.md_dir);
	if (r.other_skipped && !r.verbose) {
		char *example = r.other_example ? printable(r.other_example) : NULL;
		warnx("skipped %zu file%s that %s not " KNOWN_KINDS " (e.g. %s; -v names them all)",
		    r.other_skipped, r.other_skipped == 1 ? "" : "s",
		    r.other_skipped == 1 ? "is" : "are", example ? example : "?");
		free(example);
	}
	/* the summary counts every file skipped, of another kind too */
	r.files_skipped += r.other_skipped;
	int64_t sources = 0, passages = 0;
	store_counts(r.store, &sources, &passages);
	free(r.other_example);
	if (created_index && sources == 0) {
		char *name = printable(r.db_path);
		if (store_remove_if_empty(r.store, r.err, sizeof r.err) < 0)
			warnx("%s", r.err);
		store_close(r.store);
		warnx("%s: nothing indexed (no readable " KNOWN_KIND " file), so no index was written",
		    name ? name : "?");
		free(name);
		return finish_stdout(EXIT_TROUBLE);
	}
	store_close(r.store);
	if (!r.quiet) {
		double t = seconds_since(&r.started);
		if (!changed && r.files_failed == 0)
			fprintf(stderr, "indexer: %s is up to date: %zu files unchanged, nothing to do (%.2f s)\n",
			    r.db_path, r.files_unchanged, t);
		else
			fprintf(stderr, "indexer: %s: %zu new, %zu changed, %zu unchanged, %zu removed, "
			    "%zu failed, %zu skipped; %zu passages added, %lld in index; %.1f MB in %.2f s\n",
			    r.db_path, r.files_new, r.files_changed, r.files_unchanged, r.files_removed,
			    r.files_failed, r.files_skipped, r.passages_added, (long long)passages,
			    (double)r.bytes_indexed / 1e6, t);
	}
	(void)sources;
	return finish_stdout(r.files_failed ? EXIT_TROUBLE : EXIT_OK);
}
