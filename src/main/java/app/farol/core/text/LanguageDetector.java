package app.farol.core.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells Portuguese from English from anything else by counting each language's most frequent
 * function words. That is all the analyzers need (they choose stemming and stop words), and it
 * is reliable from a few sentences on, with no model to load.
 */
public final class LanguageDetector {
    private static final Set<String> PT = Set.of(
            "de", "que", "não", "nao", "para", "com", "uma", "os", "na", "por", "mais", "dos", "como", "mas", "ao",
            "ele", "das", "à", "seu", "sua", "ou", "quando", "muito", "nos", "já", "também", "só", "pelo", "pela",
            "até", "isso", "ela", "entre", "depois", "sem", "mesmo", "aos", "seus", "quem", "nas", "esse", "eles",
            "você", "essa", "num", "nem", "suas", "meu", "às", "minha", "numa", "pelos", "qual", "são", "é", "em", "um",
            "do", "da", "o", "e"); // not "a", "as", "no": English words too
    private static final Set<String> EN = Set.of(
            "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "be", "at", "by",
            "this", "are", "or", "from", "an", "which", "have", "has", "not", "but", "were", "been", "their", "they",
            "you", "we", "can", "will", "if", "its", "there", "when", "what", "all", "would", "more", "these", "your",
            "also", "into", "than", "then", "them", "should", "after");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int SAMPLE_CHARS = 20_000;

    private LanguageDetector() {}

    /** Needs at least a handful of function words to decide. */
    public static Language detect(CharSequence text) {
        Matcher m = WORD.matcher(text.subSequence(0, Math.min(text.length(), SAMPLE_CHARS)));
        int pt = 0;
        int en = 0;
        int words = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            if (PT.contains(w)) {
                pt++;
            }
            if (EN.contains(w)) {
                en++;
            }
        }
        int best = Math.max(pt, en);
        // Function words make up a quarter or more of ordinary prose; demand a clear share.
        if (best < 3 || best < words * 0.08) {
            return Language.OTHER;
        }
        return pt > en ? Language.PORTUGUESE : Language.ENGLISH;
    }

    /**
     * The language of a short text such as a question, where a few words must do: function
     * words count, and so do the letters only Portuguese uses (ã, õ, ç, ...).
     */
    public static Language detectShort(CharSequence text) {
        Matcher m = WORD.matcher(text);
        int pt = 0;
        int en = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (PT.contains(w)
                    || PT_QUESTION.contains(w)
                    || w.equals("a")
                    || w.equals("as")
                    || PT_LETTERS.matcher(w).find()) {
                pt++;
            }
            if (EN.contains(w) || EN_QUESTION.contains(w)) {
                en++;
            }
        }
        if (pt == en) {
            return Language.OTHER;
        }
        return pt > en ? Language.PORTUGUESE : Language.ENGLISH;
    }

    /**
     * Words that open or shape a question, frequent in questions and rarer in prose: without them
     * "Quantos habitantes tem Lisboa?" and "How many keys does a standard piano have?" held no
     * function word of either list (docs/decisions/0073).
     */
    private static final Set<String> PT_QUESTION =
            Set.of("quanto", "quanta", "quantos", "quantas", "tem", "têm", "onde", "porque", "quais", "posso", "devo");

    private static final Set<String> EN_QUESTION =
            Set.of("how", "many", "much", "does", "do", "did", "who", "where", "why", "whose");

    private static final Pattern PT_LETTERS = Pattern.compile("[ãõçâêôáéíóúà]");
}
