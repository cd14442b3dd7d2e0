/*
 * test_output.c: unit tests of lib/output.c, the output formats.
 *
 * Results are made by hand and written to an open_memstream FILE.  JSON
 * Lines are checked with SQLite's own json_valid() and json_extract() on a
 * :memory: database: every key, claim and batch keys, and hostile fields
 * (invalid UTF-8, control characters, quotes, the snippet marks).  TSV:
 * the exact line, a fixed column count per mode, escaping of tabs,
 * newlines and backslashes.  Text: no escape bytes without colour, colour
 * codes for the marks with it, escaped paths, grouping by source, the
 * claim and explain lines.  CSV (RFC 4180 quoting on a table of fields),
 * TSV headers, the fallback field, and source rows (-l, -c) in every
 * format.  output_safe on a table of inputs, and write errors reported by
 * output_result and output_finish.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "output.h"
#include "util.h"

#define FFFD "\xEF\xBF\xBD"
#define ELLIPSIS "\xE2\x80\xA6"
#define C_MATCH "\033[1;31m"
#define C_OFF "\033[0m"

struct fixture {
	sqlite3 *db;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	if (f == NULL || sqlite3_open(":memory:", &f->db) != SQLITE_OK)
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	sqlite3_close(f->db);
	free(f);
	return 0;
}

/* ---- results ------------------------------------------------------------- */

static const char sample_text[] = "Coral reefs grow in warm water. They bleach when it is hot.";
static const char *const sample_matched[] = { "coral", "reefs" };
static const char *const sample_missing[] = { "damaged" };

static struct search_result sample(void)
{
	struct search_result r;
	memset(&r, 0, sizeof r);
	r.passage_id = 42;
	r.source = "corpus/a b.txt";
	r.title = "A \"Quoted\" Title";
	r.section = "Intro";
	r.ordinal = 1;
	r.line_start = 3;
	r.line_end = 4;
	r.byte_start = 100;
	r.byte_end = 100 + (int64_t)strlen(sample_text);
	r.score = 1.5;
	r.text = sample_text;
	r.text_len = strlen(sample_text);
	r.snippet = "Coral \x02reefs\x03 grow" ELLIPSIS;
	return r;
}

static struct search_result sample_claim(void)
{
	struct search_result r = sample();
	r.has_sentence = 1;
	r.sentence = sample_text;
	r.sentence_len = strlen("Coral reefs grow in warm water.");
	r.sentence_byte_start = 100;
	r.sentence_byte_end = 100 + (int64_t)r.sentence_len;
	r.sentence_line = 3;
	r.coverage = 0.75;
	r.matched = sample_matched;
	r.nmatched = 2;
	r.missing = sample_missing;
	r.nmissing = 1;
	r.snippet = "\x02" "Coral\x03 \x02reefs\x03 grow in warm water.";
	return r;
}

/* A result whose every text field is hostile. */
static const char nasty_text[] = "bad \xff\xfe bytes, \"quotes\", back\\slash,\ttab,\nnewline,\x01\x1b[31mred\x7f";
static const char *const nasty_words[] = { "q\"uote", "t\tab", "\xff" };

static struct search_result nasty(void)
{
	struct search_result r = sample_claim();
	r.source = "dir\twith tab/new\nline\\back\xff.txt";
	r.title = "Title \x1b[2J\xc3\x28 \"q\"";
	r.section = "Sec\x01tion\r";
	r.text = nasty_text;
	r.text_len = sizeof nasty_text - 1;
	r.snippet = "\x02" "bad\x03 \xff\xfe \x1b[31m \"q\" \\ \t\n" ELLIPSIS;
	r.sentence = nasty_text;
	r.sentence_len = 12;	/* ends inside nothing in particular */
	r.matched = nasty_words;
	r.nmatched = 3;
	r.missing = nasty_words + 1;
	r.nmissing = 1;
	r.explain = "explain \x1b[0m\nline";
	return r;
}

/*
 * Write results through an output with options o; returns what was written
 * (malloc'd, *len bytes) and output_finish's value in *finish.
 */
static char *render(void **state, const struct output_options *o, const struct search_result *rs,
    size_t n, const char *qid, size_t *len, int *finish)
{
	struct fixture *f = *state;
	char *data = NULL, err[256];
	size_t size = 0;
	struct output *out;
	FILE *mf = open_memstream(&data, &size);
	assert_non_null(mf);
	if (output_open(&out, mf, o, f->db, err, sizeof err) != 0)
		fail_msg("output_open: %s", err);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(output_result(out, qid, &rs[i]), 0);
	int rc = output_finish(out);
	output_close(out);
	assert_int_equal(fclose(mf), 0);
	if (finish)
		*finish = rc;
	else
		assert_int_equal(rc, 0);
	if (len)
		*len = size;
	return data;
}

static size_t count_char(const char *s, size_t n, char c)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += s[i] == c;
	return k;
}

/* No C0 control byte (so no marks, no ESC) but '\n' and '\t', and valid UTF-8. */
static void assert_no_raw_controls(const char *s, size_t n, int allow_esc)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\n' || c == '\t' || (allow_esc && c == 0x1b))
			continue;
		if (c < 0x20)
			fail_msg("raw control byte 0x%02x at %zu in: %s", c, i, s);
	}
	assert_int_equal(util_utf8_errors(s, n), 0);
}

/* ---- JSON ----------------------------------------------------------------- */

/* json_extract(line, path) as text (malloc'd), or NULL for SQL NULL. */
static char *jx(void **state, const char *line, size_t len, const char *path)
{
	struct fixture *f = *state;
	sqlite3_stmt *st;
	char *v = NULL;
	assert_int_equal(sqlite3_prepare_v2(f->db, "SELECT json_extract(?1, ?2)", -1, &st, NULL),
	    SQLITE_OK);
	sqlite3_bind_text(st, 1, line, (int)len, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_ROW)
		fail_msg("json_extract(%s): %s", path, sqlite3_errmsg(f->db));
	if (sqlite3_column_type(st, 0) != SQLITE_NULL) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		v = strdup(t);
	}
	sqlite3_finalize(st);
	return v;
}

