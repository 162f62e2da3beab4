package app.farol.core.text;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text folded alike whatever its language (lower case, accents off, a plural
 * "s" off), for reading words as themselves: the things a question names ({@code Names}), a
 * label, the word a "how many" counts, question words side by side. Not a measure of how much of
 * a question a text holds: that is {@link WordCoverage}, the only one (docs/decisions/0167).
 */
public final class Terms {
    private static final Set<String> STOP = Set.of(
            // English
            "the",
            "and",
            "for",
            "are",
            "was",
            "were",
            "what",
            "which",
            "who",
            "whom",
            "when",
            "where",
            "why",
            "how",
            "that",
            "this",
            "these",
            "those",
            "with",
            "from",
            "into",
            "about",
            "does",
            "did",
            "has",
            "have",
            "had",
            "its",
            "his",
            "her",
            "their",
            "there",
            "than",
            "then",
            "they",
            "them",
            "you",
            "your",
            "our",
            "can",
            "could",
            "would",
            "should",
            "will",
            "not",
            "but",
            "all",
            "any",
            "been",
            "being",
            "also",
            "only",
            "some",
            // Portuguese
            "que",
            "qual",
            "quais",
            "quem",
            "quando",
            "onde",
            "como",
            "porque",
            "por",
            "para",
            "pelo",
            "pela",
            "pelos",
            "pelas",
            "com",
            "sem",
            "uma",
            "uns",
            "umas",
            "dos",
            "das",
            "nos",
            "nas",
            "num",
            "numa",
            "foi",
            "foram",
            "ser",
            "sao",
            "era",
            "eram",
            "tem",
            "tinha",
            "esta",
            "este",
            "isto",
            "essa",
            "esse",
            "isso",
            "aquele",
            "aquela",
            "seu",
            "sua",
            "seus",
            "suas",
            "mais",
            "menos",
            "muito",
            "entre",
            "sobre",
            "ate",
            "nao",
            "sim",
            "ja",
            "mas",
            "tambem",
            "ele",
            "ela",
            "eles",
            "elas",
            "voce",
            "ao",
            "aos",
            "lhe");

    private Terms() {}

    /** The text's folded words, Portuguese and English stop words left out, in text order. */
    public static Set<String> of(String text) {
        return words(text, true);
    }

    /**
     * The words of a text folded and stemmed as {@link #of} does, stop words kept: how a name is
     * read ("São Paulo" is "sao paulo", where {@link #of} keeps only "paulo").
     */
    public static Set<String> withStopWords(String text) {
        return words(text, false);
    }

    private static Set<String> words(String text, boolean dropStopWords) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if ((w.length() > 2 || w.chars().allMatch(Character::isDigit))
                    && !(dropStopWords && STOP.contains(w))
                    && !w.isEmpty()) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** A crude plural stem, enough to match "receitas" with "receita" and "reports" with "report". */
    private static String stem(String w) {
        if (w.length() > 4 && w.endsWith("es") && !w.endsWith("ses")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
