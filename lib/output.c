/*
 * output.c: the output formats (see output.h).
 *
 * TSV: tab, newline, carriage return and backslash are written \t \n \r
 * \\, other control bytes \xNN.  CSV: RFC 4180, every byte kept (invalid
 * UTF-8 repaired), a field quoted when it holds a comma, a double quote, CR
 * or LF, its quotes doubled; records end in CRLF.  Columns of both (always
 * in this order; claim and batch columns appended, fallback last):
 *   source line_start line_end byte_start byte_end score title section passage snippet
 *   [coverage sentence_line sentence_byte_start sentence_byte_end sentence matched missing
 *    passage_coverage verdict support unknown conflicts claim claim_line
 *    claim_byte_start claim_byte_end]
 *   [query_id] fallback author date publisher url page
 * (the citation columns after fallback, so that older readers' columns keep
 * their places; empty when not known, page only for a PDF)
 * conflicts: "kind: claim words / source words (line N)" joined by "; ".
 * and for source rows (-l, -c):  source [count] [query_id] fallback title author date
 * publisher url (the title too after fallback, for the same reason; no page:
 * a source row is the whole file)
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "copies.h"
#include "output.h"
#include "util.h"

#define C_PATH "\033[35m"
#define C_LINE "\033[32m"
#define C_MATCH "\033[1;31m"
#define C_DIM "\033[2m"
#define C_OFF "\033[0m"
#define C_SUPPORTED "\033[1;32m"
#define C_PARTIAL "\033[1;33m"
#define C_UNSUPPORTED "\033[1;31m"

struct grouped {
	char *source, *title, *section, *snippet;
	long long line_start, line_end, page;
	double score;
	int group;		/* index of the first result of its source */
};

#define CLAIM_KEYS_MAX 256	/* copy groups told apart in one claim's rows */

struct total {
	char *source;
	size_t count;
};

struct output {
	FILE *f;
	struct output_options o;
	sqlite3 *db;
	sqlite3_stmt *json_base, *json_claim, *json_quote, *json_conflict;
	sqlite3_stmt *json_source, *json_bare_claim, *json_words;
	sqlite3_stmt *json_finish[8];	/* finish_statement's, by FINISH_* flags */
	struct grouped *groups;
	size_t ngroups, cap;
	struct total *totals;	/* grouped: every matching passage per source */
	size_t ntotals, tcap;
	int fallback;		/* the rows now written came from the fall back */
	int header_done;
	int failed;
	int errnum;		/* errno of the first failure, 0: none yet */
	/* claim mode: the claim being reported (output_claim_begin) */
	struct output_claim claim;
	const char *claim_id;
	int claim_open, claim_said;	/* its verdict line is written */
	size_t claim_rows;
	int64_t copies_of;		/* JSON: the passage whose copies end the row, 0: none */
	/*
	 * Claims: the row being written copies an earlier-indexed source's
	 * passage (row_self 0: row_original names it); row_counted: its
	 * group's first row in this claim, so its support counts.  The keys
	 * are the originals' passage ids of this claim's rows so far.
	 */
	int row_claim, row_self, row_counted;
	struct copies_item row_original;
	struct copies_reader *copies;	/* opened at the first row that needs it, for all */
	int copies_failed;		/* that open failed: rows stand alone, no retry */
	/* the row's copies, looked up once for its original and its JSON (row_copies) */
	struct copies_list row_copies;
	int64_t row_copies_of;		/* whose they are, 0: none yet */
	int row_copies_rc;
	int64_t claim_keys[CLAIM_KEYS_MAX];
	size_t nclaim_keys, claim_supported, claim_independent;
};

#define JSON_BASE_FIELDS \
    "'source', ?1, 'title', ?2, 'section', ?3, 'passage', ?4," \
    " 'line_start', ?5, 'line_end', ?6, 'byte_start', ?7, 'byte_end', ?8," \
    " 'score', ?9, 'snippet', ?10, 'text', ?11, 'author', ?12, 'date', ?13," \
    " 'publisher', ?14, 'url', ?15, 'page', ?16"
static const char json_base_sql[] = "SELECT json_object(" JSON_BASE_FIELDS ")";
/* a claim row: the base fields, then the claim's from ?(CLAIM_FIELDS + 1) on, in one pass */
#define CLAIM_FIELDS 16
static const char json_claim_sql[] =
    "SELECT json_object(" JSON_BASE_FIELDS ", 'sentence', ?18, 'sentence_byte_start', ?19,"
    " 'sentence_byte_end', ?20, 'sentence_line', ?21, 'coverage', ?22,"
    " 'matched', json(?23), 'missing', json(?24), 'passage_coverage', ?25,"
    " 'verdict', ?26, 'support', ?27, 'unknown', json(?28), 'conflicts', json(?29),"
    " 'claim', ?30, 'claim_line', ?31, 'claim_byte_start', ?32, 'claim_byte_end', ?33,"
    " 'matched_as', json(?34))";
static const char json_words_sql[] =
    "SELECT json_set(?1, '$.coverage', ?2, '$.matched', json(?3), '$.missing', json(?4))";
static const char json_bare_claim_sql[] =
    "SELECT json_object('claim', ?1, 'claim_line', ?2, 'claim_byte_start', ?3,"
    " 'claim_byte_end', ?4, 'verdict', ?5, 'unknown', json(?6), 'source', NULL)";
static const char json_conflict_sql[] =
    "SELECT json_object('kind', ?1, 'claim', ?2, 'source', ?3, 'line', ?4,"
    " 'byte_start', ?5, 'byte_end', ?6)";
/* -l rows have no count: ?2 NULL */
static const char json_source_sql[] =
    "SELECT CASE WHEN ?2 IS NULL THEN json_remove(o, '$.count') ELSE o END"
    " FROM (SELECT json_object('source', ?1, 'count', ?2, 'title', ?3, 'author', ?4,"
    " 'date', ?5, 'publisher', ?6, 'url', ?7) AS o)";

