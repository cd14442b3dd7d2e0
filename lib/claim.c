/*
 * claim.c: a claim checked against the rows shown for it (claim.h).
 *
 * Matched and missing are counted in the sentence that is shown, not in
 * the whole passage: a word in a neighbouring sentence is not evidence
 * that the sentence says the claim, unless that sentence continues the
 * one before it ("It can provide ...") and the two together cover clearly
 * more of the claim (CLAIM_WINDOW_GAIN); then both are shown (three such
 * sentences for a claim of several clauses).  A best
 * sentence that opens with a pronoun takes in the sentence before it at
 * any gain: "It" is what that sentence names (take_in_referent).  A
 * claim word is in a sentence when its stem is, or a kin word's (kin.h:
 * "relieves" and "relief", "faster" and "rapid").  Conflicts are looked for in that
 * sentence and in the best sentences of up to CLAIM_PASSAGES - 1 more
 * passages of the same source among the ranked candidates, since the
 * passage that disagrees is rarely the one that matches best; a sentence
 * counts only when it is about the claim (CLAIM_ABOUT_MIN).
 */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "claim.h"
#include "conflict.h"
#include "evidence.h"
#include "frame.h"
#include "indexstats.h"
#include "passage.h"
#include "rank.h"
#include "textclass.h"
#include "util.h"
#include "verdict.h"

#define CLAIM_CONFLICTS_MAX 8
#define CLAIM_OPENING_QUESTION_MAX 60	/* bytes of an opening question ("Not keen on IVs?") */
#define CLAIM_HEADING_DENIED_IDF 2.0	/* least weight of a heading word answered "No" */
#define CLAIM_SUPPORTED_FIRST 1.1	/* a supporting row's lead in the evidence order */
#define CLAIM_PASSAGES 5	/* passages of a source read for its evidence */
/* a sentence is about the claim when it holds this share of the words the index knows */
#define CLAIM_ABOUT_MIN 0.4
/* claim words a sentence not about the claim holds for its spans of time to count */
#define CLAIM_TIME_WORDS 2
/*
 * A sentence that is not about the whole claim is about one of its clauses
 * ("First synthesized in the 1980s, ketamine ...") when it holds this share
 * of the clause's known words, and two of them at least: the conflicts it
 * shows in that clause count.
 */
#define CLAIM_CLAUSE_ABOUT_MIN 0.6
#define CLAIM_CLAUSES_MAX 16
#define CLAIM_EXCLUSIVE_MAX 4	/* exclusive words read in one claim */
#define CLAIM_TIME_CLAUSES 2	/* clauses of a claim whose time a sentence must say */
/* tagged (content) words in a passage, for an unknown word's estimated frequency */
#define CLAIM_PASSAGE_TAGS 100
#ifndef CLAIM_ENGLISH_PASSAGES
#define CLAIM_ENGLISH_PASSAGES 300
#define CLAIM_DIALECT_WORD_MAX 3	/* bytes of a function word no source nor WordNet knows */
#define CLAIM_DETAIL_IDF_MIN 4.0	/* English idf of a word a light phrase names as a detail */
#endif
/* two adjacent sentences are read as one when they cover this much more of the claim */
#define CLAIM_WINDOW_GAIN 0.15
/* senses of a claim word whose WordNet antonyms a source may say (conflict_lexicon) */
#define CLAIM_ANTONYM_SENSES 2
#define TERM_MEMO_SLOTS 256	/* is_term answers kept per claim; a power of two */
#define TERM_MEMO_WORD 24	/* longer words are asked each time */

struct claim_row {
	struct fetched c;
	struct evidence a;
	struct rank_explain x;
	int has_sentence;
	size_t sent_start, sent_end;	/* bytes in c.text */
	char *marked;			/* the sentence with matched words marked */
	int present[WORDS_MAX];		/* in the sentence */
	const char *matched[WORDS_MAX], *missing[WORDS_MAX];
	char *matched_as[WORDS_MAX];	/* the sentence's word for a kin match, else NULL */
	size_t nmatched, nmissing;
	struct verdict_evidence ve;
	struct search_conflict conflicts[CLAIM_CONFLICTS_MAX];
	unsigned char replaces[CLAIM_CONFLICTS_MAX];	/* conflict k: the conflict's `replaces` */
	size_t nconflicts;
	enum verdict support;
};

struct claim_check {
	/*
	 * The claim's words as they are judged: light words (below) weigh
	 * nothing, every other word its idf, an unknown word the most.
	 */
	struct words judged;
	int kin_from[WORDS_MAX];	/* judged.w[i].stems[kin_from[i] ..] are kin, owned here */
	/* judged.w[i].stems[denial_from[i] ..] state its denial (denied_as), or -1 */
	int denial_from[WORDS_MAX];
	const char *absolutes[WORDS_MAX];	/* the claim's absolute words (NUL-terminated copies) */
	size_t nabsolutes;
	int direction[WORDS_MAX];	/* judged.w[i] is a direction word */
	int share[WORDS_MAX];		/* judged.w[i] is a share (share_count) */
	int common[WORDS_MAX];		/* judged.w[i] is unknown, weighed as general English uses it */
	/*
	 * judged.w[i] is a word of the sources' topic: they use it more often
	 * than general English does (CLAIM_TOPICAL_MARGIN), or general English
	 * does not know it ("ketamine", "NMDA"); or it is in no source and
	 * names a condition ("epilepsy")
	 */
	int topical[WORDS_MAX];
	int span[WORDS_MAX];		/* judged.w[i] is a span of time ("months") */
	int unknown_name[WORDS_MAX];	/* judged.w[i] is unknown and names one thing */
	/*
	 * judged.w[i] is a name in an attribution ("the Wellness Drip
	 * notes"): the source's title, publisher or author says it too
	 */
	int attributed[WORDS_MAX];
	int compared_with[WORDS_MAX];	/* judged.w[i] is said only after "than": the standard */
	int ncompared;			/* judged words so marked that weigh */
	unsigned comparing;		/* bit k: clause k compares ("than") or tells an origin */
	int origin_only;		/* its standard is an origin ("derived from"), no "than" */
	int negated;			/* it says "not", "never", "no", "too weak to" ... */
	int negated_head;		/* judged word a negator denies ("doesn't help"), or -1 */
	/*
	 * judged.w[i] is in a sentence of the claim that denies, when the
	 * claim has more: "You're not doing this alone, love. Medical pros
	 * keep a close eye on patients ..."
	 */
	int denying_sentence[WORDS_MAX];
	int denial_apart;		/* the claim has a sentence besides a denying one */
	int imperative;			/* its denial opens an imperative: "Don't skip sessions" */
	/*
	 * the imperative gives a harm as its reason ("Don't bail on sessions,
	 * because skipping them can slow down your recovery"): says_harm of
	 * read_text, asked once
	 */
	int harm_reason;
	/*
	 * every denial says the usual treatments failed ("even when other
	 * treatments haven't made a dent"): a source's "resistant" says it
	 */
	int others_failed;
	/* its denial is a degree: "not used as often as", "not as common as" */
	int negated_degree;
	int unlike;			/* it says "not the same", "not identical" */
	int denied_comparison;		/* it denies a comparative: "no quicker than" */
	/*
	 * how many times it says that what it names is the main or only one
	 * ("works mainly on serotonin receptors"): another thing's name there
	 * denies it
	 */
	int exclusive;
	/*
	 * judged.w[i] is what "only" or "solely" speaks of ("depends solely
	 * on body weight"): when no passage holds it, no sentence says the
	 * claim (a word of the sources there may be said in other words:
	 * "only a specialist can work it out")
	 */
	int sole_scope[WORDS_MAX];
	/*
	 * judged.w[i] is what a "for" after an approving word speaks of
	 * ("approved by the FDA for bipolar disorder"): a sentence that says
	 * none of these words does not say what the claim's approval is for
	 */
	int purpose_scope[WORDS_MAX];
	/* what a thing is given with: "alongside an antidepressant tablet" */
	int companion_scope[WORDS_MAX];
	/*
	 * the judged word that heads what the claim gives a thing with
	 * ("together with an oral antidepressant", "alongside psychotherapy"),
	 * or -1; companion_scope holds it and the rest of that scope
	 */
	int companion;
	/* the bytes of the claim each exclusive word or identity speaks of */
	size_t exclusive_start[CLAIM_EXCLUSIVE_MAX], exclusive_end[CLAIM_EXCLUSIVE_MAX];
	/*
	 * the judged word that a sentence-final predicate noun phrase names
	 * ("agonist" in "Ketamine is a glutamate receptor agonist."), or -1
	 */
	int predicate;
	struct claim_row *rows;
	size_t n;
	const char *unknown[WORDS_MAX];
	size_t nunknown;
	enum verdict verdict;
	struct conflict_lexicon lexicon;	/* WordNet's specific terms, when mapped */
	const struct thesaurus *thesaurus;	/* the lexicon's, or NULL */
	/*
	 * is_term's answers for this claim, by word: the conflict rules ask
	 * it of the same source words in sentence after sentence
	 */
	struct {
		char w[TERM_MEMO_WORD];
		signed char term;	/* -1: empty slot */
	} term_memo[TERM_MEMO_SLOTS];
	struct conflict_claim *read;	/* the claim as conflict.c reads it, once */
	int asks;			/* the claim is a question (asks_question) */
	int likens;			/* it likens a thing to another (claim_likens) */
	char *read_text;		/* its text, attributions blanked (frame_blank) */
	struct frame_span frames[FRAME_MAX];	/* its attributions (frame.h) */
	size_t nframes;
	/* its remarks after the first sentence ("Cha-ching."), bytes [start, end) */
	struct frame_span remarks[FRAME_MAX];
	size_t nremarks;
	/*
	 * The claim's clauses, bytes [clause_start[k], clause_end[k]); bit k
	 * of clauses[w]: word w is in clause k.
	 */
	size_t clause_start[CLAIM_CLAUSES_MAX], clause_end[CLAIM_CLAUSES_MAX];
	int nclauses;
	unsigned clauses[WORDS_MAX];
};

/*
 * Light words: general verbs, adverbs, quantifiers and connectives that a
 * paraphrase adds or drops freely ("usually", "take", "rather", "apart").
 * They still rank, but weigh nothing in a verdict: idf measured on a small
 * corpus makes them look rare, and a claim is not unsupported because its
 * source does not say "besides".  Lower-case surfaces, sorted (strcmp).
 */
static const char *const light_words[] = {
	"aall", "abeg", "abi", "ability", "able", "according", "across", "actually", "addition",
	"additionally", "admittedly", "afaik", "afta", "afterwards", "aiyah", "aiyo", "aka",
	"aki", "alamak", "alas", "allow", "allowed", "allowing", "allows", "almost", "along",
	"alongside", "already", "although", "altogether", "among", "amongst", "anybody",
	"anyone", "anything", "anyting", "apart", "apparently", "appear", "appeared",
	"appearing", "appears", "approx", "approximately", "around", "aside", "away", "back",
	"bana", "bas", "based", "basically", "became", "become", "becomes", "becoming", "befo",
	"beforehand", "began", "begin", "beginning", "begins", "begun", "behind", "besides",
	"bestie", "besties", "beyond", "blimey", "bout", "brah", "bredda", "bring", "bringing",
	"brings", "brought", "btw", "bumbye", "came", "certain", "chile", "come", "comes",
	"comot", "consider", "considerably", "considered", "considering", "considers",
	"continue", "continued", "continues", "crikey", "currently", "cyaan", "da", "dae",
	"dare", "das", "dat", "de", "deemed", "deh", "dem", "den", "depending", "dere",
	"despite", "dey", "di", "dia", "different", "dis", "don", "done", "doth", "downright",
	"due", "easily", "ehen", "ehn", "eish", "else", "em", "enough", "erm", "especially",
	"even", "ever", "every", "everybody", "everyone", "everything", "example", "fact",
	"fae", "far", "feel", "feels", "fella", "feller", "fi", "find", "finds", "fo",
	"fortunately", "found", "fr", "frankly", "frfr", "furthermore", "fwiw", "fyi", "gannin",
	"gave", "geez", "generally", "get", "gets", "getting", "gey", "gie", "giein", "gimme",
	"give", "given", "gives", "giving", "go", "goes", "going", "golly", "gone", "gonna",
	"gosh", "got", "gotta", "greatly", "gree", "haffi", "happen", "happened", "happening",
	"happens", "hath", "heaps", "hence", "highkey", "hmm", "honest", "honestly", "however",
	"idk", "iirc", "ikr", "imho", "imo", "indeed", "inna", "inshallah", "instead", "intae",
	"interestingly", "jare", "jeez", "jus", "keep", "keeping", "keeps", "kept", "khalas",
	"khob", "kind", "kinda", "kindly", "kine", "knaa", "largely", "later", "least", "lemme",
	"less", "li'dat", "like", "likely", "likewise", "likkle", "lissen", "literally", "lmao",
	"lmfao", "loads", "lol", "lot", "lots", "lowkey", "luckily", "made", "mainly", "make",
	"makes", "making", "many", "manze", "mashallah", "matter", "maybe", "mean", "means",
	"meanwhile", "mek", "mi", "mo", "moreover", "mostly", "much", "na", "naebody",
	"naething", "nah", "nearly", "need", "needed", "needing", "needs", "nevertheless",
	"next", "ngl", "normally", "notwithstanding", "nowt", "nu", "nuff", "nvm", "obviously",
	"odda", "oft", "often", "ok", "okay", "omg", "one's", "ordinarily", "oughta", "outta",
	"overall", "owt", "oy", "oya", "particular", "particularly", "partly", "per", "perhaps",
	"phew", "place", "please", "plenty", "pls", "plz", "poa", "pon", "possible", "possibly",
	"practically", "predictably", "pretty", "probably", "prospective", "psa", "put", "puts",
	"putting", "quite", "rather", "really", "receive", "received", "receives", "receiving",
	"regarded", "regarding", "regardless", "relatively", "remain", "remained", "remaining",
	"remains", "rightly", "rofl", "roughly", "roun", "sabi", "sadly", "said", "saw", "sawa",
	"say", "saying", "says", "see", "seeing", "seem", "seemed", "seeming", "seems", "seen",
	"sees", "sef", "seh", "sensibly", "serve", "served", "serves", "serving", "several",
	"sha", "sheesh", "shew", "shewed", "shewn", "shews", "shey", "show", "showed",
	"showing", "shown", "shows", "since", "smh", "somebody", "someone", "somethin",
	"something", "sometimes", "somewhat", "somewhere", "sort", "sorta", "sorts",
	"specifically", "start", "started", "starting", "starts", "still", "stuff",
	"substantially", "summat", "super", "surprisingly", "tae", "take", "taken", "takes",
	"taking", "tbh", "tend", "tended", "tending", "tends", "thankfully", "thee", "thereby",
	"therefore", "thine", "thing", "things", "tho", "thou", "though", "throughout", "thus",
	"thy", "til", "ting", "tings", "tink", "tis", "tldr", "together", "tons", "took",
	"totally", "toward", "towards", "tu", "twas", "type", "types", "typically", "uh", "uhh",
	"um", "umm", "una", "understandably", "unfortunately", "unlike", "unsurprisingly",
	"unu", "use", "used", "uses", "using", "usual", "usually", "various", "vey", "via",
	"wallah", "wallahi", "wanna", "want", "wanted", "wanting", "wants", "way", "ways",
	"weh", "well", "welp", "wen", "went", "wetin", "wey", "whereas", "whereby", "wherein",
	"whether", "whilst", "whit", "whoa", "whole", "whose", "whosoever", "wi", "wid",
	"wisely", "without", "worth", "wow", "y'all", "ya3ni", "yall", "yalla", "yani", "ye",
	"ye're", "yeah", "yep", "yer", "yet", "yikes", "ymmv", "yo", "yoh", "yuh", "yuhself",
	"y’all",
};

/*
 * Family words a writer capitalizes as names ("Mom has to be under the
 * care of ..."): a person, as "the patient" is, no name a source must
 * give.  Lower-case, sorted.
 */
static const char *const kinship_words[] = {
	"dad", "father", "grandad", "grandma", "grandmother", "grandpa", "granny", "mom",
	"mother", "mum", "nana", "papa",
};

/*
 * Absolute words: a claim that says "all", "always" or "cures" where the
 * source says "many", "often" or "helps" overreaches, and so does one that
 * says "only" (no other case, time or way) or "must" (no choice) where the
 * source does not.
 * Lower-case, sorted.
 */
static const char *const absolute_words[] = {
	"all", "always", "certainly", "completely", "cure", "cured", "cures", "definitely",
	"entirely", "every", "everybody", "everyone", "exclusively", "forever", "fully",
	"guarantee", "guaranteed", "guarantees", "invariably", "must", "only", "permanent",
	"permanently", "proven", "solely", "totally", "universally",
};

/*
 * Words that say what a claim names is the main or only one of its kind:
 * "mainly on serotonin receptors" is denied by a source that names NMDA
 * receptors, "on AMPA receptors" is not.  Lower-case, sorted.
 */
static const char *const exclusive_words[] = {
	"chiefly", "exclusively", "largely", "main", "mainly", "mostly", "only", "predominantly",
	"primarily", "primary", "principal", "principally", "sole", "solely",
};

/*
 * A claim that says what a thing is ("NMDA receptors are part of the
 * serotonin system", "ketamine is a ...") names the one thing it is:
 * another source's other name denies it as "mainly" does.  A copula,
 * then one of identity_openers; "is given as" says how, not what.
 * Lower-case, sorted.
 */
static const char *const copulas[] = { "are", "is", "was", "were" };
static const char *const identity_openers[] = { "a", "an", "part", "the" };

#define NP(list) (sizeof (list) / sizeof *(list))
#define IN_LIST(w, list) words_in_list((w), (list), NP(list))

/* Whether the lower-case word w is a light word, or one with a possessive "'s" ("everyone's"). */
static int is_light(const char *w)
{
	return IN_LIST(w, light_words) ||
	    in_word_list(w, without_possessive(w, strlen(w)), light_words, NP(light_words));
}

/*
 * Direction words: a claim's comparison or change ("faster", "higher",
 * "drops") is the detail a contradiction turns on ("take longer",
 * "smaller", "increased"), so evidence that does not say it supports the
 * claim at most partly.  Said means the word, a kin of it, or a word of
 * its direction class below: "larger doses" is said by "higher doses",
 * "reduces anxiety" by "alleviates anxiety", "last longer" by "prolong".
 * A source that says the opposite is conflict.c's to find.
 * Lower-case, sorted.
 */
static const char *const direction_words[] = {
	"bigger", "boost", "boosting", "boosts", "decrease", "decreased", "decreases",
	"decreasing", "drop", "dropped", "dropping", "drops", "earlier", "exceed", "exceeded",
	"exceeding", "exceeds", "fall", "falling", "falls", "faster", "fewer", "greater", "higher",
	"increase", "increased", "increases", "increasing", "larger", "longer", "lower",
	"lowered", "lowering", "lowers", "quicker", "raise", "raised", "raises", "raising",
	"reduce", "reduced", "reduces", "reducing", "rise", "rises", "rising", "shorter", "slow",
	"slowed", "slower", "slowing", "slows", "smaller", "sooner", "strengthen",
	"strengthened", "strengthening", "strengthens", "weaken", "weakened", "weakening",
	"weakens", "worse", "worsen", "worsening", "worsens",
};

/*
 * Adverbs of speed that "more" makes a direction ("more quickly":
 * faster), and adjectives a learner or a Pidgin speaker compares with
 * "more" ("more big doses", "mo' fast").  Sorted.
 */
static const char *const speed_adverbs[] = {
	"quickly", "rapidly", "slowly", "swiftly",
};
static const char *const plain_comparables[] = {
	"big", "fast", "high", "large", "long", "low", "quick", "short", "slow", "small",
};

/*
 * Direction classes: the words of one line state the same direction of
 * change or comparison.  Every direction word is in one line; the other
 * words are their plain synonyms.  "more" and "less" are not here: they
 * qualify anything ("more common") and would say every change.
 */
static const char *const direction_classes[] = {
	" bigger boost boosted boosting boosts elevate elevated elevates elevating enhance"
	" enhanced enhances enhancing greater grew grow grows heighten heightened heightening"
	" heightens higher increase"
	" increased increases increasing larger raise raised raises raising rise rises rising"
	" rose ",
	" alleviate alleviated alleviates dampen dampened dampens decline declined declines"
	" decrease decreased"
	" decreases decreasing diminish diminished diminishes drop dropped dropping drops ease"
	" eased eases fall falling falls fell fewer lessen lessened lessens lower lowered"
	" lowering lowers minimise"
	" minimised minimises minimize minimized minimizes mitigate mitigated mitigates reduce"
	" reduced reduces reducing reduction relieve relieved relieves smaller ",
	" extend extended extends lengthen lengthened lengthens longer prolong prolonged"
	" prolongs ",
	" shorten shortened shortens shorter ",
	" faster quicker quickly rapidly sooner swiftly ",
	" delay delayed delays hinder hindered hinders longer slow slowed slower slowing slowly"
	" slows ",
	" damage damaged damages disrupt disrupted disrupts impair impaired impairs undermine"
	" undermined undermines weaken weakened weakening weakens ",
	" boost boosted boosting boosts enhance enhanced enhances enhancing improve improved"
	" improves improving"
	" reinforce reinforced reinforces repair repaired repairs restore restored restores"
	" strengthen strengthened strengthening strengthens ",
	" earlier ",
	" exceed exceeded exceeding exceeds surpass surpassed surpasses ",
	" aggravate aggravated aggravates exacerbate exacerbated exacerbates worse worsen"
	" worsened worsening worsens ",
	/* how often, a compared degree: "used less often than" by "less common" */
	" common commonly frequent frequently often popular prevalent usual usually widely"
	" widespread ",
};

/*
 * Forms of one absolute that a source may use for it: "has proved
 * effective" says what "has proven effective" says.
 */
static const char *const absolute_forms[] = {
	"cure cured cures", "proven proved proving", "guarantee guaranteed guarantees",
	"permanent permanently", "complete completely", "entire entirely", "total totally",
	"universal universally", "certain certainly", "definite definitely",
	"everybody everyone", "every each all", "only solely exclusively",
	"must required requires require requiring necessary essential mandatory need needs needed"
	" needing should necessitate necessitates necessitated necessitating",
};

/* The lower-case ASCII word of s[0 .. n) into out (size bytes), or 0 if it does not fit. */
static int lower_word(const char *s, size_t n, char *out, size_t size)
{
	if (n == 0 || n >= size)
		return 0;
	for (size_t i = 0; i < n; i++)
		out[i] = (char)(is_upper((unsigned char)s[i]) ? s[i] - 'A' + 'a' : s[i]);
	out[n] = 0;
	return 1;
}

static int is_word_byte(char c)
{
	unsigned char u = (unsigned char)c;
	return is_alpha(u) || is_digit(u) || u >= 0x80;
}

/* Where the word that starts at text[i] ends (i itself when none starts there). */
static size_t word_end(const char *text, size_t len, size_t i)
{
	while (i < len && is_word_byte(text[i]))
		i++;
	return i;
}

/* Whether word[0 .. n) (lower-case ASCII) stands at text[i] as a whole word, any case. */
static int word_at(const char *text, size_t len, size_t i, const char *word, size_t n)
{
	return i + n <= len && (i == 0 || !is_word_byte(text[i - 1])) && (i + n == len ||
	    !is_word_byte(text[i + n])) && same_word((const unsigned char *)text + i, n, word);
}

/* Whether text[0 .. len) holds word (lower-case ASCII) as a whole word, any case. */
static int has_word(const char *text, size_t len, const char *word)
{
	size_t n = strlen(word);
	for (size_t i = 0; i + n <= len; i++)
		if (word_at(text, len, i, word, n))
			return 1;
	return 0;
}

/*
 * Words that say one thing is compared with another or set apart from it:
 * a sentence without any ("triggering similar effects to electroconvulsive
 * therapy") does not state that one is "more effective than" the other.
 * Lower-case, sorted.
 */
static const char *const comparison_words[] = {
	"apart", "better", "bigger", "compare", "compared", "compares", "comparison",
	"contrast", "differ", "different", "differently", "differs", "distinct", "exceed",
	"exceeds", "faster", "fewer", "greater", "higher", "inferior", "larger", "less",
	"longer", "lower", "more", "outperform", "outperformed", "outperforms", "quicker",
	"shorter", "slower", "smaller", "stronger", "superior", "than", "unlike", "versus",
	"weaker", "whereas", "worse",
};

/*
 * What a sentence compares with, its standard: the words after "than",
 * "unlike", "apart from", "compared to" or "with", "versus", "different
 * from", "differs from" or "in contrast to", up to the clause's end.
 * Marker phrases: lower-case, one space between words.
 */
static const char *const standard_markers[] = {
	"than", "unlike", "apart from", "compared to", "compared with", "versus",
	"different from", "differs from", "differ from", "in contrast to",
};

/*
 * An origin is the standard of a claim that says what a thing comes from:
 * "derived from ketamine" against "Derived from phencyclidine, it ...".
 * Verbs before "from", lower-case, sorted.
 */
static const char *const origin_verbs[] = {
	"came", "come", "comes", "derive", "derived", "derives", "descended", "developed",
	"evolved", "extracted", "isolated", "originated", "originates", "synthesised",
	"synthesized",
};
static const char *const origin_markers[] = { "from" };

/* Words that tell an origin: a sentence with none tells none.  Sorted. */
static const char *const origin_words[] = {
	"analog", "analogue", "based", "derivative", "derivatives", "derived", "descendant",
	"from", "origin", "origins",
};

/*
 * Whether text[i ..) starts with marker phrase m (lower-case words, one
 * space between them; any run of spaces in the text): where it ends, or 0.
 */
static size_t marker_at(const char *text, size_t len, size_t i, const char *m)
{
	if (i > 0 && is_word_byte(text[i - 1]))
		return 0;
	for (;;) {
		const char *sp = strchr(m, ' ');
		size_t n = sp != NULL ? (size_t)(sp - m) : strlen(m);
		size_t j = word_end(text, len, i);
		char w[32];
		if (n >= sizeof w || j - i != n)
			return 0;
		memcpy(w, m, n);
		w[n] = '\0';
		if (!same_word((const unsigned char *)text + i, n, w))
			return 0;
		if (sp == NULL)
			return j;
		m = sp + 1;
		i = j;
		if (i >= len || text[i] != ' ')
			return 0;
		while (i < len && text[i] == ' ')
			i++;
	}
}

/*
 * Whether a claim word marked in want[] (or its kin) is said in a
 * standard of text[start, end) read as a (see standard_markers): a
 * marker's words up to the clause's end; *found: whether there is one.
 */
static int said_in_standard(const struct evidence *a, const char *text, size_t start,
    size_t end, const int *want, const char *const *markers, size_t nmarkers, int *found)
{
	for (size_t i = start; i < end; i++) {
		for (size_t m = 0; m < nmarkers; m++) {
			size_t from = marker_at(text + start, end - start, i - start, markers[m]);
			if (from == 0)
				continue;
			from += start;
			size_t to = from;
			while (to < end && text[to] != ',' && text[to] != ';' && text[to] != '.')
				to++;
			*found = 1;
			for (size_t h = 0; h < a->nhits; h++)
				if (want[a->hits[h].word] && a->hits[h].start >= from &&
				    a->hits[h].end <= to)
					return 1;
		}
	}
	return 0;
}

/* Whether text[0 .. len) holds one of words[0 .. n) (lower-case). */
static int says_any(const char *text, size_t len, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (has_word(text, len, words[i]))
			return 1;
	return 0;
}

/* Whether text[0 .. len) says the direction of direction word w (lower-case). */
static int says_direction(const char *text, size_t len, const char *w)
{
	char key[72], word[64];
	snprintf(key, sizeof key, " %s ", w);
	for (size_t c = 0; c < sizeof direction_classes / sizeof *direction_classes; c++) {
		const char *cls = direction_classes[c];
		if (strstr(cls, key) == NULL)
			continue;
		for (const char *p = cls + 1; *p != '\0';) {
			const char *q = strchr(p, ' ');
			size_t n = (size_t)(q - p);
			if (n < sizeof word) {
				memcpy(word, p, n);
				word[n] = '\0';
				if (has_word(text, len, word))
					return 1;
			}
			p = q + 1;
		}
	}
	return 0;
}

/*
 * Whether text[0 .. len) says the direction of the claim's direction word
 * ws->w[w]; a degree compared with "more" ("more small than", "more fast
 * than") is said by its comparative too ("smaller", "faster").
 */
static int direction_said(const struct words *ws, int w, const char *text, size_t len)
{
	char lower[64], comparative[72];
	const char *s = ws->w[w].surface;
	if (!lower_word(s, strlen(s), lower, sizeof lower))
		return 0;
	if (says_direction(text, len, lower))
		return 1;
	size_t n = strlen(lower);
	if (n < 3)
		return 0;
	const char *forms[3] = { "er", "r", NULL };
	char doubled[8] = { lower[n - 1], 'e', 'r', '\0' };
	forms[2] = doubled;	/* "big": "bigger" */
	for (int k = 0; k < 3; k++) {
		if (k == 1 && lower[n - 1] != 'e')
			continue;	/* "large": "larger" */
		snprintf(comparative, sizeof comparative, "%s%s", lower, forms[k]);
		if (says_direction(text, len, comparative) || has_word(text, len, comparative))
			return 1;
	}
	return 0;
}

/*
 * Whether passage[from .. end) says the claim's direction word ws->w[w]
 * by a comparative of a claim word it holds: "boost the effectiveness" by
 * "more effective", "reduce the risk" by "less risky", "reduces anxiety"
 * by "anti-anxiety properties" ("more", "less" or "anti-" right before a
 * word that states one of the claim's).
 */
static int compared_so(const struct words *ws, int w, const struct evidence *a,
    const char *passage, size_t from, size_t end)
{
	char lower[64];
	const char *s = ws->w[w].surface;
	if (!lower_word(s, strlen(s), lower, sizeof lower))
		return 0;
	static const char ups[] = "increase strengthen", downs[] = "decrease weaken";
	int decrease = says_direction(downs, sizeof downs - 1, lower);
	const char *way = says_direction(ups, sizeof ups - 1, lower) ? "more" :
	    decrease ? "less" : NULL;
	size_t n = way != NULL ? strlen(way) : 0;
	for (size_t i = from; way != NULL && i + n + 1 < end; i++) {
		size_t after;
		if (word_at(passage + from, end - from, i - from, way, n) && passage[i + n] == ' ')
			after = i + n + 1;
		else if (decrease && word_at(passage + from, end - from, i - from, "anti", 4) &&
		    passage[i + 4] == '-')
			after = i + 5;	/* "anti-anxiety properties" */
		else
			continue;
		for (size_t h = 0; h < a->nhits; h++)
			if (a->hits[h].start == after && a->hits[h].end <= end &&
			    a->hits[h].word != w)
				return 1;
	}
	return 0;
}

/*
 * Whether the lower-case word w negates the word after it: "not", "never",
 * "nobody" ("nobody fully understands"), "isn’t" (is_word_byte ends
 * "isn't" at its apostrophe: see the caller).
 */
static int is_negator_word(const char *w)
{
	return strcmp(w, "not") == 0 || strcmp(w, "never") == 0 || strcmp(w, "cannot") == 0 ||
	    strcmp(w, "nobody") == 0 || strcmp(w, "none") == 0 || strcmp(w, "neither") == 0 ||
	    strcmp(w, "nor") == 0 || words_is_negated_auxiliary(w);
}

static size_t previous_word(const char *text, size_t i, char *w, size_t size);

#define NEGATED_REACH 5	/* words before an absolute read for a negator */

/*
 * Whether a negator stands among the NEGATED_REACH words before text[i],
 * in its clause: "may not resolve the condition completely" says no
 * "completely".
 */
static int negated_before(const char *text, size_t i)
{
	char w[32];
	for (int k = 0; k < NEGATED_REACH && i > 0; k++) {
		size_t e = i;
		while (e > 0 && text[e - 1] == ' ')
			e--;
		if (e > 0 && strchr(",;:.!?()", text[e - 1]) != NULL)
			return 0;
		size_t b = previous_word(text, i, w, sizeof w);
		if (b == SIZE_MAX)
			return 0;
		/* "don't" ends a word at its ASCII apostrophe; "don’t" is one word */
		if (is_negator_word(w) || strcmp(w, "no") == 0 ||
		    (strcmp(w, "t") == 0 && b > 0 && text[b - 1] == '\''))
			return 1;
		i = b;
	}
	return 0;
}

/*
 * Whether text[0 .. len) holds the absolute form (lower-case ASCII) as a
 * whole word that says it, not under a negation: "not only ... but also"
 * says no "only" (negated_before).
 */
static int says_absolute_form(const char *text, size_t len, const char *form)
{
	size_t n = strlen(form);
	for (size_t i = 0; i + n <= len; i++)
		if (word_at(text, len, i, form, n) && !negated_before(text, i))
			return 1;
	return 0;
}

/* Whether text[0 .. len) holds absolute word w (lower-case) or one of its forms. */
static int has_absolute(const char *text, size_t len, const char *w)
{
	size_t n = strlen(w);
	for (size_t f = 0; f < sizeof absolute_forms / sizeof *absolute_forms; f++) {
		const char *forms = absolute_forms[f], *p = forms;
		int member = 0;
		for (; *p; p += strcspn(p, " "), p += *p == ' ')
			member |= strcspn(p, " ") == n && strncmp(p, w, n) == 0;
		if (!member)
			continue;
		for (p = forms; *p; p += strcspn(p, " "), p += *p == ' ') {
			char form[32];
			size_t m = strcspn(p, " ");
			if (m < sizeof form) {
				memcpy(form, p, m);
				form[m] = 0;
				if (says_absolute_form(text, len, form))
					return 1;
			}
		}
	}
	/*
	 * "attend every session", "every session counts" is said by a warning
	 * against leaving one out: "Skipping sessions may slow your recovery"
	 */
	static const char *const omitting[] = {
		"ditch", "ditching", "miss", "missed", "missing", "skip", "skipped", "skipping",
	};
	if (strcmp(w, "every") == 0 && says_any(text, len, omitting, NP(omitting)))
		return 1;
	return says_absolute_form(text, len, w);
}

/*
 * conflict_lexicon's is_term: ctx is the claim check.  WordNet is asked
 * once per word and claim (a hypernym walk each time); a full memo asks
 * anew.
 */
static int is_term(void *ctx, const char *w)
{
	struct claim_check *cc = ctx;
	size_t n = strlen(w);
	if (n >= TERM_MEMO_WORD)
		return thesaurus_is_term(cc->thesaurus, w);
	uint64_t h = util_hash(UTIL_HASH_INIT, w, n);
	for (size_t k = 0; k < TERM_MEMO_SLOTS; k++) {
		size_t at = (h + k) & (TERM_MEMO_SLOTS - 1);
		if (cc->term_memo[at].term < 0) {
			int term = thesaurus_is_term(cc->thesaurus, w);
			memcpy(cc->term_memo[at].w, w, n + 1);
			cc->term_memo[at].term = (signed char)term;
			return term;
		}
		if (strcmp(cc->term_memo[at].w, w) == 0)
			return cc->term_memo[at].term;
	}
	return thesaurus_is_term(cc->thesaurus, w);
}

/* conflict_lexicon's knows: ctx is the claim check. */
static int knows(void *ctx, const char *w)
{
	return thesaurus_knows(((struct claim_check *)ctx)->thesaurus, w);
}

/* conflict_lexicon's different_kinds: ctx is the claim check. */
static int different_kinds(void *ctx, const char *a, const char *b)
{
	return thesaurus_different_kinds(((struct claim_check *)ctx)->thesaurus, a, b);
}

/*
 * conflict_lexicon's opposites: WordNet's antonyms of w's first
 * CLAIM_ANTONYM_SENSES senses (ctx is the claim check).
 */
static int opposites(void *ctx, const char *w, int (*each)(void *, const char *),
    void *each_ctx)
{
	return thesaurus_antonyms(((struct claim_check *)ctx)->thesaurus, w, CLAIM_ANTONYM_SENSES,
	    each, each_ctx) != 0 ? -1 : 0;
}

