/*
 * pdf.c: running pdftotext and pdfinfo on a PDF (see pdf.h).
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
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pdf.h"
#include "util.h"

extern char **environ;

/*
 * Run argv with stdout and stderr read into out and errtext (the first
 * 300 bytes of it).  Returns the exit status (128 + signal when killed), or
 * -1 with errno set when it cannot be started or read.
 */
static int run(char *const argv[], struct buf *out, char *errtext, size_t errlen)
{
	int opipe[2] = { -1, -1 }, epipe[2] = { -1, -1 }, status = -1, saved = 0;
	posix_spawn_file_actions_t fa;
	pid_t pid;
	size_t elen = 0;

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
		FD_ZERO(&rd);
		if (open_o)
			FD_SET(opipe[0], &rd);
		if (open_e)
			FD_SET(epipe[0], &rd);
		if (select((opipe[0] > epipe[0] ? opipe[0] : epipe[0]) + 1, &rd, NULL, NULL,
		    NULL) < 0) {
			if (errno == EINTR)
				continue;
			saved = errno;
			break;
		}
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
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (saved) {
		errno = saved;
		return -1;
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* The value of "Key:   value" in pdfinfo's output, malloc'd, or NULL. */
static char *info_field(const struct buf *info, const char *key)
{
	size_t klen = strlen(key);
	for (const char *p = info->data; p && *p; ) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		if (n > klen && memcmp(p, key, klen) == 0 && p[klen] == ':') {
			const char *v = p + klen + 1, *e = p + n;
			while (v < e && (*v == ' ' || *v == '\t'))
				v++;
			while (e > v && (e[-1] == ' ' || e[-1] == '\r'))
				e--;
			if (e > v) {
				struct buf b = { 0 };
				util_utf8_repair(&b, v, (size_t)(e - v));
				return b.oom ? (buf_free(&b), NULL) : b.data;
			}
			return NULL;
		}
		p = nl ? nl + 1 : NULL;
	}
	return NULL;
}

/* The first line of a helper's complaint, for a message. */
static const char *first_line(char *s)
{
	s[strcspn(s, "\n")] = 0;
	return *s ? s : "no reason given";
}

enum pdf_status pdf_read(const char *path, struct pdf_doc *doc, char *msg, size_t msglen)
{
	struct buf text = { 0 }, info = { 0 };
	char errtext[300];
	/* a path starting with '-' would be an option */
	char *p = NULL;
	if (path[0] == '-' && (p = malloc(strlen(path) + 3)) != NULL)
		sprintf(p, "./%s", path);
	char *arg = p ? p : (char *)path;
	char *totext[] = { "pdftotext", "-q", "-enc", "UTF-8", arg, "-", NULL };
	char *pdfinfo[] = { "pdfinfo", "-isodates", "-enc", "UTF-8", arg, NULL };
	enum pdf_status st = PDF_OK;

	memset(doc, 0, sizeof *doc);
	int rc = run(totext, &text, errtext, sizeof errtext);
	if (rc < 0) {
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
		run(pdfinfo, &ignored, errtext, sizeof errtext);
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
	if (st == PDF_OK) {
		size_t i;
		for (i = 0; i < text.len && strchr(" \t\r\n\f", text.data[i]); i++)
			;
		if (i == text.len) {
			snprintf(msg, msglen, "no text in the PDF (scanned pages need OCR first), "
			    "skipped");
			st = PDF_NO_TEXT;
		}
	}
	if (st == PDF_OK && run(pdfinfo, &info, errtext, sizeof errtext) == 0 && !info.oom) {
		doc->title = info_field(&info, "Title");
		doc->author = info_field(&info, "Author");
		doc->date = info_field(&info, "CreationDate");
		/* "2021-05-06T00:00:00Z": the day is what a citation needs */
		if (doc->date && strlen(doc->date) >= 10 && doc->date[4] == '-' && doc->date[7] == '-')
			doc->date[10] = 0;
	}
	buf_free(&info);
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
