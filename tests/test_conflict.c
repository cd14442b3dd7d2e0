/*
 * test_conflict.c: unit tests of the claim/source disagreement finder
 * (lib/conflict.c).
 *
 * Table-driven: each case is a claim, a source sentence and the conflicts
 * they must give, each as its kind and the exact claim and source words.  An
 * empty list means the pair must give none.  Two tables come from the five
 * articles in corpus/: true paraphrase claims that must stay silent, and
 * false claims that must be caught.  Inputs are copied into buffers of
 * exactly their length (no NUL), so a read past the end shows up under ASan
 * or valgrind.  A property test runs every corpus sentence against itself:
 * a sentence never contradicts itself.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conflict.h"
#include "passage.h"

#define MAX_WANT 4

#define NUM CONFLICT_NUMBER
#define NEG CONFLICT_NEGATION
#define ANT CONFLICT_ANTONYM

struct want {
	enum conflict_kind kind;
	const char *claim;	/* the claim's words; NULL ends the list */
	const char *source;	/* the source's words */
};

struct cf_case {
	const char *name;
	const char *claim;
	const char *source;
	struct want want[MAX_WANT];
};

static char *
exact_copy(const char *s, size_t *len)
{
	char *p;

	*len = strlen(s);
	p = malloc(*len ? *len : 1);
	assert_non_null(p);
	memcpy(p, s, *len);
	return p;
}

/* Whether a[0 .. na) and b[0 .. nb) are the same, field by field (padding differs). */
static int
same_conflicts(const struct conflict *a, int na, const struct conflict *b, int nb)
{
	if (na != nb)
		return 0;
	for (int m = 0; m < na; m++)
		if (a[m].kind != b[m].kind || a[m].claim_start != b[m].claim_start ||
		    a[m].claim_end != b[m].claim_end || a[m].source_start != b[m].source_start ||
		    a[m].source_end != b[m].source_end)
			return 0;
	return 1;
}

/* What run_cases passes to conflict_find_in: NULL but in the lexicon test. */
static const struct conflict_lexicon *run_lexicon;

static void
run_cases(const struct cf_case *cases, size_t ncases)
{
	size_t i, k, nwant, cl, sl;

	for (i = 0; i < ncases; i++) {
		const struct cf_case *tc = &cases[i];
		struct conflict out[8];
		char *c = exact_copy(tc->claim, &cl);
		char *s = exact_copy(tc->source, &sl);
		int n;

		n = run_lexicon != NULL ? conflict_find_in(c, cl, s, sl, run_lexicon, out, 8) :
		    conflict_find(c, cl, s, sl, out, 8);
		/* a claim read once gives the same, also the second time (no state kept) */
		struct conflict_claim *read;
		assert_int_equal(conflict_claim_new_in(c, cl, run_lexicon, &read), 0);
		for (int again = 0; again < 2; again++) {
			struct conflict out2[8];
			int n2 = conflict_find_claim(read, s, sl, run_lexicon, out2, 8);
			if (!same_conflicts(out, n, out2, n2))
				fail_msg("%s: the claim read once gives %d conflicts, not %d", tc->name,
				    n2, n);
		}
		conflict_claim_free(read);
		for (nwant = 0; nwant < MAX_WANT && tc->want[nwant].claim; nwant++)
			;
		if (n < 0 || (size_t)n != nwant) {
			for (k = 0; n > 0 && k < (size_t)n; k++)
				print_message("  got %s \"%.*s\" / \"%.*s\"\n",
				    conflict_kind_name(out[k].kind),
				    (int)(out[k].claim_end - out[k].claim_start),
				    c + out[k].claim_start,
				    (int)(out[k].source_end - out[k].source_start),
				    s + out[k].source_start);
			fail_msg("%s: %d conflicts, want %zu", tc->name, n, nwant);
		}
		for (k = 0; k < nwant; k++) {
			const struct want *w = &tc->want[k];
			const struct conflict *g = &out[k];

			assert_true(g->claim_start < g->claim_end);
			assert_true(g->claim_end <= cl);
			assert_true(g->source_start < g->source_end);
			assert_true(g->source_end <= sl);
			if (g->kind != w->kind)
				fail_msg("%s: conflict %zu is %s, want %s", tc->name,
				    k, conflict_kind_name(g->kind),
				    conflict_kind_name(w->kind));
			if (g->claim_end - g->claim_start != strlen(w->claim) ||
			    memcmp(c + g->claim_start, w->claim,
			    strlen(w->claim)) != 0)
				fail_msg("%s: claim words \"%.*s\", want \"%s\"",
				    tc->name, (int)(g->claim_end - g->claim_start),
				    c + g->claim_start, w->claim);
			if (g->source_end - g->source_start != strlen(w->source) ||
			    memcmp(s + g->source_start, w->source,
			    strlen(w->source)) != 0)
				fail_msg("%s: source words \"%.*s\", want \"%s\"",
				    tc->name, (int)(g->source_end - g->source_start),
				    s + g->source_start, w->source);
		}
		free(c);
		free(s);
	}
}

#define RUN(cases) run_cases(cases, sizeof cases / sizeof cases[0])

/* run_cases with the caller's lexicon (conflict_find_in), then without one again */
static void
run_cases_in(const struct conflict_lexicon *lex, const struct cf_case *cases, size_t ncases)
{
	run_lexicon = lex;
	run_cases(cases, ncases);
	run_lexicon = NULL;
}

#define RUN_IN(lex, cases) run_cases_in(lex, cases, sizeof cases / sizeof cases[0])

/* ---- the corpus: true claims stay silent ---------------------------------- */

