/*
 * fuzz_output.c: libFuzzer harness for lib/output.c, the output contract.
 *
 * The input is made into one or two search results (passage text, source,
 * title, section, snippet with match marks, best sentence, matched and
 * missing words, query id), which are written as JSON Lines, TSV and text
 * into memory.  Checked, with a JSON parser written here (not SQLite's):
 *
 *   JSON  one line per result, each a valid JSON object in valid UTF-8;
 *         when a field's input is valid UTF-8, its decoded value is exactly
 *         the input ("the file's bytes in this range are text"), except the
 *         snippet, which loses only the match marks; byte_end - byte_start
 *         is the length of text, the same for the sentence;
 *   TSV   one line per result with the fixed number of tab-separated
 *         columns; source, title and section unescape to the input;
 *   text  valid UTF-8 with no control bytes but '\n' (and ESC in colour).
 *
 * The first input byte chooses options (claim, batch, colour, grouping,
 * explain, a sentence or not), the second where the sentence lies.
 * Any violation aborts.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "output.h"
#include "search.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FAIL(...) do { \
	fprintf(stderr, "fuzz_output: invariant violated: "); \
	fprintf(stderr, __VA_ARGS__); \
	fputc('\n', stderr); \
	abort(); \
} while (0)

static sqlite3 *db;

/* ---- UTF-8 (written here, independent of lib/util.c) ------------------ */

/* Bytes of the valid UTF-8 character at s[0 .. n), 0 if invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	uint32_t c;
	size_t k;

	if (n == 0)
		return 0;
	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		k = 2, c = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		k = 3, c = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		k = 4, c = s[0] & 0x07;
	else
		return 0;
	if (n < k)
		return 0;
	for (size_t i = 1; i < k; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if ((k == 3 && c < 0x800) || (k == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
	    (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	return k;
}

static int utf8_valid(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0, k; i < n; i += k)
		if ((k = utf8_len(u + i, n - i)) == 0)
			return 0;
	return 1;
}

static size_t put_utf8(char *out, uint32_t c)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xC0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xE0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		out[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	out[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

/* ---- a strict JSON parser (RFC 8259) ------------------------------------ */

struct json {
	const char *s;
	size_t n, i;
	const char *line;
};

struct jfield {
	char key[32];
	char *str;		/* decoded string value, or NULL */
	size_t len;
	int is_num, is_null;
	double num;
};

#define MAX_FIELDS 40

static void jfail(const struct json *j, const char *what)
{
	FAIL("JSON: %s at byte %zu of: %.300s", what, j->i, j->line);
}

static void ws(struct json *j)
{
	while (j->i < j->n && (j->s[j->i] == ' ' || j->s[j->i] == '\t' ||
	    j->s[j->i] == '\n' || j->s[j->i] == '\r'))
		j->i++;
}

static unsigned hex4(struct json *j)
{
	unsigned v = 0;
	if (j->n - j->i < 4)
		jfail(j, "short \\u escape");
	for (int k = 0; k < 4; k++) {
		char c = j->s[j->i++];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			jfail(j, "bad hex digit");
	}
	return v;
}

