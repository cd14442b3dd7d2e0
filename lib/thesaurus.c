/*
 * thesaurus.c: WordNet synonyms by binary search in the mapped database
 * files (thesaurus.h).
 *
 * An index line is "lemma pos synset_cnt p_cnt [ptr]... sense_cnt
 * tagsense_cnt offset...", a data line "offset lex_filenum ss_type w_cnt
 * (word lex_id)... ...", w_cnt in hexadecimal; an exception line "form
 * base...".  Lines that start with a space are the licence at the top of
 * each file.  The lines are sorted bytewise by their first field, which is
 * what find_line relies on.
 */
#include "thesaurus.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define NPOS 4
#define LEMMA_MAX 64
#define KIND_SENSES 8		/* senses read at most: antonyms' and kinds' */

static const char *const pos_name[NPOS] = { "noun", "verb", "adj", "adv" };

struct map {
	const char *p;
	size_t n;
};

struct thesaurus {
	struct map index[NPOS], data[NPOS], exc[NPOS];
	struct map counts;	/* cntlist.rev: "sense_key sense_number tag_cnt", by sense key */
	long element;	/* the noun synset "chemical element", or -1 */
};

static int first_senses(const struct thesaurus *t, int pos, const char *base, long *offs,
    int max);

/* WordNet's detachment rules: a form ending in `suffix` may have base form stem + `ending`. */
static const struct {
	int pos;
	const char *suffix, *ending;
} rules[] = {
	{ 0, "s", "" }, { 0, "ses", "s" }, { 0, "xes", "x" }, { 0, "zes", "z" },
	{ 0, "ches", "ch" }, { 0, "shes", "sh" }, { 0, "men", "man" }, { 0, "ies", "y" },
	{ 1, "s", "" }, { 1, "ies", "y" }, { 1, "es", "e" }, { 1, "es", "" },
	{ 1, "ed", "e" }, { 1, "ed", "" }, { 1, "ing", "e" }, { 1, "ing", "" },
	{ 2, "er", "" }, { 2, "est", "" }, { 2, "er", "e" }, { 2, "est", "e" },
};

/*
 * Map dir/<before><pos><after> ("index.noun", "noun.exc"); a missing file
 * leaves m empty and returns 1, an empty one leaves it empty and returns 0.
 * 0, 1 or -1.
 */
static int map_file(const char *dir, const char *before, const char *pos, const char *after,
    struct map *m)
{
	char path[4096];
	struct stat st;
	m->p = NULL;
	m->n = 0;
	if ((size_t)snprintf(path, sizeof path, "%s/%s%s%s", dir, before, pos, after) >=
	    sizeof path)
		return 1;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 1;
	int rc = fstat(fd, &st) == 0 ? 0 : -1;
	if (rc == 0 && st.st_size > 0) {
		void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (p == MAP_FAILED) {
			rc = -1;
		} else {
			/* binary search and offsets: reading ahead only costs */
			(void)madvise(p, (size_t)st.st_size, MADV_RANDOM);
			m->p = p;
			m->n = (size_t)st.st_size;
		}
	}
	close(fd);
	return rc;
}

int thesaurus_open(const char *dir, struct thesaurus **out)
{
	*out = NULL;
	struct thesaurus *t = calloc(1, sizeof *t);
	if (t == NULL)
		return -1;
	for (int i = 0; i < NPOS; i++) {
		int rc = map_file(dir, "index.", pos_name[i], "", &t->index[i]);
		if (rc == 0)
			rc = map_file(dir, "data.", pos_name[i], "", &t->data[i]);
		/* a missing exception list: no exceptions */
		if (rc == 0 && map_file(dir, "", pos_name[i], ".exc", &t->exc[i]) < 0)
			rc = -1;
		if (rc != 0) {
			thesaurus_close(t);
			return rc;
		}
	}
	/* a missing count list: every word untagged */
	if (map_file(dir, "cntlist.rev", "", "", &t->counts) < 0) {
		thesaurus_close(t);
		return -1;
	}
	if (first_senses(t, 0, "chemical_element", &t->element, 1) == 0)
		t->element = -1;
	*out = t;
	return 0;
}

void thesaurus_close(struct thesaurus *t)
{
	if (t == NULL)
		return;
	for (int i = 0; i < NPOS; i++) {
		struct map *all[3] = { &t->index[i], &t->data[i], &t->exc[i] };
		for (int k = 0; k < 3; k++)
			if (all[k]->p != NULL)
				munmap((void *)all[k]->p, all[k]->n);
	}
	if (t->counts.p != NULL)
		munmap((void *)t->counts.p, t->counts.n);
	free(t);
}

/*
 * The first line whose first field starts with key[0 .. klen), or NULL.
 * A binary search over bytes that reads forward from each probe to the
 * next line start, as look(1) does, and goes on to the left of a match.
 * Lines that start before lo sort before key, lines that start at or
 * after hi do not, and lo is a line start.
 */
