/*
 * conflict.h: the details on which a source sentence disagrees with a claim.
 *
 * The claim checker asks, for each source's best evidence sentence, whether
 * the sentence contradicts the claim on a number ("1990s" against "1960s",
 * "30 minutes" against "30 seconds"), on negation ("is addictive" against
 * "don't need to worry about addiction") or on an opposite word ("activating"
 * against "blocking").  A confident wrong "supported" is the worst answer the
 * tool can give, but a false conflict turns a true claim into "not supported",
 * so every rule here fires only when both texts talk about the same word or
 * the same kind of quantity, and an absent detail is never a contradiction.
 *
 * The module matches words; it does not understand them.  It is pure: no I/O,
 * no SQLite, no stemmer library, no printing.
 */
#ifndef CONFLICT_H
#define CONFLICT_H

#include <stddef.h>

enum conflict_kind {
	CONFLICT_NUMBER,	/* a number, year, decade or quantity no source number of its kind admits */
	CONFLICT_NEGATION,	/* one text negates a word the other asserts */
	/*
	 * the source has the opposite word ("blocks") and not the claim's
	 * ("activates"); also a comparison or an order turned round ("more
	 * effective in A than in B" / "more effective in B"; "began as A, B
	 * came afterwards" / "initially B")
	 */
	CONFLICT_ANTONYM,
	CONFLICT_SUBSTITUTION,	/* another kind of the same thing: "GABA receptors" / "NMDA receptors" */
	/*
	 * what the source sets apart, the claim joins: "ketamine acts on
	 * serotonin" / "While antidepressants target serotonin, ketamine ..."
	 */
	CONFLICT_CONTRAST
};

/*
 * One disagreement.  Offsets are bytes, half-open [start, end), into the
 * caller's claim and source buffers.
 *
 * NUMBER:   the claim's quantity ("1990s", "30 minutes", "six weeks") and the
 *           first source quantity of the same kind ("1960s", "30 seconds",
 *           "hours to days").
 * NEGATION: the negated side runs from its negator to the shared word
 *           ("does not cause", "don't need to worry about addiction"); the
 *           asserting side is the shared word alone ("causes", "addictive").
 * ANTONYM:  the claim's word ("activating", "least commonly") and the
 *           source's opposite ("blocking", "common"); for a comparison the
 *           claim from "than" to the setting and the source from its
 *           comparative to it; for an order the claim from the shared word
 *           to its order word and the source from its order word to it.
 * SUBSTITUTION: the claim's name and its noun, and the source's.
 * CONTRAST: the claim's clause from one joined word to the other
 *           ("ketamine acts on serotonin"), and the source from its
 *           contrast word to the other side's word ("While ... serotonin").
 */
struct conflict {
	enum conflict_kind kind;
	size_t claim_start, claim_end;		/* bytes in the claim: the claim's word(s) */
	size_t source_start, source_end;	/* bytes in the source sentence: the disagreeing word(s) */
	/*
	 * SUBSTITUTION: found by the phrase around the two words alone
	 * ("developed as an ___,"), not by their spelling or a noun they
	 * modify; the rest of the source may name the claim's word as well
	 */
	int in_place;
	/*
	 * SUBSTITUTION: the source's word takes the claim's place, it does
	 * not only name another thing beside it: both texts say what one
	 * thing is called ("the chemical ... is serotonin", "this chemical is
	 * known as Glutamate"), or what one thing is used for ("used for
	 * initial treatment", "used for maintenance therapy after initial
	 * treatments"), or one kind stands in another's place in a phrase
	 * both texts share ("developed as an antidepressant", "developed as
	 * an anaesthetic"), or the source gives a named drug its own route
	 * ("intranasal esketamine" against "esketamine ... as a tablet")
	 */
	int replaces;
	/*
	 * NUMBER: the quantities count things ("three or more sessions",
	 * "twice", "two studies"), they do not measure a time, a mass or a
	 * share
	 */
	int counted;
	/*
	 * SUBSTITUTION: the claim's usual route of giving a drug against
	 * the source's ("typically administered as an oral tablet",
	 * "typically administered ... through an intravenous (IV) infusion")
	 */
	int usual_route;
	/* NUMBER: the quantities are spans of time ("3 to 6 days", "30 minutes to 3 hours") */
	int timed;
};

