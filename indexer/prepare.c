/*
 * prepare.c: reading, splitting and tokenizing a file ahead of its insert
 * (see prepare.h).
 *
 * The steps and their order are those bin/indexer always had; only the
 * warnings are kept instead of printed, so the main thread prints them in
 * the same order.  A passage's section, and the title, are tokenized once
 * per file or run of passages, since every passage repeats them.  What
 * needs no database is done here, off the writing thread: the tokens, and
 * the copy sketch of each body.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "metadata.h"
#include "prepare.h"

/*
 * Files larger than this are split and tokenized by the caller, as they
 * are inserted: recording the tokens of a whole file costs about twice its
 * size in memory.
 */
#define PREPARE_MAX_FILE (8u << 20)

struct preparer {
	struct tokenizer_session *tok;	/* NULL: do not pre-tokenize */
	struct metadata md;		/* of the folder of the last file */
	struct termstats *counts;	/* NULL: do not count terms */
	struct termstats *raw_forms;	/* NULL: leave the raw forms to the store */
	/*
	 * The new raw forms the file's captures reported (raw length, stem
	 * length, raw, stem: bytes), kept once its passages are all split.
	 */
	struct buf new_raw;
	/*
	 * Every passage counts its title's and its section's terms again (a
	 * term counts once per row): their slots in the map are kept, so
	 * that a passage counts them without hashing them (count_cached).
	 */
	unsigned long file;		/* files split so far: the caches' key */
	struct term_cache {
		uint32_t *slot;
		size_t n, cap;
		uint64_t epoch;		/* termstats_epoch they are valid in; 0: none */
		unsigned long file;	/* of the recording [off, off + len) */
		size_t off, len;
		int oom;
	} title_cache, section_cache;
	/*
	 * A body's terms are counted by their slots in the map too, kept as
	 * the memos of their words in the tokenizer's stem cache
	 * (count_body_term), valid in this epoch of the map.
	 */
	uint64_t memo_epoch;
	/*
	 * The slot of the body's last term found by its memo, plus 1 (0:
	 * none): counted when the next term comes, its slot fetched into the
	 * CPU's cache meanwhile (the map misses it on nearly every term).
	 */
	uint32_t pending;
};

/* The session's reporter of new raw forms (tokenizer_report_raw_forms). */
static int on_new_raw(void *ctx, const char *raw, size_t raw_len, const char *stem,
    size_t stem_len)
{
	struct buf *b = ctx;
	unsigned char lens[2] = { (unsigned char)raw_len, (unsigned char)stem_len };
	if (raw_len > TOKENIZER_MAX_STEM_BYTES || stem_len > TOKENIZER_MAX_STEM_BYTES)
		return 0;	/* never: longer words are not stemmed */
	buf_append(b, lens, 2);
	buf_append(b, raw, raw_len);
	buf_append(b, stem, stem_len);
	return b->oom;
}

int preparer_open(sqlite3 *db, int pretokenize, struct termstats *counts,
    struct termstats *raw_forms, struct preparer **out, char *err, size_t errlen)
{
	struct preparer *p = calloc(1, sizeof *p);
	*out = NULL;
	if (p == NULL)
		return util_error(err, errlen, "out of memory");
	p->counts = counts;
	p->raw_forms = raw_forms;
	if (pretokenize && tokenizer_open(db, &p->tok, err, errlen) != 0) {
		free(p);
		return -1;
	}
	/* the raw forms are reported: the recordings need none (stems-only replays) */
	if (p->tok && raw_forms &&
	    (tokenizer_report_raw_forms(p->tok, on_new_raw, &p->new_raw) != 0 ||
	    tokenizer_capture_stems_only(p->tok, 1) != 0)) {
		preparer_close(p);
		return util_error(err, errlen, "the %s tokenizer is not this program's",
		    TOKENIZER_NAME);
	}
	*out = p;
	return 0;
}

