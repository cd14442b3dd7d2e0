/*
 * test_tokenizer.c: unit tests of the snowball FTS5 tokenizer.
 *
 * Table-driven: each case lists the terms a text must produce with the
 * exact bytes of the input each term covers.  Then the same tokenizer is
 * used through FTS5 tables (matching, prefix queries, highlighting), on
 * invalid UTF-8, from two threads at once, and against Snowball's own
 * English vocabulary when ../shared/eval/snowball is present.  Recorded
 * tokens (tokenizer_capture) replayed to FTS5 must equal fresh ones, raw
 * forms and offsets included, any text that was not recorded must be
 * tokenized as usual, and tokenizer_each_term must walk the very terms
 * FTS5 gets.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <libstemmer.h>

#include "tokenizer.h"

#include "tokfixture.h"

#define T(test) cmocka_unit_test_setup_teardown(test, tok_setup, tok_teardown)

/* Collects "term|surface" strings, raw forms shown as "~raw". */
struct collected {
	const char *text;
	size_t text_len;
	char out[64][96];
	int n;
	int bad_offsets;
};

static int collect(void *ctx, const char *term, size_t term_len, size_t start,
    size_t end, int colocated)
{
	struct collected *c = ctx;
	if (start > end || end > c->text_len) {
		c->bad_offsets++;
		return 0;
	}
	if (c->n >= 64)
		return 0;
	const char *shown = term;
	int shown_len = (int)term_len;
	if (term_len > 0 && term[0] == TOKENIZER_RAW_MARK) {
		shown++;
		shown_len--;
	}
	snprintf(c->out[c->n++], sizeof c->out[0], "%s%.*s|%.*s",
	    colocated ? (term[0] == TOKENIZER_RAW_MARK ? "~" : "+") : "",
	    shown_len, shown, (int)(end - start), c->text + start);
	return 0;
}

static void run(struct tok_fixture *f, enum tokenizer_mode mode, const char *text,
    struct collected *c)
{
	memset(c, 0, sizeof *c);
	c->text = text;
	c->text_len = strlen(text);
	assert_int_equal(tokenizer_run(f->tok, mode, text, c->text_len, collect, c), 0);
	assert_int_equal(c->bad_offsets, 0);
}

/* NULL-terminated list of expected "term|surface" entries. */
struct token_case {
	const char *text;
	const char *expect[12];
};

static void check_cases(struct tok_fixture *f, enum tokenizer_mode mode,
    const struct token_case *cases, size_t ncases)
{
	for (size_t i = 0; i < ncases; i++) {
		struct collected c;
		int n = 0;
		run(f, mode, cases[i].text, &c);
		while (cases[i].expect[n])
			n++;
		for (int k = 0; k < n && k < c.n; k++) {
			if (strcmp(c.out[k], cases[i].expect[k]) != 0)
				fail_msg("case %zu (\"%s\") token %d: got \"%s\", want \"%s\"",
				    i, cases[i].text, k, c.out[k], cases[i].expect[k]);
		}
		if (c.n != n)
			fail_msg("case %zu (\"%s\"): %d tokens, want %d", i,
			    cases[i].text, c.n, n);
	}
}

static void test_tokenizer_document_terms(void **state)
{
	static const struct token_case cases[] = {
		{ "Running dogs", { "run|Running", "~running|Running", "dog|dogs", "~dogs|dogs" } },
		{ "the cat", { "the|the", "cat|cat" } },
		/* curly, straight, modifier and fullwidth apostrophes; possessive goes */
		{ "ketamine\xE2\x80\x99s", { "ketamin|ketamine\xE2\x80\x99s", "~ketamine|ketamine\xE2\x80\x99s" } },
		{ "ketamine's", { "ketamin|ketamine's", "~ketamine|ketamine's" } },
		{ "ketamine\xCA\xBCs", { "ketamin|ketamine\xCA\xBCs", "~ketamine|ketamine\xCA\xBCs" } },
		{ "ketamine\xEF\xBC\x87s", { "ketamin|ketamine\xEF\xBC\x87s", "~ketamine|ketamine\xEF\xBC\x87s" } },
		{ "don\xE2\x80\x99t go", { "don't|don\xE2\x80\x99t", "go|go" } },
		/* quotes at the edges are not part of the word, offsets skip them */
		{ "\xE2\x80\x98quoted\xE2\x80\x99 'word'", { "quot|quoted", "~quoted|quoted", "word|word" } },
		{ "'''", { NULL } },
		/* diacritics and case fold */
		{ "Caf\xC3\xA9 na\xC3\xAFve", { "cafe|Caf\xC3\xA9", "naiv|na\xC3\xAFve", "~naive|na\xC3\xAFve" } },
		/* hyphenated words index as their parts */
		{ "post-traumatic", { "post|post", "traumat|traumatic", "~traumatic|traumatic" } },
		{ "N-methyl-D-aspartate", { "n|N", "methyl|methyl", "d|D", "aspart|aspartate", "~aspartate|aspartate" } },
		{ "3.50 413-423-0733", { "3|3", "50|50", "413|413", "423|423", "0733|0733" } },
		{ "  \t\n", { NULL } },
		{ "\xF0\x9F\x98\x80 emoji", { "emoji|emoji" } },
	};
	check_cases(*state, TOKENIZER_DOCUMENT, cases, sizeof cases / sizeof *cases);
}

static void test_tokenizer_query_terms(void **state)
{
	static const struct token_case cases[] = {
		/* queries match stems only: no raw forms */
		{ "Running dogs", { "run|Running", "dog|dogs" } },
		/* a short verb also matches its -ment noun */
		{ "treat", { "treat|treat", "+treatment|treat" } },
		{ "treatment", { "treatment|treatment" } },
		{ "develop", { "develop|develop" } },
		/* a word also matches its other spelling's stem (spelling.h) */
		{ "tumour", { "tumour|tumour", "+tumor|tumour" } },
		{ "Tumors", { "tumor|Tumors", "+tumour|Tumors" } },
		{ "programme", { "programm|programme", "+program|programme" } },
		{ "haemoglobin", { "haemoglobin|haemoglobin", "+hemoglobin|haemoglobin" } },
		{ "organize", { "organ|organize", "+organis|organize" } },
		/* not where Snowball's -ize stem is the bare word ("organ", "computer") */
		{ "organise", { "organis|organise" } },
		{ "computerised", { "computeris|computerised" } },
		{ "centre", { "centr|centre", "+center|centre" } },
		{ "program", { "program|program", "+programm|program" } },
		{ "contour", { "contour|contour" } },
		/* and its Latin or Greek other number's stem (plural.h) */
		{ "nuclei", { "nuclei|nuclei", "+nucleiment|nuclei", "+nucleus|nuclei" } },
		{ "analysis", { "analysi|analysis", "+analys|analysis" } },
		{ "indices", { "indic|indices", "+index|indices", "+indix|indices" } },
		{ "index", { "index|index" } },
		/* spelling and number at once, each stem once */
		{ "tumours", { "tumour|tumours", "+tumor|tumours" } },
		{ "haemolysis", { "haemolysi|haemolysis", "+hemolysi|haemolysis",
		    "+haemolys|haemolysis" } },
	};
	check_cases(*state, TOKENIZER_QUERY, cases, sizeof cases / sizeof *cases);
}

