/*
 * searchfixture.h: the index and result collector shared by test_search.c
 * and test_ranking.c.
 *
 * The group setup builds, through store.h, an index of 32 passages in four
 * fake sources (vaccines, sleep, oceans, forests) whose vocabularies barely
 * overlap, so that BM25's IDF means something; fixture_new builds another
 * from any sources.  The collector keeps copies of every result, and
 * assert_results_genuine checks each result's text against the source
 * bytes it claims to come from.  Include after cmocka.h.
 */
#ifndef SEARCHFIXTURE_H
#define SEARCHFIXTURE_H

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>

#include "search.h"
#include "store.h"
#include "util.h"
#include "tempdir.h"

/* ---- the corpus --------------------------------------------------------- */

struct fake_para {
	const char *section;
	const char *text;
};

struct fake_source {
	const char *path, *title;
	struct fake_para paras[8];
};

static const struct fake_source corpus[] = {
	{ "corpus/health/vaccines.txt", "Vaccines and Immunity", {
		{ "", "Vaccines train the immune system to recognise a pathogen. Antibodies remain in the blood for years." },
		{ "", "The measles vaccine is highly effective. Two doses protect about 97 percent of children." },
		{ "", "Side effects of vaccination are usually mild. A sore arm and a low fever are common." },
		{ "", "Herd immunity protects people who cannot be vaccinated. It requires high coverage in the population." },
		{ "", "mRNA vaccines deliver instructions for making a viral protein. The body then produces antibodies." },
		{ "", "Booster doses may not restore antibody levels completely, but they are safe. Immunity fades slowly after the primary series." },
		{ "", "Well-known vaccine myths don't survive scrutiny. Autism is not caused by vaccines." },
		{ "", "Cold chain storage keeps vaccines potent. Some need freezers at minus 70 degrees." },
	} },
	{ "corpus/health/sleep.txt", "Sleep Science", {
		{ "", "Adults need seven to nine hours of sleep each night. Chronic sleep loss harms memory." },
		{ "", "REM sleep is when most vivid dreams occur. The brain is highly active during REM." },
		{ "", "Caffeine blocks adenosine receptors and delays sleep. Its half-life is about five hours." },
		{ "", "Melatonin rises in the evening as light fades. Blue light from screens suppresses melatonin." },
		{ "", "Insomnia affects about one in ten adults. Cognitive behavioural therapy is the first treatment." },
		{ "", "Naps shorter than thirty minutes improve alertness. Longer naps cause grogginess." },
		{ "", "Sleep apnea interrupts breathing during the night. Snoring is a common sign." },
		{ "", "Teenagers have a later circadian rhythm. School start times clash with their biology." },
	} },
	{ "corpus/nature/oceans.md", "Ocean Currents", {
		{ "Currents", "The Gulf Stream carries warm water north across the Atlantic. It moderates the climate of Europe." },
		{ "Reefs", "Coral reefs grow in warm shallow water. Bleaching occurs when the water is too hot." },
		{ "Currents", "Deep ocean currents are driven by salinity and temperature. This is the thermohaline circulation." },
		{ "Currents", "Upwelling brings cold nutrient-rich water to the surface. Fisheries thrive near upwelling zones." },
		{ "Reefs", "Coral polyps host algae that feed them. The reef depends on this partnership." },
		{ "Pollution", "Plastic debris collects in ocean gyres. The largest is the Great Pacific garbage patch." },
		{ "Tides", "Tides are caused by the gravity of the moon and sun. Spring tides are the largest." },
		{ "Climate", "Sea level rise threatens low islands. Warm water expands and glaciers melt." },
	} },
	{ "corpus/nature/forests.md", "Forest Ecology", {
		{ "", "Old-growth forests store vast amounts of carbon. Their soils hold even more than the trees." },
		{ "Soil", "Mycorrhizal fungi link tree roots in a network. Trees share sugars through these fungi." },
		{ "Fire", "Wildfire is a natural part of many forest ecosystems. Some pine cones open only after fire." },
		{ "", "Deforestation in the Amazon releases carbon. Cattle ranching is the main driver." },
		{ "Wildlife", "Woodpeckers nest in dead trees called snags. Snags not only shelter woodpeckers but also support many other species." },
		{ "", "Rainforest canopies hold most of the biodiversity. Epiphytes grow on high branches." },
		{ "", "Bark beetles kill weakened trees during drought. Warmer winters let the beetles spread." },
		{ "Soil", "Coral fungi grow on the forest floor. They are named for their branching shape." },
	} },
};

#define NSOURCES (sizeof corpus / sizeof *corpus)
#define NPARAS 8
#define NP(a) (sizeof a / sizeof *a)

struct fixture {
	char dir[64], path[128];
	struct store *store;
	struct search *search;
	char *text[NSOURCES];	/* each source's bytes as indexed */
	size_t text_len[NSOURCES];
};

