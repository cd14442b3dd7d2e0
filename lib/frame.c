/*
 * frame.c: a claim's attribution frames (frame.h).
 *
 * The claim is read as a list of tokens (words and the punctuation
 * between them); a frame is matched on the tokens with small word lists
 * of general English: who speaks, how ("said", "was told", "learned"),
 * and the words that may come between.  The lists are lower-case and
 * sorted (words_in_list).
 */
#include <string.h>
#include <strings.h>

#include "frame.h"
#include "textclass.h"
#include "words.h"

#define TOKENS_MAX 96
#define TOKEN_BYTES 32

struct token {
	size_t start, end;
	char w[TOKEN_BYTES];	/* lower-case word; "" for punctuation */
	char punct;		/* the punctuation byte, or 0 for a word */
	int capital;		/* the word begins with a capital letter (2: two, "NMDA") */
};

struct tokens {
	struct token t[TOKENS_MAX];
	int n;
};

/* Verbs of saying, hearing and learning, every form. */
static const char *const saying_verbs[] = {
	"accept", "accepted", "accepts", "acknowledge", "acknowledged", "acknowledges", "admit",
	"admits", "admitted", "advise", "advised", "advises", "agree", "agreed", "agrees",
	"argue", "argued", "argues", "asking", "assert", "asserted", "asserts", "assure",
	"assured", "assures", "aware", "believe", "believed", "believes", "claim", "claimed",
	"claims", "concede", "conceded", "concedes", "confess", "confessed", "confesses",
	"confirm", "confirmed", "confirms", "contend", "contended", "contends", "demonstrate",
	"demonstrated", "demonstrates", "discover", "discovered", "discovers", "emphasise",
	"emphasised", "emphasises", "emphasize", "emphasized", "emphasizes", "establish",
	"established", "establishes", "explain", "explained", "explaining", "explains", "find",
	"finds", "found", "gather", "gathered", "gathers", "hear", "heard", "hears", "indicate",
	"indicated", "indicates", "inform", "informed", "informs", "insist", "insisted",
	"insists", "knew", "know", "knows", "learn", "learned", "learns", "learnt", "maintain",
	"maintained", "maintains", "means", "meant", "mention", "mentioned", "mentions", "note",
	"noted", "notes", "observe", "observed", "observes", "point", "pointed", "points",
	"read", "reads", "realise", "realised", "realises", "realize", "realized", "realizes",
	"reassure", "reassured", "reassures", "reckon", "reckoned", "reckons", "recognise",
	"recognised", "recognises", "recognize", "recognized", "recognizes", "record",
	"recorded", "records", "reflect", "reflected", "reflects", "remind", "reminded",
	"reminds", "report", "reported", "reports", "said", "say", "saying", "says", "show",
	"showed", "shown", "shows", "state", "stated", "states", "stress", "stressed",
	"stresses", "stressing", "suggest", "suggested", "suggesting", "suggests", "swear",
	"swears", "swore", "sworn", "tell", "telling", "tells", "told", "tout", "touted",
	"touts", "understand", "understands", "understood", "vow", "vowed", "vows", "warn",
	"warned", "warns", "write", "writes", "wrote",
};

/*
 * Verbs of saying that frame only before "that" (or "me that"): "Patients
 * are advised against driving", "agrees to", "accepts the risk" are claims.
 */
static const char *const that_only_verbs[] = {
	"accept", "accepted", "accepts", "advise", "advised", "advises", "agree", "agreed",
	"agrees", "recognise", "recognised", "recognises", "recognize", "recognized",
	"recognizes", "record", "recorded", "records",
};

/*
 * What a name may do in a frame: speak.  "Ketamine shows promise" and
 * "Esketamine has found a place" are claims, not frames.
 */
static const char *const speaking_verbs[] = {
	"accepted", "accepts", "acknowledged", "acknowledges", "admits", "admitted",
	"agreed", "agrees", "argued", "argues", "asserted", "asserts", "claimed", "claims",
	"conceded", "concedes", "confessed", "confesses", "contended", "contends",
	"emphasised", "emphasises", "emphasized", "emphasizes", "explained", "explains",
	"insisted", "insists", "maintains", "mentioned", "mentions", "noted", "notes",
	"observed", "observes", "recognised", "recognises", "recognized", "recognizes",
	"reported", "reports", "said", "says", "stated", "states", "stressed", "stresses",
	"suggested", "suggests", "touted", "touts", "warned", "warns", "writes", "wrote",
};

/* Heads of a speaker: people who tell a patient things and texts that say them. */
static const char *const speaker_nouns[] = {
	"advocates", "agency", "article", "articles", "attendees", "author", "authorities",
	"authors", "believers", "blog", "board", "booklet", "boosters", "brochure", "center",
	"centre", "chair", "chairman", "chairperson", "chairwoman", "cheerleaders", "clinic",
	"clinician", "clinicians", "clinics", "committee", "company", "council", "counsellor",
	"counselor", "critics", "data", "doctor", "doctors", "documentation",
	"enthusiasts", "everybody", "everyone", "evidence", "expert", "experts", "fans",
	"faq", "file", "findings", "firm", "gp", "guidance", "guide", "handout", "headline",
	"headlines", "leaflet", "listeners", "literature", "marketers", "material",
	"materials", "members", "nurse", "nurses", "officials", "operator", "operators", "outfit",
	"page", "pamphlet", "panel", "paper", "papers", "pharmacist", "physician", "physicians",
	"piece", "post", "professionals", "promoters", "proponents", "provider",
	"providers", "psychiatrist", "psychiatrists", "psychologist", "reader", "readers",
	"reading", "readings", "record", "records", "regulators", "report", "reports",
	"research", "researcher", "researchers", "review", "reviewer", "reviewers",
	"sceptics", "scientist", "scientists", "secretary", "sheet", "site", "skeptics", "source",
	"sources", "specialist", "specialists", "staff", "studies", "study", "supporters",
	"survey", "surveys", "team", "text", "textbook", "textbooks", "texts", "therapist",
	"therapists", "transcript", "treasurer", "trial", "trials", "vendor", "vendors", "viewers",
	"website", "writer", "writers",
};

/*
 * Parties to an agreement, who frame a claim only before "that": "The
 * Patient acknowledges that"; "Patients should tell their family" and
 * "Patients report feeling calm" are claims.
 */
static const char *const party_nouns[] = {
	"client", "clients", "participant", "participants", "patient", "patients",
};

static const char *const subject_pronouns[] = { "he", "i", "it", "she", "they", "we", "you" };

static const char *const quantifiers[] = { "all", "many", "most", "some" };

/* A writer's reading and memory: "If my reading serves me,", "if memory serves". */
static const char *const reading_words[] = { "memory", "reading", "recall", "remember" };

/* Phrases that only ask the reader to attend: "Keep in mind that", "Of course,". */
static const char *const asides[] = {
	"amen", "and i'm not a doctor", "as a general principle", "as a rule",
	"as a rule of thumb", "as far as i know", "as i understand it", "as it happens",
	"as it turns out", "be it known", "be it known that", "bear in mind that",
	"believe it or not", "believe me", "bless em", "bless her heart", "bless his heart",
	"bless their hearts", "bless them", "bless your heart", "by all accounts", "capisce",
	"catch is", "consider that", "dare i say", "didn't know", "didn't realise",
	"didn't realise that", "didn't realize", "didn't realize that", "didnt know",
	"didnt realise", "didnt realize", "don't get it twisted", "don't sleep on that",
	"don't sleep on this", "don't sleep on this one", "don't you know",
	"dont get it twisted", "dont sleep on that", "dont sleep on this", "dont you know",
	"fair warning", "fancy that", "for what it is worth", "friendly reminder",
	"friendly reminder that", "from what i can tell", "from what i gather",
	"from what i have read", "from what i hear", "from what i read",
	"from what i understand", "from what i've read", "fun fact", "funnily enough",
	"funny enough", "get this", "gevalt", "go figure", "god forbid", "god knows",
	"god love her", "god love him", "god love it", "god love them", "god love us",
	"god willing", "good buddy", "great question", "hallelujah", "happy to help",
	"have mercy", "heads up", "hear me now", "heaven forbid", "heaven knows",
	"here's the catch", "here's the deal", "here's the kicker", "here's the thing",
	"honest to god", "i am given to understand", "i am given to understand that",
	"i am not a doctor", "i am told", "i beg you", "i call it", "i completely understand",
	"i dare say", "i daresay", "i fear", "i fully understand", "i had no idea",
	"i had no idea that", "i hasten to add", "i kid you not", "i must say", "i own",
	"i swear", "i tell you what", "i totally understand", "i understand",
	"i will not oversell it", "i will not sugarcoat it", "i won't gloss over it",
	"i won't lie", "i won't lie to you", "i won't oversell it", "i won't overstate it",
	"i won't pretend", "i won't pretend to you", "i won't sugar coat it",
	"i won't sugarcoat it", "i'll be frank", "i'll be frank with you", "i'll be honest",
	"i'll be honest with you", "i'll be straight", "i'll be straight with you",
	"i'll level with you", "i'll not lie to you", "i'll not pretend", "i'm happy to help",
	"i'm no doctor", "i'm no expert", "i'm not a doctor", "i'm not an expert",
	"i'm not going to lie", "i'm tellin ya", "i'm telling you", "i'm told",
	"if you can credit it", "imagine that", "in other words", "in plain english",
	"in plain terms", "in plain words", "in short", "in simple words",
	"in the normal course of events", "in the normal course of things",
	"in the ordinary course of events", "in the ordinary course of things",
	"in the usual course of things", "innit", "interestingly enough", "it appears",
	"it bears mentioning that", "it bears repeating", "it bears repeating that",
	"it bears saying that", "it checks out that", "it is accurate that", "it is believed",
	"it is correct that", "it is fair to say that", "it is held that", "it is no joke",
	"it is said", "it is supposed", "it is thought", "it is to be borne in mind that",
	"it is true that", "it is worth noting that", "it may interest you to learn that",
	"it may interest your readers to learn that", "it must be admitted",
	"it must be admitted that", "it must be allowed", "it must be allowed that",
	"it must be borne in mind that", "it must be confessed", "it must be confessed that",
	"it must be owned", "it must be owned that", "it seems",
	"it should be borne in mind that", "it turns out", "it turns out that", "it would seem",
	"it's no cakewalk", "it's no joke", "it's no laughing matter", "it's no picnic",
	"it's no walk in the park", "it's not a walk in the park", "just fancy", "just imagine",
	"just so you know", "just so you're aware", "just so you're not caught off guard",
	"keep in mind that", "kein ayin hara", "ken", "kindly note that", "knock wood",
	"know what i mean", "know what i'm sayin", "know what i'm saying", "know ye",
	"know ye that", "lemme tell ya", "let it be known", "let it be known that",
	"let it be remembered", "let it be said", "let me be clear", "let me be honest",
	"let me be plain", "let me be plain with you", "let me level with you",
	"let me tell you", "let us be clear", "let us be clear that", "let us be honest",
	"let us be honest with you", "let's not sugarcoat it", "listen up", "long story short",
	"look it up", "lord have mercy", "lord knows", "make no mistake", "mark my words",
	"mind now", "mind you", "my concern is", "my fear is", "my worry is", "needless to say",
	"never knew", "never realised", "never realized", "no big deal", "no biggie",
	"no cakewalk", "no exceptions", "no excuses", "no joke", "no kidding",
	"no laughing matter", "no lie", "no picnic", "no problem", "no sweat",
	"no two ways about it", "no walk in the park", "no word of a lie", "no worries",
	"not a walk in the park", "not gonna lie", "not me finding out",
	"not me finding out that", "not me just finding out", "not me learning",
	"not me learning that", "not me realizing", "not me realizing that",
	"not to alarm anyone", "not to alarm you", "not to frighten anyone",
	"not to frighten you", "not to scare anyone", "not to scare you", "not to worry anyone",
	"not to worry you", "note that", "oddly enough", "of course", "one might say",
	"only fancy", "only imagine", "oy gevalt", "oy vey", "please be advised that",
	"please be aware that", "please kindly note that", "please kindly understand that",
	"please note", "please note that", "please understand that", "praise god",
	"praise the lord", "put simply", "quick reminder", "quick reminder that", "real talk",
	"remember", "remember that", "reminder that", "rumor has it", "rumour has it",
	"simple as that", "simply put", "so i'm told", "so the argument runs",
	"so you're not caught off guard", "straight up", "strangely enough", "sure enough",
	"surprise surprise", "swear to god", "take it from me", "thank god", "thank goodness",
	"thank heaven", "thank heavens", "thank the lord", "thank you for reaching out",
	"thank you so much for reaching out", "thanks for reaching out", "that's my advice",
	"that's no joke", "that's the advice", "that's the catch", "that's the concern",
	"that's the problem", "that's the worry", "the catch is", "the downside is",
	"the only catch is", "the only downside is", "the thing is",
	"the thing that bothers me is", "the thing that scares me is",
	"the thing that worries me is", "the trouble is", "the way i understand it", "thing is",
	"think of it like this", "think of it this way", "to be fair", "to be frank",
	"to be straight with you", "to be sure", "to put it simply", "touch wood", "trouble is",
	"trust me", "turns out", "turns out that", "we're looking at", "weirdly enough",
	"what bothers me is", "what scares me is", "what worries me is", "which is to say",
	"who knew", "who would have thought", "who'da thunk it",
	"without prejudice to the foregoing", "word is", "would ye believe",
	"would you believe", "would you believe it", "would you credit it", "ya know",
	"ya know what i mean", "ya know what i'm sayin", "ya know what i'm saying", "ya see",
	"ye ken", "yes", "you are looking at", "you know", "you know what i mean",
	"you know what i'm sayin", "you know what i'm saying", "you see", "you're looking at",
};

