package app.farol.core.answer.extractive;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A "who" question ("Who is the landlord?", "Quem é o locador?") is answered by a person or an
 * organisation: a name of two or more capitalised words ("Marcelo Augusto Pimentel", "Spokes &amp;
 * Co.") or a party's role written in capitals, as contracts do ("LOCADOR"). Read in the original
 * case, which {@link app.farol.core.retrieval.AnswerType} does not see.
 */
final class PersonAnswer {
    private static final Pattern ASKS = Pattern.compile("^(who|whom|whose|quem|de quem|a quem|com quem|para quem)\\b");
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(\\s+(d[aeo]s?|of|de|van|von)?\\s*\\p{Lu}[\\p{Ll}.]+|\\s+&\\s+\\p{Lu}\\p{Ll}*\\.?)+"
                    + "|\\b\\p{Lu}{5,}\\b");

    private PersonAnswer() {}

    /** What a unit must hold to answer the question, when it asks who. */
    static Optional<Predicate<String>> answer(String question) {
        String q = Normalizer.normalize(question.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ASKS.matcher(q).find() ? Optional.of(text -> NAME.matcher(text).find()) : Optional.empty();
    }
}
