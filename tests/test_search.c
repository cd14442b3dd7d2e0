/*
 * test_search.c: unit tests of lib/search.c (and the modules it runs in
 * order), queries against a real index.
 *
 * The group setup builds, through store.h, an index of 32 passages in four
 * fake sources (vaccines, sleep, oceans, forests) whose vocabularies barely
 * overlap, so that BM25's IDF means something.  Then: the default syntax
 * (AND, "phrases", OR, NOT and -word, prefix*), punctuation and junk that
 * must never be a syntax error, empty queries, raw FTS5 syntax errors, the
 * fall back to partial matches, score order, paging, source globs,
 * per-source limits, feedback, claim checking (verdicts, unknown words,
 * coverage, matched/missing words, the best sentence and its byte range),
 * --explain, one snapshot per query, and a callback that stops the run.
 * Every result's text is checked against the source bytes it claims to
 * come from.  The ranking itself (pruning, the re-ranking pool, grouping
 * by source) is test_ranking.c's.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <dirent.h>
#include <unistd.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "search.h"
#include "store.h"
#include "util.h"

#include "searchfixture.h"

/* ---- the default syntax -------------------------------------------------- */

static void test_search_and_semantics(void **state)
{
	struct collector c;
	/* "coral" is in three passages, "reef" in two of them */
	assert_int_equal(run_ok(state, "coral", NULL, &c), 3);
	collector_free(&c);
	assert_int_equal(run_ok(state, "coral reef", NULL, &c), 2);
	for (int i = 0; i < c.n; i++) {
		assert_true(contains(c.r[i].text, "coral"));
		assert_true(contains(c.r[i].text, "reef"));
		assert_string_equal(c.r[i].source, "corpus/nature/oceans.md");
	}
	assert_results_genuine(state, &c);
	collector_free(&c);
	/* an explicit AND means the same */
	assert_int_equal(run_ok(state, "coral AND reef", NULL, &c), 2);
	collector_free(&c);
	/* stems: "reefs" and "reef" are one word */
	assert_int_equal(run_ok(state, "corals reefs", NULL, &c), 2);
	collector_free(&c);
}

static void test_search_phrase(void **state)
{
	struct collector c;
	/* the words in three passages, the phrase in two */
	assert_int_equal(run_ok(state, "warm water", NULL, &c), 3);
	collector_free(&c);
	static const char *const phrases[] = {
		"\"warm water\"",
		"\xE2\x80\x9Cwarm water\xE2\x80\x9D",	/* curly quotes */
		"\"warm water",				/* unclosed: runs to the end */
	};
	for (size_t i = 0; i < NP(phrases); i++) {
		int n = run_ok(state, phrases[i], NULL, &c);
		if (n != 2)
			fail_msg("phrase query %zu: %d results, want 2", i, n);
		for (int k = 0; k < c.n; k++)
			assert_true(contains(c.r[k].text, "warm water"));
		collector_free(&c);
	}
}

static void test_search_or(void **state)
{
	struct collector c;
	assert_int_equal(run_ok(state, "melatonin OR caffeine", NULL, &c), 2);
	for (int i = 0; i < c.n; i++)
		assert_true(contains(c.r[i].text, "melatonin") || contains(c.r[i].text, "caffeine"));
	collector_free(&c);
	/* OR binds clauses of ANDed words */
	assert_int_equal(run_ok(state, "coral reef OR pine cones", NULL, &c), 3);
	collector_free(&c);
	/* lowercase "or" is a word, not an operator: nothing has all three */
	struct search_options strict = { .no_fallback = 1 };
	assert_int_equal(run_ok(state, "melatonin or caffeine", &strict, &c), 0);
	collector_free(&c);
}

static void test_search_not(void **state)
{
	static const char *const queries[] = {
		"antibodies NOT booster", "antibodies -booster", "-booster antibodies",
	};
	struct collector c;
	assert_int_equal(run_ok(state, "antibodies", NULL, &c), 3);
	collector_free(&c);
	for (size_t i = 0; i < NP(queries); i++) {
		int n = run_ok(state, queries[i], NULL, &c);
		if (n != 2)
			fail_msg("\"%s\": %d results, want 2", queries[i], n);
		for (int k = 0; k < c.n; k++) {
			assert_true(contains(c.r[k].text, "antibod"));
			assert_false(contains(c.r[k].text, "booster"));
		}
		collector_free(&c);
	}
}

static void test_search_prefix(void **state)
{
	struct collector c;
	assert_int_equal(run_ok(state, "vaccinat*", NULL, &c), 2);
	for (int i = 0; i < c.n; i++)
		assert_true(contains(c.r[i].text, "vaccinat"));
	collector_free(&c);
	assert_int_equal(run_ok(state, "therm*", NULL, &c), 1);
	assert_true(contains(c.r[0].text, "thermohaline"));
	collector_free(&c);
	assert_int_equal(run_ok(state, "thermo", NULL, &c), 0);
	collector_free(&c);
}

/*
 * With a prefix, the snippets of all results come from one query (see
 * snippets_of); --explain still asks row by row.  Each row must get its
 * own snippet, the same either way.
 */