int output_open(struct output **out, FILE *f, const struct output_options *o,
    sqlite3 *db, char *err, size_t errlen)
{
	struct output *p = calloc(1, sizeof *p);
	*out = NULL;
	if (p == NULL)
		return util_error(err, errlen, "out of memory");
	p->f = f;
	p->o = *o;
	p->db = db;
	if (o->format == OUTPUT_JSON &&
	    (sqlite3_prepare_v2(db, json_base_sql, -1, &p->json_base, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db, json_claim_sql, -1, &p->json_claim, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db, json_source_sql, -1, &p->json_source, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db, "SELECT json_quote(?1)", -1, &p->json_quote, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db, json_conflict_sql, -1, &p->json_conflict, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db, json_bare_claim_sql, -1, &p->json_bare_claim, NULL) != SQLITE_OK ||
	     sqlite3_prepare_v2(db, json_words_sql, -1, &p->json_words, NULL) != SQLITE_OK)) {
		util_error(err, errlen, "cannot prepare JSON output: %s", sqlite3_errmsg(db));
		output_close(p);
		return -1;
	}
	*out = p;
	return 0;
}

void output_close(struct output *p)
{
	if (p == NULL)
		return;
	sqlite3_finalize(p->json_base);
	sqlite3_finalize(p->json_claim);
	sqlite3_finalize(p->json_quote);
	sqlite3_finalize(p->json_conflict);
	sqlite3_finalize(p->json_bare_claim);
	sqlite3_finalize(p->json_words);
	for (size_t i = 0; i < sizeof p->json_finish / sizeof *p->json_finish; i++)
		sqlite3_finalize(p->json_finish[i]);
	sqlite3_finalize(p->json_source);
	copies_reader_close(p->copies);
	copies_list_free(&p->row_copies);
	for (size_t i = 0; i < p->ngroups; i++) {
		free(p->groups[i].source);
		free(p->groups[i].title);
		free(p->groups[i].section);
		free(p->groups[i].snippet);
	}
	free(p->groups);
	for (size_t i = 0; i < p->ntotals; i++)
		free(p->totals[i].source);
	free(p->totals);
	free(p);
}

/* ---- safe text -------------------------------------------------------- */

void output_safe(FILE *f, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		if (u[i] >= 0x20 && u[i] < 0x7f) {
			size_t j = i;
			while (j < n && u[j] >= 0x20 && u[j] < 0x7f)
				j++;
			fwrite(s + i, 1, j - i, f);
			i = j;
			continue;
		}
		size_t len = u[i] >= 0x80 ? util_utf8_char(u + i, n - i) : 0;
		if (len) {
			fwrite(s + i, 1, len, f);
			i += len;
		} else if (u[i] == '\t') {
			fputs("\\t", f), i++;
		} else if (u[i] == '\n') {
			fputs("\\n", f), i++;
		} else if (u[i] == '\r') {
			fputs("\\r", f), i++;
		} else {
			fprintf(f, "\\x%02x", u[i]), i++;
		}
	}
}

/* Passage text for a terminal line: newlines become spaces, marks become colour (or vanish). */
static void put_marked(struct output *p, const char *s, int oneline)
{
	int after_space = 1;
	for (const char *q = s; *q; ) {
		size_t run = strcspn(q, "\x02\x03\n\r\t");
		output_safe(p->f, q, run);
		if (run)
			after_space = q[run - 1] == ' ';
		q += run;
		if (*q == 0)
			break;
		if (*q == SEARCH_MARK_ON) {
			if (p->o.color)
				fputs(C_MATCH, p->f);
		} else if (*q == SEARCH_MARK_OFF) {
			if (p->o.color)
				fputs(C_OFF, p->f);
		} else if (oneline) {
			if (!after_space)
				fputc(' ', p->f);
			after_space = 1;
		} else {
			fputc(*q, p->f);
		}
		q++;
	}
}

/*
 * s with invalid UTF-8 repaired (for JSON and TSV), and for a marked field
 * (the snippet) without the marks.  Other fields keep every byte: a
 * passage's text must equal the file's bytes, 0x02 and 0x03 included.
 */
static void plain(struct buf *b, const char *s, size_t n, int marked)
{
	buf_reset(b);
	struct buf tmp = { 0 };
	util_utf8_repair(&tmp, s, n);
	for (size_t i = 0; i < tmp.len; i++)
		if (!marked || (tmp.data[i] != SEARCH_MARK_ON && tmp.data[i] != SEARCH_MARK_OFF))
			buf_append(b, tmp.data + i, 1);
	if (b->data == NULL)
		buf_append(b, "", 0);
	buf_free(&tmp);
}

/* ---- text --------------------------------------------------------------- */

/* "file:12-15", or for a PDF page "paper.pdf p. 4, lines 12-15" (lines of that page) */
static void text_location(struct output *p, const char *source, int64_t page, long long l1,
    long long l2)
{
	if (p->o.color)
		fputs(C_PATH, p->f);
	output_safe(p->f, source, strlen(source));
	if (p->o.color)
		fputs(C_OFF, p->f);
	if (page > 0)
		fprintf(p->f, " p. %lld, lines ", (long long)page);
	else
		fputc(':', p->f);
	if (p->o.color)
		fputs(C_LINE, p->f);
	fprintf(p->f, "%lld-%lld", l1, l2);
	if (p->o.color)
		fputs(C_OFF, p->f);
}

/*
 * A claim's verdict line:
 *   [ID] draft.md:12: SUPPORTED  "the claim"
 *     not in any source: moon cheese
 */
static void text_verdict(struct output *p, enum verdict v, const char *const *unknown,
    size_t nunknown)
{
	static const char *const color[] = { "", C_SUPPORTED, C_PARTIAL, C_UNSUPPORTED };
	const char *name = verdict_name(v);
	if (p->claim_id) {
		fputc('[', p->f);
		output_safe(p->f, p->claim_id, strlen(p->claim_id));
		fputs("] ", p->f);
	}
	if (p->claim.line > 0)
		fprintf(p->f, "line %lld: ", (long long)p->claim.line);
	if (p->o.color)
		fputs(color[v], p->f);
	for (const char *c = name; *c; c++)
		fputc(*c >= 'a' && *c <= 'z' ? *c - 'a' + 'A' : *c, p->f);
	if (p->o.color)
		fputs(C_OFF, p->f);
	if (p->claim.text) {
		fputs("  \"", p->f);
		output_safe(p->f, p->claim.text, strlen(p->claim.text));
		fputc('"', p->f);
	}
	fputc('\n', p->f);
	if (nunknown) {
		fputs("  not in any source:", p->f);
		for (size_t i = 0; i < nunknown; i++) {
			fputc(' ', p->f);
			output_safe(p->f, unknown[i], strlen(unknown[i]));
		}
		fputc('\n', p->f);
	}
	fputc('\n', p->f);
	p->claim_said = 1;
}

