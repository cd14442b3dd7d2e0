/*
 * fuzz_query.c: libFuzzer harness for lib/search.c (and the store and
 * tokenizer under it).
 *
 * On the first call a small index is built through lib/store.h in a
 * temporary directory (a few sources, split by lib/passage.c as the
 * indexer does) and opened again read-only, as bin/query opens it; the
 * files are removed once it is open.  Each input, cut at its first NUL,
 * is then run as a query in the default syntax (twice, with different
 * paging, grouping and --explain), in claim mode and in raw FTS5 mode.
 * Requirements:
 *
 *   - search_run returns >= 0, SEARCH_EEMPTY, SEARCH_ESYNTAX or -1;
 *   - in default and claim mode never SEARCH_ESYNTAX, and the error text
 *     never shows an FTS5 message ("fts5:"): the default syntax must never
 *     surface an FTS5 error;
 *   - every result is consistent with the indexed source: its text is the
 *     source's bytes in [byte_start, byte_end), its lines are the lines of
 *     those bytes, the best sentence lies inside the passage, coverage is in
 *     [0, 1], no more results than asked for;
 *   - for a valid UTF-8 query, the FTS5 expression and the words ranked on
 *     (search_info) are valid UTF-8: no word is cut inside a character;
 *   - a fall-back result (ranked by coverage) in which no query word was
 *     found must have matched in its title or section: FTS5 and the
 *     coverage analysis agree on what a word matches (claims count their
 *     matched words in the best sentence only, so they are not checked);
 *   - a claim's rows all carry the claim's verdict;
 *   - the pruned ranking equals the exhaustive one (--exhaustive): the same
 *     rows with the same scores, in claim mode and in the default syntax.
 *
 * Any violation aborts, so libFuzzer records the input.  With
 * FUZZ_QUERY_VERBOSE set, each run's return value, error and FTS5
 * expression are printed (for reading a reproducer).  Built with
 * -DFUZZ_QUERY_SKIP_CLAIM_CHECKS, the last two checks are not made in
 * claim mode (to fuzz on while a claim bug is open).
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "passage.h"
#include "search.h"
#include "store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FAIL(...) do { \
	fprintf(stderr, "fuzz_query: invariant violated: "); \
	fprintf(stderr, __VA_ARGS__); \
	fputc('\n', stderr); \
	abort(); \
} while (0)

struct doc {
	const char *path, *title, *format;
	const char *text;
};

/* Written for this harness: enough rows and vocabulary for BM25 and fallbacks. */
static const struct doc docs[] = {
	{ "docs/ketamine.txt", "Ketamine Therapy: How It Works", "text",
	  "Ketamine Therapy: How It Works\n\n"
	  "Ketamine is an anesthetic that doctors have used for decades in surgery and in emergency care.\n\n"
	  "How It Works\n\n"
	  "Ketamine blocks the NMDA receptor, which changes how glutamate signals between nerve cells. "
	  "Researchers think this is why the effect on mood can start within hours rather than weeks.\n\n"
	  "Who Can Benefit?\n\n"
	  "Patients with treatment-resistant depression, people with PTSD and some with chronic pain "
	  "have reported rapid relief after a short series of infusions.\n\n"
	  "Risks:\n"
	  "- dissociation during the session\n"
	  "- raised blood pressure for a short while\n"
	  "- nausea in a few patients\n\n"
	  "Esketamine, the S-enantiomer, is given as a nasal spray under supervision in a clinic.\r\n" },
	{ "docs/sleep.md", "Why Sleep Matters", "markdown",
	  "\xEF\xBB\xBF# Why Sleep Matters\n\n"
	  "## The Night Shift\n\n"
	  "During deep sleep the brain clears out waste that builds up while we are awake, and memories "
	  "of the day are moved into long-term storage.\n\n"
	  "## What Goes Wrong\n\n"
	  "People who sleep less than six hours a night report more anxiety, worse mood and a weaker "
	  "immune response to vaccination.\n\n"
	  "**A Word on Naps**\n\n"
	  "A short nap of twenty minutes improves alertness without the grogginess of a long one; "
	  "the well-known afternoon dip is real.\n\n"
	  "```\n# not a heading\n```\n" },
	{ "docs/vaccines.txt", "Vaccination Basics", "text",
	  "Vaccination trains the immune system to recognise a pathogen without causing the disease. "
	  "Vaccinated people who are exposed later fight the infection faster.\n"
	  "Generalization from trials to whole populations is done with care; universities and public "
	  "health agencies monitor outcomes for years.\n"
	  "Don't confuse efficacy in a trial with effectiveness in the real world, researchers say.\n"
	  "Caf\xC3\xA9 owners, teachers and nurses were among the first groups offered the shots.\n"
	  "Invalid bytes \xFF\xFE here do not stop the indexer from keeping the rest of the passage.\n" },
	{ "docs/payment.txt", "Paying for Treatment", "text",
	  "Treatments like these are rarely covered in full. Payment plans exist, and some clinics "
	  "treat patients on a sliding scale.\n\n"
	  "Insurance may pay for esketamine because it is approved, while generic ketamine infusions "
	  "are often paid out of pocket at 400 to 800 dollars each (3.50 per milligram).\n\n"
	  "Call 413-423-0733 for details. N-methyl-D-aspartate receptors are the target; a:b ratios vary.\n" },
};
#define NDOCS (sizeof docs / sizeof *docs)

