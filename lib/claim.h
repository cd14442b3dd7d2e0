/*
 * claim.h: the evidence each source gives for a claim, and the verdict.
 *
 * This module owns checking a claim against the rows a search shows for
 * it (one per source by default): each row's best sentence, which of the
 * claim's words stand in that sentence (matched, missing, coverage), the
 * claim words found nowhere in the index (unknown), the details on which
 * the sentence or another of the source's passages among the candidates
 * disagrees with the claim (conflict.h), and the verdicts (verdict.h).
 * Everything is computed before the first row is reported, since every row
 * carries the claim's verdict.  It never prints.
 */
#ifndef CLAIM_H
#define CLAIM_H

#include <stddef.h>

#include "fetch.h"
#include "kin.h"
#include "thesaurus.h"
#include "plan.h"
#include "ranking.h"
#include "search.h"
#include "tokenizer.h"
#include "words.h"

struct claim_check;

/*
 * A claim's verdict comes from its best sources on the first page, this
 * many at most, whatever page (-n, --offset) is shown: the verdict must
 * not change with the page size.
 */
#define CLAIM_VERDICT_ROWS 10

/* What the check reads with, and reads. */
struct claim_input {
	struct fetcher *fetch;
	struct tokenizer_session *tok;
	const struct kin *kin;		/* words a sentence may state the claim's words with */
	/*
	 * WordNet synonyms of the first synonym_senses senses count as kin,
	 * when the meaning is among their own first synonym_their_senses;
	 * NULL: none
	 */
	const struct thesaurus *thesaurus;
	int synonym_senses, synonym_their_senses;
	struct index_stats *stats;	/* document frequencies of kin words */
	const char *claim;		/* the claim as given (NUL-terminated) */
	const struct words *ws;		/* its words, with df and idf */
	const struct plan *pl;		/* the plan that ranked the rows (explain) */
	const struct ranked *const *shown;	/* the rows to report, in order */
	size_t nshown;
	size_t nverdict;		/* the first nverdict of them decide the verdict */
	const struct ranked *all;	/* every ranked candidate, grouped by source */
	size_t nall;
	int explain;			/* fill each shown row's rank_explain */
};

/*
 * Check the claim against in->shown into *out (claim_check_free it).  All
 * of in must outlive *out.  Returns 0, or -1 (a row could not be read, out
 * of memory).
 */
int claim_check_run(const struct claim_input *in, struct claim_check **out);
void claim_check_free(struct claim_check *cc);	/* accepts NULL */

/*
 * idf, or less when general English uses the word (surface) more often
 * than the index's passages do (a small corpus makes "people" and "help"
 * look rare).  English is the word's share of WordNet's tagged corpus, as
 * a passage frequency; df >= 0, the word's passages in the index, joins
 * it as CLAIM_ENGLISH_PASSAGES passages seen before the index's (so
 * English fades in a large index); df < 0 (no passage holds the word):
 * English alone.  idf unchanged without a thesaurus or a count.  parts:
 * THESAURUS_NOUNS_VERBS or THESAURUS_ALL_PARTS, the tags that count.
 */
struct thesaurus;
struct index_stats;
double claim_english_idf(const struct thesaurus *t, struct index_stats *st,
    const char *surface, double df, double idf,
    int parts);

/*
 * Whether surface, a word of the claim, is part of an idiom that says
 * nothing by itself ("a number of", "out of reach", "dates back to"): it
 * weighs nothing in the check, and the search ranks nothing on it ("reach
 * out to us" is no evidence of "out of reach").
 */
int claim_idiom_word(const char *claim, const char *surface);

/*
 * The word that states surface, a word the claim denies, or NULL: "does
 * not last" is stated by "temporary", "have not responded" by
 * "resistant".  The check reads the source's word as saying the denial;
 * the search ranks it, so that a source saying it is found.
 */
const char *claim_denied_as(const char *claim, const char *surface);

/*
 * Give back the "g" a speaker dropped ("usin'", "feelin’") in claim,
 * in place and keeping every byte offset: "usin'" becomes "using", and
 * "feelin’" "feeling" and two spaces.  Only a word of four letters or
 * more ending in "in", that no passage of st holds while its "-ing" form's
 * stem is held or, failing that, WordNet (t, may be NULL) knows the
 * "-ing" form and not the word ("watchin'"), and whose apostrophe ends it
 * (a quoted 'protein' keeps its form).  The "h" a speaker dropped before
 * an apostrophe is given back the same way ("'appens" becomes "happens",
 * "’ospital" two spaces and "hospital"), and the "r" written "ah" in a
 * word of small letters ("aftah" becomes "after", "calendah" "calendar":
 * the ending a passage holds, else the one English uses most), as are an
 * old "-eth" verb's present tense ("dependeth" becomes "depends" and a
 * space), an old "-ick" spelling's "-ic" ("anaesthetick") and a Scots
 * "doon", "oot", "aboot" ("down", "out", "about"); "an'" becomes "and",
 * "jus'" "just", "ol'" "old", "wit'" "with"; a "th" written "t'" is given
 * back ("t'ree" becomes "three", "wit'out" "without") where a passage
 * holds the word or WordNet knows it; a "will" clipped onto a noun a
 * passage holds ("insurance'll", not "it'll"), "'cause", and a filler
 * "like," set off by commas ("can take, like, weeks") are blanked.
 * Returns how many were given back, or -1 (out of memory, tokenizer
 * error).
 */
int claim_restore_dropped_g(struct tokenizer_session *tok, struct index_stats *st,
    const struct thesaurus *t, char *claim);

/* The claim's verdict; VERDICT_UNSUPPORTED when no row was shown. */
enum verdict claim_check_verdict(const struct claim_check *cc);

/* The claim words in no passage of the index: *n of them (pointers into ws). */
const char *const *claim_check_unknown(const struct claim_check *cc, size_t *n);

/*
 * The kin stems each claim word is also matched by, as
 * "relieves: relief allevi eas; faster: rapid quick" (malloc'd), "" when
 * none; NULL when out of memory.
 */
char *claim_check_kin(const struct claim_check *cc);
/*
 * Each judged word's weight, "word 2.35; ...", a word in no passage
 * marked "unknown" (and "unknown, common" when general English weighed it
 * down); malloc'd, NULL when out of memory.
 */
char *claim_check_weights(const struct claim_check *cc);

/*
 * Fill the claim fields and the passage fields of shown row i into *r
 * (pointers valid until claim_check_free), and *x with its score's story
 * when explaining.  The snippet is the best sentence with the matched
 * words marked.
 */
void claim_check_result(const struct claim_check *cc, size_t i, struct search_result *r,
    const struct rank_explain **x);

/*
 * The order in which to show rows [0 .. n) into order[0 .. n): by the
 * source's rank score, lifted by how much more of the claim the row's
 * evidence sentence holds (kin and synonyms counted) than the ranking saw
 * in its passage (stems only): score x (1 + sentence coverage) / (1 +
 * rank coverage) when that is above 1 and the sentence holds at least
 * VERDICT_PARTIAL_MIN of the claim.  A source whose sentence states the
 * claim in other words comes before one that only shares its stems.
 * The verdict rows are the same whatever page is asked for, so are the
 * places of those among them.
 */
void claim_check_order(const struct claim_check *cc, size_t n, size_t *order);

#endif
