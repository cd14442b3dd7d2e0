/*
 * test_ranking.c: unit tests of lib/ranking.c through search_run, on the
 * index of searchfixture.h: a source's score from its passages (decay),
 * the claims' re-ranking pool scored exactly as the index would score it,
 * feedback only where the best passage covers the claim,
 * and top-k pruning (MaxScore, its second pass over sets of words, row
 * skipping) returning exactly what scoring every row returns, on the
 * fixture's index and on a random Zipf-like one where the second pass runs
 * often.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "searchfixture.h"

/* A source's row scores best + decay x second + decay^2 x third ... */
static void test_ranking_source_decay(void **state)
{
	struct collector all, grouped;
	struct search_tuning tu;
	double decays[] = { 0, 0.5, 1 };
	search_tuning_default(&tu);
	struct search_options o = { .limit = 50, .tuning = &tu };
	/* "coral" is in two passages of oceans.md and one of forests.md */
	run_ok(state, "coral", &o, &all);
	assert_int_equal(all.n, 3);
	for (size_t d = 0; d < NP(decays); d++) {
		tu.source_decay = decays[d];
		struct search_options g = { .limit = 50, .per_source = 1, .tuning = &tu };
		run_ok(state, "coral", &g, &grouped);
		assert_int_equal(grouped.n, 2);
		for (int i = 0; i < grouped.n; i++) {
			double expect = 0, f = 1;
			for (int k = 0; k < all.n; k++)	/* all is in score order */
				if (strcmp(all.r[k].source, grouped.r[i].source) == 0) {
					expect += f * all.r[k].score;
					f *= decays[d];
				}
			if (fabs(grouped.r[i].score - expect) > 1e-9)
				fail_msg("decay %g, %s: score %g, expected %g", decays[d],
				    grouped.r[i].source, grouped.r[i].score, expect);
		}
		assert_scores_ordered(&grouped);
		collector_free(&grouped);
	}
	collector_free(&all);
}

/* Count the phrases ("...") of an expression. */
/*
 * Claims re-rank a pool of the best rows of their own words.  When the
 * pool holds every such row, the re-ranked rows come in the order the
 * whole index gives them with the expanded query (which may put in
 * between rows holding only added words), with the same scores, and
 * explain shows the same score.
 */
static void test_ranking_pool_scores_as_index(void **state)
{
	static const char *const claims[] = {
		"coral reefs bleach in hot water",
		"vaccines make the body produce antibodies",
		"adults need hours of sleep every night for memory",
		"fungi connect the roots of trees",
	};
	int compared = 0;
	for (size_t q = 0; q < NP(claims); q++) {
		struct collector pooled, whole;
		struct search_info ip = { 0 }, iw = { 0 };
		char err[256];
		struct search_tuning tu;
		search_tuning_default(&tu);
		tu.source_decay = 0;	/* a source scores as its best row */
		tu.rerank_depth = 1000;
		tu.expand_terms = 10;	/* the pool needs feedback */
		tu.expand_sources_per_passage = 0;	/* which the fixture's four sources would not get */
		struct search_options o = { .claim = 1, .limit = 4, .per_source = 3, .tuning = &tu,
		    .explain = 1 };
		int np = run(state, claims[q], &o, &pooled, &ip, err, sizeof err);
		struct search_tuning tw = tu;
		tw.rerank_depth = 0;
		o.tuning = &tw;
		o.limit = 40;
		int nw = run(state, claims[q], &o, &whole, &iw, err, sizeof err);
		assert_true(np > 0);
		assert_true(nw >= np);
		assert_true(ip.reranked > 0);
		assert_int_equal(iw.reranked, 0);
		for (int i = 0, at = 0; i < np; i++, at++) {
			while (at < nw && whole.r[at].id != pooled.r[i].id)
				at++;
			if (at == nw)
				fail_msg("\"%s\": re-ranked row %d (%lld) not in order in the whole"
				    " ranking", claims[q], i, (long long)pooled.r[i].id);
			if (fabs(pooled.r[i].score - whole.r[at].score) > 1e-9 * whole.r[at].score)
				fail_msg("\"%s\" row %d: re-ranked %.12g, whole index %.12g", claims[q], i,
				    pooled.r[i].score, whole.r[at].score);
			char shown[64];
			snprintf(shown, sizeof shown, "score %.4f", pooled.r[i].score);
			assert_non_null(strstr(pooled.r[i].explain, shown));
			compared++;
		}
		collector_free(&pooled);
		collector_free(&whole);
		search_info_free(&ip);
		search_info_free(&iw);
	}
	assert_true(compared >= 10);
}

