package app.farol.core.answer.llm;

/**
 * Speed settings of {@link JlamaEngine} that never change a greedy answer, only how fast it
 * comes (each is checked by a test that compares greedy output with and without it).
 *
 * @param reuse which part of the previous prompt's key/value cache a question may start from
 * @param chunk prompt tokens per forward pass; cancel and the time cap are checked between passes
 * @param draftTokens tokens drafted by prompt lookup and verified in one pass (0: no speculation)
 */
public record EngineTuning(Reuse reuse, int chunk, int draftTokens) {

    /** Conversation reuse, 64-token chunks, no speculation (docs/performance.md). */
    public static final EngineTuning DEFAULT = new EngineTuning(Reuse.CONVERSATION, 64, 0);

    /** What a question may take from the cache a previous one left. */
    public enum Reuse {
        /** Every question is read from the first token in a fresh cache. */
        NONE,
        /** Only the instruction prefix (template and instructions) is kept between questions. */
        INSTRUCTIONS,
        /**
         * The longest token prefix shared with what the cache holds (instructions, then the same
         * passages of a follow-up, even the previous answer) is kept.
         */
        CONVERSATION
    }

    public EngineTuning {
        if (chunk < 1 || draftTokens < 0) {
            throw new IllegalArgumentException("chunk must be positive, draftTokens not negative");
        }
    }

    public EngineTuning withReuse(Reuse r) {
        return new EngineTuning(r, chunk, draftTokens);
    }

    public EngineTuning withChunk(int c) {
        return new EngineTuning(reuse, c, draftTokens);
    }

    public EngineTuning withDraftTokens(int k) {
        return new EngineTuning(reuse, chunk, k);
    }
}
