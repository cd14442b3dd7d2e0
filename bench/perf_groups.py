#!/usr/bin/env python3
"""perf_groups.py: where bin/indexer's CPU goes, by thread and by what it does.

    perf record -e cpu-clock -F 1000 -o X.data bin/indexer -q --db X.db CORPUS
    python3 bench/perf_groups.py X.data [--unknown]

Prints a Markdown table: CPU seconds of the main (writing) thread, of the
other (preparing) threads, and the share of all CPU, for groups of
functions (FTS5's term hash, its merges, SQLite's rows and pages, the
sorter, stemming, tokenizing, passage splitting, sketches, term counting,
libc, the kernel).  Samples come from `perf script`; a symbol in no group
is "other" (--unknown lists the biggest of them on stderr).  The groups
are by function name, so they are approximate: a helper shared by two
jobs is counted in one.  docs/performance.md has a table made with it.
"""
import subprocess, sys, re, collections
out = subprocess.run(['perf', 'script', '-i', sys.argv[1], '-F', 'tid,period,ip,sym'],
                     capture_output=True, text=True).stdout
rules = [
    ('FTS5 term hash: writes', r'^(sqlite3Fts5HashWrite|fts5HashAddPoslistSize|fts5HashResize|sqlite3Fts5PutVarint)$'),
    ('FTS5 term hash: flush to segments', r'^(fts5HashEntryMerge|fts5HashEntrySort|fts5FlushOneHash.*|sqlite3Fts5HashScan.*|fts5WriteAppend.*|fts5WriteFlush.*|fts5DataWrite.*|__strlen.*)$'),
    ('FTS5 merge (optimize) and vocabulary reads', r'^(fts5SegIter.*|fts5MultiIter.*|fts5ChunkIterate|sqlite3Fts5PoslistNext64|sqlite3Fts5IterNextScan|fts5VocabNextMethod|fts5DataRead|fts5Leaf.*|fts5IndexMerge.*|fts5MergeChunkCallback|fts5PoslistCallback|fts5SegiterPoslist|sqlite3Fts5GetVarint.*|fts5Structure.*|fts5IndexOptimize.*|sqlite3Fts5BufferAppend.*|fts5BufferAppend.*|fts5MultiIterDoCompare|fts5AppendPoslist)$'),
    ('sorting (band index build)', r'^vdbeSorter.*|^vdbePma.*|^vdbeMergeEngine.*|^vdbeIncr.*|^sqlite3VdbeSorter.*'),
    ('tokenizing (unicode61, apostrophes, capture)', r'^(fts5UnicodeTokenize|on_parent_token|emit_word|emit_raw|apostrophe_.*|fold_.*|tokenize_text|on_capture_token|put_varint|capture|tokenizer_capture|sqlite3Fts5UnicodeIsdiacritic|sqlite3Fts5UnicodeFold|fts5UnicodeIsAlnum|sqlite3Fts5UnicodeCategory)$'),
    ('replaying recorded tokens', r'^(snowball_tokenize|replay_tokens|armed_for|get_varint|unzigzag)$'),
    ('stemming (libstemmer, stem cache)', r'^(stem_word|fnv32|sb_stemmer.*|english_UTF_8_.*|find_among.*|in_grouping.*|out_grouping.*|r_.*|slice_.*|skip_utf8|get_utf8|eq_s.*|len_utf8|grow_cache|insert_s|replace_s|SN_.*)$'),
    ('passage splitting', r'^(count_words|deliver|next_block|emit|passage_.*|is_heading.*|sentence.*|split_.*|line_.*|each_passage|on_passage|prepare_.*|looks_.*|blank|utf16|lone_cr_to_lf|find_.*sentence.*|heading.*)$'),
    ('reading, hashing, UTF-8 checks', r'^(util_hash|util_utf8.*|load|__memchr.*)$'),
    ('copy sketches (shingles, MinHash)', r'^(each_shingle|bin_shingle|copies_sketch|mix64)$'),
    ('term counting (term_df; termstats_add also the raw forms\' set)', r'^(termstats_.*|tokenizer_each_term|tokenizer_each_token|walk_column|count_term.*|count_body_term|count_cached|cache_term|add|hash_term|term_at|keep)$'),
    ('raw forms (the vocabulary\'s set)', r'^(raw_observe|store_raw_form_add|add_raw|raw_collect|raw_commit|by_key)$'),
    ('SQLite rows, b-trees, pages (passages, docsize, sketches, term_df)', r'^(sqlite3VdbeExec|sqlite3Btree.*|balance.*|insertCell.*|pcache.*|sqlite3Pcache.*|sqlite3Pager.*|pager.*|btree.*|sqlite3VdbeRecord.*|sqlite3VdbeSerial.*|sqlite3VdbeMem.*|sqlite3Vdbe.*|vdbe.*|cellSize.*|fillInCell|computeCellSize|allocateSpace|defragmentPage|dropCell|moveto.*|getAndInitPage|releasePage.*|sqlite3Put.*|sqlite3Get.*|sqlite3Varint.*|sqlite3_.*|sqlite3Db.*|sqlite3Malloc.*|sqlite3Mem.*|sqlite3Step|sqlite3Wal.*|wal.*|sqlite3OsWrite|sqlite3OsRead|unixWrite|unixRead|seekAndWrite|seekAndRead.*|dbMalloc.*|measureAllocationSize|mallocWithAlarm|sqlite3Realloc|sqlite3.*Mutex.*|pthreadMutex.*|fts5StorageInsert.*|fts5UpdateMethod|sqlite3Fts5Storage.*|fts5ExecPrintf|fts5Storage.*|sqlite3Fts5Index.*|fts5IndexFlush|allocateBtreePage|clearCell|accessPayload|copyNodeContent|assemblePage|rebuildPage|editPage|pageInsertArray|freePage.*|updateAccounting|sqlite3RowSet.*|applyAffinity|fts5Index.*)$'),
    ('libc (malloc, memcpy, memcmp, locks)', r'^(_int_.*|malloc|free|cfree.*|realloc|calloc|__mem.*|memcpy|memmove|memset|memcmp|unlink_chunk.*|malloc_consolidate|pthread_.*|__pthread.*|__GI___pthread.*|__lll.*|__futex.*|tcache.*|_IO_.*)$'),
]
rules = [(n, re.compile(r)) for n, r in rules]
cats = collections.defaultdict(lambda: collections.Counter())
tids = collections.Counter()
unk = collections.Counter()
for line in out.splitlines():
    parts = line.split()
    if len(parts) < 2:
        continue
    tid, period = parts[0], int(parts[1])
    ip = parts[2] if len(parts) > 2 else ''
    sym = parts[3] if len(parts) > 3 else '?'
    tids[tid] += period
    if ip.startswith('ffffffff') or sym.startswith(('__x64', 'entry_', 'do_', 'ksys', 'vfs_', 'ext4', 'copy_', 'clear_page', 'pvm_', 'filemap', '_copy_', '__pi_', 'asm_', 'exc_', 'handle_mm', 'native_')):
        name = 'kernel (writes, page faults)'
    else:
        name = None
        for n, r in rules:
            if r.match(sym):
                name = n
                break
        if name is None:
            name = 'other'
            unk[sym] += period
    cats[name][tid] += period
order = [t for t, _ in tids.most_common()]
main = min(order, key=int)
total = sum(tids.values())
print('| where | main thread s | preparing thread s | share of all CPU |')
print('|---|---:|---:|---:|')
rows = sorted(cats.items(), key=lambda kv: -sum(kv[1].values()))
for name, c in rows:
    m = c[main] / 1e9
    w = sum(v for t, v in c.items() if t != main) / 1e9
    print('| %s | %.2f | %.2f | %.1f%% |' % (name, m, w, 100.0 * sum(c.values()) / total))
print('| all | %.2f | %.2f | 100%% |' % (tids[main] / 1e9, (total - tids[main]) / 1e9))
if '--unknown' in sys.argv[2:]:
    print(unk.most_common(40), file=sys.stderr)