/* "Author, date, publisher, URL" of what is known, for the text output's source line. */
static void text_cite(struct output *p, const struct cite *c)
{
	const char *f[4] = { c->author, c->date, c->publisher, c->url };
	int n = 0;
	for (int i = 0; i < 4; i++) {
		if (f[i] == NULL || *f[i] == 0)
			continue;
		fputs(n++ ? ", " : " (", p->f);
		output_safe(p->f, f[i], strlen(f[i]));
	}
	if (n)
		fputc(')', p->f);
}

static void text_result(struct output *p, const char *qid, const struct search_result *r)
{
	if (p->claim_open && !p->claim_said)
		text_verdict(p, r->verdict, r->unknown, r->nunknown);
	if (qid) {
		fputc('[', p->f);
		output_safe(p->f, qid, strlen(qid));
		fputs("] ", p->f);
	}
	text_location(p, r->source, r->cite.page, (long long)r->line_start,
	    (long long)r->line_end);
	fprintf(p->f, "  score %.3f", r->score);
	if (r->matched || r->has_sentence)
		fprintf(p->f, "  coverage %.2f", r->coverage);
	fputc('\n', p->f);
	fputs("  ", p->f);
	if (p->o.color)
		fputs(C_DIM, p->f);
	output_safe(p->f, r->title, strlen(r->title));
	text_cite(p, &r->cite);
	if (r->section[0]) {
		fputs(" \xE2\x80\xBA ", p->f);
		output_safe(p->f, r->section, strlen(r->section));
	}
	if (p->o.color)
		fputs(C_OFF, p->f);
	fputc('\n', p->f);
	if (r->has_sentence && r->cite.page > 0)	/* a PDF's: the line on the page */
		fprintf(p->f, "  p. %lld, line %lld, bytes %lld-%lld: ", (long long)r->cite.page,
		    (long long)r->sentence_line, (long long)r->sentence_byte_start,
		    (long long)r->sentence_byte_end);
	else if (r->has_sentence)
		fprintf(p->f, "  line %lld, bytes %lld-%lld: ", (long long)r->sentence_line,
		    (long long)r->sentence_byte_start, (long long)r->sentence_byte_end);
	else
		fputs("  ", p->f);
	put_marked(p, r->snippet, 1);
	fputc('\n', p->f);
	if (r->matched && (r->nmatched || r->nmissing)) {
		fputs("  matched:", p->f);
		for (size_t i = 0; i < r->nmatched; i++) {
			fputc(' ', p->f);
			output_safe(p->f, r->matched[i], strlen(r->matched[i]));
			if (r->matched_as && r->matched_as[i]) {	/* "straight (as directly)" */
				fputs(" (as ", p->f);
				output_safe(p->f, r->matched_as[i], strlen(r->matched_as[i]));
				fputc(')', p->f);
			}
		}
		if (r->nmissing) {
			fputs("  missing:", p->f);
			for (size_t i = 0; i < r->nmissing; i++) {
				fputc(' ', p->f);
				output_safe(p->f, r->missing[i], strlen(r->missing[i]));
			}
		}
		fputc('\n', p->f);
	}
	if (r->verdict != VERDICT_NONE) {
		fprintf(p->f, "  this source: %s", verdict_name(r->support));
		if (r->passage_coverage > r->coverage)
			fprintf(p->f, " (passage coverage %.2f)", r->passage_coverage);
		fputc('\n', p->f);
	}
	for (size_t i = 0; i < r->nconflicts; i++) {
		const struct search_conflict *c = &r->conflicts[i];
		fprintf(p->f, "  conflict (%s): claim \"", c->kind);
		output_safe(p->f, c->claim_words, strlen(c->claim_words));
		fputs("\", source \"", p->f);
		output_safe(p->f, c->source_words, strlen(c->source_words));
		fputs("\" (", p->f);
		if (r->cite.page > 0)
			fprintf(p->f, "p. %lld, ", (long long)r->cite.page);
		fprintf(p->f, "line %lld, bytes %lld-%lld)\n", (long long)c->line,
		    (long long)c->byte_start, (long long)c->byte_end);
	}
	if (p->row_claim && !p->row_self) {
		fputs("  copy: the same passage as ", p->f);
		text_location(p, p->row_original.source, p->row_original.page,
		    (long long)p->row_original.line_start, (long long)p->row_original.line_end);
		fputs(p->row_counted ? " (indexed earlier)\n"
		    : " (indexed earlier; its support counts once)\n", p->f);
	}
	if (p->o.explain && r->explain) {
		fputs("  explain: ", p->f);
		output_safe(p->f, r->explain, strlen(r->explain));
		fputc('\n', p->f);
	}
	fputc('\n', p->f);
}

static int group_result(struct output *p, const struct search_result *r)
{
	if (p->ngroups == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 16;
		struct grouped *g = realloc(p->groups, cap * sizeof *g);
		if (g == NULL)
			return -1;
		p->groups = g;
		p->cap = cap;
	}
	struct grouped *g = &p->groups[p->ngroups];
	g->source = strdup(r->source);
	g->title = strdup(r->title);
	g->section = strdup(r->section);
	g->snippet = strdup(r->snippet);
	g->line_start = (long long)r->line_start;
	g->line_end = (long long)r->line_end;
	g->page = (long long)r->cite.page;
	g->score = r->score;
	g->group = (int)p->ngroups;
	for (size_t i = 0; i < p->ngroups; i++) {
		if (strcmp(p->groups[i].source, r->source) == 0) {
			g->group = p->groups[i].group;
			break;
		}
	}
	p->ngroups++;
	return (g->source && g->title && g->section && g->snippet) ? 0 : -1;
}

