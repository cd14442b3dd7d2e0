/*
 * evidence.c: what a passage shows of a query's words (evidence.h).
 *
 * The passage is tokenized as the index tokenized it (stems and colocated
 * raw forms), so a word is present here exactly when the index would match
 * it in this passage.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "evidence.h"
#include "kin.h"
#include "passage.h"
#include "search.h"
#include "util.h"

/*
 * One evidence_analyse call: the words' stem lengths, and which bytes
 * start a stem, measured once a passage instead of once a token (the
 * look-ups were 2.5% of a bench claim's instructions).
 */
struct analysis {
	struct evidence *a;
	const char *text;		/* the passage, whose bytes a kin stem's token must spell */
	int prefixes;			/* some word is a prefix */
	int restating;			/* some word restates another (words.h) */
	unsigned char first[256];	/* a stem starts with this byte (all: a stem is empty) */
	size_t len[WORDS_MAX][WORDS_MAX_STEMS];
};

/* Whether the token text[start, end) spells one of the words that brought kin stem s (words.h). */
static int spells_kin(const struct analysis *an, const struct word *w, int s, size_t start,
    size_t end)
{
	const char *list = w->stem_words[s];
	if (list == NULL)
		return 1;
	for (const char *p = list; *p;) {
		char word[64];
		size_t len = strcspn(p, " ");
		if (len < sizeof word) {
			memcpy(word, p, len);
			word[len] = '\0';
			if (kin_inflection(an->text + start, end - start, word))
				return 1;
		}
		p += len;
		p += *p == ' ';
	}
	return 0;
}

/* Whether the token text[start, end) is "fast" as going without food (words.h). */
static int says_going_without(const char *text, size_t start, size_t end)
{
	size_t n = end - start;
	if ((n == 7 && strncasecmp(text + start, "fasting", 7) == 0) ||
	    (n == 6 && strncasecmp(text + start, "fasted", 6) == 0))
		return 1;
	return n == 4 && strncasecmp(text + start, "fast", 4) == 0 &&
	    (strncmp(text + end, " for ", 5) == 0 || strncmp(text + end, " before ", 8) == 0);
}

/*
 * Does the term, at text[start, end), match one of word k's first nstems
 * stems?  The index of the stem, plus one; 0 for none.
 */
static int word_matches(const struct analysis *an, int k, int nstems, const char *term, size_t n,
    size_t start, size_t end)
{
	const struct word *w = &an->a->ws->w[k];
	if (n > 0 && term[0] == TOKENIZER_RAW_MARK) {
		term++;
		n--;
		if (!w->prefix)
			return 0;
	}
	if (w->going_without && !says_going_without(an->text, start, end))
		return 0;
	for (int s = 0; s < nstems && s < w->nstems; s++) {
		size_t sl = an->len[k][s];
		if (w->prefix ? (n >= sl && memcmp(term, w->stems[s], sl) == 0)
		    : (n == sl && memcmp(term, w->stems[s], sl) == 0 &&
		    spells_kin(an, w, s, start, end)))
			return s + 1;
	}
	return 0;
}

/* Does the term match one of word k's joint stems (words.h)? */
static int joint_matches(const struct analysis *an, int k, const char *term, size_t n)
{
	const struct word *w = &an->a->ws->w[k];
	for (int s = w->joint_from; s < w->joint_to && s < w->nstems; s++)
		if (n == an->len[k][s] && memcmp(term, w->stems[s], n) == 0)
			return 1;
	return 0;
}

/* Word i is present at [start, end), met by its stem stem: 0, or 1 when out of memory. */
static int add_hit(struct evidence *a, size_t start, size_t end, int i, int kin, int stem)
{
	a->present[i]++;
	if (a->nhits == a->cap) {
		size_t cap = a->cap ? a->cap * 2 : 32;
		struct evidence_hit *h = realloc(a->hits, cap * sizeof *h);
		if (h == NULL) {
			a->oom = 1;
			return 1;
		}
		a->hits = h;
		a->cap = cap;
	}
	a->hits[a->nhits++] = (struct evidence_hit){ start, end, i, kin, stem };
	return 0;
}

/*
 * Words that share their stem with words of another meaning ("several"
 * and "severe" are both "sever"): such a word meets only itself.
 */
