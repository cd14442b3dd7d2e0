/*
 * query/main.c: bin/query, searches an index built by bin/indexer.
 *
 * This file owns policy and messages: options, the read-only open, which
 * mode runs (search, claim, batch, -l, -c, --analyze), colour decisions,
 * notes on stderr, and the exit status as grep has it: 0 when something
 * matched, 1 when nothing did, 2 on any error (one line on stderr).  The
 * searching and formatting are lib/search.c and lib/output.c.
 */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cliopt.h"
#include "copies.h"
#include "draft.h"
#include "output.h"
#include "parallel.h"
#include "quotecheck.h"
#include "quoteout.h"
#include "report.h"
#include "search.h"
#include "store.h"
#include "thesaurus.h"
#include "tokenizer.h"
#include "util.h"
#include "words.h"

#define EXIT_MATCH 0
#define EXIT_NOMATCH 1
#define EXIT_TROUBLE 2
#define ONE_QUERY_CACHE_KIB 256	/* page cache of a run without --batch */

/* The usage text, naming the program as it was called (query, or psearch when installed). */
static void usage(FILE *f, const char *prog)
{
	fprintf(f,
	    "usage: %s [options] QUERY...\n"
	    "       %s [options] -e QUERY [-e QUERY]...\n"
	    "       %s [options] --claim SENTENCE...\n"
	    "       %s [options] --batch FILE|-\n"
	    "       %s [options] --quote TEXT\n"
	    "       %s [--json] --copies\n"
	    "       %s --analyze [TEXT]\n", prog, prog, prog, prog, prog, prog, prog);
	fputs("\n"
	    "Search the passages of an index built by the indexer.  QUERY: words (all must\n"
	    "match), \"phrases\", OR, NOT word, word*, NEAR(a b, 5) or a NEAR/5 b.  Options\n"
	    "may come anywhere; after -- everything is query text (so -word excludes a\n"
	    "word there, as in quotes).\n"
	    "Exit 0: something printed, 1: nothing found, 2: error.\n"
	    "\n"
	    "  -e, --regexp QUERY  QUERY is query text even if it starts with -\n"
	    "      --db FILE       index to search (default $PSEARCH_DB, else index.db)\n"
	    "  -n, --limit N       at most N results (default 10; N >= 1)\n"
	    "      --offset N      skip the first N results\n"
	    "      --source GLOB   only sources whose path or file name matches GLOB\n"
	    "      --by-source     group results under each source\n"
	    "  -l                  print only the paths of matching sources\n"
	    "  -c                  print the number of matching passages per source\n"
	    "  -q, --quiet         print nothing; the exit status tells\n"
	    "      --all-words     only passages with every word: no fall back (exit 1\n"
	    "                      when none has them all); --no-fallback is the same\n"
	    "      --claim         check a claim: which sources support this sentence?\n"
	    "      --claims-from FILE check every sentence of a draft (text or Markdown;\n"
	    "                      '-': standard input) as a claim\n"
	    "      --html          with --claims-from: one self-contained HTML report\n"
	    "      --quote TEXT    which sources have TEXT word for word (exit 0: one has)\n"
	    "      --copies        every passage that other sources copy (or copied)\n"
	    "      --threads N     with --claims-from: claims checked at once (default: the\n"
	    "                      cores, at most 8)\n"
	    "      --per-source N  results per source (claim default 1)\n"
	    "      --batch FILE    one query per line, ID<TAB>TEXT ('-': standard input)\n"
	    "      --syntax MODE   default, or raw (FTS5 query syntax)\n"
	    "      --weights T,S,B BM25 weights of title, section, body (default 2,1.5,1)\n"
	    "      --k1 X, --b X   BM25 term-frequency saturation and length normalisation\n"
	    "                      (default 1.5 and 0.75)\n"
	    "      --title-b X     length normalisation of the title column (default 0.3)\n"
	    "      --k3 X          claims: a word said n times counts (X+1)n/(X+n) times\n"
	    "                      (default 2)\n"
	    "      --source-decay X with --per-source: a source scores best + X * second +\n"
	    "                      X^2 * third passage ... (default 0.3; 0: its best passage)\n"
	    "      --coverage F,P  claims and fall back: score x (F + coverage)^P (default 1,2;\n"
	    "                      P 0: off)\n"
	    "      --expand N      claims: add the N words most typical of the top passages\n"
	    "                      (default 10; 0: off; only in an index of at least 2\n"
	    "                      sources a passage); --expand-passages N (default 10),\n"
	    "                      --expand-weight X: their share of the query (default 0.1)\n"
	    "      --rerank-depth N claims: the expanded query re-ranks the best N passages\n"
	    "                      of the claim's words (default 25; 0: the whole index)\n"
	    "      --synonyms N[,M] claims: WordNet synonyms of a word's first N senses\n"
	    "                      state it too, when that sense is among their own first M\n"
	    "                      (2M for a word in no passage; default 2,3; 0: off);\n"
	    "                      --wordnet DIR: the database\n"
	    "                      (default " THESAURUS_DEFAULT_DIR ")\n"
	    "      --exhaustive    score every matching row (no top-k pruning; same results)\n"
	    "      --json          JSON Lines output\n"
	    "      --tsv           tab-separated output (--header: a first line of names)\n"
	    "      --csv           comma-separated output (RFC 4180, with a header line)\n"
	    "      --color WHEN    auto (default), always, never; NO_COLOR is honoured\n"
	    "      --explain       show how each score came about\n"
	    "      --analyze [TEXT] show how TEXT (or standard input) is tokenized\n"
	    "  -h, --help          this text\n"
	    "      --version       print the version\n", f);
}

static const char *prog = "query";	/* as called: argv[0]'s last component */

enum list_mode { LIST_NONE, LIST_FILES, LIST_COUNT };

struct query_run {
	struct search *search;
	struct output *out;
	struct search_options so;
	enum list_mode list;
	size_t list_limit, list_offset;	/* -l / -c: sources shown; limit 0: all */
	int explain;
	int batch;
	int quiet;			/* -q: no output, no notes */
	int group_totals;		/* --by-source text: count every match of a source */
	const struct search_info *info;	/* of the query running */
	size_t nsources;		/* -l / -c: sources of the query so far */
	int list_failed;		/* -l / -c: a write failed */
	const char *query_id;
	int nqueries;			/* run so far (batch, draft) */
	struct report *report;		/* --html: the page, instead of out */
	const char *db_path;
	int threads;			/* --claims-from: claims checked at once */
	sqlite3 *db;			/* the index, for quote checks */
	int json;			/* --json */
	int quotes, quotes_exact;	/* --claims-from: quoted parts checked, found exactly */
};

