package app.farol.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into {@link TextBlock}s: one per paragraph-like element, with the
 * PDF page (Tika marks each page with {@code <div class="page">}) and the heading path.
 *
 * <p>Stops the parse, by throwing {@link LimitReached}, once the character limit or the deadline
 * is passed; what was read until then is kept.
 */
final class StructuredTextHandler extends DefaultHandler {

    /** Thrown into the parser to stop it; carries which limit was hit. */
    static final class LimitReached extends SAXException {
        final boolean timedOut;

        LimitReached(boolean timedOut) {
            super(timedOut ? "time limit" : "size limit");
            this.timedOut = timedOut;
        }
    }

    private static final Set<String> BLOCK_ELEMENTS = Set.of(
            "p",
            "div",
            "li",
            "tr",
            "td",
            "th",
            "br",
            "blockquote",
            "pre",
            "dt",
            "dd",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "section",
            "article",
            "table",
            "ul",
            "ol");
    private static final Set<String> SKIPPED_ELEMENTS = Set.of("head", "title", "script", "style");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page\\s+|p\\.\\s*)?\\d{1,4}|[ivxlc]{1,7}");
    private static final Pattern UNDERLINE = Pattern.compile("^(={3,}|-{3,})$");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private final long maxChars;
    private final long deadlineNanos;
    private final boolean markdown;
    private final boolean plainText;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<String> headingStack = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private long chars;
    private int page;
    private int skipDepth;
    private int headingLevel; // > 0 while inside h1..h6
    private int pageDepth; // > 0 inside a PDF page's div (counting the divs nested in it)
    private int outlineDepth; // > 0 inside the PDF outline Tika writes after the last page
    private final List<PdfOutlineHeadings.Entry> outline = new ArrayList<>();
    private int rowDepth; // > 0 inside a table row (tr), counting rows of tables nested in its cells
    private final List<String> cells = new ArrayList<>(); // the cells of the current row so far
    private List<String> tableHeader = List.of(); // the header cells (th) of the current table, if it has them
    private boolean headerRow; // whether every cell of the current row so far is a th
    private final List<PdfText.Paragraph> pdfParagraphs = new ArrayList<>(); // a PDF's text, cleaned at the end

    /**
     * @param markdown whether "# Title" lines are headings
     * @param plainText whether lines underlined with "===" or "---" are headings (Markdown and
     *     plain-text notes both write them so)
     */
    StructuredTextHandler(long maxChars, long deadlineNanos, boolean markdown, boolean plainText) {
        this.maxChars = maxChars;
        this.deadlineNanos = deadlineNanos;
        this.markdown = markdown;
        this.plainText = plainText || markdown;
    }

    List<TextBlock> blocks() {
        flush();
        if (pdfParagraphs.isEmpty()) {
            return outline.isEmpty() ? blocks : PdfOutlineHeadings.apply(blocks, outline);
        }
        List<TextBlock> all = new ArrayList<>(blocks);
        all.addAll(PdfText.clean(pdfParagraphs));
        all.sort(java.util.Comparator.comparingInt(TextBlock::page)); // stable: keeps reading order within a page
        List<TextBlock> withHeadings = outline.isEmpty() ? all : PdfOutlineHeadings.apply(all, outline);
        List<TextBlock> units = new ArrayList<>();
        for (TextBlock b : withHeadings) {
            if (b.heading()) {
                units.add(b);
            } else {
                units.addAll(StructuredLines.split(b));
            }
        }
        return units;
    }

    /** How many pages Tika opened (a PDF's page count; 0 for formats without pages). */
    int pageCount() {
        return page;
    }

    /** Letters and digits of each page's text so far, by 1-based page (pages without any are absent). */
    java.util.Map<Integer, Integer> lettersByPage() {
        flush();
        java.util.Map<Integer, Integer> letters = new java.util.HashMap<>();
        for (PdfText.Paragraph p : pdfParagraphs) {
            for (String line : p.lines()) {
                letters.merge(p.page(), letters(line), Integer::sum);
            }
        }
        for (TextBlock b : blocks) {
            if (b.page() > 0) {
                letters.merge(b.page(), letters(b.text()), Integer::sum);
            }
        }
        return letters;
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /**
     * Puts a page's text as OCR read it in place of whatever its text layer held; the page is
     * then cleaned like the others (running headers, hyphenated words).
     *
     * @param paragraphs the page's paragraphs in reading order, each a list of lines
     */
    void replacePage(int pageNumber, List<List<String>> paragraphs) {
        flush();
        pdfParagraphs.removeIf(p -> p.page() == pageNumber);
        blocks.removeIf(b -> b.page() == pageNumber && !b.heading());
        for (List<String> lines : paragraphs) {
            pdfParagraphs.add(new PdfText.Paragraph(pageNumber, lines));
        }
        pdfParagraphs.sort(java.util.Comparator.comparingInt(PdfText.Paragraph::page));
    }

    /**
     * Adds text OCR read from a picture inside a document without pages (a DOCX's pasted scan),
     * after the document's own text, cleaned like a scanned page.
     */
    void addScannedParagraphs(List<List<String>> paragraphs) {
        flush();
        for (List<String> lines : paragraphs) {
            pdfParagraphs.add(new PdfText.Paragraph(0, lines));
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (SKIPPED_ELEMENTS.contains(name)) {
            skipDepth++;
            return;
        }
        if (isOutline(name)) {
            outlineDepth += "ul".equals(name) ? 1 : 0;
            flush();
            return;
        }
        if ("table".equals(name) && rowDepth == 0) {
            tableHeader = List.of();
        }
        if ("tr".equals(name)) {
            if (rowDepth++ == 0) {
                flush();
                cells.clear();
                headerRow = true;
            }
        } else if (rowDepth > 0 && BLOCK_ELEMENTS.contains(name)) {
            endCell(name);
        } else if (BLOCK_ELEMENTS.contains(name)) {
            flush();
        }
        if ("div".equals(name) && "page".equals(atts.getValue("class"))) {
            page++;
            pageDepth = 1;
        } else if ("div".equals(name) && pageDepth > 0) {
            pageDepth++;
        }
        int level = headingLevel(name);
        if (level > 0) {
            headingLevel = level;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (SKIPPED_ELEMENTS.contains(name)) {
            skipDepth--;
            return;
        }
        if (isOutline(name)) {
            if ("li".equals(name)) {
                outline.add(new PdfOutlineHeadings.Entry(outlineDepth, normalise(buffer)));
            }
            buffer.setLength(0);
            outlineDepth -= "ul".equals(name) ? 1 : 0;
            return;
        }
        if ("div".equals(name) && pageDepth > 0) {
            pageDepth--;
        }
        if ("tr".equals(name) && rowDepth > 0) {
            if (--rowDepth == 0) {
                endRow();
            }
        } else if (rowDepth > 0 && BLOCK_ELEMENTS.contains(name)) {
            endCell(name);
        } else if (headingLevel(name) > 0 && headingLevel > 0) {
            String text = normalise(buffer);
            buffer.setLength(0);
            int level = headingLevel;
            headingLevel = 0;
            if (!text.isEmpty()) {
                addHeading(level, text);
            }
        } else if (BLOCK_ELEMENTS.contains(name)) {
            flush();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        if (System.nanoTime() > deadlineNanos) {
            throw new LimitReached(true);
        }
        long room = maxChars - chars;
        if (room <= 0) {
            throw new LimitReached(false);
        }
        int taken = (int) Math.min(length, room);
        buffer.append(ch, start, taken);
        chars += taken;
        if (taken < length) {
            throw new LimitReached(false);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        // Plain text arrives as one element: split it into paragraphs on blank lines.
        for (String paragraph : PARAGRAPH_BREAK.split(buffer)) {
            addParagraph(paragraph);
        }
        buffer.setLength(0);
    }

    /**
     * Inside a table row: a cell's end closes the cell; any other block inside a cell (its
     * paragraphs, line breaks) only keeps the words apart.
     */
    private void endCell(String name) {
        if ("td".equals(name) || "th".equals(name)) {
            String text = normalise(buffer);
            buffer.setLength(0);
            if (!text.isEmpty()) {
                headerRow &= "th".equals(name) && rowDepth == 1;
                cells.add(text);
            }
        } else {
            buffer.append(' ');
        }
    }

    /**
     * A table row becomes one line, its cells joined by " | ": "Plano de saúde familiar | R$
     * 890,00" keeps a row's label next to its value, for the reader, the model and a sentence.
     * Under a header row (th cells) each cell says what it is ("Condition: 20-minute nap |
     * Alertness (1–9): 6.8") and the header row itself is no text of its own: alone it is a
     * sentence that says nothing.
     */
    private void endRow() {
        endCell("td");
        if (headerRow && !cells.isEmpty()) {
            tableHeader = List.copyOf(cells);
        } else if (!cells.isEmpty()) {
            blocks.add(new TextBlock(withHeader(cells), page, headingStack, false));
        }
        cells.clear();
    }

    private String withHeader(List<String> row) {
        if (tableHeader.size() != row.size()) {
            return String.join(" | ", row);
        }
        List<String> labelled = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            labelled.add(tableHeader.get(i) + ": " + row.get(i));
        }
        return String.join(" | ", labelled);
    }

    private void addParagraph(String raw) {
        if (!plainText) {
            if (page > 0) {
                // A PDF's lines: PdfText and StructuredLines read them once the whole text is in.
                pdfParagraphs.add(new PdfText.Paragraph(page, List.of(raw.split("\n"))));
            } else {
                addBlock(raw);
            }
            return;
        }
        StringBuilder plain = new StringBuilder();
        String[] lines = raw.split("\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher m = MARKDOWN_HEADING.matcher(line);
            String underline = i + 1 < lines.length ? lines[i + 1].strip() : "";
            if (markdown && m.matches()) {
                addLines(plain);
                plain.setLength(0);
                addHeading(m.group(1).length(), m.group(2));
            } else if (!line.isEmpty() && UNDERLINE.matcher(underline).matches()) {
                addLines(plain);
                plain.setLength(0);
                addHeading(underline.charAt(0) == '=' ? 1 : 2, line);
                i++; // the underline itself
            } else {
                plain.append(lines[i]).append('\n');
            }
        }
        addLines(plain);
    }

    /** A plain-text paragraph, one block for each unit of its lines ({@link PlainLines}). */
    private void addLines(CharSequence raw) {
        PlainLines.units(raw.toString()).forEach(this::addBlock);
    }

    private void addBlock(CharSequence raw) {
        String text = normalise(raw);
        // A paragraph that is only a number is a page number from a header or footer.
        if (!text.isEmpty() && !PAGE_NUMBER.matcher(text).matches()) {
            blocks.add(new TextBlock(text, page, headingStack, false));
        }
    }

    private void addHeading(int level, String text) {
        while (headingStack.size() >= level) {
            headingStack.removeLast();
        }
        // Keep the path's depth honest when a document skips levels (h1 then h3).
        headingStack.add(text);
        blocks.add(new TextBlock(text, page, headingStack, true));
    }

    /** A list after the last page of a PDF: its outline (bookmarks), not text. */
    private boolean isOutline(String name) {
        return ("ul".equals(name) || "li".equals(name)) && (outlineDepth > 0 || (page > 0 && pageDepth == 0));
    }

    private static int headingLevel(String name) {
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return name.charAt(1) - '0';
        }
        return 0;
    }

    static String normalise(CharSequence raw) {
        // \p{Z}: PDFs space with U+2002 and its kin too ("a)\u2002os analfabetos").
        return raw.toString().replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}
