/*
 * words.c: the words a query is ranked on (words.h).
 *
 * A word's synonyms are the colocated terms the tokenizer gives at query
 * time (a base word's -ment noun); its raw forms are left out, so that a
 * word matches what its stem matches.  A word found nowhere in the index
 * is never widened into another word: a claim reports it as unknown.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rank.h"
#include "words.h"

/* Dropped from claims (and only from claims): they say nothing about the source. */
static const char *const stop_words[] = {
	"a", "about", "above", "abt", "after", "again", "against", "all", "also", "am",
	"an", "and", "any", "are", "as", "at", "bc", "be", "because", "been", "before",
	"being", "below", "between", "both", "but", "by", "can", "cannot", "could", "cuz",
	"did", "do", "does", "doing", "down", "during", "each", "either", "few", "for", "from",
	"further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
	"him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
	"itself", "just", "may", "me", "might", "more", "most", "must", "my", "myself",
	"no", "nor", "not", "now", "of", "off", "on", "once", "one", "ones", "only", "or",
	"other", "ought", "our", "ours", "ourselves", "out", "over", "own", "same",
	"shall", "she", "should", "so", "some", "such", "than", "that", "the", "their",
	"theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
	"through", "thru", "to", "too", "under", "until", "up", "upon", "ur", "urself",
	"us", "very", "was", "we", "were", "what", "when", "where", "which", "while",
	"who", "whom", "why", "will", "with", "within", "would", "ya", "you", "your",
	"yours", "yourself", "yourselves",
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int words_in_list(const char *w, const char *const *list, size_t n)
{
	return bsearch(&w, list, n, sizeof *list, cmp_str) != NULL;
}

/*
 * The stop words in a hash set, built once (pthread_once: claims are
 * checked on several threads) and only read after: feedback asks about
 * every word of its passages, and the sorted list's binary search took
 * eight string comparisons a word.
 */
#define STOP_SLOTS 512	/* a power of two, over twice the stop words */
static const char *stop_set[STOP_SLOTS];
static pthread_once_t stop_once = PTHREAD_ONCE_INIT;

static uint32_t stop_hash(const char *w)
{
	uint32_t h = 2166136261u;
	for (; *w; w++)
		h = (h ^ (unsigned char)*w) * 16777619u;
	return h;
}

static void build_stop_set(void)
{
	for (size_t i = 0; i < sizeof stop_words / sizeof *stop_words; i++) {
		uint32_t at = stop_hash(stop_words[i]) & (STOP_SLOTS - 1);
		while (stop_set[at])
			at = (at + 1) & (STOP_SLOTS - 1);
		stop_set[at] = stop_words[i];
	}
}

/*
 * Negated auxiliaries written without an apostrophe: a chat's ("dont",
 * "cant"), Scots ("dinnae", "cannae"), Geordie ("divvent", "cannit"),
 * Jamaican ("nuh") and Trinidadian ("doh").  Sorted.
 */
static const char *const bare_negations[] = {
	"aint", "arent", "cannae", "cannit", "cant", "couldnae", "couldnt", "didnae", "didnt",
	"dinnae", "divvent", "doan", "doesnae", "doesnt", "doh", "dont", "hadnae", "hadnt", "hasnae",
	"hasnt",
	"havenae", "havent",
	"isnae", "isnt", "mustnt", "nuh", "shouldnae", "shouldnt", "wasnae", "wasnt", "werenae",
	"werent", "willnae", "wont", "wouldnae", "wouldnt",
};

int words_is_negated_auxiliary(const char *w)
{
	size_t n = strlen(w);
	return (n > 3 && strcmp(w + n - 3, "n't") == 0) ||
	    (n > 5 && strcmp(w + n - 5, "n\xe2\x80\x99t") == 0) ||
	    words_in_list(w, bare_negations, sizeof bare_negations / sizeof *bare_negations);
}

/*
 * A pronoun with its verb in one word ("they're", "you've", "there's",
 * "it'll", "I'm"; the apostrophe ASCII or U+2019): a stop word as the
 * pronoun and the verb are.  A noun's "'s" ("ketamine's") is no such word.
 */
static int pronoun_contraction(const char *w)
{
	static const char *const pronouns[] = {
		"he", "here", "how", "i", "it", "let", "she", "that", "there", "they", "we",
		"what", "where", "who", "you",
	};
	static const char *const verbs[] = { "d", "ll", "m", "re", "s", "ve" };
	const char *apos = strchr(w, '\'');
	size_t after = 1;
	if (apos == NULL && (apos = strstr(w, "\xe2\x80\x99")) != NULL)
		after = 3;
	if (apos == NULL || apos == w)
		return 0;
	size_t n = (size_t)(apos - w);
	int pronoun = 0, verb = 0;
	for (size_t i = 0; i < sizeof pronouns / sizeof *pronouns && !pronoun; i++)
		pronoun = strlen(pronouns[i]) == n && strncmp(w, pronouns[i], n) == 0;
	for (size_t i = 0; i < sizeof verbs / sizeof *verbs && !verb; i++)
		verb = strcmp(apos + after, verbs[i]) == 0;
	return pronoun && verb;
}

int words_is_stop(const char *w)
{
	if (words_is_negated_auxiliary(w) || pronoun_contraction(w))
		return 1;
	(void)pthread_once(&stop_once, build_stop_set);
	for (uint32_t at = stop_hash(w) & (STOP_SLOTS - 1); stop_set[at];
	    at = (at + 1) & (STOP_SLOTS - 1))
		if (stop_set[at][0] == w[0] && strcmp(stop_set[at], w) == 0)
			return 1;
	return 0;
}

void words_free(struct words *ws)
{
	for (int i = 0; i < ws->n; i++) {
		free(ws->w[i].surface);
		for (int k = 0; k < ws->w[i].nstems; k++) {
			free(ws->w[i].stems[k]);
			free(ws->w[i].stem_words[k]);
		}
	}
	ws->n = 0;
	for (int i = 0; i < ws->nleft_out; i++) {
		free(ws->left_out[i]);
		free(ws->left_out_stem[i]);
	}
	ws->nleft_out = ws->more_left_out = 0;
}

/* A word past WORDS_MAX: named in left_out unless it is there already. */
static int leave_out(struct words *ws, const char *text, size_t len, const char *stem, size_t n)
{
	for (int i = 0; i < ws->nleft_out; i++)
		if (strlen(ws->left_out_stem[i]) == n && memcmp(ws->left_out_stem[i], stem, n) == 0)
			return 0;
	if (ws->nleft_out == WORDS_LEFT_OUT_KEPT) {
		ws->more_left_out = 1;
		return 0;
	}
	char *s = strndup(text, len), *t = strndup(stem, n);
	if (s == NULL || t == NULL) {
		free(s);
		free(t);
		return -1;
	}
	ws->left_out[ws->nleft_out] = s;
	ws->left_out_stem[ws->nleft_out++] = t;
	return 0;
}

/*
 * Whether w (UTF-8) holds only pictographs: emoji, dingbats, arrows and
 * other symbols, with their joiners and variation selectors.  A chat's
 * "🤯" is no word a source could say.
 */
static int only_pictographs(const char *w)
{
	const unsigned char *p = (const unsigned char *)w;
	if (*p == '\0')
		return 0;
	while (*p) {
		uint32_t c;
		size_t len;
		if (p[0] < 0x80)
			return 0;
		if ((p[0] & 0xE0) == 0xC0)
			c = p[0] & 0x1F, len = 2;
		else if ((p[0] & 0xF0) == 0xE0)
			c = p[0] & 0x0F, len = 3;
		else if ((p[0] & 0xF8) == 0xF0)
			c = p[0] & 0x07, len = 4;
		else
			return 0;
		for (size_t i = 1; i < len; i++) {
			if ((p[i] & 0xC0) != 0x80)
				return 0;
			c = (c << 6) | (p[i] & 0x3F);
		}
		int symbol = (c >= 0x2190 && c <= 0x2BFF) ||	/* arrows .. dingbats, symbols */
		    c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) ||	/* joiner, selectors */
		    (c >= 0x1F000 && c <= 0x1FAFF) ||		/* emoji, pictographs */
		    (c >= 0xE0020 && c <= 0xE007F);		/* tags */
		if (!symbol)
			return 0;
		p += len;
	}
	return 1;
}