static const char *first_with_prefix(const struct map *m, const char *key, size_t klen)
{
	size_t lo = 0, hi = m->n;
	const char *base = m->p, *found = NULL;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, s = lo;
		if (mid > lo) {
			const char *nl = memchr(base + mid - 1, '\n', hi - mid + 1);
			s = nl != NULL ? (size_t)(nl - base) + 1 : hi;
			if (s >= hi) {
				hi = mid;
				continue;
			}
		}
		const char *nl = memchr(base + s, '\n', m->n - s);
		size_t e = nl != NULL ? (size_t)(nl - base) : m->n, flen = 0;
		while (s + flen < e && base[s + flen] != ' ')
			flen++;
		int c = base[s] == ' ' ? 1 : memcmp(key, base + s, klen < flen ? klen : flen);
		if (c == 0 && flen < klen)
			c = 1;	/* the field is a proper prefix of key: it sorts first */
		if (c > 0) {
			lo = e + 1;
		} else {
			if (c == 0)
				found = base + s;
			hi = s;
		}
	}
	return found;
}

/*
 * The line whose first field is key, or NULL; *len: its length without
 * the newline.  Of the lines whose first field starts with key, the one
 * that is key itself sorts first: a space ends it, and no lemma holds a
 * byte below a space.
 */
static const char *find_line(const struct map *m, const char *key, size_t *len)
{
	size_t klen = strlen(key);
	const char *p = first_with_prefix(m, key, klen), *end = m->p + m->n;
	if (p == NULL || (p + klen < end && p[klen] != ' ' && p[klen] != '\n'))
		return NULL;
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	*len = (size_t)((nl != NULL ? nl : end) - p);
	return p;
}

/* Field k (0-based) of the line [p, e): its start, and *flen its length; NULL past the end. */
static const char *field(const char *p, const char *e, int k, size_t *flen)
{
	for (;;) {
		while (p < e && *p == ' ')
			p++;
		if (p >= e)
			return NULL;
		const char *q = p;
		while (q < e && *q != ' ')
			q++;
		if (k-- == 0) {
			*flen = (size_t)(q - p);
			return p;
		}
		p = q;
	}
}

static long field_number(const char *p, const char *e, int k, int base)
{
	size_t n;
	char buf[24];
	const char *f = field(p, e, k, &n);
	if (f == NULL || n == 0 || n >= sizeof buf)
		return -1;
	memcpy(buf, f, n);
	buf[n] = '\0';
	char *stop;
	long v = strtol(buf, &stop, base);
	return *stop == '\0' && v >= 0 ? v : -1;
}

/* Is the synset at offset off among the first `senses` senses of lemma in index m? */
static int among_senses(const struct map *m, const char *lemma, long off, int senses)
{
	size_t len;
	const char *line = find_line(m, lemma, &len);
	if (line == NULL)
		return 0;
	const char *e = line + len;
	long nsynsets = field_number(line, e, 2, 10), nptr = field_number(line, e, 3, 10);
	for (long i = 0; i < nsynsets && i < senses && nptr >= 0; i++)
		if (field_number(line, e, 6 + (int)nptr + (int)i, 10) == off)
			return 1;
	return 0;
}

/* The synset line at offset off of part of speech pos: [*p, *e); 0 when off is out of range. */
static int synset_line(const struct thesaurus *t, int pos, long off, const char **p,
    const char **e)
{
	const struct map *m = &t->data[pos];
	if (off < 0 || (size_t)off >= m->n)
		return 0;
	*p = m->p + off;
	const char *nl = memchr(*p, '\n', m->n - (size_t)off);
	*e = nl != NULL ? nl : m->p + m->n;
	return 1;
}

/*
 * Word i (0-based) of the synset line [p, e) into lemma, lower-cased and
 * without an adjective marker ("direct(a)").  1 when it is one plain word;
 * 0 for "keep_an_eye_on", "nerve-racking", "t'ai_chi", or no such word.
 */
static int lemma_at(const char *p, const char *e, long i, char lemma[LEMMA_MAX])
{
	size_t n, k = 0;
	const char *f = field(p, e, 4 + 2 * (int)i, &n);
	if (f == NULL)
		return 0;
	for (; k < n && f[k] != '(' && k + 1 < LEMMA_MAX; k++) {
		char ch = f[k];
		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		else if (!(ch >= 'a' && ch <= 'z'))
			return 0;
		lemma[k] = ch;
	}
	lemma[k] = '\0';
	return k > 0 && (k == n || f[k] == '(');
}

static int pos_of_mark(char c)
{
	switch (c) {
	case 'n': return 0;
	case 'v': return 1;
	case 'a': case 's': return 2;
	case 'r': return 3;
	}
	return -1;
}

