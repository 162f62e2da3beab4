package app.farol.core.answer.llm;

/**
 * What a generation produced and how long it took.
 *
 * @param text the generated text (special tokens left out)
 * @param stopReason why it ended
 * @param promptTokens tokens the model read for this question (reused prefix not included)
 * @param reusedPrefixTokens prompt tokens taken from the cache instead of being read again (the
 *     instructions, and what a follow-up shares with the previous prompt)
 * @param generatedTokens tokens sampled
 * @param promptMillis time spent reading the prompt
 * @param firstTokenMillis time from the call to the first sampled token
 * @param totalMillis time of the whole call
 */
public record GenerationResult(
        String text,
        StopReason stopReason,
        int promptTokens,
        int reusedPrefixTokens,
        int generatedTokens,
        long promptMillis,
        long firstTokenMillis,
        long totalMillis) {

    /** Generation speed after the first token, tokens per second. */
    public double generationTokensPerSecond() {
        long genMillis = totalMillis - firstTokenMillis;
        return generatedTokens <= 1 || genMillis <= 0 ? 0 : (generatedTokens - 1) * 1000.0 / genMillis;
    }

    public double promptTokensPerSecond() {
        return promptMillis <= 0 ? 0 : promptTokens * 1000.0 / promptMillis;
    }
}
