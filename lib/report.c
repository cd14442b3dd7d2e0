/*
 * report.c: the HTML report of a checked draft (see report.h).
 *
 * This file owns the page's markup and style and the one escaping routine
 * every byte of the draft and of the results goes through.  A claim's rows
 * are kept until report_claim_end, which knows its final verdict, writes
 * its span into the draft and its evidence block; the draft and the blocks
 * are built in two buffers and written with the summary by report_finish; only the head is written
 * earlier, so an unwritable FILE is seen at once.  It must not print
 * anywhere but the caller's FILE, and must not load anything: the page
 * stays readable offline, with scripts off, on a phone and on paper.
 *
 * Markup: a draft claim is <span class="claim verdict-NAME" id="sN"> with a
 * link to its evidence block <section class="block v-NAME" id="cN">; the
 * class verdict-* is on the draft spans only (tests/html_check.py counts
 * them), badges and blocks use v-*.  A quoted part of a claim is
 * <li class="quote q-NAME" id="qK"> (NAME exact, near or none) inside its
 * claim's block, opening with a badge of the same q-NAME; a block stays
 * open after its claim ends, for the claim's quotes, until the next claim
 * begins or the page ends.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "util.h"

#define FFFD "\xEF\xBF\xBD"

struct report {
	FILE *f;
	const char *draft;	/* the caller's, len bytes */
	size_t len;
	size_t at;		/* draft bytes already in body */
	struct buf body;	/* the draft as HTML */
	struct buf blocks;	/* the evidence blocks */
	struct buf todo;	/* links to the claims not supported */
	struct buf unknown;	/* the open claim's unknown words, as HTML */
	struct buf rows;	/* the open claim's evidence rows, as HTML */
	struct buf quotes;	/* the last claim's quotes, as HTML <li>s */
	size_t nclaims, count[4];	/* count by enum verdict */
	size_t nquotes, qcount[3];	/* count by enum qanswer */
	int block_open;		/* the last block in blocks awaits its quotes and end */
	/* the open claim */
	int open;
	size_t start, end;
	int64_t line;
	enum verdict v;
	size_t nrows;
	int failed, finished;
};

/* ---- escaping ---------------------------------------------------------- */

enum esc {
	ESC_LINE,	/* one line: newline, CR and tab become spaces */
	ESC_DRAFT,	/* the draft: newlines (CRLF, CR) kept as LF, tabs kept */
	ESC_MARKED	/* one line, SEARCH_MARK_ON/OFF become <mark></mark> */
};

/*
 * s[0 .. n) as HTML text, safe in element content and in a double- or
 * single-quoted attribute.  Control characters (C0 but the kept
 * whitespace, DEL, C1) and invalid UTF-8 become U+FFFD; marks that do not
 * pair up (a stray 0x03, a 0x02 inside a mark) are dropped and a mark left
 * open is closed, so the tags always balance.
 */
static void esc(struct buf *b, const char *s, size_t n, enum esc mode)
{
	const unsigned char *u = (const unsigned char *)s;
	int in_mark = 0;
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && u[j] >= 0x20 && u[j] < 0x7f && !strchr("&<>\"'", u[j]))
			j++;
		buf_append(b, s + i, j - i);
		if (j == n)
			break;
		i = j;
		unsigned char c = u[i];
		size_t len = 1;
		switch (c) {
		case '&': buf_puts(b, "&amp;"); break;
		case '<': buf_puts(b, "&lt;"); break;
		case '>': buf_puts(b, "&gt;"); break;
		case '"': buf_puts(b, "&quot;"); break;
		case '\'': buf_puts(b, "&#39;"); break;
		case '\n':
			buf_puts(b, mode == ESC_DRAFT ? "\n" : " ");
			break;
		case '\r':
			if (mode != ESC_DRAFT)
				buf_puts(b, " ");
			else if (i + 1 >= n || u[i + 1] != '\n')
				buf_puts(b, "\n");
			break;
		case '\t':
			buf_puts(b, mode == ESC_DRAFT ? "\t" : " ");
			break;
		case SEARCH_MARK_ON:
		case SEARCH_MARK_OFF:
			if (mode != ESC_MARKED) {
				buf_puts(b, FFFD);
			} else if (c == SEARCH_MARK_ON && !in_mark) {
				buf_puts(b, "<mark>");
				in_mark = 1;
			} else if (c == SEARCH_MARK_OFF && in_mark) {
				buf_puts(b, "</mark>");
				in_mark = 0;
			}
			break;
		default:
			len = c >= 0x80 ? util_utf8_char(u + i, n - i) : 0;
			/* an invalid byte, or a C1 control (U+0080..U+009F: C2 80 .. C2 9F) */
			if (len == 0 || (len == 2 && c == 0xC2 && u[i + 1] < 0xA0))
				buf_puts(b, FFFD);
			else
				buf_append(b, s + i, len);
			if (len == 0)
				len = 1;
		}
		i += len;
	}
	if (in_mark)
		buf_puts(b, "</mark>");
}

