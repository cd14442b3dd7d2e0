/*
 * test_frame.c: attribution frames (lib/frame.c), table driven: each row
 * is a claim and the frames it must give, written out as the claim's
 * bytes joined by "|" ("" for none).  The rows that must give no frame
 * matter as much: a name that does something ("Ketamine shows promise"),
 * a noun's passive hedge ("Ketamine is claimed to"), a verb of telling
 * with a listener ("reported to the doctor"), a frame that leaves too
 * little.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "frame.h"

struct frame_case {
	const char *claim;
	const char *want;	/* the frames' bytes joined by "|" */
};

static void frames_of(const char *claim, char *out, size_t size)
{
	struct frame_span spans[FRAME_MAX];
	size_t n = frame_find(claim, strlen(claim), spans, FRAME_MAX), used = 0;
	out[0] = '\0';
	for (size_t i = 0; i < n && used < size; i++) {
		assert_true(spans[i].start < spans[i].end);
		assert_true(spans[i].end <= strlen(claim));
		if (i > 0)
			assert_true(spans[i - 1].end <= spans[i].start);
		used += (size_t)snprintf(out + used, size - used, "%s%.*s", i ? "|" : "",
		    (int)(spans[i].end - spans[i].start), claim + spans[i].start);
	}
}

static void check(const struct frame_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char got[512];
		frames_of(cases[i].claim, got, sizeof got);
		if (strcmp(got, cases[i].want) != 0)
			fail_msg("%s: frames \"%s\", want \"%s\"", cases[i].claim, got,
			    cases[i].want);
	}
}

