package app.farol.core.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into sentences, keeping each sentence's character range. Stateless. */
public final class Sentences {
    /** A sentence and its range [start, end) in the text it came from. */
    public record Sentence(String text, int start, int end) {}

    private static final Pattern END =
            Pattern.compile("(?<=[.!?…])[\"')\\]]*\\s+(?=[\\p{Lu}\\d\"'(\\[¿¡])|\\n\\s*\\n|\\n(?=\\s*[-•*\\d])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:dr|dra|sr|sra|prof|etc|e\\.g|i\\.e|p|pp|art|n|no|nº|vol|fig|cf|mr|mrs|ms|st|vs))\\.$");

    /** Longer than any abbreviation ("prof.") with the boundary before it. */
    private static final int ABBREVIATION_CHARS = 8;

    private Sentences() {}

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        Matcher abbreviation = ABBREVIATION.matcher(text).useTransparentBounds(true);
        int start = 0;
        while (m.find()) {
            // Only the end of the sentence so far can be an abbreviation: looking there alone,
            // not through the whole text before it, keeps a long passage's split linear.
            abbreviation.region(Math.max(start, m.start() - ABBREVIATION_CHARS), m.start());
            if (abbreviation.find()) {
                continue;
            }
            add(out, text, start, m.start());
            start = m.end();
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start >= 3) {
            out.add(new Sentence(text.substring(start, end), start, end));
        }
    }
}