void preparer_close(struct preparer *p)
{
	if (p == NULL)
		return;
	tokenizer_close(p->tok);
	metadata_free(&p->md);
	buf_free(&p->new_raw);
	free(p->title_cache.slot);
	free(p->section_cache.slot);
	free(p);
}

void file_job_free(struct file_job *j)
{
	if (j == NULL)
		return;
	for (size_t i = 0; i < j->nwarnings; i++) {
		free(j->warnings[i].name);
		free(j->warnings[i].what);
	}
	free(j->text);
	html_text_free(&j->html);
	pdf_doc_free(&j->pdf);
	free(j->path);
	free(j->problem);
	buf_free(&j->title);
	free(j->publisher);
	free(j->author);
	free(j->date);
	free(j->url);
	free(j->title_from_doc);
	free(j->passages);
	buf_free(&j->sections);
	tokenizer_tokens_free(&j->tokens);
	free(j);
}

/* Record a warning about name: what, or strerror(errnum) when what is NULL. */
static void warn_later(struct file_job *j, const char *name, const char *what, int errnum)
{
	char *n, *w = NULL;
	if (j->nwarnings == JOB_MAX_WARNINGS)
		return;
	if ((n = strdup(name)) == NULL || (what && (w = strdup(what)) == NULL)) {
		free(n);
		j->oom = 1;	/* a warning is never lost quietly */
		return;
	}
	j->warnings[j->nwarnings].name = n;
	j->warnings[j->nwarnings].what = w;
	j->warnings[j->nwarnings].errnum = errnum;
	j->nwarnings++;
}

/* The lines of a folder's metadata file that were ignored, as FILE:LINE: what. */
static void metadata_warnings(struct file_job *j, const struct metadata *md)
{
	size_t shown = md->nproblems < METADATA_MAX_PROBLEMS ? md->nproblems
	    : METADATA_MAX_PROBLEMS;
	char name[4096];
	for (size_t i = 0; i < shown; i++) {
		const char *p = md->problems[i];
		const char *colon = p ? strchr(p, ':') : NULL;
		if (colon == NULL) {
			j->oom = 1;
			return;
		}
		snprintf(name, sizeof name, "%s/%s:%.*s", md->dir, METADATA_FILE,
		    (int)(colon - p), p);
		warn_later(j, name, colon + 2, 0);
	}
	if (md->nproblems > shown) {
		char what[96];
		snprintf(what, sizeof what, "%zu more lines ignored", md->nproblems - shown);
		snprintf(name, sizeof name, "%s/%s", md->dir, METADATA_FILE);
		warn_later(j, name, what, 0);
	}
}

/* *field = a copy of s (n bytes, invalid UTF-8 repaired) unless set or s is empty. */
static void set_field(struct file_job *j, char **field, const char *s, size_t n)
{
	struct buf b = { 0 };
	if (*field || n == 0)
		return;
	util_utf8_repair(&b, s, n);
	if (b.oom)
		j->oom = 1;
	else
		*field = b.data;
}

/*
 * Title, publisher, author, date, URL: each from the metadata file, else
 * the document's own (Markdown front matter), and a title else from the
 * first heading, else the file name.
 */