/* A string at j->i (the opening quote); decoded into *out (malloc'd) when out is not NULL. */
static void jstring(struct json *j, char **out, size_t *outlen)
{
	char *d = malloc(j->n * 4 + 1);
	size_t k = 0;

	if (d == NULL)
		abort();
	if (j->i >= j->n || j->s[j->i] != '"')
		jfail(j, "string expected");
	j->i++;
	for (;;) {
		if (j->i >= j->n)
			jfail(j, "unterminated string");
		unsigned char c = (unsigned char)j->s[j->i];
		if (c == '"') {
			j->i++;
			break;
		}
		if (c < 0x20)
			jfail(j, "raw control character in a string");
		if (c == '\\') {
			j->i++;
			if (j->i >= j->n)
				jfail(j, "unterminated escape");
			char e = j->s[j->i++];
			switch (e) {
			case '"': d[k++] = '"'; break;
			case '\\': d[k++] = '\\'; break;
			case '/': d[k++] = '/'; break;
			case 'b': d[k++] = '\b'; break;
			case 'f': d[k++] = '\f'; break;
			case 'n': d[k++] = '\n'; break;
			case 'r': d[k++] = '\r'; break;
			case 't': d[k++] = '\t'; break;
			case 'u': {
				uint32_t u = hex4(j);
				if (u >= 0xD800 && u <= 0xDBFF) {
					if (j->n - j->i < 6 || j->s[j->i] != '\\' || j->s[j->i + 1] != 'u')
						jfail(j, "lone high surrogate");
					j->i += 2;
					uint32_t lo = hex4(j);
					if (lo < 0xDC00 || lo > 0xDFFF)
						jfail(j, "bad low surrogate");
					u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				} else if (u >= 0xDC00 && u <= 0xDFFF) {
					jfail(j, "lone low surrogate");
				}
				k += put_utf8(d + k, u);
				break;
			}
			default:
				jfail(j, "bad escape");
			}
			continue;
		}
		size_t len = utf8_len((const unsigned char *)j->s + j->i, j->n - j->i);
		if (len == 0)
			jfail(j, "invalid UTF-8");
		memcpy(d + k, j->s + j->i, len);
		k += len;
		j->i += len;
	}
	d[k] = 0;
	if (out) {
		*out = d;
		*outlen = k;
	} else {
		free(d);
	}
}

static double jnumber(struct json *j)
{
	size_t start = j->i;
	if (j->i < j->n && j->s[j->i] == '-')
		j->i++;
	if (j->i >= j->n)
		jfail(j, "number expected");
	if (j->s[j->i] == '0')
		j->i++;
	else if (j->s[j->i] >= '1' && j->s[j->i] <= '9')
		while (j->i < j->n && j->s[j->i] >= '0' && j->s[j->i] <= '9')
			j->i++;
	else
		jfail(j, "bad number");
	if (j->i < j->n && j->s[j->i] == '.') {
		j->i++;
		if (j->i >= j->n || j->s[j->i] < '0' || j->s[j->i] > '9')
			jfail(j, "bad fraction");
		while (j->i < j->n && j->s[j->i] >= '0' && j->s[j->i] <= '9')
			j->i++;
	}
	if (j->i < j->n && (j->s[j->i] == 'e' || j->s[j->i] == 'E')) {
		j->i++;
		if (j->i < j->n && (j->s[j->i] == '+' || j->s[j->i] == '-'))
			j->i++;
		if (j->i >= j->n || j->s[j->i] < '0' || j->s[j->i] > '9')
			jfail(j, "bad exponent");
		while (j->i < j->n && j->s[j->i] >= '0' && j->s[j->i] <= '9')
			j->i++;
	}
	char buf[64];
	size_t len = j->i - start < sizeof buf - 1 ? j->i - start : sizeof buf - 1;
	memcpy(buf, j->s + start, len);
	buf[len] = 0;
	return strtod(buf, NULL);
}

static void jliteral(struct json *j, const char *lit)
{
	size_t n = strlen(lit);
	if (j->n - j->i < n || memcmp(j->s + j->i, lit, n) != 0)
		jfail(j, "bad literal");
	j->i += n;
}

static void jvalue(struct json *j, struct jfield *f, int depth);

static void jarray(struct json *j, int depth)
{
	j->i++;
	ws(j);
	if (j->i < j->n && j->s[j->i] == ']') {
		j->i++;
		return;
	}
	for (;;) {
		jvalue(j, NULL, depth + 1);
		ws(j);
		if (j->i < j->n && j->s[j->i] == ',') {
			j->i++;
			continue;
		}
		if (j->i < j->n && j->s[j->i] == ']') {
			j->i++;
			return;
		}
		jfail(j, "',' or ']' expected");
	}
}

