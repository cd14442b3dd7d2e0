/*
 * plural.h: the Latin and Greek plurals of a word, and their singulars.
 *
 * Snowball removes English endings only, so it leaves a classical plural
 * apart from its singular: "analysis" -> analysi but "analyses" ->
 * analys; "nucleus" and "nuclei", "bacterium" and "bacteria",
 * "criterion" and "criteria", "index" and "indices" each stem to two
 * terms.  The tokenizer lets a query word also match the other number's
 * stem, as it does its other spelling (spelling.h).  The rules are the
 * regular Latin and Greek declensions English keeps: -sis/-ses, -us/-i,
 * -um/-a, -ion/-ia after r or l and -on/-a after n, and -ices to -ex
 * and -ix (not back: Snowball stems "indices" as it stems "indicate").
 * They rewrite letters only: a form no text holds ("viri", "areum")
 * matches nothing and the search leaves it out.  Metals whose -a form is
 * their oxide ("titanium", "titania") are kept apart.
 *
 * Pure: no I/O, no SQLite, no stemmer; nothing is allocated.
 */
#ifndef PLURAL_H
#define PLURAL_H

#include <stddef.h>

/* Words longer than this many bytes have no other number. */
#define PLURAL_MAX_WORD 64
/* The most bytes a rewrite adds to a word ("nuclei" -> "nucleus"). */
#define PLURAL_GROWTH 2
/* The most forms one word has ("criteria": criterium, criterion). */
#define PLURAL_MAX_FORMS 2

/*
 * The other number's forms of word[0 .. n) (lower-case ASCII letters;
 * anything else has none), each NUL-terminated in out[i].  Returns how
 * many (0 to PLURAL_MAX_FORMS).
 */
size_t plural_forms(const char *word, size_t n,
    char out[PLURAL_MAX_FORMS][PLURAL_MAX_WORD + PLURAL_GROWTH + 1]);

#endif
