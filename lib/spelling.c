/*
 * spelling.c: a word's American and British spellings (spelling.h).
 *
 * A word is rewritten in two steps: the Greek digraphs and sulph-/sulf-
 * at its start or inside it, then at most one ending.  An ending rule
 * names the letters it swaps, the endings that may follow them
 * ("behavi|our|al" -> "behavi|or|al") and how many letters must come
 * before them, which keeps short words ("four", "hour", "size", "sense")
 * out.  Pure: it only rewrites letters.
 */
#include <string.h>

#include "spelling.h"
#include "textclass.h"

static const char *const our_endings[] = {
	"", "s", "ed", "ing", "al", "ally", "ite", "ites", "able", "ably", "ful", "less",
	"er", "ers", "hood", "hoods", "ist", "ists",
};
static const char *const ize_endings[] = {
	"e", "ed", "es", "ing", "er", "ers", "ation", "ations", "ational", "able",
};
static const char *const yze_endings[] = { "e", "ed", "es", "ing", "er", "ers" };
static const char *const plural_endings[] = { "", "s" };
static const char *const ll_endings[] = { "ed", "ing", "er", "ers" };
static const char *const no_ending[] = { "" };

/* Words in -our that are no British spelling of an -or word. */
static const char *const our_words[] = {
	"amour", "contour", "detour", "devour", "flour", "paramour", "scour",
	"troubadour", "velour",
};

struct ending_rule {
	const char *from, *to;
	const char *const *endings;
	size_t nendings;
	size_t min_before;	/* letters before `from` */
	const char *after;	/* NULL, or the letters that may come just before `from` */
	int our;		/* the -our rule: its exceptions apply */
};

#define ENDINGS(a) a, sizeof a / sizeof *a

/* The first rule whose letters end the word applies. */
static const struct ending_rule american[] = {
	{ "our", "or", ENDINGS(our_endings), 2, NULL, 1 },	/* tumour, behavioural */
	{ "is", "iz", ENDINGS(ize_endings), 3, NULL, 0 },	/* organise, randomisation */
	{ "ys", "yz", ENDINGS(yze_endings), 2, NULL, 0 },	/* analyse, catalysed */
	{ "tre", "ter", ENDINGS(plural_endings), 2, "aein", 0 },	/* centre, metres */
	{ "tred", "tered", ENDINGS(no_ending), 2, "aein", 0 },	/* centred */
	{ "tring", "tering", ENDINGS(no_ending), 2, "aein", 0 },	/* centring */
	{ "bre", "ber", ENDINGS(plural_endings), 2, "aei", 0 },	/* fibre, sabre */
	{ "ence", "ense", ENDINGS(plural_endings), 3, NULL, 0 },	/* defence, licences */
	{ "ogue", "og", ENDINGS(plural_endings), 3, NULL, 0 },	/* catalogue, homologues */
	{ "amme", "am", ENDINGS(plural_endings), 4, NULL, 0 },	/* programme */
	{ "ll", "l", ENDINGS(ll_endings), 4, "ae", 0 },	/* labelled, travelling */
};
static const struct ending_rule british[] = {
	{ "or", "our", ENDINGS(our_endings), 2, NULL, 1 },
	{ "iz", "is", ENDINGS(ize_endings), 3, NULL, 0 },
	{ "yz", "ys", ENDINGS(yze_endings), 2, NULL, 0 },
	{ "ter", "tre", ENDINGS(plural_endings), 2, "aein", 0 },
	{ "tered", "tred", ENDINGS(no_ending), 2, "aein", 0 },
	{ "tering", "tring", ENDINGS(no_ending), 2, "aein", 0 },
	{ "ber", "bre", ENDINGS(plural_endings), 2, "aei", 0 },
	{ "ense", "ence", ENDINGS(plural_endings), 3, NULL, 0 },
	{ "og", "ogue", ENDINGS(plural_endings), 3, NULL, 0 },
	{ "am", "amme", ENDINGS(plural_endings), 4, NULL, 0 },
	{ "l", "ll", ENDINGS(ll_endings), 4, "ae", 0 },
};

static int is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static int ends_with(const char *w, size_t n, const char *s, size_t sn)
{
	return n >= sn && memcmp(w + n - sn, s, sn) == 0;
}


/*
 * The -our rule's exceptions: "contour" is no "contor", and "door",
 * "floor" and "poor" have no British "doour".  base[0 .. n) is the word
 * before "our" or "or".
 */