/* An object; its top-level members into fields (when not NULL). */
static size_t jobject(struct json *j, struct jfield *fields, int depth)
{
	size_t n = 0;
	j->i++;
	ws(j);
	if (j->i < j->n && j->s[j->i] == '}') {
		j->i++;
		return 0;
	}
	for (;;) {
		char *key;
		size_t keylen;
		struct jfield *f = NULL;
		ws(j);
		jstring(j, &key, &keylen);
		if (fields) {
			if (n == MAX_FIELDS)
				jfail(j, "too many members");
			for (size_t k = 0; k < n; k++)
				if (strcmp(fields[k].key, key) == 0)
					jfail(j, "duplicate key");
			f = &fields[n++];
			memset(f, 0, sizeof *f);
			snprintf(f->key, sizeof f->key, "%s", key);
		}
		free(key);
		ws(j);
		if (j->i >= j->n || j->s[j->i] != ':')
			jfail(j, "':' expected");
		j->i++;
		jvalue(j, f, depth + 1);
		ws(j);
		if (j->i < j->n && j->s[j->i] == ',') {
			j->i++;
			continue;
		}
		if (j->i < j->n && j->s[j->i] == '}') {
			j->i++;
			return n;
		}
		jfail(j, "',' or '}' expected");
	}
}

static void jvalue(struct json *j, struct jfield *f, int depth)
{
	if (depth > 16)
		jfail(j, "nested too deeply");
	ws(j);
	if (j->i >= j->n)
		jfail(j, "value expected");
	switch (j->s[j->i]) {
	case '"':
		jstring(j, f ? &f->str : NULL, f ? &f->len : NULL);
		break;
	case '{':
		jobject(j, NULL, depth);
		break;
	case '[':
		jarray(j, depth);
		break;
	case 't':
		jliteral(j, "true");
		break;
	case 'f':
		jliteral(j, "false");
		break;
	case 'n':
		jliteral(j, "null");
		if (f)
			f->is_null = 1;
		break;
	default: {
		double v = jnumber(j);
		if (f) {
			f->is_num = 1;
			f->num = v;
		}
	}
	}
}

static const struct jfield *jget(const struct jfield *fs, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(fs[i].key, key) == 0)
			return &fs[i];
	return NULL;
}

/* ---- the results ------------------------------------------------------ */

struct input {
	char *text;			/* the passage, text_len bytes, no NUL */
	size_t text_len;
	char *source, *title, *section, *snippet, *qid;
	const char *words[6];
	size_t nwords;
	char *wordbuf;
	size_t sent_start, sent_end;
	struct search_result r;
};

static char *slice(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (p == NULL)
		abort();
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

/* Remove the match marks (what the snippet is expected to lose). */
static size_t unmark(const char *s, size_t n, char *out)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] != SEARCH_MARK_ON && s[i] != SEARCH_MARK_OFF)
			out[k++] = s[i];
	return k;
}

static void expect_field(const struct jfield *fs, size_t n, const char *key, const char *want,
    size_t wantlen, const char *line)
{
	const struct jfield *f = jget(fs, n, key);
	if (f == NULL || f->str == NULL)
		FAIL("JSON: no string \"%s\" in %.300s", key, line);
	if (!utf8_valid(want, wantlen))
		return;		/* repaired: U+FFFD for bad bytes, not compared */
	if (f->len != wantlen || memcmp(f->str, want, wantlen) != 0)
		FAIL("JSON: \"%s\" is %zu bytes, its input %zu bytes and valid UTF-8; they differ "
		    "(first bytes: input %02x..., output %02x...)", key, f->len, wantlen,
		    wantlen ? (unsigned char)want[0] : 0, f->len ? (unsigned char)f->str[0] : 0);
}

static void expect_int(const struct jfield *fs, size_t n, const char *key, long long want,
    const char *line)
{
	const struct jfield *f = jget(fs, n, key);
	if (f == NULL || !f->is_num || (long long)f->num != want)
		FAIL("JSON: \"%s\" should be %lld in %.300s", key, want, line);
}