static int64_t jint(void **state, const char *line, size_t len, const char *sql)
{
	struct fixture *f = *state;
	sqlite3_stmt *st;
	int64_t v = -999;
	assert_int_equal(sqlite3_prepare_v2(f->db, sql, -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, line, (int)len, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static void assert_jx(void **state, const char *line, size_t len, const char *path,
    const char *want)
{
	char *v = jx(state, line, len, path);
	if (want == NULL) {
		if (v != NULL)
			fail_msg("%s: \"%s\", want no such key", path, v);
		return;
	}
	if (v == NULL || strcmp(v, want) != 0)
		fail_msg("%s: \"%s\", want \"%s\"", path, v ? v : "(null)", want);
	free(v);
}

/* Split into lines; each must be one valid JSON object.  Returns the count. */
static size_t json_lines(void **state, const char *data, size_t len, const char **lines,
    size_t *lens, size_t max)
{
	size_t n = 0, at = 0;
	assert_true(len > 0);
	assert_int_equal(data[len - 1], '\n');
	while (at < len) {
		const char *nl = memchr(data + at, '\n', len - at);
		assert_non_null(nl);
		size_t l = (size_t)(nl - (data + at));
		assert_true(n < max);
		lines[n] = data + at;
		lens[n] = l;
		if (jint(state, lines[n], l, "SELECT json_valid(?1)") != 1)
			fail_msg("line %zu is not valid JSON: %.*s", n, (int)l, lines[n]);
		assert_int_equal(jint(state, lines[n], l, "SELECT json_type(?1) = 'object'"), 1);
		n++;
		at += l + 1;
	}
	return n;
}

/*
 * The match marks (0x02, 0x03) are removed from the snippet only: a
 * passage whose own bytes include them keeps them in "text", which must
 * equal the file's bytes (found by fuzz_output).
 */
static void test_output_json_text_keeps_mark_bytes(void **state)
{
	struct output_options o = { .format = OUTPUT_JSON };
	struct search_result r = sample();
	static const char text[] = "a\x02" "b\x03" "c";
	const char *lines[2];
	size_t lens[2], len;
	r.text = text;
	r.text_len = sizeof text - 1;
	r.snippet = "\x02" "a" "\x03" "b";
	char *data = render(state, &o, &r, 1, NULL, &len, NULL);
	assert_int_equal(json_lines(state, data, len, lines, lens, 2), 1);
	assert_jx(state, lines[0], lens[0], "$.text", text);
	assert_jx(state, lines[0], lens[0], "$.snippet", "ab");
	free(data);
}

static void test_output_json_keys(void **state)
{
	struct output_options o = { .format = OUTPUT_JSON };
	struct search_result r = sample();
	size_t len, lens[4];
	const char *lines[4];
	char *out = render(state, &o, &r, 1, NULL, &len, NULL);
	assert_int_equal(json_lines(state, out, len, lines, lens, 4), 1);
	const char *l = lines[0];
	size_t n = lens[0];
	assert_jx(state, l, n, "$.source", "corpus/a b.txt");
	assert_jx(state, l, n, "$.title", "A \"Quoted\" Title");
	assert_jx(state, l, n, "$.section", "Intro");
	assert_jx(state, l, n, "$.passage", "2");	/* 1-based */
	assert_jx(state, l, n, "$.line_start", "3");
	assert_jx(state, l, n, "$.line_end", "4");
	assert_jx(state, l, n, "$.byte_start", "100");
	char end[32];
	snprintf(end, sizeof end, "%zu", 100 + strlen(sample_text));
	assert_jx(state, l, n, "$.byte_end", end);
	assert_jx(state, l, n, "$.score", "1.5");
	assert_jx(state, l, n, "$.snippet", "Coral reefs grow" ELLIPSIS);
	assert_jx(state, l, n, "$.text", sample_text);
	/* numbers are JSON numbers, not strings */
	assert_int_equal(jint(state, l, n, "SELECT json_type(?1, '$.line_start') = 'integer'"), 1);
	assert_int_equal(jint(state, l, n, "SELECT json_type(?1, '$.score') = 'real'"), 1);
	/* no claim or batch keys outside those modes */
	assert_jx(state, l, n, "$.coverage", NULL);
	assert_jx(state, l, n, "$.matched", NULL);
	assert_jx(state, l, n, "$.query_id", NULL);
	assert_no_raw_controls(out, len, 0);
	free(out);
}

static void test_output_json_claim_and_batch(void **state)
{
	struct output_options o = { .format = OUTPUT_JSON, .claim = 1, .batch = 1 };
	struct search_result rs[2] = { sample_claim(), sample_claim() };
	rs[1].nmatched = 0;
	rs[1].matched = NULL;
	rs[1].nmissing = 0;
	rs[1].missing = NULL;
	size_t len, lens[4];
	const char *lines[4];
	char *out = render(state, &o, rs, 2, "q-7", &len, NULL);
	assert_int_equal(json_lines(state, out, len, lines, lens, 4), 2);
	const char *l = lines[0];
	size_t n = lens[0];
	assert_jx(state, l, n, "$.source", "corpus/a b.txt");
	assert_jx(state, l, n, "$.sentence", "Coral reefs grow in warm water.");
	assert_jx(state, l, n, "$.sentence_byte_start", "100");
	assert_jx(state, l, n, "$.sentence_byte_end", "131");
	assert_jx(state, l, n, "$.sentence_line", "3");
	assert_jx(state, l, n, "$.coverage", "0.75");
	assert_jx(state, l, n, "$.query_id", "q-7");
	assert_jx(state, l, n, "$.snippet", "Coral reefs grow in warm water.");
	assert_int_equal(jint(state, l, n, "SELECT json_type(?1, '$.matched') = 'array'"), 1);
	assert_int_equal(jint(state, l, n, "SELECT json_array_length(?1, '$.matched')"), 2);
	assert_jx(state, l, n, "$.matched[0]", "coral");
	assert_jx(state, l, n, "$.matched[1]", "reefs");
	assert_int_equal(jint(state, l, n, "SELECT json_type(?1, '$.missing') = 'array'"), 1);
	assert_int_equal(jint(state, l, n, "SELECT json_array_length(?1, '$.missing')"), 1);
	assert_jx(state, l, n, "$.missing[0]", "damaged");
	/* empty lists are empty arrays */
	l = lines[1];
	n = lens[1];
	assert_int_equal(jint(state, l, n, "SELECT json_type(?1, '$.matched') = 'array'"), 1);
	assert_int_equal(jint(state, l, n, "SELECT json_array_length(?1, '$.matched')"), 0);
	assert_int_equal(jint(state, l, n, "SELECT json_array_length(?1, '$.missing')"), 0);
	assert_jx(state, l, n, "$.query_id", "q-7");
	free(out);
}

static void test_output_json_hostile_fields(void **state)
{
	struct output_options o = { .format = OUTPUT_JSON, .claim = 1, .batch = 1 };
	struct search_result r = nasty();
	size_t len, lens[4];
	const char *lines[4];
	char *out = render(state, &o, &r, 1, "id\n\"\xff", &len, NULL);
	assert_int_equal(json_lines(state, out, len, lines, lens, 4), 1);
	assert_int_equal(count_char(out, len, '\n'), 1);
	assert_no_raw_controls(out, len, 0);
	const char *l = lines[0];
	size_t n = lens[0];
	assert_jx(state, l, n, "$.source", "dir\twith tab/new\nline\\back" FFFD ".txt");
	assert_jx(state, l, n, "$.title", "Title \x1b[2J" FFFD "( \"q\"");
	assert_jx(state, l, n, "$.section", "Sec\x01tion\r");
	assert_jx(state, l, n, "$.text",
	    "bad " FFFD FFFD " bytes, \"quotes\", back\\slash,\ttab,\nnewline,\x01\x1b[31mred\x7f");
	assert_jx(state, l, n, "$.snippet", "bad " FFFD FFFD " \x1b[31m \"q\" \\ \t\n" ELLIPSIS);
	assert_jx(state, l, n, "$.sentence", "bad " FFFD FFFD " bytes");
	assert_jx(state, l, n, "$.matched[0]", "q\"uote");
	assert_jx(state, l, n, "$.matched[1]", "t\tab");
	assert_jx(state, l, n, "$.matched[2]", FFFD);
	assert_jx(state, l, n, "$.missing[0]", "t\tab");
	assert_jx(state, l, n, "$.query_id", "id\n\"" FFFD);
	free(out);
}

/* ---- TSV ------------------------------------------------------------------ */

static void test_output_tsv_exact_line(void **state)
{
	struct output_options o = { .format = OUTPUT_TSV };
	struct search_result r = sample();
	size_t len;
	char *out = render(state, &o, &r, 1, NULL, &len, NULL);
	assert_string_equal(out,
	    "corpus/a b.txt\t3\t4\t100\t159\t1.5000\tA \"Quoted\" Title\tIntro\t2\tCoral reefs grow"
	    ELLIPSIS "\t0\t\t\t\t\t\n");
	free(out);

	struct output_options oc = { .format = OUTPUT_TSV, .claim = 1, .batch = 1 };
	r = sample_claim();
	out = render(state, &oc, &r, 1, "q1", &len, NULL);
	assert_string_equal(out,
	    "corpus/a b.txt\t3\t4\t100\t159\t1.5000\tA \"Quoted\" Title\tIntro\t2\t"
	    "Coral reefs grow in warm water.\t"
	    "0.7500\t3\t100\t131\tCoral reefs grow in warm water.\tcoral reefs\tdamaged\t"
	    "0.0000\t\t\t\t\t\t\t\t\tq1\t0\t\t\t\t\t\n");
	free(out);
}

static void test_output_tsv_columns(void **state)
{
	static const struct {
		int claim, batch;
		size_t fields;
	} modes[] = {
		{ 0, 0, 16 }, { 1, 0, 32 }, { 0, 1, 17 }, { 1, 1, 33 },
	};
	struct search_result rs[3] = { sample(), nasty(), sample_claim() };
	rs[0].has_sentence = 0;
	for (size_t m = 0; m < sizeof modes / sizeof *modes; m++) {
		struct output_options o = { .format = OUTPUT_TSV, .claim = modes[m].claim,
		    .batch = modes[m].batch };
		size_t len;
		char *out = render(state, &o, rs, 3, modes[m].batch ? "b\tatch" : NULL, &len, NULL);
		assert_int_equal(count_char(out, len, '\n'), 3);
		assert_int_equal(count_char(out, len, '\t'), 3 * (modes[m].fields - 1));
		const char *line = out;
		for (int i = 0; i < 3; i++) {
			const char *nl = strchr(line, '\n');
			assert_non_null(nl);
			size_t tabs = count_char(line, (size_t)(nl - line), '\t');
			if (tabs != modes[m].fields - 1)
				fail_msg("mode %zu line %d: %zu fields, want %zu", m, i, tabs + 1,
				    modes[m].fields);
			line = nl + 1;
		}
		assert_null(strchr(out, SEARCH_MARK_ON));
		assert_null(strchr(out, SEARCH_MARK_OFF));
		assert_int_equal(util_utf8_errors(out, len), 0);
		free(out);
	}
}

static void test_output_tsv_escapes(void **state)
{
	struct output_options o = { .format = OUTPUT_TSV, .claim = 1, .batch = 1 };
	struct search_result r = nasty();
	size_t len;
	char *out = render(state, &o, &r, 1, "q\\1", &len, NULL);
	/* split the one line into its fields */
	char *fields[28];
	size_t nf = 0;
	assert_int_equal(out[len - 1], '\n');
	out[len - 1] = 0;
	for (char *p = out, *tab; nf < 28; p = tab + 1) {
		fields[nf++] = p;
		if ((tab = strchr(p, '\t')) == NULL)
			break;
		*tab = 0;
	}
	assert_int_equal(nf, 28);
	assert_string_equal(fields[0], "dir\\twith tab/new\\nline\\\\back" FFFD ".txt");
	assert_memory_equal(fields[7], "Sec", 3);
	assert_string_equal(fields[7] + strlen(fields[7]) - 6, "tion\\r");
	assert_string_equal(fields[9], "bad " FFFD FFFD " \\x1b[31m \"q\" \\\\ \\t\\n" ELLIPSIS);
	assert_string_equal(fields[14], "bad " FFFD FFFD " bytes");
	assert_string_equal(fields[15], "q\"uote t\\tab " FFFD);
	assert_string_equal(fields[16], "t\\tab");
	assert_string_equal(fields[26], "q\\\\1");
	assert_string_equal(fields[27], "0");
	free(out);
}

/* ---- CSV, headers, fallback, source rows ------------------------------------ */

/* An output on a memory stream, for the tests that drive it themselves. */
struct memout {
	char *data;
	size_t size;
	FILE *f;
	struct output *out;
};

static void memout_open(void **state, struct memout *m, const struct output_options *o)
{
	struct fixture *fx = *state;
	char err[256];
	memset(m, 0, sizeof *m);
	m->f = open_memstream(&m->data, &m->size);
	assert_non_null(m->f);
	if (output_open(&m->out, m->f, o, fx->db, err, sizeof err) != 0)
		fail_msg("output_open: %s", err);
}

/* Finish, close; returns the text written (m->data, freed by the caller). */
static char *memout_close(struct memout *m)
{
	assert_int_equal(output_finish(m->out), 0);
	output_close(m->out);
	assert_int_equal(fclose(m->f), 0);
	return m->data;
}

#define CSV_HEADER "source,line_start,line_end,byte_start,byte_end,score,title,section," \
    "passage,snippet,fallback,author,date,publisher,url,page\r\n"

static void test_output_csv_record(void **state)
{
	struct output_options o = { .format = OUTPUT_CSV };
	struct search_result r = sample();
	size_t len;
	char *out = render(state, &o, &r, 1, NULL, &len, NULL);
	assert_string_equal(out, CSV_HEADER
	    "corpus/a b.txt,3,4,100,159,1.5000,\"A \"\"Quoted\"\" Title\",Intro,2,"
	    "Coral reefs grow" ELLIPSIS ",0,,,,,\r\n");
	free(out);
	/* nothing found: nothing written, not even the header */
	out = render(state, &o, &r, 0, NULL, &len, NULL);
	assert_int_equal(len, 0);
	free(out);
}

/* RFC 4180: quoted only when needed, quotes doubled, every other byte kept. */
static void test_output_csv_fields(void **state)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "plain", "plain" },
		{ "", "" },
		{ "a,b", "\"a,b\"" },
		{ "say \"hi\"", "\"say \"\"hi\"\"\"" },
		{ "two\nlines", "\"two\nlines\"" },
		{ "cr\rhere", "\"cr\rhere\"" },
		{ "tab\there", "tab\there" },
		{ "back\\slash", "back\\slash" },
		{ "bad \xff byte", "bad " FFFD " byte" },
		{ "\"", "\"\"\"\"" },
	};
	struct output_options o = { .format = OUTPUT_CSV };
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct search_result r = sample();
		r.source = cases[i].in;
		size_t len, hl = strlen(CSV_HEADER), wl = strlen(cases[i].want);
		char *out = render(state, &o, &r, 1, NULL, &len, NULL);
		assert_true(len > hl + wl);
		assert_memory_equal(out, CSV_HEADER, hl);
		if (memcmp(out + hl, cases[i].want, wl) != 0 || out[hl + wl] != ',')
			fail_msg("case %zu: CSV record \"%s\", want it to start \"%s,\"", i,
			    out + hl, cases[i].want);
		free(out);
	}
}

