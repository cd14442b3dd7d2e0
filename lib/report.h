/*
 * report.h: a checked draft -> one self-contained HTML page on a caller's FILE *.
 *
 * This module owns the HTML report of --claims-from --html: the draft shown
 * as flowing text with each claim sentence marked by its verdict (colour,
 * an icon and a line style, so colour is never the only signal), a summary
 * of the verdicts, and for each claim its evidence: every source row with
 * title, file, line, section, support, the best sentence with the matched
 * words highlighted, coverage, missing words and conflicts; and the quoted
 * parts of the claim checked word for word (exact, near or not found, with
 * each source's place and the words that differ).  The page loads
 * nothing: inline CSS, no script, no font, no image, and a
 * Content-Security-Policy that forbids any fetch.  Every byte of the draft
 * and of the results is escaped (& < > " '), invalid UTF-8 and control
 * characters become U+FFFD (the draft keeps its newlines and tabs).  It
 * never prints elsewhere, never exits; write errors are sticky and
 * report_finish reports them.
 *
 * Call order: report_open, then for each claim in draft order
 * report_claim_begin, report_evidence for each of its rows (any number,
 * also none), report_claim_verdict when the verdict is known only after
 * the rows (optional), report_claim_end, and report_quote for each of its
 * quoted parts (before or after report_claim_end, none or any number);
 * then report_finish and report_close.
 *
 * Memory: the page's head is written by report_open; the rest (summary,
 * draft, evidence) is kept in memory until report_finish, because the
 * summary at the top needs every verdict.  That is about the size of the
 * page.
 */
#ifndef REPORT_H
#define REPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "quotecheck.h"
#include "search.h"
#include "verdict.h"

struct report;

/*
 * Start the page for the draft at path (shown in the title; NULL: none),
 * whose bytes are draft[0 .. len) (draft may be NULL when len is 0).  The
 * draft is not copied: it must stay valid until report_finish.  Writes the
 * page's head to f.  Returns 0 and *out, or -1 with err set (out of memory,
 * f or out NULL, or the write failed) and *out NULL.
 */
int report_open(struct report **out, FILE *f, const char *path, const char *draft,
    size_t len, char *err, size_t errlen);

/*
 * One claim sentence: bytes [byte_start, byte_end) of the draft, its
 * 1-based line, its verdict, and unknown[0 .. nunknown): the claim words
 * found in no source (copied; unknown may be NULL when nunknown is 0).
 * Claims come in draft order and do not overlap; a range that starts
 * before the end of the previous claim or runs past the draft is clamped,
 * so each byte of the draft is shown once.  A claim still open is ended
 * first.  0, or -1 (out of memory, or an earlier failure).
 */
int report_claim_begin(struct report *rp, size_t byte_start, size_t byte_end, int64_t line,
    enum verdict v, const char *const *unknown, size_t nunknown);

/*
 * One evidence row of the current claim: a claim-mode search_result
 * (search.h).  Uses title, source, line_start, section, support,
 * has_sentence/sentence/sentence_line, snippet (the best sentence with the
 * matched words between SEARCH_MARK_ON and SEARCH_MARK_OFF), coverage,
 * missing and conflicts; everything is copied, r need not outlive the call.
 * 0, or -1 (no claim open, out of memory, or an earlier failure).
 */
int report_evidence(struct report *rp, const struct search_result *r);

/*
 * Set the verdict and unknown words of the current claim, replacing those
 * given to report_claim_begin: for a caller that learns them after the rows
 * (search_info.verdict and .unknown once search_run returns).  The same
 * rules as report_claim_begin; unknown is copied.  0, or -1 (no claim open,
 * out of memory, or an earlier failure).
 */
int report_claim_verdict(struct report *rp, enum verdict v, const char *const *unknown,
    size_t nunknown);

/*
 * End the current claim: its span in the draft and its evidence block take
 * the verdict last given.  0, or -1 (no claim open, out of memory, or an
 * earlier failure).
 */
int report_claim_end(struct report *rp);

/*
 * A quoted part of the claim now open, or of the one just ended (until
 * the next report_claim_begin): bytes [byte_start, byte_end) of the
 * draft, on line (from 1), checked word for word as --quote checks it;
 * r->nplaces 0: in no source.  Shown in that claim's evidence block, in
 * order: the answer (exact, near, not found) and each source's title,
 * file, line and byte range, the words there and, when near, how they
 * differ.  A quote not found exactly is also listed under "To look at",
 * and the summary counts the answers.  Everything is copied.  0, or -1 (no
 * claim to attach it to, out of memory, or an earlier failure).
 */
int report_quote(struct report *rp, size_t byte_start, size_t byte_end, int64_t line,
    const struct quote_result *r);

/*
 * End a claim still open, write the rest of the draft, the summary and the
 * evidence, close the page and flush f.  0, or -1 if any write (or memory
 * allocation) failed since report_open, or when called twice.  f is not
 * closed.
 */
int report_finish(struct report *rp);

void report_close(struct report *rp);	/* accepts NULL; frees; never writes */

#endif