/*
 * A radio talker's sign-offs, which close a claim after its comma (",
 * ten-four.", ", over."); "Over the years" and "Copy the dose" are no
 * frames.  Sorted.
 */
static const char *const sign_offs[] = {
	"10 4", "10 4 on that", "come back", "copy", "copy that", "over", "over and out", "roger",
	"roger that", "ten four", "ten four on that",
};

/* Words before a sentence's aside: "Now mind you,", "Well, from what I read,". */
static const char *const aside_openers[] = { "and", "but", "now", "oh", "okay", "so", "well" };

/* Words a writer calls the reader by: ", sweetheart,", "Honey, ...", ", folks.", ", maggot." */
static const char *const endearments[] = {
	"akhi", "b'y", "babe", "baby", "beloved", "boss", "boychik", "boys", "brethren", "bro",
	"brother", "bubbe", "bubbeleh", "buddy", "cadet", "cadets", "cat", "cats", "champ",
	"chef", "cher", "church", "congregation", "cupcake", "daddy", "darlin", "darling",
	"darlings", "dear", "dearest", "dearie", "dude", "everyone", "fam", "fellas", "folks",
	"friend", "friends", "gang", "gentlemen", "guys", "habibi", "habibti", "hearties",
	"hon", "honey", "kiddo", "kids", "la", "lads", "love", "loves", "luv", "maggot",
	"maggots", "mamaleh", "man", "mate", "matey", "mateys", "pal", "pardner", "pet",
	"petal", "private", "privates", "recruit", "recruits", "sister", "soldier", "soldiers",
	"son", "sugar", "sunshine", "sweetheart", "sweetie", "tateleh", "team", "troops",
	"ukhti",
};

/*
 * Words a speaker calls a committee, a doctor or family by: ", members,",
 * "Madam Chair, ...", "Doctor, ...", "Grandma, ..." (capitalised: "your
 * doctor, nurse" is a list).
 */
static const char *const addressed[] = {
	"chair", "chairman", "chairwoman", "colleagues", "jurors", "members", "senator",
	"senators", "sir",
};
static const char *const addressed_titles[] = { "madam", "mister", "mr" };
static const char *const addressed_capitalised[] = {
	"dad", "doc", "doctor", "grandma", "grandpa", "granny", "mom", "mum", "nana",
};

/* Whom a speaker wants to know something: "We want people to be aware that" */
static const char *const addressed_people[] = {
	"everybody", "everyone", "folks", "listeners", "parents", "patients", "people",
	"readers", "viewers",
};

/* Titles before a person's name ("Dr. Reyes"): the name is a person's, no source's. */
static const char *const person_titles[] = { "dr", "mr", "mrs", "ms", "prof" };
static const char *const object_pronouns[] = { "her", "him", "me", "them", "us", "you" };

static const char *const determiners[] = {
	"a", "an", "both", "early", "her", "his", "its", "many", "most", "my", "new", "newer",
	"one", "other", "our", "recent", "several", "some", "the", "their", "these", "this",
	"those", "your",
};

/* Auxiliaries and adverbs between a speaker and its verb. */
static const char *const between_words[] = {
	"all", "also", "always", "am", "are", "be", "been", "can", "clearly", "could",
	"did", "do", "does", "even", "first", "had", "has", "have", "hereby", "is",
	"later", "may", "might", "must", "need", "now", "often", "once", "openly", "ought",
	"quite", "rather", "recently", "repeatedly", "should", "somewhat", "then", "to",
	"very", "want", "wanted", "wants", "was", "were", "will", "would",
};

/* Denials before a verb of knowing ("I didn't realize", "I hadn't known"); sorted. */
static const char *const knowing_denials[] = {
	"didn't", "didnt", "hadn't", "hadnt", "haven't", "havent", "never",
};

/* The same split at a curly apostrophe ("didn’t": "didn", "t") and before "not". */
static const char *const knowing_denial_stems[] = { "didn", "hadn", "haven" };
static const char *const knowing_denial_auxiliaries[] = { "did", "had", "have" };

/* Verbs of knowing a fact, which a denial does not turn round; sorted. */
static const char *const knowing_verbs[] = {
	"knew", "know", "known", "realise", "realised", "realize", "realized",
};

static const char *const passive_auxiliaries[] = { "am", "are", "be", "been", "is", "was", "were" };

/* "I was surprised to learn that" */
static const char *const attitudes_to[] = {
	"alarmed", "amazed", "astonished", "delighted", "disappointed", "dismayed", "encouraged",
	"excited", "fascinated", "glad", "happy", "heartened", "interested", "intrigued",
	"pleased", "relieved", "sad", "saddened", "shocked", "sorry", "startled", "surprised",
	"troubled",
};

/* "I read with some interest that", "with great surprise" */
static const char *const interest_degrees[] = { "great", "much", "some" };
static const char *const interest_words[] = {
	"alarm", "concern", "interest", "pleasure", "relief", "surprise",
};
static const char *const taking_verbs[] = { "take", "takes", "taking", "took" };

/* "My doctor was honest with me that" */
static const char *const attitudes_with[] = {
	"clear", "frank", "honest", "open", "straightforward", "upfront",
};

/* "is said to", "are thought to": hearsay in the passive, as "reportedly" is. */
static const char *const hearsay_participles[] = {
	"alleged", "believed", "claimed", "known", "reported", "rumored", "rumoured", "said",
	"supposed", "thought", "understood",
};

/* Conjunctions a second clause's frame may follow: "..., but experts say that" */
static const char *const joining_words[] = {
	"although", "and", "but", "though", "whereas", "while", "yet",
};

static const char *const hearsay_adverbs[] = {
	"allegedly", "apparently", "ostensibly", "purportedly", "reportedly", "reputedly",
	"seemingly", "supposedly",
};

#define NP(list) (sizeof (list) / sizeof *(list))
#define IS(tk, list) ((tk)->punct == 0 && words_in_list((tk)->w, (list), NP(list)))

/* A byte of a word: an ASCII letter or digit. */
static int is_word_byte(unsigned char c)
{
	return is_alpha(c) || is_digit(c);
}

static void read_tokens(const char *s, size_t len, struct tokens *ts)
{
	ts->n = 0;
	for (size_t i = 0; i < len && ts->n < TOKENS_MAX;) {
		unsigned char c = (unsigned char)s[i];
		struct token *t = &ts->t[ts->n];
		if (is_word_byte(c)) {
			size_t j = i;
			while (j < len && (is_word_byte((unsigned char)s[j]) ||
			    (s[j] == '\'' && j + 1 < len && is_alpha((unsigned char)s[j + 1]))))
				j++;
			t->start = i;
			t->end = j;
			t->punct = 0;
			/* 2: an initialism's ("NMDA") */
			t->capital = !is_upper(c) ? 0 :
			    j > i + 1 && is_upper((unsigned char)s[i + 1]) ? 2 : 1;
			size_t n = j - i < TOKEN_BYTES - 1 ? j - i : TOKEN_BYTES - 1;
			for (size_t k = 0; k < n; k++)
				t->w[k] = (char)(is_upper((unsigned char)s[i + k]) ?
				    s[i + k] - 'A' + 'a' : s[i + k]);
			t->w[n] = '\0';
			ts->n++;
			i = j;
		} else if (strchr(",.;:!?()", c) != NULL && c != '\0') {
			t->start = i;
			t->end = i + 1;
			t->w[0] = '\0';
			t->punct = (char)c;
			t->capital = 0;
			ts->n++;
			i++;
		} else {
			i++;
		}
	}
}

static int is_word(const struct tokens *ts, int k)
{
	return k < ts->n && ts->t[k].punct == 0;
}

static int is_punct(const struct tokens *ts, int k, char p)
{
	return k < ts->n && ts->t[k].punct == p;
}

/*
 * A speaker at token k: a pronoun, up to three words and a speaker noun
 * after an optional determiner, up to four capitalized words after one
 * (*named 1), a person's title and name (*named 2), or a party who speaks
 * only before "that" (party_nouns, *named 3).  Returns the token after it,
 * or -1.
 */
static int speaker(const struct tokens *ts, int k, int *named)
{
	*named = 0;
	if (!is_word(ts, k))
		return -1;
	if (IS(&ts->t[k], subject_pronouns))
		return k + 1;
	/* "One might observe that"; "one provider maintains" is a determiner's */
	if (strcmp(ts->t[k].w, "one") == 0 && is_word(ts, k + 1) &&
	    (IS(&ts->t[k + 1], between_words) || IS(&ts->t[k + 1], saying_verbs)))
		return k + 1;
	/* "most of you", "all of us" */
	if (IS(&ts->t[k], quantifiers) && is_word(ts, k + 2) && strcmp(ts->t[k + 1].w, "of") == 0 &&
	    IS(&ts->t[k + 2], object_pronouns))
		return k + 3;
	/* "Dr. Reyes", "Dr Reyes": a person */
	if (ts->t[k].capital && IS(&ts->t[k], person_titles)) {
		int m = k + 1 + is_punct(ts, k + 1, '.'), names = 0;
		while (names < 2 && is_word(ts, m + names) && ts->t[m + names].capital)
			names++;
		if (names > 0) {
			*named = 2;
			return m + names;
		}
	}
	int j = k;
	/* "Even the cheerleaders admit" */
	if (strcmp(ts->t[j].w, "even") == 0 && is_word(ts, j + 1) && IS(&ts->t[j + 1], determiners))
		j++;
	if (IS(&ts->t[j], determiners))
		j++;
	for (int m = j; m < j + 4 && is_word(ts, m); m++) {
		/*
		 * "the FAQ sheet": the last of them; "The record reflects";
		 * "The members of the team agree": the head after "of"
		 */
		if (IS(&ts->t[m], speaker_nouns) &&
		    !(is_word(ts, m + 1) && strcmp(ts->t[m + 1].w, "of") == 0))
			return is_word(ts, m + 1) && IS(&ts->t[m + 1], speaker_nouns) ?
			    m + 2 : m + 1;
		if (IS(&ts->t[m], saying_verbs) || IS(&ts->t[m], between_words))
			break;
		if (IS(&ts->t[m], party_nouns)) {
			*named = 3;
			return m + 1;
		}
	}
	int names = 0;
	while (names < 4 && is_word(ts, j + names) && ts->t[j + names].capital &&
	    !IS(&ts->t[j + names], between_words) && !IS(&ts->t[j + names], saying_verbs))
		names++;
	*named = 1;
	return names > 0 ? j + names : -1;
}

static int view_named(const struct tokens *ts, int k);

/*
 * People told something, at token k after a verb of saying, and the
 * "that" after them: "reminded members that", "told the committee that".
 * The token of "that", or -1.
 */
static int told_people(const struct tokens *ts, int k)
{
	if (is_word(ts, k) && IS(&ts->t[k], determiners))
		k++;
	if (!is_word(ts, k) || !(IS(&ts->t[k], speaker_nouns) || IS(&ts->t[k], party_nouns) ||
	    IS(&ts->t[k], addressed_people)))
		return -1;
	return is_word(ts, k + 1) && strcmp(ts->t[k + 1].w, "that") == 0 ? k + 1 : -1;
}

