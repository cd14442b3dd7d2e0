/*
 * tokenizer.h: the "snowball" FTS5 tokenizer.
 *
 * This module owns how text becomes index terms: it wraps FTS5's unicode61
 * tokenizer (remove_diacritics 2), folds curly apostrophes to "'", keeps an
 * apostrophe between letters inside the word, drops a possessive "'s",
 * stems with the Snowball English stemmer (libstemmer), and indexes the
 * unstemmed lowercase form next to the stem at the same position, marked
 * with TOKENIZER_RAW_MARK so the two can never collide.  Prefix queries
 * ("vaccinat*") are expanded over the unstemmed forms as well as the stems.
 * Byte offsets reported for every token are exact offsets into the input.
 *
 * The index's own table is made with the TOKENIZER_STEMS_ONLY option: it
 * keeps the raw forms out of FTS5 (a quarter of its data) and hands them
 * to the connection's raw observer instead (the indexer keeps them in a
 * vocabulary table, raw form -> stem); a prefix query there matches the
 * stems starting with it and the stems the connection's expander names
 * (those of the raw forms starting with it), a superset of the rows a
 * table with raw forms would match, which the search narrows (prefix.h).
 *
 * It is the only file that includes libstemmer.h.  Each tokenizer instance
 * owns its own stemmer, so connections and threads never share state.
 *
 * Pre-tokenizing: a second thread can tokenize the texts of the next inserts
 * with tokenizer_capture; the connection doing the inserts is then armed
 * with those texts and their recorded tokens, and when FTS5 asks for the
 * tokens of a document text equal byte for byte to an armed one it gets the
 * recorded ones, exactly what tokenizing again would give (same terms,
 * positions, colocation flags and offsets).  Any other text is tokenized.
 */
#ifndef TOKENIZER_H
#define TOKENIZER_H

#include <stddef.h>
#include <stdint.h>
#include <sqlite3.h>

#define TOKENIZER_NAME "snowball"
/* The last tokenize= argument that keeps raw forms out of the table. */
#define TOKENIZER_STEMS_ONLY "stems"
/* The tokenize= option of the index's FTS5 table: stems only. */
#define TOKENIZER_FTS5_OPTION TOKENIZER_NAME " english " TOKENIZER_STEMS_ONLY
/* The tokenize= option of a table with the raw forms (as the index had them before schema 6). */
#define TOKENIZER_FTS5_FULL_OPTION TOKENIZER_NAME " english"
/* First byte of an unstemmed (raw) term in the index; unicode61 never emits it. */
#define TOKENIZER_RAW_MARK '\x01'
/* Tokens longer than this many bytes are indexed as they are, unstemmed. */
#define TOKENIZER_MAX_STEM_BYTES 64

/*
 * Register the "snowball" tokenizer with db's FTS5 module.  Arguments in a
 * table's tokenize= option: an optional Snowball language ("english" is the
 * default), then optionally TOKENIZER_STEMS_ONLY; an unknown language
 * makes CREATE VIRTUAL TABLE fail.
 * Returns 0, or -1 with a message in err (errlen bytes).
 */
int tokenizer_register(sqlite3 *db, char *err, size_t errlen);

/* db's FTS5 API (for registering our other FTS5 pieces), or NULL. */
fts5_api *tokenizer_fts5_api(sqlite3 *db);

/*
 * The tokenizer's identity as recorded in an index: name, options, parent
 * tokenizer, libstemmer version and a fingerprint of the stems of a fixed
 * word list (so a changed libstemmer is noticed even if its version string
 * is not).  Returns a static string; never NULL.
 */
const char *tokenizer_spec(void);

/* The libstemmer version this program was built against (static string). */
const char *tokenizer_stemmer_version(void);

/*
 * Running the registered tokenizer directly, for --analyze, for finding
 * which query words a passage contains, and for the best-sentence search.
 * A session holds one tokenizer instance; it is not thread-safe by itself.
 */
struct tokenizer_session;

