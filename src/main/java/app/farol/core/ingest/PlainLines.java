package app.farol.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a paragraph of a plain-text or Markdown note into the units a reader sees. Wrapped prose
 * lines join into one unit, but a line that stands on its own starts a new one: a list item, a
 * checklist item ("[x] Energia Curitiba: ..."), a form line ("Indo para:  Rua Bocaiúva, 1120"), a
 * row of aligned columns ("Transportadora      R$ 4.780,00") or of a Markdown table. Joined, a
 * note's checklist reads as one sentence that holds every word a question could ask for.
 */
final class PlainLines {
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+•]\\s|\\d{1,2}[.)]\\s|\\[[ xX]]\\s).*");
    /** "Label: value" with a short label: a form or a record, one field a line. */
    private static final Pattern FIELD = Pattern.compile("^[\\p{L}][\\p{L}\\p{N} ()/.-]{0,30}:\\s+\\S.*");
    /** Two or more spaces or a tab inside a line: columns aligned by hand. */
    private static final Pattern COLUMNS = Pattern.compile("\\S(?: {2,}|\\t)\\S");

    private static final Pattern TABLE_SEPARATOR =
            Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");

    private PlainLines() {}

    /** The units of a paragraph given with its line breaks, whitespace not yet normalised. */
    static List<String> units(String paragraph) {
        List<String> lines = paragraph.lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() > 1 && lines.stream().allMatch(l -> l.strip().startsWith("|"))) {
            return tableRows(lines);
        }
        List<String> units = new ArrayList<>();
        StringBuilder unit = new StringBuilder();
        int unitIndent = 0;
        boolean unitStandsAlone = false;
        for (String line : lines) {
            int indent = line.length() - line.stripLeading().length();
            String text = line.strip();
            boolean standsAlone = LIST_ITEM.matcher(text).matches()
                    || FIELD.matcher(text).matches()
                    || COLUMNS.matcher(text).find();
            // A line under a line that stands alone continues it when it is indented deeper or
            // starts in lower case (a wrapped field or list item).
            boolean continues = unitStandsAlone
                    && !standsAlone
                    && (indent > unitIndent || Character.isLowerCase(text.codePointAt(0)));
            if (!unit.isEmpty() && !continues && (standsAlone || unitStandsAlone)) {
                units.add(unit.toString());
                unit.setLength(0);
            }
            if (unit.isEmpty()) {
                unitIndent = indent;
                unitStandsAlone = standsAlone;
            }
            unit.append(unit.isEmpty() ? "" : " ").append(aligned(text));
        }
        if (!unit.isEmpty()) {
            units.add(unit.toString());
        }
        return units;
    }

    /**
     * Columns aligned by hand become cells, as a table row's: "Front: 75 psi    Rear: 85 psi" reads
     * "Front: 75 psi | Rear: 85 psi". A gap after a label or before "=" only aligns a value.
     */
    private static String aligned(String line) {
        return COLUMN_GAP.matcher(line).replaceAll(" | ");
    }

    private static final Pattern COLUMN_GAP = Pattern.compile("(?<=[^\\s:=])(?: {2,}|\\t+)(?=[^\\s=:])");

    /** A Markdown table: each row one unit, each cell named by its column's header. */
    private static List<String> tableRows(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            if (!TABLE_SEPARATOR.matcher(line.strip()).matches()) {
                rows.add(cells(line));
            }
        }
        boolean hasHeader = lines.size() > 1
                && TABLE_SEPARATOR.matcher(lines.get(1).strip()).matches();
        List<String> header = hasHeader ? rows.getFirst() : List.of();
        List<String> units = new ArrayList<>();
        for (List<String> row : hasHeader ? rows.subList(1, rows.size()) : rows) {
            List<String> labelled = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                boolean named = header.size() == row.size() && !header.get(i).isEmpty();
                labelled.add(named ? header.get(i) + ": " + row.get(i) : row.get(i));
            }
            units.add(String.join(" | ", labelled));
        }
        return units;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(EMPHASIS.matcher(cell).replaceAll("").strip());
        }
        return cells;
    }
}