/* Whether the space-separated list holds word. */
static int listed(const char *list, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = list; (p = strstr(p, word)) != NULL; p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	return 0;
}

/*
 * kin_each's callback: the stem, brought by word (NULL: stated by every
 * token of the stem), joins w's stems; a stem w has already adds its word
 * to those that state it, unless every token does.
 */
static int add_kin(void *ctx, const char *stem, const char *word)
{
	struct word *w = ctx;
	for (int k = 0; k < w->nstems; k++) {
		if (strcmp(w->stems[k], stem) != 0)
			continue;
		char *had = w->stem_words[k];
		if (had == NULL || word == NULL || listed(had, word))
			return 0;
		size_t hn = strlen(had), wn = strlen(word);
		char *both = malloc(hn + wn + 2);
		if (both == NULL)
			return -1;
		memcpy(both, had, hn);
		both[hn] = ' ';
		memcpy(both + hn + 1, word, wn + 1);
		free(had);
		w->stem_words[k] = both;
		return 0;
	}
	if (w->nstems == WORDS_MAX_STEMS)
		return 1;
	char *copy = strdup(stem), *words = word != NULL ? strdup(word) : NULL;
	if (copy == NULL || (word != NULL && words == NULL)) {
		free(copy);
		free(words);
		return -1;
	}
	w->stems[w->nstems] = copy;
	w->stem_words[w->nstems++] = words;
	return 0;
}

/*
 * The weight of a word no passage holds.  Absent from the index, it is as
 * rare as a word can be here, unless general English uses it often: a
 * small corpus lacks "became" or "wears" because it is small, not because
 * the claim is on another topic.  Its passage frequency is then estimated
 * from WordNet's tagged corpus (thesaurus_tag_count): the chance that a
 * passage of CLAIM_PASSAGE_TAGS tagged words holds it (eval/README.md).  A word that corpus
 * never tagged ("Spravato", "opioid") keeps the highest weight.
 */
double claim_english_idf(const struct thesaurus *t, struct index_stats *st,
    const char *surface, double df, double idf, int parts)
{
	char lower[64];
	long tags;
	if (t == NULL || !lower_word(surface, strlen(surface), lower, sizeof lower) ||
	    (tags = thesaurus_tag_count(t, lower, parts)) <= 0)
		return idf;
	double n = index_stats_passages(st);
	double share = (double)tags * CLAIM_PASSAGE_TAGS / THESAURUS_TAGS_TOTAL;
	if (share > 1)
		share = 1;
	/*
	 * general English as CLAIM_ENGLISH_PASSAGES passages seen before the
	 * index's: it outweighs a small index and fades in a large one
	 */
	if (df >= 0)
		share = (df + CLAIM_ENGLISH_PASSAGES * share) / (n + CLAIM_ENGLISH_PASSAGES);
	double english = rank_idf(n * share, n);
	return english < idf ? english : idf;
}

/*
 * Whether the claim's word at surface reads as a dialect's function word
 * ("dey", "wey", "sef", "yuh"; "Dem" opening the claim): letters only,
 * small ones (a capital only opening the claim), a vowel among them; not
 * "NIH", "18", "mg", "wk", nor "per" and "pre", which WordNet lacks as it
 * lacks every preposition and prefix.
 */
static int dialect_shape(const char *claim, const char *surface)
{
	static const char *const english[] = { "per", "pre" };
	int vowel = 0;
	for (const char *p = surface; *p; p++) {
		if (*p >= 'A' && *p <= 'Z' && p == surface)
			vowel |= strchr("AEIOUY", *p) != NULL;
		else if (*p >= 'a' && *p <= 'z')
			vowel |= strchr("aeiouy", *p) != NULL;
		else
			return 0;
	}
	while (*claim != '\0' && !is_word_byte(*claim))
		claim++;
	if (*surface >= 'A' && *surface <= 'Z' && strncmp(claim, surface, strlen(surface)) != 0)
		return 0;
	char w[8];
	return vowel && !(lower_word(surface, strlen(surface), w, sizeof w) && IN_LIST(w, english));
}

static double unknown_word_idf(const struct claim_input *in, const struct word *w)
{
	return claim_english_idf(in->thesaurus, in->stats, w->surface, -1, w->idf,
	    THESAURUS_ALL_PARTS);
}

/*
 * "only" before these hedges ("only rarely", "only partly", "only
 * temporary"), or before "in rare cases" (before_hedge), says
 * little, not all; lower-case, sorted.
 */
static const char *const hedges[] = {
	"brief", "briefly", "mild", "mildly", "minor", "moderately", "modest", "modestly",
	"occasionally", "partially", "partly", "rarely", "seldom", "slight", "slightly",
	"slowly", "sometimes", "temporarily", "temporary", "transient",
};

/* The first word of text[0 .. len), lower-cased into w[size]: 1, or 0 (none, too long). */
static int next_word(const char *text, size_t len, char *w, size_t size)
{
	size_t i = 0;
	while (i < len && !is_word_byte(text[i]))
		i++;
	size_t j = word_end(text, len, i);
	return j > i && lower_word(text + i, j - i, w, size);
}

/* Where the first word of text[0 .. len) ends (len when there is none). */
static size_t past_first_word(const char *text, size_t len)
{
	size_t i = 0;
	while (i < len && !is_word_byte(text[i]))
		i++;
	return word_end(text, len, i);
}

/*
 * The word before text[i], lower-cased into w[size]: its start, or
 * SIZE_MAX (none, too long).
 */
static size_t previous_word(const char *text, size_t i, char *w, size_t size)
{
	size_t e = i;
	while (e > 0 && !is_word_byte(text[e - 1]))
		e--;
	size_t b = e;
	while (b > 0 && is_word_byte(text[b - 1]))
		b--;
	return b < e && lower_word(text + b, e - b, w, size) ? b : SIZE_MAX;
}

static int now_and_then(const char *text);
static int opens_with_any(const char *text, const char *const *phrases, size_t n);

/* After "every", after a list: each thing it names ("effective against every one of them"). */
static const char *const each_of_list[] = { " one of them", " one of those", " single one" };

/*
 * Whether the first word of text[0 .. len) is a hedge, or "in rare
 * cases" or "once in a while" follow (past a verb of occurring, "turning
 * up").
 */
static int before_hedge(const char *text, size_t len)
{
	static const char *const openers[] = { "in" };
	static const char *const few[] = { "few", "minority", "rare", "small" };
	/* "only happens in rare cases": the hedge after the verb of occurring */
	static const char *const occurring[] = {
		"arise", "arises", "happen", "happens", "occur", "occurs",
	};
	/* "only for a while", "only for a bit": a short time */
	static const char *const short_spans[] = {
		" for a bit", " for a little while", " for a short time", " for a short while",
		" for a while",
	};
	/* "only turning up in rare cases": a verb of occurring of two words */
	static const char *const turning_up[] = {
		"crop", "cropping", "crops", "pop", "popping", "pops", "show", "showing", "shows",
		"turn", "turning", "turns",
	};
	char w[64];
	if (now_and_then(text) || opens_with_any(text, short_spans, NP(short_spans)))
		return 1;	/* "only once in a while" */
	if (!next_word(text, len, w, sizeof w))
		return 0;
	size_t at = 0;	/* past a verb of occurring, of one word or two */
	if (IN_LIST(w, occurring)) {
		at = past_first_word(text, len);
	} else if (IN_LIST(w, turning_up)) {
		size_t up = past_first_word(text, len);
		if (!next_word(text + up, len - up, w, sizeof w) || strcmp(w, "up") != 0)
			return 0;
		at = up + past_first_word(text + up, len - up);
	}
	if (at > 0) {
		text += at;
		len -= at;
		if (!next_word(text, len, w, sizeof w))
			return 0;
	}
	if (IN_LIST(w, hedges))
		return 1;
	/*
	 * "only in rare cases", "only in a minority": little, not all ("only a
	 * few patients" may deny "many": the absolute stays)
	 */
	size_t i = past_first_word(text, len);
	if (!IN_LIST(w, openers) || !next_word(text + i, len - i, w, sizeof w))
		return 0;
	if (strcmp(w, "a") == 0) {
		i += past_first_word(text + i, len - i);
		if (!next_word(text + i, len - i, w, sizeof w))
			return 0;
	}
	return IN_LIST(w, few);
}

/*
 * Whether text[0 .. len), after "too", goes on "<word> to": "too weak to
 * help" denies help; "OCD, too, came to be counted" does not.
 */
static int too_to(const char *text, size_t len)
{
	char w[64];
	size_t i = 0;
	while (i < len && text[i] == ' ')
		i++;
	if (i == len || !is_word_byte(text[i]))
		return 0;
	i = past_first_word(text, len);
	return i < len && text[i] == ' ' && next_word(text + i, len - i, w, sizeof w) &&
	    strcmp(w, "to") == 0;
}

/*
 * Whether text opens "not to" after its frames: advice a case note
 * reports ("Stressed with client not to miss sessions").
 */
static int advice_not_to(const char *text, size_t len)
{
	char w[16];
	size_t i = 0;
	while (i < len && text[i] == ' ')
		i++;
	if (!next_word(text + i, len - i, w, sizeof w) || strcmp(w, "not") != 0)
		return 0;
	i += past_first_word(text + i, len - i);
	return next_word(text + i, len - i, w, sizeof w) && strcmp(w, "to") == 0;
}

/* Words that open a denied imperative: "Don't", "Do not", "Never".  Sorted. */
static const char *const imperative_openers[] = { "do", "don", "dont", "never" };

/* Words before a denied imperative: "Please don't", "and dont", "Try not to".  Sorted. */
static const char *const advice_leads[] = { "and", "just", "please", "pls", "plz", "so", "try" };

/*
 * Words that say a deed harms ("skipping sessions may slow your
 * recovery"): the reason a source gives for advice a claim gives as "Don't
 * skip sessions".  Sorted.
 */
static const char *const harm_words[] = {
	"danger", "dangerous", "delay", "delayed", "delays", "harm", "harmful", "harms", "hinder",
	"hinders", "impair", "impairs", "jeopardise", "jeopardize", "risk", "risks", "risky",
	"slow", "slowed", "slows", "undermine", "undermines", "unsafe", "worsen", "worsens",
};

/*
 * Words that deny or withhold, in a source sentence: a claim that says
 * "not" is said only by a sentence that denies something too ("does not
 * help fibromyalgia" is no paraphrase of "proved effective for
 * fibromyalgia").  Lower-case, sorted.
 */
static const char *const denying_words[] = {
	"absence", "absent", "avoid", "barrier", "barriers", "cannot", "decline",
	"declined", "fail", "failed", "fails", "hardly", "inadequate", "ineffective",
	"instead", "insufficient", "lack", "lacked", "lacking", "lacks", "neither", "never",
	"no", "nobody", "non", "none", "nor", "not", "nothing", "obstacle", "obstacles",
	"rarely", "refuse", "refused", "resistant", "seldom", "temporarily", "temporary",
	"transient", "without",
};

/*
 * Words after a negator that make it no denial of the claim's own: "not
 * only ... but also", "is not limited to depression" (it also ...),
 * "not everyone responds" (some do), "not fully understood" (in part),
 * "effects not unlike those of ECT" (like them).
 * Lower-case, sorted.
 */
static const char *const softened_negations[] = {
	"afraid", "alarmed", "all", "always", "completely", "confined", "entirely", "every",
	"everybody", "everyone", "exactly", "forget", "fret", "fully", "hesitate", "just",
	"limited", "merely", "necessarily", "only", "panic", "restricted", "scared", "shocked",
	"shy", "simply", "small", "startled", "surprised", "totally", "unlike", "worried",
	"worry",
};

#define CLITIC_BASE_MIN 3	/* letters of a noun a clipped "will" follows ("cost'll") */
#define PERSISTING_LEAVE_WORDS 3	/* words from "leave" to "alone" ("leave a body alone") */

/* What a denied "go away" says: persists ("thoughts that won't let go").  Lower case. */
static const char *const persisting_idioms[] = {
	"go away", "leave 'em be", "leave them be", "leave you be", "leave my head",
	"leave their heads", "leave ur head", "leave your head", "leave your mind", "leave",
	"let 'em be", "let a person be", "let go", "let them be", "let up", "let you be",
	"lets go", "lets up", "quit", "quits", "budge", "budges", "shift", "shifts",
};

/*
 * The bytes of a persisting idiom that text (after a negator) opens with,
 * "just" or "ever" before it: "won't go away", "just won't let go".  The
 * idiom ends the clause.  0 when none.
 */
static size_t persisting_len(const char *text, size_t len)
{
	size_t i = 0;
	char w[8];
	while (i < len && text[i] == ' ')
		i++;
	if (next_word(text + i, len - i, w, sizeof w) &&
	    (strcmp(w, "just") == 0 || strcmp(w, "ever") == 0)) {
		i += past_first_word(text + i, len - i);
		while (i < len && text[i] == ' ')
			i++;
	}
	for (size_t k = 0; k < NP(persisting_idioms); k++) {
		size_t n = strlen(persisting_idioms[k]), e = i + n;
		if (e > len || strncasecmp(text + i, persisting_idioms[k], n) != 0 ||
		    (e < len && is_word_byte(text[e])))
			continue;
		size_t after = e;
		while (after < len && text[after] == ' ')
			after++;
		if (after == len || !is_word_byte(text[after]))
			return e;
		/* "pain that won't quit too": the clause's "too" or "either" after it */
		char closer[8];
		size_t past = after + past_first_word(text + after, len - after);
		while (past < len && text[past] == ' ')
			past++;
		if (next_word(text + after, len - after, closer, sizeof closer) &&
		    (strcmp(closer, "too") == 0 || strcmp(closer, "either") == 0) &&
		    (past == len || !is_word_byte(text[past])))
			return e;
		/* "won't leave you alone", "won't leave a body alone" */
		for (int words = 0; strcmp(persisting_idioms[k], "leave") == 0 &&
		    words <= PERSISTING_LEAVE_WORDS && after < len && is_word_byte(text[after]);
		    words++) {
			size_t end = after + past_first_word(text + after, len - after);
			char word[8];
			if (next_word(text + after, len - after, word, sizeof word) &&
			    strcmp(word, "alone") == 0) {
				size_t next = end;
				while (next < len && text[next] == ' ')
					next++;
				if (next == len || !is_word_byte(text[next]))
					return end;
				break;
			}
			after = end;
			while (after < len && text[after] == ' ')
				after++;
		}
	}
	return 0;
}

/* Whether w (lower case) is said only in a denied persisting idiom ("won't go away"). */
static int persisting_word(const char *claim, const char *w)
{
	size_t len = strlen(claim), n = strlen(w);
	int said = 0;
	for (size_t i = 0; i + n <= len; i++) {
		if (!word_at(claim, len, i, w, n))
			continue;
		int in_idiom = 0;
		for (size_t k = i + 1; k-- > 0 && i - k < 24 && !in_idiom;) {
			size_t e;
			if ((k == 0 || !is_word_byte(claim[k - 1])) && is_word_byte(claim[k]) &&
			    negated_before(claim, k) &&
			    (e = persisting_len(claim + k, len - k)) > 0 && k + e >= i + n)
				in_idiom = 1;
		}
		if (!in_idiom)
			return 0;
		said = 1;
	}
	return said;
}

/*
 * Whether one of the first `reach` words of text[0 .. len) is in
 * wanted[0 .. nwanted) with only words of passed[0 .. npassed) before it
 * (lower-case, sorted lists).
 */
static int word_past(const char *text, size_t len, const char *const *wanted, size_t nwanted,
    const char *const *passed, size_t npassed, int reach)
{
	char w[64];
	for (int k = 0; k < reach && next_word(text, len, w, sizeof w); k++) {
		if (words_in_list(w, wanted, nwanted))
			return 1;
		if (!words_in_list(w, passed, npassed))
			return 0;
		size_t i = past_first_word(text, len);
		text += i;
		len -= i;
	}
	return 0;
}

/*
 * Whether a negator's next words text[0 .. len) soften it: "not only",
 * "may not be confined", "not yet fully understood", "does not appear
 * confined"; or make it an
 * encouragement, no denial: "don't hesitate to ask", "don't be shy",
 * "don't be surprised if that happens", "don't worry, that usually
 * fades"; or say what is unreal: "things that are not there".
 */
static int softened_after(const char *text, size_t len)
{
	char w[64];
	/* "thoughts that just won't go away": persistent, no denial */
	if (persisting_len(text, len) > 0)
		return 1;
	/* "seeing things that are not (really) there": what is unreal, no denial */
	size_t from = 0;
	if (next_word(text, len, w, sizeof w) && strcmp(w, "really") == 0)
		from = past_first_word(text, len);
	if (next_word(text + from, len - from, w, sizeof w) && strcmp(w, "there") == 0) {
		size_t i = from + past_first_word(text + from, len - from);
		while (i < len && text[i] == ' ')
			i++;
		char after[8];
		if (i == len || strchr(",.;:!?)", text[i]) != NULL ||
		    (next_word(text + i, len - i, after, sizeof after) &&
		    (strcmp(after, "or") == 0 || strcmp(after, "and") == 0)))
			return 1;
	}
	/* "not be", "not yet", "does not appear (to be)", "doesn't seem" */
	static const char *const passed[] = { "appear", "be", "been", "seem", "to", "yet" };
	return word_past(text, len, softened_negations, NP(softened_negations), passed,
	    NP(passed), 4);
}

/*
 * Absolutes over people that a variation after them turns round
 * ("everyone's experience is different").  Sorted.
 */
static const char *const everyone_words[] = { "each", "every", "everybody", "everyone" };

static int says_any(const char *text, size_t len, const char *const *words, size_t n);

/* "got everyone's attention", "caught everybody's eye": noticed, no whole */
static const char *const noticed[] = {
	"'s attention", "'s eye", "\xe2\x80\x99s attention", "\xe2\x80\x99s eye",
};

/* Words that say what "not the same" says.  Sorted. */
static const char *const varying_words[] = {
	"depend", "depending", "depends", "differ", "differed", "different", "differently",
	"differs", "varied", "varies", "vary", "varying",
};

#define VARIES_ASIDE_WORDS 5	/* words of an aside inside the clause ("I am told") */

/*
 * Whether the clause from text[0 .. len) on says a variation: "everyone's
 * experience is different", "each case varies" says what "individual
 * experiences vary" says, no absolute.
 */
static int varies_after(const char *text, size_t len)
{
	/* "everybody's experience is not the same" */
	static const char *const unlike[] = {
		"n't the same", "not the same", "n't de same", "not de same", "not same",
		"n't same",
	};
	size_t end = strcspn(text, ",;.!?");
	end = end < len ? end : len;
	/* "every person's experience, I am told, is different": past an aside */
	if (end < len && text[end] == ',') {
		size_t aside = end + 1 + strcspn(text + end + 1, ",;.!?");
		int words = 0;
		for (size_t k = end + 1; k < aside && k < len; k++)
			words += is_word_byte(text[k]) && !is_word_byte(text[k - 1]);
		if (aside < len && text[aside] == ',' && words <= VARIES_ASIDE_WORDS) {
			end = aside + 1 + strcspn(text + aside + 1, ",;.!?");
			end = end < len ? end : len;
		}
	}
	for (size_t k = 0; k < end; k++)
		if (opens_with_any(text + k, unlike, NP(unlike)))
			return 1;	/* no phrase holds the clause's closing mark */
	return says_any(text, end, varying_words, NP(varying_words));
}

/*
 * Whether the words before claim[i] say a variation over the people at i:
 * "different for everyone" ("the same for everyone" is an absolute).
 */
static int varies_before(const char *claim, size_t i)
{
	char w[16];
	size_t at = previous_word(claim, i, w, sizeof w);
	if (at == SIZE_MAX || (strcmp(w, "for") != 0 && strcmp(w, "from") != 0 &&
	    strcmp(w, "between") != 0 && strcmp(w, "among") != 0))
		return 0;
	return previous_word(claim, at, w, sizeof w) != SIZE_MAX && IN_LIST(w, varying_words);
}

/*
 * Whether a negator's next words text[0 .. len) say sameness: "not the
 * same for everyone", "not identical", "no two experiences are the same":
 * what "experiences vary" says.
 */
static int same_after(const char *text, size_t len)
{
	char w[64];
	if (!next_word(text, len, w, sizeof w))
		return 0;
	/* "by no means uniform" */
	if (strcmp(w, "means") == 0) {
		size_t i = past_first_word(text, len);
		text += i;
		len -= i;
		if (!next_word(text, len, w, sizeof w))
			return 0;
	}
	if (strcmp(w, "two") == 0) {
		for (int k = 0; k < 5 && len > 0; k++) {
			size_t i = past_first_word(text, len);
			text += i;
			len -= i;
			if (next_word(text, len, w, sizeof w) &&
			    (strcmp(w, "same") == 0 || strcmp(w, "alike") == 0 ||
			    strcmp(w, "identical") == 0))
				return 1;
		}
		return 0;
	}
	/* "not the same", a dialect's "ain't de same" */
	static const char *const articles[] = { "da", "de", "di", "tha", "the" };
	if (IN_LIST(w, articles)) {
		size_t i = past_first_word(text, len);
		if (!next_word(text + i, len - i, w, sizeof w))
			return 0;
		return strcmp(w, "same") == 0;
	}
	/* "isn't one-size-fits-all", "no one-size-fits-all dose" */
	if (strcmp(w, "a") == 0) {
		size_t i = past_first_word(text, len);
		text += i;
		len -= i;
	}
	while (len > 0 && !is_word_byte(*text)) {
		text++;
		len--;
	}
	if (len >= 17 && (strncasecmp(text, "one-size-fits-all", 17) == 0 ||
	    strncasecmp(text, "one size fits all", 17) == 0))
		return 1;
	return strcmp(w, "identical") == 0 || strcmp(w, "uniform") == 0;
}

/*
 * Verbs whose "un-" undoes a deed, no denial: "Studies have unveiled
 * ketamine's ability", "unlock", "unravel", "uncovering".  Word openings,
 * sorted.
 */
static const char *const undoing_openings[] = {
	"unbox", "unbuckl", "unbutton", "uncork", "uncover", "unearth", "unfold", "unfurl",
	"unhook", "unif", "union", "unleash", "unload", "unlock", "unpack", "unplug", "unravel",
	"unroll", "unscrew", "untangl", "untie", "unveil", "unwind", "unwrap", "unzip",
};

/* Whether the lower-case word w says "not X" by its prefix: "unsupervised", "unable". */
static int is_un_word(const char *w)
{
	for (size_t k = 0; k < NP(undoing_openings); k++)
		if (strncmp(w, undoing_openings[k], strlen(undoing_openings[k])) == 0)
			return 0;
	return strncmp(w, "un", 2) == 0 && strlen(w) >= 6 && strncmp(w, "under", 5) != 0 &&
	    strncmp(w, "uniq", 4) != 0 && strncmp(w, "unit", 4) != 0 &&
	    strncmp(w, "univers", 7) != 0 && strcmp(w, "until") != 0 &&
	    strcmp(w, "unless") != 0;
}

/*
 * Whether text[0 .. len), after a negator, makes it deny nothing: "not
 * only ... but also", "not just", "not out of place", "doesn't stop at
 * depression" (it goes beyond), a Pidgin "no be only".
 */
static int not_denying(const char *text, size_t len)
{
	static const char *const adding[] = { "just", "merely", "only", "simply" };
	static const char *const stopping[] = { "end", "ends", "stop", "stops" };
	static const char phrase[] = " out of place";
	char w[16];
	size_t k = 0;
	if (next_word(text, len, w, sizeof w) && strcmp(w, "be") == 0)
		k = past_first_word(text, len);
	if (next_word(text + k, len - k, w, sizeof w) && IN_LIST(w, adding))
		return 1;
	if (k == 0 && IN_LIST(w, stopping)) {
		size_t m = past_first_word(text, len);
		return next_word(text + m, len - m, w, sizeof w) && (strcmp(w, "at") == 0 ||
		    strcmp(w, "with") == 0);
	}
	return len >= sizeof phrase - 1 && strncasecmp(text, phrase, sizeof phrase - 1) == 0;
}

/*
 * Words that say a thing is less so: "less common" says "not as often",
 * and so does "reduce the frequency".  Sorted.
 */
static const char *const lesser_words[] = {
	"decrease", "decreased", "decreases", "decreasing", "fewer", "less", "lessen",
	"lessens", "lesser", "minimise", "minimize", "minimizes", "minimizing", "rare", "rarely",
	"rarer", "reduce", "reduced", "reduces", "reducing", "seldom", "uncommon",
};

/*
 * Whether the words after a negator, text[0 .. len), deny a degree: "as"
 * or "so" and a word of frequency, extent or severity within the next six
 * words ("not used as often as", "isn't as common", "not be as bad", "not
 * so common", "don't see those used nearly as often"), that word first with "as"
 * or "like" after it ("nuh common like di IV"), or a word of frequency
 * ending its clause within three ("don't happen often,", "isn't common.",
 * "don't happen much,"),
 * or "the usual" ("aren't the usual way").
 */
static int degree_after(const char *text, size_t len)
{
	static const char *const degrees[] = {
		"bad", "common", "commonly", "frequent", "frequently", "intense", "much", "often",
		"popular", "serious", "severe", "strong", "widely",
	};
	static const char *const frequencies[] = {
		"common", "commonly", "frequent", "frequently", "much", "often",
	};
	/* "aren't the usual way": what is less common */
	static const char *const usual_ways[] = {
		"common", "main", "normal", "standard", "typical", "usual",
	};
	char w[64];
	int as = 0;
	if (next_word(text, len, w, sizeof w) && strcmp(w, "the") == 0) {
		size_t i = past_first_word(text, len);
		if (next_word(text + i, len - i, w, sizeof w) && IN_LIST(w, usual_ways))
			return 1;
	}
	for (int k = 0; k < 6 && next_word(text, len, w, sizeof w); k++) {
		if (as && IN_LIST(w, degrees))
			return 1;
		int first_degree = k == 0 && IN_LIST(w, degrees);
		int frequency = k < 3 && IN_LIST(w, frequencies);
		as = strcmp(w, "as") == 0 || strcmp(w, "so") == 0;
		size_t i = past_first_word(text, len);
		text += i;
		len -= i;
		if (first_degree && next_word(text, len, w, sizeof w) &&
		    (strcmp(w, "as") == 0 || strcmp(w, "like") == 0))
			return 1;
		/* "don't happen often,", "isn't common.": a frequency, its clause ending */
		size_t e = 0;
		while (e < len && text[e] == ' ')
			e++;
		if (frequency && (e == len || strchr(",.;:!?", text[e]) != NULL))
			return 1;
	}
	return 0;
}

#define PURPOSE_REACH 5	/* words back from a negator to the "so" of its purpose */

/*
 * Whether the negator at claim[i] denies in a purpose after "so" ("keep a
 * close eye on you so side effects don't sneak up on anybody", "so that
 * side effects don't get too plenty"): what "to minimize side effects"
 * says.  The "so" opens no claim and has its subject after it.
 */
static int purpose_denial(const char *claim, size_t i)
{
	char w[16];
	size_t at = i;
	for (int k = 0; k < PURPOSE_REACH; k++) {
		size_t p = previous_word(claim, at, w, sizeof w);
		if (p == SIZE_MAX || p == 0)
			return 0;
		if (strcmp(w, "so") == 0)
			return k >= 2;	/* "so don't skip" advises: no subject between */
		at = p;
	}
	return 0;
}

/*
 * Whether text[0 .. len), after a negator, is a comparative with "than"
 * among its next four words: "no quicker than", "isn't any faster than",
 * "not more effective than".
 */
static int comparative_after(const char *text, size_t len)
{
	char w[64];
	int comparative = 0;
	for (int k = 0; k < 4 && next_word(text, len, w, sizeof w); k++) {
		size_t n = strlen(w);
		if (strcmp(w, "than") == 0)
			return comparative;
		comparative |= strcmp(w, "more") == 0 || strcmp(w, "less") == 0 ||
		    (n > 4 && strcmp(w + n - 2, "er") == 0);
		size_t i = past_first_word(text, len);
		text += i;
		len -= i;
	}
	return 0;
}

/*
 * Whether text[0 .. len) denies something: 1 for a negator, an "un-"
 * word, a "-n't" form or "failed"; 2 when only a word that denies by its
 * sense does (denying_words: "resistant", "lack"); 0 for none.  For a
 * claim that denies a comparison (compared: "no quicker than"), "unlike"
 * denies nothing: "Unlike antidepressants, ketamine works within hours"
 * sets the two apart, as the claim denies.
 */
static int says_denial(const char *text, size_t len, int compared)
{
	char w[64];
	int said = 0;
	for (size_t i = 0; i < len && said != 1;) {
		size_t j = word_end(text, len, i);
		/* "not only ... but also", "not out of place": no denial */
		if (j > i && lower_word(text + i, j - i, w, sizeof w) &&
		    !(compared && strcmp(w, "unlike") == 0) &&
		    (IN_LIST(w, denying_words) || is_negator_word(w) || is_un_word(w) ||
		    (strcmp(w, "t") == 0 && i > 0 && text[i - 1] == '\'')) &&
		    !not_denying(text + j, len - j))
			said = is_negator_word(w) || is_un_word(w) || strcmp(w, "t") == 0 ||
			    strcmp(w, "no") == 0 || strncmp(w, "fail", 4) == 0 ? 1 : 2;
		i = j > i ? j : i + 1;
	}
	return said;
}

/* Stems of newness: a claim that denies it says what an old date says.  Sorted. */
static const char *const newness_stems[] = { "brand", "modern", "new", "newcom", "recent" };

/* A year or decade of the 20th century or before ("1960s", "1962") in text[0 .. len). */
static int says_past_year(const char *text, size_t len)
{
	for (size_t i = 0; i + 4 <= len; i++) {
		if ((i > 0 && is_word_byte(text[i - 1])) || !is_digit((unsigned char)text[i]))
			continue;
		size_t n = 0;
		while (i + n < len && is_digit((unsigned char)text[i + n]))
			n++;
		if (n == 4 && text[i] == '1' &&
		    (i + 4 == len || !is_word_byte(text[i + 4]) || text[i + 4] == 's'))
			return 1;
		i += n;
	}
	return 0;
}

/* Words of what stands in the way: one says another.  Sorted. */
static const char *const obstacle_words[] = {
	"barrier", "barriers", "hurdle", "hurdles", "obstacle", "obstacles",
};

/* Nouns of a trouble that a claim may deny ("isn't really an access issue").  Sorted. */
static const char *const trouble_words[] = {
	"barrier", "barriers", "concern", "concerns", "difficulties", "difficulty", "hurdle",
	"hurdles", "issue", "issues", "obstacle", "obstacles", "problem", "problems",
};

/*
 * Whether text[0 .. len) holds a word that denies by its sense
 * (denying_words) that the claim does not say itself: "posing a barrier"
 * denies nothing of "poses no access barrier", nor of "no obstacle".
 */
static int denies_beyond(const char *text, size_t len, const char *claim)
{
	size_t n = strlen(claim);
	int obstacle = says_any(claim, n, obstacle_words, NP(obstacle_words));
	for (size_t k = 0; k < NP(denying_words); k++)
		if (has_word(text, len, denying_words[k]) && !has_word(claim, n, denying_words[k]) &&
		    !(obstacle && IN_LIST(denying_words[k], obstacle_words)))
			return 1;
	return 0;
}

/*
 * Whether "all" at claim[i ..) floats after an auxiliary ("have all
 * responded", "are all") or right after a list's last noun ("dose
 * adjustments, careful selection and a calm setting all help") whose
 * subject is a list the claim names itself ("Neuropathic pain, CRPS and
 * fibromyalgia have all responded"): it says each of the listed things,
 * no more than the list does.
 */
static int floats_over_list(const char *claim, size_t i)
{
	static const char *const auxiliaries[] = {
		"are", "can", "did", "do", "had", "has", "have", "is", "may", "was", "were",
		"will", "would",
	};
	/* words before an "all" that is no floating quantifier ("of all", "above all") */
	static const char *const binding[] = {
		"above", "after", "almost", "and", "at", "by", "for", "from", "in", "nearly", "not",
		"of", "on", "or", "the", "to", "with",
	};
	char w[16];
	size_t b = previous_word(claim, i, w, sizeof w);
	if (b == SIZE_MAX)
		return 0;
	/* "Dose adjustments, careful selection and a calm setting all help" */
	int after_list = !IN_LIST(w, binding) && i > 1 && claim[i - 1] == ' ' &&
	    is_word_byte(claim[i - 2]) && memchr(claim, ',', b) != NULL;
	if (!IN_LIST(w, auxiliaries) && !after_list)
		return 0;
	for (size_t k = 0; k + 5 <= b; k++)
		if (memcmp(claim + k, " and ", 5) == 0)
			return 1;
	return 0;
}

/* Where the next `reach` words after claim[j] end, within its clause, "the", "on" ... uncounted. */
static size_t words_scope(const char *claim, size_t len, size_t j, int reach)
{
	static const char *const uncounted[] = {
		"a", "an", "at", "by", "for", "in", "of", "on", "s", "the", "to", "with",
	};
	char w[16];
	for (int k = 0; k < reach && j < len;) {
		while (j < len && !is_word_byte(claim[j])) {
			if (strchr(",;:.()", claim[j]) != NULL)
				return j;
			j++;
		}
		size_t e = word_end(claim, len, j);
		k += !(lower_word(claim + j, e - j, w, sizeof w) && IN_LIST(w, uncounted));
		j = e;
	}
	return j;
}

#define EXCLUSIVE_REACH 4	/* words after "mainly" (or "is a") it speaks of, "the", "on" ... uncounted */

/*
 * Where what an exclusive word ending at claim[j] speaks of ends: its
 * next EXCLUSIVE_REACH words, within its clause ("acts mainly on NMDA
 * receptors and thereby alters neurotransmitter levels": the receptors,
 * not the levels).
 */
static size_t exclusive_scope(const char *claim, size_t len, size_t j)
{
	return words_scope(claim, len, j, EXCLUSIVE_REACH);
}

/*
 * Whether the claim's words, as a substitution conflict quotes them, lie
 * where an exclusive word speaks: another source's other name there
 * denies the claim ("mainly on serotonin receptors"), elsewhere it does
 * not.
 */
static int in_exclusive_scope(const struct claim_check *cc, const char *claim,
    const char *words)
{
	size_t n = strlen(words);
	for (int k = 0; k < cc->exclusive; k++)
		for (size_t i = cc->exclusive_start[k]; i + n <= cc->exclusive_end[k]; i++)
			if (memcmp(claim + i, words, n) == 0)
				return 1;
	return 0;
}

#define ACRONYM_MIN 3	/* words (and letters) a run spells an acronym with, at least */
#define ACRONYM_MAX 6	/* and at most */

/* Words inside a run that give no letter: "Food and Drug Administration".  Sorted. */
static const char *const acronym_joiners[] = { "and", "for", "of", "on", "the" };

/* The judged word whose surface is text[0 .. n), or -1. */
static int judged_word(const struct claim_check *cc, const char *text, size_t n)
{
	for (int x = 0; x < cc->judged.n; x++) {
		const char *sf = cc->judged.w[x].surface;
		if (strlen(sf) == n && memcmp(sf, text, n) == 0)
			return x;
	}
	return -1;
}

/* Exclusive words that leave no other: what they speak of is the claim's detail.  Sorted. */
static const char *const sole_words[] = { "exclusively", "only", "sole", "solely" };

/* Mark the judged words of claim[from .. to) in scope[] (what a sole word speaks of, ...). */
static void mark_scope(const struct claim_check *cc, int *scope, const char *claim,
    size_t from, size_t to)
{
	for (size_t i = from; i < to;) {
		size_t j = word_end(claim, to, i);
		int x = j > i ? judged_word(cc, claim + i, j - i) : -1;
		if (x >= 0)
			scope[x] = 1;
		i = j > i ? j : i + 1;
	}
}

/*
 * Whether the period at claim[at] closes an initialism inside a sentence:
 * "in the U.S. has grown" (a small letter goes on).
 */
