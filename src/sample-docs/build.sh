#!/usr/bin/env bash
# Regenerates the sample corpus in <repo>/sample-docs from the sources here.
#
#   pdf/*.md    -> Markdown -> DOCX (pandoc) -> PDF (LibreOffice), A4, page numbers
#   docx/*.md   -> DOCX (pandoc)
#   odt/*.md    -> ODT  (pandoc)
#   epub/*.md   -> EPUB (pandoc, one chapter per level-1 heading)
#   .md, .txt and .html documents are written directly in sample-docs/: they are their own source
#
# A line containing only \newpage in a source becomes a hard page break
# (see pagebreak.lua), so facts in the PDFs sit on known pages.
# sample-docs/questions.tsv is written by hand and is not touched here.
#
# Needs: pandoc (2.17+), soffice (libreoffice-writer-nogui), python3,
#        poppler-utils (only for check-questions.sh).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(cd "$HERE/../.." && pwd)/sample-docs"
# Fixed timestamp so rebuilt DOCX/ODT/EPUB files do not change for nothing.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1735689600}"   # 2025-01-01

for tool in pandoc soffice python3; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool not found" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

# Reference DOCX for the PDFs: pandoc's default styles, A4 paper,
# 2 cm margins and a centred page number in the footer.
python3 - "$WORK/reference.docx" <<'PY'
import subprocess, sys, zipfile
dst = sys.argv[1]
src = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                     check=True, capture_output=True).stdout
import io
zin = zipfile.ZipFile(io.BytesIO(src))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          f'<w:ftr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
          '<w:r><w:t>1</w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')
sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdFarolFooter"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
        'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            text = data.decode()
            if 'xmlns:r=' not in text.split('>', 2)[1]:
                text = text.replace('<w:document ', '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
            data = text.replace("<w:sectPr />", sect).encode()
        elif item.filename == "word/_rels/document.xml.rels":
            data = data.decode().replace("</Relationships>",
                '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
                'Id="rIdFarolFooter" Target="footer1.xml" /></Relationships>').encode()
        elif item.filename == "[Content_Types].xml":
            data = data.decode().replace("</Types>",
                '<Override PartName="/word/footer1.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>').encode()
        zout.writestr(item, data)
    zout.writestr("word/footer1.xml", footer)
PY

PANDOC=(pandoc --from markdown --lua-filter "$HERE/pagebreak.lua")

# PDFs: Markdown -> DOCX -> PDF. A private LibreOffice profile avoids clashing
# with a LibreOffice the user may have open.
mkdir -p "$WORK/pdf" "$WORK/lo-profile"
for src in "$HERE"/pdf/*.md; do
  name="$(basename "$src" .md)"
  "${PANDOC[@]}" --reference-doc "$WORK/reference.docx" -o "$WORK/pdf/$name.docx" "$src"
done
soffice -env:UserInstallation="file://$WORK/lo-profile" --headless \
  --convert-to pdf --outdir "$WORK/pdf" "$WORK"/pdf/*.docx >/dev/null
for src in "$HERE"/pdf/*.md; do
  name="$(basename "$src" .md)"
  [ -s "$WORK/pdf/$name.pdf" ] || { echo "build.sh: no PDF for $name" >&2; exit 1; }
  cp "$WORK/pdf/$name.pdf" "$OUT/$name.pdf"
  echo "built sample-docs/$name.pdf"
done

for src in "$HERE"/docx/*.md; do
  name="$(basename "$src" .md)"
  "${PANDOC[@]}" -o "$OUT/$name.docx" "$src"
  echo "built sample-docs/$name.docx"
done

for src in "$HERE"/odt/*.md; do
  name="$(basename "$src" .md)"
  "${PANDOC[@]}" -o "$OUT/$name.odt" "$src"
  echo "built sample-docs/$name.odt"
done

for src in "$HERE"/epub/*.md; do
  name="$(basename "$src" .md)"
  "${PANDOC[@]}" --epub-chapter-level=1 --toc -o "$OUT/$name.epub" "$src"
  echo "built sample-docs/$name.epub"
done


