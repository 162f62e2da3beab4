package app.farol.core.answer.extractive;

import app.farol.core.retrieval.SearchHit;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The things a question names: its capitalised words after the first ("France", "Kestrel",
 * "Mongólia"), folded as {@link Terms} folds them. A passage answers a question about France only
 * if it, or its document (title, file name, headings), names France.
 */
public final class Names {
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}'’-]*");

    private Names() {}

    /** The question's named things; empty when it names none. */
    public static Set<String> of(String question) {
        StringBuilder words = new StringBuilder();
        Matcher m = CAPITALISED.matcher(question.strip());
        while (m.find()) {
            if (m.start() > 0) {
                words.append(m.group().replaceAll("['’]s$", "")).append(' ');
            }
        }
        return Terms.of(words.toString());
    }

    /** Share of {@code names} that the hit or its document names (1 when there are none). */
    public static double namedIn(Set<String> names, SearchHit hit) {
        return names.isEmpty() ? 1 : (double) foundIn(names, hit).size() / names.size();
    }

    /** Those of {@code names} that the hit's text, its document's title or file name, or its headings hold. */
    public static Set<String> foundIn(Set<String> names, SearchHit hit) {
        if (names.isEmpty()) {
            return Set.of();
        }
        Set<String> where = Terms.of(hit.text() + " " + hit.title() + " "
                + hit.fileName().replaceAll("[-_.]", " ") + " " + String.join(" ", hit.headings()));
        Set<String> found = new java.util.LinkedHashSet<>(names);
        found.retainAll(where);
        return found;
    }
}