/*
 * From token k (after a speaker): auxiliaries and adverbs, an attitude,
 * the verb of saying, an object pronoun.  Returns the token after the
 * verb (or after the attitude's "with me"), or -1.  A name must speak.
 */
static int saying(const struct tokens *ts, int from, int k, int named)
{
	int passive = 0, denied = 0, view, told;
	/*
	 * "I didn't realize", "I never knew": a denied verb of knowing still
	 * tells the fact it knows (not so "never said")
	 */
	if (is_word(ts, k) && IS(&ts->t[k], knowing_denials)) {
		k++;
		denied = 1;
	} else if (is_word(ts, k + 1) && IS(&ts->t[k], knowing_denial_stems) &&
	    strcmp(ts->t[k + 1].w, "t") == 0) {
		k += 2;
		denied = 1;
	} else if (is_word(ts, k + 1) && IS(&ts->t[k], knowing_denial_auxiliaries) &&
	    strcmp(ts->t[k + 1].w, "not") == 0) {
		k += 2;
		denied = 1;
	}
	if (denied)
		return is_word(ts, k) && IS(&ts->t[k], knowing_verbs) ? k + 1 : -1;
	for (int n = 0; n < 3 && is_word(ts, k) && IS(&ts->t[k], between_words); n++) {
		passive |= IS(&ts->t[k], passive_auxiliaries);
		k++;
		/* "wants you to understand that", "We want people to be aware that" */
		if (strncmp(ts->t[k - 1].w, "want", 4) == 0 && is_word(ts, k) &&
		    (IS(&ts->t[k], object_pronouns) || IS(&ts->t[k], addressed_people)))
			k++;
	}
	/* "I was rather taken aback to discover that" */
	if (is_word(ts, k + 2) && strcmp(ts->t[k].w, "taken") == 0 &&
	    strcmp(ts->t[k + 1].w, "aback") == 0 && strcmp(ts->t[k + 2].w, "to") == 0)
		k += 3;
	else if (is_word(ts, k) && IS(&ts->t[k], attitudes_to) && is_word(ts, k + 1) &&
	    strcmp(ts->t[k + 1].w, "to") == 0)
		k += 2;
	/* "I took note that": noted */
	else if (is_word(ts, k + 1) && IS(&ts->t[k], taking_verbs) &&
	    strcmp(ts->t[k + 1].w, "note") == 0)
		return k + 2 + (is_word(ts, k + 2) && strcmp(ts->t[k + 2].w, "of") == 0);
	else if (is_word(ts, k) && IS(&ts->t[k], attitudes_with) && is_word(ts, k + 1) &&
	    strcmp(ts->t[k + 1].w, "with") == 0 && is_word(ts, k + 2) &&
	    IS(&ts->t[k + 2], object_pronouns) && is_word(ts, k + 3) &&
	    (strcmp(ts->t[k + 3].w, "that") == 0 || strcmp(ts->t[k + 3].w, "about") == 0))
		return k + 3;
	else if (is_word(ts, k) && IS(&ts->t[k], attitudes_with) && is_word(ts, k + 1) &&
	    strcmp(ts->t[k + 1].w, "that") == 0)
		return k + 1;	/* "was honest that" */
	if (!is_word(ts, k) || !IS(&ts->t[k], saying_verbs) ||
	    (named == 1 && !IS(&ts->t[k], speaking_verbs)))
		return -1;
	/* "Ketamine is claimed to prevent ...": a name's or noun's hedge, no speaker */
	if (passive && !IS(&ts->t[from], subject_pronouns) && is_word(ts, k + 1) &&
	    strcmp(ts->t[k + 1].w, "to") == 0)
		return -1;
	/* "Hallucinations have been observed in ...": what is said of, capitalized first */
	if (passive && named == 1)
		return -1;
	k++;
	/* "I read with some interest that" */
	if (is_word(ts, k + 1) && strcmp(ts->t[k].w, "with") == 0) {
		int degree = IS(&ts->t[k + 1], interest_degrees);
		if (is_word(ts, k + 1 + degree) && IS(&ts->t[k + 1 + degree], interest_words))
			k += 2 + degree;
	}
	/* ", I am advised,": a first person's aside, no advice to a patient */
	if (IS(&ts->t[k - 1], that_only_verbs) && passive && named == 0 &&
	    IS(&ts->t[from], subject_pronouns) && !is_word(ts, k))
		return k;
	/* "..., the FAQ advises.": said of what went before, no advice given */
	if (IS(&ts->t[k - 1], that_only_verbs) && !passive && !is_word(ts, k))
		return k;
	if (IS(&ts->t[k - 1], that_only_verbs) || named == 3) {
		int at = k + (is_word(ts, k) && IS(&ts->t[k], object_pronouns));
		return is_word(ts, at) && strcmp(ts->t[at].w, "that") == 0 ? at : -1;
	}
	if (is_word(ts, k) && IS(&ts->t[k], object_pronouns) && is_word(ts, k + 1))
		k++;
	else if ((told = told_people(ts, k)) > k)
		k = told;	/* "reminded members that", "told the committee that" */
	else if (is_word(ts, k) && strcmp(ts->t[k].w, "it") == 0 && !is_word(ts, k + 1))
		k++;	/* ", as I understand it," */
	else if (is_word(ts, k + 1) && strcmp(ts->t[k].w, "the") == 0 &&
	    strcmp(ts->t[k + 1].w, "matter") == 0 && !is_word(ts, k + 2))
		k += 2;	/* ", as I understand the matter," */
	else if (is_word(ts, k) && strcmp(ts->t[k].w, "out") == 0 && is_word(ts, k + 1) &&
	    (strcmp(ts->t[k - 1].w, "find") == 0 || strcmp(ts->t[k - 1].w, "found") == 0 ||
	    strcmp(ts->t[k - 1].w, "finds") == 0 || strncmp(ts->t[k - 1].w, "point", 5) == 0))
		k++;	/* "I was surprised to find out that", "We must point out that" */
	else if (strncmp(ts->t[k - 1].w, "point", 5) == 0)
		return -1;	/* "points to": no saying */
	else if ((view = view_named(ts, k)) > k)
		k = view;	/* "We note the clinic's advice that" */
	return k;
}

/* Words from token k to the end. */
static int words_after(const struct tokens *ts, int k)
{
	int n = 0;
	for (; k < ts->n; k++)
		n += ts->t[k].punct == 0;
	return n;
}

/* named: the speaker as speaker() set it (1: a name, 2: a person), or 1 for "according to" */
static size_t add(struct frame_span *out, size_t n, size_t max, size_t start, size_t end,
    int named)
{
	if (n < max && end > start) {
		out[n].start = start;
		out[n].end = end;
		out[n].person = named == 2;
		out[n].named = named == 1;
		out[n].lead_in = 0;
		n++;
	}
	return n;
}

#define PER_REACH 5		/* words after "per" that must name a speaker ("per the FAQ") */
#define PER_REACH_SPOKEN 10	/* and that its place may run to ("per the FAQ at the end of") */

/* "According to X," from token k: the token after X (its comma or end), or -1. */
static int according_to(const struct tokens *ts, int k)
{
	if (!is_word(ts, k + 1))
		return -1;
	/* "Per reviewed provider literature,": a speaker's noun among its words */
	if (strcmp(ts->t[k].w, "per") == 0) {
		static const char *const places[] = { "at", "from", "in", "of", "on" };
		int j = k + 1, spoken = 0;
		for (; j < ts->n && j <= k + PER_REACH && ts->t[j].punct == 0; j++)
			if (IS(&ts->t[j], speaker_nouns))
				spoken = j;
		/* ", per the FAQ at the end of the Massachusetts article.": where it is */
		if (spoken && is_word(ts, spoken + 1) && IS(&ts->t[spoken + 1], places))
			while (j < ts->n && j <= k + PER_REACH_SPOKEN && ts->t[j].punct == 0)
				j++;
		/* ", per one rehab operator.": closing the claim too */
		return spoken && (is_punct(ts, j, ',') || is_punct(ts, j, '.') || j == ts->n) ?
		    j : -1;
	}
	if (strcmp(ts->t[k].w, "according") != 0 || strcmp(ts->t[k + 1].w, "to") != 0)
		return -1;
	int j = k + 2;
	while (j < ts->n && j < k + 10 && ts->t[j].punct == 0)
		j++;
	return j > k + 2 && (j == ts->n || is_punct(ts, j, ',') || is_punct(ts, j, '.')) ? j : -1;
}

/* Texts and their parts a claim may be placed in: "In the background section,". */
static const char *const document_parts[] = {
	"abstract", "article", "blog", "booklet", "brochure", "chapter", "conclusion",
	"conclusions", "faq", "guide", "handout", "introduction", "leaflet", "manuscript",
	"pamphlet", "paper", "paragraph", "passage", "piece", "post", "section", "sheet",
	"summary", "text", "textbook", "website",
};

/*
 * "In the FAQ,", "In the background section,": the text or part of one
 * that says the claim, from token k; the token of its comma, or -1.  It
 * names no one a source must be ("In the clinic," is a place).
 */
static int in_document(const struct tokens *ts, int k)
{
	if (!is_word(ts, k + 2) || strcmp(ts->t[k].w, "in") != 0 ||
	    !IS(&ts->t[k + 1], determiners))
		return -1;
	int j = k + 2;
	while (j < ts->n && j < k + 6 && ts->t[j].punct == 0)
		j++;
	return is_punct(ts, j, ',') && IS(&ts->t[j - 1], document_parts) ? j : -1;
}

/*
 * A speaker and its verb of saying from token k, then "that": the token
 * after the frame when a clause follows it, else -1 (*named as speaker).
 */
static int lead_frame(const struct tokens *ts, int k, int *named)
{
	int end;
	if ((end = speaker(ts, k, named)) < 0 || (end = saying(ts, k, end, *named)) < 0)
		return -1;
	if (is_word(ts, end) && strcmp(ts->t[end].w, "that") == 0) {
		end++;
		/* "notes that, in most cases," */
		if (is_punct(ts, end, ',') && is_word(ts, end + 1))
			end++;
	}
	return is_word(ts, end) ? end : -1;
}

/* The token after phrase p (lower-case words, one space apart) at token k, or -1. */
static int phrase_at(const struct tokens *ts, int k, const char *p)
{
	while (*p != '\0' && is_word(ts, k)) {
		size_t n = strcspn(p, " ");
		if (strlen(ts->t[k].w) != n || strncmp(ts->t[k].w, p, n) != 0)
			return -1;
		p += n + (p[n] == ' ');
		k++;
	}
	return *p == '\0' ? k : -1;
}

/*
 * "What the doctor means is that", "What she is saying is": the token
 * after the frame, or -1 (*named as speaker).
 */
static int what_frame(const struct tokens *ts, int k, int *named)
{
	int end;
	if (!is_word(ts, k) || strcmp(ts->t[k].w, "what") != 0 ||
	    (end = speaker(ts, k + 1, named)) < 0 || (end = saying(ts, k + 1, end, *named)) < 0 ||
	    !is_word(ts, end) || strcmp(ts->t[end].w, "is") != 0)
		return -1;
	end++;
	if (is_word(ts, end) && strcmp(ts->t[end].w, "that") == 0)
		end++;
	return is_word(ts, end) ? end : -1;
}

/* What a speaker's view is called: "Our advice is that", "The bottom line is". */
static const char *const view_nouns[] = {
	"advice", "answer", "argument", "belief", "claim", "concern", "conclusion",
	"consensus", "downside", "fear", "feeling", "gist", "guidance", "hope", "idea",
	"impression", "lesson", "line", "message", "news", "pitch", "point", "position",
	"reality", "recommendation", "sense", "story", "suggestion", "summary", "takeaway",
	"theory", "truth", "understanding", "upshot", "upside", "view", "warning", "worry",
};

/*
 * A view a saying verb names, up to its "that": "the clinic's advice
 * that", "the provider's position that" (a determiner or none, a
 * possessive, a view noun).  The "that" token, or -1.
 */
static int view_named(const struct tokens *ts, int k)
{
	if (is_word(ts, k) && IS(&ts->t[k], determiners))
		k++;
	if (!is_word(ts, k) || strchr(ts->t[k].w, '\'') == NULL || !is_word(ts, k + 1) ||
	    !IS(&ts->t[k + 1], view_nouns) || !is_word(ts, k + 2) ||
	    strcmp(ts->t[k + 2].w, "that") != 0)
		return -1;
	return k + 2;
}