/* One pointer of a synset line: "+ 01234567 n 0102". */
struct pointer {
	const char *sym;	/* "+", "@", "@i", ... (not NUL-terminated) */
	size_t symlen;
	long off;		/* the target synset's offset; -1 when unreadable */
	int pos;		/* its part of speech; -1 when unknown */
	long source, target;	/* word numbers (from 1, 0: the whole synset); -1 when unreadable */
};

/* Reads the pointers of a synset line one by one (a long line has hundreds). */
struct pointers {
	const char *f, *e;	/* the field read last, the line's end */
	size_t n;		/* its length */
	long left;
};

/* Start on the pointers of synset line [p, e), which has nwords words. */
static void pointers_start(struct pointers *it, const char *p, const char *e, long nwords)
{
	it->e = e;
	it->n = 0;
	it->f = nwords < 0 ? NULL : field(p, e, 4 + 2 * (int)nwords, &it->n);
	it->left = it->f == NULL ? 0 : field_number(p, e, 4 + 2 * (int)nwords, 10);
}

/*
 * The next pointer into *out: 1, or 0 at the end of the list or of the
 * line.  A pointer whose symbol does not start with a byte of syms is
 * returned unread: only out->sym and out->symlen set, out->off -1.  A long
 * line has hundreds of pointers, most of them of kinds the caller skips.
 */
static int pointers_next(struct pointers *it, struct pointer *out, const char *syms)
{
	const char *ptr[4];
	size_t len[4];
	if (it->left <= 0)
		return 0;
	it->left--;
	for (int k = 0; k < 4 && it->f != NULL; k++) {
		it->f = field(it->f + it->n, it->e, 0, &it->n);
		ptr[k] = it->f;
		len[k] = it->n;
	}
	if (it->f == NULL)
		return 0;
	out->sym = ptr[0];
	out->symlen = len[0];
	out->off = -1;
	out->pos = -1;
	out->source = out->target = -1;
	if (len[0] == 0 || strchr(syms, ptr[0][0]) == NULL)
		return 1;
	if (len[1] < 16) {
		char num[16];
		memcpy(num, ptr[1], len[1]);
		num[len[1]] = '\0';
		out->off = strtol(num, NULL, 10);
	}
	out->pos = pos_of_mark(*ptr[2]);
	out->source = out->target = -1;
	if (len[3] == 4) {
		char hex[3] = { ptr[3][0], ptr[3][1], 0 };
		out->source = strtol(hex, NULL, 16);
		hex[0] = ptr[3][2];
		hex[1] = ptr[3][3];
		out->target = strtol(hex, NULL, 16);
	}
	return 1;
}

/*
 * The lemmas of the synset at byte offset off of part of speech pos, but w
 * and its base form, and but those for which the synset is not among
 * their own first `their` senses; then the words derived from base in
 * this sense (WordNet's "+" pointers: "explain", "explanation"), on the
 * same condition.
 */
static int each_lemma(const struct thesaurus *t, int pos, long off, const char *w,
    const char *base, int their, int (*add)(void *, const char *, enum thesaurus_kind), void *ctx)
{
	const char *p, *e;
	char lemma[LEMMA_MAX];
	if (!synset_line(t, pos, off, &p, &e))
		return 0;
	long nwords = field_number(p, e, 3, 16), self = -1;
	for (long i = 0; i < nwords; i++) {
		if (!lemma_at(p, e, i, lemma))
			continue;
		if (strcmp(lemma, base) == 0)
			self = i + 1;	/* pointers number the words from 1 */
		if (strcmp(lemma, w) == 0 || strcmp(lemma, base) == 0 ||
		    !among_senses(&t->index[pos], lemma, off, their))
			continue;
		int rc = add(ctx, lemma, THESAURUS_SYNONYM);
		if (rc != 0)
			return rc;
	}
	if (self < 0 || nwords < 0)
		return 0;
	/* the derivations, read in one pass over the pointers */
	struct pointers it;
	struct pointer ptr;
	pointers_start(&it, p, e, nwords);
	while (pointers_next(&it, &ptr, "+")) {
		const char *tp, *te;
		if (ptr.symlen != 1 || ptr.sym[0] != '+' || ptr.off < 0 ||
		    ptr.source != self || ptr.pos < 0 || !synset_line(t, ptr.pos, ptr.off, &tp, &te) ||
		    !lemma_at(tp, te, ptr.target - 1, lemma) || strcmp(lemma, w) == 0 ||
		    !among_senses(&t->index[ptr.pos], lemma, ptr.off, their))
			continue;
		int rc = add(ctx, lemma, THESAURUS_DERIVED);
		if (rc != 0)
			return rc;
	}
	return 0;
}