static const char *const stem_strangers[] = { "several" };

/* Whether the claim word w and the token text[start, end) only share a stem by chance. */
static int stem_clash(const struct word *w, const char *text, size_t start, size_t end)
{
	for (size_t k = 0; k < sizeof stem_strangers / sizeof *stem_strangers; k++) {
		size_t n = strlen(stem_strangers[k]);
		int in_claim = strcasecmp(w->surface, stem_strangers[k]) == 0;
		int in_text = end - start == n &&
		    strncasecmp(text + start, stem_strangers[k], n) == 0;
		if (in_claim != in_text)
			return 1;
	}
	return 0;
}

static int analyse_token(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	const struct analysis *an = ctx;
	struct evidence *a = an->a;
	if (!colocated)
		a->length++;
	/* a token no stem can match: a raw form without prefix words, another first byte */
	if (n > 0 && term[0] == TOKENIZER_RAW_MARK && !an->prefixes)
		return 0;
	size_t lead = n > 0 && term[0] == TOKENIZER_RAW_MARK;
	if (n > lead && !an->first[(unsigned char)term[lead]])
		return 0;
	/*
	 * The token states the claim word that is its own stem; failing
	 * that, the first word it is kin to that nothing stated yet:
	 * "connections" is the word "connections" even when "synaptic",
	 * before it, counts "connection" as kin.
	 */
	int i = -1, stem = 0, m;
	for (int k = 0; k < a->ws->n && i < 0; k++)
		if (word_matches(an, k, 1, term, n, start, end) &&
		    !stem_clash(&a->ws->w[k], an->text, start, end))
			i = k;
	int kin = i < 0;
	for (int k = 0; kin && k < a->ws->n; k++)
		if ((m = word_matches(an, k, WORDS_MAX_STEMS, term, n, start, end)) > 0 &&
		    (m > 1 || !stem_clash(&a->ws->w[k], an->text, start, end)) &&
		    (i < 0 || (a->present[i] && !a->present[k]))) {
			i = k;
			stem = m - 1;
		}
	if (i < 0)
		return 0;
	/* a raw form and its stem at one position count once */
	if (a->nhits && a->hits[a->nhits - 1].start == start)
		return 0;
	if (add_hit(a, start, end, i, kin, stem))
		return 1;
	/* a word the claim names twice, in other words, is stated by either */
	for (int k = 0; an->restating && k < a->ws->n; k++)
		if (k != i && (a->ws->w[k].restates == i + 1 || a->ws->w[i].restates == k + 1) &&
		    add_hit(a, start, end, k, 1, 0))
			return 1;
	/* an acronym states every word of its run */
	if (kin && joint_matches(an, i, term, n))
		for (int k = 0; k < a->ws->n; k++)
			if (k != i && joint_matches(an, k, term, n) &&
			    add_hit(a, start, end, k, 1, a->ws->w[k].joint_from))
				return 1;
	return 0;
}

int evidence_analyse(struct tokenizer_session *tok, const struct words *ws, const char *text,
    size_t len, struct evidence *a)
{
	struct analysis an;
	free(a->hits);
	memset(a, 0, sizeof *a);
	a->ws = ws;
	an.a = a;
	an.text = text;
	an.prefixes = 0;
	an.restating = 0;
	memset(an.first, 0, sizeof an.first);
	for (int k = 0; k < ws->n; k++) {
		const struct word *w = &ws->w[k];
		an.prefixes |= w->prefix;
		an.restating |= w->restates != 0;
		for (int s = 0; s < w->nstems && s < WORDS_MAX_STEMS; s++) {
			an.len[k][s] = strlen(w->stems[s]);
			if (an.len[k][s] == 0)
				memset(an.first, 1, sizeof an.first);
			else
				an.first[(unsigned char)w->stems[s][0]] = 1;
		}
	}
	if (tokenizer_run(tok, TOKENIZER_DOCUMENT, text, len, analyse_token, &an) < 0 || a->oom)
		return -1;
	return 0;
}

double evidence_coverage(const struct words *ws, const int *present)
{
	double have = 0, all = 0;
	for (int i = 0; i < ws->n; i++) {
		if (ws->w[i].optional && !present[i])
			continue;
		all += ws->w[i].idf;
		if (present[i])
			have += ws->w[i].idf;
	}
	return all > 0 ? have / all : 0;
}