static void test_output_tsv_header(void **state)
{
	static const struct {
		int header, claim, batch;
		const char *first;	/* the first line, NULL: no header */
	} cases[] = {
		{ 0, 0, 0, NULL },
		{ 1, 0, 0, "source\tline_start\tline_end\tbyte_start\tbyte_end\tscore\ttitle\t"
		    "section\tpassage\tsnippet\tfallback\tauthor\tdate\tpublisher\turl\tpage\n" },
		{ 1, 1, 1, "source\tline_start\tline_end\tbyte_start\tbyte_end\tscore\ttitle\t"
		    "section\tpassage\tsnippet\tcoverage\tsentence_line\tsentence_byte_start\t"
		    "sentence_byte_end\tsentence\tmatched\tmissing\tpassage_coverage\tverdict\t"
		    "support\tunknown\tconflicts\tclaim\tclaim_line\tclaim_byte_start\t"
		    "claim_byte_end\tquery_id\tfallback\tauthor\tdate\tpublisher\turl\tpage\n" },
	};
	struct search_result rs[2] = { sample_claim(), sample_claim() };
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct output_options o = { .format = OUTPUT_TSV, .header = cases[i].header,
		    .claim = cases[i].claim, .batch = cases[i].batch };
		size_t len;
		char *out = render(state, &o, rs, 2, "q", &len, NULL);
		/* the header once, however many rows */
		assert_int_equal(count_char(out, len, '\n'), 2 + (cases[i].first != NULL));
		if (cases[i].first)
			assert_memory_equal(out, cases[i].first, strlen(cases[i].first));
		else
			assert_memory_equal(out, "corpus/a b.txt\t", 15);
		free(out);
	}
}