static void check_json_line(const char *line, size_t len, const struct input *in, int claim,
    int batch)
{
	struct json j = { line, len, 0, line };
	struct jfield fs[MAX_FIELDS];
	size_t n;
	const struct search_result *r = &in->r;

	if (!utf8_valid(line, len))
		FAIL("JSON line is not valid UTF-8: %.300s", line);
	ws(&j);
	if (j.i >= j.n || line[j.i] != '{')
		FAIL("JSON line is not an object: %.300s", line);
	n = jobject(&j, fs, 0);
	ws(&j);
	if (j.i != j.n)
		jfail(&j, "trailing bytes");

	expect_field(fs, n, "text", r->text, r->text_len, line);
	expect_field(fs, n, "source", r->source, strlen(r->source), line);
	expect_field(fs, n, "title", r->title, strlen(r->title), line);
	expect_field(fs, n, "section", r->section, strlen(r->section), line);
	/* marks sit between characters, so only a valid snippet is compared */
	if (utf8_valid(r->snippet, strlen(r->snippet))) {
		char *plain = malloc(strlen(r->snippet) + 1);
		if (plain == NULL)
			abort();
		size_t k = unmark(r->snippet, strlen(r->snippet), plain);
		expect_field(fs, n, "snippet", plain, k, line);
		free(plain);
	}
	expect_int(fs, n, "byte_start", r->byte_start, line);
	expect_int(fs, n, "byte_end", r->byte_end, line);
	expect_int(fs, n, "line_start", r->line_start, line);
	expect_int(fs, n, "line_end", r->line_end, line);
	expect_int(fs, n, "passage", r->ordinal + 1, line);
	if (jget(fs, n, "score") == NULL || !jget(fs, n, "score")->is_num)
		FAIL("JSON: no numeric score in %.300s", line);
	if (claim && r->has_sentence) {
		expect_field(fs, n, "sentence", r->sentence, r->sentence_len, line);
		expect_int(fs, n, "sentence_byte_start", r->sentence_byte_start, line);
		expect_int(fs, n, "sentence_byte_end", r->sentence_byte_end, line);
		expect_int(fs, n, "sentence_line", r->sentence_line, line);
	}
	if (batch)
		expect_field(fs, n, "query_id", in->qid, strlen(in->qid), line);
	for (size_t i = 0; i < n; i++)
		free(fs[i].str);
}

/* TSV field unescaping: \t \n \r \\ \xNN. */
static size_t tsv_unescape(const char *s, size_t n, char *out)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\\' || i + 1 >= n) {
			out[k++] = s[i];
			continue;
		}
		char e = s[++i];
		if (e == 't')
			out[k++] = '\t';
		else if (e == 'n')
			out[k++] = '\n';
		else if (e == 'r')
			out[k++] = '\r';
		else if (e == '\\')
			out[k++] = '\\';
		else if (e == 'x' && i + 2 < n) {
			char hex[3] = { s[i + 1], s[i + 2], 0 };
			out[k++] = (char)strtol(hex, NULL, 16);
			i += 2;
		} else
			FAIL("TSV: unknown escape \\%c", e);
	}
	return k;
}

static void expect_tsv(const char *field, size_t n, const char *want, const char *what)
{
	char *u = malloc(n + 1);
	size_t k;
	if (u == NULL)
		abort();
	k = tsv_unescape(field, n, u);
	if (utf8_valid(want, strlen(want)) &&
	    (k != strlen(want) || memcmp(u, want, k) != 0))
		FAIL("TSV: %s column unescapes to %zu bytes, its input is %zu bytes and differs",
		    what, k, strlen(want));
	free(u);
}

