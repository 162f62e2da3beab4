package app.farol.bench;

/**
 * How much of a reference text OCR got right: 1 - (edit distance / reference length), the
 * character accuracy of the OCR literature (insertions, deletions and substitutions each count
 * one). Whitespace runs count as one space on both sides.
 */
final class CharacterAccuracy {
    private CharacterAccuracy() {}

    /** The edit distance between the normalised texts. */
    static int distance(String reference, String read) {
        String a = normalise(reference);
        String b = normalise(read);
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char c = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int cost = c == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    static int length(String reference) {
        return normalise(reference).length();
    }

    static String normalise(String s) {
        return s.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    /**
     * The same text with typographic variants a scan cannot tell apart folded into one: dashes
     * into '-', curly quotes into straight ones, the ordinal signs º and ° into 'o', and the " | "
     * Farol puts between a table row's cells dropped.
     */
    static String folded(String s) {
        return s.replace(" | ", " ")
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("[\u2018\u2019\u201A\u2032]", "'")
                .replaceAll("[\u201C\u201D\u201E\u2033]", "\"")
                .replaceAll("[º°]", "o");
    }
}