/*
 * The irregular forms of verb base ("understood", "began"): the exception
 * lines that give base as a base form.  verb.exc is sorted by form, not by
 * base, so the lines read are those whose form begins with base's letter,
 * a tenth of its 2,400 or less: that misses only "went" for "go" and
 * "was" for "be", words too light to matter.  Phrasal forms
 * ("taken_steps") and w itself are left out.
 */
static int each_irregular_form(const struct thesaurus *t, const char *base, const char *w,
    int (*add)(void *, const char *, enum thesaurus_kind), void *ctx)
{
	const struct map *m = &t->exc[1];
	size_t blen = strlen(base);
	const char *end = m->p + m->n;
	for (const char *p = first_with_prefix(m, base, 1); p != NULL && p < end && *p == *base;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p)), *e = nl != NULL ? nl : end;
		const char *line = p;
		p = nl != NULL ? nl + 1 : NULL;
		size_t flen, blen_k;
		const char *form = field(line, e, 0, &flen), *b;
		if (*line == ' ' || form == NULL || flen >= LEMMA_MAX ||
		    memchr(form, '_', flen) != NULL ||
		    (flen == strlen(w) && memcmp(form, w, flen) == 0))
			continue;	/* the licence; phrasal; w itself */
		for (int k = 1; (b = field(line, e, k, &blen_k)) != NULL; k++) {
			if (blen_k != blen || memcmp(b, base, blen) != 0)
				continue;
			char f[LEMMA_MAX];
			memcpy(f, form, flen);
			f[flen] = '\0';
			int rc = add(ctx, f, THESAURUS_INFLECTION);
			if (rc != 0)
				return rc;
			break;
		}
	}
	return 0;
}

/* Whether the synset line [p, e) is an adjective satellite (ss_type "s"). */
static int is_satellite(const char *p, const char *e)
{
	size_t n;
	const char *ss = field(p, e, 2, &n);
	return ss != NULL && n == 1 && *ss == 's';
}

/*
 * An adjective satellite's head ("muddled" is similar to "confused"): the
 * head synset's lemmas, which name the quality the satellite is a shade
 * of, whatever sense of theirs it is.
 */
static int each_head_lemma(const struct thesaurus *t, long off, const char *w,
    int (*add)(void *, const char *, enum thesaurus_kind), void *ctx)
{
	const char *p, *e, *hp, *he;
	char lemma[LEMMA_MAX];
	if (!synset_line(t, 2, off, &p, &e) || !is_satellite(p, e))
		return 0;
	struct pointers it;
	struct pointer ptr;
	pointers_start(&it, p, e, field_number(p, e, 3, 16));
	while (pointers_next(&it, &ptr, "&")) {
		if (ptr.symlen != 1 || ptr.off < 0 || ptr.pos != 2 ||
		    !synset_line(t, 2, ptr.off, &hp, &he))
			continue;
		long n = field_number(hp, he, 3, 16);
		for (long i = 0; i < n; i++) {
			if (!lemma_at(hp, he, i, lemma) || strcmp(lemma, w) == 0)
				continue;
			int rc = add(ctx, lemma, THESAURUS_SYNONYM);
			if (rc != 0)
				return rc;
		}
	}
	return 0;
}

/*
 * The tags of lemma in the count list (cntlist.rev): of its sense
 * `number` (1-based), or of every sense when number is 0, counting the
 * sense keys whose type digit (1 noun, 2 verb, 3 adjective, 4 adverb, 5
 * adjective satellite) is in types (NULL: any).  0 when never tagged.
 */
static long count_tags(const struct thesaurus *t, const char *lemma, const char *types,
    long number)
{
	char key[LEMMA_MAX + 1];
	size_t klen = strlen(lemma);
	if (t->counts.p == NULL || klen >= LEMMA_MAX)
		return 0;
	memcpy(key, lemma, klen);
	key[klen++] = '%';
	const char *p = first_with_prefix(&t->counts, key, klen), *end = t->counts.p + t->counts.n;
	long sum = 0;
	while (p != NULL && p < end && (size_t)(end - p) > klen && memcmp(p, key, klen) == 0) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl != NULL ? nl : end;
		if ((types == NULL || strchr(types, p[klen]) != NULL) &&
		    (number == 0 || field_number(p, e, 1, 10) == number)) {
			long n = field_number(p, e, 2, 10);
			sum += n > 0 ? n : 0;
			if (number != 0)
				break;
		}
		p = nl != NULL ? nl + 1 : end;
	}
	return sum;
}

/* How often SemCor tagged sense `number` (1-based) of base as part of speech pos. */
static long sense_tags(const struct thesaurus *t, const char *base, int pos, long number)
{
	static const char types[NPOS][3] = { "1", "2", "35", "4" };
	return count_tags(t, base, types[pos], number);
}

#define SENSE_SHARE 2	/* a later sense counts when tagged at least 1/SENSE_SHARE as often */