static void test_frame_at_start(void **state)
{
	static const struct frame_case cases[] = {
		{ "I was told that ketamine seems to calm inflammation.", "I was told that" },
		{ "My doctor told me ketamine was first made in the 1960s.", "My doctor told me" },
		{ "My doctor explained that ketamine also raises BDNF levels.",
		  "My doctor explained that" },
		{ "I was told to bring someone along to every session.", "I was told" },
		{ "Studies show that ketamine works fast.", "Studies show that" },
		{ "Early studies suggest ketamine may ease PTSD by disrupting memories.",
		  "Early studies suggest" },
		{ "We now know ketamine first appeared in the 1960s.", "We now know" },
		{ "The Haven Detox says ketamine infusions are offered in rehab.",
		  "The Haven Detox says" },
		{ "As my doctor explained, the relief is only temporary.",
		  "As my doctor explained," },
		{ "According to TelemedicalServices, ketamine is given in small doses.",
		  "According to TelemedicalServices," },
		{ "Per reviewed provider literature, ketamine is given at lower doses.",
		  "Per reviewed provider literature," },
		{ "Ketamine costs a lot per session, and insurance rarely pays.", "" },
		{ "Taken without supervision, ketamine can lead to misuse, the rehab operator warns.",
		  ", the rehab operator warns" },
		/* a sceptic's speakers: "Even the fans admit", "they reckon" */
		{ "Even the fans admit the lift wears off after a while.", "Even the fans admit" },
		{ "They reckon ketamine helps with anxiety disorders.", "They reckon" },
		{ "Even the dose matters more than the setting.", "" },
		/* a denied verb of knowing still tells the fact; a denied saying does not */
		{ "I didn't realize ketamine is a strong anesthetic.", "I didn't realize" },
		{ "I never knew ketamine was that old.", "I never knew" },
		{ "I did not know ketamine came from the 1960s.", "I did not know" },
		{ "I hadn't realized ketamine goes back to the 1960s.", "I hadn't realized" },
		{ "I hadn’t known that the NMDA receptors belong to the glutamate system.",
		  "I hadn’t known that" },
		{ "I had not known ketamine came from the 1960s.", "I had not known" },
		/* the list is searched in byte order: "didnt" sorts after "didn't" */
		{ "I didnt realize ketamine is a strong anesthetic.", "I didnt realize" },
		{ "I hadnt known ketamine came from the 1960s.", "I hadnt known" },
		{ "Doctors never said ketamine is safe.", "" },
		{ "I hadn't said ketamine is safe.", "" },
		/* a view named as a noun: "Our advice is that", "Downside is it ..." */
		{ "Our advice is that patients should not drive themselves home.", "Our advice is that" },
		{ "Our understanding at the department is that ketamine is a potent anaesthetic.",
		  "Our understanding at the department is that" },
		{ "The bottom line is that ketamine works fast.", "The bottom line is that" },
		{ "downside is it wears off for most people", "downside is" },
		{ "The point of treatment is relief from depression.", "" },
		{ "The theory is it restores the synaptic connections depression damages.",
		  "The theory is" },
		{ "Friendly reminder that this breakthrough is an anesthetic vets use.",
		  "Friendly reminder that" },
		{ "Esketamine's upside is that it is approved by the FDA.", "" },
		{ "We want people to be aware that missed sessions may slow recovery.",
		  "We want people to be aware that" },
		{ "I had no idea OCD was something ketamine therapy can help manage.", "I had no idea" },
		{ "The Massachusetts provider asserts that the FDA approved ketamine for treatment.",
		  "The Massachusetts provider asserts that" },
		{ "Ketamine indicates a new era in care.", "" },
		{ "TelemedicalServices advises against combining ketamine with counseling.", "" },
		{ "Funny enough, the nurse said ketamine is a powerful anesthetic.",
		  "Funny enough,|the nurse said" },	/* an aside, then a frame */
		{ "The FAQ sheet even says the FDA approved ketamine.",
		  "The FAQ sheet even says" },
		{ "The psychiatrist said studies show ketamine can quickly ease depression.",
		  "The psychiatrist said|studies show" },
		{ "Dr. Reyes explained that the dose is much smaller.", "Dr. Reyes explained that" },
		/* a meeting's minutes: its roles speak, and people are told */
		{ "The Secretary noted that ketamine was first synthesized in the 1960s.",
		  "The Secretary noted that" },
		{ "It was recorded that patients should not drive home.", "It was recorded that" },
		{ "Mrs Dunmore reminded members that the costs should be discussed.",
		  "Mrs Dunmore reminded members that" },
		{ "The record reflects that the effects are temporary.", "The record reflects that" },
		{ "The clinic recorded a drop in scores.", "" },
		/* a label before a colon, then perhaps a frame */
		{ "Pro tip: pair ketamine with counseling or lifestyle changes.", "Pro tip:" },
		/* a longer lead-in: no name of its own, a clause of five words after it */
		{ "Here's an irony for the drug warriors to chew on: ketamine is used to treat addiction.",
		  "Here's an irony for the drug warriors to chew on:" },
		{ "Fair warning from a regular: the relief from an infusion does not last.",
		  "Fair warning from a regular:" },
		/* whom the writer answers ("For those passengers who asked,") */
		{ "For those passengers who asked, ketamine is normally given in a clinic.",
		  "For those passengers who asked," },
		{ "For anyone wondering, ketamine is normally given in a clinic.",
		  "For anyone wondering," },
		{ "For those who asked about cost, insurance rarely covers it.", "" },
		/* a role of the reader's is no name ("your Scoutmaster"); a source's is */
		{ "FYI from your Scoutmaster: ketamine also ramps up the brain's production of BDNF.",
		  "FYI from your Scoutmaster:" },
		{ "Word from the Haven Detox: ketamine also ramps up the brain's production of BDNF.",
		  "" },
		/* the writer's "I" is no name of the lead-in's own */
		{ "Here's one I didn't know: ketamine calms down inflammation in your brain.",
		  "Here's one I didn't know:" },
		/* a claim's own question, a lead-in, and its short answer */
		{ "Is it within everyone's reach? Sadly not. The cost can be prohibitive.",
		  "Is it within everyone's reach?|Sadly not." },
		{ "Is the NMDA receptor the whole story? Not quite: ketamine also raises BDNF.",
		  "Is the NMDA receptor the whole story?|Not quite:" },
		{ "How many sessions? Generally you're looking at three or more.",
		  "How many sessions?" },
		{ "Does ketamine cause addiction? No.", "" },
		/* a lecturer's lead-ins: twelve words, commas inside */
		{ "And here's an irony worth savouring, given its reputation: ketamine treats "
		  "substance use disorders.",
		  "And here's an irony worth savouring, given its reputation:" },
		{ "A quick aside for any vet students hiding in the back row: ketamine is used "
		  "in veterinary settings.",
		  "A quick aside for any vet students hiding in the back row:" },
		{ "Listen up, team: when ketamine is run in a clinic, the play is an IV infusion.",
		  "Listen up,|team:" },
		{ "The FDA, in its review, approved one form: esketamine nasal spray for depression.",
		  "" },
		{ "The FDA verdict on this new drug: ketamine is approved for depression.", "" },
		{ "Good practice point 5: Patients are better off attending with a companion.",
		  "Good practice point 5:" },
		{ "The 2024 guideline on ketamine use: patients should not drive afterwards.", "" },
		{ "Make no mistake, this drug has teeth: in rare cases, ketamine can bring on psychosis.",
		  "Make no mistake,|this drug has teeth:" },
		{ "The side effects of ketamine infusions: nausea and dizziness.", "" },
		{ "Bottom line: my doctor said ketamine works fast for most people.",
		  "Bottom line:|my doctor said" },
		/* an agreement's frames: "The Patient acknowledges that", "It is agreed that" */
		{ "The Patient acknowledges that ketamine is derived from phencyclidine.",
		  "The Patient acknowledges that" },
		{ "The Patient understands that most people need three or more sessions.",
		  "The Patient understands that" },
		{ "It is agreed that ketamine is a powerful anesthetic.", "It is agreed that" },
		{ "It is hereby understood that ketamine is a powerful anesthetic.",
		  "It is hereby understood that" },
		{ "The doctor advised me that the relief is temporary.", "The doctor advised me that" },
		/* the text or its part that says it: "In the FAQ,"; a place is no text */
		{ "In the FAQ, readers are told that most people need three or more sessions.",
		  "In the FAQ,|readers are told that" },
		{ "In the background section, ketamine is described as a derivative of phencyclidine.",
		  "In the background section," },
		{ "In the clinic, ketamine is usually given as an intravenous infusion.", "" },
		/* a speaker's promise of candour: "I won't sugarcoat it." denies nothing */
		{ "I won't sugarcoat it. The relief wears off for most people.", "I won't sugarcoat it" },
		{ "I won't gloss over it, the cost of treatment can be prohibitive.",
		  "I won't gloss over it," },
		/* a chat's "not me finding out": I just learnt */
		{ "not me finding out ketamine is a strong anesthetic vets use", "not me finding out" },
		/* a verb that frames only before "that" */
		{ "Patients are advised against driving themselves home after a session.", "" },
		{ "The Patient agrees to attend every scheduled session.", "" },
		/* a party speaks only before "that" */
		{ "Patients should tell their family about the treatment.", "" },
		{ "Clients told us ketamine worked within hours.", "" },
		/* asides that only ask the reader to attend */
		{ "As most of you know, the usual route is an IV infusion.", "As most of you know," },
		{ "Keep in mind that this is a potent anesthetic.", "Keep in mind that" },
		{ "Of course, ketamine is a powerful anesthetic.", "Of course," },
		/* attitudes */
		{ "I was surprised to learn that ketamine is used by vets.",
		  "I was surprised to learn that" },
		{ "My doctor was honest with me that the relief is temporary.",
		  "My doctor was honest with me that" },
		{ "The doctor was honest that the lift people get is temporary.",
		  "The doctor was honest that" },
	};
	(void)state;
	check(cases, sizeof cases / sizeof *cases);
}