struct word_collect {
	struct words *ws;
	const char *text;
	int stop_filter;
	int skipping;		/* the current word was dropped: skip its synonyms */
	int oom;
};

int words_find(const struct words *ws, const char *stem, size_t n)
{
	for (int i = 0; i < ws->n; i++)
		if (strlen(ws->w[i].stems[0]) == n && memcmp(ws->w[i].stems[0], stem, n) == 0)
			return i;
	return -1;
}

/* Whether text[0 .. at) ends with `before` (ASCII case ignored). */
static int after_any(const char *text, size_t at, const char *before)
{
	size_t n = strlen(before);
	return at >= n && strncasecmp(text + at - n, before, n) == 0;
}

/*
 * Stop words that, typed in capitals inside a claim that is not all
 * capitals, are acronyms: "WHO" (World Health Organization), "US" (United
 * States).  Sorted.
 */
static const char *const acronym_stops[] = { "us", "who" };

/*
 * Whether the typed word text[start .. end) (lower-cased: surface) is such
 * an acronym: every letter a capital, and some other letter of text small.
 */
static int stop_acronym(const char *text, size_t start, size_t end, const char *surface)
{
	if (!words_in_list(surface, acronym_stops, sizeof acronym_stops / sizeof *acronym_stops))
		return 0;
	for (size_t k = start; k < end; k++)
		if (!isupper((unsigned char)text[k]))
			return 0;
	for (const char *p = text; *p; p++)
		if (islower((unsigned char)*p))
			return 1;
	return 0;
}