/*
 * Feedback is selective: a claim whose words the best passage mostly
 * lacks (here each in a passage of its own, of four sources) is ranked on
 * its own words; one the best passage covers gets words added.
 */
static void test_ranking_feedback_needs_a_covering_passage(void **state)
{
	static const struct {
		const char *claim;
		int widened;
	} cases[] = {
		{ "melatonin gyres woodpeckers measles snoring tides beetles", 0 },
		{ "coral reefs bleach in hot water", 1 },
	};
	for (size_t q = 0; q < NP(cases); q++) {
		struct collector c;
		struct search_info plain = { 0 }, fed = { 0 };
		char err[256];
		struct search_tuning tu;
		search_tuning_default(&tu);
		tu.expand_terms = 0;
		struct search_options o = { .claim = 1, .limit = 4, .tuning = &tu };
		assert_true(run(state, cases[q].claim, &o, memset(&c, 0, sizeof c), &plain, err,
		    sizeof err) > 0);
		collector_free(&c);
		tu.expand_terms = 10;
		tu.expand_sources_per_passage = 0;	/* the fixture has four sources */
		assert_true(run(state, cases[q].claim, &o, memset(&c, 0, sizeof c), &fed, err,
		    sizeof err) > 0);
		collector_free(&c);
		if ((strcmp(plain.expression, fed.expression) != 0) != cases[q].widened)
			fail_msg("\"%s\": %s -> %s", cases[q].claim, plain.expression, fed.expression);
		search_info_free(&plain);
		search_info_free(&fed);
	}
}

/*
 * Feedback ranks a claim's own words once: a claim it leaves alone gets
 * exactly the rows and scores of a run without feedback, at any -n; one
 * it widens gets its pool (the best rerank_depth rows, re-ranked) and
 * then the rest of that same first ranking, in its order and with its
 * scores.
 */
static void test_ranking_feedback_keeps_first_ranking(void **state)
{
	static const struct {
		const char *claim;
		int widened;
	} cases[] = {
		{ "melatonin gyres woodpeckers measles snoring tides beetles", 0 },
		{ "coral reefs bleach in hot water", 1 },
		{ "vaccines make the body produce antibodies", 1 },
	};
	static const size_t limits[] = { 1, 3, 12, 30 };
	int compared = 0;
	for (size_t q = 0; q < NP(cases); q++) {
		for (size_t l = 0; l < NP(limits); l++) {
			struct collector plain, fed;
			struct search_info ip = { 0 }, ifed = { 0 };
			char err[256];
			struct search_tuning tu;
			search_tuning_default(&tu);
			tu.source_decay = 0;	/* rows keep their own scores */
			tu.expand_terms = 0;
			tu.rerank_depth = 2;
			struct search_options o = { .claim = 1, .limit = limits[l], .per_source = 50,
			    .tuning = &tu };
			int np = run(state, cases[q].claim, &o, &plain, &ip, err, sizeof err);
			tu.expand_terms = 10;
			tu.expand_sources_per_passage = 0;	/* the fixture has four sources */
			int nf = run(state, cases[q].claim, &o, &fed, &ifed, err, sizeof err);
			assert_true(np > 0);
			assert_int_equal(np, nf);
			assert_int_equal(ifed.reranked > 0, cases[q].widened);
			/* past the pool (all rows when not widened): the same rows */
			for (int i = cases[q].widened ? 2 : 0; i < np; i++, compared++)
				if (plain.r[i].id != fed.r[i].id || plain.r[i].score != fed.r[i].score)
					fail_msg("\"%s\" -n %zu row %d: %lld %.17g without feedback,"
					    " %lld %.17g with", cases[q].claim, limits[l], i,
					    (long long)plain.r[i].id, plain.r[i].score,
					    (long long)fed.r[i].id, fed.r[i].score);
			/* the pool holds the first ranking's best rows */
			for (int i = 0; cases[q].widened && i < 2 && i < np; i++)
				assert_true(fed.r[i].id == plain.r[0].id || fed.r[i].id == plain.r[1].id);
			collector_free(&plain);
			collector_free(&fed);
			search_info_free(&ip);
			search_info_free(&ifed);
		}
	}
	assert_true(compared >= 40);
}

