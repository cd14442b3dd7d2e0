/*
 * test_thesaurus.c: the WordNet reader (lib/thesaurus.c) on a small
 * database written by the fixture in WordNet's own file format: licence
 * lines at the top, hundreds of filler lemmas around the real ones (so the
 * binary search has depth), synset offsets that are byte offsets, an
 * exception list, and lemmas the reader must skip (multi-word, marked
 * adjectives).
 */
#define _GNU_SOURCE	/* asprintf */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tempdir.h"
#include "thesaurus.h"

struct fixture {
	char dir[64];
	struct thesaurus *t;
};

static const char licence[] =
    "  1 This software and database is being provided to you, the LICENSEE, by  \n"
    "  2 Princeton University under the following license.  \n";

/*
 * One data line: body with "{k}" replaced by offs[k] (%08ld), after an
 * optional "NN:" lexicographer file (default 00).
 */
static void print_synset(FILE *f, long off, const char *pos, const char *body, const long *offs)
{
	const char *lexfile = "00";
	char lf[3], type = pos[0];
	if (body[0] == '~') {	/* an adjective satellite */
		type = 's';
		body++;
	}
	if (body[0] && body[1] && body[2] == ':') {
		memcpy(lf, body, 2);
		lf[2] = '\0';
		lexfile = lf;
		body += 3;
	}
	fprintf(f, "%08ld %s %c ", off, lexfile, type);
	for (const char *p = body; *p; p++) {
		if (*p == '{') {
			fprintf(f, "%08ld", offs[strtol(p + 1, NULL, 10)]);
			p = strchr(p, '}');
		} else {
			fputc(*p, f);
		}
	}
	fputs(" | a gloss\n", f);
}

/*
 * Write data.POS from synset bodies (words, pointer count, pointers); offs[i]
 * gets each line's byte offset.  Offsets are eight digits, so a first pass
 * with zeros finds every line's offset for the "{k}" pointers of the second.
 */
static void write_data(const char *dir, const char *pos, const char *const *synsets, int n,
    long *offs)
{
	char path[128];
	snprintf(path, sizeof path, "%s/data.%s", dir, pos);
	for (int pass = 0; pass < 2; pass++) {
		FILE *f = fopen(path, "w");
		assert_non_null(f);
		fputs(licence, f);
		for (int i = 0; i < n; i++) {
			long off = ftell(f);
			if (pass == 1)
				assert_int_equal(off, offs[i]);
			offs[i] = off;
			print_synset(f, off, pos, synsets[i], offs);
		}
		assert_int_equal(fclose(f), 0);
	}
}

static int by_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Write index.POS: the given lines plus 400 fillers, sorted bytewise, after the licence. */
static void write_index(const char *dir, const char *pos, char **lines, int n)
{
	char path[128], *all[512], fillers[400][32];
	int k = 0;
	for (int i = 0; i < n; i++)
		all[k++] = lines[i];
	for (int i = 0; i < 400; i++) {
		/* fillers on both sides of every real lemma */
		snprintf(fillers[i], sizeof fillers[i], "%c%03d %c 1 0 1 0 00000000",
		    "aklrsvwz"[i % 8], i, pos[0]);
		all[k++] = fillers[i];
	}
	qsort(all, (size_t)k, sizeof *all, by_line);
	snprintf(path, sizeof path, "%s/index.%s", dir, pos);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(licence, f);
	for (int i = 0; i < k; i++)
		fprintf(f, "%s  \n", all[i]);
	assert_int_equal(fclose(f), 0);
}

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[128];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/*
 * cntlist.rev: sense key, sense number, tag count, sorted bytewise, with
 * fillers around the real lemmas.  Keys next to a lemma's own sort between
 * and after them: "go_back%", "goa%", "repairman%"; an adjective's tags
 * ("repair%5", "straight%3") count only when every part of speech is asked for.
 */
