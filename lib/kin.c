/*
 * kin.c: words a paraphrase uses for one another (kin.h).
 *
 * The groups are written for English prose in general, not for one corpus:
 * each holds words a writer swaps for one another without changing what a
 * sentence states (a member may sit in several groups).  Kept out on
 * purpose: opposites (conflict.c checks those), words of different
 * strength ("suggest" and "prove"), and broad words whose sense depends on
 * the sentence ("work", "clear", "support").  The table is stemmed once per
 * kin_open with the index's tokenizer, so inflections of a member are kin
 * too ("relieves" meets "relief" through "relieve"); a word that only
 * stems like a member ("stimulant", "stimulate") is not (inflects).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "kin.h"
#include "spelling.h"
#include "textclass.h"
#include "thesaurus.h"

static const char *const groups[] = {
	/* speed and time */
	"fast faster fastest quick quicker quickly rapid rapidly swift swiftly speedy speed",
	"slow slower slowly gradual gradually",
	"slower slowly longer",	/* "slower to take effect": "take longer to show effects" */
	"slow delay retard",
	"rate pace",
	"brief briefly temporary temporarily transient fleeting",
	"lasting durable sustained prolonged persistent enduring unrelenting relentless",
	"persistent nagging stubborn",
	"extend prolong lengthen",
	"continuing continued ongoing continual",
	"uncover unravel",
	"discover discovery",
	"basis underpinning underpinnings foundation",
	"begin beginning onset commence",
	"fade dissipate subside wane wear temporary",	/* "wears off": "is temporary" */
	"immediate immediately instant instantly promptly",
	"originally initially",
	"maintain maintenance",
	"second another",	/* "a second receptor": "another receptor" */
	"soon shortly asap",
	"daily everyday",
	"yearly annual annually",
	"weekly week",
	"monthly month",
	"hour hourly",
	"fifties 1950s", "sixties 1960s", "seventies 1970s", "eighties 1980s", "nineties 1990s",
	/* amount and change */
	"increase rise raise boost elevate heighten",
	"decrease reduce reduction lower lessen diminish decline drop minimize minimise limit dampen "
	"soften nerf",	/* a gamer's "nerfs the flashbacks" */
	"improve improvement enhance enhancement",
	"worsen deteriorate deterioration aggravate",
	"many numerous multiple",
	"large big huge substantial considerable sizable enormous massive vast",
	"small minor slight modest mild tiny wee",
	"smaller lower lesser",
	"strong powerful potent",
	"primarily chiefly predominantly principally",
	"important crucial vital essential key",
	"most majority maist",
	"level amount concentration quantity",
	"approximately roughly nearly",
	"percent percentage",
	/* people and care */
	"doctor physician clinician practitioner",
	"people individuals persons person patient folks folk blokes",
	"trauma traumatic",
	"qualified trained certified",
	"appointment visit",
	"discomfort uneasy unease uncomfortable",
	"recent recently lately",
	"series sequence succession string",
	"expert specialist",
	"specialty specialize specialise speciality",
	"guidance guide",
	"recommend advise",
	"pulse heartbeat heart",	/* "your pulse": "heart rate" */
	"rehab rehabilitation",
	"staff personnel professional crew",
	"child children kid kids",
	"medication medicine drug pharmaceutical",
	"medicine medical hospital",
	"illness disease disorder condition ailment sickness affliction malady problem",
	"treat treatment therapy therapeutic",
	"psychotherapy counseling counselling counselor counsellor",
	"dose dosage dosing",
	"inject injection injectable jab",
	/* a route and the part of the body it goes through: "into a vein" */
	"intravenous intravenously iv vein",
	"infusion drip",
	"intranasal intranasally nasal nose nostril",
	"oral orally mouth swallow swallowed pill pills",	/* "pills": oral formulations */
	"tablet pill lozenge capsule troche",
	/* "nose-spray versions": "intranasal formulations" */
	"formulation version preparation",
	"monitor monitoring supervise supervision observe observation watch",
	"clinic facility center centre",
	"surgery surgical surgeon",
	"synthesize synthesise synthesized synthesised lab labs laboratory",	/* "first made in a lab" */
	"vet vets veterinary veterinarian animal critter critters",
	"analgesic analgesia painkiller painkilling",
	"prescribe prescription",
	"administer administration deliver delivery",
	"receive obtain",
	"require requirement necessary essential",
	"help aid assist assistance",
	"provide offer supply",
	"acquire obtain",
	"retain preserve maintain",
	"remove eliminate",
	"restore repair mend rebuild",
	"indication purpose",	/* "mental health indications": "mental health purposes" */
	"protect shield safeguard",
	"try attempt",
	"buy purchase",
	"choose select pick",
	"discontinue cease halt quit",
	"investigate investigation examine explore assess evaluate evaluation",
	"vary differ",
	"problem issue difficulty concern",
	"link associate association correlate correlation relationship tied",
	"result outcome consequence",
	"part portion component",
	"cause induce trigger provoke prompt",
	"change alter modify modulate",
	"miss skip forgo ditch",
	"experience encounter undergo",
	"expect anticipate",
	"severe severity serious",
	"produce production generate create",
	"control manage management",
	"option alternative choice",
	"method approach technique",
	"path pathway route avenue road",
	"goal aim purpose objective",
	"result outcome",
	"benefit beneficial advantage",
	"potential potentially promise",
	"combine combination pair pairing",
	"respond response responsive",
	"resistant refractory",
	"effective efficacy effectiveness efficacious",
	"effect impact influence affect",
	"research study trial",
	"demonstrate reveal indicate",
	"discuss discussion talk conversation",
	"describe description characterize characterise portray",
	"cover coverage",
	/* body and mind */
	"relieve relief alleviate alleviation ease respite",
	"inflammation inflammatory swelling",
	"depressed sad sadness unhappy melancholy",
	"depression melancholia melancholic",
	"anxiety anxious jitters jittery",
	"hyperarousal jumpy jumpiness hypervigilance hypervigilant",
	"mood spirits",
	"suicidal suicide",
	"thought thinking ideation",
	"mental psychological psychiatric",
	"health healthy",
	"grow growth",
	"neuron neuronal",
	"connection synapse synaptic connectivity",
	"heart cardiac cardiovascular",
	"kidney renal",
	"liver hepatic",
	"bladder urinary",
	"respiratory breathing",
	"nausea nauseous nauseated queasy queasiness pukey",
	"dizzy dizziness lightheaded",
	"drowsy drowsiness sleepy sleepiness",
	"confusion confused disoriented disorientation",
	"chronic persistent",
	"fatigue tired tiredness exhaustion",
	"pregnant pregnancy",
	"recover recovery",
	"everybody everyone",
	"psychiatry psychiatric",
	"pain painful ache aches aching achy",
	"anesthetic anaesthetic anesthesia anaesthesia anesthetize anaesthetize anesthetise "
	"anaesthetise",
	"hallucinogen hallucinogenic psychedelic",
	"euphoria euphoric",
	"hallucination hallucinogenic hallucinate",
	"dissociation dissociative detachment detached detach dissociate disconnected floaty "
	"spacey",
	"addiction addictive dependence dependency",
	"distinct separate",
	"similar resemble resembling comparable akin",
	"promising encouraging",
	"vivid intense",
	"attention notice interest",
	"abuse misuse",
	"harm harmful damage damaging injury",
	"risk risky danger dangerous hazard hazardous unsafe",
	"safe safety",
	"death die deadly fatal lethal",
	"block inhibit inhibitor antagonist",
	"activate activation stimulate awaken",	/* "awakens another receptor" */
	/* cost, law, world */
	"cost price expense expensive costly pricey fee fees prohibitive",
	"obstacle barrier hurdle impediment snag",
	"calm peaceful tranquil serene",
	"setting environment surroundings atmosphere",
	"ability capacity capability",
	"schedule regimen",
	"eligible qualify",
	"approve approval authorize authorise authorization authorisation",
	"ban forbid",
	"permit permission",
	"law legislation",
	"popular popularity",
	"new novel innovative",
	"typical conventional traditional standard normal customary",
	"common frequent frequently widespread prevalent commonly",
	"rare rarely uncommon infrequent seldom",
	"occur happen arise",
	"world global worldwide",
	"nation national country",
	"pay payment",
	/* numbers: a claim writes "three hours" where a source has "3 hours" */
	"two 2", "three 3", "four 4", "five 5", "six 6", "seven 7", "eight 8", "nine 9",
	"ten 10", "eleven 11", "twelve 12", "fifteen 15", "twenty 20", "thirty 30",
	"forty 40", "fifty 50", "sixty 60", "hundred 100", "thousand 1000",
	NULL
};

