#!/usr/bin/env python3
"""html_check.py: check a claim report page (lib/report.c) without a browser.

Usage: python3 tests/html_check.py PAGE.html EXPECTED_CLAIMS [EXPECTED_QUOTES]

Exits 0 when the page
  - is UTF-8 with no control character but newline and tab, and declares utf-8;
  - is well-formed: every element but the void ones (meta, br, ...) is closed,
    in order, and nothing is closed that was not opened;
  - has exactly EXPECTED_CLAIMS elements with a class verdict-NAME (NAME one of
    supported, partial, unsupported, none), each also of class "claim", each
    with an id, each holding a link to an evidence block that exists;
  - with EXPECTED_QUOTES, has exactly that many quote checks: elements of class
    "quote" and q-NAME (NAME one of exact, near, none), each with an id, inside
    an evidence block (class "block"), its first badge of the same q-NAME; each
    one not exact linked to from the page ("To look at"); and a summary of them
    (class "qcounts");
  - has unique ids, and every href is a "#fragment" naming an id of the page;
  - references no outside resource: no src or srcset attribute, no <link>,
    <script src>, <iframe>, <object>, <embed>, <base>, <form>, no meta refresh,
    no url() or @import in CSS.
Otherwise prints one line per problem on standard error and exits 1; exits 2
when it cannot run (usage, unreadable file).  Standard library only.
"""
import re
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}
VERDICTS = {"supported", "partial", "unsupported", "none"}
QUOTE_ANSWERS = {"exact", "near", "none"}
FORBIDDEN_TAGS = {"link", "iframe", "object", "embed", "base", "form", "img",
                  "video", "audio", "source", "frame", "frameset", "portal"}
CSS_OUTSIDE = re.compile(r"url\s*\(|@import|image-set\s*\(", re.I)


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.stack = []
        self.ids = {}
        self.hrefs = []
        self.claims = []        # (verdict, id, line)
        self.claim_links = {}   # claim id -> hrefs inside it
        self.open_claims = []   # stack depth and id of the claims we are in
        self.charset = False
        self.in_style = False
        self.quotes = []        # [answer, id, line, first badge's answer or None]
        self.open_quotes = []   # stack depth and index in quotes of the quotes we are in
        self.blocks = []        # stack depths of the evidence blocks we are in
        self.qcounts = False

    def where(self):
        line, col = self.getpos()
        return "line %d col %d" % (line, col + 1)

    def problem(self, msg):
        self.problems.append("%s: %s" % (self.where(), msg))

    def handle_starttag(self, tag, attrs):
        self.start(tag, attrs, closed=False)

    def handle_startendtag(self, tag, attrs):
        self.start(tag, attrs, closed=True)

    def start(self, tag, attrs, closed):
        a = {}
        for name, value in attrs:
            if name in a:
                self.problem("<%s> repeats the attribute %s" % (tag, name))
            a[name] = value if value is not None else ""
        if tag in FORBIDDEN_TAGS:
            self.problem("<%s> may load something from outside the page" % tag)
        if tag == "script" and "src" in a:
            self.problem("<script src=...> loads a script from outside the page")
        for name in ("src", "srcset", "data", "action", "formaction", "poster", "background"):
            if name in a and tag not in FORBIDDEN_TAGS and (tag, name) != ("script", "src"):
                self.problem("<%s %s=...> refers to something outside the page" % (tag, name))
        if tag == "meta":
            if a.get("charset", "").lower() == "utf-8":
                self.charset = True
            if a.get("http-equiv", "").lower() == "refresh":
                self.problem("<meta http-equiv=refresh> loads another page")
        if CSS_OUTSIDE.search(a.get("style", "")):
            self.problem("a style attribute loads something (url() or @import)")
        if "id" in a:
            if a["id"] in self.ids:
                self.problem("id %r used twice (first at %s)" % (a["id"], self.ids[a["id"]]))
            else:
                self.ids[a["id"]] = self.where()
        if "href" in a:
            if not a["href"].startswith("#"):
                self.problem("href %r leaves the page" % a["href"])
            self.hrefs.append((a["href"], self.where()))
            for depth, cid in self.open_claims:
                self.claim_links[cid].append(a["href"])
        classes = a.get("class", "").split()
        verdicts = [c[len("verdict-"):] for c in classes if c.startswith("verdict-")]
        if verdicts:
            if len(verdicts) > 1:
                self.problem("<%s> has %d verdict classes" % (tag, len(verdicts)))
            if verdicts[0] not in VERDICTS:
                self.problem("unknown verdict class verdict-%s" % verdicts[0])
            if "claim" not in classes:
                self.problem("<%s class=verdict-%s> is not of class claim" % (tag, verdicts[0]))
            cid = a.get("id")
            if not cid:
                self.problem("claim <%s class=verdict-%s> has no id" % (tag, verdicts[0]))
                cid = "(no id %d)" % len(self.claims)
            self.claims.append((verdicts[0], cid, self.getpos()[0]))
            self.claim_links[cid] = []
            if tag not in VOID and not closed:
                self.open_claims.append((len(self.stack), cid))
        if "qcounts" in classes:
            self.qcounts = True
        answers = [c[len("q-"):] for c in classes if c.startswith("q-")]
        if "badge" in classes and self.open_quotes:
            q = self.quotes[self.open_quotes[-1][1]]
            if q[3] is None:
                q[3] = answers[0] if answers else ""
        if "quote" in classes:
            if len(answers) != 1 or answers[0] not in QUOTE_ANSWERS:
                self.problem("quote <%s> has classes %r, not one q-exact/near/none"
                             % (tag, classes))
            if not a.get("id"):
                self.problem("quote <%s> has no id" % tag)
            if not self.blocks:
                self.problem("quote <%s> is outside every evidence block" % tag)
            self.quotes.append([answers[0] if answers else "?", a.get("id"),
                                self.getpos()[0], None])
            if tag not in VOID and not closed:
                self.open_quotes.append((len(self.stack), len(self.quotes) - 1))
        if "block" in classes and tag not in VOID and not closed:
            self.blocks.append(len(self.stack))
        if tag not in VOID and not closed:
            self.stack.append((tag, self.where()))
            if tag == "style":
                self.in_style = True

    def handle_endtag(self, tag):
        if tag in VOID:
            self.problem("</%s>: %s is a void element" % (tag, tag))
            return
        if not self.stack:
            self.problem("</%s> closes nothing" % tag)
            return
        top, opened = self.stack[-1]
        if top != tag:
            self.problem("</%s> closes <%s> opened at %s" % (tag, top, opened))
            # recover: pop to the matching element if there is one
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i][0] == tag:
                    del self.stack[i:]
                    break
        else:
            self.stack.pop()
        while self.open_claims and self.open_claims[-1][0] >= len(self.stack):
            self.open_claims.pop()
        while self.open_quotes and self.open_quotes[-1][0] >= len(self.stack):
            self.open_quotes.pop()
        while self.blocks and self.blocks[-1] >= len(self.stack):
            self.blocks.pop()
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style and CSS_OUTSIDE.search(data):
            self.problem("the style sheet loads something (url() or @import)")