static struct store *store;
static struct search *search;
static char dir[64];
static int verbose;	/* FUZZ_QUERY_VERBOSE=1: each run's result on stderr */

struct add_ctx {
	int64_t id;
	const char *title, *text;
	size_t count;
};

static int on_passage(void *ctx, const struct passage *p)
{
	struct add_ctx *a = ctx;
	struct store_passage sp = {
		.ordinal = p->ordinal, .section = p->section, .section_len = p->section_len,
		.line_start = p->line_start, .line_end = p->line_end,
		.byte_start = p->byte_start, .byte_end = p->byte_end,
		.body = a->text + p->byte_start, .body_len = p->byte_end - p->byte_start,
	};
	char err[512];
	if (store_passage_add(store, a->id, a->title, &sp, err, sizeof err) != 0)
		FAIL("store_passage_add: %s", err);
	a->count++;
	return 0;
}

/* Remove the index files and their folder (the open connection keeps reading). */
static void remove_files(void)
{
	char path[128];
	for (const char *const *s = (const char *const[]){ "", "-wal", "-shm", "-journal", NULL };
	    *s; s++) {
		snprintf(path, sizeof path, "%s/index.db%s", dir, *s);
		unlink(path);
	}
	rmdir(dir);
}

static void setup(void)
{
	char err[512], path[128];
	sqlite3 *plain = NULL;

	snprintf(dir, sizeof dir, "/tmp/fuzz_query.XXXXXX");
	if (mkdtemp(dir) == NULL)
		abort();
	snprintf(path, sizeof path, "%s/index.db", dir);
	if (store_open(path, STORE_WRITE, &store, err, sizeof err) != 0 ||
	    store_begin(store, 1, err, sizeof err) != 0)
		FAIL("building the index: %s", err);
	for (size_t i = 0; i < NDOCS; i++) {
		const struct doc *d = &docs[i];
		size_t len = strlen(d->text);
		struct store_source_info info = {
			.path = d->path, .title = d->title, .publisher = NULL, .format = d->format,
			.size = (int64_t)len, .mtime_ns = 1, .hash = i + 1,
		};
		struct add_ctx a = { 0, d->title, d->text, 0 };
		if (store_source_put(store, &info, &a.id, err, sizeof err) != 0)
			FAIL("store_source_put: %s", err);
		if (passage_split(d->text, len, strcmp(d->format, "markdown") == 0 ?
		    PASSAGE_FORMAT_MARKDOWN : PASSAGE_FORMAT_TEXT, NULL, on_passage, &a) != 0 ||
		    store_source_finish(store, a.id, a.count, err, sizeof err) != 0)
			FAIL("adding %s: %s", d->path, err);
	}
	if (store_commit(store, err, sizeof err) != 0)
		FAIL("store_commit: %s", err);
	store_close(store);
	/*
	 * Out of WAL mode, so that the read-only connection needs no -wal or
	 * -shm file, and the files can go as soon as it is open: libFuzzer
	 * ends with _Exit or a crash, and nothing would remove them later.
	 */
	if (sqlite3_open(path, &plain) != SQLITE_OK ||
	    sqlite3_exec(plain, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK)
		FAIL("leaving WAL mode: %s", sqlite3_errmsg(plain));
	sqlite3_close(plain);
	if (store_open(path, STORE_READ, &store, err, sizeof err) != 0 ||
	    search_open(store_db(store), &search, err, sizeof err) != 0)
		FAIL("opening the index: %s", err);
	remove_files();
	verbose = getenv("FUZZ_QUERY_VERBOSE") != NULL;
}

static const struct doc *doc_of(const char *path)
{
	for (size_t i = 0; i < NDOCS; i++)
		if (strcmp(docs[i].path, path) == 0)
			return &docs[i];
	return NULL;
}

#define KEPT 16
struct run_ctx {
	const char *mode;
	size_t results;
	int64_t id[KEPT];	/* the first results, to compare pruned with exhaustive */
	double score[KEPT];
	/* results ranked by coverage in which the C analysis found no query word */
	int64_t unmatched[64];
	size_t nunmatched;
	int verdict;		/* of the first row */
};

static int on_result(void *ctx, const struct search_result *r)
{
	struct run_ctx *c = ctx;
	const struct doc *d = r->source ? doc_of(r->source) : NULL;
	size_t len;
	int64_t line;

	if (c->results < KEPT) {
		c->id[c->results] = r->passage_id;
		c->score[c->results] = r->score;
	}
	if (c->results == 0)
		c->verdict = r->verdict;
	else if ((int)r->verdict != c->verdict)
		FAIL("%s: row %zu has verdict %d, the first %d", c->mode, c->results, r->verdict,
		    c->verdict);
	c->results++;
	/* claims count matched words in the best sentence only: checked for the fall back */
	if (r->matched != NULL && r->verdict == VERDICT_NONE && r->nmatched == 0 &&
	    c->nunmatched < 64)
		c->unmatched[c->nunmatched++] = r->passage_id;
	if (d == NULL)
		FAIL("%s: result from unknown source %s", c->mode, r->source ? r->source : "(null)");
	len = strlen(d->text);
	if (r->title == NULL || r->section == NULL || r->snippet == NULL || r->text == NULL)
		FAIL("%s: NULL field in a result of %s", c->mode, d->path);
	if (r->byte_start < 0 || r->byte_end <= r->byte_start || (size_t)r->byte_end > len)
		FAIL("%s: %s: byte range [%lld, %lld) outside 0..%zu", c->mode, d->path,
		    (long long)r->byte_start, (long long)r->byte_end, len);
	if ((size_t)(r->byte_end - r->byte_start) != r->text_len ||
	    memcmp(d->text + r->byte_start, r->text, r->text_len) != 0)
		FAIL("%s: %s: text is not the source's bytes [%lld, %lld)", c->mode, d->path,
		    (long long)r->byte_start, (long long)r->byte_end);
	line = 1;
	for (int64_t i = 0; i < r->byte_start; i++)
		line += d->text[i] == '\n';
	if (r->line_start != line)
		FAIL("%s: %s: line_start %lld, the bytes start on line %lld", c->mode, d->path,
		    (long long)r->line_start, (long long)line);
	for (int64_t i = r->byte_start; i < r->byte_end - 1; i++)
		line += d->text[i] == '\n';
	if (r->line_end != line)
		FAIL("%s: %s: line_end %lld, the bytes end on line %lld", c->mode, d->path,
		    (long long)r->line_end, (long long)line);
	if (isnan(r->score))
		FAIL("%s: %s: score is NaN", c->mode, d->path);
	if (r->has_sentence) {
		if (r->sentence < r->text || r->sentence + r->sentence_len > r->text + r->text_len ||
		    r->sentence_len == 0)
			FAIL("%s: %s: sentence outside its passage", c->mode, d->path);
		if (r->sentence_byte_start != r->byte_start + (r->sentence - r->text) ||
		    r->sentence_byte_end != r->sentence_byte_start + (int64_t)r->sentence_len)
			FAIL("%s: %s: sentence byte range [%lld, %lld) does not match its text",
			    c->mode, d->path, (long long)r->sentence_byte_start,
			    (long long)r->sentence_byte_end);
		line = 1;
		for (int64_t i = 0; i < r->sentence_byte_start; i++)
			line += d->text[i] == '\n';
		if (r->sentence_line != line)
			FAIL("%s: %s: sentence_line %lld, expected %lld", c->mode, d->path,
			    (long long)r->sentence_line, (long long)line);
	}
	if (!(r->coverage >= 0 && r->coverage <= 1.000001))
		FAIL("%s: %s: coverage %g outside [0, 1]", c->mode, d->path, r->coverage);
	if (r->nmatched + r->nmissing > 64)
		FAIL("%s: %zu matched + %zu missing words", c->mode, r->nmatched, r->nmissing);
	for (size_t i = 0; i < r->nmatched; i++)
		if (r->matched == NULL || r->matched[i] == NULL)
			FAIL("%s: NULL matched word", c->mode);
	for (size_t i = 0; i < r->nmissing; i++)
		if (r->missing == NULL || r->missing[i] == NULL)
			FAIL("%s: NULL missing word", c->mode);
	return 0;
}

/* Is s[0 .. n) valid UTF-8 (shortest forms, no surrogates, at most U+10FFFF)? */
static int utf8_valid(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		size_t k;
		uint32_t c;
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		if (u[i] >= 0xC2 && u[i] <= 0xDF)
			k = 2, c = u[i] & 0x1F;
		else if (u[i] >= 0xE0 && u[i] <= 0xEF)
			k = 3, c = u[i] & 0x0F;
		else if (u[i] >= 0xF0 && u[i] <= 0xF4)
			k = 4, c = u[i] & 0x07;
		else
			return 0;
		if (n - i < k)
			return 0;
		for (size_t j = 1; j < k; j++) {
			if ((u[i + j] & 0xC0) != 0x80)
				return 0;
			c = (c << 6) | (u[i + j] & 0x3F);
		}
		if ((k == 3 && c < 0x800) || (k == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
		    (c >= 0xD800 && c <= 0xDFFF))
			return 0;
		i += k;
	}
	return 1;
}

/*
 * FTS5 matched each of these passages, yet the coverage analysis (which
 * tokenizes the body in C) found none of the query's words in it.  That is
 * right only when the match was in the title or section; otherwise FTS5 and
 * the analysis disagree about what a word matches.
 */
static void check_unmatched(const struct run_ctx *c, const char *expr)
{
	sqlite3_stmt *st;
	char *q;
	size_t n = strlen(expr);

	if (c->nunmatched == 0)
		return;
	q = malloc(n + 32);
	if (q == NULL)
		abort();
	snprintf(q, n + 32, "{title section} : (%s)", expr);
	if (sqlite3_prepare_v2(store_db(store), "SELECT count(*) FROM passages_fts"
	    " WHERE rowid = ?1 AND passages_fts MATCH ?2", -1, &st, NULL) != SQLITE_OK)
		FAIL("prepare: %s", sqlite3_errmsg(store_db(store)));
	for (size_t i = 0; i < c->nunmatched; i++) {
		sqlite3_bind_int64(st, 1, c->unmatched[i]);
		sqlite3_bind_text(st, 2, q, -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_ROW)
			FAIL("%s: cannot run %s: %s", c->mode, q, sqlite3_errmsg(store_db(store)));
		if (sqlite3_column_int64(st, 0) == 0)
			FAIL("%s: passage %lld matched %s in its body, but no query word was found "
			    "in it (coverage 0, matched none)", c->mode,
			    (long long)c->unmatched[i], expr);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	free(q);
}

static void run(const char *query, const char *mode, const struct search_options *o,
    int syntax_ok, struct run_ctx *out)
{
	struct run_ctx c = { .mode = mode };
	struct search_info info;
	char err[512] = "";
	size_t limit = o->limit ? o->limit : 10;
	int n;

	n = search_run(search, query, o, on_result, &c, &info, err, sizeof err);
	if (verbose)
		fprintf(stderr, "fuzz_query: %s: %d (%s) expression: %s\n", mode, n, err,
		    n >= 0 && info.expression ? info.expression : "-");
	if (n < 0 && n != SEARCH_EEMPTY && n != SEARCH_ESYNTAX && n != -1)
		FAIL("%s: search_run returned %d", mode, n);
	if (n == SEARCH_ESYNTAX && !syntax_ok)
		FAIL("%s: SEARCH_ESYNTAX: %s", mode, err);
	if (!syntax_ok && strstr(err, "fts5:") != NULL)
		FAIL("%s: FTS5 error surfaced (%d): %s", mode, n, err);
	if (n == -1 && strstr(err, "out of memory") == NULL && !syntax_ok)
		FAIL("%s: search failed: %s", mode, err);
	if (n >= 0 && (size_t)n != c.results)
		FAIL("%s: returned %d, %zu results seen", mode, n, c.results);
	if (c.results > limit)
		FAIL("%s: %zu results, limit %zu", mode, c.results, limit);
#ifdef FUZZ_QUERY_SKIP_CLAIM_CHECKS
	/* to fuzz past the open claim-widening bug (see regressions/README.md) */
	if (o->claim) {
		search_info_free(&info);
		return;
	}
#endif
	/* what was run and ranked on is made of the query's characters, not parts of them */
	if (n >= 0 && utf8_valid(query, strlen(query))) {
		if (info.expression && !utf8_valid(info.expression, strlen(info.expression)))
			FAIL("%s: valid UTF-8 query, invalid UTF-8 in the FTS5 expression: %s", mode,
			    info.expression);
		if (info.words && !utf8_valid(info.words, strlen(info.words)))
			FAIL("%s: valid UTF-8 query, invalid UTF-8 in the words ranked on: %s", mode,
			    info.words);
	}
	if (n > 0 && (int)info.verdict != c.verdict)
		FAIL("%s: the rows' verdict %d is not the claim's %d", mode, c.verdict, info.verdict);
	int feedback = o->claim && (o->tuning == NULL || o->tuning->expand_terms > 0);
	if (n > 0 && info.expression && !feedback)
		check_unmatched(&c, info.expression);
	search_info_free(&info);
	if (out)
		*out = c;
}

/* The same rows, in the same order, with the same scores. */
static void same_ranking(const struct run_ctx *a, const struct run_ctx *b)
{
	if (a->results != b->results)
		FAIL("%s: %zu results, %zu with %s", a->mode, a->results, b->results, b->mode);
	for (size_t i = 0; i < a->results && i < KEPT; i++)
		if (a->id[i] != b->id[i] || a->score[i] != b->score[i])
			FAIL("%s: row %zu is %lld (%g), %lld (%g) with %s", a->mode, i,
			    (long long)a->id[i], a->score[i], (long long)b->id[i], b->score[i],
			    b->mode);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct search_options plain = { .limit = 5 };
	static const struct search_options paged = { .limit = 3, .offset = 1, .per_source = 2,
	    .explain = 1, .source_glob = "docs/*" };
	static const struct search_options claim = { .claim = 1 };
	static const struct search_options raw = { .raw_syntax = 1, .limit = 4 };
	static struct search_tuning no_feedback;
	static struct search_options claim_plain, claim_all, plain_all;
	struct run_ctx a, b;
	char *q;

	if (search == NULL) {
		setup();
		search_tuning_default(&no_feedback);
		no_feedback.expand_terms = 0;
		claim_plain = claim;
		claim_plain.tuning = &no_feedback;
		claim_all = claim;
		claim_all.exhaustive = 1;
		plain_all = plain;
		plain_all.exhaustive = 1;
	}
	q = malloc(size + 1);
	if (q == NULL)
		abort();
	memcpy(q, data, size);
	q[size] = 0;	/* a C string: cut at the first NUL */

	run(q, "default", &plain, 0, &a);
	run(q, "default, every row scored", &plain_all, 0, &b);
	same_ranking(&a, &b);
	run(q, "default (paged, grouped, explain)", &paged, 0, NULL);
	run(q, "claim", &claim, 0, &a);
	run(q, "claim, every row scored", &claim_all, 0, &b);
	same_ranking(&a, &b);
	run(q, "claim without feedback", &claim_plain, 0, NULL);
	run(q, "raw", &raw, 1, NULL);

	free(q);
	return 0;
}