static void test_frame_inside(void **state)
{
	static const struct frame_case cases[] = {
		{ "The cost of ketamine treatment, the article concedes, can be high.",
		  ", the article concedes" },
		{ "Ketamine, the article concedes, is costly.", ", the article concedes" },
		{ "The intravenous route, one provider maintains, permits tight control.",
		  ", one provider maintains" },
		{ "Allergic reactions are, according to one rehab provider, a rare effect.",
		  ", according to one rehab provider" },
		{ "Nasal sprays act more slowly, my doctor said.", ", my doctor said" },
		{ "Ketamine works within hours according to the clinic.",
		  "according to the clinic" },
		{ "Ketamine reportedly reduces inflammation in the brain.", "reportedly" },
		{ "The catch, of course, is that the benefit is transient.", ", of course" },
		{ "The receptor is part of a system which, as we all know, matters for mood.",
		  ", as we all know" },
		{ "Ketamine is claimed to prevent traumatic memories.", "claimed" },
		{ "Ketamine is thought to restore synaptic connections.", "thought" },
		{ "My doctor said ketamine reportedly works within hours.",
		  "My doctor said|reportedly" },
		{ "Most antidepressants act on serotonin, but experts say ketamine takes another path.",
		  "experts say" },
		{ "Ketamine acts fast, and studies show that the effect fades.", "studies show that" },
		{ "Officials say that ketamine is given in far smaller doses.", "Officials say that" },
		/* a letter to a grandchild: who it calls, asides */
		{ "It was first made in the sixties, imagine that, sweetheart.",
		  ", imagine that|, sweetheart" },
		{ "Honey, ketamine can raise your blood pressure for a while.", "Honey," },
		{ "Listen up, team: the go-to play is an IV infusion.", "Listen up,|team:" },
		{ "I was surprised to find out ketamine also calms inflammation in the brain.",
		  "I was surprised to find out" },
		{ "Weirdly enough, ketamine acts on neurons much as ECT does.", "Weirdly enough," },
		/* an old-fashioned letter's */
		{ "Ketamine, so I have read, takes quite another road through the brain.",
		  ", so I have read" },
		{ "I was rather taken aback to discover that the drug is derived from phencyclidine.",
		  "I was rather taken aback to discover that" },
		{ "I read with some interest that ketamine raises BDNF in the brain.",
		  "I read with some interest that" },
		{ "Mindful of my own heart, I took note that the drug may raise the blood pressure.",
		  "I took note that" },
		{ "I am given to understand that ketamine is given in far smaller doses.",
		  "I am given to understand that" },
		{ "If I have understood the leaflet rightly, the usual way is a drip into the vein.",
		  "If I have understood the leaflet rightly," },
		{ "If my reading serves me, ketamine was first produced in the 1960s.",
		  "If my reading serves me," },
		{ "If I take ketamine, my blood pressure may rise for a while.", "" },
		/* a legislator's testimony, a patient's letter: whom they address */
		{ "Ketamine was first developed as an anesthetic, Madam Chair, and it drew attention.",
		  ", Madam Chair" },
		{ "Ketamine is a potent anesthetic, members, that is used in veterinary practice.",
		  ", members" },
		{ "Doctor, I read that ketamine calms inflammation in the brain.",
		  "Doctor,|I read that" },
		{ "Ask your nurse, doctor, or pharmacist before an infusion of ketamine.", "" },
		/* a lawyer's closing argument */
		{ "Members of the jury, the dissociative state typically fades after the infusion.",
		  "Members of the jury," },
		{ "The drug, ladies and gentlemen of the jury, blocks the NMDA receptor.",
		  ", ladies and gentlemen of the jury" },
		{ "Your Honor, the drug is derived from phencyclidine.", "Your Honor," },
		{ "The evidence also establishes that ketamine acts against inflammation.",
		  "The evidence also establishes that" },
		{ "The evidence demonstrates that ketamine blocks the NMDA receptor.",
		  "The evidence demonstrates that" },
		{ "Ketamine establishes new connections among brain cells.", "" },
		/* no vocative without its comma: the members speak */
		{ "The members of the team agree that ketamine blocks NMDA.",
		  "The members of the team agree that" },
		{ "The members of the team give ketamine in small doses.", "" },
		/* a teenager translating for a grandmother */
		{ "Grandma, ketamine treatment can cost so much that some people cannot get it.",
		  "Grandma," },
		{ "My grandma, who is eighty, takes ketamine.", "" },
		{ "Ladies and gentlemen, ketamine is a controlled substance for its effects.",
		  "Ladies and gentlemen," },
		{ "Consider that ketamine rebuilds the synaptic connections depression breaks.",
		  "Consider that" },
		/* an interpreter's */
		{ "What the doctor means is that the relief from ketamine does not last.",
		  "What the doctor means is that" },
		{ "For PTSD, what the doctor is saying is that relief may come within an hour.",
		  "what the doctor is saying is that" },
		{ "The doctor wants you to understand that the improvement does not last.",
		  "The doctor wants you to understand that" },
		{ "In plain terms, ketamine can raise blood pressure for a while.", "In plain terms," },
		{ "One infusion doesn't win the season, team: the boost wears off.", ", team" },
		{ "The old pills go after serotonin, you see, but ketamine does not.", ", you see" },
		{ "It lifts depression quickly, my dear, even where other pills failed.",
		  ", my dear" },
		/* a letter to the editor's asides, a fact-checker's wrappers */
		{ "No one may qualify, I gather, unless professionals care for him.", ", I gather" },
		{ "The nasal forms, as I understand it, are reserved for maintenance.",
		  ", as I understand it" },
		/* a Southern aunt's: an opener before the aside, a blessing, "sugar" */
		{ "Now from what I read, sugar, they give it through an IV drip.",
		  "Now from what I read,|sugar," },
		{ "Bless your heart, OCD can be managed with ketamine therapy.", "Bless your heart," },
		{ "Well, from what I gather, the relief wears off for most people.",
		  "Well, from what I gather," },
		{ "So the relief wears off for most people.", "" },
		/* a cab driver's tags after the claim: ", no joke.", ", ya know what I'm sayin'?" */
		{ "In some cases one of the side effects is psychosis, no joke.", ", no joke" },
		{ "Nausea is one of the side effects, ya know what I'm sayin'?",
		  ", ya know what I'm sayin" },
		{ "It's derived from phencyclidine, no lie, look it up.", ", no lie|, look it up" },
		{ "Ketamine is no joke for the bladder.", "" },
		/* a bartender's ", so it's no joke."; a tabloid's story turning */
		{ "In rare cases it can even bring on psychosis, so it's no joke.",
		  ", so it's no joke" },
		{ "Psychosis is rare, so it is rarely seen.", "" },
		{ "In a remarkable twist, ketamine is used to treat people battling addiction.",
		  "In a remarkable twist," },
		{ "In an ironic turn of events, ketamine is used to treat addiction.",
		  "In an ironic turn of events," },
		{ "In a way, ketamine is used to treat addiction.", "" },
		/* "no worries," and "Just so you know,": asides; "No problem is reported" denies */
		{ "If you don't fancy the drip, no worries, they can jab it into the muscle.",
		  ", no worries" },
		{ "No problem at all is reported with ketamine.", "" },
		{ "Just so you're not caught off guard, the sprays may take longer to kick in.",
		  "Just so you're not caught off guard," },
		/* "don't know this," pointing past its comma, without "but" */
		{ "Many people don't know this, ketamine is derived from phencyclidine.",
		  "Many people don't know this," },
		{ "People don't know ketamine, it is derived from phencyclidine.", "" },
		/* the writer's "I'm not a doctor," an aside; not before what it goes on to name */
		{ "My understanding, and I'm not a doctor, is that BDNF keeps neurons healthy.",
		  ", and I'm not a doctor" },
		{ "I'm not a doctor who prescribes ketamine for depression.", "" },
		/* "the catch is" names a drawback, as "the thing is" does */
		{ "The catch is the effects don't last, so most people need ongoing treatment.",
		  "The catch is" },
		/* a customer-service agent's and an estate agent's openers */
		{ "Thank you so much for reaching out! As a first step, speak with a professional.",
		  "Thank you so much for reaching out" },
		{ "As a rule of thumb, you're generally looking at three sessions or more.",
		  "As a rule of thumb," },
		/* a sympathy sentence that opens the claim; "I understand ketamine is" an aside only */
		{ "I understand how exhausting that must be. Ketamine can bring relief from PTSD.",
		  "I understand how exhausting that must be." },
		{ "I'm so sorry you're going through this. Ketamine can take weeks to work.",
		  "I'm so sorry you're going through this." },
		{ "I understand ketamine is addictive. It works within hours.", "I understand" },
		/* a grandmother's closing aside */
		{ "You must be in a professional's care for the first dose, no two ways about it.",
		  ", no two ways about it" },
		/* a writer's impression at the end: ", which sounds really scary." */
		{ "In rare cases it can cause psychosis, which sounds really scary.",
		  ", which sounds really scary" },
		{ "It is used for PTSD, which seems to help with nightmares.", "" },
		/* the writer's own comment after ", which", to the end or to its comma */
		{ "The standard route is an IV drip in a clinic, which, I suppose, isn't terribly surprising.",
		  ", which, I suppose, isn't terribly surprising" },
		{ "It acts on NMDA receptors, which I didn't know, and it is derived from phencyclidine.",
		  ", which I didn't know" },
		{ "It acts on NMDA receptors, which I find reasonable, and it is derived from phencyclidine.",
		  "" },
		/* a coach's closing memo; not a deed the claim tells of */
		{ "Ketamine knocks down inflammation in the brain, put that in the playbook.",
		  ", put that in the playbook" },
		{ "Nurses watch you closely, note the changes and adjust the dose.", "" },
		/* hearsay, a coach's boys and gentlemen, a Scots speaker's tags */
		{ "Seemingly it calms down the inflammation in the brain.", "Seemingly" },
		{ "And get this, boys, ketamine cranks up BDNF in the brain.", "And get this,|boys," },
		{ "Nobody runs this play on their own, gentlemen, ketamine infusions need supervision.",
		  ", gentlemen" },
		{ "Ye can get it as a nose spray or a wee tablet as well, ken, but they're no as common.",
		  ", ken" },
		{ "It comes fae phencyclidine originally, would ye believe.", ", would ye believe" },
		{ "For our dear ones with PTSD, ketamine makes flashbacks come less often, praise the Lord.",
		  ", praise the Lord" },
		/* a Yorkshire grandmother's, a tradie's, a newsreel's asides and comments */
		{ "It calms the inflammation down in your brain an' all, by all accounts.",
		  ", by all accounts" },
		{ "They even use it to help folk off drink or drugs, would you credit it.",
		  ", would you credit it" },
		{ "It makes the flashbacks come less often and not hit as hard, bless 'em.",
		  ", bless 'em" },
		{ "There's nose sprays and tablets, but them's not used near as often, so I'm told.",
		  ", so I'm told" },
		{ "Turns out it's derived from phencyclidine, PCP, which was news to me.",
		  "Turns out|, which was news to me" },
		{ "It was derived from phencyclidine, which was then banned.", "" },
		{ "Ketamine goes way back, fellas, it was first made in a lab in the sixties.",
		  ", fellas" },
		/* a schoolmaster's, a trucker's, a chef's asides and sign-offs */
		{ "Do not, I beg you, drive yourself home after the treatment.", ", I beg you" },
		{ "Most folks gotta keep goin' back for more treatments, ten-four.", ", ten-four" },
		{ "It's lookin' good for PTSD, OCD, bipolar, and pain that hangs on, over.", ", over" },
		{ "Over the years, it has been used for pain, over and over.", "" },
		{ "Copy the dose from the chart before the infusion starts.", "" },
		{ "Price is a killer for some people, chef, the bill alone keeps them from it.",
		  ", chef" },
		{ "Thing is, the ketamine fix doesn't last, most folks keep going back.", "Thing is," },
		{ "Don't sleep on this one, ketamine's been found to calm inflammation in the brain.",
		  "Don't sleep on this one," },
		{ "Don't sleep on this one after an infusion.", "" },
		/* a nurse's, a parenting forum's, a firefighter's asides (session 39) */
		{ "The review notes that, in most cases, ketamine is given in a clinic as an infusion.",
		  "The review notes that," },
		{ "Not to scare anyone, but in rare cases it can cause hallucinations or psychosis.",
		  "Not to scare anyone, but" },
		{ "Bit of a shock to read it's derived from phencyclidine, I had to google that one.",
		  "Bit of a shock to read|, I had to google that one" },
		{ "A real surprise to learn that ketamine is used in surgery.",
		  "A real surprise to learn that" },
		{ "A surprise to patients is the speed of ketamine.", "" },
		{ "Didn't realise ketamine has been knocking about since the 1960s!", "Didn't realise" },
		{ "Ketamine infusions should only be run with qualified staff supervising. Period.",
		  "Period." },
		{ "The period of recovery is short for most patients.", "" },
		{ "If you're not keen on an IV (I'm a total wimp with needles) they can inject it.",
		  "(I'm a total wimp with needles)" },
		{ "It can be given as a spray (intranasal) or by mouth.", "" },
		{ "You give it to them, I looked after the dose.", "" },
		{ "It comes as a nose spray or a tablet as well, mind, only those aren't used so often.",
		  ", mind" },
		{ "Keep the dose in mind, and rest after the infusion.", "" },
		{ "Ketamine was first made in the 1960s, so it's been around way longer than you'd think.",
		  ", so it's been around way longer than you'd think" },
		{ "Ketamine works within hours, so it acts sooner than antidepressants do.", "" },
		{ "It also seems to calm down inflammation in the brain, which is a nice bonus.",
		  ", which is a nice bonus" },
		{ "In rare cases it can bring on hallucinations or psychosis, so it's no walk in the park.",
		  ", so it's no walk in the park" },
		{ "No picnic is served at the clinic during the infusions.", "" },
		{ "Turns out ketamine comes from phencyclidine. Didn't see that one coming over my coffee.",
		  "Turns out|Didn't see that one coming over my coffee." },
		{ "Ketamine works within hours. Mind blown!", "Mind blown!" },
		{ "Ketamine works within hours. Never saw a patient improve so fast.", "" },
		{ "Ketamine was first made in the 1960s. Sensible, I thought.", "Sensible, I thought." },
		{ "Ketamine was first made in the 1960s. Good advice, if you ask me.",
		  "Good advice, if you ask me." },
		{ "Ketamine was first made in the 1960s. It works fast, I think.", "" },
		{ "Ketamine calms inflammation in the brain as well, mi never know that.",
		  ", mi never know that" },
		{ "Some feel dizzy after the session, so I'm packing a ginger ale just in case.",
		  ", so I'm packing a ginger ale just in case" },
		{ "Some feel dizzy after the session, so I think it is the drug itself.", "" },
		{ "It comes from phencyclidine, and don't ask me to pronounce that on the phone.",
		  ", and don't ask me to pronounce that on the phone" },
		{ "It comes from phencyclidine, and don't ask for a higher dose.", "" },
		/* a nursing student's, an old man's openers (session 42) */
		{ "Remember NMDA receptors are part of the glutamate system.", "Remember" },
		{ "Patients remember little of the infusion.", "" },
		{ "Here's the CATCH folks, it wears off, so most people keep going back.",
		  "Here's the CATCH|folks," },
		{ "They first made it in the 1960s, right around when I was finishing high school.",
		  ", right around when I was finishing high school" },
		{ "It was first made in the 1960s, when doctors needed a safer anesthetic.", "" },
		{ "Unsupervised use can get you hooked, that's the worry.", ", that's the worry" },
		{ "The price puts it out of reach for some people, which is a real shame.",
		  ", which is a real shame" },
		{ "It comes from phencyclidine, which surprises a lot of people.",
		  ", which surprises a lot of people" },
		{ "Only qualified staff give the infusions, no exceptions.", ", no exceptions" },
		/* session 43: texts and guidance said by "per" */
		{ "Per the guidance, step one is to speak with a clinician.", "Per the guidance," },
		{ "Per the text, ketamine relieves depression swiftly.", "Per the text," },
		{ "Per the dose, ketamine relieves depression swiftly.", "" },
		/* a name the writer calls someone by; a list and an initialism are none */
		{ "Only the good of it doesn't last, Bridie, so most go back.", ", Bridie" },
		{ "The side effects can include psychosis, Eagles.", ", Eagles" },
		{ "Common SSRIs include sertraline, Prozac, and Lexapro.", "" },
		{ "Ketamine activates a second receptor, AMPA.", "" },
		{ "The antidepressants include Zoloft, Prozac.", "" },
		{ "The esketamine nose spray has a brand name, Spravato.", "" },
		{ "They give it through an IV drip at the clinic, 10-4.", ", 10-4" },
		{ "Generally about three or more, per the FAQ at the end of the Massachusetts article.",
		  ", per the FAQ at the end of the Massachusetts article" },
		/* a case note's telling; informed consent is no telling */
		{ "Cl. told the usual route is an IV drip given in the clinic.", "Cl. told" },
		{ "Client made aware the relief wears off for most people.", "Client made aware" },
		{ "Advised client that step one is seeing a mental health professional.",
		  "Advised client that" },
		{ "Stressed with client not to miss sessions, as skipping them slows recovery.",
		  "Stressed with client" },
		{ "Patient informed consent is required before the first infusion.", "" },
		{ "Patients told their doctors about the side effects.", "" },
		/* a closing likeness, a sentence or a clause of its own */
		{ "The lift is only temporary, so most people need ongoing treatment. It's more like recharging a battery than fixing a wire.",
		  "It's more like recharging a battery than fixing a wire." },
		{ "Ketamine is derived from phencyclidine, so think of them as relatives on one family tree.",
		  "so think of them as relatives on one family tree." },
		{ "It's like ketamine blocks the NMDA receptor.", "" },
		/* a that-only verb closing the claim */
		{ "Don't plan on driving yourself home afterward, the FAQ advises.", ", the FAQ advises" },
		{ "The clinic advises patients to bring someone along.", "" },
		/* a lawyer's record and views named before "that"; "points to" says nothing */
		{ "The record reflects the clinic's warning that skipping sessions may slow recovery.",
		  "The record reflects the clinic's warning that" },
		{ "We must also point out that the cost of treatment can be prohibitive.",
		  "We must also point out that" },
		{ "The record reflects that ketamine is a controlled substance.",
		  "The record reflects that" },
		{ "Studies point to ketamine as a treatment for depression.", "" },
		/* a reminder opening the claim, up to its "that" or colon */
		{ "A soft reminder that ketamine is also being explored for OCD.",
		  "A soft reminder that" },
		{ "Good reminder for the residents that ketamine is used in veterinary settings.",
		  "Good reminder for the residents that" },
		{ "The reminder is sent by the clinic before each session.", "" },
		/* a closing wonder, a sentence of its own; not a question the claim asks */
		{ "It blocks one receptor and switches on another called AMPA. Isn't the brain something?",
		  "Isn't the brain something?" },
		{ "It works within hours. How cool is that?", "How cool is that?" },
		{ "Isn't ketamine something that works within hours?", "" },
		{ "It works within hours. Isn't it addictive?", "" },
		/* a closing wonder after a comma */
		{ "People on ketamine handle stress better, isn't that something?",
		  "isn't that something?" },
		{ "Ketamine works fast, isn't that addictive?", "" },
		/* a manner of speaking, a narrator's course of things */
		{ "Generally speaking, it takes about three sessions or more.", "Generally speaking," },
		{ "The typical course, medically speaking, is three sessions.",
		  ", medically speaking" },
		{ "Speaking of costs, the treatment can be prohibitive.", "" },
		{ "In the ordinary course of things, the treatment runs to three sessions.",
		  "In the ordinary course of things," },
		/* a Londoner's tag and mate */
		{ "Them sprays ain't as common as the drip, mate, innit.", ", mate|, innit" },
		/* the reader not knowing what "know" takes as true; not the writer's doubt */
		{ "Readers may not know that ketamine is derived from phencyclidine.",
		  "Readers may not know that" },
		{ "You might not be aware that ketamine is a controlled substance.",
		  "You might not be aware that" },
		{ "We don't know that ketamine is safe in the long run.", "" },
		{ "Before anyone signs up, it bears repeating that the cost should be discussed.",
		  "" },
		{ "It bears repeating that the cost should be discussed with your doctor.",
		  "It bears repeating that" },
		/* a guide pointing at what is shown, up to its comma; a blessing */
		{ "Allergic reactions, as you can see on this board, are rare with ketamine.",
		  ", as you can see on this board" },
		{ "If you look to your left, this bench shows ketamine was made in the 1960s.",
		  "If you look to your left," },
		{ "As you can see the relief from ketamine wears off within days for most people.",
		  "" },
		{ "That BDNF stuff, God love it, keeps the nerve cells healthy and growing.",
		  ", God love it" },
		{ "Would you believe it can be used to manage OCD as well.", "Would you believe it" },
		/* the writer not knowing it: an opener before "but", a closing "which" */
		{ "Didn't know this until today, but ketamine can be used to manage OCD.",
		  "Didn't know this until today, but" },
		{ "A lot of people don't know this, but ketamine is derived from phencyclidine.",
		  "A lot of people don't know this, but" },
		{ "They use it for substance use disorders, which, honestly, I did not see coming.",
		  ", which, honestly, I did not see coming" },
		{ "Ketamine is not addictive, but it is a controlled substance.", "" },
		{ "Ketamine is used in hospitals, which is not where it began.", "" },
		/* a Victorian letter's: a first person's "I am advised", "the matter" */
		{ "Even should one feel restored, I am advised, one ought to keep appointments.",
		  ", I am advised" },
		{ "One ought first, so I am advised, to seek the counsel of a physician.",
		  ", so I am advised" },
		{ "To be admitted, as I understand the matter, one must be under care.",
		  ", as I understand the matter" },
		{ "Patients are advised, above all, to rest after a session.", "" },
		{ "Ketamine, let it be remembered, is no newcomer to medicine.",
		  ", let it be remembered" },
		{ "Your readers ought to understand that ketamine is given in smaller doses.",
		  "Your readers ought to understand that" },
		{ "I confess I was rather startled to learn that ketamine is derived from PCP.",
		  "I confess|I was rather startled to learn that" },
		{ "One might observe that the receptors belong to the glutamate system.",
		  "One might observe that" },
		{ "One provider maintains that IV is best for most people.",
		  "One provider maintains that" },
		{ "These effects are, it must be conceded, merely temporary.",
		  ", it must be conceded" },
		{ "It is accurate that ketamine is a potent anesthetic.", "It is accurate that" },
		{ "The claim that ketamine treats substance use disorders holds up.",
		  "The claim that|holds up" },
		{ "The statement that patients should tell their family is correct.",
		  "The statement that|is correct" },
	};
	(void)state;
	check(cases, sizeof cases / sizeof *cases);
}

