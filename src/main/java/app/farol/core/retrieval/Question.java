package app.farol.core.retrieval;

import app.farol.core.text.Language;
import app.farol.core.text.LanguageDetector;
import app.farol.core.text.WordCoverage;

/**
 * A question (or a search query) read once, for every step that reads it: retrieval (its
 * language weighs the vector half and chooses the stop words; its answer type moves passages up),
 * the snippets, the search floor, the relevance gate and the extractive answer. Before, each step
 * detected the language and took the words again (docs/decisions/0165). Immutable and
 * thread-safe; two questions are equal when their text is.
 *
 * @param text the words as typed
 * @param language its language, as {@link LanguageDetector#detectShort} reads a short text
 * @param answerType the kind of answer it asks for ({@link AnswerType#ANY} when it asks for none)
 * @param words its content words as the index's analyzers and the glossary read them: the one
 *     measure of how much of the question a text holds (docs/decisions/0167)
 */
public record Question(String text, Language language, AnswerType answerType, WordCoverage words) {

    /** Reads the question. */
    public static Question of(String text) {
        Language language = LanguageDetector.detectShort(text);
        return new Question(text, language, AnswerType.of(text), WordCoverage.of(text, language));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Question q && q.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
