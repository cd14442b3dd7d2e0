/*
 * quotecheck.c: is a quote in the sources, word for word (see quotecheck.h)?
 *
 * The index only proposes: FTS5 matches stems, so the quote as one phrase
 * finds every passage that has it verbatim and some that have other forms
 * of its words ("produced" for "produces"); phrases of three consecutive
 * words find passages that have most of it.  What is reported comes from
 * the files' bytes as they are now, compared by quote.c.  A PDF's words
 * are its indexed passages laid at their places in pdftotext's text, once
 * the file is found unchanged (size and FNV-1a hash as indexed: running
 * pdftotext here would cost 50 ms a file and poppler in the query); bytes
 * between passages that may have held words start with a mark no quote
 * has, so nothing is found across a heading the index left out.  This
 * module reads files but never prints or exits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quotecheck.h"
#include "util.h"

#define PHRASE_CANDIDATES 2000	/* passages that hold the quote's phrase */
#define NEAR_CANDIDATES 200	/* best passages holding one of its 3-word phrases */
#define NEAR_PHRASES 40		/* 3-word phrases asked for at most */
#define PDF_GAP "\xC2\xB6"	/* U+00B6, where a PDF's text may hold words not indexed */

struct candidate {
	int64_t source_id;
	size_t byte_start, byte_end;
};

struct candidates {
	struct candidate *c;
	size_t n, cap;
};

static int add_candidate(struct candidates *cs, int64_t source_id, size_t start, size_t end)
{
	if (cs->n == cs->cap) {
		size_t cap = cs->cap ? cs->cap * 2 : 64;
		struct candidate *p = realloc(cs->c, cap * sizeof *p);
		if (p == NULL)
			return -1;
		cs->c = p;
		cs->cap = cap;
	}
	cs->c[cs->n++] = (struct candidate){ source_id, start, end };
	return 0;
}

/* A phrase of the quote's words [from, to) (word tokens only) to b, in FTS5 quotes. */
static void phrase(struct buf *b, const struct quote_tokens *q, size_t from, size_t to)
{
	buf_append(b, "\"", 1);
	for (size_t i = from, first = 1; i < to; i++) {
		if (!q->tok[i].word)
			continue;
		if (!first)
			buf_append(b, " ", 1);
		buf_append(b, q->norm + q->tok[i].norm, q->tok[i].norm_len);
		first = 0;
	}
	buf_append(b, "\"", 1);
}

static int run_candidates(sqlite3 *db, const char *sql, const char *match, int limit,
    struct candidates *cs, char *err, size_t errlen)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 2, limit);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			if (add_candidate(cs, sqlite3_column_int64(st, 0),
			    (size_t)sqlite3_column_int64(st, 1), (size_t)sqlite3_column_int64(st, 2)) != 0) {
				sqlite3_finalize(st);
				return util_error(err, errlen, "out of memory");
			}
		}
	}
	if (rc != SQLITE_DONE) {
		util_error(err, errlen, "quote: %s", sqlite3_errmsg(db));
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	return 0;
}

static const char candidates_sql[] =
    "SELECT r.source_id, r.byte_start, r.byte_start + length(CAST(r.body AS BLOB))"
    " FROM passages_fts f JOIN passage_rows r ON r.id = f.rowid"
    " WHERE passages_fts MATCH ?1 LIMIT ?2";
static const char near_sql[] =
    "SELECT r.source_id, r.byte_start, r.byte_start + length(CAST(r.body AS BLOB))"
    " FROM passages_fts f JOIN passage_rows r ON r.id = f.rowid"
    " WHERE passages_fts MATCH ?1 ORDER BY bm25(passages_fts) LIMIT ?2";

/* The whole file at path, malloc'd in *data (*len bytes); 0, or -1 when unreadable. */
static int read_file(const char *path, char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct buf b = { 0 };
	char chunk[65536];
	size_t got;
	*data = NULL;
	*len = 0;
	if (f == NULL)
		return -1;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_append(&b, chunk, got);
	int bad = ferror(f) || b.oom;
	fclose(f);
	if (bad) {
		buf_free(&b);
		return -1;
	}
	*data = b.data ? b.data : calloc(1, 1);
	*len = b.len;
	return *data ? 0 : -1;
}