static int initialism_goes_on(const char *claim, size_t len, size_t at)
{
	return claim[at] == '.' && at >= 3 && is_upper((unsigned char)claim[at - 1]) &&
	    claim[at - 2] == '.' && is_upper((unsigned char)claim[at - 3]) && at + 2 < len &&
	    is_lower((unsigned char)claim[at + 2]);
}

/*
 * The end of the claim's sentence that starts at byte from: its ".", "!"
 * or "?" before a space (not an initialism's inside a sentence) or the
 * claim's end, or len.
 */
static size_t sentence_end(const char *claim, size_t len, size_t from)
{
	size_t to = from;
	while (to < len && !(strchr(".!?", claim[to]) != NULL &&
	    (to + 1 == len || claim[to + 1] == ' ') && !initialism_goes_on(claim, len, to)))
		to++;
	return to;
}

/* The end of the claim's sentence or of its part up to a semicolon, from byte from. */
static size_t part_end(const char *claim, size_t len, size_t from)
{
	size_t to = sentence_end(claim, len, from);
	const char *semi = memchr(claim + from, ';', to - from);
	return semi != NULL ? (size_t)(semi - claim) : to;
}

/*
 * Marks the judged words of the claim's sentence around byte at, which
 * denies: when the claim has more sentences than that one, a source
 * sentence that says none of its words says nothing the denial denies
 * ("You're not doing this alone, love. Medical pros keep a close eye on
 * patients during ketamine infusions").
 */
static void mark_denying_sentence(struct claim_check *cc, const char *claim, size_t len,
    size_t at)
{
	size_t from = 0, to;
	while ((to = sentence_end(claim, len, from)) < at)
		from = to + 1;
	while (to < len && strchr(".!? ", claim[to]) != NULL)
		to++;
	if (from == 0 && to >= len)
		return;
	mark_scope(cc, cc->denying_sentence, claim, from, to);
	cc->denial_apart = 1;
}

/* words between an approving word and its "for": "approved by the FDA for" */
#define APPROVAL_REACH 4

/* Words whose "for" names what they allow a thing for: "approved for".  Sorted. */
static const char *const approving_words[] = {
	"approval", "approved", "authorised", "authorized", "cleared", "indicated",
	"licensed", "prescribed",
};

/* Whether general English does not use the lower-case word w: no stop word, never tagged. */
static int unused_in_english(const struct claim_input *in, const char *w)
{
	return !words_is_stop(w) &&
	    (in->thesaurus == NULL ||
	    thesaurus_tag_count(in->thesaurus, w, THESAURUS_NOUNS_VERBS) <= 0);
}

/*
 * Whether a passage holds acronym (lower-case, stemmed as stem) and
 * defines it as the words of run[0 .. n): 1, 0, or -1 (SQLite error, out
 * of memory).
 */
static int defined_acronym(const struct claim_input *in, const char *acronym, const char *stem,
    const char *run, size_t n)
{
	char words[256];
	if (n >= sizeof words || index_stats_df(in->stats, stem) <= 0)
		return 0;
	struct buf b = { 0 };
	for (size_t k = 0; k < n; k++)	/* "post-traumatic": two words of a phrase */
		words[k] = is_word_byte(run[k]) ? run[k] : ' ';
	words[n] = 0;
	buf_printf(&b, "\"%s %s\" OR \"%s %s\"", words, acronym, acronym, words);
	if (b.oom)
		return -1;
	int rc = fetch_any_match(in->fetch, b.data);
	buf_free(&b);
	return rc;
}

/*
 * A source's acronym states the claim's words it stands for: a run of
 * ACRONYM_MIN to ACRONYM_MAX of the claim's words, apart only by spaces
 * and hyphens ("post-traumatic stress disorder"), is said by the word of
 * their initials ("PTSD") when a passage defines it so (the words, then
 * the acronym, or the other way round: "post-traumatic stress disorder
 * (PTSD)"; "first drug approved" is no FDA) and general English does not
 * use it (no stop word, never met in WordNet's tagged corpus: no "who"
 * for "World Health Organization").  Each word of the run gets the
 * acronym's stem as kin.
 */
static int acronym_kin(struct claim_check *cc, const struct claim_input *in)
{
	const char *claim = in->claim;
	size_t len = strlen(claim);
	if (in->stats == NULL)
		return 0;
	for (size_t i = 0; i < len;) {
		size_t j = word_end(claim, len, i);
		int run[ACRONYM_MAX], nrun = 0;
		char acronym[ACRONYM_MAX + 1], w[64];
		for (size_t at = i, end = j; end > at && nrun < ACRONYM_MAX;) {
			int x = judged_word(cc, claim + at, end - at);
			if (x >= 0 && is_alpha((unsigned char)claim[at])) {
				acronym[nrun] = (char)(is_upper((unsigned char)claim[at]) ?
				    claim[at] - 'A' + 'a' : claim[at]);
				run[nrun++] = x;
				acronym[nrun] = 0;
			} else if (nrun == 0 || !lower_word(claim + at, end - at, w, sizeof w) ||
			    !IN_LIST(w, acronym_joiners)) {
				break;
			}
			/* the cheap checks first: stemming runs the tokenizer */
			if (nrun >= ACRONYM_MIN && x >= 0 && unused_in_english(in, acronym)) {
				char *stem = NULL;
				if (kin_stem(in->tok, acronym, (size_t)nrun, &stem) != 0)
					return -1;
				int rc = stem == NULL ? 0 :
				    defined_acronym(in, acronym, stem, claim + i, end - i);
				for (int k = 0; k < nrun && rc > 0; k++)
					if (add_kin(&cc->judged.w[run[k]], stem, NULL) < 0)
						rc = -1;
				free(stem);
				if (rc < 0)
					return -1;
			}
			/* the next word, past one space or hyphen */
			if (end >= len || (claim[end] != ' ' && claim[end] != '-'))
				break;
			at = end + 1;
			end = word_end(claim, len, at);
		}
		i = j > i ? j : i + 1;
	}
	return 0;
}

/*
 * Where claim[at ..) goes on with the words of phrase[0 .. n) (after
 * spaces, or a hyphen between two words; any case): the end of the last,
 * or 0 when it does not.
 */
static size_t goes_on_with(const char *claim, size_t len, size_t at, const char *phrase,
    size_t n)
{
	size_t k = 0;
	while (k < n && phrase[k] == ' ')
		k++;
	while (k < n) {
		char w[32];
		size_t wl = strcspn(phrase + k, " |");
		if (wl > n - k)
			wl = n - k;
		if (wl >= sizeof w)
			return 0;
		memcpy(w, phrase + k, wl);
		w[wl] = '\0';
		/* words apart by spaces, or by one hyphen: "short-lived" */
		if (k > 0 && at < len && claim[at] == '-')
			at++;
		else
			while (at < len && claim[at] == ' ')
				at++;
		/* "traces right back to", "clears right up": "right" only stresses */
		if (k > 0 && !word_at(claim, len, at, w, wl) && word_at(claim, len, at, "right", 5))
			for (at += 5; at < len && claim[at] == ' ';)
				at++;
		/* "keep goin' back": "going" with its "g" dropped */
		size_t dropped = 0;
		if (!word_at(claim, len, at, w, wl) && wl > 4 && strcmp(w + wl - 3, "ing") == 0 &&
		    word_at(claim, len, at, w, wl - 1)) {
			if (at + wl - 1 < len && claim[at + wl - 1] == '\'')
				dropped = 1;
			else if (at + wl + 1 < len &&
			    memcmp(claim + at + wl - 1, "\xe2\x80\x99", 3) == 0)
				dropped = 3;
		}
		if (dropped) {
			at += wl - 1 + dropped;
			k += wl;
			while (k < n && phrase[k] == ' ')
				k++;
			continue;
		}
		if (!word_at(claim, len, at, w, wl))
			return 0;
		at += wl;
		k += wl;
		while (k < n && phrase[k] == ' ')
			k++;
	}
	return at;
}

/* Add word's stem and its kin (kin.h) to jw. */
static int add_word_and_kin(const struct claim_input *in, struct word *jw, const char *word)
{
	return kin_each_of_word(in->kin, in->tok, word, add_kin, jw) < 0 ? -1 : 0;
}

/* Each judged word of claim[start, end) gets word and its kin, as joint kin. */
static int phrase_words_kin(struct claim_check *cc, const struct claim_input *in,
    const char *claim, size_t start, size_t end, const char *word)
{
	for (size_t at = start; at < end;) {
		size_t j = word_end(claim, end, at);
		int y = j > at ? judged_word(cc, claim + at, j - at) : -1;
		if (y >= 0 && add_word_and_kin(in, &cc->judged.w[y], word) < 0)
			return -1;
		at = j > at ? j : at + 1;
	}
	return 0;
}

/* Particles a phrasal verb's object may come before: "push blood pressure up". Sorted. */
static const char *const particles[] = {
	"away", "back", "down", "in", "off", "on", "out", "over", "up",
};

#define PHRASE_OBJECT_MAX 6	/* words of an object between a verb and its particle */

/*
 * Where a phrase's rest that opens with a particle ("up with") goes on
 * after an object of at most PHRASE_OBJECT_MAX words from claim[at], no
 * punctuation between ("team that ketamine up with", "bump your blood
 * pressure up"): the end of the rest, its start in *rest_at; or 0.
 */
static size_t goes_on_after_object(const char *claim, size_t len, size_t at, const char *rest,
    size_t rest_len, size_t *rest_at)
{
	char first[16];
	size_t k = 0, end;
	while (k < rest_len && rest[k] == ' ')
		k++;
	size_t n = strcspn(rest + k, " |");
	if (n > rest_len - k || n >= sizeof first)
		return 0;
	memcpy(first, rest + k, n);
	first[n] = '\0';
	if (!IN_LIST(first, particles))
		return 0;
	for (int words = 0; words < PHRASE_OBJECT_MAX; words++) {
		while (at < len && claim[at] == ' ')
			at++;
		size_t j = word_end(claim, len, at);
		if (j == at)
			return 0;	/* a mark: the clause goes on elsewhere */
		while (j + 1 < len && claim[j] == '\'' && is_word_byte(claim[j + 1]))
			j = word_end(claim, len, j + 1);	/* "your heart's" */
		at = j;
		if ((end = goes_on_with(claim, len, at, rest, rest_len)) != 0) {
			*rest_at = at;
			return end;
		}
	}
	return 0;
}

/*
 * The first place the claim says word[0 .. wn) (any_case: in any case)
 * and then the rest of a phrase (goes_on_with), or its particle after an
 * object (goes_on_after_object): each judged word of it but the
 * object's gets `as` and its kin (phrase_words_kin).  0, or -1.
 */
static int phrase_from(struct claim_check *cc, const struct claim_input *in, const char *word,
    size_t wn, int any_case, const char *rest, size_t rest_len, const char *as)
{
	const char *claim = in->claim;
	size_t len = strlen(claim), end, rest_at;
	for (size_t i = 0; i + wn <= len; i++) {
		int differs = any_case ? strncasecmp(claim + i, word, wn) :
		    memcmp(claim + i, word, wn);
		if (differs != 0 || (i > 0 && is_word_byte(claim[i - 1])))
			continue;
		if ((end = goes_on_with(claim, len, i + wn, rest, rest_len)) != 0)
			return phrase_words_kin(cc, in, claim, i, end, as);
		/* the verb and its particle get the phrase's word, not the object between */
		if (rest_len > 0 && (end = goes_on_after_object(claim, len, i + wn, rest, rest_len,
		    &rest_at)) != 0)
			return phrase_words_kin(cc, in, claim, i, i + wn, as) < 0 ? -1 :
			    phrase_words_kin(cc, in, claim, rest_at, end, as);
	}
	return 0;
}

/*
 * Phrases (kin.h's table): a phrase in the claim ("switches on AMPA",
 * "get behind the wheel") is said by its word ("activates", "drive") and
 * that word's kin: each judged word of the phrase gets them, as joint
 * kin.
 */
static int phrase_kin(struct claim_check *cc, const struct claim_input *in)
{
	const char *entry;
	for (size_t p = 0; (entry = kin_phrase(p)) != NULL; p++) {
		const char *bar = strchr(entry, '|'), *first = kin_phrase_stem(in->kin, p);
		size_t first_len = strcspn(entry, " |");
		if (bar == NULL)
			return -1;
		size_t rest = (size_t)(bar - entry) - first_len;
		/* a first word no judged word holds (a stop word: "how old"): found as written */
		int judged_first = 0;
		for (int x = 0; first != NULL && x < cc->judged.n; x++)
			judged_first |= strcmp(cc->judged.w[x].stems[0], first) == 0;
		if (!judged_first && phrase_from(cc, in, entry, first_len, 1, entry + first_len,
		    rest, bar + 1) < 0)
			return -1;
		for (int x = 0; first != NULL && x < cc->judged.n; x++) {
			const char *sf = cc->judged.w[x].surface;
			if (strcmp(cc->judged.w[x].stems[0], first) == 0 &&
			    phrase_from(cc, in, sf, strlen(sf), 0, entry + first_len, rest,
			    bar + 1) < 0)
				return -1;
		}
	}
	return 0;
}

/*
 * Whether a word of the claim (that present[] holds, unless present is
 * NULL) is, by its own stem, one that states the denial of the claim's
 * denied head (denied_as: "temporary" for "does not last").
 */
static int restated_denial(const struct claim_check *cc, const int *present)
{
	int h = cc->negated_head;
	if (h < 0 || cc->denial_from[h] < 0)
		return 0;
	const struct word *head = &cc->judged.w[h];
	for (int j = 0; j < cc->judged.n; j++) {
		if (j == h || (present != NULL && !present[j]) || cc->judged.w[j].nstems == 0)
			continue;
		for (int s = cc->denial_from[h]; s < head->nstems; s++)
			if (strcmp(head->stems[s], cc->judged.w[j].stems[0]) == 0)
				return 1;
	}
	return 0;
}

/*
 * Words of lasting ("last", "lasting", "permanent", "forever"): denied,
 * they say what "temporary" says ("the effect is not forever").  Sorted.
 */
static const char *const enduring_verbs[] = {
	"endure", "endures", "enduring", "forever", "last", "lasting", "lasts", "permanent",
	"permanently", "persist", "persistent", "persists", "stick", "sticks",
};

/* Whether the claim says word (lower-case) after a negator: "does not last". */
static int denied_word(const char *claim, const char *word)
{
	size_t len = strlen(claim), n = strlen(word);
	for (size_t i = 0; i + n <= len; i++)
		if (word_at(claim, len, i, word, n) && negated_before(claim, i))
			return 1;
	return 0;
}

/*
 * Whether the claim says a harm it does not deny: "skipping them can slow
 * your recovery", not "missing sessions won't slow your recovery".
 */
static int says_harm(const char *claim)
{
	size_t len = strlen(claim);
	for (size_t k = 0; k < NP(harm_words); k++)
		if (has_word(claim, len, harm_words[k]) && !denied_word(claim, harm_words[k]))
			return 1;
	return 0;
}

/*
 * Whether the claim denies a trouble: "isn't really an access issue",
 * "poses no problem".  A source's word that denies by its sense
 * ("posing a barrier") then states what the claim denies.
 */
static int denies_trouble(const char *claim)
{
	for (size_t k = 0; k < NP(trouble_words); k++)
		if (denied_word(claim, trouble_words[k]))
			return 1;
	return 0;
}

/* Verbs of responding: denied, they say what "resistant" says.  Sorted. */
static const char *const responding_verbs[] = {
	"respond", "responded", "responding", "responds",
};

/* Verbs of a treatment's success: "treatments haven't helped" says "resistant".  Sorted. */
static const char *const succeeding_verbs[] = {
	"help", "helped", "helping", "helps", "work", "worked", "working", "works",
};

/* What a failed treatment is called: "the usual treatments haven't worked".  Sorted. */
static const char *const treatment_nouns[] = {
	"antidepressants", "drug", "drugs", "medication", "medications", "medicine", "medicines",
	"meds", "options", "pills", "therapies", "therapy", "treatment", "treatments",
};

/* Words that make treatments the ones tried before: "the usual treatments".  Sorted. */
static const char *const usual_words[] = {
	"classic", "conventional", "existing", "normal", "older", "other", "previous", "prior",
	"regular", "standard", "traditional", "typical", "usual",
};

#define FAILED_REACH 4	/* words back from a denied verb of success to its treatments */

/*
 * Whether the claim denies the lower-case verb w of the usual treatments
 * named just before it: "even when other treatments haven't worked",
 * "people the usual meds didn't help".
 */
static int treatments_failed(const char *claim, const char *w)
{
	size_t len = strlen(claim), n = strlen(w);
	char before[16], usual[16];
	for (size_t i = 0; i + n <= len; i++) {
		if (!word_at(claim, len, i, w, n) || !negated_before(claim, i))
			continue;
		size_t at = i;
		for (int k = 0; k < FAILED_REACH &&
		    (at = previous_word(claim, at, before, sizeof before)) != SIZE_MAX; k++)
			if (IN_LIST(before, treatment_nouns) &&
			    previous_word(claim, at, usual, sizeof usual) != SIZE_MAX &&
			    IN_LIST(usual, usual_words))
				return 1;
	}
	return 0;
}

/*
 * What a denial says failed, the word after its negator: "never budged",
 * "didn't do the job", "haven't made a dent", "not helped".  Sorted.
 */
static const char *const failing_words[] = {
	"budge", "budged", "did", "do", "does", "done", "effective", "get", "got", "help",
	"helped", "made", "make", "respond", "responded", "shift", "shifted", "succeed",
	"succeeded", "touch", "touched", "work", "worked", "works",
};

/* Words between a negator and the failure it denies: "haven't been helped", "no fit touch". */
static const char *const before_failing[] = {
	"actually", "always", "be", "been", "even", "ever", "fit", "quite", "really", "yet",
};

/* Whether the words after a negator, text[0 .. len), say a failure: "been helped". */
static int denies_success(const char *text, size_t len)
{
	return word_past(text, len, failing_words, NP(failing_words), before_failing,
	    NP(before_failing), 3);
}

/* Words that say a condition withstood its treatments.  Sorted. */
static const char *const resisting_words[] = { "refractory", "resistant" };

#define FAILED_WINDOW 6		/* words between a negator and the treatments it says failed */
#define FAILED_SCAN 96		/* words of a claim read for failed treatments */

/*
 * Whether the claim denies something and every denial says that the
 * treatments tried before failed: "even when the usual treatments haven't
 * made a dent", "for people whose symptoms never budged with standard
 * treatments" (a negator before a failing word, within FAILED_WINDOW
 * words of a treatment noun a usual_words word qualifies, in one
 * clause).  A source's "resistant" ("even in cases resistant to
 * traditional treatments") says it.
 */
static int denies_only_failed_treatments(const char *claim)
{
	size_t len = strlen(claim), i = 0;
	char words[FAILED_SCAN][24];	/* each word lower-cased, "" when too long */
	int clause[FAILED_SCAN], negator[FAILED_SCAN], failed[FAILED_SCAN], n = 0, c = 0;
	while (i < len && n < FAILED_SCAN) {
		if (!is_word_byte(claim[i])) {
			c += strchr(",;:.!?()", claim[i]) != NULL;
			i++;
			continue;
		}
		size_t j = word_end(claim, len, i);
		char *w = words[n];
		if (!lower_word(claim + i, j - i, w, sizeof words[n]))
			w[0] = '\0';
		clause[n] = c;
		failed[n] = 0;
		negator[n] = w[0] != '\0' && (is_negator_word(w) || strcmp(w, "no") == 0 ||
		    (strcmp(w, "t") == 0 && i > 0 && claim[i - 1] == '\''));
		/* a denial of success: "never budged", not "are not eligible" */
		if (negator[n] && !denies_success(claim + j, len - j))
			negator[n] = 2;
		n++;
		i = j > i ? j : i + 1;
	}
	int denials = 0;
	for (int k = 1; k < n; k++) {
		if (!IN_LIST(words[k], treatment_nouns))
			continue;
		int usual = 0;
		for (int b = k - 1; b >= 0 && b >= k - 2 && !usual; b--)
			usual = clause[b] == clause[k] && IN_LIST(words[b], usual_words);
		if (!usual)
			continue;
		for (int m = k - FAILED_WINDOW; m <= k + FAILED_WINDOW; m++)
			if (m >= 0 && m < n && negator[m] == 1 && clause[m] == clause[k])
				failed[m] = 1;
	}
	for (int k = 0; k < n; k++) {
		if (negator[k] && !failed[k])
			return 0;
		denials += negator[k] != 0;
	}
	return denials > 0;
}

/*
 * The word a denied verb of the claim is stated by, or NULL: a verb of
 * lasting ("the relief does not last") by "temporary" and its kin
 * ("brief", "transient"), a verb of responding ("conditions that have not
 * responded to other therapies") or of treatments' success ("when other
 * treatments haven't worked") by "resistant".  The claim's "not" is then
 * said by the source's word too (denying_words).
 */
static const char *denied_as(const char *claim, const char *w)
{
	if (IN_LIST(w, enduring_verbs))
		return denied_word(claim, w) ? "temporary" : NULL;
	if (IN_LIST(w, responding_verbs))
		return denied_word(claim, w) ? "resistant" : NULL;
	if (IN_LIST(w, succeeding_verbs))
		return treatments_failed(claim, w) ? "resistant" : NULL;
	return NULL;
}

/* Nouns that "a ... of" makes a quantifier: "a number of studies" says "several".  Sorted. */
static const char *const quantity_nouns[] = {
	"couple", "handful", "host", "number", "plenty", "range", "variety",
};

/*
 * Where the lower-case word w stands between before and after (any case)
 * at claim[from ..] or later, before starting a word: the byte of w, or
 * SIZE_MAX.
 */
static size_t find_between(const char *claim, size_t from, const char *before, const char *w,
    const char *after)
{
	size_t len = strlen(claim), n = strlen(w), nb = strlen(before), na = strlen(after);
	for (size_t i = from > nb ? from : nb; i + n + na <= len; i++)
		if (word_at(claim, len, i, w, n) && strncasecmp(claim + i - nb, before, nb) == 0 &&
		    (i == nb || !is_word_byte(claim[i - nb - 1])) &&
		    strncasecmp(claim + i + n, after, na) == 0)
			return i;
	return SIZE_MAX;
}

/*
 * Whether the claim says the lower-case word w between `before` and
 * `after` (any case, `before` from a word's start): "a number of" makes
 * "number" a quantifier, "out of reach" an idiom whose "reach" is no
 * reaching ("reach out to us" is no paraphrase of it).
 */
static int said_between(const char *claim, const char *before, const char *w,
    const char *after)
{
	return find_between(claim, 0, before, w, after) != SIZE_MAX;
}

/*
 * Whether the lower-case word w is said after "in", "among" or "for", at
 * most one word between ("depression in teenagers", "for older adults"):
 * the people a claim is about, no role a source may rename.
 */
static int population_word(const char *claim, const char *w)
{
	static const char *const openers[] = { "among", "in" };
	size_t len = strlen(claim), n = strlen(w);
	char before[16];
	for (size_t i = 0; i + n <= len; i++) {
		if (!word_at(claim, len, i, w, n))
			continue;
		size_t at = i;
		for (int k = 0; k < 2 && (at = previous_word(claim, at, before, sizeof before)) !=
		    SIZE_MAX; k++)
			if (IN_LIST(before, openers))
				return 1;
	}
	return 0;
}

/* Whom a matter is raised with: "raise the costs with your provider".  Sorted. */
static const char *const advisers[] = {
	"clinician", "clinicians", "doctor", "doctors", "gp", "healthcare", "nurse", "nurses",
	"pharmacist", "physician", "physicians", "provider", "providers", "psychiatrist",
	"specialist", "specialists", "team", "therapist",
};

#define RAISED_WITH_REACH 12	/* words from "raise" to its "with" */
#define RAISED_WITH_WHOM 5	/* words from "with" to the adviser ("his or her ... provider") */

/*
 * Whether the lower-case claim word w is "raise" said of a matter brought
 * up with someone ("raise the cost of treatment and insurance with their
 * provider"): no direction, it says "discuss".
 */
static int raised_with(const char *claim, const char *w)
{
	static const char *const raising[] = { "raise", "raised", "raises", "raising" };
	if (!IN_LIST(w, raising))
		return 0;
	size_t len = strlen(claim), n = strlen(w);
	for (size_t i = 0; i + n <= len; i++) {
		if (!word_at(claim, len, i, w, n))
			continue;
		size_t j = i + n;
		for (int k = 0; k < RAISED_WITH_REACH && j < len; k++) {
			char x[24];
			while (j < len && !is_word_byte(claim[j])) {
				if (claim[j] == '.' || claim[j] == ';')
					return 0;
				j++;
			}
			size_t e = word_end(claim, len, j);
			if (e == j)
				break;
			if (lower_word(claim + j, e - j, x, sizeof x) && strcmp(x, "with") == 0) {
				/* "with your healthcare provider", "with his or her doctor" */
				for (int m = 0; m < RAISED_WITH_WHOM && e < len; m++) {
					while (e < len && !is_word_byte(claim[e]))
						e++;
					size_t f = word_end(claim, len, e);
					if (f == e)
						break;
					if (lower_word(claim + e, f - e, x, sizeof x) && IN_LIST(x, advisers))
						return 1;
					e = f;
				}
				return 0;
			}
			j = e;
		}
	}
	return 0;
}

/*
 * Whether the lower-case claim word w is the degree of an equal
 * comparison, "(just) as fast as ketamine", not denied ("not as common
 * as": a lesser degree, negated_degree) nor an idiom ("as well as", "as
 * long as", "as little as thirty minutes").
 */
static int equal_degree(const char *claim, const char *w)
{
	static const char *const idioms[] = {
		"far", "few", "good", "little", "long", "many", "much", "soon", "well",
	};
	if (IN_LIST(w, idioms))
		return 0;
	for (size_t i = find_between(claim, 0, "as ", w, " as "); i != SIZE_MAX;
	    i = find_between(claim, i + 1, "as ", w, " as "))
		if (!negated_before(claim, i - 3))
			return 1;
	return 0;
}

/*
 * Whether the lower-case claim word w is the degree a comparison states:
 * "more common than IV infusions", "less effective than", "just as fast
 * as ketamine".  A sentence that does not say it does not state the
 * comparison.
 */
static int compared_degree(const char *claim, const char *w)
{
	if (!said_between(claim, "more ", w, " than ") && !said_between(claim, "less ", w, " than ") &&
	    !equal_degree(claim, w))
		return 0;
	return !words_is_stop(w);
}

/* Verbs that date a thing in "dates back to the 1960s"; lower-case, sorted. */
static const char *const dating_verbs[] = {
	"date", "dated", "dates", "dating", "go", "goes", "going", "gone", "originate",
	"originated", "originates", "trace", "traced", "traces", "tracing", "went",
};

/*
 * Whether the lower-case claim word w is part of "dates back to",
 * "traces back to", "goes back to", "dates from", "dated to" or
 * "originated in": the idiom says when or where a thing began, which the
 * words after it carry ("dates back to the 1960s": "in the 1960s").
 */
static int dates_back(const char *claim, const char *w)
{
	if (IN_LIST(w, dating_verbs))
		return said_between(claim, "", w, " back to ") ||
		    said_between(claim, "", w, " all the way back to ") ||
		    (w[0] == 'd' && (said_between(claim, "", w, " from ") ||
		    said_between(claim, "", w, " to "))) ||
		    (w[0] == 'o' && said_between(claim, "", w, " in "));
	if (strcmp(w, "back") != 0)
		return 0;
	for (size_t i = 0; i < NP(dating_verbs); i++) {
		char before[16];
		snprintf(before, sizeof before, "%s ", dating_verbs[i]);
		if (said_between(claim, before, w, " to "))
			return 1;
	}
	return 0;
}

/*
 * Whether the letters of acronym a[0 .. n) (lower case) can be read off
 * phrase p[0 .. len) in order, from its end back: the last letter within
 * the phrase, each one before in the text before it, the first at the
 * start of the phrase's first word, which has two words to 2n: "ect" in
 * "electroconvulsive therapy", "ptsd" in "post-traumatic stress disorder".
 */
static int spells_acronym(const char *a, size_t n, const char *p, size_t len)
{
	size_t words = 0, i = len, k = n;
	for (size_t j = 0; j < len; j++)
		words += isalpha((unsigned char)p[j]) &&
		    (j == 0 || !isalpha((unsigned char)p[j - 1]));
	if (n == 0 || len == 0 || !isalpha((unsigned char)p[0]) || words < 2 || words > 2 * n)
		return 0;
	while (k > 0 && i > 0) {
		i--;
		if (tolower((unsigned char)p[i]) != a[k - 1])
			continue;
		if (k == 1 && i > 0)
			continue;	/* the first letter opens the phrase */
		k--;
	}
	return k == 0;
}

/*
 * Whether the claim word surface is an acronym (two to six capitals) that
 * the claim spells out beside it, "ECT (electroconvulsive therapy)" or
 * "post-traumatic stress disorder (PTSD)": it says its words again and
 * weighs nothing of its own.
 */
static int restated_acronym(const char *claim, const char *surface)
{
	size_t n = strlen(surface), len = strlen(claim);
	char a[8];
	if (n < 2 || n > 6)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (!isupper((unsigned char)surface[i]))
			return 0;
		a[i] = (char)tolower((unsigned char)surface[i]);
	}
	for (size_t i = 0; i + n <= len; i++) {
		if (memcmp(claim + i, surface, n) != 0 || (i > 0 && is_word_byte(claim[i - 1])) ||
		    (i + n < len && is_word_byte(claim[i + n])))
			continue;
		/* after it: " (words)" */
		const char *open = claim + i + n;
		if (open[0] == ' ' && open[1] == '(') {
			const char *close = strchr(open + 2, ')');
			if (close != NULL && spells_acronym(a, n, open + 2, (size_t)(close - open - 2)))
				return 1;
		}
		/* before it: "words (" with as many words as letters at most */
		if (i >= 2 && claim[i - 1] == '(' && claim[i + n] == ')') {
			size_t end = i - 1;
			while (end > 0 && claim[end - 1] == ' ')
				end--;
			for (size_t from = end, words = 0; from > 0 && words < n; words++) {
				while (from > 0 && claim[from - 1] != ' ')
					from--;
				if (spells_acronym(a, n, claim + from, end - from))
					return 1;
				while (from > 0 && claim[from - 1] == ' ')
					from--;
			}
		}
	}
	return 0;
}

/*
 * Whether the lower-case claim word w is part of "long ago" or "a long
 * time ago" in a claim that gives the year or decade ("first made a long
 * time ago, back in the 1960s"): the date says it.
 */
static int long_ago(const char *claim, const char *w)
{
	int said;
	if (strcmp(w, "long") == 0)
		said = said_between(claim, "", w, " ago") ||
		    said_between(claim, "", w, " time ago");
	else if (strcmp(w, "time") == 0)
		said = said_between(claim, "long ", w, " ago");
	else
		said = strcmp(w, "ago") == 0 && (said_between(claim, "long ", w, "") ||
		    said_between(claim, "long time ", w, ""));
	/* the year last: every judged word of every claim asks */
	return said && says_past_year(claim, strlen(claim));
}

/* Whether the claim says w after `before`, a word it denies: "don't last forever". */
static int denied_before(const char *claim, const char *before, const char *w)
{
	size_t nb = strlen(before);
	for (size_t i = 0; (i = find_between(claim, i, before, w, "")) != SIZE_MAX; i++)
		if (negated_before(claim, i - nb))
			return 1;
	return 0;
}

/*
 * Whether the sentence of claim[at] holds a negator before at: "not",
 * "never", "isn’t", "ain't" (the word "t" after an ASCII apostrophe).
 */
static int denied_in_sentence(const char *claim, size_t at)
{
	char w[32];
	size_t b = at;
	while (b > 0 && strchr(".!?", claim[b - 1]) == NULL)
		b--;
	for (size_t i = b; i < at;) {
		size_t j = word_end(claim, at, i);
		if (j > i && lower_word(claim + i, j - i, w, sizeof w) && (is_negator_word(w) ||
		    (strcmp(w, "t") == 0 && i > 0 && claim[i - 1] == '\'')))
			return 1;
		i = j > i ? j : i + 1;
	}
	return 0;
}

/*
 * Whether w is "neither" closing a clause after a comma or a denial, a
 * speaker's tag on a denial already said: "It ain't just for depression,
 * neither;", "It ain't just depression neither."
 */
static int closing_neither(const char *claim, const char *w)
{
	if (strcmp(w, "neither") != 0)
		return 0;
	for (size_t i = 0; (i = find_between(claim, i, "", w, "")) != SIZE_MAX; i++) {
		size_t b = i, e = i + strlen(w);
		while (b > 0 && claim[b - 1] == ' ')
			b--;
		if (strchr(",;.!", claim[e]) != NULL && claim[e] != '\0' &&
		    ((b > 0 && claim[b - 1] == ',') || denied_in_sentence(claim, b)))
			return 1;
	}
	return 0;
}

/*
 * Phrases that restate a claim's "only": "should only be given with
 * professionals supervising, nobody else", "only with a doctor, never on
 * your own".  Sorted.
 */
static const char *const only_restatements[] = {
	"never alone", "never by yourself", "never on your own", "no one else", "no-one else",
	"nobody else", "not alone", "not by yourself", "not on your own", "nothing else",
};

/* Whether claim[i ..] opens a restatement of the "only" the claim says. */
static int restates_only(const char *claim, size_t len, size_t i)
{
	if (!has_word(claim, len, "only"))
		return 0;
	for (size_t k = 0; k < NP(only_restatements); k++)
		if (word_at(claim, len, i, only_restatements[k], strlen(only_restatements[k])))
			return 1;
	return 0;
}

/* Whether the lower-case word w is said in a restatement of the claim's "only". */
static int only_restating_word(const char *claim, const char *w)
{
	size_t len = strlen(claim);
	if (!has_word(claim, len, "only"))
		return 0;
	size_t n = strlen(w);
	for (size_t k = 0; k < NP(only_restatements); k++) {
		const char *p = only_restatements[k];
		if (!has_word(claim, len, p))
			continue;
		for (const char *at = p; (at = strstr(at, w)) != NULL; at++)
			if ((at == p || at[-1] == ' ') && (at[n] == '\0' || at[n] == ' '))
				return 1;
	}
	return 0;
}

/* What a denial before them leaves possible: "cannot be ruled out". */
static const char *const ruling_out[] = { " be excluded", " be ruled out", " rule out" };

/*
 * After a denial, an idiom that says the claim's point in other words: "no
 * one-trick pony" (it does more than one thing).
 */
static const char *const denied_idioms[] = {
	" a minute to lose", " a moment to lose", " a moment's", " a one hit wonder",
	" a one trick pony", " a one-hit wonder", " a one-trick pony", " a second to lose",
	" no one hit wonder", " no one trick pony", " no one-hit wonder", " no one-race wonder",
	" no one-trick pony", " one hit wonder", " one trick pony", " one-hit wonder",
	" one-race wonder", " one-trick pony",
};

/*
 * Whether the negator at claim[i .. j) tells what is unreal, no denial:
 * "seeing things that aren't there", "voices that are not there".
 */
static int unreal_things(const char *claim, size_t len, size_t i, size_t j)
{
	static const char *const be_forms[] = {
		"are", "aren", "is", "isn", "was", "wasn", "were", "weren",
	};
	char w[16];
	if (!word_at(claim, len, j + 1, "there", 5) || claim[j] != ' ')
		return 0;
	size_t at = previous_word(claim, i, w, sizeof w);
	if (at == SIZE_MAX || !IN_LIST(w, be_forms))
		return 0;
	return previous_word(claim, at, w, sizeof w) != SIZE_MAX && strcmp(w, "that") == 0;
}