static void choose_title(struct preparer *p, struct file_job *j)
{
	const char *slash = strrchr(j->path, '/');
	const char *name = slash ? slash + 1 : j->path;
	char *dir = slash ? strndup(j->path, (size_t)(slash - j->path)) : strdup(".");
	size_t start, end;

	if (dir && (p->md.dir == NULL || strcmp(p->md.dir, dir) != 0)) {
		char err[512];
		if (metadata_load(&p->md, dir, err, sizeof err) != 0)
			warn_later(j, dir, err, 0);
		else
			metadata_warnings(j, &p->md);
	}
	free(dir);
	const struct metadata_entry *e = metadata_find(&p->md, name);
	struct passage_front_matter fm = { 0 };
	if (e) {
		char **to[4] = { &j->publisher, &j->author, &j->date, &j->url };
		const char *from[4] = { e->publisher, e->author, e->date, e->url };
		for (int i = 0; i < 4; i++)
			if (from[i])
				set_field(j, to[i], from[i], strlen(from[i]));
	}
	if (j->doc == DOC_HTML) {
		char **to[4] = { &j->publisher, &j->author, &j->date, &j->url };
		const char *from[4] = { j->html.publisher, j->html.author, j->html.date, j->html.url };
		for (int i = 0; i < 4; i++)
			if (from[i])
				set_field(j, to[i], from[i], strlen(from[i]));
	}
	if (j->doc == DOC_PDF) {
		char **to[3] = { &j->author, &j->date, &j->title_from_doc };
		const char *from[3] = { j->pdf.author, j->pdf.date, j->pdf.title };
		for (int i = 0; i < 3; i++)
			if (from[i])
				set_field(j, to[i], from[i], strlen(from[i]));
	}
	if (j->doc == DOC_PLAIN && j->fmt == PASSAGE_FORMAT_MARKDOWN &&
	    passage_front_matter(j->text, j->len, &fm)) {
		static const int which[4] = { PASSAGE_FM_PUBLISHER, PASSAGE_FM_AUTHOR,
		    PASSAGE_FM_DATE, PASSAGE_FM_URL };
		char **to[4] = { &j->publisher, &j->author, &j->date, &j->url };
		for (int i = 0; i < 4; i++)
			set_field(j, to[i], j->text + fm.field[which[i]].start,
			    fm.field[which[i]].end - fm.field[which[i]].start);
	}
	if (e && e->title) {
		buf_puts(&j->title, e->title);
	} else if (fm.field[PASSAGE_FM_TITLE].end > fm.field[PASSAGE_FM_TITLE].start) {
		util_utf8_repair(&j->title, j->text + fm.field[PASSAGE_FM_TITLE].start,
		    fm.field[PASSAGE_FM_TITLE].end - fm.field[PASSAGE_FM_TITLE].start);
	} else if (j->doc == DOC_HTML && j->html.title) {
		util_utf8_repair(&j->title, j->html.title, strlen(j->html.title));
	} else if (j->title_from_doc) {
		buf_puts(&j->title, j->title_from_doc);
	} else if (passage_guess_title(j->split_text, j->split_len, j->fmt, &start, &end)) {
		util_utf8_repair(&j->title, j->split_text + start, end - start);
	} else {
		buf_puts(&j->title, name);
	}
}

size_t prepare_section(const char *section, size_t len, const char *title, size_t title_len,
    enum passage_format fmt, const char **out)
{
	*out = section;
	if (len == title_len && memcmp(section, title, len) == 0) {
		*out = "";
		return 0;
	}
	if (fmt != PASSAGE_FORMAT_TEXT && title_len > 0 && len > title_len + 3 &&
	    memcmp(section, title, title_len) == 0 && memcmp(section + title_len, " > ", 3) == 0) {
		*out = section + title_len + 3;
		return len - title_len - 3;
	}
	return len;
}

/* ---- passages as the store takes them ---------------------------------- */

struct each_state {
	struct file_job *j;
	prepare_passage_fn fn;
	void *ctx;
	size_t title_len;	/* as the store binds the title: up to its NUL */
	size_t ordinal;
	size_t page, page_off;	/* PDF: the page being split, and where it starts */
	size_t line_off, line_no;	/* HTML: byte line_off of the file is on line line_no */
	int rc;
};

