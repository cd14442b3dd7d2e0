/*
 * pdf.c: running pdftotext (and on a failure pdfinfo) on a PDF (see pdf.h).
 *
 * One pdftotext run a file: starting a poppler program costs about 55 ms
 * (dynamic linking, fontconfig), more than reading a paper's text, so the
 * info comes from -htmlmeta's head instead of a second program.
 *
 * Why helper programs rather than poppler's library: a malformed PDF that
 * crashes or hangs poppler then takes down one child process, not the
 * indexer and its open transaction; the indexer stays a C program with no
 * C++ or GLib in its address space (and in its sanitizer builds); and
 * pdftotext's reading-order text, with a form feed after each page and a
 * blank line between blocks, is what the passage splitter reads anyway.
 * The children are started with posix_spawn, which is safe from the
 * indexer's worker thread.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "pdf.h"
#include "util.h"

extern char **environ;

#define RUN_TIMEOUT (-2)	/* run(): the child ran past its time and was killed */

/* Set once by the program before any file is read (pdf.h); 0: no limit. */
static double timeout_per_10mb = PDF_TIMEOUT_DEFAULT;

void pdf_set_timeout(double seconds)
{
	timeout_per_10mb = seconds > 0 ? seconds : 0;
}

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/*
 * Run argv with stdout and stderr read into out and errtext (the first
 * 300 bytes of it), for at most limit seconds (0: no limit).  Returns the
 * exit status (128 + signal when killed), RUN_TIMEOUT when it ran past the
 * limit (then it is killed and reaped, and out is incomplete), or -1 with
 * errno set when it cannot be started or read.
 *
 * A child that outlives the limit gets SIGKILL and is not read further:
 * what it started itself may still hold the pipes, so their end of file
 * is not awaited.  It stays in the indexer's process group, so that ^C
 * on a terminal stops it with the indexer.
 */