/* Words between a view's noun and its "is": "at the department", "of the report". */
static const char *const view_prepositions[] = { "at", "from", "in", "of", "on" };

#define VIEW_REACH 6	/* words of a view's name, its determiner to "is" */

/*
 * "Our advice is that", "My understanding at the department is that",
 * "The bottom line is that", "Downside is it ...": a view named at token k
 * (a determiner or none, up to two modifiers, a view noun, a phrase after
 * a preposition), then "is" and "that" or a subject pronoun.  The token
 * after it, or -1.
 */
static int view_frame(const struct tokens *ts, int k)
{
	int m = k, noun = -1;
	if (is_word(ts, m) && IS(&ts->t[m], determiners))
		m++;
	for (; m < k + VIEW_REACH && is_word(ts, m); m++) {
		if (strcmp(ts->t[m].w, "is") == 0)
			break;
		if (noun >= 0 ? m == noun + 1 && !IS(&ts->t[m], view_prepositions) :
		    IS(&ts->t[m], between_words) || IS(&ts->t[m], saying_verbs))
			return -1;
		if (noun < 0 && strchr(ts->t[m].w, '\'') != NULL)
			return -1;	/* "Esketamine's upside": whose view is a detail */
		if (noun < 0 && IS(&ts->t[m], view_nouns) && m - k <= 3)
			noun = m;
	}
	if (noun < 0 || !is_word(ts, m) || strcmp(ts->t[m].w, "is") != 0)
		return -1;
	/* "is that ...", "is it wears off"; not "The point of treatment is relief" */
	if (is_word(ts, m + 1) && strcmp(ts->t[m + 1].w, "that") == 0)
		m++;
	else if (!is_word(ts, m + 1) || !IS(&ts->t[m + 1], subject_pronouns))
		return -1;
	return is_word(ts, m + 1) ? m + 1 : -1;
}

/*
 * A guide's pointing the reader at what is shown, up to its comma: "As
 * you can see on this board,", "If you look to your left,".
 */
static const char *const showing_phrases[] = {
	"as we can see", "as you can see", "as you will see", "as you'll see", "if you look",
};

/* The words of a story's turn: "In a remarkable twist,". */
static const char *const turning_words[] = { "turn", "twist" };

#define TWIST_WORDS 3	/* words before the "twist" of "In a most remarkable twist," */
#define SHOWING_WORDS 6	/* words after a showing phrase before its comma ("from this timeline") */

/*
 * Whether aside phrase p denies a thing it names, which the claim may go
 * on to speak of: "no problem", "i'm not a doctor", "i'm no expert" (not
 * "i had no idea", "not me finding out": no thing goes on from them).
 */
static int denying_aside(const char *p)
{
	return strncmp(p, "no ", 3) == 0 || strstr(p, " not a") != NULL ||
	    strstr(p, "i'm no ") != NULL || strncmp(p, "don't ", 6) == 0 ||
	    strncmp(p, "dont ", 5) == 0;
}

#define REMINDER_WORDS 4	/* words of a reminder before its noun, or after it before "that" */

/*
 * A reminder that opens a sentence: "A soft reminder that", "Good reminder
 * for the residents that", "Just a gentle reminder:".  The token after
 * its "that", ":" or ",", or -1.
 */
static int reminder_at(const struct tokens *ts, int k)
{
	int m = k;
	while (m < k + REMINDER_WORDS && is_word(ts, m) && strcmp(ts->t[m].w, "reminder") != 0)
		m++;
	if (!is_word(ts, m) || strcmp(ts->t[m].w, "reminder") != 0)
		return -1;
	int end = ++m;
	if (is_word(ts, end) && (strcmp(ts->t[end].w, "for") == 0 ||
	    strcmp(ts->t[end].w, "to") == 0))
		while (end < m + REMINDER_WORDS && is_word(ts, end) &&
		    strcmp(ts->t[end].w, "that") != 0)
			end++;
	if (is_word(ts, end) && strcmp(ts->t[end].w, "that") == 0)
		return end + 1;
	return is_punct(ts, end, ':') || is_punct(ts, end, ',') ? end + 1 : -1;
}

/* What a fact was to the writer on reading it: "Bit of a shock to read". */
static const char *const surprise_nouns[] = { "shock", "shocker", "surprise" };
static const char *const surprise_degrees[] = { "a", "bit", "big", "of", "quite", "real" };

/*
 * A surprise that opens a sentence from token k: "Bit of a shock to read",
 * "Quite a surprise to learn that" (degree words, a surprise noun, "to", a
 * verb of saying).  The token after it (and its "that"), or -1.
 */
static int surprise_at(const struct tokens *ts, int k)
{
	int m = k;
	while (m < k + 4 && is_word(ts, m) && IS(&ts->t[m], surprise_degrees))
		m++;
	if (!is_word(ts, m + 2) || !IS(&ts->t[m], surprise_nouns) ||
	    strcmp(ts->t[m + 1].w, "to") != 0 || !IS(&ts->t[m + 2], saying_verbs))
		return -1;
	m += 3;
	return m + (is_word(ts, m) && strcmp(ts->t[m].w, "that") == 0);
}

/* Whom a writer answers: "For those who asked,", "For anyone wondering,". */
static const char *const asking_people[] = {
	"all", "anybody", "anyone", "everybody", "everyone", "those",
};
static const char *const asking_words[] = {
	"ask", "asked", "asking", "curious", "wondered", "wondering",
};

#define ASKING_WORDS 5	/* words after "for those" to the asking ("passengers who asked") */

/* The token after "For those passengers who asked," at token k, or -1. */
static int asking_at(const struct tokens *ts, int k)
{
	if (!is_word(ts, k + 1) || strcmp(ts->t[k].w, "for") != 0 ||
	    !IS(&ts->t[k + 1], asking_people))
		return -1;
	for (int m = k + 2; m < k + 2 + ASKING_WORDS && is_word(ts, m); m++)
		if (IS(&ts->t[m], asking_words))
			return is_punct(ts, m + 1, ',') ? m + 2 : -1;
	return -1;
}

/* The token after an aside that starts at token k ("keep in mind that"), or -1. */
static int aside_at(const struct tokens *ts, int k)
{
	int asked = asking_at(ts, k);
	if (asked >= 0)
		return asked;
	for (size_t p = 0; p < NP(showing_phrases); p++) {
		int m = phrase_at(ts, k, showing_phrases[p]), end = m;
		if (m < 0)
			continue;
		while (end - m <= SHOWING_WORDS && is_word(ts, end))
			end++;
		if (end - m <= SHOWING_WORDS && is_punct(ts, end, ','))
			return end + 1;
	}
	/*
	 * "If I have understood the leaflet rightly,", "If my reading serves
	 * me,": a condition on the writer's own reading, up to its comma
	 */
	if (is_word(ts, k + 1) && strcmp(ts->t[k].w, "if") == 0 &&
	    (strcmp(ts->t[k + 1].w, "i") == 0 || strcmp(ts->t[k + 1].w, "my") == 0)) {
		int knows = 0, m;
		for (m = k + 2; m < ts->n && m <= k + 8 && is_word(ts, m); m++)
			knows |= IS(&ts->t[m], saying_verbs) || IS(&ts->t[m], reading_words);
		if (knows && is_punct(ts, m, ','))
			return m + 1;
	}
	/* "In a remarkable twist,", "In an ironic turn of events,": the story's turn */
	if (is_word(ts, k + 1) && strcmp(ts->t[k].w, "in") == 0 &&
	    (strcmp(ts->t[k + 1].w, "a") == 0 || strcmp(ts->t[k + 1].w, "an") == 0)) {
		for (int m = k + 2; m <= k + 2 + TWIST_WORDS && is_word(ts, m); m++) {
			if (!IS(&ts->t[m], turning_words))
				continue;
			int e = phrase_at(ts, m + 1, "of events");
			e = e > m ? e : phrase_at(ts, m + 1, "of fate");
			e = e > m ? e : m + 1;
			if (is_punct(ts, e, ','))
				return e + 1;
			break;
		}
	}
	/* "Generally speaking,", "medically speaking,": a manner of speaking */
	if (is_word(ts, k) && is_word(ts, k + 1) && strcmp(ts->t[k + 1].w, "speaking") == 0 &&
	    strlen(ts->t[k].w) > 4 && strcmp(ts->t[k].w + strlen(ts->t[k].w) - 2, "ly") == 0 &&
	    is_punct(ts, k + 2, ','))
		return k + 3;
	int best = reminder_at(ts, k);
	/* the longest: "let me be plain with you", not "let me be plain" */
	for (size_t a = 0; a < sizeof asides / sizeof *asides; a++) {
		int m = phrase_at(ts, k, asides[a]);
		/*
		 * an aside that denies needs its punctuation: "no problem," is
		 * an aside, "No problem is reported" denies; "I'm not a doctor,"
		 * and "I'm not a doctor who prescribes it"
		 */
		if (m > k && m < ts->n && ts->t[m].punct == 0 && denying_aside(asides[a]))
			continue;
		if (m > best)
			best = m;
	}
	if (best < 0)
		best = surprise_at(ts, k);
	if (best < 0 || !is_punct(ts, best, ','))
		return best;
	/* "Not to scare anyone, but": the "but" goes with the aside */
	if (strcmp(ts->t[k].w, "not") == 0 && is_word(ts, best + 1) &&
	    strcmp(ts->t[best + 1].w, "but") == 0)
		return best + 2;
	return best + 1;
}

/* A fact-checker's wrapper: "The claim that ... holds up." */
static const char *const wrapper_nouns[] = {
	"assertion", "claim", "contention", "idea", "notion", "statement", "suggestion",
};
static const char *const wrapper_verdicts[] = {
	"checks out", "holds", "holds true", "holds up", "is accurate", "is borne out",
	"is correct", "is right", "is sound", "is supported", "is true", "is well founded",
	"stands up",
};

/*
 * "The claim that X holds up.": the token after "that" with *tail set to
 * the verdict's first token, or -1.
 */
static int wrapper(const struct tokens *ts, int k, int *tail)
{
	if (is_word(ts, k) && strcmp(ts->t[k].w, "the") == 0)
		k++;
	if (!is_word(ts, k + 1) || !IS(&ts->t[k], wrapper_nouns) ||
	    strcmp(ts->t[k + 1].w, "that") != 0)
		return -1;
	int last = ts->n;
	while (last > k && ts->t[last - 1].punct != 0)
		last--;
	for (size_t v = 0; v < NP(wrapper_verdicts); v++) {
		const char *p = wrapper_verdicts[v];
		int words = 1;
		for (const char *q = p; *q; q++)
			words += *q == ' ';
		int m = last - words;
		if (m > k + 2 && phrase_at(ts, m, p) == last) {
			*tail = m;
			return k + 2;
		}
	}
	return -1;
}

/* Phrases a speaker calls the listeners by: "ladies and gentlemen", "old bean". */
static const char *const vocative_phrases[] = {
	"brothers and sisters", "dear boy", "dear fellow", "ladies and gentlemen", "old bean",
	"old boy", "old chap", "old fruit", "old sport", "old thing", "our kid", "your honor",
	"your honour",
};

/*
 * A vocative from token k ("sweetheart", "my dear"), ending where a
 * comma, a sentence's end or the text's end follows: the token after it,
 * or -1.
 */
static int vocative(const struct tokens *ts, int k)
{
	int m = -1;
	/* "my dear", a pirate's "me hearties", an Arabic speaker's "ya akhi" */
	if (is_word(ts, k) && (strcmp(ts->t[k].w, "my") == 0 || ((strcmp(ts->t[k].w, "me") == 0 ||
	    strcmp(ts->t[k].w, "ya") == 0) && is_word(ts, k + 1) &&
	    IS(&ts->t[k + 1], endearments))))
		k++;
	for (size_t p = 0; p < NP(vocative_phrases) && m <= k; p++)
		m = phrase_at(ts, k, vocative_phrases[p]);
	if (m > k)
		k = m;
	else if (is_word(ts, k) && IS(&ts->t[k], addressed_titles) && is_word(ts, k + 1))
		k += 2;	/* "Madam Chair", "Mr. Chairman" */
	else if (is_word(ts, k) && (IS(&ts->t[k], endearments) || IS(&ts->t[k], addressed) ||
	    (ts->t[k].capital && IS(&ts->t[k], addressed_capitalised))))
		k++;
	else
		return -1;
	/* whose: "members of the committee", "ladies and gentlemen of the jury" */
	if (((m = phrase_at(ts, k, "of the")) > k || (m = phrase_at(ts, k, "of this")) > k) &&
	    is_word(ts, m))
		k = m + 1;
	return k == ts->n || (ts->t[k].punct != 0 && strchr(",.!?:", ts->t[k].punct) != NULL) ?
	    k : -1;
}