/*
 * The details on which source[0 .. source_len) disagrees with
 * claim[0 .. claim_len): at most max of them into out[], ordered by
 * claim_start (ties: number, negation, antonym).  Returns how many were
 * stored in out[] (0: none, and always 0 when max is 0), or -1 when memory
 * ran out (out[] is then unspecified).  out may be NULL when max is 0.
 *
 * Both texts are UTF-8 and need no NUL; only bytes inside [0 .. len) are
 * read, invalid bytes count as spaces.  Either text may be NULL when its
 * length is 0.  The source is meant to be one sentence: time and memory
 * grow with the product of the two texts' word counts.
 */
int conflict_find(const char *claim, size_t claim_len, const char *source,
    size_t source_len, struct conflict *out, size_t max);

/*
 * What the caller knows of words beyond this module's own lists (the claim
 * checker asks WordNet, thesaurus.h).  Any member may be NULL.
 * is_term: 1 when the lower-case ASCII word w names one specific kind of
 *   thing ("dopamine", "glutamate"), so that "the dopamine system" and
 *   "the glutamate system" are a SUBSTITUTION, as "GABA receptors" and
 *   "NMDA receptors" are by their spelling alone.
 */
struct conflict_lexicon {
	int (*is_term)(void *ctx, const char *w);
	/*
	 * opposites: passes each antonym of the lower-case ASCII word w to
	 * each(each_ctx, lemma) ("lasting": "temporary"); returns 0, or -1
	 * when each did (out of memory).  Asked once per claim word that this
	 * module's own opposite pairs do not hold, when the claim is read
	 * (conflict_claim_new_in).
	 */
	int (*opposites)(void *ctx, const char *w, int (*each)(void *each_ctx, const char *lemma),
	    void *each_ctx);
	/*
	 * different_kinds: 1 when the lower-case ASCII nouns a and b name
	 * different kinds of one kind of thing ("antidepressant",
	 * "anaesthetic"), neither a kind of the other, so that one put in
	 * the other's place in a phrase both texts share ("initially
	 * developed as an ___,") is a SUBSTITUTION.
	 */
	int (*different_kinds)(void *ctx, const char *a, const char *b);
	/*
	 * knows: 1 when the dictionary knows the lower-case ASCII word w at
	 * all; a word it does not know that ends with a term it does
	 * ("esketamine", "ketamine") names another thing of that name's
	 * family, a SUBSTITUTION where the source says the shorter name.
	 */
	int (*knows)(void *ctx, const char *w);
	void *ctx;
};

/* conflict_find with what lex knows of words (NULL: only this module's lists). */
int conflict_find_in(const char *claim, size_t claim_len, const char *source,
    size_t source_len, const struct conflict_lexicon *lex, struct conflict *out, size_t max);

/*
 * A claim read once for many source sentences: conflict_find_claim gives
 * what conflict_find_in gives for the same claim, without reading the
 * claim again each time.  conflict_claim_new returns 0 with *out set, or
 * -1 (out of memory); the claim's bytes must outlive *out.
 */
struct conflict_claim;
int conflict_claim_new(const char *claim, size_t claim_len, struct conflict_claim **out);
/* conflict_claim_new with what lex knows of words (NULL: only this module's lists). */
int conflict_claim_new_in(const char *claim, size_t claim_len, const struct conflict_lexicon *lex,
    struct conflict_claim **out);
void conflict_claim_free(struct conflict_claim *cl);	/* accepts NULL */
int conflict_find_claim(const struct conflict_claim *cl, const char *source, size_t source_len,
    const struct conflict_lexicon *lex, struct conflict *out, size_t max);

/*
 * Whether text[0 .. len) says a quantity of each kind the claim says
 * (a duration for "for several years", a year or decade for "in the
 * 1960s"), agreeing or not: a sentence that gives no duration does not
 * state how long, and one that gives no number ("weeks") does not state
 * the claim's number ("three weeks").  1 (also for a claim without quantities), 0, or -1
 * (out of memory).
 */
int conflict_claim_quantities_said(const struct conflict_claim *cl, const char *text,
    size_t len);

/* "number", "negation", "antonym", "substitution" or "contrast"; "unknown" for any other value. */
const char *conflict_kind_name(enum conflict_kind k);

/*
 * Whether this module's word lists fit its lookup table (1); when they
 * outgrow it (0), every lookup scans the lists: the same results, slower.
 */
int conflict_lists_fit(void);

#endif