/* Whether the claim says word (its surface) right before "down", "up", "off" or "out". */
static int before_particle(const char *claim, const char *word)
{
	static const char *const verb_particles[] = { "down", "off", "out", "up" };
	size_t len = strlen(claim), n = strlen(word);
	char next[8];
	for (size_t i = 0; i + n <= len; i++)
		if (word_at(claim, len, i, word, n) && i + n < len && claim[i + n] == ' ' &&
		    next_word(claim + i + n, len - i - n, next, sizeof next) &&
		    IN_LIST(next, verb_particles))
			return 1;
	return 0;
}

/* Forms of "end" in "end up needing". Sorted. */
static const char *const ending_up[] = { "end", "ended", "ending", "ends" };

/*
 * Whether the lower-case claim word w is part of an idiom that says
 * nothing by itself: "a number of", "out of reach", "dates back to",
 * "back in the 1960s", "for a bit", "on top of", "end up", "keep in mind".
 */
/* Whether the claim says "out of their reach" (my, your, his, her, our, its). */
static int out_of_their_reach(const char *claim)
{
	static const char *const whose[] = { "her", "his", "its", "my", "our", "their", "your" };
	for (size_t k = 0; k < NP(whose); k++) {
		char before[16];
		snprintf(before, sizeof before, "out of %s ", whose[k]);
		if (said_between(claim, before, "reach", ""))
			return 1;
	}
	return 0;
}

static int idiom_word(const char *claim, const char *w)
{
	return (IN_LIST(w, quantity_nouns) && said_between(claim, "a ", w, " of ")) ||
	    (strcmp(w, "reach") == 0 && (said_between(claim, "out of ", w, "") ||
	    out_of_their_reach(claim))) ||
	    /* "back in the '60s", "back then"; "for a bit" */
	    (strcmp(w, "back") == 0 && (said_between(claim, "", w, " in the ") ||
	    said_between(claim, "", w, " then"))) ||
	    (strcmp(w, "bit") == 0 && said_between(claim, "a ", w, "")) ||
	    /* "end up needing": what comes to be is the needing */
	    (IN_LIST(w, ending_up) && said_between(claim, "", w, " up ")) ||
	    /* "keep in mind", "bear in mind": the reader told to remember */
	    (strcmp(w, "mind") == 0 && (said_between(claim, "keep in ", w, "") ||
	    said_between(claim, "bear in ", w, ""))) ||
	    ((strcmp(w, "bear") == 0 || strcmp(w, "keep") == 0) &&
	    said_between(claim, "", w, " in mind")) ||
	    (strcmp(w, "top") == 0 && said_between(claim, "on ", w, " of ")) ||
	    /* "most of the time": usually; "for a long time": long */
	    (strcmp(w, "time") == 0 && (said_between(claim, "most of the ", w, "") ||
	    said_between(claim, "much of the ", w, "") || said_between(claim, "long ", w, ""))) ||
	    /* "by no means", "by all means" */
	    (strcmp(w, "means") == 0 && (said_between(claim, "by no ", w, "") ||
	    said_between(claim, "by all ", w, "") || said_between(claim, "by any ", w, ""))) ||
	    persisting_word(claim, w) ||
	    /* "don't plan on driving yourself home": the deed is the driving */
	    (strcmp(w, "plan") == 0 && said_between(claim, "", w, " on ")) ||
	    /* "the good of it don't last", "the good it does": its benefit, no quality */
	    (strcmp(w, "good") == 0 && (said_between(claim, "the ", w, " of it") ||
	    said_between(claim, "the ", w, " it does") || said_between(claim, "the ", w, " it do"))) ||
	    /* "the cost alone can put it out of reach": only the cost, no one by oneself */
	    (strcmp(w, "alone") == 0 && (said_between(claim, "", w, " can ") ||
	    said_between(claim, "", w, " could ") || said_between(claim, "", w, " may ") ||
	    said_between(claim, "", w, " might "))) ||
	    /* a chat's "no cap": no lie */
	    (strcmp(w, "cap") == 0 && said_between(claim, "no ", w, "")) ||
	    /* "doesn't last forever": temporary, which the denied "last" says */
	    (strcmp(w, "forever") == 0 && (denied_before(claim, "last ", w) ||
	    denied_before(claim, "lasts ", w))) ||
	    dates_back(claim, w) || long_ago(claim, w) || closing_neither(claim, w) ||
	    only_restating_word(claim, w);
}

const char *claim_denied_as(const char *claim, const char *surface)
{
	char w[64];
	return lower_word(surface, strlen(surface), w, sizeof w) ? denied_as(claim, w) : NULL;
}

int claim_idiom_word(const char *claim, const char *surface)
{
	char w[64];
	return lower_word(surface, strlen(surface), w, sizeof w) && idiom_word(claim, w);
}

/*
 * Whether claim[0 .. k) is a list's marker and nothing else: "1.3 ",
 * "4) ", "- ", "* ".  The word after it opens the sentence.
 */
static int list_marker(const char *claim, size_t k)
{
	size_t i = 0;
	while (i < k && strchr("0123456789.)(-*#", claim[i]) != NULL && claim[i] != '\0')
		i++;
	return i > 0 && i == k;
}

/*
 * Whether surface, a word of the claim, is capitalized where a sentence
 * does not open: a name ("Parkinson's", "Spravato").  A list's marker
 * ("1.3 Originally developed ...") opens no sentence.
 */
static int proper_name(const char *claim, const char *surface)
{
	if (!isupper((unsigned char)surface[0]))
		return 0;
	size_t len = strlen(claim), n = strlen(surface);
	for (size_t i = 0; i + n <= len; i++) {
		if (memcmp(claim + i, surface, n) != 0 || (i > 0 && is_word_byte(claim[i - 1])))
			continue;
		size_t k = i;
		while (k > 0 && (claim[k - 1] == ' ' || claim[k - 1] == '"' || claim[k - 1] == '('))
			k--;
		if (k > 0 && !strchr(".!?:", claim[k - 1]) && !list_marker(claim, k))
			return 1;
	}
	return 0;
}

/* Whether a capital letter follows the word's first byte: an acronym or a name ("FDA", "McLean"). */
static int has_inner_capital(const char *surface)
{
	for (const char *p = surface + 1; *p != '\0'; p++)
		if (isupper((unsigned char)*p))
			return 1;
	return 0;
}

/*
 * Whether surface, a word of the claim, is in an attribution (frame.h):
 * 1, a word that weighs only where said; 2, a name the claim is
 * attributed to ("the Haven Detox says"); 0, neither.
 */
static int framed_word(const char *claim, const struct frame_span *frames, size_t nframes,
    const struct word *w)
{
	const char *surface = w->surface;
	size_t len = strlen(claim);
	if (nframes == 0 || !frame_holds_word(claim, len, frames, nframes, surface))
		return 0;
	/*
	 * a lead-in's words that sources hold are its topic ("Chronic pain
	 * w/ ketamine:"), not the writer's aside ("Here's an irony for the
	 * drug warriors to chew on:"): they weigh
	 */
	struct frame_span plain[FRAME_MAX];
	size_t nplain = 0;
	for (size_t f = 0; f < nframes && nplain < FRAME_MAX; f++)
		if (!frames[f].lead_in)
			plain[nplain++] = frames[f];
	if (w->df > 0 && !frame_holds_word(claim, len, plain, nplain, surface))
		return 0;
	if (frame_holds_person(claim, len, frames, nframes, surface))
		return 1;	/* "Dr. Reyes explained that": no source names her */
	return (proper_name(claim, surface) || has_inner_capital(surface)) &&
	    frame_holds_name(claim, len, frames, nframes, surface) ? 2 : 1;
}

/* Nouns that close a label of the writer's before a colon ("Fun pharm fact:"); sorted. */
static const char *const label_nouns[] = {
	"fact", "facts", "note", "one", "pearl", "point", "reminder", "takeaway", "tip", "tips",
	"trivia",
};

/* Whether frame f ends in a colon after a word of label_nouns ("Quick one:"). */
static int noun_label(const char *claim, const struct frame_span *f)
{
	char w[16];
	if (f->end < 2 || claim[f->end - 1] != ':')
		return 0;
	size_t e = f->end - 1, b = e;
	while (b > f->start && is_word_byte(claim[b - 1]))
		b--;
	return b < e && lower_word(claim + b, e - b, w, sizeof w) && IN_LIST(w, label_nouns);
}

/*
 * Whether surface is a word of a frame that is no lead-in and opens past
 * the claim's start: the writer's closing remark ("..., so I'm packing a
 * ginger ale just in case"), whose words name nothing the claim is about;
 * or of a label named as one ("Fun pharm fact:").
 */
static int remark_word(const char *claim, const struct frame_span *frames, size_t nframes,
    const char *surface)
{
	struct frame_span closing[FRAME_MAX];
	size_t nclosing = 0;
	for (size_t f = 0; f < nframes && nclosing < FRAME_MAX; f++)
		if ((!frames[f].lead_in && frames[f].start > 0) || noun_label(claim, &frames[f]))
			closing[nclosing++] = frames[f];
	return nclosing > 0 && frame_holds_word(claim, strlen(claim), closing, nclosing, surface);
}

/*
 * The claim as its details are read: who said it is no detail to
 * contradict ("Allergic reactions are, according to one provider, a
 * common side effect" says "reactions are ... common").  Every byte stays
 * where it was: a conflict quotes the claim by offsets.
 */
static int blank_frames(struct claim_check *cc, const char *claim)
{
	size_t len = strlen(claim);
	if ((cc->read_text = strdup(claim)) == NULL)
		return -1;
	frame_blank(cc->read_text, len, cc->frames, cc->nframes);
	frame_blank(cc->read_text, len, cc->remarks, cc->nremarks);
	/* "on top of" says "besides": no "top" for conflicts to oppose to "side" */
	for (size_t i = 0; i + 9 <= len; i++)
		if (word_at(claim, len, i, "on top of", 9))
			memset(cc->read_text + i, ' ', 9);
	return 0;
}

/*
 * Whether most words of three letters or more in the claim, past its
 * first (capitalized by any sentence), are capitalized: a title.
 */
static int title_case(const char *claim)
{
	size_t words = 0, capitals = 0, len = strlen(claim), opening = 1;
	for (size_t i = 0; i < len;) {
		size_t j = word_end(claim, len, i);
		if (j > i && opening)
			opening = 0;
		else if (j >= i + 3) {
			words++;
			capitals += isupper((unsigned char)claim[i]) != 0;
		}
		i = j > i ? j : i + 1;
	}
	return 2 * capitals > words;
}

/*
 * Whether the claim says surface, a word, right before a capital letter
 * alone ("special K", "vitamin D"; not "A" or "I").
 */
static int letter_follows(const char *claim, const char *surface)
{
	size_t len = strlen(claim), n = strlen(surface);
	for (size_t i = 0; i + n + 2 <= len; i++)
		if (word_at(claim, len, i, surface, n) && claim[i + n] == ' ' &&
		    is_upper((unsigned char)claim[i + n + 1]) &&
		    strchr("AI", claim[i + n + 1]) == NULL &&
		    (i + n + 2 == len || !is_word_byte(claim[i + n + 2])))
			return 1;
	return 0;
}

/*
 * Whether surface is a word of a name that is spelt as words ("Special
 * K", "Centers for Disease Control"): capitalized where a sentence does
 * not open, not all capitals, in a claim that is no title (title: the
 * claim's title_case).  It names one
 * thing, so neither kin nor WordNet's synonyms of the word ("particular",
 * "clinics") state it; an acronym's do ("PCP": "phencyclidine").
 */
static int named_as_word(const char *claim, const char *surface, int title)
{
	int lower = 0;
	for (const char *p = surface; *p; p++)
		lower |= islower((unsigned char)*p);
	if (lower && letter_follows(claim, surface))
		return 1;	/* "special K", "vitamin D": a name, its first word small */
	return lower && !title && proper_name(claim, surface);
}

/* words after "together with" read for what it names: "an oral antidepressant" */
#define COMPANION_REACH 2

/* words before "together with" read for a verb of giving */
#define COMPANION_GIVING_REACH 3

/* Verbs that give a drug, before "together with" or "alongside".  Sorted. */
static const char *const giving_verbs[] = {
	"administer", "administered", "co-administered", "coadministered", "give", "given",
	"gives", "prescribe", "prescribed", "take", "taken", "takes", "taking", "took", "use",
	"used", "uses", "using",
};

/* Words before "with" that give one thing with another: "together with".  Sorted. */
static const char *const companion_openers[] = {
	"administered", "along", "co-administered", "coadministered", "combination",
	"combined", "conjunction", "together",
};

/*
 * Whether the claim's word w at claim[i] opens what a thing is given
 * with: "alongside", or "with" after a companion opener.
 */
static int companion_word(const char *claim, size_t i, const char *w)
{
	char before[24];
	size_t at = i;
	if (strcmp(w, "with") == 0) {
		if ((at = previous_word(claim, i, before, sizeof before)) == SIZE_MAX ||
		    !IN_LIST(before, companion_openers))
			return 0;
		if (IN_LIST(before, giving_verbs))
			return 1;
	} else if (strcmp(w, "alongside") != 0) {
		return 0;
	}
	/* "taken together with", "used alongside": a thing given with another */
	for (int k = 0; k < COMPANION_GIVING_REACH; k++) {
		if ((at = previous_word(claim, at, before, sizeof before)) == SIZE_MAX)
			return 0;
		if (IN_LIST(before, giving_verbs))
			return 1;
	}
	return 0;
}

/* The last weighing judged word in claim[from .. to), or -1. */
static int scope_head(const struct claim_check *cc, const char *claim, size_t from, size_t to)
{
	int head = -1;
	for (size_t i = from; i < to;) {
		size_t j = word_end(claim, to, i);
		int x = j > i ? judged_word(cc, claim + i, j - i) : -1;
		if (x >= 0 && cc->judged.w[x].idf > 0)
			head = x;
		i = j > i ? j : i + 1;
	}
	return head;
}

/*
 * The word a negation ending at claim[j] denies: the first judged word
 * with a weight among the next NEGATED_HEAD_REACH ("doesn't help with
 * OCD": help; "has not been approved": approved), or -1.
 */
#define NEGATED_HEAD_REACH 3
static int denied_head(const struct claim_check *cc, const char *claim, size_t len, size_t j)
{
	for (int k = 0; k < NEGATED_HEAD_REACH && j < len; k++) {
		while (j < len && !is_word_byte(claim[j]))
			j++;
		size_t e = word_end(claim, len, j);
		if (e == j)
			break;
		int x = judged_word(cc, claim + j, e - j);
		if (x >= 0 && cc->judged.w[x].idf > 0)
			return x;
		j = e;
	}
	return -1;
}

/* Whether text opens with one of phrases[0 .. n) (lower-case ASCII), any case. */
static int opens_with_any(const char *text, const char *const *phrases, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (strncasecmp(text, phrases[k], strlen(phrases[k])) == 0)
			return 1;
	return 0;
}

/*
 * Whether the words after "only", text[0 .. len), make it stress, not
 * limit: an addition ("which only adds to its promise", "only serves
 * to"), a judgement ("it is only sensible to ask"), or the one drawback
 * named ("Only problem is the cost", "Only thing is, ...").  Not "only
 * recently": the newness a source's year may deny.  Sorted.
 */
static int only_stresses(const char *text, size_t len)
{
	static const char *const adding[] = {
		"add", "added", "adds", "catch", "caveat", "downside", "drawback", "fair",
		"natural", "problem", "reasonable", "sensible", "serve", "served", "serves",
		"thing", "trouble", "wise",
	};
	char w[16];
	return next_word(text, len, w, sizeof w) && IN_LIST(w, adding);
}

/* The byte before claim[i], spaces passed over ("," in "cases, only"), or '\0'. */
static char mark_before(const char *claim, size_t i)
{
	while (i > 0 && claim[i - 1] == ' ')
		i--;
	return i > 0 ? claim[i - 1] : '\0';
}

/*
 * Whether the "only" at claim[i .. j) joins clauses as "but" does: ", only
 * those aren't used so often" (after a comma, before a subject).
 */
static int only_joins(const char *claim, size_t len, size_t i, size_t j)
{
	static const char *const subjects[] = {
		"he", "i", "it", "it's", "she", "that", "that's", "there", "there's", "these",
		"they", "this", "those", "we", "you",
	};
	char next[16], mark = mark_before(claim, i);
	return (mark == ',' || mark == ';') && next_word(claim + j, len - j, next, sizeof next) &&
	    IN_LIST(next, subjects);
}

/* Where the claim goes on after the frames that open it ("PSA:", "Honey,"): a byte. */
static size_t past_opening_frames(const struct claim_check *cc, const char *claim)
{
	size_t at = 0;
	for (int moved = 1; moved;) {
		moved = 0;
		while (claim[at] == ' ')
			at++;
		for (size_t f = 0; f < cc->nframes; f++)
			if (cc->frames[f].start == at && cc->frames[f].end > at) {
				at = cc->frames[f].end;
				while (claim[at] != '\0' && strchr(",:", claim[at]) != NULL)
					at++;
				moved = 1;
			}
	}
	return at;
}

#define VAGUE_ALL_REACH 5	/* words after "all that" read for "stuff" */

/*
 * Whether the "all" at claim[i .. j) is part of an idiom that claims no
 * whole: "all the way back to", "all sorts of", "all kinds of", "all the
 * time" (often), "of all things", "after all", "above all" (especially),
 * "all in all", "feel all floaty", "last of all" (finally), "best of all",
 * "on top of all that" (besides),
 * ", all to make it safer" (a purpose), "all three" after a list, "from it
 * all", ", all that," and "and all that" after a list, "all through the
 * infusion" (throughout), "all along".
 */
static int idiomatic_all(const char *claim, size_t len, size_t i, size_t j)
{
	static const char *const after[] = {
		" along", " da time", " in all", " kinds of", " sorts of", " the time", " the way",
		" through the", " throughout",
	};
	static const char *const ranking[] = { "best", "first", "last", "most", "top", "worst" };
	char before[16], next[16], ranked[16];
	/* ", all to make it work better", ", all with a view to": a purpose */
	static const char *const purpose[] = {
		" aimed", " in order", " in the hope", " to ", " trying", " tryin", " with a view",
		" with the aim",
	};
	if (opens_with_any(claim + j, after, NP(after)))
		return 1;
	/*
	 * "all that spaced-out, hallucinating stuff", "all the dissociative
	 * and hallucinogenic stuff": a vague whole, no count
	 */
	if (strncmp(claim + j, " that ", 6) == 0 || strncmp(claim + j, " this ", 6) == 0 ||
	    strncmp(claim + j, " the ", 5) == 0) {
		static const char *const vague[] = {
			"business", "jazz", "lark", "malarkey", "nonsense", "stuff",
		};
		size_t at = j + (strncmp(claim + j, " the ", 5) == 0 ? 5 : 6);
		for (int k = 0; k < VAGUE_ALL_REACH && at < len; k++) {
			size_t e = word_end(claim, len, at);
			char v[16];
			if (e > at && lower_word(claim + at, e - at, v, sizeof v) &&
			    IN_LIST(v, vague))
				return 1;
			at = e;
			while (at < len && strchr(" ,-", claim[at]) != NULL)
				at++;
			if (at < len && !is_word_byte(claim[at]))
				break;
		}
	}
	/*
	 * "effective for all three" after a list ("fibromyalgia, nerve pain
	 * or CRPS"): each thing it names, no more than the list does
	 */
	static const char *const counts[] = {
		"2", "3", "4", "5", "6", "five", "four", "six", "three", "two",
	};
	if (next_word(claim + j, len - j, next, sizeof next) && IN_LIST(next, counts) &&
	    memchr(claim, ',', i) != NULL)
		return 1;
	/* "y'all", "y’all": you, no quantifier */
	if ((i >= 2 && claim[i - 1] == '\'' && (claim[i - 2] | 0x20) == 'y') ||
	    (i >= 4 && memcmp(claim + i - 3, "\xe2\x80\x99", 3) == 0 &&
	    (claim[i - 4] | 0x20) == 'y'))
		return 1;
	int after_comma = mark_before(claim, i) == ',';
	if (after_comma && opens_with_any(claim + j, purpose, NP(purpose)))
		return 1;
	size_t b = previous_word(claim, i, before, sizeof before);
	if (b == SIZE_MAX)
		return 0;
	/* "social anxiety, all that, people are ...", "and all that", "n all dat": a list's tail */
	size_t tail = strncmp(claim + j, " that", 5) == 0 ? 5 :
	    strncmp(claim + j, " dat", 4) == 0 ? 4 : 0;
	if (tail > 0 && (j + tail == len || strchr(",.;!?", claim[j + tail]) != NULL) &&
	    (after_comma || strcmp(before, "and") == 0 || strcmp(before, "n") == 0))
		return 1;
	if (strcmp(before, "of") == 0 &&
	    previous_word(claim, b, ranked, sizeof ranked) != SIZE_MAX && IN_LIST(ranked, ranking))
		return 1;
	/* "feel all floaty", "get all shaky", "go all weird": an intensifier */
	static const char *const becoming[] = {
		"feel", "feeling", "feels", "felt", "get", "gets", "getting", "go", "goes", "going",
		"got", "went",
	};
	if (IN_LIST(before, becoming))
		return 1;
	/* "helps the brain an' all.", "and all": as well, closing a clause */
	static const char *const joining[] = { "an", "and", "n" };
	if (IN_LIST(before, joining) && (j == len || strchr(",.;!?", claim[j]) != NULL))
		return 1;
	/* "detached from it all", "it all depends": the whole situation, no quantifier */
	return strcmp(before, "after") == 0 || strcmp(before, "above") == 0 ||
	    strcmp(before, "it") == 0 || (strcmp(before, "of") == 0 &&
	    next_word(claim + j, len - j, next, sizeof next) && strcmp(next, "things") == 0);
}

/*
 * Whether the absolute w only stresses a difference said next
 * (text[0 .. len)): "a completely different pathway" says what "a
 * distinct pathway" says.
 */
static int intensifies_difference(const char *text, size_t len, const char *w)
{
	static const char *const stressing[] = { "completely", "entirely", "totally" };
	static const char *const differing[] = {
		"diff", "different", "distinct", "new", "other", "separate", "unique", "unlike",
	};
	char next[16];
	return IN_LIST(w, stressing) && next_word(text, len, next, sizeof next) &&
	    IN_LIST(next, differing);
}

/*
 * Whether the absolute w is a talker's "totally" that stresses the deed
 * said next (text[0 .. len)): "you totally have to be under the care",
 * "higher doses totally turned out to work", "like, totally because":
 * the next word is one general English uses mostly as a noun or a verb
 * (WordNet's tagged uses), or a conjunction.  "totally fine", "totally
 * safe", "totally painless" say a state is whole: an absolute.
 */
static int totally_stresses_deed(const struct thesaurus *t, const char *text, size_t len,
    const char *w)
{
	static const char *const joining[] = { "because", "cause", "cos", "coz", "like" };
	char next[32];
	if (strcmp(w, "totally") != 0 || !next_word(text, len, next, sizeof next))
		return 0;
	if (IN_LIST(next, joining))
		return 1;
	if (t == NULL)
		return 0;
	long deeds = thesaurus_tag_count(t, next, THESAURUS_NOUNS_VERBS),
	    all = thesaurus_tag_count(t, next, THESAURUS_ALL_PARTS);
	return all > 0 && 2 * deeds > all;
}

/*
 * Whether the "never" (or the "t" of "don't", "won't": contracted) at claim[i .. j)
 * says a thing lasts: "pain that never goes away" is chronic pain (kin.c's
 * "never goes away|chronic"), "thoughts that don't stop" persistent ones;
 * no denial a source must make.
 */
static int lasting_never(const char *claim, size_t i, size_t j, const char *w, int contracted)
{
	static const char *const going[] = { " go away", " goes away", " gone away", " went away" };
	static const char *const stopping[] = {
		"end", "ends", "let", "lets", "quit", "quits", "stop", "stops",
	};
	if (strcmp(w, "never") == 0 && opens_with_any(claim + j, going, NP(going)))
		return 1;
	/*
	 * "thoughts that never stop", "that don't stop never", "pain that
	 * won't let up": a deed that does not end, said with no object
	 */
	char verb[8], after[8], before[8];
	size_t len = strlen(claim), k = past_first_word(claim + j, len - j) + j;
	if ((strcmp(w, "never") == 0 || contracted) && next_word(claim + j, len - j, verb,
	    sizeof verb) && IN_LIST(verb, stopping)) {
		if (strcmp(verb, "let") == 0 || strcmp(verb, "lets") == 0)
			return word_at(claim, len, k + 1, "up", 2);
		while (k < len && claim[k] == ' ')
			k++;
		return k == len || !is_word_byte(claim[k]) || (next_word(claim + k, len - k, after,
		    sizeof after) && strcmp(after, "never") == 0);
	}
	/* the "never" that stresses it: "don't stop never" */
	return strcmp(w, "never") == 0 && previous_word(claim, i, before, sizeof before) !=
	    SIZE_MAX && IN_LIST(before, stopping);
}

/*
 * A denial with nothing of its own to deny: "whether insurance covers it
 * or not", "you know or not?", a closing "so no bunking off"
 * (closing_no_doing), and the closing "..., so don't." (a "don't"
 * the claim ends on, "do it" at most after it; after "so", a few words:
 * "so don't go blowin' 'em off"), which advises against what the claim
 * has just said does harm.  i .. j is the negator's word w; contracted:
 * it is the "t" of "don't".
 */
#define ELLIPTIC_ADVICE_WORDS 5	/* words after a closing "so don't" ("go blowin' 'em off") */

#define NO_DOING_WORDS 3	/* words of a closing "so no bunking off" after "no" */

/* Whether at most max words start in claim[k .. len) ("don't" is one). */
static int words_at_most(const char *claim, size_t len, size_t k, int max)
{
	int words = 0;
	for (; k < len; k++)
		if (is_word_byte(claim[k]) && (k == 0 || !is_word_byte(claim[k - 1])) &&
		    !(k >= 2 && claim[k - 1] == '\'' && is_word_byte(claim[k - 2])) &&
		    ++words > max)
			return 0;
	return 1;
}

/*
 * Whether claim[j ..] after a closing "so no" is a doing and a word or two
 * to the claim's end: "..., so no bunking off." forbids what the claim has
 * just said does harm; with idiom, after ", no", the doing has "it" after
 * it (", no going it alone", ", no walking it off").
 */
static int closing_no_doing(const char *claim, size_t len, size_t j, int idiom)
{
	char doing[32], it[8];
	if (!next_word(claim + j, len - j, doing, sizeof doing))
		return 0;
	size_t n = strlen(doing), after = j + past_first_word(claim + j, len - j);
	if (n < 5 || strcmp(doing + n - 3, "ing") != 0)
		return 0;
	if (!idiom)
		return words_at_most(claim, len, j, NO_DOING_WORDS);
	/* ", no going it alone"; ", no going solo on it", to the sentence's end */
	if (next_word(claim + after, len - after, it, sizeof it) && strcmp(it, "it") == 0)
		return words_at_most(claim, len, j, NO_DOING_WORDS);
	size_t end = sentence_end(claim, len, after);
	return end > after && previous_word(claim, end, it, sizeof it) != SIZE_MAX &&
	    strcmp(it, "it") == 0 && words_at_most(claim, end, j, NO_DOING_WORDS + 1);
}

static int elliptic_denial(const char *claim, size_t len, size_t i, size_t j, const char *w,
    int contracted)
{
	char before[16];
	size_t p = previous_word(claim, i, before, sizeof before);
	if (p == SIZE_MAX)
		return 0;
	if (strcmp(w, "not") == 0 && strcmp(before, "or") == 0)
		return 1;
	if (strcmp(w, "no") == 0 && strcmp(before, "so") == 0)
		return closing_no_doing(claim, len, j, 0);
	/* "..., so try not to miss your connection.": advice, as "so don't" is */
	char so_try[16];
	if (strcmp(w, "not") == 0 && strcmp(before, "try") == 0 &&
	    previous_word(claim, p, so_try, sizeof so_try) != SIZE_MAX &&
	    strcmp(so_try, "so") == 0)
		return words_at_most(claim, len, j, ELLIPTIC_ADVICE_WORDS);
	/* ", no going it alone", ", no walking it off": an idiom's "it" */
	if (strcmp(w, "no") == 0 && mark_before(claim, i) == ',')
		return closing_no_doing(claim, len, j, 1);
	if (!contracted || strcmp(before, "don") != 0)
		return 0;
	char so[16];
	size_t k = j;
	while (k < len && claim[k] == ' ')
		k++;
	if (word_at(claim, len, k, "do it", 5) || word_at(claim, len, k, "do that", 7))
		k = word_end(claim, len, word_end(claim, len, k) + 1);
	/*
	 * "..., so don't go blowin' 'em off.", "so please don't blow them
	 * off": a short closing advice after "so"
	 */
	size_t q = previous_word(claim, p, so, sizeof so);
	if (q != SIZE_MAX && (strcmp(so, "please") == 0 || strcmp(so, "just") == 0))
		q = previous_word(claim, q, so, sizeof so);
	int after_so = q != SIZE_MAX && strcmp(so, "so") == 0;
	return words_at_most(claim, len, k, after_so ? ELLIPTIC_ADVICE_WORDS : 0);
}

#define UNLESS_REACH 12	/* words after a negator read for its "unless" */

/*
 * Whether "unless" follows in text[0 .. len), within its sentence and
 * UNLESS_REACH words, or "except", or a "save" before a preposition ("no
 * ketamine to be given save under the direction of ..."): the denial is a
 * condition.
 */
static int unless_after(const char *text, size_t len)
{
	static const char *const save_before[] = { "by", "for", "in", "under", "when", "with" };
	char w[16];
	size_t i = 0;
	for (int k = 0; k < UNLESS_REACH && i < len; k++) {
		while (i < len && !is_word_byte(text[i])) {
			if (strchr(".;:!?", text[i]) != NULL)
				return 0;
			i++;
		}
		size_t e = word_end(text, len, i);
		if (lower_word(text + i, e - i, w, sizeof w) && (strcmp(w, "unless") == 0 ||
		    strcmp(w, "except") == 0 || (strcmp(w, "save") == 0 &&
		    next_word(text + e, len - e, w, sizeof w) && IN_LIST(w, save_before))))
			return 1;
		i = e > i ? e : i + 1;
	}
	return 0;
}

/*
 * Whether the "always" at claim[i ..] stresses a first step: "Step one,
 * always, is ...", "First thing, always:" (after the step and its comma).
 */
static int always_first(const char *claim, size_t i)
{
	char w[16], before[16];
	if (mark_before(claim, i) != ',')
		return 0;
	size_t b = previous_word(claim, i, w, sizeof w);
	if (b == SIZE_MAX)
		return 0;
	if (strcmp(w, "first") == 0)
		return 1;
	return previous_word(claim, b, before, sizeof before) != SIZE_MAX &&
	    ((strcmp(before, "step") == 0 && strcmp(w, "one") == 0) ||
	    (strcmp(before, "first") == 0 && (strcmp(w, "thing") == 0 || strcmp(w, "off") == 0)));
}

/* Whether "every" before text says "at times": "every once in a while", "every so often". */
static int now_and_then(const char *text)
{
	static const char *const after[] = {
		" now and again", " now and den", " now and then", " once in a blue moon",
		" once in a great while", " once in a rare while", " once in a while", " so often",
	};
	return opens_with_any(text, after, NP(after));
}

#define CONDITION_REACH 8	/* words back from a denial to the "if" it is under */

/*
 * Whether the word at claim[i] is in a condition after the claim's main
 * clause ("you can be eligible if antidepressants never worked for you"):
 * it denies nothing a source must deny.
 */
static int in_later_condition(const char *claim, size_t i)
{
	char w[16];
	for (int k = 0; k < CONDITION_REACH; k++) {
		size_t at = previous_word(claim, i, w, sizeof w);
		if (at == SIZE_MAX)
			return 0;
		for (size_t b = at + strlen(w); b < i; b++)
			if (strchr(",.;:!?", claim[b]) != NULL)
				return 0;
		/* an opening "If ..." with no comma may end anywhere: not read */
		if (strcmp(w, "if") == 0)
			return at > 0;
		/* "you must be under care, otherwise you don't qualify": what follows if not */
		if (strcmp(w, "otherwise") == 0)
			return 1;
		if (at == 0)
			return 0;
		i = at;
	}
	return 0;
}

/*
 * Words that open a claim's predicate after a gerund subject ("Using it
 * without supervision can ..."); lower-case, sorted.
 */
static const char *const predicate_openers[] = {
	"are", "can", "could", "did", "didn", "do", "does", "doesn", "don", "has", "have", "is",
	"isn", "may", "might", "must", "should", "was", "were", "will", "won", "would",
};
/* Words in -ing that open no gerund subject; lower-case, sorted. */
static const char *const not_gerunds[] = {
	"according", "anything", "bring", "during", "everything", "king", "morning", "nothing",
	"ring", "sing", "something", "spring", "sting", "string", "swing", "thing", "wing",
};

/*
 * Whether "always" before text[0 .. len) describes a state a word names,
 * not how often the claim holds: "that always-on-edge feeling", "always
 * feeling jumpy" (a gerund after it; "always feel" and "always bring"
 * stay absolutes).
 */
static int describes_state(const char *text, size_t len)
{
	char w[32];
	if (len > 1 && text[0] == '-' && is_word_byte(text[1]))
		return 1;
	size_t n;
	return next_word(text, len, w, sizeof w) && (n = strlen(w)) > 4 &&
	    strcmp(w + n - 3, "ing") == 0 && !IN_LIST(w, not_gerunds);
}

#define GERUND_SUBJECT_WORDS 12	/* words of a gerund subject before its predicate */

/*
 * Where a gerund subject that opens the claim ends: "Using ketamine
 * without anybody supervising, well, that might ..." at its comma,
 * "Taking it without food can ..." before "can"; 0 when the claim opens
 * no such subject.  Its "without" names the case the claim speaks of, no
 * denial a source must make (conflict.c reads it so too).
 */
static size_t gerund_subject_end(const char *claim)
{
	char first[16], w[16];
	size_t len = strlen(claim), i = 0, n;
	if (!next_word(claim, len, first, sizeof first) || (n = strlen(first)) <= 4 ||
	    strcmp(first + n - 3, "ing") != 0 || IN_LIST(first, not_gerunds))
		return 0;
	for (int words = 0; i < len && words <= GERUND_SUBJECT_WORDS; words++) {
		while (i < len && !is_word_byte(claim[i]) && claim[i] != ',')
			i++;
		if (i >= len || claim[i] == ',')
			return i < len ? i : 0;
		size_t j = word_end(claim, len, i);
		if (words > 0 && lower_word(claim + i, j - i, w, sizeof w) &&
		    IN_LIST(w, predicate_openers))
			return i;
		i = j;
	}
	return 0;
}

/*
 * Where a claim's opening condition ends ("If you would rather not have a
 * drip, ..."): the byte of its comma, or of the "?" of a short opening
 * question ("Not keen on IVs? ..."); 0 when the claim opens with none.
 */
static size_t opening_condition_end(const char *claim)
{
	char first[16];
	size_t len = strlen(claim), i = 0;
	if (!next_word(claim, len, first, sizeof first))
		return 0;
	/* "And if ...", "So if ..." */
	if (strcmp(first, "and") == 0 || strcmp(first, "so") == 0 || strcmp(first, "but") == 0) {
		i = past_first_word(claim, len);
		if (!next_word(claim + i, len - i, first, sizeof first))
			return 0;
	}
	/* "Not keen on IVs? Ketamine can also be injected": a question asks, denies nothing */
	const char *asked = strchr(claim, '?');
	if (asked != NULL && asked[1] != '\0' && asked - claim < CLAIM_OPENING_QUESTION_MAX)
		return (size_t)(asked - claim);
	/* "For anyone who doesn't care for a drip, there are shots": whom it is for */
	static const char *const whom[] = {
		"anybody", "anyone", "folks", "patients", "people", "somebody", "someone", "those",
	};
	char second[16], third[16];
	size_t k = i + past_first_word(claim + i, len - i), m = 0;
	int for_whom = strcmp(first, "for") == 0 && next_word(claim + k, len - k, second,
	    sizeof second) && IN_LIST(second, whom) &&
	    (m = k + past_first_word(claim + k, len - k)) < len &&
	    next_word(claim + m, len - m, third, sizeof third) &&
	    (strcmp(third, "who") == 0 || strcmp(third, "that") == 0);
	if (strcmp(first, "if") != 0 && !for_whom)
		return 0;
	const char *comma = strchr(claim + i, ',');
	return comma != NULL ? (size_t)(comma - claim) : 0;
}