/*
 * Clinical shorthand, "abbreviation word": the abbreviation stands for
 * the word, or for the telling word of its phrase ("BP": "blood
 * pressure"; "TRD": "treatment-resistant depression").  Abbreviations
 * with common other senses ("HR", "CV", "SI", "IM", "SC": a source's tag
 * for a route) are left out.  Each line is a kin group too.
 */
static const char *const shorthand[] = {
	"pt patient", "pts patients", "tx treatment", "ae adverse", "aes adverse",
	"bp pressure", "po oral", "trd resistant", "sx symptoms", "dx diagnosis",
	"hx history", "rx prescription", "ect electroconvulsive", "pcp phencyclidine",
	"mdd depressive", "gad generalized", "crps regional", "mh mental",
	"psych psychiatric", "moa mechanism", "ssri antidepressant", "ssris antidepressants",
	"hrs hours", "wks weeks", "yrs years", "mins minutes", "se side", "ses side",
	"1st first", "2nd second", "3rd third",
	/* a chat's */
	"ppl people", "doc doctor", "docs doctors", "med medication", "meds medications",
	"ket ketamine", "diff different",
	/* an emergency doctor's texts, a therapist's notes */
	"ad antidepressant", "ads antidepressants", "nt neurotransmitter",
	"nts neurotransmitters", "si suicidal", "inj injection", "injs injections",
	"rcptr receptor", "rcptrs receptors", "std standard",
	"anx anxiety", "dep depression", "max maximize",
	/* a doctor's thread */
	"subq subcutaneous", "subcut subcutaneous", "combo combination", "admin administration",
	/* an anaesthetist's break-room talk */
	"rxn reaction", "rxns reactions", "esp especially", "comp composition",
	/* a Scots speaker's */
	"hame home", "heid head", "heids heads", "thae those", "yoursel yourself",
	NULL
};

