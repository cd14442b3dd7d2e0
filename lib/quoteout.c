/*
 * quoteout.c: a quote check's result -> text or JSON Lines (see quoteout.h).
 *
 * The text follows the claim output: a verdict line naming the quote, then
 * a block per source.  A missing word's place is the byte it would stand
 * before.  Never exits; write errors are returned.
 */
#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "quoteout.h"
#include "util.h"

const char *quoteout_verdict(const struct quote_result *r)
{
	if (r->nplaces == 0)
		return "none";
	return r->places[0].exact ? "exact" : "near";
}

static const char *kind_name(enum quote_diff_kind k)
{
	return k == QUOTE_CHANGED ? "changed" : k == QUOTE_MISSING ? "missing" : "extra";
}

static void text_quoted(FILE *f, const char *s)
{
	fputc('"', f);
	output_safe(f, s, strlen(s));
	fputc('"', f);
}

static void text_write(FILE *f, const char *quote, const struct quoteout_at *at,
    const struct quote_result *r)
{
	size_t exact = 0;
	for (size_t k = 0; k < r->nplaces; k++)
		exact += r->places[k].exact;
	const char *v = quoteout_verdict(r);
	fputs(strcmp(v, "exact") == 0 ? "EXACT" : strcmp(v, "near") == 0 ? "NEAR" : "NOT FOUND", f);
	fputs("  ", f);
	text_quoted(f, quote);
	fputc('\n', f);
	if (at && at->line > 0)
		fprintf(f, "  draft line %lld, bytes %lld-%lld\n", (long long)at->line,
		    (long long)at->byte_start, (long long)at->byte_end);
	if (r->nplaces == 0)
		fputs("  in no source, not even nearly\n", f);
	else
		fprintf(f, "  verbatim in %zu source%s, nearly in %zu", exact, exact == 1 ? "" : "s",
		    r->nplaces - exact);
	if (r->nplaces && r->capped)
		fprintf(f, " (of the first %d candidate sources read; there are more)",
		    QUOTE_MAX_SOURCES);
	if (r->nplaces)
		fputc('\n', f);
	for (size_t k = 0; k < r->nplaces; k++) {
		const struct quote_place *p = &r->places[k];
		fputc('\n', f);
		output_safe(f, p->source, strlen(p->source));
		if (p->page > 0)	/* as a search row names a PDF's place */
			fprintf(f, " p. %lld, lines %lld-%lld  ", (long long)p->page,
			    (long long)p->line_start, (long long)p->line_end);
		else
			fprintf(f, ":%lld-%lld  ", (long long)p->line_start, (long long)p->line_end);
		if (p->exact)
			fputs("exact\n", f);
		else if (p->word_edits == 0)
			fputs("near: punctuation differs\n", f);
		else
			fprintf(f, "near: %zu word%s differ%s\n", p->word_edits,
			    p->word_edits == 1 ? "" : "s", p->word_edits == 1 ? "s" : "");
		if (p->title[0]) {
			fputs("  ", f);
			output_safe(f, p->title, strlen(p->title));
			fputc('\n', f);
		}
		fprintf(f, "  bytes %zu-%zu: ", p->byte_start, p->byte_end);
		output_safe(f, p->text, strlen(p->text));
		fputc('\n', f);
		for (size_t d = 0; d < p->ndiffs; d++) {
			const struct quote_difference *x = &p->diffs[d];
			if (x->kind == QUOTE_CHANGED) {
				fputs("  changed: quote ", f);
				text_quoted(f, x->quote_word);
				fputs(", source ", f);
				text_quoted(f, x->source_word);
			} else if (x->kind == QUOTE_MISSING) {
				fputs("  not in the source: ", f);
				text_quoted(f, x->quote_word);
			} else {
				fputs("  not in the quote: ", f);
				text_quoted(f, x->source_word);
			}
			fputs(" (", f);
			if (x->page > 0)
				fprintf(f, "p. %lld, ", (long long)x->page);
			if (x->kind == QUOTE_MISSING)
				fprintf(f, "line %lld, before byte %zu)\n", (long long)x->line, x->byte_start);
			else
				fprintf(f, "line %lld, bytes %zu-%zu)\n", (long long)x->line, x->byte_start,
				    x->byte_end);
		}
	}
}

/* Bind s as text with invalid UTF-8 repaired (NULL binds NULL). */
static int bind_safe(sqlite3_stmt *st, int i, const char *s)
{
	if (s == NULL)
		return sqlite3_bind_null(st, i);
	struct buf b = { 0 };
	util_utf8_repair(&b, s, strlen(s));
	if (b.oom)
		return SQLITE_NOMEM;
	int rc = sqlite3_bind_text(st, i, b.data ? b.data : "", (int)b.len, SQLITE_TRANSIENT);
	buf_free(&b);
	return rc;
}