static int draft_quotes(struct query_run *q, const char *draft, size_t start, size_t end,
    int64_t line);

/* -l / -c: a source of the query, printed unless before --offset or past -n. */
static int on_source(void *ctx, const struct search_source *src)
{
	struct query_run *q = ctx;
	size_t i = q->nsources++;
	if (i < q->list_offset || q->quiet)
		return 0;
	if (q->list_limit != 0 && i - q->list_offset >= q->list_limit)
		return 1;	/* enough: search_sources stops */
	/* search_sources sets info->fallback before the first source is reported */
	output_set_fallback(q->out, q->info->fallback);
	if (output_source(q->out, q->batch ? q->query_id : NULL, src) != 0) {
		q->list_failed = 1;
		return 1;
	}
	return 0;
}

/* --by-source: a source's total of matching passages, for its group's header. */
static int on_total(void *ctx, const struct search_source *src)
{
	struct query_run *q = ctx;
	return output_source_total(q->out, src->path, src->passages) != 0;
}

static int on_result(void *ctx, const struct search_result *r)
{
	struct query_run *q = ctx;
	if (q->report)	/* --html writes its page, also with -q */
		return report_evidence(q->report, r) != 0 ? 2 : 0;
	if (q->quiet)
		return 0;
	/* search_run sets info->fallback before the first row is reported */
	output_set_fallback(q->out, q->info->fallback);
	return output_result(q->out, q->query_id, r) != 0 ? 2 : 0;
}

/*
 * --by-source: every passage of text that matches, counted per source as
 * -c counts them (the same run: all rows, no paging, no --per-source), for
 * the groups' headers.  Claims show one passage a source, as -c counts.
 * Returns 0, or -1 with the error reported.
 */
static int group_totals(struct query_run *q, const char *text, const char *tag)
{
	struct search_options so = q->so;
	char err[512] = "";
	if (so.claim)
		return 0;
	so.per_source = 0;
	int n = search_sources(q->search, text, &so, on_total, q, NULL, err, sizeof err);
	if (n == SEARCH_ESTOPPED || n < 0) {
		warnx("%s%s", tag, err[0] ? err : "out of memory");
		return -1;
	}
	return 0;
}

/*
 * A claim's output: the HTML page's claim (--html) or the rows' verdict
 * line, claim fields and bare row (output.h).  at: its text and place.
 */
static void claim_begin(struct query_run *q, const char *id, const struct output_claim *at)
{
	if (q->report)
		report_claim_begin(q->report, (size_t)at->byte_start, (size_t)at->byte_end, at->line,
		    VERDICT_NONE, NULL, 0);
	else
		output_claim_begin(q->out, id, at);
}

/* End it with the claim's verdict and unknown words: 0, or -1 (write error). */
static int claim_end(struct query_run *q, enum verdict v, const char *const *unknown,
    size_t nunknown)
{
	if (q->report) {
		report_claim_verdict(q->report, v, unknown, nunknown);
		return report_claim_end(q->report);
	}
	return output_claim_end(q->out, v, unknown, nunknown);
}

/* Say which words past the first WORDS_MAX were not ranked on or checked. */
static void note_left_out(const char *tag, const char *const *words, size_t n, int more)
{
	if (n == 0)
		return;
	fprintf(stderr, "%s: %sonly the first %d different words are ranked on and checked;"
	    " left out:", prog, tag, WORDS_MAX);
	for (size_t i = 0; i < n; i++) {
		fputc(' ', stderr);
		output_safe(stderr, words[i], strlen(words[i]));
	}
	fprintf(stderr, "%s\n", more ? " and more" : "");
}

/*
 * Run one query (a claim with its place in a draft when at is given);
 * returns 1 if it matched (a claim: if some source supports it), 0 if not,
 * -1 on error (reported).
 */
static int run_one(struct query_run *q, const char *id, const char *text,
    const struct output_claim *at)
{
	struct search_info info;
	char err[512] = "", tag[80] = "";
	struct output_claim claim = { text, 0, 0, 0 };
	q->query_id = id;
	q->info = &info;
	if (id)	/* batch mode: every message names its query */
		snprintf(tag, sizeof tag, "[%.64s] ", id);
	else if (at)
		snprintf(tag, sizeof tag, "line %lld: ", (long long)at->line);
	int claim_rows = q->so.claim && q->list == LIST_NONE && (q->report || !q->quiet);
	if (claim_rows)
		claim_begin(q, id, at ? at : &claim);
	q->nsources = 0;
	int n = q->list != LIST_NONE ?
	    search_sources(q->search, text, &q->so, on_source, q, &info, err, sizeof err) :
	    search_run(q->search, text, &q->so, on_result, q, &info, err, sizeof err);
	if (n == SEARCH_ESTOPPED && q->list != LIST_NONE && !q->list_failed)
		n = 1;	/* -n sources printed */
	if (n == SEARCH_EEMPTY || n == SEARCH_ESYNTAX || n == SEARCH_ETOOBIG || n == -1) {
		if (claim_rows)
			claim_end(q, VERDICT_UNSUPPORTED, NULL, 0);
		warnx("%s%s", tag, err[0] ? err : "empty query");
		return -1;
	}
	if (n <= -100)
		return -1;	/* output failed: reported at exit */
	if (q->group_totals && n > 0 && group_totals(q, text, tag) != 0) {
		search_info_free(&info);
		return -1;
	}
	if (q->explain && info.expression)
		fprintf(stderr, "%s: %sunderstood as %s; ranked on: %s\n", prog, tag,
		    info.expression, info.words ? info.words : "");
	if (q->explain && info.essential && info.essential_sets)
		fprintf(stderr, "%s: %spruned: only rows with one of the %d rarest words,"
		    " or all the words of one of %d sets of the others, could make the top;"
		    " the others were skipped\n", prog, tag, info.essential, info.essential_sets);
	else if (q->explain && info.essential)
		fprintf(stderr, "%s: %spruned: only rows with one of the %d rarest words"
		    " could make the top; the others were skipped\n", prog, tag, info.essential);
	if (q->explain && info.kin && info.kin[0])
		fprintf(stderr, "%s: %sclaim words also met by these stems (kin): %s\n", prog, tag,
		    info.kin);
	if (q->explain && info.weights && info.weights[0])
		fprintf(stderr, "%s: %sclaim words weigh (idf; unknown: in no passage; common:"
		    " weighed as often as general English uses it): %s\n", prog, tag,
		    info.weights);
	if (q->explain && info.reranked)
		fprintf(stderr, "%s: %sre-ranked: the claim's words found the best %zu passages;"
		    " with the added words, they were ranked again\n", prog, tag, info.reranked);
	if (info.fallback && !q->quiet)
		fprintf(stderr, "%s: %sno passage has all the words; showing those with the most"
		    " (--all-words: none)\n", prog, tag);
	if (!q->quiet)
		note_left_out(tag, info.left_out, info.nleft_out, info.more_left_out);
	if (info.nothing_searchable && !q->quiet)
		fprintf(stderr, "%s: %snothing to search for: the query has no words, only operators"
		    " or symbols\n", prog, tag);
	enum verdict verdict = info.verdict;
	if (claim_rows)
		claim_end(q, verdict, info.unknown, info.nunknown);
	search_info_free(&info);
	q->info = NULL;
	if (q->list != LIST_NONE)
		return q->nsources > q->list_offset;
	if (q->so.claim)
		return verdict == VERDICT_SUPPORTED;
	return n > 0;
}