/*
 * Phrases a writer uses for one word, "phrase|word": the phrase's first
 * word in any inflection ("switches on"), the others as written.
 */
static const char *const phrases[] = {
	"switch on|activate", "turn on|activate", "shut down|block", "shut off|block",
	"switch off|block", "nerve cell|neuron", "nerve cells|neurons", "hold back|slow",
	"keep an eye on|monitor", "keep a close eye on|monitor", "keep a close eye|monitor",
	"keep a careful eye on|monitor", "keep a watchful eye on|monitor", "keep tabs on|monitor",
	"look into|investigate", "talk therapy|psychotherapy", "bad dreams|nightmares",
	"behind the wheel|drive", "seek advice|consult", "put under|anesthetize",
	"half an hour|minutes",	/* "30 minutes": the numbers are conflict.c's to compare */
	"sick to the stomach|nausea", "sick to your stomach|nausea", "short lived|temporary",
	"read up on|research", "no luck with|respond", "gotten anywhere with|respond",
	/* phrasal verbs of general English */
	"cut down on|reduce", "cut back on|reduce", "stick around|last", "bring on|cause",
	"knock out|disrupt", "patch up|repair", "zero in on|target", "dig into|investigate",
	"team up with|combine", "fine tune|refine", "keep up|continue", "set off|trigger",
	"find out|discover", "kick in|effect", "wear off|temporary", "go away|subside",
	"calm down|reduce", "spaced out|dissociation", "ramp up|increase", "crank up|increase",
	"step up|increase", "dial down|reduce", "tamp down|reduce", "tone down|reduce",
	"scale back|reduce", "clear headed|clarity", "knock down|reduce", "clear up|subside",
	"bounce back|resilience", "price tag|cost", "stop at|beyond",
	"operating table|surgery", "operating room|surgery", "operating theatre|surgery",
	"in a hurry|quickly", "feel sick|nausea", "felt sick|nausea", "bit sick|nausea",
	/* a lay reader's words for clinical ones */
	"put to sleep|anesthetize", "animal doctor|veterinary", "animal doctors|veterinary",
	"shock treatment|electroconvulsive", "shock therapy|electroconvulsive",
	"low spirits|depression", "depression pills|antidepressants",
	"depression medicine|antidepressants", "depression medicines|antidepressants",
	"depression meds|antidepressants", "depression drugs|antidepressants",
	"seeing things|hallucinations", "hearing things|hallucinations",
	"brain chemical|neurotransmitter", "brain chemicals|neurotransmitters",
	"cut off|dissociation", "out of body|dissociation", "long lasting|chronic",
	"scary memories|traumatic", "bad memories|traumatic", "painful memories|traumatic",
	"mood swings|bipolar", "nerve pain|neuropathic", "throw up|vomit",
	"upset stomach|nausea", "on edge|hyperarousal", "wanting to die|suicidal",
	"want to die|suicidal", "end their life|suicidal", "end their lives|suicidal",
	"take their own life|suicidal", "get better|recover", "get well|recover",
	"lose touch with reality|psychosis", "losing touch with reality|psychosis",
	"panic attack|anxiety", "panic attacks|anxiety", "brain messengers|neurotransmitters",
	"chemical messengers|neurotransmitters", "cook up|synthesize", "turn down|reduce",
	/* a children's book's words */
	"brain messenger|neurotransmitter", "talking therapy|psychotherapy",
	"worry problems|anxiety", "worry attacks|anxiety", "medicines for sadness|antidepressants",
	"medicine for sadness|antidepressants", "doctors for animals|veterinary",
	"doctor for animals|veterinary", "health workers|professionals", "let out|release",
	"go up|increase", "goes up|increase", "did the job|effective", "do the job|effective",
	"a break from|relief", "trouble with drugs|substance", "never goes away|chronic",
	"never go away|chronic", "strict rules|controlled", "see strange things|hallucinations",
	"seeing strange things|hallucinations", "the wrong way|misuse", "depend on|dependency",
	"doctor watching|supervision", "bad effects|side", "links between brain cells|connections",
	"mix with|combine", "mix it with|combine", "daily habits|lifestyle",
	"unwanted thoughts|intrusive",
	"little while|temporary", "loved one|patient", "loved ones|patients",
	"right away|immediate", "straight away|immediate", "out of reach|barrier",
	"beyond the reach|barrier", "beyond reach|barrier", "take the edge off|alleviate",
	"shot into|injection", "shots into|injections", "a shot|injection", "a jab|injection",
	"how bad|severity", "stretch out|prolong", "figure out|determine",
	"figure it out|determine", "figure that out|determine",
	"cut down|reduce", "cuts down|reduce", "cutting down|reduce", "made in a lab|synthesized",
	"made in a laboratory|synthesized", "created in a lab|synthesized",
	"created in a laboratory|synthesized",
	/* a legislator's, a support group's, a quiz host's, a teenager's */
	"last longer|prolong", "turn heads|attention", "mess up|disrupt", "whip up|synthesize",
	"keep things going|maintenance", "keep things steady|maintenance",
	"keep people well|maintenance", "keep you well|maintenance", "top ups|maintenance",
	"top up|maintenance", "how old|age", "knock you out|anesthetize",
	"chat with|consult", "talk to|consult", "talk with|consult",
	"turn up|increase", "how often|frequency", "many times|often", "belong to|part",
	"belongs to|part", "no small|significant", "passes once|dissipates",
	"passes off|dissipates", "pass off|dissipate", "passes after|dissipates",
	"how long|duration", "blow off|skip",
	"heads turn|attention", "keep coming back|ongoing", "keep going back|ongoing",
	"keep on going back|ongoing", "keep on coming back|ongoing",
	"shut out|barrier", "priced out|barrier", "lock out|barrier",
	"most of the time|typically", "once in a great while|rare", "mood pills|antidepressants",
	"mood medicine|antidepressants", "mood medicines|antidepressants", "mood meds|antidepressants",
	"check up|follow", "check ups|follow",
	"bail on|skip", "pop into|intrusive", "pop up|intrusive", "tinker with|explore",
	/* a briefing officer's, a cab driver's, a philosopher's */
	"old school|traditional", "heavy duty|powerful", "watchful eye|supervision",
	"like a hawk|closely", "fool around with|explore",
	/* a kindergarten teacher's */
	"grown ups|people", "big feelings|emotions",
	/* "again and again": "repeatedly"; "talk over the costs": "discuss" */
	"again and again|repeatedly", "over and over|repeatedly", "time and again|repeatedly",
	"time after time|repeatedly", "talk over|discuss", "talk through|discuss",
	/* "come less often and hit less hard": "reduce the frequency and severity" */
	"less often|frequency", "not so often|frequency", "not as often|frequency",
	"less hard|severity", "hit less hard|severity", "less intense|severity",
	"less strong|severity", "less bad|severity", "less harsh|severity", "hit softer|severity",
	/* "after the first treatments": "after initial treatments" */
	"first treatment|initial", "first treatments|initial", "first round|initial",
	/* a country doctor's, a farmer's, a teenager translating */
	"happy pills|antidepressants", "happy pill|antidepressant", "manic depressive|bipolar",
	"manic depression|bipolar", "electric shock|electroconvulsive",
	"electric shocks|electroconvulsive", "see things|hallucinations",
	"nineteen fifties|1950s", "nineteen sixties|1960s", "nineteen seventies|1970s",
	"nineteen eighties|1980s", "nineteen nineties|1990s", "alcohol problems|alcoholism",
	"drinking problem|alcoholism", "drinking problems|alcoholism",
	"put you under|anesthetize", "put people under|anesthetize",
	"put patients under|anesthetize", "put them under|anesthetize",
	"troubled mind|mental", "troubled minds|mental", "troubles of the mind|mental",
	"frayed nerves|anxiety", "bad nerves|anxiety", "knock out drug|anesthetic",
	"lock and key|controlled", "for a spell|temporary", "for a while|temporary",
	"blue moon|rare", "hinge on|depend", "hinges on|depend", "hang on|depend",
	"problems with drugs|substance", "drug problems|substance",
	"drugs or alcohol|substance", "drugs and alcohol|substance", "drug and alcohol|substance",
	"last a long time|chronic", "calm inflammation|reduce", "calm swelling|reduce",
	"lose touch with what is real|psychosis", "losing touch with what is real|psychosis",
	"help pay|cover", "pay for|cover",
	/* a columnist's, a commenter's, a doctor's thread */
	"hash out|discuss", "bring down|reduce", "tear apart|disrupt",
	"screw up|disrupt", "go after|target", "old guard|traditional",
	/* an agreement's, an Australian's */
	"fail to attend|skip", "failure to attend|skip", "up the nose|nasal",
	"cut you off|dissociation", "supposed to|advisable", "nobody supervising|unsupervised",
	"no one supervising|unsupervised", "nobody watching|unsupervised",
	"no one watching|unsupervised", "without supervision|unsupervised",
	/* "It is better to come with someone. He or she'll ... accompany you home." */
	"bring someone|accompany", "bring somebody|accompany", "bring a friend|accompany",
	"bring a mate|accompany", "bring a companion|accompany", "bring along|accompany",
	"crank out|produce", "churn out|produce", "pump out|produce",
	/* colloquial English: an Australian's, anyone's */
	"set you back|cost", "sets you back|cost", "chip in|cover", "hang around|last",
	"come good|recover", "have a yarn with|discuss", "have a chat with|discuss",
	"give it a go|try", "have a crack at|explore", "quick smart|quickly",
	"good idea|advisable",
	/* talk on the phone: a price "too steep", a dose that "comes down to" age */
	"too steep|expensive", "so steep|expensive", "steep enough|expensive",
	"come down to|depend", "body makeup|composition",
	/* Scots: "cut doon", "bring doon" */
	"cut doon|reduce", "bring doon|reduce",
	/* a tabloid's, a bartender's, a founder's pitch */
	"green light|approve", "cough up|cover", "frank chat|discuss", "sit down with|consult",
	"burst onto the scene|emerge", "raft of|various", "host of|various",
	"swinging sixties|1960s", "lightning fast|rapid", "eye watering|expensive",
	"mind bending|hallucinogenic", "spin off|derivative",
	"move the needle|effect", "do the trick|effective",
	"on account of|reason", "knockout drug|anesthetic", "rip apart|disrupt",
	"mood lift|antidepressant", "new breed|novel",
	/* a child's, an office email's, a narrator's */
	"a bump in|increase", "bump up|increase",
	"loop in|consult", "pick up the tab|cover", "trace back to|derived",
	/* a newsreel's, a tradie's, a Yorkshire grandmother's, a mechanic's */
	"arm and a leg|expensive", "spring from|derived", "stem from|derived",
	"descended from|derived", "nobody keeping an eye|unsupervised",
	"no one keeping an eye|unsupervised", "nobody keeping watch|unsupervised",
	"no one keeping watch|unsupervised", "hooked on|dependency", "lean on|depend",
	"different for everybody|vary", "different for everyone|vary", "for a bit|temporary",
	"your build|composition", "how you're built|composition", "how you are built|composition",
	"how poorly|severity", "how sick|severity", "how ill|severity", "skive off|skip",
	"play hooky|skip", "bunk off|skip", "zone out|dissociation", "cool down|reduce",
	"deliver the goods|effective", "get hooked|dependency", "become hooked|dependency",
	/* a sports commentator's, a trucker's, a chef's, a schoolmaster's */
	"push up|increase", "drive up|increase", "drag down|reduce",
	"pull down|reduce", "damp down|reduce", "tight eye on|monitor", "checked out|dissociation",
	"hitch up with|combine", "keeps them from|barrier",
	"keep people from|barrier", "keeps people from|barrier",
	/* a fisherman's, a barber's, a plumber's */
	"change from person to person|vary", "change from one person to the next|vary",
	"change from one person to another|vary", "change from patient to patient|vary",
	"differ from person to person|vary", "end it all|suicidal", "ending it all|suicidal",
	"real quick|rapidly", "bust up|disrupt", "stack with|combine", "close eye on|monitor",
	"then and there|immediate",
	/* a nurse's, a Welsh farmer's, a parenting forum's */
	"step one|first", "first step|first", "have a word with|consult",
	"got anywhere with|respond", "get anywhere with|respond", "turned around|disorientation",
	"send up|increase", "come from|derived", "do the trick|work", "did the trick|work",
	"done the trick|work", "settle down|reduce",
	/* a nursing student's */
	"big deal|significant",
};