void evidence_free(struct evidence *a)
{
	free(a->hits);
	memset(a, 0, sizeof *a);
}

int evidence_best_sentence(const struct evidence *a, const char *text, size_t len,
    size_t *start_out, size_t *end_out)
{
	const struct words *ws = a->ws;
	int found = 0;
	size_t pos = 0, start, end;
	double best = -1;
	while (passage_next_sentence(text, len, &pos, &start, &end)) {
		int seen[WORDS_MAX] = { 0 };
		if (evidence_is_question(text, start, end))
			continue;
		double score = 0;
		int hits = 0;
		for (size_t h = 0; h < a->nhits; h++) {
			if (a->hits[h].start < start || a->hits[h].end > end)
				continue;
			hits++;
			if (!seen[a->hits[h].word]++)
				score += ws->w[a->hits[h].word].idf;
		}
		/* ties go to the shorter sentence: denser evidence */
		score += 0.001 * hits - 0.00001 * (double)(end - start);
		if (score > best) {
			best = score;
			*start_out = start;
			*end_out = end;
			found = 1;
		}
	}
	return found;
}

int evidence_is_question(const char *text, size_t start, size_t end)
{
	while (end > start && isspace((unsigned char)text[end - 1]))
		end--;
	return end > start && text[end - 1] == '?';
}

static double coverage_of(const struct evidence *a, size_t start, size_t end)
{
	int present[WORDS_MAX];
	evidence_presence(a, start, end, present);
	return evidence_coverage(a->ws, present);
}

/* The first word of text[start .. end) in lower case into w: its length, or 0. */
static size_t first_word(const char *text, size_t start, size_t end, char *w, size_t size)
{
	size_t n = 0;
	while (start + n < end && n < size - 1 && isalpha((unsigned char)text[start + n])) {
		w[n] = (char)tolower((unsigned char)text[start + n]);
		n++;
	}
	if (start + n < end && isalnum((unsigned char)text[start + n]))
		return 0;	/* longer than w, or glued to a digit */
	w[n] = 0;
	return n;
}

/* Whether text[start .. end) holds the lower-case word w, any case. */
static int holds_word(const char *text, size_t start, size_t end, const char *w)
{
	size_t n = strlen(w);
	for (size_t i = start; i + n <= end; i++)
		if ((i == start || !isalnum((unsigned char)text[i - 1])) &&
		    (i + n == end || !isalnum((unsigned char)text[i + n])) &&
		    strncasecmp(text + i, w, n) == 0)
			return 1;
	return 0;
}

/*
 * Whether sentence [start, end) goes on about what the sentence before,
 * [prev_start, prev_end), is about: it opens with a word pointing back
 * ("It", "These", "Such"), with a connective ("However", "And", "But"),
 * with a word of the sentence before ("BDNF ... BDNF supports"), or its
 * subject after a short opening phrase points back or is a word of the
 * sentence before ("Given in small doses, it", "By blocking the NMDA
 * receptor, ketamine" after "... ketamine operates ...").
 */
#define BACK_REACH 6	/* words a pointing-back pronoun may open a sentence with */
#define NAMED_BEFORE_REACH 10	/* words before "the drug" that points back */