/* --claims-from on several threads: what emit_claim needs. */
struct draft_emit {
	struct query_run *q;
	const char *draft;		/* the draft's text, for its quotes */
	const struct output_claim *at;	/* each claim's text and place */
	int supported, errors;
};

/* Write claim i's outcome as run_one would have; 0, or 1 to stop (output failed). */
static int emit_claim(void *ctx, size_t i, const struct claim_outcome *o)
{
	struct draft_emit *d = ctx;
	struct query_run *q = d->q;
	const struct output_claim *at = &d->at[i];
	struct search_info shown = { .fallback = o->fallback };	/* what on_result reads */
	int failed = 0;
	enum verdict v = o->status < 0 ? VERDICT_UNSUPPORTED : o->verdict;

	if (o->status < 0) {
		warnx("line %lld: %s", (long long)at->line, o->err);
		d->errors++;
	}
	if (!q->quiet) {
		char tag[80];
		snprintf(tag, sizeof tag, "line %lld: ", (long long)at->line);
		note_left_out(tag, o->left_out, o->nleft_out, o->more_left_out);
	}
	if (q->report || !q->quiet) {
		claim_begin(q, NULL, at);
		q->query_id = NULL;
		q->info = &shown;
		for (size_t k = 0; k < o->nrows && !failed; k++)
			failed = on_result(q, o->rows[k]) != 0;
		q->info = NULL;
		failed |= claim_end(q, v, o->unknown, o->nunknown) != 0;
	}
	if (!failed && draft_quotes(q, d->draft, (size_t)at->byte_start, (size_t)at->byte_end,
	    at->line) != 0)
		d->errors++;
	d->supported += v == VERDICT_SUPPORTED;
	return failed;
}

/* The draft's claims on q->threads threads; returns how many are supported. */
static int draft_parallel(struct query_run *q, const char *text, const struct draft_sentence *ds,
    size_t n, int *errors)
{
	struct output_claim *at = calloc(n, sizeof *at);
	const char **texts = calloc(n, sizeof *texts);
	struct draft_emit d = { q, text, at, 0, 0 };
	char err[256] = "";
	int rc = -1;
	if (at && texts) {
		for (size_t i = 0; i < n; i++) {
			char *c = strndup(text + ds[i].byte_start, ds[i].byte_end - ds[i].byte_start);
			if (c == NULL)
				break;
			texts[i] = at[i].text = c;
			at[i].line = ds[i].line;
			at[i].byte_start = (int64_t)ds[i].byte_start;
			at[i].byte_end = (int64_t)ds[i].byte_end;
		}
		if (n == 0 || texts[n - 1] != NULL)
			rc = parallel_claims(q->db_path, &q->so, texts, n, q->threads > (int)n ?
			    (int)n : q->threads, emit_claim, &d, err, sizeof err);
		else
			snprintf(err, sizeof err, "out of memory");
	} else {
		snprintf(err, sizeof err, "out of memory");
	}
	if (rc < 0) {
		warnx("%s: %s", q->db_path, err);
		++*errors;
	}
	*errors += d.errors;
	for (size_t i = 0; texts && i < n; i++)
		free((char *)texts[i]);
	free(texts);
	free(at);
	return d.supported;
}

/*
 * --claims-from: every sentence of a draft checked as a claim, in order.
 * Returns how many are supported; *claims counts them all.
 */
static int run_draft(struct query_run *q, const char *path, int html, int *claims,
    int *errors)
{
	char err[256];
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	struct buf text = { 0 };
	struct draft_sentence *ds = NULL;
	char chunk[65536];
	size_t got, n = 0;
	int supported = 0;
	if (f == NULL) {
		warn("--claims-from %s", path);
		++*errors;
		return 0;
	}
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_append(&text, chunk, got);
	if (ferror(f)) {
		if (f == stdin)
			warn("--claims-from -: cannot read standard input");
		else
			warn("--claims-from %s", path);
		++*errors;
	} else if (text.len && memchr(text.data, 0, text.len)) {
		warnx("--claims-from %s: binary file (NUL bytes), not a draft", path);
		++*errors;
	} else if (text.oom || draft_split(text.data, text.len, &ds, &n) != 0) {
		warnx("--claims-from %s: out of memory", path);
		++*errors;
	}
	if (f != stdin)
		fclose(f);
	if (html && !*errors && report_open(&q->report, stdout, path, text.data ? text.data : "",
	    text.len, err, sizeof err) != 0) {
		warnx("--html: %s", err);
		++*errors;
	}
	if (q->threads > 1 && n > 1 && !q->explain && !q->group_totals && !*errors) {
		supported = draft_parallel(q, text.data, ds, n, errors);
		*claims = (int)n;
		n = 0;	/* done */
	}
	for (size_t i = 0; i < n && !*errors; i++) {
		char *claim = strndup(text.data + ds[i].byte_start, ds[i].byte_end - ds[i].byte_start);
		struct output_claim at = { claim, ds[i].line, (int64_t)ds[i].byte_start,
		    (int64_t)ds[i].byte_end };
		if (claim == NULL) {
			warnx("--claims-from %s: out of memory", path);
			++*errors;
			break;
		}
		int r = run_one(q, NULL, claim, &at);
		free(claim);
		++*claims;
		if (r < 0)
			++*errors;
		else
			supported += r;
		if (draft_quotes(q, text.data, ds[i].byte_start, ds[i].byte_end, ds[i].line) != 0)
			++*errors;
	}
	if (q->report) {
		if (report_finish(q->report) != 0 && errno != EPIPE) {
			warnx("--html: cannot write the report: %s", strerror(errno));
			++*errors;
		}
		report_close(q->report);
		q->report = NULL;
	}
	free(ds);
	buf_free(&text);
	return supported;
}