static void write_counts(const char *dir)
{
	static const char *const real[] = {
		"a%1:00:00:: 1 2", "go%2:30:00:: 2 5", "go%2:38:00:: 1 40",
		"go_back%2:38:00:: 1 9", "goa%1:15:00:: 1 8", "repair%1:04:00:: 1 3",
		"repair%2:30:00:: 1 10", "repair%2:30:01:: 2 4", "repair%5:00:00:good:00 1 100",
		"repairman%1:18:00:: 1 7", "straight%3:00:00:: 1 50", "zzzz%1:00:00:: 1 6",
	};
	char *all[512], fillers[300][32], path[128];
	int k = 0;
	for (size_t i = 0; i < sizeof real / sizeof *real; i++)
		all[k++] = (char *)real[i];
	for (int i = 0; i < 300; i++) {
		snprintf(fillers[i], sizeof fillers[i], "%c%03d%%1:00:00:: 1 1", "bkrs"[i % 4], i);
		all[k++] = fillers[i];
	}
	qsort(all, (size_t)k, sizeof *all, by_line);
	snprintf(path, sizeof path, "%s/cntlist.rev", dir);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	for (int i = 0; i < k; i++)
		fprintf(f, "%s\n", all[i]);
	assert_int_equal(fclose(f), 0);
}

