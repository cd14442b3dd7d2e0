/*
 * tokenizer.c: the "snowball" FTS5 tokenizer (see tokenizer.h).
 *
 * Shaped like FTS5's porter wrapper: it creates a unicode61 parent
 * (remove_diacritics 2, with the apostrophes as token characters), and in
 * the parent's token callback folds apostrophes, trims them at the word
 * edges, stems the word and passes stem (and, when different, the marked
 * raw form) on with byte offsets into the caller's original text.
 *
 * Built twice: into the static library (linked against libsqlite3) and,
 * with SNOWBALL_LOADABLE defined, into the loadable extension, where every
 * SQLite call goes through the sqlite3_api table.  This file never prints.
 *
 * It also owns the pre-tokenizing hand-over (tokenizer_capture, the replay
 * slot of a connection): the recorded form of a token list and the check
 * that a text FTS5 hands over is byte for byte the one that was recorded,
 * so a replay can never index anything fresh tokenizing would not.
 * And two memos that replay tokens instead of tokenizing again: a
 * session's remembered texts (tokenizer_remember: a claim's passages,
 * read to score and then for evidence) and the query words FTS5 parsed
 * since the quieted synonyms last changed (a claim's ranking passes).
 */
#ifdef SNOWBALL_LOADABLE
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3
#else
#include <sqlite3.h>
#endif

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "plural.h"
#include "spelling.h"
#include "tokenizer.h"

#ifndef STEMMER_VERSION
#define STEMMER_VERSION "unknown"
#endif

/* Bumped whenever the terms this file emits change for the same input. */
#define TOKENIZER_FORMAT 2
#define DEFAULT_LANGUAGE "english"

/*
 * U+2019, U+2018, U+02BC, U+FF07 and "'" itself: unicode61 would split words
 * at them, so they are declared token characters of the parent.
 */
static const char *const parent_args[] = {
	"remove_diacritics", "2",
	"tokenchars", "'\xE2\x80\x99\xE2\x80\x98\xCA\xBC\xEF\xBC\x87",
};

/*
 * A cache of recent stems, two slots a set (the most recent first).
 * Natural text repeats a few thousand words most of the time, and a hit
 * saves the libstemmer call, which dominates the cost of tokenizing.  A
 * bulk run wants 32768 slots (1.9 MB) or more: with 4096, collisions left
 * libstemmer at 42% of the tokenizer's time and 57 MB/s; with 32768 it
 * runs at 75 MB/s (2026-11-21, 12.6 MB of English prose; 16384: 68,
 * 65536: 72, direct-mapped).  A 100 MB corpus has 250,000 distinct words:
 * 32768 slots direct-mapped missed 11.6% of its 16.4 M words, 65536 in
 * sets of two (3.8 MB) 6.0% (docs/performance.md).
 *
 * A query stems a few thousand words of snippets, and in a fresh process
 * each slot it touches first faults in a zeroed page (about 2 us here, 15
 * times a stem): the big cache cost a one-shot query 430 page faults.  So
 * the cache starts at CACHE_FIRST_SLOTS and is replaced by the big one
 * once it has served CACHE_GROW_AFTER lookups.
 */
#define CACHE_FIRST_SLOTS 512
#define CACHE_SLOTS 65536
#define CACHE_GROW_AFTER 65536
#define CACHE_WORD 28
/* 64 bytes, and the cache aligned to them: a lookup of a way reads one cache line */
struct stem_slot {
	unsigned char word_len, stem_len;
	unsigned char reported;		/* its raw form went to the new raw forms' reporter */
	uint32_t memo;			/* the term callback's (tokenizer_capture_terms); 0 when filled */
	char word[CACHE_WORD];
	char stem[CACHE_WORD];
};

/*
 * What a connection's armed texts are (tokenizer_replay_arm).  Only the
 * thread that runs the connection's statements touches it.
 */
struct tokenizer_replay {
	struct tokenizer_pretokenized texts[TOKENIZER_REPLAY_MAX];
	size_t n;
	size_t replayed, tokenized;
	tokenizer_observer observer;	/* NULL: none */
	void *observer_ctx;
	tokenizer_raw_observer raw_observer;	/* NULL: none */
	void *raw_observer_ctx;
};

/* The user data of the registration: one per connection. */
struct registration {
	fts5_api *api;
	struct tokenizer_replay replay;
	/*
	 * Query-time synonyms left out (tokenizer_quiet_synonyms): NUL-ended
	 * terms one after another, quiet_len bytes in all; malloc'd.
	 */
	char *quiet;
	size_t quiet_len;
	unsigned quiet_generation;	/* bumped by every tokenizer_quiet_synonyms call */
	/* The stems a prefix also stands for (tokenizer_prefix_expander); NULL: none. */
	tokenizer_expander expander;
	void *expander_ctx;
	/*
	 * The auxiliary functions run on the connection read only the
	 * positions and byte offsets of the tokens they have FTS5 tokenize
	 * (tokenizer_aux_offsets_only): such a call stems nothing.
	 */
	int aux_offsets_only;
};

struct snowball {
	fts5_tokenizer parent_api;
	Fts5Tokenizer *parent;
	struct sb_stemmer *stemmer;
	struct stem_slot *cache;	/* NULL: out of memory, no cache; in cache_mem */
	void *cache_mem;		/* the allocation the cache is aligned in */
	size_t cache_slots;		/* a power of two */
	/* The memo of the word stem_word stemmed last, in its cache slot; NULL: none. */
	uint32_t *memo;
	size_t cache_lookups;		/* while cache_slots < CACHE_SLOTS */
	/* The connection's replay slot; NULL for sessions and other languages. */
	struct tokenizer_replay *replay;
	/* The connection's registration, for its quieted synonyms; NULL for sessions. */
	const struct registration *reg;
	/* A session's reporter of new raw forms (tokenizer_report_raw_forms); NULL: none. */
	tokenizer_raw_observer new_raw;
	void *new_raw_ctx;
	/*
	 * Query texts FTS5 had tokenized since the quieted synonyms last
	 * changed (a claim's ranking passes parse the same phrases again),
	 * direct-mapped by a hash of the text; NULL until the first.
	 */
	struct query_memo *queries;
	/*
	 * 0 for a table made with the "stems" option (the index's): raw forms
	 * go to the replay slot's raw observer, not to FTS5, and a prefix is
	 * expanded by the registration's expander.  1 otherwise (and for
	 * sessions): raw forms are indexed, and a prefix matches them.
	 */
	int raw_forms;
};

/* ---- apostrophes ------------------------------------------------------- */

/* Length of the apostrophe character at s[0 .. n), or 0 if none is there. */
static size_t apostrophe_at(const unsigned char *s, size_t n)
{
	if (n >= 1 && s[0] == '\'')
		return 1;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x98 || s[2] == 0x99))
		return 3;
	if (n >= 2 && s[0] == 0xCA && s[1] == 0xBC)
		return 2;
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBC && s[2] == 0x87)
		return 3;
	return 0;
}

/* Length of the apostrophe character ending at s[n-1], or 0. */
static size_t apostrophe_before(const unsigned char *s, size_t n)
{
	if (n >= 1 && s[n - 1] == '\'')
		return 1;
	if (n >= 2 && apostrophe_at(s + n - 2, 2) == 2)
		return 2;
	if (n >= 3 && apostrophe_at(s + n - 3, 3) == 3)
		return 3;
	return 0;
}

/* The first bytes of the apostrophe forms (apostrophe_at). */
static const unsigned char apostrophe_lead[256] = {
	['\''] = 1, [0xE2] = 1, [0xCA] = 1, [0xEF] = 1,
};