int output_source_total(struct output *p, const char *source, size_t count)
{
	for (size_t i = 0; i < p->ntotals; i++) {
		if (strcmp(p->totals[i].source, source) == 0) {
			p->totals[i].count += count;
			return 0;
		}
	}
	if (p->ntotals == p->tcap) {
		size_t cap = p->tcap ? p->tcap * 2 : 16;
		struct total *t = realloc(p->totals, cap * sizeof *t);
		if (t == NULL)
			return -1;
		p->totals = t;
		p->tcap = cap;
	}
	if ((p->totals[p->ntotals].source = strdup(source)) == NULL)
		return -1;
	p->totals[p->ntotals++].count = count;
	return 0;
}

/* A group's passages: all that match when known (output_source_total), else shown. */
static size_t group_total(const struct output *p, const char *source, size_t shown)
{
	for (size_t i = 0; i < p->ntotals; i++)
		if (strcmp(p->totals[i].source, source) == 0)
			return p->totals[i].count > shown ? p->totals[i].count : shown;
	return shown;
}

static void print_groups(struct output *p)
{
	for (size_t i = 0; i < p->ngroups; i++) {
		if (p->groups[i].group != (int)i)
			continue;
		size_t shown = 0;
		for (size_t k = i; k < p->ngroups; k++)
			shown += p->groups[k].group == (int)i;
		size_t count = group_total(p, p->groups[i].source, shown);
		if (p->o.color)
			fputs(C_PATH, p->f);
		output_safe(p->f, p->groups[i].source, strlen(p->groups[i].source));
		if (p->o.color)
			fputs(C_OFF, p->f);
		fprintf(p->f, "  (%zu passage%s", count, count == 1 ? "" : "s");
		if (count > shown)
			fprintf(p->f, ", %zu shown", shown);
		fputs(")  ", p->f);
		output_safe(p->f, p->groups[i].title, strlen(p->groups[i].title));
		fputc('\n', p->f);
		for (size_t k = i; k < p->ngroups; k++) {
			struct grouped *g = &p->groups[k];
			if (g->group != (int)i)
				continue;
			fputs("  ", p->f);
			if (g->page > 0)
				fprintf(p->f, "p. %lld, lines ", g->page);
			if (p->o.color)
				fputs(C_LINE, p->f);
			fprintf(p->f, "%lld-%lld", g->line_start, g->line_end);
			if (p->o.color)
				fputs(C_OFF, p->f);
			fprintf(p->f, "  score %.3f  ", g->score);
			put_marked(p, g->snippet, 1);
			fputc('\n', p->f);
		}
		fputc('\n', p->f);
	}
}

/* ---- TSV and CSV --------------------------------------------------------- */

static void tsv_bytes(struct output *p, const struct buf *b)
{
	for (size_t i = 0; i < b->len; i++) {
		char c = b->data[i];
		if (c == '\t')
			fputs("\\t", p->f);
		else if (c == '\n')
			fputs("\\n", p->f);
		else if (c == '\r')
			fputs("\\r", p->f);
		else if (c == '\\')
			fputs("\\\\", p->f);
		else if ((unsigned char)c < 0x20 || c == 0x7f)
			fprintf(p->f, "\\x%02x", (unsigned char)c);
		else
			fputc(c, p->f);
	}
}

static void csv_bytes(struct output *p, const struct buf *b)
{
	size_t i;
	for (i = 0; i < b->len && !strchr(",\"\r\n", b->data[i] ? b->data[i] : ','); i++)
		;
	if (i == b->len) {
		fwrite(b->data, 1, b->len, p->f);
		return;
	}
	fputc('"', p->f);
	for (i = 0; i < b->len; i++) {
		if (b->data[i] == '"')
			fputc('"', p->f);
		fputc(b->data[i], p->f);
	}
	fputc('"', p->f);
}

/* The separator after a field: tab or comma; a record ends in LF or CRLF. */
static void field_end(struct output *p, int last)
{
	if (!last)
		fputc(p->o.format == OUTPUT_CSV ? ',' : '\t', p->f);
	else
		fputs(p->o.format == OUTPUT_CSV ? "\r\n" : "\n", p->f);
}

/* One TSV or CSV field: n bytes of s (a marked field loses its marks). */
static void dfield(struct output *p, const char *s, size_t n, int marked, int last)
{
	struct buf b = { 0 };
	plain(&b, s, n, marked);
	if (b.data) {
		if (p->o.format == OUTPUT_CSV)
			csv_bytes(p, &b);
		else
			tsv_bytes(p, &b);
	} else {
		p->failed = 1;
		p->errnum = p->errnum ? p->errnum : ENOMEM;
	}
	buf_free(&b);
	field_end(p, last);
}

static void dtext(struct output *p, const char *s, int last)
{
	dfield(p, s, strlen(s), 0, last);
}

static void dint(struct output *p, long long v, int last)
{
	fprintf(p->f, "%lld", v);
	field_end(p, last);
}

static void dreal(struct output *p, double v, int last)
{
	fprintf(p->f, "%.4f", v);
	field_end(p, last);
}

static void dwords(struct output *p, const char *const *w, size_t n, int last)
{
	struct buf b = { 0 };
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_append(&b, " ", 1);
		buf_puts(&b, w[i]);
	}
	dfield(p, b.data ? b.data : "", b.len, 0, last);
	buf_free(&b);
}

static void dconflicts(struct output *p, const struct search_conflict *c, size_t n)
{
	struct buf b = { 0 };
	for (size_t i = 0; i < n; i++)
		buf_printf(&b, "%s%s: %s / %s (line %lld)", i ? "; " : "", c[i].kind,
		    c[i].claim_words, c[i].source_words, (long long)c[i].line);
	if (b.oom) {
		p->failed = 1;
		p->errnum = p->errnum ? p->errnum : ENOMEM;
	}
	dfield(p, b.data ? b.data : "", b.len, 0, 0);
	buf_free(&b);
}