enum tokenizer_mode {
	TOKENIZER_DOCUMENT,	/* as text is indexed: stems plus colocated raw forms */
	TOKENIZER_QUERY,	/* as a query word is matched: stems only */
	TOKENIZER_PREFIX	/* as a prefix query: the last word unstemmed, also marked */
};

/*
 * Called per token: term/term_len are the term bytes (not NUL-terminated),
 * [start, end) the byte range in the input, colocated is non-zero for a term
 * at the same position as the previous one (a raw form).  Return 0 to go on,
 * anything else to stop; tokenizer_run then returns that value.
 */
typedef int (*tokenizer_callback)(void *ctx, const char *term, size_t term_len,
    size_t start, size_t end, int colocated);

/* Open a session on a db where tokenizer_register has run.  0 or -1 + err. */
int tokenizer_open(sqlite3 *db, struct tokenizer_session **out, char *err,
    size_t errlen);
/* Tokenize text[0 .. len).  0, the callback's stop value, or -1 (SQLite error). */
int tokenizer_run(struct tokenizer_session *s, enum tokenizer_mode mode,
    const char *text, size_t len, tokenizer_callback cb, void *ctx);
/* Accepts NULL. */
void tokenizer_close(struct tokenizer_session *s);

/*
 * Remember texts: until the next call, tokenizer_run in
 * TOKENIZER_DOCUMENT and TOKENIZER_QUERY mode keeps each text it
 * tokenizes to the end with its tokens (up to `bytes` of texts, terms
 * and tokens in all; past that it tokenizes without keeping), and a text
 * equal byte for byte to one kept in the same mode gets the kept tokens:
 * the same terms, offsets and colocation as tokenizing it again.  For a
 * task that reads the same texts several times (a claim reads its pooled
 * passages to score them, then the shown ones for evidence).  bytes = 0
 * stops; each call forgets every text kept (the memory stays for the
 * next task, until tokenizer_close).  Not while a reporter of new raw
 * forms is set (tokenizer_report_raw_forms): those texts are always
 * tokenized.
 */
void tokenizer_remember(struct tokenizer_session *s, size_t bytes);

/*
 * Recorded tokens: an encoded list, appended to by tokenizer_capture.  Start
 * from a zeroed struct; data is malloc'd and owned by the struct.
 */
struct tokenizer_tokens {
	unsigned char *data;
	size_t len, cap;	/* bytes used, bytes allocated */
};

/*
 * Tokenize text[0 .. len) in TOKENIZER_DOCUMENT mode and append its tokens
 * to out; the bytes added, out->data[old len .. new len), are the recording
 * of this text (a later append may move data: keep offsets, not pointers).
 * A session may capture on any one thread at a time, independently of the
 * connection it was opened on.  Returns 0, or -1 (out of memory, or the
 * session's tokenizer is not this module's) with out->len unchanged.
 */
int tokenizer_capture(struct tokenizer_session *s, const char *text, size_t len,
    struct tokenizer_tokens *out);
/* Frees out->data and zeroes the struct; accepts NULL. */
void tokenizer_tokens_free(struct tokenizer_tokens *t);

/*
 * Captures on s from now on record no raw forms (on non-zero) or all
 * tokens (0, as opened): a recording for the index's stems-only table
 * alone, a quarter smaller, whose raw forms the caller has by other means
 * (tokenizer_report_raw_forms).  Armed with stems_only set, such a
 * recording is replayed only to a stems-only table while no raw observer
 * is set; any other tokenizes the text afresh.  tokenizer_each_term walks
 * the same terms either way.  Returns 0, or -1 when the session's
 * tokenizer is not this module's.
 */
int tokenizer_capture_stems_only(struct tokenizer_session *s, int on);

/*
 * Call fn for each term of a recording (bytes tokenizer_capture appended:
 * tokens[0 .. len)), in order, as FTS5 indexes it (cut to
 * TOKENIZER_FTS5_MAX_TOKEN bytes, see tokenizer_replay_observe): the
 * terms FTS5 gets when the recording is replayed.  Returns 0, fn's first
 * non-zero value (which stops the walk), or -1 for a damaged recording.
 */
