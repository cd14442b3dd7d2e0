/*
 * plan.c: the FTS5 expression of a query and its phrases' ranking (plan.h).
 *
 * Every word or phrase becomes an FTS5 string ("..." with quotes doubled)
 * and a prefix a string followed by '*': FTS5 sees no other syntax from
 * the default query language but NEAR("a" "b"*, 5) around a group's
 * strings (its distance written by us, digits only), so no query text is
 * an FTS5 error.  FTS5's NOT is binary and left-associative, so a clause
 * with exclusions reads ((a AND b) NOT x) NOT y.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"

void plan_free(struct plan *pl)
{
	for (int i = 0; i < pl->nowned; i++)
		free(pl->owned[i]);
	buf_free(&pl->expr);
	buf_free(&pl->frags);
	free(pl->pool);
	free(pl->first);
	memset(pl, 0, sizeof *pl);
}

void plan_init(struct plan *pl, const struct search_options *o,
    const struct search_tuning *tu)
{
	buf_reset(&pl->expr);
	buf_reset(&pl->frags);
	pl->or_only = 0;
	free(pl->pool);
	pl->pool = NULL;
	pl->npool = 0;
	pl->base_len = pl->pool_rows = 0;
	pl->base_nphrase = pl->pool_whole = 0;
	free(pl->first);
	pl->first = NULL;
	pl->nfirst = 0;
	pl->first_whole = 0;
	rank_params_init(&pl->rp);
	pl->k3 = tu->k3;
	pl->idf_power = PLAN_IDF_POWER;
	pl->rp.k1 = tu->k1;
	pl->rp.b = tu->b;
	pl->rp.title_b = tu->title_b;
	pl->rp.weight[0] = o->weight_title;
	pl->rp.weight[1] = o->weight_section;
	pl->rp.weight[2] = o->weight_body;
}

void plan_coverage(struct plan *pl, const struct search_tuning *tu)
{
	pl->rp.coverage_floor = tu->coverage_floor;
	pl->rp.coverage_power = tu->coverage_power;
}

void plan_phrase(struct plan *pl, const char *label, double idf, double boost,
    int in_coverage)
{
	int i = pl->rp.nphrase;
	if (i >= RANK_MAX_PHRASES)
		return;
	pl->label[i] = label;
	pl->rp.idf[i] = idf;
	pl->rp.boost[i] = boost;
	pl->rp.in_coverage[i] = in_coverage;
	pl->frag[i] = SIZE_MAX;	/* until plan_or_phrase */
	pl->rp.nphrase++;
}

void plan_or_phrase(struct plan *pl, size_t start, double df)
{
	int i = pl->rp.nphrase - 1;
	if (i < 0 || pl->expr.oom || start > pl->expr.len)
		return;
	pl->frag[i] = pl->frags.len;
	pl->df[i] = df;
	buf_append(&pl->frags, pl->expr.data + start, pl->expr.len - start);
	buf_append(&pl->frags, "", 1);
}

void plan_append_string(struct buf *b, const char *s)
{
	buf_append(b, "\"", 1);
	for (; *s; s++) {
		if (*s == '"')
			buf_append(b, "\"", 1);
		buf_append(b, s, 1);
	}
	buf_append(b, "\"", 1);
}

/*
 * A negated prefix ends in a blank inside its quotes ("connecti "*): the
 * tokenizer then matches only what the index holds for it, not the stems
 * it would add (tokenizer.h, prefix.h), since NOT over those would drop
 * rows that do not hold the prefix; the search checks the rows instead.
 */
static void append_term(struct buf *b, const struct term *t)
{
	plan_append_string(b, t->text);
	if (t->prefix && t->negated && !b->oom && b->len > 0) {
		b->data[b->len - 1] = ' ';	/* the closing quote */
		buf_append(b, "\"", 1);
	}
	if (t->prefix)
		buf_append(b, "*", 1);
}

/* The end of the term at i: just after its NEAR group's last member. */
static int unit_end(const struct parsed_query *p, int i)
{
	int j = i + 1;
	while (p->t[i].near && j < p->n && p->t[j].near == p->t[i].near)
		j++;
	return j;
}