#define CLAIM_UNKNOWN_SHARE_MAX 0.5	/* of a claim's weight, one unknown word */
#define CLAIM_STATED_WEIGHT_MIN 0.5	/* idf of the words a claim weighs, to state something */
#define REMARK_WORDS_MAX 9	/* words of a remark after a claim's first sentence */
#define REMARK_OPENING_MAX 4	/* words of an opening exclamation ("Hear ye, hear ye!") */
#define REMARK_TOPIC_QUESTION_MAX 3	/* words of an opening question ("Ketamine?") answered */
#define REMARK_KNOWN_MAX 1	/* words of a remark that sources hold ("Mind the bag, ...") */
#define REMARK_PERSONAL_MAX 14	/* words of a remark of the writer's own ("I'll run you home") */
#define REMARK_PERSONAL_KNOWN_MAX 2	/* words of it that sources hold */
#define REMARK_AFTER_MIN 3	/* words of the first sentence that sources hold */
#define CLAIM_TOPICAL_MARGIN 1.5	/* idf below general English's of a word of the topic */

/* Whether the judged word i occurs in claim[from .. to), any case. */
static int judged_in(const struct claim_check *cc, int i, const char *claim, size_t from,
    size_t to)
{
	char w[64];
	const char *surface = cc->judged.w[i].surface;
	size_t n = strlen(surface);
	if (!lower_word(surface, n, w, sizeof w))
		return 0;
	for (size_t k = from; k + n <= to; k++)
		if (word_at(claim, to, k, w, n))
			return 1;
	return 0;
}

/* Whether claim[from .. to), as part_end cuts it, is a part beside another (a semicolon). */
static int semicolon_part(const char *claim, size_t len, size_t from, size_t to)
{
	return (to < len && claim[to] == ';') || mark_before(claim, from) == ';';
}

/*
 * Whether the claim's part between semicolons around byte at, beside
 * another, holds no word that weighs ("...; one cannot have everything,
 * my dear"): a denial there denies nothing a source could say.
 */
static int part_weighs_nothing(const struct claim_check *cc, const char *claim, size_t len,
    size_t at)
{
	size_t from = 0, to;
	while ((to = part_end(claim, len, from)) < at && to < len)
		from = to + 1;
	if (!semicolon_part(claim, len, from, to))
		return 0;
	for (int i = 0; i < cc->judged.n; i++)
		if (cc->judged.w[i].idf > 0 && !cc->judged.w[i].optional &&
		    judged_in(cc, i, claim, from, to))
			return 0;
	return 1;
}

/* Whether claim[from .. to) says a judged word that names one thing no source names. */
static int names_thing(const struct claim_check *cc, const char *claim, size_t from, size_t to)
{
	for (int i = 0; i < cc->judged.n; i++)
		if (cc->unknown_name[i] && judged_in(cc, i, claim, from, to))
			return 1;
	return 0;
}

/* Whether byte i of the claim is in one of its remarks. */
static int in_remark(const struct claim_check *cc, size_t i)
{
	for (size_t f = 0; f < cc->nremarks; f++)
		if (i >= cc->remarks[f].start && i < cc->remarks[f].end)
			return 1;
	return 0;
}

/*
 * Whether claim[from .. to), a sentence after the claim's first, is a
 * remark: "Cha-ching.", "Miracle juice.", "Mind the bag, that one's
 * heavy."  Short, no number and no name, no "it" (that is the claim's
 * subject: "Grapefruit juice makes it stronger."), and more of the words
 * that weigh are in no source, nor their kin, than in one (one at most):
 * the writer's aside, not a detail a source could state.  One that speaks
 * of the writer ("I", "my", "us", "your kid") may be longer, name someone
 * and hold two words sources do ("Well I told our Declan that years
 * ago."), or more when none is of their topic ("And you all wonder why
 * I'm impatient."), but no condition ("My doctor says it cures epilepsy
 * in children.").  One of no word of their topic may be longer too ("A
 * hive does best with good forage and a good keeper both, after all.").
 * A closing question of no condition asks, it asserts nothing ("Is it
 * like that forever??").  None answers the claim's question ("Allergic
 * reactions? Common, I'm afraid.").  A part between semicolons (`part`)
 * goes on with the claim unless the writer speaks in it of nothing a
 * source holds ("I confess these letters begin to swim before my eyes").
 */
static int remark_sentence(const struct claim_check *cc, const char *claim, size_t from,
    size_t to, int part)
{
	static const char *const writer[] = {
		"i", "i'd", "i'll", "i'm", "i've", "me", "meself", "mine", "my", "myself", "our",
		"ours", "us",
	};
	static const char *const it_words[] = { "it", "it'd", "it'll", "it's", "its", "itself" };
	/* "your kid", "my son": the writer's family */
	static const char *const family[] = {
		"boy", "brother", "child", "children", "dad", "daughter", "family", "girl",
		"husband", "kid", "kids", "mom", "mum", "partner", "sister", "son", "wife",
	};
	static const char *const possessive[] = { "my", "our", "your" };
	int words = 0, named = 0, own = 0, it = 0, mine = 0;
	char w[16], next[16];
	/* "Thank you for your attention.", "Thanks!" (not "Thanks to ketamine, ...") */
	if (next_word(claim + from, to - from, w, sizeof w) && (strcmp(w, "thank") == 0 ||
	    strcmp(w, "thanks") == 0)) {
		size_t after = from + past_first_word(claim + from, to - from);
		int has_next = next_word(claim + after, to - after, next, sizeof next);
		if (strcmp(w, "thank") == 0 ? has_next && strcmp(next, "you") == 0 :
		    !has_next || strcmp(next, "to") != 0)
			return 1;
	}
	for (size_t i = from; i < to;) {
		size_t j = word_end(claim, to, i);
		if (j == i) {
			i++;
			continue;
		}
		int lowered = lower_word(claim + i, j - i, w, sizeof w);
		own |= lowered && (IN_LIST(w, writer) || (mine && IN_LIST(w, family)));
		mine = lowered && IN_LIST(w, possessive);
		it |= lowered && IN_LIST(w, it_words);
		named |= words > 0 && is_upper((unsigned char)claim[i]);
		if (++words > REMARK_PERSONAL_MAX || is_digit((unsigned char)claim[i]))
			return 0;
		i = j;
	}
	int known = 0, unknown = 0, topical = 0, condition = 0;
	for (int i = 0; i < cc->judged.n; i++) {
		const struct word *jw = &cc->judged.w[i];
		if (jw->idf <= 0 || !judged_in(cc, i, claim, from, to))
			continue;
		/* a frame's words too: "My doctor says it cures epilepsy" */
		condition += cc->topical[i] && jw->df == 0;
		if (jw->optional)
			continue;
		topical += cc->topical[i];
		known += jw->df > 0;
		unknown += jw->df == 0;
	}
	/*
	 * the writer's own say after a statement ("Sure I'll run you home
	 * meself."), not an answer to the claim's question ("Allergic
	 * reactions? Common, I'm afraid.")
	 */
	char mark = mark_before(claim, from);
	int answers = mark == '\0' || mark == '?';
	if (part)
		return own && !answers && condition == 0 && known == 0 && topical == 0;
	/* "Is it like that forever??": a closing question asserts nothing */
	if (claim[to] == '?' && !answers && condition == 0)
		return 1;
	if (own && !answers && condition == 0 &&
	    (known <= REMARK_PERSONAL_KNOWN_MAX || topical == 0))
		return 1;
	if (!answers && !it && topical == 0 && condition == 0 && unknown > known)
		return 1;
	if (words > REMARK_WORDS_MAX || named)
		return 0;
	return words > 0 && !it && known <= REMARK_KNOWN_MAX && unknown > known;
}

/*
 * claim[from .. to) is one of the claim's remarks (FRAME_MAX at most):
 * remark[i] set for each judged word i it says.
 */
static void add_remark(struct claim_check *cc, const char *claim, size_t from, size_t to,
    int *remark)
{
	if (cc->nremarks == FRAME_MAX)
		return;
	cc->remarks[cc->nremarks].start = from;
	cc->remarks[cc->nremarks++].end = to;
	for (int i = 0; i < cc->judged.n; i++)
		remark[i] |= judged_in(cc, i, claim, from, to);
}

/*
 * A sarcastic or chatty remark after what the claim states ("Ketamine is
 * derived from phencyclidine. Sleep tight.", "Sure, why not."): its words
 * weigh only where a source says them, as an attribution's do, and it
 * denies nothing (blank_frames).
 */
static void weigh_remarks(struct claim_check *cc, const char *claim)
{
	/* a sentence that speaks of the opening's thing: "Lithium! That's ..." */
	static const char *const referring_back[] = {
		"it", "it's", "its", "that", "that's", "these", "they", "they're", "this",
		"those",
	};
	char w[16];
	size_t len = strlen(claim), first = 0, first_end = sentence_end(claim, len, 0) + 1;
	int known = 0, remark[WORDS_MAX] = { 0 }, in_first[WORDS_MAX];
	/*
	 * "Oyez! ...", "Hear ye, hear ye! ...": a short opening exclamation
	 * of words in no source calls the hearer; the next sentence states
	 */
	if (first_end < len && (claim[first_end - 1] == '!' || claim[first_end - 1] == '.') &&
	    words_at_most(claim, first_end, 0, REMARK_OPENING_MAX) &&
	    (!next_word(claim + first_end, len - first_end, w, sizeof w) ||
	    !IN_LIST(w, referring_back)) && !names_thing(cc, claim, 0, first_end) &&
	    remark_sentence(cc, claim, 0, first_end - 1, 0)) {
		first = first_end;
		first_end = sentence_end(claim, len, first) + 1;
	}
	/*
	 * "Ketamine? First synthesized back in the 1960s.": the answer to a
	 * topic's short question states it
	 */
	if (first == 0 && first_end < len && claim[first_end - 1] == '?' &&
	    !words_at_most(claim, first_end, 0, 0) &&
	    words_at_most(claim, first_end, 0, REMARK_TOPIC_QUESTION_MAX))
		first_end = sentence_end(claim, len, first_end) + 1;
	/* "...; I confess these letters begin to swim before my eyes.": a part of its own */
	if (first_end >= len && part_end(claim, len, first) + 1 < first_end)
		first_end = part_end(claim, len, first) + 1;
	if (first_end >= len && first == 0)
		return;
	for (int i = 0; i < cc->judged.n; i++) {
		in_first[i] = judged_in(cc, i, claim, first, first_end);
		known += cc->judged.w[i].df > 0 && cc->judged.w[i].idf > 0 && in_first[i];
	}
	if (known < REMARK_AFTER_MIN)
		return;
	if (first > 0)
		add_remark(cc, claim, 0, first - 1, remark);
	for (size_t from = first_end; from < len;) {
		size_t to = part_end(claim, len, from);
		if (remark_sentence(cc, claim, from, to, semicolon_part(claim, len, from, to)))
			add_remark(cc, claim, from, to, remark);
		from = to + 1;
	}
	for (int i = 0; i < cc->judged.n; i++)
		if (remark[i] && !in_first[i]) {
			cc->judged.w[i].optional = 1;
			cc->unknown_name[i] = 0;
		}
}

/*
 * Words before "like" that make a comparison of it ("much like", "a bit
 * like", "rather like"), and phrases that open one ("same as", "the way");
 * lower-case, sorted.
 */
static const char *const likening_degrees[] = {
	"a", "bit", "exactly", "just", "kind", "little", "lot", "more", "much", "of", "rather",
	"sort", "very",
};
static const char *const likening_openers[] = {
	"as with", "just as", "like", "much as", "same as", "sounds like", "the same as",
	"the same way", "the way", "think of it as", "think of it like",
};

#define LIKENING_DEGREE_WORDS 3	/* degree words before "like" ("a little bit like") */

/*
 * Comparatives that open a comparison the writer draws after a comma or
 * a dash ("..., faster than a Richard Simmons sweat session!"); inside a
 * clause ("works faster than antidepressants") they are the claim's.
 */
static const char *const compared_openers[] = {
	"better than", "cheaper than", "faster than", "longer than", "quicker than",
	"shorter than", "slower than", "worse than",
};

/* Where the first of phrases[0 .. n) that stands at claim[i] (word_at) ends, or 0. */
static size_t phrase_end_at(const char *claim, size_t len, size_t i, const char *const *phrases,
    size_t n)
{
	for (size_t o = 0; o < n; o++) {
		size_t m = strlen(phrases[o]);
		if (word_at(claim, len, i, phrases[o], m))
			return i + m;	/* "same as": word_at reads a phrase too */
	}
	return 0;
}

/* Where a compared_openers phrase at claim[i] (past blanks) ends, or 0. */
static size_t compared_at(const char *claim, size_t len, size_t i)
{
	while (i < len && claim[i] == ' ')
		i++;
	return phrase_end_at(claim, len, i, compared_openers, NP(compared_openers));
}

/* Whether claim[i ..] opens a comparison: where its opener ends, or 0. */
static size_t likening_at(const char *claim, size_t len, size_t i)
{
	char w[16];
	for (int degrees = 0; degrees <= LIKENING_DEGREE_WORDS; degrees++) {
		while (i < len && claim[i] == ' ')
			i++;
		size_t end = phrase_end_at(claim, len, i, likening_openers, NP(likening_openers));
		if (end > 0)
			return end;
		size_t j = word_end(claim, len, i);
		if (j == i || !lower_word(claim + i, j - i, w, sizeof w) ||
		    !IN_LIST(w, likening_degrees))
			return 0;
		i = j;
	}
	return 0;
}

/*
 * Words that end a comparison drawn inside a clause and go on with the
 * clause ("like a spotter at the gym during infusions"); lower-case, sorted.
 */
static const char *const clause_resumers[] = {
	"after", "and", "because", "before", "but", "during", "so", "until", "when", "whenever",
	"while",
};

/* Whether a word of clause_resumers starts at claim[i]. */
static int resumes_clause(const char *claim, size_t len, size_t i)
{
	char w[16];
	size_t j = word_end(claim, len, i);
	return j > i && lower_word(claim + i, j - i, w, sizeof w) && IN_LIST(w, clause_resumers);
}

/*
 * Whether the comparison whose opener ends at claim[opened] is drawn to
 * one thing ("like a spotter", "like an old dog"): a comparison inside a
 * clause, where "like serotonin" names an instance.
 */
static int likens_to_one(const char *claim, size_t len, size_t opened)
{
	if (opened < 4 || !word_at(claim, len, opened - 4, "like", 4) || opened >= len ||
	    claim[opened] != ' ')
		return 0;
	return word_at(claim, len, opened + 1, "a", 1) || word_at(claim, len, opened + 1, "an", 2);
}

/*
 * Whether claim[from .. to) names a thing of the kind of one the rest of
 * the claim names ("..., just like ibuprofen" of a drug): a claim about
 * that thing too, no illustration.
 */
static int likens_kind(const struct claim_check *cc, const struct thesaurus *t,
    const char *claim, size_t from, size_t opened, size_t to)
{
	size_t len = strlen(claim);
	char a[64], b[64];
	/*
	 * what the comparison names first ("like ibuprofen"; "like watching a
	 * heifer" names a doing, its heifer a scene); "like a ..." names one
	 * of a sort, no substance
	 */
	size_t head = opened;
	while (head < len && !is_word_byte(claim[head]))
		head++;
	size_t head_end = word_end(claim, len, head);
	if (likens_to_one(claim, len, opened))
		head = head_end = opened;
	for (int i = 0; i < cc->judged.n; i++) {
		const char *si = cc->judged.w[i].surface;
		if (cc->judged.w[i].idf <= 0 || !judged_in(cc, i, claim, from, to) ||
		    !lower_word(si, strlen(si), a, sizeof a))
			continue;
		/* "like ibuprofen", "like LSD": a thing general English seldom names */
		if (!cc->common[i] && judged_in(cc, i, claim, head, head_end) &&
		    (cc->unknown_name[i] || thesaurus_is_subject(t, a) || strcmp(a, si) != 0))
			return 1;
		for (int k = 0; k < cc->judged.n; k++) {
			const char *sk = cc->judged.w[k].surface;
			if (k != i && (judged_in(cc, k, claim, 0, from) ||
			    judged_in(cc, k, claim, to, len)) &&
			    lower_word(sk, strlen(sk), b, sizeof b) &&
			    thesaurus_different_kinds(t, a, b))
				return 1;
		}
	}
	return 0;
}

/* The judged words that weigh in claim[from .. to), and those outside it. */
struct span_count {
	int known_inside;	/* some passage holds it */
	int unknown;		/* no passage holds it */
	int topical;		/* a word of the sources' topic */
	int known_outside;	/* held, and in the claim outside the span */
};

static struct span_count count_span(const struct claim_check *cc, const char *claim,
    size_t from, size_t to)
{
	struct span_count n = { 0 };
	size_t len = strlen(claim);
	for (int k = 0; k < cc->judged.n; k++) {
		const struct word *jw = &cc->judged.w[k];
		if (jw->idf <= 0)
			continue;
		int inside = judged_in(cc, k, claim, from, to);
		int outside = judged_in(cc, k, claim, 0, from) || judged_in(cc, k, claim, to, len);
		n.known_inside += inside && jw->df > 0;
		n.unknown += inside && jw->df == 0;
		n.topical += inside && cc->topical[k];
		n.known_outside += outside && jw->df > 0;
	}
	return n;
}

/*
 * claim[from .. to) joins the remarks (FRAME_MAX at most): its words
 * the claim says nowhere else weigh only where a source says them.
 */
static void join_remarks(struct claim_check *cc, const char *claim, size_t from, size_t to)
{
	size_t len = strlen(claim);
	if (cc->nremarks == FRAME_MAX)
		return;
	cc->remarks[cc->nremarks].start = from;
	cc->remarks[cc->nremarks++].end = to;
	for (int k = 0; k < cc->judged.n; k++)
		if (judged_in(cc, k, claim, from, to) && !judged_in(cc, k, claim, 0, from) &&
		    !judged_in(cc, k, claim, to, len)) {
			cc->judged.w[k].optional = 1;
			cc->unknown_name[k] = 0;
		}
}

/*
 * A comparison the writer draws ("..., much like a dog shaking off its
 * sedation", "Just like a soufflé, the rise ...", "watches you like a
 * spotter on a bench"), more of whose words that weigh are in no source
 * than in one: an illustration, as a remark is, no detail a source could
 * state.  Its words weigh only where a source says them, and it denies
 * nothing (it joins the remarks, blank_frames).  A comparison that names
 * what sources hold ("like counseling") is the claim's.
 */
static void weigh_likenings(struct claim_check *cc, const struct thesaurus *t,
    const char *claim)
{
	size_t len = strlen(claim);
	for (size_t i = 0; i < len; i++) {
		int inner = claim[i] == ' ';	/* "watches you like a hawk": no comma */
		/* "... once the initial treatments have done their bit. Rather like ..." */
		if (i > 0 && !inner && strchr(",;:.!?", claim[i]) == NULL && !(claim[i] == '-' &&
		    claim[i - 1] == ' '))
			continue;
		size_t from = i, opened = likening_at(claim, len, i == 0 ? 0 : i + 1);
		if (opened == 0 && !inner && i > 0)
			opened = compared_at(claim, len, i + 1);
		if (opened == 0 || (inner && !likens_to_one(claim, len, opened)))
			continue;
		size_t to = opened;
		while (to < len && strchr(",;:.!?", claim[to]) == NULL && !(inner &&
		    claim[to] == ' ' && resumes_clause(claim, len, to + 1)))
			to++;
		if (i == 0 && to < len && claim[to] == ',')
			to++;	/* "Just like a soufflé, ...": its comma too */
		struct span_count n = count_span(cc, claim, from, to);
		if (n.known_inside >= n.unknown || n.known_outside < REMARK_AFTER_MIN ||
		    cc->nremarks == FRAME_MAX || likens_kind(cc, t, claim, from, opened, to))
			continue;
		join_remarks(cc, claim, from, to);
		i = to > i ? to - 1 : i;
	}
}

/*
 * The length of a dash that sets words apart at claim[i]: an em or en
 * dash ("—", "–"), or "--" or a spaced "-"; 0 if none.
 */
static size_t interrupting_dash(const char *claim, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)claim + i;
	if (i + 3 <= len && u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0x94 || u[2] == 0x93))
		return 3;
	if (i + 2 <= len && claim[i] == '-' && claim[i + 1] == '-')
		return 2;
	return i > 0 && i + 1 < len && claim[i] == '-' && claim[i - 1] == ' ' &&
	    claim[i + 1] == ' ';
}

/*
 * Words after ", and" that open a clause of the writer's own between
 * commas: "Usually, and I learned this at three in the morning, they give
 * it ...", "The catch, and there's always a catch, is that ...".
 */
static const char *const aside_subjects[] = {
	"i", "i'd", "i'm", "i've", "there's", "we", "we're", "we've",
};

/*
 * Where a clause opened by ", and" and a subject of aside_subjects at
 * claim[i] closes: past the next comma, when words go on after it in the
 * sentence; 0 if none.
 */
static size_t and_clause_end(const char *claim, size_t len, size_t i)
{
	char w[16];
	if (claim[i] != ',' || strncasecmp(claim + i + 1, " and ", 5) != 0 ||
	    !next_word(claim + i + 6, len - i - 6, w, sizeof w) || !IN_LIST(w, aside_subjects))
		return 0;
	for (size_t k = i + 6; k < len && strchr(".!?;:", claim[k]) == NULL; k++)
		if (claim[k] == ',')
			return k + 1 < len && claim[k + 1] == ' ' && k + 2 < len &&
			    is_word_byte(claim[k + 2]) ? k + 1 : 0;
	return 0;
}

/*
 * Where the interruption opened at claim[i] closes: past a second dash
 * of the same kind, or past "]" after "[" or ")" after "(", in one
 * sentence, or past the comma that closes ", and I ...," (and_clause_end);
 * 0 if none.
 */
static size_t interruption_end(const char *claim, size_t len, size_t i)
{
	char close = claim[i] == '[' ? ']' : claim[i] == '(' ? ')' : '\0';
	size_t n = close != '\0' ? 1 : interrupting_dash(claim, len, i);
	if (n == 0)
		return and_clause_end(claim, len, i);
	for (size_t k = i + n; k < len && strchr(".!?", claim[k]) == NULL; k++)
		if (close != '\0' ? claim[k] == close : interrupting_dash(claim, len, k) == n &&
		    memcmp(claim + k, claim + i, n) == 0)
			return k + n;
	return 0;
}

/*
 * Whether the words of claim[from .. to) spell, by their first letters,
 * the word in capitals just before from: "TMS — transcranial magnetic
 * stimulation —" says what the abbreviation stands for.
 */
static int spells_out(const char *claim, size_t from, size_t to)
{
	size_t e = from;
	while (e > 0 && claim[e - 1] == ' ')
		e--;
	size_t b = e;
	while (b > 0 && is_upper((unsigned char)claim[b - 1]))
		b--;
	if (e - b < 2 || (b > 0 && is_word_byte(claim[b - 1])))
		return 0;
	size_t m = b;
	for (size_t k = from; k < to && m < e; k++)
		if (is_alpha((unsigned char)claim[k]) && (k == 0 || !is_word_byte(claim[k - 1])) &&
		    (claim[k] | 0x20) == (claim[m] | 0x20))
			m++;
	return m == e;
}

/*
 * Whether the words of claim[from .. to) hold one that a clause or a chat
 * has and a gloss does not: "(not the tv show)", "(autocorrect said AMPLE
 * lol)", not "(lysergic acid diethylamide)" or "(nitrous oxide)".
 */
static int says_aside(const char *claim, size_t from, size_t to)
{
	static const char *const clause_words[] = {
		"a", "an", "how", "i", "i'm", "it", "it's", "its", "lmao", "lol", "me", "my", "no",
		"not", "pls", "plz", "said", "that", "the", "this", "tried", "u", "we", "what", "you",
		"your",
	};
	char w[16];
	for (size_t k = from; k < to; k += past_first_word(claim + k, to - k))
		if (next_word(claim + k, to - k, w, sizeof w) && IN_LIST(w, clause_words))
			return 1;
	return 0;
}

/*
 * Whether claim[from .. to), a bracket, defines the word before it: "(a
 * kind of swelling and irritation)", "(that is, ...)".  It says again
 * what that word says.
 */
static int defines(const char *claim, size_t from, size_t to)
{
	static const char *const glosses[] = {
		"(a form of ", "(a kind of ", "(a sort of ", "(a type of ", "(i.e. ", "(ie ",
		"(meaning ", "(that is ", "(that is, ", "(which means ", "(which is ",
	};
	return claim[from] == '(' && to > from && opens_with_any(claim + from, glosses, NP(glosses));
}

/*
 * A speaker interrupted ("the catch is — hold on, my dog's going off —
 * the catch is ...", "and — [crosstalk] — no, you go", "(no clue how u
 * say that)"): words between two dashes, in square brackets, or in round
 * ones that a clause's or a chat's words mark (says_aside), more of which
 * that weigh are in no source than in one, or of the writer's own (two
 * sources hold at most, none of their topic), join the remarks: they
 * weigh only where a source says them and deny nothing.
 */
static void weigh_interruptions(struct claim_check *cc, const char *claim)
{
	static const char *const writer[] = { "i", "i'm", "me", "my", "our", "we", "we're" };
	size_t len = strlen(claim);
	for (size_t i = 0; i < len; i++) {
		size_t to = interruption_end(claim, len, i);
		if (to == 0 || spells_out(claim, i, to) || (claim[i] == '(' && !says_aside(claim, i, to)))
			continue;
		int own = 0;
		char w[16];
		for (size_t k = i; k < to; k += past_first_word(claim + k, to - k))
			if (next_word(claim + k, to - k, w, sizeof w) && IN_LIST(w, writer))
				own = 1;
		struct span_count n = count_span(cc, claim, i, to);
		/* ", and I think this increases glutamate," is a claim: commas ask unknown words */
		if (claim[i] == ',' && n.unknown <= n.known_inside)
			continue;
		if (n.known_outside < REMARK_AFTER_MIN || !(n.unknown > n.known_inside || (own &&
		    n.topical == 0 && n.known_inside <= REMARK_PERSONAL_KNOWN_MAX) ||
		    (n.topical == 0 && defines(claim, i, to))))
			continue;
		join_remarks(cc, claim, i, to);
		i = to - 1;
	}
}

#define SUCH_AS_WORDS 2	/* words between "such" and "as" ("such miseries as") */

/*
 * "to ease such miseries as suicidal thoughts": the words between "such"
 * and "as" name the kind of what follows, which the claim states; a word
 * of them in no source weighs only where a source says it.
 */
static void weigh_such_as(struct claim_check *cc, const char *claim)
{
	size_t len = strlen(claim);
	for (size_t i = 0; i < len; i++) {
		if (!word_at(claim, len, i, "such", 4))
			continue;
		size_t k = i + 4;
		for (int words = 0; words <= SUCH_AS_WORDS && k < len; words++) {
			k += strspn(claim + k, " ");
			if (word_at(claim, len, k, "as", 2)) {
				if (words == 0)
					break;
				for (int w = 0; w < cc->judged.n; w++)
					if (cc->judged.w[w].df == 0 && judged_in(cc, w, claim, i + 4, k)) {
						cc->judged.w[w].optional = 1;
						cc->topical[w] = 0;
						cc->unknown_name[w] = 0;
					}
				break;
			}
			size_t end = k;
			while (end < len && is_word_byte(claim[end]))
				end++;
			if (end == k)
				break;
			k = end;
		}
	}
}

/* Whether the stem of word[0 .. n) is held by some passage: 1, 0, or -1. */
static int index_holds(struct tokenizer_session *tok, struct index_stats *st, const char *word,
    size_t n)
{
	char *stem = NULL;
	if (kin_stem(tok, word, n, &stem) != 0)
		return -1;
	int held = stem != NULL && index_stats_df(st, stem) > 0;
	free(stem);
	return held;
}

/*
 * Whether clipped[0 .. n) is a word with a letter dropped, whole[0 ..
 * wn) with it: no passage holds the clipped word, and a passage holds
 * the whole one or, failing that, WordNet knows the whole one and not
 * the clipped ("watchin'", "knockin'", "'ospital").  1, 0, or -1.
 */
static int restores(struct tokenizer_session *tok, struct index_stats *st,
    const struct thesaurus *t, const char *clipped, size_t n, const char *whole, size_t wn)
{
	int held_as_is = index_holds(tok, st, clipped, n);
	if (held_as_is != 0)
		return held_as_is < 0 ? -1 : 0;
	int held_whole = index_holds(tok, st, whole, wn);
	if (held_whole != 0)
		return held_whole;
	char lower_whole[64], lower_clipped[64];
	return t != NULL && lower_word(whole, wn, lower_whole, sizeof lower_whole) &&
	    lower_word(clipped, n, lower_clipped, sizeof lower_clipped) &&
	    thesaurus_knows(t, lower_whole) && !thesaurus_knows(t, lower_clipped);
}

/*
 * Whether word[0 .. n) is a word whose last "g" was dropped ("watchin",
 * "dissociatin"; restores), with_g set to it with the "g" (NUL-ended;
 * n + 2 bytes at most).  1, 0, or -1.
 */
static int restores_g(struct tokenizer_session *tok, struct index_stats *st,
    const struct thesaurus *t, const char *word, size_t n, char *with_g)
{
	memcpy(with_g, word, n);
	with_g[n] = 'g';
	with_g[n + 1] = '\0';
	return restores(tok, st, t, word, n, with_g, n + 1);
}

/*
 * Of the nwhole words wholes[] that may restore clipped[0 .. n) (restores),
 * the one a passage holds first, else the one general English uses most:
 * its index, -1 when none restores it, or -2.
 */
static int best_restoration(struct tokenizer_session *tok, struct index_stats *st,
    const struct thesaurus *t, const char *clipped, size_t n, char wholes[][64], int nwhole)
{
	int best = -1, held = 0;
	long best_count = -1;
	for (int e = 0; e < nwhole; e++) {
		size_t wn = strlen(wholes[e]);
		int r = restores(tok, st, t, clipped, n, wholes[e], wn);
		if (r < 0)
			return -2;
		if (r == 0)
			continue;
		int in_index = index_holds(tok, st, wholes[e], wn);
		if (in_index < 0)
			return -2;
		long count = t != NULL ? thesaurus_tag_count(t, wholes[e], THESAURUS_ALL_PARTS) : 0;
		if (best < 0 || (in_index && !held) || (in_index == held && count > best_count)) {
			best = e;
			held = in_index;
			best_count = count;
		}
	}
	return best;
}

/* Whether word[0 .. n) is all small letters. */
static int all_lower(const char *word, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (word[k] < 'a' || word[k] > 'z')
			return 0;
	return 1;
}

/*
 * A word with its "r" dropped and written "ah" ("aftah", "fastah",
 * "calendah"): word[0 .. n), at least four small letters ending in "ah".
 * Writes over its "ah" the ending that restores it ("er", "or", "ar"):
 * best_restoration's.  1 when restored, 0, or -1.
 */
static int restore_dropped_r(struct tokenizer_session *tok, struct index_stats *st,
    const struct thesaurus *t, char *word, size_t n)
{
	static const char *const endings[] = { "er", "or", "ar" };
	char wholes[NP(endings)][64];
	if (n < 4 || n >= sizeof wholes[0] || memcmp(word + n - 2, "ah", 2) != 0 ||
	    !all_lower(word, n))
		return 0;
	memcpy(wholes[0], word, n);
	wholes[0][n] = '\0';
	if (IN_LIST(wholes[0], light_words))
		return 0;	/* "yeah" is no "year" */
	for (size_t e = 0; e < NP(endings); e++) {
		memcpy(wholes[e], word, n - 2);
		memcpy(wholes[e] + n - 2, endings[e], 3);
	}
	int best = best_restoration(tok, st, t, word, n, wholes, NP(endings));
	if (best < 0)
		return best == -1 ? 0 : -1;
	memcpy(word + n - 2, endings[best], 2);
	return 1;
}

/*
 * word[0 .. n) with its old three-letter verb ending written over by the
 * form that restores it (best_restoration's): its stem with each of
 * endings[0 .. nend) (two at most), or, when the stem ends in a doubled
 * letter ("barr", "sett"), with one of them and `doubled`; spaces after.
 * 1 when restored, 0, or -1.
 */
static int restore_old_verb(struct tokenizer_session *tok, struct index_stats *st,
    const struct thesaurus *t, char *word, size_t n, const char *const *endings, size_t nend,
    const char *doubled)
{
	char wholes[3][64];
	int nwhole = 0;
	size_t base = n - 3;
	if (n >= sizeof wholes[0])
		return 0;
	for (size_t e = 0; e < nend && e < 2; e++)
		snprintf(wholes[nwhole++], sizeof wholes[0], "%.*s%s", (int)base, word, endings[e]);
	if (base >= 2 && word[base - 1] == word[base - 2])
		snprintf(wholes[nwhole++], sizeof wholes[0], "%.*s%s", (int)base - 1, word, doubled);
	int best = best_restoration(tok, st, t, word, n, wholes, nwhole);
	if (best < 0)
		return best == -1 ? 0 : -1;
	size_t wn = strlen(wholes[best]);
	memcpy(word, wholes[best], wn);
	memset(word + wn, ' ', n - wn);
	return 1;
}

/*
 * An old verb ending "-eth" ("lesseneth", "reacheth", "barreth"): word[0
 * .. n), at least six small letters.  Writes over it the present tense
 * that restores it ("lessens", "reaches", "bars"; restore_old_verb).  1
 * when restored, 0, or -1.
 */
static int restore_old_third_person(struct tokenizer_session *tok, struct index_stats *st,
    const struct thesaurus *t, char *word, size_t n)
{
	static const char *const endings[] = { "s", "es" };
	if (n < 6 || memcmp(word + n - 3, "eth", 3) != 0 || !all_lower(word, n))
		return 0;
	return restore_old_verb(tok, st, t, word, n, endings, NP(endings), "s");
}

/*
 * An old verb ending "-est" after "thou" ("thou askest", "thou settest",
 * "thou takest"): claim[i .. i + n), at least five small letters,
 * written over with the plain verb that restores it ("ask", "set",
 * "take"; restore_old_verb).  Only after "thou": "the fastest" is a
 * superlative.  1 when restored, 0, or -1.
 */
static int restore_old_second_person(struct tokenizer_session *tok, struct index_stats *st,
    const struct thesaurus *t, char *claim, size_t i, size_t n)
{
	static const char *const endings[] = { "", "e" };
	char *word = claim + i;
	if (n < 5 || memcmp(word + n - 3, "est", 3) != 0 || !all_lower(word, n) || i < 5 ||
	    strncasecmp(claim + i - 5, "thou ", 5) != 0 || (i > 5 && is_word_byte(claim[i - 6])))
		return 0;
	return restore_old_verb(tok, st, t, word, n, endings, NP(endings), "");
}

/*
 * An old spelling "-ick" of "-ic" ("anaesthetick", "physick", "clinick"):
 * word[0 .. n), at least six small letters, restored (restores) by dropping
 * its "k".  1 when restored, 0, or -1.
 */
static int restore_old_ick(struct tokenizer_session *tok, struct index_stats *st,
    const struct thesaurus *t, char *word, size_t n)
{
	if (n < 6 || memcmp(word + n - 3, "ick", 3) != 0 || !all_lower(word, n))
		return 0;
	int r = restores(tok, st, t, word, n, word, n - 1);
	if (r > 0)
		word[n - 1] = ' ';
	return r;
}

/*
 * A Scots spelling of a small word ("doon" for "down", "oot" for "out",
 * "heid" for "head", "maist" for "most"): word[0 .. n) respelled in place
 * (a shorter word padded with spaces), when it restores (restores); a
 * Scots denial ("dinnae", "cannae", "doesnae") always, as the English
 * one it says.  1 when respelled, 0, or -1.
 */
