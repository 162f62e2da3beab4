package app.farol.core.answer.extractive;

import app.farol.core.text.Glossary;
import app.farol.core.text.Language;
import app.farol.core.text.Terms;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "who" question ("Who is the landlord?", "Quem é o locador?") is answered by a person or an
 * organisation: a name of two or more capitalised words ("Marcelo Augusto Pimentel", "Spokes &amp;
 * Co.") or a word in capitals that is no common word ("PETROBRAS"). Read in the original case,
 * which {@link app.farol.core.retrieval.AnswerType} does not see.
 *
 * <p>Three kinds of name are not an answer. A common word in capitals: a contract writes its
 * parties' roles so ("LOCADOR", "LOCATÁRIA"), and the role is what the question asks about, not
 * who holds it; a word the {@link Glossary} knows counts as common. The question's own names:
 * "Ponta Delgada" in "Who is the mayor of the city of Ponta Delgada?" is the place asked about,
 * not its mayor. And a name that labels a thing in a table cell ("Device: Home Assistant box"): a
 * person stands alone in a cell, a product is a name followed by the kind of thing it is.
 */
final class PersonAnswer {
    private static final Pattern ASKS = Pattern.compile("^(who|whom|whose|quem|de quem|a quem|com quem|para quem)\\b");
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(\\s+(d[aeo]s?|of|de|van|von)?\\s*\\p{Lu}[\\p{Ll}.]+|\\s+&\\s+\\p{Lu}\\p{Ll}*\\.?)+"
                    + "|\\b\\p{Lu}{5,}\\b");

    /** The words that join the parts of a name ("Maria da Silva"), never a name by themselves. */
    private static final Set<String> JOINING = Set.of("da", "de", "do", "das", "dos", "of", "van", "von");

    /** After a name in a table cell: a lower-case word, then the cell's end ("Home Assistant box |"). */
    private static final Pattern THING_AFTER =
            Pattern.compile("^\\s+\\p{Ll}[\\p{Ll}-]*(\\s+\\p{Ll}[\\p{Ll}-]*)*\\s*(\\||$)");

    /** The word after the asking word: the verb of "who did what". */
    private static final Pattern VERB =
            Pattern.compile("^(?:who|whom|whose|quem|de quem|a quem|com quem|para quem)\\s+(\\p{L}+)");

    /** Verbs that ask who someone is or what they hold, not what they did. */
    private static final Set<String> BEING = Set.of(
            "is", "are", "was", "were", "be", "has", "have", "had", "does", "do", "did", "can", "will", "should",
            "must", "e", "sao", "foi", "foram", "era", "eram", "sera", "serao", "esta", "estao", "tem", "deve", "pode");

    /** Articles after "para quem", "a quem"...: "Para quem o voto é facultativo?" asks for a group, not a name. */
    private static final Set<String> ARTICLES = Set.of("o", "a", "os", "as", "um", "uma", "the", "an");

    private PersonAnswer() {}

    private static boolean asksForWhomSomethingIs(String foldedQuestion) {
        Matcher m = VERB.matcher(foldedQuestion);
        return m.find() && ARTICLES.contains(m.group(1));
    }

    /** What a unit must hold to answer the question, when it asks who. */
    static Optional<Predicate<String>> answer(String question) {
        String q = Normalizer.normalize(question.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        if (!ASKS.matcher(q).find() || asksForWhomSomethingIs(q)) {
            return Optional.empty();
        }
        Set<String> asked = Names.of(question);
        Optional<String> done = action(q);
        return Optional.of(text -> holdsAnswer(text, asked)
                && done.map(stem -> statesAction(text, stem)).orElse(true));
    }

    /**
     * The stem of what the question asks who did ("invented" of "Who invented the telephone?",
     * "escrev" of "Quem escreveu ..."), empty when it asks who someone is. A unit that names a
     * person but never says the deed is not the answer: a clause naming the Republic for "Quem
     * escreveu a letra do hino?".
     */
    static Optional<String> action(String foldedQuestion) {
        Matcher m = VERB.matcher(foldedQuestion);
        if (!m.find() || BEING.contains(m.group(1))) {
            return Optional.empty();
        }
        String verb = m.group(1);
        return Optional.of(verb.substring(0, Math.min(verb.length(), Math.max(3, verb.length() - 2))));
    }

    /**
     * The role a "who is the X" question asks about ("mayor" of "Who is the mayor of the city of
     * Ponta Delgada?", "tesoureiro" of "Quem é o tesoureiro do coro?"), empty for other questions.
     * Across languages a passage holding only "city" and some name says nothing about a mayor.
     */
    static Optional<String> role(String question) {
        return app.farol.core.retrieval.WhoQuestion.role(question);
    }

    /** Whether a word of the text starts with the action's stem. */
    private static boolean statesAction(String text, String stem) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(stem))
                .matcher(folded)
                .find();
    }

    /** Whether the text names a person or organisation other than the question's own names. */
    static boolean holdsAnswer(String text, Set<String> questionNames) {
        boolean table = text.contains(" | ");
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (isQuestionName(m.group(), questionNames) || commonWordInCapitals(m.group())) {
                continue;
            }
            if (table && THING_AFTER.matcher(text.substring(m.end())).find()) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** Whether the name is one word in capitals that the glossary knows in either language ("LOCADOR"). */
    private static boolean commonWordInCapitals(String name) {
        if (name.codePoints().anyMatch(Character::isLowerCase)) {
            return false;
        }
        String word = name.toLowerCase(Locale.ROOT);
        return !Glossary.get().alternatives(word, Language.OTHER).isEmpty();
    }

    /** Whether every word of the name is one of the question's names, in either language's spelling. */
    private static boolean isQuestionName(String name, Set<String> questionNames) {
        if (questionNames.isEmpty()) {
            return false;
        }
        Set<String> words = new HashSet<>(Terms.withStopWords(name));
        words.removeAll(JOINING);
        return !words.isEmpty()
                && words.stream()
                        .allMatch(w -> questionNames.contains(w)
                                || questionNames.stream().anyMatch(n -> Names.spelledAlike(n, w)));
    }
}
