/*
 * frame.h: the words of a claim that say who said it, not what is so.
 *
 * A researcher's draft, a memoir or a news report wraps what it claims in
 * an attribution: "My doctor explained that ketamine raises BDNF", "I was
 * told to bring someone along", "Ketamine, the article concedes, is
 * costly", "According to one provider, ...", "Ketamine reportedly ...".
 * The sources say what follows the frame, not that a doctor explained
 * it, so the frame's words are no detail a source must state.  This
 * module finds the frames; claim.c weighs their words at nothing (names
 * keep their weight: "According to the FDA" still needs the FDA).
 *
 * A frame is one of:
 *   - at the start: a speaker (a pronoun, a person or source noun such as
 *     "doctor", "article", "researchers", with its determiner and up to
 *     two modifiers, or a capitalized name), auxiliaries and an adverb,
 *     then a verb of saying or learning ("said", "explained", "was told",
 *     "learned", "suggest"), an optional object pronoun and "that"; an
 *     attitude may come between ("I was surprised to learn that", "was
 *     honest with me that");
 *   - "According to X," at the start, ", according to X" inside or at the
 *     end, and ", the article concedes," between commas or before the
 *     final stop;
 *   - the adverbs "reportedly", "apparently", "allegedly", "supposedly";
 *   - after a conjunction: "..., but experts say ketamine ...";
 *   - "What the doctor means is that", "The doctor wants you to
 *     understand that";
 *   - asides that only address the reader ("Keep in mind that", "It is
 *     accurate that", "Consider that", ", you see,", "Listen up,"), a
 *     label before a colon ("Pro tip:") or a longer lead-in with no name
 *     ("Here's the part the brochures skip:"), a vocative (", sweetheart,",
 *     "Ladies and gentlemen,", ", team:") and a fact-checker's wrapper
 *     ("The claim that ... holds up.", both ends).
 * At least three words of the claim must be left outside the frames.
 *
 * Pure: no I/O, no allocation.
 */
#ifndef FRAME_H
#define FRAME_H

#include <stddef.h>

/* The most frames one claim is read for. */
#define FRAME_MAX 4

/* Bytes [start, end) of the claim. */
struct frame_span {
	size_t start, end;
	int person;	/* its speaker is a person by title and name ("Dr. Reyes") */
	int named;	/* its speaker is a name ("the Haven Detox says", "According to X") */
	int lead_in;	/* a lead-in before a colon ("Here's the catch:"), read for conflicts */
};

/*
 * The attribution frames of claim[0 .. len), in order, into out (at most
 * max).  Returns how many were found.
 */
size_t frame_find(const char *claim, size_t len, struct frame_span *out, size_t max);

/*
 * Whether every occurrence of the word w (ASCII, any case) in
 * claim[0 .. len) lies inside one of the n frames; 0 when w does not occur.
 */
int frame_holds_word(const char *claim, size_t len, const struct frame_span *spans,
    size_t n, const char *w);

/*
 * Whether every occurrence of the word w in claim[0 .. len) lies inside a
 * person's frame ("Dr. Reyes explained that"): a name there is nobody a
 * source names.
 */
int frame_holds_person(const char *claim, size_t len, const struct frame_span *spans,
    size_t n, const char *w);

/*
 * Whether some occurrence of w lies in a frame whose speaker is a name
 * ("the Wellness Drip notes", "According to TelemedicalServices"): a
 * capitalized word there names who said it, not "the FAQ sheet".
 */
int frame_holds_name(const char *claim, size_t len, const struct frame_span *spans,
    size_t n, const char *w);

/*
 * Blank the n frames of text[0 .. len) (a copy of the claim) with spaces,
 * and the comma that closes a frame set between commas ("X are, according
 * to one provider, a common effect" reads "X are ... a common effect"):
 * the claim as its details are read, each byte where it was.
 */
void frame_blank(char *text, size_t len, const struct frame_span *spans, size_t n);

#endif
