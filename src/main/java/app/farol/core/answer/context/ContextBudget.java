package app.farol.core.answer.context;

/**
 * How many tokens of context fit a time-to-first-word target, given the measured prompt-reading
 * speed of the loaded model. On two cores a 1B Q4 model reads about 46 tokens/s, so 15 s buys
 * about 690 tokens. Stateless.
 */
public final class ContextBudget {
    /** Used when no speed was measured yet (2-core laptop, 1B model). */
    public static final double FALLBACK_TOKENS_PER_SECOND = 40;
    /** Never less than this, so there is always room for at least one passage. */
    public static final int MINIMUM_TOKENS = 160;
    /**
     * Most tokens of passages a model reads by default (see {@link UnitContext}): enough for the
     * answer unit of a typical question and a few more, read in about 7 s by a 1B model on two
     * cores. Measured with {@code farol bench context} (docs/performance.md).
     */
    public static final int PASSAGE_TOKENS = 300;
    /** What the extractive answerer reads: it is fast and can read more. */
    public static final int EXTRACTIVE_TOKENS = 2_000;

    private ContextBudget() {}

    /**
     * @param cap the most the model's context window leaves for passages (after instructions and answer)
     */
    public static int tokens(double tokensPerSecond, double targetSeconds, int cap) {
        double speed = tokensPerSecond > 0 ? tokensPerSecond : FALLBACK_TOKENS_PER_SECOND;
        return Math.max(MINIMUM_TOKENS, Math.min(cap, (int) (speed * targetSeconds)));
    }

    /** What the context window leaves for passages and question. */
    public static int windowCap(int contextLength, int instructionTokens, int maxNewTokens) {
        return contextLength - instructionTokens - maxNewTokens - 64;
    }

    public static double seconds(int tokens, double tokensPerSecond) {
        double speed = tokensPerSecond > 0 ? tokensPerSecond : FALLBACK_TOKENS_PER_SECOND;
        return tokens / speed;
    }
}
