/*
 * cite.h: what a researcher needs to cite a source, beside its path and
 * title: author, date, publisher and URL (from metadata.tsv, Markdown front
 * matter, HTML <meta> or PDF info), and for a PDF the page a passage is on.
 * A plain struct shared by fetch.h (reading it), search.h (reporting it)
 * and output.h (printing it); no code.
 */
#ifndef CITE_H
#define CITE_H

#include <stdint.h>

struct cite {
	const char *author, *date, *publisher, *url;	/* NULL when not known */
	int64_t page;		/* a PDF passage's page from 1; 0: not a PDF */
};

#endif