/*
 * Run the query of one batch line (line[0 .. len), NUL-terminated there):
 * ID<TAB>TEXT, or TEXT alone (its id is its line number).  Returns 1 if it
 * matched, 0 if not, -1 on error (reported).
 */
static int batch_line(struct query_run *q, const char *path, char *line, size_t len,
    size_t lineno)
{
	char idbuf[32];
	if (memchr(line, 0, len)) {
		warnx("--batch %s: line %zu holds a NUL byte; not run", path, lineno);
		return -1;
	}
	if (line[0] == '#' || line[0] == 0)
		return 0;
	char *id = line, *text = strchr(line, '\t');
	if (text == NULL) {
		snprintf(idbuf, sizeof idbuf, "%zu", lineno);
		id = idbuf;
		text = line;
	} else {
		*text++ = 0;
		text[strcspn(text, "\t")] = 0;	/* further columns are not the query */
	}
	int r = run_one(q, id, text, NULL);
	q->nqueries++;
	return r;
}

/*
 * --batch: a query a line.  A line ends at LF, CRLF or a bare CR (an old
 * Mac file, or a CR pasted into a line, must not hide the queries after
 * it); a line with a NUL byte is refused by number.
 */
static int run_batch(struct query_run *q, const char *path, int *errors)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t len;
	int matched = 0;
	if (f == NULL) {
		warn("--batch %s", path);
		++*errors;
		return 0;
	}
	while ((len = getline(&line, &cap, f)) >= 0) {
		size_t n = (size_t)len;
		if (n > 0 && line[n - 1] == '\n' && --n > 0 && line[n - 1] == '\r')
			n--;
		for (size_t at = 0;;) {
			char *cr = memchr(line + at, '\r', n - at);
			size_t end = cr ? (size_t)(cr - line) : n;
			line[end] = 0;
			int r = batch_line(q, path, line + at, end - at, ++lineno);
			if (r < 0)
				++*errors;
			else
				matched += r;
			if (cr == NULL)
				break;
			at = end + 1;
		}
	}
	if (ferror(f)) {
		if (f == stdin)
			warn("--batch -: cannot read standard input");
		else
			warn("--batch %s", path);
		++*errors;
	}
	if (f != stdin)
		fclose(f);
	free(line);
	return matched;
}

/* ---- --quote ---------------------------------------------------------- */

/*
 * Check one quote and print the answer; returns 1 when a source has it
 * exactly, 0 when none does, -1 on error or when a candidate source could
 * not be read (so "not exact" is not sure): reported.
 */
static int run_quote(struct query_run *q, sqlite3 *db, int json, const char *text,
    const struct quoteout_at *at)
{
	struct quote_result r;
	char err[512] = "";
	int rc = quote_check(db, text, strlen(text), &r, err, sizeof err);
	if (rc == QUOTE_ENOWORDS) {
		warnx("--quote: '%.80s' has no words to look for", text);
		quote_result_free(&r);
		return -1;
	}
	if (rc != 0) {
		warnx("--quote: %s", err);
		quote_result_free(&r);
		return -1;
	}
	for (size_t k = 0; k < r.nunreadable; k++)
		warnx("%s: cannot check the quote against it: no such file, unreadable, or a PDF"
		    " changed since indexed (run from where the indexer ran; index it again)",
		    r.unreadable[k]);
	if (q->report && at && report_quote(q->report, (size_t)at->byte_start, (size_t)at->byte_end,
	    at->line, &r) != 0)
		rc = -1;	/* reported with the page's write error at report_finish */
	else if (!q->quiet && !q->report && quoteout_write(stdout, db, json, text, at, &r) != 0 &&
	    errno != EPIPE)
		rc = -1;
	int exact = quote_result_exact(&r);
	int sure = r.nunreadable == 0;
	quote_result_free(&r);
	if (rc != 0)
		return -1;
	return exact ? 1 : sure ? 0 : -1;
}

#define DRAFT_QUOTES_MAX 16	/* quoted parts checked in one sentence */

/*
 * --claims-from: the quoted parts of the draft's sentence [start, end),
 * each checked as --quote is and printed after the sentence's claim (on
 * the --html page: in its evidence block).  Counts them in q.
 * Returns 0, or -1 when a check failed (reported).
 */
static int draft_quotes(struct query_run *q, const char *draft, size_t start, size_t end,
    int64_t line)
{
	size_t st[DRAFT_QUOTES_MAX], en[DRAFT_QUOTES_MAX];
	size_t n = quote_spans(draft + start, end - start, st, en, DRAFT_QUOTES_MAX);
	int rc = 0;
	if (n > DRAFT_QUOTES_MAX)
		n = DRAFT_QUOTES_MAX;
	for (size_t k = 0; k < n; k++) {
		char *quote = strndup(draft + start + st[k], en[k] - st[k]);
		struct quoteout_at at = { line, (int64_t)(start + st[k]), (int64_t)(start + en[k]) };
		if (quote == NULL) {
			warnx("out of memory");
			return -1;
		}
		for (size_t i = start; i < start + st[k]; i++)
			at.line += draft[i] == '\n';
		int r = run_quote(q, q->db, q->json, quote, &at);
		free(quote);
		q->quotes++;
		if (r < 0)
			rc = -1;
		else
			q->quotes_exact += r;
	}
	return rc;
}

/* ---- --copies ---------------------------------------------------------- */

struct copies_print {
	sqlite3 *db;
	int json;
	size_t passages;
};

