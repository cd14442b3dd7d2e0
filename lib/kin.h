/*
 * kin.h: words a paraphrase uses for one another, for claim evidence.
 *
 * This module owns the closed list of word kinship the claim check trusts
 * beyond Snowball's stems: British and American spellings ("signalling",
 * "signaling"), derivations Snowball keeps apart ("relieves", "relief";
 * "treat", "treatment") and groups of common near-synonyms ("faster",
 * "rapid"; "physician", "doctor").  Every pair comes from the written
 * table or from the spelling rules below, never from shared prefixes, so a
 * word is never widened into an unrelated one ("Medicare" stays apart
 * from "medical").  Kin only decides whether a sentence states a claim's
 * word; ranking does not use it.  It never prints.
 */
#ifndef KIN_H
#define KIN_H

#include <stddef.h>

#include "tokenizer.h"

struct kin;

/*
 * Build the table: every member of every group stemmed as a query word is
 * stemmed by tok.  Returns 0, or -1 (out of memory, tokenizer error).
 */
int kin_open(struct tokenizer_session *tok, struct kin **out);
void kin_close(struct kin *k);	/* accepts NULL */

/*
 * The stems kin to the query word `surface` whose stem is `stem`: its
 * spelling variants and the other members of every group holding a word
 * with that stem.  Calls add(ctx, kin_stem, word) for each member of
 * those groups (`stem` itself too, for each member that has it: a caller
 * that adds the word as another's kin learns which words say it; a stem of
 * several members comes once per member), with the word of the table or
 * the spelling that has kin_stem, both valid only during the call: a
 * source word states the kin only when it is that word or an inflection
 * of it (kin_inflection), not a word that merely stems alike ("several"
 * is no kin of "serious" through "severe").  add returns
 * 0 to go on; anything else stops the walk and is returned.  Returns 0,
 * add's stop value, or -1 (out of memory, tokenizer error).
 */
typedef int kin_add_fn(void *ctx, const char *kin_stem, const char *word);
int kin_each(const struct kin *k, struct tokenizer_session *tok, const char *surface,
    const char *stem, kin_add_fn *add, void *ctx);

/*
 * kin_each for a word of the caller's own (no claim word: "temporary",
 * which states a denied "last"): add is called for the word's stem first,
 * then for its kin unless that call failed.  Returns -1 (out of memory,
 * tokenizer error, or add's negative value), else the first call's
 * nonzero value, else kin_each's.
 */
int kin_each_of_word(const struct kin *k, struct tokenizer_session *tok, const char *word,
    kin_add_fn *add, void *ctx);

/*
 * Whether the source word w[0 .. n) (any case) is `word` or one of its
 * inflections ("relieves" of "relieve", "safely" of "safe"), or `word` one
 * of its ("lasting" of "last").
 */
int kin_inflection(const char *w, size_t n, const char *word);

/*
 * The stem tok gives the query word w[0 .. n) into *out (malloc'd; NULL
 * when it has none).  Returns 0, or -1 (out of memory, tokenizer error).
 */
int kin_stem(struct tokenizer_session *tok, const char *w, size_t n, char **out);

/*
 * The stems of the WordNet synonyms of the query word `surface` (stem
 * `stem`) in its first `senses` senses, which are among the synonym's own
 * first `their` (thesaurus.h; usual: thesaurus_each_usual's senses), and
 * the kin (kin_each, from k when not NULL)
 * of its base forms ("safer": "safe", and "safe"'s kin "safety"), each passed to add
 * as kin_each does (never `stem` itself; word the synonym or the kin's
 * member).  A NULL thesaurus has none.
 * Returns 0, add's stop value, or -1 (out of memory, tokenizer error).
 */
struct thesaurus;
int kin_synonyms(const struct kin *k, const struct thesaurus *th, int senses, int their,
    int usual, struct tokenizer_session *tok,
    const char *surface, const char *stem, kin_add_fn *add, void *ctx);

/*
 * Spelling variants of the lower-case ASCII word w: its American and its
 * British spelling (spelling.h), those that differ from w, up to max
 * malloc'd strings into out.  Returns how many, or -1 when out of memory.
 */
int kin_spellings(const char *w, char **out, int max);

/* Group i of the table as written (space-separated words); NULL past the end. */
const char *kin_group(size_t i);

/*
 * Phrase i of the table of phrases a writer uses for one word, as
 * "phrase|word" ("switch on|activate": the phrase's first word in any
 * inflection, the others as written); NULL past the end.
 */
const char *kin_phrase(size_t i);

/* The stem of phrase i's first word (stemmed by kin_open), or NULL. */
const char *kin_phrase_stem(const struct kin *k, size_t i);

/*
 * The word a clinical abbreviation stands for ("bp": "pressure", the
 * telling word of "blood pressure"), w lower-case; NULL for any other word.
 */
const char *kin_shorthand(const char *w);

#endif
