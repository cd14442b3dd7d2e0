/*
 * pageplace.h: places in a web page's passage, from its text back to the
 * page's bytes.
 *
 * A passage of an HTML page holds the page's words as lib/html.c laid them
 * out (tags dropped, entities decoded, white space collapsed, "- " before
 * list items) and the byte range of the file they span; the place of each
 * word is not kept in the index.  This module finds it again at query
 * time: it reads the file's bytes of the passage the way html.c read them
 * (tags, comments and the elements html.c leaves out skipped, entities
 * decoded, white space ignored) and matches them character by character
 * with the passage's text.  So a claim's sentence, and the words a
 * conflict names, get the exact bytes and line of the page they stand on.
 * When the bytes do not match the text (the file changed since indexing,
 * tag soup read otherwise by libxml2, an entity it does not know), nothing
 * is mapped and the caller keeps its estimate.  It never prints; only
 * pageplace_read touches a file.
 */
#ifndef PAGEPLACE_H
#define PAGEPLACE_H

#include <stddef.h>
#include <stdint.h>

/* The alignment of one passage's text with its bytes of the page. */
struct pageplace {
	/*
	 * For each byte of the text that starts a character matched in the
	 * page: the page bytes [from[i], to[i]) it came from (offsets into the
	 * raw bytes given); PAGEPLACE_NONE for other bytes (white space,
	 * layout marks, continuation bytes).
	 */
	size_t *from, *to;
	size_t len;		/* bytes of text */
};
#define PAGEPLACE_NONE ((size_t)-1)

/*
 * Align text[0 .. textlen) (a page passage's text) with raw[0 .. rawlen)
 * (the page's bytes [byte_start, byte_end) of that passage) into *p (zeroed
 * first).  Returns 0 when every character of the text is found in order
 * in the page's text, starting at the first byte and ending at the last;
 * 1 when not (then *p holds nothing); -1 when out of memory.
 */
int pageplace_align(struct pageplace *p, const char *raw, size_t rawlen, const char *text,
    size_t textlen);

/*
 * The page bytes [*from, *to) of text[start .. end): from the first
 * matched character in it to the end of the last.  Returns 0, or -1 when
 * the range holds no matched character.
 */
int pageplace_range(const struct pageplace *p, size_t start, size_t end, size_t *from,
    size_t *to);

void pageplace_free(struct pageplace *p);	/* accepts a zeroed struct */

/*
 * path's bytes [start, end) into *data (malloc'd, *len bytes).  Returns 0,
 * or -1 when the file cannot be opened or read, or is shorter.
 */
int pageplace_read(const char *path, int64_t start, int64_t end, char **data, size_t *len);

#endif