static int collect_word(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct word_collect *c = ctx;
	struct words *ws = c->ws;
	if (n == 0)
		return 0;
	if (colocated) {
		if (c->skipping || ws->n == 0 || term[0] == TOKENIZER_RAW_MARK)
			return 0;
		struct word *w = &ws->w[ws->n - 1];
		if (w->nstems < WORDS_MAX_SYNONYMS && (w->stems[w->nstems] = strndup(term, n)) != NULL)
			w->nstems++;
		return 0;
	}
	c->skipping = 1;
	char surface[128];
	size_t sl = end - start < sizeof surface - 1 ? end - start : sizeof surface - 1;
	memcpy(surface, c->text + start, sl);
	surface[sl] = 0;
	for (char *p = surface; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	/* a lone letter ("e" and "g" of "e.g.") says nothing about a source either */
	/*
	 * An acronym that is a stop word in small letters ("WHO") keeps its
	 * capitals as its stem: the index, all small letters, cannot tell it
	 * from the pronoun, so no source is taken to say it.
	 */
	int acronym = c->stop_filter && stop_acronym(c->text, start, end, surface);
	if (c->stop_filter && !acronym &&
	    (words_is_stop(surface) || sl == 1 || only_pictographs(surface)))
		return 0;
	if (acronym) {
		term = c->text + start;
		n = end - start;
	}
	int seen = words_find(ws, term, n);
	if (seen >= 0) {
		ws->w[seen].qtf++;
		return 0;
	}
	if (ws->n >= WORDS_MAX) {
		if (leave_out(ws, c->text + start, end - start, term, n) != 0) {
			c->oom = 1;
			return 1;
		}
		return 0;
	}
	struct word *w = &ws->w[ws->n];
	memset(w, 0, sizeof *w);
	w->surface = strndup(c->text + start, end - start);
	w->stems[0] = strndup(term, n);
	if (w->surface == NULL || w->stems[0] == NULL) {
		free(w->surface);
		free(w->stems[0]);
		c->oom = 1;
		return 1;
	}
	w->nstems = 1;
	w->qtf = 1;
	w->acronym = acronym;
	/* "the '60s", "the 60s": the decade of the last century a writer means */
	if (sl == 3 && isdigit((unsigned char)surface[0]) && surface[1] == '0' &&
	    surface[2] == 's' && (after_any(c->text, start, "'") ||
	    after_any(c->text, start, "\xe2\x80\x99") || after_any(c->text, start, "the "))) {
		char decade[6] = "19";
		memcpy(decade + 2, surface, 4);
		if ((w->stems[1] = strdup(decade)) != NULL)
			w->nstems = 2;
	}
	ws->n++;
	c->skipping = 0;
	return 0;
}

void words_idf_word(struct index_stats *st, struct word *w)
{
	double n = index_stats_passages(st) > 0 ? index_stats_passages(st) : 1;
	double df = 0;
	if (w->prefix) {
		df = index_stats_prefix_df(st, w->stems[0]);
	} else if (w->has_df) {
		df = w->df;
	} else {
		for (int k = 0; k < w->nstems; k++)
			df += index_stats_df(st, w->stems[k]);
	}
	w->df = df;
	w->idf = rank_idf(df, n);
	if (w->idf < 0.05)
		w->idf = 0.05;
}

void words_idf(struct index_stats *st, struct words *ws)
{
	for (int i = 0; i < ws->n; i++)
		words_idf_word(st, &ws->w[i]);
}

int words_collect(struct tokenizer_session *tok, const char *text, int stop_filter,
    enum tokenizer_mode mode, struct words *ws)
{
	struct word_collect c = { ws, text, stop_filter, 1, 0 };
	int before = ws->n;
	if (tokenizer_run(tok, mode, text, strlen(text), collect_word, &c) < 0 || c.oom)
		return -1;
	if (mode == TOKENIZER_PREFIX && ws->n > before)
		ws->w[ws->n - 1].prefix = 1;
	return 0;
}