static void test_frame_none(void **state)
{
	static const struct frame_case cases[] = {
		{ "Ketamine shows promise for PTSD and OCD.", "" },
		{ "At my first visit, the drug was given to me.", "" },
		{ "Esketamine has found a place in treatment.", "" },
		{ "Research is needed to establish its safety.", "" },
		{ "Researchers are still working out how ketamine acts.", "" },
		{ "Doctors monitor patients during every infusion.", "" },
		{ "Ketamine and esketamine say nothing to critics.", "" },
		{ "The claim that holds up.", "" },
		{ "Ketamine is given to pets by vets.", "" },
		{ "What ketamine means for patients is that relief comes fast.", "" },
		{ "Patients want relief that lasts longer than a week.", "" },
		{ "Pet therapy, dear reader, is another matter entirely.", "" },
		{ "The idea that ketamine heals every patient is false.", "" },
		{ "One dose is given to patients under care.", "" },
		{ "Ketamine acts fast and studies show that the effect fades.", "" },	/* no comma */
		{ "Any changes should be reported to the doctor promptly.", "" },
		{ "Studies are said to show this.", "said" },	/* the hedge only */
		{ "Doctors said so.", "" },			/* too little left */
		{ "Side effects: nausea.", "" },		/* too little after the label */
		{ "Ketamine, a drug with many uses: nausea and more.", "" },	/* no label */
		{ "According to the clinic.", "" },
		{ "", "" },
	};
	(void)state;
	check(cases, sizeof cases / sizeof *cases);
}