/* The line of the file holding byte off (HTML: the original bytes). */
static size_t file_line(struct each_state *e, size_t off)
{
	const char *t = e->j->text;
	if (off < e->line_off || e->line_no == 0) {
		e->line_off = 0;
		e->line_no = 1;
	}
	for (const char *p = t + e->line_off, *end = t + off;
	    (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		e->line_no++;
	e->line_off = off;
	return e->line_no;
}

static int each_passage(void *ctx, const struct passage *ps)
{
	struct each_state *e = ctx;
	struct file_job *j = e->j;
	struct store_passage sp = { 0 };
	size_t bs, be;

	sp.ordinal = e->ordinal++;
	sp.section_len = prepare_section(ps->section, ps->section_len, j->title.data,
	    e->title_len, j->fmt, &sp.section);
	sp.body = j->split_text + e->page_off + ps->byte_start;
	sp.body_len = ps->byte_end - ps->byte_start;
	sp.byte_start = e->page_off + ps->byte_start;
	sp.byte_end = e->page_off + ps->byte_end;
	sp.line_start = ps->line_start;
	sp.line_end = ps->line_end;
	if (j->doc == DOC_HTML) {
		/* the original bytes and lines the passage's words came from */
		html_text_place(&j->html, ps->byte_start, ps->byte_end, &bs, &be);
		sp.byte_start = bs;
		sp.byte_end = be;
		sp.line_start = file_line(e, bs);
		sp.line_end = file_line(e, be > bs ? be - 1 : bs);
		sp.extracted = 1;
	} else if (j->doc == DOC_PDF) {
		sp.page = e->page;	/* lines count on the page */
	}
	return e->fn(e->ctx, &sp);
}

int prepare_each_passage(struct file_job *j, prepare_passage_fn fn, void *ctx)
{
	struct each_state e = { j, fn, ctx, strlen(j->title.data), 0, 0, 0, 0, 0, 0 };
	/* a page's headings are its <h1>-<h6>, not its short lines */
	struct passage_options html = { .marked_headings = 1 };
	if (j->doc != DOC_PDF)
		return passage_split(j->split_text, j->split_len, j->fmt,
		    j->doc == DOC_HTML ? &html : NULL, each_passage, &e);
	/* a PDF's pages one by one (a form feed ends each): no passage spans two */
	struct passage_options pdf = { .wrapped = 1 };
	size_t off = 0;
	int rc = 0;
	for (e.page = 1; rc == 0 && off < j->split_len; e.page++) {
		const char *ff = memchr(j->split_text + off, '\f', j->split_len - off);
		size_t end = ff ? (size_t)(ff - j->split_text) : j->split_len;
		e.page_off = off;
		rc = passage_split(j->split_text + off, end - off, j->fmt, &pdf, each_passage, &e);
		off = ff ? end + 1 : j->split_len;
	}
	return rc;
}

struct split_state {
	struct preparer *p;
	struct file_job *j;
};

static int capture(struct split_state *s, const char *text, size_t len,
    size_t *off, size_t *n)
{
	*off = s->j->tokens.len;
	if (tokenizer_capture(s->p->tok, text, len, &s->j->tokens) != 0)
		return -1;
	*n = s->j->tokens.len - *off;
	return 0;
}

/* A body's term as it is recorded: a map that gives up stays failed (count_terms). */
/* The pending term of the body into the run's counts. */
static void count_pending(struct preparer *p)
{
	if (p->pending)
		termstats_count_slot(p->counts, p->pending - 1);
	p->pending = 0;
}

/*
 * A body's term into the run's counts: by the slot its word's memo keeps
 * (no hashing, no probing, no comparing of bytes: a quarter of the
 * preparing thread's counting), else found and then kept in the memo.
 */
static int count_body_term(void *ctx, const char *term, size_t term_len, uint32_t *memo)
{
	struct preparer *p = ctx;
	struct termstats *t = p->counts;
	uint32_t slot;
	if (memo && *memo && termstats_epoch(t) == p->memo_epoch) {
		slot = *memo - 1;
		termstats_prefetch_slot(t, slot);
		if (p->pending)
			termstats_count_slot(t, p->pending - 1);
		p->pending = slot + 1;
		return 0;
	}
	count_pending(p);	/* before the map can grow */
	if (termstats_epoch(t) != p->memo_epoch) {	/* the map's slots moved */
		tokenizer_forget_memos(p->tok);
		p->memo_epoch = termstats_epoch(t);
	}
	if (termstats_add_slot(t, term, term_len, &slot) != 0 || memo == NULL || slot == UINT32_MAX)
		return 0;
	if (termstats_epoch(t) != p->memo_epoch) {	/* it grew for this term */
		tokenizer_forget_memos(p->tok);
		p->memo_epoch = termstats_epoch(t);
	}
	*memo = slot + 1;
	return 0;
}

struct cache_fill {
	struct termstats *t;
	struct term_cache *c;
};

static int cache_term(void *ctx, const char *term, size_t term_len)
{
	struct cache_fill *f = ctx;
	struct term_cache *c = f->c;
	uint32_t slot;
	if (termstats_add_slot(f->t, term, term_len, &slot) != 0)
		return 1;	/* the map gave up: stop */
	if (c->n == c->cap && !c->oom) {
		size_t cap = c->cap ? c->cap * 2 : 32;
		uint32_t *v = realloc(c->slot, cap * sizeof *v);
		if (v == NULL)
			c->oom = 1;	/* counted all the same, just not kept */
		else {
			c->slot = v;
			c->cap = cap;
		}
	}
	if (!c->oom)
		c->slot[c->n++] = slot;
	return 0;
}

/*
 * Count the terms of the recording [off, off + len) of the file's tokens
 * in the current row: by their kept slots when c holds them, else from the
 * recording, keeping the slots for the next passage.  0, or -1 when the
 * map gave up.
 */
static int count_cached(struct split_state *s, struct term_cache *c, size_t off, size_t len)
{
	struct termstats *t = s->p->counts;
	uint64_t epoch = termstats_epoch(t);
	if (c->epoch == epoch && c->file == s->p->file && c->off == off && c->len == len) {
		for (size_t i = 0; i < c->n; i++)
			termstats_count_slot(t, c->slot[i]);
		return 0;
	}
	struct cache_fill f = { t, c };
	c->n = 0;
	c->oom = 0;
	c->epoch = 0;
	if (tokenizer_each_term((const unsigned char *)s->j->tokens.data + off, len,
	    cache_term, &f) != 0)
		return -1;
	/* a map that grew meanwhile moved the slots kept before it grew */
	if (!c->oom && termstats_epoch(t) == epoch) {
		c->epoch = epoch;
		c->file = s->p->file;
		c->off = off;
		c->len = len;
	}
	return 0;
}

/*
 * The passage's terms as one row of the run's counts: the title's, the
 * section's and the body's, as FTS5 will get them replayed.  The title's
 * and the section's are walked in their recordings here, before the body
 * is recorded; the body's are counted as it is (count_body_term).  A map
 * that has given up (too many terms) is left alone, and the passage is
 * then not marked counted.  Returns the map to count the body into, or
 * NULL.
 */
static struct termstats *count_terms(struct split_state *s, const struct prepared_passage *pp)
{
	struct termstats *t = s->p->counts;
	if (t == NULL || termstats_failed(t))
		return NULL;
	termstats_row(t, 1);
	if (count_cached(s, &s->p->title_cache, s->j->title_tok, s->j->title_tok_len) != 0 ||
	    count_cached(s, &s->p->section_cache, pp->section_tok, pp->section_tok_len) != 0)
		return NULL;
	return t;
}

static int on_passage(void *ctx, const struct store_passage *sp)
{
	struct split_state *s = ctx;
	struct file_job *j = s->j;
	struct prepared_passage *pp;
	const char *section = sp->section;
	size_t section_len = sp->section_len;

	if (j->npassages == j->passages_cap) {
		size_t cap = j->passages_cap ? j->passages_cap * 2 : 64;
		pp = realloc(j->passages, cap * sizeof *pp);
		if (pp == NULL)
			return 1;
		j->passages = pp;
		j->passages_cap = cap;
	}
	pp = &j->passages[j->npassages];
	pp->ordinal = sp->ordinal;
	pp->line_start = sp->line_start;
	pp->line_end = sp->line_end;
	pp->byte_start = sp->byte_start;
	pp->byte_end = sp->byte_end;
	pp->body_off = (size_t)(sp->body - j->split_text);
	pp->body_len = sp->body_len;
	pp->extracted = sp->extracted;
	pp->page = sp->page;
	const struct prepared_passage *prev = j->npassages ? pp - 1 : NULL;
	if (prev && prev->section_len == section_len &&
	    memcmp(j->sections.data + prev->section_off, section, section_len) == 0) {
		pp->section_off = prev->section_off;
		pp->section_len = prev->section_len;
		pp->section_tok = prev->section_tok;
		pp->section_tok_len = prev->section_tok_len;
	} else {
		pp->section_off = j->sections.len;
		pp->section_len = section_len;
		buf_append(&j->sections, section, section_len);
		buf_append(&j->sections, "", 1);
		if (j->sections.oom || capture(s, section, section_len, &pp->section_tok,
		    &pp->section_tok_len) != 0)
			return 1;
	}
	struct termstats *counts = count_terms(s, pp);
	pp->body_tok = j->tokens.len;
	int rc = tokenizer_capture_terms(s->p->tok, sp->body, sp->body_len, &j->tokens,
	    counts ? count_body_term : NULL, s->p);
	if (counts)
		count_pending(s->p);	/* in this passage's row */
	if (rc != 0)
		return 1;
	pp->body_tok_len = j->tokens.len - pp->body_tok;
	pp->sketched = COPIES_SKETCHED(copies_sketch(sp->body, sp->body_len, pp->band)) ? 1 : -1;
	pp->terms_counted = counts && !termstats_failed(counts);
	pp->raw_counted = 0;
	j->npassages++;
	return 0;
}

/*
 * The new raw forms the file's captures reported go into the run's (the
 * passages then need not be observed for them), when it has passages to
 * hold them: else, and on any failure, they are dropped, and the session
 * reports every raw form again from now on.
 */
static void keep_new_raw(struct preparer *p, struct file_job *j, int split_ok)
{
	struct buf *b = &p->new_raw;
	int kept = 0;
	if (p->raw_forms == NULL)
		return;
	if (split_ok && j->npassages > 0 && !b->oom) {
		for (size_t at = 0; at + 2 <= b->len; ) {
			const unsigned char *e = (const unsigned char *)b->data + at;
			store_raw_form_add(p->raw_forms, (const char *)e + 2, e[0],
			    (const char *)e + 2 + e[0], e[1]);
			at += 2 + (size_t)e[0] + e[1];
		}
		kept = !termstats_failed(p->raw_forms);
	}
	if (!kept && b->len > 0)
		tokenizer_report_raw_forms(p->tok, on_new_raw, b);
	for (size_t i = 0; kept && i < j->npassages; i++)
		j->passages[i].raw_counted = 1;
	buf_free(b);	/* a big file's reports leave no big buffer */
}

/* Split and tokenize; on any failure leave both to the caller. */
static void split(struct preparer *p, struct file_job *j)
{
	struct split_state s = { p, j };
	if (j->len > PREPARE_MAX_FILE || p->tok == NULL)
		return;
	j->stems_only = p->raw_forms != NULL;
	p->file++;	/* new recordings: the term caches' slots are of other ones */
	int ok = capture(&s, j->title.data, strlen(j->title.data), &j->title_tok,
	    &j->title_tok_len) == 0 && prepare_each_passage(j, on_passage, &s) == 0;
	keep_new_raw(p, j, ok);
	if (ok) {
		j->pretokenized = 1;
		return;
	}
	free(j->passages);
	j->passages = NULL;
	j->npassages = j->passages_cap = 0;
	buf_free(&j->sections);
	tokenizer_tokens_free(&j->tokens);
}

/*
 * Every file is read into memory, big ones too.  A mapped file that
 * another program truncates while it is indexed kills the indexer with
 * SIGBUS when a page past the new end is touched (issue 19); read() sees
 * the file end instead, and the file is reported as shrunk.  Reading
 * costs a copy, within the noise of a run (docs/reliability.md: 16 MB
 * files).  Sets j->text and j->len; 0, or an errno.
 */
static int load(struct file_job *j, int fd)
{
	size_t len = (size_t)j->size, got = 0;
	if ((j->text = malloc(len)) == NULL)
		return ENOMEM;
	j->len = len;
	while (got < len) {
		ssize_t n = read(fd, j->text + got, len - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno;
		if (n == 0)
			return ESTALE;	/* shorter than when it was listed */
		got += (size_t)n;
	}
	return 0;
}

/*
 * 1 for UTF-16 text: a UTF-16 byte order mark, or (without one) ASCII
 * text with a NUL after or before every character, so far as the first
 * 512 bytes show.  Such a file is text the user meant to index, not a
 * binary file.
 */
static int utf16(const char *text, size_t len)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t n = len < 512 ? len & ~(size_t)1 : 512, zero[2] = { 0, 0 };
	if (len >= 2 && ((t[0] == 0xff && t[1] == 0xfe) || (t[0] == 0xfe && t[1] == 0xff)))
		return 1;
	if (n < 8)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (t[i] == 0)
			zero[i & 1]++;
		else if (t[i] >= 0x80)
			return 0;
	return (zero[0] == n / 2 && zero[1] == 0) || (zero[1] == n / 2 && zero[0] == 0);
}

/* 1 when the text is only white space, after a UTF-8 byte order mark if any. */
static int blank(const char *text, size_t len)
{
	size_t i = len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	for (; i < len; i++)
		if (!strchr(" \t\r\n\v\f", text[i]))
			return 0;
	return 1;
}

/*
 * Old Mac line ends: a CR not followed by LF ends a line.  It becomes LF
 * in the text the passages are cut from (same length, so every byte range
 * stays exact), because the splitter and the stored line ranges count LF.
 * CRLF is left as it is.
 */
static void lone_cr_to_lf(char *text, size_t len)
{
	for (char *p = memchr(text, '\r', len); p; ) {
		size_t at = (size_t)(p - text);
		if (at + 1 >= len || p[1] != '\n')
			*p = '\n';
		if (at + 1 >= len)
			break;
		p = memchr(p + 1, '\r', len - at - 1);
	}
}

/*
 * 1 when a text file is an HTML page (saved or renamed as .txt): it starts,
 * after a byte order mark and white space, with <!DOCTYPE html or <html.
 * Its tags are no text to index.
 */
static int looks_like_html(const char *t, size_t len)
{
	size_t i = len >= 3 && memcmp(t, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	while (i < len && strchr(" \t\r\n", t[i]))
		i++;
	return (len - i >= 14 && strncasecmp(t + i, "<!doctype html", 14) == 0) ||
	    (len - i >= 6 && strncasecmp(t + i, "<html", 5) == 0 &&
	    strchr(" \t\r\n>", t[i + 5]));
}

static void prepare_file(struct preparer *p, struct file_job *j)
{
	int fd, e;
	char *text;

	if (j->size == 0) {
		warn_later(j, j->path, "empty file, skipped", 0);
		j->outcome = OUTCOME_EMPTY;
		return;
	}
	j->outcome = OUTCOME_FAILED;
	fd = open(j->path, O_RDONLY);
	if (fd < 0) {
		warn_later(j, j->path, NULL, errno);
		return;
	}
	e = load(j, fd);
	close(fd);
	if (e != 0) {
		warn_later(j, j->path, e == ESTALE ? "file shrank while being read" : NULL, e);
		return;
	}
	text = j->text;
	if (j->doc == DOC_PDF) {
		char msg[512];
		j->hash = util_hash(UTIL_HASH_INIT, text, j->len);
		switch (pdf_read(j->path, &j->pdf, msg, sizeof msg)) {
		case PDF_OK:
			break;
		case PDF_NO_TEXT:
		case PDF_ENCRYPTED:
			/* nothing the indexer could do: skipped, as an empty file is */
			warn_later(j, j->path, msg, 0);
			j->outcome = OUTCOME_EMPTY;
			return;
		case PDF_NOMEM:
			j->oom = 1;
			return;
		default:
			warn_later(j, j->path, msg, 0);
			return;		/* failed */
		}
		j->split_text = j->pdf.text;
		j->split_len = j->pdf.len;
		goto title;
	}
	if (utf16(text, j->len)) {
		warn_later(j, j->path, "UTF-16 text, not indexed (convert it to UTF-8, e.g. "
		    "with iconv -f UTF-16 -t UTF-8)", 0);
		return;		/* failed: an article the user meant to index */
	}
	if (memchr(text, 0, j->len) != NULL) {
		warn_later(j, j->path, "binary file (contains NUL bytes), skipped", 0);
		j->outcome = OUTCOME_BINARY;
		return;
	}
	if (blank(text, j->len)) {
		warn_later(j, j->path, "no text (only white space or a byte order mark), skipped", 0);
		j->outcome = OUTCOME_EMPTY;
		return;
	}
	j->hash = util_hash(UTIL_HASH_INIT, text, j->len);
	lone_cr_to_lf(text, j->len);
	j->split_text = text;
	j->split_len = j->len;
	if (j->doc == DOC_PLAIN && j->fmt == PASSAGE_FORMAT_TEXT && looks_like_html(text, j->len)) {
		j->doc = DOC_HTML;
		j->fmt = PASSAGE_FORMAT_MARKDOWN;
	}
	if (j->doc == DOC_HTML) {
		char err[256];
		if (html_text(text, j->len, &j->html, err, sizeof err) != 0) {
			warn_later(j, j->path, err, 0);
			j->oom = strstr(err, "out of memory") != NULL;
			return;		/* failed */
		}
		if (j->html.len == 0) {
			warn_later(j, j->path, "no text in the page's main content, skipped", 0);
			j->outcome = OUTCOME_EMPTY;
			return;
		}
		j->split_text = j->html.text;
		j->split_len = j->html.len;
	}
title:
	choose_title(p, j);
	if (j->title.oom || j->oom) {
		j->outcome = OUTCOME_OOM;
		return;
	}
	if (j->compare_old && j->old.hash == j->hash && strcmp(j->old.title, j->title.data) == 0 &&
	    strcmp(j->old.publisher, j->publisher ? j->publisher : "") == 0 &&
	    strcmp(j->old.author, j->author ? j->author : "") == 0 &&
	    strcmp(j->old.date, j->date ? j->date : "") == 0 &&
	    strcmp(j->old.url, j->url ? j->url : "") == 0) {
		j->outcome = OUTCOME_TOUCHED;
		return;
	}
	size_t bad = j->doc == DOC_PDF ? util_utf8_errors(j->split_text, j->split_len)
	    : util_utf8_errors(text, j->len);
	if (bad) {
		char msg[96];
		snprintf(msg, sizeof msg, "%zu invalid UTF-8 sequence%s, indexed as is",
		    bad, bad == 1 ? "" : "s");
		warn_later(j, j->path, msg, 0);
	}
	j->outcome = OUTCOME_INDEX;
	split(p, j);
}

size_t prepare_job(void *preparer, void *job)
{
	struct file_job *j = job;
	if (j->kind == JOB_FILE)
		prepare_file(preparer, j);
	if (j->oom)
		j->outcome = OUTCOME_OOM;
	return sizeof *j + j->len + j->title.cap + j->sections.cap + j->tokens.cap +
	    j->passages_cap * sizeof *j->passages;
}