static void test_tokenizer_long_token_unstemmed(void **state)
{
	char text[200];
	struct collected c;
	memset(text, 'a', 150);
	memcpy(text + 150, "tions", 6);
	run(*state, TOKENIZER_DOCUMENT, text, &c);
	assert_int_equal(c.n, 1);
	/* the term is the whole token, untouched by the stemmer */
	assert_int_equal(strncmp(c.out[0], text, 95), 0);
}

static void test_tokenizer_invalid_utf8(void **state)
{
	struct tok_fixture *f = *state;
	unsigned seed = 12345;
	char buf[512];
	for (int round = 0; round < 2000; round++) {
		size_t n = (size_t)(round % 500) + 1;
		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			/* bias towards bytes that form and break UTF-8 sequences */
			unsigned r = (seed >> 16) & 0xff;
			buf[i] = (char)(r < 96 ? 'a' + r % 26 : r < 128 ? '\'' : r);
		}
		struct collected c;
		memset(&c, 0, sizeof c);
		c.text = buf;
		c.text_len = n;
		assert_int_equal(tokenizer_run(f->tok, TOKENIZER_DOCUMENT, buf, n, collect, &c), 0);
		assert_int_equal(c.bad_offsets, 0);
	}
}

static int stop_after_one(void *ctx, const char *t, size_t tl, size_t s, size_t e, int col)
{
	(void)t, (void)tl, (void)s, (void)e, (void)col;
	++*(int *)ctx;
	return 7;
}

static void test_tokenizer_callback_stops(void **state)
{
	struct tok_fixture *f = *state;
	int calls = 0;
	assert_int_equal(tokenizer_run(f->tok, TOKENIZER_DOCUMENT, "one two three", 13,
	    stop_after_one, &calls), 7);
	assert_int_equal(calls, 1);
}

/* c's tokens are d's, one by one. */
static void assert_same_tokens(const struct collected *c, const struct collected *d)
{
	assert_int_equal(c->n, d->n);
	for (int i = 0; i < c->n; i++)
		assert_string_equal(c->out[i], d->out[i]);
}

/*
 * Remembered document texts (tokenizer_remember) give exactly the tokens
 * of a fresh run, the first time (kept) and every time after (replayed),
 * among many texts; a run stopped by its callback keeps nothing (a later
 * full run gets every token); a budget too small keeps nothing and still
 * tokenizes; queries are not remembered.
 */
static void test_tokenizer_remembered_texts(void **state)
{
	struct tok_fixture *f = *state;
	static const char *const texts[] = {
		"Ketamine's effects began within hours; the patients' moods improved.",
		"The tumours were removed.  Analyses of nuclei followed, café and naïve.",
		"one two three",
		"",
	};
	enum { NTEXTS = sizeof texts / sizeof *texts, MANY = 300 };
	struct collected fresh[NTEXTS], again, query_fresh, query_again;
	for (int i = 0; i < NTEXTS; i++)
		run(f, TOKENIZER_DOCUMENT, texts[i], &fresh[i]);
	run(f, TOKENIZER_QUERY, "tumour nucleus", &query_fresh);

	/* many more texts, so that the memo's buckets are shared */
	struct collected *many = malloc(MANY * sizeof *many);
	char (*many_text)[64] = malloc(MANY * sizeof *many_text);
	assert_non_null(many);
	assert_non_null(many_text);
	for (int k = 0; k < MANY; k++) {
		snprintf(many_text[k], sizeof many_text[k], "running dogs %d barked at %d cats", k,
		    k * 7);
		run(f, TOKENIZER_DOCUMENT, many_text[k], &many[k]);
	}

	tokenizer_remember(f->tok, 1u << 20);
	int calls = 0;
	assert_int_equal(tokenizer_run(f->tok, TOKENIZER_DOCUMENT, texts[2], strlen(texts[2]),
	    stop_after_one, &calls), 7);
	assert_int_equal(calls, 1);
	for (int round = 0; round < 3; round++) {
		for (int i = 0; i < NTEXTS; i++) {
			run(f, TOKENIZER_DOCUMENT, texts[i], &again);
			assert_same_tokens(&again, &fresh[i]);
		}
		for (int k = 0; k < MANY; k++) {
			run(f, TOKENIZER_DOCUMENT, many_text[k], &again);
			assert_same_tokens(&again, &many[k]);
		}
	}
	free(many);
	free(many_text);
	run(f, TOKENIZER_QUERY, "tumour nucleus", &query_again);
	assert_same_tokens(&query_again, &query_fresh);

	tokenizer_remember(f->tok, 16);	/* no text fits */
	for (int round = 0; round < 2; round++)
		for (int i = 0; i < NTEXTS; i++) {
			run(f, TOKENIZER_DOCUMENT, texts[i], &again);
			assert_same_tokens(&again, &fresh[i]);
		}
	tokenizer_remember(f->tok, 0);
}

/* ---- through FTS5 tables --------------------------------------------- */

static void exec(sqlite3 *db, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s: %s", sql, err);
}

/* Rowids matching q, as "1,3" (empty when none). */
static void match_rows(sqlite3 *db, const char *q, char *out, size_t outlen)
{
	sqlite3_stmt *st;
	out[0] = 0;
	assert_int_equal(sqlite3_prepare_v2(db,
	    "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, q, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		size_t len = strlen(out);
		snprintf(out + len, outlen - len, "%s%lld", len ? "," : "",
		    sqlite3_column_int64(st, 0));
	}
	sqlite3_finalize(st);
}

/* Each query of cases[0 .. n) matches exactly the rows listed ("1,3"; "": none). */
struct match_case {
	const char *q, *rows;
};

static void check_matches(sqlite3 *db, const struct match_case *cases, size_t n)
{
	char rows[64];
	for (size_t i = 0; i < n; i++) {
		match_rows(db, cases[i].q, rows, sizeof rows);
		if (strcmp(rows, cases[i].rows) != 0)
			fail_msg("MATCH %s: rows \"%s\", want \"%s\"", cases[i].q, rows, cases[i].rows);
	}
}

/* Documents keep their own spelling and number: the other is a query-side synonym. */
static void test_tokenizer_spelling_matches(void **state)
{
	struct tok_fixture *f = *state;
	static const struct match_case cases[] = {
		{ "tumour", "1,2" },
		{ "tumor", "1,2" },
		{ "\"tumour growth\"", "1" },
		{ "centre", "3,4" },
		{ "center", "3,4" },
		{ "oestrogen", "5" },
		{ "estrogen", "5" },
		{ "bacterium", "6" },
		{ "nucleus", "6" },
	};
	static const struct token_case document[] = {
		{ "tumour", { "tumour|tumour" } },
		{ "tumor", { "tumor|tumor" } },
	};
	exec(f->db, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='snowball');"
	    "INSERT INTO t VALUES('tumor growth'), ('a tumour'), ('the centre'),"
	    "('centers'), ('estrogen'), ('bacteria in nuclei');");
	check_matches(f->db, cases, sizeof cases / sizeof *cases);
	check_cases(f, TOKENIZER_DOCUMENT, document, sizeof document / sizeof *document);
}