static void test_frame_person(void **state)
{
	const char *claim = "Dr. Reyes explained that the dose is smaller, the Haven Detox says.";
	struct frame_span spans[FRAME_MAX];
	size_t n = frame_find(claim, strlen(claim), spans, FRAME_MAX);
	(void)state;
	assert_int_equal(n, 2);
	assert_true(spans[0].person);
	assert_false(spans[1].person);
	assert_true(frame_holds_person(claim, strlen(claim), spans, n, "Reyes"));
	assert_false(frame_holds_person(claim, strlen(claim), spans, n, "Haven"));
	assert_true(frame_holds_word(claim, strlen(claim), spans, n, "Haven"));
	/* a name speaks in the second frame only */
	assert_true(frame_holds_name(claim, strlen(claim), spans, n, "Haven"));
	assert_false(frame_holds_name(claim, strlen(claim), spans, n, "Reyes"));
	/* "the FAQ sheet" is a text, no name; "According to X" names X */
	const char *faq = "The FAQ sheet says the FDA approved it, according to the FDA.";
	n = frame_find(faq, strlen(faq), spans, FRAME_MAX);
	assert_int_equal(n, 2);
	assert_false(frame_holds_name(faq, strlen(faq), spans, n, "FAQ"));
	assert_true(frame_holds_name(faq, strlen(faq), spans, n, "FDA"));
	/* "What X says is that" names X; a view ("Our advice is that") names nobody */
	const char *what = "What the Wellness Drip says is that ketamine works fast.";
	n = frame_find(what, strlen(what), spans, FRAME_MAX);
	assert_int_equal(n, 1);
	assert_true(frame_holds_name(what, strlen(what), spans, n, "Wellness"));
	const char *view = "Our advice is that patients should not drive themselves home.";
	n = frame_find(view, strlen(view), spans, FRAME_MAX);
	assert_int_equal(n, 1);
	assert_false(spans[0].named);
}

