package app.farol.core.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a PDF's text back its paragraphs. Tika reads a PDF page as lines grouped by spacing, not
 * by sense: a running header ("Constituição da República Federativa do Brasil20") or a page
 * number opens each page, a word broken at a line end keeps its hyphen ("Re-" "pública"), and a
 * sentence that runs onto the next page, or past a wider gap, is cut in two ("durante o período
 * do" / "serviço militar obrigatório"). So: lines at the top or bottom of most pages and bare
 * page numbers at a page edge go; a hyphenated break is joined when the joined word is used
 * elsewhere in the document; a paragraph goes on across a gap or a page while its next line
 * reads as a continuation. The result keeps its lines ('\n') for {@link StructuredLines}.
 */
final class PdfText {
    /** One paragraph as Tika gave it: its page and its lines. */
    record Paragraph(int page, List<String> lines) {}

    /** A line at a page edge on at least this share of the pages is a running header or footer. */
    private static final double RUNNING_SHARE = 0.4;

    private static final int MIN_PAGES_FOR_RUNNING = 3;
    /** How many lines at the top and at the bottom of a page are looked at as its edge. */
    private static final int EDGE_LINES = 2;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:(?:page|página|pág\\.?|p\\.)\\s*)?(?:\\d{1,4}|[ivxlc]{1,7})(?:\\s*(?:/|of|de)\\s*\\d{1,4})?"
                    + "|[-–—]\\s*\\d{1,4}\\s*[-–—]");
    /** A line with a page number at its start or end: "21Dos Direitos ...", "... do Brasil 20". */
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,4}\\s*\\D.{0,100}|.{1,100}\\D\\s*\\d{1,4}$");
    /** A page's first line that is a short title with its page number glued on: "129Das Disposições Gerais". */
    private static final Pattern GLUED_NUMBER =
            Pattern.compile("\\d{1,4}\\p{Lu}[^.;:]{0,80}|[^.;:]{1,80}\\p{Ll}\\d{1,4}");

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private static final Pattern HYPHEN_END = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)");
    private static final Pattern HYPHEN_SPACE = Pattern.compile("(\\p{L}+)- (\\p{Ll}+)");

    private static final Set<String> CLITICS = Set.of(
            "se", "lhe", "lhes", "lo", "la", "los", "las", "o", "a", "os", "as", "me", "te", "nos", "vos", "no", "na",
            "nas", "ia", "ão", "á", "ás", "ei", "emos");

    private PdfText() {}

    /** The paragraphs, cleaned and rejoined, as blocks without headings (each line kept on its own line). */
    static List<TextBlock> clean(List<Paragraph> paragraphs) {
        Map<Integer, List<Line>> pages = pages(paragraphs);
        dropRunningLines(pages);
        dropPageNumbers(pages);
        Set<String> words = vocabulary(pages);
        List<TextBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int currentPage = 0;
        for (Map.Entry<Integer, List<Line>> page : pages.entrySet()) {
            for (Line line : page.getValue()) {
                String last = current.isEmpty() ? null : current.getLast();
                if (last != null && (!line.opens || continues(last, line.text))) {
                    append(current, line.text, words);
                    continue;
                }
                addBlock(blocks, current, currentPage, words);
                current.add(line.text);
                currentPage = page.getKey();
            }
        }
        addBlock(blocks, current, currentPage, words);
        return blocks;
    }

    /** A line and whether a paragraph of Tika's (or a page) opened with it. */
    private record Line(String text, boolean opens) {}

    private static Map<Integer, List<Line>> pages(List<Paragraph> paragraphs) {
        Map<Integer, List<Line>> pages = new java.util.TreeMap<>();
        for (Paragraph p : paragraphs) {
            List<Line> lines = pages.computeIfAbsent(p.page(), k -> new ArrayList<>());
            boolean first = true;
            for (String raw : p.lines()) {
                String line = StructuredTextHandler.normalise(raw);
                if (!line.isEmpty()) {
                    lines.add(new Line(line, first || lines.isEmpty()));
                    first = false;
                }
            }
        }
        pages.values().removeIf(List::isEmpty);
        return pages;
    }

    /** Lines, page numbers left out, that stand at the top or bottom of most pages. */
    private static void dropRunningLines(Map<Integer, List<Line>> pages) {
        if (pages.size() < MIN_PAGES_FOR_RUNNING) {
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> numbered = new HashMap<>();
        for (List<Line> lines : pages.values()) {
            Set<String> seen = new HashSet<>();
            for (int i : edge(lines.size())) {
                String key = runningKey(lines.get(i).text);
                if (!key.isEmpty() && seen.add(key)) {
                    counts.merge(key, 1, Integer::sum);
                    if (NUMBERED.matcher(lines.get(i).text).matches()) {
                        numbered.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        int needed = (int) Math.max(MIN_PAGES_FOR_RUNNING, Math.ceil(pages.size() * RUNNING_SHARE));
        for (List<Line> lines : pages.values()) {
            List<Integer> running = new ArrayList<>();
            for (int i : edge(lines.size()).reversed()) {
                String key = runningKey(lines.get(i).text);
                // A chapter's title as the header of its pages, with the page number ("21Dos Direitos"), runs on fewer
                // pages.
                if (counts.getOrDefault(key, 0) >= needed || numbered.getOrDefault(key, 0) >= MIN_PAGES_FOR_RUNNING) {
                    running.add(i);
                }
            }
            // Headers and footers frame a page's body: a page made only of repeated lines (a log that
            // says the same each page) is its body, and stays.
            if (running.size() < lines.size()) {
                running.forEach(i -> removeKeepingOpening(lines, i));
            }
        }
    }

    /** A bare number (or "Page 3", "3 / 10", "- 3 -") as the first or last line of a page. */
    private static void dropPageNumbers(Map<Integer, List<Line>> pages) {
        for (List<Line> lines : pages.values()) {
            while (!lines.isEmpty() && PAGE_NUMBER.matcher(lines.getLast().text).matches()) {
                lines.removeLast();
            }
            while (!lines.isEmpty()
                    && (PAGE_NUMBER.matcher(lines.getFirst().text).matches()
                            || GLUED_NUMBER.matcher(lines.getFirst().text).matches())) {
                removeKeepingOpening(lines, 0);
            }
        }
    }

    /** Removes a line; the line after it opens a paragraph if the removed one did. */
    private static void removeKeepingOpening(List<Line> lines, int i) {
        Line removed = lines.remove(i);
        if (removed.opens && i < lines.size()) {
            lines.set(i, new Line(lines.get(i).text, true));
        }
    }

    /** Indexes of a page's edge lines, top then bottom, each once, in ascending order. */
    private static List<Integer> edge(int size) {
        List<Integer> edge = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (i < EDGE_LINES || i >= size - EDGE_LINES) {
                edge.add(i);
            }
        }
        return edge;
    }

    /** A line as a running header reads on every page: without its page number, case or spacing. */
    private static String runningKey(String line) {
        return line.toLowerCase(Locale.ROOT)
                .replaceAll("\\d+", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The document's words, lower case, hyphenated ones whole and in parts. */
    private static Set<String> vocabulary(Map<Integer, List<Line>> pages) {
        Set<String> words = new HashSet<>();
        for (List<Line> lines : pages.values()) {
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i).text;
                // The word broken at the line end is not evidence for itself.
                String body = HYPHEN_END.matcher(text).find() ? text.substring(0, text.lastIndexOf(' ') + 1) : text;
                if (i > 0 && HYPHEN_END.matcher(lines.get(i - 1).text).find()) {
                    body = body.replaceFirst("^\\p{L}+", "");
                }
                Matcher m = WORD.matcher(body);
                while (m.find()) {
                    String w = m.group().toLowerCase(Locale.ROOT);
                    words.add(w);
                    if (w.indexOf('-') > 0) {
                        words.addAll(List.of(w.split("-")));
                    }
                }
            }
        }
        return words;
    }

    /** Whether a paragraph's line goes on from the line before, across a gap or a page break. */
    private static boolean continues(String previous, String next) {
        if (StructuredLines.level(next) > 0) {
            return false;
        }
        char end = previous.charAt(previous.length() - 1);
        return Character.isLowerCase(next.codePointAt(0)) || end == ',' || end == '-';
    }

    /** Adds a line to a paragraph, joining a word the line break hyphenated. */
    private static void append(List<String> lines, String line, Set<String> words) {
        String last = lines.getLast();
        Matcher broken = HYPHEN_END.matcher(last);
        Matcher head = LEADING_WORD.matcher(line);
        if (last.endsWith("-") && line.matches("-\\p{L}.*")) {
            lines.set(
                    lines.size() - 1,
                    last + line.substring(1)); // "aplicam-" "-se": the hyphen repeated on the next line
            return;
        }
        if (broken.find() && head.find()) {
            String before = broken.group(1);
            String after = head.group(1);
            String joined = (before + after).toLowerCase(Locale.ROOT);
            String hyphenated = (before + "-" + after).toLowerCase(Locale.ROOT);
            boolean join =
                    Character.isLowerCase(after.codePointAt(0)) && joins(before, after, joined, hyphenated, words);
            String glued = join ? last.substring(0, last.length() - 1) + line : last + line;
            lines.set(lines.size() - 1, glued);
            return;
        }
        lines.add(line);
    }

    /**
     * Whether a word hyphenated at a line end is one word: yes when the document uses it joined;
     * no when it uses it hyphenated, when the second part is a clitic ("tratando-se") or when
     * both parts are words of their own ("bem-estar", "long-term"); else yes ("tota-lidade").
     */
    private static boolean joins(String before, String after, String joined, String hyphenated, Set<String> words) {
        if (words.contains(hyphenated)) {
            return false;
        }
        if (words.contains(joined)) {
            return true;
        }
        String first = before.toLowerCase(Locale.ROOT);
        String second = after.toLowerCase(Locale.ROOT);
        return !CLITICS.contains(second) && !(words.contains(first) && words.contains(second));
    }

    private static void addBlock(List<TextBlock> blocks, List<String> lines, int page, Set<String> words) {
        if (lines.isEmpty()) {
            return;
        }
        String text = joinSpacedHyphens(String.join("\n", lines), words);
        blocks.add(new TextBlock(text, page, List.of(), false));
        lines.clear();
    }

    /** "Re- pública" inside a line, as some PDFs give a broken word, is "República" when that is a word here. */
    private static String joinSpacedHyphens(String text, Set<String> words) {
        Matcher m = HYPHEN_SPACE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String joined = m.group(1) + m.group(2);
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(words.contains(joined.toLowerCase(Locale.ROOT)) ? joined : m.group()));
        }
        return m.appendTail(out).toString();
    }
}
