# Makefile: builds the passage search engine.
#
#   make            bin/indexer, bin/query, bin/fts5_snowball.so
#   make search Q=  build, index corpus/ and run one search
#   make test       cmocka unit tests, black-box tests of the binaries, the
#                   README's examples, mandoc -Tlint of the manual pages
#   make check      the same tests built with ASan + UBSan in build/san
#   make eval       retrieval quality on COLLECTION (default: Cranfield)
#   make eval-claims verdict quality on the labelled claims (eval/claims.py)
#   make stress     crash (kill -9), concurrency, two indexers, shrinking files, -l/-c scale
#   make valgrind   unit and black-box tests under valgrind memcheck
#   make fuzz       libFuzzer harnesses (tests/fuzz/fuzz.mk; fuzz-short for CI)
#   make bench      scale benchmark against FTS5, Xapian, rg (SIZES="10 100"; bench/README.md)
#   make install    bin/query as psearch, bin/indexer as psearch-index, their
#                   man pages and bash completion; PREFIX (default /usr/local)
#                   and DESTDIR honoured.  make uninstall removes them.
#   make clean      build/ and bin/ (never an index)
#
# Missing Debian packages are installed by scripts/ensure-deps before the
# first compile.  User CFLAGS/LDFLAGS are kept; project flags come after.

.SUFFIXES:
.DELETE_ON_ERROR:

PREFIX   ?= /usr/local
BINDIR   ?= $(PREFIX)/bin
LIBDIR   ?= $(PREFIX)/lib
MANDIR   ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
# Installed names: Debian's sphinxsearch owns /usr/bin/indexer, and "query"
# is too generic; no Debian package ships a psearch or psearch-index.
QUERY_NAME   = psearch
INDEXER_NAME = psearch-index
CC       ?= cc
CFLAGS   ?= -O2 -g
BUILD    ?= build
BIN      ?= bin
DB       ?= index.db
Q        ?= rapid relief from depression

BUILD_DEPS = libsqlite3-dev libstemmer-dev pkg-config libxml2-dev poppler-utils wordnet-base
TEST_DEPS  = libcmocka-dev sqlite3 python3 mandoc

WARN = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wmissing-prototypes \
       -Wstrict-prototypes -Wformat=2 -Wvla
# Lazy (=) so that pkg-config and dpkg-query run only after ensure-deps.
STEMMER_VERSION = $(shell dpkg-query -W -f='$${Version}' libstemmer0d 2>/dev/null || echo unknown)
SQLITE_CFLAGS = $(shell pkg-config --cflags sqlite3)
SQLITE_LIBS   = $(shell pkg-config --libs sqlite3)
CMOCKA_CFLAGS = $(shell pkg-config --cflags cmocka)
CMOCKA_LIBS   = $(shell pkg-config --libs cmocka)
# libxml2: the HTML parser of lib/html.c, linked (shared) into bin/indexer
# only: bin/query never reads a page, and a one-shot query should not load
# libxml2 and ICU
XML_CFLAGS    = $(shell pkg-config --cflags libxml-2.0)
XML_LIBS      = $(shell pkg-config --libs libxml-2.0)
ALL_CFLAGS = $(CFLAGS) $(WARN) -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L \
             -Ilib $(SQLITE_CFLAGS) $(XML_CFLAGS) -DSTEMMER_VERSION='"$(STEMMER_VERSION)"' \
             -MMD -MP -pthread
LIBS = $(SQLITE_LIBS) -lstemmer $(XML_LIBS) -lm -pthread
# The programs link SQLite and libstemmer statically (libsqlite3-dev and
# libstemmer-dev ship the archives): a process then starts without
# relocating 1.5 MB of shared code, 0.4-1 ms of a one-shot query
# (bench/README.md).  STATIC_DEPS=0 links them as shared libraries.
STATIC_DEPS ?= 1
ifeq ($(STATIC_DEPS),1)
PROGRAM_LIBS = -Wl,-Bstatic -lsqlite3 -lstemmer -Wl,-Bdynamic -lm -ldl -pthread
else
PROGRAM_LIBS = $(LIBS)
endif

LIB_SRC = lib/tokenizer.c lib/spelling.c lib/plural.c lib/passage.c lib/util.c \
          lib/store.c lib/rank.c lib/indexstats.c lib/words.c lib/syntax.c lib/plan.c \
          lib/ranking.c lib/fetch.c lib/evidence.c lib/feedback.c lib/claim.c \
          lib/verdict.c lib/search.c lib/cliopt.c lib/output.c lib/pipeline.c \
          lib/termstats.c lib/rowscore.c lib/draft.c lib/conflict.c lib/report.c \
          lib/kin.c lib/quote.c lib/quotecheck.c lib/quoteout.c lib/copies.c lib/html.c \
          lib/pageplace.c lib/export.c lib/thesaurus.c lib/prefix.c \
          lib/frame.c
