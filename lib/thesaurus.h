/*
 * thesaurus.h: synonyms from WordNet's database files, for claim evidence.
 *
 * This module owns reading Princeton WordNet 3.0 as Debian's wordnet-base
 * package installs it (/usr/share/wordnet: index.POS, data.POS, POS.exc).
 * The files are mapped, not loaded: an index file is sorted by lemma, so a
 * word is found by binary search, and a synset offset is the byte offset of
 * its line in the data file.  A word's base forms are found as WordNet's
 * own "morphy" finds them (the exception lists, then suffix rules), and its
 * synonyms are the other single-word lemmas of its most frequent senses
 * (WordNet lists a word's senses most frequent first) and the words
 * derived from it in those senses ("explain", "explanation").  It never
 * prints.
 */
#ifndef THESAURUS_H
#define THESAURUS_H

struct thesaurus;

/* How a word passed to thesaurus_each's callback stands to the word asked for. */
enum thesaurus_kind {
	THESAURUS_BASE_FORM,	/* "go" for "went", "safe" for "safer" */
	THESAURUS_SYNONYM,	/* "mend" for "repair" */
	THESAURUS_DERIVED,	/* "explanation" for "explain" */
	THESAURUS_INFLECTION	/* "understood" for "understand": an irregular form */
};

/* Where Debian's wordnet-base puts the database. */
#define THESAURUS_DEFAULT_DIR "/usr/share/wordnet"

/*
 * Map the database in dir.  Returns 0 with *out set, 1 when dir holds no
 * WordNet database (no index.noun), or -1 (a file that cannot be mapped,
 * out of memory).
 */
int thesaurus_open(const char *dir, struct thesaurus **out);
void thesaurus_close(struct thesaurus *t);	/* accepts NULL */

/*
 * The synonyms of the lower-case word w in its first `senses` senses of
 * every part of speech, passed to add(ctx, lemma, kind) (lower-cased, valid
 * only during the call; a lemma may come more than once):
 * - w's base forms other than w ("went": "go"; "repairs": "repair");
 * - the irregular forms of its verb base forms ("understands":
 *   "understood"), from the exception list;
 * - the other single-word lemmas of those senses, and the words WordNet
 *   derives from w's base form in them ("explain": "explanation"), each
 *   only when that sense is among its own first `their` senses too
 *   ("issue" is no synonym of "result": that meaning is only its third);
 * - for an adjective sense that is a satellite ("muddled"), the lemmas of
 *   its head synset ("confused"), the quality it is a shade of.
 * add returns 0 to go on; anything else stops the walk and is returned.
 * Returns 0 (also when w is unknown) or add's stop value.
 */
int thesaurus_each(const struct thesaurus *t, const char *w, int senses, int their,
    int (*add)(void *ctx, const char *lemma, enum thesaurus_kind kind), void *ctx);

/*
 * thesaurus_each, but a sense after the first counts only when SemCor
 * tagged it at least half as often as the first ("pregnant" means
 * "significant" in one tagged use of four): for a word no source holds,
 * whose synonyms are its only evidence.
 */
int thesaurus_each_usual(const struct thesaurus *t, const char *w, int senses, int their,
    int (*add)(void *ctx, const char *lemma, enum thesaurus_kind kind), void *ctx);

/*
 * The antonyms of the lower-case word w in the first `senses` senses of
 * each of its base forms as a verb, adjective or adverb (not as a noun:
 * "illness" and "health" are often named side by side), passed to
 * add(ctx, lemma)
 * (lower-cased, valid only during the call; a lemma may come more than
 * once): the single-word lemmas of the synsets WordNet marks as antonyms
 * of the sense's synset ("!", from any of its words: "lasting", a synonym
 * of "permanent", gets "impermanent" and "temporary"), and for an
 * adjective satellite those of its head ("unsafe" is similar to
 * "dangerous": "safe").  add returns 0 to go on; anything else stops the
 * walk and is returned.  Returns 0 (also when w is unknown) or add's stop
 * value.
 */
