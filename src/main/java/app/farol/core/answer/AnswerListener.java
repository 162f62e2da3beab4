package app.farol.core.answer;

import java.util.List;

/**
 * Receives the stages of an answer as they happen. Every callback runs on the worker thread that
 * called {@link AnswerService#ask}; a user interface hops to its own thread. Callbacks must be
 * quick and must not throw.
 */
public interface AnswerListener {

    /** The passages chosen as context, and how long the model is expected to read them. */
    default void onContext(List<Passage> passages, ContextPlan plan) {}

    /** The extractive answer, available before the model starts writing. */
    default void onExtractive(Answer extractive) {}

    /** The model's reading of the context: {@code read} of {@code total} tokens, after each chunk. */
    default void onReading(int read, int total) {}

    /** The model finished writing: how many tokens, at what speed. */
    default void onWritten(int tokens, double tokensPerSecond) {}

    /** A piece of the model's answer as it is generated. */
    default void onToken(String text) {}

    /** The final answer (also returned by {@link AnswerService#ask}). */
    default void onAnswer(Answer answer) {}

    AnswerListener NONE = new AnswerListener() {};
}