/* Words that go on with a sentence after a name it calls someone by: ", Bridie, so ...". */
static const char *const after_name[] = {
	"although", "because", "but", "so", "though", "yet",
};

/* Words that introduce the name after them: "has a brand name, Spravato.".  Sorted. */
static const char *const naming_words[] = {
	"brand", "called", "known", "marketed", "name", "named", "names", "sold", "trade",
};

/*
 * A name the writer calls someone by, from token k after a comma: one
 * capitalised word (no initialism) that ends the sentence (", Maureen!",
 * "..., Eagles.") or that a comma and a word going on follow (", Bridie,
 * so most of them ..."; not ", Zoloft, and ...", a list).  The token
 * after it, or -1.  The word before the comma is no name: "Prozac,
 * Zoloft." lists; nor does a word of naming come just before ("a brand
 * name, Spravato.").  A letter's pen name ("Haunted in Hartlepool") is
 * one too.
 */
static int name_called(const struct tokens *ts, int k)
{
	if (!is_word(ts, k) || ts->t[k].capital != 1 || k < 2 || ts->t[k - 2].capital ||
	    ts->t[k].end - ts->t[k].start < 2 || !is_word(ts, k - 2))
		return -1;
	for (int m = 1; m < TOKEN_BYTES && ts->t[k].w[m] != '\0'; m++)
		if (!is_lower((unsigned char)ts->t[k].w[m]))
			return -1;
	for (int m = k - 2; m >= 0 && m >= k - 4; m--)
		if (is_word(ts, m) && IS(&ts->t[m], naming_words))
			return -1;	/* the name of the thing before the comma */
	if (k + 1 == ts->n || (ts->t[k + 1].punct != 0 && strchr(".!?", ts->t[k + 1].punct)))
		return k + 1;
	/* a letter's pen name: ", Haunted in Hartlepool, ...", "Skint in Swindon:" */
	if (k + 2 < ts->n && is_word(ts, k + 1) && strcmp(ts->t[k + 1].w, "in") == 0 &&
	    is_word(ts, k + 2) && ts->t[k + 2].capital == 1 && (k + 3 == ts->n ||
	    (ts->t[k + 3].punct != 0 && strchr(",.!?:", ts->t[k + 3].punct) != NULL)))
		return k + 3;
	return is_punct(ts, k + 1, ',') && is_word(ts, k + 2) && IS(&ts->t[k + 2], after_name) ?
	    k + 1 : -1;
}

/*
 * An oath that opens a sentence: "By my sword,", "Upon mine honour,", "On
 * my soul,", "By my lady's favour," ("by", "upon" or "on", then "my" or
 * "mine", then at most four words and a comma).  The token after the
 * comma, or -1.
 */
static int oath_at(const struct tokens *ts, int k)
{
	if (!is_word(ts, k) || !is_word(ts, k + 1) ||
	    (strcmp(ts->t[k].w, "by") != 0 && strcmp(ts->t[k].w, "upon") != 0 &&
	    strcmp(ts->t[k].w, "on") != 0) ||
	    (strcmp(ts->t[k + 1].w, "my") != 0 && strcmp(ts->t[k + 1].w, "mine") != 0))
		return -1;
	for (int m = k + 2; m < ts->n && m <= k + 6; m++) {
		if (is_punct(ts, m, ','))
			return m > k + 2 ? m + 1 : -1;
		if (!is_word(ts, m))
			return -1;
	}
	return -1;
}

/* Token k, or the one after it when k is a conjunction ("but"). */
static int after_joining(const struct tokens *ts, int k)
{
	return is_word(ts, k) && IS(&ts->t[k], joining_words) ? k + 1 : k;
}

/* The first comma among the first `reach` tokens, or -1. */
static int opening_comma(const struct tokens *ts, int reach)
{
	for (int k = 1; k < ts->n && k <= reach; k++)
		if (ts->t[k].punct != 0)
			return is_punct(ts, k, ',') ? k : -1;
	return -1;
}

/* The writer's own "I", capital in any place. */
static const char *const writer_words[] = { "i", "i'd", "i'll", "i'm", "i've" };
static const char *const possessives[] = { "her", "his", "my", "our", "their", "your" };

#define LABEL_WORDS 3	/* words of a label before a colon */
#define LEAD_WORDS 12	/* words of a lead-in before a colon: "Here's the wild part:" */
#define LEAD_AFTER 5	/* words a lead-in's colon must be followed by */

/*
 * A label or lead-in before a colon from token k: "Pro tip:", "Here's an
 * irony for the drug warriors to chew on:".  A lead-in longer than a
 * label must be followed by a clause of LEAD_AFTER words and hold no
 * name, number or acronym of its own ("FDA verdict:").  The token after
 * the colon, or -1.
 */
static int label_at(const struct tokens *ts, int k)
{
	int m = k, named = 0, words = 0, commas = 0, called = 0;
	/*
	 * a lead-in's own number before its colon is no detail: "Good
	 * practice point 5:"; its commas join its words ("Here's an irony,
	 * given its reputation:")
	 */
	for (; words < LEAD_WORDS && (is_word(ts, m) || (words > 0 && is_punct(ts, m, ',') &&
	    is_word(ts, m + 1))); m++) {
		if (!is_word(ts, m)) {
			commas++;
			continue;
		}
		/*
		 * the writer's "I" names no one: "Here's one I didn't know:";
		 * nor does a role one has ("FYI from your Scoutmaster:")
		 */
		named |= m > k && ((ts->t[m].capital && !IS(&ts->t[m], writer_words) &&
		    !(is_word(ts, m - 1) && IS(&ts->t[m - 1], possessives))) ||
		    (is_digit((unsigned char)ts->t[m].w[0]) && !is_punct(ts, m + 1, ':')));
		/* "The Chariot stays parked tonight, love:": a name the hearer is told of */
		called |= m > k && is_punct(ts, m - 1, ',') && IS(&ts->t[m], endearments);
		words++;
	}
	if (m == k || !is_punct(ts, m, ':'))
		return -1;
	if (words <= LABEL_WORDS && commas == 0)
		return words_after(ts, m) >= 3 ? m + 1 : -1;
	return (!named || called) && words_after(ts, m) >= LEAD_AFTER ? m + 1 : -1;
}
#define OPENER_REACH 8	/* tokens of an opening phrase before a frame ("Funny enough, ...") */

/* Short answers to a claim's own question: "Sadly not.", "No,", "Not quite:".  Sorted. */
static const char *const answers[] = {
	"absolutely", "absolutely not", "better not", "certainly", "certainly not",
	"definitely", "definitely not", "far from it", "no", "nope", "not at all", "not exactly",
	"not quite", "not really", "of course", "sadly no", "sadly not", "yep", "yes",
};

/*
 * A question that opens the claim, answered by what follows ("Is it
 * within everyone's reach? Sadly not. The cost ..."): the token of its
 * "?", or -1.  At least three words must follow it.
 */
static int opening_question(const struct tokens *ts)
{
	for (int k = 0; k < ts->n; k++)
		if (ts->t[k].punct != 0 && strchr(".!?", ts->t[k].punct) != NULL)
			return ts->t[k].punct == '?' && k > 0 && words_after(ts, k) >= 3 ? k : -1;
	return -1;
}

/* The token after a short answer from token k and its punctuation, or -1. */
static int answer_at(const struct tokens *ts, int k)
{
	int best = -1;
	for (size_t a = 0; a < NP(answers); a++) {
		int m = phrase_at(ts, k, answers[a]);
		if (m > best && m < ts->n && ts->t[m].punct != 0 &&
		    strchr(",.:;!", ts->t[m].punct) != NULL)
			best = m;
	}
	return best >= 0 ? best + 1 : -1;
}

/*
 * Adds the label that label_at found from token k to token end (after its
 * colon); a lead-in longer than a label is marked to be read for
 * conflicts.
 */
static size_t add_label(struct frame_span *out, size_t n, size_t max, const struct tokens *ts,
    int k, int end)
{
	size_t added = add(out, n, max, ts->t[k].start, ts->t[end - 1].end, 0);
	if (added > n && end - 1 - k > LABEL_WORDS)
		out[n].lead_in = 1;
	return added;
}

/* Words of a writer not knowing or expecting a fact: "I didn't know this", "no idea". */
static const char *const unknowing_words[] = {
	"aware", "coming", "expect", "expected", "idea", "knew", "know", "realise", "realised",
	"realize", "realized",
};
static const char *const unknowing_denials[] = {
	"didn't", "didnt", "don't", "dont", "hadn't", "hadnt", "haven't", "havent", "never",
	"no", "not",
};

#define UNKNOWING_TOKENS 10	/* tokens of a writer's "I didn't know this" clause */
#define WRITER_NOUN_WORDS 3	/* words between ", which is" and its "I" ("a word I") */

/*
 * Whether tokens [from, to) tell of the writer, or people, not knowing
 * or expecting what the claim states: a denial ("didn't", "didn’t") and
 * a verb of knowing ("Didn't know this until today", "which I did not
 * see coming", "I had no idea").
 */
static int unknowing(const struct tokens *ts, int from, int to)
{
	int denied = 0, knowing = 0;
	if (to - from > UNKNOWING_TOKENS)
		return 0;
	for (int k = from; k < to; k++) {
		if (!is_word(ts, k))
			continue;
		denied |= IS(&ts->t[k], unknowing_denials) || (is_word(ts, k + 1) &&
		    strcmp(ts->t[k + 1].w, "t") == 0 && (IS(&ts->t[k], knowing_denial_stems) ||
		    strcmp(ts->t[k].w, "don") == 0));
		knowing |= denied && IS(&ts->t[k], unknowing_words);
	}
	return knowing;
}

/*
 * "Readers may not know that", "Many people don't realize that": the
 * reader or people not knowing what the claim states, which "know"
 * takes as true.  The token after "that", or -1; not "We don't know
 * that ..." (a writer's doubt), nor "Doctors don't know ...".
 */
static int audience_unknowing(const struct tokens *ts)
{
	int audience = 0;
	for (int k = 0; k < ts->n && k <= UNKNOWING_TOKENS && is_word(ts, k); k++) {
		if (strcmp(ts->t[k].w, "i") == 0 || strcmp(ts->t[k].w, "we") == 0)
			return -1;
		audience |= IS(&ts->t[k], addressed_people) || strcmp(ts->t[k].w, "you") == 0;
		if (strcmp(ts->t[k].w, "that") == 0)
			return k > 0 && audience && unknowing(ts, 0, k) ? k + 1 : -1;
	}
	return -1;
}

/*
 * A writer's sympathy that opens the claim as a sentence of its own: "I
 * understand how exhausting that must be.", "I'm so sorry you're going
 * through this."  Lower-case, sorted.
 */
static const char *const sympathy_openers[] = {
	"i am so sorry", "i am sorry", "i can imagine", "i can only imagine",
	"i completely understand", "i feel you", "i get it", "i hear you", "i know how",
	"i totally understand", "i understand", "i'm so sorry", "i'm sorry", "so sorry",
	"sorry to hear", "that must", "that sounds",
};
/* What "I understand" may go on to: the reader's plight, not a fact ("I understand that"). */
static const char *const plight_words[] = { "how", "what", "why", "you", "you're", "your" };

#define SYMPATHY_WORDS 8	/* words of a sympathy sentence after its opener */

/*
 * The token after a sympathy sentence that opens the claim and its "." or
 * "!", or -1: at most SYMPATHY_WORDS words after the opener, no number,
 * and at least three words after it.
 */
