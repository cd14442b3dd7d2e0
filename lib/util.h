/*
 * util.h: small shared pieces with no home of their own: a growable byte
 * buffer, a 64-bit content hash, UTF-8 validation and repair, and a
 * printf into a caller's error buffer.  Pure: no I/O, no SQLite.
 */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>
#include <stdint.h>

/* A growable byte string, always NUL-terminated when data is not NULL. */
struct buf {
	char *data;
	size_t len, cap;
	int oom;	/* sticky: set once an append failed; later appends do nothing */
};

void buf_append(struct buf *b, const void *p, size_t n);
void buf_puts(struct buf *b, const char *s);
void buf_printf(struct buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_reset(struct buf *b);	/* len = 0, keeps memory */
void buf_free(struct buf *b);	/* accepts a zeroed struct */

/* 64-bit FNV-1a over n bytes, continuing from h (start with UTIL_HASH_INIT). */
#define UTIL_HASH_INIT 0xcbf29ce484222325ULL
uint64_t util_hash(uint64_t h, const void *p, size_t n);

/* Length in bytes of the valid UTF-8 sequence at s[0 .. n), or 0 if invalid. */
size_t util_utf8_char(const unsigned char *s, size_t n);
/* Number of invalid UTF-8 sequences in s[0 .. n) (0 = valid). */
size_t util_utf8_errors(const char *s, size_t n);
/* Append s[0 .. n) to b with each invalid byte replaced by U+FFFD. */
void util_utf8_repair(struct buf *b, const char *s, size_t n);

/* snprintf into err[0 .. errlen) when err is not NULL; returns -1 for `return util_error(...)`. */
int util_error(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