/* After a path: ":12-15", or a PDF's " p. 4, lines 12-15" (as search rows say it). */
static void print_lines(int64_t page, int64_t l1, int64_t l2)
{
	if (page > 0)
		printf(" p. %lld, lines %lld-%lld", (long long)page, (long long)l1, (long long)l2);
	else
		printf(":%lld-%lld", (long long)l1, (long long)l2);
}

static int print_copies(void *ctx, int64_t id, const char *source, int64_t l1, int64_t l2,
    int64_t b1, int64_t b2, int64_t page, const struct copies_list *l)
{
	struct copies_print *c = ctx;
	c->passages++;
	if (c->json) {
		/* the row's fields as a search row's, then its copies */
		sqlite3_stmt *st;
		char *copies = copies_json(c->db, id);
		int rc = 1;
		if (copies && sqlite3_prepare_v2(c->db, "SELECT json_object('source', ?1, 'line_start',"
		    " ?2, 'line_end', ?3, 'byte_start', ?4, 'byte_end', ?5, 'page', ?7,"
		    " 'copies', json(?6))", -1, &st, NULL) == SQLITE_OK) {
			struct buf path = { 0 };
			util_utf8_repair(&path, source, strlen(source));
			sqlite3_bind_text(st, 1, path.data ? path.data : "", (int)path.len, SQLITE_TRANSIENT);
			sqlite3_bind_int64(st, 2, l1);
			sqlite3_bind_int64(st, 3, l2);
			sqlite3_bind_int64(st, 4, b1);
			sqlite3_bind_int64(st, 5, b2);
			sqlite3_bind_text(st, 6, copies, -1, SQLITE_STATIC);
			if (page > 0)
				sqlite3_bind_int64(st, 7, page);
			if (sqlite3_step(st) == SQLITE_ROW) {
				puts((const char *)sqlite3_column_text(st, 0));
				rc = 0;
			}
			sqlite3_finalize(st);
			buf_free(&path);
		}
		free(copies);
		return rc ? rc : ferror(stdout) ? 1 : 0;
	}
	output_safe(stdout, source, strlen(source));
	print_lines(page, l1, l2);
	printf("  bytes %lld-%lld\n", (long long)b1, (long long)b2);
	for (size_t i = 0; i < l->n; i++) {
		const struct copies_item *x = &l->items[i];
		fputs("  same passage: ", stdout);
		output_safe(stdout, x->source, strlen(x->source));
		print_lines(x->page, x->line_start, x->line_end);
		printf("  bytes %lld-%lld  similarity %.2f\n", (long long)x->byte_start,
		    (long long)x->byte_end, x->similarity);
	}
	return ferror(stdout) ? 1 : 0;
}

/* ---- --analyze ------------------------------------------------------- */

struct analyze_ctx {
	const char *text;
	size_t base;
};

static int print_token(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct analyze_ctx *a = ctx;
	if (colocated)
		return 0;
	output_safe(stdout, term, n);
	putchar('\t');
	output_safe(stdout, a->text + start, end - start);
	printf("\t%zu\t%zu\n", a->base + start, a->base + end);
	return ferror(stdout) ? 1 : 0;
}

static int analyze(int argc, char **argv)
{
	sqlite3 *db;
	struct tokenizer_session *tok;
	char err[256];
	if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
	    tokenizer_register(db, err, sizeof err) != 0 ||
	    tokenizer_open(db, &tok, err, sizeof err) != 0)
		errx(EXIT_TROUBLE, "--analyze: cannot set up the tokenizer");
	if (argc > 0) {
		struct buf b = { 0 };
		for (int i = 0; i < argc; i++) {
			if (i)
				buf_append(&b, " ", 1);
			buf_puts(&b, argv[i]);
		}
		struct analyze_ctx a = { b.data ? b.data : "", 0 };
		tokenizer_run(tok, TOKENIZER_DOCUMENT, a.text, b.len, print_token, &a);
		buf_free(&b);
	} else {
		char *line = NULL;
		size_t cap = 0, base = 0;
		ssize_t len;
		while ((len = getline(&line, &cap, stdin)) > 0) {
			struct analyze_ctx a = { line, base };
			if (tokenizer_run(tok, TOKENIZER_DOCUMENT, line, (size_t)len, print_token, &a) != 0)
				break;
			base += (size_t)len;
		}
		int e = errno;
		free(line);
		if (ferror(stdin)) {
			tokenizer_close(tok);
			sqlite3_close(db);
			warnx("--analyze: cannot read standard input: %s", strerror(e));
			return EXIT_TROUBLE;
		}
	}
	tokenizer_close(tok);
	sqlite3_close(db);
	return EXIT_MATCH;
}

/* ---- options ------------------------------------------------------------ */

static size_t parse_count(const char *opt, const char *arg)
{
	char *end;
	errno = 0;
	long long v = strtoll(arg, &end, 10);
	if (errno || end == arg || *end || v < 0 || v > INT_MAX)
		errx(EXIT_TROUBLE, "%s: '%s' is not a count (0 to %d)", opt, arg, INT_MAX);
	return (size_t)v;
}

static void parse_weights(const char *arg, struct search_options *so)
{
	double w[3];
	char *end;
	const char *p = arg;
	for (int i = 0; i < 3; i++) {
		errno = 0;
		w[i] = strtod(p, &end);
		/* !(w > 0 && ...): NaN compares false with everything */
		if (errno || end == p || !(w[i] > 0 && w[i] <= 1000) || (i < 2 && *end != ',') ||
		    (i == 2 && *end))
			errx(EXIT_TROUBLE, "--weights: '%s' is not three positive numbers T,S,B", arg);
		p = end + 1;
	}
	so->weight_title = w[0];
	so->weight_section = w[1];
	so->weight_body = w[2];
}

/* A number in [min, max] for option opt, or exit 2. */
static double parse_number(const char *opt, const char *arg, double min, double max)
{
	char *end;
	errno = 0;
	double v = strtod(arg, &end);
	if (errno || end == arg || *end || !(v >= min && v <= max))
		errx(EXIT_TROUBLE, "%s: '%s' is not a number from %g to %g", opt, arg, min, max);
	return v;
}

