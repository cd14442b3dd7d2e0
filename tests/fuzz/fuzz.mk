# tests/fuzz/fuzz.mk: libFuzzer harnesses for lib/ (clang only).
#
#   make fuzz           build, replay the regressions, then run each fuzzer
#                       for FUZZ_SECONDS (default 60)
#   make fuzz-short     the same, 10 seconds each (for CI)
#   make fuzz-build     only build build/fuzz/fuzz_{passage,tokenizer,query,output,
#                       draft,conflict,frame}
#   make fuzz-regress   only replay tests/fuzz/regressions/<name>/* (must not crash)
#   make fuzz-coverage  line coverage of lib/*.c by the corpora so far (llvm-cov)
#   make fuzz-clean     remove build/fuzz (corpora and crash artifacts too)
#
# Include it from the top-level Makefile (`include tests/fuzz/fuzz.mk`) or
# run it alone from the repository root (`make -f tests/fuzz/fuzz.mk
# fuzz-short`).  Paths are relative to the repository root.  Every name
# defined here starts with FUZZ_ or fuzz, so it cannot clash with the
# including Makefile, and the including Makefile's default goal is kept.
#
# Each fuzzer runs on build/fuzz/corpus-<name>, a corpus that starts as a
# copy of tests/fuzz/seeds/<name>/ and keeps what the fuzzer finds across
# runs.  A crash leaves its input in build/fuzz/artifacts-<name>/ and fails
# the target; reproduce it with build/fuzz/fuzz_<name> FILE, then copy the
# file into tests/fuzz/regressions/<name>/ so it is replayed from then on.

FUZZ_SAVED_DEFAULT_GOAL := $(.DEFAULT_GOAL)
# Read alone (make -f tests/fuzz/fuzz.mk) when this is the only makefile so far.
FUZZ_STANDALONE := $(if $(filter 1,$(words $(MAKEFILE_LIST))),yes)

FUZZ_CC       ?= clang
FUZZ_SECONDS  ?= 60
FUZZ_SHORT_SECONDS ?= 10
FUZZ_DIR      ?= tests/fuzz
FUZZ_OUT      ?= build/fuzz
FUZZ_NAMES     = passage tokenizer query output draft conflict frame
# Extra libFuzzer options for every run (e.g. FUZZ_ARGS=-jobs=2).
FUZZ_ARGS     ?=

FUZZ_STEMMER_VERSION := $(shell dpkg-query -W -f='$${Version}' libstemmer0d 2>/dev/null || echo unknown)
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS   = -g -O1 -fno-omit-frame-pointer $(FUZZ_SAN) -std=c11 \
                -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L \
                -DSTEMMER_VERSION='"$(FUZZ_STEMMER_VERSION)"' -Ilib $(XML_CFLAGS) -MMD -MP
FUZZ_LIBS     = -lsqlite3 -lstemmer $(XML_LIBS) -lm -lpthread

# The library's sources, as the Makefile lists them (lib/extension.c, the
# loadable extension's entry point, is not among them).
FUZZ_LIB_SRC  = $(LIB_SRC)
FUZZ_LIB_OBJ  = $(FUZZ_LIB_SRC:lib/%.c=$(FUZZ_OUT)/lib/%.o)
FUZZ_BINS     = $(FUZZ_NAMES:%=$(FUZZ_OUT)/fuzz_%)

# Longest input per fuzzer: a few passages of text; a long query; a draft
# of a few paragraphs; a claim and a source sentence; a claim.
FUZZ_MAX_LEN_passage   = 4096
FUZZ_MAX_LEN_tokenizer = 4096
FUZZ_MAX_LEN_query     = 512
FUZZ_MAX_LEN_output    = 1024
FUZZ_MAX_LEN_draft     = 4096
FUZZ_MAX_LEN_conflict  = 1024
FUZZ_MAX_LEN_frame     = 1024

# The library objects are built with coverage instrumentation but without
# libFuzzer's main; only the harness links -fsanitize=fuzzer.
$(FUZZ_OUT)/lib/%.o: lib/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_OUT)/fuzz_%.o: $(FUZZ_DIR)/fuzz_%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_OUT)/fuzz_%: $(FUZZ_OUT)/fuzz_%.o $(FUZZ_LIB_OBJ)
	$(FUZZ_CC) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $< $(FUZZ_LIB_OBJ) $(FUZZ_LIBS)

fuzz-build: $(FUZZ_BINS)

# Every file under regressions/<name>/ once, through its fuzzer.
fuzz-regress: $(FUZZ_BINS)
	@status=0; \
	for n in $(FUZZ_NAMES); do \
	    files=$$(find $(FUZZ_DIR)/regressions/$$n -type f ! -name '*.md' 2>/dev/null | sort); \
	    [ -n "$$files" ] || continue; \
	    echo "fuzz-regress: $$n: $$(echo "$$files" | wc -l) inputs"; \
	    $(FUZZ_OUT)/fuzz_$$n $$files >$(FUZZ_OUT)/regress-$$n.log 2>&1 || { \
	        status=1; echo "fuzz-regress: $$n FAILED (see $(FUZZ_OUT)/regress-$$n.log):"; \
	        grep -a -m3 'invariant violated\|ERROR\|runtime error\|Running:' \
	            $(FUZZ_OUT)/regress-$$n.log | tail -n 3; }; \
	done; \
	exit $$status