/*
 * Claims: text opens with the verdict line (with the draft line, the
 * unknown words), rows show their support and conflicts; a claim with no
 * row still gets its verdict line, JSON object or TSV row.
 */
static void test_output_claim_verdicts(void **state)
{
	static const struct search_conflict conflict = { "number", "1990s", "1960s", 21, 1357, 1362 };
	static const char *const unknown[] = { "moon", "cheese" };
	struct output_claim at = { "Ketamine was made in the 1990s.", 7, 120, 151 };
	struct search_result r = sample_claim();
	r.verdict = VERDICT_UNSUPPORTED;
	r.support = VERDICT_UNSUPPORTED;
	r.conflicts = &conflict;
	r.nconflicts = 1;
	static const struct {
		enum output_format format;
		const char *has[4];	/* in the output, in this order */
	} cases[] = {
		{ OUTPUT_TEXT, { "line 7: UNSUPPORTED  \"Ketamine was made in the 1990s.\"\n",
		    "  this source: unsupported\n",
		    "  conflict (number): claim \"1990s\", source \"1960s\" (line 21, bytes 1357-1362)\n",
		    "line 8: UNSUPPORTED  \"The moon is cheese.\"\n  not in any source: moon cheese\n" } },
		{ OUTPUT_JSON, { "\"verdict\":\"unsupported\",\"support\":\"unsupported\"",
		    "\"conflicts\":[{\"kind\":\"number\",\"claim\":\"1990s\",\"source\":\"1960s\","
		    "\"line\":21,\"byte_start\":1357,\"byte_end\":1362}]",
		    "\"claim\":\"Ketamine was made in the 1990s.\",\"claim_line\":7,"
		    "\"claim_byte_start\":120,\"claim_byte_end\":151",
		    "{\"claim\":\"The moon is cheese.\",\"claim_line\":8,\"claim_byte_start\":160,"
		    "\"claim_byte_end\":179,\"verdict\":\"unsupported\",\"unknown\":[\"moon\",\"cheese\"],"
		    "\"source\":null,\"fallback\":false}\n" } },
		{ OUTPUT_TSV, { "\tunsupported\tunsupported\t\tnumber: 1990s / 1960s (line 21)\t"
		    "Ketamine was made in the 1990s.\t7\t120\t151\t0\t\t\t\t\t\n",
		    "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tunsupported\t\tmoon cheese\t\t"
		    "The moon is cheese.\t8\t160\t179\t0\t\t\t\t\t\n", NULL, NULL } },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct output_options o = { .format = cases[i].format, .claim = 1 };
		struct output_claim bare = { "The moon is cheese.", 8, 160, 179 };
		struct memout m;
		memout_open(state, &m, &o);
		output_claim_begin(m.out, NULL, &at);
		assert_int_equal(output_result(m.out, NULL, &r), 0);
		assert_int_equal(output_claim_end(m.out, VERDICT_UNSUPPORTED, NULL, 0), 0);
		output_claim_begin(m.out, NULL, &bare);
		assert_int_equal(output_claim_end(m.out, VERDICT_UNSUPPORTED, unknown, 2), 0);
		char *out = memout_close(&m);
		const char *at_ = out;
		for (size_t k = 0; k < 4 && cases[i].has[k]; k++) {
			const char *hit = strstr(at_, cases[i].has[k]);
			if (hit == NULL)
				fail_msg("format %zu: no \"%s\" after offset %zu in:\n%s", i,
				    cases[i].has[k], (size_t)(at_ - out), out);
			at_ = hit + strlen(cases[i].has[k]);
		}
		free(out);
	}
}