static void test_tokenizer_fts5_matching(void **state)
{
	struct tok_fixture *f = *state;
	static const struct match_case cases[] = {
		{ "researcher AND treat", "1" },
		{ "researcher treatment", "1" },
		{ "vaccinat*", "2" },
		{ "generaliz* universit*", "2" },
		{ "vaccinat", "" },
		{ "vaccines", "2" },
		{ "ketamine", "4" },
		{ "\"ketamine's\"", "4" },
		{ "ketamine*", "4" },
		{ "\"don't\"", "3" },
		{ "don", "" },
		{ "\"post-traumatic\"", "3" },
		{ "cafe", "3" },
		{ "caf\xC3\xA9", "3" },
		{ "\"researcher treat\"", "1" },
		{ "treat*", "1" },
		{ "happ*", "5" },
		{ "\"happy days\"*", "5" },
	};
	exec(f->db, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='snowball');"
	    "INSERT INTO t VALUES('The researcher\xE2\x80\x99s treatments'),"
	    "('Vaccination of universities and generalization'),"
	    "('don\xE2\x80\x99t stop post-traumatic caf\xC3\xA9'),"
	    "('ketamine''s effects'), ('happy days ahead');");
	check_matches(f->db, cases, sizeof cases / sizeof *cases);
	/* column sizes count words, not the colocated raw forms */
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(f->db,
	    "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH 'vaccinat* universities'",
	    -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(st, 0),
	    "[Vaccination] of [universities] and generalization");
	sqlite3_finalize(st);
}

/*
 * Quieted synonyms: FTS5's queries on the session's connection leave them
 * out (so a word stops matching its "-ment" noun's rows), until quieted
 * again; the session itself keeps them.
 */
static void test_tokenizer_quiet_synonyms(void **state)
{
	struct tok_fixture *f = *state;
	const char *treatment[] = { "treatment" }, *other[] = { "payment", "treatmentx" };
	char rows[64];
	exec(f->db, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='snowball');"
	    "INSERT INTO t VALUES('we treat it'), ('the treatment works'), ('a payment');");
	match_rows(f->db, "treat", rows, sizeof rows);
	assert_string_equal(rows, "1,2");
	assert_int_equal(tokenizer_quiet_synonyms(f->tok, treatment, 1), 0);
	match_rows(f->db, "treat", rows, sizeof rows);
	assert_string_equal(rows, "1");
	match_rows(f->db, "treatment", rows, sizeof rows);	/* a word itself stays */
	assert_string_equal(rows, "2");
	check_cases(f, TOKENIZER_QUERY, &(const struct token_case){ "treat",
	    { "treat|treat", "+treatment|treat" } }, 1);
	/* another list replaces it; none quiets none */
	assert_int_equal(tokenizer_quiet_synonyms(f->tok, other, 2), 0);
	match_rows(f->db, "treat pay", rows, sizeof rows);
	assert_string_equal(rows, "");
	match_rows(f->db, "treat OR pay", rows, sizeof rows);
	assert_string_equal(rows, "1,2");
	assert_int_equal(tokenizer_quiet_synonyms(f->tok, NULL, 0), 0);
	match_rows(f->db, "treat OR pay", rows, sizeof rows);
	assert_string_equal(rows, "1,2,3");
}

/* aux_tokens(t, col): the texts of the tokens FTS5 hands an auxiliary function, space-separated. */
static int on_aux_token(void *ctx, int tflags, const char *term, int n, int start, int end)
{
	char *out = ctx;
	size_t len = strlen(out);
	(void)start;
	(void)end;
	if (n > 0 && term[0] == TOKENIZER_RAW_MARK) {	/* a raw form: shown as ~form */
		term++;
		n--;
	}
	snprintf(out + len, 512 - len, "%s%s%.*s", len ? " " : "",
	    tflags & FTS5_TOKEN_COLOCATED ? "~" : "", n, term);
	return SQLITE_OK;
}

static void aux_tokens(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
    int argc, sqlite3_value **argv)
{
	char out[512] = "";
	const char *text;
	int len;
	(void)argc;
	if (api->xColumnText(fts, sqlite3_value_int(argv[0]), &text, &len) != SQLITE_OK ||
	    api->xTokenize(fts, text, len, out, on_aux_token) != SQLITE_OK) {
		sqlite3_result_error(ctx, "aux_tokens failed", -1);
		return;
	}
	sqlite3_result_text(ctx, out, -1, SQLITE_TRANSIENT);
}

/* aux_tokens of the row of t matching q */
static void aux_tokens_of(sqlite3 *db, const char *q, char *out, size_t outlen)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT aux_tokens(t, 0) FROM t WHERE t MATCH ?1",
	    -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, q, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(out, outlen, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
}

/* Every snippet() and highlight() of the rows of t (full) and u (stems only), one string. */
static void aux_outputs(sqlite3 *db, const char *const *queries, size_t n, char *out,
    size_t outlen)
{
	size_t used = 0;
	out[0] = 0;
	for (size_t q = 0; q < n; q++) {
		for (int table = 0; table < 2; table++) {
			char sql[256];
			sqlite3_stmt *st;
			const char *t = table ? "u" : "t";
			snprintf(sql, sizeof sql, "SELECT rowid, snippet(%s, 0, '[', ']', '...', 4),"
			    " highlight(%s, 0, '<', '>') FROM %s WHERE %s MATCH ?1", t, t, t, t);
			assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
			sqlite3_bind_text(st, 1, queries[q], -1, SQLITE_STATIC);
			while (sqlite3_step(st) == SQLITE_ROW) {
				int w = snprintf(out + used, outlen - used, "%s %lld %s %s\n", t,
				    (long long)sqlite3_column_int64(st, 0),
				    (const char *)sqlite3_column_text(st, 1),
				    (const char *)sqlite3_column_text(st, 2));
				assert_true(w > 0 && (size_t)w < outlen - used);
				used += (size_t)w;
			}
			sqlite3_finalize(st);
		}
	}
}

/*
 * Offsets only for auxiliary functions: they are handed one token a word,
 * unstemmed, and no colocated forms; snippet() and highlight() give the
 * same text as with stems (possessives, quotes at a word's edges,
 * apostrophes, a word too long to stem, diacritics, sentences); a
 * session keeps stemming, and off again, so do auxiliary functions.
 */