# fuzz-run SECONDS: each fuzzer in turn on its corpus; fail on any crash.
FUZZ_RUN = status=0; \
	for n in $(FUZZ_NAMES); do \
	    corpus=$(FUZZ_OUT)/corpus-$$n; art=$(FUZZ_OUT)/artifacts-$$n; \
	    mkdir -p $$corpus $$art; \
	    cp $(FUZZ_DIR)/seeds/$$n/* $$corpus/; \
	    case $$n in passage) max=$(FUZZ_MAX_LEN_passage) ;; \
	        tokenizer) max=$(FUZZ_MAX_LEN_tokenizer) ;; query) max=$(FUZZ_MAX_LEN_query) ;; \
	        draft) max=$(FUZZ_MAX_LEN_draft) ;; conflict) max=$(FUZZ_MAX_LEN_conflict) ;; \
	        frame) max=$(FUZZ_MAX_LEN_frame) ;; \
	        *) max=$(FUZZ_MAX_LEN_output) ;; esac; \
	    dict=; [ -f $(FUZZ_DIR)/$$n.dict ] && dict=-dict=$(FUZZ_DIR)/$$n.dict; \
	    echo "fuzz: $$n for $$secs s (corpus $$corpus, log $(FUZZ_OUT)/fuzz-$$n.log)"; \
	    if $(FUZZ_OUT)/fuzz_$$n -max_total_time=$$secs -max_len=$$max -timeout=10 \
	        -print_final_stats=1 -artifact_prefix=$$art/ $$dict $(FUZZ_ARGS) $$corpus \
	        >$(FUZZ_OUT)/fuzz-$$n.log 2>&1; then \
	        grep -a '^\#[0-9]*.*DONE\|stat::number_of_executed_units\|stat::peak_rss' \
	            $(FUZZ_OUT)/fuzz-$$n.log | tr '\n' ' '; echo; \
	    else \
	        status=1; echo "fuzz: $$n FOUND A CRASH:"; \
	        grep -a -m5 'invariant violated\|ERROR\|runtime error\|Test unit written' \
	            $(FUZZ_OUT)/fuzz-$$n.log; \
	    fi; \
	done; \
	exit $$status

fuzz: fuzz-regress
	@secs=$(FUZZ_SECONDS); $(FUZZ_RUN)

fuzz-short: fuzz-regress
	@secs=$(FUZZ_SHORT_SECONDS); $(FUZZ_RUN)

# Coverage: the harnesses rebuilt with source-based coverage (no
# sanitizers), each corpus replayed once, one llvm-cov report over lib/.
FUZZ_PROFDATA ?= llvm-profdata
FUZZ_LLVM_COV ?= llvm-cov
FUZZ_COV_FLAGS = -g -O1 -fprofile-instr-generate -fcoverage-mapping -std=c11 \
                 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L \
                 -DSTEMMER_VERSION='"$(FUZZ_STEMMER_VERSION)"' -Ilib
FUZZ_COV_BINS = $(FUZZ_NAMES:%=$(FUZZ_OUT)/cov/fuzz_%)

$(FUZZ_OUT)/cov/fuzz_%: $(FUZZ_DIR)/fuzz_%.c $(FUZZ_LIB_SRC)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_COV_FLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_LIB_SRC) $(FUZZ_LIBS)

fuzz-coverage: $(FUZZ_COV_BINS)
	@rm -f $(FUZZ_OUT)/cov/*.profraw
	@for n in $(FUZZ_NAMES); do \
	    mkdir -p $(FUZZ_OUT)/corpus-$$n; \
	    LLVM_PROFILE_FILE=$(FUZZ_OUT)/cov/$$n.profraw $(FUZZ_OUT)/cov/fuzz_$$n -runs=0 \
	        $(FUZZ_OUT)/corpus-$$n $(FUZZ_DIR)/seeds/$$n >$(FUZZ_OUT)/cov/$$n.log 2>&1 || \
	        { echo "fuzz-coverage: $$n failed on its corpus (see $(FUZZ_OUT)/cov/$$n.log)"; exit 1; }; \
	done
	@$(FUZZ_PROFDATA) merge -sparse $(FUZZ_OUT)/cov/*.profraw -o $(FUZZ_OUT)/cov/all.profdata
	@$(FUZZ_LLVM_COV) report $(FUZZ_OUT)/cov/fuzz_passage \
	    $(patsubst %,-object %,$(filter-out %/fuzz_passage,$(FUZZ_COV_BINS))) \
	    -instr-profile=$(FUZZ_OUT)/cov/all.profdata $(FUZZ_LIB_SRC)

fuzz-clean:
	rm -rf $(FUZZ_OUT)

.PHONY: fuzz fuzz-short fuzz-build fuzz-regress fuzz-coverage fuzz-clean
.PRECIOUS: $(FUZZ_OUT)/fuzz_%.o $(FUZZ_OUT)/lib/%.o

-include $(wildcard $(FUZZ_OUT)/*.d $(FUZZ_OUT)/lib/*.d)

# Alone, `make -f tests/fuzz/fuzz.mk` means fuzz-short; included, the
# including Makefile keeps its own default goal.
ifeq ($(FUZZ_STANDALONE),yes)
.DEFAULT_GOAL := fuzz-short
else
.DEFAULT_GOAL := $(FUZZ_SAVED_DEFAULT_GOAL)
endif