static int respell_scots(struct tokenizer_session *tok, struct index_stats *st,
    const struct thesaurus *t, char *word, size_t n)
{
	static const char *const respellings[] = {
		"aboot about", "anither another", "doon down", "efter after", "hame home",
		"hauf half", "heid head", "intae into", "mair more", "maist most",
		"naebody nobody", "naethin nothing", "noo now", "oot out", "thegither together",
	};
	static const char *const denials[] = {
		"arenae aren't", "cannae can't", "couldnae couldn't", "didnae didn't",
		"dinnae don't", "doesnae doesn't", "hasnae hasn't", "havenae haven't",
		"isnae isn't", "shouldnae shouldn't", "wasnae wasn't", "wouldnae wouldn't",
	};
	for (int list = 0; list < 2; list++) {
		const char *const *pairs = list == 0 ? respellings : denials;
		size_t npairs = list == 0 ? NP(respellings) : NP(denials);
		for (size_t k = 0; k < npairs; k++) {
			if (strncasecmp(pairs[k], word, n) != 0 || pairs[k][n] != ' ')
				continue;
			const char *whole = pairs[k] + n + 1;
			size_t wn = strlen(whole);
			if (wn > n)
				return 0;
			int r = list == 1 ? 1 : restores(tok, st, t, word, n, whole, wn);
			if (r > 0) {
				memcpy(word, whole, wn);
				memset(word + wn, ' ', n - wn);
			}
			return r;
		}
	}
	return 0;
}

/*
 * A "will" clipped onto a noun, "insurance'll" or "insurance’ll" (not a
 * pronoun's "it'll", "they’ll"), at the word claim[i .. end): its bytes
 * [*from, *to) and the noun's length; 0 when none.
 */
static size_t will_clitic(const char *claim, size_t len, size_t i, size_t end, size_t *from,
    size_t *to)
{
	static const char *const pronouns[] = {
		"he", "here", "i", "it", "she", "that", "there", "they", "this", "we", "what",
		"where", "which", "who", "you",
	};
	static const char right_quote_ll[] = "\xe2\x80\x99ll";
	size_t n = end - i;
	char w[16];
	if (n > 5 && memcmp(claim + end - 5, right_quote_ll, 5) == 0 &&
	    (end == len || !is_word_byte(claim[end]))) {
		*from = end - 5;
		*to = end;
		n -= 5;
	} else if (end + 3 <= len && claim[end] == '\'' &&
	    strncasecmp(claim + end + 1, "ll", 2) == 0 &&
	    (end + 3 == len || !is_word_byte(claim[end + 3]))) {
		*from = end;
		*to = end + 3;
	} else
		return 0;
	if (n < CLITIC_BASE_MIN || (lower_word(claim + i, n, w, sizeof w) && IN_LIST(w, pronouns)))
		return 0;
	return n;
}

/*
 * The last letter a small word clipped by an apostrophe dropped ("an'",
 * "jus'", "ol'"): word[0 .. n) is the word before the apostrophe; '\0'
 * when it is none of them.
 */
static char clipped_letter(const char *word, size_t n)
{
	static const char *const clipped[] = { "an d", "jus t", "ol d", "wit h" };
	for (size_t k = 0; k < NP(clipped); k++)
		if (strlen(clipped[k]) == n + 2 && strncasecmp(word, clipped[k], n) == 0)
			return clipped[k][n + 1];
	return '\0';
}

/*
 * A "th" written "t'" as a dialect says it: "t'ree", "t'ings", "anyt'ing",
 * "wit'out".  The word claim[i .. end) ends in "t" and an ASCII apostrophe
 * joins it to letters; when a passage holds the word with an "h" in the
 * apostrophe's place, or WordNet knows it ("without"), the "h" is written
 * there (the same length).  "it's", "what'd", "that'll" make no word so.
 * 1 (restored), 0, or -1.
 */
#define WRITTEN_TH_MIN 4	/* letters of the restored word at least ("thin") */

static int restore_written_th(struct tokenizer_session *tok, struct index_stats *st,
    const struct thesaurus *t, char *claim, size_t len, size_t i, size_t end)
{
	if (end + 1 >= len || claim[end] != '\'' || (claim[end - 1] != 't' &&
	    claim[end - 1] != 'T') || !is_alpha((unsigned char)claim[end + 1]))
		return 0;
	size_t after = word_end(claim, len, end + 1), n = after - i;
	if (n < WRITTEN_TH_MIN || n >= 64 || (after < len && claim[after] == '\''))
		return 0;
	char whole[64], lower[64];
	memcpy(whole, claim + i, n);
	whole[end - i] = 'h';
	int held = index_holds(tok, st, whole, n);
	if (held < 0)
		return -1;
	if (held == 0 && !(t != NULL && lower_word(whole, n, lower, sizeof lower) &&
	    thesaurus_knows(t, lower)))
		return 0;
	claim[end] = 'h';
	return 1;
}

/*
 * A talker's filler "like" set off by commas ("can take, like, weeks",
 * "tablets are, like, the most common way") or opening the claim ("Like,
 * it works within hours"): blanked with the comma before it, so that what
 * it interrupts reads as one phrase.  The number of fillers blanked.
 */
static int blank_filler_like(char *claim, size_t len)
{
	int blanked = 0;
	for (size_t i = 0; i + 5 <= len; i++) {
		if (strncasecmp(claim + i, "like,", 5) != 0 || (i > 0 && is_word_byte(claim[i - 1])))
			continue;
		size_t k = i;
		while (k > 0 && claim[k - 1] == ' ')
			k--;
		if (k > 0 && claim[k - 1] != ',')
			continue;
		/* "switchin' them on, like, givin' 'em a boost": a particle keeps its comma */
		char before[8];
		size_t from = i;
		if (k > 0 && !(previous_word(claim, k - 1, before, sizeof before) != SIZE_MAX &&
		    IN_LIST(before, particles)))
			from = k - 1;
		memset(claim + from, ' ', i + 5 - from);
		blanked++;
	}
	return blanked;
}

int claim_restore_dropped_g(struct tokenizer_session *tok, struct index_stats *st,
    const struct thesaurus *t, char *claim)
{
	static const char right_quote[] = "\xe2\x80\x99", left_quote[] = "\xe2\x80\x98";
	size_t len = strlen(claim);
	int restored = blank_filler_like(claim, len);
	for (size_t i = 0, end; i < len; i = end + 1) {
		end = word_end(claim, len, i);
		if (end == i)
			continue;
		/* U+2019 is word bytes to word_end: "usin’" ends in it */
		size_t a = 0, n = end - i;
		if (n > 3 && memcmp(claim + end - 3, right_quote, 3) == 0)
			a = 3, n -= 3;
		else if (end < len && claim[end] == '\'' && (end + 1 == len ||
		    !is_word_byte(claim[end + 1])))
			a = 1;
		/* "insurance'll cover it": the noun, and "will" a source need not say */
		size_t clitic_from, clitic_to, noun = will_clitic(claim, len, i, end, &clitic_from,
		    &clitic_to);
		if (noun > 0) {
			int held = index_holds(tok, st, claim + i, noun);
			if (held < 0)
				return -1;
			if (held > 0) {
				memset(claim + clitic_from, ' ', clitic_to - clitic_from);
				restored++;
				end = clitic_to - 1;
			}
			continue;
		}
		/* a dropped h: "'appens", "’ospital" (not a quoted "'protein'") */
		size_t h = 0, from = i, m = n;
		if (a == 0 && i > 0 && claim[i - 1] == '\'' && (i == 1 ||
		    !is_word_byte(claim[i - 2])) && claim[end] != '\'')
			h = 1;
		else if (a == 0 && n > 5 && memcmp(claim + i, right_quote, 3) == 0)
			h = 3, from = i + 3, m = n - 3;
		/* "'cause", "’cos": "because", a word no source need say */
		if (h > 0 && ((m == 5 && strncasecmp(claim + from, "cause", 5) == 0) ||
		    (m == 3 && (strncasecmp(claim + from, "cos", 3) == 0 ||
		    strncasecmp(claim + from, "coz", 3) == 0)))) {
			memset(claim + (h == 1 ? i - 1 : i), ' ', (h == 1 ? 1 : 3) + m);
			restored++;
			continue;
		}
		if (h > 0 && m >= 2 && m < 60 && is_alpha((unsigned char)claim[from])) {
			char whole[64];
			whole[0] = 'h';
			memcpy(whole + 1, claim + from, m);
			int r = restores(tok, st, t, claim + from, m, whole, m + 1);
			if (r < 0)
				return -1;
			if (r > 0 && h == 1) {
				claim[i - 1] = 'h';
				restored++;
			} else if (r > 0) {
				claim[i] = claim[i + 1] = ' ';
				claim[i + 2] = 'h';
				restored++;
			}
			continue;
		}
		/* a quoted word ("'protein'", "‘protein’") keeps its form */
		int quoted = (i > 0 && claim[i - 1] == '\'') ||
		    (n > 3 && memcmp(claim + i, left_quote, 3) == 0);
		if (a == 0 && !quoted && (end == len || claim[end] != '\'')) {
			int r = restore_dropped_r(tok, st, t, claim + i, n);
			if (r == 0)
				r = restore_old_third_person(tok, st, t, claim + i, n);
			if (r == 0)
				r = restore_old_second_person(tok, st, t, claim, i, n);
			if (r == 0)
				r = restore_old_ick(tok, st, t, claim + i, n);
			if (r == 0)
				r = respell_scots(tok, st, t, claim + i, n);
			if (r < 0)
				return -1;
			restored += r;
			continue;
		}
		/* "t'ree", "anyt'ing", "wit'out": a "th" written "t'" */
		int r = restore_written_th(tok, st, t, claim, len, i, end);
		if (r != 0) {
			if (r < 0)
				return -1;
			restored++;
			end = word_end(claim, len, i) - 1;
			continue;
		}
		/* "an'": "and"; "jus'": "just"; "ol'": "old"; "wit'": "with" */
		if (a > 0 && clipped_letter(claim + i, n) != '\0') {
			claim[i + n] = clipped_letter(claim + i, n);
			if (a == 3)
				claim[i + n + 1] = claim[i + n + 2] = ' ';
			restored++;
			continue;
		}
		if (a == 0 || quoted || n < 4 || n > 60 ||
		    strncasecmp(claim + i + n - 2, "in", 2) != 0)
			continue;
		char word[64];
		int held_with_g = restores_g(tok, st, t, claim + i, n, word);
		if (held_with_g < 0)
			return -1;
		if (held_with_g) {
			claim[i + n] = 'g';
			if (a == 3)
				claim[i + n + 1] = claim[i + n + 2] = ' ';
			restored++;
		}
	}
	return restored;
}

/* Whether judged word i is a light word (light_words). */
static int light_word(const struct claim_check *cc, int i)
{
	char w[64];
	const char *sf = cc->judged.w[i].surface;
	return lower_word(sf, strlen(sf), w, sizeof w) && is_light(w);
}

/*
 * Whether the word a phrase stands for (the first of its kin's words,
 * "hallucinations"; NULL: none) is one general English seldom uses, a
 * detail of what is said ("seeing things", "how often"), not a way of
 * saying it ("bring on": "cause").
 */
static int names_detail(const struct claim_input *in, const char *meaning)
{
	char w[64];
	if (meaning == NULL || in->stats == NULL || in->thesaurus == NULL)
		return 0;
	size_t n = strcspn(meaning, " ");
	return lower_word(meaning, n, w, sizeof w) && claim_english_idf(in->thesaurus,
	    in->stats, w, -1, HUGE_VAL, THESAURUS_ALL_PARTS) >= CLAIM_DETAIL_IDF_MIN;
}

/*
 * heads[i] set where judged word i opens a phrase (kin.h) all of whose
 * words are light and that names a detail (names_detail: "seeing
 * things", "put you under"): its first word weighs for the phrase.
 */
static void heads_phrase(const struct claim_check *cc, const struct claim_input *in,
    int *heads)
{
	for (int i = 0; i < cc->judged.n; i++) {
		const struct word *wi = &cc->judged.w[i];
		heads[i] = wi->nstems > cc->kin_from[i] && light_word(cc, i) &&
		    names_detail(in, wi->stem_words[cc->kin_from[i]]);
		for (int j = 0; heads[i] && j < cc->judged.n; j++) {
			const struct word *wj = &cc->judged.w[j];
			if (j != i && wj->nstems > cc->kin_from[j] &&
			    strcmp(wj->stems[cc->kin_from[j]], wi->stems[cc->kin_from[i]]) == 0 &&
			    (j < i || !light_word(cc, j)))
				heads[i] = 0;	/* a word before it, or one that weighs, speaks */
		}
	}
}

/*
 * Number words past "one": a share of a count that the evidence does not
 * give ("about one in five grown-ups", "30 percent") is a detail it does
 * not state.  Sorted.
 */
static const char *const count_words[] = {
	"eight", "eighteen", "eighty", "eleven", "fifteen", "fifty", "five", "forty", "four",
	"fourteen", "hundred", "million", "nine", "nineteen", "ninety", "seven", "seventeen",
	"seventy", "six", "sixteen", "sixty", "ten", "thirteen", "thirty", "thousand", "three",
	"twelve", "twenty", "two",
};

/* Fractions that make a share after "a", "one", "two" ...: "about a third of people".  Sorted. */
static const char *const fraction_words[] = {
	"fifth", "fifths", "quarter", "quarters", "tenth", "tenths", "third", "thirds",
};

/* Whether lower-case w is a count: a number word past "one", digits, or a fraction. */
static int count_word(const char *w)
{
	size_t n = strspn(w, "0123456789");
	return (n > 0 && w[n] == '\0') || IN_LIST(w, count_words) || IN_LIST(w, fraction_words);
}

/*
 * Whether the claim gives count w as a share: "one in five", "nine out of
 * ten", "30 percent", "70%", "a third of".  A list's "11." or "the whole
 * nine yards" is none, nor "the third session".
 */
static int share_count(const char *claim, const char *w)
{
	size_t len = strlen(claim), n = strlen(w);
	for (size_t i = 0; i + n <= len; i++) {
		char before[16], earlier[16];
		if (!word_at(claim, len, i, w, n))
			continue;
		const char *after = claim + i + n;
		if (strncmp(after, "%", 1) == 0 || strncmp(after, " percent", 8) == 0 ||
		    strncmp(after, " per cent", 9) == 0)
			return 1;
		size_t b = previous_word(claim, i, before, sizeof before);
		/* "a third of", "two thirds of" */
		if (IN_LIST(w, fraction_words) && b != SIZE_MAX && (strcmp(before, "a") == 0 ||
		    strcmp(before, "one") == 0 || count_word(before)) &&
		    strncmp(after, " of ", 4) == 0)
			return 1;
		if (IN_LIST(w, fraction_words))
			continue;
		if (b == SIZE_MAX || previous_word(claim, b, earlier, sizeof earlier) == SIZE_MAX)
			continue;
		if ((strcmp(before, "in") == 0 && (count_word(earlier) ||
		    strcmp(earlier, "one") == 0)) ||
		    (strcmp(before, "of") == 0 && strcmp(earlier, "out") == 0))
			return 1;
	}
	return 0;
}

/* Words that may stand between a thing and its other name: "aka", "also called". */
static const char *const renaming_words[] = {
	"aka", "also", "alias", "call", "called", "ie", "is", "known", "named", "or",
	"otherwise", "that", "which",
};

#define RENAMING_MAX 3	/* renaming words between a thing's two names */

/*
 * Whether the claim names judged word b right after judged word a, with
 * only punctuation and at most RENAMING_MAX renaming words between:
 * "floaty, dissociative", "swelling (inflammation)", "ECT, also called".
 */
static int renamed_after(const struct claim_check *cc, const char *claim, int a, int b)
{
	char wa[64], wb[64], w[64];
	size_t len = strlen(claim), na = strlen(cc->judged.w[a].surface);
	size_t nb = strlen(cc->judged.w[b].surface);
	if (!lower_word(cc->judged.w[a].surface, na, wa, sizeof wa) ||
	    !lower_word(cc->judged.w[b].surface, nb, wb, sizeof wb))
		return 0;
	for (size_t i = 0; i + na <= len; i++) {
		if (!word_at(claim, len, i, wa, na))
			continue;
		size_t at = i + na;
		/* a mark or a renaming word between: "synaptic connections" is one name */
		int apart = 0;
		for (int between = 0; at < len && between <= RENAMING_MAX;) {
			if (!is_word_byte(claim[at])) {
				apart |= claim[at] != ' ';
				at++;
				continue;
			}
			if (word_at(claim, len, at, wb, nb))
				return apart || between > 0;
			size_t j = word_end(claim, len, at);
			if (!lower_word(claim + at, j - at, w, sizeof w) ||
			    !IN_LIST(w, renaming_words))
				break;
			between++;
			at = j;
		}
	}
	return 0;
}

/* Whether word w matches stem by one of its first n stems. */
static int holds_stem(const struct word *w, int n, const char *stem)
{
	for (int s = 0; s < n && s < w->nstems; s++)
		if (strcmp(w->stems[s], stem) == 0)
			return 1;
	return 0;
}

/*
 * A thing the claim names twice, in two words one of which the other's
 * kin (kin.h's groups, phrases and shorthand; stems[0 .. table_kin[i]))
 * holds, the second right after the first with only punctuation and
 * renaming words between ("that floaty, dissociative feeling",
 * "swelling (inflammation)", "phencyclidine, aka PCP"): one source word
 * states both (words.h's restates).  Not two names apart ("vets use it
 * on animals"), which may be two things; not a direction word ("raises
 * ... and increases"), whose scope conflict.c reads; nor a word no
 * source holds ("pregnancy ... pregnant patients": what the claim is
 * about).
 */
static void mark_names_said_twice(struct claim_check *cc, const char *claim,
    const int *table_kin)
{
	for (int b = 0; b < cc->judged.n; b++) {
		struct word *wb = &cc->judged.w[b];
		wb->restates = 0;
		if (wb->idf <= 0 || wb->df == 0 || wb->optional || cc->direction[b] ||
		    wb->nstems == 0)
			continue;
		for (int a = 0; a < b; a++) {
			const struct word *wa = &cc->judged.w[a];
			if (wa->idf > 0 && wa->df > 0 && !cc->direction[a] && wa->nstems > 0 &&
			    (holds_stem(wb, table_kin[b], wa->stems[0]) ||
			    holds_stem(wa, table_kin[a], wb->stems[0])) &&
			    renamed_after(cc, claim, a, b)) {
				wb->restates = a + 1;
				break;
			}
		}
	}
}

/*
 * Whether the lower-case claim word w is "fast" as going without food:
 * "fasting", or "fast" / "fasted" before "for" and a length of time or
 * before "before" ("fast for about six hours", "fast before the
 * infusion"), or right before a length of hours ("fast several hours")
 * or "overnight", not "fast relief" nor "works fast for most people".
 */
static int abstaining(const char *claim, const char *w)
{
	static const char *const lengths[] = {
		"about", "around", "at", "eight", "four", "roughly", "several", "six", "three",
		"twelve", "two", "up",
	};
	static const char *const spans[] = { "couple", "day", "few", "night" };
	static const char *const span_units[] = { "hours", "hrs", "minutes" };
	if (strcmp(w, "fasting") == 0)
		return 1;
	if (strcmp(w, "fast") != 0 && strcmp(w, "fasted") != 0)
		return 0;
	size_t n = strlen(w), len = strlen(claim);
	for (size_t at = 0; at + n <= len; at++) {
		if (!word_at(claim, len, at, w, n))
			continue;
		char after[16], second[16];
		const char *rest = claim + at + n;
		if (strncmp(rest, " before ", 8) == 0 || strncmp(rest, " overnight", 10) == 0)
			return 1;
		/* "told to fast several hours before infusion": a length right after */
		size_t past = past_first_word(rest, strlen(rest));
		if (next_word(rest, strlen(rest), after, sizeof after) &&
		    (isdigit((unsigned char)after[0]) || (IN_LIST(after, lengths) &&
		    strcmp(after, "at") != 0 && strcmp(after, "up") != 0)) &&
		    next_word(rest + past, strlen(rest + past), second, sizeof second) &&
		    IN_LIST(second, span_units))
			return 1;
		if (strncmp(rest, " for ", 5) != 0 ||
		    !next_word(rest + 5, strlen(rest + 5), after, sizeof after))
			continue;
		if (isdigit((unsigned char)after[0]) || IN_LIST(after, lengths))
			return 1;
		if (strcmp(after, "a") == 0 && next_word(rest + 7, strlen(rest + 7), second,
		    sizeof second) && IN_LIST(second, spans))
			return 1;
	}
	return 0;
}

/* Spans of time a claim may give without a number.  Sorted. */
static const char *const time_spans[] = { "days", "hours", "minutes", "months", "weeks" };

/* Words before "days" that make an era of it: "these days", "in its early days". */
static const char *const era_openers[] = {
	"early", "former", "old", "olden", "past", "the", "these", "those",
};

/* Whether the claim's word "days" is in an era ("these days"), no span. */
static int era_days(const char *claim)
{
	size_t len = strlen(claim);
	char w[16];
	for (size_t i = 0; i + 4 <= len; i++)
		if (word_at(claim, len, i, "days", 4) &&
		    previous_word(claim, i, w, sizeof w) != SIZE_MAX && IN_LIST(w, era_openers))
			return 1;
	return 0;
}

/*
 * A closing ", not on your kitchen table", ", not a web form": the "not"
 * at claim[i .. j) sets the claim against a place, way or thing no source
 * speaks of (every weighing word of the phrase in no passage), which
 * denies nothing a source must deny.  "..., not at home" is a denial:
 * sources say "home".
 */
static int unsaid_alternative(const struct claim_check *cc, const char *claim, size_t len,
    size_t i, size_t j)
{
	static const char *const openers[] = {
		"a", "an", "any", "at", "by", "from", "in", "inside", "my", "on", "over", "some",
		"the", "their", "through", "under", "your",
	};
	/* "not the other way round", "not the bigger ones": the claim's own thing turned */
	static const char *const turned[] = { "one", "ones", "opposite", "other", "reverse" };
	/* "only an expert can decide, not you": the one left out, a person */
	static const char *const people[] = { "me", "them", "us", "you", "yourself" };
	size_t end = sentence_end(claim, len, j);
	char w[16];
	if (mark_before(claim, i) != ',' || !next_word(claim + j, len - j, w, sizeof w))
		return 0;
	if (IN_LIST(w, people))
		return words_at_most(claim, end, j, 1);
	if (!IN_LIST(w, openers))
		return 0;
	for (size_t k = 0; k < NP(turned); k++)
		if (has_word(claim + j, end - j, turned[k]))
			return 0;
	int unknown = 0;
	for (int k = 0; k < cc->judged.n; k++) {
		const struct word *jw = &cc->judged.w[k];
		if (jw->idf <= 0 || !judged_in(cc, k, claim, j, end))
			continue;
		if (jw->df > 0 || judged_in(cc, k, claim, 0, i))
			return 0;
		unknown++;
	}
	return unknown > 0;
}

/*
 * The judged words of claim[from .. to) weigh only where said, as a
 * remark's do (weigh_remarks), and name nothing the claim is about.
 */
static void set_aside(struct claim_check *cc, const char *claim, size_t from, size_t to)
{
	for (int k = 0; k < cc->judged.n; k++)
		if (judged_in(cc, k, claim, from, to) && !judged_in(cc, k, claim, 0, from)) {
			cc->judged.w[k].optional = 1;
			cc->unknown_name[k] = 0;
		}
}

/*
 * The claim's words as judged: light words weigh nothing, every other
 * word also matches its kin (kin.h); and the claim's absolute words.
 */
static int judge_words(struct claim_check *cc, const struct claim_input *in)
{
	const char *claim = in->claim;
	char w[64];
	cc->judged = *in->ws;	/* a shallow copy: the strings stay ws's, kin stems are ours */
	for (int i = 0; i < cc->judged.n; i++)
		cc->kin_from[i] = cc->judged.w[i].nstems;
	if (in->kin != NULL && (acronym_kin(cc, in) != 0 || phrase_kin(cc, in) != 0))
		return -1;
	/* acronyms' and phrases' stems, the first kin, state every word of their run */
	for (int i = 0; i < cc->judged.n; i++) {
		cc->judged.w[i].joint_from = cc->kin_from[i];
		cc->judged.w[i].joint_to = cc->judged.w[i].nstems;
	}
	int title = title_case(claim);
	int heads[WORDS_MAX], table_kin[WORDS_MAX];
	heads_phrase(cc, in, heads);
	for (int i = 0; i < cc->judged.n; i++) {
		struct word *jw = &cc->judged.w[i];
		int lowered = lower_word(jw->surface, strlen(jw->surface), w, sizeof w);
		/* "Sx", "Hx": clinical shorthand, no name */
		int named = named_as_word(claim, jw->surface, title) &&
		    !(lowered && kin_shorthand(w) != NULL);
		/*
		 * a name is said by itself, not by what Snowball stems alike:
		 * "Special K" by no "specialized" clinic
		 */
		if (named && lowered && jw->stem_words[0] == NULL &&
		    (jw->stem_words[0] = strndup(w, without_possessive(w, strlen(w)))) == NULL)
			return -1;
		/*
		 * "fast for six hours before an infusion": going without food,
		 * which no "fast relief" says (words.h: going_without).  The
		 * index counts the stem, not the sense: it weighs as a detail
		 * no source is known to say, and it must be said.
		 */
		/* "veterans' hospitals ... for vets with PTSD": no veterinary "vets" */
		if (lowered && (strcmp(w, "vet") == 0 || strcmp(w, "vets") == 0) &&
		    (said_between(claim, "", "veteran", "") ||
		    said_between(claim, "", "veterans", "")))
			named = 1;
		int fasting = lowered && abstaining(claim, w);
		if (fasting) {
			jw->going_without = 1;
			named = 1;
			jw->has_df = 1;
			jw->df = 0;
			jw->idf = CLAIM_DETAIL_IDF_MIN;
		}
		/* who said it is no detail a source states; a name still is one */
		int framed = framed_word(claim, cc->frames, cc->nframes, jw);
		int raised = lowered && raised_with(claim, w);
		cc->span[i] = lowered && IN_LIST(w, time_spans) &&
		    !(strcmp(w, "days") == 0 && era_days(claim));
		cc->direction[i] = lowered && !raised && (IN_LIST(w, direction_words) ||
		    (IN_LIST(w, speed_adverbs) && said_between(claim, "more ", w, "")) ||
		    (IN_LIST(w, plain_comparables) && (said_between(claim, "more ", w, "") ||
		    said_between(claim, "mo' ", w, "") || said_between(claim, "mo ", w, ""))) ||
		    compared_degree(claim, w));
		if (raised && in->kin != NULL && add_word_and_kin(in, jw, "discuss") < 0)
			return -1;
		/*
		 * "dissociatin", "handlin": a g dropped with no apostrophe to
		 * write it back in (claim_restore_dropped_g) is met by the word
		 * with it, as kin; "thin" is a word of its own
		 */
		size_t wn = strlen(w);
		if (lowered && jw->df == 0 && in->kin != NULL && in->stats != NULL && wn >= 4 &&
		    wn + 1 < sizeof w && strcmp(w + wn - 2, "in") == 0 &&
		    (in->thesaurus == NULL || !thesaurus_knows(in->thesaurus, w))) {
			char whole[sizeof w];
			int r = restores_g(in->tok, in->stats, in->thesaurus, w, wn, whole);
			if (r < 0 || (r > 0 && add_word_and_kin(in, jw, whole) < 0))
				return -1;
		}
		jw->optional = framed == 1;
		cc->attributed[i] = framed == 2;
		/*
		 * a name the claim is attributed to weighs nothing: it must be
		 * said (unsaid_details), by the sentence or the source's title
		 * or publisher, and adds no evidence of what was said
		 */
		if ((lowered && ((is_light(w) && !heads[i]) || idiom_word(claim, w) ||
		    restated_acronym(claim, jw->surface))) || cc->attributed[i])
			jw->idf = 0;
		else if (in->kin != NULL && !jw->prefix && !named && !heads[i] &&
		    kin_each(in->kin, in->tok, jw->surface, jw->stems[0], add_kin, jw) < 0)
			return -1;
		cc->share[i] = lowered && !jw->optional && !cc->attributed[i] && count_word(w) &&
		    share_count(claim, w);
		const char *denial = lowered && in->kin != NULL ? denied_as(claim, w) : NULL;
		cc->denial_from[i] = denial != NULL ? jw->nstems : -1;
		if (denial != NULL && add_word_and_kin(in, jw, denial) < 0)
			return -1;
		/*
		 * A word met by its kin weighs as rare as the kin together are:
		 * "disease", in no passage, is as common as "condition" when
		 * "condition" stands for it.
		 */
		double own_df = jw->df, own_idf = jw->idf;	/* the word's, without its kin */
		if (jw->nstems > cc->kin_from[i] && jw->idf > 0 && in->stats != NULL) {
			jw->has_df = 0;
			words_idf_word(in->stats, jw);
		}
		/*
		 * a frame's word that no source (nor its kin) and no general
		 * English uses is the claim's detail, not a way of saying it:
		 * "Psilocybin therapy: ..."
		 */
		if (jw->optional && jw->df == 0 && lowered && in->thesaurus != NULL &&
		    unused_in_english(in, w) && (!thesaurus_knows(in->thesaurus, w) ||
		    thesaurus_is_subject(in->thesaurus, w)) &&
		    !remark_word(claim, cc->frames, cc->nframes, jw->surface) &&
		    !frame_holds_person(claim, strlen(claim), cc->frames, cc->nframes, jw->surface))
			jw->optional = 0;
		/*
		 * A word general English uses often weighs no more than it
		 * would there: a small index makes "feel" or "things" look
		 * rare, and a paraphrase adds or drops them freely.
		 */
		if (jw->df > 0 && jw->idf > 0 && in->stats != NULL) {
			cc->topical[i] = own_df > 0 && claim_english_idf(in->thesaurus, in->stats,
			    jw->surface, -1, HUGE_VAL, THESAURUS_ALL_PARTS) - own_idf >=
			    CLAIM_TOPICAL_MARGIN;
			jw->idf = claim_english_idf(in->thesaurus, in->stats, jw->surface,
			    (double)jw->df, jw->idf, THESAURUS_ALL_PARTS);
		}
		if (jw->df == 0 && jw->idf > 0 && in->stats != NULL) {
			double idf = unknown_word_idf(in, jw);
			cc->common[i] = idf < jw->idf;
			/* a condition no source names is of a topic too: "cures epilepsy" */
			cc->topical[i] = lowered && thesaurus_is_condition(in->thesaurus, w);
			int person = lowered && thesaurus_is_person(in->thesaurus, w);
			int population = person && population_word(claim, w);
			cc->unknown_name[i] = lowered && !jw->optional && !cc->attributed[i] &&
			    (thesaurus_is_subject(in->thesaurus, w) || population ||
			    (proper_name(claim, jw->surface) && !IN_LIST(w, kinship_words)) ||
			    fasting);
			jw->idf = person && !population ? idf / 2 : idf;
			/*
			 * "dey", "wey", "sef", "yuh": a short word in small
			 * letters that neither the sources nor WordNet know is a
			 * dialect's function word or a slip, no detail of what
			 * the claim says
			 */
			if (lowered && !named && strlen(w) <= CLAIM_DIALECT_WORD_MAX &&
			    dialect_shape(claim, jw->surface) && kin_shorthand(w) == NULL &&
			    in->thesaurus != NULL && !thesaurus_knows(in->thesaurus, w))
				jw->idf = 0;
		}
		/*
		 * WordNet's synonyms state the word too, but they do not change
		 * its weight: a word's senses are many, and "receive" must not
		 * weigh as little as "get".  A word no passage holds, nor its
		 * kin, has no evidence of its own to lose: its synonyms need its
		 * sense only among their first 2 x M ("pills": "tablets", whose
		 * fourth sense it is), but its own later senses count only when
		 * readers use them ("pregnant" is seldom "significant").
		 */
		int their = in->synonym_their_senses * (jw->df == 0 ? 2 : 1);
		table_kin[i] = jw->nstems;
		/*
		 * a verb with its particle ("broken down" by the liver) is a
		 * phrasal verb whose sense WordNet's synonyms of the verb alone
		 * do not have ("interrupting")
		 */
		if (jw->idf > 0 && !jw->prefix && !named && !heads[i] &&
		    !before_particle(claim, jw->surface) &&
		    kin_synonyms(in->kin, in->thesaurus, in->synonym_senses, their,
		    jw->df == 0, in->tok, jw->surface,
		    jw->stems[0], add_kin, jw) < 0)
			return -1;
	}
	weigh_remarks(cc, claim);
	weigh_likenings(cc, in->thesaurus, claim);
	weigh_interruptions(cc, claim);
	weigh_such_as(cc, claim);
	mark_names_said_twice(cc, claim, table_kin);
	int after_at = 0;	/* "at all" stresses a negation; it is no quantifier */
	/*
	 * "If you're not a fan of IVs, ketamine can also be injected": a
	 * denial in an opening condition asserts nothing a source must deny
	 */
	size_t condition_end = opening_condition_end(claim), gerund_end = gerund_subject_end(claim);
	int after_copula = 0;
	int since_approving = APPROVAL_REACH + 1;	/* words since an approving word */
	for (size_t i = 0, len = strlen(claim); i < len;) {
		size_t j = word_end(claim, len, i);
		if (j > i && lower_word(claim + i, j - i, w, sizeof w)) {
			/*
			 * in a frame: "I didn't realize that" denies nothing, "I
			 * understand how hard that must be." overreaches nothing
			 * (in_frame: not a lead-in, whose words weigh; a lead-in's
			 * label, "Every act has its risks:", claims no whole)
			 */
			int framed = 0, in_frame = 0, in_label = 0;
			for (size_t f = 0; f < cc->nframes; f++) {
				int inside = i >= cc->frames[f].start && i < cc->frames[f].end;
				framed |= inside;
				in_frame |= inside && !cc->frames[f].lead_in;
				in_label |= inside && cc->frames[f].end > 0 &&
				    claim[cc->frames[f].end - 1] == ':';
			}
			int remark = in_remark(cc, i);	/* "I'm only forwarding": an aside */
			framed |= remark;
			/*
			 * "How many sessions must our patient endure? Generally
			 * about three": a question the claim answers asserts nothing
			 */
			size_t asked_end = sentence_end(claim, len, i);
			int asked = asked_end + 1 < len && claim[asked_end] == '?';
			/* "not fully", "never always": a weaker claim, no overreach */
			/* "gone for good": for ever */
			int for_good = strcmp(w, "good") == 0 && i >= 4 &&
			    strncasecmp(claim + i - 4, "for ", 4) == 0 &&
			    (i == 4 || !is_word_byte(claim[i - 5])) &&
			    (j == len || strchr(",.;!?", claim[j]) != NULL);
			if ((IN_LIST(w, absolute_words) || for_good) && !in_frame && !in_label &&
			    !remark && !asked &&
			    !negated_before(claim, i) &&
			    !(IN_LIST(w, everyone_words) && (varies_after(claim + j, len - j) ||
			    varies_before(claim, i) || opens_with_any(claim + j, noticed,
			    NP(noticed)))) &&
			    !(strcmp(w, "only") == 0 && (before_hedge(claim + j, len - j) ||
			    only_stresses(claim + j, len - j) || only_joins(claim, len, i, j))) &&
			    !(strcmp(w, "all") == 0 && (after_at || floats_over_list(claim, i) ||
			    idiomatic_all(claim, len, i, j))) &&
			    !(strcmp(w, "every") == 0 && (now_and_then(claim + j) ||
			    (memchr(claim, ',', i) != NULL && opens_with_any(claim + j, each_of_list,
			    NP(each_of_list))))) &&
			    !(strcmp(w, "always") == 0 && (describes_state(claim + j, len - j) ||
			    always_first(claim, i))) &&
			    !intensifies_difference(claim + j, len - j, w) &&
			    !totally_stresses_deed(in->thesaurus, claim + j, len - j, w) &&
			    cc->nabsolutes < WORDS_MAX) {
				if ((cc->absolutes[cc->nabsolutes] = strdup(w)) == NULL)
					return -1;
				cc->nabsolutes++;
			}
			if (((IN_LIST(w, exclusive_words) && !remark &&
			    !(strcmp(w, "only") == 0 && (before_hedge(claim + j, len - j) ||
			    only_stresses(claim + j, len - j) || only_joins(claim, len, i, j)))) ||
			    (after_copula && IN_LIST(w, identity_openers))) &&
			    cc->exclusive < CLAIM_EXCLUSIVE_MAX) {
				cc->exclusive_start[cc->exclusive] = i;
				cc->exclusive_end[cc->exclusive++] = exclusive_scope(claim, len, j);
				if (IN_LIST(w, sole_words) && !negated_before(claim, i))
					mark_scope(cc, cc->sole_scope, claim, j,
					    cc->exclusive_end[cc->exclusive - 1]);
			}
			if (strcmp(w, "for") == 0 && since_approving <= APPROVAL_REACH)
				mark_scope(cc, cc->purpose_scope, claim, j, exclusive_scope(claim, len, j));
			if (cc->companion < 0 && companion_word(claim, i, w)) {
				size_t to = words_scope(claim, len, j, COMPANION_REACH);
				cc->companion = scope_head(cc, claim, j, to);
				mark_scope(cc, cc->companion_scope, claim, j, to);
			}
			since_approving = IN_LIST(w, approving_words) ? 0 : since_approving + 1;
			after_copula = IN_LIST(w, copulas);
			after_at = strcmp(w, "at") == 0;
			int softened = softened_after(claim + j, len - j);
			char before[16];
			/* "a little", "as little as", "one little molecule": no denial */
			static const char *const sizing[] = {
				"a", "as", "her", "his", "its", "my", "one", "our", "that", "the",
				"their", "this", "your",
			};
			int some = previous_word(claim, i, before, sizeof before) != SIZE_MAX &&
			    IN_LIST(before, sizing);
			int sameness = same_after(claim + j, len - j);
			cc->unlike |= sameness && (is_negator_word(w) ||
			    (strcmp(w, "no") == 0 && word_at(claim, len, j + 1, "means", 5)));
			/* "aren't": the word "t" after an ASCII apostrophe */
			int contracted = strcmp(w, "t") == 0 && i > 0 && claim[i - 1] == '\'';
			cc->negated_degree |= (is_negator_word(w) || contracted) &&
			    (degree_after(claim + j, len - j) || purpose_denial(claim, i));
			cc->denied_comparison |= (is_negator_word(w) || contracted ||
			    strcmp(w, "no") == 0) && comparative_after(claim + j, len - j);
			/* "no one qualifies unless ...": a condition, what "must" says */
			int conditional = unless_after(claim + j, len - j);
			/*
			 * a denial of nothing: a chat's "no cap" ("no lie");
			 * "cannot be ruled out" says it may be so; a chat's
			 * opening "no bc" opens a reason
			 */
			int idle = strcmp(w, "no") == 0 && word_at(claim, len, j + 1, "cap", 3) &&
			    claim[j] == ' ';
			idle |= ((is_negator_word(w) || contracted) &&
			    opens_with_any(claim + j, ruling_out, NP(ruling_out))) ||
			    ((is_negator_word(w) || contracted || strcmp(w, "no") == 0) &&
			    opens_with_any(claim + j, denied_idioms, NP(denied_idioms))) ||
			    ((is_negator_word(w) || contracted) && unreal_things(claim, len, i, j)) ||
			    (strcmp(w, "no") == 0 && i == past_opening_frames(cc, claim) &&
			    (word_at(claim, len, j + 1, "bc", 2) ||
			    word_at(claim, len, j + 1, "because", 7)));
			/* ", not on your kitchen table": its words are set aside */
			int alternative = strcmp(w, "not") == 0 &&
			    unsaid_alternative(cc, claim, len, i, j);
			if (alternative)
				set_aside(cc, claim, j, sentence_end(claim, len, j));
			int negates = !softened && !sameness && !framed && !conditional && !idle &&
			    !part_weighs_nothing(cc, claim, len, i) &&
			    !restates_only(claim, len, i) && !not_denying(claim + j, len - j) &&
			    !closing_neither(claim, w) &&
			    !elliptic_denial(claim, len, i, j, w, contracted) &&
			    !lasting_never(claim, i, j, w, contracted) &&
			    !alternative &&
			    i >= condition_end && !in_later_condition(claim, i) &&
			    (is_negator_word(w) ||
			    strcmp(w, "no") == 0 ||
			    (strcmp(w, "without") == 0 && i >= gerund_end &&
			    !word_at(claim, len, j + 1, "delay", 5)) ||
			    (strcmp(w, "little") == 0 && !some) ||
			    contracted || (strcmp(w, "too") == 0 && too_to(claim + j, len - j)));
			if (negates && !cc->negated) {
				char first[16];
				cc->negated_head = denied_head(cc, claim, len, j);
				/*
				 * "Don't skip sessions", "Please don't skip", "Never
				 * drive", "PSA: don't skip": advice, after the frames
				 * that open the claim
				 */
				size_t at = past_opening_frames(cc, claim);
				/* "and dont skip", "Just don't skip", "Try not to miss" */
				while (next_word(claim + at, len - at, first, sizeof first) &&
				    IN_LIST(first, advice_leads))
					at += past_first_word(claim + at, len - at);
				cc->imperative = next_word(claim + at, len - at, first, sizeof first) &&
				    (IN_LIST(first, imperative_openers) ||
				    advice_not_to(claim + at, len - at)) && i < at + 12;
			}
			if (negates)
				mark_denying_sentence(cc, claim, len, i);
			cc->negated |= negates;
		}
		i = j > i ? j : i + 1;
	}
	/* "doesn't last - the effects are temporary": said twice, it weighs where said */
	if (cc->negated && restated_denial(cc, NULL))
		cc->judged.w[cc->negated_head].optional = 1;
	return 0;
}