static void esc_str(struct buf *b, const char *s, enum esc mode)
{
	if (s)
		esc(b, s, strlen(s), mode);
}

/* ---- page parts -------------------------------------------------------- */

static const char *name_of(enum verdict v)
{
	return v == VERDICT_NONE ? "none" : verdict_name(v);
}

/* The icon beside a verdict, so that colour is not the only signal. */
static const char *icon_of(enum verdict v)
{
	switch (v) {
	case VERDICT_SUPPORTED:
		return "\xE2\x9C\x93";	/* U+2713 check mark */
	case VERDICT_PARTIAL:
		return "\xE2\x97\x90";	/* U+25D0 circle with left half black */
	case VERDICT_UNSUPPORTED:
		return "\xE2\x9C\x97";	/* U+2717 ballot x */
	case VERDICT_NONE:
		break;
	}
	return "?";
}

static const char *label_of(enum verdict v)
{
	return v == VERDICT_NONE ? "not checked" : verdict_name(v);
}

static void badge(struct buf *b, enum verdict v)
{
	buf_printf(b, "<span class=\"badge v-%s\">%s %s</span>", name_of(v), icon_of(v),
	    label_of(v));
}

/* In pieces: ISO C promises string literals of 4095 bytes only. */
static const char *const style[] = {
	":root{color-scheme:light;--ok:#17692f;--ok-bg:#dcf1e0;--part:#8a5a00;--part-bg:#ffefc2;"
	"--bad:#b01e16;--bad-bg:#fde0dd;--none:#555;--none-bg:#e8e8e8;--rule:#d5d5d5;--soft:#f6f6f4}\n",
	"*{box-sizing:border-box}\n",
	"body{margin:0 auto;max-width:50rem;padding:1rem 1.2rem 3rem;color:#1b1b1b;background:#fff;"
	"font:16px/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,\"DejaVu Sans\",sans-serif}\n",
	"h1{font-size:1.35rem;margin:.3rem 0 .2rem}\n",
	"h2{font-size:1.1rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--rule)}\n",
	"h3{font-size:1rem;margin:0 0 .4rem;display:flex;flex-wrap:wrap;gap:.4rem;align-items:baseline}\n",
	"code,.path{font-family:ui-monospace,\"DejaVu Sans Mono\",monospace;font-size:.9em;"
	"overflow-wrap:anywhere}\n",
	".sub{color:#555;margin:0 0 .6rem}\n",
	".legend{list-style:none;padding:0;margin:.4rem 0;font-size:.9em}\n",
	".legend li{margin:.15rem 0}\n",
	".counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:.6rem 0}\n",
	".counts .badge{font-size:1em;padding:.15rem .7rem}\n",
	".todo{font-size:.9em}.todo a{margin-right:.4rem;white-space:nowrap}\n",
	".note{font-size:.85em;color:#555}\n",
	".draft{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,\"DejaVu Serif\",serif;"
	"line-height:1.7;background:var(--soft);border:1px solid var(--rule);border-radius:6px;"
	"padding:.9rem 1.1rem;margin:0}\n",
	".claim a{color:inherit;text-decoration-line:underline;text-decoration-thickness:2px;"
	"text-underline-offset:3px;-webkit-box-decoration-break:clone;box-decoration-break:clone}\n",
	".claim{border-radius:3px;padding:0 .1em;-webkit-box-decoration-break:clone;"
	"box-decoration-break:clone}\n",
	".verdict-supported{background:var(--ok-bg)}"
	".verdict-supported a{text-decoration-color:var(--ok);text-decoration-style:solid}\n",
	".verdict-partial{background:var(--part-bg)}"
	".verdict-partial a{text-decoration-color:var(--part);text-decoration-style:dashed}\n",
	".verdict-unsupported{background:var(--bad-bg)}"
	".verdict-unsupported a{text-decoration-color:var(--bad);text-decoration-style:wavy}\n",
	".verdict-none{background:var(--none-bg)}"
	".verdict-none a{text-decoration-color:var(--none);text-decoration-style:dotted}\n",
	".tag{font:700 .68em/1 system-ui,\"DejaVu Sans\",sans-serif;margin-left:.15em;"
	"vertical-align:super}\n",
	".verdict-supported .tag{color:var(--ok)}.verdict-partial .tag{color:var(--part)}"
	".verdict-unsupported .tag{color:var(--bad)}.verdict-none .tag{color:var(--none)}\n",
	".badge{display:inline-block;padding:0 .5em;border-radius:1em;font-size:.85em;"
	"font-weight:600;white-space:nowrap;border:1px solid currentColor}\n",
	".v-supported{color:var(--ok);background:var(--ok-bg)}"
	".v-partial{color:var(--part);background:var(--part-bg)}\n",
	".v-unsupported{color:var(--bad);background:var(--bad-bg)}"
	".v-none{color:var(--none);background:var(--none-bg)}\n",
	".block{color:inherit;background:#fff;border:1px solid var(--rule);border-left-width:6px;"
	"border-radius:6px;padding:.7rem .9rem;margin:1rem 0}\n",
	".block.v-supported{border-left-color:var(--ok)}.block.v-partial{border-left-color:var(--part)}\n",
	".block.v-unsupported{border-left-color:var(--bad)}.block.v-none{border-left-color:var(--none)}\n",
	".block:target,.claim:target{outline:3px solid #2f62c8;outline-offset:2px}\n",
	".back{margin-left:auto;font-weight:normal;font-size:.85em}\n",
	"blockquote{margin:.3rem 0;padding:.35rem .75rem;border-left:3px solid var(--rule);"
	"background:var(--soft);overflow-wrap:anywhere}\n",
	".said{font-family:Georgia,\"DejaVu Serif\",serif;font-size:1.05em;background:none;"
	"border-left-color:#888}\n",
	".rows{list-style:none;padding:0;margin:.5rem 0 0}\n",
	".row{border-top:1px solid var(--rule);padding:.55rem 0 .2rem}\n",
	".title{font-weight:600}\n",
	".meta{font-size:.88em;color:#444;margin:.1rem 0 .2rem;display:flex;flex-wrap:wrap;"
	"gap:.15rem .8rem;align-items:baseline}\n",
	"p.words,p.none{margin:.3rem 0;font-size:.9em}\n",
	".word{font-family:ui-monospace,\"DejaVu Sans Mono\",monospace;font-size:.9em;"
	"background:#eee;border-radius:3px;padding:0 .3em}\n",
	".conflicts{margin:.3rem 0;padding-left:1.2rem;font-size:.9em;color:var(--bad)}\n",
	".conflicts .kind{font-weight:600;text-transform:uppercase;font-size:.8em;"
	"letter-spacing:.03em;margin-right:.3em}\n",
	"mark{background:#ffe27a;color:inherit;border-radius:2px;padding:0 .08em;"
	"box-shadow:0 1px 0 #c9a400}\n",
	".quotes{list-style:none;padding:0;margin:.6rem 0 0}\n",
	".quote{border-top:1px dashed var(--rule);padding:.5rem 0 .2rem}\n",
	".badge.q-exact{color:var(--ok);background:var(--ok-bg)}.badge.q-near{color:var(--part);"
	"background:var(--part-bg)}.badge.q-none{color:var(--bad);background:var(--bad-bg)}\n",
	".qtext{font-family:Georgia,\"DejaVu Serif\",serif;overflow-wrap:anywhere}\n",
	".places{list-style:none;padding:0 0 0 1rem;margin:.2rem 0}\n",
	".diffs{margin:.2rem 0;padding-left:1.2rem;font-size:.9em}\n",
	"footer{margin-top:2rem;font-size:.8em;color:#666}\n",
	"@media (max-width:40rem){body{padding:.6rem .7rem 2rem;font-size:15px}"
	".draft{padding:.6rem .7rem}.block{padding:.55rem .6rem}}\n",
	"@media print{body{max-width:none;padding:0;font-size:10.5pt}"
	"*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
	".back,.todo{display:none}.block{break-inside:avoid}h2{break-after:avoid}"
	".block:target,.claim:target{outline:none}.draft{background:none}}\n",
};

