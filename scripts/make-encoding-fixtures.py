#!/usr/bin/env python3
"""Writes seed 002 in other encodings and line endings to fixtures/encodings/ (Node cannot encode GB18030).

Run once from the repository root: python3 scripts/make-encoding-fixtures.py
"""
from pathlib import Path

source = Path('fixtures/002_b15d2b1781b6fb37.txt').read_text(encoding='utf-8')
out = Path('fixtures/encodings')
out.mkdir(exist_ok=True)
(out / '002.gb18030.txt').write_bytes(source.encode('gb18030'))
(out / '002.utf16le-bom.txt').write_bytes(b'\xff\xfe' + source.encode('utf-16-le'))
(out / '002.utf16le-nobom.txt').write_bytes(source.encode('utf-16-le'))
(out / '002.utf8-bom-crlf.txt').write_bytes(b'\xef\xbb\xbf' + source.replace('\n', '\r\n').encode('utf-8'))
(out / '002.cr.txt').write_bytes(source.replace('\n', '\r').encode('utf-8'))
