/*
 * plural.c: Latin and Greek plurals and their singulars (plural.h).
 *
 * Each rule swaps one ending for another when enough letters come before
 * it, which keeps short words out ("basis" is no "bases", "plus" no
 * "pli"), and a rule whose form Snowball would stem as another word's
 * goes one way only ("-ices").  Every rule that fits gives a form: "criteria" may be a
 * "criterium" or a "criterion", and only the index knows which is a word.
 */
#include <string.h>

#include "plural.h"
#include "textclass.h"

struct swap {
	const char *from, *to;
	size_t min_before;	/* letters before `from` */
	char not_after;		/* 0, or a letter that must not come just before `from` */
};

static const struct swap swaps[] = {
	{ "sis", "ses", 4, 0 },		/* analysis, hypotheses; not "thesis" (theses -> these) */
	{ "ses", "sis", 4, 0 },
	{ "us", "i", 3, 'o' },		/* nucleus, stimuli; not "various" */
	{ "i", "us", 3, 0 },
	{ "um", "a", 3, 0 },		/* bacterium, data, media */
	{ "a", "um", 3, 0 },
	{ "rion", "ria", 2, 0 },	/* criterion, mitochondria */
	{ "ria", "rion", 2, 0 },
	{ "lion", "lia", 2, 0 },	/* ganglion */
	{ "lia", "lion", 2, 0 },
	{ "non", "na", 3, 0 },		/* phenomenon */
	{ "na", "non", 3, 0 },
	/*
	 * Plural to singular only: Snowball stems "indices", "vertices" and
	 * "cortices" as it stems "indicate", "vertical" and "cortical".
	 */
	{ "ices", "ex", 2, 0 },		/* indices, vertices */
	{ "ices", "ix", 2, 0 },		/* matrices, appendices */
};

/* Metals whose -a form names their oxide: "titania" is no "titanium". */
static const char *const metals[] = {
	"aluminum", "barium", "beryllium", "calcium", "cerium", "chromium", "gallium",
	"germanium", "hafnium", "lanthanum", "lithium", "magnesium", "niobium",
	"scandium", "strontium", "tantalum", "thorium", "titanium", "uranium",
	"vanadium", "yttrium", "zirconium",
};

static int is_metal(const char *w, size_t n)
{
	return in_word_list(w, n, metals, sizeof metals / sizeof *metals);
}

size_t plural_forms(const char *word, size_t n,
    char out[PLURAL_MAX_FORMS][PLURAL_MAX_WORD + PLURAL_GROWTH + 1])
{
	size_t count = 0;
	if (n > PLURAL_MAX_WORD)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (word[i] < 'a' || word[i] > 'z')
			return 0;
	for (size_t r = 0; r < sizeof swaps / sizeof *swaps && count < PLURAL_MAX_FORMS; r++) {
		const struct swap *s = &swaps[r];
		size_t from = strlen(s->from), to = strlen(s->to);
		if (n < s->min_before + from || memcmp(word + n - from, s->from, from) != 0)
			continue;
		size_t before = n - from;
		if (s->not_after && word[before - 1] == s->not_after)
			continue;
		char *o = out[count];
		memcpy(o, word, before);
		memcpy(o + before, s->to, to);
		o[before + to] = '\0';
		/* the -um form is the metal's name, whichever way the rule goes */
		if ((strcmp(s->from, "um") == 0 && is_metal(word, n)) ||
		    (strcmp(s->to, "um") == 0 && is_metal(o, before + to)))
			continue;
		count++;
	}
	return count;
}