/* The head, the page's title and the legend. */
static void head(struct buf *b, const char *path)
{
	buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
	    "style-src 'unsafe-inline'\">\n<title>Claims checked: ");
	esc_str(b, path ? path : "draft", ESC_LINE);
	buf_puts(b, "</title>\n<style>\n");
	for (size_t i = 0; i < sizeof style / sizeof style[0]; i++)
		buf_puts(b, style[i]);
	buf_puts(b, "</style>\n</head>\n<body>\n<header>\n<h1>Claims checked</h1>\n");
	if (path) {
		buf_puts(b, "<p class=\"sub\">Draft <span class=\"path\">");
		esc_str(b, path, ESC_LINE);
		buf_puts(b, "</span></p>\n");
	}
	buf_puts(b, "<ul class=\"legend\">\n");
	static const struct {
		enum verdict v;
		const char *means;
	} legend[] = {
		{ VERDICT_SUPPORTED, "a source states it: its words stand together in one "
		    "sentence and nothing disagrees" },
		{ VERDICT_PARTIAL, "some of it is stated, or sources disagree" },
		{ VERDICT_UNSUPPORTED, "no source states it, or the best evidence disagrees" },
	};
	for (size_t i = 0; i < sizeof legend / sizeof legend[0]; i++) {
		buf_puts(b, "<li>");
		badge(b, legend[i].v);
		buf_printf(b, " %s</li>\n", legend[i].means);
	}
	buf_puts(b, "</ul>\n<p class=\"note\">The verdicts come from matching words, not from "
	    "understanding them: read the evidence before trusting one. Each marked sentence "
	    "links to its evidence.</p>\n</header>\n");
}

