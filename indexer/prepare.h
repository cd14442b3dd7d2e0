/*
 * prepare.h: the part of indexing a file that needs no database.
 *
 * Owns what bin/indexer does with a file between deciding to look at it
 * and writing it to the index: reading it, the NUL and UTF-8
 * checks, the content hash, the title (metadata file, first heading, file
 * name), splitting it into passages, tokenizing each passage's columns
 * ahead of the insert (lib/tokenizer.h, tokenizer_capture), counting its
 * terms for term_df and keeping its raw forms for the vocabulary (the
 * store's maps of a run, store_term_counts and store_raw_forms), and
 * sketching its body for copy detection (lib/copies.h).  It runs on the
 * pipeline's worker thread (lib/pipeline.h), so it never prints and never
 * touches the store: warnings are recorded in the job, in the order they
 * arise, for the main thread to print, and what to count and write is left
 * in the job's outcome.
 */
#ifndef PREPARE_H
#define PREPARE_H

#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>

#include "html.h"
#include "passage.h"
#include "pdf.h"
#include "store.h"
#include "termstats.h"
#include "tokenizer.h"
#include "util.h"

/* How a file's text is had: as it is (.txt, .md), or taken out of it. */
enum doc_kind {
	DOC_PLAIN,		/* the passages are the file's bytes */
	DOC_HTML,		/* lib/html.c lays out the page's prose */
	DOC_PDF			/* pdftotext's text, pages apart (pdf.c) */
};

enum job_kind {
	JOB_FILE,		/* a file to read (prepare_file fills the rest) */
	JOB_PROBLEM		/* only a walk problem to report, in its place */
};

enum job_outcome {
	OUTCOME_EMPTY,		/* skipped: empty file */
	OUTCOME_FAILED,		/* cannot be read (warning given) */
	OUTCOME_BINARY,		/* skipped: holds NUL bytes */
	OUTCOME_OOM,		/* out of memory: the run must stop */
	OUTCOME_TOUCHED,	/* same content and title as indexed: new mtime only */
	OUTCOME_INDEX		/* to be (re)indexed */
};

#define JOB_MAX_WARNINGS 8	/* the metadata file's 5, the file's own */

/* One passage, as the indexer will add it; offsets into its job's buffers. */
struct prepared_passage {
	size_t ordinal, line_start, line_end, byte_start, byte_end;
	size_t body_off, body_len;		/* into the job's split_text */
	int extracted;				/* store_passage's */
	size_t page;
	size_t section_off, section_len;	/* into sections: bytes, NUL follows */
	size_t section_tok, section_tok_len;	/* into tokens */
	size_t body_tok, body_tok_len;		/* into tokens */
	int sketched;				/* store_passage's sketched and band */
	uint32_t band[COPIES_BANDS];
	int terms_counted;			/* store_passage's */
	int raw_counted;			/* store_passage's */
};

struct file_job {
	/* set before the job is pushed */
	enum job_kind kind;
	char *path;			/* owned */
	char *problem;			/* JOB_PROBLEM: what to say (owned) */
	int not_failed;			/* JOB_PROBLEM: a note; the file is not counted failed */
	int64_t size, mtime_ns;
	enum passage_format fmt;	/* how the text to split is split */
	enum doc_kind doc;
	struct store_source old;	/* as indexed, when compare_old */
	int compare_old;		/* unchanged content and title make it TOUCHED */

	/* set by prepare_file */
	enum job_outcome outcome;
	struct {
		char *name;		/* the file or folder the warning is about */
		char *what;		/* message, or NULL: strerror(errnum) */
		int errnum;
	} warnings[JOB_MAX_WARNINGS];
	size_t nwarnings;
	int oom;			/* a warning could not be recorded */
	char *text;			/* the file's len bytes, or NULL */
	size_t len;
	/* the text the passages are cut from: text itself, or taken out of it */
	const char *split_text;
	size_t split_len;
	struct html_text html;		/* DOC_HTML */
	struct pdf_doc pdf;		/* DOC_PDF */
	uint64_t hash;
	struct buf title;
	char *publisher;		/* NULL when none */
	char *author, *date, *url;	/* NULL when none */
	char *title_from_doc;		/* a PDF's info title, NULL when none */
	/*
	 * OUTCOME_INDEX: passages were split and their columns tokenized
	 * (pretokenized = 1), or are left to the caller to split (too big, or
	 * out of memory on the way), who tokenizes them as usual then.
	 */
	int pretokenized;
	struct prepared_passage *passages;
	size_t npassages, passages_cap;
	struct buf sections;
	struct tokenizer_tokens tokens;
	size_t title_tok, title_tok_len;
	int stems_only;			/* the tokens hold no raw forms (tokenizer_capture_stems_only) */
};

struct preparer;

/*
 * A preparer for files (one thread at a time).  db is only used here, on
 * the calling thread, to find the tokenizer registered on it; the preparer
 * then works on any one thread.  pretokenize = 0 leaves splitting and
 * tokenizing to the inserts (when no other core would do it meanwhile).
 * counts: NULL, or the store's term counts of a rebuild
 * (store_term_counts), into which each tokenized passage is counted
 * (prepared_passage's terms_counted).  raw_forms: NULL, or the store's
 * map of the run's raw forms (store_raw_forms), into which each tokenized
 * passage's raw forms go (prepared_passage's raw_counted).  Returns 0, or
 * -1 with err set.
 */
int preparer_open(sqlite3 *db, int pretokenize, struct termstats *counts,
    struct termstats *raw_forms, struct preparer **out, char *err, size_t errlen);
void preparer_close(struct preparer *p);	/* accepts NULL */

/*
 * Prepare job (JOB_FILE: read, check, title, split, tokenize; JOB_PROBLEM:
 * nothing).  Matches the pipeline_work_fn shape: ctx is the preparer.
 * Returns the bytes the job now holds.
 */
size_t prepare_job(void *preparer, void *job);

/*
 * The section a passage of a fmt file titled title is stored under: ""
 * when it only repeats the title (it would be indexed twice), and in a
 * heading path (Markdown, HTML) without the title leading it ("Title >
 * Key points" is "Key points").  Sets *out (inside section, or "") and
 * returns its length in bytes.
 */
size_t prepare_section(const char *section, size_t len, const char *title, size_t title_len,
    enum passage_format fmt, const char **out);

/*
 * Cut the job's split_text into passages as the store takes them (the
 * section without a leading title, the place in the file: for HTML the
 * original bytes and lines the passage's words came from, for a PDF the
 * page and the lines on it, the bytes of the extracted text) and call fn
 * for each, in order, ordinals from 0.  Returns 0, fn's non-zero value, or
 * PASSAGE_ENOMEM.
 */
typedef int (*prepare_passage_fn)(void *ctx, const struct store_passage *sp);
int prepare_each_passage(struct file_job *j, prepare_passage_fn fn, void *ctx);

/* Frees what the job holds and the job; accepts NULL. */
void file_job_free(struct file_job *job);

#endif