static int each_sense(const struct thesaurus *t, int pos, const char *base, const char *w,
    int senses, int their, int usual, int (*add)(void *, const char *, enum thesaurus_kind),
    void *ctx)
{
	size_t len;
	const char *line = find_line(&t->index[pos], base, &len);
	if (line == NULL)
		return 0;
	if (strcmp(base, w) != 0) {	/* "went": "go" */
		int rc = add(ctx, base, THESAURUS_BASE_FORM);
		if (rc != 0)
			return rc;
	}
	if (pos == 1) {
		int rc = each_irregular_form(t, base, w, add, ctx);
		if (rc != 0)
			return rc;
	}
	const char *e = line + len;
	long nsynsets = field_number(line, e, 2, 10), nptr = field_number(line, e, 3, 10);
	if (nsynsets < 0 || nptr < 0)
		return 0;
	long first_tags = usual ? sense_tags(t, base, pos, 1) : 0;
	for (long i = 0; i < nsynsets && i < senses; i++) {
		long off = field_number(line, e, 6 + (int)nptr + (int)i, 10);
		/*
		 * a later sense readers seldom mean: "pregnant" is "significant"
		 * in one tagged use of four
		 */
		if (usual && i > 0 && sense_tags(t, base, pos, i + 1) * SENSE_SHARE < first_tags)
			continue;
		int rc = each_lemma(t, pos, off, w, base, their, add, ctx);
		if (rc == 0 && pos == 2)
			rc = each_head_lemma(t, off, w, add, ctx);
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* Add base to bases[*n] unless there already or too long. */
static void add_base(char bases[][LEMMA_MAX], int *n, int max, const char *b, size_t len)
{
	if (*n == max || len == 0 || len >= LEMMA_MAX)
		return;
	for (int i = 0; i < *n; i++)
		if (strlen(bases[i]) == len && memcmp(bases[i], b, len) == 0)
			return;
	memcpy(bases[*n], b, len);
	bases[*n][len] = '\0';
	(*n)++;
}

/* Whether the lower-case word w is all ASCII letters and short enough to look up. */
static int plain_word(const char *w)
{
	size_t wlen = strlen(w);
	if (wlen == 0 || wlen >= LEMMA_MAX)
		return 0;
	for (size_t i = 0; i < wlen; i++)
		if (w[i] < 'a' || w[i] > 'z')
			return 0;
	return 1;
}

#define BASES_MAX 12

/*
 * The forms of w that may be base forms of part of speech pos, as
 * WordNet's morphy guesses them: w itself, its exceptions ("went": "go"),
 * then its suffix rules ("safer": "safe").  Returns how many.
 */
static int base_forms(const struct thesaurus *t, int pos, const char *w,
    char bases[BASES_MAX][LEMMA_MAX])
{
	size_t wlen = strlen(w), len;
	int nb = 0;
	add_base(bases, &nb, BASES_MAX, w, wlen);
	const char *x = find_line(&t->exc[pos], w, &len);
	for (int k = 1; x != NULL; k++) {
		size_t flen;
		const char *f = field(x, x + len, k, &flen);
		if (f == NULL)
			break;
		add_base(bases, &nb, BASES_MAX, f, flen);
	}
	for (size_t r = 0; r < sizeof rules / sizeof *rules; r++) {
		size_t sl = strlen(rules[r].suffix), el = strlen(rules[r].ending);
		char b[LEMMA_MAX];
		if (rules[r].pos != pos || wlen <= sl ||
		    strcmp(w + wlen - sl, rules[r].suffix) != 0 || wlen - sl + el >= sizeof b)
			continue;
		memcpy(b, w, wlen - sl);
		memcpy(b + wlen - sl, rules[r].ending, el + 1);
		add_base(bases, &nb, BASES_MAX, b, wlen - sl + el);
	}
	return nb;
}

static int each_of(const struct thesaurus *t, const char *w, int senses, int their, int usual,
    int (*add)(void *ctx, const char *lemma, enum thesaurus_kind kind), void *ctx)
{
	if (t == NULL || !plain_word(w) || senses <= 0)
		return 0;
	for (int pos = 0; pos < NPOS; pos++) {
		char bases[BASES_MAX][LEMMA_MAX];
		int nb = base_forms(t, pos, w, bases);
		for (int i = 0; i < nb; i++) {
			int rc = each_sense(t, pos, bases[i], w, senses, their, usual, add, ctx);
			if (rc != 0)
				return rc;
		}
	}
	return 0;
}

int thesaurus_each(const struct thesaurus *t, const char *w, int senses, int their,
    int (*add)(void *ctx, const char *lemma, enum thesaurus_kind kind), void *ctx)
{
	return each_of(t, w, senses, their, 0, add, ctx);
}

int thesaurus_each_usual(const struct thesaurus *t, const char *w, int senses, int their,
    int (*add)(void *ctx, const char *lemma, enum thesaurus_kind kind), void *ctx)
{
	return each_of(t, w, senses, their, 1, add, ctx);
}

/*
 * The synset offsets of the first `max` senses of lemma base as part of
 * speech pos (its index line), into offs; how many (0: not in the index).
 */
static int first_senses(const struct thesaurus *t, int pos, const char *base, long *offs,
    int max)
{
	size_t len;
	const char *line = find_line(&t->index[pos], base, &len);
	if (line == NULL)
		return 0;
	const char *e = line + len;
	long nsynsets = field_number(line, e, 2, 10), nptr = field_number(line, e, 3, 10);
	int n = 0;
	for (long k = 0; k < nsynsets && n < max && nptr >= 0; k++)
		offs[n++] = field_number(line, e, 6 + (int)nptr + (int)k, 10);
	return n;
}

/*
 * The single-word lemmas of the synsets that the synset at offset off of
 * part of speech pos points to as antonyms ("!", from any of its words);
 * for an adjective satellite ("unsafe", similar to "dangerous") those of
 * its head synset ("&"), as WordNet's indirect antonyms.  depth stops the
 * walk from a satellite to its head after one step.
 */
static int each_antonym_of_synset(const struct thesaurus *t, int pos, long off, int depth,
    int (*add)(void *, const char *), void *ctx)
{
	const char *p, *e, *tp, *te;
	char lemma[LEMMA_MAX];
	if (!synset_line(t, pos, off, &p, &e))
		return 0;
	long nwords = field_number(p, e, 3, 16);
	int satellite = is_satellite(p, e);
	struct pointers it;
	struct pointer ptr;
	pointers_start(&it, p, e, nwords);
	while (pointers_next(&it, &ptr, satellite && depth == 0 ? "!&" : "!")) {
		if (ptr.symlen != 1 || ptr.off < 0 || ptr.pos < 0)
			continue;
		if (ptr.sym[0] == '&' && satellite && depth == 0 && ptr.pos == pos) {
			int rc = each_antonym_of_synset(t, pos, ptr.off, 1, add, ctx);
			if (rc != 0)
				return rc;
			continue;
		}
		if (ptr.sym[0] != '!' || !synset_line(t, ptr.pos, ptr.off, &tp, &te))
			continue;
		long n = field_number(tp, te, 3, 16);
		for (long i = 0; i < n; i++) {
			if (!lemma_at(tp, te, i, lemma))
				continue;
			int rc = add(ctx, lemma);
			if (rc != 0)
				return rc;
		}
	}
	return 0;
}

int thesaurus_antonyms(const struct thesaurus *t, const char *w, int senses,
    int (*add)(void *ctx, const char *lemma), void *ctx)
{
	if (t == NULL || !plain_word(w) || senses <= 0)
		return 0;
	/*
	 * verbs, adjectives and adverbs: a noun's antonym names a state a
	 * text names beside it ("mental illness" / "mental health")
	 */
	for (int pos = 1; pos < NPOS; pos++) {
		char bases[BASES_MAX][LEMMA_MAX];
		int nb = base_forms(t, pos, w, bases);
		for (int b = 0; b < nb; b++) {
			long offs[KIND_SENSES];
			int n = first_senses(t, pos, bases[b], offs,
			    senses < KIND_SENSES ? senses : KIND_SENSES);
			for (int i = 0; i < n; i++) {
				int rc = each_antonym_of_synset(t, pos, offs[i], 0, add, ctx);
				if (rc != 0)
					return rc;
			}
		}
	}
	return 0;
}

/* Whether pointer p leads to a hypernym: "@", or "@i" for an instance's class. */
static int is_hypernym(const struct pointer *p)
{
	return (p->symlen == 1 && p->sym[0] == '@') ||
	    (p->symlen == 2 && memcmp(p->sym, "@i", 2) == 0);
}

/*
 * The fewest hypernym links ("@", "@i") from the noun synset at offset off
 * up to a synset that has none ("entity"), or limit when that is more.
 */
static int noun_depth(const struct thesaurus *t, long off, int limit)
{
	const char *p, *e;
	if (limit <= 0 || !synset_line(t, 0, off, &p, &e))
		return 0;
	struct pointers it;
	struct pointer ptr;
	int best = -1;
	pointers_start(&it, p, e, field_number(p, e, 3, 16));
	while (pointers_next(&it, &ptr, "@")) {
		if (!is_hypernym(&ptr) || ptr.off < 0)
			continue;
		int d = 1 + noun_depth(t, ptr.off, limit - 1);
		if (best < 0 || d < best)
			best = d;
	}
	return best < 0 ? 0 : best;
}

/*
 * Whether WordNet's lexicographer file lexfile holds things one can point
 * at: animals (5), artifacts (6, drugs among them), body parts (8), food
 * (13), natural objects (17), people (18), plants (20), substances (27).
 * "Health" (a state), "interest" or "speed" (attributes) are not.
 */
static int concrete_file(long lexfile)
{
	switch (lexfile) {
	case 5: case 6: case 8: case 13: case 17: case 18: case 20: case 27:
		return 1;
	}
	return 0;
}

#define PERSON_FILE 18	/* noun.person */
#define STATE_FILE 26	/* noun.state */
#define SUBSTANCE_FILE 27	/* noun.substance */

static int state_file(long lexfile)
{
	return lexfile == STATE_FILE;
}

#define ANCESTORS_MAX 64

/* A noun synset above another, and how many hypernym links up. */
struct ancestor {
	long off;
	int links;
};

/*
 * The noun synset at off and its hypernyms ("@", "@i"), up to limit links,
 * into a[*n] (each once, at its fewest links).
 */
static void ancestors(const struct thesaurus *t, long off, int links, int limit,
    struct ancestor *a, int *n)
{
	const char *p, *e;
	for (int i = 0; i < *n; i++)
		if (a[i].off == off) {
			if (links >= a[i].links)
				return;
			a[i].links = links;
			goto up;
		}
	if (*n == ANCESTORS_MAX)
		return;
	a[*n].off = off;
	a[*n].links = links;
	(*n)++;
up:
	if (links >= limit || !synset_line(t, 0, off, &p, &e))
		return;
	struct pointers it;
	struct pointer ptr;
	pointers_start(&it, p, e, field_number(p, e, 3, 16));
	while (pointers_next(&it, &ptr, "@"))
		if (is_hypernym(&ptr) && ptr.off >= 0)
			ancestors(t, ptr.off, links + 1, limit, a, n);
}

#define ELEMENT_REACH 2	/* links from an element to "chemical element" ("lithium") */

/* Whether the noun synset at off is a chemical element, ELEMENT_REACH links below it. */
static int is_element(const struct thesaurus *t, long off)
{
	if (t->element < 0)
		return 0;
	struct ancestor a[ANCESTORS_MAX];
	int n = 0;
	ancestors(t, off, 0, ELEMENT_REACH, a, &n);
	for (int i = 1; i < n; i++)
		if (a[i].off == t->element)
			return 1;
	return 0;
}

/* thesaurus_is_subject's files: a term but a person, or a condition */
static int subject_file(long lexfile)
{
	return (concrete_file(lexfile) && lexfile != PERSON_FILE) || state_file(lexfile);
}

/*
 * thesaurus_is_term, _is_condition and _is_subject: the first sense's
 * lexicographer file passes in_file.
 */
static int is_kind(const struct thesaurus *t, const char *w, int (*in_file)(long))
{
	if (t == NULL || !plain_word(w))
		return 0;
	char bases[BASES_MAX][LEMMA_MAX];
	size_t len;
	for (int pos = 1; pos < NPOS; pos++) {
		int nb = base_forms(t, pos, w, bases);
		for (int i = 0; i < nb; i++)
			if (find_line(&t->index[pos], bases[i], &len) != NULL)
				return 0;	/* also a verb, adjective or adverb */
	}
	int nb = base_forms(t, 0, w, bases);
	for (int i = 0; i < nb; i++) {
		const char *line = find_line(&t->index[0], bases[i], &len);
		if (line == NULL)
			continue;
		const char *e = line + len;
		long nsynsets = field_number(line, e, 2, 10), nptr = field_number(line, e, 3, 10);
		if (nsynsets < 1 || nsynsets > THESAURUS_TERM_SENSES || nptr < 0)
			return 0;
		long off = field_number(line, e, 6 + (int)nptr, 10);
		const char *p, *pe;
		long lexfile = -1;
		if (!synset_line(t, 0, off, &p, &pe) ||
		    !in_file(lexfile = field_number(p, pe, 1, 10)))
			return 0;
		/* an element is a subject as named as a drug: "lithium" */
		if (in_file == subject_file && lexfile == SUBSTANCE_FILE && strlen(w) >= 4 &&
		    is_element(t, off))
			return 1;
		return noun_depth(t, off, THESAURUS_TERM_DEPTH) >= THESAURUS_TERM_DEPTH;
	}
	return 0;
}

int thesaurus_is_term(const struct thesaurus *t, const char *w)
{
	return is_kind(t, w, concrete_file);
}

int thesaurus_is_condition(const struct thesaurus *t, const char *w)
{
	return is_kind(t, w, state_file);
}

int thesaurus_is_subject(const struct thesaurus *t, const char *w)
{
	return is_kind(t, w, subject_file);
}

#define KIND_REACH 3		/* links from each word to the kind they share */

/* The first `max` noun senses of w (a base form WordNet knows as a noun) into offs; how many. */
static int noun_senses(const struct thesaurus *t, const char *w, long *offs, int max)
{
	char bases[BASES_MAX][LEMMA_MAX];
	int nb = base_forms(t, 0, w, bases);
	for (int i = 0; i < nb; i++) {
		int n = first_senses(t, 0, bases[i], offs, max);
		if (n > 0)
			return n;
	}
	return 0;
}

/*
 * Whether the noun synset at off is a thing one can point at (concrete_file)
 * but a person: roles are renamed freely ("doctor", "clinician").
 */
static int thing_sense(const struct thesaurus *t, long off)
{
	const char *p, *e;
	if (!synset_line(t, 0, off, &p, &e))
		return 0;
	long lexfile = field_number(p, e, 1, 10);
	return concrete_file(lexfile) && lexfile != PERSON_FILE;
}

int thesaurus_is_person(const struct thesaurus *t, const char *w)
{
	long offs[8];
	const char *p, *e;
	int n = t != NULL && plain_word(w) ? noun_senses(t, w, offs, 8) : 0;
	for (int i = 0; i < n; i++)
		if (!synset_line(t, 0, offs[i], &p, &e) || field_number(p, e, 1, 10) != PERSON_FILE)
			return 0;
	return n > 0;
}

int thesaurus_different_kinds(const struct thesaurus *t, const char *a, const char *b)
{
	long sa[KIND_SENSES], sb[KIND_SENSES];
	if (t == NULL || !plain_word(a) || !plain_word(b))
		return 0;
	int na = noun_senses(t, a, sa, KIND_SENSES), nb = noun_senses(t, b, sb, KIND_SENSES);
	if (na == 0 || nb == 0 || !thing_sense(t, sa[0]) || !thing_sense(t, sb[0]))
		return 0;
	/* each sense's hypernyms, walked once */
	struct ancestor up_a[KIND_SENSES][ANCESTORS_MAX], up_b[KIND_SENSES][ANCESTORS_MAX];
	int n_a[KIND_SENSES] = { 0 }, n_b[KIND_SENSES] = { 0 };
	for (int i = 0; i < na; i++)
		ancestors(t, sa[i], 0, 2 * THESAURUS_TERM_DEPTH, up_a[i], &n_a[i]);
	for (int j = 0; j < nb; j++)
		ancestors(t, sb[j], 0, 2 * THESAURUS_TERM_DEPTH, up_b[j], &n_b[j]);
	for (int i = 0; i < na; i++)
		for (int j = 0; j < nb; j++) {
			for (int k = 0; k < n_a[i]; k++)
				if (up_a[i][k].off == sb[j])
					return 0;	/* the same sense, or b is a kind above a */
			for (int k = 0; k < n_b[j]; k++)
				if (up_b[j][k].off == sa[i])
					return 0;	/* a is a kind above b */
		}
	/* their first senses must share a kind close by */
	for (int k = 0; k < n_a[0]; k++)
		for (int m = 0; m < n_b[0]; m++)
			if (up_a[0][k].off == up_b[0][m].off && up_a[0][k].links <= KIND_REACH &&
			    up_b[0][m].links <= KIND_REACH)
				return 1;
	return 0;
}

/* The tags of lemma (every sense of the parts of speech asked for) in the count list. */
static long lemma_tags(const struct thesaurus *t, const char *lemma, int parts)
{
	return count_tags(t, lemma, parts == THESAURUS_ALL_PARTS ? NULL : "12", 0);
}

/*
 * The base forms of w that WordNet's index holds, any part of speech,
 * each once, into all; how many.  first: stop at the first one found.
 */
static int known_bases(const struct thesaurus *t, const char *w,
    char all[NPOS * BASES_MAX][LEMMA_MAX], int first)
{
	int nall = 0;
	for (int pos = 0; pos < NPOS; pos++) {
		char bases[BASES_MAX][LEMMA_MAX];
		int nb = base_forms(t, pos, w, bases);
		for (int i = 0; i < nb; i++) {
			size_t len;
			if (find_line(&t->index[pos], bases[i], &len) == NULL)
				continue;
			add_base(all, &nall, NPOS * BASES_MAX, bases[i], strlen(bases[i]));
			if (first)
				return nall;
		}
	}
	return nall;
}

long thesaurus_tag_count(const struct thesaurus *t, const char *w, int parts)
{
	if (t == NULL || t->counts.p == NULL || !plain_word(w))
		return 0;
	char all[NPOS * BASES_MAX][LEMMA_MAX];
	int nall = known_bases(t, w, all, 0);
	long sum = 0;
	for (int i = 0; i < nall; i++)
		sum += lemma_tags(t, all[i], parts);
	return sum;
}

int thesaurus_knows(const struct thesaurus *t, const char *w)
{
	char all[NPOS * BASES_MAX][LEMMA_MAX];
	return t != NULL && plain_word(w) && known_bases(t, w, all, 1) > 0;
}