/* Flush b to the FILE; a failed write is remembered. */
static void put(struct report *rp, struct buf *b)
{
	if (b->oom)
		rp->failed = 1;
	if (!rp->failed && b->len && fwrite(b->data, 1, b->len, rp->f) != b->len)
		rp->failed = 1;
	buf_reset(b);
}

static int status(struct report *rp)
{
	if (rp->body.oom || rp->blocks.oom || rp->todo.oom || rp->unknown.oom || rp->rows.oom ||
	    rp->quotes.oom)
		rp->failed = 1;
	return rp->failed ? -1 : 0;
}

/* ---- the API ----------------------------------------------------------- */

int report_open(struct report **out, FILE *f, const char *path, const char *draft,
    size_t len, char *err, size_t errlen)
{
	if (out == NULL)
		return util_error(err, errlen, "report_open: no place for the report");
	*out = NULL;
	if (f == NULL || (draft == NULL && len > 0))
		return util_error(err, errlen, "report_open: no output file or no draft");
	struct report *rp = calloc(1, sizeof *rp);
	if (rp == NULL)
		return util_error(err, errlen, "out of memory");
	rp->f = f;
	rp->draft = draft ? draft : "";
	rp->len = len;
	struct buf b = { 0 };
	head(&b, path);
	errno = 0;
	put(rp, &b);
	buf_free(&b);
	if (rp->failed) {
		util_error(err, errlen, "cannot write the report: %s",
		    errno ? strerror(errno) : "write error");
		report_close(rp);
		return -1;
	}
	*out = rp;
	return 0;
}

static void close_block(struct report *rp);

