/*
 * evidence.h: what a passage shows of a query's words.
 *
 * This module owns reading one passage against the words a query is
 * ranked on (words.h): where each word occurs (as the index tokenizes the
 * passage), the rarity-weighted share of the words present (coverage), the
 * sentence that holds most of them, and that sentence with the words
 * marked.  It never prints and touches no database beyond the tokenizer.
 */
#ifndef EVIDENCE_H
#define EVIDENCE_H

#include <stddef.h>

#include "tokenizer.h"
#include "words.h"

struct evidence_hit {
	size_t start, end;	/* bytes in the passage */
	int word;		/* index into the words */
	int kin;		/* 1: the word met by a kin word or synonym, not its own stem */
	int stem;		/* the index of the word's stem that met it (words.h) */
};

/* Start from a zeroed struct; evidence_free releases it. */
struct evidence {
	const struct words *ws;
	int present[WORDS_MAX];	/* occurrences per word */
	struct evidence_hit *hits;	/* in text order */
	size_t nhits, cap;
	int length;		/* words in the passage */
	int oom;
};

/*
 * Read text[0 .. len) against ws (which must outlive the result) into a,
 * reusing its memory.  A raw form and its stem at one position count once.
 * Returns 0, or -1 (out of memory, tokenizer error).
 */
int evidence_analyse(struct tokenizer_session *tok, const struct words *ws, const char *text,
    size_t len, struct evidence *a);
void evidence_free(struct evidence *a);

/* 0..1: the idf-weighted share of the words with present[i] > 0. */
double evidence_coverage(const struct words *ws, const int *present);

/*
 * The sentence of text (as passage_next_sentence cuts it) holding most of
 * the rarity-weighted words, ties to the shorter; questions are passed
 * over.  1 with [*start, *end) set, or 0 when text has no other sentence.
 */
int evidence_best_sentence(const struct evidence *a, const char *text, size_t len,
    size_t *start, size_t *end);

/*
 * Like evidence_best_sentence, but up to `sentences` adjacent sentences
 * (three at most) are taken together when each goes on about what the one
 * before is about (it opens with "It", "These", "However", "Moreover" ...,
 * or with a word of the one before: "... called BDNF. BDNF supports ...")
 * and they cover at least `gain` more of the words than the best single
 * sentence: a claim often says in one sentence what a source says in two.
 * Sentences that do not continue one another are never joined: their
 * words may be about different things.  1 with [*start, *end) set, or 0
 * when text has no sentence.
 */
int evidence_best_window(const struct evidence *a, const char *text, size_t len, double gain,
    int sentences, size_t *start, size_t *end);

/*
 * Whether sentence text[start .. end) goes on about what the sentence
 * before it, text[prev_start .. prev_end), is about (evidence_best_window's
 * test for joining two).
 */
int evidence_continues(const char *text, size_t prev_start, size_t prev_end, size_t start,
    size_t end);

/* Whether sentence text[start .. end) is a question: it asserts nothing. */
int evidence_is_question(const char *text, size_t start, size_t end);

/* present[i]: occurrences of word i inside text[start .. end). */
void evidence_presence(const struct evidence *a, size_t start, size_t end, int *present);

/*
 * text[start .. end) with each hit inside wrapped in SEARCH_MARK_ON and
 * SEARCH_MARK_OFF (search.h); malloc'd, NULL when out of memory.
 */
char *evidence_mark(const struct evidence *a, const char *text, size_t start, size_t end);

#endif
