package app.farol.core.answer.citation;

import app.farol.core.answer.Citation;
import app.farol.core.answer.Passage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the [n] markers of an answer ("[2]", "[1, 3]", "[1][2]") and links them to passages.
 * A number that points to no given passage is removed from the text and never becomes a
 * citation. Stateless and thread-safe.
 */
public final class CitationParser {
    private static final Pattern MARKER = Pattern.compile("\\[(\\s*\\d{1,3}\\s*(?:[,;]\\s*\\d{1,3}\\s*)*)\\]");

    /** The answer text with only valid markers left, and the citations in order of first use. */
    public record Parsed(String text, List<Citation> citations) {}

    private CitationParser() {}

    public static Parsed parse(String answer, List<Passage> passages) {
        Map<Integer, Passage> byNumber = new LinkedHashMap<>();
        for (Passage p : passages) {
            byNumber.put(p.n(), p);
        }
        Map<Integer, Citation> cited = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        Matcher m = MARKER.matcher(answer);
        int last = 0;
        while (m.find()) {
            out.append(answer, last, m.start());
            List<String> kept = new ArrayList<>();
            for (String part : m.group(1).split("[,;]")) {
                int n = Integer.parseInt(part.strip());
                Passage p = byNumber.get(n);
                if (p != null) {
                    cited.putIfAbsent(n, Citation.of(p));
                    if (!kept.contains(String.valueOf(n))) {
                        kept.add(String.valueOf(n));
                    }
                }
            }
            if (!kept.isEmpty()) {
                out.append('[').append(String.join(", ", kept)).append(']');
            } else if (out.length() > 0
                    && out.charAt(out.length() - 1) == ' '
                    && (m.end() >= answer.length() || !Character.isLetterOrDigit(answer.charAt(m.end())))) {
                out.setLength(out.length() - 1);
            }
            last = m.end();
        }
        out.append(answer.substring(last));
        return new Parsed(out.toString(), List.copyOf(cited.values()));
    }
}
