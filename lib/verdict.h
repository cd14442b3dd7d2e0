/*
 * verdict.h: whether the evidence found supports a claim.
 *
 * This module owns the rules that turn evidence figures into a verdict:
 * for each source's evidence on its own (a row's support) and for the
 * claim as a whole.  The figures are word matches weighted by rarity; the
 * rules cannot know what the words mean, only whether the rare words of
 * the claim stand together in one sentence of a source, and whether that
 * sentence disagrees with a detail of the claim (conflict.h).  Pure: no
 * I/O, no SQLite, no printing.
 */
#ifndef VERDICT_H
#define VERDICT_H

#include <stddef.h>

enum verdict {
	VERDICT_NONE,		/* not a claim */
	VERDICT_SUPPORTED,	/* a source states it: its words stand together, nothing disagrees */
	VERDICT_PARTIAL,	/* some of it is stated, or sources disagree */
	VERDICT_UNSUPPORTED	/* no source states it, or the best evidence disagrees */
};

/*
 * The sentence coverage a claim of `words` weighing words needs for
 * "supported": VERDICT_SUPPORTED_MIN, less for a long claim.
 */
double verdict_supported_min(int words);

/* "supported", "partial", "unsupported"; "" for VERDICT_NONE. */
const char *verdict_name(enum verdict v);

/* What one source's evidence shows of a claim. */
struct verdict_evidence {
	/*
	 * 0..1: the idf-weighted share of the claim's words present in the
	 * evidence sentence, and in its whole passage.  Words found nowhere in
	 * the index count with the highest idf, so they weigh against support.
	 */
	double sentence_coverage, passage_coverage;
	/*
	 * Details on which the evidence disagrees with the claim, counted only
	 * in sentences that are about the claim (coverage at least
	 * VERDICT_PARTIAL_MIN): the best sentence or another passage's.
	 */
	int conflicts;
	/*
	 * Absolute words of the claim ("all", "always", "cures", "proven")
	 * and direction words ("faster", "higher", "drops") that the evidence
	 * sentence does not say: it may state something weaker, or the
	 * opposite, so the claim is at most partly supported.  So do claim
	 * words in no source that name one thing ("morphine", "glaucoma"):
	 * no source speaks of what the claim is about.
	 */
	int absolutes_missing;
	/*
	 * The claim's words that weigh something, and how many of them the
	 * evidence sentence holds: one word alone does not state a claim of
	 * several ("addictive" in "addiction treatment services"), and a
	 * sentence holding fewer than half of them supports at most partly,
	 * however rare the few it holds ("higher doses" for a claim of seven
	 * words).
	 */
	int words, words_present;
	/*
	 * How many of the conflicts only name another thing of the claim's
	 * kind ("NMDA receptors" where the claim says "AMPA receptors"), when
	 * the claim does not say the thing is the main or only one, nor
	 * what a thing is ("are part of the serotonin system"): a source
	 * that names another receptor does not deny one that names the
	 * claim's, so such a row alone keeps no other source's support from
	 * making the claim supported (the row itself stays unsupported).
	 */
	int other_names;
};

/* Thresholds of the rules (verdict.c says how they were chosen). */
#define VERDICT_SUPPORTED_MIN 0.46	/* sentence coverage for "supported" */
/*
 * A claim of more weighing words than VERDICT_LONG_WORDS needs
 * VERDICT_LONG_STEP less sentence coverage for "supported" per word past
 * them, down to VERDICT_PARTIAL_MIN (verdict_supported_min).
 */
#define VERDICT_LONG_WORDS 9
#define VERDICT_LONG_STEP 0.03
#define VERDICT_PARTIAL_MIN 0.4	/* sentence coverage for "partial" */
#define VERDICT_PASSAGE_PARTIAL_MIN 0.52	/* passage coverage for "partial" */
/*
 * A row naming another thing in the claim's place (other_names) with
 * VERDICT_RIVAL_MIN sentence coverage or more, and VERDICT_RIVAL_MARGIN
 * more than the best supporting row's, makes the claim only partly
 * supported.
 */
#define VERDICT_RIVAL_MIN 0.9
#define VERDICT_RIVAL_MARGIN 0.25

/* One source's support: supported, partial or unsupported. */
enum verdict verdict_of_evidence(const struct verdict_evidence *e);

/*
 * The claim's verdict from the evidence of its sources, rows[0 .. n):
 * supported when some source supports it and no source disagrees but by
 * naming other things (other_names); partial
 * when some source supports it but another disagrees, or when the best is
 * partial and none disagrees; unsupported otherwise (also when n is 0).
 */
enum verdict verdict_of_claim(const struct verdict_evidence *rows, size_t n);

#endif