int report_claim_begin(struct report *rp, size_t byte_start, size_t byte_end, int64_t line,
    enum verdict v, const char *const *unknown, size_t nunknown)
{
	if (rp->open && report_claim_end(rp) != 0)
		return -1;
	close_block(rp);
	if (byte_end > rp->len)
		byte_end = rp->len;
	if (byte_end < rp->at)
		byte_end = rp->at;
	if (byte_start < rp->at)
		byte_start = rp->at;
	if (byte_start > byte_end)
		byte_start = byte_end;
	rp->open = 1;
	rp->start = byte_start;
	rp->end = byte_end;
	rp->line = line;
	rp->nrows = 0;
	rp->nclaims++;
	buf_reset(&rp->rows);
	return report_claim_verdict(rp, v, unknown, nunknown);
}

static void word_list(struct buf *b, const char *what, const char *const *w, size_t n);

int report_claim_verdict(struct report *rp, enum verdict v, const char *const *unknown,
    size_t nunknown)
{
	if (!rp->open)
		return -1;
	if ((unsigned)v > VERDICT_UNSUPPORTED)
		v = VERDICT_NONE;
	rp->v = v;
	buf_reset(&rp->unknown);
	word_list(&rp->unknown, "In no source:", unknown, nunknown);
	return status(rp);
}

static void word_list(struct buf *b, const char *what, const char *const *w, size_t n)
{
	if (n == 0 || w == NULL)
		return;
	buf_printf(b, "<p class=\"words\">%s ", what);
	for (size_t i = 0; i < n; i++) {
		buf_puts(b, i ? " <span class=\"word\">" : "<span class=\"word\">");
		esc_str(b, w[i], ESC_LINE);
		buf_puts(b, "</span>");
	}
	buf_puts(b, "</p>\n");
}

int report_evidence(struct report *rp, const struct search_result *r)
{
	if (!rp->open)
		return -1;
	struct buf *b = &rp->rows;
	rp->nrows++;
	int64_t line = r->has_sentence && r->sentence_line > 0 ? r->sentence_line : r->line_start;
	double cov = r->coverage >= 0 && r->coverage <= 1 ? r->coverage : 0;

	buf_puts(b, "<li class=\"row\">\n<div class=\"title\">");
	esc_str(b, r->title && *r->title ? r->title : r->source, ESC_LINE);
	buf_puts(b, "</div>\n<div class=\"meta\">");
	badge(b, r->support);
	buf_puts(b, " <code>");
	esc_str(b, r->source, ESC_LINE);
	if (r->cite.page > 0)	/* a PDF: the line on its page */
		buf_printf(b, " p. %lld, line %lld</code>", (long long)r->cite.page, (long long)line);
	else
		buf_printf(b, ":%lld</code>", (long long)line);
	if (r->section && *r->section) {
		buf_puts(b, " <span>\xC2\xA7 ");
		esc_str(b, r->section, ESC_LINE);
		buf_puts(b, "</span>");
	}
	buf_printf(b, " <span>coverage %.0f%%</span></div>\n", cov * 100);

	buf_puts(b, "<blockquote>");
	if (r->snippet && *r->snippet)
		esc_str(b, r->snippet, ESC_MARKED);
	else if (r->has_sentence && r->sentence)
		esc(b, r->sentence, r->sentence_len, ESC_LINE);
	else if (r->text)
		esc(b, r->text, r->text_len, ESC_LINE);
	buf_puts(b, "</blockquote>\n");
	word_list(b, "Missing here:", r->missing, r->nmissing);

	if (r->nconflicts > 0 && r->conflicts != NULL) {
		buf_puts(b, "<ul class=\"conflicts\">\n");
		for (size_t i = 0; i < r->nconflicts; i++) {
			const struct search_conflict *c = &r->conflicts[i];
			buf_puts(b, "<li><span class=\"kind\">");
			esc_str(b, c->kind ? c->kind : "conflict", ESC_LINE);
			buf_puts(b, "</span> claim says \xE2\x80\x9C");
			esc_str(b, c->claim_words, ESC_LINE);
			buf_puts(b, "\xE2\x80\x9D, source says \xE2\x80\x9C");
			esc_str(b, c->source_words, ESC_LINE);
			buf_printf(b, "\xE2\x80\x9D (line %lld)</li>\n", (long long)c->line);
		}
		buf_puts(b, "</ul>\n");
	}
	buf_puts(b, "</li>\n");
	return status(rp);
}