/*
 * Citation facts (issue 21): in JSON as fields, in TSV/CSV as the columns
 * after fallback, in text on the source line; a PDF row's place is its
 * page and the lines on that page.
 */
static void test_output_citation(void **state)
{
	static const struct {
		enum output_format format;
		const char *want;	/* must occur in the output */
	} cases[] = {
		{ OUTPUT_TEXT, "paper.pdf p. 4, lines 3-4  score 1.500\n"
		    "  A \"Quoted\" Title (Ann Lee, 2021-03-04, Reef Press, https://example.org/r) "
		    "\xE2\x80\xBA Intro\n" },
		{ OUTPUT_JSON, "\"author\":\"Ann Lee\",\"date\":\"2021-03-04\","
		    "\"publisher\":\"Reef Press\",\"url\":\"https://example.org/r\",\"page\":4,"
		    "\"fallback\":false,\"copies\":[]}\n" },
		{ OUTPUT_TSV, "\t0\tAnn Lee\t2021-03-04\tReef Press\thttps://example.org/r\t4\n" },
		{ OUTPUT_CSV, ",0,Ann Lee,2021-03-04,Reef Press,https://example.org/r,4\r\n" },
	};
	struct search_result r = sample();
	r.source = "paper.pdf";
	r.cite = (struct cite){ "Ann Lee", "2021-03-04", "Reef Press", "https://example.org/r", 4 };
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct output_options o = { .format = cases[i].format };
		size_t len;
		char *out = render(state, &o, &r, 1, NULL, &len, NULL);
		if (strstr(out, cases[i].want) == NULL)
			fail_msg("format %d: no \"%s\" in: %s", cases[i].format, cases[i].want, out);
		free(out);
	}
	/* nothing known: JSON nulls, empty columns, the text line as before */
	struct output_options o = { .format = OUTPUT_JSON };
	size_t len;
	r = sample();
	char *out = render(state, &o, &r, 1, NULL, &len, NULL);
	assert_non_null(strstr(out, "\"author\":null,\"date\":null,\"publisher\":null,"
	    "\"url\":null,\"page\":null"));
	free(out);
}