/*
 * Pruned ranking (fewer rows scored, rows skipped in rank.c) returns
 * exactly what scoring every row returns.
 */
static void assert_same_ranking(void **state, const char *query, int claim, size_t limit,
    int rerank_depth, int *pruned)
{
	struct collector a, b;
	struct search_info ia = { 0 }, ib = { 0 };
	char err[256];
	struct search_tuning tu;
	search_tuning_default(&tu);
	tu.rerank_depth = rerank_depth;
	struct search_options o = { .claim = claim, .limit = limit, .tuning = &tu };
	struct search_options x = o;
	x.exhaustive = 1;
	int na = run(state, query, &o, &a, &ia, err, sizeof err);
	int nb = run(state, query, &x, &b, &ib, err, sizeof err);
	assert_int_equal(na, nb);
	assert_int_equal(ib.essential, 0);
	*pruned += ia.essential > 0;
	for (int i = 0; i < a.n; i++)
		if (a.r[i].id != b.r[i].id || a.r[i].score != b.r[i].score)
			fail_msg("\"%s\" (claim %d, limit %zu) row %d: pruned %lld %g,"
			    " every row %lld %g", query, claim, limit, i, (long long)a.r[i].id,
			    a.r[i].score, (long long)b.r[i].id, b.r[i].score);
	collector_free(&a);
	collector_free(&b);
	search_info_free(&ia);
	search_info_free(&ib);
}

static void test_ranking_pruning_is_safe(void **state)
{
	/* rare and common words of the corpus, in every combination of three */
	static const char *const words[] = {
		"water", "warm", "coral", "sleep", "immune", "trees", "the", "light",
		"carbon", "fungi", "polyps", "dreams", "vaccines", "is",
	};
	static const size_t limits[] = { 1, 3, 8 };
	int pruned = 0;
	char q[128];
	for (size_t i = 0; i < NP(words); i++)
		for (size_t j = i + 1; j < NP(words); j++)
			for (size_t k = j + 1; k < NP(words); k++)
				for (size_t l = 0; l < NP(limits); l++) {
					snprintf(q, sizeof q, "%s %s %s", words[i], words[j], words[k]);
					assert_same_ranking(state, q, 0, limits[l], 0, &pruned);
					/* claims: the expanded query ranking every row, or
					 * re-ranking the best few of the claim's words */
					assert_same_ranking(state, q, 1, limits[l], 0, &pruned);
					assert_same_ranking(state, q, 1, limits[l], 1, &pruned);
				}
	/* the test means something only if pruning happened */
	assert_true(pruned > 100);
}

/*
 * The second pruned pass (rows holding a whole set of the common words,
 * search.c sufficient_sets) on an index where it happens often: 60 sources
 * over a vocabulary of 40 made-up words whose frequencies fall as 1/rank,
 * and claims of 4 to 9 of them.  Every ranking must equal scoring every
 * row, and the sets must have been used many times.
 */
static const char *const zipf_words[] = {
	"tarn", "velk", "morb", "quil", "snab", "drov", "plin", "gask", "hurn", "jelp",
	"kroy", "lumb", "nist", "obel", "prak", "ruvo", "skel", "trub", "ulan", "vosk",
	"wemb", "yarl", "zent", "brix", "clov", "dwem", "fjob", "grun", "hask", "imbo",
	"jark", "kelt", "larm", "mosk", "nerb", "pulk", "qarn", "rilb", "stov", "tusk",
};
#define NZIPF (sizeof zipf_words / sizeof *zipf_words)
#define ZIPF_SOURCES 60