static void test_tokenizer_aux_offsets_only(void **state)
{
	struct tok_fixture *f = *state;
	static const char *const queries[] = {
		"ketamine", "treat", "run", "\"don't\"", "stop AND cafe", "NEAR(run dog, 3)",
		"vaccin*", "analysis", "quoted",
	};
	char before[8192], after[8192], tokens[512];
	fts5_api *api = tokenizer_fts5_api(f->db);
	assert_non_null(api);
	assert_int_equal(api->xCreateFunction(api, "aux_tokens", NULL, aux_tokens, NULL),
	    SQLITE_OK);
	exec(f->db, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='snowball');"
	    "CREATE VIRTUAL TABLE u USING fts5(body, tokenize='" TOKENIZER_FTS5_OPTION "');"
	    "CREATE TABLE src(body);"
	    "INSERT INTO src VALUES('The researcher\xE2\x80\x99s treatments: ketamine''s effects.'),"
	    "('''Running'' dogs run. Vaccination of analyses, don\xE2\x80\x99t stop the caf\xC3\xA9"
	    " treatment. Then more words follow here, and the dog runs again.'),"
	    "('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ran,"
	    " a run; ''quoted'' running treat.');"
	    "INSERT INTO t SELECT body FROM src; INSERT INTO u SELECT body FROM src;");
	aux_outputs(f->db, queries, sizeof queries / sizeof *queries, before, sizeof before);
	assert_int_equal(tokenizer_aux_offsets_only(f->tok, 1), 0);
	aux_outputs(f->db, queries, sizeof queries / sizeof *queries, after, sizeof after);
	assert_string_equal(after, before);
	assert_non_null(strstr(after, "t 3 ...run; '[quoted]' running treat. "));
	assert_non_null(strstr(after, "u 2 '[Running]' [dogs] [run]. Vaccination... "));
	aux_tokens_of(f->db, "quoted", tokens, sizeof tokens);
	assert_string_equal(tokens, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    " ran a run quoted running treat");
	check_cases(f, TOKENIZER_DOCUMENT, &(const struct token_case){ "running",
	    { "run|running", "~running|running" } }, 1);
	assert_int_equal(tokenizer_aux_offsets_only(f->tok, 0), 0);
	aux_tokens_of(f->db, "quoted", tokens, sizeof tokens);
	assert_string_equal(tokens, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    " ran a run quot ~quoted run ~running treat");
}

static void test_tokenizer_unknown_language(void **state)
{
	struct tok_fixture *f = *state;
	assert_int_not_equal(sqlite3_exec(f->db,
	    "CREATE VIRTUAL TABLE k USING fts5(body, tokenize='snowball klingon')",
	    NULL, NULL, NULL), SQLITE_OK);
	exec(f->db, "CREATE VIRTUAL TABLE g USING fts5(body, tokenize='snowball german')");
}

static void test_tokenizer_spec_records_versions(void **state)
{
	(void)state;
	const char *spec = tokenizer_spec();
	assert_non_null(strstr(spec, "snowball english"));
	assert_non_null(strstr(spec, tokenizer_stemmer_version()));
	assert_non_null(strstr(spec, "stems "));
	assert_string_equal(spec, tokenizer_spec());
}

/* ---- recorded tokens, replayed ---------------------------------------- */

/* Every token FTS5 would get: flags, term bytes, offsets, as one string. */
struct fts_tokens {
	char out[8192];
	size_t len;
	int n;
};

static int on_fts_token(void *ctx, int tflags, const char *term, int n, int start, int end)
{
	struct fts_tokens *t = ctx;
	int w = snprintf(t->out + t->len, sizeof t->out - t->len, "%d:%.*s:%d-%d ",
	    tflags, n, term, start, end);
	if (w > 0 && (size_t)w < sizeof t->out - t->len)
		t->len += (size_t)w;
	t->n++;
	return SQLITE_OK;
}

/* The tokenizer FTS5 would create for a table of db (argv: its options). */
struct fts_tokenizer {
	fts5_tokenizer api;
	Fts5Tokenizer *tok;
};

static void fts_tokenizer_create(sqlite3 *db, const char **argv, int argc,
    struct fts_tokenizer *ft)
{
	fts5_api *api = tokenizer_fts5_api(db);
	void *user = NULL;
	assert_non_null(api);
	assert_int_equal(api->xFindTokenizer(api, TOKENIZER_NAME, &user, &ft->api), SQLITE_OK);
	assert_int_equal(ft->api.xCreate(user, argv, argc, &ft->tok), SQLITE_OK);
}

static void fts_tokenize(struct fts_tokenizer *ft, int flags, const char *text,
    size_t len, struct fts_tokens *out)
{
	memset(out, 0, sizeof *out);
	assert_int_equal(ft->api.xTokenize(ft->tok, out, flags, text, (int)len, on_fts_token),
	    SQLITE_OK);
}

static const char *const replay_texts[] = {
	"Running dogs",
	"The researcher\xE2\x80\x99s treatments: vaccination of universities, 'quoted', ketamine's",
	"don\xE2\x80\x99t stop post-traumatic caf\xC3\xA9 na\xC3\xAFve r\xC3\xB4le",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa longer words",
	"bad \xFF\xFE utf-8 \xC3 here, and numbers 3.14 1999",
	"",
	"   ",
	"a",
};

/* Terms only, each followed by '|' (an FTS5 callback, and a tokenizer_each_term one). */
struct term_list {
	char out[2048];
	size_t len;
};

static void term_list_add(struct term_list *t, const char *term, size_t n)
{
	assert_true(t->len + n + 1 < sizeof t->out);
	memcpy(t->out + t->len, term, n);
	t->len += n;
	t->out[t->len++] = '|';
	t->out[t->len] = 0;
}

static int on_fts_term(void *ctx, int tflags, const char *term, int n, int start, int end)
{
	(void)tflags, (void)start, (void)end;
	term_list_add(ctx, term, (size_t)n);
	return SQLITE_OK;
}

static int on_each_term(void *ctx, const char *term, size_t n)
{
	term_list_add(ctx, term, n);
	return 0;
}

/* Raw forms as "raw>stem|" (a raw observer, and a tokenizer_report_raw_forms one). */
static int on_raw_form(void *ctx, const char *raw, size_t raw_len, const char *stem,
    size_t stem_len)
{
	struct term_list *t = ctx;
	assert_true(t->len + raw_len + stem_len + 2 < sizeof t->out);
	memcpy(t->out + t->len, raw, raw_len);
	t->len += raw_len;
	t->out[t->len++] = '>';
	term_list_add(t, stem, stem_len);
	return 0;
}

/* list ("a|b|a|") without repeats, in order of first place, into out. */
static void distinct_items(const char *list, struct term_list *out)
{
	out->len = 0;
	out->out[0] = 0;
	for (const char *at = list, *bar; (bar = strchr(at, '|')) != NULL; at = bar + 1) {
		size_t n = (size_t)(bar - at) + 1;
		int seen = 0;
		for (const char *o = out->out, *ob; !seen && (ob = strchr(o, '|')) != NULL; o = ob + 1)
			seen = (size_t)(ob - o) + 1 == n && memcmp(o, at, n) == 0;
		if (!seen)
			term_list_add(out, at, n - 1);
	}
}

/* The raw forms a capture of text reports on f's session, from a fresh start. */
static void capture_reported(struct tok_fixture *f, const char *text, int fresh,
    struct term_list *got)
{
	struct tokenizer_tokens t = { 0 };
	got->len = 0;
	got->out[0] = 0;
	if (fresh)
		assert_int_equal(tokenizer_report_raw_forms(f->tok, on_raw_form, got), 0);
	assert_int_equal(tokenizer_capture(f->tok, text, strlen(text), &t), 0);
	tokenizer_tokens_free(&t);
}

static int stop_at_second(void *ctx, const char *term, size_t n)
{
	(void)term, (void)n;
	return ++*(int *)ctx == 2 ? 5 : 0;
}