static inline void add_source(struct store *s, const struct fake_source *src, struct buf *text)
{
	size_t starts[NPARAS], lines[NPARAS];
	char err[512];
	int64_t id;
	size_t line = 1;

	buf_reset(text);
	for (size_t i = 0; i < NPARAS; i++) {
		if (i)
			buf_puts(text, "\n\n"), line += 2;
		starts[i] = text->len;
		lines[i] = line;
		buf_puts(text, src->paras[i].text);
	}
	buf_puts(text, "\n");
	struct store_source_info info = {
		.path = src->path, .title = src->title, .format = "text",
		.size = (int64_t)text->len, .mtime_ns = 1,
		.hash = util_hash(UTIL_HASH_INIT, text->data, text->len),
	};
	if (store_source_put(s, &info, &id, err, sizeof err) != 0)
		fail_msg("store_source_put: %s", err);
	for (size_t i = 0; i < NPARAS; i++) {
		size_t len = strlen(src->paras[i].text);
		struct store_passage p = {
			.ordinal = i, .section = src->paras[i].section,
			.section_len = strlen(src->paras[i].section),
			.line_start = lines[i], .line_end = lines[i],
			.byte_start = starts[i], .byte_end = starts[i] + len,
			.body = text->data + starts[i], .body_len = len,
		};
		if (store_passage_add(s, id, src->title, &p, err, sizeof err) != 0)
			fail_msg("store_passage_add: %s", err);
	}
	if (store_source_finish(s, id, NPARAS, err, sizeof err) != 0)
		fail_msg("store_source_finish: %s", err);
}

/*
 * An index of the n sources, open for searching; the texts of the first
 * NSOURCES are kept.  NULL (with a message) if it cannot be made.
 */
static inline struct fixture *fixture_new(const struct fake_source *sources, size_t n)
{
	struct fixture *f = calloc(1, sizeof *f);
	char err[512];
	struct store *w;
	if (f == NULL)
		return NULL;
	snprintf(f->dir, sizeof f->dir, "/tmp/test_search.XXXXXX");
	if (mkdtemp(f->dir) == NULL) {
		free(f);
		return NULL;
	}
	snprintf(f->path, sizeof f->path, "%s/index.db", f->dir);
	if (store_open(f->path, STORE_WRITE, &w, err, sizeof err) != 0 ||
	    store_begin(w, 0, err, sizeof err) != 0) {
		fprintf(stderr, "setup: %s\n", err);
		return NULL;
	}
	for (size_t i = 0; i < n; i++) {
		struct buf text = { 0 };
		add_source(w, &sources[i], &text);
		if (i < NSOURCES) {
			f->text[i] = text.data;
			f->text_len[i] = text.len;
		} else {
			buf_free(&text);
		}
	}
	if (store_commit(w, err, sizeof err) != 0) {
		fprintf(stderr, "setup: %s\n", err);
		return NULL;
	}
	store_close(w);
	if (store_open(f->path, STORE_READ, &f->store, err, sizeof err) != 0 ||
	    search_open(store_db(f->store), &f->search, err, sizeof err) != 0) {
		fprintf(stderr, "setup: %s\n", err);
		return NULL;
	}
	return f;
}

/* Close and delete the fixture's index; 0, or -1 if its folder stays. */
static inline int fixture_free(struct fixture *f)
{
	search_close(f->search);
	store_close(f->store);
	for (size_t i = 0; i < NSOURCES; i++)
		free(f->text[i]);
	int rc = tempdir_remove(f->dir);
	free(f);
	return rc;
}

static inline int group_setup(void **state)
{
	*state = fixture_new(corpus, NSOURCES);
	return *state ? 0 : -1;
}

static inline int group_teardown(void **state)
{
	return fixture_free(*state);
}

/* ---- collecting results ------------------------------------------------- */

#define MAX_RESULTS 64

struct got {
	int64_t id, byte_start, byte_end, line_start, line_end;
	char *source, *title, *section, *text, *snippet, *explain;
	size_t text_len;
	double score, coverage;
	int has_sentence;
	char *sentence;
	size_t sentence_off, sentence_len;
	int64_t sentence_byte_start, sentence_byte_end, sentence_line;
	char *matched, *missing;	/* space-separated */
	size_t nmatched, nmissing;
	int has_words;
	enum verdict verdict, support;
	char *unknown;			/* space-separated */
	size_t nconflicts;
	char *conflict;			/* the first: "kind claim|source" */
};

struct collector {
	struct got r[MAX_RESULTS];
	int n;
	int calls;
	int stop_at;	/* return stop_value on this call (1-based); 0: never */
	int stop_value;
	int bad_pointers;	/* sentence outside text */
};

static inline char *join_words(const char *const *w, size_t n)
{
	struct buf b = { 0 };
	buf_append(&b, "", 0);
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_puts(&b, " ");
		buf_puts(&b, w[i]);
	}
	return b.data;
}

