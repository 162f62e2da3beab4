package app.farol.core.answer.extractive;

import app.farol.core.answer.Answer;
import app.farol.core.answer.Citation;
import app.farol.core.answer.Passage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The extractive answer's text from its picked units, each followed by its passage's [n], and their citations. */
final class CitedUnits {
    private CitedUnits() {}

    /**
     * Where a character of the passage's text lies in the document. A passage inside a list
     * repeats its lead-in lines on top; its offsets cover only its own text, which follows them.
     */
    private static int documentOffset(Passage p, int inText) {
        int leadIn = Math.max(0, p.text().length() - (p.endOffset() - p.startOffset()));
        return p.startOffset() + Math.max(0, inText - leadIn);
    }

    /** A citation covering a range of the passage; the text is that range of the passage's text. */
    private static Citation span(Passage p, int n, int start, int end) {
        int leadIn = Math.max(0, p.text().length() - (p.endOffset() - p.startOffset()));
        int from = Math.min(p.text().length(), start - p.startOffset() + leadIn);
        int to = Math.min(p.text().length(), Math.max(from, end - p.startOffset() + leadIn));
        String text = p.text().substring(from, to);
        return new Citation(n, p.path(), p.page(), start, end, text, p.part(), p.scanned());
    }

    /**
     * The picked sentences in order, each followed by its passage's marker. Markers are numbered
     * in reading order (the first cited passage is [1]), with no gaps and one number a passage.
     */
    static Answer compose(List<ExtractiveAnswerer.RankedUnit> picked, List<Passage> passages) {
        StringBuilder text = new StringBuilder();
        Map<Integer, Citation> citations = new LinkedHashMap<>(); // by passage number, in order of first citation
        Map<Integer, Integer> shown = new LinkedHashMap<>(); // passage number -> number shown
        for (ExtractiveAnswerer.RankedUnit s : picked) {
            Passage p = s.passage();
            int n = shown.computeIfAbsent(p.n(), k -> shown.size() + 1);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(s.sentence().text()).append(" [").append(n).append(']');
            int start = documentOffset(p, s.sentence().start());
            int end = Math.max(start, documentOffset(p, s.sentence().end()));
            citations.merge(
                    p.n(),
                    new Citation(n, p.path(), p.page(), start, end, s.sentence().text(), p.part(), p.scanned()),
                    (a, b) -> span(
                            p, n, Math.min(a.startOffset(), b.startOffset()), Math.max(a.endOffset(), b.endOffset())));
        }
        return new Answer(
                text.toString(), Answer.Mode.EXTRACTIVE, true, List.copyOf(citations.values()), passages, true);
    }
}
