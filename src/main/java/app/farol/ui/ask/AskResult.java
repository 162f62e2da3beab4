package app.farol.ui.ask;

import java.nio.file.Path;
import java.util.List;

/**
 * An answer as the Ask view shows it.
 *
 * @param text the answer, with [n] markers that point to {@link #sources()}; plain text
 * @param found false when the documents do not contain the answer (then the sources are the
 *     closest passages, for the user to judge)
 * @param byModel true when a language model wrote it, false for extracted sentences
 * @param complete false when stopped before the end
 * @param sources the numbered passages the markers point to
 * @param span the words of the first unit that answer the question's kind (shown in bold), or null
 * @param units the extracted units the text is made of, in order (the first is the answer line,
 *     the others support it), each with exactly what it cites; empty when the text is not made of
 *     units (a model's answer), then it is shown as it is
 */
public record AskResult(
        String text,
        boolean found,
        boolean byModel,
        boolean complete,
        List<Source> sources,
        Span span,
        List<Unit> units) {

    public AskResult {
        sources = List.copyOf(sources);
        units = List.copyOf(units);
        if (span != null && (span.start() < 0 || span.end() > text.length() || span.start() >= span.end())) {
            span = null;
        }
        for (Unit u : units) {
            if (u.start() < 0 || u.end() > text.length() || u.start() > u.end()) {
                units = List.of(); // not the text's units: show the text as it is
                break;
            }
        }
    }

    public AskResult(String text, boolean found, boolean byModel, boolean complete, List<Source> sources, Span span) {
        this(text, found, byModel, complete, sources, span, List.of());
    }

    public AskResult(String text, boolean found, boolean byModel, boolean complete, List<Source> sources) {
        this(text, found, byModel, complete, sources, null);
    }

    /**
     * One unit of an extracted answer (a sentence, list item or table row).
     *
     * @param start start of the unit's words in {@link #text()}, without its marker
     * @param end exclusive end
     * @param cited what the unit cites: its number and exactly the unit's characters in the document
     */
    public record Unit(int start, int end, Source cited) {}

    /** The unit a citation link points to, or null when the answer has no units. */
    public Unit unit(int index) {
        return index >= 0 && index < units.size() ? units.get(index) : null;
    }

    /** A range [start, end) of {@link #text()}. */
    public record Span(int start, int end) {}

    /**
     * A numbered source of an answer.
     *
     * @param n the marker number
     * @param path the file
     * @param title the document's title, or its file name
     * @param page 1-based page, 0 when the format has none
     * @param startOffset start of the cited text in the document's extracted text
     * @param endOffset exclusive end
     * @param text the cited text
     */
    /** A cited or closest passage; {@code scanned} when OCR read it from a scan (the link says so). */
    public record Source(
            int n, Path path, String title, int page, int startOffset, int endOffset, String text, boolean scanned) {
        public Source(int n, Path path, String title, int page, int startOffset, int endOffset, String text) {
            this(n, path, title, page, startOffset, endOffset, text, false);
        }
    }
}