static int run(char *const argv[], double limit, struct buf *out, char *errtext,
    size_t errlen)
{
	int opipe[2] = { -1, -1 }, epipe[2] = { -1, -1 }, status = -1, saved = 0;
	posix_spawn_file_actions_t fa;
	pid_t pid;
	size_t elen = 0;
	double deadline = limit > 0 ? now() + limit : 0;
	int late = 0;

	errtext[0] = 0;
	if (pipe(opipe) != 0)
		return -1;
	if (pipe(epipe) != 0) {
		close(opipe[0]);
		close(opipe[1]);
		return -1;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, opipe[1], 1);
	posix_spawn_file_actions_adddup2(&fa, epipe[1], 2);
	posix_spawn_file_actions_addclose(&fa, opipe[0]);
	posix_spawn_file_actions_addclose(&fa, epipe[0]);
	int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(opipe[1]);
	close(epipe[1]);
	if (rc != 0) {
		close(opipe[0]);
		close(epipe[0]);
		errno = rc;
		return -1;
	}
	/* both pipes at once, so that a child filling one never waits on us */
	int open_o = 1, open_e = 1;
	char chunk[65536];
	while (open_o || open_e) {
		fd_set rd;
		struct timeval tv, *wait = NULL;
		if (deadline > 0) {
			double left = deadline - now();
			if (left <= 0) {
				late = 1;
				break;
			}
			tv.tv_sec = (time_t)left;
			tv.tv_usec = (suseconds_t)((left - (double)tv.tv_sec) * 1e6);
			wait = &tv;
		}
		FD_ZERO(&rd);
		if (open_o)
			FD_SET(opipe[0], &rd);
		if (open_e)
			FD_SET(epipe[0], &rd);
		int ready = select((opipe[0] > epipe[0] ? opipe[0] : epipe[0]) + 1, &rd, NULL, NULL,
		    wait);
		if (ready < 0) {
			if (errno == EINTR)
				continue;
			saved = errno;
			break;
		}
		if (ready == 0)
			continue;	/* the deadline, checked above */
		if (open_o && FD_ISSET(opipe[0], &rd)) {
			ssize_t n = read(opipe[0], chunk, sizeof chunk);
			if (n > 0)
				buf_append(out, chunk, (size_t)n);
			else if (n == 0 || errno != EINTR)
				open_o = 0;
		}
		if (open_e && FD_ISSET(epipe[0], &rd)) {
			ssize_t n = read(epipe[0], chunk, sizeof chunk);
			if (n > 0) {
				size_t k = (size_t)n < errlen - 1 - elen ? (size_t)n : errlen - 1 - elen;
				memcpy(errtext + elen, chunk, k);
				elen += k;
				errtext[elen] = 0;
			} else if (n == 0 || errno != EINTR) {
				open_e = 0;
			}
		}
	}
	close(opipe[0]);
	close(epipe[0]);
	/* a child may close its output and still not end: the limit holds here too */
	while (deadline > 0 && !late) {
		pid_t w = waitpid(pid, &status, WNOHANG);
		if (w == pid)
			break;
		if (w < 0 && errno != EINTR) {
			saved = saved ? saved : errno;
			break;
		}
		if (now() >= deadline)
			late = 1;
		else
			nanosleep(&(struct timespec){ 0, 10 * 1000 * 1000 }, NULL);
	}
	if (late)
		kill(pid, SIGKILL);
	if (late || deadline == 0)
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
	if (late)
		return RUN_TIMEOUT;
	if (saved) {
		errno = saved;
		return -1;
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* The limit for a PDF of path: timeout_per_10mb for each 10 MB or part; 0: none. */
static double limit_for(const char *path)
{
	struct stat st;
	double tens = 1;
	if (timeout_per_10mb <= 0)
		return 0;
	if (stat(path, &st) == 0 && st.st_size > 0)
		tens = (double)((st.st_size + (10 << 20) - 1) / (10 << 20));
	return timeout_per_10mb * tens;
}

/* s[0 .. n) with pdftotext's HTML escapes undone, appended to b. */
static void unescape(struct buf *b, const char *s, size_t n)
{
	static const struct {
		const char *ent, *ch;
	} ents[] = { { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
	    { "&apos;", "'" }, { "&#39;", "'" } };
	for (size_t i = 0; i < n; ) {
		const char *amp = memchr(s + i, '&', n - i);
		size_t run = amp ? (size_t)(amp - s) - i : n - i;
		buf_append(b, s + i, run);
		i += run;
		if (i >= n)
			break;
		size_t k, len = 0;
		for (k = 0; k < sizeof ents / sizeof *ents; k++) {
			len = strlen(ents[k].ent);
			if (n - i >= len && memcmp(s + i, ents[k].ent, len) == 0)
				break;
		}
		if (k < sizeof ents / sizeof *ents) {
			buf_puts(b, ents[k].ch);
			i += len;
		} else {
			buf_append(b, "&", 1);
			i++;
		}
	}
}

/*
 * From pdftotext -htmlmeta's head: <title>, or a <meta name="KEY"
 * content="...">'s content; malloc'd, NULL when not there.
 */
static char *head_field(const char *head, size_t n, const char *key)
{
	char pat[64];
	const char *v, *e;
	if (key == NULL) {
		snprintf(pat, sizeof pat, "<title>");
	} else {
		snprintf(pat, sizeof pat, "<meta name=\"%s\" content=\"", key);
	}
	size_t plen = strlen(pat);
	for (v = head; v + plen <= head + n && memcmp(v, pat, plen) != 0; v++)
		;
	if (v + plen > head + n)
		return NULL;
	v += plen;
	for (e = v; e < head + n && *e != (key ? '"' : '<'); e++)
		;
	if (e == v || e >= head + n)
		return NULL;
	struct buf u = { 0 }, b = { 0 };
	unescape(&u, v, (size_t)(e - v));
	if (u.len)
		util_utf8_repair(&b, u.data, u.len);
	buf_free(&u);
	return b.oom || b.len == 0 ? (buf_free(&b), NULL) : b.data;
}

/* The first line of a helper's complaint, for a message. */
static const char *first_line(char *s)
{
	s[strcspn(s, "\n")] = 0;
	return *s ? s : "no reason given";
}

enum pdf_status pdf_read(const char *path, struct pdf_doc *doc, char *msg, size_t msglen)
{
	struct buf text = { 0 };
	char errtext[300];
	/* a path starting with '-' would be an option */
	char *p = NULL;
	if (path[0] == '-' && (p = malloc(strlen(path) + 3)) != NULL)
		sprintf(p, "./%s", path);
	char *arg = p ? p : (char *)path;
	/* one run: -htmlmeta puts the info (title, author, date) before the text */
	char *totext[] = { "pdftotext", "-q", "-enc", "UTF-8", "-htmlmeta", arg, "-", NULL };
	char *pdfinfo[] = { "pdfinfo", "-enc", "UTF-8", arg, NULL };
	enum pdf_status st = PDF_OK;

	memset(doc, 0, sizeof *doc);
	double limit = limit_for(arg);
	int rc = run(totext, limit, &text, errtext, sizeof errtext);
	if (rc == RUN_TIMEOUT) {
		snprintf(msg, msglen, "pdftotext still running after %g s, killed; not indexed "
		    "(--pdf-timeout gives it longer)", limit);
		st = PDF_TIMEOUT;
	} else if (rc < 0) {
		snprintf(msg, msglen, "cannot run pdftotext (%s; it comes with Debian's "
		    "poppler-utils), not indexed", strerror(errno));
		st = errno == ENOMEM ? PDF_NOMEM : PDF_NO_TOOL;
	} else if (rc == 127) {
		snprintf(msg, msglen, "pdftotext not found (install Debian's poppler-utils), "
		    "not indexed");
		st = PDF_NO_TOOL;
	} else if (text.oom) {
		snprintf(msg, msglen, "out of memory");
		st = PDF_NOMEM;
	} else if (rc != 0) {
		/* -q hides the reason: ask pdfinfo, which says it */
		struct buf ignored = { 0 };
		if (run(pdfinfo, limit, &ignored, errtext, sizeof errtext) == RUN_TIMEOUT)
			snprintf(errtext, sizeof errtext, "pdfinfo still running after %g s, killed",
			    limit);
		buf_free(&ignored);
		if (rc == 3 || strstr(errtext, "password") || strstr(errtext, "ncrypt")) {
			snprintf(msg, msglen, "encrypted PDF (it needs a password), not indexed");
			st = PDF_ENCRYPTED;
		} else {
			snprintf(msg, msglen, "not a readable PDF (poppler: %s), not indexed",
			    first_line(errtext));
			st = PDF_BROKEN;
		}
	}
	struct buf plain = { 0 };
	if (st == PDF_OK) {
		/* the text is what pdftotext prints without -htmlmeta: the <pre>'s, unescaped */
		const char *pre = NULL, *end = NULL;
		buf_append(&text, "", 1);
		if (!text.oom && (pre = strstr(text.data, "<pre>")) != NULL) {
			for (end = text.data + text.len - 1; end > pre && memcmp(end, "</pre>", 6) != 0; end--)
				;
			pre += 5;
			if (*pre == '\n')
				pre++;
			if (end > pre) {
				size_t head = (size_t)(pre - text.data);
				unescape(&plain, pre, (size_t)(end - pre));
				doc->title = head_field(text.data, head, NULL);
				doc->author = head_field(text.data, head, "Author");
				doc->date = head_field(text.data, head, "CreationDate");
				if (doc->date && strlen(doc->date) >= 10 && doc->date[4] == '-' &&
				    doc->date[7] == '-')
					doc->date[10] = 0;	/* the day is what a citation needs */
			}
		}
		if (text.oom || plain.oom) {
			snprintf(msg, msglen, "out of memory");
			st = PDF_NOMEM;
		}
		buf_free(&text);
		text = plain;
		size_t i;
		for (i = 0; st == PDF_OK && i < text.len && strchr(" \t\r\n\f", text.data[i]); i++)
			;
		if (st == PDF_OK && i == text.len) {
			snprintf(msg, msglen, "no text in the PDF (scanned pages need OCR first), "
			    "skipped");
			st = PDF_NO_TEXT;
		}
	}
	free(p);
	if (st != PDF_OK) {
		buf_free(&text);
		pdf_doc_free(doc);
		return st;
	}
	buf_append(&text, "", 1);
	if (text.oom) {
		buf_free(&text);
		pdf_doc_free(doc);
		snprintf(msg, msglen, "out of memory");
		return PDF_NOMEM;
	}
	doc->text = text.data;
	doc->len = text.len - 1;
	return PDF_OK;
}

void pdf_doc_free(struct pdf_doc *doc)
{
	if (doc == NULL)
		return;
	free(doc->text);
	free(doc->title);
	free(doc->author);
	free(doc->date);
	memset(doc, 0, sizeof *doc);
}
