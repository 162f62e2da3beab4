package app.farol.core.retrieval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role a "who is the X" question asks about ("landlord" of "Who is the landlord of the
 * apartment?", "tesoureiro" of "Quem é o tesoureiro do coro?"). The answer names whoever holds
 * that role, so the role is the one word the answer's passage must hold; the rest of the question
 * ("of the apartment") only says where. Stateless.
 */
public final class WhoQuestion {
    /** "who is the X", "quem é o X", accents folded. */
    private static final Pattern ROLE = Pattern.compile(
            "^(?:who|quem)\\s+(?:is|are|was|were|e|foi|era|sao|foram)\\s+(?:the|o|a|os|as)\\s+(\\p{L}+)");

    /** Two or more capitalised words ("Marcelo Augusto Pimentel", "Priya Raman"), joined by "da", "of"... */
    private static final Pattern NAME =
            Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+(?:d[aeo]s?|of|de|van|von)?\\s*\\p{Lu}\\p{Ll}+)+");

    private WhoQuestion() {}

    /**
     * Whether the text names someone the question does not (read in the original case): what a
     * "who is the X" question's answer holds. Looser than the answer's own reading of a person
     * (a street name counts): it only moves passages up in retrieval.
     */
    public static boolean namesSomeone(String text, String question) {
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (!question.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** The role asked about, lower case without accents; empty for any other question. */
    public static Optional<String> role(String question) {
        String q = Normalizer.normalize(question.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        Matcher m = ROLE.matcher(q);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