static int continues(const char *text, size_t prev_start, size_t prev_end, size_t start,
    size_t end)
{
	static const char *const openers[] = {
		"additionally", "also", "and", "both", "but", "consequently", "furthermore", "he",
		"her", "his", "however", "it", "its", "likewise", "moreover", "she", "similarly",
		"such", "their", "these", "they", "this", "those", "thus", "yet",
	};
	char w[32];
	size_t n = first_word(text, start, end, w, sizeof w);
	if (n == 0)
		return 0;
	if (words_in_list(w, openers, sizeof openers / sizeof *openers))
		return 1;
	if (n >= 3 && !words_is_stop(w) && holds_word(text, prev_start, prev_end, w))
		return 1;
	/* "You may have to take it repeatedly": a pronoun among its first words */
	static const char *const back[] = { "it", "them", "they", "this" };
	static const char *const named_before[] = { "drug", "medication", "medicine" };
	size_t at0 = start;
	for (int k = 0; k < NAMED_BEFORE_REACH && at0 < end; k++) {
		while (at0 < end && text[at0] == ' ')
			at0++;
		size_t m = first_word(text, at0, end, w, sizeof w);
		if (m == 0)
			break;
		if (k < BACK_REACH && words_in_list(w, back, sizeof back / sizeof *back))
			return 1;
		/* "the recipient of the drug": the drug just named */
		if (strcmp(w, "the") == 0 && at0 + m < end) {
			char next[16];
			size_t at1 = at0 + m;
			while (at1 < end && text[at1] == ' ')
				at1++;
			if (first_word(text, at1, end, next, sizeof next) > 0 &&
			    words_in_list(next, named_before, sizeof named_before /
			    sizeof *named_before))
				return 1;
		}
		while (at0 < end && text[at0] != ' ')
			at0++;
	}
	/* "Administered in much smaller doses, it can ...": the subject after an opening phrase */
	size_t at = start, words = 0;
	while (at < end && text[at] != ',' && text[at] != ';' && words <= 8)
		words += text[at++] == ' ';
	if (at >= end || text[at] != ',' || words > 8)
		return 0;
	for (at++; at < end && text[at] == ' '; at++)
		;
	n = first_word(text, at, end, w, sizeof w);
	return n > 0 && (words_in_list(w, openers, sizeof openers / sizeof *openers) ||
	    (n >= 3 && !words_is_stop(w) && holds_word(text, prev_start, prev_end, w)));
}

int evidence_continues(const char *text, size_t prev_start, size_t prev_end, size_t start,
    size_t end)
{
	return continues(text, prev_start, prev_end, start, end);
}

#define WINDOW_MAX 3	/* sentences read as one at most (evidence_best_window's sentences) */

int evidence_best_window(const struct evidence *a, const char *text, size_t len, double gain,
    int sentences, size_t *start_out, size_t *end_out)
{
	int most = sentences < 1 ? 1 : sentences > WINDOW_MAX ? WINDOW_MAX : sentences;
	if (!evidence_best_sentence(a, text, len, start_out, end_out))
		return 0;
	double single = coverage_of(a, *start_out, *end_out);
	double need = single + gain - 1e-9, best = single + 1e-9;
	size_t pos = 0, start, end, starts[WINDOW_MAX] = { 0 }, prev_end = 0;
	int chain = 0;	/* sentences so far that each continue the one before */
	while (passage_next_sentence(text, len, &pos, &start, &end)) {
		if (evidence_is_question(text, start, end))
			chain = 0;	/* asks; says nothing */
		else if (chain > 0 && continues(text, starts[0], prev_end, start, end))
			chain = chain < most ? chain + 1 : most;
		else
			chain = 1;
		memmove(starts + 1, starts, sizeof *starts * (WINDOW_MAX - 1));
		starts[0] = start;
		prev_end = end;
		/* the windows ending here: the last two sentences, the last three */
		for (int k = 1; k < chain; k++) {
			double c = coverage_of(a, starts[k], end);
			if (c >= need && c > best) {	/* and always more than one alone */
				best = c;
				*start_out = starts[k];
				*end_out = end;
			}
		}
	}
	return 1;
}

void evidence_presence(const struct evidence *a, size_t start, size_t end, int *present)
{
	memset(present, 0, sizeof *present * WORDS_MAX);
	for (size_t h = 0; h < a->nhits; h++)
		if (a->hits[h].start >= start && a->hits[h].end <= end)
			present[a->hits[h].word]++;
}

char *evidence_mark(const struct evidence *a, const char *text, size_t start, size_t end)
{
	struct buf b = { 0 };
	size_t at = start;
	for (size_t h = 0; h < a->nhits; h++) {
		if (a->hits[h].start < at || a->hits[h].end > end)
			continue;
		buf_append(&b, text + at, a->hits[h].start - at);
		buf_append(&b, (char[]){ SEARCH_MARK_ON }, 1);
		buf_append(&b, text + a->hits[h].start, a->hits[h].end - a->hits[h].start);
		buf_append(&b, (char[]){ SEARCH_MARK_OFF }, 1);
		at = a->hits[h].end;
	}
	buf_append(&b, text + at, end - at);
	if (b.oom) {
		buf_free(&b);
		return NULL;
	}
	return b.data ? b.data : strdup("");
}