static int our_exception(const char *base, size_t n)
{
	char w[SPELLING_MAX_WORD + 4];
	if (n > 0 && base[n - 1] == 'o')
		return 1;
	memcpy(w, base, n);
	memcpy(w + n, "our", 3);
	return in_word_list(w, n + 3, our_words, sizeof our_words / sizeof *our_words);
}

/* Apply the first rule that fits w[0 .. *n) in place; whether one did. */
static int rewrite_ending(char *w, size_t *n, const struct ending_rule *rules, size_t nrules)
{
	for (size_t r = 0; r < nrules; r++) {
		const struct ending_rule *rule = &rules[r];
		size_t from = strlen(rule->from), to = strlen(rule->to);
		for (size_t e = 0; e < rule->nendings; e++) {
			const char *end = rule->endings[e];
			size_t en = strlen(end);
			if (*n < rule->min_before + from + en || !ends_with(w, *n, end, en) ||
			    !ends_with(w, *n - en, rule->from, from))
				continue;
			size_t before = *n - en - from;
			if (rule->after != NULL && strchr(rule->after, w[before - 1]) == NULL)
				continue;
			if (rule->our && our_exception(w, before))
				return 0;
			memmove(w + before + to, w + before + from, en);
			memcpy(w + before, rule->to, to);
			*n = before + to + en;
			return 1;
		}
	}
	return 0;
}

/* Remove w[at] from w[0 .. *n). */
static void drop(char *w, size_t *n, size_t at)
{
	memmove(w + at, w + at + 1, *n - at - 1);
	(*n)--;
}

/*
 * Greek ae and oe, American e: "haem", "anaemia", "paediatric",
 * "aetiology" (not "aerosol", nor the plural "algae"); "oestrogen",
 * "oedema"; "diarrhoea", "dyspnoea"; and the few words where oe stands
 * between consonants in British text only ("foetus", "coeliac", "amoeba",
 * "homoeostasis"), not "poet" or "coefficient".
 */
static void american_digraphs(char *w, size_t *n)
{
	static const char *const oe_stems[] = { "foet", "coel", "amoeb", "homoeo" };
	for (size_t i = 0; i + 2 < *n; i++) {
		if (w[i] == 'a' && w[i + 1] == 'e' &&
		    (i == 0 ? w[2] != 'r' && !is_vowel(w[2]) : !is_vowel(w[i - 1])))
			drop(w, n, i);
		else if (w[i] == 'o' && w[i + 1] == 'e' &&
		    ((i == 0 && !is_vowel(w[2])) ||
		    (i > 0 && (w[i - 1] == 'h' || w[i - 1] == 'n') && w[i + 2] == 'a')))
			drop(w, n, i);
	}
	for (size_t k = 0; k < sizeof oe_stems / sizeof *oe_stems; k++) {
		size_t sn = strlen(oe_stems[k]);
		for (size_t i = 0; i + sn <= *n; i++)
			if (memcmp(w + i, oe_stems[k], sn) == 0) {
				const char *oe = strstr(oe_stems[k], "oe");
				drop(w, n, i + (size_t)(oe - oe_stems[k]));
				break;
			}
	}
}

size_t spelling_variant(const char *word, size_t n, enum spelling_kind kind, char *out)
{
	if (n < 4 || n > SPELLING_MAX_WORD)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (word[i] < 'a' || word[i] > 'z')
			return 0;
	size_t len = n;
	int changed;
	if (kind == SPELLING_AMERICAN && n > 5 && memcmp(word, "sulph", 5) == 0) {
		memcpy(out, "sulf", 4);
		memcpy(out + 4, word + 5, n - 5);
		len = n - 1;
	} else if (kind == SPELLING_BRITISH && n > 4 && memcmp(word, "sulf", 4) == 0) {
		memcpy(out, "sulph", 5);
		memcpy(out + 5, word + 4, n - 4);
		len = n + 1;
	} else {
		memcpy(out, word, n);
	}
	if (kind == SPELLING_AMERICAN)
		american_digraphs(out, &len);
	changed = len != n || memcmp(out, word, n) != 0;
	if (kind == SPELLING_AMERICAN)
		changed |= rewrite_ending(out, &len, american, sizeof american / sizeof *american);
	else
		changed |= rewrite_ending(out, &len, british, sizeof british / sizeof *british);
	out[len] = '\0';
	return changed ? len : 0;
}