static void
test_conflict_corpus_true(void **state)
{
	static const struct cf_case cases[] = {
		{ "same decade", "Ketamine was first synthesized in the 1960s.",
		  "Ketamine, a powerful anesthetic, was first synthesized in the 1960s.",
		  { { 0 } } },
		{ "a year inside \"the sixties\"", "Ketamine was discovered in 1962.",
		  "Actually, Ketamine is a drug that was discovered in the sixties and it was being used as an anesthetic before surgery because it not only kills pain but also has the ability to dissociate the user from his/her environment.",
		  { { 0 } } },
		{ "an hour inside 30 minutes to 3 hours",
		  "Ketamine's effects appear within an hour.",
		  "Depending on the quantity being administered, Ketamine’s effects manifest in about 30 minutes to 3 hours.",
		  { { 0 } } },
		{ "half an hour to twelve hours against 30 minutes to 3 hours",
		  "Ketamine's effects show up between half an hour and twelve hours later.",
		  "Depending on the quantity being administered, Ketamine\xe2\x80\x99s effects manifest in about 30 minutes to 3 hours.",
		  { { NUM, "half an hour and twelve hours", "30 minutes to 3 hours" } } },
		{ "a half hour to three hours inside 30 minutes to 3 hours",
		  "Ketamine kicks in somewhere between a half hour and three hours.",
		  "Depending on the quantity being administered, Ketamine\xe2\x80\x99s effects manifest in about 30 minutes to 3 hours.",
		  { { 0 } } },
		{ "a half hour to six hours against 30 minutes to 3 hours",
		  "Ketamine kicks in somewhere between a half hour and six hours.",
		  "Depending on the quantity being administered, Ketamine\xe2\x80\x99s effects manifest in about 30 minutes to 3 hours.",
		  { { NUM, "a half hour and six hours", "30 minutes to 3 hours" } } },
		{ "\"zero risk\" denies the risk",
		  "Ketamine carries zero risk of dependency.",
		  "Regular, unsupervised use of ketamine may pose a risk of dependency or misuse.",
		  { { NEG, "zero risk", "risk" } } },
		{ "clinical shorthand read as its word",
		  "Hallucinations are the most common AE of ketamine.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { ANT, "common", "rare" } } },
		{ "within hours", "Ketamine relieves depression within hours.",
		  "It can provide rapid relief from symptoms of depression and other mental health issues, often within hours of administration.",
		  { { 0 } } },
		{ "prefer to avoid agrees with not prefer",
		  "Injections suit patients who prefer to avoid intravenous methods.",
		  "For individuals who may not prefer intravenous methods, intramuscular (IM) and subcutaneous (SC) injections are alternative options.",
		  { { 0 } } },
		{ "prefer against not prefer",
		  "Injections suit patients who prefer intravenous methods.",
		  "For individuals who may not prefer intravenous methods, intramuscular (IM) and subcutaneous (SC) injections are alternative options.",
		  { { NEG, "prefer intravenous methods", "not prefer intravenous methods" } } },
		{ "both negate addiction",
		  "Ketamine is not addictive when taken in proper doses.",
		  "As long as you have taken the proper dosage under the supervision of a doctor, you don’t need to worry about addiction.",
		  { { 0 } } },
		{ "\"throttles back\" reduces, against an increase",
		  "Ketamine throttles back the release of glutamate.",
		  "Ketamine's mechanism of action in the brain involves blocking N-methyl-D-aspartate (NMDA) receptors, leading to an increase in the release of neurotransmitters like glutamate.",
		  { { ANT, "throttles", "increase" } } },
		{ "a denied \"want\" passes to what is wanted, no denial of wanting",
		  "It eases thoughts about not wanting to be alive.",
		  "Ketamine therapy is a holistic approach for those who want quick and practical help with mental health problems.",
		  { { 0 } } },
		{ "\"not without\" is a double negation",
		  "Ketamine therapy has risks and side effects.",
		  "Ketamine therapy, while showing promise in treating mental health conditions, is not without risks and side effects.",
		  { { 0 } } },
		{ "\"not devoid of\" is a double negation",
		  "Ketamine therapy has risks.",
		  "Despite its promise, ketamine therapy is not devoid of risks.",
		  { { 0 } } },
		{ "blocking, not its opposite", "Ketamine blocks NMDA receptors.",
		  "Ketamine’s mechanism of action in the brain involves blocking N-methyl-D-aspartate (NMDA) receptors, leading to an increase in the release of neurotransmitters like glutamate.",
		  { { 0 } } },
		{ "three or more", "Patients usually need three or more sessions.",
		  "Generally, it’s about three or more sessions.",
		  { { 0 } } },
		{ "several days or weeks",
		  "Treatment may need to be repeated for several days or weeks.",
		  "You may have to take it repeatedly for several days or weeks before the total cure is achieved.",
		  { { 0 } } },
		{ "\"not out of place\" does not negate the claim",
		  "Ketamine reduces chronic pain.",
		  "So, it is not out of place to state categorically that Ketamine reduces chronic pain.",
		  { { 0 } } },
		{ "the claim's two durations for two subjects",
		  "Conventional antidepressants take weeks, while ketamine works within hours.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { 0 } } },
		{ "\"need weeks\" is the claim's duration too",
		  "Conventional antidepressants may need weeks before they help, while ketamine often works within hours.",
		  "Moreover, ketamine’s fast-acting nature sets it apart from traditional antidepressants, which can take weeks to show any effect.",
		  { { 0 } } },
		{ "the source's hours are the claim's own hours",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  "It can provide rapid relief from symptoms of depression and other mental health issues, often within hours of administration.",
		  { { 0 } } },
		{ "the contrasted thing's weeks, a source sentence on the subject alone",
		  "Whereas conventional antidepressants can need weeks before their effects become noticeable, ketamine brings relief far more quickly.",
		  "We find ketamine effective because it works differently than typical antidepressants. "
		  "It can provide rapid relief from symptoms of depression and other mental health issues, often within hours of administration.",
		  { { 0 } } },
		{ "an imperative heading is not a report",
		  "Skipping sessions may slow your rate of recovery.",
		  "3.Don’t Skip Sessions", { { 0 } } },
		{ "fast is not the opposite of faster",
		  "Ketamine works faster than traditional antidepressants.",
		  "Moreover, ketamine’s fast-acting nature sets it apart from traditional antidepressants, which can take weeks to show any effect.",
		  { { 0 } } },
		{ "\"not as common as\" is a comparison",
		  "Injections are less common than infusion therapy.",
		  "While not as common as infusion therapy, these injections are administered in a clinic setting, providing a more accessible choice for some.",
		  { { 0 } } },
		{ "negation in a relative clause on both sides",
		  "Ketamine helps people who have not responded to conventional treatments.",
		  "Studies have shown that ketamine can rapidly reduce symptoms of depression, even in individuals who have not responded well to conventional treatments.",
		  { { 0 } } },
		{ "advice is not a report",
		  "Patients should not skip sessions.",
		  "Skipping sessions may slow your rate of recovery.",
		  { { 0 } } },
		{ "an imperative is not a report",
		  "Patients take follow-up appointments seriously.",
		  "Even if you feel like you’re much better, don’t ditch follow-up appointments.",
		  { { 0 } } },
		{ "short-term is not anchored on \"term\"",
		  "Ketamine can cause long-term depressive symptoms.",
		  "Ketamine can lead to short-term confusion or disorientation in some individuals.",
		  { { 0 } } },
		{ "\"as long as\" is not a length",
		  "Side effects are short.",
		  "As long as you have taken the proper dosage under the supervision of a doctor, you don’t need to worry about addiction.",
		  { { 0 } } },
		{ "\"not only\" an anesthetic says it is one",
		  "Ketamine isn't only an anesthetic for people; vets commonly use it too.",
		  "Ketamine, a powerful anesthetic agent commonly used in medical and veterinary settings, has emerged as a breakthrough treatment.",
		  { { 0 } } },
		{ "\"not advised\" later says \"not advisable to drive\"",
		  "Self-driving home following a treatment session is not advised.",
		  "It is not advisable to drive yourself home after the treatment.",
		  { { 0 } } },
		{ "a phone number and an address are not years",
		  "Ketamine was first synthesized in 1962.",
		  "Give Us A Call 413-423-0733 Address 1817 Riverdale St West Springfield, MA 01089",
		  { { 0 } } },
	};

	(void)state;
	RUN(cases);
}

/* ---- the corpus: false claims are caught ---------------------------------- */

static void
test_conflict_corpus_false(void **state)
{
	static const struct cf_case cases[] = {
		{ "the contrasted thing's weeks, a source on that thing",
		  "Whereas conventional antidepressants can need weeks before their effects become noticeable, ketamine brings relief far more quickly.",
		  "Conventional antidepressants often produce results within hours.",
		  { { NUM, "weeks", "hours" } } },
		{ "decade against decade",
		  "Ketamine was first synthesized in the 1990s.",
		  "Ketamine, a powerful anesthetic, was first synthesized in the 1960s.",
		  { { NUM, "1990s", "1960s" } } },
		{ "the 70s against the 1960s", "Ketamine was first synthesized in the 70s.",
		  "Ketamine, a powerful anesthetic, was first synthesized in the 1960s.",
		  { { NUM, "70s", "1960s" } } },
		{ "decade against \"the sixties\"",
		  "Ketamine was discovered in the 1990s.",
		  "Actually, Ketamine is a drug that was discovered in the sixties and it was being used as an anesthetic before surgery because it not only kills pain but also has the ability to dissociate the user from his/her environment.",
		  { { NUM, "1990s", "sixties" } } },
		{ "'80s against \"the sixties\"",
		  "Ketamine was discovered in the ’80s.",
		  "Actually, Ketamine is a drug that was discovered in the sixties and it was being used as an anesthetic before surgery because it not only kills pain but also has the ability to dissociate the user from his/her environment.",
		  { { NUM, "’80s", "sixties" } } },
		{ "increase against alleviate, one object",
		  "In depressed patients, ketamine therapy has been found to increase suicidal thoughts.",
		  "During the session, doctors may use low doses of S-ketamine to alleviate symptoms like suicidal thoughts or anxiety symptoms.",
		  { { ANT, "increase", "alleviate" } } },
		{ "a phrasal verb reads as its verb: \"switches on\" activates",
		  "Ketamine switches on the NMDA receptor.",
		  "Ketamine works by blocking the NMDA receptor.",
		  { { ANT, "switches", "blocking" } } },
		{ "a particle after the object: \"switching the receptor on\" activates",
		  "Ketamine works by switching the NMDA receptor on.",
		  "Ketamine works by blocking the NMDA receptor.",
		  { { ANT, "switching", "blocking" } } },
		{ "lifts against dampens", "Glutamate is a chemical that lifts mood.",
		  "The receptor stimulates the release of a chemical that dampens moods.",
		  { { ANT, "lifts", "dampens" } } },
		{ "excluded against eligible",
		  "Individuals who have not responded to antidepressants are excluded from ketamine therapy.",
		  "Individuals eligible for ketamine therapy include those who have not responded to antidepressants.",
		  { { ANT, "excluded", "eligible" } } },
		{ "a denial in the main clause after a relative one is the main clause's",
		  "People who failed traditional antidepressants are not eligible for ketamine therapy.",
		  "Individuals eligible for ketamine therapy include those who have not responded to antidepressants.",
		  { { NEG, "not eligible", "eligible" } } },
		{ "a relative clause with a subject of its own keeps its denial",
		  "Ketamine helps people for whom other treatments did not work.",
		  "Ketamine can help those who have not responded to antidepressants.", { { 0 } } },
		{ "a single against repeated administration",
		  "Psychotherapy prepares the mind for a single administration of ketamine.",
		  "Psychotherapy prepares the body and mind for repeated administration of Ketamine.",
		  { { ANT, "single", "repeated" } } },
		{ "alone against with someone", "Coming in for treatment? It's best to come alone.",
		  "It is better to come with someone.", { { ANT, "alone", "someone" } } },
		{ "not alone agrees with someone", "You should not come alone to your session.",
		  "It is better to come with someone.", { { 0 } } },
		{ "a single dose against repeated sessions: not the same thing",
		  "A single dose works.", "Repeated sessions work.", { { 0 } } },
		{ "the other side in another conjunct does not contrast",
		  "Allergic reactions to ketamine are common and rarely need medical attention.",
		  "Although rare, allergic reactions to ketamine may occur.",
		  { { ANT, "common", "rare" } } },
		{ "a claim that says both sides by another pair contrasts itself",
		  "Ketamine inhibits the NMDA receptor while switching on a second receptor, AMPA.",
		  "Ketamine treats bipolar disorders by blocking a particular receptor named NMDA.",
		  { { 0 } } },
		{ "\"shuts down\" blocks", "Ketamine shuts down the AMPA receptor.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "shuts", "activates" } } },
		{ "\"shuts down\" agrees with blocking", "Ketamine shuts down the NMDA receptor.",
		  "Ketamine works by blocking the NMDA receptor.", { { 0 } } },
		{ "\"switches off\" blocks", "Ketamine switches off the NMDA receptor.",
		  "Ketamine activates the NMDA receptor.", { { ANT, "switches", "activates" } } },
		{ "\"switch\" alone is no phrasal verb",
		  "Ketamine switches the NMDA receptor.",
		  "Ketamine works by blocking the NMDA receptor.", { { 0 } } },
		{ "suppress against increase, one object",
		  "Ketamine suppresses production of brain-derived neurotrophic factor, which limits neuronal growth.",
		  "It increases the production of brain-derived neurotrophic factor (BDNF), a protein that supports neuron growth.",
		  { { ANT, "suppresses", "increases" } } },
		{ "cut against increase",
		  "Ketamine cuts the brain's production of BDNF.",
		  "Ketamine also increases the production of BDNF.",
		  { { ANT, "cuts", "increases" } } },
		{ "year outside the decade",
		  "Ketamine was first synthesized in 1985.",
		  "Ketamine, a powerful anesthetic, was first synthesized in the 1960s.",
		  { { NUM, "1985", "1960s" } } },
		{ "hours beyond the range",
		  "Ketamine's effects manifest in 8 hours.",
		  "Depending on the quantity being administered, Ketamine’s effects manifest in about 30 minutes to 3 hours.",
		  { { NUM, "8 hours", "30 minutes to 3 hours" } } },
		{ "same number, other unit",
		  "Ketamine's effects manifest in 30 seconds.",
		  "Depending on the quantity being administered, Ketamine’s effects manifest in about 30 minutes to 3 hours.",
		  { { NUM, "30 seconds", "30 minutes to 3 hours" } } },
		{ "a range that reaches past the source's range",
		  "Depending on the quantity given, ketamine's effects appear in about 30 minutes to 3 days.",
		  "Depending on the quantity being administered, Ketamine’s effects manifest in about 30 minutes to 3 hours.",
		  { { NUM, "30 minutes to 3 days", "30 minutes to 3 hours" } } },
		{ "a range inside the source's range",
		  "Effects appear in 1 to 2 hours.",
		  "Effects appear in 30 minutes to 3 hours.", { { 0 } } },
		{ "weeks against hours or days",
		  "Patients report reductions in depressive symptoms after six weeks.",
		  "Patients often report significant reductions in depressive symptoms within hours or days of the first infusion.",
		  { { NUM, "six weeks", "hours or days" } } },
		{ "one session against three or more",
		  "Patients need only one session.",
		  "Generally, it’s about three or more sessions.",
		  { { NUM, "one session", "three or more sessions" } } },
		{ "a single session against three or more",
		  "Most patients need just a single ketamine session.",
		  "Generally, it’s about three or more sessions.",
		  { { NUM, "a single ketamine session", "three or more sessions" } } },
		{ "\"a single\" with no unit counts nothing",
		  "A single patient needs care.",
		  "Generally, it’s about three or more sessions.", { { 0 } } },
		{ "activating against blocking",
		  "Ketamine treats bipolar disorder by activating the NMDA receptor.",
		  "Ketamine treats bipolar disorders by blocking a particular receptor in the brain named NMDA.",
		  { { ANT, "activating", "blocking" } } },
		{ "decreases against increases",
		  "Ketamine decreases the production of BDNF.",
		  "In addition to its effects on NMDA receptors, ketamine also increases the production of another important neurotransmitter called brain-derived neurotrophic factor (BDNF).",
		  { { ANT, "decreases", "increases" } } },
		{ "lowers against increased",
		  "Ketamine lowers blood pressure.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { ANT, "lowers", "increased" } } },
		{ "permanent against temporary, anchored before",
		  "The effects of ketamine are permanent.",
		  "However, the effects are temporary, necessitating ongoing treatment in most cases.",
		  { { ANT, "permanent", "temporary" } } },
		{ "dangerous against safe", "Ketamine is a dangerous drug.",
		  "FDA has approved it for treatment because it’s adjudged to be a safe drug.",
		  { { ANT, "dangerous", "safe" } } },
		{ "slower against faster",
		  "Ketamine works slower than many other similar medications.",
		  "This drug works faster than many other similar medications.",
		  { { ANT, "slower", "faster" } } },
		{ "ineffective against effective",
		  "Ketamine is ineffective for neuropathic pain.",
		  "The analgesic properties of Ketamine have proved effective for neuropathic pain, complex regional pain syndrome, and fibromyalgia.",
		  { { ANT, "ineffective", "effective" } } },
		{ "ineffective against effective, said of a later item of its list",
		  "Ketamine has proved ineffective for fibromyalgia.",
		  "The analgesic properties of Ketamine have proved effective for neuropathic pain, complex regional pain syndrome, and fibromyalgia.",
		  { { ANT, "ineffective", "effective" } } },
		{ "\"hangs on for weeks\" lingers, against \"dissipates\"",
		  "That dissociative feeling during the infusion usually hangs on for weeks.",
		  "While patients may experience a dissociative state during the infusion, this effect typically dissipates post-treatment.",
		  { { ANT, "hangs", "dissipates" } } },
		{ "\"hangs on\" to a thing is no lingering",
		  "Patients hang on to hope during the infusion.",
		  "While patients may experience a dissociative state during the infusion, this effect typically dissipates post-treatment.",
		  { { 0 } } },
		{ "\"against\" before the list's item is no item of it",
		  "Ketamine has proved ineffective against fibromyalgia.",
		  "The analgesic properties of Ketamine have proved effective for neuropathic pain, complex regional pain syndrome, and fibromyalgia.",
		  { { ANT, "ineffective", "effective" } } },
		{ "\"against\" and an item its list does not hold",
		  "Ketamine has proved ineffective against migraine.",
		  "The analgesic properties of Ketamine have proved effective for neuropathic pain, complex regional pain syndrome, and fibromyalgia.",
		  { { 0 } } },
		{ "an item its list does not hold is no anchor",
		  "Ketamine has proved ineffective for migraine.",
		  "The analgesic properties of Ketamine have proved effective for neuropathic pain, complex regional pain syndrome, and fibromyalgia.",
		  { { 0 } } },
		{ "the source negates: addiction", "Ketamine is addictive.",
		  "As long as you have taken the proper dosage under the supervision of a doctor, you don’t need to worry about addiction.",
		  { { NEG, "addictive", "don’t need to worry about addiction" } } },
		{ "the claim negates past \"found\": not been found effective",
		  "Ketamine has not been found effective in treating generalized anxiety disorder.",
		  "In addition to depression, ketamine is also effective in treating anxiety disorders, including generalized anxiety disorder (GAD) and post-traumatic stress disorder (PTSD).",
		  { { NEG, "not been found effective", "effective" } } },
		{ "a chat's negation without its apostrophe: cant",
		  "Ketamine cant be found effective in treating generalized anxiety disorder.",
		  "In addition to depression, ketamine is also effective in treating anxiety disorders, including generalized anxiety disorder (GAD) and post-traumatic stress disorder (PTSD).",
		  { { NEG, "cant be found effective", "effective" } } },
		{ "the claim negates: no side effects",
		  "Ketamine has no side effects at all.",
		  "Potential side effects include dissociation, increased blood pressure, and, in rare cases, hallucinations or psychosis.",
		  { { NEG, "no side effects", "side effects" } } },
		{ "the claim negates: dissociative effects",
		  "Ketamine has no dissociative effects.",
		  "Ketamine, initially developed as an anaesthetic, has garnered attention for its dissociative effects.",
		  { { NEG, "no dissociative effects", "dissociative effects" } } },
		{ "the claim negates: approved", "The FDA has not approved ketamine.",
		  "FDA has approved it for treatment because it’s adjudged to be a safe drug.",
		  { { NEG, "not approved", "approved" } } },
		{ "the claim negates: temporary",
		  "Ketamine's effects are not temporary.",
		  "However, the effects are temporary, necessitating ongoing treatment in most cases.",
		  { { NEG, "not temporary", "temporary" } } },
	};

	(void)state;
	RUN(cases);
}

/* ---- numbers --------------------------------------------------------------- */

static void
test_conflict_numbers(void **state)
{
	static const struct cf_case cases[] = {
		{ "one word between a count and its unit", "Patients need ten ketamine sessions.",
		  "Most patients need two sessions.",
		  { { NUM, "ten ketamine sessions", "two sessions" } } },
		{ "not for time units", "Take 2 blue pills.", "Take 2 pills.", { { 0 } } },
		{ "several is a handful of units, also after \"or\"",
		  "It may take several months or years before a cure is achieved.",
		  "You may take it for several days or weeks before the total cure is achieved.",
		  { { NUM, "several months or years", "several days or weeks" } } },
		{ "\"within\" gives a scale: a week is not an hour",
		  "Within a week of administration, patients notice some improvement.",
		  "Within an hour of administration, the recipient will begin to improve.",
		  { { NUM, "a week", "an hour" } } },
		{ "\"within\" a day admits two hours", "Patients improve within a day.",
		  "Patients improve in two hours.", { { 0 } } },
		{ "\"within hours\" admits \"within an hour\"", "Patients improve within hours.",
		  "Within an hour, patients improve.", { { 0 } } },
		{ "\"a matter of hours\" is a time, which the source's hours admit",
		  "Whereas antidepressants can need weeks, ketamine brings relief within a matter of hours.",
		  "It can provide rapid relief, often within hours of administration.", { { 0 } } },
		{ "\"within days\" is under two weeks",
		  "Improvements usually take several weeks after the first infusion to appear.",
		  "Patients often report significant reductions in depressive symptoms within hours or days of the first infusion.",
		  { { NUM, "several weeks", "hours or days" } } },
		{ "several weeks admits six weeks", "Relief may take several weeks.",
		  "Relief may take six weeks.", { { 0 } } },
		{ "several weeks is not three months", "Relief may take several weeks.",
		  "Relief may take three months.", { { NUM, "several weeks", "three months" } } },
		{ "two words between a count and its unit",
		  "Patients should expect about ten or more ketamine treatment sessions.",
		  "Generally, it\xE2\x80\x99s about three or more sessions.",
		  { { NUM, "ten or more ketamine treatment sessions", "three or more sessions" } } },
		{ "not three words between", "Patients need ten very long ketamine sessions.",
		  "Most patients need two sessions.", { { 0 } } },
		{ "nor for time units after two words", "Take 2 small blue pills for 3 days.",
		  "Take 2 pills for 3 days.", { { 0 } } },
		{ "three or more does not reach ten", "Patients need about ten ketamine sessions.",
		  "Generally, it\xE2\x80\x99s about three or more sessions.",
		  { { NUM, "ten ketamine sessions", "three or more sessions" } } },
		{ "three or more does not reach twelve",
		  "Most ketamine patients should expect to need around twelve treatment sessions.",
		  "Generally, it\xE2\x80\x99s about three or more sessions.",
		  { { NUM, "twelve treatment sessions", "three or more sessions" } } },
		{ "two floors are two minimums",
		  "Patients should generally expect about five or more ketamine treatment sessions.",
		  "Generally, it\xE2\x80\x99s about three or more sessions.",
		  { { NUM, "five or more ketamine treatment sessions", "three or more sessions" } } },
		{ "one floor said two ways", "Patients need at least three sessions.",
		  "Generally, it\xE2\x80\x99s about three or more sessions.", { { 0 } } },
		{ "three or more admits four or five", "Patients need four or five sessions.",
		  "Generally, it\xE2\x80\x99s about three or more sessions.", { { 0 } } },
		{ "three sessions or more admits three", "Most patients need three sessions.",
		  "Patients need three sessions or more.", { { 0 } } },
		{ "more than two doses admits three", "Patients need three doses.",
		  "Patients need more than two doses.", { { 0 } } },
		{ "at least three admits six", "Patients need six infusions.",
		  "Patients need at least three infusions.", { { 0 } } },
		{ "an open count of people reaches any number", "The trial enrolled 500 patients.",
		  "The trial enrolled more than 100 patients.", { { 0 } } },
		{ "a relative clause's weeks are its antecedent's",
		  "Improvement in PTSD and anxiety symptoms typically begins about a week after ketamine is given.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { NUM, "a week", "hours" } } },
		{ "the claim's hours meet the main clause's",
		  "Ketamine works within hours.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { 0 } } },
		{ "the claim's weeks in a subordinate clause of their own",
		  "Ketamine can ease distress quickly, even in cases where other medications took weeks to work.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { 0 } } },
		{ "the claim names the relative clause's antecedent",
		  "Conventional antidepressants take about a week to act.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { 0 } } },
		{ "the claim says of the antecedent what the source says of another thing",
		  "Conventional antidepressants often produce results within hours, whereas ketamine may take weeks.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { NUM, "hours", "weeks" } } },
		{ "the claim's clause names the antecedent and the other subject",
		  "Compared with conventional antidepressants ketamine produces results within hours.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { 0 } } },
		{ "a full day is one day", "Improvement usually takes a full day to appear.",
		  "You may have to take it for several days or weeks before the cure.",
		  { { NUM, "a full day", "several days or weeks" } } },
		{ "the second week is one to two weeks, no hour",
		  "Improvement is not observed until the second week of treatment.",
		  "Patients notice improvement within an hour of treatment.",
		  { { NUM, "second week", "an hour" } } },
		{ "the second week within weeks", "Improvement appears in the second week.",
		  "Improvement appears within weeks.", { { 0 } } },
		{ "a second receptor counts no time", "Ketamine activates a second receptor.",
		  "Ketamine activates another receptor within an hour.", { { 0 } } },
		{ "a full day within a day or two", "Improvement takes a full day to appear.",
		  "Improvement appears within 1-2 days.", { { 0 } } },
		{ "several days are two or more", "The effect lasts a day.",
		  "The effect lasts several days.", { { NUM, "a day", "several days" } } },
		{ "a few hours may be an hour", "Ketamine works within an hour.",
		  "Ketamine works in a few hours.", { { 0 } } },
		{ "percent sign and word", "It helps 70% of patients.",
		  "It helps 40 percent of patients.", { { NUM, "70%", "40 percent" } } },
		{ "per cent agrees", "It helps 40% of patients.",
		  "It helps 40 per cent of patients.", { { 0 } } },
		{ "a range contains its values", "Effects last 2 hours.",
		  "Effects last 2-3 hours.", { { 0 } } },
		{ "outside a range", "Effects last 5 hours.",
		  "Effects last 2-3 hours.", { { NUM, "5 hours", "2-3 hours" } } },
		{ "word range", "Effects last four hours.",
		  "Effects last two to three hours.",
		  { { NUM, "four hours", "two to three hours" } } },
		{ "between ... and", "Doses of 5 mg work.",
		  "Doses between 2 and 4 mg work.",
		  { { NUM, "5 mg", "2 and 4 mg" } } },
		{ "units convert", "A dose of 0.5 g was given.",
		  "A dose of 500 mg was given.", { { 0 } } },
		{ "thousands separator and decimals", "1,500 people took part.",
		  "1500.0 people took part.", { { 0 } } },
		{ "twenty-five against a dozen", "Twenty-five patients improved.",
		  "A dozen patients improved.",
		  { { NUM, "Twenty-five patients", "A dozen patients" } } },
		{ "minutes convert to hours", "It works in 90 minutes.",
		  "It works in 1.5 hours.", { { 0 } } },
		{ "more than", "It lasts more than 30 minutes.",
		  "It lasts 45 minutes.", { { 0 } } },
		{ "within a bare unit", "It works within 2 hours.",
		  "It works within hours.", { { 0 } } },
		{ "no number of the kind: silence", "It works in 30 minutes.",
		  "It was first synthesized in the 1960s.", { { 0 } } },
		{ "a bare number has no kind", "Ketamine has 3 uses.",
		  "Ketamine has 5 uses.", { { 0 } } },
		{ "a year needs a year-like context",
		  "Ketamine was approved in 1970.", "See 1817 Riverdale St.",
		  { { 0 } } },
		{ "a year inside a decade", "It was synthesized in 1962.",
		  "It was synthesized in the 1960s.", { { 0 } } },
		{ "a year inside a '60s", "It was synthesized in the ’60s.",
		  "It was synthesized in 1965.", { { 0 } } },
		{ "the 60s without an apostrophe", "It was synthesized in the 60s.",
		  "It was synthesized in the 1960s.", { { 0 } } },
		{ "seconds are no decade", "It works within 60s.",
		  "It was synthesized in the 1960s.", { { 0 } } },
		{ "several studies", "Several studies show it.",
		  "Several studies show it.", { { 0 } } },
		{ "years", "It was approved in 1970.", "It was approved in 1975.",
		  { { NUM, "1970", "1975" } } },
		{ "around a year", "It was approved around 1972.",
		  "It was approved in 1970.", { { 0 } } },
		{ "ages are not decades", "It was discovered in the 1960s.",
		  "Patients in their seventies respond well.", { { 0 } } },
		{ "a bare time unit needs a time word", "Effects last 2 weeks.",
		  "In recent years, it has gained attention.", { { 0 } } },
	};

	(void)state;
	RUN(cases);
}

/* ---- negation -------------------------------------------------------------- */

static void
test_conflict_negation(void **state)
{
	static const struct cf_case cases[] = {
		{ "straight apostrophe", "Ketamine causes dissociation.",
		  "Ketamine doesn't cause dissociation.",
		  { { NEG, "causes dissociation", "doesn't cause dissociation" } } },
		{ "relieve and relief are one word",
		  "Ketamine therapy offers little to people with OCD, as it does not relieve their persistent, intrusive thoughts.",
		  "Obsessive-compulsive disorder (OCD) is another condition that can be managed with ketamine therapy, providing relief from persistent, intrusive thoughts that characterize OCD.",
		  { { NEG, "not relieve", "relief" } } },
		{ "relief for relieve agrees", "Ketamine relieves intrusive thoughts.",
		  "Ketamine therapy provides relief from persistent, intrusive thoughts.", { { 0 } } },
		{ "little is hardly any", "Infusion therapy gives clinicians little control over the ketamine dose.",
		  "This method allows for precise control over the dosage.",
		  { { NEG, "little control", "control" } } },
		{ "little against a text that says there is not enough",
		  "Little research has been done on its long-term effects.",
		  "More research is needed to fully understand its long-term effects and optimal dosing strategies.",
		  { { 0 } } },
		{ "little against limited", "There is little evidence for its long-term safety.",
		  "The evidence for its long-term safety is limited.", { { 0 } } },
		{ "as little as is some", "Ketamine may need as little as thirty minutes of control.",
		  "This method allows for precise control over the dosage.", { { 0 } } },
		{ "a little is some", "Clinicians keep a little control over the dose.",
		  "This method allows for precise control over the dosage.", { { 0 } } },
		{ "little to no: the no denies", "There is little to no control over the dose.",
		  "This method allows for precise control over the dosage.",
		  { { NEG, "no control", "control" } } },
		{ "claim negates", "Ketamine does not cause dissociation.",
		  "In rare cases ketamine causes dissociation.",
		  { { NEG, "not cause dissociation", "causes dissociation" } } },
		{ "both negate", "Ketamine is not addictive.",
		  "Ketamine is never addictive.", { { 0 } } },
		{ "not advisable to do it denies doing it",
		  "Patients can safely drive themselves home.",
		  "It is not advisable to drive yourself home after the treatment.",
		  { { NEG, "drive", "not advisable to drive" } } },
		{ "not necessary to do it does not deny doing it",
		  "Patients drive themselves home.",
		  "It is not necessary to drive yourself home after the treatment.", { { 0 } } },
		{ "rarely denies what the source reports", "Doctors rarely monitor patients.",
		  "Doctors closely monitor patients.",
		  { { NEG, "rarely monitor patients", "monitor patients" } } },
		{ "rarely against a source that says it is rare", "Ketamine rarely causes psychosis.",
		  "In rare cases ketamine causes psychosis.", { { 0 } } },
		{ "seldom against uncommon", "Psychosis seldom follows an infusion.",
		  "Psychosis follows an infusion, but this is uncommon.", { { 0 } } },
		{ "rare in another sentence says nothing of this one",
		  "Cost is rarely a barrier to access.",
		  "In rare cases, hallucinations occur. The cost can be a barrier to access.",
		  { { NEG, "rarely a barrier", "barrier" } } },
		{ "neither negates", "Ketamine is addictive.",
		  "Ketamine is addictive.", { { 0 } } },
		{ "not only", "Ketamine kills pain.",
		  "Ketamine not only kills pain but also dissociates.", { { 0 } } },
		{ "free of", "Ketamine has side effects.",
		  "Ketamine is free of side effects.",
		  { { NEG, "side effects", "free of side effects" } } },
		{ "non- prefix", "Ketamine is addictive.",
		  "Ketamine is non-addictive.",
		  { { NEG, "addictive", "non-addictive" } } },
		{ "no longer", "Ketamine is used in surgery.",
		  "Ketamine is no longer used in surgery.",
		  { { NEG, "used", "no longer used" } } },
		{ "a quantifier takes the negation", "Ketamine works.",
		  "Ketamine does not always work.", { { 0 } } },
		{ "subordinate clause", "Ketamine is effective.",
		  "Patients try ketamine when other treatments haven't been effective.",
		  { { 0 } } },
		{ "the shared word must be what is negated",
		  "Ketamine needs follow-up appointments.",
		  "Ketamine users don't ditch follow-up appointments.", { { 0 } } },
		{ "the shared word must be what the claim negates",
		  "Ketamine users don't ditch follow-up appointments.",
		  "Ketamine users keep follow-up appointments.", { { 0 } } },
		{ "a negator far from the word", "Ketamine causes nausea.",
		  "No patient in the large long trial reported nausea.",
		  { { 0 } } },
		{ "one conflict per negator", "Ketamine does not cause nausea.",
		  "Ketamine causes nausea.",
		  { { NEG, "not cause nausea", "causes nausea" } } },
		{ "some occurrence agrees", "Ketamine is effective.",
		  "Ketamine is effective where others are not effective.",
		  { { 0 } } },
		{ "the source denies the quantifier the claim asserts",
		  "The mechanisms are now fully understood.",
		  "Although the exact mechanisms are not fully understood, it is believed to work.",
		  { { NEG, "fully understood", "not fully understood" } } },
		{ "\"not yet\" negates what follows \"yet\"",
		  "The way ketamine eases anxiety is not yet fully understood.",
		  "Although the exact mechanisms are not fully understood, it is believed to work.",
		  { { 0 } } },
		{ "\"not yet approved\" against \"approved\"", "Ketamine is not yet approved by the FDA.",
		  "FDA has approved it for treatment.", { { NEG, "not yet approved", "approved" } } },
		{ "\"declined to\" denies its complement",
		  "The FDA has declined to approve ketamine.",
		  "FDA has approved it for treatment.",
		  { { NEG, "declined to approve", "approved" } } },
		{ "\"failed to\" in the source denies it too",
		  "Ketamine helps patients who responded to other treatments.",
		  "Ketamine helps patients who failed to respond to other treatments.",
		  { { NEG, "responded", "failed to respond" } } },
		{ "\"avoid\" denies what follows", "Most patients avoid consulting a healthcare professional.",
		  "Patients consult a healthcare professional first.",
		  { { NEG, "avoid consulting", "consult" } } },
		{ "\"avoid\" on both sides agrees", "Patients avoid alcohol after a session.",
		  "Patients should avoid alcohol after a session.", { { 0 } } },
		{ "\"inadvisable that he drive\" agrees with \"not advisable to drive\"",
		  "It is inadvisable that he drive himself home after the treatment.",
		  "It is not advisable to drive yourself home after the treatment.", { { 0 } } },
		{ "\"inadvisable to drive\" against \"drive yourself home\"",
		  "It is inadvisable to drive yourself home after the treatment.",
		  "Patients usually drive themselves home after the treatment.",
		  { { NEG, "inadvisable to drive", "drive" } } },
		{ "\"cannot be used to manage\" denies managing",
		  "Ketamine cannot be used to manage OCD.",
		  "OCD is another condition that can be managed with ketamine therapy.",
		  { { NEG, "cannot be used to manage", "managed" } } },
		{ "a passive \"is avoided\" denies what goes before",
		  "Consulting a healthcare professional is avoided by most patients.",
		  "Patients consult a healthcare professional first.",
		  { { NEG, "Consulting a healthcare professional is avoided", "consult" } } },
		{ "\"must be avoided\" is advice, no report against a risk the source names",
		  "Unsupervised use must be avoided.",
		  "Regular, unsupervised use of ketamine may pose a risk of dependency.",
		  { { 0 } } },
		{ "\"it is crucial to avoid\" is advice too",
		  "It is crucial to avoid unsupervised use of ketamine.",
		  "Regular, unsupervised use of ketamine may pose a risk of dependency.",
		  { { 0 } } },
		{ "an imperative \"Avoid\" is advice",
		  "Avoid unsupervised use of ketamine.",
		  "Regular, unsupervised use of ketamine may pose a risk of dependency.",
		  { { 0 } } },
		{ "\"declined\" without \"to\" is no negator", "Depression declined after ketamine.",
		  "Depression declined after ketamine.", { { 0 } } },
		{ "a necessity denied against \"must\"",
		  "Supervision by mental health professionals is not required during the first dose.",
		  "To qualify, individuals must be under the care of mental health professionals during the first dose.",
		  { { NEG, "not required", "must" } } },
		{ "a necessity of another thing",
		  "A referral is not required for the first dose.",
		  "To qualify, individuals must be under the care of mental health professionals during the first dose.",
		  { { 0 } } },
		{ "a necessity of another thing in the same clause",
		  "Supervision by mental health professionals is not required during the first dose.",
		  "During the first dose, mental health professionals say patients must take a series of doses.",
		  { { 0 } } },
		{ "a necessity the source denies too",
		  "Supervision by mental health professionals is not required during the first dose.",
		  "Supervision by mental health professionals is not required during the first dose.",
		  { { 0 } } },
		{ "a negated cause denies its object", "Ketamine does not cause dissociation.",
		  "Patients may experience a dissociative state during the infusion.",
		  { { NEG, "not cause dissociation", "dissociative" } } },
		{ "a negated verb of another kind denies only itself",
		  "Ketamine does not worsen dissociation.",
		  "Patients may experience a dissociative state during the infusion.", { { 0 } } },
		{ "a deed someone else is to do", "Patients should bring someone to drive them home.",
		  "It is not advisable to drive yourself home after the treatment.", { { 0 } } },
		{ "the same deed the claim's subject does",
		  "Patients can drive themselves home after the treatment.",
		  "It is not advisable to drive yourself home after the treatment.",
		  { { NEG, "drive", "not advisable to drive" } } },
		{ "the claim denies later what the source denies first",
		  "Addiction to ketamine is not something patients need to worry about.",
		  "With the right dose you don't need to worry about addiction.", { { 0 } } },
		{ "\"without\" in the claim's subject asserts nothing",
		  "Regular ketamine use without supervision can carry a risk of dependence.",
		  "Ketamine should be administered under the supervision of professionals.",
		  { { 0 } } },
		{ "\"unwise for a patient to drive\" advises against driving, as the source does",
		  "It is unwise for a patient to drive himself home after the treatment.",
		  "It is not advisable to drive yourself home after the treatment.", { { 0 } } },
		{ "a Scots \"dinnae\" denies as \"doesn't\" does",
		  "Ketamine dinnae block the NMDA receptor.",
		  "Ketamine works by blocking the NMDA receptor.",
		  { { NEG, "dinnae block", "blocking" } } },
		{ "\"quit researching\" denies the research",
		  "The National Institute of Health quit researching ketamine altogether.",
		  "As ongoing research by the National Institute of Health explores new uses, it grows.",
		  { { NEG, "quit researching", "research" } } },
		{ "\"can stop going\" is a permission to leave out what a source forbids",
		  "Once you feel better, you can stop going to your follow-up appointments.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { NEG, "can stop", "don't ditch" } } },
		{ "\"can blow off\" is a permission to leave out what a source forbids",
		  "Once you're feeling better you can blow off the follow-up appointments.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { NEG, "can blow", "don't ditch" } } },
		{ "\"blow\" without \"off\" leaves nothing out",
		  "Once you're feeling better you can blow your nose at the follow-up appointments.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { 0 } } },
		{ "\"doesn't do a thing for\" denies as \"does nothing for\" does",
		  "Ketamine doesn't do a thing for OCD, from what I've read.",
		  "Its ability to quickly improve symptoms of depression, anxiety, PTSD, and OCD can be life-changing.",
		  { { NEG, "doesn't do a thing for OCD", "OCD" } } },
		{ "\"breaks down\" the connections a source says it establishes",
		  "Ketamine actually breaks down the connections between your brain cells.",
		  "The drug will establish new connections among brain cells.",
		  { { ANT, "breaks", "establish" } } },
		{ "\"rebuilds links broken by depression\" says both sides itself",
		  "Ketamine rebuilds synaptic links broken by depression, delivering a rapid effect.",
		  "The drug will establish new connections among brain cells.",
		  { { 0 } } },
		{ "\"some weeks\" is the source's own \"weeks\", no witness against \"hours\"",
		  "Traditional antidepressants can take some weeks, but ketamine often gives results after a few hours.",
		  "Ketamine sets it apart from traditional antidepressants, which can take weeks to show any effect.",
		  { { 0 } } },
		{ "\"take some weeks\" is a duration",
		  "Ketamine can take some weeks to work.",
		  "Ketamine often produces results within hours.",
		  { { NUM, "weeks", "hours" } } },
		{ "\"durable\" benefit against a temporary one",
		  "The benefit of ketamine infusions is durable.",
		  "However, the benefit of ketamine infusions is temporary, necessitating ongoing treatment.",
		  { { ANT, "durable", "temporary" } } },
		{ "a denial in a relative clause opened by \"who'd\" is the group's",
		  "Patients who'd rather avoid the IV can have ketamine jabbed into a muscle.",
		  "These involve injecting ketamine into the muscle (IM) or beneath the skin (SC).",
		  { { 0 } } },
		{ "Jamaican \"nuh\" is a negated auxiliary",
		  "Ketamine nuh block di NMDA receptor.",
		  "Ketamine works by blocking the NMDA receptor.",
		  { { NEG, "nuh block", "blocking" } } },
		{ "\"nuh common like di IV\" compares a degree, no denial of the use",
		  "Yuh can get ketamine as a nose spray too, but dem way deh nuh common like di IV.",
		  "There are also options like nasal sprays and oral tablets, although these are common.",
		  { { 0 } } },
		{ "\"switching the receptor on in the brain\": the particle before where it happens",
		  "It works by switching the NMDA receptor on in the brain, sweetheart.",
		  "Ketamine works by blocking the NMDA receptor.",
		  { { ANT, "switching", "blocking" } } },
		{ "\"turns patients on to therapy\" is no switch",
		  "Ketamine turns patients on to therapy in the clinic.",
		  "Ketamine works by blocking the NMDA receptor.",
		  { { 0 } } },
		{ "\"not without risks\" asserts the risks (litotes)",
		  "Ketamine therapy carries no risks at all.",
		  "Ketamine therapy, while showing promise, is not without risks and side effects.",
		  { { NEG, "no risks", "risks" } } },
		{ "\"don't carry no risks\" is one denial said twice (negative concord)",
		  "Ketamine therapy don't carry no risks at all.",
		  "Ketamine therapy, while showing promise, is not without risks and side effects.",
		  { { NEG, "no risks", "risks" } } },
		{ "\"without\" in a gerund subject names the case spoken of",
		  "Using ketamine without anybody supervising, well, that might get you hooked.",
		  "Ketamine should be administered under the supervision of professionals.",
		  { { 0 } } },
		{ "\"without\" after a gerund subject's predicate opens denies",
		  "Taking ketamine is fine without supervision.",
		  "Ketamine should be administered under the supervision of professionals.",
		  { { NEG, "without supervision", "supervision" } } },
		{ "a word past a negation's scope is not asserted either",
		  "Ketamine need not raise concerns about addiction.",
		  "With the right dose you don't need to worry about addiction.", { { 0 } } },
		{ "a word in a clause of its own is",
		  "It does not hurt, and it causes addiction.",
		  "With the right dose you don't need to worry about addiction.",
		  { { NEG, "addiction", "don't need to worry about addiction" } } },
		{ "what must happen before something is understood does not say it is",
		  "Further studies are needed before its long-term effects are fully understood.",
		  "The long-term effects of ketamine are not fully understood.", { { 0 } } },
		{ "what happened before another thing did is said",
		  "Ketamine was used before it was fully understood.",
		  "The long-term effects of ketamine are not fully understood.",
		  { { NEG, "fully understood", "not fully understood" } } },
		{ "\"without\" in the claim's predicate denies",
		  "Ketamine can be given safely without supervision.",
		  "Ketamine should be administered under the supervision of professionals.",
		  { { NEG, "without supervision", "supervision" } } },
		{ "the claim's later negation may leave out the source's \"need\"",
		  "Addiction to ketamine is not something to worry about.",
		  "With the right dose you don't need to worry about addiction.", { { 0 } } },
		{ "the claim's later negation must deny the same words",
		  "Addiction to ketamine is common, not something to ignore.",
		  "You don't need to worry about addiction.",
		  { { NEG, "Addiction", "don't need to worry about addiction" } } },
		{ "a claim without the quantifier is not denied",
		  "The mechanisms are understood.",
		  "The mechanisms are not fully understood.", { { 0 } } },
		{ "a concessive clause is asserted", "Ketamine is addictive.",
		  "Although ketamine is not addictive, it is a controlled substance.",
		  { { NEG, "addictive", "not addictive" } } },
		{ "\"rather than\" negates what follows",
		  "It was developed as an antidepressant rather than an anesthetic.",
		  "Ketamine, initially developed as an anaesthetic, has garnered attention.",
		  { { NEG, "rather than an anesthetic", "anaesthetic" } } },
		{ "\"advises against\" negates what follows",
		  "The clinic advises against combining ketamine with counseling.",
		  "Consider combining ketamine with counseling.",
		  { { NEG, "against combining ketamine", "combining ketamine" } } },
		{ "\"against\" alone is no negation",
		  "Ketamine protects against depression relapse.",
		  "Ketamine protects against depression relapse.", { { 0 } } },
		{ "\"instead of\" negates what follows",
		  "Ketamine is taken at home instead of administered in a clinic.",
		  "Ketamine is administered in a clinic.",
		  { { NEG, "instead of administered", "administered" } } },
		{ "another way offered \"instead of\" one the source names beside it",
		  "Ketamine can also be given as a nasal spray or an oral tablet instead of an IV infusion.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { 0 } } },
		{ "\"instead of\" with no other way offered still denies",
		  "Ketamine is given as a nasal spray or an oral tablet instead of an IV infusion.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { NEG, "instead of an IV infusion", "infusions" } } },
		{ "\"advised against\" at the end denies the deed before it",
		  "Self-driving home after treatment advised against.",
		  "It is not advisable to drive yourself home after the treatment.",
		  { { 0 } } },
		{ "\"advised against\" at the end against a source that does it",
		  "Combining ketamine with alcohol is advised against.",
		  "Patients may combine ketamine with alcohol.",
		  { { NEG, "Combining ketamine with alcohol is advised against", "combine ketamine" } } },
		{ "research still needed to establish it: not established",
		  "The efficacy and safety of ketamine for treating anxiety disorders have already been firmly established.",
		  "Additional research is needed to establish the efficacy and safety of ketamine in treating various anxiety disorders.",
		  { { NEG, "established", "needed to establish" } } },
		{ "research that established it: established",
		  "Research has already firmly established the efficacy and safety of ketamine for treating anxiety disorders.",
		  "Additional research is needed to establish the efficacy and safety of ketamine in treating various anxiety disorders.",
		  { { NEG, "established", "needed to establish" } } },
		{ "\"the established treatments\" are a kind of treatment, no finding",
		  "Ketamine acts quickly, which sets it apart from the established treatments for anxiety disorders.",
		  "Additional research is needed to establish the efficacy and safety of ketamine in treating various anxiety disorders.",
		  { { 0 } } },
		{ "a claim that speaks of research itself agrees",
		  "Whether ketamine is effective and safe for anxiety disorders still has to be established by further research.",
		  "Additional research is needed to establish the efficacy and safety of ketamine in treating various anxiety disorders.",
		  { { 0 } } },
		{ "the claim's research need denies no source's \"understanding\"",
		  "Further research is needed to understand the long-term effects of ketamine.",
		  "Open communication with your doctor is essential to understanding the potential benefits and risks involved.",
		  { { 0 } } },
		{ "\"needed to\" without research is no denial",
		  "Ketamine doses are adjusted.",
		  "Careful monitoring is needed to adjust ketamine doses.",
		  { { 0 } } },
		{ "\"rather than alongside\" denies what follows; British and American spellings",
		  "Ketamine therapy should be used on its own rather than alongside counselling or lifestyle changes.",
		  "Finally, consider combining ketamine therapy with other supportive treatments like counseling or lifestyle changes to maximize the overall benefits.",
		  { { NEG, "rather than alongside counselling", "counseling" } } },
		{ "\"rather than\" denies the whole alternative, not its verb",
		  "Bring someone to the treatment rather than come alone.",
		  "It is better to come with someone.", { { 0 } } },
		{ "\"rather than\" meets the alternative past a comma between its modifiers",
		  "The risk of ketamine dependence comes mainly from supervised clinic treatment rather than from regular unsupervised use.",
		  "Regular, unsupervised use of ketamine may pose a risk of dependency or misuse.",
		  { { NEG, "rather than from regular", "Regular" } } },
		{ "\"rather than\" past a comma still needs the alternative's words",
		  "Patients should take walks rather than regular naps.",
		  "Regular, unsupervised use of ketamine may pose a risk of dependency or misuse.",
		  { { 0 } } },
		{ "\"rather than\" the other way round agrees",
		  "The risk of dependence comes from regular unsupervised use rather than from supervised clinic treatment.",
		  "Regular, unsupervised use of ketamine may pose a risk of dependency or misuse.",
		  { { 0 } } },
		{ "\"rather than\" meets the alternative said",
		  "Bring someone to the treatment rather than come alone.",
		  "Most patients come alone.",
		  { { NEG, "rather than come alone", "come alone" } } },
		{ "\"classified as\" passes the negation on", "Ketamine is not classified as a controlled substance.",
		  "It is a controlled substance.",
		  { { NEG, "not classified as a controlled substance", "controlled substance" } } },
		{ "a derived noun meets its verb", "Patients see no improvement.",
		  "It can improve symptoms quickly.",
		  { { NEG, "no improvement", "improve" } } },
	};

	(void)state;
	RUN(cases);
}

/* ---- substitutions ----------------------------------------------------------- */

#define SUB CONFLICT_SUBSTITUTION

static void
test_conflict_substitutions(void **state)
{
	static const struct cf_case cases[] = {
		{ "another receptor, behind a parenthesis", "Ketamine acts on the brain's GABA receptors.",
		  "Derived from phencyclidine, it acts on the brain's N-methyl-D-aspartate (NMDA) receptors.",
		  { { SUB, "GABA receptors", "NMDA" } } },
		{ "another agency", "The FDA approved esketamine.",
		  "The EMA approved esketamine.", { { SUB, "FDA approved", "EMA approved" } } },
		{ "one body's acronym in another's name's place",
		  "Ongoing research by the FDA is exploring new indications for ketamine therapy.",
		  "As ongoing research by the National Institute of Health explores new indications and refine protocols, ketamine therapy could become a crucial addition.",
		  { { SUB, "FDA", "National Institute of Health" } } },
		{ "one body's acronym doing the deed the source's body does, both after \"by\"",
		  "Ongoing research on new indications is being run by the FDA.",
		  "As ongoing research by the National Institute of Health explores new indications and refine protocols, ketamine therapy could become a crucial addition.",
		  { { SUB, "FDA", "National Institute of Health" } } },
		{ "bodies after \"by\" in clauses of two deeds",
		  "Esketamine was approved by the FDA.",
		  "As ongoing research by the National Institute of Health explores new indications and refine protocols, ketamine therapy could become a crucial addition.",
		  { { 0 } } },
		{ "a capitalized name in another's place",
		  "Ongoing research by the Food and Drug Administration is exploring new indications.",
		  "As ongoing research by the National Institute of Health explores new indications.",
		  { { SUB, "Food and Drug Administration", "National Institute of Health" } } },
		{ "the acronym of the claim's name is its name",
		  "Ongoing research by the Food and Drug Administration is exploring new indications.",
		  "As ongoing research by the FDA explores new indications.", { { 0 } } },
		{ "the acronym that spells the name is the name",
		  "Ongoing research by the NIH is exploring new indications for ketamine therapy.",
		  "As ongoing research by the National Institute of Health explores new indications and refine protocols, ketamine therapy could become a crucial addition.",
		  { { 0 } } },
		{ "the source names the claim's too", "Ketamine blocks NMDA receptors.",
		  "Ketamine blocks NMDA receptors and AMPA receptors.", { { 0 } } },
		{ "a lower-case modifier may be a paraphrase", "Ketamine is a new treatment.",
		  "Ketamine is a novel treatment.", { { 0 } } },
		{ "an acronym against a long form", "PTSD symptoms improve.",
		  "Post-traumatic stress disorder symptoms improve.", { { 0 } } },
		{ "the same name before another noun", "Ketamine blocks NMDA receptors.",
		  "NMDA antagonists such as ketamine block them.", { { 0 } } },
		{ "another route right by the claim's name",
		  "Esketamine, an intravenous form of the drug, is gaining popularity.",
		  "Intranasal esketamine is another option gaining popularity.",
		  { { SUB, "intravenous", "Intranasal" } } },
		{ "the source says the claim's route too", "Esketamine is a nasal spray.",
		  "Intranasal esketamine is another option gaining popularity.", { { 0 } } },
		{ "another route by another name", "Ketamine is given as an oral tablet.",
		  "Intranasal esketamine is another option gaining popularity.", { { 0 } } },
		{ "a route with no name next to it", "Esketamine is given as an oral tablet.",
		  "Esketamine is popular; intranasal use is another option.", { { 0 } } },
		{ "the usual route against another usual route",
		  "Ketamine is typically administered as an oral tablet.",
		  "Ketamine is typically administered in a clinical setting through an intravenous (IV) infusion.",
		  { { SUB, "oral", "intravenous" } } },
		{ "the usual route the source names",
		  "Ketamine is typically given as an IV infusion.",
		  "Ketamine is typically administered in a clinical setting through an intravenous (IV) infusion.",
		  { { 0 } } },
		{ "a route less commonly given is no usual one",
		  "Ketamine is less commonly given as an oral tablet.",
		  "Ketamine is typically administered in a clinical setting through an intravenous (IV) infusion.",
		  { { 0 } } },
		{ "a route given is no way of giving",
		  "Intramuscular injections of ketamine are usually given in a clinic setting.",
		  "Ketamine is typically administered in a clinical setting through an intravenous (IV) infusion.",
		  { { 0 } } },
		{ "a usual use is no usual route",
		  "Nasal sprays of ketamine are typically used for maintenance.",
		  "Ketamine is typically administered in a clinical setting through an intravenous (IV) infusion.",
		  { { 0 } } },
	};

	(void)state;
	RUN(cases);
}

/* A lexicon that knows three specific terms. */
static int
fake_is_term(void *ctx, const char *w)
{
	(void)ctx;
	return strcmp(w, "dopamine") == 0 || strcmp(w, "glutamate") == 0 ||
	    strcmp(w, "serotonin") == 0 || strcmp(w, "glutamatergic") == 0;
}

/* Lower-case terms the caller's lexicon names (thesaurus_is_term) are names too. */
static void
test_conflict_substitutions_of_terms(void **state)
{
	static const struct conflict_lexicon lex = { .is_term = fake_is_term };
	static const struct cf_case cases[] = {
		{ "another transmitter", "Ketamine modulates the brain's dopamine system.",
		  "Ketamine modulates the brain's glutamate system.",
		  { { SUB, "dopamine system", "glutamate system" } } },
		{ "a term against a word that is none", "Ketamine modulates the dopamine system.",
		  "Ketamine modulates the reward system.", { { 0 } } },
		{ "a word that is none against a term", "Ketamine modulates the reward system.",
		  "Ketamine modulates the glutamate system.", { { 0 } } },
		{ "two forms of one word", "Ketamine acts on the glutamate system.",
		  "Ketamine acts on the glutamatergic system.", { { 0 } } },
		{ "the source names the claim's too", "Ketamine acts on the serotonin system.",
		  "Unlike SSRIs, which act on the serotonin system, ketamine acts on the glutamate system.",
		  { { 0 } } },
		{ "a possessive names its thing: one side's name with the other's",
		  "Dopamine's core target is serotonin.",
		  "While glutamate typically targets neurotransmitters like serotonin, dopamine "
		  "operates through a distinct pathway within the brain.",
		  { { CONFLICT_CONTRAST, "Dopamine's core target is serotonin",
		      "While glutamate typically targets neurotransmitters like serotonin" } } },
		{ "a name still needs no lexicon", "Ketamine acts on GABA receptors.",
		  "Ketamine acts on NMDA receptors.", { { SUB, "GABA receptors", "NMDA receptors" } } },
		/* a thing the claim names one thing and the source another */
		{ "named in apposition, known as another",
		  "The receptor stimulates the release of serotonin, a chemical that dampens moods.",
		  "The receptor stimulates the release of a chemical that dampens moods. "
		  "This mood-regulating chemical is known as Glutamate.",
		  { { SUB, "serotonin", "Glutamate" } } },
		{ "named in apposition with a hyphened modifier",
		  "The NMDA receptor stimulates the release of serotonin, a mood-dampening chemical.",
		  "This mood-regulating chemical is known as Glutamate.",
		  { { SUB, "serotonin", "Glutamate" } } },
		{ "named at the claim's end",
		  "The mood-dampening chemical whose release the receptor stimulates is serotonin.",
		  "This mood-regulating chemical is known as Glutamate.",
		  { { SUB, "serotonin", "Glutamate" } } },
		{ "named at the claim's end, past a participle's phrase and an opening one",
		  "Per 004, the mood-dampening chemical released via the NMDA receptor is serotonin.",
		  "This mood-regulating chemical is known as Glutamate.",
		  { { SUB, "serotonin", "Glutamate" } } },
		{ "named by a copula, called another",
		  "The chemical is dopamine.", "The chemical, called glutamate, dampens moods.",
		  { { SUB, "dopamine", "glutamate" } } },
		{ "the same name", "The mood chemical is serotonin.",
		  "This mood-regulating chemical is known as serotonin.", { { 0 } } },
		{ "the source names the claim's too", "The chemical is serotonin.",
		  "This chemical is known as glutamate, unlike serotonin.", { { 0 } } },
		{ "another of the kind is named",
		  "Ketamine treats bipolar disorder by blocking a brain receptor called NMDA.",
		  "While ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { 0 } } },
		{ "a blockade is a block: the claim contrasts the two itself",
		  "Concurrently with its blockade of NMDA receptors, ketamine appears to activate AMPA receptors.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { 0 } } },
		{ "the claim's other thing of the kind is named",
		  "While ketamine blocks the NMDA receptor, it activates another receptor called AMPA.",
		  "Ketamine treats bipolar disorders by blocking a particular receptor in the brain named NMDA.",
		  { { 0 } } },
		{ "named with a place between",
		  "Ketamine blocks a brain receptor known as GABA.",
		  "Ketamine treats bipolar disorders by blocking a particular receptor in the brain named NMDA.",
		  { { SUB, "GABA", "NMDA" } } },
		{ "another noun is named", "The chemical is serotonin.",
		  "This receptor is known as glutamate.", { { 0 } } },
		{ "a word that names nothing", "The chemical is serotonin.",
		  "This chemical is known as a mood regulator.", { { 0 } } },
		{ "the claim's word is no name", "The chemical is harmful.",
		  "This chemical is known as glutamate.", { { 0 } } },
		{ "the name does not end the clause", "The chemical is serotonin in small amounts.",
		  "This chemical is known as glutamate.", { { 0 } } },
	};
	static const struct cf_case without[] = {
		{ "no lexicon: lower-case words may be paraphrases",
		  "Ketamine modulates the brain's dopamine system.",
		  "Ketamine modulates the brain's glutamate system.", { { 0 } } },
	};

	(void)state;
	RUN_IN(&lex, cases);
	RUN(without);
}

/* A lexicon that knows the antonyms of "lasting" and "unsafe". */
static int
fake_opposites(void *ctx, const char *w, int (*each)(void *, const char *), void *each_ctx)
{
	(void)ctx;
	if (strcmp(w, "lasting") == 0)
		return each(each_ctx, "impermanent") || each(each_ctx, "temporary") ? -1 : 0;
	if (strcmp(w, "unsafe") == 0)
		return each(each_ctx, "safe") ? -1 : 0;
	if (strcmp(w, "several") == 0)	/* WordNet's "several" (separate) / "common" (joint) */
		return each(each_ctx, "common") ? -1 : 0;
	return 0;
}

/* A lexicon that knows two different kinds of drug. */
static int
fake_different_kinds(void *ctx, const char *a, const char *b)
{
	(void)ctx;
	return (strcmp(a, "antidepressant") == 0 && strcmp(b, "anaesthetic") == 0) ||
	    (strcmp(a, "anaesthetic") == 0 && strcmp(b, "antidepressant") == 0);
}

static int fake_knows(void *ctx, const char *w);

/* The route a source's clause gives a name no dictionary knows. */
static void
test_conflict_route_of_name(void **state)
{
	static const struct conflict_lexicon lex = { .knows = fake_knows };
	static const char *const source =
	    "Nasal sprays like intranasal esketamine are administered through the nose, "
	    "and oral treatments involve swallowing a prescribed dosage.";
	static const struct cf_case cases[] = {
		{ "another route than the name's clause gives",
		  "Esketamine is taken as a tablet that patients swallow.",
		  source, { { SUB, "tablet", "Nasal" } } },
		{ "the route the name's clause gives",
		  "Esketamine is given as a nasal spray.", source, { { 0 } } },
		{ "a name the dictionary knows is said of every route",
		  "Ketamine is taken as a tablet that patients swallow.",
		  "Nasal sprays like intranasal ketamine are administered through the nose, "
		  "and oral treatments involve swallowing a prescribed dosage.", { { 0 } } },
		{ "a clause that gives no route",
		  "Esketamine is taken as a tablet.",
		  "Esketamine is another option gaining popularity, and oral tablets are given too.",
		  { { 0 } } },
	};
	(void)state;
	RUN_IN(&lex, cases);
}

/* A dictionary that knows every word but two acronyms. */
static int
fake_knows_words(void *ctx, const char *w)
{
	(void)ctx;
	return strcmp(w, "ampa") != 0 && strcmp(w, "nmda") != 0;
}

/* A chat's name in small letters names what the source writes in capitals. */
static void
test_conflict_small_names(void **state)
{
	static const struct conflict_lexicon lex = { .knows = fake_knows_words };
	static const char *const source =
	    "While Ketamine blocks this receptor, it activates another receptor called AMPA.";
	static const struct cf_case cases[] = {
		{ "\"ampa\" is the source's AMPA",
		  "ketamine shuts down this receptor called ampa, thats part of how it helps",
		  source, { { ANT, "shuts", "activates" } } },
		{ "what the source says of its AMPA",
		  "ketamine switches on this receptor called ampa", source, { { 0 } } },
		{ "a word the dictionary knows stays a word",
		  "ketamine shuts down this receptor called receptor", source, { { 0 } } },
	};
	static const struct cf_case without[] = {
		{ "no dictionary: no name",
		  "ketamine shuts down this receptor called ampa, thats part of how it helps",
		  source, { { 0 } } },
	};

	(void)state;
	RUN_IN(&lex, cases);
	RUN(without);
}

/* One kind put in another's place in a phrase both texts share. */
static void
test_conflict_slot_substitutions(void **state)
{
	static const struct conflict_lexicon lex = { .different_kinds = fake_different_kinds };
	static const char *const source =
	    "Ketamine, initially developed as an anaesthetic, has garnered attention.";
	static const struct cf_case cases[] = {
		{ "the same phrase around another kind",
		  "Ketamine, initially developed as an antidepressant, has garnered attention.",
		  source, { { SUB, "antidepressant", "anaesthetic" } } },
		{ "one modifier of its own, and \"a\" for \"an\"",
		  "Ketamine, initially developed as a new antidepressant, has garnered attention.",
		  source, { { SUB, "antidepressant", "anaesthetic" } } },
		{ "\"before\" ends the phrase as a comma does",
		  "Ketamine was initially developed as an antidepressant before it was used in surgery.",
		  source, { { SUB, "antidepressant", "anaesthetic" } } },
		{ "\"and\" ends the phrase as a comma does",
		  "Ketamine was initially developed as an antidepressant and subsequently attracted attention.",
		  source, { { SUB, "antidepressant", "anaesthetic" } } },
		{ "the phrase after differs",
		  "Ketamine, initially developed as an antidepressant by chemists, has garnered attention.",
		  source, { { 0 } } },
		{ "the phrase before differs", "Ketamine was sold as an antidepressant, and garnered attention.",
		  source, { { 0 } } },
		{ "the source names the claim's word too",
		  "Ketamine, initially developed as an antidepressant, has garnered attention.",
		  "Ketamine, initially developed as an anaesthetic, not an antidepressant, has garnered attention.",
		  { { 0 } } },
		{ "words the lexicon does not know as kinds",
		  "Ketamine, initially developed as an option, has garnered attention.", source,
		  { { 0 } } },
	};
	static const struct cf_case without[] = {
		{ "no lexicon: no slot",
		  "Ketamine, initially developed as an antidepressant, has garnered attention.",
		  source, { { 0 } } },
	};

	(void)state;
	RUN_IN(&lex, cases);
	RUN(without);
}

/* A lexicon that knows "ketamine" as a term and not "esketamine". */
static int
fake_knows(void *ctx, const char *w)
{
	(void)ctx;
	return strcmp(w, "esketamine") != 0 && strcmp(w, "norketamine") != 0 &&
	    strcmp(w, "opioid") != 0;
}

static int
fake_ketamine_term(void *ctx, const char *w)
{
	(void)ctx;
	return strcmp(w, "ketamine") == 0;
}

/* A name the dictionary does not know that ends with a term it does. */
static void
test_conflict_name_variants(void **state)
{
	static const struct conflict_lexicon lex = { .is_term = fake_ketamine_term,
		.knows = fake_knows };
	static const struct cf_case cases[] = {
		{ "another substance of the name's family",
		  "Esketamine is given by intravenous infusion.",
		  "Ketamine is administered directly into the bloodstream through an intravenous line.",
		  { { SUB, "Esketamine", "Ketamine" } } },
		{ "the source names the claim's too",
		  "Esketamine is given as a nasal spray.",
		  "Nasal sprays like intranasal esketamine deliver ketamine through the nose.",
		  { { 0 } } },
		{ "a word the dictionary knows is its own",
		  "Antidepressants take weeks.",
		  "Ketamine and other depressants take weeks.", { { 0 } } },
		/* a modifier no dictionary knows names one kind, as "GABA" does */
		{ "an unknown modifier against a name",
		  "Ketamine primarily interacts with the brain's opioid receptors.",
		  "It primarily interacts with NMDA receptors, influencing neurotransmitter levels.",
		  { { SUB, "opioid receptors", "NMDA receptors" } } },
		{ "a known modifier against a name",
		  "Ketamine primarily interacts with the brain's glial receptors.",
		  "It primarily interacts with NMDA receptors, influencing neurotransmitter levels.",
		  { { 0 } } },
	};
	static const struct cf_case without[] = {
		{ "no lexicon: no variant", "Esketamine is given by intravenous infusion.",
		  "Ketamine is administered directly into the bloodstream through an intravenous line.",
		  { { 0 } } },
	};

	(void)state;
	RUN_IN(&lex, cases);
	RUN(without);
}

/* Parallel roles told apart by acronym tags. */
static void
test_conflict_tag_swaps(void **state)
{
	static const char *const source =
	    "Intramuscular (IM) and subcutaneous (SC) injections are options. These involve "
	    "injecting ketamine into the muscle (IM) or beneath the skin (SC).";
	static const struct cf_case cases[] = {
		{ "one thing's name with the other's tagged word",
		  "Subcutaneous injections deliver ketamine into the muscle.", source,
		  { { CONFLICT_CONTRAST, "Subcutaneous injections deliver ketamine into the muscle",
		      "muscle (IM)" } } },
		{ "each with its own, in clauses of their own",
		  "Intramuscular injections deliver ketamine into the muscle, subcutaneous ones beneath the skin.",
		  source, { { 0 } } },
		{ "both names in the clause",
		  "Ketamine goes into the muscle or under the skin by intramuscular or subcutaneous injection.",
		  source, { { 0 } } },
		{ "the claim names the tagged word's own tag",
		  "If you don't want an IV, IM into the muscle or subcutaneous under the skin are the options.",
		  source, { { 0 } } },
		{ "a source with one acronym tags nothing apart",
		  "Subcutaneous injections deliver ketamine into the muscle.",
		  "Subcutaneous (SC) injections put ketamine beneath the skin (SC), near the muscle.",
		  { { 0 } } },
	};

	(void)state;
	RUN(cases);
}

/* The caller's antonyms (WordNet's) where this module's pairs know none. */
static void
test_conflict_lexicon_antonyms(void **state)
{
	static const struct conflict_lexicon lex = { .opposites = fake_opposites };
	static const struct cf_case cases[] = {
		{ "an adjective against its antonym's adverb",
		  "Ketamine causes a lasting rise in blood pressure.",
		  "Ketamine can temporarily increase blood pressure and heart rate.",
		  { { ANT, "lasting", "temporarily" } } },
		{ "a satellite's head antonym", "The FDA considers the drug unsafe.",
		  "The FDA considers it a safe drug.", { { ANT, "unsafe", "safe" } } },
		{ "the source says the claim's word too", "Ketamine causes a lasting rise in blood pressure.",
		  "A temporary or lasting rise in blood pressure may follow.", { { 0 } } },
		{ "the claim names the opposite itself",
		  "Ketamine causes a lasting, not temporary, rise in blood pressure.",
		  "Ketamine can temporarily increase blood pressure.", { { 0 } } },
		{ "a word that counts gets no opposites",
		  "Ketamine is used in several medical and veterinary settings.",
		  "Ketamine is an anesthetic agent commonly used in medical and veterinary settings.",
		  { { 0 } } },
		{ "said of another thing", "Ketamine gives lasting relief from depression.",
		  "Its side effects are temporary.", { { 0 } } },
		{ "a negated opposite is the negation rules'",
		  "Ketamine causes a lasting rise in blood pressure.",
		  "The rise in blood pressure is not temporary.", { { 0 } } },
	};
	static const struct cf_case without[] = {
		{ "no lexicon: no antonym", "Ketamine causes a lasting rise in blood pressure.",
		  "Ketamine can temporarily increase blood pressure.", { { 0 } } },
	};

	(void)state;
	RUN_IN(&lex, cases);
	RUN(without);
}

/* ---- antonyms -------------------------------------------------------------- */

static void
test_conflict_antonyms(void **state)
{
	static const struct cf_case cases[] = {
		{ "a predicate against its noun before \"of\"",
		  "Several studies have found repeated use of ketamine to be ineffective.",
		  "Several studies have shown the effectiveness of repeated use of Ketamine.",
		  { { ANT, "ineffective", "effectiveness" } } },
		{ "the noun of another thing",
		  "Several studies have found repeated use of ketamine to be ineffective.",
		  "Studies have shown the effectiveness of electroconvulsive therapy.", { { 0 } } },
		{ "an object pointing back: the subjects tell",
		  "The FDA has banned ketamine for depression.",
		  "FDA has approved it for treatment because it is adjudged to be a safe drug.",
		  { { ANT, "banned", "approved" } } },
		{ "an object pointing back, another subject",
		  "The EMA has banned ketamine for depression.",
		  "FDA has approved it for treatment because it is adjudged to be a safe drug.",
		  { { 0 } } },
		{ "harms against ensures",
		  "AMPA stimulates the release of a protein that harms brain development.",
		  "It stimulates the release of a certain protein that ensures the proper development of the brain.",
		  { { ANT, "harms", "ensures" } } },
		{ "inexpensive against prohibitive",
		  "Ketamine treatment is inexpensive enough for everyone.",
		  "The cost of ketamine treatment can be prohibitive for some individuals.",
		  { { ANT, "inexpensive", "prohibitive" } } },
		{ "legal/illegal", "Ketamine is legal in France.",
		  "Ketamine is illegal in France.", { { ANT, "legal", "illegal" } } },
		{ "a fronted predicate", "Allergic reactions to ketamine are common and need care.",
		  "Although rare, allergic reactions to ketamine may occur.",
		  { { ANT, "common", "rare" } } },
		{ "a fronted predicate about something else", "Side effects are common and pass quickly.",
		  "Although rare, seizures can occur.", { { 0 } } },
		{ "an attribute, not a predicate", "Common reactions need care.",
		  "Although rare, seizures need care.", { { 0 } } },
		{ "a drop against an increase", "Side effects include a drop in blood pressure.",
		  "Side effects include increased blood pressure.",
		  { { ANT, "drop", "increased" } } },
		{ "persists against dissipates",
		  "The dissociative state usually persists for weeks after treatment.",
		  "This effect typically dissipates after treatment.",
		  { { ANT, "persists", "dissipates" } } },
		{ "same against differently",
		  "Ketamine works in the same way as typical antidepressants.",
		  "We find ketamine effective because it works differently than typical antidepressants.",
		  { { ANT, "same", "differently" } } },
		{ "same against different",
		  "Ketamine works by targeting the same biochemical pathway as antidepressants.",
		  "By targeting a different biochemical pathway, ketamine circumvents their limits.",
		  { { ANT, "same", "different" } } },
		{ "shorten against prolong",
		  "Nasal formulations are tested to shorten the antidepressant effects.",
		  "Nasal formulations are tested to prolong the antidepressant effects.",
		  { { ANT, "shorten", "prolong" } } },
		{ "low against higher", "Only low doses proved effective for pain.",
		  "Higher doses proved effective for pain.", { { ANT, "low", "Higher" } } },
		{ "gradual against quick", "Infusions give gradual effects.",
		  "Infusions give quick effects.", { { ANT, "gradual", "quick" } } },
		{ "strengthening against disrupting",
		  "It works by strengthening traumatic memories.",
		  "It works by disrupting traumatic memories.",
		  { { ANT, "strengthening", "disrupting" } } },
		{ "helps against blocks",
		  "Ketamine helps traumatic memories set in more firmly.",
		  "It also blocks traumatic memories from setting in.",
		  { { ANT, "helps", "blocks" } } },
		{ "helps by blocking: the claim says both",
		  "Ketamine helps by blocking NMDA receptors.",
		  "Ketamine blocks NMDA receptors.", { { 0 } } },
		{ "lasts against dissipates",
		  "The dissociative state typically lasts for several days after treatment.",
		  "While patients may experience a dissociative state during the infusion, this effect typically dissipates post-treatment.",
		  { { ANT, "lasts", "dissipates" } } },
		{ "lingers against dissipates",
		  "The dissociative state that patients feel during an infusion typically lingers for several days after treatment.",
		  "While patients may experience a dissociative state during the infusion, this effect typically dissipates post-treatment.",
		  { { ANT, "lingers", "dissipates" } } },
		/* verbs of lasting: their subjects anchor them, "this effect" points back */
		{ "lingers for weeks against this effect dissipates",
		  "The dissociative state usually lingers for weeks after the infusion.",
		  "While patients may experience a dissociative state during the infusion, this effect typically dissipates post-treatment.",
		  { { ANT, "lingers", "dissipates" } } },
		{ "sticks around past a filler against dissipates",
		  "That dissociative state, um, usually sticks around for weeks after the infusion.",
		  "While patients may experience a dissociative state during the infusion, this effect typically dissipates post-treatment.",
		  { { ANT, "sticks", "dissipates" } } },
		{ "what lingers is not what this effect points back to",
		  "The nausea usually lingers for weeks after the infusion.",
		  "While patients may experience a dissociative state during the infusion, this effect typically dissipates post-treatment.",
		  { { 0 } } },
		{ "a filler and its commas are no clause break",
		  "Allergic reactions to ketamine, uh, those are actually really common.",
		  "Although rare, allergic reactions to ketamine may occur, necessitating immediate medical attention.",
		  { { ANT, "common", "rare" } } },
		{ "lingering effects with no opposite in the source",
		  "A dreamlike feeling may linger during the infusion.",
		  "Patients may experience a dreamlike dissociative state during the infusion.",
		  { { 0 } } },
		{ "stimulating against blocking the same receptor",
		  "Ketamine lifts mood by stimulating NMDA receptors and increasing their activity.",
		  "By blocking the N-methyl-D-aspartate (NMDA) receptor, ketamine modulates the brain\xE2\x80\x99s glutamate system.",
		  { { ANT, "stimulating", "blocking" } } },
		{ "stimulating against blocking a receptor named NMDA",
		  "Ketamine lifts mood by stimulating NMDA receptors and increasing their activity.",
		  "Ketamine treats bipolar disorders by blocking a particular receptor in the brain named NMDA. The receptor stimulates the release of a chemical that dampens moods.",
		  { { ANT, "stimulating", "blocking" } } },
		{ "blocking and activating in two clauses: the claim says both",
		  "Ketamine blocks NMDA, and at the same time it activates a different receptor: AMPA.",
		  "Ketamine treats bipolar disorders by blocking a particular receptor in the brain named NMDA.",
		  { { 0 } } },
		{ "blocking NMDA and stimulating a release: the claim says both",
		  "By blocking NMDA receptors, ketamine stimulates the release of glutamate.",
		  "Ketamine treats bipolar disorders by blocking a particular receptor in the brain named NMDA. The receptor stimulates the release of a chemical that dampens moods.",
		  { { 0 } } },
		{ "pro- against anti- before the same word",
		  "Ketamine has pro-inflammatory effects in the brain.",
		  "Ketamine has anti-inflammatory effects in the brain.",
		  { { ANT, "pro", "anti" } } },
		{ "a thing caused against its anti- form",
		  "Ketamine has been found to cause inflammation in the brain.",
		  "Additionally, ketamine has been found to have anti-inflammatory effects in the brain.",
		  { { ANT, "inflammation", "anti-inflammatory" } } },
		{ "an anti- form against the thing raised",
		  "Ketamine has anti-inflammatory effects in the brain.",
		  "Ketamine can increase inflammation in the brain.",
		  { { ANT, "anti-inflammatory", "inflammation" } } },
		{ "a thing promoted against its anti- form",
		  "A drawback of ketamine is that it promotes inflammation in the brain.",
		  "Additionally, ketamine has been found to have anti-inflammatory effects in the brain.",
		  { { ANT, "inflammation", "anti-inflammatory" } } },
		{ "a thing reduced agrees with its anti- form",
		  "Ketamine reduces inflammation in the brain.",
		  "Additionally, ketamine has been found to have anti-inflammatory effects in the brain.",
		  { { 0 } } },
		{ "a thing not caused agrees with its anti- form",
		  "Ketamine does not cause inflammation in the brain.",
		  "Additionally, ketamine has been found to have anti-inflammatory effects in the brain.",
		  { { 0 } } },
		{ "causes against reduces the same thing",
		  "Ketamine has been found to cause inflammation in the brain.",
		  "Ketamine treatment also helps to reduce inflammation in the brain and helps the brain function better.",
		  { { ANT, "cause", "reduce" } } },
		{ "a permission against a prohibition of the same deed",
		  "Once you feel better, you can skip your follow-up appointments.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { NEG, "can skip", "don't ditch" } } },
		{ "advice after \"and\" says nothing about what happens",
		  "Take it from me and don't skip sessions, since missing them can slow recovery.",
		  "Skipping sessions may slow your rate of recovery.",
		  { { 0 } } },
		{ "a \"without\" before a denial does not cancel it",
		  "Regular use without supervision carries no risk of dependency.",
		  "• Potential for Dependency: Regular, unsupervised use of ketamine may pose a risk of dependency or misuse.",
		  { { NEG, "no risk", "risk" } } },
		{ "\"it's like\" against \"Unlike\" the same thing",
		  "Thing with ketamine is it's like the normal antidepressants, you're waiting weeks.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { ANT, "like", "Unlike" } } },
		{ "an activator against blocking",
		  "Ketamine is an activator of the NMDA receptor.",
		  "By blocking the N-methyl-D-aspartate (NMDA) receptor, ketamine modulates the brain’s glutamate system.",
		  { { ANT, "activator", "blocking" } } },
		{ "\"go ahead and\" permits the deed",
		  "If you're feeling much better, go ahead and skip the follow-ups.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { NEG, "go ahead and skip", "don't ditch" } } },
		{ "a passive permission: the deed's object is the subject",
		  "Once patients feel much better, follow-up appointments can safely be skipped.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { NEG, "can safely be skipped", "don't ditch" } } },
		{ "a permission for someone, its object before it",
		  "Once a patient feels better, it is okay for them to skip their follow-up appointments.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { NEG, "okay for them to skip", "don't ditch" } } },
		{ "what is fine to leave out named before the permission",
		  "Follow-up appts OK to skip once pt feels much better.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { NEG, "OK to skip", "don't ditch" } } },
		{ "a passive permission on another subject",
		  "The coffee can be skipped before your session.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { 0 } } },
		{ "a permission to do another deed",
		  "You can ask your doctor about follow-up appointments.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { 0 } } },
		{ "a prohibition agrees with a prohibition",
		  "Do not skip your follow-up appointments even if you feel better.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { 0 } } },
		{ "a permission on another object",
		  "You can skip the coffee before your session.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { 0 } } },
		{ "\"more often than\" against \"not as common as\", sides turned round",
		  "IM and SC injections are used more often than IV infusion.",
		  "While not as common as infusion therapy, these injections are administered in a clinic setting, providing a more accessible choice for some.",
		  { { ANT, "more often than IV infusion", "not as common as infusion therapy" } } },
		{ "a lay reader's jab and drip are an injection and an infusion",
		  "A jab in the muscle is more common than a drip.",
		  "While not as common as infusion therapy, these injections are administered in a clinic setting, providing a more accessible choice for some.",
		  { { ANT, "more common than a drip", "not as common as infusion therapy" } } },
		{ "\"more often than\" against \"not as common as\", the same sides",
		  "IV infusions are used more often than injections.",
		  "While not as common as infusion therapy, these injections are administered in a clinic setting, providing a more accessible choice for some.",
		  { { 0 } } },
		{ "\"more common than\" where the source's \"less common\" is said of other things",
		  "IV infusions are more common than injections.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { 0 } } },
		{ "\"not as common as\" in the claim, its sides turned round",
		  "Infusions are not as common as injections.",
		  "While not as common as infusion therapy, these injections are administered in a clinic setting.",
		  { { ANT, "not as common as injections", "not as common as infusion therapy" } } },
		{ "an agonist against blocking",
		  "Ketamine exerts its antidepressant effect by acting as an agonist at NMDA receptors.",
		  "Ketamine treats bipolar disorders by blocking a particular receptor in the brain named NMDA.",
		  { { ANT, "agonist", "blocking" } } },
		{ "\"X, like Y,\" against \"Unlike X, ... Y\"",
		  "Conventional antidepressants, like ketamine, usually work within hours.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { ANT, "like", "Unlike" } } },
		{ "\"X, like Y,\" where X is not what the source compares with",
		  "Some treatments, like ketamine, work within hours.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { 0 } } },
		{ "a named object however far the source gives it",
		  "Ketamine reduces BDNF.",
		  "Ketamine also increases the production of another important neurotransmitter called brain-derived neurotrophic factor (BDNF).",
		  { { ANT, "reduces", "increases" } } },
		{ "another named object far after the source's word",
		  "Ketamine reduces GABA.",
		  "Ketamine also increases the production of another important neurotransmitter called brain-derived neurotrophic factor (BDNF).",
		  { { 0 } } },
		{ "driving called a bad idea is denied as the source denies it",
		  "Bring a buddy, because driving yourself home afterward is a bad idea.",
		  "It is not advisable to drive yourself home after the treatment.",
		  { { 0 } } },
		{ "driving called a good idea against \"not advisable to drive\"",
		  "Driving yourself home afterward is a good idea.",
		  "It is not advisable to drive yourself home after the treatment.",
		  { { NEG, "Driving", "not advisable to drive" } } },
		{ "the \"like\" of an example is no likeness",
		  "Unlike serotonin-focused antidepressants, ketamine acts by blocking the NMDA receptor.",
		  "While traditional antidepressants typically target neurotransmitters like serotonin, ketamine operates through a distinct pathway within the brain.",
		  { { 0 } } },
		{ "\"no one ... unless\": a condition, no denial",
		  "No one qualifies for ketamine therapy unless mental health professionals care for them at the first dose.",
		  "To qualify, individuals must be under the care of mental health professionals during the first dose of ketamine.",
		  { { 0 } } },
		{ "an \"unless\" in the next sentence leaves a denial a denial",
		  "Ketamine is approved for depression.",
		  "Ketamine is not approved for depression. Unless a doctor agrees, patients should wait.",
		  { { NEG, "approved", "not approved" } } },
		{ "\"aren't used as much as\": a degree compared, no denial of the use",
		  "Nose sprays aren't used as much as the IV.",
		  "These options are often used for maintenance therapy after initial treatments.",
		  { { 0 } } },
		{ "\"aren't used\" alone denies the use",
		  "Nose sprays aren't used.",
		  "These options are often used for maintenance therapy after initial treatments.",
		  { { NEG, "aren't used", "used" } } },
		{ "an agonist of the receptor against blocking its bracketed name",
		  "Ketamine is an NMDA receptor agonist.",
		  "By blocking the N-methyl-D-aspartate (NMDA) receptor, ketamine modulates the brain's glutamate system.",
		  { { ANT, "agonist", "blocking" } } },
		{ "an antagonist of the receptor agrees with blocking it",
		  "Ketamine is an NMDA receptor antagonist.",
		  "By blocking the N-methyl-D-aspartate (NMDA) receptor, ketamine modulates the brain's glutamate system.",
		  { { 0 } } },
		{ "a likeness to another thing",
		  "Ketamine interacts with neurons to trigger effects similar to those of SSRIs.",
		  "The drug ketamine interacts with neurons, triggering similar effects to electroconvulsive therapy.",
		  { { CONFLICT_SUBSTITUTION, "similar to those of SSRIs",
		      "similar effects to electroconvulsive therapy" } } },
		{ "a likeness to the same thing in other words",
		  "Ketamine acts on neurons in a way that produces effects resembling those of ECT.",
		  "The drug ketamine interacts with neurons, triggering similar effects to electroconvulsive therapy.",
		  { { 0 } } },
		{ "the rarer pick next to the IV: what follows \"next to\" is the other side",
		  "Nose sprays and pills do exist, but they're the rarer pick next to the IV drip.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { 0 } } },
		{ "the IV the rarer pick next to nose sprays",
		  "The IV drip is the rarer pick next to nose sprays.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { ANT, "rarer", "less common" } } },
		{ "an opening topic asserts nothing",
		  "As for getting hooked, it's not addictive as long as you take the right dose with a doctor supervising.",
		  "As long as you have taken the proper dosage under the supervision of a doctor, you don't need to worry about addiction.",
		  { { 0 } } },
		{ "what follows the topic still asserts",
		  "As for ketamine, it gets you hooked.",
		  "As long as you have taken the proper dosage under the supervision of a doctor, you don't need to worry about addiction.",
		  { { NEG, "hooked", "don't need to worry about addiction" } } },
		{ "what is treated is not asserted of the drug",
		  "Ketamine is even used to treat people with addiction problems.",
		  "As long as you have taken the proper dosage under the supervision of a doctor, you don't need to worry about addiction.",
		  { { 0 } } },
		{ "\"stokes up\" raises what the source reduces",
		  "Ketamine stokes up inflammation in the brain.",
		  "Ketamine treatment also helps to reduce inflammation in the brain and helps the brain function better.",
		  { { ANT, "stokes", "reduce" } } },
		{ "\"make less\" reduces what the source increases",
		  "Ketamine makes your brain make less BDNF.",
		  "Ketamine also increases the production of another important neurotransmitter called brain-derived neurotrophic factor (BDNF).",
		  { { ANT, "make", "increases" } } },
		{ "\"make more\" agrees",
		  "Ketamine makes your brain make more BDNF.",
		  "Ketamine also increases the production of another important neurotransmitter called brain-derived neurotrophic factor (BDNF).",
		  { { 0 } } },
		{ "hooked: addiction",
		  "Ketamine can hook patients even at proper doses under a doctor's supervision.",
		  "As long as you have taken the proper dosage under the supervision of a doctor, you don't need to worry about addiction.",
		  { { NEG, "hook", "don't need to worry about addiction" } } },
		{ "a hook is a thing",
		  "A hook holds the drip bag during a ketamine infusion.",
		  "You don't need to worry about addiction.",
		  { { 0 } } },
		{ "the noun \"stimulation\" against blocking",
		  "The mechanism is stimulation of the NMDA receptor rather than blockade.",
		  "It works by blocking NMDA receptors in the brain.",
		  { { ANT, "stimulation", "blocking" } } },
		{ "a denial and a second one in a clause of its own",
		  "The FDA has not approved ketamine for treatment because it is not considered safe.",
		  "FDA has approved it for treatment because it’s adjudged to be a safe drug.",
		  { { NEG, "not approved", "approved" } } },
		{ "two denials in one clause still cancel",
		  "Ketamine is not given without monitoring.",
		  "Ketamine is given in a clinic.",
		  { { 0 } } },
		{ "a permission with an adverb after its \"to\"",
		  "Once you're feeling better, it's fine to just skip the follow-up appointments.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { NEG, "fine to just skip", "don't ditch" } } },
		{ "a list's second name after \"another receptor called\"",
		  "Ketamine works by blocking both the NMDA receptor and another receptor called AMPA in the brain.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "blocking", "activates" } } },
		{ "the name an appositive calls: \", the one called AMPA\"",
		  "While it blocks NMDA, ketamine also blocks a second receptor, the one called AMPA.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "blocks", "activates" } } },
		{ "the name a clause calls: \"that is called AMPA\"",
		  "Along with blocking the NMDA receptor, ketamine also blocks another receptor in the brain that is called AMPA.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "blocks", "activates" } } },
		{ "the name called past a place: \"in your brain called AMPA\"",
		  "While ketamine blocks NMDA, it also shuts down a second receptor in your brain called AMPA.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "shuts", "activates" } } },
		{ "the name called is the one the source's word acts on",
		  "While it blocks NMDA, ketamine also switches on a second receptor, the one called AMPA.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { 0 } } },
		{ "a particle after an object of five words",
		  "Ketamine tends to bring your blood pressure and heart rate down during treatment.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { ANT, "bring", "increased" } } },
		{ "an irregular form and a quantifier of a whole after it",
		  "Scientists now understand exactly how ketamine relieves anxiety.",
		  "Although the exact mechanisms underlying ketamine’s anti-anxiety properties are not fully understood, it is believed to modulate the brain’s fear circuitry.",
		  { { NEG, "understand", "not fully understood" } } },
		{ "understood without a quantifier the source denies",
		  "Scientists understand that ketamine relieves anxiety.",
		  "Although the exact mechanisms underlying ketamine’s anti-anxiety properties are not fully understood, it is believed to modulate the brain’s fear circuitry.",
		  { { 0 } } },
		{ "a list of names one verb acts on: both blocked, one activated",
		  "Ketamine blocks both NMDA & AMPA receptors.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "blocks", "activates" } } },
		{ "a list after \"and also\"",
		  "Ketamine block the NMDA and also the AMPA receptor at same time.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "block", "activates" } } },
		{ "a name after another verb is that verb's",
		  "Ketamine blocks NMDA and activates AMPA.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { 0 } } },
		{ "\"known as\" names the object past a comma",
		  "While ketamine blocks NMDA receptors, it also shuts down a second receptor, known as AMPA.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "shuts", "activates" } } },
		{ "a question asserts nothing a denial denies",
		  "Worried about addiction? Take the proper dose and it's not something you need to worry about.",
		  "As long as you have taken the proper dosage under the supervision of a doctor, you don't need to worry about addiction.",
		  { { 0 } } },
		{ "a question's answer asserts",
		  "Is ketamine addictive? Yes, it is very addictive.",
		  "As long as you have taken the proper dosage under the supervision of a doctor, you don't need to worry about addiction.",
		  { { NEG, "addictive", "don't need to worry about addiction" } } },
		{ "no problem to do what the source advises against",
		  "After ketamine treatment it is no problem to drive yourself home alone.",
		  "It is not advisable to drive yourself home after the treatment.",
		  { { NEG, "no problem to drive", "not advisable to drive" } } },
		{ "no problem to do another deed",
		  "After ketamine treatment it is no problem to eat a light meal.",
		  "It is not advisable to drive yourself home after the treatment.",
		  { { 0 } } },
		{ "the thing \"most frequently encountered\" that the source calls rare",
		  "Among the adverse effects observed, hallucinations were the most frequently encountered.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { ANT, "frequently", "rare" } } },
		{ "the thing met \"most often\" that the source calls rare",
		  "Hallucinations are the side effect you'll run into most often with these infusions.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { ANT, "most", "rare" } } },
		{ "another thing met \"most often\"",
		  "Nausea is the side effect you'll run into most often.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { 0 } } },
		{ "\"goes up\" against alleviating the same thing",
		  "Suicidal ideation tends to go up after sessions.",
		  "During the session, doctors may use low doses of S-ketamine to alleviate symptoms like suicidal thoughts or anxiety symptoms.",
		  { { ANT, "go", "alleviate" } } },
		{ "\"rise\" against alleviating the same thing",
		  "Suicidal thoughts rise after sessions.",
		  "During the session, doctors may use low doses of S-ketamine to alleviate symptoms like suicidal thoughts or anxiety symptoms.",
		  { { ANT, "rise", "alleviate" } } },
		{ "a name set off by a comma at its clause's end: \"receptor type, AMPA\"",
		  "In addition to blocking NMDA receptors, ketamine also blocks a second receptor type, AMPA.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "blocks", "activates" } } },
		{ "a name set off by a comma that the source's word acts on",
		  "In addition to blocking NMDA receptors, ketamine also activates a second receptor type, AMPA.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { 0 } } },
		{ "what people cannot get is no denial of the thing",
		  "It can be so steep that some people just can't get the treatment.",
		  "Moreover, the cost of treatment can be prohibitive, posing a barrier to accessibility for some individuals.",
		  { { 0 } } },
		{ "what patients do not get is",
		  "Patients don't get hallucinations.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { NEG, "don't get hallucinations", "hallucinations" } } },
		{ "Scots \"nae\" denies",
		  "For the very first dose ye can take it at hame on your own, nae professional needs to be there.",
		  "To qualify, individuals must be under the care of mental health professionals during the first dose of ketamine.",
		  { { NEG, "nae professional", "professionals" } } },
		{ "a drug denied \"given\" is denied administered",
		  "IM and subcutaneous shots are typically self-administered at home rather than given in a clinic.",
		  "While not as common as infusion therapy, these injections are administered in a clinic setting, providing a more accessible choice for some.",
		  { { NEG, "rather than given", "administered" } } },
		{ "\"given\" asserted is read as itself",
		  "IM and subcutaneous injections are given in a clinic.",
		  "While not as common as infusion therapy, these injections are administered in a clinic setting, providing a more accessible choice for some.",
		  { { 0 } } },
		{ "a necessity denied at its clause's end: \"isn't needed.\" against \"necessitating\"",
		  "Ongoing treatment usually isn't needed.",
		  "However, the effects are temporary, necessitating ongoing treatment in most cases.",
		  { { NEG, "isn't needed", "necessitating" } } },
		{ "a necessity stated",
		  "Ongoing treatment is needed in most cases.",
		  "However, the effects are temporary, necessitating ongoing treatment in most cases.",
		  { { 0 } } },
		{ "\"without\" in a subject before \"carries\": the case it names",
		  "Regular use without supervision carries a risk of dependency or misuse.",
		  "Ketamine therapy typically involves intravenous infusions or nasal sprays administered in a controlled clinical setting with professional supervision.",
		  { { 0 } } },
		{ "\"without\" in a predicate denies",
		  "Ketamine infusions are given without supervision.",
		  "Ketamine therapy typically involves intravenous infusions or nasal sprays administered in a controlled clinical setting with professional supervision.",
		  { { NEG, "without supervision", "supervision" } } },
		{ "\"before they fully understand\": not understood yet",
		  "They still need a lot more research before they fully understand what it does to you long term.",
		  "Although the exact mechanisms underlying ketamine’s anti-anxiety properties are not fully understood, it is believed to modulate the brain’s fear circuitry and improve emotional regulation.",
		  { { 0 } } },
		{ "a kind named by what it is not: \"non-IV options\"",
		  "Non-IV options do exist.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { 0 } } },
		{ "\"non-\" before a word that is no name denies",
		  "Ketamine is non-addictive.",
		  "Regular, unsupervised use of ketamine may pose a risk of addiction.",
		  { { NEG, "non-addictive", "addiction" } } },
		{ "\"nudge ... down\" reduces",
		  "Ketamine tends to nudge blood pressure and heart rate down, not up.",
		  "Ketamine can temporarily increase blood pressure and heart rate, requiring careful monitoring.",
		  { { ANT, "nudge", "increase" } } },
		{ "\"nudge ... up\" increases, as the source says",
		  "Ketamine tends to nudge blood pressure and heart rate up for a while.",
		  "Ketamine can temporarily increase blood pressure and heart rate, requiring careful monitoring.",
		  { { 0 } } },
		{ "\"drag ... down\" reduces",
		  "Ketamine tends to drag your blood pressure and heart rate down for a while.",
		  "Ketamine can temporarily increase blood pressure and heart rate, requiring careful monitoring.",
		  { { ANT, "drag", "increase" } } },
		{ "\"lets out less\" reduces what is let out",
		  "Blocking them receptors means your brain lets out less glutamate.",
		  "Ketamine's mechanism of action involves blocking NMDA receptors, leading to an increase in the release of neurotransmitters like glutamate.",
		  { { ANT, "lets", "increase" } } },
		{ "\"releases less\" reduces it",
		  "Blocking the receptors makes the brain release less glutamate.",
		  "Ketamine's mechanism of action involves blocking NMDA receptors, leading to an increase in the release of neurotransmitters like glutamate.",
		  { { ANT, "release", "increase" } } },
		{ "a degree before \"more common than\" is no subject: \"..., far more common than\"",
		  "The nose spray and the tablet are the way most folks get it, far more common than the IV drip!",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { ANT, "more common than the IV drip", "options like nasal sprays and oral tablets, although these are less common" } } },
		{ "a denial after \"and there'd\" is a clause of its own, not a second denial of the first",
		  "You could take it regular with nobody minding you and there'd be no risk at all of dependency.",
		  "Regular, unsupervised use of ketamine may pose a risk of dependency or misuse.",
		  { { NEG, "no risk", "risk" } } },
		{ "\"is a no-go\" denies the deed before it, as the source does",
		  "Bring a buddy along to your appointment, driving yourself home afterward is a no-go.",
		  "It is not advisable to drive yourself home after the treatment.",
		  { { 0 } } },
		{ "what a source sets out to do is no fact: \"efforts to ensure equitable access\"",
		  "Some people just can't access it.",
		  "Addressing these challenges necessitates ongoing research, monitoring, and efforts to ensure equitable access to innovative treatments.",
		  { { 0 } } },
		{ "access stated is denied by \"can't access\"",
		  "Some people just can't access it.",
		  "Most people can access these treatments.",
		  { { NEG, "can't access", "access" } } },
		{ "\"with nobody watching\" is \"without\", no second denial of \"carries no risk\"",
		  "Using ketamine regularly with no one watching carries no risk of dependency.",
		  "Potential for Dependency: Regular, unsupervised use of ketamine may pose a risk of dependency or misuse.",
		  { { NEG, "no risk", "risk" } } },
		{ "\"X, that's the side effect you'll see most often\": the thing before",
		  "Hallucinations, that's the side effect you'll see most often with ketamine!",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { ANT, "most", "rare" } } },
		{ "\"hardly ever\" is rare; \"the IV's\" names its route",
		  "Most folks get their ketamine as pills or a nose spray, the IV's the odd one out that you hardly ever see.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { ANT, "hardly", "less common" } } },
		{ "\"switches that receptor on and ...\" activates it",
		  "The way it works is it switches that NMDA receptor on and revs it up.",
		  "Ketamine treats bipolar disorders by blocking a particular receptor in the brain named NMDA.",
		  { { ANT, "switches", "blocking" } } },
		{ "\"cranking the receptors up\" activates them",
		  "Ketamine works by cranking the NMDA receptors up into overdrive.",
		  "Ketamine treats bipolar disorders by blocking a particular receptor in the brain named NMDA.",
		  { { ANT, "cranking", "blocking" } } },
		{ "\"cranks BDNF up\" increases it, as the source says",
		  "Ketamine cranks BDNF up.",
		  "Ketamine also increases the production of BDNF.",
		  { { 0 } } },
		{ "\"no harm in driving\" calls the driving fine",
		  "There's no harm at all in driving yourself home after a treatment.",
		  "It is not advisable to drive yourself home after the treatment.",
		  { { NEG, "driving", "not advisable to drive" } } },
		{ "\"nothing wrong with driving\" calls it fine",
		  "There's nothing wrong with driving yourself home after a treatment.",
		  "It is not advisable to drive yourself home after the treatment.",
		  { { NEG, "driving", "not advisable to drive" } } },
		{ "\"release drops off\": a change said of its subject",
		  "Once ketamine blocks those NMDA receptors, glutamate release drops off.",
		  "Ketamine's mechanism of action involves blocking NMDA receptors, leading to an increase in the release of neurotransmitters like glutamate.",
		  { { ANT, "drops", "increase" } } },
		{ "\"just like antidepressants\" against what a \"while\" clause sets apart as distinct",
		  "Ketamine targets serotonin just like antidepressants do.",
		  "While traditional antidepressants typically target neurotransmitters like serotonin, ketamine operates through a distinct pathway within the brain.",
		  { { ANT, "like", "distinct" } } },
		{ "\"the same road as your regular antidepressants\": compared from its \"as\"",
		  "Ketamine travels the same road as your regular antidepressants.",
		  "While traditional antidepressants typically target neurotransmitters like serotonin, ketamine operates through a distinct pathway within the brain.",
		  { { ANT, "same", "distinct" } } },
		{ "\"the same road as\" against \"Unlike conventional antidepressants\"",
		  "Ketamine travels the same road as your regular antidepressants.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { ANT, "same", "Unlike" } } },
		{ "\"unlike\" agrees with what a \"while\" clause sets apart",
		  "Unlike traditional antidepressants, ketamine works through a different pathway.",
		  "While traditional antidepressants typically target neurotransmitters like serotonin, ketamine operates through a distinct pathway within the brain.",
		  { { 0 } } },
		{ "\"chokes off the release\" reduces it",
		  "By blocking those NMDA receptors, ketamine chokes off the release of glutamate.",
		  "Ketamine's mechanism of action in the brain involves blocking N-methyl-D-aspartate (NMDA) receptors, leading to an increase in the release of neurotransmitters like glutamate.",
		  { { ANT, "chokes", "increase" } } },
		{ "\"shuts the AMPA receptor down\": the object between verb and particle",
		  "Ketamine shuts the AMPA receptor down.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "shuts", "activates" } } },
		{ "\"no objection to patients driving\" calls the deed fine",
		  "There is no objection to patients driving themselves home once the treatment is over.",
		  "It is not advisable to drive yourself home after the treatment.",
		  { { NEG, "driving", "not advisable to drive" } } },
		{ "\"are really optional\" lets one leave out what \"don't ditch\" forbids",
		  "Once you're feeling better, the follow-up appointments are really optional.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { NEG, "optional", "don't ditch" } } },
		{ "\"optional\" said of another thing than the one forbidden",
		  "Once you're feeling better, a second opinion is optional.",
		  "Even if you feel like you're much better, don't ditch follow-up appointments.",
		  { { 0 } } },
		{ "a thing's acronym with the other's tagged word: \"The SC shot goes deep into the muscle\"",
		  "The SC shot goes deep into the muscle, whereas IM is the one just under the skin.",
		  "For individuals who may not prefer intravenous methods, intramuscular (IM) and subcutaneous (SC) injections are alternative options. These involve injecting ketamine into the muscle (IM) or beneath the skin (SC).",
		  { { CONFLICT_CONTRAST, "SC shot goes deep into the muscle", "muscle (IM)" } } },
		{ "each acronym with its own tagged word",
		  "The IM shot goes deep into the muscle, whereas SC is the one just under the skin.",
		  "For individuals who may not prefer intravenous methods, intramuscular (IM) and subcutaneous (SC) injections are alternative options. These involve injecting ketamine into the muscle (IM) or beneath the skin (SC).",
		  { { 0 } } },
		{ "\"alternative options\" are no usual route: \"the most common way\" turns it round",
		  "Intramuscular injections are the most common way to give ketamine.",
		  "For individuals who may not prefer intravenous methods, intramuscular (IM) and subcutaneous (SC) injections are alternative options. These involve injecting ketamine into the muscle (IM) or beneath the skin (SC).",
		  { { ANT, "most common", "alternative" } } },
		{ "\"shots into the muscle\" name the intramuscular route",
		  "Shots into the muscle are the most common way they give it, way more than the IV.",
		  "For individuals who may not prefer intravenous methods, intramuscular (IM) and subcutaneous (SC) injections are alternative options. These involve injecting ketamine into the muscle (IM) or beneath the skin (SC).",
		  { { ANT, "most common", "alternative" } } },
		{ "the route the source does not call an alternative",
		  "IV infusions are the most common way to give ketamine.",
		  "For individuals who may not prefer intravenous methods, intramuscular (IM) and subcutaneous (SC) injections are alternative options. These involve injecting ketamine into the muscle (IM) or beneath the skin (SC).",
		  { { 0 } } },
		{ "\"bring it down\": the \"it\" between verb and particle is the clause before's",
		  "Don't worry about your blood pressure, ketamine tends to bring it down.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { ANT, "bring", "increased" } } },
		{ "\"by yourself\" is alone, against a question the source answers \"No\"",
		  "It's actually better to come to the appointment by yourself.",
		  "Should I come for the treatment alone? No. It is better to come with someone.",
		  { { ANT, "yourself", "someone" } } },
		{ "the source's own answer agrees",
		  "It's better to come with someone.",
		  "Should I come for the treatment alone? No. It is better to come with someone.",
		  { { 0 } } },
		{ "a denied verb's \"alone\" is what it denies: \"not to come alone\" says \"with someone\"",
		  "It is better not to come alone.",
		  "Should I come for the treatment alone? No. It is better to come with someone.",
		  { { 0 } } },
		{ "\"Please do not skip\" is advice, as \"Do not skip\" is",
		  "Please do not skip any session.",
		  "Skipping sessions may slow your rate of recovery.",
		  { { 0 } } },
		{ "\"less glutamate\" against \"an increase in the release of ... glutamate\"",
		  "When ketamine blocks the NMDA receptors, less glutamate gets released.",
		  "Ketamine's mechanism of action in the brain involves blocking N-methyl-D-aspartate (NMDA) receptors, leading to an increase in the release of neurotransmitters like glutamate.",
		  { { ANT, "less", "increase" } } },
		{ "\"Try not to skip\" is advice",
		  "Try not to skip sessions.",
		  "Skipping sessions may slow your rate of recovery.",
		  { { 0 } } },
		{ "\"Just don't skip\" is advice",
		  "Just don't skip sessions.",
		  "Skipping sessions may slow your rate of recovery.",
		  { { 0 } } },
		{ "\"don't ... during the first week\" is a week, against \"within an hour\"",
		  "For PTSD and anxiety, don't expect to feel any better during the first week after you get it.",
		  "Within an hour of administration, the recipient of the drug will begin to encounter some improvement.",
		  { { NUM, "first week", "an hour" } } },
		{ "\"during the first week\" asserted is no duration",
		  "With PTSD and anxiety you notice improvement during the first week.",
		  "Within an hour of administration, the recipient of the drug will begin to encounter some improvement.",
		  { { 0 } } },
		{ "\"Those\" after a question stands for the thing asked",
		  "Allergic reactions to ketamine? Those are common, folks, they happen all the time.",
		  "Although rare, allergic reactions to ketamine may occur, necessitating immediate medical attention.",
		  { { ANT, "common", "rare" } } },
		{ "\"no real risk\" denies the risk",
		  "Regular unsupervised use carries no real dependency risk.",
		  "Regular, unsupervised use of ketamine may pose a risk of dependency or misuse.",
		  { { NEG, "no real dependency", "dependency" } } },
		{ "\"rather than boost it\" denies the boost: the claim asserts the cut",
		  "Weirdly, ketamine is said to cut down BDNF production rather than boost it.",
		  "Ketamine also increases the production of another important neurotransmitter called brain-derived neurotrophic factor (BDNF).",
		  { { ANT, "cut", "increases" } } },
		{ "\"Tell pts not to skip\" passes advice on: no denial of skipping",
		  "Tell pts not to skip sessions, missed ones can slow recovery.",
		  "Skipping sessions may slow your rate of recovery.",
		  { { 0 } } },
		{ "\"told not to\" passes advice on, \"not\" in a report still denies",
		  "Patients are told not to drive, and it is not advisable to drive home.",
		  "It is advisable to drive yourself home after the treatment.",
		  { { NEG, "not advisable", "advisable" } } },
		{ "\"won't make you dependent\" denies what the use makes of you",
		  "Regular unsupervised use won't make you dependent on ketamine.",
		  "Regular, unsupervised use of ketamine may pose a risk of dependency or misuse.",
		  { { NEG, "won't make you dependent", "dependency" } } },
		{ "\"can't get dependent\" is becoming, no getting of a thing",
		  "You can't get dependent on it.",
		  "Regular, unsupervised use of ketamine may pose a risk of dependency or misuse.",
		  { { NEG, "can't get dependent", "dependency" } } },
		{ "\"can't become dependent\": \"become\" passes the denial on",
		  "You can't become dependent on it.",
		  "Regular, unsupervised use of ketamine may pose a risk of dependency or misuse.",
		  { { NEG, "can't become dependent", "dependency" } } },
		{ "\"can't get the treatment\" still denies the getting only",
		  "Some people just can't get the treatment.",
		  "Many people get the treatment.",
		  { { 0 } } },
		{ "\"don't expect any improvement\" forecasts none: no advice",
		  "With PTSD and anxiety, don't expect any improvement in the first week after a dose.",
		  "Within an hour of administration, the recipient of the drug will begin to encounter some improvement.",
		  { { NEG, "don't expect any improvement", "improvement" } } },
		{ "\"you shouldn't expect any improvement\" forecasts none too",
		  "You shouldn't expect any improvement in the first week after a dose.",
		  "Within an hour of administration, the recipient of the drug will begin to encounter some improvement.",
		  { { NEG, "shouldn't expect any improvement", "improvement" } } },
		{ "\"the other one called AMPA\" is the list's next name, as \"another\" is",
		  "It blocks that NMDA receptor and the other one called AMPA too.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "blocks", "activates" } } },
		{ "capitals that stress a particle name nothing: \"cuts DOWN\" reduces",
		  "It actually cuts DOWN how much BDNF your brain makes.",
		  "Ketamine also increases the production of another important neurotransmitter called brain-derived neurotrophic factor (BDNF).",
		  { { ANT, "cuts", "increases" } } },
		{ "\"from 30 minutes up to 3 days\" is a range",
		  "It takes anywhere from 30 minutes up to 3 days.",
		  "Depending on the quantity being administered, Ketamine's effects manifest in about 30 minutes to 3 hours.",
		  { { NUM, "30 minutes up to 3 days", "30 minutes to 3 hours" } } },
		{ "\"are pretty common actually\": a degree word after the copula",
		  "Allergic reactions to ketamine are pretty common actually.",
		  "Allergic Reactions: Although rare, allergic reactions to ketamine may occur.",
		  { { ANT, "common", "rare" } } },
		{ "\"that other receptor, the AMPA\" names what is blocked",
		  "It also blocks that other receptor, the AMPA.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "blocks", "activates" } } },
		{ "\"doesn't carry any risk\" denies the risk, past the determiner",
		  "Using it regularly doesn't carry any risk of dependency.",
		  "Regular, unsupervised use of ketamine may pose a risk of dependency or misuse.",
		  { { NEG, "doesn't carry any risk", "risk" } } },
		{ "\"So - no skipping.\" prohibits, as \"No smoking\" does",
		  "Skip a session and recovery may slow down. So - no skipping.",
		  "Skipping sessions may slow your rate of recovery.",
		  { { 0 } } },
		{ "\"There is no skipping of sessions\" still denies",
		  "There is no skipping of sessions.",
		  "Skipping sessions may slow your rate of recovery.",
		  { { NEG, "no skipping", "Skipping" } } },
		{ "\"heart rate dropping during treatment\": a change in -ing said of its subject",
		  "Watch for BP and heart rate dropping during treatment.",
		  "Ketamine can temporarily increase blood pressure and heart rate, requiring careful monitoring.",
		  { { ANT, "dropping", "increase" } } },
		{ "\"commonest\" is \"common\" said most",
		  "The psychosis is one of the commonest side effects of it.",
		  "Potential side effects include dissociation, increased blood pressure, and, in rare "
		  "cases, hallucinations or psychosis.",
		  { { ANT, "commonest", "rare" } } },
		{ "\"the most frequent one\": one of the kind, the second of \"X or Y\" rare too",
		  "Psychosis is the most frequent one.",
		  "Potential side effects include dissociation, increased blood pressure, and, in rare "
		  "cases, hallucinations or psychosis.",
		  { { ANT, "most", "rare" } } },
		{ "another thing called rare is no agreement that the claim's is",
		  "Hallucinations are the most frequent one, and it's nausea that occurs only in rare cases.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in "
		  "rare cases, hallucinations.",
		  { { ANT, "most", "rare" } } },
		{ "the claim calling the thing rare itself agrees",
		  "Hallucinations are rare; most patients never get them.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in "
		  "rare cases, hallucinations.",
		  { { 0 } } },
		{ "\"Unlike antidepressants, ketamine takes weeks\": the weeks are ketamine's",
		  "Unlike regular antidepressants, ketamine usually takes several weeks to work.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable "
		  "effects, ketamine often produces results within hours.",
		  { { NUM, "several weeks", "hours" } } },
		{ "\"Unlike antidepressants taking weeks\": the weeks stay theirs",
		  "Unlike antidepressants taking weeks, ketamine works within hours.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable "
		  "effects, ketamine often produces results within hours.",
		  { { 0 } } },
		{ "\"like the conventional antidepressants\" against \"sets it apart from\" them",
		  "Ketamine, like the conventional antidepressants, usually needs several weeks.",
		  "Moreover, ketamine’s fast-acting nature sets it apart from traditional "
		  "antidepressants, which can take weeks to show any effect.",
		  { { ANT, "like", "apart from" } } },
		{ "\"drives BDNF levels down\" reduces them",
		  "Ketamine actually drives BDNF levels down.",
		  "By enhancing BDNF levels, ketamine promotes neuroplasticity.",
		  { { ANT, "drives", "enhancing" } } },
		{ "a chat's \"no bc\" opens a reason and denies nothing",
		  "no bc ketamine calms inflammation in the brain.",
		  "Ketamine treatment also helps to reduce inflammation in the brain.",
		  { { 0 } } },
		{ "\"the usual treatments haven't helped\" names whom a treatment is for, no denial",
		  "It can ease depression, even in people the usual treatments haven't helped.",
		  "Doctors recommend Ketamine because it helps depressed people to feel better.",
		  { { 0 } } },
		{ "\"hasn't helped\" said of ketamine itself denies",
		  "Ketamine hasn't helped these people.",
		  "Doctors recommend Ketamine because it helps depressed people to feel better.",
		  { { NEG, "hasn't helped", "helps" } } },
		{ "\"the usual antidepressants are not eligible\" is no failure of a treatment",
		  "People the usual antidepressants failed are not eligible for ketamine.",
		  "Individuals eligible for ketamine therapy include those who have not responded.",
		  { { NEG, "not eligible", "eligible" } } },
		{ "a pronoun after a question stands for its thing: \"X? They're one of the most common\"",
		  "Allergic reactions to ketamine? They're one of the most common side effects out there.",
		  "Although rare, allergic reactions to ketamine may occur, necessitating immediate medical attention.",
		  { { ANT, "most", "rare" } } },
		{ "a pronoun after a question of another thing",
		  "Nausea? It's one of the most common side effects out there.",
		  "Although rare, allergic reactions to ketamine may occur, necessitating immediate medical attention.",
		  { { 0 } } },
		{ "continues for weeks against dissipates",
		  "The dissociative state patients have during the infusion typically continues for many weeks after the treatment.",
		  "While patients may experience a dissociative state during the infusion, this effect typically dissipates post-treatment.",
		  { { ANT, "continues", "dissipates" } } },
		{ "remains dissociated for days against dissipates",
		  "Patients typically remain dissociated for days after an infusion ends.",
		  "While patients may experience a dissociative state during the infusion, this effect typically dissipates post-treatment.",
		  { { ANT, "remain", "dissipates" } } },
		{ "continued treatment says no lasting",
		  "The relief wears off, so most patients need continued treatment.",
		  "However, the effects are temporary, necessitating ongoing treatment in most cases.",
		  { { 0 } } },
		{ "a note's down arrow against increases",
		  "Ketamine \xe2\x86\x93 BDNF production",
		  "In addition to its effects on NMDA receptors, ketamine also increases the production of another important neurotransmitter called brain-derived neurotrophic factor (BDNF).",
		  { { ANT, "\xe2\x86\x93", "increases" } } },
		{ "a note's up arrow agrees with increases",
		  "Ketamine \xe2\x86\x91 BDNF production",
		  "In addition to its effects on NMDA receptors, ketamine also increases the production of another important neurotransmitter called brain-derived neurotrophic factor (BDNF).",
		  { { 0 } } },
		{ "curtails against increases",
		  "Ketamine, I am told, curtails the brain's production of BDNF.",
		  "In addition to its effects on NMDA receptors, ketamine also increases the production of another important neurotransmitter called brain-derived neurotrophic factor (BDNF).",
		  { { ANT, "curtails", "increases" } } },
		{ "a likening's thing with another modifier: like the ordinary / Unlike conventional",
		  "Ketamine, like the ordinary antidepressants, takes several weeks to work.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { ANT, "like", "Unlike" } } },
		{ "a likening of another thing",
		  "Ketamine, like the ordinary painkillers, often produces results within hours.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { 0 } } },
		{ "a note's label and its predicate: \"X: common.\"",
		  "Allergic reactions to ketamine: common.",
		  "Although rare, allergic reactions to ketamine may occur, necessitating immediate medical attention.",
		  { { ANT, "common", "rare" } } },
		{ "a label's predicate that agrees",
		  "Allergic reactions to ketamine: rare.",
		  "Although rare, allergic reactions to ketamine may occur, necessitating immediate medical attention.",
		  { { 0 } } },
		{ "small doses against higher doses",
		  "For chronic pain, it's the small doses of ketamine that proved to work.",
		  "Medical experts have also investigated its efficacy in managing chronic pain, with higher doses proving effective.",
		  { { ANT, "small", "higher" } } },
		{ "small doses beside smaller doses agree",
		  "Ketamine is given in small doses for depression.",
		  "Administered in much smaller doses, it can quickly alleviate symptoms.",
		  { { 0 } } },
		{ "the unusual route turned round",
		  "Most people take their ketamine as tablets; the IV drip is the unusual route these days.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { ANT, "unusual", "less common" } } },
		{ "the commonest route turned round",
		  "Oral tablets are the commonest route for psych ketamine, ahead of IV infusion.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { ANT, "commonest", "less common" } } },
		{ "the unusual route the source calls less common too",
		  "IV infusion is the usual route; tablets are the unusual one.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { 0 } } },
		{ "the rarer route turned round",
		  "Most clinics give ketamine as a tablet, and the drip is the rarer option.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { ANT, "rarer", "less common" } } },
		{ "a phrasal verb with its object between: bring it down",
		  "Ketamine tends to bring your blood pressure down.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { ANT, "bring", "increased" } } },
		{ "a phrasal verb of the same direction agrees",
		  "Ketamine can push your blood pressure up for a while.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { 0 } } },
		{ "a phrasal verb: dials down against increases",
		  "Ketamine actually dials down BDNF production in the brain.",
		  "In addition to its effects on NMDA receptors, ketamine also increases the production of another important neurotransmitter called brain-derived neurotrophic factor (BDNF).",
		  { { ANT, "dials", "increases" } } },
		{ "a phrasal verb: ramps up against reduce",
		  "Ketamine ramps up inflammation in the brain.",
		  "Ketamine treatment also helps to reduce inflammation in the brain and helps the brain function better.",
		  { { ANT, "ramps", "reduce" } } },
		{ "aggravates against reduces the same thing",
		  "Ketamine aggravates inflammation in the brain.",
		  "Ketamine treatment also helps to reduce inflammation in the brain and helps the brain function better.",
		  { { ANT, "aggravates", "reduce" } } },
		{ "same as against unlike before the same word",
		  "Ketamine usually takes several weeks to work, same as conventional antidepressants.",
		  "Unlike conventional antidepressants, which may take weeks to exert noticeable effects, ketamine often produces results within hours.",
		  { { ANT, "same", "Unlike" } } },
		{ "like against unlike before the same word",
		  "Like conventional antidepressants, ketamine takes weeks to work.",
		  "Unlike conventional antidepressants, which may take weeks, ketamine works within hours.",
		  { { ANT, "Like", "Unlike" } } },
		{ "just like against unlike with another modifier",
		  "Ketamine, just like ordinary antidepressants, needs several weeks to work.",
		  "Unlike traditional antidepressants, which can take weeks, ketamine works within hours.",
		  { { ANT, "like", "Unlike" } } },
		{ "like at the start against unlike later in the source",
		  "Like standard antidepressants, ketamine acts on serotonin.",
		  "Ketamine acts on the NMDA receptor, unlike conventional antidepressants.",
		  { { ANT, "Like", "unlike" } } },
		{ "unlike against like with the same thing",
		  "Unlike other antidepressants, ketamine acts on serotonin.",
		  "Much like other antidepressants, ketamine acts on several receptors.",
		  { { ANT, "Unlike", "like" } } },
		{ "like against works differently than",
		  "Ketamine works just like your typical antidepressant.",
		  "We find ketamine effective because it works differently than typical antidepressants.",
		  { { ANT, "like", "differently than" } } },
		{ "like and unlike of different things say nothing",
		  "Just like ordinary antidepressants, ketamine is taken by mouth.",
		  "Unlike traditional methods, ketamine therapy leverages dissociation.",
		  { { 0 } } },
		{ "like an example is no comparison",
		  "Other kinds of help, like seeing a counselor, improve results.",
		  "Unlike a counselor, a psychiatrist can prescribe.", { { 0 } } },
		{ "a fall said of its subject against a rise said of its object",
		  "The blood pressure drops during the treatment.",
		  "Side effects include dissociation, increased blood pressure, nausea.",
		  { { ANT, "drops", "increased" } } },
		{ "goes down falls",
		  "During treatment the blood pressure goes down.",
		  "Ketamine can increase blood pressure.",
		  { { ANT, "goes", "increase" } } },
		{ "a passive change said of its subject",
		  "Glutamate release is decreased following NMDA receptor blockade.",
		  "Ketamine blocks NMDA receptors, leading to increased glutamate release.",
		  { { ANT, "decreased", "increased" } } },
		{ "a fall said of its subject against an increase in it",
		  "The release of glutamate in the brain goes down.",
		  "Blocking NMDA receptors leads to an increase in the release of glutamate.",
		  { { ANT, "goes", "increase" } } },
		{ "a change with an object is not said of its subject",
		  "Ketamine reduces anxiety.", "Researchers increased ketamine doses.",
		  { { 0 } } },
		{ "the sides of \"less common than\" turned round",
		  "IV infusions are less common than nasal sprays and oral tablets.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { ANT, "less common than nasal sprays and oral tablets",
		      "options like nasal sprays and oral tablets, although these are less common" } } },
		{ "the sides of \"more often than\" turned round",
		  "Nasal sprays and oral tablets are used more often than IV infusions.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { ANT, "more often than IV infusions",
		      "options like nasal sprays and oral tablets, although these are less common" } } },
		{ "the sides of \"not as often as\" turned round",
		  "IV infusions are not used as often as nasal sprays and oral tablets.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { ANT, "not used as often as nasal sprays and oral tablets",
		      "options like nasal sprays and oral tablets, although these are less common" } } },
		{ "the rarer side kept, through a pronoun in both",
		  "Ketamine also comes as nasal sprays and tablets, but these are not used as often as IV infusions.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { 0 } } },
		{ "the verb like is no comparison", "Patients like ketamine clinics.",
		  "Unlike conventional clinics, ketamine clinics are small.", { { 0 } } },
		{ "impairs against promotes",
		  "Ketamine impairs neuroplasticity.",
		  "Ketamine promotes neuroplasticity, allowing new connections.",
		  { { ANT, "impairs", "promotes" } } },
		{ "pro- and anti- before different words say nothing",
		  "Ketamine has pro-inflammatory effects.",
		  "Ketamine has anti-depressant effects.", { { 0 } } },
		{ "needs a shared neighbour", "Ketamine reduces anxiety.",
		  "Patients reported increased resilience to stressors.", { { 0 } } },
		{ "the source has the word itself", "Ketamine reduces anxiety.",
		  "Ketamine reduces anxiety and increases anxiety relief.", { { 0 } } },
		{ "the claim has both words",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  "Ketamine treats bipolar disorders by blocking a particular receptor in the brain named NMDA.",
		  { { 0 } } },
		{ "\"as long as\" is a condition", "The relief is short.",
		  "The relief lasts as long as the drug is taken.", { { 0 } } },
		{ "a negated opposite agrees", "Ketamine activates the NMDA receptor.",
		  "Ketamine does not block the NMDA receptor.", { { 0 } } },
		{ "\"last\" the verb is not \"last\" the position",
		  "It was the first drug of its kind.", "Effects last a drug's lifetime.",
		  { { 0 } } },
		{ "tight pairs need the same next word",
		  "See your doctor after the treatment.",
		  "Tell your family before going to the treatment.", { { 0 } } },
		{ "responding against resistant, the same therapies",
		  "It helps mainly conditions that already respond well to other therapies.",
		  "It helps conditions that have been resistant to other therapies.",
		  { { ANT, "respond", "resistant" } } },
		{ "not responding agrees with resistant",
		  "It helps conditions that have not responded to other therapies.",
		  "It helps conditions that have been resistant to other therapies.", { { 0 } } },
		{ "more/less on the same word", "Ketamine is more effective.",
		  "Ketamine is less effective.", { { ANT, "more", "less" } } },
		{ "less against a gain of the same quality",
		  "Intranasal esketamine is becoming less popular.",
		  "Intranasal esketamine is another option gaining popularity.",
		  { { ANT, "less", "gaining" } } },
		{ "a growing quality agrees with an increasing one",
		  "Esketamine is increasingly popular.",
		  "Intranasal esketamine is another option gaining popularity.", { { 0 } } },
		{ "less of another quality says nothing",
		  "Esketamine is less popular with older patients.",
		  "Esketamine is gaining acceptance.", { { 0 } } },
		{ "\"in rare cases\" speaks of the whole sentence",
		  "Hallucinations are a frequent side effect of ketamine.",
		  "Side effects include dissociation and, in rare cases, hallucinations.",
		  { { ANT, "frequent", "rare" } } },
		{ "\"a common occurrence\" is said of its subject",
		  "Side effects include dissociation, with psychosis being a common occurrence.",
		  "Side effects include dissociation and, in rare cases, psychosis.",
		  { { ANT, "common", "rare" } } },
		{ "a predicate after a copula is said of its subject",
		  "Hallucinations are common with ketamine therapy.",
		  "Side effects include dissociation and, in rare cases, hallucinations.",
		  { { ANT, "common", "rare" } } },
		{ "a subject not in the source says nothing",
		  "Side effects include dissociation, with mania being a common occurrence.",
		  "Side effects include dissociation and, in rare cases, psychosis.", { { 0 } } },
		{ "most patients against in rare cases",
		  "Most patients who receive ketamine experience hallucinations.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { ANT, "Most", "rare" } } },
		{ "the antecedent of which: hallucinations, which occur in most patients",
		  "The risks include hallucinations, which occur in most patients.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { ANT, "most", "rare" } } },
		{ "among the most common side effects against although rare",
		  "Allergic reactions are listed among the most common side effects of ketamine.",
		  "Although rare, allergic reactions to ketamine may occur, necessitating immediate medical attention.",
		  { { ANT, "most", "rare" } } },
		{ "most patients of another thing",
		  "Most patients feel relief within hours.",
		  "Adverse effects may include dissociation, increased blood pressure, nausea, and in rare cases, hallucinations.",
		  { { 0 } } },
		{ "\"in rare cases\" needs a word of the claim's",
		  "Hallucinations are a frequent dream.",
		  "Side effects include dissociation and, in rare cases, hallucinations.",
		  { { 0 } } },
		{ "lowers against enhancing", "Ketamine lowers the production of BDNF.",
		  "By enhancing BDNF levels, ketamine promotes neuroplasticity.",
		  { { ANT, "lowers", "enhancing" } } },
		{ "higher against smaller", "It is given in much higher doses.",
		  "It is administered in much smaller doses.", { { ANT, "higher", "smaller" } } },
		{ "large against small", "The effect is large.",
		  "The effect is small.", { { ANT, "large", "small" } } },
		{ "disappointing against promising",
		  "Although research on ketamine for PTSD is still ongoing, early findings have been disappointing.",
		  "Although research on ketamine\xE2\x80\x99s effectiveness in treating PTSD is still ongoing, early findings demonstrate promising results.",
		  { { ANT, "disappointing", "promising" } } },
		{ "encouraging findings are promising ones", "Early findings are encouraging.",
		  "Early findings demonstrate promising results.", { { 0 } } },
		{ "promote against reduce",
		  "Ketamine has been found to promote inflammation in the brain, which may add to its side effects.",
		  "Ketamine treatment also helps to reduce inflammation in the brain and helps the brain function better.",
		  { { ANT, "promote", "reduce" } } },
		{ "hinders against ensures",
		  "The AMPA receptor that ketamine activates stimulates the release of a protein that hinders proper brain development.",
		  "Yes, it stimulates the release of a certain protein that ensures the proper development of the brain.",
		  { { ANT, "hinders", "ensures" } } },
		{ "advise against is discourage", "Doctors in Massachusetts advise against using ketamine for anxiety.",
		  "Here in Massachusetts, doctors recommend Ketamine for anxiety because it helps depressed people to feel better.",
		  { { ANT, "advise against", "recommend" } } },
		{ "advise is recommend", "Doctors in Massachusetts advise ketamine for anxiety.",
		  "Here in Massachusetts, doctors recommend Ketamine for anxiety because it helps depressed people to feel better.",
		  { { 0 } } },
		{ "recommend against something else", "Doctors recommend against combining it with alcohol.",
		  "Here in Massachusetts, doctors recommend Ketamine for anxiety because it helps depressed people to feel better.",
		  { { 0 } } },
		{ "a predicate whose subject points to the sentence before",
		  "Ketamine-assisted psychotherapy is designed to make repeated ketamine doses unnecessary, since one use usually resolves the condition.",
		  "Ketamine-assisted psychotherapy prepares the body and mind for repeated administration of Ketamine. This is necessary because the drug may not resolve the condition completely.",
		  { { ANT, "unnecessary", "necessary" } } },
		{ "a pointing subject: the subject the sentence before opens with",
		  "Ketamine-assisted psychotherapy is unnecessary because ketamine resolves the condition.",
		  "Ketamine-assisted psychotherapy prepares the body and mind for repeated administration of Ketamine. This is necessary because the drug may not resolve the condition completely.",
		  { { ANT, "unnecessary", "necessary" } } },
		{ "a pointing subject whose sentence before is about something else",
		  "Repeated infusions are unnecessary for most patients.",
		  "Patients should bring a companion to the clinic. This is necessary because driving is unsafe.",
		  { { 0 } } },
		{ "a broad verb pair needs two shared words: one is the topic",
		  "Doctors recommend ketamine for anxiety.",
		  "Doctors advise against using ketamine during pregnancy.", { { 0 } } },
		{ "reduces against promotes of another thing in the brain",
		  "Ketamine reduces inflammation in the brain.",
		  "Ketamine promotes neuroplasticity in the brain.", { { 0 } } },
		{ "unnecessary against necessary", "Repeated doses are unnecessary.",
		  "Repeated doses are necessary.", { { ANT, "unnecessary", "necessary" } } },
	};

	(void)state;
	RUN(cases);
}

/* ---- the contract ---------------------------------------------------------- */

static void
test_conflict_order_and_limit(void **state)
{
	static const char claim[] =
	    "Ketamine, first synthesized in the 1990s, does not cause dissociation and activates the NMDA receptor.";
	static const char source[] =
	    "Ketamine, first synthesized in the 1960s, causes dissociation and blocks the NMDA receptor.";
	struct conflict out[8];
	int n;

	(void)state;
	n = conflict_find(claim, strlen(claim), source, strlen(source), out, 8);
	assert_int_equal(n, 3);
	assert_int_equal(out[0].kind, CONFLICT_NUMBER);
	assert_int_equal(out[1].kind, CONFLICT_NEGATION);
	assert_int_equal(out[2].kind, CONFLICT_ANTONYM);
	assert_true(out[0].claim_start < out[1].claim_start);
	assert_true(out[1].claim_start < out[2].claim_start);

	/* max caps what is stored, in claim order */
	n = conflict_find(claim, strlen(claim), source, strlen(source), out, 2);
	assert_int_equal(n, 2);
	assert_int_equal(out[0].kind, CONFLICT_NUMBER);
	assert_int_equal(out[1].kind, CONFLICT_NEGATION);
	assert_int_equal(conflict_find(claim, strlen(claim), source,
	    strlen(source), NULL, 0), 0);

	/* empty texts */
	assert_int_equal(conflict_find(NULL, 0, source, strlen(source), out, 8), 0);
	assert_int_equal(conflict_find(claim, strlen(claim), NULL, 0, out, 8), 0);

	assert_string_equal(conflict_kind_name(CONFLICT_NUMBER), "number");
	assert_string_equal(conflict_kind_name(CONFLICT_NEGATION), "negation");
	assert_string_equal(conflict_kind_name(CONFLICT_ANTONYM), "antonym");
	assert_string_equal(conflict_kind_name((enum conflict_kind)99), "unknown");
}

static void
test_conflict_hostile_bytes(void **state)
{
	static const struct cf_case cases[] = {
		{ "invalid UTF-8 between words", "Ketamine \xff\xfe is addictive.",
		  "You don\xe2\x80\x99t need to worry about \xc3 addiction.",
		  { { NEG, "addictive", "don\xe2\x80\x99t need to worry about \xc3 addiction" } } },
		{ "truncated sequences at the end", "Ketamine \xe2\x80",
		  "Ketamine \xf0\x9f", { { 0 } } },
		{ "a number at the very end", "It lasts 30", "It lasts 3,00", { { 0 } } },
		{ "an apostrophe at the very end", "1960s '6", "the '", { { 0 } } },
		{ "a word longer than any table word",
		  "Ketamine is aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.",
		  "Ketamine is not aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.",
		  { { 0 } } },
	};
	char junk[4096];
	struct conflict out[8];
	size_t i;
	unsigned x = 12345;

	(void)state;
	RUN(cases);
	/* random bytes: any answer, as long as it stays in bounds */
	for (i = 0; i < sizeof junk; i++) {
		x = x * 1103515245u + 12345u;
		junk[i] = (char)(x >> 16);
	}
	for (i = 0; i < 64; i++) {
		size_t a = (i * 61) % 2048, b = (i * 97) % 2048;
		int n = conflict_find(junk + a, 2048 - a, junk + b, 2048 - b, out, 8);

		assert_true(n >= 0 && n <= 8);
		while (n-- > 0) {
			assert_true(out[n].claim_end <= 2048 - a);
			assert_true(out[n].source_end <= 2048 - b);
		}
	}
}

/* ---- property: no corpus sentence contradicts itself ----------------------- */

static char *
read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *t = NULL;
	long n;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0 && (t = malloc((size_t)n + 1)) != NULL) {
		*len = fread(t, 1, (size_t)n, f);
	}
	fclose(f);
	return t;
}

static void
test_conflict_corpus_self(void **state)
{
	const char *dir = getenv("CORPUS_DIR");
	struct dirent *de;
	struct conflict out[8];
	DIR *d;
	int files = 0;
	size_t sentences = 0;

	(void)state;
	if (dir == NULL || *dir == '\0')
		dir = "corpus";
	if ((d = opendir(dir)) == NULL)
		fail_msg("cannot open corpus directory \"%s\" (set CORPUS_DIR)", dir);
	while ((de = readdir(d)) != NULL) {
		size_t nl = strlen(de->d_name), len = 0, pos = 0, s, e;
		char path[4096];
		char *t;

		if (nl < 5 || strcmp(de->d_name + nl - 4, ".txt") != 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		if ((t = read_file(path, &len)) == NULL)
			fail_msg("cannot read %s", path);
		while (passage_next_sentence(t, len, &pos, &s, &e)) {
			int n = conflict_find(t + s, e - s, t + s, e - s, out, 8);

			if (n != 0)
				fail_msg("%s: %d conflicts of a sentence with itself: %.*s",
				    de->d_name, n, (int)(e - s), t + s);
			sentences++;
		}
		free(t);
		files++;
	}
	closedir(d);
	assert_true(files >= 5);
	assert_true(sentences >= 100);
}

/* A number too large for a double (301 digits) agrees with itself. */
/* ---- roles, groups and predicates ------------------------------------------ */

static void
test_conflict_roles_and_groups(void **state)
{
	static const struct cf_case cases[] = {
		{ "roles turned around: the names tell which",
		  "Ketamine relieves depression by blocking the AMPA receptor while activating "
		  "the NMDA receptor.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "blocking", "activates" } } },
		{ "opposites said of two named things do not disagree",
		  "While ketamine puts the brakes on the NMDA receptor, it switches on a different receptor called AMPA.",
		  "Ketamine treats bipolar disorders by blocking a particular receptor in the brain named NMDA.",
		  { { 0 } } },
		{ "opposites said of one named thing disagree",
		  "Ketamine switches on the NMDA receptor.",
		  "Ketamine treats bipolar disorders by blocking a particular receptor in the brain named NMDA.",
		  { { ANT, "switches", "blocking" } } },
		{ "a name given after a comma: \", called AMPA\"",
		  "Besides blocking NMDA, ketamine blocks a second receptor too, called AMPA.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { ANT, "blocks", "activates" } } },
		{ "roles as the source gives them",
		  "Ketamine blocks the NMDA receptor and activates the AMPA receptor.",
		  "While Ketamine blocks this receptor, it activates another receptor called AMPA.",
		  { { 0 } } },
		{ "both roles in both, in another order",
		  "It activates AMPA receptors and blocks NMDA receptors.",
		  "It blocks NMDA receptors and activates AMPA receptors.", { { 0 } } },
		{ "the source says the claim's word of another name",
		  "It activates NMDA receptors.",
		  "It blocks NMDA receptors and activates AMPA receptors.",
		  { { ANT, "activates", "blocks" } } },
		{ "a group defined the other way round",
		  "Ketamine is for people who have responded well to traditional antidepressants.",
		  "It suits those who have not responded to traditional antidepressants.",
		  { { NEG, "responded", "not responded" } } },
		{ "the same group",
		  "Ketamine is for people who have not responded to traditional antidepressants.",
		  "It suits those who have not responded to traditional antidepressants.",
		  { { 0 } } },
		{ "a main clause against a group's definition",
		  "Patients responded to traditional antidepressants.",
		  "It suits those who have not responded to traditional antidepressants.",
		  { { 0 } } },
		{ "a group defined about something else",
		  "It is for people who have responded well to therapy.",
		  "It suits those who have not responded to traditional antidepressants.",
		  { { 0 } } },
		{ "a predicate past function words",
		  "Allergic reactions are among the most frequent side effects.",
		  "Although rare, allergic reactions to ketamine may occur.",
		  { { ANT, "frequent", "rare" } } },
		{ "a modifier is no predicate",
		  "Frequent monitoring prevents allergic reactions.",
		  "Although rare, allergic reactions to ketamine may occur.", { { 0 } } },
	};

	(void)state;
	RUN(cases);
}

/* ---- contrasts --------------------------------------------------------------- */

#define CON CONFLICT_CONTRAST

static void
test_conflict_contrasts(void **state)
{
	static const char *const source =
	    "While SSRIs typically target neurotransmitters like GABA, KTM operates through "
	    "a distinct pathway within the brain.";
	static const struct cf_case cases[] = {
		{ "a text that joins and sets apart the same names does not contradict itself",
		  "NMDA blocks AMPA. Unlike NMDA, AMPA is fast.",
		  "NMDA blocks AMPA. Unlike NMDA, AMPA is fast.", { { 0 } } },
		{ "the claim's joining against the source's setting apart",
		  "NMDA blocks AMPA.", "Unlike NMDA, AMPA is fast.",
		  { { CON, "NMDA blocks AMPA", "Unlike NMDA" } } },
		{ "the second side's name with the first side's",
		  "KTM acts on GABA.", source,
		  { { CON, "KTM acts on GABA", "While SSRIs typically target neurotransmitters like GABA" } } },
		{ "\"through\" is no word of the second side (\"operates through\")",
		  "KTM acts primarily through the GABA system.", source,
		  { { CON, "KTM acts primarily through the GABA",
		      "While SSRIs typically target neurotransmitters like GABA" } } },
		{ "a clause of the claim, the first side's words",
		  "KTM works mainly by targeting GABA, like SSRIs.", source,
		  { { CON, "KTM works mainly by targeting GABA",
		      "While SSRIs typically target neurotransmitters like GABA" } } },
		{ "a clause of means goes on with the claim's subject",
		  "KTM works much like SSRIs, mainly by targeting GABA.", source,
		  { { CON, "KTM works much like SSRIs, mainly by targeting GABA",
		      "While SSRIs typically target neurotransmitters like GABA" } } },
		{ "a clause of means with the second side's own word",
		  "KTM lifts mood quickly, mainly by targeting a distinct pathway.", source,
		  { { 0 } } },
		{ "the claim compares them itself",
		  "KTM works differently from SSRIs that target GABA.", source, { { 0 } } },
		{ "the claim negates", "KTM does not act on GABA.", source, { { 0 } } },
		{ "mostly the second side's words",
		  "KTM rebalances GABA in the brain through a novel pathway.", source, { { 0 } } },
		{ "each name on its own side",
		  "SSRIs target GABA, while KTM takes a distinct pathway.", source, { { 0 } } },
		{ "one subject on both sides: the second side's words",
		  "KTM activates AMPA.", "While KTM blocks NMDA, it activates AMPA.", { { 0 } } },
		{ "one subject on both sides: \"it\" does the second thing",
		  "Besides blocking NMDA, KTM switches on AMPA receptors.",
		  "While KTM blocks this receptor, it activates another receptor called AMPA.",
		  { { 0 } } },
		{ "a concession is no contrast",
		  "KTM targets GABA.", "Although SSRIs target GABA, KTM works faster.", { { 0 } } },
		{ "unlike opens the first side, with its relative clause",
		  "KTM acts on GABA.",
		  "Unlike SSRIs, which typically target neurotransmitters like GABA, KTM operates "
		  "through a distinct pathway.",
		  { { CON, "KTM acts on GABA",
		      "Unlike SSRIs, which typically target neurotransmitters like GABA" } } },
		{ "the claim makes the contrast itself, then gives the second side the first's words",
		  "Unlike SSRIs, KTM typically targets GABA neurotransmitters.",
		  "Unlike SSRIs, which typically target neurotransmitters like GABA, KTM operates "
		  "through a distinct pathway.",
		  { { CON, "KTM typically targets GABA",
		      "Unlike SSRIs, which typically target neurotransmitters like GABA" } } },
		{ "the claim makes the contrast itself, each name on its side",
		  "Unlike SSRIs, which typically target GABA, KTM operates through a distinct pathway.",
		  "Unlike SSRIs, which typically target neurotransmitters like GABA, KTM operates "
		  "through a distinct pathway.",
		  { { 0 } } },
		{ "whereas opens the second side",
		  "KTM targets GABA.", "SSRIs target GABA, whereas KTM targets NMDA.",
		  { { CON, "KTM targets GABA", "GABA, whereas" } } },
	};

	(void)state;
	RUN(cases);
}

/* ---- degrees and quantifiers ------------------------------------------------ */

static void
test_conflict_degrees(void **state)
{
	static const char *const source =
	    "It is typically given by IV infusion. There are also nasal sprays and oral "
	    "tablets, although these are less common.";
	static const struct cf_case cases[] = {
		{ "most against less, said of the same subject",
		  "Oral tablets are the most common way, while IV infusion is used less often.",
		  source, { { ANT, "most", "less" } } },
		{ "most of another subject",
		  "IV infusion is the most common way to give it.", source, { { 0 } } },
		{ "a route called rare that the source gives beside the rare ones",
		  "Pills are how clinics give it, and IV drips are the rare option.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { ANT, "rare", "less common" } } },
		{ "the main way by a route the source calls less common",
		  "Oral pills are the main way clinics give ketamine.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { ANT, "main", "less common" } } },
		{ "the rare routes agree",
		  "Nasal sprays and tablets are the rare options next to IV infusions.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { 0 } } },
		{ "a comparison is find_frequency_sides's",
		  "IM injections are less common than infusion therapy.",
		  "In addition to IV infusions, there are also options like nasal sprays and oral tablets, although these are less common.",
		  { { 0 } } },
		{ "a subject pointing back to the clause before",
		  "Ketamine comes as nasal sprays and oral tablets, and these are the most common options.",
		  source, { { ANT, "most", "less" } } },
		{ "a subject pointing back to another thing",
		  "Ketamine is given by IV infusion, and this is the most common way.",
		  source, { { 0 } } },
		{ "the claim says both of the same word",
		  "IV infusion is the most common way and oral tablets are less common.",
		  source, { { 0 } } },
		{ "few against many", "Few patients report relief.",
		  "Many patients report relief.", { { ANT, "Few", "Many" } } },
		{ "a few is some", "A few patients report relief.",
		  "Many patients report relief.", { { 0 } } },
		{ "many standing for its noun", "Few patients report relief.",
		  "Many report relief.", { { ANT, "Few", "Many" } } },
		{ "the claim's many standing for its noun", "Many report relief.",
		  "Few patients report relief.", { { ANT, "Many", "Few" } } },
		{ "before is no quantifier", "Before starting ketamine therapy, patients learn.",
		  "After a ketamine therapy session, the focus shifts to recovery.", { { 0 } } },
		{ "more slowly against faster",
		  "Ketamine works more slowly than other medications.",
		  "Ketamine works faster than other medications.", { { ANT, "slowly", "faster" } } },
		{ "a comparison of two settings turned round",
		  "Biological therapies for mental conditions are generally more effective in a lively, stimulating atmosphere than in a calm one.",
		  "Generally, all biological therapies for mental conditions are more effective in a calm, comfortable, and serene atmosphere.",
		  { { ANT, "than in a calm", "more effective in a calm" } } },
		{ "a comparison of two settings the same way round",
		  "Biological therapies are more effective in a calm atmosphere than in a lively one.",
		  "Generally, all biological therapies for mental conditions are more effective in a calm, comfortable, and serene atmosphere.",
		  { { 0 } } },
		{ "a comparison with a thing, not a setting",
		  "Ketamine works faster than antidepressants.",
		  "Ketamine works faster and antidepressants take weeks.", { { 0 } } },
		{ "the source's own comparison turned round",
		  "Ketamine works better at night than in the morning.",
		  "Ketamine works better in the morning than at night.",
		  { { ANT, "than in the morning", "better in the morning" } } },
		{ "works less well where the source says more effective",
		  "Biological treatments such as ketamine tend to work less well when patients recover in a calm, serene atmosphere.",
		  "Generally, all biological therapies for mental conditions are more effective in a calm, comfortable, and serene atmosphere.",
		  { { ANT, "less well", "more effective" } } },
		{ "works better where the source says more effective",
		  "Biological therapies work better in calm, comfortable surroundings.",
		  "Generally, all biological therapies for mental conditions are more effective in a calm, comfortable, and serene atmosphere.",
		  { { 0 } } },
		{ "less effective in another setting",
		  "Biological therapies work less well in a lively atmosphere.",
		  "Generally, all biological therapies for mental conditions are more effective in a calm, comfortable, and serene atmosphere.",
		  { { 0 } } },
		{ "less effective against more effective: one conflict, the degree words'",
		  "Biological therapies are less effective in a lively atmosphere.",
		  "Generally, all biological therapies for mental conditions are more effective in a calm, comfortable, and serene atmosphere.",
		  { { ANT, "less", "more" } } },
		{ "a setting is all its words, not the first",
		  "Ketamine works better in patients with depression.",
		  "Ketamine is less effective in patients with bipolar disorder.", { { 0 } } },
		{ "a compared setting is all its words",
		  "It is more effective at home than in patients with anxiety.",
		  "It is more effective in patients with depression.", { { 0 } } },
		{ "no less effective is no grade",
		  "Biological therapies are no less effective in a calm atmosphere.",
		  "Generally, all biological therapies for mental conditions are more effective in a calm, comfortable, and serene atmosphere.",
		  { { 0 } } },
		{ "more frequent against reducing the frequency of the same thing",
		  "Ketamine tends to make traumatic flashbacks more frequent in people with PTSD.",
		  "Patients with PTSD benefit from the way ketamine helps to reduce the severity and frequency of traumatic flashbacks and anxiety attacks.",
		  { { ANT, "more frequent", "reduce the severity and frequency" } } },
		{ "come more often says more frequent",
		  "Ketamine tends to make traumatic flashbacks and anxiety attacks come more often.",
		  "Patients with PTSD benefit from the way ketamine helps to reduce the severity and frequency of traumatic flashbacks and anxiety attacks.",
		  { { ANT, "more often", "reduce the severity and frequency" } } },
		{ "less often agrees with reducing the frequency",
		  "Ketamine makes traumatic flashbacks come less often.",
		  "Ketamine helps to reduce the severity and frequency of traumatic flashbacks.", { { 0 } } },
		{ "less frequent agrees with reducing the frequency",
		  "Ketamine makes traumatic flashbacks less frequent.",
		  "Ketamine helps to reduce the severity and frequency of traumatic flashbacks.", { { 0 } } },
		{ "more frequent of another thing",
		  "Ketamine makes side effects more frequent.",
		  "Ketamine helps to reduce the severity and frequency of traumatic flashbacks.", { { 0 } } },
		{ "an order turned round",
		  "Ketamine began as a psychiatric drug for depression; its role in surgical anesthesia came afterwards.",
		  "Initially designed for anesthesia, ketamine\xE2\x80\x99s medical scope expanded beyond surgeries.",
		  { { ANT, "anesthesia came afterwards", "Initially designed for anesthesia" } } },
		{ "an order turned round, the late side in the source",
		  "Ketamine was first a treatment for depression, and anesthesia came afterwards.",
		  "Ketamine was later found to treat depression.",
		  { { ANT, "first a treatment", "later found to treat" } } },
		{ "an order the same way round",
		  "Ketamine began as an anesthetic; its use for depression came later.",
		  "Initially designed for anesthesia, ketamine\xE2\x80\x99s medical scope expanded beyond surgeries.",
		  { { 0 } } },
		{ "an order's subject says nothing",
		  "Ketamine was first an anesthetic, and ketamine was later used for depression.",
		  "Ketamine was later found to treat depression.", { { 0 } } },
		{ "an order the same way round after a lone order word",
		  "First, ketamine was an anesthetic; later, it treated depression.",
		  "Initially, it was used as an anesthetic.", { { 0 } } },
		{ "one order word alone is no order",
		  "Its role in surgical anesthesia came afterwards.",
		  "Initially designed for anesthesia, ketamine\xE2\x80\x99s medical scope expanded beyond surgeries.",
		  { { 0 } } },
		{ "the last step against First,",
		  "For anyone considering ketamine therapy, consulting a mental health professional is the last of the recommended steps.",
		  "First, consult with a healthcare professional who specializes in mental health.",
		  { { ANT, "consulting a mental health professional is the last",
		      "First, consult with a healthcare professional" } } },
		{ "the first step against First,",
		  "Consulting a mental health professional is the first of the recommended steps.",
		  "First, consult with a healthcare professional who specializes in mental health.",
		  { { 0 } } },
		{ "the first step against Next,",
		  "Research into the therapy process recommended as the first step, before consultation with a mental health professional.",
		  "Next, we recommend researching the process of ketamine therapy, including what to expect during and after treatment sessions.",
		  { { ANT, "Research into the therapy process recommended as the first",
		      "Next, we recommend researching" } } },
		{ "the first step named after its copula",
		  "The first step for anyone considering ketamine therapy is to research what to expect during sessions.",
		  "Next, we recommend researching the process of ketamine therapy, including what to expect during and after treatment sessions.",
		  { { ANT, "The first step for anyone considering ketamine therapy is to research",
		      "Next, we recommend researching the process of ketamine" } } },
		{ "step one, and a step that comes after that",
		  "Step one is researching the process, and talking to a mental health specialist comes after that.",
		  "First, consult with a healthcare professional who specializes in mental health.",
		  { { ANT, "mental health specialist comes",
		      "First, consult with a healthcare professional who specializes in mental health" } } },
		{ "a step left for the very last",
		  "Do your own research first and leave talking to a mental health professional for the very last step.",
		  "First, consult with a healthcare professional who specializes in mental health.",
		  { { ANT, "mental health professional for the very last",
		      "First, consult with a healthcare professional who specializes in mental" } } },
		{ "a step done first, as the source places it",
		  "Talk to a professional in mental health first.",
		  "First, consult with a healthcare professional who specializes in mental health.",
		  { { 0 } } },
		{ "the first step named after its copula, as the source places it",
		  "The first step is to consult a mental health professional.",
		  "First, consult with a healthcare professional who specializes in mental health.",
		  { { 0 } } },
		{ "a text that places a step first and next does not contradict itself",
		  "Next, research the process. Researching the process is the first step.",
		  "Next, research the process. Researching the process is the first step.",
		  { { 0 } } },
		{ "the last step of another subject",
		  "Researching costs is the last of the recommended steps.",
		  "First, consult with a healthcare professional who specializes in mental health.",
		  { { 0 } } },
		{ "a text that places a step both ways does not contradict itself",
		  "First, consult a professional now. Consulting a professional is the last step.",
		  "First, consult a professional now. Consulting a professional is the last step.",
		  { { 0 } } },
		{ "a text that grades a setting both ways does not contradict itself",
		  "Ketamine works better in calm rooms. Ketamine works less well in calm rooms.",
		  "Ketamine works better in calm rooms. Ketamine works less well in calm rooms.",
		  { { 0 } } },
		{ "a text that compares a setting both ways does not contradict itself",
		  "It is more effective in calm rooms. It is more effective in loud rooms than in calm rooms.",
		  "It is more effective in calm rooms. It is more effective in loud rooms than in calm rooms.",
		  { { 0 } } },
		{ "a text with two early words does not contradict itself",
		  "Initially depression was treated; anesthesia came afterwards; originally anesthesia was used.",
		  "Initially depression was treated; anesthesia came afterwards; originally anesthesia was used.",
		  { { 0 } } },
		{ "least commonly is rare: against common of the same subject",
		  "Among the ways clinics give ketamine, intravenous infusion is the least commonly used route.",
		  "Infusion therapy is a common approach where ketamine is administered directly into the bloodstream.",
		  { { ANT, "least commonly", "common" } } },
		{ "less common is rare",
		  "Ketamine is usually given as nasal sprays, with IV infusions being the less common option.",
		  "Infusion therapy is a common approach where ketamine is administered directly into the bloodstream.",
		  { { ANT, "less common", "common" } } },
		{ "rarer against common", "Intravenous infusion is the rarer option.",
		  "Infusion therapy is a common approach.", { { ANT, "rarer", "common" } } },
		{ "not as common as: the subject after the fronted clause",
		  "Intramuscular and subcutaneous injections are the most common ways to give ketamine, ahead of IV infusion.",
		  "While not as common as infusion therapy, these injections are administered in a clinic setting.",
		  { { ANT, "common", "not as common" } } },
		{ "less common on both sides agrees",
		  "Nasal sprays and oral tablets are less common than IV infusions.", source, { { 0 } } },
		{ "less common and not as common agree",
		  "Intramuscular injections are less common than infusions.",
		  "While not as common as infusion therapy, these injections are administered in a clinic setting.",
		  { { 0 } } },
		{ "less likely with a condition is relative, not unlikely",
		  "Side effects are less likely with careful patient selection.",
		  "Side effects are likely at higher doses.", { { 0 } } },
		{ "less common than another thing is relative, not rare",
		  "Nasal sprays are less common than IV infusions.",
		  "Nasal sprays are a common option.", { { 0 } } },
		{ "at least as effective is no turn", "Ketamine is at least as effective as therapy.",
		  "Ketamine is effective in therapy.", { { 0 } } },
		{ "no less effective is no turn", "Ketamine is no less effective in therapy.",
		  "Ketamine is effective in therapy.", { { 0 } } },
		{ "not as common as: the claim speaks of the standard",
		  "Ketamine therapy is commonly given as an intravenous infusion in a clinic setting.",
		  "While not as common as infusion therapy, these injections are administered in a clinic setting.",
		  { { 0 } } },
		{ "not as common as: the claim speaks of the subject",
		  "Ketamine injections are commonly given in a clinic setting.",
		  "While not as common as infusion therapy, these injections are administered in a clinic setting.",
		  { { ANT, "commonly", "not as common" } } },
		{ "not as common as, the subject first: the claim speaks of the standard",
		  "IV infusion is a common approach.", "Nasal sprays are not as common as IV infusion.",
		  { { 0 } } },
		{ "large amounts against moderately, said of one verb",
		  "You will get the best result from ketamine when it is administered in large amounts.",
		  "You’ll get the best result when administered moderately.",
		  { { ANT, "large", "moderately" } } },
		{ "moderately said of another verb",
		  "Ketamine is administered in large amounts.",
		  "Patients exercise moderately.", { { 0 } } },
		{ "a role turned round: used for what the source says it follows",
		  "Nasal sprays and oral ketamine are mainly used for initial treatment, with infusions then reserved for maintenance.",
		  "These options are often used for maintenance therapy after initial treatments.",
		  { { SUB, "initial", "maintenance" } } },
		{ "a role turned round, the subject named",
		  "Nasal sprays are mostly used as the initial treatment.",
		  "Nasal sprays are often used for maintenance therapy after initial treatments.",
		  { { SUB, "initial", "maintenance" } } },
		{ "the role the source gives",
		  "Nasal sprays are often used for maintenance after initial treatments.",
		  "These options are often used for maintenance therapy after initial treatments.",
		  { { 0 } } },
		{ "a role of another subject",
		  "Infusions are mostly used as the initial treatment.",
		  "Nasal sprays are often used for maintenance therapy after initial treatments.",
		  { { 0 } } },
		{ "the fronted clause's subject is another thing",
		  "Nasal sprays are the most common way to give ketamine.",
		  "While not as common as infusion therapy, these injections are administered in a clinic setting.",
		  { { 0 } } },
	};

	(void)state;
	RUN(cases);
}

static void
test_conflict_huge_number_agrees_with_itself(void **state)
{
	char text[400];
	struct conflict out[4];

	(void)state;
	strcpy(text, "It takes 2");
	memset(text + 10, '0', 300);
	strcpy(text + 310, " minutes.");
	assert_int_equal(conflict_find(text, strlen(text), text, strlen(text), out, 4), 0);
}

/* A number conflict says whether its quantities are spans of time (claim.c counts those widely). */
static void
test_conflict_timed(void **state)
{
	static const char claim[] = "Depending on the dose, ketamine's effects take about 3 to 6 days.";
	static const char source[] = "Depending on the quantity being administered, Ketamine's "
	    "effects manifest in about 30 minutes to 3 hours.";
	static const char sessions[] = "Patients need about ten sessions.";
	static const char three[] = "Generally, it's about three or more sessions.";
	struct conflict out[4];

	(void)state;
	assert_int_equal(conflict_find(claim, strlen(claim), source, strlen(source), out, 4), 1);
	assert_int_equal(out[0].kind, CONFLICT_NUMBER);
	assert_true(out[0].timed);
	assert_int_equal(conflict_find(sessions, strlen(sessions), three, strlen(three), out, 4), 1);
	assert_int_equal(out[0].kind, CONFLICT_NUMBER);
	assert_false(out[0].timed);
}

/* The word lists fit their lookup table: a new opposite pair must not make every lookup scan. */
static void
test_conflict_lists_fit(void **state)
{
	(void)state;
	assert_true(conflict_lists_fit());
}

/* Whether a sentence gives a time of the kind the claim gives, agreeing or not. */
static void
test_conflict_quantities_said(void **state)
{
	static const struct {
		const char *claim, *source;
		int said;
	} cases[] = {
		{ "The effects of ketamine last for several years after one dose.",
		  "However, the effects are temporary, necessitating ongoing treatment.", 0 },
		{ "The effects of ketamine last for several years after one dose.",
		  "Its effects manifest in about 30 minutes to 3 hours.", 1 },	/* a time: conflicts say the rest */
		{ "Ketamine was first synthesized in the 1960s.",
		  "Ketamine was first synthesized decades ago.", 0 },
		{ "Ketamine was first synthesized in the 1960s.",
		  "Ketamine was discovered in 1962.", 1 },
		{ "Ketamine eases pain.", "Nothing about time here.", 1 },	/* no quantity */
		/* "a second receptor" gives no time; "a second" does */
		{ "Ketamine activates a second receptor.", "It activates another receptor.", 1 },
		{ "Ketamine acts in a second.", "It activates another receptor.", 0 },
		{ "Most patients need three or more sessions.", "Patients need repeated sessions.", 1 },
		{ "It works even in cases where other drugs took weeks.",
		  "It works in cases resistant to other drugs.", 1 },	/* a subordinate clause's */
	};
	(void)state;
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		struct conflict_claim *cl;
		assert_int_equal(conflict_claim_new(cases[k].claim, strlen(cases[k].claim), &cl), 0);
		int said = conflict_claim_quantities_said(cl, cases[k].source, strlen(cases[k].source));
		if (said != cases[k].said)
			fail_msg("\"%s\" / \"%s\": said %d, want %d", cases[k].claim, cases[k].source,
			    said, cases[k].said);
		conflict_claim_free(cl);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_conflict_corpus_true),
		cmocka_unit_test(test_conflict_quantities_said),
		cmocka_unit_test(test_conflict_lists_fit),
		cmocka_unit_test(test_conflict_corpus_false),
		cmocka_unit_test(test_conflict_numbers),
		cmocka_unit_test(test_conflict_negation),
		cmocka_unit_test(test_conflict_antonyms),
		cmocka_unit_test(test_conflict_substitutions),
		cmocka_unit_test(test_conflict_substitutions_of_terms),
		cmocka_unit_test(test_conflict_lexicon_antonyms),
		cmocka_unit_test(test_conflict_slot_substitutions),
		cmocka_unit_test(test_conflict_route_of_name),
		cmocka_unit_test(test_conflict_small_names),
		cmocka_unit_test(test_conflict_tag_swaps),
		cmocka_unit_test(test_conflict_name_variants),
		cmocka_unit_test(test_conflict_roles_and_groups),
		cmocka_unit_test(test_conflict_degrees),
		cmocka_unit_test(test_conflict_contrasts),
		cmocka_unit_test(test_conflict_order_and_limit),
		cmocka_unit_test(test_conflict_hostile_bytes),
		cmocka_unit_test(test_conflict_corpus_self),
		cmocka_unit_test(test_conflict_huge_number_agrees_with_itself),
		cmocka_unit_test(test_conflict_timed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