#define NPHRASES (sizeof phrases / sizeof *phrases)

const char *kin_phrase(size_t i)
{
	return i < NPHRASES ? phrases[i] : NULL;
}

struct member {
	char *stem;
	int group;
	const char *word;	/* as written in groups[], len bytes */
	size_t len;
};

struct kin {
	struct member *m;	/* sorted by stem, then group */
	size_t n;
	char *phrase_stem[NPHRASES];	/* the stem of each phrase's first word, or NULL */
};

const char *kin_group(size_t i)
{
	return i < sizeof groups / sizeof *groups ? groups[i] : NULL;
}

struct first_term {
	char *term;
	int oom;
};

static int take_first(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct first_term *f = ctx;
	(void)start;
	(void)end;
	if (colocated || n == 0 || term[0] == TOKENIZER_RAW_MARK)
		return 0;
	if ((f->term = strndup(term, n)) == NULL)
		f->oom = 1;
	return 1;
}

int kin_stem(struct tokenizer_session *tok, const char *w, size_t n, char **out)
{
	struct first_term f = { 0 };
	*out = NULL;
	if (tokenizer_run(tok, TOKENIZER_QUERY, w, n, take_first, &f) < 0 || f.oom) {
		free(f.term);
		return -1;
	}
	*out = f.term;
	return 0;
}