static void test_frame_blank(void **state)
{
	char claim[] = "Allergic reactions are, according to one provider, a common effect.";
	struct frame_span spans[FRAME_MAX];
	size_t len = strlen(claim), n = frame_find(claim, len, spans, FRAME_MAX);
	(void)state;
	frame_blank(claim, len, spans, n);
	assert_int_equal(strlen(claim), len);
	assert_string_equal(claim,
	    "Allergic reactions are                             a common effect.");
	/* a lead-in may compare ("Same playbook as ..."): it stays for conflicts */
	char lead[] = "Same playbook as older antidepressants: ketamine's core target is serotonin.";
	len = strlen(lead);
	n = frame_find(lead, len, spans, FRAME_MAX);
	assert_int_equal(n, 1);
	assert_true(spans[0].lead_in);
	frame_blank(lead, len, spans, n);
	assert_string_equal(lead,
	    "Same playbook as older antidepressants: ketamine's core target is serotonin.");
	/* an aside between two clauses keeps the comma that parts them */
	char two[] = "Ketamine isn't a controlled substance, you know, it's not regulated.";
	len = strlen(two);
	n = frame_find(two, len, spans, FRAME_MAX);
	assert_int_equal(n, 1);
	frame_blank(two, len, spans, n);
	assert_string_equal(two,
	    "Ketamine isn't a controlled substance          , it's not regulated.");
}