static unsigned next_random(unsigned *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return (*seed >> 16) & 0x7fff;
}

/* A word drawn with probability falling as 1 / (its rank + 1). */
static const char *zipf_word(unsigned *seed)
{
	double total = 0, at;
	for (size_t i = 0; i < NZIPF; i++)
		total += 1.0 / (double)(i + 1);
	at = total * next_random(seed) / 32768.0;
	for (size_t i = 0; i < NZIPF; i++) {
		at -= 1.0 / (double)(i + 1);
		if (at < 0)
			return zipf_words[i];
	}
	return zipf_words[NZIPF - 1];
}

static void test_ranking_pruning_sets_are_safe(void **state)
{
	struct fake_source *sources = calloc(ZIPF_SOURCES, sizeof *sources);
	struct buf texts = { 0 };
	size_t at[ZIPF_SOURCES][NPARAS + 3];
	unsigned seed = 5;
	(void)state;
	assert_non_null(sources);
	/* the texts first (one buffer that may move), then pointers into it */
	for (size_t i = 0; i < ZIPF_SOURCES; i++)
		for (size_t p = 0; p < NPARAS + 3; p++) {
			int words = p == 0 ? 2 : p <= 2 ? 1 : 4 + (int)(next_random(&seed) % 20);
			at[i][p] = texts.len;
			for (int w = 0; w < words; w++)
				buf_printf(&texts, "%s%s", w ? " " : "", zipf_word(&seed));
			buf_append(&texts, ".", 2);
		}
	assert_false(texts.oom);
	for (size_t i = 0; i < ZIPF_SOURCES; i++) {
		char *path = malloc(32);
		assert_non_null(path);
		snprintf(path, 32, "corpus/zipf/%zu.txt", i);
		sources[i].path = path;
		sources[i].title = texts.data + at[i][0];
		for (size_t p = 0; p < NPARAS; p++) {
			sources[i].paras[p].section = texts.data + at[i][1 + p % 2];
			sources[i].paras[p].text = texts.data + at[i][3 + p];
		}
	}
	struct fixture *f = fixture_new(sources, ZIPF_SOURCES);
	assert_non_null(f);
	void *big = f;

	int pruned = 0, with_sets = 0;
	for (int round = 0; round < 40; round++) {
		char q[256] = "";
		int words = 4 + (int)(next_random(&seed) % 6);
		for (int w = 0; w < words; w++) {
			strcat(q, w ? " " : "");
			strcat(q, zipf_words[next_random(&seed) % NZIPF]);
		}
		static const size_t limits[] = { 1, 5, 20 };
		for (size_t l = 0; l < NP(limits); l++)
			for (int depth = 10; depth <= 50; depth += 20) {
				struct search_info info = { 0 };
				char err[256];
				struct collector c;
				struct search_tuning tu;
				search_tuning_default(&tu);
				tu.rerank_depth = depth;
				struct search_options o = { .claim = 1, .limit = limits[l], .tuning = &tu };
				assert_same_ranking(&big, q, 1, limits[l], depth, &pruned);
				assert_true(run(&big, q, &o, &c, &info, err, sizeof err) >= 0);
				with_sets += info.essential_sets > 0;
				collector_free(&c);
				search_info_free(&info);
			}
	}
	/* the test means something only if the second pass ran often */
	assert_true(with_sets > 100);
	assert_int_equal(fixture_free(f), 0);
	for (size_t i = 0; i < ZIPF_SOURCES; i++)
		free((char *)sources[i].path);
	free(sources);
	buf_free(&texts);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ranking_source_decay),
		cmocka_unit_test(test_ranking_pool_scores_as_index),
		cmocka_unit_test(test_ranking_feedback_needs_a_covering_passage),
		cmocka_unit_test(test_ranking_feedback_keeps_first_ranking),
		cmocka_unit_test(test_ranking_pruning_is_safe),
		cmocka_unit_test(test_ranking_pruning_sets_are_safe),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