static int sympathy_sentence(const struct tokens *ts)
{
	int best = -1, understand = 0;
	for (size_t o = 0; o < NP(sympathy_openers); o++) {
		int m = phrase_at(ts, 0, sympathy_openers[o]);
		if (m > best) {
			best = m;
			understand = strstr(sympathy_openers[o], "understand") != NULL;
		}
	}
	if (best < 0)
		return -1;
	if (understand && is_word(ts, best) && !IS(&ts->t[best], plight_words))
		return -1;
	int end = best, words = 0;
	for (; end < ts->n && !(ts->t[end].punct != 0 && strchr(".!", ts->t[end].punct)); end++) {
		if (!is_word(ts, end) && !is_punct(ts, end, ','))
			return -1;
		if (is_word(ts, end) && (++words > SYMPATHY_WORDS ||
		    is_digit((unsigned char)ts->t[end].w[0])))
			return -1;
	}
	return end < ts->n && words_after(ts, end + 1) >= 3 ? end + 1 : -1;
}

/* Verbs of a writer's impression and the words that may stress it: "sounds really scary". */
static const char *const impression_verbs[] = { "feels", "looks", "seems", "sounds" };
static const char *const impression_stress[] = {
	"a", "bit", "kind", "kinda", "little", "of", "pretty", "quite", "rather", "really", "so",
	"super", "very",
};

/*
 * Whether tokens [k, last] are a writer's impression of what the claim
 * said, to its end: "sounds really scary", "seems wild" (after ",
 * which"); not "seems to help".
 */
static int impression(const struct tokens *ts, int k, int last)
{
	if (!is_word(ts, k) || !IS(&ts->t[k], impression_verbs) || last <= k)
		return 0;
	for (int m = k + 1; m < last; m++)
		if (!is_word(ts, m) || !IS(&ts->t[m], impression_stress))
			return 0;
	return is_word(ts, last);
}

/* Verbs of a closing "put that in the playbook", "write it down". Sorted. */
static const char *const memo_verbs[] = {
	"chalk", "file", "jot", "mark", "note", "put", "remember", "tattoo", "write",
};
static const char *const memo_objects[] = { "it", "that", "this" };

#define MEMO_WORDS 6	/* words of a closing memo */

/* Whether tokens [from, last] are all words: a closing clause with no punctuation of its own. */
static int words_only(const struct tokens *ts, int from, int last)
{
	for (int m = from; m <= last; m++)
		if (!is_word(ts, m))
			return 0;
	return 1;
}

/*
 * Whether tokens [k, last] tell the reader to keep what the claim said,
 * to its end: ", put that in the playbook.", ", write it on your
 * wristband." (a verb of memo_verbs, then "that", "it" or "this").
 */
static int memo(const struct tokens *ts, int k, int last)
{
	if (!is_word(ts, k) || !IS(&ts->t[k], memo_verbs) || !is_word(ts, k + 1) ||
	    !IS(&ts->t[k + 1], memo_objects) || last - k >= MEMO_WORDS)
		return 0;
	return words_only(ts, k + 2, last);
}

/* What a reader would have guessed: "... than you'd think".  Sorted. */
static const char *const guesses[] = {
	"than most people realise", "than most people realize", "than most people think",
	"than you might expect", "than you might think", "than you would expect",
	"than you would think", "than you'd expect", "than you'd guess", "than you'd imagine",
	"than you'd think",
};

#define BEYOND_WORDS 10	/* words of a closing "so it's been around longer than you'd think" */

/*
 * Whether tokens [k, last] are the writer's wonder at what the claim
 * said, to its end: ", so it's been around way longer than you'd think."
 * ("so" first, a guess of guesses last).
 */
static int beyond_thought(const struct tokens *ts, int k, int last)
{
	if (!is_word(ts, k) || strcmp(ts->t[k].w, "so") != 0 || last - k >= BEYOND_WORDS)
		return 0;
	for (int m = k + 1; m <= last; m++) {
		if (!is_word(ts, m))
			return 0;
		for (size_t g = 0; g < NP(guesses); g++)
			if (phrase_at(ts, m, guesses[g]) == last + 1)
				return 1;
	}
	return 0;
}

#define OWN_DOING_WORDS 7	/* words of a closing "I had to google that one" */

/*
 * Whether tokens [k, last] tell what the writer did with what the claim
 * said, to its end: ", I had to google that one.", ", I looked it up." (the
 * writer the subject, "it", "that" or "this" the object, perhaps "one" or
 * "up" after it).
 */
static int own_doing(const struct tokens *ts, int k, int last)
{
	if (!is_word(ts, k) || !IS(&ts->t[k], writer_words) || last - k >= OWN_DOING_WORDS ||
	    last - k < 2)
		return 0;
	if (!words_only(ts, k + 1, last))
		return 0;
	int object = last;
	if (strcmp(ts->t[object].w, "one") == 0 || strcmp(ts->t[object].w, "up") == 0)
		object--;
	return object > k + 1 && IS(&ts->t[object], memo_objects);
}

#define OWN_PLAN_WORDS 10	/* words of a closing "so I'm packing a ginger ale just in case" */

/*
 * Whether tokens [k, last] are "so" and what the writer will do about
 * what the claim said, to its end: ", so I'm packing a ginger ale just in
 * case." (the writer the subject, words only; no belief, which is a claim).
 */
static int own_plan(const struct tokens *ts, int k, int last)
{
	/* "so I think it is the drug itself": a belief, which claims */
	static const char *const believing[] = {
		"am", "assume", "bet", "believe", "doubt", "expect", "feel", "figure", "gather",
		"guess", "guessing", "hear", "heard", "hope", "imagine", "know", "read", "reckon",
		"say", "suppose", "sure", "suspect", "think", "thinking", "told", "understand",
		"will",
	};
	if (!is_word(ts, k) || strcmp(ts->t[k].w, "so") != 0 || last - k >= OWN_PLAN_WORDS ||
	    last - k < 3 || !IS(&ts->t[k + 1], writer_words) || IS(&ts->t[k + 2], believing))
		return 0;
	return words_only(ts, k + 1, last);
}

#define OWN_TIME_WORDS 14	/* words of a closing "right around when I was finishing school" */

/*
 * Whether tokens [k, last] date what the claim said by the writer's own
 * life, to the claim's end: ", right around when I was finishing high
 * school." (words only; "when" and the like, then "I" or "my").
 */
static int own_time(const struct tokens *ts, int k, int last)
{
	static const char *const approximately[] = {
		"about", "around", "back", "even", "just", "right", "round", "way",
	};
	static const char *const whens[] = { "after", "before", "since", "when", "while" };
	static const char *const mine[] = { "i", "i'd", "i'm", "i've", "my" };
	if (last - k >= OWN_TIME_WORDS || !words_only(ts, k, last))
		return 0;
	while (k < last && IS(&ts->t[k], approximately))
		k++;
	return k + 2 <= last && IS(&ts->t[k], whens) && IS(&ts->t[k + 1], mine);
}

#define ASKING_ME_WORDS 12	/* words of a closing "and don't ask me to pronounce that" */

/*
 * Whether tokens [k, last] tell the reader not to ask the writer, to the
 * claim's end: ", and don't ask me to pronounce that on the phone." (words
 * only, "and" perhaps first).
 */
static int not_asking_me(const struct tokens *ts, int k, int last)
{
	if (is_word(ts, k) && strcmp(ts->t[k].w, "and") == 0)
		k++;
	if (last - k >= ASKING_ME_WORDS || last - k < 2 || !is_word(ts, k) ||
	    !(strcmp(ts->t[k].w, "don't") == 0 || strcmp(ts->t[k].w, "dont") == 0) ||
	    strcmp(ts->t[k + 1].w, "ask") != 0 || strcmp(ts->t[k + 2].w, "me") != 0)
		return 0;
	return words_only(ts, k + 1, last);
}

/*
 * Whether the writer speaks in person at token k, a comma perhaps before:
 * ", which, I confess, is where my grasp ends", ", which I find reasonable"
 * (to the claim's end at `last`: the writer's comment on what it said).
 */
static int writer_aside(const struct tokens *ts, int k, int last)
{
	if (is_punct(ts, k, ','))
		k++;
	if (!(k < last && is_word(ts, k) && IS(&ts->t[k], writer_words)))
		return 0;
	/* ", which I didn't know, and it acts on ...": the claim goes on */
	for (int m = k + 1; m < last; m++)
		if (is_punct(ts, m, ',') && is_word(ts, m + 1) && IS(&ts->t[m + 1], joining_words))
			return 0;
	return 1;
}

/* What a fact did to the writer, after "which": ", which was news to me." Sorted. */
static const char *const writer_reactions[] = {
	"amazed me", "came as a surprise", "came as a surprise to me", "came as news to me",
	"floored me", "is a big plus", "is a bonus", "is a nice bonus", "is a nice perk",
	"is a nice plus", "is a perk", "is a pity", "is a plus", "is a real pity",
	"is a real shame", "is a shame", "is a welcome bonus", "is news to me",
	"shocked me", "surprised me", "surprises a lot of people", "surprises many people",
	"surprises most people", "surprises people", "was a surprise", "was a surprise to me",
	"was news to me",
};

/*
 * The writer's comment after a comma, from token k: the token after it,
 * or -1.  Up to the claim's end at `last` (last + 1): ", which I did not
 * see coming.", ", which sounds really scary.", ", which, I suppose,
 * isn't terribly surprising.", ", put that in the playbook."; or up to
 * its comma: ", which I didn't know, and ...".
 */
static int writer_comment(const struct tokens *ts, int k, int last)
{
	if (memo(ts, k, last) || own_doing(ts, k, last) || beyond_thought(ts, k, last))
		return last + 1;
	/* ", so I'm packing a ginger ale just in case.": what the writer does about it */
	if (own_plan(ts, k, last) || not_asking_me(ts, k, last) || own_time(ts, k, last))
		return last + 1;
	/* ", mi never know that.": a dialect's "I" (writer_aside reads "I") not knowing */
	if (is_word(ts, k) && strcmp(ts->t[k].w, "mi") == 0 && unknowing(ts, k, last + 1))
		return last + 1;
	if (!is_word(ts, k) || strcmp(ts->t[k].w, "which") != 0)
		return -1;
	if (unknowing(ts, k, last + 1) || impression(ts, k + 1, last) ||
	    writer_aside(ts, k + 1, last))
		return last + 1;
	for (size_t r = 0; r < NP(writer_reactions); r++)
		if (phrase_at(ts, k + 1, writer_reactions[r]) == last + 1)
			return last + 1;	/* ", which was news to me." */
	/* ", which is a word I had rather not have learned.": the writer's, to the end */
	if (is_word(ts, k + 1) && (strcmp(ts->t[k + 1].w, "is") == 0 ||
	    strcmp(ts->t[k + 1].w, "was") == 0))
		for (int m = k + 2; m <= k + 2 + WRITER_NOUN_WORDS && m < last && is_word(ts, m); m++)
			if (IS(&ts->t[m], writer_words))
				return words_only(ts, m, last) ? last + 1 : -1;
	int close = k + 1;
	while (close < ts->n && close <= k + UNKNOWING_TOKENS && is_word(ts, close))
		close++;
	return close < last && is_punct(ts, close, ',') && unknowing(ts, k, close) ? close : -1;
}

/*
 * A closing question or exclamation of wonder, after what the claim
 * states: "Isn't the brain something?", "How cool is that?"  Lower-case,
 * sorted.
 */
static const char *const wonder_openers[] = { "ain't", "aren't", "how", "isn't", "wasn't" };
static const char *const wonder_words[] = {
	"amazing", "awesome", "brilliant", "clever", "cool", "crazy", "fascinating",
	"incredible", "marvellous", "marvelous", "neat", "remarkable", "something", "wild",
	"wonderful",
};

#define WONDER_WORDS 6	/* words of a closing wonder */

/*
 * The first token of a closing wonder that ends the claim at token `last`
 * (its "?" or "!" after it), or -1: a sentence of its own or a clause after
 * a comma (", isn't that something?"), at least three words after the
 * claim's first, that opens with wonder_openers and holds a wonder_words
 * word.
 */
static int closing_wonder(const struct tokens *ts, int last)
{
	if (last + 1 >= ts->n || !(is_punct(ts, last + 1, '?') || is_punct(ts, last + 1, '!')))
		return -1;
	int start = last, words = 0, wonder = 0;
	while (start > 0 && !(ts->t[start - 1].punct != 0 &&
	    strchr(".!?,", ts->t[start - 1].punct)))
		start--;
	for (int k = start; k <= last; k++) {
		if (!is_word(ts, k) || ++words > WONDER_WORDS)
			return -1;
		wonder |= IS(&ts->t[k], wonder_words);
	}
	if (!wonder || !IS(&ts->t[start], wonder_openers) ||
	    words_after(ts, 0) - words_after(ts, start) < 3)
		return -1;
	return start;
}

