#!/bin/sh
# Makes the PDF fixtures and the LibreOffice-written DOCX fixtures from fixtures/docx (run once, committed;
# CI never needs LibreOffice). Needs Debian's LibreOffice Writer and a CJK font:
#   apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-wqy-zenhei
set -eu
cd "$(dirname "$0")/.."
out=$(mktemp -d)
for f in fixtures/docx/0*.docx fixtures/docx/constructs.docx; do
  soffice --headless --convert-to pdf --outdir fixtures/pdf "$f" >/dev/null
  # The same document as LibreOffice writes DOCX: other markup (rsids, styles, AlternateContent) for the readers.
  soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$out" "$f" >/dev/null
  mkdir -p fixtures/docx/libreoffice
  mv "$out/$(basename "$f")" fixtures/docx/libreoffice/
done
# A password-protected PDF (password jixiao) for the bad-input tests.
soffice --headless --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"jixiao"}}' \
  --outdir "$out" fixtures/docx/001_4e04848e7f92059d.docx >/dev/null
mkdir -p fixtures/bad
mv "$out/001_4e04848e7f92059d.pdf" fixtures/bad/encrypted.pdf
rm -rf "$out"
ls -l fixtures/pdf fixtures/docx/libreoffice fixtures/bad
