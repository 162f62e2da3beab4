package app.farol.core.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a paragraph of PDF lines into the units a reader sees: each legal article, paragraph
 * (§), inciso ("I –"), alínea ("a)"), numbered or bulleted item and clause becomes its own block,
 * its wrapped lines joined; a table stays rows. Tika gives "§ 3º São condições de elegibilidade:
 * I – a nacionalidade brasileira; II – ..." as one run of words; cut by size, "os maiores de
 * dezoito anos" loses the lead-in that says what they are.
 */
public final class StructuredLines {
    /** The items, outermost first: an item's lead-in is the nearest item before it of a lower level. */
    private static final List<Pattern> LEVELS = List.of(
            Pattern.compile(
                    "^(?:(?i:t[íi]tulo|cap[íi]tulo|se[çc][ãa]o|subse[çc][ãa]o)\\s+[IVXLC\\d]+\\b|(?i:cl[áa]usula)\\s+\\S+).*"),
            Pattern.compile("^(?:Art\\.?\\s*\\d+|Artigo\\s+\\d+).*"),
            Pattern.compile("^(?:§\\s*\\d+|Parágrafo único).*"),
            Pattern.compile("^[IVXLC]{1,7}\\s*[–—-]\\s.*"),
            Pattern.compile("^[a-z]\\)\\s.*"),
            Pattern.compile("^(?:\\d{1,2}[.)]\\s|[•▪◦●‣∙·*–-]\\s).*"));

    private StructuredLines() {}

    /**
     * 1 for a heading-like division (Título, Capítulo, Seção, Cláusula), 2 for an article, 3 for
     * a §, 4 for an inciso, 5 for an alínea, 6 for a numbered or bulleted item, 0 for other text.
     */
    public static int level(String line) {
        for (int i = 0; i < LEVELS.size(); i++) {
            if (LEVELS.get(i).matcher(line).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The blocks a PDF paragraph (lines joined by '\n') becomes. */
    static List<TextBlock> split(TextBlock block) {
        List<String> lines = Arrays.stream(block.text().split("\n"))
                .map(StructuredTextHandler::normalise)
                .filter(l -> !l.isEmpty())
                .toList();
        List<TextBlock> result = new ArrayList<>();
        String raw = block.text();
        if (TableLines.looksLikeTable(raw)) {
            TableLines.rows(raw).forEach(row -> result.add(row(block, row)));
            return result;
        }
        List<String> keyed = KeyTable.rows(lines);
        if (!keyed.isEmpty()) {
            keyed.forEach(row -> result.add(row(block, row)));
            return result;
        }
        StringBuilder unit = new StringBuilder();
        for (String line : lines) {
            if (level(line) > 0 && !unit.isEmpty()) {
                result.add(block.with(unit.toString(), block.headings()));
                unit.setLength(0);
            }
            unit.append(unit.isEmpty() ? "" : " ").append(line);
        }
        if (!unit.isEmpty()) {
            result.add(block.with(unit.toString(), block.headings()));
        }
        return result;
    }

    private static TextBlock row(TextBlock block, String row) {
        return new TextBlock(row, block.page(), block.headings(), false, true);
    }
}