/* A fixture with a fresh, empty database folder. */
static struct fixture *new_fixture(void)
{
	struct fixture *fx = calloc(1, sizeof *fx);
	assert_non_null(fx);
	strcpy(fx->dir, "/tmp/test_thesaurus.XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	return fx;
}

static int setup(void **state)
{
	struct fixture *fx = new_fixture();

	static const char *const nouns[] = { "02 Repair 0 Fixing 0 000", "01 explanation 0 000",
		"02 a 0 b 0 000", "02 zzzz 0 zzzy 0 000" };
	long v[6], a[6] = { 0 }, nn[4];
	char *vl[12], *al[9], *nl[7], *explain;
	write_data(fx->dir, "noun", nouns, 4, nn);
	/* explain's sense points to its derived noun: word 1 here, word 1 there */
	assert_true(asprintf(&explain, "02 explain 0 clarify 0 002 @ 00000000 v 0000 + %08ld n 0101",
	    nn[1]) > 0);
	const char *const verbs[] = {
		"04 repair 0 mend 0 fix 0 restore 0 000",	/* repair's first sense */
		"02 doctor 0 repair 1 000",			/* its second */
		"03 keep_an_eye_on 0 watch 0 observe 0 000",
		"03 go 0 travel 0 move 0 000",
		"01 doctor 0 000",				/* doctor's first sense */
		explain,
	};
	/*
	 * antonyms: "permanent" (word 1) points to "impermanent" (word 1);
	 * "unsafe" is a satellite of "dangerous", whose antonym is "safe"
	 */
	static const char *const adjs[] = { "02 direct(a) 0 straight 0 000",
		"02 permanent 0 lasting 0 001 ! {2} a 0101",
		"02 impermanent 0 temporary 0 001 ! {1} a 0101",
		"01 safe 0 001 ! {4} a 0101",
		"01 dangerous 0 002 ! {3} a 0101 & {5} a 0000",
		"~01 unsafe 0 001 & {4} a 0000" };
	write_data(fx->dir, "verb", verbs, 6, v);
	write_data(fx->dir, "adj", adjs, 6, a);
	write_data(fx->dir, "adv", NULL, 0, NULL);
	assert_true(asprintf(&vl[0], "repair v 2 2 @ ~ 2 1 %08ld %08ld", v[0], v[1]) > 0);
	assert_true(asprintf(&vl[1], "watch v 1 0 1 1 %08ld", v[2]) > 0);
	assert_true(asprintf(&vl[2], "go v 1 0 1 1 %08ld", v[3]) > 0);
	/* the synonyms' own senses: "doctor" means repair in its second sense */
	assert_true(asprintf(&vl[3], "mend v 1 0 1 0 %08ld", v[0]) > 0);
	assert_true(asprintf(&vl[4], "fix v 1 0 1 0 %08ld", v[0]) > 0);
	assert_true(asprintf(&vl[5], "restore v 1 0 1 0 %08ld", v[0]) > 0);
	assert_true(asprintf(&vl[6], "doctor v 2 0 2 0 %08ld %08ld", v[4], v[1]) > 0);
	assert_true(asprintf(&vl[7], "observe v 1 0 1 0 %08ld", v[2]) > 0);
	assert_true(asprintf(&vl[8], "travel v 1 0 1 0 %08ld", v[3]) > 0);
	assert_true(asprintf(&vl[9], "move v 1 0 1 0 %08ld", v[3]) > 0);
	assert_true(asprintf(&vl[10], "explain v 1 0 1 0 %08ld", v[5]) > 0);
	assert_true(asprintf(&vl[11], "clarify v 1 0 1 0 %08ld", v[5]) > 0);
	assert_true(asprintf(&nl[2], "explanation n 1 0 1 0 %08ld", nn[1]) > 0);
	/* the first and the last line of the index (fillers are "a000" .. "z399") */
	assert_true(asprintf(&nl[3], "a n 1 0 1 0 %08ld", nn[2]) > 0);
	assert_true(asprintf(&nl[4], "b n 1 0 1 0 %08ld", nn[2]) > 0);
	assert_true(asprintf(&nl[5], "zzzz n 1 0 1 0 %08ld", nn[3]) > 0);
	assert_true(asprintf(&nl[6], "zzzy n 1 0 1 0 %08ld", nn[3]) > 0);
	assert_true(asprintf(&al[0], "straight a 1 0 1 0 %08ld", a[0]) > 0);
	assert_true(asprintf(&al[1], "direct a 1 0 1 0 %08ld", a[0]) > 0);
	static const char *const adj_lemmas[] = { "permanent", "lasting", "impermanent",
		"temporary", "safe", "dangerous", "unsafe" };
	static const int adj_synset[] = { 1, 1, 2, 2, 3, 4, 5 };
	for (int i = 0; i < 7; i++)
		assert_true(asprintf(&al[2 + i], "%s a 1 0 1 0 %08ld", adj_lemmas[i],
		    a[adj_synset[i]]) > 0);
	assert_true(asprintf(&nl[0], "repair n 1 0 1 0 %08ld", nn[0]) > 0);
	assert_true(asprintf(&nl[1], "fixing n 1 0 1 0 %08ld", nn[0]) > 0);
	write_index(fx->dir, "verb", vl, 12);
	write_index(fx->dir, "adj", al, 9);
	write_index(fx->dir, "noun", nl, 7);
	write_index(fx->dir, "adv", NULL, 0);
	write_file(fx->dir, "verb.exc", "gone go\nwent go\n");
	write_counts(fx->dir);
	for (int i = 0; i < 12; i++)
		free(vl[i]);
	for (int i = 0; i < 9; i++)
		free(al[i]);
	for (int i = 0; i < 7; i++)
		free(nl[i]);
	free(explain);
	assert_int_equal(thesaurus_open(fx->dir, &fx->t), 0);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	thesaurus_close(fx->t);
	assert_int_equal(tempdir_remove(fx->dir), 0);
	free(fx);
	return 0;
}

struct collected {
	char text[512], kinds[64];
	int calls, stop_after;
};

static int collect(void *ctx, const char *lemma, enum thesaurus_kind kind)
{
	struct collected *c = ctx;
	size_t nk = strlen(c->kinds);
	if (nk + 1 < sizeof c->kinds) {
		c->kinds[nk] = "BSDI"[kind];
		c->kinds[nk + 1] = '\0';
	}
	if (c->text[0])
		strcat(c->text, " ");
	strcat(c->text, lemma);
	c->calls++;
	return c->stop_after && c->calls == c->stop_after ? 7 : 0;
}

static const char *synonyms_their(struct thesaurus *t, const char *w, int senses, int their)
{
	static struct collected c;
	memset(&c, 0, sizeof c);
	assert_int_equal(thesaurus_each(t, w, senses, their, collect, &c), 0);
	return c.text;
}

static const char *synonyms(struct thesaurus *t, const char *w, int senses)
{
	return synonyms_their(t, w, senses, 100);
}

static void test_senses_in_order(void **state)
{
	struct fixture *fx = *state;
	/* the noun's lemmas come first (nouns are read first), lower-cased */
	assert_string_equal(synonyms(fx->t, "repair", 1), "fixing mend fix restore");
	assert_string_equal(synonyms(fx->t, "repair", 2), "fixing mend fix restore doctor");
	assert_string_equal(synonyms(fx->t, "repair", 0), "");
}

static void test_usual_senses(void **state)
{
	struct fixture *fx = *state;
	struct collected c;
	memset(&c, 0, sizeof c);
	/* repair's second verb sense ("doctor") was tagged 4 times to its first's 10 */
	assert_int_equal(thesaurus_each_usual(fx->t, "repair", 2, 100, collect, &c), 0);
	assert_string_equal(c.text, "fixing mend fix restore");
	assert_string_equal(synonyms(fx->t, "repair", 2), "fixing mend fix restore doctor");
	/* a word with one sense loses nothing */
	memset(&c, 0, sizeof c);
	assert_int_equal(thesaurus_each_usual(fx->t, "watch", 2, 100, collect, &c), 0);
	assert_string_equal(c.text, synonyms(fx->t, "watch", 2));
}

static void test_their_senses(void **state)
{
	struct fixture *fx = *state;
	/* "doctor" means "repair" only in its second sense */
	assert_string_equal(synonyms_their(fx->t, "repair", 2, 2), "fixing mend fix restore doctor");
	assert_string_equal(synonyms_their(fx->t, "repair", 2, 1), "fixing mend fix restore");
	/* "observe" means "watch" in its first sense */
	assert_string_equal(synonyms_their(fx->t, "watch", 1, 1), "observe");
}

static void test_derived_words(void **state)
{
	struct fixture *fx = *state;
	/* "+" from word 1 (explain) to word 1 of the noun synset; "@" is no derivation */
	assert_string_equal(synonyms(fx->t, "explain", 1), "clarify explanation");
	/* the pointer's source is "explain": "clarify" gets no derivation from it */
	assert_string_equal(synonyms(fx->t, "clarify", 1), "explain");
	/* "explanation" must mean this in its own first senses */
	assert_string_equal(synonyms_their(fx->t, "explain", 1, 1), "clarify explanation");
}

static void test_base_forms(void **state)
{
	struct fixture *fx = *state;
	/* suffix rules: "repairs" (noun and verb -s), "repairing", "repaired"; the
	 * base form comes first, once for each part of speech it is in */
	assert_string_equal(synonyms(fx->t, "repairs", 1),
	    "repair fixing repair mend fix restore");
	assert_string_equal(synonyms(fx->t, "repairing", 1), "repair mend fix restore");
	assert_string_equal(synonyms(fx->t, "repaired", 1), "repair mend fix restore");
	/* the exception list: "went" is a form of "go", and so is "gone" */
	assert_string_equal(synonyms(fx->t, "went", 1), "go gone travel move");
}

/*
 * A verb's irregular forms are found from its base ("understand":
 * "understood"), read off the exception list among the forms that begin
 * with the base's letter: "gone" for "go" and "goes", not "went", and
 * never a word itself.
 */
static void test_irregular_forms(void **state)
{
	struct fixture *fx = *state;
	struct collected c = { .calls = 0 };
	assert_int_equal(thesaurus_each(fx->t, "go", 1, 100, collect, &c), 0);
	assert_string_equal(c.text, "gone travel move");
	assert_string_equal(c.kinds, "ISS");
	memset(&c, 0, sizeof c);
	assert_int_equal(thesaurus_each(fx->t, "goes", 1, 100, collect, &c), 0);
	assert_string_equal(c.text, "go gone travel move");
	assert_string_equal(c.kinds, "BISS");
	assert_string_equal(synonyms(fx->t, "gone", 1), "go travel move");
}

static void test_skipped_lemmas(void **state)
{
	struct fixture *fx = *state;
	/* multi-word lemmas are skipped, adjective markers "(a)" dropped */
	assert_string_equal(synonyms(fx->t, "watch", 1), "observe");
	assert_string_equal(synonyms(fx->t, "straight", 1), "direct");
}

static void test_knows(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(thesaurus_knows(fx->t, "repair"), 1);
	assert_int_equal(thesaurus_knows(fx->t, "repaired"), 1);	/* by its base form */
	assert_int_equal(thesaurus_knows(fx->t, "went"), 1);	/* by the exception list */
	assert_int_equal(thesaurus_knows(fx->t, "unsafe"), 1);	/* an adjective */
	assert_int_equal(thesaurus_knows(fx->t, "zzzx"), 0);
	assert_int_equal(thesaurus_knows(fx->t, "repai"), 0);
	assert_int_equal(thesaurus_knows(fx->t, "Repair"), 0);	/* lower-case only */
	assert_int_equal(thesaurus_knows(NULL, "repair"), 0);
}

static void test_satellite_heads(void **state)
{
	struct fixture *fx = *state;
	/* a satellite says what its head says ("muddled": "confused"), not the reverse */
	assert_string_equal(synonyms(fx->t, "unsafe", 1), "dangerous");
	assert_string_equal(synonyms(fx->t, "dangerous", 1), "");
	struct collected c = { .calls = 0 };
	assert_int_equal(thesaurus_each(fx->t, "unsafe", 1, 100, collect, &c), 0);
	assert_string_equal(c.kinds, "S");
}

static void test_unknown_words(void **state)
{
	struct fixture *fx = *state;
	assert_string_equal(synonyms(fx->t, "zzzx", 3), "");
	assert_string_equal(synonyms(fx->t, "repai", 3), "");	/* a prefix is not a lemma */
	assert_string_equal(synonyms(fx->t, "Repair", 3), "");	/* callers lower-case */
	assert_string_equal(synonyms(fx->t, "k100", 3), "");	/* fillers are never returned */
	assert_string_equal(synonyms(fx->t, "", 3), "");
	assert_string_equal(synonyms(NULL, "repair", 3), "");
}

static void test_kinds(void **state)
{
	struct fixture *fx = *state;
	struct collected c = { .calls = 0 };
	assert_int_equal(thesaurus_each(fx->t, "repairs", 1, 100, collect, &c), 0);
	assert_string_equal(c.text, "repair fixing repair mend fix restore");
	assert_string_equal(c.kinds, "BSBSSS");	/* base form, synonym, ... */
	memset(&c, 0, sizeof c);
	assert_int_equal(thesaurus_each(fx->t, "explain", 1, 100, collect, &c), 0);
	assert_string_equal(c.kinds, "SD");	/* clarify, explanation */
}

static void test_first_and_last_lines(void **state)
{
	struct fixture *fx = *state;
	assert_string_equal(synonyms(fx->t, "a", 1), "b");
	assert_string_equal(synonyms(fx->t, "zzzz", 1), "zzzy");
	assert_string_equal(synonyms(fx->t, "zzzzz", 1), "");	/* past the last */
}

static void test_stop_value(void **state)
{
	struct fixture *fx = *state;
	struct collected c = { .stop_after = 2 };
	assert_int_equal(thesaurus_each(fx->t, "repair", 2, 100, collect, &c), 7);
	assert_string_equal(c.text, "fixing mend");
}

/*
 * A noun hierarchy for thesaurus_is_term: synset k (1 .. 7) is k hypernym
 * links below the root; "fix" is also a verb, "many" has three senses,
 * "health" is a state (lexicographer file 26), not a thing: a condition
 * (thesaurus_is_condition); "lithium" is an element.
 */
static int setup_terms(void **state)
{
	struct fixture *fx = new_fixture();
	static const char *const nouns[] = {
		"03:01 entity 0 000",
		"27:01 l1 0 001 @ {0} n 0000", "27:01 l2 0 001 @ {1} n 0000",
		"27:01 l3 0 001 @ {2} n 0000", "27:01 l4 0 001 @ {3} n 0000",
		"27:01 shallow 0 001 @ {4} n 0000", "27:01 l6 0 001 @ {5} n 0000",
		/* seven links by one path, five by another: the fewest count */
		"27:01 dopamine 0 001 @ {6} n 0000", "27:02 deep 0 neither 0 002 @ {6} n 0000 @i {4} n 0000",
		"26:01 health 0 001 @ {6} n 0000", "27:01 fix 0 001 @ {6} n 0000",
		"27:01 many 0 001 @ {6} n 0000", "18:01 medic 0 001 @ {6} n 0000",
		/* an element five links down, a metal below "chemical element" */
		"27:01 chemical_element 0 001 @ {2} n 0000", "27:01 metal 0 001 @ {13} n 0000",
		"27:01 lithium 0 001 @ {14} n 0000", "27:01 li 0 001 @ {14} n 0000",
	};
	long nn[17], v[1];
	static const char *const verbs[] = { "01 fix 0 000" };
	write_data(fx->dir, "noun", nouns, 17, nn);
	write_data(fx->dir, "verb", verbs, 1, v);
	write_data(fx->dir, "adj", NULL, 0, NULL);
	write_data(fx->dir, "adv", NULL, 0, NULL);
	char *nl[12], *vl[1];
	assert_true(asprintf(&nl[0], "dopamine n 1 1 @ 1 0 %08ld", nn[7]) > 0);
	assert_true(asprintf(&nl[1], "shallow n 1 1 @ 1 0 %08ld", nn[5]) > 0);
	assert_true(asprintf(&nl[2], "deep n 1 1 @ 1 0 %08ld", nn[8]) > 0);
	assert_true(asprintf(&nl[3], "health n 1 1 @ 1 0 %08ld", nn[9]) > 0);
	assert_true(asprintf(&nl[4], "fix n 1 1 @ 1 0 %08ld", nn[10]) > 0);
	assert_true(asprintf(&nl[5], "many n 3 1 @ 3 0 %08ld %08ld %08ld", nn[11], nn[7], nn[7]) > 0);
	assert_true(asprintf(&nl[6], "medic n 1 1 @ 1 0 %08ld", nn[12]) > 0);
	/* a person, and a substance too ("agonist") */
	assert_true(asprintf(&nl[7], "mixed n 2 1 @ 2 0 %08ld %08ld", nn[12], nn[7]) > 0);
	assert_true(asprintf(&nl[8], "chemical_element n 1 1 @ 1 0 %08ld", nn[13]) > 0);
	assert_true(asprintf(&nl[9], "metal n 1 1 @ 1 0 %08ld", nn[14]) > 0);
	assert_true(asprintf(&nl[10], "lithium n 1 1 @ 1 0 %08ld", nn[15]) > 0);
	assert_true(asprintf(&nl[11], "li n 1 1 @ 1 0 %08ld", nn[16]) > 0);
	assert_true(asprintf(&vl[0], "fix v 1 0 1 0 %08ld", v[0]) > 0);
	write_index(fx->dir, "noun", nl, 12);
	write_index(fx->dir, "verb", vl, 1);
	write_index(fx->dir, "adj", NULL, 0);
	write_index(fx->dir, "adv", NULL, 0);
	for (int i = 0; i < 12; i++)
		free(nl[i]);
	free(vl[0]);
	assert_int_equal(thesaurus_open(fx->dir, &fx->t), 0);
	*state = fx;
	return 0;
}

static void test_terms(void **state)
{
	struct fixture *fx = *state;
	static const struct {
		const char *w;
		int term, condition, subject, person;
	} cases[] = {
		{ "dopamine", 1, 0, 1, 0 },	/* a substance seven links down */
		{ "dopamines", 1, 0, 1, 0 },	/* by its base form */
		{ "shallow", 0, 0, 0, 0 },	/* five links: too general */
		{ "deep", 0, 0, 0, 0 },	/* seven by one path, five by the other */
		{ "health", 0, 1, 1, 0 },	/* a state, not a thing */
		{ "fix", 0, 0, 0, 0 },	/* also a verb */
		{ "many", 0, 0, 0, 0 },	/* three senses */
		{ "medic", 1, 0, 0, 1 },	/* a person: a term, no subject */
		{ "medics", 1, 0, 0, 1 },
		{ "mixed", 1, 0, 0, 0 },	/* a person first, a substance too: not only a person */
		{ "lithium", 0, 0, 1, 0 },	/* five links, but an element: a subject */
		{ "metal", 0, 0, 1, 0 },	/* one link below "chemical element" too */
		{ "li", 0, 0, 0, 0 },	/* an element's symbol, too short to name it */
		{ "zzzx", 0, 0, 0, 0 }, { "Dopamine", 0, 0, 0, 0 }, { "", 0, 0, 0, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		if (thesaurus_is_term(fx->t, cases[i].w) != cases[i].term)
			fail_msg("%s: expected term %d", cases[i].w, cases[i].term);
		if (thesaurus_is_condition(fx->t, cases[i].w) != cases[i].condition)
			fail_msg("%s: expected condition %d", cases[i].w, cases[i].condition);
		if (thesaurus_is_subject(fx->t, cases[i].w) != cases[i].subject)
			fail_msg("%s: expected subject %d", cases[i].w, cases[i].subject);
		if (thesaurus_is_person(fx->t, cases[i].w) != cases[i].person)
			fail_msg("%s: expected person %d", cases[i].w, cases[i].person);
	}
	assert_int_equal(thesaurus_is_person(NULL, "medic"), 0);
	assert_int_equal(thesaurus_is_term(NULL, "dopamine"), 0);
	assert_int_equal(thesaurus_is_condition(NULL, "health"), 0);
	assert_int_equal(thesaurus_is_subject(NULL, "health"), 0);
}

/*
 * Kinds: two drugs a few links apart, a person's roles, two states, and a
 * thing far from the drugs:
 *   entity <- drug <- anaesthetic/anesthetic
 *                  <- medicine/medication <- antidepressant
 *   entity <- professional (a person) <- doctor, nurse
 *   entity <- depression, anxiety (states)
 *   entity <- l1 <- l2 <- l3 <- remote
 */
static int setup_kinds(void **state)
{
	struct fixture *fx = new_fixture();
	static const char *const nouns[] = {
		"03:01 entity 0 000",
		"06:01 drug 0 001 @ {0} n 0000",
		"06:02 anaesthetic 0 anesthetic 0 001 @ {1} n 0000",
		"06:02 medicine 0 medication 0 001 @ {1} n 0000",
		"06:01 antidepressant 0 001 @ {3} n 0000",
		"18:01 professional 0 001 @ {0} n 0000",
		"18:01 doctor 0 001 @ {5} n 0000", "18:01 nurse 0 001 @ {5} n 0000",
		"26:01 depression 0 001 @ {0} n 0000", "26:01 anxiety 0 001 @ {0} n 0000",
		"06:01 l1 0 001 @ {0} n 0000", "06:01 l2 0 001 @ {10} n 0000",
		"06:01 l3 0 001 @ {11} n 0000", "06:01 remote 0 001 @ {12} n 0000",
	};
	static const char *const lemmas[] = { "drug", "anaesthetic", "anesthetic", "medicine",
		"medication", "antidepressant", "doctor", "nurse", "depression", "anxiety",
		"remote" };
	static const int synset[] = { 1, 2, 2, 3, 3, 4, 6, 7, 8, 9, 13 };
	enum { NLEMMAS = sizeof lemmas / sizeof *lemmas };
	long nn[14];
	char *nl[NLEMMAS];
	write_data(fx->dir, "noun", nouns, 14, nn);
	write_data(fx->dir, "verb", NULL, 0, NULL);
	write_data(fx->dir, "adj", NULL, 0, NULL);
	write_data(fx->dir, "adv", NULL, 0, NULL);
	for (int i = 0; i < NLEMMAS; i++)
		assert_true(asprintf(&nl[i], "%s n 1 1 @ 1 0 %08ld", lemmas[i], nn[synset[i]]) > 0);
	write_index(fx->dir, "noun", nl, NLEMMAS);
	write_index(fx->dir, "verb", NULL, 0);
	write_index(fx->dir, "adj", NULL, 0);
	write_index(fx->dir, "adv", NULL, 0);
	for (int i = 0; i < NLEMMAS; i++)
		free(nl[i]);
	assert_int_equal(thesaurus_open(fx->dir, &fx->t), 0);
	*state = fx;
	return 0;
}

static void test_different_kinds(void **state)
{
	struct fixture *fx = *state;
	static const struct {
		const char *a, *b;
		int different;
	} cases[] = {
		{ "antidepressant", "anaesthetic", 1 },	/* medicine and drug: a link apart */
		{ "anaesthetic", "antidepressants", 1 },	/* by the base form, either way */
		{ "anesthetic", "anaesthetic", 0 },	/* one synset */
		{ "drug", "anaesthetic", 0 },		/* a kind above the other */
		{ "antidepressant", "medication", 0 },
		{ "doctor", "nurse", 0 },		/* roles are renamed freely */
		{ "depression", "anxiety", 0 },		/* states are often both true */
		{ "antidepressant", "remote", 0 },	/* they meet four links up */
		{ "antidepressant", "zzzx", 0 }, { "", "drug", 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		if (thesaurus_different_kinds(fx->t, cases[i].a, cases[i].b) != cases[i].different)
			fail_msg("%s / %s: expected %d", cases[i].a, cases[i].b, cases[i].different);
	assert_int_equal(thesaurus_different_kinds(NULL, "drug", "medicine"), 0);
}

static void test_tag_counts(void **state)
{
	struct fixture *fx = *state;
	int nv = THESAURUS_NOUNS_VERBS;
	assert_int_equal(thesaurus_tag_count(fx->t, "repair", nv), 3 + 10 + 4);
	assert_int_equal(thesaurus_tag_count(fx->t, "repairs", nv), 17);	/* its base form */
	assert_int_equal(thesaurus_tag_count(fx->t, "went", nv), 5 + 40);	/* the exception list */
	assert_int_equal(thesaurus_tag_count(fx->t, "straight", nv), 0);	/* an adjective only */
	assert_int_equal(thesaurus_tag_count(fx->t, "a", nv), 2);	/* the first line */
	assert_int_equal(thesaurus_tag_count(fx->t, "zzzz", nv), 6);	/* the last line */
	assert_int_equal(thesaurus_tag_count(fx->t, "goa", nv), 0);	/* counted, but no lemma */
	assert_int_equal(thesaurus_tag_count(fx->t, "zzzx", nv), 0);
	assert_int_equal(thesaurus_tag_count(fx->t, "Repair", nv), 0);	/* callers lower-case */
	/* every part of speech: the adjective's tags too */
	assert_int_equal(thesaurus_tag_count(fx->t, "repair", THESAURUS_ALL_PARTS), 3 + 10 + 4 + 100);
	assert_int_equal(thesaurus_tag_count(fx->t, "straight", THESAURUS_ALL_PARTS), 50);
	assert_int_equal(thesaurus_tag_count(fx->t, "goa", THESAURUS_ALL_PARTS), 0);
	assert_int_equal(thesaurus_tag_count(NULL, "repair", THESAURUS_ALL_PARTS), 0);
}

/* A database without the count list: every word untagged, the rest as before. */
static void test_tag_counts_missing(void **state)
{
	struct fixture *fx = *state;
	char path[128];
	thesaurus_close(fx->t);
	snprintf(path, sizeof path, "%s/cntlist.rev", fx->dir);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(thesaurus_open(fx->dir, &fx->t), 0);
	assert_int_equal(thesaurus_tag_count(fx->t, "repair", THESAURUS_ALL_PARTS), 0);
	assert_string_equal(synonyms(fx->t, "repair", 1), "fixing mend fix restore");
}

static int collect_antonym(void *ctx, const char *lemma)
{
	struct collected *c = ctx;
	if (c->text[0])
		strcat(c->text, " ");
	strcat(c->text, lemma);
	c->calls++;
	return c->stop_after && c->calls == c->stop_after ? 7 : 0;
}

static const char *antonyms(struct thesaurus *t, const char *w, int senses)
{
	static struct collected c;
	memset(&c, 0, sizeof c);
	assert_int_equal(thesaurus_antonyms(t, w, senses, collect_antonym, &c), 0);
	return c.text;
}

static void test_antonyms(void **state)
{
	struct fixture *fx = *state;
	/* the pointer is from "permanent": its synonym "lasting" gets the whole target synset */
	assert_string_equal(antonyms(fx->t, "permanent", 1), "impermanent temporary");
	assert_string_equal(antonyms(fx->t, "lasting", 1), "impermanent temporary");
	assert_string_equal(antonyms(fx->t, "temporary", 1), "permanent lasting");
	/* a satellite has the antonyms of its head; the head is read once, not its satellites */
	assert_string_equal(antonyms(fx->t, "unsafe", 1), "safe");
	assert_string_equal(antonyms(fx->t, "dangerous", 1), "safe");
	/* no pointer, no sense, an unknown word, a noun */
	assert_string_equal(antonyms(fx->t, "straight", 1), "");
	assert_string_equal(antonyms(fx->t, "lasting", 0), "");
	assert_string_equal(antonyms(fx->t, "zzzzq", 2), "");
	assert_string_equal(antonyms(fx->t, "repair", 2), "");
	/* add's stop value ends the walk */
	struct collected c;
	memset(&c, 0, sizeof c);
	c.stop_after = 1;
	assert_int_equal(thesaurus_antonyms(fx->t, "lasting", 1, collect_antonym, &c), 7);
	assert_string_equal(c.text, "impermanent");
}

static void test_no_database(void **state)
{
	(void)state;
	struct thesaurus *t = (struct thesaurus *)1;
	assert_int_equal(thesaurus_open("/nonexistent/wordnet", &t), 1);
	assert_null(t);
	thesaurus_close(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_senses_in_order, setup, teardown),
		cmocka_unit_test_setup_teardown(test_their_senses, setup, teardown),
		cmocka_unit_test_setup_teardown(test_derived_words, setup, teardown),
		cmocka_unit_test_setup_teardown(test_base_forms, setup, teardown),
		cmocka_unit_test_setup_teardown(test_irregular_forms, setup, teardown),
		cmocka_unit_test_setup_teardown(test_skipped_lemmas, setup, teardown),
		cmocka_unit_test_setup_teardown(test_knows, setup, teardown),
		cmocka_unit_test_setup_teardown(test_satellite_heads, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_words, setup, teardown),
		cmocka_unit_test_setup_teardown(test_kinds, setup, teardown),
		cmocka_unit_test_setup_teardown(test_first_and_last_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stop_value, setup, teardown),
		cmocka_unit_test_setup_teardown(test_terms, setup_terms, teardown),
		cmocka_unit_test_setup_teardown(test_different_kinds, setup_kinds, teardown),
		cmocka_unit_test_setup_teardown(test_tag_counts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_antonyms, setup, teardown),
		cmocka_unit_test_setup_teardown(test_tag_counts_missing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_usual_senses, setup, teardown),
		cmocka_unit_test(test_no_database),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