/*
 * A case note's telling, in a social worker's or a nurse's shorthand:
 * "Client informed that", "Cl. told", "Pt made aware", "Advised client
 * that", "Reminded cl. to", "Explained the ..." (sorted lists).
 */
static const char *const noted_persons[] = {
	"cl", "client", "family", "parent", "parents", "patient", "pt", "resident",
};
static const char *const noted_tellings[] = {
	"advised", "counseled", "counselled", "educated", "informed", "instructed", "reassured",
	"reminded", "told",
};
static const char *const noting_verbs[] = {
	"advised", "counseled", "counselled", "discussed", "educated", "emphasised",
	"emphasized", "explained", "informed", "reiterated", "reassured", "reminded", "stressed",
	"told",
};

/* The token after person k ("Cl." with its period), or -1. */
static int noted_person(const struct tokens *ts, int k)
{
	if (!is_word(ts, k) || !IS(&ts->t[k], noted_persons))
		return -1;
	return k + 1 + is_punct(ts, k + 1, '.');
}

/*
 * The token after a case note's telling at token k, its "that" too, or
 * -1: a person told ("Client informed", "Pt was told", "Cl. made
 * aware"), or a capitalised noting verb and perhaps whom it told ("Advised
 * client that", "Stressed with client", "Explained the").
 */
static int case_note(const struct tokens *ts, int k)
{
	int m = noted_person(ts, k);
	if (m > k) {
		if (is_word(ts, m) && (strcmp(ts->t[m].w, "was") == 0 ||
		    strcmp(ts->t[m].w, "is") == 0))
			m++;
		if (phrase_at(ts, m, "made aware") > m)
			m += 2;
		else if (is_word(ts, m) && IS(&ts->t[m], noted_tellings))
			m++;
		else
			return -1;
	} else if (is_word(ts, k) && ts->t[k].capital && IS(&ts->t[k], noting_verbs)) {
		m = k + 1;
		if (is_word(ts, m) && strcmp(ts->t[m].w, "with") == 0 &&
		    noted_person(ts, m + 1) > m)
			m = noted_person(ts, m + 1);
		else if (noted_person(ts, m) > m)
			m = noted_person(ts, m);
		else if (!(is_word(ts, m) && (strcmp(ts->t[m].w, "that") == 0 ||
		    strcmp(ts->t[m].w, "the") == 0)))
			return -1;
	} else {
		return -1;
	}
	if (is_word(ts, m) && strcmp(ts->t[m].w, "consent") == 0)
		return -1;	/* "Patient informed consent is required" */
	return is_word(ts, m) && strcmp(ts->t[m].w, "that") == 0 ? m + 1 : m;
}

/* Words between "it's" and "like" in a closing likeness: "It's more like". Sorted. */
static const char *const likeness_degrees[] = {
	"a", "bit", "just", "kind", "kinda", "little", "more", "much", "of", "rather", "sort",
	"sorta",
};

/*
 * The first token of a closing likeness that ends the claim at token
 * `last`, or -1: a sentence of its own, or a clause after a comma (a "so"
 * perhaps first), that opens "It's more like", "That's like", "Think of it
 * as" or "Think of them like", with three words or more of the claim
 * before it ("..., so think of them as relatives on the same family
 * tree", "It's more like recharging a phone battery than fixing a wire.").
 */
#define PARENTHESIS_TOKENS 16	/* tokens of a writer's parenthesis, its brackets too */

/*
 * The writer's own parenthesis at token k: "(I'm a total wimp with
 * needles)", "(I had to look it up)" (the writer its first word).  The
 * token of its ")", or -1.
 */
static int writer_parenthesis(const struct tokens *ts, int k)
{
	if (!is_punct(ts, k, '(') || !is_word(ts, k + 1) || !IS(&ts->t[k + 1], writer_words))
		return -1;
	for (int m = k + 2; m < ts->n && m < k + PARENTHESIS_TOKENS; m++) {
		if (is_punct(ts, m, ')'))
			return m;
		if (is_punct(ts, m, '('))
			return -1;
	}
	return -1;
}

/* A closing sentence that only stresses the one before: "Period.", "End of story." */
static const char *const emphases[] = {
	"end of discussion", "end of story", "full stop", "no exceptions", "period",
};

/* A closing sentence of the writer's surprise: "Didn't see that one coming." Sorted. */
static const char *const surprises[] = {
	"didn't see that coming", "didn't see that one coming", "didnt see that coming",
	"didnt see that one coming", "mind blown", "never saw that coming",
	"never saw that one coming", "who would have guessed", "who would've guessed",
	"who'd have guessed",
};

#define SURPRISE_WORDS 10	/* words of a closing surprise, its own words after it too */

/* The writer's opinion that closes a short verdict: "Sensible, I thought."  Sorted. */
static const char *const opinions[] = {
	"i believe", "i guess", "i reckon", "i suppose", "i think", "i thought", "if you ask me",
};

#define VERDICT_WORDS 2	/* words of a closing verdict before its opinion */

/*
 * Whether tokens [start, last] are a closing verdict of the writer's: one
 * or two words, a comma, an opinion ("Sensible, I thought.", "Good advice,
 * if you ask me.").
 */
static int closing_verdict(const struct tokens *ts, int start, int last)
{
	int k = start;
	while (k <= last && k - start < VERDICT_WORDS && is_word(ts, k))
		k++;
	if (k == start || !is_punct(ts, k, ','))
		return 0;
	for (size_t o = 0; o < NP(opinions); o++)
		if (phrase_at(ts, k + 1, opinions[o]) == last + 1)
			return 1;
	return 0;
}

/*
 * The first token of a closing emphasis, surprise or verdict that ends the
 * claim at token `last` (a sentence of its own, three words or more of the
 * claim before it), or -1: "Period.", "Didn't see that one coming over my
 * 2am coffee.", "Sensible, I thought."
 */
static int closing_emphasis(const struct tokens *ts, int last)
{
	int start = last;
	while (start > 0 && ts->t[start - 1].punct != '.' && ts->t[start - 1].punct != '!' &&
	    ts->t[start - 1].punct != '?')
		start--;
	if (start < 4 || words_after(ts, 0) - words_after(ts, start) < 3)
		return -1;
	for (size_t e = 0; e < NP(emphases); e++)
		if (phrase_at(ts, start, emphases[e]) == last + 1)
			return start;
	for (size_t e = 0; e < NP(surprises); e++)
		if (phrase_at(ts, start, surprises[e]) > start && last - start < SURPRISE_WORDS)
			return start;
	return closing_verdict(ts, start, last) ? start : -1;
}

static int closing_likeness(const struct tokens *ts, int last)
{
	int start = last;
	while (start > 0 && !(ts->t[start - 1].punct != 0 &&
	    strchr(".!?,;", ts->t[start - 1].punct)))
		start--;
	int k = start;
	if (k > 0 && is_punct(ts, k - 1, ',') && is_word(ts, k) && strcmp(ts->t[k].w, "so") == 0)
		k++;
	if (!is_word(ts, k) || words_after(ts, 0) - words_after(ts, start) < 3)
		return -1;
	int m = -1;
	if ((m = phrase_at(ts, k, "think of it")) < 0 &&
	    (m = phrase_at(ts, k, "think of them")) < 0)
		m = phrase_at(ts, k, "think of this");
	if (m > k)
		return is_word(ts, m) && (strcmp(ts->t[m].w, "as") == 0 ||
		    strcmp(ts->t[m].w, "like") == 0) ? start : -1;
	if (strcmp(ts->t[k].w, "it's") != 0 && strcmp(ts->t[k].w, "that's") != 0)
		return -1;
	for (m = k + 1; m <= last && is_word(ts, m) && IS(&ts->t[m], likeness_degrees); m++)
		;
	return is_word(ts, m) && strcmp(ts->t[m].w, "like") == 0 && m < last ? start : -1;
}

