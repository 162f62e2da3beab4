package app.farol.core.answer.llm;

/** Receives generated text as it is produced, on the generating thread. */
@FunctionalInterface
public interface TokenSink {
    void onText(String text);

    /**
     * Prompt reading, after each chunk: {@code read} of the {@code total} tokens this answer
     * reads (a cached prefix is not counted). Engines that cannot tell never call it.
     */
    default void onPromptRead(int read, int total) {}
}