/* output_set_fallback marks the rows that follow, in JSON, TSV and CSV. */
static void test_output_fallback_field(void **state)
{
	static const struct {
		enum output_format format;
		const char *row1_end, *row2_end;	/* how each row ends */
	} cases[] = {
		/* a passage row's copies come after it (copies.h) */
		{ OUTPUT_JSON, ",\"fallback\":false,\"copies\":[]}\n",
		  ",\"fallback\":true,\"copies\":[]}\n" },
		{ OUTPUT_TSV, "\t0\t\t\t\t\t\n", "\t1\t\t\t\t\t\n" },
		{ OUTPUT_CSV, ",0,,,,,\r\n", ",1,,,,,\r\n" },
	};
	struct search_result r = sample();
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct output_options o = { .format = cases[i].format };
		struct memout m;
		memout_open(state, &m, &o);
		assert_int_equal(output_result(m.out, NULL, &r), 0);
		assert_int_equal(fflush(m.f), 0);
		size_t first = m.size;
		output_set_fallback(m.out, 1);
		assert_int_equal(output_result(m.out, NULL, &r), 0);
		char *out = memout_close(&m);
		size_t e1 = strlen(cases[i].row1_end), e2 = strlen(cases[i].row2_end);
		if (first < e1 || memcmp(out + first - e1, cases[i].row1_end, e1) != 0 ||
		    m.size < e2 || memcmp(out + m.size - e2, cases[i].row2_end, e2) != 0)
			fail_msg("format %d: rows do not end in '%s' then '%s': %s", cases[i].format,
			    cases[i].row1_end, cases[i].row2_end, out);
		free(out);
	}
}

/*
 * -l and -c rows in every format, with and without a query id: text is
 * grep's (paths only), the others name the title and citation facts (null
 * or empty when not known).
 */
static void test_output_source_rows(void **state)
{
	static const struct {
		enum output_format format;
		enum output_rows rows;
		int batch;
		const char *want;
	} cases[] = {
		{ OUTPUT_TEXT, OUTPUT_SOURCES, 0, "a.txt\nb,\"c\n" },
		{ OUTPUT_TEXT, OUTPUT_COUNTS, 0, "a.txt:3\nb,\"c:1\n" },
		{ OUTPUT_TEXT, OUTPUT_COUNTS, 1, "q\ta.txt:3\nq\tb,\"c:1\n" },
		{ OUTPUT_JSON, OUTPUT_SOURCES, 0,
		    "{\"source\":\"a.txt\",\"title\":\"Reefs\",\"author\":\"Ann Lee\","
		    "\"date\":\"2024-05-01\",\"publisher\":null,\"url\":\"https://e.org/a\","
		    "\"fallback\":false}\n"
		    "{\"source\":\"b,\\\"c\",\"title\":\"\",\"author\":null,\"date\":null,"
		    "\"publisher\":null,\"url\":null,\"fallback\":false}\n" },
		{ OUTPUT_JSON, OUTPUT_COUNTS, 1,
		    "{\"source\":\"a.txt\",\"count\":3,\"title\":\"Reefs\",\"author\":\"Ann Lee\","
		    "\"date\":\"2024-05-01\",\"publisher\":null,\"url\":\"https://e.org/a\","
		    "\"query_id\":\"q\",\"fallback\":false}\n"
		    "{\"source\":\"b,\\\"c\",\"count\":1,\"title\":\"\",\"author\":null,"
		    "\"date\":null,\"publisher\":null,\"url\":null,\"query_id\":\"q\","
		    "\"fallback\":false}\n" },
		{ OUTPUT_TSV, OUTPUT_COUNTS, 0,
		    "a.txt\t3\t0\tReefs\tAnn Lee\t2024-05-01\t\thttps://e.org/a\n"
		    "b,\"c\t1\t0\t\t\t\t\t\n" },
		{ OUTPUT_CSV, OUTPUT_SOURCES, 0,
		    "source,fallback,title,author,date,publisher,url\r\n"
		    "a.txt,0,Reefs,Ann Lee,2024-05-01,,https://e.org/a\r\n\"b,\"\"c\",0,,,,,\r\n" },
		{ OUTPUT_CSV, OUTPUT_COUNTS, 1,
		    "source,count,query_id,fallback,title,author,date,publisher,url\r\n"
		    "a.txt,3,q,0,Reefs,Ann Lee,2024-05-01,,https://e.org/a\r\n"
		    "\"b,\"\"c\",1,q,0,,,,,\r\n" },
	};
	const struct search_source a = { "a.txt", "Reefs",
	    { "Ann Lee", "2024-05-01", NULL, "https://e.org/a", 0 }, 3 };
	const struct search_source b = { "b,\"c", "", { 0 }, 1 };
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct output_options o = { .format = cases[i].format, .rows = cases[i].rows,
		    .batch = cases[i].batch };
		struct memout m;
		memout_open(state, &m, &o);
		const char *qid = cases[i].batch ? "q" : NULL;
		assert_int_equal(output_source(m.out, qid, &a), 0);
		assert_int_equal(output_source(m.out, qid, &b), 0);
		char *out = memout_close(&m);
		if (strcmp(out, cases[i].want) != 0)
			fail_msg("case %zu: got \"%s\", want \"%s\"", i, out, cases[i].want);
		free(out);
	}
}

/* ---- text ----------------------------------------------------------------- */

static void test_output_text_plain(void **state)
{
	struct output_options o = { .format = OUTPUT_TEXT };
	struct search_result rs[2] = { sample(), nasty() };
	size_t len;
	char *out = render(state, &o, rs, 2, NULL, &len, NULL);
	assert_null(memchr(out, 0x1b, len));
	assert_null(memchr(out, SEARCH_MARK_ON, len));
	assert_null(memchr(out, SEARCH_MARK_OFF, len));
	assert_int_equal(util_utf8_errors(out, len), 0);
	assert_int_equal(strncmp(out, "corpus/a b.txt:3-4  score 1.500\n", 32), 0);
	assert_non_null(strstr(out, "A \"Quoted\" Title"));
	assert_non_null(strstr(out, "Intro"));
	assert_non_null(strstr(out, "Coral reefs grow" ELLIPSIS));
	free(out);
}