static int searchable_members(const struct parsed_query *p, int i, int end)
{
	int n = 0;
	for (; i < end; i++)
		n += p->t[i].searchable;
	return n;
}

/*
 * Append the term [i, end) of p (a word, a phrase or a NEAR group of
 * searchable members) and record its phrases: each string inside NEAR is
 * a phrase of its own to FTS5.  A group left with one searchable member
 * is that member.
 */
static void append_unit(struct plan *pl, const struct parsed_query *p, int i, int end)
{
	struct buf *b = &pl->expr;
	int group = searchable_members(p, i, end) > 1;
	if (group)
		buf_puts(b, "NEAR(");
	for (int first = 1; i < end; i++) {
		const struct term *t = &p->t[i];
		if (!t->searchable)
			continue;
		if (!first)
			buf_append(b, " ", 1);
		first = 0;
		append_term(b, t);
		if (t->negated)
			plan_phrase(pl, t->text, 0, 0, 0);
		else
			plan_phrase(pl, t->text, t->idf, 1, 1);
	}
	if (group && p->t[end - 1].near_distance >= 0)
		buf_printf(b, ", %d", p->t[end - 1].near_distance);
	if (group)
		buf_append(b, ")", 1);
}

void plan_from_terms(const struct parsed_query *p, struct plan *pl)
{
	struct buf *b = &pl->expr;
	int first_clause = 1;
	for (int c = 0; c <= p->clauses; c++) {
		int positives = 0;
		for (int i = 0; i < p->n; i++)
			if (p->t[i].searchable && !p->t[i].negated && p->t[i].clause == c)
				positives++;
		if (positives == 0)
			continue;
		if (!first_clause)
			buf_puts(b, " OR ");
		first_clause = 0;
		buf_append(b, "(", 1);
		int first = 1;
		for (int i = 0, end; i < p->n; i = end) {
			end = unit_end(p, i);
			const struct term *t = &p->t[i];
			if (t->negated || t->clause != c || searchable_members(p, i, end) == 0)
				continue;
			if (!first)
				buf_puts(b, " AND ");
			append_unit(pl, p, i, end);
			first = 0;
		}
		for (int i = 0, end; i < p->n; i = end) {
			end = unit_end(p, i);
			const struct term *t = &p->t[i];
			if (!t->negated || t->clause != c || searchable_members(p, i, end) == 0)
				continue;
			buf_puts(b, " NOT ");
			append_unit(pl, p, i, end);
		}
		buf_append(b, ")", 1);
	}
}

/*
 * BM25's query-term factor: a word the query says qtf times counts
 * (k3 + 1) qtf / (k3 + qtf) times (Robertson et al., Okapi at TREC-3).
 */
static double query_tf_boost(double k3, int qtf)
{
	return qtf <= 1 ? 1 : (k3 + 1) * qtf / (k3 + qtf);
}

/*
 * The weight of a word of idf `idf` next to the query's largest idf, top
 * (plan.h, PLAN_IDF_POWER): 1 for the rarest word, less for commoner ones;
 * 1 when either is unknown (< 0, counted by rank.c) or power is 0.
 */
static double idf_shape(double power, double idf, double top)
{
	if (power == 0 || idf < 0 || top <= 0)
		return 1;
	return pow(idf / top, power);
}

/* Append the phrase of word's letters, each a term of its own. */
static void append_letters(struct buf *b, const char *word)
{
	char letters[2 * 64];
	size_t n = 0;
	for (const char *p = word; *p && n + 2 < sizeof letters; p++) {
		letters[n++] = *p;
		letters[n++] = ' ';
	}
	letters[n ? n - 1 : 0] = 0;
	plan_append_string(b, letters);
}