/* claim claim_line claim_byte_start claim_byte_end (empty when not known) */
static void dclaim(struct output *p)
{
	const struct output_claim *c = &p->claim;
	dtext(p, p->claim_open && c->text ? c->text : "", 0);
	if (p->claim_open && c->line > 0) {
		dint(p, (long long)c->line, 0);
		dint(p, (long long)c->byte_start, 0);
		dint(p, (long long)c->byte_end, 0);
	} else {
		dtext(p, "", 0);
		dtext(p, "", 0);
		dtext(p, "", 0);
	}
}

/* The TSV/CSV columns of a passage row, and of claim mode after them. */
static const char *const base_columns[] = { "source", "line_start", "line_end", "byte_start",
    "byte_end", "score", "title", "section", "passage", "snippet" };
static const char *const claim_columns[] = { "coverage", "sentence_line",
    "sentence_byte_start", "sentence_byte_end", "sentence", "matched", "missing",
    "passage_coverage", "verdict", "support", "unknown", "conflicts", "claim",
    "claim_line", "claim_byte_start", "claim_byte_end" };
#define NBASE_COLUMNS (sizeof base_columns / sizeof *base_columns)
static const char *const cite_columns[] = { "author", "date", "publisher", "url", "page" };
#define NCITE_COLUMNS (sizeof cite_columns / sizeof *cite_columns)
#define VERDICT_COLUMN 8	/* claim_columns[8]: the first a bare claim row fills */

/* The column names, when a header is wanted and not yet written. */
static void header(struct output *p)
{
	if (p->header_done || (p->o.format == OUTPUT_TSV && !p->o.header))
		return;
	p->header_done = 1;
	if (p->o.rows != OUTPUT_PASSAGES) {
		dtext(p, "source", 0);
		if (p->o.rows == OUTPUT_COUNTS)
			dtext(p, "count", 0);
	} else {
		for (size_t i = 0; i < NBASE_COLUMNS; i++)
			dtext(p, base_columns[i], 0);
		for (size_t i = 0; p->o.claim && i < sizeof claim_columns / sizeof *claim_columns; i++)
			dtext(p, claim_columns[i], 0);
	}
	if (p->o.batch)
		dtext(p, "query_id", 0);
	dtext(p, "fallback", 0);
	if (p->o.rows != OUTPUT_PASSAGES) {
		/* a source row: its title, and the citation without page (the whole file) */
		dtext(p, "title", 0);
		for (size_t i = 0; i + 1 < NCITE_COLUMNS; i++)
			dtext(p, cite_columns[i], i + 2 == NCITE_COLUMNS);
		return;
	}
	for (size_t i = 0; i < NCITE_COLUMNS; i++)
		dtext(p, cite_columns[i], i + 1 == NCITE_COLUMNS);
}

/* The citation columns after fallback: empty when not known, page only for a PDF. */
static void dcite(struct output *p, const struct cite *c)
{
	const char *f[4] = { c->author, c->date, c->publisher, c->url };
	for (int i = 0; i < 4; i++)
		dtext(p, f[i] ? f[i] : "", 0);
	if (c->page > 0)
		dint(p, (long long)c->page, 1);
	else
		dtext(p, "", 1);
}

/* A source row's: the same without page, url last. */
static void dcite_source(struct output *p, const struct cite *c)
{
	const char *f[4] = { c->author, c->date, c->publisher, c->url };
	for (int i = 0; i < 4; i++)
		dtext(p, f[i] ? f[i] : "", i == 3);
}

static void delimited_result(struct output *p, const char *qid, const struct search_result *r)
{
	header(p);
	dtext(p, r->source, 0);
	dint(p, (long long)r->line_start, 0);
	dint(p, (long long)r->line_end, 0);
	dint(p, (long long)r->byte_start, 0);
	dint(p, (long long)r->byte_end, 0);
	dreal(p, r->score, 0);
	dtext(p, r->title, 0);
	dtext(p, r->section, 0);
	dint(p, (long long)r->ordinal + 1, 0);
	dfield(p, r->snippet, strlen(r->snippet), 1, 0);
	if (p->o.claim) {
		dreal(p, r->coverage, 0);
		dint(p, (long long)r->sentence_line, 0);
		dint(p, (long long)r->sentence_byte_start, 0);
		dint(p, (long long)r->sentence_byte_end, 0);
		dfield(p, r->sentence ? r->sentence : "", r->sentence ? r->sentence_len : 0, 0, 0);
		dwords(p, r->matched, r->nmatched, 0);
		dwords(p, r->missing, r->nmissing, 0);
		dreal(p, r->passage_coverage, 0);
		dtext(p, verdict_name(r->verdict), 0);
		dtext(p, verdict_name(r->support), 0);
		dwords(p, r->unknown, r->nunknown, 0);
		dconflicts(p, r->conflicts, r->nconflicts);
		dclaim(p);
	}
	if (p->o.batch)
		dtext(p, qid ? qid : "", 0);
	dint(p, p->fallback, 0);
	dcite(p, &r->cite);
}

/* ---- JSON --------------------------------------------------------------- */

static int bind_plain(sqlite3_stmt *st, int i, const char *s, size_t n, int marked)
{
	struct buf b = { 0 };
	plain(&b, s, n, marked);
	if (b.oom)
		return -1;
	sqlite3_bind_text(st, i, b.data, (int)b.len, free);
	return 0;
}