def check(raw, expected, quotes=None):
    problems = []
    try:
        text = raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        return ["byte %d: not UTF-8 (%s)" % (e.start, e.reason)]
    for i, ch in enumerate(text):
        o = ord(ch)
        if (o < 0x20 and ch not in "\n\t") or 0x7f <= o <= 0x9f:
            problems.append("character %d: control character U+%04X" % (i, o))
            if len(problems) > 10:
                break
    if not text.lstrip().lower().startswith("<!doctype html>"):
        problems.append("no <!DOCTYPE html> at the start")
    p = Checker()
    p.feed(text)
    p.close()
    problems += p.problems
    for tag, opened in reversed(p.stack):
        problems.append("<%s> opened at %s is never closed" % (tag, opened))
    if not p.charset:
        problems.append('no <meta charset="utf-8">')
    for href, where in p.hrefs:
        if href.startswith("#") and href[1:] not in p.ids:
            problems.append("%s: link %r names no id of the page" % (where, href))
    if len(p.claims) != expected:
        problems.append("%d claims (elements of class verdict-*), expected %d"
                        % (len(p.claims), expected))
    for verdict, cid, line in p.claims:
        targets = [h for h in p.claim_links.get(cid, []) if h[1:] in p.ids]
        if not targets:
            problems.append("line %d: claim %s (verdict-%s) links to no evidence"
                            % (line, cid, verdict))
    if quotes is not None:
        if len(p.quotes) != quotes:
            problems.append("%d quote checks (elements of class quote), expected %d"
                            % (len(p.quotes), quotes))
        if quotes and not p.qcounts:
            problems.append("quotes but no summary of them (class qcounts)")
        linked = {h[1:] for h, where in p.hrefs}
        for answer, qid, line, badge in p.quotes:
            if badge != answer:
                problems.append("line %d: quote %s (q-%s) opens with a badge of q-%s"
                                % (line, qid, answer, badge))
            if answer != "exact" and qid not in linked:
                problems.append("line %d: quote %s (q-%s) is not linked to (To look at)"
                                % (line, qid, answer))
    return problems


def main(argv):
    if len(argv) not in (3, 4) or not all(a.isdigit() for a in argv[2:]):
        print("usage: python3 tests/html_check.py PAGE.html EXPECTED_CLAIMS [EXPECTED_QUOTES]",
              file=sys.stderr)
        return 2
    try:
        with open(argv[1], "rb") as f:
            raw = f.read()
    except OSError as e:
        print("html_check: %s: %s" % (argv[1], e.strerror), file=sys.stderr)
        return 2
    problems = check(raw, int(argv[2]), int(argv[3]) if len(argv) == 4 else None)
    for msg in problems:
        print("%s: %s" % (argv[1], msg), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
