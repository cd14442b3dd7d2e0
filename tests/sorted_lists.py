#!/usr/bin/env python3
"""Check that every word list of lib/*.c whose comment says it is sorted is.

    python3 tests/sorted_lists.py [lib]

The lists are searched by bsearch (words_in_list, IN_LIST, IS): one out of
byte order hides its neighbours.  A list counts when the comment block
right before it says "sorted" (any case).  Prints each list out of order
with its first pair out of order; exit 0 when none is, 1 otherwise.
"""
import glob
import os
import re
import sys

LIST = re.compile(r'static const char \*const (\w+)\[\] = \{(.*?)\};', re.S)


def comment_before(text, at):
    """The comment block before offset at, with no statement between: the
    list's own, or its function's when the list opens the function."""
    head = text[:at].rstrip()
    end = head.rfind('*/')
    if end < 0 or ';' in head[end:] or '}' in head[end:]:
        return ''
    return head[head.rfind('/*', 0, end):end]


def main():
    lib = sys.argv[1] if len(sys.argv) > 1 else 'lib'
    bad = checked = 0
    for path in sorted(glob.glob(os.path.join(lib, '*.c'))):
        text = open(path, encoding='utf-8').read()
        for m in LIST.finditer(text):
            if 'sorted' not in comment_before(text, m.start()).lower():
                continue
            items = [w.encode() for w in re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2))]
            checked += 1
            for a, b in zip(items, items[1:]):
                if a >= b:
                    print('%s: %s: "%s" before "%s"' % (path, m.group(1), a.decode(), b.decode()))
                    bad += 1
                    break
    print('sorted lists: %d checked, %d out of order' % (checked, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
