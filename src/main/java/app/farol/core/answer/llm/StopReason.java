package app.farol.core.answer.llm;

/** Why a generation ended. */
public enum StopReason {
    /** The model produced an end token. */
    END_TOKEN,
    /** {@link GenerationLimits#maxNewTokens()} was reached. */
    TOKEN_CAP,
    /** {@link GenerationLimits#maxTime()} was reached. */
    TIME_CAP,
    /** The model's context window is full. */
    CONTEXT_FULL,
    /** The caller's cancel token was set. */
    CANCELLED
}