static int by_stem(const void *a, const void *b)
{
	const struct member *x = a, *y = b;
	int c = strcmp(x->stem, y->stem);
	return c ? c : x->group - y->group;
}

int kin_open(struct tokenizer_session *tok, struct kin **out)
{
	struct kin *k = calloc(1, sizeof *k);
	size_t cap = 0;
	*out = NULL;
	if (k == NULL)
		return -1;
	int ngroups = 0;
	while (groups[ngroups] != NULL)
		ngroups++;
	for (int g = 0; g < ngroups || shorthand[g - ngroups] != NULL; g++) {
		for (const char *p = g < ngroups ? groups[g] : shorthand[g - ngroups]; *p;) {
			size_t len = strcspn(p, " ");
			const char *word = p;
			char *stem;
			if (kin_stem(tok, p, len, &stem) != 0)
				goto fail;
			p += len;
			p += *p == ' ';
			if (stem == NULL)
				continue;
			if (k->n == cap) {
				cap = cap ? cap * 2 : 512;
				struct member *m = realloc(k->m, cap * sizeof *m);
				if (m == NULL) {
					free(stem);
					goto fail;
				}
				k->m = m;
			}
			k->m[k->n++] = (struct member){ stem, g, word, len };
		}
	}
	qsort(k->m, k->n, sizeof *k->m, by_stem);
	for (size_t i = 0; i < NPHRASES; i++)
		if (kin_stem(tok, phrases[i], strcspn(phrases[i], " |"), &k->phrase_stem[i]) != 0)
			goto fail;
	*out = k;
	return 0;
fail:
	kin_close(k);
	return -1;
}