static void test_tokenizer_replay_equals_fresh(void **state)
{
	struct tok_fixture *f = *state;
	struct tokenizer_replay *r = tokenizer_replay_get(f->db);
	struct fts_tokenizer ft;
	size_t n = sizeof replay_texts / sizeof *replay_texts;
	struct tokenizer_tokens rec = { 0 };
	size_t off[16], len[16], replayed, tokenized;

	static const char *stems_only[] = { "english", TOKENIZER_STEMS_ONLY };
	struct fts_tokenizer index_ft;

	assert_non_null(r);
	fts_tokenizer_create(f->db, NULL, 0, &ft);
	fts_tokenizer_create(f->db, stems_only, 2, &index_ft);
	/* one recording buffer for all texts, as the indexer keeps one per file */
	for (size_t i = 0; i < n; i++) {
		off[i] = rec.len;
		assert_int_equal(tokenizer_capture(f->tok, replay_texts[i], strlen(replay_texts[i]),
		    &rec), 0);
		len[i] = rec.len - off[i];
	}
	for (size_t i = 0; i < n; i++) {
		struct fts_tokens fresh, again;
		struct tokenizer_pretokenized p = { replay_texts[i], strlen(replay_texts[i]),
		    rec.data + off[i], len[i], 0 };
		size_t before;
		fts_tokenize(&ft, FTS5_TOKENIZE_DOCUMENT, p.text, p.text_len, &fresh);
		tokenizer_replay_counts(r, &before, &tokenized);
		tokenizer_replay_arm(r, &p, 1);
		fts_tokenize(&ft, FTS5_TOKENIZE_DOCUMENT, p.text, p.text_len, &again);
		tokenizer_replay_disarm(r);
		tokenizer_replay_counts(r, &replayed, &tokenized);
		assert_int_equal(replayed, before + 1);
		assert_int_equal(again.n, fresh.n);
		assert_string_equal(again.out, fresh.out);
		/* tokenizer_each_term walks the terms the index's FTS5 table gets: no raw forms */
		struct term_list got = { .len = 0 }, want = { .len = 0 };
		assert_int_equal(index_ft.api.xTokenize(index_ft.tok, &want, FTS5_TOKENIZE_DOCUMENT,
		    p.text, (int)p.text_len, on_fts_term), SQLITE_OK);
		assert_null(strchr(want.out, TOKENIZER_RAW_MARK));
		assert_int_equal(tokenizer_each_term(p.tokens, p.tokens_len, on_each_term, &got), 0);
		assert_string_equal(got.out, want.out);
		/* tokenizer_report_raw_forms: the raw forms the index's table observes */
		struct term_list raw_fresh = { .len = 0 }, raw_replayed = { .len = 0 };
		tokenizer_replay_raw_forms(r, on_raw_form, &raw_fresh);
		assert_int_equal(index_ft.api.xTokenize(index_ft.tok, &want, FTS5_TOKENIZE_DOCUMENT,
		    p.text, (int)p.text_len, on_fts_term), SQLITE_OK);
		tokenizer_replay_raw_forms(r, on_raw_form, &raw_replayed);
		tokenizer_replay_arm(r, &p, 1);
		assert_int_equal(index_ft.api.xTokenize(index_ft.tok, &want, FTS5_TOKENIZE_DOCUMENT,
		    p.text, (int)p.text_len, on_fts_term), SQLITE_OK);
		tokenizer_replay_disarm(r);
		tokenizer_replay_raw_forms(r, NULL, NULL);
		assert_string_equal(raw_replayed.out, raw_fresh.out);
		/* reported as captured: each distinct one, in order */
		struct term_list reported, distinct;
		capture_reported(f, p.text, 1, &reported);
		distinct_items(raw_fresh.out, &distinct);
		assert_string_equal(reported.out, distinct.out);
	}
	/* once: a raw form the session reported goes again only once asked */
	struct term_list reported;
	const char *dogs = "Running dogs ran; running dogs barked.";
	capture_reported(f, dogs, 1, &reported);
	assert_string_equal(reported.out, "running>run|dogs>dog|barked>bark|");
	capture_reported(f, dogs, 0, &reported);
	assert_string_equal(reported.out, "");
	capture_reported(f, "Dogs barked at parties", 0, &reported);
	assert_string_equal(reported.out, "parties>parti|");
	capture_reported(f, dogs, 1, &reported);
	assert_string_equal(reported.out, "running>run|dogs>dog|barked>bark|");
	/* a word too long for the stem cache goes every time */
	const char *longer = "internationalizationalisations internationalizationalisations";
	capture_reported(f, longer, 1, &reported);
	assert_string_equal(reported.out, "internationalizationalisations>internationalizationalis|"
	    "internationalizationalisations>internationalizationalis|");
	assert_int_equal(tokenizer_report_raw_forms(f->tok, NULL, NULL), 0);
	capture_reported(f, dogs, 0, &reported);
	assert_string_equal(reported.out, "");
	/* a stop, and a damaged recording */
	int calls = 0;
	assert_int_equal(tokenizer_each_term(rec.data + off[0], len[0], stop_at_second, &calls), 5);
	static const unsigned char damaged[] = { 0x10, 'a', 'b' };	/* 8 term bytes said, 2 there */
	assert_int_equal(tokenizer_each_term(damaged, sizeof damaged, on_each_term, &calls), -1);
	/* the raw forms were there to be replayed */
	struct fts_tokens t;
	fts_tokenize(&ft, FTS5_TOKENIZE_DOCUMENT, replay_texts[0], strlen(replay_texts[0]), &t);
	assert_string_equal(t.out, "0:run:0-7 1:\x01running:0-7 0:dog:8-12 1:\x01" "dogs:8-12 ");
	/* and the index's table is given the stems alone, replayed or not */
	fts_tokenize(&index_ft, FTS5_TOKENIZE_DOCUMENT, replay_texts[0], strlen(replay_texts[0]), &t);
	assert_string_equal(t.out, "0:run:0-7 0:dog:8-12 ");
	struct tokenizer_pretokenized p0 = { replay_texts[0], strlen(replay_texts[0]),
	    rec.data + off[0], len[0], 0 };
	tokenizer_replay_arm(r, &p0, 1);
	fts_tokenize(&index_ft, FTS5_TOKENIZE_DOCUMENT, p0.text, p0.text_len, &t);
	tokenizer_replay_disarm(r);
	assert_string_equal(t.out, "0:run:0-7 0:dog:8-12 ");
	index_ft.api.xDelete(index_ft.tok);
	ft.api.xDelete(ft.tok);
	tokenizer_tokens_free(&rec);
}

/*
 * A recording made stems-only (tokenizer_capture_stems_only) holds no raw
 * form and the same terms; it is replayed to the index's stems-only table
 * (the tokens fresh tokenizing gives it), but a table with raw forms, or
 * one whose raw forms are observed, tokenizes afresh instead.
 */