typedef int (*tokenizer_term_fn)(void *ctx, const char *term, size_t term_len);
int tokenizer_each_term(const unsigned char *tokens, size_t len, tokenizer_term_fn fn,
    void *ctx);

/*
 * tokenizer_capture, and fn called for each term tokenizer_each_term
 * would walk in what it records, in order, as it records it (one pass
 * instead of two).  A non-zero value from fn fails the capture (-1, with
 * out->len unchanged); fn may have been called for a part of the text.
 *
 * memo: when the term is the stem of a word the session's stem cache
 * holds, 32 bits kept with that word in the cache for fn alone (what fn
 * learnt of the stem the last time, to skip finding it again); 0 when the
 * word came into the cache since, and kept while it stays there; NULL
 * for any other term.  Every word with the same stem has a memo of its
 * own.  tokenizer_forget_memos sets them all to 0 (when what they point
 * to moves).
 */
typedef int (*tokenizer_memo_term_fn)(void *ctx, const char *term, size_t term_len,
    uint32_t *memo);
int tokenizer_capture_terms(struct tokenizer_session *s, const char *text, size_t len,
    struct tokenizer_tokens *out, tokenizer_memo_term_fn fn, void *ctx);
void tokenizer_forget_memos(struct tokenizer_session *s);

/* A text and the recording tokenizer_capture made of exactly that text. */
struct tokenizer_pretokenized {
	const char *text;
	size_t text_len;		/* bytes */
	const unsigned char *tokens;	/* the bytes tokenizer_capture appended */
	size_t tokens_len;
	int stems_only;			/* recorded so (tokenizer_capture_stems_only) */
};

/* Most texts armed at once (an insert has one per indexed column). */
#define TOKENIZER_REPLAY_MAX 4

/*
 * The replay slot of a connection where tokenizer_register ran: owned by
 * the connection (valid until sqlite3_close), NULL when the "snowball"
 * tokenizer of db is not this module's.  Use it only on the thread that
 * runs db's statements.  Tables of another language than the default never
 * replay.
 */
struct tokenizer_replay;
struct tokenizer_replay *tokenizer_replay_get(sqlite3 *db);

/*
 * Arm: until the next arm or disarm, a document text FTS5 tokenizes on this
 * connection that equals texts[i].text is given texts[i].tokens.  The caller
 * keeps texts[i].text and .tokens valid while armed; the array itself is
 * copied.  n is at most TOKENIZER_REPLAY_MAX (more are ignored, so
 * tokenized afresh).
 */
void tokenizer_replay_arm(struct tokenizer_replay *r,
    const struct tokenizer_pretokenized *texts, size_t n);
void tokenizer_replay_disarm(struct tokenizer_replay *r);
/*
 * Observe: while an observer is set, every token of every document text
 * FTS5 tokenizes on this connection (the columns of an insert, and the old
 * values given to its 'delete' command; replayed or tokenized afresh) is
 * also passed to fn, as FTS5 indexes it: cut to TOKENIZER_FTS5_MAX_TOKEN
 * bytes.  fn returns 0, or non-zero to fail the statement (SQLITE_NOMEM).
 * A NULL fn stops observing.  Queries and auxiliary functions are never
 * observed.
 */
typedef int (*tokenizer_observer)(void *ctx, const char *term, size_t term_len);
void tokenizer_replay_observe(struct tokenizer_replay *r, tokenizer_observer fn,
    void *ctx);
/*
 * Raw forms: while set, each raw form (unmarked: raw[0 .. raw_len)) that a
 * stems-only table on this connection keeps out of FTS5 (documents, and
 * the old values of a 'delete'; replayed or tokenized afresh) is passed
 * to fn with its stem, once for each occurrence.  fn returns 0, or
 * non-zero to fail the statement (SQLITE_NOMEM).  NULL stops.
 */
typedef int (*tokenizer_raw_observer)(void *ctx, const char *raw, size_t raw_len,
    const char *stem, size_t stem_len);