static void check_tsv_line(const char *line, size_t len, const struct input *in, int claim,
    int batch)
{
	/* ... fallback, then author date publisher url page */
	size_t want = 16 + (claim ? 16 : 0) + (batch ? 1 : 0), cols = 1;
	const char *col[40];
	size_t colen[40];

	col[0] = line;
	for (size_t i = 0; i < len; i++) {
		if (line[i] == '\r' || (unsigned char)line[i] < 0x09 ||
		    ((unsigned char)line[i] > 0x0a && (unsigned char)line[i] < 0x20))
			FAIL("TSV: raw control byte %02x in a row", (unsigned char)line[i]);
		if (line[i] == '\t') {
			if (cols < 40) {
				colen[cols - 1] = (size_t)(line + i - col[cols - 1]);
				col[cols] = line + i + 1;
			}
			cols++;
		}
	}
	if (cols != want)
		FAIL("TSV: %zu columns, expected %zu: %.300s", cols, want, line);
	colen[cols - 1] = (size_t)(line + len - col[cols - 1]);
	expect_tsv(col[0], colen[0], in->r.source, "source");
	expect_tsv(col[6], colen[6], in->r.title, "title");
	expect_tsv(col[7], colen[7], in->r.section, "section");
}

static void check_text(const char *out, size_t len, int color)
{
	if (!utf8_valid(out, len))
		FAIL("text output is not valid UTF-8");
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)out[i];
		if (c == 0x7f || (c < 0x20 && c != '\n' && !(c == 0x1b && color)))
			FAIL("text output holds control byte %02x at %zu", c, i);
	}
}

/* Write the results in one format; returns the bytes (malloc'd) and their length. */
static char *render(const struct input *in, size_t nres, const struct output_options *o,
    size_t *len)
{
	char *buf = NULL, err[256];
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);
	struct output *out;

	if (f == NULL)
		abort();
	if (output_open(&out, f, o, db, err, sizeof err) != 0)
		FAIL("output_open: %s", err);
	for (size_t i = 0; i < nres; i++)
		if (output_result(out, o->batch ? in[i].qid : NULL, &in[i].r) != 0)
			FAIL("output_result failed (format %d)", o->format);
	if (output_finish(out) != 0)
		FAIL("output_finish failed (format %d)", o->format);
	output_close(out);
	fclose(f);
	*len = size;
	return buf;
}

/* Lines of out; each passed to check; their number must be nres. */
static void each_line(const char *out, size_t len, size_t nres, const struct input *in,
    int claim, int batch,
    void (*check)(const char *, size_t, const struct input *, int, int))
{
	size_t lines = 0, at = 0;
	while (at < len) {
		const char *nl = memchr(out + at, '\n', len - at);
		if (nl == NULL)
			FAIL("output does not end with a newline");
		char *line = slice(out + at, (size_t)(nl - out) - at);
		if (lines >= nres)
			FAIL("more lines than results (%zu): %.300s", nres, line);
		check(line, (size_t)(nl - out) - at, &in[lines], claim, batch);
		free(line);
		lines++;
		at = (size_t)(nl - out) + 1;
	}
	if (lines != nres)
		FAIL("%zu lines for %zu results", lines, nres);
}