void kin_close(struct kin *k)
{
	if (k == NULL)
		return;
	for (size_t i = 0; i < k->n; i++)
		free(k->m[i].stem);
	for (size_t i = 0; i < NPHRASES; i++)
		free(k->phrase_stem[i]);
	free(k->m);
	free(k);
}

/* The first member with this stem, or k->n. */
static size_t first_with_stem(const struct kin *k, const char *stem)
{
	size_t lo = 0, hi = k->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(k->m[mid].stem, stem) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < k->n && strcmp(k->m[lo].stem, stem) == 0 ? lo : k->n;
}

/*
 * The word's American and British spellings (spelling.h: the rules the
 * query side uses too).  A variant that is no English word matches
 * nothing.
 */
int kin_spellings(const char *w, char **out, int max)
{
	size_t len = strlen(w);
	int n = 0;
	for (int kind = SPELLING_AMERICAN; kind <= SPELLING_BRITISH && n < max; kind++) {
		char v[SPELLING_MAX_WORD + SPELLING_GROWTH + 1];
		if (spelling_variant(w, len, (enum spelling_kind)kind, v) == 0)
			continue;
		if ((out[n] = strdup(v)) == NULL) {
			while (n > 0)
				free(out[--n]);
			return -1;
		}
		n++;
	}
	return n;
}

/* surface lower-cased (ASCII) into lower[64]; 0 when it does not fit. */
static int lower_copy(const char *surface, char lower[64])
{
	size_t len = strlen(surface);
	if (len >= 64)
		return 0;
	for (size_t i = 0; i <= len; i++)
		lower[i] = (char)tolower((unsigned char)surface[i]);
	lower[without_possessive(lower, len)] = '\0';	/* "the drip's going": "drip" */
	return 1;
}

/* Whether a word ends with suffix, after its first n bytes. */
static int ends_as(const char *w, size_t n, const char *suffix)
{
	return strcmp(w + n, suffix) == 0;
}

/*
 * Whether the lower-case word w is member m[0 .. n) or one of its
 * inflections ("relieves", "dosing", "surgeries", "safely", "bigger"),
 * or the member one of w's (inflected_from: "lasting" of "last"): a word
 * that only stems alike ("stimulant" and "stimulate", "activity" and
 * "activate") is no member.
 */
