package app.farol.core.answer.llm;

import app.farol.core.util.CancelToken;

/**
 * A language model that streams an answer to a {@link ChatPrompt}. The local implementation is
 * {@link JlamaEngine}; a remote OpenAI-compatible server could stand behind the same interface.
 *
 * <p>Implementations serialise calls to {@link #generate}: one answer at a time per engine.
 */
public interface ChatEngine extends AutoCloseable {

    /**
     * Streams the answer to {@code sink} and returns when generation stops (end token, a cap,
     * or {@code cancel}). Never interrupts threads; polls {@code cancel} between tokens.
     *
     * @throws app.farol.core.util.FarolException if the prompt does not fit the model's context
     */
    GenerationResult generate(ChatPrompt prompt, GenerationLimits limits, TokenSink sink, CancelToken cancel);

    /** Tokens of the text in this model's vocabulary. */
    int countTokens(String text);

    /** Tokens of the prompt around the user message (template, start token, instructions). */
    default int fixedPromptTokens(String instructions) {
        return countTokens(instructions);
    }

    /** Measured prompt-reading speed in tokens per second (measured once when the engine is prepared). */
    double promptTokensPerSecond();

    /**
     * What reading a prompt costs, as measured; by default the flat {@link #promptTokensPerSecond()},
     * unknown when that is 0.
     */
    default ReadingCost readingCost() {
        return ReadingCost.flat(promptTokensPerSecond());
    }

    /** Largest prompt plus answer, in tokens. */
    int contextLength();

    /** A short label for logs and the user interface. */
    String name();

    @Override
    void close();
}