static void parse_coverage(const char *arg, struct search_tuning *t)
{
	char *end;
	errno = 0;
	double f = strtod(arg, &end);
	if (errno || end == arg || *end != ',' || !(f >= 0 && f <= 100))
		errx(EXIT_TROUBLE, "--coverage: '%s' is not FLOOR,POWER (e.g. 0.5,2)", arg);
	t->coverage_floor = f;
	t->coverage_power = parse_number("--coverage", end + 1, 0, 100);
}

/* --synonyms N or N,M: the claim word's senses, and the synonym's own */
static void parse_synonyms(const char *arg, struct search_tuning *t)
{
	char *end;
	errno = 0;
	long n = strtol(arg, &end, 10);
	if (errno || end == arg || (*end != '\0' && *end != ',') || n < 0 || n > 100)
		errx(EXIT_TROUBLE, "--synonyms: '%s' is not N or N,M (e.g. 2 or 2,3)", arg);
	t->synonym_senses = (int)n;
	if (*end == ',')
		t->synonym_their_senses = (int)parse_number("--synonyms", end + 1, 1, 100);
}

/*
 * The exit status once standard output is flushed.  werr: the errno of a
 * write that failed earlier (output_errno), 0 if none; errno is not kept
 * that long (closing the index sets it).
 */
static int finish_stdout(int status, int werr)
{
	if (fflush(stdout) != 0 || ferror(stdout) || werr) {
		int e = werr ? werr : errno;
		if (e == EPIPE)
			return status;	/* the reader left: not our error */
		warnx("write error on standard output: %s", strerror(e));
		return EXIT_TROUBLE;
	}
	return status;
}

/*
 * A standard descriptor closed when the program started (query --batch -
 * <&-) would be the number the index opens on: reading "standard input"
 * would read the index.  Each gets /dev/null opened the wrong way round,
 * so that using it fails with EBADF as it would have.
 */
static void hold_standard_fds(void)
{
	for (int fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		int held = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
		if (held >= 0 && held != fd) {
			dup2(held, fd);
			close(held);
		}
	}
}