static int inflects(const char *w, const char *m, size_t n)
{
	static const char *const endings[] = { "", "s", "es", "ed", "d", "ing", "er", "est", "ly",
		"ally" };
	size_t wl = strlen(w);
	if (wl < n)
		return 0;
	for (size_t e = 0; e < sizeof endings / sizeof *endings; e++) {
		if (memcmp(w, m, n) == 0 && ends_as(w, n, endings[e]))
			return 1;
		/* "dosing": the member's final e dropped; "surgeries": y to i */
		if (n > 2 && (m[n - 1] == 'e' || m[n - 1] == 'y') && memcmp(w, m, n - 1) == 0 &&
		    (m[n - 1] == 'e' ? ends_as(w, n - 1, endings[e]) :
		    w[n - 1] == 'i' && ends_as(w, n, endings[e])))
			return 1;
		/* "bigger": its last consonant doubled */
		if (n > 2 && memcmp(w, m, n) == 0 && w[n] == m[n - 1] && *endings[e] != '\0' &&
		    ends_as(w, n + 1, endings[e]))
			return 1;
	}
	return 0;
}

/* Whether member m[0 .. n) is an inflection of the word w ("lasting" of "last"). */
static int inflected_from(const char *w, const char *m, size_t n)
{
	char member[64];
	if (n >= sizeof member)
		return 0;
	memcpy(member, m, n);
	member[n] = '\0';
	return inflects(member, w, strlen(w));
}

/* the longest abbreviation in shorthand[]: conflicts ask of every word they read */
#define SHORTHAND_MAX 7

const char *kin_shorthand(const char *w)
{
	size_t n = strlen(w);
	if (n == 0 || n > SHORTHAND_MAX)
		return NULL;
	for (int i = 0; shorthand[i] != NULL; i++)
		if (strncmp(shorthand[i], w, n) == 0 && shorthand[i][n] == ' ')
			return shorthand[i] + n + 1;
	return NULL;
}

const char *kin_phrase_stem(const struct kin *k, size_t i)
{
	return i < NPHRASES ? k->phrase_stem[i] : NULL;
}

/*
 * Endings a source word may differ from a kin word by and still say it:
 * inflections, and the suffixes that name a verb's act or doer
 * ("connections", "connect"; "researchers", "research").  Not "-al",
 * "-ity", "-ive", "-ness", "-ful": "several" is not "severe", "activity"
 * not "activate", "effective" not "effect"; nor "-ation" ("exploration",
 * "explore"), whose base with an "e" is as often another word ("active"
 * of "activation").
 */
static const char *const same_sense_endings[] = {
	"", "d", "ed", "er", "ers", "es", "est", "ing", "ion", "ions", "ist", "ists", "ly", "ment",
	"ments", "or", "ors", "s",
};

#define BASE_MIN 2	/* the shortest base two words may share: "us" of "used", "using" */
#define ABBREVIATION_CAPITALS_MAX 2	/* "HR", "NB": longer ones ("PTSD") name one thing */

/*
 * Whether bases a[0 .. an) and b[0 .. bn) are one: equal, or one adds an
 * "e" or doubles its last letter.
 */
static int one_base(const char *a, size_t an, const char *b, size_t bn)
{
	if (an > bn) {
		const char *t = a;
		size_t tn = an;
		a = b, an = bn, b = t, bn = tn;
	}
	if (an < BASE_MIN || memcmp(a, b, an) != 0)
		return 0;
	return bn == an || (bn == an + 1 && (b[an] == 'e' || b[an] == a[an - 1]));
}

/*
 * Whether the lower-case words w and word share a base once each drops
 * one of same_sense_endings: "handled", "handling"; "injecting",
 * "injection"; "modulation", "modulate".
 */
static int same_base(const char *w, const char *word)
{
	size_t wn = strlen(w), n = strlen(word);
	const size_t ne = sizeof same_sense_endings / sizeof *same_sense_endings;
	for (size_t i = 0; i < ne; i++) {
		size_t il = strlen(same_sense_endings[i]);
		if (wn < il || !ends_as(w, wn - il, same_sense_endings[i]))
			continue;
		for (size_t j = 0; j < ne; j++) {
			size_t jl = strlen(same_sense_endings[j]);
			if (n >= jl && ends_as(word, n - jl, same_sense_endings[j]) &&
			    one_base(w, wn - il, word, n - jl))
				return 1;
		}
	}
	return 0;
}

int kin_inflection(const char *w, size_t n, const char *word)
{
	char lower[64];
	n = without_possessive(w, n);	/* "ketamine's", "drug’s" */
	if (n >= sizeof lower)
		return 0;
	for (size_t i = 0; i < n; i++)
		lower[i] = (char)tolower((unsigned char)w[i]);
	lower[n] = '\0';
	return inflects(lower, word, strlen(word)) || inflected_from(lower, word, strlen(word)) ||
	    same_base(lower, word);
}