/* Prepositions that open a phrase scoping the whole claim; sorted. */
static const char *const scope_openers[] = {
	"among", "beyond", "during", "for", "in", "outside", "with",
};

/* Words that open a clause of their own; lower-case, sorted. */
static const char *const clause_openers[] = {
	"although", "because", "but", "though", "whereas", "which", "while", "who",
};

/*
 * Whether text[0 .. len), after "comes from", names a way or a deed, not
 * an origin: "comes from the way it targets fear pathways", "comes from
 * blocking NMDA receptors" tell a cause.
 */
static int names_a_cause(const char *text, size_t len)
{
	static const char *const determiners[] = { "its", "the", "their" };
	static const char *const means[] = { "ability", "capacity", "fact", "way", "ways" };
	char w[64];
	if (!next_word(text, len, w, sizeof w))
		return 0;
	size_t n = strlen(w);
	if (n > 4 && strcmp(w + n - 3, "ing") == 0)
		return 1;
	size_t i = past_first_word(text, len);
	return IN_LIST(w, determiners) && next_word(text + i, len - i, w, sizeof w) &&
	    IN_LIST(w, means);
}

/*
 * Split the claim into clauses at , ; : ( ) and before the words above,
 * and note which clauses each judged word is said in.  Also mark what the
 * claim compares with: the judged words said only after "than" ("more
 * effective than electroconvulsive therapy") up to the end of its clause,
 * and the clauses that compare.  "rather than" and "other than" compare
 * nothing: conflict.c reads "rather than X" as a denial of X.  An origin
 * ("derived from phencyclidine") is such a standard too.
 */
static void split_clauses(struct claim_check *cc, const char *claim)
{
	size_t len = strlen(claim), i = 0;
	int k = 0, words_in_clause = 0, after_than = 0, than = 0, from = 0;
	int seen[WORDS_MAX] = { 0 };	/* bit 0: said after "than" (or "from"), bit 1: elsewhere */
	char w[64], prev[64] = "", prev2[64] = "";

	cc->clause_start[0] = 0;
	while (i < len) {
		size_t j = word_end(claim, len, i);
		int lowered = j > i && lower_word(claim + i, j - i, w, sizeof w);
		int opens = lowered && IN_LIST(w, clause_openers);
		int ends = j == i && strchr(",;:()", claim[i]) != NULL;
		if (opens || ends)
			after_than = 0;
		if ((opens || ends) && words_in_clause > 0 && k + 1 < CLAIM_CLAUSES_MAX) {
			cc->clause_end[k++] = i;
			cc->clause_start[k] = opens ? i : i + 1;
			words_in_clause = 0;
		}
		if (j > i) {
			words_in_clause++;
			int x = judged_word(cc, claim + i, j - i);
			if (x >= 0) {
				cc->clauses[x] |= 1u << k;
				if (lowered)
					seen[x] |= after_than ? 1 : 2;
			}
		}
		if (lowered) {
			/* "Better safe than sorry, as I've always said." compares nothing */
			if (strcmp(w, "than") == 0 && strcmp(prev, "rather") != 0 &&
			    strcmp(prev, "other") != 0 && !in_remark(cc, i)) {
				after_than = 1;
				cc->comparing |= 1u << k;
				/* ", more than ketamine": the clause before is compared */
				if (k > 0 && words_in_clause <= 3)
					cc->comparing |= 1u << (k - 1);
				than = 1;
			} else if (strcmp(w, "from") == 0 && IN_LIST(prev, origin_verbs) &&
			    !names_a_cause(claim + j, len - j)) {
				after_than = 1;
				cc->comparing |= 1u << k;
				from = 1;
			} else if (strcmp(w, "as") == 0 && strcmp(prev2, "as") == 0 &&
			    compared_degree(claim, prev)) {
				/* "just as fast as ketamine": an equal degree, compared with */
				after_than = 1;
				cc->comparing |= 1u << k;
				than = 1;
			}
			strcpy(prev2, prev);
			strcpy(prev, w);
		}
		i = j > i ? j : i + 1;
	}
	cc->clause_end[k] = len;
	cc->nclauses = k + 1;
	cc->origin_only = from && !than;
	/*
	 * an opening phrase of place or case ("In chronic pain work, it is
	 * the higher doses ...") or a topic before a colon ("Chronic pain:
	 * it's the higher doses ...") scopes every clause after it
	 */
	if (k > 0 && ((claim[cc->clause_end[0]] == ',' && next_word(claim, len, w, sizeof w) &&
	    IN_LIST(w, scope_openers)) || claim[cc->clause_end[0]] == ':'))
		for (int x = 0; x < cc->judged.n; x++)
			if (cc->clauses[x] & 1u)
				cc->clauses[x] = ~0u;
	for (int x = 0; x < cc->judged.n; x++)	/* only after "than": "the flu vaccine" */
		if (seen[x] == 1 && cc->judged.w[x].idf > 0) {
			cc->compared_with[x] = 1;
			cc->ncompared++;
		}
}

#define ALL_CLAUSES (~0u)

/* The clause of the claim that byte `at` is in. */
static int clause_at(const struct claim_check *cc, size_t at)
{
	int k = 0;
	while (k + 1 < cc->nclauses && at >= cc->clause_start[k + 1])
		k++;
	return k;
}

/*
 * Whether present[] makes a sentence about clause k of the claim: most
 * of the clause's known words (idf-weighted), two of them at least.
 */
static int about_clause(const struct claim_check *cc, const int *present, int k)
{
	const struct words *ws = &cc->judged;
	double have = 0, all = 0;
	int n = 0;
	for (int w = 0; w < ws->n; w++) {
		if (ws->w[w].df == 0 || ws->w[w].idf <= 0 || !(cc->clauses[w] & (1u << k)))
			continue;
		all += ws->w[w].idf;
		if (present[w]) {
			have += ws->w[w].idf;
			n++;
		}
	}
	return n >= 2 && have >= CLAIM_CLAUSE_ABOUT_MIN * all;
}

static int64_t line_at(const struct fetched *c, size_t offset)
{
	int64_t line = c->line_start;
	for (size_t i = 0; i < offset && i < c->text_len; i++)
		if (c->text[i] == '\n')
			line++;
	return line;
}

/*
 * Whether passage c holds one of the words of claim[0 .. len) (any case);
 * of a capitalized name of several words ("Food and Drug
 * Administration"), every one but "and", "of" ...
 */
static int names_claim_word(const struct fetched *c, const char *claim, size_t len)
{
	char w[64];
	int words = 0, held = 0, capitals = 1;
	for (size_t i = 0; i < len;) {
		size_t j = word_end(claim, len, i);
		if (j > i && lower_word(claim + i, j - i, w, sizeof w) &&
		    !IN_LIST(w, acronym_joiners)) {
			words++;
			held += has_word(c->text, c->text_len, w);
			capitals &= is_upper((unsigned char)claim[i]);
		}
		i = j > i ? j : i + 1;
	}
	return words >= 2 && capitals ? held == words : held > 0;
}

#define PREDICATE_WORDS 4	/* words of a predicate noun phrase read */

/*
 * The claim's predicate noun: in a claim that ends "is/are/was/were a
 * (an, the) W1 .. Wn." with at most PREDICATE_WORDS words, the last, Wn:
 * what the claim says its subject is.  Its index among the judged words,
 * or -1.
 */
static int predicate_noun(const struct claim_check *cc, const char *claim)
{
	static const char *const articles[] = { "a", "an", "the" };
	char w[64];
	size_t len = strlen(claim), last_b = 0, last_e = 0;
	int after = -1;	/* words since the copula; -1: none seen */
	int article = 0;	/* an article followed it */
	for (size_t i = 0; i < len;) {
		size_t j = word_end(claim, len, i);
		if (j == i) {
			/* only the sentence's end may follow the noun phrase */
			if (after >= 0 && !(claim[i] == ' ' || claim[i] == '.' || claim[i] == '!'))
				after = -1;
			i++;
			continue;
		}
		if (!lower_word(claim + i, j - i, w, sizeof w)) {
			after = -1;
		} else if (IN_LIST(w, copulas)) {
			after = 0;
			article = 0;
		} else if (after == 0 && !article && IN_LIST(w, articles)) {
			article = 1;
		} else if (article && after >= 0 && after < PREDICATE_WORDS && !words_is_stop(w)) {
			after++;
			last_b = i;
			last_e = j;
		} else {
			after = -1;
		}
		i = j;
	}
	if (after <= 0)
		return -1;
	/* ", which is a nice bonus": a writer's comment says what the writer thinks */
	for (size_t f = 0; f < cc->nframes; f++)
		if (last_b >= cc->frames[f].start && last_b < cc->frames[f].end)
			return -1;
	int k = judged_word(cc, claim + last_b, last_e - last_b);
	return k >= 0 && cc->judged.w[k].idf > 0 ? k : -1;
}

/*
 * Conflicts a sentence that is not about the claim may still give: counts
 * of things, in the sentence just before or after a window that is about
 * the claim ("Generally, it's about three or more sessions."), and the
 * usual route of giving a drug, in any sentence of a passage read
 * ("Ketamine is typically administered ... through an intravenous (IV)
 * infusion.").
 */
enum { WIDE_COUNTS = 1, WIDE_ROUTES = 2, WIDE_TIMES = 4 };

/* Comparatives of size, sorted. */
static const char *const size_comparatives[] = {
	"bigger", "greater", "higher", "larger", "lower", "smaller",
};

/*
 * Whether claim[from, to) is one comparative of size whose clause says no
 * "than".
 */
static int bare_size(const struct claim_check *cc, const char *claim, size_t from, size_t to)
{
	char w[16];
	if (!lower_word(claim + from, to - from, w, sizeof w) || !IN_LIST(w, size_comparatives))
		return 0;
	int k = clause_at(cc, from);
	size_t start = cc->clause_start[k], end = cc->clause_end[k];
	return !has_word(claim + start, end - start, "than");
}

/*
 * Add to row a conflict of kind between the claim's words cw[0 .. cn) and
 * the bytes [from, to) of passage c, as search.h reports it.  0, or -1
 * (out of memory).
 */
static int add_row_conflict(struct claim_row *row, enum conflict_kind kind, const char *cw,
    size_t cn, const struct fetched *c, size_t from, size_t to, int replaces)
{
	struct search_conflict *sc = &row->conflicts[row->nconflicts];
	char *claim_words = strndup(cw, cn), *source_words = strndup(c->text + from, to - from);
	if (claim_words == NULL || source_words == NULL) {
		free(claim_words);
		free(source_words);
		return -1;
	}
	sc->kind = conflict_kind_name(kind);
	sc->claim_words = claim_words;
	sc->source_words = source_words;
	sc->line = line_at(c, from);
	sc->byte_start = c->byte_start + (int64_t)from;
	sc->byte_end = c->byte_start + (int64_t)to;
	row->replaces[row->nconflicts] = (unsigned char)replaces;
	row->nconflicts++;
	return 0;
}

/* Words that set the thing a quantity is said of apart from the claim's subject.  Sorted. */
static const char *const others_words[] = {
	"conventional", "older", "ordinary", "other", "others", "regular", "standard", "than",
	"traditional", "typical", "usual",
};

#define OTHERS_REACH 8	/* words before a quantity read for others_words */

/*
 * Whether the sentence whose claim words are present[] holds
 * CLAIM_TIME_WORDS of those of the claim's clause at byte at (not counting
 * the quantity's own, claim[at .. to)), and the claim's quantity there is
 * not said of another thing: a span of time in the sentence is said of the
 * same thing ("Ketamine's effects manifest in about 30 minutes to 3 hours"
 * against "effects take about 3 to 6 days").
 */
static int holds_clause_words(const struct claim_check *cc, const char *claim,
    const int *present, size_t at, size_t to)
{
	/* "even where other medications have needed weeks": said of others */
	size_t i = at;
	char w[32];
	for (int k = 0; k < OTHERS_REACH && (i = previous_word(claim, i, w, sizeof w)) != SIZE_MAX;
	    k++)
		if (IN_LIST(w, others_words))
			return 0;
	/* the quantity's own words ("hours") are no sign of the same thing */
	int own[WORDS_MAX] = { 0 };
	mark_scope(cc, own, claim, at, to);
	int k = clause_at(cc, at), held = 0;
	for (int x = 0; x < cc->judged.n; x++)
		held += present[x] && !own[x] && cc->judged.w[x].idf > 0 &&
		    (cc->clauses[x] & 1u << k);
	return held >= CLAIM_TIME_WORDS;
}

/*
 * The conflicts between the claim and sentence [start, end) of passage c,
 * appended to row: those in the claim's clauses; when wide is not 0, only
 * those of its kinds (WIDE_COUNTS, WIDE_ROUTES, WIDE_TIMES: the spans of
 * time of a sentence holding words of the quantity's clause, present[]).
 * 0, or -1 when out of memory.
 */
static int add_conflicts(struct claim_row *row, const char *claim,
    const struct claim_check *cc, const struct fetched *c, size_t start, size_t end,
    unsigned clauses, int wide, const int *present)
{
	struct conflict found[CLAIM_CONFLICTS_MAX];
	size_t room = CLAIM_CONFLICTS_MAX - row->nconflicts;
	if (evidence_is_question(c->text, start, end))
		return 0;	/* a question asserts nothing */
	int n = conflict_find_claim(cc->read, c->text + start, end - start, &cc->lexicon, found,
	    room);
	if (n < 0)
		return -1;
	for (int i = 0; i < n; i++) {
		const struct conflict *f = &found[i];
		if (wide && !((wide & WIDE_COUNTS && f->kind == CONFLICT_NUMBER && f->counted) ||
		    (wide & WIDE_ROUTES && f->usual_route) ||
		    (wide & WIDE_TIMES && f->kind == CONFLICT_NUMBER && f->timed &&
		    present != NULL &&
		    holds_clause_words(cc, claim, present, f->claim_start, f->claim_end))))
			continue;
		/*
		 * A clause alone: only its own details, and no substitution, whose
		 * names ("glutamate receptors" for "NMDA receptors") may be one
		 * kind of the other, which only the rest of a sentence about the
		 * whole claim tells apart.
		 */
		if (clauses != ALL_CLAUSES && (f->kind == CONFLICT_SUBSTITUTION ||
		    !(clauses & 1u << clause_at(cc, f->claim_start))))
			continue;
		/*
		 * nor a size compared with nothing the clause names ("and
		 * higher doses have proven effective there" / "administered
		 * in much smaller doses"): each is measured against its own
		 * use, which the rest of the claim tells
		 */
		if (clauses != ALL_CLAUSES && f->kind == CONFLICT_ANTONYM &&
		    bare_size(cc, claim, f->claim_start, f->claim_end))
			continue;
		/*
		 * A passage that names the claim's thing itself does not put
		 * another in its place: "used as an anesthetic ... this
		 * once-standard medication".
		 */
		if (f->kind == CONFLICT_SUBSTITUTION && f->in_place &&
		    names_claim_word(c, claim + f->claim_start, f->claim_end - f->claim_start))
			continue;
		if (add_row_conflict(row, f->kind, claim + f->claim_start,
		    f->claim_end - f->claim_start, c, start + f->source_start,
		    start + f->source_end, f->replaces) != 0)
			return -1;
	}
	return 0;
}

/*
 * The claim's words in a's best sentence (or window) of text, and where it
 * is: two sentences at most, three for a claim of several clauses ("first
 * made in the 1960s, and it's derived from PCP": "... first synthesized in
 * the 1960s. Its chemical structure ... Derived from phencyclidine, it
 * ...").
 */
static void best_window_presence(const struct claim_check *cc, const struct evidence *a,
    const struct fetched *c, int *present, size_t *start, size_t *end)
{
	int sentences = cc->nclauses > 1 ? 3 : 2;
	if (!evidence_best_window(a, c->text, c->text_len, CLAIM_WINDOW_GAIN, sentences, start,
	    end))
		memset(present, 0, sizeof *present * WORDS_MAX);
	else
		evidence_presence(a, *start, *end, present);
}

/* The share of the claim's known words (idf-weighted) that present[] holds. */
static double known_share(const struct words *ws, const int *present)
{
	double have = 0, all = 0;
	for (int w = 0; w < ws->n; w++) {
		if (ws->w[w].df == 0 || (ws->w[w].optional && !present[w]))
			continue;
		all += ws->w[w].idf;
		have += present[w] ? ws->w[w].idf : 0;
	}
	return all > 0 ? have / all : 0;
}

#define ACRONYM_MAX 6	/* letters of an acronym read as a name's initials */

/*
 * Whether the capitals of w ("FAQ", 2 to ACRONYM_MAX letters, all capitals)
 * are the initials of consecutive words of text ("Frequently Asked
 * Questions"), in any case.
 */
static int initials_in(const char *w, const char *text)
{
	size_t n = strlen(w);
	if (!all_capitals(w, 2, ACRONYM_MAX))
		return 0;
	for (const char *p = text; *p; p++) {
		if (!isalpha((unsigned char)*p) || (p > text && isalnum((unsigned char)p[-1])))
			continue;
		const char *q = p;
		size_t k = 0;
		while (k < n && toupper((unsigned char)*q) == w[k]) {
			k++;
			while (isalnum((unsigned char)*q) || *q == '\'' || *q == '-')
				q++;
			while (*q == ' ')
				q++;
			if (k < n && !isalpha((unsigned char)*q))
				break;
		}
		if (k == n)
			return 1;
	}
	return 0;
}

/*
 * An attribution's names ("the Wellness Drip notes", "according to
 * TelemedicalServices") are said by the source they name: its title,
 * publisher or author, or the section the passage is in ("the FAQ says"
 * under "Frequently Asked Questions", whose initials the acronym is).
 * Sets context[i] for such words.  0, or -1.
 */
static int attribution_presence(struct tokenizer_session *tok, const struct claim_check *cc,
    const struct fetched *c, int *context)
{
	int any = 0;
	for (int w = 0; w < cc->judged.n; w++)
		any |= cc->attributed[w];
	if (!any)
		return 0;
	struct buf b = { 0 };
	buf_printf(&b, "%s\n%s\n%s\n%s", c->title ? c->title : "",
	    c->cite.publisher ? c->cite.publisher : "", c->cite.author ? c->cite.author : "",
	    c->section ? c->section : "");
	if (b.oom)
		return -1;
	struct evidence h = { 0 };
	int rc = evidence_analyse(tok, &cc->judged, b.data, strlen(b.data), &h);
	for (int w = 0; rc == 0 && w < cc->judged.n; w++)
		context[w] |= cc->attributed[w] && (h.present[w] > 0 ||
		    initials_in(cc->judged.w[w].surface, b.data));
	evidence_free(&h);
	buf_free(&b);
	return rc != 0 ? -1 : 0;
}

/*
 * context[i]: whether claim word i is in the passage's section path.  A
 * sentence is read under its headings: "These options are often used for
 * maintenance" under "Nasal Sprays and Oral Treatments" says that nasal
 * sprays are used for maintenance.  The title is not read so: it names
 * what the whole source is about, and lent its words to every sentence it
 * made claims with a wrong detail look supported (eval/README.md).
 * 0, or -1 (out of memory).
 */
static int context_presence(struct tokenizer_session *tok, const struct claim_check *cc,
    const struct fetched *c, int *context)
{
	const struct words *ws = &cc->judged;
	struct evidence h = { 0 };
	memset(context, 0, sizeof *context * WORDS_MAX);
	if (c->section != NULL && c->section[0] != 0) {
		if (evidence_analyse(tok, ws, c->section, strlen(c->section), &h) != 0) {
			evidence_free(&h);
			return -1;
		}
		for (int w = 0; w < ws->n; w++)
			context[w] = h.present[w] > 0;
		evidence_free(&h);
	}
	return attribution_presence(tok, cc, c, context);
}

/*
 * A window that opens with a pronoun ("It can provide rapid relief")
 * speaks of what the sentence before it names: when that sentence holds
 * claim words the window lacks, the window takes it in, so what is shown
 * holds what is matched.
 */
static void take_in_referent(const struct evidence *a, const struct fetched *c,
    size_t *start, size_t end, int *present)
{
	static const char *const pronouns[] = {
		"he", "it", "its", "she", "their", "these", "they", "this",
	};
	char w[16];
	if (!next_word(c->text + *start, c->text_len - *start, w, sizeof w) ||
	    !IN_LIST(w, pronouns))
		return;
	size_t pos = 0, s, e, before_start = 0, before_end = 0;
	while (passage_next_sentence(c->text, c->text_len, &pos, &s, &e) && e <= *start) {
		before_start = s;
		before_end = e;
	}
	if (before_end <= before_start)
		return;
	int before[WORDS_MAX], adds = 0;
	evidence_presence(a, before_start, before_end, before);
	for (int i = 0; i < a->ws->n; i++)
		adds |= !present[i] && before[i] > 0;
	if (!adds)
		return;
	*start = before_start;
	evidence_presence(a, *start, end, present);
}

/*
 * Whether the claim words marked[] are there (those that weigh, when
 * weighing) and present[] has none of them.
 */
/* Whether a weighing word marked[] is not in present[]. */
static int unsaid_in(const struct words *ws, const int *marked, const int *present)
{
	for (int w = 0; w < ws->n; w++)
		if (marked[w] && ws->w[w].idf > 0 && !present[w])
			return 1;
	return 0;
}

static int none_said(const struct words *ws, const int *marked, int weighing, const int *present)
{
	int any = 0;
	for (int w = 0; w < ws->n; w++) {
		if (marked[w] && present[w])
			return 0;
		any |= marked[w] && (!weighing || ws->w[w].idf > 0);
	}
	return any;
}

/*
 * Whether the claim says surface only as what is declined: "rather than
 * come alone", "instead of alone", "not alone".
 */
static int declined(const char *claim, const char *surface)
{
	size_t len = strlen(claim), n = strlen(surface);
	char w[16];
	for (size_t i = 0; i + n <= len; i++) {
		if (!word_at(claim, len, i, surface, n))
			continue;
		if (negated_before(claim, i))
			return 1;
		size_t at = i;
		for (int k = 0; k < 3 && (at = previous_word(claim, at, w, sizeof w)) != SIZE_MAX;
		    k++)
			if (strcmp(w, "instead") == 0 || (strcmp(w, "than") == 0 &&
			    previous_word(claim, at, w, sizeof w) != SIZE_MAX &&
			    strcmp(w, "rather") == 0))
				return 1;
	}
	return 0;
}

/*
 * Whether surface is "alone" said of a thing before its predicate ("the
 * cost alone can be prohibitive"): "only", no one being by themselves.
 */
static int alone_as_only(const char *claim, const char *surface)
{
	size_t len = strlen(claim);
	char w[16];
	if (strcasecmp(surface, "alone") != 0)
		return 0;
	for (size_t i = 0; i + 5 <= len; i++)
		if (word_at(claim, len, i, "alone", 5) && next_word(claim + i + 5, len - i - 5, w,
		    sizeof w) && IN_LIST(w, predicate_openers))
			return 1;
	return 0;
}

#define DENIED_AFTER_REACH 2	/* words between a claim word and the denial joined after it */

/*
 * Whether the claim asserts surface and then denies something else, joined
 * after it: "show up solo and not bring anybody", "better to go alone,
 * no need to come with someone".  Its denial says nothing of surface.
 */
static int denial_joined_after(const char *claim, const char *surface)
{
	size_t len = strlen(claim), n = strlen(surface);
	char w[16];
	for (size_t i = 0; i + n <= len; i++) {
		if (!word_at(claim, len, i, surface, n))
			continue;
		size_t k = i + n;
		for (int words = 0; words <= DENIED_AFTER_REACH && k < len; words++) {
			while (k < len && claim[k] == ' ')
				k++;
			if (k == len || strchr(".!?", claim[k]) != NULL)
				break;
			int joined = claim[k] == ',' || claim[k] == ';';
			size_t dash = interrupting_dash(claim, len, k);	/* "alone — no need" */
			if (dash > 0)
				joined = 1, k += dash;
			else if (joined)
				k++;
			else if (word_at(claim, len, k, "and", 3))
				joined = 1, k += 3;
			if (joined && next_word(claim + k, len - k, w, sizeof w) &&
			    (is_negator_word(w) || strcmp(w, "no") == 0 || strcmp(w, "don") == 0))
				return 1;
			k += past_first_word(claim + k, len - k);
		}
	}
	return 0;
}

/* Whether a passage's text opens with the answer "No" ("No. It is better to ..."). */
static int answers_no(const char *text)
{
	return strncmp(text, "No", 2) == 0 && text[2] != '\0' && strchr(".,!", text[2]) != NULL;
}

#define DENIAL_SAID_IDF 0.5	/* weight of a word that tells a sentence speaks of a denial */

/*
 * Whether the sentence whose claim words are present[] says a word of
 * the claim's denying sentence that weighs: the claim's "not" is read
 * where the sentence speaks of what it denies (always, in a claim of one
 * sentence).
 */
static int denial_said(const struct claim_check *cc, const int *present)
{
	if (!cc->denial_apart)
		return 1;
	for (int w = 0; w < cc->judged.n; w++)
		if (cc->denying_sentence[w] && present[w] &&
		    cc->judged.w[w].idf >= DENIAL_SAID_IDF)
			return 1;
	return 0;
}

/*
 * Whether every token of passage[from, end) that states judged word w is
 * a word that denies by its sense (denying_words) met as w's kin, not as
 * what states w's denial (denied_as): "temporary" stating "wear" ("wears
 * off"), not "temporary" stating the denial of "last".
 */
static int said_only_by_denial(const struct claim_check *cc, const struct evidence *a,
    const char *passage, size_t from, size_t end, int w)
{
	int said = 0;
	for (size_t h = 0; h < a->nhits; h++) {
		const struct evidence_hit *hit = &a->hits[h];
		char token[32];
		if (hit->word != w || hit->start < from || hit->end > end)
			continue;
		if (cc->denial_from[w] >= 0 && hit->stem >= cc->denial_from[w])
			return 0;
		if (!lower_word(passage + hit->start, hit->end - hit->start, token, sizeof token) ||
		    !IN_LIST(token, denying_words))
			return 0;
		said = 1;
	}
	return said;
}

/*
 * How many of the claim's details passage[from .. end), whose claim words
 * are present[] (a: the passage's evidence), does not say: its direction
 * words ("raises": said by itself, a kin word, one of its class or a
 * comparative, compared_so), what "only" speaks of when no passage holds
 * it, what an approval is for, a time, a denial, and its absolute words
 * ("always"), each of the last two then added to row's missing words when
 * row is not NULL.
 */
static int unsaid_details(const struct claim_check *cc, const struct evidence *a,
    const char *passage, size_t from, size_t end, const int *present, struct claim_row *row)
{
	const struct words *ws = &cc->judged;
	const char *text = passage + from;
	size_t len = end - from;
	int unsaid = 0;
	/* a frame's direction word ("lore drop:") is no direction the claim gives */
	for (int w = 0; w < ws->n; w++)
		unsaid += (cc->direction[w] && !present[w] && !ws->w[w].optional &&
		    !direction_said(ws, w, text, len) &&
		    !compared_so(ws, w, a, passage, from, end)) ||
		    (cc->sole_scope[w] && !present[w] && ws->w[w].idf > 0 && ws->w[w].df == 0);
	/*
	 * a span of time the claim gives without a number ("until they've
	 * had months of infusions"), unsaid
	 */
	for (int w = 0; w < ws->n; w++)
		unsaid += cc->span[w] && !present[w] && !ws->w[w].optional && ws->w[w].idf > 0;
	/* an approval's purpose, none of whose words the sentence says */
	unsaid += none_said(ws, cc->purpose_scope, 1, present);
	/*
	 * a name the claim attributes it to ("the Haven Detox notes"), said
	 * neither by the sentence nor by the source's title or publisher:
	 * another source said it
	 */
	unsaid += none_said(ws, cc->attributed, 0, present);
	/*
	 * what the claim gives a thing with, unsaid: "together with an oral
	 * antidepressant", "alongside an antidepressant tablet" (every word:
	 * "oral tablets" does not say an antidepressant one)
	 */
	unsaid += unsaid_in(ws, cc->companion_scope, present);
	/*
	 * a sentence that gives no time does not say "for several years" (a
	 * claim of one or two clauses: a longer one's time may be in a clause
	 * another sentence says)
	 */
	unsaid += cc->nclauses <= CLAIM_TIME_CLAUSES &&
	    conflict_claim_quantities_said(cc->read, text, len) == 0;
	/*
	 * a "not" unsaid; "not the same" is said by a variation too; a
	 * word that denies by its sense ("treatment-resistant" beside
	 * "improve") says the claim's denial only where the word the claim
	 * denies is said too ("doesn't help")
	 */
	int denial = says_denial(text, len, cc->denied_comparison);
	/*
	 * "poses no barrier" is not said by "posing a barrier": the word
	 * the claim denies is no denial the source makes
	 */
	if (denial == 2 && cc->read_text != NULL && (!denies_beyond(text, len, cc->read_text) ||
	    denies_trouble(cc->read_text)))
		denial = 0;
	/*
	 * "do not wear off" is not said by "temporary", the word the denied
	 * "wear" meets as kin: that word states what the claim denies
	 */
	if (denial == 2 && cc->negated && cc->negated_head >= 0 &&
	    said_only_by_denial(cc, a, passage, from, end, cc->negated_head))
		denial = 0;
	/* "isn't a new drug" is said by "first synthesized in the 1960s" */
	if (denial == 0 && cc->negated && cc->negated_head >= 0 &&
	    words_in_list(cc->judged.w[cc->negated_head].stems[0], newness_stems,
	    NP(newness_stems)) && says_past_year(text, len))
		denial = 1;
	/*
	 * "The benefit doesn't last - the effects are temporary": the
	 * claim's own word that states its denial ("temporary" for a denied
	 * "last") says it where the sentence says that word
	 */
	if (denial == 0 && cc->negated && restated_denial(cc, present))
		denial = 1;
	/*
	 * "Don't go alone" is said by a passage that answers its heading's
	 * question "No" ("Should I come for the treatment alone?" / "No. It
	 * is better to come with someone."), the word it declines there
	 */
	if (denial == 0 && cc->negated && cc->read_text != NULL && answers_no(passage)) {
		for (int w = 0; w < ws->n && denial == 0; w++)
			denial = present[w] && ws->w[w].idf > 0 &&
			    declined(cc->read_text, ws->w[w].surface);
	}
	/*
	 * "Don't skip sessions" is said by "skipping sessions may slow
	 * recovery": the deed it forbids, and harm
	 */
	if (denial == 0 && cc->imperative && cc->negated_head >= 0 && present[cc->negated_head] &&
	    says_any(text, len, harm_words, NP(harm_words)))
		denial = 1;
	/*
	 * "Don't bail on sessions, because skipping them can slow down your
	 * recovery": advice that gives its own reason, a harm the sentence
	 * says too
	 */
	if (denial == 0 && cc->harm_reason && says_any(text, len, harm_words, NP(harm_words)))
		denial = 1;
	/*
	 * "even when the usual treatments didn't do the job" is said by
	 * "even in cases resistant to traditional treatments"
	 */
	if (denial == 2 && cc->others_failed &&
	    says_any(text, len, resisting_words, NP(resisting_words)))
		denial = 1;
	if ((cc->negated || cc->unlike) && denial_said(cc, present) &&
	    (denial == 0 || (denial == 2 && cc->negated && cc->negated_head >= 0 &&
	    !present[cc->negated_head])) &&
	    (cc->negated || !says_any(text, len, varying_words, NP(varying_words))) &&
	    !(cc->negated_degree && says_any(text, len, lesser_words, NP(lesser_words)))) {
		unsaid++;
		if (row != NULL && row->nmissing < WORDS_MAX)
			row->missing[row->nmissing++] = "not";
	}
	for (size_t k = 0; k < cc->nabsolutes; k++) {
		if (has_absolute(text, len, cc->absolutes[k]))
			continue;
		unsaid++;
		if (row != NULL && row->nmissing < WORDS_MAX)
			row->missing[row->nmissing++] = cc->absolutes[k];
	}
	return unsaid;
}