int main(int argc, char **argv)
{
	enum {
		OPT_DB = 256, OPT_OFFSET, OPT_SOURCE, OPT_BY_SOURCE, OPT_CLAIM, OPT_PER_SOURCE,
		OPT_BATCH, OPT_SYNTAX, OPT_NO_FALLBACK, OPT_WEIGHTS, OPT_JSON, OPT_TSV,
		OPT_COLOR, OPT_EXPLAIN, OPT_ANALYZE, OPT_VERSION, OPT_K1, OPT_B, OPT_TITLE_B, OPT_K3, OPT_SOURCE_DECAY,
		OPT_COVERAGE, OPT_EXPAND, OPT_EXPAND_PASSAGES, OPT_RERANK_DEPTH, OPT_EXPAND_WEIGHT,
		OPT_EXHAUSTIVE, OPT_CSV, OPT_HEADER, OPT_CLAIMS_FROM, OPT_HTML, OPT_THREADS,
		OPT_QUOTE, OPT_COPIES, OPT_SYNONYMS, OPT_WORDNET,
	};
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, OPT_DB },
		{ "limit", required_argument, NULL, 'n' },
		{ "offset", required_argument, NULL, OPT_OFFSET },
		{ "source", required_argument, NULL, OPT_SOURCE },
		{ "by-source", no_argument, NULL, OPT_BY_SOURCE },
		{ "claim", no_argument, NULL, OPT_CLAIM },
		{ "claims-from", required_argument, NULL, OPT_CLAIMS_FROM },
		{ "html", no_argument, NULL, OPT_HTML },
		{ "quote", required_argument, NULL, OPT_QUOTE },
		{ "copies", no_argument, NULL, OPT_COPIES },
		{ "threads", required_argument, NULL, OPT_THREADS },
		{ "per-source", required_argument, NULL, OPT_PER_SOURCE },
		{ "batch", required_argument, NULL, OPT_BATCH },
		{ "syntax", required_argument, NULL, OPT_SYNTAX },
		{ "no-fallback", no_argument, NULL, OPT_NO_FALLBACK },
		{ "all-words", no_argument, NULL, OPT_NO_FALLBACK },
		{ "regexp", required_argument, NULL, 'e' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "csv", no_argument, NULL, OPT_CSV },
		{ "header", no_argument, NULL, OPT_HEADER },
		{ "weights", required_argument, NULL, OPT_WEIGHTS },
		{ "k1", required_argument, NULL, OPT_K1 },
		{ "k3", required_argument, NULL, OPT_K3 },
		{ "title-b", required_argument, NULL, OPT_TITLE_B },
		{ "b", required_argument, NULL, OPT_B },
		{ "source-decay", required_argument, NULL, OPT_SOURCE_DECAY },
		{ "coverage", required_argument, NULL, OPT_COVERAGE },
		{ "expand", required_argument, NULL, OPT_EXPAND },
		{ "exhaustive", no_argument, NULL, OPT_EXHAUSTIVE },
		{ "synonyms", required_argument, NULL, OPT_SYNONYMS },
		{ "wordnet", required_argument, NULL, OPT_WORDNET },
		{ "expand-passages", required_argument, NULL, OPT_EXPAND_PASSAGES },
		{ "rerank-depth", required_argument, NULL, OPT_RERANK_DEPTH },
		{ "expand-weight", required_argument, NULL, OPT_EXPAND_WEIGHT },
		{ "json", no_argument, NULL, OPT_JSON },
		{ "tsv", no_argument, NULL, OPT_TSV },
		{ "color", required_argument, NULL, OPT_COLOR },
		{ "colour", required_argument, NULL, OPT_COLOR },
		{ "explain", no_argument, NULL, OPT_EXPLAIN },
		{ "analyze", no_argument, NULL, OPT_ANALYZE },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	const char *db_path = getenv("PSEARCH_DB"), *batch = NULL, *color = "auto";
	const char *claims_from = NULL, *quote = NULL;
	int html = 0, list_copies = 0;
	struct output_options oo = { .format = OUTPUT_TEXT };
	struct query_run q = { 0 };
	struct search_tuning tuning;
	int opt, do_analyze = 0, limit_given = 0, nexpr = 0;
	/* -e texts: the query's first words, before the operands */
	static const char **exprs;
	exprs = calloc((size_t)argc + 1, sizeof *exprs);

	prog = cliopt_progname(argv[0]);
	/* the indexer to name in advice: installed, psearch's is psearch-index */
	store_set_indexer_name(strncmp(prog, "psearch", 7) == 0 ? "psearch-index" : "indexer");
	/*
	 * Each connection is used by one thread at a time (--claims-from's
	 * workers open their own, parallel.c): no SQLite mutex on each call and
	 * each allocation, 1.4% of a claim's instructions.
	 */
	store_one_thread_a_connection();	/* before any SQLite call */
	hold_standard_fds();
	if (exprs == NULL)
		errx(EXIT_TROUBLE, "out of memory");
	if (db_path == NULL || *db_path == 0)
		db_path = "index.db";
	q.so.wordnet_dir = THESAURUS_DEFAULT_DIR;
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	q.threads = cores < 1 ? 1 : cores > 8 ? 8 : (int)cores;
	search_tuning_default(&tuning);
	q.so.tuning = &tuning;

	/* Options anywhere (getopt permutes; POSIXLY_CORRECT stops at the first
	 * operand), "--" ends them.  opterr 0 and a leading ':': the one-line
	 * messages are ours. */
	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":n:lche:q", longopts, NULL)) != -1) {
		switch (opt) {
		case OPT_DB: db_path = optarg; break;
		case 'n':
			q.so.limit = parse_count("--limit", optarg);
			if (q.so.limit == 0)
				errx(EXIT_TROUBLE, "--limit: 0 results asked for; give 1 or more"
				    " (-q tests for a match without printing)");
			limit_given = 1;
			break;
		case 'e': exprs[nexpr++] = optarg; break;
		case 'q': q.quiet = 1; break;
		case OPT_CSV: oo.format = OUTPUT_CSV; break;
		case OPT_HEADER: oo.header = 1; break;
		case OPT_OFFSET: q.so.offset = parse_count("--offset", optarg); break;
		case OPT_SOURCE: q.so.source_glob = optarg; break;
		case OPT_BY_SOURCE: oo.by_source = 1; break;
		case 'l': q.list = LIST_FILES; break;
		case 'c': q.list = LIST_COUNT; break;
		case OPT_CLAIM: q.so.claim = 1; break;
		case OPT_CLAIMS_FROM: claims_from = optarg; q.so.claim = 1; break;
		case OPT_HTML: html = 1; break;
		case OPT_COPIES: list_copies = 1; break;
		case OPT_QUOTE:
			if (quote)
				errx(EXIT_TROUBLE, "--quote: one quote a run (give --quote once)");
			quote = optarg;
			break;
		case OPT_THREADS:
			q.threads = (int)parse_count("--threads", optarg);
			if (q.threads < 1 || q.threads > 64)
				errx(EXIT_TROUBLE, "--threads: '%s' is not 1 to 64", optarg);
			break;
		case OPT_PER_SOURCE:
			q.so.per_source = parse_count("--per-source", optarg);
			if (q.so.per_source == 0)
				errx(EXIT_TROUBLE, "--per-source: must be at least 1");
			break;
		case OPT_BATCH: batch = optarg; break;
		case OPT_SYNTAX:
			if (strcmp(optarg, "raw") == 0)
				q.so.raw_syntax = 1;
			else if (strcmp(optarg, "default") != 0)
				errx(EXIT_TROUBLE, "--syntax: '%s' is not default or raw", optarg);
			break;
		case OPT_NO_FALLBACK: q.so.no_fallback = 1; break;
		case OPT_WEIGHTS: parse_weights(optarg, &q.so); break;
		case OPT_K1: tuning.k1 = parse_number("--k1", optarg, 0, 100); break;
		case OPT_K3: tuning.k3 = parse_number("--k3", optarg, 0, 1000); break;
		case OPT_B: tuning.b = parse_number("--b", optarg, 0, 1); break;
		case OPT_TITLE_B: tuning.title_b = parse_number("--title-b", optarg, 0, 1); break;
		case OPT_SOURCE_DECAY:
			tuning.source_decay = parse_number("--source-decay", optarg, 0, 1);
			break;
		case OPT_COVERAGE: parse_coverage(optarg, &tuning); break;
		case OPT_EXHAUSTIVE: q.so.exhaustive = 1; break;
		case OPT_SYNONYMS:
			parse_synonyms(optarg, &tuning);
			break;
		case OPT_WORDNET: q.so.wordnet_dir = optarg; break;
		case OPT_EXPAND:
			tuning.expand_terms = (int)parse_number("--expand", optarg, 0, 64);
			break;
		case OPT_EXPAND_PASSAGES:
			tuning.expand_passages = (int)parse_number("--expand-passages", optarg, 1, 1000);
			break;
		case OPT_RERANK_DEPTH:
			tuning.rerank_depth = (int)parse_number("--rerank-depth", optarg, 0, 1000000);
			break;
		case OPT_EXPAND_WEIGHT:
			tuning.expand_weight = parse_number("--expand-weight", optarg, 0, 10);
			break;
		case OPT_JSON: oo.format = OUTPUT_JSON; break;
		case OPT_TSV: oo.format = OUTPUT_TSV; break;
		case OPT_COLOR:
			if (strcmp(optarg, "auto") && strcmp(optarg, "always") && strcmp(optarg, "never"))
				errx(EXIT_TROUBLE, "--color: '%s' is not auto, always or never", optarg);
			color = optarg;
			break;
		case OPT_EXPLAIN: q.explain = q.so.explain = oo.explain = 1; break;
		case OPT_ANALYZE: do_analyze = 1; break;
		case 'h': usage(stdout, prog); return finish_stdout(EXIT_MATCH, 0);
		case OPT_VERSION: printf("%s 0.1\n", prog); return finish_stdout(EXIT_MATCH, 0);
		default: {
			char what[256];
			if (cliopt_problem(opt, argc, argv, optind, optopt, longopts, what,
			    sizeof what) == CLIOPT_UNKNOWN)
				errx(EXIT_TROUBLE, "%s (a query starting with - goes after -- or -e;"
				    " NOT word excludes a word; see %s --help)", what, prog);
			errx(EXIT_TROUBLE, "%s (see %s --help)", what, prog);
		}
		}
	}
	if (do_analyze)
		return finish_stdout(analyze(argc - optind, argv + optind), 0);
	if (batch && (optind < argc || nexpr))
		errx(EXIT_TROUBLE, "--batch: give queries in the file, not also as arguments");
	if (claims_from && (optind < argc || nexpr || batch))
		errx(EXIT_TROUBLE, "--claims-from: the claims are the draft's sentences; give no"
		    " query%s", batch ? " and no --batch" : "");
	if (list_copies && (optind < argc || nexpr || batch || claims_from || q.so.claim || quote ||
	    q.list != LIST_NONE || oo.format == OUTPUT_TSV || oo.format == OUTPUT_CSV))
		errx(EXIT_TROUBLE, "--copies lists every copied passage; it takes no query and"
		    " no other mode (text or --json)");
	if (quote && (optind < argc || nexpr || batch || claims_from || q.so.claim))
		errx(EXIT_TROUBLE, "--quote: the quote is its argument; give no query%s",
		    batch ? " and no --batch" : claims_from ? " and no --claims-from" :
		    q.so.claim ? " and no --claim" : "");
	if (quote && (q.list != LIST_NONE || oo.format == OUTPUT_TSV || oo.format == OUTPUT_CSV))
		errx(EXIT_TROUBLE, "--quote: %s does not apply (text or --json)",
		    q.list == LIST_FILES ? "-l" : q.list == LIST_COUNT ? "-c" :
		    oo.format == OUTPUT_TSV ? "--tsv" : "--csv");
	if (html && !claims_from)
		errx(EXIT_TROUBLE, "--html goes with --claims-from FILE");
	if (claims_from && q.list != LIST_NONE)
		errx(EXIT_TROUBLE, "--claims-from: -l and -c do not apply");
	if (!batch && !claims_from && !quote && !list_copies && optind >= argc && nexpr == 0)
		errx(EXIT_TROUBLE, "no query given (see %s --help)", prog);
	if (*db_path == 0)
		errx(EXIT_TROUBLE, "--db: empty file name");
	if (q.so.raw_syntax && q.so.claim)
		errx(EXIT_TROUBLE, "--claim and --syntax raw do not go together");
	if (oo.header && oo.format != OUTPUT_TSV && oo.format != OUTPUT_CSV)
		errx(EXIT_TROUBLE, "--header goes with --tsv (--csv always has one)");
	if (q.list != LIST_NONE) {
		/* every match counts; -n and --offset page the sources */
		q.list_limit = limit_given ? q.so.limit : 0;
		q.list_offset = q.so.offset;
		q.so.limit = INT_MAX;
		q.so.offset = 0;
		q.so.per_source = 0;
		oo.rows = q.list == LIST_COUNT ? OUTPUT_COUNTS : OUTPUT_SOURCES;
	} else if (q.quiet) {
		q.so.limit = 1;	/* one row past the offset decides the exit status */
	}
	if (strcmp(color, "always") == 0)
		oo.color = 1;
	else if (strcmp(color, "auto") == 0) {
		const char *nc = getenv("NO_COLOR");
		oo.color = isatty(STDOUT_FILENO) && !(nc && *nc);
	}
	oo.claim = q.so.claim;
	q.db_path = db_path;
	oo.batch = batch != NULL;
	q.group_totals = oo.by_source && oo.format == OUTPUT_TEXT && q.list == LIST_NONE &&
	    !q.quiet;
	q.batch = batch != NULL;

	struct store *store;
	char err[512];
	if (store_open(db_path, STORE_READ, &store, err, sizeof err) != 0)
		errx(EXIT_TROUBLE, "%s", err);
	/*
	 * One query: every page a big cache holds is a fresh page of memory
	 * to fault in (about 2 us each on the bench machine), while a small
	 * one reuses its buffers.  One-shot p50 at 500 MB, 64 MB -> 256 KiB:
	 * common 11.6 -> 10.4 ms, phrase 11.6 -> 9.9, rare 3.2 -> 2.8.
	 */
	if (!batch && !claims_from &&
	    store_cache_size(store, ONE_QUERY_CACHE_KIB, err, sizeof err) != 0) {
		store_close(store);
		errx(EXIT_TROUBLE, "%s", err);
	}
	if (search_open(store_db(store), &q.search, err, sizeof err) != 0 ||
	    output_open(&q.out, stdout, &oo, store_db(store), err, sizeof err) != 0) {
		search_close(q.search);
		store_close(store);
		errx(EXIT_TROUBLE, "%s: %s", db_path, err);
	}

	int matched = 0, errors = 0, claims = 0;
	q.db = store_db(store);
	q.json = oo.format == OUTPUT_JSON;
	if (list_copies) {
		struct copies_print cp = { q.db, q.json, 0 };
		if (copies_each(q.db, print_copies, &cp, err, sizeof err) < 0) {
			warnx("%s: %s", db_path, err);
			errors++;
		}
		matched = cp.passages > 0;
	} else if (quote) {
		int r = run_quote(&q, store_db(store), oo.format == OUTPUT_JSON, quote, NULL);
		if (r < 0)
			errors++;
		else
			matched = r;
	} else if (claims_from) {
		matched = run_draft(&q, claims_from, html, &claims, &errors);
		if (claims == 0 && !errors && !q.quiet)
			fprintf(stderr, "%s: %s: no sentence to check (headings, code and blank lines"
			    " are not claims)\n", prog, claims_from);
	} else if (batch) {
		matched = run_batch(&q, batch, &errors);
	} else {
		struct buf text = { 0 };
		for (int i = 0; i < nexpr; i++) {
			if (i > 0)
				buf_append(&text, " ", 1);
			buf_puts(&text, exprs[i]);
		}
		for (int i = optind; i < argc; i++) {
			if (text.len > 0 || i > optind)
				buf_append(&text, " ", 1);
			buf_puts(&text, argv[i]);
		}
		int r = text.oom ? -1 : run_one(&q, NULL, text.data, NULL);
		q.nqueries++;
		buf_free(&text);
		if (r < 0)
			errors++;
		else
			matched = r;
	}
	int werr = output_finish(q.out) != 0 ? output_errno(q.out) : 0;
	output_close(q.out);
	search_close(q.search);
	store_close(store);
	free(exprs);
	/* claims: 0 only when every claim is supported */
	if (q.so.claim && q.list == LIST_NONE)
		matched = matched > 0 && matched == (claims_from ? claims : q.nqueries) &&
		    q.quotes_exact == q.quotes;
	int status = errors ? EXIT_TROUBLE : matched ? EXIT_MATCH : EXIT_NOMATCH;
	return finish_stdout(status, werr);
}