int kin_each(const struct kin *k, struct tokenizer_session *tok, const char *surface,
    const char *stem, kin_add_fn *add, void *ctx)
{
	char lower[64], *variants[4];
	int lowered = lower_copy(surface, lower);
	if (lowered) {
		int nv = kin_spellings(lower, variants, 4);
		if (nv < 0)
			return -1;
		int rc = 0;
		for (int i = 0; i < nv; i++) {
			char *vs = NULL;
			if (rc == 0 && (rc = kin_stem(tok, variants[i], strlen(variants[i]),
			    &vs)) == 0 && vs != NULL && strcmp(vs, stem) != 0)
				rc = add(ctx, vs, variants[i]);
			free(vs);
			free(variants[i]);
		}
		if (rc != 0)
			return rc;
	}
	for (size_t i = first_with_stem(k, stem); i < k->n && strcmp(k->m[i].stem, stem) == 0;
	    i++) {
		int g = k->m[i].group, rc;
		if (lowered && !inflects(lower, k->m[i].word, k->m[i].len) &&
		    !inflected_from(lower, k->m[i].word, k->m[i].len))
			continue;
		for (size_t j = 0; j < k->n; j++) {
			char word[64];
			if (k->m[j].group != g || k->m[j].len >= sizeof word)
				continue;
			memcpy(word, k->m[j].word, k->m[j].len);
			word[k->m[j].len] = '\0';
			if ((rc = add(ctx, k->m[j].stem, word)) != 0)
				return rc;
		}
	}
	return 0;
}

struct synonym_walk {
	const struct kin *k;
	struct tokenizer_session *tok;
	const char *stem;
	kin_add_fn *add;
	void *ctx;
};

/*
 * Synonyms whose stem is another word's: "depressant" (for "sedative")
 * stems as "depression" does, "unlikely" (for "supposed") as "unlike".
 * Sorted.
 */
static const char *const stem_colliding[] = { "depressant", "depressants", "unlikely" };

/*
 * Synonyms a source mostly writes in another use: "well" (for "good") in
 * "as well" and "well-being".  Sorted.
 */
static const char *const idle_synonyms[] = { "well" };

static int add_synonym(void *ctx, const char *lemma, enum thesaurus_kind kind)
{
	struct synonym_walk *sw = ctx;
	char *st = NULL;
	/* a synonym of two letters is an abbreviation: "ma" for "mom" meets "MA" */
	if (kind != THESAURUS_BASE_FORM && strlen(lemma) <= 2)
		return 0;
	for (size_t i = 0; i < sizeof stem_colliding / sizeof *stem_colliding; i++)
		if (strcmp(lemma, stem_colliding[i]) == 0)
			return 0;
	for (size_t i = 0; i < sizeof idle_synonyms / sizeof *idle_synonyms; i++)
		if (strcmp(lemma, idle_synonyms[i]) == 0)
			return 0;
	if (kin_stem(sw->tok, lemma, strlen(lemma), &st) != 0)
		return -1;
	int rc = 0;
	if (st != NULL && strcmp(st, sw->stem) != 0) {
		rc = sw->add(sw->ctx, st, lemma);
		/* a base form brings its own kin: "safer", "safe", "safety" */
		if (rc == 0 && kind == THESAURUS_BASE_FORM && sw->k != NULL)
			rc = kin_each(sw->k, sw->tok, lemma, st, sw->add, sw->ctx);
	}
	free(st);
	return rc;
}

int kin_each_of_word(const struct kin *k, struct tokenizer_session *tok, const char *word,
    kin_add_fn *add, void *ctx)
{
	char *stem = NULL;
	if (kin_stem(tok, word, strlen(word), &stem) != 0)
		return -1;
	if (stem == NULL)
		return 0;
	int rc = add(ctx, stem, word);
	if (rc >= 0) {
		int each = kin_each(k, tok, word, stem, add, ctx);
		rc = each < 0 ? -1 : rc != 0 ? rc : each;
	}
	free(stem);
	return rc < 0 ? -1 : rc;
}

/*
 * Whether surface is a short abbreviation in capitals ("HR", "NB"): its
 * WordNet senses are another word's ("hour", "niobium"); the shorthand
 * table above says what it stands for.
 */
static int capitals_abbreviation(const char *surface)
{
	return all_capitals(surface, 2, ABBREVIATION_CAPITALS_MAX);
}

int kin_synonyms(const struct kin *k, const struct thesaurus *th, int senses, int their,
    int usual, struct tokenizer_session *tok,
    const char *surface, const char *stem, kin_add_fn *add, void *ctx)
{
	char lower[64];
	if (th == NULL || !lower_copy(surface, lower) || capitals_abbreviation(surface))
		return 0;
	struct synonym_walk sw = { k, tok, stem, add, ctx };
	return usual ? thesaurus_each_usual(th, lower, senses, their, add_synonym, &sw) :
	    thesaurus_each(th, lower, senses, their, add_synonym, &sw);
}