/* One passage of a source read against the claim. */
struct reading {
	struct fetched c;
	struct evidence a;
	struct rank_explain x;
	int present[WORDS_MAX];		/* in the best sentence */
	size_t start, end;		/* the best sentence, bytes in c.text */
	size_t own_start;		/* start before the window took in a referent */
	double coverage, passage_coverage;
	int context[WORDS_MAX];		/* claim words in the passage's headings */
	/* its sentence covers enough, says two weighing words and the claim's details */
	int says_details;
};

static void reading_free(struct reading *rd)
{
	fetched_free(&rd->c);
	evidence_free(&rd->a);
}

/* How many of the claim's weighing words present[] has that the sentences say, not the headings. */
static int own_words(const struct claim_check *cc, const int *present, const int *context)
{
	int own = 0;
	for (int w = 0; w < cc->judged.n; w++)
		own += cc->judged.w[w].idf > 0 && present[w] > context[w];
	return own;
}

/*
 * A best window that does not say the claim's details gives way to the
 * sentence of the passage that says them and covers the claim best, when
 * that covers enough for support: "By enhancing BDNF levels, ketamine ..."
 * says "Ketamine raises BDNF levels", "The combined action on NMDA
 * receptors and BDNF levels ..." (as much of its words) does not.
 * 1 when it gave way (the window read then says the details), else 0.
 */
static int prefer_detailed_sentence(const struct claim_check *cc, struct reading *rd)
{
	size_t pos = 0, start, end, prev_start = 0, prev_end = 0;
	int have_prev = 0, found = 0;
	double best = 0, first = rd->coverage;
	while (passage_next_sentence(rd->c.text, rd->c.text_len, &pos, &start, &end)) {
		int asks = evidence_is_question(rd->c.text, start, end);
		/* the sentence alone, then with the one before when it goes on from it */
		for (int two = 0; two < 2 && !asks; two++) {
			size_t from = two ? prev_start : start;
			if (two && !(have_prev && evidence_continues(rd->c.text, prev_start, prev_end,
			    start, end)))
				break;
			int present[WORDS_MAX];
			evidence_presence(&rd->a, from, end, present);
			for (int w = 0; w < cc->judged.n; w++)
				present[w] += rd->context[w];
			double coverage = evidence_coverage(&cc->judged, present);
			/*
			 * two sentences must say more of the claim than the first
			 * window did, three weighing words of it at least
			 */
			if (coverage < VERDICT_SUPPORTED_MIN || coverage <= best ||
			    (two && (coverage <= first + 1e-9 ||
			    own_words(cc, present, rd->context) < 3)) ||
			    unsaid_details(cc, &rd->a, rd->c.text, from, end, present, NULL) > 0)
				continue;
			found = 1;
			best = coverage;
			rd->start = rd->own_start = from;
			rd->end = end;
			memcpy(rd->present, present, sizeof present);
			rd->coverage = coverage;
		}
		have_prev = !asks;
		prev_start = start;
		prev_end = end;
	}
	return found;
}

/*
 * The weighing claim word that the passage's heading asks about when the
 * passage answers it "No" ("Should I come for the treatment alone?" /
 * "No. It is better to come with someone."), or -1: a rare word
 * (CLAIM_HEADING_DENIED_IDF) only the heading says, outside the claim's
 * own denial ("Come alone. No need to bring anybody." asserts "alone").
 * context[]: the claim words in the headings; a: the passage's.
 */
static int denied_heading(const struct claim_check *cc, const char *in_claim,
    const struct fetched *c, const struct evidence *a, const int *context)
{
	const char *h = c->section;
	size_t n = h != NULL ? strlen(h) : 0;
	while (n > 0 && h[n - 1] == ' ')
		n--;
	if (n == 0 || h[n - 1] != '?' || c->text_len < 3 || !answers_no(c->text))
		return -1;
	for (int w = 0; w < cc->judged.n; w++)
		if (context[w] && !a->present[w] && !cc->attributed[w] &&
		    !cc->judged.w[w].optional &&
		    (!cc->negated || (cc->denial_apart && !cc->denying_sentence[w]) ||
		    denial_joined_after(in_claim, cc->judged.w[w].surface)) &&
		    cc->judged.w[w].idf >= CLAIM_HEADING_DENIED_IDF &&
		    !declined(in_claim, cc->judged.w[w].surface) &&
		    !alone_as_only(in_claim, cc->judged.w[w].surface))
			return w;
	return -1;
}

/* Words that liken one thing to another, as prefixes of a claim's words ("likened"). */
static const char *const likening_stems[] = {
	"akin", "alike", "analog", "compar", "echo", "equivalent", "lik", "mimic", "mirror",
	"parallel", "reminisc", "resembl", "same", "similar", "unlik",
};
/* A source's likening words, whose object follows "to", "of" or "with" ("similar effects to"). */
static const char *const likening_markers[] = {
	"akin", "analogous", "comparable", "equivalent", "reminiscent", "similar",
};
#define LIKENED_REACH 3	/* words from a likening word to its "to" ("similar effects to") */
#define LIKENED_SPANS 4	/* likened things a window is read for */

/* Whether the claim likens anything (a word that starts with a likening_stems entry). */
static int claim_likens(const char *claim)
{
	size_t len = strlen(claim);
	char w[32];
	for (size_t i = 0; i < len;) {
		size_t j = word_end(claim, len, i);
		if (j == i) {
			i++;
			continue;
		}
		if (lower_word(claim + i, j - i, w, sizeof w))
			for (size_t k = 0; k < NP(likening_stems); k++)
				if (strncmp(w, likening_stems[k], strlen(likening_stems[k])) == 0)
					return 1;
		i = j;
	}
	return 0;
}

/*
 * What a source likens a thing to is its standard, not its subject: "The
 * drug ketamine interacts with neurons, triggering similar effects to
 * electroconvulsive therapy" says nothing of what electroconvulsive
 * therapy is or how it is done.  For a claim that likens nothing and
 * meets the window's subject, a word the window text[start, end) holds
 * only after a likening word's "to", "of" or "with" (to the clause's
 * end) is not present.
 */
static void drop_likened(const struct claim_check *cc, const struct evidence *a,
    const char *text, size_t start, size_t end, int *present)
{
	size_t from[LIKENED_SPANS], to[LIKENED_SPANS], nspans = 0;
	char w[32];
	for (size_t i = start; i < end && nspans < LIKENED_SPANS;) {
		size_t j = word_end(text, end, i);
		if (j == i) {
			i++;
			continue;
		}
		size_t k = j;
		if (lower_word(text + i, j - i, w, sizeof w) && IN_LIST(w, likening_markers)) {
			/* past "to", "of", "with" ("resembles the CCR7 ligand" names one) */
			int open = 0;
			for (int n = 0; !open && n < LIKENED_REACH && k < end; n++) {
				while (k < end && !is_word_byte(text[k]) && !strchr(",.;:", text[k]))
					k++;
				size_t e = word_end(text, end, k);
				if (e == k)
					break;
				open = lower_word(text + k, e - k, w, sizeof w) &&
				    (strcmp(w, "to") == 0 || strcmp(w, "of") == 0 ||
				    strcmp(w, "with") == 0);
				k = e;
			}
			if (open) {
				size_t e = k;
				while (e < end && !strchr(",.;:", text[e]))
					e++;
				from[nspans] = k;
				to[nspans++] = e;
				j = e;
			}
		}
		i = j;
	}
	if (nspans == 0 || cc->likens)
		return;
	int only_inside[WORDS_MAX] = { 0 }, subject = 0;
	for (int x = 0; x < cc->judged.n; x++) {
		int outside = 0, inside = 0;
		for (size_t h = 0; h < a->nhits; h++) {
			const struct evidence_hit *e = &a->hits[h];
			if (e->word != x || e->start < start || e->end > end)
				continue;
			int in = 0;
			for (size_t s = 0; s < nspans; s++)
				in |= e->start >= from[s] && e->end <= to[s];
			inside += in;
			outside += !in;
		}
		only_inside[x] = inside && !outside;
		subject |= outside && cc->judged.w[x].idf > 0;
	}
	/*
	 * only when the claim speaks of the source's subject too: "CCL19 is
	 * a ligand for CCR7" is what "resembles the second CCR7 ligand,
	 * CCL19," says of CCL19
	 */
	for (int x = 0; subject && x < cc->judged.n; x++)
		if (only_inside[x])
			present[x] = 0;
}

/* How much of the claim rd's passage and its headings say. */
static double passage_coverage(const struct claim_check *cc, const struct reading *rd)
{
	int passage[WORDS_MAX];
	for (int w = 0; w < cc->judged.n; w++)
		passage[w] = rd->a.present[w] + rd->context[w];
	return evidence_coverage(&cc->judged, passage);
}

/*
 * Read passage `row` (ranked) into rd.  Returns 0, 1 when the passage is
 * gone since ranking, or -1 (out of memory, tokenizer error).
 */
static int read_passage(const struct claim_input *in, const struct claim_check *cc,
    const struct ranked *row, struct reading *rd)
{
	struct rank_params rp = in->pl->rp;
	memset(rd, 0, sizeof *rd);
	rp.explain = in->explain ? &rd->x : NULL;
	if (fetch_row(in->fetch, row->id, row->score, in->pl->expr.data, &rp, 0, NULL, &rd->c) != 0)
		return 1;
	if (evidence_analyse(in->tok, &cc->judged, rd->c.text, rd->c.text_len, &rd->a) != 0) {
		reading_free(rd);
		return -1;
	}
	int *context = rd->context;
	if (context_presence(in->tok, cc, &rd->c, context) != 0) {
		reading_free(rd);
		return -1;
	}
	best_window_presence(cc, &rd->a, &rd->c, rd->present, &rd->start, &rd->end);
	rd->own_start = rd->start;
	if (rd->end > rd->start)
		take_in_referent(&rd->a, &rd->c, &rd->start, rd->end, rd->present);
	drop_likened(cc, &rd->a, rd->c.text, rd->start, rd->end, rd->present);
	for (int w = 0; w < cc->judged.n; w++)
		rd->present[w] += context[w];
	rd->passage_coverage = passage_coverage(cc, rd);
	rd->coverage = evidence_coverage(&cc->judged, rd->present);
	int unsaid = rd->end > rd->start ? unsaid_details(cc, &rd->a, rd->c.text, rd->start,
	    rd->end, rd->present, NULL) : 0;
	if (unsaid > 0 && prefer_detailed_sentence(cc, rd))
		unsaid = 0;
	rd->says_details = rd->end > rd->start && rd->coverage >= VERDICT_SUPPORTED_MIN &&
	    own_words(cc, rd->present, context) >= 2 && unsaid == 0;
	return 0;
}

/*
 * The conflicts of sentence [start, end) of rd, whose claim words are
 * present[]: all of them when it is about the claim, else those in the
 * clauses it is about, and in the others those of the wide kinds.  0, or
 * -1.
 */
static int sentence_conflicts(const struct claim_check *cc, struct claim_row *row,
    const char *claim, const struct reading *rd, size_t start, size_t end, const int *present,
    int wide)
{
	if (known_share(&cc->judged, present) >= CLAIM_ABOUT_MIN)
		return add_conflicts(row, claim, cc, &rd->c, start, end, ALL_CLAUSES, 0, NULL);
	unsigned about = 0;
	for (int k = 0; cc->nclauses > 1 && k < cc->nclauses; k++)
		if (about_clause(cc, present, k))
			about |= 1u << k;
	if (about && add_conflicts(row, claim, cc, &rd->c, start, end, about, 0, NULL) != 0)
		return -1;
	return wide ? add_conflicts(row, claim, cc, &rd->c, start, end, ~about, wide, present) : 0;
}

/*
 * Whether text[start, end) goes on about the sentence before it: it opens
 * with "This" or "These" ("This mood-regulating chemical is known as
 * Glutamate.").
 */
static int goes_on(const char *text, size_t start, size_t end)
{
	char w[16];
	return next_word(text + start, end - start, w, sizeof w) &&
	    (strcmp(w, "this") == 0 || strcmp(w, "these") == 0);
}

/*
 * The conflicts of passage rd with the claim: in its best window, in the
 * sentence after it when that goes on about it (goes_on: what the window
 * calls "a chemical" it may name there), and in every other sentence of
 * it that is about the claim by itself (most of what the index could
 * match is in the sentence; its headings do not count here, or
 * "antidepressants take weeks" under "How Ketamine Alleviates PTSD
 * Symptoms" would disagree with "relieves symptoms within hours"), and
 * in the others those of the wide kinds (WIDE_COUNTS, WIDE_ROUTES,
 * WIDE_TIMES).  0, or -1.
 */
static int add_passage_conflicts(const struct claim_check *cc, struct claim_row *row,
    const char *claim, const struct reading *rd)
{
	/* the heading's question answered "No": the claim asserts what it denies */
	int denied = row->nconflicts >= CLAIM_CONFLICTS_MAX ? -1 :
	    denied_heading(cc, claim, &rd->c, &rd->a, rd->context);
	if (denied >= 0) {
		const char *w = cc->judged.w[denied].surface;
		if (add_row_conflict(row, CONFLICT_NEGATION, w, strlen(w), &rd->c, 0, 2, 0) != 0)
			return -1;
	}
	int about = rd->end > rd->own_start &&
	    known_share(&cc->judged, rd->present) >= CLAIM_ABOUT_MIN;
	if (rd->end > rd->own_start &&
	    sentence_conflicts(cc, row, claim, rd, rd->own_start, rd->end, rd->present,
	    WIDE_ROUTES | WIDE_TIMES) != 0)
		return -1;
	/*
	 * the sentence before the window, and before the referent it took
	 * in ("Generally, it's about three or more sessions. However, the
	 * number varies ... It depends on ...")
	 */
	size_t pos = 0, start, end, before = SIZE_MAX, before_shown = SIZE_MAX;
	while (about && passage_next_sentence(rd->c.text, rd->c.text_len, &pos, &start, &end) &&
	    end <= rd->own_start) {
		before = start;
		if (end <= rd->start)
			before_shown = start;
	}
	pos = 0;
	int next = 1;
	while (passage_next_sentence(rd->c.text, rd->c.text_len, &pos, &start, &end)) {
		int present[WORDS_MAX], beside = start == before || start == before_shown;
		if (start >= rd->own_start && end <= rd->end)
			continue;	/* in the window: done above */
		if (about && next && start >= rd->end) {
			next = 0;
			beside = 1;
			if (goes_on(rd->c.text, start, end)) {
				if (add_conflicts(row, claim, cc, &rd->c, start, end, ALL_CLAUSES,
				    0, NULL) != 0)
					return -1;
				continue;
			}
		}
		evidence_presence(&rd->a, start, end, present);
		if (sentence_conflicts(cc, row, claim, rd, start, end, present,
		    (beside ? WIDE_COUNTS : 0) | WIDE_ROUTES | WIDE_TIMES) != 0)
			return -1;
	}
	return 0;
}

static int is_shown(const struct claim_input *in, int64_t id)
{
	for (size_t i = 0; i < in->nshown; i++)
		if (in->shown[i]->id == id)
			return 1;
	return 0;
}

/*
 * Drop the row's number and substitution conflicts found outside the
 * shown sentence rd when that sentence states the claim's quantity or
 * names the claim's thing as the claim does: "Within an hour of
 * administration, the recipient ... will begin to encounter some
 * improvement" backs "improvement begins within an hour"; "take it
 * repeatedly for several days or weeks before the total cure" in the next
 * passage is about something else.  "it activates another receptor called
 * AMPA" backs "activates a receptor called AMPA"; the sentence before it,
 * "a particular receptor in the brain named NMDA", names another one.
 */
static void drop_restated(struct claim_row *row, const struct reading *rd)
{
	const char *number = conflict_kind_name(CONFLICT_NUMBER);
	const char *substitution = conflict_kind_name(CONFLICT_SUBSTITUTION);
	int64_t from = rd->c.byte_start + (int64_t)rd->own_start;
	int64_t to = rd->c.byte_start + (int64_t)rd->end;
	size_t kept = 0;
	for (size_t k = 0; k < row->nconflicts; k++) {
		struct search_conflict *sc = &row->conflicts[k];
		char lower[64];
		size_t n = strlen(sc->claim_words);
		int restated = (strcmp(sc->kind, number) == 0 ||
		    strcmp(sc->kind, substitution) == 0) && rd->end > rd->own_start &&
		    (sc->byte_end <= from || sc->byte_start >= to) && n < sizeof lower;
		for (size_t i = 0; restated && i <= n; i++)
			lower[i] = (char)tolower((unsigned char)sc->claim_words[i]);
		if (restated && has_word(rd->c.text + rd->own_start, rd->end - rd->own_start,
		    lower)) {
			free((char *)sc->claim_words);
			free((char *)sc->source_words);
			continue;
		}
		row->replaces[kept] = row->replaces[k];
		row->conflicts[kept++] = *sc;
	}
	row->nconflicts = kept;
}

/*
 * A source is also named by what its text says: "the Massachusetts
 * article" is the one whose passages speak of Massachusetts.  An
 * attributed word (a name the claim is attributed to) that one of the
 * source's passages read holds is said, for the best reading, as its
 * headings' words are.  named[w]: a passage read holds attributed word w.
 */
static void attributed_in_body(const struct claim_check *cc, struct reading *best,
    const int *named)
{
	int more = 0;
	for (int w = 0; w < cc->judged.n; w++)
		if (named[w] && !best->present[w]) {
			best->context[w] = 1;
			best->present[w] = 1;
			more = 1;
		}
	if (more) {
		best->coverage = evidence_coverage(&cc->judged, best->present);
		best->passage_coverage = passage_coverage(cc, best);
	}
}

/*
 * The source of shown row i: its shown passage and up to
 * CLAIM_PASSAGES - 1 more of its passages among the candidates that no
 * other row shows, best ranked first.  The row shows the one whose best
 * sentence covers the claim best (the shown passage on ties); conflicts
 * are gathered from every sentence that is about the claim.  0, or -1.
 */
static int read_source(const struct claim_input *in, struct claim_check *cc,
    const struct ranked *shown, struct claim_row *row, struct reading *best)
{
	int have = 0, looked = 0, named[WORDS_MAX] = { 0 };
	for (size_t i = 0; looked < CLAIM_PASSAGES && (i == 0 || i <= in->nall); i++) {
		const struct ranked *r = i == 0 ? shown : &in->all[i - 1];
		if (i > 0 && (r->source_id != shown->source_id || is_shown(in, r->id)))
			continue;
		looked++;
		struct reading rd;
		int rc = read_passage(in, cc, r, &rd);
		if (rc < 0)
			return -1;
		if (rc > 0)
			continue;
		if (add_passage_conflicts(cc, row, in->claim, &rd) != 0) {
			reading_free(&rd);
			return -1;
		}
		for (int w = 0; w < cc->judged.n; w++)
			named[w] |= cc->attributed[w] && rd.a.present[w] > 0;
		/*
		 * a sentence that says the claim's details ("must", "raises")
		 * before one that covers more words without them
		 */
		if (!have || rd.says_details > best->says_details ||
		    (rd.says_details == best->says_details && rd.coverage > best->coverage)) {
			if (have)
				reading_free(best);
			*best = rd;
			have = 1;
		} else {
			reading_free(&rd);
		}
	}
	if (have) {
		attributed_in_body(cc, best, named);
		drop_restated(row, best);
	}
	return have ? 0 : -1;
}

/*
 * The words of text[start, end) that state word w, when kin or a synonym
 * states it there and not the word itself ("directly" for "straight"):
 * *out malloc'd, several joined by "/"; else NULL.  0, or -1 out of memory.
 */
static int kin_match(const struct evidence *a, const char *text, size_t start, size_t end,
    int w, char **out)
{
	struct buf b = { 0 };
	*out = NULL;
	for (size_t h = 0; h < a->nhits; h++) {
		const struct evidence_hit *x = &a->hits[h];
		if (x->word != w || x->start < start || x->end > end)
			continue;
		if (!x->kin) {
			buf_free(&b);
			return 0;	/* the word itself is there */
		}
		if (b.len)
			buf_append(&b, "/", 1);
		buf_append(&b, text + x->start, x->end - x->start);
	}
	if (b.oom) {
		buf_free(&b);
		return -1;
	}
	*out = b.data;
	return 0;
}

/*
 * Whether text[start .. end) says claim word w, the noun surface, as a
 * noun: the word itself or its plural, or one of its kin, not another
 * word of its stem ("stimulates" does not say "a stimulant").
 */
static int says_noun(const struct evidence *a, const char *text, size_t start, size_t end,
    int w, const char *surface)
{
	size_t n = strlen(surface);
	for (size_t h = 0; h < a->nhits; h++) {
		const struct evidence_hit *x = &a->hits[h];
		if (x->word != w || x->start < start || x->end > end)
			continue;
		size_t m = x->end - x->start;
		const char *t = text + x->start;
		if (x->kin)
			return 1;
		if (m >= n && strncasecmp(t, surface, n) == 0 &&
		    (m == n || (m == n + 1 && (t[n] == 's' || t[n] == 'S')) ||
		    (m == n + 2 && strncasecmp(t + n, "es", 2) == 0)))
			return 1;
		if (m + 1 == n && tolower((unsigned char)surface[m]) == 's' &&
		    strncasecmp(t, surface, m) == 0)
			return 1;	/* the claim's plural, the source's singular */
	}
	return 0;
}

/* Read and judge shown row i. */
static int check_row(const struct claim_input *in, struct claim_check *cc, size_t i)
{
	struct claim_row *row = &cc->rows[i];
	const struct words *ws = &cc->judged;
	struct reading best;

	if (read_source(in, cc, in->shown[i], row, &best) != 0)
		return -1;
	row->c = best.c;
	row->c.score = in->shown[i]->score;	/* the source's, as ranked */
	row->a = best.a;
	row->x = best.x;
	row->a.ws = ws;
	memcpy(row->present, best.present, sizeof row->present);
	row->sent_start = best.start;
	row->sent_end = best.end;
	row->has_sentence = best.end > best.start;
	row->ve.sentence_coverage = best.coverage;
	row->ve.passage_coverage = best.passage_coverage;
	double weight = 0;	/* of the words that weigh in this row */
	for (int w = 0; w < ws->n; w++) {
		if (row->present[w] > best.context[w]) {
			if (kin_match(&row->a, row->c.text, row->sent_start, row->sent_end, w,
			    &row->matched_as[row->nmatched]) != 0)
				return -1;
			row->matched[row->nmatched++] = ws->w[w].surface;
		}
		else if (!row->present[w])
			row->missing[row->nmissing++] = ws->w[w].surface;
		if (ws->w[w].idf > 0 && (!ws->w[w].optional || row->present[w])) {
			row->ve.words++;
			row->ve.words_present += row->present[w] > 0;
			weight += ws->w[w].idf;
		}
		row->ve.absolutes_missing += !row->present[w] &&
		    (cc->unknown_name[w] || cc->share[w]);
	}
	/*
	 * words that nearly every passage holds ("Ketamine.", "It's ketamine
	 * therapy.") state nothing a source could support
	 */
	row->ve.absolutes_missing += weight < CLAIM_STATED_WEIGHT_MIN;
	/*
	 * a word in no source that carries most of the claim's weight is
	 * what the claim is about ("Nystagmus common during infusion"): the
	 * rest, said, does not state it
	 */
	for (int w = 0; w < ws->n; w++)
		row->ve.absolutes_missing += !row->present[w] && ws->w[w].df == 0 &&
		    !ws->w[w].optional && ws->w[w].idf > CLAIM_UNKNOWN_SHARE_MAX * weight;

	const char *said = row->c.text + row->sent_start;
	size_t said_len = row->has_sentence ? row->sent_end - row->sent_start : 0;
	if (row->has_sentence &&
	    (row->marked = evidence_mark(&row->a, row->c.text, row->sent_start,
	    row->sent_end)) == NULL)
		return -1;
	/*
	 * Evidence that states a comparing clause's other words ("ketamine
	 * has proven effective") but not what it compares with ("than
	 * electroconvulsive therapy") does not state the comparison.
	 */
	if (cc->ncompared > 0) {
		int named = 0, in_std = 0, has_std = 0, compares = 0, want[WORDS_MAX] = { 0 };
		for (int w = 0; w < ws->n; w++) {
			want[w] = cc->compared_with[w] && row->present[w];
			named |= want[w];
			compares |= !cc->compared_with[w] && row->present[w] &&
			    ws->w[w].idf > 0 && (cc->clauses[w] & cc->comparing);
		}
		if (named && row->has_sentence)
			in_std = said_in_standard(&row->a, row->c.text, row->sent_start,
			    row->sent_end, want,
			    cc->origin_only ? origin_markers : standard_markers,
			    cc->origin_only ? NP(origin_markers) : NP(standard_markers), &has_std);
		/*
		 * A sentence that names what it compares with must name the
		 * claim's there ("sets it apart from traditional antidepressants"
		 * does not say antidepressants are faster than ketamine).
		 */
		row->ve.absolutes_missing += compares && (!named || (has_std && !in_std) ||
		    (cc->origin_only ? !says_any(said, said_len, origin_words, NP(origin_words)) :
		    !says_any(said, said_len, comparison_words, NP(comparison_words))));
	}
	row->ve.absolutes_missing += unsaid_details(cc, &row->a, row->c.text, row->sent_start,
	    row->has_sentence ? row->sent_end : row->sent_start, row->present, row);
	/* a sentence that does not say what the claim says its subject is */
	row->ve.absolutes_missing += cc->predicate >= 0 && (!row->present[cc->predicate] ||
	    !says_noun(&row->a, row->c.text, row->sent_start, row->sent_end,
	    cc->predicate, ws->w[cc->predicate].surface));
	row->ve.conflicts = (int)row->nconflicts;
	for (size_t k = 0; k < row->nconflicts; k++)
		row->ve.other_names += strcmp(row->conflicts[k].kind,
		    conflict_kind_name(CONFLICT_SUBSTITUTION)) == 0 && !row->replaces[k] &&
		    !in_exclusive_scope(cc, in->claim, row->conflicts[k].claim_words);
	row->support = verdict_of_evidence(&row->ve);
	return 0;
}

/*
 * Whether the claim asks rather than states: a "?" or an opening
 * question word ("what similarity laws must be obeyed ...").
 */
static int asks_question(const char *claim)
{
	static const char *const askers[] = {
		"are", "can", "could", "did", "do", "does", "how", "is", "should", "what", "when",
		"where", "which", "who", "whom", "why", "will", "would",
	};
	char first[16];
	return strchr(claim, '?') != NULL ||
	    (next_word(claim, strlen(claim), first, sizeof first) && IN_LIST(first, askers));
}

int claim_check_run(const struct claim_input *in, struct claim_check **out)
{
	struct claim_check *cc = calloc(1, sizeof *cc);
	struct verdict_evidence *ve = NULL;
	*out = NULL;
	if (cc == NULL)
		return -1;
	cc->companion = -1;
	cc->negated_head = -1;
	cc->nframes = frame_find(in->claim, strlen(in->claim), cc->frames, FRAME_MAX);
	if (in->thesaurus != NULL) {	/* what conflicts know of words beyond their lists */
		cc->lexicon.is_term = is_term;
		cc->lexicon.opposites = opposites;
		cc->lexicon.different_kinds = different_kinds;
		cc->lexicon.knows = knows;
		cc->thesaurus = in->thesaurus;
		memset(cc->term_memo, 0xff, sizeof cc->term_memo);	/* every slot empty */
		cc->lexicon.ctx = cc;
	}
	if (judge_words(cc, in) != 0 || blank_frames(cc, in->claim) != 0 ||
	    conflict_claim_new_in(cc->read_text, strlen(in->claim), &cc->lexicon,
	    &cc->read) != 0)
		goto fail;
	split_clauses(cc, in->claim);
	cc->harm_reason = cc->imperative && says_harm(cc->read_text);
	cc->others_failed = cc->negated && denies_only_failed_treatments(in->claim);
	cc->asks = asks_question(in->claim);
	cc->likens = claim_likens(in->claim);
	cc->predicate = predicate_noun(cc, in->claim);
	for (int w = 0; w < in->ws->n; w++)
		if (in->ws->w[w].df == 0)
			cc->unknown[cc->nunknown++] = in->ws->w[w].surface;
	if (in->nshown > 0) {
		cc->rows = calloc(in->nshown, sizeof *cc->rows);
		ve = calloc(in->nshown, sizeof *ve);
		if (cc->rows == NULL || ve == NULL)
			goto fail;
	}
	for (size_t i = 0; i < in->nshown; i++) {
		cc->n = i + 1;
		if (check_row(in, cc, i) != 0)
			goto fail;
		ve[i] = cc->rows[i].ve;
	}
	cc->verdict = verdict_of_claim(ve, in->nverdict < cc->n ? in->nverdict : cc->n);
	free(ve);
	*out = cc;
	return 0;
fail:
	free(ve);
	claim_check_free(cc);
	return -1;
}

void claim_check_free(struct claim_check *cc)
{
	if (cc == NULL)
		return;
	conflict_claim_free(cc->read);
	free(cc->read_text);
	for (size_t i = 0; i < cc->n; i++) {
		struct claim_row *row = &cc->rows[i];
		for (size_t k = 0; k < row->nconflicts; k++) {
			free((char *)row->conflicts[k].claim_words);
			free((char *)row->conflicts[k].source_words);
		}
		free(row->marked);
		for (size_t k = 0; k < row->nmatched; k++)
			free(row->matched_as[k]);
		evidence_free(&row->a);
		fetched_free(&row->c);
	}
	for (size_t k = 0; k < cc->nabsolutes; k++)
		free((char *)cc->absolutes[k]);
	/* the words' own stems are ws's, the kin stems ours; their words are never ws's */
	for (int i = 0; i < cc->judged.n; i++)
		for (int k = 0; k < cc->judged.w[i].nstems; k++) {
			free(cc->judged.w[i].stem_words[k]);
			if (k >= cc->kin_from[i])
				free(cc->judged.w[i].stems[k]);
		}
	free(cc->rows);
	free(cc);
}

enum verdict claim_check_verdict(const struct claim_check *cc)
{
	return cc->verdict;
}

char *claim_check_kin(const struct claim_check *cc)
{
	struct buf b = { 0 };
	for (int i = 0; i < cc->judged.n; i++) {
		const struct word *w = &cc->judged.w[i];
		if (w->nstems <= cc->kin_from[i])
			continue;
		if (b.len)
			buf_append(&b, "; ", 2);
		buf_append(&b, w->surface, strlen(w->surface));
		buf_append(&b, ":", 1);
		for (int k = cc->kin_from[i]; k < w->nstems; k++) {
			buf_append(&b, " ", 1);
			buf_append(&b, w->stems[k], strlen(w->stems[k]));
		}
	}
	if (b.oom) {
		buf_free(&b);
		return NULL;
	}
	return b.data ? b.data : strdup("");
}

char *claim_check_weights(const struct claim_check *cc)
{
	struct buf b = { 0 };
	buf_puts(&b, "");
	for (int i = 0; i < cc->judged.n; i++) {
		const struct word *w = &cc->judged.w[i];
		buf_printf(&b, "%s%s %.2f%s%s", i ? "; " : "", w->surface, w->idf,
		    w->df > 0 ? "" : cc->common[i] ? " unknown, common" : " unknown",
		    w->optional ? " (attribution: weighs only where said)" : "");
	}
	if (b.oom) {
		buf_free(&b);
		return NULL;
	}
	return b.data;
}

const char *const *claim_check_unknown(const struct claim_check *cc, size_t *n)
{
	*n = cc->nunknown;
	return cc->unknown;
}

void claim_check_result(const struct claim_check *cc, size_t i, struct search_result *r,
    const struct rank_explain **x)
{
	const struct claim_row *row = &cc->rows[i];
	const struct fetched *c = &row->c;
	memset(r, 0, sizeof *r);
	r->passage_id = c->id;
	r->source = c->source;
	r->title = c->title;
	r->cite = c->cite;
	r->section = c->section;
	r->ordinal = c->ordinal;
	r->line_start = c->line_start;
	r->line_end = c->line_end;
	r->byte_start = c->byte_start;
	r->byte_end = c->byte_end;
	r->score = c->score;
	r->text = c->text;
	r->text_len = c->text_len;
	r->snippet = row->marked ? row->marked : "";
	if (row->has_sentence) {
		r->has_sentence = 1;
		r->sentence = c->text + row->sent_start;
		r->sentence_len = row->sent_end - row->sent_start;
		r->sentence_byte_start = c->byte_start + (int64_t)row->sent_start;
		r->sentence_byte_end = c->byte_start + (int64_t)row->sent_end;
		r->sentence_line = line_at(c, row->sent_start);
	}
	r->coverage = row->ve.sentence_coverage;
	r->passage_coverage = row->ve.passage_coverage;
	r->matched = row->matched;
	r->matched_as = (const char *const *)row->matched_as;
	r->nmatched = row->nmatched;
	r->missing = row->missing;
	r->nmissing = row->nmissing;
	r->verdict = cc->verdict;
	r->support = row->support;
	r->unknown = cc->unknown;
	r->nunknown = cc->nunknown;
	r->conflicts = row->conflicts;
	r->nconflicts = row->nconflicts;
	*x = &row->x;
}

void claim_check_order(const struct claim_check *cc, size_t n, size_t *order)
{
	double key[CLAIM_VERDICT_ROWS];
	for (size_t i = 0; i < n; i++) {
		const struct claim_row *row = &cc->rows[i];
		double ev = row->ve.sentence_coverage, rc = row->x.coverage;
		double f = ev > rc && ev >= VERDICT_PARTIAL_MIN ? (1 + ev) / (1 + rc) : 1;
		key[i] = row->c.score * f;
		/* a source that supports a claim before one that does not (a question asserts nothing) */
		if (!cc->asks && verdict_of_evidence(&row->ve) == VERDICT_SUPPORTED)
			key[i] *= CLAIM_SUPPORTED_FIRST;
		order[i] = i;
	}
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && key[order[j]] > key[order[j - 1]]; j--) {
			size_t t = order[j];
			order[j] = order[j - 1];
			order[j - 1] = t;
		}
}