static void test_tokenizer_stems_only_recording(void **state)
{
	struct tok_fixture *f = *state;
	struct tokenizer_replay *r = tokenizer_replay_get(f->db);
	static const char *stems_only[] = { "english", TOKENIZER_STEMS_ONLY };
	const char *text = "Running dogs chased the cats' balls";
	struct fts_tokenizer ft, index_ft;
	struct tokenizer_tokens full = { 0 }, stems = { 0 };
	struct fts_tokens fresh, got;
	struct term_list full_terms = { .len = 0 }, stem_terms = { .len = 0 };
	struct term_list observed = { .len = 0 };
	size_t replayed, tokenized, replayed0, tokenized0;

	fts_tokenizer_create(f->db, NULL, 0, &ft);
	fts_tokenizer_create(f->db, stems_only, 2, &index_ft);
	assert_int_equal(tokenizer_capture(f->tok, text, strlen(text), &full), 0);
	assert_int_equal(tokenizer_capture_stems_only(f->tok, 1), 0);
	assert_int_equal(tokenizer_capture(f->tok, text, strlen(text), &stems), 0);
	assert_int_equal(tokenizer_capture_stems_only(f->tok, 0), 0);
	assert_true(stems.len < full.len);
	assert_null(memchr(stems.data, TOKENIZER_RAW_MARK, stems.len));
	assert_int_equal(tokenizer_each_term(full.data, full.len, on_each_term, &full_terms), 0);
	assert_int_equal(tokenizer_each_term(stems.data, stems.len, on_each_term, &stem_terms), 0);
	assert_string_equal(stem_terms.out, full_terms.out);

	struct tokenizer_pretokenized p = { text, strlen(text), stems.data, stems.len, 1 };
	tokenizer_replay_counts(r, &replayed0, &tokenized0);
	/* the index's table, unobserved: replayed, as fresh */
	fts_tokenize(&index_ft, FTS5_TOKENIZE_DOCUMENT, text, strlen(text), &fresh);
	tokenizer_replay_arm(r, &p, 1);
	fts_tokenize(&index_ft, FTS5_TOKENIZE_DOCUMENT, text, strlen(text), &got);
	assert_string_equal(got.out, fresh.out);
	tokenizer_replay_counts(r, &replayed, &tokenized);
	assert_int_equal(replayed, replayed0 + 1);
	/* observed: tokenized, and the observer gets the raw forms */
	tokenizer_replay_raw_forms(r, on_raw_form, &observed);
	fts_tokenize(&index_ft, FTS5_TOKENIZE_DOCUMENT, text, strlen(text), &got);
	tokenizer_replay_raw_forms(r, NULL, NULL);
	assert_string_equal(got.out, fresh.out);
	assert_string_equal(observed.out, "running>run|dogs>dog|chased>chase|cats>cat|balls>ball|");
	/* a table with raw forms: tokenized, raw forms and all */
	fts_tokenize(&ft, FTS5_TOKENIZE_DOCUMENT, text, strlen(text), &fresh);
	fts_tokenize(&ft, FTS5_TOKENIZE_DOCUMENT, text, strlen(text), &got);
	assert_string_equal(got.out, fresh.out);
	assert_non_null(strchr(got.out, TOKENIZER_RAW_MARK));
	tokenizer_replay_disarm(r);
	tokenizer_replay_counts(r, &replayed, &tokenized);
	assert_int_equal(replayed, replayed0 + 1);
	assert_int_equal(tokenized, tokenized0 + 3);	/* the fresh one, the observed one, ft's */
	/* the same recording, not marked stems-only, is replayed to ft as it is */
	p.stems_only = 0;
	tokenizer_replay_arm(r, &p, 1);
	fts_tokenize(&ft, FTS5_TOKENIZE_DOCUMENT, text, strlen(text), &got);
	tokenizer_replay_disarm(r);
	assert_null(strchr(got.out, TOKENIZER_RAW_MARK));
	tokenizer_tokens_free(&full);
	tokenizer_tokens_free(&stems);
	index_ft.api.xDelete(index_ft.tok);
	ft.api.xDelete(ft.tok);
}

/*
 * tokenizer_capture_terms records what tokenizer_capture does and gives
 * the terms tokenizer_each_term walks in it, raw forms recorded or not; a
 * function that stops fails the capture, which then records nothing.
 */
static int stop_at_third(void *ctx, const char *term, size_t n, uint32_t *memo)
{
	(void)term, (void)n, (void)memo;
	return ++*(int *)ctx == 3;
}

static int on_captured_term(void *ctx, const char *term, size_t n, uint32_t *memo)
{
	(void)memo;
	return on_each_term(ctx, term, n);
}

/* Each term as "term=memo" ("term" when it has none), then its memo set to 1 + its place. */
struct memo_log {
	char out[512];
	uint32_t place;
};

static int log_memo(void *ctx, const char *term, size_t n, uint32_t *memo)
{
	struct memo_log *m = ctx;
	size_t len = strlen(m->out);
	m->place++;
	if (memo == NULL)
		snprintf(m->out + len, sizeof m->out - len, "%.*s ", (int)n, term);
	else {
		snprintf(m->out + len, sizeof m->out - len, "%.*s=%u ", (int)n, term, (unsigned)*memo);
		*memo = m->place;
	}
	return 0;
}

/*
 * A term's memo is its word's in the stem cache: 0 when the word first
 * comes, then what the callback left; each word its own; none for a word
 * too long to stem; all 0 again after tokenizer_forget_memos.
 */