void plan_from_words(const struct words *ws, const struct parsed_query *p, struct plan *pl)
{
	struct buf *b = &pl->expr;
	double top = 0;
	for (int i = 0; i < ws->n; i++)
		if (ws->w[i].idf > top)
			top = ws->w[i].idf;
	buf_append(b, "(", 1);
	pl->or_only = ws->n <= RANK_MAX_PHRASES;
	for (int i = 0; i < ws->n; i++) {
		if (i)
			buf_puts(b, " OR ");
		size_t start = b->len;
		/*
		 * a prefix word's first term is its prefix as typed; an acronym
		 * ("WHO", not "who") is its letters one by one ("W.H.O.")
		 */
		if (ws->w[i].acronym)
			append_letters(b, ws->w[i].stems[0]);
		else
			plan_append_string(b, ws->w[i].prefix ? ws->w[i].stems[0] :
			    ws->w[i].surface);
		if (ws->w[i].prefix)
			buf_append(b, "*", 1);
		plan_phrase(pl, ws->w[i].surface, ws->w[i].idf, query_tf_boost(pl->k3, ws->w[i].qtf) *
		    idf_shape(pl->idf_power, ws->w[i].idf, top), 1);
		plan_or_phrase(pl, start, ws->w[i].df);
	}
	buf_append(b, ")", 1);
	for (int i = 0, end; p && i < p->n; i = end) {
		end = unit_end(p, i);
		if (!p->t[i].negated || searchable_members(p, i, end) == 0)
			continue;
		buf_puts(b, " NOT ");
		append_unit(pl, p, i, end);
		pl->or_only = 0;
	}
}

int plan_term_idfs(struct tokenizer_session *tok, struct index_stats *st, struct parsed_query *p)
{
	int positives = 0;
	for (int i = 0; i < p->n; i++)
		positives += p->t[i].searchable && !p->t[i].negated;
	for (int i = 0; i < p->n; i++) {
		if (positives == 1) {
			p->t[i].idf = 1;
			continue;
		}
		struct term *t = &p->t[i];
		struct words one = { .n = 0 };
		t->idf = -1;
		if (!t->searchable || t->negated || t->prefix || t->ntokens != 1)
			continue;
		if (words_collect(tok, t->text, 0, TOKENIZER_QUERY, &one) != 0) {
			words_free(&one);
			return -1;
		}
		if (one.n == 1) {
			words_idf(st, &one);
			t->idf = one.w[0].idf;
		}
		words_free(&one);
	}
	return 0;
}

int plan_phrase_texts(const struct plan *pl, const char **texts)
{
	for (int i = 0; i < pl->rp.nphrase; i++) {
		if (pl->frag[i] != SIZE_MAX)
			texts[i] = pl->frags.data + pl->frag[i];
		else if (pl->rp.boost[i] == 0 && !pl->rp.in_coverage[i])
			texts[i] = NULL;	/* an excluded word counts nothing */
		else
			return 1;
	}
	return 0;
}

char *plan_explain(const struct plan *pl, const struct search_options *o,
    const struct search_tuning *tu, const struct rank_explain *x, double shown_score)
{
	struct buf b = { 0 };
	buf_printf(&b, "score %.4f", shown_score);
	if (shown_score != x->score)
		buf_printf(&b, " (its source's passages; this one %.4f)", x->score);
	buf_printf(&b, " = bm25f %.4f", x->bm25f);
	if (pl->rp.coverage_power > 0)
		buf_printf(&b, " x (%.2g + coverage %.3f)^%.2g", pl->rp.coverage_floor,
		    x->coverage, pl->rp.coverage_power);
	buf_printf(&b, "; k1 %.2g, b %.2g (title %.2g); weights title %.2g section %.2g"
	    " body %.2g; passage %d words", tu->k1, tu->b, rank_column_b(&pl->rp, 0),
	    o->weight_title, o->weight_section, o->weight_body, x->length[2]);
	for (int i = 0; i < x->nphrase; i++) {
		const char *label = i < pl->rp.nphrase ? pl->label[i] : NULL;
		double boost = i < pl->rp.nphrase ? pl->rp.boost[i] : 1;
		if (label)
			buf_printf(&b, "; %s", label);
		else
			buf_printf(&b, "; phrase %d", i + 1);
		buf_printf(&b, ": idf %.3f, tf %g", x->idf[i], x->tf[i]);
		if (boost != 1)
			buf_printf(&b, ", weight %.2g", boost);
	}
	return b.data;
}
