package app.farol.core.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * Tells a PDF table from prose when Tika gives it as plain lines. A PDF has no table cells for
 * Tika to see: a specifications table comes out as one paragraph of short lines such as "Water
 * tank capacity 1.8 litres", which, read as one run of words, buries each row's fact among the
 * others. Short lines that mostly hold numbers are rows. Prose wrapped into a narrow column is
 * not, though its lines are short and may hold numbers too: its lines run to the same width, and
 * some go on from the line before, starting in lower case.
 */
final class TableLines {
    private static final int MIN_ROWS = 3;
    private static final int MAX_ROW_CHARS = 60;

    private TableLines() {}

    static boolean looksLikeTable(String paragraph) {
        List<String> rows = rows(paragraph);
        if (rows.size() < MIN_ROWS || rows.stream().anyMatch(r -> r.length() > MAX_ROW_CHARS)) {
            return false;
        }
        long withNumbers = rows.stream()
                .filter(r -> r.chars().anyMatch(Character::isDigit))
                .count();
        return withNumbers * 3 >= rows.size() * 2
                && rows.stream().noneMatch(TableLines::continuesALine)
                && !wrapped(rows);
    }

    private static boolean continuesALine(String row) {
        return Character.isLowerCase(row.codePointAt(0));
    }

    /** Whether most lines but the last fill the width of the longest: text wrapped to a column. */
    private static boolean wrapped(List<String> rows) {
        int width = rows.stream().mapToInt(String::length).max().orElse(0);
        long full = rows.subList(0, rows.size() - 1).stream()
                .filter(r -> r.length() >= width * 0.8)
                .count();
        return full * 2 > rows.size() - 1;
    }

    /** The paragraph's non-blank lines, whitespace normalised. */
    static List<String> rows(String paragraph) {
        return Arrays.stream(paragraph.split("\\n"))
                .map(StructuredTextHandler::normalise)
                .filter(r -> !r.isEmpty())
                .toList();
    }
}
