package app.farol.core.text;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a question worth marking in a passage: neither a stop word nor a question word
 * in English or in Portuguese ("the", "de", "what", "qual" are never marked), folded to lower
 * case without accents so that "Água" marks "agua".
 */
public final class ContentWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ContentWords() {}

    /** The question's content words, folded ({@link #fold}), in the order typed. */
    public static Set<String> of(String question) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(question == null ? "" : question);
        while (m.find()) {
            String w = m.group();
            boolean number = Character.isDigit(w.charAt(0));
            if (w.length() < 2 && !number) {
                continue; // one letter ("é", "a") says nothing
            }
            if (!Glossary.Analysis.terms(Language.ENGLISH, w).isEmpty()
                    && !Glossary.Analysis.terms(Language.PORTUGUESE, w).isEmpty()) {
                words.add(fold(w));
            }
        }
        return words;
    }

    /** Lower case without accents: how a word of a passage is compared with the question's. */
    public static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