static inline int collect(void *ctx, const struct search_result *r)
{
	struct collector *c = ctx;
	c->calls++;
	if (c->n < MAX_RESULTS) {
		struct got *g = &c->r[c->n++];
		g->id = r->passage_id;
		g->byte_start = r->byte_start;
		g->byte_end = r->byte_end;
		g->line_start = r->line_start;
		g->line_end = r->line_end;
		g->source = strdup(r->source);
		g->title = strdup(r->title);
		g->section = strdup(r->section);
		g->text = strndup(r->text, r->text_len);
		g->text_len = r->text_len;
		g->snippet = strdup(r->snippet);
		g->explain = r->explain ? strdup(r->explain) : NULL;
		g->score = r->score;
		g->coverage = r->coverage;
		g->has_sentence = r->has_sentence;
		if (r->has_sentence) {
			if (r->sentence < r->text || r->sentence + r->sentence_len > r->text + r->text_len)
				c->bad_pointers++;
			else
				g->sentence_off = (size_t)(r->sentence - r->text);
			g->sentence = strndup(r->sentence, r->sentence_len);
			g->sentence_len = r->sentence_len;
			g->sentence_byte_start = r->sentence_byte_start;
			g->sentence_byte_end = r->sentence_byte_end;
			g->sentence_line = r->sentence_line;
		}
		g->has_words = r->matched != NULL;
		g->matched = join_words(r->matched, r->nmatched);
		g->missing = join_words(r->missing, r->nmissing);
		g->nmatched = r->nmatched;
		g->nmissing = r->nmissing;
		g->verdict = r->verdict;
		g->support = r->support;
		g->unknown = join_words(r->unknown, r->nunknown);
		g->nconflicts = r->nconflicts;
		if (r->nconflicts) {
			struct buf b = { 0 };
			buf_printf(&b, "%s %s|%s", r->conflicts[0].kind, r->conflicts[0].claim_words,
			    r->conflicts[0].source_words);
			g->conflict = b.data;
		}
	}
	if (c->stop_at && c->calls == c->stop_at)
		return c->stop_value;
	return 0;
}

static inline void collector_free(struct collector *c)
{
	for (int i = 0; i < c->n; i++) {
		struct got *g = &c->r[i];
		free(g->source);
		free(g->unknown);
		free(g->conflict);
		free(g->title);
		free(g->section);
		free(g->text);
		free(g->snippet);
		free(g->explain);
		free(g->sentence);
		free(g->matched);
		free(g->missing);
	}
	memset(c, 0, sizeof *c);
}

/* Run a query; returns search_run's value, results in c (to be freed). */
static inline int run(void **state, const char *q, const struct search_options *o,
    struct collector *c, struct search_info *info, char *err, size_t errlen)
{
	struct fixture *f = *state;
	static const struct search_options defaults = { 0 };
	memset(c, 0, sizeof *c);
	return search_run(f->search, q, o ? o : &defaults, collect, c, info, err, errlen);
}

/* Run a query that must succeed; returns the number of results. */
static inline int run_ok(void **state, const char *q, const struct search_options *o,
    struct collector *c)
{
	char err[512] = "";
	int n = run(state, q, o, c, NULL, err, sizeof err);
	if (n < 0)
		fail_msg("search_run(\"%s\") = %d: %s", q, n, err);
	assert_int_equal(n, c->n);
	return n;
}

/* Lowercase copy contains needle (needle is lowercase). */
static inline int contains(const char *text, const char *needle)
{
	size_t n = strlen(text);
	char *low = malloc(n + 1);
	assert_non_null(low);
	for (size_t i = 0; i <= n; i++)
		low[i] = (char)tolower((unsigned char)text[i]);
	int found = strstr(low, needle) != NULL;
	free(low);
	return found;
}

/* Every result is a real slice of its source: bytes, lines and title agree. */
static inline void assert_results_genuine(void **state, const struct collector *c)
{
	struct fixture *f = *state;
	for (int i = 0; i < c->n; i++) {
		const struct got *g = &c->r[i];
		size_t k;
		for (k = 0; k < NSOURCES; k++)
			if (strcmp(corpus[k].path, g->source) == 0)
				break;
		if (k == NSOURCES)
			fail_msg("result from unknown source %s", g->source);
		assert_string_equal(g->title, corpus[k].title);
		assert_true(g->byte_start >= 0 && g->byte_end > g->byte_start);
		assert_true((size_t)g->byte_end <= f->text_len[k]);
		assert_int_equal(g->text_len, (size_t)(g->byte_end - g->byte_start));
		assert_memory_equal(f->text[k] + g->byte_start, g->text, g->text_len);
		int64_t line = 1;
		for (int64_t b = 0; b < g->byte_start; b++)
			line += f->text[k][b] == '\n';
		assert_int_equal(g->line_start, line);
	}
}


static inline void assert_scores_ordered(const struct collector *c)
{
	for (int i = 0; i < c->n; i++) {
		if (!(c->r[i].score > 0))
			fail_msg("result %d: score %g is not positive", i, c->r[i].score);
		if (i && c->r[i].score > c->r[i - 1].score)
			fail_msg("result %d: score %g above the previous %g", i, c->r[i].score,
			    c->r[i - 1].score);
	}
}

#endif
