#!/usr/bin/env bash
# Checks sample-docs/questions.tsv against the documents in sample-docs/.
#
# For every row (question, file, location, phrase) it verifies that
#   - the file exists in sample-docs/;
#   - the phrase occurs verbatim (case-sensitive, whitespace collapsed) in the
#     extracted text of the file: for PDFs on the page given as "p. N"
#     (pdftotext), otherwise in the section whose nearest heading is exactly
#     the location text (pandoc for DOCX/ODT/EPUB/Markdown/HTML; for .txt a
#     heading is a line underlined with ===== or -----);
#   - for Markdown and plain text, the phrase is also in the raw file;
#   - the phrase occurs in no other document.
# It also reports documents that have no question.
#
# Usage: src/sample-docs/check-questions.sh [sample-docs-dir]
# Needs: python3, pandoc, pdftotext (poppler-utils).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DOCS="${1:-$(cd "$HERE/../.." && pwd)/sample-docs}"

for tool in python3 pandoc pdftotext; do
  command -v "$tool" >/dev/null || { echo "check-questions.sh: $tool not found" >&2; exit 2; }
done

exec python3 - "$DOCS" <<'PY'
import csv, html.parser, os, re, subprocess, sys

docs = sys.argv[1]
tsv = os.path.join(docs, "questions.tsv")

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()

def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True).stdout.decode("utf-8")

class Sections(html.parser.HTMLParser):
    """Splits HTML into (heading, text) sections at h1..h6."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections = [["", []]]
        self.in_heading = False
        self.heading = []
        self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title", "head"):
            self.skip += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self.in_heading, self.heading = True, []
        elif tag in ("p", "li", "tr", "td", "th", "br", "div"):
            self._add(" ")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "title", "head"):
            self.skip = max(0, self.skip - 1)
        elif re.fullmatch(r"h[1-6]", tag) and self.in_heading:
            self.in_heading = False
            h = norm("".join(self.heading))
            self.sections.append([h, [h, " "]])
        elif tag in ("p", "li", "tr", "td", "th", "div"):
            self._add(" ")
    def handle_data(self, data):
        if self.skip:
            return
        if self.in_heading:
            self.heading.append(data)
        else:
            self._add(data)
    def _add(self, s):
        self.sections[-1][1].append(s)

def html_sections(markup):
    p = Sections()
    p.feed(markup)
    p.close()
    return [(h, norm("".join(t))) for h, t in p.sections]

def txt_sections(text):
    lines = text.split("\n")
    secs, cur, buf = [], "", []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line.strip() and re.fullmatch(r"\s*(=+|-+)\s*", nxt) and len(nxt.strip()) >= 3:
            secs.append((cur, norm("\n".join(buf))))
            cur, buf = line.strip(), [line]
            i += 2
            continue
        buf.append(line)
        i += 1
    secs.append((cur, norm("\n".join(buf))))
    return secs

def extract(path):
    """Returns (units, kind, raw): units is a list of (label, text)."""
    ext = os.path.splitext(path)[1].lower()
    raw = None
    if ext == ".pdf":
        pages = run("pdftotext", "-enc", "UTF-8", path, "-").split("\f")
        if pages and not pages[-1].strip():
            pages = pages[:-1]
        return [("p. %d" % (i + 1), norm(t)) for i, t in enumerate(pages)], "page", raw
    if ext == ".txt":
        raw = open(path, encoding="utf-8").read()
        return txt_sections(raw), "section", norm(raw)
    if ext in (".html", ".htm"):
        return html_sections(open(path, encoding="utf-8").read()), "section", raw
    fmt = {".md": "markdown", ".docx": "docx", ".odt": "odt", ".epub": "epub"}.get(ext)
    if fmt is None:
        raise SystemExit("unsupported file type: " + path)
    if ext == ".md":
        raw = norm(open(path, encoding="utf-8").read())
    return html_sections(run("pandoc", "-f", fmt, "-t", "html", "--wrap=none", path)), "section", raw

files = sorted(f for f in os.listdir(docs)
               if f != "questions.tsv" and os.path.isfile(os.path.join(docs, f)))
text = {f: extract(os.path.join(docs, f)) for f in files}
whole = {f: " ".join(t for _, t in units) for f, (units, _, _) in text.items()}

errors, notes, used = [], [], set()
with open(tsv, encoding="utf-8", newline="") as fh:
    rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
if not rows or rows[0] != ["question", "file", "location", "phrase"]:
    errors.append("header must be: question<TAB>file<TAB>location<TAB>phrase")
    rows = [[]] + rows
for n, row in enumerate(rows[1:], start=2):
    if len(row) != 4 or not all(c.strip() for c in row):
        errors.append("line %d: expected 4 non-empty columns, got %r" % (n, row))
        continue
    q, f, loc, phrase = row
    used.add(f)
    if f not in text:
        errors.append("line %d: no such document: %s" % (n, f))
        continue
    units, kind, raw = text[f]
    where = [label for label, t in units if phrase in t]
    if loc not in [label for label, _ in units]:
        errors.append("line %d: %s has no %s %r (has: %s)" % (
            n, f, kind, loc, "; ".join(l for l, _ in units if l)))
    elif loc not in where:
        errors.append("line %d: phrase %r not found in %s %r of %s (found in: %s)" % (
            n, phrase, kind, loc, f, "; ".join(where) or "nowhere"))
    if raw is not None and phrase not in raw:
        errors.append("line %d: phrase %r not verbatim in raw %s" % (n, phrase, f))
    others = [g for g in files if g != f and phrase in whole[g]]
    if others:
        errors.append("line %d: phrase %r also occurs in %s" % (n, phrase, ", ".join(others)))
    if len(where) > 1:
        notes.append("line %d: phrase %r occurs in several places of %s: %s" % (
            n, phrase, f, "; ".join(where)))

for f in files:
    if f not in used:
        notes.append("no question points to %s" % f)

for m in notes:
    print("note:", m)
for m in errors:
    print("ERROR:", m)
print("%d questions, %d documents, %d errors" % (len(rows) - 1, len(files), len(errors)))
sys.exit(1 if errors else 0)
PY
