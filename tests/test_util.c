/*
 * test_util.c: unit tests of lib/util.c.
 *
 * Covers the growable buffer (append, printf past the 256-byte fast path,
 * reset keeping memory, free of a zeroed struct), the FNV-1a 64 hash
 * against published values and its continuation property, the UTF-8
 * decoder on a table of valid and invalid sequences (overlong forms,
 * surrogates, code points past U+10FFFF, truncation, stray continuation
 * bytes), the error counter, repair to U+FFFD, and util_error.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "util.h"

#define FFFD "\xEF\xBF\xBD"

/* ---- buf ------------------------------------------------------------------ */

static void test_util_buf_append_grows(void **state)
{
	struct buf b = { 0 };
	char expect[1000];
	(void)state;
	for (size_t i = 0; i < sizeof expect; i++) {
		char c = (char)('a' + i % 26);
		expect[i] = c;
		buf_append(&b, &c, 1);
	}
	assert_int_equal(b.oom, 0);
	assert_int_equal(b.len, sizeof expect);
	assert_true(b.cap > b.len);
	assert_memory_equal(b.data, expect, sizeof expect);
	assert_int_equal(b.data[b.len], 0);
	buf_free(&b);
}

static void test_util_buf_append_empty_is_terminated(void **state)
{
	struct buf b = { 0 };
	(void)state;
	buf_append(&b, "", 0);
	assert_non_null(b.data);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.data, "");
	buf_puts(&b, "abc");
	buf_puts(&b, "");
	buf_puts(&b, "def");
	assert_int_equal(b.len, 6);
	assert_string_equal(b.data, "abcdef");
	buf_free(&b);
}

static void test_util_buf_printf_small(void **state)
{
	struct buf b = { 0 };
	(void)state;
	buf_printf(&b, "%d-%s", 42, "x");
	buf_printf(&b, "|%05.1f|", 3.14159);
	assert_string_equal(b.data, "42-x|003.1|");
	assert_int_equal(b.len, strlen("42-x|003.1|"));
	buf_free(&b);
}

static void test_util_buf_printf_large(void **state)
{
	/* lengths around and far past the 256-byte stack buffer of buf_printf */
	static const size_t sizes[] = { 254, 255, 256, 257, 300, 1000, 5000 };
	(void)state;
	for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
		size_t n = sizes[k];
		char *s = malloc(n + 1);
		assert_non_null(s);
		for (size_t i = 0; i < n; i++)
			s[i] = (char)('A' + i % 23);
		s[n] = 0;
		struct buf b = { 0 };
		buf_puts(&b, "<<");
		buf_printf(&b, "[%s]", s);
		buf_printf(&b, "%s", s);
		assert_int_equal(b.oom, 0);
		assert_int_equal(b.len, 2 + 1 + n + 1 + n);
		assert_int_equal(strlen(b.data), b.len);
		assert_memory_equal(b.data, "<<[", 3);
		assert_memory_equal(b.data + 3, s, n);
		assert_int_equal(b.data[3 + n], ']');
		assert_memory_equal(b.data + 4 + n, s, n);
		buf_free(&b);
		free(s);
	}
}

static void test_util_buf_reset_keeps_memory(void **state)
{
	struct buf b = { 0 };
	(void)state;
	buf_printf(&b, "%0300d", 7);
	assert_int_equal(b.len, 300);
	char *data = b.data;
	size_t cap = b.cap;
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_ptr_equal(b.data, data);
	assert_int_equal(b.cap, cap);
	assert_string_equal(b.data, "");
	buf_puts(&b, "again");
	assert_string_equal(b.data, "again");
	assert_ptr_equal(b.data, data);
	buf_free(&b);

	struct buf empty = { 0 };
	buf_reset(&empty);	/* no data yet: must not write through NULL */
	assert_null(empty.data);
	assert_int_equal(empty.len, 0);
}

static void test_util_buf_free_zeroed_and_twice(void **state)
{
	struct buf b = { 0 };
	(void)state;
	buf_free(&b);
	assert_null(b.data);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, 0);
	buf_puts(&b, "x");
	buf_free(&b);
	assert_null(b.data);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, 0);
	assert_int_equal(b.oom, 0);
	buf_free(&b);
	assert_null(b.data);
}

static void test_util_buf_oom_is_sticky(void **state)
{
	struct buf b = { 0 };
	(void)state;
	b.oom = 1;
	buf_puts(&b, "ignored");
	buf_printf(&b, "%s", "ignored too");
	assert_null(b.data);
	assert_int_equal(b.len, 0);
	buf_free(&b);
	assert_int_equal(b.oom, 0);
}