static const char diff_sql[] =
    "SELECT json_object('kind', ?1, 'quote', ?2, 'source', ?3, 'line', ?4,"
    " 'byte_start', ?5, 'byte_end', ?6, 'page', ?7)";
/* page: a PDF's, whose lines count on it and whose bytes are pdftotext's text; else null */
static const char row_sql[] =
    "SELECT json_object('quote', ?1, 'verdict', ?2, 'source', ?3, 'title', ?4,"
    " 'line_start', ?5, 'line_end', ?6, 'byte_start', ?7, 'byte_end', ?8, 'match', ?9,"
    " 'text', ?10, 'differences', json(?11), 'quote_line', ?12, 'quote_byte_start', ?13,"
    " 'quote_byte_end', ?14, 'page', ?15)";

/* The differences of p as a JSON array into b; 0 or -1. */
static int json_diffs(sqlite3_stmt *st, const struct quote_place *p, struct buf *b)
{
	buf_puts(b, "[");
	for (size_t d = 0; d < p->ndiffs; d++) {
		const struct quote_difference *x = &p->diffs[d];
		sqlite3_reset(st);
		sqlite3_bind_text(st, 1, kind_name(x->kind), -1, SQLITE_STATIC);
		if (bind_safe(st, 2, x->quote_word) != SQLITE_OK ||
		    bind_safe(st, 3, x->source_word) != SQLITE_OK)
			return -1;
		sqlite3_bind_int64(st, 4, x->line);
		sqlite3_bind_int64(st, 5, (sqlite3_int64)x->byte_start);
		sqlite3_bind_int64(st, 6, (sqlite3_int64)x->byte_end);
		if (x->page > 0)
			sqlite3_bind_int64(st, 7, x->page);
		else
			sqlite3_bind_null(st, 7);
		if (sqlite3_step(st) != SQLITE_ROW)
			return -1;
		if (d > 0)
			buf_puts(b, ",");
		buf_puts(b, (const char *)sqlite3_column_text(st, 0));
	}
	buf_puts(b, "]");
	return b->oom ? -1 : 0;
}

static int json_write(FILE *f, sqlite3 *db, const char *quote, const struct quoteout_at *at,
    const struct quote_result *r)
{
	sqlite3_stmt *row = NULL, *diff = NULL;
	struct buf b = { 0 };
	int rc = -1;
	if (sqlite3_prepare_v2(db, row_sql, -1, &row, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, diff_sql, -1, &diff, NULL) != SQLITE_OK)
		goto done;
	size_t rows = r->nplaces ? r->nplaces : 1;
	for (size_t k = 0; k < rows; k++) {
		const struct quote_place *p = r->nplaces ? &r->places[k] : NULL;
		sqlite3_reset(row);
		sqlite3_clear_bindings(row);
		if (bind_safe(row, 1, quote) != SQLITE_OK)
			goto done;
		sqlite3_bind_text(row, 2, quoteout_verdict(r), -1, SQLITE_STATIC);
		if (p) {
			buf_reset(&b);
			if (bind_safe(row, 3, p->source) != SQLITE_OK ||
			    bind_safe(row, 4, p->title) != SQLITE_OK ||
			    bind_safe(row, 10, p->text) != SQLITE_OK || json_diffs(diff, p, &b) != 0)
				goto done;
			sqlite3_bind_int64(row, 5, p->line_start);
			sqlite3_bind_int64(row, 6, p->line_end);
			sqlite3_bind_int64(row, 7, (sqlite3_int64)p->byte_start);
			sqlite3_bind_int64(row, 8, (sqlite3_int64)p->byte_end);
			sqlite3_bind_text(row, 9, p->exact ? "exact" : "near", -1, SQLITE_STATIC);
			sqlite3_bind_text(row, 11, b.data, (int)b.len, SQLITE_STATIC);
			if (p->page > 0)
				sqlite3_bind_int64(row, 15, p->page);
		} else {
			sqlite3_bind_text(row, 11, "[]", -1, SQLITE_STATIC);
		}
		if (at && at->line > 0) {
			sqlite3_bind_int64(row, 12, at->line);
			sqlite3_bind_int64(row, 13, at->byte_start);
			sqlite3_bind_int64(row, 14, at->byte_end);
		}
		if (sqlite3_step(row) != SQLITE_ROW)
			goto done;
		fputs((const char *)sqlite3_column_text(row, 0), f);
		fputc('\n', f);
	}
	rc = 0;
done:
	sqlite3_finalize(row);
	sqlite3_finalize(diff);
	buf_free(&b);
	return rc;
}

int quoteout_write(FILE *f, sqlite3 *db, int json, const char *quote,
    const struct quoteout_at *at, const struct quote_result *r)
{
	if (json) {
		if (json_write(f, db, quote, at, r) != 0)
			return -1;
	} else {
		text_write(f, quote, at, r);
	}
	return ferror(f) ? -1 : 0;
}
