package app.farol.core.answer.llm;

import java.util.Arrays;

/**
 * Prompt-lookup drafting for speculative decoding: the tokens that followed the latest earlier
 * occurrence of the last generated n-gram. Grounded answers copy phrases of their passages, so
 * where the answer is in the middle of such a phrase, the prompt already holds its next tokens.
 *
 * <p>Tries n-grams from {@link #MAX_NGRAM} tokens down to 1 and takes the longest that occurs
 * earlier; among its occurrences the latest wins (closest to the current topic). Pure and
 * stateless: thread-safe.
 */
final class PromptLookup {
    /** Longest n-gram matched. */
    static final int MAX_NGRAM = 3;

    private PromptLookup() {}

    /**
     * Drafts up to {@code k} tokens to follow {@code history[0..length)}.
     *
     * @return the draft, empty when the last n-gram occurs nowhere earlier or {@code k <= 0}
     */
    static int[] draft(int[] history, int length, int k) {
        if (k <= 0 || length < 2) {
            return new int[0];
        }
        for (int n = Math.min(MAX_NGRAM, length - 1); n >= 1; n--) {
            int tail = length - n;
            // latest start s < tail whose n tokens equal the tail's, followed by at least one token
            for (int s = tail - 1; s >= 0; s--) {
                if (matches(history, s, tail, n)) {
                    int from = s + n;
                    int to = Math.min(length, from + k);
                    return Arrays.copyOfRange(history, from, to);
                }
            }
        }
        return new int[0];
    }

    private static boolean matches(int[] h, int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            if (h[a + i] != h[b + i]) {
                return false;
            }
        }
        return true;
    }
}