static void make_input(struct input *in, const unsigned char *p, size_t n, unsigned flags,
    unsigned where, size_t serial)
{
	char *t = slice((const char *)p, n);
	for (size_t i = 0; i < n; i++) {
		if (t[i] == 0)
			t[i] = ' ';	/* stored text never holds NUL (binary files are skipped) */
	}
	memset(in, 0, sizeof *in);
	in->text = t;
	in->text_len = n;
	in->source = slice(t, n < 24 ? n : 24);
	in->title = slice(t + n / 4, n - n / 4 < 40 ? n - n / 4 : 40);
	in->section = slice(t + n / 2, n - n / 2 < 40 ? n - n / 2 : 40);
	/* the snippet: up to 120 bytes of the text, its first word between the marks */
	{
		size_t sn = n < 120 ? n : 120, w = 0;
		while (w < sn && t[w] != ' ')
			w++;
		in->snippet = malloc(sn + 3);
		if (in->snippet == NULL)
			abort();
		in->snippet[0] = SEARCH_MARK_ON;
		memcpy(in->snippet + 1, t, w);
		in->snippet[w + 1] = SEARCH_MARK_OFF;
		memcpy(in->snippet + w + 2, t + w, sn - w);
		in->snippet[sn + 2] = 0;
	}
	in->qid = slice(t + n / 3, n - n / 3 < 8 ? n - n / 3 : 8);
	in->wordbuf = slice(t, n < 60 ? n : 60);
	for (char *w = strtok(in->wordbuf, " "); w && in->nwords < 6; w = strtok(NULL, " "))
		in->words[in->nwords++] = w;
	in->sent_start = n * (where & 0x0f) / 16;
	in->sent_end = in->sent_start + (n - in->sent_start) * ((where >> 4) + 1) / 16;

	struct search_result *r = &in->r;
	r->passage_id = (int64_t)serial + 1;
	r->source = in->source;
	r->title = in->title;
	r->section = in->section;
	r->ordinal = (int64_t)serial;
	r->byte_start = 1000 * (int64_t)serial + 3;
	r->byte_end = r->byte_start + (int64_t)n;
	r->line_start = (int64_t)serial + 1;
	r->line_end = r->line_start + 2;
	r->score = (double)n / 7.0 - 3.0;
	r->text = in->text;
	r->text_len = in->text_len;
	r->snippet = in->snippet;
	if (flags & 0x20) {
		r->has_sentence = 1;
		r->sentence = in->text + in->sent_start;
		r->sentence_len = in->sent_end - in->sent_start;
		r->sentence_byte_start = r->byte_start + (int64_t)in->sent_start;
		r->sentence_byte_end = r->byte_start + (int64_t)in->sent_end;
		r->sentence_line = r->line_start;
		r->coverage = (double)(where % 11) / 10.0;
		r->matched = in->words;
		r->nmatched = in->nwords / 2;
		r->missing = in->words + in->nwords / 2;
		r->nmissing = in->nwords - in->nwords / 2;
	}
	if (flags & 0x40)
		r->explain = in->snippet;
}

static void free_input(struct input *in)
{
	free(in->text);
	free(in->source);
	free(in->title);
	free(in->section);
	free(in->snippet);
	free(in->qid);
	free(in->wordbuf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input in[2];
	size_t nres, len;
	unsigned flags, where;
	char *out;

	if (db == NULL && sqlite3_open(":memory:", &db) != SQLITE_OK)
		abort();
	if (size < 2)
		return 0;
	flags = data[0];
	where = data[1];
	data += 2;
	size -= 2;
	/* two results when the input says so: the second from the second half */
	nres = flags & 0x80 ? 2 : 1;
	if (nres == 2) {
		make_input(&in[0], data, size / 2, flags, where, 0);
		make_input(&in[1], data + size / 2, size - size / 2, flags, where, 1);
	} else {
		make_input(&in[0], data, size, flags, where, 0);
	}
	int claim = (flags & 0x01) != 0, batch = (flags & 0x02) != 0;

	struct output_options json = { .format = OUTPUT_JSON, .claim = claim, .batch = batch };
	out = render(in, nres, &json, &len);
	each_line(out, len, nres, in, claim, batch, check_json_line);
	free(out);

	struct output_options tsv = { .format = OUTPUT_TSV, .claim = claim, .batch = batch };
	out = render(in, nres, &tsv, &len);
	each_line(out, len, nres, in, claim, batch, check_tsv_line);
	free(out);

	struct output_options text = { .format = OUTPUT_TEXT, .claim = claim, .batch = batch,
	    .color = (flags & 0x04) != 0, .by_source = (flags & 0x08) != 0,
	    .explain = (flags & 0x10) != 0 };
	out = render(in, nres, &text, &len);
	check_text(out, len, text.color);
	free(out);

	for (size_t i = 0; i < nres; i++)
		free_input(&in[i]);
	return 0;
}