/* ---- hash ----------------------------------------------------------------- */

static void test_util_hash_known_values(void **state)
{
	static const struct {
		const char *s;
		uint64_t h;
	} cases[] = {
		{ "", 0xcbf29ce484222325ULL },
		{ "a", 0xaf63dc4c8601ec8cULL },
		{ "foobar", 0x85944171f73967e8ULL },
	};
	(void)state;
	assert_true(UTIL_HASH_INIT == 0xcbf29ce484222325ULL);
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		uint64_t h = util_hash(UTIL_HASH_INIT, cases[i].s, strlen(cases[i].s));
		if (h != cases[i].h)
			fail_msg("hash(\"%s\") = %llx, want %llx", cases[i].s,
			    (unsigned long long)h, (unsigned long long)cases[i].h);
	}
}

static void test_util_hash_continues(void **state)
{
	(void)state;
	uint64_t whole = util_hash(UTIL_HASH_INIT, "ab", 2);
	uint64_t parts = util_hash(util_hash(UTIL_HASH_INIT, "a", 1), "b", 1);
	assert_true(whole == parts);
	assert_true(whole != util_hash(UTIL_HASH_INIT, "ba", 2));
	/* high bytes are hashed as unsigned */
	assert_true(util_hash(UTIL_HASH_INIT, "\xff", 1) != util_hash(UTIL_HASH_INIT, "\x7f", 1));
	assert_true(util_hash(12345, "", 0) == 12345);
}

/* ---- UTF-8 ---------------------------------------------------------------- */

struct utf8_case {
	const char *name;
	const char *s;
	size_t n;	/* bytes available */
	size_t want;	/* util_utf8_char's answer */
};

#define U8(name, lit, want) { name, lit, sizeof lit - 1, want }

static const struct utf8_case utf8_cases[] = {
	U8("ascii", "A", 1),
	U8("ascii before more", "ab", 1),
	U8("nul", "\0", 1),
	U8("del", "\x7f", 1),
	U8("2-byte min U+0080", "\xC2\x80", 2),
	U8("2-byte e-acute", "\xC3\xA9x", 2),
	U8("2-byte max U+07FF", "\xDF\xBF", 2),
	U8("3-byte min U+0800", "\xE0\xA0\x80", 3),
	U8("3-byte euro", "\xE2\x82\xAC", 3),
	U8("3-byte before surrogates U+D7FF", "\xED\x9F\xBF", 3),
	U8("3-byte after surrogates U+E000", "\xEE\x80\x80", 3),
	U8("3-byte max U+FFFF", "\xEF\xBF\xBF", 3),
	U8("4-byte min U+10000", "\xF0\x90\x80\x80", 4),
	U8("4-byte emoji", "\xF0\x9F\x98\x80", 4),
	U8("4-byte max U+10FFFF", "\xF4\x8F\xBF\xBF", 4),
	U8("overlong C0 80", "\xC0\x80", 0),
	U8("overlong C1 BF", "\xC1\xBF", 0),
	U8("overlong E0 80 80", "\xE0\x80\x80", 0),
	U8("overlong E0 9F BF", "\xE0\x9F\xBF", 0),
	U8("overlong F0 80 80 80", "\xF0\x80\x80\x80", 0),
	U8("overlong F0 8F BF BF", "\xF0\x8F\xBF\xBF", 0),
	U8("surrogate D800", "\xED\xA0\x80", 0),
	U8("surrogate DFFF", "\xED\xBF\xBF", 0),
	U8("above U+10FFFF", "\xF4\x90\x80\x80", 0),
	U8("lead F5", "\xF5\x80\x80\x80", 0),
	U8("lead FF", "\xFF", 0),
	U8("lead FE", "\xFE", 0),
	U8("truncated 2 of 2", "\xC3", 0),
	U8("truncated 2 of 3", "\xE2\x82", 0),
	U8("truncated 3 of 4", "\xF0\x9F\x98", 0),
	U8("truncated by ascii", "\xE2\x82" "a", 0),
	U8("bad second byte", "\xC3" "A", 0),
	U8("bad third byte", "\xE2\x82\xC0", 0),
	U8("stray continuation 80", "\x80", 0),
	U8("stray continuation BF", "\xBF" "a", 0),
	{ "empty", "", 0, 0 },
	{ "valid bytes, n too short", "\xE2\x82\xAC", 2, 0 },
};

static void test_util_utf8_char_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof utf8_cases / sizeof *utf8_cases; i++) {
		const struct utf8_case *c = &utf8_cases[i];
		size_t got = util_utf8_char((const unsigned char *)c->s, c->n);
		if (got != c->want)
			fail_msg("util_utf8_char(%s): got %zu, want %zu", c->name, got, c->want);
	}
}

