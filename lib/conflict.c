/*
 * conflict.c: number, negation and antonym disagreements between a claim
 * and one source sentence, with substitutions, contrasts, and comparisons,
 * grades, orders and steps turned round (contract in conflict.h).
 *
 * It owns a small word tokenizer of its own (the stemmer stays in
 * tokenizer.c), a crude suffix stripper that makes "addictive", "addiction"
 * and "addicted" one word, a quantity parser (years, decades, ranges, time,
 * mass, volume, percent and a few counted units) and the word lists that
 * drive the rules.  It matches words; it does not understand them.  It
 * cannot know who does what to whom, so it never knows that "other
 * treatments haven't been effective" is not about ketamine, or that a year in
 * the sentence dates a different event.  Every rule therefore errs towards
 * silence: a clause with two negators, a negation inside a subordinate clause
 * or over a quantifier ("not always"), an opposite word without a shared
 * neighbour, and a number without a unit all say nothing.
 */
#include "conflict.h"

#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kin.h"
#include "textclass.h"
#include "util.h"

#define WORD_MAX 40		/* longer words are kept as tokens but never match */
#define QTY_INF 1e300

enum { T_WORD, T_NUM, T_PUNCT };
enum { POL_POS, POL_NEG, POL_UNK };

struct tok {
	size_t s, e;		/* bytes in the text */
	double num;		/* T_NUM: the value */
	size_t negator;		/* pol != POL_POS: index of the negating token */
	unsigned char type;
	unsigned char glued;	/* no space before it: "2-3", "50%", "fast-acting" */
	unsigned char pol;	/* POL_*: is this word inside a negation's scope? */
	unsigned char decade;	/* T_NUM: "1960s", "'60s" */
	unsigned char plain;	/* T_NUM: digits only, no leading zero */
	unsigned char ndigits;
	unsigned char used;	/* this negator already gave a conflict */
	unsigned char head;	/* the first word a negator negates */
	unsigned char relative;	/* negated inside a relative clause only ("those who have not responded") */
	unsigned char content;	/* is_content */
	unsigned char small;	/* a claim's word in small letters no dictionary knows ("ampa") */
	unsigned char named;	/* a small word the source writes as a name ("AMPA") */
	unsigned char denies_quantifier;	/* a negator over a quantifier: "not fully" */
	size_t quantifier;	/* denies_quantifier: the quantifier's token */
	const struct listed_word *listed;	/* w in the word lists' table (mark_content), or NULL */
	char w[WORD_MAX];	/* lowercase ASCII, U+2019 as '; "" when too long */
	char stem[WORD_MAX];	/* w without common suffixes */
};

struct text {
	const char *t;
	size_t len;
	struct tok *v;
	size_t n, cap;
};

/* ---- word lists --------------------------------------------------------- */

static const char STOP[] =
    "a an the and or but if of to in on at by for with from into onto about "
    "as than then so such that this these those there here it its it's "
    "itself they them their theirs themselves he him his himself she her "
    "hers herself we us our ours ourselves you your yours yourself i me my "
    "is are was were be been being am has have had having do does did doing "
    "can could may might will would shall should must also very just only "
    "even more most less least much many some any all each every both either "
    "other others another same own which who whom whose what when where why "
    "how while because since until unless though although however yet still "
    "one up out over under again further once too via per etc there's through "
    "throughout that's what's get gets got wanna gonna gotta kinda sorta lemme gimme dunno";

/*
 * Words a negation passes over to reach what it negates: "don't need to
 * worry about X", "is not classified as a controlled substance", "has not
 * been found effective", "carries no real risk".
 */
static const char TRANSPARENT[] =
    "alongside along together "
    "need needs needed want wants wanted wanting worry worried seem seems seemed appear appears "
    "appeared really actually real actual always ever longer quite even yet currently "
    "become becomes became becoming expect "
    "typically usually generally often classified classed considered "
    "regarded deemed viewed seen known labelled labeled categorized "
    "categorised listed recognized recognised found shown proven proved "
    "demonstrated reported "
    "win wins won gain gains gained earn earns earned receive receives received obtained";

/* Degree words between a copula and its adjective: "are pretty common". */
static const char INTENSIFIERS[] =
    "extremely fairly incredibly pretty quite rather really so super very";

/* A negation over these negates the quantifier, not the predicate: "not always". */
static const char QUANTIFIER[] =
    "all every everyone everybody everything always completely entirely "
    "fully totally";

/* "who" with its auxiliary: "who'd rather avoid the IV". */
#define WHO_CONTRACTED "who'd who'll who's who've"

/*
 * A negator after one of these in its clause lives in a subordinate clause
 * that may not be about the sentence's subject ("those who have not found
 * success", "if it does not help", "since they do not support it").
 * Concessive clauses ("although the mechanisms are not fully understood")
 * are asserted of it.
 */
static const char SUBORDINATOR[] =
    "who whom whose which where when whenever if unless while until because "
    "since " WHO_CONTRACTED;

/* Subordinators that open a relative clause: what it says defines a group. */
static const char RELATIVE[] = "who whom whose which " WHO_CONTRACTED;

/* Relative words that are the clause's subject. */
#define RELATIVE_SUBJECT "who which " WHO_CONTRACTED

/* Prepositions before a relative word: its clause has a subject of its own ("in which"). */
static const char RELATIVE_AFTER[] = "in on at for of by to with from";

/*
 * Words that, negated, deny the deed in their "to" complement: "not
 * advisable to drive", "not safe to stop".  ("Not necessary to" denies no
 * deed: it is not among them.)
 */
static const char ADVISING[] =
    "advisable advised allowed appropriate okay permitted permissible "
    "recommended safe wise";

/* Words that end a negation's scope and an opposite word's neighbourhood. */
static const char CLAUSE_WORD[] =
    "but however although though while whereas unlike because since unless "
    "if when whenever which who whom whose where yet";

/* Verbs that link a subject to a predicate adjective ("reactions are common"). */
static const char COPULA[] = "is are was were be been being become becomes became remain remains";

/* Negators that deny only in part: "rarely monitored" (says_seldom_too). */
#define SELDOM_WORDS "rarely seldom hardly barely scarcely"

/*
 * Negated auxiliaries written without an apostrophe: a chat's ("dont"),
 * Scots ("dinnae", "cannae"), Jamaican ("nuh") and Trinidadian ("doh"),
 * as words.c's stop list has them.
 */
#define BARE_NEGATIONS "dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt " \
    "shouldnt wouldnt couldnt mustnt cant wont aint cannae cannit couldnae didnae dinnae " \
    "divvent doan doesnae doh " \
    "hadnae hasnae havenae isnae shouldnae wasnae werenae willnae wouldnae nuh"

/* "nae": Scots "no"; "nee": Geordie "no"; "nowt", "naught": "nothing" */
static const char NEGATOR[] =
    "not no never none nothing neither nor without cannot nobody nowhere "
    "devoid lack lacks lacked lacking nae nee nowt naught " SELDOM_WORDS " " BARE_NEGATIONS;
static const char BARE_NEGATED[] = BARE_NEGATIONS;

/* Adjectives that count or pick out: no WordNet opposites for them. */
static const char DETERMINING[] =
    "several various certain numerous individual particular general special specific "
    "respective sundry whole entire";

/* Verbs that only bring their object about: a negation over them denies the object. */
static const char CAUSATIVE[] =
    "cause causes caused causing produce produces produced producing induce induces "
    "induced inducing trigger triggers triggered triggering";

/* Verbs that bear what they are said to carry: "doesn't carry any risk". */
static const char BEARING[] =
    "carry carries carried carrying pose poses posed posing";

/*
 * Verbs of expecting: "don't expect any improvement", "you shouldn't
 * expect relief" deny what is expected, as a forecast, not advice.  The
 * denial passes over "expect" (TRANSPARENT) to what is expected; over
 * "anticipate" it does not yet, and lands on the verb.
 */
static const char EXPECTING[] = "anticipate expect";

/* Verbs that make their object something: "won't make you dependent". */
static const char MAKING[] = "get gets got getting leave leaves left make makes made making "
    "render renders rendered turn turns turned";

/* Objects a making verb makes something of. */
static const char MADE_ONES[] = "anybody anyone everybody everyone her him me patients people "
    "somebody someone them us you";

/* Verbs whose "to" complement is not done: "declined to approve", "failed to respond". */
static const char IMPLICATIVE[] =
    "decline declines declined declining refuse refuses refused refusing fail fails "
    "failed failing neglect neglects neglected neglecting";

/* Verbs that end a deed named by their "-ing" object: "quit researching". */
static const char CEASING[] =
    "quit quits quitting stop stops stopped stopping cease ceases ceased ceasing halt halts "
    "halted halting";

/* Forms of "be": before "avoided", a passive. */
static const char BE_FORMS[] = "be been being is are was were";

/*
 * Verbs and auxiliaries a clause's predicate opens with: find_negation's
 * in_subject, and where a passive denial's subject ends.
 */
static const char PREDICATE_OPENER[] =
    "can could may might will would shall should must is are was were has have had "
    "does do did";
/* Verbs a subject's case opens its predicate with: "use without supervision carries a risk". */
static const char RISK_VERBS[] = "carries carry poses pose raises leads causes brings";

/* Words that deny a deed in their "to" or "that" complement, as "not advisable" does. */
static const char UNADVISABLE[] = "inadvisable unadvisable unwise";

/* Words before "to avoid" that make it advice: "it is crucial to avoid". */
static const char URGING[] =
    "advisable best better crucial essential important key necessary vital wise";

/* Verbs that pass advice on with "not to": "tell patients not to skip". */
static const char TELLING_TO[] =
    "advise advised advises ask asked asks instruct instructed instructs remind reminded "
    "reminds tell telling tells told urge urged urges warn warned warns";

/*
 * What research is still needed for: "more research is needed to
 * establish its efficacy" says the efficacy is not established yet.
 */
static const char STILL_NEEDED[] = "needed required necessary essential warranted";
static const char RESEARCH[] =
    "research studies study trials trial investigation investigations evidence data work";

/*
 * Opposite pairs: each side lists its forms.  A word may sit in several
 * pairs ("lower" is the opposite of "higher" and of "raise").
 */
/*
 * Routes of giving a drug, each line the words of one: a claim's route
 * against another that the source gives right by the same name
 * (find_route).
 */
static const char *const ROUTE[] = {
	"intravenous intravenously iv infusion infusions infused drip",
	"intranasal intranasally nasal nasally nose spray sprays",
	"oral orally mouth tablet tablets pill pills lozenge lozenges capsule capsules "
	"troche troches swallow swallows swallowed swallowing",
	"intramuscular intramuscularly",
	"subcutaneous subcutaneously",
	"sublingual sublingually",
	"transdermal",
	"rectal rectally suppository suppositories",
	"inhaled inhalation inhaler",
};
#define NROUTE (sizeof ROUTE / sizeof ROUTE[0])

static const struct {
	const char *a, *b;
	/*
	 * 1: a function word, the next content word must be the same; 2: a
	 * degree word ("most common" / "less common"), whose subject must be
	 * the same too (subject_shared).
	 */
	int tight;
	/*
	 * content words both must share next to the pair's words (0: one);
	 * two for broad verbs whose neighbours are often the corpus's own
	 * topic words ("recommend ketamine for anxiety" / "advise against
	 * using ketamine during pregnancy" share only "ketamine")
	 */
	int anchors;
} ANTONYM[] = {
	{ "increase increases increased increasing",
	  "decrease decreases decreased decreasing", 0, 0 },
	{ "increase increases increased increasing",
	  "reduce reduces reduced reducing reduction reductions", 0, 0 },
	{ "increase increases increased increasing",
	  "lower lowers lowered lowering", 0, 0 },
	/* "cuts the production of BDNF" / "increases the production" */
	{ "increase increases increased increasing boost boosts boosted boosting",
	  "cut cuts cutting", 0, 0 },
	{ "increase increases increased increasing boost boosts boosted boosting",
	  "diminish diminishes diminished diminishing curtail curtails curtailed curtailing "
	  "curb curbs curbed curbing lessen lessens lessened lessening "
	  "slash slashes slashed slashing drain drains drained draining deplete depletes "
	  "depleted depleting", 0, 0 },
	{ "raise raises raised raising", "lower lowers lowered lowering", 0, 0 },
	{ "raise raises raised raising", "reduce reduces reduced reducing", 0, 0 },
	{ "heighten heightens heightened heightening elevate elevates elevated elevating",
	  "reduce reduces reduced reducing decrease decreases decreased decreasing "
	  "lower lowers lowered lowering", 0, 0 },
	{ "rise rises rose risen rising", "fall falls fell fallen falling", 0, 0 },
	{ "rise rises rose risen rising", "drop drops dropped dropping", 0, 0 },
	{ "improve improves improved improving improvement improvements",
	  "worsen worsens worsened worsening", 0, 0 },
	{ "enhance enhances enhanced enhancing", "impair impairs impaired impairing", 0, 0 },
	/* "increases suicidal thoughts" / "alleviate symptoms like suicidal thoughts" */
	{ "increase increases increased increasing worsen worsens worsened worsening "
	  "aggravate aggravates aggravated aggravating exacerbate exacerbates exacerbated "
	  "exacerbating intensify intensifies intensified intensifying rise rises rose risen "
	  "rising raise raises raised raising climb climbs climbed climbing",
	  "alleviate alleviates alleviated alleviating relieve relieves relieved relieving "
	  "ease eases eased easing mitigate mitigates mitigated mitigating", 0, 0 },
	/* "aggravates inflammation in the brain" / "helps to reduce inflammation" */
	{ "worsen worsens worsened worsening aggravate aggravates aggravated aggravating "
	  "exacerbate exacerbates exacerbated exacerbating intensify intensifies intensified "
	  "intensifying",
	  "reduce reduces reduced reducing reduction decrease decreases decreased decreasing "
	  "lessen lessens lessened lessening", 0, 0 },
	/* "suppresses production of BDNF" / "increases the production of BDNF" */
	{ "increase increases increased increasing boost boosts boosted boosting "
	  "enhance enhances enhanced enhancing",
	  "suppress suppresses suppressed suppressing inhibit inhibits inhibited inhibiting", 0, 0 },
	{ "same identical", "different distinct differently", 0, 0 },
	{ "help helps helped helping facilitate facilitates facilitated facilitating",
	  "block blocks blocked blocking blockade", 0, 0 },
	{ "similar identical", "opposite", 0, 0 },
	{ "shorten shortens shortened shortening",
	  "prolong prolongs prolonged prolonging lengthen lengthens lengthened lengthening "
	  "extend extends extended extending", 0, 0 },
	{ "promote promotes promoted promoting",
	  "impair impairs impaired impairing inhibit inhibits inhibited inhibiting "
	  "hinder hinders hindered hindering suppress suppresses suppressed suppressing", 0, 0 },
	{ "promote promotes promoted promoting", "reduce reduces reduced reducing", 0, 2 },
	/* "can cause inflammation in the brain" / "helps to reduce inflammation in the brain" */
	{ "cause causes caused causing", "reduce reduces reduced reducing", 0, 2 },
	{ "ensure ensures ensured ensuring",
	  "hinder hinders hindered hindering impair impairs impaired impairing "
	  "harm harms harmed harming", 0, 2 },
	/* "advise against" says what "discourage" says (flipped) */
	{ "recommend recommends recommended recommending advise advises advised advising",
	  "discourage discourages discouraged discouraging", 0, 2 },
	{ "strengthen strengthens strengthened strengthening reinforce reinforces reinforced "
	  "reinforcing", "weaken weakens weakened weakening disrupt disrupts disrupted "
	  "disrupting undermine undermines undermined undermining", 0, 0 },
	{ "better", "worse", 1, 0 },
	{ "best", "worst", 1, 0 },
	{ "approve approves approved approving approval",
	  "ban bans banned banning", 0, 0 },
	{ "approve approves approved approving approval",
	  "reject rejects rejected rejecting rejection", 0, 0 },
	{ "allow allows allowed allowing",
	  "forbid forbids forbade forbidden forbidding", 0, 0 },
	{ "allow allows allowed allowing",
	  "prohibit prohibits prohibited prohibiting", 0, 0 },
	{ "legal legally", "illegal illegally", 0, 0 },
	{ "block blocks blocked blocking blockade blocker blockers",
	  "activate activates activated activating activation activator activators", 0, 0 },
	{ "inhibit inhibits inhibited inhibiting inhibitor inhibitors",
	  "activate activates activated activating activation activator activators", 0, 0 },
	{ "inhibit inhibits inhibited inhibiting",
	  "stimulate stimulates stimulated stimulating stimulation", 0, 0 },
	{ "block blocks blocked blocking blockade",
	  "stimulate stimulates stimulated stimulating stimulation", 0, 2 },
	{ "agonist agonists", "antagonist antagonists", 0, 0 },
	/* "an NMDA receptor agonist" / "by blocking the NMDA receptor" */
	{ "agonist agonists", "block blocks blocked blocking blockade blocker blockers", 0, 0 },
	/*
	 * "a chemical that lifts mood" / "a chemical that dampens moods", said
	 * of one subject ("Ketamine lifts mood" is no opposite of it)
	 */
	{ "lift lifts lifted lifting brighten brightens brightened",
	  "dampen dampens dampened dampening", 2, 0 },
	{ "eligible", "excluded ineligible", 0, 0 },
	/* "a single administration" / "repeated administration" */
	{ "single", "repeated multiple", 1, 0 },
	/* "conditions that respond well to other therapies" / "resistant to other therapies" */
	{ "respond responds responded responding responsive",
	  "resistant refractory unresponsive", 0, 0 },
	{ "safe safely", "dangerous dangerously unsafe", 0, 0 },
	{ "effective effectively effectiveness efficacy",
	  "ineffective ineffectively useless worthless futile fruitless", 0, 0 },
	/* "higher doses proving effective" / "the higher doses flopped" */
	{ "effective effectively effectiveness efficacy", "flop flops flopped flopping", 0, 0 },
	{ "possible", "impossible", 0, 0 },
	{ "necessary", "unnecessary", 0, 2 },
	{ "promising encouraging", "disappointing discouraging", 0, 2 },
	{ "likely", "unlikely", 0, 0 },
	{ "able", "unable", 0, 0 },
	{ "fast", "slow", 0, 0 },
	{ "faster", "slower", 1, 0 },
	{ "quick quickly rapid rapidly swift swiftly immediate immediately faster quicker",
	  "slow slowly gradual gradually delayed slower", 0, 0 },
	{ "short", "long", 0, 0 },
	{ "shorter", "longer", 1, 0 },
	{ "more", "less fewer", 1, 0 },
	/* "becoming less popular" / "gaining popularity" */
	{ "increasingly gaining growing", "less decreasingly", 1, 0 },
	{ "most", "less least", 2, 0 },	/* "the most common way" / "these are less common" */
	{ "many", "few", 1, 0 },
	{ "enhance enhances enhanced enhancing boost boosts boosted boosting "
	  "elevate elevates elevated elevating",
	  "lower lowers lowered lowering reduce reduces reduced reducing "
	  "decrease decreases decreased decreasing diminish diminishes diminished", 0, 0 },
	{ "higher larger bigger greater", "lower smaller lesser", 1, 0 },
	{ "high higher highest", "low lower lowest", 0, 0 },
	{ "large larger largest", "low lower lowest", 0, 0 },	/* "large doses" / "low doses" */
	{ "large big huge", "small tiny", 0, 0 },
	{ "high higher highest", "small smaller smallest tiny", 0, 0 },	/* of doses */
	/* "administered in large amounts" / "administered moderately" */
	{ "large larger big huge excessive heavy", "moderate moderately sparingly", 0, 0 },
	{ "gain gains gained gaining", "lose loses lost losing", 0, 0 },
	{ "cheap inexpensive affordable", "expensive costly prohibitive unaffordable", 0, 0 },
	{ "common commonest commonly frequent frequently",
	    "rare rarely rarer rarest uncommon infrequent", 0, 0 },
	{ "before", "after", 1, 0 },
	{ "first", "last", 1, 0 },
	{ "permanent permanently durable", "temporary temporarily", 0, 0 },
	/* "It's best to come alone" / "It is better to come with someone" */
	{ "alone unaccompanied solo", "accompanied someone somebody companion", 0, 0 },
	{ "start starts started starting", "stop stops stopped stopping", 0, 0 },
	{ "positive", "negative", 0, 0 },
	{ "increase increases increased increasing",
	  "drop drops dropped dropping fall falls fell falling", 0, 0 },
	/* "an increase in the release of glutamate" / "less glutamate being released" */
	{ "increase increases increased increasing", "less fewer", 0, 0 },
	{ "persist persists persisted persisting lasts lasted linger lingers lingered lingering",
	  "dissipate dissipates dissipated dissipating subside subsides subsided "
	  "subsiding fade fades faded fading disappear disappears disappeared", 0, 0 },
	/* "breaks down the connections between brain cells" / "establish new connections" */
	{ "establish establishes established establishing build builds built building "
	  "restore restores restored restoring repair repairs repaired repairing "
	  "rebuild rebuilds rebuilt rebuilding",
	  "break breaks broke broken breaking destroy destroys destroyed destroying "
	  "sever severs severed severing", 0, 0 },
	{ "pro", "anti", 1, 0 },	/* "pro-inflammatory" / "anti-inflammatory" */
	{ "pre", "post", 1, 0 },	/* "pre-treatment" / "post-treatment" */
	{ "like", "unlike", 1, 0 },	/* "like antidepressants" / "unlike antidepressants" */
};

/*
 * Units after a number.  fam groups units that compare (all time units are
 * one family, in seconds); vague is how far a bare plural reaches ("within
 * hours": 1 to 72 hours).
 */
enum { FAM_TIMEPOINT = 1, FAM_TIME, FAM_MASS, FAM_VOLUME, FAM_PERCENT,
	FAM_SESSION, FAM_TIMES, FAM_PEOPLE, FAM_DOSE, FAM_INFUSION, FAM_STUDY };

static const struct {
	const char *forms;
	int fam;
	double factor;
	double vague;	/* 0: no bare use */
	const char *single;	/* the form after "a"/"an" */
} UNIT[] = {
	{ "second seconds sec secs", FAM_TIME, 1, 119, "second" },
	{ "minute minutes min mins", FAM_TIME, 60, 119, "minute" },
	{ "hour hours hr hrs h", FAM_TIME, 3600, 72, "hour" },
	{ "day days", FAM_TIME, 86400, 13, "day" },	/* "within days": under two weeks */
	{ "week weeks wk wks", FAM_TIME, 604800, 26, "week" },
	{ "month months mo mos", FAM_TIME, 2629800, 36, "month" },
	{ "year years yr yrs", FAM_TIME, 31557600, 1000, "year" },
	{ "decade decades", FAM_TIME, 315576000, 0, "decade" },
	{ "mg milligram milligrams", FAM_MASS, 1, 0, NULL },
	{ "g gram grams", FAM_MASS, 1000, 0, NULL },
	{ "mcg microgram micrograms µg", FAM_MASS, 0.001, 0, NULL },
	{ "kg kilogram kilograms", FAM_MASS, 1e6, 0, NULL },
	{ "ml milliliter milliliters millilitre millilitres", FAM_VOLUME, 1, 0, NULL },
	{ "l liter liters litre litres", FAM_VOLUME, 1000, 0, NULL },
	{ "% percent", FAM_PERCENT, 1, 0, NULL },
	{ "session sessions", FAM_SESSION, 1, 0, NULL },
	{ "times", FAM_TIMES, 1, 0, NULL },
	{ "people person persons patient patients participant participants "
	  "subject subjects individual individuals adult adults child children "
	  "volunteer volunteers", FAM_PEOPLE, 1, 0, NULL },
	{ "dose doses", FAM_DOSE, 1, 0, NULL },
	{ "infusion infusions", FAM_INFUSION, 1, 0, NULL },
	{ "study studies trial trials", FAM_STUDY, 1, 0, NULL },
};
#define NUNIT (sizeof UNIT / sizeof UNIT[0])

static const char *const SMALL[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen",
};
static const char *const TENS[] = {
	"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
	"eighty", "ninety",
};
static const char *const DECADES[] = {
	"", "", "twenties", "thirties", "forties", "fifties", "sixties",
	"seventies", "eighties", "nineties",
};

/* Words before a bare 4-digit number that make it a year. */
static const char YEAR_BEFORE[] =
    "in since by from until till before after around circa c during of year "
    "between and or to early late mid spring summer autumn fall winter "
    "january february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec";

/* Words before a bare plural time unit that make it a duration: "within hours". */
static const char BARE_BEFORE[] =
    "within in for after over take takes took taking last lasts lasted "
    "lasting need needs needed require requires required";

/* ---- small helpers -------------------------------------------------------- */

/*
 * Is w one of the space-separated words in set?  The long lists above (the
 * word classes, each side of each opposite pair, each unit's forms) are
 * read once into one hash table of their words, each word with the set of
 * lists it is in; a list written at the call ("as so how before") is
 * scanned.  Claims call this for every word of every sentence they read,
 * against a hundred lists: scanning them was a sixth of a claim's time.
 * The table is built once (pthread_once) and only read after: claims are
 * checked on several threads.
 */
#define LIST_MAX 256		/* lists in the table: bits of a word's membership */
#define LIST_SLOTS 512		/* list pointer -> index; a power of two */
#define WORD_SLOTS 4096		/* words; a power of two */

struct listed_word {
	const char *w;		/* into the list's text; NULL: an empty slot */
	size_t len;
	uint64_t lists[LIST_MAX / 64];
};

static struct {
	const char *list[LIST_SLOTS];	/* open addressing by pointer */
	short id[LIST_SLOTS];
	struct listed_word word[WORD_SLOTS];
	/* bit n of shape[c]: some listed word starts with byte c and is n bytes long */
	uint32_t shape[256];
	int usable;		/* 0 when a table overflowed: every call scans */
	int antonym_first, antonym_end;	/* the ids of ANTONYM's sides: [first, end) */
} lists;
static pthread_once_t lists_once = PTHREAD_ONCE_INIT;

static size_t
hash_bytes(const char *w, size_t n)
{
	uint64_t h = 1469598103934665603u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 1099511628211u;
	return (size_t)(h ^ (h >> 29));
}

static size_t
hash_pointer(const char *p)
{
	uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15u;
	return (size_t)(h >> 40);
}

static int
list_id(const char *set)
{
	for (size_t k = hash_pointer(set) & (LIST_SLOTS - 1);; k = (k + 1) & (LIST_SLOTS - 1)) {
		if (lists.list[k] == set)
			return lists.id[k];
		if (lists.list[k] == NULL)
			return -1;
	}
}

static struct listed_word *
listed(const char *w, size_t n, int add)
{
	for (size_t k = hash_bytes(w, n) & (WORD_SLOTS - 1), probes = 0; probes < WORD_SLOTS;
	    k = (k + 1) & (WORD_SLOTS - 1), probes++) {
		struct listed_word *e = &lists.word[k];
		if (e->w == NULL) {
			if (!add)
				return NULL;
			e->w = w;
			e->len = n;
			return e;
		}
		if (e->len == n && memcmp(e->w, w, n) == 0)
			return e;
	}
	return NULL;
}

/* Add one list; 0, or -1 when a table is full. */
static int
add_list(const char *set, int id)
{
	size_t k = hash_pointer(set) & (LIST_SLOTS - 1);
	if (id >= LIST_MAX)
		return -1;
	while (lists.list[k] != NULL && lists.list[k] != set)
		k = (k + 1) & (LIST_SLOTS - 1);
	if (lists.list[k] == set)
		return 0;	/* the same text twice */
	lists.list[k] = set;
	lists.id[k] = (short)id;
	for (const char *p = set; *p;) {
		size_t n = strcspn(p, " ");
		struct listed_word *e = n ? listed(p, n, 1) : NULL;
		if (n && e == NULL)
			return -1;
		if (e) {
			e->lists[id / 64] |= (uint64_t)1 << (id % 64);
			lists.shape[(unsigned char)*p] |= (uint32_t)1 << (n < 31 ? n : 31);
		}
		p += n;
		p += *p == ' ';
	}
	return 0;
}

static void
build_lists(void)
{
	static const char *const classes[] = { STOP, TRANSPARENT, QUANTIFIER, SUBORDINATOR,
		CLAUSE_WORD, NEGATOR, YEAR_BEFORE, BARE_BEFORE, IMPLICATIVE, CAUSATIVE, DETERMINING,
		CEASING, UNADVISABLE, BARE_NEGATED };
	int id = 0, rc = 0;
	for (size_t i = 0; i < sizeof classes / sizeof *classes && rc == 0; i++)
		rc = add_list(classes[i], id++);
	lists.antonym_first = id;
	for (size_t i = 0; i < sizeof ANTONYM / sizeof *ANTONYM && rc == 0; i++)
		if ((rc = add_list(ANTONYM[i].a, id++)) == 0)
			rc = add_list(ANTONYM[i].b, id++);
	lists.antonym_end = id;
	for (size_t i = 0; i < NUNIT && rc == 0; i++)
		rc = add_list(UNIT[i].forms, id++);
	for (size_t i = 0; i < NROUTE && rc == 0; i++)
		rc = add_list(ROUTE[i], id++);
	lists.usable = rc == 0;
}

static int
scan_list(const char *w, size_t n, const char *set)
{
	const char *p = set, *q;

	while (*p != '\0') {
		for (q = p; *q != '\0' && *q != ' '; q++)
			;
		if ((size_t)(q - p) == n && memcmp(p, w, n) == 0)
			return 1;
		p = *q == ' ' ? q + 1 : q;
	}
	return 0;
}

/* w[0 .. n) in the table (built), or NULL; a shape no listed word has needs no look-up. */
static const struct listed_word *
find_listed(const char *w, size_t n)
{
	if (n == 0 || !(lists.shape[(unsigned char)*w] >> (n < 31 ? n : 31) & 1))
		return NULL;
	return listed(w, n, 0);
}

/* Could w be in one of the long lists?  0 only when it is in none. */
static int
listed_anywhere(const char *w)
{
	(void)pthread_once(&lists_once, build_lists);
	return !lists.usable || find_listed(w, strlen(w)) != NULL;
}

static int
among(const char *w, const char *set)
{
	size_t n = strlen(w);
	int id;

	if (n == 0)
		return 0;
	(void)pthread_once(&lists_once, build_lists);
	if (!lists.usable || (id = list_id(set)) < 0)
		return scan_list(w, n, set);
	const struct listed_word *e = find_listed(w, n);
	return e != NULL && (e->lists[id / 64] >> (id % 64) & 1);
}

/* among(wd(x, i), set) by the table entry mark_content found for token i. */
static int
among_tok(const struct text *x, size_t i, const char *set)
{
	int id;

	if (!lists.usable || (id = list_id(set)) < 0)
		return among(x->v[i].w, set);
	return x->v[i].listed != NULL && (x->v[i].listed->lists[id / 64] >> (id % 64) & 1);
}

static const char *
wd(const struct text *x, size_t i)
{
	return i < x->n ? x->v[i].w : "";
}

/* The word before i, or "" (i == 0 or a non-word). */
static const char *
wprev(const struct text *x, size_t i)
{
	return i > 0 && x->v[i - 1].type == T_WORD ? x->v[i - 1].w : "";
}

static int
is_punct(const struct text *x, size_t i, const char *p)
{
	return i < x->n && x->v[i].type == T_PUNCT && strcmp(x->v[i].w, p) == 0;
}

/* A hyphen inside a word ("fast-acting", "non-addictive", "2-3"). */
static int
inner_hyphen(const struct text *x, size_t i)
{
	return is_punct(x, i, "-") && x->v[i].glued && i + 1 < x->n &&
	    x->v[i + 1].glued;
}

/* Punctuation that ends a clause; an inner hyphen does not. */
static int
clause_punct(const struct text *x, size_t i)
{
	if (i >= x->n || x->v[i].type != T_PUNCT)
		return 0;
	if (inner_hyphen(x, i))
		return 0;
	return among(x->v[i].w, ". , ; : ! ? ( ) [ ] \" -");
}

static int
ends_with(const char *w, size_t n, const char *suf)
{
	size_t k = strlen(suf);

	return n >= k && memcmp(w + n - k, suf, k) == 0;
}

/*
 * Irregular verb forms, "form base", sorted: "understood" is said of what
 * "understand" says ("now understand exactly how" / "not fully
 * understood").
 */
static const char *const IRREGULAR[] = {
	"brought bring", "driven drive", "drove drive", "gave give", "given give",
	"grew grow", "grown grow", "kept keep", "knew know", "known know",
	"made make", "meant mean", "proven prove", "saw see", "seen see",
	"shown show", "taken take", "thought think", "told tell", "took take",
	"understood understand",
};

/* The base of the irregular form w, or w. */
static const char *
irregular_base(const char *w)
{
	size_t n = strlen(w);

	for (size_t i = 0; i < sizeof IRREGULAR / sizeof IRREGULAR[0]; i++)
		if (strncmp(IRREGULAR[i], w, n) == 0 && IRREGULAR[i][n] == ' ')
			return IRREGULAR[i] + n + 1;
	return w;
}

/*
 * A crude stemmer: enough to make cause/causes/caused/causing,
 * addictive/addiction/addicted, dependent/dependency, improve/improvement and
 * effect/effective/effects meet, and "anaesthetic" the American
 * "anesthetic"; an irregular form is its base's (IRREGULAR).  Stems of
 * fewer than three bytes are never cut.
 */
static void
stem_word(const char *w, char *out)
{
	static const char *const SUF[] = {
		"ingly", "edly", "ments", "ness", "ions", "ives", "ings", "ment",
		"ies", "ion", "ive", "ing", "ed", "ly", "es", "s",
	};
	size_t n, k, i;

	w = irregular_base(w);
	n = strlen(w);
	memcpy(out, w, n + 1);
	for (i = 1; n >= 7 && i + 2 < n; i++)
		if (out[i] == 'a' && out[i + 1] == 'e' && strchr("dmst", out[i + 2])) {
			memmove(out + i, out + i + 1, n - i);
			n--;
			break;
		}
	if (ends_with(out, n, "'s"))
		n -= 2;
	else if (ends_with(out, n, "'"))
		n--;
	/* "dependent", "dependence", "dependency": "depend" */
	if (n >= 9 && (ends_with(out, n, "endency") || ends_with(out, n, "endence")))
		n -= 4;
	else if (n >= 8 && ends_with(out, n, "endent"))
		n -= 3;
	for (i = 0; i < sizeof SUF / sizeof SUF[0]; i++) {
		k = strlen(SUF[i]);
		if (n >= k + 3 && ends_with(out, n, SUF[i])) {
			n -= k;
			if (strcmp(SUF[i], "ies") == 0)
				out[n++] = 'y';
			else if ((strcmp(SUF[i], "ed") == 0 ||
			    strcmp(SUF[i], "ing") == 0) && n >= 4 &&
			    out[n - 1] == out[n - 2] &&
			    strchr("lsz", out[n - 1]) == NULL)
				n--;	/* stopped -> stop */
			break;
		}
	}
	if (n >= 6 && out[n - 1] == 'l' && out[n - 2] == 'l')
		n--;	/* counsell(ing) -> counsel, like counseling; install -> instal */
	if (n >= 4 && out[n - 1] == 'e')
		n--;	/* cause -> caus, like causes and caused */
	if (n >= 5 && ends_with(out, n, "ief"))
		out[n - 1] = 'v';	/* relief -> reliev, like relieve; belief, believe */
	out[n] = '\0';
}

/* ---- tokenizer ------------------------------------------------------------ */

static int
push(struct text *x, size_t s, size_t e, int type, int glued)
{
	struct tok *k;

	if (x->n == x->cap) {
		size_t cap = x->cap ? 2 * x->cap : 32;
		struct tok *v = realloc(x->v, cap * sizeof *v);

		if (v == NULL)
			return -1;
		x->v = v;
		x->cap = cap;
	}
	k = &x->v[x->n++];
	memset(k, 0, sizeof *k);
	k->s = s;
	k->e = e;
	k->type = (unsigned char)type;
	k->glued = (unsigned char)glued;
	return 0;
}

/* Lowercase copy of t[s .. e) into k->w with U+2019 as an apostrophe. */
static void
set_word(struct tok *k, const char *t, size_t s, size_t e)
{
	size_t i, n = 0;

	for (i = s; i < e; i++) {
		unsigned char c = (unsigned char)t[i];

		if (c == 0xE2 && i + 2 < e && (unsigned char)t[i + 1] == 0x80 &&
		    ((unsigned char)t[i + 2] == 0x99 ||
		    (unsigned char)t[i + 2] == 0x98)) {
			c = '\'';
			i += 2;
		} else if (c >= 'A' && c <= 'Z') {
			c = (unsigned char)(c - 'A' + 'a');
		}
		if (n + 1 >= WORD_MAX) {
			k->w[0] = '\0';
			k->stem[0] = '\0';
			return;
		}
		k->w[n++] = (char)c;
	}
	k->w[n] = '\0';
	stem_word(k->w, k->stem);
}

/*
 * What the multi-byte character at t[i] is: 0 invalid, 1 space, 2
 * apostrophe (U+2018/9), 3 dash, 4 quote, 5 ellipsis, 6 letter (anything
 * else).  *n is its length.
 */
static int
mb_class(const char *t, size_t i, size_t len, size_t *n)
{
	const unsigned char *p = (const unsigned char *)t + i;

	*n = util_utf8_char(p, len - i);
	if (*n == 0)
		return 0;
	if (*n == 2 && p[0] == 0xC2 && (p[1] == 0xA0))
		return 1;
	if (*n == 2 && p[0] == 0xC2 && (p[1] == 0xAB || p[1] == 0xBB))
		return 4;
	if (*n == 3 && p[0] == 0xE2 && p[1] == 0x80) {
		if (p[2] <= 0x8B || p[2] == 0xAF)
			return 1;
		if (p[2] == 0x98 || p[2] == 0x99)
			return 2;
		if (p[2] >= 0x90 && p[2] <= 0x95)
			return 3;
		if (p[2] >= 0x9C && p[2] <= 0x9F)
			return 4;
		if (p[2] == 0xA6)
			return 5;
	}
	if (*n == 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)
		return 1;
	return 6;
}

/* Bytes of the apostrophe at t[i] (' or U+2019/U+2018), or 0. */
static size_t
apostrophe(const char *t, size_t i, size_t len)
{
	size_t n;

	if (t[i] == '\'')
		return 1;
	if ((unsigned char)t[i] >= 0x80 && mb_class(t, i, len, &n) == 2)
		return n;
	return 0;
}

/* Length of the letter at t[i] (ASCII letter or multi-byte letter), or 0. */
static size_t
letter(const char *t, size_t i, size_t len)
{
	size_t n;

	if (is_alpha((unsigned char)t[i]))
		return 1;
	if ((unsigned char)t[i] >= 0x80 && mb_class(t, i, len, &n) == 6)
		return n;
	return 0;
}

static void read_as(struct tok *, const char *);

/* Digits with "," thousands and "." decimals at t[i]; sets k's number fields. */
static size_t
scan_number(const char *t, size_t i, size_t len, struct tok *k)
{
	size_t j = i, nd = 0;
	double v = 0, scale = 0.1;
	int sep = 0;

	while (j < len) {
		if (is_digit((unsigned char)t[j])) {
			v = v * 10 + (t[j] - '0');
			nd++;
			j++;
		} else if (t[j] == ',' && j + 3 < len &&
		    is_digit((unsigned char)t[j + 1]) &&
		    is_digit((unsigned char)t[j + 2]) &&
		    is_digit((unsigned char)t[j + 3]) &&
		    (j + 4 >= len || !is_digit((unsigned char)t[j + 4]))) {
			sep = 1;
			j++;
		} else {
			break;
		}
	}
	if (j + 1 < len && t[j] == '.' && is_digit((unsigned char)t[j + 1])) {
		sep = 1;
		for (j++; j < len && is_digit((unsigned char)t[j]); j++) {
			v += (t[j] - '0') * scale;
			scale /= 10;
		}
	}
	k->num = v;
	k->ndigits = (unsigned char)(nd > 255 ? 255 : nd);
	k->plain = !sep && t[i] != '0';
	return j;
}

static int
tokenize(struct text *x)
{
	const char *t = x->t;
	size_t len = x->len, i = 0, n, j, a;
	int glued = 0, cls;

	while (i < len) {
		unsigned char c = (unsigned char)t[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\v' || c == '\f' || c == 0) {
			glued = 0;
			i++;
			continue;
		}
		/* a note's arrows: "\xe2\x86\x93 BDNF" decreases it, "\xe2\x86\x91" raises it */
		if (c == 0xe2 && i + 2 < len && (unsigned char)t[i + 1] == 0x86 &&
		    ((unsigned char)t[i + 2] == 0x91 || (unsigned char)t[i + 2] == 0x93)) {
			if (push(x, i, i + 3, T_WORD, glued) < 0)
				return -1;
			read_as(&x->v[x->n - 1], (unsigned char)t[i + 2] == 0x91 ? "increases" :
			    "decreases");
			i += 3;
			glued = 0;
			continue;
		}
		cls = c >= 0x80 ? mb_class(t, i, len, &n) : -1;
		if (cls == 0 || cls == 1) {
			glued = 0;
			i += cls == 0 ? 1 : n;
			continue;
		}
		/* '60s, ’60s: a decade */
		if ((a = apostrophe(t, i, len)) > 0 && i + a + 2 < len &&
		    is_digit((unsigned char)t[i + a]) &&
		    is_digit((unsigned char)t[i + a + 1]) &&
		    t[i + a + 1] == '0' && t[i + a + 2] == 's' &&
		    (i + a + 3 >= len || !letter(t, i + a + 3, len))) {
			if (push(x, i, i + a + 3, T_NUM, glued) < 0)
				return -1;
			x->v[x->n - 1].num = 1900 + (t[i + a] - '0') * 10;
			x->v[x->n - 1].decade = 1;
			x->v[x->n - 1].plain = 1;
			i += a + 3;
			glued = 1;
			continue;
		}
		if (letter(t, i, len)) {
			j = i;
			for (;;) {
				if (j < len && (n = letter(t, j, len)) > 0)
					j += n;
				else if (j < len && is_digit((unsigned char)t[j]))
					j++;
				else if (j < len && (a = apostrophe(t, j, len)) > 0 &&
				    j + a < len && letter(t, j + a, len))
					j += a;
				else
					break;
			}
			if (push(x, i, j, T_WORD, glued) < 0)
				return -1;
			set_word(&x->v[x->n - 1], t, i, j);
			i = j;
			glued = 1;
			continue;
		}
		if (is_digit(c)) {
			struct tok k;

			memset(&k, 0, sizeof k);
			j = scan_number(t, i, len, &k);
			if (push(x, i, j, T_NUM, glued) < 0)
				return -1;
			x->v[x->n - 1].num = k.num;
			x->v[x->n - 1].ndigits = k.ndigits;
			x->v[x->n - 1].plain = k.plain;
			/* 1960s: a decade; other letters become the next token */
			if (j < len && t[j] == 's' && k.plain && k.ndigits == 4 &&
			    (j + 1 >= len || !letter(t, j + 1, len)) &&
			    (long)k.num % 10 == 0) {
				x->v[x->n - 1].decade = 1;
				x->v[x->n - 1].e = ++j;
			} else if (j < len && t[j] == 's' && k.plain && k.ndigits == 2 &&
			    (j + 1 >= len || !letter(t, j + 1, len)) &&
			    (long)k.num % 10 == 0 && x->n >= 2 &&
			    strcmp(x->v[x->n - 2].w, "the") == 0) {
				/* "in the 60s": the decade of the last century */
				x->v[x->n - 1].num = 1900 + k.num;
				x->v[x->n - 1].decade = 1;
				x->v[x->n - 1].e = ++j;
			} else if (k.plain && k.ndigits == 4 && (long)k.num % 10 == 0 && x->n >= 3 &&
			    strcmp(x->v[x->n - 2].w, "years") == 0 &&
			    strcmp(x->v[x->n - 3].w, "the") == 0) {
				/* "in the years 1980", as French says it: the 1980s */
				x->v[x->n - 1].decade = 1;
			}
			i = j;
			glued = 1;
			continue;
		}
		/* punctuation: one token, dashes as "-", quotes as '"' */
		if (cls < 0)
			n = 1;
		if (push(x, i, i + n, T_PUNCT, glued) < 0)
			return -1;
		if (cls == 3 || c == '-')
			strcpy(x->v[x->n - 1].w, "-");
		else if (cls == 4 || cls == 2 || c == '\'')
			strcpy(x->v[x->n - 1].w, "\"");
		else if (cls == 5)
			strcpy(x->v[x->n - 1].w, ".");
		else if (c < 0x80)
			x->v[x->n - 1].w[0] = (char)c;
		i += n;
		glued = 1;
	}
	return 0;
}

/* ---- negation ------------------------------------------------------------- */

static int
is_stop(const char *w)
{
	return among(w, STOP);
}

/* Whether one of the three words before token i names research ("research is needed"). */
static int
research_before(const struct text *x, size_t i)
{
	for (size_t k = 1; k <= 3 && k <= i; k++)
		if (x->v[i - k].type == T_WORD && among(x->v[i - k].w, RESEARCH))
			return 1;
	return 0;
}

/*
 * Whether token i is a passive "avoided" ("is avoided", "must be
 * avoided") or closes a clause that calls its deed unwise ("driving
 * yourself is ill-advised", "is inadvisable").
 */
static int
passive_avoided(const struct text *x, size_t i)
{
	if (strcmp(wd(x, i), "avoided") == 0 || (among(wd(x, i), UNADVISABLE) &&
	    !among(wd(x, i + 1), "to that for")))
		return among(wprev(x, i), BE_FORMS);
	return strcmp(wd(x, i), "advised") == 0 && i >= 3 && inner_hyphen(x, i - 1) &&
	    strcmp(wd(x, i - 2), "ill") == 0 && among(wd(x, i - 3), BE_FORMS) &&
	    !among(wd(x, i + 1), "to that for");
}

static int unit_of(const char *w);

#define DOER_WORDS 3	/* words of a doer between "unwise for" and "to" */

/* Whether a doer of at most DOER_WORDS words and then "to" stand from token k. */
static int
unadvised_doer(const struct text *x, size_t k)
{
	for (size_t j = k; j < x->n && j <= k + DOER_WORDS; j++) {
		if (x->v[j].type != T_WORD)
			return 0;
		if (strcmp(wd(x, j), "to") == 0)
			return j > k;
	}
	return 0;
}

static int
is_negator(const struct text *x, size_t i)
{
	const char *w = wd(x, i), *nx = wd(x, i + 1);
	size_t n = strlen(w);

	if (i >= x->n || x->v[i].type != T_WORD)
		return 0;
	if (strcmp(w, "free") == 0)
		return strcmp(nx, "of") == 0 || strcmp(nx, "from") == 0;
	/* a chat's "no bc ketamine calms ...": a reason opened, nothing denied */
	if (strcmp(w, "no") == 0 && among(nx, "bc because"))
		return 0;
	if (strcmp(w, "non") == 0)
		return inner_hyphen(x, i + 1);
	/*
	 * "little control over the dose": hardly any; "a little", "as little
	 * as" are some, and "your little tablets" small ones
	 */
	if (strcmp(w, "little") == 0)
		return !among(wprev(x, i), "a as the your my our their his her its this that "
		    "these those") && i + 1 < x->n && x->v[i + 1].type == T_WORD &&
		    !among(nx, STOP);
	/* "as an antidepressant rather than an anesthetic", "instead of" */
	if ((strcmp(w, "than") == 0 && strcmp(wprev(x, i), "rather") == 0) ||
	    (strcmp(w, "of") == 0 && strcmp(wprev(x, i), "instead") == 0))
		return 1;
	/* "advises against combining": what follows is advised not to be done */
	if (strcmp(w, "against") == 0)
		return among(wprev(x, i), "advise advises advised advising recommend recommends "
		    "recommended recommending warn warns warned warning caution cautions "
		    "cautioned argue argues argued");
	/* "inadvisable to drive", "inadvisable that he drive": the deed is advised against */
	if (among(w, UNADVISABLE) && among(nx, "to that"))
		return 1;
	/* "unwise for a patient to drive": the deed after its doer */
	if (strcmp(nx, "for") == 0 && among(w, UNADVISABLE) && unadvised_doer(x, i + 2))
		return 1;
	/* "unsupervised use must be avoided": what goes before */
	if (passive_avoided(x, i))
		return 1;
	/* "avoid consulting a professional": what follows is not to be done */
	if (among(w, "avoid avoids avoided avoiding") && i + 1 < x->n &&
	    x->v[i + 1].type == T_WORD)
		return 1;
	/* "zero risk", "zero side effects": none; "zero to three" counts */
	if (strcmp(w, "zero") == 0)
		return i + 1 < x->n && x->v[i + 1].type == T_WORD && !among(nx, STOP) &&
		    unit_of(nx) < 0;
	/* "quit researching it", "stopped taking them": the deed is done no more */
	if (i + 1 < x->n && x->v[i + 1].type == T_WORD && strlen(nx) > 4 &&
	    ends_with(nx, strlen(nx), "ing") && among(w, CEASING))
		return 1;
	/* "declined to approve", "failed to respond": the deed is not done */
	if (strcmp(nx, "to") == 0 && among(w, IMPLICATIVE))
		return 1;
	/* "further research is needed to establish": not established yet */
	if (strcmp(nx, "to") == 0 && among(w, STILL_NEEDED) && research_before(x, i))
		return 1;
	if (!among(w, NEGATOR) && !(n > 3 && ends_with(w, n, "n't")))
		return 0;
	if (strcmp(w, "not") == 0 &&
	    (among(nx, "only just merely simply as so") ||
	    (strcmp(nx, "to") == 0 && strcmp(wd(x, i + 2), "mention") == 0)))
		return 0;	/* "not only", "not as common as": no negation */
	if (strcmp(w, "no") == 0 && among(nx, "matter doubt less more sooner wonder"))
		return 0;
	/* "whether the insurance covers it or not": either way, nothing denied */
	if (strcmp(w, "not") == 0 && strcmp(wprev(x, i), "or") == 0)
		return 0;
	if (strcmp(w, "nothing") == 0 && strcmp(nx, "but") == 0)
		return 0;
	return 1;
}

/* A word that can carry meaning shared by the two texts (set by mark_content). */
static int
is_content(const struct text *x, size_t i)
{
	return x->v[i].content;
}

/* Token t read as the word `as` (lower case), stemmed again; a word too long for a token stays. */
/*
 * Token word w (under WORD_MAX bytes) without a closing "'s" into out
 * (WORD_MAX bytes; textclass.h's without_possessive): "ketamine's" is
 * "ketamine".  Whether it had one.
 */
static int
possessive_base(const char *w, char *out)
{
	size_t n = strlen(w), base = without_possessive(w, n);

	memcpy(out, w, base);
	out[base] = '\0';
	return base < n;
}

static void
read_as(struct tok *t, const char *as)
{
	if (strlen(as) >= WORD_MAX)
		return;
	strcpy(t->w, as);
	stem_word(t->w, t->stem);
}

/*
 * Phrasal verbs read as the verb they stand for, so that the rules see
 * their side: "switches on the NMDA receptor" activates it, against a
 * source that blocks it; "shuts down" and "switches off" block (kin.h
 * states the same phrases for evidence); "goes down" falls and "went up"
 * rose; "ramps up" increases and "dials down" reduces.
 * The verb's token keeps its bytes; "on" stays a stop word.
 */
/*
 * The plain verb of "go down" / "go up" (up set) in the tense of w, a
 * form of "go" or "come": "goes down" falls, "went up" rose.  NULL for
 * any other word.
 */
static const char *
went_as(const char *w, int up)
{
	static const char *const go[][3] = {
		{ "go", "fall", "rise" }, { "goes", "falls", "rises" }, { "went", "fell", "rose" },
		{ "gone", "fallen", "risen" }, { "going", "falling", "rising" },
		{ "come", "fall", "rise" }, { "comes", "falls", "rises" },
		{ "came", "fell", "rose" }, { "coming", "falling", "rising" },
	};
	for (size_t k = 0; k < sizeof go / sizeof *go; k++)
		if (strcmp(w, go[k][0]) == 0)
			return go[k][up ? 2 : 1];
	return NULL;
}

/* Verbs that "up" makes "increase" ("cranks up") and "down" "reduce" ("dials down"). */
#define UP_VERBS "ramp ramps ramped ramping crank cranks cranked cranking bump bumps " \
    "bumped bumping jack jacks jacked jacking amp amps amped amping pump pumps pumped " \
    "pumping stir stirs stirred stirring step steps stepped stepping push pushes pushed " \
    "pushing stoke stokes stoked stoking rev revs revved revving nudge nudges nudged nudging " \
    "drive drives drove driven driving send sends sent sending"
#define DOWN_VERBS "dial dials dialed dialled dialing dialling tamp tamps tamped tamping " \
    "tone tones toned toning turn turns turned turning cut cuts cutting wind winds " \
    "winding calm calms calmed calming bring brings brought bringing knock knocks knocked " \
    "knocking push pushes pushed pushing nudge nudges nudged nudging drag drags dragged " \
    "dragging pull pulls pulled pulling drive drives drove driven driving send sends sent " \
    "sending"

/*
 * Whether a time follows "for" at token k of x ("for days", "for a few
 * weeks", "for 2 hours"), not a purpose ("keep going for treatment").
 */
static int
time_after(const struct text *x, size_t k)
{
	return k + 1 < x->n && (x->v[k + 1].type == T_NUM ||
	    among(wd(x, k + 1), "a an several some many few days weeks hours months years "
	    "minutes ages hour day week month year long"));
}

/* Verbs that "on" makes "activate" and "off" "block" ("switches the receptor on"). */
#define SWITCH_VERBS "switch switches switched switching turn turns turned turning"

#define PARTICLE_OBJECT 8	/* words between a verb and its "up" or "down" */

static void
read_phrasal_verbs(struct text *x)
{
	for (size_t i = 0; i + 1 < x->n; i++) {
		const char *as;
		if (x->v[i].type != T_WORD || x->v[i + 1].type != T_WORD)
			continue;
		if (strcmp(x->v[i + 1].w, "on") == 0 &&
		    among(x->v[i].w, SWITCH_VERBS))
			as = "activates";
		else if ((strcmp(x->v[i + 1].w, "off") == 0 &&
		    among(x->v[i].w, "switch switches switched switching shut shuts shutting")) ||
		    (strcmp(x->v[i + 1].w, "down") == 0 && among(x->v[i].w, "shut shuts shutting")))
			as = "blocks";
		/* "ramps up BDNF" increases it, "dials down" reduces it */
		else if (strcmp(x->v[i + 1].w, "up") == 0 && among(x->v[i].w, UP_VERBS))
			as = "increases";
		else if ((strcmp(x->v[i + 1].w, "down") == 0 && among(x->v[i].w, DOWN_VERBS)) ||
		    /* "chokes off the release" */
		    (strcmp(x->v[i + 1].w, "off") == 0 &&
		    among(x->v[i].w, "choke chokes choked choking")) ||
		    (strcmp(x->v[i + 1].w, "back") == 0 &&
		    among(x->v[i].w, "scale scales scaled scaling cut cuts cutting throttle "
		    "throttles throttled throttling")))
			as = "reduces";
		/* "the glutamate release dries (right) up": it falls */
		else if (among(x->v[i].w, "dry dries dried drying") &&
		    (strcmp(x->v[i + 1].w, "up") == 0 || (strcmp(x->v[i + 1].w, "right") == 0 &&
		    strcmp(wd(x, i + 2), "up") == 0))) {
			read_as(&x->v[i], "decreases");
			read_as(&x->v[i + 1], "up");	/* "right" only stresses it */
			continue;
		}
		/* "makes the brain make less BDNF", "releases less glutamate" reduce it */
		else if (among(x->v[i + 1].w, "less fewer") &&
		    among(x->v[i].w, "make makes made making produce produces produced producing "
		    "release releases released releasing"))
			as = "reduces";
		/* "your brain lets out less glutamate" */
		else if (i > 0 && strcmp(x->v[i].w, "out") == 0 &&
		    among(x->v[i + 1].w, "less fewer") &&
		    among(x->v[i - 1].w, "let lets letting put puts putting pump pumps pumped "
		    "pumping")) {
			read_as(&x->v[i - 1], "reduces");
			continue;
		}
		/*
		 * "the state sticks around" lingers; so does one that "continues
		 * for weeks", "keeps going for days" or "remains dissociated for
		 * days" (a time after "for": "continued treatment" is none)
		 */
		else if ((strcmp(x->v[i + 1].w, "around") == 0 &&
		    among(x->v[i].w, "stick sticks stuck sticking hang hangs hung hanging")) ||
		    /* "hangs on for weeks" */
		    (strcmp(x->v[i + 1].w, "on") == 0 && strcmp(wd(x, i + 2), "for") == 0 &&
		    among(x->v[i].w, "hang hangs hung hanging")) ||
		    (among(x->v[i].w, "continue continues continued") &&
		    strcmp(x->v[i + 1].w, "for") == 0 && time_after(x, i + 1)) ||
		    (among(x->v[i].w, "keep keeps kept") && strcmp(x->v[i + 1].w, "going") == 0 &&
		    strcmp(wd(x, i + 2), "for") == 0 && time_after(x, i + 2)) ||
		    (among(x->v[i].w, "remain remains remained") &&
		    strcmp(wd(x, i + 2), "for") == 0 && time_after(x, i + 2)))
			as = "lingers";
		/* "come by yourself", "go on your own": alone */
		else if (strcmp(x->v[i].w, "by") == 0 &&
		    among(x->v[i + 1].w, "yourself myself himself herself themselves ourselves")) {
			read_as(&x->v[i + 1], "alone");
			continue;
		} else if (strcmp(x->v[i].w, "on") == 0 && i + 2 < x->n &&
		    among(x->v[i + 1].w, "your my his her their our") &&
		    strcmp(x->v[i + 2].w, "own") == 0) {
			read_as(&x->v[i + 2], "alone");
			continue;
		}
		/* "blood pressure goes down" falls; "goes up" rises */
		else if (!among(x->v[i + 1].w, "down up") ||
		    (as = went_as(x->v[i].w, strcmp(x->v[i + 1].w, "up") == 0)) == NULL)
			continue;
		read_as(&x->v[i], as);
	}
	/*
	 * the particle after a short object: "bring your blood pressure
	 * down", "switching the NMDA receptors on" (the clause's last word,
	 * or before "and" or where it happens, "on in the brain"; not "turns
	 * patients on to therapy")
	 */
	for (size_t i = 0; i + 2 < x->n; i++) {
		int up = among(x->v[i].w, UP_VERBS), down = among(x->v[i].w, DOWN_VERBS);
		int on = among(x->v[i].w, SWITCH_VERBS);
		int shut = among(x->v[i].w, "shut shuts shutting");
		if (x->v[i].type != T_WORD || (!up && !down && !on && !shut))
			continue;
		for (size_t k = i + 2; k < x->n && k <= i + 1 + PARTICLE_OBJECT; k++) {
			if (x->v[k].type != T_WORD || among(x->v[k].w, CLAUSE_WORD))
				break;
			/* "shuts that one down" blocks it */
			if (shut && among(x->v[k].w, "down off")) {
				read_as(&x->v[i], "blocks");
				break;
			}
			if ((up && strcmp(x->v[k].w, "up") == 0) ||
			    (down && strcmp(x->v[k].w, "down") == 0)) {
				/* "cranking the NMDA receptors up": a receptor is activated */
				int receptor = 0;
				for (size_t m = i + 1; m < k; m++)
					receptor |= among(x->v[m].w, "receptor receptors");
				read_as(&x->v[i], up && strcmp(x->v[k].w, "up") == 0 ?
				    (receptor ? "activates" : "increases") : "reduces");
				break;
			}
			if (on && among(x->v[k].w, "on off") &&
			    (k + 1 == x->n || x->v[k + 1].type == T_PUNCT ||
			    among(x->v[k + 1].w, "in inside within throughout and"))) {
				read_as(&x->v[i], strcmp(x->v[k].w, "on") == 0 ?
				    "activates" : "blocks");
				break;
			}
		}
	}
}

/*
 * Clinical shorthand read as the word it stands for (kin_shorthand):
 * "the most common AE" is said of adverse effects, "BP" of pressure.
 */
static void
read_shorthand(struct text *x)
{
	for (size_t i = 0; i < x->n; i++) {
		const char *as;
		char base[WORD_MAX], full[WORD_MAX];

		if (x->v[i].type != T_WORD)
			continue;
		if ((as = kin_shorthand(x->v[i].w)) != NULL) {
			read_as(&x->v[i], as);
			continue;
		}
		/* "ket's effects": the possessive of a shorthand ("ketamine's") */
		if (possessive_base(x->v[i].w, base) && (as = kin_shorthand(base)) != NULL &&
		    snprintf(full, sizeof full, "%s's", as) < (int)sizeof full)
			read_as(&x->v[i], full);
	}
}

/*
 * The word that w pairs with among npairs lines "word word" ("da the":
 * "the"); NULL if none.
 */
static const char *
paired(const char *const *pairs, size_t npairs, const char *w)
{
	size_t n = strlen(w);

	for (size_t k = 0; k < npairs; k++)
		if (strncmp(pairs[k], w, n) == 0 && pairs[k][n] == ' ')
			return pairs[k] + n + 1;
	return NULL;
}

/*
 * A Pidgin's or a Creole's small words read as English's, so that the
 * rules see an article, a pronoun or a preposition: "mo' BDNF, dat
 * brain-derived neurotrophic factor" names BDNF as "that ..." would.
 */
static void
read_dialect(struct text *x)
{
	static const char *const dialect[] = {
		"da the", "dat that", "de the", "dem them", "den then", "di the", "dis this", "fo for",
		"inna in", "ndio is", "wit with",
	};

	for (size_t i = 0; i < x->n; i++) {
		const char *as;

		if (x->v[i].type == T_WORD &&
		    (as = paired(dialect, sizeof dialect / sizeof *dialect, x->v[i].w)) != NULL)
			read_as(&x->v[i], as);
	}
}

/*
 * A comparative said with "more" ("more big doses", Pidgin "mo' fast"),
 * as a learner or a Pidgin speaker says it, read as the comparative the
 * rules know ("bigger", "faster").
 */
static void
read_more_comparatives(struct text *x)
{
	static const char *const comparatives[] = {
		"big bigger", "fast faster", "great greater", "high higher", "large larger",
		"long longer", "low lower", "quick quicker", "short shorter", "slow slower",
		"small smaller", "strong stronger", "weak weaker",
	};

	for (size_t i = 0; i + 1 < x->n; i++) {
		if (x->v[i].type != T_WORD || !among(x->v[i].w, "more mo"))
			continue;
		size_t a = i + 1 + is_punct(x, i + 1, "\"");	/* "mo' big": its apostrophe */
		const char *as;

		if (a < x->n && x->v[a].type == T_WORD && (as = paired(comparatives,
		    sizeof comparatives / sizeof *comparatives, x->v[a].w)) != NULL)
			read_as(&x->v[a], as);
	}
}

/*
 * A drug denied "given" is denied administered: "rather than given in a
 * clinic", "is not given in a clinical setting" deny what "administered in
 * a clinic setting" says.  Only after a negator: "commonly given as an
 * infusion" would meet what a source says of injections "administered"
 * too, where "given" has no anchor to share.
 */
static void
read_given(struct text *x)
{
	for (size_t i = 1; i < x->n; i++)
		if (x->v[i].type == T_WORD && strcmp(x->v[i].w, "given") == 0 &&
		    is_negator(x, i - 1) && strcmp(wd(x, i + 1), "that") != 0)
			read_as(&x->v[i], "administered");
}

/*
 * A deed of nothing read as "useless": "the higher doses did nothing"
 * meets "higher doses proving effective" (not "nothing but").  A dialect
 * says it with a denial too ("doan do nutting", "don't do nothing"): the
 * denial agrees, it does not turn it round.
 */
static void
read_did_nothing(struct text *x)
{
	for (size_t i = 0; i + 1 < x->n; i++) {
		if (x->v[i].type != T_WORD || !among(x->v[i].w, "do does did doing done") ||
		    !among(wd(x, i + 1), "nothing nutting nuttin") ||
		    strcmp(wd(x, i + 2), "but") == 0)
			continue;
		if (i > 0 && x->v[i - 1].type == T_WORD && is_negator(x, i - 1))
			read_as(&x->v[i - 1], "do");
		read_as(&x->v[i + 1], "useless");
	}
}

/*
 * A price of "next to nothing" read as "cheap": "costs next to nothing"
 * meets "the cost can be prohibitive".
 */
static void
read_next_to_nothing(struct text *x)
{
	for (size_t i = 1; i + 2 < x->n; i++)
		if (x->v[i].type == T_WORD && strcmp(x->v[i].w, "next") == 0 &&
		    strcmp(wd(x, i + 1), "to") == 0 && strcmp(wd(x, i + 2), "nothing") == 0 &&
		    among(wd(x, i - 1), "cost costs costing is are"))
			read_as(&x->v[i], "cheap");
}

/*
 * A compared frequency read as "common": "used more often than" says what
 * "more common than" says, and meets "not as common as" (only before
 * "than" or "as": "come more often" is find_degree_noun's "more frequent").
 */
static void
read_frequency(struct text *x)
{
	for (size_t i = 1; i < x->n; i++)
		if (x->v[i].type == T_WORD && among(x->v[i].w, "often frequently widely commonly") &&
		    among(wd(x, i - 1), "more less as") && i + 1 < x->n &&
		    among(wd(x, i + 1), "than as"))
			read_as(&x->v[i], "common");
}

/*
 * Being hooked read as addiction: "will get you hooked", "can hook
 * patients" say what "addictive" says (the verb only before the people
 * it hooks: "a hook" is a thing).
 */
static void
read_hooked(struct text *x)
{
	for (size_t i = 0; i < x->n; i++)
		if (x->v[i].type == T_WORD && (strcmp(x->v[i].w, "hooked") == 0 ||
		    (among(x->v[i].w, "hook hooks") && i + 1 < x->n &&
		    among(wd(x, i + 1), "you people patients users them someone"))))
			read_as(&x->v[i], "addictive");
}

/*
 * A lay reader's routes read as the clinic's: a drip is an infusion, a
 * jab an injection ("a jab in the muscle is more common than a drip"
 * meets "not as common as infusion therapy, these injections").
 */
static void
read_lay_routes(struct text *x)
{
	static const char *const lay[][2] = {
		{ "drip", "infusion" }, { "drips", "infusions" }, { "jab", "injection" },
		{ "jabs", "injections" },
	};
	for (size_t i = 0; i < x->n; i++)
		for (size_t k = 0; x->v[i].type == T_WORD && k < sizeof lay / sizeof *lay; k++)
			if (strcmp(x->v[i].w, lay[k][0]) == 0) {
				read_as(&x->v[i], lay[k][1]);
				break;
			}
}

/*
 * Idioms of avoiding read as "avoid": "steer clear of combining" and "stay
 * away from combining" say what "avoid combining" says (the words after
 * the verb are read as "of", no content).
 */
static void
read_avoiding(struct text *x)
{
	for (size_t i = 0; i + 2 < x->n; i++) {
		if (x->v[i].type != T_WORD || x->v[i + 1].type != T_WORD)
			continue;
		if ((among(x->v[i].w, "steer steers steered steering") &&
		    strcmp(x->v[i + 1].w, "clear") == 0 && strcmp(wd(x, i + 2), "of") == 0) ||
		    (among(x->v[i].w, "stay stays stayed staying keep keeps kept keeping") &&
		    strcmp(x->v[i + 1].w, "away") == 0 && strcmp(wd(x, i + 2), "from") == 0)) {
			read_as(&x->v[i], "avoid");
			read_as(&x->v[i + 1], "of");
			read_as(&x->v[i + 2], "of");
		}
	}
}

#define LABEL_PREDICATE_WORDS 2	/* words after a label's colon read as what it is */

/*
 * A note's label and its predicate, "Allergic rxns to ket: common.", read
 * as "... are common": the colon before at most LABEL_PREDICATE_WORDS
 * words that end the text (or its last sentence), two words or more
 * before it.
 */
static void
read_label_predicate(struct text *x)
{
	for (size_t i = 2; i < x->n; i++) {
		if (!is_punct(x, i, ":") || x->v[i - 1].type != T_WORD ||
		    x->v[i - 2].type != T_WORD)
			continue;
		size_t j = i + 1;
		while (j < x->n && x->v[j].type == T_WORD)
			j++;
		if (j > i + 1 && j - i - 1 <= LABEL_PREDICATE_WORDS &&
		    (j == x->n || (is_punct(x, j, ".") && j + 1 == x->n))) {
			x->v[i].type = T_WORD;
			read_as(&x->v[i], "are");
		}
		return;
	}
}

/* A speaker's fillers: no word of what is said. */
#define FILLERS "erm hmm uh uhh um umm"

/*
 * Drop the fillers and the commas that set them off: "That state, um,
 * usually lingers" is read as "That state usually lingers", "And, uh,
 * they" as "And they", "Um, one more thing" as "one more thing".
 */
static void
drop_fillers(struct text *x)
{
	size_t o = 0;

	for (size_t i = 0; i < x->n; i++) {
		if (x->v[i].type == T_WORD && among(x->v[i].w, FILLERS)) {
			int after = is_punct(x, i + 1, ",");
			if (o > 0 && is_punct(x, o - 1, ",") && (after || i + 1 == x->n ||
			    x->v[i + 1].type == T_PUNCT))
				o--;	/* ", um," and ", um." */
			i += after;
			continue;
		}
		x->v[o++] = x->v[i];
	}
	x->n = o;
}

/* "doesn't do a (single) thing for OCD": the "thing" of "anything", no kind of thing */
static int
done_a_thing(const struct text *x, size_t i)
{
	size_t a = i;

	if (strcmp(x->v[i].w, "thing") != 0 || a < 2)
		return 0;
	if (strcmp(wd(x, a - 1), "single") == 0)
		a--;
	return a >= 2 && strcmp(wd(x, a - 1), "a") == 0 &&
	    among(wd(x, a - 2), "do does did doing done");
}

/* Each token's is_content, worked out once: the rules ask it of every neighbour. */
static void
mark_content(struct text *x)
{
	size_t i;

	(void)pthread_once(&lists_once, build_lists);
	drop_fillers(x);
	read_phrasal_verbs(x);
	read_shorthand(x);
	read_dialect(x);
	read_more_comparatives(x);
	read_given(x);
	read_lay_routes(x);
	read_hooked(x);
	read_avoiding(x);
	read_label_predicate(x);
	read_frequency(x);
	read_next_to_nothing(x);
	read_did_nothing(x);
	for (i = 0; i < x->n; i++) {
		const struct tok *k = &x->v[i];

		x->v[i].listed = k->type == T_WORD ? find_listed(k->w, strlen(k->w)) : NULL;
		/* "something called BDNF" names no kind of thing */
		x->v[i].content = k->type == T_WORD && strlen(k->stem) >= 3 &&
		    !is_stop(k->w) && !is_negator(x, i) && strcmp(k->w, "non") != 0 &&
		    !among(k->w, "something anything someone anyone somebody anybody stuff") &&
		    !done_a_thing(x, i);
	}
}

static void
set_pol(struct text *x, size_t i, int pol, size_t negator)
{
	x->v[i].pol = (unsigned char)pol;
	x->v[i].negator = negator;
}

/* Subjects that open a clause of their own after "and": "and there'd be no risk". */
#define NEW_SUBJECT "there there'd there's there'll it it'd it's it'll you you'd they they'd " \
    "we we'd he she"

/*
 * Whether a clause word (CLAUSE_WORD), or "and" or "so" before a subject
 * of its own, stands between tokens a and b of x.
 */
static int
clause_word_between(const struct text *x, size_t a, size_t b)
{
	size_t lo = a < b ? a : b, hi = a < b ? b : a;

	for (size_t k = lo + 1; k < hi; k++)
		if (x->v[k].type == T_WORD && (among(wd(x, k), CLAUSE_WORD) ||
		    (among(wd(x, k), "and so") && k + 1 < hi && among(wd(x, k + 1), NEW_SUBJECT))))
			return 1;
	return 0;
}

static size_t clause_start(const struct text *x, size_t i);
static int ends_sentence(const struct text *x, size_t i);
static size_t sentence_end(const struct text *x, size_t i);

#define UNLESS_REACH 12	/* tokens after a negator read for its "unless" */

/*
 * A deed called ill-advised after it ("driving yourself home afterward is
 * a bad idea", "isn't a good idea", "is a no-go") is denied as "not advisable to drive"
 * denies it: the first word in "-ing" of the clause is marked negated.
 */
static void
mark_ill_advised(struct text *x)
{
	for (size_t i = 2; i < x->n; i++) {
		int bad = strcmp(wd(x, i), "idea") == 0 && (strcmp(wd(x, i - 1), "bad") == 0 ||
		    (strcmp(wd(x, i - 1), "good") == 0 && (is_negator(x, i - 2) ||
		    (i >= 3 && among(wd(x, i - 2), "a") && is_negator(x, i - 3)))));
		/* "is a no-go", "is a no-no" */
		bad |= among(wd(x, i), "go no") && inner_hyphen(x, i - 1) &&
		    strcmp(wd(x, i - 2), "no") == 0;
		if (!bad)
			continue;
		for (size_t k = clause_start(x, i); k + 1 < i; k++)
			if (is_content(x, k) && ends_with(x->v[k].w, strlen(x->v[k].w), "ing")) {
				set_pol(x, k, POL_NEG, i);
				x->v[k].head = 1;
				break;
			}
	}
}

/* Words that set out an aim before "to": "efforts to ensure equitable access". */
#define AIMING "aim aims aimed aiming effort efforts strive strives striving seek seeks " \
    "seeking hope hopes hoping goal goals order"

/*
 * What a source sets out to do is no fact it states: "efforts to ensure
 * equitable access" says nothing of whether people can access it, so the
 * words after the aim's "to", to its clause's end, are marked POL_UNK.
 */
static void
mark_aims(struct text *x)
{
	for (size_t i = 0; i + 2 < x->n; i++) {
		if (strcmp(wd(x, i + 1), "to") != 0 || !among(wd(x, i), AIMING))
			continue;
		for (size_t k = i + 2; k < x->n && !clause_punct(x, k) &&
		    !among(wd(x, k), CLAUSE_WORD); k++)
			if (x->v[k].type == T_WORD && x->v[k].pol == POL_POS)
				set_pol(x, k, POL_UNK, k);
	}
}

#define TOPIC_REACH 8	/* tokens of an opening topic before its comma */

/*
 * An opening topic ("As for getting hooked, ...", "When it comes to
 * addiction, ...") names what the claim speaks of; it asserts nothing:
 * its words are marked POL_UNK up to its comma.
 */
static void
mark_topic(struct text *x)
{
	size_t k = 0;

	if (x->n > 2 && strcmp(wd(x, 0), "as") == 0 && among(wd(x, 1), "for to"))
		k = 2;
	else if (x->n > 4 && strcmp(wd(x, 0), "when") == 0 && strcmp(wd(x, 1), "it") == 0 &&
	    among(wd(x, 2), "comes came") && strcmp(wd(x, 3), "to") == 0)
		k = 4;
	else if (x->n > 2 && strcmp(wd(x, 0), "speaking") == 0 && strcmp(wd(x, 1), "of") == 0)
		k = 2;
	else if (x->n > 1 && strcmp(wd(x, 0), "regarding") == 0)
		k = 1;
	if (k == 0)
		return;
	size_t end = k;
	while (end < x->n && end <= TOPIC_REACH && x->v[end].type == T_WORD)
		end++;
	if (!is_punct(x, end, ","))
		return;
	for (size_t m = 0; m < end; m++)
		set_pol(x, m, POL_UNK, m);
}

/* Words of how often or widely a thing is used, after "less", "more" or "as". */
#define FREQUENCY "common commonly often frequent frequently popular widely much"

/*
 * Mark the words each negator negates: the first content word after it
 * (past stopwords and words like "need" and "worry", at most seven tokens
 * on, within its clause), the content words that follow that one directly
 * ("side effects", "cause dissociation"), one "or" alternative and one "to"
 * complement ("not advisable to drive").  The marks are POL_UNK, not
 * POL_NEG, when the clause holds two negators ("not without risks"), when
 * the negator sits in a subordinate clause ("those who have not found
 * success"), when a quantifier follows it ("not always", "not fully") and
 * when it starts an imperative ("Don't skip sessions", "Never drive") or
 * gives advice ("should not", "mustn't").
 */
/*
 * Where the main clause's predicate opens after the relative clause at
 * token rel ("who" or "which" as its subject, not "in which"), before
 * token i: a verb or auxiliary after a content word of
 * the relative clause ("People who failed antidepressants | are not
 * eligible").  i when the relative clause runs on to i ("who have not
 * responded").
 */
static size_t
after_relative(const struct text *x, size_t rel, size_t i)
{
	int content = 0;

	for (size_t k = rel + 1; k < i; k++) {
		if (content && among(wd(x, k), PREDICATE_OPENER))
			return k;
		content |= is_content(x, k);
	}
	return i;
}

/*
 * Whether the negator at token i is in the first clause of a sentence
 * that opens with a verb of taking and goes on "and" ("Take it regular
 * with nobody supervising, and a feller risks getting dependent"): the
 * clause is a condition, as an "if" would make it.
 */
static int
imperative_condition(const struct text *x, size_t i)
{
	size_t k = i;

	while (k > 0 && !ends_sentence(x, k - 1))
		k--;
	if (!among(wd(x, k), "take use mix combine try keep"))
		return 0;
	for (size_t j = i + 1; j < x->n && !ends_sentence(x, j); j++)
		if (strcmp(wd(x, j), "and") == 0 && is_punct(x, j - 1, ","))
			return 1;
	return 0;
}

/*
 * Whether "no reason" or "no cause" ends just before the negator at
 * token i of x, "at all" or "whatsoever" between ("no reason at all not
 * to drive"), or before "(why) you can't": what the negator denies is
 * allowed.
 */
static int
no_reason_before(const struct text *x, size_t i)
{
	size_t k = i;

	/* "no reason (why) you can't drive": the doer, and "why" */
	if (strcmp(wd(x, i), "not") != 0 && k >= 1 && among(wd(x, k - 1), "you they we i one"))
		k--;
	if (k >= 1 && strcmp(wd(x, k - 1), "why") == 0)
		k--;
	if (k >= 3 && strcmp(wd(x, k - 2), "at") == 0 && strcmp(wd(x, k - 1), "all") == 0)
		k -= 2;
	else if (k >= 2 && strcmp(wd(x, k - 1), "whatsoever") == 0)
		k--;
	return k >= 2 && among(wd(x, k - 1), "reason cause") && strcmp(wd(x, k - 2), "no") == 0;
}

/*
 * Whether token i is "not" or a negated auxiliary ("don't", "dont",
 * "dinnae"): litotes' and concord's first denial.
 */
static int
litotes_first(const struct text *x, size_t i)
{
	const char *w = wd(x, i);
	size_t n = strlen(w);

	return x->v[i].type == T_WORD && (strcmp(w, "not") == 0 ||
	    (n > 3 && ends_with(w, n, "n't")) || among(w, BARE_NEGATED));
}

#define CONCORD_SECOND "no nothing nobody none nowhere nothin"

/*
 * Whether the denial at token i is the first of a negative concord, a
 * second denial of CONCORD_SECOND following in its clause (before ce) with
 * no clause word between: "don't carry no risks", "ain't nothing".
 */
static int
concord_first(const struct text *x, size_t i, size_t ce)
{
	size_t j;

	if (!litotes_first(x, i) && strcmp(wd(x, i), "never") != 0)
		return 0;
	for (j = i + 1; j < ce && j <= i + 4; j++)
		if (among(wd(x, j), CONCORD_SECOND) && is_negator(x, j))
			return !clause_word_between(x, i, j);
	return 0;
}

#define NOT_GERUNDS "according anything during everything morning nothing something"

/*
 * Whether token i lies in a gerund subject that opens its sentence
 * ("Using ketamine without supervision may lead to ...", up to the
 * predicate's first auxiliary or denial): the case the sentence speaks of.
 */
static int
in_gerund_subject(const struct text *x, size_t i)
{
	size_t s = i, j, n;
	const char *w;

	while (s > 0 && !ends_sentence(x, s - 1))
		s--;
	while (s < i && x->v[s].type != T_WORD)
		s++;
	w = wd(x, s);
	n = strlen(w);
	if (s == i || n <= 4 || strcmp(w + n - 3, "ing") != 0 || among(w, NOT_GERUNDS))
		return 0;
	for (j = s + 1; j < i; j++)
		if (among(wd(x, j), PREDICATE_OPENER) || litotes_first(x, j))
			return 0;
	return 1;
}

static int name_like(const struct text *, size_t);

static void
mark_negations(struct text *x)
{
	size_t i, j, cs, ce, head, k, count;
	int pol, relative;

	for (i = 0; i < x->n; i++) {
		if (!is_negator(x, i))
			continue;
		/* "not without risks": litotes, the risks asserted */
		if ((strcmp(wd(x, i), "without") == 0 && i > 0 && litotes_first(x, i - 1)) ||
		    (strcmp(wd(x, i + 1), "without") == 0 && litotes_first(x, i)))
			continue;
		/* "no reason (at all) not to drive yourself home": the drive allowed */
		if (no_reason_before(x, i))
			continue;
		pol = POL_NEG;
		relative = 0;
		for (cs = i; cs > 0 && !clause_punct(x, cs - 1); cs--)
			;
		for (ce = i + 1; ce < x->n && !clause_punct(x, ce); ce++)
			;
		/* "don't carry no risks": one denial said twice, the last one scopes */
		if (concord_first(x, i, ce))
			continue;
		/* the main clause after a relative one: "Patients who ... are not eligible" */
		for (j = i; j-- > cs;)
			if (among(wd(x, j), RELATIVE)) {
				size_t main_at = i;

				if (among(wd(x, j), RELATIVE_SUBJECT) &&
				    !(j > 0 && among(wprev(x, j), RELATIVE_AFTER)))
					main_at = after_relative(x, j, i);
				if (main_at < i)
					cs = main_at;
				break;	/* the nearest relative clause only */
			}
		/* "Using it without supervision may ...": the case a gerund subject names */
		if (strcmp(wd(x, i), "without") == 0 && in_gerund_subject(x, i))
			pol = POL_UNK;
		/*
		 * an imperative ("Don't skip sessions", "Please do not skip any
		 * session", "Just don't", "Try not to skip") says nothing about
		 * what happens
		 */
		size_t bid = cs;
		while (bid < i && among(wd(x, bid), "please pls plz just try"))
			bid++;
		if ((i == bid || (i == bid + 1 && strcmp(wd(x, bid), "do") == 0)) &&
		    (among(wd(x, i), "never not dont avoid") || strcmp(wd(x, i), "don't") == 0) &&
		    !among(wd(x, i + 1), EXPECTING))
			pol = POL_UNK;
		/* "So - no skipping.": a prohibition of its own, as "No smoking" is */
		if (strcmp(wd(x, i), "no") == 0 && i + 2 == ce &&
		    ends_with(wd(x, i + 1), strlen(wd(x, i + 1)), "ing")) {
			for (j = cs; j < i && (x->v[j].type != T_WORD ||
			    among(wd(x, j), "so and then just")); j++)
				;
			if (j == i)
				pol = POL_UNK;
		}
		/* "... and don't skip sessions" ("and never in veterinary settings" denies) */
		if (i > cs && among(wprev(x, i), "and so please then") &&
		    (strcmp(wd(x, i), "dont") == 0 || strcmp(wd(x, i), "don't") == 0))
			pol = POL_UNK;
		/* "Take it regular with nobody supervising, and a feller risks ...": an "if" */
		if (imperative_condition(x, i))
			pol = POL_UNK;
		/* "Tell pts not to skip", "remind your patients not to": advice passed on */
		if (strcmp(wd(x, i), "not") == 0 && i + 1 < ce && strcmp(wd(x, i + 1), "to") == 0)
			for (j = i; j-- > cs && j + 4 > i;)
				if (among(wd(x, j), TELLING_TO)) {
					pol = POL_UNK;
					break;
				}
		/*
		 * "not only an anesthetic" says it is one, and more; so do a
		 * Pidgin "no be only depression" and "doesn't stop at depression"
		 */
		if (i + 1 < ce && among(wd(x, i + 1), "only just merely solely simply"))
			pol = POL_UNK;
		if (i + 2 < ce && ((strcmp(wd(x, i + 1), "be") == 0 &&
		    among(wd(x, i + 2), "only just merely solely simply")) ||
		    (among(wd(x, i + 1), "stop stops end ends") && among(wd(x, i + 2), "at with"))))
			pol = POL_UNK;
		/* "should not", "must not": advice, not a report of what happens */
		if ((among(wprev(x, i), "should must ought") ||
		    among(wd(x, i), "shouldn't mustn't shouldnt mustnt")) &&
		    !among(wd(x, i + 1), EXPECTING))
			pol = POL_UNK;
		/* "must be avoided", "it is crucial to avoid": advice too */
		if (i >= 2 && ((strcmp(wd(x, i), "avoided") == 0 &&
		    among(wd(x, i - 2), "should must ought")) || (strcmp(wd(x, i), "avoid") == 0 &&
		    strcmp(wprev(x, i), "to") == 0 && among(wd(x, i - 2), URGING))))
			pol = POL_UNK;
		/*
		 * "no one qualifies unless ...", "none given save under ...": a
		 * condition, what "must" says (an "unless", "except" or "save"
		 * before a preposition in its sentence, as claim.c reads the claim)
		 */
		for (j = i + 1; j < x->n && j <= i + UNLESS_REACH && !ends_sentence(x, j); j++)
			if (among(wd(x, j), "unless except") || (strcmp(wd(x, j), "save") == 0 &&
			    among(wd(x, j + 1), "by for in under when with"))) {
				pol = POL_UNK;
				break;
			}
		/*
		 * "aren't used as much as the IV", "not as common", "not so
		 * common", "nuh common like di IV": a degree compared
		 * (frequency_sides), not a denial of the use
		 */
		for (j = i + 1; j + 1 < ce && j <= i + 4; j++)
			if ((among(wd(x, j), "as so") && among(wd(x, j + 1), FREQUENCY)) ||
			    (j == i + 1 && among(wd(x, j), FREQUENCY) &&
			    among(wd(x, j + 1), "as like"))) {
				pol = POL_UNK;
				break;
			}
		for (j = cs; j < ce; j++) {
			/*
			 * two denials in one clause may cancel ("not ... without");
			 * one in a clause of its own does not ("has not approved
			 * it because it is not considered safe"), nor a "without"
			 * before the denial ("use without supervision carries no
			 * risk" denies the risk)
			 */
			if (j != i && is_negator(x, j) && !clause_word_between(x, i, j) &&
			    !(j < i && strcmp(wd(x, j), "without") == 0) &&
			    /* "use with nobody watching carries no risk": "without" */
			    !(j < i && among(wd(x, j), "nobody no") &&
			    strcmp(wprev(x, j), "with") == 0) &&
			    !(j < i && concord_first(x, j, ce))) {
				pol = POL_UNK;
				relative = 0;
			}
			if (j < i && among(wd(x, j), SUBORDINATOR)) {
				relative = pol == POL_NEG && among(wd(x, j), RELATIVE);
				pol = POL_UNK;
			}
			if (j > i && j <= i + 8 && among(wd(x, j), QUANTIFIER) &&
			    strcmp(wprev(x, j), "at") != 0) {
				pol = POL_UNK;
				relative = 0;
				if (!x->v[i].denies_quantifier) {
					x->v[i].denies_quantifier = 1;
					x->v[i].quantifier = j;
				}
			}
		}
		/*
		 * "Unsupervised use must be avoided": a passive denial denies
		 * its clause's first words, up to its verb
		 */
		if (passive_avoided(x, i)) {
			for (k = cs, count = 0; k < i && count < 3; k++) {
				if (among(wd(x, k), PREDICATE_OPENER) || among(wd(x, k), BE_FORMS) ||
				    strcmp(wd(x, k), "ought") == 0)
					break;
				if (!is_content(x, k))
					continue;
				set_pol(x, k, pol, i);
				x->v[k].head = count++ == 0;
			}
			continue;
		}
		head = x->n;
		for (j = i + 1; j < ce && j <= i + 7; j++) {
			/* "not yet understood": "yet" opens no clause there */
			if (inner_hyphen(x, j) || (j == i + 1 && strcmp(wd(x, j), "yet") == 0))
				continue;
			/* "inadvisable that he drive": the deed after its subject */
			if (among(wd(x, i), UNADVISABLE) && ((j == i + 1 &&
			    strcmp(wd(x, j), "that") == 0) || (j == i + 2 &&
			    among(wd(x, j), "he she they you we one i"))))
				continue;
			if (x->v[j].type != T_WORD ||
			    among(wd(x, j), CLAUSE_WORD) || is_negator(x, j))
				break;
			/* "things that aren't there is rare": the main verb ends the relative */
			if (j > i + 1 && among(wprev(x, i), "that which who") &&
			    among(wd(x, j), BE_FORMS))
				break;
			if (is_content(x, j) && !among(wd(x, j), TRANSPARENT)) {
				head = j;
				break;
			}
		}
		/*
		 * "Self-driving home after treatment advised against": "against"
		 * that ends its clause denies the deed before its verb, a word
		 * in "-ing"
		 */
		if (head == x->n && strcmp(wd(x, i), "against") == 0) {
			for (k = cs; k + 1 < i; k++)
				if (is_content(x, k) &&
				    ends_with(x->v[k].w, strlen(x->v[k].w), "ing")) {
					set_pol(x, k, pol, i);
					x->v[k].head = 1;
					break;
				}
			continue;
		}
		if (head == x->n)
			continue;
		/* "non-IV options": a kind named by what it is not, no denial */
		if (strcmp(wd(x, i), "non") == 0 && ((x->v[i + 1].type == T_WORD &&
		    name_like(x, i + 1)) || (i + 2 < x->n && x->v[i + 2].type == T_WORD &&
		    name_like(x, i + 2))))
			continue;
		x->v[head].head = 1;
		/*
		 * "does not cause dissociation" denies the dissociation: a verb
		 * that only brings its object about hands the negation on
		 */
		if (among(wd(x, head), CAUSATIVE) && head + 1 < ce && is_content(x, head + 1))
			x->v[head + 1].head = 1;
		/*
		 * "doesn't carry any risk", "won't pose a risk": the risk it
		 * bears is denied, past the determiner
		 */
		if ((among(wd(x, head), CAUSATIVE) || among(wd(x, head), BEARING)) &&
		    head + 2 < ce && among(wd(x, head + 1), "a an any much") &&
		    is_content(x, head + 2) && !among(wd(x, head + 2), CLAUSE_WORD)) {
			set_pol(x, head + 2, pol, i);
			x->v[head + 2].head = 1;
		}
		/*
		 * "won't make you dependent", "can't get you hooked": what it
		 * makes of its object is denied
		 */
		if (among(wd(x, head), MAKING) && head + 2 < ce &&
		    among(wd(x, head + 1), MADE_ONES) && is_content(x, head + 2) &&
		    !among(wd(x, head + 2), CLAUSE_WORD)) {
			set_pol(x, head + 2, pol, i);
			x->v[head + 2].head = 1;
		}
		count = 0;
		for (k = head; k < ce && count < 3; k++) {
			if (inner_hyphen(x, k))
				continue;
			if (!is_content(x, k) || among(wd(x, k), CLAUSE_WORD))
				break;
			set_pol(x, k, pol, i);
			x->v[k].relative = (unsigned char)relative;
			count++;
		}
		if (k + 1 < ce && among(wd(x, k), "or nor to") &&
		    is_content(x, k + 1) && !among(wd(x, k + 1), CLAUSE_WORD)) {
			set_pol(x, k + 1, pol, i);
			/*
			 * "not advisable to drive" denies driving as "don't drive"
			 * would; "cannot be used to manage OCD" denies managing it
			 */
			if (strcmp(wd(x, k), "to") == 0 &&
			    (among(wd(x, head), ADVISING) || strcmp(wd(x, head), "used") == 0))
				x->v[k + 1].head = 1;
		}
		/* "not advisable that you drive": the deed after its subject */
		if (k + 2 < ce && strcmp(wd(x, k), "that") == 0 && among(wd(x, head), ADVISING) &&
		    among(wd(x, k + 1), "he she they you we one i") && is_content(x, k + 2) &&
		    !among(wd(x, k + 2), CLAUSE_WORD)) {
			set_pol(x, k + 2, pol, i);
			x->v[k + 2].head = 1;
		}
	}
}

static int
add(struct conflict **v, size_t *n, size_t *cap, enum conflict_kind kind,
    size_t cs, size_t ce, size_t ss, size_t se)
{
	if (*n == *cap) {
		size_t c = *cap ? 2 * *cap : 8;
		struct conflict *nv = realloc(*v, c * sizeof *nv);

		if (nv == NULL)
			return -1;
		*v = nv;
		*cap = c;
	}
	(*v)[*n].kind = kind;
	(*v)[*n].claim_start = cs;
	(*v)[*n].claim_end = ce;
	(*v)[*n].source_start = ss;
	(*v)[*n].source_end = se;
	(*v)[*n].in_place = 0;
	(*v)[*n].replaces = 0;
	(*v)[*n].counted = 0;
	(*v)[*n].usual_route = 0;
	(*v)[*n].timed = 0;
	(*n)++;
	return 0;
}

struct found {
	struct conflict *v;
	size_t n, cap;
};

/*
 * Widen a matched pair of words over the words both texts share right after
 * it ("side" -> "side effects"), at most three; sets the two end bytes.
 */
static void
widen(const struct text *c, size_t i, const struct text *s, size_t j,
    size_t *cend, size_t *send)
{
	size_t k;

	*cend = c->v[i].e;
	*send = s->v[j].e;
	for (k = 1; k < 3 && i + k < c->n && j + k < s->n; k++) {
		if (!is_content(c, i + k) || !is_content(s, j + k) ||
		    strcmp(c->v[i + k].stem, s->v[j + k].stem) != 0)
			break;
		*cend = c->v[i + k].e;
		*send = s->v[j + k].e;
	}
}

/* Where negator k's words start: "rather than", "instead of" take two. */
static size_t
negation_start(const struct text *x, const struct tok *k)
{
	size_t i = (size_t)(k - x->v);

	if (i > 0 && among(k->w, "than of") && among(wprev(x, i), "rather instead"))
		return x->v[i - 1].s;
	return k->s;
}

/* Quantifiers of a whole: "not fully understood" denies "understood exactly". */
#define COMPLETELY "completely entirely exactly fully perfectly precisely totally"

/* Whether the quantifiers a and b say one thing: one word, or both of a whole. */
static int
same_quantifier(const char *a, const char *b)
{
	return strcmp(a, b) == 0 || (among(a, COMPLETELY) && among(b, COMPLETELY));
}

/*
 * Does the source's word j deny a quantifier that the claim asserts over
 * its word i?  "not fully understood" against "now fully understood" or
 * "now completely understood": the claim's quantifier stands at i or up
 * to three tokens before it, or one of a whole up to two tokens after it
 * ("understand exactly how").
 */
static int
denies_claimed_quantifier(const struct text *c, size_t i, const struct text *s, size_t j)
{
	const struct tok *neg;
	size_t k;

	if (s->v[j].pol != POL_UNK || c->v[i].pol != POL_POS)
		return 0;
	neg = &s->v[s->v[j].negator];
	if (!neg->denies_quantifier)
		return 0;
	for (k = i + 1; k-- > 0 && i - k <= 3;)
		if (c->v[k].type == T_WORD && c->v[k].pol == POL_POS &&
		    same_quantifier(c->v[k].w, s->v[neg->quantifier].w))
			return 1;
	/* "understand exactly how" */
	for (k = i + 1; k < c->n && k <= i + 2; k++)
		if (c->v[k].type == T_WORD && c->v[k].pol == POL_POS &&
		    among(c->v[k].w, COMPLETELY) && among(s->v[neg->quantifier].w, COMPLETELY))
			return 1;
	return 0;
}

/*
 * A claim word whose every occurrence in the source has the opposite,
 * definite polarity (or denies the quantifier the claim asserts over it), where the negated side's word is the first word its
 * negator negates: "don't ditch follow-up appointments" negates "ditch", and
 * says nothing against "take follow-up appointments".  One conflict per
 * negator: "does not cause dissociation" against "causes dissociation" is
 * one disagreement.
 */
#define NEIGHBOURS 4	/* content words read on one side of a word */
static size_t neighbours(const struct text *, size_t, int, const char **);
static int share(const char **, size_t, const char **, size_t);

/* Whether negator k is "rather than" or "instead of". */
static int
is_alternative(const struct text *x, const struct tok *k)
{
	size_t i = (size_t)(k - x->v);

	return i > 0 && among(k->w, "than of") && among(wprev(x, i), "rather instead");
}

#define MANNER_REACH 6	/* tokens from a denied verb to the "alone" it denies */

/*
 * The token of the "alone" ("by yourself", "on your own") that claim word
 * i's denial is about, in i's clause after it: "better off not coming to
 * treatment alone" denies coming alone, not coming; 0 when there is none.
 */
static size_t
denied_manner(const struct text *c, size_t i)
{
	for (size_t k = i + 1; k < c->n && k <= i + MANNER_REACH; k++) {
		if (clause_punct(c, k) || among(wd(c, k), CLAUSE_WORD))
			return 0;
		if (strcmp(wd(c, k), "alone") == 0)
			return k;
	}
	return 0;
}

/*
 * Whether claim word i is the "alone" of a denied verb before it in its
 * clause ("It is better not to come alone"): the denial says "with
 * someone", no opposite of it.
 */
static int
alone_denied(const struct text *c, size_t i)
{
	if (strcmp(wd(c, i), "alone") != 0)
		return 0;
	for (size_t k = i; k > 0 && i - k < MANNER_REACH; k--) {
		if (clause_punct(c, k - 1) || among(wd(c, k - 1), CLAUSE_WORD))
			return 0;
		if (is_negator(c, k - 1))
			return 1;
	}
	return 0;
}

/*
 * "bring someone rather than come alone" denies coming alone, not coming:
 * the source must say the content words after the claim's word too ("It is
 * better to come with someone" does not).
 */
static int
says_alternative(const struct text *c, size_t ci, const struct text *s, size_t sj)
{
	const char *ca[NEIGHBOURS], *sa[NEIGHBOURS];
	size_t nca = neighbours(c, ci, 1, ca), nsa = 0, k;

	/*
	 * the source's words after its own, past commas between modifiers
	 * ("Regular, unsupervised use"), to the clause's end
	 */
	for (k = sj + 1; k < s->n && k <= sj + 8 && nsa < NEIGHBOURS; k++) {
		if (inner_hyphen(s, k) || is_punct(s, k, ","))
			continue;
		if (clause_punct(s, k) || among(wd(s, k), CLAUSE_WORD))
			break;
		if (is_content(s, k))
			sa[nsa++] = s->v[k].stem;
	}

	for (k = 0; k < nca; k++)
		if (!share(ca + k, 1, sa, nsa))
			return 0;
	return 1;
}

static int ends_sentence(const struct text *, size_t);
static size_t stem_in(const struct text *, size_t, size_t, const char *);

/*
 * Whether the source names the alternative the claim puts in the place of
 * what it denies, as well as that: "can also be given as a nasal spray or
 * an oral tablet instead of an IV infusion" against "In addition to IV
 * infusions, there are also options like nasal sprays and oral tablets"
 * (both are ways).  The claim's two content words before "instead" or
 * "rather" are both in the source, and its clause offers the one as
 * another way ("also", "alternatively", "option").
 */
static int
names_chosen_too(const struct text *c, const struct tok *neg, const struct text *s)
{
	size_t at = (size_t)(neg - c->v) - 1, k = at, seen = 0;
	int option = 0;

	while (k-- > 0 && seen < 2 && !clause_punct(c, k) && !among(wd(c, k), CLAUSE_WORD)) {
		if (!is_content(c, k))
			continue;
		if (stem_in(s, 0, s->n, c->v[k].stem) == s->n)
			return 0;
		seen++;
	}
	for (k = at; k-- > 0 && !clause_punct(c, k) && !option;)
		option = among(wd(c, k), "also alternatively alternative alternatives option options");
	return seen == 2 && option;
}

/*
 * "Rarely" negates only in part: it does not contradict a text that says
 * the thing happens rarely in its own words ("in rare cases", "uncommon"),
 * in the sentence of its word `at` ("in rare cases, hallucinations" says
 * nothing of how often the next sentence's barrier stands).  "Little"
 * likewise against a text that says the thing is scarce ("limited", "few",
 * "lack", "more research is needed").
 */
static int
says_seldom_too(const struct text *other, const struct tok *neg, size_t at)
{
	static const char SELDOM[] = SELDOM_WORDS;
	size_t j;
	int little = strcmp(neg->w, "little") == 0, more = 0, needed = 0;

	if (!little && !among(neg->w, SELDOM))
		return 0;
	for (j = at; j > 0 && !ends_sentence(other, j - 1); j--)
		;
	for (; j < other->n && (j <= at || !ends_sentence(other, j)); j++) {
		if (!little && (among(wd(other, j), SELDOM) || among(wd(other, j), "rare uncommon "
		    "infrequent infrequently occasional occasionally sometimes")))
			return 1;
		/* "little research" against "more research is needed", "limited evidence" */
		if (little && among(wd(other, j), "little limited few lack lacks lacking scarce "
		    "insufficient minimal"))
			return 1;
		more |= little && strcmp(wd(other, j), "more") == 0;
		needed |= little && among(wd(other, j), "needed required necessary warranted");
	}
	return more && needed;
}

/* Whether word i sits in a relative clause of its own clause ("people who have responded"). */
static int
in_relative(const struct text *x, size_t i)
{
	for (size_t k = i; k-- > 0 && i - k <= 6;) {
		if (clause_punct(x, k))
			return 0;
		if (among(wd(x, k), RELATIVE))
			return 1;
		if (among(wd(x, k), CLAUSE_WORD) || is_negator(x, k))
			return 0;
	}
	return 0;
}

/*
 * A group defined the other way round: the claim's relative clause asserts
 * what the source's denies ("people who have responded well to
 * antidepressants" against "those who have not responded to
 * antidepressants"), about the same thing after the word.
 */
static int
relative_denial(const struct text *c, size_t i, const struct text *s, size_t j)
{
	const char *ca[NEIGHBOURS], *sa[NEIGHBOURS];
	size_t nca, nsa;

	if (!s->v[j].relative || !s->v[j].head || c->v[i].pol != POL_POS || !in_relative(c, i))
		return 0;
	nca = neighbours(c, i, 1, ca);
	nsa = neighbours(s, j, 1, sa);
	return share(ca, nca, sa, nsa);
}

/*
 * Whether claim word i is what someone else is to do: "bring someone to
 * drive them home" says nothing against "not advisable to drive yourself
 * home", which is said of the reader.
 */
static int
done_by_another(const struct text *c, size_t i)
{
	if (i >= 2 && strcmp(wd(c, i - 1), "to") == 0 &&
	    among(wd(c, i - 2), "someone somebody anyone anybody friend companion relative "
	    "driver person adult"))
		return 1;
	/* "let somebody else drive", "have someone else drive" */
	return i >= 2 && strcmp(wd(c, i - 1), "else") == 0 &&
	    among(wd(c, i - 2), "someone somebody anyone anybody");
}

#define FAILED_REACH 4	/* tokens back from a negator to the treatments it speaks of */

/*
 * Whether negated claim word i says other treatments failed: "even in
 * people the usual treatments haven't helped" names the patients a
 * treatment is for, and "it helps depressed people" does not deny it
 * ("antidepressants are not eligible" is no failure).
 */
static int
others_failed(const struct text *c, size_t i)
{
	size_t neg = c->v[i].negator;

	if (c->v[i].pol != POL_NEG || neg >= c->n ||
	    !among(wd(c, i), "help helped helps work worked works succeed succeeded budge budged "
	    "touch touched"))
		return 0;
	for (size_t k = neg, n = 0; k > 1 && n < FAILED_REACH; k--, n++)
		if (among(wd(c, k - 1), "treatments therapies antidepressants medications "
		    "meds drugs options") &&
		    among(wd(c, k - 2), "other usual standard traditional conventional regular "
		    "typical previous prior older existing"))
			return 1;
	return 0;
}

/*
 * Whether the claim denies later in word i's clause what the source's
 * negator denies before its word j: "addiction is not something patients
 * need to worry about" says what "you don't need to worry about addiction"
 * says.  The words between the source's negator and j must all follow a
 * negator of the claim's in i's clause, but for words a negation passes
 * over ("need": "addiction is not something to worry about"), and at
 * least one must be there; one advising word says another ("driving home
 * is not advised", "not advisable to drive home").
 */
static int
denied_later(const struct text *c, size_t i, const struct text *s, size_t j)
{
	size_t neg = s->v[j].negator, k, m, said = 0;

	for (k = i + 1; k < c->n && !clause_punct(c, k) && !is_negator(c, k); k++)
		;
	if (k >= c->n || !is_negator(c, k))
		return 0;
	for (m = neg + 1; m < j; m++) {
		size_t q;

		if (!is_content(s, m))
			continue;
		for (q = k + 1; q < c->n && q <= k + 8 && !clause_punct(c, q); q++)
			if (is_content(c, q) && (strcmp(c->v[q].stem, s->v[m].stem) == 0 ||
			    (among(wd(c, q), ADVISING) && among(wd(s, m), ADVISING))))
				break;
		if (q < c->n && q <= k + 8 && !clause_punct(c, q))
			said++;
		else if (!among(wd(s, m), TRANSPARENT))
			return 0;
	}
	return said > 0;
}

static size_t clause_start(const struct text *, size_t);

/*
 * Whether the claim's token k stands in its clause's subject, before the
 * predicate's first auxiliary: "use without supervision can carry a
 * risk" says nothing against a source that asks for supervision, while
 * "it can be given without supervision" does.
 */
static int
in_subject(const struct text *c, size_t k)
{
	for (size_t m = clause_start(c, k); m < k; m++)
		if (among(wd(c, m), PREDICATE_OPENER))
			return 0;
	for (size_t m = k + 1; m < c->n && !clause_punct(c, m) &&
	    !among(wd(c, m), CLAUSE_WORD); m++)
		if (among(wd(c, m), PREDICATE_OPENER) || among(wd(c, m), RISK_VERBS))
			return 1;
	return 0;
}

/*
 * Whether the claim's token k stands in a clause of what has not happened
 * yet: "needed before its effects are fully understood" does not say they
 * are understood.  The clause opens with "before" or "until" and has a
 * present-tense verb before k ("before it was approved" says it was).
 */
static int
not_yet(const struct text *c, size_t k)
{
	for (size_t m = k; m-- > 0 && !clause_punct(c, m);) {
		if (among(wd(c, m), "before until")) {
			int now = 0;
			for (size_t q = m + 1; q < k; q++) {
				if (among(wd(c, q), "was were had did"))
					return 0;
				/* "before they fully understand": present, after a subject */
				now |= among(wd(c, q), "is are can will they we you scientists "
				    "researchers doctors experts");
			}
			return now;
		}
	}
	return 0;
}

static int deed_called_fine(const struct text *, size_t, size_t);

/*
 * Whether a negator stands before the claim's token k in its clause,
 * though its scope ended before k: "need not raise concerns about
 * addiction" does not assert the addiction its source denies.  Not one
 * that calls the deed at k fine ("no harm in driving": deed_called_fine).
 */
static int
negated_clause(const struct text *c, size_t k)
{
	for (size_t m = clause_start(c, k); m < k; m++)
		if (is_negator(c, m) && !deed_called_fine(c, m, k))
			return 1;
	return 0;
}

static int has_word(const struct text *, const char *);

/*
 * Whether the negator at token m denies a harm in the deed at token k,
 * which it calls fine: "There's no harm at all in driving yourself home",
 * "nothing wrong with driving", "no reason not to drive".
 */
static int
deed_called_fine(const struct text *c, size_t m, size_t k)
{
	size_t at = m + 2;
	/* "no reason at all not to drive", "no reason you can't drive": both denials */
	size_t n = k >= 2 && strcmp(wd(c, k - 2), "not") == 0 &&
	    strcmp(wd(c, k - 1), "to") == 0 ? k - 2 : k - 1;
	if (k >= 1 && is_negator(c, n) && no_reason_before(c, n) && (m == n ||
	    (strcmp(wd(c, m), "no") == 0 && among(wd(c, m + 1), "reason cause"))))
		return 1;
	if (!((strcmp(wd(c, m), "no") == 0 && among(wd(c, m + 1), "harm problem objection")) ||
	    (strcmp(wd(c, m), "nothing") == 0 && strcmp(wd(c, m + 1), "wrong") == 0)))
		return 0;
	if (strcmp(wd(c, at), "at") == 0 && strcmp(wd(c, at + 1), "all") == 0)
		at += 2;
	/* "no objection to patients driving": the doer between */
	if (strcmp(wd(c, at), "to") == 0 && strcmp(wd(c, m + 1), "objection") == 0)
		return at + 1 == k || (at + 2 == k && is_content(c, at + 1));
	return among(wd(c, at), "in with") && at + 1 == k;
}

/*
 * Whether the claim's token k names what is treated: "used to treat
 * people with addiction problems" asserts no addiction of the drug, so a
 * source's "don't need to worry about addiction" does not deny it.
 */
static int
treated_object(const struct text *c, size_t k)
{
	for (size_t m = k; m-- > 0 && k - m <= 5 && !clause_punct(c, m);)
		if (among(wd(c, m), "treat treats treated treating manage manages managed "
		    "managing"))
			return 1;
	return 0;
}

/*
 * Whether word i of x passes its denial on to what follows: "prefer to
 * avoid intravenous methods" says what "not prefer intravenous methods"
 * says, "choose to skip" what "not choose".
 */
static int
denies_its_object(const struct text *x, size_t i)
{
	return strcmp(wd(x, i + 1), "to") == 0 &&
	    among(wd(x, i + 2), "avoid skip refuse forgo forego decline shun");
}

/* Whether w, right after "get", says what one becomes: "dependent", "hooked", "addicted". */
static int
becomes(const char *w)
{
	size_t n = strlen(w);

	return n > 4 && (ends_with(w, n, "ed") || ends_with(w, n, "ent") ||
	    ends_with(w, n, "ive") || ends_with(w, n, "ous"));
}

/*
 * Whether the claim's denied word i is what someone cannot get: "some
 * people just can't get the treatment", "cannot access care" deny the
 * getting, not the treatment a source speaks of ("the cost of treatment").
 */
static int
cannot_get(const struct text *c, size_t i)
{
	size_t k = c->v[i].negator;

	if (k >= i || !among(wd(c, k), "can't cant cannot couldn't couldnt unable"))
		return 0;
	for (size_t m = k + 1; m < i; m++)
		if (among(wd(c, m), "get access afford obtain reach find"))
			return !(m + 1 == i && strcmp(wd(c, m), "get") == 0 && becomes(wd(c, i)));
	return 0;
}

static int declined_question(const struct text *, size_t);

/* Whether token k of x is in a clause that "otherwise" opens. */
static int
after_otherwise(const struct text *x, size_t k)
{
	for (size_t m = k; m-- > 0 && !clause_punct(x, m);)
		if (strcmp(wd(x, m), "otherwise") == 0)
			return 1;
	return 0;
}

static int
find_negation(struct text *c, struct text *s, struct found *f)
{
	size_t i, j, hit, cend, send;
	struct tok *neg;
	int agree, seen;

	for (i = 0; i < c->n; i++) {
		size_t q = sentence_end(c, i);
		/* "Worried about addiction? ...": a question asserts nothing */
		if (!is_content(c, i) || c->v[i].pol == POL_UNK ||
		    (c->v[i].pol == POL_POS && (not_yet(c, i) || negated_clause(c, i) ||
		    denies_its_object(c, i) || treated_object(c, i) ||
		    (q < c->n && is_punct(c, q, "?")))))
			continue;
		agree = seen = 0;
		hit = s->n;
		for (j = 0; j < s->n && !agree; j++) {
			if (!is_content(s, j) ||
			    strcmp(c->v[i].stem, s->v[j].stem) != 0)
				continue;
			seen = 1;
			if (denies_claimed_quantifier(c, i, s, j) || relative_denial(c, i, s, j)) {
				if (hit == s->n)
					hit = j;
			} else if (s->v[j].pol == c->v[i].pol || s->v[j].pol == POL_UNK)
				agree = 1;
			/* "not too common" says what "these are less common" says */
			else if (c->v[i].pol == POL_NEG && among(wd(s, j), FREQUENCY) &&
			    among(wprev(s, j), "less least"))
				agree = 1;
			else if (hit == s->n && (c->v[i].pol == POL_NEG ||
			    s->v[j].head))
				hit = j;
		}
		if (!seen || agree || hit == s->n ||
		    (c->v[i].pol == POL_NEG && (!c->v[i].head || cannot_get(c, i) ||
		    others_failed(c, i))) ||
		    (c->v[i].pol == POL_POS && s->v[hit].pol == POL_NEG &&
		    (denied_later(c, i, s, hit) || done_by_another(c, i))))
			continue;
		/* "..., otherwise you don't qualify": what follows if the rule is not kept */
		if (c->v[i].pol == POL_NEG && after_otherwise(c, c->v[i].negator))
			continue;
		/*
		 * "ketamine is not a new thing": a denied word said of a thing
		 * of no kind says it of its subject, not of the "new
		 * possibilities" or "new neural pathways" a source names
		 */
		if (c->v[i].pol == POL_NEG && among(wd(c, i + 1), "thing things stuff") &&
		    hit + 1 < s->n && is_content(s, hit + 1))
			continue;
		neg = c->v[i].pol == POL_NEG ? &c->v[c->v[i].negator] :
		    &s->v[s->v[hit].negator];
		if (c->v[i].pol == POL_NEG && is_alternative(c, neg) &&
		    (!says_alternative(c, i, s, hit) || names_chosen_too(c, neg, s)))
			continue;
		/* "not coming to treatment alone" against "better to come with someone" */
		if (c->v[i].pol == POL_NEG && denied_manner(c, i) &&
		    (!denied_manner(s, hit) || declined_question(s, hit)))
			continue;
		/*
		 * "research is needed to establish" denies only a claim that
		 * says it is established, not one that asks for research
		 * itself ("still has to be established by further research",
		 * which holds every such negation of the claim's own); "research
		 * has firmly established" says it is
		 */
		if (among(neg->w, STILL_NEEDED) && has_word(c, RESEARCH) &&
		    has_word(c, "further additional more ongoing future still yet"))
			continue;
		/* "the established treatments": a kind of treatment, no finding */
		if (among(neg->w, STILL_NEEDED) && c->v[i].pol == POL_POS && i > 0 &&
		    among(wd(c, i - 1), "the a an these those") && i + 1 < c->n &&
		    is_content(c, i + 1))
			continue;
		if (c->v[i].pol == POL_NEG && strcmp(neg->w, "without") == 0 &&
		    in_subject(c, c->v[i].negator))
			continue;
		if (neg->used || (c->v[i].pol == POL_NEG ? says_seldom_too(s, neg, hit) :
		    says_seldom_too(c, neg, i)))
			continue;
		neg->used = 1;
		widen(c, i, s, hit, &cend, &send);
		/*
		 * the negated side from its negator to its word, or from its
		 * word to a negator after it ("driving ... advised against")
		 */
		if (c->v[i].pol == POL_NEG) {
			size_t from = negation_start(c, neg);
			if (from > c->v[i].s) {
				from = c->v[i].s;
				cend = neg->e > cend ? neg->e : cend;
			}
			if (add(&f->v, &f->n, &f->cap, CONFLICT_NEGATION, from, cend, s->v[hit].s,
			    send) < 0)
				return -1;
		} else {
			size_t from = neg->s;
			if (from > s->v[hit].s) {
				from = s->v[hit].s;
				send = neg->e > send ? neg->e : send;
			}
			if (add(&f->v, &f->n, &f->cap, CONFLICT_NEGATION, c->v[i].s, cend, from,
			    send) < 0)
				return -1;
		}
	}
	return 0;
}

/* Words that say a thing must be done or had. */
#define NECESSARY_WORDS "required necessary needed mandatory essential compulsory obligatory"
#define NECESSITY_SHARED 3	/* content words of what the source needs that the claim says */

/*
 * Whether source token j says a necessity, not denied: "must", "required",
 * "have to", "need to", ... with no negator in the two tokens before it or
 * the one after ("must not", "not required").
 */
static int
says_necessity(const struct text *s, size_t j)
{
	const char *w = wd(s, j), *nx = wd(s, j + 1);

	if (s->v[j].type != T_WORD)
		return 0;
	if (!among(w, "must require requires necessitate necessitates necessitated "
	    "necessitating " NECESSARY_WORDS) &&
	    !(among(w, "have has need needs") && strcmp(nx, "to") == 0))
		return 0;
	if ((j >= 1 && is_negator(s, j - 1)) || (j >= 2 && is_negator(s, j - 2)) ||
	    is_negator(s, j + 1))
		return 0;
	return 1;
}

/*
 * A necessity the claim denies and the source states: "Supervision by
 * mental health professionals is not required when a patient receives
 * the first dose" against "individuals must be under the care of mental
 * health professionals during the first dose of ketamine".  What the
 * source says is needed (its clause after the necessity word) must share
 * NECESSITY_SHARED content words with the claim, or two that both say as
 * one phrase ("necessitating ongoing treatment in most cases" against
 * "ongoing treatment usually isn't needed"), so that it requires the same
 * thing ("therapy requires a series of administrations" does not deny
 * "not required to stay in hospital").
 */
static int
find_necessity(const struct text *c, const struct text *s, struct found *f)
{
	for (size_t i = 0; i < c->n; i++) {
		size_t negator = c->v[i].negator;
		if (!among(wd(c, i), NECESSARY_WORDS))
			continue;
		/*
		 * "ongoing treatment isn't needed.": the negation passes over
		 * "needed" to what follows (TRANSPARENT), and nothing does
		 */
		int last = i + 1 == c->n || clause_punct(c, i + 1);
		if (last && i >= 1 && is_negator(c, i - 1))
			negator = i - 1;
		else if (last && i >= 2 && is_negator(c, i - 2) && among(wd(c, i - 1), BE_FORMS))
			negator = i - 2;
		else if (c->v[i].pol != POL_NEG || !c->v[i].head)
			continue;
		for (size_t j = 0; j < s->n; j++) {
			size_t a, b, shared = 0;

			if (!says_necessity(s, j))
				continue;
			/* what the source says is needed: the words after its necessity */
			a = j + 1;
			for (b = a; b < s->n && !clause_punct(s, b); b++)
				;
			int phrase = 0;
			for (size_t k = a; k < b; k++) {
				size_t ci = is_content(s, k) ?
				    stem_in(c, 0, c->n, s->v[k].stem) : c->n;
				shared += ci < c->n;
				/*
				 * "ongoing treatment" in both, the claim's as what it
				 * says is not needed (its subject: not "A referral is
				 * not required for the first dose")
				 */
				phrase |= ci + 1 < negator && ci >= clause_start(c, negator) &&
				    k + 1 < b && is_content(s, k + 1) && is_content(c, ci + 1) &&
				    strcmp(c->v[ci + 1].stem, s->v[k + 1].stem) == 0;
			}
			if (shared < NECESSITY_SHARED && !(shared >= 2 && phrase))
				continue;
			return add(&f->v, &f->n, &f->cap, CONFLICT_NEGATION,
			    negation_start(c, &c->v[negator]), c->v[i].e, s->v[j].s, s->v[j].e);
		}
	}
	return 0;
}

/* ---- antonyms ------------------------------------------------------------- */

/* Verbs "help" takes bare: "helps reduce flashbacks" (no help given to flashbacks). */
#define HELPED_VERBS \
	"alleviate boost build calm control cut decrease develop ease fight grow improve " \
	"increase keep lessen lift lower maintain manage prevent promote rebuild reduce " \
	"regulate relieve repair restore soothe stabilise stabilize strengthen treat"

/* Uses of a listed word that are not the listed meaning. */
static int
antonym_use(const struct text *x, size_t i)
{
	const char *w = wd(x, i), *p = wprev(x, i), *nx = wd(x, i + 1);

	if (x->v[i].pol != POL_POS)
		return 0;
	if (strcmp(w, "long") == 0)
		return !(among(p, "as so how before") || among(nx, "been ago"));
	if (strcmp(w, "longer") == 0)
		return strcmp(p, "no") != 0;
	if (strcmp(w, "last") == 0)	/* "effects last", the verb */
		return among(p, "the its their his her our your at");
	if (among(w, "fallen fell") && strcmp(nx, "short") == 0)
		return 0;
	if (strcmp(w, "few") == 0)	/* "a few", "quite a few": some */
		return strcmp(p, "a") != 0;
	if (strcmp(w, "most") == 0)	/* "at most" */
		return strcmp(p, "at") != 0;
	/* "helps reduce the severity", "helps to ease": the verb after it acts, not "help" */
	if (among(w, "help helps helped helping"))
		return !among(nx, "to " HELPED_VERBS);
	if (strcmp(w, "more") == 0 || strcmp(w, "less") == 0)
		return !among(p, "or no");	/* "three or more", "no more than" */
	/*
	 * "neurotransmitters like serotonin": an example, no likeness;
	 * "ketamine's like the regular antidepressants" likens ("'s" is "is")
	 */
	if (strcmp(w, "like") == 0 && i > 0 && is_content(x, i - 1) &&
	    !(ends_with(p, strlen(p), "'s") && among(nx, "the a an your those these")))
		return 0;
	return 1;
}

/*
 * Whether a degree word turns word i round (1): "less common", "the least
 * commonly used" and "not as common as" say what "rare" says, "less
 * effective" what "ineffective" says.  "at least" and "no less" do not
 * (0); "less common than infusions", "less likely with careful selection"
 * are said relative to another thing and say neither (-1).  Only the
 * words of a loose pair (tight 0) are read so: "less more" is no phrase.
 * "Advise against", "recommend against" say "discourage".
 */
static int
flipped(const struct text *x, size_t i)
{
	const char *p = wprev(x, i), *p2 = i >= 2 ? wprev(x, i - 1) : "";

	if (strcmp(wd(x, i + 1), "against") == 0 &&
	    among(x->v[i].w, "advise advises advised advising recommend recommends recommended "
	    "recommending"))
		return 1;

	/*
	 * "less likely with careful selection", "less common than infusions":
	 * said relative to a condition or another thing, neither "rare" nor
	 * "common" outright (-1)
	 */
	if (strcmp(p, "less") == 0 && strcmp(p2, "no") != 0)
		return among(wd(x, i + 1), "than with when if after at in under during for among "
		    "without unless") ? -1 : 1;
	if (strcmp(p, "least") == 0)
		return strcmp(p2, "at") != 0;
	if (among(p, "as so"))	/* "not as common as", "isn't so common" */
		return strcmp(p2, "not") == 0 || ends_with(p2, strlen(p2), "n't");
	return 0;
}

/* Whether word i is turned round by the "against" after it ("advise against"). */
static int
flipped_after(const struct text *x, size_t i)
{
	return flipped(x, i) > 0 && strcmp(wd(x, i + 1), "against") == 0;
}

/* Where word i starts with the degree words that turn it round: "least commonly". */
static size_t
flip_start(const struct text *x, size_t i)
{
	if (flipped(x, i) <= 0 || flipped_after(x, i))
		return x->v[i].s;
	return among(wprev(x, i), "as so") ? x->v[i - 2].s : x->v[i - 1].s;
}

/* Where word i ends with the word that turns it round: "advise against". */
static size_t
flip_end(const struct text *x, size_t i)
{
	return flipped_after(x, i) ? x->v[i + 1].e : x->v[i].e;
}

/*
 * Which side of loose pair p word i of x says: 0 (a), 1 (b) or -1 (neither),
 * a degree word turning it round (flipped).  When the word is not in the
 * pair but has the stem `same` (the other text's word), it says that
 * word's side `same_side`.
 */
static int
side_of(const struct text *x, size_t i, size_t p, const char *same, int same_side)
{
	int side;

	if (x->v[i].type != T_WORD)
		return -1;
	if (among_tok(x, i, ANTONYM[p].a))
		side = 0;
	else if (among_tok(x, i, ANTONYM[p].b))
		side = 1;
	else if (same != NULL && is_content(x, i) && strcmp(x->v[i].stem, same) == 0)
		side = same_side;
	else
		return -1;
	if (ANTONYM[p].tight != 0)
		return side;
	switch (flipped(x, i)) {
	case 1:
		return !side;
	case -1:
		return -1;	/* "less common than infusions": neither side */
	}
	return side;
}

/*
 * Where a bracketed one-word name that token j opens (reading on in
 * direction dir) ends: the other bracket, or j when j opens none ("(NMDA)").
 */
static size_t
bracketed_name_end(const struct text *x, size_t j, int dir)
{
	const char *open = dir < 0 ? ")" : "(", *shut = dir < 0 ? "(" : ")";
	size_t name = dir < 0 ? j - 1 : j + 1, other = dir < 0 ? j - 2 : j + 2;

	if (!is_punct(x, j, open) || (dir < 0 ? j < 2 : j + 2 >= x->n) ||
	    x->v[name].type != T_WORD || !is_punct(x, other, shut))
		return j;
	return other;
}

/*
 * Up to NEIGHBOURS content stems next to token i on one side (dir -1 before,
 * +1 after), within eight tokens and its clause; with `conjunct`, within
 * its conjunct too: "and", "or" and any punctuation end it ("are common
 * and rarely need attention": "rarely" speaks of needing, not of the
 * reactions "common" speaks of).
 */
/*
 * The content stems of the clause before the one of token i, in its
 * sentence (after a comma or ";"), at most max into out: what a pronoun
 * after i may stand for.  How many.
 */
static size_t
referents(const struct text *x, size_t i, const char **out, size_t max)
{
	size_t p = i, n = 0;
	while (p > 0 && !clause_punct(x, p))
		p--;
	if (p == 0 || !(is_punct(x, p, ",") || is_punct(x, p, ";")))
		return 0;
	for (size_t k = p; k-- > 0 && n < max && !ends_sentence(x, k) && !clause_punct(x, k);)
		if (is_content(x, k))
			out[n++] = x->v[k].stem;
	return n;
}

static size_t
neighbours_in(const struct text *x, size_t i, int dir, const char **out, int conjunct)
{
	size_t n = 0, steps = 0, j = i;

	while (n < NEIGHBOURS && steps < 8) {
		if (dir < 0 ? j == 0 : j + 1 >= x->n)
			break;
		j = dir < 0 ? j - 1 : j + 1;
		if (inner_hyphen(x, j)) {
			if (dir > 0 && j == i + 1 && !conjunct)
				j++;	/* "short-term": "term" is part of the word */
			continue;
		}
		steps++;	/* inner hyphens take no step: "N-methyl-D-aspartate" */
		/*
		 * a short name in brackets after a long one, "N-methyl-D-aspartate
		 * (NMDA) receptor": the name is read, the brackets end nothing
		 */
		size_t close = bracketed_name_end(x, j, dir);
		if (close != j) {
			size_t name = dir < 0 ? close + 1 : j + 1;
			if (is_content(x, name))
				out[n++] = x->v[name].stem;
			j = close;
			continue;
		}
		if (clause_punct(x, j) || among(wd(x, j), CLAUSE_WORD) ||
		    (conjunct && (x->v[j].type != T_WORD || among(wd(x, j), "and or"))))
			break;
		/*
		 * "Don't worry about your blood pressure, ketamine tends to bring
		 * it down": "it" between a verb and its particle stands for the
		 * clause before
		 */
		if (dir > 0 && j == i + 1 && among(wd(x, j), "it them") &&
		    among(wd(x, j + 1), "down up off out"))
			n += referents(x, i, out + n, NEIGHBOURS - n);
		if (is_content(x, j))
			out[n++] = x->v[j].stem;
	}
	return n;
}

static size_t
neighbours(const struct text *x, size_t i, int dir, const char **out)
{
	return neighbours_in(x, i, dir, out, 0);
}

static int
share(const char **a, size_t na, const char **b, size_t nb)
{
	size_t i, j;

	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++)
			if (strcmp(a[i], b[j]) == 0)
				return 1;
	return 0;
}

/* How many of a[0 .. na) are among b[0 .. nb). */
static size_t
shared(const char **a, size_t na, const char **b, size_t nb)
{
	size_t i, j, n = 0;

	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++)
			if (strcmp(a[i], b[j]) == 0) {
				n++;
				break;
			}
	return n;
}

/*
 * Do the claim word ci and the source word sj speak of the same thing?  They
 * must share a content word after them ("activating the NMDA receptor",
 * "blocking a particular receptor"); only a claim word that ends its clause
 * ("Ketamine is safe.") may share one before it instead.  A tight pair
 * ("more"/"less", "before"/"after") needs the same first word after both.
 */
/*
 * Whether source word j says how often the whole sentence holds: "in rare
 * cases, hallucinations", "rarely", "in most cases".
 */
static int
sentence_adverbial(const struct text *x, size_t j)
{
	if (among(wd(x, j), "rarely seldom frequently commonly usually often"))
		return 1;
	return among(wprev(x, j), "in") && among(wd(x, j + 1), "cases instances");
}

/* Whether any content stem of a[0 .. n) is a content word of x. */
static int
holds_any(const struct text *x, const char **a, size_t n)
{
	size_t i, k;

	for (i = 0; i < x->n; i++)
		for (k = 0; k < n; k++)
			if (is_content(x, i) && strcmp(x->v[i].stem, a[k]) == 0)
				return 1;
	return 0;
}

/*
 * Whether word i is a predicate: a copula before it, past function words
 * ("reactions are common", "are among the most frequent side effects").
 */
static int
after_copula(const struct text *x, size_t i)
{
	for (size_t k = i; k-- > 0 && i - k <= 4;) {
		if (among(wd(x, k), COPULA))
			return 1;
		if (x->v[k].type != T_WORD || (is_content(x, k) && !among(wd(x, k), "among") &&
		    !among(wd(x, k), INTENSIFIERS)))
			return 0;
	}
	return 0;
}

#define SUBJECT_REACH 12	/* tokens before a source word read for its subject */

/*
 * Whether the claim's word ci and the source's sj are said of the same
 * subject: a content word of ci's clause before it is among the content
 * words of the twelve tokens before sj, past a clause's start, since a
 * source often names its subject there and refers back ("nasal sprays and
 * oral tablets, although these are less common").
 */
static int
subject_shared(const struct text *c, size_t ci, const struct text *s, size_t sj)
{
	const char *ca[NEIGHBOURS], *sa[SUBJECT_REACH];
	size_t nca = neighbours(c, ci, -1, ca), nsa = 0, k = ci;

	/*
	 * a clause whose subject points back ("..., and these are the most
	 * common"): the clause before names it
	 */
	while (nca == 0 && k > 0 && !clause_punct(c, k - 1))
		k--;
	if (nca == 0 && k > 0 && k < ci && among(wd(c, k + (strcmp(wd(c, k), "and") == 0)),
	    "it they these those this"))
		nca = neighbours(c, k - 1, -1, ca);
	for (k = sj; k-- > 0 && sj - k <= SUBJECT_REACH;)
		if (is_content(s, k))
			sa[nsa++] = s->v[k].stem;
	return share(ca, nca, sa, nsa);
}

/* Whether token i opens its sentence or clause. */
static int
opens_clause(const struct text *x, size_t i)
{
	return i == 0 || clause_punct(x, i - 1);
}

#define LIST_REACH 16	/* tokens after a source word read for the list it governs */

/*
 * Whether the claim word's content words after it (ca) are all items of a
 * list the source's word governs: "effective for fibromyalgia" against
 * "effective for neuropathic pain, complex regional pain syndrome, and
 * fibromyalgia".  The list runs past commas to its sentence's end or a
 * clause word.
 */
static int
said_of_list_item(const struct text *s, size_t sj, const char **ca, size_t nca)
{
	const char *items[LIST_REACH];
	size_t n = 0, commas = 0;

	for (size_t k = sj + 1; k < s->n && k <= sj + LIST_REACH; k++) {
		if (ends_sentence(s, k) || among(wd(s, k), CLAUSE_WORD))
			break;
		if (s->v[k].type == T_PUNCT && strcmp(s->v[k].w, ",") == 0)
			commas++;
		else if (clause_punct(s, k))
			break;
		else if (is_content(s, k))
			items[n++] = s->v[k].stem;
	}
	/* "ineffective against fibromyalgia": the preposition is no item */
	size_t need = nca;
	for (size_t a = 0; a < nca; a++)
		need -= among(ca[a], "against toward towards versus");
	return commas > 0 && need > 0 && shared(ca, nca, items, n) >= need;
}

/*
 * Whether stems a and b are one word, or one is the other's quality noun:
 * "less popular" / "gaining popularity" (stem_word leaves "-ity" on).
 */
static int
same_or_quality(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);

	if (na > nb)
		return same_or_quality(b, a);
	return strncmp(a, b, na) == 0 && (nb == na || strcmp(b + na, "ity") == 0);
}

/* Verbs of a change in amount that may be said of their subject ("blood pressure drops"). */
#define CHANGING "increase increases increased increasing decrease decreases decreased " \
    "decreasing rise rises rose risen rising fall falls fell fallen falling drop drops " \
    "dropped dropping decline declines declined declining reduced raised lowered elevated"

/*
 * Whether x's word i is a change said of its subject: passive ("glutamate
 * release is decreased") or with no object after it ("blood pressure
 * drops during treatment", "goes down").
 */
static int
change_of_subject(const struct text *x, size_t i)
{
	if (!among(wd(x, i), CHANGING) || i == 0)
		return 0;
	if (among(wprev(x, i), "is are was were be been being gets get got"))
		return 1;
	/* "glutamate release drops off", "drops sharply", "drops way down" */
	if (i + 1 >= x->n || x->v[i + 1].type != T_WORD ||
	    among(wd(x, i + 1), "down up during after following when over off away way far") ||
	    ends_with(x->v[i + 1].w, strlen(x->v[i + 1].w), "ly"))
		return 1;
	/* "an increase in glutamate release", "increased the release": its thing follows */
	return !is_content(x, i + 1) && !among(wd(x, i + 1), "in of the a an its their");
}

/*
 * Whether the change at word i of x, said of its subject, and the change
 * at j of y, said of what follows it ("increased blood pressure"), are
 * said of one thing: a content word before i among those after j.
 */
static int
subject_is_object(const struct text *x, size_t i, const struct text *y, size_t j, size_t need)
{
	const char *xa[NEIGHBOURS], *ya[NEIGHBOURS];
	size_t nxa, nya;

	if (!change_of_subject(x, i) || change_of_subject(y, j))
		return 0;
	nxa = neighbours(x, i, -1, xa);
	nya = neighbours(y, j, 1, ya);
	return shared(xa, nxa, ya, nya) >= need;
}

/* Nouns of what acts on a thing, after it: "an NMDA receptor agonist". */
#define AGENT_NOUNS "agonist agonists antagonist antagonists blocker blockers " \
	"inhibitor inhibitors activator activators stimulant stimulants"

/*
 * Verbs of lasting and fading, which take no object: what follows them
 * ("lingers for weeks", "dissipates post-treatment") is no anchor, their
 * subjects are (subjects_anchor).
 */
#define LASTING_VERBS "persist persists persisted persisting lasts lasted linger lingers " \
    "lingered lingering"

/*
 * Whether the claim word ci and the source word sj, verbs that take no
 * object, share a content word of their subjects; a source subject that
 * points back ("While patients may experience a dissociative state, this
 * effect dissipates") shares one with the clause before it.
 */
static int
subjects_anchor(const struct text *c, size_t ci, const struct text *s, size_t sj, size_t need)
{
	const char *ca[NEIGHBOURS], *sa[NEIGHBOURS];
	size_t nca = neighbours(c, ci, -1, ca), nsa = neighbours(s, sj, -1, sa);

	if (nca == 0)
		return 0;
	if (shared(ca, nca, sa, nsa) >= need)
		return 1;
	for (size_t k = sj; k-- > 0 && sj - k <= 3;) {
		if (!among(wd(s, k), "this that these those"))
			continue;
		for (size_t m = 0; m < k; m++)
			for (size_t a = 0; a < nca; a++)
				if (is_content(s, m) && strcmp(s->v[m].stem, ca[a]) == 0)
					return 1;
		break;
	}
	return 0;
}

/*
 * Whether x's token i is a comparative after a copula ("the doses are
 * much bigger") whose subject's last content word has stem: the thing it
 * compares.
 */
static int
comparative_of(const struct text *x, size_t i, const char *stem)
{
	const char *subject[NEIGHBOURS];
	size_t at = i;

	if (!ends_with(wd(x, i), strlen(wd(x, i)), "er") && !among(wd(x, i), "more less fewer"))
		return 0;
	if (at > 0 && (among(wprev(x, at), INTENSIFIERS) ||
	    among(wprev(x, at), "much far way even")))
		at--;
	return at > 1 && among(wprev(x, at), COPULA) && neighbours(x, at - 1, -1, subject) > 0 &&
	    same_or_quality(subject[0], stem);
}

/*
 * Where the question ends ("?") that word i opens the answer to, with
 * degree words before it ("Allergic reactions? Very common."): what the
 * answer says is said of what is asked.  0 when none.
 */
static size_t
answers_question(const struct text *x, size_t i)
{
	size_t k = i;
	while (k > 0 && x->v[k - 1].type == T_WORD && among(wd(x, k - 1), INTENSIFIERS))
		k--;
	return k > 1 && is_punct(x, k - 1, "?") ? k - 1 : 0;
}

static int
anchored(const struct text *c, size_t ci, const struct text *s, size_t sj,
    int tight, size_t need)
{
	const char *ca[NEIGHBOURS], *sa[NEIGHBOURS];
	size_t nca, nsa;

	/*
	 * "a frequent side effect" against "side effects ... in rare cases";
	 * a predicate that names no kind ("psychosis being a common
	 * occurrence") is said of its subject
	 */
	if (!tight && sentence_adverbial(s, sj)) {
		nca = neighbours(c, ci, 1, ca);
		if (nca == 1 && among(ca[0], "occurrenc event phenomenon phenomena") &&
		    after_copula(c, ci))
			nca = neighbours(c, ci, -1, ca);
		if (nca > 0 && holds_any(s, ca, nca))
			return 1;
		/*
		 * "Hallucinations are common with ketamine therapy": a predicate
		 * adjective right after its copula is said of its subject (not
		 * "are a frequent dream")
		 */
		size_t at = ci;
		if (at > 0 && among(wprev(c, at), INTENSIFIERS))
			at--;	/* "are pretty common" */
		size_t asked = answers_question(c, ci);
		if (asked > 0) {
			nca = neighbours(c, asked, -1, ca);
			return nca > 0 && holds_any(s, ca, nca);
		}
		/* "psychosis happens ... often": an event's verb, said of its subject */
		if (at > 0 && among(wprev(c, at), "happen happens happened occur occurs occurred"))
			at--;
		else if (!among(wprev(c, at), COPULA))
			return 0;
		nca = neighbours(c, at, -1, ca);
		return nca > 0 && holds_any(s, ca, nca);
	}

	/* a prefix of a hyphenated word: "pro-inflammatory", "anti-inflammatory" */
	if (tight && ci + 2 < c->n && sj + 2 < s->n && inner_hyphen(c, ci + 1) &&
	    inner_hyphen(s, sj + 1))
		return strcmp(c->v[ci + 2].stem, s->v[sj + 2].stem) == 0;
	nca = neighbours(c, ci, 1, ca);
	nsa = neighbours(s, sj, 1, sa);
	/* a quantifier standing for its noun: "Many report ..." / "Few patients report ..." */
	if (among(wd(c, ci), "many few") && nca > 1 && nsa > 0 && opens_clause(s, sj) &&
	    strcmp(ca[1], sa[0]) == 0)
		return 1;
	if (among(wd(c, ci), "many few") && nsa > 1 && nca > 0 && opens_clause(c, ci) &&
	    strcmp(ca[0], sa[1]) == 0)
		return 1;
	/*
	 * "like the ordinary antidepressants" / "Unlike conventional
	 * antidepressants": a likening's thing, whatever its modifier
	 */
	if (tight == 1 && among(wd(c, ci), "like unlike") && nca > 1 && nsa > 1 &&
	    strcmp(ca[1], sa[1]) == 0)
		return 1;
	/*
	 * "the doses are bigger" / "much smaller doses": a comparative after
	 * its copula is said of its subject
	 */
	if (tight == 1 && nsa > 0 && comparative_of(c, ci, sa[0]))
		return 1;
	if (tight == 1 && nca > 0 && comparative_of(s, sj, ca[0]))
		return 1;
	if (tight)
		return nca > 0 && nsa > 0 && same_or_quality(ca[0], sa[0]) &&
		    (tight == 1 || subject_shared(c, ci, s, sj));
	if (shared(ca, nca, sa, nsa) >= need)
		return 1;
	/*
	 * an adverb that ends its clause is said of the verb before it:
	 * "administered moderately" / "administered in large amounts"
	 */
	if (nsa == 0 && ends_with(s->v[sj].w, strlen(s->v[sj].w), "ly")) {
		const char *cb[NEIGHBOURS], *sb[NEIGHBOURS];
		size_t ncb = neighbours(c, ci, -1, cb), nsb = neighbours(s, sj, -1, sb);
		if (ncb > 0 && nsb > 0 && strcmp(cb[0], sb[0]) == 0)
			return 1;
	}
	if (nca > 0 && said_of_list_item(s, sj, ca, nca))
		return 1;
	/*
	 * an object pointing back ("FDA has approved it for treatment"): the
	 * subjects before the two words tell whether they are said of one thing
	 */
	if (nca > 0 && among(wd(s, sj + 1), "it them this these") && !after_copula(s, sj)) {
		const char *cb[NEIGHBOURS], *sb[NEIGHBOURS];
		size_t ncb = neighbours(c, ci, -1, cb), nsb = neighbours(s, sj, -1, sb);
		if (shared(cb, ncb, sb, nsb) >= need)
			return 1;
	}
	if (subject_is_object(c, ci, s, sj, need) || subject_is_object(s, sj, c, ci, need))
		return 1;
	/*
	 * what a predicate ("reactions are common and ...") says is about its
	 * subject, an answer's ("Allergic reactions? Common as dirt") about
	 * what is asked
	 */
	size_t asked = answers_question(c, ci);
	if (nca > 0 && !after_copula(c, ci) && asked == 0)
		return 0;
	nca = neighbours(c, asked > 0 ? asked : ci, -1, ca);
	nsa = neighbours(s, sj, -1, sa);
	if (shared(ca, nca, sa, nsa) >= need)
		return 1;
	/*
	 * a noun of the predicate: "the effectiveness of repeated use" says of
	 * what follows it what "repeated use ... to be ineffective" says of
	 * its subject
	 */
	if (strcmp(wd(s, sj + 1), "of") == 0) {
		const char *oa[NEIGHBOURS];
		size_t noa = neighbours(s, sj, 1, oa);
		if (shared(ca, nca, oa, noa) >= (need > 1 ? need : 2))
			return 1;
	}
	/*
	 * an agent noun after what it acts on: "an NMDA receptor agonist"
	 * says of the receptor what "blocking the NMDA receptor" says
	 */
	int agent_in_claim = among(wd(c, ci), AGENT_NOUNS);
	if (agent_in_claim || among(wd(s, sj), AGENT_NOUNS)) {
		const char *oa[NEIGHBOURS];
		size_t noa = agent_in_claim ? neighbours(s, sj, 1, oa) : neighbours(c, ci, 1, oa);
		if (shared(agent_in_claim ? ca : sa, agent_in_claim ? nca : nsa, oa, noa) >= need)
			return 1;
	}
	/*
	 * a subject pointing back to the sentence before: "... for repeated
	 * administration of Ketamine. This is necessary because ..."
	 */
	if (nsa == 0 && after_copula(s, sj)) {
		size_t k = sj;
		while (k > 0 && s->v[k - 1].type == T_WORD && !is_content(s, k - 1))
			k--;
		if (k < sj && k > 0 && ends_sentence(s, k - 1) &&
		    among(wd(s, k), "this it these that such")) {
			nsa = neighbours(s, k - 1, -1, sa);
			if (shared(ca, nca, sa, nsa) >= need)
				return 1;
			/* or the subject it opens with: "Ketamine-assisted psychotherapy prepares ..." */
			size_t b = k - 1;
			while (b > 0 && !ends_sentence(s, b - 1))
				b--;
			nsa = 0;
			for (size_t m = b; m + 1 < k && nsa < NEIGHBOURS; m++)
				if (is_content(s, m))
					sa[nsa++] = s->v[m].stem;
			if (shared(ca, nca, sa, nsa) >= need)
				return 1;
		}
	}
	/* a fronted predicate: "Although rare, allergic reactions may occur" */
	if (sj + 1 < s->n && is_punct(s, sj + 1, ",")) {
		nsa = neighbours(s, sj + 1, 1, sa);
		return shared(ca, nca, sa, nsa) >= need;
	}
	/*
	 * a fronted concession with a comparison: "While not as common as
	 * infusion therapy, these injections are ..."; its subject follows
	 * the clause's comma
	 */
	size_t k = sj, open = sj;
	while (open > 0 && !clause_punct(s, open - 1) && !among(wd(s, open - 1), CLAUSE_WORD))
		open--;
	if (open == 0 || !among(wd(s, open - 1), "although though while") ||
	    !opens_clause(s, open - 1) || flipped(s, sj) <= 0)
		return 0;
	for (k = sj + 1; k < s->n && !clause_punct(s, k) && !among(wd(s, k), CLAUSE_WORD); k++)
		;
	if (k >= s->n || !is_punct(s, k, ","))
		return 0;
	nsa = neighbours(s, k, 1, sa);
	return shared(ca, nca, sa, nsa) >= need;
}

static int names_one(const struct text *, size_t, const struct conflict_lexicon *);
static int name_like(const struct text *, size_t);

/* Whether "known as" begins at word k of x. */
static int
known_as(const struct text *x, size_t k)
{
	return k + 1 < x->n && strcmp(wd(x, k), "known") == 0 && strcmp(wd(x, k + 1), "as") == 0;
}

/*
 * The name that word i acts on: the first word naming one thing
 * (names_one) among the six tokens after it, in its clause and before
 * another word of the pair (words, opposites) ("blocking the AMPA receptor",
 * "activates another receptor called AMPA", but not "helps by blocking
 * NMDA receptors"); x->n when there is none.  The inner hyphens of a long
 * name do not count, its acronym in parentheses names it ("blocking the
 * N-methyl-D-aspartate (NMDA) receptor"), and "named", "called" or
 * "known as" reach two tokens further, past a comma too ("blocking a
 * particular receptor in the brain named NMDA", "blocks a second receptor
 * too, called AMPA").
 */
#define NAMED_REACH 9	/* tokens after a word read for the "called" that names its object */

static size_t
object_name(const struct text *x, size_t i, const char *words, const char *opposites,
    const struct conflict_lexicon *lex)
{
	size_t reach = i + 6;

	/* "shuts down a second receptor in your brain called AMPA": the name it calls */
	for (size_t k = i + 1; k < x->n && k <= i + NAMED_REACH && !clause_punct(x, k); k++)
		if (among(wd(x, k), "named called")) {
			reach = k + 2;
			break;
		}
	for (size_t j = i + 1; j < x->n && j <= reach; j++) {
		if (inner_hyphen(x, j)) {
			reach++;
			continue;
		}
		if (is_punct(x, j, "(") && j + 2 < x->n && is_punct(x, j + 2, ")") &&
		    x->v[j + 1].type == T_WORD && name_like(x, j + 1))
			return j + 1;
		if (among(wd(x, j + 1), "named called"))
			reach = j + 3;
		else if (known_as(x, j + 1))
			reach = j + 4;
		/*
		 * "blocks a second receptor too, called AMPA", "blocks a second
		 * receptor type, AMPA.", "that other receptor, the AMPA." (a
		 * name set off at its clause's end)
		 */
		if (is_punct(x, j, ",") && (among(wd(x, j + 1), "named called") ||
		    known_as(x, j + 1)))
			continue;
		size_t set_off = j + 1 + (strcmp(wd(x, j + 1), "the") == 0);
		if (is_punct(x, j, ",") && set_off < x->n && x->v[set_off].type == T_WORD &&
		    name_like(x, set_off) && (set_off + 1 == x->n || clause_punct(x, set_off + 1))) {
			reach = set_off > reach ? set_off : reach;
			continue;
		}
		/* ", the one called AMPA", "another receptor that is called AMPA" */
		if ((is_punct(x, j, ",") && strcmp(wd(x, j + 1), "the") == 0 &&
		    strcmp(wd(x, j + 2), "one") == 0 && among(wd(x, j + 3), "named called")) ||
		    (among(wd(x, j), "that which") && strcmp(wd(x, j + 1), "is") == 0 &&
		    among(wd(x, j + 2), "named called"))) {
			reach = j + 4 + is_punct(x, j, ",");
			continue;
		}
		/* ", the one they call AMPA", "the receptor that doctors call AMPA" */
		size_t caller = j + 1 + (is_punct(x, j, ",") && strcmp(wd(x, j + 1), "the") == 0 &&
		    strcmp(wd(x, j + 2), "one") == 0) * 2;
		if ((caller > j + 1 || among(wd(x, j), "that which")) &&
		    among(wd(x, caller), "they we you people folks doctors scientists") &&
		    among(wd(x, caller + 1), "call")) {
			reach = caller + 2;
			continue;
		}
		if (clause_punct(x, j) || among(wd(x, j), CLAUSE_WORD) || is_negator(x, j) ||
		    strcmp(wd(x, j), "by") == 0 || among_tok(x, j, words) ||
		    among_tok(x, j, opposites))
			break;
		if (x->v[j].type == T_WORD && is_content(x, j) && names_one(x, j, lex))
			return j;
	}
	return x->n;
}

#define NAMED_OBJECT_REACH 16	/* tokens after a source word read for the name it acts on */

/*
 * Whether the claim's word i acts on a name ("reduces BDNF") that the
 * source's clause after word j gives as what that word acts on, however
 * far the name comes ("increases the production of another important
 * neurotransmitter called brain-derived neurotrophic factor (BDNF)").
 */
static int
same_named_object(const struct text *c, size_t i, const struct text *s, size_t j,
    const char *mine, const char *theirs, const struct conflict_lexicon *lex)
{
	size_t ci = object_name(c, i, mine, theirs, lex);

	if (ci >= c->n || !name_like(c, ci))
		return 0;
	for (size_t k = j + 1; k < s->n && k <= j + NAMED_OBJECT_REACH; k++) {
		if ((clause_punct(s, k) && !is_punct(s, k, "(") && !is_punct(s, k, ")")) ||
		    among(wd(s, k), CLAUSE_WORD) || is_negator(s, k) || among_tok(s, k, mine) ||
		    among_tok(s, k, theirs))
			return 0;
		if (s->v[k].type == T_WORD && name_like(s, k) &&
		    strcmp(s->v[k].stem, c->v[ci].stem) == 0)
			return 1;
	}
	return 0;
}

/*
 * Whether the claim's word i and the source's word j act on two things
 * named by acronyms or codes, one each ("it switches on a different
 * receptor called AMPA" / "by blocking a particular receptor in the brain
 * named NMDA"): opposites said of different things do not disagree.
 */
static int name_like(const struct text *, size_t);

static int
other_objects(const struct text *c, size_t i, const struct text *s, size_t j, const char *mine,
    const char *theirs, const struct conflict_lexicon *lex)
{
	size_t ci = object_name(c, i, mine, theirs, lex), sj = object_name(s, j, mine, theirs, lex);

	return ci < c->n && sj < s->n && name_like(c, ci) && name_like(s, sj) &&
	    strcmp(c->v[ci].stem, s->v[sj].stem) != 0;
}

/*
 * Roles turned around: the claim's word acts on a name ("blocking the AMPA
 * receptor") that the source's opposite word acts on ("activates another
 * receptor called AMPA"), and nothing in the source does what the claim
 * says to that name.  Both texts may hold both words: the names tell
 * which is which.  The source word's index, or s->n.
 */
static size_t
swapped_role_of(const struct text *c, size_t i, size_t ci, const struct text *s,
    const char *mine, const char *theirs, const struct conflict_lexicon *lex)
{
	size_t hit = s->n;

	for (size_t j = 0; j < s->n; j++) {
		size_t sj;
		int says_mine;

		if (s->v[j].type != T_WORD)
			continue;
		says_mine = among_tok(s, j, mine) || strcmp(s->v[j].stem, c->v[i].stem) == 0;
		if (!says_mine && !(among_tok(s, j, theirs) && antonym_use(s, j)))
			continue;
		sj = object_name(s, j, mine, theirs, lex);
		if (sj == s->n || strcmp(s->v[sj].stem, c->v[ci].stem) != 0)
			continue;
		if (says_mine)
			return s->n;	/* the source says it of the same name */
		if (hit == s->n)
			hit = j;
	}
	return hit;
}

#define COORDINATED_REACH 5	/* tokens from one name to the next of a list */

/*
 * The next name of a list that names at ci begins ("NMDA and AMPA", "both
 * NMDA & AMPA receptors", "NMDA and also AMPA", "the NMDA receptor and
 * another receptor called AMPA"): an acronym or code after "and", "&" or
 * a comma, within COORDINATED_REACH tokens and its clause ("called",
 * "named" and "known as" reach one further); x->n when there is none.
 */
static size_t
coordinated_name(const struct text *x, size_t ci)
{
	int joined = 0;
	size_t reach = ci + COORDINATED_REACH;

	for (size_t j = ci + 1; j < x->n && j <= reach; j++) {
		if (is_punct(x, j, ",") || is_punct(x, j, "&") ||
		    (x->v[j].type == T_WORD && strcmp(wd(x, j), "and") == 0)) {
			joined = 1;
			continue;
		}
		if (x->v[j].type != T_WORD || is_negator(x, j) || among(wd(x, j), CLAUSE_WORD))
			break;
		if (joined && name_like(x, j))
			return j;
		/* "and the other one called AMPA": "the other" says "another" */
		if (joined && strcmp(wd(x, j), "the") == 0 && strcmp(wd(x, j + 1), "other") == 0)
			reach++;
		/* "the NMDA receptor and another receptor called AMPA" */
		if (joined && among(wd(x, j), "named called")) {
			reach = j + 1;
			continue;
		}
		if (joined && known_as(x, j)) {
			reach = ++j + 1;
			continue;
		}
		/* past function words and the list's head noun ("NMDA receptors and AMPA") */
		if (is_content(x, j) && !among(wd(x, j), "another other second") &&
		    !(ci + 1 < x->n && j > ci + 1 &&
		    strcmp(x->v[j].stem, x->v[ci + 1].stem) == 0) && !(j == ci + 1 && !joined))
			break;
	}
	return x->n;
}

#define ROLE_OBJECTS 4	/* names one word of a claim acts on, as a list */

/*
 * swapped_role_of for each name the claim's word i acts on, a list's too:
 * "blocks both NMDA and AMPA receptors" against "blocks this receptor, it
 * activates another receptor called AMPA".
 */
static size_t
swapped_role(const struct text *c, size_t i, const struct text *s, const char *mine,
    const char *theirs, const struct conflict_lexicon *lex)
{
	size_t first = object_name(c, i, mine, theirs, lex), hit = s->n;
	size_t objects[ROLE_OBJECTS];
	size_t nobjects = 0;

	for (size_t ci = first; ci < c->n && nobjects < ROLE_OBJECTS; ci = coordinated_name(c, ci))
		objects[nobjects++] = ci;
	for (size_t k = 0; k < nobjects && hit == s->n; k++)
		hit = swapped_role_of(c, i, objects[k], s, mine, theirs, lex);
	return hit;
}

/*
 * Whether token k of x is in a sentence that asks ("Should you bring
 * someone along?"); a ";" goes on to the sentence's end.
 */
static int
in_question(const struct text *x, size_t k)
{
	size_t end = sentence_end(x, k);
	while (is_punct(x, end, ";"))
		end = sentence_end(x, end + 1);
	return is_punct(x, end, "?");
}

/*
 * Whether the claim says the opposite of its word i itself: any form of it,
 * or for a tight pair one said of the same next word ("more X and less X",
 * but not "most common ... less often").
 */
static size_t clause_start(const struct text *, size_t);

static int
contrasts_itself(const struct text *c, size_t i, size_t p, int mine)
{
	const char *ca[NEIGHBOURS], *ka[NEIGHBOURS];
	const char *theirs = mine ? ANTONYM[p].a : ANTONYM[p].b;
	int tight = ANTONYM[p].tight;
	int asked = in_question(c, i);	/* an asked word meets asked words only */
	size_t nca;

	if (!tight) {
		/*
		 * "common" turned round ("less common") says the other side;
		 * so does an opposite of the word's by another pair ("inhibits
		 * NMDA while switching on AMPA": "inhibit" / "activate" for the
		 * pair "block" / "activate")
		 */
		const char *ia[2 * NEIGHBOURS], *kb[2 * NEIGHBOURS];
		size_t ni = neighbours_in(c, i, 1, ia, 1);
		ni += neighbours_in(c, i, -1, ia + ni, 1);
		for (size_t q = 0; q < sizeof ANTONYM / sizeof ANTONYM[0]; q++) {
			int side = q == p ? mine : ANTONYM[q].tight ? -1 : side_of(c, i, q, NULL, 0);
			for (size_t k = 0; k < c->n && side >= 0; k++) {
				/*
				 * "cut down BDNF rather than boost it": denied, no side;
				 * "Should you bring someone? No, ... on your own": asked
				 */
				if (side_of(c, k, q, NULL, 0) != !side || c->v[k].pol == POL_NEG ||
				    (!asked && in_question(c, k)))
					continue;
				/*
				 * said of the same thing: a neighbour in common, or none
				 * to tell; or in another clause ("Ketamine blocks NMDA, and
				 * at the same time it switches on ... AMPA")
				 */
				size_t nk = neighbours_in(c, k, 1, kb, 1);
				nk += neighbours_in(c, k, -1, kb + nk, 1);
				if (ni == 0 || nk == 0 || share(ia, ni, kb, nk) ||
				    clause_start(c, k) != clause_start(c, i))
					return 1;
			}
		}
		return 0;
	}
	nca = neighbours(c, i, 1, ca);
	for (size_t k = 0; k < c->n; k++) {
		if (c->v[k].type != T_WORD || !among_tok(c, k, theirs) ||
		    (!asked && in_question(c, k)))
			continue;
		if (nca == 0 || neighbours(c, k, 1, ka) == 0 || strcmp(ca[0], ka[0]) == 0)
			return 1;
	}
	return 0;
}

/* Whether the claim holds a content stem of source tokens [from, to), n of them at most. */
static int
claim_holds_some(const struct text *c, const struct text *s, size_t from, size_t to, size_t n)
{
	for (size_t k = from; k < to && k < s->n && n > 0; k++) {
		const char *st = s->v[k].stem;
		if (!is_content(s, k))
			continue;
		if (holds_any(c, &st, 1))
			return 1;
		n--;
	}
	return 0;
}

/*
 * Whether source word j is turned round against a standard the claim
 * speaks of, and not of the thing compared with it: "not as common as
 * infusion therapy" says that infusions are the common thing, so it does
 * not deny a claim that infusions are common, unless the claim names the
 * source's subject too (the clause's words before "not", or after a
 * fronted "While not as common as ...,", its first two).
 */
static int
claim_is_standard(const struct text *c, const struct text *s, size_t j)
{
	size_t open = j, end = j + 2;
	if (flipped(s, j) <= 0 || !among(wprev(s, j), "as so") || strcmp(wd(s, j + 1), "as") != 0)
		return 0;
	while (end < s->n && !clause_punct(s, end))
		end++;
	if (!claim_holds_some(c, s, j + 2, end, s->n))
		return 0;
	while (open > 0 && !clause_punct(s, open - 1))
		open--;
	if (claim_holds_some(c, s, open, j, s->n))
		return 0;
	if (among(wd(s, open), "although though while") && is_punct(s, end, ","))
		return !claim_holds_some(c, s, end + 1, s->n, 2);
	return 1;
}

/*
 * Whether token j of x is in a question the text then answers "No":
 * "Should I come for the treatment alone? No. It is better to come with
 * someone."
 */
static int
declined_question(const struct text *x, size_t j)
{
	size_t q = j;
	while (q < x->n && !(x->v[q].type == T_PUNCT && among(x->v[q].w, ". ! ?")))
		q++;
	return q + 1 < x->n && is_punct(x, q, "?") && strcmp(wd(x, q + 1), "no") == 0 &&
	    (q + 2 >= x->n || x->v[q + 2].type == T_PUNCT);
}

/*
 * Whether the "less" at token i is read in the verb before it: "make less
 * BDNF", "lets out less glutamate" (read as "reduces").
 */
static int
read_in_verb(const struct text *x, size_t i)
{
	return among(wd(x, i), "less fewer") && i > 0 &&
	    (strcmp(wprev(x, i), "reduces") == 0 ||
	    (i > 1 && strcmp(wprev(x, i), "out") == 0 && strcmp(wd(x, i - 2), "reduces") == 0));
}

static int
find_antonym(const struct text *c, const struct text *s,
    const struct conflict_lexicon *lex, struct found *f)
{
	size_t i, j, p;
	int done;

	for (i = 0; i < c->n; i++) {
		if (c->v[i].type != T_WORD || (lists.usable && c->v[i].listed == NULL) ||
		    !antonym_use(c, i) || alone_denied(c, i) || read_in_verb(c, i))
			continue;
		done = 0;
		for (p = 0; p < sizeof ANTONYM / sizeof ANTONYM[0] && !done; p++) {
			const char *mine, *theirs;
			size_t hit = s->n;
			int word_side, side, sj_side;

			if (among_tok(c, i, ANTONYM[p].a)) {
				mine = ANTONYM[p].a;
				theirs = ANTONYM[p].b;
				word_side = 0;
			} else if (among_tok(c, i, ANTONYM[p].b)) {
				mine = ANTONYM[p].b;
				theirs = ANTONYM[p].a;
				word_side = 1;
			} else {
				continue;
			}
			if ((side = side_of(c, i, p, NULL, 0)) < 0)
				continue;	/* "less common than ...": no side to contradict */
			if (!ANTONYM[p].tight && side == word_side &&
			    (hit = swapped_role(c, i, s, mine, theirs, lex)) < s->n) {
				if (add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, c->v[i].s,
				    c->v[i].e, s->v[hit].s, s->v[hit].e) < 0)
					return -1;
				done = 1;
				continue;
			}
			if (contrasts_itself(c, i, p, side))
				continue;	/* the claim contrasts the two itself */
			for (j = 0; j < s->n; j++) {
				sj_side = side_of(s, j, p, c->v[i].stem, word_side);
				/* the source says the word itself (not asking, answered "No") */
				if (sj_side == side && !declined_question(s, j))
					break;
				/* "more effective" / "less effective": the degree words' own pair says it */
				if (hit == s->n && sj_side == !side &&
				    !(flipped(s, j) > 0 && among(wprev(s, j), "less least") &&
				    among(wprev(c, i), "more most")) &&
				    !(flipped(c, i) > 0 && among(wprev(c, i), "less least") &&
				    among(wprev(s, j), "more most")) &&
				    antonym_use(s, j) && !claim_is_standard(c, s, j) &&
				    (anchored(c, i, s, j, ANTONYM[p].tight,
				    ANTONYM[p].anchors ? (size_t)ANTONYM[p].anchors : 1) ||
				    (among(wd(c, i), LASTING_VERBS) &&
				    subjects_anchor(c, i, s, j, 1)) ||
				    (!ANTONYM[p].tight &&
				    same_named_object(c, i, s, j, mine, theirs, lex))) &&
				    !other_objects(c, i, s, j, mine, theirs, lex))
					hit = j;
			}
			if (j < s->n || hit == s->n)
				continue;
			if (add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM,
			    ANTONYM[p].tight ? c->v[i].s : flip_start(c, i),
			    ANTONYM[p].tight ? c->v[i].e : flip_end(c, i),
			    ANTONYM[p].tight ? s->v[hit].s : flip_start(s, hit),
			    ANTONYM[p].tight ? s->v[hit].e : flip_end(s, hit)) < 0)
				return -1;
			done = 1;
		}
	}
	return 0;
}

/*
 * WordNet's antonyms (conflict_lexicon's opposites) where this module's
 * pairs know none: the claim's word i ("lasting", "unsafe") against a
 * source word with an opposite's stem ("temporarily", "safe"), said of the
 * same thing (anchored, as a loose pair is).  opp holds the opposites'
 * stems, each between spaces, of the claim words whose opposites the
 * claim does not say itself (opposites_of).  The source must not hold the
 * claim's word either.  Words turned round
 * by degree words ("less safe") and negated ones are left to the other
 * rules.
 */
/*
 * Whether word i of x is a verb of order in the passive, its roles turned
 * round: "blockade is followed by increased release" says what "blocking,
 * leading to increased release" says, though WordNet opposes the verbs.
 */
static int
converse_passive(const struct text *x, size_t i)
{
	return among(wd(x, i), "followed preceded succeeded") && strcmp(wd(x, i + 1), "by") == 0;
}

static int
find_lexicon_antonym(const struct text *c, char *const *opp, const struct text *s,
    struct found *f)
{
	char key[WORD_MAX + 2];

	for (size_t i = 0; i < c->n; i++) {
		size_t j, hit = s->n;
		int own = 0;

		if (opp[i] == NULL || c->v[i].pol != POL_POS || flipped(c, i) != 0 ||
		    converse_passive(c, i))
			continue;
		for (j = 0; j < s->n && !own; j++) {
			if (!is_content(s, j))
				continue;
			if (strcmp(s->v[j].stem, c->v[i].stem) == 0)
				own = 1;	/* the source says the word itself */
			snprintf(key, sizeof key, " %s ", s->v[j].stem);
			if (hit == s->n && s->v[j].pol == POL_POS && flipped(s, j) == 0 &&
			    !converse_passive(s, j) &&
			    strstr(opp[i], key) != NULL && anchored(c, i, s, j, 0, 1))
				hit = j;
		}
		if (own || hit == s->n)
			continue;
		if (add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, c->v[i].s, c->v[i].e,
		    s->v[hit].s, s->v[hit].e) < 0)
			return -1;
	}
	return 0;
}

/* Whether any word of x is one of words. */
static int
has_word(const struct text *x, const char *words)
{
	for (size_t i = 0; i < x->n; i++)
		if (x->v[i].type == T_WORD && among(x->v[i].w, words))
			return 1;
	return 0;
}

/* ---- comparisons turned round --------------------------------------------- */

static size_t stem_in(const struct text *, size_t, size_t, const char *);

/* Comparatives a setting can be compared by: "more effective in A than in B". */
static const char COMPARATIVE[] =
    "better worse faster slower quicker higher lower greater smaller larger longer "
    "shorter stronger weaker easier harder safer";

/* Prepositions that open a setting or condition: "in a calm one", "at night". */
#define SETTING_PREP "in at on during with under"

/*
 * The comparative that token `than` completes: "better", or "more"/"less"
 * with its next content word ("more effective"), at most ten tokens
 * before it in its clause, past the commas between modifiers ("more
 * effective in a lively, stimulating atmosphere than"); x->n when none.
 */
static size_t
comparative_before(const struct text *x, size_t than)
{
	for (size_t k = than; k-- > 0 && than - k <= 10;) {
		if ((clause_punct(x, k) && !is_punct(x, k, ",")) || among(wd(x, k), CLAUSE_WORD))
			break;
		if (among(wd(x, k), COMPARATIVE) || among(wd(x, k), "more less"))
			return k;
	}
	return x->n;
}

/* Whether comparatives k of x and m of y are the same ("more effective" both). */
static int
same_comparative(const struct text *x, size_t k, const struct text *y, size_t m)
{
	if (strcmp(x->v[k].w, y->v[m].w) != 0)
		return 0;
	if (!among(x->v[k].w, "more less"))
		return 1;
	return k + 1 < x->n && m + 1 < y->n && is_content(x, k + 1) && is_content(y, m + 1) &&
	    strcmp(x->v[k + 1].stem, y->v[m + 1].stem) == 0;
}

/*
 * A comparison of two settings turned round: the claim says "more
 * effective in A than in B", the source "more effective in B" (the same
 * comparative, the same preposition before B, no "than" of its own).  B is
 * the first content word after the claim's "than" and a preposition; it
 * must not be among the claim's words between the comparative and "than".
 */
static int same_setting(const struct text *, size_t, const struct text *, size_t);

/*
 * Where y says claim comparative k of B (token b of c, after preposition
 * prep) without a "than" between: *m the comparative, *j the setting word;
 * 0 when it does not.
 */
static int
says_setting(const struct text *c, size_t k, size_t prep, size_t b, const struct text *y,
    size_t *m, size_t *j)
{
	for (*m = 0; *m < y->n; (*m)++) {
		if (y->v[*m].type != T_WORD || !same_comparative(c, k, y, *m))
			continue;
		for (*j = *m + 1; *j < y->n && *j <= *m + 8; (*j)++) {
			if (clause_punct(y, *j) || among(wd(y, *j), CLAUSE_WORD) ||
			    strcmp(wd(y, *j), "than") == 0)
				break;
			if (is_content(y, *j) && strcmp(y->v[*j].stem, c->v[b].stem) == 0 &&
			    *j >= 2 && (strcmp(wd(y, *j - 1), wd(c, prep)) == 0 ||
			    strcmp(wd(y, *j - 2), wd(c, prep)) == 0) && same_setting(c, b, y, *j))
				return 1;
		}
	}
	return 0;
}

static int
find_comparison(const struct text *c, const struct text *s, struct found *f)
{
	for (size_t t = 0; t + 2 < c->n; t++) {
		size_t k, b, m, j, prep;

		if (strcmp(wd(c, t), "than") != 0 || !among(wd(c, t + 1), SETTING_PREP) ||
		    (k = comparative_before(c, t)) == c->n)
			continue;
		prep = t + 1;
		for (b = t + 2; b < c->n && b <= t + 4 && !is_content(c, b); b++)
			;
		if (b >= c->n || b > t + 4 || stem_in(c, k + 1, t, c->v[b].stem) < c->n)
			continue;
		/* the claim says it both ways itself */
		if (says_setting(c, k, prep, b, c, &m, &j))
			continue;
		if (says_setting(c, k, prep, b, s, &m, &j))
			return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, c->v[t].s,
			    c->v[b].e, s->v[m].s, s->v[j].e);
	}
	return 0;
}

/* Words for working well that "more" and "less" grade: "more effective", "less well". */
#define EFFICACY "effective effectively well successful successfully helpful useful"

/*
 * Whether token k grades how well something works: +1 ("better", "more
 * effective"), -1 ("worse", "less well"), 0 not; *end is the token after
 * the phrase.
 */
static int
efficacy_at(const struct text *x, size_t k, size_t *end)
{
	*end = k + 1;
	if (among(wd(x, k), "better worse"))
		return strcmp(wd(x, k), "better") == 0 ? 1 : -1;
	if (!among(wd(x, k), "more less") || !among(wd(x, k + 1), EFFICACY) ||
	    strcmp(wprev(x, k), "no") == 0)
		return 0;
	*end = k + 2;
	return strcmp(wd(x, k), "more") == 0 ? 1 : -1;
}

/*
 * The setting a graded phrase ending before token `from` is said of: the
 * first content word after a preposition (SETTING_PREP) among the ten
 * tokens after it, past commas and a "when" ("work less well when patients
 * recover in a calm, serene atmosphere"), before any "than"; *prep is the
 * preposition.  x->n when there is none.
 */
static size_t
setting_after(const struct text *x, size_t from, size_t *prep)
{
	for (size_t j = from; j < x->n && j < from + 10; j++) {
		if (strcmp(wd(x, j), "than") == 0 ||
		    (clause_punct(x, j) && !is_punct(x, j, ",")) ||
		    (among(wd(x, j), CLAUSE_WORD) && strcmp(wd(x, j), "when") != 0))
			return x->n;
		if (!among(wd(x, j), SETTING_PREP))
			continue;
		for (size_t b = j + 1; b < x->n && b <= j + 3; b++)
			if (is_content(x, b)) {
				*prep = j;
				return b;
			}
		return x->n;
	}
	return x->n;
}

/*
 * Up to max content stems of the setting phrase from token b on: past
 * commas ("a calm, serene atmosphere"), to its clause's end or a "than".
 */
static size_t
setting_words(const struct text *x, size_t b, const char **out, size_t max)
{
	size_t n = 0;

	for (size_t j = b; j < x->n && n < max && j < b + 10; j++) {
		if (strcmp(wd(x, j), "than") == 0 || (clause_punct(x, j) && !is_punct(x, j, ",")) ||
		    among(wd(x, j), CLAUSE_WORD))
			break;
		if (is_content(x, j))
			out[n++] = x->v[j].stem;
	}
	return n;
}

/*
 * Whether the claim's setting from token cb is the source's from sb: every
 * claim word of it (three at most) is among the source's eight ("in
 * patients with depression" is not "in patients with bipolar disorder").
 */
static int
same_setting(const struct text *c, size_t cb, const struct text *y, size_t sb)
{
	const char *cw[3], *yw[8];
	size_t nc = setting_words(c, cb, cw, 3), ny = setting_words(y, sb, yw, 8);

	return nc > 0 && shared(cw, nc, yw, ny) == nc;
}

/*
 * Works well, works badly, in one setting: the claim says "work less well
 * when patients recover in a calm atmosphere", the source "are more
 * effective in a calm ... atmosphere" (the opposite grade, the same
 * preposition and setting word, no "than" on either side).
 */
/*
 * Where y grades as d the setting of preposition cp and word cb of c: the
 * grading token, or y->n; *end the token after its phrase.
 */
static size_t
graded(const struct text *c, size_t cp, size_t cb, const struct text *y, int d, size_t *end)
{
	size_t sp, sb;

	for (size_t m = 0; m < y->n; m++)
		if (efficacy_at(y, m, end) == d && (sb = setting_after(y, *end, &sp)) < y->n &&
		    strcmp(wd(c, cp), wd(y, sp)) == 0 && same_setting(c, cb, y, sb))
			return m;
	return y->n;
}

static int
find_efficacy(const struct text *c, const struct text *s, struct found *f)
{
	for (size_t k = 0; k < c->n; k++) {
		size_t ce, cp, cb, se, m;
		int d = efficacy_at(c, k, &ce);

		if (d == 0 || (cb = setting_after(c, ce, &cp)) == c->n ||
		    graded(c, cp, cb, c, -d, &se) < c->n)	/* the claim says both */
			continue;
		if ((m = graded(c, cp, cb, s, -d, &se)) < s->n)
			return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, c->v[k].s, c->v[ce - 1].e,
			    s->v[m].s, s->v[se - 1].e);
	}
	return 0;
}

/* Verbs that raise or lower a degree: "reduce the frequency of ...". */
#define RAISING "increase increases increased increasing raise raises raised raising " \
    "boost boosts boosted boosting heighten heightens heightened heightening"
#define LOWERING "reduce reduces reduced reducing decrease decreases decreased decreasing " \
    "lower lowers lowered lowering lessen lessens lessened lessening diminish " \
    "diminishes diminished diminishing"

/* Whether words a and b share their first six letters ("frequent", "frequency"). */
static int
same_root6(const char *a, const char *b)
{
	return strlen(a) >= 6 && strlen(b) >= 6 && strncmp(a, b, 6) == 0;
}

/*
 * Whether text x makes token k come about: a causing, raising or
 * promoting verb among the three tokens before it in its clause, not
 * negated ("can cause inflammation", "increases inflammation in the
 * brain").
 */
static int
brought_about(const struct text *x, size_t k)
{
	for (size_t m = k, n = 0; m-- > 0 && n < 3 && !clause_punct(x, m); n++)
		if (x->v[m].type == T_WORD && (among(wd(x, m), CAUSATIVE) ||
		    among(wd(x, m), RAISING) ||
		    among(wd(x, m), "promote promotes promoted promoting")))
			return x->v[m].pol != POL_NEG && !negated_clause(x, m);
	return 0;
}

/*
 * A thing brought about against its "anti-" form: the claim says
 * ketamine "can cause inflammation in the brain", the source that it
 * "has anti-inflammatory effects in the brain" (or the other way round):
 * the word after "anti-" and the other text's word share their first six
 * letters, and the other text's word is brought about (brought_about).
 */
static int
anti_against(const struct text *a, const struct text *b, size_t *ai, size_t *bj)
{
	for (size_t i = 0; i + 2 < a->n; i++) {
		if (strcmp(wd(a, i), "anti") != 0 || !inner_hyphen(a, i + 1) ||
		    a->v[i].pol == POL_NEG)
			continue;
		for (size_t j = 0; j < b->n; j++)
			if (is_content(b, j) && same_root6(wd(a, i + 2), wd(b, j)) &&
			    (j < 2 || !inner_hyphen(b, j - 1)) && brought_about(b, j)) {
				*ai = i;
				*bj = j;
				return 1;
			}
	}
	return 0;
}

static int
find_anti_prefix(const struct text *c, const struct text *s, struct found *f)
{
	size_t i, j;

	if (anti_against(s, c, &j, &i))
		return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, c->v[i].s, c->v[i].e,
		    s->v[j].s, s->v[j + 2].e);
	if (anti_against(c, s, &i, &j))
		return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, c->v[i].s, c->v[i + 2].e,
		    s->v[j].s, s->v[j].e);
	return 0;
}

/* Whether token k of x is a talker's filler "like," ("can take, like, weeks"): no likeness. */
static int
filler_like(const struct text *x, size_t k)
{
	return strcmp(wd(x, k), "like") == 0 && k + 1 < x->n && is_punct(x, k + 1, ",");
}

/*
 * Whether token k of x is "like" or "unlike" (want) as a preposition that
 * compares: "unlike" anywhere, "like" at a sentence's start or after
 * "just", "much", "exactly" ("Just like ordinary antidepressants, ..."),
 * a copula or "works" ("it's like the normal antidepressants"), or
 * after a subject of one word and its comma ("Ketamine, like most
 * antidepressants, ..."), not
 * "would like", "feel like" or the "like" of an example ("other help,
 * like seeing a counselor").
 */
static int
likeness_at(const struct text *x, size_t k, const char *want)
{
	if (x->v[k].type != T_WORD || strcmp(wd(x, k), want) != 0 ||
	    x->v[k].pol == POL_NEG || filler_like(x, k))
		return 0;
	return strcmp(want, "unlike") == 0 || k == 0 ||
	    (x->v[k - 1].type == T_PUNCT && strchr(".!?", x->t[x->v[k - 1].s]) != NULL) ||
	    among(wprev(x, k), "just jus much exactly is are was were it's that's works work "
	    "acts act lot bit same") ||	/* a learner's "same same like" */
	    /* "Ketamine, like most antidepressants, ...": said of the subject before */
	    (k >= 2 && is_punct(x, k - 1, ",") && x->v[k - 2].type == T_WORD &&
	    (k == 2 || ends_sentence(x, k - 3)));
}

/* Whether the phrase after b's token j (four tokens, its clause) holds a content word of stem. */
static int
stem_after(const struct text *b, size_t j, const char *stem)
{
	for (size_t n = j + 1; n < b->n && n <= j + 4 && !clause_punct(b, n); n++)
		if (is_content(b, n) && strcmp(stem, b->v[n].stem) == 0)
			return 1;
	return 0;
}

/* Whether the phrase after b's token j holds a content word of any of stems[0 .. n). */
static int
any_stem_after(const struct text *b, size_t j, const char *const *stems, size_t n)
{
	for (size_t t = 0; t < n; t++)
		if (stem_after(b, j, stems[t]))
			return 1;
	return 0;
}

/* Whether the phrases after a's token i and b's token j name one thing: a content stem in common. */
static int
same_compared(const struct text *a, size_t i, const struct text *b, size_t j)
{
	for (size_t m = i + 1; m < a->n && m <= i + 4 && !clause_punct(a, m); m++)
		if (is_content(a, m) && stem_after(b, j, a->v[m].stem))
			return 1;
	return 0;
}

/*
 * Whether the phrase before a's token i (back to its clause's start) and
 * the one after b's token j name one thing: "Conventional antidepressants,
 * like ketamine," and "Unlike conventional antidepressants".
 */
static int
same_before(const struct text *a, size_t i, const struct text *b, size_t j)
{
	for (size_t m = i; m-- > 0 && m + 5 >= i && !clause_punct(a, m);)
		if (is_content(a, m) && stem_after(b, j, a->v[m].stem))
			return 1;
	return 0;
}

/*
 * Whether a conflict found already starts at claim byte cs or at source
 * byte ss (SIZE_MAX: that side is not asked): a pair of words may have
 * told what a later rule would tell again.
 */
static int
already_found(const struct found *f, size_t cs, size_t ss)
{
	for (size_t k = 0; k < f->n; k++)
		if ((cs != SIZE_MAX && f->v[k].claim_start == cs) ||
		    (ss != SIZE_MAX && f->v[k].source_start == ss))
			return 1;
	return 0;
}

/*
 * A likeness turned round: the claim says ketamine works "just like
 * ordinary antidepressants", the source "unlike traditional
 * antidepressants" (or the other way round), or "works differently than
 * typical antidepressants": "like" and "unlike" compare with one thing, a
 * content word after each in common (the pair of words in `pairs` needs
 * the same word right after them).
 */
static int
find_likeness(const struct text *c, const struct text *s, struct found *f)
{
	for (size_t i = 0; i < c->n; i++) {
		int like = likeness_at(c, i, "like");

		/*
		 * "same as conventional antidepressants", "the same road as
		 * your regular antidepressants" ("just as effective as" is a
		 * degree): compared from its "as" (at)
		 */
		size_t at = i;
		int joined = 0;	/* "Ketamine and antidepressants need the same time" */
		if (!like && i + 1 < c->n && c->v[i].pol != POL_NEG &&
		    strcmp(wd(c, i), "same") == 0) {
			/* a learner's "in the same way of the antidepressants" */
			for (size_t m = i + 1; m < c->n && m <= i + 3 && !clause_punct(c, m); m++)
				if (strcmp(wd(c, m), "as") == 0 || (strcmp(wd(c, m), "of") == 0 &&
				    among(wprev(c, m), "way manner"))) {
					like = 1;
					at = m == i + 1 ? i : m;
					break;
				}
			for (size_t m = i; !like && m-- > 0 && m + 6 >= i && !clause_punct(c, m);)
				joined |= strcmp(wd(c, m), "and") == 0;
		}
		if (joined) {
			/* the things joined before "same", set apart by the source */
			for (size_t j = 0; j + 1 < s->n; j++)
				if (s->v[j].pol != POL_NEG && strcmp(wd(s, j), "apart") == 0 &&
				    strcmp(wd(s, j + 1), "from") == 0 && same_before(c, i, s, j + 1))
					return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM,
					    c->v[i].s, c->v[i].e, s->v[j].s, s->v[j + 1].e);
			continue;
		}
		/*
		 * "Conventional antidepressants, like ketamine, work within
		 * hours": the thing before the comma is compared with the one
		 * after "like", either way round
		 */
		int aside = !like && i > 1 && c->v[i].type == T_WORD && c->v[i].pol != POL_NEG &&
		    strcmp(wd(c, i), "like") == 0 && c->v[i - 1].type == T_PUNCT &&
		    c->t[c->v[i - 1].s] == ',' && !filler_like(c, i);
		if (!like && !aside && !likeness_at(c, i, "unlike"))
			continue;
		/* the pair of words ("like" / "unlike" before the same word) may have told it */
		if (already_found(f, c->v[i].s, SIZE_MAX))
			continue;
		for (size_t j = 0; j < s->n; j++) {
			/*
			 * "sets it apart from traditional antidepressants": what
			 * "like" names, set apart ("Ketamine, like the conventional
			 * antidepressants, ...")
			 */
			if ((like || aside) && j + 1 < s->n && s->v[j].pol != POL_NEG &&
			    strcmp(wd(s, j), "apart") == 0 && strcmp(wd(s, j + 1), "from") == 0 &&
			    same_compared(c, at, s, j + 1))
				return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, c->v[i].s,
				    c->v[i].e, s->v[j].s, s->v[j + 1].e);
			if (aside) {
				if (likeness_at(s, j, "unlike") && same_before(c, i - 1, s, j))
					return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM,
					    c->v[i].s, c->v[i].e, s->v[j].s, s->v[j].e);
				continue;
			}
			if (likeness_at(s, j, like ? "unlike" : "like") &&
			    same_compared(c, at, s, j))
				return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, c->v[i].s,
				    c->v[i].e, s->v[j].s, s->v[j].e);
			/* "works differently than typical antidepressants" */
			if (like && j + 1 < s->n && s->v[j].pol != POL_NEG &&
			    among(wd(s, j), "differently different differs") &&
			    among(wd(s, j + 1), "than from") && same_compared(c, at, s, j + 1))
				return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, c->v[i].s,
				    c->v[i].e, s->v[j].s, s->v[j + 1].e);
			/*
			 * "While traditional antidepressants typically target
			 * serotonin, ketamine operates through a distinct pathway":
			 * the thing of the "while" clause, set apart after it
			 */
			if (like && among(wd(s, j), "while whereas") && same_compared(c, at, s, j))
				for (size_t k = j + 1; k < s->n && !ends_sentence(s, k); k++)
					if (s->v[k].pol != POL_NEG &&
					    among(wd(s, k), "distinct different differently"))
						return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM,
						    c->v[i].s, c->v[i].e, s->v[k].s, s->v[k].e);
		}
	}
	return 0;
}

/* Words that liken a thing to another named after them ("similar to", "resembling"). */
#define LIKENING "similar comparable resemble resembles resembled resembling"
#define COMPARED_MAX 3	/* content words of the thing a likeness names */

/*
 * The content stems of what token k of x likens a thing to, into out
 * (COMPARED_MAX at most; *last: the last one's token): after "like"
 * (likeness_at), "resembling", or the "to" that follows "similar" within
 * three tokens ("similar effects to electroconvulsive therapy"), past
 * "those of" and "what"; how many.
 */
static size_t
likened_to(const struct text *x, size_t k, const char **out, size_t *last)
{
	size_t m = k + 1, n = 0;

	if (strcmp(wd(x, k), "similar") == 0 || strcmp(wd(x, k), "comparable") == 0) {
		while (m < x->n && m <= k + 3 && strcmp(wd(x, m), "to") != 0 &&
		    x->v[m].type == T_WORD)
			m++;
		if (strcmp(wd(x, m), "to") != 0)
			return 0;
		m++;
	} else if (!among(wd(x, k), LIKENING) && !likeness_at(x, k, "like"))
		return 0;
	if (among(wd(x, m), "those that") && strcmp(wd(x, m + 1), "of") == 0)
		m += 2;
	for (; m < x->n && n < COMPARED_MAX && !clause_punct(x, m) &&
	    !among(wd(x, m), CLAUSE_WORD); m++)
		if (is_content(x, m) && strcmp(wd(x, m), "what") != 0) {
			out[n++] = x->v[m].stem;
			*last = m;
		}
	return n;
}

/*
 * A likeness to another thing: the claim says effects "similar to those
 * of SSRIs", the source "similar effects to electroconvulsive therapy".
 * Neither text names what the other likens to.
 */
static int
find_likened_other(const struct text *c, const struct text *s, struct found *f)
{
	const char *mine[COMPARED_MAX], *theirs[COMPARED_MAX];

	for (size_t i = 0; i < c->n; i++) {
		size_t nm, clast;

		if (c->v[i].type != T_WORD || c->v[i].pol == POL_NEG ||
		    (nm = likened_to(c, i, mine, &clast)) == 0 || holds_any(s, mine, nm))
			continue;
		for (size_t j = 0; j < s->n; j++) {
			size_t nt, slast;

			if (s->v[j].type != T_WORD || s->v[j].pol == POL_NEG ||
			    (nt = likened_to(s, j, theirs, &slast)) == 0 || holds_any(c, theirs, nt))
				continue;
			if (add(&f->v, &f->n, &f->cap, CONFLICT_SUBSTITUTION, c->v[i].s,
			    c->v[clast].e, s->v[j].s, s->v[slast].e) < 0)
				return -1;
			f->v[f->n - 1].replaces = 1;
			return 0;
		}
	}
	return 0;
}

/*
 * Whether token k of x denies a likeness: "unlike", "nothing like",
 * "different from", "differs from" (not "not unlike", a likeness said
 * twice over); *at: the token the thing compared follows.
 */
static int
unlikeness_at(const struct text *x, size_t k, size_t *at)
{
	if (x->v[k].type != T_WORD)
		return 0;
	if (strcmp(wd(x, k), "like") == 0 && k > 0 && strcmp(wprev(x, k), "nothing") == 0) {
		*at = k;
		return 1;
	}
	if (strcmp(wd(x, k), "unlike") == 0) {
		*at = k;
		return x->v[k].pol != POL_NEG && !among(wprev(x, k), "not isn't aren't wasn't "
		    "weren't hardly");
	}
	if (x->v[k].pol != POL_NEG && k + 1 < x->n &&
	    among(wd(x, k), "different differs differ differed differently") &&
	    among(wd(x, k + 1), "from than")) {
		*at = k + 1;
		return 1;
	}
	return 0;
}

/*
 * A likeness denied: the claim says ketamine's effects are "nothing like
 * electroconvulsive therapy", the source "similar effects to
 * electroconvulsive therapy", or the claim "similar to those of
 * traditional antidepressants", the source "Unlike traditional
 * antidepressants": what both compare with shares a content word.
 */
static int
find_likeness_denied(const struct text *c, const struct text *s, struct found *f)
{
	const char *theirs[COMPARED_MAX], *mine[COMPARED_MAX];

	for (size_t i = 0; i < c->n; i++) {
		size_t at, nm, clast;

		if (already_found(f, c->v[i].s, SIZE_MAX))
			continue;
		if (c->v[i].type == T_WORD && c->v[i].pol != POL_NEG &&
		    (nm = likened_to(c, i, mine, &clast)) > 0)
			for (size_t j = 0; j < s->n; j++)
				if (unlikeness_at(s, j, &at) && any_stem_after(s, at, mine, nm))
					return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM,
					    c->v[i].s, c->v[clast].e, s->v[j].s, s->v[at].e);
		if (!unlikeness_at(c, i, &at))
			continue;
		for (size_t j = 0; j < s->n; j++) {
			size_t nt, slast;

			if (s->v[j].type != T_WORD || s->v[j].pol == POL_NEG ||
			    (nt = likened_to(s, j, theirs, &slast)) == 0)
				continue;
			/* "nothing like" is told from its "nothing" */
			size_t from = strcmp(wd(c, i), "like") == 0 ? i - 1 : i;
			if (any_stem_after(c, at, theirs, nt))
				return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM,
				    c->v[from].s, c->v[at].e, s->v[j].s, s->v[slast].e);
		}
	}
	return 0;
}

/* Verbs of leaving a thing out: "skip sessions" and "ditch appointments" say one deed. */
#define OMITTING "skip skips skipped skipping ditch ditches ditched ditching miss misses " \
    "missed missing stop stops stopped stopping quit quits quitting drop drops dropped " \
    "dropping cancel cancels cancelled canceled cancelling canceling forgo abandon " \
    "abandons abandoned neglect neglects neglected"
#define PERMISSION_REACH 5	/* tokens after a verb where the object both name may be */

/* Verbs that leave a thing out with the particle after them: "blow off the follow-ups". */
#define OMITTING_PHRASAL "bail bailed bailing bails blew blow blowing blown blows bunk bunked " \
    "bunking bunks skive skived skives skiving"

/* Whether x[i] leaves a thing out: "skip", "ditch", "blow off", "bail on". */
static int
omits(const struct text *x, size_t i)
{
	return among(wd(x, i), OMITTING) || (among(wd(x, i), OMITTING_PHRASAL) &&
	    i + 1 < x->n && among(wd(x, i + 1), "off on"));
}

/* Whether the verbs at c[i] and s[j] are one deed: one stem, or both leave a thing out. */
static int
same_deed(const struct text *c, size_t i, const struct text *s, size_t j)
{
	return strcmp(c->v[i].stem, s->v[j].stem) == 0 || (omits(c, i) && omits(s, j));
}

/* Whether stem is a content word among the PERMISSION_REACH tokens after s[j], in its clause. */
static int
follows_closely(const struct text *s, size_t j, const char *stem)
{
	for (size_t b = j + 1; b < s->n && b <= j + PERMISSION_REACH; b++) {
		if (clause_punct(s, b))
			break;
		if (is_content(s, b) && strcmp(stem, s->v[b].stem) == 0)
			return 1;
	}
	return 0;
}

/* Whether a content stem follows both c[i] and s[j] closely ("follow-up appointments"). */
static int
same_object(const struct text *c, size_t i, const struct text *s, size_t j)
{
	for (size_t a = i + 1; a < c->n && a <= i + PERMISSION_REACH; a++) {
		if (clause_punct(c, a))
			break;
		if (is_content(c, a) && follows_closely(s, j, c->v[a].stem))
			return 1;
	}
	return 0;
}

/* Adverbs between a permission and its deed: "fine to just skip". */
#define PERMISSION_ADVERBS "safely just simply easily happily freely"

/* The first token from k on that is not one of words. */
static size_t
past_words(const struct text *c, size_t k, const char *words)
{
	while (k < c->n && among(wd(c, k), words))
		k++;
	return k;
}

/*
 * Whether a content stem of c's clause before its token i (a passive's
 * subject, "follow-up appointments can be skipped"; what is fine to leave
 * out, "follow-up appts OK to skip") follows s[j] closely.
 */
static int
same_subject_object(const struct text *c, size_t i, const struct text *s, size_t j)
{
	for (size_t a = clause_start(c, i); a < i; a++)
		if (is_content(c, a) && follows_closely(s, j, c->v[a].stem))
			return 1;
	return 0;
}

/*
 * The verb a source forbids at token j: "Don't ditch follow-up
 * appointments", "Never drive", "You should not skip sessions", "It is
 * not advisable to drive": the token of the verb, or 0 (no verb is at
 * token 0 after a negator).
 */
static size_t
forbidden_at(const struct text *s, size_t j)
{
	size_t cs = clause_start(s, j), v = j + 1;
	if (!is_negator(s, j))
		return 0;
	/* "It is not advisable to drive yourself home" */
	if (strcmp(wd(s, j), "not") == 0 && j + 3 < s->n &&
	    among(wd(s, j + 1), "advisable advised recommended safe wise allowed permitted") &&
	    strcmp(wd(s, j + 2), "to") == 0 && s->v[j + 3].type == T_WORD)
		return j + 3;
	if (strcmp(wd(s, j), "not") == 0 && !among(wprev(s, j), "do should must"))
		return 0;
	if (!among(wprev(s, j), "should must") && j != cs &&
	    !(j == cs + 1 && strcmp(wd(s, cs), "do") == 0) &&
	    !(j == cs + 1 && among(wd(s, cs), "you please")))
		return 0;
	while (v < s->n && s->v[v].type == T_WORD && among(wd(s, v), "ever just simply even"))
		v++;
	return v < s->n && s->v[v].type == T_WORD ? v : 0;
}

/*
 * A permission against a prohibition: the claim lets the reader do what
 * the source forbids ("Once you feel better, you can skip your follow-up
 * appointments" / "Even if you feel much better, don't ditch follow-up
 * appointments"): "can", "may", "are free to", "it's fine to", "is no
 * problem to" before the same deed on the same object, or "are optional"
 * said of what the source forbids leaving out; the source forbids
 * with "don't", "should not" or "it is not advisable to".
 */
static int
find_permission(const struct text *c, const struct text *s, struct found *f)
{
	for (size_t i = 0; i + 1 < c->n; i++) {
		size_t v = i + 1, from = i;
		int denied_harm = 0;	/* "no problem to": its "no" denies the problem, not the deed */
		int passive = 0;	/* "can safely be skipped": the object is the subject */
		int optional = 0;	/* "the follow-up appointments are really optional" */
		if (among(wd(c, i), "can could may")) {
			v = past_words(c, v, PERMISSION_ADVERBS " still always now");
			if (v + 1 < c->n && strcmp(wd(c, v), "be") == 0) {
				passive = 1;
				v = past_words(c, v + 1, PERMISSION_ADVERBS);
			}
		}
		else if (among(wd(c, i), "free fine okay ok safe allowed permitted") &&
		    (strcmp(wd(c, i + 1), "to") == 0 || (i + 4 < c->n &&
		    strcmp(wd(c, i + 1), "for") == 0 && strcmp(wd(c, i + 3), "to") == 0))) {
			/* "it is okay for them to skip" */
			v = past_words(c, i + (strcmp(wd(c, i + 1), "to") == 0 ? 2 : 4),
			    PERMISSION_ADVERBS);
		}
		/* "go ahead and skip the follow-ups" */
		else if (strcmp(wd(c, i), "ahead") == 0 && strcmp(wprev(c, i), "go") == 0 &&
		    strcmp(wd(c, i + 1), "and") == 0) {
			v = i + 2;
			from = i - 1;
		}
		/* "follow-ups are optional": what one may leave out, its subject */
		else if (among(wd(c, i), "optional skippable") && i > 0 &&
		    (among(wprev(c, i), BE_FORMS) || (i > 1 && among(wd(c, i - 2), BE_FORMS) &&
		    among(wprev(c, i), "really completely totally purely just entirely")))) {
			v = i;
			passive = optional = 1;
		}
		/* "it is no problem to drive yourself home" */
		else if (i + 2 < c->n && strcmp(wd(c, i), "no") == 0 &&
		    among(wd(c, i + 1), "problem harm issue") && strcmp(wd(c, i + 2), "to") == 0) {
			v = i + 3;
			denied_harm = 1;
		} else
			continue;
		/* "can stop going": a deed left out, as "can skip" is, not a denial */
		if (v >= c->n || c->v[v].type != T_WORD || (c->v[v].pol == POL_NEG && !denied_harm) ||
		    (is_negator(c, v) && !among(wd(c, v), CEASING)))
			continue;
		for (size_t j = 0; j < s->n; j++) {
			size_t sv = forbidden_at(s, j);
			/* a negation may have told it ("drive" / "not advisable to drive") */
			if (sv == 0 || !(optional ? omits(s, sv) : same_deed(c, v, s, sv)) ||
			    !((!passive && same_object(c, v, s, sv)) ||
			    same_subject_object(c, i, s, sv)) ||
			    already_found(f, SIZE_MAX, s->v[j].s))
				continue;
			return add(&f->v, &f->n, &f->cap, CONFLICT_NEGATION, c->v[from].s,
			    c->v[v].e, s->v[j].s, s->v[sv].e);
		}
	}
	return 0;
}

#define SIDE_MAX 12	/* content stems read for one side of a comparison */

/*
 * Content stems of x from token `from` back to its clause's start (at most
 * SIDE_MAX); a clause that opens with a pronoun ("these ways are ...")
 * speaks of the clause before it, whose stems are read instead.
 */
static size_t
subject_stems(const struct text *x, size_t from, const char **out, size_t *first)
{
	size_t k = clause_start(x, from), n = 0, to = from;

	/* "..., far more common than": a degree before the comparative is no subject */
	while (to > k && among(wd(x, to - 1), "far much way even still lot a"))
		to--;
	*first = k;
	for (size_t m = k; m < to && n < SIDE_MAX; m++)
		if (is_content(x, m))
			out[n++] = x->v[m].stem;
	if (n > 0 && !among(wd(x, k), "these those they it this"))
		return n;
	/* the clause before: past its closing punctuation and clause word */
	n = 0;
	while (k > 0 && (x->v[k - 1].type != T_WORD || among(wd(x, k - 1), CLAUSE_WORD)))
		k--;
	for (size_t m = k, steps = 0; m > 0 && steps < SUBJECT_REACH && n < SIDE_MAX;
	    steps++) {
		m--;
		if (clause_punct(x, m))
			break;
		if (is_content(x, m)) {
			out[n++] = x->v[m].stem;
			*first = m;
		}
	}
	return n;
}

/*
 * Content stems of x after token `from` to its clause's end (at most
 * SIDE_MAX); *last: the last token read.
 */
static size_t
object_stems(const struct text *x, size_t from, const char **out, size_t *last)
{
	size_t n = 0;

	*last = from;
	for (size_t m = from + 1; m < x->n && n < SIDE_MAX && !clause_punct(x, m) &&
	    !among(wd(x, m), CLAUSE_WORD); m++) {
		if (is_content(x, m))
			out[n++] = x->v[m].stem;
		*last = m;
	}
	return n;
}

/*
 * The claim's comparison of how often things are used: sets the stems of
 * its rarer side (lesser) and its commoner side (greater), and returns
 * the token it turns on ("less", "more", the negator), or c->n; *end:
 * the comparison's last token.  "A is less common than B", "A is not
 * used as often as B": A is rarer; "A is used more often than B": B is.
 */
static size_t
frequency_sides(const struct text *c, const char **lesser, size_t *nl, const char **greater,
    size_t *ng, size_t *end)
{
	size_t first;

	for (size_t i = 0; i + 2 < c->n; i++) {
		size_t than = c->n;

		/* "given oftener than": "more often" in one word */
		int fused = among(wd(c, i), "oftener commoner");

		if ((among(wd(c, i), "less more") && among(wd(c, i + 1), FREQUENCY)) || fused) {
			for (size_t k = i + 2 - fused; k < c->n && k <= i + 4 && than == c->n; k++)
				if (strcmp(wd(c, k), "than") == 0)
					than = k;
			if (than == c->n)
				continue;
			int less = strcmp(wd(c, i), "less") == 0;

			*nl = less ? subject_stems(c, i, lesser, &first) :
			    object_stems(c, than, lesser, end);
			*ng = less ? object_stems(c, than, greater, end) :
			    subject_stems(c, i, greater, &first);
			return i;
		}
		/* "not as common as": no negator (is_negator), a comparison */
		if (c->v[i].type != T_WORD || (!is_negator(c, i) && strcmp(wd(c, i), "not") != 0))
			continue;
		for (size_t k = i + 1; k + 2 < c->n && k <= i + 4; k++)
			if (strcmp(wd(c, k), "as") == 0 && among(wd(c, k + 1), FREQUENCY) &&
			    strcmp(wd(c, k + 2), "as") == 0) {
				*nl = subject_stems(c, i, lesser, &first);
				*ng = object_stems(c, k + 2, greater, end);
				return i;
			}
	}
	return c->n;
}

/*
 * Drop the conflicts of kind ANTONYM, and of kind NEGATION too when
 * negations is set, that claim bytes [cs, ce) hold.
 */
static void
drop_kinds_within(struct found *f, size_t cs, size_t ce, int negations)
{
	size_t k = 0;

	while (k < f->n)
		if ((f->v[k].kind == CONFLICT_ANTONYM ||
		    (negations && f->v[k].kind == CONFLICT_NEGATION)) &&
		    f->v[k].claim_start >= cs && f->v[k].claim_end <= ce)
			f->v[k] = f->v[--f->n];
		else
			k++;
}

/* Drop the conflicts of kind ANTONYM or NEGATION that claim bytes [cs, ce) hold. */
static void
drop_within(struct found *f, size_t cs, size_t ce)
{
	drop_kinds_within(f, cs, ce, 1);
}

/* Whether token j of x says its subject is seldom used: "less common", "is rare", "rarely used". */
static int
says_rare_at(const struct text *x, size_t j)
{
	return j + 1 < x->n && x->v[j].pol != POL_NEG &&
	    ((strcmp(wd(x, j), "less") == 0 && among(wd(x, j + 1), FREQUENCY)) ||
	    (among(wd(x, j), "rare uncommon") && among(wprev(x, j), COPULA)) ||
	    (strcmp(wd(x, j), "rarely") == 0 && strcmp(wd(x, j + 1), "used") == 0));
}

/*
 * Sides of a comparison of use turned round: the claim says IV infusions
 * are "less common than nasal sprays", the source that nasal sprays and
 * oral tablets exist, "although these are less common".  The source's
 * rarer thing (the subject of its "less common", "rarely used",
 * "uncommon") is among the claim's commoner side and not its rarer one.
 */
static int
find_frequency_sides(const struct text *c, const struct text *s, struct found *f)
{
	const char *lesser[SIDE_MAX], *greater[SIDE_MAX], *rare[SIDE_MAX];
	const char *s_lesser[SIDE_MAX], *s_greater[SIDE_MAX];
	size_t nl = 0, ng = 0, end = 0, i = frequency_sides(c, lesser, &nl, greater, &ng, &end);
	size_t snl = 0, sng = 0, send = 0, si;
	int settled = 0;	/* the source's sides agree with the claim's, or are neither */

	if (i == c->n || nl == 0 || ng == 0)
		return 0;
	size_t cs = c->v[i].s, ce = c->v[end > i ? end : i + 1].e;
	for (size_t j = 0; j + 1 < s->n; j++) {
		if (!says_rare_at(s, j))
			continue;
		size_t first, nr = subject_stems(s, j, rare, &first);

		/* quoted whole: "less common than nasal sprays" / "nasal sprays ... less common" */
		if (shared(greater, ng, rare, nr) > 0 && shared(lesser, nl, rare, nr) == 0) {
			/* the pair of words ("more common" / "less common") told a part of it */
			drop_within(f, cs, ce);
			return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, cs, ce,
			    s->v[first].s, s->v[j + 1].e);
		}
		settled |= nr > 0 && shared(greater, ng, rare, nr) == 0;
	}
	/* the source compares too: "While not as common as infusion therapy, these injections" */
	if ((si = frequency_sides(s, s_lesser, &snl, s_greater, &sng, &send)) < s->n && sng > 0) {
		int mine_greater = shared(greater, ng, s_greater, sng) > 0;
		int mine_lesser = shared(lesser, nl, s_greater, sng) > 0;
		if (mine_lesser && !mine_greater) {
			drop_within(f, cs, ce);
			return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, cs, ce, s->v[si].s,
			    s->v[send].e);
		}
		settled |= mine_greater && !mine_lesser;
	}
	/*
	 * "IV infusions are more common than injections" against "nasal
	 * sprays ..., although these are less common": the words of the
	 * pair ("more" / "less") are said of other things
	 */
	if (settled)
		drop_within(f, cs, ce);
	return 0;
}

/* Whether a conflict found already holds source bytes within [ss, se). */
static int
source_told(const struct found *f, size_t ss, size_t se)
{
	for (size_t k = 0; k < f->n; k++)
		if (f->v[k].source_start < se && f->v[k].source_end > ss)
			return 1;
	return 0;
}

#define TIME_SWAP_REACH 12	/* tokens from a time word to the thing it is said of */
#define TIME_SWAP_THINGS 8	/* words both texts say, read for the two things */

/*
 * The token among tokens [from, to) of x of the stems[0 .. 2) nearest
 * token t (the first of two as near), or SIZE_MAX; its stem's index in
 * *which.
 */
static size_t
nearest_in(const struct text *x, size_t t, size_t from, size_t to, const char *const *stems,
    int *which)
{
	size_t best = SIZE_MAX, dist = SIZE_MAX;
	for (size_t k = from; k < to && k < x->n; k++)
		for (int w = 0; w < 2; w++)
			if (x->v[k].type == T_WORD && is_content(x, k) &&
			    strcmp(x->v[k].stem, stems[w]) == 0 && (k > t ? k - t : t - k) < dist) {
				dist = k > t ? k - t : t - k;
				best = k;
				*which = w;
			}
	return best;
}

/*
 * The token among x's of the stems[0 .. 2) nearest token t (SIZE_MAX:
 * none within TIME_SWAP_REACH tokens), its stem's index in *which.
 */
static size_t
nearest_of(const struct text *x, size_t t, const char *const *stems, int *which)
{
	return nearest_in(x, t, t > TIME_SWAP_REACH ? t - TIME_SWAP_REACH : 0,
	    t + TIME_SWAP_REACH + 1, stems, which);
}

/*
 * Which of the two stems the time word at token t is said of: the nearer
 * one in its own clause ("it takes weeks, while the regular
 * antidepressants work within hours": not "antidepressants" for
 * "weeks"); in a clause that opens with "it", the nearer one before it in
 * the sentence ("Ketamine is slow: it takes weeks"); else nearest_of's.
 * The token, or SIZE_MAX; *which says which stem.
 */
static size_t
thing_of_time(const struct text *x, size_t t, const char *const *stems, int *which)
{
	size_t cs = clause_start(x, t), ce = t, best;

	while (ce < x->n && !clause_punct(x, ce) && !among(wd(x, ce), CLAUSE_WORD))
		ce++;
	if ((best = nearest_in(x, t, cs, ce, stems, which)) != SIZE_MAX)
		return best;
	if (among(wd(x, cs), "it it's its"))
		for (size_t k = cs; k-- > 0 && !ends_sentence(x, k);)
			for (int w = 0; w < 2; w++)
				if (x->v[k].type == T_WORD && is_content(x, k) &&
				    strcmp(x->v[k].stem, stems[w]) == 0) {
					*which = w;
					return k;
				}
	return nearest_of(x, t, stems, which);
}

/*
 * Two things the times of which are swapped: "Ketamine takes weeks to
 * work, while conventional antidepressants work within hours" against
 * "Unlike conventional antidepressants, which may take weeks ...,
 * ketamine often produces results within hours".  The claim's two time
 * words of different units each stand nearest one of two things that
 * both texts say and WordNet holds to be different kinds of one kind
 * (lexicon's different_kinds), and in the source each unit stands nearest
 * the other thing.
 */
static int
find_time_swap(const struct text *c, const struct text *s,
    const struct conflict_lexicon *lex, struct found *f)
{
	size_t t[2], n = 0;
	int unit[2];
	for (size_t i = 0; i < c->n && n < 3; i++) {
		int u = c->v[i].type == T_WORD ? unit_of(wd(c, i)) : -1;
		if (u < 0 || UNIT[u].fam != FAM_TIME || (n == 1 && u == unit[0]))
			continue;
		if (n == 2)
			return 0;	/* three times: no two to swap */
		t[n] = i;
		unit[n++] = u;
	}
	if (n != 2)
		return 0;
	/*
	 * the two things both texts say that WordNet holds to be different
	 * kinds of one kind ("ketamine", "antidepressants": drugs)
	 */
	if (lex == NULL || lex->different_kinds == NULL)
		return 0;
	size_t cand[TIME_SWAP_THINGS];
	size_t ncand = 0;
	for (size_t i = 0; i < c->n && ncand < TIME_SWAP_THINGS; i++) {
		const char *st = c->v[i].stem;
		int seen = 0;
		for (size_t k = 0; k < ncand; k++)
			seen |= strcmp(c->v[cand[k]].stem, st) == 0;
		if (c->v[i].type == T_WORD && is_content(c, i) && !seen &&
		    unit_of(wd(c, i)) < 0 && holds_any(s, &st, 1))
			cand[ncand++] = i;
	}
	const char *things[2];
	int nthings = 0;
	for (size_t a = 0; a < ncand; a++)
		for (size_t b = a + 1; b < ncand; b++) {
			/*
			 * WordNet reads a plural by its base form ("antidepressants");
			 * a possessive ("Ketamine's the slowpoke") by its noun
			 */
			char wa[WORD_MAX], wb[WORD_MAX];
			possessive_base(wd(c, cand[a]), wa);
			possessive_base(wd(c, cand[b]), wb);
			if (!lex->different_kinds(lex->ctx, wa, wb))
				continue;
			if (nthings > 0)
				return 0;	/* more than one pair: whose time is whose? */
			things[0] = c->v[cand[a]].stem;
			things[1] = c->v[cand[b]].stem;
			nthings = 2;
		}
	if (nthings != 2)
		return 0;
	int mine[2];
	for (int k = 0; k < 2; k++)
		if (thing_of_time(c, t[k], things, &mine[k]) == SIZE_MAX)
			return 0;
	if (mine[0] == mine[1])
		return 0;
	for (size_t j = 0; j < s->n; j++) {
		int u = s->v[j].type == T_WORD ? unit_of(wd(s, j)) : -1, theirs;
		if (u != unit[0] || thing_of_time(s, j, things, &theirs) == SIZE_MAX ||
		    theirs != mine[1])
			continue;
		for (size_t m = 0; m < s->n; m++) {
			int v = s->v[m].type == T_WORD ? unit_of(wd(s, m)) : -1, other;
			if (v == unit[1] && thing_of_time(s, m, things, &other) != SIZE_MAX &&
			    other == mine[0])
				return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, c->v[t[0]].s,
				    c->v[t[0]].e, s->v[j].s, s->v[j].e);
		}
	}
	return 0;
}

/*
 * The way most people take a thing, said the rare one: the claim says
 * "Most ketamine patients take it as a tablet or a nasal spray", the
 * source of nasal sprays and oral tablets "although these are less
 * common" ("most", people within three tokens, a verb of taking, "as",
 * "via", "through" or "by" within three more, then the way).
 */
static int
find_most_take(const struct text *c, const struct text *s, struct found *f)
{
	const char *way[SIDE_MAX], *rare[SIDE_MAX];

	for (size_t i = 0; i + 4 < c->n; i++) {
		size_t k = i + 1, m, end, first;

		if (strcmp(wd(c, i), "most") != 0 || c->v[i].pol == POL_NEG)
			continue;
		while (k < c->n && k <= i + 3 && !among(wd(c, k), "patients people users folks"))
			k++;
		if (k > i + 3 || k + 1 >= c->n ||
		    !among(wd(c, k + 1), "take takes took get gets got receive receives use uses"))
			continue;
		for (m = k + 2; m < c->n && m <= k + 4 && !among(wd(c, m), "as via through by"); m++)
			;
		if (m > k + 4 || m >= c->n)
			continue;
		size_t nw = object_stems(c, m, way, &end);
		for (size_t j = 0; nw > 0 && j + 1 < s->n; j++) {
			if (!says_rare_at(s, j))
				continue;
			size_t nr = subject_stems(s, j, rare, &first);
			/* "you hardly ever see the IV" / "less common": told already */
			if (shared(way, nw, rare, nr) > 0 && !source_told(f, s->v[j].s, s->v[j + 1].e))
				return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, c->v[i].s,
				    c->v[end].e, s->v[first].s, s->v[j + 1].e);
		}
	}
	return 0;
}

/*
 * A degree turned round on its noun: the claim makes a thing "more
 * frequent" ("make traumatic flashbacks more frequent"), the source lowers
 * its frequency ("helps to reduce the severity and frequency of traumatic
 * flashbacks"), or the other way round: the claim's adjective and the
 * source's noun share their first six letters, a word of the claim's
 * before "more" follows the noun's "of", and the source's verb is not
 * negated.  A claim with a raising or lowering verb of its own says
 * nothing here.
 */
static int
find_degree_noun(const struct text *c, const struct text *s, struct found *f)
{
	if (has_word(c, RAISING) || has_word(c, LOWERING))
		return 0;
	for (size_t k = 1; k + 1 < c->n; k++) {
		const char *before[NEIGHBOURS];
		size_t nb;
		int up;

		/* "come more often" says "more frequent" */
		const char *adj = strcmp(wd(c, k + 1), "often") == 0 ? "frequent" : c->v[k + 1].w;

		if (!among(wd(c, k), "more less") || among(wprev(c, k), "no any") ||
		    (!is_content(c, k + 1) && adj == c->v[k + 1].w) ||
		    strcmp(wd(c, k + 2), "than") == 0)
			continue;
		up = strcmp(wd(c, k), "more") == 0;
		/* "less intense but more frequent": the noun before the first degree */
		size_t from = k, b = k - 1;
		while (b > 0 && among(wd(c, b), "actually really even much far way"))
			b--;	/* "but actually MORE frequent" */
		if (b >= 2 && among(wd(c, b), "but and yet") && among(wd(c, b - 2), "more less"))
			from = b - 2;
		if ((nb = neighbours(c, from, -1, before)) == 0)
			continue;
		for (size_t v = 0; v < s->n; v++) {
			int raises = among(wd(s, v), RAISING);

			if ((!raises && !among(wd(s, v), LOWERING)) || s->v[v].pol != POL_POS ||
			    raises == up)
				continue;
			for (size_t n = v + 1; n < s->n && n <= v + 6; n++) {
				if (clause_punct(s, n) || among(wd(s, n), CLAUSE_WORD))
					break;
				if (!is_content(s, n) || !same_root6(s->v[n].w, adj) ||
				    strcmp(wd(s, n + 1), "of") != 0)
					continue;
				for (size_t x = n + 2; x < s->n && x <= n + 5; x++) {
					const char *st = s->v[x].stem;

					if (is_content(s, x) && share(&st, 1, before, nb))
						return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM,
						    c->v[k].s, c->v[k + 1].e, s->v[v].s, s->v[n].e);
				}
			}
		}
	}
	return 0;
}

/* ---- order turned round --------------------------------------------------- */

/* Words that place a clause early or late in a story: "initially X", "Y came afterwards". */
#define EARLY_WORDS "first firstly initially originally"
#define LATE_WORDS "afterwards afterward later subsequently eventually"

/* 0 when token i places its clause early, 1 late, -1 neither ("began as" is early). */
static int
order_kind(const struct text *x, size_t i)
{
	if (x->v[i].type != T_WORD)
		return -1;
	if (among(x->v[i].w, EARLY_WORDS) ||
	    (among(x->v[i].w, "began begun started") && strcmp(wd(x, i + 1), "as") == 0))
		return 0;
	return among(x->v[i].w, LATE_WORDS) ? 1 : -1;
}

/*
 * The clause of order word i: [*from, *to) of x.  With after, only its
 * words after i; an order word alone before a comma ("First, consult
 * ...") places the clause after the comma, in a claim and in a source
 * alike (a source read otherwise than its claim made a text conflict with
 * itself: "Ketamine last First, it came afterwards").
 */
static void
order_clause(const struct text *x, size_t i, int after, size_t *from, size_t *to)
{
	size_t a = i, b = i + 1;

	while (a > 0 && !clause_punct(x, a - 1) && !among(wd(x, a - 1), CLAUSE_WORD))
		a--;
	while (b < x->n && !clause_punct(x, b) && !among(wd(x, b), CLAUSE_WORD))
		b++;
	if (b == i + 1 && a == i && is_punct(x, b, ",")) {
		a = b + 1;
		for (b = a; b < x->n && !clause_punct(x, b) && !among(wd(x, b), CLAUSE_WORD); b++)
			;
	} else if (after) {
		a = i + 1;
	}
	*from = a;
	*to = b;
}

/*
 * An order turned round: the claim places A early and B late ("began as a
 * psychiatric drug; its role in surgical anesthesia came afterwards"), the
 * source places a word of B's clause (and none of A's) early ("Initially
 * designed for anesthesia"), or a word of A's late.  A word in both of the
 * claim's clauses says nothing; the source's words are those after its
 * order word, not its subject ("Ketamine was later found ...").
 */
static int
find_order(const struct text *c, const struct text *s, struct found *f)
{
	size_t co[2] = { c->n, c->n }, from[2], to[2];

	for (size_t i = 0; i < c->n; i++) {
		int k = order_kind(c, i);
		if (k >= 0 && co[k] != c->n)
			return 0;	/* two early or two late words: no one order */
		if (k >= 0)
			co[k] = i;
	}
	if (co[0] == c->n || co[1] == c->n)
		return 0;
	for (int k = 0; k < 2; k++)
		order_clause(c, co[k], 0, &from[k], &to[k]);
	if (from[0] < to[1] && from[1] < to[0])
		return 0;	/* one clause: "first ... and later ..." */
	for (size_t j = 0; j < s->n; j++) {
		int k = order_kind(s, j), other;
		size_t a, b, hit = c->n, sw = s->n;

		if (k < 0)
			continue;
		other = !k;
		order_clause(s, j, 1, &a, &b);
		for (size_t m = a; m < b; m++) {
			size_t ci;
			const char *w = s->v[m].stem;

			int same;

			if (!is_content(s, m) || order_kind(s, m) >= 0)
				continue;
			same = stem_in(c, from[k], to[k], w) < c->n;
			ci = stem_in(c, from[other], to[other], w);
			if (same && ci < c->n)
				continue;	/* in both of the claim's clauses */
			if (same) {
				hit = c->n;	/* a word of the claim's placed the same way */
				break;
			}
			if (ci < c->n && hit == c->n) {
				hit = ci;
				sw = m;
			}
		}
		if (hit == c->n)
			continue;
		return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM,
		    c->v[hit < co[other] ? hit : co[other]].s, c->v[hit < co[other] ? co[other] : hit].e,
		    s->v[j].s, s->v[sw].e);
	}
	return 0;
}

/* Whether x has a clause opening with one of words and a comma ("First, ..."). */
static int
has_opening(const struct text *x, const char *words)
{
	for (size_t j = 0; j + 1 < x->n; j++)
		if (opens_clause(x, j) && is_punct(x, j + 1, ",") && among(wd(x, j), words))
			return 1;
	return 0;
}

/* Whether token k of x ends a step's words: punctuation, a clause word or "and". */
static int
step_end(const struct text *x, size_t k)
{
	return k >= x->n || clause_punct(x, k) || among(wd(x, k), CLAUSE_WORD) ||
	    among(wd(x, k), "and then");
}

/* The start of the step's words that end before token k: back to a step_end. */
static size_t
step_start(const struct text *x, size_t k)
{
	while (k > 0 && !step_end(x, k - 1))
		k--;
	return k;
}

/* Where the step's words that start at token k end: the next step_end. */
static size_t
step_stop(const struct text *x, size_t k)
{
	while (!step_end(x, k))
		k++;
	return k;
}

/* Whether x says "the first" or "the last" before token i ("the very last"). */
static int
after_the(const struct text *x, size_t i)
{
	return strcmp(wprev(x, i), "the") == 0 ||
	    (i >= 2 && strcmp(wprev(x, i), "very") == 0 && strcmp(wprev(x, i - 1), "the") == 0);
}

/*
 * The place the claim gives a step at token i: 0 first, 1 last, -1 none;
 * the step's words are [*a, *b) and (*pc, *pd) of c (either may be empty).
 * "consulting ... is the last of the recommended steps" (the words before
 * "the last", or after its copula: "the first step ... is to research"),
 * "step one is researching the process", "do your own research first",
 * "leave talking to a professional for the very last step", "talking to
 * a specialist comes after that".
 */
static int
step_place(const struct text *c, size_t i, size_t *a, size_t *b, size_t *pc, size_t *pd)
{
	*a = *b = *pc = *pd = i;
	if (c->v[i].type != T_WORD)
		return -1;
	/* "step one is researching the process": the step after the copula */
	if (strcmp(wd(c, i), "step") == 0 && among(wd(c, i + 1), "one 1") &&
	    among(wd(c, i + 2), "is was")) {
		*pc = i + 2;
		*pd = step_stop(c, i + 3);
		return 0;
	}
	/* "comes after that", "comes later", "comes last" */
	if (among(wd(c, i), "comes come came") &&
	    ((strcmp(wd(c, i + 1), "after") == 0 && among(wd(c, i + 2), "that this")) ||
	    among(wd(c, i + 1), "later afterwards last"))) {
		*a = step_start(c, i);
		*b = i;
		return 1;
	}
	if (!among(wd(c, i), "first last"))
		return -1;
	int last = strcmp(wd(c, i), "last") == 0;
	if (!after_the(c, i)) {
		/* "do your own research first": the words before it */
		if (last || !step_end(c, i + 1) || step_start(c, i) == i)
			return -1;
		*a = step_start(c, i);
		*b = i;
		return 0;
	}
	size_t from = step_start(c, i);
	while (from < i && among(wd(c, from), "the very for at leave leaving"))
		from++;
	/* "leave talking to a professional for the very last step" */
	if (from < i && (strcmp(wprev(c, i), "very") == 0 ? i >= 3 : i >= 2)) {
		size_t t = strcmp(wprev(c, i), "very") == 0 ? i - 2 : i - 1;
		size_t before = t > 0 && among(wd(c, t - 1), "for at") ? t - 1 : t;
		*a = step_start(c, before);
		while (*a < before && among(wd(c, *a), "leave leaving save saving"))
			(*a)++;
		*b = before;
		if (*a < *b)
			return last;
	}
	/*
	 * "the first step ... is to research what to expect": the step is
	 * named after its copula when nothing names it before
	 */
	size_t ce, pe;
	for (ce = i + 1; ce < c->n && !clause_punct(c, ce) && !among(wd(c, ce), "is are was were");
	    ce++)
		;
	if (ce >= c->n || !among(wd(c, ce), "is are was were"))
		return -1;
	for (pe = ce + 1; pe < c->n && !clause_punct(c, pe) && !among(wd(c, pe), CLAUSE_WORD) &&
	    !among(wd(c, pe), "before after"); pe++)
		;
	*pc = i;
	*pd = pe;
	return last;
}

/*
 * A step's place in a sequence turned round: the claim places a step
 * first or last (step_place), the source opens a clause with the other
 * place ("First, consult with a healthcare professional" against "the
 * last"; "Next, we recommend researching the process" against "step one
 * is researching the process") and the step's words and that sentence
 * share two content words at least.
 */
static int
find_sequence(const struct text *c, const struct text *s, struct found *f)
{
	for (size_t i = 0; i < c->n; i++) {
		size_t a, b, pc, pd;
		int last = step_place(c, i, &a, &b, &pc, &pd);

		if (last < 0)
			continue;
		const char *other = last ? "first firstly" : "next then second secondly finally lastly";
		if (has_opening(c, other))
			continue;	/* the claim names both places itself */
		for (size_t j = 0; j + 2 < s->n; j++) {
			size_t sa, sb, shared = 0, first = c->n, lastw = 0;

			if (!opens_clause(s, j) || !is_punct(s, j + 1, ",") || !among(wd(s, j), other))
				continue;
			/* the step is the sentence after its place word ("... who specializes in") */
			sa = j + 2;
			sb = sentence_end(s, sa);
			for (size_t m = sa; m < sb; m++) {
				size_t ci;

				if (!is_content(s, m) || ((ci = stem_in(c, a, b, s->v[m].stem)) == c->n &&
				    (ci = stem_in(c, pc + 1, pd, s->v[m].stem)) == c->n))
					continue;
				shared++;
				first = ci < first ? ci : first;
				lastw = ci > lastw ? ci : lastw;
				if (shared >= 2) {
					size_t cs = first < i ? first :
					    strcmp(wprev(c, i), "the") == 0 ? i - 1 : i;
					size_t ce = lastw > i ? lastw : i;
					return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, c->v[cs].s,
					    c->v[ce].e, s->v[j].s, s->v[m].e);
				}
			}
		}
	}
	return 0;
}

/* ---- substitutions ---------------------------------------------------------- */

/* Adverb particles of phrasal verbs that STOP does not hold. */
#define PARTICLES "away back down off"

/*
 * A name-like word: an acronym or a code ("NMDA", "GABA", "D2", "5-HT"):
 * two capitals or more, or a capital with a digit.  Such a word names one
 * thing, where a lower-case modifier ("new", "novel") may be a paraphrase.
 */
static int name_like(const struct text *x, size_t i)
{
	if (x->v[i].named)
		return 1;	/* "ampa" in a chat where the source writes "AMPA" */
	/* "cuts DOWN", "ALSO": capitals that stress a small word name nothing */
	if (is_stop(x->v[i].w) || among(x->v[i].w, PARTICLES))
		return 0;
	const char *t = x->t + x->v[i].s;
	size_t n = x->v[i].e - x->v[i].s, caps = 0, digits = 0;
	char lower[8];
	for (size_t k = 0; k < n; k++) {
		caps += t[k] >= 'A' && t[k] <= 'Z';
		digits += t[k] >= '0' && t[k] <= '9';
		if (k < sizeof lower - 1)
			lower[k] = t[k] >= 'A' && t[k] <= 'Z' ? (char)(t[k] - 'A' + 'a') : t[k];
	}
	/* clinical shorthand ("SE", "BP") stands for a word, no name */
	if (n < sizeof lower) {
		lower[n] = '\0';
		if (kin_shorthand(lower) != NULL)
			return 0;
	}
	return caps >= 2 || (caps >= 1 && digits >= 1);
}

/*
 * The content word that content word i modifies: the next token, or the
 * one after a closing parenthesis ("N-methyl-D-aspartate (NMDA)
 * receptors"); 0 when there is none.
 */
static size_t modified(const struct text *x, size_t i)
{
	size_t h = i + 1;
	if (x->v[i].type != T_WORD || !is_content(x, i) || x->v[i].pol != POL_POS)
		return 0;
	if (h < x->n && is_punct(x, h, ")"))
		h++;
	return h < x->n && x->v[h].type == T_WORD && is_content(x, h) &&
	    x->v[h].pol == POL_POS ? h : 0;
}

/* Whether word i names one thing: name-like, or a specific term (conflict_lexicon). */
static int
names_one(const struct text *x, size_t i, const struct conflict_lexicon *lex)
{
	char base[WORD_MAX];

	if (name_like(x, i))
		return 1;
	if (lex == NULL || lex->is_term == NULL)
		return 0;
	/* "ketamine's core target": the possessive names ketamine */
	possessive_base(x->v[i].w, base);
	return lex->is_term(lex->ctx, base);
}

/*
 * Two forms of one word rather than two words: "glutamate" and
 * "glutamatergic" share their first five letters.
 */
static int
same_root(const char *a, const char *b)
{
	size_t n = 0;

	while (a[n] != '\0' && a[n] == b[n])
		n++;
	return n >= 5 || a[n] == '\0' || b[n] == '\0';
}

#define UNKNOWN_TERM_MIN 5	/* letters of a word no dictionary knows, read as a term */

/*
 * The claim names one kind of a thing and the source another: "GABA
 * receptors" where the source says "NMDA receptors", "the dopamine
 * system" where it says "the glutamate system".  The claim's modifier is
 * not in the source's sentence, the source's nowhere in the claim, the noun
 * they modify is the same, and both name one thing (names_one).
 */
static int same_frame(const struct text *, size_t, const struct text *, size_t);
static int ends_sentence(const struct text *, size_t);

/*
 * Whether content stem w is in the sentence of x that token j is in: a
 * source may name the claim's modifier in another sentence ("target
 * neurotransmitters like serotonin.  ... modulates the brain's glutamate
 * system") and still give the phrase another one.
 */
static int
in_sentence_of(const struct text *x, size_t j, const char *w)
{
	size_t a = j, b = j;

	while (a > 0 && !ends_sentence(x, a - 1))
		a--;
	while (b < x->n && !ends_sentence(x, b))
		b++;
	for (size_t k = a; k < b; k++)
		if (is_content(x, k) && strcmp(x->v[k].stem, w) == 0)
			return 1;
	return 0;
}

static int
find_substitution(const struct text *c, const struct text *s,
    const struct conflict_lexicon *lex, struct found *f)
{
	for (size_t i = 0; i + 1 < c->n; i++) {
		size_t ch = modified(c, i), sh;
		const char *cm = c->v[i].stem;
		int named = -1;	/* names_one(c, i), asked once a head matches */
		if (ch == 0)
			continue;
		for (size_t j = 0; j + 1 < s->n; j++) {
			const char *sm = s->v[j].stem;
			size_t sh2;
			/* "Ketamine infusion therapy": a kind of "therapy" too */
			if ((sh = modified(s, j)) != 0 &&
			    strcmp(s->v[sh].stem, c->v[ch].stem) != 0 &&
			    (sh2 = modified(s, sh)) != 0 &&
			    strcmp(s->v[sh2].stem, c->v[ch].stem) == 0)
				sh = sh2;
			if (sh == 0 ||
			    strcmp(s->v[sh].stem, c->v[ch].stem) != 0 || holds_any(c, &sm, 1) ||
			    same_root(c->v[i].w, s->v[j].w) || in_sentence_of(s, j, cm))
				continue;
			/* a word no dictionary knows is a term too ("opioid receptors") */
			if (named < 0)
				named = names_one(c, i, lex) || (lex != NULL && lex->knows != NULL &&
				    strlen(c->v[i].w) >= UNKNOWN_TERM_MIN && !lex->knows(lex->ctx, c->v[i].w));
			if (!named)
				break;
			if (!names_one(s, j, lex))
				continue;
			/* "(NMDA) receptors": the name alone, without half the parenthesis */
			if (add(&f->v, &f->n, &f->cap, CONFLICT_SUBSTITUTION, c->v[i].s,
			    ch == i + 1 ? c->v[ch].e : c->v[i].e, s->v[j].s,
			    sh == j + 1 ? s->v[sh].e : s->v[j].e) < 0)
				return -1;
			/*
			 * in the same phrase ("modulation of the serotonin system" /
			 * "modulation of the glutamate system"): in its place
			 */
			f->v[f->n - 1].replaces = same_frame(c, i, s, j);
			break;
		}
	}
	return 0;
}

#define SLOT_FRAME 3	/* tokens before a slot that both texts must share */

/* Whether tokens a of x and b of y are the same word ("a" and "an" are). */
static int
same_token(const struct text *x, size_t a, const struct text *y, size_t b)
{
	if (x->v[a].type != y->v[b].type)
		return 0;
	return strcmp(x->v[a].w, y->v[b].w) == 0 ||
	    (among(x->v[a].w, "a an") && among(y->v[b].w, "a an"));
}

/* Whether the SLOT_FRAME tokens before i of c and j of s are the same, one a content word. */
static int
same_frame(const struct text *c, size_t i, const struct text *s, size_t j)
{
	size_t k, content = 0;

	for (k = 1; k <= SLOT_FRAME; k++) {
		if (k > i || k > j) {
			if (k <= i || k <= j)
				return 0;	/* one text starts sooner */
			break;
		}
		if (!same_token(c, i - k, s, j - k))
			return 0;
		content += is_content(c, i - k);
	}
	return content > 0;
}

/*
 * Whether claim word i and source word j stand in the same place: the
 * SLOT_FRAME tokens before each are the same words (or both texts start
 * sooner), one of them a content word, and the tokens after are the same
 * word or both punctuation (or both texts end).
 */
/*
 * Whether token k of x ends a slot's phrase: punctuation, or a
 * conjunction that joins clauses ("developed as an antidepressant and
 * subsequently attracted attention", "developed as an anaesthetic, has
 * garnered attention").
 */
static int
slot_end(const struct text *x, size_t k)
{
	return x->v[k].type == T_PUNCT || among(wd(x, k), "and but before after") ||
	    among(wd(x, k), CLAUSE_WORD);
}

static int
same_slot(const struct text *c, size_t i, const struct text *s, size_t j)
{
	/*
	 * either word may have one modifier of its own before it: "developed
	 * as a veterinary sedative" / "developed as an anaesthetic"
	 */
	if (!same_frame(c, i, s, j) &&
	    !(i >= 1 && is_content(c, i - 1) && same_frame(c, i - 1, s, j)) &&
	    !(j >= 1 && is_content(s, j - 1) && same_frame(c, i, s, j - 1)))
		return 0;
	if (i + 1 >= c->n || j + 1 >= s->n)
		return i + 1 >= c->n && j + 1 >= s->n;
	if (slot_end(c, i + 1) && slot_end(s, j + 1))
		return 1;
	return c->v[i + 1].type == s->v[j + 1].type && strcmp(c->v[i + 1].w, s->v[j + 1].w) == 0;
}

/* A substitution of source token j for claim token i that replaces it (conflict.h): 0, or -1. */
static int
add_replacing(struct found *f, const struct text *c, size_t i, const struct text *s, size_t j)
{
	if (add(&f->v, &f->n, &f->cap, CONFLICT_SUBSTITUTION, c->v[i].s, c->v[i].e, s->v[j].s,
	    s->v[j].e) < 0)
		return -1;
	f->v[f->n - 1].replaces = 1;
	return 0;
}

/*
 * One kind of thing put in another's place in a phrase both texts share:
 * "initially developed as an antidepressant," where the source says
 * "initially developed as an anaesthetic,".  Neither word is in the other
 * text, and the caller's lexicon says they are different kinds of one
 * kind (lex->different_kinds), neither a kind of the other.
 */
static int
find_slot_substitution(const struct text *c, const struct text *s,
    const struct conflict_lexicon *lex, struct found *f)
{
	if (lex == NULL || lex->different_kinds == NULL)
		return 0;
	for (size_t i = 1; i < c->n; i++) {
		const char *cm = c->v[i].stem;

		if (!is_content(c, i) || c->v[i].pol != POL_POS || holds_any(s, &cm, 1))
			continue;
		for (size_t j = 1; j < s->n; j++) {
			const char *sm = s->v[j].stem;

			if (!is_content(s, j) || s->v[j].pol != POL_POS || !same_slot(c, i, s, j) ||
			    holds_any(c, &sm, 1) || same_root(c->v[i].w, s->v[j].w) ||
			    !lex->different_kinds(lex->ctx, c->v[i].w, s->v[j].w))
				continue;
			if (add_replacing(f, c, i, s, j) < 0)
				return -1;
			f->v[f->n - 1].in_place = 1;
			break;
		}
	}
	return 0;
}


/*
 * The name token i of x is given by an identity after it: "chemical is
 * known as Glutamate", "receptor called AMPA", "chemical is serotonin",
 * "chemical, called glutamate,", "receptor in the brain named NMDA" (a
 * copula or a naming verb, then an optional "the", then one word that
 * ends the clause).  Its index, or 0.
 */
static size_t
name_after(const struct text *x, size_t i)
{
	size_t k = i + 1, said = 0;

	/* "the chemical, called glutamate," */
	if (is_punct(x, k, ",") && k + 1 < x->n && among_tok(x, k + 1, "called named known"))
		k++;
	/* "a particular receptor in the brain named NMDA": a place between */
	if (k + 2 < x->n && among_tok(x, k, "in of on within")) {
		size_t m = k + 1 + (strcmp(wd(x, k + 1), "the") == 0);
		if (m + 1 < x->n && is_content(x, m) && among_tok(x, m + 1, "called named known"))
			k = m + 1;
	}
	if (k < x->n && among_tok(x, k, "is are was were")) {
		k++;
		said = 1;
	}
	if (k + 1 < x->n && among_tok(x, k, "known referred") && among_tok(x, k + 1, "as to")) {
		k += 2 + (k + 2 < x->n && strcmp(wd(x, k + 2), "as") == 0);
		said = 1;
	} else if (k < x->n && among_tok(x, k, "called named termed")) {
		k++;
		said = 1;
	}
	if (k < x->n && strcmp(wd(x, k), "the") == 0)
		k++;
	if (!said || k >= x->n || x->v[k].type != T_WORD || x->v[k].pol != POL_POS ||
	    (k + 1 < x->n && !clause_punct(x, k + 1)))
		return 0;
	return k;
}

/*
 * Where the modifiers before noun i of x begin (content words and inner
 * hyphens, three words at most: "mood-dampening" is one modifier of two
 * words); *mods: how many words, 3 when there may be more.
 */
static size_t
modifiers_start(const struct text *x, size_t i, size_t *mods)
{
	size_t k = i;

	*mods = 0;
	while (k > 0 && *mods < 3 && ((x->v[k - 1].type == T_WORD && is_content(x, k - 1)) ||
	    inner_hyphen(x, k - 1))) {
		k--;
		*mods += x->v[k].type == T_WORD;
	}
	return k;
}

/*
 * The name token i of x is given by an apposition before it:
 * "serotonin, a chemical that dampens moods", "serotonin, a mood-dampening
 * chemical" (the name, a comma, an article, up to two modifiers, the
 * noun), or a relative clause's identity: "serotonin, which is the
 * chemical that dampens your mood".  Its index, or 0.
 */
static size_t
name_before(const struct text *x, size_t i)
{
	size_t mods, k = modifiers_start(x, i, &mods);

	if (mods == 3 || k < 3 || !among_tok(x, k - 1, "a an the"))
		return 0;
	k--;
	/* ", which is the": the relative clause back to its comma */
	if (k >= 4 && among_tok(x, k - 1, "is was") && among_tok(x, k - 2, "which that"))
		k -= 2;
	if (!is_punct(x, k - 1, ",") || x->v[k - 2].type != T_WORD || x->v[k - 2].pol != POL_POS)
		return 0;
	return k - 2;
}

/*
 * The name token i of x is given by an identity said the other way
 * round: "the serotonin is the chemical that brings your mood down",
 * "serotonin's the chemical" (one word, a copula, "the", up to two
 * modifiers, the noun; "a chemical" says what kind, not which).  Its
 * index, or 0.
 */
static size_t
name_is_before(const struct text *x, size_t i)
{
	size_t mods, k = modifiers_start(x, i, &mods);

	if (mods == 3 || k < 2 || strcmp(wd(x, k - 1), "the") != 0)
		return 0;
	/* "serotonin's the chemical": the copula clipped onto the name */
	size_t name = ends_with(wd(x, k - 2), strlen(wd(x, k - 2)), "'s") ? k - 2 : k - 3;
	if (name == k - 3 && (k < 3 || !among_tok(x, k - 2, "is was")))
		return 0;
	if (x->v[name].type != T_WORD || x->v[name].pol != POL_POS || !is_content(x, name) ||
	    (name > 0 && x->v[name - 1].type == T_WORD && is_content(x, name - 1)))
		return 0;
	return name;
}

/*
 * The claim's subject, named at its end: "The mood-dampening chemical
 * whose release is stimulated by the NMDA receptor is serotonin." -- the
 * last of the words that open the sentence (after a short opening phrase
 * and an article; before a participle's phrase, "The chemical released
 * by ..."), when the sentence closes on a copula and one word, or when
 * a question is answered by one word ("The chemical the receptor
 * releases? Serotonin, ...").  *name: that word.  The subject's index,
 * or 0.
 */
static size_t
subject_named_at_end(const struct text *x, size_t *name)
{
	size_t k = 0, head = 0, last = x->n, q = 0, bound, named;

	while (last > 0 && x->v[last - 1].type == T_PUNCT)
		last--;
	while (q < x->n && !is_punct(x, q, "?"))
		q++;
	/* "The mood-dampening chemical the receptor releases? Serotonin.": its answer */
	if (q >= 2 && q + 1 < x->n && x->v[q + 1].type == T_WORD && x->v[q + 1].pol == POL_POS &&
	    (q + 2 == x->n || clause_punct(x, q + 2))) {
		bound = q;
		named = q + 1;
	} else {
		/* "... is serotonin, in case you were wondering.": its first clause's end */
		for (size_t comma = 4; comma < last; comma++)
			if (is_punct(x, comma, ",") && among_tok(x, comma - 2, "is are was were") &&
			    x->v[comma - 1].type == T_WORD) {
				last = comma;
				break;
			}
		if (!(last >= 4 && among_tok(x, last - 2, "is are was were") &&
		    x->v[last - 1].type == T_WORD && x->v[last - 1].pol == POL_POS))
			return 0;
		bound = last - 2;
		named = last - 1;
	}
	/* "Per the leaflet, the chemical ...": past a short opening phrase */
	while (k < 4 && k < bound && x->v[k].type != T_PUNCT)
		k++;
	k = is_punct(x, k, ",") ? k + 1 : 0;
	if (k < x->n && among_tok(x, k, "a an the this"))
		k++;
	for (; k < bound && ((x->v[k].type == T_WORD && is_content(x, k)) ||
	    inner_hyphen(x, k)); k++) {
		/* "The chemical released by the receptor is ...": a participle's phrase */
		if (head != 0 && x->v[k].type == T_WORD && !inner_hyphen(x, k - 1) &&
		    ends_with(x->v[k].w, strlen(x->v[k].w), "ed"))
			break;
		if (x->v[k].type == T_WORD)
			head = k;
	}
	if (head == 0)
		return 0;
	*name = named;
	return head;
}

/* Whether token i of x is "another" one of its kind: "another receptor called AMPA". */
static int
another_one(const struct text *x, size_t i)
{
	return i > 0 && among_tok(x, i - 1, "another other second different");
}

/*
 * The claim names a thing one thing and the source another: "serotonin,
 * a chemical that dampens moods" or "the chemical ... is serotonin"
 * where the source says "this mood-regulating chemical is known as
 * Glutamate".  The thing is the same noun in both; the source names it
 * by an identity (name_after) or an apposition (name_before), neither
 * text as "another" one; both names name one thing (names_one), and
 * neither text holds the other's.
 */
static int
find_named_otherwise(const struct text *c, const struct text *s,
    const struct conflict_lexicon *lex, struct found *f)
{
	size_t end_name = 0, subject = subject_named_at_end(c, &end_name);

	for (size_t i = 0; i < c->n; i++) {
		if (c->v[i].type != T_WORD || !is_content(c, i) || another_one(c, i))
			continue;
		size_t y = i == subject ? end_name : name_after(c, i);
		if (y == 0 && (y = name_before(c, i)) == 0 && (y = name_is_before(c, i)) == 0)
			continue;
		const char *ym = c->v[y].stem;
		if (!is_content(c, y) || !names_one(c, y, lex) || holds_any(s, &ym, 1))
			continue;
		for (size_t j = 0; j < s->n; j++) {
			/* "another receptor called AMPA" is not the claim's receptor */
			if (s->v[j].type != T_WORD || strcmp(s->v[j].stem, c->v[i].stem) != 0 ||
			    another_one(s, j))
				continue;
			size_t z = name_after(s, j);
			if (z == 0 && (z = name_before(s, j)) == 0)
				continue;
			const char *zm = s->v[z].stem;
			if (!is_content(s, z) || holds_any(c, &zm, 1) || same_root(c->v[y].w, s->v[z].w) ||
			    !names_one(s, z, lex))
				continue;
			return add_replacing(f, c, y, s, z);
		}
	}
	return 0;
}

#define ROLE_VERBS "used reserved kept given administered prescribed employed"

/*
 * The first content word of what token i ("used") is used for: "used for
 * the initial treatment" -> "initial", past "for" or "as" and an article.
 * Its index, or 0.
 */
static size_t
used_for(const struct text *x, size_t i)
{
	size_t k = i + 1;

	if (k >= x->n || !among(wd(x, k), "for as"))
		return 0;
	k++;
	if (k < x->n && among(wd(x, k), "the a an"))
		k++;
	return k < x->n && x->v[k].type == T_WORD && is_content(x, k) ? k : 0;
}

/* Verbs of giving a drug by a route. */
#define GIVING "administered administer administers given give gives taken take takes " \
    "delivered deliver delivers received receive receives injected infused"

/* Words that say what is usual (not after "less", "least", "not"). */
#define USUAL "typically usually mostly mainly primarily commonly generally normally " \
    "ordinarily chiefly predominantly"

static int route_of(const struct text *, size_t);

/*
 * The routes x names in tokens [from, to) (a bit for each line of ROUTE),
 * and the first route token there (x->n when none).
 */
static unsigned
routes_between(const struct text *x, size_t from, size_t to, size_t *first)
{
	unsigned mask = 0;

	*first = x->n;
	for (size_t k = from; k < to; k++) {
		int r = is_content(x, k) ? route_of(x, k) : -1;
		if (r < 0)
			continue;
		mask |= 1u << r;
		if (*first == x->n)
			*first = k;
	}
	return mask;
}

static unsigned
routes_named(const struct text *x, size_t *first)
{
	return routes_between(x, 0, x->n, first);
}

/* Whether x says what is usual (a USUAL word not after "less", "least", "not") and gives. */
static int
says_usual_giving(const struct text *x)
{
	int usual = 0, giving = 0;

	for (size_t k = 0; k < x->n; k++) {
		if (x->v[k].type != T_WORD)
			continue;
		usual |= among(wd(x, k), USUAL) && !among(wprev(x, k), "less least not") &&
		    x->v[k].pol != POL_NEG;
		giving |= among(wd(x, k), GIVING);
	}
	return usual && giving;
}

/*
 * Whether a verb of giving comes before token k of x: the route is how a
 * thing is given ("is typically given as an intramuscular injection"),
 * not what is given ("Intramuscular injections are usually given in a
 * clinic").
 */
static int
given_before(const struct text *x, size_t k)
{
	while (k-- > 0)
		if (among(wd(x, k), GIVING))
			return 1;
	return 0;
}

/*
 * The usual route turned: the claim says how a drug is usually given
 * ("Ketamine is typically administered as an oral tablet"), the source
 * how it is usually given by other routes only ("Ketamine is typically
 * administered in a clinical setting through an intravenous (IV)
 * infusion"); both say what is usual and name a verb of giving, and they
 * share a content word that names no route.
 */
static int
find_usual_route(const struct text *c, const struct text *s, struct found *f)
{
	size_t ci, sj;
	unsigned cm = routes_named(c, &ci), sm = routes_named(s, &sj);

	if (cm == 0 || sm == 0 || (cm & sm) != 0 || !says_usual_giving(c) ||
	    !says_usual_giving(s))
		return 0;
	if (!given_before(c, ci))
		return 0;
	for (size_t k = 0; k < c->n; k++) {
		if (!is_content(c, k) || among(wd(c, k), USUAL) || among(wd(c, k), GIVING) ||
		    route_of(c, k) >= 0 || stem_in(s, 0, s->n, c->v[k].stem) == s->n)
			continue;
		if (add_replacing(f, c, ci, s, sj) < 0)
			return -1;
		f->v[f->n - 1].usual_route = 1;
		return 0;
	}
	return 0;
}

/*
 * A role turned round: the claim says a thing is used for what the source
 * says it follows ("Nasal sprays ... are mainly used for initial
 * treatment" against "These options are often used for maintenance
 * therapy after initial treatments").  The claim's subject (its clause's
 * content words before the verb) is in the source, or the source's
 * clause opens with "These", "This" or "Such" (it speaks of what the
 * sentence before named).
 */
static int
find_role_after(const struct text *c, const struct text *s, struct found *f)
{
	for (size_t i = 1; i < c->n; i++) {
		size_t x = among_tok(c, i, ROLE_VERBS) ? used_for(c, i) : 0;
		const char *xm;

		if (x == 0 || c->v[i].pol != POL_POS)
			continue;
		xm = c->v[x].stem;
		for (size_t j = 1; j < s->n; j++) {
			size_t y = among_tok(s, j, ROLE_VERBS) ? used_for(s, j) : 0, k, a, subject = 0;

			if (y == 0 || s->v[j].pol != POL_POS || strcmp(s->v[y].stem, xm) == 0)
				continue;
			for (k = y + 1; k < s->n && !clause_punct(s, k) &&
			    !among(wd(s, k), "after following"); k++)
				;
			if (k + 1 >= s->n || !among(wd(s, k), "after following"))
				continue;
			a = k + 1 + (among(wd(s, k + 1), "the a an") ? 1 : 0);
			if (a >= s->n || !is_content(s, a) || strcmp(s->v[a].stem, xm) != 0)
				continue;
			/* the same subject: named in the source, or "These options" */
			for (k = clause_start(c, i); k < i && !subject; k++) {
				const char *st = c->v[k].stem;
				subject = is_content(c, k) && holds_any(s, &st, 1);
			}
			if (!subject && !among(wd(s, clause_start(s, j)), "these this such"))
				continue;
			return add_replacing(f, c, x, s, y);
		}
	}
	return 0;
}

/* Whether token i of x is a word that opens with a capital letter. */
static int
capitalized(const struct text *x, size_t i)
{
	return x->v[i].type == T_WORD && x->t[x->v[i].s] >= 'A' && x->t[x->v[i].s] <= 'Z';
}

/*
 * Whether the acronym of claim token i spells the capitalized words of
 * source tokens [j, e), "of" and "and" passed over: "NIH" for "National
 * Institutes of Health".
 */
static int
spells(const struct text *c, size_t i, const struct text *s, size_t j, size_t e)
{
	const char *a = c->t + c->v[i].s;
	size_t n = c->v[i].e - c->v[i].s, k = 0;

	for (; j < e; j++) {
		if (!capitalized(s, j))
			continue;
		if (k == n || s->t[s->v[j].s] != a[k])
			return 0;
		k++;
	}
	return k == n;
}

/*
 * The end of the capitalized name that starts at token i ("Food and Drug
 * Administration": its capitalized words, "of" and "and" between them):
 * i itself when token i is no capitalized word.
 */
static size_t
capitalized_run(const struct text *x, size_t i)
{
	size_t e = i;

	while (e < x->n && (capitalized(x, e) || (e > i && among(x->v[e].w, "of and") &&
	    e + 1 < x->n && capitalized(x, e + 1))))
		e++;
	return e;
}

/* Whether names [i, ce) of c and [j, e) of s are the same words. */
static int
same_run(const struct text *c, size_t i, size_t ce, const struct text *s, size_t j, size_t e)
{
	if (ce - i != e - j)
		return 0;
	for (size_t k = 0; k < ce - i; k++)
		if (strcmp(c->v[i + k].w, s->v[j + k].w) != 0)
			return 0;
	return 1;
}

/*
 * One body's name in another's place: "research by the FDA" (or "by the
 * Food and Drug Administration") where the source says "research by the
 * National Institute of Health".  The claim's word is an acronym, or the
 * first of a capitalized name of two words or more, that the source does
 * not hold; the source's a capitalized name (not the sentence's first
 * word) that the acronym does not spell (nor spells the claim's name),
 * after the same SLOT_FRAME tokens, or both after "by" in clauses that
 * tell one deed (agent_slot).
 */
#define AGENT_SHARED 2	/* content words the clauses of two agents share */

/*
 * Whether claim word i and source word j name who does a deed both
 * clauses tell: each after "by" ("the" perhaps between), their clauses
 * sharing AGENT_SHARED content words ("ongoing research on new
 * indications is being run by the FDA" / "ongoing research by the National
 * Institute of Health explores new indications").
 */
static int
agent_slot(const struct text *c, size_t i, const struct text *s, size_t j)
{
	size_t a = i, b = j, shared = 0, cs, ss, se;

	if (a > 0 && strcmp(wd(c, a - 1), "the") == 0)
		a--;
	if (b > 0 && strcmp(wd(s, b - 1), "the") == 0)
		b--;
	if (a == 0 || b == 0 || strcmp(wd(c, a - 1), "by") != 0 || strcmp(wd(s, b - 1), "by") != 0)
		return 0;
	cs = clause_start(c, a - 1);
	ss = clause_start(s, b - 1);
	for (se = b; se < s->n && !clause_punct(s, se); se++)
		;
	for (size_t k = cs; k + 1 < a; k++)
		shared += is_content(c, k) && stem_in(s, ss, se, c->v[k].stem) < s->n;
	return shared >= AGENT_SHARED;
}

static int
find_name_in_slot(const struct text *c, const struct text *s, struct found *f)
{
	for (size_t i = 1; i < c->n; i++) {
		const char *cm = c->v[i].stem;

		size_t k, ce = capitalized_run(c, i);

		if (!is_content(c, i) || (!name_like(c, i) && ce < i + 2) ||
		    holds_any(s, &cm, 1))
			continue;
		for (k = 0; k < f->n && f->v[k].claim_start != c->v[i].s; k++)
			;
		if (k < f->n)
			continue;	/* another rule has found it ("GABA receptors" / "NMDA receptors") */
		for (size_t j = 1; j < s->n; j++) {
			size_t e;

			if (!capitalized(s, j) ||
			    (!same_frame(c, i, s, j) && !agent_slot(c, i, s, j)))
				continue;
			e = capitalized_run(s, j);
			if (name_like(c, i) ? spells(c, i, s, j, e) :
			    (e == j + 1 && spells(s, j, c, i, ce)) || same_run(c, i, ce, s, j, e))
				break;
			if (add(&f->v, &f->n, &f->cap, CONFLICT_SUBSTITUTION, c->v[i].s,
			    name_like(c, i) ? c->v[i].e : c->v[ce - 1].e, s->v[j].s, s->v[e - 1].e) < 0)
				return -1;
			/* one body in the other's slot: it does the research, not both */
			f->v[f->n - 1].in_place = 1;
			f->v[f->n - 1].replaces = 1;
			break;
		}
	}
	return 0;
}

/* The route token i of x names (ROUTE), or -1. */
/* The route class (ROUTE) of the lower-case word w, or -1. */
static int
route_of_word(const char *w)
{
	for (size_t r = 0; r < NROUTE; r++)
		if (among(w, ROUTE[r]))
			return (int)r;
	return -1;
}

static int
route_of(const struct text *x, size_t i)
{
	for (size_t r = 0; r < NROUTE; r++)
		if (among_tok(x, i, ROUTE[r]))
			return (int)r;
	/* "the IV's the odd one out": the route, before "'s" */
	size_t n = strlen(x->v[i].w);
	char base[WORD_MAX];
	if (n > 2 && n < sizeof base && strcmp(x->v[i].w + n - 2, "'s") == 0) {
		memcpy(base, x->v[i].w, n - 2);
		base[n - 2] = '\0';
		return route_of_word(base);
	}
	return -1;
}

/*
 * A route the claim gives a drug against another that the source gives
 * right by the same name, the source saying none of the claim's routes:
 * "Esketamine is given as an oral tablet" against "Intranasal esketamine
 * is another option" ("Esketamine, an intravenous form", too).  The name
 * is a claim word at most ROUTE_REACH tokens from the claim's first route
 * word; the source's route word stands next to it.
 */
#define ROUTE_REACH 8
static int
find_route(const struct text *c, const struct text *s, struct found *f)
{
	size_t first, any;
	unsigned said = routes_named(c, &first);

	if (said == 0 || (routes_named(s, &any) & said) != 0)
		return 0;	/* no route, or the source says a route of the claim's */
	for (size_t j = 0; j < s->n; j++) {
		int r = is_content(s, j) ? route_of(s, j) : -1;
		if (r < 0)
			continue;
		for (int side = -1; side <= 1; side += 2) {
			size_t k = side < 0 ? j - 1 : j + 1;
			if ((side < 0 && j == 0) || k >= s->n || !is_content(s, k) ||
			    route_of(s, k) >= 0)
				continue;
			for (size_t i = 0; i < c->n; i++) {
				if (!is_content(c, i) || route_of(c, i) >= 0 ||
				    strcmp(c->v[i].stem, s->v[k].stem) != 0 ||
				    (i > first ? i - first : first - i) > ROUTE_REACH)
					continue;
				return add(&f->v, &f->n, &f->cap, CONFLICT_SUBSTITUTION, c->v[first].s,
				    c->v[first].e, s->v[j].s, s->v[j].e) < 0 ? -1 : 0;
			}
		}
	}
	return 0;
}

#define NAME_MIN 5	/* letters of a name no dictionary knows, whose route a clause gives */

/*
 * The routes of the source's clause that holds token j: from the clause's
 * opening punctuation, comma or clause word to its closing one.
 */
static unsigned
clause_routes_at(const struct text *s, size_t j, size_t *route)
{
	size_t a = j, b = j + 1;

	while (a > 0 && !clause_punct(s, a - 1) && !is_punct(s, a - 1, ",") &&
	    !among(wd(s, a - 1), CLAUSE_WORD))
		a--;
	while (b < s->n && !clause_punct(s, b) && !is_punct(s, b, ",") &&
	    !among(wd(s, b), CLAUSE_WORD))
		b++;
	return routes_between(s, a, b, route);
}

/*
 * A route the claim gives a named drug against the route the source's
 * clause gives the same name, though the source names the claim's route
 * elsewhere: "Esketamine is taken as a tablet that patients swallow"
 * against "Nasal sprays like intranasal esketamine are administered
 * through the nose, and oral treatments involve swallowing ...".  Only a
 * name no dictionary knows ("esketamine"; not "ketamine", said of every
 * route): a drug of one route.
 */
static int
find_route_of_name(const struct text *c, const struct text *s,
    const struct conflict_lexicon *lex, struct found *f)
{
	size_t first, route;
	unsigned said = routes_named(c, &first);

	/* a conflict found already (find_route's among them) tells it */
	if (f->n > 0 || said == 0 || lex == NULL || lex->knows == NULL)
		return 0;
	for (size_t i = 0; i < c->n; i++) {
		if (!is_content(c, i) || route_of(c, i) >= 0 || strlen(c->v[i].w) < NAME_MIN ||
		    lex->knows(lex->ctx, c->v[i].w))
			continue;
		for (size_t j = 0; j < s->n; j++) {
			unsigned theirs;
			if (!is_content(s, j) || strcmp(c->v[i].stem, s->v[j].stem) != 0)
				continue;
			theirs = clause_routes_at(s, j, &route);
			if (theirs == 0 || (theirs & said) != 0)
				continue;
			if (add(&f->v, &f->n, &f->cap, CONFLICT_SUBSTITUTION, c->v[first].s,
			    c->v[first].e, s->v[route].s, s->v[route].e) < 0)
				return -1;
			f->v[f->n - 1].replaces = 1;	/* the name's own route, in its place */
			return 0;
		}
	}
	return 0;
}

#define VARIANT_MIN 6	/* letters of a name another name ends with */

/*
 * A name the dictionary does not know that ends with one it knows as a
 * term, the source saying the shorter one and not the claim's:
 * "Esketamine is given by intravenous infusion" against "ketamine is
 * administered ... through an intravenous (IV) line".  A prefix makes
 * another substance of a name ("es-", "nor-", "ar-"); a word the
 * dictionary knows ("antidepressant", "intravenous") is a word of its
 * own, not a variant.
 */
static int
find_name_variant(const struct text *c, const struct text *s,
    const struct conflict_lexicon *lex, struct found *f)
{
	if (lex == NULL || lex->knows == NULL || lex->is_term == NULL)
		return 0;
	for (size_t i = 0; i < c->n; i++) {
		const char *cw = c->v[i].w, *cm = c->v[i].stem;
		size_t cn = strlen(cw);
		int known = -1;

		if (!is_content(c, i) || cn < VARIANT_MIN + 2 || holds_any(s, &cm, 1))
			continue;
		for (size_t j = 0; j < s->n; j++) {
			const char *sw = s->v[j].w;
			size_t sn = strlen(sw);

			if (!is_content(s, j) || sn < VARIANT_MIN || sn + 2 > cn ||
			    strcmp(cw + cn - sn, sw) != 0)
				continue;
			if (known < 0)
				known = lex->knows(lex->ctx, cw);
			if (known || !lex->is_term(lex->ctx, sw))
				break;
			if (add(&f->v, &f->n, &f->cap, CONFLICT_SUBSTITUTION, c->v[i].s, c->v[i].e,
			    s->v[j].s, s->v[j].e) < 0)
				return -1;
			break;
		}
	}
	return 0;
}

/*
 * Token i of x when it is a one-letter prefix of a word, "S-" of
 * "S-ketamine" or "T-" of "T-cells": the word's token (i + 2), or 0.
 */
static size_t
letter_prefixed(const struct text *x, size_t i)
{
	if (x->v[i].type != T_WORD || strlen(x->v[i].w) != 1 || i + 2 >= x->n ||
	    !inner_hyphen(x, i + 1) || !is_content(x, i + 2))
		return 0;
	return i + 2;
}

/* Whether x says word stem with the one-letter prefix letter ("R-" of "R-ketamine"). */
static int
says_prefixed(const struct text *x, const char *letter, const char *stem)
{
	for (size_t j = 0; j < x->n; j++) {
		size_t k = letter_prefixed(x, j);
		if (k > 0 && strcmp(x->v[j].w, letter) == 0 && strcmp(x->v[k].stem, stem) == 0)
			return 1;
	}
	return 0;
}

/*
 * One word with another one-letter prefix: "low doses of R-ketamine"
 * against "low doses of S-ketamine" (mirror forms of a molecule, "T-cells"
 * and "B-cells"), when the source never says the claim's form.
 */
static int
find_letter_variant(const struct text *c, const struct text *s, struct found *f)
{
	for (size_t i = 0; i < c->n; i++) {
		size_t ci = letter_prefixed(c, i);
		if (ci == 0 || says_prefixed(s, c->v[i].w, c->v[ci].stem))
			continue;
		for (size_t j = 0; j < s->n; j++) {
			size_t sj = letter_prefixed(s, j);
			if (sj == 0 || strcmp(s->v[sj].stem, c->v[ci].stem) != 0)
				continue;
			return add(&f->v, &f->n, &f->cap, CONFLICT_SUBSTITUTION, c->v[i].s,
			    c->v[ci].e, s->v[j].s, s->v[sj].e);
		}
	}
	return 0;
}

/* ---- tags in parentheses ---------------------------------------------------- */

/* Where the clause of token i starts: past clause punctuation and clause words. */
static size_t
clause_start(const struct text *x, size_t i)
{
	while (i > 0 && !clause_punct(x, i - 1) && !among(wd(x, i - 1), CLAUSE_WORD))
		i--;
	return i;
}

#define TAGS_MAX 8

/* A word the source names with an acronym and tags other words with. */
struct tag {
	size_t name;	/* the token defined: "subcutaneous" in "subcutaneous (SC)" */
	size_t acronym;	/* its acronym's token */
};

/* Whether tokens [from, to) of x hold word w, content or not ("IM", "SC"). */
static int
word_in(const struct text *x, size_t from, size_t to, const char *w)
{
	for (size_t k = from; k < to; k++)
		if (x->v[k].type == T_WORD && strcmp(x->v[k].w, w) == 0)
			return 1;
	return 0;
}

/*
 * Whether token i of x is an acronym in parentheses, "(" i ")": 1 when the
 * word before the "(" is a content word, its name.
 */
static int
in_parentheses(const struct text *x, size_t i)
{
	return i >= 1 && i + 1 < x->n && is_punct(x, i - 1, "(") && is_punct(x, i + 1, ")") &&
	    x->v[i].type == T_WORD && name_like(x, i);
}

/*
 * The route class (ROUTE) word k of x names, or -1: route_of, content word
 * or not ("IV", which routes_between passes over, is one); "into the
 * muscle" names the intramuscular route (the word itself stays "muscle",
 * which find_tag_swap reads).
 */
static int
route_class(const struct text *x, size_t k)
{
	if (x->v[k].type != T_WORD)
		return -1;
	if (k >= 2 && among(wd(x, k), "muscle muscles") && among(wd(x, k - 1), "the a") &&
	    among(wd(x, k - 2), "into in"))
		return route_of_word("intramuscular");
	return route_of(x, k);
}

/* Whether a word of rarity starts at token k: "rare", "rarely", "less common", "least often". */
static int
rarity_at(const struct text *x, size_t k)
{
	if (x->v[k].type != T_WORD || x->v[k].pol == POL_NEG)
		return 0;
	if (among(wd(x, k), "rare rarely rarer rarest uncommon infrequent infrequently seldom "
	    "exception unusual"))
		return 1;
	/* "the IV's the odd one out that you hardly ever see" */
	if (among(wd(x, k), "hardly scarcely barely") && strcmp(wd(x, k + 1), "ever") == 0)
		return 1;
	return k + 1 < x->n && among(wd(x, k), "less least") &&
	    among(wd(x, k + 1), "common commonly often frequent frequently used popular usual");
}

/* Whether a word of commonness starts at token k: "main", "go-to", "most common", "usual". */
static int
commonness_at(const struct text *x, size_t k)
{
	if (x->v[k].type != T_WORD || x->v[k].pol == POL_NEG ||
	    among(wprev(x, k), "less least not"))
		return 0;
	if (among(wd(x, k), "main usual standard primary commonest"))
		return 1;
	if (strcmp(wd(x, k), "go") == 0 && k + 2 < x->n && is_punct(x, k + 1, "-") &&
	    strcmp(wd(x, k + 2), "to") == 0)
		return 1;
	return k + 1 < x->n && strcmp(wd(x, k), "most") == 0 &&
	    among(wd(x, k + 1), "common commonly often frequently popular");
}

/* Whether "than" follows token k in its clause: a comparison (find_frequency_sides's). */
static int
compares_after(const struct text *x, size_t k)
{
	for (size_t m = k + 1; m < x->n && !clause_punct(x, m); m++)
		if (strcmp(wd(x, m), "than") == 0)
			return 1;
	return 0;
}

/* The last token of a degree that starts at k: "less common", "most often", "rare". */
static size_t
degree_end(const struct text *x, size_t k)
{
	return k + 1 < x->n && among(wd(x, k), "less least most") ? k + 1 : k;
}

/*
 * The route classes named in the clause of token k (bits), up to a
 * comparison's other side ("next to", "compared with"), or in the clause
 * before when this one speaks of it by a pronoun ("although these are
 * less common", "they're the rarer pick").
 */
static unsigned
clause_routes(const struct text *x, size_t k)
{
	size_t cs = clause_start(x, k), ce = k, m = cs;
	unsigned routes = 0;
	/* "intramuscular (IM) and subcutaneous (SC) injections": an acronym's brackets go on */
	while (cs >= 3 && is_punct(x, cs - 1, ")") && is_punct(x, cs - 3, "("))
		cs = clause_start(x, cs - 3);
	m = cs;
	/* "the rarer pick next to the IV drip", "an alternative to infusion": the other side */
	while (ce < x->n && !clause_punct(x, ce) && !among(wd(x, ce), "beside versus vs than") &&
	    !(among(wd(x, ce), "next compared relative alternative alternatives") &&
	    among(wd(x, ce + 1), "to with")))
		ce++;
	while (m < k && among(wd(x, m), CLAUSE_WORD))
		m++;
	if (m < k && among(wd(x, m), "these those they they're theyre it it's this")) {
		ce = cs;
		while (ce > 0 && (x->v[ce - 1].type != T_WORD || among(wd(x, ce - 1), CLAUSE_WORD)))
			ce--;
		cs = ce > 0 ? clause_start(x, ce - 1) : 0;
	}
	for (m = cs; m < ce; m++) {
		int r = route_class(x, m);
		if (r >= 0)
			routes |= 1u << r;
	}
	return routes;
}

/*
 * What a source calls rare, from its rarity word at token j: the first
 * two content stems after it ("in rare cases, hallucinations"; "Although
 * rare, allergic reactions ... may occur") or the content word before
 * "is"/"are" before it ("hallucinations are rare").  Returns how many.
 */
static size_t
rare_things(const struct text *s, size_t j, const char **out)
{
	size_t n = 0;
	if (j >= 2 && among(wd(s, j - 1), "is are") && is_content(s, j - 2))
		out[n++] = s->v[j - 2].stem;
	for (size_t m = j + 1; m < s->n && m <= j + 6 && n < 2; m++) {
		if (s->v[m].type == T_PUNCT && strcmp(s->v[m].w, ",") != 0)
			break;
		if (!is_content(s, m) || among(wd(s, m), "cases case instances occasions"))
			continue;
		out[n++] = s->v[m].stem;	/* and its head: "allergic reactions" */
		if (m + 1 < s->n && is_content(s, m + 1) && n < 2)
			out[n++] = s->v[m + 1].stem;
		/* "in rare cases, hallucinations or psychosis": the other one too */
		else if (m + 2 < s->n && among(wd(s, m + 1), "or and") && is_content(s, m + 2))
			out[n++] = s->v[m + 2].stem;
		break;
	}
	return n;
}

/*
 * Whether the claim calls one of things[0 .. nt) rare: a rarity word
 * (rarity_at) whose rare things (rare_things), or else its clause, hold
 * it.
 */
static int
rare_in_claim(const struct text *c, const char **things, size_t nt)
{
	for (size_t k = 0; k < c->n; k++) {
		const char *own[3];
		size_t no;
		if (!rarity_at(c, k))
			continue;
		if ((no = rare_things(c, k, own)) == 0) {
			/* "it's nausea that occurs only in rare cases": its clause */
			size_t m = clause_start(c, k);
			for (; m < c->n && !clause_punct(c, m); m++)
				for (size_t t = 0; t < nt; t++)
					if (is_content(c, m) && strcmp(c->v[m].stem, things[t]) == 0)
						return 1;
			continue;
		}
		for (size_t a = 0; a < no; a++)
			for (size_t t = 0; t < nt; t++)
				if (strcmp(own[a], things[t]) == 0)
					return 1;
	}
	return 0;
}

/*
 * Most against rare: the claim says hallucinations come to "most
 * patients" or that allergic reactions are "among the most common side
 * effects", the source "in rare cases, hallucinations" or "Although rare,
 * allergic reactions ... may occur".  The thing must be what the source
 * calls rare, named in the claim's clause of "most" or "common".
 */
static int
find_most_rare(const struct text *c, const struct text *s, struct found *f)
{
	for (size_t j = 0; j < s->n; j++) {
		const char *things[3];
		size_t nt;
		/* the pair "common" / "rare" may have told it */
		if (s->v[j].pol == POL_NEG || !among(wd(s, j), "rare rarely uncommon") ||
		    already_found(f, SIZE_MAX, s->v[j].s) || (nt = rare_things(s, j, things)) == 0)
			continue;
		/*
		 * the claim calls the thing rare itself ("Hallucinations are
		 * rare; most patients never get them"); another thing it calls
		 * rare ("it's nausea that occurs only in rare cases") is no
		 * agreement
		 */
		if (rare_in_claim(c, things, nt))
			return 0;
		for (size_t k = 0; k < c->n; k++) {
			if (c->v[k].type != T_WORD || c->v[k].pol == POL_NEG ||
			    !(among(wd(c, k),
			    "commonest most majority common commonly frequent frequently") &&
			    !among(wprev(c, k), "less least not")))
				continue;
			size_t cs = clause_start(c, k), ce = k;
			while (ce < c->n && !clause_punct(c, ce))
				ce++;
			/* "hallucinations, which occur in most patients": its antecedent */
			if (cs >= 3 && among(wd(c, cs - 1), "which that who") &&
			    is_punct(c, cs - 2, ","))
				cs -= 3;
			/*
			 * "Allergic reactions? They're one of the most common",
			 * "... ? Those are common", "Hallucinations, that's the
			 * side effect you'll see most often": the thing before
			 */
			else if (cs >= 2 && among(wd(c, cs),
			    "they they're theyre it it's that's thats those these") &&
			    c->v[cs - 1].type == T_PUNCT)
				cs = clause_start(c, cs - 2);
			/*
			 * "most patients" counts people, whatever they have; "the most
			 * common side effects" and "frequent monitoring" qualify a noun,
			 * so the thing must be their clause's subject, before a copula
			 */
			size_t next = k + 1;
			while (next < ce && among(wd(c, next),
			    "common commonly frequent frequently occurring"))
				next++;
			/*
			 * "most infusions" counts occasions, as "most patients"
			 * counts people; a phrase after a comma ("Hallucinations
			 * top side effect, seen in most infusions") tells of the
			 * clause before
			 */
			int occasions = next < ce && among(wd(c, next),
			    "cases doses infusions occasions sessions times treatments");
			if (occasions && cs >= 2 && is_punct(c, cs - 1, ","))
				cs = clause_start(c, cs - 2);
			/*
			 * "hallucinations were the most frequently encountered",
			 * "the side effect you'll run into most often": the thing's
			 */
			if (next < ce && is_content(c, next) && !occasions &&
			    strcmp(wd(c, next), "often") != 0 &&
			    !among(wd(c, next), "patients people users individuals persons") &&
			    !(among(wd(c, next),
			    "encountered experienced noted observed reported seen") &&
			    (next + 1 == c->n || clause_punct(c, next + 1) ||
			    is_punct(c, next + 1, ",")))) {
				size_t cop = cs;
				/* "the most common side effects": a kind the thing is one of */
				/* "the most frequent one": one of the kind the sentence names */
				if (!among(wd(c, next), "adverse side effects reactions risks "
				    "complications problems issues symptoms events occurrences outcomes "
				    "one ones things"))
					continue;
				while (cop < k && !among(wd(c, cop),
				    "is are was were rank ranks they're theyre it's"))
					cop++;
				/*
				 * "Allergic reactions happen all the time, one of the
				 * most common things they see": set off after the
				 * sentence's thing
				 */
				if (cop == k && cs >= 2 && is_punct(c, cs - 1, ",") &&
				    among(wd(c, cs), "one among")) {
					ce = cs - 1;
					while (cs > 0 && !ends_sentence(c, cs - 1))
						cs--;
				} else if (cop == k)
					continue;
				else
					ce = cop;
			}
			for (size_t m = cs; m < ce; m++)
				for (size_t t = 0; t < nt; t++)
					if (is_content(c, m) && strcmp(c->v[m].stem, things[t]) == 0)
						return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM,
						    c->v[k].s, c->v[k].e, s->v[j].s, s->v[j].e);
		}
	}
	return 0;
}

/*
 * Which routes are common turned round: the claim says IV infusions are
 * "the rare option" (or tablets "the main way"), the source that tablets
 * and sprays "are less common" beside IV infusions.  Routes are compared
 * by class (ROUTE): a pill is a tablet, a drip an infusion.
 */
static int
find_route_frequency(const struct text *c, const struct text *s, struct found *f)
{
	unsigned rare = 0, named = 0;
	size_t at = 0;
	/*
	 * a source's "IM and SC injections are alternative options" says they
	 * are not the usual route (a claim's "an alternative" says no rarity)
	 */
	for (size_t j = 0; j < s->n; j++)
		if ((rarity_at(s, j) || (among(wd(s, j), "alternative alternatives") &&
		    s->v[j].pol == POL_POS)) && rare == 0 && !compares_after(s, j) &&
		    (rare = clause_routes(s, j)) != 0)
			at = j;
	if (rare == 0)
		return 0;
	for (size_t j = 0; j < s->n; j++) {
		int r = route_class(s, j);
		if (r >= 0)
			named |= 1u << r;
	}
	size_t s_end = s->v[degree_end(s, at)].e;
	for (size_t k = 0; k < c->n; k++) {
		unsigned mine;
		/* "rarer than": a comparison; "the most common way, way more than IV" is none */
		if (compares_after(c, k) && !commonness_at(c, k))
			continue;
		/* the pair of words ("most" / "less" of one subject) may have told it */
		if (already_found(f, c->v[k].s, s->v[at].s))
			continue;
		if ((rarity_at(c, k) && (mine = clause_routes(c, k)) != 0 &&
		    (mine & rare) == 0 && (mine & named & ~rare) != 0) ||
		    (commonness_at(c, k) && (mine = clause_routes(c, k)) != 0 &&
		    (mine & rare) != 0 && (mine & ~rare) == 0))
			return add(&f->v, &f->n, &f->cap, CONFLICT_ANTONYM, c->v[k].s,
			    c->v[degree_end(c, k)].e, s->v[at].s, s_end);
	}
	return 0;
}

/*
 * Parallel roles told apart by tags: the source names two things with
 * acronyms ("intramuscular (IM) and subcutaneous (SC) injections") and tags
 * what belongs to each ("into the muscle (IM) or beneath the skin (SC)").
 * A claim clause that puts one thing's name with the other's tagged word
 * ("Subcutaneous injections deliver ketamine into the muscle", "The SC
 * shot goes deep into the muscle"), and not
 * that other's name, joins what the source sets apart: a CONTRAST from the
 * claim's name to the tagged word, against the tagged word and its tag.
 */
static int
find_tag_swap(const struct text *c, const struct text *s, struct found *f)
{
	struct tag def[TAGS_MAX];
	size_t ndef = 0, i, j, k;

	for (j = 0; j < s->n && ndef < TAGS_MAX; j++) {
		if (!in_parentheses(s, j) || j < 2 || !is_content(s, j - 2))
			continue;
		for (k = 0; k < ndef && strcmp(s->v[def[k].acronym].w, s->v[j].w) != 0; k++)
			;
		if (k == ndef) {
			def[ndef].name = j - 2;
			def[ndef].acronym = j;
			ndef++;
		}
	}
	if (ndef < 2)
		return 0;
	for (j = 0; j < s->n; j++) {
		size_t owner, other, word;

		if (!in_parentheses(s, j) || j < 2 || !is_content(s, j - 2))
			continue;
		word = j - 2;
		for (owner = 0; owner < ndef && strcmp(s->v[def[owner].acronym].w, s->v[j].w) != 0;
		    owner++)
			;
		if (owner == ndef || def[owner].name == word)
			continue;	/* the definition itself */
		for (i = 0; i < c->n; i++) {
			size_t a, b, ci;

			if (!is_content(c, i) || strcmp(c->v[i].stem, s->v[word].stem) != 0)
				continue;
			a = clause_start(c, i);
			for (b = i + 1; b < c->n && !clause_punct(c, b) && !among(wd(c, b), CLAUSE_WORD);
			    b++)
				;
			if (stem_in(c, a, b, s->v[def[owner].name].stem) < c->n ||
			    word_in(c, a, b, s->v[def[owner].acronym].w))
				continue;	/* it names the tagged word's own or its tag */
			for (other = 0; other < ndef; other++) {
				if (other == owner)
					continue;
				/* the other's name, or its acronym ("The SC shot goes deep") */
				const char *acr = s->v[def[other].acronym].w;
				if ((ci = stem_in(c, a, b, s->v[def[other].name].stem)) >= c->n)
					for (ci = a; ci < b && !(c->v[ci].type == T_WORD &&
					    strcmp(c->v[ci].w, acr) == 0); ci++)
						;
				if (ci >= b)
					continue;
				return add(&f->v, &f->n, &f->cap, CONFLICT_CONTRAST,
				    c->v[ci < i ? ci : i].s, c->v[ci < i ? i : ci].e, s->v[word].s,
				    s->v[j + 1].e);
			}
		}
	}
	return 0;
}

/* ---- contrasts ------------------------------------------------------------ */

/* Words that set a sentence's two clauses apart: "While X ..., Y ...", "X ..., but Y ...". */
#define CONTRAST_FIRST "while whereas unlike"
#define CONTRAST_SECOND "whereas"
/* A claim clause with one of these weighs two things itself ("differently from", "than"). */
static const char COMPARING[] =
    "unlike like differently different differ differs distinct than rather instead "
    "contrast compared both whereas while but";

#define CONTRAST_WORDS 3	/* first-side words that tie a clause to it without its name */

/* Whether token i ends a sentence (or a clause as long: "; "). */
static int
ends_sentence(const struct text *x, size_t i)
{
	return x->v[i].type == T_PUNCT && among(x->v[i].w, ". ; ! ?");
}

/* Where the sentence that token i is in ends: its end punctuation or x->n. */
static size_t
sentence_end(const struct text *x, size_t i)
{
	while (i < x->n && !ends_sentence(x, i))
		i++;
	return i;
}

/* Whether content stem w is in tokens [from, to) of x; the token, or x->n. */
static size_t
stem_in(const struct text *x, size_t from, size_t to, const char *w)
{
	for (size_t k = from; k < to; k++)
		if (is_content(x, k) && strcmp(x->v[k].stem, w) == 0)
			return k;
	return x->n;
}

/*
 * Whether the claim's clause at token k, after a comma, says by what means
 * ("mainly by targeting serotonin", "through the serotonin system").
 */
static int
means_clause(const struct text *x, size_t k)
{
	if (k == 0 || !is_punct(x, k - 1, ","))
		return 0;
	if (k + 1 < x->n && x->v[k].type == T_WORD && ends_with(x->v[k].w, strlen(x->v[k].w), "ly"))
		k++;
	return k < x->n && among(wd(x, k), "by through via");
}

/*
 * One contrast of the source: tokens [a0, a1) are set against [b0, b1),
 * marked by token `mark`.  A claim clause that joins a name (names_one)
 * found only in the second side with one found only in the first ("ketamine acts
 * on serotonin" against "While antidepressants target serotonin, ketamine
 * operates through a distinct pathway"), without negating or comparing
 * anything itself, disagrees.  The claim is read from token `from` (past
 * its own first side when it makes the contrast itself).
 */
static int
contrast_joined(const struct text *c, size_t from, const struct text *s, size_t mark, size_t a0,
    size_t a1, size_t b0, size_t b1, const struct conflict_lexicon *lex, struct found *f)
{
	size_t cs = from;

	while (cs < c->n) {
		size_t ce = cs, u = c->n, v = c->n, vs = s->n;
		int skip = 0, only_a = 0, only_b = 0;

		while (ce < c->n && !clause_punct(c, ce) && !(ce > cs && among(wd(c, ce), CLAUSE_WORD)))
			ce++;
		if (among(wd(c, cs), CLAUSE_WORD))
			cs++;	/* "while ketamine acts on serotonin": the clause after its opener */
		for (size_t k = cs; k < ce && !skip; k++) {
			size_t in_a, in_b;

			if (c->v[k].type != T_WORD)
				continue;
			if (is_negator(c, k) || among(wd(c, k), COMPARING)) {
				skip = 1;
				continue;
			}
			if (!is_content(c, k))
				continue;
			in_a = stem_in(s, a0, a1, c->v[k].stem);
			in_b = stem_in(s, b0, b1, c->v[k].stem);
			/*
			 * where it all happens ("in the brain") and the class both
			 * sides' things belong to ("neurotransmitters") side with
			 * neither
			 */
			if (among(wd(c, k), "brain brains body mind neurotransmitter neurotransmitters"))
				continue;
			only_a += in_a < s->n && in_b == s->n;
			only_b += in_b < s->n && in_a == s->n;
			if (!names_one(c, k, lex))
				continue;
			if (in_b < s->n && in_a == s->n && u == c->n)
				u = k;
			if (in_a < s->n && in_b == s->n && v == c->n) {
				v = k;
				vs = in_a;
			}
		}
		/*
		 * "Ketamine works much like older antidepressants, mainly by
		 * targeting serotonin": a clause that says by what means goes on
		 * with the claim's first word as its subject
		 */
		if (u == c->n && cs > 0 && means_clause(c, cs) && is_content(c, 0) &&
		    names_one(c, 0, lex) && stem_in(s, b0, b1, c->v[0].stem) < s->n &&
		    stem_in(s, a0, a1, c->v[0].stem) == s->n)
			u = 0;
		/*
		 * "Unlike ketamine, which primarily targets serotonin, ...": a
		 * relative clause speaks of the name before its comma
		 */
		if (u == c->n && cs >= 3 && among(wd(c, cs - 1), "which") &&
		    is_punct(c, cs - 2, ",") && is_content(c, cs - 3) &&
		    names_one(c, cs - 3, lex) &&
		    stem_in(s, b0, b1, c->v[cs - 3].stem) < s->n &&
		    stem_in(s, a0, a1, c->v[cs - 3].stem) == s->n)
			u = cs - 3;
		/*
		 * "Ketamine may take weeks to produce a noticeable effect"
		 * against "Unlike conventional antidepressants, which may take
		 * weeks to exert noticeable effects, ketamine ...": the first
		 * side's words, many more than the second's, said of the second
		 * side's name
		 */
		if (!skip && u < c->n && v == c->n && only_a >= CONTRAST_WORDS &&
		    only_a > 2 * (only_b - 1)) {	/* the name itself aside */
			for (v = u + 1; v < ce && !(is_content(c, v) &&
			    stem_in(s, a0, a1, c->v[v].stem) < s->n &&
			    stem_in(s, b0, b1, c->v[v].stem) == s->n); v++)
				;
			if (v < ce)
				vs = stem_in(s, a0, a1, c->v[v].stem);
			else
				v = c->n;
		}
		/* the clause says the first side's words of the second side's name */
		if (!skip && u < c->n && v < c->n && only_a >= only_b) {
			size_t lo = u < v ? u : v, hi = u < v ? v : u;
			size_t slo = mark < vs ? mark : vs, shi = mark < vs ? vs : mark;

			return add(&f->v, &f->n, &f->cap, CONFLICT_CONTRAST, c->v[lo].s,
			    c->v[hi].e, s->v[slo].s, s->v[shi].e) < 0 ? -1 : 1;
		}
		cs = ce < c->n && c->v[ce].type == T_PUNCT ? ce + 1 : ce;
		if (ce == cs && cs < c->n)
			cs++;
	}
	return 0;
}

static size_t claim_has_contrast(const struct text *, const struct text *, size_t);
static size_t first_side_end(const struct text *, size_t);

static int
find_contrast(const struct text *c, const struct text *s, const struct conflict_lexicon *lex,
    struct found *f)
{
	for (size_t k = 0; k < s->n; k++) {
		size_t start = k, comma, end, from = 0, own;
		int rc;

		if (s->v[k].type != T_WORD)
			continue;
		/*
		 * the claim makes the contrast itself: what it says after its
		 * first side ("Unlike conventional antidepressants, ketamine
		 * usually takes weeks") may still join the sides wrongly
		 */
		if (among(wd(s, k), CONTRAST_FIRST " " CONTRAST_SECOND) &&
		    (own = claim_has_contrast(c, s, k)) > 0) {
			if (!among(wd(s, k), CONTRAST_FIRST) ||
			    (own > 1 && !ends_sentence(c, own - 2)) ||
			    (from = first_side_end(c, own - 1)) == 0)
				continue;
		}
		if (among(wd(s, k), CONTRAST_FIRST) && (k == 0 || ends_sentence(s, k - 1) ||
		    is_punct(s, k - 1, ":"))) {
			/* "While X ..., Y ...": X up to the comma, Y to the sentence's end */
			end = sentence_end(s, k);
			if ((comma = first_side_end(s, k)) == 0)
				continue;
			comma--;
			/*
			 * "While Ketamine blocks this receptor, it activates
			 * another": one subject doing two things at once, no
			 * two things set apart
			 */
			if (strcmp(wd(s, k), "while") == 0 && comma + 1 < end &&
			    among(wd(s, comma + 1), "it they he she"))
				continue;
			rc = contrast_joined(c, from, s, k, k + 1, comma, comma + 1, end, lex, f);
		} else if (among(wd(s, k), CONTRAST_SECOND) && k > 0 && is_punct(s, k - 1, ",")) {
			/* "X ..., but Y ...": X from the sentence's start */
			while (start > 0 && !ends_sentence(s, start - 1))
				start--;
			end = sentence_end(s, k);
			rc = contrast_joined(c, from, s, k, start, k - 1, k + 1, end, lex, f);
		} else {
			continue;
		}
		if (rc != 0)
			return rc < 0 ? -1 : 0;
	}
	return 0;
}

/*
 * Whether the claim makes source contrast k itself: the same marker
 * before the same first content word ("Unlike conventional ..." in both);
 * the claim's marker token + 1, or 0.
 * A text that says "A is X. Unlike A, ... X" then does not contradict
 * itself (found by the fuzz harness).
 */
static size_t
claim_has_contrast(const struct text *c, const struct text *s, size_t k)
{
	size_t sn = k + 1, cn;

	while (sn < s->n && !is_content(s, sn))
		sn++;
	if (sn >= s->n)
		return 0;
	for (size_t i = 0; i < c->n; i++) {
		if (c->v[i].type != T_WORD || strcmp(c->v[i].w, s->v[k].w) != 0)
			continue;
		for (cn = i + 1; cn < c->n && !is_content(c, cn); cn++)
			;
		if (cn < c->n && strcmp(c->v[cn].stem, s->v[sn].stem) == 0)
			return i + 1;
	}
	return 0;
}

/*
 * Where the first side of a contrast that its marker at token i opens
 * ("While X ..., Y ...") ends: the token after its comma, and after the
 * comma of a relative clause that follows it ("Unlike X, which ..., Y
 * ..." : X's relative clause is X's); 0 when no comma ends it in the
 * sentence.
 */
static size_t
first_side_end(const struct text *x, size_t i)
{
	size_t end = sentence_end(x, i), comma;

	for (comma = i + 1; comma < end && !is_punct(x, comma, ","); comma++)
		;
	if (comma + 1 < end && among(wd(x, comma + 1), RELATIVE))
		for (comma++; comma < end && !is_punct(x, comma, ","); comma++)
			;
	return comma < end ? comma + 1 : 0;
}

/* ---- numbers -------------------------------------------------------------- */

struct qty {
	int fam;
	int range;	/* two numbered ends: "30 minutes to 3 hours", "2-3 days" */
	double lo, hi;
	double floor;	/* a count open above: the number it starts from ("3 or more": 3), else 0 */
	/*
	 * in a relative clause (", which may take weeks"): its antecedent's
	 * token + 1; a claim's, in any subordinate clause: the clause word's
	 * token + 1; else 0
	 */
	size_t ante;
	size_t tok;	/* its first token */
	size_t s, e;	/* bytes */
	int vague;	/* no number: "weeks", "several hours" */
};

struct qtys {
	struct qty *v;
	size_t n, cap;
};

struct val {
	double lo, hi;
	int decade, yearish, vague;
	int several;	/* vague by a word that means two or more: "several", "a few" */
	size_t first, next;	/* tokens: where it starts, after it */
};

static int
unit_of(const char *w)
{
	size_t u;

	if (!listed_anywhere(w))
		return -1;
	for (u = 0; u < NUNIT; u++)
		if (among(w, UNIT[u].forms))
			return (int)u;
	return -1;
}

/* A plural time unit that can stand alone: "hours", "days". */
static int
bare_unit(const struct text *x, size_t i)
{
	int u;
	size_t n;

	if (i >= x->n || x->v[i].type != T_WORD)
		return -1;
	u = unit_of(x->v[i].w);
	n = strlen(x->v[i].w);
	if (u < 0 || UNIT[u].vague == 0 || n < 4 || x->v[i].w[n - 1] != 's')
		return -1;
	return u;
}

static int
small_number(const char *w)
{
	size_t k;

	for (k = 0; k < sizeof SMALL / sizeof SMALL[0]; k++)
		if (strcmp(w, SMALL[k]) == 0)
			return (int)k;
	for (k = 2; k < sizeof TENS / sizeof TENS[0]; k++)
		if (strcmp(w, TENS[k]) == 0)
			return (int)(10 * k);
	return -1;
}

/* 2 for "second", up to 10 for "tenth"; -1 for any other word. */
static int
ordinal_number(const char *w)
{
	static const char *const ORDINAL[] = {
		"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth",
	};
	size_t k;

	for (k = 0; k < sizeof ORDINAL / sizeof ORDINAL[0]; k++)
		if (strcmp(w, ORDINAL[k]) == 0)
			return (int)k + 2;
	return -1;
}

/* "hundred", "thousand", "million" after a number. */
static size_t
multiplier(const struct text *x, size_t j, double *v)
{
	if (strcmp(wd(x, j), "hundred") == 0)
		*v *= 100;
	else if (strcmp(wd(x, j), "thousand") == 0)
		*v *= 1000;
	else if (strcmp(wd(x, j), "million") == 0)
		*v *= 1e6;
	else
		return j;
	return j + 1;
}

static size_t unit_at(const struct text *, size_t, int *);

/* Whether a unit follows at token j ("session", "ketamine session"): what "a single" counts. */
static int
single_unit(const struct text *x, size_t j)
{
	int unit;

	return unit_at(x, j, &unit) > j && unit >= 0;
}

/*
 * A number starting at token i: digits, number words ("twenty-five", "a
 * dozen"), a decade ("1960s", "the sixties"), "a"/"an" before a time unit,
 * or "few"/"several"/"couple" (vague).  Returns 0 and leaves v->next unset
 * when there is none.
 */
/* Whether a negator is in token i's clause before it ("don't expect to feel better during"). */
static int
denied_before(const struct text *x, size_t i)
{
	for (size_t k = clause_start(x, i); k < i; k++)
		if (is_negator(x, k))
			return 1;
	return 0;
}

static int
value_at(const struct text *x, size_t i, struct val *v)
{
	const struct tok *k = &x->v[i];
	const char *w = k->w;
	size_t j;
	int n, m;

	memset(v, 0, sizeof *v);
	v->first = i;
	if (k->type == T_NUM) {
		v->lo = v->hi = k->num;
		if (k->decade) {
			v->hi = k->num + 9;
			v->decade = 1;
			v->next = i + 1;
			return 1;
		}
		v->yearish = k->plain && k->ndigits == 4 && k->num >= 1000 &&
		    k->num <= 2099;
		j = multiplier(x, i + 1, &v->lo);
		if (j != i + 1) {
			v->hi = v->lo;
			v->yearish = 0;
		}
		if (is_punct(x, j, "+") && x->v[j].glued) {
			v->hi = QTY_INF;	/* 3+ sessions */
			v->yearish = 0;
			j++;
		}
		v->next = j;
		return 1;
	}
	if (k->type != T_WORD)
		return 0;
	for (n = 2; n < 10; n++)
		if (strcmp(w, DECADES[n]) == 0 &&
		    !among(wprev(x, i), "their his her my your our")) {
			v->lo = 1900 + 10 * n;
			v->hi = v->lo + 9;
			v->decade = 1;
			v->next = i + 1;
			return 1;
		}
	/* "half an hour" */
	if (strcmp(w, "half") == 0 && among(wd(x, i + 1), "a an")) {
		int u = unit_of(wd(x, i + 2));

		if (u >= 0 && UNIT[u].single != NULL && strcmp(wd(x, i + 2), UNIT[u].single) == 0) {
			v->lo = v->hi = 0.5;
			v->next = i + 2;
			return 1;
		}
	}
	/* "a half hour", "half hour" */
	if (strcmp(w, "half") == 0 || (among(w, "a an") && strcmp(wd(x, i + 1), "half") == 0)) {
		size_t at = strcmp(w, "half") == 0 ? i + 1 : i + 2;
		int u = unit_of(wd(x, at));

		if (u >= 0 && UNIT[u].single != NULL && strcmp(wd(x, at), UNIT[u].single) == 0) {
			v->lo = v->hi = 0.5;
			v->next = at;
			return 1;
		}
	}
	if (among(w, "a an") && !among(wprev(x, i), "once twice thrice times per each every")) {
		int u;

		if (strcmp(wd(x, i + 1), "dozen") == 0) {
			v->lo = v->hi = 12;
			v->next = i + 2;
			return 1;
		}
		/* "a second receptor" counts no time: "second" is the ordinal there */
		if (strcmp(wd(x, i + 1), "second") == 0 && i + 2 < x->n &&
		    x->v[i + 2].type == T_WORD && !among(wd(x, i + 2), "of or and to later"))
			return 0;
		if ((u = unit_of(wd(x, i + 1))) >= 0 && UNIT[u].single != NULL &&
		    strcmp(wd(x, i + 1), UNIT[u].single) == 0) {
			v->lo = v->hi = 1;
			v->next = i + 1;
			return 1;
		}
		/* "a single session", "a single ketamine infusion": one */
		if (strcmp(wd(x, i + 1), "single") == 0 && single_unit(x, i + 2)) {
			v->lo = v->hi = 1;
			v->next = i + 2;
			return 1;
		}
		/* "a full day", "an entire week" */
		if (among(wd(x, i + 1), "full whole entire") &&
		    (u = unit_of(wd(x, i + 2))) >= 0 && UNIT[u].single != NULL &&
		    strcmp(wd(x, i + 2), UNIT[u].single) == 0) {
			v->lo = v->hi = 1;
			v->next = i + 2;
			return 1;
		}
		return 0;
	}
	if (among(w, "few several couple")) {
		v->vague = 1;
		v->several = strcmp(w, "several") == 0;
		v->next = strcmp(wd(x, i + 1), "of") == 0 ? i + 2 : i + 1;
		return 1;
	}
	if (strcmp(w, "dozen") == 0) {
		v->lo = v->hi = 12;
		v->next = i + 1;
		return 1;
	}
	/*
	 * "no improvement for the first week", "don't expect to feel better
	 * during the first week": a week that passes without it, as "for a
	 * week" is
	 */
	if (strcmp(w, "first") == 0 && i >= 2 && strcmp(wprev(x, i), "the") == 0 &&
	    (strcmp(wd(x, i - 2), "for") == 0 ||
	    (strcmp(wd(x, i - 2), "during") == 0 && denied_before(x, i - 2)))) {
		int u = unit_of(wd(x, i + 1));

		if (u >= 0 && UNIT[u].fam == FAM_TIME && UNIT[u].single != NULL &&
		    strcmp(wd(x, i + 1), UNIT[u].single) == 0) {
			v->lo = v->hi = 1;
			v->next = i + 1;
			return 1;
		}
	}
	/* "until the second week": the nth unit of time, n - 1 to n of it */
	if (strcmp(wprev(x, i), "the") == 0 && (n = ordinal_number(w)) >= 2) {
		int u = unit_of(wd(x, i + 1));

		if (u >= 0 && UNIT[u].fam == FAM_TIME && UNIT[u].single != NULL &&
		    strcmp(wd(x, i + 1), UNIT[u].single) == 0) {
			v->lo = n - 1;
			v->hi = n;
			v->next = i + 1;
			return 1;
		}
	}
	if ((n = small_number(w)) < 0)
		return 0;
	j = i + 1;
	if (n >= 20 && n % 10 == 0 && inner_hyphen(x, j) &&
	    (m = small_number(wd(x, j + 1))) > 0 && m < 10) {
		n += m;
		j += 2;
	}
	v->lo = n;
	j = multiplier(x, j, &v->lo);
	v->hi = v->lo;
	v->next = j;
	return 1;
}

/*
 * The unit an opening question asks for ("How many sessions should you
 * expect? Generally just one."): a count at token j after the question
 * that ends its clause counts it; -1 otherwise.
 */
static int
asked_unit(const struct text *x, size_t j)
{
	int u = -1;
	size_t q;

	if (strcmp(wd(x, 0), "how") != 0 || strcmp(wd(x, 1), "many") != 0)
		return -1;
	for (q = 2; q < x->n && !is_punct(x, q, "?"); q++)
		if (u < 0 && x->v[q].type == T_WORD)
			u = unit_of(x->v[q].w);
	if (q >= j || u < 0 ||
	    (j < x->n && x->v[j].type == T_WORD && !among(wd(x, j), "and or")))
		return -1;
	return u;
}

/* The unit at token j ("minutes", "-minute", "%", "per cent"); returns the token after it. */
static size_t
unit_at(const struct text *x, size_t j, int *unit)
{
	*unit = -1;
	if (j >= x->n)
		return j;
	if (is_punct(x, j, "%")) {
		*unit = unit_of("%");
		return j + 1;
	}
	if (strcmp(wd(x, j), "per") == 0 && strcmp(wd(x, j + 1), "cent") == 0) {
		*unit = unit_of("%");
		return j + 2;
	}
	if (inner_hyphen(x, j) && x->v[j + 1].type == T_WORD &&
	    (*unit = unit_of(x->v[j + 1].w)) >= 0)
		return j + 2;	/* 30-minute */
	if (x->v[j].type == T_WORD && (*unit = unit_of(x->v[j].w)) >= 0)
		return j + 1;
	/* "three full days", "two whole weeks" */
	if (among(wd(x, j), "full whole entire") && j + 1 < x->n && x->v[j + 1].type == T_WORD &&
	    (*unit = unit_of(x->v[j + 1].w)) >= 0)
		return j + 2;
	/*
	 * one or two words between a count and its unit: "ten ketamine
	 * sessions", "ten ketamine treatment sessions"
	 */
	for (size_t m = j + 1; m < x->n && m <= j + 2 && x->v[m - 1].type == T_WORD &&
	    !among(wd(x, m - 1), "or to and than more less fewer") &&
	    small_number(wd(x, m - 1)) < 0; m++)
		if (x->v[m].type == T_WORD && (*unit = unit_of(x->v[m].w)) >= 0 &&
		    UNIT[*unit].fam >= FAM_SESSION)
			return m + 1;
	*unit = asked_unit(x, j);
	return j;
}

static int
push_qty(struct qtys *q, int fam, int range, double lo, double hi, double floor, size_t s,
    size_t e)
{
	if (q->n == q->cap) {
		size_t c = q->cap ? 2 * q->cap : 8;
		struct qty *nv = realloc(q->v, c * sizeof *nv);

		if (nv == NULL)
			return -1;
		q->v = nv;
		q->cap = c;
	}
	q->v[q->n].fam = fam;
	q->v[q->n].range = range;
	q->v[q->n].lo = lo;
	q->v[q->n].hi = hi;
	q->v[q->n].floor = floor;
	q->v[q->n].ante = 0;
	q->v[q->n].vague = 0;
	q->v[q->n].s = s;
	q->v[q->n].e = e;
	q->n++;
	return 0;
}

/*
 * Scale a value by its unit.  A vague time ("hours") covers 1 to UNIT.vague
 * units, "several" or "a few" of them 2 or more; a vague count ("several
 * studies") two or more.
 */
#define SEVERAL_MAX 7	/* how many units "several" reaches */

static void
scale(const struct val *v, int u, double *lo, double *hi)
{
	if (v->vague && UNIT[u].vague == 0) {
		*lo = 2 * UNIT[u].factor;	/* "several studies" */
		*hi = QTY_INF;
	} else if (v->vague) {
		*lo = (v->several ? 2 : 1) * UNIT[u].factor;
		/* "several weeks" is not "months": several is a handful */
		*hi = UNIT[u].factor * (v->several && UNIT[u].vague > SEVERAL_MAX ?
		    SEVERAL_MAX : UNIT[u].vague);
	} else {
		*lo = v->lo * UNIT[u].factor;
		*hi = v->hi >= QTY_INF ? QTY_INF : v->hi * UNIT[u].factor;
	}
	/* a number past QTY_INF (300 digits) is open-ended too, never above its own top */
	if (*lo > QTY_INF)
		*lo = QTY_INF;
	if (*hi > QTY_INF)
		*hi = QTY_INF;
}

/* "more than 3", "within 2", "about 30": the bounds the words before i put on [lo, hi]. */
#define WITHIN_SCALE 24	/* "within" X reaches down to X / 24: an hour, a day */

static void
qualify(const struct text *x, size_t i, int fam, double *lo, double *hi)
{
	const char *p1 = wprev(x, i), *p2 = i > 1 ? wprev(x, i - 1) : "";
	const char *p3 = i > 2 ? wprev(x, i - 2) : "";
	if (strcmp(p1, "than") == 0 && among(p2, "more greater longer over")) {
		if (strcmp(p3, "no") == 0)
			*lo = 0;
		else
			*hi = QTY_INF;
	} else if (strcmp(p1, "than") == 0 && among(p2, "less fewer shorter")) {
		*lo = 0;
	} else if (among(p1, "over above exceeding") ||
	    (strcmp(p1, "least") == 0 && strcmp(p2, "at") == 0)) {
		*hi = QTY_INF;
	} else if (strcmp(p1, "within") == 0) {
		/*
		 * "within an hour" gives the scale, not only the bound: "within
		 * a week" does not admit it.  A vague bound keeps its own floor
		 * when that is lower ("within hours": from an hour).
		 */
		if (*hi >= QTY_INF)
			*lo = 0;
		else if (*hi / WITHIN_SCALE < *lo)
			*lo = *hi / WITHIN_SCALE;
	} else if (among(p1, "under below") ||
	    (strcmp(p1, "to") == 0 && strcmp(p2, "up") == 0) ||
	    (strcmp(p1, "most") == 0 && strcmp(p2, "at") == 0)) {
		*lo = 0;
	} else if (among(p1, "about around approximately roughly nearly almost "
	    "approx circa some") || is_punct(x, i - (i > 0), "~")) {
		/* a year give or take five, anything else give or take a quarter */
		*lo = fam == FAM_TIMEPOINT ? *lo - 5 : *lo * 0.75;
		if (*hi < QTY_INF)
			*hi = fam == FAM_TIMEPOINT ? *hi + 5 : *hi * 1.25;
	}
}

/*
 * The antecedent of the relative clause token i is in (", which may take
 * weeks": the content word before the comma) + 1, or 0 when i is in none.
 */
static size_t
relative_antecedent(const struct text *x, size_t i)
{
	for (size_t k = i; k-- > 0 && !clause_punct(x, k);)
		if (among(wd(x, k), "which who") && k >= 2 && is_punct(x, k - 1, ",") &&
		    x->v[k - 2].type == T_WORD && is_content(x, k - 2))
			return k - 2 + 1;
	return 0;
}

/* Every quantity with a unit, year or decade in x, in text order. */
/* Whether bare unit i follows "a matter of" ("within a matter of hours"). */
static int
matter_of(const struct text *x, size_t i)
{
	return i >= 3 && strcmp(wd(x, i - 1), "of") == 0 && strcmp(wd(x, i - 2), "matter") == 0 &&
	    strcmp(wd(x, i - 3), "a") == 0;
}

/* Whether bare unit i follows "some" after a duration's verb ("can need some weeks"). */
static int
some_of(const struct text *x, size_t i)
{
	return i >= 2 && strcmp(wd(x, i - 1), "some") == 0 && among(wd(x, i - 2), BARE_BEFORE);
}

static int
quantities(const struct text *x, struct qtys *q)
{
	size_t i = 0, k, end;
	struct val a, b;
	int ua, ub, have_b, fam, open;
	double lo, hi, blo, bhi, floor;

	while (i < x->n) {
		if (value_at(x, i, &a)) {
			k = unit_at(x, a.next, &ua);
		} else if ((ua = bare_unit(x, i)) >= 0 &&
		    (among(wprev(x, i), BARE_BEFORE) || matter_of(x, i) || some_of(x, i))) {
			memset(&a, 0, sizeof a);
			a.vague = 1;
			a.first = i;
			k = i + 1;
		} else {
			i++;
			continue;
		}
		if (a.vague && ua < 0) {	/* "several" without a unit */
			i = k > i ? k : i + 1;
			continue;
		}
		/*
		 * a range: "2-3", "two to three", "between 2 and 4", "hours or
		 * days", "(from) 30 minutes up to 3 hours"
		 */
		have_b = open = 0;
		ub = -1;
		end = k;
		if (strcmp(wd(x, k), "up") == 0 && strcmp(wd(x, k + 1), "to") == 0 &&
		    k + 2 < x->n && value_at(x, k + 2, &b))
			k++;
		if (k < x->n && (is_punct(x, k, "-") || among(wd(x, k), "to or") ||
		    (strcmp(wd(x, k), "and") == 0 &&
		    strcmp(wprev(x, a.first), "between") == 0))) {
			if (strcmp(wd(x, k), "or") == 0 &&
			    among(wd(x, k + 1), "more greater")) {
				open = 1;
				end = unit_at(x, k + 2, &ub);
				if (ua < 0)
					ua = ub;
			} else if (k + 1 < x->n && value_at(x, k + 1, &b) && !b.decade == !a.decade) {
				end = unit_at(x, b.next, &ub);
				have_b = 1;
			} else if (ua >= 0 && (ub = bare_unit(x, k + 1)) >= 0) {
				memset(&b, 0, sizeof b);
				b.vague = 1;
				b.several = a.several;	/* "several days or weeks" */
				end = k + 2;
				have_b = 1;
			}
		}
		if (have_b && ua < 0 && !a.vague)
			ua = ub;
		if (have_b && ub < 0 && !b.vague)
			ub = ua;
		if (have_b && (ua < 0) != (ub < 0))
			have_b = 0;
		if (have_b && ua >= 0 && UNIT[ua].fam != UNIT[ub].fam)
			have_b = 0;
		if (!have_b && !open)
			end = k;
		if (a.decade) {
			fam = FAM_TIMEPOINT;
			lo = a.lo;
			hi = a.hi;
		} else if (ua >= 0) {
			fam = UNIT[ua].fam;
			scale(&a, ua, &lo, &hi);
		} else if (a.yearish && (among(wprev(x, a.first), YEAR_BEFORE) ||
		    is_punct(x, a.first - (a.first > 0), "(") ||
		    (have_b && b.yearish))) {
			fam = FAM_TIMEPOINT;
			lo = hi = a.lo;
		} else {
			i = (have_b || open) ? end : k;	/* a bare number: no kind, no comparison */
			if (i <= a.first)
				i = a.first + 1;
			continue;
		}
		if (open)
			hi = QTY_INF;
		if (have_b) {
			if (ub >= 0)
				scale(&b, ub, &blo, &bhi);
			else {
				blo = b.lo;
				bhi = b.hi;
			}
			if (blo < lo)
				lo = blo;
			if (bhi > hi)
				hi = bhi;
		}
		floor = lo;
		qualify(x, a.first, fam, &lo, &hi);
		/* "about three or more sessions", "more than 3 doses": counted things, open above */
		if (hi < QTY_INF || a.vague || fam < FAM_SESSION || fam > FAM_INFUSION ||
		    fam == FAM_PEOPLE)
			floor = 0;
		if (push_qty(q, fam, have_b && !a.vague && !b.vague, lo, hi, floor, x->v[a.first].s,
		    x->v[end - 1].e) < 0)
			return -1;
		q->v[q->n - 1].ante = relative_antecedent(x, a.first);
		q->v[q->n - 1].tok = a.first;
		q->v[q->n - 1].vague = a.vague && (!have_b || b.vague);
		i = end > i ? end : i + 1;
	}
	return 0;
}

static int
overlap(const struct qty *a, const struct qty *b)
{
	/* rounding slack from the finite ends: an open end is QTY_INF */
	double m = a->lo > b->lo ? a->lo : b->lo;
	double eps = 1e-9 * (m > 1 ? m : 1);

	return a->lo <= b->hi + eps && b->lo <= a->hi + eps;
}

/* Does a's span hold all of b's? */
static int
contains(const struct qty *a, const struct qty *b)
{
	double m = a->lo > b->lo ? a->lo : b->lo;
	double eps = 1e-9 * (m > 1 ? m : 1);

	return a->lo <= b->lo + eps && b->hi <= a->hi + eps;
}

/*
 * How far a count open above reaches: "three or more sessions" says
 * three, four, perhaps six, not twelve.
 */
#define FLOOR_REACH 2

/*
 * Whether q lies within the reach of r's floor (or r has none).  Two
 * floors are two minimums: "five or more sessions" does not say what
 * "three or more sessions" says, though each reaches the other.
 */
static int
within_reach(const struct qty *q, const struct qty *r)
{
	if (q->floor > 0 && r->floor > 0)
		return q->floor - r->floor <= 1e-9 * r->floor &&
		    r->floor - q->floor <= 1e-9 * r->floor;
	return r->floor == 0 || q->lo <= FLOOR_REACH * r->floor;
}

/*
 * Does some quantity of qs, of q's family, agree with q?  Two ranges agree
 * when qs's holds all of q's: a claim of "30 minutes to 3 days" against a
 * source's "30 minutes to 3 hours" states an end the source does not
 * give.  Otherwise overlapping is agreeing ("2 hours" within "1-3 hours").
 */
static int
admitted(const struct qty *q, const struct qtys *qs)
{
	size_t j;

	for (j = 0; j < qs->n; j++)
		if (qs->v[j].fam == q->fam && overlap(q, &qs->v[j]) &&
		    (!q->range || !qs->v[j].range || contains(&qs->v[j], q)) &&
		    within_reach(q, &qs->v[j]) && within_reach(&qs->v[j], q))
			return 1;
	return 0;
}

/*
 * A quantity said of the wrong thing: the source says one in a relative
 * clause of its antecedent ("Unlike conventional antidepressants, which
 * may take weeks, ketamine often produces results within hours"), and the
 * claim's quantity q, which that one does not admit, is in a clause that
 * names the antecedent and not the subject of the source clause whose
 * quantity does admit it ("Conventional antidepressants often produce
 * results within hours").  The source quantity's index in all, or all->n.
 */
static size_t
said_of_antecedent(const struct text *c, const struct qty *q, const struct text *s,
    const struct qtys *all)
{
	size_t k0 = clause_start(c, q->tok), j, m;

	if (q->ante != 0)
		return all->n;
	for (j = 0; j < all->n; j++) {
		const struct qty *r = &all->v[j];
		struct qtys one = { (struct qty *)r, 1, 1 };
		int other = 0;

		if (r->ante == 0 || r->fam != q->fam || admitted(q, &one) ||
		    stem_in(c, k0, q->tok, s->v[r->ante - 1].stem) >= c->n)
			continue;
		/* the quantity that admits q: its clause's subject is not in q's clause */
		for (m = 0; m < all->n && !other; m++) {
			const struct qty *a = &all->v[m];
			struct qtys admits = { (struct qty *)a, 1, 1 };
			size_t x;

			if (a->ante != 0 || a->fam != q->fam || !admitted(q, &admits))
				continue;
			for (x = clause_start(s, a->tok); x < a->tok && !is_content(s, x); x++)
				;
			other = x < a->tok && stem_in(c, k0, q->tok, s->v[x].stem) >= c->n;
		}
		if (other)
			return j;
	}
	return all->n;
}

/*
 * Whether claim quantity q is said in a clause that sets another thing
 * against the claim's subject ("Whereas conventional antidepressants can
 * need weeks ..., ketamine brings relief far more quickly") and source
 * quantity r's sentence, up to r, names neither of that clause's first two
 * content words: the claim's quantity is the other thing's, r is not
 * ("It can provide rapid relief ... often within hours").
 */
static int
said_of_other(const struct text *c, const struct qty *q, const struct text *s,
    const struct qty *r)
{
	size_t w = q->ante - 1, seen = 0, from = r->tok;

	if (q->ante == 0 || !among(wd(c, w), "whereas while unlike although though"))
		return 0;
	while (from > 0 && !is_punct(s, from - 1, ".") && !is_punct(s, from - 1, "!") &&
	    !is_punct(s, from - 1, "?"))
		from--;
	for (size_t k = w + 1; k < q->tok && seen < 2; k++) {
		if (!is_content(c, k))
			continue;
		if (stem_in(s, from, r->tok, c->v[k].stem) < s->n)
			return 0;
		seen++;
	}
	return seen > 0;
}

/*
 * Whether the claim names stem w only in an opening "Unlike X," phrase
 * that token k is not in: "Unlike regular antidepressants, ketamine takes
 * weeks" says "weeks" of ketamine, so a source's "antidepressants, which
 * may take weeks," is no witness for it.
 */
static int
named_only_in_unlike(const struct text *c, const char *w, size_t k)
{
	size_t at = stem_in(c, 0, c->n, w), m = at;
	if (at == c->n)
		return 0;
	while (m > 0 && c->v[m - 1].type == T_WORD)
		m--;
	if (strcmp(wd(c, m), "unlike") != 0)
		return 0;
	size_t end = at;
	while (end < c->n && c->v[end].type == T_WORD)
		end++;
	return end < c->n && is_punct(c, end, ",") && (k < m || k > end) &&
	    stem_in(c, end, c->n, w) == c->n;
}

/*
 * A claim quantity that no source quantity of its family admits, against a
 * source quantity that no claim quantity admits either: in "antidepressants
 * take weeks, ketamine works within hours" the source's "within hours" is
 * the claim's own second quantity, not a witness against "weeks".  A claim
 * range is also contradicted by a source range it overlaps but does not
 * fit in.
 */
static int
find_number(const struct text *c, const struct qtys *cq, const struct text *s, struct found *f)
{
	struct qtys all = { 0 }, own = { 0 };
	size_t i, j, hit;
	int rc = -1, ok;

	if (cq->n > 0 && quantities(s, &all) < 0)	/* most claims say no number */
		goto done;
	for (i = 0; i < cq->n; i++) {
		const struct qty *q = &cq->v[i];
		const struct qtys *sq = q->ante ? &all : &own;
		/*
		 * A quantity in a relative clause of something the claim does
		 * not name ("Unlike conventional antidepressants, which may
		 * take weeks, ketamine ... within hours"), or names only to set
		 * its subject against (named_only_in_unlike), is said of that
		 * thing: it neither admits a claim quantity nor stands against
		 * one, unless the claim's quantity is in a relative clause of
		 * its own.
		 */
		own.n = 0;
		for (j = 0; j < all.n && !q->ante; j++) {
			const struct qty *r = &all.v[j];
			const char *ante = r->ante ? s->v[r->ante - 1].stem : NULL;
			if ((ante == NULL || (stem_in(c, 0, c->n, ante) < c->n &&
			    !named_only_in_unlike(c, ante, q->tok))) &&
			    push_qty(&own, r->fam, r->range, r->lo, r->hi, r->floor, r->s, r->e) < 0)
				goto done;
		}
		hit = sq->n;
		ok = admitted(q, sq);
		for (j = 0; j < sq->n && !ok && hit == sq->n; j++)
			if (sq->v[j].fam == q->fam && !admitted(&sq->v[j], cq) &&
			    !said_of_other(c, q, s, &sq->v[j]))
				hit = j;
		for (j = 0; j < sq->n && !ok && hit == sq->n && q->range; j++)
			if (sq->v[j].fam == q->fam && sq->v[j].range && overlap(q, &sq->v[j]) &&
			    !said_of_other(c, q, s, &sq->v[j]))
				hit = j;
		if (ok && (hit = said_of_antecedent(c, q, s, &all)) < all.n) {
			if (add(&f->v, &f->n, &f->cap, CONFLICT_NUMBER, q->s, q->e, all.v[hit].s,
			    all.v[hit].e) < 0)
				goto done;
			f->v[f->n - 1].counted = q->fam >= FAM_SESSION;
			f->v[f->n - 1].timed = q->fam == FAM_TIME;
			continue;
		}
		if (ok || hit == sq->n)
			continue;
		if (add(&f->v, &f->n, &f->cap, CONFLICT_NUMBER, q->s,
		    q->e, sq->v[hit].s, sq->v[hit].e) < 0)
			goto done;
		f->v[f->n - 1].counted = q->fam >= FAM_SESSION;
		f->v[f->n - 1].timed = q->fam == FAM_TIME;
	}
	rc = 0;
done:
	free(all.v);
	free(own.v);
	return rc;
}

/* ---- the export ----------------------------------------------------------- */

/* A claim read once: its tokens, marked, and its quantities. */
struct conflict_claim {
	struct text c;
	struct qtys q;
	char **opp;	/* per token: its lexicon opposites' stems (" a b "), or NULL */
};

/* Whether token k (marked by mark_content) is a word of one of the opposite pairs (ANTONYM). */
static int
in_pair(const struct tok *k)
{
	if (lists.usable) {
		if (k->listed == NULL)
			return 0;
		for (int id = lists.antonym_first; id < lists.antonym_end; id++)
			if (k->listed->lists[id / 64] >> (id % 64) & 1)
				return 1;
		return 0;
	}
	for (size_t p = 0; p < sizeof ANTONYM / sizeof ANTONYM[0]; p++)
		if (among(k->w, ANTONYM[p].a) || among(k->w, ANTONYM[p].b))
			return 1;
	return 0;
}

/*
 * One opposite, appended to the buffer ctx (" stem stem ... "): its stem
 * and its adverb's ("temporary": "temporarily"), so that either form in a
 * source meets it.
 */
static int
add_opposite(void *ctx, const char *lemma)
{
	struct buf *b = ctx;
	char form[WORD_MAX + 4], stem[WORD_MAX + 4];
	size_t n = strlen(lemma);

	if (n < 3 || n >= WORD_MAX)
		return 0;
	for (int adverb = 0; adverb < 2; adverb++) {
		memcpy(form, lemma, n + 1);
		if (adverb && ends_with(form, n, "ly"))
			break;
		if (adverb && form[n - 1] == 'y')
			memcpy(form + n - 1, "ily", 4);
		else if (adverb)
			memcpy(form + n, "ly", 3);
		stem_word(form, stem);
		if (b->len == 0)
			buf_append(b, " ", 1);
		if (strlen(stem) >= 3) {
			buf_append(b, stem, strlen(stem));
			buf_append(b, " ", 1);
		}
	}
	return b->oom ? -1 : 0;
}

/*
 * The opposites' stems of claim word i into *out (malloc'd, " a b "), or
 * NULL when the lexicon knows none or the claim says one of them itself
 * ("a lasting, not temporary, rise").  0, or -1 when out of memory.
 */
static int
opposites_of(const struct text *c, size_t i, const struct conflict_lexicon *lex, char **out)
{
	struct buf b = { 0 };
	char key[WORD_MAX + 2];

	*out = NULL;
	if (lex->opposites(lex->ctx, c->v[i].w, add_opposite, &b) < 0 || b.oom) {
		buf_free(&b);
		return -1;
	}
	for (size_t j = 0; j < c->n && b.len > 1; j++) {
		snprintf(key, sizeof key, " %s ", c->v[j].stem);
		if (c->v[j].type == T_WORD && strstr(b.data, key) != NULL)
			b.len = 0;	/* the claim names the opposite itself */
	}
	if (b.len > 1) {
		*out = b.data;	/* NUL-terminated, ours now */
		b.data = NULL;
	}
	buf_free(&b);
	return 0;
}

#define NAMED_SMALL_MIN 3	/* letters of a small-letter claim word read as a name */

/*
 * The claim's content words in small letters only, NAMED_SMALL_MIN or
 * more, that the dictionary does not know: a chat's "ampa" may be what a
 * source writes "AMPA" (mark_named_as_source); "aids", "us" stay words.
 * Asked once per claim, not per source.
 */
static void
mark_small_words(struct text *c, const struct conflict_lexicon *lex)
{
	if (lex == NULL || lex->knows == NULL)
		return;
	for (size_t k = 0; k < c->n; k++) {
		const char *t = c->t + c->v[k].s;
		size_t n = c->v[k].e - c->v[k].s, m;
		if (c->v[k].type != T_WORD || !is_content(c, k) || n < NAMED_SMALL_MIN)
			continue;
		for (m = 0; m < n && t[m] >= 'a' && t[m] <= 'z'; m++)
			;
		c->v[k].small = m == n && !lex->knows(lex->ctx, c->v[k].w);
	}
}

int
conflict_claim_new(const char *claim, size_t claim_len, struct conflict_claim **out)
{
	return conflict_claim_new_in(claim, claim_len, NULL, out);
}

int
conflict_claim_new_in(const char *claim, size_t claim_len, const struct conflict_lexicon *lex,
    struct conflict_claim **out)
{
	struct conflict_claim *cl = calloc(1, sizeof *cl);

	*out = NULL;
	if (cl == NULL)
		return -1;
	cl->c.t = claim;
	cl->c.len = claim_len;
	if (tokenize(&cl->c) < 0)
		goto fail;
	mark_content(&cl->c);
	mark_negations(&cl->c);
	mark_ill_advised(&cl->c);
	mark_topic(&cl->c);
	if (quantities(&cl->c, &cl->q) < 0)
		goto fail;
	mark_small_words(&cl->c, lex);
	if (lex != NULL && lex->opposites != NULL && cl->c.n > 0) {
		if ((cl->opp = calloc(cl->c.n, sizeof *cl->opp)) == NULL)
			goto fail;
		for (size_t i = 0; i < cl->c.n; i++) {
			/*
			 * a word of this module's own pairs is theirs to judge; a
			 * word that counts or picks out ("several", "particular")
			 * gets WordNet's opposites of senses it seldom has in a
			 * claim ("several": "common", "particular": "general")
			 */
			if (!is_content(&cl->c, i) || in_pair(&cl->c.v[i]) ||
			    among(cl->c.v[i].w, DETERMINING))
				continue;
			/* "every so often": now and then, not "often" against "rare" */
			if (strcmp(cl->c.v[i].w, "often") == 0 && i >= 2 &&
			    strcmp(wd(&cl->c, i - 1), "so") == 0 &&
			    strcmp(wd(&cl->c, i - 2), "every") == 0)
				continue;
			if (opposites_of(&cl->c, i, lex, &cl->opp[i]) < 0)
				goto fail;
		}
	}
	/*
	 * a claim quantity in a subordinate clause ("even in cases where other
	 * medications took weeks") may be said of another thing, as a source's
	 * in a relative clause is: find_number compares it with those too
	 */
	for (size_t i = 0; i < cl->q.n; i++)
		for (size_t k = cl->q.v[i].tok; k-- > 0 && !clause_punct(&cl->c, k);)
			if (among(wd(&cl->c, k), CLAUSE_WORD)) {
				cl->q.v[i].ante = k + 1;
				break;
			}
	*out = cl;
	return 0;
fail:
	conflict_claim_free(cl);
	return -1;
}

void
conflict_claim_free(struct conflict_claim *cl)
{
	if (cl == NULL)
		return;
	if (cl->opp != NULL)
		for (size_t i = 0; i < cl->c.n; i++)
			free(cl->opp[i]);
	free(cl->opp);
	free(cl->c.v);
	free(cl->q.v);
	free(cl);
}

/* Whether claim quantity q is a time or year a sentence must say: not in a subordinate clause. */
static int
said_of_time(const struct qty *q)
{
	return (q->fam == FAM_TIME || q->fam == FAM_TIMEPOINT) && q->ante == 0;
}

int
conflict_claim_quantities_said(const struct conflict_claim *cl, const char *text, size_t len)
{
	struct text s = { text, len, NULL, 0, 0 };
	struct qtys all = { 0 };
	size_t i, j;
	int rc = -1;

	for (i = 0; i < cl->q.n && !said_of_time(&cl->q.v[i]); i++)
		;
	if (i == cl->q.n)
		return 1;	/* no time to say: the text need not be read */
	if (tokenize(&s) < 0)
		goto done;
	mark_content(&s);
	if (quantities(&s, &all) < 0)
		goto done;
	rc = 1;
	for (i = 0; i < cl->q.n && rc == 1; i++) {
		if (!said_of_time(&cl->q.v[i]))
			continue;
		/* "three weeks" is not said by "weeks" alone */
		for (j = 0; j < all.n && (all.v[j].fam != cl->q.v[i].fam ||
		    (all.v[j].vague && !cl->q.v[i].vague)); j++)
			;
		rc = j < all.n;
	}
done:
	free(all.v);
	free(s.v);
	return rc;
}

/*
 * A chat writes names in small letters: a claim word the dictionary does
 * not know ("ampa", "nmda", "bdnf"; marked small by conflict_claim_new_in)
 * that the source writes as a name ("AMPA") names what the source's does
 * (name_like).
 */
static void
mark_named_as_source(struct text *c, const struct text *s)
{
	for (size_t k = 0; k < c->n; k++) {
		if (!c->v[k].small)
			continue;
		for (size_t j = 0; j < s->n; j++)
			if (s->v[j].type == T_WORD && strcmp(s->v[j].w, c->v[k].w) == 0 &&
			    name_like(s, j)) {
				c->v[k].named = 1;
				break;
			}
	}
}

int
conflict_find_claim(const struct conflict_claim *cl, const char *source, size_t source_len,
    const struct conflict_lexicon *lex, struct conflict *out, size_t max)
{
	/* the claim's tokens are copied: a negator is marked used as it gives a conflict */
	struct text c = cl->c;
	struct text s = { source, source_len, NULL, 0, 0 };
	struct found f = { NULL, 0, 0 };
	size_t i, j;
	int rc = -1;

	if (cl->c.len == 0 || source_len == 0 || max == 0)
		return 0;
	c.v = malloc((c.n ? c.n : 1) * sizeof *c.v);
	if (c.v == NULL)
		return -1;
	if (c.n > 0)
		memcpy(c.v, cl->c.v, c.n * sizeof *c.v);
	c.cap = c.n;
	if (tokenize(&s) < 0)
		goto done;
	mark_content(&s);
	mark_negations(&s);
	mark_ill_advised(&s);
	mark_aims(&s);
	mark_named_as_source(&c, &s);
	if (find_number(&c, &cl->q, &s, &f) < 0 || find_negation(&c, &s, &f) < 0 ||
	    find_necessity(&c, &s, &f) < 0 ||
	    find_antonym(&c, &s, lex, &f) < 0 ||
	    (cl->opp != NULL && find_lexicon_antonym(&c, cl->opp, &s, &f) < 0) ||
	    find_comparison(&c, &s, &f) < 0 ||
	    find_efficacy(&c, &s, &f) < 0 || find_degree_noun(&c, &s, &f) < 0 ||
	    find_anti_prefix(&c, &s, &f) < 0 || find_likeness(&c, &s, &f) < 0 ||
	    find_frequency_sides(&c, &s, &f) < 0 || find_permission(&c, &s, &f) < 0 ||
	    find_route_frequency(&c, &s, &f) < 0 || find_most_rare(&c, &s, &f) < 0 ||
	    find_order(&c, &s, &f) < 0 ||
	    find_sequence(&c, &s, &f) < 0 ||
	    find_substitution(&c, &s, lex, &f) < 0 ||
	    find_likened_other(&c, &s, &f) < 0 || find_likeness_denied(&c, &s, &f) < 0 ||
	    find_slot_substitution(&c, &s, lex, &f) < 0 ||
	    find_named_otherwise(&c, &s, lex, &f) < 0 ||
	    find_role_after(&c, &s, &f) < 0 || find_usual_route(&c, &s, &f) < 0 ||
	    find_name_in_slot(&c, &s, &f) < 0 ||
	    find_route(&c, &s, &f) < 0 ||
	    find_route_of_name(&c, &s, lex, &f) < 0 ||
	    find_tag_swap(&c, &s, &f) < 0 ||
	    find_name_variant(&c, &s, lex, &f) < 0 ||
	    find_letter_variant(&c, &s, &f) < 0 ||
	    find_contrast(&c, &s, lex, &f) < 0 || find_most_take(&c, &s, &f) < 0 ||
	    find_time_swap(&c, &s, lex, &f) < 0)
		goto done;
	/* a contrast tells what an antonym inside its claim words told again */
	for (i = 0; i < f.n; i++)
		if (f.v[i].kind == CONFLICT_CONTRAST)
			drop_kinds_within(&f, f.v[i].claim_start, f.v[i].claim_end, 0);
	/* claim order; the kinds were found in enum order, so keep ties stable */
	for (i = 1; i < f.n; i++) {
		struct conflict t = f.v[i];

		for (j = i; j > 0 && f.v[j - 1].claim_start > t.claim_start; j--)
			f.v[j] = f.v[j - 1];
		f.v[j] = t;
	}
	rc = (int)(f.n < max ? f.n : max);
	if (rc > 0)
		memcpy(out, f.v, (size_t)rc * sizeof *out);
done:
	free(c.v);
	free(s.v);
	free(f.v);
	return rc;
}

int
conflict_find_in(const char *claim, size_t claim_len, const char *source,
    size_t source_len, const struct conflict_lexicon *lex, struct conflict *out, size_t max)
{
	struct conflict_claim *cl;
	int rc;

	if (claim_len == 0 || source_len == 0 || max == 0)
		return 0;
	if (conflict_claim_new_in(claim, claim_len, lex, &cl) < 0)
		return -1;
	rc = conflict_find_claim(cl, source, source_len, lex, out, max);
	conflict_claim_free(cl);
	return rc;
}

int
conflict_find(const char *claim, size_t claim_len, const char *source,
    size_t source_len, struct conflict *out, size_t max)
{
	return conflict_find_in(claim, claim_len, source, source_len, NULL, out, max);
}

int
conflict_lists_fit(void)
{
	(void)pthread_once(&lists_once, build_lists);
	return lists.usable;
}

const char *
conflict_kind_name(enum conflict_kind k)
{
	switch (k) {
	case CONFLICT_NUMBER:
		return "number";
	case CONFLICT_NEGATION:
		return "negation";
	case CONFLICT_ANTONYM:
		return "antonym";
	case CONFLICT_SUBSTITUTION:
		return "substitution";
	case CONFLICT_CONTRAST:
		return "contrast";
	}
	return "unknown";
}