/* Append s as a JSON string (SQLite's json_quote), after sep when sep is not NUL. */
static void json_append_quoted(struct output *p, struct buf *b, char sep, const char *s)
{
	sqlite3_stmt *st = p->json_quote;
	bind_plain(st, 1, s, strlen(s), 0);
	if (sqlite3_step(st) == SQLITE_ROW) {
		if (sep)
			buf_append(b, &sep, 1);
		buf_puts(b, (const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
}

/* A JSON array of strings, made by SQLite: json_quote each, joined. */
static char *json_words(struct output *p, const char *const *w, size_t n)
{
	struct buf b = { 0 };
	buf_append(&b, "[", 1);
	for (size_t i = 0; i < n; i++)
		json_append_quoted(p, &b, i ? ',' : 0, w[i]);
	buf_append(&b, "]", 1);
	return b.oom ? (buf_free(&b), NULL) : b.data;
}

/*
 * {"straight":"directly", ...}: each matched word stated by another word,
 * from the parallel arrays (NULL: stated by itself, left out).
 */
static char *json_kin_matches(struct output *p, const char *const *w, const char *const *as,
    size_t n)
{
	struct buf b = { 0 };
	int first = 1;
	buf_append(&b, "{", 1);
	for (size_t i = 0; as != NULL && i < n; i++) {
		if (as[i] == NULL)
			continue;
		json_append_quoted(p, &b, first ? 0 : ',', w[i]);
		json_append_quoted(p, &b, ':', as[i]);
		first = 0;
	}
	buf_append(&b, "}", 1);
	return b.oom ? (buf_free(&b), NULL) : b.data;
}

/* Step st, which yields one text column, and return it malloc'd. */
static char *step_text(sqlite3_stmt *st)
{
	char *out = NULL;
	if (sqlite3_step(st) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		out = t ? strdup(t) : NULL;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return out;
}

/*
 * The claim's text and place into st's parameters i .. i + 3 (NULL when
 * unknown: no claim begun, or not from a draft).
 */
static void bind_claim(struct output *p, sqlite3_stmt *st, int i)
{
	if (!p->claim_open || p->claim.text == NULL)
		return;
	bind_plain(st, i, p->claim.text, strlen(p->claim.text), 0);
	if (p->claim.line > 0) {
		sqlite3_bind_int64(st, i + 1, p->claim.line);
		sqlite3_bind_int64(st, i + 2, p->claim.byte_start);
		sqlite3_bind_int64(st, i + 3, p->claim.byte_end);
	}
}

/* The conflicts as a JSON array of objects, made by SQLite. */
static char *json_conflicts(struct output *p, const struct search_conflict *c, size_t n)
{
	struct buf b = { 0 };
	sqlite3_stmt *st = p->json_conflict;
	buf_append(&b, "[", 1);
	for (size_t i = 0; i < n; i++) {
		sqlite3_bind_text(st, 1, c[i].kind, -1, SQLITE_STATIC);
		bind_plain(st, 2, c[i].claim_words, strlen(c[i].claim_words), 0);
		bind_plain(st, 3, c[i].source_words, strlen(c[i].source_words), 0);
		sqlite3_bind_int64(st, 4, c[i].line);
		sqlite3_bind_int64(st, 5, c[i].byte_start);
		sqlite3_bind_int64(st, 6, c[i].byte_end);
		char *o = step_text(st);
		if (o == NULL) {
			b.oom = 1;
			break;
		}
		buf_printf(&b, "%s%s", i ? "," : "", o);
		free(o);
	}
	buf_append(&b, "]", 1);
	return b.oom ? (buf_free(&b), NULL) : b.data;
}

static int json_finish(struct output *p, const char *qid, char *obj);

static int json_result(struct output *p, const char *qid, const struct search_result *r)
{
	sqlite3_stmt *st = p->o.claim ? p->json_claim : p->json_base;
	char *obj = NULL;
	bind_plain(st, 1, r->source, strlen(r->source), 0);
	bind_plain(st, 2, r->title, strlen(r->title), 0);
	bind_plain(st, 3, r->section, strlen(r->section), 0);
	sqlite3_bind_int64(st, 4, r->ordinal + 1);
	sqlite3_bind_int64(st, 5, r->line_start);
	sqlite3_bind_int64(st, 6, r->line_end);
	sqlite3_bind_int64(st, 7, r->byte_start);
	sqlite3_bind_int64(st, 8, r->byte_end);
	sqlite3_bind_double(st, 9, r->score);
	bind_plain(st, 10, r->snippet, strlen(r->snippet), 1);
	bind_plain(st, 11, r->text, r->text_len, 0);
	const char *cite[4] = { r->cite.author, r->cite.date, r->cite.publisher, r->cite.url };
	for (int i = 0; i < 4; i++)
		if (cite[i])
			bind_plain(st, 12 + i, cite[i], strlen(cite[i]), 0);
	if (r->cite.page > 0)
		sqlite3_bind_int64(st, 16, r->cite.page);
	if (!p->o.claim)
		obj = step_text(st);
	if (obj && !p->o.claim && r->matched) {
		/* a fall-back row: how much of the query it holds */
		char *m = json_words(p, r->matched, r->nmatched);
		char *x = json_words(p, r->missing, r->nmissing);
		st = p->json_words;
		sqlite3_bind_text(st, 1, obj, -1, free);
		sqlite3_bind_double(st, 2, r->coverage);
		sqlite3_bind_text(st, 3, m ? m : "[]", -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 4, x ? x : "[]", -1, SQLITE_TRANSIENT);
		obj = step_text(st);
		free(m);
		free(x);
	}
	if (p->o.claim) {
		char *m = json_words(p, r->matched, r->nmatched);
		char *x = json_words(p, r->missing, r->nmissing);
		char *u = json_words(p, r->unknown, r->nunknown);
		char *cf = json_conflicts(p, r->conflicts, r->nconflicts);
		char *ka = json_kin_matches(p, r->matched, r->matched_as, r->nmatched);
		int c = CLAIM_FIELDS;
		if (r->has_sentence) {
			bind_plain(st, c + 2, r->sentence, r->sentence_len, 0);
			sqlite3_bind_int64(st, c + 3, r->sentence_byte_start);
			sqlite3_bind_int64(st, c + 4, r->sentence_byte_end);
			sqlite3_bind_int64(st, c + 5, r->sentence_line);
		}
		sqlite3_bind_double(st, c + 6, r->coverage);
		sqlite3_bind_text(st, c + 7, m ? m : "[]", -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, c + 8, x ? x : "[]", -1, SQLITE_TRANSIENT);
		sqlite3_bind_double(st, c + 9, r->passage_coverage);
		sqlite3_bind_text(st, c + 10, verdict_name(r->verdict), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, c + 11, verdict_name(r->support), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, c + 12, u ? u : "[]", -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, c + 13, cf ? cf : "[]", -1, SQLITE_TRANSIENT);
		bind_claim(p, st, c + 14);
		sqlite3_bind_text(st, c + 18, ka ? ka : "{}", -1, SQLITE_TRANSIENT);
		obj = step_text(st);
		free(m);
		free(x);
		free(u);
		free(cf);
		free(ka);
	}
	p->copies_of = r->passage_id;	/* a passage row: json_finish adds its copies */
	int rc = json_finish(p, qid, obj);
	p->copies_of = 0;
	return rc;
}

/* The copies reader, opened at the first row that needs it; NULL when that failed. */
static struct copies_reader *copies_reader(struct output *p)
{
	char err[256];
	if (p->copies == NULL && !p->copies_failed &&
	    copies_reader_open(p->db, &p->copies, err, sizeof err) != 0) {
		p->copies = NULL;
		p->copies_failed = 1;
	}
	return p->copies;
}

/*
 * The copies of the row's passage into *out, looked up at the first ask
 * (a claim row asks for its original, then its JSON for its copies).
 * 0, or -1 when the look-up failed (no reader, or the reader's error).
 */
static int row_copies(struct output *p, int64_t passage_id, const struct copies_list **out)
{
	char err[256];
	if (p->row_copies_of != passage_id) {
		struct copies_reader *r = copies_reader(p);
		copies_list_free(&p->row_copies);
		p->row_copies_rc = r ? copies_reader_find(r, passage_id, &p->row_copies, err,
		    sizeof err) : -1;
		p->row_copies_of = passage_id;
	}
	*out = &p->row_copies;
	return p->row_copies_rc;
}

/*
 * The row's last fields in one json_set (each json_set reads and writes
 * the whole object, its text included): query_id in a batch, fallback,
 * copies of a passage row, a claim row's original and counted.  One
 * statement for each of the eight combinations, prepared at first use.
 */
enum { FINISH_QUERY = 1, FINISH_COPIES = 2, FINISH_CLAIM = 4 };

static sqlite3_stmt *finish_statement(struct output *p, int which)
{
	if (p->json_finish[which] != NULL)
		return p->json_finish[which];
	struct buf sql = { 0 };
	buf_puts(&sql, "SELECT json_set(?1");
	if (which & FINISH_QUERY)
		buf_puts(&sql, ", '$.query_id', ?2");
	buf_puts(&sql, ", '$.fallback', json(?3)");
	if (which & FINISH_COPIES)
		buf_puts(&sql, ", '$.copies', json(?4)");
	if (which & FINISH_CLAIM)
		buf_puts(&sql, ", '$.original', CASE WHEN ?5 IS NULL THEN NULL ELSE"
		    " json_object('source', ?5, 'line_start', ?6, 'line_end', ?7, 'page', ?8) END,"
		    " '$.counted', json(?9)");
	buf_puts(&sql, ")");
	if (!sql.oom && sqlite3_prepare_v2(p->db, sql.data, -1, &p->json_finish[which], NULL) !=
	    SQLITE_OK)
		p->json_finish[which] = NULL;
	buf_free(&sql);
	return p->json_finish[which];
}

static int json_finish(struct output *p, const char *qid, char *obj)
{
	char *copies = NULL;
	int which = (qid ? FINISH_QUERY : 0) | (p->copies_of ? FINISH_COPIES : 0) |
	    (p->row_claim ? FINISH_CLAIM : 0);
	const struct copies_list *l;
	if (obj && p->copies_of) {
		/* the same passage in other sources (copies.h) */
		if (row_copies(p, p->copies_of, &l) != 0 ||
		    (copies = copies_list_json(p->copies, l)) == NULL) {
			free(obj);
			obj = NULL;
		}
	}
	sqlite3_stmt *st = obj ? finish_statement(p, which) : NULL;
	if (obj && st == NULL) {
		free(obj);
		obj = NULL;
	}
	if (obj) {
		sqlite3_bind_text(st, 1, obj, -1, free);
		if (qid)
			bind_plain(st, 2, qid, strlen(qid), 0);
		sqlite3_bind_text(st, 3, p->fallback ? "true" : "false", -1, SQLITE_STATIC);
		if (copies)
			sqlite3_bind_text(st, 4, copies, -1, free);
		copies = NULL;
		/* claims: the original this row copies (null: none), and whether it counts */
		if (p->row_claim && !p->row_self) {
			bind_plain(st, 5, p->row_original.source, strlen(p->row_original.source), 0);
			sqlite3_bind_int64(st, 6, p->row_original.line_start);
			sqlite3_bind_int64(st, 7, p->row_original.line_end);
			if (p->row_original.page > 0)
				sqlite3_bind_int64(st, 8, p->row_original.page);
		}
		if (p->row_claim)
			sqlite3_bind_text(st, 9, p->row_counted ? "true" : "false", -1,
			    SQLITE_STATIC);
		obj = step_text(st);
	}
	free(copies);
	if (obj == NULL)
		return -1;
	fputs(obj, p->f);
	fputc('\n', p->f);
	free(obj);
	return 0;
}

static int json_bare_claim(struct output *p, const char *qid, enum verdict v,
    const char *const *unknown, size_t nunknown)
{
	sqlite3_stmt *st = p->json_bare_claim;
	char *u = json_words(p, unknown, nunknown);
	bind_claim(p, st, 1);
	sqlite3_bind_text(st, 5, verdict_name(v), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, u ? u : "[]", -1, SQLITE_TRANSIENT);
	free(u);
	return json_finish(p, qid, step_text(st));
}

static int json_source(struct output *p, const char *qid, const struct search_source *src)
{
	sqlite3_stmt *st = p->json_source;
	bind_plain(st, 1, src->path, strlen(src->path), 0);
	if (p->o.rows == OUTPUT_COUNTS)
		sqlite3_bind_int64(st, 2, (sqlite3_int64)src->passages);
	const char *f[5] = { src->title, src->cite.author, src->cite.date, src->cite.publisher,
	    src->cite.url };
	for (int i = 0; i < 5; i++)
		if (f[i])
			bind_plain(st, 3 + i, f[i], strlen(f[i]), 0);
	return json_finish(p, qid, step_text(st));
}

void output_claim_begin(struct output *p, const char *qid, const struct output_claim *c)
{
	p->claim = *c;
	p->claim_id = qid;
	p->claim_open = 1;
	p->claim_said = 0;
	p->claim_rows = 0;
	p->nclaim_keys = p->claim_supported = p->claim_independent = 0;
}

/*
 * After a write: rc non-zero or the stream's error flag makes the failure
 * sticky, with the errno of the first one (the caller's later calls, and
 * SQLite's, would overwrite errno before the program reports it).
 * Returns 0, or -1 once anything failed.
 */
static int settle(struct output *p, int rc)
{
	if (rc != 0 || ferror(p->f)) {
		if (p->errnum == 0)
			p->errnum = errno ? errno : EIO;
		p->failed = 1;
	}
	return p->failed ? -1 : 0;
}

int output_claim_end(struct output *p, enum verdict v, const char *const *unknown,
    size_t nunknown)
{
	int rc = 0;
	if (p->claim_open && p->claim_rows == 0) {
		switch (p->o.format) {
		case OUTPUT_JSON:
			rc = json_bare_claim(p, p->claim_id, v, unknown, nunknown);
			break;
		case OUTPUT_TSV:
		case OUTPUT_CSV:
			header(p);
			/* empty up to the verdict: there is no passage */
			for (size_t i = 0; i < NBASE_COLUMNS + VERDICT_COLUMN; i++)
				dtext(p, "", 0);
			dtext(p, verdict_name(v), 0);
			dtext(p, "", 0);
			dwords(p, unknown, nunknown, 0);
			dtext(p, "", 0);
			dclaim(p);
			if (p->o.batch)
				dtext(p, p->claim_id ? p->claim_id : "", 0);
			dint(p, 0, 0);
			dcite(p, &(struct cite){ 0 });
			break;
		case OUTPUT_TEXT:
			text_verdict(p, v, unknown, nunknown);
			break;
		}
	}
	if (p->claim_open && p->o.format == OUTPUT_TEXT && !p->o.by_source &&
	    p->claim_independent < p->claim_supported)
		fprintf(p->f, "copies: %zu sources support it, %zu independently (a copied passage"
		    " counts once)\n\n", p->claim_supported, p->claim_independent);
	p->claim_open = 0;
	p->claim_id = NULL;
	memset(&p->claim, 0, sizeof p->claim);
	return settle(p, rc);
}

/*
 * A claim row: is its passage a copy of an earlier-indexed source's, and
 * is it the first row of its copy group in this claim (copies.h)?  A
 * failed look-up leaves the row standing alone.
 */
static void claim_copies(struct output *p, const struct search_result *r)
{
	const struct copies_list *l;
	int64_t key = r->passage_id;
	p->row_claim = 1;
	p->row_self = 1;
	p->row_counted = 1;
	if (r->passage_id > 0 && row_copies(p, r->passage_id, &l) == 0 &&
	    copies_list_original(l, &p->row_original, &p->row_self) == 0 && !p->row_self)
		key = p->row_original.passage_id;
	for (size_t i = 0; i < p->nclaim_keys; i++)
		if (p->claim_keys[i] == key)
			p->row_counted = 0;
	if (p->row_counted && p->nclaim_keys < CLAIM_KEYS_MAX)
		p->claim_keys[p->nclaim_keys++] = key;
	if (r->support == VERDICT_SUPPORTED) {
		p->claim_supported++;
		p->claim_independent += p->row_counted;
	}
}

int output_result(struct output *p, const char *qid, const struct search_result *r)
{
	int rc = 0;
	if (p->claim_open && (p->o.format == OUTPUT_JSON || p->o.format == OUTPUT_TEXT))
		claim_copies(p, r);
	switch (p->o.format) {
	case OUTPUT_JSON:
		rc = json_result(p, qid, r);
		break;
	case OUTPUT_TSV:
	case OUTPUT_CSV:
		delimited_result(p, qid, r);
		break;
	case OUTPUT_TEXT:
		if (p->o.by_source && p->claim_open && !p->claim_said)
			text_verdict(p, r->verdict, r->unknown, r->nunknown);
		if (p->o.by_source)
			rc = group_result(p, r);
		else
			text_result(p, qid, r);
		break;
	}
	p->claim_rows++;
	p->row_claim = 0;
	free(p->row_original.source);
	memset(&p->row_original, 0, sizeof p->row_original);
	copies_list_free(&p->row_copies);
	p->row_copies_of = 0;
	return settle(p, rc);
}

int output_source(struct output *p, const char *qid, const struct search_source *src)
{
	int rc = 0;
	switch (p->o.format) {
	case OUTPUT_JSON:
		rc = json_source(p, qid, src);
		break;
	case OUTPUT_TSV:
	case OUTPUT_CSV:
		header(p);
		dtext(p, src->path, 0);
		if (p->o.rows == OUTPUT_COUNTS)
			dint(p, (long long)src->passages, 0);
		if (p->o.batch)
			dtext(p, qid ? qid : "", 0);
		dint(p, p->fallback, 0);
		dtext(p, src->title ? src->title : "", 0);
		dcite_source(p, &src->cite);
		break;
	case OUTPUT_TEXT:
		/* grep -l and -c: the path (and count) only, one a line */
		if (p->o.batch && qid) {
			output_safe(p->f, qid, strlen(qid));
			fputc('\t', p->f);
		}
		output_safe(p->f, src->path, strlen(src->path));
		if (p->o.rows == OUTPUT_COUNTS)
			fprintf(p->f, ":%zu", src->passages);
		fputc('\n', p->f);
		break;
	}
	return settle(p, rc);
}

void output_set_fallback(struct output *p, int fallback)
{
	p->fallback = fallback != 0;
}

int output_finish(struct output *p)
{
	if (p->o.format == OUTPUT_TEXT && p->o.by_source)
		print_groups(p);
	return settle(p, fflush(p->f));
}

int output_errno(const struct output *p)
{
	return p->failed ? p->errnum : 0;
}