static void test_util_utf8_errors_counts(void **state)
{
	static const struct {
		const char *s;
		size_t n, want;
	} cases[] = {
#define E(lit, want) { lit, sizeof lit - 1, want }
		E("", 0),
		E("plain ascii", 0),
		E("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80", 0),
		E("\xFF", 1),
		E("a\xFF" "b\xFE" "c", 2),
		E("\x80\x80\x80", 3),
		E("\xC0\x80", 2),		/* neither byte starts a valid sequence */
		E("\xED\xA0\x80", 3),
		E("\xF4\x90\x80\x80", 4),
		E("ok\xE2", 1),			/* truncated at the end */
		E("\xC3\xA9\xA9", 1),		/* one stray after a valid char */
#undef E
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		size_t got = util_utf8_errors(cases[i].s, cases[i].n);
		if (got != cases[i].want)
			fail_msg("case %zu: util_utf8_errors = %zu, want %zu", i, got, cases[i].want);
	}
}

static void test_util_utf8_repair(void **state)
{
	static const struct {
		const char *in;
		size_t n;
		const char *want;
		size_t wlen;
	} cases[] = {
#define R(lit, want) { lit, sizeof lit - 1, want, sizeof want - 1 }
		R("", ""),
		R("plain", "plain"),
		R("caf\xC3\xA9 \xF0\x9F\x98\x80", "caf\xC3\xA9 \xF0\x9F\x98\x80"),
		R("a\xFF" "b", "a" FFFD "b"),
		R("\xFF\xFE", FFFD FFFD),
		R("\xC0\x80", FFFD FFFD),
		R("\xE0\x80\x80", FFFD FFFD FFFD),
		R("x\xED\xA0\x80y", "x" FFFD FFFD FFFD "y"),
		R("\xF4\x90\x80\x80", FFFD FFFD FFFD FFFD),
		R("\xE2\x82" "a", FFFD FFFD "a"),
		R("end\xF0\x9F\x98", "end" FFFD FFFD FFFD),
		R("\x80" "mid\xC3\xA9" "\xBF", FFFD "mid\xC3\xA9" FFFD),
		R("nul\0kept", "nul\0kept"),
#undef R
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct buf b = { 0 };
		buf_puts(&b, ">");
		util_utf8_repair(&b, cases[i].in, cases[i].n);
		size_t wlen = cases[i].wlen;	/* by length: embedded NULs count */
		if (b.len != 1 + wlen || memcmp(b.data + 1, cases[i].want, wlen) != 0)
			fail_msg("case %zu: repaired to %zu bytes \"%s\"", i, b.len - 1, b.data + 1);
		assert_int_equal(b.data[0], '>');
		assert_int_equal(util_utf8_errors(b.data, b.len), 0);
		buf_free(&b);
	}
}

/* ---- util_error ----------------------------------------------------------- */

static void test_util_error(void **state)
{
	char err[16];
	(void)state;
	assert_int_equal(util_error(NULL, 0, "%s", "nothing"), -1);
	assert_int_equal(util_error(NULL, 100, "%s", "nothing"), -1);
	memset(err, 'x', sizeof err);
	assert_int_equal(util_error(err, 0, "%s", "untouched"), -1);
	assert_int_equal(err[0], 'x');
	assert_int_equal(util_error(err, sizeof err, "%s: %d", "code", 7), -1);
	assert_string_equal(err, "code: 7");
	/* truncated, always terminated */
	assert_int_equal(util_error(err, sizeof err, "%s", "a message longer than sixteen"), -1);
	assert_int_equal(strlen(err), sizeof err - 1);
	assert_memory_equal(err, "a message longer", sizeof err - 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_util_buf_append_grows),
		cmocka_unit_test(test_util_buf_append_empty_is_terminated),
		cmocka_unit_test(test_util_buf_printf_small),
		cmocka_unit_test(test_util_buf_printf_large),
		cmocka_unit_test(test_util_buf_reset_keeps_memory),
		cmocka_unit_test(test_util_buf_free_zeroed_and_twice),
		cmocka_unit_test(test_util_buf_oom_is_sticky),
		cmocka_unit_test(test_util_hash_known_values),
		cmocka_unit_test(test_util_hash_continues),
		cmocka_unit_test(test_util_utf8_char_table),
		cmocka_unit_test(test_util_utf8_errors_counts),
		cmocka_unit_test(test_util_utf8_repair),
		cmocka_unit_test(test_util_error),
	};
	return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