int thesaurus_antonyms(const struct thesaurus *t, const char *w, int senses,
    int (*add)(void *ctx, const char *lemma), void *ctx);

/*
 * Whether the lower-case word w names one specific kind of thing, as
 * "dopamine", "glutamate" or "psychiatrist" do and "system", "interest"
 * or "treatment" do not: WordNet knows it only as a noun (no verb,
 * adjective or adverb of any of its base forms), with at most
 * THESAURUS_TERM_SENSES senses, the first of them a concrete thing (a
 * substance, artifact, body part, person, animal, plant, food or natural
 * object, by WordNet's lexicographer files; not a state like "health")
 * at least THESAURUS_TERM_DEPTH hypernym links below the top of the
 * hierarchy.
 * Two such words in the same place ("the dopamine system", "the glutamate
 * system") name different things.  0 for a word WordNet does not know.
 */
#define THESAURUS_TERM_SENSES 2
#define THESAURUS_TERM_DEPTH 7
int thesaurus_is_term(const struct thesaurus *t, const char *w);

/*
 * The same test for a named condition: a word WordNet knows only as a
 * noun, with at most THESAURUS_TERM_SENSES senses, the first of them a
 * state (its lexicographer file: "glaucoma", "schizophrenia", not
 * "health", which is too near the top) at least THESAURUS_TERM_DEPTH
 * links down.  Not for substitutions: two conditions in one place
 * ("depression and anxiety") are often both true.
 */
int thesaurus_is_condition(const struct thesaurus *t, const char *w);

/*
 * Whether w names what a claim is about, in one walk: a term that is not a
 * person ("morphine", "retina"; not "companion" or "psychiatrist", roles a
 * paraphrase renames freely) or a condition ("glaucoma"), or a chemical
 * element ("lithium", however few links below the top).
 */
int thesaurus_is_subject(const struct thesaurus *t, const char *w);

/*
 * Whether every noun sense of the lower-case word w is a person
 * ("chemists", "sufferers"; not "agonist", also a drug): whoever a
 * paraphrase names as the doer is seldom what it claims.  0 for a word
 * WordNet does not know as a noun.
 */
int thesaurus_is_person(const struct thesaurus *t, const char *w);

/*
 * Whether the lower-case nouns a and b name different kinds of one kind
 * of thing, as "antidepressant" and "anaesthetic" (both drugs) do: among
 * the first eight noun senses of each, no sense of one is a sense of the
 * other or a kind above it (hypernyms: "drug" is above "anaesthetic",
 * "medication" above "antidepressant"), and their first senses meet at a
 * kind at most three hypernym links above each.  Only things one can
 * point at (thesaurus_is_term's files) but people, whose roles are renamed
 * freely ("doctor", "clinician"), and not states ("depression", "anxiety"
 * are often both true): 0 for those and for a word WordNet does not know
 * as a noun.
 */
int thesaurus_different_kinds(const struct thesaurus *t, const char *a, const char *b);

/*
 * How often WordNet's sense-tagged corpus (cntlist.rev: the Brown corpus
 * part of SemCor, 258,691 tags in WordNet 3.0) uses w: the tags of every
 * sense of each of w's base forms that WordNet knows, any part of speech
 * ("felt": "feel" and "felt"), as nouns and verbs only or as any part of
 * speech (parts).  A measure of how common w is in general English; 0 for
 * a word never tagged, one WordNet does not know, or a database without
 * the count list.
 */
enum { THESAURUS_NOUNS_VERBS, THESAURUS_ALL_PARTS };
#define THESAURUS_TAGS_TOTAL 258691

/* Whether WordNet knows the lower-case word w, by a base form, as any part of speech. */
int thesaurus_knows(const struct thesaurus *t, const char *w);
long thesaurus_tag_count(const struct thesaurus *t, const char *w, int parts);

#endif