static void test_tokenizer_capture_memos(void **state)
{
	struct tok_fixture *f = *state;
	struct tokenizer_tokens t = { 0 };
	struct memo_log m = { "", 0 };
	const char *text = "running runs running dogs run "
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa dogs";
	assert_int_equal(tokenizer_capture_terms(f->tok, text, strlen(text), &t, log_memo, &m), 0);
	assert_string_equal(m.out, "run=0 run=0 run=1 dog=0 run=0 "
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa dog=4 ");
	m.out[0] = 0;
	text = "runs dogs";
	assert_int_equal(tokenizer_capture_terms(f->tok, text, strlen(text), &t, log_memo, &m), 0);
	assert_string_equal(m.out, "run=2 dog=7 ");
	tokenizer_forget_memos(f->tok);
	m.out[0] = 0;
	assert_int_equal(tokenizer_capture_terms(f->tok, text, strlen(text), &t, log_memo, &m), 0);
	assert_string_equal(m.out, "run=0 dog=0 ");
	tokenizer_tokens_free(&t);
}

static void test_tokenizer_capture_terms(void **state)
{
	struct tok_fixture *f = *state;
	size_t n = sizeof replay_texts / sizeof *replay_texts;
	for (int stems_only = 0; stems_only < 2; stems_only++) {
		assert_int_equal(tokenizer_capture_stems_only(f->tok, stems_only), 0);
		for (size_t i = 0; i < n; i++) {
			const char *text = replay_texts[i];
			struct tokenizer_tokens plain = { 0 }, counted = { 0 };
			struct term_list walked = { .len = 0 }, got = { .len = 0 };
			assert_int_equal(tokenizer_capture(f->tok, text, strlen(text), &plain), 0);
			assert_int_equal(tokenizer_capture_terms(f->tok, text, strlen(text), &counted,
			    on_captured_term, &got), 0);
			assert_int_equal(counted.len, plain.len);
			if (plain.len)
				assert_memory_equal(counted.data, plain.data, plain.len);
			assert_int_equal(tokenizer_each_term(plain.data, plain.len, on_each_term,
			    &walked), 0);
			assert_string_equal(got.out, walked.out);
			tokenizer_tokens_free(&plain);
			tokenizer_tokens_free(&counted);
		}
	}
	assert_int_equal(tokenizer_capture_stems_only(f->tok, 0), 0);
	struct tokenizer_tokens t = { 0 };
	int calls = 0;
	const char *text = "running dogs chased cats";
	assert_int_equal(tokenizer_capture_terms(f->tok, text, strlen(text), &t, stop_at_third,
	    &calls), -1);
	assert_int_equal(calls, 3);
	assert_int_equal(t.len, 0);
	tokenizer_tokens_free(&t);
}

/* The recording is what is replayed (a wrong one shows), only for the armed text. */
static void test_tokenizer_replay_only_matching_text(void **state)
{
	struct tok_fixture *f = *state;
	struct tokenizer_replay *r = tokenizer_replay_get(f->db);
	struct fts_tokenizer ft;
	struct tokenizer_tokens rec = { 0 };
	struct fts_tokens got, want;
	size_t replayed, tokenized;

	fts_tokenizer_create(f->db, NULL, 0, &ft);
	assert_int_equal(tokenizer_capture(f->tok, "alpha", 5, &rec), 0);
	/* a lie on purpose: the tokens of "alpha" given as those of "bravo" */
	struct tokenizer_pretokenized p = { "bravo", 5, rec.data, rec.len, 0 };
	tokenizer_replay_arm(r, &p, 1);
	fts_tokenize(&ft, FTS5_TOKENIZE_DOCUMENT, "bravo", 5, &got);
	assert_string_equal(got.out, "0:alpha:0-5 ");
	/* same length, one byte different: tokenized */
	fts_tokenize(&ft, FTS5_TOKENIZE_DOCUMENT, "bravO", 5, &got);
	assert_string_equal(got.out, "0:bravo:0-5 ");
	/* queries are never replayed (and get the "-ment" noun) */
	fts_tokenize(&ft, FTS5_TOKENIZE_QUERY, "bravo", 5, &got);
	assert_string_equal(got.out, "0:bravo:0-5 1:bravoment:0-5 ");
	tokenizer_replay_counts(r, &replayed, &tokenized);
	assert_int_equal(replayed, 1);
	assert_int_equal(tokenized, 1);
	/* disarmed: tokenized, and not counted */
	tokenizer_replay_disarm(r);
	fts_tokenize(&ft, FTS5_TOKENIZE_DOCUMENT, "bravo", 5, &got);
	assert_string_equal(got.out, "0:bravo:0-5 ");
	tokenizer_replay_counts(r, &replayed, &tokenized);
	assert_int_equal(replayed + tokenized, 2);
	ft.api.xDelete(ft.tok);

	/* another language's table never replays English tokens */
	const char *german[] = { "german" };
	fts_tokenizer_create(f->db, german, 1, &ft);
	tokenizer_replay_arm(r, &p, 1);
	fts_tokenize(&ft, FTS5_TOKENIZE_DOCUMENT, "bravo", 5, &want);
	tokenizer_replay_disarm(r);
	assert_string_equal(want.out, "0:bravo:0-5 ");
	ft.api.xDelete(ft.tok);

	/* sessions always tokenize, armed or not */
	struct collected c;
	tokenizer_replay_arm(r, &p, 1);
	run(f, TOKENIZER_DOCUMENT, "bravo", &c);
	tokenizer_replay_disarm(r);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.out[0], "bravo|bravo");
	tokenizer_tokens_free(&rec);
}

static long long query_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	long long v = -1;
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Through FTS5 itself: an index filled by replaying is the one tokenizing fills. */
static void test_tokenizer_replay_builds_same_index(void **state)
{
	struct tok_fixture *f = *state;
	struct tokenizer_replay *r = tokenizer_replay_get(f->db);
	struct tokenizer_tokens rec = { 0 };
	size_t replayed, tokenized;
	sqlite3_stmt *ins[2];

	exec(f->db, "CREATE VIRTUAL TABLE fresh USING fts5(title, section, body, tokenize='snowball');"
	    "CREATE VIRTUAL TABLE replayed USING fts5(title, section, body, tokenize='snowball english');");
	assert_int_equal(sqlite3_prepare_v2(f->db, "INSERT INTO fresh VALUES(?1, ?2, ?3)", -1,
	    &ins[0], NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(f->db, "INSERT INTO replayed VALUES(?1, ?2, ?3)", -1,
	    &ins[1], NULL), SQLITE_OK);
	size_t n = sizeof replay_texts / sizeof *replay_texts;
	for (size_t i = 0; i < n; i++) {
		const char *col[3] = { "Title of the articles", replay_texts[(i + 1) % n],
		    replay_texts[i] };
		struct tokenizer_pretokenized p[3];
		rec.len = 0;
		size_t off[3];
		for (int k = 0; k < 3; k++) {
			off[k] = rec.len;
			assert_int_equal(tokenizer_capture(f->tok, col[k], strlen(col[k]), &rec), 0);
			p[k] = (struct tokenizer_pretokenized){ col[k], strlen(col[k]), NULL,
			    rec.len - off[k], 0 };
		}
		for (int k = 0; k < 3; k++)
			p[k].tokens = rec.data + off[k];
		for (int t = 0; t < 2; t++) {
			for (int k = 0; k < 3; k++)
				sqlite3_bind_text(ins[t], k + 1, col[k], -1, SQLITE_STATIC);
			if (t == 1)
				tokenizer_replay_arm(r, p, 3);
			assert_int_equal(sqlite3_step(ins[t]), SQLITE_DONE);
			tokenizer_replay_disarm(r);
			sqlite3_reset(ins[t]);
		}
	}
	sqlite3_finalize(ins[0]);
	sqlite3_finalize(ins[1]);
	tokenizer_replay_counts(r, &replayed, &tokenized);
	assert_int_equal(replayed, 3 * n);
	assert_int_equal(tokenized, 0);
	/* the same blocks, byte for byte, and the same column sizes */
	assert_true(query_int(f->db, "SELECT count(*) FROM fresh_data") > 1);
	assert_int_equal(query_int(f->db, "SELECT count(*) FROM fresh_data"),
	    query_int(f->db, "SELECT count(*) FROM replayed_data"));
	assert_int_equal(query_int(f->db, "SELECT count(*) FROM fresh_data a"
	    " LEFT JOIN replayed_data b USING(id) WHERE a.block IS NOT b.block"), 0);
	assert_int_equal(query_int(f->db, "SELECT count(*) FROM fresh_docsize"), (long long)n);
	assert_int_equal(query_int(f->db, "SELECT count(*) FROM fresh_docsize a"
	    " LEFT JOIN replayed_docsize b USING(id) WHERE a.sz IS NOT b.sz"), 0);
	/* deleting replays nothing (not armed) and leaves both consistent */
	exec(f->db, "DELETE FROM fresh WHERE rowid = 2; DELETE FROM replayed WHERE rowid = 2;"
	    "INSERT INTO fresh(fresh, rank) VALUES('integrity-check', 0);"
	    "INSERT INTO replayed(replayed, rank) VALUES('integrity-check', 0);");
	tokenizer_tokens_free(&rec);
}

static void test_tokenizer_replay_not_ours(void **state)
{
	(void)state;
	sqlite3 *db;
	assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
	assert_null(tokenizer_replay_get(db));	/* not registered */
	sqlite3_close(db);
}

/* ---- two threads, two connections ------------------------------------ */

struct thread_job {
	const char *text;
	char result[4096];
	int failed;
};

static int append_term(void *ctx, const char *term, size_t n, size_t s, size_t e, int col)
{
	struct thread_job *j = ctx;
	size_t len = strlen(j->result);
	(void)s, (void)e, (void)col;
	if (len + n + 2 < sizeof j->result) {
		memcpy(j->result + len, term, n);
		j->result[len + n] = ' ';
		j->result[len + n + 1] = 0;
	}
	return 0;
}

static void *thread_main(void *arg)
{
	struct thread_job *j = arg;
	sqlite3 *db;
	struct tokenizer_session *s;
	char err[256];
	if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
	    tokenizer_register(db, err, sizeof err) != 0 ||
	    tokenizer_open(db, &s, err, sizeof err) != 0) {
		j->failed = 1;
		return NULL;
	}
	for (int round = 0; round < 300 && !j->failed; round++) {
		char *expect = round ? strdup(j->result) : NULL;
		j->result[0] = 0;
		tokenizer_run(s, TOKENIZER_DOCUMENT, j->text, strlen(j->text), append_term, j);
		if (expect && strcmp(expect, j->result) != 0)
			j->failed = 1;
		free(expect);
	}
	tokenizer_close(s);
	sqlite3_close(db);
	return NULL;
}