LIB_OBJ = $(LIB_SRC:lib/%.c=$(BUILD)/lib/%.o)
LIB_A   = $(BUILD)/libpsearch.a

INDEXER_SRC = indexer/main.c indexer/walk.c indexer/metadata.c indexer/prepare.c indexer/fileid.c \
              indexer/pdf.c indexer/export_run.c
INDEXER_OBJ = $(INDEXER_SRC:%.c=$(BUILD)/%.o)
QUERY_SRC   = query/main.c query/parallel.c
QUERY_OBJ   = $(QUERY_SRC:%.c=$(BUILD)/%.o)

# The loadable extension is always built without sanitizers: the stock
# sqlite3 shell cannot load an ASan-instrumented library.
EXT     = bin/fts5_snowball.so
EXT_OBJ = build/ext/tokenizer.o build/ext/spelling.o build/ext/plural.o build/ext/extension.o

UNIT_TESTS = tokenizer passage util store rank rowscore syntax plan evidence search output \
             pipeline termstats draft conflict verdict report ranking kin quote copies html \
             pageplace export thesaurus prefix spelling plural fetch frame
TEST_BINS  = $(UNIT_TESTS:%=$(BUILD)/tests/test_%)

PROGRAMS = $(BIN)/indexer $(BIN)/query

all: $(PROGRAMS) $(EXT)

deps:
	@scripts/ensure-deps $(BUILD_DEPS)

test-deps: deps
	@scripts/ensure-deps $(TEST_DEPS)

$(BUILD)/lib/%.o: lib/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# Every object waits for the packages.  An order-only prerequisite must sit
# on explicit targets: a pattern rule without a recipe adds none in GNU make.
$(LIB_OBJ) $(INDEXER_OBJ) $(QUERY_OBJ) $(EXT_OBJ): | deps

$(BUILD)/indexer/%.o: indexer/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@
$(BUILD)/query/%.o: query/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(LIB_A): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

$(BIN)/indexer: $(INDEXER_OBJ) $(LIB_A)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(INDEXER_OBJ) $(LIB_A) $(PROGRAM_LIBS) $(XML_LIBS)

$(BIN)/query: $(QUERY_OBJ) $(LIB_A)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(QUERY_OBJ) $(LIB_A) $(PROGRAM_LIBS)

build/ext/%.o: lib/%.c
	@mkdir -p $(@D)
	$(CC) -O2 -g -fPIC $(WARN) -D_DEFAULT_SOURCE -Ilib -DSNOWBALL_LOADABLE \
	    -DSTEMMER_VERSION='"$(STEMMER_VERSION)"' -MMD -MP -c $< -o $@

$(EXT): $(EXT_OBJ)
	@mkdir -p $(@D)
	$(CC) -shared -o $@ $(EXT_OBJ) -lstemmer

$(BUILD)/tests/test_%.o: tests/test_%.c | test-deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) -c $< -o $@

$(BUILD)/tests/test_%: $(BUILD)/tests/test_%.o $(LIB_A)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB_A) $(CMOCKA_LIBS) $(LIBS)