int report_claim_end(struct report *rp)
{
	if (!rp->open)
		return -1;
	rp->open = 0;
	size_t id = rp->nclaims;
	const char *name = name_of(rp->v);

	rp->count[rp->v]++;

	struct buf *b = &rp->blocks;
	buf_printf(b, "<section class=\"block v-%s\" id=\"c%zu\">\n<h3>", name, id);
	badge(b, rp->v);
	buf_printf(b, " <span>Claim %zu, line %lld</span> <a class=\"back\" href=\"#s%zu\">"
	    "\xE2\x86\x91 in the draft</a></h3>\n<blockquote class=\"said\">", id,
	    (long long)rp->line, id);
	esc(b, rp->draft + rp->start, rp->end - rp->start, ESC_LINE);
	buf_puts(b, "</blockquote>\n");
	buf_append(b, rp->unknown.data, rp->unknown.len);
	if (rp->nrows > 0) {
		buf_puts(b, "<ol class=\"rows\">\n");
		buf_append(b, rp->rows.data, rp->rows.len);
		buf_puts(b, "</ol>\n");
	} else {
		buf_puts(b, "<p class=\"none\">No source has evidence for this claim.</p>\n");
	}
	rp->block_open = 1;	/* its quotes may follow: close_block ends it */

	b = &rp->body;
	esc(b, rp->draft + rp->at, rp->start - rp->at, ESC_DRAFT);
	buf_printf(b, "<span class=\"claim verdict-%s\" id=\"s%zu\" title=\"Claim %zu, line %lld: "
	    "%s (%zu source%s)\"><a href=\"#c%zu\">", name, id, id, (long long)rp->line,
	    label_of(rp->v), rp->nrows, rp->nrows == 1 ? "" : "s", id);
	esc(b, rp->draft + rp->start, rp->end - rp->start, ESC_DRAFT);
	buf_printf(b, "<span class=\"tag\">%s%zu</span></a></span>", icon_of(rp->v), id);
	rp->at = rp->end;

	if (rp->v != VERDICT_SUPPORTED)
		buf_printf(&rp->todo, "<a href=\"#c%zu\">%s %zu (line %lld)</a> ", id,
		    icon_of(rp->v), id, (long long)rp->line);
	return status(rp);
}

/* ---- quotes -------------------------------------------------------------- */

/* What a quote check found: the best of any source (quoteout_verdict's). */
enum qanswer { Q_EXACT, Q_NEAR, Q_NONE };
static const char *const qanswer_name[] = { "exact", "near", "none" };
static const char *const qanswer_label[] = { "exact", "near", "not found" };
static const char *const qanswer_icon[] = { "\xE2\x9C\x93", "\xE2\x97\x90", "\xE2\x9C\x97" };

/* "“word”" as HTML, or nothing for NULL */
static void quoted(struct buf *b, const char *w)
{
	buf_puts(b, "\xE2\x80\x9C");
	esc_str(b, w, ESC_LINE);
	buf_puts(b, "\xE2\x80\x9D");
}