static void test_output_text_color(void **state)
{
	struct output_options o = { .format = OUTPUT_TEXT, .color = 1 };
	struct search_result r = sample();
	size_t len;
	char *out = render(state, &o, &r, 1, NULL, &len, NULL);
	assert_non_null(memchr(out, 0x1b, len));
	assert_non_null(strstr(out, "Coral " C_MATCH "reefs" C_OFF " grow"));
	assert_null(memchr(out, SEARCH_MARK_ON, len));
	assert_null(memchr(out, SEARCH_MARK_OFF, len));
	free(out);

	/* ESC bytes from the data are escaped even with colour on */
	r = nasty();
	out = render(state, &o, &r, 1, NULL, &len, NULL);
	assert_null(strstr(out, "\x1b[2J"));
	assert_null(strstr(out, "\x1b[31m"));
	assert_non_null(strstr(out, "\\x1b[2J"));
	assert_null(memchr(out, SEARCH_MARK_ON, len));
	free(out);
}

static void test_output_text_escapes_path(void **state)
{
	struct output_options o = { .format = OUTPUT_TEXT };
	struct search_result r = sample();
	r.source = "evil\nname\tx.txt";
	size_t len;
	char *out = render(state, &o, &r, 1, "batch\nid", &len, NULL);
	const char *nl = strchr(out, '\n');
	assert_non_null(nl);
	/* the whole location is on the first line */
	char first[128];
	snprintf(first, sizeof first, "%.*s", (int)(nl - out), out);
	assert_string_equal(first, "[batch\\nid] evil\\nname\\tx.txt:3-4  score 1.500");
	free(out);
}

static void test_output_text_snippet_one_line(void **state)
{
	struct output_options o = { .format = OUTPUT_TEXT };
	struct search_result r = sample();
	r.snippet = "first line\nsecond \x02line\x03\r\nthird\tcol";
	size_t len;
	char *out = render(state, &o, &r, 1, NULL, &len, NULL);
	/* location, title, snippet, blank line */
	assert_int_equal(count_char(out, len, '\n'), 4);
	assert_non_null(strstr(out, "first line second line"));
	assert_non_null(strstr(out, "third col"));
	assert_null(memchr(out, '\t', len));
	assert_null(memchr(out, '\r', len));
	free(out);
}

static void test_output_text_claim_explain_batch(void **state)
{
	struct output_options o = { .format = OUTPUT_TEXT, .claim = 1, .batch = 1, .explain = 1 };
	struct search_result r = sample_claim();
	r.explain = "score 1.5 = bm25; coral: idf 2.000, tf 1";
	size_t len;
	char *out = render(state, &o, &r, 1, "q9", &len, NULL);
	assert_int_equal(strncmp(out, "[q9] corpus/a b.txt:3-4", 23), 0);
	assert_non_null(strstr(out, "coverage 0.75"));
	assert_non_null(strstr(out, "line 3, bytes 100-131: Coral reefs grow in warm water."));
	assert_non_null(strstr(out, "matched: coral reefs  missing: damaged\n"));
	assert_non_null(strstr(out, "explain: score 1.5 = bm25; coral: idf 2.000, tf 1\n"));
	assert_null(memchr(out, SEARCH_MARK_ON, len));
	free(out);

	/* explain text is escaped, and only printed when asked */
	r = nasty();
	out = render(state, &o, &r, 1, NULL, &len, NULL);
	assert_non_null(strstr(out, "explain \\x1b[0m\\nline"));
	free(out);
	struct output_options quiet = { .format = OUTPUT_TEXT };
	out = render(state, &quiet, &r, 1, NULL, &len, NULL);
	assert_null(strstr(out, "explain"));
	free(out);
}

static void test_output_text_by_source(void **state)
{
	struct output_options o = { .format = OUTPUT_TEXT, .by_source = 1 };
	struct search_result rs[3] = { sample(), sample(), sample() };
	rs[1].source = "other.txt";
	rs[1].title = "Other";
	rs[2].line_start = 9;
	rs[2].line_end = 12;
	rs[2].score = 0.25;
	size_t len;
	char *out = render(state, &o, rs, 3, NULL, &len, NULL);
	const char *a = strstr(out, "corpus/a b.txt  (2 passages)  A \"Quoted\" Title\n");
	const char *b = strstr(out, "other.txt  (1 passage)  Other\n");
	assert_non_null(a);
	assert_non_null(b);
	assert_true(a < b);
	const char *first = strstr(out, "  3-4  score 1.500  Coral reefs grow" ELLIPSIS "\n");
	const char *second = strstr(out, "  9-12  score 0.250  ");
	assert_non_null(first);
	assert_non_null(second);
	assert_true(a < first && first < second && second < b);
	assert_null(memchr(out, SEARCH_MARK_ON, len));
	assert_null(memchr(out, 0x1b, len));
	free(out);
}

/* Group headers count every matching passage given, and say how many are shown. */
static void test_output_text_by_source_totals(void **state)
{
	struct fixture *f = *state;
	struct output_options o = { .format = OUTPUT_TEXT, .by_source = 1 };
	struct search_result rs[3] = { sample(), sample(), sample() };
	char *data = NULL, err[256];
	size_t size = 0;
	struct output *out;
	rs[1].source = "other.txt";
	rs[1].title = "Other";
	rs[2].source = "third.txt";
	rs[2].title = "Third";
	FILE *mf = open_memstream(&data, &size);
	assert_non_null(mf);
	if (output_open(&out, mf, &o, f->db, err, sizeof err) != 0)
		fail_msg("output_open: %s", err);
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(output_result(out, NULL, &rs[i]), 0);
	/* totals add up over calls (a batch's queries); an unshown source is no group */
	assert_int_equal(output_source_total(out, "corpus/a b.txt", 5), 0);
	assert_int_equal(output_source_total(out, "corpus/a b.txt", 7), 0);
	assert_int_equal(output_source_total(out, "other.txt", 1), 0);
	assert_int_equal(output_source_total(out, "unshown.txt", 4), 0);
	assert_int_equal(output_finish(out), 0);
	output_close(out);
	assert_int_equal(fclose(mf), 0);
	assert_non_null(strstr(data, "corpus/a b.txt  (12 passages, 1 shown)  A \"Quoted\" Title\n"));
	assert_non_null(strstr(data, "other.txt  (1 passage)  Other\n"));
	/* no total given: the rows shown */
	assert_non_null(strstr(data, "third.txt  (1 passage)  Third\n"));
	assert_null(strstr(data, "unshown"));
	free(data);
}

