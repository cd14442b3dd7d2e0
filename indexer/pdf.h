/*
 * pdf.h: a PDF's text and facts, from poppler's pdftotext.
 *
 * Owns running the helper programs of Debian's poppler-utils on a PDF file
 * and reading what they print: pdftotext -htmlmeta gives in one run the
 * text of each page in reading order (pages end in a form feed, paragraphs
 * are apart by a blank line) and the title, author and creation date of
 * the document's info; pdfinfo only says why a PDF could not be read.  The
 * helpers run as child processes, so a PDF that makes poppler crash,
 * fail or hang costs that file only: a helper that runs past its time is
 * killed.  It never prints: a problem is a message for
 * the caller, who decides what to say.
 */
#ifndef PDF_H
#define PDF_H

#include <stddef.h>

enum pdf_status {
	PDF_OK,
	PDF_NO_TEXT,		/* no text on any page (scanned images) */
	PDF_ENCRYPTED,		/* needs a password */
	PDF_BROKEN,		/* poppler cannot read it (message says why) */
	PDF_NO_TOOL,		/* pdftotext is not installed or cannot run */
	PDF_TIMEOUT,		/* pdftotext ran past its time (pdf_set_timeout): killed */
	PDF_NOMEM
};

struct pdf_doc {
	char *text;		/* pdftotext's UTF-8 output, len bytes, NUL after */
	size_t len;
	char *title, *author, *date;	/* NULL when the info does not say */
};

/* The default of pdf_set_timeout: seconds per 10 MB of a PDF */
#define PDF_TIMEOUT_DEFAULT 60

/*
 * How long a helper may run on one PDF before it is killed: seconds for
 * each 10 MB of the file, or part of them (a 25 MB PDF gets three times
 * seconds); 0: no limit.  PDF_TIMEOUT_DEFAULT until set.  Set it before
 * the first pdf_read: the threads that read PDFs share it.
 */
void pdf_set_timeout(double seconds);

/*
 * Read path's text and info into *doc (zeroed first).  Returns PDF_OK, or
 * another status with msg set to a one-line reason (doc then holds nothing).
 */
enum pdf_status pdf_read(const char *path, struct pdf_doc *doc, char *msg, size_t msglen);
void pdf_doc_free(struct pdf_doc *doc);	/* accepts NULL */

#endif