/* Tables of snippets_of's copy in the temp schema (the vocabulary's is another). */
static int64_t snippet_tables(struct fixture *f)
{
	sqlite3_stmt *st;
	int64_t n = -1;
	assert_int_equal(sqlite3_prepare_v2(store_db(f->store),
	    "SELECT count(*) FROM temp.sqlite_schema WHERE name LIKE 'psearch\\_snippet%' ESCAPE '\\'",
	    -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/*
 * A prefix query's snippets come from a copy of the shown rows (snippets_of):
 * each must be the one the index gives the row alone (--explain asks for
 * each row's own), for one row or many, and the copy goes with the search.
 */
static void test_search_prefix_snippets(void **state)
{
	static const char *const queries[] = {
		"co* OR sn*", "wa* -coral", "\"sea level\" OR tide* OR fung*", "re*",
	};
	struct fixture *f = *state;
	for (size_t q = 0; q < NP(queries); q++) {
		struct collector together, alone;
		struct search_options plain = { .limit = 20 }, explain = { .limit = 20, .explain = 1 };
		int n = run_ok(state, queries[q], &plain, &together);
		if (n < 3)
			fail_msg("%s: %d results", queries[q], n);
		assert_int_equal(run_ok(state, queries[q], &explain, &alone), n);
		for (int i = 0; i < n; i++) {
			assert_int_equal(together.r[i].id, alone.r[i].id);
			assert_string_equal(together.r[i].snippet, alone.r[i].snippet);
			assert_non_null(strchr(together.r[i].snippet, '\002'));
		}
		assert_results_genuine(state, &together);
		collector_free(&together);
		collector_free(&alone);
		/* the same for a single row */
		struct search_options one = { .limit = 1 }, one_alone = { .limit = 1, .explain = 1 };
		assert_int_equal(run_ok(state, queries[q], &one, &together), 1);
		assert_int_equal(run_ok(state, queries[q], &one_alone, &alone), 1);
		assert_string_equal(together.r[0].snippet, alone.r[0].snippet);
		collector_free(&together);
		collector_free(&alone);
	}
	assert_true(snippet_tables(f) > 0);
	char err[512];
	search_close(f->search);
	f->search = NULL;
	assert_int_equal(snippet_tables(f), 0);
	if (search_open(store_db(f->store), &f->search, err, sizeof err) != 0)
		fail_msg("%s", err);
}

static void test_search_punctuation_never_errors(void **state)
{
	static const char *const queries[] = {
		"well-known", "don't", "3.50", "a:b", "\"unbalanced", "AND", "OR", "NOT",
		"*x", "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80 coral", "\xff\xfe", "coral \xff reef",
		"(", ")", "((coral", "coral)", "NEAR(coral reef)", "title:coral", "coral^",
		"+coral", "-", "--", "*", "**", "\"\"", "\"", "OR OR",
		"coral OR", "OR coral", "AND coral AND", "{coral}", "coral; DROP TABLE sources",
		"'", "''", "`x`", "a\\b", "50%", "#1", "x=y", "c++", "e.g.", "\xE2\x80\x99s", "NOT NOT",
		"don\xE2\x80\x99t",
	};
	struct search_info info;
	for (size_t i = 0; i < NP(queries); i++) {
		struct collector c;
		char err[512] = "";
		int n = run(state, queries[i], NULL, &c, &info, err, sizeof err);
		if (n < 0)
			fail_msg("query %zu \"%s\": %d (%s)", i, queries[i], n, err);
		assert_int_equal(n, c.n);
		assert_results_genuine(state, &c);
		collector_free(&c);
		search_info_free(&info);
	}
	/* and the words in them still match */
	struct collector c;
	assert_int_equal(run_ok(state, "well-known", NULL, &c), 1);
	collector_free(&c);
	assert_int_equal(run_ok(state, "don't", NULL, &c), 1);
	collector_free(&c);
	assert_int_equal(run_ok(state, "half-life", NULL, &c), 1);
	collector_free(&c);
	assert_int_equal(run_ok(state, "\"coral\"reef", NULL, &c), 2);
	collector_free(&c);
}

static void test_search_empty_query(void **state)
{
	static const char *const queries[] = { "", " ", "   ", "\t\n", "\r\n \f\v" };
	for (size_t i = 0; i < NP(queries); i++) {
		struct collector c;
		char err[256] = "";
		assert_int_equal(run(state, queries[i], NULL, &c, NULL, err, sizeof err), SEARCH_EEMPTY);
		assert_int_equal(c.calls, 0);
		struct search_options raw = { .raw_syntax = 1 };
		assert_int_equal(run(state, queries[i], &raw, &c, NULL, err, sizeof err), SEARCH_EEMPTY);
		struct search_options claim = { .claim = 1 };
		assert_int_equal(run(state, queries[i], &claim, &c, NULL, err, sizeof err), SEARCH_EEMPTY);
		assert_int_equal(c.calls, 0);
	}
}

static void test_search_nothing_searchable(void **state)
{
	struct collector c;
	struct search_info info;
	char err[256] = "";
	assert_int_equal(run(state, "!!! ??? ...", NULL, &c, &info, err, sizeof err), 0);
	assert_int_equal(info.nothing_searchable, 1);
	assert_int_equal(c.calls, 0);
	search_info_free(&info);
	assert_int_equal(run(state, "coral", NULL, &c, &info, err, sizeof err), 3);
	assert_int_equal(info.nothing_searchable, 0);
	search_info_free(&info);
	collector_free(&c);
}

/* ---- raw syntax ----------------------------------------------------------- */

static void test_search_raw_syntax(void **state)
{
	static const char *const bad[] = { "coral AND (", "\"unbalanced", "coral NOT", "AND", "(((" };
	struct search_options raw = { .raw_syntax = 1 };
	for (size_t i = 0; i < NP(bad); i++) {
		struct collector c;
		char err[512] = "";
		int rc = run(state, bad[i], &raw, &c, NULL, err, sizeof err);
		if (rc != SEARCH_ESYNTAX)
			fail_msg("raw \"%s\": %d, want SEARCH_ESYNTAX", bad[i], rc);
		assert_true(strlen(err) > 0);
		assert_int_equal(c.calls, 0);
	}
	struct collector c;
	assert_int_equal(run_ok(state, "coral NOT reef", &raw, &c), 1);
	assert_string_equal(c.r[0].source, "corpus/nature/forests.md");
	collector_free(&c);
	assert_int_equal(run_ok(state, "section:reefs", &raw, &c), 2);
	collector_free(&c);
	assert_int_equal(run_ok(state, "NEAR(warm water, 0)", &raw, &c), 2);
	collector_free(&c);
}

/* ---- fallback and ranking ------------------------------------------------ */


static void test_search_fallback(void **state)
{
	struct collector c;
	struct search_info info;
	char err[512] = "";
	int n = run(state, "coral zebra", NULL, &c, &info, err, sizeof err);
	assert_int_equal(n, 3);
	assert_int_equal(info.fallback, 1);
	assert_non_null(info.expression);
	assert_non_null(info.words);
	for (int i = 0; i < c.n; i++) {
		assert_true(contains(c.r[i].text, "coral"));
		assert_true(c.r[i].has_words);
		assert_string_equal(c.r[i].missing, "zebra");
		assert_true(c.r[i].coverage > 0 && c.r[i].coverage < 1);
	}
	assert_scores_ordered(&c);
	assert_results_genuine(state, &c);
	collector_free(&c);
	search_info_free(&info);

	struct search_options strict = { .no_fallback = 1 };
	n = run(state, "coral zebra", &strict, &c, &info, err, sizeof err);
	assert_int_equal(n, 0);
	assert_int_equal(c.calls, 0);
	assert_int_equal(info.fallback, 0);
	search_info_free(&info);

	/* every word present: no fallback */
	n = run(state, "coral reef", NULL, &c, &info, err, sizeof err);
	assert_int_equal(n, 2);
	assert_int_equal(info.fallback, 0);
	collector_free(&c);
	search_info_free(&info);

	/* the passage with more of the words ranks first */
	n = run(state, "coral reef zebra", NULL, &c, &info, err, sizeof err);
	assert_int_equal(info.fallback, 1);
	assert_int_equal(n, 3);
	assert_string_equal(c.r[2].source, "corpus/nature/forests.md");
	collector_free(&c);
	search_info_free(&info);
}

/*
 * Re-ranking with no candidate at all (a fallback or a claim where no word
 * is in the index): nothing is reported, and under UBSan nothing is sorted
 * through a NULL array.
 */
static void test_search_rerank_nothing(void **state)
{
	struct collector c;
	struct search_info info;
	char err[256] = "";
	assert_int_equal(run(state, "zebra okapi", NULL, &c, &info, err, sizeof err), 0);
	assert_int_equal(c.calls, 0);
	search_info_free(&info);
	struct search_options claim = { .claim = 1 };
	assert_int_equal(run(state, "zebras eat okapi", &claim, &c, NULL, err, sizeof err), 0);
	assert_int_equal(c.calls, 0);
}

static void test_search_scores_ordered(void **state)
{
	static const char *const queries[] = {
		"water", "warm water", "trees OR sleep OR vaccines", "coral zebra", "the",
	};
	for (size_t i = 0; i < NP(queries); i++) {
		struct collector c;
		struct search_options o = { .limit = 40 };
		int n = run_ok(state, queries[i], &o, &c);
		if (n < 1)
			fail_msg("\"%s\": no results", queries[i]);
		assert_scores_ordered(&c);
		assert_results_genuine(state, &c);
		collector_free(&c);
	}
	/* words matched in the body are marked in the snippet */
	struct collector c;
	assert_int_equal(run_ok(state, "water", NULL, &c), 4);
	for (int k = 0; k < c.n; k++) {
		const char *on = strchr(c.r[k].snippet, SEARCH_MARK_ON);
		assert_non_null(on);
		assert_true(strncmp(on + 1, "water", 5) == 0 || strncmp(on + 1, "Water", 5) == 0);
		assert_int_equal(on[6], SEARCH_MARK_OFF);
	}
	collector_free(&c);
}

static void test_search_limit_default(void **state)
{
	struct collector c;
	/* every vaccines and sleep passage has its source word in the title */
	assert_int_equal(run_ok(state, "sleep OR vaccines", NULL, &c), 10);
	collector_free(&c);
	struct search_options o = { .limit = 100 };
	assert_int_equal(run_ok(state, "sleep OR vaccines", &o, &c), 16);
	collector_free(&c);
}

static void test_search_paging(void **state)
{
	static const char *const queries[] = { "water OR trees OR sleep", "coral zebra" };
	for (size_t q = 0; q < NP(queries); q++) {
		struct collector all, page;
		struct search_options o3 = { .limit = 3 };
		struct search_options o12 = { .limit = 2, .offset = 1 };
		assert_int_equal(run_ok(state, queries[q], &o3, &all), 3);
		assert_int_equal(run_ok(state, queries[q], &o12, &page), 2);
		for (int i = 0; i < 2; i++) {
			if (page.r[i].id != all.r[i + 1].id)
				fail_msg("\"%s\": offset 1 result %d is passage %lld, want %lld", queries[q],
				    i, (long long)page.r[i].id, (long long)all.r[i + 1].id);
			assert_true(page.r[i].score == all.r[i + 1].score);
		}
		collector_free(&all);
		collector_free(&page);
	}
	/* past the end */
	struct collector c;
	struct search_options far = { .limit = 5, .offset = 1000 };
	assert_int_equal(run_ok(state, "water", &far, &c), 0);
	collector_free(&c);
}

static void test_search_source_glob(void **state)
{
	static const struct {
		const char *glob, *query;
		int want;
		const char *prefix;	/* every result's source starts with this */
	} cases[] = {
		{ "*/oceans.md", "warm", 3, "corpus/nature/oceans.md" },
		{ "corpus/health/*", "antibodies", 3, "corpus/health/vaccines.txt" },
		{ "corpus/health/*", "coral", 0, "" },
		{ "corpus/nature/*", "coral", 3, "corpus/nature/" },
		{ "*/forests.md", "coral", 1, "corpus/nature/forests.md" },
		{ "*.md", "water OR sleep", 4, "corpus/nature/oceans.md" },
		{ "corpus/nature/oceans.MD", "warm", 0, "" },	/* GLOB is case-sensitive */
	};
	for (size_t i = 0; i < NP(cases); i++) {
		struct collector c;
		struct search_options o = { .source_glob = cases[i].glob, .limit = 50 };
		int n = run_ok(state, cases[i].query, &o, &c);
		if (n != cases[i].want)
			fail_msg("glob %s, \"%s\": %d results, want %d", cases[i].glob, cases[i].query,
			    n, cases[i].want);
		for (int k = 0; k < c.n; k++)
			assert_memory_equal(c.r[k].source, cases[i].prefix, strlen(cases[i].prefix));
		collector_free(&c);
	}
}

static void test_search_per_source(void **state)
{
	static const size_t limits[] = { 1, 2, 3 };
	for (size_t i = 0; i < NP(limits); i++) {
		struct collector c;
		struct search_options o = { .per_source = limits[i], .limit = 50 };
		int n = run_ok(state, "water OR trees OR sleep OR vaccines", &o, &c);
		assert_int_equal(n, (int)(4 * limits[i]));
		for (size_t k = 0; k < NSOURCES; k++) {
			size_t count = 0;
			for (int r = 0; r < c.n; r++)
				count += strcmp(c.r[r].source, corpus[k].path) == 0;
			assert_int_equal(count, limits[i]);
		}
		assert_scores_ordered(&c);
		collector_free(&c);
	}
	/* paging applies to the grouped list */
	struct collector all, page;
	struct search_options o3 = { .per_source = 1, .limit = 3 };
	struct search_options o12 = { .per_source = 1, .limit = 2, .offset = 1 };
	assert_int_equal(run_ok(state, "water OR trees OR sleep OR vaccines", &o3, &all), 3);
	assert_int_equal(run_ok(state, "water OR trees OR sleep OR vaccines", &o12, &page), 2);
	assert_int_equal(page.r[0].id, all.r[1].id);
	assert_int_equal(page.r[1].id, all.r[2].id);
	collector_free(&all);
	collector_free(&page);
}

/* ---- claims --------------------------------------------------------------- */

/* Is w one of the space-separated words of list? */
static int has_word(const char *list, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = list; (p = strstr(p, w)) != NULL; p++)
		if ((p == list || p[-1] == ' ') && (p[n] == 0 || p[n] == ' '))
			return 1;
	return 0;
}

static void test_search_claim(void **state)
{
	static const char *const content[] = { "coral", "reef", "damaged", "warm", "water" };
	static const char *const stop[] = { "the", "is", "by" };
	struct collector c;
	struct search_options o = { .claim = 1, .limit = 10 };
	int n = run_ok(state, "the coral reef is damaged by warm water", &o, &c);
	assert_true(n >= 2);
	assert_results_genuine(state, &c);
	assert_int_equal(c.bad_pointers, 0);
	for (int i = 0; i < c.n; i++) {
		const struct got *g = &c.r[i];
		assert_true(g->coverage >= 0 && g->coverage <= 1);
		assert_int_equal(g->nmatched + g->nmissing, NP(content));
		for (size_t w = 0; w < NP(content); w++)
			if (has_word(g->matched, content[w]) + has_word(g->missing, content[w]) != 1)
				fail_msg("result %d: \"%s\" in neither or both of [%s] / [%s]", i,
				    content[w], g->matched, g->missing);
		for (size_t w = 0; w < NP(stop); w++) {
			assert_false(has_word(g->matched, stop[w]));
			assert_false(has_word(g->missing, stop[w]));
		}
		for (int k = 0; k < i; k++)	/* claims: one row per source */
			assert_string_not_equal(g->source, c.r[k].source);
		/* the best sentence lies in the passage, its bytes where it says */
		assert_true(g->has_sentence);
		assert_true(g->sentence_len > 0);
		assert_true(g->sentence_off + g->sentence_len <= g->text_len);
		assert_memory_equal(g->text + g->sentence_off, g->sentence, g->sentence_len);
		assert_int_equal(g->sentence_byte_start, g->byte_start + (int64_t)g->sentence_off);
		assert_int_equal(g->sentence_byte_end, g->sentence_byte_start + (int64_t)g->sentence_len);
		assert_true(g->sentence_line >= g->line_start && g->sentence_line <= g->line_end);
	}
	assert_scores_ordered(&c);
	/* the reef passage wins, with its first sentence, and lacks only "damaged" */
	const struct got *top = &c.r[0];
	assert_string_equal(top->source, "corpus/nature/oceans.md");
	assert_string_equal(top->sentence, "Coral reefs grow in warm shallow water.");
	assert_int_equal(top->sentence_off, 0);
	assert_string_equal(top->missing, "damaged");
	assert_int_equal(top->nmatched, 4);
	assert_true(top->coverage > 0.5 && top->coverage < 1);
	for (int i = 1; i < c.n; i++)
		assert_true(c.r[i].coverage <= top->coverage);
	collector_free(&c);

	/* a sentence that is not the first: its offset is added to byte_start */
	n = run_ok(state, "bleaching occurs when it is too hot", &o, &c);
	assert_true(n >= 1);
	assert_string_equal(c.r[0].sentence, "Bleaching occurs when the water is too hot.");
	assert_true(c.r[0].sentence_off > 0);
	assert_int_equal(c.r[0].sentence_byte_start, c.r[0].byte_start + (int64_t)c.r[0].sentence_off);
	assert_true(c.r[0].coverage == 1);
	assert_string_equal(c.r[0].missing, "");
	collector_free(&c);
}

/*
 * A query leaves no synonym quieted behind it (search.c quiet_synonyms):
 * "warm"'s "-ment" noun is in no passage while the claim runs, so the
 * claim quiets it; a table that holds it afterwards must still match it.
 */
static void test_search_quiets_synonyms_for_one_query(void **state)
{
	struct fixture *f = *state;
	struct collector c;
	struct search_options o = { .claim = 1, .limit = 10 };
	sqlite3 *db = store_db(f->store);
	sqlite3_stmt *st;
	assert_true(run_ok(state, "the water is warm", &o, &c) >= 1);
	collector_free(&c);
	assert_int_equal(sqlite3_exec(db, "CREATE VIRTUAL TABLE temp.quiet USING"
	    " fts5(body, tokenize='snowball'); INSERT INTO temp.quiet VALUES('warmment')",
	    NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM temp.quiet"
	    " WHERE quiet MATCH 'warm'", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 1);
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_exec(db, "DROP TABLE temp.quiet", NULL, NULL, NULL), SQLITE_OK);
}

static void test_search_claim_only_stop_words(void **state)
{
	struct collector c;
	struct search_options o = { .claim = 1 };
	int n = run_ok(state, "the is", &o, &c);
	assert_true(n >= 1);
	for (int i = 0; i < c.n; i++)
		assert_true(c.r[i].coverage >= 0 && c.r[i].coverage <= 1);
	collector_free(&c);
}

/* ---- feedback -------------------------------------------------------------- */

static int phrases_in(const char *expr)
{
	int quotes = 0;
	for (; *expr; expr++)
		quotes += *expr == '"';
	return quotes / 2;
}

/* Whether text holds the lower-case word w, any case. */
static int holds_ci(const char *text, const char *w)
{
	size_t n = strlen(w);
	for (; *text; text++)
		if (strncasecmp(text, w, n) == 0)
			return 1;
	return 0;
}

static void test_search_claim_expansion(void **state)
{
	struct fixture *f = *state;
	struct collector c;
	struct search_tuning tu;
	struct search_info plain = { 0 }, expanded = { 0 };
	char err[256];
	const char *claim = "coral reefs bleach in hot water";

	search_tuning_default(&tu);
	tu.expand_terms = 0;
	struct search_options o = { .claim = 1, .tuning = &tu };
	assert_true(search_run(f->search, claim, &o, collect, memset(&c, 0, sizeof c),
	    &plain, err, sizeof err) > 0);
	collector_free(&c);
	/* feedback is on by default, but not in an index of fewer sources than it asks */
	search_tuning_default(&tu);
	assert_true(tu.expand_terms > 0 &&
	    tu.expand_sources_per_passage * tu.expand_passages > (int)NSOURCES);
	assert_true(search_run(f->search, claim, &o, collect, memset(&c, 0, sizeof c),
	    &expanded, err, sizeof err) > 0);
	assert_string_equal(expanded.expression, plain.expression);
	collector_free(&c);
	search_info_free(&expanded);
	tu.expand_terms = 3;
	tu.expand_passages = 2;
	tu.expand_sources_per_passage = 2;	/* four sources: as many as there are, on */
	assert_true(search_run(f->search, claim, &o, collect, memset(&c, 0, sizeof c),
	    &expanded, err, sizeof err) > 0);
	assert_scores_ordered(&c);
	/* the same claim words, then one to three words from the best passages */
	assert_string_equal(plain.words, expanded.words);
	size_t len = strlen(plain.expression);
	assert_memory_equal(expanded.expression, plain.expression, len);
	int added = phrases_in(expanded.expression) - phrases_in(plain.expression);
	if (added < 1 || added > 3)
		fail_msg("%d words added: %s", added, expanded.expression);
	/*
	 * the matched/missing lists still name only the claim's words (a word
	 * of the passage's section heading is neither: the sentence does not
	 * hold it, but it is not missing either)
	 */
	for (int i = 0; i < c.n; i++) {
		assert_true(c.r[i].nmatched + c.r[i].nmissing <= 5);
		char both[512], *save = NULL;
		snprintf(both, sizeof both, "%s %s", c.r[i].matched, c.r[i].missing);
		for (char *w = strtok_r(both, " ", &save); w; w = strtok_r(NULL, " ", &save))
			if (strstr(claim, w) == NULL)
				fail_msg("%s is not a claim word", w);
		size_t heading = 0;
		for (const char *const *cw = (const char *const[]){ "coral", "reefs", "bleach",
		    "hot", "water", NULL }; *cw; cw++)
			heading += c.r[i].section && holds_ci(c.r[i].section, *cw) &&
			    !strstr(c.r[i].matched, *cw);
		assert_int_equal(c.r[i].nmatched + c.r[i].nmissing + heading >= 5, 1);
	}
	collector_free(&c);
	search_info_free(&plain);
	search_info_free(&expanded);
	/* a weight of 0 adds nothing */
	tu.expand_weight = 0;
	assert_true(search_run(f->search, claim, &o, collect, memset(&c, 0, sizeof c),
	    &expanded, err, sizeof err) > 0);
	assert_int_equal(phrases_in(expanded.expression), 5);
	collector_free(&c);
	search_info_free(&expanded);
}

/* ---- stored document frequencies ---------------------------------------- */

/* Every query of the list, its results as one text: ids, scores, explain. */
static char *results_text(void **state, const char *const *queries, size_t n)
{
	struct buf out = { 0 };
	for (size_t i = 0; i < n; i++) {
		for (int claim = 0; claim < 2; claim++) {
			struct collector c;
			struct search_options o = { .claim = claim, .explain = 1 };
			run_ok(state, queries[i], &o, &c);
			for (int k = 0; k < c.n; k++)
				buf_printf(&out, "%d %lld %.9g %s\n", claim, (long long)c.r[k].id,
				    c.r[k].score, c.r[k].explain);
			collector_free(&c);
		}
	}
	assert_false(out.oom);
	return out.data;
}

static void reopen_search(struct fixture *f)
{
	char err[256];
	search_close(f->search);
	f->search = NULL;
	if (search_open(store_db(f->store), &f->search, err, sizeof err) != 0)
		fail_msg("search_open: %s", err);
}

/* Run sql on a writable connection of its own (the fixture's is read-only). */
static void exec_ok(struct fixture *f, const char *sql)
{
	sqlite3 *rw = NULL;
	char *msg = NULL;
	if (sqlite3_open_v2(f->path, &rw, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
	    sqlite3_exec(rw, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg ? msg : sqlite3_errmsg(rw));
	sqlite3_close(rw);
}

/* term_df filled with what fts5vocab counts (the search's own vocabulary table). */
static void store_counted_document_frequencies(struct fixture *f)
{
	struct buf sql = { 0 };
	sqlite3_stmt *st;
	buf_puts(&sql, "CREATE TABLE main.term_df(term TEXT PRIMARY KEY, df INTEGER NOT NULL)"
	    " WITHOUT ROWID;");
	assert_int_equal(sqlite3_prepare_v2(store_db(f->store),
	    "SELECT quote(term), doc FROM temp.search_vocab", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW)
		buf_printf(&sql, "INSERT INTO main.term_df VALUES(%s, %lld);",
		    (const char *)sqlite3_column_text(st, 0), (long long)sqlite3_column_int64(st, 1));
	sqlite3_finalize(st);
	assert_false(sql.oom);
	exec_ok(f, sql.data);
	buf_free(&sql);
}

/*
 * term_df (store.h) stands in for counting rows: the same results when it
 * holds what fts5vocab counts, for words, prefixes and a claim's widened
 * word, whether it holds every term or only the common ones; and it is
 * what is read (a false value in it changes the idf shown).
 */
static void test_search_stored_document_frequencies(void **state)
{
	static const char *const queries[] = {
		"warm water coral", "sleep OR trees", "immun* antibodies", "the moon",
		"Mycorrhizae connect xylophones", "Vaccines protect children from measles",
		"co* xylophone", "sn* tides",
	};
	struct fixture *f = *state;

	exec_ok(f, "DROP TABLE IF EXISTS main.term_df");
	reopen_search(f);
	char *counted = results_text(state, queries, NP(queries));

	store_counted_document_frequencies(f);
	reopen_search(f);
	char *stored = results_text(state, queries, NP(queries));
	assert_string_equal(stored, counted);
	free(stored);

	/* only the terms in at least 3 rows: the rest are counted */
	exec_ok(f, "DELETE FROM main.term_df WHERE df < 3");
	reopen_search(f);
	stored = results_text(state, queries, NP(queries));
	assert_string_equal(stored, counted);
	free(stored);

	/* a false df for "coral" is believed: its idf falls */
	exec_ok(f, "INSERT OR REPLACE INTO main.term_df VALUES('coral', 1000000)");
	reopen_search(f);
	stored = results_text(state, queries, NP(queries));
	assert_string_not_equal(stored, counted);
	free(stored);

	exec_ok(f, "DROP TABLE main.term_df");
	reopen_search(f);
	free(counted);
}

/* Counting rows is set up on first need; when it cannot be, the search fails. */
static void test_search_vocabulary_unreadable(void **state)
{
	struct fixture *f = *state;
	struct collector c;
	char err[256] = "";
	sqlite3 *db = store_db(f->store);
	/* a table of that name that is no fts5vocab: the counting statements fail */
	assert_int_equal(sqlite3_exec(db, "DROP TABLE IF EXISTS temp.search_vocab;"
	    "CREATE TABLE temp.search_vocab(x)", NULL, NULL, NULL), SQLITE_OK);
	reopen_search(f);
	assert_int_equal(run(state, "lobster", NULL, &c, NULL, err, sizeof err), 0);
	collector_free(&c);	/* one word with no synonym needs no count ("octopus" has "octopi") */
	assert_true(run(state, "coral reef", NULL, &c, NULL, err, sizeof err) < 0);
	assert_non_null(strstr(err, "cannot read the index vocabulary"));
	assert_int_equal(c.n, 0);
	collector_free(&c);
	assert_int_equal(sqlite3_exec(db, "DROP TABLE temp.search_vocab", NULL, NULL, NULL),
	    SQLITE_OK);
	reopen_search(f);
	assert_int_equal(run_ok(state, "coral reef", NULL, &c), 2);
	collector_free(&c);
}

/* ---- explain and stopping ---------------------------------------------------- */

static void test_search_explain(void **state)
{
	struct collector c;
	struct search_options o = { .explain = 1 };
	assert_int_equal(run_ok(state, "coral reef", &o, &c), 2);
	for (int i = 0; i < c.n; i++) {
		assert_non_null(c.r[i].explain);
		assert_non_null(strstr(c.r[i].explain, "idf"));
		assert_non_null(strstr(c.r[i].explain, "coral"));
	}
	collector_free(&c);
	struct search_options plain = { 0 };
	assert_int_equal(run_ok(state, "coral reef", &plain, &c), 2);
	assert_null(c.r[0].explain);
	collector_free(&c);
}

static void test_search_info(void **state)
{
	struct collector c;
	struct search_info info;
	char err[256] = "";
	assert_int_equal(run(state, "coral -fungi", NULL, &c, &info, err, sizeof err), 2);
	assert_non_null(info.expression);
	assert_non_null(strstr(info.expression, "NOT"));
	assert_non_null(info.words);
	assert_string_equal(info.words, "coral");
	assert_int_equal(info.fallback, 0);
	collector_free(&c);
	search_info_free(&info);
	assert_null(info.expression);
	assert_null(info.words);
	search_info_free(NULL);
}

static void test_search_callback_stops(void **state)
{
	static const int values[] = { 1, 7, 1000 };
	for (size_t i = 0; i < NP(values); i++) {
		struct fixture *f = *state;
		struct collector c = { .stop_at = 2, .stop_value = values[i] };
		struct search_options o = { .limit = 10 };
		char err[256] = "";
		int rc = search_run(f->search, "water OR trees", &o, collect, &c, NULL, err, sizeof err);
		assert_int_equal(rc, SEARCH_ESTOPPED);
		assert_int_equal(c.calls, 2);
		collector_free(&c);
	}
	/* the same in claim mode */
	struct fixture *f = *state;
	struct collector c = { .stop_at = 1, .stop_value = 3 };
	struct search_options o = { .claim = 1 };
	char err[256] = "";
	assert_int_equal(search_run(f->search, "warm water trees", &o, collect, &c, NULL, err,
	    sizeof err), SEARCH_ESTOPPED);
	assert_int_equal(c.calls, 1);
	collector_free(&c);
}

/*
 * A stopping callback gives SEARCH_ESTOPPED whatever its value, so it can
 * never be mistaken for a count or another error code.
 */
static void test_search_callback_negative_stop(void **state)
{
	static const int values[] = { -1, -2, -98, -102 };
	for (size_t i = 0; i < NP(values); i++) {
		struct fixture *f = *state;
		struct collector c = { .stop_at = 1, .stop_value = values[i] };
		struct search_options o = { .limit = 10 };
		char err[256] = "";
		int rc = search_run(f->search, "water", &o, collect, &c, NULL, err, sizeof err);
		assert_int_equal(c.calls, 1);
		collector_free(&c);
		if (rc != SEARCH_ESTOPPED)
			fail_msg("callback stopped with %d: search_run returned %d, want SEARCH_ESTOPPED",
			    values[i], rc);
	}
}

/*
 * A claim word that is nowhere in the index is never widened into another
 * word ("Mycorrhizae" does not become "mycorrh*", which would match
 * "Mycorrhizal"): it is reported as unknown, in every row and in the
 * info, and it stays missing.
 */
static void test_search_claim_unknown_words_stay_unknown(void **state)
{
	struct collector c;
	struct search_options o = { .claim = 1 };
	struct search_info info;
	char err[256] = "";
	struct fixture *f = *state;
	memset(&c, 0, sizeof c);
	int n = search_run(f->search, "Mycorrhizae link tree roots", &o, collect, &c, &info,
	    err, sizeof err);
	assert_true(n >= 1);
	assert_null(strstr(info.expression, "*"));
	assert_int_equal(info.nunknown, 1);
	assert_string_equal(info.unknown[0], "Mycorrhizae");
	for (int i = 0; i < c.n; i++) {
		assert_string_equal(c.r[i].unknown, "Mycorrhizae");
		assert_false(has_word(c.r[i].matched, "Mycorrhizae"));
		assert_true(has_word(c.r[i].missing, "Mycorrhizae"));
	}
	search_info_free(&info);
	collector_free(&c);
}

/*
 * Verdicts: a claim a source states is supported; one whose number the
 * source contradicts is not, and says where; one on a topic no source
 * covers is unsupported, also with no row at all; every row carries the
 * claim's verdict.
 */
static void test_search_claim_verdicts(void **state)
{
	static const struct {
		const char *claim;
		enum verdict verdict;
		const char *conflict;	/* of the top row, or NULL */
	} cases[] = {
		{ "Coral reefs grow in warm shallow water.", VERDICT_SUPPORTED, NULL },
		{ "Caffeine blocks adenosine receptors and delays sleep.", VERDICT_SUPPORTED, NULL },
		{ "Adults need three to four hours of sleep each night.", VERDICT_UNSUPPORTED,
		  "number three to four hours|seven to nine hours" },
		{ "Caffeine activates adenosine receptors.", VERDICT_UNSUPPORTED,
		  "antonym activates|blocks" },
		{ "Quantum computers factor large primes.", VERDICT_UNSUPPORTED, NULL },
		/* an absolute the source does not say overreaches; a negated one does not */
		{ "The measles vaccine is always highly effective.", VERDICT_PARTIAL, NULL },
		{ "The measles vaccine is not always effective, but highly effective.",
		  VERDICT_SUPPORTED, NULL },
		/* "only" claims no other case: the source must say it too */
		{ "Two doses protect about 97 percent of children.", VERDICT_SUPPORTED, NULL },
		{ "Only two doses protect about 97 percent of children.", VERDICT_PARTIAL, NULL },
		/* "exceeding" is a direction the source must say ("shorter than" does not) */
		{ "Naps exceeding thirty minutes improve alertness.", VERDICT_PARTIAL, NULL },
		/* "weakens" and "slows" are directions too; "delays" says "slows" */
		{ "Caffeine weakens adenosine receptors.", VERDICT_PARTIAL, NULL },
		{ "Caffeine blocks adenosine receptors and slows sleep.", VERDICT_SUPPORTED, NULL },
		/* "improve" says the direction of "strengthen" */
		{ "Naps shorter than thirty minutes strengthen alertness.", VERDICT_SUPPORTED, NULL },
		/*
		 * a capitalized word no passage holds names a thing no source
		 * speaks of; the same word opening the sentence may be any word
		 */
		{ "Caffeine blocks adenosine receptors and Zorvatine slows sleep.", VERDICT_PARTIAL,
		  NULL },
		{ "Zorvatine: caffeine blocks adenosine receptors and slows sleep.", VERDICT_SUPPORTED,
		  NULL },
		/*
		 * what an approval is for is a detail the sentence must say
		 * ("approved for snoring"); the same words without "for" are not
		 */
		{ "Cognitive behavioural therapy is the first treatment prescribed for snoring.",
		  VERDICT_PARTIAL, NULL },
		{ "Cognitive behavioural therapy is the first treatment, prescribed to snoring adults.",
		  VERDICT_SUPPORTED, NULL },
		/*
		 * what a claim says its subject is must be said as that noun
		 * ("interrupts" shares the stem of "an interruption", it does not
		 * say the subject is one)
		 */
		{ "Sleep apnea is an interruption.", VERDICT_PARTIAL, NULL },
		{ "Snoring is a sign.", VERDICT_SUPPORTED, NULL },
		/* "each" says what "every" says */
		{ "Adults need seven to nine hours of sleep every night.", VERDICT_SUPPORTED, NULL },
		/* "rises" says the direction of "higher"; "at all" is no absolute */
		{ "Melatonin gets higher in the evening as light fades.", VERDICT_SUPPORTED, NULL },
		{ "Autism is not caused by vaccines at all.", VERDICT_SUPPORTED, NULL },
		/* "must" is stated by "need"; a source that says no necessity does not state it */
		{ "Some vaccines must be kept in freezers at minus 70 degrees.", VERDICT_SUPPORTED,
		  NULL },
		{ "Vaccines must be kept in cold chain storage to stay potent.", VERDICT_PARTIAL,
		  NULL },
		/* a comparison is stated only with what it compares with */
		{ "The measles vaccine is more effective than the flu vaccine.", VERDICT_PARTIAL,
		  NULL },
		{ "Naps shorter than thirty minutes improve alertness.", VERDICT_SUPPORTED, NULL },
		/* an absolute in a negated clause is not said ("may not restore ... completely") */
		{ "Booster doses are completely safe.", VERDICT_PARTIAL, NULL },
		{ "Booster doses are safe.", VERDICT_SUPPORTED, NULL },
		/* "not only" says no "only" */
		{ "Snags shelter only woodpeckers.", VERDICT_PARTIAL, NULL },
		{ "Snags shelter woodpeckers.", VERDICT_SUPPORTED, NULL },
		/*
		 * a denial is said only by a sentence that denies something
		 * ("does not thrive" is no paraphrase of "grow"), and "not only"
		 * or "is not limited to" deny nothing
		 */
		{ "Coral reefs do not thrive in warm shallow water.", VERDICT_PARTIAL, NULL },
		{ "Coral reefs are too fragile to grow in warm shallow water.", VERDICT_PARTIAL,
		  NULL },
		{ "Caffeine has little effect on adenosine receptors and sleep.", VERDICT_PARTIAL,
		  NULL },
		{ "Caffeine blocks adenosine receptors without any effect on sleep.", VERDICT_PARTIAL,
		  NULL },
		{ "Herd immunity protects people who can't be vaccinated.", VERDICT_SUPPORTED,
		  NULL },
		{ "Snags are not just woodpecker shelters: they support many other species.",
		  VERDICT_SUPPORTED, NULL },
		/* "only" before a hedge claims less, not all */
		{ "Immunity fades only slowly after the primary series.", VERDICT_SUPPORTED, NULL },
		{ "Side effects of vaccination are only mild.", VERDICT_SUPPORTED, NULL },
		/*
		 * a sentence about one clause only: its conflicts in that clause
		 * count ("ninety minutes"), however little of the rest it says
		 */
		{ "Vaccines train the immune system to recognise a pathogen and mRNA vaccines "
		  "deliver instructions for making a viral protein, while antibodies remain in "
		  "the blood for days.", VERDICT_UNSUPPORTED, "number days|years" },
		{ "Vaccines train the immune system to recognise a pathogen and mRNA vaccines "
		  "deliver instructions for making a viral protein, while antibodies remain in "
		  "the blood for years.", VERDICT_PARTIAL, NULL },	/* two passages: partly each */
		{ "Wildfire is a natural part of many forest ecosystems and old-growth forests "
		  "store vast amounts of carbon, while some pine cones open only before fire.",
		  VERDICT_UNSUPPORTED, "antonym before|after" },
	};
	for (size_t k = 0; k < NP(cases); k++) {
		struct collector c;
		struct search_options o = { .claim = 1 };
		struct search_info info;
		char err[256] = "";
		struct fixture *f = *state;
		memset(&c, 0, sizeof c);
		int n = search_run(f->search, cases[k].claim, &o, collect, &c, &info, err, sizeof err);
		assert_true(n >= 0);
		if (info.verdict != cases[k].verdict)
			fail_msg("\"%s\": verdict %s, expected %s", cases[k].claim,
			    verdict_name(info.verdict), verdict_name(cases[k].verdict));
		for (int i = 0; i < c.n; i++)
			assert_int_equal(c.r[i].verdict, info.verdict);
		if (cases[k].conflict) {
			assert_true(n >= 1);
			assert_non_null(c.r[0].conflict);
			assert_string_equal(c.r[0].conflict, cases[k].conflict);
			assert_int_equal(c.r[0].support, VERDICT_UNSUPPORTED);
		} else if (n >= 1 && c.r[0].conflict != NULL) {
			fail_msg("\"%s\": conflict %s", cases[k].claim, c.r[0].conflict);
		}
		search_info_free(&info);
		collector_free(&c);
	}
}

/*
 * A preposition or relative that no passage holds ("throughout", "whose")
 * weighs nothing in a verdict, nor does a light verb in any form
 * ("became", "becoming"): absent from the index and from WordNet's
 * tagged corpus, it would otherwise weigh as much as the rarest name.
 */
static void test_search_claim_function_words_weigh_nothing(void **state)
{
	struct collector c;
	struct search_options o = { .claim = 1, .explain = 1 };
	struct search_info info;
	char err[256] = "";
	struct fixture *f = *state;
	memset(&c, 0, sizeof c);
	int n = search_run(f->search,
	    "In addition, trees share sugars throughout fungi whose network became links to roots, "
	    "becoming one.",
	    &o, collect, &c, &info, err, sizeof err);
	assert_true(n >= 1);
	assert_non_null(info.weights);
	if (strstr(info.weights, "whose 0.00") == NULL || strstr(info.weights, "became 0.00") == NULL ||
	    strstr(info.weights, "throughout 0.00") == NULL ||
	    strstr(info.weights, "becoming 0.00") == NULL ||
	    strstr(info.weights, "addition 0.00") == NULL ||
	    strstr(info.weights, "sugars 0.00") != NULL)
		fail_msg("weights: %s", info.weights);
	search_info_free(&info);
	collector_free(&c);
	/*
	 * "a number of" is a quantifier, "the number of" names a number;
	 * "out of reach" is an idiom, "reach out" is no paraphrase of it
	 */
	static const struct {
		const char *claim, *weightless_word;
		int weightless;
	} quantity[] = {
		{ "A number of trees share sugars.", "number 0.00", 1 },
		{ "The number of trees sharing sugars varies.", "number 0.00", 0 },
		{ "Sugars are out of reach for trees.", "reach 0.00", 1 },
		{ "Tree roots reach out to fungi.", "reach 0.00", 0 },
	};
	for (size_t k = 0; k < NP(quantity); k++) {
		memset(&c, 0, sizeof c);
		n = search_run(f->search, quantity[k].claim, &o, collect, &c, &info, err, sizeof err);
		assert_true(n >= 0);
		assert_non_null(info.weights);
		if ((strstr(info.weights, quantity[k].weightless_word) != NULL) !=
		    quantity[k].weightless)
			fail_msg("\"%s\": weights: %s", quantity[k].claim, info.weights);
		search_info_free(&info);
		collector_free(&c);
	}
}

/* A copy keeps every field of a result past its callback. */
struct copying {
	struct collector c;
	struct search_result *copy[MAX_RESULTS];
	char *as[MAX_RESULTS];	/* the row's matched_as when it was reported, "w=as ..." */
};

static char *join_kin_matches(const struct search_result *r)
{
	struct buf b = { 0 };
	buf_puts(&b, "");
	for (size_t i = 0; r->matched_as && i < r->nmatched; i++)
		if (r->matched_as[i])
			buf_printf(&b, "%s=%s ", r->matched[i], r->matched_as[i]);
	return b.data;
}

static int copy_result(void *ctx, const struct search_result *r)
{
	struct copying *k = ctx;
	if (k->c.n < MAX_RESULTS) {
		assert_non_null(k->copy[k->c.n] = search_result_copy(r));
		assert_non_null(k->as[k->c.n] = join_kin_matches(r));
	}
	return collect(&k->c, r);
}

static void test_search_result_copy(void **state)
{
	struct fixture *f = *state;
	struct search_options o = { .claim = 1, .explain = 1 };
	struct copying k;
	char err[256] = "";
	memset(&k, 0, sizeof k);
	int n = search_run(f->search, "Caffeine activates adenosine receptors.", &o, copy_result, &k,
	    NULL, err, sizeof err);
	assert_true(n >= 1);
	/* and a claim whose word is met by its kin: "growth" by "grow" */
	int n2 = search_run(f->search, "Coral reef growth needs warm shallow water.", &o,
	    copy_result, &k, NULL, err, sizeof err);
	assert_true(n2 >= 1);
	assert_string_equal(k.as[n], "growth=grow ");
	/* and one met by a phrase's word: "shuts down" by "blocks" */
	int n3 = search_run(f->search, "Caffeine shuts down adenosine receptors.", &o,
	    copy_result, &k, NULL, err, sizeof err);
	assert_true(n3 >= 1);
	assert_string_equal(k.as[n + n2], "shuts=blocks ");
	for (int i = 0; i < k.c.n; i++) {
		const struct search_result *c = k.copy[i];
		const struct got *g = &k.c.r[i];
		assert_string_equal(c->source, g->source);
		assert_string_equal(c->title, g->title);
		assert_string_equal(c->snippet, g->snippet);
		assert_string_equal(c->explain, g->explain);
		assert_int_equal(c->text_len, g->text_len);
		assert_memory_equal(c->text, g->text, g->text_len);
		assert_true(c->has_sentence);
		assert_true(c->sentence >= c->text && c->sentence + c->sentence_len <= c->text + c->text_len);
		assert_memory_equal(c->sentence, g->sentence, g->sentence_len);
		char *m = join_words(c->matched, c->nmatched), *x = join_words(c->missing, c->nmissing);
		assert_string_equal(m, g->matched);
		assert_string_equal(x, g->missing);
		free(m);
		free(x);
		char *as = join_kin_matches(c);
		assert_string_equal(as, k.as[i]);
		free(as);
		free(k.as[i]);
		assert_int_equal(c->verdict, g->verdict);
		assert_int_equal(c->nconflicts, g->nconflicts);
		if (g->conflict) {
			struct buf b = { 0 };
			buf_printf(&b, "%s %s|%s", c->conflicts[0].kind, c->conflicts[0].claim_words,
			    c->conflicts[0].source_words);
			assert_string_equal(b.data, g->conflict);
			buf_free(&b);
		}
		search_result_free(k.copy[i]);
	}
	search_result_free(NULL);
	collector_free(&k.c);
}

/*
 * A query reads one snapshot of the index.  Another connection deletes
 * every passage while the first result is being reported; the others are
 * still reported (without one read transaction, loading the next result
 * finds its row gone).  The run leaves no transaction open, and keeps a
 * caller's own.
 */
struct deleting_collector {
	struct collector c;
	const char *path;
	int deleted;	/* 1 once done, -1 if the deletion failed */
};

static int delete_on_first(void *ctx, const struct search_result *r)
{
	struct deleting_collector *d = ctx;
	if (d->deleted == 0) {
		sqlite3 *w = NULL;
		d->deleted = sqlite3_open(d->path, &w) == SQLITE_OK &&
		    sqlite3_exec(w, "DELETE FROM passage_rows", NULL, NULL, NULL) == SQLITE_OK ? 1 : -1;
		sqlite3_close(w);
	}
	return collect(&d->c, r);
}

static void test_search_reads_one_snapshot(void **state)
{
	(void)state;
	struct fixture *f = fixture_new(corpus, NSOURCES);
	assert_non_null(f);
	sqlite3 *db = store_db(f->store);
	struct search_options o = { .limit = 40 };
	struct deleting_collector d = { .path = f->path };
	char err[512] = "";

	assert_int_equal(sqlite3_exec(db, "BEGIN", NULL, NULL, NULL), SQLITE_OK);
	int before = search_run(f->search, "water", &o, collect, &d.c, NULL, err, sizeof err);
	assert_true(before >= 3);
	assert_int_equal(sqlite3_get_autocommit(db), 0);	/* the caller's, kept */
	assert_int_equal(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
	collector_free(&d.c);

	int n = search_run(f->search, "water", &o, delete_on_first, &d, NULL, err, sizeof err);
	if (n < 0)
		fail_msg("search_run: %s", err);
	assert_int_equal(d.deleted, 1);
	assert_int_equal(n, before);
	assert_int_equal(d.c.n, before);
	assert_int_equal(sqlite3_get_autocommit(db), 1);
	collector_free(&d.c);
	/* the next query sees the deletion */
	struct collector c;
	memset(&c, 0, sizeof c);
	n = search_run(f->search, "water", &o, collect, &c, NULL, err, sizeof err);
	assert_true(n <= 0);
	collector_free(&c);
	assert_int_equal(fixture_free(f), 0);
}

/*
 * The counts a query looked up are not those of the next query's
 * snapshot: claim words in the index are known; once another connection
 * removed the only source that has them, the same claim finds them
 * unknown (counts are remembered within a query only: index_stats_forget).
 */
static void test_search_counts_follow_the_index(void **state)
{
	(void)state;
	struct fixture *f = fixture_new(corpus, NSOURCES);
	assert_non_null(f);
	struct search_options o = { .claim = 1 };
	struct search_info info;
	char err[512] = "";
	struct collector c;
	memset(&c, 0, sizeof c);
	int n = search_run(f->search, "Measles vaccines protect children", &o, collect, &c, &info,
	    err, sizeof err);
	if (n < 0)
		fail_msg("search_run: %s", err);
	assert_int_equal(info.nunknown, 0);
	search_info_free(&info);
	collector_free(&c);

	struct store *w;
	struct store_source found;
	if (store_open(f->path, STORE_WRITE, &w, err, sizeof err) != 0 ||
	    store_begin(w, 0, err, sizeof err) != 0 ||
	    store_source_find(w, corpus[0].path, &found, err, sizeof err) != 0 || found.id == 0 ||
	    store_source_remove(w, found.id, err, sizeof err) != 0 ||
	    store_commit(w, err, sizeof err) != 0)
		fail_msg("removing %s: %s", corpus[0].path, err);
	store_close(w);
	n = search_run(f->search, "Measles vaccines protect children", &o, collect, &c, &info,
	    err, sizeof err);
	if (n < 0)
		fail_msg("search_run: %s", err);
	assert_true(info.nunknown >= 2);	/* only the vaccines source said them */
	assert_string_equal(info.unknown[0], "Measles");
	assert_string_equal(info.unknown[1], "vaccines");
	search_info_free(&info);
	collector_free(&c);
	assert_int_equal(fixture_free(f), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_search_and_semantics),
		cmocka_unit_test(test_search_reads_one_snapshot),
		cmocka_unit_test(test_search_counts_follow_the_index),
		cmocka_unit_test(test_search_claim_unknown_words_stay_unknown),
		cmocka_unit_test(test_search_claim_verdicts),
		cmocka_unit_test(test_search_claim_function_words_weigh_nothing),
		cmocka_unit_test(test_search_result_copy),
		cmocka_unit_test(test_search_phrase),
		cmocka_unit_test(test_search_or),
		cmocka_unit_test(test_search_not),
		cmocka_unit_test(test_search_prefix),
		cmocka_unit_test(test_search_prefix_snippets),
		cmocka_unit_test(test_search_rerank_nothing),
		cmocka_unit_test(test_search_punctuation_never_errors),
		cmocka_unit_test(test_search_empty_query),
		cmocka_unit_test(test_search_nothing_searchable),
		cmocka_unit_test(test_search_raw_syntax),
		cmocka_unit_test(test_search_fallback),
		cmocka_unit_test(test_search_scores_ordered),
		cmocka_unit_test(test_search_limit_default),
		cmocka_unit_test(test_search_paging),
		cmocka_unit_test(test_search_source_glob),
		cmocka_unit_test(test_search_per_source),
		cmocka_unit_test(test_search_claim),
		cmocka_unit_test(test_search_quiets_synonyms_for_one_query),
		cmocka_unit_test(test_search_claim_only_stop_words),
		cmocka_unit_test(test_search_claim_expansion),
		cmocka_unit_test(test_search_stored_document_frequencies),
		cmocka_unit_test(test_search_vocabulary_unreadable),
		cmocka_unit_test(test_search_explain),
		cmocka_unit_test(test_search_info),
		cmocka_unit_test(test_search_callback_stops),
		cmocka_unit_test(test_search_callback_negative_stop),
	};
	return cmocka_run_group_tests_name("search", tests, group_setup, group_teardown);
}