void tokenizer_replay_raw_forms(struct tokenizer_replay *r, tokenizer_raw_observer fn,
    void *ctx);
/*
 * New raw forms: until the next call, each capture on session s
 * (tokenizer_capture) passes fn the raw forms it records (unmarked, with
 * their stems, as a stems-only table hands them to its raw observer) that
 * it has not passed since this call: each distinct one at least once,
 * mostly once (the session's stem cache remembers which went; one that
 * fell out of the cache goes again).  A call with the same fn makes every
 * raw form go again (for a caller that dropped what fn was given).  fn
 * returns 0, or non-zero to fail the capture.  NULL fn: none.  Returns 0,
 * or -1 when the session's tokenizer is not this module's.
 */
int tokenizer_report_raw_forms(struct tokenizer_session *s, tokenizer_raw_observer fn,
    void *ctx);
/* FTS5 indexes only the first this many bytes of a token (FTS5_MAX_TOKEN_SIZE). */
#define TOKENIZER_FTS5_MAX_TOKEN 32768

/*
 * Quiet synonyms: until the next call, FTS5's parsing of query
 * expressions on the connection s was opened on leaves out each of
 * terms[0 .. n) where a query word would have it as a synonym (a word's
 * "-ment" noun, its other spelling or its Latin or Greek other number:
 * tokenizer.c emit_nominalization, emit_other_forms); n = 0 quiets none.  For
 * synonyms the index holds nowhere: such a synonym matches no row, so
 * leaving it out changes no result, and FTS5 then reads the word's row
 * list alone instead of merging it with an empty one at every row.  The
 * caller must call again (n = 0 at least) before the index may have
 * changed.  Sessions themselves (tokenizer_run) keep every synonym.  Use
 * only on the thread that runs the connection's statements.  Returns 0,
 * or -1 (the connection's tokenizer is not this module's, or out of
 * memory: then none is quieted).
 */
int tokenizer_quiet_synonyms(struct tokenizer_session *s, const char *const *terms, size_t n);

/*
 * Prefix expansion: until the next call, when FTS5 parses a prefix query
 * (the last word of a "..."* string) for a stems-only table on the
 * connection s was opened on, fn(ctx, prefix, prefix_len, add, add_ctx)
 * is asked for the stems to match besides those starting with the prefix,
 * and calls add(add_ctx, stem, stem_len) for each (add returns non-zero
 * to stop).  fn returns 0, or non-zero to fail the query.  Not asked
 * when the string ends in a blank ("connecti "*: the search writes a
 * negated prefix so, since NOT over a superset would drop rows).  NULL fn:
 * none.  Returns 0, or -1 when the connection's tokenizer is not this
 * module's.  Use only on the thread that runs the connection's statements.
 */
typedef int (*tokenizer_expansion_fn)(void *ctx, const char *stem, size_t stem_len);
typedef int (*tokenizer_expander)(void *ctx, const char *prefix, size_t prefix_len,
    tokenizer_expansion_fn add, void *add_ctx);
int tokenizer_prefix_expander(struct tokenizer_session *s, tokenizer_expander fn, void *ctx);

/*
 * Offsets only for auxiliary functions: while on, when an FTS5 auxiliary
 * function on the connection s was opened on has a text tokenized
 * (FTS5_TOKENIZE_AUX: snippet(), highlight(), a column size without
 * columnsize), each word is one token at the position and byte range a
 * document gives it, but its text is the folded word, not its stem, and
 * no colocated raw form or synonym follows (they take no position).
 * FTS5's snippet() and highlight() read only positions and offsets, so
 * their output is the same and they cost no stemming; turn it on only when
 * every auxiliary function run on the connection does so too (this
 * library's own call none).  Returns 0, or -1 when the connection's
 * tokenizer is not this module's.
 */
int tokenizer_aux_offsets_only(struct tokenizer_session *s, int on);

/* Since the connection opened, while armed: texts replayed, and texts that matched none and were tokenized. */
void tokenizer_replay_counts(const struct tokenizer_replay *r, size_t *replayed,
    size_t *tokenized);

#endif