/* Copy in[0 .. n) to out with every apostrophe form folded to "'"; returns bytes written. */
static size_t fold_apostrophes(const char *in, size_t n, char *out)
{
	size_t i = 0, o = 0;
	while (i < n) {
		unsigned char c = (unsigned char)in[i];
		/* most bytes start no apostrophe (apostrophe_at's first bytes) */
		if (c != '\'' && c != 0xE2 && c != 0xCA && c != 0xEF) {
			out[o++] = in[i++];
			continue;
		}
		size_t a = apostrophe_at((const unsigned char *)in + i, n - i);
		if (a) {
			out[o++] = '\'';
			i += a;
		} else {
			out[o++] = in[i++];
		}
	}
	return o;
}

/* ---- stemming ---------------------------------------------------------- */

#define FNV32_INIT 2166136261u

/* 32-bit FNV-1a of s[0 .. n), continuing from h. */
static uint32_t fnv32(uint32_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/*
 * A zeroed cache of n slots aligned to 64 bytes into sb (calloc's zero
 * pages, not touched until used); 0, or -1 with sb's cache as it was.
 */
static int new_cache(struct snowball *sb, size_t n)
{
	void *mem = calloc(n + 1, sizeof(struct stem_slot));
	if (mem == NULL)
		return -1;
	free(sb->cache_mem);
	sb->cache_mem = mem;
	sb->cache = (struct stem_slot *)(((uintptr_t)mem + 63) & ~(uintptr_t)63);
	sb->cache_slots = n;
	sb->memo = NULL;
	return 0;
}

/*
 * Replace a small stem cache by the big one once it has been used enough
 * to be worth its pages.  Without memory it keeps the small one.
 */
static void grow_cache(struct snowball *sb)
{
	if (sb->cache_slots >= CACHE_SLOTS ||
	    ++sb->cache_lookups < CACHE_GROW_AFTER)
		return;
	new_cache(sb, CACHE_SLOTS);
}

/* The raw form word[0 .. n) of stem to the session's reporter, unless it is the stem. */
static int report_raw(const struct snowball *sb, const char *word, size_t n, const char *stem,
    size_t stem_len)
{
	if (n == stem_len && memcmp(word, stem, n) == 0)
		return SQLITE_OK;
	return sb->new_raw(sb->new_raw_ctx, word, n, stem, stem_len) == 0 ? SQLITE_OK
	    : SQLITE_NOMEM;
}

/*
 * Stem word[0 .. n) (n <= TOKENIZER_MAX_STEM_BYTES).  Sets *stem (pointing
 * into the cache or the stemmer's buffer, valid until the next call) and
 * *stem_len.  raw: the word's raw form is emitted (a document's word), so
 * it goes to the session's reporter of new raw forms, if any, unless its
 * cache slot says it went already.  Returns SQLITE_OK or SQLITE_NOMEM.
 */
static int stem_word(struct snowball *sb, const char *word, size_t n, int raw,
    const char **stem, size_t *stem_len)
{
	struct stem_slot *slot = NULL;
	int report = raw && sb->new_raw;
	sb->memo = NULL;
	if (sb->cache && n <= CACHE_WORD) {
		grow_cache(sb);
		slot = &sb->cache[(fnv32(FNV32_INIT, word, n) & (sb->cache_slots / 2 - 1)) * 2];
		for (int way = 0; way < 2; way++) {
			if (slot[way].word_len == n && slot[way].stem_len &&
			    memcmp(slot[way].word, word, n) == 0) {
				if (way) {	/* the most recent first */
					struct stem_slot hit = slot[1];
					slot[1] = slot[0];
					slot[0] = hit;
				}
				*stem = slot[0].stem;
				*stem_len = slot[0].stem_len;
				sb->memo = &slot[0].memo;
				if (!report || slot[0].reported)
					return SQLITE_OK;
				slot[0].reported = 1;
				return report_raw(sb, word, n, *stem, *stem_len);
			}
		}
	}
	const sb_symbol *out = sb_stemmer_stem(sb->stemmer,
	    (const sb_symbol *)word, (int)n);
	if (out == NULL)
		return SQLITE_NOMEM;
	*stem = (const char *)out;
	*stem_len = (size_t)sb_stemmer_length(sb->stemmer);
	if (slot && *stem_len > 0 && *stem_len <= CACHE_WORD) {
		slot[1] = slot[0];	/* the older of the set goes */
		slot->word_len = (unsigned char)n;
		slot->stem_len = (unsigned char)*stem_len;
		slot->reported = (unsigned char)report;
		slot->memo = 0;
		memcpy(slot->word, word, n);
		memcpy(slot->stem, *stem, *stem_len);
		sb->memo = &slot->memo;
	}
	return report ? report_raw(sb, word, n, *stem, *stem_len) : SQLITE_OK;
}

/* ---- query texts kept ------------------------------------------------- */

/*
 * FTS5 tokenizes each phrase of a query expression when it parses it, and
 * a claim's ranking parses its phrases in every pass, the query words
 * with their other forms (spelling_variant, plural_forms, the -ment noun:
 * about 8,000 instructions a word).  A query word's tokens follow from
 * its text and the quieted synonyms, so the connection's tokenizer keeps
 * the last QUERY_MEMO_SLOTS texts' tokens until the quieted synonyms next
 * change (which search.c does at the start and the end of every query).
 */
#define QUERY_MEMO_SLOTS 64	/* a power of two */
#define QUERY_MEMO_TEXT 64	/* longer query texts are not kept */
#define QUERY_MEMO_TOKENS 16	/* nor those of more tokens */

struct query_token {
	int tflags, start, end;
	unsigned char len;	/* at most TOKENIZER_MAX_STEM_BYTES + 1 */
	char term[TOKENIZER_MAX_STEM_BYTES + 1];
};

struct query_slot {
	unsigned generation;
	int used;
	int len;
	char text[QUERY_MEMO_TEXT];
	int ntokens;
	struct query_token tokens[QUERY_MEMO_TOKENS];
};

struct query_memo {
	struct query_slot slot[QUERY_MEMO_SLOTS];
};

static void query_memo_free(struct query_memo *q)
{
	free(q);
}

/* The slot of text[0 .. len) (n <= QUERY_MEMO_TEXT). */
static struct query_slot *query_slot_of(struct query_memo *q, const char *text, int len)
{
	return &q->slot[fnv32(FNV32_INIT, text, (size_t)len) & (QUERY_MEMO_SLOTS - 1)];
}

/* A query text being tokenized and recorded into a slot. */
struct query_recording {
	struct query_slot *slot;
	void *ctx;
	int (*emit)(void *, int, const char *, int, int, int);
	int full;		/* a token did not fit: not kept */
};

static int on_query_record(void *ctx, int tflags, const char *term, int n, int start, int end)
{
	struct query_recording *qr = ctx;
	struct query_slot *sl = qr->slot;
	if (sl->ntokens == QUERY_MEMO_TOKENS || n < 0 || n > TOKENIZER_MAX_STEM_BYTES + 1)
		qr->full = 1;
	if (!qr->full) {
		struct query_token *t = &sl->tokens[sl->ntokens++];
		t->tflags = tflags;
		t->start = start;
		t->end = end;
		t->len = (unsigned char)n;
		memcpy(t->term, term, (size_t)n);
	}
	return qr->emit(qr->ctx, tflags, term, n, start, end);
}

/* ---- the FTS5 tokenizer ------------------------------------------------ */

static void snowball_delete(Fts5Tokenizer *tok)
{
	struct snowball *sb = (struct snowball *)tok;
	if (sb == NULL)
		return;
	if (sb->parent)
		sb->parent_api.xDelete(sb->parent);
	if (sb->stemmer)
		sb_stemmer_delete(sb->stemmer);
	free(sb->cache_mem);
	query_memo_free(sb->queries);
	free(sb);
}

static int snowball_create(void *user, const char **argv, int argc,
    Fts5Tokenizer **out)
{
	struct registration *reg = user;
	fts5_api *api = reg->api;
	const char *language = DEFAULT_LANGUAGE;
	void *parent_user = NULL;
	int rc;

	*out = NULL;
	int raw_forms = 1;
	if (argc >= 1 && strcmp(argv[argc - 1], TOKENIZER_STEMS_ONLY) == 0) {
		raw_forms = 0;
		argc--;
	}
	if (argc > 1)
		return SQLITE_ERROR;
	if (argc == 1)
		language = argv[0];

	struct snowball *sb = calloc(1, sizeof *sb);
	if (sb == NULL)
		return SQLITE_NOMEM;
	sb->stemmer = sb_stemmer_new(language, "UTF_8");
	if (sb->stemmer == NULL) {
		snowball_delete((Fts5Tokenizer *)sb);
		return SQLITE_ERROR;
	}
	sb->raw_forms = raw_forms;
	if (new_cache(sb, CACHE_FIRST_SLOTS) != 0)
		sb->cache_slots = CACHE_FIRST_SLOTS;	/* no cache: still right */
	rc = api->xFindTokenizer(api, "unicode61", &parent_user, &sb->parent_api);
	if (rc == SQLITE_OK)
		rc = sb->parent_api.xCreate(parent_user, (const char **)parent_args,
		    (int)(sizeof parent_args / sizeof parent_args[0]), &sb->parent);
	if (rc != SQLITE_OK) {
		snowball_delete((Fts5Tokenizer *)sb);
		return rc;
	}
	sb->reg = reg;
	/* recorded tokens are those of the default language: only it replays them */
	if (strcmp(language, DEFAULT_LANGUAGE) == 0)
		sb->replay = &reg->replay;
	*out = (Fts5Tokenizer *)sb;
	return SQLITE_OK;
}

/* State of one xTokenize call. */
struct tokenize_call {
	struct snowball *sb;
	void *ctx;
	int (*emit)(void *, int, const char *, int, int, int);
	const unsigned char *text;
	int text_len;
	int flags;
	int offsets_only;	/* an auxiliary function's call: no stems (aux_offsets_only) */
	char small[256];	/* folded word, when it fits */
	char *big;		/* folded word otherwise */
	size_t big_size;
	char raw[TOKENIZER_MAX_STEM_BYTES + 1];	/* marked raw form */
	/* Prefix queries: the last token of the call is held back. */
	int pending;
	char pending_word[TOKENIZER_MAX_STEM_BYTES + 8];
	size_t pending_len;
	int pending_flags, pending_start, pending_end;
};

static char *fold_buffer(struct tokenize_call *c, size_t n)
{
	if (n <= sizeof c->small)
		return c->small;
	if (n > c->big_size) {
		char *p = realloc(c->big, n);
		if (p == NULL)
			return NULL;
		c->big = p;
		c->big_size = n;
	}
	return c->big;
}

/*
 * The unstemmed form word[0 .. n) (n <= TOKENIZER_MAX_STEM_BYTES) of stem,
 * marked, at the stem's position; for a stems-only table, to the raw
 * observer instead (documents only).
 */
static int emit_raw(struct tokenize_call *c, const char *word, size_t n, const char *stem,
    size_t stem_len, int start, int end)
{
	if (!c->sb->raw_forms) {
		const struct tokenizer_replay *r = c->sb->replay;
		if (r && r->raw_observer && r->raw_observer(r->raw_observer_ctx, word, n, stem,
		    stem_len) != 0)
			return SQLITE_NOMEM;
		return SQLITE_OK;
	}
	c->raw[0] = TOKENIZER_RAW_MARK;
	memcpy(c->raw + 1, word, n);
	return c->emit(c->ctx, FTS5_TOKEN_COLOCATED, c->raw, (int)n + 1, start, end);
}

/* Whether term[0 .. n) is among the synonyms quieted on sb's connection. */
static int quieted(const struct snowball *sb, const char *term, size_t n)
{
	const struct registration *reg = sb->reg;
	for (size_t at = 0; reg && at < reg->quiet_len;) {
		size_t len = strlen(reg->quiet + at);
		if (len == n && memcmp(reg->quiet + at, term, n) == 0)
			return 1;
		at += len + 1;
	}
	return 0;
}

/*
 * Query side only: a word also matches its "-ment" noun when Snowball keeps
 * the two apart.  Snowball removes "-ment" only inside R2, so "development"
 * meets "develop" but "treatment" never meets "treat".  The noun's stem is
 * computed from the typed word, so a form that does not exist
 * ("experiencement") can only match nothing.
 */
static int emit_nominalization(struct tokenize_call *c, const char *word,
    size_t n, const char *stem, size_t stem_len, int start, int end)
{
	static const char suffix[] = "ment";
	char base[TOKENIZER_MAX_STEM_BYTES + 1];
	char noun[TOKENIZER_MAX_STEM_BYTES + sizeof suffix];
	const char *noun_stem;
	size_t noun_stem_len, base_len = stem_len;
	int rc;

	/* Base forms only ("treat", "pay"), not "dogs" or "running". */
	if (n != stem_len || memcmp(word, stem, n) != 0)
		return SQLITE_OK;
	if (n < 3 || n + sizeof suffix - 1 > TOKENIZER_MAX_STEM_BYTES ||
	    (n >= 4 && memcmp(word + n - 4, suffix, 4) == 0))
		return SQLITE_OK;
	memcpy(base, stem, stem_len);	/* stem may live in the stemmer's buffer */
	memcpy(noun, word, n);
	memcpy(noun + n, suffix, sizeof suffix - 1);
	rc = stem_word(c->sb, noun, n + sizeof suffix - 1, 0, &noun_stem, &noun_stem_len);
	if (rc != SQLITE_OK)
		return rc;
	/* Only where Snowball kept the suffix, i.e. did not conflate the two. */
	if (noun_stem_len < sizeof suffix - 1 ||
	    memcmp(noun_stem + noun_stem_len - 4, suffix, 4) != 0 ||
	    (noun_stem_len == base_len && memcmp(noun_stem, base, base_len) == 0) ||
	    quieted(c->sb, noun_stem, noun_stem_len))
		return SQLITE_OK;
	return c->emit(c->ctx, FTS5_TOKEN_COLOCATED, noun_stem, (int)noun_stem_len,
	    start, end);
}

/*
 * Whether the other spelling's stem v[0 .. v_len) adds nothing to the
 * word's stem, or would widen it to another word: Snowball strips "-ize"
 * down to the bare word ("computerized" -> computer, "organization" ->
 * organ) but keeps British "-ise" ("computerised" -> computeris), so the
 * American stem of a British "-ise" word also matches "computer" and
 * "organ".  The American text is then missed, as an American query's
 * stem misses the British one; on LISA, British throughout, the wider
 * match cost 0.003 nDCG@10 (eval/README.md, session 13).
 */
static int adds_nothing(const char *v, size_t v_len, const char *stem, size_t stem_len)
{
	if (v_len == stem_len)
		return memcmp(v, stem, v_len) == 0;
	return v_len + 2 == stem_len && memcmp(v, stem, v_len) == 0 &&
	    memcmp(stem + v_len, "is", 2) == 0;
}

/* The stems a word's other forms gave, so each is emitted once. */
struct other_stems {
	char stem[2 + PLURAL_MAX_FORMS][SPELLING_MAX_WORD + SPELLING_GROWTH + PLURAL_GROWTH + 1];
	size_t len[2 + PLURAL_MAX_FORMS];
	int n;
};

/*
 * Emit the stem of form[0 .. len), another form of the word whose stem is
 * stem[0 .. stem_len), unless it is that stem, one emitted already, or
 * quieted.  spelling: form is the word's other spelling (adds_nothing).
 */
static int emit_other(struct tokenize_call *c, const char *form, size_t len, int spelling,
    const char *stem, size_t stem_len, struct other_stems *done, int start, int end)
{
	const char *v;
	size_t v_len;
	int rc = stem_word(c->sb, form, len, 0, &v, &v_len);
	if (rc != SQLITE_OK)
		return rc;
	if (spelling ? adds_nothing(v, v_len, stem, stem_len) :
	    v_len == stem_len && memcmp(v, stem, v_len) == 0)
		return SQLITE_OK;
	if (v_len >= sizeof done->stem[0] || quieted(c->sb, v, v_len))
		return SQLITE_OK;
	for (int i = 0; i < done->n; i++)
		if (done->len[i] == v_len && memcmp(done->stem[i], v, v_len) == 0)
			return SQLITE_OK;
	memcpy(done->stem[done->n], v, v_len);
	done->len[done->n++] = v_len;
	return c->emit(c->ctx, FTS5_TOKEN_COLOCATED, v, (int)v_len, start, end);
}

/*
 * Query side only: a word also matches the stems of its other spelling
 * (spelling.h: "tumour" and "tumor", "programme" and "program") and of
 * its Latin or Greek other number (plural.h: "nucleus" and "nuclei",
 * "analysis" and "analyses"), which Snowball keeps apart.  A form no text
 * holds matches nothing.
 */
static int emit_other_forms(struct tokenize_call *c, const char *word, size_t n,
    const char *stem, size_t stem_len, int start, int end)
{
	char other[SPELLING_MAX_WORD + SPELLING_GROWTH + 1];
	char forms[PLURAL_MAX_FORMS][PLURAL_MAX_WORD + PLURAL_GROWTH + 1];
	struct other_stems done;
	int rc = SQLITE_OK;

	done.n = 0;
	for (int kind = SPELLING_AMERICAN; kind <= SPELLING_BRITISH && rc == SQLITE_OK; kind++) {
		size_t len = spelling_variant(word, n, (enum spelling_kind)kind, other);
		if (len > 0)
			rc = emit_other(c, other, len, 1, stem, stem_len, &done, start, end);
	}
	size_t nforms = plural_forms(word, n, forms);
	for (size_t i = 0; i < nforms && rc == SQLITE_OK; i++)
		rc = emit_other(c, forms[i], strlen(forms[i]), 0, stem, stem_len, &done, start, end);
	return rc;
}

/* Emit the stem of word[0 .. n), and the raw form when it differs and wanted. */
static int emit_word(struct tokenize_call *c, int tflags, const char *word,
    size_t n, int start, int end, int with_raw)
{
	const char *stem;
	size_t stem_len;
	int rc;

	if (n > TOKENIZER_MAX_STEM_BYTES) {
		c->sb->memo = NULL;
		return c->emit(c->ctx, tflags, word, (int)n, start, end);
	}
	rc = stem_word(c->sb, word, n, with_raw, &stem, &stem_len);
	if (rc != SQLITE_OK)
		return rc;
	rc = c->emit(c->ctx, tflags, stem, (int)stem_len, start, end);
	if (rc != SQLITE_OK)
		return rc;
	if (!with_raw) {
		char base[TOKENIZER_MAX_STEM_BYTES + 1];
		memcpy(base, stem, stem_len);	/* the next stem_word may overwrite stem */
		rc = emit_nominalization(c, word, n, base, stem_len, start, end);
		if (rc != SQLITE_OK)
			return rc;
		return emit_other_forms(c, word, n, base, stem_len, start, end);
	}
	if (stem_len == n && memcmp(stem, word, n) == 0)
		return SQLITE_OK;
	return emit_raw(c, word, n, stem, stem_len, start, end);
}

struct expansion {
	struct tokenize_call *c;
	int rc;
};

static int emit_expansion(void *ctx, const char *stem, size_t n)
{
	struct expansion *x = ctx;
	struct tokenize_call *c = x->c;
	if (n == 0 || n > INT_MAX)
		return 0;
	x->rc = c->emit(c->ctx, FTS5_TOKEN_COLOCATED, stem, (int)n, c->pending_start,
	    c->pending_end);
	return x->rc != SQLITE_OK;
}

/*
 * The last word of a prefix query: matched as typed, over stems and raw
 * forms; in a stems-only table, over stems and the stems of the raw forms
 * the expander names (not when the query text ends in a blank).
 */
static int emit_prefix(struct tokenize_call *c)
{
	int rc = c->emit(c->ctx, c->pending_flags, c->pending_word,
	    (int)c->pending_len, c->pending_start, c->pending_end);
	if (rc != SQLITE_OK || c->pending_len > TOKENIZER_MAX_STEM_BYTES)
		return rc;
	if (c->sb->raw_forms) {
		c->raw[0] = TOKENIZER_RAW_MARK;
		memcpy(c->raw + 1, c->pending_word, c->pending_len);
		return c->emit(c->ctx, FTS5_TOKEN_COLOCATED, c->raw, (int)c->pending_len + 1,
		    c->pending_start, c->pending_end);
	}
	const struct registration *reg = c->sb->reg;
	if (reg == NULL || reg->expander == NULL ||
	    (c->text_len > 0 && strchr(" \t\n", c->text[c->text_len - 1]) != NULL))
		return SQLITE_OK;
	struct expansion x = { c, SQLITE_OK };
	if (reg->expander(reg->expander_ctx, c->pending_word, c->pending_len, emit_expansion,
	    &x) != 0 && x.rc == SQLITE_OK)
		return SQLITE_ERROR;
	return x.rc;
}

static int on_parent_token(void *ctx, int tflags, const char *token, int ntoken,
    int start, int end)
{
	struct tokenize_call *c = ctx;
	size_t n, lead = 0, trail;
	const char *w = token;
	int rc;

	if (ntoken <= 0)
		return SQLITE_OK;
	/* most words hold no byte that can start an apostrophe: used as they are */
	for (n = 0; n < (size_t)ntoken && !apostrophe_lead[(unsigned char)token[n]]; n++)
		;
	if (n < (size_t)ntoken) {
		char *folded = fold_buffer(c, (size_t)ntoken);
		if (folded == NULL)
			return SQLITE_NOMEM;
		n = fold_apostrophes(token, (size_t)ntoken, folded);
		w = folded;
	}

	/* Apostrophes at the edges are quotes, not part of the word. */
	while (lead < n && w[lead] == '\'')
		lead++;
	trail = n;
	while (trail > lead && w[trail - 1] == '\'')
		trail--;
	if (lead == trail)
		return SQLITE_OK;
	for (size_t i = 0; i < lead && start < end; i++) {
		size_t a = apostrophe_at(c->text + start, (size_t)(end - start));
		if (a == 0)
			break;
		start += (int)a;
	}
	for (size_t i = trail; i < n && end > start; i++) {
		size_t a = apostrophe_before(c->text + start, (size_t)(end - start));
		if (a == 0)
			break;
		end -= (int)a;
	}
	w += lead;
	n = trail - lead;
	/* Possessive: "ketamine's" is indexed as "ketamine". */
	if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
		n -= 2;

	/*
	 * An auxiliary function that reads offsets only (snippet(),
	 * highlight()): one token a word as a document has, at the same
	 * position, and no colocated forms, which take no position.
	 */
	if (c->offsets_only)
		return c->emit(c->ctx, tflags, w, (int)n, start, end);
	if (c->flags & FTS5_TOKENIZE_PREFIX) {
		if (c->pending) {
			rc = emit_word(c, c->pending_flags, c->pending_word,
			    c->pending_len, c->pending_start, c->pending_end, 0);
			if (rc != SQLITE_OK)
				return rc;
			c->pending = 0;
		}
		if (n <= TOKENIZER_MAX_STEM_BYTES) {
			memcpy(c->pending_word, w, n);
			c->pending_len = n;
			c->pending_flags = tflags;
			c->pending_start = start;
			c->pending_end = end;
			c->pending = 1;
			return SQLITE_OK;
		}
		return c->emit(c->ctx, tflags, w, (int)n, start, end);
	}
	return emit_word(c, tflags, w, n, start, end,
	    (c->flags & FTS5_TOKENIZE_QUERY) == 0);
}

/* Tokenize text[0 .. len) afresh. */
static int tokenize_text(struct snowball *sb, void *ctx, int flags,
    const char *text, int len,
    int (*emit)(void *, int, const char *, int, int, int))
{
	struct tokenize_call *c = malloc(sizeof *c);
	int rc;

	if (c == NULL)
		return SQLITE_NOMEM;
	c->sb = sb;
	c->ctx = ctx;
	c->emit = emit;
	c->text = (const unsigned char *)text;
	c->text_len = len;
	c->flags = flags;
	c->offsets_only = (flags & FTS5_TOKENIZE_AUX) && sb->reg && sb->reg->aux_offsets_only;
	c->big = NULL;
	c->big_size = 0;
	c->pending = 0;
	rc = sb->parent_api.xTokenize(sb->parent, c, flags, text, len,
	    on_parent_token);
	if (rc == SQLITE_OK && c->pending)
		rc = emit_prefix(c);
	free(c->big);
	free(c);
	return rc;
}

/* ---- recorded tokens ---------------------------------------------------- */

/*
 * A recorded token is: varint(term bytes * 2 + colocated), the term bytes,
 * zigzag varint(start - previous start), zigzag varint(end - start).
 * Varints are 7 bits a byte, low bits first.  Document mode emits no other
 * token flag than FTS5_TOKEN_COLOCATED (capture refuses any other).
 */
static uint64_t zigzag(int64_t v)
{
	return v < 0 ? ((uint64_t)(-(v + 1)) << 1) | 1 : (uint64_t)v << 1;
}

static int64_t unzigzag(uint64_t v)
{
	return v & 1 ? -(int64_t)(v >> 1) - 1 : (int64_t)(v >> 1);
}

/* Reads a varint at *p (before end); 0 when it runs past end or is too long. */
static int get_varint(const unsigned char **p, const unsigned char *end, uint64_t *v)
{
	uint64_t x = 0;
	for (int shift = 0; *p < end && shift < 64; shift += 7) {
		unsigned char b = *(*p)++;
		x |= (uint64_t)(b & 0x7f) << shift;
		if ((b & 0x80) == 0) {
			*v = x;
			return 1;
		}
	}
	return 0;
}

struct capture {
	struct tokenizer_tokens *out;
	int prev_start;
	tokenizer_memo_term_fn fn;	/* NULL: none (tokenizer_capture_terms) */
	void *ctx;
	struct snowball *sb;	/* whose memo goes with a stem */
};

/* v at t->data + t->len, which has room for it (10 bytes). */
static void put_varint(struct tokenizer_tokens *t, uint64_t v)
{
	while (v >= 0x80) {
		t->data[t->len++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	t->data[t->len++] = (unsigned char)v;
}

static int on_capture_token(void *ctx, int tflags, const char *term, int n,
    int start, int end)
{
	struct capture *cp = ctx;
	struct tokenizer_tokens *t = cp->out;
	if ((tflags & ~FTS5_TOKEN_COLOCATED) != 0 || n < 0)
		return SQLITE_ERROR;
	/* room for the token at once: its three varints and its bytes */
	size_t need = (size_t)n + 30;
	if (t->cap - t->len < need) {
		size_t cap = t->cap ? t->cap : 4096;
		while (cap - t->len < need)
			cap *= 2;
		unsigned char *p = realloc(t->data, cap);
		if (p == NULL)
			return SQLITE_NOMEM;
		t->data = p;
		t->cap = cap;
	}
	put_varint(t, (uint64_t)n << 1 | (uint64_t)(tflags & FTS5_TOKEN_COLOCATED));
	memcpy(t->data + t->len, term, (size_t)n);
	t->len += (size_t)n;
	put_varint(t, zigzag((int64_t)start - cp->prev_start));
	put_varint(t, zigzag((int64_t)end - start));
	cp->prev_start = start;
	/* the terms tokenizer_each_term would walk in what was just recorded */
	if (cp->fn && !((tflags & FTS5_TOKEN_COLOCATED) && n > 0 && term[0] == TOKENIZER_RAW_MARK)) {
		/* a word's stem comes right after stem_word: its memo is the word's */
		uint32_t *memo = cp->sb->memo;
		cp->sb->memo = NULL;
		if (cp->fn(cp->ctx, term, n > TOKENIZER_FTS5_MAX_TOKEN ? TOKENIZER_FTS5_MAX_TOKEN
		    : (size_t)n, memo) != 0)
			return SQLITE_ABORT;
	}
	return SQLITE_OK;
}

/*
 * Hand FTS5 the recorded tokens of p, as tokenize_text would have emitted
 * them: in a stems-only table (raw_forms 0) the raw forms go to r's raw
 * observer instead, with the stem before them.
 */
static int replay_tokens(const struct tokenizer_pretokenized *p, int raw_forms,
    const struct tokenizer_replay *r, void *ctx,
    int (*emit)(void *, int, const char *, int, int, int))
{
	const unsigned char *at = p->tokens, *end = p->tokens + p->tokens_len;
	const char *stem = NULL;
	size_t stem_len = 0;
	int64_t start = 0;
	while (at < end) {
		uint64_t head, dstart, dlen;
		if (!get_varint(&at, end, &head) || (uint64_t)(end - at) < (head >> 1))
			return SQLITE_CORRUPT;
		const char *term = (const char *)at;
		at += head >> 1;
		if (!get_varint(&at, end, &dstart) || !get_varint(&at, end, &dlen))
			return SQLITE_CORRUPT;
		start += unzigzag(dstart);
		int64_t stop = start + unzigzag(dlen);
		size_t n = (size_t)(head >> 1);
		if (!raw_forms && (head & 1) && n > 0 && term[0] == TOKENIZER_RAW_MARK) {
			if (r->raw_observer && stem &&
			    r->raw_observer(r->raw_observer_ctx, term + 1, n - 1, stem, stem_len) != 0)
				return SQLITE_NOMEM;
			continue;
		}
		if (!(head & 1)) {
			stem = term;
			stem_len = n;
		}
		int rc = emit(ctx, (int)(head & 1), term, (int)n, (int)start, (int)stop);
		if (rc != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

int tokenizer_each_term(const unsigned char *tokens, size_t len, tokenizer_term_fn fn,
    void *ctx)
{
	const unsigned char *at = tokens, *end = tokens + len;
	while (at < end) {
		uint64_t head, skip;
		if (!get_varint(&at, end, &head) || (uint64_t)(end - at) < (head >> 1))
			return -1;
		const char *term = (const char *)at;
		size_t n = (size_t)(head >> 1);
		at += n;
		if (!get_varint(&at, end, &skip) || !get_varint(&at, end, &skip))
			return -1;
		if ((head & 1) && n > 0 && term[0] == TOKENIZER_RAW_MARK)
			continue;	/* the index's table keeps raw forms out of FTS5 */
		int rc = fn(ctx, term, n > TOKENIZER_FTS5_MAX_TOKEN ? TOKENIZER_FTS5_MAX_TOKEN : n);
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* The armed entry whose text is text[0 .. len), or NULL. */
static const struct tokenizer_pretokenized *armed_for(const struct tokenizer_replay *r,
    const char *text, int len)
{
	for (size_t i = 0; i < r->n; i++) {
		const struct tokenizer_pretokenized *p = &r->texts[i];
		if (p->text_len == (size_t)len && (len == 0 || memcmp(p->text, text, (size_t)len) == 0))
			return p;
	}
	return NULL;
}

/* An observed xTokenize: each token goes to the observer, then to FTS5. */
struct observed_call {
	void *ctx;
	int (*emit)(void *, int, const char *, int, int, int);
	const struct tokenizer_replay *r;
};

static int observe_token(void *ctx, int tflags, const char *term, int n, int start,
    int end)
{
	struct observed_call *o = ctx;
	size_t len = n < 0 ? 0 : n > TOKENIZER_FTS5_MAX_TOKEN ? TOKENIZER_FTS5_MAX_TOKEN
	    : (size_t)n;
	if (o->r->observer(o->r->observer_ctx, term, len) != 0)
		return SQLITE_NOMEM;
	return o->emit(o->ctx, tflags, term, n, start, end);
}

/*
 * A query text FTS5 parses: its kept tokens when the slot holds it since
 * the quieted synonyms last changed, else tokenized (and kept when it
 * went to the end and its tokens fit).
 */
static int query_remembered(struct snowball *sb, void *ctx, const char *text, int len,
    int (*emit)(void *, int, const char *, int, int, int))
{
	struct query_slot *sl = query_slot_of(sb->queries, text, len);
	unsigned generation = sb->reg->quiet_generation;
	if (sl->used && sl->generation == generation && sl->len == len &&
	    memcmp(sl->text, text, (size_t)len) == 0) {
		for (int i = 0; i < sl->ntokens; i++) {
			const struct query_token *t = &sl->tokens[i];
			int rc = emit(ctx, t->tflags, t->term, t->len, t->start, t->end);
			if (rc != SQLITE_OK)
				return rc;
		}
		return SQLITE_OK;
	}
	struct query_recording qr = { sl, ctx, emit, 0 };
	sl->used = 0;
	sl->ntokens = 0;
	int rc = tokenize_text(sb, &qr, FTS5_TOKENIZE_QUERY, text, len, on_query_record);
	if (rc == SQLITE_OK && !qr.full) {
		sl->used = 1;
		sl->generation = generation;
		sl->len = len;
		memcpy(sl->text, text, (size_t)len);
	}
	return rc;
}

static int snowball_tokenize(Fts5Tokenizer *tok, void *ctx, int flags,
    const char *text, int len,
    int (*emit)(void *, int, const char *, int, int, int))
{
	struct snowball *sb = (struct snowball *)tok;
	struct tokenizer_replay *r = sb->replay;
	struct observed_call observed;
	if (r && r->observer && flags == FTS5_TOKENIZE_DOCUMENT) {
		observed = (struct observed_call){ ctx, emit, r };
		ctx = &observed;
		emit = observe_token;
	}
	if (r && r->n && flags == FTS5_TOKENIZE_DOCUMENT && len >= 0) {
		const struct tokenizer_pretokenized *p = armed_for(r, text, len);
		/* a recording without raw forms serves a table that wants none, unobserved */
		if (p && p->stems_only && (sb->raw_forms || r->raw_observer))
			p = NULL;
		if (p) {
			r->replayed++;
			return replay_tokens(p, sb->raw_forms, r, ctx, emit);
		}
		r->tokenized++;
	}
	if (flags == FTS5_TOKENIZE_QUERY && sb->reg && len >= 0 && len <= QUERY_MEMO_TEXT) {
		if (sb->queries == NULL)
			sb->queries = calloc(1, sizeof *sb->queries);	/* none: no memo */
		if (sb->queries)
			return query_remembered(sb, ctx, text, len, emit);
	}
	return tokenize_text(sb, ctx, flags, text, len, emit);
}

/* ---- registration ------------------------------------------------------ */

fts5_api *tokenizer_fts5_api(sqlite3 *db)
{
	fts5_api *api = NULL;
	sqlite3_stmt *stmt = NULL;
	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL) == SQLITE_OK) {
		sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
		sqlite3_step(stmt);
	}
	sqlite3_finalize(stmt);
	return api;
}

static void registration_free(void *p)
{
	struct registration *reg = p;
	if (reg)
		free(reg->quiet);
	free(reg);
}

int tokenizer_register(sqlite3 *db, char *err, size_t errlen)
{
	fts5_tokenizer methods = { snowball_create, snowball_delete, snowball_tokenize };
	fts5_api *api = tokenizer_fts5_api(db);
	struct registration *reg;
	if (api == NULL || api->iVersion < 2) {
		snprintf(err, errlen, "this SQLite has no usable FTS5 module");
		return -1;
	}
	if ((reg = calloc(1, sizeof *reg)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	reg->api = api;
	/* FTS5 calls registration_free when db closes, but not when this fails */
	if (api->xCreateTokenizer(api, TOKENIZER_NAME, reg, &methods,
	    registration_free) != SQLITE_OK) {
		snprintf(err, errlen, "cannot register the %s tokenizer: %s",
		    TOKENIZER_NAME, sqlite3_errmsg(db));
		free(reg);
		return -1;
	}
	return 0;
}

const char *tokenizer_stemmer_version(void)
{
	return STEMMER_VERSION;
}

/*
 * Words whose stems exercise most Snowball English rules; if libstemmer's
 * behaviour changes, their hash changes and an index built with the old one
 * is rebuilt rather than silently mismatched.
 */
static const char *const fingerprint_words[] = {
	"generalization", "universities", "vaccination", "running", "happily",
	"ketamine's", "relational", "conditional", "hopefulness", "formaliti",
	"sensational", "dying", "news", "skies", "proceedings", "succeeded",
	"communism", "arsenal", "gently", "cried", "agreed", "feed", "bled",
	"hoping", "fluently", "knightly", "initially", "atlas", "cosmos", "bias",
};

const char *tokenizer_spec(void)
{
	static char spec[256];
	if (spec[0])
		return spec;
	uint32_t h = FNV32_INIT;
	struct sb_stemmer *st = sb_stemmer_new(DEFAULT_LANGUAGE, "UTF_8");
	for (size_t i = 0; st && i < sizeof fingerprint_words / sizeof *fingerprint_words; i++) {
		const char *wd = fingerprint_words[i];
		const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)wd, (int)strlen(wd));
		if (s)
			h = fnv32(h, (const char *)s, (size_t)sb_stemmer_length(st));
		h = fnv32(h, "\n", 1);
	}
	if (st)
		sb_stemmer_delete(st);
	snprintf(spec, sizeof spec,
	    "%s %s; parent unicode61 remove_diacritics 2 apostrophes; raw forms in a vocabulary; "
	    "format %d; libstemmer %s; stems %08x",
	    TOKENIZER_NAME, DEFAULT_LANGUAGE, TOKENIZER_FORMAT, STEMMER_VERSION,
	    (unsigned)h);
	return spec;
}

/* ---- direct use -------------------------------------------------------- */

/*
 * Document texts remembered (tokenizer_remember): each text's bytes and
 * its tokens, found again by a hash of the text.  A claim reads the same
 * passages several times (the pool's rows scored and fed back, then the
 * shown rows and their headings read for evidence; a source's title and
 * heading once for each of its passages): the second time is a replay.
 */
#define MEMO_BUCKETS 256	/* a power of two */

struct memo_token {
	size_t term;		/* in memo.chars */
	unsigned len, start, end;	/* tokenizer_run's texts are under 2^31 bytes */
	int colocated;
};

struct memo_text {
	uint64_t hash;
	int flags;		/* how it was tokenized: a document or a query */
	size_t text, len;	/* in memo.chars */
	size_t first, count;	/* its tokens in memo.tokens */
	int next;		/* the next text of the same bucket, or -1 */
};

struct memo {
	size_t budget;		/* bytes of texts, terms and tokens it may hold; 0: off */
	char *chars;
	size_t nchars, chars_cap;
	struct memo_token *tokens;
	size_t ntokens, tokens_cap;
	struct memo_text *texts;
	int ntexts, texts_cap;
	int bucket[MEMO_BUCKETS];
};

struct tokenizer_session {
	fts5_tokenizer api;
	Fts5Tokenizer *tok;
	struct registration *reg;	/* the connection's, when the tokenizer is ours */
	int stems_only;			/* captures record no raw forms */
	struct memo memo;
};

int tokenizer_open(sqlite3 *db, struct tokenizer_session **out, char *err,
    size_t errlen)
{
	fts5_api *api = tokenizer_fts5_api(db);
	void *user = NULL;
	struct tokenizer_session *s;

	*out = NULL;
	if (api == NULL) {
		snprintf(err, errlen, "this SQLite has no usable FTS5 module");
		return -1;
	}
	s = calloc(1, sizeof *s);
	if (s == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	if (api->xFindTokenizer(api, TOKENIZER_NAME, &user, &s->api) != SQLITE_OK ||
	    s->api.xCreate(user, NULL, 0, &s->tok) != SQLITE_OK) {
		snprintf(err, errlen, "the %s tokenizer is not registered", TOKENIZER_NAME);
		free(s);
		return -1;
	}
	/*
	 * a session always tokenizes and keeps every synonym (and may run on
	 * another thread than db's)
	 */
	if (s->api.xTokenize == snowball_tokenize) {
		s->reg = user;
		((struct snowball *)s->tok)->replay = NULL;
		((struct snowball *)s->tok)->reg = NULL;
	}
	*out = s;
	return 0;
}

struct run_ctx {
	tokenizer_callback cb;
	void *ctx;
	int stop;
};

static int on_run_token(void *ctx, int tflags, const char *term, int n,
    int start, int end)
{
	struct run_ctx *r = ctx;
	r->stop = r->cb(r->ctx, term, (size_t)n, (size_t)start, (size_t)end,
	    (tflags & FTS5_TOKEN_COLOCATED) != 0);
	return r->stop ? SQLITE_DONE : SQLITE_OK;
}

/* A hash of text[0 .. len), eight bytes at a time (a memo's look-up compares the bytes). */
static uint64_t memo_hash(const char *text, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL ^ len;
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, text + i, 8);
		h = (h ^ w) * 0x100000001b3ULL;
		h ^= h >> 29;
	}
	for (; i < len; i++)
		h = (h ^ (unsigned char)text[i]) * 0x100000001b3ULL;
	return h ^ (h >> 32);
}

/* Bytes the memo holds. */
static size_t memo_size(const struct memo *m)
{
	return m->nchars + m->ntokens * sizeof *m->tokens + (size_t)m->ntexts * sizeof *m->texts;
}

/*
 * Room for more bytes in m->chars, and for beside more bytes of tokens or
 * texts, within the budget: 0 or -1.
 */
static int memo_chars(struct memo *m, size_t more, size_t beside)
{
	if (memo_size(m) + more + beside > m->budget)
		return -1;
	if (m->chars_cap - m->nchars >= more)
		return 0;
	size_t cap = m->chars_cap ? m->chars_cap : 16384;
	while (cap - m->nchars < more)
		cap *= 2;
	if (cap > m->budget && m->budget >= m->nchars + more)
		cap = m->budget;
	char *p = realloc(m->chars, cap);
	if (p == NULL)
		return -1;
	m->chars = p;
	m->chars_cap = cap;
	return 0;
}

/* A tokenizer_run being remembered: each token is kept, then passed on. */
struct memo_call {
	struct memo *m;
	tokenizer_callback cb;
	void *ctx;
	int failed;		/* over the budget or out of memory: not kept */
};

static int on_memo_token(void *ctx, const char *term, size_t n, size_t start, size_t end,
    int colocated)
{
	struct memo_call *mc = ctx;
	struct memo *m = mc->m;
	if (!mc->failed && m->ntokens == m->tokens_cap) {
		size_t cap = m->tokens_cap ? m->tokens_cap * 2 : 4096;
		struct memo_token *p = memo_size(m) + (cap - m->tokens_cap) * sizeof *p > m->budget ?
		    NULL : realloc(m->tokens, cap * sizeof *p);
		if (p == NULL) {
			mc->failed = 1;
		} else {
			m->tokens = p;
			m->tokens_cap = cap;
		}
	}
	/* most terms fit the room there is: memo_chars only to grow */
	if (!mc->failed && (n > UINT32_MAX || (m->chars_cap - m->nchars < n &&
	    memo_chars(m, n, 0) != 0)))
		mc->failed = 1;
	if (!mc->failed) {
		memcpy(m->chars + m->nchars, term, n);
		m->tokens[m->ntokens++] = (struct memo_token){ m->nchars, (unsigned)n,
		    (unsigned)start, (unsigned)end, colocated };
		m->nchars += n;
	}
	return mc->cb(mc->ctx, term, n, start, end, colocated);
}

static int run_fresh(struct tokenizer_session *s, int flags, const char *text, size_t len,
    tokenizer_callback cb, void *ctx)
{
	struct run_ctx r = { cb, ctx, 0 };
	int rc = s->api.xTokenize(s->tok, &r, flags, text, (int)len, on_run_token);
	if (r.stop)
		return r.stop;
	return rc == SQLITE_OK ? 0 : -1;
}

/*
 * A text through the memo: replayed when kept (tokenized with the same
 * flags), else tokenized and kept (when the budget allows and the
 * callback went to the end).
 */
static int run_remembered(struct tokenizer_session *s, int flags, const char *text, size_t len,
    tokenizer_callback cb, void *ctx)
{
	struct memo *m = &s->memo;
	uint64_t h = memo_hash(text, len) ^ (uint64_t)flags;
	int b = (int)(h & (MEMO_BUCKETS - 1));
	for (int t = m->ntexts ? m->bucket[b] : -1; t >= 0; t = m->texts[t].next) {
		const struct memo_text *k = &m->texts[t];
		if (k->hash != h || k->flags != flags || k->len != len ||
		    memcmp(m->chars + k->text, text, len) != 0)
			continue;
		for (size_t i = k->first; i < k->first + k->count; i++) {
			const struct memo_token *x = &m->tokens[i];
			int stop = cb(ctx, m->chars + x->term, x->len, x->start, x->end,
			    x->colocated);
			if (stop)
				return stop;
		}
		return 0;
	}
	size_t nchars = m->nchars, ntokens = m->ntokens;
	struct memo_call mc = { m, cb, ctx, 0 };
	if (m->ntexts == m->texts_cap) {
		int cap = m->texts_cap ? m->texts_cap * 2 : 64;
		struct memo_text *p = realloc(m->texts, (size_t)cap * sizeof *p);
		if (p == NULL)
			mc.failed = 1;
		else {
			m->texts = p;
			m->texts_cap = cap;
		}
	}
	if (!mc.failed && memo_chars(m, len, sizeof *m->texts) != 0)
		mc.failed = 1;
	if (!mc.failed) {
		memcpy(m->chars + m->nchars, text, len);
		m->nchars += len;
	}
	int rc = run_fresh(s, flags, text, len, on_memo_token, &mc);
	if (rc != 0 || mc.failed) {	/* stopped, failed or over budget: forget it */
		m->nchars = nchars;
		m->ntokens = ntokens;
		return rc;
	}
	m->texts[m->ntexts] = (struct memo_text){ h, flags, nchars, len, ntokens,
	    m->ntokens - ntokens, m->bucket[b] };
	m->bucket[b] = m->ntexts++;
	return 0;
}

int tokenizer_run(struct tokenizer_session *s, enum tokenizer_mode mode,
    const char *text, size_t len, tokenizer_callback cb, void *ctx)
{
	int flags = mode == TOKENIZER_QUERY ? FTS5_TOKENIZE_QUERY
	    : mode == TOKENIZER_PREFIX ? FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX
	    : FTS5_TOKENIZE_DOCUMENT;
	if (len > INT32_MAX)
		return -1;
	/*
	 * Not prefixes, nor with a reporter of new raw forms (replaying would
	 * not report them); a session's queries keep every synonym, so their
	 * tokens follow from the text alone.
	 */
	if (s->memo.budget > 0 &&
	    (flags == FTS5_TOKENIZE_DOCUMENT || flags == FTS5_TOKENIZE_QUERY) &&
	    !(s->api.xTokenize == snowball_tokenize && ((struct snowball *)s->tok)->new_raw))
		return run_remembered(s, flags, text, len, cb, ctx);
	return run_fresh(s, flags, text, len, cb, ctx);
}

void tokenizer_remember(struct tokenizer_session *s, size_t bytes)
{
	struct memo *m = &s->memo;
	m->budget = bytes;
	m->nchars = m->ntokens = 0;
	m->ntexts = 0;
	memset(m->bucket, -1, sizeof m->bucket);
}

/* The memo's memory (kept from one task to the next: tokenizer_remember). */
static void memo_free(struct memo *m)
{
	free(m->chars);
	free(m->tokens);
	free(m->texts);
	memset(m, 0, sizeof *m);
}

int tokenizer_capture(struct tokenizer_session *s, const char *text, size_t len,
    struct tokenizer_tokens *out)
{
	return tokenizer_capture_terms(s, text, len, out, NULL, NULL);
}

int tokenizer_capture_terms(struct tokenizer_session *s, const char *text, size_t len,
    struct tokenizer_tokens *out, tokenizer_memo_term_fn fn, void *ctx)
{
	size_t before = out->len;
	if (s->api.xTokenize != snowball_tokenize || len > INT_MAX)
		return -1;
	struct snowball *sb = (struct snowball *)s->tok;
	struct capture cp = { out, 0, fn, ctx, sb };
	sb->memo = NULL;
	/* a session has no replay slot: with raw_forms 0, emit_raw drops them */
	sb->raw_forms = !s->stems_only;
	int rc = tokenize_text(sb, &cp, FTS5_TOKENIZE_DOCUMENT, text, (int)len,
	    on_capture_token);
	sb->raw_forms = 1;
	if (rc != SQLITE_OK) {
		out->len = before;
		return -1;
	}
	return 0;
}

void tokenizer_tokens_free(struct tokenizer_tokens *t)
{
	if (t == NULL)
		return;
	free(t->data);
	t->data = NULL;
	t->len = t->cap = 0;
}

struct tokenizer_replay *tokenizer_replay_get(sqlite3 *db)
{
	fts5_api *api = tokenizer_fts5_api(db);
	fts5_tokenizer methods;
	void *user = NULL;
	if (api == NULL || api->xFindTokenizer(api, TOKENIZER_NAME, &user, &methods) != SQLITE_OK ||
	    methods.xTokenize != snowball_tokenize || user == NULL)
		return NULL;
	return &((struct registration *)user)->replay;
}

int tokenizer_quiet_synonyms(struct tokenizer_session *s, const char *const *terms, size_t n)
{
	struct registration *reg = s->reg;
	size_t len = 0;
	if (reg == NULL)
		return -1;
	reg->quiet_generation++;	/* the query words' tokens kept so far are forgotten */
	if (n == 0 && reg->quiet_len == 0)
		return 0;
	free(reg->quiet);
	reg->quiet = NULL;
	reg->quiet_len = 0;
	for (size_t i = 0; i < n; i++)
		len += strlen(terms[i]) + 1;
	if (len == 0)
		return 0;
	if ((reg->quiet = malloc(len)) == NULL)
		return -1;	/* none quieted: still right, only slower */
	for (size_t i = 0; i < n; i++) {
		size_t one = strlen(terms[i]) + 1;
		memcpy(reg->quiet + reg->quiet_len, terms[i], one);
		reg->quiet_len += one;
	}
	return 0;
}

void tokenizer_replay_arm(struct tokenizer_replay *r,
    const struct tokenizer_pretokenized *texts, size_t n)
{
	if (n > TOKENIZER_REPLAY_MAX)
		n = TOKENIZER_REPLAY_MAX;	/* the rest is tokenized afresh: still right */
	memcpy(r->texts, texts, n * sizeof *texts);
	r->n = n;
}

void tokenizer_replay_disarm(struct tokenizer_replay *r)
{
	r->n = 0;
}

void tokenizer_replay_observe(struct tokenizer_replay *r, tokenizer_observer fn,
    void *ctx)
{
	r->observer = fn;
	r->observer_ctx = ctx;
}

void tokenizer_replay_raw_forms(struct tokenizer_replay *r, tokenizer_raw_observer fn,
    void *ctx)
{
	r->raw_observer = fn;
	r->raw_observer_ctx = ctx;
}

int tokenizer_prefix_expander(struct tokenizer_session *s, tokenizer_expander fn, void *ctx)
{
	if (s->reg == NULL)
		return -1;
	s->reg->expander = fn;
	s->reg->expander_ctx = ctx;
	return 0;
}

int tokenizer_aux_offsets_only(struct tokenizer_session *s, int on)
{
	if (s->reg == NULL)
		return -1;
	s->reg->aux_offsets_only = on != 0;
	return 0;
}

void tokenizer_forget_memos(struct tokenizer_session *s)
{
	if (s->api.xTokenize != snowball_tokenize)
		return;
	struct snowball *sb = (struct snowball *)s->tok;
	for (size_t i = 0; sb->cache && i < sb->cache_slots; i++)
		sb->cache[i].memo = 0;
}

int tokenizer_capture_stems_only(struct tokenizer_session *s, int on)
{
	if (s->api.xTokenize != snowball_tokenize)
		return -1;
	s->stems_only = on != 0;
	return 0;
}

int tokenizer_report_raw_forms(struct tokenizer_session *s, tokenizer_raw_observer fn,
    void *ctx)
{
	if (s->api.xTokenize != snowball_tokenize)
		return -1;
	struct snowball *sb = (struct snowball *)s->tok;
	sb->new_raw = fn;
	sb->new_raw_ctx = ctx;
	for (size_t i = 0; sb->cache && i < sb->cache_slots; i++)
		sb->cache[i].reported = 0;	/* none went to this fn yet */
	return 0;
}

void tokenizer_replay_counts(const struct tokenizer_replay *r, size_t *replayed,
    size_t *tokenized)
{
	*replayed = r->replayed;
	*tokenized = r->tokenized;
}

void tokenizer_close(struct tokenizer_session *s)
{
	if (s == NULL)
		return;
	if (s->tok)
		s->api.xDelete(s->tok);
	memo_free(&s->memo);
	free(s);
}