/* One source's place of the quote: where, the words there, what differs. */
static void quote_place(struct buf *b, const struct quote_place *p)
{
	enum qanswer a = p->exact ? Q_EXACT : Q_NEAR;
	buf_puts(b, "<li class=\"place\">\n<div class=\"title\">");
	esc_str(b, p->title && *p->title ? p->title : p->source, ESC_LINE);
	buf_printf(b, "</div>\n<div class=\"meta\"><span class=\"badge q-%s\">%s ",
	    qanswer_name[a], qanswer_icon[a]);
	if (p->exact)
		buf_puts(b, "exact");
	else if (p->word_edits == 0)
		buf_puts(b, "near: punctuation differs");
	else
		buf_printf(b, "near: %zu word%s differ%s", p->word_edits,
		    p->word_edits == 1 ? "" : "s", p->word_edits == 1 ? "s" : "");
	buf_puts(b, "</span> <code>");
	esc_str(b, p->source, ESC_LINE);
	if (p->page > 0)	/* a PDF: lines on its page, bytes of its text */
		buf_printf(b, " p. %lld, lines %lld-%lld", (long long)p->page,
		    (long long)p->line_start, (long long)p->line_end);
	else
		buf_printf(b, ":%lld-%lld", (long long)p->line_start, (long long)p->line_end);
	buf_printf(b, "</code> <span>bytes %zu-%zu</span></div>\n<blockquote>", p->byte_start,
	    p->byte_end);
	esc_str(b, p->text, ESC_LINE);
	buf_puts(b, "</blockquote>\n");
	if (p->ndiffs > 0 && p->diffs != NULL) {
		buf_puts(b, "<ul class=\"diffs\">\n");
		for (size_t d = 0; d < p->ndiffs; d++) {
			const struct quote_difference *x = &p->diffs[d];
			buf_puts(b, "<li>");
			if (x->kind == QUOTE_CHANGED) {
				buf_puts(b, "changed: quote ");
				quoted(b, x->quote_word);
				buf_puts(b, ", source ");
				quoted(b, x->source_word);
			} else if (x->kind == QUOTE_MISSING) {
				buf_puts(b, "not in the source: ");
				quoted(b, x->quote_word);
			} else {
				buf_puts(b, "not in the quote: ");
				quoted(b, x->source_word);
			}
			buf_puts(b, " (");
			if (x->page > 0)
				buf_printf(b, "p. %lld, ", (long long)x->page);
			if (x->kind == QUOTE_MISSING)
				buf_printf(b, "line %lld, before byte %zu)</li>\n", (long long)x->line,
				    x->byte_start);
			else
				buf_printf(b, "line %lld, bytes %zu-%zu)</li>\n", (long long)x->line,
				    x->byte_start, x->byte_end);
		}
		buf_puts(b, "</ul>\n");
	}
	buf_puts(b, "</li>\n");
}

int report_quote(struct report *rp, size_t byte_start, size_t byte_end, int64_t line,
    const struct quote_result *r)
{
	if ((!rp->open && !rp->block_open) || r == NULL)
		return -1;
	if (byte_end > rp->len)
		byte_end = rp->len;
	if (byte_start > byte_end)
		byte_start = byte_end;
	enum qanswer a = r->nplaces == 0 ? Q_NONE : r->places[0].exact ? Q_EXACT : Q_NEAR;
	size_t id = ++rp->nquotes, exact = 0;
	rp->qcount[a]++;
	for (size_t k = 0; k < r->nplaces; k++)
		exact += r->places[k].exact != 0;

	struct buf *b = &rp->quotes;
	buf_printf(b, "<li class=\"quote q-%s\" id=\"q%zu\">\n<div class=\"meta\">"
	    "<span class=\"badge q-%s\">%s quote %s</span> <span class=\"qtext\">",
	    qanswer_name[a], id, qanswer_name[a], qanswer_icon[a], qanswer_label[a]);
	buf_puts(b, "\xE2\x80\x9C");
	esc(b, rp->draft + byte_start, byte_end - byte_start, ESC_LINE);
	buf_printf(b, "\xE2\x80\x9D</span> <span>draft line %lld, bytes %zu-%zu</span></div>\n",
	    (long long)line, byte_start, byte_end);
	if (r->nplaces == 0)
		buf_puts(b, "<p class=\"none\">In no source, not even nearly.</p>\n");
	else
		buf_printf(b, "<p class=\"note\">Verbatim in %zu source%s, nearly in %zu%s.</p>\n",
		    exact, exact == 1 ? "" : "s", r->nplaces - exact, r->capped ?
		    " (of the first sources read; there are more)" : "");
	if (r->nunreadable > 0)
		buf_printf(b, "<p class=\"note\">%zu candidate source%s could not be read to check "
		    "the words: the answer is not sure.</p>\n", r->nunreadable,
		    r->nunreadable == 1 ? "" : "s");
	if (r->nplaces > 0) {
		buf_puts(b, "<ul class=\"places\">\n");
		for (size_t k = 0; k < r->nplaces; k++)
			quote_place(b, &r->places[k]);
		buf_puts(b, "</ul>\n");
	}
	buf_puts(b, "</li>\n");
	if (a != Q_EXACT)
		buf_printf(&rp->todo, "<a href=\"#q%zu\">%s quote %zu (line %lld)</a> ", id,
		    qanswer_icon[a], id, (long long)line);
	return status(rp);
}

