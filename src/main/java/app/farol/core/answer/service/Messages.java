package app.farol.core.answer.service;

import app.farol.core.text.Terms;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** The few sentences the answer path writes itself, in the language of the question. */
public final class Messages {
    private static final Set<String> PORTUGUESE = Set.of(
            "que", "qual", "quais", "quem", "quando", "onde", "como", "porque", "nao", "sao", "foi", "esta", "uma",
            "dos", "das", "para", "pelo", "pela", "em", "do", "da", "no", "na", "os", "as", "um", "e", "o", "a", "de",
            "quanto", "quantos", "quantas");
    private static final Set<String> ENGLISH = Set.of(
            "what", "which", "who", "when", "where", "how", "why", "is", "are", "was", "were", "the", "a", "an", "of",
            "in", "does", "did", "do", "and", "to", "for", "many", "much");

    private Messages() {}

    /** "pt" or "en", by counting common words; English when unsure. */
    public static String language(String question) {
        String folded = Normalizer.normalize(question, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        int pt = 0;
        int en = 0;
        for (String w : folded.split("[^\\p{L}]+")) {
            pt += PORTUGUESE.contains(w) ? 1 : 0;
            en += ENGLISH.contains(w) ? 1 : 0;
        }
        boolean accents = !folded.equals(question.toLowerCase(Locale.ROOT));
        return pt > en || (pt == en && accents) ? "pt" : "en";
    }

    public static String notFound(String question) {
        return language(question).equals("pt")
                ? "Não encontrado nos seus documentos. Estes são os trechos mais próximos:"
                : "Not found in your documents. These are the closest passages:";
    }

    static boolean hasContent(String question) {
        return !Terms.of(question).isEmpty();
    }
}