# Unit tests first (one cmocka binary per module), then the black-box tests
# of the real programs.  Every binary runs even when an earlier one fails.
test: $(PROGRAMS) $(EXT) $(TEST_BINS) | test-deps
	@status=0; \
	for t in $(TEST_BINS); do \
	    CORPUS_DIR=corpus REPORT_PAGE=$(BUILD)/tests/report.html $$t || status=1; \
	done; \
	echo "== tests/html_check.py on test_report's page"; \
	python3 tests/html_check.py $(BUILD)/tests/report.html 3 3 || status=1; \
	echo "== tests/sorted_lists.py: word lists searched by bsearch are in byte order"; \
	python3 tests/sorted_lists.py lib || status=1; \
	BIN=$(BIN) EXT=$(EXT) sh tests/cli_test.sh || status=1; \
	BIN=$(BIN) sh tests/hostile_test.sh || status=1; \
	BIN=$(BIN) sh tests/index_reliability_test.sh || status=1; \
	BIN=$(BIN) sh tests/query_reliability_test.sh || status=1; \
	BIN=$(BIN) sh tests/documents_test.sh || status=1; \
	BIN=$(BIN) sh tests/readme_test.sh || status=1; \
	BIN=$(BIN) sh tests/quote_test.sh || status=1; \
	BIN=$(BIN) sh tests/copies_test.sh || status=1; \
	BIN=$(BIN) sh tests/export_test.sh || status=1; \
	echo "== mandoc -Tlint man/*.1"; \
	mandoc -Tlint -W warning man/*.1 || status=1; \
	exit $$status

SAN_FLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
            -fno-sanitize-recover=all
check: $(EXT)
	$(MAKE) BUILD=build/san BIN=build/san/bin CFLAGS='$(SAN_FLAGS)' \
	    LDFLAGS='$(SAN_FLAGS)' test

# Unit and black-box tests under valgrind memcheck: no errors, no definite
# or indirect leaks (tests/valgrind.sh, tests/valgrind.supp).  About 5 min.
valgrind: $(PROGRAMS) $(EXT) $(TEST_BINS) | test-deps
	@scripts/ensure-deps valgrind
	BIN=$(BIN) BUILD=$(BUILD) sh tests/valgrind.sh

COLLECTION ?= ../shared/eval/cranfield
EVAL_ARGS  ?=
# retrieval quality on a test collection; EVAL_ARGS='--per-query -- --weights 1,1,1'
eval: all | test-deps
	python3 eval/run.py --bin $(BIN) $(COLLECTION) $(EVAL_ARGS)

# verdict quality on the labelled claims (docs/claims.md); CLAIM_SETS to change them
CLAIM_SETS ?= $(wildcard ../shared/eval/claims-dev.tsv ../shared/eval/claims-verdict-dev.tsv) \
              eval/claims-own-dev.tsv
eval-claims: all | test-deps
	@mkdir -p $(BUILD)/eval
	$(BIN)/indexer -q --db $(BUILD)/eval/corpus.db corpus
	python3 eval/claims.py --bin $(BIN) --db $(BUILD)/eval/corpus.db $(CLAIM_SETS)

# kill -9 at 50 random moments; queries in a loop while the index is rebuilt;
# two indexers making one index, big files truncated while they are read;
# -c and -l over 200,000 one-line sources
stress: all | test-deps
	BIN=$(BIN) sh tests/stress/crash_test.sh
	BIN=$(BIN) sh tests/stress/concurrency_test.sh
	BIN=$(BIN) sh tests/stress/index_race_test.sh
	BIN=$(BIN) sh tests/stress/list_scale_test.sh

# Scale benchmark (bench/README.md): SIZES in MB; the corpora, indexes and
# results stay in bench/work/.
SIZES ?= 10
BENCH_WARM = $(BUILD)/bench/warm
$(BENCH_WARM): bench/warm.c $(LIB_A)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ bench/warm.c $(LIB_A) $(LIBS)
bench: all $(BENCH_WARM)
	SIZES='$(SIZES)' BIN=$(BIN) WARM=$(BENCH_WARM) bash bench/run.sh
.PHONY: bench

search: all
	$(BIN)/indexer --db $(DB) corpus
	$(BIN)/query --db $(DB) -- $(Q)

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/psearch $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(BASHCOMPDIR)
	install -m 755 $(BIN)/query $(DESTDIR)$(BINDIR)/$(QUERY_NAME)
	install -m 755 $(BIN)/indexer $(DESTDIR)$(BINDIR)/$(INDEXER_NAME)
	install -m 755 $(EXT) $(DESTDIR)$(LIBDIR)/psearch/
	install -m 644 man/psearch.1 $(DESTDIR)$(MANDIR)/man1/$(QUERY_NAME).1
	install -m 644 man/psearch-index.1 $(DESTDIR)$(MANDIR)/man1/$(INDEXER_NAME).1
	install -m 644 completion/psearch.bash $(DESTDIR)$(BASHCOMPDIR)/$(QUERY_NAME)
	install -m 644 completion/psearch.bash $(DESTDIR)$(BASHCOMPDIR)/$(INDEXER_NAME)

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/$(QUERY_NAME) $(DESTDIR)$(BINDIR)/$(INDEXER_NAME) \
	    $(DESTDIR)$(LIBDIR)/psearch/fts5_snowball.so \
	    $(DESTDIR)$(MANDIR)/man1/$(QUERY_NAME).1 $(DESTDIR)$(MANDIR)/man1/$(INDEXER_NAME).1 \
	    $(DESTDIR)$(BASHCOMPDIR)/$(QUERY_NAME) $(DESTDIR)$(BASHCOMPDIR)/$(INDEXER_NAME)
	rmdir $(DESTDIR)$(LIBDIR)/psearch 2>/dev/null || true

# An index (index.db from make search, or any other) is the user's data:
# clean never removes one.
clean:
	rm -rf build bin

.PHONY: all deps test-deps test check valgrind stress search eval eval-claims install uninstall \
        clean

include tests/fuzz/fuzz.mk

-include $(wildcard build/*/*.d build/*/*/*.d build/san/*/*/*.d)