/* End the last claim's block: its quotes, then the section's end. */
static void close_block(struct report *rp)
{
	if (!rp->block_open)
		return;
	struct buf *b = &rp->blocks;
	if (rp->quotes.len > 0) {
		buf_puts(b, "<ol class=\"quotes\">\n");
		buf_append(b, rp->quotes.data, rp->quotes.len);
		buf_puts(b, "</ol>\n");
	}
	buf_puts(b, "</section>\n");
	buf_reset(&rp->quotes);
	rp->block_open = 0;
}

int report_finish(struct report *rp)
{
	if (rp->finished)
		return -1;
	if (rp->open)
		report_claim_end(rp);
	close_block(rp);
	rp->finished = 1;
	esc(&rp->body, rp->draft + rp->at, rp->len - rp->at, ESC_DRAFT);
	rp->at = rp->len;
	if (status(rp) != 0)
		return -1;

	struct buf b = { 0 };
	buf_printf(&b, "<nav class=\"summary\" aria-label=\"Summary\">\n<h2>Summary: %zu claim%s"
	    "</h2>\n<p class=\"counts\">", rp->nclaims, rp->nclaims == 1 ? "" : "s");
	static const enum verdict order[] = { VERDICT_SUPPORTED, VERDICT_PARTIAL,
	    VERDICT_UNSUPPORTED, VERDICT_NONE };
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		enum verdict v = order[i];
		if (v == VERDICT_NONE && rp->count[v] == 0)
			continue;
		buf_printf(&b, "<span class=\"badge v-%s\">%s %zu %s</span>", name_of(v),
		    icon_of(v), rp->count[v], label_of(v));
	}
	buf_puts(&b, "</p>\n");
	if (rp->nquotes > 0) {
		buf_printf(&b, "<p class=\"counts qcounts\">%zu quote%s checked word for word:",
		    rp->nquotes, rp->nquotes == 1 ? "" : "s");
		for (int a = 0; a < 3; a++)
			buf_printf(&b, " <span class=\"badge q-%s\">%s %zu %s</span>", qanswer_name[a],
			    qanswer_icon[a], rp->qcount[a], qanswer_label[a]);
		buf_puts(&b, "</p>\n");
	}
	if (rp->todo.len > 0) {
		buf_puts(&b, "<p class=\"todo\">To look at: ");
		buf_append(&b, rp->todo.data, rp->todo.len);
		buf_puts(&b, "</p>\n");
	}
	buf_puts(&b, "</nav>\n<main>\n<h2>Draft</h2>\n<div class=\"draft\">");
	put(rp, &b);
	put(rp, &rp->body);
	buf_puts(&b, "</div>\n<h2>Evidence</h2>\n");
	if (rp->nclaims == 0)
		buf_puts(&b, "<p class=\"none\">The draft has no sentence to check.</p>\n");
	put(rp, &b);
	put(rp, &rp->blocks);
	buf_puts(&b, "</main>\n<footer>Made by psearch from the sources in its index; "
	    "this page loads nothing from the network.</footer>\n</body>\n</html>\n");
	put(rp, &b);
	buf_free(&b);
	if (fflush(rp->f) != 0 || ferror(rp->f))
		rp->failed = 1;
	return rp->failed ? -1 : 0;
}

void report_close(struct report *rp)
{
	if (rp == NULL)
		return;
	buf_free(&rp->body);
	buf_free(&rp->blocks);
	buf_free(&rp->todo);
	buf_free(&rp->unknown);
	buf_free(&rp->rows);
	buf_free(&rp->quotes);
	free(rp);
}
