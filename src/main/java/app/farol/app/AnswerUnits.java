package app.farol.app;

import app.farol.core.answer.Answer;
import app.farol.core.answer.Citation;
import app.farol.ui.ask.AskResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits an extracted answer ("unit [1] unit [2] unit [1]") back into its units, so the desktop can
 * show the first as the answer line and the others below it, and a click on a unit's number marks
 * exactly that unit. A citation covers every unit of one passage (from the first to the last), so
 * each unit's own place in the document is found inside its citation's text. Stateless.
 */
final class AnswerUnits {
    private static final Pattern MARKER = Pattern.compile(" \\[(\\d{1,3})]");

    private AnswerUnits() {}

    /**
     * The units of an extractive answer; empty for a model's answer, or when the text is not a
     * sequence of cited units (then the view shows the text as it is).
     */
    static List<AskResult.Unit> of(Answer a) {
        if (a.mode() != Answer.Mode.EXTRACTIVE || !a.grounded()) {
            return List.of();
        }
        Map<Integer, Citation> byNumber =
                a.citations().stream().collect(Collectors.toMap(Citation::n, Function.identity(), (x, y) -> x));
        String text = a.text();
        List<AskResult.Unit> units = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        int from = 0; // where the next unit starts
        int searchAt = 0; // where its marker may be
        while (from < text.length()) {
            if (!marker.find(searchAt)) {
                return List.of();
            }
            // A marker ends a unit only when the words before it are in that citation's text: a
            // unit may itself hold "[3]" (a reference in a paper), which is not a marker.
            Citation c = byNumber.get(Integer.parseInt(marker.group(1)));
            String words = text.substring(from, marker.start());
            int at = c == null || words.isBlank() ? -1 : c.text().indexOf(words);
            if (at < 0) {
                searchAt = marker.end();
                continue;
            }
            units.add(new AskResult.Unit(from, marker.start(), cited(c, at, words)));
            from = marker.end();
            while (from < text.length() && text.charAt(from) == ' ') {
                from++;
            }
            searchAt = from;
        }
        return List.copyOf(units);
    }

    /** The unit's own characters: its citation's start plus where the unit is in the citation's text. */
    private static AskResult.Source cited(Citation c, int at, String words) {
        int start = c.startOffset() + at;
        int end = Math.min(Math.max(c.endOffset(), start), start + words.length());
        return new AskResult.Source(c.n(), c.path(), c.fileName(), c.page(), start, end, words, c.scanned());
    }
}
