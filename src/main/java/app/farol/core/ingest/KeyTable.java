package app.farol.core.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a two-column table of keys and what they mean ("Shortcut What it does" / "Esc Stop the
 * answer") in a PDF's lines, where Tika gives no cells, and writes each row with its headers:
 * "Shortcut: Esc | What it does: Stop the answer". Without them the header row and the rows read
 * as one senseless sentence. A row is a short key followed by a value starting with a capital;
 * a cell's wrapped line, starting in lower case, belongs to the row above.
 */
final class KeyTable {
    private static final int MIN_ROWS = 3;
    private static final int MAX_KEY_CHARS = 14;
    private static final int MAX_HEADER_WORDS = 6;

    private KeyTable() {}

    /** The rows with their headers, or an empty list when the lines are not such a table. */
    static List<String> rows(List<String> lines) {
        List<String> rows = new ArrayList<>();
        for (String line : lines) {
            if (!rows.isEmpty() && Character.isLowerCase(line.codePointAt(0))) {
                rows.set(rows.size() - 1, rows.getLast() + " " + line);
            } else {
                rows.add(line);
            }
        }
        if (rows.size() < MIN_ROWS + 1 || !isHeader(rows.getFirst())) {
            return List.of();
        }
        String[] header = rows.getFirst().split(" ", 2);
        List<String> result = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(" ", 2);
            if (cells.length < 2
                    || !isKey(cells[0])
                    || !Character.isUpperCase(cells[1].codePointAt(0))
                    || row.endsWith(".")) {
                return List.of();
            }
            result.add(header[0] + ": " + cells[0] + " | " + header[1] + ": " + cells[1]);
        }
        return result;
    }

    private static boolean isHeader(String line) {
        String[] words = line.split(" ");
        return words.length >= 2
                && words.length <= MAX_HEADER_WORDS
                && line.chars().noneMatch(Character::isDigit)
                && Character.isUpperCase(words[0].codePointAt(0))
                && Character.isUpperCase(words[1].codePointAt(0))
                && isKey(words[0])
                && !line.matches(".*[.:;!?]$");
    }

    private static boolean isKey(String cell) {
        return cell.length() <= MAX_KEY_CHARS && !Character.isLowerCase(cell.codePointAt(0));
    }
}
