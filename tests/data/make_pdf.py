#!/usr/bin/env python3
"""make_pdf.py: write a small PDF with real text, for the tests (no tool needed).

    python3 make_pdf.py OUT.pdf [--title T] [--author A] [--date D] PAGE_FILE...

Each PAGE_FILE is one page: its lines are set in Helvetica, top to bottom;
a blank line leaves a gap (a new paragraph for pdftotext); a line starting
with "# " is set large (a heading).  --broken writes a truncated file,
--image-only a page with no text, --encrypted a file that says it is
encrypted with a key nobody has.
"""
import sys, zlib

def esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')

def page_stream(lines):
    out, y = [], 760
    for line in lines:
        line = line.rstrip('\n')
        if not line.strip():
            y -= 30
            continue
        size = 20 if line.startswith('# ') else 11
        text = line[2:] if line.startswith('# ') else line
        out.append('BT /F1 %d Tf 72 %d Td (%s) Tj ET' % (size, y, esc(text)))
        y -= size + 5
    return '\n'.join(out).encode('latin-1')

def main(argv):
    meta, pages, mode = {}, [], None
    i = 1
    out = argv[i]; i += 1
    while i < len(argv):
        a = argv[i]
        if a in ('--title', '--author', '--date'):
            meta[a[2:]] = argv[i + 1]; i += 2; continue
        if a in ('--broken', '--image-only', '--encrypted'):
            mode = a; i += 1; continue
        pages.append(open(a, encoding='utf-8').read().split('\n')); i += 1
    if mode == '--image-only':
        pages = [[]]
    objs = []          # object bodies, numbered from 1
    def add(body):
        objs.append(body)
        return len(objs)
    font = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    pages_id = len(objs) + 1 + 2 * len(pages) + 1   # after the page objects and catalog
    kids = []
    for lines in pages:
        data = zlib.compress(page_stream(lines))
        content = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream')
        kids.append(add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] '
                        b'/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>'
                        % (pages_id, font, content)))
    catalog = add(b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id)
    assert add(b'<< /Type /Pages /Kids [%s] /Count %d >>'
               % (b' '.join(b'%d 0 R' % k for k in kids), len(kids))) == pages_id
    info_parts = []
    for k, key in (('title', b'Title'), ('author', b'Author')):
        if k in meta:
            info_parts.append(b'/%s (%s)' % (key, esc(meta[k]).encode('latin-1')))
    if 'date' in meta:
        info_parts.append(b'/CreationDate (D:%s)' % meta['date'].replace('-', '').encode())
    info = add(b'<< ' + b' '.join(info_parts) + b' >>')
    enc = None
    if mode == '--encrypted':
        enc = add(b'<< /Filter /Standard /V 1 /R 2 /O (' + b'x' * 32 + b') /U (' + b'y' * 32 +
                  b') /P -4 >>')
    body = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for n, o in enumerate(objs, 1):
        offsets.append(len(body))
        body += b'%d 0 obj\n' % n + o + b'\nendobj\n'
    xref = len(body)
    body += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        body += b'%010d 00000 n \n' % off
    trailer = b'<< /Size %d /Root %d 0 R /Info %d 0 R' % (len(objs) + 1, catalog, info)
    if enc:
        trailer += b' /Encrypt %d 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]' % enc
    body += b'trailer\n' + trailer + b' >>\nstartxref\n%d\n%%%%EOF\n' % xref
    if mode == '--broken':
        body = body[:len(body) // 3]
    open(out, 'wb').write(body)

if __name__ == '__main__':
    main(sys.argv)