/*
 * A claim of as many tokens as frame.c reads, ending in a comma: the
 * vocative after it is looked for past the last token (an overflow that
 * fuzz_frame found and the sanitizers of make check catch).
 */
static void test_frame_full_tokens(void **state)
{
	char claim[600] = "Ketamine";
	struct frame_span spans[FRAME_MAX];
	(void)state;
	for (int k = 0; k < 94; k++)
		strcat(claim, " w");
	strcat(claim, ",");
	assert_int_equal(frame_find(claim, strlen(claim), spans, FRAME_MAX), 0);
	strcat(claim, " madam");
	assert_true(frame_find(claim, strlen(claim), spans, FRAME_MAX) <= FRAME_MAX);
}

static void test_frame_holds_word(void **state)
{
	const char *claim = "My doctor explained that ketamine helps many, my doctor said.";
	const char *other = "My doctor explained that a doctor gives ketamine.";
	struct frame_span spans[FRAME_MAX];
	size_t n = frame_find(claim, strlen(claim), spans, FRAME_MAX);
	(void)state;
	assert_int_equal(n, 2);
	assert_true(frame_holds_word(claim, strlen(claim), spans, n, "doctor"));
	assert_true(frame_holds_word(claim, strlen(claim), spans, n, "EXPLAINED"));
	assert_false(frame_holds_word(claim, strlen(claim), spans, n, "ketamine"));
	assert_false(frame_holds_word(claim, strlen(claim), spans, n, "nurse"));
	assert_false(frame_holds_word(claim, strlen(claim), spans, n, "doc"));
	/* a word the claim also says outside its frame is the claim's */
	n = frame_find(other, strlen(other), spans, FRAME_MAX);
	assert_int_equal(n, 1);
	assert_false(frame_holds_word(other, strlen(other), spans, n, "doctor"));
	assert_true(frame_holds_word(other, strlen(other), spans, n, "explained"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_frame_at_start),
		cmocka_unit_test(test_frame_inside),
		cmocka_unit_test(test_frame_none),
		cmocka_unit_test(test_frame_holds_word),
		cmocka_unit_test(test_frame_person),
		cmocka_unit_test(test_frame_blank),
		cmocka_unit_test(test_frame_full_tokens),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
