/*
 * verdict.c: evidence figures -> verdicts (verdict.h).
 *
 * The thresholds are set on the development claims (eval/README.md has the
 * figures): true paraphrases have most of their rare words in one sentence
 * of a source, while claims on another topic miss their rarest words
 * altogether.  A disagreement in evidence that matches the claim well
 * counts more than agreement elsewhere: a confident wrong "supported" is
 * the worst answer, so a claim the best evidence contradicts is never
 * supported.
 */
#include "verdict.h"

const char *verdict_name(enum verdict v)
{
	switch (v) {
	case VERDICT_SUPPORTED:
		return "supported";
	case VERDICT_PARTIAL:
		return "partial";
	case VERDICT_UNSUPPORTED:
		return "unsupported";
	case VERDICT_NONE:
		break;
	}
	return "";
}

/*
 * A sentence on another topic holds a smaller share of a long claim's rare
 * words by chance than of a short one's, while a long paraphrase carries
 * more words no source needs to say (an aside, a writer's elaborations):
 * "supported" asks less of it.  Conflicts are still read in every sentence
 * of VERDICT_PARTIAL_MIN coverage, the floor.
 */
double verdict_supported_min(int words)
{
	double min = VERDICT_SUPPORTED_MIN;
	if (words > VERDICT_LONG_WORDS)
		min -= VERDICT_LONG_STEP * (words - VERDICT_LONG_WORDS);
	return min < VERDICT_PARTIAL_MIN ? VERDICT_PARTIAL_MIN : min;
}

enum verdict verdict_of_evidence(const struct verdict_evidence *e)
{
	if (e->conflicts > 0)
		return VERDICT_UNSUPPORTED;
	if (e->sentence_coverage >= verdict_supported_min(e->words))
		return e->absolutes_missing || (e->words >= 2 && e->words_present < 2) ||
		    2 * e->words_present < e->words ?
		    VERDICT_PARTIAL : VERDICT_SUPPORTED;
	if (e->sentence_coverage >= VERDICT_PARTIAL_MIN ||
	    e->passage_coverage >= VERDICT_PASSAGE_PARTIAL_MIN)
		return VERDICT_PARTIAL;
	return VERDICT_UNSUPPORTED;
}

enum verdict verdict_of_claim(const struct verdict_evidence *rows, size_t n)
{
	int supported = 0, partial = 0, disagrees = 0, names_others = 0;
	double naming = 0, supporting = 0;	/* the best coverage of each kind of row */
	for (size_t i = 0; i < n; i++) {
		const struct verdict_evidence *e = &rows[i];
		if (e->conflicts > 0) {
			disagrees |= e->other_names < e->conflicts;
			names_others = 1;
			if (e->sentence_coverage > naming)
				naming = e->sentence_coverage;
			continue;
		}
		enum verdict v = verdict_of_evidence(e);
		supported |= v == VERDICT_SUPPORTED;
		partial |= v == VERDICT_PARTIAL;
		if (v == VERDICT_SUPPORTED && e->sentence_coverage > supporting)
			supporting = e->sentence_coverage;
	}
	/*
	 * a sentence that says all the claim says but names another thing
	 * in its place ("low doses of S-ketamine" for "R-ketamine") outweighs
	 * a support that holds much less of the claim
	 */
	if (supported && naming >= VERDICT_RIVAL_MIN && naming - supporting >= VERDICT_RIVAL_MARGIN)
		return VERDICT_PARTIAL;
	if (supported)
		return disagrees ? VERDICT_PARTIAL : VERDICT_SUPPORTED;
	if (partial && !names_others)
		return VERDICT_PARTIAL;
	return VERDICT_UNSUPPORTED;
}