static int64_t line_of(const char *text, size_t at, size_t *cache_at, int64_t *cache_line)
{
	size_t from = 0;
	int64_t line = 1;
	if (*cache_at <= at) {
		from = *cache_at;
		line = *cache_line;
	}
	for (size_t i = from; i < at; i++)
		line += text[i] == '\n';
	*cache_at = at;
	*cache_line = line;
	return line;
}

/* First token whose start is at or after byte (t->n when none). */
static size_t token_at(const struct quote_tokens *t, size_t byte)
{
	size_t lo = 0, hi = t->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (t->tok[mid].start < byte)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A PDF passage's place: bytes of pdftotext's text, its first line and page. */
struct pdf_passage {
	size_t start, end;
	int64_t line, page;
};

struct source_check {
	const char *quote;
	const struct quote_tokens *q;
	const char *text;	/* the file, or a PDF's text */
	size_t len;
	struct quote_tokens t;
	const struct pdf_passage *pdf;	/* a PDF's passages by place; NULL: not a PDF */
	size_t npdf;
};

/*
 * The line of byte at of the text (for a PDF: on its page, into *page),
 * counted on from *cache_at (*cache_line) when at is not before it.
 */
static int64_t place_line(const struct source_check *sc, size_t at, size_t *cache_at,
    int64_t *cache_line, int64_t *page)
{
	*page = 0;
	if (sc->pdf == NULL)
		return line_of(sc->text, at, cache_at, cache_line);
	/* the last passage starting at or before at */
	size_t lo = 0, hi = sc->npdf;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (sc->pdf[mid].start <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return 1;
	const struct pdf_passage *p = &sc->pdf[lo - 1];
	int64_t line = p->line;
	for (size_t i = p->start; i < at && i < p->end; i++)
		line += sc->text[i] == '\n';
	*page = p->page;
	return line;
}

static char *dup_range(const char *s, size_t start, size_t end)
{
	char *p = malloc(end - start + 1);
	if (p) {
		memcpy(p, s + start, end - start);
		p[end - start] = 0;
	}
	return p;
}

/* The place of tokens [first, last] of the file, with a's differences when a is given. */
static int fill_place(struct source_check *sc, size_t first, size_t last,
    const struct quote_alignment *a, struct quote_place *pl)
{
	size_t at = 0;
	int64_t line = 1, page;
	pl->byte_start = sc->t.tok[first].start;
	pl->byte_end = sc->t.tok[last].end;
	pl->line_start = place_line(sc, pl->byte_start, &at, &line, &pl->page);
	pl->line_end = place_line(sc, pl->byte_end, &at, &line, &page);
	if ((pl->text = dup_range(sc->text, pl->byte_start, pl->byte_end)) == NULL)
		return -1;
	if (a == NULL || a->ndiffs == 0)
		return 0;
	if ((pl->diffs = calloc(a->ndiffs, sizeof *pl->diffs)) == NULL)
		return -1;
	pl->ndiffs = a->ndiffs;
	pl->word_edits = a->word_edits;
	at = 0;
	line = 1;
	for (size_t k = 0; k < a->ndiffs; k++) {
		const struct quote_diff *d = &a->diffs[k];
		struct quote_difference *o = &pl->diffs[k];
		o->kind = d->kind;
		if (d->quote_tok != (size_t)-1) {
			const struct quote_token *x = &sc->q->tok[d->quote_tok];
			if ((o->quote_word = dup_range(sc->quote, x->start, x->end)) == NULL)
				return -1;
		}
		if (d->text_tok != (size_t)-1) {
			const struct quote_token *x = &sc->t.tok[d->text_tok];
			if ((o->source_word = dup_range(sc->text, x->start, x->end)) == NULL)
				return -1;
			o->byte_start = x->start;
			o->byte_end = x->end;
		} else {
			/* where the missing token would be: before text_at, or at the span's end */
			size_t b = d->text_at <= last ? sc->t.tok[d->text_at].start : pl->byte_end;
			o->byte_start = o->byte_end = b;
		}
		o->line = place_line(sc, o->byte_start, &at, &line, &o->page);
	}
	return 0;
}

static int better(const struct quote_alignment *a, const struct quote_alignment *b)
{
	return a->word_edits < b->word_edits ||
	    (a->word_edits == b->word_edits && a->cost < b->cost);
}

/*
 * One source: exact anywhere in the file, else the best span near one of
 * its candidate passages.  Returns 1 with *pl filled, 0 when neither, -1
 * when out of memory.
 */
static int check_source(struct source_check *sc, const struct candidates *cs, int64_t id,
    struct quote_place *pl)
{
	size_t m = sc->q->n;
	size_t i = quote_find(sc->q, &sc->t, 0, sc->t.n);
	if (i != (size_t)-1) {
		pl->exact = 1;
		return fill_place(sc, i, i + m - 1, NULL, pl) == 0 ? 1 : -1;
	}
	struct quote_alignment best = { 0 };
	int have = 0;
	for (size_t k = 0; k < cs->n; k++) {
		const struct candidate *c = &cs->c[k];
		if (c->source_id != id)
			continue;
		size_t from = token_at(&sc->t, c->byte_start), to = token_at(&sc->t, c->byte_end);
		/* the file may have changed since: widen by the quote's length */
		from = from > m ? from - m : 0;
		to = to + m < sc->t.n ? to + m : sc->t.n;
		if (from >= to)
			continue;
		struct quote_alignment a;
		if (quote_align(sc->q, &sc->t, from, to, &a) != 0) {
			quote_alignment_free(&best);
			return -1;
		}
		if (!have || better(&a, &best)) {
			quote_alignment_free(&best);
			best = a;
			have = 1;
		} else {
			quote_alignment_free(&a);
		}
	}
	int rc = 0;
	size_t words = 0;
	for (size_t k = 0; k < m; k++)
		words += sc->q->tok[k].word;
	if (have && quote_is_near(&best, words)) {
		pl->exact = 0;
		rc = fill_place(sc, best.first, best.last, &best, pl) == 0 ? 1 : -1;
	}
	quote_alignment_free(&best);
	return rc;
}

static void place_free(struct quote_place *pl)
{
	free(pl->source);
	free(pl->title);
	free(pl->text);
	for (size_t k = 0; k < pl->ndiffs; k++) {
		free(pl->diffs[k].quote_word);
		free(pl->diffs[k].source_word);
	}
	free(pl->diffs);
	memset(pl, 0, sizeof *pl);
}

static int place_order(const void *a, const void *b)
{
	const struct quote_place *x = a, *y = b;
	if (x->exact != y->exact)
		return y->exact - x->exact;
	if (x->word_edits != y->word_edits)
		return x->word_edits < y->word_edits ? -1 : 1;
	if (x->ndiffs != y->ndiffs)
		return x->ndiffs < y->ndiffs ? -1 : 1;
	return strcmp(x->source, y->source);
}

/*
 * A PDF's text as the index has it (source id, its passages' ids [first,
 * first + n)), when the file at path still has the size and hash indexed:
 * into *text (malloc'd, *len bytes) and its passages' places (*pdf, *npdf).
 * Returns 0, 1 when the file cannot be read or changed, -1 on an error.
 */
static int pdf_text(sqlite3 *db, const char *path, int64_t size, uint64_t hash, int64_t first,
    int64_t n, char **text, size_t *len, struct pdf_passage **pdf, size_t *npdf)
{
	char *file;
	size_t flen;
	*text = NULL;
	*pdf = NULL;
	*len = *npdf = 0;
	if (read_file(path, &file, &flen) != 0)
		return 1;
	int same = (int64_t)flen == size && util_hash(UTIL_HASH_INIT, file, flen) == hash;
	free(file);
	if (!same)
		return 1;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT p.byte_start, p.body, p.line_start, coalesce(x.page, 0)"
	    " FROM passage_rows p LEFT JOIN passage_places x ON x.id = p.id"
	    " WHERE p.id >= ?1 AND p.id < ?1 + ?2 ORDER BY p.id", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, first);
	sqlite3_bind_int64(st, 2, n);
	struct buf b = { 0 };
	struct pdf_passage *p = n > 0 ? calloc((size_t)n, sizeof *p) : NULL;
	size_t k = 0;
	int rc = n > 0 && p == NULL ? -1 : 0;
	while (rc == 0 && k < (size_t)n && sqlite3_step(st) == SQLITE_ROW) {
		size_t start = (size_t)sqlite3_column_int64(st, 0);
		const char *body = (const char *)sqlite3_column_text(st, 1);
		size_t blen = (size_t)sqlite3_column_bytes(st, 1);
		if (start < b.len || body == NULL) {
			rc = -1;	/* passages out of order: not an index this indexer made */
			break;
		}
		/*
		 * The bytes since the last passage are white space, or held what
		 * the index left out (a heading: then there are at least three):
		 * those start with a mark no quote has, a pilcrow.
		 */
		if (start >= b.len + 3 && b.len > 0)
			buf_puts(&b, PDF_GAP);
		while (b.len < start && !b.oom)
			buf_append(&b, " ", 1);
		p[k] = (struct pdf_passage){ start, start + blen, sqlite3_column_int64(st, 2),
		    sqlite3_column_int64(st, 3) };
		buf_append(&b, body, blen);
		k++;
	}
	sqlite3_finalize(st);
	if (rc == 0 && b.oom)
		rc = -1;
	if (rc != 0) {
		buf_free(&b);
		free(p);
		return -1;
	}
	*text = b.data ? b.data : calloc(1, 1);
	*len = b.len;
	*pdf = p;
	*npdf = k;
	return *text ? 0 : -1;
}

static int add_string(char ***list, size_t *n, const char *s)
{
	char **p = realloc(*list, (*n + 1) * sizeof *p);
	if (p == NULL)
		return -1;
	*list = p;
	if ((p[*n] = strdup(s)) == NULL)
		return -1;
	++*n;
	return 0;
}

int quote_check(sqlite3 *db, const char *quote, size_t len, struct quote_result *out,
    char *err, size_t errlen)
{
	struct quote_tokens q = { 0 };
	struct candidates cs = { 0 };
	struct buf match = { 0 };
	int64_t *ids = NULL;
	size_t nids = 0;
	sqlite3_stmt *src = NULL;
	int rc = -1;

	memset(out, 0, sizeof *out);
	if (err && errlen)
		err[0] = 0;
	if (quote_tokenize(quote, len, &q) != 0) {
		util_error(err, errlen, "out of memory");
		goto done;
	}
	out->nwords = quote_trim(&q);
	if (out->nwords == 0) {
		rc = QUOTE_ENOWORDS;
		util_error(err, errlen, "the quote has no words");
		goto done;
	}
	phrase(&match, &q, 0, q.n);
	if (match.oom || run_candidates(db, candidates_sql, match.data, PHRASE_CANDIDATES, &cs,
	    err, errlen) != 0)
		goto oom_or_done;
	if (out->nwords > 3) {
		/* 3-word phrases at every word, so a few changed words leave some whole */
		size_t *w = malloc(out->nwords * sizeof *w), nw = 0, phrases = 0;
		if (w == NULL)
			goto oom_or_done;
		for (size_t i = 0; i < q.n; i++)
			if (q.tok[i].word)
				w[nw++] = i;
		buf_reset(&match);
		for (size_t i = 0; i + 3 <= nw && phrases < NEAR_PHRASES; i++, phrases++) {
			if (i > 0)
				buf_puts(&match, " OR ");
			phrase(&match, &q, w[i], w[i + 2] + 1);
		}
		free(w);
		if (match.oom || run_candidates(db, near_sql, match.data, NEAR_CANDIDATES, &cs,
		    err, errlen) != 0)
			goto oom_or_done;
	}
	/* the candidate sources, in the order first met */
	if (cs.n > 0 && (ids = malloc(cs.n * sizeof *ids)) == NULL)
		goto oom_or_done;
	for (size_t k = 0; k < cs.n; k++) {
		size_t j = 0;
		while (j < nids && ids[j] != cs.c[k].source_id)
			j++;
		if (j == nids && nids < QUOTE_MAX_SOURCES)
			ids[nids++] = cs.c[k].source_id;
		else if (j == nids)
			out->capped = 1;
	}
	if (nids > 0 && (out->places = calloc(nids, sizeof *out->places)) == NULL)
		goto oom_or_done;
	if (sqlite3_prepare_v2(db, "SELECT path, title, format, size, hash, first_passage, passages"
	    " FROM sources WHERE id = ?1", -1, &src, NULL) != SQLITE_OK) {
		util_error(err, errlen, "quote: %s", sqlite3_errmsg(db));
		goto done;
	}
	for (size_t k = 0; k < nids; k++) {
		sqlite3_reset(src);
		sqlite3_bind_int64(src, 1, ids[k]);
		if (sqlite3_step(src) != SQLITE_ROW)
			continue;
		const char *path = (const char *)sqlite3_column_text(src, 0);
		const char *title = (const char *)sqlite3_column_text(src, 1);
		const char *format = (const char *)sqlite3_column_text(src, 2);
		struct source_check sc = { quote, &q, NULL, 0, { 0 }, NULL, 0 };
		struct pdf_passage *pdf = NULL;
		char *data;
		if (path == NULL)
			continue;
		int unread = 0;
		if (format && strcmp(format, "pdf") == 0) {
			int r = pdf_text(db, path, sqlite3_column_int64(src, 3),
			    (uint64_t)sqlite3_column_int64(src, 4), sqlite3_column_int64(src, 5),
			    sqlite3_column_int64(src, 6), &data, &sc.len, &pdf, &sc.npdf);
			if (r < 0) {
				util_error(err, errlen, "quote: cannot read a PDF's text: %s",
				    sqlite3_errmsg(db));
				goto done;
			}
			unread = r != 0;
			sc.pdf = pdf;
		} else {
			unread = read_file(path, &data, &sc.len) != 0;
		}
		if (unread) {
			if (add_string(&out->unreadable, &out->nunreadable, path) != 0)
				goto oom_or_done;
			continue;
		}
		sc.text = data;
		struct quote_place *pl = &out->places[out->nplaces];
		int found = quote_tokenize(sc.text, sc.len, &sc.t) == 0
		    ? check_source(&sc, &cs, ids[k], pl) : -1;
		if (found == 1) {
			pl->source = strdup(path);
			pl->title = strdup(title ? title : "");
			out->nplaces++;
			if (pl->source == NULL || pl->title == NULL)
				found = -1;
		} else if (found == -1) {
			place_free(pl);
		}
		quote_tokens_free(&sc.t);
		free(data);
		free(pdf);
		if (found < 0)
			goto oom_or_done;
	}
	if (out->nplaces > 1)
		qsort(out->places, out->nplaces, sizeof *out->places, place_order);
	rc = 0;
	goto done;
oom_or_done:
	if (err && errlen && err[0] == 0)
		util_error(err, errlen, "out of memory");
done:
	sqlite3_finalize(src);
	quote_tokens_free(&q);
	free(cs.c);
	free(ids);
	buf_free(&match);
	return rc;
}

void quote_result_free(struct quote_result *r)
{
	if (r == NULL)
		return;
	for (size_t k = 0; k < r->nplaces; k++)
		place_free(&r->places[k]);
	free(r->places);
	for (size_t k = 0; k < r->nunreadable; k++)
		free(r->unreadable[k]);
	free(r->unreadable);
	memset(r, 0, sizeof *r);
}

int quote_result_exact(const struct quote_result *r)
{
	return r->nplaces > 0 && r->places[0].exact;
}
