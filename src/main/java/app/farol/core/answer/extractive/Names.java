package app.farol.core.answer.extractive;

import app.farol.core.retrieval.SearchHit;
import app.farol.core.text.Terms;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The things a question names: its capitalised words after the first ("France", "Kestrel",
 * "Mongólia", "São Paulo"), folded as {@link Terms#withStopWords} folds them. A passage answers a question about France only
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
        // Folded with stop words kept: "São" of "São Paulo" is a stop word ("são", they are).
        return Terms.withStopWords(words.toString());
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
        Set<String> where = Terms.withStopWords(hit.text() + " " + hit.title() + " "
                + hit.fileName().replaceAll("[-_.]", " ") + " " + String.join(" ", hit.headings()));
        Set<String> found = new java.util.LinkedHashSet<>();
        for (String name : names) {
            if (where.contains(name) || where.stream().anyMatch(w -> spelledAlike(name, w))) {
                found.add(name);
            }
        }
        return found;
    }

    /**
     * A name as the other language spells it: as long, one letter different, not the first
     * ("Azores" and "Açores", "Brazil" and "Brasil"). Only for names of five letters or more.
     */
    static boolean spelledAlike(String name, String word) {
        if (name.length() < 5 || name.length() != word.length() || name.charAt(0) != word.charAt(0)) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < name.length() && differences <= 1; i++) {
            differences += name.charAt(i) == word.charAt(i) ? 0 : 1;
        }
        return differences == 1;
    }
}
