package app.farol.core.answer.context;

import app.farol.core.answer.llm.ReadingCost;

/**
 * How many tokens of context fit a time-to-first-word target, given the measured reading cost of
 * the loaded model ({@link ReadingCost}: each token costs more the more tokens are before it).
 * Stateless.
 */
public final class ContextBudget {
    /**
     * Used when nothing was measured yet: a 1B Q4 model on two cores of this project's machines
     * (24 ms a token at position 0, 0.07 ms more for each earlier token; docs/performance.md).
     */
    public static final ReadingCost FALLBACK = new ReadingCost(0.024, 7.0e-5);
    /** Tokens of a typical instruction prefix with a Llama tokenizer, for estimates without a model. */
    public static final int TYPICAL_INSTRUCTION_TOKENS = 140;
    /**
     * Never less than this, so there is always room for the answer's unit: 140 tokens hold the
     * answer for 45 of the 50 sample questions, 100 for 38, 300 for 49 ({@code farol bench
     * context --budgets 100,140,300}).
     */
    public static final int MINIMUM_TOKENS = 140;
    /**
     * Most tokens of passages a model reads by default (see {@link UnitContext}): enough for the
     * answer unit of a typical question and a few more, read in about 13 s by a 1B model on two
     * cores. Measured with {@code farol bench context} (docs/performance.md).
     */
    public static final int PASSAGE_TOKENS = 300;
    /** What the extractive answerer reads: it is fast and can read more. */
    public static final int EXTRACTIVE_TOKENS = 2_000;

    private ContextBudget() {}

    /**
     * @param start tokens already in the cache before the context (the instructions, read at start-up)
     * @param cap the most the model's context window leaves for passages (after instructions and answer)
     */
    public static int tokens(ReadingCost cost, int start, double targetSeconds, int cap) {
        int fit = known(cost).tokensWithin(start, targetSeconds);
        return Math.max(MINIMUM_TOKENS, Math.min(cap, fit));
    }

    /** What the context window leaves for passages and question. */
    public static int windowCap(int contextLength, int instructionTokens, int maxNewTokens) {
        return contextLength - instructionTokens - maxNewTokens - 64;
    }

    /** Seconds to read {@code tokens} after {@code start} cached ones. */
    public static double seconds(ReadingCost cost, int start, int tokens) {
        return known(cost).seconds(start, tokens);
    }

    private static ReadingCost known(ReadingCost cost) {
        return cost != null && cost.known() ? cost : FALLBACK;
    }
}