/* ---- output_safe ---------------------------------------------------------- */

static void test_output_safe(void **state)
{
	static const struct {
		const char *in;
		size_t n;
		const char *want;
	} cases[] = {
#define S(lit, want) { lit, sizeof lit - 1, want }
		S("", ""),
		S("plain text", "plain text"),
		S("caf\xC3\xA9 \xF0\x9F\x98\x80", "caf\xC3\xA9 \xF0\x9F\x98\x80"),
		S("a\tb", "a\\tb"),
		S("a\nb", "a\\nb"),
		S("a\rb", "a\\rb"),
		S("\x1b[31m", "\\x1b[31m"),
		S("\x7f", "\\x7f"),
		S("\x01\x02\x03", "\\x01\\x02\\x03"),
		S("nul\0byte", "nul\\x00byte"),
#undef S
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *data = NULL;
		size_t size = 0;
		FILE *mf = open_memstream(&data, &size);
		assert_non_null(mf);
		output_safe(mf, cases[i].in, cases[i].n);
		assert_int_equal(fclose(mf), 0);
		if (strcmp(data, cases[i].want) != 0)
			fail_msg("case %zu: \"%s\", want \"%s\"", i, data, cases[i].want);
		free(data);
	}
	/* invalid UTF-8 never comes out raw */
	static const char bad[] = "x\xff\xfe\xc3\x28\xed\xa0\x80\xe2\x82y";
	char *data = NULL;
	size_t size = 0;
	FILE *mf = open_memstream(&data, &size);
	assert_non_null(mf);
	output_safe(mf, bad, sizeof bad - 1);
	assert_int_equal(fclose(mf), 0);
	assert_int_equal(util_utf8_errors(data, size), 0);
	assert_int_equal(data[0], 'x');
	assert_int_equal(data[size - 1], 'y');
	assert_null(memchr(data, 0x1b, size));
	free(data);
}

/* ---- write errors --------------------------------------------------------- */

static void test_output_write_error(void **state)
{
	static const struct output_options modes[] = {
		{ .format = OUTPUT_TEXT },
		{ .format = OUTPUT_TEXT, .by_source = 1 },
		{ .format = OUTPUT_JSON, .claim = 1 },
		{ .format = OUTPUT_TSV, .batch = 1 },
	};
	struct fixture *f = *state;
	struct search_result r = sample_claim();
	for (size_t m = 0; m < sizeof modes / sizeof *modes; m++) {
		char err[256];
		struct output *out;
		FILE *ro = fopen("/dev/null", "r");
		assert_non_null(ro);
		assert_int_equal(output_open(&out, ro, &modes[m], f->db, err, sizeof err), 0);
		int first = output_result(out, "q", &r);
		/* grouped text writes nothing until finish; the others fail at once */
		if (!modes[m].by_source)
			assert_int_equal(first, -1);
		if (first == -1) {
			clearerr(ro);	/* still failed: the error is sticky */
			assert_int_equal(output_result(out, "q", &r), -1);
		}
		int finish = output_finish(out);
		output_close(out);
		fclose(ro);
		if (finish != -1)
			fail_msg("mode %zu: output_finish = %d on a read-only FILE, want -1", m, finish);
	}
	/* and a good stream reports success */
	size_t len;
	int finish = -2;
	char *text = render(state, &modes[0], &r, 1, NULL, &len, &finish);
	assert_int_equal(finish, 0);
	assert_true(len > 0);
	free(text);
}

/* A snippet may begin with a line break: nothing before it is read. */
static void test_output_text_snippet_starts_with_newline(void **state)
{
	static const char *const snippets[] = { "\nleading newline", "\tleading tab", "\r\nboth" };
	struct output_options o = { .format = OUTPUT_TEXT, .by_source = 0 };
	for (size_t i = 0; i < sizeof snippets / sizeof *snippets; i++) {
		struct search_result r = sample();
		char *heap = strdup(snippets[i]);	/* on the heap so ASan sees s[-1] */
		assert_non_null(heap);
		r.snippet = heap;
		size_t len;
		char *out = render(state, &o, &r, 1, NULL, &len, NULL);
		free(heap);
		assert_int_equal(count_char(out, len, '\n'), 4);
		assert_null(memchr(out, '\t', len));
		assert_null(memchr(out, '\r', len));
		free(out);
	}
}

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_output_json_keys),
		T(test_output_json_text_keeps_mark_bytes),
		T(test_output_json_claim_and_batch),
		T(test_output_json_hostile_fields),
		T(test_output_tsv_exact_line),
		T(test_output_tsv_columns),
		T(test_output_tsv_escapes),
		T(test_output_tsv_header),
		T(test_output_claim_verdicts),
		T(test_output_csv_record),
		T(test_output_csv_fields),
		T(test_output_fallback_field),
		T(test_output_citation),
		T(test_output_source_rows),
		T(test_output_text_plain),
		T(test_output_text_color),
		T(test_output_text_escapes_path),
		T(test_output_text_snippet_one_line),
		T(test_output_text_claim_explain_batch),
		T(test_output_text_by_source),
		T(test_output_text_by_source_totals),
		T(test_output_safe),
		T(test_output_write_error),
		/* last: under ASan a read before the snippet aborts the binary */
		T(test_output_text_snippet_starts_with_newline),
	};
#undef T
	return cmocka_run_group_tests_name("output", tests, NULL, NULL);
}
