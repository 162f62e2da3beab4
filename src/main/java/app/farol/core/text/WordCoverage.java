package app.farol.core.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much of a question a text holds, word by word, in English and Portuguese alike. A question
 * word counts when the text has it as typed, as the same stem, or as one of the {@link Glossary}'s
 * words for it in the text's language ("boxes" in "42 caixas", "cachorro" in "cão"). The answer
 * side needs this where MiniLM's cosine says nothing: for an English question on a Portuguese
 * passage. The words are read by the index's own analyzers, so this agrees with what BM25
 * matched. Immutable and thread-safe.
 */
public final class WordCoverage {
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final List<Language> TEXT_LANGUAGES = List.of(Language.ENGLISH, Language.PORTUGUESE, Language.OTHER);

    /** One content word of the question: as typed, and the term lists that stand for it in each text language. */
    private record QuestionWord(String typed, Map<Language, List<List<String>>> forms) {}

    private final List<QuestionWord> words;

    private WordCoverage(List<QuestionWord> words) {
        this.words = words;
    }

    /**
     * The question's content words (its language's stop words and question words left out) with
     * what stands for each.
     *
     * @param language the question's language; {@link LanguageDetector#OTHER} reads it as both
     */
    public static WordCoverage of(String question, Language language) {
        List<Language> readAs =
                Language.OTHER.equals(language) ? List.of(Language.ENGLISH, Language.PORTUGUESE) : List.of(language);
        List<QuestionWord> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String token : Glossary.Analysis.terms(Language.OTHER, question)) {
            String typed = POSSESSIVE.matcher(token).replaceFirst(""); // "helena's" is Helena
            boolean content = readAs.stream()
                    .anyMatch(l -> !Glossary.Analysis.terms(l, typed).isEmpty());
            // One letter ("é", which no stop list has) says nothing; one digit may.
            if (!content || (typed.length() < 2 && !Character.isDigit(typed.charAt(0))) || !seen.add(typed)) {
                continue;
            }
            Map<Language, List<List<String>>> forms = new EnumMap<>(Language.class);
            for (Language textLanguage : TEXT_LANGUAGES) {
                List<List<String>> list = new ArrayList<>();
                list.add(Glossary.Analysis.terms(textLanguage, typed));
                forms.put(textLanguage, list);
            }
            for (Language l : readAs) {
                for (Glossary.Alternatives a : Glossary.get().alternatives(typed, l)) {
                    a.english().forEach(w -> forms.get(Language.ENGLISH).add(w.stems()));
                    a.portuguese().forEach(w -> forms.get(Language.PORTUGUESE).add(w.stems()));
                    a.english().forEach(w -> forms.get(Language.OTHER).add(w.otherTerms()));
                    a.portuguese().forEach(w -> forms.get(Language.OTHER).add(w.otherTerms()));
                }
            }
            forms.values().forEach(list -> list.removeIf(List::isEmpty));
            words.add(new QuestionWord(typed, forms));
        }
        return new WordCoverage(words);
    }

    /** The question's content words as typed (lower case), in question order. */
    public List<String> words() {
        return words.stream().map(QuestionWord::typed).toList();
    }

    /** How many content words the question has. */
    public int size() {
        return words.size();
    }

    /** A text's words as typed and as its language's field analyses them: read once, measured against any question. */
    public record Text(Language language, Set<String> typed, Set<String> terms) {}

    /** Reads a text in its language ("en", "pt", anything else read as other). */
    public static Text read(String text, Language textLanguage) {
        Language language = TEXT_LANGUAGES.contains(textLanguage) ? textLanguage : Language.OTHER;
        Set<String> typed = new HashSet<>(Glossary.Analysis.terms(Language.OTHER, text));
        Set<String> terms =
                language.equals(Language.OTHER) ? typed : new HashSet<>(Glossary.Analysis.terms(language, text));
        return new Text(language, typed, terms);
    }

    /** Share of the question's content words that the text holds, 0..1 (0 for a question without any). */
    public double in(String text, Language textLanguage) {
        return words.isEmpty() ? 0 : in(read(text, textLanguage));
    }

    /** {@link #in(String, String)} for a text already read. */
    public double in(Text text) {
        return words.isEmpty() ? 0 : (double) held(text).size() / words.size();
    }

    /** The question's content words (as typed, lower case) that the text holds, in question order. */
    public List<String> held(String text, Language textLanguage) {
        return words.isEmpty() ? List.of() : held(read(text, textLanguage));
    }

    /** {@link #held(String, String)} for a text already read. */
    public List<String> held(Text text) {
        List<String> held = new ArrayList<>();
        for (QuestionWord w : words) {
            if (text.typed().contains(w.typed())
                    || w.forms().get(text.language()).stream().anyMatch(text.terms()::containsAll)) {
                held.add(w.typed());
            }
        }
        return held;
    }
}