size_t frame_find(const char *claim, size_t len, struct frame_span *out, size_t max)
{
	struct tokens ts;
	size_t n = 0;
	int named = 0;
	read_tokens(claim, len, &ts);
	if (ts.n == 0)
		return 0;
	/*
	 * A frame at the start: "According to X,", "As my doctor explained,",
	 * "My doctor explained that"; or after an opening phrase ("Funny
	 * enough, the nurse said ..."); then perhaps one more ("The
	 * psychiatrist said studies show ...").
	 */
	int lead = 0, from = 0, end = -1, comma;
	/* a label before a colon: "Pro tip:", "Bottom line:", "Bonus benefit:" */
	/*
	 * an aside up to its colon or comma first ("Let me be plain with
	 * you:", "Listen up, team:"); "Fair warning from a regular:" is a
	 * lead-in
	 */
	int aside = aside_at(&ts, 0);
	int question = opening_question(&ts);
	/*
	 * "Didn't know this until today, but ...", "A lot of people don't
	 * know this, but", "Readers may not know that ...": the token after
	 * the frame, or -1
	 */
	int but = opening_comma(&ts, UNKNOWING_TOKENS), unknown_end;
	if (but > 0 && is_word(&ts, but + 1) && strcmp(ts.t[but + 1].w, "but") == 0 &&
	    unknowing(&ts, 0, but) && words_after(&ts, but + 2) >= 3)
		unknown_end = but + 2;
	/* "Many people don't know this, ketamine is ...": "this" points past its comma */
	else if (but > 1 && strcmp(ts.t[but - 1].w, "this") == 0 && unknowing(&ts, 0, but) &&
	    words_after(&ts, but + 1) >= 3)
		unknown_end = but + 1;
	else
		unknown_end = audience_unknowing(&ts);
	int sympathy = sympathy_sentence(&ts);
	if (sympathy > 0) {
		/* "I understand how exhausting that must be. Ketamine can ..." */
		n = add(out, n, max, ts.t[0].start, ts.t[sympathy - 1].end, 0);
		lead = from = sympathy;
		question = 0;
		aside = -1;
	} else if (unknown_end > 0 && words_after(&ts, unknown_end) >= 3) {
		n = add(out, n, max, ts.t[0].start, ts.t[unknown_end - 1].end, 0);
		lead = from = unknown_end;
		question = 0;
		aside = -1;
	}
	if (question > 0) {
		/*
		 * the question is a lead-in (its topic words weigh, conflicts
		 * read it), its short answer a plain frame: "Sadly not." denies
		 * nothing the claim then says
		 */
		size_t added = add(out, n, max, ts.t[0].start, ts.t[question].end, 0);
		if (added > n)
			out[n].lead_in = 1;
		n = added;
		lead = from = question + 1;
		if ((end = answer_at(&ts, lead)) > lead && words_after(&ts, end) >= 3) {
			n = add(out, n, max, ts.t[lead].start, ts.t[end - 1].end, 0);
			lead = from = end;
		}
	} else if (sympathy < 0 &&
	    !(aside > 0 && (is_punct(&ts, aside, ':') || is_punct(&ts, aside - 1, ','))) &&
	    (end = label_at(&ts, 0)) > 0) {
		n = add_label(out, n, max, &ts, 0, end);
		lead = from = end;
	}
	if ((end = case_note(&ts, lead)) > lead && words_after(&ts, end) >= 3) {
		n = add(out, n, max, ts.t[lead].start, ts.t[end - 1].end, 0);
		lead = from = end;
	}
	int tail = 0, last = ts.n - 1;
	while (last > 0 && ts.t[last].punct != 0)
		last--;
	if ((end = wrapper(&ts, lead, &tail)) > lead && tail - end >= 3) {
		n = add(out, n, max, ts.t[lead].start, ts.t[end - 1].end, 0);
		n = add(out, n, max, ts.t[tail].start, ts.t[last].end, 0);
		lead = from = end;
	}
	/* "By my sword, ...", "Upon mine honour, ...": an oath */
	if ((end = oath_at(&ts, lead)) > lead && words_after(&ts, end) >= 3) {
		n = add(out, n, max, ts.t[lead].start, ts.t[end - 1].end, 0);
		lead = from = end;
	}
	/* "Honey, ...", "Now church, ...": an opener may come first */
	int called = lead;
	if (is_word(&ts, lead) && IS(&ts.t[lead], aside_openers) &&
	    vocative(&ts, lead + 1 + is_punct(&ts, lead + 1, ',')) > 0)
		called = lead + 1 + is_punct(&ts, lead + 1, ',');
	if ((end = vocative(&ts, called)) > called && is_punct(&ts, end, ',') &&
	    words_after(&ts, end) >= 3) {
		n = add(out, n, max, ts.t[lead].start, ts.t[end].end, 0);
		lead = from = end + 1;
	}
	/* "Now mind you,", "Well, from what I read,": an opener before the aside */
	int opened = lead;
	if (is_word(&ts, lead) && IS(&ts.t[lead], aside_openers) && aside_at(&ts, lead) < 0)
		opened = lead + 1 + is_punct(&ts, lead + 1, ',');
	if ((end = aside_at(&ts, opened)) > opened && words_after(&ts, end) >= 3) {
		n = add(out, n, max, ts.t[lead].start, ts.t[end - 1].end, 0);
		lead = from = end;
		/* "Make no mistake, this drug has teeth: ..." */
		if ((end = label_at(&ts, lead)) > lead) {
			n = add_label(out, n, max, &ts, lead, end);
			lead = from = end;
		}
		/* "Listen up, team: ..." */
		if ((end = vocative(&ts, lead)) > lead && end < ts.n &&
		    (is_punct(&ts, end, ',') || is_punct(&ts, end, ':')) &&
		    words_after(&ts, end) >= 3) {
			n = add(out, n, max, ts.t[lead].start, ts.t[end].end, 0);
			lead = from = end + 1;
		}
	}
	if ((end = according_to(&ts, lead)) >= 0 && is_punct(&ts, end, ',')) {
		end++;
		named = 1;
	} else if ((end = in_document(&ts, lead)) >= 0) {
		end++;
		named = 0;
	} else if (is_word(&ts, lead) && strcmp(ts.t[lead].w, "as") == 0 &&
	    (end = speaker(&ts, lead + 1, &named)) >= 0 &&
	    (end = saying(&ts, lead + 1, end, named)) >= 0 && is_punct(&ts, end, ','))
		end++;
	else if ((end = what_frame(&ts, lead, &named)) > 0)
		;
	else if ((end = view_frame(&ts, lead)) > 0)
		named = 0;	/* "Our advice is that": no speaker named */
	else if ((end = lead_frame(&ts, lead, &named)) < 0 && lead == 0 &&
	    (comma = opening_comma(&ts, OPENER_REACH)) > 0 &&
	    ((end = what_frame(&ts, after_joining(&ts, comma + 1), &named)) > 0 ||
	    (end = lead_frame(&ts, after_joining(&ts, comma + 1), &named)) > 0))
		from = after_joining(&ts, comma + 1);
	else if (end < 0)
		named = 0;
	if (end > lead && words_after(&ts, end) >= 3) {
		n = add(out, n, max, ts.t[from].start, ts.t[end - 1].end, named);
		lead = end;
		if ((end = lead_frame(&ts, lead, &named)) > 0 && words_after(&ts, end) >= 3) {
			n = add(out, n, max, ts.t[lead].start, ts.t[end - 1].end, named);
			lead = end;
		}
	}
	int wonder = closing_wonder(&ts, last);
	if (wonder <= lead)
		wonder = closing_likeness(&ts, last);
	if (wonder <= lead && (wonder = closing_emphasis(&ts, last)) > lead) {
		/* "Period." */
		n = add(out, n, max, ts.t[wonder].start, ts.t[ts.n - 1].end, 0);
		last = wonder - 1;
		while (last > lead && ts.t[last].punct != 0)
			last--;
	} else if (wonder > lead) {
		n = add(out, n, max, ts.t[wonder].start, ts.t[last + 1].end, 0);
		last = wonder - 1;
		while (last > lead && ts.t[last].punct != 0)
			last--;
	}
	for (int k = lead; k < ts.n; k++) {
		int shut;
		if ((shut = writer_parenthesis(&ts, k)) > k) {
			/* "(I'm a total wimp with needles)" */
			n = add(out, n, max, ts.t[k].start, ts.t[shut].end, 0);
			k = shut;
			continue;
		}
		if (ts.t[k].punct != 0) {
			/* ", according to X" and ", the article concedes," */
			if (ts.t[k].punct != ',' || k <= lead)
				continue;
			int j = according_to(&ts, k + 1), at = k + 1, a;
			named = j >= 0;
			/* ", which I did not see coming.", ", put that in the playbook." */
			if (j < 0 && (a = writer_comment(&ts, at, last)) > at) {
				n = add(out, n, max, ts.t[k].start, ts.t[a - 1].end, 0);
				if (a > last)
					break;
				k = a - 1;
				continue;
			}
			if (j < 0 && ((a = vocative(&ts, at)) > at ||
			    (a = name_called(&ts, at)) > at)) {
				/* ", sweetheart," ", dear.", ", Bridie, so" */
				n = add(out, n, max, ts.t[k].start, ts.t[a - 1].end, 0);
				k = a - 1;
				continue;
			}
			for (size_t o = 0; j < 0 && o < NP(sign_offs); o++)
				if (phrase_at(&ts, at, sign_offs[o]) == last + 1)
					j = last + 1;	/* ", ten-four." */
			/* ", mind," between commas or closing a sentence ("Mind the dose" is none) */
			if (j < 0 && is_word(&ts, at) && strcmp(ts.t[at].w, "mind") == 0 &&
			    (at == last || is_punct(&ts, at + 1, ',') || is_punct(&ts, at + 1, '.') ||
			    is_punct(&ts, at + 1, '!')))
				j = at + 1;
			if (j < 0 && (a = aside_at(&ts, at)) > at && is_punct(&ts, a - 1, ','))
				j = a - 1;	/* ", of course," */
			else if (j < 0 && a > last)
				j = a;		/* ", no joke." */
			else if (j < 0 && is_word(&ts, at) && strcmp(ts.t[at].w, "so") == 0 &&
			    (a = aside_at(&ts, at + 1)) > last)
				j = a;		/* ", so it's no joke." */
			if (j < 0 && is_word(&ts, at) && (strcmp(ts.t[at].w, "as") == 0 ||
			    strcmp(ts.t[at].w, "so") == 0))
				at++;	/* ", as we all know,", ", so I have read," */
			if (j < 0 && (j = speaker(&ts, at, &named)) >= 0 &&
			    (j = saying(&ts, at, j, named)) >= 0 &&
			    !(j == ts.n || is_punct(&ts, j, ',') || is_punct(&ts, j, '.')))
				j = -1;
			if (j >= 0) {
				n = add(out, n, max, ts.t[k].start, ts.t[j - 1].end, named);
				k = j - 1;
			}
		} else if (k > lead && IS(&ts.t[k], joining_words) &&
		    (strcmp(ts.t[k].w, "and") != 0 || is_punct(&ts, k - 1, ',')) &&
		    (end = lead_frame(&ts, k + 1, &named)) > 0 && words_after(&ts, end) >= 3) {
			/* "..., but experts say ketamine takes another path" */
			n = add(out, n, max, ts.t[k + 1].start, ts.t[end - 1].end, named);
			k = end - 1;
		} else if (IS(&ts.t[k], hearsay_adverbs) || (k > 0 &&
		    IS(&ts.t[k], hearsay_participles) && IS(&ts.t[k - 1], passive_auxiliaries) &&
		    is_word(&ts, k + 1) && strcmp(ts.t[k + 1].w, "to") == 0 &&
		    /* "reported to the doctor" tells someone */
		    is_word(&ts, k + 2) && !IS(&ts.t[k + 2], determiners))) {
			n = add(out, n, max, ts.t[k].start, ts.t[k].end, 0);
		} else if (k > lead && according_to(&ts, k) >= 0 && words_after(&ts, 0) -
		    words_after(&ts, k) >= 3) {
			int j = according_to(&ts, k);
			n = add(out, n, max, ts.t[k].start, ts.t[j - 1].end, 1);
			k = j - 1;
		}
	}
	return n;
}

/*
 * Whether every occurrence of w lies inside one of the spans (persons 0),
 * inside persons' spans (1); or whether some occurrence lies inside a
 * named speaker's span (2).
 */
static int holds(const char *claim, size_t len, const struct frame_span *spans, size_t n,
    const char *w, int persons)
{
	size_t wl = strlen(w);
	int seen = 0;
	if (wl == 0)
		return 0;
	for (size_t i = 0; i + wl <= len; i++) {
		if ((i > 0 && is_word_byte((unsigned char)claim[i - 1])) ||
		    (i + wl < len && is_word_byte((unsigned char)claim[i + wl])) ||
		    strncasecmp(claim + i, w, wl) != 0)
			continue;
		int inside = 0;
		for (size_t s = 0; s < n && !inside; s++)
			inside = spans[s].start <= i && i + wl <= spans[s].end &&
			    (persons == 0 || (persons == 1 && spans[s].person) ||
			    (persons == 2 && spans[s].named));
		if (persons == 2 && inside)
			return 1;
		if (!inside && persons != 2)
			return 0;
		seen = persons != 2;
	}
	return seen;
}

int frame_holds_word(const char *claim, size_t len, const struct frame_span *spans,
    size_t n, const char *w)
{
	return holds(claim, len, spans, n, w, 0);
}

int frame_holds_person(const char *claim, size_t len, const struct frame_span *spans,
    size_t n, const char *w)
{
	return holds(claim, len, spans, n, w, 1);
}

int frame_holds_name(const char *claim, size_t len, const struct frame_span *spans,
    size_t n, const char *w)
{
	return holds(claim, len, spans, n, w, 2);
}

/*
 * Subjects that open a clause of their own after a comma: "X ain't Y, ya
 * know, it's not Z" is two clauses, as "X is, you know, Y" is one; and
 * "one" of a phrase set beside the clause ("happen all the time, man,
 * one of the most common things").
 */
static const char *const clause_subjects[] = {
	"he", "i", "it", "it's", "one", "she", "that's", "there's", "they", "they're", "this",
	"we",
};

#define CLAUSE_VERB_REACH 5	/* words after a determiner to its clause's verb */

/*
 * The word at text[*i] past blanks (letters, digits, apostrophes), lower
 * case, into w; *i moves past it.  0 when none stands there or it does
 * not fit.
 */
static int next_lower_word(const char *text, size_t len, size_t *i, char *w, size_t size)
{
	size_t a = *i;
	while (a < len && text[a] == ' ')
		a++;
	size_t j = a;
	while (j < len && (is_word_byte((unsigned char)text[j]) || text[j] == '\''))
		j++;
	if (j == a || j - a >= size)
		return 0;
	for (size_t k = a; k < j; k++)
		w[k - a] = (char)(is_upper((unsigned char)text[k]) ? text[k] - 'A' + 'a' : text[k]);
	w[j - a] = '\0';
	*i = j;
	return 1;
}

/*
 * Whether text[i ..] opens a clause: a clause_subjects word, or a
 * determiner whose verb follows ("the IV drip is").
 */
static int clause_follows(const char *text, size_t len, size_t i)
{
	char w[TOKEN_BYTES];
	if (!next_lower_word(text, len, &i, w, sizeof w))
		return 0;
	if (words_in_list(w, clause_subjects, NP(clause_subjects)))
		return 1;
	/*
	 * "..., man, the IV drip is the rare one": a noun phrase and its
	 * verb within the next CLAUSE_VERB_REACH words
	 */
	static const char *const openers[] = {
		"a", "an", "its", "my", "the", "their", "these", "those", "your",
	};
	static const char *const verbs[] = {
		"are", "can", "could", "does", "has", "have", "is", "may", "might", "was", "were",
		"will",
	};
	if (!words_in_list(w, openers, NP(openers)))
		return 0;
	for (int words = 0; words < CLAUSE_VERB_REACH && i < len; words++) {
		if (!next_lower_word(text, len, &i, w, sizeof w))
			return 0;
		if (words_in_list(w, verbs, NP(verbs)))
			return 1;
	}
	return 0;
}

void frame_blank(char *text, size_t len, const struct frame_span *spans, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		size_t i = spans[k].start, end = spans[k].end < len ? spans[k].end : len;
		if (spans[k].lead_in)
			continue;	/* "Same playbook as legacy antidepressants:" compares */
		int inner = i < end && text[i] == ',';
		for (; i < end; i++)
			text[i] = ' ';
		while (inner && i < len && text[i] == ' ')
			i++;
		if (inner && i < len && text[i] == ',' && !clause_follows(text, len, i + 1))
			text[i] = ' ';
	}
}