static void test_tokenizer_threads_do_not_interfere(void **state)
{
	(void)state;
	struct thread_job a = { "generalizations of universities running happily ", "", 0 };
	struct thread_job b = { "hopefulness relational sensational proceedings ", "", 0 };
	pthread_t ta, tb;
	assert_int_equal(pthread_create(&ta, NULL, thread_main, &a), 0);
	assert_int_equal(pthread_create(&tb, NULL, thread_main, &b), 0);
	pthread_join(ta, NULL);
	pthread_join(tb, NULL);
	assert_int_equal(a.failed, 0);
	assert_int_equal(b.failed, 0);
	assert_non_null(strstr(a.result, "general "));
	assert_non_null(strstr(b.result, "hope "));
}

/* ---- Snowball's own vocabulary ----------------------------------------- */

struct first_term {
	char term[256];
	int count;
};

static int keep_first(void *ctx, const char *term, size_t n, size_t s, size_t e, int col)
{
	struct first_term *ft = ctx;
	(void)s, (void)e;
	if (!col && ft->count++ == 0 && n < sizeof ft->term) {
		memcpy(ft->term, term, n);
		ft->term[n] = 0;
	}
	return 0;
}

static void test_tokenizer_snowball_vocabulary(void **state)
{
	struct tok_fixture *f = *state;
	const char *dir = getenv("SNOWBALL_DIR");
	char path_voc[512], path_out[512], word[256], want[256];
	if (dir == NULL)
		dir = "../shared/eval/snowball";
	snprintf(path_voc, sizeof path_voc, "%s/english-voc.txt", dir);
	snprintf(path_out, sizeof path_out, "%s/english-output.txt", dir);
	FILE *voc = fopen(path_voc, "r"), *out = fopen(path_out, "r");
	if (voc == NULL || out == NULL) {
		if (voc)
			fclose(voc);
		if (out)
			fclose(out);
		skip();
	}
	long total = 0, agree = 0;
	while (fgets(word, sizeof word, voc) && fgets(want, sizeof want, out)) {
		word[strcspn(word, "\r\n")] = 0;
		want[strcspn(want, "\r\n")] = 0;
		/* plain lowercase words only */
		int plain = word[0] != 0;
		for (char *p = word; *p; p++)
			if (*p < 'a' || *p > 'z')
				plain = 0;
		if (!plain)
			continue;
		struct first_term ft = { "", 0 };
		tokenizer_run(f->tok, TOKENIZER_DOCUMENT, word, strlen(word), keep_first, &ft);
		total++;
		if (ft.count == 1 && strcmp(ft.term, want) == 0)
			agree++;
	}
	fclose(voc);
	fclose(out);
	assert_true(total > 20000);
	/* Debian's libstemmer is older than the list: about 0.1% differ */
	if (agree * 1000 < total * 995)
		fail_msg("%ld of %ld stems agree", agree, total);
}

/*
 * The stem cache starts small and is replaced by a big one after enough
 * lookups (lib/tokenizer.c).  Stem 40,000 made-up words twice over in one
 * session, which crosses the switch, and compare every stem with
 * libstemmer's own answer.
 */
static void test_tokenizer_stems_survive_cache_growth(void **state)
{
	static const char *const syllables[] = {
		"con", "nect", "ra", "ti", "on", "al", "ber", "gen", "ful", "st",
		"ize", "ment", "pro", "duc", "hy", "dro", "ly", "ing", "er", "ness",
	};
	static const char *const suffixes[] = {
		"", "s", "ing", "ed", "ation", "ness", "ly", "ful", "izing",
		"ational", "ities", "ments",
	};
	struct tok_fixture *f = *state;
	struct sb_stemmer *reference = sb_stemmer_new("english", "UTF_8");
	char word[64];
	long checked = 0, differ = 0;
	assert_non_null(reference);
	for (int round = 0; round < 2; round++) {
		uint32_t seed = 12345;
		for (int i = 0; i < 40000; i++) {
			size_t n = 0;
			int parts = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 3;
			for (int k = 0; k < parts; k++) {
				seed = seed * 1103515245u + 12345u;
				n += (size_t)snprintf(word + n, sizeof word - n, "%s",
				    syllables[(seed >> 16) % 20]);
			}
			seed = seed * 1103515245u + 12345u;
			snprintf(word + n, sizeof word - n, "%s", suffixes[(seed >> 16) % 12]);
			struct first_term ft = { "", 0 };
			assert_int_equal(tokenizer_run(f->tok, TOKENIZER_DOCUMENT, word,
			    strlen(word), keep_first, &ft), 0);
			const sb_symbol *want = sb_stemmer_stem(reference,
			    (const sb_symbol *)word, (int)strlen(word));
			assert_non_null(want);
			checked++;
			if (ft.count < 1 || strcmp(ft.term, (const char *)want) != 0) {
				if (differ++ < 5)
					print_message("\"%s\": got \"%s\", want \"%s\"\n",
					    word, ft.term, (const char *)want);
			}
		}
	}
	sb_stemmer_delete(reference);
	assert_int_equal(checked, 80000);
	assert_int_equal(differ, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_tokenizer_document_terms),
		T(test_tokenizer_query_terms),
		T(test_tokenizer_spelling_matches),
		T(test_tokenizer_long_token_unstemmed),
		T(test_tokenizer_invalid_utf8),
		T(test_tokenizer_callback_stops),
		T(test_tokenizer_remembered_texts),
		T(test_tokenizer_fts5_matching),
		T(test_tokenizer_quiet_synonyms),
		T(test_tokenizer_aux_offsets_only),
		T(test_tokenizer_unknown_language),
		cmocka_unit_test(test_tokenizer_spec_records_versions),
		T(test_tokenizer_replay_equals_fresh),
		T(test_tokenizer_replay_only_matching_text),
		T(test_tokenizer_stems_only_recording),
		T(test_tokenizer_capture_terms),
		T(test_tokenizer_capture_memos),
		T(test_tokenizer_replay_builds_same_index),
		cmocka_unit_test(test_tokenizer_replay_not_ours),
		cmocka_unit_test(test_tokenizer_threads_do_not_interfere),
		T(test_tokenizer_snowball_vocabulary),
		T(test_tokenizer_stems_survive_cache_growth),
	};
	return cmocka_run_group_tests_name("tokenizer", tests, NULL, NULL);
}
